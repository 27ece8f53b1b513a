package claims_test

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
	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/internal/shared"
	"github.com/briefbot/briefbot/knowledge/text"
)

// claimArticle builds a titled plain-text article from paragraphs.
func claimArticle(t testing.TB, paras ...string) *Article {
	t.Helper()
	a, err := Parse("test.txt", "test.txt", []byte("A headline for the test\n\n"+strings.Join(paras, "\n\n")), ParseOptions{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return a
}

// claimWant is what a test expects of one claim; empty fields are not checked.
type claimWant struct {
	speaker, mention, cue, stance, content string
	quoted                                 bool
}

func checkClaimList(t *testing.T, a *Article, got []Claim, want []claimWant) {
	t.Helper()
	for _, c := range got {
		p, ok := a.Paragraph(c.Paragraph)
		if !ok || c.Start < 0 || c.End > len(p.Text) || c.Start > c.End || p.Text[c.Start:c.End] != c.Content {
			t.Errorf("claim %q: offsets %d:%d do not point at its content in paragraph %d", c.Content, c.Start, c.End, c.Paragraph)
		}
	}
	if len(got) != len(want) {
		for _, c := range got {
			t.Logf("got %s %s (%s): %q", c.Speaker, c.Cue, c.Stance, c.Content)
		}
		t.Fatalf("got %d claims, want %d", len(got), len(want))
	}
	for i, w := range want {
		c := got[i]
		if w.speaker != "" && c.Speaker != w.speaker {
			t.Errorf("claim %d: speaker %q, want %q", i, c.Speaker, w.speaker)
		}
		if w.mention != "" && (c.SpeakerMention == nil || c.SpeakerMention.Text != w.mention) {
			t.Errorf("claim %d: speaker mention %+v, want %q", i, c.SpeakerMention, w.mention)
		}
		if w.cue != "" && c.Cue != w.cue {
			t.Errorf("claim %d: cue %q, want %q", i, c.Cue, w.cue)
		}
		if w.stance != "" && c.Stance != w.stance {
			t.Errorf("claim %d: stance %q, want %q", i, c.Stance, w.stance)
		}
		if w.content != "" && c.Content != w.content {
			t.Errorf("claim %d: content %q, want %q", i, c.Content, w.content)
		}
		if c.Quoted != w.quoted {
			t.Errorf("claim %d: quoted %v, want %v", i, c.Quoted, w.quoted)
		}
	}
}

func TestExtractClaims(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []claimWant
	}{{
		name:  "a quote with the cue after it",
		paras: []string{"“We will reopen the bridge before the winter storms arrive,” the Harbour Authority said."},
		want: []claimWant{{speaker: "Harbour Authority", cue: "said", stance: "assert",
			content: "We will reopen the bridge before the winter storms arrive", quoted: true}},
	}, {
		name:  "a quote with the cue and a colon before it",
		paras: []string{`Mayor Ines Calloway said: "The budget is balanced for the first time in a decade."`},
		want: []claimWant{{speaker: "Ines Calloway", cue: "said",
			content: "The budget is balanced for the first time in a decade.", quoted: true}},
	}, {
		name:  "a quote with the cue and speaker inverted",
		paras: []string{"“The river has never been this low in living memory,” said Tomas Berg, a hydrologist at the institute."},
		want:  []claimWant{{speaker: "Tomas Berg", mention: "Tomas Berg", content: "The river has never been this low in living memory", quoted: true}},
	}, {
		name:  "indirect speech with that",
		paras: []string{"The Coastal Rescue League claimed that three boats had capsized near the northern pier."},
		want: []claimWant{{speaker: "Coastal Rescue League", cue: "claimed", stance: "assert",
			content: "three boats had capsized near the northern pier"}},
	}, {
		name:  "a denial",
		paras: []string{"The ministry denied that any staff had been dismissed over the leak."},
		want:  []claimWant{{speaker: "the ministry", cue: "denied", stance: "deny", content: "any staff had been dismissed over the leak"}},
	}, {
		name:  "an accusation",
		paras: []string{"The union accused the company of hiding losses from its pension fund."},
		want: []claimWant{{speaker: "the union", cue: "accused", stance: "accuse",
			content: "the company of hiding losses from its pension fund"}},
	}, {
		name:  "a vow with a partial quote",
		paras: []string{"Senator Ada Whitlock was scathing about the plan, vowing to block it “with every tool we have” if it reached the floor."},
		want: []claimWant{{speaker: "Ada Whitlock", cue: "vowing", stance: "vow",
			content: "to block it “with every tool we have” if it reached the floor", quoted: true}},
	}, {
		name:  "according to, after the content",
		paras: []string{"Some 4,000 homes lost power during the night, according to the grid operator."},
		want:  []claimWant{{speaker: "the grid operator", cue: "according to", stance: "report", content: "Some 4,000 homes lost power during the night"}},
	}, {
		name:  "a listener after told",
		paras: []string{"Petra Lindqvist told reporters that the talks would resume on Monday."},
		want:  []claimWant{{speaker: "Petra Lindqvist", cue: "told", content: "the talks would resume on Monday"}},
	}, {
		name:  "a document speaks for its author",
		paras: []string{"A 2023 report by the Meadow Trust outlined nine sites where nesting birds had returned."},
		want:  []claimWant{{speaker: "Meadow Trust", cue: "outlined", stance: "report", content: "nine sites where nesting birds had returned"}},
	}, {
		name: "a pronoun resolves to the last person named",
		paras: []string{
			"Rafael Ortega, the club's manager, praised the players after the match.",
			"“We were patient and we were brave,” he said.",
		},
		want: []claimWant{{speaker: "Rafael Ortega", mention: "he", content: "We were patient and we were brave", quoted: true}},
	}, {
		name: "it added resolves to the organisation that spoke",
		paras: []string{
			"“The dam is safe,” the Water Board said.",
			"“Inspections will continue every week until the rains stop,” it added.",
		},
		want: []claimWant{
			{speaker: "Water Board", content: "The dam is safe", quoted: true},
			{speaker: "Water Board", mention: "it", cue: "added", content: "Inspections will continue every week until the rains stop", quoted: true},
		},
	}, {
		name: "the statement speaks for the office that released it",
		paras: []string{
			"The governor's office released a statement after the meeting.",
			"“Both sides agreed to keep talking,” the statement read.",
		},
		want: []claimWant{{speaker: "the governor's office", cue: "read", content: "Both sides agreed to keep talking", quoted: true}},
	}, {
		name: "a short name expands to the full name",
		paras: []string{
			"Nadia Farouk said the harbour would reopen.",
			"“It is a good day for the fishermen,” Farouk said.",
		},
		want: []claimWant{
			{speaker: "Nadia Farouk", content: "the harbour would reopen"},
			{speaker: "Nadia Farouk", mention: "Farouk", content: "It is a good day for the fishermen", quoted: true},
		},
	}, {
		name:  "quotes in a row keep their speaker",
		paras: []string{"“The plan is late,” Ivo Marsh said. “It is also far over budget.”"},
		want: []claimWant{
			{speaker: "Ivo Marsh", content: "The plan is late", quoted: true},
			{speaker: "Ivo Marsh", content: "It is also far over budget.", quoted: true},
		},
	}, {
		name: "a quote that runs over two paragraphs",
		paras: []string{
			"“We lost the first vote, but we will not lose the second,” Lena Koval said. “The members are with us.",
			"“And the public is with us too,” she said.",
		},
		want: []claimWant{
			{speaker: "Lena Koval", content: "We lost the first vote, but we will not lose the second", quoted: true},
			{speaker: "Lena Koval", content: "The members are with us.", quoted: true},
			{speaker: "Lena Koval", mention: "she", content: "And the public is with us too", quoted: true},
		},
	}, {
		name: "a quote over three paragraphs after a colon",
		paras: []string{
			"Mayor Ines Calloway said: “We have waited long enough for the new bridge.",
			"“The money is there and the plans are ready.",
			"“All we need now is the courage to start.”",
		},
		want: []claimWant{
			{speaker: "Ines Calloway", content: "We have waited long enough for the new bridge", quoted: true},
			{speaker: "Ines Calloway", content: "The money is there and the plans are ready.", quoted: true},
			{speaker: "Ines Calloway", content: "All we need now is the courage to start.", quoted: true},
		},
	}, {
		name: "a quote whose speaker is named in the next paragraph",
		paras: []string{
			"“The harbour has never been this quiet.",
			"“We used to load forty ships a week,” said Jon Ekberg, the port's oldest pilot.",
		},
		want: []claimWant{
			{speaker: "Jon Ekberg", content: "The harbour has never been this quiet.", quoted: true},
			{speaker: "Jon Ekberg", content: "We used to load forty ships a week", quoted: true},
		},
	}, {
		name:  "a parenthetical attribution keeps the whole sentence",
		paras: []string{"The new line, Ortiz said, would carry twice as many passengers by 2030."},
		want:  []claimWant{{speaker: "Ortiz", content: "The new line, Ortiz said, would carry twice as many passengers by 2030"}},
	}, {
		name:  "a speaker set off by commas",
		paras: []string{"Karin Holm, a spokeswoman for the port, said the cranes had been repaired."},
		want:  []claimWant{{speaker: "Karin Holm", content: "the cranes had been repaired"}},
	}, {
		name: "a paragraph that ends with a cue and a colon",
		paras: []string{
			"The harbour master said:",
			"“No ship will leave before the fog lifts.”",
		},
		want: []claimWant{{speaker: "the harbour master", content: "No ship will leave before the fog lifts.", quoted: true}},
	}, {
		name:  "the cue before its speaker at the start",
		paras: []string{"Said Mirela Dunst: “We knew the risks and we took them.”"},
		want:  []claimWant{{speaker: "Mirela Dunst", content: "We knew the risks and we took them.", quoted: true}},
	}, {
		name:  "quotes signed with a dash",
		paras: []string{"“The ferry is always late and nobody answers the phone.” ― Ruth Okafor"},
		want:  []claimWant{{speaker: "Ruth Okafor", content: "The ferry is always late and nobody answers the phone.", quoted: true}},
	}, {
		name:  "a quote headed by a source and a colon",
		paras: []string{"From the audit: “Four of the nine pumps had not been serviced since 2019.”"},
		want:  []claimWant{{speaker: "the audit", cue: ":", content: "Four of the nine pumps had not been serviced since 2019.", quoted: true}},
	}, {
		name:  "a call for something",
		paras: []string{"The teachers' union called for a pause in the new testing regime."},
		want:  []claimWant{{cue: "called for", content: "a pause in the new testing regime"}},
	}, {
		name:  "a contracted pronoun holds the subject",
		paras: []string{"Vera Lind spoke to the crowd.", "She’s claiming that the count was “rigged from the start.”"},
		want:  []claimWant{{speaker: "Vera Lind", content: "the count was “rigged from the start.”", quoted: true}},
	}, {
		name:  "according to sources listed with commas",
		paras: []string{"According to his friends, aides and allies, he wants to campaign for the senators this fall."},
		want:  []claimWant{{cue: "According to", content: "he wants to campaign for the senators this fall"}},
	}, {
		name:  "a named listener and a clause without that",
		paras: []string{"Oskar Veld told the BBC his company would not move to Dublin."},
		want:  []claimWant{{speaker: "Oskar Veld", cue: "told", content: "his company would not move to Dublin"}},
	}, {
		name:  "a denial of a noun",
		paras: []string{"The coach denied the allegations."},
		want:  []claimWant{{speaker: "the coach", stance: "deny", content: "the allegations"}},
	}, {
		// (a share of those polled names no one who speaks)
		name:  "a poll figure is no speaker",
		paras: []string{"Asked about the tax, 42% say they would pay more for cleaner rivers."},
		want:  nil,
	}, {
		name:  "a conjunction before the speaker is not part of it",
		paras: []string{"But a harbour spokeswoman said the ferry would sail at dawn."},
		want:  []claimWant{{speaker: "a harbour spokeswoman", cue: "said", content: "the ferry would sail at dawn"}},
	}, {
		name:  "a participle after the speaker's noun is not part of it",
		paras: []string{"The documents released on Friday showed that the minister had approved the plan."},
		want:  []claimWant{{speaker: "the documents", cue: "showed", content: "the minister had approved the plan"}},
	}, {
		name:  "a first person inside a quotation is no speaker of its own",
		paras: []string{"“I said then that the port would stay open, and I meant it,” the mayor told reporters."},
		want:  []claimWant{{speaker: "the mayor", cue: "told", quoted: true, content: "I said then that the port would stay open, and I meant it"}},
	}, {
		name:  "a passive cue names no speaker",
		paras: []string{"The mayor was accused of hiding the report from the council."},
	}, {
		name:  "title case headlines have no cues",
		paras: []string{"Star Asked Fans To Stay Home During The Storm Season"},
	}, {
		name:  "no claim without a cue",
		paras: []string{"The bridge was closed for three hours on Tuesday while engineers inspected it."},
	}, {
		name:  "claimed lives is no claim",
		paras: []string{"The storm claimed twelve lives across the region."},
	}, {
		name:  "quoted segments opened one after another take the cue that closes the last",
		paras: []string{`"The harvest was the worst in twenty years. "Many farms will not plant again next spring," the growers' spokesman Ivo Marsh said.`},
		want: []claimWant{
			{speaker: "Ivo Marsh", cue: "said", content: "The harvest was the worst in twenty years.", quoted: true},
			{speaker: "Ivo Marsh", cue: "said", content: "Many farms will not plant again next spring", quoted: true},
		},
	}, {
		name:  "a quote of two sentences before its cue is one claim",
		paras: []string{"“The ferry will run again. We have fixed the engines,” the operator Nordlink said on Sunday."},
		want: []claimWant{{speaker: "Nordlink", cue: "said",
			content: "The ferry will run again. We have fixed the engines", quoted: true}},
	}, {
		name:  "a quote that ends with its stop keeps the cue that follows",
		paras: []string{"“Close the gates!” Marta Olin shouted at the stewards."},
		want:  []claimWant{{speaker: "Marta Olin", cue: "shouted", content: "Close the gates!", quoted: true}},
	}, {
		name:  "a hyphenated name and a state abbreviation",
		paras: []string{"“The vote was rigged,” Anna Kowalski-Brandt, R-Tenn., said on Friday."},
		want:  []claimWant{{speaker: "Anna Kowalski-Brandt", cue: "said", content: "The vote was rigged", quoted: true}},
	}, {
		name:  "a possessive before a role",
		paras: []string{"The mayor's spokesman said that the roads would be cleared by noon."},
		want:  []claimWant{{cue: "said", content: "the roads would be cleared by noon"}},
	}, {
		name:  "captions yield no claims",
		paras: []string{"Harbour cranes\nCranes stand idle at the port, Monday, Jan. 5, 2026. (AP Photo/Jo Smith)"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := claimArticle(t, tt.paras...)
			got := claims.Extract(Read(a), nil)
			checkClaimList(t, a, got, tt.want)
		})
	}
}

func TestExtractClaimsWithEntities(t *testing.T) {
	a := claimArticle(t,
		"Defence Minister Olaf Brandt met the delegation on Tuesday.",
		"“No troops will be sent,” he said.",
		"The Northern Alliance rejected the offer.",
		"“The offer is an insult,” it said.")
	ents := []Entity{
		{ID: "e1", Name: "Olaf Brandt", Type: EntityPerson, Mentions: []Mention{{Paragraph: 2, Start: 17, End: 28, Text: "Olaf Brandt"}}},
		{ID: "e2", Name: "Northern Alliance", Type: EntityOrganization, Mentions: []Mention{{Paragraph: 4, Start: 4, End: 21, Text: "Northern Alliance"}}},
	}
	got := claims.Extract(Read(a), ents)
	want := []struct{ speaker, id, mention string }{{"Olaf Brandt", "e1", "he"}, {"Northern Alliance", "e2", "it"}}
	if len(got) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		c := got[i]
		if c.Speaker != w.speaker || c.SpeakerID != w.id || c.SpeakerMention == nil || c.SpeakerMention.Text != w.mention {
			t.Errorf("claim %d: speaker %q id %q mention %+v, want %q %q %q", i, c.Speaker, c.SpeakerID, c.SpeakerMention, w.speaker, w.id, w.mention)
		}
	}
}

