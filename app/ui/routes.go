// Package ui holds the app's pages and components. Pure logic lives in the
// sibling packages (search, quiz, salary, store) so it tests natively.
package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Routes registers every page of the app with go-app. The server and the
// wasm both call it, so they agree on what exists.
func Routes() {
	app.Route("/", func() app.Composer { return &homePage{} })
	app.Route("/about", func() app.Composer { return &aboutPage{} })
	app.Route("/salaries", func() app.Composer { return &salariesPage{} })
	app.Route("/quiz", func() app.Composer { return &quizPage{} })
	app.Route("/plan", func() app.Composer { return &planPage{} })
	app.Route("/glossary", func() app.Composer { return &glossaryPage{} })
	app.Route("/credentials", func() app.Composer { return &credentialsPage{} })
	app.Route("/search", func() app.Composer { return &searchPage{} })
	for _, c := range appData().Careers {
		slug := c.Slug
		app.Route("/careers/"+slug, func() app.Composer { return newCareerPage(slug) })
	}
	// Exact routes win over patterns, so this catches only unknown paths.
	app.RouteWithRegexp("^/", func() app.Composer { return &notFoundPage{} })
}

// Paths lists every concrete URL path of the app, for the static site and
// the server, which answers any other page with a 404.
func Paths() []string {
	paths := append([]string(nil), data.Pages...)
	for _, c := range appData().Careers {
		paths = append(paths, "/careers/"+c.Slug)
	}
	return paths
}
