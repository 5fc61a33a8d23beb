package feed

import (
	"fmt"
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/idna"
)

// mimeType is the attachment's own type, or one guessed from the URL's file
// extension, or application/octet-stream.
func mimeType(declared, rawURL string) string {
	if declared != "" {
		return declared
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return "application/octet-stream"
	}
	switch strings.ToLower(path.Ext(u.Path)) {
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".png":
		return "image/png"
	case ".gif":
		return "image/gif"
	case ".webp":
		return "image/webp"
	case ".pdf":
		return "application/pdf"
	case ".doc":
		return "application/msword"
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".xls":
		return "application/vnd.ms-excel"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	return "application/octet-stream"
}

// absoluteURL returns raw as an absolute http(s) URL in ASCII: an IDN host
// in punycode, non-ASCII bytes and spaces percent-encoded. Feed validators
// reject relative and non-ASCII URLs. A URL already in that form is
// returned unchanged, so GUIDs keep their exact spelling.
func absoluteURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("url %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("url %q: not an absolute http(s) URL", raw)
	}
	if isPlainASCII(raw) {
		return raw, nil
	}
	host, err := idna.Lookup.ToASCII(u.Hostname())
	if err != nil {
		return "", fmt.Errorf("url %q: host: %w", raw, err)
	}
	if port := u.Port(); port != "" {
		host += ":" + port
	}
	u.Host = host
	u.RawQuery = escapeNonASCII(u.RawQuery)
	return u.String(), nil
}

// isPlainASCII reports whether s is printable ASCII without spaces.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// escapeNonASCII percent-encodes the bytes of s that are not printable
// ASCII; url.URL.String leaves a raw query as it is.
func escapeNonASCII(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// fileName is the last path segment of a URL, unescaped, for link texts.
func fileName(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || path.Base(u.Path) == "/" || path.Base(u.Path) == "." {
		return rawURL
	}
	return path.Base(u.Path)
}
