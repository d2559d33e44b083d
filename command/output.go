package command

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
)

// Writing an export to a file. Redirecting standard output (`> team.xlsx`)
// breaks on Windows: PowerShell 5.1 re-encodes a program's output as text,
// which ruins a workbook, and cmd passes `';'` with its quotes. So every
// command that exports takes the file itself (team --output, the quiz's
// --export): the format follows from the file's extension when none is
// given, the whole export is made first and then written in one go, and an
// existing file is never overwritten unless --force says so.

var (
	txtOutputExists = i18n.Text{
		NL: "%s bestaat al; kies een andere naam, of zet --force erbij om het te overschrijven",
		EN: "%s already exists; choose another name, or add --force to overwrite it"}
	txtOutputIsDir = i18n.Text{
		NL: "%s is een map; geef een bestandsnaam",
		EN: "%s is a folder; give a file name"}
	txtOutputExt = i18n.Text{
		NL: "uit de naam %q blijkt geen formaat; laat hem eindigen op %s, of kies met --format",
		EN: "the name %q does not say which format; end it in %s, or choose with --format"}
	txtOutputFailed = i18n.Text{
		NL: "%s kon niet worden geschreven: %v\nKies een map waarin je mag schrijven.",
		EN: "%s could not be written: %v\nChoose a folder you can write to."}
	txtNoFolder = i18n.Text{NL: "de map %s bestaat niet", EN: "the folder %s does not exist"}

	docForce = flagDoc{"--force", i18n.Text{}, i18n.Text{
		NL: "overschrijf een bestaand uitvoerbestand",
		EN: "overwrite an existing output file"}}
)

// extFormats maps a file extension (lower case, with the dot) to a format
// name of --format.
var extFormats = map[string]string{
	".txt":      "text",
	".csv":      "csv",
	".json":     "json",
	".md":       "markdown",
	".markdown": "markdown",
	".xlsx":     "xlsx",
	".svg":      "svg",
	".html":     "html",
	".htm":      "html",
}

// formatFromName is the format that path's extension names, among
// allowed; an error lists the extensions of allowed.
func formatFromName(path string, allowed []string) (string, error) {
	f, ok := extFormats[strings.ToLower(filepath.Ext(path))]
	for _, a := range allowed {
		if ok && a == f {
			return f, nil
		}
	}
	return "", i18n.Errorf(txtOutputExt, path, extensionList(allowed))
}

// extensionList lists the extensions of formats, "a, b of c" style with
// slashes: ".csv/.svg/.html".
func extensionList(formats []string) string {
	var exts []string
	for _, f := range formats {
		for _, e := range []string{".txt", ".csv", ".json", ".md", ".xlsx", ".svg", ".html"} {
			if extFormats[e] == f {
				exts = append(exts, e)
			}
		}
	}
	return strings.Join(exts, " ")
}

// outputFree reports, before any work is done, why path cannot be written
// as a new file: it exists (and force is off) or it is a folder. Checking
// first means a trainer learns it before the quiz, not after.
func outputFree(path string, force bool) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Missing is good, but its folder must be there: say so before
		// the quiz, not after the last answer.
		if dir, derr := os.Stat(filepath.Dir(path)); derr != nil || !dir.IsDir() {
			return outputFailed{path, fs.ErrNotExist}
		}
		return nil
	case err != nil:
		return nil // unreadable: the write will say
	case info.IsDir():
		return i18n.Errorf(txtOutputIsDir, path)
	case !force:
		return i18n.Errorf(txtOutputExists, path)
	}
	return nil
}

// writeOutput writes data to path: a new file, or over an existing one
// only when force is set. A failed write leaves no half file behind.
func writeOutput(path string, data []byte, force bool) error {
	if err := outputFree(path, force); err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return i18n.Errorf(txtOutputExists, path)
	}
	if err != nil {
		return outputFailed{path, err}
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return outputFailed{path, err}
	}
	return nil
}

// outputFailed is a write of an output file that failed, said in the
// user's language: the cause is the file system's (a missing folder, no
// permission, a full disk) in words, not the system's English.
type outputFailed struct {
	path string
	err  error
}

func (e outputFailed) Error() string { return e.Message(i18n.EN) }

// Message says in l which file could not be written and why.
func (e outputFailed) Message(l i18n.Lang) string {
	why := results.Reason(results.Classify(results.OpSave, e.path, e.err), l)
	if errors.Is(e.err, fs.ErrNotExist) { // writing: what is missing is the folder
		why = txtNoFolder.F(l, safetext.Path(filepath.Dir(e.path)))
	}
	return txtOutputFailed.F(l, safetext.Path(e.path), why)
}

// outputTarget is where a command writes its export: standard output, or
// a buffer that finish writes to the file of --output.
type outputTarget struct {
	path  string
	force bool
	buf   bytes.Buffer
}

// finish writes what was made to the file and says so on w (standard
// error, so that standard output stays free for what was asked).
func (o *outputTarget) finish(w io.Writer, l i18n.Lang) error {
	if err := writeOutput(o.path, o.buf.Bytes(), o.force); err != nil {
		return failure(l, err)
	}
	fmt.Fprintln(w, words.SavedTo.F(l, o.path))
	return nil
}
