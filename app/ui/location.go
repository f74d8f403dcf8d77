package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RepairLocation rewrites the address bar when it holds a URL Go cannot
// parse, such as a pasted share link ending in "%zz". go-app parses the
// address at start-up and fails on such a URL before any page can explain
// what is wrong; with the stray percent signs escaped, the page opens and
// says the link is damaged instead.
func RepairLocation() {
	if !app.IsClient {
		return
	}
	loc := app.Window().Get("location")
	href := loc.Get("href").String()
	if _, err := url.Parse(href); err == nil {
		return
	}
	fixed := escapeStrayPercents(href)
	if _, err := url.Parse(fixed); err != nil {
		// Nothing sensible is left of the address: start from the home page.
		fixed = loc.Get("origin").String() + rootPrefix() + "/"
	}
	app.Window().Get("history").Call("replaceState", nil, "", fixed)
}

// escapeStrayPercents escapes every "%" that does not start a valid
// two-digit hex escape.
func escapeStrayPercents(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			b.WriteString("%25")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
