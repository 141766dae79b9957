package atlas

import "newsatlas/data"

func countriesGz() []byte    { return data.CountriesGz }
func governoratesGz() []byte { return data.SyriaGovernoratesGz }
