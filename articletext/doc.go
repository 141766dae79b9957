// Package articletext reads the bytes of an article file as the text the window shows:
// UTF-8 or UTF-16 (with its byte-order mark) decoded to UTF-8; an HTML page reduced to its
// readable text; Markdown (CommonMark with GitHub's pipe tables) rendered to its words and
// the Blocks that lay them out (headings, paragraphs, lists, quotes, code, tables, with
// their emphasis and links); and a map that leads every byte offset of that text back to
// the file's bytes, so that a place's mentions can be given as offsets into the file as
// read.
package articletext
