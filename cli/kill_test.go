package cli_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"sitefeed/cli"
	"sitefeed/internal/fixturesite"
	"sitefeed/store"
)

// TestMain lets the test binary act as sitefeed when re-executed with
// SITEFEED_TEST_MAIN=1, so a test can signal a real process.
func TestMain(m *testing.M) {
	if os.Getenv("SITEFEED_TEST_MAIN") == "1" {
		os.Exit(cli.Main(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: noEnv}))
	}
	os.Exit(m.Run())
}

// A backfill killed with SIGTERM or SIGKILL at 12 random points (after a
// random number of its requests) never damages the store, never leaves a
// partial feed file and never loses a stored item; SIGTERM exits 1 saying
// it was interrupted. The next run completes (issue 12, item 12).
func TestKilledAtRandomPoints(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	t.Parallel()
	fx := fixturesite.New(siteRoot)
	k := &killer{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k.request()
		fx.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	d := newDirs(t)
	// -refresh re-checks every article: a longer run, more points inside it.
	args := append([]string{"scrape", "-backfill", "-refresh"}, d.flags(defaultConfig, srv.URL)...)
	if code, _, stderr := k.sub(t, args, 0, nil); code != 0 { // the history
		t.Fatalf("backfill: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := k.sub(t, args, 0, nil); code != 0 { // how many requests a later one sends
		t.Fatalf("backfill: exit %d\n%s", code, stderr)
	}
	total := int(k.n.Load())
	counts := storeCounts(t, d.db)
	rnd := rand.New(rand.NewPCG(12, 2026))
	for i := range 12 {
		sig := syscall.SIGKILL
		if i%2 == 0 {
			sig = syscall.SIGTERM
		}
		after := 1 + rnd.IntN(total-1)
		code, _, stderr := k.sub(t, args, after, sig)
		switch {
		case sig == syscall.SIGTERM && (code != cli.ExitFailed || !strings.Contains(stderr, "interrupted; everything stored so far is kept")):
			t.Errorf("point %d (SIGTERM after %d of %d requests): exit %d, want 1 and the interruption message:\n%s", i, after, total, code, tail(stderr))
		case sig == syscall.SIGKILL && code != -1:
			t.Errorf("point %d (SIGKILL after %d of %d requests): exit %d, want killed", i, after, total, code)
		}
		now := storeCounts(t, d.db)
		for f, n := range counts {
			if now[f] < n {
				t.Errorf("point %d (%v after %d requests): %s holds %d items, had %d", i, sig, after, f, now[f], n)
			}
		}
		counts = now
		checkWholeFiles(t, d.out)
		if code, out, _ := run(t, "store", "verify", "-db", d.db, "-config", defaultConfig); code != 0 {
			t.Errorf("point %d (%v after %d requests): store verify exit %d\n%s", i, sig, after, code, out)
		}
	}
	if code, _, stderr := k.sub(t, args, 0, nil); code != 0 {
		t.Fatalf("run after the kills: exit %d\n%s", code, stderr)
	}
	checkWholeFiles(t, d.out)
}

func tail(s string) string { return s[max(0, len(s)-800):] }

// killer signals the child process when the site has served its n-th
// request of that run.
type killer struct {
	n      atomic.Int64
	mu     sync.Mutex
	target int64
	proc   *os.Process
	sig    os.Signal
}

func (k *killer) request() {
	n := k.n.Add(1)
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.proc != nil && n == k.target {
		_ = k.proc.Signal(k.sig)
	}
}

// sub runs sitefeed as a child process, sending sig once the site has
// answered after requests of it (sig nil: none).
func (k *killer) sub(t *testing.T, args []string, after int, sig os.Signal) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "SITEFEED_TEST_MAIN=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	k.n.Store(0)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if sig != nil { // the child has not reached the site yet: it starts up for far longer
		k.mu.Lock()
		k.target, k.proc, k.sig = int64(after), cmd.Process, sig
		k.mu.Unlock()
		defer func() {
			k.mu.Lock()
			k.proc = nil
			k.mu.Unlock()
		}()
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode() // -1 when killed by a signal
	default:
		t.Fatal(err)
	}
	return code, out.String(), errb.String()
}

func storeCounts(t *testing.T, db string) map[string]int {
	t.Helper()
	st, err := store.Open(db, store.Options{LockTimeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("open the store after a kill: %v", err)
	}
	defer st.Close()
	out := map[string]int{}
	for _, f := range feedNames {
		if out[f], err = st.Count(f); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// checkWholeFiles: every feed file present is whole (well-formed XML or
// JSON that parses).
func checkWholeFiles(t *testing.T, dir string) {
	t.Helper()
	for _, f := range feedNames {
		for _, ext := range []string{"rss", "atom", "json"} {
			b, err := os.ReadFile(filepath.Join(dir, f+"."+ext))
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := whole(ext, b); err != nil {
				t.Errorf("%s.%s is not whole: %v", f, ext, err)
			}
		}
	}
}

func whole(ext string, b []byte) error {
	if ext == "json" {
		if !bytes.HasSuffix(bytes.TrimSpace(b), []byte("}")) {
			return fmt.Errorf("truncated JSON")
		}
		return nil
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
