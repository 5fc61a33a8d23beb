package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"sitefeed/conditional"
	"sitefeed/config"
	"sitefeed/extract"
	"sitefeed/item"
	"sitefeed/scraper"
)

// Errors of a feed run that callers branch on.
var (
	ErrNoItems     = errors.New("no items found")
	ErrTooFewItems = errors.New("far fewer items than the last good run")
)

// pendingPerRun caps the article pages retried per run after a 304.
const pendingPerRun = 5

// FeedOptions tune one feed run.
type FeedOptions struct {
	// Backfill walks pagination to its end (or MaxPages) whatever is known.
	Backfill bool
	// MaxPages caps list pages per list URL; 0: pagination.max_pages, or
	// the global max_pages when backfilling.
	MaxPages int
	// Refresh re-checks the article page of every listed item.
	Refresh bool
	// MinItems: a first list page with fewer items is an error
	// (ErrTooFewItems) and nothing is kept from it.
	MinItems int
	// Progress, if set, is called when the run starts, after each article
	// page and after each list page's articles.
	Progress func(Progress)
	// FirstRun: the feed never succeeded before, so every item found is
	// old news to its readers (undated ones are placed by estimate).
	FirstRun bool
}

// Progress reports a run's advance.
type Progress struct {
	Feed     string
	Pages    int
	MaxPages int // the most list pages this run may read
	Items    int
	Requests int
	// LastPage is the highest page number the list pages read so far show
	// in their pagination (0: none shown).
	LastPage int
	// Articles are the article pages queued so far; ArticlesDone those
	// read or failed.
	Articles, ArticlesDone int
	// New counts items the store did not hold; Changed stored items whose
	// list entry differs (an edit, as the list shows it).
	New, Changed int
	// Done: the feed's run is over (its files written or kept); sent once,
	// after the run's log lines.
	Done bool
}

// Sink receives the items of a run in batches, as soon as each list
// page's article pages are read, so memory does not grow with a backfill.
type Sink func([]item.Item) error

// Stats describe a feed run.
type Stats struct {
	Feed           string         `json:"feed"`
	Found          int            `json:"found"`      // items on list pages
	FirstPageItems int            `json:"first_page"` // items on the first list page
	Pages          int            `json:"pages"`      // list pages read (200)
	Articles       int            `json:"articles"`   // article pages read (200)
	ArticleErrors  int            `json:"article_errors"`
	Requests       int            `json:"requests"`
	NotModified    int            `json:"not_modified"` // 304 answers
	Retries        int            `json:"retries"`
	Bytes          int64          `json:"bytes"`
	Statuses       map[int]int    `json:"statuses,omitempty"`
	Unchanged      bool           `json:"unchanged"`             // first list page answered 304
	Revalidated    int            `json:"revalidated,omitempty"` // article pages re-checked for edits
	ListSource     string         `json:"list_source,omitempty"`
	Discovered     []Discovery    `json:"discovered,omitempty"` // list pages found by discovery
	Notes          []string       `json:"notes,omitempty"`
	ContentSources map[string]int `json:"content_sources,omitempty"`
	Warnings       []string       `json:"warnings,omitempty"`
	Duration       time.Duration  `json:"duration"`
}

// Feed runs one feed: list pages, pagination, then the article page of each
// item that needs one. Items reach sink page by page. On error the items
// already sunk stay sunk; the error names the feed, URL and reason.
func (s *siteCrawler) Feed(ctx context.Context, f *config.Feed, opt FeedOptions, sink Sink) (Stats, error) {
	start := s.now()
	// run_timeout and cancellation also end a request in flight
	sess := s.fetch.Session(ctx, f.Name, s.cfg.MaxRequests)
	defer sess.Close()
	r := &feedRun{s: s, f: f, opt: opt, sink: sink, ex: s.extractor(f), sess: sess,
		seen: map[string]bool{}, stats: Stats{Feed: f.Name, ContentSources: map[string]int{}},
		fetches: make(chan struct{}, s.cfg.Parallelism), inflight: make(chan struct{}, pagesInFlight)}
	r.sweep = r.sweepDue()
	lists := f.ListURLs
	if len(lists) == 0 {
		lists = []string{""} // discovered
	}
	r.progress()
	var err error
	for _, u := range lists {
		if err = r.walkList(ctx, u); err != nil {
			break
		}
	}
	r.pages.Wait()
	if err == nil {
		err = r.failure()
	}
	if err == nil {
		err = r.revalidate(ctx)
	}
	if err == nil && r.sweep {
		r.sweepDone()
	}
	if err == nil {
		err = r.saveListValidators()
	}
	r.finishStats(start)
	if err != nil {
		return r.stats, fmt.Errorf("scrape %s: %w", f.Name, err)
	}
	return r.stats, nil
}

