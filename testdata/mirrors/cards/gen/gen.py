#!/usr/bin/env python3
"""Generator for the "cards" offline mirror of migration.gov.az.

Bitrix-style government CMS with a card grid.  Writes v1/ and v2/ next to
this script, plus EXPECTED.json in each state.  Python 3 stdlib only.
"""
import base64
import hashlib
import json
import os
import shutil
import zlib
import struct


OUT = os.path.dirname(os.path.abspath(__file__))
HOST = 'https://migration.gov.az'
NEWS_PER_PAGE = 10
PRESS_PER_PAGE = 8
LANGS = ['az', 'en', 'ru']

# ---------------------------------------------------------------- content
# Invented texts for the "cards" mirror.  Newest first.
# Story keys: id, dt ('YYYY-MM-DD HH:MM' | 'YYYY-MM-DD' | None), img, new (only in v2),
# one (title, [paragraphs]) per language, q = per-language quirks, assets = extra files.
# Paragraph prefixes: 'RAW:' raw HTML, 'Q:' interview question (bold).

PDF_VAC = ('/upload/iblock/5a1/vakansiya_musabiqe_2026.pdf', None, None, 'DMX vakant vezifeler musabiqesi 2026')
PDF_DEC = ('/upload/iblock/c07/qerar_elektron_icaze_2026.pdf', None, None, 'Elektron icaze qaydasi 2026')

