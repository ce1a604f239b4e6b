-- The soak's mix: every thread walks the paths given after `--` in turn; paths that start
-- with "!" are requested with the expert's cookie (the first argument). Counts the 503s
-- (the database was unreachable) apart from the other 5xx (bugs).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    cookie = args[1]
    paths = {}
    for i = 2, #args do
        table.insert(paths, args[i])
    end
    index = 0
    unavailable = 0
    server_errors = 0
end

function request()
    index = index % #paths + 1
    local path = paths[index]
    if path:sub(1, 1) == "!" then
        return wrk.format("GET", path:sub(2), { Cookie = cookie })
    end
    return wrk.format("GET", path)
end

function response(status, headers, body)
    if status == 503 then
        unavailable = unavailable + 1
    elseif status >= 500 then
        server_errors = server_errors + 1
    end
end

function done(summary, latency, requests)
    local total_unavailable, total_server_errors = 0, 0
    for _, thread in ipairs(threads) do
        total_unavailable = total_unavailable + thread:get("unavailable")
        total_server_errors = total_server_errors + thread:get("server_errors")
    end
    local errors = summary.errors
    io.write(string.format(
        '{"requests": %d, "seconds": %.3f, "p50_us": %d, "p95_us": %d, "p99_us": %d, '
            .. '"bad_status": %d, "socket_errors": %d, "unavailable": %d, "server_errors": %d}\n',
        summary.requests, summary.duration / 1e6,
        latency:percentile(50), latency:percentile(95), latency:percentile(99),
        errors.status, errors.connect + errors.read + errors.write + errors.timeout,
        total_unavailable, total_server_errors))
end