type feedRun struct {
	s     *siteCrawler
	f     *config.Feed
	opt   FeedOptions
	sink  Sink
	ex    *extract.Extractor
	sess  *scraper.Session
	seen  map[string]bool
	stats Stats
	// listValidators are saved only when the whole run succeeds, so a
	// failed run is not skipped by a 304 next time.
	listValidators []savedValidators

	// A list page's article pages are read while the next list page is
	// fetched: fetches caps article requests in flight, inflight the list
	// pages whose articles are pending, pages waits for them.
	// sweep: this run reads the list pages until the max_items window is
	// covered, unconditionally, to see edits on later pages (once per
	// revalidate_after).
	sweep    bool
	fetches  chan struct{}
	inflight chan struct{}
	pages    sync.WaitGroup
	mu       sync.Mutex // guards stats and err
	sinkMu   sync.Mutex // one sink call at a time
	progMu   sync.Mutex // one Progress call at a time
	err      error
	prog     Progress // the counters of Progress that Stats lacks, under mu
}

// pagesInFlight bounds the list pages whose article pages are read at
// once, so memory stays flat during a backfill.
const pagesInFlight = 6

// fail records the first error of the run's background work.
func (r *feedRun) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err == nil {
		r.err = err
	}
}

// guard, deferred in the run's goroutines, turns a panic into the run's
// error: a goroutine's panic would otherwise end the process, daemon
// included, past every recover.
func (r *feedRun) guard() {
	if p := recover(); p != nil {
		r.s.log.Error("feed panic", slog.String("feed", r.f.Name), slog.String("panic", fmt.Sprint(p)),
			slog.String("stack", string(debug.Stack())))
		r.fail(fmt.Errorf("panic: %v", p))
	}
}

func (r *feedRun) failure() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

type savedValidators struct {
	url string
	v   conditional.Validators
}

func (r *feedRun) finishStats(start time.Time) {
	c := r.sess.Counts()
	r.stats.Requests, r.stats.NotModified, r.stats.Retries = c.Requests, c.NotModified, c.Retries
	r.stats.Bytes, r.stats.Statuses = c.Bytes, c.Statuses
	r.stats.Duration = r.s.now().Sub(start)
}

func (r *feedRun) maxPages() int {
	switch {
	case r.sweep && r.opt.MaxPages == 0:
		return r.s.cfg.MaxPages // it stops once the window is covered
	case r.opt.MaxPages > 0:
		return min(r.opt.MaxPages, r.s.cfg.MaxPages)
	case r.opt.Backfill:
		return r.s.cfg.MaxPages
	}
	return min(r.f.Pagination.MaxPages, r.s.cfg.MaxPages)
}

// canDiscover: a list URL that is gone or holds no item is replaced by
// discovery.
func canDiscover(err error) bool {
	return errors.Is(err, ErrNoItems) || isStatus(err, http.StatusNotFound, http.StatusGone)
}

