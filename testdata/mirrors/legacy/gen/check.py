#!/usr/bin/env python3
"""Re-derive EXPECTED.json of the "cardlinks" or "legacy" mirror from its HTML
(html.parser only) and compare. Same file in both mirrors' gen/ directories.

    python3 gen/check.py [site]      # checks v1 and v2, exit 1 on a mismatch
"""
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

BASE = "https://migration.gov.az"


def url_to_file(root, url):
    """The offline server's mapping of a URL to a file under root (None: 404)."""
    u = urlsplit(urljoin(BASE + "/", url))
    if u.hostname not in ("migration.gov.az", "www.migration.gov.az"):
        return None
    path = u.path
    if path.startswith("/index.php/"):
        path = path[len("/index.php"):]
    path = path.rstrip("/") or "/"
    q = u.query
    if q == "page=1":
        q = ""
    if path == "/":
        name = "index"
    else:
        name = path.lstrip("/")
    last = name.rsplit("/", 1)[-1]
    if q:
        name += "@" + q
    if "." not in last:
        name += ".html"
    p = os.path.join(root, name)
    return p if os.path.isfile(p) else None


def read_html(path):
    data = open(path, "rb").read()
    m = re.search(rb'charset=([A-Za-z0-9_-]+)', data[:2048])
    return data.decode(m.group(1).decode() if m else "utf-8")


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else ("" if c.tag in ("script", "style") else c.text()))
        return "".join(out)

    def iter(self):
        for c in self.children:
            if not isinstance(c, str):
                yield c
                yield from c.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        for n in self.iter():
            if tag and n.tag != tag:
                continue
            if cls and cls not in (n.attrs.get("class") or "").split():
                continue
            if any(n.attrs.get(k) != v for k, v in attrs.items()):
                continue
            yield n

    def find(self, *a, **k):
        return next(self.find_all(*a, **k), None)


VOID = {"br", "img", "meta", "link", "input", "hr"}


class Tree(HTMLParser):
    def __init__(self, s):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", [], None)
        self.feed(s)
        self.close()

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)


def parse(path):
    return Tree(read_html(path)).root


def canon(href):
    m = re.search(r"/(az|en|ru)/(news|press)_detail/(\d+)$", urlsplit(href).path)
    return f"{BASE}/{m.group(1)}/{m.group(2)}_detail/{m.group(3)}" if m else None


MONTHS = {}
for i, names in enumerate(zip(
        ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"],
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]), 1):
    for nm in names:
        MONTHS[nm.lower()] = i


def list_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", s) or None
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", s)
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    if s:
        raise ValueError("bad list date %r" % s)
    return None


def walk_list(root, site, start):
    """Yield (href, list title, list date) in list order over all pages."""
    url, seen = start, set()
    while url:
        path = url_to_file(root, url)
        assert path, "list page 404: " + url
        assert url not in seen
        seen.add(url)
        doc = parse(path)
        nxt = None
        if site == "cardlinks":
            for a in doc.find_all("a", cls="card"):
                d = a.find("span", cls="card-date")
                yield a.attrs["href"], a.find("span", cls="card-title").text(), list_date(d.text()) if d else None
            more = doc.find("a", cls="load-more")
            nxt = urljoin(BASE + url, more.attrs["href"]) if more else None
        else:
            table = doc.find("table", cls="newslist")
            for tr in table.find_all("tr"):
                td = tr.find("td", cls="date")
                if td is None:
                    continue
                a = tr.find("a")
                yield a.attrs["href"], a.text(), list_date(td.text().replace("\xa0", ""))
            pager = doc.find("td", cls="pager")
            for a in pager.find_all("a"):
                if a.text().endswith(">"):
                    nxt = urljoin(BASE + url, a.attrs["href"])
        url = urlsplit(nxt)._replace(scheme="", netloc="").geturl() if nxt else None


def article(root, site, href):
    path = url_to_file(root, href)
    assert path, "article 404: " + href
    doc = parse(path)
    if site == "cardlinks":
        title = doc.find("h1").text()
        meta = doc.find("div", cls="meta").text()
        m = re.search(r"(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d)", meta)
        img = doc.find("div", cls="text").find("img")
    else:
        title = doc.find("font", cls="newstitle").text()
        m = re.search(r": (\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d):\d\d", doc.text())
        img = doc.find("img", alt="newsPhoto")
    date = f"{m.group(3)}-{m.group(2)}-{m.group(1)}T{m.group(4)}:{m.group(5)}" if m else None
    image = None
    if img is not None:
        src = img.attrs.get("data-src") or img.attrs.get("src")
        image = urljoin(BASE + "/", src)
        assert url_to_file(root, image), "image 404: " + image
    return title, date, image


def derive(root, site, expected):
    feeds = {}
    for key, start in expected["list_urls"].items():
        items, seen = [], set()
        for href, ltitle, ldate in walk_list(root, site, start):
            u = canon(href)
            assert u, href
            if u in seen:
                continue
            seen.add(u)
            title, date, image = article(root, site, href)
            assert title == ltitle, (title, ltitle)
            if date and ldate:
                assert date.startswith(ldate), (date, ldate)
            items.append({"url": u, "title": title, "date": date or ldate, "image": image})
        feeds[key] = items
    return feeds


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    site = sys.argv[1] if len(sys.argv) > 1 else os.path.basename(here)
    mroot = here if os.path.basename(here) == site else os.path.join(os.path.dirname(here), site)
    bad = 0
    for state in ("v1", "v2"):
        root = os.path.join(mroot, state)
        exp = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
        got = derive(root, site, exp)
        for key in exp["feeds"]:
            if got.get(key) != exp["feeds"][key]:
                bad += 1
                print(f"{site} {state} {key}: MISMATCH")
                for a, b in zip(got.get(key, []), exp["feeds"][key]):
                    if a != b:
                        print("  got ", a, "\n  want", b)
            else:
                print(f"{site} {state} {key}: {len(got[key])} items ok")
        assert url_to_file(root, f"/az/archive/2025") is None
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
