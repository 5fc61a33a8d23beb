// Command mirrorcheck measures the default configuration against the
// blind-written mirrors of the site in testdata/mirrors: for each mirror it
// scrapes state v1, then state v2 into the same store (as a site changing
// overnight), and compares every feed with the mirror's EXPECTED.json:
// items found exactly once, exact titles, dates to the minute, GUIDs
// stable from v1 to v2. It prints a Markdown table; it is a measurement,
// not a test (the mirrors are what issue 11 must make pass).
//
//	go run ./cmd/mirrorcheck [-config config.yaml] [-mirrors testdata/mirrors] [-v] [-strict]
//
// State v2 is measured after a day of half-hourly runs on it (the edit
// sweep's revalidation reads edits the lists do not show).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/internal/fixturesite"
	"sitefeed/item"
	"sitefeed/store"
)

type expected struct {
	Feeds map[string][]struct {
		URL   string  `json:"url"`
		Title string  `json:"title"`
		Date  *string `json:"date"`
		Image *string `json:"image"`
	} `json:"feeds"`
}

func main() {
	cfgPath := flag.String("config", "config.yaml", "configuration to measure (unchanged)")
	mirrors := flag.String("mirrors", "testdata/mirrors", "directory of mirrors, each with v1/ and v2/")
	verbose := flag.Bool("v", false, "list every mismatch")
	strict := flag.Bool("strict", false, "exit 1 unless every mirror gives every item, title, date and image exactly (CI)")
	flag.Parse()
	dirs, err := os.ReadDir(*mirrors)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mirrorcheck:", err)
		os.Exit(1)
	}
	fmt.Println("| mirror | state | items found / expected | unexpected items | exact titles | dates to the minute | lead images | with content | GUIDs stable v1→v2 |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		if err := measure(*cfgPath, filepath.Join(*mirrors, d.Name()), d.Name(), *verbose); err != nil {
			fmt.Fprintf(os.Stderr, "mirrorcheck: %s: %v\n", d.Name(), err)
			failed = true
		}
	}
	if *strict && failed {
		fmt.Fprintln(os.Stderr, "mirrorcheck: a mirror does not give its expected feeds (run with -v for the mismatches)")
		os.Exit(1)
	}
}

// failed is set when a mirror misses anything: -strict exits 1 then.
var failed bool

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func measure(cfgPath, dir, name string, verbose bool) error {
	var root atomic.Pointer[fixturesite.Server]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { root.Load().ServeHTTP(w, r) }))
	defer srv.Close()
	work, err := os.MkdirTemp("", "mirrorcheck")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return err
	}
	if err := cfg.SetOrigin(srv.URL); err != nil {
		return err
	}
	cfg.SetDelay(0, 0)
	cfg.DB, cfg.OutputDir = filepath.Join(work, "db"), filepath.Join(work, "public")
	st, err := store.Open(cfg.DB, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	v1GUIDs := map[string]bool{}
	clock := &fakeClock{t: time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC)}
	for _, state := range []string{"v1", "v2"} {
		root.Store(fixturesite.New(filepath.Join(dir, state)))
		var exp expected
		data, err := os.ReadFile(filepath.Join(dir, state, "EXPECTED.json"))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, &exp); err != nil {
			return fmt.Errorf("%s/EXPECTED.json: %w", state, err)
		}
		_, runErr := crawl.Run(context.Background(), crawl.Options{Config: cfg, Store: st, Version: "mirrorcheck", Backfill: true, Now: clock.now})
		if state == "v2" && runErr == nil {
			// A day of the daemon's half-hourly runs: the edit sweep reads
			// what the lists do not show (an article edited in place).
			clock.advance(24 * time.Hour)
			for range 12 {
				if _, runErr = crawl.Run(context.Background(), crawl.Options{Config: cfg, Store: st, Version: "mirrorcheck", Now: clock.now}); runErr != nil {
					break
				}
				clock.advance(30 * time.Minute)
			}
		}
		var found, want, extra, titles, dates, images, content, stable int
		var misses []string
		for _, feed := range sortedKeys(exp.Feeds) {
			entries, err := st.Entries(feed, 0)
			if err != nil {
				return err
			}
			got := map[string]item.Entry{}
			for _, e := range entries {
				got[e.URL] = e
			}
			expURLs := map[string]bool{}
			for _, x := range exp.Feeds[feed] {
				want++
				expURLs[x.URL] = true
				e, ok := got[x.URL]
				if !ok {
					misses = append(misses, fmt.Sprintf("%s %s: missing", feed, x.URL))
					continue
				}
				found++
				if e.Title == x.Title {
					titles++
				} else {
					misses = append(misses, fmt.Sprintf("%s %s: title %q, want %q", feed, x.URL, e.Title, x.Title))
				}
				if e.ContentSource != "" && e.ContentSource != "none" && e.Content != "" {
					content++
				} else {
					misses = append(misses, fmt.Sprintf("%s %s: no content (%q)", feed, x.URL, e.ContentSource))
				}
				if e.Image == deref(x.Image, "") {
					images++
				} else {
					misses = append(misses, fmt.Sprintf("%s %s: image %q, want %q", feed, x.URL, e.Image, deref(x.Image, "")))
				}
				if dateMatches(e, x.Date) {
					dates++
				} else {
					misses = append(misses, fmt.Sprintf("%s %s: date %s, want %v", feed, x.URL, showDate(e), deref(x.Date, "none")))
				}
			}
			for _, e := range entries {
				if !expURLs[e.URL] {
					extra++
					misses = append(misses, fmt.Sprintf("%s %s: not expected (%q)", feed, e.URL, e.Title))
				}
				if state == "v1" {
					v1GUIDs[e.URL] = true
				}
			}
			if state == "v2" {
				for _, e := range entries {
					if v1GUIDs[e.URL] {
						stable++
					}
				}
			}
		}
		stableCell := "—"
		if state == "v2" {
			stableCell = fmt.Sprintf("%d of %d v1 items kept", stable, len(v1GUIDs))
		}
		note := ""
		if runErr != nil {
			note = " (run failed: " + firstLine(runErr.Error()) + ")"
		}
		label := state
		if state == "v2" {
			label = "v2, a day on"
		}
		fmt.Printf("| %s | %s | %d / %d%s | %d | %d | %d | %d | %d | %s |\n", name, label, found, want, note, extra, titles, dates, images, content, stableCell)
		if !(found == want && extra == 0 && titles == want && dates == want && images == want && content == want && runErr == nil && (state == "v1" || stable == len(v1GUIDs))) {
			failed = true
		}
		if verbose {
			for _, m := range misses {
				fmt.Fprintln(os.Stderr, "  ", name, state, m)
			}
		}
	}
	return nil
}

// dateMatches compares an entry's site date with the expected wall time in
// its zone: to the minute when the expectation has a time, to the day when
// it has a date only, and no site date when it has none.
func dateMatches(e item.Entry, want *string) bool {
	if want == nil {
		return !e.Dated()
	}
	if !e.Dated() {
		return false
	}
	baku := e.Published.Location()
	if len(*want) == len("2006-01-02") {
		return e.Published.In(baku).Format("2006-01-02") == *want && e.Published.Hour() == 0 && e.Published.Minute() == 0
	}
	return e.Published.In(baku).Format("2006-01-02T15:04") == *want
}

func showDate(e item.Entry) string {
	if !e.Dated() {
		return "none"
	}
	return e.Published.Format(time.RFC3339)
}

func deref(s *string, none string) string {
	if s == nil {
		return none
	}
	return *s
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
