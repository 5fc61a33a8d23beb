package feed

import (
	"bytes"
	"encoding/json"
	"testing"
)

func FuzzIndentJSON(f *testing.F) {
	for _, seed := range []string{
		`{}`, `[]`, `{"a":[]}`, `[1,2,{"b":{}}]`, `"x"`, `{"s":"a\"b\\\\","t":[{"u":null}]}`,
		`{"items":[{"id":"https://x.az/1","content_html":"<p>{[,:]}</p>\n\"q\""}]}`,
	} {
		f.Add([]byte(seed), "    ")
	}
	f.Fuzz(func(t *testing.T, in []byte, prefix string) {
		var compact bytes.Buffer
		if json.Compact(&compact, in) != nil {
			t.Skip()
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), prefix, "  "); err != nil {
			t.Fatal(err)
		}
		got := indentJSON(nil, compact.Bytes(), prefix, "  ")
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("indentJSON(%q)\n got %q\nwant %q", compact.Bytes(), got, want.Bytes())
		}
	})
}
