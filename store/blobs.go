package store

import (
	"bytes"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"
)

// Blob returns the small document stored under key (e.g. "robots:HOST").
func (s *Store) Blob(key string) ([]byte, bool, error) {
	var out []byte
	err := s.view(func(tx *bbolt.Tx) error {
		b, err := bucketOf(tx, bucketBlobs)
		if err != nil {
			return err
		}
		if v := b.Get([]byte(key)); v != nil {
			out = bytes.Clone(v)
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("blob %s: %w", key, err)
	}
	return out, out != nil, nil
}

// SetBlob stores data under key, replacing what was there.
func (s *Store) SetBlob(key string, data []byte) error {
	if key == "" {
		return errors.New("set blob: empty key")
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := bucketOf(tx, bucketBlobs)
		if err != nil {
			return err
		}
		return b.Put([]byte(key), bytes.Clone(data))
	})
	if err != nil {
		return fmt.Errorf("set blob %s: %w", key, err)
	}
	return nil
}
