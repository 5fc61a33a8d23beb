package crawl

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"sitefeed/config"
	"sitefeed/internal/fixturesite"
	"sitefeed/store"
)

// feedNames are the feeds of the default config.
var feedNames = []string{"news-az", "press-az", "news-en", "press-en", "news-ru", "press-ru"}

// clock is a pinned clock the test advances by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// harness is the default config pointed at a fixture server over a
// temporary copy of testdata/site, with a store and an output dir.
type harness struct {
	t     *testing.T
	root  string // the site copy, editable
	site  *fixturesite.Server
	cfg   *config.Config
	st    *store.Store
	clock *clock

	mu         sync.Mutex
	status     map[string]int // request URI -> forced status
	retryAfter string         // Retry-After sent with a forced status
	forced     int            // forced answers sent
	// intercept, if set, answers a request instead of the site (true).
	intercept func(http.ResponseWriter, *http.Request) bool
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	h := &harness{t: t, root: fixturesite.Copy(t, filepath.Join("..", "testdata", "site")), status: map[string]int{},
		clock: &clock{t: time.Date(2026, 2, 10, 6, 0, 0, 0, time.UTC)}}
	h.site = fixturesite.New(h.root)
	srv := httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(srv.Close)
	cfg, err := config.Load(filepath.Join("..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := cfg.SetOrigin(srv.URL); err != nil {
		t.Fatal(err)
	}
	cfg.SetDelay(0, 0)
	cfg.OutputDir, cfg.DB = filepath.Join(dir, "public"), filepath.Join(dir, "sitefeed.db")
	h.cfg = cfg
	h.st, err = store.Open(cfg.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.st.Close() })
	return h
}

// serve answers a forced status for some URIs, else the fixture site.
func (h *harness) serve(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	code := h.status[r.URL.RequestURI()]
	if code != 0 {
		h.forced++
	}
	intercept := h.intercept
	h.mu.Unlock()
	if intercept != nil && intercept(w, r) {
		return
	}
	if code != 0 {
		if ra := h.retryAfter; ra != "" {
			w.Header().Set("Retry-After", ra)
		}
		http.Error(w, http.StatusText(code), code)
		return
	}
	h.site.ServeHTTP(w, r)
}

// setIntercept installs (nil: removes) a handler in front of the site.
func (h *harness) setIntercept(f func(http.ResponseWriter, *http.Request) bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.intercept = f
}

// forcedCount returns the forced answers sent and resets the count.
func (h *harness) forcedCount() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := h.forced
	h.forced = 0
	return n
}

func (h *harness) force(uri string, code int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.status[uri] = code
}

// run runs every feed once, with instant retries.
func (h *harness) run() (Report, error) {
	h.t.Helper()
	return Run(context.Background(), h.options())
}

func (h *harness) options() Options {
	return Options{Config: h.cfg, Store: h.st, Version: "test", Now: h.clock.Now,
		RetryBase: time.Millisecond, Sleep: func(context.Context, time.Duration) error { return nil }}
}

// mustRun runs every feed and fails the test on any error.
func (h *harness) mustRun() Report {
	h.t.Helper()
	rep, err := h.run()
	if err != nil {
		h.t.Fatalf("run: %v", err)
	}
	return rep
}

// writeSite replaces a file of the site copy.
func (h *harness) writeSite(rel, content string) {
	h.t.Helper()
	if err := os.WriteFile(filepath.Join(h.root, filepath.FromSlash(rel)), []byte(content), 0o644); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) readSite(rel string) string {
	h.t.Helper()
	b, err := os.ReadFile(filepath.Join(h.root, filepath.FromSlash(rel)))
	if err != nil {
		h.t.Fatal(err)
	}
	return string(b)
}

// editSite replaces old (which must occur) with new in a site file.
func (h *harness) editSite(rel, old, new string) {
	h.t.Helper()
	s := h.readSite(rel)
	if !strings.Contains(s, old) {
		h.t.Fatalf("%s does not contain %q", rel, old)
	}
	h.writeSite(rel, strings.Replace(s, old, new, 1))
}

