// Package claims finds what the sources of an article say: Extract returns
// its Claims (who said what, with which cue and stance, quoted or reported,
// with byte offsets), and FindDisputes groups the claims that give competing
// accounts of one event into Disputes.
//
// The parts, in the order they run:
//
//   - view.go reads a paragraph of the text layer (knowledge/text) for the
//     patterns: the class of each token (word, comma, stop, dash, quote
//     mark), compounds such as "Kilroy-Silk" as one word, the quoted
//     segments of the paragraph, and sentences joined where a quotation runs
//     across them.
//   - claims.go is Extract: it looks for cue words outside quotes, tries each
//     in the constructions its frame allows, and carries a speaker on to the
//     quotes that follow and, after "X said:", to the statement printed
//     without quote marks; it reads headlines ("X Says C", "X Vows To C",
//     "X: C", "C, X Says", after a rubric such as "The Latest:") and
//     transcript lines ("PENCE: ...").
//   - patterns.go holds those constructions: X said that C, “C,” X said,
//     ", adding that C", X accused Y of C, "according to X", a report by X
//     found C; each finds the speaker phrase and the content.
//   - structure.go checks what the patterns found against the parse of the
//     sentence (text.ParseSentence), parsed only when its words give a check
//     something to find: a negated cue ("did not claim", "refused to say")
//     makes no claim, a denial of "reports that C" gives C to no one, a noun
//     is no cue, and a clause with its own subject, or the main clause after
//     "while he said C", is no part of the content. A speaker phrase that is
//     no noun phrase by its tags ("Following a", "Chastened") gives way to
//     the subject of the cue in the parse, or the claim is dropped; the
//     speaker of "X, who said C" is the noun the parse hangs the clause on.
//     The subject of a cue is its nsubj, or a share of a group the parse
//     labelled as a measure of time ("A majority of voters expect"); a cue
//     in an infinitive speaks for the subject of the verb above it
//     ("continued to call for"), unless that verb has an object ("asked
//     the harbour master to confirm").
//     It holds the helpers over heads and labels (the subject of a verb, the
//     phrase a head heads).
//   - frames.go reads, from the parse, the beliefs, intentions and stances
//     of frames.txt ("wants to", "thinks", "supports", "called the charges
//     fabricated"), the cues the patterns did not read, any verb or
//     adjective with a that-clause and a subject of its own ("auditors
//     suspect that C", "fishermen are afraid that C", bar the nothat words
//     of claim_words.txt), and the nouns of statement_nouns.txt with a
//     possessor ("the mayor's claim that C", "his warning that C").
//   - speakers.go resolves a speaker phrase ("he", "the army", "a spokesman
//     for the ministry") to a name, and to one of the article's entities when
//     Extract is given them: a phrase names its head ("Labour's Paul Flynn"),
//     a person described by a role stays that description ("the GOP
//     presidential nominee"), a document speaks for its author.
//   - coref.go resolves "he" and "she", and "the 20-year-old" or "the
//     coach", to the most salient person of a fitting gender and role whom
//     the claim does not name itself (salience: speaker, subject, mention,
//     divided by three each sentence back).
//   - disputes.go is FindDisputes: a denial or a rebuttal is tied to the
//     earlier claims of others about the same event, a denial to the
//     accusation it answers, and two claims that give one act (fire,
//     release, strike...) different agents in the parse compete.
//   - lexicon.go loads this room's tables from lexicon/*.txt: the cues with
//     their stances and frames (cues.txt), the verbs read from the parse
//     (frames.txt), the nouns of a statement or a view (statement_nouns.txt),
//     the words claims turn on (claim_words.txt, by class: titles,
//     documents, denials, reports, gendered words...), given names
//     and their gender (name_genders.txt), the heads of speaker descriptions
//     and their other forms (description_heads.txt) and the markers, acts and
//     groups of words of a dispute (disputes.txt).
//   - claim.go declares Claim and Dispute.
//
// The package reads knowledge/article, knowledge/text (tokens, tags, the
// parse), the entities of knowledge/entities (names, types, roles, gender)
// and the table loader in knowledge/lexicon; knowledge/figures builds on its
// claims to find who gives a figure.
package claims
