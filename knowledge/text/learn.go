package text

import (
	"cmp"
	"errors"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// TrainOptions says how Train trains.
type TrainOptions struct {
	// TagEpochs and ParseEpochs are the passes over the training sentences.
	TagEpochs, ParseEpochs int
	// Folds is the number of parts the training sentences are cut into to
	// give the parser tags as the tagger would predict them (jackknifing):
	// each part is tagged by a tagger trained on the others. Below 2 the
	// parser trains on gold tags.
	Folds int
	// FoldRun, above 1, cuts the training sentences into runs of that many
	// in a row, the runs dealt to the folds in turn, so that the sentences
	// of a document fall mostly in one fold (as a new document's words are
	// unseen); at 0 or 1 the sentences are dealt one by one.
	FoldRun int
	// JackknifeAll gives the parser the tags of both passes of the tagger,
	// jackknifed, rather than those of the first pass.
	JackknifeAll bool
	// Seed fixes the order of the sentences in each pass and the parser's
	// exploration: the same sentences and options give the same model.
	Seed uint64
	// Explore is the probability that the parser, in training, follows its
	// own move rather than the oracle's after the first pass (Goldberg and
	// Nivre's exploration); 0 follows the oracle.
	Explore float64
	// TagRestrict, when above 0, makes the tagger choose a word's class
	// among the classes it takes in the treebanks when it is seen there at
	// least that many times, and among those and the classes of rare words
	// when it is seen less often; at 0 it chooses among all classes.
	TagRestrict int
	// Recheck, when above 0, makes the second pass of the tagger tag again
	// only the words whose class the first pass chose by a margin below it
	// (in the units of the weight table's levels); at 0 it tags all again.
	Recheck int
	// LabelMin is how many times a label must be seen on the arcs between
	// words of two parts of speech (in a direction) for the parser to give
	// it to such an arc.
	LabelMin int
	// MinUpdates keeps a feature out of the model until it has been updated
	// that many times in training: rare features go.
	MinUpdates int
	// Repeat, when set, says how many times each training sentence counts
	// (its place in the list): to weigh one treebank more than another.
	Repeat []int
	// ParserRuns, above 1, trains the parser that many times with
	// different seeds and keeps the mean of their weights.
	ParserRuns int
	// TaggerRuns, above 1, trains each pass of the tagger that many times
	// with different seeds and keeps the mean of their weights.
	TaggerRuns int
	// Repair trains the parser with the non-monotonic Left-Arc of
	// Honnibal, Goldberg and Johnson (2013): a word on the stack given a
	// head by a Right-Arc may be given the next word of the input instead.
	Repair bool
	// ParseBranches and BranchMargin are the selectional branching the
	// model parses with (Model.SetBranching); below 2 it parses greedily.
	ParseBranches, BranchMargin int
	// ParserFeatures, when set, are the parser's templates in place of
	// the ParserFeatures table (to compare feature sets).
	ParserFeatures []string
	// TaggerFeatures, when set, are the tagger's templates in place of
	// the TaggerFeatures table.
	TaggerFeatures []string
	// Log, when set, receives progress lines.
	Log func(format string, args ...any)
	// Report, when set, is called after each pass with the model as trained
	// so far ("tagger" stage: tags and lemmas only; "parser": all of it).
	Report func(stage string, epoch int, m *Model)
}

// Train trains a model on treebank sentences: each paragraph is one
// sentence whose tokens carry the gold POS, Tag, Lemma, Head (an index in
// Tokens, -1 for the root) and Rel.
func Train(sents []Paragraph, opt TrainOptions) (*Model, error) {
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if len(sents) == 0 {
		return nil, errors.New("text: no training sentences")
	}
	// The tagger's passes: the first without the templates that read tags
	// on the right, the second (if any such template) with all.
	tfeats := TaggerFeatures
	if opt.TaggerFeatures != nil {
		tfeats = opt.TaggerFeatures
	}
	var first []string
	for _, f := range tfeats {
		if t, err := parseTaggerTemplates([]string{f}); err != nil {
			return nil, err
		} else if !readsRight(t) {
			first = append(first, f)
		}
	}
	passFeatures := [][]string{first}
	if len(first) < len(tfeats) {
		passFeatures = append(passFeatures, slices.Clone(tfeats))
	}
	ttpls := make([][]template, len(passFeatures))
	for i, fs := range passFeatures {
		ttpls[i], _ = parseTaggerTemplates(fs)
	}
	pfeats := slices.Clone(ParserFeatures)
	if opt.ParserFeatures != nil {
		pfeats = slices.Clone(opt.ParserFeatures)
	}
	if opt.Repair && !slices.Contains(pfeats, optionRepair) {
		pfeats = append(pfeats, optionRepair)
	}
	if opt.ParseBranches > 1 {
		pfeats = append(pfeats, branchOption(opt.ParseBranches, int32(opt.BranchMargin)))
	}
	m := &Model{}
	if err := m.parser.setFeatures(pfeats); err != nil {
		return nil, err
	}

	// The tagger's classes and the gold class of every token.
	classOf, classes := tagClasses(sents)
	if len(classes) > 255 {
		return nil, errors.New("text: more than 255 tag classes")
	}
	m.tagger.classes = classes
	m.tagger.margin = maxMargin
	if opt.Recheck > 0 {
		m.tagger.margin = int32(min(opt.Recheck, maxMargin))
	}
	var sc scratch
	data := make([]tagSent, len(sents))
	for i := range sents {
		toks := sents[i].Tokens
		lx := slices.Clone(sc.lexemes(toks, nil))
		gold := make([]uint16, len(toks))
		for k, t := range toks {
			gold[k] = classOf(t.Tag, t.POS)
		}
		data[i] = tagSent{lx: lx, gold: gold, repeat: 1}
		if i < len(opt.Repeat) {
			data[i].repeat = opt.Repeat[i]
		}
	}
	m.tagger.lexicon, m.tagger.sets, m.tagger.open = tagLexicon(data, opt.TagRestrict)
	m.tagger.index()
	for _, s := range data {
		for i := range s.lx {
			x := &s.lx[i]
			x.amb, x.only, x.set = unknownAmb, -1, m.tagger.open
			if li, ok := m.tagger.lexicon[x.word]; ok {
				x.amb, x.only, x.set, x.common = li.amb, li.only, li.set, li.common
			}
		}
	}
	dictWords := 0
	for _, li := range m.tagger.lexicon {
		if li.only >= 0 {
			dictWords++
		}
	}
	logf("tagger: %d classes, %d words in the lexicon, %d in the tag dictionary, %d classes for a new word", len(classes),
		len(m.tagger.lexicon), dictWords, len(m.tagger.candidates(m.tagger.open)))
	m.lemma = trainLemmatizer(sents, data, classes)
	logf("lemmatizer: %d suffix rules, %d exceptions", len(m.lemma.rules), len(m.lemma.exceptions))

	// Jackknifed first-pass tags, for the parser and the second pass: each
	// fold tagged by a first pass trained on the others.
	predicted := make([][]uint16, len(data))
	foldFirst := make([]*linear, opt.Folds)
	if opt.Folds >= 2 {
		for f := range opt.Folds {
			l := trainTagger(foldTrain(data, opt.Folds, opt.FoldRun, f), &m.tagger, ttpls[0], opt, opt.Seed+uint64(f)+1, nil)
			tg := m.tagger
			foldFirst[f] = buildLinear(len(classes), l.averaged(), false)
			tg.passes = []tagPass{{templates: ttpls[0], weights: foldFirst[f]}}
			tg.margin = maxMargin
			for i := range data {
				if foldOf(i, opt.Folds, opt.FoldRun) == f {
					predicted[i] = slices.Clone(tg.tagSentence(sents[i].Tokens, &sc))
				}
			}
			logf("tagger: fold %d of %d tagged", f+1, opt.Folds)
		}
	} else {
		for i := range data {
			predicted[i] = data[i].gold
		}
	}
	for i := range data {
		data[i].right = predicted[i]
	}
	// The parser's tags: the first pass's, or with JackknifeAll those of
	// both passes, each fold tagged by both passes trained on the others,
	// as the parser will see tags at run time.
	parseTags := predicted
	if opt.Folds >= 2 && opt.JackknifeAll && len(ttpls) > 1 {
		parseTags = make([][]uint16, len(data))
		for f := range opt.Folds {
			l := trainTagger(foldTrain(data, opt.Folds, opt.FoldRun, f), &m.tagger, ttpls[1], opt, opt.Seed+uint64(f)+101, nil)
			tg := m.tagger
			tg.passes = []tagPass{{templates: ttpls[0], weights: foldFirst[f]},
				{templates: ttpls[1], weights: buildLinear(len(classes), l.averaged(), false)}}
			for i := range data {
				if foldOf(i, opt.Folds, opt.FoldRun) == f {
					parseTags[i] = slices.Clone(tg.tagSentence(sents[i].Tokens, &sc))
				}
			}
			logf("tagger: fold %d of %d tagged by both passes", f+1, opt.Folds)
		}
	}
	m.tagger.passes = make([]tagPass, len(ttpls))
	for pi, tpls := range ttpls {
		tp := &m.tagger.passes[pi]
		tp.templates, tp.features = tpls, slices.Clone(passFeatures[pi])
		var report func(int, *learner)
		if pi == len(ttpls)-1 && opt.Report != nil {
			report = func(epoch int, l *learner) {
				tp.weights = buildLinear(len(classes), l.averaged(), true)
				opt.Report("tagger", epoch, m)
			}
		}
		l := trainTagger(data, &m.tagger, tpls, opt, opt.Seed+uint64(pi)*1000, report)
		tp.weights = buildLinear(len(classes), l.averaged(), true)
		if opt.TaggerRuns > 1 {
			runs := []*learner{l}
			for k := 1; k < opt.TaggerRuns; k++ {
				runs = append(runs, trainTagger(data, &m.tagger, tpls, opt, opt.Seed+uint64(pi)*1000+uint64(k)*7919, nil))
			}
			tp.weights = buildLinear(len(classes), mixedRows(runs), true)
			if report != nil {
				opt.Report("tagger", 0, m)
			}
		}
		logf("tagger: pass %d: %d features", pi+1, tp.weights.numFeatures())
	}

	// The parser.
	psents := make([]parseSent, 0, len(sents))
	skipped := 0
	for i := range sents {
		ps, ok := makeParseSent(sents[i].Tokens, data[i].lx, parseTags[i], classes)
		if !ok {
			skipped++
			continue
		}
		ps.repeat = data[i].repeat
		psents = append(psents, ps)
	}
	logf("parser: %d sentences (%d without a single-rooted tree skipped)", len(psents), skipped)
	m.parser.labels = arcLabels(psents, opt.LabelMin)
	var runs []*learner
	var allowed [numMoves]bool
	for k := range max(1, opt.ParserRuns) {
		ro := opt
		ro.Seed = opt.Seed + uint64(k)*7919
		pl, seen := trainParser(psents, &m.parser, ro, func(epoch int, pl *learner, allowed [numMoves]bool) {
			if opt.Report != nil {
				m.parser.weights = buildLinear(numMoves, pl.averaged(), true)
				m.parser.allowed = allowed
				opt.Report("parser", epoch, m)
			}
		})
		runs = append(runs, pl)
		for c, ok := range seen {
			allowed[c] = allowed[c] || ok
		}
	}
	if len(runs) == 1 {
		m.parser.weights = buildLinear(numMoves, runs[0].averaged(), true)
	} else {
		m.parser.weights = buildLinear(numMoves, mixedRows(runs), true)
	}
	m.parser.allowed = allowed
	if len(runs) > 1 && opt.Report != nil {
		opt.Report("parser", 0, m)
	}
	logf("parser: %d features", m.parser.weights.numFeatures())
	return m, nil
}

// mixedRows returns the mean of the averaged weights of several learners
// as rows, quantised, sorted by key (parameter mixing: the runs differ in
// the order of the sentences and the exploration).
func mixedRows(ls []*learner) []row {
	keys := map[uint64]bool{}
	for _, l := range ls {
		for k := range l.index {
			keys[k] = true
		}
	}
	sorted := slices.Sorted(maps.Keys(keys))
	sums := make([][]float64, len(sorted))
	top := 0.0
	for i, k := range sorted {
		sums[i] = make([]float64, ls[0].nclass)
		for _, l := range ls {
			if r, ok := l.index[k]; ok {
				for _, w := range l.rows[r] {
					sums[i][w.class] += l.avg(w) / float64(len(ls))
				}
			}
		}
		for _, v := range sums[i] {
			top = max(top, math.Abs(v))
		}
	}
	var out []row
	for i, k := range sorted {
		var r row
		for c, v := range sums[i] {
			if q := quantise(v, top); q != 0 {
				r.classes = append(r.classes, uint8(c))
				r.codes = append(r.codes, q)
			}
		}
		if len(r.classes) > 0 {
			r.key = k
			out = append(out, r)
		}
	}
	return out
}

// foldTrain returns the sentences of data outside fold f of folds, dealt
// in runs of run sentences (foldOf).
func foldTrain(data []tagSent, folds, run, f int) []tagSent {
	var train []tagSent
	for i := range data {
		if foldOf(i, folds, run) != f {
			train = append(train, data[i])
		}
	}
	return train
}

// foldOf returns the fold of sentence i of folds when the sentences are
// dealt to them in runs of run sentences in a row (1 sentence below 1).
func foldOf(i, folds, run int) int {
	return i / max(run, 1) % folds
}

// tagClasses lists the (English tag, universal tag) pairs of the treebank
// seen at least twice, most frequent first, and maps every pair to a class:
// a rare pair to the most frequent class with its English tag.
func tagClasses(sents []Paragraph) (func(xpos string, pos POS) uint16, []tagClass) {
	counts := map[tagClass]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			counts[tagClass{t.POS, t.Tag}]++
		}
	}
	var classes []tagClass
	for c, n := range counts {
		if n >= 2 {
			classes = append(classes, c)
		}
	}
	slices.SortFunc(classes, func(a, b tagClass) int {
		if d := counts[b] - counts[a]; d != 0 {
			return d
		}
		return cmp.Or(cmp.Compare(a.xpos, b.xpos), cmp.Compare(a.pos, b.pos))
	})
	index := map[tagClass]uint16{}
	byXPOS := map[string]uint16{}
	byPOS := map[POS]uint16{}
	for i, c := range classes {
		index[c] = uint16(i)
		if _, ok := byXPOS[c.xpos]; !ok {
			byXPOS[c.xpos] = uint16(i)
		}
		if _, ok := byPOS[c.pos]; !ok {
			byPOS[c.pos] = uint16(i)
		}
	}
	return func(xpos string, pos POS) uint16 {
		if i, ok := index[tagClass{pos, xpos}]; ok {
			return i
		}
		if i, ok := byXPOS[xpos]; ok {
			return i
		}
		return byPOS[pos]
	}, classes
}

