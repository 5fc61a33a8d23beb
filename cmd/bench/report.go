package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"sitefeed/internal/corpus"
)

// results are every figure of one bench run.
type results struct {
	Command   string         `json:"command"`
	Machine   machine        `json:"machine"`
	Origin    string         `json:"origin"`
	Corpus    corpusResult   `json:"corpus"`
	Backfill  scrapeRun      `json:"backfill"`
	Baseline  baselineResult `json:"baseline"`
	Alloc     allocResult    `json:"alloc"`
	Steady    []scrapeRun    `json:"steady"`
	AfterAdd  scrapeRun      `json:"after_add"`
	Render    renderResult   `json:"render"`
	Daemon    *daemonResult  `json:"daemon,omitempty"`
	ServerCPU time.Duration  `json:"server_cpu_ns"`
	// ServerLoadCPU is the part of ServerCPU spent starting: reading the
	// corpus into memory.
	ServerLoadCPU time.Duration `json:"server_load_cpu_ns"`
}

type corpusResult struct {
	PerLanguage      int           `json:"per_language"`
	PressPerLanguage int           `json:"press_per_language"`
	Seed             int           `json:"seed"`
	Stats            corpus.Stats  `json:"stats"`
	Took             time.Duration `json:"took_ns"`
}

func writeResults(dir string, r *results) error {
	md := markdown(r)
	fmt.Print(md)
	if err := os.WriteFile(filepath.Join(dir, "results.md"), []byte(md), 0o644); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "results.json"), append(raw, '\n'), 0o644)
}

// table accumulates Markdown rows.
type table struct{ b strings.Builder }

func (t *table) section(title string) {
	fmt.Fprintf(&t.b, "| **%s** | | | |\n", title)
}

func (t *table) row(what, value, target string, met *bool) {
	verdict := ""
	switch {
	case met == nil:
	case *met:
		verdict = "yes"
	default:
		verdict = "**NO**"
	}
	fmt.Fprintf(&t.b, "| %s | %s | %s | %s |\n", what, value, target, verdict)
}

func check(ok bool) *bool { return &ok }

func ms(d time.Duration) string  { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }
func sec(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }
func mb(bytes float64) string    { return fmt.Sprintf("%.1f MB", bytes/(1<<20)) }

func perPage(d time.Duration, pages int) time.Duration {
	if pages == 0 {
		return 0
	}
	return d / time.Duration(pages)
}

func markdown(r *results) string {
	var t table
	t.b.WriteString("| measurement | value | target | met |\n|---|---|---|---|\n")
	backfillRows(&t, r)
	allocRows(&t, r)
	refreshRows(&t, r)
	renderRows(&t, r)
	daemonRows(&t, r)
	return header(r) + t.b.String() + footer(r)
}

func backfillRows(t *table, r *results) {
	b, bl := r.Backfill, r.Baseline
	rate := float64(b.Tally.Articles) / b.Proc.Wall.Seconds()
	t.section(fmt.Sprintf("Cold backfill, all %d feeds (`sitefeed scrape -backfill`, child process)", 6))
	t.row("article pages per second", fmt.Sprintf("%.0f", rate), "≥ 3000", check(rate >= 3000))
	t.row("wall time", fmt.Sprintf("%s for %d article + %d list pages (%d requests)", sec(b.Proc.Wall),
		b.Tally.Articles, b.Tally.ListPages, b.Tally.Requests), "", nil)
	t.row("CPU time (user + sys)", fmt.Sprintf("%s (%s + %s)", sec(b.Proc.CPU), sec(b.Proc.User), sec(b.Proc.Sys)), "", nil)
	sf, base := perPage(b.Proc.CPU, b.Tally.Requests), perPage(bl.Proc.CPU, int(bl.Pages))
	ratio := float64(sf) / float64(base)
	t.row("CPU per page: sitefeed / baseline", fmt.Sprintf("%.3f ms / %.3f ms = **%.2f×**", float64(sf)/1e6,
		float64(base)/1e6, ratio), "≤ 1.5×", check(ratio <= 1.5))
	rss := float64(b.Proc.MaxRSSKB) * 1024
	t.row("peak RSS", mb(rss), "< 150 MB", check(rss < 150<<20))
	serverRow(t, b.ServerCPU, b.Tally.Requests)
	t.section("Baseline: same requests, net/http + goquery.NewDocumentFromReader, 4 workers (child process)")
	t.row("pages per second", fmt.Sprintf("%.0f (%d pages, %s wall)", float64(bl.Pages)/bl.Proc.Wall.Seconds(),
		bl.Pages, sec(bl.Proc.Wall)), "", nil)
	t.row("CPU time; peak RSS", fmt.Sprintf("%s; %s", sec(bl.Proc.CPU), mb(float64(bl.Proc.MaxRSSKB)*1024)), "", nil)
	serverRow(t, bl.ServerCPU, int(bl.Pages))
}

// serverRow is the corpus server's CPU time during a measurement: on a
// small machine, CPU the measured program could not use.
func serverRow(t *table, cpu time.Duration, requests int) {
	t.row("corpus server CPU meanwhile (its own process)", fmt.Sprintf("%s (%.0f µs per request)", sec(cpu),
		float64(perPage(cpu, requests))/1e3), "", nil)
}

