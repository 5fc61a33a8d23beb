package fixturesite

import "testing"

func TestRequestLogKeepsOrderAcrossChunks(t *testing.T) {
	for _, n := range []int{0, 1, logChunk - 1, logChunk, logChunk + 1, 2*logChunk + 5} {
		var l requestLog
		for i := range n {
			l.add(Request{Status: i})
		}
		got := l.all()
		if len(got) != n {
			t.Fatalf("%d added: all() has %d", n, len(got))
		}
		for i, r := range got {
			if r.Status != i {
				t.Fatalf("%d added: entry %d has Status %d, want %d", n, i, r.Status, i)
			}
		}
		l.reset()
		l.add(Request{Status: -1})
		if got := l.all(); len(got) != 1 || got[0].Status != -1 {
			t.Errorf("%d added, reset, one added: all() = %+v", n, got)
		}
	}
}
