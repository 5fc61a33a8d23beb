package crawl

import (
	"context"
	"fmt"
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
	return p.s.extractor(f)
}

// Fetch gets one page for feed f within max_requests.
func (p *Probe) Fetch(ctx context.Context, f *config.Feed, rawURL string) (*scraper.Response, error) {
	sess := p.s.fetch.Session(ctx, f.Name, p.s.cfg.MaxRequests)
	defer sess.Close()
	return sess.Get(rawURL, conditional.Validators{})
}

// ListFound is where a feed's list page is, as a run would find it.
type ListFound struct {
	URL string
	// Via says how it was found: "" for a configured list URL that works.
	Via string
	// Why discovery ran ("" when the configured URL was kept).
	Cause string
	// Tried lists what discovery read, when it found nothing better.
	Tried string
}

// FindList finds the feed's first list page the way a run does: its
// configured list URL when that works and is no teaser, else discovery
// from the home page. Nothing is remembered.
func (p *Probe) FindList(ctx context.Context, f *config.Feed) (ListFound, error) {
	sess := p.s.fetch.Session(ctx, f.Name, p.s.cfg.MaxRequests)
	defer sess.Close()
	r := &feedRun{s: p.s, f: f, ex: p.s.extractor(f), sess: sess, seen: map[string]bool{}}
	u := ""
	if len(f.ListURLs) > 0 {
		u = f.ListURLs[0]
	}
	var fp firstPage
	var cause string
	if u != "" {
		resp, err := r.cachedGet(ctx, u)
		if err == nil {
			page, perr := r.ex.ListAt(resp.Body, resp.ContentType, mustParse(resp.URL), f.Pagination.FirstPage)
			if perr != nil {
				return ListFound{}, perr
			}
			fp = r.judgeFirstPage(u, resp, page)
			if !fp.weak() || fp.items > 0 && len(fp.leads) == 0 {
				return ListFound{URL: u}, nil
			}
			cause = fmt.Sprintf("list page %s holds only %d items and no next page", u, fp.items)
		} else if !canDiscover(err) {
			return ListFound{}, err
		} else {
			cause = fmt.Sprintf("list page %s failed: %v", u, shortErr(err))
		}
	} else {
		cause = "no list_urls configured"
	}
	d, tried, err := r.discover(ctx, u, fp, map[string]bool{u: true, canonOf(r, u): true})
	if err != nil {
		return ListFound{Cause: cause, Tried: tried}, err
	}
	if d.URL == "" {
		if fp.items > 0 {
			return ListFound{URL: u, Cause: cause, Tried: tried}, nil
		}
		return ListFound{Cause: cause, Tried: tried}, fmt.Errorf("%s; discovery found no list page: %s", cause, tried)
	}
	return ListFound{URL: d.URL, Via: d.Via, Cause: cause}, nil
}
