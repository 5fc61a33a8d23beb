package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/store"
)

// allocResult is the in-process backfill: what the Go runtime says it
// allocated, and its CPU time from getrusage.
type allocResult struct {
	Wall        time.Duration `json:"wall_ns"`
	CPU         time.Duration `json:"cpu_ns"`
	TotalAlloc  uint64        `json:"total_alloc_bytes"`
	Mallocs     uint64        `json:"mallocs"`
	GCs         uint32        `json:"gcs"`
	PeakHeap    uint64        `json:"peak_heap_bytes"` // largest heap objects sample
	Articles    int           `json:"articles"`
	Requests    int           `json:"requests"`
	NewItems    int           `json:"new_items"`
	FailedFeeds int           `json:"failed_feeds"`
	ServerCPU   time.Duration `json:"server_cpu_ns"` // the corpus server's, meanwhile
}

// inProcess runs the same cold backfill through crawl.Run in this
// process, on a fresh store, and reads the runtime's counters around it.
func (e *env) inProcess(ctx context.Context, res *results) error {
	cfg, err := config.Load(e.cfg)
	if err != nil {
		return err
	}
	dir := filepath.Join(e.work, "inproc")
	if err := cfg.SetOrigin(e.srv.URL); err != nil {
		return err
	}
	cfg.SetDelay(0, 0)
	cfg.DB, cfg.OutputDir = filepath.Join(dir, "sitefeed.db"), filepath.Join(dir, "public")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	st, err := store.Open(cfg.DB, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	stopProfile, err := startCPUProfile(e.o.cpuProfile)
	if err != nil {
		return err
	}
	var r allocResult
	var rep crawl.Report
	var runErr error
	serverCPU, cpuErr := e.served(ctx, func() error {
		rep, runErr = measure(&r, func() (crawl.Report, error) {
			return crawl.Run(ctx, crawl.Options{Config: cfg, Store: st, Version: "bench", Backfill: true,
				Logger: slog.New(slog.DiscardHandler)})
		})
		return nil
	})
	if err := stopProfile(); err != nil {
		return err
	}
	if cpuErr != nil {
		return cpuErr
	}
	r.ServerCPU = serverCPU
	if err := writeAllocProfile(e.o.memProfile); err != nil {
		return err
	}
	for _, f := range rep.Feeds {
		r.Articles += f.Stats.Articles
		r.Requests += f.Stats.Requests
		r.NewItems += f.Merge.New
	}
	r.FailedFeeds = len(rep.Failed())
	res.Alloc = r
	return runErr
}

// measure runs fn between two readings of the runtime's memory counters
// and this process's CPU time, sampling the heap's size meanwhile.
func measure(r *allocResult, fn func() (crawl.Report, error)) (crawl.Report, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := selfCPU()
	stop := sampleHeap(&r.PeakHeap)
	start := time.Now()
	rep, err := fn()
	r.Wall = time.Since(start)
	stop()
	r.CPU = selfCPU() - cpu0
	runtime.ReadMemStats(&after)
	r.TotalAlloc = after.TotalAlloc - before.TotalAlloc
	r.Mallocs = after.Mallocs - before.Mallocs
	r.GCs = after.NumGC - before.NumGC
	return rep, err
}

func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return cpuOf(&ru)
}

// sampleHeap records the largest heap-objects size seen every 10 ms
// until the returned stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	wg.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > *peak {
				*peak = v
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

func startCPUProfile(name string) (stop func() error, err error) {
	if name == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}

func writeAllocProfile(name string) error {
	if name == "" {
		return nil
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		_ = f.Close()
		return fmt.Errorf("alloc profile: %w", err)
	}
	return f.Close()
}
