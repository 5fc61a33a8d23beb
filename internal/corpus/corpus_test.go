package corpus

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitefeed/config"
	"sitefeed/extract"
	"sitefeed/internal/fixturesite"
	"sitefeed/sanitize"
)

const (
	testPer   = 25 // 3 news list pages, the last one half full
	testPress = 12 // 2 press list pages
)

func generate(t *testing.T, seed int) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := Generate(dir, Options{PerLanguage: testPer, PressPerLanguage: testPress, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// hashTree maps every file below dir to the SHA-256 of its bytes.
func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = fmt.Sprintf("%x", sha256.Sum256(raw))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerateDeterministic(t *testing.T) {
	a, b := hashTree(t, generate(t, 7)), hashTree(t, generate(t, 7))
	if len(a) != len(b) {
		t.Fatalf("same seed: %d files vs %d", len(a), len(b))
	}
	for name, h := range a {
		if b[name] != h {
			t.Errorf("same seed, %s differs", name)
		}
	}
	c := hashTree(t, generate(t, 8))
	for _, name := range []string{"az/news.html", "en/news_detail/14001.html", "ru/press@page=2.html"} {
		if a[name] == "" {
			t.Errorf("%s missing", name)
		}
		if a[name] == c[name] {
			t.Errorf("seeds 7 and 8 give the same %s", name)
		}
	}
}

func TestGenerateCounts(t *testing.T) {
	dir := t.TempDir()
	st, err := Generate(dir, Options{PerLanguage: testPer, PressPerLanguage: testPress})
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{ListPages: 3 * (3 + 2), Articles: 3 * (testPer + testPress)}
	if st.ListPages != want.ListPages || st.Articles != want.Articles {
		t.Errorf("stats = %+v, want %d list pages and %d articles", st, want.ListPages, want.Articles)
	}
	files := hashTree(t, dir)
	if st.Files != len(files) {
		t.Errorf("stats count %d files, %d on disk", st.Files, len(files))
	}
	for _, name := range []string{"robots.txt", "index.html", "az/news@page=3.html", "en/press@page=2.html",
		"ru/news_detail/14025.html", "az/press_detail/2012.html"} {
		if files[name] == "" {
			t.Errorf("%s missing", name)
		}
	}
	for _, name := range []string{"az/news@page=4.html", "ru/news_detail/14026.html", "en/press@page=3.html"} {
		if files[name] != "" {
			t.Errorf("%s exists, the series ends before it", name)
		}
	}
	var size int64
	for _, l := range Languages {
		for id := 14001; id < 14001+testPer; id++ {
			fi, err := os.Stat(filepath.Join(dir, l, "news_detail", fmt.Sprintf("%d.html", id)))
			if err != nil {
				t.Fatal(err)
			}
			size += fi.Size()
		}
	}
	if avg := size / int64(3*testPer); avg < 7500 || avg > 10500 {
		t.Errorf("article pages average %d bytes, want about 9 KB", avg)
	}
}

// feedExtractor is the default config's extractor for one feed.
func feedExtractor(t *testing.T, name string) *extract.Extractor {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range cfg.Feeds {
		if cfg.Feeds[i].Name == name {
			return extract.New(&cfg.Feeds[i], cfg.Rules(), sanitize.New(cfg.Rules()))
		}
	}
	t.Fatalf("no feed %s in config.yaml", name)
	return nil
}

func readPage(t *testing.T, dir, rel string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// list extracts list page number num.
func list(t *testing.T, ex *extract.Extractor, dir, rel, pageURL string, num int) extract.ListPage {
	t.Helper()
	u, _ := url.Parse(pageURL)
	page, err := ex.ListAt(readPage(t, dir, rel), "text/html", u, num)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return page
}

func TestDefaultConfigExtracts(t *testing.T) {
	dir := generate(t, 1)
	tests := []struct {
		feed, rel, url string
		num, items     int
		next           string
	}{
		{"news-az", "az/news.html", "https://migration.gov.az/az/news", 1, 10, "https://migration.gov.az/az/news?page=2"},
		{"news-en", "en/news@page=2.html", "https://migration.gov.az/en/news?page=2", 2, 10, "https://migration.gov.az/en/news?page=3"},
		{"news-ru", "ru/news@page=3.html", "https://migration.gov.az/ru/news?page=3", 3, 5, ""},
		{"press-az", "az/press.html", "https://migration.gov.az/az/press", 1, 10, "https://migration.gov.az/az/press?page=2"},
		{"press-ru", "ru/press@page=2.html", "https://migration.gov.az/ru/press?page=2", 2, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.feed+"/"+tt.rel, func(t *testing.T) {
			page := list(t, feedExtractor(t, tt.feed), dir, tt.rel, tt.url, tt.num)
			// The default config carries no selector: items are inferred
			// from the links matching link_pattern.
			if len(page.Items) != tt.items || page.Source != extract.SourceLinkPattern {
				t.Fatalf("%d items from %q, want %d inferred from link_pattern (warnings %v)", len(page.Items), page.Source, tt.items, page.Warnings)
			}
			if page.Next != tt.next {
				t.Errorf("next = %q, want %q", page.Next, tt.next)
			}
			for i, it := range page.Items {
				if it.Title == "" || !it.Dated() || !strings.HasPrefix(it.URL, "https://migration.gov.az/") {
					t.Errorf("item %d incomplete: %+v", i, it)
				}
				if i > 0 && it.Published.After(page.Items[i-1].Published) {
					t.Errorf("item %d is newer than item %d", i, i-1)
				}
			}
		})
	}
}

func TestArticlesMatchTheirListEntry(t *testing.T) {
	dir := generate(t, 1)
	for li, l := range Languages {
		ex := feedExtractor(t, "news-"+l)
		page := list(t, ex, dir, l+"/news.html", "https://migration.gov.az/"+l+"/news", 1)
		it := page.Items[li] // a different article per language
		u, _ := url.Parse(it.URL)
		a, err := ex.Article(readPage(t, dir, strings.TrimPrefix(u.Path, "/")+".html"), "text/html", u)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != it.Title || a.ContentSource != extract.SourceInferred || len(a.Content) < 5000 {
			t.Errorf("%s: title %q (list %q), content %d bytes from %q", it.URL, a.Title, it.Title, len(a.Content), a.ContentSource)
		}
		baku := time.FixedZone("", 4*3600)
		if a.Published.In(baku).Format(time.DateOnly) != it.Published.In(baku).Format(time.DateOnly) {
			t.Errorf("%s: article date %v, list date %v", it.URL, a.Published, it.Published)
		}
		if strings.Contains(a.Content, "10.10.2023") {
			t.Errorf("%s: the footer's last-updated line leaked into the content", it.URL)
		}
	}
}

func TestAddArticles(t *testing.T) {
	dir := generate(t, 3)
	ex := feedExtractor(t, "news-en")
	before := list(t, ex, dir, "en/news.html", "https://migration.gov.az/en/news", 1)
	oldPage2 := hashTree(t, dir)["en/news@page=2.html"]
	if err := AddArticles(dir, 5); err != nil {
		t.Fatal(err)
	}
	after := list(t, ex, dir, "en/news.html", "https://migration.gov.az/en/news", 1)
	if len(after.Items) != len(before.Items)+5 {
		t.Fatalf("%d items after adding 5 to %d", len(after.Items), len(before.Items))
	}
	for i := range 5 {
		want := fmt.Sprintf("https://migration.gov.az/en/news_detail/%d", 14001+testPer+4-i)
		if after.Items[i].URL != want {
			t.Errorf("new item %d = %s, want %s", i, after.Items[i].URL, want)
		}
		if after.Items[i].Published.Before(before.Items[0].Published) {
			t.Errorf("new item %d dated %v, before the old newest %v", i, after.Items[i].Published, before.Items[0].Published)
		}
	}
	if !after.Items[0].Published.After(before.Items[0].Published) {
		t.Errorf("newest item dated %v, not after the old newest %v", after.Items[0].Published, before.Items[0].Published)
	}
	if after.Items[5].URL != before.Items[0].URL {
		t.Errorf("old items moved: item 5 = %s, want %s", after.Items[5].URL, before.Items[0].URL)
	}
	files := hashTree(t, dir)
	if files["en/news@page=2.html"] != oldPage2 {
		t.Error("page 2 changed")
	}
	for _, l := range Languages {
		if files[fmt.Sprintf("%s/news_detail/%d.html", l, 14001+testPer+4)] == "" {
			t.Errorf("%s: new article page missing", l)
		}
	}
	if err := AddArticles(t.TempDir(), 1); err == nil {
		t.Error("AddArticles on an empty directory succeeded")
	}
}

func TestServedByFixturesite(t *testing.T) {
	dir := generate(t, 1)
	srv := httptest.NewServer(fixturesite.New(dir))
	defer srv.Close()
	tests := []struct {
		path, file string
		status     int
	}{
		{"/az/news?page=2", "az/news@page=2.html", http.StatusOK},
		{"/index.php/ru/press_detail/2003", "ru/press_detail/2003.html", http.StatusOK},
		{"/robots.txt", "robots.txt", http.StatusOK},
		{"/.corpus.json", "", http.StatusNotFound},
		{"/en/news?page=4", "", http.StatusNotFound},
	}
	for _, tt := range tests {
		resp, err := srv.Client().Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
			continue
		}
		if tt.file != "" && string(body) != string(readPage(t, dir, tt.file)) {
			t.Errorf("%s: body is not %s", tt.path, tt.file)
		}
	}
}

func TestAzOrdinal(t *testing.T) {
	tests := map[int]string{2023: "-cü", 2024: "-cü", 2025: "-ci", 2026: "-cı", 2029: "-cu", 2020: "-ci",
		2030: "-cu", 2040: "-cı", 2090: "-cı", 2100: "-cü", 2000: "-ci", 1: "-ci", 6: "-cı"}
	for n, want := range tests {
		if got := azOrdinal(n); got != want {
			t.Errorf("azOrdinal(%d) = %q, want %q", n, got, want)
		}
	}
}
