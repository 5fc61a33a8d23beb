package canon

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/idna"
)

// ErrNotHTTP is returned for URLs whose scheme is not http or https
// (javascript:, mailto:, data:, tel: ...).
var ErrNotHTTP = errors.New("not an http(s) URL")

// errEmptyURL is returned for an empty (or all-blank) reference.
var errEmptyURL = errors.New("empty URL")

// URL resolves ref against base (base may be nil when ref is
// absolute) and canonicalises it into an ASCII URL fit to be an item's
// identity.
//
// Every URL: scheme and host lower-cased, host in punycode, default port
// dropped, dot segments resolved, path and query percent-encoded with
// upper-case hex (escapes of unreserved characters decoded), empty query
// parameters and tracking parameters (utm_*, fbclid, gclid, yclid, mc_cid,
// mc_eid, _ga, ref_src) dropped, fragment and user info dropped.
//
// A URL on one of the rules' hosts (case-insensitive, with or without
// "www."; Hosts[0] is canonical) also gets scheme https and host Hosts[0],
// duplicate slashes collapsed, the rules' path prefixes dropped, a trailing
// slash folded when the rules say so, and its query parameters sorted by
// key.
func URL(ref string, base *url.URL, r Rules) (string, error) {
	return buildURL(ref, base, r, false)
}

// Absolute is URL that keeps the fragment, for links inside
// content (in-page anchors).
func Absolute(ref string, base *url.URL, r Rules) (string, error) {
	return buildURL(ref, base, r, true)
}

// Fetch is URL for a page to request: spelled as the site links it where
// the spelling matters to the page, i.e. a trailing slash is kept (relative
// links on /x/ resolve differently than on /x), while URL, for identity,
// folds it when the rules say so.
func Fetch(ref string, base *url.URL, r Rules) (string, error) {
	r.FoldTrailingSlash = false
	return buildURL(ref, base, r, false)
}

