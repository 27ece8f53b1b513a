// Package article holds the article model that every extractor reads: an
// Article, its numbered Paragraphs and their Kinds.
//
// It sits below the extractors (knowledge/entities, knowledge/claims,
// knowledge/figures) so that they can read an article without importing the
// knowledge package, which imports them. The knowledge package re-exports
// these types under the same names (knowledge.Article, knowledge.Paragraph,
// knowledge.Kind) and parses files into them.
package article
