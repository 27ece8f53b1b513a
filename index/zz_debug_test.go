package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

func TestZZDebug(t *testing.T) {
	dir, qs := os.Getenv("DBG_IX"), os.Getenv("DBG_Q")
	if dir == "" {
		t.Skip()
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, qt := range strings.Split(qs, "|") {
		out, q, kept, err := ix.search(context.Background(), knowledge.Query{Text: qt})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("Q %q kind=%s measure=%q counted=%q head=%q wants=%q verb=%q obj=%q role=%q subj=%q topic=%q cue=%q names=%v\n", qt, q.Kind, q.Measure, q.Counted, q.CountedHead, q.Wants, q.Verb, q.Object, q.Role, q.Subject, q.Topic, q.Cue, q.Names)
		for _, tm := range q.terms {
			fmt.Printf("  term %s %.2f\n", tm.term, tm.idf)
		}
		fmt.Printf("  unanswered=%v answer=%+v\n", out.Unanswered, out.Answer)
		for i, c := range kept[:min(len(kept), 8)] {
			s := c.sents[c.best]
			fmt.Printf("  #%d %s p%d score=%.3f best=%.2f pass=%.2f ctx=%.2f fit=%.2f | %s\n", i, c.article, c.n, c.score, c.bestCover, c.passage, c.context, c.fitScore, c.text[s.Start:s.End])
			if os.Getenv("DBG_FIG") != "" {
				for _, f := range c.figureList() {
					fmt.Printf("      fig %q kind=%s counted=%q unit=%q\n", f.Text, f.Kind, f.Counted, f.Unit)
				}
			}
		}
	}
}
