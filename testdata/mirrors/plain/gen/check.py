#!/usr/bin/env python3
"""Self-check for the "plain" mirror: re-derives every feed from the HTML
(following the single '›' arrow, resolving links like a browser, mapping
URLs to files as the test server does) and compares with EXPECTED.json."""
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "https://migration.gov.az"
AZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
        "sentyabr", "oktyabr", "noyabr", "dekabr"]
EN_M = ["january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"]
errors = []


def url_to_file(root, url):
    u = urlsplit(url)
    path = u.path
    if path.startswith("/index.php"):
        path = path[len("/index.php"):] or "/"
    q = [(k, v) for k, v in parse_qsl(u.query)
         if not k.startswith("utm_") and not (k == "page" and v == "1")]
    if os.path.splitext(path)[1]:
        return os.path.join(root, path.lstrip("/"))
    rel = "index" if path in ("", "/") else path.strip("/")
    if q:
        rel += "@" + urlencode(q)
    return os.path.join(root, rel + ".html")


def read(fn):
    raw = open(fn, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    m = re.search(rb'charset=([\w-]+)', raw[:1024])
    return raw.decode(m.group(1).decode() if m else "utf-8")


def canon(url):
    u = urlsplit(url)
    path = u.path
    if path.startswith("/index.php"):
        path = path[len("/index.php"):]
    return BASE + path


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div depth; main_at = depth of div#main
        self.main_at = None
        self.in_li = self.in_a = self.in_pages = self.in_h2 = self.in_i = self.in_span = False
        self.items, self.next, self.h2, self.idates, self.imgs = [], None, "", [], []
        self.cur = None
        self.pages_a = None

    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "div":
            self.depth += 1
            if a.get("id") == "main":
                self.main_at = self.depth
        inmain = self.main_at is not None
        if tag == "li" and inmain:
            self.in_li = True
        if tag == "a" and inmain and self.in_li and not self.in_pages:
            self.cur = [a.get("href"), "", None]
            self.items.append(self.cur)
            self.in_a = True
        if tag == "p" and a.get("class") == "pages":
            self.in_pages = True
        if tag == "a" and self.in_pages:
            self.pages_a = [a.get("href"), ""]
        if tag == "span" and inmain and self.in_li and self.cur:
            self.cur[2] = ""
            self.in_span = True
        if tag == "h2":
            self.in_h2 = True
        if tag == "i":
            self.in_i = True
            self.idates.append("")
        if tag == "img" and inmain:
            self.imgs.append(a.get("data-src") or a.get("src"))

    def handle_endtag(self, tag):
        if tag == "div":
            if self.main_at == self.depth:
                self.main_at = None
            self.depth -= 1
        if tag == "a":
            self.in_a = False
            if self.pages_a and self.pages_a[1].strip() == "\u203a":
                self.next = self.pages_a[0]
            self.pages_a = None
        if tag == "li":
            self.in_li = False
        if tag == "p":
            self.in_pages = False
        if tag == "span":
            self.in_span = False
        if tag == "h2":
            self.in_h2 = False
        if tag == "i":
            self.in_i = False

    def handle_data(self, d):
        if self.in_a and self.cur:
            self.cur[1] += d
        if self.pages_a is not None:
            self.pages_a[1] += d
        if self.in_h2:
            self.h2 += d
        if self.in_span and self.cur:
            self.cur[2] += d
        if self.in_i:
            self.idates[-1] += d


def parse_date(s):
    s = s.strip().lower()
    m = re.match(r"(\d{1,2}) (\w+),? (\d{4})(?:-c[iıuü] il| г\.)?(?:, (\d\d):(\d\d))?$", s)
    if not m:
        return None
    d, mon, y, hh, mm = m.groups()
    for names in (AZ_M, EN_M, RU_M):
        if mon in names:
            out = "%s-%02d-%02d" % (y, names.index(mon) + 1, int(d))
            return out + ("T%s:%s" % (hh, mm) if hh else "")
    return None


def parse_list_date(s):
    s = s.strip().lower()
    m = re.match(r"(\w+) (\d{1,2}), (\d{4})$", s)  # en
    if m:
        return "%s-%02d-%02d" % (m.group(3), EN_M.index(m.group(1)) + 1, int(m.group(2)))
    return parse_date(s)


def check_state(state):
    root = os.path.join(HERE, state)
    exp = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
    counts = {}
    for key, lurl in exp["list_urls"].items():
        url, seen, got = BASE + lurl, set(), []
        pages = 0
        while url:
            fn = url_to_file(root, url)
            if not os.path.exists(fn):
                errors.append("%s %s: list page %s missing" % (state, key, fn))
                break
            pages += 1
            html = read(fn)
            p = P()
            p.feed(html)
            for href, title, d in p.items:
                got.append((canon(urljoin(url, href)), " ".join(title.split()),
                            parse_list_date(d) if d else None, urljoin(url, href)))
            url = urljoin(url, p.next) if p.next else None
            if url in seen:
                errors.append("%s %s: pagination loop" % (state, key))
                break
            seen.add(url)
        items = exp["feeds"][key]
        counts[key] = (len(items), pages)
        if [g[0] for g in got] != [i["url"] for i in items]:
            errors.append("%s %s: list urls differ from EXPECTED" % (state, key))
            continue
        for g, e in zip(got, items):
            fn = url_to_file(root, g[3])
            if not os.path.exists(fn):
                errors.append("%s %s: article missing %s" % (state, key, fn))
                continue
            a = P()
            a.feed(read(fn))
            h2 = " ".join(a.h2.split())
            if h2 != e["title"]:
                errors.append("%s %s: title %r != %r" % (state, key, h2, e["title"]))
            if not (g[1] == e["title"] or (g[1].endswith("...") and e["title"].startswith(g[1][:-3]))):
                errors.append("%s %s: list title %r vs %r" % (state, key, g[1], e["title"]))
            art = [parse_date(x) for x in a.idates if parse_date(x)]
            best = art[0] if art else g[2]
            if art and g[2] and not art[0].startswith(g[2]):
                errors.append("%s %s: list/article date mismatch %s" % (state, key, e["url"]))
            if best != e["date"]:
                errors.append("%s %s: date %r != %r (%s)" % (state, key, best, e["date"], e["url"]))
            img = a.imgs[0] if a.imgs else None
            img = canon(urljoin(BASE + "/", img)) if img else None
            if img != e["image"]:
                errors.append("%s %s: image %r != %r" % (state, key, img, e["image"]))
            if img and not os.path.exists(url_to_file(root, img)):
                errors.append("%s %s: image file missing %s" % (state, key, img))
    # every local href/src in every page resolves (except known broken govaz.png)
    for dp, _, fns in os.walk(root):
        for f in fns:
            if not f.endswith(".html"):
                continue
            fn = os.path.join(dp, f)
            html = read(fn)
            for ref in re.findall(r'(?:href|src|data-src)=["\']?([^"\' >]+)', html):
                if ref.startswith(("mailto:", "#")):
                    continue
                if "://" in ref and "migration.gov.az" not in ref:
                    continue  # external site
                rel = os.path.relpath(fn, root)
                base = BASE + "/" + rel[:-5].split("@")[0]
                if rel.endswith("index.html"):
                    base = BASE + "/"
                target = urljoin(base, ref.replace("&amp;", "&"))
                if "e-xidmet." in target:
                    continue
                tf = url_to_file(root, target)
                if not os.path.exists(tf) and not target.endswith("/images/govaz.png"):
                    errors.append("%s: broken link %s in %s" % (state, ref, rel))
    return counts


if __name__ == "__main__":
    for st in ("v1", "v2"):
        print(st, check_state(st))
    v1 = json.load(open(os.path.join(HERE, "v1/EXPECTED.json"), encoding="utf-8"))
    v2 = json.load(open(os.path.join(HERE, "v2/EXPECTED.json"), encoding="utf-8"))
    for k in v1["feeds"]:
        a = {i["url"]: i for i in v1["feeds"][k]}
        b = {i["url"]: i for i in v2["feeds"][k]}
        new = [u for u in b if u not in a]
        changed = [u for u in a if u in b and a[u] != b[u]]
        gone = [u for u in a if u not in b]
        print(k, "new:", len(new), "changed:", changed, "gone:", gone)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")
