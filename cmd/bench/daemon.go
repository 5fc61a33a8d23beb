package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// snapshot is the daemon's memory after some scheduled runs.
type snapshot struct {
	Runs       int     `json:"runs"`
	RSSKB      int64   `json:"rss_kb"` // VmRSS
	HWMKB      int64   `json:"hwm_kb"` // VmHWM, the peak
	Goroutines float64 `json:"goroutines"`
	HeapInuse  float64 `json:"heap_inuse_bytes"`
}

type daemonResult struct {
	Early    snapshot      `json:"early"` // after 10 runs
	Late     snapshot      `json:"late"`  // after -daemon-runs runs
	Elapsed  time.Duration `json:"elapsed_ns"`
	CPU      time.Duration `json:"cpu_ns"`
	Requests int           `json:"requests"`
}

// daemon runs `sitefeed serve` on the backfilled store with a one-second
// schedule and reads its memory after 10 and after -daemon-runs runs.
func (e *env) daemon(ctx context.Context, res *results) error {
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	if err := e.srv.reset(ctx); err != nil {
		return err
	}
	lf, err := os.OpenFile(e.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer lf.Close()
	cmd := exec.Command(e.sitefeed, "serve", "-addr", addr, "-jitter", "0", "-watch", "0", "-config", e.daemonCfg,
		"-origin", e.srv.URL, "-delay", "0", "-db", e.db, "-output", e.public)
	cmd.Stdout, cmd.Stderr = lf, lf
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	r, werr := e.watchDaemon(ctx, cmd.Process.Pid, "http://"+addr+"/metrics")
	r.Elapsed = time.Since(start)
	if err := stopDaemon(cmd); err != nil && werr == nil {
		werr = err
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.CPU = cpuOf(ru)
	}
	if reqs, err := e.srv.requests(ctx); err == nil {
		r.Requests = len(reqs)
	}
	res.Daemon = &r
	return werr
}

// watchDaemon polls /metrics until the runs are done.
func (e *env) watchDaemon(ctx context.Context, pid int, metricsURL string) (daemonResult, error) {
	var r daemonResult
	deadline := time.Now().Add(time.Duration(e.o.daemonRuns)*3*time.Second + 30*time.Second)
	early := min(10, e.o.daemonRuns)
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return r, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		m, err := scrapeMetrics(ctx, metricsURL)
		if err != nil {
			continue // not listening yet
		}
		runs := int(m["sitefeed_runs_total"] / 6)
		if r.Early.Runs == 0 && runs >= early {
			r.Early = takeSnapshot(pid, runs, m)
		}
		if runs >= e.o.daemonRuns {
			r.Late = takeSnapshot(pid, runs, m)
			return r, nil
		}
	}
	return r, fmt.Errorf("daemon did not reach %d runs in time", e.o.daemonRuns)
}

func takeSnapshot(pid, runs int, m map[string]float64) snapshot {
	s := snapshot{Runs: runs, Goroutines: m["go_goroutines"], HeapInuse: m["go_memstats_heap_inuse_bytes"]}
	s.RSSKB, s.HWMKB = procStatus(pid, "VmRSS:"), procStatus(pid, "VmHWM:")
	return s
}

// scrapeMetrics reads a Prometheus text page, summing each metric's
// series over their labels.
func scrapeMetrics(ctx context.Context, u string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("metrics: HTTP %d", resp.StatusCode)
	}
	return parseMetrics(resp.Body)
}

func parseMetrics(r io.Reader) (map[string]float64, error) {
	out := map[string]float64{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		name, _, _ := strings.Cut(line, " ")
		name, _, _ = strings.Cut(name, "{")
		fields := strings.Fields(line)
		if v, err := strconv.ParseFloat(fields[len(fields)-1], 64); err == nil {
			out[name] += v
		}
	}
	return out, sc.Err()
}

// procStatus reads a kB field of /proc/PID/status.
func procStatus(pid int, field string) int64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// stopDaemon sends SIGTERM and waits, killing it after 30 s.
func stopDaemon(cmd *exec.Cmd) error {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("daemon exit: %w", err)
		}
		return nil
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		return errors.New("daemon ignored SIGTERM for 30 s; killed")
	}
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}
