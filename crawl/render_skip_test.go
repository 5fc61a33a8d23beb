package crawl

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// An unchanged run renders nothing, but a missing file or a new feed title
// (a reloaded config) is rendered again.
func TestRenderSkippedOnlyWhenFilesAreRight(t *testing.T) {
	h := newHarness(t)
	h.mustRun()
	h.clock.advance(30 * time.Minute)
	if err := os.Remove(h.out("news-az.atom")); err != nil {
		t.Fatal(err)
	}
	rep := h.mustRun()
	if got := result(t, rep, "news-az").Written; !slices.Contains(got, h.out("news-az.atom")) {
		t.Errorf("news-az wrote %v, want the deleted news-az.atom back", got)
	}
	if got := result(t, rep, "news-en").Written; len(got) != 0 {
		t.Errorf("unchanged news-en wrote %v", got)
	}
	for i := range h.cfg.Feeds {
		if h.cfg.Feeds[i].Name == "news-en" {
			h.cfg.Feeds[i].Title = "Renamed feed"
		}
	}
	h.clock.advance(30 * time.Minute)
	rep = h.mustRun()
	if got := result(t, rep, "news-en").Written; len(got) != 4 {
		t.Errorf("news-en wrote %v after its title changed, want its 3 files and its page", got)
	}
	if !strings.Contains(string(h.read("news-en.rss")), "<title>Renamed feed</title>") {
		t.Error("news-en.rss does not carry the new title")
	}
}

// Items stored by a failed run reach the files on the next success even
// when that success finds nothing new (review finding).
func TestItemsOfAFailedRunAreRenderedNextTime(t *testing.T) {
	h := newHarness(t)
	o := h.options()
	o.Feeds, o.MaxPages = []string{"news-en"}, 1
	if _, err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if n := len(parseRSS(t, h.read("news-en.rss")).ids); n != 6 {
		t.Fatalf("first run: %d items, want 6 (one page)", n)
	}
	h.force("/en/news?page=3", 500)
	h.clock.advance(time.Hour)
	o.MaxPages, o.Backfill = 0, true
	if _, err := Run(context.Background(), o); err == nil {
		t.Fatal("the backfill with a failing page 3 succeeded")
	}
	if n := len(parseRSS(t, h.read("news-en.rss")).ids); n != 6 {
		t.Errorf("the failed run changed the feed: %d items", n)
	}
	h.force("/en/news?page=3", 0)
	h.clock.advance(time.Hour)
	o.Backfill = false
	rep, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if r := result(t, rep, "news-en"); r.Merge.New != 0 {
		t.Fatalf("third run found %d new items; the test needs none", r.Merge.New)
	}
	if n := len(parseRSS(t, h.read("news-en.rss")).ids); n != 12 {
		t.Errorf("after the next success the feed has %d items, want the 12 stored", n)
	}
}
