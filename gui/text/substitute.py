"""Filling %1, %2 … into a translated sentence: the one way the GUI does it.

One pass over the template, as QString::arg does, so a value that itself
holds "%2" (a lab titled "Lab %2 draft") is shown exactly as written; chained
``.replace`` or ``%`` formatting would substitute into it again.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"%(\d{1,2})")


def fill(template: str, *args: object) -> str:
    """``template`` with %1 … %99 replaced by ``args`` (str() of each); other % stay."""
    values = [str(a) for a in args]
    return _FIELD.sub(lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template)
