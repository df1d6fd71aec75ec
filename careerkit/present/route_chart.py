"""The route picture: a plan's roles left to right, coloured by stage, with the years between."""

from __future__ import annotations

from careerkit.career.planner import NO_NUMBER, Plan, route_text
from careerkit.content.careergraph import career_graph
from careerkit.present.charts import PALETTE, Chart, new_figure


def chart(plan: Plan):
    """The route as a row of stops, left to right, coloured by stage and labelled, with its alt text."""
    graph = career_graph()
    stage_colour = {stage.id: PALETTE[stage.order - 1] for stage in graph.stages.values()}
    roles = plan.roles
    figure, axes = new_figure(max(4.0, 2.3 * len(roles)), 1.9)
    for position, step in enumerate(plan.steps):
        axes.annotate("", xy=(position + 0.85, 0), xytext=(position + 0.15, 0), arrowprops={"arrowstyle": "->"})
        axes.text(position + 0.5, 0.12, step.years if step.years != NO_NUMBER else "no seed figure", ha="center", fontsize=7)
    for stage in dict.fromkeys(role.stage for role in roles):
        xs = [position for position, role in enumerate(roles) if role.stage == stage]
        axes.scatter(xs, [0] * len(xs), s=220, c=stage_colour[stage], edgecolors="black", zorder=3,
                     label=graph.stages[stage].name)
    for position, role in enumerate(roles):
        label = f"{role.title}\n({graph.stages[role.stage].name.lower()})"
        axes.text(position, -0.15, label, ha="center", va="top", fontsize=8)
    axes.set_xlim(-0.6, len(roles) - 0.4)
    axes.set_ylim(-0.6, 0.35)
    axes.set_axis_off()
    axes.legend(loc="upper left", fontsize=7, ncols=4, frameon=False, bbox_to_anchor=(0, 1.25))
    return Chart(figure, route_text(plan))
