//go:build !wasm

package firefox

import (
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e/engines"
)

func TestTakeover(t *testing.T)                { engines.Takeover(t) }
func TestSearchAndChoose(t *testing.T)         { engines.SearchAndChoose(t) }
func TestQuizSurvivesAReload(t *testing.T)     { engines.QuizSurvivesAReload(t) }
func TestComparisonFromAnAddress(t *testing.T) { engines.ComparisonFromAnAddress(t) }
func TestPlanTickSurvivesAReload(t *testing.T) { engines.PlanTickSurvivesAReload(t) }
func TestPersistenceShown(t *testing.T)        { engines.PersistenceShown(t) }
func TestOfflineAfterOneVisit(t *testing.T)    { engines.OfflineAfterOneVisit(t) }
func TestRigNoticesProblems(t *testing.T)      { engines.RigNoticesProblems(t) }
