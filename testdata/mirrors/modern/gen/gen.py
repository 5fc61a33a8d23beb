# -*- coding: utf-8 -*-
# ---------------------------------------------------------------------------
# CONTENT: invented but realistic stories of the State Migration Service.
# Each story: id, dt ("YYYY-MM-DD HH:MM" local Asia/Baku), img (lead image?),
# v2 (True = appears only in state v2), and per language (title, [paragraphs]).
# Paragraph strings starting with "<" are raw HTML, others get wrapped in <p>.
# ---------------------------------------------------------------------------

NEWS = [
 # ---------------- v2-only (published the day after v1) ----------------
 dict(id=16756, dt="2026-02-06 16:10", img=True, v2=True,
  az=("Xidmətin əməkdaşları üçün insan alverinə qarşı mübarizə mövzusunda təlim keçirilib", [
   "Dövlət Miqrasiya Xidməti Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı nümayəndəliyi ilə birgə regional miqrasiya idarələrinin əməkdaşları üçün insan alverinin qurbanlarının erkən müəyyən edilməsi mövzusunda iki günlük təlim təşkil edib.",
   "Təlimdə beynəlxalq ekspertlər potensial qurbanlarla ilkin müsahibənin aparılması, milli yönləndirmə mexanizmi və şəxsi məlumatların qorunması qaydaları barədə ətraflı məlumat veriblər. Praktiki hissədə real hallar əsasında hazırlanmış ssenarilər müzakirə olunub.",
   "Sonda iştirakçılara sertifikatlar təqdim edilib."]),
  en=("SMS staff trained in the early identification of victims of human trafficking", [
   "The State Migration Service, together with the IOM Mission in Azerbaijan, held a two-day training for staff of its regional migration offices on the early identification of victims of human trafficking.",
   "International experts covered first-contact interviews with potential victims, the national referral mechanism and the rules on the protection of personal data. In the practical part, participants worked through scenarios based on real cases.",
   "Participants were awarded certificates at the end of the training."]),
  ru=("Для сотрудников Службы проведён тренинг по борьбе с торговлей людьми", [
   "Государственная миграционная служба совместно с представительством Международной организации по миграции (МОМ) в Азербайджане провела двухдневный тренинг для сотрудников региональных миграционных управлений, посвящённый раннему выявлению жертв торговли людьми.",
   "Международные эксперты рассказали о проведении первичного собеседования с потенциальными жертвами, национальном механизме перенаправления и правилах защиты персональных данных. В практической части были разобраны сценарии, основанные на реальных случаях.",
   "По итогам тренинга участникам вручены сертификаты."])),
 dict(id=16755, dt="2026-02-06 12:45", img=True, v2=True,
  az=("Sumqayıt regional miqrasiya idarəsində vətəndaşların qəbulu keçirilib", [
   "Dövlət Miqrasiya Xidmətinin rəhbərliyi Sumqayıt regional miqrasiya idarəsində Sumqayıt şəhəri, Abşeron və Xızı rayonlarından olan vətəndaşları qəbul edib.",
   "Qəbulda əcnəbilərin və vətəndaşlığı olmayan şəxslərin ölkədə yaşamaq icazəsinin alınması, vətəndaşlığa qəbul və yaşayış yeri üzrə qeydiyyat məsələləri ilə bağlı 40-dan çox müraciət dinlənilib.",
   "Müraciətlərin bir qismi yerində həll olunub, digərləri isə araşdırılmaq üçün aidiyyəti struktur bölmələrə göndərilib."]),
  ru=("В Сумгайытском региональном миграционном управлении проведён приём граждан", [
   "Руководство Государственной миграционной службы провело в Сумгайытском региональном миграционном управлении приём граждан из Сумгайыта, Абшеронского и Хызынского районов.",
   "На приёме было рассмотрено более 40 обращений, касающихся получения иностранцами и лицами без гражданства разрешения на проживание, приёма в гражданство и регистрации по месту жительства.",
   "Часть обращений решена на месте, остальные направлены в соответствующие структурные подразделения для изучения."])),
 dict(id=16753, dt="2026-02-06 10:00", img=False, v2=True,
  az=("Əcnəbilər üçün elektron növbə sistemi yenilənib", [
   "Dövlət Miqrasiya Xidmətinin elektron növbə sistemində yeniləmə aparılıb. Artıq əcnəbilər və vətəndaşlığı olmayan şəxslər Bakı şəhərindəki Əsas İdarəyə və regional idarələrə növbəni mobil telefon vasitəsilə də götürə bilərlər.",
   "Növbə götürərkən müraciətin növü seçilir, sistem isə tələb olunan sənədlərin siyahısını avtomatik göstərir. Qəbul vaxtına bir gün qalmış şəxsə SMS xatırlatma göndərilir.",
   "Sistemdən istifadə ilə bağlı suallar üçün 919 Çağrı Mərkəzinə müraciət etmək olar."]),
  en=("Electronic queue system for foreigners updated", [
   "The electronic queue system of the State Migration Service has been updated. Foreigners and stateless persons can now book an appointment at the Main Office in Baku and at the regional offices from a mobile phone as well.",
   "When booking, the applicant chooses the type of application and the system automatically lists the documents required. An SMS reminder is sent one day before the appointment.",
   "Questions about the system can be addressed to the 919 Call Centre."])),

 # ---------------- v1 ----------------
 dict(id=16752, dt="2026-02-05 14:30", img=True,
  az=("Dövlət Miqrasiya Xidməti ilə Beynəlxalq Miqrasiya Təşkilatı arasında 2026-cı il üçün birgə fəaliyyət planı imzalanıb", [
   "Dövlət Miqrasiya Xidmətinin rəisi ilə Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı nümayəndəliyinin rəhbəri arasında görüş keçirilib, tərəflər 2026-cı il üçün birgə fəaliyyət planını imzalayıblar.",
   "Plana miqrasiya statistikasının təkmilləşdirilməsi, könüllü geri qayıdış proqramları, əməkdaşların peşəkarlığının artırılması və miqrantların hüquqları barədə maarifləndirmə tədbirləri daxildir.",
   "Görüşdə qarşılıqlı əməkdaşlığın uğurlu nəticələri qeyd olunub, gələcək layihələrin prioritetləri müzakirə edilib."]),
  en=("State Migration Service and IOM sign joint action plan for 2026", [
   "The Chief of the State Migration Service met the Head of the IOM Mission in Azerbaijan, and the parties signed a joint action plan for 2026.",
   "The plan covers the improvement of migration statistics, assisted voluntary return programmes, capacity building for staff and awareness-raising on the rights of migrants.",
   "The sides noted the successful results of their cooperation and discussed priorities for future projects."]),
  ru=("Государственная миграционная служба и МОМ подписали совместный план действий на 2026 год", [
   "Состоялась встреча начальника Государственной миграционной службы с главой представительства Международной организации по миграции (МОМ) в Азербайджане, по итогам которой стороны подписали совместный план действий на 2026 год.",
   "План предусматривает совершенствование миграционной статистики, программы добровольного возвращения, повышение профессионального уровня сотрудников и просветительские мероприятия о правах мигрантов.",
   "На встрече были отмечены успешные результаты сотрудничества и обсуждены приоритеты будущих проектов."])),
 dict(id=16750, dt="2026-02-05 11:15", img=True,
  az=("Yanvar ayında 4 mindən çox əcnəbiyə müvəqqəti yaşamaq icazəsi verilib", [
   "2026-cı ilin yanvar ayında Dövlət Miqrasiya Xidməti tərəfindən 4 216 əcnəbiyə və vətəndaşlığı olmayan şəxsə Azərbaycan Respublikasının ərazisində müvəqqəti yaşamaq icazəsi verilib.",
   "Həmin dövrdə 512 nəfərə daimi yaşamaq icazəsi verilib, 9 870 əcnəbi isə yaşayış yeri üzrə qeydiyyata alınıb.",
   "Müraciətlərin 78 faizi elektron qaydada, «Elektron miqrasiya» portalı vasitəsilə təqdim olunub."]),
  en=("Over 4,000 foreigners received temporary residence permits in January", [
   "In January 2026 the State Migration Service issued temporary residence permits to 4,216 foreigners and stateless persons.",
   "In the same period 512 persons received permanent residence permits and 9,870 foreigners were registered at their place of residence.",
   "78 per cent of applications were submitted electronically via the e-Migration portal."]),
  ru=("В январе более 4 тысяч иностранцев получили разрешение на временное проживание", [
   "В январе 2026 года Государственная миграционная служба выдала разрешение на временное проживание на территории Азербайджанской Республики 4 216 иностранцам и лицам без гражданства.",
   "За тот же период разрешение на постоянное проживание получили 512 человек, а 9 870 иностранцев были зарегистрированы по месту жительства.",
   "78 процентов обращений поступили в электронной форме через портал «Электронная миграция»."])),
 dict(id=16749, dt="2026-02-04 17:40", img=True,
  az=("Gəncə regional miqrasiya idarəsinin yeni inzibati binası istifadəyə verilib", [
   "Gəncə şəhərində Dövlət Miqrasiya Xidmətinin Gəncə regional miqrasiya idarəsi üçün inşa edilən yeni inzibati binanın açılışı olub.",
   "Üçmərtəbəli binada vətəndaşların qəbulu üçün geniş xidmət zalı, biometrik məlumatların toplanması otağı, uşaqlar üçün guşə və əlilliyi olan şəxslər üçün pandus nəzərdə tutulub.",
   "Yeni bina Gəncə şəhəri, Göygöl, Samux və Goranboy rayonlarında yaşayan əcnəbilərə və vətəndaşlığı olmayan şəxslərə xidmət göstərəcək."]),
  ru=("Введено в эксплуатацию новое административное здание Гянджинского регионального миграционного управления", [
   "В Гяндже состоялось открытие нового административного здания, построенного для Гянджинского регионального миграционного управления Государственной миграционной службы.",
   "В трёхэтажном здании предусмотрены просторный зал приёма граждан, кабинет для сбора биометрических данных, детский уголок и пандус для лиц с инвалидностью.",
   "Новое здание будет обслуживать иностранцев и лиц без гражданства, проживающих в Гяндже, Гёйгёльском, Самухском и Геранбойском районах."])),
 dict(id=16747, dt="2026-02-04 10:20", img=False,
  az=("Miqrasiya qanunvericiliyinə dəyişikliklər: əcnəbilər nələri bilməlidir?", [
   "Miqrasiya Məcəlləsinə edilmiş və 1 fevral 2026-cı il tarixindən qüvvəyə minmiş dəyişikliklərlə bağlı vətəndaşlardan daxil olan suallar əsasında Xidmət tərəfindən izahat hazırlanıb.",
   "<p><strong>Müraciət müddəti.</strong> Müvəqqəti yaşamaq icazəsinin müddətinin uzadılması üçün müraciət icazənin bitməsinə ən azı 20 gün qalmış təqdim edilməlidir.</p>",
   "<p><strong>Qeydiyyat. Yaşayış yeri üzrə qeydiyyat üçün ev sahibinin notarial qaydada təsdiqlənmiş razılığı artıq tələb olunmur, razılıq elektron qaydada da verilə bilər.</p>",
   "<p>Ətraflı məlumatı 919 Çağrı Mərkəzindən almaq olar."]),
  ru=("Изменения в миграционном законодательстве: что нужно знать иностранцам", [
   "На основе вопросов, поступивших от граждан в связи с изменениями в Миграционный кодекс, вступившими в силу 1 февраля 2026 года, Служба подготовила разъяснение.",
   "<p><strong>Срок обращения.</strong> Заявление о продлении разрешения на временное проживание необходимо подать не позднее чем за 20 дней до истечения его срока.</p>",
   "<p><strong>Регистрация.</strong> Для регистрации по месту жительства нотариально заверенное согласие собственника жилья больше не требуется: согласие может быть дано и в электронной форме.</p>",
   "Подробную информацию можно получить в Call-центре 919."])),
 dict(id=16745, dt="2026-02-03 15:05", img=True,
  az=("Xidmətin rəisi Özbəkistan Daxili İşlər Nazirliyinin nümayəndə heyəti ilə görüşüb", [
   "Dövlət Miqrasiya Xidmətinin rəisi Özbəkistan Respublikası Daxili İşlər Nazirliyinin miqrasiya və vətəndaşlığın rəsmiləşdirilməsi idarəsinin rəisinin başçılıq etdiyi nümayəndə heyəti ilə görüşüb.",
   "Görüşdə iki ölkə arasında əmək miqrasiyası sahəsində məlumat mübadiləsi, qanunsuz miqrasiyaya qarşı birgə tədbirlər və təcrübə mübadiləsi məsələləri müzakirə olunub.",
   "Nümayəndə heyəti Xidmətin Əsas İdarəsinin xidmət zalı və elektron xidmətləri ilə tanış olub."]),
  en=("Chief of the Service meets delegation of the Ministry of Internal Affairs of Uzbekistan", [
   "The Chief of the State Migration Service met a delegation led by the head of the Migration and Citizenship Department of the Ministry of Internal Affairs of the Republic of Uzbekistan.",
   "The sides discussed the exchange of data on labour migration, joint measures against irregular migration and the sharing of experience.",
   "The delegation visited the service hall of the Main Office and was introduced to the e-services of the SMS."]),
  ru=("Начальник Службы встретился с делегацией МВД Узбекистана", [
   "Начальник Государственной миграционной службы встретился с делегацией во главе с начальником управления миграции и оформления гражданства Министерства внутренних дел Республики Узбекистан.",
   "Стороны обсудили обмен информацией в сфере трудовой миграции, совместные меры по противодействию незаконной миграции и обмен опытом.",
   '<p>Делегация ознакомилась с работой зала обслуживания Главного управления и электронными услугами Службы. <a href="javascript:void(0)" onclick="openGallery(16745);return false;">Фотогалерея</a></p>'])),
 dict(id=16744, dt="2026-02-03 09:30", img=True,
  az=("Qanunsuz miqrasiyaya qarşı profilaktik tədbirlər davam etdirilir", [
   "Dövlət Miqrasiya Xidməti tərəfindən yanvar ayı ərzində Bakı, Sumqayıt və Xırdalan şəhərlərində miqrasiya qanunvericiliyinə əməl olunmasının yoxlanılması məqsədilə profilaktik tədbirlər həyata keçirilib.",
   "Tədbirlər zamanı ölkədə qanunsuz olan 137 əcnəbi aşkarlanıb, onlardan 94 nəfəri barəsində inzibati qaydada ölkədən çıxarılma qərarı verilib.",
   "Əcnəbiləri qanunsuz işlə təmin edən 12 işəgötürən barəsində inzibati xəta haqqında protokollar tərtib olunub."]),
  ru=("Продолжаются профилактические мероприятия против незаконной миграции", [
   "В течение января Государственная миграционная служба провела в Баку, Сумгайыте и Хырдалане профилактические мероприятия по проверке соблюдения миграционного законодательства.",
   "В ходе мероприятий выявлено 137 иностранцев, незаконно находившихся в стране; в отношении 94 из них принято решение об административном выдворении.",
   "В отношении 12 работодателей, незаконно привлекавших иностранцев к труду, составлены протоколы об административных правонарушениях."])),
 dict(id=16742, dt="2026-02-02 16:00", img=True,
  az=("«Elektron miqrasiya» portalında vətəndaşlığa qəbul üzrə yeni bölmə yaradılıb", [
   "Dövlət Miqrasiya Xidmətinin «Elektron miqrasiya» portalında Azərbaycan Respublikasının vətəndaşlığına qəbulla bağlı müraciətlərin elektron qaydada təqdim edilməsi üçün yeni bölmə istifadəyə verilib.",
   "Yeni bölmə vasitəsilə müraciət edən şəxs sənədlərin surətlərini yükləyə, müraciətinin hansı mərhələdə olduğunu izləyə və nəticə barədə SMS bildiriş ala bilər.",
   "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'portal_link_view',portal:'e-migration'});</script>",
   '<p>Portala <a href="https://e-migration.gov.az" target="_blank" onclick="trackOutbound(this.href)">e-migration.gov.az</a> ünvanından daxil olmaq mümkündür.</p>']),
  en=("New citizenship section launched on the e-Migration portal", [
   "A new section for submitting applications for citizenship of the Republic of Azerbaijan electronically has been launched on the e-Migration portal of the State Migration Service.",
   "Through the new section, applicants can upload copies of documents, track the stage of their application and receive an SMS notification about the result.",
   '<p>The portal is available at <a href="https://e-migration.gov.az" target="_blank">e-migration.gov.az</a>.</p>']),
  ru=("На портале «Электронная миграция» создан новый раздел по приёму в гражданство", [
   "На портале «Электронная миграция» Государственной миграционной службы запущен новый раздел для подачи в электронной форме заявлений о приёме в гражданство Азербайджанской Республики.",
   "С помощью нового раздела заявитель может загрузить копии документов, отслеживать этап рассмотрения обращения и получить SMS-уведомление о результате.",
   '<p>Портал доступен по адресу <a href="https://e-migration.gov.az" target="_blank">e-migration.gov.az</a>.</p>'])),
 dict(id=16740, dt="2026-02-02 12:10", img=True,
  az=("Lənkəranda vətəndaşların səyyar qəbulu keçirilib", [
   "Dövlət Miqrasiya Xidmətinin rəhbərliyi Lənkəran regional miqrasiya idarəsində Lənkəran, Astara, Masallı və Lerik rayonlarından olan vətəndaşları qəbul edib.",
   "Qəbulda iştirak edən vətəndaşlar əsasən əcnəbi ailə üzvlərinin yaşamaq icazəsi və vətəndaşlıq məsələləri ilə bağlı müraciət ediblər.",
   "Müraciətlərin icrası Xidmətin rəhbərliyinin nəzarətinə götürülüb."]),
  ru=("В Лянкяране проведён выездной приём граждан", [
   "Руководство Государственной миграционной службы провело в Лянкяранском региональном миграционном управлении приём граждан из Лянкяранского, Астаринского, Масаллинского и Лерикского районов.",
   "Граждане обращались главным образом по вопросам разрешения на проживание для членов семьи — иностранцев — и вопросам гражданства.",
   "Исполнение обращений взято под контроль руководства Службы."])),
 dict(id=16739, dt="2026-01-30 11:45", img=True,
  az=("Əmək miqrasiyası üzrə 2026-cı il üçün kvota müəyyənləşib", [
   "Nazirlər Kabinetinin qərarı ilə 2026-cı il üçün Azərbaycan Respublikasına əmək fəaliyyəti məqsədilə gələn əcnəbilər və vətəndaşlığı olmayan şəxslər üçün kvota 11 500 nəfər müəyyən edilib.",
   "Kvotanın ən böyük hissəsi tikinti, emal sənayesi və səhiyyə sahələrinə ayrılıb. Kvota yüksək ixtisaslı mütəxəssislərə və investorlara şamil edilmir.",
   "İş icazəsi üçün müraciətlər «Elektron miqrasiya» portalı vasitəsilə qəbul edilir."]),
  az_v2_title="Nazirlər Kabineti 2026-cı il üçün əmək miqrasiyası kvotasını təsdiqləyib",
  en=("Labour migration quota for 2026 set", [
   "By a decision of the Cabinet of Ministers, the quota for foreigners and stateless persons coming to the Republic of Azerbaijan for work in 2026 has been set at 11,500 persons.",
   "The largest shares of the quota go to construction, manufacturing and healthcare. The quota does not apply to highly qualified specialists and investors.",
   "Applications for work permits are accepted through the e-Migration portal."]),
  ru=("Установлена квота трудовой миграции на 2026 год", [
   "Решением Кабинета министров квота для иностранцев и лиц без гражданства, прибывающих в Азербайджанскую Республику с целью трудовой деятельности, на 2026 год установлена в размере 11 500 человек.",
   "Наибольшая часть квоты приходится на строительство, обрабатывающую промышленность и здравоохранение. Квота не распространяется на высококвалифицированных специалистов и инвесторов.",
   "Заявления на получение разрешения на работу принимаются через портал «Электронная миграция»."])),
 dict(id=16737, dt="2026-01-29 15:20", img=True,
  az=("2025-ci ildə 11 mindən çox əcnəbiyə daimi yaşamaq icazəsi verilib", [
   "Dövlət Miqrasiya Xidmətinin məlumatına görə, 2025-ci il ərzində 11 342 əcnəbiyə və vətəndaşlığı olmayan şəxsə Azərbaycan Respublikasının ərazisində daimi yaşamaq icazəsi verilib.",
   "İcazə alanların əksəriyyəti Azərbaycan vətəndaşları ilə nikahda olan şəxslər, onların ailə üzvləri və ölkədə uzun müddət qanuni yaşayan əcnəbilərdir.",
   "Bununla yanaşı, ötən il 48 mindən çox əcnəbiyə müvəqqəti yaşamaq icazəsi verilib."]),
  en=("More than 11,000 foreigners received permanent residence permits in 2025", [
   "According to the State Migration Service, 11,342 foreigners and stateless persons were granted permanent residence permits in the Republic of Azerbaijan during 2025.",
   "Most of them are spouses of citizens of Azerbaijan, their family members and foreigners who have lived in the country legally for a long time.",
   "In addition, more than 48,000 foreigners received temporary residence permits last year."]),
  ru=("В 2025 году более 11 тысяч иностранцев получили разрешение на постоянное проживание", [
   "По данным Государственной миграционной службы, в течение 2025 года разрешение на постоянное проживание на территории Азербайджанской Республики получили 11 342 иностранца и лица без гражданства.",
   "Большинство из них — супруги граждан Азербайджана, члены их семей и иностранцы, длительное время законно проживающие в стране.",
   "Кроме того, в прошлом году более 48 тысяч иностранцев получили разрешение на временное проживание."])),
 dict(id=16735, dt="2026-01-28 10:00", img=True,
  az=("Dövlət Miqrasiya Xidmətinin kollegiya iclasında 2025-ci ilin yekunları müzakirə olunub və qarşıda duran vəzifələr müəyyənləşdirilib", [
   "Dövlət Miqrasiya Xidmətində 2025-ci ilin yekunlarına həsr olunmuş kollegiya iclası keçirilib. İclasda Xidmətin rəhbərliyi, struktur bölmələrin və regional idarələrin rəisləri iştirak ediblər.",
   '<p><img class="lazy" src="/images/lazy.svg" data-src="/storage/uploads/editor/2026/01/kollegiya-2025-zal.jpg" alt="" width="800" height="450"></p>',
   "Qeyd olunub ki, hesabat ilində elektron qaydada təqdim olunan müraciətlərin payı 72 faizə çatıb, xidmətlərin göstərilməsi müddəti isə orta hesabla 15 faiz azalıb.",
   "İclasın sonunda 2026-cı il üçün prioritet istiqamətlər, o cümlədən regional idarələrin maddi-texniki bazasının gücləndirilməsi və yeni elektron xidmətlərin tətbiqi müəyyənləşdirilib."]),
  en=("The board meeting of the State Migration Service discussed the results of 2025 and set out the tasks for the year ahead", [
   "The State Migration Service held a board meeting on the results of 2025, attended by the leadership of the Service and the heads of its departments and regional offices.",
   "It was noted that the share of applications submitted electronically reached 72 per cent in the reporting year, while the average processing time fell by 15 per cent.",
   "Priorities for 2026 were set at the end of the meeting, including upgrading regional offices and introducing new e-services."]),
  ru=("На заседании коллегии Государственной миграционной службы обсуждены итоги 2025 года и определены задачи на предстоящий период", [
   "В Государственной миграционной службе состоялось заседание коллегии, посвящённое итогам 2025 года. В нём приняли участие руководство Службы, начальники структурных подразделений и региональных управлений.",
   "Отмечено, что в отчётном году доля обращений, поданных в электронной форме, достигла 72 процентов, а средний срок оказания услуг сократился на 15 процентов.",
   "В завершение были определены приоритетные направления на 2026 год, в том числе укрепление материально-технической базы региональных управлений и внедрение новых электронных услуг."])),
 dict(id=16733, dt="2026-01-27 14:00", img=True,
  az=("Azərbaycan və Gürcüstanın miqrasiya qurumları arasında işçi görüşü keçirilib", [
   "Tbilisidə Dövlət Miqrasiya Xidmətinin nümayəndə heyəti ilə Gürcüstan Daxili İşlər Nazirliyinin Miqrasiya Departamentinin rəhbərliyi arasında işçi görüşü keçirilib.",
   "Görüşdə sərhədyanı bölgələrdə yaşayan vətəndaşların miqrasiya uçotu, readmissiya sazişinin icrası və elektron məlumat mübadiləsi məsələləri müzakirə edilib.",
   "Tərəflər 2026-cı ildə birgə təlimlərin keçirilməsi barədə razılığa gəliblər."]),
  en=("Working meeting held between the migration agencies of Azerbaijan and Georgia", [
   "A working meeting between a delegation of the State Migration Service and the leadership of the Migration Department of the Ministry of Internal Affairs of Georgia took place in Tbilisi.",
   "The parties discussed migration records of residents of border areas, the implementation of the readmission agreement and electronic data exchange.",
   "They agreed to hold joint trainings in 2026."]),
  ru=("Состоялась рабочая встреча миграционных ведомств Азербайджана и Грузии", [
   "В Тбилиси состоялась рабочая встреча делегации Государственной миграционной службы с руководством Департамента миграции МВД Грузии.",
   "Стороны обсудили миграционный учёт жителей приграничных районов, выполнение соглашения о реадмиссии и электронный обмен данными.",
   "Достигнута договорённость о проведении в 2026 году совместных тренингов."])),
 dict(id=16731, dt="2026-01-26 09:50", img=True,
  az=("Ötən il 919 Çağrı Mərkəzinə 210 mindən çox zəng daxil olub", [
   "Dövlət Miqrasiya Xidmətinin 919 Çağrı Mərkəzinə 2025-ci il ərzində 210 mindən çox zəng daxil olub. Zənglərin 96 faizi operatorlar tərəfindən cavablandırılıb.",
   "Müraciətlər əsasən yaşamaq icazəsinin alınması qaydaları, yaşayış yeri üzrə qeydiyyat və iş icazəsi ilə bağlı olub.",
   "Çağrı Mərkəzi həftənin iş günləri saat 09:00-dan 18:00-dək azərbaycan, rus və ingilis dillərində fəaliyyət göstərir."])),
 dict(id=16729, dt="2026-01-23 16:30", img=True,
  az=("ADA Universitetində əcnəbi tələbələr üçün maarifləndirici görüş keçirilib", [
   "Dövlət Miqrasiya Xidmətinin əməkdaşları ADA Universitetində təhsil alan əcnəbi tələbələrlə görüşərək onlara ölkədə qanuni yaşamaq qaydaları barədə məlumat veriblər.",
   "Tələbələrə təhsil müddətində müvəqqəti yaşamaq icazəsinin alınması, yaşayış yeri üzrə qeydiyyat və tətil dövründə ölkədən çıxış qaydaları izah olunub.",
   '<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/q3Zr9Kx2TfY" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>',
   "Görüşün sonunda tələbələrin sualları cavablandırılıb."]),
  en=("Awareness session for international students held at ADA University", [
   "Staff of the State Migration Service met international students of ADA University and explained the rules for staying in the country legally.",
   "The students were told how to obtain a temporary residence permit for the period of study, how to register their place of residence and what to do when leaving the country during holidays.",
   "The meeting ended with questions and answers."]),
  ru=("В Университете ADA прошла информационная встреча для иностранных студентов", [
   "Сотрудники Государственной миграционной службы встретились с иностранными студентами Университета ADA и рассказали им о правилах законного пребывания в стране.",
   "Студентам разъяснили порядок получения разрешения на временное проживание на период учёбы, регистрации по месту жительства и выезда из страны во время каникул.",
   "В завершение встречи сотрудники ответили на вопросы студентов."])),
 dict(id=16727, dt="2026-01-22 11:00", img=True,
  az=("Qaçqın statusu ilə bağlı müraciətlərə baxılma qaydası təkmilləşdirilib", [
   "Qaçqın statusunun verilməsi ilə bağlı müraciətlərə baxılması qaydasına dəyişikliklər edilib. Dəyişikliklərə əsasən, ilkin müsahibə tərcüməçinin iştirakı ilə müraciətin qeydə alındığı gündən 7 iş günü ərzində aparılmalıdır.",
   "Bundan başqa, azyaşlı müraciət edənlər və xüsusi ehtiyacları olan şəxslər üçün müraciətlərə prioritet qaydada baxılması təsbit olunub.",
   "Dəyişikliklər BMT-nin Qaçqınlar üzrə Ali Komissarlığının tövsiyələri nəzərə alınmaqla hazırlanıb."]),
  ru=("Усовершенствован порядок рассмотрения заявлений о статусе беженца", [
   "В порядок рассмотрения заявлений о предоставлении статуса беженца внесены изменения. Согласно им, первичное собеседование с участием переводчика должно проводиться в течение 7 рабочих дней со дня регистрации заявления.",
   "Кроме того, закреплено приоритетное рассмотрение заявлений несовершеннолетних и лиц с особыми потребностями.",
   "Изменения подготовлены с учётом рекомендаций Управления Верховного комиссара ООН по делам беженцев."])),
 dict(id=16724, dt="2026-01-20 10:00", img=True,
  az=("Xidmətin kollektivi 20 Yanvar şəhidlərinin xatirəsini ehtiramla yad edib", [
   "20 Yanvar faciəsinin 36-cı ildönümü ilə əlaqədar Dövlət Miqrasiya Xidmətinin kollektivi Şəhidlər xiyabanını ziyarət edərək faciə qurbanlarının xatirəsini ehtiramla yad edib.",
   "Şəhidlərin məzarları üzərinə gül dəstələri düzülüb, əbədi məşəlin önünə əklil qoyulub.",
   "Sonra Xidmətdə faciənin tarixi əhəmiyyətinə həsr olunmuş anım tədbiri keçirilib."]),
  en=("SMS staff honour the memory of the 20 January martyrs", [
   "On the 36th anniversary of the 20 January tragedy, staff of the State Migration Service visited the Alley of Martyrs and paid tribute to the memory of the victims.",
   "Flowers were laid on the graves of the martyrs and a wreath at the eternal flame.",
   "A commemorative event on the historical significance of the tragedy was then held at the Service."]),
  ru=("Коллектив Службы почтил память шехидов 20 Января", [
   "В связи с 36-й годовщиной трагедии 20 Января коллектив Государственной миграционной службы посетил Аллею шехидов и почтил память жертв трагедии.",
   "На могилы шехидов были возложены цветы, к вечному огню — венок.",
   "Затем в Службе прошло траурное мероприятие, посвящённое исторической значимости трагедии."])),
 dict(id=16722, dt="2026-01-16 15:40", img=True,
  az=("Vətəndaşlıq məsələləri üzrə işçi qrupunun növbəti iclası keçirilib", [
   "Dövlət Miqrasiya Xidmətində vətəndaşlıq məsələləri üzrə işçi qrupunun növbəti iclası keçirilib.",
   "İclasda Azərbaycan Respublikasının vətəndaşlığına qəbul, vətəndaşlığın bərpası və vətəndaşlıqdan çıxma ilə bağlı 350-dən çox müraciətə baxılıb.",
   "Müraciətlər üzrə müvafiq təkliflər hazırlanaraq aidiyyəti üzrə təqdim edilib."]),
  ru=("Состоялось очередное заседание рабочей группы по вопросам гражданства", [
   "В Государственной миграционной службе состоялось очередное заседание рабочей группы по вопросам гражданства.",
   "На заседании рассмотрено более 350 заявлений о приёме в гражданство Азербайджанской Республики, восстановлении гражданства и выходе из гражданства.",
   "По заявлениям подготовлены соответствующие предложения, которые направлены по назначению."])),
 dict(id=16720, dt="2026-01-14 12:00", img=True,
  az=('"ASAN xidmət" mərkəzlərində miqrasiya xidmətlərinin sayı artırılıb', [
   'Dövlət Miqrasiya Xidməti ilə Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi arasında əldə olunmuş razılığa əsasən, "ASAN xidmət" mərkəzlərində göstərilən miqrasiya xidmətlərinin sayı 9-dan 14-ə çatdırılıb.',
   "Artıq əcnəbilər iş icazəsinin müddətinin uzadılması və yaşamaq icazəsi vəsiqəsinin dublikatının verilməsi üçün də bu mərkəzlərə müraciət edə bilərlər.",
   "Yeni xidmətlər Bakı, Gəncə, Sumqayıt və Mingəçevir şəhərlərindəki mərkəzlərdə göstərilir."]),
  en=('Migration services at "ASAN service" centres expanded', [
   'Under an agreement between the State Migration Service and the State Agency for Public Service and Social Innovations, the number of migration services provided at "ASAN service" centres has grown from 9 to 14.',
   '<p><img class="lazy" src="/images/lazy.svg" data-src="/storage/uploads/editor/2026/01/asan-xidmet-zal.jpg" alt="" onerror="this.onerror=null;this.src=\'/images/no-photo.jpg\'"></p>',
   "Foreigners can now also apply there for the extension of work permits and for duplicate residence permit cards.",
   "The new services are available at the centres in Baku, Ganja, Sumgayit and Mingachevir."]),
  ru=("В центрах «ASAN xidmət» расширен перечень миграционных услуг", [
   "В соответствии с договорённостью между Государственной миграционной службой и Государственным агентством по обслуживанию граждан и социальным инновациям число миграционных услуг, оказываемых в центрах «ASAN xidmət», увеличено с 9 до 14.",
   "Теперь иностранцы могут обращаться в эти центры также для продления разрешения на работу и получения дубликата удостоверения на проживание.",
   "Новые услуги оказываются в центрах в Баку, Гяндже, Сумгайыте и Мингячевире."])),
 dict(id=16718, dt="2026-01-12 10:30", img=False,
  az=("Əcnəbilərin qeydiyyatı ilə bağlı elektron xidmətdə texniki işlər aparılacaq", [
   "13 yanvar 2026-cı il saat 23:00-dan 14 yanvar saat 06:00-dək «Elektron miqrasiya» portalında texniki işlər aparılacağı üçün əcnəbilərin yaşayış yeri üzrə qeydiyyatı xidməti müvəqqəti əlçatan olmayacaq.",
   "Texniki işlər başa çatdıqdan sonra xidmət adi rejimdə fəaliyyətini davam etdirəcək.",
   "Yaranmış narahatlığa görə üzr istəyirik."])),
 dict(id=16716, dt="2025-12-31 17:00", img=True,
  az=("Dünya Azərbaycanlılarının Həmrəylik Günü və Yeni il münasibətilə təbrik", [
   "Hörmətli həmvətənlər! Dövlət Miqrasiya Xidmətinin kollektivi adından sizi 31 Dekabr – Dünya Azərbaycanlılarının Həmrəylik Günü və Yeni il münasibətilə səmimi qəlbdən təbrik edirik.",
   "Hər birinizə möhkəm cansağlığı, ailə səadəti və yeni uğurlar arzulayırıq!"]),
  en=("Greetings on the Day of Solidarity of World Azerbaijanis and the New Year", [
   "Dear compatriots! On behalf of the staff of the State Migration Service, we sincerely congratulate you on 31 December, the Day of Solidarity of World Azerbaijanis, and on the New Year.",
   "We wish you good health, happiness and success!"]),
  ru=("Поздравление с Днём солидарности азербайджанцев мира и Новым годом", [
   "Уважаемые соотечественники! От имени коллектива Государственной миграционной службы сердечно поздравляем вас с 31 Декабря — Днём солидарности азербайджанцев мира и Новым годом.",
   "Желаем каждому из вас крепкого здоровья, семейного счастья и новых успехов!"])),
 dict(id=16714, dt="2025-12-26 11:20", img=True,
  az=("2025-ci ildə Xidmətin elektron xidmətlərindən 600 mindən çox dəfə istifadə olunub", [
   "2025-ci il ərzində Dövlət Miqrasiya Xidmətinin elektron xidmətlərindən 612 min dəfədən çox istifadə olunub. Bu göstərici ötən illə müqayisədə 18 faiz çoxdur.",
   "Ən çox müraciət olunan xidmətlər yaşayış yeri üzrə qeydiyyat, müvəqqəti yaşamaq icazəsinin verilməsi və müddətinin uzadılması olub.",
   "Hazırda Xidmət tərəfindən göstərilən xidmətlərin 90 faizindən çoxu elektron qaydada əlçatandır."]),
  en=("SMS e-services used more than 600,000 times in 2025", [
   "The e-services of the State Migration Service were used more than 612,000 times during 2025, 18 per cent more than a year earlier.",
   "The most requested services were registration at the place of residence and the issuance and extension of temporary residence permits.",
   "More than 90 per cent of the services of the SMS are now available online."]),
  ru=("В 2025 году электронными услугами Службы воспользовались более 600 тысяч раз", [
   "В течение 2025 года электронными услугами Государственной миграционной службы воспользовались более 612 тысяч раз, что на 18 процентов больше, чем годом ранее.",
   "Наиболее востребованными стали регистрация по месту жительства, выдача и продление разрешения на временное проживание.",
   "В настоящее время более 90 процентов услуг Службы доступны в электронной форме."])),
 dict(id=16711, dt="2025-12-18 14:45", img=True,
  az=("Beynəlxalq Miqrantlar Günü münasibətilə «dəyirmi masa» keçirilib", [
   "18 dekabr – Beynəlxalq Miqrantlar Günü münasibətilə Dövlət Miqrasiya Xidməti və BMqT-nin birgə təşkilatçılığı ilə «Təhlükəsiz, nizamlı və qanuni miqrasiya» mövzusunda «dəyirmi masa» keçirilib.",
   "Tədbirdə dövlət qurumlarının, beynəlxalq təşkilatların və vətəndaş cəmiyyətinin nümayəndələri iştirak ediblər.",
   "Çıxışlarda miqrantların hüquqlarının qorunması və onların cəmiyyətə inteqrasiyası sahəsində görülən işlərdən danışılıb."]),
  en=("Round table held to mark International Migrants Day", [
   "To mark International Migrants Day on 18 December, the State Migration Service and IOM jointly organised a round table on safe, orderly and regular migration.",
   "Representatives of government bodies, international organisations and civil society took part.",
   "Speakers highlighted the work done to protect the rights of migrants and support their integration."]),
  ru=("По случаю Международного дня мигрантов проведён круглый стол", [
   "По случаю 18 декабря — Международного дня мигрантов — Государственная миграционная служба и МОМ совместно провели круглый стол на тему «Безопасная, упорядоченная и легальная миграция».",
   "В мероприятии приняли участие представители государственных органов, международных организаций и гражданского общества.",
   "В выступлениях говорилось о работе по защите прав мигрантов и их интеграции в общество."])),
 dict(id=16708, dt="2025-12-12 10:10", img=True,
  az=("Avropa İttifaqı ilə birgə həyata keçirilən layihənin yekunları müzakirə olunub", [
   "Avropa İttifaqının maliyyə dəstəyi ilə həyata keçirilən «Azərbaycanda miqrasiya idarəçiliyinin gücləndirilməsi» layihəsinin yekun konfransı keçirilib.",
   "Konfransda layihə çərçivəsində hazırlanmış təlim modulları, miqrasiya risklərinin təhlili metodologiyası və regional idarələrə verilmiş avadanlıqlar barədə məlumat verilib.",
   "Tərəflər əməkdaşlığın yeni layihə çərçivəsində davam etdirilməsinin vacibliyini vurğulayıblar."]),
  en=("Results of the joint project with the European Union discussed", [
   "The final conference of the EU-funded project \u201cStrengthening Migration Management in Azerbaijan\u201d took place.",
   "Participants were briefed on the training modules developed under the project, the migration risk analysis methodology and the equipment provided to regional offices.",
   "The parties stressed the importance of continuing cooperation under a new project."]),
  ru=("Обсуждены итоги проекта, реализуемого совместно с Европейским союзом", [
   "Состоялась итоговая конференция проекта «Укрепление управления миграцией в Азербайджане», реализуемого при финансовой поддержке Европейского союза.",
   "Участникам рассказали о подготовленных в рамках проекта учебных модулях, методологии анализа миграционных рисков и оборудовании, переданном региональным управлениям.",
   "Стороны подчеркнули важность продолжения сотрудничества в рамках нового проекта."])),
 dict(id=16705, dt="2025-12-05 15:00", img=True,
  az=("Şəki regional miqrasiya idarəsində yeni xidmət zalı açılıb", [
   "Dövlət Miqrasiya Xidmətinin Şəki regional miqrasiya idarəsində əsaslı təmirdən sonra yeni xidmət zalı istifadəyə verilib.",
   "Zalda elektron növbə sistemi, özünəxidmət terminalları və sənədlərin skan edilməsi üçün avadanlıq quraşdırılıb.",
   "İdarə Şəki, Qax, Oğuz və Zaqatala rayonlarında yaşayan əcnəbilərə xidmət göstərir."])),
 # ---------------- older items (en / ru lists reach further back) ----------------
 dict(id=16703, dt="2025-11-28 12:30", img=True,
  en=("SMS delegation takes part in the IOM Council session in Geneva", [
   "A delegation of the State Migration Service took part in the regular session of the Council of the International Organization for Migration held in Geneva.",
   "In its statement, the delegation spoke about the digital transformation of migration services in Azerbaijan and cooperation with IOM on assisted voluntary return.",
   "Bilateral meetings with the delegations of several member states were held on the sidelines of the session."]),
  ru=("Делегация ГМС приняла участие в сессии Совета МОМ в Женеве", [
   "Делегация Государственной миграционной службы приняла участие в очередной сессии Совета Международной организации по миграции, прошедшей в Женеве.",
   "В своём выступлении делегация рассказала о цифровой трансформации миграционных услуг в Азербайджане и сотрудничестве с МОМ в области добровольного возвращения.",
   "В кулуарах сессии состоялись двусторонние встречи с делегациями ряда государств-членов."])),
 dict(id=16701, dt="2025-11-25 10:00", img=True,
  en=("Residence permits of international students to be issued for the full period of study", [
   "Under amendments to the Migration Code, temporary residence permits of international students will now be issued for the entire period of study instead of one year.",
   "Students will no longer need to apply annually for an extension, provided that they remain enrolled at a higher education institution.",
   "The change applies to permits issued from 1 December 2025."]),
  ru=("Разрешения на проживание иностранных студентов будут выдаваться на весь период обучения", [
   "Согласно изменениям в Миграционный кодекс, разрешение на временное проживание иностранным студентам будет выдаваться на весь период обучения, а не на один год.",
   "Студентам больше не нужно ежегодно обращаться за продлением при условии, что они продолжают обучение в высшем учебном заведении.",
   "Изменение распространяется на разрешения, выдаваемые с 1 декабря 2025 года."])),
 dict(id=16689, dt="2025-11-10 11:00", img=True,
  en=("SMS delegation visits the Presidency of Migration Management of Türkiye", [
   "A delegation of the State Migration Service visited the Presidency of Migration Management of the Republic of Türkiye in Ankara.",
   "The sides exchanged experience on the management of removal centres, the use of biometric systems and the integration of foreigners.",
   "A working plan for cooperation in 2026 was discussed at the end of the visit."])),
 dict(id=16672, dt="2025-10-21 15:30", img=False,
  en=("In-person reception at the Main Office suspended on 24 October due to technical works", [
   "Due to technical works on the information systems, in-person reception at the Main Office of the State Migration Service will not take place on 24 October 2025.",
   "Applications can be submitted online via the e-Migration portal during this time. Appointments booked for that day will be rescheduled automatically."])),
 dict(id=16655, dt="2025-09-30 10:45", img=True,
  en=("EU Twinning project experts visit the Migration Training Centre", [
   "Experts of the EU Twinning project visited the Migration Training Centre of the State Migration Service.",
   "They discussed the new curriculum for newly recruited staff, including modules on document security and interviewing techniques.",
   "The experts will deliver the first pilot courses in November."])),
 dict(id=16630, dt="2025-09-05 14:20", img=True,
  en=("Guba regional migration office moves to a new building", [
   "The Guba regional migration office of the State Migration Service has moved to a new building at 12 Heydar Aliyev Avenue, Guba.",
   "The office serves foreigners and stateless persons living in Guba, Gusar, Khachmaz and Shabran districts.",
   "Reception hours remain unchanged: Monday to Friday, 09:00 to 18:00."])),
 dict(id=16121, dt="2024-06-20 12:00", img=True,
  en=("Event held to mark World Refugee Day", [
   "<p style=\"text-align: justify;\">An event dedicated to World Refugee Day was held at the State Migration Service with the participation of the UNHCR Representation in Azerbaijan.</p>",
   "<p>&nbsp;</p>",
   "<p style=\"text-align: justify;\">Speakers noted that Azerbaijan consistently fulfils its obligations under the 1951 Convention relating to the Status of Refugees.</p>",
   "<p>&nbsp;</p>",
   "<p style=\"text-align: justify;\">Children of refugee families living in Baku took part in a drawing contest held as part of the event.</p>",
   "<p>&nbsp;</p>"])),
 dict(id=15774, dt="2023-11-28", img=True,
  en=("Chief of the State Migration Service attends the 114th session of the Council of the International Organization for Migration", [
   "<p style=\"text-align: justify;\">The Chief of the State Migration Service is taking part in the 114th session of the Council of the International Organization for Migration (IOM), which is being held in a hybrid format, both in Geneva and online.</p>",
   "<p>&nbsp;</p>",
   "<p style=\"text-align: justify;\">The session, which will continue until 29 November, brings together delegations of IOM member states, observer states and partner organisations to review the work of the Organization and its plans for the coming period.</p>",
   "<p>&nbsp;</p>",
   "<p style=\"text-align: justify;\">Addressing the session, the Chief of the Service spoke about the migration policy of Azerbaijan, the introduction of electronic services in the migration field and the country\u2019s long-standing cooperation with IOM.</p>",
   "<p>&nbsp;</p>",
   "<p>&nbsp;</p>",
   "<p style=\"text-align: justify;\">On the sidelines of the session, the Chief of the Service also held bilateral meetings with senior IOM officials and heads of delegations.</p>",
   "<p>&nbsp;</p>"])),
 dict(id=15761, dt="2023-11-15", img=True,
  en=("Meeting held with the UNHCR Representative in Azerbaijan", [
   "<p><font face=\"Arial\">The Chief of the State Migration Service met the Representative of the United Nations High Commissioner for Refugees in Azerbaijan.</font></p>",
   "<p>&nbsp;</p>",
   "<p><font face=\"Arial\">The parties discussed the procedure for granting refugee status, the documentation of asylum seekers and joint trainings for staff.<br></br></font></p>",
   "<p>&nbsp;</p>",
   "<p><font face=\"Arial\">The UNHCR Representative thanked the Service for its constructive cooperation.</p>",
   "<p>&nbsp;</p>",
   "<p>&nbsp;</p>"])),
]

