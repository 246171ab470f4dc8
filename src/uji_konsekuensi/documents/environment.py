"""The Jinja2 environments the documents are rendered with, and where templates are found.

Two environments share one loader:

- HTML (``*.html.j2``, and ``*.svg.j2`` included by them): autoescaping ON. Everything a user
  typed is escaped; a template must say ``|safe`` to emit markup, and none of ours does for
  user text.
- Markdown (``*.md.j2``): Jinja2 has no Markdown autoescaping, so the environment's
  ``finalize`` escapes every value printed with ``{{ }}`` (see `markdown.escape_markdown`): a
  user's "|" cannot end a table cell and a "<script>" stays text.

Both use ``StrictUndefined``: a misspelt variable in a template is an error when rendering, not a
blank in an official letter. Both are *sandboxed* (`jinja2.sandbox.SandboxedEnvironment`): a
template, built-in or from a deployment's template folder, can read the records it is given but
cannot reach Python internals (``__class__``, ``__globals__``, ``mro``), so a template file is
data an office edits, not code it runs. Every printed value first passes through
`safe_text.safe_text`: control characters mapped or dropped, lone surrogates replaced,
right-to-left text and bidi controls isolated (documented in safe_text.py).

**Limits.** The sandbox keeps a template from Python's internals, not from work: a template
``{{ 'A' * 100000000 }}`` wrote 100 MB and two nested ``range(100000)`` loops never ended. Every
rendering therefore runs under a `TemplateLimits` (from `DocumentSettings`; the numbers live in
`uji_konsekuensi.limits`), and breaking one raises `TemplateLimitError` (a Jinja2
``SecurityError``) naming the template, which render_document reports as a broken template file
with its line:

- ``max_output``: characters written for the document (32 million), and the size of any text
  or list an operation builds (``*``, ``+``, ``~``, ``%``, a method or filter call), checked
  *before* the operation where its size can be known (``'A' * n``, ``s.center(n)``,
  ``"%999999999d"``, ``|replace``), after it otherwise;
- ``max_loops``: loop iterations and calls of one rendering, summed (2 million): every
  ``{% for %}`` is counted as it runs (the template's syntax tree is rewritten at compile time to
  pass its sequence through a counter), and so is every call (a macro calling itself twice
  fans out without any loop) and every element a built-in filter walks (``list``, ``map``,
  ``join``, ``sort``, ...: ``[range(100000)] * 100000 | map('list')`` is two nested loops);
- ``max_range``: the largest ``range()`` (100,000, Jinja2's own ``MAX_RANGE``); an exponent
  making an integer of more than 100,000 bits is refused too.

Templates are files (``documents/templates/``) that an agency can read and copy. Every template
directory, or single ``(template name, file)`` pair, comes through the hook
``uji_document_templates(agency_code)`` (plugin_templates.py), the built-in ones too (from
builtin_templates.py, asked last): an environment searches exactly the sources it is given, in
order, so a plugin's ``lembar.html.j2`` replaces the built-in one and a plugin's
``sk-ketua-kasn.html.j2`` adds a document. A template can still extend or include an original
under the prefix ``builtin/`` (``{% extends "builtin/lembar.html.j2" %}``): that prefix names the
files shipped with the package, whatever the search path holds.
"""

from __future__ import annotations

import contextvars
import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, cast

import attrs
import jinja2
import jinja2.sandbox
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from .. import bahasa
from ..i18n import Message, Text
from ..limits import MAX_TEMPLATE_LOOPS, MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_RANGE
from . import indonesian, legal_text, markdown
from . import messages as M
from .builtin_templates import BUILTIN_DIR
from .safe_text import safe_text

#: The prefix under which the built-in templates stay reachable when a plugin overrides them.
BUILTIN_PREFIX = "builtin"

#: The hook that gives every template directory, the built-in one included (hookspecs.py).
TEMPLATE_HOOK = "uji_document_templates"

