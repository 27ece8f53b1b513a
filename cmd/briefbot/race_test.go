//go:build race

package main

// raceEnabled: the race detector makes CPU-bound code 5 to 10 times slower.
const raceEnabled = true
