package store

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestStatus(t *testing.T) {
	boom := errors.New("list page: 503")
	t1, t2, t3 := t0.Add(time.Hour), t0.Add(2*time.Hour), t0.Add(3*time.Hour)
	type event struct {
		at    time.Time
		items int
		fail  bool
		err   error
	}
	tests := []struct {
		name   string
		events []event
		want   Status
	}{
		{"never ran", nil, Status{Feed: "news"}},
		{"one success", []event{{t0, 12, false, nil}}, Status{Feed: "news", LastRun: t0, LastSuccess: t0, LastGoodItems: 12}},
		{"failures count up and keep the last good run", []event{{t0, 12, false, nil}, {t1, 0, true, boom}, {t2, 0, true, errors.New("timeout")}},
			Status{Feed: "news", LastRun: t2, LastSuccess: t0, LastError: "timeout", LastErrorAt: t2, ConsecutiveFailures: 2, LastGoodItems: 12}},
		{"success resets the failures", []event{{t0, 12, false, nil}, {t1, 0, true, boom}, {t2, 0, true, boom}, {t3, 15, false, nil}},
			Status{Feed: "news", LastRun: t3, LastSuccess: t3, LastErrorAt: t2, LastGoodItems: 15}},
		{"failure with a nil error", []event{{t0, 0, true, nil}},
			Status{Feed: "news", LastRun: t0, LastError: "unknown error", LastErrorAt: t0, ConsecutiveFailures: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			for _, ev := range tt.events {
				record := func() error { return s.RecordSuccess("news", ev.at, ev.items) }
				if ev.fail {
					record = func() error { return s.RecordFailure("news", ev.at, ev.err) }
				}
				if err := record(); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.Status("news")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Status =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestStatuses(t *testing.T) {
	s := openTemp(t)
	for _, f := range []string{"ru", "az", "en"} {
		if err := s.RecordSuccess(f, t0, 1); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordFailure("az", t0.Add(time.Hour), errors.New("x")); err != nil {
		t.Fatal(err)
	}
	all, err := s.Statuses()
	if err != nil {
		t.Fatal(err)
	}
	var feeds []string
	for _, st := range all {
		feeds = append(feeds, st.Feed)
	}
	if want := []string{"az", "en", "ru"}; !reflect.DeepEqual(feeds, want) {
		t.Errorf("feeds = %q, want %q", feeds, want)
	}
	if all[0].ConsecutiveFailures != 1 || all[1].ConsecutiveFailures != 0 {
		t.Errorf("statuses mixed up: %+v", all)
	}
	if err := s.RecordSuccess("", t0, 1); err == nil {
		t.Error("RecordSuccess with an empty feed name succeeded")
	}
}
