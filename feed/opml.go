package feed

import (
	"encoding/xml"
	"fmt"
)

// opmlDoc is an OPML 2.0 subscription list.
type opmlDoc struct {
	XMLName xml.Name `xml:"opml"`
	Version string   `xml:"version,attr"`
	Title   string   `xml:"head>title"`
	Body    opmlBody `xml:"body"` // present even when empty
}

type opmlBody struct {
	Outline []opmlOutline `xml:"outline"`
}

type opmlOutline struct {
	Type        string `xml:"type,attr,omitempty"`
	Version     string `xml:"version,attr,omitempty"`
	Text        string `xml:"text,attr"`
	Title       string `xml:"title,attr"`
	Description string `xml:"description,attr,omitempty"`
	XMLURL      string `xml:"xmlUrl,attr,omitempty"`
	HTMLURL     string `xml:"htmlUrl,attr"`
	Language    string `xml:"language,attr,omitempty"`
}

// OPML renders the list of feeds (public/feeds.opml) as OPML 2.0: one
// outline type="rss" per feed, pointing at its RSS file. A feed never
// written is a plain outline, "TITLE (not available yet)", with no xmlUrl:
// a reader imports no dead feed.
func OPML(title string, entries []IndexEntry) ([]byte, error) {
	doc := opmlDoc{Version: "2.0", Title: xmlSafe(title)}
	for _, e := range entries {
		m := e.Meta
		if e.Missing {
			text := xmlSafe(m.Title) + " (not available yet)"
			doc.Body.Outline = append(doc.Body.Outline, opmlOutline{Text: text, Title: text,
				HTMLURL: m.Home, Language: xmlSafe(m.Language)})
			continue
		}
		doc.Body.Outline = append(doc.Body.Outline, opmlOutline{
			Type:        "rss",
			Version:     "RSS2",
			Text:        xmlSafe(m.Title),
			Title:       xmlSafe(m.Title),
			Description: xmlSafe(m.Description),
			XMLURL:      m.SelfURL("rss"),
			HTMLURL:     m.Home,
			Language:    xmlSafe(m.Language),
		})
	}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}
