"""`lawgov-gui library …`: the library of reports, headless.

    lawgov-gui library add PATH... [--db DB]           import files and folders (a line per file
                                                       as it is done, then the total)
    lawgov-gui library list [--db DB] [--format json]
    lawgov-gui library search QUERY [--db DB] [--limit N] [--level L] [--region R] [--year Y]
                                    [--genre G] [--format json]
    lawgov-gui library compare CANONICAL_ID [--db DB] [--format csv|json] [-o OUT.csv|OUT.xlsx]
    lawgov-gui library check [--db DB] [--format json]
    lawgov-gui library rebuild [--db DB]

Bad input (a missing path, an unknown indicator id, a damaged library) prints one Chinese line on
stderr and exits 2, as `extract` does.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

from .cli import _say, _write
from .cli_args import Parser
from .core.library import (
    Level,
    Library,
    LibraryError,
    default_db_path,
    export_compare,
    genre_name,
    rebuild,
)
from .core.library.compare import HEADERS
from .core.library.importer import total_line
from .core.model import Genre
from .core.writers.atomic import write_failure


class _OutputFailed(Exception):
    """Standard output could not be written while the command ran (`error` says why)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _parser() -> argparse.ArgumentParser:
    p = Parser(prog="lawgov-gui library", description="报告库：导入、检索、对比、核查")
    sub = p.add_subparsers(dest="command", required=True, metavar="命令")
    add = _command(sub, "add", "导入报告文件或文件夹")
    add.add_argument("paths", nargs="+", metavar="PATH", help="报告文件或文件夹")
    _json(_command(sub, "list", "列出报告库中的报告"))
    search = _json(_command(sub, "search", "全文检索"))
    search.add_argument("query", help="检索词；空格分隔的多个词须同时出现")
    search.add_argument("--limit", type=int, default=20, help="最多显示的结果数")
    search.add_argument("--level", choices=[v.value for v in Level], help="层级")
    search.add_argument("--region", help="地区（如 吉林省）")
    search.add_argument("--year", type=int, help="报告年度")
    search.add_argument("--genre", choices=[v.value for v in Genre], help="文种")
    compare = _command(sub, "compare", "对比同一指标")
    compare.add_argument("canonical", metavar="CANONICAL_ID", help="指标编号，如 lit.head_appearance_rate")
    compare.add_argument("--format", choices=["csv", "json"], default="csv", help="输出格式")
    compare.add_argument("-o", "--output", help="写入文件：OUT.csv 或 OUT.xlsx")
    _json(_command(sub, "check", "跨报告核查：同比数据与上年报告、同一数据前后不一"))
    _command(sub, "rebuild", "从原文件重建报告库（保留批注）")
    return p


def _command(sub, name: str, help_text: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", help="报告库文件；省略时使用用户数据目录中的报告库")
    return p


def _json(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--format", choices=["text", "json"], default="text", help="输出格式")
    return p


def main(argv: list[str]) -> int:
    """Run `library …`; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "rebuild":
            return _rebuild(args)
        with Library(args.db) as lib:
            text = _COMMANDS[args.command](lib, args)
    except LibraryError as e:
        return _say(e.message)
    except _OutputFailed as e:
        return _say(write_failure(e.error, "标准输出"))
    except OSError as e:
        return _say(write_failure(e, getattr(args, "output", None) or "报告库"))
    try:
        _write(text)
    except OSError as e:
        return _say(write_failure(e, "标准输出"))
    return 0


def _dump(items: list) -> str:
    return json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=1) + "\n"


def _add(lib: Library, args: argparse.Namespace) -> str:
    """Import, printing each file's line as soon as it is done; the total line is returned."""
    def said(_done: int, _total: int, outcome) -> None:
        try:
            _write(outcome.line() + "\n")
        except OSError as e:  # what is stored so far stays (the import commits it)
            raise _OutputFailed(e) from e

    return total_line(lib.add(args.paths, progress=said)) + "\n"


def _list(lib: Library, args: argparse.Namespace) -> str:
    entries = lib.entries()
    if args.format == "json":
        return _dump(entries)
    lines = [f"{e.id}\t{e.issuer or '（未识别）'}\t{e.level}\t{e.year or ''}\t{genre_name(e.genre)}\t"
             f"{e.indicators} 项指标\t{e.path}" for e in entries]
    return "".join(line + "\n" for line in lines) + f"共 {len(entries)} 份报告。\n"


def _search(lib: Library, args: argparse.Namespace) -> str:
    if args.limit < 1:
        raise LibraryError("--limit 必须是正整数。")
    hits = lib.search(args.query, limit=args.limit, level=args.level, region=args.region,
                      year=args.year, genre=args.genre)
    if args.format == "json":
        return _dump(hits)
    out = [f"{h.issuer or '（未识别）'} {h.year or ''} {h.heading or '（正文开头）'}  "
           f"{h.path}:{h.start}\n    {h.snippet.replace(chr(10), ' ')}\n" for h in hits]
    return "".join(out) + f"共 {len(hits)} 处。\n"


def _compare(lib: Library, args: argparse.Namespace) -> str:
    rows = lib.compare(args.canonical)
    if args.output:
        export_compare(rows, args.output)
        return f"已写入 {len(rows)} 行：{args.output}\n"
    if args.format == "json":
        return _dump(rows)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([HEADERS, *(r.cells() for r in rows)])
    return buf.getvalue()


def _check(lib: Library, args: argparse.Namespace) -> str:
    findings = lib.check()
    if args.format == "json":
        return _dump(findings)
    flagged = sum(f.flagged for f in findings)
    lines = [f"[{'待核' if f.flagged else '相符'}] {f.kind.value}：{f.message}" for f in findings]
    return "".join(line + "\n" for line in lines) + f"共 {len(findings)} 项，待核 {flagged} 项。\n"


def _rebuild(args: argparse.Namespace) -> int:
    """Run `library rebuild`; returns the exit code."""
    path = Path(args.db) if args.db else default_db_path()
    lines = rebuild(path).lines(path)
    try:
        _write("".join(line + "\n" for line in lines))
    except OSError as e:
        return _say(write_failure(e, "标准输出"))
    return 0


_COMMANDS = {"add": _add, "list": _list, "search": _search, "compare": _compare, "check": _check}
