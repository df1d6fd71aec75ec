"""Layer 2, learning models: quizzes, the question bank, flashcards, walkthroughs, the progress store
and the dashboard's figures. Pure Python over ``careerkit.content``: no ipywidgets, no matplotlib."""
