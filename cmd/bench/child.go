package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// proc is what one child process cost.
type proc struct {
	Wall     time.Duration `json:"wall_ns"`
	CPU      time.Duration `json:"cpu_ns"` // user + system
	User     time.Duration `json:"user_ns"`
	Sys      time.Duration `json:"sys_ns"`
	MaxRSSKB int64         `json:"max_rss_kb"`
	Stdout   string        `json:"-"`
}

func cpuOf(ru *syscall.Rusage) time.Duration {
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// run runs a binary to completion, stdout captured, stderr appended to
// logFile, and measures it with the rusage the kernel keeps for it.
func run(ctx context.Context, logFile string, name string, args ...string) (proc, error) {
	lf, err := os.OpenFile(logFile, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return proc{}, err
	}
	defer lf.Close()
	fmt.Fprintf(lf, "\n$ %s %s\n", name, strings.Join(args, " "))
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = &out, lf
	start := time.Now()
	err = cmd.Run()
	p := proc{Wall: time.Since(start), Stdout: out.String()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			p.User, p.Sys = time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
			p.CPU, p.MaxRSSKB = p.User+p.Sys, ru.Maxrss
		}
	}
	_, _ = lf.WriteString(p.Stdout)
	if err != nil {
		return p, fmt.Errorf("%s %s: %w (see %s)", filepath.Base(name), strings.Join(args, " "), err, logFile)
	}
	return p, nil
}

// build compiles a package of the module into dir and returns the binary.
func build(ctx context.Context, moduleDir, pkg, out string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, pkg)
	cmd.Dir = moduleDir
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %w\n%s", pkg, err, msg)
	}
	return out, nil
}

// moduleRoot is the directory of the main module's go.mod.
func moduleRoot(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("not inside the sitefeed module")
	}
	return filepath.Dir(mod), nil
}