func TestFindDisputes(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  [][]int
	}{{
		name: "a denial of the charge",
		paras: []string{
			"The rebels claimed that army units had shelled the market in the old town.",
			"The army denied the charge, saying that rebel mortars had shelled the market.",
		},
		want: [][]int{{0, 1}},
	}, {
		name: "a conflicting account joins the claims of both sides",
		paras: []string{
			"Local monitors claimed that militiamen freed the prisoners at the Tal Abyad jail.",
			"The governor gave a conflicting account, with the police command claiming it was the guards who released the prisoners.",
			"“The guards released the prisoners from the jail and fled,” the police command said.",
		},
		want: [][]int{{0, 1, 2}},
	}, {
		name: "a disagreement quoted inside a claim is the speaker's own",
		paras: []string{
			"The pollsters said that 40 percent of voters trusted the council.",
			"The survey found that 63 percent disagreed with the council on taxes.",
		},
	}, {
		name: "competing accounts of who did it",
		paras: []string{
			"Local monitors said that Tal Abyad militiamen freed the prisoners at the jail.",
			"The governor's office said it was the Border Guard who released the prisoners from the jail.",
		},
		want: [][]int{{0, 1}},
	}, {
		name: "the same agent in two accounts is no dispute",
		paras: []string{
			"Police said that Rebel fighters attacked the convoy near the bridge.",
			"The ministry said that Rebel fighters attacked the convoy at dawn.",
		},
	}, {
		name: "agreement is no dispute",
		paras: []string{
			"The council said that the bridge would reopen in May.",
			"The contractor said that the bridge would reopen in May as planned.",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := claimArticle(t, tt.paras...)
			cs := claims.Extract(Read(a), nil)
			got := claims.FindDisputes(Read(a), cs)
			if len(got) != len(tt.want) {
				for _, c := range cs {
					t.Logf("claim %s %s: %q", c.Speaker, c.Cue, c.Content)
				}
				t.Fatalf("got %d disputes %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if claimInts(got[i].Claims) != claimInts(w) || got[i].About == "" {
					t.Errorf("dispute %d: claims %v about %q, want %v", i, got[i].Claims, got[i].About, w)
				}
			}
		})
	}
}

func claimInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

// checkClaimInvariants fails on a claim that points outside its paragraph or
// a dispute that points outside the claims.
func checkClaimInvariants(t *testing.T, a *Article, f Facts) {
	t.Helper()
	for _, c := range f.Claims {
		p, ok := a.Paragraph(c.Paragraph)
		if !ok {
			t.Fatalf("claim %q in paragraph %d, which does not exist", c.Content, c.Paragraph)
		}
		if c.Start < 0 || c.End > len(p.Text) || c.Start > c.End || p.Text[c.Start:c.End] != c.Content {
			t.Fatalf("claim %q: offsets %d:%d out of place in %q", c.Content, c.Start, c.End, p.Text)
		}
		if !utf8.ValidString(c.Content) && utf8.ValidString(p.Text) {
			t.Fatalf("claim %q cuts a character", c.Content)
		}
		if m := c.SpeakerMention; m != nil {
			mp, ok := a.Paragraph(m.Paragraph)
			if !ok || m.Start < 0 || m.End > len(mp.Text) || m.Start > m.End || mp.Text[m.Start:m.End] != m.Text {
				t.Fatalf("speaker mention %+v out of place", m)
			}
		}
	}
	for _, d := range f.Disputes {
		for _, i := range d.Claims {
			if i < 0 || i >= len(f.Claims) {
				t.Fatalf("dispute %q points at claim %d of %d", d.About, i, len(f.Claims))
			}
		}
	}
}

