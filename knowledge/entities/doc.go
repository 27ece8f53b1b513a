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
//   - lineup.go reads a sports line-up ("C Paterson (Scotland), B Cohen
//     (England), ...") as people with their sides; such a paragraph is read
//     no other way.
//   - names.go cuts runs of capitalised words into titles and names, and
//     weighs the evidence: gazetteers, head words, titles, given names, cues,
//     events ("the Iraq war" mentions no place), sides ("four Wallabies",
//     "the Blues' league match").
//   - roles.go reads roles and affiliations: a role before a name and the
//     organisation or side before it ("Arsenal vice-chairman David Dein"),
//     a role shared by the names it lists, appositions (", the WFP's country
//     director"), possessives and "of" phrases once people are typed.
//   - kinds.go reads the nouns that say what a name names ("security firm
//     Sophos", "the film Sideways", "games such as ...", and after the name
//     "the Ofex share exchange", "the Northern Hemisphere team"); a thing
//     (a work, a product, an event, a language) is no entity; "Cambridge-
//     based Ubisense" is a place and a firm.
//   - cluster.go groups candidates into entities (same key, acronym and
//     expansion, surname and full name, initial and given name) and types
//     each by its evidence; a name with none is a person's when it looks
//     like one (two or three capitalised words, the first no common word);
//     "the Liberals" are a party when "Liberal leader" or "Liberal MPs"
//     stands in the article.
//   - notpeople.go keeps what is no person from being shown as one, once
//     clusters are typed: a name that only modifies a noun ("the Shark
//     Tale DVD") names no one, a name listed among bands or firms is one
//     of them, a first name that a longer name continues founds no one;
//     and, while names are read, the noun a name is the subject of ("X is
//     a DVD") and the verb it is the object of ("driving a red X"), in the
//     parse (only the sentences where such a word follows are parsed), a
//     verb in the plural after it ("X were drawn"), a trade in the plural
//     before it ("auditors X").
//   - states.go reads, in the parse, the mentions of a known country or
//     city that stand for its state: the subject of a verb of acting or
//     speaking ("Norway condemned"), the possessor or the "of" of what a
//     state holds ("Peru's forces", "the government of Nepal"), a member
//     listed after "nations include". Those mentions make an organisation
//     of the same name (Entity.State) beside the place, which keeps the
//     mentions of where things happen ("storms in Norway").
//   - lexicon.go loads this room's tables from lexicon/*.txt (titles, given
//     names, places, organisations, cue words, ...) and holds EntityKey, the
//     key under which names are compared.
//   - entity.go declares Entity, Mention, the entity types and genders.
//     Honorifics ("Mr", "Dr.") are no roles; they give Entity.Gender.
//
// The package reads knowledge/text (the language layer), knowledge/article
// and the table loader in knowledge/lexicon, nothing else of briefbot;
// knowledge/claims and knowledge/figures build on its entities.
package entities
