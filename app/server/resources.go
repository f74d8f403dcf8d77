//go:build !wasm

package server

import (
	"net/http"
	"strings"
)

// webResources resolves and serves the files under root/web. go-app's
// LocalDir puts its directory into the URLs it resolves, so it only works
// with a relative directory; and its PrefixedLocation cannot serve files.
// This one does both, for any root and any sub-path.
type webResources struct {
	http.Handler
	prefix string
}

func newWebResources(root, basePath string) webResources {
	return webResources{
		Handler: http.FileServer(http.Dir(root)),
		prefix:  strings.TrimRight(basePath, "/"),
	}
}

// Resolve prefixes app-absolute paths with the sub-path; remote URLs and
// relative paths are left alone. The home page keeps its slash, "/coach/":
// that is the service worker's scope, and the address a static host
// redirects "/coach" to anyway.
func (r webResources) Resolve(location string) string {
	switch {
	case strings.HasPrefix(location, "https://"), strings.HasPrefix(location, "http://"):
		return location
	case location == "" || location == "/":
		return r.prefix + "/"
	case strings.HasPrefix(location, "/"):
		return r.prefix + location
	}
	return location
}
