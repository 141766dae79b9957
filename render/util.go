package render

import "golang.org/x/image/math/fixed"

func fixedP(x, y int) fixed.Point26_6 { return fixed.P(x, y) }
