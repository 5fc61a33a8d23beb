package fixturesite

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// newTestSite writes a tiny site into a temp dir, with a secret file next
// to (not inside) the root, and returns the root.
func newTestSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	root := filepath.Join(dir, "site")
	files := map[string]string{
		"index.html":                "<html>home</html>",
		"az/news.html":              "<html>az news 1</html>",
		"az/news@page=2.html":       "<html>az news 2</html>",
		"az/news_detail/16701.html": "<html>article 16701</html>",
		"uploads/files/a.pdf":       "%PDF-1.4 fake",
		"old.files/readme.txt":      "inside a directory with a dot",
		"robots.txt":                "User-agent: *\nDisallow: /admin/\n",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "secret"), []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

func do(s *Server, method, target string, header map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

func TestServeStatusAndBody(t *testing.T) {
	s := New(newTestSite(t))
	tests := []struct {
		name, method, target string
		wantStatus           int
		wantBody, wantType   string
	}{
		{name: "home", method: "GET", target: "http://migration.gov.az/", wantStatus: 200, wantBody: "home", wantType: "text/html"},
		{name: "list", method: "GET", target: "/az/news", wantStatus: 200, wantBody: "az news 1", wantType: "text/html"},
		{name: "list page 2", method: "GET", target: "/az/news?page=2", wantStatus: 200, wantBody: "az news 2", wantType: "text/html"},
		{name: "index.php www host", method: "GET", target: "http://www.migration.gov.az/index.php/az/news_detail/16701", wantStatus: 200, wantBody: "article 16701", wantType: "text/html"},
		{name: "pdf", method: "GET", target: "/uploads/files/a.pdf", wantStatus: 200, wantBody: "%PDF", wantType: "application/pdf"},
		{name: "robots", method: "GET", target: "/robots.txt", wantStatus: 200, wantBody: "Disallow: /admin/", wantType: "text/plain; charset=utf-8"},
		{name: "missing article", method: "GET", target: "/az/news_detail/1", wantStatus: 404, wantBody: "404 Not Found", wantType: "text/html; charset=utf-8"},
		{name: "missing page", method: "GET", target: "/az/news?page=9", wantStatus: 404, wantBody: "Not Found"},
		{name: "directory with an extension", method: "GET", target: "/old.files", wantStatus: 404},
		{name: "directory by ext-less name", method: "GET", target: "/az", wantStatus: 404},
		{name: "traversal", method: "GET", target: "/../secret", wantStatus: 400},
		{name: "encoded traversal", method: "GET", target: "/%2e%2e/secret", wantStatus: 400},
		{name: "encoded slash traversal", method: "GET", target: "/az/..%2f..%2fsecret", wantStatus: 400},
		{name: "post", method: "POST", target: "/az/news", wantStatus: 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(s, tt.method, tt.target, nil)
			if rec.Code != tt.wantStatus {
				t.Fatalf("%s %s: status %d, want %d", tt.method, tt.target, rec.Code, tt.wantStatus)
			}
			body := rec.Body.String()
			if strings.Contains(body, "SECRET") {
				t.Fatalf("%s %s leaked a file outside the root", tt.method, tt.target)
			}
			if !strings.Contains(body, tt.wantBody) {
				t.Errorf("%s %s: body %q lacks %q", tt.method, tt.target, body, tt.wantBody)
			}
			if tt.wantType != "" && rec.Header().Get("Content-Type") != tt.wantType {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tt.wantType)
			}
		})
	}
}

func TestMethodNotAllowedSaysAllow(t *testing.T) {
	rec := do(New(newTestSite(t)), "PUT", "/az/news", nil)
	if got := rec.Header().Get("Allow"); got != "GET, HEAD" {
		t.Errorf("Allow = %q, want %q", got, "GET, HEAD")
	}
}

func TestHead(t *testing.T) {
	s := New(newTestSite(t))
	get := do(s, "GET", "/az/news", nil)
	head := do(s, "HEAD", "/az/news", nil)
	if head.Code != 200 {
		t.Fatalf("HEAD status %d, want 200", head.Code)
	}
	if head.Body.Len() != 0 {
		t.Errorf("HEAD wrote a body of %d bytes", head.Body.Len())
	}
	for _, h := range []string{"ETag", "Last-Modified", "Content-Type", "Content-Length"} {
		if head.Header().Get(h) == "" || head.Header().Get(h) != get.Header().Get(h) {
			t.Errorf("HEAD %s = %q, GET %s = %q", h, head.Header().Get(h), h, get.Header().Get(h))
		}
	}
	if got, want := head.Header().Get("Content-Length"), "22"; got != want {
		t.Errorf("Content-Length = %s, want %s", got, want)
	}
}

