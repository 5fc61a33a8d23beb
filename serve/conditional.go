package serve

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// notModified reports whether a GET or HEAD may be answered 304 (RFC 9110
// 13.2.2): If-None-Match, when present, decides alone (weak comparison);
// otherwise If-Modified-Since against mod at one-second precision.
func notModified(r *http.Request, etag string, mod time.Time) bool {
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

// acceptsGzip reports whether Accept-Encoding allows gzip: listed with
// q>0, or covered by "*" with q>0 when gzip is not listed.
func acceptsGzip(values []string) bool {
	star := false
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(part, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			q := qvalue(params)
			switch coding {
			case "gzip", "x-gzip":
				return q > 0
			case "*":
				star = q > 0
			}
		}
	}
	return star
}

// qvalue reads "q=0.5" among ";"-separated parameters; 1 when absent,
// 0 when malformed.
func qvalue(params string) float64 {
	for p := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || q < 0 || q > 1 {
			return 0
		}
		return q
	}
	return 1
}