NEWS = [
 # ------------------------------------------------------------ v2 only
 {'id': 16760, 'dt': '2026-02-06 16:10', 'img': True, 'new': True,
  'az': ('Dövlət Miqrasiya Xidmətinin rəisi BMqT-nin Azərbaycandakı nümayəndəliyinin yeni rəhbəri ilə görüşüb', [
      'Fevralın 6-da Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı nümayəndəliyinin yeni rəhbəri ilə görüşüb.',
      'Görüşdə Xidmət ilə BMqT arasında uzunmüddətli əməkdaşlığın nəticələri müzakirə olunub, miqrasiya proseslərinin idarə edilməsi, insan alveri qurbanlarının müdafiəsi və könüllü qayıdış proqramları sahəsində birgə layihələrin davam etdirilməsinin vacibliyi vurğulanıb.',
      'Tərəflər 2026-cı il üçün nəzərdə tutulan təlim və seminarların, həmçinin elektron xidmətlərin inkişafına dair təcrübə mübadiləsinin planlarını nəzərdən keçiriblər.']),
  'en': ('Chief of the State Migration Service meets the new Chief of Mission of IOM in Azerbaijan', [
      'On 6 February, the Chief of the State Migration Service met with the newly appointed Chief of Mission of the International Organization for Migration (IOM) in Azerbaijan.',
      'The parties discussed the results of the long-standing cooperation between the Service and IOM and stressed the importance of continuing joint projects on migration management, the protection of victims of human trafficking and assisted voluntary return.',
      'Plans for the trainings and seminars scheduled for 2026, as well as an exchange of experience on the development of e-services, were also reviewed.']),
  'ru': ('Начальник Государственной миграционной службы встретился с новым главой представительства МОМ в Азербайджане', [
      '6 февраля начальник Государственной миграционной службы встретился с новым главой представительства Международной организации по миграции (МОМ) в Азербайджане.',
      'В ходе встречи были обсуждены итоги многолетнего сотрудничества Службы и МОМ, подчеркнута важность продолжения совместных проектов в области управления миграцией, защиты жертв торговли людьми и добровольного возвращения.',
      'Стороны также рассмотрели планы тренингов и семинаров на 2026 год и обмена опытом по развитию электронных услуг.'])},
 {'id': 16758, 'dt': '2026-02-06 12:45', 'img': True, 'new': True,
  'az': ('Sumqayıt regional miqrasiya idarəsində vətəndaşların səyyar qəbulu keçirilib', [
      'Dövlət Miqrasiya Xidmətinin rəhbərliyi Sumqayıt şəhərindən, Xızı və Abşeron rayonlarından olan vətəndaşları Sumqayıt regional miqrasiya idarəsində qəbul edib.',
      'Qəbulda 40-dan çox vətəndaş iştirak edib. Müraciətlər əsasən müvəqqəti və daimi yaşamaq üçün icazələrin verilməsi, vətəndaşlığın müəyyənləşdirilməsi və əmək fəaliyyətinə icazələrin müddətinin uzadılması ilə bağlı olub.',
      'Müraciətlərin bir qismi yerində həll edilib, digərləri isə araşdırılması üçün aidiyyəti struktur bölmələrinə göndərilib.']),
  'ru': ('В Сумгайытском региональном миграционном управлении прошел выездной прием граждан', [
      'Руководство Государственной миграционной службы провело прием граждан из Сумгайыта, Хызинского и Абшеронского районов в Сумгайытском региональном миграционном управлении.',
      'На приеме побывали более 40 граждан. Обращения в основном касались выдачи разрешений на временное и постоянное проживание, определения гражданства и продления разрешений на трудовую деятельность.',
      'Часть обращений была решена на месте, остальные направлены в соответствующие структурные подразделения для рассмотрения.'])},
 {'id': 16757, 'dt': '2026-02-06 10:05', 'img': True, 'new': True,
  'az': ('Yanvar ayında miqrasiya sahəsində elektron xidmətlərdən 38 mindən çox dəfə istifadə olunub', [
      '2026-cı ilin yanvar ayında Dövlət Miqrasiya Xidmətinin elektron xidmətlərindən 38 412 dəfə istifadə olunub. Bu, ötən ilin müvafiq dövrü ilə müqayisədə 17 faiz çoxdur.',
      'Ən çox müraciət olunan xidmətlər sırasında əcnəbilərin və vətəndaşlığı olmayan şəxslərin olduğu yer üzrə qeydiyyata alınması, müvəqqəti yaşamaq üçün icazənin müddətinin uzadılması və müraciətin icra vəziyyəti barədə məlumatın əldə edilməsi yer alıb.',
      'Xidmətlərdən «e-gov.az» Elektron Hökumət Portalı və Xidmətin rəsmi internet səhifəsi vasitəsilə istifadə etmək mümkündür.']),
  'en': ('E-services in the field of migration were used more than 38,000 times in January', [
      'In January 2026, the e-services of the State Migration Service were used 38,412 times, 17 percent more than in the same period last year.',
      'The most requested services were the registration of foreigners and stateless persons at the place of stay, the extension of temporary residence permits and checking the status of an application.',
      'The services are available through the e-gov.az Electronic Government Portal and the official website of the Service.']),
  'ru': ('В январе электронными услугами в сфере миграции воспользовались более 38 тысяч раз', [
      'В январе 2026 года электронными услугами Государственной миграционной службы воспользовались 38 412 раз, что на 17 процентов больше, чем за аналогичный период прошлого года.',
      'Наиболее востребованными стали регистрация иностранцев и лиц без гражданства по месту пребывания, продление разрешений на временное проживание и получение информации о статусе обращения.',
      'Услуги доступны через Портал электронного правительства «e-gov.az» и официальный сайт Службы.'])},
 # ------------------------------------------------------------ v1
 {'id': 16752, 'dt': '2026-02-05 14:30', 'img': True,
  'az': ('Nazirlər Kabineti 2026-cı il üçün əmək miqrasiyası kvotasını təsdiq edib', [
      'Nazirlər Kabinetinin qərarı ilə 2026-cı ildə Azərbaycan Respublikasının ərazisində haqqı ödənilən əmək fəaliyyəti ilə məşğul olmaq məqsədilə gələn əcnəbilər və vətəndaşlığı olmayan şəxslər üçün kvota müəyyən edilib.',
      'Qərara əsasən, kvota iqtisadiyyatın sahələri üzrə bölüşdürülür. Tikinti, sənaye və xidmət sahələri üzrə ayrılan yerlərin payı ötən illə müqayisədə artırılıb.',
      'Dövlət Miqrasiya Xidməti işəgötürənlərə xatırladır ki, əmək fəaliyyətinə icazə üçün müraciətlər elektron qaydada qəbul edilir və kvota çərçivəsində baxılır.']),
  'en': ('Cabinet of Ministers approves the labour migration quota for 2026', [
      'By a decision of the Cabinet of Ministers, the quota for foreigners and stateless persons arriving in the Republic of Azerbaijan for paid labour activity in 2026 has been set.',
      'Under the decision, the quota is distributed across sectors of the economy. The share allocated to construction, industry and services has been increased compared with last year.',
      'The State Migration Service reminds employers that applications for work permits are accepted electronically and are considered within the quota.']),
  'ru': ('Кабинет Министров утвердил квоту трудовой миграции на 2026 год', [
      'Решением Кабинета Министров установлена квота для иностранцев и лиц без гражданства, прибывающих в Азербайджанскую Республику с целью оплачиваемой трудовой деятельности в 2026 году.',
      'Согласно решению, квота распределяется по отраслям экономики. Доля мест, выделенных на строительство, промышленность и сферу услуг, по сравнению с прошлым годом увеличена.',
      'Государственная миграционная служба напоминает работодателям, что заявления на получение разрешения на трудовую деятельность принимаются в электронном виде и рассматриваются в рамках квоты.'])},
 {'id': 16750, 'dt': '2026-02-05 10:15', 'img': True,
  'q': {'az': {'href': 'utm:utm_source=main&utm_medium=card'}},
  'az': ('Müvəqqəti yaşamaq üçün icazə almaq istəyənlər artıq "ASAN Login" vasitəsilə onlayn müraciət edə bilərlər', [
      'Dövlət Miqrasiya Xidmətinin elektron xidmətlər portalında yeni funksionallıq istifadəyə verilib. Artıq əcnəbilər və vətəndaşlığı olmayan şəxslər "ASAN Login" hesabı ilə daxil olaraq müvəqqəti yaşamaq üçün icazə almaq məqsədilə müraciət edə bilərlər.',
      'Yeni sistem sənədlərin elektron formada yüklənməsinə, dövlət rüsumunun onlayn ödənilməsinə və müraciətin icra vəziyyətinin real vaxt rejimində izlənilməsinə imkan verir.',
      'Qeyd edək ki, icazə vəsiqəsi hazır olduqdan sonra ərizəçiyə SMS bildiriş göndərilir və vəsiqə seçilmiş regional idarədən təhvil alınır.']),
  'en': ('Applicants for temporary residence permits can now apply online via "ASAN Login"', [
      'A new feature has been launched on the e-services portal of the State Migration Service. Foreigners and stateless persons can now sign in with an "ASAN Login" account and apply for a temporary residence permit.',
      'The system allows documents to be uploaded electronically, the state fee to be paid online and the status of the application to be tracked in real time.',
      'Once the permit card is ready, the applicant receives an SMS notification and collects the card at the chosen regional office.']),
  'ru': ('Подать заявление на разрешение на временное проживание теперь можно онлайн через «ASAN Login»', [
      'На портале электронных услуг Государственной миграционной службы запущена новая функция. Теперь иностранцы и лица без гражданства могут войти в систему с помощью учетной записи «ASAN Login» и подать заявление на получение разрешения на временное проживание.',
      'Система позволяет загружать документы в электронном виде, оплачивать государственную пошлину онлайн и отслеживать статус заявления в режиме реального времени.',
      'После изготовления вида на жительство заявителю направляется SMS-уведомление, и документ выдается в выбранном региональном управлении.'])},
 {'id': 16747, 'dt': '2026-02-04 17:40', 'img': True,
  'az': ('Özbəkistan Respublikası Daxili İşlər Nazirliyinin nümayəndə heyəti Dövlət Miqrasiya Xidmətində olub', [
      'Özbəkistan Respublikası Daxili İşlər Nazirliyinin Miqrasiya və vətəndaşlığın rəsmiləşdirilməsi departamentinin nümayəndə heyəti Dövlət Miqrasiya Xidmətində səfərdə olub.',
      'Qonaqlara Azərbaycanda miqrasiya sahəsində həyata keçirilən islahatlar, "vahid pəncərə" prinsipi və vahid miqrasiya məlumat sistemi barədə ətraflı məlumat verilib.',
      'Nümayəndə heyəti Bakı şəhəri üzrə regional miqrasiya idarəsinin xidmət zalı ilə tanış olub.']),
  'en': ('Delegation of the Ministry of Internal Affairs of Uzbekistan visits the State Migration Service', [
      'A delegation of the Department of Migration and Citizenship of the Ministry of Internal Affairs of the Republic of Uzbekistan paid a visit to the State Migration Service.',
      'RAW:<p onmouseover="this.style.background=\'#f3f6fa\'" onmouseout="this.style.background=\'\'">The guests were briefed on the reforms carried out in the field of migration in Azerbaijan, the "single window" principle and the unified migration information system.</p>',
      'RAW:<div class="video-wrap"><iframe width="640" height="360" src="https://www.youtube.com/embed/Xq7mD2vR4kE" frameborder="0" allowfullscreen></iframe></div>',
      'The delegation also visited the service hall of the Baku City Regional Migration Office.']),
  'ru': ('Делегация Министерства внутренних дел Республики Узбекистан посетила Государственную миграционную службу', [
      'Делегация Департамента миграции и оформления гражданства Министерства внутренних дел Республики Узбекистан побывала с визитом в Государственной миграционной службе.',
      'Гостям была предоставлена подробная информация о реформах, проводимых в сфере миграции в Азербайджане, о принципе «единого окна» и единой миграционной информационной системе.',
      'Делегация также ознакомилась с работой зала обслуживания Бакинского городского регионального миграционного управления.'])},
 {'id': 16745, 'dt': '2026-02-04 11:00', 'img': True,
  'az': ('Gəncə regional miqrasiya idarəsində yeni xidmət zalı istifadəyə verilib', [
      'Gəncə regional miqrasiya idarəsində müasir standartlara cavab verən yeni xidmət zalı istifadəyə verilib.',
      'Zalda elektron növbə sistemi, sənədlərin skan edilməsi üçün avadanlıq və özünəxidmət terminalları quraşdırılıb. Bu, Gəncə, Göygöl, Samux və Daşkəsən rayonlarından olan müraciət edənlər üçün xidmət müddətini xeyli qısaldacaq.']),
  'ru': ('В Гянджинском региональном миграционном управлении открыт новый зал обслуживания', [
      'В Гянджинском региональном миграционном управлении открыт новый зал обслуживания, отвечающий современным стандартам.',
      'В зале установлены электронная система очереди, оборудование для сканирования документов и терминалы самообслуживания. Это значительно сократит время обслуживания заявителей из Гянджи, Гёйгёльского, Самухского и Дашкесанского районов.'])},
 {'id': 16741, 'dt': '2026-02-03 15:20', 'img': True,
  'q': {'az': {'href': 'www'}},
  'az': ('Qanunsuz miqrasiyaya qarşı mübarizə tədbirləri çərçivəsində 127 əcnəbi aşkar edilib', [
      'Dövlət Miqrasiya Xidməti tərəfindən yanvar ayında qanunsuz miqrasiyaya qarşı mübarizə məqsədilə Bakı, Sumqayıt və Xırdalan şəhərlərində profilaktik tədbirlər həyata keçirilib.',
      'Tədbirlər zamanı ölkədə qanunsuz yaşayan və ya icazəsiz əmək fəaliyyəti ilə məşğul olan 127 əcnəbi aşkar edilib. Onlardan 43 nəfəri barəsində ölkədən inzibati qaydada çıxarılma haqqında qərar qəbul olunub.',
      'Əcnəbiləri qeydiyyatsız işə cəlb edən işəgötürənlər barəsində inzibati xəta haqqında protokollar tərtib edilib.']),
  'en': ('127 foreigners identified during measures against illegal migration', [
      'In January, the State Migration Service carried out preventive measures against illegal migration in Baku, Sumgayit and Khirdalan.',
      'During the measures, 127 foreigners staying in the country illegally or working without a permit were identified. Decisions on administrative expulsion were taken in respect of 43 of them.',
      'Administrative offence reports were drawn up against employers who had hired foreigners without registration.']),
  'ru': ('В ходе мероприятий по борьбе с незаконной миграцией выявлено 127 иностранцев', [
      'В январе Государственной миграционной службой в Баку, Сумгайыте и Хырдалане проведены профилактические мероприятия по борьбе с незаконной миграцией.',
      'В ходе мероприятий выявлено 127 иностранцев, незаконно проживающих в стране или осуществляющих трудовую деятельность без разрешения. В отношении 43 из них приняты решения об административном выдворении.',
      'В отношении работодателей, привлекавших иностранцев к труду без оформления, составлены протоколы об административных правонарушениях.'])},
 {'id': 16738, 'dt': '2026-02-02 12:00', 'img': True,
  'q': {'en': {'href': 'http'}},
  'az': ('BMqT ilə birgə miqrasiya sahəsində insan hüquqlarına dair təlim keçirilib', [
      'Dövlət Miqrasiya Xidməti və Beynəlxalq Miqrasiya Təşkilatının birgə təşkilatçılığı ilə Xidmətin əməkdaşları üçün "Miqrasiya sahəsində insan hüquqları" mövzusunda iki günlük təlim keçirilib.',
      'Təlimdə miqrantların hüquqlarının təmin edilməsi, həssas qrupların müəyyən edilməsi və onlara yönləndirmə mexanizmləri barədə beynəlxalq təcrübə təqdim olunub.',
      'Təlimin sonunda iştirakçılara sertifikatlar təqdim edilib.']),
  'en': ('Training on human rights in the field of migration held jointly with IOM', [
      'A two-day training on "Human rights in the field of migration" was organised for staff of the Service jointly by the State Migration Service and the International Organization for Migration.',
      'International practice on ensuring the rights of migrants, identifying vulnerable groups and referral mechanisms was presented during the training.',
      'At the end of the training, the participants were awarded certificates.']),
  'ru': ('Совместно с МОМ проведен тренинг по правам человека в сфере миграции', [
      'Государственной миграционной службой совместно с Международной организацией по миграции для сотрудников Службы проведен двухдневный тренинг на тему «Права человека в сфере миграции».',
      'В ходе тренинга был представлен международный опыт обеспечения прав мигрантов, выявления уязвимых групп и механизмов их перенаправления.',
      'По завершении тренинга участникам были вручены сертификаты.'])},
 {'id': 16735, 'dt': '2026-01-30 16:45', 'img': True,
  'az': ('Prezident Sərəncamı ilə 214 nəfər Azərbaycan Respublikasının vətəndaşlığına qəbul edilib', [
      'Azərbaycan Respublikası Prezidentinin Sərəncamı ilə 214 nəfər Azərbaycan Respublikasının vətəndaşlığına qəbul edilib.',
      'Dövlət Miqrasiya Xidməti bildirir ki, vətəndaşlığa qəbul edilmiş şəxslər Azərbaycan Respublikası vətəndaşının şəxsiyyət vəsiqəsini almaq üçün yaşayış yeri üzrə ASAN xidmət mərkəzlərinə müraciət edə bilərlər.',
      'Vətəndaşlığa qəbulla bağlı ətraflı məlumatı 919 Çağrı Mərkəzindən əldə etmək mümkündür.']),
  'en': ('214 persons admitted to citizenship of the Republic of Azerbaijan by Presidential Decree', [
      'By Decree of the President of the Republic of Azerbaijan, 214 persons have been admitted to citizenship of the Republic of Azerbaijan.',
      'The State Migration Service informs that the new citizens may apply to ASAN service centres at their place of residence to obtain an identity card of a citizen of the Republic of Azerbaijan.',
      'Detailed information on admission to citizenship is available from the 919 Call Centre.']),
  'ru': ('Распоряжением Президента 214 человек приняты в гражданство Азербайджанской Республики', [
      'Распоряжением Президента Азербайджанской Республики 214 человек приняты в гражданство Азербайджанской Республики.',
      'Государственная миграционная служба сообщает, что лица, принятые в гражданство, могут обратиться в центры «ASAN xidmət» по месту жительства для получения удостоверения личности гражданина Азербайджанской Республики.',
      'Подробную информацию о приеме в гражданство можно получить в Колл-центре 919.'])},
 {'id': 16731, 'dt': '2026-01-29 11:30', 'img': True,
  'q': {'ru': {'href': 'indexphp'}},
  'assets': ['/upload/medialibrary/1d3/kollegiya_2026_02.jpg'],
  'az': ('Dövlət Miqrasiya Xidmətinin kollegiya iclasında 2025-ci ilin yekunları müzakirə olunub və qarşıda duran vəzifələr müəyyənləşdirilib', [
      'Yanvarın 29-da Dövlət Miqrasiya Xidmətinin 2025-ci ilin yekunlarına həsr olunmuş kollegiya iclası keçirilib.',
      'RAW:<script>\n  window.dataLayer = window.dataLayer || [];\n  dataLayer.push({"event": "news_view", "news_id": 16731, "section": "xeberler"});\n</script>',
      'İclasda bildirilib ki, 2025-ci ildə Xidmətə 612 mindən çox müraciət daxil olub, onların 71 faizi elektron qaydada təqdim edilib. Hesabat dövründə 48 min əcnəbiyə müvəqqəti, 6 minə yaxın şəxsə isə daimi yaşamaq üçün icazə verilib.',
      'RAW:<p><img src="/upload/medialibrary/1d3/kollegiya_2026_02.jpg" alt="" width="600" onclick="BX.util.popup(this.src, 900, 600);" style="cursor:pointer"></p>',
      'Xidmətin rəisi 2026-cı il üçün prioritet vəzifələri, o cümlədən regional idarələrin fəaliyyətinin təkmilləşdirilməsini və elektron xidmətlərin sayının artırılmasını diqqətə çatdırıb.']),
  'en': ('Board meeting of the State Migration Service reviews the results of 2025 and sets out tasks for the year ahead', [
      'On 29 January, the State Migration Service held a board meeting dedicated to the results of 2025.',
      'It was noted that in 2025 the Service received more than 612,000 applications, 71 percent of them submitted electronically. During the reporting period, 48,000 foreigners received temporary residence permits and almost 6,000 persons received permanent residence permits.',
      'The Chief of the Service outlined the priorities for 2026, including improving the work of the regional offices and increasing the number of e-services.']),
  'ru': ('На заседании коллегии Государственной миграционной службы подведены итоги 2025 года и определены задачи на предстоящий период', [
      '29 января состоялось заседание коллегии Государственной миграционной службы, посвященное итогам 2025 года.',
      'Было отмечено, что в 2025 году в Службу поступило более 612 тысяч обращений, 71 процент из которых подан в электронном виде. За отчетный период 48 тысячам иностранцев выданы разрешения на временное проживание, почти 6 тысячам лиц – на постоянное проживание.',
      'Начальник Службы обозначил приоритетные задачи на 2026 год, в том числе совершенствование деятельности региональных управлений и увеличение числа электронных услуг.'])},
 {'id': 16728, 'dt': '2026-01-28 09:50', 'img': False,
  'q': {'az': {'title_v2': 'Xatırlatma: əcnəbilər və vətəndaşlığı olmayan şəxslər olduqları yer üzrə 15 gün ərzində qeydiyyata alınmalıdırlar'}},
  'az': ('Əcnəbilər və vətəndaşlığı olmayan şəxslər olduqları yer üzrə 15 gün ərzində qeydiyyata alınmalıdır', [
      'Dövlət Miqrasiya Xidməti xatırladır ki, Azərbaycan Respublikasına gələn əcnəbilər və vətəndaşlığı olmayan şəxslər ölkəyə gəldikləri gündən 15 gün müddətində olduqları yer üzrə qeydiyyata alınmalıdırlar.',
      'Qeydiyyat "e-gov.az" portalı vasitəsilə elektron qaydada, habelə mehmanxanalar və digər yerləşdirmə obyektləri tərəfindən həyata keçirilir.',
      'Qeydiyyata alınmamaq Azərbaycan Respublikasının İnzibati Xətalar Məcəlləsinə əsasən məsuliyyətə səbəb olur.']),
  'en': ('Reminder: foreigners must register at their place of stay within 15 days', [
      'The State Migration Service reminds that foreigners and stateless persons arriving in the Republic of Azerbaijan must register at their place of stay within 15 days of arrival.',
      'Registration is carried out electronically via the e-gov.az portal, as well as by hotels and other accommodation facilities.',
      'Failure to register entails liability under the Code of Administrative Offences of the Republic of Azerbaijan.']),
  'ru': ('Напоминание: иностранцы обязаны зарегистрироваться по месту пребывания в течение 15 дней', [
      'Государственная миграционная служба напоминает, что иностранцы и лица без гражданства, прибывающие в Азербайджанскую Республику, должны зарегистрироваться по месту пребывания в течение 15 дней со дня прибытия.',
      'Регистрация осуществляется в электронном виде через портал «e-gov.az», а также гостиницами и другими объектами размещения.',
      'Отсутствие регистрации влечет ответственность в соответствии с Кодексом об административных проступках Азербайджанской Республики.'])},
 {'id': 16724, 'dt': '2026-01-27 14:10', 'img': True,
  'az': ('BMT-nin Qaçqınlar üzrə Ali Komissarlığı ilə qaçqın statusunun müəyyənləşdirilməsinə dair seminar təşkil olunub', [
      'Dövlət Miqrasiya Xidməti və BMT-nin Qaçqınlar üzrə Ali Komissarlığının (BMT QAK) Azərbaycandakı nümayəndəliyinin birgə təşkilatçılığı ilə qaçqın statusunun müəyyənləşdirilməsi prosedurlarına dair seminar keçirilib.',
      'RAW:<p>Seminarda <b>müsahibə aparılması metodikası, mənşə ölkəsi haqqında məlumatlardan istifadə və qərarların əsaslandırılması məsələləri müzakirə olunub.</p>',
      'Seminarda Xidmətin Qaçqın statusunun müəyyənləşdirilməsi şöbəsinin əməkdaşları iştirak ediblər.']),
  'en': ('Seminar on refugee status determination organised with UNHCR', [
      'A seminar on refugee status determination procedures was held, jointly organised by the State Migration Service and the UNHCR Representation in Azerbaijan.',
      'Interviewing methodology, the use of country of origin information and the reasoning of decisions were discussed at the seminar.',
      'Staff of the Refugee Status Determination Department of the Service took part in the seminar.']),
  'ru': ('Совместно с УВКБ ООН организован семинар по определению статуса беженца', [
      'Государственной миграционной службой совместно с представительством УВКБ ООН в Азербайджане проведен семинар по процедурам определения статуса беженца.',
      'На семинаре обсуждались методика проведения собеседования, использование информации о стране происхождения и обоснование решений.',
      'В семинаре приняли участие сотрудники отдела по определению статуса беженца Службы.'])},
 {'id': 16720, 'dt': '2026-01-23 15:00', 'img': True,
  'q': {'en': {'href': 'rel', 'href_v2': 'wwwindexphp'}},
  'az': ('Dövlət Miqrasiya Xidmətinin rəisi Avropa İttifaqının Azərbaycandakı nümayəndəliyinin rəhbəri ilə görüşüb', [
      'Dövlət Miqrasiya Xidmətinin rəisi Avropa İttifaqının Azərbaycandakı nümayəndəliyinin rəhbərini qəbul edib.',
      'Görüşdə Azərbaycan ilə Avropa İttifaqı arasında miqrasiya və mobillik sahəsində əməkdaşlığın perspektivləri, readmissiya sazişinin icrası və sərhədlərin idarə olunması üzrə birgə layihələr müzakirə edilib.']),
  'en': ('Chief of the State Migration Service meets the Head of the EU Delegation to Azerbaijan', [
      'The Chief of the State Migration Service received the Head of the Delegation of the European Union to Azerbaijan.',
      'The meeting discussed prospects for cooperation between Azerbaijan and the European Union in the field of migration and mobility, the implementation of the readmission agreement and joint projects on border management.']),
  'ru': ('Начальник Государственной миграционной службы встретился с главой представительства Европейского союза в Азербайджане', [
      'Начальник Государственной миграционной службы принял главу представительства Европейского союза в Азербайджане.',
      'На встрече обсуждены перспективы сотрудничества Азербайджана и Европейского союза в области миграции и мобильности, выполнение соглашения о реадмиссии и совместные проекты по управлению границами.'])},
 {'id': 16716, 'dt': '2026-01-21 10:30', 'img': True,
  'q': {'ru': {'lazy_lead': True}},
  'az': ('919 Çağrı Mərkəzində yeni xidmət: müraciətin icra vəziyyəti barədə avtomatik məlumat', [
      'Dövlət Miqrasiya Xidmətinin 919 Çağrı Mərkəzində yeni xidmət istifadəyə verilib. Artıq vətəndaşlar müraciətin nömrəsini daxil etməklə onun icra vəziyyəti barədə avtomatik səsli məlumat ala bilərlər.',
      'Xidmət həftənin yeddi günü, 24 saat ərzində Azərbaycan, rus və ingilis dillərində fəaliyyət göstərir.']),
  'en': ('New at the 919 Call Centre: automatic information on application status', [
      'A new service has been launched at the 919 Call Centre of the State Migration Service. Callers can now enter their application number and receive automatic voice information on its status.',
      'The service is available 24 hours a day, seven days a week, in Azerbaijani, Russian and English.']),
  'ru': ('Новое в Колл-центре 919: автоматическое информирование о статусе обращения', [
      'В Колл-центре 919 Государственной миграционной службы запущена новая услуга. Теперь, введя номер обращения, можно получить автоматическую голосовую информацию о его статусе.',
      'Услуга доступна круглосуточно, семь дней в неделю, на азербайджанском, русском и английском языках.'])},
 {'id': 16713, 'dt': '2026-01-20', 'img': False,
  'az': ('Dövlət Miqrasiya Xidmətinin kollektivi 20 Yanvar faciəsinin qurbanlarının xatirəsini yad edib', [
      '20 Yanvar faciəsinin ildönümü ilə əlaqədar Dövlət Miqrasiya Xidmətinin kollektivi Şəhidlər xiyabanını ziyarət edib.',
      'Faciə qurbanlarının xatirəsi ehtiramla yad edilib, məzarları üzərinə tər çiçəklər düzülüb.']),
  'en': ('Staff of the State Migration Service commemorate the victims of the 20 January tragedy', [
      'On the anniversary of the 20 January tragedy, the staff of the State Migration Service visited the Alley of Martyrs.',
      'The memory of the victims of the tragedy was honoured and flowers were laid on their graves.']),
  'ru': ('Коллектив Государственной миграционной службы почтил память жертв трагедии 20 Января', [
      'В связи с годовщиной трагедии 20 Января коллектив Государственной миграционной службы посетил Аллею шехидов.',
      'Память жертв трагедии была почтена, на их могилы возложены живые цветы.'])},
 {'id': 16710, 'dt': '2026-01-16 11:15', 'img': True,
  'q': {'az': {'href': 'rel'}},
  'az': ('Türkiyə Respublikasının Miqrasiya İdarəsi ilə əməkdaşlığa dair anlaşma memorandumu imzalanıb', [
      'Ankarada Dövlət Miqrasiya Xidməti ilə Türkiyə Respublikası Daxili İşlər Nazirliyinin Miqrasiya İdarəsi arasında əməkdaşlığa dair anlaşma memorandumu imzalanıb.',
      'Sənəd miqrasiya statistikası üzrə məlumat mübadiləsini, qanunsuz miqrasiyaya qarşı birgə tədbirləri və əməkdaşların ixtisasının artırılmasını nəzərdə tutur.']),
  'en': ('Memorandum of understanding on cooperation signed with the Presidency of Migration Management of Türkiye', [
      'A memorandum of understanding on cooperation between the State Migration Service and the Presidency of Migration Management of the Ministry of Interior of the Republic of Türkiye was signed in Ankara.',
      'The document provides for the exchange of migration statistics, joint measures against illegal migration and professional training of staff.']),
  'ru': ('Подписан меморандум о взаимопонимании с Управлением по миграции Турецкой Республики', [
      'В Анкаре подписан меморандум о взаимопонимании в области сотрудничества между Государственной миграционной службой и Управлением по миграции Министерства внутренних дел Турецкой Республики.',
      'Документ предусматривает обмен миграционной статистикой, совместные меры по борьбе с незаконной миграцией и повышение квалификации сотрудников.'])},
 {'id': 16707, 'dt': '2026-01-13 16:00', 'img': True,
  'q': {'en': {'unquoted_date_class': True}},
  'az': ('Yaşamaq üçün icazə vəsiqələrinin yeni nümunəsi tətbiq olunur', [
      'Fevralın 1-dən əcnəbilərə və vətəndaşlığı olmayan şəxslərə yeni nümunəli müvəqqəti və daimi yaşamaq üçün icazə vəsiqələri veriləcək.',
      'Yeni vəsiqələr əlavə mühafizə elementləri və elektron çiplə təchiz olunub. Əvvəllər verilmiş vəsiqələr müddəti bitənədək etibarlıdır.']),
  'en': ('New design of residence permit cards introduced', [
      'From 1 February, foreigners and stateless persons will be issued temporary and permanent residence permit cards of a new design.',
      'The new cards feature additional security elements and an electronic chip. Previously issued cards remain valid until their expiry date.']),
  'ru': ('Вводится новый образец вида на жительство', [
      'С 1 февраля иностранцам и лицам без гражданства будут выдаваться разрешения на временное и постоянное проживание нового образца.',
      'Новые карточки оснащены дополнительными элементами защиты и электронным чипом. Ранее выданные документы действительны до истечения срока их действия.'])},
 {'id': 16705, 'dt': '2026-01-08 13:20', 'img': True,
  'q': {'ru': {'href': './rel'}},
  'az': ('Yanvarın 8-də vətəndaşların qəbulu üzrə «açıq qapı» günü keçirilib', [
      'Dövlət Miqrasiya Xidmətinin inzibati binasında vətəndaşların qəbulu üzrə «açıq qapı» günü keçirilib.',
      'Qəbulda Xidmətin struktur bölmələrinin rəhbərləri iştirak edib, 60-dan çox vətəndaşın müraciəti dinlənilib.']),
  'ru': ('8 января проведен день открытых дверей по приему граждан', [
      'В административном здании Государственной миграционной службы проведен день открытых дверей по приему граждан.',
      'В приеме участвовали руководители структурных подразделений Службы, были выслушаны обращения более 60 граждан.'])},
 {'id': 16704, 'dt': '2025-12-31 11:00', 'img': True,
  'az': ('31 dekabr – Dünya Azərbaycanlılarının Həmrəyliyi Günü və Yeni il münasibətilə təbrik', [
      'Dövlət Miqrasiya Xidmətinin kollektivi bütün həmvətənlərimizi 31 dekabr – Dünya Azərbaycanlılarının Həmrəyliyi Günü və Yeni il münasibətilə təbrik edir.',
      'Hər birinizə cansağlığı, ailələrinizə xoşbəxtlik və firavanlıq arzulayırıq!']),
  'en': ('Greetings on the Day of Solidarity of World Azerbaijanis and the New Year', [
      'The staff of the State Migration Service congratulate all compatriots on 31 December, the Day of Solidarity of World Azerbaijanis, and the New Year.',
      'We wish you good health, happiness and prosperity!'])},
 {'id': 16703, 'dt': '2025-12-18 11:00', 'img': True,
  'q': {'az': {'alt': 'title'}, 'en': {'alt': 'title'}, 'ru': {'alt': 'title'}},
  'az': ('18 dekabr – Beynəlxalq Miqrantlar Günü münasibətilə tədbir keçirilib', [
      '18 dekabr – Beynəlxalq Miqrantlar Günü münasibətilə Dövlət Miqrasiya Xidmətində beynəlxalq təşkilatların və qeyri-hökumət təşkilatlarının nümayəndələrinin iştirakı ilə tədbir keçirilib.',
      'Tədbirdə miqrantların hüquqlarının müdafiəsi və cəmiyyətə inteqrasiyası sahəsində görülən işlərdən danışılıb.']),
  'en': ('Event held on the occasion of 18 December, International Migrants Day', [
      'An event marking 18 December, International Migrants Day, was held at the State Migration Service with the participation of international and non-governmental organisations.',
      'Speakers talked about the work done to protect the rights of migrants and to integrate them into society.']),
  'ru': ('Проведено мероприятие по случаю 18 декабря – Международного дня мигрантов', [
      'В Государственной миграционной службе по случаю 18 декабря – Международного дня мигрантов проведено мероприятие с участием представителей международных и неправительственных организаций.',
      'На мероприятии говорилось о работе, проводимой в области защиты прав мигрантов и их интеграции в общество.'])},
 {'id': 16702, 'dt': '2025-12-05 10:40', 'img': True,
  'az': ('Naxçıvan Muxtar Respublikasında səyyar miqrasiya xidməti göstərilib', [
      'Dövlət Miqrasiya Xidmətinin səyyar qrupu Naxçıvan şəhərində və Şərur rayonunda vətəndaşlara miqrasiya xidmətləri göstərib.',
      'Səyyar xidmət çərçivəsində 90-dan çox müraciət qəbul edilib, əcnəbilərin olduğu yer üzrə qeydiyyatı və icazələrin uzadılması ilə bağlı məsləhətlər verilib.']),
  'ru': ('В Нахчыванской Автономной Республике организовано выездное миграционное обслуживание', [
      'Выездная группа Государственной миграционной службы оказала миграционные услуги в городе Нахчыван и Шарурском районе.',
      'В рамках выездного обслуживания принято более 90 обращений, даны консультации по регистрации иностранцев по месту пребывания и продлению разрешений.'])},
 {'id': 16701, 'dt': '2025-11-25 12:30', 'img': True,
  'q': {'ru': {'href': 'utm:utm_source=facebook&utm_medium=social&utm_campaign=news'}},
  'az': ('BMqT ilə birgə əmək miqrantlarının hüquqlarının müdafiəsinə dair yeni layihəyə start verilib', [
      'Dövlət Miqrasiya Xidməti və Beynəlxalq Miqrasiya Təşkilatı əmək miqrantlarının hüquqlarının müdafiəsinə yönəlmiş yeni birgə layihəyə start verib.',
      'İki il müddətinə nəzərdə tutulan layihə çərçivəsində işəgötürənlər üçün maarifləndirici materiallar hazırlanacaq, regional idarələrin əməkdaşları üçün təlimlər keçiriləcək.',
      'Layihənin açılış mərasimində Xidmətin və BMqT-nin rəhbər şəxsləri çıxış ediblər.']),
  'en': ('New project on protecting the rights of labour migrants launched with IOM', [
      'The State Migration Service and the International Organization for Migration have launched a new joint project aimed at protecting the rights of labour migrants.',
      'Within the two-year project, awareness materials will be prepared for employers and trainings will be held for staff of the regional offices.',
      'Senior officials of the Service and IOM spoke at the launch ceremony.']),
  'ru': ('Совместно с МОМ дан старт новому проекту по защите прав трудовых мигрантов', [
      'Государственная миграционная служба и Международная организация по миграции дали старт новому совместному проекту, направленному на защиту прав трудовых мигрантов.',
      'В рамках рассчитанного на два года проекта будут подготовлены информационные материалы для работодателей и проведены тренинги для сотрудников региональных управлений.',
      'На церемонии открытия проекта выступили руководители Службы и МОМ.'])},
 {'id': 16697, 'dt': '2025-11-20 15:50', 'img': False,
  'q': {'az': {'href': 'indexphp'}},
  'az': ('İşəgötürənlər tərəfindən miqrasiya qanunvericiliyinə əməl olunması yoxlanılıb', [
      'Dövlət Miqrasiya Xidməti tərəfindən noyabr ayında tikinti və xidmət sahələrində fəaliyyət göstərən 35 müəssisədə miqrasiya qanunvericiliyinin tələblərinə əməl olunması yoxlanılıb.',
      'Yoxlamalar nəticəsində aşkar edilmiş pozuntuların aradan qaldırılması üçün işəgötürənlərə göstərişlər verilib.']),
  'en': ('Compliance of employers with migration legislation inspected', [
      'In November, the State Migration Service inspected compliance with migration legislation at 35 enterprises operating in construction and services.',
      'Employers were instructed to eliminate the violations identified during the inspections.']),
  'ru': ('Проверено соблюдение работодателями миграционного законодательства', [
      'В ноябре Государственной миграционной службой проверено соблюдение требований миграционного законодательства на 35 предприятиях, работающих в сферах строительства и услуг.',
      'Работодателям выданы предписания об устранении выявленных в ходе проверок нарушений.'])},
 {'id': 16693, 'dt': '2025-11-14 11:20', 'img': True,
  'q': {'az': {'art_date': 'none'}, 'ru': {'stray_span': True}},
  'az': ('Əcnəbi tələbələr üçün elektron xidmətlərə dair maarifləndirici görüş keçirilib', [
      'Bakı Dövlət Universitetində təhsil alan əcnəbi tələbələr üçün Dövlət Miqrasiya Xidmətinin elektron xidmətlərinə dair maarifləndirici görüş keçirilib.',
      'Tələbələrə müvəqqəti yaşamaq üçün icazənin alınması və uzadılması qaydaları, olduğu yer üzrə qeydiyyat və müraciətlərin onlayn təqdim edilməsi barədə məlumat verilib.']),
  'en': ('Awareness meeting on e-services held for international students', [
      'An awareness meeting on the e-services of the State Migration Service was held for international students of Baku State University.',
      'The students were informed about the rules for obtaining and extending temporary residence permits, registration at the place of stay and submitting applications online.']),
  'ru': ('Для иностранных студентов проведена разъяснительная встреча об электронных услугах', [
      'Для иностранных студентов Бакинского государственного университета проведена разъяснительная встреча об электронных услугах Государственной миграционной службы.',
      'Студентам рассказали о правилах получения и продления разрешения на временное проживание, регистрации по месту пребывания и подаче обращений онлайн.'])},
 {'id': 16690, 'dt': '2025-11-07 16:00', 'img': True,
  'az': ('Zəfər Günü münasibətilə Dövlət Miqrasiya Xidmətində tədbir keçirilib', [
      '8 Noyabr – Zəfər Günü münasibətilə Dövlət Miqrasiya Xidmətində tədbir keçirilib.',
      'Tədbirdə Vətən müharibəsi şəhidlərinin xatirəsi bir dəqiqəlik sükutla yad edilib, Xidmətin müharibə iştirakçısı olan əməkdaşlarına hədiyyələr təqdim olunub.']),
  'ru': ('В Государственной миграционной службе прошло мероприятие по случаю Дня Победы', [
      'В Государственной миграционной службе прошло мероприятие, посвященное 8 Ноября – Дню Победы.',
      'Память шехидов Отечественной войны почтили минутой молчания, сотрудникам Службы – участникам войны вручены подарки.'])},
 {'id': 16686, 'dt': '2025-11-04 14:00', 'img': True,
  'q': {'az': {'alt': ''}, 'en': {'alt': '', 'missing_thumb': True}, 'ru': {'alt': ''}},
  'az': ('Gürcüstanla readmissiya sazişinin icrası üzrə birgə işçi qrupunun iclası keçirilib', [
      'Tbilisidə Azərbaycan və Gürcüstan arasında readmissiya sazişinin icrası üzrə birgə işçi qrupunun növbəti iclası keçirilib.',
      'İclasda sazişin icrası ilə bağlı statistik göstəricilər təhlil edilib, qarşılıqlı məlumat mübadiləsinin sürətləndirilməsi razılaşdırılıb.']),
  'en': ('Joint working group on the implementation of the readmission agreement with Georgia meets', [
      'The regular meeting of the joint working group on the implementation of the readmission agreement between Azerbaijan and Georgia was held in Tbilisi.',
      'The parties analysed statistics on the implementation of the agreement and agreed to speed up the exchange of information.']),
  'ru': ('Состоялось заседание совместной рабочей группы по реализации соглашения о реадмиссии с Грузией', [
      'В Тбилиси состоялось очередное заседание совместной рабочей группы по реализации соглашения о реадмиссии между Азербайджаном и Грузией.',
      'На заседании проанализированы статистические данные о выполнении соглашения, достигнута договоренность об ускорении обмена информацией.'])},
 {'id': 16681, 'dt': '2025-10-28 16:20', 'img': True,
  'az': ('Lənkəran regional miqrasiya idarəsində vətəndaşların qəbulu keçirilib', [
      'Dövlət Miqrasiya Xidmətinin rəis müavini Lənkəran regional miqrasiya idarəsində Lənkəran, Astara, Lerik və Masallı rayonlarından olan vətəndaşları qəbul edib.',
      'Qəbulda qaldırılan məsələlərin həlli üçün müvafiq tapşırıqlar verilib.']),
  'ru': ('В Ленкоранском региональном миграционном управлении прошел прием граждан', [
      'Заместитель начальника Государственной миграционной службы провел в Ленкоранском региональном миграционном управлении прием граждан из Ленкоранского, Астаринского, Лерикского и Масаллинского районов.',
      'По поднятым на приеме вопросам даны соответствующие поручения.'])},
 {'id': 16676, 'dt': '2025-10-21 10:00', 'img': True,
  'q': {'az': {'card_date': 'dateonly'}, 'en': {'card_date': 'dateonly'}, 'ru': {'card_date': 'dateonly'}},
  'az': ('Əcnəbilər üçün Azərbaycan dili və inteqrasiya kurslarının yeni mərhələsi başlayıb', [
      'Dövlət Miqrasiya Xidmətinin təşəbbüsü ilə daimi yaşamaq üçün icazə almaq istəyən əcnəbilər üçün Azərbaycan dili və inteqrasiya kurslarının yeni mərhələsinə start verilib.',
      'Üç ay davam edəcək kurslarda iştirakçılar Azərbaycan dilinin əsasları, ölkənin tarixi, mədəniyyəti və qanunvericiliyi ilə tanış olacaqlar.']),
  'en': ('New round of Azerbaijani language and integration courses for foreigners begins', [
      'At the initiative of the State Migration Service, a new round of Azerbaijani language and integration courses has started for foreigners seeking permanent residence permits.',
      'During the three-month courses, participants will learn the basics of the Azerbaijani language and become acquainted with the history, culture and legislation of the country.']),
  'ru': ('Начался новый этап курсов азербайджанского языка и интеграции для иностранцев', [
      'По инициативе Государственной миграционной службы стартовал новый этап курсов азербайджанского языка и интеграции для иностранцев, желающих получить разрешение на постоянное проживание.',
      'В течение трех месяцев слушатели изучат основы азербайджанского языка, познакомятся с историей, культурой и законодательством страны.'])},
 # ------------------------------------------------------------ older English-only items
 {'id': 15633, 'dt': '2023-11-27 14:35', 'img': True,
  'q': {'en': {'nbsp': True, 'img_host': 'http://www.migration.gov.az'}},
  'en': ('Chief of the State Migration Service attends the 114th session of the Council of the International Organization for Migration', [
      'The Chief of the State Migration Service of the Republic of Azerbaijan is taking part in the 114th session of the Council of the International Organization for Migration (IOM).',
      'The session, which opened in Geneva on 27 November, is being held in a hybrid format and will continue until 29 November. Member states are discussing the strategic priorities of the organisation, migration governance and the impact of climate change on human mobility.',
      'Addressing the session, the head of the Azerbaijani delegation informed the participants about the migration policy pursued in the country, the digitalisation of migration services and the humanitarian consequences of landmine contamination in the liberated territories.',
      'On the sidelines of the session, the Chief of the Service also held bilateral meetings with the IOM leadership.'])},
 {'id': 14243, 'dt': '2020-06-15', 'img': True,
  'q': {'en': {'nbsp': True, 'href': 'indexphp', 'art_date': 'none'}},
  'en': ('State Migration Service continues to provide services online during the special quarantine regime', [
      'During the special quarantine regime, the State Migration Service continues to provide its services mainly in electronic form.',
      'Applications for the extension of temporary residence permits and work permits can be submitted via the e-services portal without visiting the Service.',
      'Citizens can obtain additional information by calling the 919 Call Centre.'])},
 {'id': 9144, 'dt': None, 'img': False,
  'q': {'en': {'nbsp': True}},
  'en': ('Delegation of the State Migration Service visits the Federal Migration Service of the Russian Federation', [
      'A delegation of the State Migration Service of the Republic of Azerbaijan paid a working visit to the Federal Migration Service of the Russian Federation in Moscow.',
      'During the visit, the parties exchanged views on cooperation in the field of labour migration and the implementation of the intergovernmental agreements.'])},
]

