package cli

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/term"

	"sitefeed/config"
	"sitefeed/crawl"
)

// terminal reports whether w is an interactive terminal and its width.
func terminal(w io.Writer) (bool, int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return false, 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return true, width
}

// pace is what a run's remaining requests cost: per feed, its site's
// politeness delay plus half the random extra, per request.
type pace struct {
	perRequest map[string]time.Duration
	backfill   bool
}

// paceOf reads the pace of every feed from the configuration.
func paceOf(cfg *config.Config, backfill bool) pace {
	pc := pace{perRequest: map[string]time.Duration{}, backfill: backfill}
	for _, s := range cfg.Sites {
		d := (s.Delay + s.RandomDelay/2) / time.Duration(max(1, s.Parallelism))
		for _, f := range cfg.Feeds {
			if f.SiteName == s.Name {
				pc.perRequest[f.Name] = d
			}
		}
	}
	return pc
}

// feedState is what the report knows of one feed's run.
type feedState struct {
	p      crawl.Progress
	start  time.Time
	logged time.Time // the last progress log line (no terminal)
	pages  int       // Pages at that line
}

// planned estimates the requests the run will have sent in all: those
// sent, the article pages queued, and for each list page still expected
// (see totalPages) one request plus as many article pages as a page had
// so far. An upper bound for a steady run, which stops at the first known
// item.
func planned(p crawl.Progress) int {
	queued := max(0, p.Articles-p.ArticlesDone)
	left := totalPages(p, false) - p.Pages
	perPage := 0
	if p.Pages > 0 {
		perPage = (p.Articles + p.Pages - 1) / p.Pages
	}
	return p.Requests + queued + left*(1+perPage)
}

// totalPages scales a backfill's bar: the last page number the lists
// show, else one more than the pages read (a growing estimate), never
// more than the run may read; when the run is over, the pages read.
func totalPages(p crawl.Progress, done bool) int {
	if done {
		return p.Pages
	}
	t := max(p.LastPage, p.Pages+1)
	if p.LastPage > 0 {
		t = max(p.LastPage, p.Pages)
	}
	if p.MaxPages > 0 {
		t = min(t, p.MaxPages)
	}
	return max(t, p.Pages)
}

// eta is the time the planned requests still take at this pace.
func (pc pace) eta(p crawl.Progress) time.Duration {
	return time.Duration(max(0, planned(p)-p.Requests)) * pc.perRequest[p.Feed]
}

// itemsText says "40 items (38 new, 2 updated)".
func itemsText(p crawl.Progress) string {
	s := fmt.Sprintf("%d items", p.Items)
	if p.Changed > 0 {
		return s + fmt.Sprintf(" (%d new, %d updated)", p.New, p.Changed)
	}
	return s + fmt.Sprintf(" (%d new)", p.New)
}

// liveLine renders one feed's line on a terminal.
func (pc pace) liveLine(s *feedState, now time.Time, done bool) string {
	p := s.p
	var b strings.Builder
	b.WriteString(p.Feed)
	b.WriteString("  ")
	if pc.backfill {
		// The bar fills with the requests, which the pages the lists show
		// scale: list pages are read ahead of their articles.
		switch {
		case done:
			b.WriteString(bar(1, 1, 20))
		case p.Pages == 0:
			b.WriteString(bar(0, 1, 20))
		default:
			b.WriteString(bar(p.Requests, planned(p), 20))
		}
		fmt.Fprintf(&b, " %d/%d pages · ", p.Pages, totalPages(p, done))
	}
	switch {
	case done || p.Pages == 0:
		fmt.Fprintf(&b, "%d requests", p.Requests)
	default:
		fmt.Fprintf(&b, "%d/%d requests", p.Requests, planned(p))
	}
	if p.Pages > 0 || p.Items > 0 {
		b.WriteString(" · " + itemsText(p))
	}
	if !pc.backfill && p.LastPage > 0 {
		fmt.Fprintf(&b, " · page %d of %d", p.Pages, min(p.LastPage, max(p.MaxPages, 1)))
	}
	elapsed := now.Sub(s.start).Round(time.Second)
	switch {
	case done:
		fmt.Fprintf(&b, " · done in %s", elapsed)
	case p.Pages > 0 && pc.perRequest[p.Feed] > 0:
		fmt.Fprintf(&b, " · %s, about %s left", elapsed, pc.eta(p).Round(time.Second))
	default:
		fmt.Fprintf(&b, " · %s", elapsed)
	}
	return b.String()
}