// list walks one list URL and its pagination, at most maxPages pages,
// and says what its first page held.
func (r *feedRun) list(ctx context.Context, first string, maxPages int) (firstPage, error) {
	pageURL, num := first, r.f.Pagination.FirstPage
	visited := map[string]bool{}
	var fp firstPage
	for n := 0; pageURL != "" && n < maxPages; n++ {
		visited[canonOf(r, pageURL)] = true
		conditional := n == 0 && !r.opt.Backfill && !r.opt.Refresh && !r.sweep
		var resp *scraper.Response
		var err error
		if cached, cerr, ok := r.s.pages.get(pageURL); ok && n == 0 {
			resp, err = cached, cerr // fetched by discovery in this run
		} else {
			resp, err = r.get(ctx, pageURL, conditional)
		}
		if err != nil {
			if n > 0 && isStatus(err, http.StatusNotFound, http.StatusGone) {
				return fp, nil // past the last page
			}
			if n > 0 && errors.Is(err, scraper.ErrRequestBudget) {
				r.warn("stopped before list page %s: max_requests (%d) reached", pageURL, r.s.cfg.MaxRequests)
				return fp, nil
			}
			return fp, fmt.Errorf("list page %s: %w", pageURL, err)
		}
		if resp.Status == http.StatusNotModified {
			r.stats.Unchanged = true
			fp.unchanged = true
			return fp, r.retryPending(ctx)
		}
		page, err := r.ex.ListAt(resp.Body, resp.ContentType, mustParse(resp.URL), num)
		if err != nil {
			return fp, err
		}
		if n == 0 {
			if fp = r.judgeFirstPage(pageURL, resp, page); fp.weak() {
				r.s.pages.put(pageURL, resp, nil) // discovery may judge it again
			}
		}
		r.mu.Lock()
		r.stats.Pages++
		r.prog.LastPage = max(r.prog.LastPage, page.LastPage)
		r.stats.Warnings = append(r.stats.Warnings, page.Warnings...)
		r.noteSource(page.Source)
		r.mu.Unlock()
		if n == 0 {
			if err := r.checkFirstPage(pageURL, page); err != nil {
				return fp, listPageError(err, resp.Body)
			}
			if !resp.Validators.IsZero() {
				r.listValidators = append(r.listValidators, savedValidators{pageURL, resp.Validators})
			}
		}
		fresh := r.unseen(page.Items)
		if len(fresh) == 0 {
			return fp, nil // an empty or repeated page: the end
		}
		// Undated items found among older ones are placed where the site
		// lists them; on top of page 1 of a steady run they are new.
		anyNew, changed, err := r.process(ctx, fresh, r.opt.Backfill || r.opt.FirstRun || n > 0)
		if err != nil {
			return fp, err
		}
		// Read on while a page brings anything new or edited; a sweep
		// reads on until the feed's max_items window is covered.
		if !r.opt.Backfill && !anyNew && !changed && !(r.sweep && r.stats.Found < r.f.MaxItems) {
			return fp, nil
		}
		next := page.Next
		if next == "" && r.f.Pagination.Template != "" {
			next = strings.ReplaceAll(r.f.Pagination.Template, "{page}", strconv.Itoa(num+1))
		}
		num++
		if visited[canonOf(r, next)] {
			return fp, nil
		}
		pageURL = next
	}
	return fp, nil
}

func (r *feedRun) checkFirstPage(pageURL string, page extract.ListPage) error {
	r.stats.FirstPageItems += len(page.Items)
	if len(page.Items) == 0 {
		what := fmt.Sprintf("items.selector %q", r.f.Items.Selector)
		if r.f.LinkPattern != "" {
			what += fmt.Sprintf(" and link_pattern %q", r.f.LinkPattern)
		}
		return fmt.Errorf("list page %s: %w: %s matched nothing", pageURL, ErrNoItems, what)
	}
	if len(page.Items) < r.opt.MinItems {
		return fmt.Errorf("list page %s: %w: %d items, the last good run had at least %d", pageURL, ErrTooFewItems, len(page.Items), r.opt.MinItems)
	}
	return nil
}

func (r *feedRun) noteSource(src string) {
	if src == extract.SourceLinkPattern || r.stats.ListSource == "" {
		r.stats.ListSource = src
	}
}

// unseen drops items already met on an earlier page of this run.
func (r *feedRun) unseen(items []item.Item) []item.Item {
	out := items[:0:0]
	for _, it := range items {
		if !r.seen[it.URL] {
			r.seen[it.URL] = true
			out = append(out, it)
		}
	}
	r.mu.Lock()
	r.stats.Found += len(out)
	r.mu.Unlock()
	return out
}

