#!/usr/bin/env python3
"""Generate the offline mirror (v1/, v2/, EXPECTED.json) for one invented site.

The same script serves testdata/mirrors/nuxt and testdata/mirrors/ministry:
the site is the name of the directory above gen/.  python3 stdlib only.
"""
import datetime as dt
import html
import json
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SITE = os.path.basename(ROOT)
HOST = "https://migration.gov.az"
BAKU = dt.timezone(dt.timedelta(hours=4))
LANGS = ["az", "en", "ru"]
UPDATED = "Səhifənin son yenilənmə tarixi: 10.10.2023"
FOOTER = {
    "az": "© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
    "en": "© 2024 The Republic of Azerbaijan State Migration Service",
    "ru": "© 2026 Государственная миграционная служба Азербайджанской Республики",
}
BANNER = {
    "az": "Azərbaycan Respublikasının rəsmi internet resursu — gov.az",
    "en": "Official website of the Republic of Azerbaijan — gov.az",
    "ru": "Официальный интернет-ресурс Азербайджанской Республики — gov.az",
}

# ---------------------------------------------------------------- content
CITIES = [
    ("Bakı", "Baku", "Баку"), ("Gəncə", "Ganja", "Гянджа"),
    ("Sumqayıt", "Sumgait", "Сумгайыт"), ("Şəki", "Shaki", "Шеки"),
    ("Lənkəran", "Lankaran", "Ленкорань"), ("Quba", "Guba", "Губа"),
    ("Mingəçevir", "Mingachevir", "Мингечевир"), ("Naxçıvan", "Nakhchivan", "Нахчыван"),
    ("Şirvan", "Shirvan", "Ширван"), ("Zaqatala", "Zagatala", "Загатала"),
]
NEWS_TOPICS = [
    ("{c} regional idarəsində vətəndaşların qəbulu keçirilib",
     "Citizens received at the {c} regional office",
     "В региональном управлении ({c}) проведён приём граждан"),
    ("Miqrasiya & inteqrasiya: \"Açıq qapı\" günü ({c})",
     "Migration & integration: \"Open door\" day in {c}",
     "Миграция & интеграция: «День открытых дверей» ({c})"),
    ("{c} şəhərində qanunsuz miqrantlar aşkar edilib",
     "Illegal migrants identified in {c}",
     "В городе {c} выявлены нелегальные мигранты"),
    ("DMX əməkdaşları {c} məktəblərində maarifləndirmə tədbiri keçiriblər",
     "SMS staff hold an awareness event at schools in {c}",
     "Сотрудники ГМС провели просветительское мероприятие в школах ({c})"),
    ("Xarici vətəndaşların müraciətləri {c} ASAN xidmətdə qəbul olunur",
     "Applications of foreigners accepted at the ASAN service centre in {c}",
     "Обращения иностранцев принимаются в центре ASAN ({c})"),
    ("{c} sərhəd-keçid məntəqəsində monitorinq aparılıb",
     "Monitoring carried out at the {c} border checkpoint",
     "Проведён мониторинг на пункте пропуска ({c})"),
]
PRESS_TOPICS = [
    ("Elan: {c} regional idarəsində vakant vəzifələr",
     "Announcement: vacancies at the {c} regional office",
     "Объявление: вакансии в региональном управлении ({c})"),
    ("Müsahibə: {c} idarəsinin rəisi ilə söhbət",
     "Interview with the head of the {c} office",
     "Интервью с начальником управления ({c})"),
    ("Məqalə: əmək miqrasiyası və {c}",
     "Article: labour migration and {c}",
     "Статья: трудовая миграция и {c}"),
]
IOM = ("Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatı Şurasının 114-cü sessiyasında iştirak edib",
       "The head of the State Migration Service takes part in the 114th session of the IOM Council",
       "Начальник Государственной миграционной службы участвует в 114-й сессии Совета МОМ")
IOM_BODY = ("Sessiya hibrid formatda keçirilib və 29 noyabradək davam edib.",
            "The Council met in a hybrid format, in Geneva and online; the session ran until 29 November.",
            "Сессия прошла в гибридном формате и продлилась до 29 ноября.")
