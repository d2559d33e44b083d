//go:build unix

package results

import (
	"errors"
	"os"
	"syscall"
)

func isDiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

func isReadOnly(err error) bool { return errors.Is(err, syscall.EROFS) }

func isNotDir(err error) bool { return errors.Is(err, syscall.ENOTDIR) }

// openNoBlock opens path for reading without waiting: a FIFO without a
// writer would block open(2) forever. Reads of a regular file are not
// affected by O_NONBLOCK.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
