#!/usr/bin/env python3
"""Generate the Drupal-7-style mirror of migration.gov.az: v1/, v2/ and
their EXPECTED.json.  python3 stdlib only.  Run: python3 gen/gen.py"""
import sys
sys.dont_write_bytecode = True
import json
import os
import posixpath
import shutil
import sys
from html import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE = "drupal"

LIST = {("news", "az"): "/az/media/news-archive", ("news", "en"): "/en/press-service/news",
        ("news", "ru"): "/ru/press-sluzhba/novosti", ("press", "az"): "/az/media/elanlar-arxivi",
        ("press", "en"): "/en/press-service/announcements", ("press", "ru"): "/ru/press-sluzhba/obyavleniya"}
UI = {
    "az": dict(home="Ana səhifə", press="Mətbuat xidməti", news="Xəbərlər", ann="Elanlar", contact="Əlaqə",
               first="« ilk", prev="‹ əvvəlki", next="növbəti ›", last="son »", pages="Səhifələr",
               related="Əlaqəli xəbərlər", latest="Son xəbərlər", latest_press="Son elanlar", goto="%d səhifəyə keç",
               lang="Azərbaycanca"),
    "en": dict(home="Home", press="Press service", news="News", ann="Announcements", contact="Contact",
               first="« first", prev="‹ previous", next="next ›", last="last »", pages="Pages",
               related="Related news", latest="Latest news", latest_press="Latest announcements",
               goto="Go to page %d", lang="English"),
    "ru": dict(home="Главная", press="Пресс-служба", news="Новости", ann="Объявления", contact="Контакты",
               first="« первая", prev="‹ предыдущая", next="следующая ›", last="последняя »", pages="Страницы",
               related="Похожие новости", latest="Последние новости", latest_press="Последние объявления",
               goto="Перейти на страницу %d", lang="Русский"),
}
PER_PAGE = {"news": 10, "press": 6}
LOGO = "/sites/all/themes/dmx/logo.png"
NOIMG = "/sites/all/themes/dmx/images/no-image.png"
BLANK = "/sites/all/themes/dmx/images/blank.gif"

DATE_NONE = {16751, 16744, 2885}
DATE_DAY = {16756, 2882}
IMG_NONE = {16760, 16748}
IMG_PLACEHOLDER = {16758, 16745, 2881, 2886}
IMG_LAZY = {16763, 16753, 16742, 16766}
PRESS_IMG = {2883, 2888, 2891}
PDF = {2884, 2889}
SCRIPT = {16757, 16760}
EDITED = 16754
EDIT_SUFFIX = {"az": " (yenilənib)", "en": " – updated", "ru": " (обновлено)"}
SPELL_CHANGE = 16749       # plain in v1, /index.php/ in v2


def kind_of(i):
    return "press" if i < 10000 else "news"


def title(lang, i, state):
    t = press_title(lang, i) if i < 10000 else base_news_title(lang, i)
    if state == "v2" and i == EDITED:
        t += EDIT_SUFFIX[lang]
    return t


def cut(t, n=80):
    if len(t) <= n:
        return t
    s = t[:n]
    if " " in s:
        s = s[:s.rindex(" ")]
    return s.rstrip(" ,:;–-") + "…"


def dt_of(i):
    return press_dt(i) if i < 10000 else news_dt(i)


def has_img(i):
    if i < 10000:
        return i in PRESS_IMG
    return i not in IMG_NONE and i not in IMG_PLACEHOLDER


def img_path(i, thumb=False):
    d = dt_of(i)
    folder = "news" if i >= 10000 else "elanlar"
    if thumb:
        return "/sites/default/files/styles/thumbnail/public/%s/%04d-%02d/%d.png" % (folder, d.year, d.month, i)
    return "/sites/default/files/%s/%04d-%02d/%d.png" % (folder, d.year, d.month, i)


def list_url(kind, lang, k=0):
    u = LIST[(kind, lang)]
    return u if k == 0 else u + "?p=%d" % k