Flavour = Literal["html", "md"]

#: What an implementation of the template hook may return in its list.
TemplateSource = str | os.PathLike[str] | tuple[str, str | os.PathLike[str]]


class _PairLoader(jinja2.BaseLoader):
    """Loads single templates given as ``(name, file path)`` pairs by a plugin."""

    def __init__(self, pairs: Sequence[tuple[str, Path]]) -> None:
        self.pairs = dict(pairs)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        path = self.pairs.get(template)
        if path is None:
            raise jinja2.TemplateNotFound(template)
        source = path.read_text(encoding="utf-8")
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.exists() and path.stat().st_mtime == mtime

    def list_templates(self) -> list[str]:
        return sorted(self.pairs)


def make_loader(sources: Iterable[TemplateSource] = ()) -> jinja2.BaseLoader:
    """A loader searching the single-file pairs, then the directories, each in the given order.

    The built-in directory is searched where the sources hold it (the built-in plugin's answer
    comes last); ``builtin/<name>`` always reaches the file shipped with the package.
    """
    dirs: list[str] = []
    pairs: list[tuple[str, Path]] = []
    for source in sources:
        if isinstance(source, tuple):
            name, path = source
            pairs.append((name, Path(path)))
        else:
            dirs.append(os.fspath(source))
    loaders: list[jinja2.BaseLoader] = []
    if pairs:
        loaders.append(_PairLoader(pairs))
    if dirs:
        loaders.append(jinja2.FileSystemLoader(dirs))
    loaders.append(jinja2.PrefixLoader({BUILTIN_PREFIX: jinja2.FileSystemLoader(str(BUILTIN_DIR))}))
    return jinja2.ChoiceLoader(loaders)


def _autoescape(name: str | None) -> bool:
    """Escape HTML and SVG templates (and string templates, to be safe); not CSS or Markdown."""
    if name is None:
        return True
    lowered = name.lower()
    return not lowered.endswith((".md.j2", ".md", ".css", ".css.j2", ".txt.j2"))


def _numbered(items: Iterable[Any]) -> list[tuple[int, Any]]:
    return list(enumerate(items, 1))


def _common_filters(env: jinja2.Environment) -> None:
    env.filters.update(
        tanggal=indonesian.format_tanggal,
        tanggal_tanpa_hari=lambda d: indonesian.format_tanggal(d, with_day=False),
        tanggal_terbilang=indonesian.tanggal_terbilang,
        hari=indonesian.nama_hari,
        terbilang=bahasa.terbilang,
        angka_terbilang=bahasa.angka_terbilang,
        numbered=_numbered,
        **legal_text.FILTERS,
    )


