// Package train trains and evaluates the language layer's model (package
// text) on the Universal Dependencies treebanks in shared/nlp: English Web
// Treebank and GUM, train and dev splits for training the shipped model
// (-with-dev, the default), train alone with dev for the figures printed
// after each pass when comparing settings (-with-dev=false), test for the
// final figures; test is never trained on.
//
// Evaluation follows the CoNLL 2018 shared task: with gold tokens, accuracy
// of tags and lemmas and attachment scores over all words, punctuation
// included, labels compared without their subtypes (and, separately, with
// them); from raw text, the system's tokens are aligned with the gold words
// by their character offsets and every figure is an F1.
//
// cmd/train is its command line.
package train
