// Package team combines saved results into a team's picture: one line per
// participant, the team's average mix with its spread, and the blind spots
// (a type that nobody leads with, or that the team has little of). It reads
// result files as a trainer collects them, skipping and listing what is not
// a result, and exports the same figures as text, CSV, JSON and Markdown.
// Culture surveys (results.KindCulture) are read too and summarised by
// SummarizeCulture (the group's culture now and desired, and the shifts it
// shares); quiz results and culture surveys are never shown together.
//
// Memory grows with the number of participants, not with file sizes: each
// file is decoded as it is read (at most results.MaxFileSize bytes) and only
// a Participant (name, time, set, points) is kept of it.
package team

import (
	"cmp"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

// Participant is what the team view keeps of one result.
type Participant struct {
	// Number is the participant's place in the stable order (1-based):
	// by time taken, then file name. "deelnemer 7" is Number 7.
	Number int
	// Name as saved; empty for an anonymous result.
	Name string
	// File is the path the result was read from.
	File    string
	TakenAt time.Time
	// SetHash identifies the question set.
	SetHash string
	// Mix is recomputed from the saved points, so every reader rounds
	// the same way.
	Mix profile.Mix
}

// Label is the participant's name, or "deelnemer N" / "participant N" when
// the result is anonymous or anonymous is asked for (on a projector). The
// name is one safe line (safetext.Line) even when the Participant was not
// made by Read, which cleans names already.
func (p Participant) Label(l i18n.Lang, anonymous bool) string {
	name := safetext.Line(p.Name)
	if name == "" || anonymous {
		return txtParticipantN.F(l, p.Number)
	}
	return name
}

// Set is one question set among the results, with how many results use it.
type Set struct {
	Hash     string
	Title    string
	Language string
	Count    int
}

// Short is the first eight characters of the hash, enough to tell sets
// apart in a message (made safe: the hash comes from a file).
func (s Set) Short() string {
	h := []rune(safetext.Line(s.Hash))
	return string(h[:min(8, len(h))])
}

// Skipped is a file that was not used, and why. Err is a *results.Error
// (not there, no permission, not a regular file, not a result); Reason
// explains it. Path is as found, raw: show it with Shown.
type Skipped struct {
	Path string
	Err  error
}

// Reason says in l why the file was skipped, as one safe line.
func (s Skipped) Reason(l i18n.Lang) string { return safetext.Line(results.Reason(s.Err, l)) }

// Shown is the path for a message or a list: as it is, or quoted with
// visible escapes when it holds controls (safetext.Path), so a file named
// "\x1b]0;pwn\a.json" cannot retitle or clear the trainer's terminal.
func (s Skipped) Shown() string { return safetext.Path(s.Path) }

// Collection is everything read from the paths given.
type Collection struct {
	// Participants in the stable order, numbered from 1: the quiz
	// results.
	Participants []Participant
	// Cultures are the culture results (results.KindCulture), in the
	// same stable order and numbered from 1 on their own. Check refuses
	// a collection that has both Participants and Cultures.
	Cultures []CultureParticipant
	// Skipped paths: first those that could not be listed or are not
	// regular files (a folder or FIFO named x.json), then the files that
	// could not be used, in the order they were found.
	Skipped []Skipped
	// Sets found, the most used first: question sets, or culture files
	// for culture results.
	Sets []Set
}

// Read collects the results in paths, quiz results in Participants and
// culture results in Cultures. A directory contributes its *.json
// files (not those of sub-directories); a file is read whatever its name.
// Anything that is not a regular file (a FIFO, a device, a socket, a
// folder named y.json) is skipped with its reason before it is opened, so
// nothing can make Read wait.
// A path given twice counts once. Nothing is fatal: what cannot be used is
// in Skipped, and the caller decides what an empty collection means.
// Files are read in parallel.
func Read(paths []string) *Collection {
	c := &Collection{}
	files := expand(paths, c)
	out := make([]outcome, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(files), 2*runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				out[i] = readOne(files[i])
			}
		})
	}
	wg.Wait()

	sets := map[string]*Set{}
	c.Participants = make([]Participant, 0, len(files))
	for i, o := range out {
		if o.err != nil {
			c.Skipped = append(c.Skipped, Skipped{Path: files[i], Err: o.err})
			continue
		}
		s, ok := sets[o.p.SetHash]
		if !ok {
			s = &Set{Hash: o.p.SetHash, Title: o.title, Language: o.lang}
			sets[s.Hash] = s
		}
		s.Count++
		o.p.SetHash = s.Hash // one copy of the hash per set, not per participant
		if o.desired != nil {
			c.Cultures = append(c.Cultures, CultureParticipant{Participant: o.p, Desired: *o.desired, Dimensions: o.dims})
			continue
		}
		c.Participants = append(c.Participants, o.p)
	}
	for _, s := range sets {
		c.Sets = append(c.Sets, *s)
	}
	slices.SortFunc(c.Sets, func(a, b Set) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Hash, b.Hash))
	})
	slices.SortFunc(c.Participants, byTime)
	for i := range c.Participants {
		c.Participants[i].Number = i + 1
	}
	slices.SortFunc(c.Cultures, func(a, b CultureParticipant) int { return byTime(a.Participant, b.Participant) })
	for i := range c.Cultures {
		c.Cultures[i].Number = i + 1
	}
	return c
}

