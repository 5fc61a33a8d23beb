#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the "tables" fixture mirror of migration.gov.az.

Style: a legacy Joomla 1.5 site (ca. 2010), layout in nested tables,
category "table" lists with ?start=N offsets, Joomfish-style language prefixes,
ru pages in windows-1251.  python3, stdlib only.  Run:  python3 gen.py
It (re)writes v1/ and v2/ next to this file.
"""
import base64
import html
import json
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = "https://migration.gov.az"
WWW = "http://www.migration.gov.az"

# ---------------------------------------------------------------------------
# CONTENT
# Every story: id, date (YYYY-MM-DD or None = no date shown anywhere), img mode,
# v (first state it appears in), and per-language (title, [paragraphs]).
# Paragraph strings starting with "<" are inserted as raw HTML.
# img modes: rel | root | abs | lazy | noimage | none   (+ 'missing': file not created)
# ---------------------------------------------------------------------------

NEWS = [
 dict(id=16748, d="2026-01-23", v=2, img="root",
  az=("Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı nümayəndəliyinin yeni rəhbəri ilə görüşüb", [
   "Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı nümayəndəliyinin yeni təyin olunmuş rəhbərini qəbul edib.",
   "Görüşdə Xidmət ilə BMqT arasında uzunmüddətli əməkdaşlığın nəticələri yüksək qiymətləndirilib, miqrasiya proseslərinin idarə olunması, insan alverinə qarşı mübarizə və könüllü geri qayıdış proqramları sahəsində birgə layihələrin davam etdirilməsinin vacibliyi vurğulanıb.",
   "Nümayəndəliyin rəhbəri yeni vəzifəsində Xidmətlə sıx əməkdaşlığa hazır olduğunu bildirib və 2026-cı il üçün nəzərdə tutulan təlim proqramları barədə məlumat verib."]),
  en=("Chief of the State Migration Service meets the new Head of the IOM Mission in Azerbaijan", [
   "The Chief of the State Migration Service received the newly appointed Head of the Mission of the International Organization for Migration (IOM) in Azerbaijan.",
   "The parties praised the results of the long-standing cooperation between the Service and IOM and stressed the importance of continuing joint projects in migration management, combating trafficking in human beings and assisted voluntary return.",
   "The Head of the Mission expressed readiness for close cooperation and informed about the training programmes planned for 2026."]),
  ru=("Начальник Государственной миграционной службы встретился с новым главой представительства МОМ в Азербайджане", [
   "Начальник Государственной миграционной службы принял нового руководителя представительства Международной организации по миграции (МОМ) в Азербайджане.",
   "В ходе встречи были высоко оценены результаты многолетнего сотрудничества Службы и МОМ, подчеркнута важность продолжения совместных проектов в сфере управления миграцией, борьбы с торговлей людьми и добровольного возвращения.",
   "Глава представительства выразил готовность к тесному сотрудничеству и проинформировал о программах тренингов, запланированных на 2026 год."])),

 dict(id=16747, d="2026-01-23", v=2, img="rel",
  az=("Naxçıvan Regional Miqrasiya İdarəsində vətəndaşların qəbulu keçirilib", [
   "Dövlət Miqrasiya Xidməti rəisinin müavini Naxçıvan Regional Miqrasiya İdarəsində vətəndaşları və əcnəbiləri qəbul edib.",
   "Qəbulda iştirak edənlər əsasən müvəqqəti və daimi yaşamaq icazələrinin alınması, vətəndaşlıq məsələləri və yaşayış yeri üzrə qeydiyyatla bağlı müraciət ediblər. Müraciətlərin bir qismi yerində həll olunub, digərləri isə araşdırılmaq üçün aidiyyəti struktur bölmələrə göndərilib."]),
  ru=("В Нахчыванском региональном миграционном управлении проведен прием граждан", [
   "Заместитель начальника Государственной миграционной службы провел прием граждан и иностранцев в Нахчыванском региональном миграционном управлении.",
   "Обратившиеся в основном поднимали вопросы получения разрешений на временное и постоянное проживание, гражданства и регистрации по месту жительства. Часть обращений решена на месте, остальные направлены в соответствующие структурные подразделения для изучения."])),

 dict(id=16746, d="2026-01-23", v=2, img="lazy",
  az=("Əcnəbilərin yaşayış yeri üzrə qeydiyyata alınması üçün elektron xidmətin yeni versiyası istifadəyə verilib", [
   "Dövlət Miqrasiya Xidmətinin “Elektron xidmətlər” portalında əcnəbilərin və vətəndaşlığı olmayan şəxslərin yaşayış yeri üzrə qeydiyyata alınması xidmətinin yenilənmiş versiyası istifadəyə verilib.",
   "Yeni versiyada müraciət formasının doldurulması sadələşdirilib, sənədlərin elektron surətlərinin yüklənməsi və müraciətin icra vəziyyətinin izlənilməsi imkanı yaradılıb. Qeydiyyat haqqında bildiriş müraciət edənin elektron poçtuna göndərilir.",
   "Xatırladaq ki, ölkəyə gələn əcnəbilər 15 gündən artıq qaldıqda yaşayış yeri üzrə qeydiyyata alınmalıdırlar."]),
  en=("New version of the e-service for registration of foreigners at the place of stay launched", [
   "An updated version of the e-service for registration of foreigners and stateless persons at the place of stay has been launched on the e-services portal of the State Migration Service.",
   "Filling in the application form has been simplified, and applicants can now upload electronic copies of documents and track the status of their application online. A notification of registration is sent to the applicant's e-mail.",
   "Foreigners staying in the country for more than 15 days are required to register at the place of stay."]),
  ru=("Запущена новая версия электронной услуги по регистрации иностранцев по месту пребывания", [
   "На портале электронных услуг Государственной миграционной службы введена в действие обновленная версия услуги по регистрации иностранцев и лиц без гражданства по месту пребывания.",
   "В новой версии упрощено заполнение формы заявления, появилась возможность загружать электронные копии документов и отслеживать статус обращения. Уведомление о регистрации направляется на электронную почту заявителя.",
   "Напоминаем, что иностранцы, находящиеся в стране более 15 дней, обязаны зарегистрироваться по месту пребывания."])),

 dict(id=16745, d="2026-01-22", v=1, img="rel", extra="stats",
  az=("2025-ci ildə 38 mindən çox əcnəbiyə Azərbaycanda müvəqqəti yaşamaq icazəsi verilib", [
   "Dövlət Miqrasiya Xidməti tərəfindən 2025-ci il ərzində 38 412 əcnəbiyə və vətəndaşlığı olmayan şəxsə Azərbaycan Respublikasının ərazisində müvəqqəti yaşamaq icazəsi verilib. Bu göstərici əvvəlki illə müqayisədə 6,3 faiz çoxdur.",
   "Hesabat dövründə 4 118 nəfərə daimi yaşamaq icazəsi verilib, 27 mindən çox əcnəbiyə isə iş icazəsi rəsmiləşdirilib.",
   "@STATS",
   "Müraciətlərin 71 faizi elektron qaydada, “Elektron xidmətlər” portalı vasitəsilə qəbul olunub."]),
  en=("Over 38,000 foreigners granted temporary residence permits in Azerbaijan in 2025", [
   "In 2025, the State Migration Service issued temporary residence permits to 38,412 foreigners and stateless persons, 6.3 per cent more than in the previous year.",
   "During the reporting period 4,118 persons received permanent residence permits, and work permits were issued to more than 27,000 foreigners.",
   "@STATS",
   "71 per cent of applications were submitted electronically via the e-services portal."]),
  ru=("В 2025 году более 38 тысячам иностранцев выдано разрешение на временное проживание в Азербайджане", [
   "В течение 2025 года Государственной миграционной службой 38 412 иностранцам и лицам без гражданства выдано разрешение на временное проживание на территории Азербайджанской Республики, что на 6,3 процента больше, чем годом ранее.",
   "За отчетный период 4 118 лицам выдано разрешение на постоянное проживание, более 27 тысячам иностранцев оформлено разрешение на работу.",
   "@STATS",
   "71 процент обращений поступил в электронной форме через портал электронных услуг."])),

 dict(id=16744, d="2026-01-22", v=1, img="abs",
  az=("Xidmətin əməkdaşları üçün insan alveri qurbanlarının müəyyən edilməsi mövzusunda təlim keçirilib", [
   "Dövlət Miqrasiya Xidmətinin Tədris Mərkəzində əməkdaşlar üçün insan alveri qurbanlarının erkən müəyyən edilməsi və onlara yardım göstərilməsi mövzusunda iki günlük təlim keçirilib.",
   "Təlimdə beynəlxalq ekspertlər insan alverinin əlamətləri, qurbanlarla müsahibənin aparılması qaydaları və müvafiq qurumlar arasında məlumat mübadiləsi barədə təqdimatlarla çıxış ediblər.",
   "Sonda iştirakçılara sertifikatlar təqdim olunub."]),
  ru=("Для сотрудников Службы проведен тренинг по выявлению жертв торговли людьми", [
   "В Учебном центре Государственной миграционной службы для сотрудников проведен двухдневный тренинг по раннему выявлению жертв торговли людьми и оказанию им помощи.",
   "Международные эксперты выступили с презентациями о признаках торговли людьми, порядке проведения собеседований с пострадавшими и обмене информацией между профильными ведомствами.",
   "В завершение участникам были вручены сертификаты."])),

 dict(id=16742, d="2026-01-21", v=1, img="rel",
  az=("Dövlət Miqrasiya Xidməti ilə BMT-nin Qaçqınlar üzrə Ali Komissarlığı arasında 2026-cı il üçün birgə fəaliyyət planı imzalanıb", [
   "Dövlət Miqrasiya Xidməti ilə BMT-nin Qaçqınlar üzrə Ali Komissarlığının (BMTQAK) Azərbaycandakı nümayəndəliyi arasında 2026-cı il üçün birgə fəaliyyət planı imzalanıb.",
   "Sənəddə sığınacaq prosedurlarının təkmilləşdirilməsi, qaçqın statusu üzrə müraciətlərə baxan əməkdaşların peşəkarlığının artırılması və vətəndaşlığı olmayan şəxslərin sayının azaldılması istiqamətində tədbirlər nəzərdə tutulub."]),
  en=("State Migration Service and UNHCR sign joint action plan for 2026", [
   "The State Migration Service and the Office of the UN High Commissioner for Refugees (UNHCR) in Azerbaijan have signed a joint action plan for 2026.",
   "The document provides for improving asylum procedures, strengthening the capacity of staff who consider refugee status applications, and reducing statelessness."]),
  ru=("Государственная миграционная служба и УВКБ ООН подписали совместный план действий на 2026 год", [
   "Государственная миграционная служба и представительство Управления Верховного комиссара ООН по делам беженцев (УВКБ ООН) в Азербайджане подписали совместный план действий на 2026 год.",
   "Документ предусматривает совершенствование процедур предоставления убежища, повышение квалификации сотрудников, рассматривающих заявления о статусе беженца, и меры по сокращению безгражданства."])),

 dict(id=16741, d="2026-01-20", v=1, img="rel", extra="gallery",
  az=("Dövlət Miqrasiya Xidmətinin kollektivi 20 Yanvar faciəsinin qurbanlarının xatirəsini yad edib", [
   "20 Yanvar faciəsinin 36-cı ildönümü ilə əlaqədar Dövlət Miqrasiya Xidmətinin rəhbərliyi və kollektivi Şəhidlər xiyabanını ziyarət edərək faciə qurbanlarının xatirəsini ehtiramla yad ediblər.",
   "Şəhidlərin məzarları üzərinə gül dəstələri düzülüb, “Əbədi məşəl” abidəsinin önünə əklil qoyulub.",
   "@GALLERY"]),
  en=("State Migration Service staff commemorate the victims of the 20 January tragedy", [
   "On the 36th anniversary of the 20 January tragedy, the management and staff of the State Migration Service visited the Alley of Martyrs and honoured the memory of the victims.",
   "Flowers were laid on the graves of the martyrs and a wreath was laid at the Eternal Flame memorial.",
   "@GALLERY"]),
  ru=("Коллектив Государственной миграционной службы почтил память жертв трагедии 20 Января", [
   "В связи с 36-й годовщиной трагедии 20 Января руководство и коллектив Государственной миграционной службы посетили Аллею шехидов и почтили память жертв трагедии.",
   "На могилы шехидов были возложены цветы, к памятнику «Вечный огонь» — венок.",
   "@GALLERY"])),

 dict(id=16739, d="2026-01-19", v=1, img="lazy", extra="fontopen",
  az=("Gəncə Regional Miqrasiya İdarəsinin yeni inzibati binası istifadəyə verilib, vətəndaşlara göstərilən xidmətlərin çeşidi genişləndirilib", [
   "Gəncə şəhərində Dövlət Miqrasiya Xidmətinin Gəncə Regional Miqrasiya İdarəsinin yeni inzibati binasının açılışı olub.",
   "Müasir standartlara uyğun inşa edilmiş binada vətəndaşların və əcnəbilərin qəbulu üçün geniş zal, elektron növbə sistemi, sənədlərin qəbulu və verilməsi üçün ayrıca kabinələr, həmçinin əlilliyi olan şəxslər üçün şərait yaradılıb.",
   "İdarə Gəncə şəhərini, Goranboy, Samux, Göygöl və Daşkəsən rayonlarını əhatə edir."]),
  en=("New administrative building of the Ganja Regional Migration Department opens", [
   "A new administrative building of the Ganja Regional Migration Department of the State Migration Service has opened in Ganja.",
   "The building, constructed to modern standards, has a spacious reception hall, an electronic queue system, separate booths for submitting and collecting documents, and facilities for persons with disabilities.",
   "The Department serves Ganja city and the Goranboy, Samukh, Goygol and Dashkasan districts."]),
  ru=("Введено в эксплуатацию новое административное здание Гянджинского регионального миграционного управления", [
   "В Гяндже состоялось открытие нового административного здания Гянджинского регионального миграционного управления Государственной миграционной службы.",
   "В здании, построенном по современным стандартам, оборудованы просторный зал приема граждан и иностранцев, система электронной очереди, отдельные кабины для приема и выдачи документов, а также созданы условия для лиц с ограниченными возможностями.",
   "Управление обслуживает город Гянджа, Геранбойский, Самухский, Гёйгёльский и Дашкесанский районы."])),

 dict(id=16738, d="2026-01-16", v=1, img="none",
  az=("Miqrasiya qanunvericiliyini pozan 112 əcnəbi ölkədən inzibati qaydada çıxarılıb", [
   "Dövlət Miqrasiya Xidmətinin əməkdaşları tərəfindən ötən ay ərzində keçirilən tədbirlər nəticəsində ölkə ərazisində qanunsuz yaşayan və ya icazəsiz əmək fəaliyyəti ilə məşğul olan 112 əcnəbi müəyyən edilib.",
   "Həmin şəxslər barəsində Azərbaycan Respublikasının Miqrasiya Məcəlləsinə uyğun olaraq inzibati qaydada ölkədən çıxarılma barədə qərar qəbul edilib. Onların ölkəyə gəlişinə müəyyən müddətə qadağa qoyulub."]),
  ru=("За нарушение миграционного законодательства из страны выдворены 112 иностранцев", [
   "В результате мероприятий, проведенных сотрудниками Государственной миграционной службы в течение прошлого месяца, выявлено 112 иностранцев, незаконно проживавших в стране или занимавшихся трудовой деятельностью без разрешения.",
   "В отношении них в соответствии с Миграционным кодексом Азербайджанской Республики принято решение об административном выдворении. Въезд в страну им запрещен на определенный срок."])),

 dict(id=16736, d="2026-01-15", v=1, img="rel",
  az=("Vətəndaşlıq məsələləri üzrə işçi komissiyanın növbəti iclası keçirilib", [
   "Dövlət Miqrasiya Xidmətində vətəndaşlıq məsələləri üzrə işçi komissiyanın növbəti iclası keçirilib.",
   "İclasda Azərbaycan Respublikasının vətəndaşlığına qəbul, vətəndaşlığın bərpası və vətəndaşlıqdan çıxma ilə bağlı daxil olmuş 246 müraciətə baxılıb. Müraciətlərin 198-i üzrə müsbət rəy verilib."]),
  en=("Working commission on citizenship issues holds its regular meeting", [
   "The working commission on citizenship issues of the State Migration Service held its regular meeting.",
   "The commission considered 246 applications for admission to, restoration of and renunciation of citizenship of the Republic of Azerbaijan, and issued positive opinions on 198 of them."]),
  ru=("Состоялось очередное заседание рабочей комиссии по вопросам гражданства", [
   "В Государственной миграционной службе состоялось очередное заседание рабочей комиссии по вопросам гражданства.",
   "На заседании рассмотрено 246 обращений, касающихся приема в гражданство Азербайджанской Республики, восстановления гражданства и выхода из него. По 198 обращениям дано положительное заключение."])),

 dict(id=16735, d="2026-01-14", v=1, img="noimage",
  az=('Xidmətin Sumqayıt şöbəsində "Açıq qapı" günü keçirilib', [
   'Dövlət Miqrasiya Xidmətinin Sumqayıt şəhər şöbəsində "Açıq qapı" günü keçirilib.',
   "Tədbirdə şəhərdə fəaliyyət göstərən müəssisələrin nümayəndələrinə və əcnəbi işçilərə iş icazəsinin alınması, yaşayış yeri üzrə qeydiyyat və elektron xidmətlərdən istifadə qaydaları izah olunub, onları maraqlandıran suallar cavablandırılıb."]),
  ru=("В Сумгайытском отделе Службы прошел «День открытых дверей»", [
   "В Сумгайытском городском отделе Государственной миграционной службы прошел «День открытых дверей».",
   "Представителям предприятий города и иностранным работникам разъяснены правила получения разрешения на работу, регистрации по месту пребывания и пользования электронными услугами, даны ответы на интересующие их вопросы."])),

 dict(id=16733, d="2026-01-13", v=1, img="root", extra="bopen",
  az=("Əmək miqrantlarının hüquqlarının müdafiəsi mövzusunda dəyirmi masa keçirilib", [
   "Dövlət Miqrasiya Xidmətinin və Beynəlxalq Əmək Təşkilatının birgə təşkilatçılığı ilə əmək miqrantlarının hüquqlarının müdafiəsi mövzusunda dəyirmi masa keçirilib.",
   "@BOPEN Tədbirdə dövlət qurumlarının, həmkarlar ittifaqlarının və işəgötürən təşkilatlarının nümayəndələri iştirak ediblər.",
   "Müzakirələrdə əcnəbi işçilərlə əmək müqavilələrinin bağlanması, sosial sığorta və iş yerlərində təhlükəsizlik məsələlərinə diqqət yetirilib."]),
  az_v2_title="Əmək miqrantlarının hüquqlarının müdafiəsi mövzusunda Bakıda dəyirmi masa keçirilib",
  en=("Round table on protection of the rights of labour migrants held", [
   "A round table on the protection of the rights of labour migrants was held, jointly organised by the State Migration Service and the International Labour Organization.",
   "Representatives of state bodies, trade unions and employers' organisations discussed employment contracts with foreign workers, social insurance and occupational safety."]),
  ru=("Проведен круглый стол по защите прав трудовых мигрантов", [
   "Состоялся круглый стол по защите прав трудовых мигрантов, организованный Государственной миграционной службой совместно с Международной организацией труда.",
   "Представители государственных органов, профсоюзов и организаций работодателей обсудили вопросы заключения трудовых договоров с иностранными работниками, социального страхования и безопасности на рабочих местах."])),

 dict(id=16731, d="2026-01-12", v=1, img="rel", extra="quota",
  az=("2026-cı il üçün əcnəbilərin və vətəndaşlığı olmayan şəxslərin əmək fəaliyyəti üzrə kvota müəyyən edilib", [
   "Azərbaycan Respublikası Nazirlər Kabinetinin qərarı ilə 2026-cı il üçün ölkə ərazisində əcnəbilərin və vətəndaşlığı olmayan şəxslərin haqqı ödənilən əmək fəaliyyəti ilə məşğul olmasına dair kvota müəyyən edilib.",
   "Qərara əsasən, kvota iqtisadiyyatın sahələri üzrə bölüşdürülüb; ən çox yer tikinti, emal sənayesi və xidmət sahələrinə ayrılıb.",
   "Kvota çərçivəsində iş icazələrinin verilməsi qaydası barədə ətraflı məlumat Xidmətin rəsmi saytının “Elanlar” bölməsində yerləşdirilib."]),
  en=("Quota for labour activity of foreigners and stateless persons for 2026 determined", [
   "By decision of the Cabinet of Ministers of the Republic of Azerbaijan, the quota for paid labour activity of foreigners and stateless persons in the country for 2026 has been determined.",
   "The quota is distributed by sectors of the economy, with the largest shares allocated to construction, manufacturing and services.",
   "Detailed information on the issuance of work permits within the quota is available in the Announcements section."]),
  ru=("Определена квота на трудовую деятельность иностранцев и лиц без гражданства на 2026 год", [
   "Решением Кабинета Министров Азербайджанской Республики определена квота на оплачиваемую трудовую деятельность иностранцев и лиц без гражданства на территории страны на 2026 год.",
   "Квота распределена по отраслям экономики; наибольшая доля приходится на строительство, обрабатывающую промышленность и сферу услуг.",
   "Подробная информация о порядке выдачи разрешений на работу в рамках квоты размещена в разделе «Объявления»."])),

 dict(id=16729, d="2026-01-09", v=1, img="abs", extra="video",
  az=("Xidmətin rəisi Türkiyə Respublikası Miqrasiya İdarəsi Başqanlığının nümayəndə heyəti ilə görüşüb", [
   "Dövlət Miqrasiya Xidmətinin rəisi Türkiyə Respublikası Daxili İşlər Nazirliyi Miqrasiya İdarəsi Başqanlığının nümayəndə heyətini qəbul edib.",
   "Görüşdə iki qardaş ölkə arasında miqrasiya sahəsində əməkdaşlığın mövcud vəziyyəti və perspektivləri müzakirə olunub, elektron məlumat mübadiləsi və qeyri-qanuni miqrasiyaya qarşı birgə mübarizə məsələlərinə toxunulub.",
   "Sonda tərəflər 2026-2027-ci illər üçün əməkdaşlıq proqramının layihəsini nəzərdən keçiriblər.",
   "@VIDEO"]),
  en=("Chief of the Service meets delegation of the Presidency of Migration Management of Türkiye", [
   "The Chief of the State Migration Service received a delegation of the Presidency of Migration Management of the Ministry of Interior of the Republic of Türkiye.",
   "The sides discussed the current state and prospects of cooperation in the field of migration, electronic data exchange and joint efforts against irregular migration.",
   "The parties also reviewed a draft cooperation programme for 2026-2027.",
   "@VIDEO"]),
  ru=("Начальник Службы встретился с делегацией Управления по миграции Турецкой Республики", [
   "Начальник Государственной миграционной службы принял делегацию Управления по миграции Министерства внутренних дел Турецкой Республики.",
   "Обсуждены текущее состояние и перспективы сотрудничества двух братских стран в сфере миграции, вопросы электронного обмена данными и совместной борьбы с незаконной миграцией.",
   "Стороны также рассмотрели проект программы сотрудничества на 2026–2027 годы.",
   "@VIDEO"])),

 dict(id=16728, d="2026-01-08", v=1, img="none",
  az=("Bayram günlərində miqrasiya məsələləri ilə bağlı 24 mindən çox müraciət qəbul edilib", [
   "Yeni il bayramı günlərində Dövlət Miqrasiya Xidmətinin regional idarələrinə, “ASAN xidmət” mərkəzlərindəki bölmələrinə və 919 Çağrı Mərkəzinə 24 mindən çox müraciət daxil olub.",
   "Müraciətlərin əksəriyyəti yaşayış yeri üzrə qeydiyyat, müvəqqəti yaşamaq icazəsinin müddətinin uzadılması və iş icazəsinin alınması ilə bağlı olub."]),
  ru=("В дни новогодних праздников в региональные управления Службы и центры «ASAN xidmət» поступило более 24 тысяч обращений по миграционным вопросам", [
   "В дни новогодних праздников в региональные управления Государственной миграционной службы, ее подразделения в центрах «ASAN xidmət» и Колл-центр 919 поступило более 24 тысяч обращений.",
   "Большинство обращений касалось регистрации по месту пребывания, продления срока разрешения на временное проживание и получения разрешения на работу."])),

 dict(id=16726, d="2026-01-06", v=1, img="rel",
  az=("Xidmətin 2025-ci il üzrə fəaliyyətinin yekunlarına həsr olunmuş kollegiya iclası keçirilib", [
   "Dövlət Miqrasiya Xidmətində 2025-ci ildə görülmüş işlərin yekunlarına və qarşıda duran vəzifələrə həsr olunmuş kollegiya iclası keçirilib.",
   "İclasda qeyd olunub ki, ötən il elektron xidmətlərin sayı 34-ə çatdırılıb, regional idarələrdə vətəndaş məmnunluğu göstəricisi 96 faizə yüksəlib.",
   "Kollegiya 2026-cı il üçün fəaliyyət planını təsdiq edib."]),
  en=("Board meeting dedicated to the results of the Service's activities in 2025 held", [
   "The State Migration Service held a board meeting dedicated to the results of 2025 and the tasks ahead.",
   "It was noted that the number of e-services reached 34 last year, and citizen satisfaction at regional offices rose to 96 per cent.",
   "The board approved the action plan for 2026."]),
  ru=("Состоялось заседание коллегии, посвященное итогам деятельности Службы в 2025 году", [
   "В Государственной миграционной службе состоялось заседание коллегии, посвященное итогам работы в 2025 году и предстоящим задачам.",
   "Отмечено, что в прошлом году число электронных услуг достигло 34, а показатель удовлетворенности граждан в региональных управлениях вырос до 96 процентов.",
   "Коллегия утвердила план действий на 2026 год."])),

 dict(id=16724, d="2025-12-30", v=1, img="rel", missing=True,
  az=("Dövlət Miqrasiya Xidmətinin rəisi Dünya Azərbaycanlılarının Həmrəylik Günü və Yeni il münasibətilə kollektivi təbrik edib", [
   "Dövlət Miqrasiya Xidmətinin rəisi 31 Dekabr – Dünya Azərbaycanlılarının Həmrəylik Günü və Yeni il münasibətilə Xidmətin kollektivini təbrik edib.",
   "Təbrikdə ötən il ərzində əldə olunmuş nailiyyətlərə görə əməkdaşlara təşəkkür edilib, onlara möhkəm cansağlığı, ailə səadəti və yeni uğurlar arzulanıb."]),
  en=("Chief of the Service congratulates staff on the Day of Solidarity of World Azerbaijanis and New Year", [
   "The Chief of the State Migration Service congratulated the staff of the Service on 31 December, the Day of Solidarity of World Azerbaijanis, and the New Year.",
   "He thanked the employees for the achievements of the past year and wished them good health and new successes."]),
  ru=("Начальник Службы поздравил коллектив с Днем солидарности азербайджанцев мира и Новым годом", [
   "Начальник Государственной миграционной службы поздравил коллектив Службы с 31 Декабря — Днем солидарности азербайджанцев мира и Новым годом.",
   "Он поблагодарил сотрудников за достигнутые в минувшем году успехи и пожелал им крепкого здоровья, семейного счастья и новых успехов."])),

 dict(id=16723, d="2025-12-29", v=1, img="root",
  az=("Qeyri-qanuni miqrasiyaya qarşı mübarizə çərçivəsində növbəti reyd tədbirləri keçirilib", [
   "Dövlət Miqrasiya Xidməti tərəfindən digər hüquq-mühafizə orqanları ilə birgə Bakı, Sumqayıt və Xırdalan şəhərlərində qeyri-qanuni miqrasiyaya qarşı növbəti reyd tədbirləri keçirilib.",
   "Tədbirlər zamanı miqrasiya qanunvericiliyinin tələblərini pozan 47 əcnəbi müəyyən edilib, onlar barəsində qanunvericiliyə uyğun tədbirlər görülür."]),
  ru=("Проведены очередные рейдовые мероприятия по борьбе с незаконной миграцией", [
   "Государственной миграционной службой совместно с другими правоохранительными органами в городах Баку, Сумгайыт и Хырдалан проведены очередные рейдовые мероприятия по борьбе с незаконной миграцией.",
   "В ходе мероприятий выявлено 47 иностранцев, нарушивших требования миграционного законодательства; в отношении них принимаются меры в соответствии с законодательством."])),

 dict(id=16721, d="2025-12-26", v=1, img="lazy",
  az=("Lənkəran Regional Miqrasiya İdarəsi Astara rayonunda səyyar qəbul təşkil edib", [
   "Dövlət Miqrasiya Xidmətinin Lənkəran Regional Miqrasiya İdarəsi Astara rayonunda vətəndaşlar və əcnəbilər üçün səyyar qəbul təşkil edib.",
   "Səyyar qəbul zamanı 60-dan çox şəxsə yaşayış yeri üzrə qeydiyyat, vətəndaşlığın müəyyənləşdirilməsi və pasport alınması üçün zəruri sənədlər barədə məsləhət verilib, 18 müraciət yerində qəbul olunub."]),
  en=("Lankaran Regional Migration Department holds mobile reception in Astara", [
   "The Lankaran Regional Migration Department of the State Migration Service organised a mobile reception for citizens and foreigners in the Astara district.",
   "More than 60 people received advice on registration at the place of stay, determination of citizenship and the documents required to obtain a passport, and 18 applications were accepted on the spot."]),
  ru=("Ленкоранское региональное миграционное управление провело выездной прием в Астаринском районе", [
   "Ленкоранское региональное миграционное управление Государственной миграционной службы организовало выездной прием граждан и иностранцев в Астаринском районе.",
   "Более 60 человек получили консультации по вопросам регистрации по месту пребывания, определения гражданства и документов, необходимых для получения паспорта; 18 заявлений принято на месте."])),

 dict(id=16719, d="2025-12-24", v=1, img="rel",
  az=("“Elektron növbə” sistemi bütün regional miqrasiya idarələrində tətbiq olunub", [
   "Dövlət Miqrasiya Xidmətinin bütün regional miqrasiya idarələrində “Elektron növbə” sistemi tətbiq olunub.",
   "Artıq vətəndaşlar və əcnəbilər Xidmətin rəsmi saytı və ya 919 Çağrı Mərkəzi vasitəsilə qəbul üçün əvvəlcədən vaxt təyin edə bilərlər. Sistem gözləmə müddətini orta hesabla iki dəfə azaldıb."]),
  en=("Electronic queue system introduced at all regional migration departments", [
   "The electronic queue system has been introduced at all regional migration departments of the State Migration Service.",
   "Citizens and foreigners can now book an appointment in advance through the official website or the 919 Call Centre. The system has halved the average waiting time."]),
  ru=("Система «Электронная очередь» внедрена во всех региональных миграционных управлениях", [
   "Во всех региональных миграционных управлениях Государственной миграционной службы внедрена система «Электронная очередь».",
   "Теперь граждане и иностранцы могут заранее записаться на прием через официальный сайт Службы или Колл-центр 919. Система в среднем вдвое сократила время ожидания."])),

 dict(id=16717, d="2025-12-22", v=1, img="rel",
  az=("Beynəlxalq Miqrantlar Günü münasibətilə konfrans keçirilib", [
   "18 dekabr – Beynəlxalq Miqrantlar Günü münasibətilə Dövlət Miqrasiya Xidmətinin təşkilatçılığı ilə “Təhlükəsiz, nizamlı və qanuni miqrasiya: regional təcrübə” mövzusunda konfrans keçirilib.",
   "Konfransda dövlət qurumlarının, beynəlxalq təşkilatların və diplomatik korpusun nümayəndələri iştirak ediblər. Çıxışlarda Azərbaycanın miqrasiya siyasətinin əsas istiqamətləri və bu sahədə beynəlxalq əməkdaşlığın əhəmiyyəti vurğulanıb."]),
  ru=("Состоялась конференция, посвященная Международному дню мигрантов", [
   "По случаю 18 декабря — Международного дня мигрантов Государственной миграционной службой организована конференция на тему «Безопасная, упорядоченная и легальная миграция: региональный опыт».",
   "В конференции приняли участие представители государственных органов, международных организаций и дипломатического корпуса. В выступлениях были отмечены основные направления миграционной политики Азербайджана и значение международного сотрудничества в этой сфере."])),

 dict(id=16716, d="2025-12-19", v=1, img="abs", extra="script",
  az=("Dövlət Miqrasiya Xidməti və Beynəlxalq Miqrasiya Təşkilatı könüllü geri qayıdış üzrə əməkdaşlığı genişləndirir", [
   "Dövlət Miqrasiya Xidməti ilə Beynəlxalq Miqrasiya Təşkilatı arasında könüllü geri qayıdış və reinteqrasiya proqramı çərçivəsində əməkdaşlığın genişləndirilməsinə dair razılaşma əldə olunub.",
   "@SCRIPT",
   "Proqram çərçivəsində ölkədə qanunsuz qalan əcnəbilərin öz ölkələrinə könüllü qayıdışına, həmçinin xaricdən qayıdan Azərbaycan vətəndaşlarının reinteqrasiyasına dəstək göstəriləcək."]),
  en=("SMS and IOM expand cooperation on assisted voluntary return", [
   "The State Migration Service and the International Organization for Migration have agreed to expand their cooperation under the assisted voluntary return and reintegration programme.",
   "@SCRIPT",
   "The programme will support the voluntary return of foreigners staying in the country irregularly to their countries of origin, as well as the reintegration of Azerbaijani citizens returning from abroad."]),
  ru=("ГМС и МОМ расширяют сотрудничество в области добровольного возвращения", [
   "Государственная миграционная служба и Международная организация по миграции достигли договоренности о расширении сотрудничества в рамках программы добровольного возвращения и реинтеграции.",
   "@SCRIPT",
   "Программа предусматривает поддержку добровольного возвращения иностранцев, незаконно находящихся в стране, на родину, а также реинтеграции граждан Азербайджана, возвращающихся из-за рубежа."])),

 dict(id=16714, d=None, v=1, img="rel",
  az=("Xidmətin əməkdaşları üçün hüquqi maarifləndirmə seminarı təşkil olunub", [
   "Dövlət Miqrasiya Xidmətində əməkdaşlar üçün Miqrasiya Məcəlləsinə edilmiş son dəyişikliklərə həsr olunmuş hüquqi maarifləndirmə seminarı təşkil olunub.",
   "Seminarda inzibati icraat qaydaları, müraciətlərə baxılma müddətləri və şikayətlərin araşdırılması ilə bağlı məsələlər ətraflı izah edilib."])),

 dict(id=16712, d="2025-12-15", v=1, img="rel",
  az=("Azərbaycan Respublikasının vətəndaşlığına qəbul edilmiş şəxslərə pasportlar təqdim olunub", [
   "Dövlət Miqrasiya Xidmətində Azərbaycan Respublikasının vətəndaşlığına qəbul edilmiş bir qrup şəxsə ümumvətəndaş pasportlarının təqdim edilməsi mərasimi keçirilib.",
   "Mərasimdə çıxış edənlər vətəndaşlığa qəbul olunanları təbrik edib, Azərbaycan vətəndaşının hüquq və vəzifələrini xatırladıblar. Pasport alanlar göstərilən diqqətə görə minnətdarlıqlarını bildiriblər."]),
  en=("Passports handed over to persons admitted to citizenship of the Republic of Azerbaijan", [
   "A ceremony was held at the State Migration Service to hand over passports to a group of persons admitted to citizenship of the Republic of Azerbaijan.",
   "Speakers congratulated the new citizens and reminded them of the rights and duties of a citizen of Azerbaijan."]),
  ru=("Лицам, принятым в гражданство Азербайджанской Республики, вручены паспорта", [
   "В Государственной миграционной службе состоялась церемония вручения общегражданских паспортов группе лиц, принятых в гражданство Азербайджанской Республики.",
   "Выступавшие поздравили новых граждан и напомнили им о правах и обязанностях гражданина Азербайджана. Получившие паспорта выразили благодарность за оказанное внимание."])),

 dict(id=16710, d="2025-12-11", v=1, img="root",
  az=("Şəki Regional Miqrasiya İdarəsinin əməkdaşları məktəblərdə maarifləndirmə tədbirləri keçiriblər", [
   "Şəki Regional Miqrasiya İdarəsinin əməkdaşları Şəki və Oğuz rayonlarının ümumtəhsil məktəblərində yuxarı sinif şagirdləri ilə görüşlər keçiriblər.",
   "Görüşlərdə şagirdlərə insan alverinin təhlükələri, xaricdə təhsil və iş təklifləri zamanı ehtiyatlı olmağın vacibliyi barədə məlumat verilib."]),
  ru=("Сотрудники Шекинского регионального миграционного управления провели просветительские мероприятия в школах", [
   "Сотрудники Шекинского регионального миграционного управления провели встречи со старшеклассниками общеобразовательных школ Шекинского и Огузского районов.",
   "Школьникам рассказали об опасностях торговли людьми и о необходимости проявлять осторожность при получении предложений об учебе и работе за рубежом."])),

 dict(id=16708, d="2025-12-08", v=1, img="rel",
  az=("Azərbaycan ilə Özbəkistan arasında miqrasiya sahəsində əməkdaşlıq üzrə işçi qrupunun iclası Daşkənddə keçirilib", [
   "Daşkənd şəhərində Azərbaycan Respublikası ilə Özbəkistan Respublikası arasında miqrasiya sahəsində əməkdaşlıq üzrə birgə işçi qrupunun növbəti iclası keçirilib.",
   "İclasda əmək miqrasiyası, miqrantların qeydiyyatı və readmissiya sahəsində əməkdaşlığın genişləndirilməsi, eləcə də məlumat mübadiləsi üçün elektron platformanın yaradılması məsələləri müzakirə olunub."]),
  en=("Azerbaijan–Uzbekistan working group on migration cooperation meets in Tashkent", [
   "The joint working group on cooperation in the field of migration between the Republic of Azerbaijan and the Republic of Uzbekistan held its regular meeting in Tashkent.",
   "The meeting discussed expanding cooperation on labour migration, registration of migrants and readmission, as well as creating an electronic platform for information exchange."]),
  ru=("В Ташкенте состоялось заседание рабочей группы по сотрудничеству в сфере миграции между Азербайджаном и Узбекистаном", [
   "В Ташкенте состоялось очередное заседание совместной рабочей группы по сотрудничеству в сфере миграции между Азербайджанской Республикой и Республикой Узбекистан.",
   "Обсуждены вопросы расширения сотрудничества в области трудовой миграции, регистрации мигрантов и реадмиссии, а также создания электронной платформы для обмена информацией."])),

 dict(id=16706, d="2025-12-04", v=1, img="none",
  az=("Əcnəbi tələbələr üçün miqrasiya qaydalarına dair universitetlərdə görüşlər keçirilir", [
   "Dövlət Miqrasiya Xidmətinin əməkdaşları Bakı Dövlət Universitetində və Azərbaycan Tibb Universitetində təhsil alan əcnəbi tələbələrlə görüşüblər.",
   "Tələbələrə müvəqqəti yaşamaq icazəsinin alınması və uzadılması qaydaları, yaşayış yeri üzrə qeydiyyat və elektron xidmətlərdən istifadə barədə məlumat verilib."]),
  ru=("Для иностранных студентов в университетах проводятся встречи по миграционным правилам", [
   "Сотрудники Государственной миграционной службы встретились с иностранными студентами Бакинского государственного университета и Азербайджанского медицинского университета.",
   "Студентам разъяснили порядок получения и продления разрешения на временное проживание, регистрации по месту пребывания и пользования электронными услугами."])),

 dict(id=16703, d="2025-11-28", v=1, img="rel",
  az=("Xidmətin rəisi Beynəlxalq Miqrasiya Təşkilatı Şurasının 116-cı sessiyasında iştirak edib", [
   "Dövlət Miqrasiya Xidmətinin rəisi Cenevrədə keçirilən Beynəlxalq Miqrasiya Təşkilatı Şurasının 116-cı sessiyasında iştirak edib.",
   "Sessiyada çıxış edən Xidmətin rəisi Azərbaycanda miqrasiya proseslərinin idarə olunmasında tətbiq edilən rəqəmsal həllər və BMqT ilə birgə həyata keçirilən layihələr barədə məlumat verib."]),
  en=("Chief of the State Migration Service attends the 116th session of the IOM Council", [
   "The Chief of the State Migration Service attended the 116th session of the Council of the International Organization for Migration in Geneva.",
   "In his speech he spoke about the digital solutions applied in migration management in Azerbaijan and the projects implemented jointly with IOM."]),
  ru=("Начальник Службы принял участие в 116-й сессии Совета Международной организации по миграции", [
   "Начальник Государственной миграционной службы принял участие в 116-й сессии Совета Международной организации по миграции в Женеве.",
   "В своем выступлении он рассказал о цифровых решениях, применяемых в управлении миграционными процессами в Азербайджане, и о проектах, реализуемых совместно с МОМ."])),

 dict(id=16701, d="2025-11-25", v=1, img="rel",
  az=("Bakıda miqrasiya proseslərinin idarə olunmasında rəqəmsal həllər mövzusunda beynəlxalq konfrans keçirilib", [
   "Bakıda Dövlət Miqrasiya Xidmətinin təşkilatçılığı ilə “Miqrasiya proseslərinin idarə olunmasında rəqəmsal həllər” mövzusunda beynəlxalq konfrans keçirilib.",
   "Konfransda 15 ölkənin miqrasiya qurumlarının nümayəndələri, beynəlxalq təşkilatların ekspertləri iştirak ediblər. Azərbaycanda tətbiq edilən “Vahid Miqrasiya Məlumat Sistemi” və elektron xidmətlər iştirakçılara təqdim olunub."]),
  en=("International conference on digital solutions in migration management held in Baku", [
   "An international conference on digital solutions in migration management, organised by the State Migration Service, was held in Baku.",
   "Representatives of migration authorities of 15 countries and experts of international organisations took part. The Unified Migration Information System and the e-services used in Azerbaijan were presented to the participants."])),
]

# Older English-only items (Word-pasted markup, lots of empty paragraphs)
OLD_EN = [
 dict(id=16402, d="2025-06-20", v=1, img="abs", old=True,
  en=("World Refugee Day: State Migration Service highlights cooperation with UNHCR", [
   "On the occasion of 20 June, World Refugee Day, the State Migration Service and the UNHCR Representation in Azerbaijan held a joint event.",
   "The participants noted the results achieved in improving the national asylum system and the assistance provided to refugees and asylum seekers in the country."])),
 dict(id=16115, d="2025-01-24", v=1, img="rel", old=True,
  en=("Delegation of the State Migration Service visits the Federal Office for Migration and Refugees of Germany", [
   "A delegation of the State Migration Service paid a working visit to the Federal Office for Migration and Refugees of Germany in Nuremberg.",
   "The delegation got acquainted with the work of the asylum procedure centres and the integration courses for migrants, and discussed possible areas of future cooperation."])),
 dict(id=15980, d="2024-10-15", v=1, img="none", old=True,
  en=("Training on integration of migrants held with ICMPD support", [
   "A training on the integration of migrants was held for employees of the State Migration Service with the support of the International Centre for Migration Policy Development (ICMPD).",
   "The training covered language courses, access to education and health services for migrants, and the experience of EU member states."])),
 dict(id=15768, d="2023-11-28", v=1, img="rel", old=True, imgpath="images/stories/foto/2023/noyabr/iom_council_114.jpg",
  en=("The Chief of the State Migration Service participates in the 114th session of the Council of the International Organization for Migration", [
   "The Chief of the State Migration Service is taking part in the 114th session of the Council of the International Organization for Migration (IOM).",
   "The session, held in a hybrid format, brings together delegations of the IOM member states, observers and partner organisations. It will continue until 29 November.",
   "In his remarks the Chief of the Service spoke about the measures taken in Azerbaijan to ensure safe, orderly and regular migration, the digitalisation of migration services and the long-standing partnership with IOM.",
   "On the margins of the session the Chief of the Service held bilateral meetings with the heads of delegations of a number of countries and with IOM officials."])),
 dict(id=15611, d="2023-09-12", v=1, img="none", old=True,
  en=("Azerbaijan and Georgia discuss cooperation on readmission", [
   "A meeting of the joint expert group on the implementation of the readmission agreement between Azerbaijan and Georgia was held in Tbilisi.",
   "The parties exchanged statistics and discussed ways of speeding up the identification of persons subject to readmission."])),
 dict(id=15430, d="2023-06-06", v=1, img="rel", old=True,
  en=("Staff of the Migration Service trained in document security", [
   "Employees of the State Migration Service attended a training on document security and detection of forged travel documents.",
   "The training was conducted by experts of the OSCE and partner border agencies."])),
]

# Press centre, az/ru series (announcements listed; interviews only on the
# Müsahibələr/Интервью pages, which are not feeds)
PRESS = [
 dict(id=2891, d="2026-01-23", v=2, img="none",
  az=("Əcnəbilərin və vətəndaşlığı olmayan şəxslərin nəzərinə: yaşayış yeri üzrə qeydiyyat qaydalarında dəyişikliklər", [
   "Dövlət Miqrasiya Xidməti məlumat verir ki, 1 fevraldan etibarən əcnəbilərin və vətəndaşlığı olmayan şəxslərin yaşayış yeri üzrə qeydiyyata alınması üçün müraciətlər yalnız “Elektron xidmətlər” portalı vasitəsilə qəbul ediləcək.",
   "Mehmanxanalarda yerləşən əcnəbilərin qeydiyyatı əvvəlki qaydada, mehmanxana tərəfindən həyata keçirilir."]),
  ru=("Вниманию иностранцев и лиц без гражданства: изменения в правилах регистрации по месту пребывания", [
   "Государственная миграционная служба сообщает, что с 1 февраля заявления о регистрации иностранцев и лиц без гражданства по месту пребывания будут приниматься только через портал электронных услуг.",
   "Регистрация иностранцев, проживающих в гостиницах, по-прежнему осуществляется гостиницей."])),
 dict(id=2890, d="2026-01-23", v=2, img="none",
  az=("Dövlət Miqrasiya Xidmətində vakant vəzifələrin tutulması üçün müsabiqə elan olunur", [
   "Dövlət Miqrasiya Xidməti mərkəzi aparatda və regional miqrasiya idarələrində vakant vəzifələrin tutulması üçün müsabiqə elan edir.",
   "Müsabiqədə iştirak etmək istəyən namizədlər sənədlərini Dövlət Qulluğu Məsələləri üzrə Komissiyanın internet portalı vasitəsilə təqdim edə bilərlər."]),
  ru=("Объявляется конкурс на замещение вакантных должностей в Государственной миграционной службе", [
   "Государственная миграционная служба объявляет конкурс на замещение вакантных должностей в центральном аппарате и региональных миграционных управлениях.",
   "Кандидаты могут подать документы через интернет-портал Комиссии по вопросам государственной службы."])),
 dict(id=2889, d="2026-01-21", v=1, img="rel",
  az=("“Elektron xidmətlər” portalında texniki işlərlə əlaqədar fasilə barədə elan", [
   "Texniki işlərin aparılması ilə əlaqədar bazar günü saat 01:00-dan 06:00-dək Dövlət Miqrasiya Xidmətinin “Elektron xidmətlər” portalının fəaliyyətində fasilə olacaq.",
   "Narahatçılığa görə üzr istəyirik."]),
  ru=("Объявление о перерыве в работе портала электронных услуг в связи с техническими работами", [
   "В связи с проведением технических работ в воскресенье с 01:00 до 06:00 в работе портала электронных услуг Государственной миграционной службы будет перерыв.",
   "Приносим извинения за неудобства."])),
 dict(id=2887, d="2026-01-15", v=1, img="rel",
  az=("İş icazəsinin alınması üçün müraciətlər yalnız elektron qaydada qəbul olunacaq", [
   "Nəzərinizə çatdırırıq ki, əcnəbilərin və vətəndaşlığı olmayan şəxslərin ölkə ərazisində haqqı ödənilən əmək fəaliyyəti ilə məşğul olması üçün iş icazəsinin alınmasına dair müraciətlər yalnız elektron qaydada qəbul olunacaq.",
   "Müraciət işəgötürən tərəfindən “Elektron xidmətlər” portalında gücləndirilmiş elektron imza ilə təqdim edilir."]),
  ru=("Заявления на получение разрешения на работу будут приниматься только в электронной форме", [
   "Доводим до вашего сведения, что заявления о выдаче разрешения на оплачиваемую трудовую деятельность иностранцам и лицам без гражданства будут приниматься только в электронной форме.",
   "Заявление подается работодателем на портале электронных услуг с использованием усиленной электронной подписи."])),
 dict(id=2885, d="2026-01-13", v=1, img="none", pdf="images/stories/elanlar/2885_kvota_qaydasi.pdf",
  az=("Əmək fəaliyyəti kvotası çərçivəsində iş icazələrinin verilməsi qaydası barədə məlumat", [
   "2026-cı il üçün müəyyən edilmiş əmək fəaliyyəti kvotası çərçivəsində iş icazələrinin verilməsi qaydası ilə aşağıdakı sənəddən tanış ola bilərsiniz.",
   "@PDF"]),
  ru=("Информация о порядке выдачи разрешений на работу в рамках квоты на трудовую деятельность", [
   "С порядком выдачи разрешений на работу в рамках квоты на трудовую деятельность, определенной на 2026 год, можно ознакомиться в прилагаемом документе.",
   "@PDF"])),
 dict(id=2884, d="2025-12-29", v=1, img="rel",
  az=("Bayram günlərində Xidmətin iş rejimi barədə", [
   "31 dekabr – 5 yanvar bayram günlərində Dövlət Miqrasiya Xidmətinin “ASAN xidmət” mərkəzlərindəki bölmələri adi iş rejimində fəaliyyət göstərəcək.",
   "Mərkəzi aparatda və regional miqrasiya idarələrində növbətçilik təşkil olunur. 919 Çağrı Mərkəzi fasiləsiz işləyir."]),
  ru=("О режиме работы Службы в праздничные дни", [
   "В праздничные дни с 31 декабря по 5 января подразделения Государственной миграционной службы в центрах «ASAN xidmət» будут работать в обычном режиме.",
   "В центральном аппарате и региональных управлениях организовано дежурство. Колл-центр 919 работает круглосуточно."])),
 dict(id=2882, d="2025-12-22", v=1, img="none", extra="schedule",
  az=("Xidmətin rəhbərliyi tərəfindən vətəndaşların qəbulu qrafiki (yanvar 2026)", [
   "Dövlət Miqrasiya Xidmətinin rəhbərliyi tərəfindən yanvar ayında vətəndaşların qəbulu aşağıdakı qrafik üzrə aparılacaq.",
   "@SCHEDULE",
   "Qəbula yazılmaq üçün 919 Çağrı Mərkəzinə müraciət edə bilərsiniz."]),
  ru=("График приема граждан руководством Службы (январь 2026)", [
   "Прием граждан руководством Государственной миграционной службы в январе будет проводиться по следующему графику.",
   "@SCHEDULE",
   "Записаться на прием можно через Колл-центр 919."])),
 dict(id=2880, d="2025-12-16", v=1, img="rel",
  az=("Müvəqqəti yaşamaq icazəsinin müddətinin uzadılması üçün müraciət müddətinə dair xatırlatma", [
   "Müvəqqəti yaşamaq icazəsinin müddətinin uzadılması üçün müraciət icazənin qüvvədə olma müddəti bitməzdən ən azı 30 gün əvvəl edilməlidir.",
   "Müddəti bitmiş icazə ilə ölkədə qalmaq Miqrasiya Məcəlləsinə əsasən məsuliyyətə səbəb olur."]),
  ru=("Напоминание о сроках подачи заявлений на продление разрешения на временное проживание", [
   "Заявление о продлении срока разрешения на временное проживание должно быть подано не позднее чем за 30 дней до истечения срока его действия.",
   "Пребывание в стране с просроченным разрешением влечет ответственность в соответствии с Миграционным кодексом."])),
 dict(id=2878, d="2025-12-09", v=1, img="abs",
  az=("Qaçqın statusu üzrə müraciətlərin qəbulu ilə bağlı elan", [
   "Qaçqın statusu almaq üçün müraciətlər Dövlət Miqrasiya Xidmətinin Qaçqın statusunun müəyyən edilməsi şöbəsində iş günləri saat 10:00-dan 17:00-dək qəbul olunur.",
   "Müraciət edənlərə pulsuz tərcüməçi xidməti göstərilir."]),
  ru=("Объявление о приеме заявлений о предоставлении статуса беженца", [
   "Заявления о предоставлении статуса беженца принимаются в отделе определения статуса беженца Государственной миграционной службы по рабочим дням с 10:00 до 17:00.",
   "Заявителям бесплатно предоставляются услуги переводчика."])),
 dict(id=2876, d="2025-12-01", v=1, img="rel", extra="email",
  az=("Xidmətin Bakı şəhəri üzrə qəbul məntəqəsinin ünvanı dəyişib", [
   "Dövlət Miqrasiya Xidmətinin Bakı şəhəri üzrə qəbul məntəqəsi yeni ünvanda fəaliyyət göstərir: Bakı şəhəri, Nəsimi rayonu, Üzeyir Hacıbəyov küçəsi.",
   "Əlavə məlumat üçün @EMAIL ünvanına yazmaq olar."]),
  ru=("Изменился адрес приемного пункта Службы по городу Баку", [
   "Приемный пункт Государственной миграционной службы по городу Баку работает по новому адресу: город Баку, Насиминский район, улица Узеира Гаджибекова.",
   "Дополнительную информацию можно получить, написав на адрес @EMAIL."])),
 dict(id=2875, d="2025-11-27", v=1, img="rel",
  az=("Dövlət rüsumunun onlayn ödənişi üçün yeni imkan", [
   "Artıq miqrasiya sahəsində göstərilən xidmətlərə görə dövlət rüsumunu “Elektron xidmətlər” portalında bank kartı ilə ödəmək mümkündür.",
   "Ödəniş qəbzi avtomatik olaraq müraciətə əlavə edilir və ayrıca təqdim olunması tələb olunmur."]),
  ru=("Новая возможность онлайн-оплаты государственной пошлины", [
   "Теперь государственную пошлину за услуги в сфере миграции можно оплатить банковской картой на портале электронных услуг.",
   "Квитанция об оплате автоматически прикрепляется к заявлению, отдельно представлять ее не требуется."])),
 dict(id=2873, d="2025-11-18", v=1, img="none",
  az=("Əcnəbi işçi cəlb edən işəgötürənlərin nəzərinə", [
   "İşəgötürənlər əcnəbi işçi ilə əmək müqaviləsinə xitam verildikdən sonra bu barədə 5 iş günü ərzində Dövlət Miqrasiya Xidmətinə məlumat verməlidirlər.",
   "Məlumat “Elektron xidmətlər” portalında işəgötürənin şəxsi kabineti vasitəsilə təqdim olunur."]),
  ru=("Вниманию работодателей, привлекающих иностранных работников", [
   "Работодатели обязаны в течение 5 рабочих дней сообщить в Государственную миграционную службу о расторжении трудового договора с иностранным работником.",
   "Сведения представляются через личный кабинет работодателя на портале электронных услуг."])),
 dict(id=2870, d="2025-11-05", v=1, img="noimage",
  az=("Xidmətin Tədris Mərkəzinə dinləyicilərin qəbulu elan olunur", [
   "Dövlət Miqrasiya Xidmətinin Tədris Mərkəzi miqrasiya hüququ üzrə ixtisasartırma kurslarına dinləyicilərin qəbulunu elan edir.",
   "Kurslar dövlət qurumlarının əməkdaşları üçün nəzərdə tutulub və ödənişsizdir."])),
 dict(id=2868, d="2025-10-28", v=1, img="rel",
  az=("Saxta saytlar barədə xəbərdarlıq", [
   "Son zamanlar Dövlət Miqrasiya Xidmətinin adından istifadə edərək vətəndaşlardan və əcnəbilərdən vəsait toplayan saxta internet saytları aşkar edilib.",
   "Xidmətin rəsmi elektron xidmətləri yalnız migration.gov.az domeni üzərində fəaliyyət göstərir. Şübhəli saytlar barədə 919 Çağrı Mərkəzinə məlumat verməyiniz xahiş olunur."]),
  ru=("Предупреждение о поддельных сайтах", [
   "В последнее время выявлены поддельные интернет-сайты, которые от имени Государственной миграционной службы собирают деньги с граждан и иностранцев.",
   "Официальные электронные услуги Службы работают только на домене migration.gov.az. Просим сообщать о подозрительных сайтах в Колл-центр 919."])),
]

INTERVIEWS = [
 dict(id=2888, d="2026-01-17", v=1, img="rel",
  az=("Dövlət Miqrasiya Xidməti rəisinin müavini: “Elektron xidmətlərin payı 70 faizi ötüb”", [
   "<b>– Ötən il Xidmət üçün hansı yeniliklərlə yadda qaldı?</b>",
   "– Ən mühüm nəticə elektron xidmətlərin genişlənməsidir. Artıq müraciətlərin 70 faizdən çoxu onlayn qəbul olunur, regional idarələrdə isə “Elektron növbə” sistemi tətbiq edilib.",
   "<b>– 2026-cı ildə hansı addımlar planlaşdırılır?</b>",
   "– Qarşıdakı dövrdə yaşayış yeri üzrə qeydiyyatın tam elektronlaşdırılması və işəgötürənlər üçün yeni şəxsi kabinetin istifadəyə verilməsi nəzərdə tutulur."]),
  ru=("Заместитель начальника Государственной миграционной службы: «Доля электронных услуг превысила 70 процентов»", [
   "<b>— Чем запомнился Службе прошедший год?</b>",
   "— Главный результат — расширение электронных услуг. Более 70 процентов обращений уже принимается онлайн, а в региональных управлениях внедрена система «Электронная очередь».",
   "<b>— Какие шаги планируются в 2026 году?</b>",
   "— Предусматривается полная электронизация регистрации по месту пребывания и запуск нового личного кабинета для работодателей."])),
 dict(id=2881, d="2025-12-18", v=1, img="rel",
  az=("Xidmətin rəisinin Beynəlxalq Miqrantlar Günü münasibətilə AZƏRTAC-a müsahibəsi", [
   "<b>– Azərbaycanın miqrasiya siyasətinin əsas prioritetləri hansılardır?</b>",
   "– Təhlükəsiz, nizamlı və qanuni miqrasiyanın təmin olunması, miqrantların hüquqlarının qorunması və xidmətlərin rəqəmsallaşdırılması əsas prioritetlərimizdir."])),
]

# Press centre, en series (own ids)
PRESS_EN = [
 dict(id=407, d="2026-01-23", v=2, img="none",
  en=("Notice to foreigners and stateless persons: changes to the rules of registration at the place of stay", [
   "The State Migration Service informs that from 1 February applications for registration of foreigners and stateless persons at the place of stay will be accepted only via the e-services portal.",
   "Registration of foreigners staying in hotels continues to be carried out by the hotel."])),
 dict(id=406, d="2026-01-23", v=2, img="none",
  en=("Vacancy announcement: competition for civil service positions at the State Migration Service", [
   "The State Migration Service announces a competition to fill vacant positions in its central office and regional migration departments.",
   "Candidates may submit their documents via the portal of the Civil Service Commission."])),
 dict(id=405, d="2026-01-21", v=1, img="rel",
  en=("Announcement: temporary interruption of the e-services portal due to technical works", [
   "Due to technical works, the e-services portal of the State Migration Service will be unavailable on Sunday from 01:00 to 06:00.",
   "We apologise for the inconvenience."])),
 dict(id=404, d="2026-01-15", v=1, img="rel",
  en=("Applications for work permits to be accepted only electronically", [
   "Applications for work permits for paid labour activity of foreigners and stateless persons will be accepted only in electronic form.",
   "The application is submitted by the employer on the e-services portal using an enhanced electronic signature."])),
 dict(id=402, d="2025-12-29", v=1, img="rel",
  en=("Working hours of the Service during the New Year holidays", [
   "During the holidays from 31 December to 5 January, the units of the State Migration Service at the ASAN xidmət centres will work as usual.",
   "The 919 Call Centre operates round the clock."])),
 dict(id=401, d="2025-12-19", v=1, img="none", pdf="images/stories/docs/TRP_guide_en.pdf",
  en=("Guide for foreigners on obtaining a temporary residence permit", [
   "A step-by-step guide for foreigners and stateless persons on obtaining a temporary residence permit in the Republic of Azerbaijan has been published.",
   "@PDF"])),
 dict(id=399, d="2025-12-10", v=1, img="rel",
  en=("Reminder: deadline for extension of temporary residence permits", [
   "An application for extension of a temporary residence permit must be submitted at least 30 days before the permit expires.",
   "Staying in the country with an expired permit entails liability under the Migration Code."])),
 dict(id=398, d="2025-12-02", v=1, img="lazy",
  en=("Address of the Baku reception office has changed", [
   "The Baku reception office of the State Migration Service now operates at a new address in the Nasimi district of Baku.",
   "Working hours remain unchanged: Monday to Friday, 09:00 to 18:00."])),
 dict(id=396, d=None, v=1, img="none", extra="email",
  en=("Warning about fraudulent websites offering migration services", [
   "Fraudulent websites collecting fees on behalf of the State Migration Service have been detected.",
   "The official e-services of the Service are available only on the migration.gov.az domain. Please report suspicious websites to @EMAIL or the 919 Call Centre."])),
 dict(id=394, d="2025-11-10", v=1, img="rel",
  en=("Notice to employers &amp; foreign workers on labour migration rules", [
   "Employers must inform the State Migration Service within 5 working days after terminating an employment contract with a foreign worker.",
   "Foreign workers are reminded that a work permit is valid only for the employer named in it."])),
]

INTERVIEWS_EN = [
 dict(id=403, d="2026-01-08", v=1, img="rel",
  en=("Deputy Chief of the State Migration Service: “The share of e-services has exceeded 70 per cent”", [
   "<b>What were the main changes for the Service last year?</b>",
   "The most important result is the expansion of e-services. More than 70 per cent of applications are now received online."])),
 dict(id=400, d="2025-12-18", v=1, img="rel",
  en=("Interview of the Chief of the Service on International Migrants Day", [
   "<b>What are the priorities of Azerbaijan's migration policy?</b>",
   "Ensuring safe, orderly and regular migration, protecting the rights of migrants and digitalising services."])),
]

# ---------------------------------------------------------------------------
# LISTS: which stories go where, how their links are spelled
# ---------------------------------------------------------------------------
LIST_PATHS = {
    "news-az": "/az/category/xeberler", "news-en": "/en/category/news",
    "news-ru": "/ru/category/novosti", "press-az": "/az/category/elanlar",
    "press-en": "/en/category/announcements", "press-ru": "/ru/category/obyavleniya",
}
INTERVIEW_PATHS = {"az": "/az/category/musahibeler", "en": "/en/category/interviews",
                   "ru": "/ru/category/intervyu"}
ARTICLES_PATHS = {"az": "/az/category/meqaleler", "en": "/en/category/articles",
                  "ru": "/ru/category/stati"}

# default link spelling per list and the exceptions (see README)
LINK_DEFAULT = {"news-az": "abs", "news-en": "abs", "news-ru": "abs",
                "press-az": "abs", "press-en": "root", "press-ru": "abs"}
LINK_EXC = {
    "news-az": {16742: "rel", 16736: "rel", 16728: "root", 16723: "https",
                16717: "utm", 16710: "rel", 16703: "root"},
    "news-en": {16745: "root", 16739: "rel", 16729: "utm", 16712: "utm2",
                16701: "https", 15768: "rel", 16402: "wwwhttps"},
    "news-ru": {16719: "rel", 16741: "root", 16731: "rel", 16712: "https", 16706: "utm"},
    "press-az": {2887: "rel", 2880: "root", 2873: "utm2"},
    "press-en": {404: "abs", 399: "rel"},
    "press-ru": {2884: "rel", 2876: "https"},
}
# v2: this one list link changes spelling
LINK_EXC_V2 = {("news-ru", 16719): "wwwhttps"}
# malformed list rows
MALFORMED_ROWS = {("news-az", 16726): "notd", ("news-ru", 16738): "bopen",
                  ("press-az", 2878): "bopen"}
PER_PAGE = 10
TRUNC = 110  # list template cuts titles longer than this


def href(lang, kind, sid, style):
    p = "%s/%s_detail/%s" % (lang, kind, sid)
    if style == "abs":
        return WWW + "/index.php/" + p
    if style == "rel":
        return "index.php/" + p
    if style == "root":
        return "/index.php/" + p
    if style == "https":
        return CANON + "/" + p
    if style == "wwwhttps":
        return "https://www.migration.gov.az/index.php/" + p
    if style == "utm":
        return WWW + "/index.php/" + p + "?utm_source=facebook&amp;utm_medium=social&amp;utm_campaign=dmx"
    if style == "utm2":
        return "/index.php/" + p + "?utm_source=newsletter&amp;utm_medium=email"
    raise ValueError(style)


# ---------------------------------------------------------------------------
# LANGUAGE STRINGS
# ---------------------------------------------------------------------------
MONTHS = {
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
           "sentyabr", "oktyabr", "noyabr", "dekabr"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
}
ARCH_MONTHS = {
    "az": ["Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul", "Avqust",
           "Sentyabr", "Oktyabr", "Noyabr", "Dekabr"],
    "en": MONTHS["en"],
    "ru": ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
           "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"],
}

L = {
 "az": dict(htmllang="az-az", site="Dövlət Miqrasiya Xidməti",
   keywords="miqrasiya, DMX, yaşamaq icazəsi, iş icazəsi, vətəndaşlıq",
   sitename="AZƏRBAYCAN RESPUBLİKASI DÖVLƏT MİQRASİYA XİDMƏTİ",
   govaz="Azərbaycan Respublikasının rəsmi internet informasiya resursları",
   updated="Səhifənin son yenilənmə tarixi: 10.10.2023",
   copy="© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
   addr="Ünvan: AZ1009, Bakı şəhəri &nbsp;|&nbsp; Çağrı mərkəzi: 919 &nbsp;|&nbsp; E-poçt: info@migration.gov.az",
   menu_title="Əsas menyu", archive_title="Xəbərlər arxivi", links_title="Faydalı linklər",
   menu=[("Ana səhifə", "HOME"), ("Xidmət haqqında", "/index.php/az/content/haqqimizda"),
         ("Rəhbərlik", "index.php/az/content/rehberlik"),
         ("Qanunvericilik", "http://www.migration.gov.az/index.php/az/content/qanunvericilik"),
         ("Mətbuat mərkəzi", "PRESS"),
         ("Nəşrlər", "/index.php/az/content/nesrler"), ("Statistika", "/index.php/az/content/statistika"),
         ("Açıq məlumatlar", "index.php/az/content/aciq-melumatlar"),
         ("Elektron xidmətlər", "http://www.migration.gov.az/index.php/az/content/elektron-xidmetler"),
         ("Əlaqə", "/index.php/az/content/elaqe")],
   sub=["Xəbərlər", "Elanlar", "Müsahibələr", "Məqalələr"],
   news="Xəbərlər", press="Elanlar", interviews="Müsahibələr", articles="Məqalələr",
   date_h="Tarix", title_h="Başlıq", display="Göstər #", all="Hamısı",
   pag=("Başlanğıc", "Əvvəlki", "Növbəti", "Son"), counter="Səhifə %d / %d",
   search="axtar...", search_btn="Axtar", back="Geri", print_="Çap et", email="E-poçt",
   latest="Son xəbərlər", all_news="Bütün xəbərlər", all_press="Bütün elanlar",
   empty="Bu kateqoriyada material yoxdur.",
   welcome=("Azərbaycan Respublikası Dövlət Miqrasiya Xidmətinin rəsmi internet saytına xoş gəlmisiniz!",
            "Saytda miqrasiya sahəsində göstərilən dövlət xidmətləri, qanunvericilik aktları, elanlar və Xidmətin fəaliyyəti ilə bağlı xəbərlər yerləşdirilir."),
   pdf="Sənədi yükləyin (PDF, 212 KB)",
   cloak="Bu e-poçt ünvanı spam robotlardan qorunur. Onu görmək üçün JavaScript aktiv olmalıdır",
   banners=[("president.gif", "Azərbaycan Respublikasının Prezidenti", "http://www.president.az/"),
            ("egov.gif", "Elektron hökumət portalı", "http://www.e-gov.az/"),
            ("asan.gif", "ASAN xidmət", "http://www.asan.gov.az/")]),
 "en": dict(htmllang="en-gb", site="State Migration Service",
   keywords="migration, SMS, residence permit, work permit, citizenship",
   sitename="STATE MIGRATION SERVICE OF THE REPUBLIC OF AZERBAIJAN",
   govaz="Official web resources of the Republic of Azerbaijan",
   updated="Page last updated: 10.10.2023",
   copy="© 2026 The Republic of Azerbaijan State Migration Service",
   addr="Address: AZ1009, Baku &nbsp;|&nbsp; Call centre: 919 &nbsp;|&nbsp; E-mail: info@migration.gov.az",
   menu_title="Main menu", archive_title="News archive", links_title="Useful links",
   menu=[("Home", "HOME"), ("About the Service", "/index.php/en/content/about"),
         ("Management", "index.php/en/content/management"),
         ("Legislation", "http://www.migration.gov.az/index.php/en/content/legislation"),
         ("Press centre", "PRESS"),
         ("Publications", "/index.php/en/content/publications"), ("Statistics", "/index.php/en/content/statistics"),
         ("Open data", "index.php/en/content/open-data"),
         ("E-services", "http://www.migration.gov.az/index.php/en/content/e-services"),
         ("Contacts", "/index.php/en/content/contacts")],
   sub=["News", "Announcements", "Interviews", "Articles"],
   news="News", press="Announcements", interviews="Interviews", articles="Articles",
   date_h="Date", title_h="Title", display="Display #", all="All",
   pag=("&laquo; Start", "&lt; Prev", "Next &gt;", "End &raquo;"), counter="Page %d of %d",
   search="search...", search_btn="Search", back="Back", print_="Print", email="E-mail",
   latest="Latest news", all_news="All news", all_press="All announcements",
   empty="There are no items in this category.",
   welcome=("Welcome to the official website of the State Migration Service of the Republic of Azerbaijan!",
            "The website provides information on public services in the field of migration, legislation, announcements and news about the activities of the Service."),
   pdf="Download the guide (PDF, 212 KB)",
   cloak="This e-mail address is being protected from spambots. You need JavaScript enabled to view it",
   banners=[("president.gif", "President of the Republic of Azerbaijan", "http://www.president.az/"),
            ("egov.gif", "E-government portal", "http://www.e-gov.az/"),
            ("asan.gif", "ASAN service", "http://www.asan.gov.az/")]),
 "ru": dict(htmllang="ru-ru", site="Государственная миграционная служба",
   keywords="миграция, ГМС, разрешение на проживание, разрешение на работу, гражданство",
   sitename="ГОСУДАРСТВЕННАЯ МИГРАЦИОННАЯ СЛУЖБА АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКИ",
   govaz="Официальные интернет-ресурсы Азербайджанской Республики",
   updated="Последнее обновление страницы: 10.10.2023",
   copy="© 2026 Государственная миграционная служба Азербайджанской Республики",
   addr="Адрес: AZ1009, г. Баку &nbsp;|&nbsp; Колл-центр: 919 &nbsp;|&nbsp; E-mail: info@migration.gov.az",
   menu_title="Главное меню", archive_title="Архив новостей", links_title="Полезные ссылки",
   menu=[("Главная", "HOME"), ("О Службе", "/index.php/ru/content/o-sluzhbe"),
         ("Руководство", "index.php/ru/content/rukovodstvo"),
         ("Законодательство", "http://www.migration.gov.az/index.php/ru/content/zakonodatelstvo"),
         ("Пресс-центр", "PRESS"),
         ("Публикации", "/index.php/ru/content/publikacii"), ("Статистика", "/index.php/ru/content/statistika"),
         ("Открытые данные", "index.php/ru/content/otkrytye-dannye"),
         ("Электронные услуги", "http://www.migration.gov.az/index.php/ru/content/elektronnye-uslugi"),
         ("Контакты", "/index.php/ru/content/kontakty")],
   sub=["Новости", "Объявления", "Интервью", "Статьи"],
   news="Новости", press="Объявления", interviews="Интервью", articles="Статьи",
   date_h="Дата", title_h="Заголовок", display="Показать #", all="Все",
   pag=("В начало", "Предыдущая", "Следующая", "Последняя"), counter="Страница %d из %d",
   search="поиск...", search_btn="Искать", back="Назад", print_="Печать", email="E-mail",
   latest="Последние новости", all_news="Все новости", all_press="Все объявления",
   empty="В этой категории нет материалов.",
   welcome=("Добро пожаловать на официальный сайт Государственной миграционной службы Азербайджанской Республики!",
            "На сайте размещается информация о государственных услугах в сфере миграции, законодательные акты, объявления и новости о деятельности Службы."),
   pdf="Скачать документ (PDF, 212 КБ)",
   cloak="Этот e-mail адрес защищен от спам-ботов, для его просмотра у Вас должен быть включен Javascript",
   banners=[("president.gif", "Президент Азербайджанской Республики", "http://www.president.az/"),
            ("egov.gif", "Портал электронного правительства", "http://www.e-gov.az/"),
            ("asan.gif", "ASAN xidmət", "http://www.asan.gov.az/")]),
}


def date_words(lang, d):
    if not d:
        return None
    y, m, dd = d.split("-")
    return "%s %s %s" % (dd, MONTHS[lang][int(m) - 1], y)


def esc(s):
    """Escape text for HTML but keep entities already written in the data."""
    s = s.replace("&", "&amp;").replace("&amp;amp;", "&amp;")
    s = s.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return s


def plain_title(t):
    """Title as a reader sees it (entities decoded, whitespace collapsed)."""
    return " ".join(html.unescape(t).split())


def list_title(t):
    t = html.unescape(t)
    if len(t) <= TRUNC:
        return t
    cut = t[:TRUNC - 5]
    cut = cut[:cut.rfind(" ")].rstrip(",;:–-— ")
    return cut + "..."


# ---------------------------------------------------------------------------
# ASSETS (tiny but valid files)
# ---------------------------------------------------------------------------
def tiny_jpeg(gray):
    """8x8 single-colour baseline greyscale JPEG."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, b"\x00" + b"\x01" * 64)
    out += seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    out += seg(0xC4, b"\x00" + bytes(dc_bits) + bytes(range(12)))
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    # standard DC luminance codes
    codes, code, k = {}, 0, 0
    for length, n in enumerate(dc_bits, 1):
        for _ in range(n):
            codes[k] = (code, length)
            code += 1
            k += 1
        code <<= 1
    dc = 8 * (gray - 128)
    cat = 0 if dc == 0 else abs(dc).bit_length()
    bits = format(codes[cat][0], "0%db" % codes[cat][1])
    if cat:
        v = dc if dc > 0 else dc + (1 << cat) - 1
        bits += format(v, "0%db" % cat)
    bits += "0"  # EOB (AC table: single code '0')
    bits += "1" * (-len(bits) % 8)
    data = bytearray()
    for i in range(0, len(bits), 8):
        b = int(bits[i:i + 8], 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)
    return out + bytes(data) + b"\xff\xd9"