// bar draws [#####-----] for done of total in width cells.
func bar(done, total, width int) string {
	n := width
	if total > 0 && done < total {
		n = done * width / total
	}
	return "[" + strings.Repeat("#", n) + strings.Repeat("-", width-n) + "]"
}

// liveView keeps one line per running feed at the bottom of a terminal.
// Log lines written through it clear those lines first and redraw them
// after, so nothing is printed onto a line being redrawn.
type liveView struct {
	mu    sync.Mutex
	w     io.Writer
	width int
	now   func() time.Time
	pace  pace
	feeds map[string]*feedState
	order []string // running feeds, in the order they started
	drawn int      // lines on screen below the last log line
}

func newLiveView(w io.Writer, width int, now func() time.Time, pc pace) *liveView {
	return &liveView{w: w, width: width, now: now, pace: pc, feeds: map[string]*feedState{}}
}

// Write prints a log line above the live lines.
func (v *liveView) Write(p []byte) (int, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.clear()
	n, err := v.w.Write(p)
	v.draw()
	return n, err
}

// through returns a writer for another stream on the same terminal
// (a dry run's JSON lines on stdout): the live lines step aside for it.
func (v *liveView) through(w io.Writer) io.Writer {
	return writerFunc(func(p []byte) (int, error) {
		v.mu.Lock()
		defer v.mu.Unlock()
		v.clear()
		n, err := w.Write(p)
		v.draw()
		return n, err
	})
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// Progress takes a feed's report: a running feed's line is redrawn; a
// finished one leaves the live area, a backfill's as a last line with its
// bar at the true count.
func (v *liveView) Progress(p crawl.Progress) {
	v.mu.Lock()
	defer v.mu.Unlock()
	now := v.now()
	s := v.feeds[p.Feed]
	if s == nil {
		if p.Done {
			return // never started (deferred)
		}
		s = &feedState{start: now}
		v.feeds[p.Feed] = s
		v.order = append(v.order, p.Feed)
	}
	v.clear()
	if p.Done {
		delete(v.feeds, p.Feed)
		for i, f := range v.order {
			if f == p.Feed {
				v.order = append(v.order[:i], v.order[i+1:]...)
				break
			}
		}
		if v.pace.backfill {
			fmt.Fprintln(v.w, v.fit(v.pace.liveLine(s, now, true)))
		}
	} else {
		s.p = p
	}
	v.draw()
}

func (v *liveView) clear() {
	for ; v.drawn > 0; v.drawn-- {
		io.WriteString(v.w, "\x1b[1A\x1b[2K")
	}
}

func (v *liveView) draw() {
	now := v.now()
	for _, f := range v.order {
		fmt.Fprintln(v.w, v.fit(v.pace.liveLine(v.feeds[f], now, false)))
		v.drawn++
	}
}

// fit cuts a line to the terminal's width: a wrapped line would break
// the count of lines to clear.
func (v *liveView) fit(s string) string {
	if v.width <= 1 || utf8.RuneCountInString(s) < v.width {
		return s
	}
	r := []rune(s)
	return string(r[:v.width-2]) + "…"
}

// progressLog reports progress as log lines when stderr is no terminal:
// one per list page read, and one at least every interval while a long
// page's articles are read.
type progressLog struct {
	log      *slog.Logger
	now      func() time.Time
	pace     pace
	interval time.Duration
	feeds    map[string]*feedState
}

func (l *progressLog) Progress(p crawl.Progress) {
	now := l.now()
	s := l.feeds[p.Feed]
	if s == nil {
		s = &feedState{start: now, logged: now}
		l.feeds[p.Feed] = s
	}
	s.p = p
	if p.Done || (p.Pages == s.pages && now.Sub(s.logged) < l.interval) {
		return // the feed's end has its own log line ("feed run")
	}
	s.logged, s.pages = now, p.Pages
	attrs := []any{slog.String("feed", p.Feed), slog.Int("pages", p.Pages), slog.Int("items", p.Items),
		slog.Int("new", p.New), slog.Int("updated", p.Changed), slog.Int("requests", p.Requests)}
	if p.Pages > 0 {
		attrs = append(attrs, slog.Int("planned", planned(p)))
		if l.pace.perRequest[p.Feed] > 0 {
			attrs = append(attrs, slog.Duration("eta", l.pace.eta(p).Round(time.Second)))
		}
	}
	if p.LastPage > 0 {
		attrs = append(attrs, slog.Int("last_page", p.LastPage))
	}
	l.log.Info("progress", attrs...)
}
