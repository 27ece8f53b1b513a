package main

import (
	"context"
	"errors"
)

// runServe runs briefbot in Discord.
func runServe(ctx context.Context, env *environment, args []string) error {
	return errors.New("Discord mode is not built yet")
}

// runCommands registers the command table with Discord.
func runCommands(ctx context.Context, env *environment, args []string) error {
	return errors.New("Discord mode is not built yet")
}
