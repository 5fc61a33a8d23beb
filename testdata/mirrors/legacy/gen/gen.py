#!/usr/bin/env python3
"""Generator for the blind mirrors "cardlinks" and "legacy" (stdlib only).

The same file lives in testdata/mirrors/cardlinks/gen/ and
testdata/mirrors/legacy/gen/; it builds the mirror it sits in (the name of
the directory above gen/), or the one named on the command line:

    python3 gen/gen.py            # from inside a mirror directory
    python3 gen.py legacy         # explicit

It writes <mirror>/v1/ and <mirror>/v2/ (deleting them first) and
v1/EXPECTED.json, v2/EXPECTED.json.
"""
import datetime as dt
import html
import json
import os
import random
import shutil
import struct
import sys
import zlib

BASE = "https://migration.gov.az"
LANGS = ["az", "en", "ru"]
UPDATED = "Səhifənin son yenilənmə tarixi: 10.10.2023"


# ---------------------------------------------------------------- binaries
def png(w=2, h=2, rgb=(40, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

# ---------------------------------------------------------------- words
AZ_MON = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
          "sentyabr", "oktyabr", "noyabr", "dekabr"]
AZ_ABBR = ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"]
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_ABBR = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]

PLACES = {
    "az": ["Bakı", "Gəncə", "Sumqayıt", "Şəki", "Lənkəran", "Mingəçevir", "Naxçıvan", "Quba",
           "Şamaxı", "Zaqatala", "Şirvan", "Xaçmaz", "Qəbələ", "Ağdam", "Füzuli"],
    "en": ["Baku", "Ganja", "Sumgayit", "Shaki", "Lankaran", "Mingachevir", "Nakhchivan", "Guba",
           "Shamakhi", "Zagatala", "Shirvan", "Khachmaz", "Gabala", "Aghdam", "Fuzuli"],
    "ru": ["Баку", "Гяндже", "Сумгайыте", "Шеки", "Ленкорани", "Мингячевире", "Нахчыване", "Губе",
           "Шамахы", "Загатале", "Ширване", "Хачмазе", "Габале", "Агдаме", "Физули"],
}
NEWS_T = {
    "az": ["Dövlət Miqrasiya Xidmətinin rəisi {p} şəhərində vətəndaşları qəbul edib",
           "{p} regional miqrasiya idarəsində növbəti səyyar qəbul keçirilib",
           "Miqrasiya sahəsində əməkdaşlıq: «{p} – 2026» forumu başa çatıb",
           "Xidmətin əməkdaşları {p} şəhərində maarifləndirici görüş keçiriblər",
           "Qanunsuz miqrasiyaya qarşı mübarizə tədbirləri {p} bölgəsində davam edir",
           "Əcnəbilərin müraciətlərinə {p} şöbəsində baxılıb",
           "Azərbaycan & BMT QAK: {p} görüşündə birgə layihələr müzakirə olunub",
           "{p} şəhərində \"ASAN Viza\" üzrə seminar təşkil olunub"],
    "en": ["Chief of the State Migration Service receives citizens in {p}",
           "Mobile reception held at the {p} regional migration department",
           "Cooperation on migration: the \u00ab{p} \u2013 2026\u00bb forum concludes",
           "Service staff hold an awareness meeting in {p}",
           "Measures against illegal migration continue in the {p} region",
           "Applications of foreigners reviewed at the {p} office",
           "Azerbaijan & UNHCR: joint projects discussed at the {p} meeting",
           "Seminar on \"ASAN Visa\" organised in {p}"],
    "ru": ["Начальник Государственной миграционной службы принял граждан в {p}",
           "В {p} состоялся очередной выездной приём граждан",
           "Сотрудничество в сфере миграции: форум «{p} – 2026» завершил работу",
           "Сотрудники службы провели разъяснительную встречу в {p}",
           "Меры по борьбе с незаконной миграцией продолжаются в {p}",
           "Обращения иностранцев рассмотрены в отделе в {p}",
           "Азербайджан & УВКБ ООН: в {p} обсуждены совместные проекты",
           "В {p} организован семинар по «ASAN Viza»"],
}
PRESS_T = {
    "az": ["Elan: {p} regional idarəsində vakant vəzifələr üzrə müsabiqə",
           "Müsahibə: Xidmətin {p} nümayəndəsi suallara cavab verib",
           "Məqalə: {p} təcrübəsi və miqrasiya siyasəti",
           "Bildiriş: {p} şöbəsində qəbul saatları dəyişir"],
    "en": ["Announcement: competition for vacancies at the {p} regional department",
           "Interview: the Service's {p} representative answers questions",
           "Article: the {p} experience and migration policy",
           "Notice: reception hours change at the {p} office"],
    "ru": ["Объявление: конкурс на вакантные должности в {p}",
           "Интервью: представитель службы в {p} ответил на вопросы",
           "Статья: опыт {p} и миграционная политика",
           "Сообщение: в {p} меняются часы приёма"],
}
SPECIAL = {  # titles that are traps in themselves, placed at fixed positions
    "az": "1 mart 2026-cı il tarixindən əcnəbilər üçün yeni qeydiyyat qaydaları qüvvəyə minir",
    "en": "New registration rules for foreigners take effect from 1 March 2026",
    "ru": "С 1 марта 2026 года вступают в силу новые правила регистрации иностранцев",
}
IOM_TITLE = ("The Chief of the State Migration Service participates in the 114th session "
             "of the Council of the International Organization for Migration")
