package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/entities"
)

// TestKindsOfNames checks that the nouns next to a name type it: firms and
// bands are organisations, films, games and consoles no entities, and a
// name written after "the" with nothing else to say is nobody's.
func TestKindsOfNames(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []want
		none []string
	}{
		{
			name: "a kind noun before the name",
			body: []string{"Security firm Vextra said the rock band Copper Lanterns had been hacked."},
			want: []want{
				{name: "Vextra", typ: entities.EntityOrganization},
				{name: "Copper Lanterns", typ: entities.EntityOrganization},
			},
		},
		{
			name: "works and products are no entities",
			body: []string{"He starred in the film Midnight Harbour before the console Orbit Mini went on sale.", "Fans still play games such as Star Hopper, Cave Quest and Moon Racer."},
			none: []string{"Midnight Harbour", "Orbit Mini", "Star Hopper", "Cave Quest", "Moon Racer"},
		},
		{
			name: "a role in, an appearance in: a work, no place",
			body: []string{"She won praise for her role in Closer and appeared in Boys Don't Cry."},
			none: []string{"Closer", "Boys"},
		},
		{
			name: "a ship is no organisation: a carrier of cargo, its crew",
			body: []string{
				"A drone hit the grain carrier Teal Horizon off the coast, and the vessel, the Teal Horizon, was towed to port.",
				"Crew members of the Teal Horizon were brought ashore. The crew of the Amber Tern helped them. Crew members said the fire began below deck.",
				"The flag carrier Nordair said flights would resume. Members of the Harbour Workers Union met on Monday.",
				"Harriers boss Dan Ortez said the side would travel.",
			},
			want: []want{
				{name: "Harriers", typ: entities.EntityOrganization},
				{name: "Nordair", typ: entities.EntityOrganization},
				{name: "Harbour Workers Union", typ: entities.EntityOrganization},
			},
			none: []string{"Teal Horizon", "Amber Tern", "Crew"},
		},
		{
			name: "a ticker in angle brackets and a possessive left by a month are no names",
			body: []string{"Harrow Mining Corp <HMC> rose, and Lindqvist Oil Co <LQO> fell after last March's Nordic Grain Accord talks."},
			want: []want{
				{name: "Harrow Mining Corp", typ: entities.EntityOrganization},
				{name: "Lindqvist Oil Co", typ: entities.EntityOrganization},
			},
			none: []string{"HMC", "LQO", "'s Nordic Grain Accord"},
		},
		{
			name: "ratings and measures of the economy are no names",
			body: []string{"Kestrel Ratings Inc cut the bonds to Ba-1 from Baa-3, and GNP and CPI figures were weak."},
			want: []want{{name: "Kestrel Ratings Inc", typ: entities.EntityOrganization}},
			none: []string{"Ba-1", "Baa-3", "GNP", "CPI"},
		},
		{
			name: "an apposition headed by a kind noun",
			body: []string{"Kellor, the anti-virus firm, said the worm spread fast."},
			want: []want{{name: "Kellor", typ: entities.EntityOrganization}},
		},
		{
			name: "a trade in the plural before one name is a firm of it",
			body: []string{"Sales will double, according to industry analysts Grain Metrics."},
			want: []want{{name: "Grain Metrics", typ: entities.EntityOrganization}},
		},
		{
			name: "one person is one entity, and a party named after a person is the party's",
			body: []string{
				"Osei-Brandt said he would stand again.",
				"Martin Osei-Brandt left the Unity Party last year.",
				"He cares more for the Martin Osei-Brandt Party, a rival said. Larkspur's deputy leader agreed; Larkspur is a party of the right.",
			},
			want: []want{
				{name: "Martin Osei-Brandt", typ: entities.EntityPerson, aliases: []string{"Osei-Brandt"}, ments: 2},
				{name: "Martin Osei-Brandt Party", typ: entities.EntityOrganization},
				{name: "Larkspur", typ: entities.EntityOrganization},
			},
		},
		{
			name: "names that start with common words are no people's, given names are",
			body: []string{"Voters backed Social Harmony and Golden Meadow, while Anna Brook Church said she would run."},
			want: []want{
				{name: "Social Harmony", typ: entities.EntityOrganization},
				{name: "Anna Brook Church", typ: entities.EntityPerson},
			},
		},
		{
			name: "a name in an event's name is no mention",
			body: []string{"He won the 1996 Senate election in Vallonia and lost the Ostria general election.", "Farmers in Ostria protested."},
			want: []want{{name: "Ostria", typ: entities.EntityPlace, ments: 1}},
			none: []string{"Vallonia"},
		},
		{
			name: "one word that only speaks in a long article is a body; the owner of an analyst is a firm",
			body: []string{
				"Fenwick said profits would rise.",
				"Sales were strong, said Grantly's principal analyst Kobita Desai.",
				"Fenwick also said it would hire staff.",
				"Jan Berry, who runs a shop, was pleased.",
			},
			want: []want{
				{name: "Fenwick", typ: entities.EntityOrganization},
				{name: "Kobita Desai", typ: entities.EntityPerson, affs: []string{"Grantly"}},
				{name: "Grantly", typ: entities.EntityOrganization},
				{name: "Jan Berry", typ: entities.EntityPerson},
			},
		},
		{
			name: "a list after a title holds none of it",
			body: []string{"Queen, Velvet Muse and Tin Lanterns topped the poll, said Texan Lena Ostrova."},
			want: []want{{name: "Lena Ostrova", typ: entities.EntityPerson}},
			none: []string{"Texan Lena Ostrova"},
		},
		{
			name: "a product after a firm's possessive, a person after a party's",
			body: []string{"Vextra Corp said profits rose, and Vextra Corp's X-Orbit sold well.", "Labour's Orla Fenwick won the seat."},
			want: []want{{name: "Orla Fenwick", typ: entities.EntityPerson}},
			none: []string{"X-Orbit"},
		},
		{
			name: "a plural's apostrophe joins a name only before an organisation's head",
			body: []string{"The Farmers' Union backed Neil Jenkins' Wales side."},
			want: []want{
				{name: "Farmers' Union", typ: entities.EntityOrganization},
				{name: "Neil Jenkins", typ: entities.EntityPerson},
			},
		},
		{
			name: "a name after the with no other evidence is no person",
			body: []string{"Tickets for the Velvet Orbit went on sale, and Lena Ostrova bought two."},
			want: []want{{name: "Lena Ostrova", typ: entities.EntityPerson}},
			none: []string{"Velvet Orbit"},
		},
		{
			name: "a place before -based or -born, a firm after it",
			body: []string{"Oxford-based Plimsoll has 40 customers, and the Glasgow-born singer signed with it."},
			want: []want{
				{name: "Oxford", typ: entities.EntityPlace},
				{name: "Glasgow", typ: entities.EntityPlace},
				{name: "Plimsoll", typ: entities.EntityOrganization},
			},
			none: []string{"Oxford-based Plimsoll"},
		},
		{
			name: "an organisation's kind noun after the name",
			body: []string{
				"The club is listed on the smaller Zentra share exchange, and the Brenholt group said it would buy.",
				"Ian Pike will lead the Northern Hemisphere team for Great Britain, though the GB team is short of props.",
			},
			want: []want{
				{name: "Zentra", typ: entities.EntityOrganization},
				{name: "Brenholt", typ: entities.EntityOrganization},
				{name: "Northern Hemisphere", typ: entities.EntityOrganization},
				{name: "United Kingdom", typ: entities.EntityPlace},
			},
		},
		{
			name: "terms, shows, matches, languages and titles with pronouns are no entities",
			body: []string{
				"Gadgets can form so-called Wide Grid Networks, first seen at the recent Home Gadget Show in Denver.",
				"Troops fought so-called Islamic State near Mosul.",
				"She starred in the Rugby Aid match at Twickenham and in Catch Me Later, with dialogue in Velaric, an old Middle Eastern language.",
			},
			want: []want{{name: "Denver", typ: entities.EntityPlace}, {name: "Twickenham", typ: entities.EntityPlace}, {name: "ISIS", typ: entities.EntityOrganization}},
			none: []string{"Wide Grid Networks", "Home Gadget Show", "Rugby Aid", "Catch Me Later", "Velaric", "Middle Eastern"},
		},
		{
			name: "a number before a capitalised plural counts a side's members; a Test is a match",
			body: []string{
				"Tom Gray, one of four Kestrels, joins five Ospreys, three Kurds and 40 VBIEDs in the squad for the first Test.",
				"The plant made 100,000 Zipsters, said the economist team Jon and Mary Hollis.",
				"Captain Ray Tull leads four Gold Hawks and three All Ravens.",
			},
			want: []want{
				{name: "Kestrels", typ: entities.EntityOrganization},
				{name: "Ospreys", typ: entities.EntityOrganization},
				{name: "Kurds", typ: entities.EntityGroup},
				{name: "Jon", typ: entities.EntityPerson}, // a team of people is no organisation's name
				{name: "Gold Hawks", typ: entities.EntityOrganization},
				{name: "All Ravens", typ: entities.EntityOrganization},
			},
			none: []string{"VBIEDs", "Test", "Zipsters"},
		},
		{
			name: "a plural after the that owns a match or a coach is a side; a surname's is no side",
			body: []string{
				"Rhys Hale is required for the Kites' Celtic League match, and the Sharks' coach agreed.",
				"Anna Jones' coach said the Farmers' Union was wrong.",
			},
			want: []want{
				{name: "Kites", typ: entities.EntityOrganization},
				{name: "Sharks", typ: entities.EntityOrganization},
				{name: "Anna Jones", typ: entities.EntityPerson},
				{name: "Farmers' Union", typ: entities.EntityOrganization},
			},
		},
		{
			name: "a plural that names a party's members is the party",
			body: []string{
				"The Tories lost after the Liberals asked Sir Ed Marsh to quit, and Liberal leader Jo Penn agreed.",
				"Voters backed the Larkists, and 12 Larkist MPs sat with the Larkists in the chamber.",
				"The Fenlanders, who farm the marsh, were not asked.",
			},
			want: []want{
				{name: "Liberals", typ: entities.EntityOrganization},
				{name: "Larkists", typ: entities.EntityOrganization},
				{name: "Fenlanders", typ: entities.EntityGroup},
			},
		},
		{
			name: "a name with an organisation's head is one even after at the",
			body: []string{"Papers released at the National Archives show the plan."},
			want: []want{{name: "National Archives", typ: entities.EntityOrganization}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf("", tt.body...)
			checkWants(t, a, entities.Extract(Read(a)), tt.want, tt.none)
		})
	}
}

