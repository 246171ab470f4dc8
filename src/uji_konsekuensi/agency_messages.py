"""The messages of `uji_konsekuensi.agency`, keyed by what went wrong: one catalog, read once.

Each is a `Text` template (Bahasa Indonesia first) that the agency code fills with
`Text.format`; `i18n.catalog` checks at import that both languages name the same values. The
keys are stable: ``agency.*`` for looking an agency or its SOP up, ``plugin.*`` for what a
plugin gave and was refused (the reason of a `PluginError`; docs/plugins.md, "What a plugin
cannot do").
"""

from __future__ import annotations

from .i18n import Text, catalog

MESSAGES = catalog(
    {
        "agency.unknown": Text(
            id="instansi {code!r} tidak dikenal (terpasang: {installed})",
            en="unknown agency {code!r} (installed: {installed})",
        ),
        "agency.unknown.suggest": Text(
            id=(
                "instansi {code!r} tidak dikenal; maksud Anda {suggestion!r}? "
                "(terpasang: {installed})"
            ),
            en="unknown agency {code!r}; did you mean {suggestion!r}? (installed: {installed})",
        ),
        "agency.sop.choose": Text(
            id="instansi {code!r} memiliki {count} SOP; pilih satu: {listed}",
            en="agency {code!r} has {count} SOPs; choose one: {listed}",
        ),
        "agency.sop.unknown": Text(
            id="instansi {code!r} tidak memiliki SOP {number!r} (ada: {listed})",
            en="agency {code!r} has no SOP {number!r} (available: {listed})",
        ),
        "plugin.agency.taken": Text(
            id=(
                "kode instansi {code!r} sudah didaftarkan oleh plugin {first!r}; "
                "pendaftaran ini diabaikan"
            ),
            en=(
                "agency code {code!r} is already registered by plugin {first!r}; "
                "this registration is ignored"
            ),
        ),
        "plugin.calendar.not_owner": Text(
            id=(
                "hanya plugin yang mendaftarkan instansi {code!r} ({owner!r}) "
                "yang boleh memberikan kalendernya; jawaban ini ditolak"
            ),
            en=(
                "only the plugin that registers agency {code!r} ({owner!r}) "
                "may give its calendar; this answer is refused"
            ),
        ),
        "plugin.calendar.zone": Text(
            id=(
                "zona waktu kalender {zone!r} berbeda dari zona waktu "
                "yang didaftarkan di AgencyInfo {declared!r}"
            ),
            en=(
                "calendar time zone {zone!r} differs from the time zone "
                "registered in AgencyInfo {declared!r}"
            ),
        ),
        "plugin.calendar.none": Text(
            id="tidak ada kalender yang sah untuk instansi ini",
            en="no valid calendar for this agency",
        ),
        "plugin.code.repeated": Text(
            id="kode {code!r} sudah diberikan oleh plugin {first!r}; yang ini diabaikan",
            en="code {code!r} was already given by plugin {first!r}; this one is ignored",
        ),
        "plugin.rule.reserved": Text(
            id="kode aturan {rule!r} memakai ruang nama inti ({reserved})",
            en="rule code {rule!r} is in a namespace of the core ({reserved})",
        ),
        "plugin.rule.origin": Text(
            id="aturan plugin berasal dari 'agency', bukan {origin!r}",
            en="a plugin's rule has origin 'agency', not {origin!r}",
        ),
        # An auditor runs the agency's own plugin: a rule of the statute or a regulation that a
        # plugin could switch off would let the plugin certify its own breach.
        "plugin.rule.statutory": Text(
            id=(
                "aturan bawaan {target!r} menegakkan undang-undang atau peraturan dan "
                "dijalankan oleh pemeriksa sendiri; tidak dapat diganti (yang dapat: {listed})"
            ),
            en=(
                "built-in rule {target!r} enforces the statute or a regulation and is run "
                "by the checker itself; it cannot be replaced (replaceable: {listed})"
            ),
        ),
        "plugin.rule.not_replaceable": Text(
            id="tidak ada aturan bawaan {target!r} yang dapat diganti (yang dapat: {listed})",
            en="there is no replaceable built-in rule {target!r} (replaceable: {listed})",
        ),
        "plugin.rule.replaced_twice": Text(
            id="aturan bawaan {target!r} sudah diganti oleh {by!r} (plugin {plugin})",
            en="built-in rule {target!r} is already replaced by {by!r} (plugin {plugin})",
        ),
    }
)
