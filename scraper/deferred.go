package scraper

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// DeferredError is a 429 or 503 whose Retry-After asks to wait longer than
// RetryMaxWait: the host is not asked again before Until, in this run (the
// Fetcher answers this error without a request) or, through the caller's
// store, in later runs.
type DeferredError struct {
	Host   string
	Until  time.Time
	Status int
}

func (e *DeferredError) Error() string {
	return fmt.Sprintf("%s answered %d %s with Retry-After until %s: not asked again before then",
		e.Host, e.Status, http.StatusText(e.Status), e.Until.UTC().Format(time.RFC3339))
}

// deferrals are the hosts that asked this run's Fetcher to wait.
type deferrals struct {
	mu    sync.Mutex
	hosts map[string]*DeferredError
}

func (d *deferrals) add(e *DeferredError) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.hosts == nil {
		d.hosts = map[string]*DeferredError{}
	}
	d.hosts[e.Host] = e
}

// check returns the deferral of rawURL's host that is still running.
func (d *deferrals) check(rawURL string, now time.Time) *DeferredError {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e := d.hosts[hostOf(rawURL)]; e != nil && now.Before(e.Until) {
		return e
	}
	return nil
}

func (d *deferrals) all() []DeferredError {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []DeferredError
	for _, e := range d.hosts {
		out = append(out, *e)
	}
	return out
}

// Deferred lists the hosts that asked, during this run, not to be asked
// again for longer than RetryMaxWait.
func (f *Fetcher) Deferred() []DeferredError { return f.deferred.all() }

// deferral turns a response that asks to wait beyond RetryMaxWait into a
// DeferredError (nil otherwise).
func (f *Fetcher) deferral(rawURL string, resp *Response) *DeferredError {
	if resp == nil || resp.Status != http.StatusTooManyRequests && resp.Status != http.StatusServiceUnavailable {
		return nil
	}
	now := f.o.Now()
	ra := retryAfter(resp.Header.Get("Retry-After"), now)
	if ra <= f.o.RetryMaxWait {
		return nil
	}
	return &DeferredError{Host: hostOf(rawURL), Until: now.Add(ra), Status: resp.Status}
}

func hostOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil {
		return strings.ToLower(u.Hostname())
	}
	return rawURL
}
