"""Entry point of the bundled application (PyInstaller runs this file as a script).

`freeze_support` comes first: the library's import extracts reports in spawned worker
processes (core/library/importer.py), and a frozen program started as such a worker must
run the worker, not open a second window.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from lawgov_gui.cli import command

    command()
