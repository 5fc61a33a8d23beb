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

// One Renderer reused over every case, the longest first, gives the golden
// bytes each time: a reused buffer never leaks a previous feed's tail, and
// the outputs come in Formats' order.
func TestRendererGolden(t *testing.T) {
	var r Renderer
	cases := append([]renderCase{{name: "big", meta: testMeta("az"), entries: benchEntries(t, 40)}}, renderCases(t)...)
	for _, c := range cases {
		outs, err := r.Render(c.meta, c.entries)
		if err != nil {
			t.Fatal(err)
		}
		if len(outs) != len(Formats()) {
			t.Fatalf("%d outputs, want %d", len(outs), len(Formats()))
		}
		for i, f := range Formats() {
			if outs[i].Format.Ext != f.Ext {
				t.Errorf("output %d is %s, want %s", i, outs[i].Format.Ext, f.Ext)
			}
			want, err := f.Render(c.meta, c.entries)
			if err != nil {
				t.Fatal(err)
			}
			if string(outs[i].Data) != string(want) {
				t.Errorf("%s.%s: Renderer differs from %s Render: %s", c.name, f.Ext, f.Ext, firstDiff(string(outs[i].Data), string(want)))
			}
			if c.name != "big" {
				checkGolden(t, c.name+"."+f.Ext+".golden", outs[i].Data)
			}
		}
	}
}
