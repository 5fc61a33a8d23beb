package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"sitefeed/internal/corpus"
)

// env is one bench run's files, binaries and corpus server.
type env struct {
	o         options
	work      string // temporary: corpus, stores, feeds, binaries
	site      string // the corpus
	srv       *server
	sitefeed  string
	baseline  string
	cfg       string // config for scrape runs
	daemonCfg string // the same with a 1s schedule
	db        string
	public    string
	log       string // children's stderr
}

func bench(ctx context.Context, o options, command string) error {
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	res := &results{Command: command, Machine: machineInfo(ctx)}
	e, err := setup(ctx, o, res)
	defer e.cleanup()
	if err != nil {
		return err
	}
	err = e.steps(ctx, res)
	cpu, serr := e.srv.stop()
	e.srv = nil
	if err != nil {
		return err
	}
	if serr != nil {
		return fmt.Errorf("corpus server: %w", serr)
	}
	res.ServerCPU = cpu
	res.Machine.LoadAfter = loadAvg()
	return writeResults(o.out, res)
}

func (e *env) steps(ctx context.Context, res *results) error {
	steps := []struct {
		name string
		fn   func(context.Context, *results) error
	}{
		{"cold backfill (child process)", e.coldBackfill},
		{"baseline: net/http + goquery (child process)", e.runBaseline},
		{"backfill in-process (allocations, profile)", e.inProcess},
		{"steady-state refreshes", e.steady},
		{"refresh after 5 new articles per language", e.afterAdd},
		{"rendering", e.render},
		{"daemon", e.daemon},
	}
	for _, s := range steps {
		if s.name == "daemon" && !e.o.daemon {
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: %s...\n", s.name)
		if err := s.fn(ctx, res); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

// cleanup stops the server if it still runs and removes the work
// directory unless -keep.
func (e *env) cleanup() {
	if e.srv != nil {
		_, _ = e.srv.stop()
	}
	if e.work == "" {
		return
	}
	if e.o.keep {
		fmt.Fprintln(os.Stderr, "bench: work directory kept:", e.work)
		return
	}
	_ = os.RemoveAll(e.work)
}

// setup generates the corpus, starts its server, builds the binaries and
// writes the configs.
func setup(ctx context.Context, o options, res *results) (*env, error) {
	e := &env{o: o}
	root, err := moduleRoot(ctx)
	if err != nil {
		return e, err
	}
	if e.log, err = filepath.Abs(filepath.Join(o.out, "children.log")); err != nil {
		return e, err
	}
	_ = os.Remove(e.log)
	if e.work, err = os.MkdirTemp("", "sitefeed-bench-"); err != nil {
		return e, err
	}
	work := e.work
	e.site, e.db, e.public = filepath.Join(work, "site"), filepath.Join(work, "sitefeed.db"), filepath.Join(work, "public")
	fmt.Fprintf(os.Stderr, "bench: generating %d articles per language in %s...\n", o.n, e.site)
	start := time.Now()
	st, err := corpus.Generate(e.site, corpus.Options{PerLanguage: o.n, PressPerLanguage: o.press, Seed: o.seed})
	if err != nil {
		return e, err
	}
	res.Corpus = corpusResult{PerLanguage: o.n, PressPerLanguage: o.press, Seed: o.seed, Stats: st, Took: time.Since(start)}
	fmt.Fprintln(os.Stderr, "bench: building sitefeed and the baseline...")
	if e.sitefeed, err = build(ctx, root, ".", filepath.Join(work, "sitefeed")); err != nil {
		return e, err
	}
	if e.baseline, err = build(ctx, root, "./cmd/bench/baseline", filepath.Join(work, "baseline")); err != nil {
		return e, err
	}
	if e.cfg, e.daemonCfg, err = writeConfigs(filepath.Join(root, "config.yaml"), work); err != nil {
		return e, err
	}
	if e.srv, err = startServer(e.site); err != nil {
		return e, err
	}
	res.Origin = e.srv.URL
	if res.ServerLoadCPU, err = e.srv.cpu(ctx); err != nil {
		return e, err
	}
	return e, nil
}
