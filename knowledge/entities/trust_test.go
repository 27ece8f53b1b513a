package entities_test

import (
	"slices"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestKnownAsStaysInItsSentence: "Formerly known as X, Y" opens a sentence
// and names Y's old name; the firm named at the end of the sentence before
// is not X.
func TestKnownAsStaysInItsSentence(t *testing.T) {
	a := articleOf("Bids", "Tellco made a bid for Orbix after Danmark Telecom raised its offer to Orbix shareholders.",
		"The board has reviewed the offer from Brightwave. Formerly known as Netcall, Orbix is a cable firm.")
	ents := Extract(a).Entities
	for _, e := range ents {
		if e.Name == "Brightwave" || slices.Contains(e.Aliases, "Brightwave") {
			if e.Name == "Netcall" || slices.Contains(e.Aliases, "Netcall") {
				t.Errorf("two firms merged into one across a sentence: %+v", e)
			}
		}
	}
}

// TestRoleBeforeAClauseIsNoApposition: "Also in Tarnley, the prime
// minister took questions": the role after the comma is the subject of
// the clause, no role of the place before it.
func TestRoleBeforeAClauseIsNoApposition(t *testing.T) {
	a := articleOf("Tour", "Mr Marsh spoke to workers in the morning. Also in Tarnley, the prime minister took questions from readers.")
	for _, e := range Extract(a).Entities {
		if e.Name == "Tarnley" && (e.Type == "person" || len(e.Roles) > 0) {
			t.Errorf("the place before a clause took its subject's role: %+v", e)
		}
	}
}

// TestJobPluralBeforeNamesIsTheirRole: "Defenders Ivo Marsh and Dale
// Quinn": the plural of a job before the names listed is their shared
// role, no side they play for.
func TestJobPluralBeforeNamesIsTheirRole(t *testing.T) {
	a := articleOf("Squad", "The squad meets on Monday. Defenders Ivo Marsh and Dale Quinn have knee injuries.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Defenders"); e != nil {
		t.Errorf("a job's plural is an entity: %+v", e)
	}
	for _, name := range []string{"Ivo Marsh", "Dale Quinn"} {
		e := findEntity(ents, name)
		if e == nil || e.Type != "person" || len(e.Affiliations) > 0 || !slices.Contains(e.Roles, "Defenders") {
			t.Errorf("%s: want a person with the role Defenders and no side, got %+v", name, e)
		}
	}
}

// TestFoundersNameBeforeAPluralHeadIsAFirm: "Walter Hobbs Films": a given
// name and a surname before an organisation's head in the plural name a
// firm, not its founder; "Thomas Haden Church" stays a man.
func TestFoundersNameBeforeAPluralHeadIsAFirm(t *testing.T) {
	a := articleOf("Deal", "The film was backed by Walter Hobbs Films and two other studios.",
		"Walter Hobbs Films made it for $2m. The actor Thomas Haden Church starred in it.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Walter Hobbs Films"); e == nil || e.Type != "organization" {
		t.Errorf("a firm named after its founder: want an organisation, got %+v", e)
	}
	if e := findEntity(ents, "Thomas Haden Church"); e == nil || e.Type != "person" {
		t.Errorf("a man with a singular head word as his surname: want a person, got %+v", e)
	}
}

// TestJobInCapitalsIsNoEntity: "DJ duo X and Y", "DJ partner X": a job
// written in capitals names no organisation, and is the role of the name
// after it.
func TestJobInCapitalsIsNoEntity(t *testing.T) {
	a := articleOf("Radio", "DJ duo Lena and Bo are taking over the breakfast show.",
		"The move sends Lena and DJ partner Bo Tarrant to the morning slot.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "DJ"); e != nil {
		t.Errorf("a job in capitals is an entity: %+v", e)
	}
	if e := findEntity(ents, "Bo Tarrant"); e == nil || slices.Contains(e.Affiliations, "DJ") {
		t.Errorf("want Bo Tarrant with no affiliation DJ, got %+v", e)
	}
}

// TestTitleCaseCueIsPartOfATitle: "in The Aviator", "Lost In Translation":
// a place's cue or its article written with a capital inside a sentence
// belongs to a work's title and makes no place.
func TestTitleCaseCueIsPartOfATitle(t *testing.T) {
	a := articleOf("Awards", "She won for her role in The Navigator, and last year's winner, Lost In Tangier, did well too.")
	for _, e := range Extract(a).Entities {
		if (e.Name == "Navigator" || e.Name == "Tangier") && e.Type == "place" {
			t.Errorf("a word of a work's title is a place: %+v", e)
		}
	}
}

// TestCommonNounStartingTheSentenceIsNoAffiliation: "Festival director X"
// in an article that writes "the festival": the sentence's capital makes
// no organisation of the noun.
func TestCommonNounStartingTheSentenceIsNoAffiliation(t *testing.T) {
	a := articleOf("Film", "The Tarnby Film Festival opens on Thursday, and the festival runs for ten days.",
		"Festival director Lars Henning says the line-up is strong.")
	e := findEntity(Extract(a).Entities, "Lars Henning")
	if e == nil || !slices.Contains(e.Roles, "director") || slices.Contains(e.Affiliations, "Festival") {
		t.Errorf("want Lars Henning, director, with no affiliation Festival, got %+v", e)
	}
}

// TestTitleInsideAWorkIsNoRole: "the film Saving Corporal Hobbs": after a
// work's kind, a rank inside the name is a word of the title; no person
// Hobbs with the role "Saving Corporal". "Mr" after "book" still names a
// man.
func TestTitleInsideAWorkIsNoRole(t *testing.T) {
	a := articleOf("Films", "The network refused to air the film Saving Corporal Hobbs uncut.",
		"In Dunn's book Mr Varley is said to have wept.")
	ents := Extract(a).Entities
	for _, e := range ents {
		if e.Type == "person" && (e.Name == "Hobbs" || slices.Contains(e.Roles, "Saving Corporal")) {
			t.Errorf("a word of a film's title is a person: %+v", e)
		}
	}
	if e := findEntity(ents, "Varley"); e == nil || e.Type != "person" {
		t.Errorf("Mr Varley after 'book' is no person: %+v", e)
	}
}

// TestSurnameAfterAVerbReadAsAPlural: "…, stars Lomax as a priest": the
// surname of a man named before is the man, no firm of stars.
func TestSurnameAfterAVerbReadAsAPlural(t *testing.T) {
	a := articleOf("Box office", "The new Kevin Lomax thriller opened at number two. The film, based on the comics, stars Lomax as a priest who fights demons.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Lomax"); e != nil && e.Type != "person" {
		t.Errorf("a man's surname after 'stars' is a %s: %+v", e.Type, e)
	}
}

// TestEpicIsAWork: "the director's historical epic Darius" names a film, no
// person.
func TestEpicIsAWork(t *testing.T) {
	a := articleOf("Box office", "Director Lena Vos's historical epic Darius has failed to win over audiences, opening at number six.")
	if e := findEntity(Extract(a).Entities, "Darius"); e != nil && e.Type == "person" {
		t.Errorf("a film after 'epic' is a person: %+v", e)
	}
}

// TestBodyKindBeforeAGivenName: "literary agency Gareth Ames": a noun for
// a body only, never a trade, makes a firm of a name that starts with a
// given name; "games maker Peter Moss" stays a man.
func TestBodyKindBeforeAGivenName(t *testing.T) {
	a := articleOf("Books", "The winner gets a deal with literary agency Gareth Ames.", "The game was made by games maker Peter Moss.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Gareth Ames"); e == nil || e.Type != "organization" {
		t.Errorf("an agency named like a man: want an organisation, got %+v", e)
	}
	if e := findEntity(ents, "Peter Moss"); e == nil || e.Type != "person" {
		t.Errorf("a games maker: want a person, got %+v", e)
	}
}

// TestJobBeforeASurnameInTheHeadline: "Hooker Tandy ready for Paris": a
// job word that opens the headline before the surname of a man the
// article names in full is his role, no organisation.
func TestJobBeforeASurnameInTheHeadline(t *testing.T) {
	a := articleOf("Hooker Tandy ready for Paris", "Owen Tandy says the forwards are ready for the match in Paris.", "Tandy has won 12 caps.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Hooker Tandy"); e != nil {
		t.Errorf("a job and a surname make an entity of their own: %+v", e)
	}
	e := findEntity(ents, "Owen Tandy")
	if e == nil || !slices.Contains(e.Roles, "Hooker") || len(e.Mentions) != 3 {
		t.Errorf("want Owen Tandy, role Hooker, three mentions; got %+v", e)
	}
}

// TestPrizeNamedLikeAGivenName: "an Oscar", "her second Oscar", "the best
// actress Oscar": one word after "a" or a possessive, or after an award's
// category, names a prize, no person and no role.
func TestPrizeNamedLikeAGivenName(t *testing.T) {
	a := articleOf("Awards", "Lena Ford won an Oscar for the role.",
		"It was her second Oscar, after she took the best actress Oscar in 2001.")
	for _, e := range Extract(a).Entities {
		if e.Name == "Oscar" && e.Type == "person" {
			t.Errorf("a prize is a person: %+v", e)
		}
		if slices.Contains(e.Roles, "best actress") {
			t.Errorf("an award's category is a role: %+v", e)
		}
	}
}

// TestPrizeAfterAPossessive: "receiving her Oscar": one word after a
// possessive is a thing of hers, no person, even with a given name's
// spelling and no "best" category around.
func TestPrizeAfterAPossessive(t *testing.T) {
	a := articleOf("Reed congratulated on Oscar win", "Oscar-winner Lena Reed has been congratulated by the film council.",
		"She was delighted after receiving her Oscar from actor Tom Hale.",
		"The other winner was Ann Cole, who won the costume design Oscar for her work.")
	if e := findEntity(Extract(a).Entities, "Oscar"); e != nil && e.Type == "person" {
		t.Errorf("a prize is a person: %+v", e)
	}
}

// TestJobCapitalisedInsideASentenceIsATitleWord: "Star Wars Episode I",
// "the Official UK Chart": a job word written with a capital inside a
// sentence starts a title, no person with that role; "DJ Ann Lee" and a
// job that opens the sentence still do.
func TestJobCapitalisedInsideASentenceIsATitleWord(t *testing.T) {
	a := articleOf("Games", "He played Star Wars Rebellion Saga for a year, and then the show with DJ Ann Lee.",
		"Singer Mia Cole liked it.")
	ents := Extract(a).Entities
	for _, e := range ents {
		if e.Type == "person" && slices.Contains(e.Roles, "Star") {
			t.Errorf("a game's title is a person with the role Star: %+v", e)
		}
	}
	for _, w := range []struct{ name, role string }{{"Ann Lee", "DJ"}, {"Mia Cole", "Singer"}} {
		if e := findEntity(ents, w.name); e == nil || !slices.Contains(e.Roles, w.role) {
			t.Errorf("want %s with the role %s, got %+v", w.name, w.role, e)
		}
	}
}

// TestBodyAfterTheAndBeforeAPlural: "the Tarn Registry said" and "Deed
// Office figures are": a name written after "the", and elsewhere only
// before a plural noun it modifies, is a body's.
func TestBodyAfterTheAndBeforeAPlural(t *testing.T) {
	a := articleOf("Prices", "Prices rose 4% in the quarter, the Tarn Registry said.",
		"Tarn Registry figures are less up to date than those of banks.")
	if e := findEntity(Extract(a).Entities, "Tarn Registry"); e != nil && e.Type == "person" {
		t.Errorf("a body is a person: %+v", e)
	}
}

// TestPersonOwnerIsNoPartOfTheFirm: "Mr Varga's Tisza Party", "Anna
// Hale's Radio Group": a person before a possessive owns the organisation
// after it; the two are separate entities ("Moody's Investors Service"
// stays one firm).
func TestPersonOwnerIsNoPartOfTheFirm(t *testing.T) {
	a := articleOf("Politics", "President Laszlo Varga said the reform would pass despite opposition inside Mr Varga's Tisza Party.",
		"Anna Hale's Radio Group bought the station, and Moody's Investors Service cut its rating.")
	ents := Extract(a).Entities
	for _, name := range []string{"Tisza Party", "Radio Group", "Moody's Investors Service"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("want the organisation %s, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "Anna Hale"); e == nil || e.Type != "person" {
		t.Errorf("want the person Anna Hale, got %+v", e)
	}
}

// TestJuniorIsNoRole: "Walter Pike Jr" is a son named after his father;
// "Jr" is no role of his, while "QC" is.
func TestJuniorIsNoRole(t *testing.T) {
	a := articleOf("Court", "Walter Pike Jr battled over his credit, said Ann Lowe QC.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Walter Pike"); e == nil || e.Type != "person" || slices.Contains(e.Roles, "Jr") {
		t.Errorf("want the person Walter Pike without the role Jr, got %+v", e)
	}
	if e := findEntity(ents, "Ann Lowe"); e == nil || !slices.Contains(e.Roles, "QC") {
		t.Errorf("want Ann Lowe, QC, got %+v", e)
	}
}

// TestDistanceBelongsToTheRole: "Olympic 10,000m champion Abel Tesfaye":
// the role keeps its distance ("m champion" alone is no role) and the
// event's words before it are no organisation of his.
func TestDistanceBelongsToTheRole(t *testing.T) {
	a := articleOf("Athletics", "Olympic 10,000m champion Abel Tesfaye won the race.", "It was a good day for former 60m champion Jon Reed.")
	ents := Extract(a).Entities
	for _, w := range []struct{ name, role string }{{"Abel Tesfaye", "10,000m champion"}, {"Jon Reed", "60m champion"}} {
		e := findEntity(ents, w.name)
		if e == nil || !slices.Contains(e.Roles, w.role) || len(e.Affiliations) > 0 {
			t.Errorf("want %s with the role %q and no affiliation, got %+v", w.name, w.role, e)
		}
	}
}

// TestPeopleByTradeInAListArePeople: "classical authors like Horace,
// Livy and Ovid": one-word names listed after people's trade are people,
// not firms that speak; "artists such as Keane" may be bands, no evidence.
func TestPeopleByTradeInAListArePeople(t *testing.T) {
	a := articleOf("History", "The bishop said the book was poor history.",
		"We have more early copies of the gospels than of classical authors like Horace, Livy and Ovid.",
		"He said the claims were laughable.", "The book has sold millions of copies.")
	ents := Extract(a).Entities
	for _, name := range []string{"Horace", "Ovid"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" {
			t.Errorf("want the person %s, got %+v", name, e)
		}
	}
}

// TestWorkAfterItsKindBeatsAGivenName: "the film Nora Blake" and "Nora
// Blake won" name a film, not a woman: a work's kind before the whole name
// outweighs the given name; "the Tom Reed film" is still Tom Reed's.
func TestWorkAfterItsKindBeatsAGivenName(t *testing.T) {
	a := articleOf("Awards", "The prize went to the film Nora Blake. The Tom Reed film has a cast of unknowns.",
		"Nora Blake won three awards, and Nora Blake is tipped for more.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Nora Blake"); e != nil && e.Type == "person" {
		t.Errorf("a film is a person: %+v", e)
	}
	if e := findEntity(ents, "Tom Reed"); e == nil || e.Type != "person" {
		t.Errorf("want the person Tom Reed, got %+v", e)
	}
}

// TestThingsNamedLikePeopleAreNoPeople: a ship, a book, a game and a
// computer whose names read like people's are no people.
func TestThingsNamedLikePeopleAreNoPeople(t *testing.T) {
	for _, tt := range []struct {
		title string
		paras []string
		name  string
	}{
		// "the luxury cruise liner Crystal Ward" names a ship, no woman.
		{"Ships", []string{"The luxury cruise liner Crystal Ward is the setting for the tests.", "Tourists on the Crystal Ward enjoy the sun."}, "Crystal Ward"},
		// "Fergal Stone, a story about a boy": a work's kind in apposition
		// makes the name a work's.
		{"Books", []string{"Young readers have voted Fergal Stone, a story about a boy and a horse, the winner of the prize.",
			"Fergal Stone includes drawings by Ann Bell."}, "Fergal Stone"},
		// "the game Night Road: San Lucas" and later "San Lucas sold well":
		// the subtitle after a work's name and a colon is the work's.
		{"Games", []string{"Sales were boosted by the game Night Road: San Lucas, which broke the record.",
			"The developer has seen San Lucas pull in millions. San Lucas is the sequel to Night Road."}, "San Lucas"},
		// "his Vex Cube", "a Vex Cube": a name without a given name written
		// after "a" or a possessive is a thing ("his Tom Hale" would not be
		// written).
		{"Vex Cube heralds a revolution", []string{"The Vex Cube was launched last month.",
			"One user has mounted his Vex Cube in his car, and a Vex Cube is an ideal first computer."}, "Vex Cube"},
	} {
		a := articleOf(tt.title, tt.paras...)
		if e := findEntity(Extract(a).Entities, tt.name); e != nil && e.Type == "person" {
			t.Errorf("%s is a person: %+v", tt.name, e)
		}
	}
}

// TestOfficeOpeningTheSentenceBeforeItsHolder: "Director of Public
// Prosecutions, Ken Reid QC, said": the office and the man after the comma
// are one person; "Minister for Children, Young People and Families Ann
// Hale" lists no holder after the first comma.
func TestOfficeOpeningTheSentenceBeforeItsHolder(t *testing.T) {
	a := articleOf("Courts", "Director of Public Prosecutions, Ken Reid QC, who sits on the council, said the rule was fair.",
		"Minister for Children, Young People and Families Ann Hale said new plans were ready.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Director of Public Prosecutions"); e != nil {
		t.Errorf("an office is a person of its own beside its holder: %+v", e)
	}
	if e := findEntity(ents, "Ken Reid"); e == nil || !slices.Contains(e.Roles, "Director of Public Prosecutions") {
		t.Errorf("want Ken Reid holding the office, got %+v", e)
	}
	if e := findEntity(ents, "Young People"); e != nil && e.Type == "person" {
		t.Errorf("words of an office's list are a person: %+v", e)
	}
}

// TestConstituencyOfIsAPlace: "the constituency of Marsh Green and Bow"
// names a seat, a place, no person.
func TestConstituencyOfIsAPlace(t *testing.T) {
	a := articleOf("Election", "Mr Hale will contest Marsh Green, in London, for the party.",
		"Here in this constituency of Marsh Green and Bow there is a stooge MP, he said.")
	if e := findEntity(Extract(a).Entities, "Marsh Green"); e == nil || e.Type != "place" {
		t.Errorf("want the place Marsh Green, got %+v", e)
	}
}

// TestEmployerAfterAJobAndAtIsNoPlace: "economist at Harlow Brothers",
// "marketing director at Quellon": a job held at a name is held at an
// employer, an organisation; a known place after a job keeps its type,
// and a candidate stands at a seat, a place.
func TestEmployerAfterAJobAndAtIsNoPlace(t *testing.T) {
	a := articleOf("Prices", "Prices rose in March, said Nora Blaine, economist at Harlow Brothers.",
		"\"The rise will not last,\" said Piet Okafor, marketing director at Quellon. Tom Reed, a correspondent at London, agreed.",
		"Sam Irwin, an analyst at Brenna Insight said the fall was over. Jo Dunn, the candidate at Wexley, lost.")
	ents := Extract(a).Entities
	for _, name := range []string{"Harlow Brothers", "Quellon", "Brenna Insight"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", name, e)
		}
	}
	for _, name := range []string{"London", "Wexley"} {
		if e := findEntity(ents, name); e == nil || e.Type != "place" {
			t.Errorf("%s: want a place, got %+v", name, e)
		}
	}
}

