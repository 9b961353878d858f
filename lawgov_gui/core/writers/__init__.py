"""Writers: everything the program saves, each through the one atomic writer.

`atomic` (temp file beside the target, checked, renamed; Chinese messages), `contract`
(the extract JSON and CSV of CONTRACT.md), `tables` (CSV and XLSX of a table), `word`
with `word_setup` and `word_blocks` (the summary as .docx).
"""

from .atomic import WriteFailed, atomic_write

__all__ = ["WriteFailed", "atomic_write"]
