package entities_test

// The tests parse articles with package knowledge, which imports this one: so
// they are in an external test package, and import knowledge with a dot as
// Go's own tests do in this case.

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	. "github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/internal/shared"
)

// articleOf builds an article from paragraphs; the first is the title.
func articleOf(title string, body ...string) *Article {
	a := &Article{ID: "test", Title: title}
	if title != "" {
		a.Paragraphs = append(a.Paragraphs, Paragraph{N: 1, Kind: KindTitle, Text: title})
	}
	for _, b := range body {
		a.Paragraphs = append(a.Paragraphs, Paragraph{N: len(a.Paragraphs) + 1, Kind: KindBody, Text: b})
	}
	return a
}

func findEntity(ents []Entity, name string) *Entity {
	for i := range ents {
		if ents[i].Name == name {
			return &ents[i]
		}
	}
	return nil
}

// want describes one entity a test expects.
type want struct {
	name    string
	typ     string
	aliases []string // each must be among the entity's aliases
	roles   []string // each must be among its roles
	affs    []string // each must be among its affiliations
	ments   int      // number of mentions, when not 0
}

func TestExtractEntities(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  []string
		want  []want
		none  []string // names that must not be entities of any type
	}{
		{
			name: "a title before a name is a role and the surname is the same person",
			body: []string{"Gov. Martha Quill (D-OR) said on Tuesday that the plan had failed.", "Quill later said she would vote against it, as did Ms. Hill."},
			want: []want{{name: "Martha Quill", typ: EntityPerson, aliases: []string{"Quill"}, roles: []string{"Gov.", "D-OR"}, ments: 2}, {name: "Hill", typ: EntityPerson}},
			none: []string{"D-OR", "Tuesday"},
		},
		{
			name:  "a firm named like a person, called by its name again and again",
			title: "Clifford sells ferry arm to Norway",
			body: []string{"Shares in shipping group Clifford rose sharply on news that it is selling its ferry arm.",
				"The sale to Norway's Fjordco is a lifeline to Clifford, which has large debts.", "Clifford now wants to cut costs."},
			want: []want{{name: "Clifford", typ: EntityOrganization}},
		},
		{
			name: "a legal form ends a firm's name, even at the start of a sentence",
			body: []string{"Brantley Ltd of Dallas said it sold the unit.", "Halvers AG said it would appeal.",
				"Kessler KGaA of Bonn said the deal was off."},
			want: []want{{name: "Brantley Ltd", typ: EntityOrganization}, {name: "Dallas", typ: EntityPlace},
				{name: "Halvers AG", typ: EntityOrganization}, {name: "Kessler KGaA", typ: EntityOrganization}},
			none: []string{"Brantley Ltd of Dallas", "AG", "Kessler KGaA of Bonn"},
		},
		{
			name: "a port and a newspaper named where the sentence starts",
			body: []string{"Lin Tao newspaper of Macau said the imports would fall.", "A missile hit a hulk off the port of Novaya Ravna.",
				"Grain imports will rise, Wen Hui newspaper said."},
			want: []want{{name: "Lin Tao", typ: EntityOrganization}, {name: "Novaya Ravna", typ: EntityPlace}, {name: "Wen Hui", typ: EntityOrganization}},
		},
		{
			name: "an event and a device named like people; people with a capital inside the surname",
			body: []string{"He gave the 2004 Alder Lecture at the academy.", "More than 28 million FunPad Advance handhelds have been sold.",
				"Jessica DeGroot and Angus MacArthur said the show was a success, and Lomana LuaLua agreed."},
			want: []want{{name: "Jessica DeGroot", typ: EntityPerson}, {name: "Angus MacArthur", typ: EntityPerson}, {name: "Lomana LuaLua", typ: EntityPerson}},
			none: []string{"Alder Lecture", "FunPad Advance"},
		},
		{
			name: "party codes in brackets or between commas",
			body: []string{"Rep. Dana Whitlow (D-N.Y.) and Sen. Carl Brenner, R-Ind., disagreed."},
			want: []want{
				{name: "Dana Whitlow", typ: EntityPerson, roles: []string{"Rep.", "D-N.Y."}},
				{name: "Carl Brenner", typ: EntityPerson, roles: []string{"Sen.", "R-Ind."}},
			},
			none: []string{"D-N.Y.", "R-Ind.", "N.Y.", "Ind."},
		},
		{
			name: "a capitalised job word before an unknown name, an apostrophe inside a name",
			body: []string{"Analyst Merve Tolun of the Bosporus Institute said the Kurdistan Farmers' Union would object."},
			want: []want{
				{name: "Merve Tolun", typ: EntityPerson, roles: []string{"Analyst"}, affs: []string{"Bosporus Institute"}},
				{name: "Kurdistan Farmers' Union", typ: EntityOrganization},
			},
		},
		{
			name: "an appositive gives a role and an affiliation",
			body: []string{"The talks were led by Yusuf Demir, the KDP negotiator, who arrived late."},
			want: []want{{name: "Yusuf Demir", typ: EntityPerson, roles: []string{"KDP negotiator"}, affs: []string{"KDP"}}},
		},
		{
			name: "an organisation and its acronym in brackets are one entity",
			body: []string{"The Northern Grain Cooperative (NGC) raised prices.", "A spokesman for the NGC declined to comment."},
			want: []want{{name: "Northern Grain Cooperative", typ: EntityOrganization, aliases: []string{"NGC"}, ments: 3}},
		},
		{
			name: "an acronym before its expansion joins it by initials",
			body: []string{"Fighters of the KLF crossed the river.", "The Kurdistan Liberation Front has denied it."},
			want: []want{{name: "Kurdistan Liberation Front", typ: EntityOrganization, aliases: []string{"KLF"}, ments: 2}},
		},
		{
			name: "a lower-case role before a name and an affiliation after it",
			body: []string{"The plan will not work, economist Dalia Farouk of the Cairo Institute for Policy Studies told reporters."},
			want: []want{
				{name: "Dalia Farouk", typ: EntityPerson, roles: []string{"economist"}, affs: []string{"Cairo Institute for Policy Studies"}},
				{name: "Cairo Institute for Policy Studies", typ: EntityOrganization},
			},
		},
		{
			name: "an office with a complement before a name, a particle after a title",
			body: []string{"Minister for Northern Affairs Tobias Brandt visited the camp with UN Special Envoy de Vries."},
			want: []want{
				{name: "Tobias Brandt", typ: EntityPerson, roles: []string{"Minister for Northern Affairs"}},
				{name: "de Vries", typ: EntityPerson, roles: []string{"Special Envoy"}, affs: []string{"UN"}},
			},
		},
		{
			name: "an organisation before a title is an affiliation",
			body: []string{"Militia Commander-in-Chief Rasul Haddad spoke after the PLF Commander Ivo Marek left."},
			want: []want{
				{name: "Rasul Haddad", typ: EntityPerson, roles: []string{"Commander-in-Chief"}},
				{name: "Ivo Marek", typ: EntityPerson, roles: []string{"Commander"}, affs: []string{"PLF"}},
			},
		},
		{
			name: "particles and hyphens stay inside names, and the key ignores them",
			body: []string{"President Omar al-Bashiri met Sheikh Hamad bin Khalid in Doha.", "Al Bashiri's office said the meeting went well."},
			want: []want{
				{name: "Omar al-Bashiri", typ: EntityPerson, aliases: []string{"Al Bashiri"}, roles: []string{"President"}, ments: 2},
				{name: "Hamad bin Khalid", typ: EntityPerson},
				{name: "Doha", typ: EntityPlace},
			},
		},
		{
			name: "Italian and Portuguese particles stay inside names on their own",
			body: []string{"Flanker Marco dal Pino will start, and Luca di Ronco said the side was ready.", "Team-mate Ana da Rocha agreed."},
			want: []want{
				{name: "Marco dal Pino", typ: EntityPerson},
				{name: "Luca di Ronco", typ: EntityPerson},
				{name: "Ana da Rocha", typ: EntityPerson},
			},
			none: []string{"Marco", "Luca", "Ana"},
		},
		{
			name: "the trades of science, engineering and business are roles",
			body: []string{"The award went to software engineer Tom Hale and the physicist Ivo Marek.", "Businessman Max Orrin bought the club."},
			want: []want{
				{name: "Tom Hale", typ: EntityPerson, roles: []string{"software engineer"}},
				{name: "Ivo Marek", typ: EntityPerson, roles: []string{"physicist"}},
				{name: "Max Orrin", typ: EntityPerson, roles: []string{"Businessman"}},
			},
		},
		{
			name: "places from the gazetteer and from context",
			body: []string{"Shelling hit the outskirts of Tel Zawiya and a school in Marrakech.", "Guards stood outside Al-Mazra prison."},
			want: []want{
				{name: "Tel Zawiya", typ: EntityPlace},
				{name: "Marrakech", typ: EntityPlace},
				{name: "Al-Mazra", typ: EntityPlace},
			},
		},
		{
			name: "sentence-initial capitals and capitalised common words are no names",
			body: []string{"Fighting resumed on Monday. Meanwhile the two Presidents spoke.", "The fighting was fierce, the president said."},
			none: []string{"Fighting", "Monday", "Meanwhile", "Presidents"},
		},
		{
			name: "a job word starting a sentence is no person, an ampersand joins a name",
			body: []string{"Analysts said the offer by Marsh & Pryor was low."},
			want: []want{{name: "Marsh & Pryor", typ: EntityOrganization}},
			none: []string{"Analysts"},
		},
		{
			name: "a role before a comma, a sentence's first word before an acronym",
			body: []string{"The firm's chief executive, Ilse Brandauer, spoke first. Rival ZNT said nothing."},
			want: []want{{name: "Ilse Brandauer", typ: EntityPerson, roles: []string{"chief executive"}}, {name: "ZNT", typ: EntityOrganization}},
			none: []string{"Rival ZNT", "Rival"},
		},
		{
			name: "an organisation known as its acronym",
			body: []string{"The Northern Relief Mission, known as NORMIS, said its staff were safe."},
			want: []want{{name: "Northern Relief Mission", typ: EntityOrganization, aliases: []string{"NORMIS"}, ments: 2}},
		},
		{
			name: "a nickname after known as is an alias, a place before a speech verb is no speaker",
			body: []string{"The militia is led by Tarek Hamdan Obeid, widely known as Tiger. Residents in Kassala told reporters they fled."},
			want: []want{
				{name: "Tarek Hamdan Obeid", typ: EntityPerson, aliases: []string{"Tiger"}},
				{name: "Kassala", typ: EntityPlace},
			},
		},
		{
			name: "a possessive inside a firm's name, a role word before a firm",
			body: []string{"The notes were rated by Hadley's Ratings Service Inc, lead manager Carrow Brothers Inc said."},
			want: []want{
				{name: "Hadley's Ratings Service Inc", typ: EntityOrganization},
				{name: "Carrow Brothers Inc", typ: EntityOrganization},
			},
		},
		{
			name: "a speaker that is an it is an organisation, one that is a who a person",
			body: []string{"Zentrex said it would appeal.", "Okonjo, who chairs the board, said he agreed."},
			want: []want{{name: "Zentrex", typ: EntityOrganization}, {name: "Okonjo", typ: EntityPerson}},
		},
		{
			name: "different people who share a surname stay apart",
			body: []string{"Anna Kowalski and her brother Piotr Kowalski run the firm.", "Piotr Kowalski said sales were up.", "Kowalski added that exports had doubled."},
			want: []want{
				{name: "Anna Kowalski", typ: EntityPerson, ments: 1},
				{name: "Piotr Kowalski", typ: EntityPerson, ments: 3},
			},
		},
		{
			name: "collective actors are groups",
			body: []string{"Tribal fighters and government forces clashed while the Kurds watched; both sides blamed each other."},
			want: []want{
				{name: "tribal fighters", typ: EntityGroup},
				{name: "government forces", typ: EntityGroup},
				{name: "Kurds", typ: EntityGroup},
				{name: "both sides", typ: EntityGroup},
			},
			none: []string{"Kurdish"},
		},
		{
			name: "a bare title is the person who holds it",
			body: []string{"Foreign Secretary Alan Pryce flew to Oslo.", "The Foreign Secretary said the talks were useful."},
			want: []want{{name: "Alan Pryce", typ: EntityPerson, roles: []string{"Foreign Secretary"}, ments: 2}},
			none: []string{"Foreign Secretary"},
		},
		{
			name: "a bare office held by no one named: a specific one is a person, a generic one nothing",
			body: []string{"The Home Secretary met the President and the Syrian President on Friday."},
			want: []want{{name: "Home Secretary", typ: EntityPerson}},
			none: []string{"President", "Syrian President"},
		},
		{
			name:  "a headline in capitals yields only names known from the body",
			title: "KURDISH FORCES AGREE TO TALKS WITH DAMASCUS AS ZAGROS FRONT WITHDRAWS",
			body:  []string{"The Zagros Front said it would leave the town."},
			want: []want{
				{name: "Zagros Front", typ: EntityOrganization, ments: 2},
				{name: "Damascus", typ: EntityPlace, ments: 1},
			},
			none: []string{"KURDISH FORCES", "AGREE", "TALKS"},
		},
		{
			name:  "a headline in title case is read like one in capitals",
			title: "Rebels Seize Airport Near Aleppo After Long Siege",
			body:  []string{"The airport fell on Sunday."},
			want:  []want{{name: "Aleppo", typ: EntityPlace}},
			none:  []string{"Rebels Seize Airport", "Long Siege", "Seize Airport"},
		},
		{
			name: "a unit of an organisation is an organisation of its own",
			body: []string{"The Air Command of the Northern Defence Forces issued a statement."},
			want: []want{
				{name: "Air Command", typ: EntityOrganization, affs: []string{"Northern Defence Forces"}},
				{name: "Northern Defence Forces", typ: EntityOrganization},
			},
		},
		{
			name: "a job word before a given name is a role, a party the affiliation, a nationality neither",
			body: []string{"Croatian Ivan Horvat beat him in Zagreb.", "Singer Laura Mendes will open the show, said Liberal Democrat Peter Vane."},
			want: []want{
				{name: "Ivan Horvat", typ: EntityPerson},
				{name: "Laura Mendes", typ: EntityPerson, roles: []string{"Singer"}},
				{name: "Peter Vane", typ: EntityPerson, affs: []string{"Liberal Democrats"}},
			},
		},
		{
			name: "capitalised title words before lower-case role words",
			body: []string{"Chief executive Lena Vogt and Shadow chancellor Omar Pell disagreed."},
			want: []want{
				{name: "Lena Vogt", typ: EntityPerson, roles: []string{"Chief executive"}},
				{name: "Omar Pell", typ: EntityPerson, roles: []string{"Shadow chancellor"}},
			},
		},
		{
			name: "lower-case role words after an organisation's name",
			body: []string{"The ceasefire held, Zagros Front deputy commander Ali Veysi said on Jan. 4, 2026."},
			want: []want{{name: "Ali Veysi", typ: EntityPerson, roles: []string{"deputy commander"}, affs: []string{"Zagros Front"}}},
		},
		{
			name: "a post-nominal is a role, not part of the name",
			body: []string{"The case was argued by Helen Marsh QC for the families."},
			want: []want{{name: "Helen Marsh", typ: EntityPerson, roles: []string{"QC"}}},
		},
		{
			name: "a heading in capitals inside the text is no name",
			body: []string{"WHO PAYS THE BILL", "Villagers said the water board would pay."},
			none: []string{"WHO PAYS THE BILL", "WHO", "PAYS"},
		},
		{
			name: "a name used as a modifier founds no entity",
			body: []string{"The fall of the Volkov dynasty changed everything."},
			none: []string{"Volkov"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf(tt.title, tt.body...)
			checkWants(t, a, entities.Extract(Read(a)), tt.want, tt.none)
		})
	}
}

