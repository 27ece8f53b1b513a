package claims_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// The constructions of attribution beyond "X said C", each in sentences
// written for these tests: the claim, its speaker and the speaker's mention.

// recallCase is a sentence or two and the one claim it must give.
type recallCase struct {
	paras            []string
	content          string // a part of the claim's content
	speaker, mention string // speaker: a part of the speaker's name
	stance           string // empty: not checked
}

func checkRecall(t *testing.T, cases []recallCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.paras[len(tc.paras)-1], func(t *testing.T) {
			a, f := extractText(t, tc.paras...)
			checkClaimInvariants(t, a, f)
			cs := claimsOf(f, tc.content)
			if len(cs) != 1 {
				logClaims(t, f)
				t.Fatalf("want one claim holding %q, got %d", tc.content, len(cs))
			}
			c := cs[0]
			if !strings.Contains(c.Speaker, tc.speaker) {
				t.Errorf("speaker %q, want %q", c.Speaker, tc.speaker)
			}
			if c.SpeakerMention == nil || c.SpeakerMention.Text != tc.mention {
				t.Errorf("speaker mention %+v, want %q", c.SpeakerMention, tc.mention)
			}
			if tc.stance != "" && c.Stance != tc.stance {
				t.Errorf("stance %q, want %q", c.Stance, tc.stance)
			}
		})
	}
}

func TestRelativeClauseSpeaker(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"The harbour master, who says the new quay is unsafe, will meet the council on Friday."},
			content: "the new quay is unsafe", speaker: "the harbour master", mention: "who"},
		{paras: []string{"Councillor Ruth Abara, who thinks that the council will close the quay, voted against the plan."},
			content: "the council will close the quay", speaker: "Ruth Abara", mention: "who"},
	})
}

func TestRelativeClauseOnAVerbNamesNoSpeaker(t *testing.T) {
	// The parse hangs "who said" on "began": whoever said it, it was not
	// the harbour master.
	a, f := extractText(t, "The Harbour Master Tom Reyes began taking calls from angry skippers to his radio show who said they had lost their moorings.")
	checkClaimInvariants(t, a, f)
	for _, c := range claimsOf(f, "lost their moorings") {
		if strings.Contains(c.Speaker, "Reyes") {
			t.Errorf("the claim of the callers went to %q", c.Speaker)
		}
	}
}

func TestPluralNounSubjectOfABelief(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"In the bay, conservationists fear that the new quay will drive the seals away."},
			content: "the new quay will drive the seals", speaker: "conservationists", mention: "conservationists", stance: "warn"},
	})
}

func TestThatClauseOfAnyVerb(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Auditors suspect that the harbour board hid its losses for three years."},
			content: "the harbour board hid its losses", speaker: "Auditors", mention: "Auditors"},
		{paras: []string{"The court ruled that the port authority had broken its own rules."},
			content: "the port authority had broken its own rules", speaker: "court", mention: "The court"},
		{paras: []string{"Many fishermen are afraid that the new quay will drive the seals away."},
			content: "the new quay will drive the seals away", speaker: "fishermen", mention: "Many fishermen"},
	})
}

func TestThatClauseThatIsNoStatement(t *testing.T) {
	for _, s := range []string{
		"The crowd at the quay was so large that the police closed the road.",
		"The harbour master made sure that the gates were locked.",
		"It is clear that the harbour board hid its losses.",
		"The new rules ensure that every boat is inspected twice a year.",
		"The auditors did not suspect that the harbour board hid its losses.",
		"Fishermen can stop worrying that the quay will close.",
	} {
		t.Run(s, func(t *testing.T) {
			a, f := extractText(t, s)
			checkClaimInvariants(t, a, f)
			if len(f.Claims) > 0 {
				logClaims(t, f)
				t.Errorf("want no claim, got %d", len(f.Claims))
			}
		})
	}
}

