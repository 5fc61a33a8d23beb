package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"sitefeed/internal/fixturesite"
)

// The corpus is served by a child process (this binary with -serve-root),
// so that the in-process measurements (allocations, CPU profile) see
// sitefeed alone and the server's CPU does not blur them. Its request log
// is read over HTTP under a hidden path that fixturesite never serves.
const (
	logPath   = "/.bench/requests"
	resetPath = "/.bench/reset"
)

// serveCorpus is the server child: it serves root on a loopback port,
// prints its URL on stdout and runs until stdin closes.
func serveCorpus(root string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	site := fixturesite.New(root)
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+logPath, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(site.Requests())
	})
	mux.HandleFunc("POST "+resetPath, func(http.ResponseWriter, *http.Request) { site.Reset() })
	mux.Handle("/", site)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("http://%s\n", ln.Addr())
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin) // the parent went away
		_ = srv.Close()
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// server is the parent's handle on the server child.
type server struct {
	URL   string
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

func startServer(root string) (*server, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self, "-serve-root", root)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, fmt.Errorf("server: %w", err)
	}
	return &server{URL: strings.TrimSpace(line), cmd: cmd, stdin: stdin}, nil
}

// stop ends the server and returns its CPU time.
func (s *server) stop() (time.Duration, error) {
	_ = s.stdin.Close() // the child closes its server and exits
	err := s.cmd.Wait()
	ru, _ := s.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if ru == nil {
		return 0, err
	}
	return cpuOf(ru), nil
}

func (s *server) reset(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+resetPath, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("reset server log: %w", err)
	}
	return resp.Body.Close()
}

func (s *server) requests(ctx context.Context) ([]fixturesite.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+logPath, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	defer resp.Body.Close()
	var out []fixturesite.Request
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	return out, nil
}