// checkWants checks the entities of a against what a test wants: each
// wanted entity with its type, aliases, roles, affiliations and number of
// mentions, no entity named as one of none, and the mention contract.
func checkWants(t *testing.T, a *Article, ents []Entity, wants []want, none []string) {
	t.Helper()
	for _, w := range wants {
		e := findEntity(ents, w.name)
		if e == nil {
			t.Errorf("no entity %q in %s", w.name, entityNames(ents))
			continue
		}
		if e.Type != w.typ {
			t.Errorf("%q: type %s, want %s", w.name, e.Type, w.typ)
		}
		for _, al := range w.aliases {
			if !slices.Contains(e.Aliases, al) {
				t.Errorf("%q: aliases %q lack %q", w.name, e.Aliases, al)
			}
		}
		for _, r := range w.roles {
			if !slices.Contains(e.Roles, r) {
				t.Errorf("%q: roles %q lack %q", w.name, e.Roles, r)
			}
		}
		for _, f := range w.affs {
			if !slices.Contains(e.Affiliations, f) {
				t.Errorf("%q: affiliations %q lack %q", w.name, e.Affiliations, f)
			}
		}
		if w.ments > 0 && len(e.Mentions) != w.ments {
			t.Errorf("%q: %d mentions %v, want %d", w.name, len(e.Mentions), e.Mentions, w.ments)
		}
	}
	for _, n := range none {
		for _, e := range ents {
			if e.Name == n || slices.Contains(e.Aliases, n) {
				t.Errorf("%q should be no entity, got %s %q", n, e.Type, e.Name)
			}
		}
	}
	checkMentions(t, a, ents)
}

