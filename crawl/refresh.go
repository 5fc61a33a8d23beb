package crawl

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"sitefeed/config"
	"sitefeed/feed"
	"sitefeed/item"
	"sitefeed/store"
)

// ErrFeedsFailed is returned when at least one feed failed; its last good
// files were kept.
var ErrFeedsFailed = errors.New("feeds failed, their last good files were kept")

// Observer receives run metrics (package metrics implements it).
type Observer interface {
	ObserveRun(feed, result string, d time.Duration, newItems, updatedItems int)
	ObserveRequest(feed string, status int)
	SetLastSuccess(feed string, t time.Time)
}

// Options configure one run.
type Options struct {
	Config    *config.Config
	Store     *store.Store // nil only with DryRun
	Version   string
	Transport http.RoundTripper
	Logger    *slog.Logger
	Now       func() time.Time
	Observer  Observer
	// Feeds limits the run to these feed names (nil: all).
	Feeds    []string
	Backfill bool
	MaxPages int
	Refresh  bool
	// DryRun writes nothing: items go to Out as JSON lines.
	DryRun   bool
	Out      io.Writer
	Progress func(Progress)
	// Sleep and RetryBase shorten retries in tests.
	Sleep     func(context.Context, time.Duration) error
	RetryBase time.Duration

	renderer *feed.Renderer // one per run: the feeds share its buffers
	// writeFiles replaces feed.WriteFiles (tests inject a full disk).
	writeFiles func([]feed.File) ([]string, error)
}

// FeedResult is what happened to one feed.
type FeedResult struct {
	Feed    string           `json:"feed"`
	Stats   Stats            `json:"stats"`
	Merge   store.MergeStats `json:"merge"`
	Items   int              `json:"items"`   // items the store holds for the feed
	Written []string         `json:"written"` // files rewritten
	Err     error            `json:"-"`
	// Kept: the feed failed and its previous files are still served
	// (false when it failed and has never been written).
	Kept bool `json:"kept,omitempty"`
	// Deferred: the site's host asked (Retry-After) not to be asked
	// before then; the feed was skipped or stopped, which is no failure.
	Deferred     time.Time `json:"deferred,omitzero"`
	DeferredHost string    `json:"deferred_host,omitempty"`
}

// FailureNote is how a failed feed's outcome is told: "previous feed
// kept" only when there is one.
func (r FeedResult) FailureNote() string {
	if r.Kept {
		return "previous feed kept"
	}
	return "no feed written yet"
}

// Report is the outcome of a run.
type Report struct {
	Feeds    []FeedResult
	Duration time.Duration
}

// Failed lists the feeds that failed.
func (r Report) Failed() []FeedResult {
	var out []FeedResult
	for _, f := range r.Feeds {
		if f.Err != nil {
			out = append(out, f)
		}
	}
	return out
}

// Run scrapes the selected feeds one after the other, merges their items
// and writes the files of those that succeeded. A failed feed keeps its
// files and status records the error; the others are still written. The
// error wraps ErrFeedsFailed when any feed failed.
func Run(ctx context.Context, o Options) (Report, error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	start := o.Now()
	feeds, err := selectFeeds(o.Config, o.Feeds)
	if err != nil {
		return Report{}, err
	}
	if !o.DryRun {
		if err := os.MkdirAll(o.Config.OutputDir, 0o755); err != nil {
			return Report{}, fmt.Errorf("output dir: %w", err)
		}
	}
	if o.Out != nil {
		o.Out = &lockedWriter{w: o.Out} // sites print from their own goroutines
	}
	if o.Progress != nil {
		var mu sync.Mutex // sites report from their own goroutines
		progress := o.Progress
		o.Progress = func(p Progress) {
			mu.Lock()
			defer mu.Unlock()
			progress(p)
		}
	}
	// Sites crawl in parallel, each through its own fetcher (its hosts keep
	// their own politeness); the feeds of a site run one after the other.
	results := make([][]FeedResult, len(o.Config.Sites))
	errs := make([]error, len(o.Config.Sites))
	var wg sync.WaitGroup
	for i, site := range o.Config.Sites {
		var siteFeeds []*config.Feed
		for _, f := range feeds {
			if f.SiteName == site.Name {
				siteFeeds = append(siteFeeds, f)
			}
		}
		if len(siteFeeds) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { // a panic is a failed run of the site's feeds left, not the process's end
				if r := recover(); r != nil {
					err := fmt.Errorf("site %s: panic: %v", site.Name, r)
					o.Logger.Error("site panic", slog.String("site", site.Name), slog.String("panic", fmt.Sprint(r)),
						slog.String("stack", string(debug.Stack())))
					results[i] = append(results[i], panicked(o, siteFeeds, results[i], err)...)
				}
			}()
			errs[i] = runSite(ctx, o, o.Config.ForSite(site.Name), siteFeeds, &results[i])
		}()
	}
	wg.Wait()
	var rep Report
	for i := range results {
		if errs[i] != nil {
			return rep, errs[i]
		}
		rep.Feeds = append(rep.Feeds, results[i]...)
	}
	if !o.DryRun {
		if err := writeIndex(o); err != nil {
			return rep, err
		}
	}
	rep.Duration = o.Now().Sub(start)
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if failed := rep.Failed(); len(failed) > 0 {
		var names []string
		for _, f := range failed {
			names = append(names, f.Feed)
		}
		return rep, fmt.Errorf("%d of %d %w: %s", len(failed), len(rep.Feeds), ErrFeedsFailed, strings.Join(names, ", "))
	}
	return rep, nil
}

