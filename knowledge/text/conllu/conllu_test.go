package conllu

import (
	"strings"
	"testing"
)

// A sentence written for this test, in the format of the treebanks.
const sample = `# newdoc id = test-doc
# sent_id = test-1
# newpar id = test-p1
# text = The mayor didn't resign, officials said.
1	The	the	DET	DT	_	2	det	_	_
2	mayor	mayor	NOUN	NN	_	5	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
5	resign	resign	VERB	VB	_	8	ccomp	_	SpaceAfter=No
6	,	,	PUNCT	,	_	8	punct	_	_
7	officials	official	NOUN	NNS	_	8	nsubj	_	_
8	said	say	VERB	VBD	_	0	root	_	SpaceAfter=No
8.1	said	say	VERB	VBD	_	_	_	_	_
9	.	.	PUNCT	.	_	8	punct	_	_

# sent_id = test-2
# text = Nobody knew.
1	Nobody	nobody	PRON	NN	_	2	nsubj	_	_
2	knew	know	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
`

func TestRead(t *testing.T) {
	ss, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("%d sentences, want 2", len(ss))
	}
	s := ss[0]
	if !s.NewDoc || !s.NewPar || s.ID != "test-1" || s.Text != "The mayor didn't resign, officials said." {
		t.Errorf("sentence header = %+v", s)
	}
	if len(s.Words) != 9 {
		t.Fatalf("%d words, want 9 (multiword token as its words, empty node skipped)", len(s.Words))
	}
	did, nt := s.Words[2], s.Words[3]
	if did.Form != "did" || did.Token != "didn't" || did.TokenWords != 2 || did.SpaceAfter {
		t.Errorf("first word of didn't = %+v", did)
	}
	if nt.Form != "n't" || nt.Token != "" || !nt.SpaceAfter || nt.Head != 4 {
		t.Errorf("second word of didn't = %+v", nt)
	}
	if s.Words[7].Head != -1 || s.Words[7].Rel != "root" || s.Words[1].Head != 4 {
		t.Errorf("heads: said %d, mayor %d", s.Words[7].Head, s.Words[1].Head)
	}
	if s.Words[4].SpaceAfter || !s.Words[5].SpaceAfter {
		t.Error("SpaceAfter not read from the misc column")
	}
	if ss[1].NewDoc || ss[1].NewPar {
		t.Error("second sentence starts no document or paragraph")
	}
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"columns":      "1\tA\ta\n\n",
		"unknown head": "1\tA\ta\tX\tX\t_\t7\tdep\t_\t_\n\n",
		"bad id":       "x\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n",
		"bad range":    "3-1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
	} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
