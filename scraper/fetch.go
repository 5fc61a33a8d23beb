package scraper

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
)

// Sentinel errors callers branch on.
var (
	ErrTooLarge      = errors.New("response body larger than max_body_size")
	ErrRobots        = errors.New("disallowed by robots.txt")
	ErrRequestBudget = errors.New("max_requests reached for this run")
	ErrHTTPStatus    = errors.New("unexpected HTTP status")
	ErrEmptyBody     = errors.New("empty response body")
)

// StatusError is an HTTP status that ended a fetch.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

func (e *StatusError) Unwrap() error { return ErrHTTPStatus }

// response is one fetched page.
type response struct {
	URL         string // the real (site) URL requested
	Status      int
	Header      http.Header
	Body        []byte
	ContentType string // as the body now is (colly may have re-encoded it)
}

// counters are the request statistics of a feed run.
type counters struct {
	mu          sync.Mutex
	requests    int
	notModified int
	retries     int
	bytes       int64
	statuses    map[int]int
}

func (c *counters) add(status int, n int64, retry bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.requests++
	if status == http.StatusNotModified {
		c.notModified++
	}
	if retry {
		c.retries++
	}
	c.bytes += n
	if c.statuses == nil {
		c.statuses = map[int]int{}
	}
	c.statuses[status]++
}

// fetcher wraps one colly collector: one per run, shared by the run's feeds
// so the per-host rate limit holds across them.
type fetcher struct {
	c        *colly.Collector
	maxBody  int64
	retries  int
	baseWait time.Duration
	maxWait  time.Duration
	log      *slog.Logger
	now      func() time.Time
	sleep    func(context.Context, time.Duration) error
	budget   *budget
	observe  func(feed string, status int)
}

// budget caps requests per feed run.
type budget struct {
	mu   sync.Mutex
	left int
}

func (b *budget) take() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.left <= 0 {
		return false
	}
	b.left--
	return true
}

// get fetches rawURL with conditional headers, retrying network errors,
// 429 and 5xx with backoff. A 304 is a success with Status 304.
func (f *fetcher) get(ctx context.Context, rawURL string, hdr http.Header, cnt *counters, feed string) (*response, error) {
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !f.budget.take() {
			return nil, fmt.Errorf("%s: %w", rawURL, ErrRequestBudget)
		}
		start := f.now()
		resp, err := f.once(ctx, rawURL, hdr)
		status, n := 0, int64(0)
		if resp != nil {
			status, n = resp.Status, int64(len(resp.Body))
		}
		cnt.add(status, n, attempt > 0)
		if f.observe != nil {
			f.observe(feed, status)
		}
		f.log.Debug("request", slog.String("feed", feed), slog.String("url", rawURL), slog.Int("status", status),
			slog.Int64("bytes", n), slog.Int("attempt", attempt+1), slog.Duration("took", f.now().Sub(start)), errAttr(err))
		again := err != nil && !permanent(err) || err == nil && retryable(status)
		if !again || attempt >= f.retries {
			return finish(rawURL, resp, err)
		}
		var ra time.Duration
		if resp != nil {
			ra = retryAfter(resp.Header.Get("Retry-After"), f.now())
		}
		wait := backoff(attempt, f.baseWait, f.maxWait, ra, rand.Float64())
		f.log.Info("retrying", slog.String("feed", feed), slog.String("url", rawURL), slog.Int("status", status),
			slog.Duration("wait", wait), errAttr(err))
		if err := f.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// finish turns the last attempt into the caller's result.
func finish(rawURL string, resp *response, err error) (*response, error) {
	if err != nil {
		return resp, fmt.Errorf("%s: %w", rawURL, err)
	}
	switch {
	case resp.Status == http.StatusNotModified:
		return resp, nil
	case resp.Status < 200 || resp.Status > 299:
		return resp, &StatusError{URL: rawURL, Status: resp.Status}
	case len(strings.TrimSpace(string(resp.Body))) == 0:
		return resp, fmt.Errorf("%s: %w", rawURL, ErrEmptyBody)
	}
	return resp, nil
}

// permanent errors are not retried.
func permanent(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrRobots) || errors.Is(err, context.Canceled) ||
		errors.Is(err, colly.ErrForbiddenDomain) || strings.Contains(err.Error(), "redirect")
}

// once performs a single request through colly.
func (f *fetcher) once(ctx context.Context, rawURL string, hdr http.Header) (*response, error) {
	cctx := colly.NewContext()
	err := f.c.Request(http.MethodGet, rawURL, nil, cctx, hdr.Clone())
	resp, _ := cctx.GetAny("response").(*response)
	if err == nil {
		if e, ok := cctx.GetAny("error").(error); ok {
			err = e
		}
	}
	if err != nil && ctx.Err() != nil {
		return resp, ctx.Err()
	}
	return resp, err
}

// newCollector builds the run's collector. Robots.txt is handled by
// package scraper itself (cached across runs, Crawl-delay honoured), so
// colly's own robots handling, which would refetch it every run, is off.
func newCollector(ctx context.Context, o collectorOptions) (*colly.Collector, error) {
	c := colly.NewCollector(
		colly.UserAgent(o.userAgent),
		colly.AllowedDomains(o.hosts...),
		colly.AllowURLRevisit(),
		colly.ParseHTTPErrorResponse(),
		colly.MaxBodySize(int(o.maxBody+1)),
		colly.StdlibContext(ctx),
	)
	c.IgnoreRobotsTxt = true
	c.SetRequestTimeout(o.timeout)
	c.WithTransport(o.transport)
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Delay: o.delay, RandomDelay: o.randomDelay, Parallelism: o.parallelism}); err != nil {
		return nil, fmt.Errorf("rate limit: %w", err)
	}
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return fmt.Errorf("stopped after %d redirects (redirect loop?)", len(via))
		}
		for _, h := range o.hosts {
			if strings.EqualFold(req.URL.Hostname(), h) {
				return nil
			}
		}
		return fmt.Errorf("redirect to %s refused: host not in hosts", req.URL)
	})
	c.OnResponse(func(r *colly.Response) {
		resp := &response{URL: r.Request.URL.String(), Status: r.StatusCode, Header: *r.Headers, Body: r.Body,
			ContentType: bodyContentType(r.Headers.Get("Content-Type"))}
		r.Ctx.Put("response", resp)
		if int64(len(r.Body)) > o.maxBody {
			r.Ctx.Put("error", fmt.Errorf("%w (%d bytes)", ErrTooLarge, o.maxBody))
		}
	})
	c.OnError(func(r *colly.Response, err error) {
		r.Ctx.Put("error", err)
	})
	return c, nil
}

type collectorOptions struct {
	userAgent   string
	hosts       []string
	maxBody     int64
	timeout     time.Duration
	delay       time.Duration
	randomDelay time.Duration
	parallelism int
	transport   http.RoundTripper // the whole chain: feed context, origin, network
}

// bodyContentType is the Content-Type that describes the body colly hands
// over: colly has already converted a body whose header names a non-UTF-8
// charset, so that header would make extract decode it twice.
func bodyContentType(ct string) string {
	l := strings.ToLower(ct)
	if strings.Contains(l, "charset") && !strings.Contains(l, "utf-8") && !strings.Contains(l, "utf8") {
		return "text/html; charset=utf-8"
	}
	return ct
}

func errAttr(err error) slog.Attr {
	if err == nil {
		return slog.Attr{}
	}
	return slog.String("error", err.Error())
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
