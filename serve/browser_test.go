package serve

import (
	"net/http"
	"testing"
)

// A browser navigating to a feed gets a generic XML type, so it applies
// the feed's XSL stylesheet; a feed reader gets the feed's own type. The
// two representations have distinct ETags and vary on Accept.
func TestFeedTypeForBrowsers(t *testing.T) {
	h := newFixture(t).handler(t)
	const chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
	tests := []struct {
		name, path, accept, wantType string
	}{
		{"reader rss", "/en.rss", "application/rss+xml, application/xml;q=0.9, */*;q=0.8", typeRSS},
		{"no accept", "/en.rss", "", typeRSS},
		{"browser rss", "/en.rss", chrome, typeXML},
		{"reader atom", "/en.atom", "application/atom+xml", typeAtom},
		{"browser atom", "/en.atom", chrome, typeXML},
		{"browser json stays json", "/en.json", chrome, typeJSON},
	}
	etags := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(h, http.MethodGet, tt.path, map[string]string{"Accept": tt.accept})
			if got := w.Header().Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if tt.path != "/en.json" && w.Header().Get("Vary") != "Accept-Encoding, Accept" {
				t.Errorf("Vary = %q, want Accept-Encoding, Accept", w.Header().Get("Vary"))
			}
			etags[tt.name] = w.Header().Get("ETag")
		})
	}
	if etags["browser rss"] == etags["reader rss"] || etags["no accept"] != etags["reader rss"] {
		t.Errorf("ETags %v: the browser variant must differ from the reader's", etags)
	}
	w := do(h, http.MethodGet, "/en.rss", map[string]string{"Accept": chrome, "If-None-Match": etags["browser rss"]})
	if w.Code != http.StatusNotModified {
		t.Errorf("browser revalidation = %d, want 304", w.Code)
	}
}

// The feed types, as the tests expect them on the wire.
const (
	typeRSS  = "application/rss+xml; charset=utf-8"
	typeAtom = "application/atom+xml; charset=utf-8"
	typeJSON = "application/feed+json"
)
