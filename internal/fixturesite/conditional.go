package fixturesite

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"time"
)

// etagOf is the strong ETag of a body: the quoted hex of the first 16 bytes
// of its SHA-256.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:16]) + `"`
}

// notModified reports whether a GET or HEAD with these headers may be
// answered 304 (RFC 9110 13.1.2 and 13.1.3): If-None-Match, when present,
// decides alone (weak comparison, "*" matches); otherwise If-Modified-Since
// matches when it is not older than the file's mtime.
func notModified(h http.Header, etag string, mtime time.Time) bool {
	if inm := h.Get("If-None-Match"); inm != "" {
		return etagListMatches(inm, etag)
	}
	ims := h.Get("If-Modified-Since")
	if ims == "" {
		return false
	}
	t, err := http.ParseTime(ims)
	if err != nil {
		return false
	}
	return !mtime.Truncate(time.Second).After(t)
}

// etagListMatches compares an If-None-Match list with an ETag, ignoring
// weakness prefixes.
func etagListMatches(list, etag string) bool {
	want := strings.TrimPrefix(etag, "W/")
	for tag := range strings.SplitSeq(list, ",") {
		tag = strings.TrimSpace(tag)
		if tag == "*" || strings.TrimPrefix(tag, "W/") == want {
			return true
		}
	}
	return false
}
