package entities_test

import (
	"slices"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/entities"
)

// TestRolesAndAffiliations checks where roles and affiliations come from:
// a role before a name and the organisation or side before it, a role
// shared by the names it lists, appositions with and without a
// determiner, possessives, "of" phrases, and sports line-ups.
func TestRolesAndAffiliations(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []want
		none []string
	}{
		{
			name: "a party's adjective or name before a role is an affiliation",
			body: []string{"Tory leader Alan Mercer and Labour MP Joan Pike clashed in the debate."},
			want: []want{
				{name: "Alan Mercer", typ: entities.EntityPerson, roles: []string{"leader"}, affs: []string{"Conservative Party"}},
				{name: "Joan Pike", typ: entities.EntityPerson, roles: []string{"MP"}, affs: []string{"Labour"}},
			},
		},
		{
			name: "a party's adjective before a name is an affiliation; a former side is none, its role keeps the words",
			body: []string{"Conservative Alan Mercer spoke after Former Wimbledon champion Anna Wexley."},
			want: []want{
				{name: "Alan Mercer", typ: entities.EntityPerson, affs: []string{"Conservative Party"}},
				{name: "Anna Wexley", typ: entities.EntityPerson, roles: []string{"Former Wimbledon champion"}},
			},
		},
		{
			name: "a title's modifier before a portfolio the tables lack stays in the office",
			body: []string{"The port was shut. Deputy Fisheries Minister Lena Varga said it would reopen."},
			want: []want{
				{name: "Lena Varga", typ: entities.EntityPerson, roles: []string{"Deputy Fisheries Minister"}},
			},
		},
		{
			name: "a former holder's portfolio after 'ex-' stays in the office",
			body: []string{"The plan failed. Ex-Fisheries Minister Lena Varga said so, and ex-Transport Minister Ivan Petrov agreed."},
			want: []want{
				{name: "Lena Varga", typ: entities.EntityPerson, roles: []string{"Ex-Fisheries Minister"}},
				{name: "Ivan Petrov", typ: entities.EntityPerson, roles: []string{"ex-Transport Minister"}},
			},
		},
		{
			name: "a title and its complement after a name: the complement is the organisation",
			body: []string{"Anna Brook, Director of the Regional Water Office, said the reservoirs were low."},
			want: []want{
				{name: "Anna Brook", typ: entities.EntityPerson},
				{name: "Regional Water Office", typ: entities.EntityOrganization},
			},
		},
		{
			name: "a title of several words keeps its 'for' complement",
			body: []string{"The plan was shelved. The Secretary of State for Fisheries Ann Ridley said it would return."},
			want: []want{{name: "Ann Ridley", typ: entities.EntityPerson, roles: []string{"Secretary of State for Fisheries"}}},
			none: []string{"Fisheries Ann Ridley", "Fisheries"},
		},
		{
			name: "a club before a role is an organisation, a country a side",
			body: []string{"The deal was agreed, Wexham vice-chairman Tim Hale told reporters.", "Wales scrum-half Rory Bain is fit."},
			want: []want{
				{name: "Tim Hale", typ: entities.EntityPerson, roles: []string{"vice-chairman"}, affs: []string{"Wexham"}},
				{name: "Wexham", typ: entities.EntityOrganization},
				{name: "Rory Bain", typ: entities.EntityPerson, roles: []string{"scrum-half"}, affs: []string{"Wales"}},
			},
		},
		{
			name: "a plural role, in the singular, or a pair is shared by the names it lists",
			body: []string{"The cast includes veteran actors Hugo Brandt and Anna Wexley.", "They lost Scotland duo Ewan Muir and Carl Drummond to injury."},
			want: []want{
				{name: "Hugo Brandt", typ: entities.EntityPerson, roles: []string{"veteran actor"}},
				{name: "Anna Wexley", typ: entities.EntityPerson, roles: []string{"veteran actor"}},
				{name: "Ewan Muir", typ: entities.EntityPerson, affs: []string{"Scotland"}},
				{name: "Carl Drummond", typ: entities.EntityPerson, affs: []string{"Scotland"}},
			},
		},
		{
			name: "the members of a side before a given name",
			body: []string{"He will join fellow Wanderers Paul Ostrow and Dan Pellow in the pack."},
			want: []want{
				{name: "Paul Ostrow", typ: entities.EntityPerson, affs: []string{"Wanderers"}},
				{name: "Wanderers", typ: entities.EntityOrganization},
			},
			none: []string{"Wanderers Paul Ostrow"},
		},
		{
			name: "appositions without a determiner, and the organisation further on",
			body: []string{
				"Demand is rising, said Nadia Ferro, senior analyst on energy at Brightwater's research unit.",
				"Paul Quint, the news editor of trade weekly Reel Trade, disagreed.",
			},
			want: []want{
				{name: "Nadia Ferro", typ: entities.EntityPerson, roles: []string{"senior analyst"}, affs: []string{"Brightwater"}},
				{name: "Paul Quint", typ: entities.EntityPerson, roles: []string{"news editor"}, affs: []string{"Reel Trade"}},
			},
		},
		{
			name: "the owner of a lawyer or a spokesman may be a person",
			body: []string{
				"Greek sprinter Marek Valkas was banned on Monday.",
				"But Valkas' lawyer Ines Dorn told reporters he would appeal, and Valkas' coach Petr Lom agreed.",
			},
			want: []want{
				{name: "Marek Valkas", typ: entities.EntityPerson},
				{name: "Ines Dorn", typ: entities.EntityPerson, roles: []string{"lawyer"}},
			},
		},
		{
			name: "a role runs on to the lower-case nouns of what it is held for",
			body: []string{
				"Lena Ortis, head of crop research at the Delta Farm Institute, said yields would fall.",
				"Tomas Reyes, a spokesman for the Chilean navy, said the ship was safe.",
				"Ada Brandt, head of the IEA office in Paris, disagreed.",
			},
			want: []want{
				{name: "Lena Ortis", typ: entities.EntityPerson, roles: []string{"head of crop research"}},
				{name: "Tomas Reyes", typ: entities.EntityPerson, roles: []string{"spokesman for the Chilean navy"}},
				{name: "Ada Brandt", typ: entities.EntityPerson, roles: []string{"head of the IEA office"}, affs: []string{"IEA"}},
			},
		},
		{
			name: "what a minister or commissioner is in charge of belongs to the office, not to an organisation",
			body: []string{"European Transport Commissioner Ilse Varga met EU Health Commissioner Joan Pike and Alder Energy Commissioner Tim Hale."},
			want: []want{
				{name: "Ilse Varga", typ: entities.EntityPerson, roles: []string{"European Transport Commissioner"}},
				{name: "Joan Pike", typ: entities.EntityPerson, roles: []string{"Health Commissioner"}, affs: []string{"EU"}},
				{name: "Tim Hale", typ: entities.EntityPerson, roles: []string{"Alder Energy Commissioner"}},
			},
			none: []string{"European Transport", "EU Health", "Alder Energy"},
		},
		{
			name: "after an honorific a place's name is a surname",
			body: []string{"Union spokesman Bob Wellington said the offer was poor.", "\"We need more money,\" said Mr Wellington."},
			want: []want{
				{name: "Bob Wellington", typ: entities.EntityPerson, aliases: []string{"Wellington"}, roles: []string{"spokesman"}},
			},
		},
		{
			name: "the surname does not gather the place's mentions",
			body: []string{"Michael Jordan, the envoy, arrived on Monday. Mr Jordan said the ceasefire would hold.",
				"Aid convoys crossed into Jordan overnight, and refugees in Jordan were given food."},
			want: []want{
				{name: "Michael Jordan", typ: entities.EntityPerson, aliases: []string{"Jordan"}, roles: []string{"envoy"}, ments: 2},
				{name: "Jordan", typ: entities.EntityPlace, ments: 2},
			},
		},
		{
			name: "a particle inside a person's name, and the target of a tackle",
			body: []string{"It was worse than Charles van Dorn's foul on Peter Brandt.", "Edu produced a terrible tackle on Vossberg, and there were seven fouls on Hallgren."},
			want: []want{
				{name: "Charles van Dorn", typ: entities.EntityPerson},
				{name: "Peter Brandt", typ: entities.EntityPerson},
			},
			none: []string{"Vossberg", "Hallgren"},
		},
		{
			name: "a figure after a firm's name is no part of it, a short number after a channel is",
			body: []string{"The regulator fined Norland Air Lines Inc 140,400 dlrs and Vestry World Airways 1.95 million dlrs.", "She presents a show on Channel 4."},
			want: []want{
				{name: "Norland Air Lines Inc", typ: entities.EntityOrganization},
				{name: "Vestry World Airways", typ: entities.EntityOrganization},
				{name: "Channel 4", typ: entities.EntityOrganization},
			},
		},
		{
			name: "a firm's name without its legal suffix is the firm",
			body: []string{"NORLAND POWER TO CUT COSTS", "Norland Power Corp said it would cut costs. Norland Power also said it had no plans to lay off workers."},
			want: []want{{name: "Norland Power Corp", typ: entities.EntityOrganization, aliases: []string{"Norland Power"}}},
		},
		{
			name: "a legal suffix makes a firm, and its name less heads and suffix is the same firm",
			body: []string{"Rating firms may downgrade Mark IV Industries Inc's debt. Mark IV said it would fight."},
			want: []want{{name: "Mark IV Industries Inc", typ: entities.EntityOrganization, aliases: []string{"Mark IV"}}},
		},
		{
			name: "a given name and a surname after a trade noun are a person's",
			body: []string{"Leading British computer games maker Peter Dunmore has been made an OBE."},
			want: []want{{name: "Peter Dunmore", typ: entities.EntityPerson}},
		},
		{
			name: "an adjective said of the subject is no part of the role after it",
			body: []string{"He said he was confident shadow home secretary Tom Reed would set out the position."},
			want: []want{{name: "Tom Reed", typ: entities.EntityPerson, roles: []string{"shadow home secretary"}}},
		},
		{
			name: "a compass word ends a person's name as a surname",
			body: []string{"Kanye Weston and Kanye West won awards."},
			want: []want{{name: "Kanye West", typ: entities.EntityPerson}},
		},
		{
			name: "a title opening the sentence stays the role",
			body: []string{"Actress Jane Fonda spoke first."},
			want: []want{{name: "Jane Fonda", typ: entities.EntityPerson, roles: []string{"Actress"}}},
		},
		{
			name: "a common word opening the sentence describes the names after it, and is none of them",
			body: []string{
				"Finalists Anna Moss and Carl Drew were told by hosts on Sunday.",
				"Former Wexham winger Tim Hale scored twice.",
				"The four finalists will face a joint Jungle Trial and a fifth so-called Jungle Trial.",
				"And on 26 November singer Ben Stroud quit the show.",
				"Wexham have won six Primera Liga games.",
			},
			want: []want{
				{name: "Anna Moss", typ: entities.EntityPerson},
				{name: "Carl Drew", typ: entities.EntityPerson},
				{name: "Tim Hale", typ: entities.EntityPerson, roles: []string{"Former Wexham winger"}},
				{name: "Ben Stroud", typ: entities.EntityPerson, roles: []string{"singer"}},
				{name: "Primera Liga", typ: entities.EntityOrganization},
			},
			none: []string{"Finalists", "Finalists Anna Moss", "Former Wexham", "Jungle Trial", "November"},
		},
		{
			name: "a possessive and an of phrase give an affiliation once the person is known",
			body: []string{"Labour's Joan Pike said the vote was lost.", "Ilse Varga of Kessler Brandt Inc said rates would rise. Varga added that it was too early."},
			want: []want{
				{name: "Joan Pike", typ: entities.EntityPerson, affs: []string{"Labour"}},
				{name: "Ilse Varga", typ: entities.EntityPerson, affs: []string{"Kessler Brandt Inc"}},
			},
		},
		{
			name: "a given name before a word that ends names of laws is a person",
			body: []string{"They cast Emma Law as the judge."},
			want: []want{{name: "Emma Law", typ: entities.EntityPerson}},
		},
		{
			name: "a line-up: initials and surnames, sides and the captain",
			body: []string{
				"Paul Ostrow will lead the side against the visitors.",
				"P Ostrow (Oxbridge, capt); G Verdi (Treviso), M Bianchi (Treviso), L Nerin, F Gallo, A N Other.",
			},
			want: []want{
				{name: "Paul Ostrow", typ: entities.EntityPerson, aliases: []string{"P Ostrow"}, roles: []string{"capt"}, affs: []string{"Oxbridge"}},
				{name: "G Verdi", typ: entities.EntityPerson, affs: []string{"Treviso"}},
				{name: "L Nerin", typ: entities.EntityPerson},
				{name: "Treviso", typ: entities.EntityOrganization},
			},
			none: []string{"A N Other"},
		},
		{
			name: "a list in a sentence is no line-up",
			body: []string{"Guests have included Anna Moss, Carl Drew, Bea Holt, Dan Frey and Tim Rusk."},
			want: []want{
				{name: "Anna Moss", typ: entities.EntityPerson},
				{name: "Tim Rusk", typ: entities.EntityPerson},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf("", tt.body...)
			checkWants(t, a, entities.Extract(Read(a)), tt.want, tt.none)
		})
	}
}