BODY = [
    ("Tədbirdə Dövlət Miqrasiya Xidmətinin əməkdaşları iştirak ediblər.",
     "Staff of the State Migration Service took part in the event.",
     "В мероприятии приняли участие сотрудники Государственной миграционной службы."),
    ("Vətəndaşların müraciətləri dinlənilib, müvafiq tapşırıqlar verilib.",
     "Applications from citizens were heard and instructions were given.",
     "Были выслушаны обращения граждан и даны соответствующие поручения."),
    ("Ətraflı məlumat üçün 919 qaynar xəttinə zəng edə bilərsiniz.",
     "For details, call the 919 hotline.",
     "Подробности можно узнать по горячей линии 919."),
]
EDIT = (" (yenilənib)", " (updated)", " (обновлено)")
LI = {l: i for i, l in enumerate(LANGS)}

AZ_M = ["Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul", "Avqust",
        "Sentyabr", "Oktyabr", "Noyabr", "Dekabr"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"]


def long_date(lang, d):
    m = {"az": AZ_M, "en": EN_M, "ru": RU_M}[lang][d.month - 1]
    return "%d %s %d" % (d.day, m, d.year)


# ---------------------------------------------------------------- items
def make_items(kind, state):
    """Items (dicts) of one feed kind, shared by the three languages; newest first."""
    items = []
    if kind == "news":
        base = dt.datetime(2026, 2, 5, 10, 30, tzinfo=BAKU)
        n, first_id, step = 25, 16750, dt.timedelta(hours=6, minutes=40)
        topics = NEWS_TOPICS
    else:
        base = dt.datetime(2026, 2, 4, 15, 0, tzinfo=BAKU)
        n, first_id, step = 12, 2895, dt.timedelta(days=4, hours=3)
        topics = PRESS_TOPICS
    iid = first_id
    for k in range(n):
        it = {"kind": kind, "id": iid, "k": k, "when": base - k * step}
        t = topics[k % len(topics)]
        c = CITIES[(k * 3 + (kind == "press")) % len(CITIES)]
        it["titles"] = [t[i].format(c=c[i]) for i in range(3)]
        it["iom"] = False
        items.append(it)
        iid -= 2 if k % 5 == 2 else 1  # ids with gaps
    if kind == "press":  # the oldest press item is the IOM Council article (Nov 2023)
        it = items[-1]
        it.update(id=2402, when=dt.datetime(2023, 11, 27, 16, 0, tzinfo=BAKU),
                  titles=list(IOM), iom=True)
    # special cases, keyed by position in the v1 list
    for it in items:
        k = it["k"]
        it["undated"] = kind == "news" and k == 7
        it["dayonly"] = kind == "news" and k == 12
        it["truncated"] = kind == "news" and k == 2
        it["edited"] = kind == "news" and k == 14
        it["relink"] = kind == "news" and k == 5
    if state == "v2":
        new = []
        cnt = 3 if kind == "news" else 2
        for j in range(cnt, 0, -1):
            t = topics[(j + 2) % len(topics)]
            c = CITIES[(j + 5) % len(CITIES)]
            new.append({"kind": kind, "id": first_id + j, "k": -j,
                        "when": base + j * dt.timedelta(hours=3, minutes=15),
                        "titles": [t[i].format(c=c[i]) + " — " + ("yeni", "new", "новое")[i] for i in range(3)],
                        "iom": False, "undated": False, "dayonly": False,
                        "truncated": False, "edited": False, "relink": False})
        items = new + items
        for it in items:
            if it["edited"]:
                it["titles"] = [it["titles"][i] + EDIT[i] for i in range(3)]
    return items


def path_of(it, lang):
    return "/%s/%s_detail/%d" % (lang, it["kind"], it["id"])


def href_of(it, lang, state, relbase):
    """The spelling of the article link in the list (stable across states but one)."""
    p = path_of(it, lang)
    v = it["id"] % 6
    if it["relink"]:
        v = 3 if state == "v1" else 1
    if v == 1:
        return "https://www.migration.gov.az" + p
    if v == 3:
        return "/index.php" + p
    if v == 4:
        return relbase + "%s_detail/%d" % (it["kind"], it["id"])
    if v == 5:
        return HOST + p
    return p


def image_of(it):
    """(kind, path): kind in none / src / lazy."""
    if it["iom"]:
        return ("src", "/uploads/2023/11/iom-council-114.png")
    k = it["k"]
    if k % 4 == 3 or k == -2:
        return ("none", None)
    if k == 5 or k == 10:
        return ("lazy", "/uploads/%s/%d.png" % (it["when"].strftime("%Y/%m"), it["id"]))
    return ("src", "/uploads/%s/%d.png" % (it["when"].strftime("%Y/%m"), it["id"]))


def expected_date(it):
    if it["undated"]:
        return None
    if it["dayonly"]:
        return it["when"].strftime("%Y-%m-%d")
    return it["when"].strftime("%Y-%m-%dT%H:%M")


# ---------------------------------------------------------------- bytes
def png(r, g, b):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"\x00" + bytes([r, g, b])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


class Out:
    def __init__(self, base):
        self.base = base
        self.images = set()

    def write(self, urlpath, text):
        """urlpath like /az/news?category=x&page=2 -> file per the offline server's rules."""
        p, _, q = urlpath.partition("?")
        p = p.rstrip("/") or "/"
        if p == "/":
            f = "index.html"
        else:
            f = p.lstrip("/")
            if q:
                f += "@" + q
            f += ".html"
        full = os.path.join(self.base, f)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)

    def img(self, path):
        self.images.add(path)
        return path

    def flush_images(self):
        for p in sorted(self.images):
            full = os.path.join(self.base, p.lstrip("/"))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            data = GIF if p.endswith(".gif") else b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" if p.endswith(".pdf") else png(len(p) * 7 % 256, len(p) * 13 % 256, 90)
            with open(full, "wb") as fh:
                fh.write(data)