func TestSpeakerIsANounPhrase(t *testing.T) {
	for _, tc := range []struct{ para, content, notSpeaker, speaker string }{
		{"Chastened by the criticism, the mayor revised her plan, promising to cut the harbour fees.",
			"cut the harbour fees", "Chastened", "mayor"},
		{"Having said that, the mayor argued that the fees would rise again next year.",
			"the fees would rise", "Having", "mayor"},
		{"Fishermen marching through the streets chanted that the quay must stay open.",
			"the quay must stay open", "the streets", ""},
		{"Retired harbour master Tom Reyes said the quay was unsafe.",
			"the quay was unsafe", "", "Tom Reyes"},
		{"Although Reyes lacks a signature achievement, elected officials from both parties say he has earned a reputation as a hard worker.",
			"he has earned a reputation", "", "elected officials from both parties"},
	} {
		t.Run(tc.para, func(t *testing.T) {
			a, f := extractText(t, tc.para)
			checkClaimInvariants(t, a, f)
			cs := claimsOf(f, tc.content)
			for _, c := range cs {
				if tc.notSpeaker != "" && strings.Contains(c.Speaker, tc.notSpeaker) {
					t.Errorf("speaker %q is no noun phrase that speaks", c.Speaker)
				}
			}
			if tc.speaker != "" && (len(cs) != 1 || !strings.Contains(cs[0].Speaker, tc.speaker)) {
				logClaims(t, f)
				t.Errorf("want one claim by %q", tc.speaker)
			}
		})
	}
}

func TestStatementNounWithPossessor(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Reporters checked the mayor's claim that the quay had been repaired twice."},
			content: "the quay had been repaired twice", speaker: "mayor", mention: "the mayor"},
		{paras: []string{"Harbour master Tom Reyes spoke to the crew on Monday.",
			"The crews rejected his warning that the harbour would close in May."},
			content: "the harbour would close in May", speaker: "Tom Reyes", mention: "his", stance: "warn"},
		{paras: []string{"The mayor's view was that the quay would pay for itself within ten years."},
			content: "the quay would pay for itself", speaker: "mayor", mention: "The mayor"},
	})
	if _, f := extractText(t, "The mayor's view was that the quay would pay for itself within ten years."); len(f.Claims) == 1 &&
		strings.Contains(f.Claims[0].Content, "view") {
		t.Errorf("the content holds the noun that names it: %q", f.Claims[0].Content)
	}
	// Without a possessor the noun names no speaker.
	a, f := extractText(t, "The claim that the quay had been repaired twice was checked by reporters.")
	checkClaimInvariants(t, a, f)
	if len(f.Claims) > 0 {
		logClaims(t, f)
		t.Errorf("a claim without its holder made a claim")
	}
}

func TestHeadlineAttributions(t *testing.T) {
	for _, tc := range []struct{ title, speaker, cue, content string }{
		{"New Harbour Quay Is Unsafe, Port Engineer Says", "Port Engineer", "Says", "New Harbour Quay Is Unsafe"},
		{"Harbour Survey Shows Quay Walls Are Crumbling", "Harbour Survey", "Shows", "Quay Walls Are Crumbling"},
		{"Mayor Vows To Reopen The Fish Market", "Mayor", "Vows", "To Reopen The Fish Market"},
		{"The Latest: Mayor vows to reopen the fish market", "Mayor", "vows", "to reopen the fish market"},
		// a phrase opened by a participle or a preposition introduces it
		{"Facing Criticism, Mayor Vows To Reopen The Fish Market", "Mayor", "Vows", "To Reopen The Fish Market"},
		{"After The Storm, Port Engineer Says Quay Walls Are Crumbling", "Port Engineer", "Says", "Quay Walls Are Crumbling"},
	} {
		t.Run(tc.title, func(t *testing.T) {
			a, err := Parse("test.txt", "test.txt", []byte(tc.title+"\n\nThe harbour board met on Monday."), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			f := Extract(a)
			if len(f.Claims) != 1 {
				logClaims(t, f)
				t.Fatalf("want the headline's claim, got %d claims", len(f.Claims))
			}
			c := f.Claims[0]
			if !strings.Contains(c.Speaker, tc.speaker) || c.Cue != tc.cue || c.Content != tc.content {
				t.Errorf("got %q %q %q", c.Speaker, c.Cue, c.Content)
			}
		})
	}
	// A verb that takes no clause makes no claim of a headline.
	a, err := Parse("test.txt", "test.txt", []byte("Port Board Plans New Fish Market\n\nThe harbour board met on Monday."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f := Extract(a); len(f.Claims) > 0 {
		logClaims(t, f)
		t.Errorf("want no claim")
	}
}

func TestNounObjectOfAStatementVerb(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"The harbour master acknowledged the danger of the old quay."},
			content: "the danger of the old quay", speaker: "harbour master", mention: "The harbour master", stance: "concede"},
		{paras: []string{"The port board outlined its plan for a new fish market."},
			content: "its plan for a new fish market", speaker: "port board", mention: "The port board"},
	})
	// "confirmed the nominee" is an act, not a statement.
	a, f := extractText(t, "The council confirmed the new harbour master on Tuesday.")
	checkClaimInvariants(t, a, f)
	if len(f.Claims) > 0 {
		logClaims(t, f)
		t.Errorf("want no claim")
	}
}

