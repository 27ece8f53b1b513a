// Package knowledge is briefbot's domain: articles and their paragraphs, the
// facts extracted from them (entities, claims, figures, disputes), and the
// parsing and extraction that produce them.
//
// It imports the standard library and small text helpers only: no search
// engine and no chat transport. The index and bot packages build on it.
package knowledge
