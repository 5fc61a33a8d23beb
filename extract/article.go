package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"sitefeed/canon"
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
	// TextHead is the start of the content as plain text (textHead runes),
	// TextRunes the length of all of it: what a check of the page needs
	// without converting the content again.
	TextHead  string
	TextRunes int
	Fields    []FieldReport
	Warnings  []string

	titleNode *html.Node
	dateLine  *html.Node    // the date line inference took the date from
	tmpl      *pageTemplate // the site's template on this page
}

// Article extracts an article page. pageURL is the page's real URL.
func (e *Extractor) Article(body []byte, contentType string, pageURL *url.URL) (Article, error) {
	return e.ArticleFor(body, contentType, pageURL, Hint{})
}

// ArticleFor extracts an article page of an item the list described by
// hint: inference picks the heading nearest the list's title and the date
// of the list's day.
func (e *Extractor) ArticleFor(body []byte, contentType string, pageURL *url.URL, hint Hint) (Article, error) {
	doc, base, err := e.parse(body, contentType, pageURL)
	if err != nil {
		return Article{}, fmt.Errorf("article page %s: %w", pageURL, err)
	}
	for _, alt := range e.remove.alts { // first: removed parts give no title or date either
		alt.sel(doc.Selection).Remove()
	}
	self, _ := canon.URL(pageURL.String(), nil, e.rules)
	var a Article
	a.tmpl = e.tmpl.observe(self, doc.Nodes[0])
	title := e.articleTitle(doc, &a, hint.Title)
	a.titleNode = title
	e.articleDate(doc, &a, title, self, base, hint.Published)
	removeRelated(doc, title, func(n *html.Node) int { return e.otherArticleLinks(n, self, base) })
	e.articleMedia(doc, base, &a)
	lead := ""
	if e.aImages.empty() {
		lead = e.leadImage(doc, title, self, base) // before the content takes its nodes over
	}
	e.articleContent(doc, base, pageURL, &a) // last: it takes the content's nodes over
	if e.aImages.empty() {
		e.inferImages(&a, lead)
	}
	return a, nil
}

// articleTitle sets the article's title from article.title, else by
// inference; it returns the title's element (nil if none is known).
func (e *Extractor) articleTitle(doc *goquery.Document, a *Article, hint string) *html.Node {
	raw, ok := e.aTitle.value(doc.Selection)
	a.Title = plain.Text(raw)
	r := FieldReport{Field: "article.title", Selector: e.aTitle.src}
	defer func() { a.Fields = append(a.Fields, r) }()
	if ok && a.Title != "" {
		r.Matched = 1
		r.sample(a.Title)
		for _, alt := range e.aTitle.alts {
			for _, n := range alt.sel(doc.Selection).Nodes {
				if strings.TrimSpace(nodeText(n)) != "" {
					return n
				}
			}
		}
		return nil
	}
	t, node := inferTitle(doc, hint, a.tmpl.is)
	if t != "" {
		a.Title = t
		r.Source = SourceInferred
		r.sample(t)
	}
	if node == nil && t != "" {
		node = elementWithText(doc, t) // a title set in <font>, <b>, <div>
	}
	if node == nil {
		if h := doc.Find("h1").First(); h.Length() > 0 {
			node = h.Nodes[0]
		}
	}
	return node
}

