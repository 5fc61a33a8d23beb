#!/usr/bin/env python3
"""Re-derive EXPECTED.json of v1/ and v2/ from the HTML alone (html.parser) and compare.

Works for testdata/mirrors/nuxt and testdata/mirrors/ministry (site = directory above gen/).
Exit status 1 on any difference.
"""
import datetime as dt
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SITE = os.path.basename(ROOT)
HOST = "https://migration.gov.az"
VOID = {"img", "meta", "link", "br", "hr", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
AZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"]
EN_M = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, dict(attrs), parent, []

    def text(self):
        return "".join(k if isinstance(k, str) else k.text() for k in self.kids)

    def cls(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        for k in self.kids:
            if isinstance(k, Node):
                yield k
                yield from k.walk()

    def find_all(self, pred):
        return [n for n in self.walk() if pred(n)]

    def find(self, pred):
        return next((n for n in self.walk() if pred(n)), None)


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.kids.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.kids.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        c = self.cur
        while c is not None and c.tag != tag:
            c = c.parent
        if c is not None and c.parent is not None:
            self.cur = c.parent

    def handle_data(self, data):
        self.cur.kids.append(data)


def is_(tag, cls=None):
    return lambda n: n.tag == tag and (cls is None or cls in n.cls())


def url_to_file(base, url):
    """The offline server's mapping; url absolute (any host spelling) or root-relative."""
    s = urlsplit(url)
    if s.netloc and s.netloc not in ("migration.gov.az", "www.migration.gov.az"):
        return None
    p = s.path
    if p.startswith("/index.php/"):
        p = p[len("/index.php"):]
    p = p.rstrip("/") or "/"
    q = "&".join(x for x in s.query.split("&") if x and x != "page=1")
    if p == "/":
        return os.path.join(base, "index.html")
    return os.path.join(base, p.lstrip("/") + ("@" + q if q else "") + ".html")


def canon(url):
    s = urlsplit(url)
    p = s.path
    if p.startswith("/index.php/"):
        p = p[len("/index.php"):]
    p = p.rstrip("/")
    return HOST + p + ("?" + s.query if s.query else "")


def parse(path):
    b = Builder()
    with open(path, encoding="utf-8") as fh:
        b.feed(fh.read())
    b.close()
    return b.root


def page_no(url):
    m = re.search(r"[?&]page=(\d+)", url) or re.search(r"/page/(\d+)/?$", url)
    return int(m.group(1)) if m else 1


def baku_from_iso(v):
    if "T" not in v:
        return v[:10]
    d = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    return d.astimezone(dt.timezone(dt.timedelta(hours=4))).strftime("%Y-%m-%dT%H:%M")


def long_to_day(s):
    m = re.match(r"\s*(\d{1,2})\s+(\S+)\s+(\d{4})", s)
    name = m.group(2).replace("İ", "i").lower()
    for months in (AZ_M, EN_M, RU_M):
        if name in months:
            return "%04d-%02d-%02d" % (int(m.group(3)), months.index(name) + 1, int(m.group(1)))
    raise ValueError(s)


def img_of(node, page_url):
    if node is None:
        return None
    src = node.attrs.get("data-src") or node.attrs.get("src")
    return canon(urljoin(page_url, src)) if src else None


def derive(base, list_url):
    """Walk the pagination from the list URL; return the feed rows."""
    seen_pages, pages, todo = set(), [], [HOST + list_url]
    while todo:
        u = todo.pop(0)
        f = url_to_file(base, u)
        if f in seen_pages:
            continue
        seen_pages.add(f)
        root = parse(f)
        pages.append((page_no(u), u, root))
        if SITE == "nuxt":
            nav = root.find(lambda n: n.tag == "nav" and n.attrs.get("aria-label") == "pagination")
        else:
            nav = root.find(is_("div", "pager"))
        for a in (nav.find_all(is_("a")) if nav else []):
            todo.append(urljoin(u, a.attrs["href"]))
    pages.sort(key=lambda x: x[0])
    rows, seen = [], set()
    for _, u, root in pages:
        if SITE == "nuxt":
            entries = []
            for card in root.find_all(is_("div", "news-card")):
                a = card.find(is_("h2", "title")).find(is_("a"))
                t = card.find(is_("time"))
                entries.append((a.attrs["href"], t.attrs["datetime"] if t else None))
        else:
            entries = []
            for li in root.find_all(is_("li", "item")):
                a = li.find(is_("a", "t"))
                d = li.find(is_("span", "d"))
                entries.append((a.attrs["href"], d.text() if d else None))
        for href, ld in entries:
            url = canon(urljoin(u, href))
            if url in seen:
                continue
            seen.add(url)
            art = parse(url_to_file(base, url))
            if SITE == "nuxt":
                article = art.find(is_("article"))
                title = article.find(is_("h1")).text()
                t = article.find(is_("header")).find(is_("time"))
                date = baku_from_iso(t.attrs["datetime"]) if t else (baku_from_iso(ld) if ld else None)
                prose = article.find(is_("div", "prose"))
                image = img_of(prose.find(is_("img")), url)
            else:
                main = art.find(is_("main", "content"))
                title = main.find(is_("h1", "page-title")).text()
                info = main.find(is_("div", "info"))
                m = re.search(r"(\d\d)\.(\d\d)\.(\d{4})\s*/\s*(\d\d):(\d\d)", info.text() if info else "")
                if m:
                    date = "%s-%s-%sT%s:%s" % (m.group(3), m.group(2), m.group(1), m.group(4), m.group(5))
                else:
                    date = long_to_day(ld) if ld else None
                fig = main.find(is_("figure", "lead"))
                image = img_of(fig.find(is_("img")) if fig else None, url)
            if image:
                ip = os.path.join(base, urlsplit(image).path.lstrip("/"))
                if not os.path.isfile(ip):
                    raise SystemExit("missing image file " + ip)
            rows.append({"url": url, "title": title, "date": date, "image": image})
    return rows


def main():
    bad = 0
    for state in ("v1", "v2"):
        base = os.path.join(ROOT, state)
        with open(os.path.join(base, "EXPECTED.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        for key, lu in exp["list_urls"].items():
            got = derive(base, lu)
            want = exp["feeds"][key]
            if got != want:
                bad += 1
                print("MISMATCH", state, key)
                for g, w in zip(got, want):
                    if g != w:
                        print("  got ", g, "\n  want", w)
                if len(got) != len(want):
                    print("  lengths", len(got), len(want))
            else:
                print("ok", state, key, len(got))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
