#!/usr/bin/env python3
"""Self-check for the "tables" fixture: python3 check.py"""
import html
import json
import os
import re
import sys
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "http://www.migration.gov.az/"
MONTHS = {
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
           "sentyabr", "oktyabr", "noyabr", "dekabr"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def to_file(root, url):
    """Map a URL (any spelling) to the file the test server would serve."""
    u = urlsplit(url)
    path = u.path
    if path.startswith("/index.php"):
        path = path[len("/index.php"):] or "/"
    q = [(k, v) for k, v in parse_qsl(u.query) if not k.startswith("utm_") and not (k == "page" and v == "1")]
    if path in ("", "/"):
        return os.path.join(root, "index.html")
    p = path.strip("/")
    if os.path.splitext(p)[1]:
        return os.path.join(root, p)
    return os.path.join(root, p + ("@" + urlencode(q) if q else "") + ".html")


def canon(url):
    u = urlsplit(url)
    path = u.path
    if path.startswith("/index.php"):
        path = path[len("/index.php"):]
    return "https://migration.gov.az" + path


def read(fn):
    raw = open(fn, "rb").read()
    if "/ru/" in fn.replace(os.sep, "/") or fn.endswith("ru.html"):
        assert b'charset=windows-1251' in raw, fn
        try:
            raw.decode("utf-8")
            err("ru page is valid UTF-8 (expected cp1251): " + fn)
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1251")
    return raw.decode("utf-8")


def parse_date(lang, s):
    s = html.unescape(s).strip()
    if not s:
        return None
    d, m, y = s.split()
    return "%s-%02d-%s" % (y, MONTHS[lang].index(m) + 1, d)


ROW = re.compile(r'<tr class="sectiontableentry\d" >\s*<td class="date"[^>]*>(.*?)</td>\s*'
                 r'<td valign="top"><a href="([^"]+)">\s*(.*?)</a>', re.S)
PAGENAV = re.compile(r'<a title="[^"]*" href="([^"]+)" class="pagenav">')


def check_state(state):
    root = os.path.join(HERE, state)
    exp = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
    assert exp["state"] == state and exp["site"] == "tables"
    assert os.path.exists(os.path.join(root, "robots.txt"))
    for f in ("index.html", "az.html", "en.html", "ru.html"):
        assert os.path.exists(os.path.join(root, f)), f
    counts = {}
    for feed, items in exp["feeds"].items():
        lang = feed.split("-")[1]
        start = exp["list_urls"][feed]
        todo, seen_pages, got = [urljoin(BASE, start)], set(), []
        while todo:
            url = todo.pop(0)
            fn = to_file(root, url)
            if fn in seen_pages:
                continue
            seen_pages.add(fn)
            if not os.path.exists(fn):
                err("%s %s: pagination target missing %s" % (state, feed, fn))
                continue
            page = read(fn)
            for date, href, title in ROW.findall(page):
                target = urljoin(BASE, html.unescape(href))
                afn = to_file(root, target)
                if not os.path.exists(afn):
                    err("%s %s: list link %s -> missing %s" % (state, feed, href, afn))
                got.append((canon(target), parse_date(lang, date), " ".join(html.unescape(title).split()), afn))
            for h in PAGENAV.findall(page):
                todo.append(urljoin(BASE, html.unescape(h)))
        # order of pages: sort files by start offset
        urls = [g[0] for g in got]
        if len(set(urls)) != len(urls):
            err("%s %s: duplicate items across pages" % (state, feed))
        exp_urls = [i["url"] for i in items]
        if urls != exp_urls and sorted(urls) == sorted(exp_urls):
            err("%s %s: order differs from EXPECTED" % (state, feed))
        if sorted(urls) != sorted(exp_urls):
            err("%s %s: list items != EXPECTED\n  extra %s\n  missing %s" % (
                state, feed, set(urls) - set(exp_urls), set(exp_urls) - set(urls)))
        bymap = {g[0]: g for g in got}
        for it in items:
            g = bymap.get(it["url"])
            if not g:
                continue
            if g[1] != it["date"]:
                err("%s %s %s: list date %s != expected %s" % (state, feed, it["url"], g[1], it["date"]))
            lt = g[2]
            if lt != it["title"] and not (lt.endswith("...") and it["title"].startswith(lt[:-3])):
                err("%s %s %s: list title %r vs %r" % (state, feed, it["url"], lt, it["title"]))
            art = read(g[3])
            m = re.search(r'<td class="contentheading" width="100%">\s*(.*?)\s*</td>', art, re.S)
            at = " ".join(html.unescape(m.group(1)).split())
            if at != it["title"]:
                err("%s %s %s: article title %r vs %r" % (state, feed, it["url"], at, it["title"]))
            body = art.split('<td valign="top">\n', 1)[1] if '<td valign="top">\n' in art else ""
            im = re.search(r'<img[^>]*alt="newsPhoto"[^>]*>', body)
            img = None
            if im:
                tag = im.group(0)
                ds = re.search(r'data-src="([^"]+)"', tag)
                src = ds.group(1) if ds else re.search(r' src="([^"]+)"', tag).group(1)
                if "noimage" not in src:
                    img = canon(urljoin(BASE, src))
                    if not os.path.exists(to_file(root, urljoin(BASE, src))):
                        print("note: %s lead image file absent (intentional broken link?): %s" % (state, src))
            if img != it["image"]:
                err("%s %s %s: image %s vs %s" % (state, feed, it["url"], img, it["image"]))
        # newest first in list order (pages are visited in link order; verify by offsets)
        counts[feed] = len(items)
    return counts


def check_v2_changes():
    e1 = json.load(open(os.path.join(HERE, "v1", "EXPECTED.json"), encoding="utf-8"))
    e2 = json.load(open(os.path.join(HERE, "v2", "EXPECTED.json"), encoding="utf-8"))
    for feed in e1["feeds"]:
        u1 = [i["url"] for i in e1["feeds"][feed]]
        u2 = [i["url"] for i in e2["feeds"][feed]]
        new = [u for u in u2 if u not in u1]
        assert u2[len(new):] == u1, feed
        t1 = {i["url"]: i["title"] for i in e1["feeds"][feed]}
        changed = [i["url"] for i in e2["feeds"][feed] if i["url"] in t1 and t1[i["url"]] != i["title"]]
        print("  %s: +%d new %s; titles changed: %s" % (feed, len(new), [u.rsplit("/", 1)[1] for u in new], changed))


def check_assets(state):
    root = os.path.join(HERE, state)
    missing = set()
    for dp, _, fns in os.walk(root):
        for f in fns:
            if not f.endswith(".html"):
                continue
            page = read(os.path.join(dp, f))
            for ref in re.findall(r'(?:src|data-src|href|background)="([^"]+)"', page):
                u = urljoin(BASE, html.unescape(ref))
                sp = urlsplit(u)
                if sp.netloc not in ("www.migration.gov.az", "migration.gov.az"):
                    continue
                if os.path.splitext(sp.path)[1] and not os.path.exists(to_file(root, u)):
                    missing.add(sp.path)
    print("  %s: referenced local files that do not exist: %s" % (state, sorted(missing)))


for st in ("v1", "v2"):
    c = check_state(st)
    check_assets(st)
    print(st, c)
check_v2_changes()
print("FAILED: %d errors" % len(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
