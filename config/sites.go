package config

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"sitefeed/canon"
)

// Site returns the site named name, or nil.
func (c *Config) Site(name string) *Site {
	for i := range c.Sites {
		if c.Sites[i].Name == name {
			return &c.Sites[i]
		}
	}
	return nil
}

// ForSite is the configuration of one site's run: the global keys with
// the site's hosts, origin, URL rules and politeness, and its feeds only.
func (c *Config) ForSite(name string) *Config {
	s := c.Site(name)
	if s == nil {
		return nil
	}
	out := *c
	out.Sites = []Site{*s}
	out.Hosts, out.Origin, out.URLs = s.Hosts, s.Origin, s.URLs
	out.Delay, out.RandomDelay, out.Parallelism = s.Delay, s.RandomDelay, s.Parallelism
	out.Feeds = nil
	for _, f := range c.Feeds {
		if f.SiteName == name {
			out.Feeds = append(out.Feeds, f)
		}
	}
	return &out
}

// Rules are the site's canonical-URL rules.
func (s *Site) Rules() canon.Rules {
	return canon.Rules{Hosts: slices.Clone(s.Hosts), StripPrefixes: slices.Clone(s.URLs.StripPrefixes),
		FoldTrailingSlash: s.URLs.FoldTrailingSlash, DropParams: slices.Clone(s.URLs.DropParams)}
}

// Rules are the canonical-URL rules of the configuration's first site
// (ForSite's site).
func (c *Config) Rules() canon.Rules {
	if len(c.Sites) == 0 {
		return canon.HostRules(c.Hosts...)
	}
	return c.Sites[0].Rules()
}

// SetOrigin applies an -origin flag: "URL" for the only site, or
// "NAME=URL[,NAME=URL...]" per site.
func (c *Config) SetOrigin(spec string) error {
	for part := range strings.SplitSeq(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, origin, named := strings.Cut(part, "=")
		if !named {
			if len(c.Sites) != 1 {
				return fmt.Errorf("origin %q: the configuration has %d sites: use NAME=URL (sites: %s)", part, len(c.Sites), c.siteNames())
			}
			name, origin = c.Sites[0].Name, part
		}
		s := c.Site(name)
		if s == nil {
			return fmt.Errorf("origin %q: no site named %q (sites: %s)", part, name, c.siteNames())
		}
		if err := CheckOrigin(origin); err != nil {
			return fmt.Errorf("origin for site %s: %w", name, err)
		}
		s.Origin = origin
	}
	c.syncFirstSite()
	return nil
}

func (c *Config) siteNames() string {
	names := make([]string, len(c.Sites))
	for i, s := range c.Sites {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

// syncFirstSite keeps the top-level one-site keys equal to the first
// site's, for callers of the one-site shorthand.
func (c *Config) syncFirstSite() {
	if len(c.Sites) > 0 {
		s := c.Sites[0]
		c.Hosts, c.Origin, c.URLs = s.Hosts, s.Origin, s.URLs
	}
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// siteSlug derives a site name from its canonical host.
func siteSlug(host string) string {
	return strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(host), "-"), "-")
}

// SetDelay overrides the politeness delay of every site (the -delay flag).
func (c *Config) SetDelay(delay, random time.Duration) {
	c.Delay, c.RandomDelay = delay, random
	for i := range c.Sites {
		c.Sites[i].Delay, c.Sites[i].RandomDelay = delay, random
	}
}
