"""A career plan as a Markdown document a learner can keep, print or share.

The text depends only on the plan (and the optional date and self-assessment),
so exporting the same plan twice gives the same file, byte for byte.
"""

import re
from pathlib import Path

from careerkit.career.assessment import SCALE

WAGE_FIELDS = ("annual_mean", "p10", "p25", "median", "p75", "p90")
WAGE_LABELS = ("Mean", "10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile")


def md(text) -> str:
    """Content text with Markdown's active characters escaped, so a title never turns into markup."""
    return re.sub(r"([\\`*\[\]<|])", r"\\\1", str(text))


def code(text) -> str:
    """An id or citation as a code span, so it reads exactly as written in data/."""
    plain = str(text).replace("`", "'")
    return f"`{plain}`"


def plan_markdown(plan, assessment=None, date: str | None = None) -> str:
    lines = [f"# Career plan: {md(plan.current.title)} to {md(plan.target.title)}", ""]
    lines += _summary(plan, date)
    for number, step in enumerate(plan.steps, start=1):
        lines += _step(step, number, len(plan.steps))
    if assessment is not None:
        lines += ["## Self-assessment gaps", "", *assessment_lines(assessment), ""]
    lines += ["## Sources", "", *(f"- {code(source)}" for source in plan_sources(plan)), ""]
    return "\n".join(lines)


def _summary(plan, date: str | None) -> list[str]:
    route = " -> ".join(md(role.title) for role in plan.roles)
    lines = [f"- Wages for: {md(plan.area_name)}"]
    if date is not None:
        lines.append(f"- Prepared: {md(date)}")
    lines += [
        f"- Route ({len(plan.steps)} move{'s' if len(plan.steps) != 1 else ''}): {route}",
        f"- Time: {md(plan.total_years.text)}",
        "",
        "Each move comes from data/moves.csv; its basis says whether a seed names it or the workbook "
        "reads it from the seeds. Times are the seeds' own figures; where they give none, the plan says so.",
        "",
    ]
    return lines


def _step(step, number: int, count: int) -> list[str]:
    lines = [
        f"## Move {number} of {count}: {md(step.label)}",
        "",
        f"Why: {md(step.move.reason)} (Basis: {md(step.basis)}.)",
        "",
        f"Time: {md(step.years)}.",
        "",
        "### Skills to gain",
        "",
        *(f"- **{md(skill.name)}** ({md(skill_origin(skill, step.to_role))}): {md(skill.description)}" for skill in step.skills),
        "",
        "### Certifications to consider",
        "",
    ]
    if step.certifications:
        lines += [f"- {md(cert.label)}" for cert in step.certifications]
    else:
        lines.append("- None new: the seeds name no certification for this stage or step beyond those listed earlier.")
    return lines + ["", *_wage(step), "", f"Sources: {'; '.join(code(source) for source in step_sources(step))}", ""]


def skill_origin(skill, role) -> str:
    """Why a skill is on a step's list, in the words a learner reads beside it."""
    if skill.kind == "stage":
        return f"{role.stage} stage"
    if skill.kind == "pathway":
        return f"pathway step {role.pathway_step}"
    return "required of IT leaders"


def _wage(step) -> list[str]:
    heading = f"### Wages: {md(step.to_role.title)}"
    band = step.wage.band
    if band is None:
        return [heading, "", f"No wage band: {md(step.wage.note)}"]
    rows = [f"| {label} | {md(band.figure(field))} |" for field, label in zip(WAGE_FIELDS, WAGE_LABELS)]
    employment = f"{band.employment:,}" if band.employment is not None else "not released by BLS"
    return [
        heading,
        "",
        f"{md(band.area.name)}, {md(band.release)}. {md(step.wage.note)}",
        "",
        "| Annual wage | Dollars |",
        "|---|---|",
        *rows,
        "",
        f"Employment: {employment}.",
        "",
        "Caveats:",
        "",
        *(f"- {md(caveat)}" for caveat in step.wage.caveats),
    ]


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


def write_plan(plan, path, assessment=None, date: str | None = None) -> Path:
    """Write the plan's Markdown to ``path`` (UTF-8) and return the path written."""
    path = Path(path)
    if path.suffix.lower() not in (".md", ".markdown"):
        raise ValueError(f"export path {path} should end in .md, so it opens as Markdown")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(plan_markdown(plan, assessment=assessment, date=date), encoding="utf-8")
    return path