GIF1 = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def tiny_png(r, g, b, w=16, h=16):
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(text):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = ("BT /F1 14 Tf 60 780 Td (%s) Tj ET" % text).encode("latin-1")
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# ---------------------------------------------------------------------------
# ARTICLE BODY
# ---------------------------------------------------------------------------
def img_path(item, kind, lang):
    if item.get("imgpath"):
        return item["imgpath"]
    if kind == "news":
        y, m = (item["d"] or "2025-12-17").split("-")[:2]
        return "images/stories/xeberler/%s/%s/%d.jpg" % (y, m, item["id"])
    if kind == "interview":
        return "images/stories/musahibe/%d.jpg" % item["id"]
    if lang == "en":
        return "images/stories/announcements/%d.jpg" % item["id"]
    return "images/stories/elanlar/%d.jpg" % item["id"]


def lead_image(item, kind, lang):
    """Returns (html, canonical url or None, asset path or None)."""
    mode = item["img"]
    if mode == "none":
        return "", None, None
    if mode == "noimage":
        return ('<p><img src="/images/stories/noimage.jpg" alt="newsPhoto" width="300" height="200" '
                'align="left" hspace="8" border="0" /></p>\n'), None, "images/stories/noimage.jpg"
    p = img_path(item, kind, lang)
    attrs = 'alt="newsPhoto" width="300" height="200" align="left" hspace="8" vspace="4" border="0"'
    if mode == "rel":
        tag = '<img src="%s" %s />' % (p, attrs)
    elif mode == "root":
        tag = '<img src="/%s" %s />' % (p, attrs)
    elif mode == "abs":
        tag = '<img src="%s/%s" %s />' % (WWW, p, attrs)
    elif mode == "lazy":
        tag = '<img class="lazy" src="/images/blank.gif" data-src="/%s" %s />' % (p, attrs)
        if item["id"] in (16739,):
            tag += '<noscript><img src="/%s" alt="newsPhoto" width="300" height="200" /></noscript>' % p
    else:
        raise ValueError(mode)
    return "<p>" + tag + "</p>\n", CANON + "/" + p, (None if item.get("missing") else p)


