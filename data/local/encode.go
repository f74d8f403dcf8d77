package local

import (
	"bytes"
	"encoding/json"
)

// Encode writes p as local.json: indented by two spaces, fields in the
// order of the format, "<", ">" and "&" kept as typed (the standard
// encoder's \u003c escapes would puzzle a counselor reading the file), and
// a final newline. Fields derived by Decode are not written. Decode reads
// back any pack that passes Validate to the same pack.
func Encode(p *Pack) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		// Strings, whole numbers, lists and groups always encode.
		panic("local: cannot encode a pack: " + err.Error())
	}
	return b.Bytes()
}
