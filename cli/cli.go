// Package cli implements the headless commands: render, identify, places,
// related, info and layers. Each takes its arguments and output streams and returns
// the exit status: 0 done, 1 an input could not be used, 2 wrong usage.
package cli

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Exit statuses.
const (
	OK       = 0
	BadInput = 1
	Usage    = 2
)

// Commands maps each subcommand to its function.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"render":   Render,
	"identify": Identify,
	"places":   Places,
	"info":     Info,
	"layers":   Layers,
	"related":  Related,
}

// IsCommand reports whether name is a subcommand rather than a file to
// open in the window.
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok || name == "help" || name == "-h" || name == "--help"
}

// Run runs the subcommand args[0].
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return usage(stderr)
	}
	if fn, ok := commands[args[0]]; ok {
		return fn(args[1:], stdout, stderr)
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, UsageText)
		return OK
	}
	return usage(stderr)
}

// UsageText is the command-line synopsis.
const UsageText = `usage:
  newsatlas [FILE...]                      open the window; each FILE is a GeoJSON layer or an article (.txt, .md, .html)
  newsatlas render [flags] [FILE...] -o OUT.png
      --size WxH                           default 1280x800
      --bbox minLon,minLat,maxLon,maxLat   default: the window's opening view
      --hide NAME[,NAME...]                hide layers by name (see newsatlas layers)
      --article FILE                       the article whose places are pinned (default: the built-in one)
      --date YYYY-MM-DD                    the date of Aleppo's control zones (default 2016-10-19)
                                           and of timed layers (features with date, time, start/end...)
      --window 7d|all|off                  timed layers at --date: ± N days (default 0d, the day), all
                                           up to the date, or off (every feature)
      --from D1 --to D2 --step 1d|1w|1m    an animation, -o OUT.gif or -o DIR/ (PNG frames), each frame
                                           stamped with its date (default window: ± half a step)
      --compare D1,D2                      the map at two dates side by side, each half captioned
      --style LAYER:KEY=VALUE[,...]        style a layer (repeatable): category=PROP (a colour per value),
                                           graduated=PROP with method=quantile|equal and classes=N,
                                           colour=#RRGGBB, width=PX
  newsatlas identify [--json] [--date D] [--window 7d|all] LON LAT [FILE...]
  newsatlas places [--json] [--candidates] FILE|-
                                           the article's places; mention start/end are byte offsets into FILE
                                           (UTF-8 or UTF-16 text, Markdown, or HTML read as its text)
      --candidates                         list each place's ranked candidate readings and the evidence for each
  newsatlas places [--json] SOURCE...       many articles: files, folders, RSS/Atom feeds, NDJSON, ZIPs, or - for
                                           NDJSON on standard input; one NDJSON line an article, in input order:
                                           {"source","title","date","places"}; skipped inputs on stderr
  newsatlas related [--json] [--date D | --from D1 --to D2] [--layer FILE] [--limit N] LON LAT SOURCE...
                                           the region under the point and the articles naming places in it,
                                           ranked by mentions, with their passages (byte offsets into the text)
  newsatlas info [--json] FILE...
  newsatlas layers
`

func usage(stderr io.Writer) int {
	fmt.Fprint(stderr, UsageText)
	return Usage
}

// fail prints the one-line error of an unusable input.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "newsatlas: %s\n", oneLine(err.Error()))
	return BadInput
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// parse parses flags that may come before, between or after positional
// arguments; a negative number is a positional argument, not a flag.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" || isNumber(a) {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // fs.Parse reports it
		}
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return pos, nil
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("newsatlas "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, UsageText) }
	return fs
}
