package command

import (
	"io"
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/casesview"
	"ideale-ambtenaar/textmode"
)

// casesFlags are the flags of `ideale-ambtenaar cases`.
type casesFlags struct {
	questions string
	lang      string
	theme     string
	caseID    string
	help      bool
	plain     bool
}

var (
	txtCasesTitle = i18n.Text{
		NL: "ideale-ambtenaar cases — casusbespreking voor trainers",
		EN: "ideale-ambtenaar cases — scenario discussion for trainers"}
	txtCasesAbout = i18n.Text{
		NL: "Kies een casus en laat de reacties van de bureaucraat, de ondernemer en de\nverbinder één voor één zien, om ze met de groep tot het uiterste te bespreken.",
		EN: "Pick a scenario and reveal the responses of the bureaucrat, the entrepreneur and\nthe connector one at a time, to argue each to the extreme with the group."}
	txtCasesUsage = i18n.Text{NL: "Gebruik: ideale-ambtenaar cases [opties]", EN: "Usage: ideale-ambtenaar cases [options]"}
	txtCasesKeys  = i18n.Text{
		NL: "Toetsen: in de lijst ↑/↓ kiezen, / zoeken, enter openen. In een casus b/o/v\n(of 1/2/3) een reactie tonen of verbergen, a alle drie, h alles verbergen,\nn/p (of →/←) volgende/vorige casus, ↑/↓ en pgup/pgdn scrollen, esc terug\nnaar de lijst, ? alle toetsen, q stoppen.",
		EN: "Keys: in the list ↑/↓ choose, / filter, enter open. In a scenario b/o/v (or\n1/2/3) reveal or hide a response, a all three, h hide all, n/p (or →/←)\nnext/previous scenario, ↑/↓ and pgup/pgdn scroll, esc back to the list,\n? all keys, q quit."}
	txtCasesPlain = i18n.Text{
		NL: "Met --plain, zonder terminal, met TERM=dumb of met ACCESSIBLE gezet worden de\ncasussen als platte tekst geschreven. NO_COLOR zet de kleuren uit.",
		EN: "With --plain, without a terminal, with TERM=dumb or with ACCESSIBLE set, the\nscenarios are written as plain text. NO_COLOR turns colour off."}
	txtCasesUnknown = i18n.Text{
		NL: "geen casus %q in %s.\nKies een nummer van 1 tot %d of een van deze id's: %s",
		EN: "no scenario %q in %s.\nChoose a number from 1 to %d or one of these ids: %s"}
)

// casesFlagTable declares the flags of cases into f.
func casesFlagTable(f *casesFlags) *flagTable {
	t := newFlagTable("cases")
	t.Questions(&f.questions)
	t.Lang(&f.lang)
	t.Theme(&f.theme)
	t.String(&f.caseID, "case", flagDoc{"--case", i18n.Text{NL: "ID"}, i18n.Text{
		NL: "open meteen deze casus (id of nummer)",
		EN: "open this scenario at once (id or number)"}})
	t.Plain(&f.plain)
	t.Help(&f.help)
	return t
}

// runCases is `ideale-ambtenaar cases`: the case-discussion mode, or the
// cases as plain text when there is no terminal to draw on.
func runCases(e Env, args []string) error {
	const cmd = "cases"
	l := preLang(args)
	var f casesFlags
	if err := casesFlagTable(&f).NoArgs(args, l); err != nil {
		return usageError(cmd, l, err)
	}
	if f.help {
		casesUsage(e.Stdout, l)
		return nil
	}
	choice, err := themeChoice(f.theme, e)
	if err != nil {
		return usageError(cmd, l, err)
	}
	bank, l, err := loadBank(e, f.questions, f.lang)
	if err != nil {
		return err
	}

	only := -1
	if f.caseID != "" {
		i, ok := quiz.FindCase(bank, f.caseID)
		if !ok {
			return usageError(cmd, l, i18n.Errorf(txtCasesUnknown, f.caseID, bank.Source,
				len(bank.Questions), casesIDList(bank, 8)))
		}
		only = i
	}

	if f.plain || !screenPossible(e) {
		if err := textmode.WriteCases(e.Stdout, bank, l, only); err != nil {
			return failure(l, i18n.Errorf(txtWriteFailed, err))
		}
		return nil
	}

	m, err := casesview.New(casesview.Options{
		Bank:  bank,
		Lang:  l,
		Theme: choice,
		Color: colorWanted(e),
		Case:  f.caseID,
	})
	if err != nil {
		return failure(l, err)
	}
	return runScreen(e, m, l)
}

func casesUsage(w io.Writer, l i18n.Lang) {
	var f casesFlags
	writeUsage(w, l, []i18n.Text{txtCasesTitle, txtCasesUsage, txtCasesAbout}, casesFlagTable(&f), txtCasesKeys, txtCasesPlain)
}

// casesIDList names the first n case IDs, for a message.
func casesIDList(b *quiz.Bank, n int) string {
	ids := quiz.CaseIDs(b)
	if len(ids) > n {
		return strings.Join(ids[:n], ", ") + ", …"
	}
	return strings.Join(ids, ", ")
}
