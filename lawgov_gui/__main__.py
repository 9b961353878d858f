"""`python -m lawgov_gui` runs the `lawgov-gui` command."""

import sys

from .cli import main

sys.exit(main())
