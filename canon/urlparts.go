package canon

import (
	"slices"
	"strings"
)

// canonicalPath percent-encodes a path canonically and resolves its dot
// segments; on the site's own hosts it also collapses duplicate slashes
// and applies the rules' prefixes and trailing-slash folding.
func canonicalPath(p string, own bool, r Rules) string {
	p = escapeComponent(p, pathChars)
	if own {
		p = collapseSlashes(p)
	}
	p = removeDotSegments(p)
	if own {
		p = r.stripPrefixes(p)
		// "/az/news_detail/1/" is "/az/news_detail/1": one page, one GUID.
		if r.FoldTrailingSlash && len(p) > 1 {
			p = strings.TrimRight(p, "/")
		}
	}
	if p == "" {
		return "/"
	}
	return p
}

func collapseSlashes(p string) string {
	if !strings.Contains(p, "//") {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	for i := 0; i < len(p); i++ {
		if p[i] == '/' && i > 0 && p[i-1] == '/' {
			continue
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

// removeDotSegments resolves "." and ".." segments of an absolute path
// (RFC 3986, section 5.2.4).
func removeDotSegments(p string) string {
	if !strings.Contains(p, "/.") {
		return p
	}
	segs := strings.Split(p, "/")[1:]
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, s)
			continue
		}
		if last {
			out = append(out, "")
		}
	}
	return "/" + strings.Join(out, "/")
}

// canonicalQuery drops empty and tracking parameters, normalises the
// escapes of the rest and, when sorted, orders them by key (stable).
func canonicalQuery(raw string, sorted bool, r Rules) string {
	if raw == "" {
		return ""
	}
	params := strings.Split(raw, "&")
	kept := params[:0]
	for _, p := range params {
		if p == "" {
			continue
		}
		p = escapeComponent(p, queryChars)
		if r.dropped(queryKey(p)) {
			continue
		}
		kept = append(kept, p)
	}
	if sorted {
		slices.SortStableFunc(kept, func(a, b string) int { return strings.Compare(queryKey(a), queryKey(b)) })
	}
	return strings.Join(kept, "&")
}

func queryKey(p string) string {
	if i := strings.IndexByte(p, '='); i >= 0 {
		return p[:i]
	}
	return p
}

func isTracking(key string) bool {
	if len(key) >= 4 && strings.EqualFold(key[:4], "utm_") {
		return true
	}
	for _, t := range [...]string{"fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "_ga", "ref_src"} {
		if strings.EqualFold(key, t) {
			return true
		}
	}
	return false
}
