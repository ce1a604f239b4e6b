"""The Python half of `make bench` and `make soak` (ops/bench.sh runs the services).

    driver.py prepare PLAN      picks the pages, counts each one's database queries, saves a
                                static copy of the home page and an expert's session (Django)
    driver.py bench PLAN URL    wrk against each page of the plan; prints a table
    driver.py soak PLAN URL     wrk against a mix of the pages for SOAK_SECONDS, restarting
                                PostgreSQL (and stopping the search node) on the way; fails on
                                a 5xx other than 503 or on memory growth beyond the bound

Settings from the environment: BENCH_SECONDS (10), BENCH_THREADS (2), BENCH_CONNECTIONS (16),
SOAK_SECONDS (180), SOAK_WARMUP_SECONDS (20, before the memory is first measured),
SOAK_MAX_RSS_GROWTH_MB (50, per gunicorn worker), GUNICORN_PID.
"""

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent.parent
# A query string the pages ignore: it makes the page cache step aside (ravot.page_cache)
# so that the same page is also measured as rendered.
UNCACHED = "?bench=render"


def env_number(name, default):
    return int(os.environ.get(name) or default)


# -- prepare (inside Django) -----------------------------------------------------------------


def prepare(plan_path):
    sys.path.insert(0, str(CHECKOUT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from django.urls import reverse
    from django.utils import translation

    from home.models import HomePage
    from manual.models import ManualChapterPage
    from ravot_events.models import EventPage
    from referral.models import DirectoryIndexPage

    def english(model):
        return model.objects.live().filter(locale__language_code="en").order_by("path").first()

    with translation.override("en"):
        search_url = reverse("search") + "?q=trafficking"
        forum_url = reverse("forum:index")
    expert = get_user_model().objects.get(username="anna.hu.ngo")  # a vetted demo expert
    expert_client = Client(HTTP_HOST="127.0.0.1")
    expert_client.force_login(expert)
    session = expert_client.cookies[settings.SESSION_COOKIE_NAME].value
    cookie = f"{settings.SESSION_COOKIE_NAME}={session}"

    pages = [
        ("home", english(HomePage).url, True),
        ("manual chapter", english(ManualChapterPage).url, True),
        ("event", english(EventPage).url, True),
        ("directory", english(DirectoryIndexPage).url, True),
        ("search results", search_url, False),
    ]
    anonymous = Client(HTTP_HOST="127.0.0.1")
    targets = []

    def count_queries(client, url):
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(url)  # warm the per-process caches (site root paths, settings)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return len(queries), response

    for name, url, cacheable in pages:
        queries, response = count_queries(anonymous, url)
        if name == "search results" and b"search-result__title" not in response.content:
            raise SystemExit(f"{url} found nothing: the benchmark needs a page of results")
        if cacheable:
            targets.append({"name": name, "path": url, "queries": queries, "cache": "hit"})
            targets.append(
                {"name": f"{name} (rendered)", "path": url + UNCACHED, "queries": queries}
            )
        else:
            targets.append({"name": name, "path": url, "queries": queries})
    queries, _ = count_queries(expert_client, forum_url)
    targets.append({"name": "forum index (expert)", "path": forum_url, "queries": queries})

    # The upper bound: the home page's HTML as a file, served by WhiteNoise in the same
    # gunicorn (it indexes STATIC_ROOT when it starts, so this runs before gunicorn).
    _, home = count_queries(anonymous, english(HomePage).url)
    static_copy = Path(settings.STATIC_ROOT) / "bench" / "home.html"
    static_copy.parent.mkdir(parents=True, exist_ok=True)
    static_copy.write_bytes(home.content)
    targets.append({"name": "static copy of home", "path": "/static/bench/home.html"})

    Path(plan_path).write_text(json.dumps({"cookie": cookie, "targets": targets}, indent=2))


# -- bench and soak (outside Django: wrk is the load, this only reads its figures) ----------


def check(base_url, target, cookie):
    """One request first: the page answers 200 (and fills the page cache)."""
    request = urllib.request.Request(base_url + target["path"])  # noqa: S310 (loopback)
    if target.get("expert"):
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (loopback)
        if response.status != 200:
            raise SystemExit(f"{target['path']} answered {response.status}")


def wrk(url, seconds, script, *extra, script_args=()):
    command = [
        "wrk",
        f"--threads={env_number('BENCH_THREADS', 2)}",
        f"--connections={env_number('BENCH_CONNECTIONS', 16)}",
        f"--duration={seconds}s",
        "--timeout=10s",
        f"--script={HERE / script}",
        *extra,
        url,
    ]
    if script_args:
        command += ["--", *script_args]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def milliseconds(microseconds):
    return f"{microseconds / 1000:.1f}"


def bench(plan_path, base_url):
    plan = json.loads(Path(plan_path).read_text())
    for target in plan["targets"]:
        target["expert"] = "expert" in target["name"]
    seconds = env_number("BENCH_SECONDS", 10)
    rows = []
    for target in plan["targets"]:
        check(base_url, target, plan["cookie"])
        extra = ["--header", f"Cookie: {plan['cookie']}"] if target["expert"] else []
        figures = wrk(base_url + target["path"], seconds, "report.lua", *extra)
        queries = target.get("queries")
        if target.get("cache"):
            queries = f"0 ({queries} rendered)"
        rows.append(
            [
                target["name"],
                f"{figures['requests'] / figures['seconds']:.0f}",
                milliseconds(figures["p50_us"]),
                milliseconds(figures["p95_us"]),
                milliseconds(figures["p99_us"]),
                str(figures["bad_status"] + figures["socket_errors"]),
                "-" if queries is None else str(queries),
            ]
        )
        print(f"  {target['name']}: done", file=sys.stderr)
    print_table(
        ["page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "queries"],
        rows,
    )


def print_table(header, rows):
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * width for width in widths], *rows]:
        cells = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells))