// TestCommaBeforeSuchAsAndClassics: "titles, such as Mega Racer" and
// "arcade classics such as Star Blaster" are games; "big firms, such as
// Telvo" a firm; "big players, such as Telvo" no person.
func TestCommaBeforeSuchAsAndClassics(t *testing.T) {
	a := articleOf("Games", "Phones now play titles, such as Mega Racer, and arcade classics such as Star Blaster.",
		"Big players, such as Telvo, are pulling back from the show.")
	ents := Extract(a).Entities
	for _, work := range []string{"Mega Racer", "Star Blaster"} {
		if e := findEntity(ents, work); e != nil {
			t.Errorf("a game is an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Telvo"); e != nil && e.Type == "person" {
		t.Errorf("a firm among the players is a person: %+v", e)
	}
}

// TestTechnologyEndsItsName: "Secure Digital Rights Management" and "Flat
// Panel Crystal Display" name technologies, no bodies; "Northgate Capital
// Management" is a firm.
func TestTechnologyEndsItsName(t *testing.T) {
	a := articleOf("Screens", "Makers want Secure Digital Rights Management on every Flat Panel Crystal Display sold this year.",
		"Northgate Capital Management said it would invest in the makers.")
	ents := Extract(a).Entities
	for _, thing := range []string{"Secure Digital Rights Management", "Flat Panel Crystal Display"} {
		if e := findEntity(ents, thing); e != nil {
			t.Errorf("a technology is an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Northgate Capital Management"); e == nil || e.Type != "organization" {
		t.Errorf("the firm: %+v", e)
	}
}

// TestPlansAndTournamentsAreNoBodies: "the Dunmore Agenda", "the Paper
// Waste Directive" and "the Welsh and Irish Opens" are a plan, a law and
// tournaments, no organisations.
func TestPlansAndTournamentsAreNoBodies(t *testing.T) {
	a := articleOf("Plans", "Leaders signed the Dunmore Agenda and the Paper Waste Directive on Monday.",
		"She won the Welsh and Irish Opens last year.")
	ents := Extract(a).Entities
	for _, name := range []string{"Dunmore Agenda", "Paper Waste Directive", "Irish Opens"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("a plan, a law or a tournament is an entity: %+v", e)
		}
	}
}
