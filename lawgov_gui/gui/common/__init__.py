"""Shared by every part of the window: fonts, theme palettes, the interface size, small widgets
(elided label, dock title), the save dialog and the wording of an indicator."""
