package crawl

import "testing"

func TestPublicReason(t *testing.T) {
	tests := []struct {
		name, msg, want string
	}{
		{"none", "", ""},
		{"dns", "scrape news-az: list page https://migration.gov.az/az/news: DNS lookup of migration.gov.az failed (no such host): dial tcp: lookup migration.gov.az: no such host", "the site's name does not resolve (DNS)"},
		{"robots unavailable: refused", "scrape news-az: list page https://migration.gov.az/az/news: robots.txt unavailable, nothing fetched from this host: connection to migration.gov.az refused: fetch robots.txt: dial tcp 127.0.0.1:8191: connect: connection refused", "the site refused the connection"},
		{"robots unavailable: 500", "scrape news-en: list page https://migration.gov.az/en/news: robots.txt unavailable, nothing fetched from this host: robots.txt answered 500 Internal Server Error", "robots.txt of the site is unavailable"},
		{"robots disallows", "scrape news-en: https://migration.gov.az/en/news: disallowed by robots.txt", "the site's robots.txt disallows it"},
		{"reset", "scrape x: connection to migration.gov.az reset: read tcp: connection reset by peer", "the site reset the connection"},
		{"a reset in a URL is not a reset", "scrape x: https://migration.gov.az/en/password-reset/1: no items found: items.selector", "no items found: the site may have changed"},
		{"refused", "scrape x: connection to migration.gov.az refused: dial tcp 1.2.3.4:443: connect: connection refused", "the site refused the connection"},
		{"timeout", "scrape x: migration.gov.az did not answer in time: context deadline exceeded", "the site did not answer in time"},
		{"tls", "scrape x: TLS with migration.gov.az failed: x509: certificate signed by unknown authority", "a secure connection (TLS) to the site failed"},
		{"status, not the id in the URL", "scrape news-ru: list page https://migration.gov.az/ru/news_detail/412: https://migration.gov.az/ru/news_detail/412: HTTP 503 Service Unavailable", "the site answered HTTP 503"},
		{"selectors", `scrape news-en: https://migration.gov.az/en/news: no items found: items.selector ".news-item" matched nothing and link_pattern matched no link`, "no items found: the site may have changed"},
		{"too few", "scrape news-en: far fewer items than the last good run: 1 items, last good run 6", "far fewer items than usual: the site may have changed"},
		{"unknown", "write public/news-az.rss: no space left on device", "the update failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PublicReason(tt.msg); got != tt.want {
				t.Errorf("PublicReason(%q) = %q, want %q", tt.msg, got, tt.want)
			}
		})
	}
}
