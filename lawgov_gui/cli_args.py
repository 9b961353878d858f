"""The command line's parser: argparse, speaking Chinese.

argparse writes its help headings and its usage errors in English, and an error as two lines
(the usage, then `prog: error: …`). `Parser` gives the headings in Chinese and refuses bad
arguments the way the rest of the command refuses bad input: one line in Chinese on stderr,
exit code 2. argparse's own messages are translated by `chinese`; one it does not know is
kept as argparse wrote it.
"""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

__all__ = ["Parser", "chinese"]

_TYPES = {"int": "整数", "float": "数字"}

# argparse's messages (Lib/argparse.py), most specific first
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), s) for p, s in (
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)", r"参数 \1 的值 \2 无效，可选：\3"),
    (r"argument (.+?): invalid (\w+) value: (.+)", r"参数 \1 的值 \3 不是有效的\2"),
    (r"argument (.+?): expected one argument", r"参数 \1 后面需要一个值"),
    (r"argument (.+?): expected at least one argument", r"参数 \1 后面至少需要一个值"),
    (r"argument (.+?): expected at most one argument", r"参数 \1 后面最多只能有一个值"),
    (r"argument (.+?): expected (\d+) arguments?", r"参数 \1 后面需要 \2 个值"),
    (r"argument (.+?): not allowed with argument (.+)", r"参数 \1 不能与 \2 同时使用"),
    (r"argument (.+?): ignored explicit argument (.+)", r"参数 \1 不接受值 \2"),
    (r"the following arguments are required: (.+)", r"缺少必需的参数：\1"),
    (r"one of the arguments (.+) is required", r"必须给出以下参数之一：\1"),
    (r"unrecognized arguments: (.+)", r"无法识别的参数：\1"),
    (r"ambiguous option: (.+?) could match (.+)", r"选项 \1 有歧义，可能是：\2"),
))


def chinese(message: str) -> str:
    """argparse's error `message` in Chinese (unchanged when it is not one argparse writes)."""
    for pattern, template in _MESSAGES:
        m = pattern.fullmatch(message)
        if m:
            return _fill(template, m.groups())
    return message


def _fill(template: str, groups: tuple[str, ...]) -> str:
    """`template` with \\1… replaced by `groups`, a type's name (int) said in Chinese (the values
    are quoted: 'int' stays)."""
    parts = [_TYPES.get(g, g) for g in groups]
    return re.sub(r"\\(\d)", lambda r: parts[int(r.group(1)) - 1], template)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout with the usage line headed 用法：; the description and the epilog
    keep their line breaks."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is headed in Chinese and whose errors are one Chinese line.

    Its sub-commands (add_subparsers) are Parsers too. Keyword arguments are argparse's.
    """

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        helps = kwargs.pop("add_help", True)
        super().__init__(add_help=False, **kwargs)
        # the two default groups' headings; argparse names them in English when it makes them
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if helps:
            self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        """Refuse the arguments: one line on stderr, exit code 2."""
        self.exit(2, f"{self.prog}: {chinese(message)}（{self.prog} -h 查看用法）\n")
