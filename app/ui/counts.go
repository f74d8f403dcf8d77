package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data"
)

// Counts in sentences come from the data, so a country, step or level added
// to the JSON changes every sentence that counts them.

// countWord writes n as a word for the small counts sentences use ("six
// countries"), and in digits above twelve.
func countWord(n int) string {
	words := [...]string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

// countryCount is "six countries": the countries the main career's pay is
// given for.
func countryCount(c *data.Career) string {
	return plural(len(c.GlobalSalaries), "country", "countries")
}

// stepCount is "six steps": the main career's steps into the job.
func stepCount(c *data.Career) string { return plural(len(c.Steps), "step", "steps") }

// levelCount is "five levels": the main career's career path.
func levelCount(c *data.Career) string { return plural(len(c.CareerPath), "level", "levels") }

func plural(n int, one, many string) string {
	if n == 1 {
		return "one " + one
	}
	return countWord(n) + " " + many
}
