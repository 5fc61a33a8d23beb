package extract

import (
	"encoding/json"
	"hash/fnv"
	"sync"
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

// observe counts the short blocks of one page, once per page and run.
func (t *Template) observe(page string, root *html.Node) {
	if t == nil {
		return
	}
	hashes := map[uint64]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "head":
				return
			}
			if isBlock(n.Data) && n.Data != "body" {
				if h, ok := blockHash(n); ok {
					hashes[h] = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.seen[page] {
		return
	}
	t.seen[page] = true
	t.pages++
	for h := range hashes {
		t.counts[h]++
	}
	if len(t.counts) > templateCap || t.pages > 1000 {
		t.shrink()
	}
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

// is reports a template block.
func (t *Template) is(n *html.Node) bool {
	if t == nil || n.Type != html.ElementNode {
		return false
	}
	h, ok := blockHash(n)
	if !ok {
		return false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pages < templateMinPages {
		return false
	}
	c := t.counts[h]
	return c >= 3 && 2*c >= t.pages
}

// blockHash is the hash of an element's normalised text, when its length
// is within the template bounds.
func blockHash(n *html.Node) (uint64, bool) {
	text := navText(boundedText(n, 4*templateMaxText))
	if l := utf8.RuneCountInString(text); l < templateMinText || l > templateMaxText {
		return 0, false
	}
	h := fnv.New64a()
	h.Write([]byte(text))
	return h.Sum64(), true
}
