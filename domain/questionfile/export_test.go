package questionfile

// Locate tells TestLocateMeasure where a syntax mistake in data is placed
// three ways, each as {line, column}: by the YAML library's own error
// (the line its message names, column 1: it names no column), by
// locateSyntax's line with syntaxColumn's column, and by the loader (the
// spotter named by, or "" when none placed it and the line and column
// above are used). ok is false when data parses.
func Locate(data []byte) (lib, lineCol, loader [2]int, by string, ok bool) {
	_, err := parseYAML(data)
	if err == nil {
		return lib, lineCol, loader, "", false
	}
	hint, detail := yamlError(err)
	lines := splitLines(data)
	line := locateSyntax(data, lines, detail, hint)
	col := 1
	if line >= 1 && line <= len(lines) {
		col = syntaxColumn(lines[line-1], detail)
	}
	lib = [2]int{max(hint, 1), 1}
	lineCol = [2]int{max(line, 1), col}
	loader = lineCol
	if s, name, ok := syntaxSpot(data, lines, detail, hint, line); ok {
		loader, by = [2]int{s.line, s.col}, name
	}
	return lib, lineCol, loader, by, true
}
