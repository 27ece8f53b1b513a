package claims_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// A dispute between people who do not contradict each other is a wrong
// fact: each case is an article where some link of the dispute finder
// would set two claims against each other that say no such thing. want
// lists the About lines' sides ("(A vs B)") of the disputes the article
// has; not lists speakers no dispute may hold.
func TestDisputesOnlyBetweenContradictions(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string
		not   []string
	}{{
		name: "'dismissed them' is no 'dismissed the'",
		paras: []string{
			"Critics said that the new tram line would cost the city far more than planned.",
			"Mayor Ines Duval said she had heard these fears and dismissed them as exaggerated. Councillor Piet Anker said the tram line would cost the city more than planned.",
		},
	}, {
		name: "a marker inside another's words is theirs",
		paras: []string{
			"Councillor Piet Anker said the tram plan was popular with residents.",
			"A poll found that 55% backed the tram plan and 30% disagreed, while Transport Minister Ola Berg said the tram plan was popular.",
		},
		not: []string{"Ola Berg"},
	}, {
		name: "'a disputed comment' describes; no one disputes",
		paras: []string{
			"Tennis star Mia Lund has criticised the Northern Open over its prize money for women.",
			"Reacting to a disputed comment by the tournament's chairman, the Swede said: \"I think it is insulting if the prize money for women is cut.\"",
		},
		not: []string{"Swede"},
	}, {
		name: "a rejection in the sentence before is its maker's, not a new name's",
		paras: []string{
			"Opposition leader Karl Fenn said the port deal had cost taxpayers millions.",
			"Minister Eva Rost rejected the claim. Auditor Lena Marsh said the port deal had cost taxpayers millions, as the opposition had said.",
		},
		not: []string{"Lena Marsh"},
	}, {
		name: "'according to' reports; it answers no one",
		paras: []string{
			"Opposition leader Karl Fenn said the port deal had cost taxpayers millions.",
			"Minister Eva Rost rejected the claim. According to a new book, Harbour Games by journalist Ana Lind, the port deal had cost taxpayers millions.",
		},
		not: []string{"book"},
	}, {
		name: "what a speaker says after her own denial is no new rebuttal",
		paras: []string{
			"The union's leaflet says that the new port will pay for itself within a decade.",
			"Opposition leader Karl Fenn accused the minister of hiding the true cost of the port.",
			"Minister Eva Rost denied the cost of the port had been hidden. \"We said from the start that the new port will pay for itself within a decade,\" she said.",
		},
		not: []string{"leaflet"},
	}, {
		name: "a denial points back only with the noun it takes",
		paras: []string{
			"Union leader Sam Ord said the schools would lose teachers next year.",
			"In her budget report, Treasurer Mia Holt said the deficit would halve by 2027. She denied she was gloating.",
		},
	}, {
		name: "a denial of someone's claims answers them, not the one before",
		paras: []string{
			"Ms Vega told the tribunal that her manager had ignored her complaints for years.",
			"Her employers told her in 2021 that there was no future for her at the bank. The bank denied Ms Vega's claims and said she had left because of heavy losses.",
		},
		not: []string{"employers"},
	}, {
		name: "a denial answers an accusation when the accuser spoke last",
		paras: []string{
			"Former striker Leon Abt accused the league of betraying its fans.",
			"Fans' group chair Rita Noor said ticket prices had doubled in two years.",
			"League chief Omar Pell denied wanting to run for the presidency.",
		},
	}, {
		name: "a rebuttal does not answer another denial",
		paras: []string{
			"The government has rejected the 40% rise in port fees and wants the port company to invest in new cranes.",
			"Ports minister Ana Ruiz denied the possibility of any fee rise and insisted that investment in new cranes was at the centre of the talks.",
		},
		not: []string{"government"},
	}, {
		name: "'rejected that idea' answers the claim just before it or nothing",
		paras: []string{
			"The Greens plan to move a bill that would give a judge the power to weigh evidence in each case.",
			"The Liberals believe the police should be able to use phone records as evidence. \"We want a fair process with a judge,\" said Liberal spokesman Tim Rowe. Minister Ada Kerr has rejected that idea saying phone evidence is only a small part of each case.",
		},
		not: []string{"Greens"},
	}, {
		name: "'had he denied the charge' is what did not happen",
		paras: []string{
			"Committee chairman Jon Reed said drink was sometimes used as an excuse.",
			"Last year the killer, Tom Dunn, admitted the murder and was jailed for 15 years - it would have been longer had he denied the charge.",
		},
	}, {
		name: "'denied press reports C' says what it denies",
		paras: []string{
			"Bankers said the new limits on transfers were a panic reaction to pressure from Brussels.",
			"The government denied local press reports Brussels was pressing for a rate of 30 crowns to the euro.",
		},
	}, {
		name: "'years of disputes' is a noun; no one disputes",
		paras: []string{
			"The port said it would pay its members' back pay in May.",
			"After years of disputes with the port, the union said that the port would pay its members' back pay in May.",
		},
	}, {
		name: "rejecting a bid refuses it; it contradicts no one",
		paras: []string{
			"Arbitragers said the stock was a risky buy unless a bid of 170 dlrs a share from the investment group was accepted.",
			"Tafton Broadcasting Co earlier rejected a 145 dlr per share or 1.3 billion dlr bid from the investment group.",
		},
	}, {
		name: "'rejected it as unrealistic' answers the claim just before it or nothing",
		paras: []string{
			"A Treasury source said budget leaders were asking the president to join a bipartisan effort to write a new budget.",
			"A Senate aide said the request was made at a meeting on Friday.",
			"The president's own budget was sent in January but Congress has rejected it as unrealistic, with the budget office saying the president's effort is too late.",
		},
	}, {
		name: "a marker in a clause before 'but' is that clause's",
		paras: []string{
			"Osland wants to pay the base rate in cash and to issue notes for the margin above the base rate.",
			"The banks rejected the first notes proposal last Friday, but Minister Ana Berg said on Monday that Osland would pay the margin above the base rate in cash.",
		},
		not: []string{"Berg"},
	}, {
		name: "a forecast is no account of who did it",
		paras: []string{
			"The lease payments will reduce the revenue the utility needs, Ohmex said.",
			"The new financing could reduce the revenue needed by 20 mln dlrs, the power company said.",
		},
	}, {
		name: "'most of the dockers' and '50,000 of the dockers' are the dockers",
		paras: []string{
			"Most of Osland's 70,000 dockers began a national strike on Monday, union leaders said.",
			"A union spokesman, Tomas Pell, said about 50,000 of Osland's 70,000 dockers had struck on Monday.",
		},
	}, {
		name: "'Osland troops' and 'Osland's army' may be one agent",
		paras: []string{
			"Police said that Osland troops attacked the convoy near the bridge.",
			"The ministry said that Osland's army attacked the convoy near the bridge at dawn.",
		},
	}, {
		name: "'charges by consumer groups' are the groups' words",
		paras: []string{
			"Interior Minister Ana Lind said the government still backs limits on damage awards in the courts.",
			"Deputy minister Karl Berg denied charges by consumer groups that the crisis in the courts was caused by insurers fixing damage awards.",
		},
	}, {
		name: "'the Tarsa explanation' is Tarsa's words",
		paras: []string{
			"The ruling family of Tarsa said its ruler had stepped down.",
			"The federal council met in an emergency session on Sunday, the Kadar news agency said.",
			"The emirate of Qadir has rejected the Tarsa explanation and said the council had met in an emergency session because the ruler was ousted by force.",
		},
		not: []string{"Kadar"},
	}, {
		name: "rejecting a resignation refuses it",
		paras: []string{
			"The Liberal party said the coalition government was finished and it would withdraw its ministers from parliament.",
			"President Ada Moro has rejected the resignation and sent the government back to parliament for a vote.",
		},
	}, {
		name: "'contrary to predictions' sets no one against anyone",
		paras: []string{
			"Currency analysts said the dollar was likely to rise after the central bank chief resigned.",
			"Contrary to predictions before the resignation, analysts are calling for a higher dollar after the central bank chief resigned.",
		},
	}, {
		name: "'Defence Ministry spokesman Leo Varga' speaks for the Defence Ministry",
		paras: []string{
			"The Defence Ministry said its ships would protect only national vessels in the strait.",
			"Defence Ministry spokesman Leo Varga denied press reports that the ministry wanted ships to protect all vessels in the strait.",
		},
	}, {
		name: "a passive names no speaker",
		paras: []string{
			"Economists say there is a £5bn gap in the city's budget, a claim denied by the mayor.",
		},
		not: []string{"a claim"},
	}, {
		name: "'who have all denied' has no speaker 'all'",
		paras: []string{
			"\"We answered every question the panel asked,\" said coach Tom Ruiz.",
			"Ruiz, Brel and Sol, who have all denied the charges, can expect a ruling next month. \"The ruling will come after the last papers arrive on Friday,\" said panel chairman Leo Marr.",
		},
	}, {
		name: "'denied bail' refuses; it contradicts no one",
		paras: []string{
			"The firm called the sale of its oil unit illegal.",
			"Mr Orlov, once the city's richest man, is in jail, having been charged with fraud and repeatedly denied bail.",
		},
		not: []string{"Orlov"},
	}, {
		name: "'in contrast' contrasts facts, not people",
		paras: []string{
			"Brio's chief has told reporters that the carmaker will enter the market for small vans.",
			"Speaking at a launch, Hans Ekman predicted demand for small vans would soar. In contrast, he said, sales of large vans in the market would fall.",
		},
	}, {
		name: "a name that qualifies one agent is the other agent",
		paras: []string{
			"Labour leader Ann Vale claimed a Green government would cut 5,000 jobs from the railways.",
			"Her deputy Tom Hale claimed the Greens would cut 5,000 jobs from the railways.",
		},
	}, {
		name: "'its forces' names no agent to compete with",
		paras: []string{
			"The army said that rebel units attacked the convoy near the bridge.",
			"The rebel command said that its forces attacked the convoy near the bridge at dawn.",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, f := extractText(t, tt.paras...)
			checkClaimInvariants(t, a, f)
			var got []string
			for _, d := range f.Disputes {
				got = append(got, d.About)
				for _, n := range tt.not {
					for _, s := range d.Speakers {
						if strings.Contains(s, n) {
							logClaims(t, f)
							t.Errorf("%s is in dispute %q", n, d.About)
						}
					}
				}
			}
			if tt.not != nil {
				return
			}
			if len(got) != len(tt.want) {
				logClaims(t, f)
				t.Fatalf("got disputes %q, want %q", got, tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasSuffix(got[i], w) {
					t.Errorf("dispute %d: about %q, want sides %q", i, got[i], w)
				}
			}
		})
	}
}

