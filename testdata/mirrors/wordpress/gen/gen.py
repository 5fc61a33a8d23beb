#!/usr/bin/env python3
"""Generate the WordPress-style mirror of migration.gov.az: v1/, v2/ and
their EXPECTED.json.  python3 stdlib only.  Run: python3 gen/gen.py"""
import sys
sys.dont_write_bytecode = True
import json
import os
import posixpath
import shutil
import sys
from datetime import timedelta
from html import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE = "wordpress"

SLUG = {("news", "az"): "xeberler", ("news", "en"): "news", ("news", "ru"): "novosti",
        ("press", "az"): "elanlar", ("press", "en"): "announcements", ("press", "ru"): "obyavleniya"}
SECTION = {"az": ("Xəbərlər", "Elanlar", "Mətbuat mərkəzi"),
           "en": ("News", "Announcements", "Press centre"),
           "ru": ("Новости", "Объявления", "Пресс-центр")}
UI = {
    "az": dict(home="Ana səhifə", about="Haqqımızda", contact="Əlaqə", recent="Son xəbərlər",
               next="Növbəti »", prev="« Əvvəlki", more="Ətraflı", posted="Dərc olunub:", pages="Səhifələr",
               attach="Əlavə fayl"),
    "en": dict(home="Home", about="About us", contact="Contact", recent="Recent posts",
               next="Next »", prev="« Previous", more="Read more", posted="Posted on", pages="Posts navigation",
               attach="Attachment"),
    "ru": dict(home="Главная", about="О нас", contact="Контакты", recent="Последние новости",
               next="Следующая »", prev="« Предыдущая", more="Подробнее", posted="Опубликовано:", pages="Навигация",
               attach="Приложение"),
}
PER_PAGE = {"news": 10, "press": 6}
LOGO = "/wp-content/themes/dmx/images/logo.png"
NOIMG = "/wp-content/themes/dmx/images/no-image.png"
LAZY_SRC = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# --- per-item traits (same in every language) ---
DATE_NONE = {16752, 16745, 2883}
DATE_META = {16763, 16758, 16748, 16743, 2886}      # list: day in words; article meta line: day + time
DATE_DAY = {16755, 16746, 2881}                     # <time datetime="YYYY-MM-DD">, no time anywhere
DATE_UTC = {16760, 16750, 16742, 2887}              # datetime attr written in +00:00
IMG_NONE = {16761, 16749, 16744}
IMG_PLACEHOLDER = {16757, 16747, 2882, 2888}
IMG_LAZY = {16762, 16754, 16743, 16765}
PRESS_IMG = {2884, 2889, 2890}
PDF = {2880, 2885}
SCRIPT = {16759, 16761}
EDITED = 16753
EDIT_SUFFIX = {"az": " – yenilənib", "en": " (updated)", "ru": " (обновлено)"}
SPELL_CHANGE = 16756                                # plain in v1, www. in v2


def kind_of(i):
    return "press" if i < 10000 else "news"


def title(lang, i, state):
    t = press_title(lang, i) if i < 10000 else base_news_title(lang, i)
    if state == "v2" and i == EDITED:
        t += EDIT_SUFFIX[lang]
    return t


def dt_of(i):
    return press_dt(i) if i < 10000 else news_dt(i)


def has_img(i):
    if i < 10000:
        return i in PRESS_IMG
    return i not in IMG_NONE and i not in IMG_PLACEHOLDER


def img_path(i, thumb=False):
    d = dt_of(i)
    return "/wp-content/uploads/%04d/%02d/dmx-%d%s.png" % (d.year, d.month, i, "-300x200" if thumb else "")


def list_url(kind, lang, page=1):
    u = "/%s/category/%s/" % (lang, SLUG[(kind, lang)])
    return u if page == 1 else u + "page/%d/" % page


def rel(from_url, to_path):
    base_dir = from_url if from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    r = posixpath.relpath(to_path, base_dir)
    return r


def link(lang, i, state, from_url):
    kind = kind_of(i)
    path = "/%s/%s_detail/%d" % (lang, kind, i)
    if i == SPELL_CHANGE:
        return path if state == "v1" else "https://www." + BASE[8:] + path
    v = i % 6
    if v == 0:
        return path
    if v == 1:
        return BASE + path
    if v == 2:
        return "https://www.migration.gov.az" + path
    if v == 3:
        return "/index.php" + path
    if v == 4:
        return path + "/"
    return rel(from_url, path)


