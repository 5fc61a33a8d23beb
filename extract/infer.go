package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"sitefeed/canon"
	"sitefeed/plain"
)

// Inference on article pages, for what the configured selectors do not
// give: pure functions of the page and of what the list said of the item
// (its title and date, the hint).

// Hint is what the list page said of an article: its title (perhaps cut
// short) and date (perhaps without a time).
type Hint struct {
	Title     string
	Published time.Time
}

// SourceInferred marks a field found by inference rather than a selector.
const SourceInferred = "inferred"

// titleCandidate is a text that may be the article's title.
type titleCandidate struct {
	text string
	node *html.Node // nil for meta and <title>
	// fromTitle: <title> or a part of it, which carries the site's name and
	// separators that may also be the title's own ("X — Y"): a heading or
	// og:title saying the same wins.
	fromTitle bool
}

// inferTitle picks the article's title among its headings, og:title and
// <title>: the one nearest the list's title (a whole title whose start is
// the list's cut one beats all), else og:title, else the first heading
// that is not the site's name (the page's <title> on a site whose every
// <title> is its name).
func inferTitle(doc *goquery.Document, hint string, isTemplate func(*html.Node) bool) (string, *html.Node) {
	var cands []titleCandidate
	if v, ok := doc.Find("meta[property='og:title']").First().Attr("content"); ok {
		if t := plain.Text(v); t != "" {
			cands = append(cands, titleCandidate{text: t})
		}
	}
	for _, v := range jsonLDValues(doc, "headline") {
		if t := plain.Text(v); t != "" {
			cands = append(cands, titleCandidate{text: t})
			break
		}
	}
	pageTitle := plain.Text(doc.Find("title").First().Text())
	doc.Find("h1, h2, h3").EachWithBreak(func(i int, s *goquery.Selection) bool {
		n := s.Nodes[0]
		if isTemplate != nil && isTemplate(n) {
			return true
		}
		if t := plain.Text(nodeText(n)); t != "" && hasLetter(t) {
			cands = append(cands, titleCandidate{text: t, node: n})
		}
		return i < 30
	})
	if pageTitle != "" {
		cands = append(cands, titleCandidate{text: pageTitle, fromTitle: true})
		// The site's name sits at one end, after the first separator the
		// title holds ("Title – updated | Site" is "Title – updated").
		for _, sep := range []string{" | ", " — ", " – ", " - ", " :: "} {
			if i := strings.LastIndex(pageTitle, sep); i > 0 {
				j := strings.Index(pageTitle, sep)
				cands = append(cands, titleCandidate{text: strings.TrimSpace(pageTitle[:i]), fromTitle: true},
					titleCandidate{text: strings.TrimSpace(pageTitle[j+len(sep):]), fromTitle: true})
				break
			}
		}
	}
	if hint != "" {
		best, bestScore := titleCandidate{}, 0
		for _, c := range cands {
			s := titleScore(c.text, hint)
			if c.fromTitle && s > 0 {
				s -= titlePartPenalty
			}
			if s > bestScore || (s == bestScore && s > 0 && c.node != nil && best.node == nil) {
				best, bestScore = c, s
			}
		}
		if bestScore >= minTitleScore {
			return best.text, best.node
		}
	}
	for _, c := range cands {
		if c.node == nil && c.text != pageTitle {
			return c.text, nil // og:title
		}
	}
	for _, c := range cands {
		if c.node != nil && c.text != pageTitle {
			return c.text, c.node
		}
	}
	return "", nil
}

// titlePartPenalty weighs <title> (and its parts) below a heading or
// og:title that matches the list's title as well.
const titlePartPenalty = 30

// minTitleScore is the least titleScore of a heading taken for the
// list's title.
const minTitleScore = 50

