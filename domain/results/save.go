package results

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"ideale-ambtenaar/i18n"
)

// FileTimeLayout is the time part of a result's file name: local time to
// the minute, without colons so that every file system accepts it.
const FileTimeLayout = "2006-01-02T1504"

// AnonymousSlug names the file of a result without a name.
const AnonymousSlug = "anoniem"

// maxSameName bounds the search for a free name (…-2.json, …-3.json, …).
const maxSameName = 10000

// fileName is the name Save tries first for r: the time it was taken and
// the name in lower-case ASCII, such as 2026-11-27T1530-anoniem.json.
func fileName(r Result) string { return fileStem(r) + ".json" }

func fileStem(r Result) string {
	slug := Slug(r.Name)
	if slug == "" {
		slug = AnonymousSlug
		if r.Name != "" {
			slug = "resultaat"
		}
	}
	return r.TakenAt.Format(FileTimeLayout) + "-" + slug
}

// Save writes r as a new file in dir and returns its path. It creates dir
// when missing, and it never overwrites: when the name is taken it tries
// …-2.json, …-3.json and so on. The write is atomic: the data goes to a
// temporary file in dir, is synced to disk, and only then gets its name
// (by a hard link, which fails rather than replace an existing file, so two
// saves at the same moment cannot take the same name). Readers never see a
// half-written result. Errors are *Error values; show them with Message.
func Save(dir string, r Result) (path string, err error) {
	if err := r.validateAny(); err != nil {
		return "", fmt.Errorf("save result: %w", err)
	}
	if dir == "" {
		dir = "."
	}
	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		return "", fmt.Errorf("save result: %w", err)
	}
	if err := ensureDir(dir); err != nil {
		return "", Classify(OpSave, dir, err)
	}
	tmp, err := writeTemp(dir, ".ideale-ambtenaar-", buf.Bytes(), 0o644)
	if err != nil {
		return "", Classify(OpSave, dir, err)
	}
	defer os.Remove(tmp) // the name stays as a hard link; the temp name goes

	stem := fileStem(r)
	useLink := true
	for i := 1; i <= maxSameName; i++ {
		name := stem + ".json"
		if i > 1 {
			name = stem + "-" + strconv.Itoa(i) + ".json"
		}
		path = filepath.Join(dir, name)
		if useLink {
			err = linkFile(tmp, path)
			if err == nil {
				SyncDir(dir)
				return path, nil
			}
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			// No hard links here (FAT, exFAT, some network shares): claim
			// the name with an exclusive create, then rename over the claim.
			useLink = false
		}
		claim, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", Classify(OpSave, dir, err)
		}
		_ = claim.Close()
		if err := os.Rename(tmp, path); err != nil {
			_ = os.Remove(path)
			return "", Classify(OpSave, dir, err)
		}
		SyncDir(dir)
		return path, nil
	}
	return "", Classify(OpSave, dir, fmt.Errorf("no free file name after %d tries", maxSameName))
}

// linkFile is os.Link; a test replaces it to take the path of file systems
// without hard links.
var linkFile = os.Link

// ensureDir makes dir (and its parents) when missing, and says so plainly
// when it is a file.
func ensureDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &fs.PathError{Op: "mkdir", Path: dir, Err: errNotDir}
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return os.MkdirAll(dir, 0o755)
}

// errNotDir is reported when the save directory is a file; kindOf maps it
// to KindNotDir on every platform.
var errNotDir = errors.New("not a directory")

