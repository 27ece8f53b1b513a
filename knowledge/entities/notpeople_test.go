package entities_test

import (
	"slices"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// ptbTagged is tagged with English (Penn Treebank) tags as well: the words
// listed get the tag and its part of speech, the others what tagged gives.
func ptbTagged(a *Article, ptb map[string]string, lemmas map[string]string) *text.Doc {
	pos := map[string]text.POS{}
	for w, tag := range ptb {
		pos[w] = ptbPOS[tag]
	}
	doc := tagged(a, pos, lemmas)
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		for k := range p.Tokens {
			if tag, ok := ptb[p.Tokens[k].Text]; ok {
				p.Tokens[k].Tag = tag
			}
		}
	}
	return doc
}

var ptbPOS = map[string]text.POS{
	"NN": text.NOUN, "NNS": text.NOUN, "NNP": text.PROPN, "NNPS": text.PROPN, "VBD": text.VERB, "VBZ": text.VERB, "VB": text.VERB,
	"VBN": text.VERB, "DT": text.DET, "RB": text.ADV, "JJ": text.ADJ, "IN": text.ADP, "CC": text.CCONJ, "PRP": text.PRON, "PRP$": text.PRON,
	"VBP": text.AUX, "MD": text.AUX,
}

// TestNotPeople checks the classes of names that are no people's, each on
// sentences written for it: a name shown as a person it is not does more
// harm than a name left out.
func TestNotPeople(t *testing.T) {
	tests := []struct {
		name      string
		body      []string
		ptb       map[string]string // words' tags; nil reads the article with the tagger
		lemmas    map[string]string
		want      []want
		notPerson []string // names that may be entities, but no people
	}{
		{
			name:      "a plural trade before one name is a firm of that trade",
			body:      []string{"The regulator said external auditors Marcus Pellew had signed the accounts, and that sprinters Ana Lind and Bea Soto were cleared."},
			ptb:       map[string]string{"auditors": "NNS", "sprinters": "NNS", "external": "JJ", "said": "VBD", "had": "VBD", "signed": "VBN", "were": "VBD", "cleared": "VBN"},
			want:      []want{{name: "Ana Lind", typ: entities.EntityPerson}, {name: "Bea Soto", typ: entities.EntityPerson}},
			notPerson: []string{"Marcus Pellew"},
		},
		{
			name: "a plural noun read after a name is a verb, not a trade",
			body: []string{"Torvan Quiles beats Andy Merrow in three sets."},
			ptb:  map[string]string{"beats": "NNS", "in": "IN", "three": "CD", "sets": "NNS"},
			want: []want{{name: "Andy Merrow", typ: entities.EntityPerson}},
		},
		{
			name:   "a plural that names no trade before a name, or a verb misread as a plural after it, changes nothing",
			body:   []string{"Lars Vogel left in May. Nell Ardo will inherit the same problems Vogel had.", "Cardiff back Rhun Tallis steps up in place of Vogel."},
			ptb:    map[string]string{"problems": "NNS", "steps": "NNS", "back": "NN", "had": "VBD", "inherit": "VB", "will": "MD", "same": "JJ", "up": "RP", "in": "IN", "place": "NN", "of": "IN"},
			lemmas: map[string]string{"problems": "problem", "steps": "step"},
			want:   []want{{name: "Lars Vogel", typ: entities.EntityPerson}, {name: "Rhun Tallis", typ: entities.EntityPerson}},
		},
		{
			name:      "a name joined by an ampersand is a firm's",
			body:      []string{"The board called in administrators Dale Rennick & Partners on Friday."},
			want:      []want{{name: "Dale Rennick & Partners", typ: entities.EntityOrganization}},
			notPerson: []string{"Dale Rennick & Partners", "Dale Rennick"},
		},
		{
			name:      "what owns a person named in full is a band or a club; the common word after a given name is a surname",
			body:      []string{"He toured with Velvet Hollow's Jimmy Page in May."},
			want:      []want{{name: "Jimmy Page", typ: entities.EntityPerson}},
			notPerson: []string{"Velvet Hollow", "Jimmy"},
		},
		{
			name:      "a name that only modifies a noun names no one",
			body:      []string{"Corvo Lune film to open in June.", "Marrow Tide box sales rose."},
			ptb:       map[string]string{"film": "NN", "box": "NN", "sales": "NNS", "to": "TO", "open": "VB", "rose": "VBD", "in": "IN", "of": "IN"},
			notPerson: []string{"Corvo Lune", "Marrow Tide"},
		},
		{
			name: "a name listed among bands is a band",
			body: []string{"Critics compared them to The Glass Harps, Violet Engine and The Tin Owls.", "Fans of Kola Pram, Nessa Wild and Tomas Brill came too.",
				"Two seats in the Senate of Norland, Tavi Orro and Mel Quist, are vacant.",
				"The label's artists include KRX, QTV, Ludo Vance and Ashanti."},
			want: []want{{name: "Violet Engine", typ: entities.EntityOrganization}, {name: "Kola Pram", typ: entities.EntityPerson},
				{name: "Tavi Orro", typ: entities.EntityPerson}, {name: "Mel Quist", typ: entities.EntityPerson}, {name: "Ludo Vance", typ: entities.EntityPerson}},
			notPerson: []string{"Violet Engine"},
		},
		{
			name: "a name and its apposition are no list",
			body: []string{"\"It was late,\" said Oren Valdt, Quillon's director of research. Quillon said more."},
			want: []want{{name: "Oren Valdt", typ: entities.EntityPerson}},
		},
		{
			name:      "a given name that a longer name continues founds no one",
			body:      []string{"Ahmed 'Zizo' Farrag apologised. Stars like (Zinedine) Zoubir faced the press."},
			notPerson: []string{"Ahmed", "Zinedine"},
		},
		{
			name:      "a title before a common noun names an event",
			body:      []string{"It will have an impact on the General Election, the spokesman said."},
			notPerson: []string{"Election", "General Election"},
		},
		{
			name:      "a function word capitalised inside a run makes the title of a work",
			body:      []string{"Critics loved A Very Long Winter, and some called it This Is Marrowby."},
			ptb:       map[string]string{"A": "DT", "Very": "RB", "This": "DT", "Is": "VBZ", "loved": "VBD", "called": "VBD", "it": "PRP", "and": "CC", "some": "DT"},
			notPerson: []string{"Long Winter", "Very Long Winter", "Marrowby"},
		},
		{
			name:      "names of places joined by a hyphen, or with a function word, are no one's",
			body:      []string{"Talks on Turkey-EU went well.", "Most buyers pay Cash-On-Delivery there."},
			notPerson: []string{"Turkey-EU", "Cash-On-Delivery"},
		},
		{
			name:      "a people named with a word before it is a group",
			body:      []string{"Figures showed Roma Czechs were stopped more often."},
			notPerson: []string{"Roma Czechs"},
		},
		{
			name:      "a given name read as a verb in the past opens the sentence",
			body:      []string{"Said Wales coach Tam Grell: \"We are ready.\""},
			ptb:       map[string]string{"Said": "VBD", "coach": "NN", "We": "PRP", "are": "VBP", "ready": "JJ"},
			want:      []want{{name: "Tam Grell", typ: entities.EntityPerson}},
			notPerson: []string{"Said Wales", "Said"},
		},
		{
			name:      "the subject of a noun that says what it is, in the parse",
			body:      []string{"Marrow Tide is now the best-selling DVD in the country.", "Glass Orchard was named best animated show on Sunday."},
			notPerson: []string{"Marrow Tide", "Glass Orchard"},
		},
		{
			name:      "the object of a verb of things, adjectives between",
			body:      []string{"Police said the man had been driving a red Zentro Vela before the crash."},
			notPerson: []string{"Zentro Vela"},
		},
		{
			name:      "a name always written after 'the', with an organisation's head, is no person's",
			body:      []string{"The ceremony was held at the Sandra Theater in Boston."},
			notPerson: []string{"Sandra Theater"},
		},
		{
			name: "a name that starts with a firm's one-word name is the firm's",
			body: []string{"Vormann said it would bid for the exchange.", "Vormann Handel investors were unhappy, and Vormann Handel told reporters it would wait."},
			want: []want{{name: "Vormann Handel", typ: entities.EntityOrganization}},
		},
		{
			name:      "one plural after 'the' is a group",
			body:      []string{"It is the latest blow for the Wearsiders, who have been without Tam Orrin."},
			ptb:       map[string]string{"Wearsiders": "NNPS", "latest": "JJS", "blow": "NN", "who": "WP", "have": "VBP", "been": "VBN", "without": "IN", "It": "PRP", "is": "VBZ", "for": "IN"},
			want:      []want{{name: "Tam Orrin", typ: entities.EntityPerson}},
			notPerson: []string{"Wearsiders"},
		},
		{
			name:      "one hyphenated word with nothing of a person's names a firm or a thing",
			body:      []string{"The carmaker is vying with Bauer-Lindt for the title.", "Mr Kallow-Breen said it was fair."},
			want:      []want{{name: "Kallow-Breen", typ: entities.EntityPerson}},
			notPerson: []string{"Bauer-Lindt"},
		},
		{
			name:      "a kind noun that ends a name the tagger reads as common",
			body:      []string{"She told the BBC's Weekend Show that she would stand."},
			ptb:       map[string]string{"Weekend": "NN", "told": "VBD", "She": "PRP", "she": "PRP", "that": "IN", "would": "MD", "stand": "VB", "'s": "POS"},
			notPerson: []string{"Weekend Show"},
		},
		{
			name: "a given name alone before the full name is the same person",
			body: []string{"Elton sings in Paris.", "Elton Hale will play the piano at the concert, his spokesman said."},
			want: []want{{name: "Elton Hale", typ: entities.EntityPerson, aliases: []string{"Elton"}}},
		},
		{
			name:      "a kind noun in an apposition after a possessive, a kind noun before a quoted name",
			body:      []string{"Mayfield Mac, the country's other largest mortgage firm, said it would wait.", "The success of the film 'Tamsin' was clear."},
			want:      []want{{name: "Mayfield Mac", typ: entities.EntityOrganization}},
			notPerson: []string{"Tamsin"},
		},
		{
			name: "a name always after 'the', without a given name or a title, is a band's; an office alone stays a person",
			body: []string{"The Bravado, who have been compared to The Cure, came third.", "The Home Secretary said the rules would change."},
			want: []want{{name: "Bravado", typ: entities.EntityOrganization}, {name: "Home Secretary", typ: entities.EntityPerson}},
		},
		{
			name:      "a people's plural before a name is no part of it",
			body:      []string{"There was drama as Kenyans Osoro Kiptum and Ruth Wanjiru took the titles."},
			want:      []want{{name: "Osoro Kiptum", typ: entities.EntityPerson}},
			notPerson: []string{"Kenyans Osoro Kiptum"},
		},
		{
			name: "a name that is no plural before a verb in the plural is a team's or a band's; names joined by 'and' are people",
			body: []string{"Bolton meet Ipswich, while Ashby Vale were drawn against Leeds.",
				"Kelli Orme and relay star Alvo Harten have both been banned."},
			ptb:       map[string]string{"were": "VBD", "have": "VBP", "meet": "VBP", "drawn": "VBN", "against": "IN", "and": "CC", "relay": "NN", "star": "NN", "both": "DT", "been": "VBN", "banned": "VBN", "while": "IN"},
			want:      []want{{name: "Kelli Orme", typ: entities.EntityPerson}, {name: "Alvo Harten", typ: entities.EntityPerson}},
			notPerson: []string{"Ashby Vale"},
		},
		{
			name: "a name after 'a' or 'an', or after a capitalised word and 'of', is a title's or a thing's end",
			body: []string{"The band's latest studio album, How to Dismantle an Atomic Lantern, topped the US and UK charts in November.",
				"Green Day's Boulevard of Broken Mirrors is currently number two in the pop chart."},
			notPerson: []string{"Atomic Lantern", "Broken Mirrors"},
		},
		{
			name:      "a firm's name first makes no person, a firm's name last may be a surname",
			body:      []string{"A recent survey by Sony Kestrel predicted that the number of handsets sold would rise. The festival bought films by Harold Ford."},
			want:      []want{{name: "Harold Ford", typ: entities.EntityPerson}},
			notPerson: []string{"Sony Kestrel"},
		},
		{
			name: "with nothing else to go by, a name that starts with a word of English is no person's, unless the article calls the bearer by the last word",
			body: []string{"The film features Storm Pell and Garden Lantern. Pell plays a pilot.",
				"She was joined in the charts by Silent Jamz, on which West sang."},
			want:      []want{{name: "Storm Pell", typ: entities.EntityPerson}},
			notPerson: []string{"Garden Lantern", "Silent Jamz"},
		},
		{
			name:      "an acronym in brackets spells out one name, not two joined by 'and'",
			body:      []string{"He held talks with Treasury Secretary Jon Pardew, Federal Reserve chief Alder Quint and International Monetary Fund (IMF) head Rafe Tollin."},
			want:      []want{{name: "Alder Quint", typ: entities.EntityPerson}, {name: "Rafe Tollin", typ: entities.EntityPerson}},
			notPerson: []string{"Alder Quint and International Monetary Fund"},
		},
		{
			name: "a title before a body's name or a portfolio makes no person of it",
			body: []string{"Karl Imber, Norway's delegate to the General Agreement on Tariffs and Trade (GATT), made the appeal.",
				"He was greeted by Ahmed Belloul, the Algerian Minister of Energy, Chemical and Petro-Chemical Industries."},
			want:      []want{{name: "Karl Imber", typ: entities.EntityPerson}, {name: "Ahmed Belloul", typ: entities.EntityPerson}},
			notPerson: []string{"Agreement on Tariffs and Trade", "Chemical and Petro-Chemical Industries"},
		},
		{
			name: "a given name and a word that ends places' names is a person's name when the article says no more",
			body: []string{"Chelsea's John Terry and Wayne Bridge are also out, and Bridge will miss the Wales game."},
			want: []want{{name: "Wayne Bridge", typ: entities.EntityPerson}},
		},
		{
			name: "a name always written right after 'the' is no person's, a given name first or not; a person's name may follow adjectives or modify a noun",
			body: []string{"The grain carrier, the Marisol Star, was hit on Monday. Crew members said the Marisol Star sank within an hour.",
				"Less flashy than a Dennis Harrowby show, the series follows the suspended Patrick Vell on his travels."},
			want:      []want{{name: "Dennis Harrowby", typ: entities.EntityPerson}, {name: "Patrick Vell", typ: entities.EntityPerson}},
			notPerson: []string{"Marisol Star"},
		},
		{
			name: "a thing's kind that ends a name, or an organisation's head in a long one, outweighs a given name first",
			body: []string{"One couple broadcasts theirs, The Dawn and Drew Show, from Wisconsin.",
				"Jim Harte, an economist at Marine Midland Bank NA, said so."},
			want:      []want{{name: "Marine Midland Bank NA", typ: entities.EntityOrganization}},
			notPerson: []string{"Drew Show", "Dawn and Drew Show"},
		},
		{
			name: "a people's word for one person before a name is no part of the name, nor a role",
			body: []string{"He beat Swede Anders Pellqvist and Spaniard Tomas Ruedo in the final."},
			want: []want{{name: "Anders Pellqvist", typ: entities.EntityPerson}, {name: "Tomas Ruedo", typ: entities.EntityPerson}},
		},
		{
			name: "a first name alone goes to the one person it begins, even when a party bears his name",
			body: []string{"Robert Kellow-Sime launched his new party on Monday.",
				"He was more interested in the Robert Kellow-Sime Party than the Union Party, a rival said.",
				"Recruit the right colleagues, Robert, and you will win."},
			want: []want{{name: "Robert Kellow-Sime", typ: entities.EntityPerson, aliases: []string{"Robert"}}, {name: "Robert Kellow-Sime Party", typ: entities.EntityOrganization}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf("", tt.body...)
			doc := Read(a)
			if tt.ptb != nil {
				doc = ptbTagged(a, tt.ptb, tt.lemmas)
			}
			ents := entities.Extract(doc)
			checkWants(t, a, ents, tt.want, nil)
			for _, n := range tt.notPerson {
				for _, e := range ents {
					if e.Type == entities.EntityPerson && (e.Name == n || contains(e.Aliases, n)) {
						t.Errorf("%q is shown as a person: %s", n, entityNames(ents))
					}
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// TestRoyalGivenNameIsWhole: "Prince Edmund" is named by his given name
// alone; a namesake with a surname ("Edmund Hayes") is someone else, before
// or after him.
func TestRoyalGivenNameIsWhole(t *testing.T) {
	for _, body := range [][]string{
		{"Prince Edmund and his fiancee said on Monday that they would marry in April.",
			"Liberal leader Edmund Hayes offered his congratulations to the couple."},
		{"Liberal leader Edmund Hayes spoke in the debate on Monday.",
			"Later, Princess Edmunda and Prince Edmund said they would marry in April."},
	} {
		ents := entities.Extract(Read(articleOf("", body...)))
		hayes := findEntity(ents, "Edmund Hayes")
		if hayes == nil {
			t.Fatalf("%q: no Edmund Hayes among %s", body, entityNames(ents))
		}
		for _, m := range hayes.Mentions {
			if strings.Contains(m.Text, "Prince") {
				t.Errorf("%q: the prince is taken for Edmund Hayes: %+v", body, hayes.Mentions)
			}
		}
	}
}

// TestServedAsARoleIsAPerson: a surname that only speaks, which the
// article never gives a first name or a title, is a person's when a verb
// casts it in a person's office ("joined the club as chief executive").
func TestServedAsARoleIsAPerson(t *testing.T) {
	ents := entities.Extract(Read(articleOf("Harlow rules out sale",
		"Harlow said the club would not sell its captain.",
		"Harlow joined the club as chief executive in 1998 from a similar post at the league.",
		"The club's finances are sound, Harlow said on Friday.")))
	if e := findEntity(ents, "Harlow"); e == nil || e.Type != entities.EntityPerson {
		t.Errorf("want Harlow a person, got %s", entityNames(ents))
	}
}

// TestFirmNameWithoutItsPluralHead: "Norwood Midland" after "Norwood
// Midland Banks Inc" is the bank, its plural head and legal form left out.
func TestFirmNameWithoutItsPluralHead(t *testing.T) {
	ents := entities.Extract(Read(articleOf("Bank filing",
		"Norwood Midland Banks Inc said in a filing that it may reclassify 359 mln dlrs of loans.",
		"Norwood Midland said its total outstandings were 653 mln dlrs.")))
	e := findEntity(ents, "Norwood Midland Banks Inc")
	if e == nil || !contains(e.Aliases, "Norwood Midland") {
		t.Errorf("the short name is not the bank's: %s", entityNames(ents))
	}
}

// TestMarketLeaderIsAFirm: "market leader X" is a firm, though "leader"
// alone before a name is a person's title.
func TestMarketLeaderIsAFirm(t *testing.T) {
	ents := entities.Extract(Read(articleOf("Retail",
		"The retailer is struggling to keep up with market leader Brightway and cut-price rivals, said analyst Tom Reyes.")))
	if e := findEntity(ents, "Brightway"); e != nil && e.Type == entities.EntityPerson {
		t.Errorf("the market leader is shown as a person: %s", entityNames(ents))
	}
}

// TestPersonOfAFirmIsNoFirm: "Dr. Ann West of Biomedix Inc": a person's
// name whose surname is also a place's word ("West") is not the start of
// the firm's name after "of".
func TestPersonOfAFirmIsNoFirm(t *testing.T) {
	ents := entities.Extract(Read(articleOf("Drug study",
		"One of the new studies, conducted by Dr. Ann West of Biomedix Inc, is particularly significant.")))
	if e := findEntity(ents, "Ann West"); e == nil || e.Type != entities.EntityPerson {
		t.Errorf("want Ann West a person of her own, got %s", entityNames(ents))
	}
	if e := findEntity(ents, "Biomedix Inc"); e == nil || e.Type != entities.EntityOrganization {
		t.Errorf("want the firm Biomedix Inc, got %s", entityNames(ents))
	}
}

// TestGivenNameParkIsAPlace: "in Hilda Park" is a place, though "Hilda" is
// a given name; "Wayne Bridge", called "Bridge" later, stays a man.
func TestGivenNameParkIsAPlace(t *testing.T) {
	ents := entities.Extract(Read(articleOf("Stadium",
		"The club will move to a new ground in Hilda Park in 2007, the chairman said.",
		"Wayne Bridge was injured in the match at the weekend. Bridge said he would be back soon.")))
	if e := findEntity(ents, "Hilda Park"); e != nil && e.Type == entities.EntityPerson {
		t.Errorf("the park is shown as a person: %s", entityNames(ents))
	}
	if e := findEntity(ents, "Wayne Bridge"); e == nil || e.Type != entities.EntityPerson {
		t.Errorf("want Wayne Bridge a person: %s", entityNames(ents))
	}
}

// TestQuotedNicknameIsNoEntity: "Marcus 'Paris' Hale" is one man: the
// nickname in quotes names no city, and the surname alone, said often,
// is his.
func TestQuotedNicknameIsNoEntity(t *testing.T) {
	a := articleOf("Guitarist leaves band",
		"The guitarist Marcus 'Paris' Hale told a radio station that he would leave the band after its tour.",
		"Hale said the decision was his own. The band said Hale would be missed. Hale added that he would keep writing songs.",
		"The group, which formed in 1996, has sold four million records.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Paris"); e != nil {
		t.Errorf("a nickname became an entity: %+v", e)
	}
	for _, e := range ents {
		if e.Name == "Hale" || e.Name == "Marcus Hale" {
			if e.Type != "person" {
				t.Errorf("the man with a nickname: %+v", e)
			}
			return
		}
	}
	t.Errorf("no Hale in %+v", ents)
}

// TestAndInsideABodysName: "the Public and Courier Workers Union" is one
// union, not the "Courier Workers Union"; "the Greens and Liberal
// Democrats" are two parties.
func TestAndInsideABodysName(t *testing.T) {
	a := articleOf("Strike", "Members of the Public and Courier Workers Union will strike on Friday, the union said.",
		"The Greens and Liberal Democrats backed the strike.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Public and Courier Workers Union"); e == nil || e.Type != "organization" {
		t.Errorf("the union: %+v in %+v", e, ents)
	}
	if e := findEntity(ents, "Courier Workers Union"); e != nil {
		t.Errorf("the union's name cut at 'and': %+v", e)
	}
	if e := findEntity(ents, "Greens and Liberal Democrats"); e != nil {
		t.Errorf("two parties made one: %+v", e)
	}
}

// TestOfChainInsideABodysName: "the Tribunal of Appeal for Trade" and
// "the Fund for the Relief of Orphans" are whole; a chain of "of"s ends at
// an "and" that joined two names.
func TestOfChainInsideABodysName(t *testing.T) {
	a := articleOf("Ruling", "The Tribunal of Appeal for Trade ruled on Monday. A spokesman for the Fund for the Relief of Orphans welcomed the ruling.")
	ents := Extract(a).Entities
	for _, name := range []string{"Tribunal of Appeal for Trade", "Fund for the Relief of Orphans"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: %+v in %+v", name, e, ents)
		}
	}
}

// TestBracketAfterAPersonIsNoAlias: "Ana Lind (US)" and "Tom Hale (NRU)"
// name where they are from and whom they work for, no other name of
// theirs; "Nordic Farmers Union (NFU)" is the union's acronym.
func TestBracketAfterAPersonIsNoAlias(t *testing.T) {
	a := articleOf("Draw", "Seeds: Ana Lind (US) and Maria Koss (Germany) lead the draw, with referee Tom Hale (NRU) in charge.",
		"The Nordic Farmers Union (NFU) backed the event.")
	ents := Extract(a).Entities
	for _, name := range []string{"Ana Lind", "Tom Hale"} {
		e := findEntity(ents, name)
		if e == nil {
			t.Errorf("no %s in %+v", name, ents)
			continue
		}
		for _, al := range e.Aliases {
			if al == "US" || al == "NRU" {
				t.Errorf("%s took %q as another name: %+v", name, al, e)
			}
		}
	}
	if e := findEntity(ents, "Nordic Farmers Union"); e == nil || !slices.Contains(e.Aliases, "NFU") {
		t.Errorf("the union's acronym: %+v", e)
	}
}

// TestMakerAndModelCodeIsAProduct: "the Skyra K40" and "a Velto QX-9" are
// products, no firms; "Norland Under-21" is a side.
func TestMakerAndModelCodeIsAProduct(t *testing.T) {
	a := articleOf("Launch", "Skyra will sell the Skyra K40 phone from May, and rival Velto said its Velto QX-9 camera sold well.",
		"Midfielder Jon Hale scored for Norland Under-21 on Saturday.")
	ents := Extract(a).Entities
	for _, name := range []string{"Skyra K40", "Velto QX-9"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a product is an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Norland Under-21"); e == nil {
		t.Errorf("the side is missing: %+v", ents)
	}
}

// TestKindNounOutweighsAGivenName: "the rock band Harry Lime" is a band
// however often its name is written: a given name first makes no person
// of it.
func TestKindNounOutweighsAGivenName(t *testing.T) {
	a := articleOf("Awards", "The Glasgow rock band Harry Lime have won two awards.",
		"Harry Lime played three songs at the ceremony. Harry Lime will tour in May, and fans of Harry Lime cheered.")
	if e := findEntity(Extract(a).Entities, "Harry Lime"); e == nil || e.Type != "organization" {
		t.Errorf("the band: %+v", e)
	}
}

// TestTwoInitialsAndASurnameAreNoFirm: "JW Pell" with nothing around it
// to say what it is may be a writer as well as a firm: it is shown as no
// organisation; three capitals ("ABN Amro") stay a firm's.
func TestTwoInitialsAndASurnameAreNoFirm(t *testing.T) {
	a := articleOf("Books", "The list includes books by JW Pell and poems by RT Vance, and ABN Amro said it would pay for the prize.")
	ents := Extract(a).Entities
	for _, name := range []string{"JW Pell", "RT Vance"} {
		if e := findEntity(ents, name); e != nil && e.Type == "organization" {
			t.Errorf("initials read as a firm: %+v", e)
		}
	}
	if e := findEntity(ents, "ABN Amro"); e == nil || e.Type != "organization" {
		t.Errorf("ABN Amro: %+v", e)
	}
}

// TestDottedInitialAndSurnameIsNoFirm: "T. Vale" is no firm, however
// often the article writes "vale" in lower case.
func TestDottedInitialAndSurnameIsNoFirm(t *testing.T) {
	a := articleOf("Result", "The vale was quiet as the visitors won, with tries by T. Vale and R. Stone in the second half.",
		"Stone said the pitch was heavy, and the stone wall behind the posts was damaged.")
	for _, e := range Extract(a).Entities {
		if (e.Name == "T. Vale" || e.Name == "R. Stone") && e.Type == "organization" {
			t.Errorf("an initial and a surname read as a firm: %+v", e)
		}
	}
}
