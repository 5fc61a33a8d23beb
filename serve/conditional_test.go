package serve

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

func itoa(n int) string { return strconv.Itoa(n) }

func strongETag(b []byte) string {
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:])[:32] + `"`
}

func TestETagAndIfNoneMatch(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t)
	etag := strongETag(fx.files["en.atom"])
	if got := do(h, http.MethodGet, "/en.atom", nil).Header().Get("ETag"); got != etag {
		t.Fatalf("ETag %s, want %s (sha256 of the bytes)", got, etag)
	}
	future := fx.mod.Add(time.Hour).Format(http.TimeFormat)
	tests := []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"same tag", map[string]string{"If-None-Match": etag}, 304},
		{"weak form", map[string]string{"If-None-Match": "W/" + etag}, 304},
		{"in a list", map[string]string{"If-None-Match": `"nope", W/"x,y", ` + etag}, 304},
		{"star", map[string]string{"If-None-Match": "*"}, 304},
		{"other tag", map[string]string{"If-None-Match": `"0123"`}, 200},
		{"unquoted garbage", map[string]string{"If-None-Match": "abc"}, 200},
		{"tag wins over date", map[string]string{"If-None-Match": `"0123"`, "If-Modified-Since": future}, 200},
		{"gzip tag for identity", map[string]string{"If-None-Match": etag[:len(etag)-1] + `-gz"`}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, method := range []string{http.MethodGet, http.MethodHead} {
				w := do(h, method, "/en.atom", tt.hdr)
				if w.Code != tt.want {
					t.Fatalf("%s: status %d, want %d", method, w.Code, tt.want)
				}
				if tt.want == 304 {
					if w.Body.Len() != 0 {
						t.Errorf("304 with a body of %d bytes", w.Body.Len())
					}
					if w.Header().Get("ETag") != etag || w.Header().Get("Cache-Control") == "" {
						t.Errorf("304 lacks ETag or Cache-Control: %v", w.Header())
					}
				}
			}
		})
	}
}

func TestIfModifiedSince(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t)
	tests := []struct {
		name, ims string
		want      int
	}{
		{"same second", fx.mod.Format(http.TimeFormat), 304},
		{"later", fx.mod.Add(time.Minute).Format(http.TimeFormat), 304},
		{"earlier", fx.mod.Add(-time.Second).Format(http.TimeFormat), 200},
		{"garbage", "yesterday", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(h, http.MethodGet, "/feeds.opml", map[string]string{"If-Modified-Since": tt.ims})
			if w.Code != tt.want {
				t.Errorf("status %d, want %d", w.Code, tt.want)
			}
			if tt.want == 304 && w.Body.Len() != 0 {
				t.Errorf("304 with a body")
			}
		})
	}
}

func TestGzip(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t)
	plain := fx.files["en.rss"]
	etag := strongETag(plain)
	gzTag := etag[:len(etag)-1] + `-gz"`

	w := do(h, http.MethodGet, "/en.rss", map[string]string{"Accept-Encoding": "br;q=1.0, gzip;q=0.8"})
	if w.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", w.Header().Get("Content-Encoding"))
	}
	if got := w.Header().Get("ETag"); got != gzTag {
		t.Errorf("gzip ETag %s, want %s", got, gzTag)
	}
	if w.Header().Get("Vary") != vary(typeRSS) {
		t.Errorf("Vary %q", w.Header().Get("Vary"))
	}
	if cl := w.Header().Get("Content-Length"); cl != itoa(w.Body.Len()) || w.Body.Len() >= len(plain) {
		t.Errorf("Content-Length %s for %d compressed bytes of %d", cl, w.Body.Len(), len(plain))
	}
	zr, err := gzip.NewReader(w.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, plain) {
		t.Error("decompressed body differs from the file")
	}

	cond := do(h, http.MethodGet, "/en.rss", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": gzTag})
	if cond.Code != http.StatusNotModified || cond.Header().Get("ETag") != gzTag {
		t.Errorf("conditional gzip GET: %d ETag %s, want 304 %s", cond.Code, cond.Header().Get("ETag"), gzTag)
	}
	if cond.Header().Get("Content-Encoding") != "" || cond.Header().Get("Content-Type") != "" {
		t.Errorf("304 carries representation headers: %v", cond.Header())
	}

	for _, tt := range []struct {
		name, ae, hdrTag string
		gz               bool
	}{
		{"no header", "", etag, false},
		{"gzip refused", "gzip;q=0, deflate", etag, false},
		{"identity only", "identity", etag, false},
		{"star", "*", gzTag, true},
		{"star but not gzip", "*, gzip;q=0", etag, false},
		{"uppercase", "GZIP", gzTag, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := do(h, http.MethodGet, "/en.rss", map[string]string{"Accept-Encoding": tt.ae})
			if gz := w.Header().Get("Content-Encoding") == "gzip"; gz != tt.gz {
				t.Errorf("gzip = %v, want %v", gz, tt.gz)
			}
			if w.Header().Get("ETag") != tt.hdrTag {
				t.Errorf("ETag %s, want %s", w.Header().Get("ETag"), tt.hdrTag)
			}
		})
	}

	small := do(h, http.MethodGet, "/en.json", map[string]string{"Accept-Encoding": "gzip"})
	if small.Header().Get("Content-Encoding") != "" || !bytes.Equal(small.Body.Bytes(), fx.files["en.json"]) {
		t.Error("a body under 1 KiB was compressed")
	}
}

func TestETagFollowsFileChanges(t *testing.T) {
	fx := newFixture(t)
	h := fx.handler(t)
	first := do(h, http.MethodGet, "/en.atom", nil).Header().Get("ETag")

	// Same size, new bytes and mtime: the cache must not serve the old tag.
	next := bytes.ToUpper(fx.files["en.atom"])
	fx.mod = fx.mod.Add(time.Minute)
	tmp := filepath.Join(fx.dir, "en.atom.tmp")
	if err := os.WriteFile(tmp, next, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(tmp, fx.mod, fx.mod); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(fx.dir, "en.atom")); err != nil {
		t.Fatal(err)
	}
	w := do(h, http.MethodGet, "/en.atom", map[string]string{"If-None-Match": first})
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), next) {
		t.Fatalf("after a rewrite: %d %q, want 200 with the new bytes", w.Code, w.Body)
	}
	if got := w.Header().Get("ETag"); got != strongETag(next) || got == first {
		t.Errorf("ETag %s after rewrite, want %s", got, strongETag(next))
	}
	if lm := w.Header().Get("Last-Modified"); lm != fx.mod.Format(http.TimeFormat) {
		t.Errorf("Last-Modified %s, want %s", lm, fx.mod.Format(http.TimeFormat))
	}
}
