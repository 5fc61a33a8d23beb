package crawl

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitefeed/feed"
)

// faultyWrite makes the writes of one feed's files fail: after the first
// okFiles files are written for real, with err.
func faultyWrite(feedName string, okFiles int, err error) func([]feed.File) ([]string, error) {
	return func(files []feed.File) ([]string, error) {
		if !strings.Contains(files[0].Path, feedName+".") {
			return feed.WriteFiles(files)
		}
		written, werr := feed.WriteFiles(files[:okFiles])
		if werr != nil {
			return written, werr
		}
		return written, fmt.Errorf("write %s: %w", files[okFiles].Path, err)
	}
}

// A failed write of a feed's files (read-only dir, full disk before any
// file or after the first) stores the new items, reports exactly which
// files were and were not written, keeps the others byte-identical and
// index.html's count to what the files hold; the next run, with nothing
// new on the site, writes every file (issue 12, item 2).
func TestFailedWriteIsRepairedNextRun(t *testing.T) {
	tests := []struct {
		name    string
		okFiles int
		err     error
	}{
		{"read-only output dir", 0, syscall.EROFS},
		{"full disk before the first file", 0, syscall.ENOSPC},
		{"full disk after the first file", 1, syscall.ENOSPC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.mustRun()
			kept := h.snapshot("news-en")
			before := len(parseRSS(t, kept["news-en.rss"].data).ids)
			h.addArticle()
			h.clock.advance(30 * time.Minute)
			o := h.options()
			o.writeFiles = faultyWrite("news-en", tt.okFiles, tt.err)
			rep, err := Run(context.Background(), o)
			if !errors.Is(err, ErrFeedsFailed) {
				t.Fatalf("Run error %v, want ErrFeedsFailed", err)
			}
			res := result(t, rep, "news-en")
			if !errors.Is(res.Err, tt.err) || !IsWriteError(res.Err) || res.Merge.New != 1 {
				t.Fatalf("news-en: err %v, %d new; want a WriteError wrapping %v and the new item stored", res.Err, res.Merge.New, tt.err)
			}
			formats := []string{"news-en.rss", "news-en.atom", "news-en.json", "news-en.html"} // the feed's page last
			msg := res.Err.Error()
			for i, name := range formats {
				wrote := strings.Contains(msg, "wrote "+name)
				if wrote != (i < tt.okFiles) {
					t.Errorf("message %q: says wrote %s = %v, want %v", msg, name, wrote, i < tt.okFiles)
				}
				if i < tt.okFiles {
					delete(kept, name) // the others are compared below
				} else if !strings.Contains(msg[strings.Index(msg, "not written"):], name) {
					t.Errorf("message %q does not list %s as not written", msg, name)
				}
			}
			h.sameFiles(kept) // those not written
			if got := indexItems(t, h, "news-en"); got != before {
				t.Errorf("index count %d after the failed write, want %d (what every file holds)", got, before)
			}
			if st, _ := h.st.Status("news-en"); st.ConsecutiveFailures != 1 || !strings.Contains(st.LastError, "not written") {
				t.Errorf("status %+v, want one failure naming what was not written", st)
			}

			h.clock.advance(30 * time.Minute)
			rep = h.mustRun()
			res = result(t, rep, "news-en")
			if res.Merge.New != 0 || len(res.Written) != len(formats)-tt.okFiles {
				t.Errorf("recovery: %d new, wrote %v; want nothing new and the %d files left behind", res.Merge.New, res.Written, len(formats)-tt.okFiles)
			}
			rss, atom := parseRSS(t, h.read("news-en.rss")), parseAtom(t, h.read("news-en.atom"))
			if len(rss.ids) != before+1 || !slices.Equal(rss.ids, atom.ids) {
				t.Errorf("recovery: rss %d items, atom %d; want the same %d", len(rss.ids), len(atom.ids), before+1)
			}
			if !strings.Contains(string(h.read("news-en.json")), "16730") {
				t.Error("recovery: news-en.json lacks the new item")
			}
			if got := indexItems(t, h, "news-en"); got != before+1 {
				t.Errorf("index count %d after recovery, want %d", got, before+1)
			}
			if st, _ := h.st.Status("news-en"); st.ConsecutiveFailures != 0 {
				t.Errorf("recovery: status %+v", st)
			}
			// And the run after that writes nothing again.
			h.clock.advance(30 * time.Minute)
			if w := result(t, h.mustRun(), "news-en").Written; len(w) != 0 {
				t.Errorf("third run wrote %v", w)
			}
		})
	}
}

func indexItems(t *testing.T, h *harness, name string) int {
	t.Helper()
	entries, err := IndexEntries(h.cfg, h.st, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Meta.Name == name {
			if !strings.Contains(string(h.read("index.html")), fmt.Sprintf("</time> · %d items</p>", e.Items)) {
				t.Errorf("index.html does not show %s's %d items", name, e.Items)
			}
			return e.Items
		}
	}
	t.Fatalf("no index entry for %s", name)
	return 0
}

// A store written by an older version (the render record is the key
// alone) still shows the store's count in the index until the first run,
// and that run rewrites the record, checking the files.
func TestLegacyRenderRecord(t *testing.T) {
	h := newHarness(t)
	h.mustRun()
	want := indexItems(t, h, "news-en")
	if err := h.st.SetBlob(renderBlob("news-en"), []byte(`"old key" 50`)); err != nil {
		t.Fatal(err)
	}
	entries, err := IndexEntries(h.cfg, h.st, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Meta.Name == "news-en" && e.Items != want {
			t.Errorf("index count with a legacy record = %d, want the store's %d", e.Items, want)
		}
	}
	h.clock.advance(30 * time.Minute)
	h.mustRun()
	if r := loadRendering(h.st, "news-en"); r.legacy || len(r.Files) != 4 || r.items() != want {
		t.Errorf("after a run the record is %+v, want this version's with 4 files (3 formats and the page) of %d items", r, want)
	}
}
