package feed

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"time"

	"sitefeed/item"
)

// IndexEntry describes a feed on the index page and in the OPML list.
type IndexEntry struct {
	Meta Meta
	// Site is the title of the feed's site: the index groups feeds by
	// site, then by language.
	Site        string
	Items       int
	LastSuccess time.Time // zero = never
	// LastError is a short reason for the public page ("the site did not
	// answer in time"); the log keeps the details.
	LastError string
	// Missing: the feed's files have never been written. The index and
	// the OPML list show it as not available yet, with no link to them.
	Missing bool
	// Latest are the feed's newest entries, newest first; the index shows
	// the first HeadlinesShown.
	Latest []item.Entry
}

// HeadlinesShown is the number of latest headlines per feed on the index.
const HeadlinesShown = 5

//go:embed index.html.tmpl
var indexTemplate string

var indexTmpl = template.Must(template.New("index").Parse(indexTemplate))

type indexPage struct {
	Title     string
	Intros    []labels // one line per language present
	Languages []langLink
	Sites     []indexSite
	Feeds     []indexFeed // every feed, for autodiscovery
}

type langLink struct {
	Name, Lang, Anchor string
}

type indexSite struct {
	Title  string
	Groups []indexGroup
}

// indexGroup is a site's feeds in one language.
type indexGroup struct {
	ID    string
	L     labels
	Feeds []indexFeed
}

type indexFeed struct {
	Name, Title, Description, Language, Home string
	L                                        labels
	Zone                                     string
	Items                                    int
	Updated                                  pageTime
	Missing                                  bool
	Problem                                  string
	Headlines                                []headline
	Page                                     string // the feed's HTML page, relative
	CopyURL                                  string // the RSS address
	Links                                    []indexLink
}

type headline struct {
	Title, URL string
	Date       pageTime
}

type indexLink struct {
	Label string
	// TypeAttr is the type attribute, built from our own constants and
	// trusted, so the "+" stays literal: html/template would write
	// "application/rss&#43;xml", which naive autodiscovery regexes miss.
	TypeAttr template.HTMLAttr
	Href     string // relative to the index page, which sits beside the feeds
	URL      string // the public address, for copying into a reader
}

// Index renders the index page (public/index.html): the feeds grouped by
// site and language, each with its labels in its own language, its last
// update and latest headlines in its site's time zone, a field holding its
// address to copy into a reader, links to its formats and its HTML page,
// autodiscovery links in <head>, and the OPML list. A feed never written
// shows as not available yet, without links. No JavaScript and no inline
// style (the look is style.css); html/template escapes every value.
func Index(title string, entries []IndexEntry) ([]byte, error) {
	page := indexPage{Title: xmlSafe(title)}
	seenLang := map[string]bool{}
	siteAt := map[string]int{}
	for _, e := range entries {
		f := newIndexFeed(e)
		if !f.Missing {
			page.Feeds = append(page.Feeds, f)
		}
		si, ok := siteAt[e.Site]
		if !ok {
			si = len(page.Sites)
			siteAt[e.Site] = si
			page.Sites = append(page.Sites, indexSite{Title: xmlSafe(e.Site)})
		}
		s := &page.Sites[si]
		gi := -1
		for i, g := range s.Groups {
			if g.L.Lang == f.L.Lang {
				gi = i
			}
		}
		if gi < 0 {
			id := "lang-" + f.L.Lang
			if seenLang[f.L.Lang] {
				id = fmt.Sprintf("lang-%s-%d", f.L.Lang, si+1)
			} else {
				seenLang[f.L.Lang] = true
				page.Intros = append(page.Intros, f.L)
				page.Languages = append(page.Languages, langLink{Name: f.L.Name, Lang: f.L.Lang, Anchor: "#" + id})
			}
			gi = len(s.Groups)
			s.Groups = append(s.Groups, indexGroup{ID: id, L: f.L})
		}
		s.Groups[gi].Feeds = append(s.Groups[gi].Feeds, f)
	}
	if len(page.Intros) == 0 {
		page.Intros = []labels{labelsFor("en")}
	}
	if len(page.Languages) < 2 {
		page.Languages = nil // a switch with one language is noise
	}
	var buf bytes.Buffer
	if err := indexTmpl.Execute(&buf, page); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return buf.Bytes(), nil
}

func newIndexFeed(e IndexEntry) indexFeed {
	m := e.Meta
	l := labelsFor(m.Language)
	loc := location(m.TimeZone)
	f := indexFeed{
		Name:        m.Name,
		Title:       xmlSafe(m.Title),
		Description: xmlSafe(m.Description),
		Language:    m.Language,
		Home:        m.Home,
		L:           l,
		Zone:        loc.String(),
		Items:       e.Items,
		Updated:     newPageTime(l, e.LastSuccess, loc),
		Missing:     e.Missing,
		Problem:     xmlSafe(e.LastError),
	}
	if f.Description == f.Title {
		f.Description = ""
	}
	if f.Missing {
		return f
	}
	f.Page = m.PageFile()
	f.CopyURL = m.SelfURL("rss")
	for _, it := range e.Latest[:min(len(e.Latest), HeadlinesShown)] {
		title := xmlSafe(it.Title)
		if title == "" {
			title = it.URL
		}
		f.Headlines = append(f.Headlines, headline{Title: title, URL: it.URL, Date: newPageTime(l, it.Date(), loc)})
	}
	for _, ft := range Formats() {
		f.Links = append(f.Links, indexLink{
			Label:    formatLabel(ft.Ext),
			TypeAttr: template.HTMLAttr(`type="` + mediaType(ft.ContentType) + `"`),
			Href:     m.FileName(ft.Ext),
			URL:      m.SelfURL(ft.Ext),
		})
	}
	return f
}

func formatLabel(ext string) string {
	switch ext {
	case "rss":
		return "RSS"
	case "atom":
		return "Atom"
	case "json":
		return "JSON Feed"
	}
	return ext
}

// mediaType drops the parameters of a Content-Type: autodiscovery links
// carry the bare type.
func mediaType(contentType string) string {
	for i := 0; i < len(contentType); i++ {
		if contentType[i] == ';' {
			return contentType[:i]
		}
	}
	return contentType
}
