"""The finding codes of the case checker, each declared once: code, severity, basis and title.

The rules (``flow``, ``clock``, ``sop_checks``, ``law_checks``) build every finding by calling its
code here, and docs/case.md's tables ("What the checker enforces") are generated from `CODES`
(``python tools/code_tables.py``; tests/test_code_tables.py keeps them equal). A code's
``basis`` is what the docs print; a finding about one step of the agency's SOP names it instead
("SOP 12/2024 langkah 4"), and a few findings add the provision their case turns on.

Groups (one docs table each): ``order`` (the log against the SOP's flow), ``sop`` (the SOP's
trigger, lanes, documents and waktu), ``clock`` (the statutory clock of a request), ``records``
(the consequence test, its Penetapan, its approval and the notice's outcome), ``refusal`` (the
refusal letter), ``expiry`` (declaring exempt information open), ``instruments`` (the
Penetapan a refusal rests on, and the period in which the agency existed), ``consistency`` (the
records agree: one result per tested item, a refusal letter about this request), ``integrity``
(who may act or sign, when, and how often: the table of powers in ``powers``), ``references``
(the numbers, bodies, items and papers a record names are this case's: ``references``).
"""

from __future__ import annotations

from ..calendar import get_deadline
from ..findings import FindingCode, Severity, code_table
from ..i18n import Text
from ..limits import FIRST_YEAR, LAST_YEAR

__all__ = ["CODES"]

E, W = Severity.ERROR, Severity.WARNING

#: Basis of the rule that a case's log is the agency's record of what was done, in order:
#: PermenPAN-RB 35/2012 (every actor records what was done so that it can be shown that the
#: procedure ran correctly: "pencatatan dan pendataan").
LOG_BASIS = "PermenPAN-RB 35/2012 Lampiran (pencatatan dan pendataan)"
#: A finding about a step names the step ("SOP <nomor> langkah <n>"); the docs print this.
STEP_BASIS = "SOP langkah"
EXTENSION_BASIS = "UU 14/2008 Pasal 22 ayat (8); PERKI 1/2021 Pasal 36"
PAUSE_BASIS = "PERKI 1/2021 Pasal 31 ayat (2), Pasal 33"
PASAL_19 = "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3)"
REFUSAL_BASIS = (
    "UU 14/2008 Pasal 22 ayat (7) huruf c; "
    "PERKI 1/2021 Pasal 34 dan Lampiran (SK PPID tentang Penolakan)"
)
OBJECTION_BASIS = "UU 14/2008 Pasal 35 ayat (1) huruf a, Pasal 36 ayat (1)"
PENETAPAN_BASIS = "PERKI 1/2021 Pasal 49 ayat (4); UU 14/2008 Pasal 19"
ON_REQUEST_BASIS = "PERKI 1/2021 Pasal 49 ayat (1) huruf b"
NOTICE_BASIS = "UU 14/2008 Pasal 22 ayat (7)"


