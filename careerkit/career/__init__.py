"""Layer 2, career models: the role catalogue, wage bands, the route planner, the roadmap and the
self-assessment. Pure Python over ``careerkit.content``: no ipywidgets, no matplotlib."""
