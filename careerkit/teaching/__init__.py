"""Layer 6, teaching tools: the notebook linter, the instructor guide, the class view and the hand-out copy."""
