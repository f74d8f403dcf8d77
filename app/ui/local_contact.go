package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Where a contact line may appear.
const (
	contactOnResult = "result"
	contactOnPlan   = "plan"
)

// localContact is the one place the result and the plan name someone to
// talk to ("Talk to …"), from a counselor's local pack. No pack is read
// yet, so there is nothing to show; go-app leaves a nil child out.
func localContact(where string) app.UI { return nil }
