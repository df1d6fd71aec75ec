"""A career plan as a Markdown document a learner can keep, print or share.

The text depends only on the plan (and the optional date, goal and self-assessment),
so exporting the same plan twice gives the same file, byte for byte. It is built to be
acted on and read on a screen: the goal and the next three actions with dates come
first, each move names only the skills new to it (by one canonical name each,
``careerkit.content.vocabulary``) and the certifications that fit the route's track, and
the wage caveats, the same release's on every move, are given once at the end.
"""

import re
from pathlib import Path

from careerkit.career.assessment import SCALE
from careerkit.content.citations import cite_all
from careerkit.content.safewrite import write_text_atomic
from careerkit.content.vocabulary import canonical_skill, fits

WAGE_FIELDS = ("annual_mean", "p10", "p25", "median", "p75", "p90")
WAGE_LABELS = ("Mean", "10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile")


def md(text) -> str:
    """Content text with Markdown's active characters escaped, so a title never turns into markup."""
    return re.sub(r"([\\`*\[\]<|])", r"\\\1", str(text))


def code(text) -> str:
    """An id or citation as a code span, so it reads exactly as written in data/."""
    plain = str(text).replace("`", "'")
    return f"`{plain}`"


ACTION_WEEKS = (2, 6, 12)
"""When the three next actions fall due, in weeks from the day the plan is prepared."""
MAX_SKILLS = 6
"""Skills named per move: the rest are already on an earlier move or follow from these."""


def plan_markdown(plan, assessment=None, date: str | None = None, goal: str | None = None) -> str:
    """The plan as a short document a learner acts on: goal, next three actions with dates, evidence to
    collect, then one screen per move (new skills, certifications that fit the route's track, wages),
    one caveats section and the sources by title and section."""
    lines = [f"# Career plan: {md(plan.current.title)} to {md(plan.target.title)}", ""]
    lines += _summary(plan, date, goal)
    lines += _next_actions(plan, date, assessment)
    lines += _evidence(plan)
    seen: set[str] = set()
    for number, step in enumerate(plan.steps, start=1):
        lines += _step(plan, step, number, len(plan.steps), seen)
    if assessment is not None:
        lines += ["## Self-assessment gaps", "", *assessment_lines(assessment), ""]
    lines += _caveats(plan)
    lines += ["## Sources", "", *(f"- {md(source)}" for source in cite_all(plan_sources(plan))), ""]
    return "\n".join(lines)


def _summary(plan, date: str | None, goal: str | None) -> list[str]:
    route = " -> ".join(md(role.title) for role in plan.roles)
    aim = goal.strip() if goal and goal.strip() else f"become {plan.target.title} (write your own goal here)"
    lines = [f"- Goal: {md(aim)}", f"- Wages for: {md(plan.area_name)}"]
    if date is not None:
        lines.append(f"- Prepared: {md(date)}")
    lines += [
        f"- Route ({len(plan.steps)} move{'s' if len(plan.steps) != 1 else ''}): {route}",
        f"- Time: {md(plan.total_years.text)}",
        "",
    ]
    return lines


def _due(date: str | None, weeks: int) -> str:
    """A date ``weeks`` after the plan's date, or "in N weeks" when the plan has no date."""
    from datetime import date as day
    from datetime import timedelta

    if date is None:
        return f"in {weeks} weeks"
    try:
        return (day.fromisoformat(date) + timedelta(weeks=weeks)).isoformat()
    except ValueError:
        return f"{weeks} weeks after {date}"


def next_actions(plan, date: str | None = None, assessment=None) -> list[tuple[str, str]]:
    """Three (due, action) pairs for the first move: a skill to practise, a certification or
    conversation, and a check-in. They are the workbook's suggestions built from the plan's own
    content; the learner edits them."""
    step = plan.steps[0]
    skills = new_skills(step, set())
    gaps = assessment.gaps() if assessment is not None else []
    focus = gaps[0].item.name if gaps else (skills[0][0] if skills else "the skills listed for move 1")
    certs = fitting_certifications(plan, step)[0]
    second = (f"Read what {certs[0].name} asks for and decide whether to start it"
              if certs else f"Talk to someone working as {step.to_role.title} about what the move took")
    actions = [
        f"Practise {focus} on a piece of real work and write down what you did",
        second,
        "Review this plan: mark your progress on the Roadmap and re-rate yourself (notebook 12)",
    ]
    return [(_due(date, weeks), action) for weeks, action in zip(ACTION_WEEKS, actions)]


def _next_actions(plan, date, assessment) -> list[str]:
    lines = ["## Next three actions", ""]
    lines += [f"{number}. By {md(due)}: {md(action)}." for number, (due, action) in
              enumerate(next_actions(plan, date, assessment), start=1)]
    return lines + [""]


def _evidence(plan) -> list[str]:
    """What to keep as proof for the first move: one line per new skill (at most three), and the certificate."""
    step = plan.steps[0]
    lines = ["## Evidence to collect", ""]
    lines += [f"- {md(name)}: a short note of a task where you used it, with the result." for name, _ in
              new_skills(step, set())[:3]]
    fitting = fitting_certifications(plan, step)[0]
    if fitting:
        lines.append(f"- {md(fitting[0].name)}: the exam result or certificate, if you take it.")
    lines.append(f"- Feedback from a colleague or manager on work at the level of {md(step.to_role.title)}.")
    return lines + [""]


