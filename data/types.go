package data

// Source is a publication that figures are taken from. Figures name it by ID.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url,omitempty"`
	// Date is when the source was published or last updated, as the source
	// states it; "not stated" when it gives none.
	Date string `json:"date"`
	// Note says how reliable the source is or what it covers.
	Note string `json:"note,omitempty"`
}

// Fact is one cited figure or categorical finding, kept exactly as its
// source gives it.
type Fact struct {
	Label string `json:"label"`
	Value string `json:"value"`
	// Source is a Source.ID.
	Source string `json:"source"`
	// AsOf is the reference period the source gives for the figure, such as
	// "May 2023" or "2022–2032".
	AsOf string `json:"asOf"`
	// Cites names the original publisher when Source reports someone else's
	// figure, such as "U.S. Bureau of Labor Statistics".
	Cites string `json:"cites,omitempty"`
	Note  string `json:"note,omitempty"`
}

// Money is an annual amount in whole units of a currency.
type Money struct {
	Currency string `json:"currency"`
	Amount   int64  `json:"amount"`
}

// PayRange is an annual pay range in one currency. OpenEnded marks a range
// whose top is given as "or more" (for example "$70k+").
type PayRange struct {
	Currency  string `json:"currency"`
	Min       int64  `json:"min"`
	Max       int64  `json:"max"`
	OpenEnded bool   `json:"openEnded,omitempty"`
}

// Link points at a section of a career page, or at another page of the app.
// Exactly one of Career or Page is set. Section is an anchor on that page.
type Link struct {
	Label   string `json:"label"`
	Career  string `json:"career,omitempty"`
	Page    string `json:"page,omitempty"`
	Section string `json:"section,omitempty"`
}

// Named is a short item with an optional explanation.
type Named struct {
	Name   string `json:"name"`
	Detail string `json:"detail,omitempty"`
}

// Comparison says how this career differs from another one.
type Comparison struct {
	Career string `json:"career"`
	Text   string `json:"text"`
}

// Step is one step of the route into the career.
type Step struct {
	Title  string `json:"title"`
	Detail string `json:"detail"`
	Links  []Link `json:"links,omitempty"`
}

// Pathway is an education or training route with its time and cost.
type Pathway struct {
	ID           string    `json:"id"`
	Name         string    `json:"name"`
	Detail       string    `json:"detail"`
	MonthsMin    int       `json:"monthsMin"`
	MonthsMax    int       `json:"monthsMax"`
	Cost         *PayRange `json:"cost,omitempty"`
	CostUnknown  string    `json:"costUnknown,omitempty"`
	Source       string    `json:"source"`
	AsOf         string    `json:"asOf"`
	EmployerView string    `json:"employerView,omitempty"`
}

// LevelPay is the pay at one experience level.
type LevelPay struct {
	Level    string `json:"level"`
	Currency string `json:"currency"`
	Median   int64  `json:"median"`
	Average  int64  `json:"average"`
	Source   string `json:"source"`
	AsOf     string `json:"asOf"`
}

// Level is one rung of the career path.
type Level struct {
	Rank       int      `json:"rank"`
	Title      string   `json:"title"`
	YearsMin   int      `json:"yearsMin"`
	YearsMax   int      `json:"yearsMax"` // 0 means "or more"
	Duties     string   `json:"duties"`
	FocusAreas []string `json:"focusAreas"`
}

// CountryPay is the pay range in one country, in local currency, with the
// US-dollar equivalent the source states (nil when it states none).
type CountryPay struct {
	Country   string    `json:"country"`
	Code      string    `json:"code"`
	Local     PayRange  `json:"local"`
	USD       *PayRange `json:"usd,omitempty"`
	NoUSDNote string    `json:"noUsdNote,omitempty"`
	Notes     []Named   `json:"notes,omitempty"`
	Source    string    `json:"source"`
	AsOf      string    `json:"asOf"`
}

// Diversity covers inclusion in the field.
type Diversity struct {
	Overview  string   `json:"overview"`
	Hiring    []string `json:"hiring"`
	Culture   []string `json:"culture"`
	Resources []Named  `json:"resources"`
}

// MarketReality is the current state of the job market.
type MarketReality struct {
	Year          string   `json:"year"`
	Overview      string   `json:"overview"`
	Challenges    []string `json:"challenges"`
	Opportunities []string `json:"opportunities"`
	Trends        []string `json:"trends"`
}

// FAQ is a question with our answer.
type FAQ struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Links    []Link `json:"links,omitempty"`
}

// Headline is a career's main pay figure, chosen as the most authoritative
// and recent one, with the figures that disagree kept beside it.
type Headline struct {
	Fact
	// Annual is the figure as a number, for salary comparisons; nil when the
	// figure is not an annual amount in money.
	Annual        *Money `json:"annual,omitempty"`
	SourcesDiffer []Fact `json:"sourcesDiffer,omitempty"`
}

