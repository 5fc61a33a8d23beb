package extract_test

import (
	"bytes"

	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"sitefeed/config"
	"sitefeed/extract"
	"sitefeed/sanitize"
)

// benchSetup is the default config's extractor for news-az and one
// fixture page.
func benchSetup(b *testing.B, rel, pageURL string) (*extract.Extractor, []byte, *url.URL) {
	b.Helper()
	cfg, err := config.Load(filepath.Join("..", "config.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	var f *config.Feed
	for i := range cfg.Feeds {
		if cfg.Feeds[i].Name == "news-az" {
			f = &cfg.Feeds[i]
		}
	}
	if f == nil {
		b.Fatal("config.yaml has no news-az feed")
	}
	body, err := os.ReadFile(filepath.Join("..", "testdata", "site", filepath.FromSlash(rel)))
	if err != nil {
		b.Fatal(err)
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		b.Fatal(err)
	}
	return extract.New(f, cfg.Rules(), sanitize.New(cfg.Rules())), body, u
}

func BenchmarkListPage(b *testing.B) {
	ex, body, u := benchSetup(b, "az/news.html", "https://migration.gov.az/az/news")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		page, err := ex.List(body, "text/html", u)
		if err != nil || len(page.Items) == 0 {
			b.Fatalf("List: %d items, %v", len(page.Items), err)
		}
	}
}

func BenchmarkArticlePage(b *testing.B) {
	ex, body, u := benchSetup(b, "az/news_detail/16701.html", "https://migration.gov.az/az/news_detail/16701")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := ex.Article(body, "text/html", u)
		if err != nil || a.Content == "" {
			b.Fatalf("Article: %d bytes of content, %v", len(a.Content), err)
		}
	}
}

// BenchmarkParseOnly is the baseline's share of BenchmarkArticlePage: the
// same page parsed by goquery, nothing else.
func BenchmarkParseOnly(b *testing.B) {
	_, body, _ := benchSetup(b, "az/news_detail/16701.html", "https://migration.gov.az/az/news_detail/16701")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := goquery.NewDocumentFromReader(bytes.NewReader(body)); err != nil {
			b.Fatal(err)
		}
	}
}
