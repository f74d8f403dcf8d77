package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// href turns an app path such as "/salaries#by-level" into the URL to put in
// a link. The server's resource resolver already prefixes links it
// prerenders, but links the wasm renders are not, so on the client the
// sub-path the app is hosted under is added here.
func href(path string) string {
	if !app.IsClient {
		return path
	}
	return rootPrefix() + path
}

// rootPrefix is the sub-path the app is hosted under, such as "/coach", or ""
// at the root of a host. It is read once: every link asks for it, and each
// app.Getenv is a call into JavaScript.
var rootPrefix = sync.OnceValue(func() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})
