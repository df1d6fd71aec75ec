"""The shape of every content table, declared once beside the data it describes.

Like a Frictionless table schema, each field carries a description and its
constraints. ``careerkit.content`` checks every file against these declarations
when it loads them, and builds each loader's column list from them, so the
documentation cannot drift from the check.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    """One field of a table and the rules its cells must follow.

    kind is ``text``, ``int``, ``bool`` or ``list`` (``;``-separated in a CSV,
    a YAML sequence in YAML). refers_to names a table whose ``id`` every value
    must be; choices lists the only values allowed.
    """

    name: str
    description: str
    kind: str = "text"
    required: bool = True
    refers_to: str | None = None
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    """A regular expression every value (each item of a list) must match in full."""
    pattern_note: str = ""
    """The documented format in words, quoted in the error when a value breaks ``pattern``."""
    unique: bool = False
    """No two rows may share a value (e.g. a stage's order)."""


Rule = Callable[[dict], "tuple[str, str] | None"]
"""A check across cells of one row: returns (column, problem) or None."""


@dataclass(frozen=True)
class Table:
    """One data file: its columns, the columns that identify a row, and row rules."""

    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("id",)
    rules: tuple[Rule, ...] = field(default=())
    rows: int | None = None
    """How many rows the seeds fix (e.g. eleven glossary terms), checked on load; None when they fix none."""

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"


ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ID_FORMAT = "lower-case letters and digits, words joined by single hyphens (e.g. 'help-desk-technician')"
SEED_COUNTS = {"glossary": 11, "traits": 8, "stages": 4}
"""Row counts the seeds fix: seed 001 lists eleven key concepts and eight traits, seed 000 four stages."""


def _id(what: str) -> Column:
    return Column("id", f"stable identifier of the {what}, lower-case words joined by hyphens",
                  pattern=ID_PATTERN, pattern_note=ID_FORMAT)


SOURCE = Column(
    "source",
    "where the row's facts come from: ids in sources.csv, several joined by ';'",
    kind="list",
    refers_to="sources",
)
STAGE = Column("stage", "career stage id from stages.csv", refers_to="stages")
PATHWAY_STEP = Column(
    "pathway_step",
    "step (1-5) of the leadership career pathway in seed 001, if the row belongs to one",
    kind="int",
    required=False,
    minimum=1,
    maximum=5,
)
BOOL = "bool"


def _step_requires(kind_value: str, column: str) -> Rule:
    """A skill of one kind must say which stage or step it belongs to; others must not."""

    def rule(row: dict) -> tuple[str, str] | None:
        has_value = row[column] is not None
        if row["kind"] == kind_value and not has_value:
            return column, f"is empty but a '{kind_value}' skill needs it"
        if row["kind"] != kind_value and has_value:
            return column, f"must be empty for a '{row['kind']}' skill"
        return None

    return rule


def _years_in_order(row: dict) -> tuple[str, str] | None:
    low, high = row.get("years_min"), row.get("years_max")
    if low is not None and high is not None and low > high:
        return "years_max", f"is {high}, below years_min {low}"
    return None


def _noc_code_and_teer(row: dict) -> tuple[str, str] | None:
    """A NOC code is five digits whose second is the TEER; fit none goes with no code."""
    code, teer = row.get("noc_code"), row.get("teer")
    if code is None:
        if row.get("noc_fit") != "none":
            return "noc_code", f"is empty but the fit is '{row.get('noc_fit')}'; only fit 'none' has no code"
        return ("teer", "must be empty when there is no code") if teer is not None else None
    if not code.isdigit() or len(code) != 5:
        return "noc_code", f"is '{code}', expected five digits like 21232"
    if row.get("noc_fit") == "none":
        return "noc_fit", "is 'none' but a code is given"
    if teer != int(code[1]):
        return "teer", f"is {teer}, but the TEER of {code} is its second digit, {code[1]}"
    return None


def _alternative_code_shape(row: dict) -> tuple[str, str] | None:
    """O*NET codes carry a two-digit detail suffix; SOC codes do not."""
    pattern = r"\d\d-\d{4}\.\d\d" if row.get("kind") == "onet" else r"\d\d-\d{4}"
    if not re.fullmatch(pattern, row.get("code") or ""):
        example = "15-2051.01" if row.get("kind") == "onet" else "13-1161"
        return "code", f"is '{row.get('code')}', expected a {row.get('kind')} code like {example}"
    return None


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table(
            "sources",
            "provenance ids: a section of a seed file, or a dataset's source file, cited by every other table",
            (
                Column("id", "seed file and section anchor ('001_...txt#key-concepts') or dataset release and file ('bls-oews-2025A01#oe.area')"),
                Column("title", "the document's title as a learner would cite it (seed 000 has none; the workbook names it)"),
                Column("url", "where the document can be read, if it has an address", required=False),
                Column("file", "the seed file the section is in, or the dataset's source file"),
                Column("section", "the section's heading or place in the seed, or what the dataset file holds"),
                Column("note", "what the section holds", required=False),
            ),
        ),
        Table(
            "stages",
            "the four career stages of seed 000, in order",
            (
                _id("stage"),
                Column("order", "position from entry (1) to executive (4)", kind="int", minimum=1, maximum=4,
                       unique=True),
                Column("name", "the stage's name"),
                Column("years_min", "fewest years in the field the seeds give", kind="int", required=False, minimum=0),
                Column("years_max", "most years in the field the seeds give", kind="int", required=False, minimum=0),
                Column("years_note", "what the seeds say about time at this stage, or that they give no number"),
                Column("focus", "what the stage is about, in one sentence"),
                Column("expectations", "what the stage demands", kind="list"),
                SOURCE,
            ),
            rules=(_years_in_order,),
            rows=SEED_COUNTS["stages"],
        ),
        Table(
            "roles",
            "every role the seeds name, with its SOC 2018 occupation",
            (
                _id("role"),
                Column("title", "the role's title as a learner would say it"),
                Column("aliases", "other names for the role", kind="list", required=False),
                STAGE,
                Column(
                    "track",
                    "the kind of work the role belongs to",
                    choices=("software", "infrastructure", "data", "security", "product", "project", "management"),
                ),
                PATHWAY_STEP,
                Column("soc_code", "SOC 2018 occupation code, empty where no single code fits", required=False,
                       pattern=r"\d{2}-\d{4}", pattern_note="a SOC 2018 code: two digits, a hyphen, four digits (e.g. '15-1252')"),
                Column("soc_title", "SOC 2018 occupation title", required=False),
                Column("soc_reason", "why this code (or why none)"),
                SOURCE,
            ),
        ),
        Table(
            "moves",
            "possible next steps between roles",
            (
                Column("from_role", "role id the move starts from", refers_to="roles"),
                Column("to_role", "role id the move leads to", refers_to="roles"),
                Column(
                    "basis",
                    "stage: seed 000's stage order; pathway: seed 001's pathway; interpretation: ours",
                    choices=("stage", "pathway", "interpretation"),
                ),
                Column("years_min", "fewest years before the move, where the seeds give it", kind="int", required=False, minimum=0),
                Column("years_max", "most years before the move, where the seeds give it", kind="int", required=False, minimum=0),
                Column("reason", "why the move makes sense"),
                SOURCE,
            ),
            key=("from_role", "to_role"),
            rules=(_years_in_order,),
        ),
        Table(
            "noc",
            "each role's Canadian occupation: its NOC 2021 unit group (Statistics Canada), one row per role",
            (
                Column("role_id", "role id from roles.csv", refers_to="roles"),
                Column("noc_code", "NOC 2021 unit group, five digits; empty where no group fits", required=False),
                Column("noc_title", "the unit group's title", required=False),
                Column("teer", "TEER category 0-5: the code's second digit", kind="int", required=False, minimum=0, maximum=5),
                Column("noc_fit", "how well the group fits the role", choices=("good", "partial", "weak", "none")),
                Column("noc_reason", "why this group (or why none), in one line"),
                Column("noc_alternatives", "other unit groups the role can fall in, by duties", kind="list", required=False),
                SOURCE,
            ),
            key=("role_id",),
            rules=(_noc_code_and_teer,),
        ),
        Table(
            "soc_alternatives",
            "other US readings of a role: O*NET detail occupations and other SOC 2018 codes",
            (
                Column("role_id", "role id from roles.csv", refers_to="roles"),
                Column("code", "an O*NET-SOC detail code (15-2051.01) or a SOC 2018 code (13-1161)"),
                Column("title", "the occupation's title"),
                Column("kind", "onet: a detail inside a SOC code, with no OEWS wage of its own; soc: a SOC code with wages", choices=("onet", "soc")),
                Column("reason", "when the role reads as this occupation"),
                SOURCE,
            ),
            key=("role_id", "code"),
            rules=(_alternative_code_shape,),
        ),
        Table(
            "skills",
            "skills the seeds name: required, to develop, per stage and per pathway step",
            (
                _id("skill"),
                Column("name", "the skill's name"),
                Column(
                    "kind",
                    "required (seed 001's seven), develop (its six to work on), stage (seed 000), pathway (seed 001's steps)",
                    choices=("required", "develop", "stage", "pathway"),
                ),
                Column("stage", "stage id, for stage skills", required=False, refers_to="stages"),
                PATHWAY_STEP,
                Column("description", "what the skill means, in our words"),
                SOURCE,
            ),
            rules=(_step_requires("stage", "stage"), _step_requires("pathway", "pathway_step")),
        ),
        Table(
            "certifications",
            "every certification the seeds name",
            (
                _id("certification"),
                Column("name", "full name"),
                Column("abbreviation", "short name, if it has one", required=False),
                Column("issuer", "who awards it today, from the issuer's own site (the seed's wording is kept in issuer_note)", required=False),
                Column("issuer_note", "where the issuer comes from, and what the seed itself says"),
                Column("stage", "stage id where a seed places it", required=False, refers_to="stages"),
                PATHWAY_STEP,
                Column("domain", "the field it covers"),
                Column("requirements", "what the issuer asks before you can hold it (exams, experience), as of 2026"),
                Column(
                    "requirements_source",
                    "the issuer pages the requirements come from: ids in sources.csv",
                    kind="list",
                    refers_to="sources",
                ),
                SOURCE,
            ),
        ),
        Table(
            "education",
            "school subjects, degrees and entry routes the seeds name",
            (
                _id("education entry"),
                Column(
                    "level",
                    "high-school, undergraduate, graduate, pathway (a pathway step) or entry-route",
                    choices=("high-school", "undergraduate", "graduate", "pathway", "entry-route"),
                ),
                Column("name", "subject, degree or route"),
                Column("optional", "true where the seed calls it optional", kind=BOOL),
                Column("note", "what a learner should know about it"),
                SOURCE,
            ),
        ),
        Table(
            "glossary",
            "the eleven key concepts of seed 001",
            (
                _id("term"),
                Column("number", "position in the seed's list", kind="int", minimum=1, unique=True),
                Column("term", "the term as the seed names it"),
                Column("definition", "one or two sentences, in our words"),
                Column(
                    "category",
                    "a small group of related terms, so quiz distractors can be near misses",
                    choices=("strategy and governance", "delivery", "operations and service", "technology"),
                ),
                Column("synonyms", "answers a short-answer check accepts", kind="list"),
                Column("examples", "examples the seed gives", kind="list", required=False),
                SOURCE,
            ),
            rows=SEED_COUNTS["glossary"],
        ),
        Table(
            "day_in_the_life",
            "one activity in a technology leader's typical day",
            (
                Column("block_order", "position of the time block in the day", kind="int", minimum=1),
                Column("block", "the time block, e.g. 'Late afternoon'"),
                Column("block_heading_in_seed", "false where the seed lost the heading and the label is ours", kind=BOOL),
                Column("activity_order", "position within the block", kind="int", minimum=1),
                Column("activity", "the activity's short name"),
                Column("description", "what it involves, in our words"),
                SOURCE,
            ),
            key=("block_order", "activity_order"),
        ),
        Table(
            "tools",
            "one example tool of one of the nine tool categories",
            (
                Column("category_order", "position of the category in the seed", kind="int", minimum=1),
                Column("category", "the tool category"),
                Column("purpose", "what tools of this category are for, in our words"),
                Column("example", "a tool or resource the seed names"),
                SOURCE,
            ),
            key=("category", "example"),
        ),
        Table(
            "industries",
            "one example organisation type in one of the ten sectors",
            (
                Column("sector", "the sector"),
                Column("sector_heading_in_seed", "false where the seed lost the heading and the name is ours", kind=BOOL),
                Column("example", "a kind of organisation the seed names"),
                SOURCE,
            ),
            key=("sector", "example"),
        ),
        Table(
            "traits",
            "the eight personality traits of seed 001",
            (
                Column("number", "position in the seed's list", kind="int", minimum=1, unique=True),
                _id("trait"),
                Column("name", "the trait"),
                Column("description", "what it means, in our words"),
                Column("description_complete", "false where the seed's text is cut off", kind=BOOL),
                SOURCE,
            ),
            rows=SEED_COUNTS["traits"],
        ),
        Table(
            "work_settings",
            "where technology work is done",
            (_id("setting"), Column("name", "the setting"), Column("description", "what it means"), SOURCE),
        ),
        Table(
            "resources",
            "free resources and the online community the seed recommends",
            (
                _id("resource"),
                Column("name", "the resource"),
                Column("kind", "resource or community", choices=("resource", "community")),
                Column("offers", "what it offers, in our words"),
                Column("cost", "what it costs: free, partly free (some free articles, most research for paying clients), or that the seeds do not say"),
                SOURCE,
            ),
        ),
    )
}


