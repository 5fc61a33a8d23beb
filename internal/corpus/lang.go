package corpus

import (
	"fmt"
	"time"
	"unicode"
)

// lang holds the fixed texts and date formats of one language of the site.
type lang struct {
	code        string
	site        string // <title> suffix of list pages
	short       string // <title> suffix of article pages, logo alt
	banner      string
	menu        [7]string // news, press, interviews, articles, publications, statistics, open data
	newsHead    string
	pressHead   string
	search      string
	next        string
	lastUpdate  string
	copyright   string
	months      [12]string
	caser       unicode.SpecialCase
	listDate    func(l *lang, t time.Time) string
	articleDate func(l *lang, t time.Time) string
}

var menuPaths = [7]string{"news", "press", "interviews", "articles", "publications", "statistics", "open_data"}

// baku is the site's time zone (UTC+4, no daylight saving since 2016).
var baku = time.FixedZone("+04", 4*60*60)

var langs = []*lang{
	{
		code: "az", site: "Dövlət Miqrasiya Xidməti", short: "DMX",
		banner:   "Azərbaycan Respublikası Dövlət Miqrasiya Xidmətinin rəsmi saytı",
		menu:     [7]string{"Xəbərlər", "Elanlar", "Müsahibələr", "Məqalələr", "Nəşrlər", "Statistika", "Açıq məlumatlar"},
		newsHead: "Xəbərlər", pressHead: "Mətbuat mərkəzi", search: "Axtarış", next: "Növbəti",
		lastUpdate: "Səhifənin son yenilənmə tarixi: 10.10.2023",
		copyright:  "© 2026 Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
		months: [12]string{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
			"oktyabr", "noyabr", "dekabr"},
		caser:    unicode.TurkishCase,
		listDate: numericDate,
		articleDate: func(l *lang, t time.Time) string { // 25 noyabr 2025-ci il, 11:30
			return fmt.Sprintf("%02d %s %d%s il, %s", t.Day(), l.months[t.Month()-1], t.Year(), azOrdinal(t.Year()), t.Format("15:04"))
		},
	},
	{
		code: "en", site: "State Migration Service", short: "SMS",
		banner:   "Official website of the State Migration Service of the Republic of Azerbaijan",
		menu:     [7]string{"News", "Announcements", "Interviews", "Articles", "Publications", "Statistics", "Open data"},
		newsHead: "News", pressHead: "Press centre", search: "Search", next: "Next",
		lastUpdate: "Page last updated: 10.10.2023",
		copyright:  "© 2024 The Republic of Azerbaijan State Migration Service",
		listDate:   func(_ *lang, t time.Time) string { return t.Format("January 2, 2006") },
		articleDate: func(_ *lang, t time.Time) string {
			return t.Format("2 January 2006")
		},
	},
	{
		code: "ru", site: "Государственная миграционная служба", short: "ГМС",
		banner:   "Официальный сайт Государственной миграционной службы Азербайджанской Республики",
		menu:     [7]string{"Новости", "Объявления", "Интервью", "Статьи", "Публикации", "Статистика", "Открытые данные"},
		newsHead: "Новости", pressHead: "Пресс-центр", search: "Поиск", next: "Следующая",
		lastUpdate: "Дата последнего обновления страницы: 10.10.2023",
		copyright:  "© 2026 Государственная миграционная служба Азербайджанской Республики",
		months: [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
			"октября", "ноября", "декабря"},
		listDate: func(_ *lang, t time.Time) string { return t.Format("02.01.2006 15:04") },
		articleDate: func(l *lang, t time.Time) string { // 18 января 2021 г. 11:13
			return fmt.Sprintf("%d %s %d г. %s", t.Day(), l.months[t.Month()-1], t.Year(), t.Format("15:04"))
		},
	},
}

func numericDate(_ *lang, t time.Time) string { return t.Format("02.01.2006") }

// azOrdinal is the Azerbaijani ordinal suffix of a number ("2025-ci",
// "2024-cü", "2026-cı", "2029-cu"), chosen by vowel harmony with the
// number's last spoken word.
func azOrdinal(n int) string {
	units := [10]string{"", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"}
	tens := [10]string{"", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"}
	switch {
	case n%10 != 0:
		return "-" + units[n%10]
	case n%100 != 0:
		return "-" + tens[n/10%10]
	case n%1000 != 0:
		return "-cü"
	}
	return "-ci"
}