// titleScore says how well a candidate matches the list's title, 0–200:
// 200 the same text, 150+ the whole form of a title the list cut short,
// else the share of the list title's words it holds (0–100).
func titleScore(cand, hint string) int {
	c, h := navText(cand), navText(hint)
	if c == "" || h == "" {
		return 0
	}
	if c == h {
		return 200
	}
	if cut := strings.TrimSpace(trimEllipsis(hint)); cut != hint {
		p := navText(cut)
		// the cut may fall inside a word: compare all but its last word
		if i := strings.LastIndex(p, " "); i > 0 {
			p = p[:i]
		}
		if p != "" && strings.HasPrefix(c, p) && len(c) >= len(p) {
			// the whole title; of several, the shortest ("T" over "T | Site")
			return 190 - min(40, (utf8.RuneCountInString(c)-utf8.RuneCountInString(p))/4)
		}
	}
	hw := strings.Fields(h)
	cw := map[string]bool{}
	for _, w := range strings.Fields(c) {
		cw[w] = true
	}
	common := 0
	for _, w := range hw {
		if cw[w] {
			common++
		}
	}
	score := 100 * common / len(hw)
	if len(cw) > 3*len(hw)+5 {
		score /= 2 // a paragraph that mentions the title's words
	}
	return score
}

func trimEllipsis(s string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "…"), "..."))
}

// dateCandidate is a date found on an article page.
type dateCandidate struct {
	t      time.Time
	order  int        // document order
	meta   bool       // <meta> or <time datetime>
	near   int        // 2: just before or after the title; 1: closes the content
	onTime bool       // holds a time of day
	line   *html.Node // the element of a date line, nil for metadata
}

// inferDate is the article's own date among the dates on its page: the
// <time> elements, meta tags and date lines that are not the site's
// "page last updated" line, not in a heading (a title may name a deadline)
// and not beside a link to another article (a related-news or latest-news
// block). With the list's date, a date of the same day wins (with its time
// of day); without it, a date with a time of day before one without, the
// first in the page first.
func (e *Extractor) inferDate(doc *goquery.Document, title *html.Node, self string, base *url.URL, hint time.Time, isTemplate func(*html.Node) bool) (time.Time, *html.Node, bool) {
	var cands []dateCandidate
	order := 0
	textPos, titlePos := 0, -1 // runes of text read; where the title is
	near := func() bool { return titlePos >= 0 && textPos-titlePos <= afterTitle || titlePos < 0 && title != nil }
	for _, sel := range []string{"meta[property='article:published_time']", "meta[name='article:published_time']",
		"meta[itemprop='datePublished']", "meta[name='date']", "meta[name='pubdate']", "meta[property='og:published_time']"} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if d, ok := e.parseDate(v); ok {
				cands = append(cands, dateCandidate{t: d, order: order, meta: true, onTime: !midnight(d)})
				order++
			}
		}
	}
	for _, v := range jsonLDValues(doc, "datePublished", "dateCreated") {
		if d, ok := e.parseDate(v); ok {
			cands = append(cands, dateCandidate{t: d, order: order, meta: true, onTime: !midnight(d)})
			order++
			break
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n == title {
			titlePos = textPos
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "head", "h1", "h2", "h3", "h4", "h5", "h6", "a", "nav", "select", "option",
				"aside", "footer":
				return // template parts: sidebars, the footer's update line
			case "header":
				if !insideArticle(n) {
					return // the site's header (a "today is" widget); an article's own header is read
				}
			case "time":
				if d, ok := e.parseDate(attrOf(n, "datetime")); ok && !e.nearOtherItem(n, self, base) {
					cands = append(cands, dateCandidate{t: d, order: order, meta: true, near: nearRank(near(), false), onTime: !midnight(d)})
					order++
					return
				}
			}
			if isTemplate != nil && isTemplate(n) {
				return
			}
		}
		if n.Type == html.TextNode {
			text := strings.TrimSpace(n.Data)
			if text == "" {
				return
			}
			if !hasDigit(text) {
				// every date line holds a digit in one of its texts (a
				// relative "Today" alone, without a time, is not read here)
				textPos += utf8.RuneCountInString(text)
				return
			}
			line, lineNode, ok := standaloneLine(n)
			if ok && dateLike(line) && !inUpdateLine(n, line) {
				if d, ok := e.parseDate(line); ok && !e.nearOtherItem(n, self, base) {
					cands = append(cands, dateCandidate{t: d, order: order, near: nearRank(near(), atContentEnd(n)), onTime: !midnight(d), line: lineNode})
					order++
				}
			}
			textPos += utf8.RuneCountInString(text)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if body := doc.Find("body").First(); body.Length() > 0 {
		walk(body.Nodes[0])
	}
	i := pickDate(cands, hint)
	if i < 0 {
		return time.Time{}, nil, false
	}
	return cands[i].t, cands[i].line, true
}

// pickDate chooses among an article page's dates (see inferDate): the
// index of the one it takes, or -1.
func pickDate(cands []dateCandidate, hint time.Time) int {
	if len(cands) == 0 {
		return -1
	}
	if !hint.IsZero() {
		best := -1
		for i, c := range cands {
			if !sameDay(c.t, hint) {
				continue
			}
			if best < 0 || (c.onTime && !cands[best].onTime) {
				best = i
			}
		}
		return best // -1: the list's date stands
	}
	// Without the list's date: metadata, a date line beside the title, or
	// a line with a time of day (a dateline); a bare date in the body is
	// something the article mentions.
	bi := -1
	for i, c := range cands {
		if !c.meta && c.near == 0 && !c.onTime {
			continue
		}
		if bi < 0 || (c.onTime && !cands[bi].onTime) || (c.near > cands[bi].near && c.onTime == cands[bi].onTime) {
			bi = i
		}
	}
	if bi < 0 {
		return -1
	}
	best := cands[bi]
	// Several distinct days of equal standing: the page is not dated by
	// one of them that we could tell.
	for _, c := range cands {
		if !sameDay(c.t, best.t) && c.onTime == best.onTime && c.near == best.near && c.meta == best.meta {
			return -1
		}
	}
	return bi
}

// standaloneLine is the line of text holding text node n, when it stands
// as a line of its own: the text of its block when that is short, or of
// the highest short inline element around n whose neighbours are blocks,
// line breaks or nothing (a <span> date between the title and the body in
// loose markup). A date inside a sentence is no line of its own.
func standaloneLine(n *html.Node) (string, *html.Node, bool) {
	if line := blockText(n); utf8.RuneCountInString(line) <= maxDateLine && dateLike(line) {
		return line, blockOf(n), true
	}
	var top *html.Node
	for a := n.Parent; a != nil && a.Type == html.ElementNode && !isBlock(a.Data); a = a.Parent {
		if utf8.RuneCountInString(strings.TrimSpace(boundedText(a, 2*maxDateLine))) > maxDateLine {
			break
		}
		top = a
	}
	if top == nil {
		return "", nil, false
	}
	for _, sib := range []*html.Node{prevNonBlank(top), nextNonBlank(top)} {
		// beside it: nothing, other elements (a category link, a views
		// counter, a line break) or punctuation; not the words of a sentence
		if sib != nil && sib.Type == html.TextNode && hasLetter(sib.Data) {
			return "", nil, false
		}
	}
	return strings.TrimSpace(nodeText(top)), top, true
}

// blockOf is the block element holding n (nil at the top).
func blockOf(n *html.Node) *html.Node {
	b := n.Parent
	for b != nil && b.Type == html.ElementNode && !isBlock(b.Data) && b.Parent != nil {
		b = b.Parent
	}
	if b == nil || b.Type != html.ElementNode || b.Data == "body" {
		return nil
	}
	return b
}

func prevNonBlank(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if !(s.Type == html.TextNode && strings.TrimSpace(s.Data) == "") && s.Type != html.CommentNode {
			return s
		}
	}
	return nil
}

