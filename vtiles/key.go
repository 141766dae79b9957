package vtiles

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"

	"github.com/paulmach/orb/geojson"
)

// featureKey tells the pieces of one feature from those of others: its
// source layer and id, or, when the tiles give no id (GDAL's do not), a
// 128-bit hash of its properties.
type featureKey struct {
	layer string
	id    string
	props [2]uint64
}

// keyer makes featureKeys. Keys made with the same seeds compare equal
// for equal properties, whatever tile they come from.
type keyer struct {
	seeds [2]maphash.Seed
	h     maphash.Hash
	buf   [8]byte
}

// key is the key of a feature of layer with id (nil for none) and props.
// The properties' hash is the sum of one hash per name and value, so
// that it does not depend on the order they come in.
func (k *keyer) key(layer string, id any, props geojson.Properties) featureKey {
	if id != nil {
		return featureKey{layer: layer, id: fmt.Sprint(id)}
	}
	fk := featureKey{layer: layer}
	for i, seed := range k.seeds {
		k.h.SetSeed(seed)
		var sum uint64
		for name, v := range props {
			k.h.Reset()
			k.h.WriteString(name)
			k.value(v)
			sum += k.h.Sum64()
		}
		fk.props[i] = sum
	}
	return fk
}

// value writes a property value to the hash after a byte for its kind.
// A whole number is written as an integer however the tile stores it.
func (k *keyer) value(v any) {
	word := func(kind byte, w uint64) {
		k.h.WriteByte(kind)
		binary.LittleEndian.PutUint64(k.buf[:], w)
		k.h.Write(k.buf[:])
	}
	float := func(f float64) {
		if f == math.Trunc(f) && f >= math.MinInt64 && f < math.MaxInt64 {
			word('i', uint64(int64(f)))
			return
		}
		word('n', math.Float64bits(f))
	}
	switch v := v.(type) {
	case string:
		k.h.WriteByte('s')
		k.h.WriteString(v)
	case float64:
		float(v)
	case float32:
		float(float64(v))
	case int64:
		word('i', uint64(v))
	case int:
		word('i', uint64(v))
	case uint64:
		if v > math.MaxInt64 {
			word('u', v)
		} else {
			word('i', v)
		}
	case bool:
		if v {
			k.h.WriteByte('t')
		} else {
			k.h.WriteByte('f')
		}
	case nil:
		k.h.WriteByte('0')
	default:
		k.h.WriteByte('?')
		fmt.Fprint(&k.h, v)
	}
}