PRESS = [
 # ------------------------------------------------------------ v2 only
 {'id': 2893, 'id_en': 409, 'cat': 'announcement', 'dt': '2026-02-06 15:00', 'img': False, 'new': True,
  'az': ('Fevralın 9-da Bakı şəhəri üzrə vətəndaşların qəbulu saatları dəyişdirilir', [
      'Texniki işlərlə əlaqədar 9 fevral 2026-cı il tarixində Bakı şəhəri üzrə regional miqrasiya idarəsində vətəndaşların qəbulu saat 10:00-dan 15:00-dək həyata keçiriləcək.',
      'Elektron xidmətlər adi rejimdə fəaliyyət göstərəcək. Yaranmış narahatlığa görə üzr istəyirik.']),
  'en': ('Reception hours in Baku to change on 9 February', [
      'Due to technical works, on 9 February 2026 the Baku City Regional Migration Office will receive visitors from 10:00 to 15:00.',
      'E-services will operate as usual. We apologise for any inconvenience.']),
  'ru': ('9 февраля изменяется график приема граждан в Баку', [
      'В связи с техническими работами 9 февраля 2026 года прием граждан в Бакинском городском региональном миграционном управлении будет осуществляться с 10:00 до 15:00.',
      'Электронные услуги будут работать в обычном режиме. Приносим извинения за доставленные неудобства.'])},
 {'id': 2892, 'id_en': None, 'cat': 'article', 'dt': '2026-02-06 11:30', 'img': True, 'new': True,
  'az': ('Əmək miqrantları üçün elektron icazə sisteminin üstünlükləri: işəgötürənlər nəyi bilməlidir?', [
      'Fevralın 1-dən əmək fəaliyyətinə icazə üçün müraciətlər yalnız elektron qaydada qəbul edilir. Bu yazıda işəgötürənlərin ən çox verdiyi suallara aydınlıq gətiririk.',
      'Müraciət "e-gov.az" portalında gücləndirilmiş elektron imza və ya "ASAN İmza" vasitəsilə təqdim olunur. Sənədlərin surətləri elektron formada yüklənir, dövlət rüsumu isə onlayn ödənilir.',
      'Müraciətə 20 iş günü müddətində baxılır. İcazə verildikdən sonra işəgötürənin elektron kabinetinə bildiriş göndərilir və əcnəbi vəsiqəni regional idarədən ala bilər.']),
  'ru': ('Преимущества электронной системы разрешений для трудовых мигрантов: что нужно знать работодателям?', [
      'С 1 февраля заявления на получение разрешения на трудовую деятельность принимаются только в электронном виде. В этой статье мы отвечаем на самые частые вопросы работодателей.',
      'Заявление подается на портале «e-gov.az» с использованием усиленной электронной подписи или «ASAN İmza». Копии документов загружаются в электронном виде, государственная пошлина оплачивается онлайн.',
      'Заявление рассматривается в течение 20 рабочих дней. После выдачи разрешения в электронный кабинет работодателя направляется уведомление, и иностранец может получить документ в региональном управлении.'])},
 # ------------------------------------------------------------ v1
 {'id': 2890, 'id_en': 407, 'cat': 'announcement', 'dt': '2026-02-04 16:00', 'img': False,
  'q': {'az': {'pdf': (PDF_VAC[0], 'Müsabiqənin şərtləri və tələb olunan sənədlərin siyahısı', '148 KB', PDF_VAC[3])},
        'en': {'pdf': (PDF_VAC[0], 'Terms of the competition and list of required documents (in Azerbaijani)', '148 KB', PDF_VAC[3])},
        'ru': {'pdf': (PDF_VAC[0], 'Условия конкурса и перечень необходимых документов (на азербайджанском языке)', '148 KB', PDF_VAC[3])}},
  'az': ('Dövlət Miqrasiya Xidmətində vakant vəzifələrin tutulması üçün müsabiqə elan olunur', [
      'Dövlət Miqrasiya Xidməti Bakı şəhəri və regional miqrasiya idarələrində vakant inzibati vəzifələrin tutulması üçün müsabiqə elan edir.',
      'Müsabiqədə ali təhsilli, Azərbaycan Respublikasının vətəndaşları iştirak edə bilərlər. Sənədlər 4 mart 2026-cı il tarixinədək qəbul olunur.',
      'Müsabiqənin şərtləri və tələb olunan sənədlərin siyahısı ilə aşağıdakı sənəddən tanış olmaq olar.']),
  'en': ('Competition announced to fill vacant positions at the State Migration Service', [
      'The State Migration Service announces a competition to fill vacant administrative positions in Baku and in the regional migration offices.',
      'Citizens of the Republic of Azerbaijan with higher education may take part. Documents are accepted until 4 March 2026.',
      'The terms of the competition and the list of required documents are available in the attached file.']),
  'ru': ('Объявляется конкурс на замещение вакантных должностей в Государственной миграционной службе', [
      'Государственная миграционная служба объявляет конкурс на замещение вакантных административных должностей в Баку и региональных миграционных управлениях.',
      'В конкурсе могут участвовать граждане Азербайджанской Республики с высшим образованием. Документы принимаются до 4 марта 2026 года.',
      'С условиями конкурса и перечнем необходимых документов можно ознакомиться в прикрепленном файле.'])},
 {'id': 2888, 'id_en': 405, 'cat': 'interview', 'dt': '2026-01-30 12:00', 'img': True,
  'az': ('Xidmət rəisinin müavini: "2025-ci ildə elektron müraciətlərin payı 70 faizi ötüb"', [
      'Dövlət Miqrasiya Xidmətinin rəis müavini AZƏRTAC-a müsahibəsində ötən ilin nəticələrindən və qarşıda duran vəzifələrdən danışıb.',
      'Q: – 2025-ci ili Xidmət üçün necə xarakterizə edərdiniz?',
      '– Ötən il rəqəmsallaşma baxımından dönüş ili oldu. Müraciətlərin 70 faizdən çoxu elektron qaydada təqdim edilib, vətəndaşların Xidmətə fiziki gəlişlərinin sayı isə təxminən üçdə bir azalıb.',
      'Q: – Bu il hansı yeniliklər gözlənilir?',
      '– Əmək fəaliyyətinə icazələrin verilməsi tam elektron formaya keçir, yeni nümunəli yaşamaq üçün icazə vəsiqələri tətbiq olunur. Regionlarda isə səyyar xidmətlərin coğrafiyasını genişləndirməyi planlaşdırırıq.']),
  'en': ('Deputy Chief of the Service: "The share of electronic applications exceeded 70 percent in 2025"', [
      'In an interview with AZERTAC, the Deputy Chief of the State Migration Service spoke about last year\'s results and the tasks ahead.',
      'Q: – How would you describe 2025 for the Service?',
      '– Last year was a turning point in terms of digitalisation. More than 70 percent of applications were submitted electronically, and the number of in-person visits fell by about a third.',
      'Q: – What innovations can we expect this year?',
      '– Work permits are moving fully online and residence permit cards of a new design are being introduced. In the regions we plan to expand the geography of mobile services.']),
  'ru': ('Заместитель начальника Службы: «В 2025 году доля электронных обращений превысила 70 процентов»', [
      'В интервью АЗЕРТАДЖ заместитель начальника Государственной миграционной службы рассказал об итогах прошлого года и предстоящих задачах.',
      'Q: – Как бы вы охарактеризовали 2025 год для Службы?',
      '– Прошлый год стал переломным с точки зрения цифровизации. Более 70 процентов обращений подано в электронном виде, а число личных визитов в Службу сократилось примерно на треть.',
      'Q: – Каких нововведений ждать в этом году?',
      '– Выдача разрешений на трудовую деятельность полностью переходит в электронный формат, вводятся виды на жительство нового образца. В регионах мы планируем расширить географию выездного обслуживания.'])},
 {'id': 2887, 'id_en': 404, 'cat': 'announcement', 'dt': '2026-01-26 10:00', 'img': False,
  'q': {'en': {'href': 'indexphp'}},
  'az': ('Daimi yaşamaq üçün icazələrin verilməsi qaydalarında dəyişikliklər barədə', [
      'Nazirlər Kabinetinin müvafiq qərarı ilə daimi yaşamaq üçün icazələrin verilməsi qaydalarına dəyişikliklər edilib.',
      'Dəyişikliklərə əsasən, müraciətə baxılma müddəti 30 iş gününədək qısaldılıb, Azərbaycan dilini bilmə səviyyəsini təsdiq edən sənəd tələb olunan sənədlər siyahısına əlavə edilib.',
      'Dəyişikliklər 1 mart 2026-cı il tarixindən qüvvəyə minir.']),
  'en': ('On amendments to the rules for issuing permanent residence permits', [
      'By the relevant decision of the Cabinet of Ministers, amendments have been made to the rules for issuing permanent residence permits.',
      'Under the amendments, the review period for applications has been shortened to 30 working days, and a document confirming knowledge of the Azerbaijani language has been added to the list of required documents.',
      'The amendments enter into force on 1 March 2026.']),
  'ru': ('Об изменениях в правилах выдачи разрешений на постоянное проживание', [
      'Соответствующим решением Кабинета Министров внесены изменения в правила выдачи разрешений на постоянное проживание.',
      'Согласно изменениям, срок рассмотрения заявления сокращен до 30 рабочих дней, а в перечень необходимых документов добавлен документ, подтверждающий знание азербайджанского языка.',
      'RAW:<script type="text/javascript">document.write(\'<p class="note">Полный текст решения размещен в разделе «Законодательство».</p>\');</script>',
      'RAW:<p>Изменения вступают в силу с 1 марта 2026 года. <a href="/ru/legislation" onclick="ym(44751313,\'reachGoal\',\'legislation_click\'); return true;">Законодательство</a></p>'])},
 {'id': 2884, 'id_en': 402, 'cat': 'article', 'dt': '2026-01-19 15:30', 'img': True,
  'q': {'ru': {'href': 'utm:utm_source=telegram'}},
  'az': ('Əmək miqrasiyasının idarə olunmasında rəqəmsal həllər: Azərbaycan təcrübəsi', [
      'Son illərdə Azərbaycanda əmək miqrasiyasının idarə olunması sahəsində əsas diqqət proseslərin rəqəmsallaşdırılmasına yönəlib.',
      'Vahid miqrasiya məlumat sistemi müxtəlif dövlət qurumlarının məlumat bazalarını birləşdirir və icazələrin verilməsini insan amilindən maksimum dərəcədə azad edir.',
      'Beynəlxalq ekspertlər bu təcrübəni region ölkələri üçün nümunə kimi qiymətləndirirlər.']),
  'en': ('Digital solutions in labour migration management: the experience of Azerbaijan', [
      'In recent years, labour migration management in Azerbaijan has focused on the digitalisation of processes.',
      'The unified migration information system connects the databases of various state bodies and removes the human factor from the issuance of permits as far as possible.',
      'International experts regard this experience as an example for the countries of the region.']),
  'ru': ('Цифровые решения в управлении трудовой миграцией: опыт Азербайджана', [
      'В последние годы в управлении трудовой миграцией в Азербайджане основное внимание уделяется цифровизации процессов.',
      'Единая миграционная информационная система объединяет базы данных различных государственных органов и максимально исключает человеческий фактор при выдаче разрешений.',
      'Международные эксперты оценивают этот опыт как пример для стран региона.'])},
 {'id': 2881, 'id_en': 401, 'cat': 'announcement', 'dt': '2026-01-12 09:00', 'img': False,
  'q': {'az': {'pdf': (PDF_DEC[0], 'Nazirlər Kabinetinin qərarı', '96 KB', PDF_DEC[3])},
        'en': {'pdf': (PDF_DEC[0], 'Decision of the Cabinet of Ministers (in Azerbaijani)', '96 KB', PDF_DEC[3])},
        'ru': {'pdf': (PDF_DEC[0], 'Решение Кабинета Министров (на азербайджанском языке)', '96 KB', PDF_DEC[3])}},
  'az': ('Fevralın 1-dən əmək fəaliyyətinə icazə üçün müraciətlər yalnız elektron qaydada qəbul ediləcək', [
      'Dövlət Miqrasiya Xidməti bildirir ki, 1 fevral 2026-cı il tarixindən əmək fəaliyyətinə icazənin verilməsi və müddətinin uzadılması üçün müraciətlər yalnız elektron qaydada qəbul ediləcək.',
      'Müraciətlər "e-gov.az" portalı vasitəsilə işəgötürənlər tərəfindən təqdim olunur. Kağız formada müraciətlərin qəbulu dayandırılır.']),
  'en': ('From 1 February, work permit applications will be accepted electronically only', [
      'The State Migration Service informs that from 1 February 2026, applications for issuing and extending work permits will be accepted electronically only.',
      'Applications are submitted by employers via the e-gov.az portal. Paper applications will no longer be accepted.']),
  'ru': ('С 1 февраля заявления на получение разрешения на трудовую деятельность будут приниматься только в электронном виде', [
      'Государственная миграционная служба сообщает, что с 1 февраля 2026 года заявления на выдачу и продление разрешения на трудовую деятельность будут приниматься только в электронном виде.',
      'Заявления подаются работодателями через портал «e-gov.az». Прием заявлений в бумажной форме прекращается.'])},
 {'id': 2878, 'id_en': 399, 'cat': 'interview', 'dt': None, 'img': True,
  'az': ('Gəncə regional miqrasiya idarəsinin rəisi: "Regionlarda xidmətlərin əlçatanlığı əsas prioritetimizdir"', [
      'Gəncə regional miqrasiya idarəsinin rəisi yerli mətbuata müsahibəsində idarənin fəaliyyətindən danışıb.',
      'Q: – İdarəyə ən çox hansı məsələlərlə müraciət edirlər?',
      '– Əsasən müvəqqəti yaşamaq üçün icazələrin uzadılması və olduğu yer üzrə qeydiyyat məsələləri ilə. Son vaxtlar əcnəbi tələbələrin müraciətləri də artıb.',
      'Q: – Yeni xidmət zalı nə vaxt istifadəyə veriləcək?',
      '– Hazırda təmir işləri yekunlaşır. Yeni zalda elektron növbə sistemi və özünəxidmət terminalları olacaq.']),
  'en': ('Head of the Ganja Regional Migration Office: "Access to services in the regions is our main priority"', [
      'In an interview with the local press, the head of the Ganja Regional Migration Office spoke about the work of the office.',
      'Q: – What do people most often apply to the office for?',
      '– Mostly for extending temporary residence permits and for registration at the place of stay. Recently the number of applications from international students has also grown.',
      'Q: – When will the new service hall open?',
      '– Renovation works are being completed. The new hall will have an electronic queue system and self-service terminals.']),
  'ru': ('Начальник Гянджинского регионального миграционного управления: «Доступность услуг в регионах – наш главный приоритет»', [
      'В интервью местной прессе начальник Гянджинского регионального миграционного управления рассказал о работе управления.',
      'Q: – С какими вопросами чаще всего обращаются в управление?',
      '– В основном по продлению разрешений на временное проживание и регистрации по месту пребывания. В последнее время выросло и число обращений иностранных студентов.',
      'Q: – Когда откроется новый зал обслуживания?',
      '– Ремонтные работы завершаются. В новом зале будут электронная очередь и терминалы самообслуживания.'])},
 {'id': 2875, 'id_en': 398, 'cat': 'article', 'dt': '2025-12-15 14:00', 'img': False,
  'q': {'az': {'href': 'rel'}},
  'az': ('Azərbaycan Respublikasının vətəndaşlığına qəbul: tez-tez verilən suallar', [
      'Vətəndaşlığa qəbulla bağlı Xidmətə daxil olan müraciətlərdə ən çox verilən sualları və onların cavablarını təqdim edirik.',
      'Q: Vətəndaşlığa qəbul üçün hansı şərtlər tələb olunur?',
      'Azərbaycan Respublikasının ərazisində son beş il ərzində fasiləsiz qanuni yaşamaq, qanuni gəlir mənbəyinə malik olmaq və Azərbaycan dilini bilmək.',
      'Q: Müraciət hara təqdim olunur?',
      'Müraciət Dövlət Miqrasiya Xidmətinə və ya onun regional idarələrinə təqdim edilir.']),
  'en': ('Admission to citizenship of the Republic of Azerbaijan: frequently asked questions', [
      'We present the questions most frequently asked in applications to the Service concerning admission to citizenship, with answers.',
      'Q: What are the conditions for admission to citizenship?',
      'Continuous legal residence in the territory of the Republic of Azerbaijan for the last five years, a legal source of income and knowledge of the Azerbaijani language.',
      'Q: Where is the application submitted?',
      'The application is submitted to the State Migration Service or its regional offices.']),
  'ru': ('Прием в гражданство Азербайджанской Республики: часто задаваемые вопросы', [
      'Представляем наиболее часто задаваемые в обращениях в Службу вопросы о приеме в гражданство и ответы на них.',
      'Q: Какие условия необходимы для приема в гражданство?',
      'Непрерывное законное проживание на территории Азербайджанской Республики в течение последних пяти лет, наличие законного источника дохода и знание азербайджанского языка.',
      'Q: Куда подается заявление?',
      'Заявление подается в Государственную миграционную службу или ее региональные управления.'])},
 {'id': 2871, 'id_en': None, 'cat': 'announcement', 'dt': '2025-12-03 10:30', 'img': False,
  'az': ('Dekabrın 5-də Naxçıvan şəhərində səyyar xidmət təşkil olunacaq', [
      'Dövlət Miqrasiya Xidmətinin səyyar qrupu 5 dekabr 2025-ci il tarixində Naxçıvan şəhərində vətəndaşlara xidmət göstərəcək.',
      'Qəbul saat 10:00-dan 17:00-dək Naxçıvan Muxtar Respublikası üzrə regional miqrasiya idarəsinin binasında keçiriləcək.'])},
 {'id': 2866, 'id_en': 396, 'cat': 'interview', 'dt': '2025-11-18 16:20', 'img': True,
  'q': {'az': {'href': 'httpwww'}, 'en': {'href': 'wwwutm:utm_source=newsletter&utm_medium=email'}},
  'az': ('Dövlət Miqrasiya Xidmətinin rəisi: "BMqT ilə əməkdaşlıq yeni mərhələyə qədəm qoyur"', [
      'Dövlət Miqrasiya Xidmətinin rəisi "Trend" informasiya agentliyinə müsahibə verib.',
      'Q: – BMqT ilə əməkdaşlığın hansı istiqamətlərini prioritet hesab edirsiniz?',
      '– Əmək miqrantlarının hüquqlarının müdafiəsi, insan alverinə qarşı mübarizə və miqrasiya məlumatlarının təhlili. Bu istiqamətlərdə yeni birgə layihəyə yaxın günlərdə start verəcəyik.',
      'Q: – Beynəlxalq təcrübədən nələri tətbiq edirsiniz?',
      '– Biz həm öz təcrübəmizi bölüşür, həm də digər ölkələrin uğurlu həllərini öyrənirik. Elektron xidmətlər sahəsində Azərbaycan bu gün bir çox ölkə üçün nümunədir.']),
  'en': ('Chief of the State Migration Service: "Cooperation with IOM is entering a new stage"', [
      'The Chief of the State Migration Service gave an interview to the Trend news agency.',
      'Q: – Which areas of cooperation with IOM do you consider priorities?',
      '– The protection of the rights of labour migrants, combating human trafficking and the analysis of migration data. We will launch a new joint project in these areas in the coming days.',
      'Q: – What international practices are you applying?',
      '– We both share our own experience and study the successful solutions of other countries. In e-services, Azerbaijan is today an example for many countries.']),
  'ru': ('Начальник Государственной миграционной службы: «Сотрудничество с МОМ выходит на новый этап»', [
      'Начальник Государственной миграционной службы дал интервью информационному агентству Trend.',
      'Q: – Какие направления сотрудничества с МОМ вы считаете приоритетными?',
      '– Защиту прав трудовых мигрантов, борьбу с торговлей людьми и анализ миграционных данных. В ближайшие дни мы дадим старт новому совместному проекту по этим направлениям.',
      'Q: – Какой международный опыт вы применяете?',
      '– Мы и делимся своим опытом, и изучаем успешные решения других стран. В области электронных услуг Азербайджан сегодня служит примером для многих государств.'])},
 {'id': 2860, 'id_en': 394, 'cat': 'article', 'dt': '2025-10-30 12:15', 'img': True,
  'q': {'az': {'card_date': 'none'}},
  'az': ('Miqrantların cəmiyyətə inteqrasiyası: beynəlxalq təcrübə və milli yanaşma', [
      'Miqrantların cəmiyyətə uğurlu inteqrasiyası həm onların özləri, həm də qəbul edən ölkə üçün mühüm əhəmiyyət daşıyır.',
      'Avropa ölkələrində dil kursları, mədəni oriyentasiya proqramları və əmək bazarına çıxışın asanlaşdırılması inteqrasiyanın əsas alətləri hesab olunur.',
      'Azərbaycanda da daimi yaşamaq üçün icazə almaq istəyən əcnəbilər üçün Azərbaycan dili və inteqrasiya kursları təşkil edilir.']),
  'en': ('Integration of migrants into society: international experience and the national approach', [
      'The successful integration of migrants into society matters both for the migrants themselves and for the host country.',
      'In European countries, language courses, cultural orientation programmes and easier access to the labour market are considered the main integration tools.',
      'In Azerbaijan, Azerbaijani language and integration courses are organised for foreigners seeking permanent residence permits.']),
  'ru': ('Интеграция мигрантов в общество: международный опыт и национальный подход', [
      'Успешная интеграция мигрантов в общество важна как для самих мигрантов, так и для принимающей страны.',
      'В европейских странах основными инструментами интеграции считаются языковые курсы, программы культурной ориентации и облегчение доступа на рынок труда.',
      'В Азербайджане для иностранцев, желающих получить разрешение на постоянное проживание, организуются курсы азербайджанского языка и интеграции.'])},
 {'id': 2855, 'id_en': 392, 'cat': 'announcement', 'dt': '2025-10-14 09:45', 'img': False,
  'az': ('Qaçqın statusu ilə bağlı müraciətlərin qəbulu yeni ünvanda həyata keçiriləcək', [
      '20 oktyabr 2025-ci il tarixindən qaçqın statusunun verilməsi ilə bağlı müraciətlər Bakı şəhəri, Binəqədi şossesi, 202 ünvanında qəbul ediləcək.',
      'Qəbul iş günləri saat 09:00-dan 18:00-dək aparılır.']),
  'en': ('Applications for refugee status to be accepted at a new address', [
      'From 20 October 2025, applications for refugee status will be accepted at 202 Binagadi highway, Baku.',
      'Applications are received on working days from 09:00 to 18:00.']),
  'ru': ('Прием обращений о предоставлении статуса беженца будет осуществляться по новому адресу', [
      'С 20 октября 2025 года обращения о предоставлении статуса беженца будут приниматься по адресу: г. Баку, Бинагадинское шоссе, 202.',
      'Прием ведется по рабочим дням с 09:00 до 18:00.'])},
]

