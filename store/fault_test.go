package store

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