// TestNoBodyBeforeARoleIsNoAffiliation: a nationality, the Games, a count
// of wins or the competition a champion won, before a role, name no body
// the person belongs to; a firm named so does ("Swiss Re economist").
func TestNoBodyBeforeARoleIsNoAffiliation(t *testing.T) {
	a := articleOf("Awards night",
		"South Korean film director Kim Daeho won a prize. American Olympic stars Ann Pole and Bo Rand were named.",
		"Double Olympic champion Lia Marr won again. Three-time Dutch Open champion Tor Vik lost. Masters Cup champions Al Rook and Ed Rook won.",
		"Olympic heptathlon champion Ida Berg jumped. Fenwick Bank analyst Tim Vale spoke. Swiss Re economist Kurt Lang agreed.")
	ents := Extract(a).Entities
	for _, name := range []string{"Kim Daeho", "Ann Pole", "Bo Rand", "Lia Marr", "Tor Vik", "Al Rook", "Ed Rook", "Ida Berg"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" || len(e.Affiliations) > 0 {
			t.Errorf("%s: want a person with no affiliation, got %+v", name, e)
		}
	}
	for name, aff := range map[string]string{"Tim Vale": "Fenwick Bank", "Kurt Lang": "Swiss Re"} {
		if e := findEntity(ents, name); e == nil || !slices.Contains(e.Affiliations, aff) {
			t.Errorf("%s: want the affiliation %s, got %+v", name, aff, e)
		}
	}
}

