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
