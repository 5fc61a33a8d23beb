package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"time"

	"sitefeed/item"
)

type outcome int

const (
	outcomeNew outcome = iota
	outcomeUpdated
	outcomeUnchanged
)

// mergeEntry is the pure merge rule for one item: old is the stored entry
// (found reports whether there was one), it what this run saw, now the run.
func mergeEntry(old item.Entry, found bool, it item.Item, now time.Time) (item.Entry, outcome) {
	if !found {
		return item.Entry{Item: it, FirstSeen: now, LastSeen: now, Updated: now, Hash: hashItem(it)}, outcomeNew
	}
	merged := item.Over(it, old.Item)
	h := hashItem(merged)
	if h == old.Hash {
		old.LastSeen = now
		return old, outcomeUnchanged
	}
	return item.Entry{Item: merged, FirstSeen: old.FirstSeen, LastSeen: now, Updated: now, Hash: h,
		Revisions: addRevision(old, merged, now)}, outcomeUpdated
}

// addRevision records what old was before the edit that made merged: the
// revision history keeps the last item.MaxRevisions versions, newest first.
// A change that only adds what was missing (an article page read for the
// first time, a date found) is no edit and leaves no revision.
func addRevision(old item.Entry, merged item.Item, now time.Time) []item.Revision {
	var changed []string
	if old.Title != "" && merged.Title != old.Title {
		changed = append(changed, "title")
	}
	if !old.Published.IsZero() && !merged.Published.Equal(old.Published) {
		changed = append(changed, "date")
	}
	if ob := bodyHash(old.Item); old.Content != "" && ob != bodyHash(merged) {
		changed = append(changed, "body")
	}
	if len(changed) == 0 {
		return old.Revisions
	}
	rev := item.Revision{Until: now, Title: old.Title, Published: old.Published, BodyHash: bodyHash(old.Item), Changed: changed}
	out := append([]item.Revision{rev}, old.Revisions...)
	if len(out) > item.MaxRevisions {
		out = out[:item.MaxRevisions]
	}
	return out
}

// bodyHash is a short hash of an item's content.
func bodyHash(it item.Item) string {
	if it.Content == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(it.Content))
	return hex.EncodeToString(sum[:8])
}

// hashItem hashes the fields whose change makes an update: title, summary,
// content, image, attachment URLs and the site date (as an instant).
func hashItem(it item.Item) string {
	size := 128 + len(it.Title) + len(it.Summary) + len(it.Content) + len(it.Image)
	for _, a := range it.Attachments {
		size += 8 + len(a.URL)
	}
	buf := make([]byte, 0, size)
	field := func(s string) {
		buf = binary.BigEndian.AppendUint64(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	field(it.Title)
	field(it.Summary)
	field(it.Content)
	field(it.Image)
	buf = binary.BigEndian.AppendUint64(buf, uint64(len(it.Attachments)))
	for _, a := range it.Attachments {
		field(a.URL)
	}
	if it.Published.IsZero() {
		field("")
	} else {
		field(it.Published.UTC().Format(time.RFC3339Nano))
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:])
}
