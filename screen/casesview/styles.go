package casesview

import (
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
)

// styles are the looks of this mode, derived from the theme. Theme has no
// styles yet for a type's section bar, the discussion prompt or the list
// and help components; they are built here from theme.Palette only, so
// that they can move into theme unchanged.
type styles struct {
	th theme.Theme

	Header   lipgloss.Style // the case's context above the scenario
	Counter  lipgloss.Style // "Casus 3 van 24"
	Rule     lipgloss.Style // the thin lines around the case text
	Scenario lipgloss.Style // the scenario itself
	Response lipgloss.Style // a type's response
	Prompt   lipgloss.Style // the discussion prompt under a response
	Empty    lipgloss.Style // "no response for this type"
	Hint     lipgloss.Style // the line that names the hidden types
	Key      lipgloss.Style // a key in running text
	Title    lipgloss.Style // the list's title
	Status   lipgloss.Style // the count beside the list's title
	Small    lipgloss.Style // the "window too small" message

	Name    [profile.Count]lipgloss.Style // a type's name, in its colour
	Section [profile.Count]lipgloss.Style // the bar left of a revealed response
}

func newStyles(th theme.Theme) styles {
	s := styles{th: th}
	s.Header = th.Muted
	s.Counter = th.Muted
	s.Rule = th.Muted
	s.Scenario = th.Body
	s.Response = th.Body
	s.Prompt = th.Muted.Italic(true)
	s.Empty = th.Muted.Italic(true)
	s.Hint = th.Muted
	s.Key = th.Key
	s.Title = th.Title
	s.Status = th.Muted
	s.Small = th.Body
	for _, t := range profile.Types {
		s.Name[t] = th.TypeStyle(t)
		bar := lipgloss.NewStyle().
			Border(lipgloss.ThickBorder(), false, false, false, true).
			PaddingLeft(1)
		if th.Color {
			bar = bar.BorderForeground(th.Palette.Types[t])
		}
		s.Section[t] = bar
	}
	return s
}

// item styles the list's entries: the selected one is marked by a bar and
// accent colour, so it stays visible without colour too.
func (s styles) item() list.DefaultItemStyles {
	th := s.th
	d := list.DefaultItemStyles{}
	d.NormalTitle = th.Body.PaddingLeft(2)
	d.NormalDesc = th.Muted.PaddingLeft(2)
	d.SelectedTitle = th.Selected.
		Border(lipgloss.ThickBorder(), false, false, false, true).
		PaddingLeft(1)
	d.SelectedDesc = th.Body.
		Border(lipgloss.ThickBorder(), false, false, false, true).
		PaddingLeft(1)
	if th.Color {
		d.SelectedTitle = d.SelectedTitle.BorderForeground(th.Palette.Accent)
		d.SelectedDesc = d.SelectedDesc.BorderForeground(th.Palette.Accent)
	}
	d.DimmedTitle = th.Muted.PaddingLeft(2)
	d.DimmedDesc = th.Muted.PaddingLeft(2)
	d.FilterMatch = lipgloss.NewStyle().Underline(true)
	return d
}

// applyList styles the list component and its filter input.
func (s styles) applyList(l *list.Model) {
	th := s.th
	ls := list.DefaultStyles(th.Dark)
	ls.TitleBar = lipgloss.NewStyle().PaddingBottom(1)
	ls.Title = lipgloss.NewStyle()
	ls.DefaultFilterCharacterMatch = lipgloss.NewStyle().Underline(true)
	ls.NoItems = th.Muted
	// The status bar is off, but should it be turned on its texts get
	// the measured Muted (4.5:1) rather than the list's fainter greys.
	ls.StatusBar = th.Muted.Padding(0, 0, 1, 2)
	ls.StatusEmpty = th.Muted
	ls.StatusBarActiveFilter = th.Body
	ls.StatusBarFilterCount = th.Muted
	ls.DividerDot = th.Muted.SetString(" • ")
	ls.PaginationStyle = lipgloss.NewStyle().PaddingLeft(2)
	ls.ArabicPagination = th.Muted
	ls.ActivePaginationDot = th.Body.SetString("•")
	ls.InactivePaginationDot = th.Muted.SetString("·")
	ls.Filter = s.filter()
	l.Styles = ls
	l.FilterInput.SetStyles(ls.Filter)
	l.Paginator.ActiveDot = ls.ActivePaginationDot.String()
	l.Paginator.InactiveDot = ls.InactivePaginationDot.String()
	l.Paginator.Type = paginator.Dots
	if !th.Color {
		// Without colour the dots look alike; "2/5" does not.
		l.Paginator.Type = paginator.Arabic
	}
	d := list.NewDefaultDelegate()
	d.Styles = s.item()
	d.SetSpacing(1)
	l.SetDelegate(d)
}

func (s styles) filter() textinput.Styles {
	th := s.th
	ts := textinput.DefaultStyles(th.Dark)
	for _, st := range []*textinput.StyleState{&ts.Focused, &ts.Blurred} {
		st.Prompt = th.Cursor
		st.Text = th.Body
		st.Placeholder = th.Muted
		st.Suggestion = th.Muted
	}
	ts.Cursor.Blink = false // a blinking cursor redraws twice a second for nothing
	if th.Color {
		ts.Cursor.Color = th.Palette.Accent
	}
	return ts
}
