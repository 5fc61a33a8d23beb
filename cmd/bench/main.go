// Command bench measures sitefeed against a generated copy of the site
// served on loopback, in one run: a cold backfill of all feeds, the same
// pages fetched and parsed by a bare net/http + goquery baseline, the
// backfill's allocations in-process, steady-state refreshes, a refresh
// after new articles, feed rendering, and the daemon's memory over 100
// scheduled runs. It prints a Markdown table with the targets and
// writes it, with the raw figures as JSON, to the output directory.
//
//	go run ./cmd/bench [-n 2000] [-out bench-out] [-daemon=false] [-cpuprofile F]
//
// sitefeed and the baseline run as child processes, so CPU time and peak
// RSS are the kernel's per-process figures; so does the corpus server
// (this binary with -serve-root), so that nothing else shares the
// in-process measurements.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

type options struct {
	n, press, seed int
	out            string
	daemon         bool
	daemonRuns     int
	steadyRuns     int
	cpuProfile     string
	memProfile     string
	keep           bool
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 2000, "news articles per language (az, en, ru)")
	flag.IntVar(&o.press, "press", 50, "press centre items per language")
	flag.IntVar(&o.seed, "seed", 1, "corpus seed")
	flag.StringVar(&o.out, "out", "bench-out", "directory for results.md, results.json and logs")
	flag.BoolVar(&o.daemon, "daemon", true, "measure the daemon over -daemon-runs scheduled runs (about 2 minutes)")
	flag.IntVar(&o.daemonRuns, "daemon-runs", 100, "scheduled daemon runs to wait for")
	flag.IntVar(&o.steadyRuns, "steady-runs", 5, "steady-state refreshes to time")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the in-process backfill to this file")
	flag.StringVar(&o.memProfile, "memprofile", "", "write the allocation profile after the in-process backfill to this file (it covers the whole process: view with -focus 'scraper|refresh')")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary work directory (corpus, store, feeds)")
	serveRoot := flag.String("serve-root", "", "internal: serve this corpus directory (the bench's own server child)")
	flag.Parse()
	if *serveRoot != "" {
		if err := serveCorpus(*serveRoot); err != nil {
			fmt.Fprintln(os.Stderr, "bench server:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	command := "go run ./cmd/bench " + strings.Join(os.Args[1:], " ")
	if err := bench(ctx, o, strings.TrimSpace(command)); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