func TestFrameContentEndsBeforeTheWritersBut(t *testing.T) {
	a, f := extractText(t, "Farmers and fishermen complain bitterly that fees are too high and the rules too complicated, but many cooperatives and the largest landowners have found ways to make the rules work for them.")
	checkClaimInvariants(t, a, f)
	if c := oneClaim(t, f, "fees are too high"); strings.Contains(c.Content, "found ways") {
		t.Errorf("the writer's clause after \", but\" went into the content: %q", c.Content)
	}
}

func TestCalledOneThingAnother(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Wills has repeatedly called climate change a hoax."},
			content: "climate change a hoax", speaker: "Wills", mention: "Wills"},
	})
}

func TestBareClauseAfterABeliefVerb(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"More than anything, Mayor Ana Ruiz believes her plan to rebuild the harbour wall will be her legacy."},
			content: "her plan to rebuild the harbour wall will be her legacy", speaker: "Ana Ruiz", mention: "Mayor Ana Ruiz"},
	})
	// The verb of the object's relative clause is no clause of the belief.
	_, f := extractText(t, "The mayor believed the early polls that showed her ahead in the harbour wards.")
	for _, c := range f.Claims {
		if strings.Contains(c.Content, "early polls") {
			t.Errorf("an object with a relative clause read as a clause: %q", c.Content)
		}
	}
}

func TestObjectSplitFromItsClause(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Some of her neighbours believe noise and litter are inevitable."},
			content: "noise and litter are inevitable", speaker: "some of her neighbours", mention: "Some of her neighbours"},
	})
	// A listener is no part of what was told.
	_, f := extractText(t, "The harbour master told reporters she would resign.")
	for _, c := range f.Claims {
		if strings.Contains(c.Content, "reporters") {
			t.Errorf("the listener went into the content: %q", c.Content)
		}
	}
}

func TestBeliefVerbTaggedAsANoun(t *testing.T) {
	// "worry" after a plural subject, which a tagger may take for a noun.
	checkRecall(t, []recallCase{
		{paras: []string{"But conservationists worry that the new quay will drive the seals from the bay."},
			content: "the new quay will drive the seals", speaker: "conservationists", mention: "conservationists", stance: "warn"},
	})
}

