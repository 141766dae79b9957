package fileerr

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"testing"
)

func TestStrip(t *testing.T) {
	_, openErr := os.Open("/no/such/file")
	plain := errors.New("not valid JSON")
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"path error", openErr, "no such file or directory"},
		{"wrapped path error", fmt.Errorf("read: %w", openErr), "no such file or directory"},
		{"other error", plain, "not valid JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Strip(tc.err)
			if got.Error() != tc.want {
				t.Errorf("Strip(%v) = %q, want %q", tc.err, got, tc.want)
			}
		})
	}
	if !errors.Is(Strip(openErr), fs.ErrNotExist) {
		t.Error("the cause should still be fs.ErrNotExist")
	}
}