// TestNameAfterACapitalTheInsideASentenceIsATitle: "starred in The Quiet
// Harbour", "presents The Big Quiz": a work's title, no organisation; a
// band in the plural and a body with its head stay.
func TestNameAfterACapitalTheInsideASentenceIsATitle(t *testing.T) {
	a := articleOf("Screen news",
		"Mr Dale starred in The Quiet Harbour last year. Ms Lowe, who presents The Big Quiz, agreed.",
		"Tickets went to fans of The Marlins. The figures came from The Fenwick Partnership. Gifts went to The Welsh Red Cross.")
	ents := Extract(a).Entities
	for _, name := range []string{"Quiet Harbour", "Big Quiz"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a work's title is an entity: %+v", e)
		}
	}
	for _, name := range []string{"Marlins", "Fenwick Partnership", "Welsh Red Cross"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" && e.Type != "group" {
			t.Errorf("%s: want an organisation, got %+v", name, e)
		}
	}
	// A name whose key has fewer words than it has ('&' and apostrophes
	// go) is read word by word all the same (it made the check panic).
	Extract(articleOf("Radio news", "Fans queued for The Bell & Book & Candle Hour. Listeners of The O'Brien Rolls-Royce Hour wrote in."))
}

// TestEnglishWordOpeningASentenceBeforeAFullNameIsNoPart: "Agent Brian
// Tolley", "Bar Keith Dollan": a word of English that opens the sentence
// before a given name and a surname is no part of the name; a name that
// goes on ("Santa Maria Valley Council") is kept whole.
func TestEnglishWordOpeningASentenceBeforeAFullNameIsNoPart(t *testing.T) {
	a := articleOf("Hunt vote",
		"The vote was close. Agent Brian Tolley, who acts for him, said so. Bar Keith Dollan the squad is fit.",
		"Santa Maria Valley Council met on Monday.")
	ents := Extract(a).Entities
	for _, name := range []string{"Brian Tolley", "Keith Dollan"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" {
			t.Errorf("%s: want a person, got %+v", name, e)
		}
	}
	for _, name := range []string{"Agent Brian Tolley", "Bar Keith Dollan", "Maria Valley Council"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("the name took or lost a word: %+v", e)
		}
	}
}

