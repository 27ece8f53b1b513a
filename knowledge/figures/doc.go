// Package figures finds the numbers of an article: Extract returns its
// Figures, each with its value or range, qualifier ("more than"), kind
// (count, money, percent, measure, ordinal, date, vague), unit or currency,
// what it counts, whether it is a change or one of the two levels of one,
// who gives it, and byte offsets. Figure.Quantity tells the amounts from
// the dates and ordinals, which are kept but not listed as figures.
//
// The parts, in the order they run:
//
//   - view.go reads the shared tokens of knowledge/text as the scanner needs
//     them: a number's value, numbers the tokenizer leaves in pieces ("40
//     000", "12,34,567") made one, a number at the start of a word ("25th",
//     "1990s") split from the rest.
//   - figures.go is Extract and its scanner: at every token that may begin a
//     figure it reads a qualifier, a currency, a number, a unit, a range and
//     a bound.
//   - numbers.go reads the numbers themselves: digits ("8,950", "4.5bn"),
//     number words ("two hundred"), vague amounts ("dozens").
//   - units.go reads what follows a number: currencies, units, rates, coins.
//   - context.go reads what surrounds a figure: whether it is a date or a
//     code, the noun written after it ("64,000 jobs", "40% of households"),
//     whether it is a change, and its source, from "according to X" or from
//     the claims of knowledge/claims.
//   - syntax.go reads the parse of the sentences that hold a figure
//     (text.ParseSentence, only for those): what a figure measures when the
//     words after it do not say ("the threshold was raised to £120,000",
//     "growth of 3.1%", "pushing the yield down to 7.86 pct"), whether a
//     bare "one" counts a noun, and the speaker of the clause that holds it
//     ("analysts said ...").
//   - lexicon.go loads this room's tables from lexicon/*.txt (units,
//     currencies, number words, qualifiers, months, ...).
//   - figure.go declares Figure and the figure kinds.
//
// The package reads the text.Doc of knowledge/text, knowledge/article, the entities of knowledge/entities,
// the claims of knowledge/claims and the table loader in knowledge/lexicon.
package figures