func buildURL(ref string, base *url.URL, r Rules, keepFragment bool) (string, error) {
	clean := cleanRef(ref)
	if clean == "" {
		return "", errEmptyURL
	}
	u, err := url.Parse(clean)
	if err != nil {
		return "", fmt.Errorf("parse url: %w", err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	} else if u.Scheme == "" && u.Host != "" {
		u.Scheme = "https" // protocol-relative without a base
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		if u.Scheme == "" {
			return "", fmt.Errorf("url %q: relative URL without a base", ref)
		}
		return "", fmt.Errorf("url %q: %w", ref, ErrNotHTTP)
	}
	if u.Opaque != "" || u.Host == "" {
		return "", fmt.Errorf("url %q: no host", ref)
	}
	host, err := canonicalHost(u)
	if err != nil {
		return "", fmt.Errorf("url %q: %w", ref, err)
	}
	scheme := u.Scheme
	own := matchHost(host, r.Hosts)
	if own {
		scheme = "https"
		if host, err = canonicalHostEntry(r.Hosts[0]); err != nil {
			return "", fmt.Errorf("canonical host %q: %w", r.Hosts[0], err)
		}
	}
	path := canonicalPath(u.EscapedPath(), own, r)
	query := canonicalQuery(u.RawQuery, own, r)
	frag := ""
	if keepFragment {
		frag = escapeComponent(u.EscapedFragment(), queryChars)
	}
	return joinURL(scheme, host, path, query, frag), nil
}

func joinURL(scheme, host, path, query, frag string) string {
	var b strings.Builder
	b.Grow(len(scheme) + 3 + len(host) + len(path) + len(query) + len(frag) + 2)
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	b.WriteString(path)
	if query != "" {
		b.WriteByte('?')
		b.WriteString(query)
	}
	if frag != "" {
		b.WriteByte('#')
		b.WriteString(frag)
	}
	return b.String()
}

// cleanRef does what browsers do to an href before parsing it: trims
// surrounding blanks and controls, drops tabs and newlines, and
// percent-encodes stray '%' and control bytes so that url.Parse accepts it.
func cleanRef(ref string) string {
	ref = strings.TrimFunc(ref, func(r rune) bool { return r <= ' ' || unicode.IsSpace(r) })
	dirty := false
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		if c < ' ' || c == 0x7f || (c == '%' && !validEscape(ref, i)) {
			dirty = true
			break
		}
	}
	if !dirty {
		return ref
	}
	var b strings.Builder
	b.Grow(len(ref) + 8)
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c == '\t' || c == '\n' || c == '\r':
		case c < ' ' || c == 0x7f || (c == '%' && !validEscape(ref, i)):
			writeEscape(&b, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// canonicalHost returns the ASCII host[:port] of u, lower-cased, without a
// trailing dot or a default port.
func canonicalHost(u *url.URL) (string, error) {
	host, err := canonicalHostName(u.Hostname())
	if err != nil {
		return "", err
	}
	port := u.Port()
	if port == "" {
		return host, nil
	}
	n, err := strconv.Atoi(port)
	if err != nil || n > 65535 {
		return "", fmt.Errorf("bad port %q", port)
	}
	if (u.Scheme == "http" && n == 80) || (u.Scheme == "https" && n == 443) {
		return host, nil
	}
	return host + ":" + strconv.Itoa(n), nil
}

// canonicalHostEntry canonicalises a configured host, which may carry a
// port.
func canonicalHostEntry(h string) (string, error) {
	if name, port, err := net.SplitHostPort(h); err == nil {
		name, err = canonicalHostName(name)
		return name + ":" + port, err
	}
	return canonicalHostName(h)
}

// canonicalHostName lower-cases a host name and converts it to punycode; an
// IPv6 literal comes back bracketed.
func canonicalHostName(h string) (string, error) {
	h = strings.TrimSuffix(h, ".")
	if strings.Contains(h, ":") {
		addr, err := netip.ParseAddr(strings.Trim(h, "[]"))
		if err != nil || addr.Zone() != "" {
			return "", fmt.Errorf("bad host %q", h)
		}
		if addr.Is4() {
			return addr.String(), nil
		}
		return "[" + addr.String() + "]", nil
	}
	if !isASCII(h) {
		a, err := idna.Lookup.ToASCII(h)
		if err != nil {
			return "", fmt.Errorf("bad host %q: %w", h, err)
		}
		h = a
	}
	h = strings.ToLower(h)
	if !validHostName(h) {
		return "", fmt.Errorf("bad host %q", h)
	}
	return h, nil
}

func validHostName(h string) bool {
	if h == "" || h[0] == '.' || h[len(h)-1] == '.' || strings.Contains(h, "..") {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

// matchHost reports whether host is one of hosts, ignoring case and a
// leading "www.".
func matchHost(host string, hosts []string) bool {
	host = strings.TrimPrefix(host, "www.")
	for _, h := range hosts {
		h = strings.TrimSuffix(h, ".")
		if len(h) >= 4 && strings.EqualFold(h[:4], "www.") {
			h = h[4:]
		}
		if strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// NumericID returns the trailing number of a URL's path
// ("/az/news_detail/16701" -> 16701), 0 if there is none. It orders items
// that share a date.
func NumericID(u string) int64 {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.Index(u, "://"); i >= 0 {
		rest := u[i+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return 0
		}
		u = rest[j:]
	}
	u = strings.TrimRight(u, "/")
	j := len(u)
	for j > 0 && '0' <= u[j-1] && u[j-1] <= '9' {
		j--
	}
	n, err := strconv.ParseInt(u[j:], 10, 64)
	if err != nil {
		return 0
	}
	return n
}

// Mailto returns an ASCII mailto: URL with its address and query.
func Mailto(ref string) (string, bool) {
	u, err := url.Parse(ref)
	if err != nil || u.Opaque == "" {
		return "", false
	}
	s := "mailto:" + escapeComponent(u.Opaque, pathChars)
	if q := escapeComponent(u.RawQuery, queryChars); q != "" {
		s += "?" + q
	}
	return s, true
}

// Link is the absolute form of an href inside content: an ASCII mailto:
// URL, or an absolute http(s) URL resolved against base; false when the
// href is neither.
func Link(href string, base *url.URL, r Rules) (string, bool) {
	ref := cleanRef(href)
	if len(ref) >= 7 && strings.EqualFold(ref[:7], "mailto:") {
		return Mailto(ref)
	}
	u, err := Absolute(ref, base, r)
	return u, err == nil
}
