package train

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge/text"
	"github.com/briefbot/briefbot/knowledge/text/conllu"
)

// Sentences written for the confusion count's test.
const confusionSample = `# text = Rain fell on the town.
1	Rain	rain	NOUN	NN	_	2	nsubj	_	_
2	fell	fall	VERB	VBD	_	0	root	_	_
3	on	on	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	_
5	town	town	NOUN	NN	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# text = Snow fell on the hills.
1	Snow	snow	NOUN	NN	_	2	nsubj	_	_
2	fell	fall	VERB	VBD	_	0	root	_	_
3	on	on	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	_
5	hills	hill	NOUN	NNS	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_
`

// A model that tags and parses its training sentences right, scored
// against a reading that makes "Rain" a verb hanging from "town": one
// confusion (gold VERB tagged NOUN) with a wrong head, and the words tagged
// right, of whose dependents "Rain" is the one with a wrong head.
func TestConfusions(t *testing.T) {
	ss, err := conllu.Read(strings.NewReader(confusionSample))
	if err != nil {
		t.Fatal(err)
	}
	var sents []text.Paragraph
	for range 10 {
		sents = append(sents, Paragraphs(Bank{Sentences: ss})...)
	}
	m, err := text.Train(sents, text.TrainOptions{TagEpochs: 10, ParseEpochs: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	other, err := conllu.Read(strings.NewReader(confusionSample))
	if err != nil {
		t.Fatal(err)
	}
	w := &other[0].Words[0] // "Rain", given as a verb hanging from "town"
	w.UPOS, w.Head = "VERB", 4
	cs := Confusions(m, Bank{Name: "sample", Sentences: other})
	if len(cs) != 2 {
		t.Fatalf("confusions = %+v, want one and the words tagged right", cs)
	}
	want := Confusion{Gold: text.VERB, Sys: text.NOUN, Words: 1, WrongHead: 1}
	if cs[0] != want {
		t.Errorf("confusion = %+v, want %+v", cs[0], want)
	}
	right := cs[1]
	if right.Gold != text.POSNone || right.Words != 11 || right.WrongHead != 0 || right.Deps != 10 ||
		right.WrongDepHead != 1 {
		t.Errorf("tagged right = %+v, want 11 words, their 10 dependents, 1 of them ('Rain') with a wrong head", right)
	}
}
