"""The `lawgov-gui` command.

    lawgov-gui [FILE] [--lang zh_CN|en]     open the reader window (default: the sample)
    lawgov-gui --screenshot OUT.png [FILE] [--lang zh_CN|en]
                                            draw the window offscreen at 1400×900 and exit
    lawgov-gui extract [FILE] [--format json|csv]
                                            print the core's result (CONTRACT.md)
    lawgov-gui summary FILE -o OUT.pdf|OUT.docx [--layout gbt|compact] [--sections …]
                                            write the printed summary, headless
    lawgov-gui library add|list|search|compare|check|rebuild …
                                            the library of reports (library_cli.py)

Unreadable input, or output that cannot be written (a full disk, a closed pipe),
prints one line in Chinese on stderr and exits 2.

`command` is the process's entry (the console script, `python -m lawgov_gui`); `main` is the
same command for a caller in the same process.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
from typing import NoReturn

from . import __version__
from .assets import sample_report_path
from .cli_args import Parser


def _gui_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="lawgov-gui", description="法治政府建设年度报告阅读器",
        epilog="子命令（lawgov-gui 子命令 -h 查看各自的用法）：\n"
               "  extract [FILE] [--format json|csv]   打印提取结果（章节、指标、元数据）\n"
               "  summary FILE -o OUT.pdf|OUT.docx     生成报告摘要，无需显示器\n"
               "  library add|list|search|compare|check|rebuild …   报告库")
    p.add_argument("--version", action="version", version=f"lawgov-gui {__version__}",
                   help="显示版本号并退出")
    p.add_argument("file", nargs="?", help="要打开的报告；省略时重新打开上次的报告或自带样例")
    p.add_argument("--screenshot", metavar="OUT.png", help="在后台绘制 1400×900 的窗口截图后退出")
    p.add_argument("--lang", choices=["zh_CN", "en"],
                   help="界面语言：zh_CN 简体中文，en 英文；省略时跟随系统（英文系统用英文，其余用中文）")
    return p


def _extract_parser() -> argparse.ArgumentParser:
    p = Parser(prog="lawgov-gui extract",
                                description="打印报告的章节、指标和元数据（JSON 或 CSV）")
    p.add_argument("file", nargs="?", help="报告文件；省略时使用自带的吉林省2023年报告")
    p.add_argument("--format", choices=["json", "csv"], default="json", help="输出格式")
    return p


def _summary_parser() -> argparse.ArgumentParser:
    from .core.summary.layout import Layout, Paper

    p = Parser(prog="lawgov-gui summary",
                                description="生成报告摘要（PDF 或 Word），无需显示器")
    p.add_argument("file", help="报告文件")
    p.add_argument("-o", "--output", required=True, help="输出文件：OUT.pdf 或 OUT.docx")
    p.add_argument("--layout", choices=[v.value for v in Layout], default=Layout.GBT.value,
                   help="gbt：公文版式（GB/T 9704）；compact：紧凑版式")
    p.add_argument("--paper", choices=[v.value for v in Paper], default=Paper.A4.value,
                   help="纸张")
    p.add_argument("--sections", help="只包含这些章节（逗号分隔的章节编号，如 1.1,1.5）")
    p.add_argument("--no-charts", action="store_true", help="不包含图表")
    p.add_argument("--table", action="store_true", help="附全部指标表")
    p.add_argument("--full-text", action="store_true", help="附报告全文")
    p.add_argument("--notes", metavar="FILE.json",
                   help="批注文件（“批注”面板导出的 JSON）：这份报告的批注印在摘要的“批注”一节")
    return p


def _say(message: str) -> int:
    """Print `message` as the one stderr line of a refusal; the exit code (2)."""
    print(f"lawgov-gui: {message}", file=sys.stderr)
    return 2


def summary(args: argparse.Namespace) -> int:
    """Run `summary`; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .core import ReportError, load_report
    from .core.library import LibraryError
    from .core.writers.atomic import write_failure

    if not args.output.lower().endswith((".pdf", ".docx")):
        return _say("输出文件必须以 .pdf 或 .docx 结尾。")
    try:
        report = load_report(args.file)
        notes = _notes(args.notes, report)
    except ReportError as e:
        return _say(e.message)
    except LibraryError as e:
        return _say(str(e))
    try:
        _write_summary(report, args, notes)
    except OSError as e:
        return _say(write_failure(e, args.output))
    return 0


def _notes(path: str | None, report) -> list:
    """The summary's 批注: the notes of `report` in the JSON file at `path` (none without one).

    Raises:
        LibraryError: the file cannot be read as notes.
    """
    if path is None:
        return []
    from pathlib import Path

    from .core.library.notes import load
    from .core.library.notes_text import printed

    if not Path(path).is_file():
        from .core.library import LibraryError

        raise LibraryError(f"找不到批注文件 {path}。")
    notes = [n for n in load(Path(path)) if n.sha256 == report.source.sha256]
    return printed(notes, report.sections)


def _write_summary(report, args: argparse.Namespace, notes: list) -> None:
    from .app import application
    from .core.summary.options import Options
    from .gui.printing.actions import charts_for, summary_for, write_word
    from .gui.printing.pages import write_pdf

    application("zh_CN")  # the summary is a Chinese document, whatever the system's language
    sections = set(args.sections.split(",")) if args.sections else None
    options = Options(args.layout, args.paper, sections, not args.no_charts, args.table,
                      args.full_text)
    summary, charts = summary_for(report, options, notes), charts_for(report, options)
    if args.output.lower().endswith(".docx"):
        write_word(summary, options, args.output, charts)
    else:
        write_pdf(summary, options, args.output, charts=charts)


def _write(text: str) -> None:
    """Write `text` to standard output, unbuffered: a full disk or a closed pipe raises
    OSError here, with nothing left in a buffer to fail again at exit."""
    data = text.encode("utf-8")
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, io.UnsupportedOperation):  # a stream in memory (tests, embedding)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def extract(file: str | None, fmt: str) -> int:
    """Run `extract`; returns the exit code."""
    from .core import ReportError, load_report
    from .core.writers.atomic import write_failure
    from .core.writers.contract import to_csv, to_json

    try:
        report = load_report(file or sample_report_path())
    except ReportError as e:
        return _say(e.message)
    try:
        _write(to_csv(report) if fmt == "csv" else to_json(report) + "\n")
    except OSError as e:
        return _say(write_failure(e, "标准输出"))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `lawgov-gui` console script."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "extract":
        args = _extract_parser().parse_args(argv[1:])
        return extract(args.file, args.format)
    if argv and argv[0] == "summary":
        return summary(_summary_parser().parse_args(argv[1:]))
    if argv and argv[0] == "library":
        from .library_cli import main as library_main

        return library_main(argv[1:])
    args = _gui_parser().parse_args(argv)
    if args.screenshot:
        from .app import screenshot

        return screenshot(args.screenshot, args.file, lang=args.lang)
    from .app import run

    return run(args.file, lang=args.lang)


def command(argv: list[str] | None = None) -> NoReturn:
    """Run the command as the whole process, then end it with the command's exit code.

    `extract` runs with the cyclic collector off: the report's objects, a million in a big
    report, stay alive until the process ends, and a collection between the reading and the
    writing would traverse them all to find nothing. Once the output is written (unbuffered,
    by `_write`) and stdout and stderr are flushed, the process ends at once (os._exit): they
    are not freed one by one at interpreter exit.
    """
    argv = sys.argv[1:] if argv is None else argv
    if not (argv and argv[0] == "extract"):
        sys.exit(main(argv))
    gc.disable()
    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    command()
