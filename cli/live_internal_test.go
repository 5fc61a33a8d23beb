package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"sitefeed/crawl"
)

func TestPlannedAndTotalPages(t *testing.T) {
	tests := []struct {
		name        string
		p           crawl.Progress
		done        bool
		wantPlanned int
		wantTotal   int
	}{
		{"before the first list page", crawl.Progress{Requests: 2, MaxPages: 200}, false, 3, 1},
		{"page 1 of 3, articles queued", crawl.Progress{Pages: 1, LastPage: 3, MaxPages: 200, Requests: 4, Articles: 6, ArticlesDone: 2}, false, 4 + 4 + 2*(1+6), 3},
		{"no page numbers shown: growing estimate", crawl.Progress{Pages: 2, MaxPages: 200, Requests: 10, Articles: 8, ArticlesDone: 8}, false, 10 + 1*(1+4), 3},
		{"the cap is lower than the pager", crawl.Progress{Pages: 1, LastPage: 50, MaxPages: 3, Requests: 2, Articles: 1, ArticlesDone: 1}, false, 2 + 2*(1+1), 3},
		{"a pager window behind the pages read", crawl.Progress{Pages: 5, LastPage: 4, MaxPages: 200, Requests: 30}, false, 30, 5},
		{"done: the true count", crawl.Progress{Pages: 2, LastPage: 3, MaxPages: 200, Requests: 20}, true, 20, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := planned(tt.p); !tt.done && got != tt.wantPlanned {
				t.Errorf("planned = %d, want %d", got, tt.wantPlanned)
			}
			if got := totalPages(tt.p, tt.done); got != tt.wantTotal {
				t.Errorf("totalPages = %d, want %d", got, tt.wantTotal)
			}
		})
	}
}

func TestBar(t *testing.T) {
	tests := []struct {
		done, total int
		want        string
	}{
		{0, 3, "[----------]"},
		{1, 3, "[###-------]"},
		{3, 3, "[##########]"},
		{0, 0, "[##########]"}, // an empty run is complete
	}
	for _, tt := range tests {
		if got := bar(tt.done, tt.total, 10); got != tt.want {
			t.Errorf("bar(%d, %d) = %q, want %q", tt.done, tt.total, got, tt.want)
		}
	}
}

// Screen is a terminal just good enough for the live view: text, "\n",
// cursor up (ESC[1A) and erase line (ESC[2K).
type Screen struct {
	rows []string
	row  int
}

func (s *Screen) Write(p []byte) (int, error) {
	text := string(p)
	for text != "" {
		switch {
		case strings.HasPrefix(text, "\x1b[1A"):
			s.row--
			text = text[4:]
		case strings.HasPrefix(text, "\x1b[2K"):
			s.rows[s.row] = ""
			text = text[4:]
		case text[0] == '\n':
			s.row++
			text = text[1:]
		default:
			i := strings.IndexAny(text, "\n\x1b")
			if i < 0 {
				i = len(text)
			}
			s.rows[s.row] += text[:i]
			text = text[i:]
		}
		for len(s.rows) <= s.row {
			s.rows = append(s.rows, "")
		}
	}
	return len(p), nil
}

func (s *Screen) String() string { return strings.Join(s.rows[:s.row], "\n") }

// NewScreen returns an empty Screen (exported for the cli_test package).
func NewScreen() *Screen { return &Screen{rows: []string{""}} }

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestLiveViewLogLinesNeverLandOnTheBar(t *testing.T) {
	scr := NewScreen()
	clk := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	pc := pace{perRequest: map[string]time.Duration{"news-az": 3500 * time.Millisecond, "news-en": time.Second}, backfill: true}
	v := newLiveView(scr, 120, clk.now, pc)

	v.Progress(crawl.Progress{Feed: "news-az", MaxPages: 200})
	clk.t = clk.t.Add(10 * time.Second)
	v.Progress(crawl.Progress{Feed: "news-az", Pages: 1, LastPage: 3, MaxPages: 200, Items: 6, New: 6, Requests: 4, Articles: 6, ArticlesDone: 2})
	v.Progress(crawl.Progress{Feed: "news-en", MaxPages: 200})
	if _, err := v.Write([]byte("time=x level=WARN msg=\"a warning\" feed=news-az\n")); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		`time=x level=WARN msg="a warning" feed=news-az`,
		"news-az  [###-----------------] 1/3 pages · 4/22 requests · 6 items (6 new) · 10s, about 1m3s left",
		"news-en  [--------------------] 0/1 pages · 0 requests · 0s",
	}, "\n")
	if got := scr.String(); got != want {
		t.Errorf("screen:\n%s\nwant:\n%s", got, want)
	}

	// A list without page numbers grows its bar; the end shows the count
	// read, full.
	v.Progress(crawl.Progress{Feed: "news-en", Pages: 1, MaxPages: 200, Items: 5, New: 5, Requests: 7, Articles: 5, ArticlesDone: 5})
	if got := scr.rows[2]; !strings.Contains(got, "1/2 pages") {
		t.Errorf("news-en with no page numbers: %q, want 1/2 pages", got)
	}
	clk.t = clk.t.Add(5 * time.Second)
	v.Progress(crawl.Progress{Feed: "news-en", Done: true})
	v.Progress(crawl.Progress{Feed: "news-az", Pages: 3, LastPage: 3, MaxPages: 200, Items: 16, New: 16, Requests: 20, Articles: 16, ArticlesDone: 16})
	v.Progress(crawl.Progress{Feed: "news-az", Done: true})
	want = strings.Join([]string{
		`time=x level=WARN msg="a warning" feed=news-az`,
		"news-en  [####################] 1/1 pages · 7 requests · 5 items (5 new) · done in 5s",
		"news-az  [####################] 3/3 pages · 20 requests · 16 items (16 new) · done in 15s",
	}, "\n")
	if got := scr.String(); got != want {
		t.Errorf("screen at the end:\n%s\nwant:\n%s", got, want)
	}
}

func TestLiveViewPlainRun(t *testing.T) {
	scr := NewScreen()
	clk := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	v := newLiveView(scr, 60, clk.now, pace{perRequest: map[string]time.Duration{"news-az": 2 * time.Second}})
	v.Progress(crawl.Progress{Feed: "news-az", MaxPages: 3})
	clk.t = clk.t.Add(4 * time.Second)
	v.Progress(crawl.Progress{Feed: "news-az", Pages: 1, LastPage: 3, MaxPages: 3, Items: 6, New: 5, Changed: 1, Requests: 3, Articles: 6, ArticlesDone: 1})
	want := "news-az  3/22 requests · 6 items (5 new, 1 updated) · page…" // cut to the width
	if got := scr.String(); got != want {
		t.Errorf("screen %q, want %q", got, want)
	}
	v.Progress(crawl.Progress{Feed: "news-az", Done: true})
	if got := scr.String(); got != "" {
		t.Errorf("after the run: screen %q, want the live line gone (the run's log line tells the end)", got)
	}
	// Another stream on the same terminal steps aside too.
	v.Progress(crawl.Progress{Feed: "press-az", MaxPages: 3})
	var out bytes.Buffer
	w := v.through(&out)
	if _, err := w.Write([]byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "{}\n" || scr.String() != "press-az  0 requests · 0s" {
		t.Errorf("through: out %q, screen %q", out.String(), scr.String())
	}
}