STATS = {
 "az": [("Göstərici", "2025"), ("Müvəqqəti yaşamaq icazəsi", "38 412"), ("Daimi yaşamaq icazəsi", "4 118"),
        ("İş icazəsi", "27 305"), ("Yaşayış yeri üzrə qeydiyyat", "512 760")],
 "en": [("Indicator", "2025"), ("Temporary residence permits", "38,412"), ("Permanent residence permits", "4,118"),
        ("Work permits", "27,305"), ("Registration at the place of stay", "512,760")],
 "ru": [("Показатель", "2025"), ("Разрешение на временное проживание", "38 412"),
        ("Разрешение на постоянное проживание", "4 118"), ("Разрешение на работу", "27 305"),
        ("Регистрация по месту пребывания", "512 760")],
}
SCHEDULE = {
 "az": [("Bazar ertəsi", "Xidmətin rəisi", "10:00"), ("Çərşənbə", "Rəisin müavini", "11:00"),
        ("Cümə", "Rəisin müavini", "10:00")],
 "ru": [("Понедельник", "Начальник Службы", "10:00"), ("Среда", "Заместитель начальника", "11:00"),
        ("Пятница", "Заместитель начальника", "10:00")],
}


def email_cloak(lang, n):
    v = "addy%d" % n
    return ("<script language='JavaScript' type='text/javascript'>\n <!--\n"
            " var prefix = 'm&#97;&#105;lt&#111;:';\n var suffix = '';\n var attribs = '';\n"
            " var path = 'hr' + 'ef' + '=';\n var %s = '&#105;nf&#111;' + '&#64;';\n"
            " %s = %s + 'm&#105;gr&#97;t&#105;&#111;n' + '&#46;' + 'g&#111;v' + '&#46;' + '&#97;z';\n"
            " document.write( '<a ' + path + '\\'' + prefix + %s + suffix + '\\'' + attribs + '>' );\n"
            " document.write( %s );\n document.write( '<\\/a>' );\n //-->\n </script>"
            "<script language='JavaScript' type='text/javascript'>\n <!--\n"
            " document.write( '<span style=\\'display: none;\\'>' );\n //-->\n </script>%s\n"
            " <script language='JavaScript' type='text/javascript'>\n <!--\n"
            " document.write( '</' );\n document.write( 'span>' );\n //-->\n </script>"
            ) % (v, v, v, v, v, L[lang]["cloak"])


