#!/usr/bin/env python3
"""Self-check of the 'modern' fixture mirror (stdlib only): python3 selfcheck.py"""
import os, re, sys, json, html
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
HOSTS = {"migration.gov.az", "www.migration.gov.az"}

def url_to_file(root, url):
    """The test server's mapping, as the brief describes it."""
    u = urlsplit(url)
    if u.netloc and u.netloc not in HOSTS:
        return None
    path = u.path or "/"
    if path.startswith("/index.php/"):
        path = path[len("/index.php"):]
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True)
         if not k.startswith("utm_") and not (k == "page" and v == "1")]
    if re.search(r"\.[A-Za-z0-9]+$", path.rsplit("/", 1)[-1]):
        return os.path.join(root, path.lstrip("/"))
    rel = "index" if path == "/" else path.strip("/")
    if q:
        rel += "@" + urlencode(q)
    return os.path.join(root, rel + ".html")

def canon(url):
    u = urlsplit(url)
    path = u.path
    if path.startswith("/index.php/"):
        path = path[len("/index.php"):]
    return "https://migration.gov.az" + path

class ListParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_grid = 0; self.cards = []; self.next = None; self.refs = []; self.depth = 0
        self.in_h3 = False; self.cur = None
    def handle_starttag(self, tag, a):
        a = dict(a)
        for k in ("href", "src", "data-src"):
            if a.get(k):
                self.refs.append(a[k])
        if tag == "section" and "post-grid" in (a.get("class") or ""):
            self.in_grid = 1
        if self.in_grid and tag == "article" and "post-card" in (a.get("class") or ""):
            self.cur = {"href": None, "time": None, "title": ""}; self.cards.append(self.cur)
        if self.in_grid and self.cur is not None and tag == "a" and "post-card__link" in (a.get("class") or ""):
            self.cur["href"] = a.get("href")
        if self.in_grid and self.cur is not None and tag == "time":
            self.cur["time"] = a.get("datetime")
        if self.in_grid and tag == "h3":
            self.in_h3 = True
        if tag == "a" and a.get("aria-label") in ("Növbəti", "Next", "Следующая"):
            self.next = a.get("href")
    def handle_endtag(self, tag):
        if tag == "h3":
            self.in_h3 = False
        if tag == "section":
            self.in_grid = 0
    def handle_data(self, d):
        if self.in_h3 and self.cur is not None:
            self.cur["title"] += d

def meta(page, prop):
    m = re.search(r'<meta property="%s" content="([^"]*)"' % re.escape(prop), page)
    return html.unescape(m.group(1)) if m else None

def check_state(state):
    root = os.path.join(HERE, state)
    ex = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
    errs = []
    all_refs = set()
    for feed, lurl in ex["list_urls"].items():
        url = "https://migration.gov.az" + lurl
        seen, got, pages = set(), [], 0
        while url and url not in seen:
            seen.add(url); pages += 1
            fp = url_to_file(root, url)
            if not fp or not os.path.exists(fp):
                errs.append("%s: list page missing %s" % (feed, url)); break
            p = ListParser(); p.feed(open(fp, encoding="utf-8").read())
            all_refs.update(urljoin(url, r) for r in p.refs)
            for c in p.cards:
                absu = urljoin(url, html.unescape(c["href"]))
                af = url_to_file(root, absu)
                if not af or not os.path.exists(af):
                    errs.append("%s: card link %s -> no file" % (feed, c["href"]))
                got.append((canon(absu), c))
            url = urljoin(url, p.next) if p.next else None
        exp = ex["feeds"][feed]
        if [g[0] for g in got] != [e["url"] for e in exp]:
            errs.append("%s: list order/urls differ from EXPECTED" % feed)
        for (cu, card), e in zip(got, exp):
            art = open(url_to_file(root, cu), encoding="utf-8").read()
            h1 = re.search(r'<h1 class="article__title">(.*?)</h1>', art, re.S).group(1)
            if " ".join(html.unescape(h1).split()) != e["title"]:
                errs.append("%s: title mismatch %s" % (feed, cu))
            if meta(art, "og:title") != e["title"]:
                errs.append("%s: og:title mismatch %s" % (feed, cu))
            ct = card["title"].strip()
            if not (ct == e["title"] or (ct.endswith("...") and e["title"].startswith(ct[:-3]))):
                errs.append("%s: card title %r vs %r" % (feed, ct, e["title"]))
            pub = meta(art, "article:published_time")
            htime = re.search(r'<time class="article__date" datetime="([^"]+)"', art)
            cands = [x for x in (card["time"], pub, htime.group(1) if htime else None) if x]
            best = None
            for x in cands:
                v = x[:16] if "T" in x else x[:10]
                if best is None or len(v) > len(best):
                    best = v
            if best != e["date"]:
                errs.append("%s: date %r vs expected %r (%s)" % (feed, best, e["date"], cu))
            og = meta(art, "og:image")
            img = None if og.endswith("/images/og-default.jpg") else og
            if img != e["image"]:
                errs.append("%s: image %r vs %r" % (feed, img, e["image"]))
            if 'alt="newsPhoto"' not in art and "alt=newsPhoto" not in art and e["image"]:
                errs.append("%s: no newsPhoto lead in %s" % (feed, cu))
        print("  %s %-9s %2d items, %d list pages" % (state, feed, len(got), pages))
    # every internal reference from any HTML page resolves (404s listed, not fatal)
    missing = set()
    for dp, dn, fn in os.walk(root):
        for f in fn:
            if f.endswith(".html"):
                rel = os.path.relpath(os.path.join(dp, f), root)
                path = "/" if rel == "index.html" else "/" + rel[:-5]
                base = "https://migration.gov.az" + path
                for r in re.findall(r'(?:\s(?:href|src|data-src)|property="og:image" content)=["\']?([^"\'\s>]+)', open(os.path.join(dp, f), encoding="utf-8").read()):
                    r = html.unescape(r)
                    if r.startswith(("#", "mailto:", "tel:", "javascript:")):
                        continue
                    a = urljoin(base, r)
                    if urlsplit(a).netloc not in HOSTS:
                        continue
                    fp = url_to_file(root, a)
                    if fp and not os.path.exists(fp):
                        missing.add(urlsplit(a).path)
    if os.path.exists(os.path.join(root, "az", "news.html")):
        errs.append("/az/news must be a 404")
    for req in ("index.html", "az.html", "en.html", "ru.html", "robots.txt"):
        if not os.path.exists(os.path.join(root, req)):
            errs.append("missing " + req)
    print("  %s unresolved internal URLs (intended 404s / broken images): %s" % (state, ", ".join(sorted(missing))))
    return errs

ok = True
for st in ("v1", "v2"):
    e = check_state(st)
    for x in e:
        print("  ERROR", x)
    ok = ok and not e
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
