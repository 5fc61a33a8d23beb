package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const minimal = `hosts: [migration.gov.az, www.migration.gov.az]
feeds:
  - name: news-en
    language: en
    list_urls: [https://migration.gov.az/en/news]
    link_pattern: '^https://migration\.gov\.az/en/news_detail/[0-9]+$'
`

func TestDefaultConfigLoads(t *testing.T) {
	cfg, err := Load("../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Feeds) != 6 {
		t.Fatalf("%d feeds, want 6", len(cfg.Feeds))
	}
	langs := map[string]int{}
	for _, f := range cfg.Feeds {
		langs[f.Language]++
		// Only what is known for certain: no selector, no guessed list URL.
		if f.LinkRe == nil || len(f.Sections) == 0 || f.Home == "" || f.Location.String() != "Asia/Baku" {
			t.Errorf("feed %s lacks its link pattern, sections, home or zone: %+v", f.Name, f)
		}
		if f.Items != (ItemSelectors{}) || f.Pagination.Next != "" || f.Pagination.Template != "" || len(f.ListURLs) > 0 ||
			f.Article.Title != "" || f.Article.Date != "" || f.Article.Content != "" || f.Article.Images != "" ||
			f.Article.Attachments != "" || len(f.Article.Remove) > 0 {
			t.Errorf("feed %s carries a guess (selector, list URL or URL template): %+v", f.Name, f)
		}
		if !f.LinkRe.MatchString("https://migration.gov.az/" + f.Language + "/" + strings.Split(f.Name, "-")[0] + "_detail/16701") {
			t.Errorf("feed %s link pattern %q misses its own article URLs", f.Name, f.LinkPattern)
		}
	}
	if langs["az"] != 2 || langs["en"] != 2 || langs["ru"] != 2 {
		t.Errorf("languages %v, want news and press in az, en, ru", langs)
	}
	if !strings.Contains(cfg.UserAgent, "https://") || cfg.Hosts[0] != "migration.gov.az" {
		t.Errorf("user agent %q / hosts %v", cfg.UserAgent, cfg.Hosts)
	}
}

func TestDefaults(t *testing.T) {
	cfg, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Feeds[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"timeout", cfg.Timeout, 30 * time.Second},
		{"delay", cfg.Delay, 2 * time.Second},
		{"retries", cfg.Retries, 3},
		{"parallelism", cfg.Parallelism, 1},
		{"output_dir", cfg.OutputDir, "public"},
		{"public_url", cfg.PublicURL, "http://localhost:8080/"},
		{"schedule", cfg.Schedule, DefaultSchedule},
		{"max_items", f.MaxItems, 50},
		{"pagination.max_pages", f.Pagination.MaxPages, 3},
		{"timezone", f.TimeZone, "Asia/Baku"},
		{"title", f.Title, "news-en"},
		{"home", f.Home, "https://migration.gov.az/en/news"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestExplicitZeroKept(t *testing.T) {
	cfg, err := Parse([]byte("retries: 0\ndelay: 0s\nmin_items_ratio: 0\n" + minimal))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Retries != 0 || cfg.Delay != 0 || cfg.MinItemsRatio != 0 {
		t.Errorf("retries %d delay %v ratio %g, want the file's zeros kept", cfg.Retries, cfg.Delay, cfg.MinItemsRatio)
	}
}

func TestFeedDefaultsBlock(t *testing.T) {
	y := "defaults:\n  max_items: 20\n  items:\n    selector: .news-item\n    link: a@href\n" + minimal + "    max_items: 7\n  - name: other\n    language: az\n    list_urls: [https://migration.gov.az/az/news]\n"
	cfg, err := Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Feeds[0].MaxItems != 7 || cfg.Feeds[1].MaxItems != 20 || cfg.Feeds[1].Items.Selector != ".news-item" {
		t.Errorf("max_items %d/%d selector %q: the feed overrides defaults, defaults fill the rest",
			cfg.Feeds[0].MaxItems, cfg.Feeds[1].MaxItems, cfg.Feeds[1].Items.Selector)
	}
}

func TestErrorsNameKeyAndLine(t *testing.T) {
	tests := []struct {
		name, yaml string
		key        string
		line       int
	}{
		{"unknown top-level key", "timeoutt: 3s\n" + minimal, "timeoutt", 1},
		{"unknown feed key (typo)", minimal + "    itmes:\n      selector: .x\n", "itmes", 7},
		{"bad css", minimal + "    items:\n      selector: 'div[['\n      link: a@href\n", "feeds[0].items.selector", 8},
		{"bad css in defaults, reported once", "defaults:\n  items:\n    title: 'h3[['\n" + minimal, "defaults.items.title", 3},
		{"bad regexp", strings.Replace(minimal, `'^https://migration\.gov\.az/en/news_detail/[0-9]+$'`, `'(['`, 1), "feeds[0].link_pattern", 6},
		{"panicking schedule", "schedule: 'TZ=0'\n" + minimal, "schedule", 1},
		{"sub-second schedule", "schedule: '@every 500ms'\n" + minimal, "schedule", 1},
		{"negative schedule", "schedule: '@every -1m'\n" + minimal, "schedule", 1},
		{"list url on another host", strings.Replace(minimal, "https://migration.gov.az/en/news", "https://example.org/news", 1), "feeds[0].list_urls[0]", 5},
		{"no contact URL", "user_agent: sitefeed\n" + minimal, "user_agent", 1},
		{"bad slug", strings.Replace(minimal, "news-en", "News EN", 1), "feeds[0].name", 3},
		{"selector without link", minimal + "    items:\n      selector: .x\n", "feeds[0].items.link", 7},
		{"bad duration", "timeout: fast\n" + minimal, "timeout", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("err = %v, want config Errors", err)
			}
			e := es[0]
			if e.Key != tt.key || e.Line != tt.line {
				t.Errorf("first error = key %q line %d (%v), want key %q line %d", e.Key, e.Line, err, tt.key, tt.line)
			}
			if strings.HasPrefix(tt.name, "bad css in defaults") && len(es) != 1 {
				t.Errorf("%d errors, want the defaults error once: %v", len(es), err)
			}
		})
	}
}

func TestLoadNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, []byte("bogus: 1\n"+minimal), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+":1: bogus: unknown key") {
		t.Errorf("err = %v, want %s:1: bogus: unknown key...", err, path)
	}
}

func TestSplitSelector(t *testing.T) {
	tests := []struct{ in, css, attr string }{
		{"a@href", "a", "href"},
		{"@href", "", "href"},
		{"img", "img", ""},
		{"a[href*='@x']@href", "a[href*='@x']", "href"},
		{" time@datetime ", "time", "datetime"},
	}
	for _, tt := range tests {
		css, attr := SplitSelector(tt.in)
		if css != tt.css || attr != tt.attr {
			t.Errorf("SplitSelector(%q) = %q %q, want %q %q", tt.in, css, attr, tt.css, tt.attr)
		}
	}
	if alts := ParseSelector("img@data-src || img@src"); len(alts) != 2 || alts[1] != (Selector{CSS: "img", Attr: "src"}) {
		t.Errorf("ParseSelector alternatives = %+v", alts)
	}
}

// Type errors and bad values name the key path and the line.
func TestTypeErrorsNameTheKey(t *testing.T) {
	base := "user_agent: \"x (+https://example.org)\"\nhosts: [migration.gov.az]\n"
	feed := "feeds:\n  - name: a\n    language: en\n    list_urls: [https://migration.gov.az/en/news]\n    link_pattern: 'x'\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"duration", "timeout: abc\n" + base + feed, "line 1: timeout: `abc` is not a duration"},
		{"nested int", base + feed + "    pagination:\n      max_pages: many\n", "line 9: feeds[0].pagination.max_pages: `many` is not a whole number"},
		{"site key", "user_agent: \"x (+https://example.org)\"\nsites:\n  - name: s\n    hosts: [a.example]\n    parallelism: lots\n    feeds:\n      - {name: a, language: en, list_urls: ['https://a.example/'], link_pattern: x}\n",
			"line 5: sites[0].parallelism: `lots` is not a whole number"},
		{"empty date format", base + feed + "    date_formats: ['']\n", "feeds[0].date_formats[0]: an empty date format"},
		{"not a layout", base + feed + "    date_formats: ['dd.mm.yyyy']\n", "is not a Go time layout"},
		{"a layout without a day", base + feed + "    date_formats: ['15:04']\n", "is not a Go time layout"},
		{"negative first page", base + feed + "    pagination:\n      first_page: -1\n", "feeds[0].pagination.first_page: must not be negative"},
		{"negative random delay", "random_delay: -5s\n" + base + feed, "line 1: random_delay: must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestDateLayoutsAccepted(t *testing.T) {
	base := "user_agent: \"x (+https://example.org)\"\nhosts: [migration.gov.az]\nfeeds:\n  - name: a\n    language: en\n    list_urls: [https://migration.gov.az/en/news]\n    link_pattern: 'x'\n"
	for _, layout := range []string{"02.01.2006 15:04", "2 January 2006", "January 2, 2006", "2006-01-02T15:04:05Z07:00"} {
		if _, err := Parse([]byte(base + "    date_formats: ['" + layout + "']\n")); err != nil {
			t.Errorf("layout %q refused: %v", layout, err)
		}
	}
}