def special(tok, item, lang):
    if tok == "@STATS":
        rows = STATS[lang]
        s = '<table border="1" cellspacing="0" cellpadding="4" width="90%" style="border-collapse: collapse;">\n<tbody>\n'
        for i, (a, b) in enumerate(rows):
            tag = "td"
            a2 = "<b>%s</b>" % a if i == 0 else a
            s += '<tr>\n<%s width="70%%">%s</%s>\n<%s align="right">%s</%s>\n</tr>\n' % (tag, a2, tag, tag, b, tag)
        return s + "</tbody>\n</table>\n"
    if tok == "@SCHEDULE":
        s = '<table border="1" cellspacing="0" cellpadding="3">\n'
        for a, b, c in SCHEDULE[lang]:
            s += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (a, b, c)
        return s + "</table>\n"
    if tok == "@GALLERY":
        return ('<p><a href="javascript:void(0);" onclick="window.open(\'/images/stories/xeberler/2026/01/16741_2.jpg\','
                '\'foto\',\'width=800,height=600,scrollbars=no\'); return false;"><img src="images/stories/xeberler/2026/01/16741_2_s.jpg" '
                'alt="" width="150" height="100" border="0" onmouseover="this.style.opacity=0.8" '
                'onmouseout="this.style.opacity=1" /></a>&nbsp;<a href="javascript:void(0);" '
                'onclick="window.open(\'/images/stories/xeberler/2026/01/16741_3.jpg\',\'foto\',\'width=800,height=600\'); return false;">'
                '<img src="images/stories/xeberler/2026/01/16741_3_s.jpg" alt="" width="150" height="100" border="0" /></a></p>\n')
    if tok == "@VIDEO":
        return ('<p style="text-align: center;"><object width="425" height="344"><param name="movie" '
                'value="http://www.youtube.com/v/kXq2f1dmx7A&amp;hl=az&amp;fs=1"></param><param name="allowFullScreen" '
                'value="true"></param><embed src="http://www.youtube.com/v/kXq2f1dmx7A&amp;hl=az&amp;fs=1" '
                'type="application/x-shockwave-flash" allowfullscreen="true" width="425" height="344"></embed></object></p>\n')
    if tok == "@SCRIPT":
        return ('<div id="dmx_slide_%d" class="slideshow"></div>\n<script type="text/javascript">\n'
                'window.addEvent(\'domready\', function() {\n  var imgs = [\'/images/stories/xeberler/2025/12/16716_2.jpg\','
                ' \'/images/stories/xeberler/2025/12/16716_3.jpg\'];\n  new Slideshow(\'dmx_slide_%d\', imgs, {delay: 4000, '
                'width: 400, height: 260});\n});\n</script>\n') % (item["id"], item["id"])
    if tok == "@PDF":
        return ('<p><img src="/images/M_images/pdf_button.png" alt="PDF" width="16" height="16" border="0" />&nbsp;'
                '<a href="%s" target="_blank">%s</a></p>\n') % (item["pdf"], L[lang]["pdf"])
    raise ValueError(tok)