// tagSent is a training sentence of the tagger.
type tagSent struct {
	lx     []lexeme
	gold   []uint16
	right  []uint16 // the tags of a first pass, for the second
	repeat int      // times seen in each pass
}

// tagLexicon lists the words seen at least three times with the classes
// they take in at least 1% of them (their ambiguity class); a word seen at
// least 20 times with one class in at least 97% of them goes in the tag
// dictionary. With restrict above 0 it also gives each word the classes the
// tagger chooses among, as an index in the sets it returns: the classes it
// takes when it is seen at least restrict times, those and the classes of
// new words when it is seen less often. The classes of new words (the set
// it returns for a word not in the lexicon) are those of the words seen
// less than three times, in at least 0.1% of them.
func tagLexicon(data []tagSent, restrict int) (map[uint64]lexInfo, [][]uint8, int32) {
	counts := map[uint64]map[uint16]int{}
	for _, s := range data {
		for i, x := range s.lx {
			c := counts[x.word]
			if c == nil {
				c = map[uint16]int{}
				counts[x.word] = c
			}
			c[s.gold[i]]++
		}
	}
	var sets [][]uint8
	index := map[string]int32{}
	intern := func(set []uint16) int32 {
		slices.Sort(set)
		b := make([]uint8, len(set))
		for i, c := range set {
			b[i] = uint8(c)
		}
		if k, ok := index[string(b)]; ok {
			return k
		}
		k := int32(len(sets))
		index[string(b)] = k
		sets = append(sets, b)
		return k
	}
	open := int32(-1)
	var openSet []uint16
	if restrict > 0 {
		rare := map[uint16]int{}
		total := 0
		for _, c := range counts {
			n := 0
			for _, k := range c {
				n += k
			}
			if n < 3 {
				for class, k := range c {
					rare[class] += k
					total += k
				}
			}
		}
		for class, k := range rare {
			if 1000*k >= total {
				openSet = append(openSet, class)
			}
		}
		open = intern(slices.Clone(openSet))
	}
	lex := map[uint64]lexInfo{}
	// In the order of the words' hashes, so that the sets are numbered
	// the same way in every training.
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		c := counts[w]
		total, best, bestN := 0, uint16(0), -1
		for class, n := range c {
			total += n
			if n > bestN || (n == bestN && class < best) {
				best, bestN = class, n
			}
		}
		if total < 3 {
			continue
		}
		var set []uint16
		for class, n := range c {
			if 100*n >= total {
				set = append(set, class)
			}
		}
		li := lexInfo{amb: ambiguityClass(set), only: -1, set: -1}
		if total >= 20 && float64(bestN) >= 0.97*float64(total) {
			li.only = int32(best)
		}
		seen := slices.Collect(maps.Keys(c))
		switch {
		case restrict <= 0:
		case total >= restrict:
			li.set, li.common = intern(seen), true
		default:
			for _, class := range openSet {
				if !slices.Contains(seen, class) {
					seen = append(seen, class)
				}
			}
			li.set = intern(seen)
		}
		lex[w] = li
	}
	return lex, sets, open
}