func nextNonBlank(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if !(s.Type == html.TextNode && strings.TrimSpace(s.Data) == "") && s.Type != html.CommentNode {
			return s
		}
	}
	return nil
}

func insideArticle(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && (a.Data == "article" || a.Data == "main") {
			return true
		}
	}
	return false
}

func nearRank(nearTitle, atEnd bool) int {
	switch {
	case nearTitle:
		return 2
	case atEnd:
		return 1
	}
	return 0
}

// atContentEnd reports a date line that closes the article's text: the
// last words of the first enclosing block long enough to be the content
// (a signature line "26 January 2026, 16:50" under the text).
func atContentEnd(n *html.Node) bool {
	var content *html.Node
	for a := n.Parent; a != nil && a.Type == html.ElementNode && a.Data != "body"; a = a.Parent {
		if utf8.RuneCountInString(boundedText(a, 2*contentText)) > contentText {
			content = a
			break
		}
	}
	if content == nil {
		return false
	}
	after := 0
	for a := n; a != nil && a != content; a = a.Parent {
		for sib := a.NextSibling; sib != nil; sib = sib.NextSibling {
			after += utf8.RuneCountInString(strings.TrimSpace(boundedText(sib, maxDateLine)))
			if after > maxDateLine/3 {
				return false
			}
		}
	}
	return true
}

