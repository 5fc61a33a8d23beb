package scraper

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
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
		return fmt.Errorf("%s: %w: %v", rawURL, ErrRobotsUnavailable, e.err)
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

// load returns the host's policy: the stored copy while it is fresh, else
// a fetch, retried with backoff on network errors, 429 and 5xx. While the
// host stays unreachable the stored copy is used whatever its age (RFC 9309
// 2.4); only with no copy at all is everything disallowed.
func (r *robots) load(ctx context.Context, host string) *robotsEntry {
	o := r.f.o
	var cached *robotsRecord
	if o.Robots != nil {
		var rec robotsRecord
		if data, ok, err := o.Robots.RobotsTxt(host); err == nil && ok && json.Unmarshal(data, &rec) == nil {
			if o.Now().Sub(rec.Fetched) < robotsTTL {
				return parseRobots(rec)
			}
			cached = &rec
		}
	}
	rec, err := r.fetchRetrying(ctx, host)
	if err != nil {
		if cached != nil {
			o.Logger.Warn("robots.txt unreachable; using the stored copy", slog.String("host", host),
				slog.Time("fetched", cached.Fetched), slog.String("error", err.Error()))
			return parseRobots(*cached)
		}
		o.Logger.Warn("robots.txt unreachable and no stored copy: nothing will be fetched from this host",
			slog.String("host", host), slog.String("error", err.Error()))
		return &robotsEntry{err: err}
	}
	if o.Robots != nil {
		if data, err := json.Marshal(rec); err == nil {
			if err := o.Robots.SetRobotsTxt(host, data); err != nil {
				o.Logger.Warn("store robots.txt", slog.String("error", err.Error()))
			}
		}
	}
	return parseRobots(rec)
}

// fetchRetrying fetches robots.txt, retrying transient failures; a 5xx or
// 429 that stays is an error naming the status.
func (r *robots) fetchRetrying(ctx context.Context, host string) (robotsRecord, error) {
	o := r.f.o
	for attempt := 0; ; attempt++ {
		rec, err := r.fetch(ctx, host)
		if err == nil && !retryable(rec.Status) {
			return rec, nil
		}
		if err == nil {
			err = fmt.Errorf("robots.txt answered %d %s", rec.Status, http.StatusText(rec.Status))
		} else {
			err = networkError(host, err)
		}
		if attempt >= o.Retries || ctx.Err() != nil {
			return robotsRecord{}, err
		}
		wait := backoff(attempt, o.RetryBase, o.RetryMaxWait, 0, rand.Float64())
		o.Logger.Info("retrying robots.txt", slog.String("host", host), slog.Duration("wait", wait), slog.String("error", err.Error()))
		if err := o.Sleep(ctx, wait); err != nil {
			return robotsRecord{}, err
		}
	}
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
