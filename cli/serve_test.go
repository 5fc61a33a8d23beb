package cli_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitefeed/cli"
)

// daemon is one `sitefeed serve` running in-process.
type daemon struct {
	base   string // http://addr
	done   chan int
	stderr *syncBuffer
}

// startServe runs serve in a goroutine. It must be stopped with stop: the
// test process gets the SIGTERM, which only serve's handler may receive.
func startServe(t *testing.T, config, origin string, d dirs) *daemon {
	t.Helper()
	addr := freeAddr(t)
	dm := &daemon{base: "http://" + addr, done: make(chan int, 1), stderr: &syncBuffer{}}
	args := append([]string{"serve", "-addr", addr}, d.flags(config, origin)...)
	args = append(args, "-jitter", "0", "-watch", "0")
	go func() {
		dm.done <- cli.Main(args, cli.Env{Stdout: io.Discard, Stderr: dm.stderr, Getenv: noEnv})
	}()
	return dm
}

type healthz struct {
	Status string `json:"status"`
	Feeds  []struct {
		Name        string    `json:"name"`
		LastSuccess time.Time `json:"last_success"`
		LastError   string    `json:"last_error"`
		Items       int       `json:"items"`
		Stale       bool      `json:"stale"`
	} `json:"feeds"`
}

// waitHealth polls /healthz until ok accepts it.
func (dm *daemon) waitHealth(t *testing.T, within time.Duration, ok func(code int, h healthz) bool) healthz {
	t.Helper()
	deadline := time.Now().Add(within)
	var last string
	for time.Now().Before(deadline) {
		select {
		case code := <-dm.done:
			t.Fatalf("serve exited early with %d:\n%s", code, dm.stderr)
		default:
		}
		resp, err := http.Get(dm.base + "/healthz")
		if err == nil {
			var h healthz
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = fmt.Sprintf("%d %s", resp.StatusCode, body)
			if json.Unmarshal(body, &h) == nil && ok(resp.StatusCode, h) {
				return h
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("/healthz not as wanted within %s; last answer: %s\nserve stderr:\n%s", within, last, dm.stderr)
	return healthz{}
}

// stop sends SIGTERM, which serve's signal.NotifyContext catches, and
// wants a clean exit.
func (dm *daemon) stop(t *testing.T) {
	t.Helper()
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-dm.done:
		if code != cli.ExitOK {
			t.Errorf("serve exited with %d after SIGTERM, want 0:\n%s", code, dm.stderr)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("serve did not stop within 15s of SIGTERM:\n%s", dm.stderr)
	}
}

// allSucceeded: 200 and every feed has a last success.
func allSucceeded(code int, h healthz) bool {
	if code != http.StatusOK || h.Status != "ok" || len(h.Feeds) != len(feedNames) {
		return false
	}
	for _, f := range h.Feeds {
		if f.LastSuccess.IsZero() || f.Items == 0 {
			return false
		}
	}
	return true
}

// indexWritten: the run wrote the files it writes after the last feed,
// and index.html shows every feed's last success (the daemon also writes
// the index at start, before any run: that one must not count).
func indexWritten(dir string) bool {
	for _, n := range []string{"index.html", "feeds.opml", "feed.xsl", "style.css"} {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			return false
		}
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return false
	}
	return strings.Count(string(index), `<p class="meta">Updated: <time `)+strings.Count(string(index), `<p class="meta">Yenilənib: <time `)+
		strings.Count(string(index), `<p class="meta">Обновлено: <time `) == len(feedNames)
}

// TestServe is not parallel: it signals the whole test process, and
// tests marked parallel only start once it has returned.
func TestServe(t *testing.T) {
	s := newSite(t)
	d := newDirs(t)
	hourly := writeConfig(t, setKey("schedule", `"@every 1h"`))

	dm := startServe(t, hourly, s.URL, d)
	stopped := false
	defer func() {
		if !stopped {
			dm.stop(t)
		}
	}()
	dm.waitHealth(t, 15*time.Second, func(code int, h healthz) bool {
		return allSucceeded(code, h) && indexWritten(d.out)
	})
	t.Run("files", func(t *testing.T) { testServedFiles(t, dm.base) })
	t.Run("conditional and gzip", func(t *testing.T) { testConditional(t, dm.base) })
	t.Run("traversal", func(t *testing.T) { testTraversal(t, dm.base) })
	t.Run("metrics", func(t *testing.T) {
		_, body := get(t, dm.base+"/metrics", nil)
		for _, w := range []string{`sitefeed_runs_total{feed="news-en",result="ok"} 1`, "sitefeed_runs_total"} {
			if !strings.Contains(string(body), w) {
				t.Errorf("/metrics lacks %q", w)
			}
		}
	})
	dm.stop(t)
	stopped = true
	checkFeedFiles(t, d.out)

	// A second daemon on the same store while the site fails: the last
	// success ages past stale_after, so /healthz turns 503 about 2s after
	// it; SIGTERM then cancels the failing run, and the files stay as the
	// first daemon left them. (retries: 0 would mean 3:
	// config's defaults treat 0 as unset.)
	t.Run("stale", func(t *testing.T) {
		before := readFiles(t, d.out, feedFiles(feedNames...))
		s.failWhen(func(string) bool { return true })
		defer s.failWhen(nil)
		stale := writeConfig(t, setKey("schedule", `"@every 1h"`), setKey("retries", "1"), setKey("stale_after", "2s"))
		dm := startServe(t, stale, s.URL, d)
		h := dm.waitHealth(t, 15*time.Second, func(code int, h healthz) bool {
			if code != http.StatusServiceUnavailable || h.Status != "stale" || len(h.Feeds) == 0 || h.Feeds[0].LastError == "" {
				return false
			}
			for _, f := range h.Feeds {
				if !f.Stale {
					return false // its last success is not 2s old yet
				}
			}
			return true
		})
		dm.stop(t)
		if len(h.Feeds) != len(feedNames) {
			t.Fatalf("/healthz lists %d feeds, want %d", len(h.Feeds), len(feedNames))
		}
		for _, f := range h.Feeds {
			if !f.Stale || f.LastSuccess.IsZero() || f.Items == 0 {
				t.Errorf("/healthz: %s stale=%v last_success=%v items=%d; want stale with the first daemon's success and items",
					f.Name, f.Stale, f.LastSuccess, f.Items)
			}
		}
		if !strings.Contains(h.Feeds[0].LastError, "500") {
			t.Errorf("/healthz: %s last_error %q does not mention the 500", h.Feeds[0].Name, h.Feeds[0].LastError)
		}
		for name, b := range readFiles(t, d.out, feedFiles(feedNames...)) {
			if !bytes.Equal(b, before[name]) {
				t.Errorf("failed run changed %s", name)
			}
		}
	})
}

func get(t *testing.T, url string, hdr http.Header) (*http.Response, []byte) {
	t.Helper()
	return do(t, http.DefaultClient, http.MethodGet, url, hdr)
}

func do(t *testing.T, c *http.Client, method, url string, hdr http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func testServedFiles(t *testing.T, base string) {
	tests := []struct {
		path, ctype, contains string
	}{
		{"/", "text/html; charset=utf-8", "news-en.rss"},
		{"/index.html", "text/html; charset=utf-8", "news-az.atom"},
		{"/feeds.opml", "text/x-opml; charset=utf-8", "<opml"},
		{"/news-en.rss", "application/rss+xml; charset=utf-8", "Labour migration quota for 2026 approved"},
		{"/news-en.atom", "application/atom+xml; charset=utf-8", "Labour migration quota for 2026 approved"},
		{"/news-en.json", "application/feed+json", `"https://jsonfeed.org/version/1.1"`},
		{"/press-ru.rss", "application/rss+xml; charset=utf-8", "<rss"},
		{"/feed.xsl", "text/xsl; charset=utf-8", "xsl:stylesheet"},
	}
	for _, tt := range tests {
		resp, body := get(t, base+tt.path, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d, want 200", tt.path, resp.StatusCode)
			continue
		}
		if ct := resp.Header.Get("Content-Type"); ct != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, ct, tt.ctype)
		}
		if !bytes.Contains(body, []byte(tt.contains)) {
			t.Errorf("GET %s: body lacks %q", tt.path, tt.contains)
		}
		head, hbody := do(t, http.DefaultClient, http.MethodHead, base+tt.path, nil)
		if head.StatusCode != http.StatusOK || len(hbody) != 0 || head.Header.Get("Content-Type") != tt.ctype {
			t.Errorf("HEAD %s: %d, %d body bytes, Content-Type %q; want 200, none, %q",
				tt.path, head.StatusCode, len(hbody), head.Header.Get("Content-Type"), tt.ctype)
		}
		if cl := head.Header.Get("Content-Length"); cl != "" && cl != fmt.Sprint(len(body)) {
			t.Errorf("HEAD %s: Content-Length %s, GET sent %d bytes", tt.path, cl, len(body))
		}
	}
	for _, path := range []string{"/", "/news-en.rss", "/healthz"} {
		resp, _ := do(t, http.DefaultClient, http.MethodPost, base+path, nil)
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST %s: %d, want 405", path, resp.StatusCode)
		}
	}
	for _, path := range []string{"/no-such-feed.rss", "/news-en.xml", "/config.yaml", "/sitefeed.db"} {
		if resp, _ := get(t, base+path, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
	}
}

func testConditional(t *testing.T, base string) {
	url := base + "/news-en.rss"
	resp, plain := get(t, url, nil)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatalf("GET %s: no ETag", url)
	}
	resp, body := get(t, url, http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
		t.Errorf("GET with If-None-Match %s: %d and %d bytes, want 304 and none", etag, resp.StatusCode, len(body))
	}
	resp, _ = get(t, url, http.Header{"If-None-Match": {`"other"`}})
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET with a stale If-None-Match: %d, want 200", resp.StatusCode)
	}
	raw := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	resp, zipped := do(t, raw, http.MethodGet, url, http.Header{"Accept-Encoding": {"gzip"}})
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET with Accept-Encoding: gzip: Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("gzip response lacks Vary: Accept-Encoding (got %q)", resp.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(zipped))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(unzipped, plain) || len(zipped) >= len(plain) {
		t.Errorf("gzip body: %d bytes unzipping to %d, want smaller and equal to the %d plain bytes", len(zipped), len(unzipped), len(plain))
	}
	resp, body = do(t, raw, http.MethodGet, url, http.Header{"Accept-Encoding": {"gzip"}, "If-None-Match": {resp.Header.Get("ETag")}})
	if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
		t.Errorf("gzip GET with its own ETag: %d and %d bytes, want 304", resp.StatusCode, len(body))
	}
}

