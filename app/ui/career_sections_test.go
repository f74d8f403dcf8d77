package ui

import (
	"testing"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestEverySectionHasARenderer holds data.CareerSections and
// sectionRenderers together: a section registered without a renderer would
// break every career page that has it.
func TestEverySectionHasARenderer(t *testing.T) {
	registered := map[string]bool{}
	for _, s := range data.CareerSections {
		registered[s.ID] = true
		if sectionRenderers[s.ID] == nil {
			t.Errorf("section %q is in data.CareerSections but has no renderer in sectionRenderers", s.ID)
		}
	}
	for id := range sectionRenderers {
		if !registered[id] {
			t.Errorf("sectionRenderers draws %q, which data.CareerSections does not list", id)
		}
	}
}

// sectionHost mounts one section of one career, as the career page does.
type sectionHost struct {
	app.Compo
	ISlug string
	IID   string
}

func (h *sectionHost) Render() app.UI {
	c := appData().Career(h.ISlug)
	for _, s := range c.Sections() {
		if s.ID == h.IID {
			return renderCareerSection(c, s, disclosures{})
		}
	}
	return app.Div()
}

// TestEverySectionRendersWithItsHeading mounts each section of each career
// in go-app's test engine and requires the anchor the contents list links
// to (<section id>), labelled by an h2 whose id is <id>-title and whose text
// is the title the contents list shows. The h2 is the summary of the
// section's disclosure, so it shows while the section is closed; key
// facts, a component of its own, has no disclosure.
func TestEverySectionRendersWithItsHeading(t *testing.T) {
	rendered := map[string]bool{}
	for _, c := range appData().Careers {
		for _, s := range c.Sections() {
			if sectionRenderers[s.ID] == nil {
				continue // TestEverySectionHasARenderer says which
			}
			host := &sectionHost{ISlug: c.Slug, IID: s.ID}
			if err := app.NewTestEngine().Load(host); err != nil {
				t.Fatalf("%s#%s: %v", c.Slug, s.ID, err)
			}
			// The path into the host's tree: its root, and one more step
			// for a section that is a component of its own (key facts).
			path := []int{0}
			class := "career-section"
			heading := []int{0, 0, 0} // section > details > summary > h2
			if _, compo := renderCareerSection(&c, s, disclosures{}).(app.Composer); compo {
				path = append(path, 0)
				class = "key-facts"
				heading = []int{0} // section > h2
			}
			at := func(steps ...int) []int { return append(append([]int(nil), path...), steps...) }
			want := []app.TestUIDescriptor{
				{Path: path, Expected: app.Section().ID(s.ID).Class(class).Aria("labelledby", s.ID+"-title")},
				{Path: at(heading...), Expected: app.H2().ID(s.ID + "-title")},
				{Path: at(append(heading, 0)...), Expected: app.Text(s.Title)},
			}
			if class == "career-section" {
				want = append(want, app.TestUIDescriptor{Path: at(0), Expected: app.Details().DataSet("disclosure", s.ID)})
			}
			for _, d := range want {
				if err := app.TestMatch(host, d); err != nil {
					t.Errorf("%s#%s at %v: %v", c.Slug, s.ID, d.Path, err)
				}
			}
			rendered[s.ID] = true
		}
	}
	for _, s := range data.CareerSections {
		if !rendered[s.ID] {
			t.Errorf("section %q was not rendered: it has no renderer, or no career has content for it", s.ID)
		}
	}
}
