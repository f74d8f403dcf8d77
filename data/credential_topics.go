package data

import (
	"slices"
	"strings"
)

// CredentialTopic is one column of the credential guide's table: a kind of
// fact every credential may have, found by how its label begins.
type CredentialTopic struct {
	Name string
	// Groups are the kinds of fact the column shows, each as the label
	// beginnings that name it; the column shows the first fact of each
	// group, so a column can pair facts that belong together (continuing
	// education and how often).
	Groups [][]string
	// Except are label beginnings that look like the column's but are not
	// ("Recertification fee" is not how to renew).
	Except []string
}

// The credential guide's columns, in table order.
var (
	TopicEligibility = CredentialTopic{Name: "Who can sit the exam", Groups: [][]string{
		{"Education needed", "Education or experience needed", "Eligibility, Route A", "Eligibility:"},
		{"Other eligibility routes", "Eligibility, Route B"},
	}}
	TopicFee    = CredentialTopic{Name: "Exam fee", Groups: [][]string{{"Exam fee"}}}
	TopicFormat = CredentialTopic{Name: "Exam format", Groups: [][]string{
		{"Exam format", "Exam length"},
		{"Number of questions"},
	}}
	TopicRenewal = CredentialTopic{Name: "Renewal", Groups: [][]string{
		{"Continuing education", "Recertification"},
		{"Recertification cycle"},
	}, Except: []string{"Recertification fee", "Recertification cycle"}}
)

// CredentialTopics lists the columns.
var CredentialTopics = []CredentialTopic{TopicEligibility, TopicFee, TopicFormat, TopicRenewal}

// On returns the facts the column shows for the credential, in its groups'
// order, and how many more facts of the column's kind the credential has
// (conflicting or extra figures, which its full entry lists).
func (c *Credential) On(t CredentialTopic) (shown []Fact, more int) {
	used := make([]bool, len(c.Facts))
	for _, group := range t.Groups {
		for i, f := range c.Facts {
			if !used[i] && labelStarts(f.Label, group) && !t.excepts(f.Label, group) {
				shown = append(shown, f)
				used[i] = true
				break
			}
		}
	}
	for i, f := range c.Facts {
		if used[i] {
			continue
		}
		for _, group := range t.Groups {
			if labelStarts(f.Label, group) && !t.excepts(f.Label, group) {
				more++
				break
			}
		}
	}
	return shown, more
}

// excepts reports whether the column leaves the label out of this group:
// it begins with an exception the group does not name itself.
func (t CredentialTopic) excepts(label string, group []string) bool {
	for _, e := range t.Except {
		if strings.HasPrefix(label, e) && !slices.Contains(group, e) {
			return true
		}
	}
	return false
}

func labelStarts(label string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(label, p) {
			return true
		}
	}
	return false
}
