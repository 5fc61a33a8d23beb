"""Shared invented content (titles, bodies, dates) for the fixture mirrors.

Copied verbatim into each mirror's gen/ so that each mirror is self-contained.
Everything here is invented; only the URL scheme and date formats follow
docs/SITE.md.
"""
from datetime import datetime, timedelta

BASE = "https://migration.gov.az"
LANGS = ["az", "en", "ru"]

COUNTRIES = {
    "az": ["Türkiyə", "Gürcüstan", "Özbəkistan", "Qazaxıstan", "İtaliya", "Almaniya"],
    "en": ["Türkiye", "Georgia", "Uzbekistan", "Kazakhstan", "Italy", "Germany"],
    "ru": ["Турции", "Грузии", "Узбекистана", "Казахстана", "Италии", "Германии"],
}

NEWS_T = {
    "az": [
        "Dövlət Miqrasiya Xidmətinin rəisi {c} nümayəndə heyəti ilə görüşüb",
        "{c} ilə miqrasiya sahəsində əməkdaşlığın genişləndirilməsi müzakirə olunub",
        "Dövlət Miqrasiya Xidmətinin rəisi {c} Daxili İşlər Nazirliyinin nümayəndə heyəti ilə readmissiya məsələlərini müzakirə edib",
        "Xidmətin əməkdaşları {c} üzrə təcrübə mübadiləsi proqramında iştirak ediblər",
        "Əcnəbilərin və vətəndaşlığı olmayan şəxslərin qeydiyyatı ilə bağlı {c} vətəndaşlarına məlumat verilib",
        "Qeyri-qanuni miqrasiyaya qarşı mübarizə üzrə {c} ilə birgə təlim keçirilib",
        "{c} tələbələri üçün yaşamaq icazəsinin verilməsi qaydaları barədə seminar təşkil olunub və suallar cavablandırılıb",
        "Vətəndaşların qəbulu: {c} ilə bağlı müraciətlərə baxılıb",
        "Miqrasiya & məşğulluq: {c} təcrübəsi öyrənilir",
        "«ASAN xidmət» mərkəzlərində {c} vətəndaşları üçün yeni xidmətlər",
    ],
    "en": [
        "The Chief of the State Migration Service met with the delegation of {c}",
        "Expansion of cooperation with {c} in the field of migration discussed",
        "The Chief of the State Migration Service discussed readmission issues with the delegation of the Ministry of Internal Affairs of {c}",
        "Service employees took part in an experience exchange programme with {c}",
        "Citizens of {c} informed about the registration of foreigners and stateless persons",
        "Joint training with {c} on combating illegal migration held",
        "A seminar on the rules for issuing residence permits to students from {c} was organised and questions were answered",
        "Citizens' reception in Sumqayıt: applications related to {c} considered",
        "Migration & employment: the experience of {c} is being studied",
        "New services for citizens of {c} at \"ASAN xidmət\" centres",
    ],
    "ru": [
        "Начальник Государственной миграционной службы встретился с делегацией {c}",
        "Обсуждены вопросы расширения сотрудничества в сфере миграции с представителями {c}",
        "Начальник Государственной миграционной службы обсудил вопросы реадмиссии с делегацией Министерства внутренних дел {c}",
        "Сотрудники Службы приняли участие в программе обмена опытом с коллегами из {c}",
        "Гражданам {c} разъяснены правила регистрации иностранцев и лиц без гражданства",
        "Проведён совместный тренинг с представителями {c} по борьбе с нелегальной миграцией",
        "Организован семинар о правилах выдачи разрешений на проживание студентам из {c}, даны ответы на вопросы",
        "Приём граждан: рассмотрены обращения граждан {c}",
        "Миграция & занятость: изучается опыт {c}",
        "Новые услуги для граждан {c} в центрах «ASAN xidmət»",
    ],
}

