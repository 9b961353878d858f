"""lawgov_gui: a desktop reader for Chinese rule-of-law government reports."""

__version__ = "0.1.0"