USE_CASE = (
    _id("use case"),
    Column("title", "the use case's own title"),
    Column("seed_heading", "the heading in the seed, kept because the seed numbers both cases 1"),
    Column("level", "c-suite or middle-management", choices=("c-suite", "middle-management")),
    Column("role", "role id of the leader", refers_to="roles"),
    Column("setting", "the situation, in our words"),
    Column("goals", "what the organisation wants", kind="mappings"),
    Column("actions", "what the leader does, in the seed's order", kind="mappings"),
    Column("outcome", "how it ends, in our words"),
    SOURCE,
)
GOAL = (_id("goal"), Column("text", "the goal, in our words"))
ACTION = (
    Column("number", "position in the seed's list, from 1", kind="int", minimum=1),
    _id("action"),
    Column("title", "the action's short name"),
    Column("involves", "what the action involves, in our words"),
    Column("serves_goals", "goal ids this action serves (our interpretation)", kind="list"),
)
STATEMENT = (
    _id("statement"),
    Column("topic", "what the statement is about"),
    Column("text", "the statement, in our words"),
    SOURCE,
)
PAY_RANGE = (
    Column("low", "bottom of the range", kind="int", minimum=0),
    Column("high", "top of the range", kind="int", minimum=0),
    Column("open_ended_high", "true where the seed writes the top as 'N+'", kind=BOOL),
    Column("currency_note", "what the seed says about the currency"),
    Column("period", "annual or hourly", choices=("annual", "hourly")),
    Column("varies_by", "what the seed says the pay depends on", kind="list"),
    Column("applies_to", "which roles the range covers"),
    SOURCE,
)
