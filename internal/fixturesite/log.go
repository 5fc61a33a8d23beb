package fixturesite

import "sync"

// logChunk is the number of requests per chunk of a requestLog.
const logChunk = 1024

// requestLog is the Server's log of requests, kept in chunks of a fixed
// capacity so that logging a request never copies the ones before it.
// It is safe for concurrent use.
type requestLog struct {
	mu     sync.Mutex
	chunks [][]Request // all full but the last
}

func (l *requestLog) add(r Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.chunks)
	if n == 0 || len(l.chunks[n-1]) == logChunk {
		l.chunks = append(l.chunks, make([]Request, 0, logChunk))
		n++
	}
	l.chunks[n-1] = append(l.chunks[n-1], r)
}

// all returns a copy of the log, in the order requests were added.
func (l *requestLog) all() []Request {
	l.mu.Lock()
	defer l.mu.Unlock()
	size := 0
	for _, c := range l.chunks {
		size += len(c)
	}
	out := make([]Request, 0, size)
	for _, c := range l.chunks {
		out = append(out, c...)
	}
	return out
}

func (l *requestLog) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.chunks = nil
}