// TestCapitalPrepositionInsideASentenceOpensATitle: "the novels Airport
// and In Calm Waters", "the single Like Paper Kings": a preposition written
// capitalised inside a sentence opens a work's title, no entity.
func TestCapitalPrepositionInsideASentenceOpensATitle(t *testing.T) {
	a := articleOf("Books", "Her first novel sold well, and In Calm Waters followed in 1962. The band's hit Like Paper Kings topped the chart.")
	ents := Extract(a).Entities
	for _, name := range []string{"Calm Waters", "Paper Kings", "In Calm Waters", "Like Paper Kings"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a work's title is an entity: %+v", e)
		}
	}
}

// TestSeasonMeetingIsNoOrganisation: "the Lisbon Grand Prix", "the Oslo
// Indoors", "the Gold Trophy", "three Grand Slams", "the Champions Shield" name meetings of a
// sport's season, no body; the city a meeting is named after stays a place,
// but a sponsor's name before it ("Bristol Union") gives no place.
func TestSeasonMeetingIsNoOrganisation(t *testing.T) {
	a := articleOf("Track news",
		"Mara Vell won the Lisbon Grand Prix on Sunday and will run at the Oslo Indoors next month.",
		"She also took the Bristol Union Grand Prix, and has won three Grand Slams and the Pacific Trophy.",
		"Her club, Dunmore, lost in the Champions Shield.")
	ents := Extract(a).Entities
	for _, name := range []string{"Lisbon Grand Prix", "Oslo Indoors", "Bristol Union Grand Prix", "Grand Slams", "Pacific Trophy", "Bristol", "Champions Shield"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a sports meeting's name is an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Lisbon"); e == nil || e.Type != "place" {
		t.Errorf("Lisbon: want a place, got %+v", e)
	}
}

