package feed

import "sitefeed/item"

// Meta describes one feed.
type Meta struct {
	Name        string // slug: file names are Name+".rss", ".atom", ".json"
	Title       string
	Description string
	Language    string // "az", "en", "ru"
	Home        string // the site's list page (the feed's <link>)
	PublicURL   string // base URL where the output dir is served, ends with "/"
	Generator   string // "sitefeed 1.2.3"
	// TimeZone is the IANA zone of the feed's site ("Asia/Baku"): the
	// pages show dates in it; the feeds carry their own offsets. Empty
	// means UTC.
	TimeZone string
}

// SelfURL is the public URL of the feed's file with extension ext
// ("rss", "atom", "json").
func (m Meta) SelfURL(ext string) string {
	return m.PublicURL + m.Name + "." + ext
}

// PageFile is the name of the feed's HTML page, beside its feed files.
func (m Meta) PageFile() string {
	return m.Name + "." + PageExt
}

// FileName is the feed's file name with extension ext, relative to the
// output directory.
func (m Meta) FileName(ext string) string {
	return m.Name + "." + ext
}

// Format is one output format of a feed: the one declaration that the
// run (which files to write) and the server (which names to serve, with
// which type) read.
type Format struct {
	Ext         string // file extension without the dot
	ContentType string // HTTP Content-Type
	// Styled formats carry the feed.xsl processing instruction: browsers
	// get them as application/xml, the type they apply XSL to.
	Styled bool
	Render func(Meta, []item.Entry) ([]byte, error)

	render func(v feedView, dst []byte) ([]byte, error) // appends to dst[:0]
}

// Formats lists the three formats, RSS first. It returns a new slice on each
// call, so callers may not change another caller's list.
func Formats() []Format {
	return []Format{
		{Ext: "rss", ContentType: "application/rss+xml; charset=utf-8", Styled: true, Render: RSS, render: renderRSS},
		{Ext: "atom", ContentType: "application/atom+xml; charset=utf-8", Styled: true, Render: Atom, render: renderAtom},
		{Ext: "json", ContentType: "application/feed+json", Render: JSON, render: renderJSON},
	}
}

// FormatOf returns the format with extension ext.
func FormatOf(ext string) (Format, bool) {
	for _, f := range Formats() {
		if f.Ext == ext {
			return f, true
		}
	}
	return Format{}, false
}

// PageExt is the extension of a feed's HTML page (NAME.html), and
// PageContentType its type.
const (
	PageExt         = "html"
	PageContentType = "text/html; charset=utf-8"
)

// The site-wide files written beside the feeds, and their types.
const (
	IndexFile      = "index.html"
	OPMLFile       = "feeds.opml"
	StylesheetFile = "feed.xsl"
	StyleFile      = "style.css" // the look of index.html and the feed pages
)

// SiteFiles maps each site-wide file to its Content-Type.
func SiteFiles() map[string]string {
	return map[string]string{
		IndexFile:      "text/html; charset=utf-8",
		OPMLFile:       "text/x-opml; charset=utf-8",
		StylesheetFile: "text/xsl; charset=utf-8",
		StyleFile:      "text/css; charset=utf-8",
	}
}
