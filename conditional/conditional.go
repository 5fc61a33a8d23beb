// Package conditional owns HTTP conditional requests, both sides: the
// validators a client keeps per URL (ETag, Last-Modified) and sends back as
// If-None-Match / If-Modified-Since, and a server's decision to answer
// 304 Not Modified (RFC 9110 13.2.2).
//
// It is a leaf package: the fetcher (scraper), the store, the server
// (serve) and the fixture server use the same type and rules.
package conditional

import (
	"net/http"
	"strings"
	"time"
)

// Validators are a URL's HTTP cache validators for a conditional GET.
// Checked is when they were last confirmed by the server.
type Validators struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Checked      time.Time `json:"checked,omitzero"`
}

// IsZero reports that there is nothing to send.
func (v Validators) IsZero() bool { return v.ETag == "" && v.LastModified == "" }

// Apply sets the conditional request headers for v on h.
func (v Validators) Apply(h http.Header) {
	if v.ETag != "" {
		h.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		h.Set("If-Modified-Since", v.LastModified)
	}
}

// FromResponse reads a response's validators; zero when it has none.
func FromResponse(h http.Header, now time.Time) Validators {
	v := Validators{ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified")}
	if v.IsZero() {
		return Validators{}
	}
	v.Checked = now
	return v
}

// NotModified reports whether a GET or HEAD may be answered 304 (RFC 9110
// 13.2.2): If-None-Match, when present, decides alone (weak comparison);
// otherwise If-Modified-Since against mod at one-second precision.
func NotModified(r *http.Request, etag string, mod time.Time) bool {
	if inm := r.Header.Values("If-None-Match"); len(inm) > 0 {
		return etagListMatches(strings.Join(inm, ","), etag)
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" {
		return false
	}
	t, err := http.ParseTime(ims)
	if err != nil {
		return false
	}
	return !mod.Truncate(time.Second).After(t)
}

// etagListMatches reports whether the If-None-Match value list (or "*")
// matches etag under weak comparison (W/ prefixes ignored).
func etagListMatches(list, etag string) bool {
	want := opaque(etag)
	for s := list; ; {
		s = strings.TrimLeft(s, " \t,")
		if s == "" {
			return false
		}
		if s[0] == '*' {
			return true
		}
		s = strings.TrimPrefix(s, "W/")
		if s == "" || s[0] != '"' {
			return false // malformed: no match
		}
		end := strings.IndexByte(s[1:], '"')
		if end < 0 {
			return false
		}
		if s[1:1+end] == want {
			return true
		}
		s = s[end+2:]
	}
}

// opaque strips the W/ prefix and quotes of an entity tag.
func opaque(etag string) string {
	return strings.Trim(strings.TrimPrefix(etag, "W/"), `"`)
}
