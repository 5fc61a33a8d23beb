// Package config owns sitefeed's configuration: the YAML schema, its
// defaults and its validation. It reads and checks; it fetches nothing.
//
// Load is strict: an unknown key is an error naming the key and its line,
// and every validation error names the key path (feeds[2].items.link) and,
// where the YAML has it, the line.
package config

import (
	"regexp"
	"time"
)

// Config is the whole configuration file.
type Config struct {
	// UserAgent identifies sitefeed honestly; "{version}" is replaced by the
	// build's version. It must contain a contact URL.
	UserAgent string `yaml:"user_agent"`
	// Timeout bounds one HTTP request.
	Timeout time.Duration `yaml:"timeout"`
	// RunTimeout bounds one whole run of one feed.
	RunTimeout time.Duration `yaml:"run_timeout"`
	// Delay is the pause between two requests to the same host.
	Delay time.Duration `yaml:"delay"`
	// RandomDelay adds up to this much extra random delay per request.
	RandomDelay time.Duration `yaml:"random_delay"`
	// Parallelism is the number of requests in flight per host.
	Parallelism int `yaml:"parallelism"`
	// MaxPages caps the list pages fetched per feed and run.
	MaxPages int `yaml:"max_pages"`
	// MaxRequests caps all requests per feed and run.
	MaxRequests int `yaml:"max_requests"`
	// MaxBodySize is the largest response accepted, in bytes; a larger one
	// is an error for that page, never a silent truncation.
	MaxBodySize int64 `yaml:"max_body_size"`
	// Retries is the number of retries after a network error, 429 or 5xx.
	Retries int `yaml:"retries"`
	// RetryMaxWait caps the wait before a retry, Retry-After included.
	RetryMaxWait time.Duration `yaml:"retry_max_wait"`
	// OutputDir receives the feed files, index.html and feeds.opml.
	OutputDir string `yaml:"output_dir"`
	// PublicURL is where OutputDir is served, used for self links.
	PublicURL string `yaml:"public_url"`
	// PublicURLDerived: public_url is not set. The files carry
	// DefaultPublicURL, and the server derives each response's links from
	// its request instead.
	PublicURLDerived bool `yaml:"-"`
	// DB is the item store's file.
	DB string `yaml:"db"`
	// Hosts, Origin, URLs and Feeds at the top level are the one-site
	// shorthand: they form the only site when Sites is empty. After Load
	// they describe the first site; use Sites and ForSite.
	Hosts  []string `yaml:"hosts"`
	Origin string   `yaml:"origin"`
	URLs   URLRules `yaml:"urls"`
	// Schedule is the daemon's cron spec (5 fields, @every, CRON_TZ=...).
	Schedule string `yaml:"schedule"`
	// StaleAfter marks a feed stale in /healthz; 0 means 3 x its interval.
	StaleAfter time.Duration `yaml:"stale_after"`
	// RevalidateAfter: every article in a feed's max_items window is
	// revalidated (conditionally) once it was last checked this long ago,
	// and the window's list pages are swept as often, so edits are seen
	// wherever the item sits. 0 turns both off.
	RevalidateAfter time.Duration `yaml:"revalidate_after"`
	// MinItemsRatio: a run finding fewer than this share of the last good
	// run's items is treated as broken and the last good feed is kept.
	MinItemsRatio float64 `yaml:"min_items_ratio"`
	// Defaults apply to every feed; a site's defaults and then a feed's
	// own keys override them.
	Defaults Feed `yaml:"defaults"`
	// Sites are the sites this instance follows, each with its feeds.
	Sites []Site `yaml:"sites"`
	// Feeds are every site's feeds, in order (after Load; in the one-site
	// shorthand also the YAML key).
	Feeds []Feed `yaml:"feeds"`

	// Path is the file the configuration was read from.
	Path string `yaml:"-"`
	// shorthand: the file used the one-site form (top-level hosts, feeds).
	shorthand bool
}

// Site is one site: its hosts (the first canonical), its canonical-URL
// rules, its time zone, its politeness overrides, an optional origin (a
// mirror) and its feeds.
type Site struct {
	// Name is a slug naming the site in -origin NAME=URL and the index.
	Name   string   `yaml:"name"`
	Title  string   `yaml:"title"`
	Hosts  []string `yaml:"hosts"`
	Origin string   `yaml:"origin"`
	URLs   URLRules `yaml:"urls"`
	// TimeZone is the default zone of the site's feeds (the site's dates).
	TimeZone string `yaml:"timezone"`
	// Politeness towards this site's hosts; the global values when unset.
	Delay       time.Duration `yaml:"delay"`
	RandomDelay time.Duration `yaml:"random_delay"`
	Parallelism int           `yaml:"parallelism"`
	// Defaults apply to the site's feeds, over the global defaults.
	Defaults Feed   `yaml:"defaults"`
	Feeds    []Feed `yaml:"feeds"`
}

