//go:build !wasm

package quiz

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

func TestZZShots(t *testing.T) {
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	shot := func(name string) {
		png := e2e.Run(tb, chromedp.FullScreenshot(80))
		os.WriteFile("/tmp/shot-"+name+".jpg", png, 0o644)
	}
	click(tb, "#quiz-start")
	answerQuiz(t, tb, q, 0, 1, varied)
	shot("question2")
	answerQuiz(t, tb, q, 1, len(q.Questions), varied)
	tb.WaitText("#quiz-result-title", "Your result")
	shot("result")
	click(tb, "#quiz-start-knowledge")
	click(tb, `label[for="option-`+q.Knowledge[0].ID+`-0"]`)
	click(tb, "#quiz-check")
	tb.WaitText("#quiz-feedback", ".")
	shot("knowledge")
	open(tb, "/plan")
	click(tb, `label[for="status-step-2-done"]`)
	click(tb, "#share-create")
	click(tb, "#clear-start")
	shot("plan")
}