func TestDescriptionsResolveByRole(t *testing.T) {
	a := claimArticle(t,
		"Senator Ada Whitlock met the press in the capital.",
		"Governor Piet Olsen arrived an hour later.",
		"“We agreed on nothing,” the senator said.")
	ents := []Entity{
		{ID: "e1", Name: "Ada Whitlock", Type: EntityPerson, Roles: []string{"Senator"},
			Mentions: []Mention{{Paragraph: 2, Start: 8, End: 20, Text: "Ada Whitlock"}}},
		{ID: "e2", Name: "Piet Olsen", Type: EntityPerson, Roles: []string{"Governor"},
			Mentions: []Mention{{Paragraph: 3, Start: 9, End: 19, Text: "Piet Olsen"}}},
	}
	got := claims.Extract(Read(a), ents)
	if len(got) != 1 || got[0].Speaker != "Ada Whitlock" || got[0].SpeakerMention.Text != "the senator" {
		t.Fatalf("got %+v, want one claim by Ada Whitlock named as the senator", got)
	}
}

func FuzzExtractClaims(f *testing.F) {
	seeds := []string{
		"“We will win,” she said. “And soon.",
		"He said: \"unbalanced",
		"”Backwards quotes“ the ministry said.",
		"''Two apostrophes,'' Mr. Doe said, ''are quotes.''",
		"According to , .",
		"X said that",
		"said",
		", said",
		"“",
		"The group accused of",
		"Ünïcödé Ñame said “ça va” — très bien.",
		"A report by the Trust found",
		"― Jane Doe",
		"“A” ― B",
		"\u00a0said\u00a0that\u00a0x y z",
		"with the army claiming",
	}
	for _, s := range seeds {
		f.Add(s, "The agency denied the charge, countering that it was “fine.”")
	}
	f.Fuzz(func(t *testing.T, p1, p2 string) {
		a := &Article{Paragraphs: []Paragraph{
			{N: 1, Kind: KindTitle, Text: "Title"},
			{N: 2, Kind: KindBody, Text: p1},
			{N: 3, Kind: KindBody, Text: p2},
		}}
		cs := claims.Extract(Read(a), nil)
		facts := Facts{Claims: cs, Disputes: claims.FindDisputes(Read(a), cs)}
		checkClaimInvariants(t, a, facts)
	})
}

