package config

import (
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
)

func applyDefaults(c *Config) {
	setStr(&c.UserAgent, DefaultUserAgent)
	setDur(&c.Timeout, 30*time.Second)
	setDur(&c.RunTimeout, 30*time.Minute)
	setDur(&c.Delay, 2*time.Second)
	setDur(&c.RetryMaxWait, 2*time.Minute)
	setInt(&c.Parallelism, 1)
	setInt(&c.MaxPages, 200)
	setInt(&c.MaxRequests, 2000)
	if c.MaxBodySize == 0 {
		c.MaxBodySize = DefaultMaxBodySize
	}
	if c.Retries == 0 {
		c.Retries = 3
	}
	setStr(&c.OutputDir, "public")
	setStr(&c.PublicURL, "http://localhost:8080/")
	if !strings.HasSuffix(c.PublicURL, "/") {
		c.PublicURL += "/"
	}
	setStr(&c.DB, "sitefeed.db")
	setStr(&c.Schedule, DefaultSchedule)
	if c.MinItemsRatio == 0 {
		c.MinItemsRatio = DefaultMinItemsRatio
	}
	for i := range c.Feeds {
		f := &c.Feeds[i]
		setStr(&f.TimeZone, DefaultTimeZone)
		setInt(&f.MaxItems, DefaultMaxItems)
		setInt(&f.Pagination.MaxPages, DefaultMaxPages)
		setInt(&f.Pagination.FirstPage, 1)
		if f.Title == "" {
			f.Title = f.Name
		}
		if f.Home == "" && len(f.ListURLs) > 0 {
			f.Home = f.ListURLs[0]
		}
	}
}

func setStr(p *string, v string) {
	if *p == "" {
		*p = v
	}
}

func setInt(p *int, v int) {
	if *p == 0 {
		*p = v
	}
}

func setDur(p *time.Duration, v time.Duration) {
	if *p == 0 {
		*p = v
	}
}