// TestExPrefixMakesAFormerRole: "Ex-Liberal leader Tom Vane" led the
// party once: the role keeps its "Ex-" and the party is no affiliation of
// his now.
func TestExPrefixMakesAFormerRole(t *testing.T) {
	a := articleOf("Vote", "Ex-Liberal leader Tom Vane said the vote was close. The ex-Northwind chief Ada Holt agreed with him.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Tom Vane": "Ex-Liberal leader", "Ada Holt": "ex-Northwind chief"} {
		e := findEntity(ents, name)
		if e == nil {
			t.Errorf("no %s in %+v", name, ents)
			continue
		}
		if !slices.Contains(e.Roles, role) || len(e.Affiliations) > 0 {
			t.Errorf("%s: roles %q, affiliations %q; want the role %q and no affiliation", name, e.Roles, e.Affiliations, role)
		}
	}
}

// TestWorkBeforeATradeIsNoAffiliation: "Moon Harbour actress Dana Reyes"
// and "Glass Houses' head writer Tom Reed" name a show, no organisation of
// theirs; a known broadcaster before a presenter stays one.
func TestWorkBeforeATradeIsNoAffiliation(t *testing.T) {
	a := articleOf("Soap news",
		"Moon Harbour actress Dana Reyes is to leave the soap after six years, her agent said.",
		"Glass Houses' head writer Tom Reed said the final episode would air in May. BBC presenter Alan Frost will host a tribute.")
	ents := Extract(a).Entities
	for _, work := range []string{"Moon Harbour", "Glass Houses"} {
		if e := findEntity(ents, work); e != nil {
			t.Errorf("a show is an entity: %+v", e)
		}
	}
	for _, name := range []string{"Dana Reyes", "Tom Reed"} {
		if e := findEntity(ents, name); e == nil || len(e.Affiliations) > 0 {
			t.Errorf("%s: %+v, want no affiliation", name, e)
		}
	}
	if e := findEntity(ents, "Alan Frost"); e == nil || !slices.Contains(e.Affiliations, "BBC") {
		t.Errorf("Alan Frost: %+v, want the BBC", e)
	}
}