IOM_TEXT = [
    "The head of the State Migration Service took part in the 114th session of the Council "
    "of the International Organization for Migration, held in a hybrid format.",
    "In his address he spoke about Azerbaijan's cooperation with the IOM and about the "
    "reintegration of people returning to the liberated territories.",
    "The session of the Council continues until 29 November.",
]
EDIT_SUFFIX = {"az": " (yenilənib)", "en": " (updated)", "ru": " (обновлено)"}
NEW_T = {
    "az": "Təcili: {p} şəhərində yeni xidmət mərkəzi açılıb",
    "en": "Breaking: a new service centre opens in {p}",
    "ru": "Срочно: в {p} открылся новый сервисный центр",
}
LEAD = {
    "az": "Xidmətin mətbuat xidmətindən verilən məlumata görə, tədbirdə {p} sakinləri iştirak edib.",
    "en": "According to the Service's press office, residents of {p} attended the event.",
    "ru": "Как сообщает пресс-служба, в мероприятии приняли участие жители ({p}).",
}
BODY = {
    "az": ["Tədbirdə miqrasiya qanunvericiliyində edilmiş son dəyişikliklər barədə məlumat verilib.",
           "Vətəndaşların müraciətləri dinlənilib, onları maraqlandıran suallar cavablandırılıb.",
           "Qeyd olunub ki, növbəti görüşlər 20.03.2026 tarixində davam etdiriləcək."],
    "en": ["Participants were informed about the latest amendments to migration legislation.",
           "Citizens' applications were heard and their questions answered.",
           "It was noted that further meetings will continue on 20.03.2026."],
    "ru": ["Участников проинформировали о последних изменениях миграционного законодательства.",
           "Были выслушаны обращения граждан и даны ответы на их вопросы.",
           "Отмечено, что следующие встречи пройдут 20.03.2026."],
}


