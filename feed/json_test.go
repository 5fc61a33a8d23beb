package feed

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestJSONFeedSpec(t *testing.T) {
	for _, c := range renderCases(t) {
		t.Run(c.name, func(t *testing.T) {
			out, err := JSON(c.meta, c.entries)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(out) {
				t.Fatalf("invalid JSON:\n%s", out)
			}
			var doc map[string]any
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			if doc["version"] != "https://jsonfeed.org/version/1.1" {
				t.Errorf("version = %v", doc["version"])
			}
			if doc["feed_url"] != c.meta.SelfURL("json") || doc["home_page_url"] != c.meta.Home {
				t.Errorf("feed_url, home_page_url = %v, %v", doc["feed_url"], doc["home_page_url"])
			}
			items, ok := doc["items"].([]any)
			if !ok {
				t.Fatalf("items = %#v, want an array (required even when empty)", doc["items"])
			}
			if len(items) != len(c.entries) {
				t.Fatalf("got %d items, want %d", len(items), len(c.entries))
			}
			for i, raw := range items {
				checkJSONItem(t, raw.(map[string]any), c.entries[i].URL)
			}
		})
	}
}

func checkJSONItem(t *testing.T, it map[string]any, url string) {
	t.Helper()
	if it["id"] != url || it["url"] != url {
		t.Errorf("id, url = %v, %v; want %s", it["id"], it["url"], url)
	}
	if it["content_html"] == nil && it["content_text"] == nil {
		t.Errorf("item %s has neither content_html nor content_text", url)
	}
	for _, key := range []string{"date_published", "date_modified"} {
		s, _ := it[key].(string)
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			t.Errorf("item %s %s = %q: %v", url, key, s, err)
		}
	}
	atts, _ := it["attachments"].([]any)
	for _, a := range atts {
		m := a.(map[string]any)
		if _, bad := m["size"]; bad {
			t.Errorf("attachment %v uses gorilla's \"size\", want size_in_bytes", m["url"])
		}
		if n, ok := m["size_in_bytes"]; ok && n.(float64) <= 0 {
			t.Errorf("attachment %v size_in_bytes = %v, want > 0 or absent", m["url"], n)
		}
		if m["mime_type"] == "" || m["mime_type"] == nil {
			t.Errorf("attachment %v has no mime_type", m["url"])
		}
	}
}

func TestJSONNoHTMLEscaping(t *testing.T) {
	out, err := JSON(testMeta("az"), testEntries(t))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), `\u003c`) || strings.Contains(string(out), `\u0026`) {
		t.Error("JSON escapes < or &: want SetEscapeHTML(false)")
	}
	if !strings.Contains(string(out), "\n  \"items\": [") {
		t.Error("JSON is not indented by two spaces")
	}
}