# languages in which a press story is absent
for _st in PRESS:
    if _st['id_en'] is None:
        _st.pop('en', None)
for _st in PRESS:
    if _st['id'] == 2871:
        _st.pop('ru', None)


# ---------------------------------------------------------------- assets
JPEG = base64.b64decode(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikx'
    'MC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01'
    'T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAAR'
    'CAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA'
    'AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK'
    'FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG'
    'h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl'
    '5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA'
    'AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk'
    'NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE'
    'hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk'
    '5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCeiiiukwP/2Q==')
GIF = base64.b64decode('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')


def png(w, h, rgb):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n'
            + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def pdf(text):
    stream = ('BT /F1 14 Tf 72 720 Td (%s) Tj ET' % text).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
            b'/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


TPL = '/local/templates/gov'
STATIC = {
    TPL + '/images/no-photo.png': png(36, 24, (221, 226, 232)),
    TPL + '/images/og-logo.png': png(40, 40, (0, 84, 150)),
    TPL + '/images/logo.png': png(48, 48, (0, 84, 150)),
    TPL + '/images/gov-az.png': png(16, 16, (0, 150, 200)),
    TPL + '/images/blank.gif': GIF,
    TPL + '/images/banners/e-gov.png': png(30, 10, (30, 120, 60)),
    TPL + '/images/banners/president.png': png(30, 10, (160, 30, 40)),
    TPL + '/images/banners/asan.png': png(30, 10, (20, 90, 170)),
}
CSS = b"""/* gov template */
body{font-family:Arial,sans-serif;margin:0;color:#222}
.container{max-width:1200px;margin:0 auto}
.news-grid{display:flex;flex-wrap:wrap;gap:20px}
.news-card{width:31%;border:1px solid #e3e6ea}
.news-card__date{color:#7a8594;font-size:13px}
.pager a,.pager span{display:inline-block;padding:4px 9px}
.pager .current{background:#005496;color:#fff}
"""

