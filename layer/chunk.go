package layer

import "sync/atomic"

// chunk is a read buffer shared by the reader, while the unfinished
// feature at its end is carried over, and the batch parsed from it; the
// last to let go returns it to its pool, so a large file is read through
// a few buffers instead of one allocation per chunk.
type chunk struct {
	b    []byte
	refs atomic.Int32
	pool *chunkPool
}

// hold adds a reference for a batch.
func (c *chunk) hold() *chunk {
	c.refs.Add(1)
	return c
}

func (c *chunk) release() {
	if c.refs.Add(-1) == 0 {
		c.pool.put(c)
	}
}

// chunkPool keeps a few chunks of about size bytes for reuse.
type chunkPool struct {
	free chan *chunk
	size int
}

func newChunkPool(size int) *chunkPool {
	return &chunkPool{free: make(chan *chunk, 4), size: size}
}

// get returns a chunk of at least n bytes' capacity, held once.
func (p *chunkPool) get(n int) *chunk {
	select {
	case c := <-p.free:
		if cap(c.b) >= n {
			c.refs.Store(1)
			return c
		}
	default:
	}
	// A little over a chunk, so the next carries its tail and is reused.
	c := &chunk{b: make([]byte, 0, max(n, p.size+p.size/4)), pool: p}
	c.refs.Store(1)
	return c
}

func (p *chunkPool) put(c *chunk) {
	select {
	case p.free <- c:
	default:
	}
}
