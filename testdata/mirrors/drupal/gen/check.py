#!/usr/bin/env python3
"""Re-parse the generated Drupal mirror with html.parser and confirm that
v1/EXPECTED.json and v2/EXPECTED.json match the pages.  Run: python3 gen/check.py"""
import sys
sys.dont_write_bytecode = True
import json
import os
import re
import sys
from urllib.parse import urljoin

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dom import *  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(msg):
    errors.append(msg)


def img_url(img, base):
    src = img.attrs.get("data-src") or img.attrs.get("src") or ""
    if src.startswith("data:") or "no-image" in src or "blank.gif" in src:
        return None
    return canonical(urljoin(base, src))


def check_state(state):
    root = os.path.join(ROOT, state)
    exp = json.load(open(os.path.join(root, "EXPECTED.json"), encoding="utf-8"))
    assert exp["state"] == state and exp["site"] == "drupal"
    encs = set()
    for key, lurl in exp["list_urls"].items():
        url = urljoin("https://migration.gov.az/", lurl)
        seen_pages, got = set(), []
        while url and url not in seen_pages:
            seen_pages.add(url)
            f = url_file(root, url)
            if not f or not os.path.exists(f):
                err("%s %s: list page %s missing" % (state, key, url))
                break
            doc, _, enc = parse(f)
            encs.add((key, enc))
            view = doc.find("div", cls="region-content").find("div", cls="view")
            for r in view.find("div", cls="view-content").find_all("div", cls="views-row"):
                a = r.find("div", cls="views-field-title").find("a")
                got.append(dict(url=canonical(urljoin(url, a.attrs["href"])), list_title=a.text(),
                                list_date=r.find("div", cls="views-field-created").text()))
            nxt = view.find("li", cls="pager-next")
            url = urljoin(url, nxt.find("a").attrs["href"]) if nxt else None
        if "?p=1" not in " ".join(seen_pages) or any("?p=0" in u for u in seen_pages):
            err("%s %s: pagination did not go through ?p=1: %s" % (state, key, sorted(seen_pages)))
        feed = exp["feeds"][key]
        if [g["url"] for g in got] != [e["url"] for e in feed]:
            err("%s %s: urls differ:\n got %s\n exp %s" % (state, key, [g["url"] for g in got], [e["url"] for e in feed]))
            continue
        if len(set(g["url"] for g in got)) != len(got):
            err("%s %s: duplicate items" % (state, key))
        for g, e in zip(got, feed):
            f = url_file(root, g["url"])
            doc, _, enc = parse(f)
            encs.add((key, enc))
            h1s = doc.find_all("h1")
            if [h.attrs.get("id") for h in h1s[:1]] != ["site-name"]:
                err("%s: first h1 is not the site name" % g["url"])
            title = doc.find(id="page-title").find("h1").text()
            lt = g["list_title"]
            if title != e["title"]:
                err("%s %s: title %r != %r" % (state, key, title, e["title"]))
            if len(e["title"]) > 80:
                if not (lt.endswith("…") and e["title"].startswith(lt[:-1]) and len(lt) <= 81):
                    err("%s: list title %r is not a cut of %r" % (g["url"], lt, e["title"]))
            elif lt != e["title"]:
                err("%s: list title %r != %r" % (g["url"], lt, e["title"]))
            date = parse_words(g["list_date"]) if g["list_date"] else None
            if date != e["date"]:
                err("%s %s %s: date %r != %r" % (state, key, g["url"], date, e["date"]))
            node = doc.find("div", cls="node")
            if parse_words(node.text()) or re.search(r"\d\d\.\d\d\.\d{4}", node.text()):
                err("%s: a date in the article body" % g["url"])
            if "Səhifənin son yenilənmə tarixi: 10.10.2023" not in doc.text():
                err("%s: no last-updated line" % g["url"])
            rel = doc.find(id="block-views-related-news-block")
            if not rel or len(rel.find_all("div", cls="views-row")) != 4:
                err("%s: related block must have 4 rows" % g["url"])
            field = node.find("div", cls="field-name-field-image")
            imgs = field.find_all("img") if field else []
            image = img_url(imgs[0], g["url"]) if imgs else None
            if image != e["image"]:
                err("%s %s %s: image %r != %r" % (state, key, g["url"], image, e["image"]))
            if image and not os.path.exists(url_file(root, image)):
                err("%s: image file missing %s" % (state, image))
    if not any(k.endswith("-en") and e == "iso-8859-1" for k, e in encs) or any(
            k.endswith("-ru") and e != "utf-8" for k, e in encs):
        err("%s: encodings wrong: %s" % (state, sorted(encs)))
    for f in all_pages(root):
        doc, s, _ = parse(f)
        base = file_url(root, f)
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
