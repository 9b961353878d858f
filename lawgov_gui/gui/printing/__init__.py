"""Printing the summary: the commands (preview, export), the options dialog and export job,
the paged document, the page painter shared by preview and PDF, and the charts drawn for print."""
