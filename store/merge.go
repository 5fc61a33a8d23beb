package store

import (
	"bytes"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"sitefeed/conditional"
	"sitefeed/item"
)

// MergeStats counts what a merge did, one count per distinct URL.
type MergeStats struct{ New, Updated, Unchanged int }

// Merge merges a batch of a feed's items found by one run into the store,
// in one transaction (one fsync). A run may call it several times as the
// scraper streams batches.
//
//   - A new URL is inserted with FirstSeen = LastSeen = Updated = now.
//   - A known URL whose fields changed is updated (Updated = now); its URL
//     and FirstSeen never change. Fields the new item lacks (content,
//     summary, image, date, attachments...) keep their stored values first,
//     so a failed article fetch does not erase an earlier one.
//   - A known URL with no change only gets LastSeen = now.
//
// Items missing from a run are never deleted. Every item needs a URL.
func (s *Store) Merge(feed string, items []item.Item, now time.Time) (MergeStats, error) {
	return s.MergeWithValidators(feed, items, nil, now)
}

// MergeWithValidators is Merge that also stores HTTP validators (of the
// batch's article pages) in the same transaction: one fsync per list page
// instead of one per article.
func (s *Store) MergeWithValidators(feed string, items []item.Item, vals map[string]conditional.Validators, now time.Time) (MergeStats, error) {
	if err := checkBatch(feed, items); err != nil {
		return MergeStats{}, fmt.Errorf("merge %s: %w", feed, err)
	}
	if len(items) == 0 && len(vals) == 0 {
		return MergeStats{}, nil
	}
	now = now.UTC() // also drops the monotonic reading
	var stats MergeStats
	err := s.update(func(tx *bbolt.Tx) error {
		if err := putValidators(tx, vals); err != nil {
			return err
		}
		if len(items) == 0 {
			return nil
		}
		fb, err := writeFeed(tx, feed)
		if err != nil {
			return err
		}
		stats, err = mergeInto(fb, items, now)
		return err
	})
	if err != nil {
		return MergeStats{}, fmt.Errorf("merge %s: %w", feed, err)
	}
	return stats, nil
}

func checkBatch(feed string, items []item.Item) error {
	if err := checkFeed(feed); err != nil {
		return err
	}
	for i, it := range items {
		if it.URL == "" {
			return fmt.Errorf("item %d (%q) has no URL", i, it.Title)
		}
	}
	return nil
}

// mergeInto applies the batch inside a write transaction.
func mergeInto(fb feedBuckets, items []item.Item, now time.Time) (MergeStats, error) {
	var stats MergeStats
	counted := make(map[string]bool, len(items))
	for _, it := range items {
		oc, err := mergeOne(fb, it, now)
		if err != nil {
			return MergeStats{}, err
		}
		if !counted[it.URL] {
			counted[it.URL] = true
			stats.count(oc)
		}
	}
	return stats, nil
}

func (m *MergeStats) count(oc outcome) {
	switch oc {
	case outcomeNew:
		m.New++
	case outcomeUpdated:
		m.Updated++
	default:
		m.Unchanged++
	}
}

// mergeOne stores one item and keeps the order index in step.
func mergeOne(fb feedBuckets, it item.Item, now time.Time) (outcome, error) {
	old, found, err := getEntry(fb.items, it.URL)
	if err != nil {
		return 0, err
	}
	e, oc := mergeEntry(old, found, it, now)
	v, err := encodeEntry(e)
	if err != nil {
		return 0, fmt.Errorf("encode item %s: %w", it.URL, err)
	}
	if err := fb.items.Put([]byte(e.URL), v); err != nil {
		return 0, fmt.Errorf("put item %s: %w", e.URL, err)
	}
	return oc, reindex(fb.order, old, found, e)
}

// reindex moves the entry's order key when its date changed.
func reindex(order *bbolt.Bucket, old item.Entry, found bool, e item.Entry) error {
	key := orderKey(e)
	if found {
		oldKey := orderKey(old)
		if bytes.Equal(oldKey, key) {
			return nil
		}
		if err := order.Delete(oldKey); err != nil {
			return fmt.Errorf("unindex item %s: %w", e.URL, err)
		}
	}
	if err := order.Put(key, []byte{}); err != nil {
		return fmt.Errorf("index item %s: %w", e.URL, err)
	}
	return nil
}