// process decides which items need their article page, fetches those,
// and sinks the page's batch. anyNew reports that an item was not known,
// changed that a known item's list entry changed (an edit).
func (r *feedRun) process(ctx context.Context, items []item.Item, estimate bool) (anyNew, changed bool, err error) {
	items = slices.DeleteFunc(items, func(it item.Item) bool { return !r.ex.Keep(it) })
	if len(items) == 0 {
		return false, false, nil // nothing for this feed here; not a reason to read on
	}
	urls := make([]string, len(items))
	for i, it := range items {
		urls[i] = it.URL
	}
	known, err := r.s.mem.Lookup(r.f.Name, urls)
	if err != nil {
		return false, false, fmt.Errorf("store lookup: %w", err)
	}
	var jobs []articleJob
	for i, it := range items {
		k := known[it.URL]
		if !k.Stored {
			anyNew = true
		}
		r.countForProgress(it, k)
		switch {
		case r.f.Article.Disabled:
		case !k.Stored || !k.HasArticle:
			jobs = append(jobs, articleJob{i: i})
		case listChanged(it, k):
			changed = true
			jobs = append(jobs, articleJob{i: i, conditional: true})
		case r.opt.Refresh:
			jobs = append(jobs, articleJob{i: i, conditional: true})
		}
		if k.Stored && r.f.Article.Disabled && listChanged(it, k) {
			changed = true
		}
	}
	r.mu.Lock()
	r.prog.Articles += len(jobs)
	r.mu.Unlock()
	if err := r.failure(); err != nil {
		return anyNew, changed, err
	}
	select {
	case r.inflight <- struct{}{}:
	case <-ctx.Done():
		return anyNew, changed, ctx.Err()
	}
	r.pages.Add(1)
	go func() {
		defer r.pages.Done()
		defer func() { <-r.inflight }()
		defer r.guard()
		if err := r.complete(ctx, items, jobs, estimate); err != nil {
			r.fail(err)
		}
		r.progress()
	}()
	return anyNew, changed, nil
}

// complete reads the article pages of one list page's items and sinks
// them. Nothing is sunk after a cancellation: the next run resumes.
func (r *feedRun) complete(ctx context.Context, items []item.Item, jobs []articleJob, estimate bool) error {
	r.articles(ctx, items, jobs)
	if estimate {
		estimateUndated(items) // with the dates the article pages gave
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r.sinkMu.Lock() // not mu: a slow sink (an fsync) must not stall the fetches
	defer r.sinkMu.Unlock()
	return r.sink(items)
}

// estimateUndated places each undated item of a list page where the site
// lists it: a second after the nearest dated item listed after it (older),
// so that readers sorting by date show it just above that one, and never
// above the dated item listed before it; with no dated item after it, a
// second before the one listed before it. Pure; items keep their order.
func estimateUndated(items []item.Item) {
	for i := range items {
		if items[i].Dated() {
			continue
		}
		var above, below time.Time
		for j := i - 1; j >= 0 && above.IsZero(); j-- {
			above = items[j].Published
		}
		for j := i + 1; j < len(items) && below.IsZero(); j++ {
			below = items[j].Published
		}
		switch {
		case !below.IsZero() && (above.IsZero() || below.Add(time.Second).Before(above)):
			items[i].Estimated = below.Add(time.Second)
		case !below.IsZero():
			items[i].Estimated = below
		case !above.IsZero():
			items[i].Estimated = above.Add(-time.Second)
		}
	}
}

// listChanged reports a list entry that differs from the stored item.
func listChanged(it item.Item, k item.Known) bool {
	if it.Title != "" && !item.Truncated(it.Title) && it.Title != k.Title {
		return true
	}
	if item.Truncated(it.Title) && !item.CutOf(it.Title, k.Title) {
		return true // the list cuts a title that is no longer the stored one: an edit
	}
	return it.Dated() && k.Published.IsZero()
}

type articleJob struct {
	i           int
	conditional bool
	// revalidate: no list entry was read for the item this run (the edit
	// sweep): the article's title stands over the stored one.
	revalidate bool
}

// articles fetches article pages with at most parallelism in flight and
// applies each to its item in place. A failed page leaves the item's list
// data (it is retried on a later run).
func (r *feedRun) articles(ctx context.Context, items []item.Item, jobs []articleJob) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		select {
		case r.fetches <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer r.progress() // after mu is released
			defer func() { <-r.fetches }()
			defer r.guard()
			it, ok := r.article(ctx, items[j.i], j)
			r.mu.Lock()
			defer r.mu.Unlock()
			items[j.i] = it
			r.prog.ArticlesDone++
			if ok {
				r.stats.Articles++
				if it.ContentSource != "" {
					r.stats.ContentSources[it.ContentSource]++
				}
			} else {
				r.stats.ArticleErrors++
			}
		}()
	}
	wg.Wait()
}

