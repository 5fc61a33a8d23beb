package store

import (
	"reflect"
	"testing"
)

func TestValidators(t *testing.T) {
	s := openTemp(t)
	url := news("9144")
	if _, ok, err := s.Validators(url); err != nil || ok {
		t.Fatalf("unknown URL: found %v, err %v", ok, err)
	}
	tests := []struct {
		name string
		v    Validators
	}{
		{"both validators", Validators{ETag: `W/"5e-1a"`, LastModified: "Sat, 15 Mar 2025 10:00:00 GMT", Checked: t0}},
		{"replaced by ETag only", Validators{ETag: `"x"`, Checked: t0.Add(1)}},
		{"empty", Validators{}},
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
	if err := s.SetValidators("", Validators{ETag: "x"}); err == nil {
		t.Error("SetValidators with an empty URL succeeded")
	}
}