// TestJobOpeningAHeadlineIsARole: "Rapper Vexx signs deal" where the text
// writes "Vexx" alone: the job opening the headline is his role, no word
// of a name; "Sprinter Ana Kell" is Ana Kell; a nation's adjective after
// other words ("Banned Canadian sprinter") is no affiliation.
func TestJobOpeningAHeadlineIsARole(t *testing.T) {
	a := articleOf("Rapper Vexx signs deal",
		"The label said on Monday that Vexx would release a new album in May.",
		"Sprinter Ana Kell, who won gold last year, said she would race in June. Banned Canadian sprinter Lia Dorn will miss the meeting.")
	ents := Extract(a).Entities
	for _, bad := range []string{"Rapper Vexx", "Sprinter Ana Kell", "Canadian"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a job read as part of a name: %+v", e)
		}
	}
	want := map[string]string{"Vexx": "Rapper", "Ana Kell": "Sprinter", "Lia Dorn": ""}
	for name, role := range want {
		e := findEntity(ents, name)
		if e == nil || e.Type != "person" || role != "" && !slices.Contains(e.Roles, role) || len(e.Affiliations) > 0 {
			t.Errorf("%s: %+v, want a person with the role %q and no affiliation", name, e, role)
		}
	}
}

// TestOfNameBeforeARoleIsWhole: "Bank of Ostria governor Lena Marsh"
// belongs to the bank, not to the country its name ends with.
func TestOfNameBeforeARoleIsWhole(t *testing.T) {
	a := articleOf("Rates", "Rates will stay low, Bank of Ostria governor Lena Marsh said on Monday. Bank of England governor Tom Vail agreed.")
	ents := Extract(a).Entities
	for name, aff := range map[string]string{"Lena Marsh": "Bank of Ostria", "Tom Vail": "Bank of England"} {
		if e := findEntity(ents, name); e == nil || !slices.Equal(e.Affiliations, []string{aff}) {
			t.Errorf("%s: %+v, want the affiliation %q", name, e, aff)
		}
	}
}

// TestPortfolioJoinedByAnd: "Farms and Fisheries Secretary Ann Dale" holds
// the whole office, not "Fisheries Secretary"; "Dale and Transport
// Secretary Tom Vail" are two people.
func TestPortfolioJoinedByAnd(t *testing.T) {
	a := articleOf("Quotas", "Trade and Fisheries Secretary Ann Dale said the quotas would stay.",
		"Ann Dale met Brown and Transport Secretary Tom Vail, whom Gordon Brown had sent.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Ann Dale"); e == nil || !slices.Contains(e.Roles, "Trade and Fisheries Secretary") {
		t.Errorf("Ann Dale: %+v", e)
	}
	if e := findEntity(ents, "Tom Vail"); e == nil || !slices.Contains(e.Roles, "Transport Secretary") {
		t.Errorf("Tom Vail: %+v", e)
	}
}
