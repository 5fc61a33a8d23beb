package store

import (
	"encoding/json"
	"errors"
	"fmt"

	"sitefeed/conditional"

	"go.etcd.io/bbolt"
)

// Validators returns the validators stored for url.
func (s *Store) Validators(url string) (conditional.Validators, bool, error) {
	var (
		v     conditional.Validators
		found bool
	)
	err := s.view(func(tx *bbolt.Tx) error {
		b, err := bucketOf(tx, bucketValidators)
		if err != nil {
			return err
		}
		raw := b.Get([]byte(url))
		if raw == nil {
			return nil
		}
		found = true
		return json.Unmarshal(raw, &v)
	})
	if err != nil {
		return conditional.Validators{}, false, fmt.Errorf("validators %s: %w", url, err)
	}
	return v, found, nil
}

// SetValidators stores the validators for url, replacing older ones.
func (s *Store) SetValidators(url string, v conditional.Validators) error {
	if url == "" {
		return errors.New("set validators: empty URL")
	}
	err := s.update(func(tx *bbolt.Tx) error {
		return putValidators(tx, map[string]conditional.Validators{url: v})
	})
	if err != nil {
		return fmt.Errorf("set validators %s: %w", url, err)
	}
	return nil
}

// putValidators writes validators inside a write transaction.
func putValidators(tx *bbolt.Tx, vals map[string]conditional.Validators) error {
	if len(vals) == 0 {
		return nil
	}
	b, err := bucketOf(tx, bucketValidators)
	if err != nil {
		return err
	}
	for url, v := range vals {
		if url == "" {
			return errors.New("validators for an empty URL")
		}
		raw, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(url), raw); err != nil {
			return err
		}
	}
	return nil
}

// PutValidators stores many URLs' validators in one transaction.
func (s *Store) PutValidators(vals map[string]conditional.Validators) error {
	if len(vals) == 0 {
		return nil
	}
	if err := s.update(func(tx *bbolt.Tx) error { return putValidators(tx, vals) }); err != nil {
		return fmt.Errorf("put validators: %w", err)
	}
	return nil
}
