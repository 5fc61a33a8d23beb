package serve

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixture is an output directory with every served file, files that must
// never be served, and a secret outside the directory.
type fixture struct {
	dir   string
	files map[string][]byte
	mod   time.Time
}

const secret = "TOP-SECRET-OUTSIDE-DIR"

func newFixture(t *testing.T) *fixture {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "out")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	big := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>` +
		strings.Repeat("<item><title>Xəbər — новость</title></item>", 60) + `</channel></rss>`
	fx := &fixture{dir: dir, mod: time.Date(2025, 3, 14, 8, 30, 0, 0, time.UTC), files: map[string][]byte{
		"index.html":    []byte("<!doctype html><title>feeds</title>"),
		"feeds.opml":    []byte(`<?xml version="1.0"?><opml version="2.0"></opml>`),
		"feed.xsl":      []byte(`<?xml version="1.0"?><xsl:stylesheet version="1.0"/>`),
		"en.rss":        []byte(big),
		"en.atom":       []byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>`),
		"en.json":       []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[]}`),
		"en.html":       []byte("<!doctype html><title>en</title>"),
		"style.css":     []byte("body { margin: 0 }"),
		"az_news-2.rss": []byte(`<rss/>`),
		"config.yaml":   []byte("secret: " + secret),
		"sitefeed.db":   []byte(secret),
	}}
	for name, b := range fx.files {
		fx.write(t, name, b)
	}
	if err := os.WriteFile(filepath.Join(base, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, target := range map[string]string{
		"evil.rss":  filepath.Join("..", "secret.txt"),
		"evil.atom": filepath.Join(base, "secret.txt"),
		"alias.rss": "en.rss", // inside the directory: allowed
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.rss"), 0o755); err != nil {
		t.Fatal(err)
	}
	return fx
}

func (fx *fixture) write(t *testing.T, name string, b []byte) {
	t.Helper()
	p := filepath.Join(fx.dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, fx.mod, fx.mod); err != nil {
		t.Fatal(err)
	}
}

func (fx *fixture) handler(t *testing.T, edit ...func(*Options)) http.Handler {
	t.Helper()
	o := Options{
		Dir:    fx.dir,
		MaxAge: 30 * time.Minute,
		Logger: slog.New(slog.DiscardHandler),
	}
	for _, f := range edit {
		f(&o)
	}
	return Handler(o)
}

// do runs one request through h.
func do(h http.Handler, method, target string, hdr map[string]string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestRoutes(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t)
	tests := []struct {
		path, file, ctype string
	}{
		{"/", "index.html", "text/html; charset=utf-8"},
		{"/index.html", "index.html", "text/html; charset=utf-8"},
		{"/feeds.opml", "feeds.opml", "text/x-opml; charset=utf-8"},
		{"/feed.xsl", "feed.xsl", "text/xsl; charset=utf-8"},
		{"/en.rss", "en.rss", "application/rss+xml; charset=utf-8"},
		{"/en.atom", "en.atom", "application/atom+xml; charset=utf-8"},
		{"/en.json", "en.json", "application/feed+json"},
		{"/en.html", "en.html", "text/html; charset=utf-8"},
		{"/style.css", "style.css", "text/css; charset=utf-8"},
		{"/az_news-2.rss", "az_news-2.rss", "application/rss+xml; charset=utf-8"},
		{"/alias.rss", "en.rss", "application/rss+xml; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			w := do(h, http.MethodGet, tt.path, nil)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body %q", w.Code, w.Body)
			}
			if got := w.Header().Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if !bytes.Equal(w.Body.Bytes(), fx.files[tt.file]) {
				t.Errorf("body differs from %s", tt.file)
			}
			for k, want := range map[string]string{
				"Cache-Control":          "public, max-age=1800",
				"X-Content-Type-Options": "nosniff",
				"Last-Modified":          "Fri, 14 Mar 2025 08:30:00 GMT",
				"Vary":                   vary(tt.ctype),
			} {
				if got := w.Header().Get(k); got != want {
					t.Errorf("%s %q, want %q", k, got, want)
				}
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t)
	for _, path := range []string{
		"/nope", "/EN.rss", "/en.xml", "/en.RSS", "/-en.rss", "/.rss", "/out/en.rss", "/en.rss/",
		"/index.htm", "/config.yaml", "/sitefeed.db", "/metrics", "/sub.rss", "/healthz/x",
	} {
		t.Run(path, func(t *testing.T) {
			w := do(h, http.MethodGet, path, nil)
			if w.Code != http.StatusNotFound {
				t.Errorf("status %d, want 404", w.Code)
			}
			if strings.Contains(w.Body.String(), secret) {
				t.Error("body leaks a file that must not be served")
			}
		})
	}
}

func TestMissingFeedSaysWhy(t *testing.T) {
	fx := newFixture(t)
	w := do(fx.handler(t), http.MethodGet, "/ru.atom", nil)
	if w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), "ru.atom has not been generated yet") {
		t.Errorf("got %d %q, want 404 explaining the feed is not generated yet", w.Code, w.Body)
	}
}

func TestMissingDirIsServedOnceCreated(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "later")
	h := Handler(Options{Dir: dir, Logger: slog.New(slog.DiscardHandler)})
	if w := do(h, http.MethodGet, "/en.rss", nil); w.Code != http.StatusNotFound {
		t.Fatalf("before the directory exists: status %d, want 404", w.Code)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en.rss"), []byte("<rss/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if w := do(h, http.MethodGet, "/en.rss", nil); w.Code != http.StatusOK || w.Body.String() != "<rss/>" {
		t.Errorf("after the first run: got %d %q, want 200 <rss/>", w.Code, w.Body)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t, func(o *Options) { o.Metrics = http.NotFoundHandler() })
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, http.MethodPatch} {
		for _, path := range []string{"/", "/en.rss", "/healthz", "/metrics", "/feeds.opml"} {
			w := do(h, method, path, nil)
			if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: status %d Allow %q, want 405 with Allow: GET, HEAD", method, path, w.Code, w.Header().Get("Allow"))
			}
		}
	}
}

func TestHeadMatchesGet(t *testing.T) {
	fx := newFixture(t)
	srv := httptest.NewServer(fx.handler(t))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	for _, path := range []string{"/en.rss", "/en.json", "/", "/healthz"} {
		for _, ae := range []string{"", "gzip"} {
			get := fetch(t, client, http.MethodGet, srv.URL+path, ae)
			head := fetch(t, client, http.MethodHead, srv.URL+path, ae)
			if head.status != get.status {
				t.Errorf("HEAD %s status %d, GET %d", path, head.status, get.status)
			}
			if len(head.body) != 0 {
				t.Errorf("HEAD %s has a %d-byte body", path, len(head.body))
			}
			for _, k := range []string{"Content-Type", "Content-Length", "ETag", "Last-Modified", "Cache-Control", "Content-Encoding", "Vary"} {
				if head.hdr.Get(k) != get.hdr.Get(k) {
					t.Errorf("HEAD %s (ae %q) %s %q, GET %q", path, ae, k, head.hdr.Get(k), get.hdr.Get(k))
				}
			}
			if cl := get.hdr.Get("Content-Length"); cl == "" || cl != itoa(len(get.body)) {
				t.Errorf("GET %s Content-Length %q for a %d-byte body", path, cl, len(get.body))
			}
		}
	}
}

type result struct {
	status int
	hdr    http.Header
	body   []byte
}

func fetch(t *testing.T, c *http.Client, method, url, ae string) result {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ae != "" {
		req.Header.Set("Accept-Encoding", ae)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return result{resp.StatusCode, resp.Header, b}
}

func TestMetricsRoute(t *testing.T) {
	fx := newFixture(t)
	m := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "sitefeed_up 1\n") })
	h := fx.handler(t, func(o *Options) { o.Metrics = m })
	if w := do(h, http.MethodGet, "/metrics", nil); w.Code != http.StatusOK || w.Body.String() != "sitefeed_up 1\n" {
		t.Errorf("/metrics: %d %q, want the metrics handler's output", w.Code, w.Body)
	}
}

func TestRequestLog(t *testing.T) {
	fx := newFixture(t)
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := fx.handler(t, func(o *Options) { o.Logger = logger })
	do(h, http.MethodGet, "/en.json", nil)
	do(h, http.MethodGet, "/missing.rss", nil)
	out := buf.String()
	for _, want := range []string{
		"method=GET path=/en.json status=200 bytes=" + itoa(len(fx.files["en.json"])),
		"path=/missing.rss status=404",
		"duration=",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q; log:\n%s", want, out)
		}
	}
}

// vary is the Vary header for a content type: feeds also vary on Accept
// (browsers get a generic XML type).
func vary(ctype string) string {
	if ctype == typeRSS || ctype == typeAtom {
		return "Accept-Encoding, Accept"
	}
	return "Accept-Encoding"
}
