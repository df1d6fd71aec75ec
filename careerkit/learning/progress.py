"""Where a learner's work is kept between sessions: one SQLite file per learner.

Every widget writes here (answers, card reviews, finished sections, reflections,
self-assessment ratings, roadmap statuses, saved plans), and the dashboard,
the flashcards and the instructor's class view read it back.

The file lives in ``$CAREERKIT_HOME`` when that is set (workshops and JupyterHub
set one per learner) and otherwise in the user's data directory. A store that
cannot be read is moved aside, never deleted, and a fresh one is started, so a
damaged file costs a warning rather than a crashed notebook.

Writes are one short statement each on one connection kept open per store
(WAL, ``synchronous=NORMAL``), so a click costs well under a millisecond and a
second kernel writing to the same file waits its turn instead of failing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
STORE_KIND = "careerkit-progress"
FILE_NAME = "progress.sqlite3"
HOME_VARIABLE = "CAREERKIT_HOME"
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


def utc_stamp(at: datetime | None = None) -> str:
    """One timestamp format everywhere, so rows sort and compare as plain text."""
    if at is None:
        at = datetime.now(timezone.utc)
    elif at.tzinfo is None:
        raise ValueError(f"timestamp {at.isoformat()} has no time zone; pass an aware datetime (e.g. tz=timezone.utc)")
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def home_dir() -> Path:
    """The directory holding the store: $CAREERKIT_HOME, else the platform's user data dir."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("careerkit"))


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field} must be a non-empty string, got {value!r}")
    return value


def _check_file(path: Path) -> tuple[str, str] | None:
    """Why an existing file cannot be opened as our store ('corrupt'/'foreign', reason), or None."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return "corrupt", "not an SQLite database"
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
        return "corrupt", f"SQLite cannot read it: {error}"


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
    return None


def _move_aside(path: Path, label: str, reason: str) -> Path:
    """Rename the file (and its WAL side files) so nothing is lost; return the new path."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    warnings.warn(
        f"careerkit could not use the progress store {path} ({reason}). "
        f"It was moved to {target} (nothing was deleted) and a fresh store was started at {path}.",
        StoreRecoveredWarning,
        stacklevel=4,
    )
    return target


class ProgressStore:
    """A learner's progress in one SQLite file; one open connection, short write transactions.

    Pass ``path`` for a specific file (tests, the class view); otherwise the file is
    ``progress.sqlite3`` in :func:`home_dir`. Most code should use :func:`default_store`.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else home_dir() / FILE_NAME
        self.moved_aside: Path | None = None
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._connect()

    # -- opening -------------------------------------------------------------------
    def _connect(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        problem = _check_file(self.path)
        if problem:
            self.moved_aside = _move_aside(self.path, *problem)
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _use_wal(connection)
        connection.execute("PRAGMA synchronous=NORMAL")
        _create_schema(connection)
        self._connection = connection
        self._pid = os.getpid()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection; a forked child process opens its own (SQLite forbids sharing)."""
        if self._pid != os.getpid() or self._connection is None:
            self._connection = None
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
        return f"ProgressStore({str(self.path)!r})"

    # -- writing -------------------------------------------------------------------
    def _insert(self, table: str, at: datetime | None, notebook: str, **values: Any) -> int:
        if not isinstance(notebook, str):
            raise ValueError(f"notebook must be a string such as '05_leadership', got {notebook!r}")
        columns = ["at", "notebook", *values]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        with self._lock:
            cursor = self.connection.execute(sql, (utc_stamp(at), notebook, *values.values()))
        return cursor.lastrowid

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
        with self._lock:
            deleted = self.connection.execute("DELETE FROM reviews WHERE id=?", (review_id,)).rowcount
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
        """Write every table to one JSON file (the class view reads these); returns the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(learner_name), indent=1, ensure_ascii=False), encoding="utf-8")
        return path

    def export_csv(self, directory: str | os.PathLike, learner_name: str | None = None) -> list[Path]:
        """Write one CSV per table (``progress-<table>.csv``) into ``directory``; returns the paths."""
        import pandas as pd

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for table, rows in self.to_dict(learner_name)["tables"].items():
            frame = pd.DataFrame(rows, columns=table_columns(table))
            if learner_name:
                frame.insert(0, "learner", learner_name)
            target = directory / f"progress-{table}.csv"
            frame.to_csv(target, index=False)
            written.append(target)
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
            connection.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    deleted += connection.execute(sql, params).rowcount
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
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


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch to WAL, retrying briefly: the switch needs a moment alone with the file."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() == "wal":
                return
        except sqlite3.OperationalError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("could not switch the progress store to WAL mode: another process holds it locked")
        time.sleep(0.05)


def _create_schema(connection: sqlite3.Connection) -> None:
    """Create the tables once, in one transaction, so a second process never sees half a schema."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            connection.execute("CREATE TABLE IF NOT EXISTS careerkit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            connection.execute("INSERT OR REPLACE INTO careerkit_meta VALUES ('kind', ?)", (STORE_KIND,))
            for table, columns in TABLES.items():
                connection.execute(
                    f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                    f"notebook TEXT NOT NULL, {columns})"
                )
            for sql in INDEXES:
                connection.execute(sql)
            connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


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
    problem = _check_file(path) if path.exists() else ("missing", "no such file")
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
    """The store every widget shares in this process; re-opened if $CAREERKIT_HOME changed."""
    path = home_dir() / FILE_NAME
    key = (str(path), os.getpid())
    if _default.get("key") != key:
        _default["store"] = ProgressStore(path)
        _default["key"] = key
    return _default["store"]


def store_or_default(store: ProgressStore | None) -> ProgressStore:
    """The store a caller passed, else the learner's own (every widget and page takes ``store=None``)."""
    return default_store() if store is None else store