// article reads one article page into it. ok is false when the page
// could not be read (not for a 304).
func (r *feedRun) article(ctx context.Context, it item.Item, j articleJob) (item.Item, bool) {
	resp, err := r.get(ctx, it.URL, j.conditional)
	if err != nil {
		if ctx.Err() == nil {
			r.warn("article page %s: %v (kept the list data; retried next run)", it.URL, err)
		}
		return it, false
	}
	if resp.Status == http.StatusNotModified {
		r.checked(it.URL, conditional.Validators{})
		return it, true // the list data goes over the stored item
	}
	a, err := r.ex.ArticleFor(resp.Body, resp.ContentType, mustParse(resp.URL), extract.Hint{Title: it.Title, Published: it.Published})
	if err != nil {
		r.warn("%v", err)
		return it, false
	}
	if why := r.articleErrorPage(it, a, resp.Body); why != "" {
		// Nothing of it is kept, not even its validators: retried next run.
		r.warn("article page %s: %v: %s (kept the list data; retried next run)", it.URL, ErrErrorPage, why)
		return it, false
	}
	for _, w := range a.Warnings {
		r.warn("%s", w)
	}
	r.checked(it.URL, resp.Validators)
	if a.ContentSource == "" {
		a.ContentSource = "none" // read once; nothing to retry
	}
	list := it
	if j.revalidate && a.Title != "" {
		list.Title = "" // the stored title is no fresher list entry: an edited heading wins
	}
	return item.Page(list, a.Item()), true
}

// revalidatePerRun caps the article pages revalidated per run: with the
// default 30-minute schedule the 50 items of a window are each checked
// once a day in a handful of runs, and most runs send none.
const revalidatePerRun = 5

