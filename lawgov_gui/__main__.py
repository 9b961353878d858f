"""`python -m lawgov_gui` runs the `lawgov-gui` command."""

from .cli import command

command()
