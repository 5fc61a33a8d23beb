package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"sitefeed/internal/corpus"
	"sitefeed/internal/fixturesite"
)

// tally counts a request log by kind of page.
type tally struct {
	Requests    int `json:"requests"`
	ListPages   int `json:"list_pages"` // answered 200
	Articles    int `json:"articles"`   // answered 200
	NotModified int `json:"not_modified"`
	NotFound    int `json:"not_found"`
	Robots      int `json:"robots"`
}

func count(reqs []fixturesite.Request) tally {
	var t tally
	for _, r := range reqs {
		t.Requests++
		switch {
		case r.Status == http.StatusNotModified:
			t.NotModified++
		case r.Status == http.StatusNotFound:
			t.NotFound++
		case strings.HasPrefix(r.URL, "/robots.txt"):
			t.Robots++
		case strings.Contains(r.URL, "_detail/"):
			t.Articles++
		default:
			t.ListPages++
		}
	}
	return t
}

// scrape runs `sitefeed scrape` with the bench's config against the
// corpus server, and returns its cost and the requests the server saw.
func (e *env) scrape(ctx context.Context, extra ...string) (scrapeRun, []fixturesite.Request, error) {
	if err := e.srv.reset(ctx); err != nil {
		return scrapeRun{}, nil, err
	}
	args := append([]string{"scrape", "-config", e.cfg, "-origin", e.srv.URL, "-delay", "0",
		"-db", e.db, "-output", e.public}, extra...)
	var r scrapeRun
	var err error
	r.ServerCPU, err = e.served(ctx, func() (err error) {
		r.Proc, err = run(ctx, e.log, e.sitefeed, args...)
		return err
	})
	if err != nil {
		return r, nil, err
	}
	reqs, err := e.srv.requests(ctx)
	r.Tally = count(reqs)
	return r, reqs, err
}

// served runs fn and returns the CPU time the corpus server used
// meanwhile.
func (e *env) served(ctx context.Context, fn func() error) (time.Duration, error) {
	before, err := e.srv.cpu(ctx)
	if err != nil {
		return 0, err
	}
	if err := fn(); err != nil {
		return 0, err
	}
	after, err := e.srv.cpu(ctx)
	if err != nil {
		return 0, err
	}
	return after - before, nil
}

// addArticles publishes perLanguage new articles in each language of the
// corpus and has the server forget the pages it holds in memory. It is the
// bench's only change to the corpus once the server runs: the server would
// otherwise go on serving the old pages.
func (e *env) addArticles(ctx context.Context, perLanguage int) error {
	if err := corpus.AddArticles(e.site, perLanguage); err != nil {
		return err
	}
	return e.srv.forget(ctx)
}

// scrapeRun is one timed `sitefeed scrape`.
type scrapeRun struct {
	Proc      proc          `json:"proc"`
	Tally     tally         `json:"tally"`
	ServerCPU time.Duration `json:"server_cpu_ns"` // the corpus server's, meanwhile
}

func (e *env) coldBackfill(ctx context.Context, res *results) error {
	r, reqs, err := e.scrape(ctx, "-backfill")
	if err != nil {
		return err
	}
	res.Backfill = r
	want := 3 * (e.o.n + e.o.press)
	if got := res.Backfill.Tally.Articles; got != want {
		return fmt.Errorf("backfill read %d article pages, the corpus has %d", got, want)
	}
	return writeURLs(filepath.Join(e.work, "urls.txt"), e.srv.URL, reqs)
}

// writeURLs writes the URL of every request of the log, in order, for the
// baseline.
func writeURLs(name, origin string, reqs []fixturesite.Request) error {
	var b strings.Builder
	for _, r := range reqs {
		b.WriteString(origin + r.URL + "\n")
	}
	return os.WriteFile(name, []byte(b.String()), 0o644)
}

type baselineResult struct {
	Proc      proc          `json:"proc"`
	Pages     int64         `json:"pages"`
	Bytes     int64         `json:"bytes"`
	ServerCPU time.Duration `json:"server_cpu_ns"` // the corpus server's, meanwhile
}

func (e *env) runBaseline(ctx context.Context, res *results) error {
	var p proc
	cpu, err := e.served(ctx, func() (err error) {
		p, err = run(ctx, e.log, e.baseline, "-urls", filepath.Join(e.work, "urls.txt"), "-workers", "4")
		return err
	})
	if err != nil {
		return err
	}
	res.Baseline.Proc, res.Baseline.ServerCPU = p, cpu
	if err := json.Unmarshal([]byte(p.Stdout), &res.Baseline); err != nil {
		return fmt.Errorf("baseline output %q: %w", p.Stdout, err)
	}
	if res.Baseline.Pages != int64(res.Backfill.Tally.Requests) {
		return fmt.Errorf("baseline fetched %d pages, sitefeed %d", res.Baseline.Pages, res.Backfill.Tally.Requests)
	}
	return nil
}

func (e *env) steady(ctx context.Context, res *results) error {
	for range e.o.steadyRuns {
		r, _, err := e.scrape(ctx)
		if err != nil {
			return err
		}
		res.Steady = append(res.Steady, r)
	}
	return nil
}

func (e *env) afterAdd(ctx context.Context, res *results) error {
	if err := e.addArticles(ctx, 5); err != nil {
		return err
	}
	r, _, err := e.scrape(ctx)
	if err != nil {
		return err
	}
	res.AfterAdd = r
	return nil
}

// medianWall is the median wall time of runs.
func medianWall(runs []scrapeRun) time.Duration {
	if len(runs) == 0 {
		return 0
	}
	w := make([]time.Duration, len(runs))
	for i, r := range runs {
		w[i] = r.Proc.Wall
	}
	sort.Slice(w, func(i, j int) bool { return w[i] < w[j] })
	return w[len(w)/2]
}
