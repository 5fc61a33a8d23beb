package cli_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sitefeed/cli"
	"sitefeed/store"
)

var itemURL = regexp.MustCompile(`^https://migration\.gov\.az/(az|en|ru)/(news|press)_detail/[0-9]+$`)

func TestScrapeDryRun(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	code, stdout, stderr := run(t, append([]string{"scrape", "-dry-run"}, d.flags(defaultConfig, s.URL)...)...)
	if code != cli.ExitOK {
		t.Fatalf("exit code = %d, want 0\nstderr:\n%s", code, stderr)
	}
	// Unique items per language and section (testdata/site/CASES.md).
	want := map[string]int{"az/news": 16, "az/press": 9, "en/news": 16, "en/press": 5, "ru/news": 16, "ru/press": 4}
	got := map[string]int{}
	seen := map[string]bool{}
	for i, line := range strings.Split(strings.TrimRight(stdout, "\n"), "\n") {
		var it map[string]any
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("line %d is not one JSON object: %v\n%s", i+1, err, line)
		}
		u, _ := it["url"].(string)
		m := itemURL.FindStringSubmatch(u)
		if m == nil {
			t.Errorf("line %d: url %q is not a canonical article URL", i+1, u)
			continue
		}
		if title, _ := it["title"].(string); strings.TrimSpace(title) == "" {
			t.Errorf("line %d (%s): empty title", i+1, u)
		}
		if seen[u] {
			t.Errorf("line %d: %s printed twice", i+1, u)
		}
		seen[u] = true
		got[m[1]+"/"+m[2]]++
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d items, want %d", k, got[k], n)
		}
	}
	for _, p := range []string{d.db, d.out} {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("dry run created %s (stat: %v)", p, err)
		}
	}
}

