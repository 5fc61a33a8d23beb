package schedule

import (
	"context"
	"log/slog"

	"github.com/robfig/cron/v3"
)

// cronLogger adapts slog to cron.Logger. Cron's Info messages (start, wake,
// run, skip) are routine: they go to debug, except skips.
type cronLogger struct{ l *slog.Logger }

var _ cron.Logger = cronLogger{}

func (c cronLogger) Info(msg string, kv ...any) {
	level := slog.LevelDebug
	if msg == "skip" {
		level = slog.LevelInfo
	}
	c.l.Log(context.Background(), level, "cron: "+msg, kv...)
}

func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append([]any{"err", err}, kv...)...)
}
