package command

import (
	"fmt"
	"io"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/cultureview"
	"ideale-ambtenaar/textmode"
)

// cultureFlags are the flags of `ideale-ambtenaar culture`.
type cultureFlags struct {
	questions string
	lang      string
	theme     string
	plain     bool
	save      string
	name      string
	help      bool
}

var (
	txtCultureCmdTitle = i18n.Text{
		NL: "ideale-ambtenaar culture — organisatiecultuur, nu en gewenst",
		EN: "ideale-ambtenaar culture — organisation culture, now and desired"}
	txtCultureAbout = i18n.Text{
		NL: "Verdeel per onderwerp 10 punten over drie beschrijvingen, eerst voor de\ncultuur van nu en dan voor de gewenste. De uitslag zet beide mixen naast\nelkaar en noemt de grootste verschuiving.",
		EN: "Per dimension, share 10 points over three descriptions, first for the\nculture now and then for the desired one. The result sets both mixes side\nby side and names the biggest shift."}
	txtCultureUsage = i18n.Text{NL: "Gebruik: ideale-ambtenaar culture [opties]", EN: "Usage: ideale-ambtenaar culture [options]"}
	txtCultureKeys  = i18n.Text{
		NL: "Toetsen: ↑/↓ kiest een beschrijving, ←/→ of +/− verplaatst punten, een\ncijfer zet ze (1 en dan 0 is 10), enter gaat verder, esc/backspace/t terug;\nop de uitslag toont d het beeld per onderwerp (←/→ bladert); ? alle toetsen,\nq stoppen. In tekstmodus: typ drie getallen, zoals 5 3 2.",
		EN: "Keys: ↑/↓ picks a description, ←/→ or +/− moves points, a digit sets\nthem (1 then 0 is 10), enter goes on, esc/backspace/b back;\non the result d shows the picture per dimension (←/→ leafs); ? all keys,\nq quit. In text mode: type three numbers, such as 5 3 2."}
	txtCultureNotDone = i18n.Text{
		NL: "Gestopt voor het einde; er is niets bewaard.",
		EN: "Stopped before the end; nothing was saved."}
)

// cultureFlagTable declares the flags of culture into f.
func cultureFlagTable(f *cultureFlags) *flagTable {
	t := newFlagTable("culture")
	t.String(&f.questions, "questions", flagDoc{"--questions", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "eigen cultuurbestand (YAML, kind: culture)",
		EN: "your own culture file (YAML, kind: culture)"}})
	t.Lang(&f.lang)
	t.Theme(&f.theme)
	t.Plain(&f.plain)
	t.Save(&f.save)
	t.Name(&f.name)
	t.Help(&f.help)
	return t
}

// runCulture is `ideale-ambtenaar culture`: the culture survey on a
// screen, or as text without a terminal or with --plain.
func runCulture(e Env, args []string) error {
	const cmd = "culture"
	l := preLang(args)
	var f cultureFlags
	if err := cultureFlagTable(&f).NoArgs(args, l); err != nil {
		return usageError(cmd, l, err)
	}
	if f.help {
		cultureUsage(e.Stdout, l)
		return nil
	}
	choice, err := themeChoice(f.theme, e)
	if err != nil {
		return usageError(cmd, l, err)
	}
	set, l, err := loadCultureSet(e, f.questions, f.lang)
	if err != nil {
		return err
	}

	if f.plain || !screenPossible(e) {
		out, th, width := textOutput(e, choice, 72, 72)
		survey, err := textmode.RunCulture(textmode.CultureConfig{
			Set: set, Lang: l, Theme: th, Width: width, Echo: !isTerminal(e.Stdin),
		}, e.Stdin, out)
		if err != nil {
			return failure(l, err)
		}
		return saveCulture(out, f, survey, l)
	}
	m := cultureview.New(cultureview.Config{Set: set, Lang: l, Theme: choice, Color: colorWanted(e)})
	final, err := runProgram(e, m, l)
	if err != nil {
		return err
	}
	fm, ok := final.(cultureview.Model)
	if !ok || !fm.Survey().Done() {
		if f.save != "" {
			return failure(l, i18n.Errorf(txtCultureNotDone))
		}
		return nil
	}
	return saveCulture(e.Stdout, f, fm.Survey(), l)
}

// saveCulture saves a finished survey when --save asks for it.
func saveCulture(out io.Writer, f cultureFlags, s *culture.Survey, l i18n.Lang) error {
	if f.save == "" {
		return nil
	}
	path, err := results.Save(f.save, results.NewCultureResult(s, f.name, time.Now()))
	if err != nil {
		return failure(l, err)
	}
	fmt.Fprintln(out, words.SavedTo.F(l, path))
	return nil
}

// loadCultureSet loads the culture file and settles the language, as
// loadBank does for question files.
func loadCultureSet(e Env, path, langFlag string) (*culture.Set, i18n.Lang, error) {
	return loadSet(path, langFlag, e.CultureBuiltin.Set, questionfile.LoadCulture, func(s *culture.Set) string { return s.Language })
}

func cultureUsage(w io.Writer, l i18n.Lang) {
	var f cultureFlags
	writeUsage(w, l, []i18n.Text{txtCultureCmdTitle, txtCultureAbout, txtCultureUsage}, cultureFlagTable(&f), txtCultureKeys)
}
