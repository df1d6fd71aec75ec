"""Layer 3, presentation: charts, tables, Markdown and file locations made from the models' answers.
matplotlib is imported here and nowhere below."""
