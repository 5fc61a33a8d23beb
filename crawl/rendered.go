package crawl

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// rendering is what a run knows of a feed's files on disk: the key they
// were rendered from (empty: they must be rendered again) and, per file,
// the hash of the bytes written and the items they hold. It lives in the
// store's blob "render:<feed>".
type rendering struct {
	Key   string                  `json:"key"`
	Files map[string]renderedFile `json:"files"` // by file name
	// legacy: the record of an older version (the key alone): the files
	// were written, but what they hold is not known.
	legacy bool
}

type renderedFile struct {
	SHA256 string `json:"sha256"`
	Items  int    `json:"items"`
}

func renderBlob(feedName string) string { return "render:" + feedName }

// loadRendering reads a feed's rendering; a missing or unreadable record
// (one from an older version) is the zero rendering: render again.
func loadRendering(m interface {
	Blob(string) ([]byte, bool, error)
}, feedName string) rendering {
	var r rendering
	if b, ok, err := m.Blob(renderBlob(feedName)); err == nil && ok {
		if json.Unmarshal(b, &r) != nil {
			r = rendering{legacy: len(b) > 0}
		}
	}
	if r.Files == nil {
		r.Files = map[string]renderedFile{}
	}
	return r
}

func (o Options) saveRendering(feedName string, r rendering) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := o.Store.SetBlob(renderBlob(feedName), b); err != nil {
		return fmt.Errorf("record the files of %s: %w", feedName, err)
	}
	return nil
}

// markUnrendered makes the next run render the feed's files again, keeping
// what is known of the bytes on disk.
func (o Options) markUnrendered(feedName string) error {
	r := loadRendering(o.Store, feedName)
	if r.Key == "" {
		return nil
	}
	r.Key = ""
	return o.saveRendering(feedName, r)
}

// upToDate reports that the feed's files (names) hold the bytes last
// rendered from key: a file changed, removed or left behind by a failed
// write is rendered again.
func (r rendering) upToDate(dir, key string, names []string) bool {
	if key == "" || r.Key != key {
		return false
	}
	for _, name := range names {
		rf, ok := r.Files[name]
		if !ok {
			return false
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || hash(data) != rf.SHA256 {
			return false
		}
	}
	return true
}

// items is how many items every file of the feed holds (the fewest, when
// a failed write left them disagreeing); 0 when no file was written.
func (r rendering) items() int {
	n := -1
	for _, f := range r.Files {
		if n < 0 || f.Items < n {
			n = f.Items
		}
	}
	return max(n, 0)
}

func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// WriteError is a feed whose files were not all written: the items are
// stored, and the next run writes every file again.
type WriteError struct {
	Written    []string // files replaced by this run
	NotWritten []string // files that keep their previous bytes
	Err        error
}

func (e *WriteError) Error() string {
	var b strings.Builder
	if len(e.Written) > 0 {
		fmt.Fprintf(&b, "wrote %s; ", strings.Join(base(e.Written), ", "))
	}
	fmt.Fprintf(&b, "not written (any previous copy left as it was): %s: %v; the items are stored and the next run writes the files again",
		strings.Join(base(e.NotWritten), ", "), e.Err)
	return b.String()
}

func (e *WriteError) Unwrap() error { return e.Err }

func base(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}

// IsWriteError reports that err is a failed write of feed files.
func IsWriteError(err error) bool {
	var we *WriteError
	return errors.As(err, &we)
}
