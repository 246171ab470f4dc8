"""The hook reference of docs/plugins.md, generated from the hookspec docstrings.

A developer tool, not shipped in the package: ``python tools/hook_reference.py`` prints the
reference; tests/test_hookspecs.py fails when docs/plugins.md's copy differs
(``UJI_UPDATE_DOCS=1`` rewrites it).
"""

from __future__ import annotations

import inspect
import re

from uji_konsekuensi import hookspecs

# --- the hook reference (docs/plugins.md is generated from the hookspec docstrings) -----------

HOOK_REFERENCE_BEGIN = (
    "<!-- BEGIN hook reference: generated from src/uji_konsekuensi/hookspecs.py "
    "by tools/hook_reference.py; do not edit by hand -->"
)
HOOK_REFERENCE_END = "<!-- END hook reference -->"

_STAGE = re.compile(r"^# (Stage \d+: .+)$")
_DEF = re.compile(r"^def (uji_\w+)\(")


def hook_stages() -> dict[str, str]:
    """Hook name → the stage banner above it in hookspecs.py ("Stage 2: SOPs (...)")."""
    stages: dict[str, str] = {}
    stage = ""
    for line in inspect.getsource(hookspecs).splitlines():
        if found := _STAGE.match(line):
            stage = found.group(1)
        elif found := _DEF.match(line):
            stages[found.group(1)] = stage
    return stages


def hook_reference() -> str:
    """The Markdown hook reference, grouped by stage, from the hookspec docstrings.

    docs/plugins.md holds a copy between `HOOK_REFERENCE_BEGIN` and `HOOK_REFERENCE_END`;
    tests/test_hookspecs.py fails when the copy differs (``UJI_UPDATE_DOCS=1`` rewrites it).
    """
    lines = [HOOK_REFERENCE_BEGIN, ""]
    current = None
    for name, stage in hook_stages().items():
        func = getattr(hookspecs, name)
        if stage != current:
            lines += [f"### {stage}", ""]
            current = stage
        params = ", ".join(inspect.signature(func).parameters)
        opts = getattr(func, hookspecs.PROJECT_NAME + "_spec", {})
        kind = (
            "firstresult: stops at the first non-None result"
            if opts.get("firstresult")
            else "collected: every plugin's non-None result is gathered"
        )
        lines += [f"#### `{name}({params})`", "", f"*{kind}*", ""]
        lines += [inspect.getdoc(func) or "", ""]
    lines.append(HOOK_REFERENCE_END)
    return "\n".join(lines)


if __name__ == "__main__":
    print(hook_reference())
