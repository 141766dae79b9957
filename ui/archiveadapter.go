package ui

import (
	"context"
	"errors"
)

// openArchivePath opens an archive with the archive package.
func openArchivePath(ctx context.Context, path string, progress func(done, total int)) archiveLoad {
	return archiveLoad{err: errors.New("news archives are not supported yet")}
}
