//go:build !windows

package frame

// CanSuspend reports whether ctrl+z can stop the program and give the
// terminal back to the shell: true on Unix, where the shell has job control.
const CanSuspend = true
