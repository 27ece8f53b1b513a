package entities

// Entity types.
const (
	EntityPerson       = "person"
	EntityOrganization = "organization"
	EntityPlace        = "place"
	EntityGroup        = "group"
)

// Genders an entity may have: what its titles or roles say of a person.
const (
	GenderMale   = "male"
	GenderFemale = "female"
)

// Mention is where a name, a speaker or a figure stands: a paragraph number
// and UTF-8 byte offsets into that paragraph's text, end exclusive.
type Mention struct {
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// Entity is a person, organisation, place or group named in an article.
type Entity struct {
	ID           string    `json:"id"`
	Name         string    `json:"name"`
	Type         string    `json:"type"`
	Aliases      []string  `json:"aliases"`
	Roles        []string  `json:"roles"`
	Affiliations []string  `json:"affiliations"`
	Mentions     []Mention `json:"mentions"`
	// Gender is GenderMale or GenderFemale when the article says it of a
	// person (a title such as "Mr" or "Mrs", a role such as "actress"),
	// else "". Honorifics are not roles: they end up here.
	Gender string `json:"gender,omitempty"`
	// State is true for an organisation that is a country's (or a city's)
	// state, named after it: the mentions where the name acts ("Norway
	// condemned the raid", "Norway's navy"). The place of the same name,
	// if any, holds the mentions of where things happen ("storms in
	// Norway").
	State bool `json:"state,omitempty"`
}