// revalidate re-checks, conditionally, the article pages of the feed's
// window last checked more than revalidate_after ago, a few per run, so an
// edit of an article's body (which its list entry does not show) reaches
// the feed within a day. A 304 costs no body; a changed page updates the
// item (same GUID, updated moves, a revision kept).
func (r *feedRun) revalidate(ctx context.Context) error {
	after := r.s.cfg.RevalidateAfter
	if after <= 0 || r.f.Article.Disabled || r.opt.Backfill {
		return nil
	}
	now := r.s.now()
	if due, ok := r.revalidationDue(); ok && now.Before(due) {
		return nil // nothing due: no store read either (the steady state)
	}
	stale, earliest, err := r.s.mem.Stale(r.f.Name, now.Add(-after), revalidatePerRun+len(r.seen))
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	due := now // more to check: the next run
	if len(stale) <= revalidatePerRun {
		due = now.Add(after) // all checked after this run
		if !earliest.IsZero() {
			due = earliest.Add(after)
		}
	}
	r.setRevalidationDue(due)
	var items []item.Item
	for _, it := range stale {
		if !r.seen[it.URL] && len(items) < revalidatePerRun {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	jobs := make([]articleJob, len(items))
	for i := range jobs {
		jobs[i] = articleJob{i: i, conditional: true, revalidate: true}
	}
	r.mu.Lock()
	r.stats.Revalidated += len(items)
	r.mu.Unlock()
	return r.complete(ctx, items, jobs, false)
}

func sweepKey(feed string) string { return "sweep:" + feed }

func revalidateKey(feed string) string { return "revalidate:" + feed }

// revalidationDue is when the feed's next article revalidation is due, as
// the last one left it.
func (r *feedRun) revalidationDue() (time.Time, bool) {
	return r.timeBlob(revalidateKey(r.f.Name))
}

// timeBlob reads a time kept in a store blob; ok is false when there is
// none or it does not parse (damaged: as if none).
func (r *feedRun) timeBlob(key string) (time.Time, bool) {
	b, ok, err := r.s.mem.Blob(key)
	if err != nil || !ok {
		return time.Time{}, false
	}
	var t time.Time
	return t, t.UnmarshalText(b) == nil
}

func (r *feedRun) setTimeBlob(key string, t time.Time, what string) {
	b, _ := t.UTC().MarshalText()
	if err := r.s.mem.SetBlob(key, b); err != nil {
		r.warn("store %s: %v", what, err)
	}
}

func (r *feedRun) setRevalidationDue(t time.Time) {
	r.setTimeBlob(revalidateKey(r.f.Name), t, "the next revalidation")
}

// sweepDue reports that the feed's list pages were last swept more than
// revalidate_after ago (never: the first run, which reads its pages
// anyway, counts as one).
func (r *feedRun) sweepDue() bool {
	after := r.s.cfg.RevalidateAfter
	if after <= 0 || r.opt.Backfill {
		return false
	}
	last, ok := r.timeBlob(sweepKey(r.f.Name))
	if !ok {
		r.sweepDone() // a first run reads what it needs; sweep a day later
		return false
	}
	return r.s.now().Sub(last) >= after
}

func (r *feedRun) sweepDone() {
	r.setTimeBlob(sweepKey(r.f.Name), r.s.now(), "the sweep time")
}

// checked records that the article page at u was checked now: with its
// new validators, or (zero v, a 304) the stored ones; a page that sends no
// validators is still recorded, so that revalidation spaces its checks.
func (r *feedRun) checked(u string, v conditional.Validators) {
	if v.IsZero() {
		if stored, ok, err := r.s.mem.Validators(u); err == nil && ok {
			v = stored
		}
	}
	v.Checked = r.s.now()
	if err := r.s.mem.SetValidators(u, v); err != nil {
		r.warn("store validators: %v", err)
	}
}

// retryPending fetches, after a 304 list page, the article pages that
// failed on earlier runs.
func (r *feedRun) retryPending(ctx context.Context) error {
	if r.f.Article.Disabled {
		return nil
	}
	items, err := r.s.mem.Pending(r.f.Name, pendingPerRun)
	if err != nil || len(items) == 0 {
		return err
	}
	jobs := make([]articleJob, len(items))
	for i := range jobs {
		jobs[i] = articleJob{i: i}
	}
	return r.complete(ctx, items, jobs, false)
}

func (r *feedRun) warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	r.s.log.Warn(msg, slog.String("feed", r.f.Name))
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Warnings = append(r.stats.Warnings, msg)
}

// countForProgress counts a listed item as new or changed, under mu.
func (r *feedRun) countForProgress(it item.Item, k item.Known) {
	if r.opt.Progress == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case !k.Stored:
		r.prog.New++
	case listChanged(it, k):
		r.prog.Changed++
	}
}

func (r *feedRun) progress() {
	if r.opt.Progress != nil {
		req := r.sess.Counts().Requests
		r.mu.Lock()
		p := r.prog
		p.Feed, p.Pages, p.MaxPages, p.Items, p.Requests = r.f.Name, r.stats.Pages, r.maxPages()*max(1, len(r.f.ListURLs)), r.stats.Found, req
		r.mu.Unlock()
		r.progMu.Lock() // list pages finish on several goroutines
		defer r.progMu.Unlock()
		r.opt.Progress(p)
	}
}

// get fetches a page, conditionally when asked and validators are known.
func (r *feedRun) get(_ context.Context, rawURL string, revalidate bool) (*scraper.Response, error) {
	var v conditional.Validators
	if revalidate {
		if stored, ok, err := r.s.mem.Validators(rawURL); err == nil && ok {
			v = stored
		}
	}
	return r.sess.Get(rawURL, v)
}

func (r *feedRun) saveListValidators() error {
	for _, sv := range r.listValidators {
		if err := r.s.mem.SetValidators(sv.url, sv.v); err != nil {
			return fmt.Errorf("store validators: %w", err)
		}
	}
	return nil
}

func isStatus(err error, codes ...int) bool {
	var se *scraper.StatusError
	if !errors.As(err, &se) {
		return false
	}
	for _, c := range codes {
		if se.Status == c {
			return true
		}
	}
	return false
}

// mustParse parses a URL that came out of canon or config validation.
func mustParse(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		return &url.URL{}
	}
	return u
}
