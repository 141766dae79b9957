package archive

import (
	"archive/zip"
	"io"
	"path"
	"sort"
	"strings"

	"newsatlas/internal/fileerr"
)

// zip reads the entries of a ZIP file in name order, each as the file it holds would be
// read; folders and hidden entries are left out.
func (w *walker) zip(p string) error {
	zr, err := zip.OpenReader(p)
	if err != nil {
		w.opt.skip(p, "not a readable ZIP: %v", fileerr.Strip(err))
		return nil
	}
	defer zr.Close()
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	for _, f := range files {
		if f.FileInfo().IsDir() || hiddenPath(f.Name) {
			continue
		}
		name := p + "!/" + f.Name
		rc, err := f.Open()
		if err != nil {
			w.opt.skip(name, "%v", err)
			continue
		}
		err = w.entry(name, KindOf(f.Name), rc, int64(f.UncompressedSize64), f.Modified)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// hiddenPath reports whether a slash-separated path has a part that starts with a dot
// (.git, __MACOSX's ._ files) or is __MACOSX.
func hiddenPath(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// zipHoldsArticles reports whether a ZIP holds articles, feeds or NDJSON articles, and no
// shapefile (a zipped shapefile, its .shp.xml aside, is a layer).
func zipHoldsArticles(p string) bool {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return false
	}
	defer zr.Close()
	found := false
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || hiddenPath(f.Name) {
			continue
		}
		switch ext := strings.ToLower(path.Ext(f.Name)); {
		case ext == ".shp":
			return false
		case ext == ".rss" || ext == ".atom" || KindOf(f.Name) == KindArticle:
			found = true
		case (ext == ".ndjson" || ext == ".jsonl") && !found:
			if rc, err := f.Open(); err == nil {
				head := make([]byte, 1<<20)
				n, _ := io.ReadFull(rc, head)
				rc.Close()
				found = firstRecordIsArticle(head[:n])
			}
		}
	}
	return found
}
