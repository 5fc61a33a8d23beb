package crawl

import (
	"errors"
	"os"
	"testing"
)

// A feed whose files cannot be written is a failure in the store too, so
// /healthz does not report a fresh success over stale files.
func TestWriteFailureIsRecorded(t *testing.T) {
	h := newHarness(t)
	if err := os.MkdirAll(h.out("news-en.rss")+"/blocked", 0o755); err != nil {
		t.Fatal(err)
	}
	rep, err := h.run()
	if !errors.Is(err, ErrFeedsFailed) {
		t.Fatalf("err = %v, want ErrFeedsFailed", err)
	}
	if r := result(t, rep, "news-en"); r.Err == nil {
		t.Fatal("news-en succeeded although its RSS file cannot be written")
	}
	st, err := h.st.Status("news-en")
	if err != nil {
		t.Fatal(err)
	}
	if !st.LastSuccess.IsZero() || st.ConsecutiveFailures != 1 || st.LastError == "" {
		t.Errorf("status = %+v, want no success, 1 failure and the error", st)
	}
	if ok, _ := h.st.Status("news-az"); ok.LastSuccess.IsZero() {
		t.Error("news-az has no success although it was written")
	}
}
