package results

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/quiz"
)

// Progress file format. ProgressVersion is bumped on any change an older
// reader would misread; a newer version's file is left alone, not set
// aside.
const (
	ProgressFormatName = "ideale-ambtenaar/progress"
	ProgressVersion    = 1
)

// AppDir is the directory under the user's cache directory that holds kept
// progress.
const AppDir = "ideale-ambtenaar"

// Store keeps the progress of quizzes under way, one file per question set
// (named after the set's hash), so that a closed laptop lid, a crash or a
// confirmed quit loses nothing. The zero Dir is the current directory; use
// DefaultStore for the user's cache directory.
type Store struct {
	Dir string

	// now stamps saved progress; nil means time.Now. Tests set it.
	now func() time.Time
}

// DefaultStore is the store under os.UserCacheDir: ~/.cache/ideale-ambtenaar
// on Linux ($XDG_CACHE_HOME when set), ~/Library/Caches/ideale-ambtenaar on
// macOS, %LocalAppData%\ideale-ambtenaar on Windows. Nothing is created
// until progress is saved.
//
// When no cache directory can be found it returns an *Error with
// OpLocateStore: KindRelative when $XDG_CACHE_HOME is set to a relative
// path (which the XDG spec says to ignore, so Go refuses it), KindOther
// otherwise. The quiz still runs, but must say that progress cannot be
// kept: show Message once.
func DefaultStore() (Store, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		kind := KindOther
		if x := os.Getenv("XDG_CACHE_HOME"); x != "" && !filepath.IsAbs(x) {
			kind = KindRelative
		}
		return Store{}, &Error{Op: OpLocateStore, Kind: kind, Path: os.Getenv("XDG_CACHE_HOME"), Err: err}
	}
	return Store{Dir: filepath.Join(dir, AppDir)}, nil
}

// progress is the saved state of a walk.
type progress struct {
	Format   string  `json:"format"`
	Version  int     `json:"version"`
	SetHash  string  `json:"set_hash"`
	SetTitle string  `json:"set_title,omitempty"`
	Order    [][]int `json:"order"`
	Answers  []int   `json:"answers"`
	Current  int     `json:"current"`
	// Done marks a finished walk whose result was not saved yet: the
	// next start offers the result back.
	Done    bool      `json:"done,omitempty"`
	Updated time.Time `json:"updated"`
}

// ErrNoHash is returned for a question set without a content hash: its
// progress could not be told apart from another set's.
var ErrNoHash = errors.New("question set has no hash")

// Path is the progress file for bank b (whether or not it exists).
func (s Store) Path(b *quiz.Bank) (string, error) {
	key := hashKey(b.Hash)
	if key == "" {
		return "", ErrNoHash
	}
	return filepath.Join(s.Dir, "progress-"+key+".json"), nil
}

// hashKey keeps the letters and digits of a hash, at most 32 of them
// (128 bits is plenty to tell sets apart), so the file name is safe.
func hashKey(h string) string {
	var b strings.Builder
	for _, r := range h {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
			if b.Len() == 32 {
				break
			}
		}
	}
	return strings.ToLower(b.String())
}

// SaveProgress keeps w's order, answers and position. Call it after every
// answer (and after going back), and once more when the walk is done: a
// finished walk is kept (marked done) until its result is saved or the
// user throws it away, so that a crash at the result loses nothing. It writes one small file atomically (a
// temporary file, synced, then renamed over the old one), so an
// interrupted save leaves the previous progress intact. It costs one fsync,
// typically well under a few milliseconds; from a Bubble Tea model run it in
// a tea.Cmd. Errors are *Error values; the quiz should carry on and show
// Message once.
func (s Store) SaveProgress(w *quiz.Walk) error {
	path, err := s.Path(w.Bank())
	if err != nil {
		return &Error{Op: OpSaveProgress, Kind: KindOther, Path: s.Dir, Err: err}
	}
	data, err := json.Marshal(progress{
		Format:   ProgressFormatName,
		Version:  ProgressVersion,
		SetHash:  w.Bank().Hash,
		SetTitle: w.Bank().Title,
		Order:    w.Order(),
		Answers:  w.Answers(),
		Current:  w.Index(),
		Done:     w.Done(),
		Updated:  s.clock().UTC().Truncate(time.Second),
	})
	if err != nil {
		return &Error{Op: OpSaveProgress, Kind: KindOther, Path: path, Err: err}
	}
	tmp, err := writeTemp(s.Dir, ".progress-", data, 0o600)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(s.Dir, 0o700); err == nil {
			tmp, err = writeTemp(s.Dir, ".progress-", data, 0o600)
		}
	}
	if err != nil {
		return Classify(OpSaveProgress, s.Dir, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return Classify(OpSaveProgress, path, err)
	}
	return nil
}