# Press items. id = az/ru series, en_id = English series (None = no English version).
# kind: "elan" (announcement) or "musahibe" (interview)
PRESS = [
 dict(id=2891, en_id=410, dt="2026-02-06 15:00", kind="elan", img=False, v2=True,
  az=("Əcnəbilərin nəzərinə: biometrik məlumatların toplanması qaydası dəyişir", [
   "16 fevral 2026-cı il tarixindən etibarən müvəqqəti və daimi yaşamaq icazəsi üçün müraciət edən əcnəbilərin biometrik məlumatları (barmaq izləri və üz təsviri) yalnız əvvəlcədən elektron növbə götürüldükdə toplanacaq.",
   "Növbəni «Elektron miqrasiya» portalında və ya 919 Çağrı Mərkəzi vasitəsilə götürmək mümkündür.",
   "14 yaşınadək uşaqların barmaq izləri toplanmır."]),
  en=("Notice to foreigners: procedure for collecting biometric data changes", [
   "From 16 February 2026, biometric data (fingerprints and facial image) of foreigners applying for temporary or permanent residence permits will only be collected with a prior electronic appointment.",
   "Appointments can be booked on the e-Migration portal or through the 919 Call Centre.",
   "Fingerprints are not taken from children under 14."]),
  ru=("Вниманию иностранцев: меняется порядок сбора биометрических данных", [
   "С 16 февраля 2026 года биометрические данные (отпечатки пальцев и изображение лица) иностранцев, обращающихся за разрешением на временное или постоянное проживание, будут собираться только по предварительной электронной записи.",
   "Записаться можно на портале «Электронная миграция» или через Call-центр 919.",
   "Отпечатки пальцев у детей до 14 лет не снимаются."])),
 dict(id=2890, en_id=409, dt="2026-02-06 11:30", kind="musahibe", img=True, v2=True,
  az=("Xidmətin rəis müavini: «Rəqəmsal xidmətlər vətəndaşın vaxtına qənaət edir»", [
   "Dövlət Miqrasiya Xidmətinin rəis müavini AZƏRTAC-a müsahibəsində elektron xidmətlərin inkişafından danışıb.",
   "<p><strong>– Ötən il elektron müraciətlərin payı necə dəyişib?</strong></p>",
   "<p>– 2025-ci ildə müraciətlərin 72 faizi elektron qaydada daxil olub. Bu, vətəndaşın Xidmətə gəlmə ehtiyacını xeyli azaldır.</p>",
   "<p><strong>– Bu il hansı yeniliklər gözlənilir?</strong></p>",
   "<p>– Mobil tətbiq vasitəsilə yaşayış yeri üzrə qeydiyyat və iş icazəsinin müddətinin uzadılması xidmətləri istifadəyə veriləcək.</p>"]),
  en=("Deputy Chief of the Service: \u201cDigital services save people\u2019s time\u201d", [
   "In an interview with AZERTAC, the Deputy Chief of the State Migration Service spoke about the development of e-services.",
   "<p><strong>– How has the share of electronic applications changed last year?</strong></p>",
   "<p>– In 2025, 72 per cent of applications came in electronically. This greatly reduces the need for people to visit our offices.</p>",
   "<p><strong>– What is new this year?</strong></p>",
   "<p>– Registration of the place of residence and extension of work permits will become available in the mobile app.</p>"])),
 dict(id=2888, en_id=408, dt="2026-02-04 09:00", kind="elan", img=False,
  az=("Vətəndaşların nəzərinə: 9 fevral tarixində qəbul saatları dəyişdirilir", [
   "9 fevral 2026-cı il tarixində Dövlət Miqrasiya Xidmətinin Əsas İdarəsində vətəndaşların qəbulu texniki səbəblərdən saat 11:00-dan 18:00-dək həyata keçiriləcək.",
   "Həmin gün üçün saat 09:00–11:00 arası növbə götürmüş şəxslərin qəbulu eyni gün saat 16:00-dan sonra aparılacaq.",
   "Regional idarələr adi iş rejimində fəaliyyət göstərəcək."]),
  en=("Notice: reception hours change on 9 February", [
   "On 9 February 2026, for technical reasons, reception at the Main Office of the State Migration Service will take place from 11:00 to 18:00.",
   "Persons with appointments between 09:00 and 11:00 that day will be received after 16:00 on the same day.",
   "Regional offices will work as usual."]),
  ru=("Вниманию граждан: 9 февраля изменяется время приёма", [
   "9 февраля 2026 года по техническим причинам приём граждан в Главном управлении Государственной миграционной службы будет осуществляться с 11:00 до 18:00.",
   "Лица, записавшиеся на этот день на время с 09:00 до 11:00, будут приняты в тот же день после 16:00.",
   "Региональные управления будут работать в обычном режиме."])),
 dict(id=2886, en_id=407, dt="2026-02-02 10:30", kind="musahibe", img=True,
  az=("Xidmətin rəisi «Azərbaycan» qəzetinə müsahibə verib", [
   "Dövlət Miqrasiya Xidmətinin rəisi «Azərbaycan» qəzetinə müsahibəsində 2025-ci ilin yekunlarından və qarşıda duran vəzifələrdən danışıb.",
   "<p><strong>– Ötən ili miqrasiya sahəsi üçün necə qiymətləndirirsiniz?</strong></p>",
   "<p>– 2025-ci il xidmətlərin rəqəmsallaşması baxımından həlledici il oldu. Yaşamaq icazəsi ilə bağlı müraciətlərə baxılma müddəti orta hesabla 20 gündən 14 günə endirildi.</p>",
   "<p><strong>– Əmək miqrasiyası sahəsində hansı dəyişikliklər gözlənilir?</strong></p>",
   "<p>– İşəgötürənlər üçün iş icazəsinin alınması prosesini tam elektronlaşdırmağı planlaşdırırıq. Bu, həm şəffaflığı artıracaq, həm də vaxta qənaət edəcək.</p>"]),
  en=("Interview of the Chief of the Service to the \u201cAzerbaijan\u201d newspaper", [
   "In an interview with the \u201cAzerbaijan\u201d newspaper, the Chief of the State Migration Service spoke about the results of 2025 and the tasks ahead.",
   "<p><strong>– How would you assess the past year for the migration field?</strong></p>",
   "<p>– 2025 was a decisive year for the digitalisation of services. The average processing time for residence permit applications was cut from 20 to 14 days.</p>",
   "<p><strong>– What changes can be expected in labour migration?</strong></p>",
   "<p>– We plan to make the work permit process fully electronic for employers. This will increase transparency and save time.</p>"]),
  ru=("Интервью начальника Службы газете «Азербайджан»", [
   "В интервью газете «Азербайджан» начальник Государственной миграционной службы рассказал об итогах 2025 года и предстоящих задачах.",
   "<p><strong>— Как вы оцениваете прошедший год для миграционной сферы?</strong></p>",
   "<p>— 2025 год стал решающим с точки зрения цифровизации услуг. Средний срок рассмотрения заявлений о разрешении на проживание сокращён с 20 до 14 дней.</p>",
   "<p><strong>— Каких изменений ожидать в сфере трудовой миграции?</strong></p>",
   "<p>— Мы планируем полностью перевести процесс получения разрешения на работу для работодателей в электронный формат.</p>"])),
 dict(id=2884, en_id=None, dt="2026-01-29 12:00", kind="elan", img=False, pdf="vakansiya",
  az=("Dövlət Miqrasiya Xidmətində vakant vəzifələrin tutulması üçün müsabiqə elan edilir", [
   "Dövlət Miqrasiya Xidməti miqrasiya orqanlarında vakant vəzifələrin tutulması üçün müsabiqə elan edir.",
   "Müsabiqədə ali təhsilli, 35 yaşınadək Azərbaycan Respublikasının vətəndaşları iştirak edə bilərlər. Namizədlərdən hüquq, beynəlxalq münasibətlər və ya informasiya texnologiyaları ixtisası üzrə təhsil tələb olunur.",
   "Sənədlərin qəbulu 27 fevral 2026-cı il tarixinədək davam edəcək. Tələb olunan sənədlərin siyahısı və müsabiqənin şərtləri əlavə edilmiş faylda göstərilib."])),
 dict(id=2882, en_id=405, dt="2026-01-26 16:00", kind="elan", img=True, pdf="qaydalar",
  az=("İş icazəsinin verilməsi qaydalarına edilmiş dəyişikliklər barədə məlumat", [
   "Nazirlər Kabinetinin qərarı ilə əcnəbilərə və vətəndaşlığı olmayan şəxslərə iş icazəsinin verilməsi qaydalarına dəyişikliklər edilib.",
   "Dəyişikliklərə əsasən, işəgötürən iş icazəsi üçün müraciəti yalnız elektron qaydada təqdim edir, icazənin verilməsi müddəti isə 20 iş günündən 15 iş gününə endirilir.",
   "Qaydaların yeni redaksiyası ilə əlavə edilmiş fayldan tanış olmaq olar."]),
  en=("Information on amendments to the rules for issuing work permits", [
   "By a decision of the Cabinet of Ministers, the rules for issuing work permits to foreigners and stateless persons have been amended.",
   "Under the amendments, employers submit work permit applications electronically only, and the processing time is reduced from 20 to 15 working days.",
   "The new wording of the rules is available in the attached file (in Azerbaijani)."]),
  ru=("Информация об изменениях в правилах выдачи разрешений на работу", [
   "Решением Кабинета министров внесены изменения в правила выдачи разрешений на работу иностранцам и лицам без гражданства.",
   "Согласно изменениям, работодатель подаёт заявление на получение разрешения на работу только в электронной форме, а срок его выдачи сокращается с 20 до 15 рабочих дней.",
   "С новой редакцией правил можно ознакомиться в прилагаемом файле."])),
 dict(id=2880, en_id=404, dt="2026-01-21 11:00", kind="musahibe", img=True,
  az=("Miqrasiya proseslərinin idarə olunmasında rəqəmsallaşma: Xidmət rəsmisinin AZƏRTAC-a müsahibəsi", [
   "Dövlət Miqrasiya Xidmətinin İnformasiya texnologiyaları idarəsinin rəisi AZƏRTAC-ın suallarını cavablandırıb.",
   "<p><strong>– «Elektron miqrasiya» portalında hansı xidmətlər mövcuddur?</strong></p>",
   "<p>– Portalda 27 elektron xidmət göstərilir. Onların arasında ən çox istifadə olunanı yaşayış yeri üzrə qeydiyyatdır.</p>",
   "<p><strong>– Məlumatların təhlükəsizliyi necə təmin olunur?</strong></p>",
   "<p>– Bütün məlumatlar dövlət məlumat mərkəzində saxlanılır, portala giriş isə «ASAN İmza» və ya SİMA vasitəsilə həyata keçirilir.</p>"]),
  en=("Digitalisation in migration management: interview of an SMS official to AZERTAC", [
   "The head of the Information Technologies Department of the State Migration Service answered questions from AZERTAC.",
   "<p><strong>– Which services are available on the e-Migration portal?</strong></p>",
   "<p>– The portal offers 27 e-services. The most used of them is registration at the place of residence.</p>",
   "<p><strong>– How is data security ensured?</strong></p>",
   "<p>– All data are kept in the state data centre, and access to the portal is via ASAN Imza or SIMA.</p>"]),
  ru=("Цифровизация в управлении миграционными процессами: интервью представителя Службы АЗЕРТАДЖ", [
   "Начальник управления информационных технологий Государственной миграционной службы ответил на вопросы АЗЕРТАДЖ.",
   "<p><strong>— Какие услуги доступны на портале «Электронная миграция»?</strong></p>",
   "<p>— На портале оказываются 27 электронных услуг. Самая востребованная из них — регистрация по месту жительства.</p>",
   "<p><strong>— Как обеспечивается безопасность данных?</strong></p>",
   "<p>— Все данные хранятся в государственном дата-центре, а вход на портал осуществляется через «ASAN İmza» или SİMA.</p>"])),
 dict(id=2878, en_id=402, dt="2026-01-15 10:00", kind="elan", img=False,
  az=("Yaşamaq icazəsinin müddəti bitən əcnəbilərin nəzərinə", [
   "Müvəqqəti yaşamaq icazəsinin müddəti bitən əcnəbilər və vətəndaşlığı olmayan şəxslər icazənin müddətinin uzadılması üçün müddət bitənədək, ən azı 20 gün əvvəl müraciət etməlidirlər.",
   "Müddətində müraciət edilmədikdə Miqrasiya Məcəlləsinə uyğun olaraq inzibati məsuliyyət yaranır.",
   "Müraciəti «Elektron miqrasiya» portalı vasitəsilə təqdim etmək mümkündür."]),
  en=("To foreigners whose residence permits are expiring", [
   "Foreigners and stateless persons whose temporary residence permits are expiring must apply for an extension at least 20 days before the expiry date.",
   "Failure to apply in time entails administrative liability under the Migration Code.",
   "Applications can be submitted through the e-Migration portal."]),
  ru=("Вниманию иностранцев, у которых истекает срок разрешения на проживание", [
   "Иностранцы и лица без гражданства, у которых истекает срок разрешения на временное проживание, должны обратиться за его продлением не позднее чем за 20 дней до окончания срока.",
   "Несвоевременное обращение влечёт административную ответственность в соответствии с Миграционным кодексом.",
   "Подать заявление можно через портал «Электронная миграция»."])),
 dict(id=2876, en_id=401, dt="2026-01-09 09:30", kind="elan", img=False,
  az=("Əcnəbi tələbələrin nəzərinə: qış tətili dövründə ölkədən çıxış və qeydiyyat qaydaları", [
   "Qış tətili dövründə ölkədən çıxan əcnəbi tələbələrin müvəqqəti yaşamaq icazəsi qüvvədə qalır, lakin icazənin müddəti tətil dövründə bitərsə, müraciət çıxışdan əvvəl təqdim olunmalıdır.",
   "Ölkəyə qayıdan tələbələr yaşayış yeri dəyişdikdə 15 gün ərzində qeydiyyata düşməlidirlər."]),
  en=("To international students: leaving the country and registration during the winter holidays", [
   "The temporary residence permits of international students who leave the country during the winter holidays remain valid; however, if a permit expires during the holidays, the application must be filed before departure.",
   "Students who change their address after returning must register within 15 days."]),
  ru=("Вниманию иностранных студентов: выезд из страны и регистрация в период зимних каникул", [
   "Разрешение на временное проживание иностранных студентов, выезжающих из страны на зимние каникулы, сохраняет силу; однако если срок разрешения истекает в период каникул, заявление необходимо подать до выезда.",
   "Студенты, сменившие место жительства после возвращения, должны зарегистрироваться в течение 15 дней."])),
 dict(id=2874, en_id=399, dt="2025-12-29 10:00", kind="musahibe", img=True,
  az=("Bakı şəhəri üzrə regional idarənin rəisi: «Vətəndaş məmnunluğu əsas meyarımızdır»", [
   "Dövlət Miqrasiya Xidmətinin Bakı şəhəri üzrə regional miqrasiya idarəsinin rəisi «Xalq qəzeti»nə müsahibə verib.",
   "<p><strong>– İdarəyə gündə neçə nəfər müraciət edir?</strong></p>",
   "<p>– Orta hesabla gündə 600-dən çox əcnəbi müraciət edir. Elektron növbə sayəsində gözləmə müddəti 15 dəqiqəni keçmir.</p>",
   "<p><strong>– Vətəndaşların rəyini necə öyrənirsiniz?</strong></p>",
   "<p>– Hər xidmətdən sonra qısa sorğu aparılır. Ötən il məmnunluq göstəricisi 96 faiz olub.</p>"]),
  en=("Head of the Baku regional office: \u201cCitizen satisfaction is our main criterion\u201d", [
   "The head of the Baku City Regional Migration Office of the State Migration Service gave an interview to Khalg newspaper.",
   "<p><strong>– How many people apply to the office every day?</strong></p>",
   "<p>– More than 600 foreigners a day on average. Thanks to the electronic queue, waiting time does not exceed 15 minutes.</p>",
   "<p><strong>– How do you collect feedback?</strong></p>",
   "<p>– A short survey follows every service. Last year satisfaction stood at 96 per cent.</p>"]),
  ru=("Начальник регионального управления по городу Баку: «Удовлетворённость граждан — наш главный критерий»", [
   "Начальник Бакинского городского регионального миграционного управления Государственной миграционной службы дал интервью газете «Халг».",
   "<p><strong>— Сколько человек обращается в управление ежедневно?</strong></p>",
   "<p>— В среднем более 600 иностранцев в день. Благодаря электронной очереди время ожидания не превышает 15 минут.</p>",
   "<p><strong>— Как вы узнаёте мнение граждан?</strong></p>",
   "<p>— После каждой услуги проводится короткий опрос. В прошлом году уровень удовлетворённости составил 96 процентов.</p>"])),
 dict(id=2871, en_id=None, dt="2025-12-26 10:00", kind="elan", img=False,
  az=("Bayram günlərində Xidmətin iş rejimi barədə", [
   "31 dekabr 2025-ci il – 2 yanvar 2026-cı il tarixlərində Dövlət Miqrasiya Xidmətinin Əsas İdarəsində və regional idarələrdə vətəndaşların qəbulu aparılmayacaq.",
   "Bayram günlərində «Elektron miqrasiya» portalı və 919 Çağrı Mərkəzi fasiləsiz fəaliyyət göstərəcək."]),
  ru=("О режиме работы Службы в праздничные дни", [
   "С 31 декабря 2025 года по 2 января 2026 года приём граждан в Главном управлении и региональных управлениях Государственной миграционной службы проводиться не будет.",
   "В праздничные дни портал «Электронная миграция» и Call-центр 919 будут работать в обычном режиме."])),
 dict(id=2868, en_id=None, dt="2025-12-15 14:00", kind="elan", img=True,
  az=("Miqrasiya Təlim Mərkəzində ixtisasartırma kurslarına qeydiyyat başlayıb", [
   "Dövlət Miqrasiya Xidmətinin Miqrasiya Təlim Mərkəzində 2026-cı ilin birinci rübü üçün ixtisasartırma kurslarına qeydiyyat başlayıb.",
   "Kurslar sənədlərin saxtalaşdırılmasının aşkarlanması, miqrasiya hüququ və ünsiyyət mədəniyyəti mövzularını əhatə edir.",
   "Qeydiyyat struktur bölmələrin kadr xidmətləri vasitəsilə aparılır."])),
 dict(id=2865, en_id=398, dt="2025-12-08 12:00", kind="musahibe", img=True,
  az=("Xidmətin rəisinin «Report» informasiya agentliyinə müsahibəsi", [
   "Dövlət Miqrasiya Xidmətinin rəisi «Report» informasiya agentliyinə müsahibəsində miqrasiya siyasətinin əsas istiqamətlərindən danışıb.",
   "<p><strong>– Azərbaycana gələn əcnəbilərin sayı artırmı?</strong></p>",
   "<p>– Bəli, son üç ildə ölkədə müvəqqəti yaşayan əcnəbilərin sayı təxminən 30 faiz artıb. Bu, ilk növbədə iqtisadi fəallıq və təhsil imkanları ilə bağlıdır.</p>",
   "<p><strong>– Qanunsuz miqrasiyaya qarşı mübarizədə hansı tədbirlər görülür?</strong></p>",
   "<p>– Profilaktik tədbirlərlə yanaşı, işəgötürənlərin maarifləndirilməsinə xüsusi diqqət yetiririk.</p>"]),
  en=("Interview of the Chief of the Service to Report News Agency", [
   "In an interview with Report News Agency, the Chief of the State Migration Service spoke about the main directions of migration policy.",
   "<p><strong>– Is the number of foreigners coming to Azerbaijan growing?</strong></p>",
   "<p>– Yes, over the last three years the number of foreigners temporarily residing in the country has grown by about 30 per cent, mainly because of economic activity and study opportunities.</p>",
   "<p><strong>– What is being done against irregular migration?</strong></p>",
   "<p>– Alongside preventive measures, we pay particular attention to informing employers.</p>"]),
  ru=("Интервью начальника Службы информационному агентству Report", [
   "В интервью информационному агентству Report начальник Государственной миграционной службы рассказал об основных направлениях миграционной политики.",
   "<p><strong>— Растёт ли число иностранцев, приезжающих в Азербайджан?</strong></p>",
   "<p>— Да, за последние три года число временно проживающих в стране иностранцев выросло примерно на 30 процентов, прежде всего благодаря экономической активности и возможностям для учёбы.</p>",
   "<p><strong>— Какие меры принимаются против незаконной миграции?</strong></p>",
   "<p>— Наряду с профилактическими мероприятиями мы уделяем особое внимание информированию работодателей.</p>"])),
 dict(id=2861, en_id=None, dt="2025-12-01 11:00", kind="elan", img=True,
  az=("«Açıq məlumatlar» bölməsində yeni məlumat dəstləri yerləşdirilib", [
   "Dövlət Miqrasiya Xidmətinin rəsmi saytının «Açıq məlumatlar» bölməsində 2025-ci ilin üç rübü üzrə miqrasiya statistikasına dair yeni məlumat dəstləri yerləşdirilib.",
   "Məlumat dəstləri CSV və XLSX formatlarında təqdim olunur və rüblük yenilənir."]),
  ru=("В разделе «Открытые данные» размещены новые наборы данных", [
   "В разделе «Открытые данные» официального сайта Государственной миграционной службы размещены новые наборы данных миграционной статистики за три квартала 2025 года.",
   "Наборы данных представлены в форматах CSV и XLSX и обновляются ежеквартально."])),
 # English-only press items
 dict(id=None, en_id=396, dt="2025-11-20 15:00", kind="musahibe", img=True,
  en=("Interview of the Chief of the Service to Trend News Agency on labour migration", [
   "The Chief of the State Migration Service gave an interview to Trend News Agency on labour migration trends.",
   "<p><strong>– Which sectors attract the most foreign workers?</strong></p>",
   "<p>– Construction, manufacturing and services. Demand for healthcare and IT specialists is also growing.</p>",
   "<p><strong>– Will the work permit procedure be simplified?</strong></p>",
   "<p>– Yes, we are moving the whole process online, which will shorten processing times.</p>"])),
 dict(id=None, en_id=393, dt="2025-10-30 10:00", kind="elan", img=False,
  en=("Applications open for the internship programme at the State Migration Service", [
   "The State Migration Service announces applications for its spring internship programme for final-year students and recent graduates.",
   "Interns will work in the legal, international relations and IT departments for three months.",
   "Applications are accepted until 20 November 2025 at hr@migration.gov.az."])),
]

