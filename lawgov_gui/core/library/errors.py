"""The library's one error: a file that is not a library this version can use, or bad input."""

from __future__ import annotations

from ..errors import ReportError


class LibraryError(ReportError):
    """A library that cannot be opened or used; `message` is one Chinese sentence."""


class QueryError(LibraryError):
    """A search query that holds nothing to search for: the input's fault, not the file's."""
