package cli_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"sitefeed/cli"
	"sitefeed/internal/fixturesite"
)

// scrape against a site answering 429 with Retry-After: 3600 exits 0 with
// the feed deferred and says until when; the next run asks nothing.
func TestScrapeDeferredByRetryAfter(t *testing.T) {
	t.Parallel()
	fx := fixturesite.New(siteRoot)
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		if r.URL.Path == "/en/news" {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		fx.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	d := newDirs(t)
	args := append([]string{"scrape", "-feed", "news-en"}, d.flags(defaultConfig, srv.URL)...)
	// robots.txt, discovery's /en (404: the fixture site has no language
	// home pages) and /, then /en/news, deferred; then nothing.
	for i, want := range []int32{4, 0} {
		requests.Store(0)
		code, stdout, stderr := run(t, args...)
		if code != cli.ExitOK || !strings.Contains(stderr, `msg="site deferred: its host asked (Retry-After) not to be asked before then; feeds skipped, previous files kept"`) || !strings.Contains(stderr, "feeds=[news-en]") {
			t.Errorf("run %d: exit %d, stderr %q; want 0 and the deferral", i+1, code, stderr)
		}
		if n := strings.Count(stderr, "site deferred"); i == 0 && n != 1 {
			t.Errorf("run %d: the deferral is logged %d times, want once:\n%s", i+1, n, stderr)
		}
		if row := summaryRow(t, stdout, "news-en"); row[1] != "deferred" {
			t.Errorf("run %d: summary result %q, want deferred", i+1, row[1])
		}
		if got := requests.Load(); got != want {
			t.Errorf("run %d: %d requests, want %d", i+1, got, want)
		}
	}
}
