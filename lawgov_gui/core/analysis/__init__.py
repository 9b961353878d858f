"""Analysis of a report model: the statistics the panels draw and the search the reader uses.

`figures` holds the per-panel selections (rates, changes, checks, section statistics);
`search` the full-width/half-width tolerant text search.
"""

from .search import Searcher

__all__ = ["Searcher"]
