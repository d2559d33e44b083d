//go:build windows

package frame

// CanSuspend is false on Windows: there is no job control to return to, so
// ctrl+z does nothing and the help does not list it.
const CanSuspend = false
