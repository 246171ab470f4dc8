"""The messages of `uji_konsekuensi.agency`, keyed by what went wrong: one catalog, read once.

Each is a `Message` (`uji_konsekuensi.i18n`): a template in Bahasa Indonesia and in English that
agency.py fills with the values of the moment, both languages naming the same values (checked
at import). The codes are stable: ``agency.*`` for looking an agency or its SOP up,
``plugin.*`` for what a plugin gave and was refused (the reason of a `PluginError`;
docs/plugins.md, "What a plugin cannot do").
"""

from __future__ import annotations

from .i18n import Message, message_catalog

AGENCY_UNKNOWN = Message(
    code="agency.unknown",
    id="instansi {code!r} tidak dikenal (terpasang: {installed})",
    en="unknown agency {code!r} (installed: {installed})",
)
AGENCY_UNKNOWN_SUGGEST = Message(
    code="agency.unknown",
    variant="suggest",
    id=("instansi {code!r} tidak dikenal; maksud Anda {suggestion!r}? (terpasang: {installed})"),
    en="unknown agency {code!r}; did you mean {suggestion!r}? (installed: {installed})",
)
AGENCY_SOP_CHOOSE = Message(
    code="agency.sop.choose",
    id="instansi {code!r} memiliki {count} SOP; pilih satu: {listed}",
    en="agency {code!r} has {count} SOPs; choose one: {listed}",
)
AGENCY_SOP_UNKNOWN = Message(
    code="agency.sop.unknown",
    id="instansi {code!r} tidak memiliki SOP {number!r} (ada: {listed})",
    en="agency {code!r} has no SOP {number!r} (available: {listed})",
)
AGENCY_DATA_ONLY_UNDECLARED = Message(
    code="agency.data_only.undeclared",
    id=(
        "mode data saja: instansi {code!r} tidak ada di folder data (ada: {listed}){hint}; "
        "plugin Python yang tidak dijalankan dan tidak menyatakan kode instansinya mungkin "
        "mendaftarkannya: {who}; periksa tanpa --data-only, atau nyatakan kode instansinya di "
        "metadata distribusi (docs/plugins.md)"
    ),
    en=(
        "data-only mode: agency {code!r} is not among the data folders (there are: {listed})"
        "{hint}; Python plugins that were not run and declare no agency code may register it: "
        "{who}; check without --data-only, or declare the agency code in the distribution's "
        "metadata (docs/plugins.md)"
    ),
)
AGENCY_TIMEZONE_FOREIGN = Message(
    code="agency.timezone.foreign",
    id=(
        "AgencyInfo.timezone: diharapkan salah satu zona waktu Indonesia (Keppres 41/1987): "
        "{zones}; {value!r} bukan zona Indonesia"
    ),
    en=(
        "AgencyInfo.timezone: expected one of Indonesia's time zones (Keppres 41/1987): "
        "{zones}; {value!r} is not an Indonesian zone"
    ),
)
AGENCY_TIMEZONE_FOREIGN_LINK = Message(
    code="agency.timezone.foreign",
    variant="link",
    id=(
        "AgencyInfo.timezone: diharapkan salah satu zona waktu Indonesia (Keppres 41/1987): "
        "{zones}; {value!r} adalah nama lain {zone!r} dalam basis data IANA: tulis {zone!r}"
    ),
    en=(
        "AgencyInfo.timezone: expected one of Indonesia's time zones (Keppres 41/1987): "
        "{zones}; {value!r} is another IANA name of {zone!r}: write {zone!r}"
    ),
)
PLUGIN_AGENCY_TAKEN = Message(
    code="plugin.agency.taken",
    id=(
        "kode instansi {code!r} sudah didaftarkan oleh plugin {first!r}; pendaftaran ini diabaikan"
    ),
    en=(
        "agency code {code!r} is already registered by plugin {first!r}; "
        "this registration is ignored"
    ),
)
PLUGIN_CALENDAR_NOT_OWNER = Message(
    code="plugin.calendar.not_owner",
    id=(
        "hanya plugin yang mendaftarkan instansi {code!r} ({owner!r}) "
        "yang boleh memberikan kalendernya; jawaban ini ditolak"
    ),
    en=(
        "only the plugin that registers agency {code!r} ({owner!r}) "
        "may give its calendar; this answer is refused"
    ),
)
PLUGIN_CALENDAR_ZONE = Message(
    code="plugin.calendar.zone",
    id=(
        "zona waktu kalender {zone!r} berbeda dari zona waktu "
        "yang didaftarkan di AgencyInfo {declared!r}"
    ),
    en=(
        "calendar time zone {zone!r} differs from the time zone "
        "registered in AgencyInfo {declared!r}"
    ),
)
PLUGIN_CALENDAR_NONE = Message(
    code="plugin.calendar.none",
    id="tidak ada kalender yang sah untuk instansi ini",
    en="no valid calendar for this agency",
)
PLUGIN_CODE_REPEATED = Message(
    code="plugin.code.repeated",
    id="kode {code!r} sudah diberikan oleh plugin {first!r}; yang ini diabaikan",
    en="code {code!r} was already given by plugin {first!r}; this one is ignored",
)
PLUGIN_RULE_RESERVED = Message(
    code="plugin.rule.reserved",
    id="kode aturan {rule!r} memakai ruang nama inti ({reserved})",
    en="rule code {rule!r} is in a namespace of the core ({reserved})",
)
PLUGIN_RULE_ORIGIN = Message(
    code="plugin.rule.origin",
    id="aturan plugin berasal dari 'agency', bukan {origin!r}",
    en="a plugin's rule has origin 'agency', not {origin!r}",
)
# An auditor runs the agency's own plugin: a rule of the statute or a regulation that a
# plugin could switch off would let the plugin certify its own breach.
PLUGIN_RULE_STATUTORY = Message(
    code="plugin.rule.statutory",
    id=(
        "aturan bawaan {target!r} menegakkan undang-undang atau peraturan dan "
        "dijalankan oleh pemeriksa sendiri; tidak dapat diganti (yang dapat: {listed})"
    ),
    en=(
        "built-in rule {target!r} enforces the statute or a regulation and is run "
        "by the checker itself; it cannot be replaced (replaceable: {listed})"
    ),
)
PLUGIN_RULE_NOT_REPLACEABLE = Message(
    code="plugin.rule.not_replaceable",
    id="tidak ada aturan bawaan {target!r} yang dapat diganti (yang dapat: {listed})",
    en="there is no replaceable built-in rule {target!r} (replaceable: {listed})",
)
PLUGIN_RULE_REPLACED_TWICE = Message(
    code="plugin.rule.replaced_twice",
    id="aturan bawaan {target!r} sudah diganti oleh {by!r} (plugin {plugin})",
    en="built-in rule {target!r} is already replaced by {by!r} (plugin {plugin})",
)

#: Every message above: code -> variant -> `Message`.
MESSAGES = message_catalog(globals())
