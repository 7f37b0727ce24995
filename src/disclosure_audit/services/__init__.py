"""Services: what each command does, from loading a repo to a result (no printing, no exits)."""
