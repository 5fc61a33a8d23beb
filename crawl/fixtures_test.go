package crawl

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"sitefeed/config"
	"sitefeed/internal/fixturesite"
	"sitefeed/item"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixtureRun is the outcome of scraping every configured feed once
// against the fixture site.
type fixtureRun struct {
	items    map[string][]item.Item // per feed, in sink order
	stats    map[string]Stats
	requests []fixturesite.Request
}

// scrapeFixture runs every feed of the default config once, with a fresh
// in-memory Memory, against a copy of testdata/site.
func scrapeFixture(t *testing.T) fixtureRun {
	t.Helper()
	root := fixturesite.Copy(t, filepath.Join("..", "testdata", "site"))
	fs := fixturesite.New(root)
	srv := httptest.NewServer(fs)
	t.Cleanup(srv.Close)
	cfg, err := config.Load(filepath.Join("..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.SetOrigin(srv.URL); err != nil {
		t.Fatal(err)
	}
	cfg.SetDelay(0, 0)
	s, err := newSiteCrawler(context.Background(), siteOptions{Config: cfg, Version: "test", Memory: newMem(),
		Now: fixedClock, RetryBase: time.Millisecond, Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	out := fixtureRun{items: map[string][]item.Item{}, stats: map[string]Stats{}}
	var mu sync.Mutex
	for i := range cfg.Feeds {
		f := &cfg.Feeds[i]
		st, err := s.Feed(context.Background(), f, FeedOptions{}, func(items []item.Item) error {
			mu.Lock()
			defer mu.Unlock()
			out.items[f.Name] = append(out.items[f.Name], items...)
			return nil
		})
		if err != nil {
			t.Fatalf("feed %s: %v", f.Name, err)
		}
		out.stats[f.Name] = st
	}
	out.requests = fs.Requests()
	return out
}

func fixedClock() time.Time { return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC) }

// fixtureFeeds are the default config's feeds and the number of unique
// items the fixture site lists for each (testdata/site/CASES.md).
var fixtureFeeds = []struct {
	name  string
	items int
}{{"news-az", 16}, {"press-az", 9}, {"news-en", 16}, {"press-en", 5}, {"news-ru", 16}, {"press-ru", 4}}

func TestFixtureGoldens(t *testing.T) {
	run := scrapeFixture(t)
	for _, ff := range fixtureFeeds {
		name := ff.name
		t.Run("golden/"+name, func(t *testing.T) {
			items := slices.Clone(run.items[name])
			if len(items) == 0 {
				t.Fatal("no items")
			}
			slices.SortFunc(items, func(a, b item.Item) int { return strings.Compare(a.URL, b.URL) })
			got, err := json.MarshalIndent(items, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("items differ from %s (run with -update after checking the diff):\n%s", path, firstDiff(got, want))
			}
		})
	}
	t.Run("cases", func(t *testing.T) { checkFixtureCases(t, run) })
	t.Run("requests", func(t *testing.T) { checkFixtureRequests(t, run.requests) })
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return "(lengths differ)"
}

// find returns the feed's item whose URL ends with "/"+id.
func find(t *testing.T, run fixtureRun, feed, id string) item.Item {
	t.Helper()
	for _, it := range run.items[feed] {
		if strings.HasSuffix(it.URL, "/"+id) {
			return it
		}
	}
	t.Fatalf("%s: no item %s", feed, id)
	return item.Item{}
}

var canonicalItemURL = regexp.MustCompile(`^https://migration\.gov\.az/(az|en|ru)/(news|press)_detail/[0-9]+$`)

// checkFixtureCases asserts the ugly cases of testdata/site/CASES.md one
// by one, so a golden refreshed carelessly cannot hide a regression.
func checkFixtureCases(t *testing.T, run fixtureRun) {
	baku, err := time.LoadLocation("Asia/Baku")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("unique canonical URLs", func(t *testing.T) { checkURLs(t, run) })
	t.Run("undated items stay undated", func(t *testing.T) {
		for _, c := range []struct{ feed, id string }{{"news-az", "16667"}, {"news-en", "16699"}} {
			if p := find(t, run, c.feed, c.id).Published; !p.IsZero() {
				t.Errorf("%s %s: Published = %v, want zero (no date on the site)", c.feed, c.id, p)
			}
		}
	})
	t.Run("16701 once in news-az", func(t *testing.T) {
		n := 0
		for _, it := range run.items["news-az"] {
			if it.URL == "https://migration.gov.az/az/news_detail/16701" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("16701 sunk %d times, want 1", n)
		}
	})
	t.Run("windows-1251", func(t *testing.T) {
		for id, want := range map[string]string{
			"16680": "Подписан меморандум о сотрудничестве с Государственным агентством занятости",
			"16676": "Сотрудники Службы прошли тренинг МОМ по выявлению жертв торговли людьми",
		} {
			it := find(t, run, "news-ru", id)
			if it.Title != want {
				t.Errorf("ru %s title = %q, want %q", id, it.Title, want)
			}
			if !strings.Contains(it.Content, "меморандум") && !strings.Contains(it.Content, "МОМ") || strings.ContainsAny(it.Content, "\uFFFDÐÑ") {
				t.Errorf("ru %s content is not clean Russian: %.200q", id, it.Content)
			}
		}
	})
	t.Run("sanitised 16693", func(t *testing.T) {
		c := strings.ToLower(find(t, run, "news-az", "16693").Content)
		for _, bad := range []string{"<script", "onclick", "onerror", "<iframe", "<form", "<input", "<button", "javascript:", "<style", "style=", "alert(", "document.write"} {
			if strings.Contains(c, bad) {
				t.Errorf("content contains %q", bad)
			}
		}
	})
	t.Run("controls stripped 16698", func(t *testing.T) {
		it := find(t, run, "news-az", "16698")
		if strings.ContainsAny(it.Title, "\f\b") || strings.ContainsAny(it.Content, "\f\b") || strings.ContainsAny(it.Summary, "\f\b") {
			t.Errorf("control characters left: title %q", it.Title)
		}
		if !strings.HasPrefix(it.Title, "Miqrasiya Məcəlləsinə") {
			t.Errorf("title = %q", it.Title)
		}
	})
	t.Run("entities decoded once", func(t *testing.T) {
		for _, c := range []struct{ feed, id, want string }{
			{"news-en", "16722", "SMS & IOM agree on joint work plan for 2026"},
			{"news-az", "16701", `Şirvan "ASAN xidmət" mərkəzində miqrasiya xidmətləri göstərilməyə başlanıb`},
		} {
			if got := find(t, run, c.feed, c.id).Title; got != c.want {
				t.Errorf("%s %s title = %q, want %q", c.feed, c.id, got, c.want)
			}
		}
	})
	t.Run("variant markup", func(t *testing.T) { checkVariants(t, run) })
	t.Run("pdf attachment", func(t *testing.T) {
		att := find(t, run, "press-az", "2889").Attachments
		want := item.Attachment{URL: "https://migration.gov.az/uploads/files/elan-2026.pdf", Title: "Elanın mətni (PDF)", Type: "application/pdf"}
		if len(att) != 1 || att[0].URL != want.URL || att[0].Type != want.Type {
			t.Errorf("attachments = %+v, want one %+v", att, want)
		}
	})
	t.Run("base href 16704", func(t *testing.T) {
		c := find(t, run, "news-en", "16704").Content
		for _, want := range []string{`href="https://migration.gov.az/en/news_detail/16690"`, `src="https://migration.gov.az/uploads/news/16704_2.jpg"`} {
			if !strings.Contains(c, want) {
				t.Errorf("content lacks %s:\n%s", want, c)
			}
		}
		for _, m := range regexp.MustCompile(`(?:href|src)="([^"]*)"`).FindAllStringSubmatch(c, -1) {
			if !strings.HasPrefix(m[1], "https://migration.gov.az/") {
				t.Errorf("content link %q is not absolute on the site", m[1])
			}
		}
	})
	t.Run("IOM sample 15742", func(t *testing.T) {
		it := find(t, run, "news-en", "15742")
		want := time.Date(2023, 11, 27, 0, 0, 0, 0, baku)
		if !it.Published.Equal(want) {
			t.Errorf("Published = %v, want %v", it.Published, want)
		}
		if _, off := it.Published.Zone(); off != 4*3600 {
			t.Errorf("Published offset = %ds, want +04:00", off)
		}
		if !strings.Contains(it.Title, "114th session of the Council") || !strings.Contains(it.Content, "29 November") {
			t.Errorf("incomplete: title %q, content %.200q", it.Title, it.Content)
		}
	})
}

func checkURLs(t *testing.T, run fixtureRun) {
	for _, ff := range fixtureFeeds {
		items := run.items[ff.name]
		seen := map[string]bool{}
		for _, it := range items {
			if seen[it.URL] {
				t.Errorf("%s: %s twice", ff.name, it.URL)
			}
			seen[it.URL] = true
			if !canonicalItemURL.MatchString(it.URL) {
				t.Errorf("%s: URL %q is not canonical", ff.name, it.URL)
			}
			links := append([]string{it.Image}, it.Images...)
			for _, a := range it.Attachments {
				links = append(links, a.URL)
			}
			for _, l := range links {
				if l != "" && (!strings.HasPrefix(l, "https://migration.gov.az/") || strings.Contains(l, "index.php") || strings.Contains(l, "utm_")) {
					t.Errorf("%s %s: link %q is not canonical", ff.name, it.URL, l)
				}
			}
			if it.Title == "" || it.Language != ff.name[len(ff.name)-2:] {
				t.Errorf("%s %s: title %q language %q", ff.name, it.URL, it.Title, it.Language)
			}
		}
		if len(seen) != ff.items {
			t.Errorf("%s: %d unique items, want %d", ff.name, len(seen), ff.items)
		}
	}
}

// checkVariants: the press tables match no item selector and some press
// articles no content selector (case 16).
func checkVariants(t *testing.T, run fixtureRun) {
	for _, feed := range []string{"press-en", "press-ru"} {
		if got := run.stats[feed].ListSource; got != "link-pattern" {
			t.Errorf("%s: Stats.ListSource = %q, want link-pattern", feed, got)
		}
		for _, it := range run.items[feed] {
			if it.ListSource != "link-pattern" {
				t.Errorf("%s %s: ListSource = %q, want link-pattern", feed, it.URL, it.ListSource)
			}
		}
	}
	for _, c := range []struct{ feed, id, want string }{
		// The default config names no article.content: the text's block is
		// inferred on every variant of the markup (readability is the last
		// resort, for text not in paragraphs).
		{"press-en", "400", "inferred"}, {"press-en", "398", "inferred"}, {"press-en", "396", "inferred"},
		{"press-ru", "2891", "inferred"}, {"press-ru", "2884", "inferred"},
		{"press-en", "399", "inferred"}, {"press-en", "397", "inferred"},
		{"press-ru", "2889", "inferred"}, {"press-ru", "2887", "inferred"},
	} {
		it := find(t, run, c.feed, c.id)
		if it.ContentSource != c.want || it.Content == "" {
			t.Errorf("%s %s: ContentSource = %q (content %d bytes), want %s", c.feed, c.id, it.ContentSource, len(it.Content), c.want)
		}
	}
}

// checkFixtureRequests: every request was a polite GET for a fixture
// file, except the language home pages discovery tries.
func checkFixtureRequests(t *testing.T, reqs []fixturesite.Request) {
	if len(reqs) == 0 {
		t.Fatal("no request logged")
	}
	var notFound []string
	robots := 0
	for _, r := range reqs {
		if r.Method != http.MethodGet {
			t.Errorf("%s %s, want GET", r.Method, r.URL)
		}
		if !strings.Contains(r.UserAgent, "sitefeed/") {
			t.Errorf("%s: User-Agent %q lacks sitefeed/", r.URL, r.UserAgent)
		}
		switch r.Status {
		case http.StatusOK:
		case http.StatusNotFound:
			notFound = append(notFound, r.URL)
		default:
			t.Errorf("%s: status %d", r.URL, r.Status)
		}
		if r.URL == "/robots.txt" {
			robots++
		}
	}
	slices.Sort(notFound)
	// The fixture site has no language home pages: discovery tries them,
	// then the site's root, whose menu leads to every list page. No blind
	// guess of a next page is made (pagination comes from the pages).
	want := []string{"/az", "/en", "/ru"}
	if !slices.Equal(notFound, want) {
		t.Errorf("404s = %q, want only the missing language home pages %q", notFound, want)
	}
	if robots != 1 {
		t.Errorf("robots.txt fetched %d times, want 1 per run", robots)
	}
	// robots.txt + discovery (3 404s and /) + 3+2+3+1+3+1 list pages + 66
	// article pages: discovery costs one request more than the guessed
	// list URLs did (their pagination ended in three 404s).
	if len(reqs) != 84 {
		var urls []string
		for _, r := range reqs {
			urls = append(urls, r.URL)
		}
		t.Errorf("%d requests, want 84: %q", len(reqs), urls)
	}
}