def _finalize_html(value: Any) -> Any:
    """Make every printed text safe (safe_text.py); markup a template built stays as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return safe_text(value)
    return value


def _finalize_md(value: Any) -> Any:
    # escape_markdown applies safe_text itself (also in the md_row filter).
    return markdown.finalize(value)


@attrs.frozen(kw_only=True)
class TemplateLimits:
    """What one rendering of a template may cost (see the module docstring, "Limits")."""

    max_output: int = MAX_TEMPLATE_OUTPUT
    max_loops: int = MAX_TEMPLATE_LOOPS
    max_range: int = MAX_TEMPLATE_RANGE


class TemplateLimitError(SecurityError):
    """A template went past a limit; the message names the template, the limit and its value."""

    def __init__(self, template: str, said: Text) -> None:
        self.template = template
        super().__init__(M.both(M.TEMPLATE_LIMIT(template=template, said=said)))


class _Budget:
    """The cost so far of one rendering (held in a context variable while it runs)."""

    def __init__(self, template: str, limits: TemplateLimits) -> None:
        self.template = template
        self.limits = limits
        self.steps = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.max_loops:
            raise TemplateLimitError(
                self.template, M.TEMPLATE_LIMIT_LOOPS(most=self.limits.max_loops)
            )

    def iterate(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.step()
            yield item

    def iterate_sized(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """`iterate`, also counting the length of each element as text (for ``join``)."""
        total = 0
        for item in iterable:
            self.step()
            total += len(item) if isinstance(item, str) else len(str(item))
            self.size(total)
            yield item

    def size(self, size: int, what: Message = M.TEMPLATE_LIMIT_WHAT_TEXT) -> None:
        if size > self.limits.max_output:
            raise TemplateLimitError(
                self.template,
                M.TEMPLATE_LIMIT_SIZE(what=what(), size=size, most=self.limits.max_output),
            )


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "uji_template_budget", default=None
)


class _LimitedTemplate(jinja2.Template):
    """A template whose `render` opens a fresh budget (`_Budget`) for the whole rendering."""

    environment: _LimitedEnvironment

    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _BUDGET.set(_Budget(self.name or "<templat>", self.environment.limits))
        try:
            return super().render(*args, **kwargs)
        finally:
            _BUDGET.reset(token)

    def generate(self, *args: Any, **kwargs: Any) -> Iterator[str]:
        """The output piece by piece (``stream`` too), under one budget for the whole of it:
        the budget is set around each step, as the caller may run other code between them."""
        budget = _Budget(self.name or "<templat>", self.environment.limits)
        parts = super().generate(*args, **kwargs)
        total = 0
        while True:
            token = _BUDGET.set(budget)
            try:
                part = next(parts, None)
            finally:
                _BUDGET.reset(token)
            if part is None:
                return
            total += len(part)
            budget.size(total, M.TEMPLATE_LIMIT_WHAT_DOCUMENT)
            yield part


def _env_call(name: str, argument: nodes.Expr) -> nodes.Call:
    return nodes.Call(
        nodes.EnvironmentAttribute(name, lineno=argument.lineno),
        [argument],
        [],
        None,
        None,
        lineno=argument.lineno,
    )


class _Counting(NodeTransformer):
    """Rewrites a template's syntax tree: every ``for`` loop's sequence passes through
    ``environment.count_loop`` and every ``~`` concatenation through ``environment.sized``."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        visited = self.generic_visit(node)
        assert isinstance(visited, nodes.For)
        visited.iter = _env_call("count_loop", cast(nodes.Expr, visited.iter))
        return visited

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        visited = self.generic_visit(node)
        assert isinstance(visited, nodes.Concat)
        return _env_call("sized", visited)


#: Built-in filters that walk a whole sequence: each element they take is counted
#: (`_LimitedEnvironment._counted_filter`). Filters that need a sequence's length or to index it
#: (``length``, ``first``, ``last``, ``random``, ``reverse``) take it as it is: they do not walk it.
_ITERATING_FILTERS = (
    "batch", "groupby", "join", "list", "map", "max", "min", "reject", "rejectattr", "select",
    "selectattr", "slice", "sort", "sum", "unique",
)  # fmt: skip

#: Steps of the loop budget one call costs: a macro call takes about as long as 40 loop
#: iterations, so that the budget bounds the time of a rendering, whichever it spends.
_CALL_STEPS = 10

#: The largest integer arithmetic may make, in bits (a number of 30,000 digits; squaring in a
#: loop doubles the bits each time).
_MAX_BITS = 100_000

#: A ``%`` format's width or precision, e.g. ``%999999999d`` or ``%.5000000f``.
_PERCENT_WIDTH = re.compile(r"%[-#0 +(\w)]*?(\d+)?(?:\.(\d+))?[a-zA-Z%]")
#: A ``str.format`` field's width or precision, e.g. ``{:>999999999}``.
_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?(\d+)[^{}]*\}")


