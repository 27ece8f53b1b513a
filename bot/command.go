package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

// OptionType is the type of a command option's value.
type OptionType int

// Option types, as Discord knows them.
const (
	String OptionType = iota
	Integer
	Boolean
	Attachment
)

// Completion names what an option's autocomplete suggests.
type Completion string

// Completions.
const (
	CompleteNone    Completion = ""
	CompleteEntity  Completion = "entity"
	CompleteSpeaker Completion = "speaker"
	CompleteArticle Completion = "article"
)

// Option is one option of a command.
type Option struct {
	Name        string
	Description string
	Type        OptionType
	Required    bool
	Complete    Completion
	MaxLength   int // for String; 0 means the default of 300
	MinValue    int // for Integer
	MaxValue    int // for Integer; 0 means no maximum
	// Choices, for String, are the only values the option takes: Discord
	// offers them as a list, and any other value is refused.
	Choices []Choice
}

// HandlerFunc answers one command.
type HandlerFunc func(ctx context.Context, req *Request) (*Response, error)

// Command is one entry of the command table.
type Command struct {
	Name        string // lower case, 1-32 characters
	Description string // one line, at most 100 characters
	Options     []Option
	// Admin commands are hidden from members without Manage Server and
	// checked again against the configured admin roles and users.
	Admin bool
	// Slow commands are deferred at once by front ends with a deadline.
	Slow bool
	// Example is a typical use, shown by /help.
	Example string
	Handle  HandlerFunc
}

// Value is an option's value as given.
type Value struct {
	Str        string
	Int        int
	Bool       bool
	Attachment *File
}

// File is an attachment: a name and where to fetch it.
type File struct {
	Name        string
	URL         string
	Size        int
	ContentType string
	// Data, when set, is the content itself (the console reads local files).
	Data []byte
}

// User is who sent a command.
type User struct {
	ID   string
	Name string
	// Roles are the ids of the member's roles in the guild.
	Roles []string
}

// Request is one command as a front end received it.
type Request struct {
	Command string
	Options map[string]Value
	User    User
	// GuildID is the guild the command came from; "" in DMs and the console.
	GuildID string
	// Admin is set by the front end when the transport says the user may
	// manage the server; Bot.Handle adds its own check.
	Admin bool
	// Progress, when set, shows interim progress of a slow command.
	Progress func(string)
}

// Str returns a string option, trimmed.
func (r *Request) Str(name string) string { return strings.TrimSpace(r.Options[name].Str) }

// Int returns an integer option, or def when it was not given.
func (r *Request) Int(name string, def int) int {
	if v, ok := r.Options[name]; ok {
		return v.Int
	}
	return def
}

// Scope is the search scope of the request: its guild.
func (r *Request) Scope() string { return r.GuildID }

// Item is one cited block of an answer.
type Item struct {
	// Heading is a short line (plain text) naming the item.
	Heading string `json:"heading,omitempty"`
	// Body is Markdown: article text in it is escaped.
	Body     string              `json:"body"`
	Citation *knowledge.Citation `json:"citation,omitempty"`
	// Data is the machine-readable result behind the item (a hit, a claim...).
	Data any `json:"data,omitempty"`
}

// Response is a command's answer.
type Response struct {
	Title string `json:"title"`
	// Summary is Markdown shown above the items.
	Summary string `json:"summary,omitempty"`
	Items   []Item `json:"results"`
	Footer  string `json:"footer,omitempty"`
	// Ephemeral answers are shown only to the person who asked.
	Ephemeral bool `json:"ephemeral,omitempty"`
	// Kind colours the answer: "", "error", "admin".
	Kind string `json:"kind,omitempty"`
	// Answer is the direct answer to a question, shown in the summary
	// above the items; Answered is false when nothing found answers the
	// question, the items being only the closest matches. Both are for /ask.
	Answer   *knowledge.Answer `json:"answer,omitempty"`
	Answered *bool             `json:"answered,omitempty"`
}

// UserError is an error whose message is safe and useful to show to the
// person who sent the command.
type UserError struct {
	Msg string
	Err error // the cause, for the log
}

func (e *UserError) Error() string { return e.Msg }
func (e *UserError) Unwrap() error { return e.Err }

// Errorf returns a UserError.
func Errorf(format string, args ...any) error {
	return &UserError{Msg: fmt.Sprintf(format, args...)}
}

// ErrRateLimited is returned when a user sends commands too fast.
var ErrRateLimited = errors.New("rate limited")

// UserMessage turns any error into what the user may see: the message of a
// UserError, a not-found message, or a generic apology (the cause goes to the log).
func UserMessage(err error) string {
	var ue *UserError
	switch {
	case errors.As(err, &ue):
		return ue.Msg
	case errors.Is(err, knowledge.ErrNotFound):
		return "Nothing found: " + strings.TrimSuffix(err.Error(), ": "+knowledge.ErrNotFound.Error()) + "."
	case errors.Is(err, context.DeadlineExceeded):
		return "briefbot could not answer in time; it may be busy. Please try again in a moment."
	case errors.Is(err, ErrRateLimited):
		return "You are sending commands faster than briefbot answers them. Please wait a few seconds."
	}
	return "Something went wrong on briefbot's side; the error has been logged."
}
