<?php
// What a PHP portal does with the uji-konsekuensi service: compute the notice deadline of a
// request, check a case when it is saved, download the refusal letter, show an input error.
//
//   uji-konsekuensi serve &                       # http://127.0.0.1:8421
//   php examples/php/example.php /tmp/surat       # writes the letter into /tmp/surat
//
// UJI_KONSEKUENSI_URL and UJI_KONSEKUENSI_TOKEN (if the service requires one) are read from the
// environment. Run from the repository root (it reads the example cases in examples/cases/).

declare(strict_types=1);

require __DIR__ . '/UjiKonsekuensi.php';

$uk = new UjiKonsekuensi(
    getenv('UJI_KONSEKUENSI_URL') ?: 'http://127.0.0.1:8421',
    getenv('UJI_KONSEKUENSI_TOKEN') ?: null,
);
$cases = __DIR__ . '/../cases';
$outDir = $argv[1] ?? sys_get_temp_dir();

// 1. The notice to a request received on 25 March 2025 at Diskominfo Kalbar: 10 hari kerja
//    (UU 14/2008 Pasal 22 ayat (7)), Nyepi, Idul Fitri and cuti bersama not counted.
$due = $uk->get('/v1/due', ['start' => '2025-03-25', 'deadline' => 'notice', 'agency' => 'kalbar']);
printf("Tenggat pemberitahuan: %s (%s)\n", $due['due'], $due['deadline']['basis']);
printf("Hari tidak dihitung: %d\n", count($due['skipped']));

// 2. Check two cases when the portal saves them (a batch: an array of case files).
$batch = [
    json_decode(file_get_contents("$cases/kalbar.case.json"), true),
    json_decode(file_get_contents("$cases/violations/kalbar-late-notice.json"), true),
];
$report = $uk->post('/v1/check', $batch);
foreach ($report['cases'] as $case) {
    $codes = array_map(fn ($f) => $f['code'], $case['findings']);
    printf("Kasus %s: %s%s\n", $case['case_id'], $case['outcome'], $codes ? ' ' . implode(', ', $codes) : '');
}

// 3. The refusal letter of a case, as PDF, saved under the name the service gives.
$case = json_decode(file_get_contents("$cases/kutai-timur.case.json"), true);
$letter = $uk->download('/v1/render/penolakan', $case, ['format' => 'pdf']);
file_put_contents("$outDir/{$letter['filename']}", $letter['body']);
printf("Surat penolakan: %s (%s)\n", $letter['filename'], $letter['type']);

// 4. A wrong input: every problem has its JSON path, to show next to the form field.
try {
    $uk->get('/v1/due', ['start' => '2025-02-30', 'days' => 10]);
} catch (UjiKonsekuensiError $error) {
    foreach ($error->problems() as $problem) {
        printf("Masalah %d pada %s: %s\n", $error->status, $problem['path'], $problem['message']);
    }
}