// A headline sums up the article's own claims: it answers none of them.
func TestDisputeHeadlineAnswersNoOne(t *testing.T) {
	a, err := Parse("test.txt", "test.txt", []byte("PORT DEAL COST TAXPAYERS MILLIONS, FENN SAYS\n\n"+
		"Opposition leader Karl Fenn said the port deal had cost taxpayers millions.\n\n"+
		"Minister Eva Rost denied the port deal had cost taxpayers millions."), ParseOptions{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	f := Extract(a)
	checkClaimInvariants(t, a, f)
	if len(f.Disputes) != 1 {
		logClaims(t, f)
		t.Fatalf("want Fenn and Rost in one dispute, got %+v", f.Disputes)
	}
	for _, d := range f.Disputes {
		for _, i := range d.Claims {
			if f.Claims[i].Paragraph == 1 {
				logClaims(t, f)
				t.Errorf("the headline's claim is in dispute %q", d.About)
			}
		}
	}
}

// The About line says what is disputed: the claim a link answers, not an
// earlier claim of the same speaker that joined the group.
func TestDisputeAboutIsWhatIsAnswered(t *testing.T) {
	_, f := extractText(t,
		"Trader Jon Eke said he had lost his passport in Cairo and travelled on his Irish passport instead.",
		"Eke said: \"I lost three years of my life in that camp because of my passport.\" The army denied the claims, saying it had treated every prisoner well.")
	if len(f.Disputes) != 1 {
		logClaims(t, f)
		t.Fatalf("want one dispute, got %+v", f.Disputes)
	}
	if about := f.Disputes[0].About; !strings.Contains(about, "three years") {
		logClaims(t, f)
		t.Errorf("about = %q, want the words the army denied", about)
	}
}

// A denial that says what it denies ("denied claims that C") points back
// at no earlier claim by nearness: the union leader is not who it answers.
func TestDisputeDenialThatSaysWhatItDenies(t *testing.T) {
	_, f := extractText(t,
		"Union leader Sam Ord told MPs the rules made it hard to invest in roads.",
		"Omar Hadi also denied Liberal claims that he had hidden the true size of the debt.")
	if len(claimsOf(f, "hidden the true size")) != 1 {
		logClaims(t, f)
		t.Fatalf("want the denial as a claim")
	}
	if len(f.Disputes) != 0 {
		logClaims(t, f)
		t.Errorf("want no dispute, got %+v", f.Disputes)
	}
}

// A speaker that only a name of the same speaker joins to a dispute
// ("Defence Ministry officials" beside "the Defence Ministry") is on that
// side in the About line, not a third party.
func TestDisputeSideOfAnotherNameForTheSpeaker(t *testing.T) {
	_, f := extractText(t,
		"Rebel leader Omar Dak said that army units had shelled the market.",
		"The Defence Ministry denied that army units had shelled the market.",
		"Defence Ministry officials said rebel mortars had hit the market and army units had not shelled it.")
	if len(f.Disputes) != 1 {
		logClaims(t, f)
		t.Fatalf("want one dispute, got %+v", f.Disputes)
	}
	if about := f.Disputes[0].About; !strings.HasSuffix(about, "(Omar Dak vs Defence Ministry, Defence Ministry officials)") {
		logClaims(t, f)
		t.Errorf("about = %q, want the ministry's two names on one side", about)
	}
}

// A denial that names the same act by the same agent as a claim before it
// ("denied that army units had shelled the market") contradicts it: that
// the two say the same words is what makes it a dispute.
func TestDisputeDenialOfTheSameAct(t *testing.T) {
	_, f := extractText(t,
		"Rebel leader Omar Dak said that army units had shelled the market.",
		"The Defence Ministry denied that army units had shelled the market.")
	if len(f.Disputes) != 1 || !strings.HasSuffix(f.Disputes[0].About, "(Omar Dak vs Defence Ministry)") {
		logClaims(t, f)
		t.Errorf("want Omar Dak against the ministry, got %+v", f.Disputes)
	}
}
