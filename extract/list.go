package extract

import (
	"fmt"
	"net/url"

	"github.com/PuerkitoBio/goquery"

	"sitefeed/canon"
	"sitefeed/item"
	"sitefeed/plain"
)

// ListPage is what a list page yields.
type ListPage struct {
	Items []item.Item
	// Next is the next list page found by pagination.next, "" if none.
	Next string
	// Source says which method produced Items: SourceSelector,
	// SourceLinkPattern, or "" when neither found any.
	Source string
	// LastPage is the highest page number the pagination shows (see
	// LastPageNumber), 0 if none.
	LastPage int
	Fields   []FieldReport
	Warnings []string
}

// List extracts the items of a list page. pageURL is the page's real
// (canonical-host) URL, even when it was fetched from another origin.
// Selectors come first; when they yield no item the feed's link_pattern
// takes over. Items are in page order, one per canonical URL.
func (e *Extractor) List(body []byte, contentType string, pageURL *url.URL) (ListPage, error) {
	return e.ListAt(body, contentType, pageURL, e.feed.Pagination.FirstPage)
}

// ListAt is List for the list page numbered num (pagination.first_page for
// the list URL itself), which helps find the link to page num+1.
func (e *Extractor) ListAt(body []byte, contentType string, pageURL *url.URL, num int) (ListPage, error) {
	doc, base, err := e.parse(body, contentType, pageURL)
	if err != nil {
		return ListPage{}, fmt.Errorf("list page %s: %w", pageURL, err)
	}
	e.noteListImage(doc, base)
	pt := e.tmpl.observe(pageURL.String(), doc.Nodes[0])
	var page ListPage
	if !e.items.empty() {
		page.Items, page.Fields = e.selectorItems(doc, base)
		if len(page.Items) > 0 {
			page.Source = SourceSelector
		}
	}
	switch {
	case e.feed.LinkRe == nil:
	case page.Source == "":
		if linked := e.linkItems(doc, base, pt); len(linked) > 0 {
			page.Items, page.Source = linked, SourceLinkPattern
			if !e.items.empty() {
				page.Warnings = append(page.Warnings, fmt.Sprintf(
					"items.selector %q found no item on %s; link_pattern found %d: fix the selector", e.feed.Items.Selector, pageURL, len(linked)))
			}
		}
	default:
		if n := e.countLinks(doc, base); n > len(page.Items) {
			page.Warnings = append(page.Warnings, fmt.Sprintf(
				"items.selector %q found %d items on %s but link_pattern finds %d links: the selector may miss items", e.feed.Items.Selector, len(page.Items), pageURL, n))
		}
	}
	page.Next = e.nextLink(doc, base)
	page.LastPage = LastPageNumber(doc)
	if !e.next.empty() {
		r := FieldReport{Field: "pagination.next", Selector: e.next.src}
		if page.Next != "" {
			r.Matched = 1
			r.sample(page.Next)
		}
		page.Fields = append(page.Fields, r)
	}
	if page.Next == "" && len(page.Items) > 0 {
		page.Next = e.guessNext(doc, base, pageURL, num)
		if page.Next != "" && !e.next.empty() {
			page.Warnings = append(page.Warnings, fmt.Sprintf("pagination.next %q matched nothing on %s; found the next page %s by its link", e.next.src, pageURL, page.Next))
		}
	}
	for i := range page.Items {
		page.Items[i].Language = e.feed.Language
		page.Items[i].ListSource = page.Source
	}
	return page, nil
}

