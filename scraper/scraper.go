package scraper

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
)

// Options configure a Fetcher.
type Options struct {
	// UserAgent is sent as is (see UserAgent to fill in a version).
	UserAgent string
	// Hosts are the only hosts ever requested; redirects stay among them.
	// The first is the site's canonical host.
	Hosts []string
	// Origin, when set, receives every request meant for Hosts (a mirror,
	// a test server); URLs above the transport keep the real host.
	Origin *url.URL
	// RobotsHosts are read before the collector is built: the largest
	// Crawl-delay among them raises Delay. Hosts[0] is always read.
	RobotsHosts []string
	// Robots keeps robots.txt across runs; nil: fetched on every run.
	Robots RobotsCache

	Timeout      time.Duration // one request
	Delay        time.Duration // between two requests to a host
	RandomDelay  time.Duration // plus up to this much
	Parallelism  int           // requests in flight per host
	MaxBodySize  int64         // larger responses are ErrTooLarge
	Retries      int           // after network errors, timeouts, 429, 5xx
	RetryMaxWait time.Duration // cap on backoff and Retry-After
	// RetryBase is the first backoff step (default 1s).
	RetryBase time.Duration

	Transport http.RoundTripper // nil: a clone of http.DefaultTransport, one per Fetcher
	Logger    *slog.Logger
	Now       func() time.Time
	// Sleep waits between retries; tests shorten it. Default: a timer
	// that honours ctx.
	Sleep func(context.Context, time.Duration) error
	// Observe, if set, sees every response status (0: no response), with
	// the tag of the Session that made the request.
	Observe func(tag string, status int)
}

// RobotsCache keeps fetched robots.txt records between runs (the store).
type RobotsCache interface {
	RobotsTxt(host string) ([]byte, bool, error)
	SetRobotsTxt(host string, record []byte) error
}

// Fetcher fetches one site's pages for one run. Build one per site and
// run: it holds one colly collector, so the per-host rate limit spans the
// run's feeds of that site. Its sessions run one after another.
type Fetcher struct {
	o       Options
	hosts   []string // hosts whose links are the site's: Hosts, plus the origin's
	c       *colly.Collector
	robots  *robots
	feedCtx *feedCtxTransport
	session sync.Mutex // one Session at a time (feedCtx holds one context)
	// robotsRequests counts robots.txt fetches not yet charged to a session.
	robotsRequests atomic.Int64
	deferred       deferrals
}

// New builds a Fetcher for one run; ctx cancels every request of the run.
func New(ctx context.Context, o Options) (*Fetcher, error) {
	if len(o.Hosts) == 0 {
		return nil, fmt.Errorf("fetcher: no hosts")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleepCtx
	}
	if o.RetryBase == 0 {
		o.RetryBase = time.Second
	}
	if o.Parallelism < 1 {
		o.Parallelism = 1
	}
	if o.Transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// net/http keeps 2 idle connections per host by default: with more
		// requests in flight, every one past the second would be closed
		// and dialled again (7% of a backfill's CPU, and the site's).
		t.MaxIdleConnsPerHost = max(o.Parallelism, 2)
		o.Transport = t
	}
	f := &Fetcher{o: o, hosts: linkHosts(o.Hosts, o.Origin)}
	var chain http.RoundTripper = o.Transport
	if o.Origin != nil {
		chain = &originTransport{origin: o.Origin, hosts: o.Hosts, next: chain}
	}
	f.robots = &robots{f: f, client: &http.Client{Transport: chain, Timeout: o.Timeout}, groups: map[string]*robotsEntry{}}
	crawlDelay := f.robots.preload(ctx, append([]string{o.Hosts[0]}, o.RobotsHosts...))
	if f.robotsRequests.Load() > 0 {
		// robots.txt went out before the collector's rate limit exists:
		// keep the delay before the first page too.
		if err := sleepCtx(ctx, max(o.Delay, crawlDelay)); err != nil {
			return nil, err
		}
	}
	f.feedCtx = &feedCtxTransport{next: chain}
	c, err := newCollector(ctx, collectorOptions{
		userAgent: o.UserAgent, hosts: o.Hosts, maxBody: o.MaxBodySize,
		timeout: o.Timeout, delay: max(o.Delay, crawlDelay), randomDelay: o.RandomDelay,
		parallelism: o.Parallelism, transport: f.feedCtx,
	})
	if err != nil {
		return nil, err
	}
	f.c = c
	return f, nil
}

// Close releases the run's idle connections: a daemon builds a Fetcher
// per run, and kept-alive connections of finished runs would pile up.
func (f *Fetcher) Close() {
	if c, ok := f.o.Transport.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// linkHosts are the hosts whose links are the site's. A mirror may link
// to itself: its links then canonicalise to the real host like the site's.
func linkHosts(hosts []string, origin *url.URL) []string {
	out := slices.Clone(hosts)
	if origin != nil {
		out = append(out, strings.ToLower(origin.Host))
	}
	return out
}

// LinkHosts are the hosts whose links count as the site's (the first is
// canonical): the site's hosts, plus the origin's when a mirror is used.
func (f *Fetcher) LinkHosts() []string { return slices.Clone(f.hosts) }

// isSiteHost reports whether host is one of the site's hosts.
func (f *Fetcher) isSiteHost(host string) bool {
	return slices.ContainsFunc(f.o.Hosts, func(h string) bool { return strings.EqualFold(h, host) })
}

// UserAgent fills the version into a User-Agent template.
func UserAgent(tmpl, version string) string {
	if version == "" {
		version = "dev"
	}
	return strings.ReplaceAll(tmpl, "{version}", version)
}
