<?php
// A small client of the uji-konsekuensi service (docs/service.md) for PHP portals: plain PHP 8,
// no extension beyond json (the http:// stream wrapper does the requests; no curl needed).
//
//   $uk = new UjiKonsekuensi('http://127.0.0.1:8421', getenv('UJI_KONSEKUENSI_TOKEN') ?: null);
//   $due = $uk->get('/v1/due', ['start' => '2025-03-25', 'deadline' => 'notice', 'agency' => 'kalbar']);
//
// An error answer (RFC 9457 problem+json) is thrown as UjiKonsekuensiError, whose problems()
// give each problem's JSON path and message, to show next to the form field concerned.

declare(strict_types=1);

final class UjiKonsekuensiError extends RuntimeException
{
    /** @param array<string, mixed> $problem the problem+json document */
    public function __construct(public readonly int $status, public readonly array $problem)
    {
        parent::__construct(($problem['title'] ?? 'error') . ': ' . ($problem['detail'] ?? ''), $status);
    }

    /** @return list<array<string, mixed>> path, message, message_en, value, expected */
    public function problems(): array
    {
        return $this->problem['problems'] ?? [];
    }
}

final class UjiKonsekuensi
{
    public function __construct(
        private string $baseUrl = 'http://127.0.0.1:8421',
        private ?string $token = null,
        private string $language = 'id',
        private float $timeout = 30.0,
    ) {
        $this->baseUrl = rtrim($this->baseUrl, '/');
    }

    /** GET a JSON answer. @param array<string, scalar|list<scalar>> $query */
    public function get(string $path, array $query = []): array
    {
        return json_decode($this->request('GET', $path, $query)['body'], true, 512, JSON_THROW_ON_ERROR);
    }

    /** POST JSON data, get a JSON answer. */
    public function post(string $path, mixed $data, array $query = []): array
    {
        $answer = $this->request('POST', $path, $query, json_encode($data, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE));
        return json_decode($answer['body'], true, 512, JSON_THROW_ON_ERROR);
    }

    /** POST JSON data, get a file: ['body' => bytes, 'type' => content type, 'filename' => name]. */
    public function download(string $path, mixed $data, array $query = []): array
    {
        return $this->request('POST', $path, $query, json_encode($data, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE));
    }

    /** @return array{status: int, body: string, type: string, filename: ?string} */
    private function request(string $method, string $path, array $query, ?string $body = null): array
    {
        $url = $this->baseUrl . $path;
        if ($query) {
            // branch=... may repeat: PHP's http_build_query would write branch[0]=...
            $parts = [];
            foreach ($query as $key => $value) {
                foreach ((array) $value as $item) {
                    $item = is_bool($item) ? ($item ? 'true' : 'false') : (string) $item;
                    $parts[] = rawurlencode((string) $key) . '=' . rawurlencode($item);
                }
            }
            $url .= '?' . implode('&', $parts);
        }
        $headers = ["Accept-Language: {$this->language}", 'Accept: */*'];
        if ($this->token !== null) {
            $headers[] = "Authorization: Bearer {$this->token}";
        }
        if ($body !== null) {
            $headers[] = 'Content-Type: application/json';
        }
        $context = stream_context_create(['http' => [
            'method' => $method,
            'header' => implode("\r\n", $headers),
            'content' => $body ?? '',
            'timeout' => $this->timeout,
            'ignore_errors' => true, // read the problem+json of an error answer too
        ]]);
        $payload = @file_get_contents($url, false, $context);
        if ($payload === false) {
            throw new RuntimeException("uji-konsekuensi service not reachable at {$this->baseUrl}");
        }
        $status = 0;
        $type = '';
        $filename = null;
        foreach ($http_response_header as $line) {
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $m)) {
                $status = (int) $m[1]; // the last status line wins (after a redirect)
            } elseif (stripos($line, 'content-type:') === 0) {
                $type = trim(substr($line, 13));
            } elseif (preg_match('/^content-disposition:.*filename="([^"]+)"/i', $line, $m)) {
                $filename = $m[1];
            }
        }
        if ($status >= 400) {
            $problem = json_decode($payload, true) ?: ['title' => "HTTP $status", 'detail' => $payload];
            throw new UjiKonsekuensiError($status, $problem);
        }
        return ['status' => $status, 'body' => $payload, 'type' => $type, 'filename' => $filename];
    }
}