// articleDate tries article.date, then infers the date from the page's
// metadata and date lines (inferDate). No date is better than an invented
// one.
func (e *Extractor) articleDate(doc *goquery.Document, a *Article, title *html.Node, self string, base *url.URL, hint time.Time) {
	r := FieldReport{Field: "article.date", Selector: e.aDate.src}
	defer func() { a.Fields = append(a.Fields, r) }()
	for _, alt := range e.aDate.alts {
		for _, n := range alt.sel(doc.Selection).Nodes {
			v := nodeValue(n, alt.attr)
			if alt.attr == "" && inUpdateLine(n, v) {
				continue // the site-wide "page last updated" date
			}
			if d, ok := e.parseDate(v); ok {
				a.Published = d
				r.Matched = 1
				r.sample(d.Format("2006-01-02 15:04 -07:00"))
				return
			}
		}
	}
	if d, line, ok := e.inferDate(doc, title, self, base, hint, a.tmpl.is); ok {
		a.Published = d
		a.dateLine = line
		r.Source = SourceInferred
		r.sample(d.Format("2006-01-02 15:04 -07:00"))
	}
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
		// A paragraph the site repeats on many pages ("Məlumat üçün 919
		// qaynar xəttinə zəng etmək olar.") is still the article's text:
		// only the frame's blocks go as template.
		frame := func(n *html.Node) bool { return !textLevel(n.Data) && !textContainer(n) && a.tmpl.is(n) }
		anchor := contentStart(a.titleNode, frame)
		removeBoilerplate(doc, a.titleNode, e.rules, frame)
		if l := a.dateLine; l != nil && l.Parent != nil && !contains(l, a.titleNode) && !contains(l, anchor) {
			l.Parent.RemoveChild(l) // the date is the item's, not a line of its text
		}
		if t := a.titleNode; t != nil && t.Parent != nil && a.Title != "" && !contains(t, anchor) {
			t.Parent.RemoveChild(t) // the title is the item's title, not its text's first line
		}
		block := textBlock(doc, anchor, a.tmpl.is)
		// Last resort, kept before readability rewrites the page: the
		// block around the text's first sentence (a short notice whose
		// few lines readability finds too little to be an article).
		var lastResort string
		if b := blockOfNode(anchor); block == nil && b != nil {
			if textLevel(b.Data) && b.Parent != nil && b.Parent.Type == html.ElementNode && b.Parent.Data != "body" {
				b = b.Parent // the paragraphs' block, not the first one alone
			}
			var buf bytes.Buffer
			if html.Render(&buf, b) == nil {
				lastResort = buf.String()
			}
		}
		if block != nil {
			// The block around the text's first sentence that holds most of
			// the page's paragraphs: no readability pass needed.
			a.ContentSource = SourceInferred
			r.Source = SourceInferred
			if !e.aContent.empty() {
				a.Warnings = append(a.Warnings, fmt.Sprintf("article.content %q matched no content on %s; inferred the block holding the text", e.aContent.src, pageURL))
			}
			a.Content, a.TextHead = e.san.Node(block, base, textHead)
			a.TextRunes = utf8.RuneCountInString(a.TextHead) // at least: all when under textHead
			text = plain.Truncate(a.TextHead, summaryLength)
		} else if frag := readable(doc, base); frag != "" {
			a.ContentSource = SourceReadability
			if !e.aContent.empty() {
				a.Warnings = append(a.Warnings, fmt.Sprintf("article.content %q matched no content on %s; used readability", e.aContent.src, pageURL))
			}
			a.Content = e.san.HTML(frag, base)
			full := plain.FromHTML(a.Content)
			a.TextHead, a.TextRunes = plain.Truncate(full, textHead), utf8.RuneCountInString(full)
			text = plain.Truncate(full, summaryLength)
		} else if lastResort != "" {
			a.ContentSource = SourceInferred
			r.Source = SourceInferred
			a.Content = e.san.HTML(lastResort, base)
			full := plain.FromHTML(a.Content)
			a.TextHead, a.TextRunes = plain.Truncate(full, textHead), utf8.RuneCountInString(full)
			text = plain.Truncate(full, summaryLength)
		}
	}
	if a.Content != "" && a.TextHead == "" {
		full := plain.FromHTML(a.Content)
		a.TextHead, a.TextRunes = plain.Truncate(full, textHead), utf8.RuneCountInString(full)
	}
	a.Summary = text
	r.sample(text)
	a.Fields = append(a.Fields, r)
}

// summaryLength is the length of a summary taken from the content.
const summaryLength = 300

// textHead is how much of the content's text Article.TextHead keeps.
const textHead = 2000

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

// readable runs the readability extraction over the page itself (it is
// the last reader of the page: the content takes its nodes over anyway),
// without re-parsing it (which would also guess its charset again).
func readable(doc *goquery.Document, pageURL *url.URL) string {
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc.Nodes[0], pageURL)
	if err != nil || art.Node == nil {
		return ""
	}
	node := art.Node
	for { // readability wraps the content in bare <div>s: unwrap them
		only := onlyElementChild(node)
		if only == nil || (only.Data != "div" && only.Data != "article" && only.Data != "section") {
			break
		}
		node = only
	}
	var out bytes.Buffer
	for c := node.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&out, c); err != nil {
			return ""
		}
	}
	return strings.TrimSpace(out.String())
}

// onlyElementChild is n's one element child when n holds nothing else
// but blank text.
func onlyElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return nil
		}
	}
	return only
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
	if e.aAttach.empty() {
		e.inferAttachments(doc, base, seen, a, &ra)
	}
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

// inferAttachments takes the page's links to documents (PDF, Word, Excel,
// archives) outside its navigation, header and footer as attachments.
func (e *Extractor) inferAttachments(doc *goquery.Document, base *url.URL, seen map[string]bool, a *Article, r *FieldReport) {
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		if s.Closest("nav, header, footer, [role='navigation']").Length() > 0 {
			return
		}
		u, err := canon.URL(attrOf(s.Nodes[0], "href"), base, e.rules)
		if err != nil || seen[u] || !isDocument(u) {
			return
		}
		seen[u] = true
		a.Attachments = append(a.Attachments, item.Attachment{URL: u, Title: plain.Text(nodeText(s.Nodes[0])), Type: MIMEType(u)})
		r.Source = SourceInferred
		r.sample(u)
	})
}

// isDocument reports a URL of a document file an article may attach.
func isDocument(u string) bool {
	p := u
	if pu, err := url.Parse(u); err == nil {
		p = pu.Path
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".rtf", ".zip", ".rar", ".ppt", ".pptx":
		return true
	}
	return false
}
