"""Editors manage the directory in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group

from referral.models import Organisation
from tests.conftest import soup

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/referral/organisation/add/"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("dir-editor", "de@example.org", "pw-long-enough-1")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def test_editor_adds_an_entry_with_several_services(editor_client):
    response = editor_client.get(ADD_URL)
    assert response.status_code == 200
    assert 'name="services"' in response.content.decode()

    response = editor_client.post(
        ADD_URL,
        {
            "name": "Harbour Lights Association",
            "slug": "",
            "organisation_type": "ngo",
            "country": "NL",
            "represented_country": "",
            "region": "",
            "city": "Rotterdam",
            "description": "Helps victims.",
            "services": ["shelter", "legal_aid"],
            "target_groups": ["women"],
            "languages": ["nl", "hu"],
            "phone": "+31 20 555 0199",
            "hotline": "",
            "email": "lights@example.org",
            "website": "",
            "street_address": "",
            "postal_code": "",
            "opening_hours": "",
            "last_verified": "2026-11-01",
            "locale": "en",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = Organisation.objects.get(name="Harbour Lights Association")
    assert entry.services == ["shelter", "legal_aid"]
    assert entry.slug == "harbour-lights-association"
    assert Organisation.objects.filter(services__has="legal_aid", pk=entry.pk).exists()


def test_unknown_service_code_is_refused(editor_client):
    response = editor_client.post(
        ADD_URL,
        {
            "name": "Bad Codes",
            "organisation_type": "ngo",
            "country": "NL",
            "services": ["teleportation"],
            "locale": "en",
        },
    )
    assert response.status_code == 200  # the form again, with an error
    assert not Organisation.objects.filter(name="Bad Codes").exists()


def test_editor_opens_an_entry_to_edit(editor_client):
    entry = Organisation.objects.filter(locale__language_code="en").first()
    response = editor_client.get(f"/admin/snippets/referral/organisation/edit/{entry.pk}/")
    assert response.status_code == 200
    assert soup(response).select_one('input[name="name"]')["value"] == entry.name
