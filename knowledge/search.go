package knowledge

import "time"

// Span is a byte range [Start, End) in a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Snippet is an excerpt of a paragraph with the words that matched a query
// marked. Marks are byte spans into Text, in order and not overlapping.
// Text is plain article text: renderers escape it for their medium.
type Snippet struct {
	Text  string `json:"text"`
	Marks []Span `json:"marks,omitempty"`
	// Clipped tells that Text was cut from a longer paragraph.
	Clipped bool `json:"clipped,omitempty"`
}

// Query asks for the passages that best answer a question.
type Query struct {
	Text string
	// Scope is the guild asking, or "" outside any guild: the answer comes
	// from the shared corpus and that guild's own articles only.
	Scope  string
	Limit  int
	Offset int
}

// Hit is one passage found by a query.
type Hit struct {
	Citation Citation `json:"citation"`
	Kind     Kind     `json:"kind"`
	Snippet  Snippet  `json:"snippet"`
	Score    float64  `json:"score"`
	// AlsoIn are the other articles that carry the same passage or are
	// near-duplicates of its article, collapsed into this hit.
	AlsoIn []Citation `json:"also_in,omitempty"`
}

// Results are the hits of a query, best first.
type Results struct {
	Total int           `json:"total"`
	Hits  []Hit         `json:"hits"`
	Took  time.Duration `json:"took"`
	// Answer is the direct answer to the question, when one was found.
	Answer *Answer `json:"answer,omitempty"`
	// Unanswered tells that no passage covers the question well enough:
	// the hits are then the closest passages, not answers.
	Unanswered bool `json:"unanswered,omitempty"`
}

// Answer kinds: what a direct answer is.
const (
	AnswerFigure   = "figure"   // a number with what it counts ("how many", "how much")
	AnswerClaim    = "claim"    // what someone said ("what did X say about Y")
	AnswerSpeaker  = "speaker"  // who said or did something ("who said …")
	AnswerRole     = "role"     // someone's role or affiliation ("who is X")
	AnswerDate     = "date"     // a date ("when")
	AnswerSentence = "sentence" // the sentence that best answers the question
)

// Answer is the direct answer to a question: the article's own words, never
// briefbot's, with the paragraph they come from.
type Answer struct {
	// Text is the answer itself: a figure with what it counts, a claim's
	// content, a name, a role, a date or a sentence.
	Text string `json:"text"`
	Kind string `json:"kind"`
	// Speaker is who made the claim, for a claim or speaker answer.
	Speaker string `json:"speaker,omitempty"`
	// Cue is the claim's verb ("said", "denied") when Text is the claim's
	// content, and Quoted tells content quoted word for word; for a claim
	// answered by the sentence it stands in, Cue is empty and Text is
	// the article's sentence, which names the speaker itself.
	Cue    string `json:"cue,omitempty"`
	Quoted bool   `json:"quoted,omitempty"`
	// Context is the sentence the answer stands in, with Text marked.
	Context  Snippet  `json:"context"`
	Citation Citation `json:"citation"`
}

// Passage is one paragraph of an article with its neighbours, for display in full.
type Passage struct {
	Citation Citation    `json:"citation"`
	Before   []Paragraph `json:"before,omitempty"`
	Focus    Paragraph   `json:"focus"`
	After    []Paragraph `json:"after,omitempty"`
	// Paragraphs is how many paragraphs the article has.
	Paragraphs int `json:"paragraphs"`
}

// ArticleInfo is what the index keeps about an indexed article.
type ArticleInfo struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Scope     string `json:"scope"`
	// Added is set for articles added one by one (from Discord), which a
	// corpus update neither removes nor replaces.
	Added      bool      `json:"added,omitempty"`
	Hash       string    `json:"hash"`
	Paragraphs int       `json:"paragraphs"`
	Passages   int       `json:"passages"`
	Entities   int       `json:"entities"`
	Claims     int       `json:"claims"`
	Figures    int       `json:"figures"`
	Disputes   int       `json:"disputes,omitempty"`
	Indexed    time.Time `json:"indexed"`
	// Fingerprint is a small sketch of the article's body text that
	// near-duplicate articles share, so that search shows one of them.
	Fingerprint []uint32 `json:"fingerprint,omitempty"`
}

// Status describes an index as one scope sees it.
type Status struct {
	Articles    int       `json:"articles"`
	Passages    int       `json:"passages"`
	Entities    int       `json:"entities"`
	Claims      int       `json:"claims"`
	Figures     int       `json:"figures"`
	LastIndexed time.Time `json:"last_indexed"`
	Skipped     []Skip    `json:"skipped"`
	// Reindexing is true while a rebuild runs; answers come from the previous index meanwhile.
	Reindexing bool `json:"reindexing"`
}

// Attributed is a piece of information with the paragraph it comes from.
type Attributed struct {
	Text     string   `json:"text"`
	Citation Citation `json:"citation"`
}

// Profile is one entity across the articles that name it.
type Profile struct {
	Key          string       `json:"key"`
	Name         string       `json:"name"`
	Type         string       `json:"type"`
	Aliases      []string     `json:"aliases,omitempty"`
	Roles        []Attributed `json:"roles,omitempty"`
	Affiliations []Attributed `json:"affiliations,omitempty"`
	Articles     int          `json:"articles"`
	Mentions     int          `json:"mentions"`
	// Passages are the best cited paragraphs that name the entity.
	Passages []Hit `json:"passages,omitempty"`
}

// Who is the answer to a name: the matching profiles, best first, or
// suggestions of similar names when nothing matches.
type Who struct {
	Profiles    []Profile `json:"profiles"`
	Suggestions []string  `json:"suggestions,omitempty"`
}

// ClaimHit is a claim found in the index, with the claims that dispute it.
type ClaimHit struct {
	Claim    Claim        `json:"claim"`
	Citation Citation     `json:"citation"`
	Disputes []DisputeHit `json:"disputes,omitempty"`
	// Exact tells that the speaker is the one asked for by name or alias,
	// not another person whose name holds the words asked for.
	Exact bool `json:"exact,omitempty"`
}

// DisputeHit is a dispute a claim takes part in, with the other side's claims.
type DisputeHit struct {
	About  string  `json:"about"`
	Others []Claim `json:"others"`
}

// FigureHit is a figure found in the index.
type FigureHit struct {
	Figure   Figure   `json:"figure"`
	Citation Citation `json:"citation"`
}

// Brief is everything extracted from one article.
type Brief struct {
	Article  ArticleInfo `json:"article"`
	Entities []Entity    `json:"entities"`
	Claims   []Claim     `json:"claims"`
	Figures  []Figure    `json:"figures"`
	Disputes []Dispute   `json:"disputes"`
}

// Choice is one autocomplete suggestion.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}
