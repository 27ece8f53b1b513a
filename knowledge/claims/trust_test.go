package claims_test

import (
	"strings"
	"testing"
)

// TestDoubtIsNoAssertion: what a subject doubts, or is sceptical of, is not
// shown as what they assert; what they no longer want, or can expect, is
// no statement of theirs at all.
func TestDoubtIsNoAssertion(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Dealers were sceptical that the latest rumours signalled a takeover.", "signalled a takeover"},
		{"Analysts doubted that the new plan would work in time.", "plan would work"},
		{"Several bankers were unconvinced that the merger would go ahead this year.", "merger would go ahead"},
		{"People can hand in old phones they no longer want that can be sold for cash.", "can be sold"},
		{"Men in the region can expect to live until 80 on average.", "live until 80"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: a doubted or non-asserted clause became %s's claim: %+v", tt.body, c.Speaker, *c)
		}
	}
	// What a doubter questions outright stays, with its cue.
	c := claimWith(claimsIn(t, "Many voters have questioned the party's image as a friend of farmers."), "image as a friend")
	if c == nil || c.Cue != "questioned" {
		t.Errorf("a questioned object is no longer read: %+v", c)
	}
}

// TestPronounFollowsTheLastActor: "he" after a sentence in which someone
// replies, is the agent of a passive, or is described by a relative clause
// stands for that person, not for a speaker named earlier.
func TestPronounFollowsTheLastActor(t *testing.T) {
	const intro = "Marcus Bell, the club's captain, said the season had been long.\n\n"
	for _, tt := range []struct{ body, content, speaker string }{
		{intro + "Bell said he had lost patience with the rules but the league's chairman Tom Parry rejected his complaints. " +
			"\"We did change the rules last year and they are fairer now,\" he said.", "fairer now", "Tom Parry"},
		{intro + "The inquiry also heard from Lord Weston of Brockley, who was a transport minister at the time. " +
			"He denied that the officials played any part.", "officials played any part", "Weston"},
		{intro + "Mr Bell's theory has also been questioned by the club's former chairman, Alan Mercer. " +
			"He accepted that the dispute hurt the club.", "dispute hurt the club", "Alan Mercer"},
		// A person named inside what another says or describes is not the
		// one a pronoun goes on with.
		{intro + "Bell repeated that the coach Tom Parry was a great man. \"It was a hard year,\" he said.", "hard year", "Marcus Bell"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want the claim %q of %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestReplyIsNotPartOfTheClaim: "X said C but Y rejected it": Y's reply is
// not part of what X said.
func TestReplyIsNotPartOfTheClaim(t *testing.T) {
	claims := claimsIn(t, "Marcus Bell said he had lost patience with the rules but the league's chairman Tom Parry rejected his complaints.")
	c := claimWith(claims, "lost patience")
	if c == nil || strings.Contains(c.Content, "Parry") {
		t.Errorf("the reply stayed in the claim: %+v", c)
	}
}

// TestSpeakerIsNoVerbNorTheBodyServed: a verb that opens a name ("Kill" in a
// film's title, "Ask" in a firm's) speaks for no one, and a person
// described by the body they serve is not that body.
func TestSpeakerIsNoVerbNorTheBodyServed(t *testing.T) {
	for _, body := range []string{
		"Dark Kill director Paul Amis had talked of wanting to make the film.",
		"Kill Bill director Paul Amis had talked of wanting to make the film, and said he had spoken to the studio.",
		"Brightsoft, Ask Jeeves, Zentrix and a few smaller firms are all seeking to capture users.",
		"Zentrix, Ask Jeeves, Brightsoft and a handful of smaller outfits are all seeking to capture users.",
	} {
		for _, c := range claimsIn(t, body) {
			if c.Speaker == "Kill" || c.Speaker == "Ask" || c.Speaker == "Dark" || c.Cue == "Ask" {
				t.Errorf("%q: a verb speaks: %+v", body, c)
			}
		}
	}
	for _, tt := range []struct{ body, content, notSpeaker string }{
		{"A Green Party MP believes the police were involved in the fires.", "police were involved", "Green Party"},
		{"Last month, Bank of Freedonia governor Mervyn Hale said that the economy had hit a soft patch.", "soft patch", "Bank of Freedonia"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker == tt.notSpeaker {
			t.Errorf("%q: want a speaker other than %s, got %+v", tt.body, tt.notSpeaker, c)
		}
	}
}

// TestPronounFollowsASubjectNamedWithoutACue: the subject of a sentence
// that says nothing ("83-year-old Koji Morita plays golf") is the one a
// quote's "he" right after stands for, not a man who spoke paragraphs
// before; and a woman's given name keeps "he" from her.
func TestPronounFollowsASubjectNamedWithoutACue(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Mr Tanaka, who is 101, wants to outlive everyone. He still swims every day.\n\n" +
			"On the edge of the city, 83-year-old Koji Morita plays golf with his younger friends.\n\n" +
			"\"I think the food has improved,\" he remarks.", "food has improved", "Koji Morita"},
		{"Tom Reed said the campaign had started well.\n\n" +
			"The highlight was Margaret Ellison's interview on the radio. Tom Reed reaped the benefits of it.\n\n" +
			"\"It added fizz to the campaign,\" he said.", "added fizz", "Tom Reed"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want the claim %q of %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestNamedSpeakerBeforeAnAppositionStays: "X, a description with a name
// in it, said": X, an entity, is the speaker even when the tagger does not
// read X as a noun; the parse's subject (the description, here ending on
// "World Cup") does not replace it.
func TestNamedSpeakerBeforeAnAppositionStays(t *testing.T) {
	body := "The farewell match will be against a team led by Tonga prop Sione Lomu. Lomu, rugby union's first global star " +
		"after his exploits in the 2003 World Cup, said he was glad to take part."
	c := claimWith(claimsIn(t, body), "glad to take part")
	if c == nil || c.Speaker != "Sione Lomu" {
		t.Errorf("want the claim of Sione Lomu, got %+v", c)
	}
}

// TestRelativeClauseAfterATopicIsNoContent: "warned about e-mails that are
// circulating": the clause describes the e-mails; nobody said it.
func TestRelativeClauseAfterATopicIsNoContent(t *testing.T) {
	body := "Police are warning about e-mails that are starting to circulate which try to convince people to send money."
	if c := claimWith(claimsIn(t, body), "starting to circulate"); c != nil {
		t.Errorf("a relative clause became %s's claim: %+v", c.Speaker, *c)
	}
	if c := claimWith(claimsIn(t, "The minister warned that prices would rise."), "prices would rise"); c == nil {
		t.Error("a warning's clause is lost")
	}
}

// TestStrayMarkOpensNoQuote: a mark with spaces on both sides after a
// quote ("understand. " The visitors ...") closes that quote; the
// writer's sentence after it is nobody's quote.
func TestStrayMarkOpensNoQuote(t *testing.T) {
	body := "Coach Tom Reed was asked about the row. \"I never meant to upset anyone, and so my conscience is clear,\" he said at the time. \"I have to push my players hard. " +
		"\"In that job, I use plain words that we all understand. \" The visitors wore campaign shirts before the match in Leeds last month."
	if c := claimWith(claimsIn(t, body), "campaign shirts"); c != nil {
		t.Errorf("the writer's sentence became a quote of %s: %+v", c.Speaker, *c)
	}
	if c := claimWith(claimsIn(t, body), "plain words"); c == nil {
		t.Error("the quote before the stray mark is lost")
	}
}

// TestWhatIsNotDoneIsNoClaim: "said, without admitting C, that": neither
// the admission nor the phrase of what is not done is a claim.
func TestWhatIsNotDoneIsNoClaim(t *testing.T) {
	body := "The shipping firm said, without admitting any of the charges brought by the port authority, its captain and two officers also agreed to pay a fine."
	for _, c := range claimsIn(t, body) {
		if c.Cue == "admitting" || strings.HasPrefix(c.Content, "without") || strings.HasPrefix(c.Content, "any of the charges") {
			t.Errorf("what the firm did not admit became a claim: %+v", c)
		}
	}
}

// TestSpeakerOfAFiniteClauseIsItsOwn: "He backed the plan as the police
// said C": the police say C, or no one does; never the subject of the
// clause above.
func TestSpeakerOfAFiniteClauseIsItsOwn(t *testing.T) {
	body := "Marcus Bell said the harbour was busy. He had decided to back the harbour plans as the police said they would help fight smuggling and theft."
	if c := claimWith(claimsIn(t, body), "help fight smuggling"); c != nil && strings.Contains(c.Speaker, "Bell") {
		t.Errorf("the police's statement went to the subject of the main clause: %+v", c)
	}
}

// TestPronounSkipsAPhraseCutShort: "A daisy chain necklace" is no woman
// that "she" may stand for.
func TestPronounSkipsAPhraseCutShort(t *testing.T) {
	body := "Thieves broke into the home of singer Anna Kerr on Monday.\n\n" +
		"A daisy chain necklace and a gold watch were also stolen. She said the thieves had taken her wedding rings as well."
	c := claimWith(claimsIn(t, body), "taken her wedding rings")
	if c == nil || !strings.Contains(c.Speaker, "Anna Kerr") {
		t.Errorf("want the claim of Anna Kerr, got %+v", c)
	}
}

// TestRelativeClauseHungElsewhere: "X, now the chairman, who said C": the
// relative clause speaks for the noun before its comma, wherever the parse
// hangs it, never for the subject of the main clause.
func TestRelativeClauseHungElsewhere(t *testing.T) {
	body := "The mayor has had a frosty relationship with Reyes, now the Harbour Board chairman, who in 2019 said the board's most important goal was to make the mayor a \"one-term mayor.\""
	c := claimWith(claimsIn(t, body), "most important goal was to make the mayor")
	if c == nil || c.Speaker == "who" || strings.Contains(c.Speaker, "mayor") {
		t.Errorf("want the claim of the chairman, got %+v", c)
	}
}

// A pronoun is never given to a person of the other gender: with no one
// it can mean, there is no claim (a bare "she" tells a reader nothing).
func TestPronounNeverTakesTheOtherGender(t *testing.T) {
	a, f := extractText(t, "The senator met the banker Tom Ruiz on Tuesday. She said the bailout was a mistake.")
	checkClaimInvariants(t, a, f)
	for _, c := range f.Claims {
		if strings.Contains(c.Speaker, "Ruiz") || strings.EqualFold(c.Speaker, "she") {
			t.Errorf("\"She\" was resolved to %q", c.Speaker)
		}
	}
}

// "questioned the banker Tom Ruiz" asks a person questions; it claims
// nothing. "questioned the wisdom of the bailout" doubts a thing.
func TestQuestioningAPersonIsNoClaim(t *testing.T) {
	a, f := extractText(t, "The senator questioned the banker Tom Ruiz about the loans on Tuesday. The senator also questioned the wisdom of the bailout.")
	checkClaimInvariants(t, a, f)
	if cs := claimsOf(f, "Tom Ruiz"); len(cs) > 0 {
		t.Errorf("questioning a person made a claim: %+v", cs[0])
	}
	if cs := claimsOf(f, "the wisdom of the bailout"); len(cs) != 1 {
		logClaims(t, f)
		t.Errorf("want the doubt about the bailout's wisdom, got %d claims", len(cs))
	}
}

// "supporting actor" names a prize, not an act of support.
func TestParticipleBeforeABareNounIsNoVerb(t *testing.T) {
	a, f := extractText(t, "The US film also picked up four other accolades including best director for Alexander Kemp and supporting actor for Thomas Haden Bell.")
	checkClaimInvariants(t, a, f)
	if cs := claimsOf(f, "actor"); len(cs) > 0 {
		t.Errorf("a prize's name made a claim: %+v", cs[0])
	}
}

// TestQuoteIsNotGivenToTheNextSpeaker: a quotation that opens a paragraph
// goes on with the speaker of the paragraph before, not with a speaker
// named later whose cue has a partly quoted content of its own; a quote
// that runs straight into "“B,” she said" still takes her.
func TestQuoteIsNotGivenToTheNextSpeaker(t *testing.T) {
	const open = "The new ombudsman, Helen Marsh, promised to listen to farmers. " +
		"She said: \"I will visit every county before the summer.\n\n"
	for _, tt := range []struct{ body, content, speaker string }{
		{open + "\"I want every grower to know my door is open.\" Farm minister Owen Pryce said Ms Marsh would \"bring fresh eyes\" to the job.",
			"door is open", "Helen Marsh"},
		{"The new ombudsman, Helen Marsh, promised that growers would be \"heard\".\n\n" +
			"\"I want every grower to know my door is open. \"Nobody will wait for months.\" Farm minister Owen Pryce said Ms Marsh would \"bring fresh eyes\" to the job.",
			"Nobody will wait", "Helen Marsh"},
		{"Farmers welcomed the choice.\n\n\"I want every grower to know my door is open. \"Nobody will wait for months,\" Ms Marsh said.",
			"door is open", "Marsh"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want the quote %q given to %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestSubjectBeforeSaidIsNoContent: "X, who chairs the board, said he had
// quit" is X's claim that he had quit; the subject with its relative or
// participle clause is not content said by someone named after the cue.
func TestSubjectBeforeSaidIsNoContent(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Rhona Deeley, who is the league's regional chair, said she had banned Mr Pike on Monday night.", "banned Mr Pike", "Rhona Deeley"},
		{"Brantwood Ltd, reporting its first results since it listed in May, said the Irish market had grown by 6% last year.", "Irish market had grown", "Brantwood"},
	} {
		claims := claimsIn(t, tt.body)
		for _, c := range claims {
			if strings.Contains(c.Content, "who is the") || strings.Contains(c.Content, "reporting its first") {
				t.Errorf("%q: the subject became content: %+v", tt.body, c)
			}
		}
		if c := claimWith(claims, tt.content); c != nil && !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %q said by %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestTheCompanyIsTheOneTheArticleFollows: "the company" stands for the
// organisation that spoke or acted lately, not for the last one named as
// someone told, or one the claim itself names.
func TestTheCompanyIsTheOneTheArticleFollows(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker, not string }{
		{"Hollis Mining Corp said on Tuesday it had cut 200 jobs at its smelter.\n\n" +
			"The cuts had been expected for months, analysts told Dawson Wire Service Inc.\n\n" +
			"The company said it would close a second plant in May.", "second plant", "Hollis Mining", "Dawson"},
		{"Vantor Systems Inc said it expects the Federal Energy Board to approve its pipeline plan soon.\n\n" +
			"The company said that once the Federal Energy Board gives its approval, work will start in June.", "work will start", "Vantor", "Energy Board"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || strings.Contains(c.Speaker, tt.not) || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %q said by %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestSpeakerIsNotTheBodyInAModifier: a firm or a person named in what
// qualifies a speaker ("of the brokerage X", "talks with Minister Y",
// "a memo obtained by Z") is not the speaker.
func TestSpeakerIsNotTheBodyInAModifier(t *testing.T) {
	for _, tt := range []struct{ body, content, not string }{
		{"Economist Helga Marsh of the brokerage Fennick Dale Securities Inc said the numbers were weak.", "numbers were weak", "Fennick"},
		{"One official attending the Geneva talks with Trade Minister Ravi Kapoor said the offer was too small.", "offer was too small", "Kapoor"},
		{"A memo obtained by Harcourt Wire Service shows the bank plans to sell 200 mln dlrs of notes.", "plans to sell", "Harcourt"},
	} {
		// A description that holds the name ("one official attending the
		// talks with …") is shown as written; the name's entity never speaks.
		for _, c := range claimsIn(t, tt.body) {
			if strings.Contains(c.Content, tt.content) && c.SpeakerID != "" && strings.Contains(c.Speaker, tt.not) {
				t.Errorf("%q: the modifier speaks: %+v", tt.body, c)
			}
		}
	}
	if c := claimWith(claimsIn(t, "Economist Helga Marsh of the brokerage Fennick Dale Securities Inc said the numbers were weak."), "numbers were weak"); c == nil || c.Speaker != "Helga Marsh" {
		t.Errorf("want Helga Marsh's claim, got %+v", c)
	}
}

// TestHeIsNoCountry: "he" never stands for a place that spoke before.
func TestHeIsNoCountry(t *testing.T) {
	body := "Peru has already proposed that the exporters should meet in June to discuss new shares.\n\n" +
		"Exporters plan to hold talks on shares in the autumn, but nothing is fixed yet, he said."
	if c := claimWith(claimsIn(t, body), "nothing is fixed"); c != nil && c.Speaker == "Peru" {
		t.Errorf("\"he\" became a country: %+v", *c)
	}
}

// TestQuestionIsShownAsAsked: a question asserts nothing, so it is shown
// with the stance "ask"; a quote that goes on past its question is a
// statement still.
func TestQuestionIsShownAsAsked(t *testing.T) {
	claims := claimsIn(t, "\"Will this squad still be good enough to win the league next year?\" the coach Dana Frost asked on Friday. "+
		"\"Do they want our place? We are top of the table by six points,\" she said.")
	if c := claimWith(claims, "good enough to win"); c == nil || c.Stance != "ask" {
		t.Errorf("the question is not shown as asked: %+v", c)
	}
	if c := claimWith(claims, "top of the table"); c == nil || c.Stance != "assert" {
		t.Errorf("a quote that answers its question is no longer a statement: %+v", c)
	}
}

// TestRoleDescriptionNeedsTheWholeRole: "the foreign secretary" is not a
// home secretary named before, and "the analyst" right after a person of
// no known role is not an analyst named further back.
func TestRoleDescriptionNeedsTheWholeRole(t *testing.T) {
	for _, tt := range []struct{ body, content, not string }{
		{"Liam Ford has attacked the court's ruling on the detainees.\n\n" +
			"New Home Secretary Tom Hale said the men would stay in prison while the law was reviewed.\n\n" +
			"The foreign secretary insisted it was for parliament to decide how the country was defended.", "for parliament to decide", "Tom Hale"},
		{"Jon Reyes, an analyst at Carbury Securities, said the merger made sense.\n\n" +
			"Maria Lund of Pell Research said most software firms were valued at 20 times earnings. " +
			"But the analyst said the buyer was worth the premium because of its customers.", "worth the premium", "Jon Reyes"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil && c.Speaker == tt.not {
			t.Errorf("%q: the description went to %s: %+v", tt.body, tt.not, *c)
		}
	}
}

// TestNoSubjectMakesNoClaim: "Neither regulator estimated C", "No official
// said C": no one said it.
func TestNoSubjectMakesNoClaim(t *testing.T) {
	for _, body := range []string{
		"Neither regulator estimated how much money the rescue of the farm banks might need.",
		"No official said that the rescue of the farm banks would need public money.",
	} {
		if c := claimWith(claimsIn(t, body), "rescue of the farm banks"); c != nil {
			t.Errorf("%q: a statement no one made became %s's claim: %+v", body, c.Speaker, *c)
		}
	}
}

// TestNamesThatDescribeASpeakerDoNotSpeak: a name that titles a document
// set off after it, or that follows the head of a description, is not the
// speaker: the document or the described people are.
func TestNamesThatDescribeASpeakerDoNotSpeak(t *testing.T) {
	const intro = "Kate Marlow promised Ben Ashby he would stand down, a new book about the treasurer claims.\n\n"
	for _, tt := range []struct{ body, content, speaker string }{
		{intro + "The book, Ashby's Island, said Kate Marlow felt by May she had lost the trust of voters.", "lost the trust", "the book"},
		{intro + "The author's sources, all unnamed allies of Ms Marlow and Mr Ashby, said the premier felt the war had hurt her.", "war had hurt her", "allies"},
		{intro + "Unnamed allies of Ms Marlow and Mr Ashby said the premier felt the war had hurt her.", "war had hurt her", "allies"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) || c.SpeakerID != "" {
			t.Errorf("%q: want the claim %q of %q, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestAnotherSubjectsClauseIsNotTheClaim: a clause joined to the cue's
// with a subject of its own, named or described, is not what the speaker
// said; a clause joined inside what was said stays.
func TestAnotherSubjectsClauseIsNotTheClaim(t *testing.T) {
	c := claimWith(claimsIn(t, "Traders predicted a fall of 2% in March, and the council trimmed its own estimate to 1.5%."), "fall of 2%")
	if c == nil || strings.Contains(c.Content, "council") {
		t.Errorf("the council's act stayed in the traders' claim: %+v", c)
	}
	c = claimWith(claimsIn(t, "Traders said prices would fall in March, and the market would recover by May."), "prices would fall")
	if c == nil || !strings.Contains(c.Content, "recover by May") {
		t.Errorf("what the traders said was cut: %+v", c)
	}
}

// TestKinSpeaksForThemselves: "X's mother has said" is the mother's claim,
// not X's.
func TestKinSpeaksForThemselves(t *testing.T) {
	body := "The singer Marco Velli was not in court on Monday.\n\nMarco Velli's mother has said she is confident her son will be cleared."
	c := claimWith(claimsIn(t, body), "confident her son")
	if c == nil || !strings.Contains(c.Speaker, "mother") {
		t.Errorf("want the mother's claim, got %+v", c)
	}
}

// TestPronounFindsTheUnnamedSpeaker: a speaker described only by a role
// ("another trader", "a Madrid banker") is the one a following "he" stands
// for, not an earlier speaker with a better known role; and the description
// is the speaker's name, not the place or nationality inside it.
func TestPronounFindsTheUnnamedSpeaker(t *testing.T) {
	body := "An official at the state lender said the notes were priced fairly.\n\n" +
		"\"Nobody asked for this paper,\" another trader said. \"But there is no reason to panic,\" he said.\n\n" +
		"A Lisbon banker said he expected calm within a week. \"People overreacted,\" he said."
	cs := claimsIn(t, body)
	for _, tt := range []struct{ content, speaker string }{
		{"no reason to panic", "another trader"},
		{"expected calm", "a Lisbon banker"},
		{"People overreacted", "a Lisbon banker"},
	} {
		if c := claimWith(cs, tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("want %q said by %q, got %+v", tt.content, tt.speaker, c)
		}
	}
}

// TestTheyIsNotWhatTheyReport: "they" after a group of speakers stands for
// that group, not for an organisation the statement is about, whether the
// statement names it or it was the subject of the sentence before.
func TestTheyIsNotWhatTheyReport(t *testing.T) {
	body := "The bond market stalled on Tuesday after a surprise issue by a state lender, brokers said.\n\n" +
		"The Central Bank of Portugal also bought notes on Wednesday, they said.\n\n" +
		"They said the new issue traded at a small discount."
	cs := claimsIn(t, body)
	for _, content := range []string{"also bought notes", "traded at a small discount"} {
		if c := claimWith(cs, content); c != nil && c.Speaker != "brokers" {
			t.Errorf("%q is shown as said by %q, want the brokers or nothing", content, c.Speaker)
		}
	}
}

// TestQuestionsAreNotAssertions: questions in a row assert nothing, nor
// does a question whose mark falls just after the content read; a
// question the writer asks ("Why did the council claim that C?", "At what
// point will they admit that C?") is no one's claim of C; what someone is
// reported to ask stays as asked.
func TestQuestionsAreNotAssertions(t *testing.T) {
	body := "\"Have you ever seen a harbour this empty? Ever seen a crane this idle?\" the mayor Ines Vale said.\n\n" +
		"At what point will the ministers admit that the harbour scheme has failed? Nobody can tell.\n\n" +
		"Ken Ode put it bluntly. After all, he asked -- what lender could possibly fund a hundred new schools in one year? He said the plan would fail."
	cs := claimsIn(t, body)
	if c := claimWith(cs, "harbour this empty"); c == nil || c.Stance != "ask" {
		t.Errorf("questions in a row are not shown as asked: %+v", c)
	}
	if c := claimWith(cs, "scheme has failed"); c != nil {
		t.Errorf("the writer's question became %s's claim: %+v", c.Speaker, *c)
	}
	if c := claimWith(cs, "what lender could"); c != nil && c.Stance != "ask" {
		t.Errorf("a reported question is shown as an assertion: %+v", *c)
	}
	if c := claimWith(cs, "plan would fail"); c == nil || c.Stance != "assert" {
		t.Errorf("the statement after the question is lost: %+v", c)
	}
}

// TestSpeakerIsNotWhoQualifiesIt: those a name has ("Lisbon's
// newspapers", "the lender's creditors") and someone described by a role
// where a name works ("a senior economist with Banco Azul", "a source close
// to Norvik Partners") speak, not the name that qualifies them.
func TestSpeakerIsNotWhoQualifiesIt(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Lisbon's newspapers claimed that Norvik was a front for a gas company.", "front for a gas company", "Lisbon's newspapers"},
		{"A senior economist with Banco Azul said the focus was now on trade rather than rates.", "focus was now on trade", "a senior economist with Banco Azul"},
		{"A source close to Norvik Partners said the group would apply for a licence.", "apply for a licence", "a source close to Norvik Partners"},
		{"A few Swiss banks said the rules were too strict.", "rules were too strict", "a few Swiss banks"},
	})
}

// speakerCase is a body, words of a claim's content in it, and the speaker
// that claim must have.
type speakerCase struct{ body, content, speaker string }

// wantSpeakers checks the speaker of each case's claim.
func wantSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tt := range cases {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want the claim said by %q, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestNameAfterTheCueBeginsWhatIsSaid: "Harlow, speaking to the BBC, admits
// Keane, who …, will have the final say": the words before the cue hold no
// verb of their own, so they are its subject; the name after the cue begins
// what is admitted and says nothing.
func TestNameAfterTheCueBeginsWhatIsSaid(t *testing.T) {
	body := "Harlow, speaking to a local radio station, admits Keane, who has been linked with Milan, will have the final say on his future."
	for _, c := range claimsIn(t, body) {
		if c.Speaker == "Keane" {
			t.Errorf("the one the admission is about speaks: %+v", c)
		}
	}
	// A statement before the cue still has its speaker after it.
	body = "Incidents like this happen, said Tom Reyes, because banks change their networks."
	if c := claimWith(claimsIn(t, body), "Incidents like this"); c == nil || c.Speaker != "Tom Reyes" {
		t.Errorf("an inverted attribution is lost: %+v", c)
	}
}

// TestSaidIsNoGivenName: "said Greta Lindqvist" says nothing of her gender
// ("Said" is a man's given name, not a title), so a "she" after it finds
// her.
func TestSaidIsNoGivenName(t *testing.T) {
	wantSpeakers(t, []speakerCase{{"\"The dollar will hold its range,\" said Greta Lindqvist, senior dealer at Norbank. " +
		"She said there was some resistance to further gains.", "some resistance", "Greta Lindqvist"}})
}

// TestShadowOfAnOfficeIsNotIt: "the foreign secretary" is not the shadow
// foreign secretary named before, but the foreign secretary.
func TestShadowOfAnOfficeIsNotIt(t *testing.T) {
	body := "Shadow foreign secretary Mark Dunne told MPs the new paper was propaganda. Foreign Secretary Jane Holt said the charge was absurd.\n\n" +
		"Mr Dunne said ministers were delaying the vote. The foreign secretary hit back by saying Tory policy had kept the party out of power."
	if c := claimWith(claimsIn(t, body), "kept the party out"); c != nil && c.Speaker == "Mark Dunne" {
		t.Errorf("the shadow minister is taken for the minister: %+v", *c)
	}
}

// TestHeIsTheSubjectJustBefore: "he said" right after a sentence about a
// newly named person is that person, not a speaker two sentences back.
func TestHeIsTheSubjectJustBefore(t *testing.T) {
	wantSpeakers(t, []speakerCase{{"Their president, Tomas Ruiz, says Marco \"does not wish to stay any longer\". \"We have already spoken with Marco,\" Ruiz told his club's website. " +
		"Club manager Healy is no respecter of reputations. \"The onus is on Marco to force his way into the team,\" he said.", "onus is on Marco", "Healy"}})
}

// TestToldColonIntroducesTheNextQuote: "X told a radio station: “C2”"
// introduces the quote after it, not the one before it, which goes on from
// another speaker.
func TestToldColonIntroducesTheNextQuote(t *testing.T) {
	body := "\"The police have found nothing,\" said club president Luis Pardo. \"The best thing we can all do now is to put this behind us.\" " +
		"Midfielder Tomas Vidal told a local radio station: \"I have never seen this before and sport should be above it all.\""
	cs := claimsIn(t, body)
	if c := claimWith(cs, "best thing we can all do"); c != nil && c.Speaker == "Tomas Vidal" {
		t.Errorf("the quote before the cue went to the speaker of the next: %+v", *c)
	}
	if c := claimWith(cs, "never seen this before"); c == nil || c.Speaker != "Tomas Vidal" {
		t.Errorf("the quote after the colon lost its speaker: %+v", c)
	}
}

// TestPassiveExpectationAndWonPrizesAreNoClaims: those others expect
// something of ("are expected to be fit") expect nothing, and a prize
// claimed is a prize won, no statement.
func TestPassiveExpectationAndWonPrizesAreNoClaims(t *testing.T) {
	wantNoClaims(t,
		"Vale and Ortiz both pulled out of tournaments last week through injury but are expected to be fit.",
		"The new board will review the bids and is widely expected to approve two of them.",
		"Coach Dana Frost claimed the coaching award while her side took the team award.")
}

// wantNoClaims checks that no one states anything in each body.
func wantNoClaims(t *testing.T, bodies ...string) {
	t.Helper()
	for _, body := range bodies {
		for _, c := range claimsIn(t, body) {
			t.Errorf("%q: no one states anything, got %s's claim %q", body, c.Speaker, c.Content)
		}
	}
}

// TestGenericOrConditionalSpeakerSaysNothing: what anyone of a kind would
// say ("when an industry complains that C") or someone would do unless
// something happens states nothing.
func TestGenericOrConditionalSpeakerSaysNothing(t *testing.T) {
	wantNoClaims(t,
		"The bill forces the agency to act fast when an industry complains that a surge in imports threatens its existence.",
		"The agency should stay out of the race now unless it wants to publish all its files.")
	// What someone set out to do and did stays.
	body := "The senator took to the radio on Monday to accuse the governor of hiding the report."
	if c := claimWith(claimsIn(t, body), "hiding the report"); c == nil {
		t.Errorf("an accusation made with an infinitive of purpose is lost")
	}
}

// TestAttributionIsNoPartOfTheContent: the attribution written inside a
// sentence is cut from what is said; the content keeps a clause of its
// own, and stays whole where a cut would leave a fragment or turn it.
func TestAttributionIsNoPartOfTheContent(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Chinese wine sales are growing, the farm ministry said, with sales in 2003 up 25%.", "Chinese wine sales are growing"},
		{"Tom Reed runs a web lab. Currently, he said, the search sites did not do a good job of describing pages.", "the search sites did not do a good job of describing pages"},
		{"To understand the ruling, Judge Ann Hale said, one should visit the archive.", "one should visit the archive"},
		{"The rise was feared to hurt planting, Jan Licht said, but the effect was probably small.", "The rise was feared to hurt planting, Jan Licht said, but the effect was probably small"},
	} {
		cs := claimsIn(t, tt.body)
		if len(cs) != 1 || cs[0].Content != tt.want {
			t.Errorf("%q: want the content %q, got %+v", tt.body, tt.want, cs)
		}
	}
}

// TestAndCoIsPartOfTheFirm: "said Pell Securities and Co analyst Ana Reis":
// the analyst speaks, not the firm cut at its "and".
func TestAndCoIsPartOfTheFirm(t *testing.T) {
	wantSpeakers(t, []speakerCase{{"\"My feeling is that February borrowed some of the business,\" said Pell Securities and Co analyst Ana Reis.", "February borrowed", "Ana Reis"}})
}

// TestDescribedAthleteIsTheSpeaker: "said the Newport-based athlete": the
// description speaks, not the town or the club inside it.
func TestDescribedAthleteIsTheSpeaker(t *testing.T) {
	wantSpeakers(t, []speakerCase{{"\"I think the medal is important because the people closest to me know my journey,\" said the Newport-based athlete.",
		"the medal is important", "the Newport-based athlete"}})
}

// TestNameBeforeAnUnclosedApposition: "Tom Reyes, chairman and chief
// executive said": without the comma that closes the apposition, the name
// before the role still speaks, not the bare role.
func TestNameBeforeAnUnclosedApposition(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"On acquisitions, Tom Reyes, chairman and chief executive said the company is not interested in broadcasting.", "not interested", "Tom Reyes"},
		{"Melvin Sims, the ministry's general sales manager told a hearing that the two departments are negotiating.", "departments are negotiating", "Melvin Sims"},
		{"Jan Ode, head of Norbank said the bank would expand.", "bank would expand", "Jan Ode"},
		{"Tom Kay, administrator of the ministry's Export Service said the new rule had been hard to meet.", "hard to meet", "Tom Kay"},
	})
}

// TestOfficeOfAPlaceIsAPerson: "The Archbishop of Lyon said": the office
// holder speaks, not the city.
func TestOfficeOfAPlaceIsAPerson(t *testing.T) {
	wantSpeakers(t, []speakerCase{{"The Archbishop of Lyon said: \"I am pleased that they have decided to take this step.\"", "pleased", "the Archbishop of Lyon"}})
}

// TestHeIsTheSpokesmanNotWhoHeSpeaksFor: "Tom Hale's official spokesman
// declined to say … He said": the spokesman, the sentence's subject, goes
// on; not the man he speaks for.
func TestHeIsTheSpokesmanNotWhoHeSpeaksFor(t *testing.T) {
	body := "The Cabinet Office said it was reviewing the pension scheme.\n\n" +
		"On Monday, Tom Hale's official spokesman declined to say whether the prime minister backed the plans. He said: \"What is important is that there is a process going on.\""
	if c := claimWith(claimsIn(t, body), "process going on"); c == nil || c.Speaker == "Tom Hale" {
		t.Errorf("the spokesman's words went to the man he speaks for: %+v", c)
	}
}

// TestQuoteAfterSomeoneElseComesForward: a quote standing alone is not
// shown as the words of the paragraph's earlier speaker once another person
// has come forward as a speaker or a sentence's subject.
func TestQuoteAfterSomeoneElseComesForward(t *testing.T) {
	body := "Dina Ray says the blog is a resource. \"Imagine if they had this resource available to them,\" she says. " +
		"Bloggers in the United States are also getting involved. Ravi Kotam is originally from India, but now lives in Dallas. " +
		"Then, says Mr Kotam, the blogging world found out. \"All my blogger friends started linking up my site.\""
	if c := claimWith(claimsIn(t, body), "blogger friends"); c != nil && c.Speaker == "Dina Ray" {
		t.Errorf("the quote went to the earlier speaker: %+v", *c)
	}
	// With no one else in between, the quote goes on from its speaker.
	body = "Dina Ray says the blog is a resource. \"Imagine if they had this resource available to them,\" she says. \"It is the place to start.\""
	if c := claimWith(claimsIn(t, body), "place to start"); c == nil || c.Speaker != "Dina Ray" {
		t.Errorf("a quote that goes on is lost: %+v", c)
	}
}

// TestAdjectiveOfADescriptionIsNoSpeaker: a capitalised adjective that
// describes the speaker's noun ("the Danish world number four") is not
// given as the speaker's name; the description is.
func TestAdjectiveOfADescriptionIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, not string }{
		{"The Danish world number four said she was ready for the final.", "ready for the final", "Danish"},
		{"A Canadian trade delegation said the tariffs were unfair.", "tariffs were unfair", "Canadian"},
		{"Recent Belgian figures showed that exports fell in June.", "exports fell", "Belgian"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil {
			continue // showing less is allowed
		}
		if strings.TrimSpace(c.Speaker) == tt.not {
			t.Errorf("%q: the adjective %q became the speaker: %+v", tt.body, tt.not, *c)
		}
	}
	// A name stays a name: "Danish" here is no adjective of a noun after it.
	c := claimWith(claimsIn(t, "Lars Danish said the port would reopen."), "port would reopen")
	if c == nil || c.Speaker != "Lars Danish" {
		t.Errorf("a name ending in a nationality word lost its speaker: %+v", c)
	}
}

// TestNamedBeforeTheRoleSpeaks: in "“C,” NAME, BODY role said" the name
// speaks, not the role, and the name is no part of what was said.
func TestNamedBeforeTheRoleSpeaks(t *testing.T) {
	body := "Nora Quist was appointed last year.\n\n" +
		"\"We are glad that the board has chosen to act at last,\" Nora Quist, HTA director said."
	c := claimWith(claimsIn(t, body), "chosen to act")
	if c == nil {
		t.Fatal("the quote is no longer read")
	}
	if c.Speaker != "Nora Quist" || strings.Contains(c.Content, "Quist") {
		t.Errorf("speaker %q, content %q; want Nora Quist and the quote alone", c.Speaker, c.Content)
	}
}

// TestCarryingOnIsNoStatement: "continued" heads a statement only after a
// quote; a verb that goes on doing something says nothing.
func TestCarryingOnIsNoStatement(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Despite more orders, the steel industry continued to struggle, with 4,000 jobs lost in the spring.", "jobs lost"},
		{"Tom Reid continued his good run as he set a best of 7.2 metres in second.", "good run"},
		{"But, despite more people in jobs, the steel sector continued to suffer, with 5,000 workers axed during the spring - " +
			"pushing output to a record low of 2.1 million tonnes by the end of the year.", "workers axed"},
		{"Ada Moss showed her form as she pulled clear in the final lap.", "form"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: read as %s's claim: %+v", tt.body, c.Speaker, *c)
		}
	}
	if c := claimWith(claimsIn(t, "Tom Reed stood up. \"The new plan will not work,\" he continued."), "plan will not"); c == nil {
		t.Error("a quote before \"he continued\" is no longer read")
	}
}

// TestParticipleAndFreeRelativeAreNoCues: "the fines claimed in 2003" is a
// participle of the subject, "what she asked for" a free relative: neither
// says anything. "After the vote, X announced £50m" announced the money,
// not the phrase before it.
func TestParticipleAndFreeRelativeAreNoCues(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"The fines claimed in 2003 eclipsed previous years, including 1999 when floods pushed fines up to $20bn.", "eclipsed"},
		{"The fines claimed in 2003 eclipsed previous years, including 1999 when floods pushed fines up to $20bn.", "floods pushed"},
		{"Her win is likely to limit her payout to about £40,000, a small part of what she asked for.", "limit her payout"},
		{"Less than three years after the van was launched, carmaker Dorvan has announced £50m of new investment.", "van was launched"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: read as %s's claim: %+v", tt.body, c.Speaker, *c)
		}
	}
	c := claimWith(claimsIn(t, "Less than three years after the van was launched, carmaker Dorvan has announced £50m of new investment."), "£50m")
	if c == nil || !strings.Contains(c.Speaker, "Dorvan") {
		t.Errorf("the announced money is not Dorvan's: %+v", c)
	}
}

// TestRelativeClauseEndsTheContent: what a firm "which revealed that C"
// revealed ends where its relative clause does; the main clause's verb
// after the comma is the writer's.
func TestRelativeClauseEndsTheContent(t *testing.T) {
	c := claimWith(claimsIn(t, "Phone firm Dorvan, which recently revealed that it would leave the mobile market, hit a yearly high."), "leave the mobile")
	if c == nil {
		t.Fatal("the revealed clause is no longer read")
	}
	if strings.Contains(c.Content, "yearly high") {
		t.Errorf("content %q runs into the main clause", c.Content)
	}
}

// TestDescriptionMatchesAHeadNotAModifier: "the global farming industry"
// is not "a panel of industry experts" named before it; "the panel" is.
func TestDescriptionMatchesAHeadNotAModifier(t *testing.T) {
	body := "Farm trade is on the verge of change, says a panel of industry experts.\n\n" +
		"The global farming industry says more than three million tonnes of grain are sold every month. " +
		"But the panel said prices would stay low for a year."
	cs := claimsIn(t, body)
	if c := claimWith(cs, "tonnes of grain"); c == nil || strings.Contains(c.Speaker, "panel") {
		t.Errorf("the industry's claim: %+v", c)
	}
	if c := claimWith(cs, "prices would stay low"); c == nil || !strings.Contains(c.Speaker, "panel") {
		t.Errorf("the panel's claim: %+v", c)
	}
}

// TestSpokenWordsAreNoStatement: "by saying the star's name" utters a
// name and states nothing; ", saying the board had failed" states.
func TestSpokenWordsAreNoStatement(t *testing.T) {
	cs := claimsIn(t, "Users will be able to pick a film just by saying the star's name. Mr Bell left the club, saying the board had failed.")
	if c := claimWith(cs, "star's name"); c != nil {
		t.Errorf("a name said aloud became %s's claim", c.Speaker)
	}
	if c := claimWith(cs, "board had failed"); c == nil {
		t.Error("Bell's statement is no longer read")
	}
}

// TestConditionalExpectationIsNoClaim: what is expected only if something
// happens is not shown as expected outright.
func TestConditionalExpectationIsNoClaim(t *testing.T) {
	for _, c := range claimsIn(t, "If the strike goes ahead, the airline expects to lose $40m a week.") {
		if strings.Contains(c.Content, "lose $40m") && !strings.Contains(c.Content, "strike") {
			t.Errorf("a conditional expectation shown outright: %+v", c)
		}
	}
}

// TestLowerCaseGivenNameIsNoPerson: "the bill" (a law) is no Bill: "he"
// after it is the professor named in the sentence between.
func TestLowerCaseGivenNameIsNoPerson(t *testing.T) {
	body := "MPs are due to vote on the Road Bill. The bill includes changes to fines. " +
		"The research, carried out by transport expert professor Alan Ferris, says a lower limit would save lives. " +
		"He estimates that this would save the country £119m a year."
	c := claimWith(claimsIn(t, body), "save the country")
	if c == nil || c.Speaker != "Alan Ferris" {
		t.Errorf("the estimate's speaker: %+v; want Alan Ferris", c)
	}
}

// TestYetToIsNotYet: "has yet to confirm that C" says C was not confirmed;
// no claim of it stands, while a later "confirmed that" does.
func TestYetToIsNotYet(t *testing.T) {
	cs := claimsIn(t, "But Ayr boss Tom Reid has yet to confirm that Bell is on his way from the club. "+
		"The board is yet to say whether it will sell. Reid confirmed that Bell had trained with the squad.")
	if c := claimWith(cs, "on his way"); c != nil {
		t.Errorf("what is not yet confirmed is shown as confirmed: %+v", *c)
	}
	if c := claimWith(cs, "trained with the squad"); c == nil {
		t.Error("the confirmed statement is no longer read")
	}
}

// TestTwoWordPrepositionIsNoFrame: "speaking ahead of the match" says
// nothing of the match; "spoke of her pride" does.
func TestTwoWordPrepositionIsNoFrame(t *testing.T) {
	cs := claimsIn(t, "Ms Lane was speaking ahead of the third round cup clash between the two clubs on Sunday. She spoke of her pride in the team.")
	if c := claimWith(cs, "cup clash"); c != nil {
		t.Errorf("'ahead of' read as 'speak of': %+v", *c)
	}
	if c := claimWith(cs, "her pride"); c == nil {
		t.Error("'spoke of her pride' is no longer read")
	}
}

// TestPronounIsNoneTheContentNames: "they wanted to make groups like Los
// Duendes de Plan K accessible" is not that group speaking.
func TestPronounIsNoneTheContentNames(t *testing.T) {
	body := "He has worked with Los Duendes de Plan K, a group from Madrid.\n\n" +
		"\"The groups are not really known,\" he said. Millan and two friends set out to change that - " +
		"they wanted to make groups like Los Duendes de Plan K accessible to fans globally."
	if c := claimWith(claimsIn(t, body), "accessible to fans"); c != nil && strings.Contains(c.Speaker, "Duendes") {
		t.Errorf("the band the content names speaks: %+v", *c)
	}
}

// TestTheyAfterTwoNamedPeople: "they" after "Berios and Marou skipped
// tests" is the two, not the body named before them.
func TestTheyAfterTwoNamedPeople(t *testing.T) {
	body := "The International Association of Athletics Federations (IAAF) has asked Kostas Berios and Eleni Marou to explain why they missed tests. " +
		"The IAAF said it was waiting for a reply.\n\n" +
		"But Berios and Marou then went on to skip tests in Oslo and Rome, when they decided to fly back to Greece early."
	if c := claimWith(claimsIn(t, body), "fly back"); c != nil && strings.Contains(c.Speaker, "Athletics") {
		t.Errorf("they = %q; want the two athletes", c.Speaker)
	}
}

// TestStatementYetToBeWrittenSaysNothing: "must issue a written statement
// promising C" is a duty, no promise made.
func TestStatementYetToBeWrittenSaysNothing(t *testing.T) {
	cs := claimsIn(t, "Under the deal, Ruritania must issue a written statement promising to sign an accord with its neighbour.")
	if c := claimWith(cs, "sign an accord"); c != nil {
		t.Errorf("a statement yet to be issued promises: %+v", *c)
	}
}

// TestNamedBeforeAnUnknownRoleSpeaks: in "“C,” NAME, the BODY's ROLE
// told", the name speaks though the role is no title the lexicon knows,
// when it is a noun for a person by what they do.
func TestNamedBeforeAnUnknownRoleSpeaks(t *testing.T) {
	body := "\"Homes will be run by voice within ten years,\" Ida Brook, the Acme Group's futurologist told reporters."
	c := claimWith(claimsIn(t, body), "run by voice")
	if c == nil {
		t.Fatal("the quote is no longer read")
	}
	if c.Speaker != "Ida Brook" || strings.Contains(c.Content, "Brook") {
		t.Errorf("speaker %q, content %q; want Ida Brook and the quote alone", c.Speaker, c.Content)
	}
}

// TestDenialInAnAbsoluteClauseStaysADenial: "…, Ms Vale denying that C",
// read by the parse's generic that-frame, is shown as a denial of C, never
// as an assertion of it.
func TestDenialInAnAbsoluteClauseStaysADenial(t *testing.T) {
	c := claimWith(claimsIn(t, "The party is split, Ms Vale denying that she will stand."), "she will stand")
	if c != nil && c.Stance != "deny" {
		t.Errorf("a denial shown as %q: %+v", c.Stance, *c)
	}
}

// TestDescribedBodyIsNoOtherDescribedBody: "the firm" after "the agency
// said" is not the agency: a generic word for a body stands for a body
// named, not for another one only described.
func TestDescribedBodyIsNoOtherDescribedBody(t *testing.T) {
	body := "Exports fell by 4% in March, the agency said.\n\nThe firm denied that it would cut 500 jobs."
	if c := claimWith(claimsIn(t, body), "cut 500 jobs"); c != nil && strings.Contains(c.Speaker, "agency") {
		t.Errorf("the firm became the agency: %+v", *c)
	}
}

// TestOwnerIsNotTheSpeaker: in "Ann Kerr's agent has warned …" or "the
// Kingdom's largest lender said …" the name only owns the one who speaks;
// the claim is the agent's or the lender's, never the owner's.
func TestOwnerIsNotTheSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Ann Kerr's agent has warned Rovers they must improve their offer by Friday.", "improve their offer", "agent"},
		{"Ruritania's largest mortgage lender said prices fell 3% last month.", "prices fell", "lender"},
		{"Tom Parry's diary records that the minister met the banker twice.", "met the banker", "diary"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil {
			continue // left out rather than wrong
		}
		if !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: the owner speaks: %+v", tt.body, *c)
		}
	}
}

// TestQuotedFragmentKeepsItsSubject: a content that opens on a quoted
// phrase whose clause began before it ("Mr Hale would “effectively lead”
// the campaign") is never shown without that beginning, which can turn
// its sense around ("warned the paper to steer away from “demonising” Mr
// Hale" is no warning that demonises him). A quoted subject or a quoted
// order stays.
func TestQuotedFragmentKeepsItsSubject(t *testing.T) {
	for _, body := range []string{
		"A party source told the Daily Post Mr Hale would \"effectively lead\" the new campaign.",
		"The council authorities have told staff their offices will be \"deep cleaned\" during the week.",
		"Peter Marsh warned the paper to steer away from \"demonising\" Mr Hale.",
		"Ms Berry said this \"dramatically changes\" their original purpose.",
	} {
		for _, c := range claimsIn(t, body) {
			if strings.HasPrefix(c.Content, "\"") {
				t.Errorf("%q: the quoted phrase lost its subject: %+v", body, c)
			}
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"Sir Alan Reed said \"real progress\" had been made since the spring.", "had been made"},
		{"Ann Tate attacked \"false\" and \"cruel\" gossip magazines in a letter on her website.", "gossip magazines"},
		{"Mr Hale tells his fans at a rally to \"go to the polls and vote\" and then \"go home and rest\".", "polls and vote"},
		{"Union leader Ann Moss called for \"practical steps\" to help the poorest pensioners this winter.", "practical steps"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil {
			t.Errorf("%q: the claim %q is no longer read", tt.body, tt.content)
		}
	}
}

// TestPronounAfterAStrangerIsNoOneElse: "he" right after a sentence whose
// subject is someone the entities missed ("Chief Secretary Paul Amis") is
// not the person named before that stranger; and "the chancellor" is not
// the shadow chancellor.
func TestPronounAfterAStrangerIsNoOneElse(t *testing.T) {
	body := "Tory leader Michael Howard argued a change in direction was needed. \"Labour are creating two Britains,\" he said.\n\n" +
		"The government has announced plans to cut jobs. But Chief Secretary to the Treasury Paul Amis attacked the Tory plans. " +
		"\"The Conservatives are committed to cutting spending by a massive £35 billion,\" he said."
	if c := claimWith(claimsIn(t, body), "committed to cutting"); c != nil && strings.Contains(c.Speaker, "Howard") {
		t.Errorf("the stranger's words went to the person named before: %+v", *c)
	}
	if c := claimWith(claimsIn(t, body), "two Britains"); c == nil || !strings.Contains(c.Speaker, "Howard") {
		t.Errorf("the first quote lost its speaker: %+v", c)
	}
	body = "Tory shadow chancellor Oliver Lane predicted Mr Brown would have to raise taxes.\n\n" +
		"Mr Cable said taxes would go up. The chancellor meanwhile insisted his spending plans were \"affordable\"."
	if c := claimWith(claimsIn(t, body), "affordable"); c != nil && strings.Contains(c.Speaker, "Lane") {
		t.Errorf("the chancellor became the shadow chancellor: %+v", *c)
	}
}

// TestRelativeClauseSaysNoStatement: a cue inside a relative clause whose
// pronoun or noun stands for a part of what is said ("Tom Reed, who it says
// headed the team", "an injury he said he suffered") shows no statement
// without that part; a relative pronoun that speaks, or one after a
// preposition, leaves the claim whole.
func TestRelativeClauseSaysNoStatement(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"The regulator filed charges against Tom Reed, who it says headed the firm's sales team.", "headed the firm"},
		{"Actor Ben Cole is suing the studio over an injury he said he suffered while making the film.", "he suffered while"},
		{"The bank sold the Ashford mill, which Mr Hale described as \"the worst deal of the decade\".", "worst deal"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: a statement without its subject or object: %+v", tt.body, *c)
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"The senator, who said the vote was rigged, left the room early.", "vote was rigged"},
		{"Mr Hale wrote a long letter in which he said the plan would fail within a year.", "plan would fail"},
		{"Tom Reed is the studio's lawyer. In a statement he said the studio had acted fairly throughout the filming.", "acted fairly"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil {
			t.Errorf("%q: the claim %q is no longer read", tt.body, tt.content)
		}
	}
}

// TestHeadlessParagraphNamesNoOneBefore: a paragraph that opens on a
// lower-case word lost its first words, and with them whom a "he" or "the
// 22-year-old" in it stands for; they are not the names before it.
func TestHeadlessParagraphNamesNoOneBefore(t *testing.T) {
	body := "Rovers face a home tie against Kelvin United in the cup if they can win their replay against the Saints.\n\n" +
		"The League Two side held the Saints and were rewarded with a draw. Bolton host Arsenal or Sheffield United.\n\n" +
		"was delighted to be paired with Kelvin, although he admitted they still have plenty of work to do. " +
		"\"We've got our work cut out next week,\" he said.\n\n" +
		"Ann Marsh took the 400m title. Tom Vale was second.\n\n" +
		"delivered a fine run to win the 60m title. \"There is a lot more to come,\" said the 22-year-old."
	cs := claimsIn(t, body)
	for _, content := range []string{"work cut out", "plenty of work", "lot more to come"} {
		if c := claimWith(cs, content); c != nil && (strings.Contains(c.Speaker, "Arsenal") || strings.Contains(c.Speaker, "Vale") || strings.Contains(c.Speaker, "Marsh")) {
			t.Errorf("a headless paragraph's words went to a name before it: %+v", *c)
		}
	}
	// A name the paragraph gives before the pronoun is whom it stands for.
	body = "Ann Marsh took the 400m title.\n\n" +
		"also won the relay, and Tom Vale, the team captain, said he was proud. \"We worked hard,\" he said."
	if c := claimWith(claimsIn(t, body), "worked hard"); c == nil || !strings.Contains(c.Speaker, "Vale") {
		t.Errorf("the name in the headless paragraph lost its quote: %+v", c)
	}
}

// TestDenyingSomeoneIsNoDenial: "denied" with someone for its object keeps
// that person from something ("The keeper denied Smith twice", "denied him
// a second chance"): nothing is denied; a denied statement or charge, or a
// clause after the object, stays a denial.
func TestDenyingSomeoneIsNoDenial(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"The keeper denied Smith twice in the first half.", "Smith twice"},
		{"The referee denied Rovers a late penalty.", "Rovers a late penalty"},
		{"The goalkeeper denied the young striker again ten minutes later.", "striker again"},
		{"The coach denied him a second chance.", "him a second chance"},
		{"The coach denied her a place in the squad.", "her a place"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: keeping someone from something became a denial: %+v", tt.body, *c)
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"A party spokesman denied the campaign was anti-Semitic.", "the campaign was anti-Semitic"},
		{"The club denied Smith had broken the rules.", "Smith had broken the rules"},
		{"The minister denied CIA involvement in the plot.", "CIA involvement"},
		{"The aide denied the minister's account of the meeting.", "the minister's account"},
		{"The actress denied her involvement in the scheme.", "her involvement"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Stance != "deny" {
			t.Errorf("%q: the denial is lost: %+v", tt.body, c)
		}
	}
}

// TestSheIsNoSpokesman: "she" or "he" does not stand for a description of
// the other sex ("a spokesman", "the chairman"); with no one else, there
// is no claim rather than a wrong name or a bare pronoun.
func TestSheIsNoSpokesman(t *testing.T) {
	const body = "Union leaders are angry, a spokesman said.\n\nShe said the club would sign a new striker."
	if c := claimWith(claimsIn(t, body), "sign a new striker"); c != nil && (strings.Contains(c.Speaker, "spokesman") || strings.EqualFold(c.Speaker, "she")) {
		t.Errorf("\"She\" became %q", c.Speaker)
	}
}

// TestDayIsNoSpeaker: "but on Monday Mr Reed said C", which the parse may
// read as a day with a name hung on it, is Reed's claim, not that of the
// subject of the clause before "but"; a "he" after it stands for Reed.
func TestDayIsNoSpeaker(t *testing.T) {
	const body = "Norway's Foreign Minister Tom Reed spoke on the ferry tax, and Prime Minister Lars Holm called for the tax to be kept.\n\n" +
		"Denmark has been more cautious on the issue, but on Monday Mr Reed said he also wanted it to go. " +
		"\"I have long understood the Danish argument and I do not think it is wrong,\" he told the committee."
	cs := claimsIn(t, body)
	for _, content := range []string{"wanted it to go", "Danish argument"} {
		if c := claimWith(cs, content); c == nil || !strings.Contains(c.Speaker, "Reed") {
			t.Errorf("want Reed's claim %q, got %+v", content, c)
		}
	}
}

// TestBodyNamesItself: a firm that was the last to speak may name itself in
// what it says next ("'Arnhem Breweries is sure …,' it said"); "it" or "the
// company" is then that firm, not another that spoke before it.
func TestBodyNamesItself(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Shares in Arnhem Breweries rose 4% after a fund opposed the bid.\n\n" +
			"Velder Capital said it would prefer to see Arnhem Breweries return cash to shareholders. " +
			"Arnhem Breweries said Velder's opposition would not change its plans. " +
			"\"Arnhem Breweries is sure the deal is in the best interests of its shareholders,\" it said.", "is sure the deal", "Arnhem Breweries"},
		{"Velder Motors said its finance arm, Velder Credit Corp, would earn less this year.\n\n" +
			"Velder Credit Corp has said it may enter the home loans market. Velder Credit Corp has been a strong contributor to profits " +
			"but Velder Motors said it will do less well this year. \"Earnings of $10 a share remain Velder Motors' goal,\" the company said.",
			"remain Velder Motors' goal", "Velder Motors"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("want %s's claim %q, got %+v", tt.speaker, tt.content, c)
		}
	}
}

// TestByAfterAnActiveVerbIsNoAgent: "Kovac blamed her defeat by Berg on
// injuries": Berg does not act there (the verb is not passive), so a "she"
// after it stands for Kovac; the agent of a passive still acts.
func TestByAfterAnActiveVerbIsNoAgent(t *testing.T) {
	const body = "Anna Kovac lost to Maria Berg in the first round on Monday.\n\n" +
		"Berg had lost all five of her earlier meetings with Kovac. Kovac though blamed her defeat by Berg on injuries. " +
		"\"My back was a factor, but mostly my knee was not great,\" she said."
	if c := claimWith(claimsIn(t, body), "my knee"); c == nil || !strings.Contains(c.Speaker, "Kovac") {
		t.Errorf("want Kovac's claim, got %+v", c)
	}
}

// TestItIsTheBodyJustNamed: "it" stands for the body that is the subject
// just before it, described ("The commission had been asked …. But it
// said") or named by the main clause of its own sentence ("Even sports car
// maker Zentra may join the race, although it insists"), not for a body
// that spoke earlier.
func TestItIsTheBodyJustNamed(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"The Home Office said mandatory life sentences would not be abolished.\n\n" +
			"But the Home Office said mandatory sentences would stay and argued courts already had flexibility. " +
			"The commission, an independent body including two judges, had been asked to consider reforms. " +
			"But it said its proposals were unlikely to work without a wider review.", "unlikely to work", "the commission"},
		{"Velder Motors has three hybrids on the market.\n\n" +
			"Arrow Cars has a hybrid pickup on the market and is showing two concept cars in Detroit. " +
			"Even sports car maker Zentra may join the race, although it insists it is still considering whether to build a hybrid.",
			"still considering", "Zentra"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("want %s's claim %q, got %+v", tt.speaker, tt.content, c)
		}
	}
	// A description joined by "and" goes on past its first noun ("the news
	// and data seller"): it is no body of its own that "it" stands for.
	body := "Kestrel Media said revenues slipped 11% in 2004.\n\n" +
		"The news and data seller said the year had begun well. It added it was planning to cut costs by a further 5%."
	if c := claimWith(claimsIn(t, body), "planning to cut costs"); c == nil || c.Speaker != "Kestrel Media" {
		t.Errorf("want Kestrel Media's claim, got %+v", c)
	}
}

