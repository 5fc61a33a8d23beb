package crawl

import (
	"errors"
	"sync/atomic"
	"time"

	"sitefeed/item"
	"sitefeed/store"
)

// mergeBatch is how many items one store transaction merges: one fsync
// per batch keeps a backfill fast and its memory flat.
const mergeBatch = 100

// errMergeFailed stops a scrape whose items can no longer be stored.
var errMergeFailed = errors.New("storing items failed")

// merger merges a feed run's items into the store in batches, on its own
// goroutine, so fetching goes on while a batch is written.
type merger struct {
	mem   *memory
	feed  string
	now   func() time.Time
	batch []item.Item
	queue chan []item.Item
	done  chan struct{}

	failed atomic.Bool
	stats  store.MergeStats // owned by the goroutine until done
	err    error
}

func newMerger(mem *memory, feed string, now func() time.Time) *merger {
	m := &merger{mem: mem, feed: feed, now: now, queue: make(chan []item.Item, 1), done: make(chan struct{})}
	go m.loop()
	return m
}

func (m *merger) loop() {
	defer close(m.done)
	for batch := range m.queue {
		if m.err == nil {
			m.merge(batch)
		}
	}
}

func (m *merger) merge(batch []item.Item) {
	ms, err := m.mem.merge(m.feed, batch, m.now())
	m.stats.New += ms.New
	m.stats.Updated += ms.Updated
	m.stats.Unchanged += ms.Unchanged
	if err != nil && m.err == nil {
		m.err = err
		m.failed.Store(true)
	}
}

// add takes a page's items; a full batch goes to the store.
func (m *merger) add(items []item.Item) error {
	if m.failed.Load() {
		return errMergeFailed
	}
	m.batch = append(m.batch, items...)
	if len(m.batch) >= mergeBatch {
		m.queue <- m.batch
		m.batch = nil
	}
	return nil
}

// close merges what is left and reports the run's merge counts.
func (m *merger) close() (store.MergeStats, error) {
	close(m.queue)
	<-m.done
	if m.err == nil && len(m.batch) > 0 {
		m.merge(m.batch)
	}
	return m.stats, m.err
}
