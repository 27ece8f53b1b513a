package text

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time the process has used: on a machine shared
// with other work, tokens per CPU second vary less than tokens per second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs f b.N times and reports tokens per second and per CPU second.
func measure(b *testing.B, tokens int, f func()) {
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for range b.N {
		f()
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(b.N*tokens)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N*tokens)/cpu.Seconds(), "tokens/cpu-s")
	}
}
