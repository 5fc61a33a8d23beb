package crawl

import (
	"slices"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"sitefeed/conditional"
	"sitefeed/item"
	"sitefeed/plain"
	"sitefeed/store"
)

// memory adapts the store to what the crawl remembers between runs.
// An article page's validators are held until its item is merged and are
// written in that transaction; a page whose item is never handed over
// (a cancelled run) leaves no validator behind. List pages' validators
// come at the end of a successful feed run and are written then.
type memory struct {
	st       *store.Store
	maxItems map[string]int

	mu      sync.Mutex
	pending map[string]conditional.Validators
}

func newMemory(st *store.Store, maxItems map[string]int) *memory {
	return &memory{st: st, maxItems: maxItems, pending: map[string]conditional.Validators{}}
}

// merge stores a batch with its items' validators.
func (m *memory) merge(feed string, items []item.Item, now time.Time) (store.MergeStats, error) {
	return m.st.MergeWithValidators(feed, items, m.takeFor(items), now)
}

// flush writes the validators left (the list pages'); discard drops them.
func (m *memory) flush() error { return m.st.PutValidators(m.take()) }
func (m *memory) discard()     { m.take() }

func (m *memory) takeFor(items []item.Item) map[string]conditional.Validators {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]conditional.Validators{}
	for _, it := range items {
		if v, ok := m.pending[it.URL]; ok {
			out[it.URL] = v
			delete(m.pending, it.URL)
		}
	}
	return out
}

func (m *memory) take() map[string]conditional.Validators {
	m.mu.Lock()
	defer m.mu.Unlock()
	v := m.pending
	m.pending = map[string]conditional.Validators{}
	return v
}

func (m *memory) Lookup(feed string, urls []string) (map[string]item.Known, error) {
	return m.st.Lookup(feed, urls)
}

// pendingWindow is how many of a feed's newest items Pending looks at:
// older ones are retried whenever their list page changes.
const pendingWindow = 10

// Pending looks among the feed's newest items only: it runs on every
// steady-state refresh, which must stay cheap.
func (m *memory) Pending(feed string, limit int) ([]item.Item, error) {
	entries, err := m.st.Entries(feed, min(pendingWindow, m.maxItems[feed]))
	if err != nil {
		return nil, err
	}
	var out []item.Item
	for _, e := range entries {
		if e.ContentSource == "" && len(out) < limit {
			out = append(out, e.Item)
		}
	}
	return out, nil
}

func (m *memory) Stale(feed string, before time.Time, limit int) ([]item.Item, time.Time, error) {
	entries, err := m.st.Entries(feed, m.maxItems[feed])
	if err != nil {
		return nil, time.Time{}, err
	}
	type aged struct {
		it      item.Item
		checked time.Time
	}
	var out []aged
	var earliest time.Time
	for _, e := range entries {
		if e.ContentSource == "" || e.ContentSource == "none" {
			continue // never read: Pending's; no content: nothing to edit
		}
		v, ok, err := m.Validators(e.URL)
		if err != nil {
			return nil, time.Time{}, err
		}
		switch {
		case !ok || v.Checked.Before(before):
			out = append(out, aged{e.Item, v.Checked})
		case earliest.IsZero() || v.Checked.Before(earliest):
			earliest = v.Checked
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].checked.Before(out[j].checked) })
	items := make([]item.Item, 0, min(limit, len(out)))
	for _, a := range out[:min(limit, len(out))] {
		items = append(items, a.it)
	}
	if len(out) > limit {
		earliest = before // more are due already
	}
	return items, earliest, nil
}

func (m *memory) Validators(url string) (conditional.Validators, bool, error) {
	m.mu.Lock()
	v, ok := m.pending[url]
	m.mu.Unlock()
	if ok {
		return v, true, nil
	}
	return m.st.Validators(url)
}

func (m *memory) SetValidators(url string, v conditional.Validators) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pending[url] = v
	return nil
}

func (m *memory) Blob(key string) ([]byte, bool, error) { return m.st.Blob(key) }
func (m *memory) SetBlob(key string, data []byte) error { return m.st.SetBlob(key, data) }

// typicalWindow is how many of a feed's newest articles give its typical
// content length.
const typicalWindow = 10

// TypicalLength is the median length, in runes of plain text, of the
// content of the feed's newest articles (0: none stored yet). The error
// page check asks for it only when a page carries an error phrase.
func (m *memory) TypicalLength(feed string) int {
	entries, err := m.st.Entries(feed, typicalWindow)
	if err != nil {
		return 0
	}
	var n []int
	for _, e := range entries {
		if e.ContentSource != "" && e.ContentSource != "none" {
			n = append(n, utf8.RuneCountInString(plain.FromHTML(e.Content)))
		}
	}
	if len(n) == 0 {
		return 0
	}
	slices.Sort(n)
	return n[len(n)/2]
}
