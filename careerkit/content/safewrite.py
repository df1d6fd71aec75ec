"""Writing a file whole or not at all, and CSV cells a spreadsheet will not run.

Every file careerkit writes (progress exports, plans, reports, the notebooks the
linter fixes) goes through :func:`write_text_atomic`: the text is encoded first, so
text that cannot be saved is refused before anything on disk is touched; then it is
written to a temporary file in the same folder, flushed, and renamed over the
target with ``os.replace``. A crash, a full disk or a bad character therefore leaves
the earlier file as it was, never a half-written or empty one.

:func:`neutralise_cell` follows the OWASP guidance on CSV injection: a cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
single quote, so a spreadsheet shows learner text instead of running it as a formula.

This module sits in the lowest layer so the progress store can use it;
``careerkit.present.files`` re-exports it for every layer above.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters a spreadsheet may read as the start of a formula (OWASP CSV injection)."""


class FileWriteError(ValueError):
    """A file was not written; the message names it, says why, and whether an earlier copy is untouched."""


def _untouched(path: Path) -> str:
    return "the earlier file is unchanged" if path.exists() else "no file was created"


def encode_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> bytes:
    """``text`` encoded, or a FileWriteError naming the character that cannot be saved and where."""
    path = Path(path)
    if not isinstance(text, str):
        raise FileWriteError(f"{path} was not written: expected text, got {type(text).__name__}")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        raise FileWriteError(
            f"{path} was not written: line {line} holds a character that cannot be saved as {encoding} "
            f"({text[error.start]!r}, half of a character pair, often left by a broken copy and paste). "
            f"Remove it and try again; {_untouched(path)}."
        ) from None


def write_text_atomic(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` whole or not at all; returns the path.

    Raises FileWriteError (a ValueError) with a readable message when the text cannot
    be encoded or the disk refuses the write; the earlier file, if any, is unchanged.
    """
    return write_bytes_atomic(path, encode_text(path, text, encoding))


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0o666 less the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        pass
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it, then rename it into place."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileWriteError(f"{path} was not written: its folder {path.parent} cannot be created "
                             f"({error.strerror or error}); choose another folder") from None
    if path.is_dir():
        raise FileWriteError(f"{path} was not written: that name is a folder; choose another file name")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise FileWriteError(f"{path} was not written: cannot create a file in {path.parent} "
                             f"({error.strerror or error}); choose a folder you can write") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise FileWriteError(f"{path} was not written ({error.strerror or error}); "
                             f"{_untouched(path)}. Free some space or choose another folder, then try again") from None
    except BaseException:
        _remove(temporary)
        raise
    return path


def _remove(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass


def neutralise_cell(value):
    """A cell a spreadsheet shows as text: strings starting like a formula get a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header: Iterable[str], rows: Iterable[Iterable]) -> str:
    """A CSV document (``\\n`` line ends) with every cell neutralised; None becomes an empty cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([neutralise_cell(name) for name in header])
    for row in rows:
        writer.writerow(["" if cell is None else neutralise_cell(cell) for cell in row])
    return buffer.getvalue()


def write_csv_atomic(path: str | os.PathLike, header: Iterable[str], rows: Iterable[Iterable]) -> Path:
    """Write a neutralised CSV file whole or not at all (see :func:`csv_text`, :func:`write_text_atomic`)."""
    return write_text_atomic(path, csv_text(header, rows))


def frame_to_csv_atomic(frame, path: str | os.PathLike) -> Path:
    """A DataFrame as a neutralised CSV file, without its index, written whole or not at all."""
    rows = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
    return write_csv_atomic(path, [str(column) for column in frame.columns], rows)
