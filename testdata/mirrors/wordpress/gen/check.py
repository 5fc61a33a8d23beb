#!/usr/bin/env python3
"""Re-parse the generated WordPress mirror with html.parser and confirm that
v1/EXPECTED.json and v2/EXPECTED.json match the pages.  Run: python3 gen/check.py"""
import sys
sys.dont_write_bytecode = True
import json
import os
import sys
from urllib.parse import urljoin

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dom import *  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOGO = "https://migration.gov.az/wp-content/themes/dmx/images/logo.png"
errors = []


def err(msg):
    errors.append(msg)


def img_url(img, base):
    src = img.attrs.get("data-src") or img.attrs.get("src") or ""
    if src.startswith("data:") or "no-image" in src:
        return None
    return canonical(urljoin(base, src))


def check_state(state):
    root = os.path.join(ROOT, state)
    exp = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
    assert exp["state"] == state and exp["site"] == "wordpress"
    for key, lurl in exp["list_urls"].items():
        url = urljoin("https://migration.gov.az/", lurl)
        seen_pages, got = set(), []
        while url and url not in seen_pages:
            seen_pages.add(url)
            f = url_file(root, url)
            if not f or not os.path.exists(f):
                err("%s %s: list page %s missing" % (state, key, url))
                break
            doc, _, _ = parse(f)
            main = doc.find(id="main")
            for art in main.find_all("article", cls="post"):
                a = art.find("h2", cls="entry-title").find("a")
                t = art.find("time")
                po = art.find("span", cls="posted-on")
                got.append(dict(url=canonical(urljoin(url, a.attrs["href"])), list_title=a.text(),
                                list_iso=t.attrs.get("datetime") if t else None,
                                list_words=po.text() if po else None))
            nxt = [a for a in main.find_all("a", cls="next") if "page-numbers" in a.cls()]
            if any(r in ("next", "prev") for a in doc.find_all() for r in (a.attrs.get("rel") or "").split()):
                err("%s %s: a rel attribute on the list page %s" % (state, key, url))
            url = urljoin(url, nxt[0].attrs["href"]) if nxt else None
        feed = exp["feeds"][key]
        if [g["url"] for g in got] != [e["url"] for e in feed]:
            err("%s %s: urls differ:\n got %s\n exp %s" % (state, key, [g["url"] for g in got], [e["url"] for e in feed]))
            continue
        if len(set(g["url"] for g in got)) != len(got):
            err("%s %s: duplicate items" % (state, key))
        for g, e in zip(got, feed):
            f = url_file(root, g["url"])
            doc, _, _ = parse(f)
            art = doc.find(id="main").find("article", cls="post")
            title = art.find("h1", cls="entry-title").text()
            if title != e["title"] or g["list_title"] != e["title"]:
                err("%s %s: title %r / list %r != %r" % (state, key, title, g["list_title"], e["title"]))
            # date: <time datetime> in the article, else the meta line, else the list
            t = art.find("time")
            meta = art.find("div", cls="entry-meta")
            if t:
                date = parse_iso(t.attrs["datetime"])
            else:
                date = parse_words(meta.text()) if meta else None
            if date is None and g["list_iso"]:
                date = parse_iso(g["list_iso"])
            if date is None and g["list_words"]:
                date = parse_words(g["list_words"])
            if date != e["date"]:
                err("%s %s %s: date %r != %r" % (state, key, g["url"], date, e["date"]))
            content = art.find("div", cls="entry-content")
            imgs = content.find_all("img")
            image = img_url(imgs[0], g["url"]) if imgs else None
            if image != e["image"]:
                err("%s %s %s: image %r != %r" % (state, key, g["url"], image, e["image"]))
            if image and not os.path.exists(url_file(root, image)):
                err("%s: image file missing %s" % (state, image))
            og = [m.attrs["content"] for m in doc.find_all("meta") if m.attrs.get("property") == "og:image"]
            if og != [image or LOGO]:
                err("%s %s: og:image %r" % (state, g["url"], og))
    # every page: boilerplate line, and every on-site link/img resolves
    for f in all_pages(root):
        doc, s, _ = parse(f)
        base = file_url(root, f)
        if "_detail/" not in base and not base.endswith("/"):
            base += "/"      # WordPress pages are linked (and must be resolved) with their trailing slash
        if "Səhifənin son yenilənmə tarixi: 10.10.2023" not in doc.text():
            err("%s: no last-updated line in %s" % (state, f))
        for n in doc.iter():
            for attr in ("href", "src", "data-src"):
                v = n.attrs.get(attr)
                if not v or v.startswith(("#", "data:")):
                    continue
                tf = url_file(root, urljoin(base, v))
                if tf and not os.path.exists(tf):
                    err("%s: %s links to missing %s" % (state, os.path.relpath(f, root), v))
    return exp


def main():
    e1, e2 = check_state("v1"), check_state("v2")
    for key in e1["feeds"]:
        a = {x["url"]: x for x in e1["feeds"][key]}
        b = {x["url"]: x for x in e2["feeds"][key]}
        new = [u for u in b if u not in a]
        changed = [u for u in a if u in b and a[u]["title"] != b[u]["title"]]
        if not (2 <= len(new) <= 4) or list(b)[:len(new)] != new:
            err("%s: v2 should add 2-4 items on top, got %s" % (key, new))
        if key.startswith("news") and len(changed) != 1:
            err("%s: expected one edited title, got %s" % (key, changed))
        n = len(b)
        if not ((20 <= n <= 30) if key.startswith("news") else (8 <= n <= 15)):
            err("%s: %d items" % (key, n))
    for s in ("v1", "v2"):
        tot = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(ROOT, s)) for f in fs)
        print("%s: %d bytes" % (s, tot))
    if errors:
        print("\n".join(errors[:50]))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: EXPECTED.json matches the pages (v1, v2)")


if __name__ == "__main__":
    main()