// byTime is the stable order of participants: by time taken, then file
// name, then path.
func byTime(a, b Participant) int {
	return cmp.Or(a.TakenAt.Compare(b.TakenAt),
		cmp.Compare(filepath.Base(a.File), filepath.Base(b.File)),
		cmp.Compare(a.File, b.File))
}

// outcome is one file read: the participant, and the set's title and
// language (kept only until the set is known). desired is set for a
// culture result (p.Mix is then the culture now).
type outcome struct {
	p           Participant
	desired     *profile.Mix
	dims        []CultureAnswer
	title, lang string
	err         error
}

// readOne reads one result and keeps what the team view needs. A quiz
// result is read without its answers; a file that LoadSummary refuses
// only for being a culture result is read again as one (culture results
// are few and small, and quiz results keep their fast path).
func readOne(path string) outcome {
	r, err := results.LoadSummary(path)
	if isCultureKind(err) {
		return readCulture(path)
	}
	if err != nil {
		return outcome{err: err}
	}
	return outcome{
		p: Participant{
			Name:    r.Name,
			File:    path,
			TakenAt: r.TakenAt,
			SetHash: r.Set.Hash,
			Mix:     r.Mix(),
		},
		title: r.Set.Title,
		lang:  r.Set.Language,
	}
}

// readCulture reads one culture result and keeps its two mixes.
func readCulture(path string) outcome {
	r, err := results.LoadCulture(path)
	if err != nil {
		return outcome{err: err}
	}
	res, ok := r.CultureResult()
	if !ok { // LoadCulture checked the kind; kept for safety
		return outcome{err: results.Classify(results.OpLoad, path, results.ErrForeign)}
	}
	s := r.Summary().Clean()
	return outcome{
		p: Participant{
			Name:    s.Name,
			File:    path,
			TakenAt: s.TakenAt,
			SetHash: s.Set.Hash,
			Mix:     res.Now,
		},
		desired: &res.Desired,
		dims:    cultureAnswers(r.Culture),
		title:   s.Set.Title,
		lang:    s.Set.Language,
	}
}

// expand turns the paths into the list of files to read, recording paths
// that cannot be listed as skipped.
func expand(paths []string, c *Collection) []string {
	var files []string
	seen := map[string]bool{}
	add := func(path, key string) {
		if !seen[key] {
			seen[key] = true
			files = append(files, path)
		}
	}
	abs := func(p string) string {
		if a, err := filepath.Abs(p); err == nil {
			return a
		}
		return p
	}
	skip := func(path string, err error) {
		c.Skipped = append(c.Skipped, Skipped{Path: path, Err: err})
	}
	for _, p := range paths {
		p = filepath.Clean(p)
		fi, err := os.Stat(p)
		if err != nil {
			skip(p, results.Classify(results.OpLoad, p, err))
			continue
		}
		if !fi.IsDir() {
			if err := results.CheckFileMode(p, fi.Mode()); err != nil {
				skip(p, err)
				continue
			}
			add(p, abs(p))
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			skip(p, results.Classify(results.OpLoad, p, err))
			continue
		}
		dir := abs(p) // once per directory, not per file
		for _, e := range entries {
			if !strings.EqualFold(filepath.Ext(e.Name()), ".json") {
				continue
			}
			path := filepath.Join(p, e.Name())
			mode := e.Type() // from the directory listing: no system call
			if mode&fs.ModeSymlink != 0 {
				fi, err := os.Stat(path) // where the link leads
				if err != nil {
					skip(path, results.Classify(results.OpLoad, path, err))
					continue
				}
				mode = fi.Mode()
			}
			if err := results.CheckFileMode(path, mode); err != nil {
				skip(path, err)
				continue
			}
			add(path, filepath.Join(dir, e.Name()))
		}
	}
	return files
}

// Mixes returns the participants' mixes in their order, for Summarize.
func (c *Collection) Mixes() []profile.Mix {
	out := make([]profile.Mix, len(c.Participants))
	for i, p := range c.Participants {
		out[i] = p.Mix
	}
	return out
}
