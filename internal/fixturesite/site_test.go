package fixturesite

import (
	"bytes"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// siteRoot is the committed fixture site.
var siteRoot = filepath.Join("..", "..", "testdata", "site")

var (
	detailPath = regexp.MustCompile(`^/(az|en|ru)/(news|press)_detail/[0-9]+$`)
	detailFile = regexp.MustCompile(`^(az|en|ru)/(news|press)_detail/[0-9]+\.html$`)
	listFile   = regexp.MustCompile(`^(az|en|ru)/(news|press)(@page=[0-9]+)?\.html$`)
	siteHosts  = map[string]bool{"migration.gov.az": true, "www.migration.gov.az": true}
)

// sitePage is one parsed HTML file of the fixture site.
type sitePage struct {
	rel      string   // file path relative to the root, slash-separated
	url      *url.URL // the URL the server answers it under
	encoding string   // as sniffed from BOM or <meta>
	raw      []byte
	doc      *html.Node
}

// pageURL inverts resolve for an .html file: az/news@page=2.html is
// https://migration.gov.az/az/news?page=2.
func pageURL(rel string) *url.URL {
	p := strings.TrimSuffix(rel, ".html")
	if p == "index" {
		p = ""
	}
	p, q, _ := strings.Cut(p, "@")
	return &url.URL{Scheme: "https", Host: "migration.gov.az", Path: "/" + p, RawQuery: q}
}

func loadSite(t *testing.T) []sitePage {
	t.Helper()
	var pages []sitePage
	err := filepath.WalkDir(siteRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(siteRoot, p)
		if err != nil {
			return err
		}
		_, name, _ := charset.DetermineEncoding(raw, "text/html")
		r, err := charset.NewReader(bytes.NewReader(raw), "text/html")
		if err != nil {
			return err
		}
		decoded, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(decoded))
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		pages = append(pages, sitePage{rel: rel, url: pageURL(rel), encoding: name, raw: raw, doc: doc})
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", siteRoot, err)
	}
	if len(pages) == 0 {
		t.Fatalf("no HTML files under %s", siteRoot)
	}
	return pages
}

// links returns every <a href> of a page resolved against its <base href>
// or, without one, against the page URL.
func (p sitePage) links() []*url.URL {
	base := p.url
	var hrefs []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch {
				case n.Data == "base" && a.Key == "href" && base == p.url:
					if b, err := p.url.Parse(a.Val); err == nil {
						base = b
					}
				case n.Data == "a" && a.Key == "href":
					hrefs = append(hrefs, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.doc)
	var out []*url.URL
	for _, h := range hrefs {
		if u, err := base.Parse(strings.TrimSpace(h)); err == nil {
			out = append(out, u)
		}
	}
	return out
}

// articleLink reports the canonical detail path of a link to one of the
// site's articles, whatever host spelling or /index.php prefix it uses.
func articleLink(u *url.URL) (string, bool) {
	if (u.Scheme != "http" && u.Scheme != "https") || !siteHosts[u.Host] {
		return "", false
	}
	p := strings.TrimPrefix(u.Path, "/index.php")
	return p, detailPath.MatchString(p)
}

func TestSiteDetailLinksResolve(t *testing.T) {
	pages := loadSite(t)
	linkedFromLists := map[string]bool{}
	for _, p := range pages {
		for _, u := range p.links() {
			canon, ok := articleLink(u)
			if !ok {
				continue
			}
			rel, err := resolve(u.Path, u.RawQuery)
			if err != nil {
				t.Errorf("%s: link %s: %v", p.rel, u, err)
				continue
			}
			if _, err := os.Stat(filepath.Join(siteRoot, filepath.FromSlash(rel))); err != nil {
				t.Errorf("%s: link %s has no article file: %v", p.rel, u, err)
			}
			if listFile.MatchString(p.rel) {
				linkedFromLists[strings.TrimPrefix(canon, "/")+".html"] = true
			}
		}
	}
	for _, p := range pages {
		if detailFile.MatchString(p.rel) && !linkedFromLists[p.rel] {
			t.Errorf("article %s is not listed on any list page", p.rel)
		}
	}
}

func TestSiteVolumePerLanguage(t *testing.T) {
	articles := map[string]int{}
	lists := map[string]int{}
	for _, p := range loadSite(t) {
		lang, _, _ := strings.Cut(p.rel, "/")
		switch {
		case detailFile.MatchString(p.rel):
			articles[lang]++
		case listFile.MatchString(p.rel):
			lists[lang]++
		}
	}
	for _, lang := range []string{"az", "en", "ru"} {
		if articles[lang] < 15 {
			t.Errorf("%s: %d article pages, want >= 15", lang, articles[lang])
		}
		if lists[lang] < 3 {
			t.Errorf("%s: %d list pages, want >= 3", lang, lists[lang])
		}
	}
}

func TestSiteEncodings(t *testing.T) {
	cp1251 := 0
	for _, p := range loadSite(t) {
		switch p.encoding {
		case "utf-8":
			if !utf8.Valid(p.raw) {
				t.Errorf("%s declares UTF-8 but is not valid UTF-8", p.rel)
			}
		case "windows-1251":
			cp1251++
			if utf8.Valid(p.raw) {
				t.Errorf("%s declares windows-1251 but is plain UTF-8", p.rel)
			}
			if !strings.Contains(textOf(p.doc), "миграционн") {
				t.Errorf("%s: windows-1251 text did not decode to Russian", p.rel)
			}
		default:
			t.Errorf("%s: unexpected encoding %q", p.rel, p.encoding)
		}
	}
	if cp1251 < 2 {
		t.Errorf("%d windows-1251 pages, want 2 (meta charset and http-equiv forms)", cp1251)
	}
}

func TestSiteLastNewsPagesEnd(t *testing.T) {
	for _, lang := range []string{"az", "en", "ru"} {
		raw, err := os.ReadFile(filepath.Join(siteRoot, lang, "news@page=3.html"))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if bytes.Contains(raw, []byte(`rel="next"`)) || bytes.Contains(raw, []byte(`class="next"`)) {
			t.Errorf("%s/news@page=3.html has a next link; the list must end there", lang)
		}
	}
}

func TestSitePDF(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(siteRoot, "uploads", "files", "elan-2026.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(raw), []byte("%%EOF")) || len(raw) > 2048 {
		t.Errorf("elan-2026.pdf is not a small PDF (%d bytes)", len(raw))
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