// panicked records a failed run, with err, of each feed that has no
// result in done.
func panicked(o Options, feeds []*config.Feed, done []FeedResult, err error) []FeedResult {
	var out []FeedResult
	for _, f := range feeds {
		if slices.ContainsFunc(done, func(r FeedResult) bool { return r.Feed == f.Name }) {
			continue
		}
		out = append(out, FeedResult{Feed: f.Name, Err: err})
		if o.DryRun {
			continue
		}
		if rerr := o.Store.RecordFailure(f.Name, o.Now(), err); rerr != nil {
			o.Logger.Error("record failure", slog.String("feed", f.Name), slog.String("error", rerr.Error()))
		}
		if o.Observer != nil {
			o.Observer.ObserveRun(f.Name, "error", 0, 0, 0)
		}
	}
	return out
}

// runSite runs one site's feeds with the site's own configuration view,
// fetcher, store adapter and renderer, appending each feed's result to out
// as soon as it has one.
func runSite(ctx context.Context, o Options, siteCfg *config.Config, feeds []*config.Feed, out *[]FeedResult) error {
	so := siteOptions{Config: siteCfg, Version: o.Version, Transport: o.Transport, Logger: o.Logger,
		Now: o.Now, Sleep: o.Sleep, RetryBase: o.RetryBase}
	if o.Observer != nil {
		so.Observe = o.Observer.ObserveRequest
	}
	var mem *memory
	if !o.DryRun {
		mem = newMemory(o.Store, maxItems(siteCfg))
		so.Memory = mem
	}
	o.renderer = &feed.Renderer{}
	if !o.DryRun {
		if host, until := deferredSite(o, siteCfg); !until.IsZero() {
			*out = deferFeeds(o, siteCfg.Sites[0].Name, feeds, host, until) // no request at all
			return nil
		}
	}
	scr, err := newSiteCrawler(ctx, so)
	if err != nil {
		return fmt.Errorf("site %s: %w", siteCfg.Sites[0].Name, err)
	}
	defer scr.Close()
	for i, f := range feeds {
		if ctx.Err() != nil {
			break
		}
		*out = append(*out, guardedFeed(ctx, o, scr, mem, f))
		if o.DryRun {
			continue
		}
		if host, until := saveDeferrals(o, scr); !until.IsZero() {
			*out = append(*out, deferFeeds(o, siteCfg.Sites[0].Name, feeds[i+1:], host, until)...)
			return nil
		}
	}
	if mem != nil {
		scr.saveTemplate()
	}
	return nil
}

