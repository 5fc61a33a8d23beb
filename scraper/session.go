package scraper

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sync"
	"time"

	"sitefeed/conditional"
)

// Response is one fetched page.
type Response struct {
	// URL is the page's URL on the site: where the request ended after
	// redirects (mapped back from a mirror), else the URL asked for.
	// Relative links on the page resolve against it.
	URL         string
	Status      int
	Header      http.Header
	Body        []byte
	ContentType string // as the body now is (colly may have re-encoded it)
	// Validators are the response's ETag / Last-Modified, stamped now.
	Validators conditional.Validators
	Took       time.Duration
}

// Counts are the request statistics of a Session.
type Counts struct {
	Requests    int
	NotModified int
	Retries     int
	Bytes       int64
	Statuses    map[int]int
}

// Session is one feed's share of a run: its request budget, its counters
// and its context, which also ends requests in flight (run_timeout).
// End it with Close before the next Session of the Fetcher starts.
type Session struct {
	f      *Fetcher
	ctx    context.Context
	tag    string
	mu     sync.Mutex
	left   int // requests left in the budget
	counts Counts
}

// Session starts a session for tag (a feed name, for logs and Observe)
// with at most maxRequests requests; it waits for the previous session to
// close. robots.txt requests not yet charged go to this session.
func (f *Fetcher) Session(ctx context.Context, tag string, maxRequests int) *Session {
	f.session.Lock()
	f.feedCtx.set(ctx)
	s := &Session{f: f, ctx: ctx, tag: tag, left: maxRequests}
	s.counts.Requests = int(f.robotsRequests.Swap(0))
	return s
}

// Close ends the session; the Fetcher may start the next one.
func (s *Session) Close() {
	s.f.feedCtx.set(context.Background())
	s.f.session.Unlock()
}

// Counts returns a copy of the session's counters.
func (s *Session) Counts() Counts {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.counts
	if c.Statuses != nil {
		st := make(map[int]int, len(c.Statuses))
		for k, v := range c.Statuses {
			st[k] = v
		}
		c.Statuses = st
	}
	return c
}

func (s *Session) take() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.left <= 0 {
		return false
	}
	s.left--
	return true
}

func (s *Session) count(status int, n int64, retry bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts.Requests++
	if status == http.StatusNotModified {
		s.counts.NotModified++
	}
	if retry {
		s.counts.Retries++
	}
	s.counts.Bytes += n
	if s.counts.Statuses == nil {
		s.counts.Statuses = map[int]int{}
	}
	s.counts.Statuses[status]++
}

// Get fetches rawURL after the robots.txt check, sending v as conditional
// headers, retrying network errors, 429 and 5xx with backoff. A 304 is a
// success with Status 304; any other status outside 2xx is a *StatusError
// (with the response), an empty 2xx body ErrEmptyBody.
func (s *Session) Get(rawURL string, v conditional.Validators) (*Response, error) {
	if err := s.f.robots.allowed(s.ctx, rawURL); err != nil {
		return nil, err
	}
	o := s.f.o
	if d := s.f.deferred.check(rawURL, o.Now()); d != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, d)
	}
	hdr := http.Header{}
	v.Apply(hdr)
	for attempt := 0; ; attempt++ {
		if err := s.ctx.Err(); err != nil {
			return nil, err
		}
		if !s.take() {
			return nil, fmt.Errorf("%s: %w", rawURL, ErrRequestBudget)
		}
		start := o.Now()
		resp, err := s.f.once(s.ctx, rawURL, hdr)
		status, n := 0, int64(0)
		if resp != nil {
			status, n = resp.Status, int64(len(resp.Body))
			resp.Took = o.Now().Sub(start)
		}
		s.count(status, n, attempt > 0)
		if o.Observe != nil {
			o.Observe(s.tag, status)
		}
		o.Logger.Debug("request", slog.String("feed", s.tag), slog.String("url", rawURL), slog.Int("status", status),
			slog.Int64("bytes", n), slog.Int("attempt", attempt+1), slog.Duration("took", o.Now().Sub(start)), errAttr(err))
		if d := s.f.deferral(rawURL, resp); err == nil && d != nil {
			// Waiting that long is for a later run, not for this one.
			s.f.deferred.add(d)
			o.Logger.Warn("host asks to wait beyond retry_max_wait", slog.String("feed", s.tag), slog.String("host", d.Host),
				slog.Time("until", d.Until), slog.Int("status", status))
			return resp, fmt.Errorf("%s: %w", rawURL, d)
		}
		again := err != nil && !permanent(err) || err == nil && retryable(status)
		if !again || attempt >= o.Retries {
			return s.f.finish(rawURL, resp, err)
		}
		var ra time.Duration
		if resp != nil {
			ra = retryAfter(resp.Header.Get("Retry-After"), o.Now())
		}
		wait := backoff(attempt, o.RetryBase, o.RetryMaxWait, ra, rand.Float64())
		o.Logger.Info("retrying", slog.String("feed", s.tag), slog.String("url", rawURL), slog.Int("status", status),
			slog.Duration("wait", wait), errAttr(err))
		if err := o.Sleep(s.ctx, wait); err != nil {
			return nil, err
		}
	}
}

// finish turns the last attempt into the caller's result.
func (f *Fetcher) finish(rawURL string, resp *Response, err error) (*Response, error) {
	if err != nil {
		host := rawURL
		if u, perr := url.Parse(rawURL); perr == nil {
			host = u.Hostname()
		}
		return resp, fmt.Errorf("%s: %w", rawURL, networkError(host, err))
	}
	resp.URL = f.pageURL(resp.URL, rawURL)
	resp.Validators = conditional.FromResponse(resp.Header, f.o.Now())
	switch {
	case resp.Status == http.StatusNotModified:
		return resp, nil
	case resp.Status < 200 || resp.Status > 299:
		return resp, &StatusError{URL: rawURL, Status: resp.Status}
	case len(bytes.TrimSpace(resp.Body)) == 0:
		return resp, fmt.Errorf("%s: %w", rawURL, ErrEmptyBody)
	}
	return resp, nil
}

// pageURL is where the request ended when that is on the site's hosts
// (the origin override maps redirects back to them), else the URL asked
// for.
func (f *Fetcher) pageURL(final, requested string) string {
	if u, err := url.Parse(final); err == nil && f.isSiteHost(u.Hostname()) {
		return final
	}
	return requested
}