class _LimitedEnvironment(jinja2.sandbox.SandboxedEnvironment):
    """The sandbox, with the limits of `TemplateLimits` (module docstring, "Limits")."""

    template_class = _LimitedTemplate
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *, limits: TemplateLimits, **options: Any) -> None:
        super().__init__(**options)
        self.limits = limits
        self.globals["range"] = self._range
        for name in ("center", "indent", "replace", "format", "wordwrap"):
            self.filters[name] = self._sized_filter(self.filters[name])
        for name in _ITERATING_FILTERS:
            self.filters[name] = self._counted_filter(self.filters[name], name == "join")

    # --- the budget of the rendering in progress

    def _budget(self) -> _Budget:
        budget = _BUDGET.get()
        if budget is None:
            # Only code outside a rendering gets here (a filter called from Python): one
            # operation's sizes are still checked against a budget of its own.
            budget = _Budget("<templat>", self.limits)
        return budget

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        rewritten: nodes.Template = _Counting().visit(tree)
        return rewritten

    def count_loop(self, iterable: Iterable[Any]) -> Iterable[Any]:
        return self._budget().iterate(iterable)

    def sized(self, value: Any) -> Any:
        if isinstance(value, str):
            self._budget().size(len(value))
        return value

    def concat(self, parts: Iterable[str]) -> str:
        """The document, written part by part and stopped once it is too long."""
        budget = self._budget()
        out: list[str] = []
        total = 0
        for part in parts:
            total += len(part)
            budget.size(total, M.TEMPLATE_LIMIT_WHAT_DOCUMENT)
            out.append(part)
        return "".join(out)

    # --- what a template may call

    def _range(self, *args: int) -> range:
        numbers = range(*args)
        if len(numbers) > self.limits.max_range:
            raise TemplateLimitError(
                self._budget().template,
                M.TEMPLATE_LIMIT_RANGE(count=len(numbers), most=self.limits.max_range),
            )
        return numbers

    def _check_arguments(self, budget: _Budget, args: Iterable[Any]) -> None:
        for value in args:
            if isinstance(value, int) and not isinstance(value, bool):
                budget.size(abs(value), M.TEMPLATE_LIMIT_WHAT_ARGUMENT)
            elif isinstance(value, str):
                self._check_format(budget, value)

    def _check_format(self, budget: _Budget, text: str) -> None:
        if "%" not in text and "{" not in text:
            return
        for match in _PERCENT_WIDTH.finditer(text):
            for number in match.groups():
                if number:
                    budget.size(int(number), M.TEMPLATE_LIMIT_WHAT_FORMAT_WIDTH)
        for match in _FORMAT_WIDTH.finditer(text):
            budget.size(int(match.group(1)), M.TEMPLATE_LIMIT_WHAT_FORMAT_WIDTH)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = __self._budget()
        # A call costs more than a loop step (a macro call is about 40 times one iteration).
        for _ in range(_CALL_STEPS):
            budget.step()
        __self._check_arguments(budget, (*args, *kwargs.values()))
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, str | list | tuple):
            budget.size(len(result))
        return result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` / ``format_map`` as the sandbox wraps them, the format string's
        widths checked first (``'{:>999999999}'.format(1)``)."""
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and isinstance(value.__self__, str):
            self._check_format(self._budget(), value.__self__)
        return wrapped

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        budget = self._budget()
        if operator_ == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    budget.size(len(seq) * max(times, 0))
            if isinstance(left, int) and isinstance(right, int):
                self._check_bits(budget, abs(left).bit_length() + abs(right).bit_length())
        elif operator_ == "+":
            if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
                budget.size(len(left) + len(right))
        elif operator_ == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0:
                self._check_bits(budget, max(abs(left).bit_length(), 1) * right)
        elif operator_ == "%" and isinstance(left, str):
            self._check_format(budget, left)
        return super().call_binop(context, operator_, left, right)

    def _check_bits(self, budget: _Budget, bits: int) -> None:
        if bits > _MAX_BITS:
            raise TemplateLimitError(
                budget.template, M.TEMPLATE_LIMIT_BITS(bits=bits, most=_MAX_BITS)
            )

    def _counted_filter(self, function: Callable[..., Any], sized: bool) -> Callable[..., Any]:
        """A built-in filter that walks its sequence (``list``, ``map``, ``join``, ...), given
        the sequence through the budget: each element it takes is a loop step, so
        ``[range(100000)] * 100000 | map('list') | list`` stops like two nested loops. For
        ``join`` the text made so far counts against ``max_output`` as it grows."""
        # pass_environment / pass_eval_context / pass_context filters take that object first.
        first = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

        @functools.wraps(function)
        def counted(*args: Any, **kwargs: Any) -> Any:
            budget = self._budget()
            budget.step()
            if len(args) > first and not isinstance(args[first], str | dict):
                value = args[first]
                walked = budget.iterate_sized(value) if sized else budget.iterate(value)
                args = (*args[:first], walked, *args[first + 1 :])
            return function(*args, **kwargs)

        return counted

    def _sized_filter(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """A built-in filter whose arguments can ask for a large result (``center(10**9)``,
        ``replace('a', 'a' * 1000)``), checked before it runs and by its result after."""

        @functools.wraps(function)
        def checked(*args: Any, **kwargs: Any) -> Any:
            budget = self._budget()
            budget.step()
            values = [a for a in (*args, *kwargs.values()) if not isinstance(a, jinja2.Environment)]
            self._check_arguments(budget, values)
            strings = [v for v in values if isinstance(v, str)]
            if function.__name__.endswith("replace") and len(strings) >= 3:
                text, old, new = strings[:3]
                if old:
                    grown = text.count(old) * max(len(new) - len(old), 0)
                    budget.size(len(text) + grown)
            result = function(*args, **kwargs)
            if isinstance(result, str):
                budget.size(len(result))
            return result

        return checked


def make_environment(
    flavour: Flavour,
    sources: Iterable[TemplateSource] = (),
    *,
    limits: TemplateLimits | None = None,
) -> jinja2.Environment:
    """A sandboxed Jinja2 environment for HTML (autoescaped) or Markdown (escaping ``finalize``).

    ``sources`` is the whole search path (plugin_templates.search_path): without the built-in
    directory among them, only ``builtin/<name>`` reaches the built-in templates.

    Environments are kept per (flavour, sources), so a template is compiled once per process
    and not on every render (a service renders many documents). Jinja2 still checks each
    template file's modification time before using its compiled form (``auto_reload``), so an
    edited template shows at once.
    """
    # A source given twice (the built-in directory in a caller's list and in the hook's) is
    # searched once, where it first appears: the search order is the same.
    key = tuple(dict.fromkeys(_source_key(source) for source in sources))
    return _cached_environment(flavour, key, limits or TemplateLimits())


def _source_key(source: TemplateSource) -> str | tuple[str, str]:
    if isinstance(source, tuple):
        return (source[0], os.fspath(source[1]))
    return os.fspath(source)


@functools.lru_cache(maxsize=64)
def _cached_environment(
    flavour: Flavour, sources: tuple[str | tuple[str, str], ...], limits: TemplateLimits
) -> jinja2.Environment:
    loader = make_loader(sources)
    env: jinja2.Environment
    if flavour == "html":
        env = _LimitedEnvironment(
            limits=limits,
            loader=loader,
            autoescape=_autoescape,
            finalize=_finalize_html,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
    elif flavour == "md":
        # autoescape stays off (it would HTML-escape); finalize does the Markdown escaping.
        env = _LimitedEnvironment(
            limits=limits,
            loader=loader,
            autoescape=False,
            finalize=_finalize_md,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters.update(md_safe=markdown.md_safe, md_row=markdown.table_row)
    else:  # pragma: no cover - guarded by the Literal type and by render_document
        raise ValueError(f"unknown template flavour {flavour!r}")
    _common_filters(env)
    return env
