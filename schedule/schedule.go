// Package schedule owns the daemon's timing: it turns the global and
// per-feed cron specs into cron entries (feeds sharing a spec form one
// group), optionally runs every group once at start, adds random jitter,
// keeps runs of one group from overlapping, survives a panicking job and
// stops cleanly, cancelling the running job and waiting for it with a bound.
//
// It does not scrape, render or serve anything: it calls a Job with feed
// names. Spec syntax is checked with config.CheckSchedule and parsed with
// config.ParseSchedule, so the daemon and the config loader agree.
package schedule

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Job runs a scrape of the named feeds (all when names is nil). It must
// honour ctx cancellation.
type Job func(ctx context.Context, names []string) error

// DefaultGrace is how long Run waits for a running job after cancellation
// when Options.Grace is zero.
const DefaultGrace = 10 * time.Second

// Options configure a Scheduler.
type Options struct {
	// Spec is the global cron spec: "CRON_TZ=Europe/Paris */30 * * * *",
	// "@every 30m" or 5 fields.
	Spec string
	// FeedSpecs maps a feed name to its own spec; feeds not in the map (or
	// mapped to "") use Spec.
	FeedSpecs map[string]string
	// Feeds lists all feed names. When empty, the single group runs Job
	// with nil names (all feeds).
	Feeds []string
	// Location is the cron's time zone for specs without CRON_TZ
	// (default UTC; the daemon passes the first site's zone).
	Location *time.Location
	// MaxJitter is the largest random delay before each run (0: none).
	MaxJitter time.Duration
	// Rand returns a random number in [0, n); default rand.Int64N.
	Rand func(n int64) int64
	// Logger receives run failures, panics and skips (default slog.Default).
	Logger *slog.Logger
	// RunAtStart runs every group once when Run starts (after jitter).
	RunAtStart bool
	// Grace bounds the wait for a running job after Run's context is done
	// (default DefaultGrace).
	Grace time.Duration
}

// Scheduler runs a Job on the configured schedules. Create it with New.
type Scheduler struct {
	job    Job
	opts   Options
	log    *slog.Logger
	groups []*group

	mu   sync.Mutex
	cron *cron.Cron // set while Run is active or after it returned
}

// group is the feeds sharing one spec: one cron entry, one lock.
type group struct {
	spec  string
	names []string // nil: all feeds
	sched cron.Schedule
	id    cron.EntryID
	busy  sync.Mutex // held while the group's job runs (TryLock: skip)
}

// New validates every spec (the cron parser panics on some input; this
// never does) and groups feeds by spec. The error names the bad spec and,
// for a per-feed spec, the feed.
func New(job Job, opts Options) (*Scheduler, error) {
	if job == nil {
		return nil, fmt.Errorf("schedule: nil job")
	}
	if err := opts.defaults(); err != nil {
		return nil, err
	}
	groups, err := buildGroups(opts)
	if err != nil {
		return nil, err
	}
	return &Scheduler{job: job, opts: opts, log: opts.Logger, groups: groups}, nil
}

func (o *Options) defaults() error {
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.Rand == nil {
		o.Rand = rand.Int64N
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Grace <= 0 {
		o.Grace = DefaultGrace
	}
	if o.MaxJitter < 0 {
		return fmt.Errorf("schedule: negative max jitter %s", o.MaxJitter)
	}
	return nil
}

// buildGroups maps each feed to its spec and parses each distinct spec once.
func buildGroups(o Options) ([]*group, error) {
	known := make(map[string]bool, len(o.Feeds))
	for _, f := range o.Feeds {
		known[f] = true
	}
	for name := range o.FeedSpecs {
		if !known[name] {
			return nil, fmt.Errorf("schedule: spec given for unknown feed %q", name)
		}
	}
	byspec := map[string][]string{}
	if len(o.Feeds) == 0 {
		byspec[o.Spec] = nil
	}
	for _, f := range o.Feeds {
		spec := o.Spec
		if s := o.FeedSpecs[f]; s != "" {
			spec = s
		}
		byspec[spec] = append(byspec[spec], f)
	}
	specs := make([]string, 0, len(byspec))
	for s := range byspec {
		specs = append(specs, s)
	}
	sort.Strings(specs)
	groups := make([]*group, 0, len(specs))
	for _, spec := range specs {
		sched, err := parse(spec)
		if err != nil {
			return nil, fmt.Errorf("schedule: feeds %v: %w", byspec[spec], err)
		}
		names := slices.Clone(byspec[spec])
		slices.Sort(names)
		groups = append(groups, &group{spec: spec, names: names, sched: sched})
	}
	return groups, nil
}
