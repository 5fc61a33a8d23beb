package crawl

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sitefeed/item"
	"sitefeed/scraper"
)

// etagged serves body with a content ETag and answers 304 to it.
func etagged(body *string, mu *sync.Mutex) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		b := *body
		mu.Unlock()
		tag := fmt.Sprintf(`"%x"`, sha256.Sum256([]byte(b)))
		w.Header().Set("ETag", tag)
		if r.Header.Get("If-None-Match") == tag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, b)
	}
}

func TestIncrementalCrawl(t *testing.T) {
	s := newSite(t)
	var mu sync.Mutex
	page1 := listPage(10, 9, 8, 7, 6)
	s.handle("/en/news", etagged(&page1, &mu))
	s.html("/en/news?page=2", listPage(5, 4, 3, 2, 1))
	for id := 1; id <= 12; id++ {
		s.html(fmt.Sprintf("/en/news_detail/%d", id), articlePage(id))
	}
	cfg := testConfig(t, s, "")
	m := newMem()

	// First run: every item is new, so pagination goes on until page 3
	// answers 404; each article page is read once.
	st, _, err := run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if st.Pages != 2 || st.Articles != 10 || st.Found != 10 || st.Requests != 14 {
		t.Errorf("first run pages=%d articles=%d found=%d requests=%d, want 2 10 10 14 (robots + 2 lists + 404 + 10 articles)",
			st.Pages, st.Articles, st.Found, st.Requests)
	}
	if got := len(m.items); got != 10 {
		t.Fatalf("stored %d items, want 10", got)
	}

	// Steady state: one conditional request, answered 304.
	before := len(s.requests())
	st, _, err = run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.requests()[before:]; len(got) != 1 || got[0] != "/en/news" || st.NotModified != 1 || !st.Unchanged {
		t.Errorf("steady state requests %v (304s %d, unchanged %v), want exactly [/en/news] answered 304", got, st.NotModified, st.Unchanged)
	}

	// Two new articles: the first list page, the second (a page that
	// brought something new is read on from: it may push an edited item
	// down) and the two article pages.
	mu.Lock()
	page1 = listPage(12, 11, 10, 9, 8)
	mu.Unlock()
	before = len(s.requests())
	st, _, err = run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/en/news", "/en/news?page=2", "/en/news_detail/11", "/en/news_detail/12"}
	got := s.requests()[before:]
	slices.Sort(got[1:])
	if !slices.Equal(got, want) {
		t.Errorf("requests with 2 new items = %v, want %v", got, want)
	}
	if st.Articles != 2 {
		t.Errorf("articles = %d, want 2", st.Articles)
	}
}

func TestBackfillWalksKnownPages(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(6, 5))
	s.html("/en/news?page=2", listPage(4, 3))
	s.html("/en/news?page=3", listPage(2, 1))
	for id := 1; id <= 6; id++ {
		s.html(fmt.Sprintf("/en/news_detail/%d", id), articlePage(id))
	}
	cfg := testConfig(t, s, "")
	m := newMem()
	if _, _, err := run(t, cfg, m, FeedOptions{MaxPages: 1}, m.sink); err != nil {
		t.Fatal(err)
	}
	if len(m.items) != 2 {
		t.Fatalf("after 1 page: %d items, want 2", len(m.items))
	}
	st, _, err := run(t, cfg, m, FeedOptions{Backfill: true}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.items) != 6 || st.Pages != 3 || st.Articles != 4 {
		t.Errorf("backfill: %d items, %d pages, %d articles; want 6, 3, 4 (known articles not refetched)", len(m.items), st.Pages, st.Articles)
	}
}

