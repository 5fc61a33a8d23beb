package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/feed"
	"sitefeed/item"
	"sitefeed/store"
)

// renderResult is the cost of rendering one feed in all three formats
// (RSS, Atom, JSON), and of every configured feed at its max_items.
type renderResult struct {
	Items50        time.Duration `json:"items50_ns"`
	Items50Allocs  uint64        `json:"items50_allocs"`
	BigItems       int           `json:"big_items"` // 1000 unless the corpus is smaller
	Items1000      time.Duration `json:"items1000_ns"`
	Items1000Bytes int           `json:"items1000_bytes"`
	// Items1000Reused renders with buffers kept from the previous pass.
	Items1000Reused time.Duration  `json:"items1000_reused_ns"`
	AllFeeds        time.Duration  `json:"all_feeds_ns"`
	Feeds           int            `json:"feeds"`
	StoredItems     map[string]int `json:"stored_items"`
}

func (e *env) render(_ context.Context, res *results) error {
	cfg, err := config.Load(e.cfg)
	if err != nil {
		return err
	}
	st, err := store.Open(e.db, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	r := renderResult{StoredItems: map[string]int{}}
	var all []job
	for i := range cfg.Feeds {
		f := &cfg.Feeds[i]
		if r.StoredItems[f.Name], err = st.Count(f.Name); err != nil {
			return err
		}
		entries, err := st.Entries(f.Name, f.MaxItems)
		if err != nil {
			return err
		}
		all = append(all, job{crawl.Meta(cfg, f, "bench"), entries})
	}
	f := &cfg.Feeds[0]
	big, err := st.Entries(f.Name, 1000)
	if err != nil {
		return err
	}
	if len(big) < 50 {
		return fmt.Errorf("%s holds %d items, want at least 50 to render", f.Name, len(big))
	}
	r.BigItems = len(big)
	meta := crawl.Meta(cfg, f, "bench")
	if r.Items50, r.Items50Allocs, _, err = timeRender([]job{{meta, big[:50]}}, false); err != nil {
		return err
	}
	if r.Items1000, _, r.Items1000Bytes, err = timeRender([]job{{meta, big}}, false); err != nil {
		return err
	}
	if r.Items1000Reused, _, _, err = timeRender([]job{{meta, big}}, true); err != nil {
		return err
	}
	if r.AllFeeds, _, _, err = timeRender(all, false); err != nil {
		return err
	}
	r.Feeds = len(all)
	res.Render = r
	return nil
}

type job struct {
	meta    feed.Meta
	entries []item.Entry
}

// timeRender renders the jobs in every format repeatedly for about half a
// second and returns the mean time and allocations of one pass, and the
// bytes one pass produced. A pass renders with one feed.Renderer, as a
// refresh run does: a new one per pass (a run's first render pays for its
// buffers), or with reuse one kept over the passes (a run's later feeds).
func timeRender(jobs []job, reuse bool) (per time.Duration, allocs uint64, size int, err error) {
	var r feed.Renderer
	pass := func() (int, error) {
		if !reuse {
			r = feed.Renderer{}
		}
		n := 0
		for _, j := range jobs {
			outs, err := r.Render(j.meta, j.entries)
			if err != nil {
				return 0, fmt.Errorf("render %s: %w", j.meta.Name, err)
			}
			for _, o := range outs {
				n += len(o.Data)
			}
		}
		return n, nil
	}
	if size, err = pass(); err != nil { // warm-up
		return 0, 0, 0, err
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	n := 0
	for ; n < 3 || time.Since(start) < 500*time.Millisecond; n++ {
		if _, err := pass(); err != nil {
			return 0, 0, 0, err
		}
	}
	per = time.Since(start) / time.Duration(n)
	runtime.ReadMemStats(&after)
	return per, (after.Mallocs - before.Mallocs) / uint64(n), size, nil
}
