// Package figures finds the numbers of an article: Extract returns its
// Figures, each with its value or range, qualifier ("more than"), kind
// (count, money, percent, measure, ordinal, date, vague), unit or currency,
// what it counts, whether it is a change, who gives it, and byte offsets.
//
// The parts, in the order they run:
//
//   - tokens.go splits a paragraph into words, numbers and marks with their
//     byte offsets (this room's own tokenizer, until the shared one in
//     knowledge/text replaces it).
//   - figures.go is Extract and its scanner: at every token that may begin a
//     figure it reads a qualifier, a currency, a number, a unit, a range and
//     a bound.
//   - numbers.go reads the numbers themselves: digits ("8,950", "4.5bn"),
//     number words ("two hundred"), vague amounts ("dozens").
//   - units.go reads what follows a number: currencies, units, rates, coins.
//   - context.go reads what surrounds a figure: whether it is a date or a
//     code, the noun it counts, whether it is a change, and its source, from
//     "according to X" or from the claims of knowledge/claims.
//   - lexicon.go loads this room's tables from lexicon/*.txt (units,
//     currencies, number words, qualifiers, months, ...).
//   - figure.go declares Figure and the figure kinds.
//
// The package reads knowledge/article, the entities of knowledge/entities,
// the claims of knowledge/claims and the table loader in knowledge/lexicon.
package figures
