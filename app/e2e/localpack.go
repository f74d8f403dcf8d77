//go:build !wasm

package e2e

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
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

// ExamplePack is the fictional example pack of data/local/README.md, the
// one a counselor copies: the browser tests and the bench load it.
func ExamplePack() ([]byte, error) {
	readme, err := os.ReadFile(filepath.Join(ModuleRoot(), "data", "local", "README.md"))
	if err != nil {
		return nil, err
	}
	_, rest, _ := bytes.Cut(readme, []byte("## A complete example"))
	_, rest, _ = bytes.Cut(rest, []byte("```json\n"))
	block, _, _ := bytes.Cut(rest, []byte("```"))
	if len(block) == 0 {
		return nil, errors.New("data/local/README.md has no example pack")
	}
	return block, nil
}
