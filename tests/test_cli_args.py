"""The command line's parser (cli_args.py): Chinese help, and bad arguments refused in one
Chinese line with exit code 2, for the reader, extract, summary and library commands."""

from __future__ import annotations

import re

import pytest

from lawgov_gui.cli import main
from lawgov_gui.cli_args import chinese

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"usage|error|invalid|argument|required|unrecognized|expected|choose",
                     re.IGNORECASE)


@pytest.mark.parametrize(("argv", "said"), [
    (["extract", "--format", "xml"], "lawgov-gui extract: 参数 --format 的值 'xml' 无效，可选：'json', 'csv'"),
    (["extract", "a.txt", "b.txt"], "lawgov-gui extract: 无法识别的参数：b.txt"),
    (["summary"], "lawgov-gui summary: 缺少必需的参数：file, -o/--output"),
    (["summary", "a.txt", "-o"], "lawgov-gui summary: 参数 -o/--output 后面需要一个值"),
    (["summary", "a.txt", "-o", "x.pdf", "--layout", "wide"], "参数 --layout 的值 'wide' 无效"),
    (["--bogus"], "lawgov-gui: 无法识别的参数：--bogus"),
    (["--lang", "fr"], "参数 --lang 的值 'fr' 无效，可选：'zh_CN', 'en'"),
    (["library", "frob"], "lawgov-gui library: 参数 命令 的值 'frob' 无效"),
    (["library"], "lawgov-gui library: 缺少必需的参数：命令"),
    (["library", "search"], "lawgov-gui library search: 缺少必需的参数：query"),
    (["library", "search", "复议", "--limit", "abc"], "参数 --limit 的值 'abc' 不是有效的整数"),
    (["library", "add"], "lawgov-gui library add: 缺少必需的参数：PATH"),
])
def test_bad_arguments_are_one_chinese_line_and_exit_2(capsys, argv: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out, err = capsys.readouterr()
    assert (stop.value.code, out) == (2, "")
    assert err.count("\n") == 1 and err.endswith("-h 查看用法）\n")
    assert said in err
    assert not ENGLISH.search(err), err


@pytest.mark.parametrize("argv", [["-h"], ["extract", "-h"], ["summary", "--help"],
                                  ["library", "-h"], ["library", "compare", "-h"]])
def test_help_is_headed_in_chinese(capsys, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out, err = capsys.readouterr()
    assert (stop.value.code, err) == (0, "")
    assert out.startswith("用法：lawgov-gui")
    assert "\n参数:\n" in out or "\n选项:\n" in out
    assert "-h, --help" in out and "显示本帮助并退出" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out


def test_the_reader_help_lists_every_sub_command(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["-h"])
    out = capsys.readouterr().out
    for line in ("  extract [FILE]", "  summary FILE -o", "  library add|list"):
        assert line in out
    assert "显示版本号并退出" in out


@pytest.mark.parametrize(("message", "want"), [
    ("argument --year: invalid int value: 'int'", "参数 --year 的值 'int' 不是有效的整数"),
    ("argument --x: invalid float value: '1,5'", "参数 --x 的值 '1,5' 不是有效的数字"),
    ("argument -a: not allowed with argument -b", "参数 -a 不能与 -b 同时使用"),
    ("argument --n: expected at least one argument", "参数 --n 后面至少需要一个值"),
    ("argument --flag: ignored explicit argument 'x'", "参数 --flag 不接受值 'x'"),
    ("one of the arguments -a -b is required", "必须给出以下参数之一：-a -b"),
    ("ambiguous option: --fo could match --format, --force", "选项 --fo 有歧义，可能是：--format, --force"),
    ("something argparse never says", "something argparse never says"),
])
def test_argparse_messages_in_chinese(message: str, want: str) -> None:
    assert chinese(message) == want
    if want != message:
        assert CJK.search(want)
