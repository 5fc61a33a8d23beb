package config

import (
	"strings"
	"testing"
)

// Every duration and count of the configuration refuses a negative value,
// at the top level, in a site and in a feed, naming the key path and line
// (issue 12, item 10).
func TestNegativeValuesRefused(t *testing.T) {
	ua := "user_agent: \"x (+https://example.org)\"\n"
	site := func(extra string) string {
		return ua + "sites:\n  - name: s\n    hosts: [migration.gov.az]\n" + extra +
			"    feeds:\n      - name: a\n        language: en\n        list_urls: [https://migration.gov.az/en/news]\n        link_pattern: 'x'\n"
	}
	feed := func(extra string) string { return site("") + extra }
	tests := []struct {
		name, yaml, key string
		line            int
	}{
		{"timeout", "timeout: -1s\n" + site(""), "timeout", 1},
		{"run_timeout", "run_timeout: -1s\n" + site(""), "run_timeout", 1},
		{"delay", "delay: -1s\n" + site(""), "delay", 1},
		{"random_delay", "random_delay: -1s\n" + site(""), "random_delay", 1},
		{"retry_max_wait", "retry_max_wait: -1s\n" + site(""), "retry_max_wait", 1},
		{"stale_after", "stale_after: -1s\n" + site(""), "stale_after", 1},
		{"revalidate_after", "revalidate_after: -1h\n" + site(""), "revalidate_after", 1},
		{"parallelism", "parallelism: -1\n" + site(""), "parallelism", 1},
		{"max_pages", "max_pages: -1\n" + site(""), "max_pages", 1},
		{"max_requests", "max_requests: -1\n" + site(""), "max_requests", 1},
		{"max_body_size", "max_body_size: -1\n" + site(""), "max_body_size", 1},
		{"retries", "retries: -1\n" + site(""), "retries", 1},
		{"min_items_ratio", "min_items_ratio: -0.5\n" + site(""), "min_items_ratio", 1},
		{"site delay", site("    delay: -1s\n"), "sites[0].delay", 5},
		{"site random_delay", site("    random_delay: -1s\n"), "sites[0].random_delay", 5},
		{"site parallelism", site("    parallelism: -1\n"), "sites[0].parallelism", 5},
		{"feed max_items", feed("        max_items: -1\n"), "sites[0].feeds[0].max_items", 10},
		{"feed pagination.max_pages", feed("        pagination:\n          max_pages: -1\n"), "sites[0].feeds[0].pagination.max_pages", 11},
		{"feed pagination.first_page", feed("        pagination:\n          first_page: -1\n"), "sites[0].feeds[0].pagination.first_page", 11},
		{"defaults max_items", ua + "defaults:\n  max_items: -1\n" + site("")[len(ua):], "defaults.max_items", 3},
		{"defaults pagination.max_pages", ua + "defaults:\n  pagination:\n    max_pages: -2\n" + site("")[len(ua):], "defaults.pagination.max_pages", 4},
		{"feed date_formats empty", feed("        date_formats: ['']\n"), "sites[0].feeds[0].date_formats[0]", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			es, ok := err.(Errors)
			if !ok || len(es) == 0 {
				t.Fatalf("Parse = %v, want the value refused", err)
			}
			found := false
			for _, e := range es {
				if e.Key == tt.key && e.Line == tt.line {
					found = true
				}
			}
			if !found {
				t.Errorf("errors %q, want one at key %q line %d", err, tt.key, tt.line)
			}
			if strings.Contains(err.Error(), "panic") {
				t.Errorf("error mentions a panic: %v", err)
			}
		})
	}
}
