package crawl

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"sitefeed/canon"
	"sitefeed/conditional"
	"sitefeed/extract"
	"sitefeed/scraper"
)

// List discovery: when a feed has no list URL, or its list URL is gone
// (404/410), redirects away, holds no item, or holds far fewer than a
// list page (no pagination and fewer than weakListItems items), the
// section's list page is looked for from the feed's home page: menu links
// named like the feed's sections, then the links of the pages they lead to,
// each page judged by what it holds (links matching link_pattern, a next
// page). What is found is remembered in the store, so the steady state is
// one conditional request per feed again; it is looked for again when it
// fails.

const (
	// weakListItems: a first list page with fewer items and no next page
	// may be a teaser ("latest 5") rather than the list.
	weakListItems = 10
	// discoverFetches caps the pages one feed's discovery fetches (pages
	// already fetched in this run by the site's other feeds are free).
	discoverFetches = 8
	// discoverDepth: home page (0), its menu's pages (1), their links (2).
	discoverDepth = 2
	// nextPageWorth: a next page is worth this many items in judging a
	// candidate list page (a paginated list beats a longer teaser).
	nextPageWorth = 10
)

// foundList is what discovery found for one configured list URL ("" when
// the feed has none): the page, and how it was reached.
type foundList struct {
	URL string    `json:"url"`
	Via string    `json:"via"`
	At  time.Time `json:"at"`
}

func listKey(feed string) string { return "list:" + feed }

// foundLists reads what earlier runs discovered for the feed.
func (r *feedRun) foundLists() map[string]foundList {
	out := map[string]foundList{}
	if b, ok, err := r.s.mem.Blob(listKey(r.f.Name)); err == nil && ok && len(b) > 0 {
		_ = json.Unmarshal(b, &out) // a damaged record is discovered again
	}
	return out
}

func (r *feedRun) rememberList(configured string, fl foundList) {
	all := r.foundLists()
	if all[configured].URL == fl.URL {
		return
	}
	all[configured] = fl
	b, err := json.Marshal(all)
	if err == nil {
		err = r.s.mem.SetBlob(listKey(r.f.Name), b)
	}
	if err != nil {
		r.warn("store the discovered list page: %v", err)
	}
}

func (r *feedRun) forgetList(configured string) {
	all := r.foundLists()
	if _, ok := all[configured]; !ok {
		return
	}
	delete(all, configured)
	if b, err := json.Marshal(all); err == nil {
		_ = r.s.mem.SetBlob(listKey(r.f.Name), b)
	}
}

// firstPage is what a list walk saw on its first page, for judging it.
type firstPage struct {
	items      int
	next       bool
	redirected string // the page's URL when the request ended elsewhere
	unchanged  bool
	// leads are the page's links named like the feed's section (a teaser's
	// "All news", the menu): only a weak page with leads is worth a
	// discovery.
	leads []extract.NavLink
}

func (p firstPage) worth() int {
	w := p.items
	if p.next {
		w += nextPageWorth
	}
	return w
}

func (p firstPage) weak() bool {
	return !p.unchanged && (p.redirected != "" || (!p.next && p.items < weakListItems))
}

// judgeFirstPage is what a list walk's first page held, for deciding
// whether to look for a better list page: its items, a next page, where it
// ended up, and, when it is weak, the links discovery would follow.
func (r *feedRun) judgeFirstPage(pageURL string, resp *scraper.Response, page extract.ListPage) firstPage {
	fp := firstPage{items: len(page.Items), next: page.Next != ""}
	if got, err := canon.URL(resp.URL, nil, r.s.rules); err == nil && got != canonOf(r, pageURL) {
		fp.redirected = got
	}
	if fp.weak() {
		fp.leads = r.leads(resp)
	}
	return fp
}

// leads are the links of a weak first page that discovery would follow.
func (r *feedRun) leads(resp *scraper.Response) []extract.NavLink {
	links, err := r.ex.Nav(resp.Body, resp.ContentType, mustParse(resp.URL))
	if err != nil {
		return nil
	}
	return slices.DeleteFunc(links, func(l extract.NavLink) bool { return l.Score < scoreFollow })
}