// ambiguityClass hashes a set of classes.
func ambiguityClass(set []uint16) uint64 {
	slices.Sort(set)
	h := uint64(0x51ed27)
	for _, c := range set {
		h = mix(h ^ uint64(c+1))
	}
	return h
}

// trainTagger trains the weights of one pass of tg.
func trainTagger(data []tagSent, tg *tagger, tpls []template, opt TrainOptions, seed uint64,
	report func(int, *learner)) *learner {
	nclass := len(tg.classes)
	l := newLearner(nclass, opt.MinUpdates)
	epochs := opt.TagEpochs
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	var order []int
	for i := range data {
		for range max(1, data[i].repeat) {
			order = append(order, i)
		}
	}
	scores := make([]float64, nclass)
	var feats []uint64
	var tags []uint16
	var vals tvalues
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &data[si]
			tags = tags[:0]
			for i := range s.lx {
				if c := s.lx[i].only; c >= 0 {
					tags = append(tags, uint16(c))
					continue
				}
				cands := tg.candidates(s.lx[i].set)
				if len(cands) == 1 {
					tags = append(tags, uint16(cands[0]))
					continue
				}
				tagValues(s.lx, tags, s.right, i, &vals)
				feats = tagFeatures(tpls, &vals, s.lx[i].common, feats[:0])
				l.score(feats, scores)
				guess := -1
				if cands == nil {
					for c, v := range scores {
						if guess < 0 || v > scores[guess] {
							guess = c
						}
					}
				} else {
					for _, c := range cands {
						if guess < 0 || scores[c] > scores[guess] {
							guess = int(c)
						}
					}
				}
				l.tick()
				// A word whose class is not among its candidates teaches
				// nothing the tagger could use.
				if gold := s.gold[i]; cands == nil || slices.Contains(cands, uint8(gold)) {
					l.update(feats, int(gold), guess)
				}
				tags = append(tags, uint16(guess))
			}
		}
		if report != nil {
			report(epoch, l)
		}
	}
	return l
}

