package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// PageSize is the number of items on a full list page.
const PageSize = 10

// Defaults of Options.
const (
	DefaultPerLanguage      = 2000
	DefaultPressPerLanguage = 50
)

// Languages are the site's languages, in the order pages are generated.
var Languages = []string{"az", "en", "ru"}

// Options size the corpus. Zero counts take the defaults; every seed,
// zero included, gives its own corpus.
type Options struct {
	PerLanguage      int // news articles per language
	PressPerLanguage int // press centre items per language
	Seed             int
}

// Stats count what Generate wrote.
type Stats struct {
	ListPages int   `json:"list_pages"`
	Articles  int   `json:"articles"` // article pages, news and press
	Files     int   `json:"files"`
	Bytes     int64 `json:"bytes"`
}

// metaFile records the seed for AddArticles. Its name starts with a dot,
// so fixturesite never serves it.
const metaFile = ".corpus.json"

type meta struct {
	Seed int `json:"seed"`
}

// robots is the fixtures' robots.txt: nothing sitefeed reads is
// disallowed.
const robots = "User-agent: *\nDisallow: /admin/\nDisallow: /search\n"

// Generate writes the corpus into dir (created if missing), laid out like
// testdata/site: {lang}/news.html, {lang}/news@page=N.html,
// {lang}/news_detail/{id}.html, the same for press, robots.txt and
// index.html. Ids grow with recency and dates fall with the page number.
func Generate(dir string, opts Options) (Stats, error) {
	if opts.PerLanguage <= 0 {
		opts.PerLanguage = DefaultPerLanguage
	}
	if opts.PressPerLanguage <= 0 {
		opts.PressPerLanguage = DefaultPressPerLanguage
	}
	g := &gen{dir: dir, seed: opts.Seed}
	m, err := json.Marshal(meta{Seed: opts.Seed})
	if err != nil {
		return Stats{}, err
	}
	g.write(metaFile, string(m))
	g.write("robots.txt", robots)
	g.write("index.html", indexPage())
	for li, l := range langs {
		g.series(li, l, news, opts.PerLanguage)
		g.series(li, l, press, opts.PressPerLanguage)
	}
	if g.err != nil {
		return g.stats, fmt.Errorf("corpus: %w", g.err)
	}
	return g.stats, nil
}

// gen writes files and remembers the first error.
type gen struct {
	dir   string
	seed  int
	stats Stats
	err   error
}

func (g *gen) write(rel, body string) {
	if g.err != nil {
		return
	}
	name := filepath.Join(g.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		g.err = err
		return
	}
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		g.err = err
		return
	}
	g.stats.Files++
	g.stats.Bytes += int64(len(body))
}

// series writes the n items of one kind in one language: their article
// pages and the list pages, newest first.
func (g *gen) series(li int, l *lang, k *kind, n int) {
	pages := (n + PageSize - 1) / PageSize
	newest := k.firstID + n - 1
	for page := 1; page <= pages && g.err == nil; page++ {
		var items []article
		top := newest - (page-1)*PageSize
		for id := top; id > top-PageSize && id >= k.firstID; id-- {
			a := newArticle(g.seed, l, k, li, id)
			g.write(a.path()[1:]+".html", articlePage(a))
			g.stats.Articles++
			items = append(items, a)
		}
		g.write(listFile(l, k, page), listPage(l, k, page, pages, items))
		g.stats.ListPages++
	}
}

// AddArticles publishes perLanguage new news articles in each language of
// the corpus in dir: their pages are written, with ids and dates after the
// newest ones, and they are listed, newest first, at the top of the first
// list page (which then holds more than PageSize items; nothing shifts to
// later pages).
func AddArticles(dir string, perLanguage int) error {
	raw, err := os.ReadFile(filepath.Join(dir, metaFile))
	if err != nil {
		return fmt.Errorf("corpus: not a generated corpus: %w", err)
	}
	var m meta
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("corpus: %s: %w", metaFile, err)
	}
	g := &gen{dir: dir, seed: m.Seed}
	for li, l := range langs {
		if err := g.prepend(li, l, perLanguage); err != nil {
			return fmt.Errorf("corpus: %s: %w", l.code, err)
		}
	}
	return nil
}

// prepend adds n articles to the first news list page of one language.
func (g *gen) prepend(li int, l *lang, n int) error {
	first := listFile(l, news, 1)
	raw, err := os.ReadFile(filepath.Join(g.dir, filepath.FromSlash(first)))
	if err != nil {
		return err
	}
	page := string(raw)
	at := strings.Index(page, listMarker)
	if at < 0 {
		return errors.New(first + ": no news list")
	}
	newest := maxID(page, "/"+l.code+"/news_detail/")
	var b strings.Builder
	for id := newest + n; id > newest; id-- {
		a := newArticle(g.seed, l, news, li, id)
		g.write(a.path()[1:]+".html", articlePage(a))
		listItem(&b, a)
	}
	at += len(listMarker)
	g.write(first, page[:at]+b.String()+page[at:])
	return g.err
}

// maxID is the largest article id linked as prefix+id on a page.
func maxID(page, prefix string) int {
	re := regexp.MustCompile(`"` + regexp.QuoteMeta(prefix) + `([0-9]+)"`)
	best := 0
	for _, m := range re.FindAllStringSubmatch(page, -1) {
		if id, err := strconv.Atoi(m[1]); err == nil && id > best {
			best = id
		}
	}
	return best
}

// indexPage is a small home page linking every list.
func indexPage() string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"az\">\n<head>\n<meta charset=\"utf-8\">\n<title>Dövlət Miqrasiya Xidməti</title>\n</head>\n<body>\n<ul>\n")
	for _, l := range langs {
		for _, k := range kinds {
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s %s</a></li>\n", listURL(l, k, 1), l.code, k.name)
		}
	}
	b.WriteString("</ul>\n</body>\n</html>\n")
	return b.String()
}