// guardedFeed is runFeed with a panic turned into the feed's failed run,
// so the site's other feeds still run.
func guardedFeed(ctx context.Context, o Options, scr *siteCrawler, mem *memory, f *config.Feed) (res FeedResult) {
	defer func() {
		if r := recover(); r != nil {
			o.Logger.Error("feed panic", slog.String("feed", f.Name), slog.String("panic", fmt.Sprint(r)),
				slog.String("stack", string(debug.Stack())))
			if mem != nil {
				mem.discard()
				// Items merged before the panic reach the files next run.
				if err := o.markUnrendered(f.Name); err != nil {
					o.Logger.Error("mark feed for rendering", slog.String("feed", f.Name), slog.String("error", err.Error()))
				}
			}
			res = panicked(o, []*config.Feed{f}, nil, fmt.Errorf("feed %s: panic: %v", f.Name, r))[0]
		}
	}()
	return runFeed(ctx, o, scr, mem, f)
}

func runFeed(ctx context.Context, o Options, scr *siteCrawler, mem *memory, f *config.Feed) FeedResult {
	res := FeedResult{Feed: f.Name}
	if o.Progress != nil {
		defer o.Progress(Progress{Feed: f.Name, Done: true})
	}
	ctx, cancel := context.WithTimeout(ctx, o.Config.RunTimeout)
	defer cancel()
	fo := FeedOptions{Backfill: o.Backfill, MaxPages: o.MaxPages, Refresh: o.Refresh, Progress: o.Progress}
	var status store.Status
	if !o.DryRun {
		var err error
		if status, err = o.Store.Status(f.Name); err != nil {
			res.Err = err
			return res
		}
		fo.MinItems = int(math.Ceil(float64(status.LastGoodItems) * o.Config.MinItemsRatio))
		fo.FirstRun = status.LastSuccess.IsZero()
	}
	var mg *merger
	if !o.DryRun {
		mg = newMerger(mem, f.Name, o.Now)
	}
	sink := func(items []item.Item) error {
		if o.DryRun {
			return printItems(o.Out, f.Name, items)
		}
		return mg.add(items)
	}
	res.Stats, res.Err = scr.Feed(ctx, f, fo, sink)
	if o.DryRun {
		return res
	}
	// What was read is kept even when the run failed later.
	var err error
	if res.Merge, err = mg.close(); err != nil && res.Err == nil {
		res.Err = err
	}
	if res.Err != nil {
		mem.discard()
	} else if err := mem.flush(); err != nil {
		res.Err = err
	}
	if de := deferredError(res.Err); de != nil {
		if res.Merge.New+res.Merge.Updated > 0 {
			if err := o.markUnrendered(f.Name); err != nil {
				o.Logger.Error("mark feed for rendering", slog.String("feed", f.Name), slog.String("error", err.Error()))
			}
		}
		r := deferFeeds(o, f.SiteName, []*config.Feed{f}, de.Host, de.Until)[0]
		res.Err, res.Deferred, res.DeferredHost = nil, r.Deferred, r.DeferredHost
		return res
	}
	finishFeed(o, f, status, &res)
	return res
}

// finishFeed records the outcome and, on success, writes the feed files.
func finishFeed(o Options, f *config.Feed, status store.Status, res *FeedResult) {
	now := o.Now()
	log := o.Logger.With(slog.String("feed", f.Name))
	result := "ok"
	if res.Err != nil {
		result = "kept"
		if err := o.Store.RecordFailure(f.Name, now, res.Err); err != nil {
			log.Error("record failure", slog.String("error", err.Error()))
		}
		if res.Merge.New+res.Merge.Updated > 0 {
			// Items stored by this failed run reach the files on the next
			// success, even if nothing changes then.
			if err := o.markUnrendered(f.Name); err != nil {
				log.Error("mark feed for rendering", slog.String("error", err.Error()))
			}
		}
		res.Kept = Available(o.Config, f.Name)
		log.Error("feed failed; "+res.FailureNote(), slog.String("error", res.Err.Error()))
	} else {
		good := res.Stats.FirstPageItems
		if res.Stats.Unchanged {
			good = status.LastGoodItems
		}
		// Success is recorded only once the files are written: a full disk
		// must show in /healthz, not hide behind a fresh last_success.
		if res.Err = writeFeed(o, f, res); res.Err != nil {
			result = "error"
			if err := o.Store.RecordFailure(f.Name, now, res.Err); err != nil {
				log.Error("record failure", slog.String("error", err.Error()))
			}
			res.Kept = Available(o.Config, f.Name)
			log.Error("writing the feed failed", slog.String("error", res.Err.Error()))
		} else if err := o.Store.RecordSuccess(f.Name, now, good); err != nil {
			res.Err, result = err, "error"
		}
	}
	if n, err := o.Store.Count(f.Name); err == nil {
		res.Items = n
	}
	if o.Observer != nil {
		o.Observer.ObserveRun(f.Name, result, res.Stats.Duration, res.Merge.New, res.Merge.Updated)
		if result == "ok" {
			o.Observer.SetLastSuccess(f.Name, now)
		}
	}
	st := res.Stats
	log.Info("feed run", slog.String("result", result), slog.Int("found", st.Found), slog.Int("new", res.Merge.New),
		slog.Int("updated", res.Merge.Updated), slog.Int("unchanged", res.Merge.Unchanged), slog.Int("pages", st.Pages),
		slog.Int("articles", st.Articles), slog.Int("requests", st.Requests), slog.Int("not_modified", st.NotModified),
		slog.Int("retries", st.Retries), slog.Int64("bytes", st.Bytes), slog.String("list_source", st.ListSource),
		slog.Int("files_written", len(res.Written)), slog.Duration("duration", st.Duration))
}