// contentText is the least text of a block taken for an article's content.
const contentText = 200

// afterTitle is how much text after the title may still hold its date
// line, in runes.
const afterTitle = 120

func midnight(t time.Time) bool {
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0
}

func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// nearOtherItem reports a node whose block (up to three levels up) links
// to another article of the feed, or to any link_pattern item but the page
// itself: such a date dates that other article.
func (e *Extractor) nearOtherItem(n *html.Node, self string, base *url.URL) bool {
	if e.feed.LinkRe == nil && len(e.rules.Hosts) == 0 {
		return false
	}
	// An entry of a flat list of links ("<a>Title</a> <small>date</small><br>"):
	// the link to the other article sits right beside the date.
	top := n
	for top.Parent != nil && top.Parent.Type == html.ElementNode && !isBlock(top.Parent.Data) {
		top = top.Parent
	}
	for _, sib := range []*html.Node{prevNonBlank(top), nextNonBlank(top)} {
		if sib != nil && sib.Type == html.ElementNode && linksToArticle(sib, self, base, e) {
			return true
		}
	}
	b := n.Parent
	for level := 0; b != nil && level < 3; level, b = level+1, b.Parent {
		if b.Type != html.ElementNode || b.Data == "body" || b.Data == "main" {
			return false
		}
		if utf8.RuneCountInString(boundedText(b, 2*relatedText)) > relatedText {
			return false // a long block: the article's own, not a list entry
		}
		if linksToArticle(b, self, base, e) {
			return true
		}
	}
	return false
}

// relatedText is the most text an entry of a related-news block holds
// (a title and a date).
const relatedText = 300

// linksToArticle reports a link inside n to an article (a _detail page of
// the site, or a link_pattern match) other than self.
func linksToArticle(n *html.Node, self string, base *url.URL, e *Extractor) bool {
	found := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if found {
			return
		}
		if c.Type == html.ElementNode && c.Data == "a" {
			if u, err := canon.URL(attrOf(c, "href"), base, e.rules); err == nil && u != self && e.articleLike(u) {
				found = true
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return found
}

// articleLike reports a URL of one of the site's articles: the feed's
// link_pattern or another feed's of the site (WithSiteFeeds).
func (e *Extractor) articleLike(u string) bool {
	if e.feed.LinkRe != nil && e.feed.LinkRe.MatchString(u) {
		return true
	}
	for _, re := range e.articles {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// leadImage is the article's lead image by inference: og:image unless it
// is the site's default (the one its list pages carry too, or a logo),
// else the first image of the title's block before the title (a cover
// photo above the heading). "" when neither: inferImages then takes the
// content's first image.
func (e *Extractor) leadImage(doc *goquery.Document, title *html.Node, self string, base *url.URL) string {
	for _, sel := range []string{"meta[property='og:image']", "meta[name='og:image']", "meta[name='twitter:image']"} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if u, err := canon.Absolute(strings.TrimSpace(v), base, e.rules); err == nil && v != "" && !isPlaceholder(u) && !siteAsset(u) && !e.siteDefaultImage(u) {
				return u
			}
		}
	}
	if title == nil || title.Parent == nil {
		return ""
	}
	if u := e.imageAfterTitle(title, self, base); u != "" {
		return u
	}
	for c := title.Parent.FirstChild; c != nil && c != title; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		imgs := []*html.Node{c}
		if c.Data != "img" {
			imgs = goquery.NewDocumentFromNode(c).Find("img").Nodes
		}
		for _, img := range imgs {
			if e.linkedElsewhere(img, self, base) {
				continue
			}
			if u := imgURL(img, base, e.rules); u != "" && !siteAsset(u) {
				return u
			}
		}
	}
	return ""
}

// inferImages sets the article's images from its sanitised content, and
// its lead image: lead, else the content's first image.
func (e *Extractor) inferImages(a *Article, lead string) {
	seen := map[string]bool{}
	if lead != "" {
		a.Images = append(a.Images, lead)
		seen[lead] = true
	}
	// The content is our own sanitised HTML: its <img> tags are written
	// by html.Render, src double-quoted and escaped, so a scan will do.
	for rest := a.Content; ; {
		i := strings.Index(rest, "<img ")
		if i < 0 {
			break
		}
		rest = rest[i+len("<img "):]
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			break
		}
		tag := rest[:end]
		j := strings.Index(tag, `src="`)
		if j < 0 || (j > 0 && tag[j-1] != ' ') {
			continue
		}
		v := tag[j+len(`src="`):]
		if k := strings.IndexByte(v, '"'); k >= 0 {
			v = v[:k]
		}
		u := html.UnescapeString(v)
		if u == "" || seen[u] || isPlaceholder(u) || siteAsset(u) {
			continue
		}
		seen[u] = true
		a.Images = append(a.Images, u)
	}
	if len(a.Images) > 0 {
		a.Image = a.Images[0]
	}
}

