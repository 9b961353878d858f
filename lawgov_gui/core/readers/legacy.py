"""Old Word (.doc) and WPS (.wps) reports, converted to .docx by LibreOffice.

Both are OLE2 containers holding a WordDocument stream (ole.py decides, by
content, whatever the extension). `word_to_docx` refuses the others with their
own message (an encrypted one, a spreadsheet, a damaged one) and, when LibreOffice
is installed, converts the file in a private temporary directory:

- a fresh user profile there (nothing of the user's own LibreOffice is used or
  changed), which blocks macros, never updates links and never loads resources a
  document refers to (BlockUntrustedRefererLinks), so nothing is fetched;
- LibreOffice in its own process group, killed with all its children after
  CONVERT_SECONDS, or as soon as the load is abandoned;
- the directory removed afterwards, on success, on error and when abandoned.

The run has a thread of its own (`_Conversion`): an abandoned load is stopped by
an exception raised in its thread wherever it is, and the process and directory
must not depend on where that lands.

When LibreOffice is not installed, the message says so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from ..errors import ReportError
from .messages import (
    CONVERT_FAILED,
    CONVERT_TIMEOUT,
    NO_LIBREOFFICE,
    OLE_CORRUPT,
    OLE_ENCRYPTED,
    OLE_NOT_WORD,
)
from .ole import OleKind, classify

CONVERT_SECONDS = 60
POLL_SECONDS = 0.05  # how often a waiting thread looks up
WINDOWS = os.name == "nt"
_REFUSALS = {OleKind.ENCRYPTED: OLE_ENCRYPTED, OleKind.OTHER: OLE_NOT_WORD,
             OleKind.DAMAGED: OLE_CORRUPT}
_WINDOWS_ROOTS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update">\
<prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def find_soffice() -> str | None:
    """The LibreOffice program: on PATH, or where its installer puts it on Windows."""
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    if WINDOWS:
        for root in filter(None, (os.environ.get(name) for name in _WINDOWS_ROOTS)):
            candidate = Path(root) / "LibreOffice" / "program" / "soffice.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def word_to_docx(data: bytes) -> bytes:
    """The .docx of an old Word or WPS document (an OLE2 container), made by LibreOffice.

    Raises:
        ReportError: not a Word or WPS document, encrypted or damaged; LibreOffice
            missing, failing or slower than CONVERT_SECONDS.
    """
    kind = classify(data)
    if kind is not OleKind.WORD:
        raise ReportError(_REFUSALS[kind])
    soffice = find_soffice()
    if soffice is None:
        raise ReportError(NO_LIBREOFFICE)
    conversion = _Conversion(soffice, data)
    thread = threading.Thread(target=conversion.run, name="lawgov-soffice", daemon=True)
    try:
        thread.start()
        while not conversion.done.wait(POLL_SECONDS):  # Python runs: an abandon gets through
            pass
    finally:
        conversion.stop.set()
    if conversion.error is not None:
        raise conversion.error
    return conversion.result


class _Conversion:
    """One LibreOffice run, on a thread of its own that nothing interrupts.

    The load waits for it; when the load is abandoned (an exception raised in the
    load's thread, which could strike anywhere, even inside subprocess.Popen), it
    sets `stop`, and this thread, which alone owns the process and the directory,
    kills the one and removes the other.
    """

    def __init__(self, soffice: str, data: bytes) -> None:
        self.soffice, self.data = soffice, data
        self.stop, self.done = threading.Event(), threading.Event()
        self.result = b""
        self.error: ReportError | None = None

    def run(self) -> None:
        """Convert in a fresh temporary directory, removed afterwards."""
        try:
            with tempfile.TemporaryDirectory(prefix="lawgov-doc-",
                                             ignore_cleanup_errors=True) as tmp:
                self.result = self._convert(Path(tmp))
        except ReportError as e:
            self.error = e
        except OSError:  # the program cannot be started, the disk is full
            self.error = ReportError(CONVERT_FAILED)
        finally:
            self.done.set()

    def _convert(self, work: Path) -> bytes:
        """Convert the document in the directory `work`; the .docx's bytes."""
        source, out, profile = work / "report.doc", work / "out", work / "profile"
        source.write_bytes(self.data)
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, "utf-8")
        self._run([self.soffice, "--headless", "--norestore", "--nolockcheck", "--nologo",
                   "--nodefault", f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", "docx", "--outdir", str(out), str(source)], work)
        result = out / "report.docx"
        if not result.is_file():
            raise ReportError(CONVERT_FAILED)
        return result.read_bytes()

    def _run(self, command: list[str], work: Path) -> None:
        """Run LibreOffice in a process group of its own; the whole group is killed after."""
        group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if WINDOWS
                 else {"start_new_session": True})
        process = subprocess.Popen(command, cwd=work, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **group)
        deadline = time.monotonic() + CONVERT_SECONDS
        try:
            while (code := process.poll()) is None:
                if time.monotonic() > deadline:
                    raise ReportError(CONVERT_TIMEOUT.format(CONVERT_SECONDS))
                if self.stop.wait(POLL_SECONDS):
                    raise ReportError(CONVERT_FAILED)  # abandoned: nobody reads this
        finally:
            _kill_group(process)
        if code != 0:
            raise ReportError(CONVERT_FAILED)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill the process and everything it started, and reap it."""
    if WINDOWS:
        if process.poll() is None:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):  # the group has ended
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()
    process.wait()