// TestListInRelativeClauseIsNoSpeaker: "Arrowfield, whose brands include
// Penfold, Roseway and Lindell, said": the names listed inside the relative
// clause do not speak; the one it describes does.
func TestListInRelativeClauseIsNoSpeaker(t *testing.T) {
	for _, body := range []string{
		"Arrowfield, whose brands include Penfold, Roseway and Lindell, said the offer was inadequate.",
		"Arrowfield, which owns Penfold, Roseway and Lindell, dismissed the offer as inadequate.",
	} {
		if c := claimWith(claimsIn(t, body), "the offer"); c == nil || c.Speaker != "Arrowfield" {
			t.Errorf("%q: want Arrowfield's claim, got %+v", body, c)
		}
	}
}

// TestNoViewInPurposeOrExpletive: what a meeting is for ("met to discuss the
// plan") and a clause after an expletive "it" ("after it emerged that C")
// are no one's claims.
func TestNoViewInPurposeOrExpletive(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"European finance ministers meet on Thursday to discuss proposals for a fuel tax.", "proposals"},
		{"The board met in Leeds to discuss the company's results.", "company's results"},
		{"Velder hit the headlines in 2003 after it emerged that there were accounting irregularities at its US unit.", "irregularities"},
		{"Arrow said profits rose. It later transpired that the figures were wrong.", "figures were wrong"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: became %s's claim: %+v", tt.body, c.Speaker, *c)
		}
	}
	// What the meeting's members then say stays theirs.
	if c := claimWith(claimsIn(t, "The ministers met to discuss the plan. They said the tax would be dropped."), "tax would be dropped"); c == nil {
		t.Error("the ministers' statement was lost")
	}
}

