package store

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pageInfo reads the page size and high-water mark of a closed store file.
func pageInfo(t *testing.T, path string) (ps, pgid, freelist int64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	m, err := newestMeta(f, fi.Size())
	if err != nil {
		t.Fatal(err)
	}
	return int64(m.pageSize), int64(m.pgid), int64(m.freelist)
}

// scribble overwrites with seeded random bytes every page of the file
// below the high-water mark that contains marker ("" for all pages but the
// metas and the freelist, so that Open gets as far as the data). It
// returns how many pages it overwrote.
func scribble(t *testing.T, path, marker string, seed int64) int {
	t.Helper()
	ps, pgid, freelist := pageInfo(t, path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewSource(seed))
	n := 0
	for id := int64(2); id < pgid; id++ {
		page := data[id*ps : (id+1)*ps]
		if id == freelist || !bytes.Contains(page, []byte(marker)) {
			continue
		}
		rnd.Read(page)
		n++
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return n
}

// storeWithItems writes a store holding n items of feed "news", closed.
func storeWithItems(t *testing.T, path string, n int) {
	t.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustMerge(t, s, "news", sampleItems(n), t0)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestCorruptPagesGiveErrDamaged(t *testing.T) {
	calls := []struct {
		name string
		call func(*Store) error
	}{
		{"Entries", func(s *Store) error { _, err := s.Entries("news", 0); return err }},
		{"Get", func(s *Store) error { _, _, err := s.Get("news", news("150")); return err }},
		{"Merge", func(s *Store) error { _, err := s.Merge("news", sampleItems(5), t0); return err }},
	}
	for seed := int64(1); seed <= 5; seed++ {
		path := filepath.Join(t.TempDir(), "store.db")
		storeWithItems(t, path, 300)
		if n := scribble(t, path, "summary", seed); n == 0 {
			t.Fatal("no item page found to damage")
		}
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("seed %d: Open: %v (item pages only were damaged)", seed, err)
		}
		for _, c := range calls {
			err := c.call(s)
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "sitefeed store restore") {
				t.Errorf("seed %d: %s err = %v, want ErrDamaged naming the path and the hint", seed, c.name, err)
			}
		}
		if err := s.Close(); err != nil {
			t.Errorf("Close after damage: %v", err)
		}
	}
}

// damage is one way a store file goes bad.
type damage struct {
	name  string
	apply func(t *testing.T, path string)
	want  error // what Open, or failing that Entries, wraps
}

var damages = []damage{
	{"truncated to 2 pages", func(t *testing.T, path string) {
		ps, _, _ := pageInfo(t, path)
		mustTruncate(t, path, 2*ps)
	}, ErrDamaged},
	{"truncated to a non-multiple of the page size", func(t *testing.T, path string) {
		ps, pgid, _ := pageInfo(t, path)
		mustTruncate(t, path, pgid*ps-100)
	}, ErrDamaged},
	{"random bytes over the item pages", func(t *testing.T, path string) {
		if scribble(t, path, "summary", 42) == 0 {
			t.Fatal("no item page found to damage")
		}
	}, ErrDamaged},
	{"zero-length file", func(t *testing.T, path string) { mustTruncate(t, path, 0) }, ErrDamaged},
	{"random text", func(t *testing.T, path string) {
		text := strings.Repeat("It was a bright cold day in April, and the clocks were striking thirteen. ", 300)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}, ErrNotStore},
}

func mustTruncate(t *testing.T, path string, size int64) {
	t.Helper()
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}

// openAndRead opens the store and reads the feed back: the first error.
func openAndRead(path string) error {
	s, err := Open(path, Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	_, err = s.Entries("news", 0)
	return err
}

func TestDamagedStores(t *testing.T) {
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "store.db")
			storeWithItems(t, path, 300)
			s, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			snap, err := s.Snapshot(t0)
			_ = s.Close()
			if err != nil {
				t.Fatal(err)
			}
			d.apply(t, path)
			damagedBytes, _ := os.ReadFile(path)

			err = openAndRead(path)
			if !errors.Is(err, d.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("open and read: err = %v, want %v naming the path", err, d.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, damagedBytes) {
				t.Error("opening the damaged file changed it")
			}
			if _, err := Verify(path); !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotStore) {
				t.Errorf("Verify: err = %v, want ErrDamaged or ErrNotStore", err)
			}

			res, err := Restore(path, "", t0.Add(time.Hour))
			if err != nil {
				t.Fatalf("Restore: %v", err)
			}
			if res.From != snap || res.Aside != path+".damaged-"+strconv.FormatInt(t0.Add(time.Hour).Unix(), 10) {
				t.Errorf("Restore = %+v, want from %s, damaged file aside", res, snap)
			}
			if aside, _ := os.ReadFile(res.Aside); !bytes.Equal(aside, damagedBytes) {
				t.Error("the damaged file kept aside is not the damaged file")
			}
			s, err = Open(path, Options{})
			if err != nil {
				t.Fatalf("Open after restore: %v", err)
			}
			defer s.Close()
			if n, err := s.Count("news"); err != nil || n != 300 {
				t.Errorf("restored store has %d items (%v), want 300", n, err)
			}
		})
	}
}

func TestRestorePassesOverDamagedSnapshots(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	storeWithItems(t, path, 10)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	good, err1 := s.Snapshot(t0)
	bad, err2 := s.Snapshot(t0.AddDate(0, 0, 1))
	_ = s.Close()
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	mustTruncate(t, bad, 4096)
	res, err := Restore(path, "", t0)
	if err != nil || res.From != good || len(res.Skipped) != 1 || !strings.HasPrefix(res.Skipped[0], bad) {
		t.Errorf("Restore = %+v, %v; want from %s, skipping %s", res, err, good, bad)
	}
	if _, err := Restore(path, bad, t0); !errors.Is(err, ErrDamaged) {
		t.Errorf("Restore of the named damaged snapshot: err = %v, want ErrDamaged", err)
	}
}

// A file cut short under an open store is mapped beyond its end: reading
// there is a SIGBUS, which SetPanicOnFault turns into a panic, and the
// guard into ErrDamaged.
func TestTruncatedUnderAnOpenStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	storeWithItems(t, path, 300)
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ps, _, _ := pageInfo(t, path)
	mustTruncate(t, path, minPages*ps)
	if _, err := s.Entries("news", 0); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) {
		t.Errorf("Entries: err = %v, want ErrDamaged naming the path", err)
	}
}