def worker_rss_mb():
    """Resident memory of each gunicorn worker (the master's children), in MB."""
    master = os.environ["GUNICORN_PID"]
    pids = subprocess.run(
        ["pgrep", "-P", master], capture_output=True, text=True, check=True
    ).stdout.split()
    sizes = {}
    for pid in pids:
        rss = subprocess.run(["ps", "-o", "rss=", "-p", pid], capture_output=True, text=True)
        if rss.stdout.strip():
            sizes[pid] = int(rss.stdout) / 1024
    return sizes


def soak(plan_path, base_url):
    plan = json.loads(Path(plan_path).read_text())
    seconds = env_number("SOAK_SECONDS", 180)
    bound = env_number("SOAK_MAX_RSS_GROWTH_MB", 50)
    paths = [
        ("!" if "expert" in target["name"] else "") + target["path"] for target in plan["targets"]
    ]
    # Memory is measured after a warm-up: the first renders fill caches that are meant to
    # stay (templates, translations, site root paths), which is growth but not a leak.
    wrk(
        base_url + "/",
        env_number("SOAK_WARMUP_SECONDS", 20),
        "soak.lua",
        script_args=[plan["cookie"], *paths],
    )
    before = worker_rss_mb()

    def disturb():
        # A third of the way: PostgreSQL restarts; half-way: the search node stops.
        time.sleep(seconds / 3)
        subprocess.run([CHECKOUT / "ops" / "postgres.sh", "restart"], check=True)
        print(f"  {time.strftime('%X')} PostgreSQL restarted", file=sys.stderr)
        if os.environ.get("OPENSEARCH_STATE"):
            time.sleep(seconds / 6)
            subprocess.run([CHECKOUT / "ops" / "opensearch.sh", "stop"], check=True)
            print(f"  {time.strftime('%X')} search node stopped", file=sys.stderr)

    disturbance = threading.Thread(target=disturb)
    disturbance.start()
    figures = wrk(base_url + "/", seconds, "soak.lua", script_args=[plan["cookie"], *paths])
    disturbance.join()
    after = worker_rss_mb()

    # After the disturbances every page answers again, with no restart of the app.
    for target in plan["targets"]:
        target["expert"] = "expert" in target["name"]
        check(base_url, target, plan["cookie"])

    print(
        f"{figures['requests']} requests in {figures['seconds']:.0f} s "
        f"({figures['requests'] / figures['seconds']:.0f}/s), p50 {milliseconds(figures['p50_us'])}"
        f" ms, p95 {milliseconds(figures['p95_us'])} ms, p99 {milliseconds(figures['p99_us'])} ms"
    )
    print(
        f"5xx: {figures['server_errors']} errors, {figures['unavailable']} × 503 while the "
        f"database restarted; socket errors: {figures['socket_errors']}"
    )
    failures = []
    if figures["server_errors"]:
        failures.append(f"{figures['server_errors']} responses were 5xx errors other than 503")
    rows = []
    for pid, start in sorted(before.items()):
        end = after.get(pid)
        if end is None:
            failures.append(f"worker {pid} is gone (it crashed or was restarted)")
            continue
        rows.append([pid, f"{start:.0f}", f"{end:.0f}", f"{end - start:+.0f}"])
        if end - start > bound:
            failures.append(f"worker {pid} grew by {end - start:.0f} MB (bound: {bound} MB)")
    print_table(["worker", "RSS start MB", "RSS end MB", "growth MB"], rows)
    if failures:
        raise SystemExit("Soak failed: " + "; ".join(failures))
    print(f"Soak passed: no 5xx error, no worker grew by more than {bound} MB.")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"prepare": prepare, "bench": bench, "soak": soak}[command](*arguments)