E = html.escape


def body_html(it, lang, out, lead_in_prose):
    i = LI[lang]
    parts = []
    if lead_in_prose:
        kind, src = image_of(it)
        if kind == "src":
            parts.append('<p><img src="%s" alt="newsPhoto" width="800" height="533"></p>' % out.img(src))
        elif kind == "lazy":
            parts.append('<p><img src="%s" data-src="%s" class="lazy" alt="newsPhoto"></p>'
                         % (out.img(PLACEHOLDER[SITE]), out.img(src)))
    if it["iom"]:
        parts.append("<p>%s</p>" % E(IOM_BODY[i]))
    for j, b in enumerate(BODY):
        parts.append("<p>%s</p>" % E(b[i]))
        if lang == "en" and j == 0 and it["k"] % 3 == 0:
            parts.append("<p>&nbsp;</p><p></p>")
        if j == 1 and it["k"] % 7 == 1:
            parts.append('<script>document.write("<p>' + ("Bu mətn skriptdən gəlir", "Text from a script",
                         "Текст из скрипта")[i] + '</p>");var published="01.01.2020 09:00";</script>')
    if it["k"] % 8 == 6:
        parts.append('<p><a href="%s">%s</a></p>' % (out.img("/uploads/docs/%d.pdf" % it["id"]), ("Əlavə (PDF)", "Attachment (PDF)", "Приложение (PDF)")[i]))
    return "\n".join(parts)


PLACEHOLDER = {"nuxt": "/_nuxt/img/placeholder.png", "ministry": "/assets/img/blank.gif"}

# ================================================================ nuxt
NUXT_CAT = {"az": ("xeberler", "elanlar"), "en": ("news", "announcements"), "ru": ("novosti", "obyavleniya")}
NUXT_MENU = {"az": ("Mətbuat mərkəzi", "Xəbərlər", "Elanlar"), "en": ("Press centre", "News", "Announcements"),
             "ru": ("Пресс-центр", "Новости", "Объявления")}
NUXT_HOME = {"az": "Ana səhifə", "en": "Home", "ru": "Главная"}


def nuxt_list_url(lang, kind, page=1):
    cat = NUXT_CAT[lang][0 if kind == "news" else 1]
    u = "/%s/news?category=%s" % (lang, cat)
    return u if page == 1 else u + "&page=%d" % page


