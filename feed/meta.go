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
}

// SelfURL is the public URL of the feed's file with extension ext
// ("rss", "atom", "json").
func (m Meta) SelfURL(ext string) string {
	return m.PublicURL + m.Name + "." + ext
}

// FileName is the feed's file name with extension ext, relative to the
// output directory.
func (m Meta) FileName(ext string) string {
	return m.Name + "." + ext
}

// Format is one output format of a feed.
type Format struct {
	Ext         string // file extension without the dot
	ContentType string // HTTP Content-Type
	Render      func(Meta, []item.Entry) ([]byte, error)

	render func(v feedView, dst []byte) ([]byte, error) // appends to dst[:0]
}

// Formats lists the three formats, RSS first. It returns a new slice on each
// call, so callers may not change another caller's list.
func Formats() []Format {
	return []Format{
		{Ext: "rss", ContentType: "application/rss+xml; charset=utf-8", Render: RSS, render: renderRSS},
		{Ext: "atom", ContentType: "application/atom+xml; charset=utf-8", Render: Atom, render: renderAtom},
		{Ext: "json", ContentType: "application/feed+json", Render: JSON, render: renderJSON},
	}
}
