"""The printed summary's content, layout spec and options, built from a report model without Qt.

The PDF painter (gui) and the Word writer (`lawgov_gui.core.writers.word`) both render
the `Summary` that `build_summary` returns, laid out by the one `LayoutSpec` of each
`Layout`, as the `Options` ask.

Modules: `content` (the Summary and build_summary), `digest` (the types of page 1's
digest and the 核查 box), `digest_build` (the digest, from `headline`: a section's
sentence, and `highlights`: the firsts), `compliance` (the 核查 box), `wording`
(full-width headings, clauses, gists), `key_figures` (a section's rows), `bounds`
(how much of a long report is kept, the notes on what was left out), `layout` (the
one layout spec), `options`.
"""

from .bounds import LeftOut, Part, chart_items
from .content import NoteLine, SectionDigest, Summary, build_summary
from .digest import Check, Compliance, Digest, DigestLine, Verdict
from .key_figures import KeyFigure
from .layout import Layout, LayoutSpec, Paper, spec
from .options import Options

__all__ = ["Check", "Compliance", "Digest", "DigestLine", "KeyFigure", "Layout", "LayoutSpec", "LeftOut", "NoteLine", "Options", "Paper", "Part",
           "SectionDigest", "Summary", "Verdict", "build_summary", "chart_items", "spec"]