func TestFaults(t *testing.T) {
	tests := []struct {
		name      string
		setup     func(s *site)
		extra     string
		wantErr   error
		wantInErr string
		wantReqs  int  // requests to /en/news
		atLeast   bool // Go's transport may itself retry a GET once on a reused connection that was reset
		minWait   time.Duration
	}{
		{name: "503 with Retry-After then ok", setup: func(s *site) {
			var n atomic.Int32
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
				if n.Add(1) == 1 {
					w.Header().Set("Retry-After", "3")
					w.WriteHeader(http.StatusServiceUnavailable)
					return
				}
				fmt.Fprint(w, listPage(1))
			})
		}, wantReqs: 2, minWait: 3 * time.Second},
		{name: "429 then ok", setup: func(s *site) {
			var n atomic.Int32
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
				if n.Add(1) == 1 {
					w.WriteHeader(http.StatusTooManyRequests)
					return
				}
				fmt.Fprint(w, listPage(1))
			})
		}, wantReqs: 2},
		{name: "500 every time", setup: func(s *site) {
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) })
		}, wantErr: scraper.ErrHTTPStatus, wantInErr: "HTTP 500", wantReqs: 3},
		{name: "slow past the timeout", extra: "timeout: 100ms\n", setup: func(s *site) {
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-time.After(time.Second):
				case <-r.Context().Done():
				}
			})
		}, wantInErr: "/en/news", wantReqs: 3},
		{name: "connection reset", setup: func(s *site) {
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					conn.Close()
				}
			})
		}, wantInErr: "/en/news", wantReqs: 3, atLeast: true},
		{name: "redirect loop", setup: func(s *site) {
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/en/news?a=1", http.StatusFound) })
			s.handle("/en/news?a=1", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/en/news", http.StatusFound) })
		}, wantInErr: "redirect", wantReqs: 3},
		{name: "redirect to another host", setup: func(s *site) {
			s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "https://evil.example/en/news", http.StatusFound)
			})
		}, wantInErr: "redirect", wantReqs: 1},
		{name: "body larger than the limit", extra: "max_body_size: 2048\n", setup: func(s *site) {
			s.html("/en/news", listPage(1)+strings.Repeat("x", 5000))
		}, wantErr: scraper.ErrTooLarge, wantReqs: 1},
		{name: "200 with an empty body", setup: func(s *site) { s.html("/en/news", "") }, wantErr: scraper.ErrEmptyBody, wantReqs: 1},
		{name: "HTML error page served with 200", setup: func(s *site) {
			s.html("/en/news", "<html><body><h1>Service temporarily unavailable</h1></body></html>")
		}, wantErr: ErrNoItems, wantInErr: `items.selector ".news-item"`, wantReqs: 1},
		{name: "robots.txt disallows the list", setup: func(s *site) {
			s.html("/robots.txt", "User-agent: *\nDisallow: /en/\n")
			s.html("/en/news", listPage(1))
		}, wantErr: scraper.ErrRobots, wantReqs: 0},
		{name: "robots.txt failing", setup: func(s *site) {
			s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
			s.html("/en/news", listPage(1))
		}, wantErr: scraper.ErrRobotsUnavailable, wantReqs: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			s.html("/en/news_detail/1", articlePage(1))
			tt.setup(s)
			cfg := testConfig(t, s, tt.extra)
			m := newMem()
			st, waits, err := run(t, cfg, m, FeedOptions{}, m.sink)
			if tt.wantErr == nil && tt.wantInErr == "" {
				if err != nil {
					t.Fatalf("err = %v, want success", err)
				}
				if len(m.items) != 1 {
					t.Errorf("items = %d, want 1", len(m.items))
				}
			} else {
				if err == nil {
					t.Fatalf("no error, want %v %q", tt.wantErr, tt.wantInErr)
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("err = %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantInErr) || !strings.Contains(err.Error(), "news-en") {
					t.Errorf("err = %q, want it to name the feed and contain %q", err, tt.wantInErr)
				}
				if len(m.items) != 0 {
					t.Errorf("a failed list page produced %d items", len(m.items))
				}
			}
			if got := s.count("/en/news"); got != tt.wantReqs && !(tt.atLeast && got > tt.wantReqs) {
				t.Errorf("requests to /en/news = %d, want %d (log %v)", got, tt.wantReqs, s.requests())
			}
			if tt.minWait > 0 && (len(waits) == 0 || waits[0] < tt.minWait) {
				t.Errorf("waits = %v, want the first >= %v (Retry-After)", waits, tt.minWait)
			}
			if tt.wantReqs > 1 && st.Retries != tt.wantReqs-1 && !strings.Contains(tt.name, "redirect") && !tt.atLeast {
				t.Errorf("retries = %d, want %d", st.Retries, tt.wantReqs-1)
			}
		})
	}
}

