package config

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"github.com/robfig/cron/v3"
)

var slugRe = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

type validator struct {
	lines map[string]int
	errs  Errors
}

func (v *validator) add(key, format string, args ...any) {
	line := v.lines[key]
	// A feed key absent from the feed came from a defaults block (the
	// site's, else the global one): report it there, once.
	if site, rest, ok := feedKey(key); line == 0 && ok {
		for _, d := range []string{site + "defaults." + rest, "defaults." + rest} {
			l, ok := v.lines[d]
			if !ok {
				continue
			}
			key, line = d, l
			msg := fmt.Sprintf(format, args...)
			for _, e := range v.errs {
				if e.Key == key && e.Msg == msg {
					return
				}
			}
			break
		}
	}
	// Fall back to the nearest enclosing key that has a line.
	for k := key; line == 0 && k != ""; {
		i := strings.LastIndexAny(k, ".[")
		if i < 0 {
			break
		}
		k = k[:i]
		line = v.lines[k]
	}
	v.errs = append(v.errs, &Error{Key: key, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// feedKey splits a feed key path ("sites[1].feeds[2].items.link") into
// its site prefix ("sites[1]." or "") and the key inside the feed.
func feedKey(key string) (site, rest string, ok bool) {
	i := strings.Index(key, "feeds[")
	if i < 0 {
		return "", "", false
	}
	site = key[:i]
	_, rest, ok = strings.Cut(key[i:], "].")
	return site, rest, ok
}

func validate(c *Config, lines map[string]int) Errors {
	v := &validator{lines: lines}
	if !strings.Contains(c.UserAgent, "http://") && !strings.Contains(c.UserAgent, "https://") {
		v.add("user_agent", "must contain a contact URL (http:// or https://) so the site can reach the operator")
	}
	for key, d := range map[string]time.Duration{"timeout": c.Timeout, "run_timeout": c.RunTimeout, "retry_max_wait": c.RetryMaxWait} {
		if d <= 0 {
			v.add(key, "must be a positive duration such as 30s, got %s", d)
		}
	}
	for key, d := range map[string]time.Duration{"delay": c.Delay, "random_delay": c.RandomDelay} {
		if d < 0 {
			v.add(key, "must not be negative, got %s", d)
		}
	}
	for key, n := range map[string]int{"parallelism": c.Parallelism, "max_pages": c.MaxPages, "max_requests": c.MaxRequests} {
		if n < 1 {
			v.add(key, "must be at least 1, got %d", n)
		}
	}
	if c.Retries < 0 {
		v.add("retries", "must not be negative, got %d", c.Retries)
	}
	if c.MaxBodySize < 1024 {
		v.add("max_body_size", "must be at least 1024 bytes, got %d", c.MaxBodySize)
	}
	if c.MinItemsRatio < 0 || c.MinItemsRatio > 1 {
		v.add("min_items_ratio", "must be between 0 and 1, got %g", c.MinItemsRatio)
	}
	if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.add("public_url", "must be an absolute http(s) URL, got %q", c.PublicURL)
	}
	v.sites(c)
	if err := CheckSchedule(c.Schedule); err != nil {
		v.add("schedule", "%v", err)
	}
	if c.RevalidateAfter < 0 {
		v.add("revalidate_after", "must not be negative (0 turns the edit sweep off), got %v", c.RevalidateAfter)
	}
	if c.StaleAfter < 0 {
		v.add("stale_after", "must not be negative")
	}
	if len(c.Feeds) == 0 {
		v.add("feeds", "at least one feed is required (under each site's feeds:)")
	}
	names := map[string]bool{}
	for i := range c.Feeds {
		v.feed(c, i, names)
	}
	return v.errs
}

// sites checks every site: a unique name, bare lower-case hosts that no
// other site has, an origin, politeness.
func (v *validator) sites(c *Config) {
	names, owner := map[string]bool{}, map[string]string{}
	for i := range c.Sites {
		s := &c.Sites[i]
		k := func(key string) string { return fmt.Sprintf("sites[%d].%s", i, key) }
		if c.shorthand {
			k = func(key string) string { return key } // the one-site shorthand
		}
		if !slugRe.MatchString(s.Name) {
			v.add(k("name"), "must be a slug of a-z, 0-9, '-' and '_', got %q", s.Name)
		} else if names[s.Name] {
			v.add(k("name"), "duplicate site name %q", s.Name)
		}
		names[s.Name] = true
		if s.Origin != "" {
			if err := CheckOrigin(s.Origin); err != nil {
				v.add(k("origin"), "%v", err)
			}
		}
		if len(s.Hosts) == 0 {
			v.add(k("hosts"), "must list at least one host (the first is canonical)")
		}
		for j, h := range s.Hosts {
			if h == "" || strings.ContainsAny(h, "/:@ ") || h != strings.ToLower(h) {
				v.add(k(fmt.Sprintf("hosts[%d]", j)), "must be a bare lower-case host name such as migration.gov.az, got %q", h)
			} else if o, ok := owner[h]; ok && o != s.Name {
				v.add(k(fmt.Sprintf("hosts[%d]", j)), "host %q is already a host of site %s: a host belongs to one site", h, o)
			}
			owner[h] = s.Name
		}
		if s.Delay < 0 {
			v.add(k("delay"), "must not be negative, got %s", s.Delay)
		}
		if s.RandomDelay < 0 {
			v.add(k("random_delay"), "must not be negative, got %s", s.RandomDelay)
		}
		if s.Parallelism < 1 {
			v.add(k("parallelism"), "must be at least 1, got %d", s.Parallelism)
		}
		if _, err := time.LoadLocation(s.TimeZone); err != nil {
			v.add(k("timezone"), "unknown time zone %q (use an IANA name such as Asia/Baku)", s.TimeZone)
		}
	}
}

func (v *validator) feed(c *Config, i int, names map[string]bool) {
	f := &c.Feeds[i]
	k := func(s string) string { return f.keyPath + "." + s }
	if !slugRe.MatchString(f.Name) {
		v.add(k("name"), "must be a slug of a-z, 0-9, '-' and '_' (it names the files), got %q", f.Name)
	} else if names[f.Name] {
		v.add(k("name"), "duplicate feed name %q", f.Name)
	} else if f.Name == "index" {
		v.add(k("name"), "must not be %q: its page index.html would replace the index page", f.Name)
	}
	names[f.Name] = true
	if f.Language == "" {
		v.add(k("language"), "is required (az, en, ru, ...)")
	}
	if len(f.ListURLs) == 0 && f.Home == "" {
		v.add(k("list_urls"), "a list page URL, or a home page (home) where the list page is discovered, is required")
	}
	if len(f.ListURLs) == 0 && f.LinkPattern == "" {
		v.add(k("link_pattern"), "is required when list_urls is not given: discovery recognises a list page by its links to articles")
	}
	for j, s := range f.Sections {
		if strings.TrimSpace(s) == "" {
			v.add(k(fmt.Sprintf("sections[%d]", j)), "must not be empty")
		}
	}
	for j, u := range f.ListURLs {
		if err := v.siteURL(c, f, u); err != nil {
			v.add(k(fmt.Sprintf("list_urls[%d]", j)), "%v", err)
		}
	}
	for j, u := range f.FallbackURLs {
		if err := v.siteURL(c, f, u); err != nil {
			v.add(k(fmt.Sprintf("fallback_urls[%d]", j)), "%v", err)
		}
	}
	if f.Home != "" {
		if u, err := url.Parse(f.Home); err != nil || !u.IsAbs() {
			v.add(k("home"), "must be an absolute URL, got %q", f.Home)
		} else if len(f.ListURLs) == 0 {
			if err := v.siteURL(c, f, f.Home); err != nil {
				v.add(k("home"), "%v (list discovery starts here)", err)
			}
		}
	}
	if f.Items.Selector == "" && f.LinkPattern == "" {
		v.add(k("items.selector"), "either items.selector or link_pattern is required to find items")
	}
	if f.Items.Selector != "" && f.Items.Link == "" {
		v.add(k("items.link"), "is required with items.selector (e.g. \"a@href\")")
	}
	for name, sel := range map[string]string{
		"items.selector": f.Items.Selector, "items.title": f.Items.Title, "items.link": f.Items.Link,
		"items.date": f.Items.Date, "items.summary": f.Items.Summary, "items.image": f.Items.Image,
		"pagination.next": f.Pagination.Next, "article.title": f.Article.Title, "article.date": f.Article.Date,
		"article.content": f.Article.Content, "article.images": f.Article.Images, "article.attachments": f.Article.Attachments,
	} {
		if err := CheckSelector(sel); err != nil {
			v.add(k(name), "%v", err)
		}
	}
	for j, sel := range f.Article.Remove {
		if err := CheckSelector(sel); err != nil {
			v.add(k(fmt.Sprintf("article.remove[%d]", j)), "%v", err)
		}
	}
	if t := f.Pagination.Template; t != "" {
		if !strings.Contains(t, "{page}") {
			v.add(k("pagination.template"), "must contain {page}, got %q", t)
		} else if err := v.siteURL(c, f, strings.ReplaceAll(t, "{page}", "2")); err != nil {
			v.add(k("pagination.template"), "%v", err)
		}
	}
	for j, layout := range f.DateFormats {
		if strings.TrimSpace(layout) == "" {
			v.add(k(fmt.Sprintf("date_formats[%d]", j)), "an empty date format matches nothing; remove it")
		} else if !givesDate(layout) {
			v.add(k(fmt.Sprintf("date_formats[%d]", j)), "%q is not a Go time layout (write the reference date, e.g. 02.01.2006 15:04)", layout)
		}
	}
	if f.Pagination.FirstPage < 0 {
		v.add(k("pagination.first_page"), "must not be negative, got %d", f.Pagination.FirstPage)
	}
	if f.Pagination.MaxPages < 1 {
		v.add(k("pagination.max_pages"), "must be at least 1, got %d", f.Pagination.MaxPages)
	}
	if f.MaxItems < 1 {
		v.add(k("max_items"), "must be at least 1, got %d", f.MaxItems)
	}
	loc, err := time.LoadLocation(f.TimeZone)
	if err != nil {
		v.add(k("timezone"), "unknown time zone %q (use an IANA name such as Asia/Baku)", f.TimeZone)
	}
	f.Location = loc
	f.LinkRe = v.regexp(k("link_pattern"), f.LinkPattern)
	f.IncludeRe = v.regexp(k("include"), f.Include)
	f.ExcludeRe = v.regexp(k("exclude"), f.Exclude)
	if f.Schedule != "" {
		if err := CheckSchedule(f.Schedule); err != nil {
			v.add(k("schedule"), "%v", err)
		}
	}
}

func (v *validator) regexp(key, expr string) *regexp.Regexp {
	if expr == "" {
		return nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		v.add(key, "invalid regular expression: %v", err)
	}
	return re
}

// siteURL checks that u is an absolute http(s) URL on one of the hosts of
// the feed's site.
func (v *validator) siteURL(c *Config, f *Feed, raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("must be an absolute http(s) URL, got %q", raw)
	}
	var hosts []string
	if s := c.Site(f.SiteName); s != nil {
		hosts = s.Hosts
	}
	for _, h := range hosts {
		if strings.EqualFold(u.Hostname(), h) {
			return nil
		}
	}
	return fmt.Errorf("host %q is not in the hosts of site %s %v", u.Hostname(), f.SiteName, hosts)
}

// Selector is one alternative of a field selector: a CSS selector (empty for
// the context element itself) and an optional attribute to read instead of
// the text.
type Selector struct {
	CSS  string
	Attr string
}

// ParseSelector splits a field selector into its alternatives:
// "img@data-src || img@src" tries data-src first, then src.
func ParseSelector(s string) []Selector {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []Selector
	for _, alt := range strings.Split(s, "||") {
		css, attr := SplitSelector(alt)
		out = append(out, Selector{CSS: css, Attr: attr})
	}
	return out
}

// CheckSelector validates a field selector: alternatives separated by
// "||", each "css", "css@attr" or "@attr".
func CheckSelector(sel string) error {
	for _, alt := range strings.Split(sel, "||") {
		if strings.TrimSpace(sel) == "" {
			return nil
		}
		css, attr := SplitSelector(alt)
		if strings.Contains(alt, "@") && attr == "" && strings.HasSuffix(strings.TrimSpace(alt), "@") {
			return fmt.Errorf("selector %q: empty attribute after @", alt)
		}
		if css == "" && attr == "" {
			return fmt.Errorf("selector %q: empty alternative", sel)
		}
		if css == "" {
			continue
		}
		if _, err := cascadia.ParseGroup(css); err != nil {
			return fmt.Errorf("invalid CSS selector %q: %v", css, err)
		}
	}
	return nil
}

// SplitSelector splits "css@attr" into its CSS part and attribute name.
// The attribute is what follows the last '@' outside brackets and quotes.
func SplitSelector(sel string) (css, attr string) {
	depth, quote := 0, rune(0)
	at := -1
	for i, r := range sel {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '[' || r == '(':
			depth++
		case r == ']' || r == ')':
			depth--
		case r == '@' && depth == 0:
			at = i
		}
	}
	if at < 0 {
		return strings.TrimSpace(sel), ""
	}
	return strings.TrimSpace(sel[:at]), strings.TrimSpace(sel[at+1:])
}