// walkList walks the list of one configured list URL ("" for a feed with
// none): the page discovery found for it on an earlier run if any, else
// the URL itself; discovery when that fails or is weak.
func (r *feedRun) walkList(ctx context.Context, configured string) error {
	known := r.foundLists()[configured]
	u := configured
	if known.URL != "" {
		u = known.URL
	}
	var err error
	var seen firstPage
	if u != "" {
		seen, err = r.list(ctx, u, r.maxPages())
		switch {
		case err == nil && (known.URL != "" || !seen.weak() || len(seen.leads) == 0):
			return nil
		case err != nil && !canDiscover(err):
			return err
		}
	}
	var cause string
	switch {
	case u == "":
		cause = "no list_urls configured"
	case err != nil:
		cause = fmt.Sprintf("list page %s failed: %v", u, err)
	case seen.redirected != "":
		cause = fmt.Sprintf("list page %s redirected to %s", u, seen.redirected)
	default:
		cause = fmt.Sprintf("list page %s holds only %d items and no next page", u, seen.items)
	}
	exclude := map[string]bool{u: true, canonOf(r, u): true}
	d, tried, derr := r.discover(ctx, u, seen, exclude)
	if derr != nil {
		if err != nil {
			return err
		}
		if u != "" {
			return nil // the weak page stands; look again next run
		}
		return derr
	}
	if d.URL == "" {
		if err == nil && u != "" {
			// The weak page is the best there is: keep it, and do not look
			// again on every run.
			r.rememberList(configured, foundList{URL: u, Via: "the configured list page (nothing better found)", At: r.s.now()})
			return nil
		}
		if known.URL != "" {
			r.forgetList(configured)
		}
		if err != nil {
			return fmt.Errorf("%w; discovery found no list page either: %s", err, tried)
		}
		return fmt.Errorf("%w: %s; discovery found no list page: %s", ErrNoItems, cause, tried)
	}
	r.note("list page found at %s through %s (%s); add it to list_urls", d.URL, d.Via, cause)
	r.mu.Lock()
	r.stats.Discovered = append(r.stats.Discovered, Discovery{For: configured, URL: d.URL, Via: d.Via})
	r.mu.Unlock()
	if _, err := r.list(ctx, d.URL, r.maxPages()); err != nil {
		return err
	}
	d.At = r.s.now()
	r.rememberList(configured, d)
	return nil
}

// Discovery is a list page found by discovery in a run.
type Discovery struct {
	For string `json:"for,omitempty"` // the configured list URL it replaces
	URL string `json:"url"`
	Via string `json:"via"`
}

// candidate is a page discovery may fetch.
type candidate struct {
	url   string // canonical: the page's identity
	fetch string // as the site links it: what is requested
	text  string // the link text that led here
	from  string // the page holding the link
	via   string // how it was reached, for messages
	score int
	depth int
}

// discover looks for the feed's list page from its home page. It returns
// the best page found worth more than baseline, or "" and what was tried.
func (r *feedRun) discover(ctx context.Context, weakURL string, weak firstPage, exclude map[string]bool) (foundList, string, error) {
	baseline := weak.worth()
	cands := map[string]*candidate{}
	add := func(c candidate) {
		if (exclude[c.url] && c.depth > 0) || (c.depth > 0 && extract.LaterPage(c.url)) {
			return
		}
		if old, ok := cands[c.url]; ok {
			if c.score > old.score && old.depth > 0 {
				*old = c
			}
			return
		}
		cands[c.url] = &c
	}
	for i, s := range r.startPages() {
		if !exclude[s] {
			add(candidate{url: s, fetch: s, via: "the home page " + s, score: 1000 - i})
		}
	}
	for _, l := range weak.leads {
		add(candidate{url: l.URL, fetch: l.Fetch, text: l.Text, from: weakURL, via: fmt.Sprintf("the link %q on %s", l.Text, weakURL), score: l.Score, depth: 1})
	}
	done := map[string]bool{}
	type judged struct {
		c     candidate
		worth int
		items int
	}
	var results []judged
	var tried []string
	fetched := 0
	for minScore := scoreFollow; ; {
		c := pick(cands, done, minScore)
		if c == nil {
			if minScore > 1 && !slicesAny(results, func(j judged) bool { return !exclude[j.c.url] && j.c.depth > 0 && j.items > 0 }) {
				minScore = 1 // no named link led anywhere: try URL shapes
				continue
			}
			break
		}
		done[c.url] = true
		if c.fetch == "" {
			c.fetch = c.url
		}
		if fetched >= discoverFetches && !r.s.pages.has(c.fetch) {
			continue
		}
		if !r.s.pages.has(c.fetch) {
			fetched++
		}
		resp, err := r.cachedGet(ctx, c.fetch)
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s (%s): %v", c.fetch, c.describe(), shortErr(err)))
			if ctx.Err() != nil {
				break
			}
			if !isStatus(err, http.StatusNotFound, http.StatusGone, http.StatusForbidden) && c.depth <= 1 {
				// The site is in trouble (5xx, network), not the page gone:
				// say so rather than "no list page".
				return foundList{}, strings.Join(tried, "; "), fmt.Errorf("list discovery: %s: %w", c.fetch, err)
			}
			continue
		}
		pageURL := mustParse(resp.URL)
		page, err := r.ex.ListAt(resp.Body, resp.ContentType, pageURL, r.f.Pagination.FirstPage)
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s: %v", c.fetch, err))
			continue
		}
		fp := firstPage{items: len(page.Items), next: page.Next != ""}
		if got, _ := canon.URL(resp.URL, nil, r.s.rules); got != c.url && c.depth > 0 {
			// A menu link that redirects lands on the page it names.
			if done[got] || exclude[got] {
				tried = append(tried, fmt.Sprintf("%s (%s): redirected to %s", c.fetch, c.describe(), got))
				continue
			}
			done[got] = true
		}
		results = append(results, judged{c: *c, worth: fp.worth(), items: fp.items})
		tried = append(tried, fmt.Sprintf("%s (%s): %d links matching link_pattern%s", c.fetch, c.describe(), fp.items, map[bool]string{true: ", a next page"}[fp.next]))
		if c.depth >= discoverDepth {
			continue
		}
		links, err := r.ex.Nav(resp.Body, resp.ContentType, pageURL)
		if err != nil {
			continue
		}
		for _, l := range links {
			add(candidate{url: l.URL, fetch: l.Fetch, text: l.Text, from: c.fetch, via: c.linkVia(l.Text), score: l.Score, depth: c.depth + 1})
		}
	}
	var best *judged
	for i := range results {
		j := &results[i]
		if exclude[j.c.url] || j.items == 0 {
			continue
		}
		if best == nil || j.worth > best.worth || (j.worth == best.worth && j.c.depth > 0 && best.c.depth == 0) {
			best = j
		}
	}
	if best == nil || best.worth <= baseline {
		msg := strings.Join(tried, "; ")
		if len(r.f.Sections) > 0 {
			msg += fmt.Sprintf("; menu items looked for: %q", r.f.Sections)
		}
		if r.f.LinkPattern != "" {
			msg += fmt.Sprintf("; link_pattern %q", r.f.LinkPattern)
		}
		return foundList{}, msg, nil
	}
	via := best.c.via
	if best.c.depth == 0 {
		via = "the home page itself"
	}
	return foundList{URL: best.c.fetch, Via: via}, "", nil
}

