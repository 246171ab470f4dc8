"""What the checker's rules derive from the same inputs, derived once.

Some 40 rules read one case, its agency and its SOP, and many of them derive the same facts from
them: the Lembar of the case with their paths, the tested items, the agency's kinds of record,
the SOP's disclosing branches. Each such function is pure (its inputs are frozen: a `Case`, an
`Agency`, a `CompiledSop`), so its result may be kept and handed to the next rule that asks.

- `per_case`: the result for the last case (and the same other arguments) the function was asked
  about, kept until another case is asked about. A check asks about one case at a time, so every
  rule of one check after the first gets it; nothing grows with the number of cases checked (one
  case kept per function at most). The arguments are compared by identity (``is``): a frozen
  case is never changed, and comparing two cases by value would cost more than most rules.
- `per_object`: the result per object (an agency, a compiled SOP, or both), kept while the
  objects live (a weak reference tells a live object from a new one at a reused address).

Both keep only immutable results (tuples, frozensets, frozen objects, read-only mappings): every
rule reads the same value, and none may change what the next one reads. Threads may share them:
each cache entry is one tuple, swapped whole; two threads at worst both compute the value.
"""

from __future__ import annotations

import functools
import operator
import weakref
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

__all__ = ["per_case", "per_object"]

_R = TypeVar("_R")
_P = ParamSpec("_P")
_NOTHING = object()  # never an argument: the empty memo matches no call


def per_case(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Keep ``func``'s result for its last arguments, compared by identity (see the module
    notes). Positional arguments only are compared; keyword arguments bypass the memo."""
    # [(args, result)]: one entry, replaced whole (a list item assignment is atomic under the
    # GIL). A function of the case alone, the common kind, compares one object.
    last: list[tuple[tuple[Any, ...], Any]] = [((_NOTHING,), None)]

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if kwargs:
            return func(*args, **kwargs)
        held, value = last[0]
        if len(held) == len(args) and (
            held[0] is args[0] if len(args) == 1 else all(map(operator.is_, held, args))
        ):
            result: _R = value
            return result
        result = func(*args, **kwargs)  # (no keyword arguments here)
        last[0] = (args, result)
        return result

    return wrapper


def per_object(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Keep ``func``'s result per positional arguments, each compared by identity and held by a
    weak reference while it lives (see the module notes); an argument without weak references
    (None, a number, a text) is held as it is. Keyword arguments bypass the memo."""
    # id of the argument (a tuple of ids for several) -> (a reference to each argument, result)
    kept: dict[Any, tuple[tuple[Callable[[], Any], ...], Any]] = {}

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if kwargs:
            return func(*args, **kwargs)
        if len(args) == 1:  # the common kind: a function of the agency or of the SOP
            key: Any = id(args[0])
            hit = kept.get(key)
            if hit is not None and hit[0][0]() is args[0]:
                found: _R = hit[1]
                return found
        else:
            key = tuple(map(id, args))
            hit = kept.get(key)
            if hit is not None and all(map(operator.is_, [r() for r in hit[0]], args)):
                found = hit[1]
                return found
        result = func(*args, **kwargs)  # (no keyword arguments here)
        refs = tuple(_ref(a, kept, key) for a in args)
        kept[key] = (refs, result)  # one item set: atomic under the GIL, no lock needed
        return result

    return wrapper


def _ref(obj: Any, kept: dict[Any, Any], key: Any) -> Callable[[], Any]:
    try:
        return weakref.ref(obj, functools.partial(_forget, kept, key))
    except TypeError:
        return lambda: obj


def _forget(kept: dict[Any, Any], key: Any, _: object = None) -> None:
    # No lock: the callback may run in any thread, inside the garbage collector, even while this
    # thread holds a lock. At worst it drops a live entry stored meanwhile (a miss, never a wrong
    # answer: a hit is always checked against the live objects).
    hit = kept.get(key)
    if hit is not None and any(r() is None for r in hit[0]):
        kept.pop(key, None)
