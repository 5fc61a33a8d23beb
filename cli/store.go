package cli

import (
	"log/slog"
	"time"

	"sitefeed/store"
)

// snapshotIfDue takes the store's daily snapshot after a run. A failure is
// logged, never the run's failure: the store itself is fine.
func snapshotIfDue(st *store.Store, log *slog.Logger) {
	if st == nil {
		return
	}
	path, err := st.SnapshotIfDue(time.Now())
	switch {
	case err != nil:
		log.Warn("store snapshot failed", slog.String("error", err.Error()))
	case path != "":
		log.Info("store snapshot written", slog.String("path", path))
	}
}
