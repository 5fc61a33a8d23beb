package canon

import "strings"

// Rules are one site's canonical-URL rules, from its configuration. The
// zero Rules know no site: every URL gets only the generic clean-up.
type Rules struct {
	// Hosts are the site's hosts, the first canonical: a URL on any of
	// them (with or without "www.") gets scheme https and Hosts[0].
	Hosts []string
	// StripPrefixes are leading path segments dropped on the site's hosts
	// ("/index.php": /index.php/az/x is /az/x).
	StripPrefixes []string
	// FoldTrailingSlash makes "/az/news_detail/1/" the same page as
	// "/az/news_detail/1" on the site's hosts.
	FoldTrailingSlash bool
	// DropParams are query parameters dropped from every URL besides the
	// built-in tracking ones (utm_*, fbclid, gclid, ...); a trailing "*"
	// matches a prefix.
	DropParams []string
}

// HostRules are Rules with hosts only, for callers that know no more.
func HostRules(hosts ...string) Rules { return Rules{Hosts: hosts} }

// dropped reports a query key that the rules or the built-in tracking
// list drop.
func (r Rules) dropped(key string) bool {
	if isTracking(key) {
		return true
	}
	for _, p := range r.DropParams {
		if pre, ok := strings.CutSuffix(p, "*"); ok {
			if len(key) >= len(pre) && strings.EqualFold(key[:len(pre)], pre) {
				return true
			}
		} else if strings.EqualFold(key, p) {
			return true
		}
	}
	return false
}

// stripPrefixes drops the leading segments the rules name.
func (r Rules) stripPrefixes(p string) string {
	for again := true; again; {
		again = false
		for _, seg := range r.StripPrefixes {
			seg = "/" + strings.Trim(seg, "/")
			if len(seg) > 1 && len(p) >= len(seg) && strings.EqualFold(p[:len(seg)], seg) &&
				(len(p) == len(seg) || p[len(seg)] == '/') {
				p, again = p[len(seg):], true
			}
		}
	}
	if p == "" {
		return "/"
	}
	return p
}

// OnSite reports whether host is one of the site's hosts (with or without
// "www.").
func (r Rules) OnSite(host string) bool { return matchHost(strings.ToLower(host), r.Hosts) }
