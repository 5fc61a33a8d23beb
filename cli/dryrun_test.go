package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// Each dry-run line names its feed; stderr ends with a count per feed.
func TestScrapeDryRunNamesFeeds(t *testing.T) {
	s := newSite(t)
	d := newDirs(t)
	code, stdout, stderr := run(t, append([]string{"scrape", "-dry-run", "-feed", "news-az,press-en"}, d.flags(defaultConfig, s.URL)...)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	got := map[string]int{}
	for i, line := range strings.Split(strings.TrimRight(stdout, "\n"), "\n") {
		var it struct{ Feed, URL string }
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("line %d: %v\n%s", i+1, err, line)
		}
		if !strings.HasPrefix(line, `{"feed":"`+it.Feed+`",`) {
			t.Errorf("line %d does not start with its feed: %.80s", i+1, line)
		}
		section, lang, _ := strings.Cut(it.Feed, "-")
		if !strings.Contains(it.URL, "/"+lang+"/"+section+"_detail/") {
			t.Errorf("line %d: feed %q for %s", i+1, it.Feed, it.URL)
		}
		got[it.Feed]++
	}
	if got["news-az"] != 16 || got["press-en"] != 5 || len(got) != 2 {
		t.Errorf("items per feed %v, want news-az 16, press-en 5", got)
	}
	for _, want := range []string{"news-az: 16 items\n", "press-en: 5 items\n"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}
