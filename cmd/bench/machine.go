package main

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// machine describes where the figures were measured.
type machine struct {
	CPU        string    `json:"cpu"`
	CPUs       int       `json:"cpus"`
	Kernel     string    `json:"kernel"`
	Go         string    `json:"go"`
	LoadBefore string    `json:"load_before"` // /proc/loadavg: 1, 5, 15 minutes
	LoadAfter  string    `json:"load_after"`
	Date       time.Time `json:"date"`
}

func machineInfo(ctx context.Context) machine {
	m := machine{CPU: cpuModel(), CPUs: runtime.NumCPU(), Go: runtime.Version(), LoadBefore: loadAvg(),
		Date: time.Now().UTC().Truncate(time.Second)}
	if raw, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = "Linux " + strings.TrimSpace(string(raw))
	}
	if out, err := exec.CommandContext(ctx, "go", "version").Output(); err == nil {
		m.Go = strings.TrimSpace(strings.TrimPrefix(string(out), "go version "))
	}
	return m
}

func cpuModel() string {
	raw, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for line := range strings.SplitSeq(string(raw), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

// loadAvg is the first three fields of /proc/loadavg.
func loadAvg() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
