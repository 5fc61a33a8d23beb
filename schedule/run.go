package schedule

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Run blocks: it runs every group once at start if RunAtStart, then on
// schedule, until ctx is done. Then it stops the cron (no new runs),
// cancels the running jobs' context (derived from ctx) and waits for them
// at most Options.Grace. It returns nil after a clean stop and an error
// when a job outlived the grace period. Run must be called once.
func (s *Scheduler) Run(ctx context.Context) error {
	logger := cronLogger{s.log}
	c := cron.New(
		cron.WithLocation(s.opts.Location),
		cron.WithLogger(logger),
		// Skip before Recover: with Recover outside, a panic would skip
		// putting back SkipIfStillRunning's token and stop the job for good.
		cron.WithChain(cron.SkipIfStillRunning(logger), cron.Recover(logger)),
	)
	s.mu.Lock()
	if s.cron != nil {
		s.mu.Unlock()
		return fmt.Errorf("schedule: Run called twice")
	}
	for _, g := range s.groups {
		g.id = c.Schedule(g.sched, cron.FuncJob(func() { s.runGroup(ctx, g) }))
	}
	s.cron = c
	s.mu.Unlock()

	var started sync.WaitGroup
	if s.opts.RunAtStart {
		for _, g := range s.groups {
			started.Go(func() { s.runGroup(ctx, g) })
		}
	}
	c.Start()
	s.log.Info("scheduler started", "groups", len(s.groups), "next", s.Next())

	<-ctx.Done()
	cronDone := c.Stop()
	return s.wait(cronDone, &started)
}

// wait waits for the cron's jobs and the start runs, at most the grace.
func (s *Scheduler) wait(cronDone context.Context, started *sync.WaitGroup) error {
	done := make(chan struct{})
	go func() {
		<-cronDone.Done()
		started.Wait()
		close(done)
	}()
	timer := time.NewTimer(s.opts.Grace)
	defer timer.Stop()
	select {
	case <-done:
		s.log.Info("scheduler stopped")
		return nil
	case <-timer.C:
		return fmt.Errorf("schedule: a job was still running %s after cancellation", s.opts.Grace)
	}
}

// runGroup runs the job for one group unless it is already running, after
// the jitter delay, recovering a panic so the process and the next runs
// survive.
func (s *Scheduler) runGroup(ctx context.Context, g *group) {
	if !g.busy.TryLock() {
		s.log.Info("run skipped: previous run still going", "spec", g.spec, "feeds", g.names)
		return
	}
	defer g.busy.Unlock()
	if !s.sleepJitter(ctx) {
		return
	}
	start := time.Now()
	err := s.call(ctx, g)
	if err != nil {
		s.log.Error("scheduled run failed", "spec", g.spec, "feeds", g.names, "duration", time.Since(start), "err", err)
		return
	}
	s.log.Debug("scheduled run done", "spec", g.spec, "feeds", g.names, "duration", time.Since(start))
}

// call runs the job, turning a panic into an error.
func (s *Scheduler) call(ctx context.Context, g *group) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job panicked: %v", r)
			s.log.Error("job panic", "spec", g.spec, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	return s.job(ctx, g.names)
}

// sleepJitter waits a random 0..MaxJitter; false when ctx ended first.
func (s *Scheduler) sleepJitter(ctx context.Context) bool {
	if s.opts.MaxJitter <= 0 {
		return ctx.Err() == nil
	}
	d := time.Duration(s.opts.Rand(int64(s.opts.MaxJitter) + 1))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// Next returns the next scheduled time of each group, keyed by spec. Before
// Run it is computed from now in the scheduler's location.
func (s *Scheduler) Next() map[string]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now().In(s.opts.Location)
	out := make(map[string]time.Time, len(s.groups))
	for _, g := range s.groups {
		var next time.Time
		if s.cron != nil {
			next = s.cron.Entry(g.id).Next
		}
		if next.IsZero() {
			next = g.sched.Next(now)
		}
		out[g.spec] = next
	}
	return out
}
