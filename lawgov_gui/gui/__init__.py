"""The Qt desktop reader: windows, views and the resources they need (fonts, themes)."""