# ---------------------------------------------------------------- data
def build_items(site, lang, kind, state):
    """Return the list items in list order (newest first) for one feed and state."""
    seed = f"{site}-{lang}-{kind}"
    rnd = random.Random(seed)
    if kind == "news":
        n = 22 if site == "legacy" else 24
        start = {"az": 16749, "en": 10512, "ru": 11890}[lang]
        temps = NEWS_T[lang]
    else:
        n = 10 if site == "legacy" else 11
        start = {"az": 2893, "en": 433, "ru": 1207}[lang]
        temps = PRESS_T[lang]
    items = []
    when = dt.datetime(2026, 2, 5, 14, 30)
    ident = start
    for i in range(n):
        p = PLACES[lang][i % len(PLACES[lang])]
        title = temps[i % len(temps)].format(p=p)
        if i >= len(PLACES[lang]):
            title += {"az": " (II hissə)", "en": " (part II)", "ru": " (часть II)"}[lang]
        if kind == "news" and i == 4:
            title = SPECIAL[lang]
        it = dict(id=ident, kind=kind, lang=lang, title=title, when=when,
                  list_date=True, art_date=True, place=p, link="plain", i=i)
        if i % 7 == 3:
            it["art_date"] = False          # date only on the list: a day
        if (kind == "news" and i == 13) or (kind == "press" and i == 6):
            it["list_date"] = it["art_date"] = False   # no date anywhere
        if kind == "news" and i == 9:
            it["list_date"] = False         # date only on the article
        # images
        it["img"] = None
        it["lazy"] = False
        if site == "cardlinks":
            it["cover"] = i % 5 != 2
            if i % 3 == 0:
                it["img"] = f"/media/text/{ident}.png"
                it["lazy"] = i % 6 == 0
        else:
            if i % 4 != 1:
                it["img"] = f"/uploads/news/{ident}.png" if kind == "news" else f"/uploads/press/{ident}.png"
                it["lazy"] = i % 5 == 0
        it["script"] = i % 8 == 2
        if site == "legacy":
            if i % 6 == 1:
                it["link"] = "indexphp"
            elif i % 6 == 4:
                it["link"] = "www"
        items.append(it)
        ident -= rnd.choice([1, 1, 2, 3])
        when -= dt.timedelta(hours=rnd.choice([5, 9, 14, 20, 27]), minutes=rnd.choice([0, 5, 15, 40]))
    if lang == "en" and kind == "news":
        # the founding sample article, oldest item of the English news feed
        items[-1].update(id=9987, title=IOM_TITLE, when=dt.datetime(2023, 11, 27, 11, 15),
                         list_date=True, art_date=True, iom=True)
    if state == "v2":
        k = 3 if kind == "news" else 2
        new = []
        for j in range(k):
            p = PLACES[lang][(j * 4 + 2) % len(PLACES[lang])]
            new.append(dict(id=start + 1 + (k - j) * 2, kind=kind, lang=lang,
                            title=NEW_T[lang].format(p=p) + ("" if j == 0 else f" ({j + 1})"),
                            when=dt.datetime(2026, 2, 6, 9 + j * 0, 0) - dt.timedelta(hours=2 * j),
                            list_date=True, art_date=True, place=p, link="plain", i=100 + j,
                            img=(f"/media/text/{start + 1 + (k - j) * 2}.png" if site == "cardlinks"
                                 else f"/uploads/news/{start + 1 + (k - j) * 2}.png") if j != 1 else None,
                            lazy=False, cover=True, script=False))
        edit = 8 if kind == "news" else 5
        items[edit] = dict(items[edit], title=items[edit]["title"] + EDIT_SUFFIX[lang])
        respell = 11 if kind == "news" else 3
        items[respell] = dict(items[respell], link="both")
        items = new + items
    return items


def canon(it):
    return f"{BASE}/{it['lang']}/{it['kind']}_detail/{it['id']}"


def href(it):
    path = f"/{it['lang']}/{it['kind']}_detail/{it['id']}"
    return {"plain": path,
            "indexphp": "/index.php" + path,
            "www": "http://www.migration.gov.az" + path,
            "both": "https://www.migration.gov.az/index.php" + path}[it["link"]]


def exp_date(it):
    if it["art_date"]:
        return it["when"].strftime("%Y-%m-%dT%H:%M")
    if it["list_date"]:
        return it["when"].strftime("%Y-%m-%d")
    return None


def exp_item(it):
    return {"url": canon(it), "title": it["title"], "date": exp_date(it),
            "image": BASE + it["img"] if it["img"] else None}


def body_lines(it):
    if it.get("iom"):
        return IOM_TEXT
    return [LEAD[it["lang"]].format(p=it["place"])] + BODY[it["lang"]]


