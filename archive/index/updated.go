package index

import (
	"context"

	"newsatlas/archive"
	"newsatlas/places"
)

// OpenUpdated opens the index of the archive made of sources at its DefaultPath and brings
// it up to date (Update, with g and opt), so that it answers for the archive as it is now:
// what `newsatlas related` and File > Open Archive both do before asking it anything. The
// caller closes the index; on an error there is none to close.
func OpenUpdated(ctx context.Context, g *places.Gazetteer, sources []string, opt archive.Options) (*Index, Stats, error) {
	path, err := DefaultPath(sources)
	if err != nil {
		return nil, Stats{}, err
	}
	ix, err := Open(path)
	if err != nil {
		return nil, Stats{}, err
	}
	st, err := ix.Update(ctx, g, sources, opt)
	if err != nil {
		ix.Close()
		return nil, st, err
	}
	return ix, st, nil
}