// Meta is the feed package's description of a configured feed.
func Meta(c *config.Config, f *config.Feed, version string) feed.Meta {
	return feed.Meta{Name: f.Name, Title: f.Title, Description: f.Description, Language: f.Language,
		Home: f.Home, PublicURL: c.PublicURL, Generator: "sitefeed " + version, TimeZone: f.TimeZone}
}

// writeFeed renders the feed's newest items in every format and writes
// them as one set (see feed.WriteFiles), unless the files on disk already
// hold what this render would give. What is on disk afterwards is
// recorded, a failed write included, so the next run repairs it.
func writeFeed(o Options, f *config.Feed, res *FeedResult) error {
	meta := Meta(o.Config, f, o.Version)
	key := renderKey(meta, f.MaxItems)
	rec := loadRendering(o.Store, f.Name)
	names := append(feedFiles(meta), meta.PageFile())
	if res.Merge.New+res.Merge.Updated == 0 && rec.upToDate(o.Config.OutputDir, key, names) {
		return nil // same items, same description, same bytes on disk
	}
	entries, err := o.Store.Entries(f.Name, f.MaxItems)
	if err != nil {
		return err
	}
	outs, err := o.renderer.Render(meta, entries)
	if err != nil {
		return fmt.Errorf("render %s: %w", f.Name, err)
	}
	page, err := feed.Page(meta, entries)
	if err != nil {
		return fmt.Errorf("render %s: %w", f.Name, err)
	}
	// The page last: a feed file's presence says the feed is available,
	// and the index links its page then.
	files := make([]feed.File, 0, len(outs)+1)
	for _, out := range outs {
		files = append(files, feed.File{Path: filepath.Join(o.Config.OutputDir, meta.FileName(out.Format.Ext)), Data: out.Data})
	}
	files = append(files, feed.File{Path: filepath.Join(o.Config.OutputDir, meta.PageFile()), Data: page})
	write := o.writeFiles
	if write == nil {
		write = feed.WriteFiles
	}
	written, werr := write(files)
	res.Written = written
	rec.Key = key
	var notWritten []string
	for _, fl := range files {
		if werr != nil && !slices.Contains(written, fl.Path) {
			if data, err := os.ReadFile(fl.Path); err != nil || !bytes.Equal(data, fl.Data) {
				notWritten = append(notWritten, fl.Path)
				rec.Key = "" // render again next run
				continue     // its previous record still describes it
			}
		}
		rec.Files[filepath.Base(fl.Path)] = renderedFile{SHA256: hash(fl.Data), Items: len(entries)}
	}
	if err := o.saveRendering(f.Name, rec); err != nil && werr == nil {
		return err
	}
	if werr != nil {
		return &WriteError{Written: written, NotWritten: notWritten, Err: werr}
	}
	return nil
}

// renderKey identifies what a feed's files were rendered from, besides its
// items: a reloaded title or a new version re-renders them.
func renderKey(m feed.Meta, maxItems int) string {
	return fmt.Sprintf("%q %d", m, maxItems)
}

