package feed

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// StyleHashes are the Content-Security-Policy sources ('sha256-…') of the
// inline <style> elements of the page feed.xsl makes, so a server can
// allow exactly them without 'unsafe-inline'. Their text is fixed: XSLT
// copies it unchanged. index.html and the feed pages have no inline style:
// they link style.css, which style-src 'self' allows.
func StyleHashes() []string {
	var out []string
	for _, css := range styleTexts(string(stylesheet)) {
		sum := sha256.Sum256([]byte(css))
		out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	return out
}

// styleTexts returns the text of each <style> element of a template.
func styleTexts(doc string) []string {
	var out []string
	for {
		i := strings.Index(doc, "<style>")
		if i < 0 {
			return out
		}
		doc = doc[i+len("<style>"):]
		j := strings.Index(doc, "</style>")
		if j < 0 {
			return out
		}
		out = append(out, doc[:j])
		doc = doc[j:]
	}
}
