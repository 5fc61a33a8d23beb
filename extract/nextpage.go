package extract

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"sitefeed/canon"
	"sitefeed/plain"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// nextWords are link texts that mean "next page" in the site's languages
// (normalised by navText: lower case, no arrows or punctuation).
var nextWords = map[string]bool{
	"next": true, "next page": true, "older": true, "older posts": true, "older entries": true,
	"növbəti": true, "sonrakı": true, "irəli": true, "növbəti səhifə": true, "sonrakı səhifə": true,
	"следующая": true, "следующая страница": true, "далее": true, "вперед": true, "вперёд": true, "след": true, "дальше": true,
	// a "load more" link's page for readers without JavaScript
	"daha çox": true, "load more": true, "show more": true, "more news": true,
	"показать ещё": true, "показать еще": true, "ещё новости": true, "еще новости": true, "больше новостей": true,
}

// lastWords mean "last page": never the next one.
var lastWords = []string{"last", "son", "sonuncu", "последняя", "в конец", "конец"}

// arrowText reports a link text made only of "next" arrows (», ›, →, >).
func arrowText(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	for _, r := range t {
		if !strings.ContainsRune("»›→>⟩⇒ ", r) {
			return false
		}
	}
	return true
}

// nextText reports a link text or label that means "next page".
func nextText(raw string) bool {
	if arrowText(raw) {
		return true
	}
	t := navText(raw)
	for _, w := range lastWords {
		if containsWord(t, w) {
			return false
		}
	}
	if nextWords[t] {
		return true
	}
	for w := range nextWords {
		if strings.HasPrefix(t, w+" ") && len([]rune(t)) <= len([]rune(w))+12 {
			return true // "next page", "növbəti səhifə 2"
		}
	}
	return false
}

// guessNext finds the next list page when pagination.next finds nothing:
// a rel="next" link, a link whose text or label means "next", or a link
// whose text is the next page's number inside a pagination block or on a
// numbered variant of this page's URL (?page=2, /page/2, ?start=10). Links
// to articles and back to this page are never taken.
func (e *Extractor) guessNext(doc *goquery.Document, base, pageURL *url.URL, num int) string {
	self, _ := canon.URL(pageURL.String(), nil, e.rules)
	ok := func(raw string) string {
		u, err := canon.URL(raw, base, e.rules)
		if err != nil || u == self || e.articleLike(u) || !e.onSite(u) {
			return ""
		}
		if f, err := canon.Fetch(raw, base, e.rules); err == nil {
			return f // as the site links it: relative links on it resolve right
		}
		return u
	}
	for _, n := range doc.Find("link[rel~='next'][href], a[rel~='next'][href]").Nodes {
		if u := ok(attrOf(n, "href")); u != "" {
			return u
		}
	}
	want := strconv.Itoa(num + 1)
	var numbered string
	for _, n := range doc.Find("a[href]").Nodes {
		text := plain.Text(nodeText(n))
		label := attrOf(n, "aria-label") + " " + attrOf(n, "title") + " " + attrOf(n, "class")
		switch {
		case nextText(text) || (text == "" || arrowText(text)) && labelNext(label):
			if u := ok(attrOf(n, "href")); u != "" {
				return u
			}
		case numbered == "" && text == want:
			if u := ok(attrOf(n, "href")); u != "" && (inPagination(n) || pageVariant(self, canonOf(u, e.rules))) {
				numbered = u
			}
		}
	}
	return numbered
}

// labelNext reports an aria-label, title or class naming the next page.
func labelNext(label string) bool {
	l := strings.ToLower(label)
	for _, w := range []string{"next", "növbəti", "sonrakı", "следующ", "вперед", "вперёд"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// pageVariant reports that u is self with a page number: one more path
// segment or two ("/page/2", "/2"), or one query parameter more or changed,
// holding a number.
func pageVariant(self, u string) bool {
	a, err1 := url.Parse(self)
	b, err2 := url.Parse(u)
	if err1 != nil || err2 != nil || a.Host != b.Host {
		return false
	}
	ap, bp := strings.TrimSuffix(a.Path, "/"), strings.TrimSuffix(b.Path, "/")
	if ap == bp {
		aq, bq := a.Query(), b.Query()
		for k, vs := range bq {
			if len(vs) == 1 && aq.Get(k) != vs[0] && numeric(vs[0]) {
				return true
			}
		}
		return false
	}
	rest, found := strings.CutPrefix(bp, ap+"/")
	if !found {
		return false
	}
	segs := strings.Split(rest, "/")
	return len(segs) <= 2 && numeric(segs[len(segs)-1])
}

func numeric(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// inPagination reports a link inside an element whose class or id speaks
// of pages (pagination, pager, pages, paging).
func inPagination(n *html.Node) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if strings.Contains(strings.ToLower(attrOf(p, "class")+" "+attrOf(p, "id")), "pag") {
			return true
		}
	}
	return false
}

func (e *Extractor) onSite(u string) bool {
	pu, err := url.Parse(u)
	return err == nil && len(e.rules.Hosts) > 0 && strings.EqualFold(pu.Hostname(), e.rules.Hosts[0])
}

func canonOf(u string, r canon.Rules) string {
	if c, err := canon.URL(u, nil, r); err == nil {
		return c
	}
	return u
}

// pageParams are query parameters that number a list's pages.
var pageParams = []string{"page", "p", "start", "offset", "from", "skip", "pg", "paged"}

// LaterPage reports a URL of a list's later page (?page=2, ?start=10,
// /page/2, ?PAGEN_1=2): never a list's first page, so never a discovery
// candidate.
func LaterPage(u string) bool {
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	for k, vs := range pu.Query() {
		lk := strings.ToLower(k)
		if slices.Contains(pageParams, lk) || strings.HasPrefix(lk, "pagen") {
			for _, v := range vs {
				if v != "" && v != "0" && v != "1" {
					return true
				}
			}
		}
	}
	segs := strings.Split(strings.Trim(pu.Path, "/"), "/")
	return len(segs) >= 2 && (segs[len(segs)-2] == "page" || segs[len(segs)-2] == "p") && numeric(segs[len(segs)-1])
}
