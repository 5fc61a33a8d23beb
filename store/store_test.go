package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"sitefeed/conditional"
	"sitefeed/item"
)

func TestOpenRejectsForeignFiles(t *testing.T) {
	tests := []struct {
		name  string
		write func(t *testing.T, path string)
		want  error
	}{
		{"text file", writeFile("not a database\n"), ErrNotStore},
		{"sqlite file", writeFile("SQLite format 3\x00" + strings.Repeat("\x00", 8192)), ErrNotStore},
		{"page of garbage", writeFile(strings.Repeat("garbage!", 1024)), ErrNotStore},
		{"someone else's bbolt file", withBolt(func(tx *bbolt.Tx) error {
			_, err := tx.CreateBucket([]byte("widgets"))
			return err
		}), ErrNotStore},
		{"bbolt file with another app id", withBolt(func(tx *bbolt.Tx) error {
			b, err := tx.CreateBucket(bucketMeta)
			if err != nil {
				return err
			}
			return b.Put(keyApp, []byte("otherapp"))
		}), ErrNotStore},
		{"newer schema", withStore(func(tx *bbolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte("2"))
		}), ErrNewerSchema},
		{"garbled schema", withStore(func(tx *bbolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte("one"))
		}), ErrNotStore},
	}
	for _, tt := range tests {
		for _, ro := range []bool{false, true} {
			t.Run(tt.name+map[bool]string{false: "", true: " read-only"}[ro], func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "store.db")
				tt.write(t, path)
				before, _ := os.ReadFile(path)
				s, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					_ = s.Close()
					t.Fatal("Open succeeded")
				}
				if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), path) {
					t.Errorf("err = %v, want %v mentioning the path", err, tt.want)
				}
				if after, _ := os.ReadFile(path); string(after) != string(before) {
					t.Error("Open modified a file it rejected")
				}
			})
		}
	}
}

// An existing empty file is refused (TestOpenRejectsDamagedFiles): only a
// missing file is a new store.
func TestOpenInitialisesMissingFile(t *testing.T) {
	for _, name := range []string{"missing"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "store.db")
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if s.Path() != path {
				t.Errorf("Path = %q, want %q", s.Path(), path)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			app, schema := readMeta(t, path)
			if app != "sitefeed" || schema != "1" {
				t.Errorf("meta app, schema = %q, %q; want sitefeed, 1", app, schema)
			}
		})
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	for _, ro := range []bool{false, true} {
		start := time.Now()
		second, err := Open(path, Options{LockTimeout: 100 * time.Millisecond, ReadOnly: ro})
		if err == nil {
			_ = second.Close()
			t.Fatalf("read-only %v: second Open succeeded", ro)
		}
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) ||
			!strings.Contains(err.Error(), "another sitefeed scrape or serve running?") {
			t.Errorf("read-only %v: err = %v, want ErrLocked with the path and a hint", ro, err)
		}
		if waited := time.Since(start); waited > time.Second {
			t.Errorf("read-only %v: gave up after %v, want about the lock timeout", ro, waited)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(path, Options{LockTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	_ = again.Close()
}

func TestReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only Open of a missing file: err = %v, want not exist", err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustMerge(t, s, "news", []item.Item{{URL: news("1")}}, t0)
	_ = s.Close()

	r1, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r1.Close() }()
	r2, err := Open(path, Options{ReadOnly: true, LockTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer func() { _ = r2.Close() }()
	if n, err := r2.Count("news"); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
	if _, err := r1.Merge("news", []item.Item{{URL: news("2")}}, t0); !errors.Is(err, berrors.ErrDatabaseReadOnly) {
		t.Errorf("Merge on a read-only store: err = %v, want read-only error", err)
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustMerge(t, s, "news", []item.Item{
		{URL: news("1"), Title: "one", Published: time.Date(2025, 1, 2, 0, 0, 0, 0, baku)},
		{URL: news("2"), Title: "two"},
	}, t0)
	v := conditional.Validators{ETag: `"abc"`, LastModified: "Sat, 15 Mar 2025 10:00:00 GMT", Checked: t0}
	if err := s.SetValidators(news("1"), v); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordSuccess("news", t0, 2); err != nil {
		t.Fatal(err)
	}
	wantEntries, _ := s.Entries("news", 0)
	wantStatus, _ := s.Status("news")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	if got, err := s.Entries("news", 0); err != nil || !reflect.DeepEqual(got, wantEntries) || len(got) != 2 {
		t.Errorf("entries after reopen = %+v, %v; want %+v", got, err, wantEntries)
	}
	if got, err := s.Status("news"); err != nil || !reflect.DeepEqual(got, wantStatus) {
		t.Errorf("status after reopen = %+v, %v; want %+v", got, err, wantStatus)
	}
	if got, ok, err := s.Validators(news("1")); err != nil || !ok || got.ETag != v.ETag || !got.Checked.Equal(t0) {
		t.Errorf("validators after reopen = %+v, %v, %v; want %+v", got, ok, err, v)
	}
}

func writeFile(content string) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// withBolt writes a plain bbolt file shaped by change.
func withBolt(change func(*bbolt.Tx) error) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		db, err := bbolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = db.Close() }()
		if err := db.Update(change); err != nil {
			t.Fatal(err)
		}
	}
}

// withStore creates a real store, then alters it with change.
func withStore(change func(*bbolt.Tx) error) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		_ = s.Close()
		withBolt(change)(t, path)
	}
}

func readMeta(t *testing.T, path string) (app, schema string) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = db.Close() }()
	err = db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		if b == nil {
			return errors.New("no meta bucket")
		}
		app, schema = string(b.Get(keyApp)), string(b.Get(keySchema))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return app, schema
}
