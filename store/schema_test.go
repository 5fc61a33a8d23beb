package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"sitefeed/item"
)

func TestSchemaVersionMatchesMigrations(t *testing.T) {
	if len(migrations) != schemaVersion {
		t.Errorf("len(migrations) = %d, schemaVersion = %d", len(migrations), schemaVersion)
	}
}

// TestMigrationFromOlderSchema simulates the next schema: a version 1
// store opened by a build with one more migration step.
func TestMigrationFromOlderSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustMerge(t, s, "news", []item.Item{{URL: news("1"), Title: "kept"}}, t0)
	_ = s.Close()

	runs := 0
	v2 := append(append([]func(*bbolt.Tx) error{}, migrations...), func(tx *bbolt.Tx) error {
		runs++
		_, err := tx.CreateBucket([]byte("v2"))
		return err
	})
	if _, err := open(path, Options{ReadOnly: true}, v2); err == nil || !strings.Contains(err.Error(), "schema 1, this build needs 2") {
		t.Errorf("read-only open of an older store: err = %v, want a migrate hint", err)
	}
	for range 2 { // the second open must not migrate again
		s, err := open(path, Options{}, v2)
		if err != nil {
			t.Fatal(err)
		}
		if e := mustGet(t, s, "news", news("1")); e.Title != "kept" {
			t.Errorf("item after migration = %+v", e.Item)
		}
		_ = s.Close()
	}
	if runs != 1 {
		t.Errorf("migration ran %d times, want 1", runs)
	}
	if _, schema := readMeta(t, path); schema != "2" {
		t.Errorf("schema after migration = %q, want 2", schema)
	}
	if _, err := Open(path, Options{}); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("old build on migrated store: err = %v, want ErrNewerSchema", err)
	}
}

func TestFailedMigrationChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	broken := append(append([]func(*bbolt.Tx) error{}, migrations...),
		func(tx *bbolt.Tx) error {
			if _, err := tx.CreateBucket([]byte("half-done")); err != nil {
				return err
			}
			return errors.New("disk on fire")
		})
	if _, err := open(path, Options{}, broken); err == nil || !strings.Contains(err.Error(), "migrate schema 1 to 2: disk on fire") {
		t.Fatalf("err = %v, want the failing step named", err)
	}
	if _, schema := readMeta(t, path); schema != "1" {
		t.Errorf("schema after failed migration = %q, want 1", schema)
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = db.Close() }()
	_ = db.View(func(tx *bbolt.Tx) error {
		if tx.Bucket([]byte("half-done")) != nil {
			t.Error("failed migration left a bucket behind")
		}
		return nil
	})
}

func TestStoreWithoutSchemaKeyIsMigratedFromZero(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	withBolt(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		return b.Put(keyApp, []byte(appID))
	})(t, path)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustMerge(t, s, "news", []item.Item{{URL: news("1")}}, t0)
	_ = s.Close()
	if _, schema := readMeta(t, path); schema != "1" {
		t.Errorf("schema = %q, want 1", schema)
	}
}
