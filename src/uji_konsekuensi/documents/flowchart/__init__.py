"""The SOP flowchart: a chart model (`model`), its layout in millimetres (`layout`, `pages`,
`shapes`) and text measurement (`text`). Drawn as SVG by templates/sop_flowchart.svg.j2."""

from __future__ import annotations

from .layout import layout
from .model import Chart, ChartLane, ChartStep, Edge
from .shapes import Layout, PageDrawing

__all__ = ["Chart", "ChartLane", "ChartStep", "Edge", "Layout", "PageDrawing", "layout"]