// siteAsset reports an image of the site's own design: its logo, emblem,
// banners, icons and flags, never an article's picture.
func siteAsset(u string) bool {
	l := strings.ToLower(u)
	name := l[strings.LastIndex(l, "/")+1:]
	for _, w := range []string{"logo", "gerb", "emblem", "banner", "govaz", "gov-az", "icon", "flag", "sprite", "favicon", "og-default", "share-default", "button", "btn"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// siteDefaultImage reports an og:image that a list page of the site
// carried too: the site's default picture, not the article's.
func (e *Extractor) siteDefaultImage(u string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.listOG[u]
}

// noteListImage records a list page's og:image (see siteDefaultImage).
func (e *Extractor) noteListImage(doc *goquery.Document, base *url.URL) {
	v, ok := doc.Find("meta[property='og:image'], meta[name='og:image']").First().Attr("content")
	if !ok || strings.TrimSpace(v) == "" {
		return
	}
	u, err := canon.Absolute(strings.TrimSpace(v), base, e.rules)
	if err != nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.listOG == nil {
		e.listOG = map[string]bool{}
	}
	e.listOG[u] = true
}

// contentStart is the first sentence of the article's text: the first
// text of 40 runes or more after the title, outside links. A box holding
// it is the article, not a box of other articles. nil without a title.
func contentStart(title *html.Node, isTemplate func(*html.Node) bool) *html.Node {
	if title == nil {
		return nil
	}
	var found *html.Node
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if utf8.RuneCountInString(strings.TrimSpace(n.Data)) >= 40 {
				found = n
				return true
			}
			return false
		case html.ElementNode:
			switch n.Data {
			case "a", "script", "style", "noscript", "nav", "aside", "footer":
				return false
			}
			if isTemplate != nil && isTemplate(n) {
				return false // the site's frame: a banner, a share line
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	for a := title; a != nil && a.Type == html.ElementNode && a.Data != "body"; a = a.Parent {
		for sib := a.NextSibling; sib != nil; sib = sib.NextSibling {
			if walk(sib) {
				return found
			}
		}
	}
	return found
}

// relatedPerLink: a block holding links to two or more other articles
// with less text than this per link is a related-news, latest-news or
// "other news" box: titles, dates and pictures of other articles.
const relatedPerLink = 250

// removeRelated removes from the page the boxes of links to other
// articles (related news, latest news, "other news"), the largest such
// block each time, never one holding the title. links counts the distinct
// other articles an element links to.
func removeRelated(doc *goquery.Document, title *html.Node, links func(*html.Node) int) {
	anchor := contentStart(title, nil)
	var boxes []*html.Node
	var walk func(n *html.Node) bool // true: n was taken as a box
	walk = func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return false
		}
		if n.Type != html.ElementNode {
			return false
		}
		switch n.Data {
		case "html", "head", "body", "script", "style":
			if n.Data != "html" && n.Data != "body" {
				return false
			}
		default:
			if !contains(n, title) && !contains(n, anchor) {
				if k := links(n); k >= 2 && utf8.RuneCountInString(boundedText(n, (k+1)*relatedPerLink)) < k*relatedPerLink {
					boxes = append(boxes, n)
					return true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		return false
	}
	for _, n := range doc.Nodes {
		walk(n)
	}
	for _, b := range boxes {
		if b.Parent != nil {
			// a heading right before the box names it ("Oxşar xəbərlər")
			if p := prevNonBlank(b); p != nil && p.Type == html.ElementNode && isHeading(p.Data) && p != title && utf8.RuneCountInString(nodeText(p)) < 60 {
				p.Parent.RemoveChild(p)
			}
			b.Parent.RemoveChild(b)
		}
	}
}

func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// contains reports that n is or holds target.
func contains(n, target *html.Node) bool {
	if target == nil {
		return false
	}
	for t := target; t != nil; t = t.Parent {
		if t == n {
			return true
		}
	}
	return false
}

// otherArticleLinks counts the distinct articles other than self that n
// links to.
func (e *Extractor) otherArticleLinks(n *html.Node, self string, base *url.URL) int {
	seen := map[string]bool{}
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.Data == "a" {
			if u, err := canon.URL(attrOf(c, "href"), base, e.rules); err == nil && u != self && e.articleLike(u) {
				seen[u] = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return len(seen)
}

// removeBoilerplate removes from the page, before readability reads it,
// what is a site's frame rather than an article: navigation, sidebars,
// footers, forms, blocks made mostly of links (menus, link lists), image
// links to other sites (banners) and the site's learned template blocks. A legacy layout of nested tables
// otherwise hands readability the whole page as one "article". Nothing
// holding the title is removed.
// textLevel reports the blocks of running text (paragraphs, list items,
// cells, quotes): a repeated one is a repeated sentence, not the frame.
func textLevel(tag string) bool {
	switch tag {
	case "p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "pre":
		return true
	}
	return false
}

func removeBoilerplate(doc *goquery.Document, title *html.Node, rules canon.Rules, isTemplate func(*html.Node) bool) {
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if !contains(c, title) && (boilerplate(c, rules) || (isBlock(c.Data) && isTemplate(c))) {
				drop = append(drop, c)
				continue
			}
			walk(c)
		}
	}
	for _, n := range doc.Nodes {
		walk(n)
	}
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

func boilerplate(n *html.Node, rules canon.Rules) bool {
	switch n.Data {
	case "nav", "aside", "footer", "form", "select", "noscript":
		return true
	case "header":
		return !insideArticle(n)
	case "a":
		if u, err := url.Parse(attrOf(n, "href")); err == nil && u.Host != "" && !rules.OnSite(u.Hostname()) &&
			goquery.NewDocumentFromNode(n).Find("img").Length() > 0 {
			return true // a banner
		}
		return false
	case "head", "body", "html":
		return false
	}
	links, linkText, text := 0, 0, 0
	var walk func(c *html.Node, inLink bool)
	walk = func(c *html.Node, inLink bool) {
		switch c.Type {
		case html.TextNode:
			k := len(strings.TrimSpace(c.Data))
			text += k
			if inLink {
				linkText += k
			}
			return
		case html.ElementNode:
			switch c.Data {
			case "script", "style":
				return
			case "a":
				links++
				inLink = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k, inLink)
		}
	}
	walk(n, false)
	return links >= 3 && linkText*10 >= text*6
}

// linkedElsewhere reports an image inside a link to another article (a
// related item's picture).
func (e *Extractor) linkedElsewhere(img *html.Node, self string, base *url.URL) bool {
	for a, level := img.Parent, 0; a != nil && level < 3; a, level = a.Parent, level+1 {
		if a.Type == html.ElementNode && a.Data == "a" {
			u, err := canon.URL(attrOf(a, "href"), base, e.rules)
			return err == nil && u != self && e.articleLike(u)
		}
	}
	return false
}

// imageAfterTitle is the first picture after the title, before the text
// has gone far (afterTitle runes): a lead image at the top of the content.
func (e *Extractor) imageAfterTitle(title *html.Node, self string, base *url.URL) string {
	text := 0
	found := ""
	var walk func(n *html.Node) bool // true: stop
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			text += utf8.RuneCountInString(strings.TrimSpace(n.Data))
			return text > afterTitle
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "nav", "aside", "footer":
				return false
			case "img":
				if !e.linkedElsewhere(n, self, base) {
					if u := imgURL(n, base, e.rules); u != "" && !siteAsset(u) {
						found = u
						return true
					}
				}
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	// the nodes after the title in document order: its following siblings,
	// then those of each ancestor
	for a := title; a != nil && a.Type == html.ElementNode && a.Data != "body"; a = a.Parent {
		for sib := a.NextSibling; sib != nil; sib = sib.NextSibling {
			if walk(sib) {
				return found
			}
		}
	}
	return found
}

// textBlock is the element holding the article's text, by inference: the
// lowest element around the text's first sentence (anchor) that holds
// four fifths of the page's paragraph text, and some. nil when there is
// none (text not in paragraphs, or spread over the page): readability
// decides then.
func textBlock(doc *goquery.Document, anchor *html.Node, isTemplate func(*html.Node) bool) *html.Node {
	if anchor == nil || len(doc.Nodes) == 0 {
		return nil
	}
	paragraphRunes := func(n *html.Node) int { return paragraphRunesOf(n, isTemplate) }
	total := paragraphRunes(doc.Nodes[0])
	if total < 2*minContentText {
		return nil
	}
	for a := anchor.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.Data {
		case "body", "html":
			return nil
		}
		if isBlock(a.Data) && a.Data != "p" && 5*paragraphRunes(a) >= 4*total {
			return a
		}
	}
	return nil
}

// paragraphRunesOf counts the text inside the <p> elements under n, but
// for the site's template paragraphs (its footer lines).
func paragraphRunesOf(n *html.Node, isTemplate func(*html.Node) bool) int {
	count := 0
	var walk func(c *html.Node, inP bool)
	walk = func(c *html.Node, inP bool) {
		switch c.Type {
		case html.TextNode:
			if inP {
				count += utf8.RuneCountInString(strings.TrimSpace(c.Data))
			}
			return
		case html.ElementNode:
			switch c.Data {
			case "script", "style", "noscript":
				return
			case "p":
				if isTemplate != nil && isTemplate(c) {
					return
				}
				inP = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k, inP)
		}
	}
	walk(n, false)
	return count
}

// jsonLDValues are the string values of the given keys in the page's
// JSON-LD blocks (schema.org NewsArticle and the like, also inside
// "@graph"), in document order, the first key first.
// Values of an object whose @type names an article (NewsArticle,
// Article, BlogPosting, Report) come first: a WebPage's dates are the
// page's, not the news item's.
func jsonLDValues(doc *goquery.Document, keys ...string) []string {
	var article, other []string
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return
		}
		for _, k := range keys {
			collectJSON(v, k, &article, &other, 0)
		}
	})
	return append(article, other...)
}

func collectJSON(v any, key string, article, other *[]string, depth int) {
	if depth > 6 {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		if s, ok := t[key].(string); ok && s != "" {
			if articleType(t["@type"]) {
				*article = append(*article, s)
			} else {
				*other = append(*other, s)
			}
		}
		for k, c := range t {
			if k != key {
				collectJSON(c, key, article, other, depth+1)
			}
		}
	case []any:
		for _, c := range t {
			collectJSON(c, key, article, other, depth+1)
		}
	}
}

func articleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.Contains(v, "Article") || v == "BlogPosting" || v == "Report"
	case []any:
		for _, x := range v {
			if articleType(x) {
				return true
			}
		}
	}
	return false
}