IOM_ID = 15693
IOM = {
    "az": "Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatı Şurasının 114-cü sessiyasında iştirak edir",
    "en": "The Chief of the State Migration Service participates in the 114th session of the Council of the International Organization for Migration",
    "ru": "Начальник Государственной миграционной службы участвует в 114-й сессии Совета Международной организации по миграции",
}
IOM_BODY = {
    "az": ["Beynəlxalq Miqrasiya Təşkilatı Şurasının 114-cü sessiyası hibrid formatda işə başlayıb.",
           "Sessiyada Xidmətin rəisi Azərbaycanın miqrasiya idarəçiliyi sahəsində təcrübəsindən danışıb.",
           "Tədbir noyabrın 29-dək davam edəcək."],
    "en": ["The 114th session of the Council of the International Organization for Migration opened in a hybrid format, with delegations attending in person and online.",
           "Speaking at the session, the Chief of the Service outlined Azerbaijan's approach to migration management and its cooperation with IOM.",
           "The session will continue until 29 November."],
    "ru": ["114-я сессия Совета Международной организации по миграции открылась в гибридном формате.",
           "Выступая на сессии, начальник Службы рассказал об опыте Азербайджана в сфере управления миграцией.",
           "Сессия продлится до 29 ноября."],
}

PRESS_T = {
    "az": [
        "Dövlət qulluğunda vakant vəzifələrin tutulması üçün müsabiqə elan olunur",
        "Vətəndaşların qəbulu qrafiki barədə elan",
        "Yaşamaq icazəsi üçün müraciətlərin elektron qaydada qəbulu haqqında məlumat",
        "Satınalma müsabiqəsi: ofis avadanlıqlarının alınması",
        "Bayram günlərində iş rejimi haqqında elan",
        "Miqrasiya qaydalarının pozulmasına görə məsuliyyət barədə xəbərdarlıq",
        "Əmək miqrantları üçün qaynar xəttin iş saatları dəyişib",
        "İctimai şuraya üzvlərin seçilməsi ilə bağlı elan",
        "Elektron növbə sisteminin tətbiqi barədə məlumat",
        "Tender: nəqliyyat xidmətlərinin satınalınması",
        "Regional idarələrdə səyyar qəbul keçiriləcək",
        "Müsahibə: Xidmətin rəisi miqrasiya siyasətinin prioritetlərindən danışıb",
    ],
    "en": [
        "Competition announced for vacant positions in the civil service",
        "Announcement on the schedule of citizens' reception",
        "Information on the electronic submission of residence permit applications",
        "Procurement competition: purchase of office equipment",
        "Announcement on working hours during the holidays",
        "Warning on liability for violating migration rules",
        "Hotline hours for labour migrants have changed",
        "Announcement on the selection of Public Council members",
        "Information on the introduction of the electronic queue system",
        "Tender: procurement of transport services",
        "Mobile reception to be held in regional offices",
        "Interview: the Chief of the Service spoke about the priorities of migration policy",
    ],
    "ru": [
        "Объявлен конкурс на замещение вакантных должностей государственной службы",
        "Объявление о графике приёма граждан",
        "Информация о приёме заявлений на разрешение на проживание в электронной форме",
        "Конкурс закупок: приобретение офисного оборудования",
        "Объявление о режиме работы в праздничные дни",
        "Предупреждение об ответственности за нарушение миграционных правил",
        "Изменились часы работы горячей линии для трудовых мигрантов",
        "Объявление о выборе членов Общественного совета",
        "Информация о внедрении системы электронной очереди",
        "Тендер: закупка транспортных услуг",
        "В региональных управлениях пройдёт выездной приём",
        "Интервью: начальник Службы рассказал о приоритетах миграционной политики",
    ],
}

