"""The reader: the report text view and its document, the section tree, and find."""
