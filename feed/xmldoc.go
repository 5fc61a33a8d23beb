package feed

import (
	"bytes"
	"encoding/xml"
	"fmt"
)

// xmlProlog starts every RSS and Atom file: the XML declaration, then the
// stylesheet that makes a browser show a readable page (feed.xsl, written
// beside the feeds). gorilla/feeds writes no stylesheet PI.
const xmlProlog = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
	`<?xml-stylesheet type="text/xsl" href="` + StylesheetFile + `"?>` + "\n"

// marshalXML writes the prolog and v, indented, with a final newline, to
// dst[:0]. sizeHint is the expected output size, to allocate once.
func marshalXML(dst []byte, v any, sizeHint int) ([]byte, error) {
	buf := bytes.NewBuffer(dst[:0])
	buf.Grow(sizeHint)
	buf.WriteString(xmlProlog)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode xml: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// sizeHint estimates a rendered feed's size, to allocate its buffer once:
// about 1 KB per entry besides its content, and the content grown by
// num/den by the format's escaping.
func sizeHint(v feedView, num, den int) int {
	n := 2048
	for _, e := range v.Entries {
		n += 1024 + len(e.Content)*num/den + 2*len(e.Summary)
	}
	return n
}
