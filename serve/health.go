package serve

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

type healthBody struct {
	Status string       `json:"status"`
	Error  string       `json:"error,omitempty"`
	Feeds  []FeedHealth `json:"feeds"`
}

// serveHealth answers 200 {"status":"ok"} when no feed is stale (200
// {"status":"deferred"} when a site asked, with Retry-After, to wait), 503
// {"status":"stale"} when one is, and 503 {"status":"error"} when the
// status cannot be read.
func (h *handler) serveHealth(w http.ResponseWriter, r *http.Request) {
	body := healthBody{Status: "ok", Feeds: []FeedHealth{}}
	code := http.StatusOK
	if h.opts.Health != nil {
		feeds, err := h.opts.Health()
		if err != nil {
			h.opts.Logger.Error("health status", "err", err)
			body.Status, body.Error = "error", err.Error()
			code = http.StatusServiceUnavailable
		} else if feeds != nil {
			body.Feeds = feeds
		}
	}
	now := h.opts.Now()
	for i := range body.Feeds {
		body.Feeds[i].Stale = stale(body.Feeds[i], h.opts.Started, now)
		if body.Feeds[i].Stale && code == http.StatusOK {
			body.Status, code = "stale", http.StatusServiceUnavailable
		}
	}
	for _, f := range body.Feeds {
		if code == http.StatusOK && f.DeferredUntil.After(now) {
			body.Status = "deferred" // the site asked to wait: healthy, but say so
		}
	}
	b, err := json.Marshal(body)
	if err != nil {
		http.Error(w, "500 "+err.Error(), http.StatusInternalServerError)
		return
	}
	b = append(b, '\n')
	hdr := w.Header()
	hdr.Set("Content-Type", "application/json")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b)
	}
}

// stale: more than StaleAfter since the last success, or, for a feed that
// never succeeded, any failed run (from the first one: there is no feed to
// serve, so waiting StaleAfter only hides a broken configuration) or more
// than StaleAfter since start without a run. Otherwise StaleAfter 0 means
// never stale.
func stale(f FeedHealth, started, now time.Time) bool {
	if f.LastSuccess.IsZero() && (f.ConsecutiveFailures > 0 || !f.LastErrorAt.IsZero()) {
		return true
	}
	if f.StaleAfter <= 0 {
		return false
	}
	since := f.LastSuccess
	if since.IsZero() {
		since = started
	}
	return now.Sub(since) > f.StaleAfter
}