func TestArticleErrorKeepsListData(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(2, 1))
	s.html("/en/news_detail/2", articlePage(2))
	var fail atomic.Bool
	fail.Store(true)
	s.handle("/en/news_detail/1", func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, articlePage(1))
	})
	cfg := testConfig(t, s, "")
	m := newMem()
	st, _, err := run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if it := m.items["https://migration.gov.az/en/news_detail/1"]; it.Title != "Item 1" || it.ContentSource != "" {
		t.Errorf("item 1 = %+v, want its list data without content", it)
	}
	if st.ArticleErrors != 1 {
		t.Errorf("article errors = %d, want 1", st.ArticleErrors)
	}
	fail.Store(false)
	if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
		t.Fatal(err)
	}
	if it := m.items["https://migration.gov.az/en/news_detail/1"]; it.ContentSource != "selector" {
		t.Errorf("item 1 not retried on the next run: %+v", it)
	}
	if n := s.count("/en/news_detail/2"); n != 1 {
		t.Errorf("article 2 fetched %d times, want once in its life", n)
	}
}

func TestPoliteness(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(4, 3, 2, 1))
	var inFlight, peak atomic.Int32
	for id := 1; id <= 4; id++ {
		body := articlePage(id)
		s.handle(fmt.Sprintf("/en/news_detail/%d", id), func(w http.ResponseWriter, r *http.Request) {
			n := inFlight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			inFlight.Add(-1)
			fmt.Fprint(w, body)
		})
	}
	cfg := testConfig(t, s, "delay: 150ms\nparallelism: 1\n")
	m := newMem()
	if _, _, err := run(t, cfg, m, FeedOptions{MaxPages: 1}, m.sink); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	times, agents := slices.Clone(s.times), slices.Clone(s.agents)
	s.mu.Unlock()
	// times[0] is robots.txt, fetched before the collector exists.
	for i := 2; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 140*time.Millisecond {
			t.Errorf("gap between requests %d and %d = %v, want >= 150ms delay", i-1, i, gap)
		}
	}
	if peak.Load() != 1 {
		t.Errorf("peak concurrency %d, want 1", peak.Load())
	}
	for _, ua := range agents {
		if !strings.HasPrefix(ua, "sitefeed/test ") || !strings.Contains(ua, "https://example.org/sitefeed") {
			t.Errorf("User-Agent %q lacks name, version and contact URL", ua)
		}
	}
}

func TestRobotsCachedAcrossRuns(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(1))
	s.html("/en/news_detail/1", articlePage(1))
	cfg := testConfig(t, s, "")
	m := newMem()
	for i := 0; i < 2; i++ {
		if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
			t.Fatal(err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.log {
		if l == "/robots.txt" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("robots.txt fetched %d times in two runs, want 1 (cached)", n)
	}
}

func TestTooFewItems(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(1))
	cfg := testConfig(t, s, "")
	m := newMem()
	var got []item.Item
	_, _, err := run(t, cfg, m, FeedOptions{MinItems: 5}, func(items []item.Item) error { got = append(got, items...); return nil })
	if !errors.Is(err, ErrTooFewItems) || len(got) != 0 {
		t.Errorf("err = %v, items %d; want ErrTooFewItems and nothing sunk", err, len(got))
	}
}

func TestBackfillPage2Fails(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(4, 3))
	s.handle("/en/news?page=2", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) })
	for id := 1; id <= 4; id++ {
		s.html(fmt.Sprintf("/en/news_detail/%d", id), articlePage(id))
	}
	cfg := testConfig(t, s, "")
	m := newMem()
	_, _, err := run(t, cfg, m, FeedOptions{Backfill: true}, m.sink)
	if !errors.Is(err, scraper.ErrHTTPStatus) || !strings.Contains(err.Error(), "page=2") {
		t.Fatalf("err = %v, want HTTP 500 naming page 2", err)
	}
	if len(m.items) != 2 || m.items["https://migration.gov.az/en/news_detail/4"].ContentSource == "" {
		t.Errorf("page 1's items were not kept with their articles: %d items", len(m.items))
	}
	if n := s.count("/en/news?page=2"); n != 3 {
		t.Errorf("page 2 requested %d times, want 3 (2 retries)", n)
	}
}

func TestRequestBudget(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(5, 4, 3, 2, 1))
	for id := 1; id <= 5; id++ {
		s.html(fmt.Sprintf("/en/news_detail/%d", id), articlePage(id))
	}
	cfg := testConfig(t, s, "max_requests: 3\n")
	m := newMem()
	st, _, err := run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(s.requests()); got != 3 {
		t.Errorf("requests = %d, want max_requests 3", got)
	}
	if st.ArticleErrors < 3 || len(m.items) != 5 {
		t.Errorf("article errors %d, items %d; want at least 3 skipped articles and all 5 items kept", st.ArticleErrors, len(m.items))
	}
	if !slices.ContainsFunc(st.Warnings, func(w string) bool { return strings.Contains(w, "max_requests") }) {
		t.Errorf("warnings %q do not mention max_requests", st.Warnings)
	}
}

