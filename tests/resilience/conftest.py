"""A live gunicorn on a PostgreSQL of its own (a copy of the suite's seeded database), so
that the tests can restart that server, and cut the search node, while the site serves."""

import contextlib
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from glob import glob
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

CHECKOUT = Path(__file__).resolve().parent.parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_tool(name):
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


@pytest.fixture(scope="module")
def second_postgres(django_db_setup, django_db_blocker, tmp_path_factory):
    """A second PostgreSQL server (ops/postgres.sh with POSTGRES_STATE) holding a copy of
    the suite's seeded test database."""
    if connection.vendor != "postgresql":
        if os.environ.get("CI") == "true":
            pytest.fail("the resilience tests need PostgreSQL (make test starts it)")
        pytest.skip("the suite runs on SQLite: the PostgreSQL restart needs `make test`")
    state = tmp_path_factory.mktemp("postgres") / "state"
    env = {**os.environ, "POSTGRES_STATE": str(state)}
    started = subprocess.run(
        [CHECKOUT / "ops" / "postgres.sh", "start"], env=env, capture_output=True, text=True
    )
    assert started.returncode == 0, started.stderr
    url = started.stdout.split("DATABASE_URL=")[1].strip()
    try:
        source = connection.settings_dict
        dump = subprocess.run(
            [
                postgres_tool("pg_dump"),
                "--no-owner",
                "--no-privileges",
                f"--host={source['HOST']}",
                f"--port={source['PORT']}",
                f"--username={source['USER']}",
                source["NAME"],
            ],
            capture_output=True,
            check=True,
            env={**os.environ, "PGPASSWORD": source["PASSWORD"] or ""},
        ).stdout
        subprocess.run(
            [postgres_tool("psql"), "--quiet", "--set=ON_ERROR_STOP=1", url],
            input=dump,
            capture_output=True,
            check=True,
        )
        yield {"url": url, "env": env}
    finally:
        subprocess.run([CHECKOUT / "ops" / "postgres.sh", "stop"], env=env, capture_output=True)


class Forwarder:
    """A loopback TCP forwarder to the search node: cutting it makes the node unreachable
    (connections refused, open ones closed) without stopping the suite's node."""

    def __init__(self, target_url):
        host_port = target_url.split("//", 1)[1].rstrip("/")
        host, port = host_port.rsplit(":", 1)
        self.target = (host, int(port))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.sockets = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # cut
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for source, sink in [(client, upstream), (upstream, client)]:
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                end.close()

    def cut(self):
        for open_socket in self.sockets:
            with contextlib.suppress(OSError):
                open_socket.shutdown(socket.SHUT_RDWR)
            open_socket.close()


class LiveSite:
    def __init__(self, process, base_url):
        self.process = process
        self.base_url = base_url

    def get(self, path):
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=30) as response:  # noqa: S310
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def worker_pids(self):
        found = subprocess.run(
            [shutil.which("ps"), "-o", "pid=", "--ppid", str(self.process.pid)],
            capture_output=True,
            text=True,
        )
        return sorted(found.stdout.split())


@pytest.fixture(scope="module")
def search_forwarder():
    if not settings.SEARCH_URL:
        return None
    forwarder = Forwarder(settings.SEARCH_URL)
    yield forwarder
    forwarder.cut()


@pytest.fixture(scope="module")
def live_site(second_postgres, search_forwarder, tmp_path_factory):
    """gunicorn (one worker, as in production but with the test settings) on the second
    PostgreSQL, searching through the forwarder when the suite has a search node."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": second_postgres["url"],
        "DJANGO_SETTINGS_MODULE": "ravot.settings.test",
        "VAR_DIR": str(tmp_path_factory.mktemp("var")),
    }
    if search_forwarder:
        env["SEARCH_URL"] = search_forwarder.url
    else:
        env.pop("SEARCH_URL", None)
    log = tmp_path_factory.mktemp("gunicorn") / "log"
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [
                CHECKOUT / ".venv" / "bin" / "gunicorn",
                "ravot.wsgi",
                f"--bind=127.0.0.1:{port}",
                "--workers=1",
                "--no-control-socket",  # its default path is shared by every gunicorn
                "--timeout=60",
            ],
            cwd=CHECKOUT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    site = LiveSite(process, f"http://127.0.0.1:{port}")
    try:
        for _ in range(60):
            try:
                if site.get("/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail(f"gunicorn did not start: {log.read_text()[-2000:]}")
        yield site
    finally:
        process.terminate()
        process.wait(timeout=30)
    # Django logs every 500 (the search engine's failures are logged too, on purpose).
    assert "Internal Server Error:" not in log.read_text(), log.read_text()[-4000:]
