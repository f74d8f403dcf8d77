package search

// payQuestions names, by one member each, the synonym groups whose words
// ask about pay: "earn" and "how much" directly, "starting" and "junior"
// about pay at the start. Entries about pay rank first for them.
var payQuestions = []string{"pay", "entry level"}

// payTopicWords mark an entry as about pay when its title or names hold one.
// "make" is not among them: in a title it rarely speaks of money.
var payTopicWords = map[string]bool{
	"pay": true, "paid": true, "salary": true, "salaries": true, "wage": true, "wages": true,
	"earn": true, "earns": true, "earning": true, "earnings": true, "income": true, "compensation": true,
}

// bonusPayTopic lifts an entry about pay above one that merely holds the
// word, for a query that asks about pay: "entry" finds the starting salary
// before the entry-level education.
const bonusPayTopic = 150

// markPayEntries sets which entries are about pay.
func (ix *Index) markPayEntries() {
	ix.aboutPay = make([]bool, len(ix.entries))
	for e := range ix.entries {
		en := &ix.entries[e]
		for _, t := range en.tokens {
			if f := en.texts[t.text].field; f != fieldTitle && f != fieldName {
				continue
			}
			if payTopicWords[ix.vocab[t.vocab]] {
				ix.aboutPay[e] = true
				break
			}
		}
	}
}
