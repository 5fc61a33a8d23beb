package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitefeed/config"
	"sitefeed/store"
)

// twoSites is a configuration of two sites, each with one feed, served by
// two test servers, with a politeness delay of delay on each host.
func twoSites(t *testing.T, a, b *site, delay time.Duration) *config.Config {
	t.Helper()
	dir := t.TempDir()
	y := fmt.Sprintf(`user_agent: "sitefeed/{version} (+https://example.org/sitefeed)"
timeout: 2s
retries: 0
output_dir: %s
db: %s
delay: %s
sites:
  - name: alpha
    hosts: [alpha.example]
    origin: %s
    defaults:
      items: {selector: ".news-item", title: "h3", link: "a@href", date: ".news-date"}
      article: {title: "h1", content: ".news-content"}
      pagination: {max_pages: 1}
    feeds:
      - name: alpha-news
        language: en
        list_urls: [https://alpha.example/en/news]
        link_pattern: '^https://alpha\.example/en/news_detail/[0-9]+$'
  - name: beta
    hosts: [beta.example, www.beta.example]
    origin: %s
    urls: {strip_prefixes: [/index.php]}
    timezone: Europe/Moscow
    defaults:
      items: {selector: ".news-item", title: "h3", link: "a@href", date: ".news-date"}
      article: {title: "h1", content: ".news-content"}
      pagination: {max_pages: 1}
    feeds:
      - name: beta-news
        language: ru
        list_urls: [https://beta.example/en/news]
`, filepath.Join(dir, "public"), filepath.Join(dir, "sitefeed.db"), delay, a.srv.URL, b.srv.URL)
	cfg, err := config.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestTwoSitesInOneRun(t *testing.T) {
	t.Parallel()
	a, b := newSite(t), newSite(t)
	for _, s := range []*site{a, b} {
		s.html("/en/news", listPage(1, 2, 3))
		for id := 1; id <= 3; id++ {
			s.html(fmt.Sprintf("/en/news_detail/%d", id), articlePage(id))
		}
	}
	const delay = 150 * time.Millisecond
	cfg := twoSites(t, a, b, delay)
	st, err := store.Open(cfg.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	rep, err := Run(context.Background(), Options{Config: cfg, Store: st, Version: "test"})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if len(rep.Feeds) != 2 {
		t.Fatalf("%d feed results, want 2", len(rep.Feeds))
	}
	// Items and GUIDs are each site's own.
	for feed, host := range map[string]string{"alpha-news": "alpha.example", "beta-news": "beta.example"} {
		entries, err := st.Entries(feed, 0)
		if err != nil || len(entries) != 3 {
			t.Fatalf("%s: %d entries, %v; want 3", feed, len(entries), err)
		}
		for _, e := range entries {
			if !strings.HasPrefix(e.URL, "https://"+host+"/en/news_detail/") {
				t.Errorf("%s: item URL %s is not on %s", feed, e.URL, host)
			}
		}
	}
	// Each host kept its own politeness, and the two ran at the same time.
	for name, s := range map[string]*site{"alpha": a, "beta": b} {
		s.mu.Lock()
		times := append([]time.Time(nil), s.times...)
		s.mu.Unlock()
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap < delay-10*time.Millisecond {
				t.Errorf("%s: gap %v between requests %d and %d, want >= %v", name, gap, i-1, i, delay)
			}
		}
	}
	if !overlap(a, b) {
		t.Errorf("the two sites were crawled one after the other, want in parallel")
	}
	// One index and one OPML list both sites' feeds.
	for _, file := range []string{"index.html", "feeds.opml"} {
		data, err := os.ReadFile(filepath.Join(cfg.OutputDir, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, feed := range []string{"alpha-news", "beta-news"} {
			if !bytes.Contains(data, []byte(feed+".rss")) {
				t.Errorf("%s does not list %s", file, feed)
			}
		}
	}

	// A failing site leaves the other's feeds written and its own last
	// good files untouched.
	before := map[string][]byte{}
	for _, ext := range []string{"rss", "atom", "json"} {
		before[ext] = mustRead(t, filepath.Join(cfg.OutputDir, "beta-news."+ext))
	}
	b.handle("/en/news", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusInternalServerError) })
	a.html("/en/news", listPage(4, 1, 2, 3))
	a.html("/en/news_detail/4", articlePage(4))
	rep, err = Run(context.Background(), Options{Config: cfg, Store: st, Version: "test"})
	if !errors.Is(err, ErrFeedsFailed) || !strings.Contains(err.Error(), "beta-news") {
		t.Fatalf("run: %v, want ErrFeedsFailed naming beta-news", err)
	}
	if r := result(t, rep, "alpha-news"); r.Err != nil || r.Merge.New != 1 {
		t.Errorf("alpha-news: %v, %d new; want ok, 1 new", r.Err, r.Merge.New)
	}
	if !bytes.Contains(mustRead(t, filepath.Join(cfg.OutputDir, "alpha-news.rss")), []byte("alpha.example/en/news_detail/4")) {
		t.Errorf("alpha-news.rss lacks the new item")
	}
	for ext, was := range before {
		if now := mustRead(t, filepath.Join(cfg.OutputDir, "beta-news."+ext)); !bytes.Equal(now, was) {
			t.Errorf("beta-news.%s changed although its site failed", ext)
		}
	}
}

// overlap reports that the two servers' request spans overlap in time.
func overlap(a, b *site) bool {
	a.mu.Lock()
	ta := append([]time.Time(nil), a.times...)
	a.mu.Unlock()
	b.mu.Lock()
	tb := append([]time.Time(nil), b.times...)
	b.mu.Unlock()
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	return ta[0].Before(tb[len(tb)-1]) && tb[0].Before(ta[len(ta)-1])
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The configuration's site rules: names, origins, shared hosts.
func TestSiteConfig(t *testing.T) {
	a, b := newSite(t), newSite(t)
	cfg := twoSites(t, a, b, 0)
	if got := cfg.ForSite("beta"); got == nil || got.Hosts[0] != "beta.example" || len(got.Feeds) != 1 ||
		got.Feeds[0].Name != "beta-news" || got.Feeds[0].Location.String() != "Europe/Moscow" {
		t.Errorf("ForSite(beta) = %+v", got)
	}
	if err := cfg.SetOrigin("http://127.0.0.1:1"); err == nil {
		t.Errorf("a bare -origin with two sites was accepted")
	}
	if err := cfg.SetOrigin("beta=http://127.0.0.1:2"); err != nil || cfg.ForSite("beta").Origin != "http://127.0.0.1:2" {
		t.Errorf("SetOrigin(beta=...) = %v, origin %q", err, cfg.ForSite("beta").Origin)
	}
	if err := cfg.SetOrigin("gamma=http://127.0.0.1:2"); err == nil || !strings.Contains(err.Error(), "alpha, beta") {
		t.Errorf("SetOrigin(gamma=...) = %v, want an error listing the sites", err)
	}
}
