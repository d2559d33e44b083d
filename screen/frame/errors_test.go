package frame

import (
	"errors"
	"testing"

	"ideale-ambtenaar/i18n"
)

type twoLang struct{}

func (twoLang) Error() string { return "english" }
func (twoLang) In(l i18n.Lang) string {
	return map[i18n.Lang]string{i18n.NL: "nederlands", i18n.EN: "english"}[l]
}

func TestErrorText(t *testing.T) {
	if got := ErrorText(twoLang{}, i18n.NL); got != "nederlands" {
		t.Errorf("an error with In: %q", got)
	}
	if got := ErrorText(errors.New("plain"), i18n.NL); got != "plain" {
		t.Errorf("a plain error: %q", got)
	}
}
