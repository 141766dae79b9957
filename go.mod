module newsatlas

go 1.26.8

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/paulmach/orb v0.14.0 // indirect
	github.com/tidwall/geoindex v1.7.0 // indirect
	github.com/tidwall/geojson v1.4.5 // indirect
	github.com/tidwall/gjson v1.12.1 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.0 // indirect
	github.com/tidwall/rtree v1.10.0 // indirect
	github.com/tidwall/sjson v1.2.4 // indirect
	github.com/valyala/fastjson v1.6.10 // indirect
	go.mongodb.org/mongo-driver/v2 v2.5.0 // indirect
	golang.org/x/image v0.48.0 // indirect
)
