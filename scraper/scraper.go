package scraper

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"sitefeed/config"
	"sitefeed/item"
	"sitefeed/sanitize"
)

// Known is what the store knows of an item URL.
type Known struct {
	Stored     bool
	HasArticle bool // its article page was read once
	Title      string
	Published  time.Time
}

// Validators are the HTTP validators kept per URL for conditional GET.
type Validators struct {
	ETag, LastModified string
	Checked            time.Time
}

// Memory is what the scraper remembers between runs (the store).
type Memory interface {
	Lookup(feed string, urls []string) (map[string]Known, error)
	// Pending returns the newest stored items of the feed whose article
	// page could not be read yet, at most limit.
	Pending(feed string, limit int) ([]item.Item, error)
	Validators(url string) (Validators, bool, error)
	SetValidators(url string, v Validators) error
	Blob(key string) ([]byte, bool, error)
	SetBlob(key string, data []byte) error
}

// Options configure a Scraper.
type Options struct {
	Config    *config.Config
	Version   string
	Transport http.RoundTripper // nil: a clone of http.DefaultTransport, one per Scraper
	Memory    Memory            // nil: nothing remembered (dry runs)
	Logger    *slog.Logger
	Now       func() time.Time
	// Sleep waits between retries; tests shorten it. Default: a timer
	// that honours ctx.
	Sleep func(context.Context, time.Duration) error
	// RetryBase is the first backoff step (default 1s).
	RetryBase time.Duration
	// ObserveRequest, if set, sees every response status (0: no response).
	ObserveRequest func(feed string, status int)
}

// Scraper runs feeds. Build one per run: it holds one colly collector,
// so the per-host rate limit spans all the run's feeds.
type Scraper struct {
	cfg    *config.Config
	opts   Options
	fetch  *fetcher
	robots *robots
	san    *sanitize.Sanitizer
	hosts  []string // hosts whose links are the site's: cfg.Hosts, plus the origin's
	// feedCtx ends in-flight requests with the current feed's context.
	feedCtx *feedCtxTransport
	mem     Memory
	log     *slog.Logger
	now     func() time.Time
}

// New builds a Scraper for one run; ctx cancels every request of the run.
func New(ctx context.Context, o Options) (*Scraper, error) {
	cfg := o.Config
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
	if o.Memory == nil {
		o.Memory = nopMemory{}
	}
	var origin *url.URL
	if cfg.Origin != "" {
		u, err := url.Parse(cfg.Origin)
		if err != nil {
			return nil, fmt.Errorf("origin: %w", err)
		}
		origin = u
	}
	if o.Transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// net/http keeps 2 idle connections per host by default: with more
		// requests in flight, every one past the second would be closed
		// and dialled again (7% of a backfill's CPU, and the site's).
		t.MaxIdleConnsPerHost = max(cfg.Parallelism, 2)
		o.Transport = t
	}
	s := &Scraper{cfg: cfg, opts: o, hosts: linkHosts(cfg.Hosts, origin), mem: o.Memory, log: o.Logger, now: o.Now}
	s.san = sanitize.New(s.hosts)
	s.robots = &robots{s: s, groups: map[string]*robotsEntry{}}
	crawlDelay := s.robots.preload(ctx)
	var chain http.RoundTripper = o.Transport
	if origin != nil {
		chain = &originTransport{origin: origin, hosts: cfg.Hosts, next: chain}
	}
	s.feedCtx = &feedCtxTransport{next: chain}
	c, err := newCollector(ctx, collectorOptions{
		userAgent: UserAgent(cfg.UserAgent, o.Version), hosts: cfg.Hosts, maxBody: cfg.MaxBodySize,
		timeout: cfg.Timeout, delay: max(cfg.Delay, crawlDelay), randomDelay: cfg.RandomDelay,
		parallelism: cfg.Parallelism, transport: s.feedCtx,
	})
	if err != nil {
		return nil, err
	}
	s.fetch = &fetcher{c: c, maxBody: cfg.MaxBodySize, retries: cfg.Retries, baseWait: o.RetryBase,
		maxWait: cfg.RetryMaxWait, log: o.Logger, now: o.Now, sleep: o.Sleep, observe: o.ObserveRequest}
	return s, nil
}

// Close releases the run's idle connections: a daemon builds a Scraper
// per run, and kept-alive connections of finished runs would pile up.
func (s *Scraper) Close() {
	if c, ok := s.opts.Transport.(interface{ CloseIdleConnections() }); ok {
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

// Hosts are the hosts whose links count as the site's (the first is
// canonical); extractors built outside the scraper should use them.
func (s *Scraper) Hosts() []string { return slices.Clone(s.hosts) }

// UserAgent fills the version into the configured User-Agent.
func UserAgent(tmpl, version string) string {
	if version == "" {
		version = "dev"
	}
	return strings.ReplaceAll(tmpl, "{version}", version)
}

type nopMemory struct{}

func (nopMemory) Lookup(string, []string) (map[string]Known, error) { return nil, nil }
func (nopMemory) Pending(string, int) ([]item.Item, error)          { return nil, nil }
func (nopMemory) Validators(string) (Validators, bool, error)       { return Validators{}, false, nil }
func (nopMemory) SetValidators(string, Validators) error            { return nil }
func (nopMemory) Blob(string) ([]byte, bool, error)                 { return nil, false, nil }
func (nopMemory) SetBlob(string, []byte) error                      { return nil }

// Page is one page fetched for `sitefeed check`.
type Page struct {
	URL         string
	Status      int
	Body        []byte
	ContentType string
	Requests    int
}

// Fetch gets one page politely (robots.txt, rate limit, retries), without
// conditional headers, for inspection.
func (s *Scraper) Fetch(ctx context.Context, feed, rawURL string) (Page, error) {
	cnt := &counters{}
	s.fetch.budget = &budget{left: s.cfg.MaxRequests}
	if err := s.robots.allowed(ctx, rawURL); err != nil {
		return Page{URL: rawURL}, err
	}
	resp, err := s.fetch.get(ctx, rawURL, http.Header{}, cnt, feed)
	p := Page{URL: rawURL, Requests: cnt.requests}
	if resp != nil {
		p.Status, p.Body, p.ContentType = resp.Status, resp.Body, resp.ContentType
	}
	return p, err
}