def nuxt_page(lang, title, main, nuxt_state, out):
    m = NUXT_MENU[lang]
    return """<!DOCTYPE html>
<html lang="{lang}" data-n-head-ssr>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | DMX</title>
<meta data-n-head="ssr" property="og:image" content="{host}/_nuxt/img/og-default.png">
<link rel="preload" href="/_nuxt/app.js" as="script">
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="app">
<div class="gov-banner"><img src="{gov}" alt="gov.az"><span>{banner}</span></div>
<header class="site-header">
<a href="/{lang}" class="logo"><img src="{logo}" alt="DMX logo"></a>
<nav class="main-nav"><ul>
<li><a href="/{lang}" class="nuxt-link-active">{home}</a></li>
<li class="has-dropdown"><a href="{news}">{m0}</a>
<ul class="dropdown"><li><a href="{news}">{m1}</a></li><li><a href="{press}">{m2}</a></li></ul></li>
</ul></nav>
<div class="lang-switch"><a href="/az">AZ</a> <a href="/en">EN</a> <a href="/ru">RU</a></div>
</header>
<main class="page">
{main}
</main>
<footer class="site-footer">
<p class="last-updated">{updated}</p>
<p class="copy">{footer}</p>
</footer>
</div></div></div>
<script>window.__NUXT__={state}</script>
<script src="/_nuxt/app.js" defer></script>
</body>
</html>
""".format(lang=lang, title=E(title), host=HOST, gov=out.img("/_nuxt/img/gov-az.png"), banner=BANNER[lang],
           logo=out.img("/_nuxt/img/logo.png"), home=NUXT_HOME[lang], news=E(nuxt_list_url(lang, "news")),
           press=E(nuxt_list_url(lang, "press")), m0=m[0], m1=m[1], m2=m[2], main=main,
           updated=UPDATED, footer=FOOTER[lang], state=json.dumps(nuxt_state, ensure_ascii=False).replace("</", "<\\/"))


def utcz(when):
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def nuxt_card(it, lang, state, out, relbase=""):
    i = LI[lang]
    href = E(href_of(it, lang, state, relbase))
    title = it["titles"][i]
    shown = title
    if it["truncated"]:
        shown = title[:28].rstrip() + "…"
    kind, _ = image_of(it)
    if kind == "none":
        img = '<img src="%s" alt="">' % out.img("/_nuxt/img/no-image.png")
    else:
        a = out.img("/_nuxt/img/thumb-%d.webp" % it["id"])
        b = out.img("/_nuxt/img/thumb-%d@2x.webp" % it["id"])
        img = '<img src="%s" srcset="%s 1x, %s 2x" alt="%s" loading="lazy">' % (a, a, b, E(title))
    if it["undated"]:
        tm = ""
    elif it["dayonly"]:
        tm = '<time datetime="%s">%s</time>' % (it["when"].strftime("%Y-%m-%d"), it["when"].strftime("%d.%m.%Y"))
    else:
        tm = '<time datetime="%s">%s</time>' % (utcz(it["when"]), it["when"].strftime("%d.%m.%Y"))
    return ('<div class="news-card" data-v-3f1a2b>\n<a href="%s" class="thumb">%s</a>\n'
            '<h2 class="title"><a href="%s">%s</a></h2>\n%s\n</div>' % (href, img, href, E(shown), tm))


def nuxt_pager(lang, kind, page, pages):
    if pages == 1:
        return ""
    parts = []
    for p in range(1, pages + 1):
        if p == page:
            parts.append('<li class="active"><span aria-current="page">%d</span></li>' % p)
        else:
            u = nuxt_list_url(lang, kind, p)
            if p == 1 and page > 1:
                u += "&page=1"
            parts.append('<li><a href="%s">%d</a></li>' % (E(u), p))
    if page < pages:
        parts.append('<li><a href="%s" rel="next" aria-label="next">›</a></li>' % E(nuxt_list_url(lang, kind, page + 1)))
    return '<nav aria-label="pagination"><ul class="pagination">%s</ul></nav>' % "".join(parts)


