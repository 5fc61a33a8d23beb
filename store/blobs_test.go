package store

import (
	"path/filepath"
	"testing"
)

func TestBlobRoundTripAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.Blob("robots:migration.gov.az"); err != nil || ok {
		t.Fatalf("empty store blob ok=%v err=%v", ok, err)
	}
	if err := st.SetBlob("robots:migration.gov.az", []byte("User-agent: *\n")); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, ok, err := st.Blob("robots:migration.gov.az")
	if err != nil || !ok || string(got) != "User-agent: *\n" {
		t.Errorf("blob = %q %v %v", got, ok, err)
	}
}