def new_skills(step, seen: set[str]) -> list[tuple[str, str]]:
    """(canonical name, where it comes from) for the move's skills not on an earlier move, each once.

    ``seen`` holds the casefolded names already listed; a caller walking the moves adds to it."""
    found: dict[str, list[str]] = {}
    for skill in step.skills:
        name = canonical_skill(skill.id)
        if name.casefold() in seen:
            continue
        found.setdefault(name, []).append(skill_origin(skill, step.to_role))
    return [(name, "; ".join(dict.fromkeys(origins))) for name, origins in found.items()]


def fitting_certifications(plan, step):
    """The step's certifications that fit the route's track (its first role's and the step's), and those left out."""
    tracks = {plan.current.track, step.to_role.track}
    keep = [cert for cert in step.certifications if fits(cert.id, tracks)]
    left = [cert for cert in step.certifications if not fits(cert.id, tracks)]
    return keep, left


def _step(plan, step, number: int, count: int, seen: set[str]) -> list[str]:
    skills = new_skills(step, seen)
    seen.update(name.casefold() for name, _ in skills)
    shown, more = skills[:MAX_SKILLS], skills[MAX_SKILLS:]
    lines = [
        f"## Move {number} of {count}: {md(step.label)}",
        "",
        f"Why: {md(step.move.reason)} (Basis: {md(step.basis)}.) Time: {md(step.years)}.",
        "",
        "**New skills on this move:**",
        "",
        *(f"- {md(name)} ({md(origin)})" for name, origin in shown),
    ]
    if more:
        lines.append(f"- Also: {md(', '.join(name for name, _ in more))}")
    if not skills:
        lines.append("- None new: every skill here is on an earlier move.")
    keep, left = fitting_certifications(plan, step)
    lines += ["", f"**Certifications that fit the {md(_tracks(plan, step))} track:**", ""]
    lines += [f"- {md(cert.label)}" for cert in keep] or ["- None new for this track at this stage."]
    if left:
        lines.append(f"- Left out, for other tracks: {md(', '.join(cert.name for cert in left))}.")
    return lines + ["", *_wage(step), ""]


def _tracks(plan, step) -> str:
    return " and ".join(dict.fromkeys((plan.current.track, step.to_role.track)))


def skill_origin(skill, role) -> str:
    """Why a skill is on a step's list, in the words a learner reads beside it."""
    if skill.kind == "stage":
        return f"{role.stage} stage"
    if skill.kind == "pathway":
        return f"pathway step {role.pathway_step}"
    return "required of IT leaders"


def _wage(step) -> list[str]:
    heading = f"**Wages: {md(step.to_role.title)}**"
    band = step.wage.band
    if band is None:
        return [heading, "", f"No wage band: {md(step.wage.note)}"]
    rows = [f"| {label} | {md(band.figure(field))} |" for field, label in zip(WAGE_FIELDS, WAGE_LABELS)]
    employment = f"{band.employment:,}" if band.employment is not None else "not released by BLS"
    return [
        heading,
        "",
        f"{md(band.area.name)}, {md(band.release)}; employment {employment}. {md(step.wage.note)}",
        "",
        "| Annual wage | Dollars |",
        "|---|---|",
        *rows,
    ]


def _caveats(plan) -> list[str]:
    """Every wage caveat of the route, once: they are the same release's caveats on every move."""
    caveats = list(dict.fromkeys(caveat for step in plan.steps for caveat in step.wage.caveats))
    if not caveats:
        return []
    return ["## Caveats on the wages", "", *(f"- {md(caveat)}" for caveat in caveats), ""]


def step_sources(step) -> list[str]:
    """Every provenance id the step's facts cite, first mention first, each once."""
    cited = [*step.move.source, *step.to_role.source]
    for item in (*step.skills, *step.certifications):
        cited += item.source
    if step.wage.band is not None:
        cited.append(step.wage.band.release)
    return list(dict.fromkeys(cited))


def plan_sources(plan) -> list[str]:
    return list(dict.fromkeys(source for step in plan.steps for source in step_sources(step)))


def assessment_lines(assessment) -> list[str]:
    """The gaps as Markdown list lines, for an exported plan."""
    lines = [
        f"Your bar: {md(SCALE[assessment.bar])}. The seeds give no level per role, so the bar is yours, not theirs.",
        f"{md(assessment.target_note())}",
        "",
    ]
    gaps = assessment.gaps()
    lines += [f"- {md(gap.text)}" for gap in gaps] or ["- No rated item is below your bar."]
    if assessment.unrated():
        lines += ["", f"Not rated yet: {md(', '.join(item.name for item in assessment.unrated()))}."]
    return lines


def write_plan(plan, path, assessment=None, date: str | None = None, goal: str | None = None) -> Path:
    """Write the plan's Markdown to ``path`` (UTF-8) and return the path written."""
    path = Path(path)
    if path.suffix.lower() not in (".md", ".markdown"):
        raise ValueError(f"export path {path} should end in .md, so it opens as Markdown")
    return write_text_atomic(path, plan_markdown(plan, assessment=assessment, date=date, goal=goal))