func TestConditionalGet(t *testing.T) {
	root := newTestSite(t)
	s := New(root)
	first := do(s, "GET", "/az/news", nil)
	etag := first.Header().Get("ETag")
	lastMod := first.Header().Get("Last-Modified")
	if len(etag) != 34 || etag[0] != '"' || strings.HasPrefix(etag, "W/") {
		t.Fatalf("ETag %q is not a strong quoted 32-hex-digit tag", etag)
	}
	mtime, err := http.ParseTime(lastMod)
	if err != nil {
		t.Fatalf("Last-Modified %q: %v", lastMod, err)
	}
	tests := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{name: "matching etag", header: map[string]string{"If-None-Match": etag}, want: 304},
		{name: "etag in list", header: map[string]string{"If-None-Match": `"abc", ` + etag}, want: 304},
		{name: "weak form of etag", header: map[string]string{"If-None-Match": "W/" + etag}, want: 304},
		{name: "star", header: map[string]string{"If-None-Match": "*"}, want: 304},
		{name: "other etag", header: map[string]string{"If-None-Match": `"0000"`}, want: 200},
		{name: "other etag wins over date", header: map[string]string{"If-None-Match": `"0000"`, "If-Modified-Since": lastMod}, want: 200},
		{name: "same date", header: map[string]string{"If-Modified-Since": lastMod}, want: 304},
		{name: "later date", header: map[string]string{"If-Modified-Since": mtime.Add(time.Hour).Format(http.TimeFormat)}, want: 304},
		{name: "older date", header: map[string]string{"If-Modified-Since": mtime.Add(-time.Hour).Format(http.TimeFormat)}, want: 200},
		{name: "bad date", header: map[string]string{"If-Modified-Since": "yesterday"}, want: 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(s, "GET", "/az/news", tt.header)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d", rec.Code, tt.want)
			}
			if tt.want == 304 && rec.Body.Len() != 0 {
				t.Errorf("304 with a body of %d bytes", rec.Body.Len())
			}
			if rec.Header().Get("ETag") != etag {
				t.Errorf("ETag %q, want %q", rec.Header().Get("ETag"), etag)
			}
		})
	}

	// A changed file gets a new ETag and the old one no longer matches.
	p := filepath.Join(root, "az", "news.html")
	if err := os.WriteFile(p, []byte("<html>az news 1, new item</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := do(s, "GET", "/az/news", map[string]string{"If-None-Match": etag})
	if rec.Code != 200 || rec.Header().Get("ETag") == etag {
		t.Errorf("after change: status %d ETag %q, want 200 and a new ETag", rec.Code, rec.Header().Get("ETag"))
	}
}

func TestRequestLog(t *testing.T) {
	s := New(newTestSite(t))
	s.now = func() time.Time { return time.Date(2026, 2, 5, 10, 0, 0, 0, time.UTC) }
	do(s, "GET", "http://www.migration.gov.az/az/news?page=2", map[string]string{"User-Agent": "sitefeed/test"})
	do(s, "GET", "/az/news", map[string]string{"If-None-Match": `"x"`, "If-Modified-Since": "Mon, 02 Jan 2006 15:04:05 GMT"})
	do(s, "HEAD", "/missing", nil)
	got := s.Requests()
	want := []Request{
		{Method: "GET", URL: "/az/news?page=2", Host: "www.migration.gov.az", UserAgent: "sitefeed/test", Status: 200},
		{Method: "GET", URL: "/az/news", Host: "example.com", IfNoneMatch: `"x"`, IfModifiedSince: "Mon, 02 Jan 2006 15:04:05 GMT", Status: 200},
		{Method: "HEAD", URL: "/missing", Host: "example.com", Status: 404},
	}
	if len(got) != len(want) {
		t.Fatalf("logged %d requests, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		want[i].At = s.now()
		if got[i] != want[i] {
			t.Errorf("request %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	got[0].URL = "mutated"
	if s.Requests()[0].URL != "/az/news?page=2" {
		t.Error("Requests returned the internal slice, not a copy")
	}
	s.Reset()
	if n := len(s.Requests()); n != 0 {
		t.Errorf("after Reset: %d requests logged, want 0", n)
	}
}

func TestConcurrentRequestsAreAllLogged(t *testing.T) {
	s := New(newTestSite(t))
	ts := httptest.NewServer(s)
	defer ts.Close()
	const n = 20
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			resp, err := ts.Client().Get(ts.URL + "/az/news")
			if err != nil {
				t.Error(err)
				return
			}
			_ = resp.Body.Close()
		})
	}
	wg.Wait()
	if got := len(s.Requests()); got != n {
		t.Errorf("logged %d requests, want %d", got, n)
	}
}
