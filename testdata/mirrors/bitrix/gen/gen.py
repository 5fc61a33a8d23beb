#!/usr/bin/env python3
"""Generate the 'bitrix' offline mirror (v1/, v2/) of an invented 1C-Bitrix
rendering of migration.gov.az, plus EXPECTED.json for each state.

python3 gen.py   (stdlib only; rewrites ../v1 and ../v2)
"""
import base64, datetime as dt, html, json, os, shutil, struct, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://migration.gov.az"
PER_PAGE = 10
LOGO = "/local/templates/migration/images/logo.png"
LAZY = "/local/templates/migration/images/lazy.gif"
NOPHOTO = "/local/templates/migration/images/no-photo.png"
GOVAZ = "/local/templates/migration/images/gov-az.png"
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
               news_url="/az/press-center/news/", ann_url="/az/press-center/announcements/",
               upd="Səhifənin son yenilənmə tarixi: 10.10.2023", more="Ətraflı",
               all="Bütün xəbərlər", gov="Azərbaycan Respublikasının rəsmi internet resursu",
               copy="© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti"),
    "en": dict(home="Home", about="About us", press="Press centre", news="News",
               ann="Announcements", contact="Contact", next="Next", prev="Previous", pages="Pages:",
               news_url="/en/press-center/news/", ann_url="/en/press-center/announcements/",
               upd="Səhifənin son yenilənmə tarixi: 10.10.2023", more="Read more",
               all="All news", gov="Official internet resource of the Republic of Azerbaijan",
               copy="© 2024 The Republic of Azerbaijan State Migration Service"),
    "ru": dict(home="Главная", about="О нас", press="Пресс-центр", news="Новости",
               ann="Объявления", contact="Контакты", next="След.", prev="Пред.", pages="Страницы:",
               news_url="/ru/press-center/novosti/", ann_url="/ru/press-center/obyavleniya/",
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
        it = dict(id=iid, title=title, dt=d, img=f"/upload/iblock/{iid % 97:03x}/{kind}_{lang}_{iid}.jpg",
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
                             dt=d, img=f"/upload/iblock/{iid % 97:03x}/{kind}_{lang}_{iid}.jpg",
                             traps=set(), place=p, link="abs"))
        if kind == "news":
            news[1]["img"] = None
        t = news + t
    return t


def kpath(kind):
    return "news_detail" if kind == "news" else "press_detail"


def href(lang, kind, it):
    path = f"/{lang}/{kpath(kind)}/{it['id']}"
    s = it["link"]
    return {"abs": BASE + path, "rel_root": path, "www": "https://www.migration.gov.az" + path,
            "indexphp": "/index.php" + path, "relative": f"../../{kpath(kind)}/{it['id']}",
            "proto": "//migration.gov.az" + path,
            "www_indexphp": "https://www.migration.gov.az/index.php" + path}[s]


def e(s):
    return html.escape(s, quote=True)


