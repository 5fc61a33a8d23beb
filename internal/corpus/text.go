package corpus

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// writer draws plausible text in one language from its word pool.
type writer struct {
	rng  *rand.Rand
	lang *lang
	pool []string
}

// word picks a word, frequent ones more often.
func (w *writer) word() string {
	u := w.rng.Float64()
	return w.pool[int(u*u*float64(len(w.pool)))]
}

// words writes n words separated by spaces, the first one capitalised,
// with an occasional comma.
func (w *writer) words(b *strings.Builder, n int) {
	for i := range n {
		if i > 0 {
			if i > 2 && i < n-2 && w.rng.IntN(9) == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		word := w.word()
		if i == 0 {
			word = w.capitalise(word)
		}
		b.WriteString(word)
	}
}

func (w *writer) capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(w.lang.caser.ToUpper(r)) + s[size:]
}

// sentence is 8 to 22 words ending with a full stop.
func (w *writer) sentence(b *strings.Builder) {
	w.words(b, 8+w.rng.IntN(15))
	b.WriteByte('.')
}

// title is 6 to 11 words, no full stop.
func (w *writer) title() string {
	var b strings.Builder
	w.words(&b, 6+w.rng.IntN(6))
	return b.String()
}

// summary is one or two sentences.
func (w *writer) summary() string {
	var b strings.Builder
	for i := range 1 + w.rng.IntN(2) {
		if i > 0 {
			b.WriteByte(' ')
		}
		w.sentence(&b)
	}
	return b.String()
}

// paragraph is 3 to 6 sentences.
func (w *writer) paragraph() string {
	var b strings.Builder
	for i := range 3 + w.rng.IntN(4) {
		if i > 0 {
			b.WriteByte(' ')
		}
		w.sentence(&b)
	}
	return b.String()
}