// trainLemmatizer learns the suffix rules and the exceptions.
func trainLemmatizer(sents []Paragraph, data []tagSent, classes []tagClass) lemmatizer {
	lm := lemmatizer{rules: map[suffixKey]lemmaRule{}, exceptions: map[exceptionKey]string{}, maxSuffix: 5}
	xi := map[string]uint8{}
	for _, c := range classes {
		if _, ok := xi[c.xpos]; !ok {
			xi[c.xpos] = uint8(len(lm.xpos))
			lm.xpos = append(lm.xpos, c.xpos)
		}
		lm.classXPOS = append(lm.classXPOS, xi[c.xpos])
	}
	// Count the rule each word's lemma follows under each of its suffixes.
	type ruleCount = map[lemmaRule]int
	counts := map[suffixKey]ruleCount{}
	type wordType struct {
		low, lemma string
		x          uint8
	}
	// A rule is counted in tokens, and in word types: one that only one
	// word follows ("Sept." -> "September") is that word's, not a rule.
	types := map[suffixKey]ruleCount{}
	seen := map[wordType]bool{}
	for si, s := range sents {
		for i, t := range s.Tokens {
			low := lowOf(t)
			r := ruleFor(low, strings.ToLower(t.Lemma))
			x := lm.classXPOS[data[si].gold[i]]
			wt := wordType{low, t.Lemma, x}
			newType := !seen[wt]
			seen[wt] = true
			for k := max(1, int(r.strip)); k <= lm.maxSuffix && k < len(low); k++ {
				key := suffixKey{x, low[len(low)-k:]}
				c := counts[key]
				if c == nil {
					c = ruleCount{}
					counts[key] = c
					types[key] = ruleCount{}
				}
				c[r]++
				if newType {
					types[key][r]++
				}
			}
		}
	}
	// Keep a suffix's majority rule when it differs from what its shorter
	// suffixes give.
	keys := slices.SortedFunc(func(yield func(suffixKey) bool) {
		for k := range counts {
			if !yield(k) {
				return
			}
		}
	}, func(a, b suffixKey) int {
		return cmp.Or(cmp.Compare(len(a.suffix), len(b.suffix)), cmp.Compare(a.xpos, b.xpos),
			cmp.Compare(a.suffix, b.suffix))
	})
	for _, k := range keys {
		total, best, bestN := 0, lemmaRule{}, -1
		for r, n := range counts[k] {
			total += n
			if n > bestN || (n == bestN && (r.strip < best.strip || (r.strip == best.strip && r.add < best.add))) {
				best, bestN = r, n
			}
		}
		if types[k][best] < 2 || 2*bestN <= total {
			continue
		}
		parent := lemmaRule{}
		for j := len(k.suffix) - 1; j >= 1; j-- {
			if r, ok := lm.rules[suffixKey{k.xpos, k.suffix[len(k.suffix)-j:]}]; ok {
				parent = r
				break
			}
		}
		if best != parent {
			lm.rules[k] = best
			lm.hasRules[k.xpos] = true
		}
	}
	lm.index()
	// The exceptions: the words whose most frequent lemma the rules miss.
	type wordKey = exceptionKey
	lemmas := map[wordKey]map[string]int{}
	ruleRight := map[wordKey]int{}
	for si, s := range sents {
		for i, t := range s.Tokens {
			k := wordKey{data[si].lx[i].word, data[si].gold[i]}
			c := lemmas[k]
			if c == nil {
				c = map[string]int{}
				lemmas[k] = c
			}
			c[t.Lemma]++
			if got := lm.apply(t, lowOf(t), k.class); got == t.Lemma {
				ruleRight[k]++
			}
		}
	}
	for k, c := range lemmas {
		best, bestN := "", -1
		for s, n := range c {
			if n > bestN || (n == bestN && s < best) {
				best, bestN = s, n
			}
		}
		if ruleRight[k] < bestN {
			lm.exceptions[k] = best
		}
	}
	lm.index()
	return lm
}

