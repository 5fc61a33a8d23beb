#!/usr/bin/env python3
"""Generator for the "plain" offline mirror of migration.gov.az.

Style: a minimal hand-rolled PHP government CMS. Almost no classes or ids,
plain markup, the <h1> of every page is the site name, <title> is the site
name too, article titles are <h2>, dates sit at the bottom of the article in
<p><i>...</i></p>.

Run:  python3 gen.py      (writes v1/ and v2/ next to this file)
Stdlib only.
"""
import base64
import html
import json
import os
import shutil
import struct
import zlib
from datetime import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
HOST = "https://migration.gov.az"

# --------------------------------------------------------------------------
# assets (tiny but valid files)
# --------------------------------------------------------------------------


def jpeg_bytes():
    """8x8 grey baseline JPEG, one block, DC=0, EOB (single-code tables)."""
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb\x00\x43\x00" + bytes([1] * 64)
    sof = b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    counts = bytes([1] + [0] * 15)
    dht_dc = b"\xff\xc4\x00\x14\x00" + counts + b"\x00"
    dht_ac = b"\xff\xc4\x00\x14\x10" + counts + b"\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    data = b"\x3f"  # bits: 0 (DC cat 0) 0 (EOB) + 1-padding
    return soi + app0 + dqt + sof + dht_dc + dht_ac + sos + data + b"\xff\xd9"


def png_bytes(w=8, h=8, rgb=(29, 79, 145)):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


GIF = base64.b64decode(
    "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def pdf_bytes(text):
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = ("BT /F1 14 Tf 72 770 Td (%s) Tj ET" % text).encode("latin-1")
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream
                + b"\nendstream")
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


# --------------------------------------------------------------------------
# language boilerplate
# --------------------------------------------------------------------------

SITE = {
    "az": dict(
        name="Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
        banner='Azərbaycan Respublikası dövlət orqanının rəsmi internet səhifəsi &nbsp; <a href="https://www.gov.az"><img src="/images/govaz.png" alt="gov.az"> gov.az</a>',
        updated="Səhifənin son yenilənmə tarixi: 10.10.2023",
        footer="&copy; 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
        news_h="Xəbərlər", press_h="Mətbuat mərkəzi", int_h="Müsahibələr",
        art_h="Məqalələr", other="Digər xəbərlər", all_news="Bütün xəbərlər",
        latest="Son xəbərlər", all_press="Bütün elanlar", attach="Əlavə",
        lists=dict(news="allnews", press="elanlar", interview="musahibeler",
                   article="meqaleler"),
        menu=[("/az", "Əsas səhifə"), ("/az/news", "Xəbərlər"),
              ("/az/elanlar", "Mətbuat mərkəzi",
               [("/az/allnews", "Xəbərlər"), ("/az/elanlar", "Elanlar"),
                ("/az/musahibeler", "Müsahibələr"),
                ("/az/meqaleler", "Məqalələr")]),
              ("/az/contact", "Əlaqə")],
    ),
    "en": dict(
        name="The State Migration Service of the Republic of Azerbaijan",
        banner='Official website of a state body of the Republic of Azerbaijan &nbsp; <a href="https://www.gov.az"><img src="/images/govaz.png" alt="gov.az"> gov.az</a>',
        updated="Page last updated: 10.10.2023",
        footer="&copy; 2026 The Republic of Azerbaijan State Migration Service",
        news_h="News", press_h="Press centre", int_h="Interviews",
        art_h="Articles", other="Other news", all_news="All news",
        latest="Latest news", all_press="All announcements", attach="Attachment",
        lists=dict(news="allnews", press="announcements",
                   interview="interviews", article="articles"),
        menu=[("/en", "Home"), ("/en/news", "News"),
              ("/en/announcements", "Press centre",
               [("/en/allnews", "News"), ("/en/announcements", "Announcements"),
                ("/en/interviews", "Interviews"), ("/en/articles", "Articles")]),
              ("/en/contact", "Contact")],
    ),
    "ru": dict(
        name="Государственная миграционная служба Азербайджанской Республики",
        banner='Официальный сайт государственного органа Азербайджанской Республики &nbsp; <a href="https://www.gov.az"><img src="/images/govaz.png" alt="gov.az"> gov.az</a>',
        updated="Последнее обновление страницы: 10.10.2023",
        footer="&copy; 2026 Государственная миграционная служба Азербайджанской Республики",
        news_h="Новости", press_h="Пресс-центр", int_h="Интервью",
        art_h="Статьи", other="Другие новости", all_news="Все новости",
        latest="Последние новости", all_press="Все объявления",
        attach="Приложение",
        lists=dict(news="allnews", press="obyavleniya", interview="intervyu",
                   article="stati"),
        menu=[("/ru", "Главная"), ("/ru/news", "Новости"),
              ("/ru/obyavleniya", "Пресс-центр",
               [("/ru/allnews", "Новости"), ("/ru/obyavleniya", "Объявления"),
                ("/ru/intervyu", "Интервью"), ("/ru/stati", "Статьи")]),
              ("/ru/contact", "Контакты")],
    ),
}

AZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
        "sentyabr", "oktyabr", "noyabr", "dekabr"]
EN_M = ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"]


