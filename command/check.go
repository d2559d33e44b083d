package command

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/domain/readability"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/quizview"
)

// runCheck is `ideale-ambtenaar check [--lang nl|en] FILE…`: it checks
// trainers' question files with the same loader as --questions, prints
// every problem as file:line:col, and summarises each valid file (its
// questions, contexts and the maximum points per type). It exits 0 when
// every file is valid, 1 when one is not, 2 on a usage error.
func runCheck(e Env, args []string) error {
	const cmd = "check"
	l := preLang(args)
	var lang string
	var help bool
	t := newFlagTable("check")
	t.String(&lang, "lang", flagDoc{"--lang", i18n.Text{NL: "nl|en"}, i18n.Text{
		NL: "taal van de meldingen (standaard: die van het bestand)",
		EN: "language of the messages (default: the file's)"}})
	t.Help(&help)
	files, err := t.Parse(args, l)
	if err != nil {
		return usageError(cmd, l, err)
	}
	var fixed i18n.Lang // "" when --lang was not given
	if lang != "" || hasFlag(args, "lang") {
		if fixed, err = i18n.Parse(lang); err != nil || strings.TrimSpace(lang) == "" {
			return usageError(cmd, l, i18n.Errorf(txtCheckLangBad, lang))
		}
		l = fixed
	}
	if help {
		fmt.Fprint(e.Stdout, txtCheckHelp.In(l))
		t.Write(e.Stdout, l)
		fmt.Fprint(e.Stdout, txtCheckHelpEnd.In(l))
		return nil
	}
	if len(files) == 0 {
		return usageError(cmd, l, i18n.Errorf(txtCheckNoFiles))
	}
	valid := 0
	for i, path := range files {
		if i > 0 {
			fmt.Fprintln(e.Stdout)
		}
		if checkFile(e, path, fixed) {
			valid++
		}
	}
	if len(files) > 1 {
		fmt.Fprintf(e.Stdout, "\n%s\n", txtCheckTotal.F(l, valid, len(files)))
	}
	if valid < len(files) {
		return quietFailure(exitFailure)
	}
	return nil
}

// hasFlag reports whether args set the flag name (as -name, --name or
// --name=…) before "--".
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		a = strings.TrimLeft(a, "-")
		if a == name || strings.HasPrefix(a, name+"=") {
			return true
		}
	}
	return false
}

// checkFile loads one file, prints its problems or its summary, and
// reports whether it is valid. Messages follow lang, else the file's own
// language, else Dutch.
func checkFile(e Env, path string, lang i18n.Lang) bool {
	if isCultureFile(path) {
		return checkCultureFile(e, path, lang)
	}
	bank, err := e.Builtin.Load(path)
	if err != nil {
		return checkProblems(e, path, lang, err)
	}
	l := lang
	if l == "" {
		l, _ = i18n.Parse(bank.Language)
	}
	writeCheckSummary(e.Stdout, path, bank, l)
	writeCheckWarnings(e.Stdout, path, bank, l)
	return true
}

// cultureKind finds a top-level "kind:" line. Question files have no kind;
// a file with one is meant as a culture file (the culture command's), which
// check checks with the culture loader, so that a wrong kind gets the
// culture loader's message ("een cultuurbestand heeft kind: culture").
var cultureKind = regexp.MustCompile(`(?m)^kind:`)

// isCultureFile reports whether path (its first 64 KiB) declares a kind.
func isCultureFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	return cultureKind.Match(head[:n])
}

var txtCheckCultureValid = i18n.Text{
	NL: "%s: in orde — cultuurbestand, %d onderwerpen met elk drie beschrijvingen",
	EN: "%s: valid — culture file, %d dimensions with three descriptions each"}

// checkCultureFile checks a culture file with the same loader as
// `culture --questions`.
func checkCultureFile(e Env, path string, lang i18n.Lang) bool {
	set, err := questionfile.LoadCulture(path)
	if err != nil {
		return checkProblems(e, path, lang, err)
	}
	l := lang
	if l == "" {
		l, _ = i18n.Parse(set.Language)
	}
	fmt.Fprintln(e.Stdout, txtCheckCultureValid.F(l, path, len(set.Dimensions)))
	return true
}

// checkProblems prints the problems of a file that did not load to
// standard error, as every command prints what went wrong, in lang,
// else the file's own language, else Dutch, and their count.
func checkProblems(e Env, path string, lang i18n.Lang, err error) bool {
	{
		l := lang
		if l == "" {
			l, _ = questionfile.FileLang(err)
		}
		if l == "" {
			l = i18n.Default
		}
		fmt.Fprintln(e.Stderr, questionfile.Message(err, l))
		n := 1
		var ps *questionfile.Problems
		if errors.As(err, &ps) {
			n = ps.Count()
		}
		fmt.Fprintf(e.Stderr, "%s: %s\n", path, checkPlural(l, n, txtCheckProblem, txtCheckProblems))
		return false
	}
}

