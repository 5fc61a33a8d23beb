package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"sitefeed/canon"
	"sitefeed/dates"
	"sitefeed/item"
	"sitefeed/plain"
)

// minContentText is the shortest text a content selector match must hold
// to count as the article; less means the selector hit an empty shell.
const minContentText = 40

// Article is what an article page yields.
type Article struct {
	Title       string
	Published   time.Time
	Content     string // sanitised HTML with absolute URLs
	Summary     string // plain text from the content, for items without one
	Image       string
	Images      []string
	Attachments []item.Attachment
	// ContentSource is SourceSelector or SourceReadability ("" when no
	// content was found at all).
	ContentSource string
	Fields        []FieldReport
	Warnings      []string
}

// Article extracts an article page. pageURL is the page's real URL.
func (e *Extractor) Article(body []byte, contentType string, pageURL *url.URL) (Article, error) {
	doc, base, err := e.parse(body, contentType, pageURL)
	if err != nil {
		return Article{}, fmt.Errorf("article page %s: %w", pageURL, err)
	}
	for _, alt := range e.remove.alts { // first: removed parts give no title or date either
		alt.sel(doc.Selection).Remove()
	}
	var a Article
	e.articleTitle(doc, &a)
	e.articleDate(doc, &a)
	e.articleMedia(doc, base, &a)
	e.articleContent(doc, base, pageURL, &a) // last: it takes the content's nodes over
	return a, nil
}

func (e *Extractor) articleTitle(doc *goquery.Document, a *Article) {
	raw, ok := e.aTitle.value(doc.Selection)
	a.Title = plain.Text(raw)
	r := FieldReport{Field: "article.title", Selector: e.aTitle.src}
	if ok && a.Title != "" {
		r.Matched = 1
		r.sample(a.Title)
	}
	a.Fields = append(a.Fields, r)
}

// articleDate tries article.date, then the article:published_time meta.
// Nothing else: no date is better than an invented one.
func (e *Extractor) articleDate(doc *goquery.Document, a *Article) {
	r := FieldReport{Field: "article.date", Selector: e.aDate.src}
	for _, alt := range e.aDate.alts {
		for _, n := range alt.sel(doc.Selection).Nodes {
			v := nodeValue(n, alt.attr)
			if alt.attr == "" && inUpdateLine(n, v) {
				continue // the site-wide "page last updated" date
			}
			if d, ok := dates.Parse(v, e.feed.Language, e.feed.Location, e.feed.DateFormats); ok {
				a.Published = d
				r.Matched = 1
				r.sample(d.Format("2006-01-02 15:04 -07:00"))
				a.Fields = append(a.Fields, r)
				return
			}
		}
	}
	a.Fields = append(a.Fields, r)
	for _, sel := range []string{"meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']"} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if d, ok := dates.Parse(v, e.feed.Language, e.feed.Location, nil); ok {
				a.Published = d
				return
			}
		}
	}
	if t := e.titleNode(doc); t != nil {
		if d, ok := e.dateNearTitle(t); ok {
			a.Published = d
			a.Warnings = append(a.Warnings, fmt.Sprintf("article.date %q matched no date; took the date line beside the title", e.aDate.src))
		}
	}
}

// titleNode is the element holding the article's title: article.title's
// first match with text, else the first <h1>.
func (e *Extractor) titleNode(doc *goquery.Document) *html.Node {
	for _, alt := range e.aTitle.alts {
		for _, n := range alt.sel(doc.Selection).Nodes {
			if strings.TrimSpace(nodeText(n)) != "" {
				return n
			}
		}
	}
	if h := doc.Find("h1").First(); h.Length() > 0 {
		return h.Nodes[0]
	}
	return nil
}

