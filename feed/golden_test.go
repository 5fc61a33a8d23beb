package feed

import "testing"

func TestGolden(t *testing.T) {
	for _, c := range renderCases(t) {
		for _, f := range Formats() {
			t.Run(c.name+"."+f.Ext, func(t *testing.T) {
				got, err := f.Render(c.meta, c.entries)
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, c.name+"."+f.Ext+".golden", got)
			})
		}
	}
}
