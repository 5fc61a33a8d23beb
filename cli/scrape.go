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
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

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
	if code, done := parseFlags(fs, args, env, "sitefeed scrape [-config F] [-origin URL] [-feed a,b] [-dry-run] [-backfill [-max-pages N]] [-refresh]"); done {
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
	if *backfill {
		o.Progress = progress(env.Stderr, log)
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
		printSummary(env.Stdout, rep)
	} else {
		for _, f := range rep.Feeds {
			fmt.Fprintf(env.Stderr, "%s: %d items\n", f.Feed, lines.n[f.Feed])
		}
	}
	return runExit(env, rep, err)
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

// runExit reports the run's outcome on stderr and picks the exit code.
func runExit(env Env, rep crawl.Report, err error) int {
	for _, f := range rep.Feeds {
		if !f.Deferred.IsZero() {
			fmt.Fprintf(env.Stderr, "sitefeed: feed %s deferred: %s asked (Retry-After) not to be asked before %s; skipped, previous feed kept\n",
				f.Feed, f.DeferredHost, f.Deferred.UTC().Format(time.RFC3339))
		}
	}
	for _, f := range rep.Failed() {
		if crawl.IsWriteError(f.Err) {
			fmt.Fprintf(env.Stderr, "sitefeed: feed %s: writing its files failed: %v\n", f.Feed, f.Err)
			continue
		}
		fmt.Fprintf(env.Stderr, "sitefeed: feed %s failed, %s: %v\n", f.Feed, f.FailureNote(), f.Err)
	}
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

// printSummary writes one line per feed.
func printSummary(w io.Writer, rep crawl.Report) {
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
			fmt.Fprintf(w, "note: %s: %s\n", f.Feed, n)
		}
		for _, w2 := range f.Stats.Warnings {
			fmt.Fprintf(w, "warning: %s: %s\n", f.Feed, w2)
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

// progress shows a bar on an interactive stderr, log lines otherwise.
func progress(w io.Writer, log *slog.Logger) func(crawl.Progress) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return func(p crawl.Progress) {
			log.Info("backfill", slog.String("feed", p.Feed), slog.Int("pages", p.Pages), slog.Int("items", p.Items), slog.Int("requests", p.Requests))
		}
	}
	var bar *progressbar.ProgressBar
	feed := ""
	return func(p crawl.Progress) {
		if p.Feed != feed {
			if bar != nil {
				_ = bar.Finish()
			}
			feed = p.Feed
			// The total is the page cap: pagination usually ends sooner,
			// so the ETA is an upper bound.
			bar = progressbar.NewOptions(p.MaxPages, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(p.Feed+" pages"),
				progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("pages"),
				progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish())
		}
		_ = bar.Set(p.Pages)
		bar.Describe(fmt.Sprintf("%s: %d pages, %d items, %d requests", p.Feed, p.Pages, p.Items, p.Requests))
	}
}
