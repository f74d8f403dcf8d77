package salary

import (
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Kind groups the rows that can be compared.
type Kind string

const (
	// KindLevel is a rung of the career path, with median and average pay.
	KindLevel Kind = "level"
	// KindBenchmark is a U.S. figure for the whole occupation: the national
	// median and range, and the FAQ's entry-level and experienced ranges.
	KindBenchmark Kind = "benchmark"
	// KindCountry is the pay range in one country, in its own currency.
	KindCountry Kind = "country"
	// KindCareer is the headline pay of one career of the family.
	KindCareer Kind = "career"
	// KindCountryFigure is one more cited figure for a country, at one
	// level or all of them: an NHS band's entry point, a province's median.
	KindCountryFigure Kind = "country-figure"
)

// Row is one figure the salaries page shows and can compare, with its
// citation. Keys are stable: they are what a shared /salaries?compare= URL
// holds.
type Row struct {
	Key  string
	Kind Kind
	// Name is the row's name as the data gives it, such as a level title.
	Name string
	// Label tells the row apart from every other row, for a comparison
	// where a level and a career may share a title.
	Label string
	// Figure is the pay the row is compared by; nil when no figure is known.
	Figure *Span
	// Measure says what Figure is: "median", "range" or the source's label.
	Measure string
	// Stat is the kind of figure, whatever the label says: a median, an
	// average, a range, a point on a pay scale, or not stated.
	Stat data.Measure
	// Stage is the stage of a career the figure is for: data.LevelEntry for
	// starting pay, data.LevelAll for every level together; empty for one
	// other stage, named by Name (a rung of the career path).
	Stage data.PayLevel
	// Country is the ISO code of the country the figure is for, such as
	// "GB"; empty when the data does not say.
	Country string
	// Period is what the figure is paid for. Only yearly figures have a
	// Figure to compare; others are shown as stated, in Value.
	Period data.Period
	// StandsFor says in plain words whose pay it is, when the data says.
	StandsFor string
	// Occupation is a career's U.S. occupation code (career rows only):
	// careers with one code share one pay figure.
	Occupation string
	// Average is a level's average pay, shown beside its median.
	Average *Span
	// Level is the career-path rung of a level row, for its typical years;
	// nil when the path has no rung with that title.
	Level *data.Level
	// StatedUSD is a country's US-dollar equivalent exactly as the source
	// states it; NoUSD says why there is none.
	StatedUSD *Span
	NoUSD     string
	Notes     []data.Named
	// NoFigure says why a row has no figure.
	NoFigure string
	// Value is the figure as the source words it, such as "$44,090 per year".
	Value string
	Note  string
	// SourcesDiffer counts other figures the data keeps for the same pay.
	SourcesDiffer int

	Source string
	AsOf   string
	Cites  string
}

// Key prefixes and the fixed keys of the benchmark rows.
const (
	levelPrefix   = "level-"
	countryPrefix = "country-"
	careerPrefix  = "career-"

	KeyNationalMedian = "national-median"
	KeyNationalRange  = "national-range"
)

// usCode is the country of the main career's levels and benchmarks.
const usCode = "US"

// Rows lists every comparable row: levels, benchmarks, countries, the
// countries' other figures and careers, in the order the page shows them.
func Rows(d *data.Data) []Row {
	var rows []Row
	hit := d.Main()
	if hit != nil {
		rows = append(rows, levelRows(hit)...)
		rows = append(rows, benchmarkRows(hit)...)
		rows = append(rows, countryRows(hit)...)
		rows = append(rows, countryFigureRows(d, hit)...)
	}
	for i := range d.Careers {
		rows = append(rows, careerRow(&d.Careers[i]))
	}
	return rows
}

func levelRows(c *data.Career) []Row {
	rows := make([]Row, 0, len(c.SalaryByLevel))
	for i, l := range c.SalaryByLevel {
		n := strconv.Itoa(i + 1)
		median, average := Figure(l.Currency, l.Median), Figure(l.Currency, l.Average)
		rung := pathLevel(c, l.Level)
		var stage data.PayLevel
		// The rung that starts at no experience is where a career starts.
		if rung != nil && rung.YearsMin == 0 {
			stage = data.LevelEntry
		}
		rows = append(rows, Row{
			Key:     levelPrefix + n,
			Kind:    KindLevel,
			Name:    l.Level,
			Label:   "Level " + n + ": " + l.Level,
			Figure:  &median,
			Measure: "median",
			Stat:    data.MeasureMedian,
			Stage:   stage,
			Country: usCode,
			Period:  data.PerYear,
			Average: &average,
			Level:   rung,
			Source:  l.Source,
			AsOf:    l.AsOf,
		})
	}
	return rows
}

// pathLevel finds the career-path rung with the title, for its years.
func pathLevel(c *data.Career, title string) *data.Level {
	for i := range c.CareerPath {
		if c.CareerPath[i].Title == title {
			return &c.CareerPath[i]
		}
	}
	return nil
}

func benchmarkRows(c *data.Career) []Row {
	var rows []Row
	if k := c.KeyFacts; k != nil {
		median := Figure(k.MedianAnnual.Currency, k.MedianAnnual.Amount)
		rows = append(rows, factRow(KeyNationalMedian, k.Median, &median, data.MeasureMedian, data.LevelAll))
		rng := RangeOf(k.Range)
		rows = append(rows, factRow(KeyNationalRange, k.RangeFact, &rng, data.MeasureRange, data.LevelAll))
	}
	for _, p := range c.PayRanges {
		rng := RangeOf(p.Range)
		rows = append(rows, factRow(p.ID, p.Fact, &rng, data.MeasureRange, p.Level))
	}
	return rows
}

func factRow(key string, f data.Fact, figure *Span, stat data.Measure, stage data.PayLevel) Row {
	return Row{
		Key: key, Kind: KindBenchmark, Name: f.Label, Label: f.Label,
		Figure: figure, Measure: string(stat), Stat: stat, Stage: stage, Country: usCode, Period: data.PerYear,
		Value: f.Value, Note: f.Note, Source: f.Source, AsOf: f.AsOf, Cites: f.Cites,
	}
}

func countryRows(c *data.Career) []Row {
	rows := make([]Row, 0, len(c.GlobalSalaries))
	for _, g := range c.GlobalSalaries {
		local := RangeOf(g.Local)
		row := Row{
			Key:     countryPrefix + strings.ToLower(g.Code),
			Kind:    KindCountry,
			Name:    g.Country,
			Label:   g.Country,
			Figure:  &local,
			Measure: "range",
			Stat:    data.MeasureRange,
			Stage:   data.LevelAll,
			Country: g.Code,
			Period:  data.PerYear,
			NoUSD:   g.NoUSDNote,
			Notes:   g.Notes,
			Source:  g.Source,
			AsOf:    g.AsOf,
		}
		if g.USD != nil {
			usd := RangeOf(*g.USD)
			row.StatedUSD = &usd
		}
		rows = append(rows, row)
	}
	return rows
}

func careerRow(c *data.Career) Row {
	row := Row{
		Key:        careerPrefix + c.Slug,
		Kind:       KindCareer,
		Name:       c.Title,
		Label:      "Career: " + c.Title,
		Stage:      data.LevelAll,
		Period:     data.PerYear,
		Occupation: c.OccupationCode(),
	}
	switch {
	case c.Pay != nil:
		p := c.Pay
		row.Measure, row.Value, row.Note = p.Label, p.Value, p.Note
		row.Stat = statOfLabel(p.Label)
		row.Source, row.AsOf, row.Cites = p.Source, p.AsOf, p.Cites
		row.SourcesDiffer = len(p.SourcesDiffer)
		if p.Annual != nil {
			fig := Figure(p.Annual.Currency, p.Annual.Amount)
			row.Figure = &fig
		} else {
			row.NoFigure = "The cited pay is not a yearly amount in money, so it cannot be compared: " + p.Value
		}
	case c.PayUnknown != "":
		row.NoFigure = c.PayUnknown
	default:
		row.NoFigure = "Our sources give no pay figure for this career."
	}
	return row
}

// RowSet finds rows by key.
type RowSet struct {
	Rows  []Row
	byKey map[string]int
}

// NewRowSet indexes rows by key.
func NewRowSet(rows []Row) *RowSet {
	s := &RowSet{Rows: rows, byKey: make(map[string]int, len(rows))}
	for i, r := range rows {
		s.byKey[r.Key] = i
	}
	return s
}

// Row returns the row with the key, or nil.
func (s *RowSet) Row(key string) *Row {
	if i, ok := s.byKey[key]; ok {
		return &s.Rows[i]
	}
	return nil
}

// Has reports whether a row has the key.
func (s *RowSet) Has(key string) bool {
	_, ok := s.byKey[key]
	return ok
}

// OfKind returns the rows of one kind, in order.
func (s *RowSet) OfKind(k Kind) []Row {
	var out []Row
	for _, r := range s.Rows {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}