// elementWithText is the outermost element of the page's body whose text
// is text (normalised), outside links: where a title without a heading
// sits. nil when there is none.
func elementWithText(doc *goquery.Document, text string) *html.Node {
	want := navText(text)
	if want == "" {
		return nil
	}
	var found *html.Node
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "head", "script", "style", "a", "title", "nav", "footer":
				return false
			}
			if t := boundedText(n, 2*len(text)+16); len(t) <= 2*len(text)+8 && navText(t) == want && n.Data != "body" && n.Data != "html" {
				found = n
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	for _, n := range doc.Nodes {
		if walk(n) {
			break
		}
	}
	return found
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// blockOfNode is blockOf, nil for no node.
func blockOfNode(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	return blockOf(n)
}

// textContainer reports a block made of paragraphs and nothing else of a
// frame (no links, no lists of links): an article's text, even when a
// site repeats it word for word on several pages (a standard notice).
func textContainer(n *html.Node) bool {
	paragraphs := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && c.Data == "p":
			if goquery.NewDocumentFromNode(c).Find("a").Length() > 0 {
				return false
			}
			paragraphs++
		case c.Type == html.ElementNode && (c.Data == "br" || c.Data == "img" || c.Data == "figure" || c.Data == "script" || c.Data == "style" || c.Data == "noscript" || isHeading(c.Data)):
		default:
			return false
		}
	}
	return paragraphs >= 2
}
