//go:build !unix

package index

// cpuSeconds is not measured here.
func cpuSeconds() float64 { return 0 }
