package refresh

import (
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
	if got := result(t, rep, "news-en").Written; len(got) != 3 {
		t.Errorf("news-en wrote %v after its title changed, want its 3 files", got)
	}
	if !strings.Contains(string(h.read("news-en.rss")), "<title>Renamed feed</title>") {
		t.Error("news-en.rss does not carry the new title")
	}
}
