// Command na runs the headless commands without the window's code; a
// development aid for scripts that only need the CLI.
package main

import (
	"os"

	"newsatlas/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr)) }
