-- wrk's figures as one line of JSON for ops/bench/driver.py (--latency has no p95).
function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        '{"requests": %d, "seconds": %.3f, "p50_us": %d, "p95_us": %d, "p99_us": %d, '
            .. '"bad_status": %d, "socket_errors": %d}\n',
        summary.requests, summary.duration / 1e6,
        latency:percentile(50), latency:percentile(95), latency:percentile(99),
        errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
