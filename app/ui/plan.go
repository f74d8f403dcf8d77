package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planContent is the personal plan built from the readiness quiz.
func planContent() []app.UI {
	return []app.UI{
		app.H1().ID("plan-title").TabIndex(-1).Text("My plan"),
		newBrowserTurn(),
		newPlanBoard(),
		newLocalPlan(), // the counselor's steps and contact; shared-computer mode (local_views.go)
		newStorageCare(),
	}
}
