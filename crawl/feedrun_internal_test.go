package crawl

import (
	"testing"
	"time"

	"sitefeed/item"
)

func TestEstimateUndated(t *testing.T) {
	d := func(day, hour int) time.Time { return time.Date(2025, 11, day, hour, 0, 0, 0, time.UTC) }
	sec := time.Second
	tests := []struct {
		name  string
		dates []time.Time // zero: undated
		want  []time.Time // the estimates (zero for dated items)
	}{
		{"between two dated", []time.Time{d(20, 0), {}, d(14, 12)}, []time.Time{{}, d(14, 12).Add(sec), {}}},
		{"first of the page", []time.Time{{}, d(14, 12)}, []time.Time{d(14, 12).Add(sec), {}}},
		{"last of the page", []time.Time{d(20, 9), {}}, []time.Time{{}, d(20, 9).Add(-sec)}},
		{"same time above and below", []time.Time{d(14, 12), {}, d(14, 12)}, []time.Time{{}, d(14, 12), {}}},
		{"two undated in a row", []time.Time{d(20, 0), {}, {}, d(14, 12)}, []time.Time{{}, d(14, 12).Add(sec), d(14, 12).Add(sec), {}}},
		{"nothing dated", []time.Time{{}, {}}, []time.Time{{}, {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := make([]item.Item, len(tt.dates))
			for i, p := range tt.dates {
				items[i] = item.Item{URL: "u", Published: p}
			}
			estimateUndated(items)
			for i, it := range items {
				if !it.Estimated.Equal(tt.want[i]) {
					t.Errorf("item %d estimated %v, want %v", i, it.Estimated, tt.want[i])
				}
			}
		})
	}
}
