package extract

import (
	"net/url"
	"path"
	"sort"
	"strings"
	"unicode"

	"sitefeed/canon"
	"sitefeed/plain"
)

// NavLink is a link of a page that may lead to a feed's list page: a menu
// item named like the feed's section, an "all news" link, or a URL shaped
// like a news section.
type NavLink struct {
	URL   string `json:"url"`   // canonical: the page's identity
	Fetch string `json:"fetch"` // as the site links it: what to request
	Text  string `json:"text"`
	Score int    `json:"score"`
}

// Scores of a NavLink's evidence.
const (
	scoreExactName = 10 // the link text is a section name
	scoreHasName   = 6  // the link text holds a section name
	scoreAllWord   = 3  // "all", "archive" beside a section name
	scoreURLShape  = 2  // a section-like word in the path
)

// allWords, in a link text beside a section name, point at the full list
// rather than a teaser ("Bütün xəbərlər", "All news", "Все новости").
var allWords = []string{"bütün", "hamısı", "arxiv", "all", "archive", "все", "всe", "архив"}

// sectionSlugs are words of list URLs of news sites in az, en and ru.
var sectionSlugs = []string{"news", "xeber", "xəbər", "novost", "press", "media", "elan", "announce", "obyav", "category", "list", "archive", "arxiv"}

// languageCodes are path prefixes that name a language.
var languageCodes = map[string]bool{"az": true, "en": true, "ru": true, "tr": true, "de": true, "fr": true, "ar": true, "fa": true}

// Nav ranks the links of a page that may lead to the feed's list page,
// best first. A link qualifies by its text (one of the feed's sections, or
// holding one) or by its URL's shape; links to articles (link_pattern),
// to other hosts, to files, to the page itself and to another language's
// pages never qualify.
func (e *Extractor) Nav(body []byte, contentType string, pageURL *url.URL) ([]NavLink, error) {
	doc, base, err := e.parse(body, contentType, pageURL)
	if err != nil {
		return nil, err
	}
	self, _ := canon.URL(pageURL.String(), nil, e.rules)
	sections := make([]string, 0, len(e.feed.Sections))
	for _, s := range e.feed.Sections {
		sections = append(sections, navText(s))
	}
	best := map[string]*NavLink{}
	var order []string
	for _, a := range doc.Find("a[href]").Nodes {
		u, err := canon.URL(attrOf(a, "href"), base, e.rules)
		if err != nil || u == self || !e.onSite(u) || e.articleLike(u) {
			continue
		}
		pu, _ := url.Parse(u)
		if !e.sameLanguage(pu.Path) || isFile(pu.Path) {
			continue
		}
		text := plain.Text(nodeText(a))
		if text == "" {
			text = plain.Text(attrOf(a, "title"))
		}
		score := NavScore(navText(text), pu.Path, sections)
		if score <= 0 {
			continue
		}
		if l, ok := best[u]; ok {
			if score > l.Score {
				l.Score, l.Text = score, text
			}
			continue
		}
		fetch, err := canon.Fetch(attrOf(a, "href"), base, e.rules)
		if err != nil {
			fetch = u
		}
		best[u] = &NavLink{URL: u, Fetch: fetch, Text: text, Score: score}
		order = append(order, u)
	}
	out := make([]NavLink, 0, len(order))
	for _, u := range order {
		out = append(out, *best[u])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out, nil
}

// NavScore scores a link as a way to the list page of a section named by
// one of sections (all normalised by navText): by its text, then by its
// path. 0: not a candidate.
func NavScore(text, urlPath string, sections []string) int {
	score := 0
	for _, s := range sections {
		switch {
		case s == "":
		case text == s:
			score = max(score, scoreExactName)
		case containsWord(text, s) || containsStem(text, s):
			v := scoreHasName
			for _, w := range allWords {
				if containsWord(text, w) {
					v += scoreAllWord
					break
				}
			}
			score = max(score, v)
		}
	}
	if score > 0 && len([]rune(text)) > 40 {
		score /= 2 // a sentence that names the section, not a menu item
	}
	lp := strings.ToLower(urlPath)
	for _, w := range sectionSlugs {
		if strings.Contains(lp, w) {
			score += scoreURLShape
			break
		}
	}
	return score
}

// navText normalises a link text for comparison: lower case, letters and
// digits only, one space between words ("Bütün xəbərlər →" is "bütün
// xəbərlər").
func navText(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// containsStem reports that text holds a word sharing the stem of the
// one-word section name s: "xəbər lenti" for "xəbərlər", "лента новостей"
// for "новости", "announcement" for "announcements". The common start
// must be 5 letters or more and leave at most 3 letters of either word.
func containsStem(text, s string) bool {
	if strings.Contains(s, " ") {
		return false
	}
	sr := []rune(s)
	for _, w := range strings.Fields(text) {
		wr := []rune(w)
		n := 0
		for n < len(wr) && n < len(sr) && wr[n] == sr[n] {
			n++
		}
		if n >= 5 && len(wr)-n <= 3 && len(sr)-n <= 3 {
			return true
		}
	}
	return false
}

// containsWord reports that text holds w as whole words (both normalised).
func containsWord(text, w string) bool {
	return strings.Contains(" "+text+" ", " "+w+" ")
}

// sameLanguage reports a path of the feed's language: one that does not
// start with another language's code.
func (e *Extractor) sameLanguage(p string) bool {
	first, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	first = strings.ToLower(first)
	return !languageCodes[first] || first == strings.ToLower(e.feed.Language)
}

func isFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png", ".gif", ".zip", ".rar", ".mp4", ".css", ".js", ".xml":
		return true
	}
	return false
}
