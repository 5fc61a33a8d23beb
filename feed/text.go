package feed

import "sitefeed/plain"

// xmlSafe removes the characters XML 1.0 cannot carry or that readers choke
// on (C0 controls except tab, LF and CR, DEL, C1 controls, U+FFFE, U+FFFF,
// invalid UTF-8). A single U+000C in CDATA makes a whole feed ill-formed,
// and gorilla/feeds writes CDATA raw, so every string goes through here.
func xmlSafe(s string) string { return plain.StripControls(s) }
