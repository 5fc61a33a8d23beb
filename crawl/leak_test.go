package crawl

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"sitefeed/config"
	"sitefeed/internal/corpus"
	"sitefeed/internal/fixturesite"
	"sitefeed/store"
)

// leakRig is the default config pointed at a small generated corpus, with
// a store, as the daemon holds them across scheduled runs.
type leakRig struct {
	site *fixturesite.Server
	opts Options
}

func leakSetup(t *testing.T) *leakRig {
	t.Helper()
	dir := t.TempDir()
	root := filepath.Join(dir, "site")
	if _, err := corpus.Generate(root, corpus.Options{PerLanguage: 10, PressPerLanguage: 5, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	site := fixturesite.New(root)
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	cfg, err := config.Load(filepath.Join("..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.SetOrigin(srv.URL); err != nil {
		t.Fatal(err)
	}
	cfg.SetDelay(0, 0)
	cfg.OutputDir, cfg.DB = filepath.Join(dir, "public"), filepath.Join(dir, "sitefeed.db")
	st, err := store.Open(cfg.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	// No Transport: like the daemon, every run builds its own.
	return &leakRig{site: site, opts: Options{Config: cfg, Store: st, Version: "test"}}
}

// leakRun runs every feed once and returns the requests the site saw.
func (r *leakRig) leakRun(t *testing.T, backfill bool) int {
	t.Helper()
	r.site.Reset()
	o := r.opts
	o.Backfill = backfill
	if _, err := Run(context.Background(), o); err != nil {
		t.Fatalf("run: %v", err)
	}
	return len(r.site.Requests())
}

// leakSnapshot is the goroutine count and the heap in use after a full
// garbage collection, once goroutines of closed connections had a moment
// to exit.
func leakSnapshot() (goroutines int, heapInuse uint64) {
	time.Sleep(50 * time.Millisecond)
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return runtime.NumGoroutine(), m.HeapInuse
}

func TestNoLeakAcross100Runs(t *testing.T) {
	rig := leakSetup(t)
	if n := rig.leakRun(t, true); n < 3*(10+5) {
		t.Fatalf("backfill made %d requests, want at least one per article", n)
	}
	var g10, h10 int
	var heap10 uint64
	for run := 1; run <= 100; run++ {
		if n := rig.leakRun(t, false); n != 6 {
			t.Fatalf("run %d: %d requests, want 6 (one per feed, nothing new)", run, n)
		}
		if run == 10 {
			g10, heap10 = leakSnapshot()
			h10 = int(heap10)
		}
	}
	g100, heap100 := leakSnapshot()
	t.Logf("goroutines %d -> %d, heap in use %d -> %d bytes (runs 10 -> 100)", g10, g100, h10, heap100)
	if g100 > g10+2 {
		t.Errorf("goroutines grew from %d after run 10 to %d after run 100 "+
			"(kept-alive connections of earlier runs still open? each run's transport must close its idle connections)", g10, g100)
	}
	if limit := uint64(1.2*float64(heap10)) + 1<<20; heap100 > limit {
		t.Errorf("heap in use grew from %d after run 10 to %d after run 100 (limit %d)", heap10, heap100, limit)
	}
}
