package fixturesite

import (
	"errors"
	"path"
	"strings"
)

// Errors of resolve, mapped to HTTP statuses by the server.
var (
	errTraversal = errors.New("path escapes the site root")
	errNoFile    = errors.New("no file for this URL")
)

// trackingParams are query parameters the real site ignores; they are
// dropped before mapping so that a shared link still finds its page.
var trackingParams = []string{"utm_", "fbclid", "gclid", "yclid"}

// resolve maps a request path (already percent-decoded) and raw query to a
// slash-separated file path relative to the site root:
//
//	/ and /index.php            -> index.html
//	/index.php/az/news          -> az/news.html
//	/az/news?page=2             -> az/news@page=2.html
//	/az/news?page=1             -> az/news.html (page 1 is the list itself)
//	/az/news_detail/1?utm_x=y   -> az/news_detail/1.html (tracking dropped)
//	/uploads/files/a.pdf?v=3    -> uploads/files/a.pdf (query ignored)
//
// A ".." segment is refused with errTraversal; hidden files and queries
// that would name a path are refused with errNoFile.
func resolve(urlPath, rawQuery string) (string, error) {
	if strings.ContainsRune(urlPath, 0) {
		return "", errNoFile
	}
	for seg := range strings.SplitSeq(strings.ReplaceAll(urlPath, `\`, "/"), "/") {
		if seg == ".." {
			return "", errTraversal
		}
	}
	p := path.Clean("/" + urlPath)
	if p == "/index.php" {
		p = "/"
	}
	p = strings.TrimPrefix(p, "/index.php/")
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		p = "index"
	}
	for seg := range strings.SplitSeq(p, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", errNoFile
		}
	}
	if path.Ext(p) != "" {
		return p, nil
	}
	q := cleanQuery(rawQuery)
	if q == "" {
		return p + ".html", nil
	}
	if strings.ContainsAny(q, "/\\\x00") || strings.Contains(q, "..") {
		return "", errNoFile
	}
	return p + "@" + q + ".html", nil
}

// cleanQuery drops tracking parameters and a "page=1" from a raw query,
// keeping the order and spelling of the rest.
func cleanQuery(rawQuery string) string {
	var kept []string
	for part := range strings.SplitSeq(rawQuery, "&") {
		if part == "" || part == "page=1" || isTracking(part) {
			continue
		}
		kept = append(kept, part)
	}
	return strings.Join(kept, "&")
}

func isTracking(param string) bool {
	key, _, _ := strings.Cut(param, "=")
	key = strings.ToLower(key)
	for _, t := range trackingParams {
		if strings.HasPrefix(key, t) {
			return true
		}
	}
	return false
}

// contentTypes is deliberately explicit: HTML goes out without a charset
// parameter, as on the real site, so clients must sniff <meta charset>.
var contentTypes = map[string]string{
	".html": "text/html",
	".htm":  "text/html",
	".pdf":  "application/pdf",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".gif":  "image/gif",
	".png":  "image/png",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".md":   "text/plain; charset=utf-8",
}

// contentType returns the Content-Type for a file name.
func contentType(name string) string {
	if ct, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return ct
	}
	return "application/octet-stream"
}