// A cue inside what someone denies is the denied statement's: shown as a
// claim, it would say the reverse of the article.
func TestNoClaimInsideADenial(t *testing.T) {
	for _, tc := range []struct {
		para, notClaimed string
	}{
		{"The mayor has dismissed reports she told the council she would resign before the summer.", "she would resign"},
		{"The coach denied that he had said the referee was biased.", "the referee was biased"},
		{"Officials rejected claims that the company had promised the plant would stay open.", "the plant would stay open"},
		{"The minister denied wrongdoing but admitted she had met the donor twice.", ""},
		{"The union rejected the offer and said members would strike on Monday.", ""},
	} {
		_, f := extractText(t, "Town news", tc.para)
		if tc.notClaimed == "" {
			// what the denier then says is a claim of its own
			if len(claimsOf(f, "would strike")) != 1 && len(claimsOf(f, "met the donor")) != 1 {
				logClaims(t, f)
				t.Errorf("%q: the claim after the denial is lost", tc.para)
			}
			continue
		}
		for _, c := range f.Claims {
			if strings.Contains(c.Content, tc.notClaimed) && c.Stance != "deny" {
				t.Errorf("%q: shown as %s's claim (%s): %q", tc.para, c.Speaker, c.Cue, c.Content)
			}
		}
	}
}

// "told X he would ...": the clause told opens at its subject, even when a
// quote comes later inside it; a pronoun after "how" or "to" is another
// clause's.
func TestToldListenerThenClauseWithQuote(t *testing.T) {
	a, f := extractText(t, `The harbour master told fishermen this weekend he would consider it a "personal insult" if they ignored the new rules.`)
	checkClaimInvariants(t, a, f)
	cs := claimsOf(f, "personal insult")
	if len(cs) != 1 || !strings.HasPrefix(cs[0].Content, "he would consider") {
		logClaims(t, f)
		t.Errorf("want the clause from its subject, got %+v", cs)
	}
	a, f = extractText(t, `The harbour master told his deputies never to speak of the report when they met the press.`)
	checkClaimInvariants(t, a, f)
	for _, c := range f.Claims {
		if strings.HasPrefix(c.Content, "they met") {
			logClaims(t, f)
			t.Errorf("a pronoun inside another clause opened the content: %+v", c)
		}
	}
}

// "Those close to him say C": a speaker phrase runs back over "to" when it
// joins a noun phrase ("close to him"), never over the "to" of a verb.
func TestSpeakerCloseToSomeone(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Those close to him say the harbour master will retire in May."},
			content: "harbour master will retire", speaker: "close to him", mention: "Those close to him"},
	})
	a, f := extractText(t, "The port procedures call a special meeting to vote on a new harbour master.")
	checkClaimInvariants(t, a, f)
	for _, c := range f.Claims {
		if strings.Contains(c.Speaker, "procedures") {
			logClaims(t, f)
			t.Errorf("procedures spoke: %+v", c)
		}
	}
}

// A cue in an infinitive speaks for the subject of the verb that governs it
// ("continued to call for", "took to the radio to accuse"), unless that verb
// has an object, who is the one asked to speak ("asked the harbour master to
// confirm"); a day the parse takes for an object is none ("met Friday to").
func TestInfinitiveCueSpeaker(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Small groups of fishermen continued to call for more information about the closure of the harbour."},
			content: "more information about the closure", speaker: "fishermen", mention: "Small groups of fishermen"},
		{paras: []string{"The mayor took to the radio to accuse the port board of hiding the repair bill."},
			content: "hiding the repair bill", speaker: "mayor", mention: "The mayor", stance: "accuse"},
	})
	for _, s := range []string{
		"The mayor asked the harbour master to confirm that the quay was safe.",
		"The mayor urged the harbour master to say that the quay was safe.",
	} {
		a, f := extractText(t, s)
		checkClaimInvariants(t, a, f)
		for _, c := range f.Claims {
			if strings.HasPrefix(c.Content, "the quay was safe") && strings.Contains(strings.ToLower(c.Speaker), "mayor") {
				logClaims(t, f)
				t.Errorf("%s: the one asked is not the mayor: %+v", s, c)
			}
		}
	}
}

// "X urged C, although they say C2": the clause opened by "although" holds
// an attribution of its own, even with the cue in its base form after the
// pronoun, and is no part of C.
func TestAlthoughTheySay(t *testing.T) {
	a, f := extractText(t, "Harbour traders have urged the council to keep the fish market open, although they say they accept some of the new rules.")
	checkClaimInvariants(t, a, f)
	cs := claimsOf(f, "keep the fish market open")
	if len(cs) != 1 || strings.Contains(cs[0].Content, "although") {
		logClaims(t, f)
		t.Errorf("want the urging without the later clause, got %+v", cs)
	}
	if cs := claimsOf(f, "accept some of the new rules"); len(cs) != 1 || cs[0].Cue != "say" {
		logClaims(t, f)
		t.Errorf("want what they say as a claim of its own, got %+v", cs)
	}
}

