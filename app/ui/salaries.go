package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// salariesContent compares pay by level, by country and by career, in one
// currency if the reader wants, and puts two to four figures side by side.
func salariesContent() []app.UI {
	return []app.UI{
		app.H1().Text("Salaries"),
		app.P().Class("lead").Text("What Health Information Technicians earn at each level, in " + countryCount(appData().Main()) + ", and in the careers around them. Every figure names its source and date; pick a currency to see them all in one, or put a few side by side."),
		newSalaryExplorer(),
	}
}
