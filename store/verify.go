package store

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"

	"sitefeed/conditional"
)

// maxProblems caps how many problems a Report lists; the rest are counted.
const maxProblems = 20

// Report is what Verify found in a store file.
type Report struct {
	Path     string
	Feeds    int      // feeds with an items bucket
	Records  int      // records decoded (items, status, validators, order keys)
	Problems []string // the first maxProblems problems
	More     int      // problems beyond those listed
}

// OK reports that Verify found no problem.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

func (r *Report) problem(format string, args ...any) {
	if len(r.Problems) >= maxProblems {
		r.More++
		return
	}
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// Verify opens the store at path read-only and checks it whole: every
// record decodes (items as item.Entry, status, validators, order keys
// pointing at items), then bbolt's own page check (tx.Check). The error
// wraps ErrDamaged when it found problems (the Report lists them), or is
// Open's error (ErrLocked, ErrDamaged, ErrNotStore) when it could not look.
func Verify(path string) (Report, error) {
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		return Report{Path: path}, err
	}
	defer s.Close()
	return s.Verify()
}

// Verify checks the open store like the package's Verify.
func (s *Store) Verify() (Report, error) {
	r := Report{Path: s.path}
	// Decoding walks every page through s.view first: bbolt's Check runs
	// in a goroutine of its own, where a bad page would crash, not panic.
	if err := s.view(func(tx *bbolt.Tx) error { return decodeAll(tx, &r) }); err != nil {
		r.problem("%v", err)
	}
	if r.OK() {
		if err := s.view(func(tx *bbolt.Tx) error { return boltCheck(tx, &r) }); err != nil {
			r.problem("%v", err)
		}
	}
	if !r.OK() {
		return r, fmt.Errorf("verify store %s: %w: %d problem(s); %s", s.path, ErrDamaged, len(r.Problems)+r.More, damagedHint)
	}
	return r, nil
}

// boltCheck runs tx.Check, collecting its findings.
func boltCheck(tx *bbolt.Tx, r *Report) error {
	for err := range tx.Check() {
		r.problem("bbolt check: %v", err)
	}
	return nil
}

// decodeAll decodes every record of every top-level bucket.
func decodeAll(tx *bbolt.Tx, r *Report) error {
	if _, err := storedVersion(tx); err != nil {
		r.problem("meta: %v", err)
	}
	for _, name := range [][]byte{bucketItems, bucketOrder, bucketStatus, bucketValidators, bucketBlobs} {
		if tx.Bucket(name) == nil {
			r.problem("bucket %s missing", name)
		}
	}
	if !r.OK() {
		return nil
	}
	decodeJSON[Status](tx.Bucket(bucketStatus), "status", r)
	decodeJSON[conditional.Validators](tx.Bucket(bucketValidators), "validators", r)
	return eachFeed(tx, r)
}

// eachFeed decodes each feed's items and checks its order index.
func eachFeed(tx *bbolt.Tx, r *Report) error {
	items, order := tx.Bucket(bucketItems), tx.Bucket(bucketOrder)
	return items.ForEachBucket(func(feed []byte) error {
		r.Feeds++
		ib := items.Bucket(feed)
		validJSON(ib, "items/"+string(feed), r)
		ob := order.Bucket(feed)
		if ob == nil {
			r.problem("order/%s: bucket missing", feed)
			return nil
		}
		return ob.ForEach(func(k, _ []byte) error {
			r.Records++
			if url := urlOfKey(k); url == "" || ib.Get([]byte(url)) == nil {
				r.problem("order/%s: key %x points at no item", feed, k)
			}
			return nil
		})
	})
}

// validJSON checks that every value of b is well-formed JSON, without
// building the records: items hold whole articles, and a snapshot of a
// backfilled store verifies them all (json.Unmarshal made verifying cost
// as much as the copy).
func validJSON(b *bbolt.Bucket, where string, r *Report) {
	_ = b.ForEach(func(k, v []byte) error {
		if v == nil {
			r.problem("%s: unexpected nested bucket %q", where, k)
			return nil
		}
		r.Records++
		if !json.Valid(v) || len(v) == 0 || v[0] != '{' {
			r.problem("%s: record %q is not a JSON object", where, k)
		}
		return nil
	})
}

// decodeJSON unmarshals every value of b as a T.
func decodeJSON[T any](b *bbolt.Bucket, where string, r *Report) {
	_ = b.ForEach(func(k, v []byte) error {
		if v == nil {
			r.problem("%s: unexpected nested bucket %q", where, k)
			return nil
		}
		r.Records++
		var rec T
		if err := json.Unmarshal(v, &rec); err != nil {
			r.problem("%s: record %q: %v", where, k, err)
		}
		return nil
	})
}