// TestPassiveParticipleNamesNoSpeaker: "a board member accused by Anil Shah
// of causing a rift": the noun before a participle with its agent after it
// is the one accused, not the accuser; an active cue keeps its speaker.
func TestPassiveParticipleNamesNoSpeaker(t *testing.T) {
	const body = "Tom Jain, a board member accused by Anil Shah of causing a rift, was not removed."
	for _, c := range claimsIn(t, body) {
		if strings.Contains(c.Speaker, "board member") || strings.Contains(c.Speaker, "Jain") {
			t.Errorf("the one accused became the accuser: %+v", c)
		}
	}
	if c := claimWith(claimsIn(t, "A Velder Institute quarterly survey found output had risen by the fastest rate in seven years."), "output had risen"); c == nil {
		t.Error("a finding with 'by' in its content was lost")
	}
}

// TestPlaceBeforeAPluralIsNoSpeaker: "UK media reports say", "Jonesboro
// ministers urged": a place that only qualifies the speaker's noun does
// not speak; a firm's document stays the firm's.
func TestPlaceBeforeAPluralIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Velder is poised to launch a bid for the exchange, UK media reports say.", "poised to launch", "UK media reports"},
		{"Velder is poised to launch a bid, UK newspapers say.", "poised to launch", "UK newspapers"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want the speaker %q, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestAsideNamesTheSpeaker: "The economy, says Tom Reed, is strong": the
// phrase before the aside's cue is what is spoken of, not who speaks.
func TestAsideNamesTheSpeaker(t *testing.T) {
	for _, body := range []string{
		"The economy, says Tom Reed, is strong.",
		"The idea, says Frank Stone of Velcom, is to shape a new model.",
	} {
		for _, c := range claimsIn(t, body) {
			if strings.HasPrefix(strings.ToLower(c.Speaker), "the ") {
				t.Errorf("%q: the subject of the content speaks: %+v", body, c)
			}
		}
	}
}

// TestSpeakerIsNotInTheQuote: a given name the tagger reads as a verb
// ("Will Davies") is a name, and a subject the parse finds inside the
// quotation is no speaker ("… a civic commons," X told the BBC).
func TestSpeakerIsNotInTheQuote(t *testing.T) {
	const body = "The institute wants a new kind of online forum.\n\n" +
		"\"What we are proposing is a civic commons,\" Will Davies, senior research fellow at the institute told the BBC. " +
		"Mr Davies said the plan would cost little."
	c := claimWith(claimsIn(t, body), "civic commons")
	if c == nil || !strings.Contains(c.Speaker, "Davies") {
		t.Errorf("want Davies's quote, got %+v", c)
	}
}

// TestNameAfterTheHeadIsNoSpeaker: "Fifty percent of Europeans said", "the
// unnamed woman from Georgia says": a common noun before a preposition
// heads the speaker phrase; the place, group or firm after it does not
// speak.
func TestNameAfterTheHeadIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, notSpeaker string }{
		{"Fifty percent of Europeans said the size of a phone was the most important factor.", "size of a phone", "Europeans"},
		{"The lawsuit was filed last week.\n\nThe unnamed woman from Georgia says a chip inside the cartridge misleads the printer.", "chip inside", "Georgia"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker == tt.notSpeaker {
			t.Errorf("%q: want the phrase's head to speak, got %+v", tt.body, c)
		}
	}
}

