package results

import (
	"errors"
	"os"
)

// CheckDir checks, before a quiz starts, that dir can take a result at the
// end: it is a folder (created, with its parents, when missing) and a file
// can be written in it. It writes and removes one small temporary file, so
// permissions, read-only mounts and a full disk show up now rather than
// after the user answered every question. The empty dir is the current
// folder. Errors are *Error values with Op OpCheckDir and the kind of
// failure (KindNotDir, KindPermission, KindReadOnly, KindDiskFull, …);
// show them with Message.
func CheckDir(dir string) error {
	if dir == "" {
		dir = "."
	}
	if err := ensureDir(dir); err != nil {
		return Classify(OpCheckDir, dir, err)
	}
	tmp, err := writeTemp(dir, ".ideale-ambtenaar-check-", []byte("ok\n"), 0o600)
	if err != nil {
		return Classify(OpCheckDir, dir, err)
	}
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return Classify(OpCheckDir, dir, err)
	}
	return nil
}
