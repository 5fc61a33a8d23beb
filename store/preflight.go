package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// ErrDamaged means the store file exists but cannot be trusted: it is
// empty, truncated or its pages are corrupt. The returned errors wrap it
// with the path and what to do (damagedHint).
var ErrDamaged = errors.New("store file is damaged")

// damagedHint tells the operator how to get going again.
// notStoreHint says what to do with a file that is no store at all.
const notStoreHint = "check -db (or the db key) names the store; if it did, restore a snapshot with `sitefeed store restore`"

const damagedHint = "restore a snapshot with `sitefeed store restore`, or move the file away to start afresh"

// bbolt's on-disk meta page (go.etcd.io/bbolt internal/common: Page, Meta),
// read here before bbolt maps the file: a file shorter than its meta says
// is mapped beyond its end, and touching those pages is a SIGBUS that no
// recover catches.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16 // id uint64, flags uint16, count uint16, overflow uint32
	metaSize       = 64 // magic, version, pageSize, flags uint32; root, sequence, freelist, pgid, txid, checksum uint64
	minPages       = 4  // two meta pages, a freelist and the root leaf
	noFreelist     = ^uint64(0)
)

// boltMeta is the part of a meta page preflight checks.
type boltMeta struct {
	pageSize             uint32
	root, freelist, pgid uint64
	txid                 uint64
	magicOK, checksumOK  bool
	version              uint32
}

// decodeMeta reads the meta that follows the page header in buf.
func decodeMeta(buf []byte) boltMeta {
	if len(buf) < pageHeaderSize+metaSize {
		return boltMeta{}
	}
	m := buf[pageHeaderSize : pageHeaderSize+metaSize]
	le := binary.NativeEndian
	h := fnv.New64a()
	_, _ = h.Write(m[:56])
	return boltMeta{
		magicOK:    le.Uint32(m[0:]) == boltMagic,
		version:    le.Uint32(m[4:]),
		pageSize:   le.Uint32(m[8:]),
		root:       le.Uint64(m[16:]),
		freelist:   le.Uint64(m[32:]),
		pgid:       le.Uint64(m[40:]),
		txid:       le.Uint64(m[48:]),
		checksumOK: le.Uint64(m[56:]) == h.Sum64(),
	}
}

func (m boltMeta) valid() bool {
	return m.magicOK && m.version == boltVersion && m.checksumOK && m.pageSize >= 512 && m.pageSize&(m.pageSize-1) == 0
}

// preflight checks an existing store file before bbolt opens it; exists is
// false when there is no file (a new store). It never writes.
func preflight(path string) (exists bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("open store %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return true, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := checkFile(f, fi.Size()); err != nil {
		return true, damaged(path, err)
	}
	return true, nil
}

// damaged wraps a preflight finding with the path and the hint; a file
// that was never a bbolt file is ErrNotStore rather than ErrDamaged.
func damaged(path string, err error) error {
	if errors.Is(err, ErrNotStore) {
		return fmt.Errorf("open store %s: %w; %s", path, err, notStoreHint)
	}
	return fmt.Errorf("open store %s: %w: %w; %s", path, ErrDamaged, err, damagedHint)
}

// checkFile checks the file's size against its newest valid meta page.
func checkFile(r io.ReaderAt, size int64) error {
	if size == 0 {
		return errors.New("file is empty (0 bytes)")
	}
	m, err := newestMeta(r, size)
	if err != nil {
		return err
	}
	ps := int64(m.pageSize)
	switch {
	case size%ps != 0:
		return fmt.Errorf("size %d is not a multiple of the page size %d (truncated?)", size, ps)
	case size < minPages*ps:
		return fmt.Errorf("size %d is less than %d pages of %d bytes (truncated?)", size, minPages, ps)
	case m.pgid < minPages || m.pgid > uint64(size/ps):
		return fmt.Errorf("meta records %d pages of %d bytes, file holds %d (truncated?)", m.pgid, ps, size/ps)
	case m.root >= m.pgid || (m.freelist != noFreelist && m.freelist >= m.pgid):
		return fmt.Errorf("meta root page %d or freelist page %d beyond %d pages", m.root, m.freelist, m.pgid)
	}
	return nil
}

// newestMeta returns the valid meta page with the highest transaction id,
// as bbolt picks it. Page 0 gives the page size; page 1 is looked for at
// every page size bbolt supports when page 0 is damaged.
func newestMeta(r io.ReaderAt, size int64) (boltMeta, error) {
	first := readMetaAt(r, 0)
	var metas []boltMeta
	if first.valid() {
		metas = append(metas, first)
		if second := readMetaAt(r, int64(first.pageSize)); second.valid() && second.pageSize == first.pageSize {
			metas = append(metas, second)
		}
	} else {
		for ps := int64(1024); ps <= 1<<24 && ps < size; ps <<= 1 {
			if second := readMetaAt(r, ps); second.valid() && int64(second.pageSize) == ps {
				metas = append(metas, second)
				break
			}
		}
	}
	if len(metas) == 0 {
		return boltMeta{}, noMeta(first)
	}
	best := metas[0]
	for _, m := range metas[1:] {
		if m.txid > best.txid {
			best = m
		}
	}
	return best, nil
}

// noMeta says why no meta page was usable.
func noMeta(first boltMeta) error {
	switch {
	case !first.magicOK:
		return fmt.Errorf("%w: no bbolt meta page (bad magic)", ErrNotStore)
	case first.version != boltVersion:
		return fmt.Errorf("%w: bbolt file format version %d, want %d", ErrNotStore, first.version, boltVersion)
	}
	return errors.New("both meta pages are corrupt (bad checksum or page size)")
}

// readMetaAt decodes the meta page at off; a short read gives a zero meta.
func readMetaAt(r io.ReaderAt, off int64) boltMeta {
	buf := make([]byte, pageHeaderSize+metaSize)
	if _, err := r.ReadAt(buf, off); err != nil {
		return boltMeta{}
	}
	return decodeMeta(buf)
}
