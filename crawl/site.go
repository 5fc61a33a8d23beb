package crawl

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"sitefeed/canon"
	"sitefeed/conditional"
	"sitefeed/config"
	"sitefeed/extract"
	"sitefeed/item"
	"sitefeed/sanitize"
	"sitefeed/scraper"
)

// Memory is what the crawl reads from and writes to the store between
// runs. Items go back through the run's Sink, in batches.
type Memory interface {
	Lookup(feed string, urls []string) (map[string]item.Known, error)
	// Pending returns the newest stored items of the feed whose article
	// page could not be read yet, at most limit.
	Pending(feed string, limit int) ([]item.Item, error)
	// Stale returns, oldest check first, the items among the feed's
	// newest max_items whose article page was read once and last checked
	// before the given time, at most limit; and the earliest check among
	// the others (zero when none), which says when the next is due.
	Stale(feed string, checkedBefore time.Time, limit int) ([]item.Item, time.Time, error)
	Validators(url string) (conditional.Validators, bool, error)
	SetValidators(url string, v conditional.Validators) error
	Blob(key string) ([]byte, bool, error)
	SetBlob(key string, data []byte) error
}

// siteOptions configure the crawl of one site for one run.
type siteOptions struct {
	Config    *config.Config
	Version   string
	Transport http.RoundTripper
	Memory    Memory // nil: nothing remembered (dry runs)
	Logger    *slog.Logger
	Now       func() time.Time
	Sleep     func(context.Context, time.Duration) error
	RetryBase time.Duration
	Observe   func(feed string, status int)
}

// siteCrawler crawls one site's feeds for one run, one feed after the
// other, through one Fetcher (so the per-host rate limit spans them).
type siteCrawler struct {
	cfg   *config.Config
	fetch *scraper.Fetcher
	rules canon.Rules // the site's URL rules; its hosts include a mirror's
	san   *sanitize.Sanitizer
	mem   Memory
	log   *slog.Logger
	now   func() time.Time
	pages pageCache // discovery's pages, shared by the site's feeds
	tmpl  *extract.Template
	site  string
}

func templateKey(site string) string { return "template:" + site }

// extractor is the extractor of one of the site's feeds, as runs and
// probes use it: the site's other feeds, its template and its clock.
func (s *siteCrawler) extractor(f *config.Feed) *extract.Extractor {
	return extract.New(f, s.rules, s.san).WithSiteFeeds(s.cfg.Feeds).WithTemplate(s.tmpl).WithClock(s.now)
}

// saveTemplate keeps what the run learned of the site's template.
func (s *siteCrawler) saveTemplate() {
	if !s.tmpl.Dirty() {
		return // nothing read (every list page answered 304): nothing to store
	}
	if err := s.mem.SetBlob(templateKey(s.site), s.tmpl.Marshal()); err != nil {
		s.log.Warn("store the site's template", "error", err.Error())
	}
}

// newSiteCrawler builds the site's Fetcher for one run; ctx cancels every
// request of the run.
func newSiteCrawler(ctx context.Context, o siteOptions) (*siteCrawler, error) {
	cfg := o.Config
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Memory == nil {
		o.Memory = nopMemory{}
	}
	fo := scraper.Options{
		UserAgent: scraper.UserAgent(cfg.UserAgent, o.Version), Hosts: cfg.Hosts, RobotsHosts: listHosts(cfg),
		Robots: robotsCache{o.Memory}, Timeout: cfg.Timeout, Delay: cfg.Delay, RandomDelay: cfg.RandomDelay,
		Parallelism: cfg.Parallelism, MaxBodySize: cfg.MaxBodySize, Retries: cfg.Retries, RetryMaxWait: cfg.RetryMaxWait,
		RetryBase: o.RetryBase, Transport: o.Transport, Logger: o.Logger, Now: o.Now, Sleep: o.Sleep, Observe: o.Observe,
	}
	if cfg.Origin != "" {
		u, err := url.Parse(cfg.Origin)
		if err != nil {
			return nil, fmt.Errorf("origin: %w", err)
		}
		fo.Origin = u
	}
	f, err := scraper.New(ctx, fo)
	if err != nil {
		return nil, err
	}
	rules := cfg.Rules()
	rules.Hosts = f.LinkHosts()
	site := ""
	if len(cfg.Sites) > 0 {
		site = cfg.Sites[0].Name
	}
	learned, _, _ := o.Memory.Blob(templateKey(site)) // none or damaged: learned afresh
	return &siteCrawler{cfg: cfg, fetch: f, rules: rules, san: sanitize.New(rules), mem: o.Memory, log: o.Logger, now: o.Now,
		tmpl: extract.NewTemplate(learned), site: site}, nil
}

// Close releases the run's idle connections.
func (s *siteCrawler) Close() { s.fetch.Close() }

// listHosts are the hosts of the feeds' list pages: their robots.txt is
// read before the run starts (its Crawl-delay sets the rate limit).
func listHosts(cfg *config.Config) []string {
	var hosts []string
	for _, f := range cfg.Feeds {
		for _, l := range append(append([]string{f.Home}, f.ListURLs...), f.FallbackURLs...) {
			if u, err := url.Parse(l); err == nil {
				hosts = append(hosts, strings.ToLower(u.Hostname()))
			}
		}
	}
	return hosts
}

// robotsCache keeps robots.txt records in the store's blobs.
type robotsCache struct{ m Memory }

func (c robotsCache) RobotsTxt(host string) ([]byte, bool, error) { return c.m.Blob("robots:" + host) }
func (c robotsCache) SetRobotsTxt(host string, rec []byte) error {
	return c.m.SetBlob("robots:"+host, rec)
}

type nopMemory struct{}

func (nopMemory) Lookup(string, []string) (map[string]item.Known, error) { return nil, nil }
func (nopMemory) Pending(string, int) ([]item.Item, error)               { return nil, nil }
func (nopMemory) Stale(string, time.Time, int) ([]item.Item, time.Time, error) {
	return nil, time.Time{}, nil
}
func (nopMemory) Validators(string) (conditional.Validators, bool, error) {
	return conditional.Validators{}, false, nil
}
func (nopMemory) SetValidators(string, conditional.Validators) error { return nil }
func (nopMemory) Blob(string) ([]byte, bool, error)                  { return nil, false, nil }
func (nopMemory) SetBlob(string, []byte) error                       { return nil }