func TestCrawlDelayHonoured(t *testing.T) {
	s := newSite(t)
	s.html("/robots.txt", "User-agent: *\nCrawl-delay: 1\n")
	s.html("/en/news", listPage(1))
	s.html("/en/news_detail/1", articlePage(1))
	cfg := testConfig(t, s, "")
	m := newMem()
	if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.times) < 3 || !slices.Contains(s.log, "/en/news_detail/1") {
		t.Fatalf("requests %v", s.log)
	}
	// times[0] is robots.txt, read before the collector exists.
	for i := 2; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < 950*time.Millisecond {
			t.Errorf("gap %v between %s and %s, want >= Crawl-delay 1s", gap, s.log[i-1], s.log[i])
		}
	}
}

// With parallelism 2 at most two requests are in flight, and both are used.
func TestParallelismCap(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(6, 5, 4, 3, 2, 1))
	var inFlight, peak atomic.Int32
	for id := 1; id <= 6; id++ {
		body := articlePage(id)
		s.handle(fmt.Sprintf("/en/news_detail/%d", id), func(w http.ResponseWriter, r *http.Request) {
			n := inFlight.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(50 * time.Millisecond)
			inFlight.Add(-1)
			fmt.Fprint(w, body)
		})
	}
	cfg := testConfig(t, s, "delay: 0s\nparallelism: 2\n")
	m := newMem()
	if _, _, err := run(t, cfg, m, FeedOptions{MaxPages: 1}, m.sink); err != nil {
		t.Fatal(err)
	}
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency %d, want parallelism 2", p)
	}
}

// Connections are kept alive for every request in flight: net/http's
// default of 2 idle connections per host made a backfill with parallelism
// 4 dial again for most requests (7% of its CPU, and the site's).
func TestConnectionsReused(t *testing.T) {
	s := newSite(t)
	s.srv.Close()
	var dials atomic.Int32
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			dials.Add(1)
		}
	}
	s.srv.Start()
	t.Cleanup(s.srv.Close)
	ids := make([]int, 40)
	for i := range ids {
		ids[i] = 40 - i
		s.html(fmt.Sprintf("/en/news_detail/%d", ids[i]), articlePage(ids[i]))
	}
	s.html("/en/news", listPage(ids...))
	cfg := testConfig(t, s, "delay: 0s\nparallelism: 4\n")
	m := newMem()
	st, _, err := run(t, cfg, m, FeedOptions{MaxPages: 1}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 40 {
		t.Fatalf("articles %d, want 40", st.Articles)
	}
	// robots.txt, then about one connection per request in flight: 4, and
	// under a loaded machine a few more when an idle one is dropped; never
	// anything near one per request.
	if d := dials.Load(); d > 1+2*4 {
		t.Errorf("%d connections for %d requests, want at most 9 (connections reused)", d, st.Requests+1)
	}
}

func TestFallbackURL(t *testing.T) {
	s := newSite(t)
	// /en/news does not exist; the language home page links to articles.
	s.html("/en", `<html><body><div class="slider"><a href="/en/news_detail/2">Second story title</a>
<a href="/en/news_detail/1">First story title</a><a href="/en/press_detail/9">Not news</a></div></body></html>`)
	s.html("/en/news_detail/1", articlePage(1))
	s.html("/en/news_detail/2", articlePage(2))
	cfg := testConfig(t, s, "")
	cfg.Feeds[0].FallbackURLs = []string{"https://migration.gov.az/en/missing", "https://migration.gov.az/en"}
	m := newMem()
	st, _, err := run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.items) != 2 || st.ListSource != "link-pattern" {
		t.Errorf("items %d source %q, want 2 from link-pattern on the fallback", len(m.items), st.ListSource)
	}
	if len(st.Discovered) != 1 || st.Discovered[0].URL != "https://migration.gov.az/en" {
		t.Errorf("discovered %+v, want the fallback https://migration.gov.az/en", st.Discovered)
	}
	if !slices.ContainsFunc(st.Notes, func(w string) bool {
		return strings.Contains(w, "list page found at https://migration.gov.az/en through") && strings.Contains(w, "add it to list_urls")
	}) {
		t.Errorf("notes %q do not name the page found", st.Notes)
	}
	if n := s.count("/en/missing"); n != 1 {
		t.Errorf("/en/missing fetched %d times, want 1", n)
	}

	// The next run goes straight to the page found: one request for the
	// list, none for discovery.
	before := s.count("/en/news")
	if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
		t.Fatal(err)
	}
	if n := s.count("/en/news") - before; n != 0 {
		t.Errorf("the failing list URL was fetched %d more times, want 0 (the discovered page is remembered)", n)
	}

	// Without fallbacks the 404 fails the feed, naming what was tried.
	cfg.Feeds[0].FallbackURLs = nil
	_, _, err = run(t, cfg, newMem(), FeedOptions{}, nil)
	if !errors.Is(err, scraper.ErrHTTPStatus) {
		t.Errorf("err = %v, want the list page's 404", err)
	}
	if err == nil || !strings.Contains(err.Error(), "discovery found no list page either") || !strings.Contains(err.Error(), "https://migration.gov.az/ (home page): status 404") {
		t.Errorf("err = %v, want what discovery tried", err)
	}
}

