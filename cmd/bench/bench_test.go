package main

import (
	"strings"
	"testing"

	"sitefeed/internal/fixturesite"
)

func TestSetKey(t *testing.T) {
	const text = "parallelism: 1          # requests in flight\nmax_pages: 200\nschedule: \"CRON_TZ=Asia/Baku */30 * * * *\"   # serve\ndefaults:\n  max_pages: 3\n"
	tests := []struct {
		key, value, want string
		wantErr          bool
	}{
		{key: "parallelism", value: "4", want: "parallelism: 4          # requests in flight\n"},
		{key: "max_pages", value: "1000", want: "max_pages: 1000\n"},
		{key: "schedule", value: `"@every 1s"`, want: "schedule: \"@every 1s\"   # serve\n"},
		{key: "random_delay", value: "0s", wantErr: true},
	}
	for _, tt := range tests {
		got, err := setKey(text, tt.key, tt.value)
		if (err != nil) != tt.wantErr {
			t.Fatalf("setKey(%s) error = %v, want error %v", tt.key, err, tt.wantErr)
		}
		if err != nil {
			continue
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("setKey(%s) = %q, want a line %q", tt.key, got, tt.want)
		}
		if !strings.Contains(got, "  max_pages: 3\n") {
			t.Errorf("setKey(%s) changed a nested key: %q", tt.key, got)
		}
	}
}

func TestParseMetrics(t *testing.T) {
	page := `# HELP sitefeed_runs_total Runs.
# TYPE sitefeed_runs_total counter
sitefeed_runs_total{feed="news-az",result="ok"} 12
sitefeed_runs_total{feed="news-en",result="ok"} 11
sitefeed_runs_total{feed="news-en",result="kept"} 1
go_goroutines 31
go_memstats_heap_inuse_bytes 5.8368e+06
`
	m, err := parseMetrics(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"sitefeed_runs_total": 24, "go_goroutines": 31, "go_memstats_heap_inuse_bytes": 5836800}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %v, want %v", k, m[k], v)
		}
	}
}

func TestCount(t *testing.T) {
	reqs := []fixturesite.Request{
		{URL: "/robots.txt", Status: 200},
		{URL: "/az/news", Status: 200},
		{URL: "/az/news_detail/14001", Status: 200},
		{URL: "/az/news_detail/14002", Status: 200},
		{URL: "/az/news?page=3", Status: 404},
		{URL: "/en/press", Status: 304},
	}
	want := tally{Requests: 6, ListPages: 1, Articles: 2, NotModified: 1, NotFound: 1, Robots: 1}
	if got := count(reqs); got != want {
		t.Errorf("count = %+v, want %+v", got, want)
	}
}
