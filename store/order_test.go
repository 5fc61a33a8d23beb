package store

import (
	"bytes"
	"cmp"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestTrailingID(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://migration.gov.az/en/news_detail/9144", "9144"},
		{"https://migration.gov.az/en/news_detail/9144/", "9144"},
		{"https://migration.gov.az/en/news_detail/9144?page=2#top", "9144"},
		{"https://migration.gov.az/en/news_detail/00042", "42"},
		{"https://migration.gov.az/en/news", ""},
		{"https://migration.gov.az", ""},
		{"https://migration.gov.az/", ""},
		{"https://migration.gov.az/en/news?id=77", ""},
		{"https://127.0.0.1:8080/en/news_detail/12", "12"},
		{"/az/press_detail/398", "398"},
		{"https://migration.gov.az/en/news_detail/" + strings.Repeat("9", 300), strings.Repeat("9", 255)},
	}
	for _, tt := range tests {
		if got := trailingID(tt.url); got != tt.want {
			t.Errorf("trailingID(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestOrderKeySortsLikeEntries checks the index key's byte order against
// the documented order, on random dates, ids and URLs.
func TestOrderKeySortsLikeEntries(t *testing.T) {
	type rec struct {
		date time.Time
		url  string
	}
	rng := rand.New(rand.NewPCG(1, 2))
	dates := []time.Time{
		time.Date(1969, 12, 31, 23, 59, 59, 999, time.UTC), time.Unix(0, 0), {},
		time.Date(2025, 3, 10, 12, 0, 0, 0, baku), time.Date(2025, 3, 10, 8, 0, 0, 1, time.UTC),
	}
	paths := []string{"news_detail/", "press_detail/", "about", "news_detail/x"}
	recs := make([]rec, 400)
	for i := range recs {
		url := "https://migration.gov.az/en/" + paths[rng.IntN(len(paths))]
		if strings.HasSuffix(url, "/") {
			url += strconv.Itoa(rng.IntN(20000))
		}
		recs[i] = rec{dates[rng.IntN(len(dates))], url}
	}
	want := func(a, b rec) int { // ascending = oldest first
		if c := a.date.Compare(b.date); c != 0 {
			return c
		}
		ia, _ := strconv.Atoi(cmp.Or(trailingID(a.url), "0"))
		ib, _ := strconv.Atoi(cmp.Or(trailingID(b.url), "0"))
		if c := cmp.Compare(ia, ib); c != 0 {
			return c
		}
		return strings.Compare(a.url, b.url)
	}
	for i := range recs {
		for j := range recs {
			a, b := recs[i], recs[j]
			got := bytes.Compare(orderKeyFor(a.date, a.url), orderKeyFor(b.date, b.url))
			if got != want(a, b) {
				t.Fatalf("key order of\n%v %s\n%v %s\n= %d, want %d", a.date, a.url, b.date, b.url, got, want(a, b))
			}
		}
	}
}

func TestURLOfKey(t *testing.T) {
	for _, url := range []string{news("9144"), "https://migration.gov.az/en/about", news("0")} {
		if got := urlOfKey(orderKeyFor(t0, url)); got != url {
			t.Errorf("urlOfKey(orderKeyFor(%q)) = %q", url, got)
		}
	}
	for _, bad := range [][]byte{nil, []byte("short"), append(make([]byte, 12), 200)} {
		if got := urlOfKey(bad); got != "" {
			t.Errorf("urlOfKey(%q) = %q, want empty", bad, got)
		}
	}
}
