#!/usr/bin/env python3
"""Re-derive EXPECTED.json of the bitrix mirror from its HTML (html.parser only)
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


class ListP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items, self.pages, self.stack = [], [], []
        self.in_item = self.in_date = self.in_b = self.in_nav = False
        self.depth = 0

    def handle_starttag(self, tag, a):
        a = dict(a)
        cls = (a.get("class") or "").split()
        if tag == "div":
            if self.in_item or self.in_nav:
                self.depth += 1
            if "news-item" in cls:
                self.in_item, self.depth = True, 1
                self.items.append({"href": None, "date": None})
            if "modern-page-navigation" in cls:
                self.in_nav, self.depth = True, 1
        if self.in_item and tag == "span" and "news-date-time" in cls:
            self.in_date = True
        if self.in_item and tag == "b":
            self.in_b = True
        if self.in_item and self.in_b and tag == "a":
            self.items[-1]["href"] = a.get("href")
        if self.in_nav and tag == "a":
            self.pages.append(a.get("href"))

    def handle_endtag(self, tag):
        if tag == "div" and (self.in_item or self.in_nav):
            self.depth -= 1
            if self.depth == 0:
                self.in_item = self.in_nav = False
        if tag == "span":
            self.in_date = False
        if tag == "b":
            self.in_b = False

    def handle_data(self, d):
        if self.in_date and d.strip():
            self.items[-1]["date"] = d.strip()


class ArtP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.ld, self.pic, self.og = "", [], None, None
        self.in_h1 = self.in_ld = False

    def handle_starttag(self, tag, a):
        a = dict(a)
        cls = (a.get("class") or "").split()
        if tag == "h1" and "news-title" in cls:
            self.in_h1 = True
        if tag == "script" and a.get("type") == "application/ld+json":
            self.in_ld = True
            self.ld.append("")
        if tag == "img" and "detail_picture" in cls and self.pic is None:
            self.pic = a.get("data-src") or a.get("src")
        if tag == "meta" and a.get("property") == "og:image":
            self.og = a.get("content")

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False
        if tag == "script":
            self.in_ld = False

    def handle_data(self, d):
        if self.in_h1:
            self.title += d
        if self.in_ld:
            self.ld[-1] += d


def parse(path, cls):
    p = cls()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def ld_date(blocks):
    for b in blocks:
        o = json.loads(b)
        objs = o.get("@graph", [o])
        for x in objs:
            if x.get("@type") == "NewsArticle" and x.get("datePublished"):
                v = x["datePublished"]
                if "T" not in v:
                    return v
                d = dt.datetime.fromisoformat(v.replace("Z", "+00:00")).astimezone(BAKU)
                return d.strftime("%Y-%m-%dT%H:%M")
    return None


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
                a = canon(urljoin(u, it["href"]))
                if a in ids:
                    continue
                ids.add(a)
                ap = parse(urlfile(root, a), ArtP)
                date = ld_date(ap.ld)
                if date is None and it["date"]:
                    d, m, y = it["date"].split(".")
                    date = f"{y}-{m}-{d}"
                pic = ap.pic
                img = canon(urljoin(a, pic)) if pic and "/local/templates/" not in pic else None
                out.append({"url": a, "title": ap.title.strip(), "date": date, "image": img})
            nums = sorted({int(re.search(r"PAGEN_1=(\d+)", h).group(1)) for h in lp.pages if "PAGEN_1=" in h})
            for n in nums:
                nu = start + f"?PAGEN_1={n}"
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
