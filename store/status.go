package store

import (
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"
)

// Status is the run history of one feed.
type Status struct {
	Feed                string    `json:"feed"`
	LastRun             time.Time `json:"last_run,omitzero"`
	LastSuccess         time.Time `json:"last_success,omitzero"`
	LastError           string    `json:"last_error,omitempty"` // "" after a success
	LastErrorAt         time.Time `json:"last_error_at,omitzero"`
	ConsecutiveFailures int       `json:"consecutive_failures,omitempty"`
	LastGoodItems       int       `json:"last_good_items,omitempty"` // items found by the last successful run
	// DeferredUntil: the site asked (Retry-After) not to be asked before
	// then; runs until then skip the feed. Zero after a success.
	DeferredUntil time.Time `json:"deferred_until,omitzero"`
}

// Status returns the feed's status; a zero Status with Feed set if it has
// never run.
func (s *Store) Status(feed string) (Status, error) {
	var st Status
	err := s.view(func(tx *bbolt.Tx) error {
		b, err := bucketOf(tx, bucketStatus)
		if err != nil {
			return err
		}
		st, err = getStatus(b, feed)
		return err
	})
	if err != nil {
		return Status{}, fmt.Errorf("status %s: %w", feed, err)
	}
	return st, nil
}

// Statuses returns every recorded status, sorted by feed.
func (s *Store) Statuses() ([]Status, error) {
	var all []Status
	err := s.view(func(tx *bbolt.Tx) error {
		b, err := bucketOf(tx, bucketStatus)
		if err != nil {
			return err
		}
		return b.ForEach(func(k, v []byte) error {
			st, err := decodeStatus(string(k), v)
			all = append(all, st)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("statuses: %w", err)
	}
	return all, nil
}

// RecordSuccess records a successful run that found itemsFound items: it
// clears the error and the failure count.
func (s *Store) RecordSuccess(feed string, at time.Time, itemsFound int) error {
	return s.updateStatus(feed, func(st *Status) {
		st.LastRun, st.LastSuccess = at, at
		st.LastError = ""
		st.ConsecutiveFailures = 0
		st.LastGoodItems = itemsFound
		st.DeferredUntil = time.Time{}
	})
}

// RecordDeferred records a run that did not ask the site because it asked
// not to be asked before until: not a failure, and the last error stays.
func (s *Store) RecordDeferred(feed string, at, until time.Time) error {
	return s.updateStatus(feed, func(st *Status) {
		st.LastRun = at
		st.DeferredUntil = until
	})
}

// RecordFailure records a failed run and counts consecutive failures.
func (s *Store) RecordFailure(feed string, at time.Time, runErr error) error {
	msg := "unknown error"
	if runErr != nil {
		msg = runErr.Error()
	}
	return s.updateStatus(feed, func(st *Status) {
		st.LastRun, st.LastErrorAt = at, at
		st.LastError = msg
		st.ConsecutiveFailures++
	})
}

func (s *Store) updateStatus(feed string, change func(*Status)) error {
	if err := checkFeed(feed); err != nil {
		return fmt.Errorf("record status: %w", err)
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := bucketOf(tx, bucketStatus)
		if err != nil {
			return err
		}
		st, err := getStatus(b, feed)
		if err != nil {
			return err
		}
		change(&st)
		v, err := json.Marshal(st)
		if err != nil {
			return fmt.Errorf("encode: %w", err)
		}
		return b.Put([]byte(feed), v)
	})
	if err != nil {
		return fmt.Errorf("record status %s: %w", feed, err)
	}
	return nil
}

func getStatus(b *bbolt.Bucket, feed string) (Status, error) {
	return decodeStatus(feed, b.Get([]byte(feed)))
}

// decodeStatus decodes a stored status; nil v is a feed that never ran.
func decodeStatus(feed string, v []byte) (Status, error) {
	st := Status{Feed: feed}
	if v == nil {
		return st, nil
	}
	if err := json.Unmarshal(v, &st); err != nil {
		return Status{}, fmt.Errorf("decode status %s: %w", feed, err)
	}
	st.Feed = feed
	return st, nil
}