// lowOf returns the normalised form of a token.
func lowOf(t Token) string {
	if t.Low != "" {
		return t.Low
	}
	return string(normalise(t.Text, nil))
}

// ruleFor returns the rule that rewrites low into lemma.
func ruleFor(low, lemma string) lemmaRule {
	p := 0
	for p < len(low) && p < len(lemma) && low[p] == lemma[p] {
		p++
	}
	if len(low)-p > 255 {
		return lemmaRule{}
	}
	return lemmaRule{strip: uint8(len(low) - p), add: lemma[p:]}
}

// apply returns the lemma the rules alone give a token.
func (lm *lemmatizer) apply(t Token, low string, class uint16) string {
	base := low
	if t.POS == PROPN {
		base = t.Text
	}
	r, ok := lm.rule(low, class)
	if !ok || int(r.strip) > len(base) {
		return base
	}
	return base[:len(base)-int(r.strip)] + r.add
}

// parseSent is a training sentence of the parser: word and tag values, the
// gold heads (the root's head is n) of its projective tree, and labels.
type parseSent struct {
	w, t   []uint64
	p      []POS
	gh     []int32
	gr     []Rel
	repeat int // times seen in each pass
}

// makeParseSent prepares a sentence for the parser, lifting the arcs that
// cross others until the tree is projective. It fails on a sentence
// without exactly one root.
func makeParseSent(toks []Token, lx []lexeme, tags []uint16, classes []tagClass) (parseSent, bool) {
	n := len(toks)
	ps := parseSent{w: make([]uint64, n), t: make([]uint64, n), p: make([]POS, n), gh: make([]int32, n),
		gr: make([]Rel, n)}
	roots := 0
	for i, t := range toks {
		ps.w[i] = lx[i].word
		ps.t[i] = uint64(tags[i]) + 1
		ps.p[i] = classes[tags[i]].pos
		ps.gr[i] = t.Rel
		switch {
		case t.Head < 0:
			ps.gh[i] = int32(n)
			ps.gr[i] = RelRoot
			roots++
		case t.Head < n && t.Head != i:
			ps.gh[i] = int32(t.Head)
		default:
			return ps, false
		}
	}
	if roots != 1 || !acyclic(ps.gh) {
		return ps, false
	}
	projectivise(ps.gh)
	return ps, true
}

