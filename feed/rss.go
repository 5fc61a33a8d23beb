package feed

import (
	"encoding/xml"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/gorilla/feeds"

	"sitefeed/item"
)

const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	rssDocs   = "https://www.rssboard.org/rss-specification"
)

// rssDoc replaces feeds.RssFeedXml, which declares only the content
// namespace: the atom:link self reference (a W3C validator rule) needs the
// Atom namespace, and dc:creator would need Dublin Core.
type rssDoc struct {
	XMLName   xml.Name `xml:"rss"`
	Version   string   `xml:"version,attr"`
	NSAtom    string   `xml:"xmlns:atom,attr"`
	NSContent string   `xml:"xmlns:content,attr"`
	NSDC      string   `xml:"xmlns:dc,attr"`
	Channel   rssChannel
}

// rssChannel is gorilla's channel plus the atom:link rel="self" it lacks.
type rssChannel struct {
	XMLName xml.Name `xml:"channel"`
	Self    rssAtomLink
	*feeds.RssFeed
}

type rssAtomLink struct {
	XMLName xml.Name `xml:"atom:link"`
	Href    string   `xml:"href,attr"`
	Rel     string   `xml:"rel,attr"`
	Type    string   `xml:"type,attr"`
}

// RSS renders entries, in the given order, as an RSS 2.0 document.
func RSS(m Meta, entries []item.Entry) ([]byte, error) {
	v, err := newFeedView(m, entries)
	if err != nil {
		return nil, fmt.Errorf("rss: %w", err)
	}
	return renderRSS(v, nil)
}

// renderRSS appends the RSS document of v to dst[:0].
func renderRSS(v feedView, dst []byte) ([]byte, error) {
	ch := &feeds.RssFeed{
		Title:       v.Meta.Title,
		Link:        v.Meta.Home,
		Description: v.Meta.Description,
		Language:    v.Meta.Language,
		Generator:   v.Meta.Generator,
		Docs:        rssDocs,
		Items:       make([]*feeds.RssItem, 0, len(v.Entries)),
	}
	if !v.Updated.IsZero() {
		ch.LastBuildDate = v.Updated.Format(time.RFC1123Z)
	}
	for _, e := range v.Entries {
		ch.Items = append(ch.Items, rssItem(e, v.Meta.Language))
	}
	doc := rssDoc{
		Version: "2.0", NSAtom: nsAtom, NSContent: nsContent, NSDC: nsDC,
		Channel: rssChannel{
			Self:    rssAtomLink{Href: v.Meta.SelfURL("rss"), Rel: "self", Type: "application/rss+xml"},
			RssFeed: ch,
		},
	}
	out, err := marshalXML(dst, doc, sizeHint(v, 1, 1))
	if err != nil {
		return nil, fmt.Errorf("rss %s: %w", v.Meta.Name, err)
	}
	return out, nil
}

// rssItem builds the item directly rather than through feeds.Item, whose
// converter drops an enclosure with an unknown length and writes <author>
// as a bare name. We have no author, so neither author nor dc:creator.
// An item's <description> is HTML (readers and the W3C validator parse
// it so): its plain text is HTML-escaped before the XML encoder escapes it
// again, so "<b>" or a text cut after "&" stay text.
func rssItem(e entryView, lang string) *feeds.RssItem {
	it := &feeds.RssItem{
		Title:       e.Title,
		Link:        e.URL,
		Description: html.EscapeString(e.description()),
		Guid:        &feeds.RssGuid{Id: e.URL, IsPermaLink: "true"},
		Enclosure:   rssEnclosure(e),
	}
	if !e.Published.IsZero() {
		it.PubDate = e.Published.Format(time.RFC1123Z)
	}
	content := e.Content
	if e.Image != "" && (it.Enclosure == nil || it.Enclosure.Url != e.Image) && !strings.Contains(content, html.EscapeString(e.Image)) {
		// RSS has one enclosure: where it is a PDF, the lead image would
		// be lost; it leads the content instead.
		content = `<p><img src="` + html.EscapeString(e.Image) + `" alt=""></p>` + content
	}
	if c := content + attachmentList(e.Attachments, lang); c != "" {
		it.Content = &feeds.RssContent{Content: c}
	}
	return it
}

// rssEnclosure picks the item's one enclosure (readers and the validator
// expect at most one): the first PDF, else the first attachment, else the
// lead image. The length is "0" when unknown, as the RSS best practices
// say; the attribute is required.
func rssEnclosure(e entryView) *feeds.RssEnclosure {
	var pick *attachmentView
	for i := range e.Attachments {
		if e.Attachments[i].Type == "application/pdf" {
			pick = &e.Attachments[i]
			break
		}
	}
	if pick == nil && len(e.Attachments) > 0 {
		pick = &e.Attachments[0]
	}
	if pick == nil && e.Image != "" {
		pick = &attachmentView{URL: e.Image, Type: mimeType("", e.Image)}
	}
	if pick == nil {
		return nil
	}
	return &feeds.RssEnclosure{
		Url:    pick.URL,
		Type:   pick.Type,
		Length: strconv.FormatInt(pick.Length, 10),
	}
}

// attachmentList is an HTML list of links to every attachment, appended to
// content:encoded because RSS carries only one enclosure.
func attachmentList(as []attachmentView, lang string) string {
	if len(as) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n<p>" + attachmentsLabel(lang) + ":</p>\n<ul>\n")
	for _, a := range as {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n",
			html.EscapeString(a.URL), html.EscapeString(a.Title))
	}
	b.WriteString("</ul>")
	return b.String()
}

func attachmentsLabel(lang string) string {
	switch lang {
	case "az":
		return "Əlavələr"
	case "ru":
		return "Вложения"
	}
	return "Attachments"
}
