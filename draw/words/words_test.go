package words

import (
	"fmt"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

func TestSections(t *testing.T) {
	tp := profile.TypeProfile{
		Strengths: []string{"Sterk", " "},
		Pitfalls:  []string{"Valkuil"},
		Pointers:  []string{"Wat je meebrengt: rust.", "What you could practise: listening.", "Los advies", "wat je kunt oefenen:"},
	}
	got := Sections(tp, i18n.NL)
	want := []Section{
		{"Wat je meebrengt", []string{"Rust.", "Sterk"}},
		{"Valkuil als je doorschiet", []string{"Valkuil"}},
		{"Wat je kunt oefenen", []string{"Listening.", "Los advies"}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Sections =\n%v\nwant\n%v", got, want)
	}
	if got := Sections(profile.TypeProfile{Name: "X"}, i18n.EN); len(got) != 0 {
		t.Errorf("an empty profile gives sections %v", got)
	}
}

// TestPlainResult checks plain mode's result (textmode.PrintResult, which
// shares the texts of this package): the RGB sentence, then the three
// profiles as headings and "- " items, the leading type first, without
// box drawing, in both languages.
