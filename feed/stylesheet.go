package feed

import (
	"bytes"
	_ "embed"
)

//go:embed feed.xsl
var stylesheet []byte

// Stylesheet returns the XSLT 1.0 stylesheet that RSS and Atom files
// reference as feed.xsl (same directory), so that a browser opening a feed
// shows a readable page instead of raw XML. The caller writes it as
// public/feed.xsl. Each call returns a fresh copy.
func Stylesheet() []byte {
	return bytes.Clone(stylesheet)
}