CODES: dict[str, FindingCode] = code_table(
    # --- order: the log against the SOP's flow (flow.replay) ---------------------------------
    FindingCode(
        code="case.log.not_chronological",
        severity=E,
        basis=LOG_BASIS,
        title=Text(
            en="an event dated before the event logged before it",
            id="peristiwa bertanggal lebih awal daripada peristiwa yang dicatat sebelumnya",
        ),
        group="order",
    ),
    FindingCode(
        code="case.order.skipped",
        severity=E,
        basis="SOP langkah (the skipped step)",
        title=Text(
            en="a step started although a step the flow (and the branch taken) requires before it "
            "was not done",
            id="langkah dimulai padahal langkah yang menurut alur (dan cabang yang diambil) harus "
            "mendahuluinya belum dilaksanakan",
        ),
        group="order",
    ),
    FindingCode(
        code="case.order.out_of_order",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step that does not follow from where the flow stands",
            id="langkah yang tidak menyusul dari posisi alur saat itu",
        ),
        group="order",
    ),
    FindingCode(
        code="case.order.before_predecessor",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step started before the step it follows was completed",
            id="langkah dimulai sebelum langkah yang mendahuluinya selesai",
        ),
        group="order",
    ),
    FindingCode(
        code="case.order.not_started",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step recorded completed without being recorded started",
            id="langkah dicatat selesai tanpa dicatat dimulai",
        ),
        group="order",
    ),
    FindingCode(
        code="case.order.after_end",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step after the SOP's procedure ended",
            id="langkah dilaksanakan setelah prosedur SOP selesai",
        ),
        group="order",
    ),
    FindingCode(
        code="case.decision.no_branch",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a decision completed without its branch (yes/no)",
            id="keputusan diselesaikan tanpa mencatat cabangnya (ya/tidak)",
        ),
        group="order",
    ),
    FindingCode(
        code="case.decision.branch_on_process",
        severity=W,
        basis=STEP_BASIS,
        title=Text(
            en="a branch recorded on a step that is not a decision (ignored)",
            id="cabang dicatat pada langkah yang bukan keputusan (diabaikan)",
        ),
        group="order",
    ),
    FindingCode(
        code="case.loop.outside_sop",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a loop back the flowchart does not draw",
            id="alur kembali yang tidak digambarkan dalam diagram alir",
        ),
        group="order",
    ),
    FindingCode(
        code="case.loop.no_reason",
        severity=W,
        basis=LOG_BASIS,
        title=Text(
            en="a loop back without its reason",
            id="alur kembali tanpa alasan perbaikannya",
        ),
        group="order",
    ),
    # --- sop: the SOP's trigger, lanes, documents and waktu (sop_checks) ----------------------
    FindingCode(
        code="case.trigger.mismatch",
        severity=W,
        basis="PERKI 1/2021 Pasal 49 ayat (1)",
        title=Text(
            en="a request case on a periodic SOP, or the reverse",
            id="kasus permintaan pada SOP berkala, atau sebaliknya",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.actor.wrong_role",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step started or completed by a role not among its lanes",
            id="langkah dimulai atau diselesaikan oleh peran yang bukan pelaksananya menurut SOP",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.input.missing",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step started without a document its kelengkapan requires",
            id="langkah dimulai tanpa dokumen yang diwajibkan kelengkapannya",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.output.missing",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step completed without the document its output names",
            id="langkah diselesaikan tanpa dokumen yang disebut outputnya",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.document.dated_after_use",
        severity=W,
        basis=STEP_BASIS,
        title=Text(
            en="a document dated after the step that used or produced it",
            id="dokumen bertanggal setelah langkah yang memakai atau menghasilkannya",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.time.late",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="a step completed after its waktu (hari kerja by the agency calendar; a calendar "
            'month "setelah Pengujian Konsekuensi" from the test\'s date)',
            id="langkah selesai melewati waktunya (hari kerja menurut kalender badan publik; satu "
            'bulan kalender "setelah Pengujian Konsekuensi" sejak tanggal pengujian)',
        ),
        group="sop",
    ),
    FindingCode(
        code="case.time.outside_office_hours",
        severity=W,
        basis="SOP langkah; Perpres 21/2023 Pasal 3-4",
        title=Text(
            en='a step the SOP puts "pada hari dan jam kerja" started or completed outside office '
            "hours (Ramadan hours included)",
            id='langkah yang menurut SOP dilaksanakan "pada hari dan jam kerja" dimulai atau '
            "diselesaikan di luar jam kerja (termasuk jam kerja Ramadan)",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.time.overdue",
        severity=E,
        basis=STEP_BASIS,
        title=Text(
            en="(with `--at` / `CheckSettings.at`) an open step past its due moment",
            id="(dengan `--at` / `CheckSettings.at`) langkah yang belum selesai melewati batas "
            "waktunya",
        ),
        group="sop",
    ),
    # --- clock: the statutory clock of a request (clock.request_clock, law_checks) ------------
    FindingCode(
        code="case.notice.late",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 Pasal 34, 36",
        title=Text(
            en="a request's written notice after 10 hari kerja (17 with a valid extension)",
            id="pemberitahuan tertulis atas permintaan dikirim setelah 10 hari kerja (17 dengan "
            "perpanjangan yang sah)",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.deadline.agency_calendar",
        severity=W,
        basis="Perpres 21/2023 Pasal 3, 6-7; UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 "
        "Pasal 31 ayat (2)",
        title=Text(
            en="a statutory deadline met only because the agency's calendar has days off the "
            "national calendar has not (its own days off, a shorter working week)",
            id="batas waktu undang-undang terpenuhi hanya karena kalender instansi memiliki hari "
            "libur yang tidak ada di kalender nasional (hari libur sendiri, pekan kerja lebih "
            "pendek)",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.notice.missing",
        severity=E,
        basis=NOTICE_BASIS,
        title=Text(
            en="a request's procedure ended without a written notice",
            id="prosedur permintaan selesai tanpa pemberitahuan tertulis",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.notice.overdue",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7)-(8)",
        title=Text(
            en="(with `--at`) no notice and its deadline passed",
            id="(dengan `--at`) pemberitahuan belum dikirim dan batas waktunya sudah lewat",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.extension.repeated",
        severity=E,
        # "Once" is the PERKI's, not the statute's: UU 14/2008 Pasal 22 ayat (8) gives the 7 days
        # and the written reasons, and says nothing of how often (docs/sources/law.md §1.6).
        basis="PERKI 1/2021 Pasal 36",
        title=Text(
            en="a second extension",
            id="perpanjangan kedua",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.extension.too_long",
        severity=E,
        basis=EXTENSION_BASIS,
        title=Text(
            en="an extension of more than 7 hari kerja",
            id="perpanjangan lebih dari 7 hari kerja",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.extension.no_reason",
        severity=E,
        basis=EXTENSION_BASIS,
        title=Text(
            en="an extension without written reasons",
            id="perpanjangan tanpa alasan tertulis",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.extension.late",
        severity=E,
        basis=EXTENSION_BASIS,
        title=Text(
            en="an extension given after the 10 days had ended (it extends nothing)",
            id="perpanjangan diberikan setelah 10 hari kerja berakhir (tidak memperpanjang apa "
            "pun)",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.extension.not_request",
        severity=W,
        basis="UU 14/2008 Pasal 22 ayat (8)",
        title=Text(
            en="an extension in a periodic case",
            id="perpanjangan pada kasus berkala",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.pause.late",
        severity=W,
        basis=get_deadline("completeness_check").basis,
        title=Text(
            en="completeness checked more than 3 hari kerja after registration",
            id="kelengkapan diperiksa lebih dari 3 hari kerja setelah permintaan dicatat",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.pause.requester_late",
        severity=W,
        basis=get_deadline("completeness_repair").basis,
        title=Text(
            en="the requester completed more than 3 hari kerja after the notice",
            id="pemohon melengkapi permintaan lebih dari 3 hari kerja setelah pemberitahuan",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.pause.unmatched",
        severity=E,
        basis=PAUSE_BASIS,
        title=Text(
            en="a resume without a pause, or a pause within a pause",
            id="permintaan dilanjutkan tanpa ditunda, atau ditunda lagi selama penundaan",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.pause.not_request",
        severity=W,
        basis="PERKI 1/2021 Pasal 33",
        title=Text(
            en="a pause in a periodic case",
            id="penundaan pada kasus berkala",
        ),
        group="clock",
    ),
    # --- records: the consequence test, its Penetapan and approval, the notice (law_checks) ----
    FindingCode(
        code="case.test.missing",
        severity=E,
        basis=PASAL_19,
        title=Text(
            en="an exemption declared or a request refused with no exempting consequence test in "
            "the case",
            id="pengecualian dinyatakan atau permintaan ditolak tanpa pengujian konsekuensi yang "
            "mengecualikan informasi dalam kasus",
        ),
        group="records",
    ),
    FindingCode(
        code="case.test.after_exemption",
        severity=E,
        basis=PASAL_19,
        title=Text(
            en="the test dated after the exemption was declared or used to refuse",
            id="pengujian bertanggal setelah pengecualian dinyatakan atau dipakai untuk menolak",
        ),
        group="records",
    ),
    FindingCode(
        code="case.test.before_request",
        severity=E,
        basis=ON_REQUEST_BASIS,
        title=Text(
            en="a Lembar of a request case made on the request (stage `on_request`, or none) but "
            "dated before the request was received; a test made before any request says stage "
            "`before_request`",
            id="Lembar kasus permintaan yang dibuat atas permintaan (tahap `on_request`, atau "
            "tanpa tahap) tetapi bertanggal sebelum permintaan diterima; pengujian sebelum ada "
            "permintaan menyebut tahap `before_request`",
        ),
        group="records",
    ),
    FindingCode(
        code="case.penetapan.missing",
        severity=E,
        basis=PENETAPAN_BASIS,
        title=Text(
            en="a request refused on an item this case tested before any Penetapan set the test's "
            "result (no `penetapan` record and no `exemption_declared` event before the "
            "notice), or a closed case whose tests closed information and that never set the "
            "result; rows whose item was already exempt (`exempt_since`) need none",
            id="permintaan ditolak atas informasi yang diuji dalam kasus ini sebelum ada "
            "Penetapan hasil pengujiannya (tidak ada rekaman `penetapan` dan tidak ada "
            "peristiwa `exemption_declared` sebelum pemberitahuan), atau kasus selesai yang "
            "pengujiannya menutup informasi tanpa pernah menetapkan hasilnya; baris yang "
            "informasinya sudah dikecualikan (`exempt_since`) tidak memerlukannya",
        ),
        group="records",
    ),
    FindingCode(
        code="case.notice.outcome_mismatch",
        severity=E,
        basis=NOTICE_BASIS,
        title=Text(
            en="the notice's outcome contradicts its document (`granted` with a refusal letter) "
            "or the outcome the tested items call for, in the Lembar or the Penetapan (all "
            "open: `granted`; some withheld, some given: `partly_granted`; all closed: "
            "`refused`; `not_held` on an item the agency tested)",
            id="hasil yang dinyatakan pemberitahuan bertentangan dengan dokumennya (`granted` "
            "dengan surat penolakan) atau dengan hasil pengujian, pada Lembar atau Penetapan "
            "(semua terbuka: `granted`; sebagian dikecualikan, sebagian diberikan: "
            "`partly_granted`; semua tertutup: `refused`; `not_held` atas informasi yang diuji)",
        ),
        group="records",
    ),
    FindingCode(
        code="case.approval.wrong_role",
        severity=E,
        basis="SOP langkah; PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e",
        title=Text(
            en="the test approved by a role the SOP's approving step does not have (the pimpinan "
            "may always approve)",
            id="pengujian disetujui oleh peran yang tidak ada pada langkah persetujuan SOP "
            "(pimpinan selalu boleh menyetujui)",
        ),
        group="records",
    ),
    # --- refusal: the refusal letter (law_checks.check_refusals) -------------------------------
    FindingCode(
        code="case.refusal.no_letter",
        severity=E,
        basis=REFUSAL_BASIS,
        title=Text(
            en="a refusal whose document carries no refusal content",
            id="penolakan dengan dokumen yang tidak memuat isi surat keputusan penolakan",
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.no_ground",
        severity=E,
        basis=REFUSAL_BASIS,
        title=Text(
            en="the letter names no ground of Pasal 17",
            id="surat tidak menyebut dasar pengecualian Pasal 17",
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.ground_unreadable",
        severity=E,
        basis=REFUSAL_BASIS,
        title=Text(
            en='a ground on the letter that is no ground of Pasal 17 ("huruf k")',
            id='dasar pada surat yang bukan alasan Pasal 17 ("huruf k")',
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.ground_not_tested",
        severity=E,
        basis=PASAL_19,
        title=Text(
            en="the letter relies on a ground no consequence test of the case examined (a whole "
            'letter cited, "Pasal 17 huruf c", gives one finding for the letter, not one per '
            "sub-point)",
            id="surat memakai dasar yang tidak diuji oleh pengujian konsekuensi mana pun dalam "
            'kasus (satu huruf yang dikutip utuh, "Pasal 17 huruf c", memberi satu temuan '
            "untuk huruf itu, bukan satu per butirnya)",
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.no_consequence",
        severity=E,
        basis=REFUSAL_BASIS + "; UU 14/2008 Pasal 2 ayat (4)",
        title=Text(
            en="the letter does not state the consequence of opening",
            id="surat tidak menyebut konsekuensi apabila informasi dibuka",
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.no_objection_notice",
        severity=E,
        basis=OBJECTION_BASIS + "; " + REFUSAL_BASIS,
        title=Text(
            en="the letter does not tell of the right to object within 30 hari kerja",
            id="surat tidak memberitahukan hak mengajukan keberatan dalam 30 hari kerja",
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.objection_period",
        severity=E,
        basis=OBJECTION_BASIS,
        title=Text(
            en="the letter gives fewer than 30 hari kerja to object",
            id="surat memberi kurang dari 30 hari kerja untuk mengajukan keberatan",
        ),
        group="refusal",
    ),
    FindingCode(
        code="case.refusal.incomplete",
        severity=W,
        basis="PERKI 1/2021 Lampiran (SK PPID tentang Penolakan Permintaan Informasi)",
        title=Text(
            en="the letter lacks the registration number, requester, information, addressee of "
            "the objection or signatory",
            id="surat tidak memuat nomor pendaftaran, pemohon, informasi yang diminta, tujuan "
            "keberatan atau penandatangan",
        ),
        group="refusal",
    ),
    # --- expiry: declaring exempt information open (law_checks.check_expiry) -------------------
    FindingCode(
        code="case.expiry.late",
        severity=E,
        basis=get_deadline("expiry_declaration").basis,
        title=Text(
            en="exempt information declared open fewer than 30 hari kerja before its period ends",
            id="informasi yang dikecualikan dinyatakan terbuka kurang dari 30 hari kerja sebelum "
            "jangka waktu pengecualiannya berakhir",
        ),
        group="expiry",
    ),
    FindingCode(
        code="case.expiry.date_mismatch",
        severity=W,
        basis="PP 61/2010 Pasal 11",
        title=Text(
            en="the declaration's end date differs from the period the test set",
            id="tanggal berakhir pada pernyataan berbeda dari jangka waktu yang ditetapkan "
            "pengujian",
        ),
        group="expiry",
    ),
    # --- records agree: one result per tested item, a letter about this request (consistency) --
    FindingCode(
        code="case.consistency.item_result",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (3)-(5), Lampiran II-III; PP 61/2010 Pasal 10",
        title=Text(
            en="the same tested item (the same information) has two results: another outcome, "
            "period or ground in another Lembar or in the Penetapan",
            id="informasi yang sama diuji dengan dua hasil: status, jangka waktu atau dasar "
            "pengecualian yang lain pada Lembar lain atau pada Penetapan",
        ),
        group="consistency",
    ),
    FindingCode(
        code="case.consistency.lembar_request",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (1) huruf b; UU 14/2008 Pasal 22 ayat (4)",
        title=Text(
            en="a Lembar of a request case names another request (`request_number` is not "
            "`trigger.registration_number`)",
            id="Lembar pengujian pada kasus permohonan menyebut permohonan lain (`request_number` "
            "bukan `trigger.registration_number`)",
        ),
        group="consistency",
    ),
    FindingCode(
        code="case.consistency.lembar_stage",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (1) huruf a-b",
        title=Text(
            en="a Lembar whose stage contradicts the case: on request (or naming a request) in a "
            "periodic round; before any request while naming this request or dated on or after "
            "its receipt",
            id="Lembar yang tahapnya bertentangan dengan kasus: atas permohonan (atau menyebut "
            "permohonan) pada putaran berkala; sebelum permohonan padahal menyebut permohonan "
            "ini atau bertanggal pada atau setelah diterimanya",
        ),
        group="consistency",
    ),
    FindingCode(
        code="case.consistency.refusal_registration",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (4), ayat (7) huruf c; PERKI 1/2021 Pasal 34",
        title=Text(
            en="the refusal letter's registration number is not the request's "
            "(`trigger.registration_number`)",
            id="nomor pendaftaran pada surat penolakan bukan nomor permohonan ini "
            "(`trigger.registration_number`)",
        ),
        group="consistency",
    ),
    FindingCode(
        code="case.consistency.refusal_requester",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (2), ayat (7) huruf c; PERKI 1/2021 Pasal 34",
        title=Text(
            en="the refusal letter is addressed to someone other than the requester: another "
            "name, address or contact than `trigger.requester`",
            id="surat penolakan ditujukan kepada orang lain daripada pemohon: nama, alamat atau "
            "kontak lain daripada `trigger.requester`",
        ),
        group="consistency",
    ),
    FindingCode(
        code="case.consistency.refusal_information",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7) huruf c-d; PERKI 1/2021 Pasal 34",
        title=Text(
            en="the information the refusal letter refuses is neither what was requested "
            "(`trigger.information`) nor an item this case tested",
            id="informasi yang ditolak dalam surat penolakan bukan informasi yang diminta "
            "(`trigger.information`) dan bukan informasi yang diuji dalam kasus ini",
        ),
        group="consistency",
    ),
    # --- who and when: who may act or sign, at which moment, how often (case/integrity.py) ----
    # The table of powers is case/powers.py (docs/case.md, "Who may do what, and when").
    FindingCode(
        code="case.power.wrong_role",
        severity=E,
        basis=(
            "the act's entry in the table of powers (UU 14/2008 Pasal 22 ayat (7)-(8); "
            "PERKI 1/2021 Pasal 22 ayat (3), 31, 33, 34, 36, 49; PP 61/2010 Pasal 11)"
        ),
        title=Text(
            en="an act (notice, extension, pause, resumption, declaration of the exemption or "
            "of its expiry, loop back) done by a role the law does not give it: the requester "
            "sending the notice or declaring the exemption",
            id="tindakan (pemberitahuan, perpanjangan, penundaan, kelanjutan, pernyataan "
            "pengecualian atau berakhirnya, alur kembali) dilakukan oleh peran yang tidak diberi "
            "kewenangan itu oleh hukum: pemohon mengirim pemberitahuan atau menyatakan "
            "pengecualian",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.power.unknown_role",
        severity=E,
        basis=(
            "UU 14/2008 Pasal 22 ayat (7), Pasal 35-36; PERKI 1/2021 Pasal 10, Pasal 12; "
            'agency.json "roles" and "lanes" (docs/agency-data.md)'
        ),
        title=Text(
            en="a role in the case that is neither one of the law's eight nor a role of the "
            "agency's own that a lane of its SOP plays (a misspelt role, or one the agency never "
            "declared): nobody can tell who acted",
            id="peran dalam kasus bukan salah satu dari delapan peran menurut hukum dan bukan "
            "peran instansi sendiri yang dimainkan lajur SOP-nya (salah ketik, atau tidak pernah "
            "dinyatakan instansi): tidak jelas siapa yang bertindak",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.power.wrong_signatory",
        severity=E,
        basis=(
            "UU 14/2008 Pasal 22 ayat (7) huruf c; PERKI 1/2021 Pasal 34, Pasal 49 ayat (4)-(5), "
            "(7), Lampiran III"
        ),
        title=Text(
            en="a refusal letter signed, or a Penetapan signed or set, by a role that may not "
            "(the PPID signs both; the Penetapan also by `CheckSettings.penetapan_signers`)",
            id="surat penolakan ditandatangani, atau Penetapan ditandatangani atau ditetapkan, "
            "oleh peran yang tidak berwenang (PPID menandatangani keduanya; Penetapan juga oleh "
            "`CheckSettings.penetapan_signers`)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.power.objection_addressee",
        severity=E,
        basis="UU 14/2008 Pasal 35 ayat (1), Pasal 36; PERKI 1/2021 Pasal 34 dan Lampiran",
        title=Text(
            en="a refusal letter that sends the objection to someone other than the Atasan PPID "
            "(`refusal.objection_to` does not name the Atasan: the Komisi Informasi comes only "
            "after the Atasan's answer, Pasal 37)",
            id="surat penolakan yang mengarahkan keberatan kepada selain Atasan PPID "
            "(`refusal.objection_to` tidak menyebut Atasan: Komisi Informasi baru setelah "
            "tanggapan Atasan, Pasal 37)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.time.before_receipt",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (1), (4), (7); PERKI 1/2021 Pasal 49 ayat (1) huruf b",
        title=Text(
            en="an act of the Badan Publik's side (a step, a notice, a pause ...) dated before the "
            "request was received (the requester's own acts excepted)",
            id="tindakan pihak Badan Publik (langkah, pemberitahuan, penundaan ...) bertanggal "
            "sebelum permintaan diterima (kecuali tindakan pemohon sendiri)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.time.after_close",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 Pasal 31-36; PP 61/2010 Pasal 11",
        title=Text(
            en="an act logged after the case closed that the law does not allow after it (only "
            "the declaration that an exemption has expired comes later)",
            id="tindakan dicatat setelah kasus selesai padahal hukum tidak membolehkannya "
            "sesudahnya (hanya pernyataan berakhirnya pengecualian yang datang kemudian)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.event.repeated",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 34",
        title=Text(
            en="an act the law allows once per request logged again (a second written notice)",
            id="tindakan yang menurut hukum hanya sekali untuk satu permintaan dicatat lagi "
            "(pemberitahuan tertulis kedua)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.document.before_case",
        severity=E,
        basis=f"{LOG_BASIS}; UU 14/2008 Pasal 22 ayat (7)",
        title=Text(
            en="a document produced by a step or sent by an act of the case dated before the "
            "case began (the request's receipt; a periodic round's first event); standing "
            "documents and what the requester brings excepted",
            id="dokumen yang dihasilkan langkah atau dikirim oleh tindakan dalam kasus bertanggal "
            "sebelum kasus dimulai (diterimanya permintaan; peristiwa pertama putaran berkala); "
            "kecuali dokumen yang sudah ada dan dokumen yang dibawa pemohon",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.input.before_request",
        severity=E,
        basis=f"{LOG_BASIS}; UU 14/2008 Pasal 22 ayat (4)",
        title=Text(
            en="a required input (kelengkapan) that no step produced, dated before the request "
            "was received, and neither brought by the requester nor a standing document",
            id="kelengkapan yang tidak dihasilkan langkah mana pun bertanggal sebelum permintaan "
            "diterima, dan bukan dokumen yang dibawa pemohon atau dokumen yang sudah ada",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.document.after_event",
        severity=E,
        basis=f"{LOG_BASIS}; UU 14/2008 Pasal 22 ayat (7)",
        title=Text(
            en="a document dated after the act that sends or relies on it (a notice, an "
            "extension, a pause, a declaration)",
            id="dokumen bertanggal setelah tindakan yang mengirim atau memakainya "
            "(pemberitahuan, perpanjangan, penundaan, pernyataan)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.approval.after_use",
        severity=E,
        basis="UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3), Pasal 49 ayat (4)",
        title=Text(
            en="a test approved after the exemption it supports was declared or used to refuse",
            id="pengujian disetujui setelah pengecualian yang didasarkan padanya dinyatakan atau "
            "dipakai untuk menolak",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.loop.forward",
        severity=E,
        basis=f"{STEP_BASIS}; {LOG_BASIS}",
        title=Text(
            en="a loop back to a step the flow had not passed (a jump forward that skips steps), "
            "or from a step it had not reached",
            id="alur kembali ke langkah yang belum dilalui alur (lompatan ke depan yang melewati "
            "langkah), atau dari langkah yang belum dicapai",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.pause.unfounded",
        severity=E,
        basis=PAUSE_BASIS,
        title=Text(
            en="a pause without its written reason or without the surat keterangan tidak lengkap "
            "sent to the requester (it stops the notice clock all the same)",
            id="penundaan tanpa alasan tertulis atau tanpa surat keterangan tidak lengkap kepada "
            "pemohon (padahal menghentikan jam pemberitahuan)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.pause.never_resumed",
        severity=E,
        basis=PAUSE_BASIS,
        title=Text(
            en="a pause never ended by `resumed` although the case went on to its notice or its "
            "close (the notice clock stays stopped)",
            id="penundaan yang tidak pernah diakhiri `resumed` padahal kasus berlanjut sampai "
            "pemberitahuan atau selesai (jam pemberitahuan tetap berhenti)",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.date.after_case",
        severity=E,
        basis=f"{LOG_BASIS}; PERKI 1/2021 Pasal 49 ayat (3)-(5)",
        title=Text(
            en="in a closed case, a document or a record (Lembar, its approval, the Penetapan, "
            "its signature) dated after the last event of the log: the record says something "
            "happened after everything the case recorded",
            id="pada kasus yang selesai, dokumen atau rekaman (Lembar, persetujuannya, Penetapan, "
            "tanda tangannya) bertanggal setelah peristiwa terakhir log: rekaman menyatakan "
            "sesuatu terjadi setelah semua yang dicatat kasus",
        ),
        group="integrity",
    ),
    FindingCode(
        code="case.date.before_case",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (1) huruf a-b, ayat (3)",
        title=Text(
            en="a Lembar made in the case dated before it began: in the Penetapan of a request "
            "case, one made on the request (stage `on_request` or none) before the request was "
            "received; in a periodic round, one made before any request (stage `before_request` "
            "or none) before the round's first event (a `tests[]` Lembar on a request is "
            "`case.test.before_request`)",
            id="Lembar yang dibuat dalam kasus bertanggal sebelum kasus dimulai: pada Penetapan "
            "kasus permintaan, Lembar atas permintaan (tahap `on_request` atau tanpa tahap) "
            "sebelum permintaan diterima; pada putaran berkala, Lembar sebelum permintaan (tahap "
            "`before_request` atau tanpa tahap) sebelum peristiwa pertama putaran (Lembar "
            "`tests[]` atas permintaan: `case.test.before_request`)",
        ),
        group="integrity",
    ),
    # --- the law's instruments: the Penetapan a refusal rests on, the agency's period ----------
    # (case/instruments.py)
    FindingCode(
        code="case.penetapan.incomplete",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (5); PP 61/2010 Pasal 4",
        title=Text(
            en="the Penetapan a refusal or a declared exemption rests on lacks what Pasal 49 ayat "
            "(5) requires: the PPID's identity, the body and its unit, exempt rows with their "
            "description, reasons and period, the place and the date",
            id="Penetapan yang menjadi dasar penolakan atau pernyataan pengecualian tidak memuat "
            "isi Pasal 49 ayat (5): identitas PPID, Badan Publik dan unitnya, baris yang "
            "dikecualikan beserta uraian, alasan dan jangka waktunya, tempat dan tanggal",
        ),
        group="instruments",
    ),
    FindingCode(
        code="case.penetapan.after_refusal",
        severity=E,
        basis="PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4); PP 61/2010 Pasal 3 ayat (1)",
        title=Text(
            en="the Penetapan is dated after the refusal that rests on it (or bears no date)",
            id="Penetapan bertanggal setelah penolakan yang didasarkan padanya (atau tidak "
            "bertanggal)",
        ),
        group="instruments",
    ),
    FindingCode(
        code="case.exemption.not_penetapan",
        severity=E,
        basis="UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3), Pasal 49 ayat (4)",
        title=Text(
            en="an `exemption_declared` event whose document is not the case's Penetapan (not a "
            "document of a Penetapan kind, or not bearing the number of `penetapan.number`), "
            "or a case with no Penetapan record to declare",
            id="peristiwa `exemption_declared` yang dokumennya bukan Penetapan kasus ini (bukan "
            "dokumen berjenis Penetapan, atau nomornya bukan `penetapan.number`), atau kasus "
            "tanpa rekaman Penetapan yang dapat dinyatakan",
        ),
        group="instruments",
    ),
    FindingCode(
        code="case.refusal.penetapan_unnamed",
        severity=E,
        basis="PERKI 1/2021 Pasal 34 ayat (2); PP 61/2010 Pasal 4",
        title=Text(
            en="a refusal letter on an exemption ground that does not name the Penetapan it "
            "rests on (`refusal.penetapan`)",
            id="surat penolakan atas dasar pengecualian yang tidak menyebut Penetapan yang "
            "menjadi dasarnya (`refusal.penetapan`)",
        ),
        group="instruments",
    ),
    FindingCode(
        code="case.refusal.penetapan_mismatch",
        severity=E,
        basis="PERKI 1/2021 Pasal 34 ayat (2); PP 61/2010 Pasal 4",
        title=Text(
            en="a refusal letter naming a Penetapan other than the case's (`refusal.penetapan` "
            "differs from `penetapan.number`)",
            id="surat penolakan menyebut Penetapan lain daripada Penetapan kasus ini "
            "(`refusal.penetapan` berbeda dari `penetapan.number`)",
        ),
        group="instruments",
    ),
    FindingCode(
        code="case.penetapan.not_this_test",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (4)-(5); PP 61/2010 Pasal 4 ayat (2) huruf c",
        title=Text(
            en="the Penetapan does not set the result of this case's test: it is of another "
            "body than its Lembar or the case's Lembar, or an item the case's test withheld is "
            "not among its exempt rows",
            id="Penetapan tidak menetapkan hasil pengujian kasus ini: Badan Publiknya lain dari "
            "Lembarnya atau Lembar kasus, atau informasi yang dikecualikan pengujian kasus tidak "
            "ada di antara baris yang dikecualikannya",
        ),
        group="instruments",
    ),
    FindingCode(
        code="case.agency.inactive",
        severity=E,
        basis="the instrument that set up or dissolved the agency (AgencyInfo.active_basis)",
        title=Text(
            en="the case is dated outside the period in which the agency existed and its SOP "
            "was in force (KASN after its dissolution on 23 August 2024)",
            id="kasus bertanggal di luar masa instansi ada dan SOP-nya berlaku (KASN setelah "
            "dibubarkan pada 23 Agustus 2024)",
        ),
        group="instruments",
    ),
    # A due date counted from an accepted date (limits.FIRST_YEAR-LAST_YEAR) can fall outside
    # the years the holiday data covers: it is reported, by the rule that counts it, never an
    # internal error.
    FindingCode(
        code="case.time.beyond_calendar",
        severity=W,
        basis=f"{STEP_BASIS} (mutu baku: waktu); PERKI 1/2021 Pasal 1 angka 22 (hari kerja)",
        title=Text(
            en="a step's due date, counted in working days, falls outside the years the holiday "
            f"data covers ({FIRST_YEAR}-{LAST_YEAR}): it cannot be computed, so whether the step "
            "was on time is "
            "not judged",
            id="batas waktu langkah, dihitung dalam hari kerja, jatuh di luar tahun yang dicakup "
            f"data hari libur ({FIRST_YEAR}-{LAST_YEAR}): tidak dapat dihitung, sehingga ketepatan "
            "waktu langkah "
            "tidak dinilai",
        ),
        group="sop",
    ),
    FindingCode(
        code="case.notice.beyond_calendar",
        severity=W,
        basis=NOTICE_BASIS,
        title=Text(
            en="the written notice's due date (10 hari kerja from receipt, with an extension) "
            f"falls outside the years the holiday data covers ({FIRST_YEAR}-{LAST_YEAR}): it "
            "cannot be computed, "
            "so whether the notice was on time is not judged",
            id="batas waktu pemberitahuan tertulis (10 hari kerja sejak diterima, dengan "
            "perpanjangan) jatuh di luar tahun yang dicakup data hari libur "
            f"({FIRST_YEAR}-{LAST_YEAR}): tidak "
            "dapat dihitung, sehingga ketepatan waktu pemberitahuan tidak dinilai",
        ),
        group="clock",
    ),
    FindingCode(
        code="case.expiry.beyond_calendar",
        severity=W,
        basis="PP 61/2010 Pasal 11; PERKI 1/2021 Pasal 52",
        title=Text(
            en="the last day to declare expiring information open (30 hari kerja before its "
            f"period ends) falls before {FIRST_YEAR}, outside the holiday data: whether the "
            "declaration "
            "was in time is not judged",
            id="hari terakhir menyatakan informasi yang jangka waktunya berakhir sebagai terbuka "
            f"(30 hari kerja sebelum berakhir) jatuh sebelum {FIRST_YEAR}, di luar data hari "
            "libur: ketepatan waktunya tidak dinilai",
        ),
        group="expiry",
    ),
    # --- references: the numbers, bodies, items and papers a record names are this case's ----
    # (case/references.py)
    FindingCode(
        code="case.reference.request_number",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (4)",
        title=Text(
            en="the request form (a document of the kind the agency declares for the request) "
            "bears a number other than the request's registration number",
            id="formulir permohonan (dokumen berjenis permohonan yang dinyatakan instansi) "
            "bernomor lain daripada nomor pendaftaran permohonan",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.lembar_number",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (3), Lampiran II",
        title=Text(
            en="a document of a Lembar kind bears a number that no Lembar of the case has",
            id="dokumen berjenis Lembar Pengujian Konsekuensi bernomor yang tidak dimiliki Lembar "
            "mana pun dalam kasus",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.body",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf b, Lampiran II-III; UU 14/2008 Pasal 19",
        title=Text(
            en="a Lembar or the Penetapan names a public body other than the agency whose case it "
            "is (its registered name or a declared alias)",
            id="Lembar atau Penetapan menyebut Badan Publik lain daripada instansi pemilik kasus "
            "(nama terdaftar atau nama lain yang dinyatakan)",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.pause_document",
        severity=E,
        basis=PAUSE_BASIS,
        title=Text(
            en="a pause whose document is not the surat keterangan tidak lengkap: a record of "
            "another kind (the request form, a Lembar, a Penetapan) or not of the kind the agency "
            "declares for it",
            id="penundaan yang dokumennya bukan surat keterangan tidak lengkap: rekaman berjenis "
            "lain (formulir permohonan, Lembar, Penetapan) atau bukan jenis yang dinyatakan "
            "instansi untuknya",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.expiry_document",
        severity=E,
        basis="PP 61/2010 Pasal 11 ayat (1)-(2); PERKI 1/2021 Pasal 52",
        title=Text(
            en="an expiry declaration whose document is not the PPID's penetapan that opens the "
            "information: a record of another kind (the Penetapan that exempts, a Lembar, the "
            "request form) or not of the kind the agency declares for it",
            id="pernyataan berakhirnya pengecualian yang dokumennya bukan penetapan PPID yang "
            "membuka informasi: rekaman berjenis lain (Penetapan pengecualian, Lembar, formulir "
            "permohonan) atau bukan jenis yang dinyatakan instansi untuknya",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.expiry_not_exempt",
        severity=E,
        basis="PP 61/2010 Pasal 11 ayat (1); UU 14/2008 Pasal 20",
        title=Text(
            en="an expiry declared for an item the test never exempted (its outcome is open)",
            id="berakhirnya pengecualian dinyatakan atas informasi yang tidak pernah dikecualikan "
            "pengujian (statusnya terbuka)",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.expiry_date",
        severity=E,
        basis="PP 61/2010 Pasal 11 ayat (1)-(2); PERKI 1/2021 Pasal 49 ayat (5) huruf e",
        title=Text(
            en="an expiry declaration whose end date is not the end of the item's period (more "
            "than one day away), or that declares by date the end of a period that has no date "
            "(as long as needed: it ends by a new test, PP 61/2010 Pasal 10)",
            id="pernyataan berakhirnya pengecualian yang tanggal berakhirnya bukan akhir jangka "
            "waktu informasi itu (selisih lebih dari satu hari), atau yang menyatakan berakhir "
            "menurut tanggal jangka waktu yang tidak bertanggal (selama dibutuhkan: berakhir "
            "dengan pengujian baru, PP 61/2010 Pasal 10)",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.expiry_unverifiable",
        severity=W,
        basis="PP 61/2010 Pasal 11 ayat (1)-(2)",
        title=Text(
            en="an expiry declared for an item exempt until an event, with no latest date: the "
            "case does not record when the event happened, so the declared end is not checked",
            id="berakhirnya pengecualian dinyatakan atas informasi yang dikecualikan sampai suatu "
            "peristiwa tanpa batas tanggal: kasus tidak mencatat kapan peristiwa itu terjadi, "
            "sehingga tanggal berakhirnya tidak diperiksa",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.closed_with_parts",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7) huruf e; PERKI 1/2021 Pasal 50 ayat (1)-(2)",
        title=Text(
            en="a tested item closed as a whole that still records parts blacked out or a part "
            "given (`withheld_parts`, `released`): the record says both closed and partly open",
            id="informasi yang dikecualikan seluruhnya tetapi mencatat bagian yang dihitamkan "
            "atau bagian yang diberikan (`withheld_parts`, `released`): rekaman menyatakan "
            "tertutup sekaligus terbuka sebagian",
        ),
        group="references",
    ),
    FindingCode(
        code="case.reference.branch_outcome",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7); SOP langkah (the decision)",
        title=Text(
            en="a notice that withholds (refused, partly granted) after the SOP's decision took "
            'the branch whose condition gives the information ("tidak bersifat rahasia: '
            'diserahkan", "bersifat terbuka")',
            id="pemberitahuan yang menahan informasi (ditolak, diterima sebagian) setelah "
            'keputusan SOP mengambil cabang yang syaratnya memberikan informasi ("tidak bersifat '
            'rahasia: diserahkan", "bersifat terbuka")',
        ),
        group="references",
    ),
    # --- formalities: the signature, the dates and the hands of a record ----------------------
    # (case/formalities.py)
    FindingCode(
        code="case.refusal.unsigned",
        severity=E,
        basis=f"{REFUSAL_BASIS}; {OBJECTION_BASIS}",
        title=Text(
            en="a refusal letter that no PPID signed (`refusal.signed_by` missing): an unsigned "
            "letter is no decision of the PPID the requester can object to",
            id="surat penolakan yang tidak ditandatangani PPID (`refusal.signed_by` kosong): "
            "surat tanpa tanda tangan bukan keputusan PPID yang dapat diajukan keberatan",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.refusal.no_objection_addressee",
        severity=E,
        basis=f"{OBJECTION_BASIS}; PERKI 1/2021 Pasal 34 dan Lampiran (SK PPID tentang Penolakan)",
        title=Text(
            en="a refusal letter that does not say to whom the objection goes "
            "(`refusal.objection_to` missing)",
            id="surat penolakan yang tidak menyebut kepada siapa keberatan diajukan "
            "(`refusal.objection_to` kosong)",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.lembar.document_after_test",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (2) huruf a",
        title=Text(
            en="a source document of a tested item dated after the Lembar's date: the test "
            "cannot have examined a document made later",
            id="dokumen sumber informasi yang diuji bertanggal setelah tanggal Lembar: pengujian "
            "tidak mungkin memeriksa dokumen yang dibuat kemudian",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.penetapan.signed_after_date",
        severity=E,
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf f",
        title=Text(
            en="the Penetapan's signature dated after the Penetapan's own date: the Penetapan "
            "bears one date, the day it is set and signed",
            id="tanda tangan Penetapan bertanggal setelah tanggal Penetapan itu sendiri: "
            "Penetapan memuat satu tanggal, hari ditetapkan dan ditandatangani",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.penetapan.signed_after_refusal",
        severity=E,
        basis="PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4)",
        title=Text(
            en="the Penetapan signed after the refusal letter that rests on it: the refusal "
            "rested on a Penetapan not yet made",
            id="Penetapan ditandatangani setelah surat penolakan yang didasarkan padanya: "
            "penolakan bersandar pada Penetapan yang belum dibuat",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.requester.decides",
        severity=E,
        basis="UU 30/2014 Pasal 42 ayat (1)-(2); UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 "
        "Pasal 34",
        title=Text(
            en="the requester named as the official who decides on his own request (an act's "
            "actor, the refusal's signatory, the Penetapan's PPID or signatory, a Lembar's "
            "approver or participant): a conflict of interest",
            id="pemohon disebut sebagai pejabat yang memutus permohonannya sendiri (pelaku "
            "tindakan, penandatangan surat penolakan, PPID atau penandatangan Penetapan, "
            "penyetuju atau peserta Lembar): konflik kepentingan",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.approval.by_maker",
        severity=E,
        basis="PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e, Lampiran II",
        title=Text(
            en='a Lembar approved ("Menyetujui") in the name of the PPID who made the test: '
            "the approval is another, higher official's",
            id='Lembar disetujui ("Menyetujui") atas nama PPID yang membuat pengujian itu: '
            "persetujuan diberikan pejabat lain yang lebih tinggi",
        ),
        group="formalities",
    ),
    FindingCode(
        code="case.power.own_superior",
        severity=E,
        basis="UU 14/2008 Pasal 35 ayat (1), Pasal 36 ayat (2); PERKI 1/2021 Pasal 1 angka 10, "
        "Pasal 10 ayat (2) huruf e-f",
        title=Text(
            en="the official who acts as Atasan PPID also acts as the PPID (signs the refusal or "
            "the Penetapan, is its PPID, or does an act as PPID): he approves his own decision "
            "and would hear the objection against himself",
            id="pejabat yang bertindak sebagai Atasan PPID juga bertindak sebagai PPID "
            "(menandatangani surat penolakan atau Penetapan, menjadi PPID-nya, atau melakukan "
            "tindakan sebagai PPID): ia menyetujui keputusannya sendiri dan akan memeriksa "
            "keberatan atas dirinya sendiri",
        ),
        group="formalities",
    ),
    # --- sequence: the acts in the order the law puts them, within a day (act_order) ------
    FindingCode(
        code="case.document.used_before_made",
        severity=E,
        basis="UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 31 ayat (2), Pasal 36, Pasal 49 "
        "ayat (4)",
        title=Text(
            en="an act of the body (a notice, a declaration, an extension, a pause) delivers a "
            "paper the log shows made later, by a step completed after it",
            id="tindakan Badan Publik (pemberitahuan, pernyataan, perpanjangan, penundaan) "
            "menyampaikan surat yang menurut log baru dibuat kemudian, oleh langkah yang "
            "selesai sesudahnya",
        ),
        group="sequence",
    ),
    FindingCode(
        code="case.exemption.declared_after_refusal",
        severity=E,
        basis="UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3), Pasal 34 ayat (2), Pasal 49 "
        "ayat (4)",
        title=Text(
            en="a request refused before the log declares the exemption the refusal rests on: "
            "every exemption_declared comes after the notice",
            id="permohonan ditolak sebelum log menyatakan pengecualian yang menjadi dasar "
            "penolakan: setiap exemption_declared dicatat sesudah pemberitahuan",
        ),
        group="sequence",
    ),
    FindingCode(
        code="case.approval.after_declaration",
        severity=E,
        basis="UU 14/2008 Pasal 19; PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) "
        "huruf e",
        title=Text(
            en="the Lembar's approver acts in the log only after the exemption was declared or "
            "used to refuse: the approval came after its use, whatever date it bears",
            id="penyetuju Lembar baru bertindak dalam log setelah pengecualian dinyatakan atau "
            "dipakai untuk menolak: persetujuan datang sesudah dipakai, apa pun tanggalnya",
        ),
        group="sequence",
    ),
)

# One name per code, for the rules that build its findings.
LOG_NOT_CHRONOLOGICAL = CODES["case.log.not_chronological"]
ORDER_SKIPPED = CODES["case.order.skipped"]
ORDER_OUT_OF_ORDER = CODES["case.order.out_of_order"]
ORDER_BEFORE_PREDECESSOR = CODES["case.order.before_predecessor"]
ORDER_NOT_STARTED = CODES["case.order.not_started"]
ORDER_AFTER_END = CODES["case.order.after_end"]
DECISION_NO_BRANCH = CODES["case.decision.no_branch"]
DECISION_BRANCH_ON_PROCESS = CODES["case.decision.branch_on_process"]
LOOP_OUTSIDE_SOP = CODES["case.loop.outside_sop"]
LOOP_NO_REASON = CODES["case.loop.no_reason"]

TRIGGER_MISMATCH = CODES["case.trigger.mismatch"]
ACTOR_WRONG_ROLE = CODES["case.actor.wrong_role"]
INPUT_MISSING = CODES["case.input.missing"]
OUTPUT_MISSING = CODES["case.output.missing"]
DOCUMENT_DATED_AFTER_USE = CODES["case.document.dated_after_use"]
TIME_LATE = CODES["case.time.late"]
TIME_OUTSIDE_OFFICE_HOURS = CODES["case.time.outside_office_hours"]
TIME_OVERDUE = CODES["case.time.overdue"]

NOTICE_LATE = CODES["case.notice.late"]
NOTICE_MISSING = CODES["case.notice.missing"]
DEADLINE_AGENCY_CALENDAR = CODES["case.deadline.agency_calendar"]
NOTICE_OVERDUE = CODES["case.notice.overdue"]
EXTENSION_REPEATED = CODES["case.extension.repeated"]
EXTENSION_TOO_LONG = CODES["case.extension.too_long"]
EXTENSION_NO_REASON = CODES["case.extension.no_reason"]
EXTENSION_LATE = CODES["case.extension.late"]
EXTENSION_NOT_REQUEST = CODES["case.extension.not_request"]
PAUSE_LATE = CODES["case.pause.late"]
PAUSE_REQUESTER_LATE = CODES["case.pause.requester_late"]
PAUSE_UNMATCHED = CODES["case.pause.unmatched"]
PAUSE_NOT_REQUEST = CODES["case.pause.not_request"]

TEST_MISSING = CODES["case.test.missing"]
TEST_AFTER_EXEMPTION = CODES["case.test.after_exemption"]
TEST_BEFORE_REQUEST = CODES["case.test.before_request"]
PENETAPAN_MISSING = CODES["case.penetapan.missing"]
NOTICE_OUTCOME_MISMATCH = CODES["case.notice.outcome_mismatch"]
APPROVAL_WRONG_ROLE = CODES["case.approval.wrong_role"]

REFUSAL_NO_LETTER = CODES["case.refusal.no_letter"]
REFUSAL_NO_GROUND = CODES["case.refusal.no_ground"]
REFUSAL_GROUND_UNREADABLE = CODES["case.refusal.ground_unreadable"]
REFUSAL_GROUND_NOT_TESTED = CODES["case.refusal.ground_not_tested"]
REFUSAL_NO_CONSEQUENCE = CODES["case.refusal.no_consequence"]
REFUSAL_NO_OBJECTION_NOTICE = CODES["case.refusal.no_objection_notice"]
REFUSAL_OBJECTION_PERIOD = CODES["case.refusal.objection_period"]
REFUSAL_INCOMPLETE = CODES["case.refusal.incomplete"]

EXPIRY_LATE = CODES["case.expiry.late"]
EXPIRY_DATE_MISMATCH = CODES["case.expiry.date_mismatch"]

PENETAPAN_INCOMPLETE = CODES["case.penetapan.incomplete"]
PENETAPAN_AFTER_REFUSAL = CODES["case.penetapan.after_refusal"]
PENETAPAN_NOT_THIS_TEST = CODES["case.penetapan.not_this_test"]
EXEMPTION_NOT_PENETAPAN = CODES["case.exemption.not_penetapan"]
REFUSAL_PENETAPAN_UNNAMED = CODES["case.refusal.penetapan_unnamed"]
REFUSAL_PENETAPAN_MISMATCH = CODES["case.refusal.penetapan_mismatch"]
AGENCY_INACTIVE = CODES["case.agency.inactive"]

ITEM_RESULT_DIFFERS = CODES["case.consistency.item_result"]
LEMBAR_OTHER_REQUEST = CODES["case.consistency.lembar_request"]
LEMBAR_STAGE = CODES["case.consistency.lembar_stage"]
REFUSAL_OTHER_REGISTRATION = CODES["case.consistency.refusal_registration"]
REFUSAL_OTHER_REQUESTER = CODES["case.consistency.refusal_requester"]
REFUSAL_OTHER_INFORMATION = CODES["case.consistency.refusal_information"]

TIME_BEYOND_CALENDAR = CODES["case.time.beyond_calendar"]
NOTICE_BEYOND_CALENDAR = CODES["case.notice.beyond_calendar"]
EXPIRY_BEYOND_CALENDAR = CODES["case.expiry.beyond_calendar"]

REFERENCE_REQUEST_NUMBER = CODES["case.reference.request_number"]
REFERENCE_LEMBAR_NUMBER = CODES["case.reference.lembar_number"]
REFERENCE_BODY = CODES["case.reference.body"]
REFERENCE_PAUSE_DOCUMENT = CODES["case.reference.pause_document"]
REFERENCE_EXPIRY_DOCUMENT = CODES["case.reference.expiry_document"]
REFERENCE_EXPIRY_NOT_EXEMPT = CODES["case.reference.expiry_not_exempt"]
REFERENCE_EXPIRY_DATE = CODES["case.reference.expiry_date"]
REFERENCE_EXPIRY_UNVERIFIABLE = CODES["case.reference.expiry_unverifiable"]
REFERENCE_CLOSED_WITH_PARTS = CODES["case.reference.closed_with_parts"]
REFERENCE_BRANCH_OUTCOME = CODES["case.reference.branch_outcome"]

REFUSAL_UNSIGNED = CODES["case.refusal.unsigned"]
REFUSAL_NO_OBJECTION_ADDRESSEE = CODES["case.refusal.no_objection_addressee"]
LEMBAR_DOCUMENT_AFTER_TEST = CODES["case.lembar.document_after_test"]
PENETAPAN_SIGNED_AFTER_DATE = CODES["case.penetapan.signed_after_date"]
PENETAPAN_SIGNED_AFTER_REFUSAL = CODES["case.penetapan.signed_after_refusal"]
REQUESTER_DECIDES = CODES["case.requester.decides"]
APPROVAL_BY_MAKER = CODES["case.approval.by_maker"]
POWER_OWN_SUPERIOR = CODES["case.power.own_superior"]
DOCUMENT_USED_BEFORE_MADE = CODES["case.document.used_before_made"]
EXEMPTION_DECLARED_AFTER_REFUSAL = CODES["case.exemption.declared_after_refusal"]
APPROVAL_AFTER_DECLARATION = CODES["case.approval.after_declaration"]