def iso(i):
    d = dt_of(i)
    if i in DATE_DAY:
        return d.strftime("%Y-%m-%d")
    if i in DATE_UTC:
        return (d - timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return d.strftime("%Y-%m-%dT%H:%M:%S+04:00")


def expected_date(i):
    if i in DATE_NONE:
        return None
    d = dt_of(i)
    if i in DATE_DAY:
        return d.strftime("%Y-%m-%d")
    return d.strftime("%Y-%m-%dT%H:%M")


def list_date_html(lang, i):
    if i in DATE_NONE:
        return ""
    d = dt_of(i)
    if i in DATE_META:
        return '<span class="posted-on">%s</span>' % words_date(lang, d)
    return '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span>' % (
        iso(i), words_date(lang, d))


def article_date_html(lang, i):
    if i in DATE_NONE:
        return ""
    d = dt_of(i)
    w = words_date(lang, d)
    if i in DATE_META:
        return '<span class="posted-on">%s %s, %s</span>' % (UI[lang]["posted"], w, d.strftime("%H:%M"))
    if i in DATE_DAY:
        return '<span class="posted-on">%s <time class="entry-date published" datetime="%s">%s</time></span>' % (
            UI[lang]["posted"], iso(i), w)
    return '<span class="posted-on">%s <time class="entry-date published" datetime="%s">%s, %s</time></span>' % (
        UI[lang]["posted"], iso(i), w, d.strftime("%H:%M"))


def menu(lang):
    s = SECTION[lang]
    u = UI[lang]
    langs = "".join('<li class="lang-item lang-item-%s%s"><a href="/%s/" hreflang="%s">%s</a></li>' % (
        l, " current-lang" if l == lang else "", l, l, l.upper()) for l in LANGS)
    return ('<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
            '<li class="menu-item menu-item-home"><a href="/%(l)s/">%(home)s</a></li>'
            '<li class="menu-item"><a href="/%(l)s/haqqimizda/">%(about)s</a></li>'
            '<li class="menu-item menu-item-has-children"><a href="#">%(press)s</a><ul class="sub-menu">'
            '<li class="menu-item"><a href="%(nl)s">%(news)s</a></li>'
            '<li class="menu-item"><a href="%(pl)s">%(ann)s</a></li></ul></li>'
            '<li class="menu-item"><a href="/%(l)s/elaqe/">%(contact)s</a></li></ul>'
            '<ul class="lang-switcher">%(langs)s</ul></nav>') % dict(
        l=lang, home=u["home"], about=u["about"], contact=u["contact"], press=s[2], news=s[0], ann=s[1],
        nl=list_url("news", lang), pl=list_url("press", lang), langs=langs)


def sidebar(lang, state):
    items = []
    for i in news_ids(state)[:5]:
        items.append('<li><a href="/%s/news_detail/%d">%s</a> <span class="post-date">%s</span></li>' % (
            lang, i, escape(title(lang, i, state), quote=False), words_date(lang, dt_of(i))))
    return ('<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries">'
            '<h2 class="widget-title">%s</h2><ul>%s</ul></section></aside>') % (UI[lang]["recent"], "".join(items))


def page(lang, state, head_title, main, og_image=None, extra_head="", body_class="", canonical=None):
    og = og_image or BASE + LOGO
    can = '<link rel="canonical" href="%s">\n' % canonical if canonical else ""
    return """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(t)s – %(site)s</title>
%(can)s<meta property="og:site_name" content="%(site)s">
<meta property="og:title" content="%(t)s">
<meta property="og:image" content="%(og)s">
%(extra)s<link rel="stylesheet" href="/wp-content/themes/dmx/style.css?ver=6.4.2">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="%(bc)s">
%(banner)s
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/%(lang)s/" class="custom-logo-link" rel="home"><img src="%(logo)s" class="custom-logo" alt="%(site)s"></a><p class="site-title"><a href="/%(lang)s/">%(site)s</a></p></div>
%(menu)s
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
%(main)s
</main></div>
%(sidebar)s
</div>
<footer id="colophon" class="site-footer"><p class="last-updated">%(lu)s</p><div class="site-info">%(foot)s</div></footer>
</div>
</body>
</html>
""" % dict(lang=lang, t=escape(head_title), site=SITE_NAME[lang], can=can, og=og, extra=extra_head, bc=body_class,
           banner=BANNER, logo=LOGO, menu=menu(lang), main=main, sidebar=sidebar(lang, state), lu=LAST_UPDATED,
           foot=FOOTER[lang])


def img_tag(src, lazy, alt, cls=""):
    if lazy:
        return '<img src="%s" data-src="%s" class="lazyload %s" alt="%s">' % (LAZY_SRC, src, cls, alt)
    return '<img src="%s" class="%s" alt="%s">' % (src, cls, alt)


def list_item(lang, i, state, from_url):
    href = link(lang, i, state, from_url)
    t = escape(title(lang, i, state), quote=False)
    thumb = ""
    if has_img(i):
        thumb = '<a class="post-thumbnail" href="%s" aria-hidden="true">%s</a>' % (
            href, img_tag(img_path(i, True), i in IMG_LAZY, "", "attachment-medium wp-post-image"))
    elif i in IMG_PLACEHOLDER:
        thumb = '<a class="post-thumbnail" href="%s" aria-hidden="true">%s</a>' % (
            href, img_tag(NOIMG, False, "", "attachment-medium wp-post-image placeholder"))
    excerpt = escape(body(lang, i, kind_of(i))[0], quote=False)
    return ('<article id="post-%d" class="post post-%d type-post status-publish format-standard hentry">\n%s\n'
            '<header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>'
            '<div class="entry-meta">%s</div></header>\n'
            '<div class="entry-summary"><p>%s […]</p></div>\n'
            '<footer class="entry-footer"><a class="more-link" href="%s">%s</a></footer>\n</article>') % (
        i, i, thumb, href, t, list_date_html(lang, i), excerpt, href, UI[lang]["more"])


def pagination(kind, lang, n, total):
    u = UI[lang]
    parts = []
    if n > 1:
        parts.append('<a class="prev page-numbers" href="%s">%s</a>' % (list_url(kind, lang, n - 1), u["prev"]))
    for k in range(1, total + 1):
        if k == n:
            parts.append('<span aria-current="page" class="page-numbers current">%d</span>' % k)
        else:
            parts.append('<a class="page-numbers" href="%s">%d</a>' % (list_url(kind, lang, k), k))
    if n < total:
        nxt = list_url(kind, lang, n + 1)
        if n == 2:
            nxt = "../%d/" % (n + 1)          # relative "next" link on page 2
        parts.append('<a class="next page-numbers" href="%s">%s</a>' % (nxt, u["next"]))
    return ('<nav class="navigation pagination" aria-label="%s"><h2 class="screen-reader-text">%s</h2>'
            '<div class="nav-links">%s</div></nav>') % (u["pages"], u["pages"], "\n".join(parts))


def write(root, url_path, data):
    p = url_path.strip("/")
    if not p:
        p = "index"
    if "?" in p:
        a, q = p.split("?", 1)
        p = a.rstrip("/") + "@" + q
    f = os.path.join(root, p + ".html") if not os.path.splitext(p)[1] in (".png", ".pdf", ".gif", ".txt", ".css", ".js") else os.path.join(root, p)
    os.makedirs(os.path.dirname(f), exist_ok=True)
    with open(f, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def article(lang, i, state):
    kind = kind_of(i)
    t = title(lang, i, state)
    paras = body(lang, i, kind)
    parts = []
    og = None
    if has_img(i):
        src = img_path(i)
        if i % 3 == 1:
            src = BASE + src                          # absolute
        elif i % 3 == 2:
            src = rel("/%s/%s_detail/%d" % (lang, kind, i), src)   # relative ../../wp-content/...
        parts.append('<figure class="wp-block-image size-large">%s</figure>' % img_tag(src, i in IMG_LAZY, "newsPhoto", "wp-image-%d" % i))
        og = BASE + img_path(i)
    elif i in IMG_PLACEHOLDER:
        parts.append('<figure class="wp-block-image">%s</figure>' % img_tag(NOIMG, False, "newsPhoto", "placeholder"))
    for k, p in enumerate(paras):
        parts.append("<p>%s</p>" % escape(p, quote=False))
        if i in SCRIPT and k == 0:
            parts.append("<script>jQuery(function($){ $('.entry-content').append('<div class=\"share\"><img src=\"/wp-content/uploads/2026/02/share-banner.png\" alt=\"\"></div>'); });</script>")
    if lang == "en" and i == IOM_ID:
        parts = parts[:1] + ["<p>&nbsp;</p>", "<p></p>"] + parts[1:] + ["<p>&nbsp;</p>", "<p>&nbsp;</p>"]
    if i in PDF:
        parts.append('<p>%s: <a href="/wp-content/uploads/2026/01/elan-%d.pdf">elan-%d.pdf</a></p>' % (UI[lang]["attach"], i, i))
    extra = ""
    if not (i in DATE_NONE or i in DATE_META):
        extra = '<meta property="article:published_time" content="%s">\n' % iso(i)
    main = ('<article id="post-%d" class="post post-%d type-post status-publish format-standard hentry">\n'
            '<header class="entry-header"><h1 class="entry-title">%s</h1>\n'
            '<div class="entry-meta">%s <span class="cat-links"><a href="%s" rel="category tag">%s</a></span></div></header>\n'
            '<div class="entry-content">\n%s\n</div>\n</article>') % (
        i, i, escape(t, quote=False), article_date_html(lang, i), list_url(kind, lang),
        SECTION[lang][0 if kind == "news" else 1], "\n".join(parts))
    return page(lang, state, t, main, og_image=og, extra_head=extra, body_class="post-template-default single single-post",
                canonical=canon(lang, kind, i))


def home(lang, state):
    slides = []
    for i in news_ids(state)[:3]:
        img = img_tag(img_path(i, True), False, "") if has_img(i) else ""
        slides.append('<div class="slide">%s<a class="slide-title" href="/%s/news_detail/%d">%s</a></div>' % (
            img, lang, i, escape(title(lang, i, state), quote=False)))
    s = SECTION[lang]
    main = ('<section class="home-slider">%s</section>\n<section class="home-links"><a href="%s">%s</a> | <a href="%s">%s</a></section>') % (
        "".join(slides), list_url("news", lang), s[0], list_url("press", lang), s[1])
    return page(lang, state, SITE_NAME[lang], main, body_class="home page-template-default")


def static(lang, state, name):
    main = '<article class="page"><h1 class="entry-title">%s</h1><div class="entry-content"><p>%s</p></div></article>' % (
        name, escape(BODY[lang][4], quote=False))
    return page(lang, state, name, main, body_class="page")


def build(state):
    root = os.path.join(ROOT, state)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    write(root, "/robots.txt", b"User-agent: *\nAllow: /\n")
    write(root, LOGO, png_bytes(0, 80, 160, 8, 8))
    write(root, NOIMG, png_bytes(200, 200, 200))
    write(root, "/static/gov-az.png", png_bytes(0, 120, 60, 2, 2))
    write(root, "/wp-content/themes/dmx/style.css", b"body{font-family:sans-serif}\n")
    write(root, "/wp-includes/js/jquery/jquery.min.js", b"/* stub */\n")
    exp = {"site": SITE, "state": state, "list_urls": {}, "pagination":
           "path: /{lang}/category/{slug}/page/N/ (N>=2; page 1 is the bare category URL), numbered page links and a "
           "'Növbəti »' / 'Next »' / 'Следующая »' link (a.next.page-numbers, no rel=next); 10 news / 6 press per page",
           "feeds": {}}
    for lang in LANGS:
        write(root, "/%s/" % lang, home(lang, state))
        write(root, "/%s/haqqimizda/" % lang, static(lang, state, UI[lang]["about"]))
        write(root, "/%s/elaqe/" % lang, static(lang, state, UI[lang]["contact"]))
        if lang == "az":
            write(root, "/", home(lang, state))
        for kind, ids in (("news", news_ids(state)), ("press", press_ids(state))):
            key = "%s-%s" % (kind, lang)
            exp["list_urls"][key] = list_url(kind, lang)
            per = PER_PAGE[kind]
            total = (len(ids) + per - 1) // per
            for n in range(1, total + 1):
                u = list_url(kind, lang, n)
                chunk = ids[(n - 1) * per:n * per]
                main = ('<header class="page-header"><h1 class="page-title">%s</h1></header>\n%s\n%s') % (
                    SECTION[lang][0 if kind == "news" else 1],
                    "\n".join(list_item(lang, i, state, u) for i in chunk), pagination(kind, lang, n, total))
                write(root, u, page(lang, state, SECTION[lang][0 if kind == "news" else 1] +
                                    ("" if n == 1 else " – %d" % n), main, body_class="archive category"))
            feed = []
            for i in ids:
                write(root, "/%s/%s_detail/%d" % (lang, kind, i), article(lang, i, state))
                feed.append({"url": canon(lang, kind, i), "title": title(lang, i, state),
                             "date": expected_date(i), "image": BASE + img_path(i) if has_img(i) else None})
            exp["feeds"][key] = feed
    for i in news_ids(state) + press_ids(state):
        if has_img(i):
            c = (i * 37 % 256, i * 91 % 256, i * 13 % 256)
            write(root, img_path(i), png_bytes(*c, w=6, h=4))
            write(root, img_path(i, True), png_bytes(*c))
        if i in PDF:
            write(root, "/wp-content/uploads/2026/01/elan-%d.pdf" % i, pdf_bytes("Elan %d" % i))
    with open(os.path.join(root, "EXPECTED.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    for st in ("v1", "v2"):
        build(st)
    print("written", ROOT)
