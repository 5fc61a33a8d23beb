package crawl

import (
	"context"
	"log/slog"

	"sitefeed/canon"
	"sitefeed/conditional"
	"sitefeed/config"
	"sitefeed/extract"
	"sitefeed/scraper"
)

// Probe fetches single pages of a site the way a run does (robots.txt,
// rate limit, retries, origin), without conditional headers or the store,
// and extracts them with a feed's extractor: `sitefeed check` uses it.
type Probe struct{ s *siteCrawler }

// NewProbe builds a Probe over the configuration's site.
func NewProbe(ctx context.Context, cfg *config.Config, version string, log *slog.Logger) (*Probe, error) {
	s, err := newSiteCrawler(ctx, siteOptions{Config: cfg, Version: version, Logger: log})
	if err != nil {
		return nil, err
	}
	return &Probe{s: s}, nil
}

// Close releases the probe's connections.
func (p *Probe) Close() { p.s.Close() }

// Rules are the site's URL rules; their hosts count a mirror's as the site's.
func (p *Probe) Rules() canon.Rules { return p.s.rules }

// Extractor is the feed's extractor, as a run builds it.
func (p *Probe) Extractor(f *config.Feed) *extract.Extractor {
	return extract.New(f, p.s.rules, p.s.san)
}

// Fetch gets one page for feed f within max_requests.
func (p *Probe) Fetch(ctx context.Context, f *config.Feed, rawURL string) (*scraper.Response, error) {
	sess := p.s.fetch.Session(ctx, f.Name, p.s.cfg.MaxRequests)
	defer sess.Close()
	return sess.Get(rawURL, conditional.Validators{})
}
