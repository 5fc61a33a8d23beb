package fixturesite

import (
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"
)

// response is what a client sees of one answer.
type response struct {
	Status int
	Header http.Header
	Body   string
}

func get(s *Server, method, target string, header map[string]string) response {
	rec := do(s, method, target, header)
	return response{Status: rec.Code, Header: rec.Result().Header, Body: rec.Body.String()}
}

// cacheModes are the cached configurations compared with the plain
// Server.
var cacheModes = []struct {
	name    string
	opt     Option
	preload bool
}{
	{name: "frozen", opt: WithFrozenCache()},
	{name: "frozen, preloaded", opt: WithFrozenCache(), preload: true},
}

func newCached(t *testing.T, root string, opt Option, preload bool) *Server {
	t.Helper()
	s := New(root, opt)
	if preload {
		if err := s.Preload(); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestCacheAnswersLikeTheDisk(t *testing.T) {
	root := newTestSite(t)
	plain := New(root)
	first := get(plain, "GET", "/az/news", nil)
	etag, lastMod := first.Header.Get("ETag"), first.Header.Get("Last-Modified")
	mtime, err := http.ParseTime(lastMod)
	if err != nil {
		t.Fatal(err)
	}
	older := mtime.Add(-time.Hour).Format(http.TimeFormat)
	requests := []struct {
		name, method, target string
		header               map[string]string
	}{
		{name: "home", method: "GET", target: "/"},
		{name: "list", method: "GET", target: "/az/news"},
		{name: "list via index.php and tracking", method: "GET", target: "/index.php/az/news?utm_source=x"},
		{name: "list page 2", method: "GET", target: "/az/news?page=2"},
		{name: "article", method: "GET", target: "/az/news_detail/16701"},
		{name: "pdf", method: "GET", target: "/uploads/files/a.pdf"},
		{name: "robots", method: "GET", target: "/robots.txt"},
		{name: "head", method: "HEAD", target: "/az/news"},
		{name: "if-none-match", method: "GET", target: "/az/news", header: map[string]string{"If-None-Match": etag}},
		{name: "if-none-match, head", method: "HEAD", target: "/az/news", header: map[string]string{"If-None-Match": etag}},
		{name: "other etag", method: "GET", target: "/az/news", header: map[string]string{"If-None-Match": `"0000"`}},
		{name: "if-modified-since", method: "GET", target: "/az/news", header: map[string]string{"If-Modified-Since": lastMod}},
		{name: "modified since", method: "GET", target: "/az/news", header: map[string]string{"If-Modified-Since": older}},
		{name: "missing", method: "GET", target: "/az/news_detail/1"},
		{name: "missing, head", method: "HEAD", target: "/az/news_detail/1"},
		{name: "directory", method: "GET", target: "/old.files"},
		{name: "traversal", method: "GET", target: "/../secret"},
		{name: "encoded traversal", method: "GET", target: "/az/..%2f..%2fsecret"},
		{name: "hidden", method: "GET", target: "/.git/config"},
		{name: "post", method: "POST", target: "/az/news"},
	}
	for _, mode := range cacheModes {
		s := newCached(t, root, mode.opt, mode.preload)
		for _, rq := range requests {
			want := get(plain, rq.method, rq.target, rq.header)
			for _, pass := range []string{"first", "second"} {
				got := get(s, rq.method, rq.target, rq.header)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %s (%s pass):\n got %+v\nwant %+v", mode.name, rq.name, pass, got, want)
				}
			}
		}
	}
}

// rewrite changes a file of root and sets its mtime.
func rewrite(t *testing.T, root, rel, body string, mtime time.Time) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

func TestFrozenCacheServesFromMemoryUntilForget(t *testing.T) {
	root := newTestSite(t)
	s := New(root, WithFrozenCache())
	if err := s.Preload(); err != nil {
		t.Fatal(err)
	}
	old := get(s, "GET", "/az/news", nil)
	rewrite(t, root, "az/news.html", "<html>az news 1, new item</html>", time.Now())
	if err := os.Remove(filepath.Join(root, "az", "news_detail", "16701.html")); err != nil {
		t.Fatal(err)
	}
	// A file that was never cached is read from the disk at once.
	rewrite(t, root, "az/news_detail/16702.html", "<html>article 16702</html>", time.Now())
	checks := []struct {
		name, target string
		wantStatus   int
		wantBody     string
	}{
		{name: "rewritten, before Forget", target: "/az/news", wantStatus: 200, wantBody: old.Body},
		{name: "removed, before Forget", target: "/az/news_detail/16701", wantStatus: 200, wantBody: "<html>article 16701</html>"},
		{name: "new, before Forget", target: "/az/news_detail/16702", wantStatus: 200, wantBody: "<html>article 16702</html>"},
	}
	after := []struct {
		name, target string
		wantStatus   int
		wantBody     string
	}{
		{name: "rewritten, after Forget", target: "/az/news", wantStatus: 200, wantBody: "<html>az news 1, new item</html>"},
		{name: "removed, after Forget", target: "/az/news_detail/16701", wantStatus: 404},
		{name: "new, after Forget", target: "/az/news_detail/16702", wantStatus: 200, wantBody: "<html>article 16702</html>"},
	}
	for _, c := range checks {
		got := get(s, "GET", c.target, nil)
		if got.Status != c.wantStatus || got.Body != c.wantBody {
			t.Errorf("%s: %d %q, want %d %q", c.name, got.Status, got.Body, c.wantStatus, c.wantBody)
		}
	}
	s.Forget()
	plain := New(root)
	for _, c := range after {
		got := get(s, "GET", c.target, nil)
		if got.Status != c.wantStatus || (c.wantBody != "" && got.Body != c.wantBody) {
			t.Errorf("%s: %d %q, want %d %q", c.name, got.Status, got.Body, c.wantStatus, c.wantBody)
		}
		if want := get(plain, "GET", c.target, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: cached %+v, disk %+v", c.name, got, want)
		}
	}
}

func TestPreloadReadsServableFilesOnly(t *testing.T) {
	root := newTestSite(t)
	rewrite(t, root, ".corpus.json", `{"seed":1}`, time.Now())
	rewrite(t, root, ".git/config", "[core]", time.Now())
	rewrite(t, root, "az/.draft.html", "<html>draft</html>", time.Now())
	s := New(root, WithFrozenCache())
	if err := s.Preload(); err != nil {
		t.Fatal(err)
	}
	var got []string
	s.cache.files.Load().Range(func(k, _ any) bool {
		got = append(got, k.(string))
		return true
	})
	slices.Sort(got)
	want := []string{"az/news.html", "az/news@page=2.html", "az/news_detail/16701.html", "index.html",
		"old.files/readme.txt", "robots.txt", "uploads/files/a.pdf"}
	if !slices.Equal(got, want) {
		t.Errorf("preloaded %q, want %q", got, want)
	}
}

func TestWithoutCacheForgetAndPreloadDoNothing(t *testing.T) {
	root := newTestSite(t)
	s := New(root)
	if err := s.Preload(); err != nil {
		t.Fatalf("Preload without a cache: %v", err)
	}
	s.Forget()
	rewrite(t, root, "az/news.html", "<html>changed</html>", time.Now())
	if got := get(s, "GET", "/az/news", nil); got.Body != "<html>changed</html>" {
		t.Errorf("body %q, want the file as it is on disk", got.Body)
	}
}

// TestCacheConcurrentForget is for the race detector: requests, Forget and
// Preload at the same time, every answer whole.
func TestCacheConcurrentForget(t *testing.T) {
	for _, mode := range cacheModes {
		s := newCached(t, newTestSite(t), mode.opt, mode.preload)
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for range 50 {
					if got := get(s, "GET", "/az/news_detail/16701", nil); got.Status != 200 || got.Body != "<html>article 16701</html>" {
						t.Errorf("%s: %d %q", mode.name, got.Status, got.Body)
						return
					}
				}
			})
		}
		wg.Go(func() {
			for range 20 {
				s.Forget()
				if err := s.Preload(); err != nil {
					t.Error(err)
					return
				}
			}
		})
		wg.Wait()
		if n := len(s.Requests()); n != 200 {
			t.Errorf("%s: logged %d requests, want 200", mode.name, n)
		}
	}
}
