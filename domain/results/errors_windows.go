//go:build windows

package results

import (
	"errors"
	"os"
	"syscall"
)

// Windows error codes (winerror.h) that the syscall package does not name.
const (
	errorWriteProtect    syscall.Errno = 19
	errorHandleDiskFull  syscall.Errno = 39
	errorDiskFull        syscall.Errno = 112
	errorDirectory       syscall.Errno = 267
	errorNotADirectory   syscall.Errno = syscall.ENOTDIR
	errorDiskQuotaExceed syscall.Errno = 1295
)

func isDiskFull(err error) bool {
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull) ||
		errors.Is(err, errorDiskQuotaExceed) || errors.Is(err, syscall.ENOSPC)
}

func isReadOnly(err error) bool { return errors.Is(err, errorWriteProtect) }

func isNotDir(err error) bool {
	return errors.Is(err, errorNotADirectory) || errors.Is(err, errorDirectory)
}

// openNoBlock opens path for reading. Named pipes do not live among
// ordinary files here, so a plain open cannot wait for a writer.
func openNoBlock(path string) (*os.File, error) { return os.Open(path) }