def latin1(url):
    """Which en pages are served as ISO-8859-1."""
    return url in ("/en/press-service/news?p=1", "/en/press-service/announcements") or (
        url.startswith("/en/") and "_detail/" in url and int(url.rsplit("/", 1)[1]) % 3 == 0)


def rel(from_url, to_path):
    base_dir = posixpath.dirname(from_url.split("?")[0]) + "/"
    return posixpath.relpath(to_path, base_dir)


def link(lang, i, state, from_url):
    path = "/%s/%s_detail/%d" % (lang, kind_of(i), i)
    if from_url is None:          # blocks (related, front page): never relative
        from_url, allow_rel = "/", False
    else:
        allow_rel = True
    if i == SPELL_CHANGE:
        return path if state == "v1" else "/index.php" + path
    v = i % 5
    if v == 0:
        return path
    if v == 1:
        return "/index.php" + path
    if v == 2:
        return "https://www.migration.gov.az" + path
    if v == 3:
        return rel(from_url, path) if allow_rel else path
    return "https://www.migration.gov.az/index.php" + path + "/"


def date_text(lang, i):
    if i in DATE_NONE:
        return ""
    d = dt_of(i)
    hm = d.strftime("%H:%M")
    if i in DATE_DAY:
        return words_date(lang, d)
    if i % 4 == 3:
        if lang == "az":
            return "%02d %s %d-%s il, %s" % (d.day, MONTHS["az"][d.month - 1], d.year, az_year_suffix(d.year), hm)
        if lang == "ru":
            return "%s г. %s" % (words_date("ru", d), hm)
        return "%s %d, %d, %s" % (MONTHS["en"][d.month - 1], d.day, d.year, hm)
    return "%s, %s" % (words_date(lang, d), hm)


def expected_date(i):
    if i in DATE_NONE:
        return None
    d = dt_of(i)
    return d.strftime("%Y-%m-%d") if i in DATE_DAY else d.strftime("%Y-%m-%dT%H:%M")


def menu(lang, cur):
    u = UI[lang]
    langs = []
    for l in LANGS:
        target = cur.replace("/%s/" % lang, "/%s/" % l, 1) if "_detail/" in cur else "/" + l
        langs.append('<li class="%s%s"><a href="%s" class="language-link" lang="%s">%s</a></li>' % (
            l, " active" if l == lang else "", target, l, UI[l]["lang"]))
    return ('<div id="navigation"><div class="region region-navigation"><ul class="menu">'
            '<li class="first leaf"><a href="/%(l)s">%(home)s</a></li>'
            '<li class="expanded"><span class="nolink">%(press)s</span><ul class="menu">'
            '<li class="first leaf"><a href="%(nl)s">%(news)s</a></li>'
            '<li class="last leaf"><a href="%(pl)s">%(ann)s</a></li></ul></li>'
            '<li class="last leaf"><a href="/%(l)s/node/12">%(contact)s</a></li></ul>'
            '<ul class="language-switcher-locale-url">%(langs)s</ul></div></div>') % dict(
        l=lang, nl=list_url("news", lang), pl=list_url("press", lang), langs="".join(langs), **u)


