package entities

import (
	"embed"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// The entity lexicon tables are plain text files under lexicon/, one entry a
// line, read with package lexicon.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

var lexiconTables = lexicon.Dir(lexiconFiles, "lexicon")

// Lexicon returns the entity tables, one file per table, so that
// knowledge.ExtractorVersion changes when any of them does.
func Lexicon() fs.FS { return lexiconTables }

func lexiconRows(name string) [][]string { return lexicon.Rows(lexiconTables, name) }

func lexiconSet(name string) map[string]bool { return lexicon.Set(lexiconTables, name) }

// knownName is an entry of the gazetteers: a place or a well-known
// organisation, under its canonical name.
type knownName struct {
	name string
	typ  string
	kind string // a place's kind: "country", "city", "region", "state"
}

// entityCue is a word next to a name that tells what the name is: "in"
// before a place, "said" after a person.
type entityCue struct {
	typ    string
	weight int
}

// entityLexicon holds the tables of entity extraction, loaded once.
type entityLexicon struct {
	titles     map[string]string // lower-cased title phrase, dots dropped -> kind
	gender     map[string]string // title -> "male" or "female", for the titles that say
	regnal     map[string]bool   // titles a royal is named by with a given name alone
	surnamed   map[string]bool   // honorifics written before a surname alone: "Mr", "Dr"
	titleMax   int               // longest title in words
	titleFirst map[string]bool   // first words of the titles of two words or more
	// lowerMod holds the modifiers that, written in lower case right
	// before a capitalised office, still belong to it ("former Prime
	// Minister X", "shadow Chancellor Y"): the titles' fourth column
	// "lower".
	lowerMod map[string]bool
	// lowerRole holds the honorifics the titles also list as lower-case
	// jobs, with the fourth column "lower" ("Professor X", but "a
	// professor at Y", "law professor Z").
	lowerRole map[string]bool
	// portfolio holds the words that name what a minister or secretary is
	// in charge of, read from the titles ("Energy Minister", "Home
	// Secretary"): before any office they belong to it ("Energy
	// Commissioner"), and name no organisation.
	portfolio       map[string]bool
	given           map[string]bool // given names
	known           map[string]knownName
	knownMax        int
	knownFirst      map[string]bool   // first words of the gazetteer names of two words or more
	orgHeads        map[string]bool   // words that make a name an organisation
	orgAlone        map[string]bool   // organisation heads that name one alone: "the Coalition", "Navy"
	placeFirst      map[string]bool   // "Mount", "Camp": a place name's first word
	placeFirstThe   map[string]bool   // "River": a place name's first word after "the" only ("River Phoenix" is a person)
	placeLast       map[string]bool   // "Province", "Dam": a place name's last word
	thingWords      map[string]bool   // "social", "golden": first words of names that are no person's
	events          map[string]bool   // "election", "war": nouns of events a name before them names
	eventMods       map[string]bool   // "general", "presidential": between the name and the event noun
	objectVerbs     map[string]string // "play" -> thing: verbs whose object a name's type follows
	placeParts      map[string]bool   // "square", "outskirts": parts of a place its name owns
	kinds           map[string]string // "firm" -> organization, "film" -> thing: nouns that say what a name names
	kindsAfter      map[string]string // "exchange", "team": kind nouns that type the name right before them
	partyNouns      map[string]bool   // "leader", "mps": nouns a party's name modifies
	personalRoles   map[string]bool   // "lawyer", "wife": roles held for people as for firms
	before          map[string]entityCue
	after           map[string]entityCue
	notNames        map[string]bool
	notAcronym      map[string]bool   // "IED", "GMT": capitals that name no entity
	notEntity       map[string]string // "Operation" first, "Treaty" last, "Windows" both: names of no entity
	institution     map[string]bool   // group heads that make "Iraqi security forces" an organisation
	common          map[string]bool   // words of all the tables: a name made of them is no person\'s
	demAdj          map[string]string // "syrian" -> "Syria"
	demPlural       map[string]string // "syrians" -> "Syria"
	demNoun         map[string]bool   // "texan", "briton": demonyms that name a person
	groupHeads      map[string]bool
	groupMods       map[string]bool
	particles       map[string]bool      // particles that may stand alone: "al", "bin", "von"
	targetNouns     map[string]bool      // "a tackle on X": X is the target, not a channel
	legal           map[string]bool      // legal forms that end a firm's name, as keys: "inc", "ltd"
	legalGoesOn     map[string]bool      // those a firm's name may go on after with "of": "co", "corp"
	stateWords      map[string]stateRole // lemmas that make a country's name its state's: "condemn", "forces"
	hyphenParticles map[string]bool      // all particles, also "as" in "as-Sisi"
	sportWords      map[string]bool      // words of team sport: "goal", "coach"
	sideWords       map[string]bool      // a side's members and posts: "coach", "striker"
	groundWords     map[string]bool      // last words of a ground's name: "park", "stadium"
	dealWords       map[string]bool      // a player's move between sides, before "to" or "from": "move", "interest"
	sideBefore      map[string]bool      // a side named after it: "English side Gloucester", "Scottish club Hearts"
	workTrades      map[string]bool      // trades of works: "author", "actress"
	screenTrades    map[string]bool      // trades of works in an article about the screen: "director"
	screenWords     map[string]bool      // words that say an article is about the screen: "film"
	toBefore        map[string]bool      // "is", "set": words that make the "to" after them an infinitive's
	roleVerbs       map[string]bool      // "star", "coach": role words that are also verbs done to a person
}

// foldTable maps accented letters to what they fold to in entity keys.
var foldTable = sync.OnceValue(func() map[rune]string {
	fold := map[rune]string{}
	for _, row := range lexiconRows("fold") {
		if len(row) >= 2 {
			for _, r := range row[0] {
				fold[r] = row[1]
			}
		}
	}
	return fold
})

var entityLex = sync.OnceValue(loadEntityLexicon)

func loadEntityLexicon() *entityLexicon {
	lx := &entityLexicon{
		titles: map[string]string{}, lowerMod: map[string]bool{}, lowerRole: map[string]bool{}, gender: map[string]string{}, regnal: map[string]bool{}, surnamed: map[string]bool{}, titleFirst: map[string]bool{}, portfolio: map[string]bool{}, known: map[string]knownName{}, knownFirst: map[string]bool{},
		placeFirst: map[string]bool{}, placeFirstThe: map[string]bool{}, placeLast: map[string]bool{},
		before: map[string]entityCue{}, after: map[string]entityCue{},
		demAdj: map[string]string{}, demPlural: map[string]string{},
		groupHeads: map[string]bool{}, groupMods: map[string]bool{},
	}
	for _, row := range lexiconRows("titles") {
		kind := "office"
		if len(row) >= 2 && row[1] != "" {
			kind = row[1]
		}
		key := titleKey(row[0])
		if old := lx.titles[key]; old != "" && old != "role" && kind == "role" {
			if old == "honorific" && len(row) >= 4 && row[3] == "lower" {
				lx.lowerRole[key] = true
			}
			kind = old // "Commander" before a name stays an office
		}
		lx.titles[key] = kind
		if len(row) >= 3 && (row[2] == GenderMale || row[2] == GenderFemale) {
			lx.gender[key] = row[2]
		}
		if len(row) >= 4 && row[3] == "regnal" {
			lx.regnal[key] = true
		}
		if len(row) >= 4 && row[3] == "surname" {
			lx.surnamed[key] = true
		}
		if len(row) >= 4 && row[3] == "lower" && kind == "modifier" {
			lx.lowerMod[key] = true
		}
		if f := strings.Fields(key); len(f) > 1 {
			lx.titleFirst[f[0]] = true
			lx.titleMax = max(lx.titleMax, len(f))
			if len(f) == 2 && kind == "office" && (f[1] == "minister" || f[1] == "secretary") {
				lx.portfolio[f[0]] = true
			}
		}
	}
	// A title's own words ("Prime", "Chief", "Shadow") are no portfolio.
	for w := range lx.portfolio {
		if lx.titles[w] != "" || w == "prime" {
			delete(lx.portfolio, w)
		}
	}
	lx.given = lexiconSet("given_names")
	lx.orgHeads, lx.orgAlone, lx.legal, lx.legalGoesOn = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("org_heads") {
		w := strings.ToLower(row[0])
		lx.orgHeads[w] = true
		if len(row) < 2 || row[1] != "part" {
			lx.orgAlone[w] = true
		}
		if len(row) >= 3 && row[2] == "legal" {
			lx.legal[EntityKeyWord(w)] = true
			if len(row) >= 4 && row[3] == "goes on" {
				lx.legalGoesOn[EntityKeyWord(w)] = true
			}
		}
	}
	lx.notNames, lx.notAcronym = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("not_names") {
		if strings.ToUpper(row[0]) == row[0] && strings.ToLower(row[0]) != row[0] {
			lx.notAcronym[strings.ToLower(row[0])] = true
		} else {
			w := strings.ToLower(row[0])
			if strings.HasSuffix(w, ".") && len(w) > 1 {
				w = strings.TrimSuffix(w, ".")
			}
			lx.notNames[w] = true
		}
	}
	lx.notEntity = map[string]string{}
	for _, row := range lexiconRows("not_entities") {
		if len(row) >= 2 {
			// a word that may stand first or last ("Windows XP", "Microsoft
			// Windows") is written on two rows
			w := strings.ToLower(row[0])
			if prev := lx.notEntity[w]; prev != "" && prev != row[1] {
				row[1] = "both"
			}
			lx.notEntity[w] = row[1]
		}
	}
	lx.institution = map[string]bool{}
	lx.particles, lx.hyphenParticles = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("particles") {
		lx.hyphenParticles[strings.ToLower(row[0])] = true
		if len(row) < 2 || row[1] != "hyphen" {
			lx.particles[strings.ToLower(row[0])] = true
		}
	}
	addKnown := func(table, typ string) {
		for _, row := range lexiconRows(table) {
			name := row[0]
			forms := []string{name}
			if len(row) >= 3 {
				for _, a := range strings.Split(row[2], ";") {
					if a = strings.TrimSpace(a); a != "" {
						forms = append(forms, a)
					}
				}
			}
			t := typ
			if typ == "" && len(row) >= 2 {
				t = row[1]
			}
			if voteIndex(t) < 0 {
				continue // a row with no known type is skipped, never a panic
			}
			for _, f := range forms {
				k := EntityKey(f)
				if k == "" {
					continue
				}
				if _, dup := lx.known[k]; !dup {
					kn := knownName{name: name, typ: t}
					if typ == EntityPlace && len(row) >= 2 {
						kn.kind = strings.TrimSpace(row[1])
					}
					lx.known[k] = kn
				}
				if n := len(strings.Fields(k)); n > lx.knownMax {
					lx.knownMax = n
				}
				if i := strings.IndexByte(k, ' '); i > 0 {
					lx.knownFirst[k[:i]] = true
				}
			}
		}
	}
	addKnown("places", EntityPlace)
	addKnown("organizations", "")
	for _, row := range lexiconRows("place_heads") {
		if len(row) >= 2 && row[1] == "first" {
			lx.placeFirst[strings.ToLower(row[0])] = true
			if len(row) >= 3 && row[2] == "after the" {
				lx.placeFirstThe[strings.ToLower(row[0])] = true
			}
		} else {
			lx.placeLast[strings.ToLower(row[0])] = true
		}
	}
	for _, row := range lexiconRows("entity_cues") {
		if len(row) < 3 {
			continue
		}
		w := 1
		if len(row) >= 4 && row[3] >= "2" && row[3] <= "9" && len(row[3]) == 1 {
			w = int(row[3][0] - '0')
		}
		if voteIndex(row[2]) < 0 {
			continue
		}
		cue := entityCue{typ: row[2], weight: w}
		if row[1] == "before" {
			lx.before[strings.ToLower(row[0])] = cue
		} else {
			lx.after[strings.ToLower(row[0])] = cue
		}
	}
	lx.thingWords = lexiconSet("thing_words")
	lx.workTrades, lx.screenTrades = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("work_trades") {
		if len(row) > 1 && row[1] == "screen" {
			lx.screenTrades[strings.ToLower(row[0])] = true
		} else {
			lx.workTrades[strings.ToLower(row[0])] = true
		}
	}
	lx.screenWords = lexiconSet("screen_words")
	lx.toBefore, lx.roleVerbs = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("infinitive_to") {
		if len(row) >= 2 && row[1] == "before" {
			lx.toBefore[strings.ToLower(row[0])] = true
		} else if len(row) >= 2 && row[1] == "verb" {
			lx.roleVerbs[strings.ToLower(row[0])] = true
		}
	}
	lx.sportWords, lx.sideWords, lx.groundWords, lx.dealWords, lx.sideBefore = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("sport_words") {
		w, kind := strings.ToLower(row[0]), ""
		if len(row) > 1 {
			kind = row[1]
		}
		switch kind {
		case "ground":
			lx.groundWords[w] = true
		case "deal":
			lx.dealWords[w] = true
		case "before":
			lx.sideBefore[w] = true
		case "side":
			lx.sideWords[w] = true
			lx.sportWords[w] = true
		case "post":
			lx.sideWords[w] = true
		default:
			lx.sportWords[w] = true
		}
	}
	lx.placeParts = lexiconSet("place_parts")
	lx.partyNouns = lexiconSet("party_nouns")
	lx.personalRoles = lexiconSet("personal_roles")
	lx.targetNouns = lexiconSet("target_nouns")
	lx.events, lx.eventMods = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("events") {
		if len(row) >= 2 && row[1] == "modifier" {
			lx.eventMods[strings.ToLower(row[0])] = true
		} else {
			lx.events[strings.ToLower(row[0])] = true
		}
	}
	lx.objectVerbs = map[string]string{}
	for _, row := range lexiconRows("object_verbs") {
		if len(row) >= 2 && voteIndex(row[1]) >= 0 {
			lx.objectVerbs[strings.ToLower(row[0])] = row[1]
		}
	}
	lx.kinds = map[string]string{}
	lx.kindsAfter = map[string]string{}
	for _, row := range lexiconRows("kinds") {
		if len(row) >= 2 && voteIndex(row[1]) >= 0 {
			if len(row) >= 3 && (row[2] == "after" || row[2] == "only after") {
				lx.kindsAfter[strings.ToLower(row[0])] = row[1]
			}
			if len(row) < 3 || row[2] != "only after" {
				lx.kinds[strings.ToLower(row[0])] = row[1]
			}
		}
	}
	lx.demNoun = map[string]bool{}
	for _, row := range lexiconRows("demonyms") {
		if len(row) < 3 {
			continue
		}
		plurals := ";" + strings.ToLower(strings.ReplaceAll(row[1], " ", "")) + ";"
		for _, a := range strings.Split(row[0], ";") {
			a = strings.ToLower(strings.TrimSpace(a))
			lx.demAdj[a] = row[2]
			// "Texan", "Briton", "Frenchman": a word for a person as well.
			if strings.Contains(plurals, ";"+a+"s;") || strings.HasSuffix(a, "man") || strings.HasSuffix(a, "woman") {
				lx.demNoun[a] = true
			}
		}
		for _, p := range strings.Split(row[1], ";") {
			if p = strings.TrimSpace(p); p != "" {
				lx.demPlural[strings.ToLower(p)] = row[2]
			}
		}
	}
	for _, row := range lexiconRows("groups") {
		switch {
		case len(row) >= 2 && row[1] == "modifier":
			lx.groupMods[strings.ToLower(row[0])] = true
		case len(row) >= 2 && row[1] == "institution":
			lx.institution[strings.ToLower(row[0])] = true
			lx.groupHeads[strings.ToLower(row[0])] = true
		default:
			lx.groupHeads[strings.ToLower(row[0])] = true
		}
	}
	lx.stateWords = map[string]stateRole{}
	for _, row := range lexiconRows("state_words") {
		if len(row) >= 2 {
			lx.stateWords[strings.ToLower(row[0])] |= stateRoleNamed(row[1])
		}
	}
	lx.common = map[string]bool{}
	for _, set := range []map[string]bool{lx.orgHeads, lx.placeFirst, lx.placeLast, lx.groupHeads, lx.groupMods, lx.notNames} {
		for w := range set {
			lx.common[w] = true
		}
	}
	for _, set := range []map[string]string{lx.titles, lx.notEntity} {
		for w := range set {
			if !strings.Contains(w, " ") {
				lx.common[w] = true
			}
		}
	}
	for w := range lx.before {
		lx.common[w] = true
	}
	for w := range lx.after {
		lx.common[w] = true
	}
	return lx
}

// titleKey is how titles are compared: lower-case, full stops dropped, and an
// "-elect" or "-designate" suffix left off.
func titleKey(s string) string {
	simple := !strings.HasSuffix(s, "-designate") && !strings.HasSuffix(s, "-elect")
	for i := 0; i < len(s) && simple; i++ {
		c := s[i]
		simple = !(c == '.' || c == ' ' || c >= 'A' && c <= 'Z' || c >= 0x80)
	}
	if simple {
		return s
	}
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	var b strings.Builder
	for i, w := range strings.Fields(s) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "-designate"), "-elect")
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// EntityKeyWord is EntityKey for one lower-case word, without allocating
// when the word needs no change.
func EntityKeyWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return EntityKey(w)
		}
	}
	return w
}

