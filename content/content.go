// Package content holds the question sets that ship inside the program,
// embedded at build time: Dutch (questions.yaml, the default) and English
// (questions.en.yaml), and the culture instrument's files (culture.yaml,
// culture.en.yaml). Tests take the same files from here, so they test
// exactly what users get.
package content

import (
	"embed"

	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/i18n"
)

//go:embed questions.yaml questions.en.yaml culture.yaml culture.en.yaml
var files embed.FS

// questionFiles names the embedded question set per language.
var questionFiles = map[i18n.Lang]string{
	i18n.NL: "questions.yaml",
	i18n.EN: "questions.en.yaml",
}

// Builtin returns the embedded question sets, one per language.
func Builtin() quiz.Builtin {
	b := quiz.Builtin{}
	for l, name := range questionFiles {
		data, err := files.ReadFile(name)
		if err != nil {
			panic(err) // cannot happen: go:embed guarantees the files
		}
		b[l] = quiz.File{Name: name, Data: data}
	}
	return b
}

// CultureBuiltin returns the embedded culture files, one per language.
func CultureBuiltin() quiz.CultureBuiltin {
	b := quiz.CultureBuiltin{}
	for l, name := range map[i18n.Lang]string{i18n.NL: "culture.yaml", i18n.EN: "culture.en.yaml"} {
		data, err := files.ReadFile(name)
		if err != nil {
			panic(err) // cannot happen: go:embed guarantees the files
		}
		b[l] = quiz.File{Name: name, Data: data}
	}
	return b
}
