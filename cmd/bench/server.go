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
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"sitefeed/internal/fixturesite"
)

// The corpus is served by a child process (this binary with -serve-root),
// so that the in-process measurements (allocations, CPU profile) see
// sitefeed alone and the server's CPU does not blur them. The child holds
// the whole corpus in memory (fixturesite.WithFrozenCache, preloaded), so
// that it costs little of the CPU the measured program needs, and never
// looks at the disk again until told to over a hidden path that
// fixturesite never serves: forgetPath, which env.addArticles calls after
// every change to the corpus. Its request log and CPU time are read under
// the same prefix.
const (
	logPath    = "/.bench/requests"
	resetPath  = "/.bench/reset"
	forgetPath = "/.bench/forget"
	cpuPath    = "/.bench/cpu"
)

// serveCorpus is the server child: it reads root into memory, serves it
// on a loopback port, prints its URL on stdout and runs until stdin
// closes.
//
// Two runtime settings cut its CPU per request by another third (from
// about 140 to 90 µs against the bare baseline client). One P: on the
// bench's two cores a second one mostly adds wake-ups and idle spinning
// (futex, findRunnable), and one core serves ten thousand requests a
// second. GOGC 10: the corpus is most of the live heap and holds no
// pointers, so a collection costs little, while the default 100 would
// cycle the requests' small allocations through as much fresh memory as
// the corpus takes.
func serveCorpus(root string) error {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(10)
	site := fixturesite.New(root, fixturesite.WithFrozenCache())
	if err := site.Preload(); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: corpusHandler(site), ReadHeaderTimeout: 10 * time.Second}
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

// serverCPU is the answer under cpuPath.
type serverCPU struct {
	CPU time.Duration `json:"cpu_ns"` // user + system, whole process
}

// corpusHandler serves the site and the bench's control paths.
func corpusHandler(site *fixturesite.Server) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+logPath, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, site.Requests())
	})
	mux.HandleFunc("POST "+resetPath, func(http.ResponseWriter, *http.Request) { site.Reset() })
	mux.HandleFunc("POST "+forgetPath, func(http.ResponseWriter, *http.Request) { site.Forget() })
	mux.HandleFunc("GET "+cpuPath, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, serverCPU{CPU: selfCPU()})
	})
	mux.Handle("/", site)
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
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

// reset clears the server's request log.
func (s *server) reset(ctx context.Context) error {
	if err := s.post(ctx, resetPath); err != nil {
		return fmt.Errorf("reset server log: %w", err)
	}
	return nil
}

// forget makes the server drop the files it holds in memory, so that it
// reads each from the disk again when next asked for it (a handful of
// pages, after the bench changed the corpus: cheaper than reading all of
// it again).
func (s *server) forget(ctx context.Context) error {
	if err := s.post(ctx, forgetPath); err != nil {
		return fmt.Errorf("server forget: %w", err)
	}
	return nil
}

func (s *server) post(ctx context.Context, path string) error {
	resp, err := s.do(ctx, http.MethodPost, path)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (s *server) requests(ctx context.Context) ([]fixturesite.Request, error) {
	var out []fixturesite.Request
	if err := s.getJSON(ctx, logPath, &out); err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	return out, nil
}

// cpu is the CPU time the server has used so far.
func (s *server) cpu(ctx context.Context) (time.Duration, error) {
	var c serverCPU
	if err := s.getJSON(ctx, cpuPath, &c); err != nil {
		return 0, fmt.Errorf("server CPU: %w", err)
	}
	return c.CPU, nil
}

func (s *server) getJSON(ctx context.Context, path string, v any) error {
	resp, err := s.do(ctx, http.MethodGet, path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

// do sends a request to one of the server's control paths and returns the
// response if it is a 200; otherwise an error with the start of its body.
func (s *server) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, s.URL+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return nil, fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
	}
	return resp, nil
}
