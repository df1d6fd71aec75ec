"""Where a learner's work is kept between sessions: one SQLite file per learner.

Every widget writes here (answers, card reviews, finished sections, reflections,
self-assessment ratings, roadmap statuses, saved plans), and the dashboard,
the flashcards and the instructor's class view read it back.

The file lives in ``$CAREERKIT_HOME`` when that is set (workshops and JupyterHub
set one per learner) and otherwise in the user's data directory.

Opening tells three troubles apart. A *damaged* file (not a database, a failed
``quick_check``, tables careerkit cannot fill) is renamed to a unique
``.corrupt-<time>-<pid>`` name, never deleted, and a fresh store started; kernels
opening at the same moment take turns on ``progress.sqlite3.lock``, so one decides
and none renames a store another has just made. A *busy* file (another program holds
it locked) is waited for, with a warning, and never renamed. A file or folder that
*cannot be used* (a home that is a file, no permission, read-only) raises
:class:`StoreUnavailable` naming the path and the fix; :func:`default_store` then keeps
the session working in memory and says that progress is not being saved. Missing
tables or columns are added when a store opens.

Writes are one short statement each on one connection kept open per store
(WAL, ``synchronous=NORMAL``: a write that returned survives a killed kernel), so a
click costs well under a millisecond and a second kernel writing to the same file
waits its turn instead of failing. On a network file system, where WAL is unsafe,
the store uses a rollback journal (:func:`journal_mode`, ``$CAREERKIT_JOURNAL``). A
failed write raises :class:`StoreError` saying what was not saved and what to do.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from careerkit.content.locations import HOME_VARIABLE, learner_home
from careerkit.content.safewrite import write_csv_atomic, write_text_atomic

SCHEMA_VERSION = 1
STORE_KIND = "careerkit-progress"
FILE_NAME = "progress.sqlite3"
BUSY_TIMEOUT_MS = 10_000

# Every table shares id, at (UTC ISO 8601) and notebook; the rest is per table.
TABLES: dict[str, str] = {
    "answers": "item_id TEXT NOT NULL, kind TEXT NOT NULL, correct INTEGER NOT NULL, "
    "score REAL NOT NULL, response TEXT NOT NULL",
    "reviews": "card_id TEXT NOT NULL, rating INTEGER NOT NULL, card_state TEXT NOT NULL, due TEXT NOT NULL",
    "sections": "section TEXT NOT NULL",
    "reflections": "item_id TEXT NOT NULL, text TEXT NOT NULL",
    "self_assessments": "item_id TEXT NOT NULL, rating INTEGER NOT NULL, note TEXT NOT NULL",
    "roadmap": "node_id TEXT NOT NULL, status TEXT NOT NULL",
    "plans": "name TEXT NOT NULL, plan TEXT NOT NULL",
}
INDEXES = (
    "CREATE INDEX IF NOT EXISTS answers_item ON answers(item_id)",
    "CREATE INDEX IF NOT EXISTS reviews_card ON reviews(card_id)",
)
RESET_HELP = (
    "scope is 'everything', 'notebook <name>' (e.g. 'notebook 05_leadership') "
    "or 'card <card id>' (e.g. 'card glossary:cloud-computing')"
)


class StoreRecoveredWarning(UserWarning):
    """A progress file could not be used and was moved aside (its path is in the message)."""


class StoreRepairedWarning(UserWarning):
    """A store missing tables or columns of this careerkit was brought up to date (nothing was removed)."""


class StoreBusyWarning(UserWarning):
    """Another program holds the store locked; careerkit is waiting for it (the file is left alone)."""


class ProgressNotSavedWarning(UserWarning):
    """The store cannot be used; this session keeps progress in memory only (the message says why and what to do)."""


class StoreError(RuntimeError):
    """The store cannot be opened or a write failed; the message names the path and what to do."""


class StoreUnavailable(StoreError):
    """The store cannot be opened at all (busy, unreadable, read-only, not a file); nothing was moved."""


# SQLite's primary result codes, as sqlite3.Error.sqlite_errorcode & 0xFF reports them.
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_DENIED_CODES = {3, 8, 14, 23}  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH
_FULL_CODES = {13}  # SQLITE_FULL
BUSY_RETRIES = 3
"""How many more times opening tries after waiting BUSY_TIMEOUT_MS for a store another program holds."""
LOCK_WAIT_S = 60.0
"""How long an opener waits for another process that is checking or repairing the same store."""
JOURNAL_VARIABLE = "CAREERKIT_JOURNAL"
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph",
    "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "beegfs", "fuse.s3fs", "fuse.gcsfuse", "fuse.rclone",
    "davfs", "fuse.davfs2", "ncpfs", "coda", "virtiofs", "vboxsf", "fuse.cephfs", "fuse.juicefs",
})
"""File systems where SQLite's WAL mode is not safe (its shared memory needs one machine's locks)."""


def _error_kind(error: BaseException) -> str:
    """'busy', 'corrupt', 'denied', 'full' or 'other' for an sqlite3 error, from its code (text as a fallback)."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in _BUSY_CODES or "locked" in text or "busy" in text:
        return "busy"
    if primary in _CORRUPT_CODES or "not a database" in text or "malformed" in text:
        return "corrupt"
    if primary in _DENIED_CODES or "readonly" in text or "read-only" in text or "unable to open" in text:
        return "denied"
    if primary in _FULL_CODES or "disk is full" in text:
        return "full"
    return "other"


