package data

import "strconv"

// YearsText is the level's span of experience: "2–4 years", or "10+ years"
// when the career path gives no upper bound.
func (l Level) YearsText() string {
	if l.YearsMax == 0 {
		return strconv.Itoa(l.YearsMin) + "+ years"
	}
	return strconv.Itoa(l.YearsMin) + "–" + strconv.Itoa(l.YearsMax) + " years"
}

// ExperienceText is YearsText as the career path and salary tables say it:
// "2–4 years of experience".
func (l Level) ExperienceText() string { return l.YearsText() + " of experience" }

// MonthsText is how long the pathway takes: "12 months" or "18–24 months".
func (p Pathway) MonthsText() string {
	if p.MonthsMin == p.MonthsMax {
		return strconv.Itoa(p.MonthsMin) + " months"
	}
	return strconv.Itoa(p.MonthsMin) + "–" + strconv.Itoa(p.MonthsMax) + " months"
}
