// Package lexicon reads the extraction lexicons: plain text tables, one entry
// a line, that a reviewer can read and extend without reading the code. In a
// table '#' starts a comment (at the start of a line or after a space), blank
// lines are ignored, and columns are separated by '|'.
//
// Each package under knowledge embeds its own tables from its own lexicon/
// folder and reads them with Rows and Set: knowledge/entities/lexicon holds
// the entity tables, knowledge/claims/lexicon the claim and dispute tables,
// knowledge/figures/lexicon the figure tables. The .txt files in this folder
// are the root package's own tables (paragraph kinds and question framing);
// knowledge.ExtractorVersion hashes every package's tables.
package lexicon
