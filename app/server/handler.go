//go:build !wasm

// Package server serves the app for local use and writes the static site.
// It is kept out of the wasm by build tags, which halves the wasm's size.
package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Options configure the go-app handler.
type Options struct {
	// Root is the directory that holds web/ with app.wasm, the CSS and icons.
	Root string
	// BasePath is the sub-path the app is hosted under, such as "/coach";
	// empty for the root of a host.
	BasePath string
}

// contentSecurityPolicy allows nothing but the app's own origin. The wasm
// needs 'wasm-unsafe-eval' to be compiled; no inline script or style is used.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"

// NewHandler builds the go-app handler for the files under o.Root.
func NewHandler(o Options) (*app.Handler, error) {
	wasm := filepath.Join(o.Root, "web", "app.wasm")
	info, err := os.Stat(wasm)
	if err != nil {
		return nil, fmt.Errorf("the wasm is missing (run make build): %w", err)
	}
	version, err := contentHash(filepath.Join(o.Root, "web"))
	if err != nil {
		return nil, err
	}
	h := &app.Handler{
		Name:            "HIT Career Coach",
		ShortName:       "HIT Coach",
		Title:           "HIT Career Coach",
		Description:     "A free, private, offline career coach for Health Information Technicians.",
		Lang:            "en",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b5c6b",
		LoadingLabel:    "Loading the interactive app… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles:             []string{"/web/app.css"},
		RawHeaders:         []string{`<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`},
		CacheableResources: cacheableResources(o.Root),
		Resources:          newWebResources(o.Root, o.BasePath),
		Version:            version,
		WasmContentLength:  strconv.FormatInt(info.Size(), 10),
	}
	return h, nil
}

// stylesheets lists web/*.css with app.css first: each feature keeps its
// styles in a file of its own.
func stylesheets(root string) []string {
	styles := []string{"/web/app.css"}
	names, _ := filepath.Glob(filepath.Join(root, "web", "*.css"))
	sort.Strings(names)
	for _, n := range names {
		if base := filepath.Base(n); base != "app.css" {
			styles = append(styles, "/web/"+base)
		}
	}
	return styles
}

// cacheableResources lists the web/ files the service worker precaches, and
// every page of the app so deep links work offline.
func cacheableResources(root string) []string {
	var res []string
	entries, _ := os.ReadDir(filepath.Join(root, "web"))
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "app.wasm" || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
			continue
		}
		res = append(res, "/web/"+name)
	}
	res = append(res, ui.Paths()...)
	sort.Strings(res)
	return res
}

// contentHash hashes every file under dir, so the version changes exactly
// when the wasm, the styles or the icons do.
func contentHash(dir string) (string, error) {
	h := sha256.New()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasSuffix(path, ".gz") || strings.HasSuffix(path, ".br") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hashing %s: %w", dir, err)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
