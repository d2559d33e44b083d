package words

import (
	"fmt"
	"strings"
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

// TestHeadlineOrder: the first sentence names the types most chosen first,
// with the number of situations; 50/35/15 is not "in evenwicht" or
// "tussen", and equal points are named as equal.
func TestHeadlineOrder(t *testing.T) {
	var types [profile.Count]profile.TypeProfile
	h := HeadlineOf(profile.Of(profile.Points{9, 4, 13}, 26), types, i18n.NL)
	want := "In deze 26 situaties koos je het vaakst als verbinder (50%), dan als bureaucraat (35%), het minst als ondernemer (15%)."
	if h.Order != want {
		t.Errorf("Order = %q, want %q", h.Order, want)
	}
	for _, s := range []string{h.Order, h.Reading} {
		if strings.Contains(s, "evenwicht") || strings.Contains(s, "tussen") {
			t.Errorf("50/35/15 says %q", s)
		}
	}
	if h.Precision == "" || !strings.Contains(h.Precision, "opnieuw") {
		t.Errorf("Precision = %q", h.Precision)
	}
	if !strings.Contains(h.Growth, "ondernemer (15%)") {
		t.Errorf("Growth = %q", h.Growth)
	}
	tie := HeadlineOf(profile.New(profile.Points{9, 8, 9}), types, i18n.NL)
	if !strings.Contains(tie.Order, "bureaucraat en als verbinder, even vaak (elk 35%)") {
		t.Errorf("tie: %q", tie.Order)
	}
	if only := HeadlineOf(profile.New(profile.Points{0, 0, 26}), types, i18n.NL); !strings.Contains(only.Order, "steeds als verbinder (100%), nooit als bureaucraat of als ondernemer") || strings.Contains(only.Precision, " 0 punten") {
		t.Errorf("26/0/0: %q %q", only.Order, only.Precision)
	}
	if never := HeadlineOf(profile.New(profile.Points{20, 6, 0}), types, i18n.NL); !strings.HasSuffix(never.Order, "dan als ondernemer (23%), nooit als verbinder.") {
		t.Errorf("20/6/0: %q", never.Order)
	}
	en := HeadlineOf(profile.New(profile.Points{9, 4, 13}), types, i18n.EN)
	if !strings.HasPrefix(en.Order, "In these 26 situations you chose most often as the connector (50%)") {
		t.Errorf("EN: %q", en.Order)
	}
	if e := HeadlineOf(profile.New(profile.Points{}), types, i18n.NL); e.Precision != "" || e.Growth != "" || e.Order == "" {
		t.Errorf("empty: %+v", e)
	}
}

// TestHeadlineNeverShrugs runs every split of 26 answers: whoever leads the
// next by 10 points or more is never told "evenwicht", "tussen" or "dicht
// bij elkaar"; "vooral" only where the mix leans beyond the margin; the
// first type named is the one with the most points, as Strongest says.
func TestHeadlineNeverShrugs(t *testing.T) {
	var types [profile.Count]profile.TypeProfile
	names := DefaultNames(i18n.NL)
	const n = 26
	for a := 0; a <= n; a++ {
		for b := 0; a+b <= n; b++ {
			m := profile.Of(profile.Points{a, b, n - a - b}, n)
			h := HeadlineOf(m, types, i18n.NL)
			text := h.Sentence()
			r := m.Ranking
			if m.Percent[r[0]]-m.Percent[r[1]] >= CloseGap {
				for _, bad := range []string{"evenwicht", "tussen", "dicht bij"} {
					if strings.Contains(text, bad) {
						t.Errorf("%v: %q says %q", m.Percent, text, bad)
					}
				}
			}
			if strings.Contains(text, "vooral") != (m.Shape == profile.Leaning) {
				t.Errorf("%v (%v): %q", m.Percent, m.Shape, text)
			}
			first := strings.ToLower(names[r[0]])
			if !strings.Contains(h.Order, "als "+first) || strings.Index(h.Order, first) > strings.Index(h.Order, "(") {
				t.Errorf("%v: %q does not name %s first", m.Percent, h.Order, first)
			}
			if s := Strongest(m, names); !strings.HasPrefix(s, names[r[0]]) || strings.Contains(s, "=") != (m.Points[r[0]] == m.Points[r[1]]) {
				t.Errorf("%v: Strongest %q", m.Points, s)
			}
			if h.Growth == "" {
				t.Errorf("%v: no growth pointer", m.Points)
			}
		}
	}
}