// claimBBCArticles reads the BBC corpus, if it is there.
func claimBBCArticles(tb testing.TB) []*Article {
	tb.Helper()
	var files []string
	if shared := shared.Dir(); shared != "" {
		files, _ = filepath.Glob(filepath.Join(shared, "corpus", "bbc", "*", "*.txt"))
	}
	if len(files) == 0 {
		tb.Skip("BBC corpus not found")
	}
	var arts []*Article
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := Parse(name, name, data, ParseOptions{})
		if err != nil {
			continue
		}
		arts = append(arts, a)
	}
	return arts
}

func TestExtractClaimsBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole corpus")
	}
	arts := claimBBCArticles(t)
	n := 0
	for _, a := range arts {
		cs := claims.Extract(Read(a), nil)
		n += len(cs)
		checkClaimInvariants(t, a, Facts{Claims: cs, Disputes: claims.FindDisputes(Read(a), cs)})
	}
	if n < len(arts) {
		t.Errorf("%d claims in %d articles: too few", n, len(arts))
	}
}

// BenchmarkExtractClaims times the claim and dispute extraction over the
// BBC corpus, per article. Read (tokens, sentences, tags) and the entities
// are the root's and the entity room's, done before the clock runs; the
// sentences this room parses are its own cost, so every round reads the
// articles afresh. parsed/article counts them.
func BenchmarkExtractClaims(b *testing.B) {
	arts := claimBBCArticles(b)
	claims.LoadLexicon()
	docs := make([]*text.Doc, len(arts))
	ents := make([][]Entity, len(arts))
	parsed, sentences := 0, 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for k, a := range arts {
			docs[k] = Read(a)
			ents[k] = entities.Extract(docs[k])
		}
		before := countParsed(docs)
		b.StartTimer()
		for k, d := range docs {
			claims.FindDisputes(d, claims.Extract(d, ents[k]))
		}
		b.StopTimer()
		parsed += countParsed(docs) - before
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				sentences += len(p.Sentences)
			}
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
	b.ReportMetric(float64(parsed)/float64(b.N*len(arts)), "parsed/article")
	b.ReportMetric(float64(sentences)/float64(b.N*len(arts)), "sentences/article")
}

// countParsed counts the parsed sentences of docs.
func countParsed(docs []*text.Doc) int {
	n := 0
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				if s.Parsed {
					n++
				}
			}
		}
	}
	return n
}

