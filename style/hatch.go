package style

// Striped reports whether pixel (x, y) lies on a stripe of the hatch a
// Style with Hatch set is filled with (contested zones): diagonal stripes
// every pixels apart (3 at least), a third of that wide. The map, its
// legend and the window's swatches all draw it by this rule.
func Striped(x, y, every int) bool {
	every = max(every, 3)
	return ((x+y)%every+every)%every < every/3+1
}
