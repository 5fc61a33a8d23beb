package store

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"sitefeed/conditional"
	"sitefeed/item"
)

func TestValidators(t *testing.T) {
	s := openTemp(t)
	url := news("9144")
	if _, ok, err := s.Validators(url); err != nil || ok {
		t.Fatalf("unknown URL: found %v, err %v", ok, err)
	}
	tests := []struct {
		name string
		v    conditional.Validators
	}{
		{"both validators", conditional.Validators{ETag: `W/"5e-1a"`, LastModified: "Sat, 15 Mar 2025 10:00:00 GMT", Checked: t0}},
		{"replaced by ETag only", conditional.Validators{ETag: `"x"`, Checked: t0.Add(1)}},
		{"empty", conditional.Validators{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.SetValidators(url, tt.v); err != nil {
				t.Fatal(err)
			}
			got, ok, err := s.Validators(url)
			if err != nil || !ok || !reflect.DeepEqual(got, tt.v) {
				t.Errorf("Validators = %+v, %v, %v; want %+v", got, ok, err, tt.v)
			}
		})
	}
	if err := s.SetValidators("", conditional.Validators{ETag: "x"}); err == nil {
		t.Error("SetValidators with an empty URL succeeded")
	}
}

func TestMergeWithValidatorsOneTransaction(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u := "https://migration.gov.az/en/news_detail/1"
	vals := map[string]conditional.Validators{u: {ETag: `"abc"`}}
	ms, err := st.MergeWithValidators("news-en", []item.Item{{URL: u, Title: "One"}}, vals, time.Now())
	if err != nil || ms.New != 1 {
		t.Fatalf("merge = %+v, %v", ms, err)
	}
	if v, ok, err := st.Validators(u); err != nil || !ok || v.ETag != `"abc"` {
		t.Errorf("validators = %+v %v %v", v, ok, err)
	}
	// Validators alone (no items) are stored too; a bad batch stores nothing.
	if _, err := st.MergeWithValidators("news-en", nil, map[string]conditional.Validators{"https://migration.gov.az/x": {ETag: `"x"`}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.Validators("https://migration.gov.az/x"); !ok {
		t.Error("validators without items were not stored")
	}
	if _, err := st.MergeWithValidators("news-en", []item.Item{{Title: "no URL"}}, map[string]conditional.Validators{"https://migration.gov.az/y": {ETag: `"y"`}}, time.Now()); err == nil {
		t.Error("a batch with an item without URL was accepted")
	}
	if _, ok, _ := st.Validators("https://migration.gov.az/y"); ok {
		t.Error("validators of a rejected batch were stored")
	}
}
