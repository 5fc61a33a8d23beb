package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"hash/fnv"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// The fault suite (issue 12, item 12): each fault hits one run of the
// default config against the fixture site, after a good run and with one
// new article waiting. Whatever the fault, that run loses no stored item,
// a feed that failed keeps its previous files byte for byte and records
// the error, a feed that succeeded has valid files; and the next good run
// succeeds with every item in the files.
func TestFaultSuite(t *testing.T) {
	tests := []struct {
		name      string
		fault     func(h *harness) func(http.ResponseWriter, *http.Request) bool
		refresh   bool   // re-check every article page (more requests for a storm)
		mustFail  string // a feed that must fail ("": any outcome)
		wantInErr string // in that feed's error
	}{
		{name: "503 storm at 30%", fault: storm(3), refresh: true},
		{name: "503 storm at 90%", fault: storm(9), refresh: true},
		{name: "mirror killed mid-run", fault: killAfter(4), mustFail: "press-ru"},
		{name: "gzip bomb as a list page", fault: gzipBomb("/en/news"), mustFail: "news-en", wantInErr: "max_body_size"},
		{name: "oversized list page", fault: oversized("/en/news"), mustFail: "news-en", wantInErr: "max_body_size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.mustRun()
			before := h.counts()
			kept := map[string]map[string]fileState{}
			for _, f := range feedNames {
				kept[f] = h.snapshot(f)
			}
			h.addArticle()
			h.setIntercept(tt.fault(h))
			h.clock.advance(30 * time.Minute)
			o := h.options()
			o.Refresh = tt.refresh
			rep, err := Run(context.Background(), o)
			failed := 0
			for _, f := range feedNames {
				r := result(t, rep, f)
				if h.counts()[f] < before[f] {
					t.Errorf("%s: %d items stored, was %d: items lost", f, h.counts()[f], before[f])
				}
				if r.Err != nil {
					failed++
					h.sameFiles(kept[f])
					if st, _ := h.st.Status(f); st.ConsecutiveFailures != 1 || st.LastError == "" {
						t.Errorf("%s failed but its status is %+v", f, st)
					}
				} else {
					h.validFiles(f)
				}
			}
			if (failed > 0) != errors.Is(err, ErrFeedsFailed) {
				t.Errorf("%d feeds failed, Run error %v", failed, err)
			}
			if tt.mustFail != "" {
				r := result(t, rep, tt.mustFail)
				if r.Err == nil || !strings.Contains(r.Err.Error(), tt.wantInErr) || !strings.Contains(err.Error(), tt.mustFail) {
					t.Errorf("%s: err %v (run: %v), want a failure naming it and %q", tt.mustFail, r.Err, err, tt.wantInErr)
				}
			}
			t.Logf("%d of %d feeds failed", failed, len(feedNames))

			h.setIntercept(nil)
			h.clock.advance(30 * time.Minute)
			h.mustRun()
			for _, f := range feedNames {
				if st, _ := h.st.Status(f); st.ConsecutiveFailures != 0 {
					t.Errorf("recovery: %s status %+v", f, st)
				}
				h.validFiles(f)
			}
			if !strings.Contains(string(h.read("news-en.rss")), "16730") {
				t.Error("recovery: news-en.rss lacks the new article")
			}
		})
	}
}

// counts returns the items stored per feed.
func (h *harness) counts() map[string]int {
	h.t.Helper()
	out := map[string]int{}
	for _, f := range feedNames {
		n, err := h.st.Count(f)
		if err != nil {
			h.t.Fatal(err)
		}
		out[f] = n
	}
	return out
}

// validFiles checks that a feed's files are well formed and agree with
// each other and with the store.
func (h *harness) validFiles(f string) {
	h.t.Helper()
	rss, atom := h.read(f+".rss"), h.read(f+".atom")
	for name, b := range map[string][]byte{f + ".rss": rss, f + ".atom": atom} {
		if err := strictXML(b); err != nil {
			h.t.Errorf("%s: %v", name, err)
		}
	}
	ids, aids := parseRSS(h.t, rss).ids, parseAtom(h.t, atom).ids
	n, _ := h.st.Count(f)
	maxItems := 0
	for _, fc := range h.cfg.Feeds {
		if fc.Name == f {
			maxItems = fc.MaxItems
		}
	}
	if len(ids) != len(aids) || len(ids) != min(n, maxItems) {
		h.t.Errorf("%s: rss %d items, atom %d, store %d (max_items %d)", f, len(ids), len(aids), n, maxItems)
	}
	if _, err := gofeedParse(h.read(f + ".json")); err != nil {
		h.t.Errorf("%s.json: %v", f, err)
	}
}

// storm answers 503 to tenths of every URL's attempts: attempt k of a URL
// fails when (k + a per-URL offset) % 10 < tenths.
func storm(tenths int) func(*harness) func(http.ResponseWriter, *http.Request) bool {
	return func(*harness) func(http.ResponseWriter, *http.Request) bool {
		var mu sync.Mutex
		attempts := map[string]int{}
		return func(w http.ResponseWriter, r *http.Request) bool {
			if r.URL.Path == "/robots.txt" {
				return false
			}
			u := r.URL.RequestURI()
			mu.Lock()
			k := attempts[u]
			attempts[u]++
			mu.Unlock()
			hs := fnv.New32a()
			hs.Write([]byte(u))
			if (k+int(hs.Sum32()%10))%10 < tenths {
				http.Error(w, "storm", http.StatusServiceUnavailable)
				return true
			}
			return false
		}
	}
}

// killAfter lets n requests through, then resets every connection, as a
// mirror killed mid-run does.
func killAfter(n int) func(*harness) func(http.ResponseWriter, *http.Request) bool {
	return func(*harness) func(http.ResponseWriter, *http.Request) bool {
		var mu sync.Mutex
		seen := 0
		return func(w http.ResponseWriter, r *http.Request) bool {
			mu.Lock()
			seen++
			dead := seen > n
			mu.Unlock()
			if !dead {
				return false
			}
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				conn.Close()
			}
			return true
		}
	}
}

// gzipBomb answers path with 64 MiB of zeros, gzip-encoded (64 KiB on
// the wire).
func gzipBomb(path string) func(*harness) func(http.ResponseWriter, *http.Request) bool {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for range 64 {
		_, _ = zw.Write(zero)
	}
	_ = zw.Close()
	bomb := buf.Bytes()
	return func(*harness) func(http.ResponseWriter, *http.Request) bool {
		return func(w http.ResponseWriter, r *http.Request) bool {
			if r.URL.Path != path {
				return false
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(bomb)
			return true
		}
	}
}

// oversized answers path with a page larger than max_body_size.
func oversized(path string) func(*harness) func(http.ResponseWriter, *http.Request) bool {
	return func(h *harness) func(http.ResponseWriter, *http.Request) bool {
		page := h.readSite("en/news.html")
		big := []byte(strings.Replace(page, "</body>", "<!--"+strings.Repeat("x", int(h.cfg.MaxBodySize))+"--></body>", 1))
		return func(w http.ResponseWriter, r *http.Request) bool {
			if r.URL.Path != path {
				return false
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write(big)
			return true
		}
	}
}
