package culturetable

import (
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/mix"
	"ideale-ambtenaar/i18n"
)

func TestTable(t *testing.T) {
	r := culture.Compare(mix.Points{5, 3, 2}, mix.Points{2, 3, 5})
	wide := New(r, i18n.NL, 0)
	if want := "               nu  gewenst  verschil"; wide.Head != want {
		t.Errorf("head %q, want %q", wide.Head, want)
	}
	if got, want := wide.Line(wide.Rows[mix.Bureaucraat]), "Bureaucraat   50%      20%  ▼ −30 *"; got != want {
		t.Errorf("row %q, want %q", got, want)
	}
	if got, want := wide.Line(wide.Rows[mix.Ondernemer]), "Ondernemer    30%      30%  =   0"; got != want {
		t.Errorf("row %q, want %q", got, want)
	}
	if !wide.Rows[mix.Verbinder].Notable || wide.Rows[mix.Ondernemer].Notable {
		t.Errorf("notable rows wrong: %+v", wide.Rows)
	}
	narrow := New(r, i18n.NL, 28)
	if narrow.Sep != " " || narrow.Head != "              nu gewenst" {
		t.Errorf("narrow: sep %q head %q", narrow.Sep, narrow.Head)
	}
}
