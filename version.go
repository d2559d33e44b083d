package main

// The build's version, commit and date, set by the release build with
// -ldflags "-X main.version=… -X main.commit=… -X main.date=…"
// (.goreleaser.yaml); a build from a checkout keeps these.
var (
	version = "0.1.0-dev"
	commit  = ""
	date    = ""
)

// versionLine is what --version prints after the program's name: the
// version, then the commit and the date when the build knows them.
func versionLine() string {
	s := version
	if commit != "" {
		s += " (" + commit
		if date != "" {
			s += ", " + date
		}
		s += ")"
	}
	return s
}
