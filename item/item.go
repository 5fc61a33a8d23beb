// Package item defines the Item that flows through every stage of sitefeed:
// extracted by extract/scraper, remembered by store, rendered by feed.
// It owns the data shape only; no stage logic lives here.
package item

import "time"

// Item is one news entry of a feed, normalised.
//
// URL is the canonical URL (https, bare host, no /index.php/, no fragment)
// and doubles as the item's permanent GUID. Published is the site's own date
// and is the zero time when the site gives none: nothing upstream of the
// store ever invents a date.
type Item struct {
	URL         string       `json:"url"`
	Title       string       `json:"title"`
	Summary     string       `json:"summary,omitempty"` // plain text
	Content     string       `json:"content,omitempty"` // sanitised HTML, absolute URLs
	Image       string       `json:"image,omitempty"`   // lead image, absolute URL
	Images      []string     `json:"images,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
	Published   time.Time    `json:"published,omitzero"`
	// Estimated is, for an item the site gives no date, the date of the
	// item it lists right after it (or just before the item above it): an
	// undated item read on a first run, a backfill or a later list page
	// sorts where the site lists it, not above everything as "today".
	// Zero when the item was first seen on top of a list in a steady run
	// (then it is as new as its first sighting) or when it is dated.
	Estimated time.Time `json:"estimated,omitzero"`
	Language  string    `json:"language,omitempty"`

	// Where the data came from, for `check` and the run summary:
	// ListSource is "selector" or "link-pattern"; ContentSource is
	// "selector", "readability" or "" when no article page was read.
	ListSource    string `json:"list_source,omitempty"`
	ContentSource string `json:"content_source,omitempty"`
}

// Attachment is a file linked from an article (a PDF, an image).
// Length is in bytes, 0 when unknown.
type Attachment struct {
	URL    string `json:"url"`
	Title  string `json:"title,omitempty"`
	Type   string `json:"type,omitempty"` // MIME type guessed from the extension
	Length int64  `json:"length,omitempty"`
}

// Dated reports whether the site gave the item a date.
func (it Item) Dated() bool { return !it.Published.IsZero() }

// Entry is an Item as the store remembers it, with its history.
type Entry struct {
	Item
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Updated is the last time the item's title, summary or content
	// changed; equal to FirstSeen until then.
	Updated time.Time `json:"updated"`
	// Hash is a hash of the fields whose change makes an update.
	Hash string `json:"hash"`
	// Revisions are the item's last versions before an edit, newest
	// first (at most MaxRevisions): when it changed, and what it was.
	Revisions []Revision `json:"revisions,omitempty"`
}

// MaxRevisions is how many earlier versions of an item are kept.
const MaxRevisions = 5

// Revision is what an item was until an edit replaced it at Until.
type Revision struct {
	Until     time.Time `json:"until"`
	Title     string    `json:"title"`
	Published time.Time `json:"published,omitzero"`
	// BodyHash is a hash of the content (and summary) it had.
	BodyHash string `json:"body_hash,omitempty"`
	// Changed names what the edit changed: "title", "date", "body".
	Changed []string `json:"changed"`
}

// Date is the date a feed shows: the site's own date; for an undated
// item, its place in the site's list (Estimated) when it was found among
// older items, else the first time sitefeed saw it (kept forever).
func (e Entry) Date() time.Time {
	switch {
	case e.Dated():
		return e.Published
	case !e.Estimated.IsZero() && (e.FirstSeen.IsZero() || e.Estimated.Before(e.FirstSeen)):
		return e.Estimated
	}
	return e.FirstSeen
}

// Known is what the store knows of an item URL, for the crawl's decisions:
// whether it is stored, whether its article page was read once, and the
// title and site date it has.
type Known struct {
	Stored     bool
	HasArticle bool
	Title      string
	Published  time.Time
}