// writeTemp writes data to a new file named prefix+random+".tmp" in dir,
// synced to disk and closed, and returns its path. The mode is filtered by
// the umask as for any new file.
func writeTemp(dir, prefix string, data []byte, mode os.FileMode) (string, error) {
	var f *os.File
	var err error
	for range 100 {
		var rnd [6]byte
		_, _ = rand.Read(rnd[:])
		name := filepath.Join(dir, prefix+hex.EncodeToString(rnd[:])+".tmp")
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// SyncDir makes a new name in dir durable (after a rename or a create,
// for result files and the live room's journal). It is best effort: some
// systems (Windows) cannot open a directory for syncing, and the data
// itself is already on disk.
func SyncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// LoadFile reads one result file (the live room looks for a result it
// saved before a crash).
// Errors are *Error values (not there, no
// permission, not a result); show them with Message.
func LoadFile(path string) (Result, error) { return loadWith(path, Decode) }

// LoadSummary reads one result file without its answers, as the team view
// does for every file in a folder. Errors are *Error values (not there, no
// permission, not a result); show them with Message.
func LoadSummary(path string) (Summary, error) { return loadWith(path, DecodeSummary) }

// loadWith is loadInto for a decoder that returns what it decoded (a
// Result or a Summary): the value and loadInto's error.
func loadWith[T any](path string, decode func(io.Reader) (T, error)) (T, error) {
	var v T
	err := loadInto(path, func(f io.Reader) (err error) {
		v, err = decode(f)
		return err
	})
	return v, err
}

// loadInto opens path and decodes it with decode. Anything but a regular
// file is refused without reading: a FIFO would otherwise wait forever for
// a writer, a device could be read without end. The file is opened without
// blocking (on Unix) and checked with one fstat, so a FIFO put in place of
// a checked file cannot hang the reader either. A file over MaxFileSize is
// refused after reading MaxFileSize bytes.
func loadInto(path string, decode func(io.Reader) error) error {
	f, err := openNoBlock(path)
	if err != nil {
		return Classify(OpLoad, path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Classify(OpLoad, path, err)
	}
	if err := CheckFileMode(path, fi.Mode()); err != nil {
		return err
	}
	return Classify(OpLoad, path, decode(f))
}

// CheckFileMode refuses, before anything is opened, a path whose mode
// (from os.Stat or fs.DirEntry.Type) is not a regular file: a directory,
// a named pipe (FIFO), a device, a socket. It returns nil for a regular
// file, and otherwise an *Error of KindForeign (OpLoad) whose Reason names
// what the path is, in both languages: "het is geen resultaat van
// ideale-ambtenaar: een named pipe (FIFO)".
func CheckFileMode(path string, mode fs.FileMode) error {
	if mode.IsRegular() {
		return nil
	}
	var what i18n.Text
	switch {
	case mode.IsDir():
		what = i18n.Text{NL: "een map", EN: "a directory"}
	case mode&fs.ModeNamedPipe != 0:
		what = i18n.Text{NL: "een named pipe (FIFO), geen gewoon bestand", EN: "a named pipe (FIFO), not a regular file"}
	case mode&fs.ModeSocket != 0:
		what = i18n.Text{NL: "een socket, geen gewoon bestand", EN: "a socket, not a regular file"}
	case mode&fs.ModeDevice != 0:
		what = i18n.Text{NL: "een apparaat, geen gewoon bestand", EN: "a device, not a regular file"}
	case mode&fs.ModeSymlink != 0:
		what = i18n.Text{NL: "een symbolische koppeling, geen gewoon bestand", EN: "a symbolic link, not a regular file"}
	default:
		what = i18n.Text{NL: "geen gewoon bestand", EN: "not a regular file"}
	}
	return Classify(OpLoad, path, foreign(what))
}

// foldTable spells common accented Latin letters in ASCII for file names.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i",
	'î': "i", 'ï': "i", 'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o",
	'ö': "o", 'ø': "o", 'œ': "oe", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u",
	'ý': "y", 'ÿ': "y", 'ß': "ss", 'ĳ': "ij", 'ł': "l", 'š': "s", 'ž': "z",
	'č': "c", 'ř': "r", 'ğ': "g", 'ş': "s", 'ı': "i",
}

// maxSlug bounds the name part of a file name.
const maxSlug = 32

// Slug turns a name into the lower-case ASCII part of a file name: letters
// and digits, accents folded (é → e), everything else a single dash. The
// name is normalised to NFC first, so "Zoë" typed as e plus a combining
// diaeresis gives "zoe" like the composed ë; an accent that has no
// composed form is dropped rather than made a dash. It returns "" when
// nothing usable is left.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(norm.NFC.String(name)) {
		var s string
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			s = string(r)
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent left over: part of its letter
		default:
			s = foldTable[r]
		}
		if s == "" {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(s)
		if b.Len() >= maxSlug {
			break
		}
	}
	out := b.String()
	if len(out) > maxSlug {
		out = out[:maxSlug]
	}
	return strings.TrimRight(out, "-")
}
