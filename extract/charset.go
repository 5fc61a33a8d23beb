package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// DecodeHTML returns body as UTF-8. The charset comes from, in order: a
// byte-order mark, the Content-Type header, a <meta> declaration in the
// first 1024 bytes; a body without any declaration is UTF-8 when it is
// valid UTF-8. colly would hand undeclared bytes to goquery as UTF-8 and
// ignore <meta charset>; this is the fix.
func DecodeHTML(body []byte, contentType string) ([]byte, string, error) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && name == "windows-1252" && utf8.Valid(body) {
		name = "utf-8"
	}
	if name == "utf-8" {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), name, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, name, nil
}
