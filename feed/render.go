package feed

import (
	"fmt"

	"sitefeed/item"
)

// Renderer renders a feed in every format at once. It cleans the entries
// once for the three formats, and it reuses its output buffers from one
// call to the next: a run that renders several feeds allocates (and the
// kernel zeroes) megabytes of buffer once rather than per feed and format.
// A Renderer is not safe for concurrent use.
type Renderer struct {
	bufs [][]byte
}

// Output is one rendered file of a feed.
type Output struct {
	Format Format
	Data   []byte // valid until the Renderer's next Render
}

// Render renders entries, in the given order, in every format of Formats,
// in that order. The returned bytes are overwritten by the next call.
func (r *Renderer) Render(m Meta, entries []item.Entry) ([]Output, error) {
	v, err := newFeedView(m, entries)
	if err != nil {
		return nil, err
	}
	formats := Formats()
	if len(r.bufs) != len(formats) {
		r.bufs = make([][]byte, len(formats))
	}
	out := make([]Output, len(formats))
	for i, f := range formats {
		data, err := f.render(v, r.bufs[i])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Ext, err)
		}
		r.bufs[i] = data
		out[i] = Output{Format: f, Data: data}
	}
	return out, nil
}