def render_body(item, kind, lang):
    title, paras = item[lang]
    out = []
    extra = item.get("extra")
    old = item.get("old")
    if extra == "fontopen":
        out.append('<font face="Arial" size="2">\n')   # never closed
    n_email = 0
    for i, p in enumerate(paras):
        if p.startswith("@") and " " not in p:
            out.append(special(p, item, lang))
            continue
        bopen = p.startswith("@BOPEN ")
        if bopen:
            p = p[len("@BOPEN "):]
        if "@EMAIL" in p:
            n_email += 1
            p = p.replace("@EMAIL", email_cloak(lang, 10000 + item["id"] * 7 % 9000 + n_email))
        if old:
            out.append('<p class="MsoNormal" style="text-align: justify;"><span style="font-size: 10pt; '
                       'font-family: Arial;" lang="EN-US">%s</span></p>\n' % p)
            out.append('<p class="MsoNormal" style="text-align: justify;"><span style="font-size: 10pt; '
                       'font-family: Arial;" lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n<p>&nbsp;</p>\n')
            continue
        if bopen:
            out.append("<p><b>%s</p>\n" % p)    # unclosed <b>
        elif lang == "en":
            out.append("<p>%s</p>\n" % p)
            if i % 2 == 0:
                out.append("<p>&nbsp;</p>\n")
        elif item["id"] % 3 == 0:
            out.append('<p><font face="Tahoma" size="2">%s</font></p>\n' % p)
        elif i == 0 and kind == "news":
            out.append('<p style="text-align: justify;"><b>%s</b></p>\n' % p)
        else:
            out.append('<p style="text-align: justify;">%s</p>\n' % p)
    if lang == "en":
        out.append("<p>&nbsp;</p>\n<p>&nbsp;</p>\n" if not old else "<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p>&nbsp;</p>\n")
    return "".join(out)