// URLRules are a site's canonical-URL rules (see package canon).
type URLRules struct {
	// StripPrefixes are leading path segments that name the same page
	// without them, e.g. ["/index.php"].
	StripPrefixes []string `yaml:"strip_prefixes"`
	// FoldTrailingSlash: "/x/" is the same page as "/x".
	FoldTrailingSlash bool `yaml:"fold_trailing_slash"`
	// DropParams are query parameters that never change the page (besides
	// utm_*, fbclid, gclid and other trackers); "p_*" matches a prefix.
	DropParams []string `yaml:"drop_params"`
}

// Feed is one output feed: where its items are listed and how to read them.
type Feed struct {
	Name        string `yaml:"name"`
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Language    string `yaml:"language"`
	// Home is the feed's home page (the language's front page): the
	// feed's link, and where list discovery starts.
	Home string `yaml:"home"`
	// ListURLs are the section's list pages, if known. When none is given,
	// or one answers 404/410, redirects away or holds far fewer items than
	// a list page, the list page is discovered from Home's menu.
	ListURLs []string `yaml:"list_urls"`
	// Sections are the names the site gives the feed's section in its
	// menus ("Xəbərlər", "News"): list discovery follows links so named.
	Sections []string `yaml:"sections"`
	// FallbackURLs are further pages where discovery starts, and which
	// are read as a last resort (first page only) when it finds nothing.
	FallbackURLs []string `yaml:"fallback_urls"`
	// Items: selectors on list pages.
	Items ItemSelectors `yaml:"items"`
	// LinkPattern, a regular expression on canonical URLs, drives the
	// fallback: every matching link on a list page is an item.
	LinkPattern string     `yaml:"link_pattern"`
	Pagination  Pagination `yaml:"pagination"`
	Article     Article    `yaml:"article"`
	// DateFormats are Go time layouts tried before the built-in az/en/ru
	// date parser.
	DateFormats []string `yaml:"date_formats"`
	TimeZone    string   `yaml:"timezone"`
	// Include / Exclude are regular expressions on title and summary.
	Include  string `yaml:"include"`
	Exclude  string `yaml:"exclude"`
	MaxItems int    `yaml:"max_items"`
	// Schedule overrides the global schedule for this feed.
	Schedule string `yaml:"schedule"`

	// SiteName is the name of the feed's site, filled by Load.
	SiteName string `yaml:"-"`
	// keyPath is where the feed sits in the YAML ("sites[0].feeds[2]").
	keyPath string
	// Compiled forms, filled by Load.
	Location  *time.Location `yaml:"-"`
	LinkRe    *regexp.Regexp `yaml:"-"`
	IncludeRe *regexp.Regexp `yaml:"-"`
	ExcludeRe *regexp.Regexp `yaml:"-"`
}

// ItemSelectors locate items on a list page. Field selectors are relative to
// the item element. A selector "css@attr" takes the attribute attr of the
// first match instead of its text; "@attr" reads the item element itself.
type ItemSelectors struct {
	Selector string `yaml:"selector"`
	Title    string `yaml:"title"`
	Link     string `yaml:"link"`
	Date     string `yaml:"date"`
	Summary  string `yaml:"summary"`
	Image    string `yaml:"image"`
}

// Pagination: a next-link selector, a URL template with {page}, or both
// (the next link wins when it matches). MaxPages caps the pages per run.
type Pagination struct {
	Next      string `yaml:"next"`
	Template  string `yaml:"template"`
	FirstPage int    `yaml:"first_page"` // page number of the list URL itself
	MaxPages  int    `yaml:"max_pages"`
}

// Article: selectors on an article page. Disabled skips article pages.
type Article struct {
	Disabled    bool     `yaml:"disabled"`
	Title       string   `yaml:"title"`
	Date        string   `yaml:"date"`
	Content     string   `yaml:"content"`
	Images      string   `yaml:"images"`
	Attachments string   `yaml:"attachments"`
	Remove      []string `yaml:"remove"` // removed from content before use
}
