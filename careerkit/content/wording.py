"""How the workbook writes several values as one piece of text.

In the content layer because data files and the models' notes both use them: a
data cell joins sources with ``;``, and a note lists roles as a learner would.
"""


def joined(values) -> str:
    """Several sources or examples in one cell, as the data files write them."""
    return "; ".join(str(value) for value in values)


def listing(items) -> str:
    """'a, b and c': a list as a learner would write it."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
