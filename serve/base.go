package serve

import (
	"bytes"
	"net/http"
	"strings"
	"sync"
)

// Links derived from the request. When public_url is not set, the files
// carry a stand-in base (config.DefaultPublicURL) in their absolute links:
// the copy fields of index.html, the xmlUrl of feeds.opml, the self links
// of the feeds. The server replaces it, in the files that hold links, with
// the base the request was made to (its Host, or X-Forwarded-Host and
// X-Forwarded-Proto behind a reverse proxy), so the links work wherever the
// server is reached. The files on disk stay as written: another server
// that serves output_dir sees the stand-in, and public_url is the fix.

// maxVariants bounds the rewritten copies kept per file: one per base a
// client used (a name, an IP, a proxy's host). Beyond it a rewrite is
// computed per request and not kept, so odd Host headers cannot fill
// memory.
const maxVariants = 8

// variants are the rewritten forms of one file's entry, by base.
type variants struct {
	mu sync.Mutex
	by map[string]*entry
}

// rewritten returns e with every occurrence of from replaced by to, its
// validators and gzip form computed from the new bytes.
func (e *entry) rewritten(from, to string) (*entry, error) {
	e.variants.mu.Lock()
	v := e.variants.by[to]
	e.variants.mu.Unlock()
	if v != nil {
		return v, nil
	}
	v, err := newEntry(bytes.ReplaceAll(e.body, []byte(from), []byte(to)), e.size, e.mod)
	if err != nil {
		return nil, err
	}
	e.variants.mu.Lock()
	defer e.variants.mu.Unlock()
	if e.variants.by == nil {
		e.variants.by = map[string]*entry{}
	}
	if len(e.variants.by) < maxVariants {
		e.variants.by[to] = v
	}
	return v, nil
}

// requestBase is the base URL ("https://feeds.example.org/") the request
// was made to: X-Forwarded-Proto and X-Forwarded-Host when a proxy set
// them (their first value), else the connection's scheme and the Host
// header. ok is false when the host is not a plain host[:port], which is
// never copied into a page.
func requestBase(r *http.Request) (base string, ok bool) {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	if p := strings.ToLower(firstValue(r.Header.Get("X-Forwarded-Proto"))); p == "http" || p == "https" {
		scheme = p
	}
	host := r.Host
	if h := firstValue(r.Header.Get("X-Forwarded-Host")); h != "" {
		host = h
	}
	if !validHost(host) {
		return "", false
	}
	return scheme + "://" + strings.ToLower(host) + "/", true
}

// firstValue is the first of a comma-separated header's values: the one
// the proxy nearest the client set.
func firstValue(v string) string {
	first, _, _ := strings.Cut(v, ",")
	return strings.TrimSpace(first)
}

// validHost accepts a DNS name, an IPv4 address or a bracketed IPv6
// address, with an optional port: characters that need no escaping in
// HTML, XML or JSON.
func validHost(h string) bool {
	if h == "" || len(h) > 255 {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '-', c == ':', c == '[', c == ']':
		default:
			return false
		}
	}
	return h[0] != '.' && h[0] != '-' && h[0] != ':'
}
