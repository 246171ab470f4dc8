"""The messages of `uji_konsekuensi.agency`, keyed by what went wrong: one catalog, read once.

Each is a `Message` (`uji_konsekuensi.i18n`): a template in Bahasa Indonesia and in English that
agency.py fills with the values of the moment, both languages naming the same values (checked
at import). The codes are stable: ``agency.*`` for looking an agency or its SOP up,
``plugin.*`` for what a plugin gave and was refused (the reason of a `PluginError`;
docs/plugins.md, "What a plugin cannot do") and what loading the plugins refused (plugins.py),
``agency.folder.*`` for agency_data.py's refusals of an agency folder's agency.json (the
registry's own file, hence its catalog; the findings about the SOPs it declares, ``sop.agency.*``,
describe an SOP and are sop/messages.py's).
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

# plugins.py: what loading the plugins and calling their hooks refused. A `PluginError` says
# who (the plugin, its distribution), where (loading, a hook, an agency) and the problem.
PLUGIN_ERROR = Message(
    code="plugin.error", id="{who}, {where}: {problem}", en="{who}, {where}: {problem}"
)
PLUGIN_ERROR_PLUGIN = Message(
    code="plugin.error", variant="plugin", id="plugin {plugin!r}", en="plugin {plugin!r}"
)
PLUGIN_ERROR_DISTRIBUTION = Message(
    code="plugin.error",
    variant="distribution",
    id="plugin {plugin!r} (distribusi {distribution})",
    en="plugin {plugin!r} (distribution {distribution})",
)
PLUGIN_ERROR_LOADING = Message(
    code="plugin.error", variant="loading", id="saat dimuat", en="while loading"
)
PLUGIN_ERROR_HOOK = Message(code="plugin.error", variant="hook", id="hook {hook}", en="hook {hook}")
PLUGIN_ERROR_AGENCY = Message(
    code="plugin.error",
    variant="agency",
    id="{where}, instansi {code!r}",
    en="{where}, agency {code!r}",
)
PLUGIN_DATA_ONLY_UNDECLARED = Message(
    code="plugin.data_only.undeclared",
    id=(
        "mode data saja: plugin Python {plugin!r} (entry point {value}) "
        "tidak dijalankan, dan distribusi {distribution} tidak menyatakan kode "
        "instansinya (grup entry point "
        "{group} atau agency.json), jadi instansi "
        "yang ditambahinya tidak dapat diketahui tanpa menjalankannya"
    ),
    en=(
        "data-only mode: Python plugin {plugin!r} (entry point {value}) "
        "is not run, and distribution {distribution} declares no agency code "
        "for it (entry-point group {group} or an "
        "agency.json), so which agencies it adds to cannot be known without "
        "running it"
    ),
)
PLUGIN_DATA_ONLY_REFUSED = Message(
    code="plugin.data_only.refused",
    id=(
        "mode data saja (--data-only, {env}): instansi {code!r} "
        "memerlukan kode Python (plugin {plugin!r}, entry point "
        "{value}, distribusi {distribution}, ditautkan lewat {how}) "
        "yang tidak dijalankan; periksa tanpa --data-only, atau jadikan "
        "instansinya folder data saja"
    ),
    en=(
        "data-only mode (--data-only, {env}): agency {code!r} "
        "needs Python code (plugin {plugin!r}, entry point {value}, "
        "distribution {distribution}, linked by {how}), which is not run; "
        "check without --data-only, or make the agency a data folder only"
    ),
)
# How a data-only refusal linked the agency code to the plugin (the {how} above).
PLUGIN_DATA_ONLY_REFUSED_ENTRY_POINT = Message(
    code="plugin.data_only.refused",
    variant="entry_point",
    id="nama entry point-nya",
    en="its entry-point name",
)
PLUGIN_DATA_ONLY_REFUSED_GROUP = Message(
    code="plugin.data_only.refused",
    variant="group",
    id="grup entry point {group}",
    en="entry-point group {group}",
)
PLUGIN_DATA_ONLY_REFUSED_AGENCY_JSON = Message(
    code="plugin.data_only.refused",
    variant="agency_json",
    id="agency.json distribusinya",
    en="its distribution's agency.json",
)
PLUGIN_FOLDER_REPEATED = Message(
    code="plugin.folder.repeated",
    id="instansi {code!r} sudah dimuat dari {first}; folder ini tidak dimuat",
    en="agency {code!r} is already loaded from {first}; this folder is not loaded",
)
PLUGIN_ENTRY_POINT_TAKEN = Message(
    code="plugin.entry_point.taken",
    id=(
        "nama entry point {name!r} sudah dipakai oleh distribusi "
        "{distribution}; plugin ini tidak dimuat"
    ),
    en=(
        "entry-point name {name!r} is already used by distribution "
        "{distribution}; this plugin is not loaded"
    ),
)
PLUGIN_SELECTED_UNKNOWN = Message(
    code="plugin.selected.unknown",
    id=(
        "{env} menyebut {name!r}, tetapi tidak ada plugin terpasang "
        "dengan nama itu (terpasang: {listed})"
    ),
    en=("{env} names {name!r}, but no installed plugin has that name (installed: {listed})"),
)
PLUGIN_SELECTED_UNKNOWN_SUGGEST = Message(
    code="plugin.selected.unknown",
    variant="suggest",
    id=(
        "{env} menyebut {name!r}, tetapi tidak ada plugin terpasang "
        "dengan nama itu (terpasang: {listed}); maksud Anda {near!r}?"
    ),
    en=(
        "{env} names {name!r}, but no installed plugin has that "
        "name (installed: {listed}); did you mean {near!r}?"
    ),
)
PLUGIN_HOOK_UNKNOWN = Message(
    code="plugin.hook.unknown",
    id="hook ini tidak ada; hook yang dikenal: {known}",
    en="no such hook; known hooks: {known}",
)
PLUGIN_HOOK_UNKNOWN_SUGGEST = Message(
    code="plugin.hook.unknown",
    variant="suggest",
    id="hook ini tidak ada ({near}?); hook yang dikenal: {known}",
    en="no such hook ({near}?); known hooks: {known}",
)
PLUGIN_HOOK_WRAPPER = Message(
    code="plugin.hook.wrapper",
    id="hook wrapper tidak didukung pada hook uji_*",
    en="hook wrappers are not supported on uji_* hooks",
)
PLUGIN_HOOK_ARGUMENT = Message(
    code="plugin.hook.argument",
    id="argumen tidak dikenal {name}",
    en="unknown argument {name}",
)
# {context} is "entry point x: " or empty, {where} " (file.py:42)" or empty: no words.
PLUGIN_RAISED = Message(
    code="plugin.raised",
    id="{context}melempar {kind}: {exc}{where}",
    en="{context}raised {kind}: {exc}{where}",
)
PLUGIN_RESULT_TYPE = Message(
    code="plugin.result.type",
    id="mengembalikan {kind} {value!r:.80}, seharusnya {expected} atau None",
    en="returned {kind} {value!r:.80}, expected {expected} or None",
)
PLUGIN_RESULT_ITEM = Message(
    code="plugin.result.item",
    id="butir [{index}] adalah {kind} {item!r:.80}, seharusnya {expected}",
    en="item [{index}] is {kind} {item!r:.80}, expected {expected}",
)

# agency_data.py: what reading an agency folder refuses in agency.json (and its SOP files'
# lanes): agency.json belongs to the registry, so its refusals are the registry's.
AGENCY_FOLDER_NO_FILE = Message(
    code="agency.folder.no_file",
    id="folder instansi tidak memuat {file}",
    en="the agency folder holds no {file}",
)
AGENCY_FOLDER_SOP_MISSING = Message(
    code="agency.folder.sop_missing",
    id="berkas SOP ini tidak ada di folder instansi",
    en="this SOP file is not in the agency folder",
)
AGENCY_FOLDER_ROLE_REPEATED = Message(
    code="agency.folder.role_repeated",
    id="kode peran ini sudah dinyatakan",
    en="this role code is already declared",
)
AGENCY_FOLDER_ROLE_UNKNOWN = Message(
    code="agency.folder.role_unknown",
    id=(
        "peran {code!r} bukan salah satu dari delapan peran menurut hukum dan tidak "
        'dinyatakan di {file} "roles"'
    ),
    en=(
        "role {code!r} is not one of the eight statutory roles and is not declared in "
        '{file} "roles"'
    ),
)
AGENCY_FOLDER_ROLE_UNKNOWN_EXPECTED = Message(
    code="agency.folder.role_unknown",
    variant="expected",
    id="salah satu dari: {known} ({where})",
    en="one of: {known} ({where})",
)
AGENCY_FOLDER_LANE_SOP_UNKNOWN = Message(
    code="agency.folder.lane_sop_unknown",
    id='berkas SOP ini tidak ada di "sops" ({listed})',
    en='this SOP file is not among "sops" ({listed})',
)
AGENCY_FOLDER_LANE_UNKNOWN = Message(
    code="agency.folder.lane_unknown",
    id="SOP tidak memiliki lajur dengan id ini",
    en="the SOP has no lane with this id",
)
AGENCY_FOLDER_LANE_UNKNOWN_EXPECTED = Message(
    code="agency.folder.lane_unknown",
    variant="expected",
    id="salah satu dari: {listed}",
    en="one of: {listed}",
)
AGENCY_FOLDER_LANE_REPEATED = Message(
    code="agency.folder.lane_repeated",
    id="lajur {lane!r} dari {sop} sudah dipetakan di lanes[{first}]",
    en="lane {lane!r} of {sop} is already mapped in lanes[{first}]",
)
AGENCY_FOLDER_ROLE_DISAGREES = Message(
    code="agency.folder.role_disagrees",
    id=(
        "{file} lanes[{i}].role memberi lajur {lane!r} peran "
        "{role!r}, tetapi {sop_source} lanes[{j}].role menulis "
        "{written!r}; pemetaan {file} adalah milik instansi: "
        "samakan keduanya atau hapus role dari {sop}"
    ),
    en=(
        "{file} lanes[{i}].role gives lane {lane!r} the role "
        "{role!r}, but {sop_source} lanes[{j}].role writes "
        "{written!r}; {file}'s mapping is the agency's: make them "
        "agree or remove the role from {sop}"
    ),
)
AGENCY_FOLDER_ROLE_DISAGREES_EXPECTED = Message(
    code="agency.folder.role_disagrees",
    variant="expected",
    id="{written!r} ({sop_source} lanes[{j}].role)",
    en="{written!r} ({sop_source} lanes[{j}].role)",
)

#: Every message above: code -> variant -> `Message`.
MESSAGES = message_catalog(globals())
