package crawl

import (
	"testing"
	"time"

	"sitefeed/conditional"
	"sitefeed/item"
)

// A batch carries exactly its items' validators: an article page whose
// item is never stored (a cancelled run) leaves no ETag behind that would
// make the next run skip its new content with a 304.
func TestValidatorsTravelWithTheirItems(t *testing.T) {
	h := newHarness(t)
	m := newMemory(h.st, maxItems(h.cfg))
	stored, dropped := "https://migration.gov.az/en/news_detail/1", "https://migration.gov.az/en/news_detail/2"
	for _, u := range []string{stored, dropped} {
		if err := m.SetValidators(u, conditional.Validators{ETag: `"` + u + `"`}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.merge("news-en", []item.Item{{URL: stored, Title: "One"}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	m.discard() // the run failed before item 2 was handed over
	if _, ok, _ := h.st.Validators(stored); !ok {
		t.Error("the stored item's validators were not written with it")
	}
	if _, ok, _ := h.st.Validators(dropped); ok {
		t.Error("validators of an item never stored were written")
	}
}
