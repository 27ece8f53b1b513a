package knowledge

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge/text"
)

func TestQuestionTerms(t *testing.T) {
	for q, want := range map[string]string{
		"How long will the truce last?":        "will the truce last",
		"how many trucks were burned":          "trucks were burned",
		"Who accused the army of a cover-up?":  "accused the army of a cover-up",
		"What does the union say about wages?": "does the union say about wages",
		"grain exports":                        "grain exports",
		"Long-range missiles":                  "Long-range missiles",
		"who?":                                 "who?",
	} {
		if got := QuestionTerms(q); got != want {
			t.Errorf("QuestionTerms(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestReadQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want Question
	}{
		{"How many trucks were burned?", Question{Kind: AskAmount, Measure: "many", Counted: "trucks", CountedHead: "trucks"}},
		{"How big a budget does the council want?", Question{Kind: AskAmount, Measure: "big", Counted: "budget", CountedHead: "budget", Wants: "money"}},
		{"How high is unemployment in the region?", Question{Kind: AskAmount, Measure: "high", Counted: "unemployment", CountedHead: "unemployment", Wants: "percent"}},
		{"By how much did prices rise?", Question{Kind: AskAmount, Measure: "much"}},
		{"What is the population of the island?", Question{Kind: AskAmount, Measure: "population", Counted: "population", CountedHead: "population"}},
		{"When will the bridge reopen?", Question{Kind: AskTime}},
		{"Why did the talks fail?", Question{Kind: AskReason}},
		{"Who is Ana Lopes?", Question{Kind: AskIdentity, Subject: "Ana Lopes"}},
		{"What is Ana Lopes's job?", Question{Kind: AskIdentity, Subject: "Ana Lopes"}},
		{"Which firm does Ana Lopes work for?", Question{Kind: AskIdentity, Subject: "Ana Lopes"}},
		{"What did the port minister say about the strike?", Question{Kind: AskSpeech, Subject: "the port minister", Role: "minister", RoleNumber: "one", Topic: "the strike"}},
		{"What did dock workers say about the strike?", Question{Kind: AskSpeech, Subject: "dock workers", Role: "worker", RoleNumber: "many", Topic: "the strike"}},
		{"What did police say about the strike?", Question{Kind: AskSpeech, Subject: "police", Role: "police", Topic: "the strike"}},
		{"What did Ana Lopes's spokesman say about the strike?", Question{Kind: AskSpeech, Subject: "Ana Lopes's spokesman", Role: "spokesman", RoleNumber: "one", Topic: "the strike"}},
		{"What did Ana Lopes tell the union?", Question{Kind: AskSpeech, Subject: "Ana Lopes", Topic: "the union"}},
		{"How many of the region's dock workers went on strike?", Question{Kind: AskAmount, Measure: "many", Counted: "region's dock workers", CountedHead: "workers"}},
		{"Who is the mayor of Lisbon?", Question{Kind: AskSpeaker, Subject: "the mayor of Lisbon", Role: "mayor", Object: "Lisbon"}},
		{"Who is the Mayor of Lisbon?", Question{Kind: AskSpeaker, Subject: "the Mayor of Lisbon", Role: "mayor", Object: "Lisbon"}},
		{"Who is Paul Mayor?", Question{Kind: AskIdentity, Subject: "Paul Mayor"}},
		{"Which striker scored the winner for Rovers?", Question{Kind: AskSpeaker, Role: "striker"}},
		{"Which strikers scored for Rovers?", Question{Kind: AskSpeaker, Role: "striker"}},
		{"Which ferry sank off Lisbon?", Question{Kind: AskOther}},
		{"What will the harbour fee be raised to?", Question{Kind: AskAmount, Measure: "much", Counted: "harbour fee", CountedHead: "fee", Wants: "money"}},
		{"What has the port's tax rate been cut to?", Question{Kind: AskAmount, Measure: "much", Counted: "port's tax rate", CountedHead: "rate", Wants: "percent"}},
		{"Who is the chief executive of Atlantica Lines?", Question{Kind: AskSpeaker, Subject: "the chief executive of Atlantica Lines", Role: "executive", Object: "Atlantica Lines"}},
		{"How did Lopes respond to the offer?", Question{Kind: AskSpeech, Subject: "Lopes", Topic: "the offer"}},
		{"According to the union, what happened at the gate?", Question{Kind: AskSpeech, Subject: "the union", Role: "union", RoleNumber: "one", Topic: "happened at the gate"}},
		{"Who said the harbour would close?", Question{Kind: AskSpeaker}},
		// The verb's object is what is asked for, not what someone said.
		{"Which company does the union blame for the delays?", Question{Kind: AskOther}},
		{"Where did the ship sink?", Question{Kind: AskOther}},
	}
	for _, tt := range tests {
		got := ReadQuestion(tt.q)
		if tt.want.Kind == AskSpeaker && tt.want.Object == "" {
			tt.want.Object = got.Object // the verb's object: below
		}
		if got.Kind != tt.want.Kind || got.Subject != tt.want.Subject || got.Role != tt.want.Role || got.RoleNumber != tt.want.RoleNumber || got.Topic != tt.want.Topic ||
			got.Measure != tt.want.Measure || got.Counted != tt.want.Counted || got.CountedHead != tt.want.CountedHead ||
			got.Wants != tt.want.Wants || tt.want.Kind == AskSpeaker && got.Object != tt.want.Object {
			t.Errorf("ReadQuestion(%q) =\n%+v, want\n%+v", tt.q, got, tt.want)
		}
	}
	if got := ReadQuestion("Why did Ana Lopes leave the Harbour Board?").Names; strings.Join(got, ",") != "Ana,Lopes,Harbour,Board" {
		t.Errorf("names = %q", got)
	}
	// The plural of an abbreviation names no one: the passage that says
	// "32 Labour rebels" need not hold "MPs".
	if got := ReadQuestion("How many Labour MPs voted against the EU bill?").Names; strings.Join(got, ",") != "Labour,EU" {
		t.Errorf("names = %q, want Labour,EU", got)
	}
}

// What the parse adds: the question's verb and its object, a proper noun
// that opens a question, and a capitalised determiner that is no name.
func TestReadQuestionParse(t *testing.T) {
	if _, err := text.Default(); err != nil {
		t.Skip("no trained model embedded")
	}
	tests := []struct {
		q                  string
		verb, object, role string
		names              string
	}{
		{"Who led the dockers' union during the strike?", "lead", "the dockers' union", "leader", ""},
		{"Who owns the ferry company?", "own", "the ferry company", "owner", ""},
		{"Who said the port would close?", "say", "", "", ""},
		{"How much money did The Harbour Story take in Lisbon?", "", "", "", "Harbour,Story,Lisbon"},
		// "who" with an auxiliary and a verb asks for the verb's subject
		{"Who will lead the dockers' union next year?", "lead", "the dockers' union", "leader", ""},
		{"Who is representing the dockers in the talks?", "represent", "the dockers in the talks", "representative", ""},
		// "founded" has the lemma "found", a form of "find" (a cue): it
		// asks for a founder, where "found" of "find" asks for no role
		{"Who founded the ferry company?", "found", "the ferry company", "founder", ""},
		{"who founded quill", "found", "quill", "founder", ""},
		{"Who found the ferry's log book?", "find", "", "", ""},
	}
	for _, tt := range tests {
		got := ReadQuestion(tt.q)
		if tt.verb != "" && got.Verb != tt.verb || tt.object != "" && got.Object != tt.object || got.Role != tt.role ||
			tt.names != "" && strings.Join(got.Names, ",") != tt.names {
			t.Errorf("ReadQuestion(%q): verb %q object %q role %q names %q, want %q %q %q %q",
				tt.q, got.Verb, got.Object, got.Role, got.Names, tt.verb, tt.object, tt.role, tt.names)
		}
	}
	// A verb of money that ends the question, after what is named.
	if got := ReadQuestion("How much were the sons of the harbour board's members paid?"); got.Kind != AskAmount || got.Wants != "money" {
		t.Errorf("ReadQuestion: kind %s wants %q, want an amount of money", got.Kind, got.Wants)
	}
	// "Who was selected …": whom a passive verb acts on, no role.
	for q, want := range map[string]bool{
		"Who was selected as the party's candidate for Port Rell?": true,
		"Who was the mayor of Port Rell?":                          false,
		"Who is Ana Lopes?":                                        false,
	} {
		if got := ReadQuestion(q); got.Passive != want || want && (got.Kind != AskSpeaker || got.Verb != "select" || got.Role != "") {
			t.Errorf("ReadQuestion(%q): kind %s passive %v verb %q role %q, want passive %v", q, got.Kind, got.Passive, got.Verb, got.Role, want)
		}
	}
	// A name after the auxiliary is the verb's subject: "who" asks for
	// its object, and only the sentence answers.
	readField(t, "Kind", func(q Question) string { return string(q.Kind) }, map[string]string{
		"Who will Rovers play in the final?":       string(AskOther),
		"Who will host the harbour gala?":          string(AskSpeaker),
		"Who is representing the dockers?":         string(AskSpeaker),
		"Who was appointed chairman of the board?": string(AskSpeaker),
		"Who is Ana Lopes?":                        string(AskIdentity),
	})
	// A name written in lower case is whom "who is" asks about, not a
	// role: what the question names, with capitals.
	for q, want := range map[string]string{
		"who is ana lopes":      "Ana Lopes",
		"who is ivo high":       "Ivo High",
		"who is chairman":       "",
		"who is the ferry boss": "",
		"who is next":           "",
	} {
		got := ReadQuestion(q)
		if want == "" && got.Kind == AskIdentity && got.Role == "" && len(got.Names) > 0 ||
			want != "" && (got.Kind != AskIdentity || got.Subject != want || strings.Join(got.Names, " ") != want) {
			t.Errorf("ReadQuestion(%q): kind %s subject %q role %q names %q, want subject %q", q, got.Kind, got.Subject, got.Role, got.Names, want)
		}
	}
	// An amount named by the noun a "what" question opens with (what its
	// verb acts on) or by the noun that ends "what is …".
	for q, want := range map[string]string{
		"What inflation do Valdorian economists expect in 1988?": "percent",
		"What price do the growers want for their barley?":       "money",
		"What is the Bank of Valdoria's discount rate?":          "percent",
		"What was the cost?":                    "money",
		"What tax will the port scrap?":         "-",
		"what dividend will the ferry line pay": "money",
		// the verb of money before the time it is asked of
		"What dividend will the ferry line pay for 2004?":  "money",
		"What coupon will the harbour bond pay this year?": "percent",
		"What tax will the port scrap in 2004?":            "-",
		"What coupon will the harbour bond pay?":           "percent",
		"What yield would the ferry bond offer?":           "percent",
		"What role will the harbour bank play?":            "-",
		"What tax will be scrapped?":                       "-",
		"What is the interest rate on the ferry loan?":     "-",
		"What did the harbour report say about the rate?":  "-",
	} {
		got := ReadQuestion(q)
		if want == "-" && got.Kind == AskAmount || want != "-" && want != "" && (got.Kind != AskAmount || got.Wants != want) {
			t.Errorf("ReadQuestion(%q): kind %s wants %q, want %q", q, got.Kind, got.Wants, want)
		}
	}
	// A verb whose doer holds a role by it.
	for verb, want := range map[string]bool{"chair": true, "captain": true, "score": false, "take": false} {
		if HoldsRole(verb) != want {
			t.Errorf("HoldsRole(%q) = %v, want %v", verb, !want, want)
		}
	}
	// A verb of money says what "how much" asks for, when nothing counted
	// is named.
	readField(t, "Wants", func(q Question) string { return q.Wants }, map[string]string{
		"How much does the port need to borrow this year?": "money",
		"How much did the river rise?":                     "",
		"How much did the council spend on the bridge?":    "money",
		// the last word, however tagged, and money asked "in"
		"How much does the Quill fibre service cost?":   "money",
		"How much can tenants claim in damages?":        "money",
		"How much compensation did the dockhand win?":   "money",
		"How much did the tenants claim in the letter?": "",
		// after "is", the verb or "worth" that what is named is asked of
		"How much is the harbour board paying for the crane?":   "money",
		"How much was the ferry captain paid by the board?":     "money",
		"How much is the Lisbon poetry prize worth?":            "money",
		"How much will the Quill fibre service cost in Lisbon?": "money",
		"How high is the river at the harbour?":                 "",
		// "by how much" asks for a change, a percentage as often as
		// money, whatever it is of
		"By how much will the ferry line raise its dividend?": "",
	})
	// What is named there is not what is counted: the verb is not part of
	// it, and "worth" ends it however far it stands.
	readField(t, "Counted", func(q Question) string { return q.Counted }, map[string]string{
		"How much is the harbour board paying for the crane?":     "harbour board",
		"How much is the Lisbon city council poetry prize worth?": "Lisbon city council poetry prize",
	})
}

// A speech question keeps the verb it asks with, as a lemma.
func TestReadQuestionCue(t *testing.T) {
	readField(t, "Cue", func(q Question) string { return q.Cue }, map[string]string{
		"What did Ana Lopes compare the new crane to?": "compare",
		"How did the minister sum up the talks?":       "sum up",
		"What did the union say about the strike?":     "say",
		"How many cranes were bought?":                 "",
		// a word of a name is no verb, but in a question in title case
		"What is the fever death toll in Rell State?": "",
		"What Did The Harbour Master Say?":            "say",
	})
	// The verb as written, for finding it among the question's words.
	readField(t, "VerbForm", func(q Question) string { return q.VerbForm }, map[string]string{
		"Who won the harbour regatta?": "won",
		"Who owns the Rell ferry?":     "owns",
	})
}

// readField checks one field of the questions read, question -> want.
func readField(t *testing.T, name string, field func(Question) string, want map[string]string) {
	t.Helper()
	for q, w := range want {
		if got := field(ReadQuestion(q)); got != w {
			t.Errorf("ReadQuestion(%q).%s = %q, want %q", q, name, got, w)
		}
	}
}

func TestAgentNoun(t *testing.T) {
	for verb, want := range map[string]string{"lead": "leader", "manage": "manager", "chair": "chairman", "edit": "editor", "own": "owner",
		"win": "winner", "rob": "robber", "shoot": "shooter", "fix": "fixer", "visit": "visiter"} {
		if got := AgentNoun(verb); got != want {
			t.Errorf("AgentNoun(%q) = %q, want %q", verb, got, want)
		}
	}
}

func TestFoldAccents(t *testing.T) {
	if got := FoldAccents("Brunsbüttel, Zürich, São Paulo"); got != "Brunsbuttel, Zurich, Sao Paulo" {
		t.Errorf("FoldAccents = %q", got)
	}
}

func TestPlaceForms(t *testing.T) {
	got := strings.Join(PlaceForms("Georgian"), ",")
	if !strings.Contains(got, "Georgia") {
		t.Errorf("PlaceForms(Georgian) = %s, want Georgia among them", got)
	}
	got = strings.Join(PlaceForms("britain"), ",")
	if !strings.Contains(got, "UK") || !strings.Contains(got, "British") {
		t.Errorf("PlaceForms(britain) = %s, want UK and British among them", got)
	}
	if PlaceForms("Gervais") != nil {
		t.Error("a person's name has place forms")
	}
}

func TestAgent(t *testing.T) {
	if _, err := text.Default(); err != nil {
		t.Skip("no trained model embedded")
	}
	arrest := func(w string) bool { return strings.HasPrefix(strings.ToLower(w), "arrest") }
	for sentence, want := range map[string]string{
		"Harbour police arrested the captain at his hotel on Tuesday.": "Harbour police",
		"The captain was arrested by harbour police on Tuesday.":       "harbour police",
		"The captain was arrested on Tuesday.":                         "",
		"They arrested the captain on Tuesday.":                        "",
		"Police searched the ship and arrested the captain.":           "Police",
	} {
		a, b, ok := Agent(sentence, arrest)
		got := ""
		if ok {
			got = sentence[a:b]
		}
		if got != want {
			t.Errorf("Agent(%q) = %q, want %q", sentence, got, want)
		}
	}
}
