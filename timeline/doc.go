// Package timeline turns sourced control-change events for Aleppo's
// neighbourhoods into the aleppo-control layer at any date.
//
// The data are change events: on a date, a list of neighbourhoods passed to a
// control (government, opposition, sdf, isil or contested), with the reports
// behind it (the first is the one that established it), and confirmations:
// later reports that the same holder still held them, kept apart so that the
// start of a control (since) and its source do not move. Events of one date
// apply in the order of their order field. The state at a date is, for each
// neighbourhood, the control set by the latest change on or before that date. The first date of the data
// is a baseline that sets every neighbourhood; dates before it are answered
// with the baseline.
//
// At returns one feature per neighbourhood; Zones merges neighbourhoods of the
// same control into zones without internal borders (see zones.go for the
// method). Neither depends on Fyne.
package timeline
