package salary

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// countryFigureRows are the countries' other cited figures, from
// countrypay.json, each keyed "country-" and its id.
func countryFigureRows(d *data.Data, hit *data.Career) []Row {
	var rows []Row
	for _, cf := range d.CountryFigures {
		name := countryName(hit, cf.Country)
		for _, f := range cf.Figures {
			rows = append(rows, countryFigureRow(d, name, cf.Country, f))
		}
	}
	return rows
}

func countryFigureRow(d *data.Data, country, code string, f data.CountryFigure) Row {
	row := Row{
		Key:       countryPrefix + f.ID,
		Kind:      KindCountryFigure,
		Name:      f.Name,
		Label:     country + ": " + f.Name,
		Measure:   string(f.Measure),
		Stat:      f.Measure,
		Stage:     f.Level,
		Country:   code,
		Period:    f.Period,
		StandsFor: f.StandsFor,
		Note:      f.Note,
		Source:    f.Source,
		AsOf:      f.AsOf,
	}
	sym := Symbol(d, f.Currency)
	low, high := f.Amount, f.Amount
	if f.IsRange() {
		low, high = f.Min, f.Max
		row.Value = FormatCents(low, sym) + "–" + FormatCents(high, sym)
	} else {
		row.Value = FormatCents(low, sym)
	}
	row.Value += " " + PeriodWords(f.Period)
	lowWhole, okLow := low.Whole()
	highWhole, okHigh := high.Whole()
	switch {
	case f.Period != data.PerYear:
		// Turning an hourly rate into a year would take hours a year that no
		// source gives.
		row.NoFigure = "This is pay " + PerWords(f.Period) + ", not per year, so it is shown as stated and not set against yearly pay."
	case !okLow || !okHigh:
		row.NoFigure = "This yearly figure has pennies or cents, which the comparison does not round away: " + row.Value + "."
	default:
		fig := Span{Currency: f.Currency, Low: lowWhole, High: highWhole, IsRange: f.IsRange()}
		row.Figure = &fig
	}
	return row
}

// countryName is the country's name as the main career's country row
// gives it, or its code.
func countryName(hit *data.Career, code string) string {
	for _, g := range hit.GlobalSalaries {
		if g.Code == code {
			return g.Country
		}
	}
	return code
}

// PeriodWords says what a figure is paid for: "a year", "an hour", "a week".
func PeriodWords(p data.Period) string {
	switch p {
	case data.PerHour:
		return "an hour"
	case data.PerWeek:
		return "a week"
	}
	return "a year"
}

// PerWords says what a figure is paid for in a sentence: "per hour".
func PerWords(p data.Period) string {
	if p == "" {
		return "per year"
	}
	return "per " + string(p)
}

// FormatCents writes an amount kept in hundredths, with its pennies or
// cents only when it has any: "£24,937", "C$21.26".
func FormatCents(c data.Cents, symbol string) string {
	whole, exact := c.Whole()
	s := Format(whole, symbol)
	if !exact {
		cents := int64(c) % 100
		if cents < 0 {
			cents = -cents
		}
		s += "." + string(rune('0'+cents/10)) + string(rune('0'+cents%10))
	}
	return s
}

// statOfLabel reads the kind of figure from a source's label: "Median
// annual pay…" is a median.
func statOfLabel(label string) data.Measure {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "median"):
		return data.MeasureMedian
	case strings.Contains(l, "average"), strings.Contains(l, "mean "):
		return data.MeasureAverage
	}
	return data.MeasureUnstated
}

// AtStage returns the rows of a country at one stage of a career, in page
// order, so "UK entry" and "US entry" are AtStage("GB", data.LevelEntry)
// and AtStage("US", data.LevelEntry). Only rows with a figure to compare
// are returned.
func (s *RowSet) AtStage(country string, stage data.PayLevel) []Row {
	var out []Row
	for _, r := range s.Rows {
		if r.Country == country && r.Stage == stage && r.Figure != nil {
			out = append(out, r)
		}
	}
	return out
}

// CountryPay is what the salaries page shows for one country: its range
// for every level, every other figure the data cites for it, and whether a
// starting figure is known.
type CountryPay struct {
	Code, Name string
	// Range is the row of the country's range for every level; nil when
	// the main career gives none.
	Range *Row
	// Figures are the country's other cited figures, as rows, in the
	// data's order (KindCountryFigure).
	Figures []Row
	// Entry are the rows with a starting figure, ready to compare: for the
	// U.S. its junior level and starting salary.
	Entry []Row
	// NoEntry says that no starting figure is known, and why; empty when
	// Entry is not.
	NoEntry string
}

// Countries lists each country of the main career's pay by country, in
// its order, with every figure the data holds for it.
func Countries(d *data.Data, set *RowSet) []CountryPay {
	hit := d.Main()
	if hit == nil {
		return nil
	}
	out := make([]CountryPay, 0, len(hit.GlobalSalaries))
	for _, g := range hit.GlobalSalaries {
		cp := CountryPay{Code: g.Code, Name: g.Country, Range: set.Row(countryPrefix + strings.ToLower(g.Code))}
		for _, r := range set.Rows {
			if r.Kind == KindCountryFigure && r.Country == g.Code {
				cp.Figures = append(cp.Figures, r)
			}
		}
		cp.Entry = set.AtStage(g.Code, data.LevelEntry)
		if len(cp.Entry) == 0 {
			if cf := d.CountryFiguresOf(g.Code); cf != nil && cf.NoEntryLevel != "" {
				cp.NoEntry = cf.NoEntryLevel
			} else {
				cp.NoEntry = "Our sources give no starting pay for " + placeName(g.Country) + "."
			}
		}
		out = append(out, cp)
	}
	return out
}

// placeName puts "the" before a country whose name needs it.
func placeName(country string) string {
	if strings.HasPrefix(country, "United ") {
		return "the " + country
	}
	return country
}
