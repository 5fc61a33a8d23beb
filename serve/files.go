package serve

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"sitefeed/conditional"
)

const (
	// gzipMin is the smallest body worth compressing.
	gzipMin = 1024
	// maxFile bounds what is read into memory; feeds are far smaller.
	maxFile = 64 << 20
)

var errNotRegular = errors.New("not a regular file")

// entry is one file's bytes and validators, valid while size and mtime
// match (the feed writer replaces files atomically when bytes change).
type entry struct {
	size   int64
	mod    time.Time
	body   []byte
	etag   string
	gz     []byte // nil when body is too small to compress
	gzETag string
	// variants are the body with its links rewritten for other bases.
	variants variants
}

// fileCache reads allowed files from dir through os.Root and caches their
// bytes, gzip form and ETags by (name, size, mtime).
type fileCache struct {
	dir     string
	mu      sync.Mutex
	entries map[string]*entry
}

func newFileCache(dir string) *fileCache {
	return &fileCache{dir: dir, entries: map[string]*entry{}}
}

// get returns the current entry for name, a plain file name inside dir.
// The directory is opened per call, so it may appear after start.
func (c *fileCache) get(name string) (*entry, error) {
	root, err := os.OpenRoot(c.dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", name, errNotRegular)
	}
	c.mu.Lock()
	e := c.entries[name]
	c.mu.Unlock()
	if e != nil && e.size == st.Size() && e.mod.Equal(st.ModTime()) {
		return e, nil
	}
	e, err = load(f, st)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c.mu.Lock()
	c.entries[name] = e
	c.mu.Unlock()
	return e, nil
}

func load(f io.Reader, st fs.FileInfo) (*entry, error) {
	body, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, err
	}
	if len(body) > maxFile {
		return nil, fmt.Errorf("larger than %d bytes", maxFile)
	}
	// Size and mtime of the stat, not len(body): a concurrent in-place
	// write then only costs one extra reload.
	return newEntry(body, st.Size(), st.ModTime())
}

// newEntry computes body's validators and gzip form.
func newEntry(body []byte, size int64, mod time.Time) (*entry, error) {
	sum := sha256.Sum256(body)
	tag := hex.EncodeToString(sum[:])[:32]
	e := &entry{size: size, mod: mod, body: body, etag: `"` + tag + `"`}
	var err error
	if len(body) > gzipMin {
		e.gz, err = compress(body)
		if err != nil {
			return nil, err
		}
		e.gzETag = `"` + tag + `-gz"`
	}
	return e, nil
}

func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// serveFile serves one allowed file with validators, conditional requests
// and gzip; links rewrites its stand-in base to the request's (base.go).
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name, ctype string, styled, links bool) {
	e, err := h.files.get(name)
	if err == nil && links && h.opts.StandInBase != nil {
		if from := h.opts.StandInBase(); from != "" {
			w.Header().Set("Vary", "Accept-Encoding, X-Forwarded-Host, X-Forwarded-Proto")
			if to, ok := requestBase(r); ok && to != from {
				e, err = e.rewritten(from, to)
			}
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist) || errors.Is(err, errNotRegular) || oddName(err):
		http.Error(w, fmt.Sprintf("404 not found: %s has not been generated yet (no run has finished, or there is no such feed)", name), http.StatusNotFound)
		return
	case err != nil:
		h.opts.Logger.Error("serve file", "name", name, "err", err)
		http.Error(w, "500 cannot read "+name, http.StatusInternalServerError)
		return
	}
	hdr := w.Header()
	body, etag := e.body, e.etag
	if hdr.Get("Vary") == "" {
		hdr.Set("Vary", "Accept-Encoding")
	}
	if e.gz != nil && acceptsGzip(r.Header.Values("Accept-Encoding")) {
		body, etag = e.gz, e.gzETag
		hdr.Set("Content-Encoding", "gzip")
	}
	if styled {
		// A browser applies the feed's XSL stylesheet only to a generic
		// XML type; feed readers get the specific one.
		hdr.Set("Vary", hdr.Get("Vary")+", Accept")
		if browser(r) {
			ctype, etag = typeXML, strings.TrimSuffix(etag, `"`)+`-x"`
			hdr.Set("Content-Security-Policy", h.cspXSL)
		}
	}
	hdr.Set("Content-Type", ctype)
	hdr.Set("ETag", etag)
	hdr.Set("Last-Modified", e.mod.UTC().Format(http.TimeFormat))
	hdr.Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int64(max(h.opts.MaxAge, 0)/time.Second)))
	if conditional.NotModified(r, etag, e.mod) {
		hdr.Del("Content-Type")
		hdr.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// oddName reports an open that failed because of the name, not the disk:
// too long, a symlink loop, a path through a non-directory, or a symlink
// leading out of the output directory (which os.Root refuses). Such a
// request is a 404 like any name that does not exist; only real read
// errors are logged as errors.
func oddName(err error) bool {
	return errors.Is(err, syscall.ENAMETOOLONG) || errors.Is(err, syscall.ELOOP) ||
		errors.Is(err, syscall.ENOTDIR) || errors.Is(err, syscall.EINVAL) ||
		(err != nil && strings.Contains(err.Error(), "path escapes from parent"))
}

// browser reports a navigation by a web browser: it asks for HTML first.
// Feed readers ask for feed types or anything.
func browser(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept") {
		for _, part := range strings.Split(v, ",") {
			mt, _, _ := strings.Cut(strings.TrimSpace(part), ";")
			if strings.EqualFold(mt, "text/html") {
				return true
			}
		}
	}
	return false
}
