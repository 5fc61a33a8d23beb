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
func (e *env) scrape(ctx context.Context, extra ...string) (proc, []fixturesite.Request, error) {
	if err := e.srv.reset(ctx); err != nil {
		return proc{}, nil, err
	}
	args := append([]string{"scrape", "-config", e.cfg, "-origin", e.srv.URL, "-delay", "0",
		"-db", e.db, "-output", e.public}, extra...)
	p, err := run(ctx, e.log, e.sitefeed, args...)
	if err != nil {
		return p, nil, err
	}
	reqs, err := e.srv.requests(ctx)
	return p, reqs, err
}

// scrapeRun is one timed `sitefeed scrape`.
type scrapeRun struct {
	Proc  proc  `json:"proc"`
	Tally tally `json:"tally"`
}

func (e *env) coldBackfill(ctx context.Context, res *results) error {
	p, reqs, err := e.scrape(ctx, "-backfill")
	if err != nil {
		return err
	}
	res.Backfill = scrapeRun{Proc: p, Tally: count(reqs)}
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
	Proc  proc  `json:"proc"`
	Pages int64 `json:"pages"`
	Bytes int64 `json:"bytes"`
}

func (e *env) runBaseline(ctx context.Context, res *results) error {
	p, err := run(ctx, e.log, e.baseline, "-urls", filepath.Join(e.work, "urls.txt"), "-workers", "4")
	if err != nil {
		return err
	}
	res.Baseline.Proc = p
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
		p, reqs, err := e.scrape(ctx)
		if err != nil {
			return err
		}
		res.Steady = append(res.Steady, scrapeRun{Proc: p, Tally: count(reqs)})
	}
	return nil
}

func (e *env) afterAdd(ctx context.Context, res *results) error {
	if err := corpus.AddArticles(e.site, 5); err != nil {
		return err
	}
	p, reqs, err := e.scrape(ctx)
	if err != nil {
		return err
	}
	res.AfterAdd = scrapeRun{Proc: p, Tally: count(reqs)}
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
