package schedule

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"sitefeed/config"
)

// parse checks spec with config.CheckSchedule (which recovers the parser's
// panics) and parses it. It also rejects "@every" durations under one
// second, which the cron parser silently turns into 1s (even negative ones).
func parse(spec string) (cron.Schedule, error) {
	if err := config.CheckSchedule(spec); err != nil {
		return nil, err
	}
	if err := checkEvery(spec); err != nil {
		return nil, err
	}
	return config.ParseSchedule(spec)
}

func checkEvery(spec string) error {
	_, rest, ok := strings.Cut(strings.TrimSpace(spec), "@every ")
	if !ok {
		return nil
	}
	d, err := time.ParseDuration(strings.TrimSpace(rest))
	if err != nil || d < time.Second {
		return fmt.Errorf("invalid schedule %q: @every needs a duration of at least 1s", spec)
	}
	return nil
}

// Interval estimates the interval of spec's schedule as the difference
// between its next two activation times after from (for Cache-Control
// max-age and staleness). Specs without CRON_TZ are read in from's
// location.
func Interval(spec string, from time.Time) (time.Duration, error) {
	sched, err := parse(spec)
	if err != nil {
		return 0, err
	}
	first := sched.Next(from)
	return sched.Next(first).Sub(first), nil
}