// articleContent takes the first content match holding real text, else
// falls back to readability.
func (e *Extractor) articleContent(doc *goquery.Document, base, pageURL *url.URL, a *Article) {
	r := FieldReport{Field: "article.content", Selector: e.aContent.src}
	var node *html.Node
	for _, alt := range e.aContent.alts {
		for _, n := range alt.sel(doc.Selection).Nodes {
			if hasText(n, minContentText) {
				node = n
				break
			}
		}
		if node != nil {
			break
		}
	}
	var text string
	switch {
	case node != nil:
		a.ContentSource = SourceSelector
		r.Matched = 1
		a.Content, text = e.san.Node(node, base, summaryLength)
	default:
		if frag := readable(doc, pageURL); frag != "" {
			a.ContentSource = SourceReadability
			if !e.aContent.empty() {
				a.Warnings = append(a.Warnings, fmt.Sprintf("article.content %q matched no content on %s; used readability", e.aContent.src, pageURL))
			}
			a.Content = e.san.HTML(frag, base)
			text = plain.Truncate(plain.FromHTML(a.Content), summaryLength)
		}
	}
	a.Summary = text
	r.sample(text)
	a.Fields = append(a.Fields, r)
}

// summaryLength is the length of a summary taken from the content.
const summaryLength = 300

// hasText reports that n holds at least min bytes of non-blank text
// (scripts and styles aside).
func hasText(n *html.Node, min int) bool {
	for limit := 4 * (min + 1); ; limit *= 4 {
		text := plain.NodeText(n, limit)
		count := 0
		for _, w := range strings.Fields(text) {
			count += len(w)
		}
		if count >= min || len(text) <= limit {
			return count >= min // enough, or the whole text was read
		}
	}
}

// readable runs the readability extraction over a copy of the page.
func readable(doc *goquery.Document, pageURL *url.URL) string {
	var buf bytes.Buffer
	if err := html.Render(&buf, doc.Nodes[0]); err != nil {
		return ""
	}
	art, err := readability.FromReader(&buf, pageURL)
	if err != nil || art.Node == nil {
		return ""
	}
	var out bytes.Buffer
	if err := art.RenderHTML(&out); err != nil {
		return ""
	}
	return out.String()
}

func (e *Extractor) articleMedia(doc *goquery.Document, base *url.URL, a *Article) {
	ri := FieldReport{Field: "article.images", Selector: e.aImages.src}
	seen := map[string]bool{}
	for _, n := range e.aImages.find(doc.Selection).Nodes {
		imgs := []*html.Node{n}
		if n.Data != "img" {
			imgs = goquery.NewDocumentFromNode(n).Find("img").Nodes
		}
		for _, img := range imgs {
			if u := imgURL(img, base, e.rules); u != "" && !seen[u] {
				seen[u] = true
				a.Images = append(a.Images, u)
				ri.Matched++
				ri.sample(u)
			}
		}
	}
	if len(a.Images) > 0 {
		a.Image = a.Images[0]
	}
	ra := FieldReport{Field: "article.attachments", Selector: e.aAttach.src}
	for _, alt := range e.aAttach.alts {
		for _, n := range alt.sel(doc.Selection).Nodes {
			raw := attrOf(n, "href")
			if alt.attr != "" {
				raw = attrOf(n, alt.attr)
			}
			u, err := canon.URL(raw, base, e.rules)
			if err != nil || seen[u] {
				continue
			}
			seen[u] = true
			a.Attachments = append(a.Attachments, item.Attachment{URL: u, Title: plain.Text(nodeText(n)), Type: MIMEType(u)})
			ra.Matched++
			ra.sample(u)
		}
	}
	a.Fields = append(a.Fields, ri, ra)
}

var mimeTypes = map[string]string{
	".pdf": "application/pdf", ".doc": "application/msword",
	".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xls":  "application/vnd.ms-excel",
	".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".jpg":  "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
	".webp": "image/webp", ".zip": "application/zip", ".rar": "application/vnd.rar",
}

// MIMEType guesses a file's type from its URL's extension.
func MIMEType(u string) string {
	p := u
	if pu, err := url.Parse(u); err == nil {
		p = pu.Path
	}
	if t, ok := mimeTypes[strings.ToLower(path.Ext(p))]; ok {
		return t
	}
	return "application/octet-stream"
}

// Item is what the article page gives of its item, for item.Page.
func (a Article) Item() item.Item {
	return item.Item{Title: a.Title, Published: a.Published, Content: a.Content, Summary: a.Summary,
		Image: a.Image, Images: a.Images, Attachments: a.Attachments, ContentSource: a.ContentSource}
}
