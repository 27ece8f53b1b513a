package text

// CommonWord tells a word (lower-cased) that the treebanks hold often
// enough for the tagger's lexicon and never as a proper noun: "garden",
// "broken", "real", not "john" or "france". It panics if the binary has no
// model (see Default).
func CommonWord(low string) bool { return mustDefault().tagger.common(low) }

// common tells a word of the lexicon none of whose classes is a proper
// noun's.
func (tg *tagger) common(low string) bool {
	info, ok := tg.words.get(fnv(low))
	if !ok || info.set < 0 || int(info.set) >= len(tg.sets) {
		return false
	}
	for _, c := range tg.sets[info.set] {
		if int(c) < len(tg.classes) && tg.classes[c].pos == PROPN {
			return false
		}
	}
	return true
}
