package scraper

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
)

// Sentinel errors callers branch on.
var (
	ErrTooLarge = errors.New("response body larger than max_body_size")
	ErrRobots   = errors.New("disallowed by robots.txt")
	// ErrRobotsUnavailable: robots.txt could not be read and no stored
	// copy exists, so nothing is fetched from the host.
	ErrRobotsUnavailable = errors.New("robots.txt unavailable, nothing fetched from this host")
	ErrRequestBudget     = errors.New("max_requests reached for this run")
	ErrHTTPStatus        = errors.New("unexpected HTTP status")
	ErrEmptyBody         = errors.New("empty response body")
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

// permanent errors are not retried.
func permanent(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrRobots) || errors.Is(err, ErrRobotsUnavailable) || errors.Is(err, context.Canceled) ||
		errors.Is(err, colly.ErrForbiddenDomain) || strings.Contains(err.Error(), "redirect")
}

// once performs a single request through colly.
func (f *Fetcher) once(ctx context.Context, rawURL string, hdr http.Header) (*Response, error) {
	cctx := colly.NewContext()
	err := f.c.Request(http.MethodGet, rawURL, nil, cctx, hdr.Clone())
	resp, _ := cctx.GetAny("response").(*Response)
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
		resp := &Response{URL: r.Request.URL.String(), Status: r.StatusCode, Header: *r.Headers, Body: r.Body,
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
