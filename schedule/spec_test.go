package schedule

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestInterval(t *testing.T) {
	baku, err := time.LoadLocation("Asia/Baku")
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2025, 3, 14, 10, 7, 0, 0, baku)
	tests := []struct {
		spec string
		want time.Duration
	}{
		{"*/30 * * * *", 30 * time.Minute},
		{"@every 2h", 2 * time.Hour},
		{"CRON_TZ=Asia/Baku 0 9 * * *", 24 * time.Hour},
		{"0 */2 * * *", 2 * time.Hour},
		{"@hourly", time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			got, err := Interval(tt.spec, from)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Interval(%q) = %s, want %s", tt.spec, got, tt.want)
			}
		})
	}
}

func TestIntervalBadSpec(t *testing.T) {
	for _, spec := range []string{"TZ=0", "* * *", "@every -1m"} {
		if _, err := Interval(spec, time.Now()); err == nil || !strings.Contains(err.Error(), strconv.Quote(spec)) {
			t.Errorf("Interval(%q) err = %v, want one naming the spec", spec, err)
		}
	}
}

func TestNextBeforeRunUsesLocation(t *testing.T) {
	baku, err := time.LoadLocation("Asia/Baku")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(noop, Options{Spec: "0 9 * * *", Location: baku})
	if err != nil {
		t.Fatal(err)
	}
	next, ok := s.Next()["0 9 * * *"]
	if !ok {
		t.Fatalf("Next() = %v, want a key for the spec", s.Next())
	}
	if b := next.In(baku); b.Hour() != 9 || b.Minute() != 0 {
		t.Errorf("next = %s, want 09:00 Asia/Baku", b)
	}
	if d := time.Until(next); d <= 0 || d > 24*time.Hour {
		t.Errorf("next is %s away, want within the next 24h", d)
	}
}
