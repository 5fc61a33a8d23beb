package crawl

import (
	"errors"
	"log/slog"
	"slices"
	"time"

	"sitefeed/config"
	"sitefeed/scraper"
)

// A host that answered 429 or 503 with a Retry-After beyond retry_max_wait
// is "not before T" in the store's blob "notbefore:<host>"; runs until
// then skip the feeds of its site (state "deferred", not a failure).

func notBeforeBlob(host string) string { return "notbefore:" + host }

// siteHosts are the hosts a site's run may ask.
func siteHosts(cfg *config.Config) []string {
	hosts := slices.Clone(cfg.Hosts)
	for _, h := range listHosts(cfg) {
		if !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

// deferredSite returns the host of the site that asked not to be asked
// before until, when until is still to come.
func deferredSite(o Options, cfg *config.Config) (host string, until time.Time) {
	now := o.Now()
	for _, h := range siteHosts(cfg) {
		b, ok, err := o.Store.Blob(notBeforeBlob(h))
		if err != nil || !ok {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, string(b))
		if err == nil && t.After(now) && t.After(until) {
			host, until = h, t
		}
	}
	return host, until
}

// saveDeferrals stores the hosts that asked this run's fetcher to wait,
// and returns the latest of them (zero: none).
func saveDeferrals(o Options, scr *siteCrawler) (host string, until time.Time) {
	for _, d := range scr.fetch.Deferred() {
		if err := o.Store.SetBlob(notBeforeBlob(d.Host), []byte(d.Until.UTC().Format(time.RFC3339Nano))); err != nil {
			o.Logger.Error("store Retry-After", slog.String("host", d.Host), slog.String("error", err.Error()))
		}
		if d.Until.After(until) {
			host, until = d.Host, d.Until
		}
	}
	return host, until
}

// deferFeeds records feeds as deferred until, with one log line for all.
func deferFeeds(o Options, site string, feeds []*config.Feed, host string, until time.Time) []FeedResult {
	if len(feeds) == 0 {
		return nil // no line naming no feed
	}
	var names []string
	var out []FeedResult
	now := o.Now()
	for _, f := range feeds {
		names = append(names, f.Name)
		if err := o.Store.RecordDeferred(f.Name, now, until); err != nil {
			o.Logger.Error("record deferral", slog.String("feed", f.Name), slog.String("error", err.Error()))
		}
		if o.Observer != nil {
			o.Observer.ObserveRun(f.Name, "deferred", 0, 0, 0)
		}
		out = append(out, FeedResult{Feed: f.Name, Deferred: until, DeferredHost: host})
	}
	o.Logger.Warn("site deferred: its host asked (Retry-After) not to be asked before then; feeds skipped, previous files kept",
		slog.String("site", site), slog.String("host", host), slog.Time("until", until), slog.Any("feeds", names))
	return out
}

// deferredError finds a Retry-After deferral in a feed's error.
func deferredError(err error) *scraper.DeferredError {
	var de *scraper.DeferredError
	if errors.As(err, &de) {
		return de
	}
	return nil
}
