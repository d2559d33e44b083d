package main

import (
	"embed"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
)

// The question sets that ship inside the program, embedded at build time
// from the top of the repository: Dutch (questions.yaml, the default) and
// English (questions.en.yaml), and the culture instrument's files
// (culture.yaml, culture.en.yaml). Tests read the same files through
// package quiz/quiztest, so they test exactly what users get.
//
//go:embed questions.yaml questions.en.yaml culture.yaml culture.en.yaml
var sets embed.FS

// builtin returns the embedded question sets, one per language.
func builtin() questionfile.Builtin {
	return questionfile.Builtin(embedded(map[i18n.Lang]string{i18n.NL: "questions.yaml", i18n.EN: "questions.en.yaml"}))
}

// cultureBuiltin returns the embedded culture files, one per language.
func cultureBuiltin() questionfile.CultureBuiltin {
	return questionfile.CultureBuiltin(embedded(map[i18n.Lang]string{i18n.NL: "culture.yaml", i18n.EN: "culture.en.yaml"}))
}

// embedded reads the named embedded files, one per language.
func embedded(names map[i18n.Lang]string) map[i18n.Lang]questionfile.File {
	b := map[i18n.Lang]questionfile.File{}
	for l, name := range names {
		data, err := sets.ReadFile(name)
		if err != nil {
			panic(err) // cannot happen: go:embed guarantees the files
		}
		b[l] = questionfile.File{Name: name, Data: data}
	}
	return b
}
