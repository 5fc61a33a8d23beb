package fixturesite

import (
	"crypto/sha256"
	"encoding/hex"
)

// etagOf is the strong ETag of a body: the quoted hex of the first 16 bytes
// of its SHA-256.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:16]) + `"`
}