func entityNames(ents []Entity) string {
	var b strings.Builder
	for _, e := range ents {
		b.WriteString(e.Type + ":" + e.Name + " ")
	}
	return b.String()
}

// checkMentions checks the contract: IDs e1, e2... in order of first
// mention, and every mention's text at its byte offsets.
func checkMentions(t *testing.T, a *Article, ents []Entity) {
	t.Helper()
	prevP, prevS := 0, -1
	for i, e := range ents {
		if want := "e" + strconv.Itoa(i+1); e.ID != want {
			t.Errorf("entity %d has ID %q, want %q", i, e.ID, want)
		}
		if len(e.Mentions) == 0 {
			t.Errorf("%s has no mentions", e.Name)
			continue
		}
		m0 := e.Mentions[0]
		if m0.Paragraph < prevP || m0.Paragraph == prevP && m0.Start < prevS {
			t.Errorf("%s first mentioned before the entity listed before it", e.Name)
		}
		prevP, prevS = m0.Paragraph, m0.Start
		for _, m := range e.Mentions {
			p, ok := a.Paragraph(m.Paragraph)
			if !ok {
				t.Fatalf("%s: mention in paragraph %d, which does not exist", e.Name, m.Paragraph)
			}
			if m.Start < 0 || m.End > len(p.Text) || m.Start >= m.End {
				t.Fatalf("%s: mention [%d:%d] out of range of %d bytes", e.Name, m.Start, m.End, len(p.Text))
			}
			if p.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention text %q, but text[%d:%d] is %q", e.Name, m.Text, m.Start, m.End, p.Text[m.Start:m.End])
			}
		}
	}
}