// writeCheckSummary prints what a trainer wants to know of a valid file: how
// many questions, which contexts, and whether every type can reach the
// same number of points.
func writeCheckSummary(w io.Writer, path string, b *quiz.Bank, l i18n.Lang) {
	names, counts := checkContexts(b, l)
	fmt.Fprintf(w, "%s: %s — %s, %s\n", path, txtCheckValid.In(l),
		checkPlural(l, len(b.Questions), txtCheckQuestion, txtCheckQuestions),
		checkPlural(l, len(names), txtCheckContext, txtCheckContexts))
	width := 0
	for _, n := range names {
		width = max(width, utf8.RuneCountInString(n))
	}
	for _, n := range names {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(n))
		fmt.Fprintf(w, "  %s%s  %2d\n", n, pad, counts[n])
	}
	maxPoints := b.MaxPoints()
	parts := make([]string, 0, profile.Count)
	balanced := true
	for _, t := range profile.Types {
		parts = append(parts, fmt.Sprintf("%s %d", t.Key(), maxPoints[t]))
		balanced = balanced && maxPoints[t] == maxPoints[profile.Types[0]]
	}
	state := txtCheckBalanced
	if !balanced {
		state = txtCheckUnbalancedShort
	}
	fmt.Fprintf(w, "  %s: %s (%s)\n", txtCheckMaxPoints.In(l), strings.Join(parts, " · "), state.In(l))
	if !balanced {
		fmt.Fprintf(w, "%s: %s\n", path, txtCheckUnbalanced.In(l))
	}
}

// checkContexts returns the question contexts in order of first appearance,
// with the number of questions in each.
func checkContexts(b *quiz.Bank, l i18n.Lang) ([]string, map[string]int) {
	var names []string
	counts := map[string]int{}
	for _, q := range b.Questions {
		c := q.Context
		if c == "" {
			c = txtCheckNoContext.In(l)
		}
		if counts[c] == 0 {
			names = append(names, c)
		}
		counts[c]++
	}
	return names, counts
}

// checkPlural renders "1 vraag" or "3 vragen".
func checkPlural(l i18n.Lang, n int, one, many i18n.Text) string {
	if n == 1 {
		return one.F(l, n)
	}
	return many.F(l, n)
}

var (
	txtCheckHelp = i18n.Text{
		NL: `gebruik: ideale-ambtenaar check [--lang nl|en] BESTAND…

Controleert vragenbestanden voordat je ze in een training gebruikt, met
dezelfde controles als --questions. Per bestand zie je elk probleem als
bestand:regel:kolom met wat er mis is en hoe je het oplost, en voor een goed
bestand een overzicht: het aantal vragen, de contexten, en de punten die elk
type maximaal kan halen, met een waarschuwing als dat niet gelijk is.

`,
		EN: `usage: ideale-ambtenaar check [--lang nl|en] FILE…

Checks question files before you use them in a workshop, with the same
checks as --questions. For each file you see every problem as
file:line:column with what is wrong and how to fix it, and for a valid file
a summary: the number of questions, the contexts, and the most points each
type can reach, with a warning when these differ.

`}
	txtCheckHelpEnd = i18n.Text{
		NL: `
Afsluitstatus: 0 als alle bestanden in orde zijn, 1 als er een problemen
heeft, 2 bij verkeerd gebruik.

Voorbeeld: ideale-ambtenaar check mijn-vragen.yaml
`,
		EN: `
Exit status: 0 when every file is valid, 1 when one has problems, 2 on a
usage error.

Example: ideale-ambtenaar check my-questions.yaml
`}
	txtCheckNoFiles = i18n.Text{
		NL: "geef minstens één vragenbestand om te controleren",
		EN: "give at least one question file to check"}
	txtCheckLangBad = i18n.Text{
		NL: "onbekende taal %q voor --lang; kies nl of en",
		EN: "unknown language %q for --lang; choose nl or en"}
	txtCheckProblem = i18n.Text{
		NL: "%d probleem gevonden; los het op en controleer opnieuw",
		EN: "%d problem found; fix it and check again"}
	txtCheckProblems = i18n.Text{
		NL: "%d problemen gevonden; los ze op en controleer opnieuw",
		EN: "%d problems found; fix them and check again"}
	txtCheckValid     = i18n.Text{NL: "in orde", EN: "valid"}
	txtCheckQuestion  = i18n.Text{NL: "%d vraag", EN: "%d question"}
	txtCheckQuestions = i18n.Text{NL: "%d vragen", EN: "%d questions"}
	txtCheckContext   = i18n.Text{NL: "%d context", EN: "%d context"}
	txtCheckContexts  = i18n.Text{NL: "%d contexten", EN: "%d contexts"}
	txtCheckNoContext = i18n.Text{NL: "(zonder context)", EN: "(no context)"}
	txtCheckMaxPoints = i18n.Text{
		NL: "maximaal te halen punten",
		EN: "most points to reach"}
	txtCheckBalanced        = i18n.Text{NL: "in balans", EN: "balanced"}
	txtCheckUnbalancedShort = i18n.Text{NL: "niet in balans", EN: "not balanced"}
	txtCheckUnbalanced      = i18n.Text{
		NL: "waarschuwing: niet elk type kan evenveel punten halen, dus de uitslag trekt naar het type met de meeste; geef in de vragen elk type evenveel kansen",
		EN: "warning: not every type can reach the same points, so results lean towards the type with the most; give every type the same chances in the questions"}
	txtCheckTotal = i18n.Text{
		NL: "%d van %d bestanden in orde",
		EN: "%d of %d files valid"}
)

