// Package timeline turns sourced control-change events for Aleppo's
// neighbourhoods into the aleppo-control layer at any date.
//
// The data are change events: on a date, a list of neighbourhoods passed to a
// control (government, opposition, sdf, isil or contested), with the source
// that reports it. The state at a date is, for each neighbourhood, the control
// set by the latest event on or before that date. The first date of the data
// is a baseline that sets every neighbourhood; dates before it are answered
// with the baseline.
//
// At returns one feature per neighbourhood; Zones merges neighbourhoods of the
// same control into zones without internal borders (see zones.go for the
// method). Neither depends on Fyne.
package timeline
