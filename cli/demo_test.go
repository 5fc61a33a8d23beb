package cli_test

import (
	"net"
	"net/http"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitefeed/cli"
)

// `sitefeed demo` serves the bundled copy of the site, scrapes it and
// serves the feeds on loopback (another port when the one asked for is
// taken), with links on the address it prints; Ctrl-C stops it and its
// temporary directory is gone. Not parallel: it signals the test process.
func TestDemo(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- cli.Main([]string{"demo", "-addr", busy.Addr().String()},
			cli.Env{Stdout: stdout, Stderr: stderr, Getenv: noEnv, Bundle: os.DirFS("..")})
	}()
	open := regexp.MustCompile(`Open (http://127\.0\.0\.1:\d+)/ in a browser`)
	var base string
	waitFor(t, 30*time.Second, func() bool {
		select {
		case code := <-done:
			t.Fatalf("demo exited early with %d:\n%s\n%s", code, stdout, stderr)
		default:
		}
		if m := open.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
		}
		return base != ""
	}, "the demo to print its URL")
	if base == "http://"+busy.Addr().String() {
		t.Fatalf("demo claims the busy address %s", base)
	}
	if !strings.Contains(stdout.String(), "6 feeds, 66 items") {
		t.Errorf("demo output lacks the run's count:\n%s", stdout)
	}
	entries, _ := os.ReadDir(tmp)
	if len(entries) != 1 {
		t.Errorf("TMPDIR holds %d entries while the demo runs, want its one directory", len(entries))
	}

	_, index := get(t, base+"/", http.Header{"Accept": {"text/html"}})
	for _, want := range []string{"Labour migration quota for 2026 approved", `href="news-en.html"`,
		`value="` + base + `/news-en.rss"`, "Yenilənib: "} {
		if !strings.Contains(string(index), want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	_, opml := get(t, base+"/feeds.opml", nil)
	if n := strings.Count(string(opml), `xmlUrl="`+base+"/"); n != 6 {
		t.Errorf("feeds.opml has %d feeds on %s, want 6:\n%s", n, base, opml)
	}
	resp, rss := get(t, base+"/news-en.rss", nil)
	if resp.StatusCode != http.StatusOK || strings.Count(string(rss), "<item>") != 16 {
		t.Errorf("news-en.rss = %d with %d items, want 200 and 16", resp.StatusCode, strings.Count(string(rss), "<item>"))
	}

	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != cli.ExitOK {
			t.Errorf("demo exited with %d after Ctrl-C, want 0:\n%s", code, stderr)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("demo did not stop within 15s of Ctrl-C")
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("the demo left %v behind", left)
	}
	if _, err := http.Get(base + "/"); err == nil {
		t.Error("the demo still serves after Ctrl-C")
	}
}
