// Package quiztest holds answer sets of the real quiz (data/quiz.json)
// that the quiz's unit tests, the UI tests and the browser tests share. It
// is imported by tests only, so it is not in the app.
package quiztest

// Three students, one for each verdict: "yes", "almost" and "not yet".
// Each answers every question of the quiz.
var (
	// A new graduate of an accredited associate degree, preparing for the
	// RHIT, with lab practice and under two years of work.
	Ready = map[string]int{
		"edu-training": 4, "edu-accredited": 3, "edu-experience": 1,
		"cert-rhit": 2, "cert-other": 0,
		"ehr-use": 2, "ehr-tasks": 2,
		"coding-systems": 2, "coding-revenue": 1,
		"privacy-hipaa": 2, "privacy-release": 1,
		"data-quality": 1, "data-sql": 1, "data-spreadsheets": 2,
		"term-medical": 2, "term-anatomy": 2,
		"soft-detail": 2, "soft-communication": 2, "soft-organisation": 2,
	}
	// A student halfway through an accredited associate degree, with no
	// work yet.
	Almost = map[string]int{
		"edu-training": 2, "edu-accredited": 3, "edu-experience": 0,
		"cert-rhit": 1, "cert-other": 0,
		"ehr-use": 2, "ehr-tasks": 1,
		"coding-systems": 1, "coding-revenue": 1,
		"privacy-hipaa": 2, "privacy-release": 1,
		"data-quality": 1, "data-sql": 1, "data-spreadsheets": 2,
		"term-medical": 2, "term-anatomy": 2,
		"soft-detail": 2, "soft-communication": 1, "soft-organisation": 2,
	}
	// A school student who has just heard of the field.
	NotYet = map[string]int{
		"edu-training": 0, "edu-accredited": 0, "edu-experience": 0,
		"cert-rhit": 0, "cert-other": 0,
		"ehr-use": 1, "ehr-tasks": 0,
		"coding-systems": 0, "coding-revenue": 0,
		"privacy-hipaa": 1, "privacy-release": 0,
		"data-quality": 1, "data-sql": 0, "data-spreadsheets": 1,
		"term-medical": 1, "term-anatomy": 0,
		"soft-detail": 2, "soft-communication": 1, "soft-organisation": 1,
	}
)

// Answers copies an answer set, to change some of it.
func Answers(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
