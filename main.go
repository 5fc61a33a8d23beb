// Command sitefeed turns news sites that publish no feed into RSS 2.0,
// Atom 1.0 and JSON Feed files. See README.md.
package main

import (
	"os"
	_ "time/tzdata" // Asia/Baku must resolve on machines without zoneinfo

	"sitefeed/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}))
}
