// Command hitcoach is an offline career coach for Health Information
// Technicians. In the browser it runs the app; on a machine it serves it
// ("hitcoach serve") or writes it as a static site ("hitcoach static").
package main

import (
	"os"

	"github.com/hitcoach/hitcoach/app/server"
	"github.com/hitcoach/hitcoach/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Routes()
	ui.RepairLocation()
	// Go's start-up and the page's takeover in two tasks, not one.
	ui.LetTheBrowserIn()
	app.RunWhenOnBrowser()
	server.Main(os.Args[1:])
}