def intro_text(item, lang):
    for p in item[lang][1]:
        if not p.startswith("@") and not p.startswith("<"):
            t = p.replace("@BOPEN ", "")
            t = t.split("@EMAIL")[0]
            if len(t) > 160:
                t = t[:150]
                t = t[:t.rfind(" ")] + "..."
            return t
    return ""


# ---------------------------------------------------------------------------
# PAGE TEMPLATE (nested tables, Joomla 1.5)
# ---------------------------------------------------------------------------
def menu_html(lang, active):
    T = L[lang]
    cat = {"az": ("xeberler", "elanlar", "musahibeler", "meqaleler"),
           "en": ("news", "announcements", "interviews", "articles"),
           "ru": ("novosti", "obyavleniya", "intervyu", "stati")}[lang]
    sub_links = ["http://www.migration.gov.az/index.php/%s/category/%s" % (lang, cat[0]),
                 "index.php/%s/category/%s" % (lang, cat[1]),
                 "http://www.migration.gov.az/index.php/%s/category/%s" % (lang, cat[2]),
                 "/index.php/%s/category/%s" % (lang, cat[3])]
    out = ['<ul class="menu">']
    for i, (name, link) in enumerate(T["menu"], 1):
        if link == "HOME":
            link = "http://www.migration.gov.az/index.php/%s" % lang
        if link == "PRESS":
            link = sub_links[0]
            cls = ' class="parent active item%d"' % i if active else ' class="parent item%d"' % i
            out.append('<li%s><a href="%s"><span>%s</span></a>' % (cls, link, name))
            out.append('<ul>')
            for j, (sname, slink) in enumerate(zip(T["sub"], sub_links)):
                c = ' id="current" class="active item%d"' % (40 + j) if active == j else ' class="item%d"' % (40 + j)
                out.append('<li%s><a href="%s"><span>%s</span></a></li>' % (c, slink, sname))
            out.append('</ul></li>')
            continue
        out.append('<li class="item%d"><a href="%s"><span>%s</span></a></li>' % (i, link, name))
    out.append('</ul>')
    return "\n".join(out)


