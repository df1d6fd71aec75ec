"""``python -m careerkit`` is the ``careerkit`` command."""

from careerkit.cli import main

raise SystemExit(main())
