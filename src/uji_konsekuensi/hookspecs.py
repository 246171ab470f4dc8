"""Every hook an agency plugin can implement (pluggy project name ``uji_konsekuensi``).

The core ships no agency's data. Each public body (KASN, a kabupaten, a provinsi) is a plugin that
tells the core which agencies it provides, their SOP(s) for the uji konsekuensi, their working
calendar, the documents their steps produce and any extra compliance rules.

Rules for every hook (they keep old plugins working as hooks evolve):

- Hook names start with ``uji_``; the core calls them with **keyword arguments only**.
- An implementation may accept any subset of the arguments of its spec (pluggy passes only the
  ones it names), so a new argument added to a spec later never breaks an existing plugin.
- Hooks that ask "what does this agency have" are *collected*: every plugin may answer and the
  core gets a list of the non-None answers. An implementation returns ``None`` for an
  ``agency_code`` it does not provide.
- Hooks that ask "who decides X" are ``firstresult``: they stop at the first non-None result,
  and the core has a documented built-in default registered through the same hook.

These docstrings are the only copy of the hook reference: docs/plugins.md is checked against them
by tests/test_hookspecs.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .agency import AgencyInfo
    from .calendar import CalendarSettings
    from .document_kinds import DocumentKind
    from .documents.agency_documents import Rendering
    from .documents.environment import TemplateSource
    from .documents.letterhead import Letterhead
    from .rules import ComplianceRule
    from .sop import SOP

#: The pluggy project name; also the setuptools entry-point group that plugins register under.
PROJECT_NAME = "uji_konsekuensi"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


# --------------------------------------------------------------------------------------------
# Stage 1: agencies (which public bodies are installed)
# --------------------------------------------------------------------------------------------


@hookspec
def uji_register_agencies() -> list[AgencyInfo]:  # type: ignore[empty-body]
    """Declare the agencies this plugin provides.

    When: once per plugin manager, the first time `uji_konsekuensi.agencies()` or
    `uji_konsekuensi.get_agency()` is called; then the per-agency hooks below are called for
    each agency. Everything is cached per plugin manager until `uji_konsekuensi.agency.reset()`.

    Arguments: none.

    Returns: ``list[AgencyInfo]``: one `uji_konsekuensi.agency.AgencyInfo` (code, name, IANA time
    zone, trigger "request" or "periodic") per agency the plugin provides; usually one.

    Collected: every plugin's list is gathered. An agency code must be unique across all
    installed plugins: a code already registered by another plugin is a `PluginError` naming both
    plugins, and the later registration is ignored. The plugin registered first keeps the code:
    the built-ins, then installed plugins in the order of their entry-point names.

    Default: none; a plugin that registers no agency contributes nothing.
    """


# --------------------------------------------------------------------------------------------
# Stage 2: SOPs (the agency's Standar Operasional Prosedur for the consequence test)
# --------------------------------------------------------------------------------------------


@hookspec
def uji_agency_sops(agency_code: str) -> list[SOP] | None:
    """Give the SOP(s) an agency follows for the uji konsekuensi.

    When: once per registered agency, right after `uji_register_agencies`, when the agencies
    are collected (the first `uji_konsekuensi.agencies()` or `get_agency()` call).

    Arguments:

    - ``agency_code``: the code of the agency asked about (a code from
      `uji_register_agencies`, for example ``"kalbar"``).

    Returns: ``list[SOP] | None``: the agency's `uji_konsekuensi.sop.SOP` objects (an agency may
    have more than one: one per trigger or per revision), usually loaded with
    `uji_konsekuensi.sop.load_sop` from a ``sop.json`` beside the plugin; ``None`` when
    ``agency_code`` is not one of this plugin's agencies.

    Collected: the non-None lists of every plugin are concatenated, in plugin-call order, so
    another plugin may add an SOP to an agency it does not own.

    Default: none; an agency without an SOP fails the contract test
    (`uji_konsekuensi.testing.AgencyPluginContract`).
    """


# --------------------------------------------------------------------------------------------
# Stage 3: calendar (time zone, office hours, days off and on, working week)
# --------------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def uji_agency_calendar(agency_code: str, agency_info: AgencyInfo) -> CalendarSettings | None:
    """Give the settings of the working calendar the agency counts hari kerja with.

    When: once per registered agency, after `uji_agency_sops`, when the agencies are
    collected.

    Arguments:

    - ``agency_code``: the code of the agency asked about.
    - ``agency_info``: the `AgencyInfo` the agency was registered with (the default uses its
      time zone; most implementations only need ``agency_code``).

    Returns: ``CalendarSettings | None``: a `uji_konsekuensi.calendar.CalendarSettings` (time
    zone, office hours, extra days off such as a regional holiday, extra working days, working
    week); ``None`` when this plugin has nothing to say about ``agency_code``. The settings'
    ``timezone`` must be the one declared in the agency's `AgencyInfo`: a different zone is a
    `PluginError` (a deadline counted in the wrong zone is a silently wrong date).

    Only the plugin that registered the agency speaks for its calendar: its answer counts, else
    the built-in default. Another plugin's answer for it (``tryfirst`` or not) is refused with a
    `PluginError` naming that plugin, listed in every report of the agency's cases (days off
    move every deadline: a plugin must not give another's agency invented holidays).

    firstresult: called through pluggy, it stops at the first non-None result; the agencies'
    collector asks every implementation on its own, to see who answered.

    Default: the national calendar (Indonesian public holidays and cuti bersama, Monday to
    Friday) in the time zone the agency declared in its `AgencyInfo`.
    """


# --------------------------------------------------------------------------------------------
# Stage 4: documents (what the SOP's steps produce)
# --------------------------------------------------------------------------------------------


@hookspec
def uji_agency_documents(agency_code: str) -> list[DocumentKind] | None:
    """Name the kinds of document the agency's SOP steps produce.

    When: once per registered agency, after `uji_agency_sops` and `uji_agency_calendar`, when
    the agencies are collected.

    Arguments:

    - ``agency_code``: the code of the agency asked about.

    Returns: ``list[DocumentKind] | None``: one `uji_konsekuensi.document_kinds.DocumentKind` per
    kind of document (code, title as the agency calls it, English title, the Pasal that requires
    it, the SOP step numbers that produce it); ``None`` when ``agency_code`` is not one of this
    plugin's agencies.

    Collected: the non-None lists of every plugin are concatenated; a document code must be
    unique within an agency.

    Default: none (an agency with no declared documents has an empty tuple).
    """


@hookspec
def uji_document_templates(agency_code: str) -> list[TemplateSource] | None:
    """Give the document templates an agency prints with: directories, or single files.

    When: each time a document or an SOP page is rendered for that agency
    (`uji_konsekuensi.documents.render_document`, `uji_konsekuensi.documents.render_sop_html`,
    ``uji-konsekuensi render``); the result is not cached, so an edited template shows at once.

    Arguments:
        ``agency_code``: the code of the agency the document is rendered for (a code from
            `uji_register_agencies`, for example ``"kasn"``).

    Returns: ``list[TemplateSource] | None``: template directories (a ``str`` or path, searched
    for any template name) or ``(template name, file)`` pairs for single templates; ``None``
    when ``agency_code`` is not one of this plugin's agencies. A template named like a built-in
    one (``lembar.html.j2``, ``penolakan.md.j2``, ``sop.html.j2``, ``print.css``) replaces it; a
    new ``<name>.html.j2`` (and ``<name>.md.j2``) adds a printable document, rendered with the
    same context as the built-in ones (docs/documents.md). The built-in templates stay reachable as
    ``builtin/<name>``, so an override can ``{% extends "builtin/lembar.html.j2" %}``.

    Collected: the items of every plugin are searched in plugin-call order; the built-in
    templates are one plugin's answer, given last. A document rendered for no agency asks only
    the core's built-in plugins, with ``agency_code=None``. A directory or file that does not
    exist is a `PluginError` naming the plugin, and the document is not rendered (printing it
    without the agency's own template would be silently wrong).

    Default: the built-in templates (``uji_konsekuensi/documents/templates/``), given through
    this hook by the built-in plugin `uji_konsekuensi.documents.builtin_templates` (``trylast``,
    for every agency code), so they are searched after every plugin's. An implementation should
    not be ``trylast``: it would be asked after the built-in one.
    """


@hookspec
def uji_document_renderings(agency_code: str) -> list[Rendering] | None:
    """Say how each document the agency declares is printed, or why it is not.

    When: each time the documents of that agency are listed or rendered
    (`uji_konsekuensi.documents.available_printables`, `uji_konsekuensi.documents.render_document`,
    ``uji-konsekuensi render``).

    Arguments:

    - ``agency_code``: the code of the agency asked about.

    Returns: ``list[Rendering] | None``: one `uji_konsekuensi.documents.Rendering` per document
    code declared with `uji_agency_documents`: ``template`` names the document it prints as (a
    built-in kind such as ``"penetapan"`` or ``"penolakan"``, or a template of the agency),
    ``aliases`` other names ``render`` accepts, or ``not_rendered`` (a `Text` in both languages)
    says why the package does not make it (a form the requester fills in, an archive); ``None``
    when ``agency_code`` is not one of this plugin's agencies.

    Collected: the items of every plugin are used; a code declared twice keeps the first
    plugin's answer in plugin-call order. A list holding anything but `Rendering` is a
    `PluginError` naming the plugin.

    Default: none (an agency's declared documents are not rendered under their own codes; the
    built-in kinds and the agency's templates still are).
    """


@hookspec(firstresult=True)
def uji_agency_letterhead(agency_code: str) -> Letterhead | None:
    """Give the kop surat (letterhead) the agency prints its documents under.

    When: each time a document is rendered for that agency
    (`uji_konsekuensi.documents.render_document`, ``uji-konsekuensi render``), unless the
    deployment replaces it (``--letterhead FILE``, ``UJI_KONSEKUENSI_LETTERHEAD``, or
    `uji_konsekuensi.documents.DocumentSettings`).

    Arguments:

    - ``agency_code``: the code of the agency asked about.

    Returns: ``Letterhead | None``: a `uji_konsekuensi.documents.Letterhead` (the lines of names,
    address, telephone, e-mail, web site, logo file, the city where its letters are signed, and
    ``missing``: what its source does not give); ``None`` when ``agency_code`` is not one of
    this plugin's agencies.

    firstresult: stops at the first non-None result (plugins registered later are asked first).
    A result that is not a `Letterhead` is a `PluginError` naming the plugin.

    Default: none (documents are printed without a kop surat, and the place of signing of a
    refusal letter is a gap to fill in by hand).
    """


# --------------------------------------------------------------------------------------------
# Stage 5: compliance rules (each agency's; the core's are run by the checker itself)
# --------------------------------------------------------------------------------------------


@hookspec
def uji_compliance_rules(agency_code: str) -> list[ComplianceRule] | None:
    """Give the compliance rules the agency's cases are checked against.

    When: once per registered agency, last, when the agencies are collected. The case checker
    runs, for each case, the core's rules of the statute and the regulations, then the core's
    rules of the SOP, then the agency's (`uji_konsekuensi.case.rules_to_run`). The core's rules
    are not given through this hook: no plugin can unregister, block or reorder them.

    Arguments:

    - ``agency_code``: the code of the agency asked about.

    Returns: ``list[ComplianceRule] | None``: `uji_konsekuensi.rules.ComplianceRule` objects
    (code, description, and a ``check`` callable taking keyword arguments and returning
    findings); ``None`` when ``agency_code`` is not one of this plugin's agencies. A check may
    take any of ``case``, ``sop``, ``agency``, ``calendar``, ``settings``, ``plan``, ``trace``,
    ``clock`` and ``events`` (docs/architecture.md, "Adding a rule"). A rule with
    ``replaces="core.times"`` runs in place of that built-in rule; only the built-ins that read
    the agency's own SOP (``core.order``, ``core.trigger``, ``core.actors``,
    ``core.documents``, ``core.times``) can be replaced, once each; replacing a rule of the
    statute or a regulation is a `PluginError` naming the plugin (the agency is unavailable when
    its own plugin tries). Every report names the rules that ran, with the distribution and
    version that gave each, and the rules replaced.

    What a rule may report: findings whose code is in its own namespace (the first part of the
    rule's code: rule ``kalteng.tim`` reports ``kalteng.*``). A rule whose code is in a
    namespace of the core (``core``, ``case``, ``harm``, ``law``, ``sop``) is refused; a rule
    that reports another's code, raises, or returns something other than findings is a
    `uji_konsekuensi.rules.RuleFailure` of its plugin: its findings are dropped, the core's are
    kept, and the case is ``not_fully_checked`` (exit 4), never compliant.

    Collected: the non-None lists of every plugin are concatenated; a rule code must be unique
    within an agency.

    Default: none (the core's rules, `uji_konsekuensi.case.core_rules.CORE_RULES`, are run by
    the checker for every agency, whatever the plugins answer).
    """