func (h *harness) out(name string) string { return filepath.Join(h.cfg.OutputDir, name) }

func (h *harness) read(name string) []byte {
	h.t.Helper()
	b, err := os.ReadFile(h.out(name))
	if err != nil {
		h.t.Fatal(err)
	}
	return b
}

// fileState is a file's bytes and modification time.
type fileState struct {
	data  []byte
	mtime time.Time
}

// snapshot records the feed files of the named feeds.
func (h *harness) snapshot(feeds ...string) map[string]fileState {
	h.t.Helper()
	out := map[string]fileState{}
	for _, f := range feeds {
		for _, ext := range []string{"rss", "atom", "json"} {
			name := f + "." + ext
			info, err := os.Stat(h.out(name))
			if err != nil {
				h.t.Fatal(err)
			}
			out[name] = fileState{data: h.read(name), mtime: info.ModTime()}
		}
	}
	return out
}

// sameFiles fails unless the files still hold the snapshot's bytes and
// mtimes.
func (h *harness) sameFiles(before map[string]fileState) {
	h.t.Helper()
	for name, old := range before {
		info, err := os.Stat(h.out(name))
		if err != nil {
			h.t.Fatal(err)
		}
		if !bytes.Equal(h.read(name), old.data) {
			h.t.Errorf("%s was rewritten with other bytes", name)
		}
		if !info.ModTime().Equal(old.mtime) {
			h.t.Errorf("%s mtime %v, was %v", name, info.ModTime(), old.mtime)
		}
	}
}

// requestsSince returns the fixture server's requests after the first n.
func (h *harness) requestsSince(n int) []fixturesite.Request {
	return h.site.Requests()[n:]
}

// result returns the report's result for a feed.
func result(t *testing.T, rep Report, feed string) FeedResult {
	t.Helper()
	for _, f := range rep.Feeds {
		if f.Feed == feed {
			return f
		}
	}
	t.Fatalf("no result for %s in the report", feed)
	return FeedResult{}
}

// parsedFeed is what the tests read back from an RSS or Atom file.
type parsedFeed struct {
	ids    []string          // RSS guid or Atom id, in document order
	titles map[string]string // by id
	dates  map[string]string // RSS pubDate or Atom published, by id
}

type rssFile struct {
	Items []struct {
		GUID    string `xml:"guid"`
		Title   string `xml:"title"`
		PubDate string `xml:"pubDate"`
	} `xml:"channel>item"`
}

type atomFile struct {
	Entries []struct {
		ID        string `xml:"id"`
		Title     string `xml:"title"`
		Published string `xml:"published"`
	} `xml:"entry"`
}

// parseRSS decodes an RSS file's items with encoding/xml.
func parseRSS(t *testing.T, data []byte) parsedFeed {
	t.Helper()
	var doc rssFile
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("rss: %v", err)
	}
	p := parsedFeed{titles: map[string]string{}, dates: map[string]string{}}
	for _, it := range doc.Items {
		p.ids = append(p.ids, it.GUID)
		p.titles[it.GUID], p.dates[it.GUID] = it.Title, it.PubDate
	}
	return p
}

// parseAtom decodes an Atom file's entries with encoding/xml.
func parseAtom(t *testing.T, data []byte) parsedFeed {
	t.Helper()
	var doc atomFile
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("atom: %v", err)
	}
	p := parsedFeed{titles: map[string]string{}, dates: map[string]string{}}
	for _, e := range doc.Entries {
		p.ids = append(p.ids, e.ID)
		p.titles[e.ID], p.dates[e.ID] = e.Title, e.Published
	}
	return p
}

// strictXML walks every token of data with a strict decoder.
func strictXML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// gofeedParse parses data with gofeed, which detects the format.
func gofeedParse(data []byte) (*gofeed.Feed, error) {
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}