def page(lang, url, head_title, content, page_title=None, body_class="not-front"):
    enc = "iso-8859-1" if latin1(url) else "utf-8"
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' if enc != "utf-8"
            else '<meta charset="utf-8">')
    pt = ('<div id="page-title"><h1 class="title" id="page-title-h1">%s</h1></div>' % escape(page_title, quote=False)
          if page_title else "")
    doc = """<!DOCTYPE html>
<html lang="%(lang)s" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#">
<head>
%(meta)s
<link rel="shortcut icon" href="/misc/favicon.ico" type="image/vnd.microsoft.icon">
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<title>%(t)s | %(site)s</title>
<link type="text/css" rel="stylesheet" href="/sites/all/themes/dmx/css/style.css?s2k9xq" media="all">
<script src="/misc/jquery.js?v=1.4.4"></script>
</head>
<body class="html %(bc)s page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
%(banner)s
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/%(lang)s" title="%(site)s" rel="home" id="logo"><img src="%(logo)s" alt="%(site)s"></a>
<div id="name-and-slogan"><h1 id="site-name"><a href="/%(lang)s" title="%(site)s" rel="home"><span>%(site)s</span></a></h1></div>
</div></div>
%(menu)s
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
%(pt)s
%(content)s
</div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">
<div class="block block-block" id="block-block-3"><div class="content"><p>%(lu)s</p></div></div>
<div class="block block-block" id="block-block-4"><div class="content"><p>%(foot)s</p></div></div>
</div></div></div>
</div></div>
</body>
</html>
""" % dict(lang=lang, meta=meta, t=escape(head_title), site=SITE_NAME[lang], bc=body_class, banner=BANNER,
           logo=LOGO, menu=menu(lang, url), pt=pt, content=content, lu=LAST_UPDATED, foot=FOOTER[lang])
    return doc.encode(enc, "xmlcharrefreplace")


def row(lang, i, state, from_url, n, total, with_img=True, with_body=True):
    href = link(lang, i, state, from_url)
    cls = "views-row views-row-%d views-row-%s%s%s" % (n + 1, "odd" if n % 2 == 0 else "even",
                                                       " views-row-first" if n == 0 else "",
                                                       " views-row-last" if n == total - 1 else "")
    parts = []
    if with_img:
        if has_img(i):
            parts.append('<div class="views-field views-field-field-image"><div class="field-content"><a href="%s">'
                         '<img typeof="foaf:Image" src="%s" width="100" height="75" alt=""></a></div></div>' % (href, img_path(i, True)))
        elif i in IMG_PLACEHOLDER:
            parts.append('<div class="views-field views-field-field-image"><div class="field-content"><a href="%s">'
                         '<img typeof="foaf:Image" src="%s" width="100" height="75" alt="no image"></a></div></div>' % (href, NOIMG))
    parts.append('<div class="views-field views-field-title"><span class="field-content"><a href="%s">%s</a></span></div>' % (
        href, escape(cut(title(lang, i, state)), quote=False)))
    parts.append('<div class="views-field views-field-created"><span class="field-content">%s</span></div>' % date_text(lang, i))
    if with_body:
        parts.append('<div class="views-field views-field-body"><span class="field-content">%s</span></div>' % escape(
            body(lang, i, kind_of(i))[0], quote=False))
    return '<div class="%s">\n  %s\n</div>' % (cls, "\n  ".join(parts))


def pager(kind, lang, k, total):
    u = UI[lang]
    base = list_url(kind, lang)
    items = []
    if k > 0:
        items.append('<li class="pager-first first"><a title="%s" href="%s">%s</a></li>' % (u["goto"] % 1, base, u["first"]))
        items.append('<li class="pager-previous"><a href="%s">%s</a></li>' % (list_url(kind, lang, k - 1), u["prev"]))
    for j in range(total):
        if j == k:
            items.append('<li class="pager-current">%d</li>' % (j + 1))
        else:
            items.append('<li class="pager-item"><a title="%s" href="%s">%d</a></li>' % (u["goto"] % (j + 1), list_url(kind, lang, j), j + 1))
    if k < total - 1:
        nxt = list_url(kind, lang, k + 1)
        if lang == "en":
            nxt = "?p=%d" % (k + 1)             # relative query-only link
        items.append('<li class="pager-next"><a title="%s" href="%s">%s</a></li>' % (u["goto"] % (k + 2), nxt, u["next"]))
        items.append('<li class="pager-last last"><a href="%s">%s</a></li>' % (list_url(kind, lang, total - 1), u["last"]))
    return ('<h2 class="element-invisible">%s</h2><div class="item-list"><ul class="pager">%s</ul></div>') % (
        u["pages"], "".join(items))


