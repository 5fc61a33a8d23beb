package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"sitefeed/crawl"
	"sitefeed/store"
)

func scrape(args []string, env Env) int {
	fs := flag.NewFlagSet("scrape", flag.ContinueOnError)
	var c common
	c.register(fs, env)
	feeds := fs.String("feed", "", "only these feeds (comma-separated names)")
	dryRun := fs.Bool("dry-run", false, "print the extracted items as JSON lines; write nothing (no store, no files)")
	backfill := fs.Bool("backfill", false, "walk pagination to its end (or -max-pages) to fill the store with history")
	maxPages := fs.Int("max-pages", 0, "list pages per list URL (default: pagination.max_pages, or max_pages with -backfill)")
	refreshAll := fs.Bool("refresh", false, "re-check the article page of every listed item (conditional GET)")
	if code, done := parseFlags(fs, args, env, scrapeHelp); done {
		return code
	}
	if *maxPages < 0 {
		fmt.Fprintf(env.Stderr, "sitefeed: -max-pages %d: must not be negative (0: the configured page limit)\n", *maxPages)
		return ExitUsage
	}
	cfg, log, code := c.start(env)
	if code >= 0 {
		return code
	}
	if code := unknownFeeds(env, cfg, feedList(*feeds)); code >= 0 {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	lines := &itemCounter{w: env.Stdout, n: map[string]int{}}
	o := crawl.Options{Config: cfg, Version: version(), Logger: log, Feeds: feedList(*feeds),
		Backfill: *backfill, MaxPages: *maxPages, Refresh: *refreshAll, DryRun: *dryRun, Out: lines}
	pc := paceOf(cfg, *backfill)
	if tty, width := env.terminal(env.Stderr); tty {
		// Log lines go through the live view, which clears its lines
		// before each and redraws them after.
		view := newLiveView(env.Stderr, width, env.now, pc)
		log, _ = c.logger(view) // c.start checked the flags
		o.Logger, o.Progress = log, view.Progress
		if tty, _ := env.terminal(env.Stdout); tty {
			lines.w = view.through(env.Stdout) // the same terminal, most likely
		}
	} else {
		pl := &progressLog{log: log, now: env.now, pace: pc, interval: 30 * time.Second, feeds: map[string]*feedState{}}
		o.Progress = pl.Progress
	}
	logged := &loggedSet{m: map[string]bool{}}
	log = slog.New(&recordingHandler{Handler: log.Handler(), set: logged})
	o.Logger = log
	if *backfill {
		// A backfill's live heap is a few MB (items stream into the store):
		// trading some of the memory budget for fewer GC cycles is cheap.
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(400)
		}
	}
	if cfg.PublicURLDerived && !*dryRun {
		log.Info("public_url is not set: absolute links in the files name " + cfg.PublicURL +
			", which `sitefeed serve` replaces with the address of each request; set public_url when another web server serves " + cfg.OutputDir)
	}
	if !*dryRun {
		st, err := store.Open(cfg.DB, store.Options{LockTimeout: time.Second})
		if err != nil {
			fmt.Fprintln(env.Stderr, "sitefeed:", err)
			return ExitFailed
		}
		defer st.Close()
		o.Store = st
	}
	rep, err := crawl.Run(ctx, o)
	snapshotIfDue(o.Store, log)
	if !*dryRun {
		printSummary(env.Stdout, rep, logged.has)
	} else {
		for _, f := range rep.Feeds {
			fmt.Fprintf(env.Stderr, "%s: %d items\n", f.Feed, lines.n[f.Feed])
		}
	}
	return runExit(env, err)
}

// itemCounter passes the dry run's JSON lines on and counts them per feed
// (the "feed" field of each; crawl writes one line per Write).
type itemCounter struct {
	w io.Writer
	n map[string]int // crawl serialises the writes
}

func (c *itemCounter) Write(p []byte) (int, error) {
	var line struct {
		Feed string `json:"feed"`
	}
	if json.Unmarshal(p, &line) == nil {
		c.n[line.Feed]++
	}
	return c.w.Write(p)
}

// runExit picks the exit code. A feed's failure or deferral is not
// repeated here: the run's log line said it once, with its URL, and the
// summary table marks the feed.
func runExit(env Env, err error) int {
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(env.Stderr, "sitefeed: interrupted; everything stored so far is kept (run again to resume)")
		return ExitFailed
	case !errors.Is(err, crawl.ErrFeedsFailed):
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
	}
	return ExitFailed
}

// printSummary writes one line per feed, then the notes and warnings of
// the run that no log line told already.
func printSummary(w io.Writer, rep crawl.Report, logged func(string) bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "feed\tresult\tfound\tnew\tupdated\tunchanged\tpages\tarticles\trequests\t304s\tretries\tbytes\tfiles\tsource\tduration\t")
	for _, f := range rep.Feeds {
		s := f.Stats
		result := "ok"
		switch {
		case f.Err != nil:
			result = "FAILED"
		case !f.Deferred.IsZero():
			result = "deferred"
		case s.Unchanged:
			result = "unchanged"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", f.Feed, result, s.Found,
			f.Merge.New, f.Merge.Updated, f.Merge.Unchanged, s.Pages, s.Articles, s.Requests, s.NotModified,
			s.Retries, s.Bytes, len(f.Written), sourceLabel(s), s.Duration.Round(time.Millisecond))
	}
	tw.Flush()
	for _, f := range rep.Feeds {
		for _, n := range f.Stats.Notes {
			if !logged(n) {
				fmt.Fprintf(w, "note: %s: %s\n", f.Feed, n)
			}
		}
		for _, w2 := range f.Stats.Warnings {
			if !logged(w2) {
				fmt.Fprintf(w, "warning: %s: %s\n", f.Feed, w2)
			}
		}
	}
}

func sourceLabel(s crawl.Stats) string {
	src := s.ListSource
	if src == "" {
		src = "-"
	}
	if n := s.ContentSources["readability"]; n > 0 {
		src += fmt.Sprintf("+readability(%d)", n)
	}
	return src
}

// loggedSet remembers the messages of the log lines a run printed, so the
// summary does not print them again.
type loggedSet struct {
	mu sync.Mutex
	m  map[string]bool
}

func (s *loggedSet) has(msg string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[msg]
}

// recordingHandler passes records on and notes the messages it printed.
type recordingHandler struct {
	slog.Handler
	set *loggedSet
}

func (h *recordingHandler) Handle(ctx context.Context, r slog.Record) error {
	h.set.mu.Lock()
	h.set.m[r.Message] = true
	h.set.mu.Unlock()
	return h.Handler.Handle(ctx, r)
}

func (h *recordingHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &recordingHandler{Handler: h.Handler.WithAttrs(attrs), set: h.set}
}

func (h *recordingHandler) WithGroup(name string) slog.Handler {
	return &recordingHandler{Handler: h.Handler.WithGroup(name), set: h.set}
}