func TestDescriptionFindsItsNameByAnotherWord(t *testing.T) {
	text := "Convoy hit\n\nThe Ruritanian Armed Forces (RAF) said on Monday that a patrol had come under fire near the border.\n\nThe army said that two soldiers were wounded in the attack."
	a, err := Parse("c.txt", "c.txt", []byte(text), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f := Extract(a)
	for _, c := range f.Claims {
		if strings.Contains(c.Content, "two soldiers") {
			if c.Speaker != "Ruritanian Armed Forces" {
				t.Errorf("“the army” resolved to %q, want Ruritanian Armed Forces", c.Speaker)
			}
			return
		}
	}
	t.Errorf("no claim about the soldiers in %+v", f.Claims)
}

func TestPronounNeverStandsForADocument(t *testing.T) {
	text := "Budget day\n\nFinance Minister Anna Berg told MPs the allowance would rise. Despite her giveaways, Budget documents show Ms Berg clawed back £2bn from a windfall tax. But trust in the economy would be the central issue, she said."
	a, _ := Parse("b.txt", "b.txt", []byte(text), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if strings.Contains(c.Content, "trust in the economy") {
			if c.Speaker != "Anna Berg" {
				t.Errorf("“she” resolved to %q, want Anna Berg", c.Speaker)
			}
			return
		}
	}
	t.Error("no claim about trust")
}

func TestAsideBetweenCueAndThat(t *testing.T) {
	a, _ := Parse("t.txt", "t.txt", []byte("Talks\n\nMinister Ana Ruiz said, however, that the talks would resume in March."), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if c.Content == "the talks would resume in March" && c.Speaker == "Ana Ruiz" {
			return
		}
	}
	t.Errorf("claims = %+v", Extract(a).Claims)
}

func TestQuotedListenerIsNotTheClaim(t *testing.T) {
	a, _ := Parse("t.txt", "t.txt", []byte("T\n\n\"We will not sign,\" Minister Ana Ruiz told \"Morning Report\" after the vote."), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if strings.Contains(c.Content, "Morning Report") {
			t.Errorf("the programme's name was taken for the claim: %+v", c)
		}
	}
}

func TestButSaidTakesTheSentenceSubject(t *testing.T) {
	a, _ := Parse("t.txt", "t.txt", []byte("T\n\nAnna Berg declined to comment but said that the talks would go on."), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if c.Content == "the talks would go on" && c.Speaker == "Anna Berg" {
			return
		}
	}
	t.Errorf("claims = %+v", Extract(a).Claims)
}

func TestSeveralPhrasesBetweenCueAndQuote(t *testing.T) {
	a, _ := Parse("t.txt", "t.txt", []byte("T\n\nMayor Tom Reyes said on radio on Monday, in reference to the flood, \"We will rebuild every bridge.\""), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if strings.Contains(c.Content, "rebuild every bridge") && c.Quoted && c.Speaker == "Tom Reyes" {
			return
		}
	}
	t.Errorf("claims = %+v", Extract(a).Claims)
}

func TestDescriptionFindsAnOrganisationNamedBefore(t *testing.T) {
	text := "Border clash\n\nTroops of the Ruritanian Army crossed the river on Monday, villagers said.\n\n\"We responded to fire from the other bank,\" the army said."
	a, _ := Parse("c.txt", "c.txt", []byte(text), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if strings.Contains(c.Content, "responded to fire") {
			if c.Speaker != "Ruritanian Army" {
				t.Errorf("“the army” resolved to %q, want Ruritanian Army", c.Speaker)
			}
			return
		}
	}
	t.Errorf("no claim about the fire in %+v", Extract(a).Claims)
}

func TestAccordingToAfterAShortSubject(t *testing.T) {
	a, _ := Parse("t.txt", "t.txt", []byte("T\n\nThe plan, according to two officials, would cut the budget by a third."), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if c.Speaker == "two officials" && strings.Contains(c.Content, "cut the budget") {
			return
		}
	}
	t.Errorf("claims = %+v", Extract(a).Claims)
}

func TestQuoteAfterAReportedClaimKeepsItsSpeaker(t *testing.T) {
	a, _ := Parse("t.txt", "t.txt", []byte("T\n\nThe plan is not a serious one at all, Anna Berg said on Monday. \"It is a wish list.\""), ParseOptions{})
	for _, c := range Extract(a).Claims {
		if strings.Contains(c.Content, "wish list") {
			if c.Speaker != "Anna Berg" || !c.Quoted {
				t.Errorf("claim = %+v", c)
			}
			return
		}
	}
	t.Errorf("the quote is not a claim: %+v", Extract(a).Claims)
}

// claimsIn extracts the claims of an article whose body is body.
func claimsIn(t *testing.T, body string) []Claim {
	t.Helper()
	a, err := Parse("t.txt", "t.txt", []byte("T\n\n"+body), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return Extract(a).Claims
}

// claimWith returns the first claim whose content holds s, or nil.
func claimWith(claims []Claim, s string) *Claim {
	for i := range claims {
		if strings.Contains(claims[i].Content, s) {
			return &claims[i]
		}
	}
	return nil
}

// TestQuoteBeforeACueWithItsOwnContent: a quotation that ends its own
// sentence is not what the next sentence's cue says when that cue has a
// clause of its own; it stays with the speaker before it. A short
// attribution after it ("Ruiz said on Monday", "Ruiz said, adding that …")
// is still its speaker.
func TestQuoteBeforeACueWithItsOwnContent(t *testing.T) {
	const before = "Minister Tom Reed was asked about the rift. \"There is no rift,\" he said.\n\n\"We both care about jobs.\" "
	for _, tt := range []struct{ body, speaker string }{
		{before + "The book said the pair had fallen out.", "Tom Reed"},
		{before + "Ana Ruiz said on Monday.", "Ana Ruiz"},
		{before + "Ana Ruiz said, adding that the vote was close.", "Ana Ruiz"},
	} {
		claims := claimsIn(t, tt.body)
		found := false
		for _, c := range claims {
			if strings.Contains(c.Content, "care about jobs") {
				found = true
				if c.Speaker != tt.speaker {
					t.Errorf("%q: the quote went to %q, want %q", tt.body, c.Speaker, tt.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim for the quote in %+v", tt.body, claims)
		}
	}
}

// reviewed is an article with two speakers a review found given wrongly.
const reviewed = "Exports fell in March – the steepest drop in a decade – said Jane Doe, chief economist at Norbank.\n\n" +
	"The report said growth would slow sharply next year.\n\nAcme Corp rejected the findings on Monday. It said the figures were wrong."

// TestSpeakerOfTheClaimHolding checks, for one short article each, the
// speaker of the claim that holds some words:
//   - "it" after a document that spoke without a named author is that
//     document, not an organisation named before it;
//   - "A and B say" is said by both, not by the last; "a spokeswoman, Name,
//     said" is said by the name;
//   - "a leading expert on the Cuban economy" is the speaker, not "Cuban";
//   - "it" after an organisation named since a document's claim is the
//     organisation.
func TestSpeakerOfTheClaimHolding(t *testing.T) {
	const joint = "Norway and Sweden say supplies have not been affected.\n\n" +
		"A Vestrian Grid spokeswoman, Ilse Varga, said the line would be repaired by March."
	for _, tt := range []struct{ body, content, speaker string }{
		{"The Treasury would not comment. The book, which is published on Monday, said the ministers had fallen out.\n\nIt claims the finance minister offered to resign in March.",
			"offered to resign", "the book"},
		{joint, "supplies have not been affected", "Norway and Sweden"},
		{joint, "repaired by March", "Ilse Varga"},
		{"A leading expert on the Norwegian economy says that the tax plan is a desperate measure.", "desperate measure", "a leading expert on the Norwegian economy"},
		{reviewed, "figures were wrong", "Acme Corp"},
	} {
		claims := claimsIn(t, tt.body)
		if c := claimWith(claims, tt.content); c == nil {
			t.Errorf("%q: no claim %q in %+v", tt.body, tt.content, claims)
		} else if c.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.body, c.Speaker, tt.speaker)
		}
	}
}

// TestQuestionsConditionsAndMisparsedClausesMakeNoClaim: a cue in an
// indirect question ("declined to say whether X believed C") or a
// condition asserts nothing; a verb the parse joins to the clause before
// it without "and" ("NATO steps up patrols as the operator denies …") is
// not that clause's subject's.
func TestQuestionsConditionsAndMisparsedClausesMakeNoClaim(t *testing.T) {
	for _, tt := range []struct{ body, content, wrongSpeaker string }{
		{"The envoy declined to say whether Norway believed the tanker had been hit by a mine.", "hit by a mine", ""},
		{"If the minister says the talks failed, the party will walk out.", "talks failed", ""},
		{"The alliance steps up patrols in the region as the ship's owner denies any role in the damage.", "any role in the damage", "alliance"},
	} {
		for _, c := range claimsIn(t, tt.body) {
			if strings.Contains(c.Content, tt.content) && (tt.wrongSpeaker == "" || strings.Contains(strings.ToLower(c.Speaker), tt.wrongSpeaker)) {
				t.Errorf("%q: claim %q by %q", tt.body, c.Content, c.Speaker)
			}
		}
	}
	if cl := claimsIn(t, "Asked whether he would resign, the minister said he would stay."); len(cl) != 1 || cl[0].Content != "he would stay" {
		t.Errorf("a question before the cue is not its clause: %+v", cl)
	}
}

// TestRelativeClauseWithACueStaysInTheContent: ", which the fund estimated
// at 70%," inside what someone said is part of it, not another attribution
// that ends it.
func TestRelativeClauseWithACueStaysInTheContent(t *testing.T) {
	claims := claimsIn(t, "Anna Berg said that Norway's public debt, which the IMF estimated at about 70% of GDP, was still above the target.")
	for _, c := range claims {
		if c.Speaker == "Anna Berg" {
			if !strings.HasSuffix(c.Content, "was still above the target") {
				t.Errorf("content cut: %q", c.Content)
			}
			return
		}
	}
	t.Errorf("no claim by Anna Berg: %+v", claims)
}

// TestAsideBetweenDashesAndSubjectlessContent: the subject of a cue stands
// before an aside set off by dashes; reported words that start with a
// finite verb ("something he says will boost …") lack their subject and
// are no claim.
func TestAsideBetweenDashesAndSubjectlessContent(t *testing.T) {
	claims := claimsIn(t, "But Mr Tom Reed - who runs his own No campaign beside the official No campaign - said he was not convinced.\n\n"+
		"Ana Ruiz said she hoped for a late surge - something she says will help the campaign. "+
		"She spoke of the rumours which she said had been spread \"countless times\".\n\n\"Will do,\" said Ana Ruiz.")
	found, quote := false, false
	for _, c := range claims {
		if strings.HasPrefix(c.Content, "he was not convinced") {
			found = true
			if c.Speaker != "Tom Reed" {
				t.Errorf("speaker %q, want Tom Reed", c.Speaker)
			}
		}
		if strings.HasPrefix(c.Content, "will help") || strings.HasPrefix(c.Content, "had been spread") {
			t.Errorf("subjectless claim: %+v", c)
		}
		if c.Content == "Will do" {
			quote = true
		}
	}
	if !found || !quote {
		t.Errorf("no claim for Tom Reed, or none of the quotation that starts with a verb, in %+v", claims)
	}
}

// TestNoClaimFrom checks words that make no claim, or no claim with the
// content or speaker given: a speaker after the cue is not replaced by the
// words before a dash ("– the steepest drop in a decade – said Jane Doe");
// "NOTE: …" is an editor's note, not what someone called Note said; "S and
// P cited …" gives no claim to a letter; "must inform" is a rule, not
// something said; "where they had said they would be" says nothing alone.
func TestNoClaimFrom(t *testing.T) {
	for _, tt := range []struct {
		body string
		bad  func(c Claim) bool
	}{
		{reviewed, func(c Claim) bool { return strings.Contains(c.Content, "Jane Doe") }},
		{"Net profit rose to 30 mln dlrs.\n\nNOTE: Net excludes extraordinary charges from the sale of the printing division.",
			func(c Claim) bool { return strings.EqualFold(c.Speaker, "note") }},
		{"S and P cited the firm's offer for the rival.",
			func(c Claim) bool { return c.Speaker == "S" || c.Speaker == "P" }},
		{"The federation warned the pair after they were found training in Qatar rather than in Crete, where they had said they would be. All athletes must inform their federations where they are at all times.",
			func(c Claim) bool {
				return c.Content == "they would be" || strings.HasPrefix(c.Content, "their federations")
			}},
	} {
		for _, c := range claimsIn(t, tt.body) {
			if tt.bad(c) {
				t.Errorf("%q: claim %+v", tt.body, c)
			}
		}
	}
}

// TestQuotationAfterAnAccusationIsSaid: a quotation that takes its
// speaker from an accusation before it is what the speaker said, not
// another accusation.
func TestQuotationAfterAnAccusationIsSaid(t *testing.T) {
	claims := claimsIn(t, "Lord Tom Reed branded the prince's act \"stupid and evil\". \"There is a reservoir of goodwill for him in this country, but it cannot last forever.\"")
	c := claimWith(claims, "reservoir of goodwill")
	if c == nil {
		t.Fatalf("no claim for the quotation in %+v", claims)
	}
	if c.Stance != "assert" || c.Cue != "said" {
		t.Errorf("the quotation is shown as %s %q", c.Stance, c.Cue)
	}
}

// TestNamesAreNoCues: a verb of saying written with a capital inside a
// sentence is a word of a name ("the Garden Design Show", "the Times Says
// column"), whatever the parse makes of it.
func TestNamesAreNoCues(t *testing.T) {
	for _, body := range []string{
		"At the recent Garden Design Show in Leeds visitors with tickets bought early got a free guide.",
		"At the annual Harbour Boat Show in Cork buyers with cash in hand got the best prices.",
		"The Morning Report Says column argued the budget was fair.",
	} {
		for _, c := range claimsIn(t, body) {
			if c.Cue != "" && c.Cue[0] >= 'A' && c.Cue[0] <= 'Z' {
				t.Errorf("%q: claim %+v has a name's word for its cue", body, c)
			}
		}
	}
}

// The words of a stance are its cues' forms and its verbs of views, and no
// other stance's; every claim found holds a word of its stance.
func TestCueWordsOfAStance(t *testing.T) {
	deny := claims.CueWords("deny")
	for _, w := range []string{"denied", "denies", "deny", "rejected"} {
		if !slices.Contains(deny, w) {
			t.Errorf("%q is not a word of denials: %v", w, deny)
		}
	}
	if slices.Contains(deny, "said") || slices.Contains(claims.CueWords("assert"), "denied") {
		t.Error("a stance's words hold another stance's cue")
	}
	if len(claims.CueWords("no such stance")) != 0 {
		t.Error("an unknown stance has words")
	}
	body := "Mr Adeyemi denied that the dam had cut the river's flow. " +
		"Okoro said the dam would stay open. Unions accused the board of hiding losses."
	cs := claimsIn(t, body)
	if len(cs) < 3 {
		t.Fatalf("%d claims in %q, want the denial, the statement and the accusation", len(cs), body)
	}
	for _, c := range cs {
		low := strings.ToLower(body[c.Start-min(c.Start, 60) : c.Start])
		if !slices.ContainsFunc(claims.CueWords(c.Stance), func(w string) bool { return strings.Contains(low, w) }) {
			t.Errorf("%s's %s claim %q: no word of its stance before it", c.Speaker, c.Stance, c.Content)
		}
	}
}

// TestHeadlineLabelAndBareObjectAreNoClaims: "Obituary: Jane Doe" is an
// editor's label, and "Filing Adds Uncertainty", "Club Agrees New Plan" an
// act with a bare object; "Union Agrees To End Strike" stays.
func TestHeadlineLabelAndBareObjectAreNoClaims(t *testing.T) {
	for _, title := range []string{"Obituary: Dame Mary Lowe", "ACME FILING ADDS UNCERTAINTY IN STEEL MARKET", "Lenders Club Agrees New Debt Plan"} {
		a, err := Parse("t.txt", "t.txt", []byte(title+"\n\nThe market was quiet on Monday."), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if cl := Extract(a).Claims; len(cl) > 0 {
			t.Errorf("%q: a headline with no statement made a claim: %+v", title, cl)
		}
	}
	a, err := Parse("t.txt", "t.txt", []byte("Dock Union Agrees To End Strike\n\nThe market was quiet on Monday."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if cl := Extract(a).Claims; len(cl) == 0 {
		t.Errorf("a headline vow was lost")
	}
}
