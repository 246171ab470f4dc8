"""The documented limits of every input the library accepts (docs/case.md, "Limits").

Kept in one bottom-layer module so that the JSON reader, the converter, the calendar, the command
line and the service enforce the same numbers, and the docs can quote them from one place.
"""

from __future__ import annotations

#: Years the working calendar covers: the `holidays` data for Indonesia starts in 1946, and its
#: lunar tables (Idul Fitri, Imlek, ...) reach 2100. A date outside is refused where it is read,
#: rather than counted without its holidays or overflowing deep inside a rule.
FIRST_YEAR = 1946
LAST_YEAR = 2100

#: Deepest nesting of arrays and objects accepted (a case file needs about eight levels).
MAX_DEPTH = 64
#: Largest integer accepted, in absolute value: 2**53 - 1, the largest integer JavaScript (and so
#: a portal's front end) reads exactly.
MAX_SAFE_INTEGER = 2**53 - 1
#: Longest text accepted, in characters (a Lembar's longest cell is a few thousand).
MAX_TEXT = 100_000
