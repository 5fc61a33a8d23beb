package feed

import (
	"fmt"
	"time"
)

// labels are the words of the index and feed pages in one language: a
// feed's card and page speak the feed's language.
type labels struct {
	Lang       string // BCP 47 code, for lang attributes
	Name       string // the language's own name, for the language switch
	Intro      string // one line above the feeds: what a feed is
	Updated    string // "last updated"
	Items      string // "items" (after a count)
	NotYet     string // a feed never written yet
	Failed     string // the last update failed: REASON
	Latest     string // heading over the latest headlines
	AllItems   string // link to the feed's page
	Copy       string // the label of the feed-address field
	Subscribe  string // before the format links
	NoItems    string // a feed with no item yet
	AllFeeds   string // back link from a feed page to the index
	Source     string // the site's own page
	Attachment string // an item's attachment
	months     [12]string
}

var labelSets = map[string]labels{
	"az": {
		Lang: "az", Name: "Azərbaycanca",
		Intro:   "Bunlar veb lentlərdir: lentin ünvanını lent oxuyucunuza köçürün.",
		Updated: "Yenilənib", Items: "xəbər", NotYet: "Hələ hazır deyil: lent ilk uğurlu yoxlamadan sonra görünəcək.",
		Failed: "Son yeniləmə alınmadı", Latest: "Son xəbərlər", AllItems: "Bütün xəbərlər",
		Copy: "Lentin ünvanı (oxuyucuya köçürün)", Subscribe: "Abunə olun", NoItems: "Hələ xəbər yoxdur.",
		AllFeeds: "Bütün lentlər", Source: "Saytda bax", Attachment: "Əlavə",
		months: [12]string{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"},
	},
	"en": {
		Lang: "en", Name: "English",
		Intro:   "These are web feeds: copy a feed's address into your feed reader.",
		Updated: "Updated", Items: "items", NotYet: "Not available yet: the feed appears after its first successful update.",
		Failed: "The last update failed", Latest: "Latest", AllItems: "All items",
		Copy: "Feed address (copy into your reader)", Subscribe: "Subscribe", NoItems: "No items yet.",
		AllFeeds: "All feeds", Source: "On the site", Attachment: "Attachment",
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	},
	"ru": {
		Lang: "ru", Name: "Русский",
		Intro:   "Это веб-ленты: скопируйте адрес ленты в свою программу для чтения лент.",
		Updated: "Обновлено", Items: "записей", NotYet: "Пока недоступна: лента появится после первого успешного обновления.",
		Failed: "Последнее обновление не удалось", Latest: "Последние новости", AllItems: "Все записи",
		Copy: "Адрес ленты (скопируйте в программу чтения)", Subscribe: "Подписаться", NoItems: "Записей пока нет.",
		AllFeeds: "Все ленты", Source: "На сайте", Attachment: "Вложение",
		months: [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	},
}

// labelsFor returns the labels of language lang ("az", "en-GB", …),
// English for a language without its own.
func labelsFor(lang string) labels {
	for i := 0; i < len(lang); i++ {
		if lang[i] == '-' || lang[i] == '_' {
			lang = lang[:i]
			break
		}
	}
	if l, ok := labelSets[lang]; ok {
		return l
	}
	return labelSets["en"]
}

// date formats t for people reading the language: "27 noyabr 2025,
// 14:30", "November 27, 2025, 14:30", "27 ноября 2025, 14:30". t is
// already in the feed's zone.
func (l labels) date(t time.Time) string {
	month := l.months[t.Month()-1]
	if l.Lang == "en" {
		return fmt.Sprintf("%s %d, %d, %s", month, t.Day(), t.Year(), t.Format("15:04"))
	}
	return fmt.Sprintf("%d %s %d, %s", t.Day(), month, t.Year(), t.Format("15:04"))
}

// pageTime is a date on a page: the text in the feed's language and zone,
// and the machine-readable form for <time datetime>.
type pageTime struct {
	Text, ISO string
}

// newPageTime is t shown in zone loc; the zero pageTime for a zero t.
func newPageTime(l labels, t time.Time, loc *time.Location) pageTime {
	if t.IsZero() {
		return pageTime{}
	}
	t = t.In(loc).Truncate(time.Second)
	return pageTime{Text: l.date(t), ISO: t.Format(time.RFC3339)}
}

// location is the zone named name (IANA), UTC when empty or unknown.
func location(name string) *time.Location {
	if name == "" {
		return time.UTC
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	return loc
}