func TestScrapeRuns(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	args := append([]string{"scrape"}, d.flags(defaultConfig, s.URL)...)

	// First run: everything is new.
	code, stdout, stderr := run(t, args...)
	if code != cli.ExitOK {
		t.Fatalf("first run: exit code = %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, f := range feedNames {
		row := summaryRow(t, stdout, f)
		if row[1] != "ok" {
			t.Errorf("first run: %s result = %s, want ok", f, row[1])
		}
		if n := column(t, stdout, row, "new"); n == 0 || n != column(t, stdout, row, "found") {
			t.Errorf("first run: %s new = %d, want found (%d) > 0", f, n, column(t, stdout, row, "found"))
		}
	}
	// Told once: in the log, which the summary does not repeat.
	if n := strings.Count(stdout+stderr, "list page found at https://migration.gov.az/en/press through"); n != 1 || strings.Contains(stdout, "note: press-en:") {
		t.Errorf("first run: the note of the list page discovered for press-en appears %d times, want once, in the log:\nstdout:\n%s\nstderr:\n%s", n, stdout, stderr)
	}
	public := append(feedFiles(feedNames...), "index.html", "feeds.opml", "feed.xsl")
	first := readFiles(t, d.out, public)
	if _, err := os.Stat(d.db); err != nil {
		t.Errorf("no store after a run: %v", err)
	}

	// Second run: every list page answers 304.
	s.fx.Reset()
	code, stdout, stderr = run(t, args...)
	if code != cli.ExitOK {
		t.Fatalf("second run: exit code = %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, f := range feedNames {
		if row := summaryRow(t, stdout, f); row[1] != "unchanged" {
			t.Errorf("second run: %s result = %s, want unchanged", f, row[1])
		}
	}
	for _, r := range s.fx.Requests() {
		if r.Status != 304 && !strings.HasSuffix(r.URL, "robots.txt") {
			t.Errorf("second run: %s %s answered %d, want 304 (sent If-None-Match %q)", r.Method, r.URL, r.Status, r.IfNoneMatch)
		}
	}
	for name, b := range readFiles(t, d.out, feedFiles(feedNames...)) {
		if !bytes.Equal(b, first[name]) {
			t.Errorf("second run rewrote %s though nothing changed", name)
		}
	}

	// Third run: /ru/news fails; news-ru keeps its last good files.
	s.failWhen(func(p string) bool { return p == "/ru/news" })
	oneRetry := writeConfig(t, setKey("retries", "1"))
	code, stdout, stderr = run(t, append([]string{"scrape"}, d.flags(oneRetry, s.URL)...)...)
	if code != cli.ExitFailed {
		t.Fatalf("failing run: exit code = %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, `msg="feed failed; previous feed kept" feed=news-ru`) || !strings.Contains(stderr, "500") {
		t.Errorf("failing run: stderr does not report news-ru's 500 and that its feed was kept:\n%s", stderr)
	}
	if n := strings.Count(stderr, "500 Internal Server Error"); n != 1 {
		t.Errorf("failing run: the error is reported %d times, want once:\n%s", n, stderr)
	}
	if strings.Contains(stderr, `feed failed; previous feed kept" feed=news-az`) || strings.Contains(stderr, `feed failed; previous feed kept" feed=press-ru`) {
		t.Errorf("failing run: a healthy feed is reported failed:\n%s", stderr)
	}
	row := summaryRow(t, stdout, "news-ru")
	if row[1] != "FAILED" || column(t, stdout, row, "retries") != 1 {
		t.Errorf("failing run: news-ru row = %v, want FAILED after 1 retry", row)
	}
	for _, f := range feedNames {
		if row := summaryRow(t, stdout, f); f != "news-ru" && row[1] != "unchanged" {
			t.Errorf("failing run: %s result = %s, want unchanged", f, row[1])
		}
	}
	for name, b := range readFiles(t, d.out, feedFiles("news-ru", "press-ru")) {
		if !bytes.Equal(b, first[name]) {
			t.Errorf("failing run changed %s", name)
		}
	}
}

func TestScrapeLockedStore(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	if err := os.MkdirAll(filepath.Dir(d.db), 0o755); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(d.db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, append([]string{"scrape"}, d.flags(defaultConfig, s.URL)...)...)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if code != cli.ExitFailed || !strings.Contains(stderr, "locked") {
		t.Errorf("scrape on a locked store: exit %d, stderr:\n%s\nwant exit 1 saying the store is locked", code, stderr)
	}
	if stdout != "" {
		t.Errorf("scrape on a locked store printed:\n%s", stdout)
	}
	if n := len(s.fx.Requests()); n != 0 {
		t.Errorf("scrape on a locked store sent %d requests, want none", n)
	}
	if _, err := os.Stat(d.out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("scrape on a locked store created %s (stat: %v)", d.out, err)
	}
}

func TestScrapeWriteFailure(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	// A directory where news-en.rss belongs: the atomic rename fails.
	if err := os.MkdirAll(filepath.Join(d.out, "news-en.rss", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"scrape", "-feed", "news-en,news-az"}, d.flags(defaultConfig, s.URL)...)
	code, stdout, stderr := run(t, args...)
	if code != cli.ExitFailed || !strings.Contains(stderr, `msg="writing the feed failed" feed=news-en`) ||
		!strings.Contains(stderr, "not written (any previous copy left as it was): news-en.rss, news-en.atom, news-en.json") {
		t.Errorf("unwritable news-en.rss: exit %d, stderr:\n%s\nwant exit 1 naming news-en and the file", code, stderr)
	}
	if row := summaryRow(t, stdout, "news-en"); row[1] != "FAILED" {
		t.Errorf("news-en result = %s, want FAILED", row[1])
	}
	if row := summaryRow(t, stdout, "news-az"); row[1] != "ok" {
		t.Errorf("news-az result = %s, want ok", row[1])
	}
	checkFiles := func() {
		t.Helper()
		for name, b := range readFiles(t, d.out, feedFiles("news-az")) {
			if len(b) == 0 {
				t.Errorf("%s is empty", name)
			}
		}
	}
	checkFiles()

	// Once the obstacle is gone, the next run writes the file although the
	// site answers 304.
	if err := os.RemoveAll(filepath.Join(d.out, "news-en.rss")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = run(t, args...)
	if code != cli.ExitOK {
		t.Fatalf("second run: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if err := wellFormed(readFiles(t, d.out, []string{"news-en.rss"})["news-en.rss"]); err != nil {
		t.Errorf("news-en.rss after the second run: %v", err)
	}
	checkFiles()
	if _, err := os.Stat(filepath.Join(d.out, "press-en.rss")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("-feed news-en,news-az wrote press-en.rss (stat: %v)", err)
	}
}
