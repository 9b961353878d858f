"""Entry point of the bundled application (PyInstaller runs this file as a script)."""

import sys

from lawgov_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