def archive_html(lang):
    months = [(2026, 1), (2025, 12), (2025, 11), (2025, 10), (2025, 9), (2025, 8), (2025, 7)]
    out = ['<ul>']
    for y, m in months:
        out.append('<li><a href="/index.php/%s/archive/%d/%02d">%s, %d</a></li>'
                   % (lang, y, m, ARCH_MONTHS[lang][m - 1], y))
    out.append('</ul>')
    return "\n".join(out)


def module(title, body, suffix=""):
    return ('<table cellpadding="0" cellspacing="0" class="moduletable%s">\n<tr>\n<th valign="top">%s</th>\n</tr>\n'
            '<tr>\n<td>\n%s\n</td>\n</tr>\n</table>\n') % (suffix, title, body)


def layout(lang, title, main, active=None, lazy=False, meta_title=None):
    T = L[lang]
    charset = "windows-1251" if lang == "ru" else "utf-8"
    head_meta = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />' if lang == "ru"
                 else '<meta http-equiv="content-type" content="text/html; charset=utf-8" />')
    mt = ('\n  <meta name="title" content="%s" />\n  <meta name="author" content="Administrator" />' % meta_title
          if meta_title else "")
    lazy_js = ('\n  <script type="text/javascript" src="/media/system/js/jquery-1.4.2.min.js"></script>'
               '\n  <script type="text/javascript" src="/media/system/js/jquery.lazyload.js"></script>'
               '\n  <script type="text/javascript">jQuery.noConflict(); jQuery(function(){ jQuery("img.lazy").lazyload({data_attribute: "src"}); });</script>'
               if lazy else "")
    banners = "\n".join('<a href="%s" target="_blank"><img src="/images/banners/%s" width="180" height="50" '
                        'border="0" alt="%s" /></a><br />' % (u, f, a) for f, a, u in T["banners"])
    left = (module(T["menu_title"], menu_html(lang, active), "_menu")
            + module(T["archive_title"], archive_html(lang))
            + module(T["links_title"], '<div align="center">\n%s\n</div>' % banners, "_banners"))
    langs = ('<a href="http://www.migration.gov.az/index.php/az">AZ</a> | '
             '<a href="http://www.migration.gov.az/index.php/en">EN</a> | '
             '<a href="http://www.migration.gov.az/index.php/ru">RU</a>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{T['htmllang']}" lang="{T['htmllang']}" dir="ltr" >
<head>
  <base href="http://www.migration.gov.az/" />
  {head_meta}
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="{T['keywords']}" />{mt}
  <meta name="description" content="{T['site']}" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{title}</title>
  <link href="/templates/dmx2010/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>{lazy_js}
  <link rel="stylesheet" href="/templates/dmx2010/css/template.css" type="text/css" />
  <!--[if lte IE 6]>
  <link href="/templates/dmx2010/css/ie6.css" rel="stylesheet" type="text/css" />
  <![endif]-->
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="govaz_top">
<tr>
<td align="center" bgcolor="#0B3D6E">
	<table width="980" border="0" cellspacing="0" cellpadding="2">
	<tr>
		<td width="96"><a href="http://www.gov.az/" target="_blank"><img src="/images/banners/gov_az.gif" width="88" height="31" border="0" alt="gov.az" /></a></td>
		<td class="govaz_text"><font color="#FFFFFF" size="1" face="Tahoma">{T['govaz']}</font></td>
		<td align="right"><a href="http://www.president.az/" target="_blank"><font color="#FFFFFF" size="1">president.az</font></a></td>
	</tr>
	</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="main_table">
<tr>
<td>
	<table width="100%" border="0" cellspacing="0" cellpadding="0" class="header" background="/templates/dmx2010/images/header_bg.jpg">
	<tr>
		<td width="120" rowspan="2" align="center"><a href="http://www.migration.gov.az/index.php/{lang}"><img src="/templates/dmx2010/images/gerb.gif" width="100" height="100" border="0" alt="{T['site']}" /></a></td>
		<td class="sitename" valign="middle"><font size="4" face="Times New Roman" color="#0B3D6E"><b>{T['sitename']}</b></font></td>
		<td align="right" valign="top" class="langs" nowrap="nowrap">{langs}</td>
	</tr>
	<tr>
		<td colspan="2" align="right" valign="bottom">
		<form action="index.php" method="post">
		<div class="search">
			<input name="searchword" id="mod_search_searchword" maxlength="20" alt="{T['search_btn']}" class="inputbox" type="text" size="20" value="{T['search']}"  onblur="if(this.value=='') this.value='{T['search']}';" onfocus="if(this.value=='{T['search']}') this.value='';" /><input type="submit" value="{T['search_btn']}" class="button" onclick="this.form.searchword.focus();"/>
		</div>
		<input type="hidden" name="task"   value="search" />
		<input type="hidden" name="option" value="com_search" />
		</form>
		</td>
	</tr>
	</table>
</td>
</tr>
<tr>
<td>
	<table width="100%" border="0" cellspacing="0" cellpadding="0">
	<tr>
		<td width="210" valign="top" class="leftcol">
{left}
		</td>
		<td width="10"><img src="/images/blank.gif" width="10" height="1" alt="" /></td>
		<td valign="top" class="maincol">
{main}
		</td>
	</tr>
	</table>
</td>
</tr>
<tr>
<td class="lastupdate" align="right"><font size="1" color="#666666">{T['updated']}</font></td>
</tr>
<tr>
<td class="footer" align="center" bgcolor="#0B3D6E">
	<table width="100%" border="0" cellspacing="0" cellpadding="6">
	<tr>
		<td align="center"><font color="#FFFFFF" size="1">{T['copy']}<br />{T['addr']}</font></td>
		<td width="100" align="right">
<!-- top.az counter -->
<script type="text/javascript">document.write('<a href="http://www.top.az/" target="_blank"><img src="http://www.top.az/counter.php?id=2417&amp;r='+escape(document.referrer)+'" width="88" height="31" border="0" alt="TOP.AZ" /></a>');</script>
<!-- /top.az counter -->
		</td>
	</tr>
	</table>
</td>
</tr>
</table>
</body>
</html>
"""


def print_buttons(lang, kind, sid):
    T = L[lang]
    url = "%s/index.php/%s/%s_detail/%d" % (WWW, lang, kind, sid)
    b64 = base64.b64encode(url.encode()).decode()
    return (f'''	<td align="right" width="100%" class="buttonheading">
	<a href="/index.php/{lang}/{kind}_detail/{sid}?tmpl=component&amp;print=1&amp;page=" title="{T['print_']}" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="{T['print_']}"  /></a>	</td>
	<td align="right" width="100%" class="buttonheading">
	<a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link={b64}" title="{T['email']}" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/images/M_images/emailButton.png" alt="{T['email']}"  /></a>	</td>''')


def article_page(item, kind, lang, title):
    """kind: news | press | interview (interviews use press_detail)."""
    urlkind = "news" if kind == "news" else "press"
    img_html, _, _ = lead_image(item, kind, lang)
    body = render_body(item, kind, lang)
    t = esc(title)
    main = f"""<table class="contentpaneopen">
<tr>
	<td class="contentheading" width="100%">
		{t}
	</td>
{print_buttons(lang, urlkind, item['id'])}
</tr>
</table>

<table class="contentpaneopen">
<tr>
<td valign="top">
{img_html}{body}</td>
</tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="back_button">
	<a href='javascript:history.go(-1)'>
		[ {L[lang]['back']} ]</a>
</div>
"""
    active = {"news": 0, "press": 1, "interview": 2}[kind]
    return layout(lang, t, main, active=active, lazy=(item["img"] == "lazy"), meta_title=t)


def pag_url(base, start, absolute):
    u = ("%s/index.php%s" % (WWW, base)) if absolute else "/index.php" + base
    return u if start == 0 else "%s?start=%d" % (u, start)


def pagination_links(lang, base, page, npages, absolute):
    s_, p_, n_, e_ = L[lang]["pag"]
    out = []
    def link(label, title, pg):
        return '<a title="%s" href="%s" class="pagenav">%s</a>' % (title, pag_url(base, pg * PER_PAGE, absolute), label)
    tt = [html.unescape(x).strip("«»<> ").strip() for x in (s_, p_, n_, e_)]
    if page > 0:
        out += [link(s_, tt[0], 0), link(p_, tt[1], page - 1)]
    else:
        out += ['<span class="pagenav">%s</span>' % s_, '<span class="pagenav">%s</span>' % p_]
    for i in range(npages):
        if i == page:
            out.append('<strong><span class="pagenav">%d</span></strong>' % (i + 1))
        else:
            out.append('<strong>%s</strong>' % link(str(i + 1), str(i + 1), i))
    if page < npages - 1:
        out += [link(n_, tt[2], page + 1), link(e_, tt[3], npages - 1)]
    else:
        out += ['<span class="pagenav">%s</span>' % n_, '<span class="pagenav">%s</span>' % e_]
    return "&nbsp;".join(out)


def list_rows(feed, lang, kind, items, state, start_no):
    urlkind = "news" if kind == "news" else "press"
    rows = []
    for k, it in enumerate(items):
        style = LINK_EXC.get(feed, {}).get(it["id"], LINK_DEFAULT.get(feed, "abs"))
        if state == "v2" and (feed, it["id"]) in LINK_EXC_V2:
            style = LINK_EXC_V2[(feed, it["id"])]
        h = href(lang, urlkind, it["id"], style)
        cls = "sectiontableentry%d" % (k % 2 + 1)
        dw = date_words(lang, it["d"]) or "&nbsp;"
        title = esc(list_title(current_title(it, lang, state)))
        mal = MALFORMED_ROWS.get((feed, it["id"]))
        close_td = "" if mal == "notd" else "</td>"
        rows.append(f"""<tr class="{cls}" >
	<td class="date" valign="top" nowrap="nowrap">{dw}</td>
	<td valign="top"><a href="{h}">
			{title}</a>{close_td}
</tr>""")
        if it["id"] % 3 == 0 or mal == "bopen":
            intro = esc(intro_text(it, lang))
            if mal == "bopen":
                intro = "<b>" + intro
            rows.append(f"""<tr class="{cls}" >
	<td>&nbsp;</td>
	<td class="intro"><font size="1" color="#555555">{intro}</font></td>
</tr>""")
    return "\n".join(rows)


def list_page(feed, lang, kind, all_items, page, state, heading, path, paginate_style):
    npages = max(1, -(-len(all_items) // PER_PAGE))
    items = all_items[page * PER_PAGE:(page + 1) * PER_PAGE]
    T = L[lang]
    absolute = (lang == "ru")
    rows = list_rows(feed, lang, kind, items, state, page * PER_PAGE)
    select = ""
    if paginate_style == "footer":
        opts = "".join('<option value="%s"%s>%s</option>' % (v, ' selected="selected"' if v == "10" else "",
                                                               T["all"] if v == "0" else v)
                       for v in ("5", "10", "15", "20", "25", "30", "50", "100", "0"))
        select = f"""<tr>
	<td colspan="2" align="right">
	<form action="/index.php{path}" method="post" name="adminForm">
	{T['display']}&nbsp;<select name="limit" id="limit" class="inputbox" size="1" onchange="this.form.submit()">{opts}</select>
	<input type="hidden" name="filter_order" value="a.created" />
	</form>
	</td>
</tr>
"""
    footer = ""
    after = ""
    if npages > 1:
        pl = pagination_links(lang, path, page, npages, absolute)
        if paginate_style == "footer":
            footer = f"""<tr>
	<td align="center" colspan="2" class="sectiontablefooter">
{pl}
	</td>
</tr>
<tr>
	<td colspan="2" align="right" class="pagecounter">
		{T['counter'] % (page + 1, npages)}
	</td>
</tr>
"""
        else:
            after = f"""<div class="pagination">
	<span class="counter">{T['counter'] % (page + 1, npages)}</span><br />
	{pl}
</div>
"""
    main = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
	<td class="componentheading">{heading}</td>
</tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
{select}<tr>
	<td class="sectiontableheader" width="120" nowrap="nowrap">{T['date_h']}</td>
	<td class="sectiontableheader">{T['title_h']}</td>
</tr>
{rows}
{footer}</table>
{after}"""
    active = {"news": 0, "press": 1, "interview": 2}[kind]
    return layout(lang, "%s - %s" % (heading, T["site"]), main, active=active)


def empty_category(lang):
    T = L[lang]
    main = f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
	<td class="componentheading">{T['articles']}</td>
</tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
<tr>
	<td valign="top">{T['empty']}</td>
</tr>
</table>
"""
    return layout(lang, "%s - %s" % (T["articles"], T["site"]), main, active=3)


def home_page(lang, news, press, state):
    T = L[lang]
    rows = []
    for k, it in enumerate(news[:5]):
        t = esc(current_title(it, lang, state))
        rows.append(f"""	<tr>
		<td class="date" width="110" valign="top" nowrap="nowrap"><font size="1">{date_words(lang, it['d']) or '&nbsp;'}</font></td>
		<td valign="top"><a href="/index.php/{lang}/news_detail/{it['id']}" class="latestnews">{t}</a></td>
	</tr>""")
        if k == 0:
            rows.append(f"""	<tr>
		<td>&nbsp;</td>
		<td class="intro">{esc(intro_text(it, lang))}</td>
	</tr>""")
    prows = []
    for it in press[:3]:
        prows.append(f"""	<tr>
		<td class="date" width="110" valign="top" nowrap="nowrap"><font size="1">{date_words(lang, it['d']) or '&nbsp;'}</font></td>
		<td valign="top"><a href="/index.php/{lang}/press_detail/{it['id']}" class="latestnews">{esc(current_title(it, lang, state))}</a></td>
	</tr>""")
    cat_news = LIST_PATHS["news-" + lang]
    cat_press = LIST_PATHS["press-" + lang]
    rows_s = "\n".join(rows)
    prows_s = "\n".join(prows)
    main = f"""<table class="contentpaneopen">
<tr>
<td valign="top">
<p><b>{T['welcome'][0]}</b></p>
<p>{T['welcome'][1]}</p>
</td>
</tr>
</table>
<table cellpadding="0" cellspacing="0" class="moduletable_latest" width="100%">
<tr>
<th valign="top">{T['latest']}</th>
</tr>
<tr>
<td>
	<table width="100%" border="0" cellpadding="3" cellspacing="0">
{rows_s}
	</table>
	<div align="right"><a href="http://www.migration.gov.az/index.php{cat_news}" class="readon">{T['all_news']} &raquo;</a></div>
</td>
</tr>
</table>
<br />
<table cellpadding="0" cellspacing="0" class="moduletable_latest" width="100%">
<tr>
<th valign="top">{T['press']}</th>
</tr>
<tr>
<td>
	<table width="100%" border="0" cellpadding="3" cellspacing="0">
{prows_s}
	</table>
	<div align="right"><a href="index.php{cat_press}" class="readon">{T['all_press']} &raquo;</a></div>
</td>
</tr>
</table>
"""
    return layout(lang, T["site"], main)


def current_title(it, lang, state):
    if state == "v2" and lang == "az" and it.get("az_v2_title"):
        return it["az_v2_title"]
    return it[lang][0]


# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------
def url_to_file(path, query=""):
    if path.startswith("/index.php"):
        path = path[len("/index.php"):] or "/"
    if path in ("", "/"):
        return "index.html"
    p = path.strip("/")
    if os.path.splitext(p)[1]:
        return p
    return p + ("@" + query if query else "") + ".html"


def sort_items(items):
    # the CMS orders by creation (= id, ids only grow); undated rows keep their place
    return sorted(items, key=lambda it: it["id"], reverse=True)


def feeds_for(state):
    n = int(state[1:])
    vis = lambda it: it["v"] <= n
    news_all = NEWS + OLD_EN
    f = {}
    for lang in ("az", "en", "ru"):
        f["news-" + lang] = sort_items([it for it in news_all if lang in it and vis(it)])
    f["press-az"] = sort_items([it for it in PRESS if "az" in it and vis(it)])
    f["press-ru"] = sort_items([it for it in PRESS if "ru" in it and vis(it)])
    f["press-en"] = sort_items([it for it in PRESS_EN if vis(it)])
    return f


def build(state):
    root = os.path.join(HERE, state)
    if os.path.isdir(root):
        shutil.rmtree(root)
    files = {}      # relative file -> str (html) or bytes
    assets = set()

    def put_html(path, lang, text, query=""):
        fn = url_to_file(path, query)
        data = text.encode("cp1251", errors="xmlcharrefreplace") if lang == "ru" else text.encode("utf-8")
        files[fn] = data

    feeds = feeds_for(state)
    expected = {}
    for feed, items in feeds.items():
        kind, lang = feed.split("-")
        path = LIST_PATHS[feed]
        T = L[lang]
        heading = T["news"] if kind == "news" else T["press"]
        style = "footer" if kind == "news" else "div"
        npages = max(1, -(-len(items) // PER_PAGE))
        for pg in range(npages):
            q = "" if pg == 0 else "start=%d" % (pg * PER_PAGE)
            put_html(path, lang, list_page(feed, lang, kind, items, pg, state, heading, path, style), q)
        exp = []
        for it in items:
            title = current_title(it, lang, state)
            put_html("/%s/%s_detail/%d" % (lang, kind, it["id"]), lang, article_page(it, kind, lang, title))
            _, canon_img, asset = lead_image(it, kind, lang)
            if asset:
                assets.add(asset)
            exp.append({"url": "%s/%s/%s_detail/%d" % (CANON, lang, kind, it["id"]),
                        "title": plain_title(title), "date": it["d"], "image": canon_img})
        expected[feed] = exp

    # interviews (not a feed) and the empty "articles" categories
    n = int(state[1:])
    for lang, src in (("az", INTERVIEWS), ("ru", INTERVIEWS), ("en", INTERVIEWS_EN)):
        items = [it for it in src if lang in it and it["v"] <= n]
        put_html(INTERVIEW_PATHS[lang], lang,
                 list_page("int-" + lang, lang, "interview", items, 0, state, L[lang]["interviews"],
                           INTERVIEW_PATHS[lang], "div"))
        for it in items:
            put_html("/%s/press_detail/%d" % (lang, it["id"]), lang,
                     article_page(it, "interview", lang, it[lang][0]))
            _, _, asset = lead_image(it, "interview", lang)
            if asset:
                assets.add(asset)
        put_html(ARTICLES_PATHS[lang], lang, empty_category(lang))

    # front pages
    for lang in ("az", "en", "ru"):
        hp = home_page(lang, feeds["news-" + lang], feeds["press-" + lang], state)
        put_html("/" + lang, lang, hp)
        if lang == "az":
            put_html("/", lang, hp)

    # assets
    assets |= {"images/stories/noimage.jpg",
               "images/stories/xeberler/2026/01/16741_2.jpg", "images/stories/xeberler/2026/01/16741_2_s.jpg",
               "images/stories/xeberler/2026/01/16741_3.jpg", "images/stories/xeberler/2026/01/16741_3_s.jpg",
               "images/stories/xeberler/2025/12/16716_2.jpg", "images/stories/xeberler/2025/12/16716_3.jpg",
               "templates/dmx2010/images/header_bg.jpg"}
    for a in sorted(assets):
        files[a] = tiny_jpeg(60 + (zlib.crc32(a.encode()) % 150))
    for g in ("images/blank.gif", "images/banners/gov_az.gif", "templates/dmx2010/images/gerb.gif",
              "images/banners/president.gif", "images/banners/egov.gif", "images/banners/asan.gif"):
        files[g] = GIF1
    files["images/M_images/printButton.png"] = tiny_png(90, 90, 90)
    files["images/M_images/emailButton.png"] = tiny_png(60, 90, 160)
    files["images/M_images/pdf_button.png"] = tiny_png(200, 30, 30)
    files["images/stories/elanlar/2885_kvota_qaydasi.pdf"] = tiny_pdf("Is icazelerinin verilmesi qaydasi - 2026")
    files["images/stories/docs/TRP_guide_en.pdf"] = tiny_pdf("Guide: temporary residence permit")
    files["templates/dmx2010/css/template.css"] = (
        b"body{font-family:Tahoma,Arial,sans-serif;font-size:11px}\n"
        b".contentheading{font-size:14px;font-weight:bold;color:#0B3D6E}\n"
        b".sectiontableheader{background:#0B3D6E;color:#fff;font-weight:bold}\n"
        b".sectiontableentry2{background:#F2F5F9}\n.pagenav{padding:0 3px}\n")
    for js in ("mootools.js", "caption.js", "jquery-1.4.2.min.js", "jquery.lazyload.js"):
        files["media/system/js/" + js] = b"/* Joomla 1.5 media stub */\n"
    files["robots.txt"] = (b"User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /includes/\n"
                           b"Disallow: /installation/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /tmp/\n")

    for fn, data in files.items():
        full = os.path.join(root, fn)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)

    exp = {"site": "tables", "state": state,
           "list_urls": dict(LIST_PATHS),
           "pagination": ("Joomla 1.5 offsets: page 2 = ?start=10, page 3 = ?start=20 (10 items per page); "
                          "links 'Növbəti'/'Next >'/'Следующая' and 'Son'/'End »'/'Последняя' plus page numbers, "
                          "in td.sectiontablefooter (news lists) or div.pagination (press lists); "
                          "link hrefs /index.php/{lang}/category/...?start=N (ru: absolute http://www.migration.gov.az/index.php/...); "
                          "single-page lists have no pagination"),
           "feeds": expected}
    with open(os.path.join(root, "EXPECTED.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    return exp


if __name__ == "__main__":
    for st in ("v1", "v2"):
        e = build(st)
        print(st, {k: len(v) for k, v in e["feeds"].items()})
