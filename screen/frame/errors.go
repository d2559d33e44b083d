package frame

import "ideale-ambtenaar/i18n"

// ErrorText is err as a screen says it in l: in l when err speaks both
// languages (the rooms' errors have In, i18n errors and allocation errors
// have Message), else err's own text. For the status line and notes of
// every screen.
func ErrorText(err error, l i18n.Lang) string {
	switch e := err.(type) {
	case interface{ In(i18n.Lang) string }:
		return e.In(l)
	case i18n.Localized:
		return e.Message(l)
	}
	return err.Error()
}