func allocRows(t *table, r *results) {
	a := r.Alloc
	t.section("Same backfill in-process (`refresh.Run`, fresh store; runtime.MemStats)")
	n := max(a.Articles, 1)
	t.row("allocations", fmt.Sprintf("%s total; %.0f KB and %d allocations per article page", mb(float64(a.TotalAlloc)),
		float64(a.TotalAlloc)/float64(n)/1024, a.Mallocs/uint64(n)), "", nil)
	t.row("peak heap (objects); GC cycles", fmt.Sprintf("%s; %d", mb(float64(a.PeakHeap)), a.GCs), "flat in N", nil)
	t.row("wall; CPU", fmt.Sprintf("%s; %s (%d articles, %d new items, %d failed feeds)", sec(a.Wall), sec(a.CPU),
		a.Articles, a.NewItems, a.FailedFeeds), "", nil)
	serverRow(t, a.ServerCPU, a.Requests)
}

func refreshRows(t *table, r *results) {
	if len(r.Steady) > 0 {
		reqs := make([]string, len(r.Steady))
		all6 := true
		for i, s := range r.Steady {
			reqs[i] = fmt.Sprint(s.Tally.Requests)
			all6 = all6 && s.Tally.Requests == 6
		}
		t.section(fmt.Sprintf("Steady-state refresh (`sitefeed scrape`, nothing new; %d runs)", len(r.Steady)))
		t.row("requests per run", strings.Join(reqs, ", "), "6", check(all6))
		w := medianWall(r.Steady)
		t.row("wall time (median; process start to exit)", ms(w), "< 100 ms", check(w < 100*time.Millisecond))
		t.row("CPU time (first run)", ms(r.Steady[0].Proc.CPU), "", nil)
	}
	a := r.AfterAdd
	t.section("Refresh after 5 new articles per language")
	t.row("requests", fmt.Sprintf("%d (%d list, %d article, %d not modified)", a.Tally.Requests, a.Tally.ListPages,
		a.Tally.Articles, a.Tally.NotModified), "21", check(a.Tally.Requests == 21))
	t.row("wall time", ms(a.Proc.Wall), "", nil)
}

func renderRows(t *table, r *results) {
	rr := r.Render
	t.section("Rendering RSS + Atom + JSON (in-process, store entries; feed.Renderer, new buffers unless said)")
	t.row("one feed, 50 items", fmt.Sprintf("%s (%d allocations)", ms(rr.Items50), rr.Items50Allocs), "< 5 ms",
		check(rr.Items50 < 5*time.Millisecond))
	var met *bool
	if rr.BigItems == 1000 {
		met = check(rr.Items1000 < 50*time.Millisecond)
	}
	t.row(fmt.Sprintf("one feed, %d items", rr.BigItems), fmt.Sprintf("%s (%s of output)", ms(rr.Items1000),
		mb(float64(rr.Items1000Bytes))), "< 50 ms for 1000", met)
	t.row(fmt.Sprintf("one feed, %d items, buffers reused (a run's later feeds)", rr.BigItems), ms(rr.Items1000Reused), "", nil)
	t.row(fmt.Sprintf("all %d feeds at max_items", rr.Feeds), ms(rr.AllFeeds), "", nil)
}

func daemonRows(t *table, r *results) {
	d := r.Daemon
	if d == nil {
		return
	}
	t.section("Daemon (`sitefeed serve`, schedule @every 1s, after the backfill)")
	rss := float64(d.Late.RSSKB) * 1024
	t.row(fmt.Sprintf("RSS after %d runs (VmRSS)", d.Late.Runs), mb(rss), "≤ 35 MB", check(rss <= 35<<20))
	t.row(fmt.Sprintf("RSS after %d runs; peak (VmHWM)", d.Early.Runs), fmt.Sprintf("%s; %s",
		mb(float64(d.Early.RSSKB)*1024), mb(float64(d.Late.HWMKB)*1024)), "", nil)
	t.row(fmt.Sprintf("goroutines at run %d → %d", d.Early.Runs, d.Late.Runs), fmt.Sprintf("%.0f → %.0f",
		d.Early.Goroutines, d.Late.Goroutines), "no growth", check(d.Late.Goroutines <= d.Early.Goroutines+2))
	t.row(fmt.Sprintf("heap in use at run %d → %d", d.Early.Runs, d.Late.Runs), fmt.Sprintf("%s → %s",
		mb(d.Early.HeapInuse), mb(d.Late.HeapInuse)), "no growth", check(d.Late.HeapInuse <= 1.2*d.Early.HeapInuse+(1<<20)))
	runs := max(d.Late.Runs, 1)
	t.row("CPU and requests per scheduled run", fmt.Sprintf("%s; %.1f", ms(d.CPU/time.Duration(runs)),
		float64(d.Requests)/float64(runs)), "", nil)
}

func header(r *results) string {
	m := r.Machine
	c := r.Corpus
	return fmt.Sprintf("## sitefeed benchmark\n\n"+
		"- command: `%s`\n- machine: %s, %d CPUs, %s, %s\n- load average (1, 5, 15 min): %s before, %s after\n"+
		"- date: %s\n- corpus: %d news + %d press items per language (seed %d): %d article pages, %d list pages, %s, generated in %s\n\n",
		r.Command, m.CPU, m.CPUs, m.Kernel, m.Go, m.LoadBefore, m.LoadAfter, m.Date.Format(time.RFC3339),
		c.PerLanguage, c.PressPerLanguage, c.Seed, c.Stats.Articles, c.Stats.ListPages, mb(float64(c.Stats.Bytes)), sec(c.Took))
}

func footer(r *results) string {
	items := make([]string, 0, len(r.Render.StoredItems))
	for _, name := range sortedKeys(r.Render.StoredItems) {
		items = append(items, fmt.Sprintf("%s %d", name, r.Render.StoredItems[name]))
	}
	return fmt.Sprintf("\nStore after the runs: %s. The corpus server (a separate process) used %s of CPU in all, "+
		"%s of it to read the corpus into memory at start.\n", strings.Join(items, ", "), sec(r.ServerCPU), sec(r.ServerLoadCPU))
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
