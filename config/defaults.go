package config

import (
	"fmt"
	"strings"
	"time"
)

// Built-in defaults, applied to every key the file leaves empty.
const (
	DefaultUserAgent     = "sitefeed/{version} (+https://github.com/sitefeed/sitefeed; feed generator, polite crawler)"
	DefaultTimeZone      = "Asia/Baku"
	DefaultMaxItems      = 50
	DefaultMaxPages      = 3
	DefaultMaxBodySize   = 5 << 20
	DefaultSchedule      = "CRON_TZ=Asia/Baku */30 * * * *"
	DefaultMinItemsRatio = 0.2
	// DefaultPublicURL stands in for an unset public_url in the files;
	// `sitefeed serve` replaces it with the address of each request.
	DefaultPublicURL = "http://localhost:8080/"
)

// applyDefaults fills every key the file leaves out. A key the file sets,
// even to zero ("retries: 0", "delay: 0s"), keeps its value.
func applyDefaults(c *Config, lines map[string]int) {
	set := func(key string) bool { _, ok := lines[key]; return ok }
	str := func(p *string, key, v string) {
		if *p == "" && !set(key) {
			*p = v
		}
	}
	dur := func(p *time.Duration, key string, v time.Duration) {
		if !set(key) {
			*p = v
		}
	}
	num := func(p *int, key string, v int) {
		if !set(key) {
			*p = v
		}
	}
	str(&c.UserAgent, "user_agent", DefaultUserAgent)
	dur(&c.Timeout, "timeout", 30*time.Second)
	dur(&c.RunTimeout, "run_timeout", 30*time.Minute)
	dur(&c.Delay, "delay", 2*time.Second)
	dur(&c.RetryMaxWait, "retry_max_wait", 2*time.Minute)
	dur(&c.RevalidateAfter, "revalidate_after", 24*time.Hour)
	num(&c.Parallelism, "parallelism", 1)
	num(&c.MaxPages, "max_pages", 200)
	num(&c.MaxRequests, "max_requests", 2000)
	num(&c.Retries, "retries", 3)
	if !set("max_body_size") {
		c.MaxBodySize = DefaultMaxBodySize
	}
	if !set("min_items_ratio") {
		c.MinItemsRatio = DefaultMinItemsRatio
	}
	str(&c.OutputDir, "output_dir", "public")
	if c.PublicURL == "" {
		c.PublicURL, c.PublicURLDerived = DefaultPublicURL, true
	}
	if !strings.HasSuffix(c.PublicURL, "/") {
		c.PublicURL += "/"
	}
	str(&c.DB, "db", "sitefeed.db")
	str(&c.Schedule, "schedule", DefaultSchedule)
	for i := range c.Sites {
		applySiteDefaults(c, i, set)
	}
	for i := range c.Feeds {
		f := &c.Feeds[i]
		site := c.Site(f.SiteName)
		feedSet := func(key string) bool {
			return set(f.keyPath+"."+key) || set(siteDefaultsPath(c, f.SiteName)+key) || set("defaults."+key)
		}
		if f.TimeZone == "" {
			f.TimeZone = site.TimeZone
		}
		if !feedSet("max_items") {
			f.MaxItems = DefaultMaxItems
		}
		if !feedSet("pagination.max_pages") {
			f.Pagination.MaxPages = DefaultMaxPages
		}
		if !feedSet("pagination.first_page") {
			f.Pagination.FirstPage = 1
		}
		if f.Title == "" {
			f.Title = f.Name
		}
		if f.Home == "" && len(f.ListURLs) > 0 {
			f.Home = f.ListURLs[0]
		}
	}
}

// applySiteDefaults gives a site the global politeness where it sets
// none, and the default time zone.
func applySiteDefaults(c *Config, i int, set func(string) bool) {
	s := &c.Sites[i]
	k := fmt.Sprintf("sites[%d].", i)
	if c.shorthand {
		k = "-" // the one-site shorthand: the global keys are the site's
	}
	if !set(k + "delay") {
		s.Delay = c.Delay
	}
	if !set(k + "random_delay") {
		s.RandomDelay = c.RandomDelay
	}
	if !set(k + "parallelism") {
		s.Parallelism = c.Parallelism
	}
	if s.TimeZone == "" {
		s.TimeZone = DefaultTimeZone
	}
	if s.Title == "" && len(s.Hosts) > 0 {
		s.Title = s.Hosts[0]
	}
}

// siteDefaultsPath is the key path prefix of a site's defaults block.
func siteDefaultsPath(c *Config, site string) string {
	for i := range c.Sites {
		if c.Sites[i].Name == site {
			return fmt.Sprintf("sites[%d].defaults.", i)
		}
	}
	return "-"
}
