// Package store is sitefeed's memory: every item a feed has ever shown, with
// its history (first seen, last seen, last changed), the run status of each
// feed, and the HTTP validators (ETag, Last-Modified) used for conditional
// GETs. It owns the on-disk format, its schema version and its migrations,
// and the rules for merging a run's items into history (new, updated,
// unchanged; never erase data with emptiness; never delete).
//
// It does not fetch, extract, normalise or render anything: callers hand it
// canonical item.Items and read back item.Entries in feed order.
//
// # Why bbolt and not SQLite
//
// The access pattern is key-value: one record per canonical URL per feed,
// read back newest first, a few thousand records per feed. That needs no
// query language. go.etcd.io/bbolt is pure Go (no cgo, so cross-compiles and
// static binaries stay trivial, and builds are fast), small, and keeps the
// whole store in one file. Its transactions are ACID (copy-on-write B+tree,
// one fsync per commit), reads go through a memory map with little heap, and
// it takes an exclusive flock on the file when opened for writing: that lock
// is sitefeed's single-instance guarantee (a second scrape or serve on the
// same store fails fast with ErrLocked instead of racing). A read-only Open
// takes a shared lock, so many inspectors can read at once, but none while
// a writer holds the store.
//
// # Layout (schema 1)
//
//	meta                  "app" = "sitefeed", "schema" = decimal version
//	items/<feed>          canonical URL -> JSON of item.Entry
//	order/<feed>          (date, numeric id, URL) -> empty; cursor from
//	                      the last key backwards yields the newest first
//	status                feed -> JSON of Status
//	validators            URL -> JSON of Validators (shared by all feeds)
//
// Schema changes are functions in the migrations table, applied in order,
// inside one write transaction, when Open finds an older version.
//
// # Damage
//
// A damaged file is refused, never repaired or replaced. Open reads bbolt's
// meta pages itself before bbolt maps the file (preflight.go): a truncated
// file would be mapped beyond its end, and touching those pages is a SIGBUS.
// Every transaction runs through s.view or s.update (guard.go), which turn
// bbolt's panics on corrupt pages, and memory faults, into ErrDamaged.
// Snapshot keeps a verified daily copy (snapshot.go), Verify checks a file
// whole, and Restore puts the newest good snapshot back.
package store