// TestPurposeAndThingsAreNoSpeakers: an infinitive that heads its clause
// ("was to support") tells a purpose, and a thing that "threatens to" do
// something, or "encourages" others to, is no one who warns or urges;
// neither gives a claim, while people and bodies that threaten, promise or
// urge still do.
func TestPurposeAndThingsAreNoSpeakers(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"The grant was to support the first stage of the scheme, running to mid-2030.", "first stage"},
		{"The aim is to back the new bypass before the winter.", "new bypass"},
		{"The strike threatened to halt production at the Ford plant.", "halt production"},
		{"Later, a row over access to the fishing grounds of Norway after they joined the European Union threatened to become a trade war.", "trade war"},
		{"The outpouring of goodwill has encouraged some fraudsters to try to cash in.", "cash in"},
		{"All parties are stepping up campaigning before the general election, widely expected to be called for 6 May.", "called for 6 May"},
		{"The mock votes will take place around 6 May, widely expected to be the date of the election.", "date of the election"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: a purpose or a thing became %s's claim: %+v", tt.body, c.Speaker, *c)
		}
	}
	for _, tt := range []struct{ body, content, speaker string }{
		{"The union threatened to strike over the new rota.", "strike over", "union"},
		{"The actress threatened to sue the magazine.", "sue the magazine", "actress"},
		{"Acme Tools promised to repay every customer.", "repay every customer", "Acme"},
		{"The boss encouraged staff to speak up.", "speak up", "boss"},
		{"Mr Reed's family has called on police to publish the report.", "publish the report", "Reed"},
		{"Tonka Toys said the board met on Monday and agreed to buy the business of its Australian distributor.", "buy the business", "board"},
		{"The charity urged people to give online.", "give online", "charity"},
		{"The IMF urges a firm interest rate policy to curb inflation.", "interest rate policy", "Monetary"},
		{"Zenco claims its downfall was a punishment for its founder's views and has vowed to sue any buyer.", "sue any buyer", "Zenco"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want the claim %q of %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
}

// TestJoinedGroupsAfterTheContent: "C, analysts and traders said" names two
// groups as the speaker, and the "they" of the next sentence is them, not
// a body named inside C; a clause before the cue is no speaker.
func TestJoinedGroupsAfterTheContent(t *testing.T) {
	claims := claimsIn(t, "Bonds of big banks fell slightly after Moody's Investors Service cut the ratings of five banks late yesterday, analysts and traders said.\n\n"+
		"But they described the response as muted because the move came as no surprise.")
	for _, content := range []string{"Bonds of big banks", "response as muted"} {
		if c := claimWith(claims, content); c == nil || c.Speaker != "analysts and traders" {
			t.Errorf("want the claim %q of analysts and traders, got %+v", content, c)
		}
	}
	claims = claimsIn(t, "Rebel fighters are leaving their last base, military and diplomatic sources said.")
	if c := claimWith(claims, "last base"); c == nil || c.Speaker != "military and diplomatic sources" {
		t.Errorf("want the claim of military and diplomatic sources, got %+v", c)
	}
	claims = claimsIn(t, "The index closed lower, prices fell and dealers said little.")
	for _, c := range claims {
		if strings.Contains(c.Speaker, "prices") {
			t.Errorf("a clause became a speaker: %+v", c)
		}
	}
}

// TestConcessionBeforeAnInvertedCue: "Although C1, said X, C2": C1 leans on
// C2 and is not what X asserts alone.
func TestConcessionBeforeAnInvertedCue(t *testing.T) {
	claims := claimsIn(t, "Although young hackers will still write viruses for fun, said Mr Hale, 2004 saw a rise in crime for profit.")
	if c := claimWith(claims, "rise in crime"); c == nil || !strings.Contains(c.Speaker, "Hale") {
		t.Errorf("want Hale's claim of a rise in crime, got %+v", claims)
	}
	for _, c := range claims {
		if strings.HasPrefix(c.Content, "Although") && !strings.Contains(c.Content, "rise in crime") {
			t.Errorf("a concession alone became a claim: %+v", c)
		}
	}
}

// TestCapitalAfterAQuoteOpensAName: after “C,” a capital opens the
// speaker's name ("State Department spokesman", "Said Amir"), not a cue.
func TestCapitalAfterAQuoteOpensAName(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker, cue string }{
		{"\"We do not believe this is a major attack,\" State Department spokesman Tom Reed said.", "major attack", "Tom Reed", "said"},
		{"\"We will win,\" Said Amir told reporters.", "We will win", "Said Amir", "told"},
		{"\"It is over,\" said Tom Reed.", "It is over", "Tom Reed", "said"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker || c.Cue != tt.cue {
			t.Errorf("%q: want %s %s %q, got %+v", tt.body, tt.speaker, tt.cue, tt.content, c)
		}
	}
}

// TestQuoteBeforeSaidIsNotTheSubjects: in "The weekly, citing “people close
// to the mill,” said Miller plans to ...", the name after "said" is the
// subject of what was said, not the one who said the quote; "“...,” said
// Ann Miller, the mill's owner." still gives the quote to her.
func TestQuoteBeforeSaidIsNotTheSubjects(t *testing.T) {
	cs := claimsIn(t, "Miller Foods Inc has cut its flour output, according to Farm Weekly.\n\n"+
		"The weekly, citing \"people close to the mill and its buyers,\" said Miller plans to close two mills this year.")
	if c := claimWith(cs, "close to the mill"); c != nil {
		t.Errorf("the cited words became %s's claim: %+v", c.Speaker, *c)
	}
	cs = claimsIn(t, "\"We will keep both mills open,\" said Ann Miller, the mill's owner.")
	if c := claimWith(cs, "keep both mills open"); c == nil || !strings.Contains(c.Speaker, "Miller") {
		t.Errorf("an inverted quote lost its speaker: %+v", c)
	}
}

// TestClaimedPrizeFarOnIsNoClaim: "claimed her third national singles
// title" and "claims the vital first break" win something, several words
// on; "claimed the referee cost them the title" still states something.
func TestClaimedPrizeFarOnIsNoClaim(t *testing.T) {
	for _, body := range []string{
		"The former champion claimed her third national singles title in Leeds on Sunday.",
		"Ruiz claims the vital first break of the second set and holds to love.",
	} {
		if cs := claimsIn(t, body); len(cs) > 0 {
			t.Errorf("%q: a prize won became a claim: %+v", body, cs)
		}
	}
	cs := claimsIn(t, "The coach claimed the referee cost them the title.")
	if c := claimWith(cs, "referee cost them"); c == nil {
		t.Errorf("a claim with a prize word in it was lost: %+v", cs)
	}
}

// TestQuoteBeforeARejectionIsNotTheRejecters: "“C.” Ward rejected the
// remark": the quote is what Ward rejects, not her words, and no claim of
// hers carries it; a cue with no object of its own still signs it.
func TestQuoteBeforeARejectionIsNotTheRejecters(t *testing.T) {
	const quote = "\"Call me what you like, but somebody out there is clearly nervous.\" "
	for _, tail := range []string{"Jane Ward rejected Mr Cole's remark.", "Jane Ward rejected the remark on Monday.", "Jane Ward countered the argument."} {
		body := "Mr Cole spoke at length. " + quote + tail
		if c := claimWith(claimsIn(t, body), "somebody out there"); c != nil && strings.Contains(c.Speaker, "Ward") {
			t.Errorf("%q: the quote became Ward's: %+v", body, *c)
		}
	}
	for _, tail := range []string{"Jane Ward said this week.", "Jane Ward told the BBC.", "Jane Ward added on Monday."} {
		body := "Mr Cole spoke at length. " + quote + tail
		if c := claimWith(claimsIn(t, body), "somebody out there"); c == nil || !strings.Contains(c.Speaker, "Ward") {
			t.Errorf("%q: want the quote signed by Ward, got %+v", body, c)
		}
	}
}

// TestAsideAfterATrailingCueEndsTheContent: "C, he argued, while
// suggesting C2": what he argued ends at his cue; the participle opened by
// a conjunction says C2, and the adjective that opens C is no preposition.
func TestAsideAfterATrailingCueEndsTheContent(t *testing.T) {
	claims := claimsIn(t, "Mr Marsh spoke on Monday. Earlier warnings were mistaken, he argued, while suggesting that only his plan can keep growth steady.")
	if c := claimWith(claims, "Earlier warnings"); c == nil || c.Content != "Earlier warnings were mistaken" {
		t.Errorf("want the argued claim to end at its cue, got %+v", c)
	}
	if c := claimWith(claims, "only his plan"); c == nil || !strings.Contains(c.Speaker, "Marsh") || strings.Contains(c.Content, "argued") {
		t.Errorf("want Marsh's suggestion on its own, got %+v", c)
	}
}

// TestRejectionByClaimingIsNoContent: "will reject that by claiming C":
// "that" is what is rejected, and "by claiming C" is no content of the
// rejection; the same words before the cue stay what was said.
func TestRejectionByClaimingIsNoContent(t *testing.T) {
	if c := claimWith(claimsIn(t, "The opposition will reject that by claiming they can cut taxes and raise spending at once."), "cut taxes"); c != nil && c.Stance == "deny" {
		t.Errorf("the rejection took the participle's content: %+v", *c)
	}
	if c := claimWith(claimsIn(t, "By declaring their savings, people would be able to \"clear their name\", Mr Hale stressed."), "clear their name"); c == nil || !strings.Contains(c.Speaker, "Hale") {
		t.Errorf("content opened by \"by\" before its cue was lost: %+v", c)
	}
}

// TestPleaIsNoClaim: "pleaded guilty to fraud" is a plea in court, not a
// statement whose content is "guilty to fraud and …".
func TestPleaIsNoClaim(t *testing.T) {
	for _, body := range []string{"Mr Dale, 51, has already pleaded guilty to fraud and will be sentenced next month.", "Mr Hurst pleads not guilty."} {
		if c := claimWith(claimsIn(t, body), "guilty"); c != nil {
			t.Errorf("%q: a plea became a claim: %+v", body, *c)
		}
	}
	if c := claimWith(claimsIn(t, "Ann Lee stood in the dock. \"I had no idea what was in the box,\" she pleaded."), "no idea"); c == nil {
		t.Error("a pleaded quote is no longer read")
	}
}

// TestUSOpensTheSpeakersName: "US" is the country, not the pronoun "us"
// that opens no name: "US officials said", "the former chief financial
// officer at US software firm Brightway admitted", "after US Treasury
// Secretary John Snow said".
func TestUSOpensTheSpeakersName(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"But US officials said the talks had failed.", "talks had failed", "US officials"},
		{"The former chief financial officer at US software firm Brightway has admitted that he used to mislead fellow directors.", "mislead fellow directors", "former chief financial officer"},
		{"The dollar's slide against the yen has halted after US Treasury Secretary John Snow said a strong dollar was \"in America's interest\".", "strong dollar", "John Snow"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %q's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
	// A subordinator before a phrase with a verb in it opens no speaker:
	// the demands are the Tories', not the Liberal Democrats'.
	if c := claimWith(claimsIn(t, "His comments came after the Liberal Democrats backed Tory demands that the plans be put on hold."), "put on hold"); c != nil && strings.Contains(c.Speaker, "Liberal") {
		t.Errorf("the demand went to the ones who backed it: %+v", *c)
	}
}

// TestObjectFrameStopsAtItsCircumstances: "X defended the posters amid
// claims they were racist": what X defended is the posters; the others'
// claims after "amid" (or "despite", "after") are no part of it, least of
// all as X's assertion.
func TestObjectFrameStopsAtItsCircumstances(t *testing.T) {
	claims := claimsIn(t, "Mr Hale has defended the posters amid Green claims the posters were nothing short of \"sly racism\".")
	if c := claimWith(claims, "racism"); c != nil && strings.Contains(c.Speaker, "Hale") {
		t.Errorf("the others' claim became Hale's: %+v", *c)
	}
	c := claimWith(claimsIn(t, "Ms Ruiz defended the closure of the plant despite a ruling that it broke the law."), "closure of the plant")
	if c == nil || strings.Contains(c.Content, "ruling") {
		t.Errorf("want what Ruiz defended without the ruling, got %+v", c)
	}
	// A phrase inside the object's own clause stays: the law bans protests
	// during elections.
	if c := claimWith(claimsIn(t, "The president announced a law that bans protests during elections."), "bans protests"); c == nil || !strings.Contains(c.Content, "during elections") {
		t.Errorf("the object's own clause was cut: %+v", c)
	}
	// A clause that says what the object is stays: "expressed concern that C".
	if c := claimWith(claimsIn(t, "The regulator expressed concern that the merger would raise prices for millions of customers."), "raise prices"); c == nil {
		t.Error("the concern's clause is lost")
	}
}

// TestWishIsNoAssertion: what a subject hopes or wants ("hopes the reform
// will pass", "wants the bank to cut rates", "wants to buy the club") is
// a wish, not a statement of fact: its stance is hope.
func TestWishIsNoAssertion(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"The ministry hopes the new coins will restore confidence in the currency.", "restore confidence"},
		{"The union wants the mine owners to reopen the northern pit.", "reopen the northern pit"},
		{"The coach wants to sign a new goalkeeper before the spring.", "sign a new goalkeeper"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Stance != "hope" {
			t.Errorf("%q: want the wish %q with stance hope, got %+v", tt.body, tt.content, c)
		}
	}
}

