package store

import (
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"sitefeed/item"
)

// Entries returns the feed's newest limit entries (all when limit <= 0),
// by Entry.Date() descending, ties by the URL's numeric id descending, then
// by URL descending. It reads only the records it returns.
func (s *Store) Entries(feed string, limit int) ([]item.Entry, error) {
	var out []item.Entry
	err := s.view(func(tx *bbolt.Tx) error {
		fb, ok, err := readFeed(tx, feed)
		if !ok || err != nil {
			return err
		}
		out, err = newest(fb, limit)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("entries %s: %w", feed, err)
	}
	return out, nil
}

func newest(fb feedBuckets, limit int) ([]item.Entry, error) {
	var out []item.Entry
	if limit > 0 {
		out = make([]item.Entry, 0, limit)
	}
	c := fb.order.Cursor()
	for k, _ := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, _ = c.Prev() {
		url := urlOfKey(k)
		e, found, err := getEntry(fb.items, url)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, fmt.Errorf("order index names %q, which is not stored", url)
		}
		out = append(out, e)
	}
	return out, nil
}

// Get returns the feed's entry for a canonical URL.
func (s *Store) Get(feed, url string) (item.Entry, bool, error) {
	var (
		e     item.Entry
		found bool
	)
	err := s.view(func(tx *bbolt.Tx) error {
		fb, ok, err := readFeed(tx, feed)
		if !ok || err != nil {
			return err
		}
		e, found, err = getEntry(fb.items, url)
		return err
	})
	if err != nil {
		return item.Entry{}, false, fmt.Errorf("get %s %s: %w", feed, url, err)
	}
	return e, found, nil
}

// Count returns how many entries the feed has.
func (s *Store) Count(feed string) (int, error) {
	var n int
	err := s.view(func(tx *bbolt.Tx) error {
		fb, ok, err := readFeed(tx, feed)
		if ok {
			n = fb.order.Stats().KeyN
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("count %s: %w", feed, err)
	}
	return n, nil
}

// Lookup reports, in one read transaction, which URLs the feed has stored,
// whether their article page was already read (ContentSource != ""), and
// their stored title and date.
// The map has an entry for every URL asked about.
func (s *Store) Lookup(feed string, urls []string) (map[string]item.Known, error) {
	out := make(map[string]item.Known, len(urls))
	err := s.view(func(tx *bbolt.Tx) error {
		fb, ok, err := readFeed(tx, feed)
		if err != nil {
			return err
		}
		for _, u := range urls {
			if out[u], err = lookupOne(fb, ok, u); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lookup %s: %w", feed, err)
	}
	return out, nil
}

func lookupOne(fb feedBuckets, ok bool, url string) (item.Known, error) {
	if !ok {
		return item.Known{}, nil
	}
	v := fb.items.Get([]byte(url))
	if v == nil {
		return item.Known{}, nil
	}
	var probe struct {
		Title         string    `json:"title"`
		Published     time.Time `json:"published"`
		ContentSource string    `json:"content_source"`
	}
	if err := json.Unmarshal(v, &probe); err != nil {
		return item.Known{}, fmt.Errorf("decode item %s: %w", url, err)
	}
	return item.Known{Stored: true, HasArticle: probe.ContentSource != "", Title: probe.Title, Published: probe.Published}, nil
}

// Feeds lists the feeds that have stored items, sorted.
func (s *Store) Feeds() ([]string, error) {
	var feeds []string
	err := s.view(func(tx *bbolt.Tx) error {
		items, err := bucketOf(tx, bucketItems)
		if err != nil {
			return err
		}
		return items.ForEachBucket(func(k []byte) error {
			feeds = append(feeds, string(k))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return feeds, nil
}