// A mirror whose pages link to the mirror itself still gives the site's
// canonical URLs.
func TestMirrorLinksToItself(t *testing.T) {
	s := newSite(t)
	cfg := testConfig(t, s, "")
	s.html("/en/news", `<html><body><div class="news-item"><h3><a href="`+s.srv.URL+`/en/news_detail/1">One</a></h3></div></body></html>`)
	s.html("/en/news_detail/1", articlePage(1))
	m := newMem()
	if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
		t.Fatal(err)
	}
	if _, ok := m.items["https://migration.gov.az/en/news_detail/1"]; !ok || len(m.items) != 1 {
		t.Errorf("items %v, want the canonical https://migration.gov.az/en/news_detail/1", m.items)
	}
}

// include/exclude filter items; a page whose items are all filtered out is
// neither an error nor a reason to read the next page.
func TestFiltersDoNotFailTheFeed(t *testing.T) {
	s := newSite(t)
	s.html("/en/news", listPage(3, 2, 1))
	s.html("/en/news?page=2", listPage(0))
	for id := 1; id <= 3; id++ {
		s.html(fmt.Sprintf("/en/news_detail/%d", id), articlePage(id))
	}
	cfg := testConfig(t, s, "")
	cfg.Feeds[0].IncludeRe = regexp.MustCompile(`visa`)
	m := newMem()
	st, _, err := run(t, cfg, m, FeedOptions{}, m.sink)
	if err != nil {
		t.Fatalf("err = %v, want success with no item", err)
	}
	if len(m.items) != 0 || st.FirstPageItems != 3 {
		t.Errorf("stored %d, first page %d; want 0 stored of 3 listed", len(m.items), st.FirstPageItems)
	}
	if got := s.requests(); len(got) != 1 {
		t.Errorf("requests %v, want only the first list page", got)
	}
	cfg.Feeds[0].IncludeRe = regexp.MustCompile(`Item 2`)
	if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
		t.Fatal(err)
	}
	if _, ok := m.items["https://migration.gov.az/en/news_detail/2"]; !ok || len(m.items) != 1 {
		t.Errorf("items %v, want only item 2", m.items)
	}
}

// Relative links resolve against where a redirect ended, not the URL asked for.
func TestRelativeLinksAfterRedirect(t *testing.T) {
	s := newSite(t)
	s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/en/list/", http.StatusMovedPermanently)
	})
	s.html("/en/list/", `<html><body><div class="news-item"><h3><a href="../news_detail/5">Five</a></h3></div></body></html>`)
	s.html("/en/news_detail/5", articlePage(5))
	cfg := testConfig(t, s, "")
	m := newMem()
	if _, _, err := run(t, cfg, m, FeedOptions{}, m.sink); err != nil {
		t.Fatal(err)
	}
	if _, ok := m.items["https://migration.gov.az/en/news_detail/5"]; !ok {
		t.Errorf("items %v, want /en/news_detail/5 (resolved against /en/list/)", m.items)
	}
}

// run_timeout ends a request already in flight, not only the next one.
func TestRunTimeoutEndsRequestInFlight(t *testing.T) {
	s := newSite(t)
	s.handle("/en/news", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	cfg := testConfig(t, s, "timeout: 10s\n")
	sc, err := newSiteCrawler(context.Background(), siteOptions{Config: cfg, Memory: newMem()})
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = sc.Feed(ctx, &cfg.Feeds[0], FeedOptions{}, func([]item.Item) error { return nil })
	if err == nil || time.Since(start) > 2*time.Second {
		t.Errorf("Feed returned %v after %v, want an error within the 200ms run timeout", err, time.Since(start))
	}
}
