// Package text is briefbot's language layer: one reading of a paragraph that
// every extractor and the question analysis share.
//
// A paragraph is read once into a Paragraph: its tokens with their byte
// offsets (Tokenize), its sentences (split by Sentences), and for each token
// a lemma, a part-of-speech tag and a dependency head and label from the
// trained model (Parse). Extractors read that one object, as spaCy's
// components read one Doc, instead of each tokenising the text its own way.
//
// The tokenizer follows the Universal Dependencies conventions of the
// treebanks the model is trained on (English Web Treebank and GUM): "don't"
// is "do" + "n't", "Graham's" is "Graham" + "'s", hyphens and currency signs
// are tokens of their own. Token.Space tells which tokens were written
// together, so that an extractor can glue "Kilroy - Silk" back into one name.
//
// The model (a part-of-speech tagger and a labelled arc-eager dependency
// parser, both averaged perceptrons) is embedded in the binary and loaded on
// first use; cmd/train trains it again from the treebanks.
package text
