import pytest


@pytest.mark.smoke
@pytest.mark.django_db
def test_health_check_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_health_check_answers_on_any_host_name(client):
    """The container runtime probes by address, which is not an allowed host."""
    assert client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    assert client.get("/en/", HTTP_HOST="10.0.0.7:8000").status_code == 400
