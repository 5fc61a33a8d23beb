#!/usr/bin/env python3
"""Re-derive EXPECTED.json of the portal mirror from its HTML (html.parser only)
and compare with the stored file.  python3 check.py [v1 v2]"""
import datetime as dt, json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://migration.gov.az"
BAKU = dt.timezone(dt.timedelta(hours=4))


def canon(u):
    s = urlsplit(u)
    path = re.sub(r"^/index\.php(?=/)", "", s.path)
    return BASE + path + ("?" + s.query if s.query else "")


def urlfile(root, url):
    s = urlsplit(url)
    path = re.sub(r"^/index\.php(?=/)", "", s.path).rstrip("/")
    q = "" if s.query in ("page=1", "PAGEN_1=1") else s.query
    if not path:
        return os.path.join(root, "index.html")
    if os.path.splitext(path)[1]:
        return os.path.join(root, path.lstrip("/"))
    return os.path.join(root, path.lstrip("/") + ("@" + q if q else "") + ".html")


MONTHS = {m.lower(): i + 1 for ms in (
    ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"])
    for i, m in enumerate(ms)}


def az_lower(s):
    return s.replace("İ", "i").replace("I", "ı").lower()


class ListP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items, self.pages = [], []
        self.in_table = self.in_date = self.in_title = self.in_nav = False

    def handle_starttag(self, tag, a):
        a = dict(a)
        cls = (a.get("class") or "").split()
        if tag == "table" and "news-table" in cls:
            self.in_table = True
        if self.in_table and tag == "tr":
            self.items.append({"href": None, "date": ""})
        if self.in_table and tag == "td":
            self.in_date = "date" in cls
            self.in_title = "title" in cls
        if self.in_title and tag == "a":
            self.items[-1]["href"] = a.get("href")
        if tag == "ul" and "pagination" in cls:
            self.in_nav = True
        if self.in_nav and tag == "a":
            self.pages.append(a.get("href"))

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_table = False
        if tag == "td":
            self.in_date = self.in_title = False
        if tag == "ul":
            self.in_nav = False

    def handle_data(self, d):
        if self.in_date:
            self.items[-1]["date"] += d


class ArtP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.date, self.pic, self.og = "", "", None, None
        self.in_h3 = self.in_date = False
        self.slider = 0

    def handle_starttag(self, tag, a):
        a = dict(a)
        cls = (a.get("class") or "").split()
        if tag == "h3" and "article-title" in cls:
            self.in_h3 = True
        if tag == "div" and "article-date" in cls:
            self.in_date = True
        if tag == "div" and "article-slider" in cls:
            self.slider = 1
        elif tag == "div" and self.slider:
            self.slider += 1
        if tag == "img" and self.slider and self.pic is None:
            self.pic = a.get("data-src") or a.get("src")
        if tag == "meta" and a.get("property") == "og:image":
            self.og = a.get("content")

    def handle_endtag(self, tag):
        if tag == "h3":
            self.in_h3 = False
        if tag == "div":
            self.in_date = False
            if self.slider:
                self.slider -= 1

    def handle_data(self, d):
        if self.in_h3:
            self.title += d
        if self.in_date:
            self.date += d


def parse(path, cls):
    p = cls()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def list_date(t):
    m = re.match(r"\s*(\d{1,2}) (\S+) (\d{4}) \| (\d\d):(\d\d)", t)
    if not m:
        return None
    return f"{m[3]}-{MONTHS[az_lower(m[2])]:02d}-{int(m[1]):02d}T{m[4]}:{m[5]}"


def art_date(t):
    m = re.search(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)", t)
    return f"{m[3]}-{m[2]}-{m[1]}T{m[4]}:{m[5]}" if m else None


def derive(state):
    root = os.path.join(ROOT, state)
    old = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
    feeds = {}
    for key, lu in old["list_urls"].items():
        start = BASE + lu
        todo, seen, out, ids = [start], set(), [], set()
        while todo:
            u = todo.pop(0)
            if canon(u) in seen:
                continue
            seen.add(canon(u))
            lp = parse(urlfile(root, u), ListP)
            for it in lp.items:
                a = canon(urljoin(u, it["href"] or ""))
                if it["href"] is None:
                    continue
                if a in ids:
                    continue
                ids.add(a)
                ap = parse(urlfile(root, a), ArtP)
                date = art_date(ap.date)
                ld = list_date(it["date"])
                if date and ld and date != ld:
                    print("list/article date differ", a, ld, date)
                date = date or ld
                pic = ap.pic
                img = canon(urljoin(a, pic)) if pic and "/assets/" not in pic else None
                out.append({"url": a, "title": ap.title.strip(), "date": date, "image": img})
            nums = sorted({int(re.search(r"page=(\d+)", h).group(1)) for h in lp.pages if "page=" in h})
            for n in nums:
                nu = start + ("" if n == 1 else f"?page={n}")
                if canon(nu) not in seen and nu not in todo:
                    todo.append(nu)
            todo.sort(key=lambda x: int(x.split("=")[-1]) if "=" in x else 1)
        feeds[key] = out
    return old, feeds


if __name__ == "__main__":
    bad = 0
    for st in sys.argv[1:] or ["v1", "v2"]:
        old, feeds = derive(st)
        for k in old["feeds"]:
            if old["feeds"][k] != feeds.get(k):
                bad += 1
                a, b = old["feeds"][k], feeds.get(k) or []
                print(st, k, "MISMATCH", len(a), len(b))
                for x, y in zip(a, b):
                    if x != y:
                        print("  exp", x, "\n  got", y)
                        break
        print(st, "checked", {k: len(v) for k, v in feeds.items()})
    sys.exit(1 if bad else 0)