func TestExtractEntitiesBoilerplateYieldsNothing(t *testing.T) {
	a := &Article{Paragraphs: []Paragraph{{N: 1, Kind: KindBoilerplate, Text: "Follow Jane Doe of the Daily Planet on Twitter"}}}
	if ents := entities.Extract(Read(a)); len(ents) != 0 {
		t.Errorf("boilerplate gave entities: %s", entityNames(ents))
	}
}

func FuzzExtractEntities(f *testing.F) {
	seeds := []string{
		"Sen. Jane Roe (R-TX) said the U.S. Senate would act.",
		"“The SDF,” he said, “released al-Hol.” Mazloum Abdi, the SDF commander, agreed.",
		"ÉCOLE NORMALE SUPÉRIEURE IN PARIS",
		"", " ", "(", "Mr.", "al", "A-", "’s", "\xff\xfe", "U.S.-Syria", "of the", "Dr. . . X",
		"Minister for the", "the Foreign Secretary", "Kurdish-led Syrian Democratic Forces (SDF)",
	}
	for _, s := range seeds {
		f.Add(s, "Title Of It")
	}
	f.Fuzz(func(t *testing.T, body, title string) {
		a := articleOf(title, body, body+" "+title)
		ents := entities.Extract(Read(a))
		for _, e := range ents {
			for _, m := range e.Mentions {
				p, ok := a.Paragraph(m.Paragraph)
				if !ok || m.Start < 0 || m.End > len(p.Text) || m.Start > m.End {
					t.Fatalf("mention %+v out of range", m)
				}
				if p.Text[m.Start:m.End] != m.Text {
					t.Fatalf("mention text %q != text[%d:%d] %q", m.Text, m.Start, m.End, p.Text[m.Start:m.End])
				}
				if utf8.ValidString(p.Text) && !utf8.ValidString(m.Text) {
					t.Fatalf("mention %q splits a character", m.Text)
				}
			}
		}
	})
}

