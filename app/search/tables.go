package search

// synonymGroups are words and phrases people use for the same thing. A
// query word in a group also finds the others, as whole words. Countries are
// here too, so "uk pay" finds the row titled "United Kingdom".
var synonymGroups = [][]string{
	{"uk", "united kingdom", "britain", "great britain", "gb", "england", "british", "brit", "brits", "britons"},
	{"us", "usa", "united states", "america", "american", "americans"},
	{"germany", "german", "germans", "deutschland"},
	{"canada", "canadian", "canadians"},
	{"australia", "australian", "australians", "aus", "aussie"},
	{"singapore", "singaporean", "singaporeans"},
	{"pay", "salary", "salaries", "wage", "wages", "earnings", "earn", "earns", "earning", "income", "compensation", "paid", "make", "makes", "how much"},
	// Pay at the start of a career; see payQuestions.
	{"entry level", "entry-level", "entry", "starting", "starter", "beginner", "beginners", "junior", "new grad", "new grads", "new graduate", "trainee", "trainees"},
	{"job", "jobs", "role", "roles", "position", "positions", "occupation", "occupations"},
	{"remote", "remotely", "wfh", "work from home", "telework", "teleworking", "telecommuting"},
	{"certification", "certifications", "credential", "credentials", "certified"},
	{"cost", "costs", "price", "fee", "fees", "tuition"},
	{"resume", "cv"},
	{"coder", "coders", "coding"},
	{"doctor", "doctors", "physician", "physicians", "clinician", "clinicians"},
	{"faq", "faqs", "questions"},
	{"pros", "advantages", "benefits"},
	{"cons", "disadvantages", "downsides", "drawbacks"},
}

// misspellings maps common slips to the word meant. The glossary's own
// aliases (data/glossary.json) are added to this when the index is built.
var misspellings = map[string]string{
	"salery":        "salary",
	"sallary":       "salary",
	"salaray":       "salary",
	"slary":         "salary",
	"techician":     "technician",
	"technican":     "technician",
	"technitian":    "technician",
	"tecnician":     "technician",
	"technicain":    "technician",
	"certifcation":  "certification",
	"certificaton":  "certification",
	"cerification":  "certification",
	"certifacation": "certification",
	"helth":         "health",
	"healht":        "health",
	"infomation":    "information",
	"informaiton":   "information",
	"imformation":   "information",
	"inforamtion":   "information",
	"recrods":       "records",
	"reocrds":       "records",
	"medcial":       "medical",
	"medicle":       "medical",
	"mediacl":       "medical",
	"coading":       "coding",
	"codeing":       "coding",
	"registerd":     "registered",
	"regsitered":    "registered",
	"adminstrator":  "administrator",
	"administator":  "administrator",
	"adminstrative": "administrative",
	"germnay":       "germany",
	"gemany":        "germany",
	"austrlia":      "australia",
	"australa":      "australia",
	"singapour":     "singapore",
	"canda":         "canada",
	"carrer":        "career",
	"carreer":       "career",
	"intervew":      "interview",
	"interveiw":     "interview",
	"hippa":         "hipaa",
	"icd10":         "icd10cm",
}

// stopWords carry no meaning in a search. They are dropped from a query that
// has other words, so "how do I become a coder" looks for "become coder".
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "and": true, "or": true, "is": true,
	"are": true, "do": true, "does": true, "i": true, "my": true, "what": true,
	"how": true, "with": true, "by": true, "as": true, "be": true, "me": true,
}

// questionWords are dropped from queries like stop words, but still count
// in a title's length: they are how people phrase a search ("cpc vs ccs",
// "how much do they make"), while a title made of them, such as "Can I
// work remotely?", is a question, which should not outrank the section on
// remote work for "wfh".
var questionWords = map[string]bool{
	"vs": true, "versus": true, "it": true, "they": true, "their": true,
	"you": true, "your": true, "can": true, "which": true, "should": true,
	"will": true, "would": true, "there": true, "this": true, "that": true,
	"than": true, "if": true, "much": true, "many": true,
}

// countryNames are extra names a country row is found by, beyond its name
// and ISO code, keyed by the code.
var countryNames = map[string][]string{
	"GB": {"UK", "Britain", "Great Britain", "England"},
	"US": {"USA", "America"},
	"DE": {"Deutschland"},
}

// Suggestions are queries shown when the box is empty or nothing matched:
// each one finds something, which the tests check.
var Suggestions = []string{"rhit", "salary germany", "hipaa", "medical coder", "remote work", "icd-10-cm"}
