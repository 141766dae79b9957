// Package animate writes a map's frames as an animation: an animated GIF
// (GIF) or a folder of PNG frames (WriteFrames), and stamps a caption on
// a frame (Caption), such as the date it shows.
//
// A GIF holds at most 256 colours a frame. GIF gives the first frame a
// palette of its own colours by median cut, and each later frame only
// the pixels that changed since the one before, in the smallest
// rectangle around them, with a palette cut from those pixels alone and
// the unchanged ones transparent: a map animated over time changes in a
// few places a frame, so frames are small and their few colours exact.
// Flat map colours come out exact; there is no dithering, which would
// speckle the flat areas and defeat the transparency.
package animate
