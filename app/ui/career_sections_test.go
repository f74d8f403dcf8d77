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
			return renderCareerSection(c, s)
		}
	}
	return app.Div()
}

// TestEverySectionRendersWithItsHeading mounts each section of each career
// in go-app's test engine and requires the anchor the contents list links
// to (<section id>), labelled by an h2 whose id is <id>-title and whose text
// is the title the contents list shows.
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
			if _, compo := renderCareerSection(&c, s).(app.Composer); compo {
				path = append(path, 0)
				class = "key-facts"
			}
			want := []app.TestUIDescriptor{
				{Path: path, Expected: app.Section().ID(s.ID).Class(class).Aria("labelledby", s.ID+"-title")},
				{Path: append(path[:len(path):len(path)], 0), Expected: app.H2().ID(s.ID + "-title")},
				{Path: append(path[:len(path):len(path)], 0, 0), Expected: app.Text(s.Title)},
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
