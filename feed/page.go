package feed

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"

	"sitefeed/item"
)

//go:embed page.html.tmpl
var pageTemplate string

var pageTmpl = template.Must(template.New("page").Parse(pageTemplate))

//go:embed style.css
var style []byte

// Style returns style.css, the look of index.html and of the feed pages,
// which the caller writes beside them (public/style.css). Each call
// returns a fresh copy.
func Style() []byte {
	return bytes.Clone(style)
}

type feedPage struct {
	Title, Description, Home, Generator string
	L                                   labels
	Zone                                string
	CopyURL                             string
	Links                               []indexLink
	Items                               []pageItem
}

type pageItem struct {
	Title, URL, Summary, Image string
	Date                       pageTime
	Files                      []attachmentView
}

// Page renders a feed's HTML page (public/NAME.html): what its feeds hold,
// for people, in the feed's language, with each item's date in the feed's
// time zone, summary, lead image and attachments, the address to copy
// into a reader and links to the formats. It is the page a browser shows
// when XSLT is gone; the same look as the index (style.css), no script, no
// inline style. Rendering is pure: the same Meta and entries give the
// same bytes.
func Page(m Meta, entries []item.Entry) ([]byte, error) {
	v, err := newFeedView(m, entries)
	if err != nil {
		return nil, err
	}
	l := labelsFor(v.Meta.Language)
	loc := location(v.Meta.TimeZone)
	p := feedPage{Title: v.Meta.Title, Description: v.Meta.Description, Home: v.Meta.Home,
		Generator: v.Meta.Generator, L: l, Zone: loc.String(), CopyURL: v.Meta.SelfURL("rss")}
	if p.Description == p.Title {
		p.Description = ""
	}
	for _, ft := range Formats() {
		p.Links = append(p.Links, indexLink{Label: formatLabel(ft.Ext),
			TypeAttr: template.HTMLAttr(`type="` + mediaType(ft.ContentType) + `"`), Href: v.Meta.FileName(ft.Ext)})
	}
	for _, e := range v.Entries {
		it := pageItem{Title: e.Title, URL: e.URL, Image: e.Image, Date: newPageTime(l, e.Published, loc), Files: e.Attachments}
		if it.Summary = e.description(); it.Summary == e.Title {
			it.Summary = ""
		}
		p.Items = append(p.Items, it)
	}
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, p); err != nil {
		return nil, fmt.Errorf("page %s: %w", m.Name, err)
	}
	return buf.Bytes(), nil
}
