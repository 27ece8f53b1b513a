//go:build !unix

package index

import (
	"fmt"
	"os"
	"path/filepath"
)

// lockDir opens dir/lock; on systems without flock the lock is advisory only.
func lockDir(dir string, shared bool) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot lock index: %w", err)
	}
	return f, nil
}

func unlockDir(f *os.File, shared bool) {
	if f != nil {
		f.Close()
	}
}
