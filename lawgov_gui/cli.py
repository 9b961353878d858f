"""The `lawgov-gui` command.

    lawgov-gui [FILE]                       open the reader window (default: the sample)
    lawgov-gui --screenshot OUT.png [FILE]  draw the window offscreen at 1400×900 and exit
    lawgov-gui extract [FILE] [--format json|csv]
                                            print the core's result (CONTRACT.md)

Unreadable input given to `extract` prints one line in Chinese on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .assets import sample_report_path

SUBCOMMANDS = ("extract",)


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lawgov-gui", description="法治政府建设年度报告阅读器",
        epilog="子命令：lawgov-gui extract [FILE] [--format json|csv] 打印提取结果")
    p.add_argument("--version", action="version", version=f"lawgov-gui {__version__}")
    p.add_argument("file", nargs="?", help="要打开的报告；省略时重新打开上次的报告或自带样例")
    p.add_argument("--screenshot", metavar="OUT.png", help="在后台绘制 1400×900 的窗口截图后退出")
    return p


def _extract_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lawgov-gui extract",
                                description="打印报告的章节、指标和元数据（JSON 或 CSV）")
    p.add_argument("file", nargs="?", help="报告文件；省略时使用自带的吉林省2023年报告")
    p.add_argument("--format", choices=["json", "csv"], default="json", help="输出格式")
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
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "extract":
        args = _extract_parser().parse_args(argv[1:])
        return extract(args.file, args.format)
    args = _gui_parser().parse_args(argv)
    if args.screenshot:
        from .app import screenshot

        return screenshot(args.screenshot, args.file)
    from .app import run

    return run(args.file)


if __name__ == "__main__":
    sys.exit(main())