// TestDescribedSpeakerIsNoNameInsideIt: "the Olympic medallist", "the Oscar winner",
// "the 29-year-old Austrian", "the Ohio Republican" describe a person; the
// medium, the prize, the nation or the party named inside is not who
// speaks. "Treasury Department Under Secretary Ann Kessel" is Ann Kessel.
func TestDescribedSpeakerIsNoNameInsideIt(t *testing.T) {
	for _, tt := range []struct{ body, content, bad, want string }{
		{"Dana Whitlock won silver in Turin. The Olympic medallist said she had no regrets about the final race.", "no regrets", "Olympic", ""},
		{"Mara Quist won again on Sunday. The Oscar winner said the script had been rewritten twice.", "rewritten twice", "Oscar", ""},
		{"Karl Moser was banned for a month. \"I have acted correctly at every stage,\" the 29-year-old Austrian said in a statement.", "acted correctly", "Austrian", ""},
		{"Senator Ruth Calder spoke first. The Ohio Republican said the bill would fail in the House.", "bill would fail", "Ohio", ""},
		{"Treasury Department Under Secretary Ann Kessel said the rules would be eased next year.", "rules would be eased", "Treasury", "Ann Kessel"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil {
			t.Errorf("%q: no claim %q", tt.body, tt.content)
			continue
		}
		if c.Speaker == tt.bad || strings.HasPrefix(c.Speaker, tt.bad) || tt.want != "" && c.Speaker != tt.want {
			t.Errorf("%q: speaker %q", tt.body, c.Speaker)
		}
	}
}

// TestParticipleAfterAPassiveIsNotTheSubjects: "X is being sued by Y,
// claiming C": the one claiming is not X.
func TestParticipleAfterAPassiveIsNotTheSubjects(t *testing.T) {
	body := "Guitarist Carl Vance is being sued by his former manager for $2m, claiming he broke a promise to pay her."
	if c := claimWith(claimsIn(t, body), "broke a promise"); c != nil && strings.Contains(c.Speaker, "Vance") {
		t.Errorf("the sued one claims against himself: %+v", *c)
	}
}

// TestSemicolonInBracketsEndsNoContent: "said it will sell 300m euros
// (£210m; $390m) of shares": the semicolon of a conversion in brackets
// does not cut what was said.
func TestSemicolonInBracketsEndsNoContent(t *testing.T) {
	c := claimWith(claimsIn(t, "Parcoland said it will sell 300m euros (£210m; $390m) of new shares to pay its debts."), "300m euros")
	if c == nil || !strings.Contains(c.Content, "of new shares to pay its debts") {
		t.Errorf("the content was cut in the brackets: %+v", c)
	}
}

// TestWhichMakesANamedBody: "Jenny Marlowe, which is due to report soon,
// has been hit by ...": a firm named like a person, described by "which",
// is whom the next "it" stands for, not another firm named before.
func TestWhichMakesANamedBody(t *testing.T) {
	body := "Ms Tan has been chief executive of Retalco, one of the largest retail groups in Malaysia. " +
		"Jenny Marlowe, which is due to issue a trading statement soon, has been hit by reports of poor sales. " +
		"In October, it said that its clothing sales had been below expectations."
	c := claimWith(claimsIn(t, body), "clothing sales")
	if c == nil || c.Speaker != "Jenny Marlowe" {
		t.Errorf("want Jenny Marlowe's claim, got %+v", c)
	}
}

// TestListBeforeAPronounIsNoSpeaker: "C, including Brazil, Chile and
// Peru, they said": the last names of a list before "they" are not a
// speaker that "they" describes, and the list stays in the content.
func TestListBeforeAPronounIsNoSpeaker(t *testing.T) {
	body := "Traders said demand was strong. Buyers are looking to other suppliers, including Brazil, Chile and Peru, they said."
	c := claimWith(claimsIn(t, body), "other suppliers")
	if c == nil || strings.Contains(c.Speaker, "Chile") || !strings.Contains(c.Content, "Peru") {
		t.Errorf("want the whole list in the content and no country speaking, got %+v", c)
	}
}

// TestPostedResultIsNoClaim: "posted an 18% jump in sales" reports a
// result, not a statement, though a figure stands between the verb and
// the result's noun.
func TestPostedResultIsNoClaim(t *testing.T) {
	for _, c := range claimsIn(t, "Norvik has posted a 12% jump in annual sales, and declared itself \"in fine form\".") {
		if strings.HasPrefix(c.Cue, "posted") {
			t.Errorf("a posted result became a claim: %+v", c)
		}
	}
}

// TestThingPromisesNothing: "the new console promises sharper pictures"
// says what a thing offers, not what anyone vows; "the minister promised
// an inquiry" stays a vow.
func TestThingPromisesNothing(t *testing.T) {
	claims := claimsIn(t, "The new console promises sharper pictures and faster loading. The minister promised a full inquiry into the crash.")
	if c := claimWith(claims, "sharper pictures"); c != nil {
		t.Errorf("a thing's offer became a vow: %+v", *c)
	}
	if c := claimWith(claims, "full inquiry"); c == nil || c.Stance != "vow" {
		t.Errorf("the minister's vow is lost: %+v", c)
	}
}

// TestListenerNamedBeforeItIsNoContent: "told the local newspaper Diario
// it would appeal": the listener's name is not part of what was told.
func TestListenerNamedBeforeItIsNoContent(t *testing.T) {
	c := claimWith(claimsIn(t, "However, Norvik told the local newspaper Diario it would appeal against the ruling."), "appeal against")
	if c == nil || strings.Contains(c.Content, "Diario") {
		t.Errorf("the listener stayed in the content: %+v", c)
	}
}

// TestRelativeClauseSetOffEndsTheContent: "Mr Okoro, who said the plan was
// worse, called for a vote": what he said ends with the relative clause;
// the main clause's verb and what follows are not part of it.
func TestRelativeClauseSetOffEndsTheContent(t *testing.T) {
	c := claimWith(claimsIn(t, "Mr Okoro, who said the \"plan is far worse than the old one\", called for a vote that \"protects the workers\"."), "far worse")
	if c == nil || strings.Contains(c.Content, "called for") {
		t.Errorf("the main clause ran into the content: %+v", c)
	}
}

// TestSecondSpeechTagEndsTheContent: "X said C1 and a spokesman said C2",
// "X said C1 but on Monday said C2": the second tag opens a statement of
// its own, not part of the first one's content.
func TestSecondSpeechTagEndsTheContent(t *testing.T) {
	for _, tt := range []struct{ body, first, second, speaker string }{
		{"Rebel leaders said they had seized two bridges near the capital and a police spokesman said four guards were hurt in the attack.",
			"seized two bridges", "four guards were hurt", "police spokesman"},
		{"Ann Ward has said she would not raise the fees for students but on Tuesday said other charges would be left to the council.",
			"not raise the fees", "other charges would be left", "Ann Ward"},
	} {
		claims := claimsIn(t, tt.body)
		c1, c2 := claimWith(claims, tt.first), claimWith(claims, tt.second)
		if c1 == nil || strings.Contains(c1.Content, tt.second) {
			t.Errorf("%q: the first content runs on into the second statement: %+v", tt.body, c1)
		}
		if c2 == nil || !strings.Contains(c2.Speaker, tt.speaker) {
			t.Errorf("%q: want %q said by %s, got %+v", tt.body, tt.second, tt.speaker, c2)
		}
	}
	// A subject joined to the first one, a subject in a relative clause
	// and a passive are no second statement.
	for _, tt := range []struct{ body, whole string }{
		{"Ann Ward said she and her husband believed the sale was fair.", "she and her husband believed"},
		{"The chairman said the bank would keep its main branch, which Ward and the analysts agreed would stay vital.", "analysts agreed"},
		{"The firm said the loss for the year was small but the amount to be charged to earlier years was not known.", "to be charged"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.whole); c == nil {
			t.Errorf("%q: the content was cut before %q", tt.body, tt.whole)
		}
	}
}

// TestQuotedAsSayingIsTheirs: "The paper quoted union leaders as saying C":
// the ones quoted speak, not the paper that quotes them.
func TestQuotedAsSayingIsTheirs(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Local papers quoted farm leaders as saying the harvest would be the worst in a decade.", "worst in a decade", "farm leaders"},
		{"The Daily Star quoted senior police officers as saying that the gang had fled abroad.", "gang had fled", "police officers"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want the claim of %s, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestParticipleSharesTheTagsSpeaker: "C1, he claimed, saying C2": the
// pronoun of the tag is one speaker for both cues, though the person named
// in C1 is not in C2.
func TestParticipleSharesTheTagsSpeaker(t *testing.T) {
	const intro = "Tom Reed, the opposition leader, gave his first speech of the year on Monday.\n\n"
	for _, content := range []string{"failed to mend the railways", "wrong answer", "voters to judge him"} {
		body := intro + "Mr Hale has failed to mend the railways, he claimed, saying he has the wrong answer to them. " +
			"This is the record Mr Hale will have to defend, he said, urging voters to judge him on it."
		c := claimWith(claimsIn(t, body), content)
		if c == nil || !strings.Contains(c.Speaker, "Reed") {
			t.Errorf("want %q said by Tom Reed, got %+v", content, c)
		}
	}
}

// TestTheyFollowsAGroupDescribed: "Other western officials are not so sure.
// They said C": a group described as a sentence's subject is whom "they"
// stands for next, not a group that spoke before; "The analysts said"
// still goes back to the analysts named before.
func TestTheyFollowsAGroupDescribed(t *testing.T) {
	const before = "Japanese officials said the plan would lift demand this year.\n\n"
	for _, tt := range []struct{ body, content, speaker string }{
		{before + "Other western officials are not so sure. They said it would take years to lift demand.", "take years", "western officials"},
		{before + "But several foreign bankers were sceptical of the plan, yet they said it could not be ruled out.", "could not be ruled out", "foreign bankers"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %q said by %s, got %+v", tt.body, tt.content, tt.speaker, c)
		}
	}
	body := "Bank analysts said rates would fall this week.\n\nThe analysts described the budget as cautious."
	if c := claimWith(claimsIn(t, body), "budget as cautious"); c == nil || !strings.EqualFold(c.Speaker, "bank analysts") {
		t.Errorf("the analysts are no longer the bank analysts named before: %+v", c)
	}
}

// TestAideToANamedPersonSpeaks: "an aide to Senator Ann Ward said C": the
// aide speaks, not the person the role serves.
func TestAideToANamedPersonSpeaks(t *testing.T) {
	for _, body := range []string{
		"\"The talks will be hard to arrange before July,\" an aide to Farm Secretary Tom Reed said.",
		"A senior adviser to Finance Minister Tom Reed said the budget would be cut.",
	} {
		claims := claimsIn(t, body)
		if len(claims) == 0 || claims[0].Speaker == "Tom Reed" {
			t.Errorf("%q: the person served became the speaker: %+v", body, claims)
		}
	}
}

// TestMonthNamesNoSpeaker: "The January announcement said C", "the April
// 10 annual meeting agreed": a month in a description names no one.
func TestMonthNamesNoSpeaker(t *testing.T) {
	for _, body := range []string{
		"Acme Holdings said it would delay its share issue.\n\nThe January announcement said the issue would pay for the purchase of a stake in a TV firm.",
		"Acme Holdings said it would delay its share issue.\n\nThe March statement said the issue would pay for the purchase of a stake in a TV firm.",
	} {
		c := claimWith(claimsIn(t, body), "pay for the purchase")
		if c != nil && (c.Speaker == "January" || c.Speaker == "March") {
			t.Errorf("%q: a month became the speaker: %+v", body, c)
		}
	}
}

// TestInnerTagBeforeAsEndsTheContent: "C1, union leaders said, as C2": the
// tag and the circumstance after it are no part of C1; "C1, he said, if C2"
// keeps its condition.
func TestInnerTagBeforeAsEndsTheContent(t *testing.T) {
	c := claimWith(claimsIn(t, "Most of the country's dock workers began an open-ended strike, union leaders said, as the wave of labour unrest showed no sign of easing."), "open-ended strike")
	if c == nil || strings.Contains(c.Content, "leaders said") {
		t.Errorf("the inner tag stayed in the content: %+v", c)
	}
	c = claimWith(claimsIn(t, "Most of the country's dock workers will go on strike, union leaders said, if the talks on pay fail this week."), "go on strike")
	if c != nil && !strings.Contains(c.Content, "talks on pay fail") {
		t.Errorf("the condition was cut from the content: %+v", c)
	}
}

// TestQuoteInsideAToldClauseKeepsItsNegation: "told the Guardian there
// would be no “big” casinos": the quoted words alone would drop the "no";
// no claim is better than that one.
func TestQuoteInsideAToldClauseKeepsItsNegation(t *testing.T) {
	if c := claimWith(claimsIn(t, "The minister told the Guardian there would be no \"Las Vegas-style\" casinos in Britain."), "casinos"); c != nil && !strings.Contains(c.Content, "no \"Las Vegas-style\"") {
		t.Errorf("the told quote lost its negation: %+v", *c)
	}
}

// TestPollShareIsNoSpeaker: "32% said C", "Three-quarters said C", "One in
// four said C": a share of those polled names no one who speaks, so no
// claim, nor one read inside what they said; a share of people named
// ("Forty percent of teachers said") and a name that holds a number ("50
// Cent said") still speak.
func TestPollShareIsNoSpeaker(t *testing.T) {
	const intro = "A survey by Polldata asked 2,000 adults about the new tax.\n\n"
	for _, tt := range []struct{ body, content string }{
		{"32% said the tax was unfair and 40% disagreed.", "tax was unfair"},
		{"Some 82% said the mayor had handled the floods well.", "handled the floods"},
		{"Three-quarters said the council should cut its spending.", "cut its spending"},
		{"One in four said they would move house next year.", "move house"},
		{"A total of 53% of those who answered said they trusted the police, and a majority said the courts were too slow.", "courts were too slow"},
		{"Forty-three per cent thought the scheme had failed.", "scheme had failed"},
		{"Thirty per cent said the row showed the minister could not be trusted.", "minister could not be trusted"},
	} {
		if c := claimWith(claimsIn(t, intro+tt.body), tt.content); c != nil {
			t.Errorf("%q: a poll's share spoke: %+v", tt.body, *c)
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"Forty percent of teachers said the tax was unfair.", "tax was unfair"},
		{"The rapper 50 Cent said the tour would start in May.", "tour would start"},
	} {
		if c := claimWith(claimsIn(t, intro+tt.body), tt.content); c == nil {
			t.Errorf("%q: the claim was lost", tt.body)
		}
	}
}

// TestItIsNoPluralGroupNorAStranger: "it" stands for a body, never for a
// plural group that spoke last ("Analysts said C. It disclosed C2" is not
// the analysts'); a newspaper named after its word ("the Kuwaiti daily
// Al-Nahar") is the body a later "it" goes on with; a pronoun that nothing
// resolves is the speaker of the claim before when it fits, else no claim
// (a bare "he" tells a reader nothing).
func TestItIsNoPluralGroupNorAStranger(t *testing.T) {
	claims := claimsIn(t, "Rail analysts said the threat of a strike had pushed Norfly to trim its timetable. It later reported that it sees a loss of 12 mln dlrs this quarter.")
	if c := claimWith(claims, "sees a loss"); c != nil && strings.Contains(c.Speaker, "analysts") {
		t.Errorf("\"it\" stood for a plural group: %+v", *c)
	}
	claims = claimsIn(t, "Gas exporters may cut prices before winter, the Omani daily Al-Nahar said.\n\n\"Traders expect the first cuts in late October,\" it said.")
	if c := claimWith(claims, "first cuts"); c == nil || c.Speaker != "Al-Nahar" {
		t.Errorf("\"it\" after the daily is not the daily: %+v", c)
	}
	claims = claimsIn(t, "Dock workers turned down the pay deal put to them last week, a union representative said.\n\n\"Most of the crews voted no and a few stayed away,\" he said.")
	if c := claimWith(claims, "crews voted no"); c == nil || c.Speaker != "a union representative" {
		t.Errorf("\"he\" is not the representative who spoke just before: %+v", c)
	}
	for _, c := range claimsIn(t, "The mine reopened on Monday after a long strike.\n\n\"We are glad to be back at work,\" he said.") {
		if strings.EqualFold(c.Speaker, "he") {
			t.Errorf("a bare pronoun is the speaker: %+v", c)
		}
	}
}

// TestPronounAfterAGroupOrAUnisexName: "The ministers met …. They said C"
// is the ministers' claim; "she" after "widow Terry Vance said" is Terry
// Vance's (a given name used for both sexes tells no gender).
func TestPronounAfterAGroupOrAUnisexName(t *testing.T) {
	c := claimWith(claimsIn(t, "The ministers met to discuss the plan. They said the tax would be dropped."), "tax would be dropped")
	if c == nil || !strings.Contains(c.Speaker, "ministers") {
		t.Errorf("\"They\" is not the ministers: %+v", c)
	}
	c = claimWith(claimsIn(t, "\"The rules do not hold,\" said flood widow Terry Vance.\n\n\"We have waited for years,\" she said."), "waited for years")
	if c == nil || c.Speaker != "Terry Vance" {
		t.Errorf("\"she\" is not Terry Vance: %+v", c)
	}
}

// TestNameBeforeARoleAfterAQuote: "“C,” Red Vale, Paper Institute president
// said": the name set off before the role speaks, though the entities took
// it for a body, and a later "he" is that person; "“C,” Jo Brink, the
// Tokyo manager of Acme Bank told" too. Neither name goes into the content.
func TestNameBeforeARoleAfterAQuote(t *testing.T) {
	claims := claimsIn(t, "\"Cheap credit and steady exports will carry the trade this year,\" Red Vale, Freedonia Timber Board president said.\n\n"+
		"Low stocks should lift the demand for pallets, he added.")
	if c := claimWith(claims, "Cheap credit"); c == nil || c.Speaker != "Red Vale" || strings.Contains(c.Content, "Vale") {
		t.Errorf("want Red Vale's claim without his name, got %+v", c)
	}
	if c := claimWith(claims, "Low stocks"); c == nil || c.Speaker != "Red Vale" {
		t.Errorf("\"he\" is not Red Vale: %+v", c)
	}
	c := claimWith(claimsIn(t, "\"Nobody here expects a rush for the exit,\" John Brink, the Oslo head of Norland Savings Bank told reporters."), "rush for the exit")
	if c == nil || c.Speaker != "John Brink" || strings.Contains(c.Content, "Brink") {
		t.Errorf("want John Brink's claim without his name, got %+v", c)
	}
}

// TestAndClauseAfterATagEndsTheContent: "C1, he said, and they had also C2":
// a clause with a subject of its own after the tag is no part of C1, and the
// tag is no part of the content ("C1, Licht said, but C2" stays whole: cut,
// it would say the reverse).
func TestAndClauseAfterATagEndsTheContent(t *testing.T) {
	for _, body := range []string{
		"Only the Greens stood against the war, Ann Lee said, and they had also opposed the new taxes.",
		"\"Only the Greens stood against the war,\" Ann Lee said, \"and they had also opposed the new taxes.\"",
	} {
		c := claimWith(claimsIn(t, body), "stood against the war")
		if c == nil || strings.Contains(c.Content, "said") || strings.Contains(c.Content, "opposed") {
			t.Errorf("%q: the tag or the clause after it stayed in the content: %+v", body, c)
		}
	}
}

// TestPlaceTimeOrModifierIsNoSpeaker: "France's Peugeot warned" is
// Peugeot's; "The Leuven-based brewery said" the brewery's, not
// "Leuven-based"; "Last month Freedonia's competition watchdog said" the
// watchdog's; and a time phrase alone before a speaker set off by commas
// ("Late last year, …") names no one.
func TestPlaceTimeOrModifierIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Sweden's Kvarnholm cautioned that its margins could shrink next quarter.", "margins could shrink", "Kvarnholm"},
		{"The Graz-based mill said it would shut two of its four paper lines.", "shut two of its", "the Graz-based mill"},
		{"Last week Freedonia's food safety agency said it would review the labels.", "review the labels", "Freedonia's food safety agency"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
	body := "Early this month, ticket seller Fairgate, one of the largest agents for concert tours, cautioned that two of its offices could close."
	if c := claimWith(claimsIn(t, body), "offices could close"); c != nil && strings.Contains(c.Speaker, "month") {
		t.Errorf("a time phrase spoke: %+v", *c)
	}
}

// TestWithholdingFromSomeoneIsNoDenial: "Martyn denied the England striker" (a save)
// and "denying shareholders the chance to react" withhold something from
// someone; neither denies a statement. "denied the rebels had crossed"
// still does.
func TestWithholdingFromSomeoneIsNoDenial(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Okafor broke through in the final minute, but once more Sands denied the Ghana striker.", "Ghana striker"},
		{"The offers were changed on their last day, denying shareholders the chance to react to the news.", "the chance to react"},
	} {
		for _, c := range claimsIn(t, tt.body) {
			if c.Stance == "deny" && strings.Contains(c.Content, tt.content) {
				t.Errorf("%q: withholding became a denial: %+v", tt.body, c)
			}
		}
	}
	if c := claimWith(claimsIn(t, "Officials denied the rebels had crossed the border."), "rebels had crossed"); c == nil || c.Stance != "deny" {
		t.Errorf("a denial of a clause is lost: %+v", c)
	}
}

// TestDescribedSubjectOfAJoinedCue: "UK advertising giant Zentro has posted
// record profits and predicted that C": the subject the second verb shares
// is Zentro, not the place that opens its description.
func TestDescribedSubjectOfAJoinedCue(t *testing.T) {
	c := claimWith(claimsIn(t, "UK shipping giant Zentro has raised its dividend and predicted that freight rates will recover by 2027."), "freight rates will recover")
	if c == nil || c.Speaker != "Zentro" {
		t.Errorf("want Zentro's claim, got %+v", c)
	}
}

// TestSetOffParticipleAndAsClauseSayNothing: "the price, expected to be
// announced tomorrow, would be …" is no one's expectation; "X will say as he
// sets out his aims" has no content in its "as" clause ("said: As output
// fell, stocks are likely to have fallen" keeps its main clause).
func TestSetOffParticipleAndAsClauseSayNothing(t *testing.T) {
	for _, c := range claimsIn(t, "Chairman Tom Reed told a press briefing the bond price, expected to be set on Friday by the treasury, would be near 95 cents.") {
		if c.Cue == "expected" {
			t.Errorf("a set-off participle became a claim: %+v", c)
		}
	}
	if c := claimWith(claimsIn(t, "Next season will be \"do or die\" for farming in poor regions Tom Reed will say as he sets out UK aims for its EU and UN terms."), "sets out UK aims"); c != nil {
		t.Errorf("an \"as\" clause became the content: %+v", *c)
	}
	if c := claimWith(claimsIn(t, "The agency said: As crude output also fell, there is likely to have been a fall in stocks at sea."), "fall in stocks"); c == nil {
		t.Error("a content opening with an \"as\" clause before its main clause is lost")
	}
}
