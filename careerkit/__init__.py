"""careerkit: a Jupyter workbook on IT career paths in North America.

Importing the package is cheap on purpose: content, wages and widgets load on
first use, so a notebook's first cell starts fast.
"""

from pathlib import Path

__version__ = "0.1.0"

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
"""Where the content tables and the wage table live (the repository's data/)."""
