"""Layer 6, teaching tools: the notebook linter, the instructor guide, the hand-out copy, and the workshop kit:
the class view and report (``classview``, ``report``), exports for other tools (``exports``), practice
copies (``recall``) and the published book (``book``)."""
