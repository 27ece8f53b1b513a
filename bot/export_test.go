package bot

// ChoiceIndex exposes choiceIndex to the tests.
var ChoiceIndex = choiceIndex
