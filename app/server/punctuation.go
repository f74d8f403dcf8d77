//go:build !wasm

package server

import (
	"bytes"
	"regexp"
)

// go-app writes every child of an element that has several on a line of its
// own, so the line break before a comma that follows a link is read as a
// space ("Career Guide , citing") until the wasm draws the page again: for
// seconds on a slow line, and for good with scripts off.
var (
	breakBeforePunctuation = regexp.MustCompile(`>\n[ \t]*([,.;:!?%)\]’”])`)
	breakAfterOpening      = regexp.MustCompile(`([(\[‘“])\n[ \t]*<`)
)

// joinPunctuation takes those breaks out of the page's body, and the ones
// after an opening bracket or quote that comes before an element. The head
// is left alone: its scripts are not text to read.
func joinPunctuation(page []byte) []byte {
	at := bytes.Index(page, []byte("<body"))
	if at < 0 {
		return page
	}
	body := breakBeforePunctuation.ReplaceAll(page[at:], []byte(">$1"))
	body = breakAfterOpening.ReplaceAll(body, []byte("$1<"))
	return append(page[:at:at], body...)
}
