package store

import (
	"fmt"
	"strconv"

	"go.etcd.io/bbolt"
)

// schemaVersion is the layout this build writes; it equals len(migrations).
const schemaVersion = 1

const appID = "sitefeed"

// Top-level buckets and meta keys.
var (
	bucketMeta       = []byte("meta")
	bucketItems      = []byte("items")
	bucketOrder      = []byte("order")
	bucketStatus     = []byte("status")
	bucketValidators = []byte("validators")
	bucketBlobs      = []byte("blobs")

	keyApp    = []byte("app")
	keySchema = []byte("schema")
)

// migrations[i] upgrades a store from schema i to schema i+1. Schema 0 is an
// empty file. Append only; never edit a released step.
var migrations = []func(*bbolt.Tx) error{
	createLayout,
}

// createLayout builds schema 1: the top-level buckets.
func createLayout(tx *bbolt.Tx) error {
	for _, name := range [][]byte{bucketItems, bucketOrder, bucketStatus, bucketValidators, bucketBlobs} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// prepare checks the file is ours and brings its schema up to len(steps).
func prepare(db *bbolt.DB, readOnly bool, steps []func(*bbolt.Tx) error) error {
	var version int
	err := db.View(func(tx *bbolt.Tx) error {
		var err error
		version, err = storedVersion(tx)
		return err
	})
	if err != nil {
		return err
	}
	switch want := len(steps); {
	case version > want:
		return fmt.Errorf("%w (schema %d, this build knows up to %d)", ErrNewerSchema, version, want)
	case version == want:
		return nil
	case readOnly:
		return fmt.Errorf("store has schema %d, this build needs %d: open it once read-write (scrape) to migrate", version, want)
	}
	return db.Update(func(tx *bbolt.Tx) error {
		version, err := storedVersion(tx)
		if err != nil {
			return err
		}
		return migrate(tx, version, steps)
	})
}

// storedVersion reads the schema version; 0 for an empty bbolt file.
func storedVersion(tx *bbolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		if k, _ := tx.Cursor().First(); k != nil {
			return 0, fmt.Errorf("%w: bbolt file with bucket %q and no sitefeed meta", ErrNotStore, k)
		}
		return 0, nil
	}
	if app := meta.Get(keyApp); string(app) != appID {
		return 0, fmt.Errorf("%w: meta app is %q, want %q", ErrNotStore, app, appID)
	}
	raw := meta.Get(keySchema)
	if raw == nil {
		return 0, nil
	}
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 0 {
		return 0, fmt.Errorf("%w: bad schema version %q", ErrNotStore, raw)
	}
	return v, nil
}

// migrate runs steps[from:] and records the new version, in tx.
func migrate(tx *bbolt.Tx, from int, steps []func(*bbolt.Tx) error) error {
	for i := from; i < len(steps); i++ {
		if err := steps[i](tx); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", i, i+1, err)
		}
	}
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return fmt.Errorf("create meta bucket: %w", err)
	}
	if err := meta.Put(keyApp, []byte(appID)); err != nil {
		return fmt.Errorf("write app id: %w", err)
	}
	if err := meta.Put(keySchema, []byte(strconv.Itoa(len(steps)))); err != nil {
		return fmt.Errorf("write schema version: %w", err)
	}
	return nil
}