def page(lang, title, body, og_image, canonical=None, extra_head=""):
    L = LANG[lang]
    menu = (f'<ul class="top-menu">'
            f'<li><a href="/{lang}/">{e(L["home"])}</a></li>'
            f'<li><a href="/{lang}/about/">{e(L["about"])}</a></li>'
            f'<li class="parent"><a href="/{lang}/press-center/">{e(L["press"])}</a>'
            f'<ul class="sub"><li><a href="{L["news_url"]}">{e(L["news"])}</a></li>'
            f'<li><a href="{L["ann_url"]}">{e(L["ann"])}</a></li></ul></li>'
            f'<li><a href="/{lang}/contacts/">{e(L["contact"])}</a></li></ul>')
    langs = "".join(f'<a href="/{l}/" class="lang{" active" if l == lang else ""}">{l.upper()}</a>' for l in LANG)
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<title>{e(title)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:image" content="{BASE}{og_image}">
{can}
<link href="/bitrix/cache/css/s1/migration/template_styles.css?17012345678" rel="stylesheet">
<script src="/bitrix/js/main/core/core.min.js?1701234567"></script>
<script>BX.setJSList(['/bitrix/js/main/core/core.js']);</script>
{extra_head}</head>
<body>
<div id="panel"></div>
<div class="gov-az-banner"><a href="https://gov.az"><img src="{GOVAZ}" alt="gov.az"></a> {e(L["gov"])}</div>
<header class="header"><a class="logo" href="/{lang}/"><img src="{LOGO}" alt="DMX"></a>
<div class="langs">{langs}</div>
{menu}
</header>
<main class="workarea">
{body}
</main>
<div class="page-updated">{e(L["upd"])}</div>
<footer class="footer"><p>{e(L["copy"])}</p></footer>
</body>
</html>
"""


def jsonld(lang, kind, it):
    if "noldjson" in it["traps"]:
        return ""
    d = it["dt"]
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": it["title"]}
    if "nodate" in it["traps"]:
        pass
    elif "utc" in it["traps"]:
        obj["datePublished"] = d.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif "dayonly" in it["traps"]:
        obj["datePublished"] = d.strftime("%Y-%m-%d")
    else:
        obj["datePublished"] = d.strftime("%Y-%m-%dT%H:%M:%S+04:00")
    if it["dt"] and "nodate" not in it["traps"]:
        obj["dateModified"] = (d + dt.timedelta(days=40, hours=3)).strftime("%Y-%m-%dT%H:%M:%S+04:00")
    obj["image"] = [BASE + (it["img"] or LOGO)]
    obj["publisher"] = {"@type": "Organization", "name": "DMX", "logo": {"@type": "ImageObject", "url": BASE + LOGO}}
    if "graph" in it["traps"]:
        obj.pop("@context")
        obj = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": f"{BASE}/{lang}/{kpath(kind)}/{it['id']}", "name": it["title"],
             "datePublished": "2023-10-10T09:00:00+04:00"}, obj]}
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>\n"


def article(lang, kind, it):
    L = LANG[lang]
    canon = f"{BASE}/{lang}/{kpath(kind)}/{it['id']}"
    body = [f'<div class="breadcrumbs"><a href="/{lang}/">{e(L["home"])}</a> / <a href="/{lang}/press-center/">{e(L["press"])}</a> / '
            f'<a href="{L["news_url"] if kind == "news" else L["ann_url"]}">{e(L["news"] if kind == "news" else L["ann"])}</a></div>',
            '<div class="news-detail">']
    if it["img"]:
        if "lazy" in it["traps"]:
            body.append(f'<img class="detail_picture lazyload" src="{LAZY}" data-src="{it["img"]}" alt="newsPhoto" title="{e(it["title"])}">')
        else:
            body.append(f'<img class="detail_picture" border="0" src="{it["img"]}" alt="newsPhoto" title="{e(it["title"])}">')
    body.append(f'<h1 class="news-title">{e(it["title"])}</h1>')
    body.append(f'<div class="news-text"><p>{e(BODY[lang].format(p=it["place"]))}</p>')
    if "iom" in it["traps"]:
        body.append("<p>The Chief of the Service took part, in a hybrid format, in the 114th session of the "
                    "Council of the International Organization for Migration, which continued until 29 November.</p>"
                    "<p>&nbsp;</p><p></p><p>Cooperation with IOM on migration governance was discussed.</p><p>&nbsp;</p>")
    if "script" in it["traps"]:
        body.append('<script>var newsDate = "01.01.2020 00:00"; document.write("<p class=\\"views\\">1234</p>");</script>')
        body.append('<div id="bx_video_1"><script>BX.ready(function(){window.playerInit("bx_video_1", {"date":"2019-05-05T10:00:00+04:00"});});</script></div>')
    if "pdf" in it["traps"]:
        body.append(f'<p><a href="/upload/docs/{lang}_{it["id"]}.pdf">PDF</a></p>')
    body.append("<p>&nbsp;</p></div>")
    body.append(f'<div class="news-views">👁 {100 + it["id"] % 900}</div>')
    body.append(f'<p><a href="{L["news_url"] if kind == "news" else L["ann_url"]}">&larr; {e(L["prev"])}</a></p></div>')
    og = it["img"] or LOGO
    return page(lang, it["title"], "\n".join(body), og, canon, jsonld(lang, kind, it))


def list_pages(lang, kind, items, list_url):
    L = LANG[lang]
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    out = {}
    for n, chunk in enumerate(pages, 1):
        rows = []
        for k, it in enumerate(chunk):
            bx = it["id"] if kind == "news" else 40000 + it["id"]
            t = it["title"]
            shown = t if len(t) <= 90 else t[:80].rstrip() + "..."
            rows.append(f'<div class="news-item" id="bx_3218110189_{bx}">')
            if it["img"]:
                pv = it["img"].replace("/upload/iblock/", "/upload/resize_cache/iblock/").replace(".jpg", "_250_170.jpg")
                if "lazy" in it["traps"]:
                    rows.append(f'<a href="{href(lang, kind, it)}"><img class="preview_picture" src="{LAZY}" data-src="{pv}" width="250" height="170" alt="{e(t)}"></a>')
                else:
                    rows.append(f'<a href="{href(lang, kind, it)}"><img class="preview_picture" src="{pv}" width="250" height="170" alt="{e(t)}"></a>')
            else:
                rows.append(f'<a href="{href(lang, kind, it)}"><img class="preview_picture" src="{NOPHOTO}" width="250" height="170" alt=""></a>')
            if "nodate" not in it["traps"]:
                rows.append(f'<span class="news-date-time">{it["dt"].strftime("%d.%m.%Y")}</span>')
            rows.append(f'<b><a href="{href(lang, kind, it)}">{e(shown)}</a></b><br>')
            rows.append(f'<p class="preview-text">{e(BODY[lang].format(p=it["place"]))}</p>')
            rows.append('<div style="clear:both"></div></div>')
        nav = [f'<div class="modern-page-navigation"><span class="modern-page-title">{e(L["pages"])}</span>']
        if n > 1:
            prev = list_url if n == 2 else f"{list_url}?PAGEN_1={n - 1}"
            nav.append(f'<a class="modern-page-previous" href="{prev}">{e(L["prev"])}</a>')
        for m in range(1, len(pages) + 1):
            if m == n:
                nav.append(f'<span class="modern-page-current">{m}</span>')
            else:
                u = list_url if m == 1 else f"{list_url}?PAGEN_1={m}"
                cls = "modern-page-first" if m == 1 else ("modern-page-dots" if False else "")
                nav.append(f'<a class="{cls}" href="{u}">{m}</a>' if cls else f'<a href="{u}">{m}</a>')
        if n < len(pages):
            nav.append(f'<a class="modern-page-next" href="{list_url}?PAGEN_1={n + 1}">{e(L["next"])}</a>')
        nav.append("</div>")
        title = L["news"] if kind == "news" else L["ann"]
        body = (f'<h1>{e(title)}</h1>\n<div class="news-list">\n' + "\n".join(rows) + "\n"
                + "<br>" + " ".join(nav) + "\n</div>")
        out[n] = page(lang, title, body, LOGO, BASE + list_url + ("" if n == 1 else f"?PAGEN_1={n}"))
    return out


def home(lang, news):
    L = LANG[lang]
    rows = "".join(f'<li><span class="date">{it["dt"].strftime("%d.%m.%Y") if "nodate" not in it["traps"] else ""}</span> '
                   f'<a href="/{lang}/news_detail/{it["id"]}">{e(it["title"])}</a></li>' for it in news[:4])
    body = (f'<section class="main-news"><h2>{e(L["news"])}</h2><ul>{rows}</ul>'
            f'<a class="all" href="{L["news_url"]}">{e(L["all"])}</a></section>')
    return page(lang, L["home"], body, LOGO, f"{BASE}/{lang}/")


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def urlfile(root, url):
    """Offline-server mapping used by the generator (path[?query] -> file)."""
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
    write(urlfile(root, "/"), '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=/az/">'
          '<title>DMX</title></head><body><a href="/az/">AZ</a> <a href="/en/">EN</a> <a href="/ru/">RU</a></body></html>\n')
    for p, d in [(LOGO, png()), (NOPHOTO, png()), (GOVAZ, png()), (LAZY, GIF)]:
        write(urlfile(root, p), d)
    exp = {"site": "bitrix", "state": state, "list_urls": {}, "pagination":
           "Bitrix ?PAGEN_1=N (page 1 is the bare list URL) in div.modern-page-navigation: numbered links plus a.modern-page-next (Növbəti/Next/След.), 10 items per page",
           "feeds": {}}
    for lang in LANG:
        L = LANG[lang]
        news = None
        for kind in ("news", "press"):
            items = make_feed(lang, kind, state)
            if kind == "news":
                news = items
            lu = L["news_url"] if kind == "news" else L["ann_url"]
            exp["list_urls"][f"{kind}-{lang}"] = lu
            for n, h in list_pages(lang, kind, items, lu).items():
                write(urlfile(root, lu + ("" if n == 1 else f"?PAGEN_1={n}")), h)
            feed = []
            for it in items:
                write(urlfile(root, f"/{lang}/{kpath(kind)}/{it['id']}"), article(lang, kind, it))
                if it["img"]:
                    write(urlfile(root, it["img"]), JPEG)
                    pv = it["img"].replace("/upload/iblock/", "/upload/resize_cache/iblock/").replace(".jpg", "_250_170.jpg")
                    write(urlfile(root, pv), JPEG)
                if "pdf" in it["traps"]:
                    write(urlfile(root, f"/upload/docs/{lang}_{it['id']}.pdf"), PDF)
                tr = it["traps"]
                if "nodate" in tr:
                    date = None
                elif "dayonly" in tr or "noldjson" in tr:
                    date = it["dt"].strftime("%Y-%m-%d")
                else:
                    date = it["dt"].strftime("%Y-%m-%dT%H:%M")
                feed.append({"url": f"{BASE}/{lang}/{kpath(kind)}/{it['id']}", "title": it["title"],
                             "date": date, "image": BASE + it["img"] if it["img"] else None})
            exp["feeds"][f"{kind}-{lang}"] = feed
        write(urlfile(root, f"/{lang}/"), home(lang, news))
        write(urlfile(root, f"/{lang}/press-center/"), page(lang, L["press"],
              f'<h1>{e(L["press"])}</h1><ul><li><a href="{L["news_url"]}">{e(L["news"])}</a></li>'
              f'<li><a href="{L["ann_url"]}">{e(L["ann"])}</a></li></ul>', LOGO))
    write(os.path.join(root, "EXPECTED.json"), json.dumps(exp, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    for s in ("v1", "v2"):
        gen_state(s)
    print("ok")
