package crawl

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitefeed/feed"
)

// A panic during a feed's run, in the site's goroutine (writing files) or
// in one of the run's own goroutines (after a list page), is a failed run
// of that feed: recorded in its status (so /healthz shows it), the other
// feeds go on, the process lives, and the next run succeeds (issue 12,
// item 9).
func TestPanicIsAFailedRun(t *testing.T) {
	tests := []struct {
		name   string
		inject func(o *Options, armed *atomic.Bool)
	}{
		{"in the site goroutine", func(o *Options, armed *atomic.Bool) {
			o.writeFiles = func(files []feed.File) ([]string, error) {
				if armed.Load() && strings.Contains(files[0].Path, "news-en.") {
					panic("boom")
				}
				return feed.WriteFiles(files)
			}
		}},
		{"in a list page's goroutine", func(o *Options, armed *atomic.Bool) {
			o.Progress = func(p Progress) {
				if armed.Load() && p.Feed == "news-en" {
					panic("boom")
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.mustRun()
			h.addArticle() // news-en has something new to write
			h.clock.advance(30 * time.Minute)
			var armed atomic.Bool
			armed.Store(true)
			o := h.options()
			tt.inject(&o, &armed)
			rep, err := Run(context.Background(), o)
			if !errors.Is(err, ErrFeedsFailed) || !strings.Contains(err.Error(), "news-en") {
				t.Fatalf("Run error %v, want ErrFeedsFailed naming news-en", err)
			}
			if r := result(t, rep, "news-en"); r.Err == nil || !strings.Contains(r.Err.Error(), "panic: boom") {
				t.Errorf("news-en err %v, want the panic", r.Err)
			}
			for _, name := range feedNames {
				st, _ := h.st.Status(name)
				if name == "news-en" {
					if st.ConsecutiveFailures != 1 || !strings.Contains(st.LastError, "panic: boom") {
						t.Errorf("news-en status %+v, want one failure naming the panic", st)
					}
				} else if st.ConsecutiveFailures != 0 {
					t.Errorf("%s did not succeed next to the panic: %+v", name, st)
				}
			}
			armed.Store(false)
			h.clock.advance(30 * time.Minute)
			if _, err := Run(context.Background(), o); err != nil {
				t.Fatalf("the run after the panic: %v", err)
			}
			if st, _ := h.st.Status("news-en"); st.ConsecutiveFailures != 0 || st.LastSuccess.IsZero() {
				t.Errorf("after recovery: %+v", st)
			}
			if !strings.Contains(string(h.read("news-en.rss")), "16730") {
				t.Error("news-en.rss lacks the item of the panicked run after recovery")
			}
		})
	}
}