# ---------------------------------------------------------------------------
# RENDERER (python3 stdlib only).  Usage:  python3 gen.py   (writes v1/ and v2/)
# ---------------------------------------------------------------------------
import os, re, json, html, hashlib, posixpath, shutil, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "https://migration.gov.az"
NEWS_PER_PAGE = 10
PRESS_PER_PAGE = 8

MONTHS = {
 "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
 "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
 "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

L = {
 "az": dict(
  site="Dövlət Miqrasiya Xidməti", full="Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
  logo2="Azərbaycan Respublikası<br>Dövlət Miqrasiya Xidməti",
  news="/az/xeberler", press="/az/media/elanlar", interviews="/az/media/musahibeler",
  articles="/az/media/meqaleler", media="/az/media",
  m_home="Ana səhifə", m_about="Haqqımızda", m_services="Xidmətlər", m_media="Mətbuat mərkəzi",
  m_news="Xəbərlər", m_ann="Elanlar", m_int="Müsahibələr", m_art="Məqalələr", m_stat="Statistika",
  m_open="Açıq məlumatlar", m_pub="Nəşrlər", m_contact="Əlaqə",
  about="/az/haqqimizda", services="/az/xidmetler", stat="/az/media/statistika", open="/az/media/aciq-melumatlar",
  pub="/az/media/nesrler", contact="/az/elaqe", privacy="/az/mexfilik-siyaseti",
  next="Növbəti", prev="Əvvəlki", pager="Səhifələmə", related="Oxşar xəbərlər",
  updated="Səhifənin son yenilənmə tarixi: 10.10.2023",
  copy="© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
  gov="Azərbaycan Respublikasının rəsmi dövlət saytı", views="Baxış sayı",
  latest="Son xəbərlər", all_news="Bütün xəbərlər", latest_ann="Elanlar", all_ann="Bütün elanlar",
  press_h1="Mətbuat mərkəzi", tab_all="Elanlar və müsahibələr", badge_elan="Elan", badge_int="Müsahibə",
  files="Əlavə edilmiş fayllar", empty="Bu bölmədə hələlik material yoxdur.",
  cookie="Saytımız istifadəçi təcrübəsini yaxşılaşdırmaq üçün kukilərdən (cookies) istifadə edir.",
  cookie_more="Ətraflı", cookie_ok="Qəbul edirəm",
  address="AZ1073, Bakı şəhəri, Yasamal rayonu, Binəqədi şossesi 202", hotline="Çağrı Mərkəzi",
  hero="Əcnəbilər və vətəndaşlığı olmayan şəxslər üçün miqrasiya xidmətləri",
  quick=[("Yaşayış yeri üzrə qeydiyyat", "https://e-migration.gov.az/az/registration"),
         ("Müvəqqəti yaşamaq icazəsi", "https://e-migration.gov.az/az/trp"),
         ("İş icazəsi", "https://e-migration.gov.az/az/work-permit"),
         ("Müraciətin statusunu yoxla", "https://e-migration.gov.az/az/status")],
  search="Axtarış", media_intro="Xidmətin xəbərləri, elanları, müsahibələri və məqalələri",
  useful="Faydalı keçidlər", pdf="PDF",
 ),
 "en": dict(
  site="State Migration Service", full="State Migration Service of the Republic of Azerbaijan",
  logo2="The Republic of Azerbaijan<br>State Migration Service",
  news="/en/news-list", press="/en/media/announcements", interviews="/en/media/interviews",
  articles="/en/media/articles", media="/en/media",
  m_home="Home", m_about="About us", m_services="Services", m_media="Press centre",
  m_news="News", m_ann="Announcements", m_int="Interviews", m_art="Articles", m_stat="Statistics",
  m_open="Open data", m_pub="Publications", m_contact="Contact",
  about="/en/about", services="/en/services", stat="/en/media/statistics", open="/en/media/open-data",
  pub="/en/media/publications", contact="/en/contact", privacy="/en/privacy-policy",
  next="Next", prev="Previous", pager="Pagination", related="Related news",
  updated="Page last updated: 10.10.2023",
  copy="© 2026 The Republic of Azerbaijan State Migration Service",
  gov="Official website of the Republic of Azerbaijan", views="Views",
  latest="Latest news", all_news="All news", latest_ann="Announcements", all_ann="All announcements",
  press_h1="Press centre", tab_all="Announcements and interviews", badge_elan="Announcement", badge_int="Interview",
  files="Attached files", empty="There are no materials in this section yet.",
  cookie="Our website uses cookies to improve your experience.",
  cookie_more="Learn more", cookie_ok="Accept",
  address="202 Binagadi highway, Yasamal district, Baku AZ1073", hotline="Call Centre",
  hero="Migration services for foreigners and stateless persons",
  quick=[("Registration at place of residence", "https://e-migration.gov.az/en/registration"),
         ("Temporary residence permit", "https://e-migration.gov.az/en/trp"),
         ("Work permit", "https://e-migration.gov.az/en/work-permit"),
         ("Check application status", "https://e-migration.gov.az/en/status")],
  search="Search", media_intro="News, announcements, interviews and articles of the Service",
  useful="Useful links", pdf="PDF",
 ),
 "ru": dict(
  site="Государственная миграционная служба", full="Государственная миграционная служба Азербайджанской Республики",
  logo2="Государственная миграционная служба<br>Азербайджанской Республики",
  news="/ru/novosti", press="/ru/media/obyavleniya", interviews="/ru/media/intervyu",
  articles="/ru/media/stati", media="/ru/media",
  m_home="Главная", m_about="О нас", m_services="Услуги", m_media="Пресс-центр",
  m_news="Новости", m_ann="Объявления", m_int="Интервью", m_art="Статьи", m_stat="Статистика",
  m_open="Открытые данные", m_pub="Публикации", m_contact="Контакты",
  about="/ru/o-nas", services="/ru/uslugi", stat="/ru/media/statistika", open="/ru/media/otkrytye-dannye",
  pub="/ru/media/publikacii", contact="/ru/kontakty", privacy="/ru/politika-konfidencialnosti",
  next="Следующая", prev="Предыдущая", pager="Постраничная навигация", related="Похожие новости",
  updated="Последнее обновление страницы: 10.10.2023",
  copy="© 2026 Государственная миграционная служба Азербайджанской Республики",
  gov="Официальный сайт Азербайджанской Республики", views="Просмотры",
  latest="Последние новости", all_news="Все новости", latest_ann="Объявления", all_ann="Все объявления",
  press_h1="Пресс-центр", tab_all="Объявления и интервью", badge_elan="Объявление", badge_int="Интервью",
  files="Прикреплённые файлы", empty="В этом разделе пока нет материалов.",
  cookie="Наш сайт использует файлы cookie для улучшения работы.",
  cookie_more="Подробнее", cookie_ok="Принимаю",
  address="AZ1073, г. Баку, Ясамальский район, Бинагадинское шоссе, 202", hotline="Call-центр",
  hero="Миграционные услуги для иностранцев и лиц без гражданства",
  quick=[("Регистрация по месту жительства", "https://e-migration.gov.az/ru/registration"),
         ("Разрешение на временное проживание", "https://e-migration.gov.az/ru/trp"),
         ("Разрешение на работу", "https://e-migration.gov.az/ru/work-permit"),
         ("Проверить статус заявления", "https://e-migration.gov.az/ru/status")],
  search="Поиск", media_intro="Новости, объявления, интервью и статьи Службы",
  useful="Полезные ссылки", pdf="PDF",
 ),
}

# ---- quirks ---------------------------------------------------------------
# list-link spellings: (feed, id) -> spelling ; v2 overrides in LINK_V2
LINK = {
 ("news-az", 16744): "abs", ("news-az", 16737): "utm", ("news-az", 16729): "docrel",
 ("news-az", 16720): "www", ("news-az", 16714): "indexphp", ("news-az", 16708): "http",
 ("news-en", 16742): "utm", ("news-en", 16737): "abs", ("news-en", 16745): "www",
 ("news-en", 16121): "indexphp", ("news-en", 15774): "legacy", ("news-en", 15761): "legacy",
 ("news-ru", 16750): "utm", ("news-ru", 16742): "docrel", ("news-ru", 16711): "abs", ("news-ru", 16701): "http",
 ("press-az", 2880): "www", ("press-az", 2865): "docrel", ("press-az", 2871): "utm",
 ("press-en", 398): "indexphp", ("press-en", 396): "utm", ("press-en", 401): "abs",
 ("press-ru", 2878): "docrel", ("press-ru", 2886): "abs",
}
LINK_V2 = {("news-ru", 16742): "wwwindexabs"}

# date modes: (feed, id) -> mode
#  listonly    : article has no published_time meta and no header <time>; the list card has the date
#  none        : no date anywhere (card without <time>, article without date)
#  cardnodate  : card without <time>, article has meta + header time
#  carddateonly: card <time datetime> is date only, article has meta + header time
DATE = {
 ("news-az", 16740): "listonly", ("news-az", 16724): "listonly",
 ("news-en", 16733): "listonly", ("news-en", 16689): "listonly",
 ("news-ru", 16744): "listonly", ("news-ru", 16711): "listonly",
 ("press-az", 2871): "listonly", ("press-en", 393): "listonly",
 ("news-az", 16731): "none", ("press-az", 2874): "none", ("press-ru", 2874): "none", ("press-en", 399): "none",
 ("news-ru", 16722): "cardnodate",
 ("news-en", 16121): "carddateonly",
}
MALFORMED_CARD = {("news-az", 16727)}
UNQUOTED_LEAD = {("news-ru", 16714)}
BROKEN_ASSETS = {"/storage/uploads/editor/2026/01/kollegiya-2025-zal.jpg"}
BODY_IMAGES = {16752: "/storage/uploads/editor/2026/02/bmqt-plan-imzalanma.jpg",
               16749: "/storage/uploads/editor/2026/02/gence-bina-zal.jpg",
               16733: "/storage/uploads/editor/2026/01/tbilisi-gorus.jpg",
               16756: "/storage/uploads/editor/2026/02/telim-insan-alveri.jpg"}
PDFS = {"vakansiya": ("/storage/files/2026/01/musabiqe-sertleri-2884.pdf", 
                      {"az": "Müsabiqənin şərtləri və tələb olunan sənədlər"}),
        "qaydalar": ("/storage/files/2026/01/is-icazesi-qaydalari-yeni-redaksiya.pdf",
                     {"az": "İş icazəsinin verilməsi qaydaları (yeni redaksiya)",
                      "ru": "Правила выдачи разрешений на работу (новая редакция, на азерб. языке)",
                      "en": "Rules for issuing work permits (new wording, in Azerbaijani)"})}

esc = lambda s: html.escape(s, quote=True)

def h40(s):
    return hashlib.sha1(s.encode()).hexdigest()[:40]

def dparts(dt):
    d = dt.split(" ")[0]
    y, m, dd = d.split("-")
    t = dt.split(" ")[1] if " " in dt else None
    return int(y), int(m), int(dd), t

def iso_full(dt):
    y, m, d, t = dparts(dt)
    return "%04d-%02d-%02dT%s:00+04:00" % (y, m, d, t)

def iso_date(dt):
    return dt.split(" ")[0]

def vis_date(lang, dt):
    y, m, d, t = dparts(dt)
    if lang == "az":
        return "%02d %s %d" % (d, MONTHS["az"][m - 1], y)
    return "%d %s %d" % (d, MONTHS[lang][m - 1], y)

def dotted(dt):
    y, m, d, t = dparts(dt)
    return "%02d.%02d.%d" % (d, m, y)

# ---- items ------------------------------------------------------------------
class Item:
    pass

def build_items():
    feeds = {f: [] for f in ("news-az", "news-en", "news-ru", "press-az", "press-en", "press-ru")}
    for s in NEWS:
        for lang in ("az", "en", "ru"):
            if lang not in s:
                continue
            it = Item()
            it.kind, it.lang, it.id, it.story = "news", lang, s["id"], s
            it.feed = "news-" + lang
            it.dt, it.v2only = s["dt"], s.get("v2", False)
            it.title_v1, it.paras = s[lang]
            it.title_v2 = s.get("az_v2_title") if lang == "az" and s.get("az_v2_title") else it.title_v1
            y, m, d, t = dparts(s["dt"])
            if s["img"]:
                if y < 2025:
                    it.img = "/storage/old/news/%d/%d_1.jpg" % (y, s["id"])
                else:
                    it.img = "/storage/uploads/news/%d/%02d/%s.jpg" % (y, m, h40("news%d" % s["id"]))
            else:
                it.img = None
            it.pdf = None
            it.ptype = None
            feeds[it.feed].append(it)
    for s in PRESS:
        for lang in ("az", "en", "ru"):
            if lang not in s:
                continue
            it = Item()
            it.kind, it.lang, it.story = "press", lang, s
            it.id = s["en_id"] if lang == "en" else s["id"]
            it.feed = "press-" + lang
            it.dt, it.v2only = s["dt"], s.get("v2", False)
            it.title_v1, it.paras = s[lang]
            it.title_v2 = it.title_v1
            y, m, d, t = dparts(s["dt"])
            key = "press%s" % (s["id"] or "en%d" % s["en_id"])
            it.img = "/storage/uploads/press/%d/%02d/%s.jpg" % (y, m, h40(key)) if s["img"] else None
            it.pdf = s.get("pdf")
            it.ptype = s["kind"]
            feeds[it.feed].append(it)
    for f in feeds:
        feeds[f].sort(key=lambda i: (i.dt.split(" ")[0], i.dt, i.id), reverse=True)
    return feeds

def path_of(it):
    return "/%s/%s_detail/%d" % (it.lang, it.kind, it.id)

def canon(it):
    return HOST + path_of(it)

def href_for(it, spelling, page_path):
    p = path_of(it)
    if spelling == "root":
        return p
    if spelling == "abs":
        return HOST + p
    if spelling == "www":
        return "https://www.migration.gov.az" + p
    if spelling == "http":
        return "http://migration.gov.az" + p
    if spelling == "indexphp":
        return "/index.php" + p
    if spelling == "legacy":
        return "http://www.migration.gov.az/index.php" + p
    if spelling == "wwwindexabs":
        return "https://www.migration.gov.az/index.php" + p
    if spelling == "utm":
        return p + "?utm_source=site&amp;utm_medium=%s_list&amp;utm_campaign=%s" % (it.kind, it.lang)
    if spelling == "docrel":
        return posixpath.relpath(p, posixpath.dirname(page_path))
    raise ValueError(spelling)

def title_of(it, state):
    return it.title_v2 if state == "v2" else it.title_v1

def date_mode(it):
    return DATE.get((it.feed, it.id), "full")

def has_time(it):
    return " " in it.dt

# ---- fragments --------------------------------------------------------------
def card_html(it, state, href, list_ctx=True):
    lang = it.lang
    t = title_of(it, state)
    short = t if len(t) <= 100 else t[:100].rstrip() + "..."
    mode = date_mode(it)
    if it.img:
        src = it.img
    else:
        src = "/images/no-photo.jpg" if it.kind == "news" else "/images/elan-placeholder.png"
    if mode in ("none", "cardnodate"):
        timeh = ""
    elif mode == "carddateonly" or not has_time(it):
        timeh = '<time class="post-card__date" datetime="%s">%s</time>' % (iso_date(it.dt), vis_date(lang, it.dt))
    else:
        timeh = '<time class="post-card__date" datetime="%s">%s</time>' % (iso_full(it.dt), vis_date(lang, it.dt))
    badge = ""
    if it.kind == "press":
        b = L[lang]["badge_int"] if it.ptype == "musahibe" else L[lang]["badge_elan"]
        badge = '<span class="post-card__badge post-card__badge--%s">%s</span>\n      ' % (
            "interview" if it.ptype == "musahibe" else "announcement", b)
    malformed = list_ctx and (it.feed, it.id) in MALFORMED_CARD
    h3open = '<h3 class=post-card__title>' if malformed else '<h3 class="post-card__title">'
    stray = "</span>" if malformed else ""
    return ('<article class="post-card" data-v-5c1e7a2b data-id="%d">\n'
            '    <a class="post-card__link" href="%s">\n'
            '      <img class="post-card__img lazy" data-src="%s" src="/images/lazy.svg" alt="%s" width="370" height="230">\n'
            '    </a>\n'
            '    <div class="post-card__body">\n'
            '      %s%s%s</h3>\n'
            '      %s%s\n'
            '    </div>\n'
            '  </article>') % (it.id, href, src, esc(short), badge, h3open, esc(short), timeh, stray)

ICON_EYE = '<svg class="icon" width="16" height="16" aria-hidden="true"><use href="/images/icons.svg#eye"></use></svg>'

def header_html(lang, alt_paths):
    c = L[lang]
    sw = []
    for lg in ("az", "en", "ru"):
        cls = ' class="lang-switch__link is-active"' if lg == lang else ' class="lang-switch__link"'
        sw.append('<a%s href="%s" hreflang="%s">%s</a>' % (cls, alt_paths.get(lg, "/" + lg), lg, lg.upper()))
    return f'''<div class="gov-banner" data-v-0b7d4e21>
  <div class="container gov-banner__inner">
    <img src="/images/gov-az.svg" alt="gov.az" width="18" height="18">
    <span class="gov-banner__text">{c["gov"]}</span>
    <a class="gov-banner__link" href="https://gov.az" target="_blank" rel="noopener">gov.az</a>
  </div>
</div>
<header class="site-header" data-v-1f3a9c0e>
  <div class="container site-header__inner">
    <a class="site-header__logo" href="/{lang}">
      <img src="/images/logo.svg" alt="{esc(c["site"])}" width="56" height="56">
      <span class="site-header__name">{c["logo2"]}</span>
    </a>
    <button class="site-header__burger" type="button" aria-label="Menu" onclick="document.body.classList.toggle('nav-open')"><span></span><span></span><span></span></button>
    <nav class="main-nav" aria-label="Main">
      <ul class="main-nav__list">
        <li class="main-nav__item"><a class="main-nav__link" href="/{lang}">{c["m_home"]}</a></li>
        <li class="main-nav__item"><a class="main-nav__link" href="{c["about"]}">{c["m_about"]}</a></li>
        <li class="main-nav__item"><a class="main-nav__link" href="{c["services"]}">{c["m_services"]}</a></li>
        <li class="main-nav__item"><a class="main-nav__link" href="{c["news"]}">{c["m_news"]}</a></li>
        <li class="main-nav__item main-nav__item--dropdown">
          <a class="main-nav__link" href="{c["media"]}" aria-haspopup="true">{c["m_media"]}</a>
          <ul class="main-nav__submenu">
            <li><a href="{c["news"]}">{c["m_news"]}</a></li>
            <li><a href="{c["press"]}">{c["m_ann"]}</a></li>
            <li><a href="{c["interviews"]}">{c["m_int"]}</a></li>
            <li><a href="{c["articles"]}">{c["m_art"]}</a></li>
            <li><a href="{c["pub"]}">{c["m_pub"]}</a></li>
            <li><a href="{c["stat"]}">{c["m_stat"]}</a></li>
            <li><a href="{c["open"]}">{c["m_open"]}</a></li>
          </ul>
        </li>
        <li class="main-nav__item"><a class="main-nav__link" href="{c["contact"]}">{c["m_contact"]}</a></li>
      </ul>
    </nav>
    <div class="site-header__tools">
      <form class="search-form" action="/{lang}/search" method="get"><input type="search" name="q" placeholder="{c["search"]}" aria-label="{c["search"]}"></form>
      <a class="site-header__hotline" href="tel:919">919</a>
      <div class="lang-switch">{"".join(sw)}</div>
    </div>
  </div>
</header>'''

def footer_html(lang):
    c = L[lang]
    return f'''<footer class="site-footer" data-v-3e8b2d90>
  <div class="container">
    <div class="site-footer__cols">
      <div class="site-footer__col">
        <img src="/images/logo.svg" alt="" width="40" height="40">
        <p class="site-footer__address">{c["address"]}</p>
        <p class="site-footer__phone">{c["hotline"]}: <a href="tel:919">919</a> · <a href="mailto:info@migration.gov.az">info@migration.gov.az</a></p>
      </div>
      <div class="site-footer__col">
        <h4 class="site-footer__title">{c["useful"]}</h4>
        <ul class="site-footer__links">
          <li><a href="https://president.az" target="_blank" rel="noopener">president.az</a>
          <li><a href="https://e-gov.az" target="_blank" rel="noopener">e-gov.az</a>
          <li><a href="https://e-migration.gov.az" target="_blank" rel="noopener">e-migration.gov.az</a>
          <li><a href="https://asan.gov.az" target="_blank" rel="noopener">asan.gov.az</a>
        </ul>
      </div>
      <div class="site-footer__col site-footer__social">
        <a href="https://www.facebook.com/migration.gov.az" aria-label="Facebook" target="_blank" rel="noopener">Facebook</a>
        <a href="https://x.com/migrationgovaz" aria-label="X" target="_blank" rel="noopener">X</a>
        <a href="https://www.youtube.com/@migrationgovaz" aria-label="YouTube" target="_blank" rel="noopener">YouTube</a>
      </div>
    </div>
    <div class="site-footer__bottom">
      <p class="site-footer__updated">{c["updated"]}</p>
      <p class="site-footer__copy">{c["copy"]}</p>
    </div>
  </div>
</footer>
<div class="cookie-banner" id="cookie-banner" data-v-6a0f1c55 hidden>
  <p class="cookie-banner__text">{c["cookie"]} <a href="{c["privacy"]}">{c["cookie_more"]}</a></p>
  <button type="button" class="btn btn--primary cookie-banner__btn" data-cookie-accept>{c["cookie_ok"]}</button>
</div>
<script>
  (function () {{
    var b = document.getElementById('cookie-banner');
    if (!b) return;
    if (!document.cookie.match(/(^|; )cookie_consent=1/)) {{ b.hidden = false; }}
    b.querySelector('[data-cookie-accept]').addEventListener('click', function () {{
      document.cookie = 'cookie_consent=1; path=/; max-age=31536000; SameSite=Lax';
      b.hidden = true;
    }});
  }})();
</script>'''

def page_html(lang, path, title, body, meta_extra="", body_class="", alt_paths=None, route="home"):
    csrf = hashlib.sha1(("csrf" + path).encode()).hexdigest()[:40]
    canon_url = HOST + (path if path != "/" else "/az")
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{csrf}">
<title>{esc(title)}</title>
<link rel="canonical" href="{canon_url}">
{meta_extra}<link rel="preload" as="style" href="/build/assets/app-4f1d2c9a.css">
<link rel="stylesheet" href="/build/assets/app-4f1d2c9a.css">
<script type="module" src="/build/assets/app-9c2e7b1d.js" defer></script>
</head>
<body class="{body_class}">
<div id="app" data-v-app=""><!--[-->
{header_html(lang, alt_paths or {})}
<main class="site-main" data-v-9d21f6aa>
{body}
</main>
{footer_html(lang)}
<!--]--></div>
<script>window.__APP__ = {{"locale":"{lang}","route":"{route}","appUrl":"https:\\/\\/migration.gov.az"}};</script>
</body>
</html>
'''

def pager_html(lang, base, p, n):
    c = L[lang]
    url = lambda k: base if k == 1 else "%s/page/%d" % (base, k)
    out = ['<nav class="pager" aria-label="%s" data-v-4b6e0c19>' % c["pager"], '  <ul class="pager__list">']
    if p > 1:
        out.append('    <li class="pager__item"><a class="pager__link pager__link--prev" href="%s" aria-label="%s">←</a></li>' % (url(p - 1), c["prev"]))
    for k in range(1, n + 1):
        if k == p:
            out.append('    <li class="pager__item pager__item--active"><span class="pager__link" aria-current="page">%d</span></li>' % k)
        else:
            out.append('    <li class="pager__item"><a class="pager__link" href="%s">%d</a></li>' % (url(k), k))
    if p < n:
        out.append('    <li class="pager__item"><a class="pager__link pager__link--next" href="%s" aria-label="%s">→</a></li>' % (url(p + 1), c["next"]))
    out += ['  </ul>', '</nav>']
    return "\n".join(out)

def sidebar_html(lang):
    c = L[lang]
    links = "\n".join('      <li><a class="quick-links__link" href="%s" target="_blank" rel="noopener">%s</a></li>' % (u, esc(t)) for t, u in c["quick"])
    return f'''  <aside class="sidebar" data-v-7e2a9f04>
    <div class="sidebar__box">
      <h4 class="sidebar__title">{c["m_services"]}</h4>
      <ul class="quick-links">
{links}
      </ul>
    </div>
    <a class="sidebar__banner" href="https://e-migration.gov.az" target="_blank" rel="noopener"><img src="/images/banner-e-migration.png" alt="e-migration.gov.az" width="300" height="150"></a>
  </aside>'''

# ---- pages --------------------------------------------------------------------
def state_feed(feeds, f, state):
    return [i for i in feeds[f] if state == "v2" or not i.v2only]

def list_pages(lang, f, items, state, base, per, h1, tabs=""):
    pages = {}
    n = max(1, (len(items) + per - 1) // per)
    for p in range(1, n + 1):
        path = base if p == 1 else "%s/page/%d" % (base, p)
        chunk = items[(p - 1) * per:p * per]
        cards = []
        for it in chunk:
            sp = LINK.get((f, it.id), "root")
            if state == "v2" and (f, it.id) in LINK_V2:
                sp = LINK_V2[(f, it.id)]
            cards.append("  " + card_html(it, state, href_for(it, sp, path)))
        pager = pager_html(lang, base, p, n) if n > 1 else ""
        body = f'''<div class="container page page--list">
  <h1 class="page__title">{h1}</h1>
{tabs}  <div class="page__layout">
  <section class="post-grid" data-v-2c4f8e31><!--[-->
{chr(10).join(cards)}
  <!--]--></section>
{sidebar_html(lang)}
  </div>
{pager}
</div>'''
        title = "%s | %s" % (h1, L[lang]["site"]) if p == 1 else "%s – %d | %s" % (h1, p, L[lang]["site"])
        pages[path] = page_html(lang, path, title, body, body_class="page-list", route="list",
                                alt_paths={lg: L[lg]["news" if f.startswith("news") else "press"] for lg in L})
    return pages

def press_tabs(lang, active):
    c = L[lang]
    t = [(c["press"], c["tab_all"]), (c["interviews"], c["m_int"]), (c["articles"], c["m_art"])]
    s = "".join('<a class="tabs__link%s" href="%s">%s</a>' % (" is-active" if u == active else "", u, x) for u, x in t)
    return '  <nav class="tabs">%s</nav>\n' % s

def related_for(items, idx):
    out = []
    for j in (idx + 1, idx + 2, idx + 3):
        if j < len(items):
            out.append(items[j])
    k = idx - 1
    while len(out) < 3 and k >= 0:
        out.append(items[k]); k -= 1
    return out

def article_page(it, items, idx, state, alt_paths):
    lang = it.lang
    c = L[lang]
    t = title_of(it, state)
    path = path_of(it)
    mode = date_mode(it)
    og_img = HOST + (it.img if it.img else "/images/og-default.jpg")
    desc = re.sub(r"<[^>]+>", "", it.paras[0]).strip()
    desc = desc if len(desc) < 160 else desc[:157].rstrip() + "..."
    meta = ['<meta name="description" content="%s">' % esc(desc),
            '<meta property="og:type" content="article">',
            '<meta property="og:site_name" content="%s">' % esc(c["site"]),
            '<meta property="og:locale" content="%s">' % {"az": "az_AZ", "en": "en_US", "ru": "ru_RU"}[lang],
            '<meta property="og:title" content="%s">' % esc(t),
            '<meta property="og:description" content="%s">' % esc(desc),
            '<meta property="og:url" content="%s">' % canon(it),
            '<meta property="og:image" content="%s">' % og_img,
            '<meta name="twitter:card" content="summary_large_image">']
    if mode not in ("none", "listonly") and has_time(it):
        meta.append('<meta property="article:published_time" content="%s">' % iso_full(it.dt))
    meta_extra = "\n".join(meta) + "\n"
    # lead image
    lead = ""
    if it.img:
        if (it.feed, it.id) in UNQUOTED_LEAD:
            lead = '<figure class="article__cover"><img class=article__cover-img src=%s alt=newsPhoto width=870 height=520></figure>' % it.img
        elif it.id % 3 == 0:
            lead = '<figure class="article__cover"><img class="article__cover-img" src="%s" alt="newsPhoto" width="870" height="520"></figure>' % it.img
        else:
            lead = '<figure class="article__cover"><img class="article__cover-img lazy" src="/images/lazy.svg" data-src="%s" alt="newsPhoto" width="870" height="520"></figure>' % it.img
    # header line
    views = (it.id * 7919) % 4000 + 137
    if mode in ("none", "listonly"):
        timeh = ""
    elif not has_time(it):
        timeh = '<time class="article__date" datetime="%s">%s</time>\n      ' % (iso_date(it.dt), vis_date(lang, it.dt))
    else:
        timeh = '<time class="article__date" datetime="%s">%s, %s</time>\n      ' % (iso_full(it.dt), vis_date(lang, it.dt), it.dt.split(" ")[1])
    # body
    paras = []
    for i, p in enumerate(it.paras):
        paras.append("      " + (p if p.startswith("<") else "<p>%s</p>" % p))
        if i == 0 and it.kind == "news" and it.id in BODY_IMAGES and lang in ("az", "ru"):
            paras.append('      <p><img class="lazy" src="/images/lazy.svg" data-src="%s" alt="" width="800" height="450"></p>' % BODY_IMAGES[it.id])
    stray = "\n    </div>" if (it.feed, it.id) in UNQUOTED_LEAD else ""
    files = ""
    if it.pdf:
        fpath, names = PDFS[it.pdf]
        files = f'''
    <div class="article__files">
      <h3 class="article__files-title">{c["files"]}</h3>
      <ul class="file-list">
        <li class="file-list__item"><a class="file-link" href="{fpath}" target="_blank" download><span class="file-link__type">{c["pdf"]}</span><span class="file-link__name">{esc(names[lang])}</span><span class="file-link__size">(184 KB)</span></a></li>
      </ul>
    </div>'''
    rel = related_for(items, idx)
    relcards = "\n".join("    " + card_html(r, state, path_of(r), list_ctx=False) for r in rel)
    body = f'''<div class="container page page--article">
  <article class="article" data-id="{it.id}" data-v-8f03b7c2>
    {lead}
    <h1 class="article__title">{esc(t)}</h1>
    <div class="article__meta">
      {timeh}<span class="article__views" title="{c["views"]}">{ICON_EYE} {views}</span>
    </div>
    <div class="article__body">
{chr(10).join(paras)}
    </div>{stray}{files}
  </article>
  <section class="related" data-v-1a5d3e77>
    <h2 class="related__title">{c["related"]}</h2>
    <div class="related__grid"><!--[-->
{relcards}
    <!--]--></div>
  </section>
</div>'''
    return page_html(lang, path, "%s | %s" % (t, c["site"]), body, meta_extra=meta_extra,
                     body_class="page-%s-detail" % it.kind, alt_paths=alt_paths, route="%s.show" % it.kind)

def home_page(lang, feeds, state, path):
    c = L[lang]
    news = state_feed(feeds, "news-" + lang, state)[:6]
    press = state_feed(feeds, "press-" + lang, state)[:3]
    cards = "\n".join("      " + card_html(i, state, path_of(i), list_ctx=False) for i in news)
    ann = []
    for i in press:
        d = "" if date_mode(i) == "none" else '<span class="home-ann__date">%s</span>' % dotted(i.dt)
        ann.append('        <li class="home-ann__item"><a class="home-ann__link" href="%s">%s</a>%s</li>' % (path_of(i), esc(title_of(i, state)), d))
    quick = "\n".join('        <a class="quick-tile" href="%s" target="_blank" rel="noopener">%s</a>' % (u, esc(t)) for t, u in c["quick"])
    body = f'''<section class="hero" data-v-6c2b8d10>
  <div class="container">
    <h1 class="hero__title">{c["hero"]}</h1>
    <div class="hero__tiles">
{quick}
    </div>
  </div>
</section>
<section class="latest-news" data-v-2c4f8e31>
  <div class="container">
    <div class="section-head"><h2 class="section-head__title">{c["latest"]}</h2><a class="section-head__more" href="{c["news"]}">{c["all_news"]} →</a></div>
    <div class="latest-news__track"><!--[-->
{cards}
    <!--]--></div>
  </div>
</section>
<section class="home-ann" data-v-0e9c4a3b>
  <div class="container">
    <div class="section-head"><h2 class="section-head__title">{c["latest_ann"]}</h2><a class="section-head__more" href="{c["press"]}">{c["all_ann"]} →</a></div>
    <ul class="home-ann__list">
{chr(10).join(ann)}
    </ul>
  </div>
</section>'''
    return page_html(lang, path, "%s | %s" % (c["m_home"], c["full"]), body, body_class="page-home",
                     alt_paths={lg: "/" + lg for lg in L}, route="home")

def media_page(lang):
    c = L[lang]
    tiles = [(c["news"], c["m_news"]), (c["press"], c["m_ann"]), (c["interviews"], c["m_int"]),
             (c["articles"], c["m_art"]), (c["pub"], c["m_pub"]), (c["stat"], c["m_stat"]), (c["open"], c["m_open"])]
    t = "\n".join('    <a class="media-tile" href="%s">%s</a>' % (u, x) for u, x in tiles)
    body = f'''<div class="container page page--media">
  <h1 class="page__title">{c["m_media"]}</h1>
  <p class="page__lead">{c["media_intro"]}</p>
  <div class="media-tiles">
{t}
  </div>
</div>'''
    return page_html(lang, c["media"], "%s | %s" % (c["m_media"], c["site"]), body, body_class="page-media",
                     alt_paths={lg: L[lg]["media"] for lg in L}, route="media")

def empty_list_page(lang):
    c = L[lang]
    body = f'''<div class="container page page--list">
  <h1 class="page__title">{c["press_h1"]}</h1>
{press_tabs(lang, c["articles"])}  <div class="empty-state"><img src="/images/empty.svg" alt="" width="120" height="120"><p>{c["empty"]}</p></div>
</div>'''
    return page_html(lang, c["articles"], "%s | %s" % (c["m_art"], c["site"]), body, body_class="page-list",
                     alt_paths={lg: L[lg]["articles"] for lg in L}, route="list")

# ---- assets -------------------------------------------------------------------
def seg(m, data):
    return b"\xff" + bytes([m]) + struct.pack(">H", len(data) + 2) + data

def tiny_jpeg(w=16, h=16):
    out = b"\xff\xd8" + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, struct.pack(">BHHB", 8, h, w, 1) + b"\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12)))
    out += seg(0xC4, b"\x10" + bytes([0, 1] + [0] * 14) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    n = ((w + 7) // 8) * ((h + 7) // 8)
    bits = "0000" * n
    bits += "1" * ((8 - len(bits) % 8) % 8)
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).replace(b"\xff", b"\xff\x00")
    return out + data + b"\xff\xd9"

def tiny_png(w=4, h=4, rgb=(0, 84, 150)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

def tiny_pdf(text):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = ("BT /F1 14 Tf 72 770 Td (%s) Tj ET" % text).encode("latin-1")
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
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

SVG = {
 "/images/lazy.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="370" height="230" viewBox="0 0 370 230"><rect width="370" height="230" fill="#eef2f6"/></svg>\n',
 "/images/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56" viewBox="0 0 56 56"><circle cx="28" cy="28" r="26" fill="#005496"/><text x="28" y="34" font-size="16" text-anchor="middle" fill="#fff">DMX</text></svg>\n',
 "/images/gov-az.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18"><rect width="6" height="18" fill="#00b5e2"/><rect x="6" width="6" height="18" fill="#ef3340"/><rect x="12" width="6" height="18" fill="#509e2f"/></svg>\n',
 "/images/icons.svg": '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="eye" viewBox="0 0 16 16"><path d="M8 3C4 3 1 8 1 8s3 5 7 5 7-5 7-5-3-5-7-5zm0 8a3 3 0 110-6 3 3 0 010 6z"/></symbol></svg>\n',
 "/images/empty.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><rect x="20" y="30" width="80" height="60" rx="6" fill="none" stroke="#9aa9b8" stroke-width="4"/></svg>\n',
}
CSS = ("/*! app.css (vite build) */:root{--c-primary:#005496}body{margin:0;font-family:Inter,Arial,sans-serif}"
       ".container{max-width:1200px;margin:0 auto;padding:0 16px}.post-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:24px}"
       ".post-card{position:relative}.post-card__link:after{content:'';position:absolute;inset:0}.pager__list{display:flex;list-style:none;gap:8px}"
       ".cookie-banner{position:fixed;bottom:16px;left:16px;right:16px}\n")
JS = ("/*! app.js (vite build) */\n(function(){function l(){document.querySelectorAll('img[data-src]').forEach(function(i){"
      "if(i.getBoundingClientRect().top<innerHeight+200){i.src=i.dataset.src;i.removeAttribute('data-src')}})}"
      "addEventListener('scroll',l,{passive:true});addEventListener('DOMContentLoaded',l)})();\n"
      "window.trackOutbound=function(u){(window.dataLayer=window.dataLayer||[]).push({event:'outbound',url:u})};\n"
      "window.openGallery=function(id){console.log('gallery',id)};\n")

ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /storage/tmp/\nAllow: /\n"

def write(root, urlpath, content):
    rel = urlpath.lstrip("/")
    if urlpath == "/":
        rel = "index.html"
    elif not re.search(r"\.[A-Za-z0-9]+$", rel.split("/")[-1]):
        rel += ".html"
    fp = os.path.join(root, rel)
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(fp, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
        fh.write(content)

def gen_state(state, feeds):
    root = os.path.join(HERE, state)
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    pages = {}
    # home pages
    for lang in L:
        pages["/" + lang] = home_page(lang, feeds, state, "/" + lang)
    pages["/"] = home_page("az", feeds, state, "/")
    expected = {"site": "modern", "state": state, "list_urls": {}, "pagination": "", "feeds": {}}
    for lang in L:
        c = L[lang]
        nf, pf = "news-" + lang, "press-" + lang
        nitems, pitems = state_feed(feeds, nf, state), state_feed(feeds, pf, state)
        pages.update(list_pages(lang, nf, nitems, state, c["news"], NEWS_PER_PAGE, c["m_news"]))
        pages.update(list_pages(lang, pf, pitems, state, c["press"], PRESS_PER_PAGE, c["press_h1"],
                                tabs=press_tabs(lang, c["press"])))
        ints = [i for i in pitems if i.ptype == "musahibe"]
        pages.update(list_pages(lang, pf, ints, state, c["interviews"], 20, c["m_int"],
                                tabs=press_tabs(lang, c["interviews"])))
        pages[c["media"]] = media_page(lang)
        pages[c["articles"]] = empty_list_page(lang)
        expected["list_urls"][nf] = c["news"]
        expected["list_urls"][pf] = c["press"]
    for f in ("news-az", "press-az", "news-en", "press-en", "news-ru", "press-ru"):
        items = state_feed(feeds, f, state)
        for idx, it in enumerate(items):
            alt = {}
            for lg in L:
                for o in state_feed(feeds, "%s-%s" % (it.kind, lg), state):
                    if o.story is it.story:
                        alt[lg] = path_of(o)
            pages[path_of(it)] = article_page(it, items, idx, state, alt)
        ex = []
        for it in items:
            mode = date_mode(it)
            if mode == "none":
                d = None
            elif has_time(it):
                d = it.dt.replace(" ", "T")
            else:
                d = it.dt
            ex.append({"url": canon(it), "title": " ".join(title_of(it, state).split()),
                       "date": d, "image": (HOST + it.img) if it.img else None})
        expected["feeds"][f] = ex
    expected["pagination"] = ("path numbering: page 1 is the list URL itself, then <list>/page/2, <list>/page/3 "
                              "(e.g. /az/xeberler/page/2); <nav class=\"pager\"> holds numbered links plus an arrow link "
                              "'→' with aria-label Növbəti/Next/Следующая (no rel=next); 10 news / 8 press items per page; "
                              "/<list>/page/1 does not exist")
    expected["notes"] = ("press-* lists are the combined announcements+interviews lists at the 'elanlar' URLs "
                         "(/az/media/elanlar, /en/media/announcements, /ru/media/obyavleniya); the interviews-only pages "
                         "(/az/media/musahibeler, /en/media/interviews, /ru/media/intervyu) are subsets of them and "
                         "the articles pages (Məqalələr/Articles/Статьи) are empty")
    for p, content in pages.items():
        write(root, p, content)
    # assets referenced anywhere
    refs = set()
    for content in pages.values():
        for m in re.finditer(r'(?:src|data-src|href|content)=["\']?((?:https://migration\.gov\.az)?/[^"\'\s>]+\.(?:jpg|png|svg|pdf|css|js))', content):
            u = m.group(1).replace(HOST, "")
            refs.add(u)
    for u in sorted(refs):
        if u in BROKEN_ASSETS:
            continue
        if u.endswith(".jpg"):
            write(root, u, tiny_jpeg())
        elif u.endswith(".png"):
            write(root, u, tiny_png())
        elif u.endswith(".svg"):
            write(root, u, SVG.get(u, SVG["/images/lazy.svg"]))
        elif u.endswith(".pdf"):
            write(root, u, tiny_pdf("Dovlet Miqrasiya Xidmeti - " + os.path.basename(u)))
        elif u.endswith(".css"):
            write(root, u, CSS)
        elif u.endswith(".js"):
            write(root, u, JS)
    write(root, "/robots.txt", ROBOTS)
    with open(os.path.join(root, "EXPECTED.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return expected

def main():
    feeds = build_items()
    for st in ("v1", "v2"):
        ex = gen_state(st, feeds)
        print(st, {f: len(v) for f, v in ex["feeds"].items()})

if __name__ == "__main__":
    main()