# ---------------------------------------------------------------- strings
S = {
 'az': dict(
    site='Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti',
    site_short='Dövlət Miqrasiya Xidməti',
    gov='Azərbaycan Respublikasının rəsmi dövlət orqanının internet saytı',
    gov_link='gov.az – Elektron Hökumət Portalı',
    home='Ana səhifə', about='Xidmət haqqında', news='Xəbərlər', press='Mətbuat mərkəzi',
    ann='Elanlar', intv='Müsahibələr', art='Məqalələr', pubs='Nəşrlər',
    stat='Statistika', opendata='Açıq məlumatlar', eserv='Elektron xidmətlər',
    legis='Qanunvericilik', contact='Əlaqə',
    latest='Son xəbərlər', published='Dərc olunub', all_news='Bütün xəbərlər',
    all_press='Bütün materiallar',
    updated='Səhifənin son yenilənmə tarixi: 10.10.2023',
    copy='© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti',
    back_news='Xəbərlər siyahısına qayıt', back_press='Mətbuat mərkəzinə qayıt',
    useful='Faydalı keçidlər', search='Axtarış', files='Əlavə edilmiş sənədlər',
    address='Bakı şəhəri, AZ1117, Binəqədi şossesi, 202',
    call='Çağrı mərkəzi: 919', email='E-poçt: info@migration.gov.az',
    cat={'announcement': 'Elan', 'interview': 'Müsahibə', 'article': 'Məqalə'},
    pages='Səhifələr:', desc='Dövlət Miqrasiya Xidmətinin rəsmi internet saytı',
    press_lead='Elanlar, müsahibələr və məqalələr',
    social='Bizi izləyin:', totop='Yuxarı',
 ),
 'en': dict(
    site='State Migration Service of the Republic of Azerbaijan',
    site_short='State Migration Service',
    gov='Official website of a state body of the Republic of Azerbaijan',
    gov_link='gov.az – Electronic Government Portal',
    home='Home', about='About the Service', news='News', press='Press centre',
    ann='Announcements', intv='Interviews', art='Articles', pubs='Publications',
    stat='Statistics', opendata='Open data', eserv='E-services',
    legis='Legislation', contact='Contacts',
    latest='Latest news', published='Published', all_news='All news',
    all_press='All materials',
    updated='Page last updated: 10.10.2023',
    copy='© 2026 The Republic of Azerbaijan State Migration Service',
    back_news='Back to the news list', back_press='Back to the press centre',
    useful='Useful links', search='Search', files='Attached documents',
    address='202 Binagadi highway, Baku, AZ1117',
    call='Call centre: 919', email='E-mail: info@migration.gov.az',
    cat={'announcement': 'Announcement', 'interview': 'Interview', 'article': 'Article'},
    pages='Pages:', desc='Official website of the State Migration Service of the Republic of Azerbaijan',
    press_lead='Announcements, interviews and articles',
    social='Follow us:', totop='Top',
 ),
 'ru': dict(
    site='Государственная миграционная служба Азербайджанской Республики',
    site_short='Государственная миграционная служба',
    gov='Официальный сайт государственного органа Азербайджанской Республики',
    gov_link='gov.az – Портал электронного правительства',
    home='Главная', about='О Службе', news='Новости', press='Пресс-центр',
    ann='Объявления', intv='Интервью', art='Статьи', pubs='Публикации',
    stat='Статистика', opendata='Открытые данные', eserv='Электронные услуги',
    legis='Законодательство', contact='Контакты',
    latest='Последние новости', published='Опубликовано', all_news='Все новости',
    all_press='Все материалы',
    updated='Последнее обновление страницы: 10.10.2023',
    copy='© 2026 Государственная миграционная служба Азербайджанской Республики',
    back_news='Вернуться к списку новостей', back_press='Вернуться в пресс-центр',
    useful='Полезные ссылки', search='Поиск', files='Прикрепленные документы',
    address='г. Баку, AZ1117, Бинагадинское шоссе, 202',
    call='Колл-центр: 919', email='Эл. почта: info@migration.gov.az',
    cat={'announcement': 'Объявление', 'interview': 'Интервью', 'article': 'Статья'},
    pages='Страницы:', desc='Официальный сайт Государственной миграционной службы Азербайджанской Республики',
    press_lead='Объявления, интервью и статьи',
    social='Мы в соцсетях:', totop='Наверх',
 ),
}
SITE_ID = {'az': 's1', 'en': 's2', 'ru': 's3'}
TYPES = [('announcements', 'announcement', 'ann'), ('interviews', 'interview', 'intv'),
         ('articles', 'article', 'art')]


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def esct(s):  # text nodes: quotes stay raw, as the Bitrix editor leaves them
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# ---------------------------------------------------------------- items
def image_paths(key):
    h = hashlib.md5(key.encode()).hexdigest()
    d, f = h[:3], h[3:35] + '.jpg'
    return '/upload/iblock/%s/%s' % (d, f), '/upload/resize_cache/iblock/%s/360_240_2/%s' % (d, f)