def utc_stamp(at: datetime | None = None) -> str:
    """One timestamp format everywhere, so rows sort and compare as plain text."""
    if at is None:
        at = datetime.now(UTC)
    elif at.tzinfo is None:
        raise ValueError(f"timestamp {at.isoformat()} has no time zone; pass an aware datetime (e.g. tz=timezone.utc)")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def home_dir() -> Path:
    """The directory holding the store (see ``careerkit.content.locations.learner_home``)."""
    return learner_home()


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field} must be a non-empty string, got {value!r}")
    return value


def _encodable(value: Any, field: str) -> Any:
    """Refuse text SQLite cannot store (a lone surrogate, e.g. from a broken paste) before anything is written."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(
                f"{field} holds a character that cannot be saved ({value[error.start]!r} at position {error.start}, "
                "half of a character pair, often left by a broken copy and paste); remove it and try again. "
                "Nothing was saved."
            ) from None
    return value


# ---------------------------------------------------------------- where the file lives


def _fix_home() -> str:
    return (f"set {HOME_VARIABLE} to a folder you can write (for example ~/careerkit-progress) "
            "and restart the kernel")


def _unavailable(path: Path, problem: str, fix: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"careerkit cannot keep your progress in {path}: {problem}. To fix it: {fix}. "
        "Until then the workbook works, but progress is not being saved."
    )


def _first_file_above(folder: Path) -> Path | None:
    for parent in [folder, *folder.parents]:
        if parent.exists() and not parent.is_dir():
            return parent
    return None


def _prepare_folder(path: Path) -> None:
    """Make the store's folder, or say in one message why it cannot be there and what to do."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = _first_file_above(folder) or folder
        what = "is a file, not a folder" if blocker == folder else f"is inside {blocker}, which is a file, not a folder"
        raise _unavailable(folder, f"{folder} {what}", f"move that file away or {_fix_home()}") from None
    except PermissionError:
        raise _unavailable(folder, "you have no permission to create that folder", _fix_home()) from None
    except OSError as error:
        raise _unavailable(folder, f"the folder cannot be created ({error.strerror})", _fix_home()) from None
    if path.is_dir():
        raise _unavailable(path, "that name is a folder, not a file",
                           f"rename or remove the folder {path} (careerkit keeps progress in a file of that name), "
                           f"or {_fix_home()}")
    if path.exists() and not os.access(path, os.R_OK):
        raise _unavailable(path, "you have no permission to read the file",
                           f"give yourself read and write permission (chmod u+rw '{path}') or {_fix_home()}")
    if path.exists() and not os.access(path, os.W_OK):
        raise _unavailable(path, "the file is read-only",
                           f"give yourself write permission (chmod u+w '{path}') or {_fix_home()}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _unavailable(path, f"the folder {folder} is read-only (SQLite writes a journal beside the file)",
                           f"give yourself write permission on it (chmod u+w '{folder}') or {_fix_home()}")


@contextlib.contextmanager
def _opening_lock(path: Path):
    """Hold ``<store>.lock`` while one process checks, sets aside or creates the store.

    Openers take turns, so only one decides what happens to a bad file, and the file it
    sets aside is the one it checked, never a store another process has just created.
    The lock file is never deleted (deleting it would let two openers hold different locks).
    """
    lock_path = path.with_name(path.name + ".lock")
    try:
        try:
            descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError:  # a lock file another account made: a read-only descriptor locks as well
            descriptor = os.open(lock_path, os.O_RDONLY)
    except OSError as error:
        raise _unavailable(path, f"careerkit cannot create its lock file {lock_path} ({error.strerror})",
                           f"give yourself write permission on {path.parent} or {_fix_home()}") from None
    try:
        _lock(descriptor, path)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock, also when the process is killed


