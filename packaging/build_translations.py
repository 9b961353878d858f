#!/usr/bin/env python3
"""Extract the UI strings into resources/translations/*.ts and compile them to .qm.

    python packaging/build_translations.py            extract, update the .ts, compile the .qm
    python packaging/build_translations.py --compile  only compile the .qm (what CI needs)
    python packaging/build_translations.py --check    fail if the .ts is out of date or unfinished

Why not pyside6-lupdate: every module wraps its strings in a module-level helper

    def tr(text: str) -> str:
        return QCoreApplication.translate("Menus", text)

and lupdate files `tr("…")` outside a class under the empty context, while at run
time the lookup is in "Menus". So the strings are found here with the ast module:
every `tr("literal")` call, under the context of the `tr` the module defines (or
imports, as the chart modules do from .style), plus any direct
`QCoreApplication.translate("Context", "literal")`.

Updating a .ts keeps every existing translation; new strings come in unfinished,
strings gone from the sources are kept as vanished (lrelease skips them). The
compiled lawgov_gui/resources/translations/lawgov_gui_<lang>.qm is package data
and is not committed: run this script (or `--compile`) after a checkout.

resources/translations/qtbase_extra_<lang>.ts (written by hand, see QT_EXTRAS) holds
Qt's own strings that Qt's translation lacks; it is compiled beside ours.
`--compile` prints nothing unless it fails.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lawgov_gui"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "resources" / "translations"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "zh_CN"
QT_EXTRAS = ("qtbase_extra_zh_CN",)  # Qt's strings missing from Qt's qtbase_zh_CN.qm


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Translation:
    text: str = ""
    kind: str | None = "unfinished"  # None (finished), "unfinished", "vanished", "obsolete"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"lawgov_gui_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"lawgov_gui_{lang}.qm"


# ----- extraction

def _translate_context(node: ast.AST) -> str | None:
    """The literal context of a `QCoreApplication.translate("Ctx", …)` call, else None."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate" and node.args):
        return None
    first = node.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def _own_tr_context(tree: ast.Module) -> str | None:
    """The context of the module-level `def tr(text)` helper, if the module defines one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for inner in ast.walk(node):
                context = _translate_context(inner)
                if context is not None:
                    return context
            raise SystemExit(f"build_translations: cannot read the context of tr() "
                             f"at line {node.lineno}")
    return None


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _resolve(module: str, level: int, name: str | None) -> str:
    parts = module.split(".")[:-level] if level else []
    return ".".join([*parts, name] if name else parts)


def extract(package: Path = PACKAGE) -> list[Message]:
    """Every translatable string under `package`, in context order, then source order."""
    trees = {}
    for path in sorted(package.rglob("*.py")):
        trees[_module_of(path)] = (path, ast.parse(path.read_text("utf-8"), str(path)))
    contexts = {mod: _own_tr_context(tree) for mod, (_, tree) in trees.items()}
    for mod, (_, tree) in trees.items():  # `from .style import tr`
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and contexts[mod] is None:
                for alias in node.names:
                    if alias.name == "tr" and (alias.asname or "tr") == "tr":
                        source = _resolve(mod, node.level, node.module)
                        contexts[mod] = contexts.get(source)
    messages: dict[tuple[str, str], Message] = {}
    problems = []
    for mod, (path, tree) in trees.items():
        rel = path.relative_to(ROOT).as_posix()
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            if isinstance(call.func, ast.Name) and call.func.id == "tr":
                context, args = contexts[mod], call.args
            elif _translate_context(call) is not None and len(call.args) >= 2:
                context, args = _translate_context(call), call.args[1:]
            else:
                continue
            if context is None:
                problems.append(f"{rel}:{call.lineno}: tr() without a known context")
                continue
            text = args[0] if args else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                if isinstance(call.func, ast.Name):  # not the helper's own translate()
                    problems.append(f"{rel}:{call.lineno}: tr() of a non-literal is not "
                                    "extracted")
                continue
            msg = messages.setdefault((context, text.value), Message(context, text.value))
            msg.locations.append((rel, call.lineno))
    for problem in problems:
        print(f"build_translations: {problem}", file=sys.stderr)
    for msg in messages.values():
        msg.locations.sort()
    return sorted(messages.values(), key=lambda m: (m.context, m.locations[0]))


# ----- .ts files

def read_ts(path: Path) -> dict[tuple[str, str], Translation]:
    """The translations already in `path` (none if it does not exist)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            text = (element.text or "") if element is not None else ""
            kind = element.get("type") if element is not None else "unfinished"
            found[(name, source)] = Translation(text, kind)
    return found


