"""Extraction: from a report's text to its sections, figures (indicators), relations and meta.

Qt-free and pure: each module takes text (or the normalised lines) and returns model
objects. `lawgov_gui.core.pipeline` runs them in order.
"""
