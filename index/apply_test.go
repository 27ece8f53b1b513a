package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func mustApply(t *testing.T, ix *Index, corpus string, paths ...string) Report {
	t.Helper()
	rep, err := ix.Apply(context.Background(), os.DirFS(corpus), paths, SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	verify(t, ix)
	return rep
}

// TestApplyTouchesOnlyThePathsGiven: files and folders added, changed,
// renamed and deleted are applied from their paths alone; articles
// elsewhere are neither read nor removed.
func TestApplyTouchesOnlyThePathsGiven(t *testing.T) {
	corpus := corpusCopy(t)
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpus)
	answers := func(q, title string) bool {
		for _, h := range find(t, ix, "", q) {
			if h.Citation.Title == title {
				return true
			}
		}
		return false
	}
	steps := []struct {
		name    string
		change  func()
		paths   []string
		want    Report
		q, text string
		present bool
	}{
		{"a new file", func() {
			write(t, filepath.Join(corpus, "world/ferry.txt"), "Ferry service resumes\n\nThe island ferry sailed again after a week of storms.")
		}, []string{"world/ferry.txt"}, Report{Files: 1, Added: 1}, "island ferry storms", "Ferry service resumes", true},
		{"a changed file", func() {
			write(t, filepath.Join(corpus, "world/ferry.txt"), "Ferry service halted\n\nThe island ferry is laid up for repairs to its hull.")
		}, []string{"world/ferry.txt"}, Report{Files: 1, Updated: 1}, "ferry hull repairs", "Ferry service halted", true},
		{"a renamed file", func() {
			os.Rename(filepath.Join(corpus, "world/ferry.txt"), filepath.Join(corpus, "world/boat.txt"))
		}, []string{"world/ferry.txt", "world/boat.txt"}, Report{Files: 1, Added: 1, Removed: 1}, "ferry hull repairs", "Ferry service halted", true},
		{"a new folder", func() {
			write(t, filepath.Join(corpus, "sport/rowing/regatta.txt"), "Regatta moved to the lake\n\nThe rowing regatta will be held on the lake this year.")
			write(t, filepath.Join(corpus, "sport/rowing/.draft.txt"), "Hidden\n\nA hidden draft about the regatta.")
			write(t, filepath.Join(corpus, "sport/rowing/notes.docx"), "PK")
		}, []string{"sport"}, Report{Files: 1, Added: 1}, "rowing regatta lake", "Regatta moved to the lake", true},
		{"a renamed folder", func() {
			os.Rename(filepath.Join(corpus, "sport"), filepath.Join(corpus, "games"))
		}, []string{"sport", "games"}, Report{Files: 1, Added: 1, Removed: 1}, "rowing regatta lake", "Regatta moved to the lake", true},
		{"a deleted folder", func() {
			os.RemoveAll(filepath.Join(corpus, "games"))
		}, []string{"games"}, Report{Removed: 1}, "rowing regatta lake", "Regatta moved to the lake", false},
		{"an untouched file given again", func() {}, []string{"world/boat.txt"}, Report{Files: 1, Unchanged: 1}, "ferry hull repairs", "Ferry service halted", true},
		{"a file in a hidden folder", func() {
			write(t, filepath.Join(corpus, ".git/notes/memo.txt"), "Secret memo\n\nThe quarry plans are secret.")
		}, []string{".git/notes/memo.txt", ".git/notes"}, Report{}, "quarry plans secret", "Secret memo", false},
	}
	for _, s := range steps {
		s.change()
		rep := mustApply(t, ix, corpus, s.paths...)
		if rep.Files != s.want.Files || rep.Added != s.want.Added || rep.Updated != s.want.Updated || rep.Removed != s.want.Removed || rep.Unchanged != s.want.Unchanged {
			t.Errorf("%s: report = %+v, want %+v", s.name, rep, s.want)
		}
		if got := answers(s.q, s.text); got != s.present {
			t.Errorf("%s: %q answered by %q = %v, want %v", s.name, s.q, s.text, got, s.present)
		}
	}
	if _, ok := ix.Article("", "world/boat.txt"); !ok {
		t.Error("the renamed file is not indexed under its new name")
	}
	if _, ok := ix.Article("", "world/ferry.txt"); ok {
		t.Error("the renamed file is still indexed under its old name")
	}
	if st := ix.Status(""); st.Articles != 5 {
		t.Errorf("%d articles, want the 4 of the corpus and the renamed ferry", st.Articles)
	}
	// The unsupported file was listed as skipped while its folder was
	// there, and no longer is.
	for _, s := range ix.Status("").Skipped {
		t.Errorf("still listed as skipped: %s", s)
	}
}

// TestApplyKeepsSkipsElsewhere: a bad file stays listed as skipped while
// other paths are applied, and goes when it is fixed.
func TestApplyKeepsSkipsElsewhere(t *testing.T) {
	corpus := corpusCopy(t)
	write(t, filepath.Join(corpus, "bad/empty.txt"), "  \n")
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpus)
	write(t, filepath.Join(corpus, "world/ferry.txt"), "Ferry\n\nThe ferry sailed.")
	mustApply(t, ix, corpus, "world/ferry.txt")
	if sk := ix.Status("").Skipped; len(sk) != 1 || sk[0].Path != "bad/empty.txt" {
		t.Errorf("skipped = %v, want bad/empty.txt still", sk)
	}
	write(t, filepath.Join(corpus, "bad/empty.txt"), "Not empty now\n\nThe file has text.")
	if rep := mustApply(t, ix, corpus, "bad/empty.txt"); rep.Added != 1 {
		t.Errorf("fixed file: %+v, want 1 added", rep)
	}
	if sk := ix.Status("").Skipped; len(sk) != 0 {
		t.Errorf("skipped = %v after the fix, want none", sk)
	}
	if _, err := ix.Apply(context.Background(), os.DirFS(corpus), []string{"../outside"}, SyncOptions{}); err == nil {
		t.Error("a path outside the corpus was accepted")
	}
}
