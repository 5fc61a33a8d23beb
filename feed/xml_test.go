package feed

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// TestParseStrictRejects proves the well-formedness check can fail: the
// inputs are what gorilla/feeds alone would produce for our fixtures.
func TestParseStrictRejects(t *testing.T) {
	tests := []struct {
		name string
		doc  string
	}{
		{name: "form feed in CDATA", doc: "<a><![CDATA[x\fy]]></a>"},
		{name: "form feed in text", doc: "<a>x\fy</a>"},
		{name: "unclosed element", doc: "<a><b></a>"},
		{name: "raw ampersand", doc: "<a>x & y</a>"},
		{name: "undeclared prefix", doc: "<a><content:encoded/></a>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseStrict([]byte(tt.doc)); err == nil {
				t.Errorf("parseStrict(%q) = nil error, want an error", tt.doc)
			}
		})
	}
}

func TestXMLFeedsWellFormed(t *testing.T) {
	for _, c := range renderCases(t) {
		for _, f := range []Format{{Ext: "rss", Render: RSS}, {Ext: "atom", Render: Atom}} {
			t.Run(c.name+"."+f.Ext, func(t *testing.T) {
				out, err := f.Render(c.meta, c.entries)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := parseStrict(out); err != nil {
					t.Fatalf("strict XML parse: %v", err)
				}
				checkProlog(t, out)
			})
		}
	}
}

// checkProlog asserts the document starts with the XML declaration, then
// the stylesheet PI, then the root element.
func checkProlog(t *testing.T, doc []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var pis []xml.ProcInst
	for {
		tok, err := d.Token()
		if err != nil {
			t.Fatal(err)
		}
		if pi, ok := tok.(xml.ProcInst); ok {
			pis = append(pis, pi.Copy())
			continue
		}
		if _, ok := tok.(xml.StartElement); ok {
			break
		}
	}
	if len(pis) != 2 {
		t.Fatalf("got %d processing instructions before the root, want 2", len(pis))
	}
	if pis[0].Target != "xml" || !strings.Contains(string(pis[0].Inst), `encoding="UTF-8"`) {
		t.Errorf("first PI = %s %s, want the UTF-8 XML declaration", pis[0].Target, pis[0].Inst)
	}
	if pis[1].Target != "xml-stylesheet" || string(pis[1].Inst) != `type="text/xsl" href="feed.xsl"` {
		t.Errorf("second PI = %s %s, want xml-stylesheet to feed.xsl", pis[1].Target, pis[1].Inst)
	}
	if !bytes.HasPrefix(doc, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Errorf("document does not start with the XML declaration: %.60q", doc)
	}
}
