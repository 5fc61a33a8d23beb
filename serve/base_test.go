package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const standIn = "http://localhost:8080/"

// With public_url unset, the links of index.html, feeds.opml, the feeds
// and their pages name the host the request was made to (or the one a
// proxy says it was made to); other files and a set public_url are left
// alone.
func TestLinksFromRequest(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": `<input readonly value="` + standIn + `news.rss">`,
		"feeds.opml": `<outline xmlUrl="` + standIn + `news.rss"/>`,
		"news.rss":   `<atom:link href="` + standIn + `news.rss" rel="self"/>`,
		"news.atom":  `<link rel="self" href="` + standIn + `news.atom"/>`,
		"news.json":  `{"feed_url":"` + standIn + `news.json"}`,
		"news.html":  `<input readonly value="` + standIn + `news.rss">`,
		"feed.xsl":   `<xsl:stylesheet>` + standIn + `</xsl:stylesheet>`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	derived := Handler(Options{Dir: dir, StandInBase: func() string { return standIn }})
	fixed := Handler(Options{Dir: dir, StandInBase: func() string { return "" }})
	tests := []struct {
		name    string
		h       http.Handler
		path    string
		host    string
		headers map[string]string
		want    string // the base in the body
	}{
		{"index, other port", derived, "/", "127.0.0.1:9191", nil, "http://127.0.0.1:9191/"},
		{"opml, a name", derived, "/feeds.opml", "feeds.example.org", nil, "http://feeds.example.org/"},
		{"rss behind a proxy", derived, "/news.rss", "127.0.0.1:8080",
			map[string]string{"X-Forwarded-Host": "feeds.example.org", "X-Forwarded-Proto": "https"}, "https://feeds.example.org/"},
		{"atom, proxies chained: the first value", derived, "/news.atom", "10.0.0.1:8080",
			map[string]string{"X-Forwarded-Host": "news.example.org, proxy.internal", "X-Forwarded-Proto": "https, http"}, "https://news.example.org/"},
		{"json, upper case host", derived, "/news.json", "Feeds.Example.ORG:8443", nil, "http://feeds.example.org:8443/"},
		{"page, IPv6", derived, "/news.html", "[::1]:9191", nil, "http://[::1]:9191/"},
		{"odd proto ignored", derived, "/", "example.org", map[string]string{"X-Forwarded-Proto": "javascript"}, "http://example.org/"},
		{"markup in the host: left alone", derived, "/", `x"><script>`, nil, standIn},
		{"the stand-in host itself", derived, "/", "localhost:8080", nil, standIn},
		{"not a file with links", derived, "/feed.xsl", "127.0.0.1:9191", nil, standIn},
		{"public_url set", fixed, "/", "127.0.0.1:9191", nil, standIn},
	}
	etags := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, tt.path, nil)
			r.Host = tt.host
			for k, v := range tt.headers {
				r.Header.Set(k, v)
			}
			w := record(tt.h, r)
			body := w.Body.String()
			if w.Code != http.StatusOK || !strings.Contains(body, tt.want) {
				t.Fatalf("%s for Host %s = %d %q, want the base %s", tt.path, tt.host, w.Code, body, tt.want)
			}
			if tt.want != standIn && strings.Contains(body, standIn) {
				t.Errorf("the stand-in base is left in %q", body)
			}
			etags[tt.path+" "+tt.want] = w.Header().Get("ETag")
			// The rewritten copy revalidates with its own ETag.
			r.Header.Set("If-None-Match", w.Header().Get("ETag"))
			if again := record(tt.h, r); again.Code != http.StatusNotModified {
				t.Errorf("revalidation = %d, want 304", again.Code)
			}
		})
	}
	if etags["/ http://127.0.0.1:9191/"] == etags["/ "+standIn] {
		t.Error("index.html has the same ETag for two different bases")
	}
}

func record(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}
