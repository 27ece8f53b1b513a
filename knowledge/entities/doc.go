// Package entities finds the people, organisations, places and groups named
// in an article: Extract returns them as Entities, each with its aliases,
// roles, affiliations and every Mention (paragraph and byte offsets).
//
// The parts, in the order they run:
//
//   - units.go reads the shared tokens and sentences of a text.Paragraph
//     into the units names are made of: words glued back where the
//     tokenizer split them at hyphens ("Kilroy-Silk", "al-Hol"), the
//     possessive, the first word of each sentence or quotation.
//   - entities.go is Extract: it reads each searchable paragraph and collects
//     candidates, one per name, with the evidence found around each.
//   - names.go cuts runs of capitalised words into titles and names, and
//     weighs the evidence: gazetteers, head words, titles, given names, cues.
//   - cluster.go groups candidates into entities (same key, acronym and
//     expansion, surname and full name) and types each by its evidence.
//   - lexicon.go loads this room's tables from lexicon/*.txt (titles, given
//     names, places, organisations, cue words, ...) and holds EntityKey, the
//     key under which names are compared.
//   - entity.go declares Entity, Mention and the entity types.
//
// The package reads knowledge/text (the language layer), knowledge/article
// and the table loader in knowledge/lexicon, nothing else of briefbot; knowledge/claims and
// knowledge/figures build on its entities.
package entities
