package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// seedPages adds the inline pages and the fixture site's pages as seeds.
func seedPages(f *testing.F) {
	f.Add([]byte(listSelectorHTML))
	f.Add([]byte(listVariantHTML))
	f.Add([]byte(articleHTML))
	files, _ := filepath.Glob("../testdata/site/*/*.html")
	more, _ := filepath.Glob("../testdata/site/*/*/*.html")
	for _, p := range append(files, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

// FuzzList: any bytes give items with absolute https URLs on the site and
// plain, valid-UTF-8 titles, or none; never a panic.
func FuzzList(f *testing.F) {
	seedPages(f)
	e := testExtractor(f, "")
	page := mustURL(f, "https://migration.gov.az/en/news")
	f.Fuzz(func(t *testing.T, body []byte) {
		got, err := e.List(body, "", page)
		if err != nil {
			return
		}
		for _, it := range got.Items {
			if !strings.HasPrefix(it.URL, "https://migration.gov.az/en/news_detail/") {
				t.Errorf("item URL %q escapes the link pattern", it.URL)
			}
			if it.Title == "" || !utf8.ValidString(it.Title) || strings.ContainsAny(it.Title, "\x00\x0c<>") && strings.Contains(it.Title, "<script") {
				t.Errorf("bad title %q", it.Title)
			}
		}
	})
}

// FuzzArticle: content never carries scripts, handlers or relative URLs.
func FuzzArticle(f *testing.F) {
	seedPages(f)
	e := testExtractor(f, "")
	page := mustURL(f, "https://migration.gov.az/en/news_detail/1")
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := e.Article(body, "", page)
		if err != nil {
			return
		}
		if msg := unsafeHTML(a.Content); msg != "" {
			t.Errorf("%s in content %q", msg, a.Content)
		}
	})
}

// unsafeHTML parses fragment and names the first unsafe thing in it.
func unsafeHTML(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return "unparsable"
	}
	var walk func(*html.Node) string
	walk = func(n *html.Node) string {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "form", "object", "embed", "style":
				return "element " + n.Data
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") || k == "style" {
					return "attribute " + k
				}
				if k == "href" || k == "src" {
					if !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") && !strings.HasPrefix(a.Val, "mailto:") {
						return k + " not absolute http(s): " + a.Val
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if m := walk(c); m != "" {
				return m
			}
		}
		return ""
	}
	for _, n := range nodes {
		if m := walk(n); m != "" {
			return m
		}
	}
	return ""
}
