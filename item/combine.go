package item

import (
	"slices"
	"strings"
	"time"
)

// The rules for which value of an item's field wins, in one table. Two
// combinations exist:
//
//   - Page: what one run read of an item, its list entry (list) and its
//     article page (article, the fields that page gave);
//   - Over: what a run brings (incoming) over what is already known
//     (stored, or an earlier entry for the same URL on the same list).
//
// An incoming item without ContentSource carries list data only (its
// article page was not read this time): it may change the title, the
// summary and the date, never the content or media an article page gave.
//
// Every rule keeps a value rather than erase it with emptiness, a whole
// title over one the list cut short ("...", "…"), and a date with a time
// of day over a date-only value for the same day.
var fieldRules = []struct {
	field string
	page  func(out *Item, list, article Item)
	over  func(out *Item, incoming, stored Item)
}{
	{"title",
		func(out *Item, list, article Item) { out.Title = wholeTitle(list.Title, article.Title, false) },
		func(out *Item, in, st Item) { out.Title = wholeTitle(in.Title, st.Title, true) }},
	{"summary",
		func(out *Item, list, article Item) { out.Summary = first(list.Summary, article.Summary) },
		func(out *Item, in, st Item) { out.Summary = first(in.Summary, st.Summary) }},
	{"published",
		func(out *Item, list, article Item) { out.Published = pageDate(list.Published, article.Published) },
		func(out *Item, in, st Item) { out.Published = newerDate(in.Published, st.Published) }},
	{"estimated",
		func(out *Item, list, article Item) { out.Estimated = list.Estimated },
		// the first estimate stays: a later run sees the item among newer ones
		func(out *Item, in, st Item) { out.Estimated = firstTime(st.Estimated, in.Estimated) }},
	{"content",
		func(out *Item, list, article Item) {
			out.Content, out.ContentSource = list.Content, list.ContentSource
			if article.Content != "" {
				out.Content, out.ContentSource = article.Content, article.ContentSource
			}
			out.ContentSource = first(out.ContentSource, article.ContentSource)
		},
		func(out *Item, in, st Item) {
			out.Content, out.ContentSource = in.Content, in.ContentSource
			if in.Content == "" && st.Content != "" {
				out.Content, out.ContentSource = st.Content, st.ContentSource
			}
			out.ContentSource = first(out.ContentSource, st.ContentSource)
		}},
	{"image",
		func(out *Item, list, article Item) { out.Image = first(article.Image, list.Image) },
		func(out *Item, in, st Item) { out.Image = articleFirst(in, in.Image, st.Image) }},
	{"images",
		func(out *Item, list, article Item) { out.Images = firstSlice(article.Images, list.Images) },
		func(out *Item, in, st Item) {
			out.Images = firstSlice(in.Images, st.Images)
			if !fromArticle(in) && len(st.Images) > 0 {
				out.Images = st.Images
			}
		}},
	{"attachments",
		func(out *Item, list, article Item) {
			out.Attachments = firstSlice(article.Attachments, list.Attachments)
		},
		func(out *Item, in, st Item) {
			out.Attachments = firstSlice(in.Attachments, st.Attachments)
			if !fromArticle(in) && len(st.Attachments) > 0 {
				out.Attachments = st.Attachments
			}
		}},
	{"language",
		func(out *Item, list, article Item) { out.Language = first(list.Language, article.Language) },
		func(out *Item, in, st Item) { out.Language = first(in.Language, st.Language) }},
	{"list_source",
		func(out *Item, list, article Item) { out.ListSource = first(list.ListSource, article.ListSource) },
		func(out *Item, in, st Item) { out.ListSource = first(in.ListSource, st.ListSource) }},
}

// Page combines an item's list entry with what its article page gave.
// The article's content and media win; its title only where the list's is
// missing or cut short, its date only where the list has none or gives the
// same day with less precision: a guessed article selector that hits a
// sidebar must not overwrite good list data.
func Page(list, article Item) Item {
	out := Item{URL: list.URL}
	for _, r := range fieldRules {
		r.page(&out, list, article)
	}
	return out
}