def _lock(descriptor: int, path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own locking still keeps writes safe
        return
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise _unavailable(path, f"another process has been opening it for over {LOCK_WAIT_S:.0f} s",
                                   "restart the other notebooks' kernels, then this one") from None
            time.sleep(0.01)
        except OSError:  # a file system without flock: SQLite's locks still apply
            return


def _mount_type(folder: Path, mounts: str | None = None) -> str:
    """The file system type of the mount holding ``folder`` (from /proc/mounts, or ``mounts``), or '' when unknown."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    lines = mounts.splitlines()
    target = str(folder.resolve())
    best, kind = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def journal_mode(folder: Path) -> str:
    """'wal' normally; 'delete' (a rollback journal) on a network file system or when $CAREERKIT_JOURNAL says so.

    WAL keeps its index in shared memory, which needs every reader on one machine; on
    NFS, SMB or sshfs that is not true and WAL can lose or damage data.
    """
    chosen = os.environ.get(JOURNAL_VARIABLE, "").strip().lower()
    if chosen in ("wal", "delete"):
        return chosen
    if chosen:
        warnings.warn(f"{JOURNAL_VARIABLE}={chosen!r} is not 'wal' or 'delete'; careerkit chooses by itself",
                      UserWarning, stacklevel=3)
    return "delete" if _mount_type(folder) in NETWORK_FILE_SYSTEMS else "wal"


# ---------------------------------------------------------------- what is in the file


class _Busy(Exception):
    """Another program held the file locked for longer than the busy timeout."""


def _check_file(path: Path) -> tuple[str, str] | None:
    """Why an existing file cannot be opened as our store ('corrupt'/'foreign'/'schema', reason), or None.

    Raises _Busy when another program holds it locked, and StoreUnavailable when it
    cannot be read: neither is a reason to set the file aside.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return "corrupt", "not an SQLite database"
    except PermissionError:
        raise _unavailable(path, "you have no permission to read the file",
                           f"give yourself read and write permission (chmod u+rw '{path}') or {_fix_home()}") from None
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                return "corrupt", f"SQLite integrity check failed: {check}"
            return _check_schema(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        kind = _error_kind(error)
        if kind == "busy":
            raise _Busy(str(error)) from None
        if kind == "corrupt":
            return "corrupt", f"SQLite cannot read it: {error}"
        raise _unavailable(path, f"SQLite cannot open it ({error})",
                           f"check the file's permissions (chmod u+rw '{path}') or {_fix_home()}") from None


def _columns(connection: sqlite3.Connection, table: str) -> list[tuple[str, bool, Any]]:
    """(name, not null, default) of each column of a table; empty when there is no such table."""
    return [(row[1], bool(row[3]), row[4]) for row in connection.execute(f"PRAGMA table_info({table})")]


def _check_schema(connection: sqlite3.Connection) -> tuple[str, str] | None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if not tables and version == 0:
        return None
    if "careerkit_meta" not in tables:
        return "foreign", f"an SQLite file without careerkit's tables (it has {sorted(tables) or 'none'})"
    kind = connection.execute("SELECT value FROM careerkit_meta WHERE key='kind'").fetchone()
    if kind is None or kind[0] != STORE_KIND:
        return "foreign", f"an SQLite file of another kind ({kind[0] if kind else 'no kind recorded'})"
    if version > SCHEMA_VERSION:
        return "foreign", f"written by a newer careerkit (schema {version}, this one reads {SCHEMA_VERSION})"
    for table in TABLES:
        expected = set(table_columns(table))
        blocking = [name for name, not_null, default in _columns(connection, table)
                    if name not in expected and not_null and default is None]
        if blocking:
            return "schema", (f"its {table} table has columns careerkit does not know and cannot fill "
                              f"({', '.join(blocking)})")
    return None


def _move_aside(path: Path, label: str, reason: str, checked: os.stat_result) -> Path | None:
    """Rename the checked file (and its WAL side files) to a unique name; None if it changed meanwhile."""
    current = os.stat(path)
    if (current.st_dev, current.st_ino) != (checked.st_dev, checked.st_ino):
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}-{os.getpid()}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    warnings.warn(
        f"careerkit could not use the progress store {path} ({reason}).\n"
        f"It was moved to {target} (nothing was deleted) and a fresh store was started at {path}.",
        StoreRecoveredWarning,
        stacklevel=5,
    )
    return target


def _memory_copy(path: Path | None) -> sqlite3.Connection:
    """An in-memory store, holding a copy of the file's progress when it can still be read."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    if path is not None and path.is_file():
        quoted = str(path.absolute()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
        try:
            source = sqlite3.connect(f"file:{quoted}?mode=ro&immutable=1", uri=True)
            try:
                if _check_schema(source) is None:
                    source.backup(memory)
            finally:
                source.close()
        except (sqlite3.Error, OSError):
            memory.close()
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _create_schema(memory)
    return memory


class ProgressStore:
    """A learner's progress in one SQLite file; one open connection, short write transactions.

    Pass ``path`` for a specific file (tests, the class view); otherwise the file is
    ``progress.sqlite3`` in :func:`home_dir`. Most code should use :func:`default_store`,
    which falls back to :meth:`unsaved` (progress kept in memory, with a warning) when
    the file cannot be used; ``ProgressStore(path)`` raises :class:`StoreUnavailable`.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else home_dir() / FILE_NAME
        self.moved_aside: Path | None = None
        self.not_saved: str | None = None
        """Why progress is kept in memory only (None when it is saved to ``path``)."""
        self.journal = "wal"
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._connect()

    @classmethod
    def unsaved(cls, path: str | os.PathLike | None, reason: str) -> ProgressStore:
        """A store in memory: widgets work, nothing outlives the kernel; ``reason`` says why and what to do."""
        store = cls.__new__(cls)
        store.path = Path(path) if path is not None else home_dir() / FILE_NAME
        store.moved_aside, store.not_saved, store.journal = None, reason, "memory"
        store._lock = threading.Lock()
        store._connection = _memory_copy(store.path)
        store._pid = os.getpid()
        return store

    @property
    def saving(self) -> bool:
        """Whether what is recorded reaches the file (False for an :meth:`unsaved` store)."""
        return self.not_saved is None

    # -- opening -------------------------------------------------------------------
    def _connect(self) -> None:
        _prepare_folder(self.path)
        with _opening_lock(self.path):
            for attempt in range(BUSY_RETRIES + 1):
                try:
                    self._connection = self._open_checked()
                    break
                except _Busy:
                    if attempt == 0:
                        warnings.warn(
                            f"careerkit is waiting for the progress store {self.path}: another program holds it "
                            f"locked. Trying {BUSY_RETRIES} more times, {BUSY_TIMEOUT_MS / 1000:g} s each.",
                            StoreBusyWarning, stacklevel=4,
                        )
            else:
                raise _unavailable(self.path, "another program kept it locked the whole time careerkit waited",
                                   "close other notebooks or programs using it (or restart their kernels), "
                                   "then restart this kernel; the file was left as it is")
        self._pid = os.getpid()

    def _open_checked(self) -> sqlite3.Connection:
        """Check the file, set it aside only if it is damaged or foreign, then open and migrate it."""
        checked = os.stat(self.path) if self.path.exists() else None
        problem = _check_file(self.path)
        if problem and checked is not None:
            try:
                moved = _move_aside(self.path, *problem, checked)
            except OSError as error:
                raise _unavailable(self.path, f"it cannot be used ({problem[1]}) and cannot be moved aside "
                                   f"({error.strerror or error})",
                                   f"move or rename the file yourself, or {_fix_home()}") from None
            self.moved_aside = moved or self.moved_aside
        self.journal = journal_mode(self.path.parent)
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _use_journal(connection, self.journal)
            connection.execute("PRAGMA synchronous=NORMAL" if self.journal == "wal" else "PRAGMA synchronous=FULL")
            repaired = _create_schema(connection)
        except sqlite3.DatabaseError as error:
            connection.close()
            kind = _error_kind(error)
            if kind == "busy":
                raise _Busy(str(error)) from None
            raise _unavailable(self.path, f"SQLite cannot write it ({error})",
                               f"check the permissions and free space of {self.path.parent}, or {_fix_home()}") from None
        except BaseException:
            connection.close()
            raise
        if repaired:
            warnings.warn(
                f"careerkit brought the progress store {self.path} up to date: added {', '.join(repaired)}. "
                "Nothing was removed.",
                StoreRepairedWarning, stacklevel=5,
            )
        return connection

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection; a forked child process opens its own (SQLite forbids sharing)."""
        if self._pid != os.getpid() or self._connection is None:
            self._connection = None
            if self.not_saved is not None:
                self._connection, self._pid = _memory_copy(None), os.getpid()
            else:
                self._connect()
        return self._connection

    def close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ProgressStore({str(self.path)!r})" if self.saving else f"ProgressStore.unsaved({str(self.path)!r})"

    def _write(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        """Run one write; a failure becomes a StoreError saying what was not saved and what to do."""
        try:
            with self._lock:
                return self.connection.execute(sql, params)
        except sqlite3.Error as error:
            raise self._write_error(error) from None

    def _write_error(self, error: sqlite3.Error) -> StoreError:
        kind, path = _error_kind(error), self.path
        reasons = {
            "busy": (f"another program kept {path} locked for {BUSY_TIMEOUT_MS / 1000:g} s",
                     "try again; if it keeps happening, close other notebooks using careerkit"),
            "denied": (f"{path} or its folder is read-only",
                       f"make it writable (chmod u+w '{path}' '{path.parent}') or {_fix_home()}"),
            "full": (f"the disk holding {path} is full", "free some space, then try again"),
            "corrupt": (f"{path} is damaged ({error})",
                        "restart the kernel: careerkit will move the file aside and start a fresh one"),
        }
        problem, fix = reasons.get(kind, (f"SQLite reported: {error}", "try again, or restart the kernel"))
        return StoreError(f"This was not saved: {problem}. To fix it: {fix}.")

    # -- writing -------------------------------------------------------------------
    def _insert(self, table: str, at: datetime | None, notebook: str, **values: Any) -> int:
        if not isinstance(notebook, str):
            raise ValueError(f"notebook must be a string such as '05_leadership', got {notebook!r}")
        columns = ["at", "notebook", *values]
        params = (utc_stamp(at), _encodable(notebook, "notebook"),
                  *(_encodable(value, name) for name, value in values.items()))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        return self._write(sql, params).lastrowid

    def record_answer(
        self,
        item_id: str,
        correct: bool,
        *,
        notebook: str = "",
        response: str = "",
        score: float | None = None,
        kind: str = "quiz",
        at: datetime | None = None,
    ) -> int:
        """Keep one answer (every attempt, not only the last); score defaults to 1.0/0.0 from ``correct``.

        ``item_id`` must be stable across runs (derived from the content), since the
        dashboard and the class view group attempts by it.
        """
        score = (1.0 if correct else 0.0) if score is None else float(score)
        if not 0.0 <= score <= 1.0:
            raise ValueError(f"score must be between 0 and 1 (a share of full marks), got {score}")
        return self._insert(
            "answers", at, notebook, item_id=_text(item_id, "item_id"), kind=_text(kind, "kind"),
            correct=int(bool(correct)), score=score, response=str(response),
        )

    def record_review(
        self, card_id: str, rating: int, card_state: dict | str, due: datetime, *, notebook: str = "",
        at: datetime | None = None,
    ) -> int:
        """Keep one flashcard review with the scheduler's card state after it; returns the row id (for undo)."""
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got {rating!r}")
        state = card_state if isinstance(card_state, str) else json.dumps(card_state, sort_keys=True)
        return self._insert(
            "reviews", at, notebook, card_id=_text(card_id, "card_id"), rating=int(rating),
            card_state=state, due=utc_stamp(due),
        )

    def remove_review(self, review_id: int) -> None:
        """Undo one review, so the card's earlier state (or newness) is what the store reports again."""
        deleted = self._write("DELETE FROM reviews WHERE id=?", (review_id,)).rowcount
        if not deleted:
            raise ValueError(f"no review with id {review_id} in {self.path}; it may already have been undone or reset")

    def record_section(self, notebook: str, section: str, *, at: datetime | None = None) -> int:
        """Mark a notebook section finished; marking it again keeps the first time."""
        existing = self.connection.execute(
            "SELECT id FROM sections WHERE notebook=? AND section=?", (_text(notebook, "notebook"), section)
        ).fetchone()
        if existing:
            return existing[0]
        return self._insert("sections", at, notebook, section=_text(section, "section"))

    def record_reflection(self, item_id: str, text: str, *, notebook: str = "", at: datetime | None = None) -> int:
        """Save a reflection; the latest text wins on reading, earlier drafts stay in the history."""
        if not isinstance(text, str):
            raise ValueError(f"reflection text must be a string, got {type(text).__name__}")
        return self._insert("reflections", at, notebook, item_id=_text(item_id, "item_id"), text=text)

    def record_self_assessment(
        self, item_id: str, rating: int, *, note: str = "", notebook: str = "", at: datetime | None = None
    ) -> int:
        """Save how a learner rates themselves on one skill (latest wins, history kept)."""
        if isinstance(rating, bool) or not isinstance(rating, int):
            raise ValueError(f"self-assessment rating must be a whole number, got {rating!r}")
        return self._insert(
            "self_assessments", at, notebook, item_id=_text(item_id, "item_id"), rating=rating, note=str(note)
        )

    def record_roadmap_status(
        self, node_id: str, status: str, *, notebook: str = "", at: datetime | None = None
    ) -> int:
        """Save a roadmap node's status (e.g. 'done', 'in progress'); latest wins, history kept."""
        return self._insert(
            "roadmap", at, notebook, node_id=_text(node_id, "node_id"), status=_text(status, "status")
        )

    def save_plan(self, plan: dict, *, name: str = "default", notebook: str = "", at: datetime | None = None) -> int:
        """Save a planner's plan as JSON; the latest under ``name`` is what :meth:`plan` returns."""
        try:
            text = json.dumps(plan, sort_keys=True)
        except TypeError as error:
            raise ValueError(f"a plan must be JSON-serialisable (dicts, lists, strings, numbers): {error}") from None
        return self._insert("plans", at, notebook, name=_text(name, "name"), plan=text)

    # -- reading -------------------------------------------------------------------
    def _frame(self, table: str, where: str = "", params: tuple = ()):
        import pandas as pd

        with self._lock:
            cursor = self.connection.execute(f"SELECT * FROM {table} {where} ORDER BY at, id", params)
            rows = cursor.fetchall()
            columns = [d[0] for d in cursor.description]
        frame = pd.DataFrame(rows, columns=columns)
        frame["at"] = pd.to_datetime(frame["at"], utc=True, format="ISO8601")
        return frame

    def _by_notebook(self, table: str, notebook: str | None):
        return self._frame(table, "WHERE notebook=?", (notebook,)) if notebook is not None else self._frame(table)

    def rows(self, table: str) -> list[dict]:
        """One table as plain dicts, oldest first: cheaper than a DataFrame for a quick count."""
        if table not in TABLES:
            raise ValueError(f"unknown progress table {table!r}; tables: {', '.join(TABLES)}")
        with self._lock:
            return _rows(self.connection, table)

    def answers(self, notebook: str | None = None):
        """Every answer, oldest first: id, at, notebook, item_id, kind, correct (bool), score, response."""
        frame = self._by_notebook("answers", notebook)
        frame["correct"] = frame["correct"].astype(bool)
        return frame

    def reviews(self, card_id: str | None = None):
        """Every card review, oldest first: id, at, notebook, card_id, rating (1-4), card_state (JSON), due."""
        frame = self._frame("reviews", "WHERE card_id=?", (card_id,)) if card_id else self._frame("reviews")
        import pandas as pd

        frame["due"] = pd.to_datetime(frame["due"], utc=True, format="ISO8601")
        return frame

    def card_states(self) -> dict[str, dict]:
        """Each reviewed card's latest scheduler state (a dict), keyed by card id."""
        with self._lock:
            rows = self.connection.execute(
                "SELECT card_id, card_state FROM reviews WHERE id IN (SELECT MAX(id) FROM reviews GROUP BY card_id)"
            ).fetchall()
        return {card_id: json.loads(state) for card_id, state in rows}

    def first_reviews(self) -> dict[str, datetime]:
        """When each card was first reviewed (its introduction), keyed by card id; for daily new-card limits."""
        with self._lock:
            rows = self.connection.execute("SELECT card_id, MIN(at) FROM reviews GROUP BY card_id").fetchall()
        return {card_id: datetime.fromisoformat(at) for card_id, at in rows}

    def sections(self, notebook: str | None = None):
        """Finished sections: id, at, notebook, section."""
        return self._by_notebook("sections", notebook)

    def reflections(self, latest_only: bool = False):
        """Reflections: id, at, notebook, item_id, text; with ``latest_only`` one row per item."""
        return _latest(self._frame("reflections"), "item_id") if latest_only else self._frame("reflections")

    def reflection(self, item_id: str) -> str | None:
        """The latest saved text for one reflection prompt, or None if nothing was saved."""
        row = self.connection.execute(
            "SELECT text FROM reflections WHERE item_id=? ORDER BY id DESC LIMIT 1", (item_id,)
        ).fetchone()
        return row[0] if row else None

    def self_assessments(self, latest_only: bool = True):
        """Self-assessment ratings: id, at, notebook, item_id, rating, note (latest per item by default)."""
        frame = self._frame("self_assessments")
        return _latest(frame, "item_id") if latest_only else frame

    def roadmap_statuses(self) -> dict[str, str]:
        """Each roadmap node's latest status, keyed by node id."""
        frame = _latest(self._frame("roadmap"), "node_id")
        return dict(zip(frame["node_id"], frame["status"]))

    def roadmap(self):
        """Roadmap status history: id, at, notebook, node_id, status."""
        return self._frame("roadmap")

    def plan(self, name: str = "default") -> dict | None:
        """The latest plan saved under ``name``, or None."""
        row = self.connection.execute(
            "SELECT plan FROM plans WHERE name=? ORDER BY id DESC LIMIT 1", (name,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def plans(self):
        """Saved plans history: id, at, notebook, name, plan (JSON text)."""
        return self._frame("plans")

    def activity_times(self) -> list[datetime]:
        """When anything at all was recorded (for streaks), across every table."""
        union = " UNION ALL ".join(f"SELECT at FROM {table}" for table in TABLES)
        with self._lock:
            rows = self.connection.execute(union).fetchall()
        return [datetime.fromisoformat(row[0]) for row in rows]

    # -- export and reset ----------------------------------------------------------
    def to_dict(self, learner_name: str | None = None) -> dict:
        """Everything in the store as plain data; no host name, path or account name is included."""
        return export_dict(self.connection, learner_name, self._lock)

    def export_json(self, path: str | os.PathLike, learner_name: str | None = None) -> Path:
        """Write every table to one JSON file (the class view reads these); returns the path.

        The file is written whole or not at all (``careerkit.present.files.write_text_atomic``):
        a name that cannot be encoded is refused before an earlier export is touched.
        """
        _encodable(learner_name, "the learner's name")
        return write_text_atomic(path, json.dumps(self.to_dict(learner_name), indent=1, ensure_ascii=False))

    def export_csv(self, directory: str | os.PathLike, learner_name: str | None = None) -> list[Path]:
        """Write one CSV per table (``progress-<table>.csv``) into ``directory``; returns the paths."""
        _encodable(learner_name, "the learner's name")
        directory = Path(directory)
        written = []
        for table, rows in self.to_dict(learner_name)["tables"].items():
            header = (["learner"] if learner_name else []) + table_columns(table)
            cells = [([learner_name] if learner_name else []) + [row.get(name) for name in table_columns(table)]
                     for row in rows]
            written.append(write_csv_atomic(directory / f"progress-{table}.csv", header, cells))
        return written

    def reset(self, scope: str, *, confirm: str | None = None) -> int:
        """Delete progress in ``scope`` only when ``confirm`` repeats the scope word for word.

        Returns how many rows were deleted. Scopes: 'everything', 'notebook <name>',
        'card <card id>'.
        """
        statements = _reset_statements(scope)
        if confirm != scope:
            raise ValueError(
                f"nothing was deleted: to reset {scope!r}, pass confirm={scope!r} (the same words as the scope)"
            )
        deleted = 0
        with self._lock:
            connection = self.connection
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    for sql, params in statements:
                        deleted += connection.execute(sql, params).rowcount
                    connection.execute("COMMIT")
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
            except sqlite3.Error as error:
                raise self._write_error(error) from None
        return deleted


def _latest(frame, key: str):
    return frame.drop_duplicates(key, keep="last").reset_index(drop=True)


def table_columns(table: str) -> list[str]:
    """A table's column names in export order (id, at, notebook, then its own)."""
    return ["id", "at", "notebook", *(part.split()[0] for part in TABLES[table].split(", "))]


def _reset_statements(scope: str) -> list[tuple[str, tuple]]:
    if not isinstance(scope, str):
        raise ValueError(f"reset scope must be a string; {RESET_HELP}")
    word, _, name = scope.partition(" ")
    if scope == "everything":
        return [(f"DELETE FROM {table}", ()) for table in TABLES]
    if word == "notebook" and name.strip():
        return [(f"DELETE FROM {table} WHERE notebook=?", (name,)) for table in TABLES]
    if word == "card" and name.strip():
        return [("DELETE FROM reviews WHERE card_id=?", (name,))]
    raise ValueError(f"unknown reset scope {scope!r}: {RESET_HELP}")


def _use_journal(connection: sqlite3.Connection, mode: str) -> None:
    """Switch to WAL or a rollback journal, retrying briefly: the switch needs a moment alone with the file."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if connection.execute(f"PRAGMA journal_mode={mode.upper()}").fetchone()[0].lower() == mode:
                return
        except sqlite3.OperationalError as error:
            if _error_kind(error) != "busy":
                raise
        if time.monotonic() > deadline:
            raise _Busy(f"could not switch the journal to {mode}: another process holds the file")
        time.sleep(0.05)


_SQL_DEFAULTS = {"TEXT": "''", "INTEGER": "0", "REAL": "0"}


def _create_schema(connection: sqlite3.Connection) -> list[str]:
    """Create missing tables and columns in one transaction; return what was added to an existing store.

    A second process never sees half a schema, and a store from an older careerkit (or
    one whose table was dropped) gains what is missing without losing a row.
    """
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION and not _missing(connection):
        return []
    added: list[str] = []
    connection.execute("BEGIN IMMEDIATE")
    try:
        existing = connection.execute("SELECT 1 FROM sqlite_master WHERE name='careerkit_meta'").fetchone()
        connection.execute("CREATE TABLE IF NOT EXISTS careerkit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("INSERT OR REPLACE INTO careerkit_meta VALUES ('kind', ?)", (STORE_KIND,))
        for table, columns in TABLES.items():
            have = {name for name, _, _ in _columns(connection, table)}
            if not have:
                connection.execute(
                    f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                    f"notebook TEXT NOT NULL, {columns})"
                )
                added.append(f"the {table} table")
                continue
            for name, sql_type in [("at", "TEXT"), ("notebook", "TEXT"),
                                   *(part.split()[:2] for part in columns.split(", "))]:
                if name not in have:
                    connection.execute(
                        f"ALTER TABLE {table} ADD COLUMN {name} {sql_type} NOT NULL DEFAULT {_SQL_DEFAULTS[sql_type]}"
                    )
                    added.append(f"column {name} of {table}")
        for sql in INDEXES:
            connection.execute(sql)
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return added if existing else []


def _missing(connection: sqlite3.Connection) -> bool:
    """Whether any careerkit table or column is absent (a table dropped, a column never added)."""
    for table in TABLES:
        have = {name for name, _, _ in _columns(connection, table)}
        if not have or not set(table_columns(table)) <= have:
            return True
    return False


def _rows(connection: sqlite3.Connection, table: str) -> list[dict]:
    cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def export_dict(connection: sqlite3.Connection, learner_name: str | None = None, lock=None) -> dict:
    """Every careerkit table of an open connection as a JSON-ready dict (the export format)."""
    tables = {}
    with lock or threading.Lock():
        for table in TABLES:
            tables[table] = _rows(connection, table)
    return {
        "format": STORE_KIND,
        "schema_version": SCHEMA_VERSION,
        "exported_at": utc_stamp(),
        "learner_name": learner_name,
        "tables": tables,
    }


def read_store_file(path: str | os.PathLike) -> dict:
    """A learner's store read without changing it (the class view); same shape as an export.

    Unlike :class:`ProgressStore`, a bad file is reported, not moved: it belongs to the learner.
    """
    path = Path(path)
    try:
        problem = _check_file(path) if path.is_file() else ("missing", "no such file")
    except _Busy:
        problem = ("busy", "another program holds it locked; try again in a moment")
    except StoreUnavailable as error:
        raise ValueError(str(error)) from None
    if problem:
        raise ValueError(f"{path}: not a readable careerkit progress store ({problem[1]})")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return export_dict(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise ValueError(f"{path}: SQLite could not read it ({error})") from None


_default: dict[str, Any] = {}


def default_store() -> ProgressStore:
    """The store every widget shares in this process; re-opened if $CAREERKIT_HOME changed.

    When the file cannot be used (see :class:`StoreUnavailable`) the workbook keeps
    working on a store in memory, and one :class:`ProgressNotSavedWarning` says why,
    names the path and the fix; ``store.not_saved`` holds the same text for views.
    """
    path = home_dir() / FILE_NAME
    key = (str(path), os.getpid())
    if _default.get("key") != key:
        try:
            _default["store"] = ProgressStore(path)
        except StoreUnavailable as error:
            warnings.warn(str(error), ProgressNotSavedWarning, stacklevel=2)
            _default["store"] = ProgressStore.unsaved(path, str(error))
        _default["key"] = key
    return _default["store"]


def store_or_default(store: ProgressStore | None) -> ProgressStore:
    """The store a caller passed, else the learner's own (every widget and page takes ``store=None``)."""
    return default_store() if store is None else store