def e(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- cardlinks
CL = {
    "lists": {"az": ("xeber-lenti", "elanlar-ve-bildirisler"), "en": ("newsroom", "notices"),
              "ru": ("lenta-novostey", "obyavleniya-i-soobshcheniya")},
    "menu": {"az": ("Xəbərlər", "Elanlar", "Mətbuat mərkəzi"), "en": ("News", "Announcements", "Press centre"),
             "ru": ("Новости", "Объявления", "Пресс-центр")},
    "more": {"az": "Daha çox xəbər", "en": "Load more", "ru": "Показать ещё"},
    "date": {"az": "Tarix", "en": "Date", "ru": "Дата"},
    "views": {"az": "Baxış", "en": "Views", "ru": "Просмотров"},
    "site": {"az": "Dövlət Miqrasiya Xidməti", "en": "State Migration Service", "ru": "Государственная миграционная служба"},
    "per": {"news": 10, "press": 8},
}
BANNER = ('<div class="govaz-banner"><a href="https://gov.az"><img src="/static/govaz.png" alt="gov.az">'
          '</a> Azərbaycan Respublikasının rəsmi internet resursu</div>')
COPY = {"az": "© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
        "en": "© 2026 The Republic of Azerbaijan State Migration Service",
        "ru": "© 2026 Государственная миграционная служба Азербайджанской Республики"}


def cl_page(lang, title, main):
    n, a, p = CL["menu"][lang]
    ln, la = CL["lists"][lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{e(title)}</title><link rel="stylesheet" href="/static/site.css"></head>
<body>
{BANNER}
<header><a class="logo" href="/{lang}">{e(CL['site'][lang])}</a>
<nav class="menu"><a href="/{lang}/{ln}">{e(n)}</a><a href="/{lang}/{la}">{e(a)}</a><a href="/{lang}/{la}">{e(p)}</a></nav>
<nav class="langs"><a href="/az">AZ</a><a href="/en">EN</a><a href="/ru">RU</a></nav></header>
<main>
{main}
</main>
<footer><div class="updated">{UPDATED}</div><div class="copy">{COPY[lang]}</div></footer>
</body></html>
"""


def cl_list(lang, kind, items):
    slug = CL["lists"][lang][0 if kind == "news" else 1]
    per = CL["per"][kind]
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    out = {}
    for pi, chunk in enumerate(pages, 1):
        cards = []
        for it in chunk:
            d = f'<span class="card-date">{it["when"].strftime("%d.%m.%Y")}</span>' if it["list_date"] else ""
            cards.append(f'<a class="card" href="{href(it)}">{d}<span class="card-title">{e(it["title"])}</span>'
                         f'<span class="card-lead">{e(LEAD[lang].format(p=it["place"]))}</span></a>')
        more = (f'<div class="more"><a class="load-more" href="?page={pi + 1}">{CL["more"][lang]}</a></div>'
                if pi < len(pages) else "")
        main = f'<div class="cards">\n' + "\n".join(cards) + f"\n</div>\n{more}"
        name = f"{lang}/{slug}.html" if pi == 1 else f"{lang}/{slug}@page={pi}.html"
        out[name] = cl_page(lang, CL["menu"][lang][0 if kind == "news" else 1], main)
    return out


def cl_article(it):
    lang = it["lang"]
    meta = []
    if it["art_date"]:
        meta.append(f'{CL["date"][lang]}: {it["when"].strftime("%d.%m.%Y, %H:%M")}')
    meta.append(f'{CL["views"][lang]}: {1000 + it["id"] % 977}')
    parts = [e(x) for x in body_lines(it)]
    if it["img"]:
        if it["lazy"]:
            img = f'<img class="lazy" src="/static/blank.gif" data-src="{it["img"]}" alt="">'
        else:
            img = f'<img src="{it["img"]}" alt="">'
        parts.insert(1, img)
    if it["script"]:
        parts.insert(2, "<script>document.write('Reklam: 01.01.2027');var views=1;</script>")
    cover = (f'<div class="cover" style="background-image:url(\'/media/{it["id"]}.png\')"></div>\n'
             if it.get("cover") else "")
    main = (f'<article>\n{cover}<h1>{e(it["title"])}</h1>\n<div class="meta">{" | ".join(meta)}</div>\n'
            f'<div class="text">' + "<br><br>".join(parts) + "</div>\n</article>")
    return cl_page(lang, it["title"] + " | " + CL["site"][lang], main)


def build_cardlinks(state):
    files = {}
    lists = {}
    feeds = {}
    for lang in LANGS:
        ln, la = CL["lists"][lang]
        home = ["<h2>" + e(CL["menu"][lang][0]) + "</h2>"]
        for kind in ("news", "press"):
            items = build_items("cardlinks", lang, kind, state)
            files.update(cl_list(lang, kind, items))
            for it in items:
                files[f"{lang}/{it['kind']}_detail/{it['id']}.html"] = cl_article(it)
                if it.get("cover"):
                    files[f"media/{it['id']}.png"] = png()
                if it["img"]:
                    files[it["img"].lstrip("/")] = png(rgb=(200, 60, 60))
            lists[f"{kind}-{lang}"] = f"/{lang}/{ln if kind == 'news' else la}"
            feeds[f"{kind}-{lang}"] = [exp_item(it) for it in items]
            if kind == "news":
                home += [f'<a class="teaser" href="{href(it)}">{e(it["title"])}</a>' for it in items[:3]]
        files[f"{lang}.html"] = cl_page(lang, CL["site"][lang], "\n".join(home))
    files["index.html"] = cl_page("az", CL["site"]["az"], '<a href="/az">Azərbaycanca</a> <a href="/en">English</a> <a href="/ru">Русский</a>')
    files["static/govaz.png"] = png(rgb=(0, 100, 0))
    files["static/blank.gif"] = GIF
    files["static/site.css"] = ".card{display:block}.cover{height:200px;background-size:cover}\n"
    pag = "single 'Daha çox xəbər' / 'Load more' / 'Показать ещё' link (a.load-more) to ?page=N; no page numbers, no rel=next; last page has none"
    return files, lists, pag, feeds


# ---------------------------------------------------------------- legacy
LG = {
    "menu": {"az": ("Əsas səhifə", "Xəbərlər", "Elanlar", "Mətbuat mərkəzi"),
             "en": ("Home", "News", "Announcements", "Press centre"),
             "ru": ("Главная", "Новости", "Объявления", "Пресс-центр")},
    "next": {"az": "Növbəti&gt;", "en": "Next&gt;", "ru": "Далее&gt;"},
    "posted": {"az": "Yerləşdirilib", "en": "Posted", "ru": "Размещено"},
    "archive": {"az": "Xəbər arxivi", "en": "News archive", "ru": "Архив новостей"},
    "site": CL["site"],
    "per": {"news": 9, "press": 6},
    "list": {"news": ("news-aspx", "newslist"), "press": ("announcements-aspx", "announcementslist")},
}


def lg_date(lang, d):
    if lang == "az":
        return f"{d.day} {AZ_ABBR[d.month - 1]} {d.year}"
    if lang == "en":
        return f"{EN_ABBR[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {RU_ABBR[d.month - 1]} {d.year}"


def lg_page(lang, title, main):
    m = LG["menu"][lang]
    charset = "koi8-r" if lang == "ru" else "utf-8"
    rows = [(f"/{lang}", m[0]), (f"/{lang}/news-aspx", m[1]), (f"/{lang}/announcements-aspx", m[2]),
            (f"/{lang}/announcements-aspx", m[3])]
    menu = "\n".join(f'<tr><td class="menuitem"><font face="Tahoma" size="2" color="#003366">'
                     f'<a href="{u}"><font color="#003366">{e(t)}</font></a></font></td></tr>' for u, t in rows)
    arch = "\n".join(f'<tr><td><font face="Tahoma" size="1"><a href="/{lang}/archive/{y}">{y}</a></font></td></tr>'
                     for y in (2025, 2024, 2023))
    doc = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(title)}</title>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%" cellpadding="0" cellspacing="0" class="govaz"><tr><td bgcolor="#e8e8e8"><img src="/images/govaz.png" width="16" height="16" alt="gov.az"> <font face="Tahoma" size="1">Azərbaycan Respublikasının rəsmi internet resursu</font></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><font face="Tahoma" size="5"><b>{e(LG['site'][lang])}</b></font></td>
<td align="right"><a href="/az">AZ</a> | <a href="/en">EN</a> | <a href="/ru">RU</a></td></tr></table>
<table width="100%" cellpadding="4" cellspacing="0"><tr>
<td width="180" valign="top" bgcolor="#f0f4f8">
<table width="100%" cellpadding="3" cellspacing="0">
{menu}
</table>
<br><font face="Tahoma" size="2"><b>{e(LG['archive'][lang])}</b></font>
<table width="100%" cellpadding="2" cellspacing="0">
{arch}
</table>
</td>
<td valign="top">
{main}
</td></tr></table>
<table width="100%"><tr><td align="center"><font face="Tahoma" size="1">{UPDATED}<br>{COPY[lang].replace('2026', '2024') if lang == 'en' else COPY[lang]}</font></td></tr></table>
</body>
</html>
"""
    if lang == "ru":
        return doc.encode("koi8_r", errors="xmlcharrefreplace")
    return doc.encode("utf-8")


def lg_list(lang, kind, items):
    first, pref = LG["list"][kind]
    per = LG["per"][kind]
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    n = len(pages)
    out = {}

    def purl(k):
        return f"/{lang}/{first}" if k == 1 else f"/{lang}/{pref}/{k}"

    for pi, chunk in enumerate(pages, 1):
        rows = []
        for it in chunk:
            d = (f'<font face="Tahoma" size="1" color="#888888">{lg_date(lang, it["when"])}</font>'
                 if it["list_date"] else "&nbsp;")
            rows.append(f'<tr><td width="90" valign="top" class="date">{d}</td>'
                        f'<td valign="top"><a href="{href(it)}"><font face="Tahoma" size="2">{e(it["title"])}</font></a></td></tr>')
        links = []
        for k in range(1, n + 1):
            if k == pi:
                links.append(f"<b>{k}</b>")
            else:
                # on pages 2+ the "1" goes to /{lang}/{pref}/1, a duplicate of page 1
                u = f"/{lang}/{pref}/1" if k == 1 else purl(k)
                links.append(f'<a href="{u}">{k}</a>')
        if pi < n:
            links.append("...")
            links.append(f'<a href="{purl(pi + 1)}">{LG["next"][lang]}</a>')
        main = (f'<table width="100%" cellpadding="3" cellspacing="0" class="newslist">\n' + "\n".join(rows)
                + f'\n<tr><td colspan="2" class="pager" align="center">{" ".join(links)}</td></tr>\n</table>')
        page = lg_page(lang, LG["menu"][lang][1 if kind == "news" else 2] + " - " + LG["site"][lang], main)
        if pi == 1:
            out[f"{lang}/{first}.html"] = page
            out[f"{lang}/{pref}/1.html"] = page
        else:
            out[f"{lang}/{pref}/{pi}.html"] = page
    return out


def lg_article(it):
    lang = it["lang"]
    parts = []
    if it["img"]:
        if it["lazy"]:
            parts.append(f'<img src="/images/spacer.gif" data-src="{it["img"]}" alt="newsPhoto" width="400" border="0"><br>')
        else:
            parts.append(f'<img src="{it["img"]}" alt="newsPhoto" width="400" border="0"><br>')
    parts.append(f'<font face="Tahoma" size="4" class="newstitle"><b>{e(it["title"])}</b></font><br>')
    if it["art_date"]:
        parts.append(f'<font face="Tahoma" size="1" color="#888888">{LG["posted"][lang]}: '
                     f'{it["when"].strftime("%d.%m.%Y %H:%M:%S")}</font><br>')
    body = [f"<p>{e(x)}</p>" for x in body_lines(it)]
    if lang == "en":
        body.insert(1, "<p>&nbsp;</p>")
    if it["script"]:
        body.insert(2, "<script language=\"javascript\">document.write('<b>05.05.2027</b>');</script>")
    parts.append('<div class="newstext">' + "\n".join(body) + "</div>")
    return lg_page(lang, it["title"], "\n".join(parts))


def build_legacy(state):
    files = {}
    lists = {}
    feeds = {}
    for lang in LANGS:
        home = []
        for kind in ("news", "press"):
            items = build_items("legacy", lang, kind, state)
            files.update(lg_list(lang, kind, items))
            for it in items:
                files[f"{lang}/{it['kind']}_detail/{it['id']}.html"] = lg_article(it)
                if it["img"]:
                    files[it["img"].lstrip("/")] = png(rgb=(120, 120, 30))
            lists[f"{kind}-{lang}"] = f"/{lang}/{LG['list'][kind][0]}"
            feeds[f"{kind}-{lang}"] = [exp_item(it) for it in items]
            if kind == "news":
                home += [f'<a href="{href(it)}"><font face="Tahoma" size="2">{e(it["title"])}</font></a><br>'
                         for it in items[:3]]
        files[f"{lang}.html"] = lg_page(lang, LG["site"][lang], "\n".join(home))
    files["index.html"] = lg_page("az", LG["site"]["az"], '<a href="/az">AZ</a> <a href="/en">EN</a> <a href="/ru">RU</a>')
    files["images/govaz.png"] = png(rgb=(0, 100, 0))
    files["images/spacer.gif"] = GIF
    pag = ("page 1 is /{lang}/news-aspx (announcements-aspx); td.pager holds page numbers and a 'Next>' link "
           "(Növbəti>/Next>/Далее>) to /{lang}/newslist/N (announcementslist/N); /{lang}/newslist/1 duplicates page 1")
    return files, lists, pag, feeds


# ---------------------------------------------------------------- main
def write(root, site, state):
    build = build_cardlinks if site == "cardlinks" else build_legacy
    files, lists, pag, feeds = build(state)
    files["robots.txt"] = "User-agent: *\nAllow: /\n"
    sd = os.path.join(root, state)
    shutil.rmtree(sd, ignore_errors=True)
    for name, data in files.items():
        p = os.path.join(sd, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
    exp = {"site": site, "state": state, "list_urls": lists, "pagination": pag, "feeds": feeds}
    with open(os.path.join(sd, "EXPECTED.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    site = sys.argv[1] if len(sys.argv) > 1 else os.path.basename(here)
    root = here if os.path.basename(here) == site else os.path.join(os.path.dirname(here), site)
    for state in ("v1", "v2"):
        write(root, site, state)
    print("wrote", root)


if __name__ == "__main__":
    main()
