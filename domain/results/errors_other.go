//go:build !unix && !windows

package results

import (
	"errors"
	"os"
	"syscall"
)

func isDiskFull(err error) bool { return errors.Is(err, syscall.ENOSPC) }

func isReadOnly(err error) bool { return errors.Is(err, syscall.EROFS) }

func isNotDir(err error) bool { return errors.Is(err, syscall.ENOTDIR) }

// openNoBlock opens path for reading. Named pipes do not live among
// ordinary files here, so a plain open cannot wait for a writer.
func openNoBlock(path string) (*os.File, error) { return os.Open(path) }
