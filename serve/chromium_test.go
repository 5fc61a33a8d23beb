package serve

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitefeed/feed"
	"sitefeed/item"
)

// Under the served headers (CSP default-src 'none'), headless Chromium
// still loads feed.xsl and turns RSS and Atom into the styled page, and
// index.html keeps its styles. Skipped without chromium or with -short.
func TestChromiumRendersUnderCSP(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil || testing.Short() {
		t.Skip("no chromium in PATH, or -short")
	}
	dir := t.TempDir()
	now := time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC)
	m := feed.Meta{Name: "news", Title: "Feed title", Language: "en", Home: "https://example.org/", PublicURL: "http://127.0.0.1/"}
	es := []item.Entry{{Item: item.Item{URL: "https://example.org/1", Title: "Item <one> & more", Summary: "Tom & Jerry",
		Published: now}, FirstSeen: now, Updated: now}}
	for _, f := range feed.Formats() {
		b, err := f.Render(m, es)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, m.FileName(f.Ext)), b)
	}
	write(t, filepath.Join(dir, "feed.xsl"), feed.Stylesheet())
	write(t, filepath.Join(dir, "style.css"), feed.Style())
	idx, err := feed.Index("All feeds", []feed.IndexEntry{{Meta: m, Items: 1, LastSuccess: now}})
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "index.html"), idx)
	hs := httptest.NewServer(Handler(Options{Dir: dir}))
	defer hs.Close()
	srv := hs.URL
	for _, path := range []string{"/news.rss", "/news.atom", "/"} {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		out, err := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--enable-logging=stderr",
			"--user-data-dir="+t.TempDir(), "--dump-dom", srv+path).CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("%s: chromium: %v\n%s", path, err, out)
		}
		s := string(out)
		// Chromium's own XSLT deprecation banner has inline styles the
		// policy blocks; our stylesheet and styles must not be blocked.
		blocked := strings.Contains(s, "Loading the script '"+srv+"/feed.xsl' violates")
		for _, h := range pageStyleHashes(t) {
			blocked = blocked || strings.Contains(s, "a hash ("+h+")")
		}
		if blocked {
			t.Errorf("%s: the policy blocks our stylesheet or styles:\n%s", path, s)
		}
		// The XSLT ran: the item is an HTML heading, styled inline.
		want, style := "Item &lt;one&gt; &amp; more", "<style>"
		if path == "/" {
			want, style = `<a href="news.html">Feed title</a>`, `<link rel="stylesheet" href="style.css">`
		}
		if !strings.Contains(s, want) || !strings.Contains(s, style) {
			t.Errorf("%s: the page did not render (no %q):\n%.2000s", path, want, s)
		}
	}
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
