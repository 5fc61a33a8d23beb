#!/usr/bin/env python3
"""Generate the 'portal' offline mirror (v1/, v2/) of an invented generic
government-portal rendering of migration.gov.az, plus EXPECTED.json for each state.

python3 gen.py   (stdlib only; rewrites ../v1 and ../v2)
"""
import base64, datetime as dt, html, json, os, shutil, struct, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://migration.gov.az"
PER_PAGE = 10
LINKSTYLES_NOTE = "portal"
LOGO = "/assets/img/logo.png"
LAZY = "/assets/img/loading.gif"
OGDEF = "/assets/img/og-default.jpg"
GOVAZ = "/assets/img/gov-az.png"
BAKU = dt.timezone(dt.timedelta(hours=4))

JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////"
    "////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBAB"
    "AAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
PDF = (b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages"
       b"/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox"
       b"[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def png():
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80\x80\x80")) + chunk(b"IEND", b""))


GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")

LANG = {
    "az": dict(home="Ana səhifə", about="Haqqımızda", press="Mətbuat mərkəzi", news="Xəbərlər",
               ann="Elanlar", contact="Əlaqə", next="Növbəti", prev="Əvvəlki", pages="Səhifələr:",
               news_url="/az/content/category/11", ann_url="/az/content/category/12",
               upd="Səhifənin son yenilənmə tarixi: 10.10.2023", more="Ətraflı",
               all="Bütün xəbərlər", gov="Azərbaycan Respublikasının rəsmi internet resursu",
               copy="© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti"),
    "en": dict(home="Home", about="About us", press="Press centre", news="News",
               ann="Announcements", contact="Contact", next="Next", prev="Previous", pages="Pages:",
               news_url="/en/content/category/11", ann_url="/en/content/category/12",
               upd="Səhifənin son yenilənmə tarixi: 10.10.2023", more="Read more",
               all="All news", gov="Official internet resource of the Republic of Azerbaijan",
               copy="© 2024 The Republic of Azerbaijan State Migration Service"),
    "ru": dict(home="Главная", about="О нас", press="Пресс-центр", news="Новости",
               ann="Объявления", contact="Контакты", next="След.", prev="Пред.", pages="Страницы:",
               news_url="/ru/content/category/11", ann_url="/ru/content/category/12",
               upd="Səhifənin son yenilənmə tarixi: 10.10.2023", more="Подробнее",
               all="Все новости", gov="Официальный интернет-ресурс Азербайджанской Республики",
               copy="© 2026 Государственная миграционная служба Азербайджанской Республики"),
}

PLACES = {
    "az": ["Bakı", "Gəncə", "Sumqayıt", "Şəki", "Lənkəran", "Naxçıvan", "Quba", "Şamaxı", "Mingəçevir", "Qəbələ"],
    "en": ["Baku", "Ganja", "Sumgait", "Shaki", "Lankaran", "Nakhchivan", "Guba", "Shamakhi", "Mingachevir", "Gabala"],
    "ru": ["Баку", "Гянджа", "Сумгайыт", "Шеки", "Лянкяран", "Нахчыван", "Губа", "Шамахы", "Мингячевир", "Габала"],
}
NEWS_T = {
    "az": ["{p} regional miqrasiya idarəsində vətəndaşların qəbulu keçirilib",
           "Dövlət Miqrasiya Xidmətinin rəisi {p} şəhərində əcnəbilərlə görüşüb",
           "«ASAN viza» sistemi üzrə {p} ofisində təlim təşkil olunub",
           "Miqrasiya qanunvericiliyinin pozulması halları ilə bağlı {p} ərazisində reyd keçirilib — əcnəbilər və vətəndaşlığı olmayan şəxslərin yaşayış qaydalarına nəzarət gücləndirilib",
           "Xidmətin əməkdaşları {p} peşə məktəbinin tələbələri ilə görüşüb"],
    "en": ["Citizens received at the {p} regional migration office",
           "Chief of the State Migration Service meets foreigners in {p}",
           "Training on the \"ASAN visa\" system held at the {p} office",
           "Raid held in {p} on violations of migration legislation — control over residence rules for foreigners & stateless persons tightened",
           "Service staff meet students of the {p} vocational school"],
    "ru": ["В {p}ском региональном миграционном управлении проведён приём граждан".replace("{p}ском", "{p}"),
           "Начальник Государственной миграционной службы встретился с иностранцами в {p}",
           "В офисе {p} проведён тренинг по системе «ASAN виза»",
           "В {p} проведён рейд по нарушениям миграционного законодательства — усилен контроль за соблюдением правил проживания иностранцев и лиц без гражданства",
           "Сотрудники службы встретились со студентами профессиональной школы {p}"],
}
PRESS_T = {
    "az": ["Elan: {p} regional idarəsində vakant vəzifələr üzrə müsabiqə", "Müsahibə: {p} ofisinin rəhbəri ilə söhbət",
           "Məqalə: {p} şəhərində əmək miqrasiyasının xüsusiyyətləri"],
    "en": ["Announcement: competition for vacancies at the {p} regional office", "Interview with the head of the {p} office",
           "Article: features of labour migration in {p}"],
    "ru": ["Объявление: конкурс на вакантные должности в управлении {p}", "Интервью с руководителем офиса {p}",
           "Статья: особенности трудовой миграции в {p}"],
}
IOM = "The Chief of the State Migration Service participates in the 114th session of the Council of the International Organization for Migration"
NEW_T = {"az": ["Yeni xəbər: {p} şəhərində miqrasiya xidmətinin yeni ofisi açılıb"],
         "en": ["New: a migration service office opens in {p}"],
         "ru": ["Новое: в {p} открылся офис миграционной службы"]}
EDIT = {"az": " (yenilənib)", "en": " (updated)", "ru": " (обновлено)"}
BODY = {"az": "Dövlət Miqrasiya Xidmətinin məlumatına görə, tədbirdə {p} üzrə görülən işlər müzakirə olunub.",
        "en": "According to the State Migration Service, the work done in {p} was discussed at the event.",
        "ru": "По информации Государственной миграционной службы, на мероприятии обсуждена работа в {p}."}

NEWS_BASE = {"az": 16763, "en": 9423, "ru": 12350}
PRESS_BASE = {"az": 2899, "en": 405, "ru": 1514}
LINKSTYLES = ["abs", "rel_root", "www", "indexphp", "relative", "proto", "www_indexphp"]


def make_feed(lang, kind, state):
    """Items newest first. Each: dict(id,title,dt(datetime or None),img(path or None), traps set)."""
    n_old, n_new = (24, 3) if kind == "news" else (12, 2)
    base = NEWS_BASE[lang] if kind == "news" else PRESS_BASE[lang]
    tpl = NEWS_T[lang] if kind == "news" else PRESS_T[lang]
    start = dt.datetime(2026, 2, 5, 14, 30, tzinfo=BAKU)
    items = []
    for i in range(n_old):
        iid = base - n_new - i * (2 if kind == "news" else 3)
        p = PLACES[lang][i % 10]
        title = tpl[i % len(tpl)].format(p=p)
        step = 10 if kind == "news" else 21
        d = start - dt.timedelta(days=i * step, hours=(i * 5) % 7, minutes=(i * 13) % 60)
        it = dict(id=iid, title=title, dt=d, img=f"/storage/{kind}/{lang}/{iid}/1.jpg",
                  traps=set(), place=p, link=LINKSTYLES[i % len(LINKSTYLES)])
        if kind == "news" and lang == "en" and i == 7:
            it["title"] = IOM
            it["dt"] = dt.datetime(2023, 11, 27, 11, 13, tzinfo=BAKU) if False else it["dt"]
            it["traps"].add("iom")
        items.append(it)
    # traps by position
    t = items
    t[1]["traps"].add("graph")
    t[2]["traps"].add("utc")          # JSON-LD in UTC, crosses midnight
    t[2]["dt"] = t[2]["dt"].replace(hour=2, minute=15)
    t[3]["img"] = None                # no picture: og:image = logo
    t[4]["traps"].add("lazy")
    t[5]["traps"].add("nodate")       # no date anywhere
    t[6]["traps"].add("dayonly")      # JSON-LD datePublished has no time
    t[8]["traps"].add("noldjson")     # no JSON-LD; date from list only
    t[9]["traps"].add("script")
    t[9]["traps"].add("pdf")
    t[10]["img"] = None
    t[10]["traps"].add("graph")
    t[11]["traps"].add("lazy")
    if len(t) > 13:
        t[13]["traps"].add("modified")
        t[15]["img"] = None
        t[17]["traps"].add("graph")
    if state == "v2":
        t[6]["title"] = t[6]["title"] + EDIT[lang]
        t[6]["traps"].add("edited")
        t[7]["link"] = {"abs": "www_indexphp"}.get(t[7]["link"], "abs")
        news = []
        for j in range(n_new):
            iid = base - j
            p = PLACES[lang][(j + 3) % 10]
            d = start + dt.timedelta(days=n_new - j, hours=j, minutes=7 * j)
            news.append(dict(id=iid, title=NEW_T[lang][0].format(p=p) if kind == "news" else tpl[j % len(tpl)].format(p=p) + " — 2026",
                             dt=d, img=f"/storage/{kind}/{lang}/{iid}/1.jpg",
                             traps=set(), place=p, link="abs"))
        if kind == "news":
            news[1]["img"] = None
        t = news + t
    return t


MONTHS = {
    "az": ["Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul", "Avqust", "Sentyabr", "Oktyabr", "Noyabr", "Dekabr"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "ru": ["Января", "Февраля", "Марта", "Апреля", "Мая", "Июня", "Июля", "Августа", "Сентября", "Октября", "Ноября", "Декабря"],
}
EXTRA = {
    "az": dict(latest="Son xəbərlər", other="Digər xəbərlər", share="Paylaş:", date="Tarix", title="Başlıq",
               inter="Müsahibələr", stat="Statistika", menu="Menyu"),
    "en": dict(latest="Latest news", other="Other news", share="Share:", date="Date", title="Title",
               inter="Interviews", stat="Statistics", menu="Menu"),
    "ru": dict(latest="Последние новости", other="Другие новости", share="Поделиться:", date="Дата", title="Заголовок",
               inter="Интервью", stat="Статистика", menu="Меню"),
}


def kpath(kind):
    return "news_detail" if kind == "news" else "press_detail"


def href(lang, kind, it):
    path = f"/{lang}/{kpath(kind)}/{it['id']}"
    return {"abs": BASE + path, "rel_root": path, "www": "https://www.migration.gov.az" + path,
            "indexphp": "/index.php" + path, "relative": f"../../{kpath(kind)}/{it['id']}",
            "proto": "//www.migration.gov.az" + path,
            "www_indexphp": "https://www.migration.gov.az/index.php" + path}[it["link"]]


def e(s):
    return html.escape(s, quote=True)


def longdate(lang, d):
    return f"{d.day:02d} {MONTHS[lang][d.month - 1]} {d.year} | {d:%H:%M}"


def images(it):
    if not it["img"]:
        return []
    n = 3 if it["id"] % 2 else 2
    return [it["img"].replace("/1.jpg", f"/{k}.jpg") for k in range(1, n + 1)]


def sidebar(lang, news):
    X = EXTRA[lang]
    rows = []
    for it in news[:5]:
        d = "" if "nodate" in it["traps"] else longdate(lang, it["dt"])
        rows.append(f'<li><a href="/{lang}/news_detail/{it["id"]}">{e(it["title"])}</a><small class="text-muted">{d}</small></li>')
    return f'<aside class="sidebar"><div class="widget latest-news"><h4>{e(X["latest"])}</h4><ul>{"".join(rows)}</ul></div></aside>'


def page(lang, title, body, og_image, news, canonical=None):
    L, X = LANG[lang], EXTRA[lang]
    menu = (f'<nav class="navbar"><ul class="nav">'
            f'<li><a href="/{lang}">{e(L["home"])}</a></li>'
            f'<li><a href="/{lang}/content/page/1">{e(L["about"])}</a></li>'
            f'<li class="dropdown"><a href="#" class="dropdown-toggle">{e(L["press"])}</a><ul class="dropdown-menu">'
            f'<li><a href="/index.php/{lang}/content/category/11">{e(L["news"])}</a></li>'
            f'<li><a href="/{lang}/content/category/12">{e(L["ann"])}</a></li>'
            f'<li><a href="/{lang}/content/category/13">{e(X["inter"])}</a></li>'
            f'<li><a href="/{lang}/content/category/17">{e(X["stat"])}</a></li></ul></li>'
            f'<li><a href="/{lang}/content/page/5">{e(L["contact"])}</a></li></ul></nav>')
    langs = "".join(f'<li><a href="/{l}">{l.upper()}</a></li>' for l in LANG)
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | DMX</title>
<meta property="og:type" content="website">
<meta property="og:title" content="{e(title)}">
<meta property="og:image" content="{BASE}{og_image}">
{can}
<link rel="stylesheet" href="/assets/css/app.css?v=3">
</head>
<body>
<div class="top-gov-banner"><img src="{GOVAZ}" alt="gov.az"><span>{e(L["gov"])}</span></div>
<header><a href="/{lang}" class="brand"><img src="{LOGO}" alt="logo"></a><ul class="lang-switch">{langs}</ul>
{menu}
</header>
<div class="container"><div class="row">
<div class="col-md-8 content">
{body}
</div>
<div class="col-md-4">{sidebar(lang, news)}</div>
</div></div>
<footer><p class="last-update">{e(L["upd"])}</p><p>{e(L["copy"])}</p></footer>
<script src="/assets/js/app.js?v=3"></script>
</body>
</html>
"""


def article(lang, kind, it, items, news):
    L, X = LANG[lang], EXTRA[lang]
    sec = L["news"] if kind == "news" else L["ann"]
    secu = L["news_url"] if kind == "news" else L["ann_url"]
    canon = f"{BASE}/{lang}/{kpath(kind)}/{it['id']}"
    crumb = it["title"] if len(it["title"]) < 70 else it["title"][:60].rstrip() + "…"
    b = [f'<ol class="breadcrumb"><li><a href="/{lang}">{e(L["home"])}</a></li><li><a href="{secu}">{e(sec)}</a></li>'
         f'<li class="active">{e(crumb)}</li></ol>', f'<h1 class="page-title">{e(sec)}</h1>', '<div class="article">']
    imgs = images(it)
    if imgs:
        b.append('<div class="article-slider owl-carousel">')
        for k, src in enumerate(imgs):
            if k == 0 and "lazy" not in it["traps"]:
                b.append(f'<div class="item"><img src="{src}" alt="newsPhoto"></div>')
            else:
                b.append(f'<div class="item"><img class="owl-lazy" src="{LAZY}" data-src="{src}" alt="newsPhoto"></div>')
        b.append("</div>")
    b.append(f'<h3 class="article-title">{e(it["title"])}</h3>')
    if "nodate" not in it["traps"]:
        b.append(f'<div class="article-date"><i class="fa fa-calendar"></i> {it["dt"]:%d.%m.%Y %H:%M}</div>')
    b.append(f'<div class="article-body"><p>{e(BODY[lang].format(p=it["place"]))}</p>')
    if "iom" in it["traps"]:
        b.append("<p>The Chief of the Service joined, in a hybrid format, the 114th session of the Council of the "
                 "International Organization for Migration; the session ran until 29 November.</p><p>&nbsp;</p>"
                 "<p>Migration governance and cooperation with IOM were on the agenda.</p><p>&nbsp;</p><p></p>")
    if "script" in it["traps"]:
        b.append('<script>var published = "12.12.2012 12:12"; $(function(){ $(".article-slider").owlCarousel({items:1}); });</script>')
        b.append('<p>Ətraflı: <a href="http://www.migration.gov.az/index.php/az/content/category/11">www.migration.gov.az</a></p>')
    if "pdf" in it["traps"]:
        b.append(f'<p><a href="/storage/files/{lang}_{it["id"]}.pdf" target="_blank">PDF</a></p>')
    b.append("</div>")
    b.append(f'<div class="share"><span>{e(X["share"])}</span> '
             f'<a href="https://www.facebook.com/sharer/sharer.php?u={canon}">Facebook</a> '
             f'<a href="https://twitter.com/intent/tweet?url={canon}">Twitter</a> '
             f'<a href="https://wa.me/?text={canon}">WhatsApp</a></div></div>')
    idx = next(i for i, x in enumerate(items) if x["id"] == it["id"])
    others = [x for x in items if x["id"] != it["id"]]
    others = (others[idx:] + others[:idx])[:3]
    rows = []
    for x in others:
        d = "" if "nodate" in x["traps"] else f'{x["dt"]:%d.%m.%Y %H:%M}'
        img = images(x)
        pic = f'<img src="{img[0]}" alt="">' if img else ""
        rows.append(f'<div class="other-item">{pic}<a href="/{lang}/{kpath(kind)}/{x["id"]}">{e(x["title"])}</a><span class="date">{d}</span></div>')
    b.append(f'<div class="other-news"><h4>{e(X["other"])}</h4>{"".join(rows)}</div>')
    og = imgs[0] if imgs else OGDEF
    return page(lang, sec, "\n".join(b), og, news, canon)


def list_pages(lang, kind, items, list_url, news):
    L, X = LANG[lang], EXTRA[lang]
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    out = {}
    sec = L["news"] if kind == "news" else L["ann"]
    for n, chunk in enumerate(pages, 1):
        rows = []
        for it in chunk:
            d = "" if "nodate" in it["traps"] else longdate(lang, it["dt"])
            rows.append(f'<tr><td class="date">{d}</td><td class="title"><a href="{href(lang, kind, it)}">{e(it["title"])}</a></td></tr>')
        nav = ['<ul class="pagination">']
        for m in range(1, len(pages) + 1):
            act = ' class="active"' if m == n else ""
            nav.append(f'<li{act}><a href="?page={m}">{m}</a></li>')
        nav.append("</ul>")
        body = (f'<h1 class="page-title">{e(sec)}</h1>\n<table class="news-table table">\n'
                f'<thead><tr><th>{e(X["date"])}</th><th>{e(X["title"])}</th></tr></thead>\n<tbody>\n'
                + "\n".join(rows) + "\n</tbody></table>\n" + "".join(nav))
        out[n] = page(lang, sec, body, OGDEF, news)
    return out


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def urlfile(root, url):
    path, _, q = url.partition("?")
    path = path.rstrip("/")
    if q in ("page=1", "PAGEN_1=1"):
        q = ""
    if not path:
        return os.path.join(root, "index.html")
    if os.path.splitext(path)[1]:
        return os.path.join(root, path.lstrip("/"))
    return os.path.join(root, path.lstrip("/") + ("@" + q if q else "") + ".html")


def gen_state(state):
    root = os.path.join(ROOT, state)
    shutil.rmtree(root, ignore_errors=True)
    write(os.path.join(root, "robots.txt"), "User-agent: *\nAllow: /\n")
    write(urlfile(root, "/"), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>DMX</title></head>'
          '<body><a href="/az">Azərbaycanca</a> <a href="/en">English</a> <a href="/ru">Русский</a></body></html>\n')
    for p, d in [(LOGO, png()), (GOVAZ, png()), (LAZY, GIF), (OGDEF, JPEG)]:
        write(urlfile(root, p), d)
    exp = {"site": "portal", "state": state, "list_urls": {}, "pagination":
           "?page=N (relative hrefs, page=1 is the bare list) in ul.pagination: page numbers only, no next link, no rel=next; 10 rows per page",
           "feeds": {}}
    for lang in LANG:
        L = LANG[lang]
        feeds = {k: make_feed(lang, k, state) for k in ("news", "press")}
        news = feeds["news"]
        for kind, items in feeds.items():
            lu = L["news_url"] if kind == "news" else L["ann_url"]
            exp["list_urls"][f"{kind}-{lang}"] = lu
            for n, h in list_pages(lang, kind, items, lu, news).items():
                write(urlfile(root, lu + ("" if n == 1 else f"?page={n}")), h)
            feed = []
            for it in items:
                write(urlfile(root, f"/{lang}/{kpath(kind)}/{it['id']}"), article(lang, kind, it, items, news))
                for src in images(it):
                    write(urlfile(root, src), JPEG)
                if "pdf" in it["traps"]:
                    write(urlfile(root, f"/storage/files/{lang}_{it['id']}.pdf"), PDF)
                date = None if "nodate" in it["traps"] else it["dt"].strftime("%Y-%m-%dT%H:%M")
                feed.append({"url": f"{BASE}/{lang}/{kpath(kind)}/{it['id']}", "title": it["title"],
                             "date": date, "image": BASE + it["img"] if it["img"] else None})
            exp["feeds"][f"{kind}-{lang}"] = feed
        X = EXTRA[lang]
        write(urlfile(root, f"/{lang}"), page(lang, L["home"],
              f'<h1 class="page-title">{e(L["home"])}</h1><div class="home-blocks">'
              f'<a href="/{lang}/content/category/11">{e(L["news"])}</a> <a href="/{lang}/content/category/12">{e(L["ann"])}</a></div>',
              OGDEF, news, f"{BASE}/{lang}"))
    write(os.path.join(root, "EXPECTED.json"), json.dumps(exp, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    for s in ("v1", "v2"):
        gen_state(s)
    print("ok")
