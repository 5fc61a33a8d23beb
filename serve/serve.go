// Package serve owns sitefeed's HTTP side: it serves the files the feed
// package wrote to the output directory (feeds, their pages, index.html,
// feeds.opml, feed.xsl, style.css) with validators, conditional requests
// and gzip, plus /healthz and /metrics. With public_url unset it writes the
// request's own base into the links of the files it serves (base.go).
//
// It serves from disk only and never waits for a scrape; it does not
// render feeds, run scrapes or compute metrics. Only a fixed set of names
// is served, opened through os.Root so nothing outside the directory can
// be reached, not even through a symlink.
package serve

import (
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"

	"sitefeed/feed"
)

// FeedHealth is one feed's status as reported by /healthz.
type FeedHealth struct {
	Name                string    `json:"name"`
	LastSuccess         time.Time `json:"last_success,omitzero"`
	LastError           string    `json:"last_error,omitempty"`
	LastErrorAt         time.Time `json:"last_error_at,omitzero"`
	ConsecutiveFailures int       `json:"consecutive_failures"`
	Items               int       `json:"items"`
	// DeferredUntil: the site asked (Retry-After) not to be asked before
	// then; the feed's runs are skipped until then, which is no failure.
	DeferredUntil time.Time `json:"deferred_until,omitzero"`
	// StaleAfter is filled by the caller; 0 means never stale.
	StaleAfter time.Duration `json:"-"`
	// Stale is computed by the handler.
	Stale bool `json:"stale"`
}

// Options configure Handler.
type Options struct {
	// Dir is the output directory (feeds, index.html, feeds.opml, feed.xsl).
	Dir string
	// MaxAge is sent as Cache-Control: public, max-age=<seconds>.
	MaxAge time.Duration
	// Health returns the current per-feed status (nil: no feeds).
	Health func() ([]FeedHealth, error)
	// Started is the process start: a feed that never succeeded and never
	// failed is stale when now-Started > StaleAfter (default: when Handler
	// is called); one that never succeeded is stale from its first failure.
	Started time.Time
	// Metrics is served at /metrics (nil: 404).
	Metrics http.Handler
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger receives one debug line per request (default slog.Default).
	Logger *slog.Logger
	// StandInBase returns the base URL the files' absolute links were
	// written with when public_url is not set (config.DefaultPublicURL),
	// or "" when it is set. The server then writes, in the files that
	// carry links (index.html, feeds.opml, the feeds and their pages), the
	// base of each request instead (see base.go). Nil: never.
	StandInBase func() string
}

// typeXML is what browsers get for styled feeds (they apply XSL to it).
const typeXML = "application/xml; charset=utf-8"

// feedPath is a feed file's name: a feed name and an extension; the
// formats themselves are declared once, in package feed.
var feedPath = regexp.MustCompile(`^/([a-z0-9][a-z0-9_-]*)\.([a-z]+)$`)

type handler struct {
	opts   Options
	files  *fileCache
	csp    string // every response
	cspXSL string // a feed for a browser, which loads feed.xsl
}

// maxName is the longest file name served: longer ones cannot exist
// (NAME_MAX on Linux), so they are a 404, not a failed open.
const maxName = 255

// contentSecurityPolicy allows the pages served (index.html, and feeds
// turned into HTML by feed.xsl) nothing but their own inline styles (by
// hash), same-origin stylesheets and images; no script, frame, form or base.
func contentSecurityPolicy() string {
	return "default-src 'none'; style-src 'self' " + strings.Join(feed.StyleHashes(), " ") +
		"; img-src 'self' https: data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
}

// xslPolicy is the policy of a feed sent to a browser: browsers load an
// <?xml-stylesheet?> XSLT under script-src, so it allows same-origin
// scripts. This origin serves no script, and nosniff keeps a browser from
// running any of its files (none has a JavaScript type) as one.
func xslPolicy() string {
	return contentSecurityPolicy() + "; script-src 'self'"
}

// Handler returns the site's handler, wrapped in request logging.
func Handler(opts Options) http.Handler {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Started.IsZero() {
		opts.Started = opts.Now()
	}
	h := &handler{opts: opts, files: newFileCache(opts.Dir), csp: contentSecurityPolicy(),
		cspXSL: xslPolicy()}
	return logRequests(opts.Logger, h)
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// On every response, errors included: any of them may be opened as a
	// page (index.html, a feed styled by feed.xsl, a 404 text).
	hdr := w.Header()
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Content-Security-Policy", h.csp)
	hdr.Set("X-Frame-Options", "DENY")
	hdr.Set("Referrer-Policy", "no-referrer")
	serve := h.route(r.URL.Path)
	if serve == nil {
		http.Error(w, "404 not found", http.StatusNotFound)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	serve(w, r)
}

// route maps a decoded path to its handler; nil for anything not served.
// Only these exact names reach the disk.
func (h *handler) route(path string) http.HandlerFunc {
	file := func(name, ctype string, styled, links bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { h.serveFile(w, r, name, ctype, styled, links) }
	}
	if path == "/" {
		path = "/" + feed.IndexFile
	}
	if ctype, ok := feed.SiteFiles()[strings.TrimPrefix(path, "/")]; ok {
		links := path[1:] == feed.IndexFile || path[1:] == feed.OPMLFile
		return file(path[1:], ctype, false, links)
	}
	switch path {
	case "/healthz":
		return h.serveHealth
	case "/metrics":
		if h.opts.Metrics == nil {
			return nil
		}
		return h.opts.Metrics.ServeHTTP
	}
	if m := feedPath.FindStringSubmatch(path); m != nil && len(m[1])+1+len(m[2]) <= maxName {
		if f, ok := feed.FormatOf(m[2]); ok {
			return file(m[1]+"."+m[2], f.ContentType, f.Styled, true)
		}
		if m[2] == feed.PageExt {
			return file(m[1]+"."+m[2], feed.PageContentType, false, true)
		}
	}
	return nil
}
