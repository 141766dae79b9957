package layer

import (
	"runtime"
	"sync"

	"newsatlas/webmerc"
)

// build projects each feature, computes bounds and counts and indexes the
// features. Projection runs on all cores.
func build(name, source string, fs []Feature, skipped []Skip) *Layer {
	l := &Layer{Name: name, Source: source, Features: fs, Skipped: skipped, Types: map[string]int{}}
	parallel(len(fs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f := &fs[i]
			if f.Geometry == nil {
				continue
			}
			f.Proj = webmerc.Geometry(f.Geometry)
			f.Bound = f.Proj.Bound()
		}
	})
	first := true
	for i := range fs {
		f := &fs[i]
		if f.Geometry == nil {
			l.Types["null"]++
			continue
		}
		l.Types[f.Geometry.GeoJSONType()]++
		b := f.Geometry.Bound()
		if first {
			l.Bound, first = b, false
		} else {
			l.Bound = l.Bound.Union(b)
		}
		l.index.Insert([2]float64(f.Bound.Min), [2]float64(f.Bound.Max), int32(i))
	}
	return l
}

// parallel splits [0,n) into one chunk per CPU and runs fn on each.
func parallel(n int, fn func(lo, hi int)) {
	w := runtime.GOMAXPROCS(0)
	if n < 256 || w == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	step := (n + w - 1) / w
	for lo := 0; lo < n; lo += step {
		hi := min(lo+step, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}