func acyclic(gh []int32) bool {
	n := int32(len(gh))
	for i := range gh {
		k, steps := int32(i), 0
		for k != n {
			k = gh[k]
			if steps++; steps > len(gh) {
				return false
			}
		}
	}
	return true
}

// projectivise lifts the shortest non-projective arc to the head's head
// until none is left (the label stays).
func projectivise(gh []int32) {
	n := int32(len(gh))
	dominates := func(h, k int32) bool {
		for k != n {
			if k == h {
				return true
			}
			k = gh[k]
		}
		return h == n
	}
	for {
		worst, worstLen := int32(-1), int32(1<<30)
		for d := range int32(n) {
			h := gh[d]
			lo, hi := min(h, d), max(h, d)
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, k) {
					if hi-lo < worstLen {
						worst, worstLen = d, hi-lo
					}
					break
				}
			}
		}
		if worst < 0 {
			return
		}
		gh[worst] = gh[gh[worst]]
	}
}

// arcLabels returns the labels seen on at least min arcs of data between
// words of each pair of parts of speech (see parser.labels).
func arcLabels(data []parseSent, min int) [2][numPOS][numPOS]uint64 {
	var counts [2][numPOS][numPOS][numRel]int
	for _, ps := range data {
		n := int32(len(ps.gh))
		for d, h := range ps.gh {
			if h == n {
				continue
			}
			dir := 0
			if int32(d) > h {
				dir = 1
			}
			counts[dir][ps.p[h]][ps.p[d]][ps.gr[d]] += max(1, ps.repeat)
		}
	}
	var labels [2][numPOS][numPOS]uint64
	for dir := range counts {
		for h := range counts[dir] {
			for d := range counts[dir][h] {
				for r, n := range counts[dir][h][d] {
					if n > 0 && n >= min {
						labels[dir][h][d] |= 1 << r
					}
				}
			}
		}
	}
	return labels
}

