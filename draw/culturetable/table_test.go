package culturetable

import (
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

func TestTable(t *testing.T) {
	r := culture.Compare(profile.Points{5, 3, 2}, profile.Points{2, 3, 5})
	wide := New(r, i18n.NL, 0)
	if want := "               nu  gewenst  verschil"; wide.Head != want {
		t.Errorf("head %q, want %q", wide.Head, want)
	}
	if got, want := wide.Line(wide.Rows[profile.Bureaucraat]), "Bureaucraat   50%      20%  ▼ −30 *"; got != want {
		t.Errorf("row %q, want %q", got, want)
	}
	if got, want := wide.Line(wide.Rows[profile.Ondernemer]), "Ondernemer    30%      30%  =   0"; got != want {
		t.Errorf("row %q, want %q", got, want)
	}
	if !wide.Rows[profile.Verbinder].Notable || wide.Rows[profile.Ondernemer].Notable {
		t.Errorf("notable rows wrong: %+v", wide.Rows)
	}
	narrow := New(r, i18n.NL, 28)
	if narrow.Sep != " " || narrow.Head != "              nu gewenst" {
		t.Errorf("narrow: sep %q head %q", narrow.Sep, narrow.Head)
	}
}
