"""The `lawgov-gui` command.

`lawgov-gui extract FILE [--format json|csv]` prints the core's result. With no
FILE it reads the bundled Jilin 2023 report. Unreadable input prints one line in
Chinese on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .assets import sample_report_path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lawgov-gui", description="法治政府建设年度报告阅读器")
    p.add_argument("--version", action="version", version=f"lawgov-gui {__version__}")
    sub = p.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="打印报告的章节、指标和元数据（JSON 或 CSV）")
    ex.add_argument("file", nargs="?", help="报告文件；省略时使用自带的吉林省2023年报告")
    ex.add_argument("--format", choices=["json", "csv"], default="json", help="输出格式")
    return p


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def extract(file: str | None, fmt: str) -> int:
    """Run `extract`; returns the exit code."""
    from .core import ReportError, load_report
    from .core.export import to_csv, to_json

    try:
        report = load_report(file or sample_report_path())
    except ReportError as e:
        print(f"lawgov-gui: {e.message}", file=sys.stderr)
        return 2
    _write(to_csv(report) if fmt == "csv" else to_json(report) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `lawgov-gui` console script."""
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return extract(args.file, args.format)
    return extract(None, "json")


if __name__ == "__main__":
    sys.exit(main())
