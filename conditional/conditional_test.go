package conditional

import (
	"net/http"
	"testing"
	"time"
)

func TestRoundTrip(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name          string
		etag, lastMod string
		wantINM       string
		wantIMS       string
		zero          bool
	}{
		{name: "none", zero: true},
		{name: "etag", etag: `"abc"`, wantINM: `"abc"`},
		{name: "last-modified", lastMod: "Mon, 02 Jan 2026 03:04:05 GMT", wantIMS: "Mon, 02 Jan 2026 03:04:05 GMT"},
		{name: "both", etag: `W/"x"`, lastMod: "Mon, 02 Jan 2026 03:04:05 GMT", wantINM: `W/"x"`, wantIMS: "Mon, 02 Jan 2026 03:04:05 GMT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := http.Header{}
			if tt.etag != "" {
				resp.Set("ETag", tt.etag)
			}
			if tt.lastMod != "" {
				resp.Set("Last-Modified", tt.lastMod)
			}
			v := FromResponse(resp, now)
			if v.IsZero() != tt.zero {
				t.Fatalf("IsZero = %v, want %v", v.IsZero(), tt.zero)
			}
			if !tt.zero && !v.Checked.Equal(now) {
				t.Errorf("Checked = %v, want %v", v.Checked, now)
			}
			if tt.zero && !v.Checked.IsZero() {
				t.Errorf("Checked = %v for no validators", v.Checked)
			}
			req := http.Header{}
			v.Apply(req)
			if got := req.Get("If-None-Match"); got != tt.wantINM {
				t.Errorf("If-None-Match = %q, want %q", got, tt.wantINM)
			}
			if got := req.Get("If-Modified-Since"); got != tt.wantIMS {
				t.Errorf("If-Modified-Since = %q, want %q", got, tt.wantIMS)
			}
		})
	}
}

func TestEtagListMatches(t *testing.T) {
	tests := []struct {
		list, etag string
		want       bool
	}{
		{`"a"`, `"a"`, true},
		{`W/"a"`, `"a"`, true},
		{`"a"`, `W/"a"`, true},
		{` "b" ,"a"`, `"a"`, true},
		{`"b"`, `"a"`, false},
		{`"a`, `"a"`, false},
		{``, `"a"`, false},
		{`,,`, `"a"`, false},
		{`"b", *`, `"a"`, true},
		{`"a-gz"`, `"a"`, false},
	}
	for _, tt := range tests {
		if got := etagListMatches(tt.list, tt.etag); got != tt.want {
			t.Errorf("etagListMatches(%q, %q) = %v, want %v", tt.list, tt.etag, got, tt.want)
		}
	}
}

func TestNotModified(t *testing.T) {
	mod := time.Date(2026, 1, 2, 3, 4, 5, 600, time.UTC)
	tests := []struct {
		name, inm, ims string
		want           bool
	}{
		{"no conditions", "", "", false},
		{"etag matches", `"a"`, "", true},
		{"etag differs, date would match: the etag decides", `"b"`, mod.Format(http.TimeFormat), false},
		{"date not older than the file", "", mod.Format(http.TimeFormat), true},
		{"date older", "", mod.Add(-time.Hour).Format(http.TimeFormat), false},
		{"bad date", "", "yesterday", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := http.NewRequest(http.MethodGet, "http://x/", nil)
			if tt.inm != "" {
				r.Header.Set("If-None-Match", tt.inm)
			}
			if tt.ims != "" {
				r.Header.Set("If-Modified-Since", tt.ims)
			}
			if got := NotModified(r, `"a"`, mod); got != tt.want {
				t.Errorf("NotModified = %v, want %v", got, tt.want)
			}
		})
	}
}
