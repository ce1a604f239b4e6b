"""A real OpenSearch node is stopped while the site runs on it: search says it is degraded
and answers from the database, and publishing and the admin (its search too) keep working.
How the updates missed meanwhile reach the node again is in test_degraded.py.

The node of `make test` serves every other test, so this one starts a second node of its
own (ops/opensearch.sh with another state file) and stops it for real."""

import io
import os
import subprocess
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command

from home.models import HomePage
from search.models import PendingIndexUpdate
from tests.factories import StandardPageFactory
from tests.search.conftest import find

ROOT = Path(__file__).resolve().parents[2]


class Node:
    def __init__(self, state_file):
        self.env = {**os.environ, "OPENSEARCH_STATE": str(state_file)}
        self.url = None

    def _run(self, action):
        return subprocess.run(
            [str(ROOT / "ops" / "opensearch.sh"), action],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def start(self):
        result = self._run("start")
        for line in result.stdout.splitlines():
            if line.startswith("SEARCH_URL="):
                self.url = line.removeprefix("SEARCH_URL=")
        return self.url

    def stop(self):
        self._run("stop")


@pytest.fixture(scope="module")
def second_node(tmp_path_factory):
    from django.conf import settings

    if not settings.SEARCH_URL:
        pytest.skip("no search engine (SEARCH_URL unset): run `make test` to start OpenSearch")
    node = Node(tmp_path_factory.mktemp("opensearch") / "state")
    if not node.start():
        pytest.fail("a second OpenSearch node could not start")
    yield node
    node.stop()


@pytest.fixture
def on_second_node(second_node, settings, db):
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "URLS": [second_node.url],
            "INDEX_PREFIX": "stopped_",
        },
    }
    call_command("search_reindex", "--engine-only", stdout=io.StringIO())
    return second_node


def test_the_site_keeps_serving_when_the_node_stops(on_second_node, admin_client, client):
    before = find("Payoke", "nl")
    assert before.results and not before.degraded

    on_second_node.stop()
    cache.clear()  # forget that the node was up a moment ago, as after 30 s

    after = find("Payoke", "nl")
    assert after.degraded and after.results

    response = client.get("/en/search/", {"q": "Payoke"})
    assert response.status_code == 200
    assert "reduced mode" in response.content.decode()
    assert client.get("/en/").status_code == 200
    assert client.get("/api/search/", {"q": "Payoke", "lang": "en"}).json()["results"]

    # Publishing goes on and is remembered for the node; the admin and its search answer.
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPageFactory(parent=home, title="Quokka protocol")
    assert PendingIndexUpdate.objects.filter(object_id=str(page.pk), action="index").exists()
    assert admin_client.get("/admin/").status_code == 200
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    admin_search = admin_client.get("/admin/pages/search/", {"q": "Quokka"})
    assert admin_search.status_code == 200
    assert "Quokka protocol" in admin_search.content.decode()
