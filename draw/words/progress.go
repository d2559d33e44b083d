package words

import (
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// The lines about kept progress and saved files that the quiz screen and
// the text mode both say, so that both say them in the same words.
var (
	// SavedTo says where a result or an export was saved; it takes the
	// path.
	SavedTo = i18n.Text{NL: "Bewaard in %s", EN: "Saved to %s"}

	txtResume = i18n.Text{
		NL: "Je was gebleven bij casus %d van %d (%d beantwoord).",
		EN: "You stopped at scenario %d of %d (%d answered)."}
	txtResumeDone = i18n.Text{
		NL: "Je had alle %d casussen al beantwoord; je uitslag staat klaar.",
		EN: "You had answered all %d scenarios; your result is ready."}
)

// Resume describes the kept walk w on offer when the quiz starts again:
// where the participant stopped and how many they answered, or that the
// result is ready when they answered all.
func Resume(w *quiz.Walk, l i18n.Lang) string {
	if w.Done() {
		return txtResumeDone.F(l, w.Len())
	}
	return txtResume.F(l, w.Index()+1, w.Len(), w.Answered())
}
