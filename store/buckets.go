package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"sitefeed/item"
)

// feedBuckets are one feed's item records and its order index.
type feedBuckets struct {
	items, order *bbolt.Bucket
}

// readFeed returns the feed's buckets, or ok=false if it has none yet.
func readFeed(tx *bbolt.Tx, feed string) (feedBuckets, bool, error) {
	items, order, err := topLevel(tx)
	if err != nil {
		return feedBuckets{}, false, err
	}
	fb := feedBuckets{items: items.Bucket([]byte(feed)), order: order.Bucket([]byte(feed))}
	if fb.items == nil || fb.order == nil {
		return feedBuckets{}, false, nil
	}
	return fb, true, nil
}

// writeFeed returns the feed's buckets, creating them.
func writeFeed(tx *bbolt.Tx, feed string) (feedBuckets, error) {
	items, order, err := topLevel(tx)
	if err != nil {
		return feedBuckets{}, err
	}
	var fb feedBuckets
	if fb.items, err = items.CreateBucketIfNotExists([]byte(feed)); err != nil {
		return feedBuckets{}, fmt.Errorf("create items bucket: %w", err)
	}
	if fb.order, err = order.CreateBucketIfNotExists([]byte(feed)); err != nil {
		return feedBuckets{}, fmt.Errorf("create order bucket: %w", err)
	}
	return fb, nil
}

func topLevel(tx *bbolt.Tx) (items, order *bbolt.Bucket, err error) {
	items, order = tx.Bucket(bucketItems), tx.Bucket(bucketOrder)
	if items == nil || order == nil {
		return nil, nil, errors.New("store layout damaged: items or order bucket missing")
	}
	return items, order, nil
}

// getEntry decodes the entry stored under url.
func getEntry(b *bbolt.Bucket, url string) (item.Entry, bool, error) {
	v := b.Get([]byte(url))
	if v == nil {
		return item.Entry{}, false, nil
	}
	var e item.Entry
	if err := json.Unmarshal(v, &e); err != nil {
		return item.Entry{}, false, fmt.Errorf("decode item %s: %w", url, err)
	}
	return e, true, nil
}

// encodeEntry is json.Marshal without HTML escaping: content is HTML, and
// "\u003cp\u003e" is both bigger and slower to decode than "<p>". The
// result is a fresh slice (bbolt keeps it until the transaction commits).
func encodeEntry(e item.Entry) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(jsonSizeHint(e))
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonSizeHint is a generous guess of an entry's JSON size, so encoding
// allocates once.
func jsonSizeHint(e item.Entry) int {
	n := 1024 + len(e.URL) + len(e.Title) + len(e.Summary) + len(e.Content) + len(e.Image)
	for _, s := range e.Images {
		n += 8 + len(s)
	}
	for _, a := range e.Attachments {
		n += 96 + len(a.URL) + len(a.Title) + len(a.Type)
	}
	return n + n/8 // escapes
}

// bucketOf returns a top-level bucket, which every store at schema 1 has.
func bucketOf(tx *bbolt.Tx, name []byte) (*bbolt.Bucket, error) {
	b := tx.Bucket(name)
	if b == nil {
		return nil, fmt.Errorf("store layout damaged: %s bucket missing", name)
	}
	return b, nil
}

func checkFeed(feed string) error {
	if feed == "" {
		return errors.New("empty feed name")
	}
	return nil
}
