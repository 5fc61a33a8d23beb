package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"sitefeed/conditional"
	"sitefeed/config"
	"sitefeed/item"
)

// site is a small programmable test server standing in for the site.
type site struct {
	mu     sync.Mutex
	pages  map[string]func(w http.ResponseWriter, r *http.Request)
	log    []string
	times  []time.Time
	srv    *httptest.Server
	agents []string
}

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]func(http.ResponseWriter, *http.Request){}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	s.html("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.log = append(s.log, r.URL.RequestURI())
	s.times = append(s.times, time.Now())
	s.agents = append(s.agents, r.UserAgent())
	h := s.pages[r.URL.RequestURI()]
	s.mu.Unlock()
	if h == nil {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

func (s *site) handle(path string, h func(w http.ResponseWriter, r *http.Request)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = h
}

func (s *site) html(path, body string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, body)
	})
}

// requests returns the request log without robots.txt.
func (s *site) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, l := range s.log {
		if l != "/robots.txt" {
			out = append(out, l)
		}
	}
	return out
}

func (s *site) count(path string) int {
	n := 0
	for _, l := range s.requests() {
		if l == path {
			n++
		}
	}
	return n
}

// listPage renders a list page in the default markup for ids.
func listPage(ids ...int) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"></head><body><div class="news-list">`)
	for _, id := range ids {
		fmt.Fprintf(&b, `<div class="news-item"><h3 class="news-title"><a href="/en/news_detail/%d">Item %d</a></h3><span class="news-date">0%d.11.2025</span></div>`, id, id, id%9+1)
	}
	b.WriteString(`</div></body></html>`)
	return b.String()
}

func articlePage(id int) string {
	return fmt.Sprintf(`<html><head><meta charset="utf-8"></head><body><div class="news-detail"><h1>Item %d</h1>
<div class="news-content"><p>Body of item %d, long enough to count as the article's content.</p></div></div></body></html>`, id, id)
}

// testConfig points a one-feed config at the test server; extra holds
// top-level keys that replace the defaults here.
func testConfig(t *testing.T, s *site, extra string) *config.Config {
	t.Helper()
	globals := []string{
		`user_agent: "sitefeed/{version} (+https://example.org/sitefeed)"`,
		"hosts: [migration.gov.az, www.migration.gov.az]",
		"origin: " + s.srv.URL,
		"delay: 1ms", "retries: 2", "retry_max_wait: 5s", "timeout: 2s",
	}
	y := extra
	for _, g := range globals {
		key, _, _ := strings.Cut(g, ":")
		if !strings.Contains(extra, key+":") {
			y += g + "\n"
		}
	}
	y += `feeds:
  - name: news-en
    language: en
    list_urls: [https://migration.gov.az/en/news]
    link_pattern: '^https://migration\.gov\.az/en/news_detail/[0-9]+$'
    items:
      selector: ".news-item"
      title: "h3"
      link: "a@href"
      date: ".news-date"
    pagination:
      template: "https://migration.gov.az/en/news?page={page}"
      max_pages: 3
    article:
      title: "h1"
      content: ".news-content"
`
	cfg, err := config.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// mem is an in-memory Memory.
type mem struct {
	mu    sync.Mutex
	items map[string]item.Item
	val   map[string]conditional.Validators
	blobs map[string][]byte
}

func newMem() *mem {
	return &mem{items: map[string]item.Item{}, val: map[string]conditional.Validators{}, blobs: map[string][]byte{}}
}

func (m *mem) Lookup(_ string, urls []string) (map[string]item.Known, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]item.Known{}
	for _, u := range urls {
		if it, ok := m.items[u]; ok {
			out[u] = item.Known{Stored: true, HasArticle: it.ContentSource != "", Title: it.Title, Published: it.Published}
		}
	}
	return out, nil
}

func (m *mem) Pending(string, int) ([]item.Item, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []item.Item
	for _, it := range m.items {
		if it.ContentSource == "" {
			out = append(out, it)
		}
	}
	return out, nil
}

func (m *mem) Stale(_ string, before time.Time, limit int) ([]item.Item, time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []item.Item
	for u, it := range m.items {
		if v, ok := m.val[u]; it.ContentSource != "" && it.ContentSource != "none" && (!ok || v.Checked.Before(before)) && len(out) < limit {
			out = append(out, it)
		}
	}
	return out, time.Time{}, nil
}

func (m *mem) Validators(u string) (conditional.Validators, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.val[u]
	return v, ok, nil
}

func (m *mem) SetValidators(u string, v conditional.Validators) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.val[u] = v
	return nil
}

func (m *mem) Blob(k string) ([]byte, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.blobs[k]
	return b, ok, nil
}

func (m *mem) SetBlob(k string, b []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.blobs[k] = b
	return nil
}

// sink stores items like the store would (list data never erases content).
func (m *mem) sink(items []item.Item) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, it := range items {
		old := m.items[it.URL]
		if it.ContentSource == "" {
			it.ContentSource, it.Content = old.ContentSource, old.Content
		}
		m.items[it.URL] = it
	}
	return nil
}

// run runs the feed once with a fresh Scraper, as every run does.
func run(t *testing.T, cfg *config.Config, m Memory, opt FeedOptions, sink Sink) (Stats, []time.Duration, error) {
	t.Helper()
	var mu sync.Mutex
	var waits []time.Duration
	s, err := newSiteCrawler(context.Background(), siteOptions{Config: cfg, Version: "test", Memory: m, RetryBase: time.Millisecond,
		Sleep: func(_ context.Context, d time.Duration) error {
			mu.Lock()
			waits = append(waits, d)
			mu.Unlock()
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if sink == nil {
		sink = func([]item.Item) error { return nil }
	}
	defer s.Close()
	st, err := s.Feed(context.Background(), &cfg.Feeds[0], opt, sink)
	return st, waits, err
}
