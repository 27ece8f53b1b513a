package claims

import "testing"

func TestCueLexicon(t *testing.T) {
	stances := map[string]bool{"assert": true, "deny": true, "accuse": true, "vow": true, "warn": true, "concede": true, "report": true}
	frames := map[string]bool{frameSay: true, frameStrict: true, frameTell: true, frameAccuse: true, frameVow: true,
		frameDoc: true, framePrep: true, frameUrge: true, frameCall: true, frameDemand: true, frameDeny: true}
	for _, row := range lexiconRows("cues") {
		t.Run(row[0], func(t *testing.T) {
			if len(row) < 4 || len(row) > 5 {
				t.Fatalf("row %q: want lemma | forms | stance | frame [| objects]", row)
			}
			if !stances[row[2]] {
				t.Errorf("unknown stance %q", row[2])
			}
			if !frames[row[3]] {
				t.Errorf("unknown frame %q", row[3])
			}
		})
	}
	if lex := claimLexicon(); !lex.isCueWord("said") || !lex.isCueWord("according") {
		t.Error("said and according to must be cues")
	}
}
