package extract

import (
	"net/url"
	"strconv"
	"strings"

	"sitefeed/canon"
	"sitefeed/plain"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// nextWords are link texts that mean "next page" in the site's languages.
var nextWords = map[string]bool{
	"next": true, "next page": true, "next »": true, "»": true, "›": true, ">": true, ">>": true, "→": true,
	"növbəti": true, "növbəti »": true, "sonrakı": true, "irəli": true, "növbəti səhifə": true,
	"следующая": true, "следующая »": true, "далее": true, "вперед": true, "вперёд": true, "след.": true,
}

// guessNext finds the next list page when pagination.next finds nothing:
// a rel="next" link, a link whose text means "next", or a link whose text
// is the next page's number inside a pagination block. Links to articles
// and back to this page are never taken.
func (e *Extractor) guessNext(doc *goquery.Document, base, pageURL *url.URL, num int) string {
	self, _ := canon.URL(pageURL.String(), nil, e.rules)
	ok := func(raw string) string {
		u, err := canon.URL(raw, base, e.rules)
		if err != nil || u == self || (e.feed.LinkRe != nil && e.feed.LinkRe.MatchString(u)) || !e.onSite(u) {
			return ""
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
		text := strings.ToLower(plain.Text(nodeText(n)))
		label := strings.ToLower(attrOf(n, "aria-label") + " " + attrOf(n, "title"))
		switch {
		case nextWords[text] || strings.Contains(label, "next") || strings.Contains(label, "növbəti") || strings.Contains(label, "следующ"):
			if u := ok(attrOf(n, "href")); u != "" {
				return u
			}
		case numbered == "" && text == want && inPagination(n):
			numbered = ok(attrOf(n, "href"))
		}
	}
	return numbered
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