// TestPluralRoleBeforeNamesIsEachOnesRole: "session drummers Al X and Bo
// Y": each is a session drummer; the plural is no one's role.
func TestPluralRoleBeforeNamesIsEachOnesRole(t *testing.T) {
	a := articleOf("Band news", "The album features drummers Alan Pryce and Boris Kettle, with ex-ministers Clara Dunn and Ed Holt in the video.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Alan Pryce": "drummer", "Boris Kettle": "drummer", "Clara Dunn": "ex-minister", "Ed Holt": "ex-minister"} {
		e := findEntity(ents, name)
		if e == nil || !slices.Contains(e.Roles, role) {
			t.Errorf("%s: want the role %q, got %+v", name, role, e)
			continue
		}
		for _, r := range e.Roles {
			if strings.HasSuffix(r, "s") {
				t.Errorf("%s: a plural role %q", name, r)
			}
		}
	}
}

// TestWordAfterAFullStopInsideAWordIsNoName: "Mydoom.CX", "Bagle.QR": the
// suffix of a virus's variant or a file's name is no organisation; a title
// written against the name ("Dr.Ferris") and an abbreviation keep theirs.
func TestWordAfterAFullStopInsideAWordIsNoName(t *testing.T) {
	a := articleOf("Virus alert",
		"Two new worms, Mydoom.CX and Bagle.QR, spread on Monday, said Ivan Roth of Sentrix.",
		"Dr.Ferris Kane said the U.N.O. was warned.")
	ents := Extract(a).Entities
	for _, name := range []string{"CX", "QR"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a dotted suffix is an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Ferris Kane"); e == nil || e.Type != "person" {
		t.Errorf("Ferris Kane: want a person, got %+v", e)
	}
}

// TestSoftwareAndDevicesAreNoOrganisations: "Windows XP", "Microsoft
// Windows", "Zeta Media Player", "Yahoo Messenger", "Microsoft Outlook",
// "PlayStation Portable" name programs and handhelds; the maker named in
// one stays an organisation.
func TestSoftwareAndDevicesAreNoOrganisations(t *testing.T) {
	a := articleOf("Patch day",
		"Users of Windows XP and Microsoft Windows 2000 should patch Zeta Media Player and Yahoo Messenger, Microsoft said.",
		"The worm takes addresses from Microsoft Outlook and plays on the PlayStation Portable.")
	ents := Extract(a).Entities
	for _, name := range []string{"Windows XP", "XP", "Microsoft Windows", "Windows", "Zeta Media Player", "Media Player", "Yahoo Messenger", "Microsoft Outlook", "PlayStation Portable"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a program or device is an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Microsoft"); e == nil || e.Type != "organization" {
		t.Errorf("Microsoft: want an organisation, got %+v", e)
	}
}