// CheckOrigin validates an origin override: scheme and host, no path.
func CheckOrigin(origin string) error {
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("must be an http(s) origin such as http://127.0.0.1:8081, got %q", origin)
	}
	if strings.Trim(u.Path, "/") != "" || u.RawQuery != "" {
		return fmt.Errorf("must be an origin without path or query, got %q", origin)
	}
	return nil
}

// CheckSchedule parses a cron spec; the parser panics on some input, so it
// runs under recover.
func CheckSchedule(spec string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("invalid schedule %q: the cron parser cannot read it (%v); use 5 cron fields, @every 30m or CRON_TZ=Asia/Baku 0 * * * *", spec, r)
		}
	}()
	if d, ok := strings.CutPrefix(strings.TrimSpace(spec), "@every "); ok {
		if iv, perr := time.ParseDuration(strings.TrimSpace(d)); perr == nil && iv < time.Second {
			return fmt.Errorf("invalid schedule %q: the interval must be at least 1s", spec)
		}
	}
	if _, perr := ParseSchedule(spec); perr != nil {
		return fmt.Errorf("invalid schedule %q: %v (use 5 cron fields, @every 30m or CRON_TZ=Asia/Baku 0 * * * *)", spec, perr)
	}
	return nil
}

// ParseSchedule parses a cron spec as the daemon does.
func ParseSchedule(spec string) (cron.Schedule, error) {
	return cron.ParseStandard(spec)
}

// givesDate reports that a Go time layout formats and parses back a
// date's year, month and day.
func givesDate(layout string) bool {
	probe := time.Date(2031, 11, 23, 21, 47, 0, 0, time.UTC)
	back, err := time.Parse(layout, probe.Format(layout))
	return err == nil && back.Year() == 2031 && back.Month() == 11 && back.Day() == 23
}