def nuxt_article(it, lang, state, out, neighbours):
    i = LI[lang]
    title = it["titles"][i]
    tm = ""
    if not it["undated"] and not it["dayonly"]:
        tm = '<time datetime="%s">%s</time>' % (utcz(it["when"]), it["when"].strftime("%d.%m.%Y, %H:%M"))
    main = ('<article>\n<header><h1>%s</h1>%s</header>\n<div class="prose">\n%s\n</div>\n</article>\n'
            % (E(title), tm, body_html(it, lang, out, True)))
    rel = [{"id": n["id"], "title": n["titles"][i], "publishedAt": utcz(n["when"] - dt.timedelta(days=40))}
           for n in neighbours]
    st = {"layout": "default", "data": [{"article": {"id": it["id"], "slug": "%s_detail-%d" % (it["kind"], it["id"]),
          "updatedAt": "2023-10-10T08:00:00Z", "createdAt": "2019-03-01T05:00:00Z", "related": rel}}],
          "serverRendered": True, "config": {"buildDate": "2026-01-20T00:00:00Z"}}
    return nuxt_page(lang, title, main, st, out)


def gen_nuxt(state, out):
    feeds, lists = {}, {}
    for lang in LANGS:
        for kind, per in (("news", 10), ("press", 8)):
            items = make_items(kind, state)
            pages = (len(items) + per - 1) // per
            for p in range(1, pages + 1):
                chunk = items[(p - 1) * per:p * per]
                main = ('<h1 class="section-title">%s</h1>\n<div class="news-grid">\n%s\n</div>\n%s'
                        % (NUXT_MENU[lang][1 if kind == "news" else 2],
                           "\n".join(nuxt_card(it, lang, state, out) for it in chunk),
                           nuxt_pager(lang, kind, p, pages)))
                st = {"layout": "default", "data": [{"list": {"total": len(items), "page": p,
                      "fetchedAt": "2026-02-05T12:00:00Z"}}], "serverRendered": True}
                out.write(nuxt_list_url(lang, kind, p), nuxt_page(lang, NUXT_MENU[lang][1], main, st, out))
            for j, it in enumerate(items):
                nb = [x for x in items[j + 1:j + 3]]
                out.write(path_of(it, lang), nuxt_article(it, lang, state, out, nb))
            feeds["%s-%s" % (kind, lang)] = items
            lists["%s-%s" % (kind, lang)] = nuxt_list_url(lang, kind)
        # home
        news = make_items("news", state)[:4]
        main = '<section class="latest">\n%s\n</section>' % "\n".join(nuxt_card(it, lang, state, out, "/%s/" % lang) for it in news)
        out.write("/" + lang, nuxt_page(lang, NUXT_HOME[lang], main, {"layout": "default", "serverRendered": True}, out))
    pag = "query parameter: ?category=<cat>&page=N (page 1 has no page parameter; page-1 links spelled &page=1); numbers and a '›' next arrow in <nav aria-label=\"pagination\">"
    return lists, feeds, pag


# ================================================================ ministry
MIN_SLUG = {"az": ("xeber-lenti", "press-relizler"), "en": ("news-feed", "press-releases"),
            "ru": ("lenta-novostey", "press-relizy")}
MIN_MENU = {"az": ("Media", "Xəbər lenti", "Press-relizlər", "Ana səhifə", "Populyar xəbərlər", "Sonrakı", "Baxış"),
            "en": ("Media", "News feed", "Press releases", "Home", "Popular news", "Next", "Views"),
            "ru": ("Медиа", "Лента новостей", "Пресс-релизы", "Главная", "Популярные новости", "Следующая", "Просмотры")}
POPULAR = [  # (id, az, en, ru, date): most viewed, old dates mixed
    (16101, ("Miqrasiya qaydalarına dair yeni izahat", "New guidance on migration rules", "Новые разъяснения миграционных правил"), dt.date(2025, 4, 14)),
    (16702, ("Əmək fəaliyyəti üçün iş icazəsinin verilməsi qaydası", "How work permits are issued", "Порядок выдачи разрешения на работу"), dt.date(2025, 11, 20)),
    (15980, ("Müvəqqəti yaşamaq icazəsi: tez-tez verilən suallar", "Temporary residence permit: FAQ", "Разрешение на временное проживание: частые вопросы"), dt.date(2024, 12, 3)),
    (9, None, None),  # feed items by v1 position, filled at run time
    (16, None, None),
]


def min_list_url(lang, kind, page=1):
    u = "/%s/media/%s" % (lang, MIN_SLUG[lang][0 if kind == "news" else 1])
    return u if page == 1 else u + "/page/%d" % page