// testTraversal sends raw request lines, so no client cleans the paths.
func testTraversal(t *testing.T, base string) {
	addr := strings.TrimPrefix(base, "http://")
	for _, path := range []string{
		"/../config.yaml", "/../../../../etc/passwd", "/..%2f..%2fgo.mod", "/%2e%2e/%2e%2e/go.mod",
		"/news-en.rss/../../go.mod", "/./news-en.rss/..%2f..%2fsitefeed.db", "//etc/passwd", "/..\\..\\go.mod",
		"/%2e%2e%2fsitefeed.db.rss", "/..%2fsitefeed.rss",
	} {
		status, body := rawGet(t, addr, path)
		if status == http.StatusOK || bytes.Contains(body, []byte("module sitefeed")) || bytes.Contains(body, []byte("root:")) {
			t.Errorf("GET %s: %d, body %.80q; want no file", path, status, body)
		}
	}
}

func rawGet(t *testing.T, addr, path string) (int, []byte) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, addr)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

// checkFeedFiles parses every feed file written: RSS and Atom as XML, JSON
// Feed as JSON.
func checkFeedFiles(t *testing.T, dir string) {
	t.Helper()
	for name, b := range readFiles(t, dir, feedFiles(feedNames...)) {
		if strings.HasSuffix(name, ".json") {
			var f struct {
				Version string            `json:"version"`
				Items   []json.RawMessage `json:"items"`
			}
			if err := json.Unmarshal(b, &f); err != nil || f.Version == "" || len(f.Items) == 0 {
				t.Errorf("%s: not a JSON Feed with items (%v)", name, err)
			}
			continue
		}
		if err := wellFormed(b); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Error(err)
	}
}

func wellFormed(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %w", err)
		}
	}
}
