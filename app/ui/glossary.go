package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossaryContent defines the field's terms and acronyms, each with an anchor.
func glossaryContent() []app.UI {
	return []app.UI{
		app.H1().Text("Glossary"),
		app.P().Class("lead").Text("The words and acronyms you will meet in health information work, in plain language."),
		newGlossaryList(),
	}
}
