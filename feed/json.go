package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/gorilla/feeds"

	"sitefeed/item"
)

const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

// jsonDoc is gorilla's JSONFeed with items always present: the spec
// requires "items", and gorilla marks it omitempty. encoding/json lets the
// outer Items shadow the embedded one.
type jsonDoc struct {
	*feeds.JSONFeed
	Items []jsonItem `json:"items"`
}

// jsonItem is gorilla's JSONItem with spec-conforming attachments: gorilla
// writes the size as "size" (an int32); JSON Feed 1.1 says "size_in_bytes".
type jsonItem struct {
	*feeds.JSONItem
	Attachments []jsonAttachment `json:"attachments,omitempty"`
}

type jsonAttachment struct {
	URL      string `json:"url"`
	MIMEType string `json:"mime_type"`
	Title    string `json:"title,omitempty"`
	Size     int64  `json:"size_in_bytes,omitempty"`
}

// JSON renders entries, in the given order, as a JSON Feed 1.1 document.
func JSON(m Meta, entries []item.Entry) ([]byte, error) {
	v, err := newFeedView(m, entries)
	if err != nil {
		return nil, fmt.Errorf("json: %w", err)
	}
	return renderJSON(v, nil)
}

// renderJSON appends the JSON Feed document of v to dst[:0].
func renderJSON(v feedView, dst []byte) ([]byte, error) {
	doc := jsonDoc{
		JSONFeed: &feeds.JSONFeed{
			Version:     jsonFeedVersion,
			Title:       v.Meta.Title,
			Language:    v.Meta.Language,
			HomePageUrl: v.Meta.Home,
			FeedUrl:     v.Meta.SelfURL("json"),
			Description: v.Meta.Description,
		},
		Items: make([]jsonItem, 0, len(v.Entries)),
	}
	for _, e := range v.Entries {
		doc.Items = append(doc.Items, newJSONItem(e))
	}
	out, err := encodeJSON(dst, doc, sizeHint(v, 1, 1))
	if err != nil {
		return nil, fmt.Errorf("json %s: %w", v.Meta.Name, err)
	}
	return out, nil
}

// encodeJSON encodes doc without HTML escaping ("<" stays "<"), indented
// by two spaces, with a final newline: the bytes of one indented Encode of
// the whole doc (the golden files hold it to that). It writes the feed's
// head with an empty items array, then reopens the array and adds each item
// encoded compactly and indented by json.Indent. Encoding a 1,000-item
// feed in one piece grew the encoder's buffers from nothing to megabytes
// on every call.
func encodeJSON(dst []byte, doc jsonDoc, sizeHint int) ([]byte, error) {
	buf := bytes.NewBuffer(dst[:0])
	buf.Grow(sizeHint)
	items := doc.Items
	doc.Items = []jsonItem{}
	head := json.NewEncoder(buf)
	head.SetEscapeHTML(false)
	head.SetIndent("", "  ")
	if err := head.Encode(doc); err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return buf.Bytes(), nil
	}
	const emptyTail = "[]\n}\n" // items is the last field of jsonDoc
	out := buf.Bytes()
	if !bytes.HasSuffix(out, []byte(emptyTail)) {
		return nil, errors.New("items is not the last field of the feed")
	}
	out = append(out[:len(out)-len(emptyTail)], "["...)
	var one, indented bytes.Buffer
	enc := json.NewEncoder(&one)
	enc.SetEscapeHTML(false)
	for i, it := range items {
		one.Reset()
		if err := enc.Encode(it); err != nil {
			return nil, err
		}
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "\n    "...)
		indented.Reset()
		if err := json.Indent(&indented, bytes.TrimSuffix(one.Bytes(), []byte("\n")), "    ", "  "); err != nil {
			return nil, err
		}
		out = append(out, indented.Bytes()...)
	}
	return append(out, "\n  ]\n}\n"...), nil
}

func newJSONItem(e entryView) jsonItem {
	it := &feeds.JSONItem{
		Id:            e.URL,
		Url:           e.URL,
		Title:         e.Title,
		ContentHTML:   e.Content,
		Summary:       e.Summary,
		Image:         e.Image,
		PublishedDate: timePtr(e.Published),
		ModifiedDate:  timePtr(e.Updated),
	}
	if it.ContentHTML == "" {
		// The spec requires content_html or content_text.
		it.ContentText = e.description()
	}
	out := jsonItem{JSONItem: it}
	for _, a := range e.Attachments {
		out.Attachments = append(out.Attachments, jsonAttachment{
			URL: a.URL, MIMEType: a.Type, Title: a.Title, Size: a.Length,
		})
	}
	return out
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
