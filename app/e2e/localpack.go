//go:build !wasm

package e2e

import (
	"net/url"
	"strings"

	"github.com/hitcoach/hitcoach/data/local"
)

// NoPackIsNormal reports whether a response is the app asking for a
// counselor's local.json on a site that has none: a 404 the app expects on
// every start and says nothing about (data/local), so no failure.
func NoPackIsNormal(rawURL string, status int) bool {
	u, err := url.Parse(rawURL)
	return err == nil && status == 404 && strings.HasSuffix(u.Path, "/"+local.FileName)
}
