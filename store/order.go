package store

import (
	"encoding/binary"
	"strings"
	"time"

	"sitefeed/item"
)

// The order index key sorts, bytewise, by (Entry.Date(), numeric id, URL)
// ascending, so a cursor walking back from the last key yields the feed's
// newest entries first and reads only as many records as it returns.
//
//	8 bytes  Unix seconds, big-endian, sign bit flipped (negatives first)
//	4 bytes  nanoseconds, big-endian
//	1 byte   number of id digits (0: no id, sorts below any id)
//	n bytes  id digits without leading zeros (longer number sorts higher)
//	rest     the URL
const orderHeader = 13

// maxIDDigits bounds the id so its length fits the length byte.
const maxIDDigits = 255

func orderKey(e item.Entry) []byte {
	return orderKeyFor(e.Date(), e.URL)
}

func orderKeyFor(date time.Time, url string) []byte {
	id := trailingID(url)
	k := make([]byte, 0, orderHeader+len(id)+len(url))
	k = binary.BigEndian.AppendUint64(k, uint64(date.Unix())^(1<<63))
	k = binary.BigEndian.AppendUint32(k, uint32(date.Nanosecond()))
	k = append(k, byte(len(id)))
	k = append(k, id...)
	return append(k, url...)
}

// urlOfKey returns the URL at the end of an order key, "" if malformed.
func urlOfKey(k []byte) string {
	if len(k) < orderHeader {
		return ""
	}
	start := orderHeader + int(k[orderHeader-1])
	if start > len(k) {
		return ""
	}
	return string(k[start:])
}

// trailingID returns the digits at the end of the URL's path (query and
// fragment ignored, a trailing slash allowed), without leading zeros:
// "https://migration.gov.az/en/news_detail/9144" -> "9144". "" if none.
func trailingID(url string) string {
	path := url
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	if i := strings.Index(path, "://"); i >= 0 {
		rest := path[i+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return ""
		}
		path = rest[j:]
	}
	path = strings.TrimRight(path, "/")
	start := len(path)
	for start > 0 && path[start-1] >= '0' && path[start-1] <= '9' {
		start--
	}
	id := strings.TrimLeft(path[start:], "0")
	if len(id) > maxIDDigits {
		id = id[:maxIDDigits]
	}
	return id
}