class Item:
    """One list entry in one language and one state."""

    def __init__(self, story, lang, section, state):
        self.story = story
        self.lang = lang
        self.section = section
        self.state = state
        if section == 'news':
            self.id = story['id']
        else:
            self.id = story['id_en'] if lang == 'en' else story['id']
        t, paras = story[lang]
        q = story.get('q', {}).get(lang, {})
        self.q = q
        if state == 'v2' and 'title_v2' in q:
            t = q['title_v2']
        self.title = ' '.join(t.split())
        self.paras = paras
        self.cat = story.get('cat')
        self.dt = story.get('dt')          # 'YYYY-MM-DD HH:MM' | 'YYYY-MM-DD' | None
        self.has_img = story.get('img', False)
        key = '%s-%s' % (section, story['id'])
        self.img, self.thumb = image_paths(key) if self.has_img else (None, None)

    @property
    def path(self):
        return '/%s/%s_detail/%d' % (self.lang, self.section, self.id)

    @property
    def url(self):
        return HOST + self.path

    def href(self):
        spec = self.q.get('href_v2') if self.state == 'v2' and 'href_v2' in self.q else self.q.get('href')
        p = self.path
        if not spec:
            return p
        if spec == 'rel':
            return '%s_detail/%d' % (self.section, self.id)
        if spec == './rel':
            return './%s_detail/%d' % (self.section, self.id)
        if spec == 'www':
            return 'https://www.migration.gov.az' + p
        if spec == 'http':
            return 'http://migration.gov.az' + p
        if spec == 'httpwww':
            return 'http://www.migration.gov.az' + p
        if spec == 'indexphp':
            return '/index.php' + p
        if spec == 'wwwindexphp':
            return 'https://www.migration.gov.az/index.php' + p
        if spec.startswith('utm:'):
            return p + '?' + spec[4:]
        if spec.startswith('wwwutm:'):
            return 'https://www.migration.gov.az' + p + '?' + spec[7:]
        raise ValueError(spec)

    # date helpers -------------------------------------------------
    def _fmt(self, with_time, sep):
        if not self.dt:
            return None
        d = self.dt[:10]
        y, m, dd = d.split('-')
        s = '%s.%s.%s' % (dd, m, y)
        if with_time and len(self.dt) > 10:
            s += sep + self.dt[11:16]
        return s

    def card_date(self):
        mode = self.q.get('card_date', 'full')
        if mode == 'none':
            return None
        return self._fmt(mode == 'full', ' ')

    def art_date(self):
        if self.q.get('art_date') == 'none':
            return None
        return self._fmt(True, ', ')

    def expected_date(self):
        shown = [x for x in (self.card_date(), self.art_date()) if x]
        if not shown:
            return None
        best = max(shown, key=len)
        dd, mm, yy = best[:10].split('.')
        iso = '%s-%s-%s' % (yy, mm, dd)
        if len(best) > 10:
            iso += 'T' + best[-5:]
        return iso

    def expected(self):
        return {'url': self.url, 'title': self.title, 'date': self.expected_date(),
                'image': HOST + self.img if self.img else None}


