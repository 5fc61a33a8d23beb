package serve

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sitefeed/feed"
)

func styleHash(css []byte) string {
	sum := sha256.Sum256(css)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// rawResponse sends target exactly as given, with extra header lines.
func rawResponse(t *testing.T, addr, target, headers string) *http.Response {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: x\r\n"+headers+"Connection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

// Every response carries nosniff; every one (pages, feeds a browser
// styles with feed.xsl, errors) carries the page policy: a CSP allowing no
// script, the inline styles by hash only, no framing, no referrer.
func TestSecurityHeaders(t *testing.T) {
	fx := newFixture(t)
	srv := httptest.NewServer(fx.handler(t, func(o *Options) { o.Metrics = http.NotFoundHandler() }))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	const browser = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
	for _, tt := range []struct{ target, headers string }{
		{"/", ""}, {"/index.html", browser}, {"/en.rss", browser}, {"/en.atom", browser}, {"/en.rss", ""},
		{"/en.json", ""}, {"/feeds.opml", ""}, {"/feed.xsl", ""}, {"/healthz", ""}, {"/nosuch", browser},
	} {
		resp := rawResponse(t, addr, tt.target, tt.headers)
		h := resp.Header
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", tt.target, h.Get("X-Content-Type-Options"))
		}
		if h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: X-Frame-Options %q, Referrer-Policy %q", tt.target, h.Get("X-Frame-Options"), h.Get("Referrer-Policy"))
		}
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "img-src 'self' https: data:", "frame-ancestors 'none'",
			"base-uri 'none'", "form-action 'none'", "style-src 'self' 'sha256-"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", tt.target, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-") {
			t.Errorf("%s: CSP %q allows inline styles or scripts", tt.target, csp)
		}
		// Browsers load feed.xsl under script-src: only a feed sent to a
		// browser allows same-origin "scripts".
		xsl := tt.headers == browser && (strings.HasSuffix(tt.target, ".rss") || strings.HasSuffix(tt.target, ".atom"))
		if got := strings.Count(csp, "script-src"); xsl && (got != 1 || !strings.HasSuffix(csp, "; script-src 'self'")) || !xsl && got != 0 {
			t.Errorf("%s: CSP %q: script-src wrong for a page that loads feed.xsl: %v", tt.target, csp, xsl)
		}
	}
}

// The CSP's style hashes are exactly that of the inline style of
// feed.xsl; the index and feed pages have none (they link style.css).
func TestStyleHashesMatchPages(t *testing.T) {
	want := pageStyleHashes(t)
	hashes := feed.StyleHashes()
	if len(hashes) != 1 || hashes[0] != want[0] {
		t.Errorf("StyleHashes = %v, the pages' styles hash to %v", hashes, want)
	}
	page, err := feed.Index("Feeds", nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(page, []byte("<style")) || bytes.Contains(page, []byte("style=")) {
		t.Errorf("index.html has an inline style, which the policy would block:\n%s", page)
	}
}

// pageStyleHashes hashes the <style> of feed.xsl, the way a browser does.
func pageStyleHashes(t *testing.T) []string {
	t.Helper()
	var out []string
	for i, doc := range [][]byte{feed.Stylesheet()} {
		start := bytes.Index(doc, []byte("<style>"))
		end := bytes.Index(doc, []byte("</style>"))
		if start < 0 || end < start {
			t.Fatalf("document %d has no <style>", i)
		}
		out = append(out, styleHash(doc[start+len("<style>"):end]))
	}
	return out
}

// lockedBuffer is a log sink shared with the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Feed-like names that cannot be a file here (too long for the file
// system, a symlink loop, a symlink out of the directory, a directory)
// answer 404 without an ERROR log; the request for them is no failure of
// the server.
func TestOddNamesAre404WithoutErrorLog(t *testing.T) {
	fx := newFixture(t)
	if err := os.Symlink("loop.rss", filepath.Join(fx.dir, "loop.rss")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(fx.dir, "en.rss", "x"), filepath.Join(fx.dir, "notdir.json")); err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	srv := httptest.NewServer(fx.handler(t, func(o *Options) {
		o.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	long := strings.Repeat("a", 300)
	for _, target := range []string{
		"/" + long + ".rss", "/" + long + ".atom", "/" + long + ".json",
		"/" + strings.Repeat("b", 251) + ".rss",  // 255 bytes: may exist, does not
		"/" + strings.Repeat("c", 252) + ".atom", // 257 bytes
		"/loop.rss", "/notdir.json", "/evil.rss", "/evil.atom", "/sub.rss",
		"/en.rss/", "/en.rss%00", "/EN.RSS", "/-x.rss", "/x.xml", "/.rss",
	} {
		resp := rawResponse(t, addr, target, "")
		if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%.40s…: status %d, want 404", target, resp.StatusCode)
		}
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("odd names logged errors:\n%s", logs.String())
	}
}