// KeyFacts is the at-a-glance summary of a career.
type KeyFacts struct {
	Median           Fact     `json:"median"`
	MedianAnnual     Money    `json:"medianAnnual"`
	Range            PayRange `json:"range"`
	RangeFact        Fact     `json:"rangeFact"`
	Growth           Fact     `json:"growth"`
	Openings         Fact     `json:"openings"`
	TopIndustries    []string `json:"topIndustries"`
	TypicalEducation string   `json:"typicalEducation"`
}

// Career is one career of the family. The Health Information Technician
// entry fills every section; related careers fill the ones their sources
// support, and say so where a figure is unknown.
type Career struct {
	Slug           string   `json:"slug"`
	Title          string   `json:"title"`
	Acronym        string   `json:"acronym,omitempty"`
	AltTitles      []string `json:"altTitles,omitempty"`
	Summary        string   `json:"summary"`
	Classification string   `json:"classification,omitempty"`

	KeyFacts         *KeyFacts      `json:"keyFacts,omitempty"`
	Overview         []string       `json:"overview,omitempty"`
	Comparisons      []Comparison   `json:"comparisons,omitempty"`
	Responsibilities []string       `json:"responsibilities,omitempty"`
	WorkEnvironment  []string       `json:"workEnvironment,omitempty"`
	Tools            []Named        `json:"tools,omitempty"`
	TechnicalSkills  []Named        `json:"technicalSkills,omitempty"`
	SoftSkills       []Named        `json:"softSkills,omitempty"`
	Education        []string       `json:"education,omitempty"`
	Steps            []Step         `json:"steps,omitempty"`
	Pathways         []Pathway      `json:"pathways,omitempty"`
	SalaryFactors    []string       `json:"salaryFactors,omitempty"`
	SalaryByLevel    []LevelPay     `json:"salaryByLevel,omitempty"`
	PayRanges        []PayFact      `json:"payRanges,omitempty"`
	Pay              *Headline      `json:"pay,omitempty"`
	PayUnknown       string         `json:"payUnknown,omitempty"`
	Outlook          []Fact         `json:"outlook,omitempty"`
	MarketCommentary []string       `json:"marketCommentary,omitempty"`
	CareerPath       []Level        `json:"careerPath,omitempty"`
	Diversity        *Diversity     `json:"diversity,omitempty"`
	GlobalSalaries   []CountryPay   `json:"globalSalaries,omitempty"`
	RemoteWork       []string       `json:"remoteWork,omitempty"`
	Visas            []string       `json:"visas,omitempty"`
	Market           *MarketReality `json:"market,omitempty"`
	Pros             []string       `json:"pros,omitempty"`
	Cons             []string       `json:"cons,omitempty"`
	FAQ              []FAQ          `json:"faq,omitempty"`
	Credentials      []string       `json:"credentials,omitempty"`
	Related          []string       `json:"related,omitempty"`
	Superseded       []Fact         `json:"superseded,omitempty"`
	OtherFacts       []Fact         `json:"otherFacts,omitempty"`
}

// PayFact is a pay range quoted for a stage of the career, such as entry
// level, with its citation.
type PayFact struct {
	ID    string   `json:"id"`
	Range PayRange `json:"range"`
	// Level is the stage the range is for when it is one of PayLevels, as
	// "entry" for a starting salary; empty for any other stage.
	Level PayLevel `json:"level,omitempty"`
	Fact
}

// Credential is a professional certification.
type Credential struct {
	ID          string   `json:"id"`
	Abbr        string   `json:"abbr"`
	Name        string   `json:"name"`
	Issuer      string   `json:"issuer"`
	Summary     string   `json:"summary"`
	Eligibility string   `json:"eligibility"`
	Facts       []Fact   `json:"facts"`
	Careers     []string `json:"careers,omitempty"`
}

// Term is a glossary entry. Definitions are our own words.
type Term struct {
	ID         string   `json:"id"`
	Term       string   `json:"term"`
	Expansion  string   `json:"expansion,omitempty"`
	Definition string   `json:"definition"`
	Aliases    []string `json:"aliases,omitempty"`
	Links      []Link   `json:"links,omitempty"`
}

// Currency is a currency the app can show money in. A currency with no
// USDPer has no recorded rate and is never converted.
type Currency struct {
	Code   string `json:"code"`
	Symbol string `json:"symbol"`
	Name   string `json:"name"`
	// Rate is the exchange rate to US dollars as an exact ratio: Local units
	// of this currency are worth USD US dollars. Nil for no recorded rate.
	Rate *Rate `json:"rate,omitempty"`
}

// Rate is an exchange rate kept as the two amounts it was derived from, so
// conversions stay exact and the derivation can be shown.
type Rate struct {
	Local      int64  `json:"local"`
	USD        int64  `json:"usd"`
	Derivation string `json:"derivation"`
	Source     string `json:"source"`
	AsOf       string `json:"asOf"`
}