// BenchmarkExtractEntities runs entity extraction over the BBC corpus and
// reports the time per article (reading and tagging it included) and the
// sentences entity extraction parsed per article.
func BenchmarkExtractEntities(b *testing.B) {
	dir := shared.Dir()
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no BBC corpus in shared/corpus/bbc above the package")
	}
	var arts []*Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := Parse(f, f, data, ParseOptions{})
		if err != nil {
			continue
		}
		arts = append(arts, a)
	}
	entities.LoadLexicon()
	b.ResetTimer()
	n, parsed := 0, 0
	for b.Loop() {
		for _, a := range arts {
			doc := Read(a)
			entities.Extract(doc)
			n++
			for _, p := range doc.Paragraphs {
				for _, s := range p.Sentences {
					if s.Parsed {
						parsed++
					}
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/article")
	b.ReportMetric(float64(parsed)/float64(n), "parsed/article")
}

// TestHonorificIsNoRole checks that an honorific is parted from the office
// before it and shown as no role, but says the person's gender.
func TestHonorificIsNoRole(t *testing.T) {
	a, err := Parse("h.txt", "h.txt", []byte("Clinic update\n\nRegional Commissioner for Water Mrs Amina Sesay said the pumps were repaired. Dr. Oren Vail agreed."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ents := entities.Extract(Read(a))
	if e := findEntity(ents, "Amina Sesay"); e == nil {
		t.Error("Amina Sesay not found")
	} else if got := strings.Join(e.Roles, " | "); got != "Regional Commissioner for Water" || e.Gender != entities.GenderFemale {
		t.Errorf("roles = %q, gender %q; want the office alone, and female", got, e.Gender)
	}
	if e := findEntity(ents, "Oren Vail"); e == nil {
		t.Error("Oren Vail not found")
	} else if len(e.Roles) != 0 || e.Gender != "" {
		t.Errorf("roles = %q, gender %q; want none", e.Roles, e.Gender)
	}
}

func TestKnownNameSpeltAsTheArticleSpellsIt(t *testing.T) {
	a, _ := Parse("n.txt", "n.txt", []byte("Patrols\n\nThe North Atlantic Treaty Organization (NATO) sent two frigates. NATO said the patrols would last a month."), ParseOptions{})
	for _, e := range entities.Extract(Read(a)) {
		if strings.Contains(e.Name, "Atlantic") || strings.EqualFold(e.Name, "nato") {
			if e.Name == "Nato" {
				t.Errorf("name %q, want it as the article writes it", e.Name)
			}
			return
		}
	}
	t.Error("NATO not found")
}

// TestPossessorIsNotWhatTheVerbTakes: "joined Dev Patil's sitcom" joins
// the sitcom, and "at Ilse Marsh's house" is at the house: the name that
// owns it is typed by what else the text says of it, not by the cue; but
// "in Valmora's central square" is in Valmora.
func TestPossessorIsNotWhatTheVerbTakes(t *testing.T) {
	for _, tt := range []struct{ body, name, typ string }{
		{"Two film stars have joined Dev Patil's new sitcom, the producers said.", "Dev Patil", entities.EntityPerson},
		{"Fans gathered at Ilse Marsh's house on Sunday.", "Ilse Marsh", entities.EntityPerson},
		// A place's cue before a part of a place stays the name's.
		{"Demonstrators gathered in Valmora's central square on Friday.", "Valmora", entities.EntityPlace},
		{"Thousands still live in Korvath's refugee camps.", "Korvath", entities.EntityPlace},
	} {
		a, err := Parse("p.txt", "p.txt", []byte("News\n\n"+tt.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if e := findEntity(entities.Extract(Read(a)), tt.name); e == nil || e.Type != tt.typ {
			t.Errorf("%q: %s = %+v, want a %s", tt.body, tt.name, e, tt.typ)
		}
	}
}

// TestHonorificTakesASurname: "Mr Howard" is a Mr Howard, never the first
// name of another man of the article ("Howard Pike"); and a headline's
// "Hague", then "Mr Hague", is a person's name, not the city's.
func TestHonorificTakesASurname(t *testing.T) {
	for _, body := range []string{
		"Party row\n\nSacked MP Howard Pike said he would not resign. Mr Pike said he had support.\n\n" +
			"At a news conference, Mr Howard insisted he had kept to the rules.",
	} {
		a, err := Parse("s.txt", "s.txt", []byte(body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entities.Extract(Read(a)) {
			if e.Name != "Howard Pike" {
				continue
			}
			for _, m := range e.Mentions {
				if m.Text == "Mr Howard" {
					t.Errorf("%q: %q became a mention of Howard Pike", body, m.Text)
				}
			}
			if slices.Contains(e.Aliases, "Howard") {
				t.Errorf("%q: Howard Pike has the alias Howard", body)
			}
		}
	}
	a, _ := Parse("h.txt", "h.txt", []byte("Hague 'quits' front bench\n\nMr Hague, 44, told a radio show he would write books. Mr Hague said he was content."), ParseOptions{})
	for _, e := range entities.Extract(Read(a)) {
		if strings.Contains(e.Name, "Hague") && e.Type == entities.EntityPerson && e.Name != "Hague" {
			t.Errorf("the person Mr Hague is named %q", e.Name)
		}
	}
}

// TestNoPersonBehindATradeOrAnAcronym: "According to consultants Acme
// Metrics, ..." names a firm of consultants (the comma closes the phrase;
// no list goes on), and "HLS (Harper Lane System)" spells out an acronym:
// neither is a person. "analysts Ann Tsui, Bea Marr and ..." are people.
func TestNoPersonBehindATradeOrAnAcronym(t *testing.T) {
	a, err := Parse("t.txt", "t.txt", []byte("Screens\n\nAccording to consultants Acme Metrics, only 9% of homes will buy one. "+
		"Many new sets with HLS (Harper Lane System) panels went on sale. Industry analysts Ann Tsui, Bea Marr and Carl Odum disagreed."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ents := entities.Extract(Read(a))
	for _, name := range []string{"Acme Metrics", "Harper Lane System"} {
		if e := findEntity(ents, name); e != nil && e.Type == entities.EntityPerson {
			t.Errorf("%s is a person", name)
		}
	}
	for _, name := range []string{"Ann Tsui", "Bea Marr"} {
		if e := findEntity(ents, name); e == nil || e.Type != entities.EntityPerson {
			t.Errorf("%s is no longer a person: %+v", name, e)
		}
	}
}

// TestListWithoutAndTypesItsNames: four names or more joined by commas
// alone are a list, as a table of qualifiers writes it; a name typed as a
// person by default among clubs is a club.
func TestListWithoutAndTypesItsNames(t *testing.T) {
	a, err := Parse("l.txt", "l.txt", []byte("Cup draw\n\nThe qualifiers are: Rapid Vienna, Sporting Lisbon, Dynamo Kiev, Hertha Berlin, Torvald Brenning."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if e := findEntity(entities.Extract(Read(a)), "Torvald Brenning"); e != nil && e.Type == entities.EntityPerson {
		t.Errorf("a club listed among clubs is a person: %+v", e)
	}
}

// TestWorkAfterItsKindIsNoPerson: "dark comedy Harvey Lamb" names a show.
func TestWorkAfterItsKindIsNoPerson(t *testing.T) {
	a, err := Parse("w.txt", "w.txt", []byte("TV\n\nIn the sitcom category, dark comedy Harvey Lamb - which began on a small channel - was shortlisted."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if e := findEntity(entities.Extract(Read(a)), "Harvey Lamb"); e != nil && e.Type == entities.EntityPerson {
		t.Errorf("a comedy is a person: %+v", e)
	}
}

// TestGivenNameBeforeAPlaceHead: "in Parliament's Victoria Tower", "at
// Rodney Parade" are places; "Wayne Tower said" is a man.
func TestGivenNameBeforeAPlaceHead(t *testing.T) {
	a, err := Parse("p.txt", "p.txt", []byte("Archive\n\nThe papers are kept on 12 floors in Parliament's Victoria Tower. "+
		"Newport won 3-0 at Rodney Parade. Wayne Tower said he was pleased."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ents := entities.Extract(Read(a))
	for _, name := range []string{"Victoria Tower", "Rodney Parade"} {
		if e := findEntity(ents, name); e == nil || e.Type != entities.EntityPlace {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
	if e := findEntity(ents, "Wayne Tower"); e == nil || e.Type != entities.EntityPerson {
		t.Errorf("Wayne Tower: %+v, want a person", e)
	}
}
