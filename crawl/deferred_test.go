package crawl

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// A 429 with a Retry-After beyond retry_max_wait is not waited for: the
// host is "not before T" in the store, the site's feeds are deferred (no
// failure, no request, files kept) until T, and the first run after T
// scrapes again (issue 12, item 6).
func TestRetryAfterHonouredAcrossRuns(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	kept := h.snapshot(feedNames...)
	h.mu.Lock()
	h.retryAfter = "3600"
	h.mu.Unlock()
	h.force("/en/news", http.StatusTooManyRequests)
	h.clock.advance(30 * time.Minute)
	start := h.clock.Now()
	n := len(h.site.Requests())
	rep, err := h.run()
	if err != nil {
		t.Fatalf("run with a 429 Retry-After 3600: %v, want no failure", err)
	}
	until := start.Add(time.Hour)
	for _, name := range feedNames[2:] { // news-en and the feeds after it
		r := result(t, rep, name)
		if !r.Deferred.Equal(until) || r.DeferredHost != "migration.gov.az" || r.Err != nil {
			t.Errorf("%s: deferred %v by %q, err %v; want deferred until %v by migration.gov.az", name, r.Deferred, r.DeferredHost, r.Err, until)
		}
		st, _ := h.st.Status(name)
		if !st.DeferredUntil.Equal(until) || st.ConsecutiveFailures != 0 {
			t.Errorf("%s: status %+v, want deferred until %v and no failure", name, st, until)
		}
	}
	for _, name := range feedNames[:2] {
		if r := result(t, rep, name); !r.Deferred.IsZero() || r.Err != nil {
			t.Errorf("%s ran before the 429 and should be ok: %+v", name, r)
		}
	}
	var after int
	for _, r := range h.requestsSince(n) {
		if strings.HasPrefix(r.URL, "/en/") || strings.HasPrefix(r.URL, "/ru/") {
			after++
		}
	}
	enNews := h.forcedCount()
	if enNews != 1 || after != 0 {
		t.Errorf("%d requests to /en/news (want 1: no retry), %d to the feeds after it (want 0)", enNews, after)
	}
	h.sameFiles(kept)

	// Before T: the whole site is skipped without a request.
	h.clock.advance(59 * time.Minute)
	n = len(h.site.Requests())
	rep, err = h.run()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range feedNames {
		if r := result(t, rep, name); !r.Deferred.Equal(until) {
			t.Errorf("before T: %s deferred %v, want %v", name, r.Deferred, until)
		}
	}
	if reqs, forced := h.requestsSince(n), h.forcedCount(); len(reqs) != 0 || forced != 0 {
		t.Errorf("before T: %d requests (and %d to /en/news), want none: %v", len(reqs), forced, reqs)
	}
	h.sameFiles(kept)

	// After T, with the site healed: every feed runs and the deferral ends.
	h.force("/en/news", 0)
	h.clock.advance(2 * time.Minute)
	rep = h.mustRun()
	for _, name := range feedNames {
		if r := result(t, rep, name); !r.Deferred.IsZero() {
			t.Errorf("after T: %s still deferred", name)
		}
		if st, _ := h.st.Status(name); !st.DeferredUntil.IsZero() || !st.LastSuccess.Equal(h.clock.Now()) {
			t.Errorf("after T: %s status %+v, want a success now and no deferral", name, st)
		}
	}
}

// A Retry-After within retry_max_wait is waited for within the run, as
// before.
func TestShortRetryAfterIsWaited(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mu.Lock()
	h.retryAfter = "60"
	h.mu.Unlock()
	h.force("/en/news", http.StatusServiceUnavailable)
	rep, _ := h.run()
	r := result(t, rep, "news-en")
	if !r.Deferred.IsZero() || r.Err == nil || r.Stats.Retries != h.cfg.Retries {
		t.Errorf("news-en: deferred %v, err %v, %d retries; want a failure after %d retries", r.Deferred, r.Err, r.Stats.Retries, h.cfg.Retries)
	}
}
