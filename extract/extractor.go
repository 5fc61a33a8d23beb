package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sitefeed/canon"
	"sitefeed/config"
	"sitefeed/plain"
	"sitefeed/sanitize"
)

// Where items and content came from, reported by `check` and the summary.
const (
	SourceSelector    = "selector"
	SourceLinkPattern = "link-pattern"
	SourceReadability = "readability"
)

// Extractor extracts one feed's pages. Build it once per feed and run; it
// holds compiled selectors only and is safe for concurrent use.
type Extractor struct {
	feed  *config.Feed
	rules canon.Rules
	san   *sanitize.Sanitizer

	items, title, link, date, summary, image, next field
	aTitle, aDate, aContent, aImages, aAttach      field
	remove                                         field

	// articles are the link patterns of the site's other feeds: links to
	// their articles are never list pages, and beside a date they make it
	// another article's date.
	articles []*regexp.Regexp

	mu     sync.Mutex
	listOG map[string]bool // og:images of list pages: the site's default

	tmpl *Template // the site's template, learned across pages; nil: none
	now  func() time.Time
}

// WithClock lets the extractor read dates a site gives relative to the
// day ("Bu gün, 14:30", "Вчера"): now is when pages are read. Without it
// such dates are not dates. It returns e.
func (e *Extractor) WithClock(now func() time.Time) *Extractor {
	e.now = now
	return e
}

// WithTemplate gives the extractor the site's template: pages it reads
// teach it, and its blocks are never a title, date, summary, item or
// content. It returns e.
func (e *Extractor) WithTemplate(t *Template) *Extractor {
	e.tmpl = t
	return e
}

// WithSiteFeeds tells the extractor the site's other feeds, whose article
// links it then recognises too. It returns e.
func (e *Extractor) WithSiteFeeds(feeds []config.Feed) *Extractor {
	for _, f := range feeds {
		if f.LinkRe != nil && f.Name != e.feed.Name {
			e.articles = append(e.articles, f.LinkRe)
		}
	}
	return e
}

// New compiles the feed's selectors. hosts are the site's hosts, the first
// canonical; san sanitises article HTML.
func New(f *config.Feed, rules canon.Rules, san *sanitize.Sanitizer) *Extractor {
	e := &Extractor{
		feed: f, rules: rules, san: san,
		items: compile(f.Items.Selector), title: compile(f.Items.Title),
		link: compile(f.Items.Link), date: compile(f.Items.Date),
		summary: compile(f.Items.Summary), image: compile(f.Items.Image),
		next:   compile(f.Pagination.Next),
		aTitle: compile(f.Article.Title), aDate: compile(f.Article.Date),
		aContent: compile(f.Article.Content), aImages: compile(f.Article.Images),
		aAttach: compile(f.Article.Attachments),
	}
	e.remove = compileUnion(f.Article.Remove)
	return e
}

// FieldReport says what one selector matched on one page: Matched elements
// (for item fields: items in which it matched, out of Of) and the first
// values it extracted.
type FieldReport struct {
	Field    string `json:"field"`
	Selector string `json:"selector"`
	Matched  int    `json:"matched"`
	// Source is how a field with no matching selector was found:
	// SourceInferred, SourceReadability, or "" (not found).
	Source  string   `json:"source,omitempty"`
	Of      int      `json:"of,omitempty"`
	Samples []string `json:"samples,omitempty"`
}

func (r *FieldReport) sample(v string) {
	if v != "" && len(r.Samples) < 3 {
		r.Samples = append(r.Samples, plain.Truncate(v, 90))
	}
}

// parse decodes body and parses it; base is pageURL resolved against the
// page's <base href>, if any, when that stays on the site's hosts: a base
// pointing elsewhere (pasted into content) would move the item's images,
// attachments and links off the site, so it is ignored.
func (e *Extractor) parse(body []byte, contentType string, pageURL *url.URL) (*goquery.Document, *url.URL, error) {
	utf8Body, _, err := DecodeHTML(body, contentType)
	if err != nil {
		return nil, nil, err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(utf8Body))
	if err != nil {
		return nil, nil, fmt.Errorf("parse html: %w", err)
	}
	base := pageURL
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := pageURL.Parse(href); err == nil && (b.Scheme == "http" || b.Scheme == "https") && e.rules.OnSite(b.Hostname()) {
			base = b
		}
	}
	return doc, base, nil
}
