package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
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
}

// casesFlagDocs are the lines of `cases --help`: flag, argument, meaning.
var casesFlagDocs = []flagDoc{
	{"--questions", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "eigen vragenbestand (YAML) i.p.v. de ingebouwde set",
		EN: "your own question file (YAML), not the built-in set"}},
	{"--lang", i18n.Text{NL: "nl|en"}, i18n.Text{
		NL: "taal van het scherm (standaard: die van het bestand)",
		EN: "interface language (default: the file's)"}},
	{"--theme", i18n.Text{NL: "light|dark|auto"}, i18n.Text{
		NL: "licht of donker (ook via " + theme.EnvVar + ")",
		EN: "light or dark (also via " + theme.EnvVar + ")"}},
	{"--case", i18n.Text{NL: "ID"}, i18n.Text{
		NL: "open meteen deze casus (id of nummer)",
		EN: "open this case at once (id or number)"}},
	{"-h, --help", i18n.Text{}, i18n.Text{NL: "toon deze hulp", EN: "show this help"}},
}

var (
	txtCasesTitle = i18n.Text{
		NL: "ideale-ambtenaar cases — casusbespreking voor trainers",
		EN: "ideale-ambtenaar cases — case discussion for trainers"}
	txtCasesAbout = i18n.Text{
		NL: "Kies een casus en laat de reacties van de bureaucraat, de ondernemer en de\nverbinder één voor één zien, om ze met de groep tot het uiterste te bespreken.",
		EN: "Pick a case and reveal the responses of the bureaucrat, the entrepreneur and\nthe connector one at a time, to argue each to the extreme with the group."}
	txtCasesUsage = i18n.Text{NL: "Gebruik: ideale-ambtenaar cases [opties]", EN: "Usage: ideale-ambtenaar cases [options]"}
	txtCasesOpts  = i18n.Text{NL: "Opties:", EN: "Options:"}
	txtCasesKeys  = i18n.Text{
		NL: "Toetsen: in de lijst ↑/↓ kiezen, / zoeken, enter openen. In een casus b/o/v\n(of 1/2/3) een reactie tonen of verbergen, a alle drie, h alles verbergen,\nn/p (of →/←) volgende/vorige casus, ↑/↓ en pgup/pgdn scrollen, esc terug\nnaar de lijst, ? alle toetsen, q stoppen.",
		EN: "Keys: in the list ↑/↓ choose, / filter, enter open. In a case b/o/v (or\n1/2/3) reveal or hide a response, a all three, h hide all, n/p (or →/←)\nnext/previous case, ↑/↓ and pgup/pgdn scroll, esc back to the list,\n? all keys, q quit."}
	txtCasesPlain = i18n.Text{
		NL: "Zonder terminal, met TERM=dumb of met ACCESSIBLE gezet worden de casussen als\nplatte tekst geschreven. NO_COLOR zet de kleuren uit.",
		EN: "Without a terminal, with TERM=dumb or with ACCESSIBLE set, the cases are\nwritten as plain text. NO_COLOR turns colour off."}
	txtCasesBadFlag = i18n.Text{
		NL: "cases: %v\nZie 'ideale-ambtenaar cases --help'.",
		EN: "cases: %v\nSee 'ideale-ambtenaar cases --help'."}
	txtCasesExtraArg = i18n.Text{
		NL: "onverwacht argument %q",
		EN: "unexpected argument %q"}
	txtCasesUnknown = i18n.Text{
		NL: "cases: geen casus %q in %s.\nKies een nummer van 1 tot %d of een van deze id's: %s",
		EN: "cases: no case %q in %s.\nChoose a number from 1 to %d or one of these ids: %s"}
)

// runCases is `ideale-ambtenaar cases`: the case-discussion mode, or the
// cases as plain text when there is no terminal to draw on.
func runCases(e env, args []string) int {
	l := preLang(args)
	f, err := parseCasesFlags(args, l)
	if err != nil {
		fmt.Fprintln(e.stderr, txtCasesBadFlag.F(l, flagError(err, l)))
		return exitUsage
	}
	if f.help {
		casesUsage(e.stdout, l)
		return exitOK
	}
	choice, err := themeChoice(f.theme, e)
	if err != nil {
		fmt.Fprintln(e.stderr, txtCasesBadFlag.F(l, err))
		return exitUsage
	}
	bank, l, code := loadBank(e, f.questions, f.lang)
	if bank == nil {
		return code
	}

	only := -1
	if f.caseID != "" {
		i, ok := quiz.FindCase(bank, f.caseID)
		if !ok {
			fmt.Fprintln(e.stderr, txtCasesUnknown.F(l, f.caseID, bank.Source,
				len(bank.Questions), casesIDList(bank, 8)))
			return exitUsage
		}
		only = i
	}

	if !screenPossible(e) {
		if err := textmode.WriteCases(e.stdout, bank, l, only); err != nil {
			fmt.Fprintln(e.stderr, "cases:", err)
			return exitFailure
		}
		return exitOK
	}

	m, err := casesview.New(casesview.Options{
		Bank:  bank,
		Lang:  l,
		Theme: choice,
		Color: colorWanted(e),
		Case:  f.caseID,
	})
	if err != nil {
		fmt.Fprintln(e.stderr, "cases:", err)
		return exitFailure
	}
	return runProgram(e, m, l)
}

func parseCasesFlags(args []string, l i18n.Lang) (casesFlags, error) {
	var f casesFlags
	fs := flag.NewFlagSet("cases", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.questions, "questions", "", "")
	fs.StringVar(&f.lang, "lang", "", "")
	fs.StringVar(&f.theme, "theme", "", "")
	fs.StringVar(&f.caseID, "case", "", "")
	fs.BoolVar(&f.help, "help", false, "")
	fs.BoolVar(&f.help, "h", false, "")
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	if fs.NArg() > 0 {
		return f, errors.New(txtCasesExtraArg.F(l, fs.Arg(0)))
	}
	return f, nil
}

func casesUsage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n\n%s\n\n%s\n\n%s\n", txtCasesTitle.In(l), txtCasesUsage.In(l),
		txtCasesAbout.In(l), txtCasesOpts.In(l))
	writeFlagDocs(w, casesFlagDocs, l)
	fmt.Fprintf(w, "\n%s\n\n%s\n", txtCasesKeys.In(l), txtCasesPlain.In(l))
}

// casesIDList names the first n case IDs, for a message.
func casesIDList(b *quiz.Bank, n int) string {
	ids := quiz.CaseIDs(b)
	if len(ids) > n {
		return strings.Join(ids[:n], ", ") + ", …"
	}
	return strings.Join(ids, ", ")
}
