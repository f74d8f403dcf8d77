package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appName is the product name shown in the header, titles and manifest.
const appName = "HIT Career Coach"

// setPage sets the document title and description. Pages call it from
// OnPreRender, so the server's HTML has them, and from OnNav, so in-app
// navigation updates them and settles scrolling and focus.
func setPage(ctx app.Context, title, description string) {
	full := appName
	if title != "" {
		full = title + " · " + appName
	}
	ctx.Page().SetTitle(full)
	ctx.Page().SetDescription(description)
	settleNavigation()
	changedNothingDrawn(ctx)
}