// selectorItems applies items.selector and the field selectors.
func (e *Extractor) selectorItems(doc *goquery.Document, base *url.URL) ([]item.Item, []FieldReport) {
	els := e.items.find(doc.Selection)
	reports := []FieldReport{{Field: "items.selector", Selector: e.items.src, Matched: els.Length()}}
	fields := []struct {
		name string
		f    field
	}{{"items.title", e.title}, {"items.link", e.link}, {"items.date", e.date}, {"items.summary", e.summary}, {"items.image", e.image}}
	for _, fl := range fields {
		if !fl.f.empty() {
			reports = append(reports, FieldReport{Field: fl.name, Selector: fl.f.src, Of: els.Length()})
		}
	}
	report := func(name, v string, matched bool) {
		for i := range reports {
			if reports[i].Field == name {
				if matched {
					reports[i].Matched++
				}
				reports[i].sample(v)
			}
		}
	}
	var found []item.Item
	var sels []*goquery.Selection
	els.Each(func(_ int, s *goquery.Selection) {
		it, ok := e.selectorItem(s, base, report)
		if !ok || (e.feed.LinkRe != nil && !e.feed.LinkRe.MatchString(it.URL)) {
			return
		}
		found, sels = append(found, it), append(sels, s)
	})
	if sameTitles(found) {
		// items.title hit a label shared by every item (a category, a
		// "News" badge): the links say more.
		for i := range found {
			if t := e.linkTitle(sels[i], found[i].URL, base); t != "" {
				found[i].Title = t
			}
		}
	}
	seen := map[string]int{}
	var items []item.Item
	for _, it := range found {
		items = appendUnique(items, seen, it)
	}
	return items, reports
}

// sameTitles reports three or more items that all carry the same title.
func sameTitles(items []item.Item) bool {
	if len(items) < 3 {
		return false
	}
	for _, it := range items[1:] {
		if it.Title != items[0].Title {
			return false
		}
	}
	return true
}

func (e *Extractor) selectorItem(s *goquery.Selection, base *url.URL, report func(string, string, bool)) (item.Item, bool) {
	rawLink, ok := e.link.value(s)
	if rawLink == "" {
		rawLink = firstHref(s)
	}
	link, err := canon.URL(rawLink, base, e.rules)
	report("items.link", link, ok && err == nil)
	if err != nil {
		return item.Item{}, false
	}
	it := item.Item{URL: link}
	raw, ok := e.title.value(s)
	it.Title = plain.Text(raw)
	report("items.title", it.Title, ok && it.Title != "")
	if it.Title == "" {
		it.Title = e.linkTitle(s, link, base)
	}
	raw, ok = e.date.value(s)
	if d, dok := e.parseDate(raw); dok {
		it.Published = d
		report("items.date", d.Format("2006-01-02 15:04 -07:00"), ok)
	} else {
		report("items.date", "", false)
	}
	raw, ok = e.summary.value(s)
	if sum := plain.Text(raw); sum != it.Title {
		it.Summary = sum
	}
	report("items.summary", it.Summary, ok && it.Summary != "")
	raw, ok = e.image.value(s)
	if img, err := canon.Absolute(raw, base, e.rules); err == nil && !isPlaceholder(img) {
		it.Image = img
	}
	report("items.image", it.Image, ok && it.Image != "")
	return it, it.Title != ""
}

// nextLink is the absolute URL of the next list page, if pagination.next
// finds one. Without "@attr" the href of the matched link is used.
func (e *Extractor) nextLink(doc *goquery.Document, base *url.URL) string {
	for _, a := range e.next.alts {
		for _, n := range a.sel(doc.Selection).Nodes {
			raw := attrOf(n, a.attr)
			if a.attr == "" {
				raw = firstHref(goquery.NewDocumentFromNode(n).Selection)
			}
			if next, err := canon.Fetch(raw, base, e.rules); err == nil && raw != "" {
				return next
			}
		}
	}
	return ""
}

// Keep applies the feed's include and exclude expressions to an item's
// title and summary. List returns every item; the caller filters, so that
// a page whose items are all filtered out is still a page of items.
func (e *Extractor) Keep(it item.Item) bool {
	inc, exc := e.feed.IncludeRe, e.feed.ExcludeRe
	text := it.Title + "\n" + it.Summary
	return (inc == nil || inc.MatchString(text)) && (exc == nil || !exc.MatchString(text))
}

// appendUnique adds it unless its URL is already there; a duplicate fills
// the empty fields of the first occurrence.
func appendUnique(items []item.Item, seen map[string]int, it item.Item) []item.Item {
	if i, ok := seen[it.URL]; ok {
		items[i] = item.Fill(items[i], it)
		return items
	}
	seen[it.URL] = len(items)
	return append(items, it)
}