def write(root, url_path, data):
    p = url_path.strip("/") or "index"
    if "?" in p:
        a, q = p.split("?", 1)
        p = a.rstrip("/") + "@" + q
    f = os.path.join(root, p) if os.path.splitext(p)[1] in (".png", ".pdf", ".gif", ".txt", ".css", ".js", ".ico") \
        else os.path.join(root, p + ".html")
    os.makedirs(os.path.dirname(f), exist_ok=True)
    with open(f, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def article(lang, i, state, ids):
    kind = kind_of(i)
    url = "/%s/%s_detail/%d" % (lang, kind, i)
    t = title(lang, i, state)
    parts = []
    if has_img(i):
        src = img_path(i)
        if i % 4 == 1:
            src = BASE + src
        elif i % 4 == 2 and i % 5 in (0, 2, 3) and i != SPELL_CHANGE:
            src = rel(url, src)          # only where every list spelling of the link is slash-free and /index.php-free
        if i in IMG_LAZY:
            im = '<img class="lazy" src="%s" data-src="%s" alt="newsPhoto" typeof="foaf:Image">' % (BLANK, src)
        else:
            im = '<img src="%s" alt="newsPhoto" typeof="foaf:Image">' % src
        parts.append('<div class="field field-name-field-image field-type-image"><div class="field-items"><div class="field-item even">%s</div></div></div>' % im)
    elif i in IMG_PLACEHOLDER:
        parts.append('<div class="field field-name-field-image field-type-image"><div class="field-items"><div class="field-item even">'
                     '<img src="%s" alt="newsPhoto" typeof="foaf:Image"></div></div></div>' % NOIMG)
    paras = ["<p>%s</p>" % escape(p, quote=False) for p in body(lang, i, kind)]
    if i in SCRIPT:
        paras.insert(1, '<script type="text/javascript">(function($){ $(".field-name-body").prepend(\'<img src="/sites/default/files/banners/share.png" alt="">\'); })(jQuery);</script>')
    if lang == "en" and i == IOM_ID:
        paras = paras[:1] + ["<p>&nbsp;</p>", "<p>&nbsp;</p>"] + paras[1:] + ["<p>&nbsp;</p>"]
    if i in PDF:
        paras.append('<p><a href="/sites/default/files/elanlar/elan-%d.pdf" type="application/pdf">elan-%d.pdf</a></p>' % (i, i))
    parts.append('<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even">%s</div></div></div>' % "\n".join(paras))
    node = '<div id="node-%d" class="node node-%s node-full clearfix">\n<div class="content">\n%s\n</div>\n</div>' % (
        i, "news" if kind == "news" else "elan", "\n".join(parts))
    # related block: 4 other items of the same feed, the neighbours in the list
    pos = ids.index(i)
    others = [x for x in ids[max(0, pos - 2):pos + 3] if x != i]
    if len(others) < 4:
        others = [x for x in ids if x != i][:4] if pos < 3 else [x for x in ids if x != i][-4:]
    others = others[:4]
    rel_rows = "\n".join(row(lang, x, state, None, n, 4, with_img=False, with_body=False) for n, x in enumerate(others))
    related = ('<div class="block block-views" id="block-views-related-news-block"><h2>%s</h2><div class="content">'
               '<div class="view view-related-news"><div class="view-content">\n%s\n</div></div></div></div>') % (
        UI[lang]["related"], rel_rows)
    content = '<div class="region region-content">%s</div>\n<div class="region region-content-bottom">%s</div>' % (node, related)
    return page(lang, url, t, content, page_title=t, body_class="not-front node-type-%s" % ("news" if kind == "news" else "elan"))


def home(lang, state, url):
    u = UI[lang]
    nrows = "\n".join(row(lang, x, state, None, n, 4, with_body=False) for n, x in enumerate(news_ids(state)[:4]))
    prows = "\n".join(row(lang, x, state, None, n, 3, with_img=False, with_body=False) for n, x in enumerate(press_ids(state)[:3]))
    content = ('<div class="region region-content"><div class="block block-views" id="block-views-front-news"><h2>%s</h2>'
               '<div class="view"><div class="view-content">\n%s\n</div><div class="more-link"><a href="%s">%s</a></div></div></div>\n'
               '<div class="block block-views" id="block-views-front-elan"><h2>%s</h2><div class="view"><div class="view-content">\n%s\n</div></div></div></div>') % (
        u["latest"], nrows, list_url("news", lang), u["news"], u["latest_press"], prows)
    return page(lang, url, SITE_NAME[lang], content, body_class="front")


def build(state):
    root = os.path.join(ROOT, state)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    write(root, "/robots.txt", b"User-agent: *\nAllow: /\n")
    write(root, LOGO, png_bytes(0, 80, 160, 8, 8))
    write(root, NOIMG, png_bytes(210, 210, 210))
    write(root, BLANK, GIF_1PX)
    write(root, "/static/gov-az.png", png_bytes(0, 120, 60, 2, 2))
    write(root, "/sites/all/themes/dmx/css/style.css", b"body{font-family:serif}\n")
    write(root, "/misc/jquery.js", b"/* stub */\n")
    write(root, "/misc/favicon.ico", png_bytes(0, 80, 160, 2, 2))
    exp = {"site": SITE, "state": state, "list_urls": {}, "pagination":
           "query: ?p=N where N counts from 0 (?p=1 is the SECOND page; the first page is the bare list URL, never ?p=0); "
           "Drupal pager '« first ‹ previous 1 2 3 next › last »' (li.pager-next a, no rel=next); 10 news / 6 press per page",
           "feeds": {}}
    for lang in LANGS:
        write(root, "/" + lang, home(lang, state, "/" + lang))
        if lang == "az":
            write(root, "/", home(lang, state, "/"))
        write(root, "/%s/node/12" % lang, page(lang, "/%s/node/12" % lang, UI[lang]["contact"],
                                             '<div class="region region-content"><p>%s</p></div>' % escape(BODY[lang][4]),
                                             page_title=UI[lang]["contact"]))
        for kind, ids in (("news", news_ids(state)), ("press", press_ids(state))):
            key = "%s-%s" % (kind, lang)
            exp["list_urls"][key] = list_url(kind, lang)
            per = PER_PAGE[kind]
            total = (len(ids) + per - 1) // per
            head = UI[lang]["news" if kind == "news" else "ann"]
            for k in range(total):
                u = list_url(kind, lang, k)
                chunk = ids[k * per:(k + 1) * per]
                rows = "\n".join(row(lang, x, state, u, n, len(chunk)) for n, x in enumerate(chunk))
                content = ('<div class="region region-content"><div class="view view-%s view-id-%s view-display-id-page">'
                           '<div class="view-content">\n%s\n</div>\n%s\n</div></div>') % (
                    "news-archive" if kind == "news" else "elan-archive", kind, rows, pager(kind, lang, k, total))
                write(root, u, page(lang, u, head + ("" if k == 0 else " | %d" % (k + 1)), content, page_title=head))
            feed = []
            for i in ids:
                write(root, "/%s/%s_detail/%d" % (lang, kind, i), article(lang, i, state, ids))
                feed.append({"url": canon(lang, kind, i), "title": title(lang, i, state),
                             "date": expected_date(i), "image": BASE + img_path(i) if has_img(i) else None})
            exp["feeds"][key] = feed
    for i in news_ids(state) + press_ids(state):
        if has_img(i):
            c = (i * 53 % 256, i * 17 % 256, i * 71 % 256)
            write(root, img_path(i), png_bytes(*c, w=6, h=4))
            write(root, img_path(i, True), png_bytes(*c))
        if i in PDF:
            write(root, "/sites/default/files/elanlar/elan-%d.pdf" % i, pdf_bytes("Elan %d" % i))
    with open(os.path.join(root, "EXPECTED.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    for st in ("v1", "v2"):
        build(st)
    print("written", ROOT)