def items_for(lang, section, state):
    src = NEWS if section == 'news' else PRESS
    out = []
    for st in src:
        if lang not in st:
            continue
        if st.get('new') and state == 'v1':
            continue
        out.append(Item(st, lang, section, state))
    return out


def truncate(t, n=70):
    if len(t) <= n:
        return t
    return t[:n].rstrip() + '...'


# ---------------------------------------------------------------- template
def head(lang, title, og_title=None, og_desc=None, og_type='website'):
    s = S[lang]
    ogt = og_title or title
    return '''<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<meta name="description" content="%(desc)s" />
<meta property="og:type" content="%(og_type)s">
<meta property="og:site_name" content="%(site)s">
<meta property="og:title" content="%(ogt)s">
<meta property="og:description" content="%(ogd)s">
<meta property="og:image" content="https://migration.gov.az/local/templates/gov/images/og-logo.png">
<link rel="icon" href="/favicon.ico" type="image/x-icon">
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171846287423463" type="text/css" rel="stylesheet"/>
<link href="/local/templates/gov/template_styles.css?1700822351512" type="text/css" rel="stylesheet"/>
<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script type="text/javascript">(window.BX||top.BX).message({'JS_CORE_LOADING':'Loading...','LANGUAGE_ID':'%(lang)s','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SITE_ID':'%(sid)s','SITE_DIR':'/%(lang)s/'});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1718462900225181"></script>
<script type="text/javascript" src="/local/templates/gov/js/lazyload.min.js?16908123442210"></script>
</head>
''' % dict(lang=lang, title=esc(title), desc=esc(s['desc']), og_type=og_type, site=esc(s['site']),
           ogt=esc(ogt), ogd=esc(og_desc or s['desc']), sid=SITE_ID[lang])


def header(lang, active):
    s = S[lang]
    L = '/' + lang

    def li(key, href, sub=None):
        cls = ' class="active"' if key == active else ''
        if sub:
            subs = ''.join('\n\t\t\t<li><a href="%s">%s</a></li>' % (h, esc(t)) for t, h in sub)
            return ('\t\t<li%s class="has-sub"><a href="%s">%s</a>\n\t\t<ul class="submenu">%s\n\t\t</ul></li>\n'
                    % (cls, href, esc(s[key]), subs)).replace('<li class="active" class="has-sub">', '<li class="active has-sub">')
        return '\t\t<li%s><a href="%s">%s</a></li>\n' % (cls, href, esc(s[key]))
    press_sub = [(s['news'], L + '/news')] + [(s[k], '%s/press?type=%s' % (L, t)) for t, _, k in TYPES] + [
        (s['pubs'], L + '/publications'), (s['stat'], L + '/statistics'), (s['opendata'], L + '/open_data')]
    menu = (li('home', L) + li('about', L + '/about') + li('news', L + '/news')
            + li('press', L + '/press', press_sub) + li('legis', L + '/legislation')
            + li('eserv', 'https://e-services.migration.gov.az/' + lang)
            + li('contact', L + '/contact'))
    langs = ''.join('<a href="/%s"%s>%s</a>' % (l, ' class="selected"' if l == lang else '', l.upper())
                    for l in LANGS)
    return '''<body>
<div id="panel"></div>
<div class="gov-banner">
	<div class="container">
		<img src="/local/templates/gov/images/gov-az.png" alt="gov.az" width="16" height="16">
		<span>%(gov)s</span>
		<a href="https://www.gov.az" target="_blank" rel="noopener">%(gov_link)s</a>
	</div>
</div>
<header class="header">
	<div class="container header__inner">
		<a class="header__logo" href="/%(lang)s">
			<img src="/local/templates/gov/images/logo.png" alt="%(site)s">
			<span class="header__name">%(site)s</span>
		</a>
		<div class="header__right">
			<div class="header__call"><a href="tel:919">%(call)s</a></div>
			<form class="header__search" action="/%(lang)s/search" method="get">
				<input type="text" name="q" placeholder="%(search)s"><button type="submit">&#128269;</button>
			</form>
			<div class="lang-switch">%(langs)s</div>
		</div>
	</div>
	<nav class="main-menu">
	<div class="container">
	<ul class="main-menu__list">
%(menu)s	</ul>
	</div>
	</nav>
</header>
''' % dict(lang=lang, gov=esc(s['gov']), gov_link=esc(s['gov_link']), site=esc(s['site']),
           call=esc(s['call']), search=esc(s['search']), langs=langs, menu=menu)


def footer(lang):
    s = S[lang]
    L = '/' + lang
    return '''<footer class="footer">
	<div class="container">
		<div class="footer__cols">
			<div class="footer__col">
				<div class="footer__title">%(site)s</div>
				<p>%(address)s</p>
				<p>%(call)s<br>%(email)s</p>
			</div>
			<div class="footer__col">
				<ul class="footer__menu">
					<li><a href="%(L)s/about">%(about)s</a></li>
					<li><a href="%(L)s/news">%(news)s</a></li>
					<li><a href="%(L)s/press">%(press)s</a></li>
					<li><a href="%(L)s/contact">%(contact)s</a></li>
				</ul>
			</div>
			<div class="footer__col footer__social">
				<span>%(social)s</span>
				<a href="https://www.facebook.com/migration.gov.az" target="_blank">Facebook</a>
				<a href="https://twitter.com/dmx_gov_az" target="_blank">X</a>
				<a href="https://www.youtube.com/@migrationgovaz" target="_blank">YouTube</a>
				<a href="https://t.me/migrationgovaz" target="_blank">Telegram</a>
			</div>
		</div>
		<div class="footer__updated">%(updated)s</div>
		<div class="footer__copy">%(copy)s</div>
	</div>
	<a href="#" class="to-top" onclick="window.scrollTo({top:0,behavior:'smooth'});return false;">%(totop)s</a>
</footer>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2MGV0BE"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7QX2MGV0BE');</script>
<script>document.addEventListener('DOMContentLoaded',function(){if(window.LazyLoad){new LazyLoad({elements_selector:'.lazy'});}});</script>
</body>
</html>
''' % dict(L=L, site=esc(s['site']), address=esc(s['address']), call=esc(s['call']), email=esc(s['email']),
           about=esc(s['about']), news=esc(s['news']), press=esc(s['press']), contact=esc(s['contact']),
           social=esc(s['social']), updated=esc(s['updated']), copy=esc(s['copy']), totop=esc(s['totop']))


def sidebar(lang, state, exclude=None):
    s = S[lang]
    news = [i for i in items_for(lang, 'news', state) if i.id != exclude][:5]
    lis = []
    for n, it in enumerate(news):
        d = it.card_date() or ''
        close = '' if (lang == 'ru' and n == 2) else '</li>'   # unclosed <li> on ru pages
        lis.append('\t\t\t<li class="sidebar-news__item"><a href="%s">%s</a>\n'
                   '\t\t\t\t<span class="sidebar-news__date">%s</span>%s'
                   % (it.path, esct(it.title), d, close))
    return '''		<aside class="col-sidebar">
			<div class="sidebar-block">
				<div class="sidebar-block__title">%(latest)s</div>
				<ul class="sidebar-news">
%(lis)s
				</ul>
				<a class="sidebar-block__more" href="/%(lang)s/news">%(all)s &raquo;</a>
			</div>
			<div class="sidebar-block sidebar-banners">
				<div class="sidebar-block__title">%(useful)s</div>
				<a href="https://www.e-gov.az" target="_blank"><img src="/local/templates/gov/images/banners/e-gov.png" alt="e-gov.az"></a>
				<a href="https://president.az" target="_blank"><img src="/local/templates/gov/images/banners/president.png" alt="president.az"></a>
				<a href="https://asan.gov.az" target="_blank"><img src="/local/templates/gov/images/banners/asan.png" alt="ASAN xidmət"></a>
			</div>
		</aside>
''' % dict(latest=esc(s['latest']), lis='\n'.join(lis), lang=lang, all=esc(s['all_news']),
           useful=esc(s['useful']))