BODY = {
    "az": ["Görüşdə tərəflər miqrasiya proseslərinin idarə olunması sahəsində əməkdaşlığın perspektivlərini müzakirə ediblər.",
           "Qeyd olunub ki, Xidmət elektron xidmətlərin genişləndirilməsi istiqamətində ardıcıl işlər aparır.",
           "Tədbirin sonunda iştirakçıların sualları cavablandırılıb.",
           "Əcnəbilər və vətəndaşlığı olmayan şəxslər müraciətlərini elektron qaydada təqdim edə bilərlər.",
           "Məlumat üçün 919 qaynar xəttinə zəng etmək olar."],
    "en": ["At the meeting the parties discussed prospects for cooperation in migration management.",
           "It was noted that the Service is consistently expanding its electronic services.",
           "At the end of the event the participants' questions were answered.",
           "Foreigners and stateless persons can submit their applications electronically.",
           "For information, call the 919 hotline."],
    "ru": ["На встрече стороны обсудили перспективы сотрудничества в сфере управления миграцией.",
           "Отмечено, что Служба последовательно расширяет электронные услуги.",
           "В завершение мероприятия были даны ответы на вопросы участников.",
           "Иностранцы и лица без гражданства могут подавать заявления в электронной форме.",
           "За информацией можно обратиться на горячую линию 919."],
}

MONTHS = {
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
           "sentyabr", "oktyabr", "noyabr", "dekabr"],
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
           "августа", "сентября", "октября", "ноября", "декабря"],
}

LAST_UPDATED = "Səhifənin son yenilənmə tarixi: 10.10.2023"
FOOTER = {
    "az": "© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
    "en": "© 2024 The Republic of Azerbaijan State Migration Service",
    "ru": "© 2026 Государственная миграционная служба Азербайджанской Республики",
}
SITE_NAME = {"az": "Dövlət Miqrasiya Xidməti", "en": "State Migration Service",
             "ru": "Государственная миграционная служба"}
BANNER = ('<div class="gov-az-banner"><a href="https://www.gov.az/"><img src="/static/gov-az.png" '
          'alt="gov.az" width="24" height="24"> Azərbaycan Respublikasının rəsmi saytı — gov.az</a></div>')


def news_ids(state):
    top = 16767 if state == "v2" else 16764
    return list(range(top, 16740, -1)) + [IOM_ID]


def press_ids(state):
    top = 2891 if state == "v2" else 2889
    return list(range(top, 2879, -1))


def news_dt(i):
    if i == IOM_ID:
        return datetime(2023, 11, 28, 10, 15)
    # one item a day, going back from 7 February 2026; every 4th item shares
    # the day of the previous (newer) one, in the morning; office hours only
    k = 16767 - i
    day = datetime(2026, 2, 7) - timedelta(days=k - k // 4)
    if k % 4 == 0 and k > 0:
        return day.replace(hour=9 + k % 2, minute=(k * 17) % 12 * 5)
    return day.replace(hour=12 + (k * 5) % 7, minute=(k * 17) % 12 * 5)


def press_dt(i):
    k = 2891 - i
    day = datetime(2026, 2, 6) - timedelta(days=3 * k + k % 2)
    return day.replace(hour=10 + (k * 3) % 8, minute=(k * 13) % 12 * 5)


def base_news_title(lang, i):
    if i == IOM_ID:
        return IOM[lang]
    k = i - 16741
    return NEWS_T[lang][k % 10].format(c=COUNTRIES[lang][k // 10])


def press_title(lang, i):
    return PRESS_T[lang][i - 2880]


def body(lang, i, kind):
    if kind == "news" and i == IOM_ID:
        return list(IOM_BODY[lang])
    b = BODY[lang]
    return [b[i % 5], b[(i + 1) % 5], b[(i + 3) % 5]]


def words_date(lang, dt):
    return "%d %s %d" % (dt.day, MONTHS[lang][dt.month - 1], dt.year)


def az_year_suffix(year):
    return {0: "cı", 1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[year % 10]


def canon(lang, kind, i):
    return "%s/%s/%s_detail/%d" % (BASE, lang, kind, i)


# tiny valid PNG files
import struct, zlib


def png_bytes(r, g, b, w=4, h=3):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF_1PX = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def pdf_bytes(text):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = "BT /F1 10 Tf 10 50 Td (%s) Tj ET" % text
    objs[3] = "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = b"%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (n, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out
