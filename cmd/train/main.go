// Command train trains the language layer's model (knowledge/text) on the
// treebanks in shared/nlp and evaluates it:
//
//	go run ./cmd/train -data ../shared/nlp -out knowledge/text/model/text.model
//	go run ./cmd/train eval -data ../shared/nlp -model knowledge/text/model/text.model
//
// Training is reproducible: the same treebanks and flags give the same bytes.
package main

import (
	"fmt"
	"os"

	"github.com/briefbot/briefbot/knowledge/text/train"
)

func main() {
	if err := train.Main(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}