// feedFiles are the names of the feed's files, one per format.
func feedFiles(m feed.Meta) []string {
	var out []string
	for _, format := range feed.Formats() {
		out = append(out, m.FileName(format.Ext))
	}
	return out
}

// Available reports that the feed's files exist in the output directory:
// a feed never written is shown as not available yet, with no link.
func Available(c *config.Config, name string) bool {
	_, err := os.Stat(filepath.Join(c.OutputDir, feed.Meta{Name: name}.FileName("rss")))
	return err == nil
}

// WriteIndex writes index.html, feeds.opml and feed.xsl for every
// configured feed (the daemon writes them at start, so its index page
// answers before the first run ends).
func WriteIndex(c *config.Config, st *store.Store, version string) error {
	return writeIndex(Options{Config: c, Store: st, Version: version})
}

// writeIndex writes index.html, feeds.opml and feed.xsl for every
// configured feed.
func writeIndex(o Options) error {
	if err := os.MkdirAll(o.Config.OutputDir, 0o755); err != nil {
		return fmt.Errorf("output dir: %w", err)
	}
	entries, err := IndexEntries(o.Config, o.Store, o.Version)
	if err != nil {
		return err
	}
	title := "sitefeed: " + o.Config.Sites[0].Hosts[0]
	if len(o.Config.Sites) > 1 {
		title = fmt.Sprintf("sitefeed: %d sites", len(o.Config.Sites))
	}
	index, err := feed.Index(title, entries)
	if err != nil {
		return err
	}
	opml, err := feed.OPML(title, entries)
	if err != nil {
		return err
	}
	for name, data := range map[string][]byte{feed.IndexFile: index, feed.OPMLFile: opml,
		feed.StylesheetFile: feed.Stylesheet(), feed.StyleFile: feed.Style()} {
		if _, err := feed.WriteFile(filepath.Join(o.Config.OutputDir, name), data); err != nil {
			return err
		}
	}
	return nil
}

// IndexEntries describes every configured feed for the index and OPML:
// its site, whether its files exist, its status (the last error as a
// short public reason) and its latest headlines.
func IndexEntries(c *config.Config, st *store.Store, version string) ([]feed.IndexEntry, error) {
	var out []feed.IndexEntry
	for i := range c.Feeds {
		f := &c.Feeds[i]
		e := feed.IndexEntry{Meta: Meta(c, f, version), Site: f.SiteName, Missing: !Available(c, f.Name)}
		if s := c.Site(f.SiteName); s != nil && s.Title != "" {
			e.Site = s.Title
		}
		if st != nil {
			status, err := st.Status(f.Name)
			if err != nil {
				return nil, err
			}
			// What the files hold, not what the store holds: a failed
			// write leaves the files behind the store until the next run.
			r := loadRendering(st, f.Name)
			e.Items, e.LastSuccess, e.LastError = r.items(), status.LastSuccess, status.LastError
			if r.legacy { // until this version's first run writes the record
				n, err := st.Count(f.Name)
				if err != nil {
					return nil, err
				}
				e.Items = min(n, f.MaxItems)
			}
			e.LastError = PublicReason(status.LastError)
			if !e.Missing {
				if e.Latest, err = st.Entries(f.Name, min(feed.HeadlinesShown, f.MaxItems)); err != nil {
					return nil, err
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}

func selectFeeds(c *config.Config, names []string) ([]*config.Feed, error) {
	var out []*config.Feed
	for i := range c.Feeds {
		if len(names) == 0 || slices.Contains(names, c.Feeds[i].Name) {
			out = append(out, &c.Feeds[i])
		}
	}
	for _, n := range names {
		if !slices.ContainsFunc(out, func(f *config.Feed) bool { return f.Name == n }) {
			return nil, fmt.Errorf("no feed named %q in the configuration", n)
		}
	}
	return out, nil
}

func maxItems(c *config.Config) map[string]int {
	m := map[string]int{}
	for _, f := range c.Feeds {
		m[f.Name] = f.MaxItems
	}
	return m
}

// printItems writes items as JSON lines, each naming its feed first.
func printItems(w io.Writer, feed string, items []item.Item) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		line := struct {
			Feed string `json:"feed"`
			item.Item
		}{feed, it}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}

// lockedWriter serialises writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
