package cli_test

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeRecoversAndReloads: /healthz goes 503 while the site fails and
// back to 200 when it recovers; SIGHUP with a broken config keeps the
// running one; SIGHUP with a good config applies it. Not parallel: it
// signals the test process while serve's handlers hold the signals.
func TestServeRecoversAndReloads(t *testing.T) {
	s := newSite(t)
	d := newDirs(t)
	s.failWhen(func(string) bool { return true })
	config := writeConfig(t, setKey("schedule", `"@every 1s"`), setKey("retries", "1"), setKey("stale_after", "2s"))
	dm := startServe(t, config, s.URL, d)
	defer func() {
		if t.Failed() {
			t.Logf("serve stderr:\n%s", dm.stderr)
		}
	}()
	dm.waitHealth(t, 15*time.Second, func(code int, h healthz) bool {
		return code == http.StatusServiceUnavailable && h.Status == "stale" && len(h.Feeds) > 0 && h.Feeds[0].LastError != ""
	})
	// The index page answers before any run has succeeded.
	resp, body := get(t, dm.base+"/", nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Not available yet") || strings.Contains(string(body), `href="news-en.rss"`) {
		t.Errorf("GET / before any success = %d, want 200 listing the feeds as not available yet, without links:\n%.300s", resp.StatusCode, body)
	}
	s.failWhen(nil)
	dm.waitHealth(t, 20*time.Second, allSucceeded)

	// A broken configuration is rejected; the daemon keeps serving.
	good, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, append(good, []byte("\nbogus_key: 1\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, func() bool { return strings.Contains(dm.stderr.String(), "config reload rejected") }, "the rejected reload to be logged")
	if !strings.Contains(dm.stderr.String(), "bogus_key") {
		t.Errorf("the rejection does not name the bad key:\n%s", dm.stderr)
	}
	dm.waitHealth(t, 5*time.Second, allSucceeded)

	// A good one is applied: the index shows the new title.
	renamed := strings.Replace(string(good), `title: "State Migration Service of Azerbaijan: News"`, `title: "SMS news, reloaded"`, 1)
	if renamed == string(good) {
		t.Fatal("the news-en title line was not found in the config")
	}
	if err := os.WriteFile(config, []byte(renamed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 15*time.Second, func() bool {
		b, err := os.ReadFile(filepath.Join(d.out, "index.html"))
		return err == nil && strings.Contains(string(b), "SMS news, reloaded")
	}, "index.html to show the reloaded title")
	dm.stop(t)
}

func waitFor(t *testing.T, within time.Duration, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
