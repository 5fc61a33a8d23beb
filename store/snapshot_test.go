package store

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestSnapshotIsAWorkingCopy(t *testing.T) {
	s := openTemp(t)
	mustMerge(t, s, "news", sampleItems(50), t0)
	path, err := s.Snapshot(t0)
	if err != nil {
		t.Fatal(err)
	}
	if want := s.Path() + ".snapshot-20250315"; path != want {
		t.Errorf("path = %s, want %s", path, want)
	}
	snap, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	want, _ := s.Entries("news", 0)
	if got, err := snap.Entries("news", 0); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("snapshot entries = %d, %v; want %d", len(got), err, len(want))
	}
	if leftovers, _ := filepath.Glob(path + ".tmp-*"); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestSnapshotIfDue(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		want bool // a snapshot is written
	}{
		{"first of the day", t0, true},
		{"same day, later", t0.Add(3 * time.Hour), false},
		{"next day", t0.Add(24 * time.Hour), true},
		{"next day again", t0.Add(25 * time.Hour), false},
	}
	s := openTemp(t)
	mustMerge(t, s, "news", sampleItems(3), t0)
	for _, tt := range tests {
		path, err := s.SnapshotIfDue(tt.at)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if (path != "") != tt.want {
			t.Errorf("%s: path = %q, want written %v", tt.name, path, tt.want)
		}
	}
}

func TestSnapshotRetentionKeepsSeven(t *testing.T) {
	s := openTemp(t)
	mustMerge(t, s, "news", sampleItems(3), t0)
	var taken []string
	for day := 0; day < 10; day++ {
		path, err := s.SnapshotIfDue(t0.AddDate(0, 0, day))
		if err != nil {
			t.Fatal(err)
		}
		taken = append(taken, path)
	}
	got, err := Snapshots(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := len(taken) - 1; i >= len(taken)-KeepSnapshots; i-- {
		want = append(want, taken[i])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("snapshots = %v, want the newest %d: %v", got, KeepSnapshots, want)
	}
	for _, gone := range taken[:len(taken)-KeepSnapshots] {
		if _, err := os.Stat(gone); !os.IsNotExist(err) {
			t.Errorf("%s still there (err %v)", gone, err)
		}
	}
}

func TestVerifyHealthyStore(t *testing.T) {
	s := openTemp(t)
	mustMerge(t, s, "news", sampleItems(20), t0)
	r, err := s.Verify()
	if err != nil || !r.OK() || r.Feeds != 1 || r.Records < 40 {
		t.Errorf("Verify = %+v, %v; want ok with 1 feed and >= 40 records", r, err)
	}
}

func TestSnapshotRemovesStaleTemporaryFiles(t *testing.T) {
	s := openTemp(t)
	stale := s.Path() + ".snapshot-20250314.tmp-123"
	fresh := s.Path() + ".snapshot-20250315.tmp-456" // another snapshot at work
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleTemp)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Snapshot(t0); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file still there (err %v)", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temporary file removed: %v", err)
	}
}
