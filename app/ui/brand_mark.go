package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// brandMark is the app's icon (web/icon.svg) drawn in the page. As an image
// it cost a request and a separate SVG document, parsed on the main thread
// while the first paint was being prepared. It is decorative: the name
// beside it says what it is.
func brandMark() app.UI {
	return svgElem("svg").
		Attr("viewBox", "0 0 512 512").
		Attr("width", "32").
		Attr("height", "32").
		Attr("focusable", "false").
		Aria("hidden", "true").
		Body(
			svgElem("rect").Attr("width", "512").Attr("height", "512").Attr("rx", "92").Attr("fill", "#0b5c6b"),
			svgElem("rect").Attr("x", "135").Attr("y", "92").Attr("width", "242").Attr("height", "328").Attr("fill", "#fff"),
			svgElem("path").Attr("d", "M168 140h176M168 170h176M168 382h176").Attr("stroke", "#f5b731").Attr("stroke-width", "13"),
			svgElem("path").Attr("d", "M162 268h52l30-86 34 160 30-92h44").Attr("fill", "none").Attr("stroke", "#0b5c6b").
				Attr("stroke-width", "30").Attr("stroke-linecap", "round").Attr("stroke-linejoin", "round"),
		)
}