// TestClauseAndSubjectWhereverTheParseHangsThem: the pieces of a claim that
// parsers hang in different places: a clause with a subject right after a
// belief verb, "there" before the clause's auxiliary, a participle phrase
// before the speaker, a subject after a time.
func TestClauseAndSubjectWhereverTheParseHangsThem(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"Harbour coach Tom Reyes felt the defeat showed his crew's lack of fitness."},
			content: "the defeat showed his crew's lack of fitness", speaker: "Tom Reyes", mention: "Harbour coach Tom Reyes"},
		{paras: []string{"Organisers have promised there will be no repeat of the chaos that spoiled last year's regatta."},
			content: "there will be no repeat of the chaos", speaker: "Organisers", mention: "Organisers"},
		{paras: []string{"Opening the new quay Mr Reyes said great progress had been made on safety in recent years."},
			content: "great progress had been made", speaker: "Reyes", mention: "Mr Reyes"},
		{paras: []string{"Senator Mary Bell questioned the banker Tom Ruiz on Monday.", "“You should resign,” Bell told Ruiz, after he admitted under Bell’s grilling he hadn’t yet been held personally accountable for the losses of his firm."},
			content: "he hadn’t yet been held personally accountable", speaker: "Ruiz", mention: "he"},
		{paras: []string{"At Monday’s harbour debate, Ruiz cited disparaging remarks Reyes had made about the crews as examples of the board’s contempt for fishermen."},
			content: "disparaging remarks Reyes had made about the crews", speaker: "Ruiz", mention: "Ruiz"},
	})
}

// TestSubjectReadAsATimesPossessor: "the Bank last month agreed", the parse
// making the Bank the month's possessor: the Bank agreed.
func TestSubjectReadAsATimesPossessor(t *testing.T) {
	_, f := extractText(t, "Norway's state Fisheries-Export Bank last month agreed to provide around 90 mln crowns in untied credits to help the town pay for its share of 12 harbour projects.")
	cs := claimsOf(f, "to provide around 90 mln crowns")
	if len(cs) != 1 || !strings.Contains(cs[0].Speaker, "Fisheries-Export") {
		logClaims(t, f)
		t.Errorf("want one claim of the bank")
	}
}

func TestClauseAfterTheDayOfTheStatement(t *testing.T) {
	// "said on Thursday it had reached": the parse may read the clause as
	// a relative clause of "Thursday" ("the Thursday it had reached").
	checkRecall(t, []recallCase{
		{paras: []string{"The World Health Organization (WHO) said on Thursday it had reached an agreement with Chad on the second phase of the country’s $2 billion vaccine programme."},
			content: "it had reached an agreement with Chad", speaker: "World Health Organization", mention: "The World Health Organization"},
		{paras: []string{"The port authority said on Monday the new quay would open in May."},
			content: "the new quay would open in May", speaker: "port authority", mention: "The port authority"},
	})
}

func TestSpeakerInAWiresAngleBrackets(t *testing.T) {
	checkRecall(t, []recallCase{
		{paras: []string{"<Harbour Western Airlines Corp> said it integrated the senior management of Harbour Western and recently acquired Coastal Air Lines Ltd in preparation for the companies' merger this summer."},
			content: "it integrated the senior management", speaker: "Harbour Western Airlines Corp", mention: "Harbour Western Airlines Corp"},
		{paras: []string{"<Harbour Engineering Group Plc> said it reached agreement with <Cronus Industries Inc> to acquire the company."},
			content: "it reached agreement with", speaker: "Harbour Engineering Group Plc", mention: "Harbour Engineering Group Plc"},
	})
}
