package crawl

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitefeed/extract"
	"sitefeed/item"
	"sitefeed/plain"
)

// ErrErrorPage is a page answered with status 200 that is an error or
// maintenance page, not the page asked for: a failed fetch, retried on a
// later run, from which nothing is stored.
var ErrErrorPage = errors.New("an error page served with status 200")

// errorPhrases are the words of error and maintenance pages (lowercase),
// in the languages of the sites served: az, en, ru.
var errorPhrases = []string{
	// en
	"service temporarily unavailable", "service unavailable", "temporarily unavailable",
	"database error", "error establishing a database connection", "internal server error",
	"bad gateway", "gateway timeout", "under maintenance", "down for maintenance",
	"scheduled maintenance", "too many requests", "page not found",
	// az
	"müvəqqəti əlçatan deyil", "müvəqqəti olaraq əlçatan deyil", "verilənlər bazası xətası",
	"məlumat bazası xətası", "texniki işlər aparılır", "texniki işlərlə əlaqədar",
	"server xətası", "səhifə tapılmadı",
	// ru
	"временно недоступен", "временно недоступна", "ошибка базы данных",
	"ошибка подключения к базе данных", "внутренняя ошибка сервера", "технические работы",
	"ведутся работы", "страница не найдена",
}

// pageCheck is what errorPage looks at.
type pageCheck struct {
	ListTitle string // the item's title on the list page ("": unknown)
	Title     string // the title the page gave
	Text      string // its content as plain text (its start will do)
	Runes     int    // the length of all of it, in runes (0: Text's)
	PageText  string // the visible text of the whole page (a prefix will do)
	Typical   int    // typical content length of the site's articles in runes (0: unknown)
}

// shortContent is the content length, in runes, below which an article
// is short whatever the site's typical length.
const shortContent = 200

// errorPage reports why p is an error or maintenance page served as an
// article ("" when it is not): it carries an error phrase, and either its
// title is unlike the list's title for the item or its content is far
// shorter than the site's articles. A phrase alone is not enough (an
// article may be about a database error), nor is a short page.
func errorPage(p pageCheck) string {
	phrase := findPhrase(p.Title, p.Text, p.PageText)
	if phrase == "" || strings.Contains(strings.ToLower(p.ListTitle), phrase) {
		return "" // no phrase, or the item is about it: a notice of maintenance works is news
	}
	unlike := p.ListTitle != "" && !similarTitles(p.ListTitle, p.Title)
	n := p.Runes
	if n == 0 {
		n = utf8.RuneCountInString(p.Text)
	}
	short := n < shortContent || p.Typical > 0 && n < p.Typical/4
	switch {
	case unlike:
		return "it says " + quote(phrase) + " and its title " + quote(p.Title) + " is not the list's " + quote(p.ListTitle)
	case short:
		return "it says " + quote(phrase) + " and its content is far shorter than the site's articles"
	}
	return ""
}

// listErrorPage reports why a list page without items is an error page
// ("" when it does not look like one).
func listErrorPage(title, pageText string) string {
	if phrase := findPhrase(title, pageText); phrase != "" {
		return "it says " + quote(phrase)
	}
	return ""
}

func quote(s string) string { return `"` + s + `"` }

func findPhrase(texts ...string) string {
	for _, t := range texts {
		t = strings.ToLower(t)
		for _, p := range errorPhrases {
			if strings.Contains(t, p) {
				return p
			}
		}
	}
	return ""
}

// similarTitles: one title starts with the other (lists cut long titles)
// or most of the shorter one's words are in the other.
func similarTitles(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return true // nothing to compare
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if strings.HasPrefix(strings.Join(wb, " "), strings.Join(wa, " ")) {
		return true
	}
	in := map[string]bool{}
	for _, w := range wb {
		in[w] = true
	}
	common := 0
	for _, w := range wa {
		if in[w] {
			common++
		}
	}
	return 2*common >= len(wa)
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// articleErrorPage reports why an article page answered 200 is an error
// page ("" when it is the article).
func (r *feedRun) articleErrorPage(it item.Item, a extract.Article, body []byte) string {
	p := pageCheck{ListTitle: it.Title, Title: a.Title, Text: a.TextHead, Runes: a.TextRunes}
	if p.Runes < 4*shortContent || !similarTitles(p.ListTitle, p.Title) {
		// Only then can the page's template tell (it costs a second parse).
		p.PageText = plain.FromHTMLPrefix(string(body), pageTextLimit)
	}
	if findPhrase(p.Title, p.Text, p.PageText) == "" {
		return "" // the usual case reads nothing from the store
	}
	if t, ok := r.s.mem.(interface{ TypicalLength(string) int }); ok {
		p.Typical = t.TypicalLength(r.f.Name)
	}
	return errorPage(p)
}

// pageTextLimit is how much of a page's text the error page check reads.
const pageTextLimit = 2000

// listPageError says so when a first list page without items is an error
// page served with 200 (the previous feed is kept either way).
func listPageError(err error, body []byte) error {
	if !errors.Is(err, ErrNoItems) {
		return err
	}
	doc := string(body)
	title := ""
	if i := strings.Index(strings.ToLower(doc), "<title>"); i >= 0 {
		if j := strings.Index(strings.ToLower(doc[i:]), "</title>"); j > 0 {
			title = doc[i+len("<title>") : i+j]
		}
	}
	if why := listErrorPage(title, plain.FromHTMLPrefix(doc, pageTextLimit)); why != "" {
		return fmt.Errorf("%w: %w (%s)", err, ErrErrorPage, why)
	}
	return err
}
