// Package claims finds what the sources of an article say: Extract returns
// its Claims (who said what, with which cue and stance, quoted or reported,
// with byte offsets), and FindDisputes groups the claims that contradict each
// other into Disputes.
//
// The parts, in the order they run:
//
//   - tokens.go splits a paragraph into tokens and into sentences that never
//     cut a quote (this room's own tokenizer, until the shared one in
//     knowledge/text replaces it).
//   - claims.go is Extract: it looks for cue words outside quotes, tries each
//     in the constructions its frame allows, and carries a speaker on to the
//     quotes that follow.
//   - patterns.go holds those constructions: X said that C, “C,” X said,
//     ", adding that C", X accused Y of C, "according to X", a report by X
//     found C; each finds the speaker phrase and the content.
//   - speakers.go resolves a speaker phrase ("he", "the army", "a spokesman
//     for the ministry") to a name, and to one of the article's entities when
//     Extract is given them.
//   - disputes.go is FindDisputes: a denial or a counter-claim is tied to the
//     earlier claims of other speakers about the same event.
//   - lexicon.go loads this room's tables from lexicon/*.txt: the cues with
//     their stances and frames (cues.txt), the words claims turn on
//     (claim_words.txt, by class), the heads of speaker descriptions
//     (description_heads.txt) and the markers of a contradiction and the
//     nouns a denial points back with (disputes.txt).
//   - claim.go declares Claim and Dispute.
//
// The package reads knowledge/article, the entities of knowledge/entities and
// the table loader in knowledge/lexicon; knowledge/figures builds on its
// claims to find who gives a figure.
package claims