// EntityKey is the key under which an entity's name is compared, within an
// article and across articles: lower-case, accents folded, a leading "the"
// dropped, dots and apostrophes removed and other punctuation read as space,
// so that "Ahmed al-Sharaa" and "Ahmed al Sharaa" agree and "U.S." is "us".
func EntityKey(name string) string {
	fold := foldTable()
	var b strings.Builder
	b.Grow(len(name))
	space := true // no leading space
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRuneInString(name[i:])
		i += n
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			space = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			space = false
		case r == '.' || r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '\u00ad' || unicode.Is(unicode.Mn, r):
			// dropped: "U.S." is "us", "O'Brien" is "obrien", and a
			// combining accent ("e" + U+0301) leaves its letter bare
		case r < utf8.RuneSelf || r == utf8.RuneError:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			if f, ok := fold[r]; ok {
				b.WriteString(f)
				space = false
				continue
			}
			lr := []rune(strings.ToLower(string(r)))
			if len(lr) == 1 && isLetterOrDigit(lr[0]) {
				if f, ok := fold[lr[0]]; ok {
					b.WriteString(f)
				} else {
					b.WriteRune(lr[0])
				}
				space = false
			} else if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	k := strings.TrimSuffix(b.String(), " ")
	k = strings.TrimPrefix(k, "the ")
	return k
}

// notEntityAt tells whether the lower-case word w, standing where (first or
// last) in a name, makes it the name of no entity.
func (lx *entityLexicon) notEntityAt(w, where string) bool {
	at := lx.notEntity[w]
	return at == where || at == "both"
}
