package atlas

import "sync"

// together runs the functions at once, each on its own goroutine, and
// returns the first error in the order given once all have returned. The
// built-in data loads this way: the gazetteer, the basemap and the
// timeline do not depend on one another.
func together(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
