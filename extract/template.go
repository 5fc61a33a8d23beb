package extract

import (
	"encoding/json"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Template is what a site repeats on most of its pages: the menu, the
// banner, the footer, the "page last updated" line, a sidebar. It is
// learned from the pages a run reads (each short block of text is counted
// once per page) and kept across runs in the store; a block seen on at
// least half of the pages read (and on three or more) is template: never
// a title, a date, a summary, part of the content or an item. Safe for
// concurrent use; one per site.
type Template struct {
	mu     sync.Mutex
	pages  int
	counts map[uint64]int
	seen   map[string]bool // pages observed in this run
	dirty  bool            // learned something since NewTemplate
}

// Dirty reports that the template learned from a page since it was
// restored: only then is it worth storing again.
func (t *Template) Dirty() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.dirty
}

// Bounds of a template block's text, in runes: shorter says too little to
// recognise, longer is content.
const (
	templateMinText = 8
	templateMaxText = 300
	// templateMinPages: below this many pages nothing is template yet.
	templateMinPages = 4
	// templateCap bounds what is kept: past it the rarest blocks go.
	templateCap = 5000
)

type templateRecord struct {
	Pages  int            `json:"pages"`
	Counts map[string]int `json:"counts"`
}

// NewTemplate restores what earlier runs learned (data from Marshal; nil
// or damaged data starts afresh).
func NewTemplate(data []byte) *Template {
	t := &Template{counts: map[uint64]int{}, seen: map[string]bool{}}
	var rec templateRecord
	if len(data) == 0 || json.Unmarshal(data, &rec) != nil {
		return t
	}
	t.pages = rec.Pages
	for k, v := range rec.Counts {
		var h uint64
		if err := json.Unmarshal([]byte(k), &h); err == nil {
			t.counts[h] = v
		}
	}
	return t
}

// Marshal is what to keep in the store.
func (t *Template) Marshal() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	rec := templateRecord{Pages: t.pages, Counts: make(map[string]int, len(t.counts))}
	for h, c := range t.counts {
		b, _ := json.Marshal(h)
		rec.Counts[string(b)] = c
	}
	out, _ := json.Marshal(rec)
	return out
}

// Pages is how many pages the template was learned from.
func (t *Template) Pages() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.pages
}

// pageTemplate is the template as it applies to one page: the hashes of
// the page's blocks, computed once, looked up in the site's counts.
type pageTemplate struct {
	t      *Template
	hashes map[*html.Node]uint64
}

// observe counts the short blocks of one page, once per page and run,
// and returns the template's view of that page.
func (t *Template) observe(page string, root *html.Node) *pageTemplate {
	if t == nil {
		return nil
	}
	pt := &pageTemplate{t: t, hashes: map[*html.Node]uint64{}}
	// One pass, bottom up: a block's text length is its children's sum, so
	// only blocks short enough to be template are hashed.
	var walk func(n *html.Node) int // bytes of text under n
	walk = func(n *html.Node) int {
		switch n.Type {
		case html.TextNode:
			return len(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "head":
				return 0
			}
		}
		size := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			size += walk(c)
		}
		// a rune is at most 4 bytes, and blanks fold: a generous bound
		if n.Type == html.ElementNode && isBlock(n.Data) && n.Data != "body" && size >= templateMinText && size <= 8*templateMaxText {
			if h, ok := blockHash(n); ok {
				pt.hashes[n] = h
			}
		}
		return size
	}
	walk(root)
	seen := map[uint64]bool{}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.seen[page] {
		return pt
	}
	t.seen[page] = true
	t.dirty = true
	t.pages++
	for _, h := range pt.hashes {
		if !seen[h] {
			seen[h] = true
			t.counts[h]++
		}
	}
	if len(t.counts) > templateCap || t.pages > 1000 {
		t.shrink()
	}
	return pt
}

// is reports a template block of the page (nil-safe: no template, none).
func (pt *pageTemplate) is(n *html.Node) bool {
	if pt == nil {
		return false
	}
	h, ok := pt.hashes[n]
	if !ok {
		return false
	}
	t := pt.t
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pages < templateMinPages {
		return false
	}
	c := t.counts[h]
	return c >= 3 && 2*c >= t.pages
}

// shrink halves the counts and drops blocks seen once: old pages weigh
// less, and the record stays small.
func (t *Template) shrink() {
	t.pages = (t.pages + 1) / 2
	for h, c := range t.counts {
		if c/2 == 0 {
			delete(t.counts, h)
		} else {
			t.counts[h] = c / 2
		}
	}
}

// blockHash is the hash of an element's normalised text (lower case,
// letters and digits, one space between words: navText's form), when its
// length is within the template bounds. It reads the text once, without
// building it, and stops as soon as it is too long.
func blockHash(n *html.Node) (uint64, bool) {
	const (
		offset64 = 14695981039346656037
		prime64  = 1099511628211
	)
	h := uint64(offset64)
	runes, space := 0, false
	var buf [utf8.UTFMax]byte
	var walk func(c *html.Node) bool // false: too long
	walk = func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			for _, r := range c.Data {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					space = runes > 0
					continue
				}
				if space {
					h = (h ^ ' ') * prime64
					runes++
					space = false
				}
				k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
				for _, b := range buf[:k] {
					h = (h ^ uint64(b)) * prime64
				}
				if runes++; runes > templateMaxText {
					return false
				}
			}
			return true
		case html.ElementNode:
			switch c.Data {
			case "script", "style", "noscript", "template":
				return true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if !walk(k) {
				return false
			}
		}
		return true
	}
	if !walk(n) || runes < templateMinText {
		return 0, false
	}
	return h, true
}