// scoreFollow is the least score of a link followed on the first pass:
// its text names the section.
const scoreFollow = 6

func pick(cands map[string]*candidate, done map[string]bool, minScore int) *candidate {
	var best *candidate
	for _, c := range cands {
		if done[c.url] || c.score < minScore {
			continue
		}
		if best == nil || c.depth < best.depth || (c.depth == best.depth && (c.score > best.score || (c.score == best.score && c.url < best.url))) {
			best = c
		}
	}
	return best
}

func slicesAny[T any](s []T, f func(T) bool) bool {
	for _, v := range s {
		if f(v) {
			return true
		}
	}
	return false
}

func (c *candidate) describe() string {
	if c.depth == 0 {
		return "home page"
	}
	return fmt.Sprintf("link %q", c.text)
}

func (c *candidate) linkVia(text string) string {
	if c.depth == 0 {
		return fmt.Sprintf("the menu item %q on the home page %s", text, c.fetch)
	}
	return fmt.Sprintf("the link %q on %s, reached through %s", text, c.fetch, c.via)
}

// startPages are where discovery starts: the feed's home page, its
// fallback URLs and the site's root, those on the site's hosts.
func (r *feedRun) startPages() []string {
	var out []string
	seen := map[string]bool{}
	for _, raw := range append(append([]string{r.f.Home}, r.f.FallbackURLs...), r.siteRoot()) {
		u, err := canon.URL(raw, nil, r.s.rules)
		if raw == "" || err != nil || seen[u] {
			continue
		}
		if pu, err := url.Parse(u); err != nil || !r.s.rules.OnSite(pu.Hostname()) {
			continue
		}
		seen[u] = true
		out = append(out, u)
	}
	return out
}

func (r *feedRun) siteRoot() string {
	if len(r.s.rules.Hosts) == 0 {
		return ""
	}
	return "https://" + r.s.rules.Hosts[0] + "/"
}

func shortErr(err error) string {
	var se *scraper.StatusError
	if errors.As(err, &se) {
		return fmt.Sprintf("status %d", se.Status)
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i > 0 && len(s) > 120 {
		s = s[i+2:]
	}
	return s
}

// note records an informational line of the run (not a warning).
func (r *feedRun) note(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	r.s.log.Info(msg, "feed", r.f.Name)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Notes = append(r.stats.Notes, msg)
}

// cachedGet fetches a page once per site and run: the site's feeds share
// their discovery pages (the az news and press feeds start at one home
// page).
func (r *feedRun) cachedGet(_ context.Context, u string) (*scraper.Response, error) {
	if resp, err, ok := r.s.pages.get(u); ok {
		return resp, err
	}
	resp, err := r.sess.Get(u, conditional.Validators{})
	r.s.pages.put(u, resp, err)
	return resp, err
}

// pageCache holds the pages discovery fetched in one run of a site.
type pageCache struct {
	mu    sync.Mutex
	pages map[string]cachedPage
}

type cachedPage struct {
	resp *scraper.Response
	err  error
}

func (c *pageCache) get(u string) (*scraper.Response, error, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.pages[u]
	return p.resp, p.err, ok
}

func (c *pageCache) has(u string) bool {
	_, _, ok := c.get(u)
	return ok
}

func (c *pageCache) put(u string, resp *scraper.Response, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pages == nil {
		c.pages = map[string]cachedPage{}
	}
	c.pages[u] = cachedPage{resp, err}
}

func canonOf(r *feedRun, u string) string {
	if c, err := canon.URL(u, nil, r.s.rules); err == nil {
		return c
	}
	return u
}
