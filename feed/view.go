package feed

import (
	"fmt"
	"time"

	"sitefeed/item"
)

// feedView is a feed ready to serialise: every string XML-safe, every URL
// absolute ASCII, every date resolved. The three formats render from it so
// they agree on titles, dates and attachments.
type feedView struct {
	Meta    Meta
	Updated time.Time // newest entry update; zero when there are no entries
	Entries []entryView
}

type entryView struct {
	URL         string // canonical URL: link, GUID and Atom/JSON id
	Title       string // plain text, never empty
	Summary     string // plain text, may be empty
	Content     string // HTML
	Image       string // lead image URL, may be empty
	Attachments []attachmentView
	Published   time.Time // Entry.Date(): never zero for a stored entry
	Updated     time.Time // max(Entry.Updated, Published)
}

type attachmentView struct {
	URL, Title, Type string
	Length           int64 // 0 when unknown
}

// newFeedView cleans and resolves m and entries, keeping their order.
// A feed or item URL that is not absolute http(s) is an error (a bug
// upstream, which must not become an invalid GUID); an image or attachment
// with such a URL is left out.
func newFeedView(m Meta, entries []item.Entry) (feedView, error) {
	m, err := cleanMeta(m)
	if err != nil {
		return feedView{}, err
	}
	v := feedView{Meta: m, Entries: make([]entryView, 0, len(entries))}
	for i, e := range entries {
		ev, err := newEntryView(e)
		if err != nil {
			return feedView{}, fmt.Errorf("feed %s: entry %d: %w", m.Name, i, err)
		}
		if ev.Updated.After(v.Updated) {
			v.Updated = ev.Updated
		}
		v.Entries = append(v.Entries, ev)
	}
	return v, nil
}

func cleanMeta(m Meta) (Meta, error) {
	c := Meta{
		Name:        xmlSafe(m.Name),
		Title:       xmlSafe(m.Title),
		Description: xmlSafe(m.Description),
		Language:    xmlSafe(m.Language),
		PublicURL:   m.PublicURL,
		Generator:   xmlSafe(m.Generator),
		TimeZone:    m.TimeZone,
	}
	home, err := absoluteURL(m.Home)
	if err != nil {
		return Meta{}, fmt.Errorf("feed %s: home: %w", m.Name, err)
	}
	c.Home = home
	if _, err := absoluteURL(c.SelfURL("rss")); err != nil {
		return Meta{}, fmt.Errorf("feed %s: public url: %w", m.Name, err)
	}
	if c.Description == "" {
		c.Description = c.Title
	}
	return c, nil
}

func newEntryView(e item.Entry) (entryView, error) {
	u, err := absoluteURL(e.URL)
	if err != nil {
		return entryView{}, err
	}
	v := entryView{
		URL:       u,
		Title:     xmlSafe(e.Title),
		Summary:   xmlSafe(e.Summary),
		Content:   xmlSafe(e.Content),
		Published: e.Date().Truncate(time.Second),
		Updated:   e.Updated.Truncate(time.Second),
	}
	if v.Title == "" {
		v.Title = v.URL
	}
	// An item never changed since sitefeed first saw it was last updated
	// when it was published, not when sitefeed happened to find it: a
	// backfill must not make old news look freshly updated.
	if v.Updated.Before(v.Published) || e.Updated.Equal(e.FirstSeen) {
		v.Updated = v.Published
	}
	if img, err := absoluteURL(e.Image); err == nil {
		v.Image = img
	}
	v.Attachments = attachments(e.Attachments)
	return v, nil
}

// description is the entry's plain-text description: its summary, else an
// excerpt of its content, else its title. Only RSS needs the excerpt, so it
// is computed there, not for every format.
func (v entryView) description() string {
	if v.Summary != "" {
		return v.Summary
	}
	if s := xmlSafe(excerpt(v.Content, excerptRunes)); s != "" {
		return s
	}
	return v.Title
}

func attachments(in []item.Attachment) []attachmentView {
	var out []attachmentView
	for _, a := range in {
		u, err := absoluteURL(a.URL)
		if err != nil {
			continue
		}
		title := xmlSafe(a.Title)
		if title == "" {
			title = xmlSafe(fileName(u))
		}
		out = append(out, attachmentView{
			URL:    u,
			Title:  title,
			Type:   mimeType(xmlSafe(a.Type), u),
			Length: max(a.Length, 0),
		})
	}
	return out
}
