package feed

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"time"
)

// IndexEntry describes a feed on the index page and in the OPML list.
type IndexEntry struct {
	Meta        Meta
	Items       int
	LastSuccess time.Time // zero = never
	LastError   string
}

//go:embed index.html.tmpl
var indexTemplate string

type indexPage struct {
	Title string
	Feeds []indexFeed
}

type indexFeed struct {
	Name, Title, Description, Language, Home string
	Items                                    int
	LastSuccess, LastSuccessISO              string // ISO empty when never
	LastError                                string
	Links                                    []indexLink
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

// Index renders the index page (public/index.html): every feed with its
// title, language, item count, last success and last error, links to its
// three formats and to the OPML list, and autodiscovery links in <head>.
// No JavaScript; html/template escapes every value.
func Index(title string, entries []IndexEntry) ([]byte, error) {
	t, err := template.New("index").Parse(indexTemplate)
	if err != nil {
		return nil, fmt.Errorf("index template: %w", err)
	}
	page := indexPage{Title: xmlSafe(title), Feeds: make([]indexFeed, 0, len(entries))}
	for _, e := range entries {
		page.Feeds = append(page.Feeds, newIndexFeed(e))
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, page); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return buf.Bytes(), nil
}

func newIndexFeed(e IndexEntry) indexFeed {
	m := e.Meta
	f := indexFeed{
		Name:        m.Name,
		Title:       xmlSafe(m.Title),
		Description: xmlSafe(m.Description),
		Language:    m.Language,
		Home:        m.Home,
		Items:       e.Items,
		LastSuccess: "never",
		LastError:   xmlSafe(e.LastError),
	}
	if !e.LastSuccess.IsZero() {
		t := e.LastSuccess.UTC().Truncate(time.Second)
		f.LastSuccess = t.Format("2006-01-02 15:04:05 UTC")
		f.LastSuccessISO = t.Format(time.RFC3339)
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