def card(it, pos, quirks=True, lazy_from=4):
    s = S[it.lang]
    href = it.href() if quirks else it.path
    if it.has_img:
        if pos >= lazy_from:
            img = ('<img class="lazy" src="/local/templates/gov/images/blank.gif" data-src="%s" alt="%s">'
                   % (it.thumb_src(), esc(it.title)))
        else:
            img = '<img src="%s" alt="%s">' % (it.thumb_src(), esc(it.title))
    else:
        img = '<img src="/local/templates/gov/images/no-photo.png" alt="%s">' % esc(it.title)
    cat = ''
    if it.section == 'press':
        cat = '\n\t\t\t<span class="news-card__category news-card__category--%s">%s</span>' % (
            it.cat, esc(s['cat'][it.cat]))
    d = it.card_date()
    date = ''
    if d:
        if quirks and it.q.get('unquoted_date_class'):
            date = '\n\t\t\t<div class=news-card__date><i class="icon-calendar"></i> %s</div>' % d
        elif quirks and it.q.get('stray_span'):
            date = '\n\t\t\t<div class="news-card__date"><i class="icon-calendar"></i> %s</span></div>' % d
        else:
            date = '\n\t\t\t<div class="news-card__date"><i class="icon-calendar"></i> %s</div>' % d
    elif it.dt and it.q.get('card_date') == 'none':
        date = '\n\t\t\t<div class="news-card__date"></div>'
    return '''	<div class="news-card" id="bx_3218110189_%(id)d">
		<a class="news-card__img" href="%(href)s">%(img)s</a>
		<div class="news-card__body">%(cat)s%(date)s
			<div class="news-card__title"><a href="%(href)s" title="%(full)s">%(short)s</a></div>
		</div>
	</div>
''' % dict(id=it.id, href=esc(href), img=img, cat=cat, date=date, full=esc(it.title),
           short=esct(truncate(it.title)))


def thumb_src(self):
    host = self.q.get('img_host', '')
    if self.q.get('missing_thumb'):      # broken thumbnail: that resize was never generated
        return host + self.thumb.replace('/360_240_2/', '/360_240_1/')
    return host + self.thumb


Item.thumb_src = thumb_src


def pager(base, page, npages):
    if npages <= 1:
        return ''
    parts = []
    for p in range(1, npages + 1):
        href = base if p == 1 else '%s?PAGEN_1=%d' % (base, p)
        if p == page:
            parts.append('<span class="current">%d</span>' % p)
        else:
            parts.append('<a href="%s">%d</a>' % (href, p))
    if page < npages:
        parts.append('<a class="pager__next" href="%s?PAGEN_1=%d">&raquo;</a>' % (base, page + 1))
    return '\t<div class="pager">\n\t\t' + '\n\t\t'.join(parts) + '\n\t</div>\n'


def list_page(lang, section, items, page, npages, state, title, base, lead=None):
    body = head(lang, '%s | %s' % (title, S[lang]['site_short']), title)
    body += header(lang, section)
    body += '<main class="page">\n<div class="container">\n\t<div class="row">\n\t\t<div class="col-content">\n'
    body += '\t\t<h1 class="page-title">%s</h1>\n' % esc(title)
    if lead:
        body += '\t\t<div class="page-lead">%s</div>\n' % esc(lead)
    body += '\t\t<div class="news-grid">\n'
    for n, it in enumerate(items):
        body += card(it, n)
    body += '\t\t</div>\n'
    body += pager(base, page, npages)
    body += '\t\t</div>\n'
    body += sidebar(lang, state)
    body += '\t</div>\n</div>\n</main>\n'
    body += footer(lang)
    return body


def article_page(it, state):
    s = S[it.lang]
    lang = it.lang
    paras = []
    if it.q.get('nbsp'):
        paras.append('<p>&nbsp;</p>')
    for n, p in enumerate(it.paras):
        if p.startswith('RAW:'):
            paras.append(p[4:])
        elif p.startswith('Q:'):
            paras.append('<p><strong>%s</strong></p>' % esct(p[2:].strip()))
        elif lang == 'ru' and n % 2 == 0:
            paras.append('<p style="text-align: justify;">%s</p>' % esct(p))
        else:
            paras.append('<p>%s</p>' % esct(p))
        if it.q.get('nbsp'):
            paras.append('<p>&nbsp;</p>' if n % 2 == 0 else '<p>\u00a0</p>\n<p>&nbsp;</p>')
    if it.q.get('pdf'):
        path, label, size = it.q['pdf'][:3]
        paras.append('<div class="detail-files">\n\t<div class="detail-files__title">%s</div>\n'
                     '\t<a href="%s" target="_blank" class="file-pdf">%s</a> <span class="file-size">(PDF, %s)</span>\n</div>'
                     % (esc(s['files']), path, esct(label), size))
    text = '\n'.join(paras)
    pic = ''
    if it.has_img:
        alt = it.q.get('alt', 'newsPhoto')
        if alt == 'title':
            alt = it.title
        src = it.q.get('img_host', '') + it.img
        if it.q.get('lazy_lead'):
            pic = ('\t\t\t<div class="detail-picture"><img class="lazy" src="/local/templates/gov/images/blank.gif" '
                   'data-src="%s" alt="%s"></div>\n' % (src, esc(alt)))
        else:
            pic = '\t\t\t<div class="detail-picture"><img src="%s" alt="%s"></div>\n' % (src, esc(alt))
    cat = ''
    if it.section == 'press':
        cat = '\t\t\t<div class="detail-category">%s</div>\n' % esc(s['cat'][it.cat])
    d = it.art_date()
    date = '\t\t\t<div class="detail-date">%s: %s</div>\n' % (esc(s['published']), d) if d else ''
    back_href = '/%s/%s' % (lang, it.section)
    back = s['back_news'] if it.section == 'news' else s['back_press']
    first = it.paras[0] if not it.paras[0].startswith(('RAW:', 'Q:')) else it.title
    desc = truncate(first, 150)
    out = head(lang, '%s | %s' % (it.title, s['site_short']), it.title, desc, 'article')
    out += header(lang, it.section)
    out += '<main class="page">\n<div class="container">\n\t<div class="row">\n\t\t<div class="col-content">\n'
    out += '\t\t<article class="news-detail">\n'
    out += pic + cat
    out += '\t\t\t<h1 class="page-title">%s</h1>\n' % esct(it.title)
    out += '\t\t\t<div class="detail-text">\n%s\n\t\t\t</div>\n' % text
    out += date
    out += '\t\t\t<a class="detail-back" href="%s">&laquo; %s</a>\n' % (back_href, esc(back))
    out += '\t\t</article>\n\t\t</div>\n'
    out += sidebar(lang, state, exclude=it.id if it.section == 'news' else None)
    out += '\t</div>\n</div>\n</main>\n'
    out += footer(lang)
    return out


def home_page(lang, state):
    s = S[lang]
    news = items_for(lang, 'news', state)[:6]
    press = items_for(lang, 'press', state)[:3]
    out = head(lang, s['site'])
    out += header(lang, 'home')
    out += '<main class="page page--home">\n<div class="container">\n'
    out += '\t<section class="home-news">\n\t\t<h2 class="section-title">%s</h2>\n\t\t<div class="news-grid">\n' % esc(s['latest'])
    for n, it in enumerate(news):
        out += card(it, n, quirks=False, lazy_from=99)
    out += '\t\t</div>\n\t\t<a class="section-more" href="/%s/news">%s &raquo;</a>\n\t</section>\n' % (lang, esc(s['all_news']))
    out += '\t<section class="home-press">\n\t\t<h2 class="section-title">%s</h2>\n\t\t<div class="news-grid">\n' % esc(s['press'])
    for n, it in enumerate(press):
        out += card(it, n, quirks=False, lazy_from=99)
    out += '\t\t</div>\n\t\t<a class="section-more" href="/%s/press">%s &raquo;</a>\n\t</section>\n' % (lang, esc(s['all_press']))
    out += '''	<section class="home-services">
		<a class="service-tile" href="https://e-services.migration.gov.az/%(lang)s">%(eserv)s</a>
		<a class="service-tile" href="/%(lang)s/statistics">%(stat)s</a>
		<a class="service-tile" href="/%(lang)s/legislation">%(legis)s</a>
		<a class="service-tile" href="/%(lang)s/open_data">%(opendata)s</a>
	</section>
''' % dict(lang=lang, eserv=esc(s['eserv']), stat=esc(s['stat']), legis=esc(s['legis']),
           opendata=esc(s['opendata']))
    out += '</div>\n</main>\n'
    out += footer(lang)
    return out


# ---------------------------------------------------------------- write
def url_to_file(root, path, query=None):
    p = path.strip('/')
    if not p:
        return os.path.join(root, 'index.html')
    if query:
        p += '@' + query
    return os.path.join(root, p + '.html')


def write(fn, data):
    os.makedirs(os.path.dirname(fn), exist_ok=True)
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(fn, mode, **({} if isinstance(data, bytes) else {'encoding': 'utf-8', 'newline': '\n'})) as f:
        f.write(data)


def build(state):
    root = os.path.join(OUT, state)
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    write(os.path.join(root, 'robots.txt'),
          'User-agent: *\nDisallow: /bitrix/\nDisallow: /admin/\nDisallow: /search/\nDisallow: /*?print=Y\n')
    for p, data in STATIC.items():
        write(root + p, data)
    write(root + TPL + '/template_styles.css', CSS)
    images = set()
    pdfs = {}
    expected = {'site': 'cards', 'state': state, 'list_urls': {},
                'pagination': ('Bitrix PAGEN_1: page N of a list is {list_url}?PAGEN_1=N (page 1 is the bare list '
                               'URL); div.pager holds numbered links with the current page as <span class="current">'
                               ' and a "\u00bb" (a.pager__next) link to the next page, absent on the last page; '
                               'no rel=next. 10 items per news page (3 pages), 8 per press page (2 pages).'),
                'feeds': {}}
    for lang in LANGS:
        s = S[lang]
        write(url_to_file(root, '/' + lang), home_page(lang, state))
        if lang == 'az':
            write(url_to_file(root, '/'), home_page(lang, state))
        for section, per in (('news', NEWS_PER_PAGE), ('press', PRESS_PER_PAGE)):
            items = items_for(lang, section, state)
            base = '/%s/%s' % (lang, section)
            npages = (len(items) + per - 1) // per
            title = s['news'] if section == 'news' else s['press']
            lead = None if section == 'news' else s['press_lead']
            for p in range(1, npages + 1):
                chunk = items[(p - 1) * per:p * per]
                html = list_page(lang, section, chunk, p, npages, state, title, base, lead)
                write(url_to_file(root, base, None if p == 1 else 'PAGEN_1=%d' % p), html)
            for it in items:
                write(url_to_file(root, it.path), article_page(it, state))
                if it.has_img:
                    images.add(it.img)
                    if not it.q.get('missing_thumb'):
                        images.add(it.thumb)
                if it.q.get('pdf'):
                    pdfs[it.q['pdf'][0]] = it.q['pdf'][3] if len(it.q['pdf']) > 3 else 'Document'
                for extra in it.story.get('assets', []):
                    images.add(extra)
            key = '%s-%s' % (section, lang)
            expected['list_urls'][key] = base
            expected['feeds'][key] = [it.expected() for it in items]
            if section == 'press':
                for tcode, cat, skey in TYPES:
                    sub = [i for i in items if i.cat == cat]
                    html = list_page(lang, 'press', sub, 1, 1, state, s[skey], base)
                    write(url_to_file(root, base, 'type=' + tcode), html)
    for im in images:
        write(root + im, JPEG)
    for p, txt in pdfs.items():
        write(root + p, pdf(txt))
    order = ['news-az', 'press-az', 'news-en', 'press-en', 'news-ru', 'press-ru']
    expected['list_urls'] = {k: expected['list_urls'][k] for k in order}
    expected['feeds'] = {k: expected['feeds'][k] for k in order}
    with open(os.path.join(root, 'EXPECTED.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return expected


if __name__ == '__main__':
    for st in ('v1', 'v2'):
        e = build(st)
        print(st, {k: len(v) for k, v in e['feeds'].items()})
