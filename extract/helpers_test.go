package extract

import (
	"net/url"
	"testing"

	"sitefeed/config"
	"sitefeed/sanitize"
)

// testConfig is a one-feed configuration with the default config's
// selector guesses; extra YAML lines are added to the feed.
func testConfig(t testing.TB, feedExtra string) (*config.Config, *config.Feed) {
	t.Helper()
	yaml := `
hosts: [migration.gov.az, www.migration.gov.az]
urls: {strip_prefixes: [/index.php], fold_trailing_slash: true}
defaults:
  items:
    selector: ".news-item, .news_item"
    title: ".news-title, h3"
    link: "a[href*='_detail/']@href"
    date: ".news-date, .date, time"
    summary: ".news-text, p"
    image: "img@data-src || img@src"
  pagination:
    next: "a[rel='next']"
  article:
    title: ".news-detail h1, h1"
    date: "time@datetime || .news-date"
    content: ".news-content"
    images: ".news-detail img"
    attachments: "a[href$='.pdf']"
    remove: [".share", "script"]
feeds:
  - name: news-en
    language: en
    list_urls: [https://migration.gov.az/en/news]
    link_pattern: '^https://migration\.gov\.az/en/news_detail/[0-9]+$'
` + feedExtra
	cfg, err := config.Parse([]byte(yaml))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	return cfg, &cfg.Feeds[0]
}

func testExtractor(t testing.TB, feedExtra string) *Extractor {
	cfg, f := testConfig(t, feedExtra)
	return New(f, cfg.Rules(), sanitize.New(cfg.Rules()))
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
