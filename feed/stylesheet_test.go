package feed

import (
	"strings"
	"testing"
)

const nsXSL = "http://www.w3.org/1999/XSL/Transform"

func TestStylesheet(t *testing.T) {
	xsl := Stylesheet()
	root, err := parseStrict(xsl)
	if err != nil {
		t.Fatalf("feed.xsl is not well-formed: %v", err)
	}
	if root.Name.Space != nsXSL || root.Name.Local != "stylesheet" || root.attr("version") != "1.0" {
		t.Fatalf("root = %v version %q, want an XSLT 1.0 stylesheet", root.Name, root.attr("version"))
	}
	matches := map[string]bool{}
	root.walk(func(n *node) {
		if n.Name.Space == nsXSL && n.Name.Local == "template" {
			matches[n.attr("match")] = true
		}
	})
	for _, m := range []string{"/", "channel", "atom:feed"} {
		if !matches[m] {
			t.Errorf("no template matching %q (RSS and Atom must both render): %v", m, matches)
		}
	}
	if !strings.Contains(string(xsl), "This is a web feed: copy its address into your feed reader") {
		t.Error("the stylesheet lacks the note for readers")
	}
	if !strings.Contains(string(xsl), `xmlns:atom="`+nsAtom+`"`) {
		t.Error("the stylesheet does not bind the Atom namespace")
	}
	xsl[0] = 'X'
	if Stylesheet()[0] != '<' {
		t.Error("Stylesheet returns shared bytes: a caller's change leaks")
	}
}