// trainParser trains the weights of pr with the dynamic oracle, choosing
// among the moves pr.moves gives (the labels of pr.labels): it returns the
// learner and the moves made.
func trainParser(data []parseSent, pr *parser, opt TrainOptions,
	report func(int, *learner, [numMoves]bool)) (*learner, [numMoves]bool) {
	l := newLearner(numMoves, opt.MinUpdates)
	var seen [numMoves]bool
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a85))
	var order []int
	for i := range data {
		for range max(1, data[i].repeat) {
			order = append(order, i)
		}
	}
	// Every move may be made in training; those never made are left out
	// after it.
	free := parser{labels: pr.labels, repair: pr.repair}
	for m := range free.allowed {
		free.allowed[m] = true
	}
	var s pstate
	var vals pvalues
	var feats []uint64
	var inStack []bool
	var cands []uint8
	scores := make([]float64, numMoves)
	costs := make([]int, numMoves)
	for epoch := 1; epoch <= opt.ParseEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			ps := &data[si]
			n := len(ps.w)
			s.reset(n)
			s.repair = pr.repair
			copy(s.w, ps.w)
			copy(s.t, ps.t)
			copy(s.p, ps.p)
			s.count()
			inStack = grow(inStack, n+1)
			clear(inStack)
			for !s.done() {
				m := s.only()
				if m < 0 {
					cands = free.moves(&s, cands[:0])
					m = int(cands[0])
				} else {
					cands = cands[:0]
				}
				if len(cands) > 1 {
					s.values(&vals)
					feats = features(pr.templates, &vals, feats[:0])
					l.score(feats, scores)
					oracleCosts(&s, ps, inStack, costs)
					guess, gold := -1, -1
					for _, c := range cands {
						if guess < 0 || scores[c] > scores[guess] {
							guess = int(c)
						}
						if gold < 0 || costs[c] < costs[gold] || (costs[c] == costs[gold] && scores[c] > scores[gold]) {
							gold = int(c)
						}
					}
					l.tick()
					total++
					if costs[guess] > costs[gold] {
						l.update(feats, gold, guess)
					} else {
						right++
					}
					seen[gold] = true
					m = gold
					if epoch > 1 && rng.Float64() < opt.Explore {
						m = guess
					}
				}
				switch {
				case m == moveShift || m >= moveRight:
					inStack[s.b] = true
				default:
					inStack[s.s0()] = false
				}
				s.apply(m)
			}
		}
		if opt.Log != nil {
			opt.Log("parser: pass %d: %.2f%% of the moves right in training", epoch, 100*float64(right)/float64(max(total, 1)))
		}
		if report != nil {
			report(epoch, l, seen)
		}
	}
	return l, seen
}