def merge(messages: list[Message], old: dict[tuple[str, str], Translation],
          ) -> list[tuple[Message, Translation]]:
    """Pair the current messages with their translations; gone ones become vanished."""
    merged = []
    for msg in messages:
        t = old.get((msg.context, msg.source))
        if t is None:
            t = Translation()
        elif t.kind in ("vanished", "obsolete"):
            t = Translation(t.text, "unfinished" if not t.text else None)
        merged.append((msg, t))
    current = {(m.context, m.source) for m in messages}
    for (context, source), t in old.items():
        if (context, source) not in current and t.text:
            kind = "vanished" if t.kind in (None, "vanished") else "obsolete"
            merged.append((Message(context, source), Translation(t.text, kind)))
    return merged


def render_ts(lang: str, merged: list[tuple[Message, Translation]], ts_file: Path) -> str:
    """The .ts XML, laid out as lupdate does (so Qt Linguist's edits diff cleanly)."""
    by_context: dict[str, list[tuple[Message, Translation]]] = {}
    for msg, t in merged:
        by_context.setdefault(msg.context, []).append((msg, t))
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{lang}" sourcelanguage="{SOURCE_LANGUAGE}">']
    for context in sorted(by_context):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for msg, t in by_context[context]:
            out.append("    <message>")
            for rel, line in msg.locations:
                filename = os.path.relpath(ROOT / rel, ts_file.parent).replace(os.sep, "/")
                out.append(f'        <location filename="{escape(filename)}" line="{line}"/>')
            out.append(f"        <source>{_xml(msg.source)}</source>")
            kind = f' type="{t.kind}"' if t.kind else ""
            out.append(f"        <translation{kind}>{_xml(t.text)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def update_ts(lang: str, messages: list[Message] | None = None) -> tuple[int, int]:
    """Write resources/translations/lawgov_gui_<lang>.ts; returns (messages, unfinished)."""
    path = ts_path(lang)
    merged = merge(extract() if messages is None else messages, read_ts(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    text = render_ts(lang, merged, path)
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, "utf-8")
    live = [t for _, t in merged if t.kind not in ("vanished", "obsolete")]
    return len(live), sum(1 for t in live if t.kind == "unfinished" or not t.text)


# ----- .qm files

def lrelease_command() -> list[str]:
    """How to run Qt's lrelease: the binary in the PySide6 wheel, else one on PATH."""
    try:
        import PySide6

        exe = Path(PySide6.__file__).resolve().parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease")
        if exe.exists():
            return [str(exe)]
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit("build_translations: lrelease not found (install PySide6)")


def compile_qm(lang: str) -> Path:
    """Compile the .ts of `lang` into the package's .qm; returns the .qm path."""
    return _lrelease(ts_path(lang), qm_path(lang))


def compile_extras() -> list[Path]:
    """Compile the QT_EXTRAS .ts files into the package; returns the .qm paths."""
    return [_lrelease(TS_DIR / f"{name}.ts", QM_DIR / f"{name}.qm") for name in QT_EXTRAS]


def _lrelease(ts: Path, qm: Path) -> Path:
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not qm.exists():
        raise SystemExit(f"build_translations: lrelease failed on {ts}:\n"
                         f"{result.stdout}{result.stderr}")
    return qm


def ensure_qm(lang: str = "en") -> Path:
    """Compile the .qm if it is missing or older than its .ts (tests call this)."""
    ts, qm = ts_path(lang), qm_path(lang)
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        compile_qm(lang)
    return qm


def ensure_extras() -> list[Path]:
    """Compile the QT_EXTRAS .qm files that are missing or older than their .ts."""
    out = []
    for name in QT_EXTRAS:
        ts, qm = TS_DIR / f"{name}.ts", QM_DIR / f"{name}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            _lrelease(ts, qm)
        out.append(qm)
    return out


def check(lang: str) -> list[str]:
    """What is wrong with the .ts of `lang`: strings missing from it, or untranslated."""
    old = read_ts(ts_path(lang))
    problems = []
    for msg in extract():
        t = old.get((msg.context, msg.source))
        where = "{}:{}".format(*msg.locations[0])
        if t is None or t.kind in ("vanished", "obsolete"):
            problems.append(f"{where}: not in {ts_path(lang).name}: {msg.source!r}")
        elif t.kind == "unfinished" or not t.text:
            problems.append(f"{where}: not translated: {msg.source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = p.add_mutually_exclusive_group()
    group.add_argument("--compile", action="store_true", help="only compile the .qm files")
    group.add_argument("--check", action="store_true",
                       help="exit 1 if a string is missing from a .ts or not translated")
    args = p.parse_args(argv)
    if args.check:
        problems = [line for lang in LANGUAGES for line in check(lang)]
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    for lang in LANGUAGES:
        if not args.compile:
            total, unfinished = update_ts(lang)
            print(f"{ts_path(lang).relative_to(ROOT)}: {total} strings, {unfinished} unfinished")
        compile_qm(lang)
    compile_extras()
    return 0


if __name__ == "__main__":
    sys.exit(main())