// Warnings that help a trainer write a set that measures honestly. They
// do not make a file invalid.
var (
	txtWarnLIX = i18n.Text{
		NL: "%s: waarschuwing: vraag %q%s heeft LIX %.0f, boven %d: gebruik kortere zinnen en kortere woorden (B1)",
		EN: "%s: warning: question %q%s has LIX %.0f, over %d: use shorter sentences and shorter words (B1)"}
	txtWarnOption = i18n.Text{NL: ", optie %d", EN: ", option %d"}
	txtWarnLength = i18n.Text{
		NL: "%s: waarschuwing: vraag %q: optie %d is %.2f× zo lang als de kortste (hoogstens %.2f×); een langer antwoord lijkt het zorgvuldige",
		EN: "%s: warning: question %q: option %d is %.2f× as long as the shortest (at most %.2f×); a longer answer looks like the careful one"}
	txtWarnGiveAway = i18n.Text{
		NL: "%s: waarschuwing: het woord %q staat in %d opties van de %s en in geen andere: het verraadt het type",
		EN: "%s: warning: the word %q appears in %d options of the %s and in no other: it gives the type away"}
	txtWarnFit = i18n.Text{
		NL: "%s: waarschuwing: vraag %q, optie %d past niet op een scherm van 80×24; maak hem korter",
		EN: "%s: warning: question %q, option %d does not fit an 80×24 screen; make it shorter"}
)

// writeCheckWarnings prints what would make the set measure less well:
// a text over readability.MaxLIX, an option much longer than its siblings,
// a word that only one type's options use, and an option too tall for the
// projector's 80×24. It returns how many it printed.
func writeCheckWarnings(w io.Writer, path string, b *quiz.Bank, l i18n.Lang) int {
	n := 0
	warn := func(t i18n.Text, args ...any) {
		fmt.Fprintln(w, t.F(l, append([]any{path}, args...)...))
		n++
	}
	var opts []readability.Option
	names := words.Names(b.Types, l)
	for _, q := range b.Questions {
		if v := readability.LIX(q.Scenario); v > readability.MaxLIX && readability.Words(q.Scenario) >= readability.MinWords {
			warn(txtWarnLIX, q.ID, "", v, readability.MaxLIX)
		}
		lengths := make([]int, len(q.Options))
		shortest := 0
		for i, o := range q.Options {
			lengths[i] = utf8.RuneCountInString(strings.TrimSpace(o.Text))
			if i == 0 || lengths[i] < shortest {
				shortest = lengths[i]
			}
			if v := readability.LIX(o.Text); v > readability.MaxLIX && readability.Words(o.Text) >= readability.MinWords {
				warn(txtWarnLIX, q.ID, txtWarnOption.F(l, i+1), v, readability.MaxLIX)
			}
			if !quizview.OptionFits(o.Text, len(q.Options), 80, 24) {
				warn(txtWarnFit, q.ID, i+1)
			}
			opts = append(opts, readability.Option{Type: quiz.Leaning(o.Points).Key(), Text: o.Text})
		}
		for i, n := range lengths {
			if shortest > 0 && float64(n)/float64(shortest) >= readability.MaxLengthRatio && n-shortest >= readability.MinLengthGap {
				warn(txtWarnLength, q.ID, i+1, float64(n)/float64(shortest), readability.MaxLengthRatio)
			}
		}
	}
	for _, g := range readability.GiveAways(opts, b.Language, readability.GiveAwayMin) {
		t, _ := profile.ParseType(g.Type)
		warn(txtWarnGiveAway, g.Word, g.Options, strings.ToLower(names[t]))
	}
	return n
}
