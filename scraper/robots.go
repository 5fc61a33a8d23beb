package scraper

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsTTL is how long a fetched robots.txt is trusted: fetching it on
// every run would double the cost of a steady-state refresh.
const robotsTTL = 24 * time.Hour

// robotsAgent is the product token matched against User-agent lines.
const robotsAgent = "sitefeed"

// robots is the run's robots.txt policy, per host, loaded from the store
// or fetched once per robotsTTL.
type robots struct {
	f      *Fetcher
	client *http.Client // the run's transport chain, origin included
	mu     sync.Mutex
	groups map[string]*robotsEntry
}

type robotsEntry struct {
	group *robotstxt.Group
	err   error // robots.txt unavailable: everything is disallowed
}

// robotsRecord is what the store keeps of a robots.txt.
type robotsRecord struct {
	Status  int       `json:"status"`
	Body    string    `json:"body"`
	Fetched time.Time `json:"fetched"`
}

// preload loads the policy of hosts and returns the largest Crawl-delay
// among them.
func (r *robots) preload(ctx context.Context, hosts []string) time.Duration {
	var delay time.Duration
	for _, h := range hosts {
		if e := r.entry(ctx, strings.ToLower(h)); e.group != nil {
			delay = max(delay, e.group.CrawlDelay)
		}
	}
	return delay
}

// allowed checks rawURL against its host's robots.txt.
func (r *robots) allowed(ctx context.Context, rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return err
	}
	e := r.entry(ctx, strings.ToLower(u.Hostname()))
	if e.err != nil {
		return fmt.Errorf("%s: %w (%v)", rawURL, ErrRobots, e.err)
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !e.group.Test(p) {
		return fmt.Errorf("%s: %w", rawURL, ErrRobots)
	}
	return nil
}

func (r *robots) entry(ctx context.Context, host string) *robotsEntry {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.groups[host]; ok {
		return e
	}
	e := r.load(ctx, host)
	r.groups[host] = e
	return e
}

func (r *robots) load(ctx context.Context, host string) *robotsEntry {
	o := r.f.o
	var rec robotsRecord
	if o.Robots != nil {
		if data, ok, err := o.Robots.RobotsTxt(host); err == nil && ok && json.Unmarshal(data, &rec) == nil &&
			o.Now().Sub(rec.Fetched) < robotsTTL {
			return parseRobots(rec)
		}
	}
	rec, err := r.fetch(ctx, host)
	if err != nil {
		o.Logger.Warn("robots.txt unavailable: nothing will be fetched from this host", slog.String("host", host), slog.String("error", err.Error()))
		return &robotsEntry{err: err}
	}
	if rec.Status < 500 && o.Robots != nil {
		if data, err := json.Marshal(rec); err == nil {
			if err := o.Robots.SetRobotsTxt(host, data); err != nil {
				o.Logger.Warn("store robots.txt", slog.String("error", err.Error()))
			}
		}
	}
	return parseRobots(rec)
}

func parseRobots(rec robotsRecord) *robotsEntry {
	data, err := robotstxt.FromStatusAndString(rec.Status, rec.Body)
	if err != nil {
		return &robotsEntry{err: fmt.Errorf("robots.txt: HTTP %d: %w", rec.Status, err)}
	}
	if rec.Status >= 500 {
		return &robotsEntry{err: fmt.Errorf("robots.txt: HTTP %d", rec.Status)}
	}
	return &robotsEntry{group: data.FindGroup(robotsAgent)}
}

// fetch gets https://host/robots.txt with a plain client over the run's
// transport (origin override included), before the collector exists: its
// Crawl-delay sets the collector's rate limit.
func (r *robots) fetch(ctx context.Context, host string) (robotsRecord, error) {
	o := r.f.o
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+host+"/robots.txt", nil)
	if err != nil {
		return robotsRecord{}, err
	}
	req.Header.Set("User-Agent", o.UserAgent)
	r.f.robotsRequests.Add(1)
	resp, err := r.client.Do(req)
	if err != nil {
		return robotsRecord{}, fmt.Errorf("fetch robots.txt: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	if err != nil {
		return robotsRecord{}, fmt.Errorf("read robots.txt: %w", err)
	}
	o.Logger.Debug("request", slog.String("url", req.URL.String()), slog.Int("status", resp.StatusCode), slog.Int("bytes", len(body)))
	return robotsRecord{Status: resp.StatusCode, Body: string(body), Fetched: o.Now()}, nil
}