func (s Store) clock() time.Time {
	if s.now != nil {
		return s.now()
	}
	return time.Now()
}

// LoadProgress returns the kept walk for bank b, positioned where the user
// was, and true. A walk with every question answered (the program stopped
// on the way to the result screen) comes back Done, ready to show the
// result. It returns false, with a nil error, when there is nothing
// to resume: no file, a file of another question set, a file of a newer
// program version, or progress without a single answer. A file that cannot
// be read back is moved aside (renamed to *.corrupt-<time>) and reported as
// an *Error of KindCorrupt; other failures (no permission) are *Error values
// too. In every error case the quiz can simply start afresh.
func (s Store) LoadProgress(b *quiz.Bank) (*quiz.Walk, bool, error) {
	path, err := s.Path(b)
	if err != nil {
		return nil, false, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) || isNotDir(err) {
		// Nothing kept (a store path that is a file is reported when
		// progress is saved, not here).
		return nil, false, nil
	}
	if err != nil {
		return nil, false, Classify(OpLoadProgress, path, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	_ = f.Close()
	if err != nil {
		return nil, false, Classify(OpLoadProgress, path, err)
	}
	if len(data) > MaxFileSize {
		return nil, false, s.setAside(path, ErrTooLarge)
	}
	var p progress
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, false, s.setAside(path, err)
	}
	switch {
	case p.Format != ProgressFormatName:
		return nil, false, s.setAside(path, fmt.Errorf("format is %q", p.Format))
	case p.Version > ProgressVersion:
		return nil, false, nil // a newer program's; leave it for that one
	case p.Version < 1:
		return nil, false, s.setAside(path, fmt.Errorf("version %d", p.Version))
	case p.SetHash != b.Hash:
		return nil, false, nil // another set's progress: not ours to judge
	}
	w, err := quiz.RestoreWalk(b, p.Order, p.Answers)
	if err != nil {
		return nil, false, s.setAside(path, err)
	}
	if w.Answered() == 0 {
		return nil, false, nil
	}
	for w.Index() > p.Current && w.Back() {
	}
	return w, true, nil
}

// setAside renames a corrupt progress file so it no longer blocks a fresh
// start but can still be inspected, and returns the KindCorrupt error. It
// never overwrites an earlier set-aside file: the name
// *.corrupt-<time>[-N] is first claimed with an exclusive create, then the
// corrupt file is renamed over the claim, so two programs setting a file
// aside in the same second each keep their own copy.
func (s Store) setAside(path string, cause error) error {
	aside, err := claimAside(path + ".corrupt-" + s.clock().Format("20060102T150405"))
	if err == nil {
		if err = os.Rename(path, aside); err != nil {
			_ = os.Remove(aside)
		}
	}
	if err != nil {
		aside = ""
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return Classify(OpLoadProgress, path, err)
		}
	}
	return &Error{Op: OpLoadProgress, Kind: KindCorrupt, Path: path, Aside: aside, Err: cause}
}

// maxAside is how many set-aside names with one time stamp are tried.
const maxAside = 1000

// claimAside creates an empty file named stem, or stem-2, stem-3, …,
// whichever is free first, and returns its name.
func claimAside(stem string) (string, error) {
	for i := 1; i <= maxAside; i++ {
		name := stem
		if i > 1 {
			name = stem + "-" + strconv.Itoa(i)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return name, f.Close()
	}
	return "", fmt.Errorf("no free name after %d tries", maxAside)
}

// Clear removes the kept progress for bank b; call it when the quiz is
// finished (or the user chose to start afresh). No file is not an error.
func (s Store) Clear(b *quiz.Bank) error {
	path, err := s.Path(b)
	if err != nil {
		return nil
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) && !isNotDir(err) {
		return Classify(OpClearProgress, path, err)
	}
	return nil
}