def az_suffix(year):
    last, tens = year % 10, (year // 10) % 10
    if last:
        return {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı",
                7: "ci", 8: "ci", 9: "cu"}[last]
    return {0: "ci", 1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı",
            7: "ci", 8: "ci", 9: "cı"}[tens]


def list_date(lang, d):
    if lang == "az":
        return "%02d %s, %d" % (d.day, AZ_M[d.month - 1], d.year)
    if lang == "en":
        return "%s %d, %d" % (EN_M[d.month - 1], d.day, d.year)
    return "%d %s %d г." % (d.day, RU_M[d.month - 1], d.year)


def art_date(lang, d, with_time=True):
    t = ", %02d:%02d" % (d.hour, d.minute) if with_time else ""
    if lang == "az":
        return "%d %s %d-%s il%s" % (d.day, AZ_M[d.month - 1], d.year,
                                     az_suffix(d.year), t)
    if lang == "en":
        return "%d %s %d%s" % (d.day, EN_M[d.month - 1], d.year, t)
    return "%d %s %d г.%s" % (d.day, RU_M[d.month - 1], d.year, t)


def esc(s):
    """PHP htmlspecialchars(ENT_QUOTES) as the CMS does for titles."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#039;"))


def trunc(t, limit=100):
    if len(t) <= limit:
        return t
    cut = t[:95]
    cut = cut[:cut.rfind(" ")]
    return cut.rstrip(",;:") + "..."


# --------------------------------------------------------------------------
# content
#   story keys: id, dt, v2new, type (press), and per language dicts with
#   t    title            t2   title in v2 (edited)
#   th   raw title HTML   th2  raw title HTML in v2
#   b    body paragraphs (plain strings are wrapped in <p>, strings that
#        start with "<" are inserted raw)
#   ld   False -> no date span on list pages
#   ad   False -> no date on the article page;  at False -> date without time
#   img  dict(src, pos, alt, lazy, attrs)
#   href list-link spelling ("root", "rel" or a literal);  href2 in v2
#   bom  UTF-8 BOM;  old  legacy windows-1252 template;  ws whitespace in
#   the list anchor;  noli  missing </li>;  pdf  [(href, label)]
# --------------------------------------------------------------------------

NEWS = [
    dict(id=16752, dt="2026-02-05 15:20", v2new=True,
         az=dict(t="Dövlət Miqrasiya Xidmətinin rəisi BMT Qaçqınlar üzrə Ali Komissarlığının Azərbaycandakı nümayəndəsi ilə görüşüb",
                 img=dict(src="/uploads/news/16752.jpg", pos=0),
                 b=["Fevralın 5-də Dövlət Miqrasiya Xidmətinin rəisi BMT Qaçqınlar üzrə Ali Komissarlığının (BMT QAK) Azərbaycandakı nümayəndəsi ilə görüşüb.",
                    "Görüşdə sığınacaq axtaran şəxslərin müraciətlərinə baxılması prosedurlarının təkmilləşdirilməsi, qaçqın statusu almış şəxslərin cəmiyyətə inteqrasiyası və əməkdaşlığın 2026-cı il üzrə prioritetləri müzakirə edilib.",
                    "Tərəflər birgə təlimlərin və maarifləndirmə tədbirlərinin davam etdirilməsinin vacibliyini qeyd ediblər."]),
         en=dict(t="Chief of the State Migration Service meets UNHCR Representative in Azerbaijan",
                 img=dict(src="/uploads/news/16752.jpg", pos=0),
                 b=["On 5 February, the Chief of the State Migration Service met with the Representative of the UN High Commissioner for Refugees (UNHCR) in Azerbaijan.",
                    "The sides discussed the improvement of asylum procedures, the integration of recognised refugees into society and the priorities of cooperation for 2026.",
                    "They also stressed the importance of continuing joint trainings and awareness-raising events."]),
         ru=dict(t="Начальник Государственной миграционной службы встретился с представителем УВКБ ООН в Азербайджане",
                 img=dict(src="/uploads/news/16752.jpg", pos=0),
                 b=["5 февраля начальник Государственной миграционной службы встретился с представителем Управления Верховного комиссара ООН по делам беженцев (УВКБ ООН) в Азербайджане.",
                    "В ходе встречи обсуждались совершенствование процедур рассмотрения ходатайств о предоставлении убежища, интеграция признанных беженцев и приоритеты сотрудничества на 2026 год."])),
    dict(id=16750, dt="2026-02-05 11:05", v2new=True,
         az=dict(t="Xarici tələbələr üçün miqrasiya qanunvericiliyi üzrə maarifləndirmə görüşü keçirilib", ad=False,
                 b=["Dövlət Miqrasiya Xidmətinin əməkdaşları Azərbaycan Dövlət Neft və Sənaye Universitetində təhsil alan xarici tələbələrlə görüşüblər.",
                    "Görüşdə tələbələrə ölkədə müvəqqəti olma müddətinin uzadılması, yaşayış yeri üzrə qeydiyyat və təhsil müddətində əmək fəaliyyəti ilə bağlı tələblər izah olunub, onları maraqlandıran suallar cavablandırılıb."]),
         ru=dict(t="Для иностранных студентов проведена разъяснительная встреча по миграционному законодательству",
                 b=["Сотрудники Государственной миграционной службы встретились с иностранными студентами Азербайджанского государственного университета нефти и промышленности.",
                    "Студентам разъяснили порядок продления срока временного пребывания, регистрации по месту жительства и требования к трудовой деятельности в период обучения."])),
    dict(id=16749, dt="2026-02-04 17:45", v2new=True,
         az=dict(t="Yanvar ayında 6 mindən çox əcnəbiyə müvəqqəti yaşama icazəsi verilib", href="rel",
                 b=["2026-cı ilin yanvar ayında Dövlət Miqrasiya Xidməti tərəfindən 6 214 əcnəbi və vətəndaşlığı olmayan şəxsə Azərbaycan Respublikasının ərazisində müvəqqəti yaşama icazəsi verilib.",
                    "Həmin dövrdə 1 087 nəfərə daimi yaşama icazəsi verilib, 9 412 əcnəbinin ölkədə müvəqqəti olma müddəti uzadılıb. Müraciətlərin 82 faizi elektron qaydada daxil olub."]),
         en=dict(t="Over 6,000 foreigners granted temporary residence permits in January", href="rel",
                 b=["In January 2026, the State Migration Service issued temporary residence permits to 6,214 foreigners and stateless persons.",
                    "During the same period, 1,087 persons received permanent residence permits and the period of temporary stay was extended for 9,412 foreigners. 82 per cent of the applications were submitted electronically."]),
         ru=dict(t="В январе более 6 тысяч иностранцев получили разрешение на временное проживание",
                 b=["В январе 2026 года Государственная миграционная служба выдала разрешение на временное проживание на территории Азербайджанской Республики 6 214 иностранцам и лицам без гражданства.",
                    "За тот же период 1 087 человек получили разрешение на постоянное проживание, 9 412 иностранцам продлен срок временного пребывания. 82 процента обращений поступили в электронном виде."])),
    # ---------------------------------------------------------------- v1
    dict(id=16747, dt="2026-02-04 10:30",
         az=dict(t="Müvəqqəti yaşama icazəsinin müddətinin uzadılması artıq tam elektron qaydada həyata keçirilir",
                 b=['Dövlət Miqrasiya Xidməti tərəfindən göstərilən "Müvəqqəti yaşama icazəsinin müddətinin uzadılması" xidməti tam elektronlaşdırılıb.',
                    'Artıq əcnəbilər və vətəndaşlığı olmayan şəxslər Xidmətə şəxsən yaxınlaşmadan <a href="https://e-xidmet.migration.gov.az" onclick="trackOut(this.href);">e-xidmet.migration.gov.az</a> portalı vasitəsilə müraciət edə, dövlət rüsumunu onlayn ödəyə və icazə vəsiqəsinin hazır olması barədə SMS bildiriş ala bilərlər.',
                    "Qeyd edək ki, müraciət icazənin müddəti bitməzdən ən azı 30 gün əvvəl təqdim edilməlidir.",
                    "<script>function trackOut(u){ if(window.ga){ ga('send','event','outbound','click',u); } }</script>"]),
         en=dict(t="Extension of temporary residence permits is now fully electronic",
                 b=['The service "Extension of the period of a temporary residence permit" provided by the State Migration Service has been fully digitalised.',
                    'Foreigners and stateless persons can now apply through the <a href="https://e-xidmet.migration.gov.az" onclick="trackOut(this.href);">e-xidmet.migration.gov.az</a> portal without visiting the Service, pay the state fee online and receive an SMS notification when the permit card is ready.',
                    "Applications must be submitted at least 30 days before the permit expires.",
                    "<script>function trackOut(u){ if(window.ga){ ga('send','event','outbound','click',u); } }</script>"]),
         ru=dict(t="Продление разрешения на временное проживание теперь осуществляется полностью в электронном виде",
                 b=["Услуга «Продление срока разрешения на временное проживание», оказываемая Государственной миграционной службой, полностью переведена в электронный формат.",
                    "Иностранцы и лица без гражданства могут подать заявление через портал e-xidmet.migration.gov.az, не посещая Службу, оплатить государственную пошлину онлайн и получить SMS-уведомление о готовности удостоверения.",
                    "Заявление необходимо подать не позднее чем за 30 дней до истечения срока разрешения."])),
    dict(id=16745, dt="2026-02-03 16:10",
         az=dict(t="Naxçıvan regional miqrasiya idarəsində vətəndaşların qəbulu keçirilib",
                 b=["Dövlət Miqrasiya Xidmətinin rəis müavini Naxçıvan regional miqrasiya idarəsində vətəndaşları qəbul edib.",
                    "Qəbulda 27 nəfər yaşama icazəsi, vətəndaşlıq və yaşayış yeri üzrə qeydiyyat məsələləri ilə bağlı müraciət edib. Müraciətlərin bir qismi yerində həll olunub, digərləri ilə bağlı aidiyyəti struktur bölmələrinə tapşırıqlar verilib."]),
         ru=dict(t="В Нахчыванском региональном миграционном управлении состоялся прием граждан",
                 b=["Заместитель начальника Государственной миграционной службы провел прием граждан в Нахчыванском региональном миграционном управлении.",
                    "На приеме 27 человек обратились по вопросам вида на жительство, гражданства и регистрации по месту жительства. Часть обращений решена на месте, по остальным даны поручения соответствующим подразделениям."])),
    dict(id=16744, dt="2026-02-03 11:00",
         az=dict(t="DMX və Beynəlxalq Miqrasiya Təşkilatı əməkdaşlar üçün birgə təlim təşkil edib",
                 img=dict(src="/uploads/news/16744.jpg", pos=0),
                 b=['Dövlət Miqrasiya Xidməti və Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı nümayəndəliyi tərəfindən Xidmətin əməkdaşları üçün "İnsan alveri qurbanlarının erkən müəyyən edilməsi" mövzusunda iki günlük təlim təşkil olunub.',
                    "Təlimdə beynəlxalq ekspertlər müsahibə aparma metodikası, həssas qrupların müəyyən edilməsi və qurbanların müvafiq qurumlara yönləndirilməsi mexanizmləri barədə məlumat veriblər.",
                    "Sonda iştirakçılara sertifikatlar təqdim olunub."]),
         en=dict(t="SMS and IOM hold joint training for migration officers",
                 img=dict(src="/uploads/news/16744.jpg", pos=0),
                 b=['The State Migration Service and the IOM Mission in Azerbaijan organised a two-day training for the staff of the Service on "Early identification of victims of trafficking in human beings".',
                    "International experts presented interviewing techniques, the identification of vulnerable groups and referral mechanisms. At the end, participants were awarded certificates."]),
         ru=dict(t="ГМС и Международная организация по миграции провели совместный тренинг для сотрудников",
                 img=dict(src="/uploads/news/16744.jpg", pos=0),
                 b=["Государственная миграционная служба и представительство Международной организации по миграции (МОМ) в Азербайджане организовали для сотрудников Службы двухдневный тренинг на тему «Раннее выявление жертв торговли людьми».",
                    "Международные эксперты рассказали о методике проведения собеседований, выявлении уязвимых групп и механизмах перенаправления пострадавших в профильные структуры."])),
    dict(id=16742, dt="2026-02-02 14:15",
         az=dict(t="2026-cı il üçün əmək miqrasiyası kvotası müəyyən edilib",
                 href="news_detail/16742?utm_source=telegram",
                 b=["Nazirlər Kabinetinin qərarı ilə 2026-cı il üçün Azərbaycan Respublikasına əmək miqrasiyası kvotası 11 500 nəfər müəyyən edilib.",
                    "Kvotanın əsas hissəsi tikinti, emal sənayesi və xidmət sahələrinin payına düşür. İş icazəsi almaq üçün işəgötürənlər müraciətlərini Dövlət Miqrasiya Xidmətinin elektron portalı vasitəsilə təqdim edə bilərlər."]),
         en=dict(t="Labour migration quota for 2026 established",
                 b=["By a decision of the Cabinet of Ministers, the labour migration quota of the Republic of Azerbaijan for 2026 has been set at 11,500 persons.",
                    "Most of the quota is allocated to construction, manufacturing and services. Employers may submit work permit applications via the electronic portal of the State Migration Service."]),
         ru=dict(t="Установлена квота трудовой миграции на 2026 год",
                 b=["Решением Кабинета Министров квота трудовой миграции в Азербайджанскую Республику на 2026 год определена в 11 500 человек.",
                    "Основная часть квоты приходится на строительство, обрабатывающую промышленность и сферу услуг. Работодатели могут подать заявления на получение разрешения на работу через электронный портал Государственной миграционной службы."])),
    dict(id=16740, dt="2026-01-30 12:40",
         az=dict(t="Bakıda qanunsuz miqrasiyaya qarşı profilaktik tədbirlər davam etdirilir", ld=False,
                 b=["Dövlət Miqrasiya Xidmətinin Miqrasiya nəzarəti idarəsi tərəfindən Bakı şəhərinin Nərimanov və Xətai rayonlarında profilaktik tədbirlər keçirilib.",
                    "Tədbirlər zamanı miqrasiya qanunvericiliyini pozan 43 əcnəbi aşkar edilib, onlardan 12 nəfərin ölkədən inzibati qaydada çıxarılması barədə qərar qəbul olunub."]),
         en=dict(t="Preventive measures against illegal migration continue in Baku",
                 b=["The Migration Control Department of the State Migration Service carried out preventive measures in the Narimanov and Khatai districts of Baku.",
                    "43 foreigners violating the migration legislation were identified; decisions on the administrative expulsion of 12 of them were taken."]),
         ru=dict(t="В Баку продолжаются профилактические мероприятия по борьбе с незаконной миграцией", ld=False,
                 b=["Управлением миграционного контроля Государственной миграционной службы проведены профилактические мероприятия в Наримановском и Хатаинском районах Баку.",
                    "В ходе мероприятий выявлены 43 иностранца, нарушивших миграционное законодательство, в отношении 12 из них принято решение об административном выдворении."])),
    dict(id=16738, dt="2026-01-29 10:20",
         az=dict(t="Gürcüstan Daxili İşlər Nazirliyinin nümayəndə heyəti DMX-də səfərdə olub",
                 b=["Gürcüstan Daxili İşlər Nazirliyinin Miqrasiya Departamentinin nümayəndə heyəti Dövlət Miqrasiya Xidmətində olub.",
                    "Görüşdə iki ölkə arasında miqrasiya sahəsində informasiya mübadiləsi, sərhədyanı ərazilərdə birgə fəaliyyət və readmissiya məsələləri müzakirə edilib. Qonaqlar Vahid Miqrasiya İnformasiya Sisteminin imkanları ilə tanış olublar."]),
         en=dict(t="Delegation of the Ministry of Internal Affairs of Georgia visits the SMS",
                 href="rel",
                 href2="https://www.migration.gov.az/index.php/en/news_detail/16738",
                 b=["A delegation of the Migration Department of the Ministry of Internal Affairs of Georgia visited the State Migration Service.",
                    "The sides discussed information exchange in the field of migration, joint work in border areas and readmission issues. The guests were shown the capabilities of the Unified Migration Information System."]),
         ru=dict(t="Делегация Министерства внутренних дел Грузии посетила ГМС",
                 b=["Делегация Миграционного департамента Министерства внутренних дел Грузии побывала в Государственной миграционной службе.",
                    "Стороны обсудили обмен информацией в сфере миграции, совместную работу в приграничных районах и вопросы реадмиссии."])),
    dict(id=16736, dt="2026-01-28 15:00",
         az=dict(t="Gəncə regional miqrasiya idarəsində yenilənmiş vətəndaş xidməti zalı istifadəyə verilib",
                 href="http://www.migration.gov.az/az/news_detail/16736",
                 b=["Dövlət Miqrasiya Xidmətinin Gəncə regional miqrasiya idarəsində əsaslı təmirdən sonra vətəndaş xidməti zalı istifadəyə verilib.",
                    "Zalda elektron növbə sistemi, özünəxidmət terminalları və sənədlərin skan edilməsi üçün avadanlıq quraşdırılıb. Gəncə, Göygöl, Samux və Şəmkir rayonlarından olan əcnəbilər və vətəndaşlığı olmayan şəxslər burada xidmət ala biləcəklər."]),
         ru=dict(t="В Гянджинском региональном миграционном управлении открыт обновленный зал обслуживания граждан",
                 b=["После капитального ремонта в Гянджинском региональном миграционном управлении Государственной миграционной службы открыт зал обслуживания граждан.",
                    "В зале установлены электронная система очереди, терминалы самообслуживания и оборудование для сканирования документов."])),
    dict(id=16735, dt="2026-01-27 11:30",
         az=dict(t="Azərbaycan Respublikasının vətəndaşlığına qəbul olunan şəxslərə şəhadətnamələr təqdim edilib",
                 b=["Azərbaycan Respublikası Prezidentinin fərmanı ilə vətəndaşlığa qəbul olunan 38 nəfərə Dövlət Miqrasiya Xidmətində təntənəli şəraitdə şəhadətnamələr təqdim edilib.",
                    "Tədbirdə çıxış edənlər vətəndaşlığın yüksək məsuliyyət olduğunu vurğulayıb, yeni vətəndaşları təbrik ediblər."]),
         en=dict(t="Certificates presented to persons admitted to the citizenship of the Republic of Azerbaijan",
                 b=["Certificates were presented at a ceremony in the State Migration Service to 38 persons admitted to the citizenship of the Republic of Azerbaijan by the decree of the President.",
                    "Speakers at the event congratulated the new citizens and noted the responsibility that citizenship brings."]),
         ru=dict(t="Лицам, принятым в гражданство Азербайджанской Республики, вручены свидетельства",
                 href="/ru/news_detail/16735?utm_source=telegram&amp;utm_medium=social",
                 b=["В Государственной миграционной службе в торжественной обстановке вручены свидетельства 38 лицам, принятым в гражданство Азербайджанской Республики указом Президента.",
                    "Выступавшие поздравили новых граждан и подчеркнули, что гражданство — это высокая ответственность."])),
    dict(id=16733, dt="2026-01-26 16:50",
         az=dict(t="Miqrasiya Xidmətində ötən ilin yekunlarına həsr olunmuş kollegiya iclası keçirilib",
                 t2="Dövlət Miqrasiya Xidmətində 2025-ci ilin yekunlarına həsr olunmuş kollegiya iclası keçirilib",
                 img=dict(src="/uploads/news/16733.jpg", pos=1, lazy=True),
                 b=["Dövlət Miqrasiya Xidmətində 2025-ci ilin yekunlarına və qarşıda duran vəzifələrə həsr olunmuş kollegiya iclası keçirilib.",
                    "İclasda bildirilib ki, ötən il Xidmətə 250 mindən çox müraciət daxil olub, elektron müraciətlərin payı 80 faizi ötüb. Regional idarələrin maddi-texniki bazasının möhkəmləndirilməsi istiqamətində işlər davam etdirilib.",
                    "Sonda 2026-cı il üçün iş planı təsdiq edilib."]),
         en=dict(t="SMS Board meeting reviews the results of 2025",
                 img=dict(src="/uploads/news/16733.jpg", pos=1, lazy=True),
                 b=["The State Migration Service held a Board meeting on the results of 2025 and the tasks ahead.",
                    "It was noted that the Service received more than 250,000 applications last year, and the share of electronic applications exceeded 80 per cent. The work plan for 2026 was approved."]),
         ru=dict(t="В Миграционной службе состоялось заседание коллегии, посвященное итогам 2025 года",
                 img=dict(src="/uploads/news/16733.jpg", pos=1, lazy=True),
                 b=["В Государственной миграционной службе состоялось заседание коллегии, посвященное итогам 2025 года и предстоящим задачам.",
                    "Отмечено, что в прошлом году в Службу поступило более 250 тысяч обращений, доля электронных обращений превысила 80 процентов. Утвержден план работы на 2026 год."])),
    dict(id=16731, dt="2026-01-23 10:00",
         az=dict(t='"Miqrasiya" mobil tətbiqinə yeni funksiyalar əlavə olunub', href="rel",
                 b=['Dövlət Miqrasiya Xidmətinin "Miqrasiya" mobil tətbiqinə yeni funksiyalar əlavə olunub. İstifadəçilər artıq tətbiq vasitəsilə müraciətin icra vəziyyətini izləyə, yaşayış yeri üzrə qeydiyyat haqqında arayış əldə edə və Xidmətə sual göndərə bilərlər.',
                    'Tətbiqi <a href="https://play.google.com/store/apps/details?id=az.gov.migration" onclick="ga(\'send\',\'event\',\'app\',\'android\');" target="_blank">Google Play</a> və <a href="https://apps.apple.com/az/app/miqrasiya/id0000000" onclick="ga(\'send\',\'event\',\'app\',\'ios\');" target="_blank">App Store</a> mağazalarından yükləmək olar.']),
         en=dict(t='New features added to the "Migration" mobile app', ld=False,
                 b=['New features have been added to the "Migration" mobile application of the State Migration Service. Users can now track the status of their applications, obtain a certificate of registration at the place of residence and send questions to the Service.',
                    "<script type=\"text/javascript\">document.write('<p>The app is available on Google Play and the App Store.</p>');</script>",
                    "<noscript><p>The app is available on Google Play and the App Store.</p></noscript>"]),
         ru=dict(t="В мобильное приложение «Миграция» добавлены новые функции",
                 th="В мобильное приложение &laquo;Миграция&raquo; добавлены новые функции",
                 t2="В мобильном приложении «Миграция» появились новые электронные услуги",
                 th2="В мобильном приложении &laquo;Миграция&raquo; появились новые электронные услуги",
                 b=["В мобильное приложение «Миграция» Государственной миграционной службы добавлены новые функции. Теперь пользователи могут отслеживать статус обращения, получать справку о регистрации по месту жительства и направлять вопросы в Службу.",
                    "Приложение доступно в магазинах Google Play и App Store."])),
    dict(id=16729, dt="2026-01-22 13:25",
         az=dict(t="Şəki regional miqrasiya idarəsi Qax və Zaqatala rayonlarında səyyar qəbul keçirib", ad=False,
                 b=["Dövlət Miqrasiya Xidmətinin Şəki regional miqrasiya idarəsinin əməkdaşları Qax və Zaqatala rayonlarında səyyar qəbul keçiriblər.",
                    "Qəbul zamanı əcnəbilərin və vətəndaşlığı olmayan şəxslərin 19 müraciəti qəbul edilib, yaşama icazəsinin alınması qaydaları barədə məsləhətlər verilib.",
                    "<p>&nbsp;</p>"]),
         ),
    dict(id=16727, dt="2026-01-21 09:50",
         az=dict(t="Azərbaycan və Özbəkistan miqrasiya qurumları arasında əməkdaşlıq müzakirə olunub",
                 href="/index.php/az/news_detail/16727",
                 b=["Dövlət Miqrasiya Xidmətinin rəisi Özbəkistan Respublikası Daxili İşlər Nazirliyinin Miqrasiya və vətəndaşlığın rəsmiləşdirilməsi baş idarəsinin rəisi ilə videokonfrans formatında görüşüb.",
                    "Görüşdə əmək miqrantlarının hüquqlarının qorunması, miqrasiya statistikasının mübadiləsi və 2026-cı ildə birgə işçi qrupunun iclasının Bakıda keçirilməsi razılaşdırılıb."]),
         en=dict(t="Azerbaijan and Uzbekistan discuss cooperation in the field of migration",
                 b=["The Chief of the State Migration Service held a videoconference with the head of the Main Department of Migration and Citizenship of the Ministry of Internal Affairs of Uzbekistan.",
                    "The parties agreed to hold the next meeting of the joint working group in Baku in 2026."]),
         ru=dict(t="Миграционные ведомства Азербайджана и Узбекистана обсудили сотрудничество",
                 b=["Начальник Государственной миграционной службы провел видеоконференцию с начальником Главного управления миграции и оформления гражданства МВД Республики Узбекистан.",
                    "Стороны договорились провести очередное заседание совместной рабочей группы в Баку в 2026 году."])),
    dict(id=16724, dt="2026-01-19 15:30",
         az=dict(t="Əcnəbilərin və vətəndaşlığı olmayan şəxslərin Azərbaycan Respublikasının ərazisində yaşayış yeri üzrə qeydiyyata alınması qaydalarına edilmiş dəyişikliklər barədə məlumat",
                 b=["Nazirlər Kabinetinin müvafiq qərarı ilə əcnəbilərin və vətəndaşlığı olmayan şəxslərin yaşayış yeri üzrə qeydiyyata alınması qaydalarına dəyişikliklər edilib.",
                    "Dəyişikliklərə əsasən, ölkəyə gələn əcnəbilər yaşayış yeri üzrə qeydiyyata 15 gün müddətində alınmalıdırlar. Qeydiyyat mehmanxanalar tərəfindən avtomatik, digər hallarda isə mülkiyyətçi tərəfindən elektron qaydada həyata keçirilir.",
                    "Qaydaların pozulmasına görə inzibati məsuliyyət nəzərdə tutulub."]),
         en=dict(t="Information on the amendments to the rules for registering foreigners and stateless persons at their place of residence in the territory of the Republic of Azerbaijan",
                 b=["Amendments have been made by a decision of the Cabinet of Ministers to the rules for registering foreigners and stateless persons at their place of residence.",
                    "Foreigners arriving in the country must now be registered at their place of residence within 15 days. Hotels register their guests automatically; in other cases the owner of the premises registers the foreigner electronically."]),
         ru=dict(t="Информация об изменениях в правилах регистрации иностранцев и лиц без гражданства по месту жительства на территории Азербайджанской Республики",
                 b=["Решением Кабинета Министров внесены изменения в правила регистрации иностранцев и лиц без гражданства по месту жительства.",
                    "Согласно изменениям, прибывающие в страну иностранцы должны быть зарегистрированы по месту жительства в течение 15 дней. Гостиницы регистрируют гостей автоматически, в остальных случаях регистрацию в электронном виде осуществляет собственник жилья."])),
    dict(id=16722, dt="2026-01-16 12:00",
         az=dict(t='Quba rayonunda məktəblilərlə "Təhlükəsiz miqrasiya" mövzusunda görüş keçirilib',
                 ld=False, ad=False, href="rel",
                 b=['Dövlət Miqrasiya Xidmətinin Quba regional miqrasiya idarəsinin əməkdaşları Quba şəhər 3 nömrəli tam orta məktəbinin yuxarı sinif şagirdləri ilə "Təhlükəsiz miqrasiya" mövzusunda görüş keçiriblər.',
                    "Şagirdlərə xaricdə təhsil və iş təkliflərinə diqqətlə yanaşmağın vacibliyi, insan alveri risklərinin necə tanınması barədə məlumat verilib."]),
         ru=dict(t="В Губинском районе со школьниками проведена встреча на тему «Безопасная миграция»",
                 th="В Губинском районе со школьниками проведена встреча на тему &laquo;Безопасная миграция&raquo;",
                 ad=False,
                 b=["Сотрудники Губинского регионального миграционного управления провели встречу со старшеклассниками городской средней школы № 3 на тему «Безопасная миграция».",
                    "Школьникам рассказали, как распознать риски торговли людьми и почему следует внимательно относиться к предложениям об учебе и работе за рубежом."])),
    dict(id=16720, dt="2026-01-15 14:40",
         az=dict(t="ICMPD ilə birgə həyata keçirilən layihə çərçivəsində konfrans keçirilib", noli=True,
                 img=dict(src="/uploads/news/16720.jpg", pos=1, alt="", attrs=' width="600" style="display:block;margin:0 auto"'),
                 b=["Dövlət Miqrasiya Xidməti və Beynəlxalq Miqrasiya Siyasətinin İnkişafı Mərkəzinin (ICMPD) birgə həyata keçirdiyi layihə çərçivəsində Bakıda konfrans keçirilib.",
                    "Konfransda miqrasiya axınlarının təhlili, risklərin qiymətləndirilməsi və qurumlararası məlumat mübadiləsinin təkmilləşdirilməsi məsələləri müzakirə olunub.",
                    "Layihə Avropa İttifaqı tərəfindən maliyyələşdirilir."]),
         en=dict(t="Conference held under the project implemented jointly with ICMPD",
                 img=dict(src="/uploads/news/16720.jpg", pos=1, alt="", attrs=' width="600"'),
                 b=["A conference was held in Baku under the project implemented jointly by the State Migration Service and the International Centre for Migration Policy Development (ICMPD).",
                    "Participants discussed the analysis of migration flows, risk assessment and improving the exchange of data between agencies. The project is funded by the European Union."]),
         ru=dict(t="Конференция в рамках совместного с ICMPD проекта",
                 img=dict(src="/uploads/news/16720.jpg", pos=1, alt="", attrs=' width="600"'),
                 b=["В Баку прошла конференция в рамках проекта, реализуемого Государственной миграционной службой совместно с Международным центром по развитию миграционной политики (ICMPD).",
                    "Участники обсудили анализ миграционных потоков, оценку рисков и совершенствование межведомственного обмена данными."])),
    dict(id=16718, dt="2026-01-13 10:15",
         az=dict(t="Xidmətin rəisi Lənkəranda vətəndaşları qəbul edəcək", bom=True,
                 b=["Dövlət Miqrasiya Xidmətinin rəisi yanvarın 17-də saat 10:00-da Lənkəran regional miqrasiya idarəsində Lənkəran, Astara, Lerik və Masallı rayonlarından olan vətəndaşları qəbul edəcək.",
                    "Qəbula yazılmaq üçün 919 Çağrı Mərkəzinə zəng etmək və ya Xidmətin elektron poçtuna müraciət etmək olar."]),
         en=dict(t="Chief of the Service to receive citizens in Lankaran",
                 href="http://migration.gov.az/en/news_detail/16718",
                 b=["On 17 January at 10:00, the Chief of the State Migration Service will receive citizens from Lankaran, Astara, Lerik and Masalli districts at the Lankaran Regional Migration Department.",
                    "To register for the reception, please call the 919 Call Centre."]),
         ru=dict(t="Начальник Службы проведет прием граждан в Ленкорани",
                 b=["17 января в 10:00 начальник Государственной миграционной службы проведет прием граждан из Ленкоранского, Астаринского, Лерикского и Масаллинского районов в Ленкоранском региональном миграционном управлении.",
                    "Записаться на прием можно по номеру Call-центра 919."])),
    dict(id=16715, dt="2026-01-09 11:20",
         az=dict(t="2025-ci ildə Dövlət Miqrasiya Xidmətinə 250 mindən çox müraciət daxil olub",
                 b=["2025-ci ildə Dövlət Miqrasiya Xidmətinə ümumilikdə 252 318 müraciət daxil olub. Onlardan 207 mini elektron qaydada təqdim edilib.",
                    "<p>Hesabat dövründə <b>41 726 əcnəbiyə müvəqqəti, 6 903 nəfərə daimi yaşama icazəsi verilib, 18 mindən çox iş icazəsi rəsmiləşdirilib.",
                    "<p>Vətəndaşlıq məsələləri üzrə 3 412 müraciətə baxılıb.</p></div>",
                    "Ətraflı statistik məlumatlar Xidmətin internet səhifəsinin \"Statistika\" bölməsində yerləşdirilib."]),
         en=dict(t="The SMS received more than 250,000 applications in 2025",
                 b=["In 2025, the State Migration Service received a total of 252,318 applications, of which 207,000 were submitted electronically.",
                    "Over the year, 41,726 foreigners received temporary and 6,903 permanent residence permits; more than 18,000 work permits were issued."]),
         ru=dict(t="В 2025 году в Государственную миграционную службу поступило более 250 тысяч обращений",
                 b=["В 2025 году в Государственную миграционную службу поступило в общей сложности 252 318 обращений, из них 207 тысяч — в электронном виде.",
                    "За отчетный период 41 726 иностранцев получили разрешение на временное и 6 903 — на постоянное проживание, оформлено более 18 тысяч разрешений на работу."])),
    dict(id=16712, dt="2025-12-30 16:00",
         az=dict(t="Fərqlənən əməkdaşlar Yeni il münasibətilə təltif olunub", ad=False, href="rel",
                 b=["Dünya azərbaycanlılarının həmrəyliyi günü və Yeni il münasibətilə Dövlət Miqrasiya Xidmətində tədbir keçirilib.",
                    "Xidməti vəzifələrini nümunəvi yerinə yetirən bir qrup əməkdaş fəxri fərmanlar və qiymətli hədiyyələrlə təltif olunub."])),
    dict(id=16710, dt="2025-12-18 12:30",
         az=dict(t="Dekabrın 18-i Beynəlxalq Miqrantlar Günü münasibətilə tədbir keçirilib", ws=True,
                 b=["Dekabrın 18-i Beynəlxalq Miqrantlar Günü münasibətilə Dövlət Miqrasiya Xidməti və Beynəlxalq Miqrasiya Təşkilatının birgə təşkilatçılığı ilə tədbir keçirilib.",
                    "Tədbirdə dövlət qurumlarının, beynəlxalq təşkilatların və vətəndaş cəmiyyətinin nümayəndələri iştirak ediblər. Çıxışlarda miqrantların hüquqlarının qorunması və onların cəmiyyətə inteqrasiyası sahəsində görülən işlərdən danışılıb."]),
         en=dict(t="Event held on the occasion of International Migrants Day",
                 b=["An event marking International Migrants Day, 18 December, was co-organised by the State Migration Service and IOM.",
                    "Representatives of state bodies, international organisations and civil society attended the event."]),
         ru=dict(t="Проведено мероприятие по случаю Международного дня мигрантов", ws=True,
                 b=["По случаю 18 декабря — Международного дня мигрантов Государственная миграционная служба и Международная организация по миграции провели совместное мероприятие.",
                    "В мероприятии приняли участие представители государственных органов, международных организаций и гражданского общества."])),
    dict(id=16707, dt="2025-12-12 15:10",
         az=dict(t="Azərbaycan və Belarus miqrasiya xidmətləri arasında əməkdaşlıq memorandumu imzalanıb",
                 img=dict(src="http://www.migration.gov.az/uploads/news/16707.jpg", pos=0,
                          attrs=" onerror=\"this.src='/images/noimage.gif'\""),
                 b=["Minskdə Azərbaycan Respublikası Dövlət Miqrasiya Xidməti ilə Belarus Respublikası Daxili İşlər Nazirliyinin Vətəndaşlıq və miqrasiya departamenti arasında əməkdaşlıq memorandumu imzalanıb.",
                    "Memorandum qanunsuz miqrasiyaya qarşı mübarizə, təcrübə mübadiləsi və əməkdaşların birgə təlimlərini nəzərdə tutur."]),
         en=dict(t="Memorandum of cooperation signed between the migration services of Azerbaijan and Belarus",
                 img=dict(src="http://www.migration.gov.az/uploads/news/16707.jpg", pos=0),
                 b=["A memorandum of cooperation was signed in Minsk between the State Migration Service of Azerbaijan and the Department of Citizenship and Migration of the Ministry of Internal Affairs of Belarus.",
                    "The memorandum provides for cooperation against illegal migration, exchange of experience and joint trainings."]),
         ru=dict(t="Подписан меморандум о сотрудничестве между миграционными службами Азербайджана и Беларуси",
                 ld=False, ad=False,
                 b=["В Минске подписан меморандум о сотрудничестве между Государственной миграционной службой Азербайджанской Республики и Департаментом по гражданству и миграции МВД Республики Беларусь.",
                    "Документ предусматривает взаимодействие в борьбе с незаконной миграцией, обмен опытом и совместное обучение сотрудников."])),
    dict(id=16705, dt="2025-12-05 10:45",
         az=dict(t="Əcnəbilər üçün Azərbaycan dili kurslarının yeni mərhələsinə start verilib",
                 b=["Daimi yaşama icazəsi almaq istəyən əcnəbilər üçün təşkil olunan pulsuz Azərbaycan dili kurslarının növbəti mərhələsinə start verilib.",
                    "Üç ay davam edəcək kurslarda 60 nəfər iştirak edir. Dinləyicilərə həmçinin Azərbaycanın tarixi, mədəniyyəti və qanunvericiliyinin əsasları barədə məlumat veriləcək."]),
         en=dict(t="New round of Azerbaijani language courses for foreigners launched", ad=False,
                 b=["A new round of free Azerbaijani language courses has started for foreigners who wish to obtain permanent residence permits.",
                    "60 participants attend the three-month course, which also covers the basics of the history, culture and legislation of Azerbaijan."]),
         ru=dict(t="Стартовал новый этап курсов азербайджанского языка для иностранцев",
                 b=["Стартовал очередной этап бесплатных курсов азербайджанского языка для иностранцев, желающих получить разрешение на постоянное проживание.",
                    "В трехмесячных курсах участвуют 60 человек."])),
    dict(id=16703, dt="2025-12-01 09:30",
         az=dict(t="Sumqayıt regional miqrasiya idarəsində onlayn növbə sistemi tətbiq olunur", ld=False,
                 b=["Dekabrın 1-dən Sumqayıt regional miqrasiya idarəsində qəbula onlayn növbə sistemi tətbiq edilir.",
                    "Vətəndaşlar Xidmətin internet səhifəsi vasitəsilə onlarla rahat olan gün və saatı seçərək qəbula yazıla bilərlər."]),
         ru=dict(t="В Сумгайытском региональном миграционном управлении внедрена система онлайн-очереди",
                 b=["С 1 декабря в Сумгайытском региональном миграционном управлении действует система онлайн-записи на прием.",
                    "Посетители могут выбрать удобные день и время через сайт Службы."])),
    dict(id=16701, dt="2025-11-25 11:40",
         az=dict(t="Beynəlxalq Miqrasiya Təşkilatının nümayəndə heyəti Dövlət Miqrasiya Xidmətində olub",
                 href="https://www.migration.gov.az/index.php/az/news_detail/16701?utm_source=telegram",
                 img=dict(src="/uploads/news/16701.jpg", pos=0),
                 b=["Beynəlxalq Miqrasiya Təşkilatının (BMqT) Cənubi-Şərqi Avropa, Şərqi Avropa və Mərkəzi Asiya üzrə regional ofisinin nümayəndə heyəti Dövlət Miqrasiya Xidmətində olub.",
                    "Görüşdə 2026-2027-ci illər üçün birgə layihələr, miqrasiya məlumatlarının idarə edilməsi və könüllü geri qayıdış proqramları müzakirə edilib."]),
         en=dict(t="IOM delegation visits the State Migration Service",
                 img=dict(src="/uploads/news/16701.jpg", pos=0),
                 b=["A delegation of the IOM Regional Office for South-Eastern Europe, Eastern Europe and Central Asia visited the State Migration Service.",
                    "The parties discussed joint projects for 2026-2027, migration data management and assisted voluntary return programmes."]),
         ru=dict(t="Делегация Международной организации по миграции посетила Государственную миграционную службу",
                 img=dict(src="/uploads/news/16701.jpg", pos=0),
                 b=["Делегация регионального бюро МОМ по Юго-Восточной Европе, Восточной Европе и Центральной Азии посетила Государственную миграционную службу.",
                    "Обсуждены совместные проекты на 2026-2027 годы, управление миграционными данными и программы добровольного возвращения."])),
    dict(id=16699, dt="2025-11-21 13:00",
         az=dict(t="Türkiyə Respublikası Miqrasiya İdarəsi Başqanlığı ilə işçi qrupunun iclası keçirilib",
                 b=["Ankarada Dövlət Miqrasiya Xidməti ilə Türkiyə Respublikası Daxili İşlər Nazirliyinin Miqrasiya İdarəsi Başqanlığı arasında birgə işçi qrupunun növbəti iclası keçirilib.",
                    "İclasda vətəndaşların səfərləri zamanı yaranan problemlərin operativ həlli və elektron məlumat mübadiləsi məsələləri müzakirə olunub."]),
         en=dict(t="Working group meeting held with the Presidency of Migration Management of Türkiye",
                 href="/index.php/en/news_detail/16699",
                 b=["The regular meeting of the joint working group of the State Migration Service and the Presidency of Migration Management of the Ministry of Interior of Türkiye was held in Ankara.",
                    "The sides discussed the prompt resolution of problems faced by travelling citizens and electronic data exchange."]),
         ru=dict(t="Состоялось заседание рабочей группы с Управлением миграции Турецкой Республики",
                 b=["В Анкаре состоялось очередное заседание совместной рабочей группы Государственной миграционной службы и Управления миграции МВД Турецкой Республики.",
                    "Обсуждены вопросы оперативного решения проблем граждан во время поездок и электронного обмена данными."])),
    dict(id=16697, dt="2025-11-18 16:30",
         az=dict(t="Şirvan regional miqrasiya idarəsində səyyar qəbul təşkil olunub", ad=False,
                 b=["Şirvan regional miqrasiya idarəsinin əməkdaşları Salyan və Neftçala rayonlarında yaşayan əcnəbilər üçün səyyar qəbul təşkil ediblər.",
                    "Qəbulda 14 müraciət qəbul olunub."]),
         ru=dict(t="Ширванское региональное миграционное управление организовало выездной прием", ad=False,
                 b=["Сотрудники Ширванского регионального миграционного управления организовали выездной прием для иностранцев, проживающих в Сальянском и Нефтечалинском районах.",
                    "Принято 14 обращений."])),
    dict(id=16695, dt="2025-11-14 12:10",
         az=dict(t="Readmissiya sazişinin icrası ilə bağlı Avropa İttifaqı ilə birgə komitənin iclası keçirilib",
                 b=["Brüsseldə Azərbaycan Respublikası ilə Avropa İttifaqı arasında Readmissiya üzrə Birgə Komitənin növbəti iclası keçirilib.",
                    "İclasda sazişin icrasının vəziyyəti, readmissiya müraciətlərinə baxılma müddətlərinin qısaldılması və elektron idarəetmə sisteminin tətbiqi müzakirə olunub."]),
         en=dict(t="Joint Readmission Committee with the European Union holds its meeting",
                 b=["The regular meeting of the Joint Readmission Committee between the Republic of Azerbaijan and the European Union was held in Brussels.",
                    "The parties reviewed the implementation of the agreement and discussed shorter processing times for readmission requests."]),
         ru=dict(t="Состоялось заседание Совместного комитета по реадмиссии с Европейским союзом",
                 b=["В Брюсселе состоялось очередное заседание Совместного комитета по реадмиссии между Азербайджанской Республикой и Европейским союзом.",
                    "Обсуждены ход выполнения соглашения и сокращение сроков рассмотрения запросов о реадмиссии."])),
    dict(id=16692, dt="2025-11-11 10:00",
         az=dict(t="Əmək miqrantlarının hüquqlarının müdafiəsi mövzusunda dəyirmi masa təşkil olunub",
                 b=["Dövlət Miqrasiya Xidmətinin təşəbbüsü ilə əmək miqrantlarının hüquqlarının müdafiəsi mövzusunda dəyirmi masa təşkil olunub.",
                    "Tədbirdə Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin, Dövlət Əmək Müfəttişliyi Xidmətinin və işəgötürənlər təşkilatlarının nümayəndələri iştirak ediblər."]),
         ru=dict(t="Проведен круглый стол на тему защиты прав трудовых мигрантов",
                 href="news_detail/16692", unquoted=True,
                 b=["По инициативе Государственной миграционной службы проведен круглый стол, посвященный защите прав трудовых мигрантов.",
                    "В нем приняли участие представители Министерства труда и социальной защиты населения и организаций работодателей."])),
    # ------------------------------------------------ English-only older
    dict(id=16661, dt="2025-10-29 14:00",
         en=dict(t="Q&A session on residence permits held for foreign investors",
                 th="Q&A session on residence permits held for foreign investors",
                 ld=False, ad=False,
                 b=["The State Migration Service, together with the Azerbaijan Export and Investment Promotion Agency (AZPROMO), held a Q&amp;A session for foreign investors on obtaining residence permits.",
                    "Investors were informed about the simplified procedure for persons investing in the economy of Azerbaijan."])),
    dict(id=16618, dt="2025-09-24 11:30",
         en=dict(t="SMS representatives take part in the Prague Process senior officials' meeting",
                 b=["Representatives of the State Migration Service took part in the senior officials' meeting of the Prague Process held in Prague.",
                    "<p>&nbsp;</p>",
                    "The meeting discussed the implementation of the Prague Process Action Plan and cooperation on legal migration and return."])),
    dict(id=15812, dt="2023-11-28 17:15",
         en=dict(t="Chief of the State Migration Service attends the 114th session of the IOM Council",
                 old=True, img=dict(src="/uploads/news/15812.jpg", pos=0),
                 b=["The Chief of the State Migration Service of the Republic of Azerbaijan is taking part in the 114th session of the Council of the International Organization for Migration (IOM) which opened in Geneva on 27 November.",
                    "The session, organised in a hybrid format, brings together delegations of IOM Member States, observer states and partner organisations. It will run until 29 November.",
                    "Speaking at the session, the Chief of the Service outlined Azerbaijan’s migration policy, the “single window” principle applied in migration services and the digitalisation of procedures for foreigners and stateless persons – more than 70 per cent of applications are now filed online.",
                    "He also stressed the importance of the Service’s long-standing partnership with IOM in fighting trafficking in human beings and supporting reintegration programmes.",
                    "On the sidelines of the session, the delegation held bilateral meetings with IOM officials and heads of migration agencies of several countries."])),
    dict(id=14243, dt="2020-07-10 12:00",
         en=dict(t="State Migration Service continues to provide services online during the quarantine regime",
                 old=True, ad=False,
                 b=["During the special quarantine regime the State Migration Service continues to accept applications through its e-services portal.",
                    "The period of temporary stay of foreigners and stateless persons who could not leave the country because of the suspension of international flights has been extended automatically – no application is required.",
                    "For further information citizens may call the “919” Call Centre."])),
    dict(id=9144, dt="2013-08-12 09:00",
         en=dict(t="Azerbaijan hosts regional conference on migration management",
                 old=True, ld=False, at=False,
                 href="https://www.migration.gov.az/index.php/en/news_detail/9144",
                 b=["A regional conference on “Migration management: challenges and prospects”, organised by the State Migration Service and the International Organization for Migration, was held in Baku.",
                    "Representatives of migration agencies of Georgia, Turkey, Kazakhstan, Ukraine and Moldova, as well as international experts, took part in the conference.",
                    "The participants exchanged views on border management, labour migration and the fight against illegal migration."])),
]

PRESS = [  # az/ru shared series
    dict(id=2893, dt="2026-02-05 12:00", v2new=True, type="announcement",
         az=dict(t="Dövlət Miqrasiya Xidmətində vakant vəzifələrin tutulması üçün müsahibə mərhələsi barədə elan",
                 b=["Dövlət qulluğunda vakant vəzifələrin tutulması üçün test imtahanından müvəffəqiyyətlə keçmiş namizədlərlə müsahibə fevralın 12-13-də Dövlət Miqrasiya Xidmətinin inzibati binasında keçiriləcək.",
                    "Namizədlər şəxsiyyəti təsdiq edən sənədlə müsahibəyə təyin olunmuş vaxtdan 30 dəqiqə əvvəl gəlməlidirlər."]),
         ru=dict(t="Объявление о собеседовании на замещение вакантных должностей в Государственной миграционной службе",
                 b=["Собеседование с кандидатами, успешно прошедшими тестовый экзамен на замещение вакантных должностей государственной службы, состоится 12-13 февраля в административном здании Государственной миграционной службы.",
                    "Кандидатам необходимо явиться за 30 минут до назначенного времени с документом, удостоверяющим личность."])),
    dict(id=2892, dt="2026-02-04 18:30", v2new=True, type="interview",
         az=dict(t='Xidmət rəisinin müavini: "Əmək miqrantları üçün vahid elektron platforma yaradılır"',
                 b=["Dövlət Miqrasiya Xidməti rəisinin müavini AZƏRTAC-a müsahibə verib.",
                    "<p><b>– Əmək miqrasiyası sahəsində hansı yeniliklər gözlənilir?</b></p>",
                    "– Bu il işəgötürənlər və əmək miqrantları üçün vahid elektron platformanın istifadəyə verilməsi planlaşdırılır. Platforma vasitəsilə iş icazəsi üçün müraciət, icazənin müddətinin uzadılması və əmək müqaviləsinin qeydiyyatı bir pəncərədən həyata keçiriləcək.",
                    "<p><b>– Bu, prosedurların müddətinə necə təsir edəcək?</b></p>",
                    "– Hesablamalarımıza görə, müraciətlərə baxılma müddəti orta hesabla iki dəfə qısalacaq."]),
         ru=dict(t="Заместитель начальника Службы: «Для трудовых мигрантов создается единая электронная платформа»",
                 b=["Заместитель начальника Государственной миграционной службы дал интервью АЗЕРТАДЖ.",
                    "<p><b>– Какие новшества ожидаются в сфере трудовой миграции?</b></p>",
                    "– В этом году планируется запустить единую электронную платформу для работодателей и трудовых мигрантов. Через нее можно будет подать заявление на разрешение на работу, продлить его и зарегистрировать трудовой договор.",
                    "<p><b>– Как это отразится на сроках?</b></p>",
                    "– По нашим расчетам, сроки рассмотрения сократятся в среднем вдвое."])),
    dict(id=2890, dt="2026-02-02 17:00", type="announcement",
         az=dict(t="Elektron xidmətlər portalında texniki işlərin aparılması ilə əlaqədar elan",
                 b=["Fevralın 7-də saat 22:00-dan fevralın 8-də saat 06:00-dək e-xidmet.migration.gov.az portalında texniki işlər aparılacaq.",
                    "Bu müddətdə elektron müraciətlərin qəbulu müvəqqəti dayandırılacaq. Narahatlığa görə üzr istəyirik."]),
         ru=dict(t="Объявление в связи с проведением технических работ на портале электронных услуг",
                 b=["С 22:00 7 февраля до 06:00 8 февраля на портале e-xidmet.migration.gov.az будут проводиться технические работы.",
                    "В это время прием электронных обращений будет временно приостановлен. Приносим извинения за неудобства."])),
    dict(id=2888, dt="2026-01-20 11:00", type="announcement",
         az=dict(t="Əcnəbilərin və vətəndaşlığı olmayan şəxslərin ödənişli əmək fəaliyyətinə cəlb edilməsi qaydalarında dəyişikliklər barədə",
                 href="press_detail/2888?utm_source=telegram",
                 pdf=[("/uploads/files/emek_qaydalari_2026.pdf", "Əlavə: Qaydalarda edilmiş dəyişikliklər (PDF)")],
                 b=["Nazirlər Kabinetinin qərarı ilə əcnəbilərin və vətəndaşlığı olmayan şəxslərin Azərbaycan Respublikasında ödənişli əmək fəaliyyətinə cəlb edilməsi qaydalarına dəyişikliklər edilib.",
                    "Dəyişikliklər fevralın 1-dən qüvvəyə minir. Yeni qaydalara əsasən, iş icazəsi üçün müraciətə əlavə edilən sənədlərin siyahısı qısaldılıb, icazənin verilməsi müddəti 20 iş gününədək azaldılıb."]),
         ru=dict(t="Об изменениях в правилах привлечения иностранцев и лиц без гражданства к оплачиваемой трудовой деятельности",
                 pdf=[("/uploads/files/emek_qaydalari_2026.pdf", "Приложение: Изменения в правилах (PDF, на азербайджанском языке)")],
                 b=["Решением Кабинета Министров внесены изменения в правила привлечения иностранцев и лиц без гражданства к оплачиваемой трудовой деятельности в Азербайджанской Республике.",
                    "Изменения вступают в силу с 1 февраля. Сокращен перечень прилагаемых документов, срок выдачи разрешения уменьшен до 20 рабочих дней."])),
    dict(id=2887, dt="2025-12-24 10:00", type="interview",
         az=dict(t='Xidmətin rəisi: "Elektron müraciətlərin payı 80 faizi ötüb"',
                 img=dict(src="/uploads/press/2887.jpg", pos=0),
                 b=["Dövlət Miqrasiya Xidmətinin rəisi ilin yekunları ilə bağlı \"Azərbaycan\" qəzetinə müsahibə verib.",
                    "<p><b>– Bu il Xidmətin fəaliyyətində əsas nəticələr nədən ibarət olub?</b></p>",
                    "– Ən mühüm nəticə xidmətlərin rəqəmsallaşmasıdır. Artıq müraciətlərin 80 faizdən çoxu elektron qaydada daxil olur, vətəndaşların Xidmətə gəlmə ehtiyacı xeyli azalıb.",
                    "<p><b>– Regionlarda hansı işlər görülüb?</b></p>",
                    "– Gəncə, Şəki və Lənkəran regional idarələrində xidmət zalları yenilənib, səyyar qəbulların sayı artırılıb."]),
         ru=dict(t="Начальник Службы: «Доля электронных обращений превысила 80 процентов»",
                 img=dict(src="/uploads/press/2887.jpg", pos=0),
                 b=["Начальник Государственной миграционной службы дал интервью газете «Азербайджан» по итогам года.",
                    "<p><b>– Каковы основные итоги работы Службы в этом году?</b></p>",
                    "– Главный итог — цифровизация услуг. Более 80 процентов обращений поступает в электронном виде.",
                    "<p><b>– Что сделано в регионах?</b></p>",
                    "– Обновлены залы обслуживания в Гяндже, Шеки и Ленкорани, увеличено число выездных приемов."])),
    dict(id=2884, dt="2025-12-10 14:00", type="article",
         az=dict(t="Miqrasiya proseslərinin idarə olunmasında rəqəmsal həllər", ad=False,
                 b=["Son illərdə miqrasiya sahəsində dövlət xidmətlərinin rəqəmsallaşdırılması həm vətəndaşlar, həm də dövlət qurumları üçün yeni imkanlar yaradıb.",
                    "Vahid Miqrasiya İnformasiya Sistemi əcnəbilərin ölkəyə girişindən çıxışınadək bütün mərhələləri əhatə edir. Sistem sərhəd, gömrük və vergi orqanlarının məlumat bazaları ilə inteqrasiya olunub.",
                    "Məqalədə bu sahədə beynəlxalq təcrübə və Azərbaycanın qarşısında duran növbəti vəzifələr təhlil edilir."]),
         ru=dict(t="Цифровые решения в управлении миграционными процессами",
                 b=["За последние годы цифровизация государственных услуг в сфере миграции открыла новые возможности как для граждан, так и для государственных органов.",
                    "Единая миграционная информационная система охватывает все этапы — от въезда иностранца в страну до его выезда."])),
    dict(id=2881, dt="2025-11-19 09:30", type="announcement",
         az=dict(t="Azərbaycan Respublikasının vətəndaşlığına qəbul üçün sənədlərin qəbulu qaydası barədə elan",
                 bom=True,
                 pdf=[("/uploads/files/vetendasliq_erize_formasi.pdf", "Əlavə: Ərizə forması (PDF)")],
                 b=["Azərbaycan Respublikasının vətəndaşlığına qəbul olunmaq istəyən şəxslərin sənədləri Dövlət Miqrasiya Xidmətinin baş ofisində və regional miqrasiya idarələrində qəbul edilir.",
                    "Ərizə forması doldurularaq aşağıdakı sənədlərlə birlikdə təqdim edilməlidir: daimi yaşama icazəsinin surəti, Azərbaycan dilini bilməsini təsdiq edən sənəd, qanuni gəlir mənbəyi haqqında arayış."]),
         ru=dict(t="Объявление о порядке приема документов для принятия в гражданство",
                 b=["Документы лиц, желающих принять гражданство Азербайджанской Республики, принимаются в центральном офисе Государственной миграционной службы и региональных миграционных управлениях.",
                    "К заявлению прилагаются копия вида на постоянное жительство, документ о знании азербайджанского языка и справка о законном источнике дохода."])),
    dict(id=2878, dt="2025-10-30 15:45", type="interview",
         az=dict(t='Gəncə regional miqrasiya idarəsinin rəisi: "Səyyar qəbullar vətəndaşların vaxtına qənaət edir"',
                 href="http://www.migration.gov.az/index.php/az/press_detail/2878",
                 b=["Gəncə regional miqrasiya idarəsinin rəisi yerli televiziyaya müsahibə verib.",
                    "<p><b>– Səyyar qəbullar nə üçün təşkil olunur?</b></p>",
                    "– Uzaq kəndlərdə yaşayan əcnəbilər üçün Gəncəyə gəlmək həm vaxt, həm də xərc tələb edir. Səyyar qəbullarla biz xidməti onların yaşadığı yerə aparırıq.",
                    "<p><b>– Bu il neçə səyyar qəbul keçirilib?</b></p>",
                    "– 2025-ci ildə 24 səyyar qəbul keçirilib, 600-dən çox müraciət qəbul olunub."]),
         ru=dict(t="Начальник Гянджинского регионального миграционного управления: «Выездные приемы экономят время граждан»",
                 b=["Начальник Гянджинского регионального миграционного управления дал интервью местному телевидению.",
                    "<p><b>– Зачем организуются выездные приемы?</b></p>",
                    "– Иностранцам, живущим в отдаленных селах, приезд в Гянджу стоит и времени, и денег. Мы приносим услугу к месту их проживания.",
                    "<p><b>– Сколько выездных приемов прошло в этом году?</b></p>",
                    "– В 2025 году проведено 24 выездных приема, принято более 600 обращений."])),
    dict(id=2875, dt="2025-09-15 10:30", type="announcement",
         az=dict(t="Hüquqi şəxslərin nəzərinə: iş icazəsi üçün müraciətlər yalnız elektron qaydada qəbul ediləcək",
                 b=["Oktyabrın 1-dən iş icazəsinin alınması və müddətinin uzadılması üçün müraciətlər yalnız elektron qaydada qəbul ediləcək.",
                    "Hüquqi şəxslər müraciətləri gücləndirilmiş elektron imza ilə e-xidmet.migration.gov.az portalı vasitəsilə təqdim etməlidirlər."]),
         ru=dict(t="Вниманию юридических лиц: заявления на получение разрешения на работу будут приниматься только в электронном виде",
                 b=["С 1 октября заявления на получение и продление разрешения на работу принимаются только в электронном виде.",
                    "Юридические лица подают заявления через портал e-xidmet.migration.gov.az с использованием усиленной электронной подписи."])),
    dict(id=2870, dt="2025-07-22 12:00", type="article",
         az=dict(t="Əmək miqrasiyası: yeni çağırışlar və imkanlar",
                 b=["Qlobal əmək bazarında baş verən dəyişikliklər əmək miqrasiyasının idarə olunmasına yeni yanaşmalar tələb edir.",
                    "Azərbaycan həm əmək miqrantlarını qəbul edən, həm də tranzit ölkə kimi bu proseslərin mərkəzində yer alır. Kvota mexanizmi, elektron iş icazəsi və işəgötürənlərin məsuliyyətinin artırılması sahədə şəffaflığı təmin edir."]),
         ru=dict(t="Трудовая миграция: новые вызовы и возможности",
                 b=["Изменения на мировом рынке труда требуют новых подходов к управлению трудовой миграцией.",
                    "Азербайджан находится в центре этих процессов и как принимающая, и как транзитная страна."])),
    dict(id=2866, dt="2025-05-06 09:00", type="announcement",
         az=dict(t="919 Çağrı Mərkəzinin iş rejimi dəyişir", ld=False, ad=False, href="rel",
                 b=["Mayın 15-dən Dövlət Miqrasiya Xidmətinin 919 Çağrı Mərkəzi həftənin bütün günləri saat 08:00-dan 22:00-dək fasiləsiz işləyəcək.",
                    "Zənglər ölkənin bütün ərazisindən pulsuzdur."]),
         ru=dict(t="Меняется режим работы Call-центра 919", ld=False,
                 b=["С 15 мая Call-центр 919 Государственной миграционной службы будет работать ежедневно с 08:00 до 22:00 без перерыва.",
                    "Звонки со всей территории страны бесплатные."])),
    dict(id=2861, dt="2025-02-12 11:15", type="interview",
         az=dict(t='Müsahibə: "Miqrasiya sahəsində beynəlxalq əməkdaşlıq yeni mərhələdədir"', ld=False,
                 b=["Dövlət Miqrasiya Xidmətinin Beynəlxalq əlaqələr şöbəsinin rəisi Report.az saytına müsahibə verib.",
                    "<p><b>– 2025-ci il üçün hansı beynəlxalq layihələr planlaşdırılır?</b></p>",
                    "– Avropa İttifaqı, BMqT və ICMPD ilə birgə üç yeni layihənin icrasına başlanılacaq. Onlar əsasən miqrasiya məlumatlarının idarə edilməsi və kadr hazırlığına yönəlib."])),
    dict(id=2855, dt="2024-11-05 16:00", type="announcement",
         az=dict(t="Bayram günlərində Dövlət Miqrasiya Xidmətinin iş rejimi barədə elan",
                 b=["Noyabrın 8-i Zəfər Günü və noyabrın 9-u Dövlət Bayrağı Günü ilə əlaqədar Dövlət Miqrasiya Xidmətinin qəbul otaqları noyabrın 8-11-də işləməyəcək.",
                    "Bu günlərdə elektron xidmətlər portalı və 919 Çağrı Mərkəzi adi rejimdə fəaliyyət göstərəcək."]),
         ru=dict(t="Объявление о режиме работы Государственной миграционной службы в праздничные дни", ad=False,
                 b=["В связи с Днем Победы 8 ноября и Днем Государственного флага 9 ноября приемные Государственной миграционной службы не будут работать 8-11 ноября.",
                    "Портал электронных услуг и Call-центр 919 будут работать в обычном режиме."])),
]

PRESS_EN = [
    dict(id=409, dt="2026-02-05 10:00", v2new=True, type="announcement",
         en=dict(t="Foreign nationals invited to take part in the e-services quality survey",
                 b=["The State Migration Service invites foreigners and stateless persons who have used its e-services to take part in an online survey on the quality of the services.",
                    "The survey is anonymous and takes about five minutes. It will be open until 28 February."])),
    dict(id=407, dt="2026-02-02 17:00", type="announcement",
         en=dict(t="Announcement on scheduled maintenance of the e-services portal",
                 b=["Technical works will be carried out on the e-xidmet.migration.gov.az portal from 22:00 on 7 February to 06:00 on 8 February.",
                    "Electronic applications will not be accepted during this period. We apologise for any inconvenience."])),
    dict(id=405, dt="2026-01-20 11:00", type="announcement",
         en=dict(t="On changes to the rules for engaging foreigners and stateless persons in paid labour activity",
                 pdf=[("/uploads/files/labour_rules_2026_en.pdf", "Attachment: Amendments to the rules (PDF)")],
                 b=["Amendments have been made by a decision of the Cabinet of Ministers to the rules for engaging foreigners and stateless persons in paid labour activity in the Republic of Azerbaijan.",
                    "The amendments enter into force on 1 February. The list of supporting documents has been shortened and the processing time reduced to 20 working days."])),
    dict(id=404, dt="2025-12-24 10:00", type="interview",
         en=dict(t='Chief of the Service: "The share of electronic applications has exceeded 80 per cent"',
                 img=dict(src="/uploads/press/2887.jpg", pos=0),
                 b=['The Chief of the State Migration Service gave an interview to the "Azerbaijan" newspaper on the results of the year.',
                    "<p><b>– What are the main results of the year?</b></p>",
                    "– The most important one is digitalisation. More than 80 per cent of applications are now submitted electronically.",
                    "<p><b>– What has been done in the regions?</b></p>",
                    "– Service halls in Ganja, Shaki and Lankaran were renovated and the number of mobile receptions was increased."])),
    dict(id=402, dt="2025-12-10 14:00", type="article",
         en=dict(t="Digital solutions in migration management",
                 b=["In recent years the digitalisation of public services in the field of migration has created new opportunities for citizens and state bodies alike.",
                    "The Unified Migration Information System covers every stage from a foreigner's entry into the country to their departure."])),
    dict(id=400, dt="2025-11-19 09:30", type="announcement",
         en=dict(t="Announcement on the procedure for accepting documents for admission to citizenship",
                 b=["Applications for admission to the citizenship of the Republic of Azerbaijan are accepted at the head office of the State Migration Service and at regional migration departments.",
                    "The application must be accompanied by a copy of the permanent residence permit, a document confirming knowledge of the Azerbaijani language and a certificate of legal income."])),
    dict(id=398, dt="2025-10-30 15:45", type="interview",
         en=dict(t="Head of the Ganja Regional Migration Department: \"Mobile receptions save citizens' time\"",
                 href="/index.php/en/press_detail/398",
                 b=["The head of the Ganja Regional Migration Department gave an interview to local television.",
                    "<p><b>– Why are mobile receptions organised?</b></p>",
                    "– For foreigners living in remote villages, travelling to Ganja costs both time and money. With mobile receptions we bring the service to where they live.",
                    "<p><b>– How many have been held this year?</b></p>",
                    "– 24 mobile receptions were held in 2025 and more than 600 applications were accepted."])),
    dict(id=396, dt="2025-09-15 10:30", type="announcement",
         en=dict(t="Attention employers: work permit applications to be accepted only electronically",
                 href="rel",
                 b=["From 1 October, applications for obtaining and extending work permits will be accepted only electronically.",
                    "Legal entities must submit applications through the e-xidmet.migration.gov.az portal using an enhanced electronic signature."])),
    dict(id=394, dt="2025-07-22 12:00", type="article",
         en=dict(t="Labour migration: new challenges and opportunities", ad=False,
                 b=["Changes in the global labour market require new approaches to managing labour migration.",
                    "Azerbaijan is at the centre of these processes both as a destination and as a transit country."])),
    dict(id=392, dt="2025-05-06 09:00", type="announcement",
         en=dict(t="Working hours of the 919 Call Centre change", ld=False, ad=False,
                 b=["From 15 May, the 919 Call Centre of the State Migration Service will operate daily from 08:00 to 22:00 without breaks.",
                    "Calls are free of charge from anywhere in the country."])),
    dict(id=391, dt="2024-11-05 16:00", type="announcement",
         en=dict(t="Announcement on the working hours of the State Migration Service during the holidays",
                 b=["In connection with Victory Day on 8 November and National Flag Day on 9 November, the reception offices of the State Migration Service will be closed on 8-11 November.",
                    "The e-services portal and the 919 Call Centre will operate as usual."])),
]

NEWS_PER_PAGE = 10
PRESS_PER_PAGE = 8


# --------------------------------------------------------------------------
# model helpers
# --------------------------------------------------------------------------

class Item:
    def __init__(self, story, lang, kind, state):
        self.id = story["id"]
        self.dt = datetime.strptime(story["dt"], "%Y-%m-%d %H:%M")
        self.type = story.get("type", "news")
        self.lang, self.kind, self.state = lang, kind, state
        d = story[lang]
        self.d = d
        v2 = state == "v2"
        self.title = d["t2"] if v2 and "t2" in d else d["t"]
        if v2 and "th2" in d:
            self.th = d["th2"]
        elif "th" in d and not (v2 and "t2" in d):
            self.th = d["th"]
        else:
            self.th = None
        self.ld = d.get("ld", True)
        self.ad = d.get("ad", True)
        self.at = d.get("at", True)
        self.href = d["href2"] if v2 and "href2" in d else d.get("href", "root")

    @property
    def path(self):
        return "/%s/%s_detail/%d" % (self.lang, self.kind, self.id)

    def title_html(self, cut=False):
        if self.th:
            return self.th
        return esc(trunc(self.title) if cut else self.title)

    def list_href(self):
        if self.href == "root":
            return self.path
        if self.href == "rel":
            return "%s_detail/%d" % (self.kind, self.id)
        return self.href

    def image(self):
        img = self.d.get("img")
        if not img:
            return None
        src = img["src"]
        for pre in ("http://www.migration.gov.az", "https://www.migration.gov.az",
                    "http://migration.gov.az"):
            if src.startswith(pre):
                src = src[len(pre):]
        return HOST + src

    def expected_date(self):
        if self.ad and self.at:
            return self.dt.strftime("%Y-%m-%dT%H:%M")
        if self.ad or self.ld:
            return self.dt.strftime("%Y-%m-%d")
        return None


def feed(lang, kind, state):
    src = NEWS if kind == "news" else (PRESS_EN if lang == "en" else PRESS)
    items = [Item(s, lang, kind, state) for s in src
             if lang in s and (state == "v2" or not s.get("v2new"))]
    items.sort(key=lambda i: -i.id)
    return items


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------

def menu_html(lang):
    out = ["<ul>"]
    for entry in SITE[lang]["menu"]:
        if len(entry) == 3:
            out.append('<li><a href="%s">%s</a>' % entry[:2])
            out.append("<ul>")
            for h, t in entry[2]:
                out.append('<li><a href="%s">%s</a></li>' % (h, t))
            out.append("</ul>")
            out.append("</li>")
        else:
            out.append('<li><a href="%s">%s</a></li>' % entry)
    out.append("</ul>")
    return "\n".join(out)


def page(lang, main, after=""):
    S = SITE[lang]
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{name}</title>
<style>
body {{ font-family: Arial, sans-serif; font-size: 14px; max-width: 960px; margin: 0 auto; }}
h1 {{ font-size: 20px; }} h2 {{ font-size: 17px; }}
.pages a {{ font-size: 20px; padding: 0 8px; text-decoration: none; }}
</style>
</head>
<body>
<div>{banner}</div>
<h1><a href="/{lang}"><img src="/images/gerb.png" alt="" width="48" height="48"></a> {name}</h1>
<p><a href="/az">AZ</a> | <a href="/en">EN</a> | <a href="/ru">RU</a></p>
{menu}
<div id="main">
{main}
</div>
{after}<p>{updated}</p>
<p>{footer}</p>
</body>
</html>
""".format(lang=lang, name=S["name"], banner=S["banner"], menu=menu_html(lang),
           main=main, after=after, updated=S["updated"], footer=S["footer"])


def li_html(it, plain_links=False):
    href = it.path if plain_links else it.list_href()
    title = it.title_html(cut=True)
    if it.d.get("ws") and not plain_links:
        title = "\n            %s   \n          " % title
    if it.d.get("unquoted") and not plain_links:
        a = "<a href=%s>%s</a>" % (href, title)
    else:
        a = '<a href="%s">%s</a>' % (href, title)
    span = " <span>%s</span>" % list_date(it.lang, it.dt) if it.ld else ""
    end = "" if (it.d.get("noli") and not plain_links) else "</li>"
    return "<li>%s%s%s" % (a, span, end)


def list_main(heading, items, pager="", plain_links=False, extra=""):
    lis = "\n".join(li_html(i, plain_links) for i in items)
    return "<h2>%s</h2>\n<ul>\n%s\n</ul>\n%s%s" % (heading, lis, pager, extra)


def pager_html(page_no, npages):
    if npages <= 1:
        return ""
    parts = []
    if page_no > 1:
        parts.append('<a href="?page=%d">&lsaquo;</a>' % (page_no - 1))
    if page_no < npages:
        parts.append('<a href="?page=%d">&rsaquo;</a>' % (page_no + 1))
    return '<p class="pages">%s</p>\n' % " &nbsp; ".join(parts)


def img_html(img):
    alt = img.get("alt", "newsPhoto")
    attrs = img.get("attrs", "")
    if img.get("lazy"):
        return ('<p><img src="/images/blank.gif" data-src="%s" alt="%s"%s></p>'
                % (img["src"], alt, attrs))
    return '<p><img src="%s" alt="%s"%s></p>' % (img["src"], alt, attrs)


def body_html(it):
    paras = []
    for p in it.d["b"]:
        paras.append(p if p.startswith("<") else "<p>%s</p>" % p)
    img = it.d.get("img")
    if img:
        paras.insert(img.get("pos", 0), img_html(img))
    return "\n".join(paras)


def sidebar_html(it, items):
    idx = [i.id for i in items].index(it.id)
    others = items[idx + 1: idx + 6]
    if not others:
        return ""
    rows = []
    for o in others:
        date = " <small>%s</small>" % list_date(o.lang, o.dt) if o.ld else ""
        rows.append('<a href="%s">%s</a>%s<br>' % (o.path, o.title_html(cut=True), date))
    return "<div>\n<p><b>%s</b></p>\n%s\n</div>\n" % (SITE[it.lang]["other"],
                                                    "\n".join(rows))


def article_html(it, items):
    S = SITE[it.lang]
    parts = ["<h2>%s</h2>" % it.title_html(), body_html(it)]
    for href, label in it.d.get("pdf", []):
        pre, _, name = label.partition(": ")
        parts.append('<p>%s: <a href="%s" target="_blank">%s</a></p>' % (pre, href, name))
    if it.ad:
        parts.append("<p><i>%s</i></p>" % art_date(it.lang, it.dt, it.at))
    return page(it.lang, "\n".join(parts), sidebar_html(it, items))


def old_article_html(it):
    """Legacy English page kept from the old site: HTML 4, windows-1252."""
    paras = []
    for p in it.d["b"]:
        paras.append('<P class=MsoNormal style="TEXT-ALIGN: justify"><FONT face=Arial size=2>%s</FONT>' % p)
        paras.append("<P>&nbsp;</P>")
    img = it.d.get("img")
    if img:
        paras.insert(0, '<P align=center><IMG src="%s" alt="newsPhoto" width=400 border=0></P>' % img["src"])
    if it.ad:
        paras.append("<P><I>%s</I></P>" % art_date("en", it.dt, it.at))
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=windows-1252">
<TITLE>The State Migration Service of the Republic of Azerbaijan</TITLE>
</HEAD>
<BODY bgColor=#ffffff leftMargin=0 topMargin=0>
<DIV>Official website of a state body of the Republic of Azerbaijan &nbsp; <A href="http://www.gov.az">gov.az</A></DIV>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD><H1>The State Migration Service of the Republic of Azerbaijan</H1></TD></TR>
<TR><TD><A href="/en">Home</A> | <A href="/en/news">News</A> | <A href="/en/announcements">Press centre</A> | <A href="/az">AZ</A> | <A href="/ru">RU</A></TD></TR>
<TR><TD vAlign=top>
<DIV id=main>
<H2>""" + esc(it.title) + """</H2>
""" + "\n".join(paras) + """
</DIV>
</TD></TR>
</TABLE>
<P>Page last updated: 10.10.2023</P>
<P>&copy; 2024 The Republic of Azerbaijan State Migration Service</P>
</BODY>
</HTML>
"""


def home_html(lang, state):
    S = SITE[lang]
    items = feed(lang, "news", state)[:4]
    main = list_main(S["latest"], items, plain_links=True,
                     extra='<p><a href="/%s/allnews">%s &raquo;</a> | <a href="/%s/%s">%s &raquo;</a></p>'
                     % (lang, S["all_news"], lang, S["lists"]["press"], S["all_press"]))
    return page(lang, main)


def contact_html(lang):
    txt = {
        "az": "<h2>Əlaqə</h2>\n<p>Çağrı Mərkəzi: 919</p>\n<p>E-poçt: <a href=\"mailto:info@migration.gov.az\">info@migration.gov.az</a></p>",
        "en": "<h2>Contact</h2>\n<p>Call Centre: 919</p>\n<p>E-mail: <a href=\"mailto:info@migration.gov.az\">info@migration.gov.az</a></p>",
        "ru": "<h2>Контакты</h2>\n<p>Call-центр: 919</p>\n<p>E-mail: <a href=\"mailto:info@migration.gov.az\">info@migration.gov.az</a></p>",
    }[lang]
    return page(lang, txt)


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def write(root, rel, data, bom=False, encoding="utf-8"):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def build(state):
    root = os.path.join(OUT, state)
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    expected = {"site": "plain", "state": state, "list_urls": {},
                "pagination": ("?page=N query string; each list page has one "
                               "'\u203a' (next) and/or '\u2039' (back) arrow link in "
                               "<p class=\"pages\">, no page numbers, no rel=next; the last "
                               "page has no '\u203a'. Page 1 is the bare list URL "
                               "(its back link from page 2 is ?page=1)."),
                "feeds": {}}
    images = set()
    for lang in ("az", "en", "ru"):
        S = SITE[lang]
        for kind in ("news", "press"):
            items = feed(lang, kind, state)
            slug = S["lists"][kind]
            per = NEWS_PER_PAGE if kind == "news" else PRESS_PER_PAGE
            npages = (len(items) + per - 1) // per
            heading = S["news_h"] if kind == "news" else S["press_h"]
            for p in range(1, npages + 1):
                chunk = items[(p - 1) * per: p * per]
                fn = "%s/%s.html" % (lang, slug) if p == 1 else "%s/%s@page=%d.html" % (lang, slug, p)
                write(root, fn, page(lang, list_main(heading, chunk, pager_html(p, npages))))
            for it in items:
                fn = "%s/%s_detail/%d.html" % (lang, kind, it.id)
                if it.d.get("old"):
                    write(root, fn, old_article_html(it), encoding="windows-1252")
                else:
                    write(root, fn, article_html(it, items), bom=it.d.get("bom", False))
                img = it.d.get("img")
                if img:
                    images.add(it.image()[len(HOST):])
                for href, _ in it.d.get("pdf", []):
                    write(root, href.lstrip("/"), pdf_bytes(os.path.basename(href)))
            key = "%s-%s" % (kind, lang)
            expected["list_urls"][key] = "/%s/%s" % (lang, slug)
            expected["feeds"][key] = [
                {"url": HOST + it.path, "title": " ".join(it.title.split()),
                 "date": it.expected_date(), "image": it.image()} for it in items]
            if kind == "news":
                latest = list_main(S["news_h"], items[:5], plain_links=True,
                                   extra='<p><a href="/%s/allnews">%s &raquo;</a></p>' % (lang, S["all_news"]))
                write(root, "%s/news.html" % lang, page(lang, latest))
            else:
                for sub, h in (("interview", S["int_h"]), ("article", S["art_h"])):
                    subitems = [i for i in items if i.type == sub]
                    write(root, "%s/%s.html" % (lang, S["lists"][sub]),
                          page(lang, list_main(h, subitems, plain_links=True)))
        write(root, "%s.html" % lang, home_html(lang, state))
        write(root, "%s/contact.html" % lang, contact_html(lang))
    write(root, "index.html", home_html("az", state))
    write(root, "robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\n")
    write(root, "images/gerb.png", png_bytes())
    write(root, "images/blank.gif", GIF)
    write(root, "images/noimage.gif", GIF)
    for p in sorted(images):
        write(root, p.lstrip("/"), jpeg_bytes())
    # re-order feeds keys as the brief lists them
    order = ["news-az", "press-az", "news-en", "press-en", "news-ru", "press-ru"]
    expected["feeds"] = {k: expected["feeds"][k] for k in order}
    expected["list_urls"] = {k: expected["list_urls"][k] for k in order}
    with open(os.path.join(root, "EXPECTED.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return expected


if __name__ == "__main__":
    for st in ("v1", "v2"):
        e = build(st)
        print(st, {k: len(v) for k, v in e["feeds"].items()})