// Over combines what a run brings with what is known of the same item.
// The URL is stored's when it has one: an item's identity never changes.
func Over(incoming, stored Item) Item {
	out := Item{URL: first(stored.URL, incoming.URL)}
	for _, r := range fieldRules {
		r.over(&out, incoming, stored)
	}
	return out
}

// Truncated reports a title cut short by a list page ("...", "…").
func Truncated(title string) bool {
	return strings.HasSuffix(title, "…") || strings.HasSuffix(title, "...")
}

// wholeTitle picks between a preferred title a and an alternative b: b
// when a is empty, or when a is cut short and b is its whole form. With
// bIsKnown, a cut title never replaces a known one even when b is not its
// whole form (the list shortened the title differently: keep what we
// have).
func wholeTitle(a, b string, bIsKnown bool) string {
	switch {
	case a == "":
		return b
	case !Truncated(a) || b == "":
		return a
	case strings.HasPrefix(b, trimEllipsis(a)) || bIsKnown:
		return b
	}
	return a
}

// CutOf reports that cut, a title a list cut short ("..." or "…"), is the
// start of whole (the cut may fall inside a word).
func CutOf(cut, whole string) bool {
	p := trimEllipsis(cut)
	if strings.HasPrefix(whole, p) {
		return true
	}
	if i := strings.LastIndex(p, " "); i > 0 {
		return strings.HasPrefix(whole, p[:i])
	}
	return false
}

func trimEllipsis(s string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "…"), "..."))
}

// pageDate: the article's date wins where the list has none, or gives the
// same day without a time of day the article has, or the same precision.
func pageDate(list, article time.Time) time.Time {
	switch {
	case article.IsZero():
		return list
	case list.IsZero():
		return article
	case sameDay(list, article) && !(dateOnly(article) && !dateOnly(list)):
		return article
	}
	return list
}

// newerDate: a new date wins unless it is empty, or only repeats the day
// of a known date that has a time of day.
func newerDate(in, st time.Time) time.Time {
	switch {
	case in.IsZero():
		return st
	case !st.IsZero() && sameDay(in, st) && dateOnly(in) && !dateOnly(st):
		return st
	}
	return in
}

// dateOnly reports a date without a time of day (midnight where it was
// parsed, the site's zone).
func dateOnly(t time.Time) bool {
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0
}

func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// fromArticle reports an item that carries what its article page gave.
func fromArticle(it Item) bool { return it.ContentSource != "" }

// articleFirst: an incoming value wins only when it came from an article
// page, or nothing is known yet (a list thumbnail never replaces the
// article's lead image).
func articleFirst(in Item, inVal, stVal string) string {
	if inVal != "" && (fromArticle(in) || stVal == "") {
		return inVal
	}
	return stVal
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func firstSlice[T any](a, b []T) []T {
	if len(a) > 0 {
		return slices.Clip(a)
	}
	return b
}

// Fill combines two entries of one list page for the same URL: the first
// one's values win, the second fills what the first lacks (an image link
// and a title link to the same article).
func Fill(a, b Item) Item {
	a.Title = first(a.Title, b.Title)
	a.Summary = first(a.Summary, b.Summary)
	a.Content = first(a.Content, b.Content)
	a.Image = first(a.Image, b.Image)
	a.Language = first(a.Language, b.Language)
	a.ListSource = first(a.ListSource, b.ListSource)
	a.ContentSource = first(a.ContentSource, b.ContentSource)
	if a.Published.IsZero() {
		a.Published = b.Published
	}
	a.Images = firstSlice(a.Images, b.Images)
	a.Attachments = firstSlice(a.Attachments, b.Attachments)
	return a
}

func firstTime(a, b time.Time) time.Time {
	if !a.IsZero() {
		return a
	}
	return b
}
