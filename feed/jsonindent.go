package feed

// indentJSON appends src, compact JSON as encoding/json writes it, to dst
// indented exactly as json.Indent would (the fuzz test holds it to that).
// json.Indent runs a validating state machine on every byte; feeds are
// mostly long HTML strings, which this copies in runs, making it several
// times faster. src must be valid JSON; it is never user input.
func indentJSON(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			j := stringEnd(src, i)
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, c, src[i+1]) // empty: stays "{}" or "[]"
				i++
				continue
			}
			depth++
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case '}', ']':
			depth--
			dst = newline(dst, prefix, indent, depth)
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case ' ', '\t', '\n', '\r':
			// insignificant white space, dropped as json.Indent does
			// between tokens
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd is the index just past the JSON string starting at src[i].
func stringEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(src)
}

func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