// oracleCosts sets costs[m] to the number of gold arcs that move m makes
// unreachable, or -1 when m cannot be made (Goldberg and Nivre 2013, the
// arc-eager system; a wrong label on a gold arc costs one). With s.repair
// (the non-monotonic Left-Arc), a word with a wrong head can still be given
// its gold head while that is in the input and the word on the stack; but a
// Right-Arc giving a wrong head costs one all the same, so that the parser
// learns to repair its errors, not to make them (the costs then count an
// arc lost and repaired: they are exact without repair only).
func oracleCosts(s *pstate, ps *parseSent, inStack []bool, costs []int) {
	for c := range costs {
		costs[c] = -1
	}
	s0, b, n := s.s0(), s.b, s.n
	// The gold dependents of s0 still in the input, and the words on the
	// stack whose gold head is b that can still be given it.
	s0deps, bdeps := 0, 0
	if s0 >= 0 {
		for k := b; k < n; k++ {
			if ps.gh[k] == s0 {
				s0deps++
			}
		}
	}
	for _, k := range s.stack {
		if ps.gh[k] == b && (s.head[k] < 0 || s.repair) {
			bdeps++
		}
	}
	// reachable reports whether the gold head of word k, on the stack with
	// a wrong head, can still be given to it: in the input, not the root.
	repairable := func(k int32) bool {
		g := ps.gh[k]
		return s.repair && s.head[k] != g && b <= g && g < n
	}
	if b < n {
		c := bdeps
		if inStack[ps.gh[b]] {
			c++
		}
		costs[moveShift] = c
	}
	if s0 < 0 {
		return
	}
	if s.head[s0] >= 0 {
		c := s0deps
		if repairable(s0) {
			c++
		}
		costs[moveReduce] = c
		if s.repair && b < n {
			c := s0deps
			// The arc it takes away, if right, or the gold head further on.
			if g := ps.gh[s0]; (s.head[s0] == g && s.rel[s0] == ps.gr[s0]) || (b < g && g < n) {
				c++
			}
			labelCosts(s, ps, costs, moveLeft, s0, b, c)
		}
	} else {
		c := s0deps
		if ps.gh[s0] > b {
			c++
		}
		labelCosts(s, ps, costs, moveLeft, s0, b, c)
	}
	if b < n {
		c := bdeps
		// A wrong head given to b costs one even when a repair could
		// replace it: the oracle does not teach to err and repair.
		if g := ps.gh[b]; g != s0 && (inStack[g] || g > b) {
			c++
		}
		labelCosts(s, ps, costs, moveRight, b, s0, c)
	}
}

// labelCosts sets the costs of the arcs from h to d, moves first+label
// that can be made, to c, one more for a wrong label on the gold arc.
func labelCosts(s *pstate, ps *parseSent, costs []int, first int, d, h int32, c int) {
	for r := range int(numRel) {
		m := first + r
		if !s.valid(m) {
			continue
		}
		costs[m] = c
		if ps.gh[d] == h && Rel(r) != ps.gr[d] {
			costs[m]++
		}
	}
}
