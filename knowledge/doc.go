// Package knowledge is briefbot's domain: articles and their paragraphs, the
// facts extracted from them (entities, claims, figures, disputes), and the
// parsing and extraction that produce them.
//
// The root holds what is not one extractor's own: reading files into
// Articles (parse.go, with the paragraph kinds of paragraphs.go; corpus.go
// scans a corpus folder), the search and answer types (search.go), the
// errors, QuestionTerms, and Extract, which runs the extractors in order.
// Each extractor is a package of its own, with its own lexicon tables:
//
//	knowledge/article    Article, Paragraph and Kind: what every extractor reads
//	knowledge/lexicon    the loader of the plain-text lexicon tables
//	knowledge/text       the language layer: tokens, sentences, the parse
//	knowledge/entities   people, organisations, places and groups
//	knowledge/claims     who said what, their speakers, and the disputes between claims
//	knowledge/figures    numbers with what they count and who gives them
//	knowledge            parsing, Extract, the domain types
//
// Dependencies point one way: a package imports only those above it in that
// list. figures reads the entities and the claims, claims reads the
// entities, and no extractor imports this package. Here the facts keep their domain names as aliases
// (knowledge.Entity is entities.Entity, knowledge.Article is
// article.Article), so that index, bot and cmd need not know the packages.
// ExtractorVersion hashes every package's tables, so that an index
// re-extracts its articles when any table changes.
//
// Nothing under knowledge imports a search engine or a chat transport: the
// index and bot packages build on it.
package knowledge