def min_popular(lang, out, feed):
    i = LI[lang]
    rows = []
    for pid, titles, d in POPULAR:
        if titles is None:
            it = next(x for x in feed if x["k"] == pid)
            t, d, pid = it["titles"][i], it["when"].date(), it["id"]
        else:
            t = titles[i]
        rows.append('<li><a href="/%s/news_detail/%d">%s</a><span class="d">%s</span></li>' % (lang, pid, E(t), long_date(lang, d)))
    return ('<aside class="sidebar"><div class="popular"><h3>%s</h3><ul>\n%s\n</ul></div></aside>'
            % (MIN_MENU[lang][4], "\n".join(rows)))


def min_page(lang, title, main, out, feed):
    m = MIN_MENU[lang]
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - Dövlət Miqrasiya Xidməti</title>
<meta property="og:image" content="{host}/assets/img/og-logo.png">
<link rel="stylesheet" href="/assets/css/portal.css">
</head>
<body class="portal">
<div class="top-bar gov-az"><a href="https://gov.az"><img src="{gov}" alt="gov.az"></a> {banner}</div>
<header id="header">
<a class="brand" href="/{lang}"><img src="{logo}" alt="logo"></a>
<nav id="main-menu"><ul class="menu">
<li><a href="/{lang}">{home}</a></li>
<li class="parent"><a href="javascript:void(0)">{m0}</a>
<ul class="sub-menu"><li><a href="{news}">{m1}</a></li><li><a href="{press}">{m2}</a></li></ul></li>
</ul></nav>
<ul class="langs"><li><a href="/az">Az</a></li><li><a href="/en">En</a></li><li><a href="/ru">Ru</a></li></ul>
</header>
<div class="layout">
<main class="content">
{main}
</main>
{popular}
</div>
<footer id="footer"><div class="upd">{updated}</div><div class="copyright">{footer}</div></footer>
<script src="/assets/js/portal.js"></script>
</body>
</html>
""".format(lang=lang, title=E(title), host=HOST, gov=out.img("/assets/img/gov-az.png"), banner=BANNER[lang],
           logo=out.img("/assets/img/logo.png"), home=m[3], m0=m[0], m1=m[1], m2=m[2],
           news=min_list_url(lang, "news"), press=min_list_url(lang, "press"), main=main,
           popular=min_popular(lang, out, feed), updated=UPDATED, footer=FOOTER[lang])


def min_item(it, lang, state, page):
    i = LI[lang]
    relbase = "../" if page == 1 else "../../../"
    href = E(href_of(it, lang, state, relbase))
    title = it["titles"][i]
    shown = title[:30].rstrip() + "…" if it["truncated"] else title
    d = "" if it["undated"] else '<span class="d">%s</span>' % long_date(lang, it["when"].date())
    return '<li class="item">%s<a class="t" href="%s">%s</a></li>' % (d, href, E(shown))


def min_pager(lang, kind, page, pages):
    if pages == 1:
        return ""
    parts = []
    for p in range(1, pages + 1):
        if p == page:
            parts.append('<span class="current">%d</span>' % p)
        else:
            u = min_list_url(lang, kind, p) + ("/" if p == 1 else "")
            parts.append('<a href="%s">%d</a>' % (u, p))
    if page < pages:
        parts.append('<a class="next" href="%s">%s</a>' % (min_list_url(lang, kind, page + 1), MIN_MENU[lang][5]))
    return '<div class="pager">%s</div>' % " ".join(parts)


def min_article(it, lang, out, feed, views):
    i = LI[lang]
    title = it["titles"][i]
    if it["undated"] or it["dayonly"]:
        info = '<div class="info"><span class="views">%s: %d</span></div>' % (MIN_MENU[lang][6], views)
    else:
        info = ('<div class="info"><span class="date">%s</span> <span class="views">%s: %d</span></div>'
                % (it["when"].strftime("%d.%m.%Y / %H:%M"), MIN_MENU[lang][6], views))
    kind, src = image_of(it)
    fig = ""
    if kind == "src":
        fig = '<figure class="lead"><img src="%s" alt="newsPhoto"></figure>' % out.img(src)
    elif kind == "lazy":
        fig = ('<figure class="lead"><img src="%s" data-src="%s" class="lazyload" alt="newsPhoto"></figure>'
               % (out.img(PLACEHOLDER["ministry"]), out.img(src)))
    main = ('<div class="breadcrumbs"><a href="/%s">%s</a> / %s</div>\n<h1 class="page-title">%s</h1>\n%s\n%s\n'
            '<div class="entry">\n%s\n</div>' % (lang, MIN_MENU[lang][3], MIN_MENU[lang][0], E(title), info, fig,
                                                  body_html(it, lang, out, False)))
    return min_page(lang, title, main, out, feed)


def gen_ministry(state, out):
    feeds, lists = {}, {}
    for lang in LANGS:
        news_items = make_items("news", state)
        for kind, per in (("news", 10), ("press", 6)):
            items = make_items(kind, state)
            pages = (len(items) + per - 1) // per
            for p in range(1, pages + 1):
                chunk = items[(p - 1) * per:p * per]
                main = ('<h1 class="page-title">%s</h1>\n<ul class="news-list">\n%s\n</ul>\n%s'
                        % (MIN_MENU[lang][1 if kind == "news" else 2],
                           "\n".join(min_item(it, lang, state, p) for it in chunk), min_pager(lang, kind, p, pages)))
                out.write(min_list_url(lang, kind, p), min_page(lang, MIN_MENU[lang][1], main, out, news_items))
            for it in items:
                out.write(path_of(it, lang), min_article(it, lang, out, news_items, 100 + it["id"] % 900))
            feeds["%s-%s" % (kind, lang)] = items
            lists["%s-%s" % (kind, lang)] = min_list_url(lang, kind)
        # popular items outside the feed get pages too
        for pid, titles, d in POPULAR:
            if titles is None:
                continue
            it = {"kind": "news", "id": pid, "k": 99, "when": dt.datetime(d.year, d.month, d.day, 9, 0, tzinfo=BAKU),
                  "titles": list(titles), "iom": False, "undated": False, "dayonly": False, "truncated": False,
                  "edited": False, "relink": False}
            out.write(path_of(it, lang), min_article(it, lang, out, news_items, 9000 + pid % 100))
        main = '<h1 class="page-title">%s</h1>\n<ul class="news-list">\n%s\n</ul>' % (
            MIN_MENU[lang][1], "\n".join(min_item(it, lang, state, 1).replace("../", "/%s/" % lang, 1) for it in news_items[:5]))
        out.write("/" + lang, min_page(lang, MIN_MENU[lang][3], main, out, news_items))
    pag = "path segments: <list>/page/N (page 1 is the bare list URL, linked with a trailing slash); numbers and a 'Sonrakı'/'Next'/'Следующая' link (a.next)"
    return lists, feeds, pag


# ================================================================ main
def main():
    for state in ("v1", "v2"):
        base = os.path.join(ROOT, state)
        if os.path.isdir(base):
            shutil.rmtree(base)
        os.makedirs(base)
        out = Out(base)
        lists, feeds, pag = (gen_nuxt if SITE == "nuxt" else gen_ministry)(state, out)
        out.write("/", '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/az">'
                       '<title>DMX</title></head><body><a href="/az">Azərbaycan</a> <a href="/en">English</a> '
                       '<a href="/ru">Русский</a></body></html>\n')
        with open(os.path.join(base, "robots.txt"), "w") as fh:
            fh.write("User-agent: *\nAllow: /\n")
        for a in (["_nuxt/app.js"] if SITE == "nuxt" else ["assets/css/portal.css", "assets/js/portal.js"]):
            os.makedirs(os.path.join(base, os.path.dirname(a)), exist_ok=True)
            with open(os.path.join(base, a), "w") as fh:
                fh.write("/* offline fixture: intentionally empty */\n")
        out.flush_images()
        exp = {"site": SITE, "state": state, "list_urls": {}, "pagination": pag, "feeds": {}}
        for lang in LANGS:
            for kind in ("news", "press"):
                key = "%s-%s" % (kind, lang)
                exp["list_urls"][key] = lists[key]
                rows = []
                for it in feeds[key]:
                    ik, src = image_of(it)
                    rows.append({"url": HOST + path_of(it, lang), "title": it["titles"][LI[lang]],
                                 "date": expected_date(it), "image": None if ik == "none" else HOST + src})
                exp["feeds"][key] = rows
        with open(os.path.join(base, "EXPECTED.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("generated", SITE)


if __name__ == "__main__":
    main()
