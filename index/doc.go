// Package index keeps briefbot's articles and facts in a bleve index on
// disk. It is the only package that knows bleve: it builds the mapping,
// indexes articles in batches (incrementally, or rebuilt beside the live
// index and swapped in atomically), and answers searches with highlighted,
// cited snippets.
package index
