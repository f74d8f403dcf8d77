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
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Options configure the go-app handler.
type Options struct {
	// Root is the directory that holds web/ with app.wasm, the CSS and icons.
	Root string
	// BasePath is the sub-path the app is hosted under, such as "/coach";
	// empty for the root of a host.
	BasePath string
	// Static is set when the site is written out for a static host, which
	// may compress nothing: the loader then fetches app.wasm.gz and unzips
	// it in the browser.
	Static bool
	// Pack is a counselor's local.json, served at /local.json by NewServer
	// (hitcoach serve -pack); empty for none, as a host without one has.
	Pack string
}

// contentSecurityPolicy allows nothing but the app's own origin. The wasm
// needs 'wasm-unsafe-eval' to be compiled; go-app's page has no inline
// script, so none is allowed. The page's <head> is rewritten so that this
// meta tag comes first and covers every script, and so that it also allows
// the page's one inline style element by its hash (see inlineStyles).
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"

// NewHandler builds the go-app handler for the files under o.Root. Serve it
// through NewServer or newSite, which add what go-app leaves out.
func NewHandler(o Options) (*app.Handler, error) {
	o.BasePath = strings.TrimRight(o.BasePath, "/")
	wasm := filepath.Join(o.Root, "web", "app.wasm")
	info, err := os.Stat(wasm)
	if err != nil {
		return nil, fmt.Errorf("the wasm is missing (run make build): %w", err)
	}
	webHash, err := contentHash(filepath.Join(o.Root, "web"))
	if err != nil {
		return nil, err
	}
	resources := newWebResources(o.Root, o.BasePath)
	worker, err := workerTemplate(o, resources)
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
		Styles:                []string{stylesheet},
		RawHeaders:            []string{cspMeta},
		Resources:             resources,
		Version:               buildVersion(webHash, worker),
		ServiceWorkerTemplate: worker,
		// The loader counts decompressed bytes (the browser's, or its own
		// when it unzips app.wasm.gz), so the progress is against the size
		// of the wasm itself, never against a compressed Content-Length.
		WasmContentLength: strconv.FormatInt(info.Size(), 10),
	}
	return h, nil
}

// cspMeta is the policy as the page's first meta tag.
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`

// buildVersion names a build by everything the browser runs: the files in
// web/ (the wasm embeds the data), the service worker and the loader
// additions. The same build always gets the same version, so an unchanged
// build never prompts an update, and any change does.
func buildVersion(webHash, workerTemplate string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", webHash, workerTemplate, loaderJS)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// stylesheet is the app's one stylesheet, beside go-app's /app.css; features
// keep their rules in sections of it. Pages carry both inline (inlineStyles),
// since a linked stylesheet holds back the first paint.
const stylesheet = "/web/app.css"

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
