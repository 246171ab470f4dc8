"""A property-based test of the service generated from its own OpenAPI document (Schemathesis):
for requests built from the document, no answer is a 5xx, and every answer has a documented
status and content type and validates against the schema the document gives for it.

Bounded to a few examples per operation so it runs in seconds; explore further with
``SCHEMATHESIS_EXAMPLES=200 SCHEMATHESIS_COVERAGE=1 pytest tests/test_service_openapi.py``.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("starlette")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from uji_konsekuensi.service.openapi import openapi_document  # noqa: E402

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "4"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_dict(openapi_document())
# The coverage phase sends every boundary value of every parameter and body field (about 2,500
# requests for the case body alone): a minute, not seconds. CI runs the examples and a bounded
# fuzzing phase; SCHEMATHESIS_COVERAGE=1 adds the coverage phase.
if os.environ.get("SCHEMATHESIS_COVERAGE") != "1":
    schema.config.phases.update(phases=["examples", "fuzzing"])


@pytest.fixture(scope="module")
def url(default_service: str) -> str:
    return default_service


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_follow_the_document(case: schemathesis.Case, url: str) -> None:
    """A generated request gets no 5xx and an answer its operation documents."""
    case.call_and_validate(base_url=url, checks=CHECKS, timeout=60)
