// Command sitefeed turns news sites that publish no feed into RSS 2.0,
// Atom 1.0 and JSON Feed files. See README.md.
package main

import (
	"embed"
	"os"
	_ "time/tzdata" // Asia/Baku must resolve on machines without zoneinfo

	"sitefeed/cli"
)

// bundle is what `sitefeed demo` runs on: the default configuration and
// the offline copy of migration.gov.az (about 0.8 MB).
//
//go:embed config.yaml testdata/site
var bundle embed.FS

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Bundle: bundle}))
}
