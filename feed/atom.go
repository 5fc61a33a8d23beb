package feed

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gorilla/feeds"

	"sitefeed/item"
)

// atomEpoch is the feed's <updated> when it has no entries: Atom requires
// the element, and a fixed date keeps the output deterministic where "now"
// would change the file on every run.
const atomEpoch = "1970-01-01T00:00:00Z"

// atomDoc is gorilla's AtomFeed (xmlns, id, updated, subtitle, author) plus
// what it cannot express: xml:lang, a typed title, a self link beside the
// alternate one (it has a single link), a generator, and typed entries.
// encoding/xml lets a field of the outer struct shadow the embedded field of
// the same element name, so gorilla's Title, Link and Entries stay unset.
type atomDoc struct {
	XMLName xml.Name `xml:"feed"`
	Title   atomText `xml:"title"`
	*feeds.AtomFeed
	Lang      string           `xml:"xml:lang,attr,omitempty"`
	Links     []feeds.AtomLink `xml:"link"`
	Generator string           `xml:"generator,omitempty"`
	Entries   []atomEntry      `xml:"entry"`
}

// atomEntry is gorilla's AtomEntry with an explicitly typed title, and
// its content escaped in one pass over the bytes (encoding/xml escapes
// rune by rune, which made content the largest cost of a render). The
// outer Content shadows gorilla's.
type atomEntry struct {
	Title atomText `xml:"title"`
	*feeds.AtomEntry
	Content *atomContent
}

type atomContent struct {
	XMLName xml.Name `xml:"content"`
	Type    string   `xml:"type,attr"`
	Body    string   `xml:",innerxml"` // already escaped by escapeText
}

// escapeText escapes s as XML character data: &, < and > (which also
// covers "]]>"), and CR, which XML parsers would otherwise normalise.
func escapeText(s string) string {
	if !strings.ContainsAny(s, "&<>\r") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\r':
			esc = "&#xD;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// Atom renders entries, in the given order, as an Atom 1.0 document.
func Atom(m Meta, entries []item.Entry) ([]byte, error) {
	v, err := newFeedView(m, entries)
	if err != nil {
		return nil, fmt.Errorf("atom: %w", err)
	}
	return renderAtom(v, nil)
}

// renderAtom appends the Atom document of v to dst[:0].
func renderAtom(v feedView, dst []byte) ([]byte, error) {
	self := v.Meta.SelfURL("atom")
	doc := atomDoc{
		Title: atomText{Type: "text", Text: v.Meta.Title},
		AtomFeed: &feeds.AtomFeed{
			Xmlns:    nsAtom,
			Id:       self, // stable: the feed's own address
			Updated:  atomTime(v.Updated),
			Subtitle: v.Meta.Description,
			// Atom requires an author; the site names none, so the feed's
			// title stands for its publisher.
			Author: &feeds.AtomAuthor{AtomPerson: feeds.AtomPerson{Name: v.Meta.Title}},
		},
		Lang: v.Meta.Language,
		Links: []feeds.AtomLink{
			{Href: self, Rel: "self", Type: "application/atom+xml"},
			{Href: v.Meta.Home, Rel: "alternate", Type: "text/html"},
		},
		Generator: v.Meta.Generator,
		Entries:   make([]atomEntry, 0, len(v.Entries)),
	}
	for _, e := range v.Entries {
		doc.Entries = append(doc.Entries, newAtomEntry(e))
	}
	out, err := marshalXML(dst, doc, sizeHint(v, 5, 4))
	if err != nil {
		return nil, fmt.Errorf("atom %s: %w", v.Meta.Name, err)
	}
	return out, nil
}

func newAtomEntry(e entryView) atomEntry {
	x := &feeds.AtomEntry{
		Id:        e.URL,
		Updated:   atomTime(e.Updated),
		Published: atomTime(e.Published),
		Links:     atomLinks(e),
	}
	if e.Summary != "" {
		x.Summary = &feeds.AtomSummary{Type: "text", Content: e.Summary}
	}
	entry := atomEntry{Title: atomText{Type: "text", Text: e.Title}, AtomEntry: x}
	if e.Content != "" {
		entry.Content = &atomContent{Type: "html", Body: escapeText(e.Content)}
	}
	return entry
}

// atomLinks is the alternate link, then an enclosure per attachment, then
// the lead image as an enclosure unless an attachment already is it.
func atomLinks(e entryView) []feeds.AtomLink {
	links := []feeds.AtomLink{{Href: e.URL, Rel: "alternate", Type: "text/html"}}
	imageListed := e.Image == ""
	for _, a := range e.Attachments {
		links = append(links, atomEnclosure(a))
		imageListed = imageListed || a.URL == e.Image
	}
	if !imageListed {
		links = append(links, atomEnclosure(attachmentView{URL: e.Image, Type: mimeType("", e.Image)}))
	}
	return links
}

func atomEnclosure(a attachmentView) feeds.AtomLink {
	l := feeds.AtomLink{Href: a.URL, Rel: "enclosure", Type: a.Type}
	if a.Length > 0 {
		l.Length = strconv.FormatInt(a.Length, 10)
	}
	return l
}

// atomTime formats t as RFC 3339 in its own offset; the zero time, which a
// stored entry never has, becomes the epoch rather than year 1.
func atomTime(t time.Time) string {
	if t.IsZero() {
		return atomEpoch
	}
	return t.Format(time.RFC3339)
}
