"""The referral demo: enough organisations in three countries, consular contacts, four
languages, clearly marked, and a second run changes nothing."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from referral.models import Organisation

pytestmark = pytest.mark.django_db


def test_at_least_thirty_demo_organisations_in_the_three_countries():
    english = Organisation.objects.filter(locale__language_code="en")
    assert english.count() >= 30
    assert set(english.values_list("country", flat=True)) == {"HU", "BE", "NL"}
    assert all(english.values_list("demonstration", flat=True))
    for entry in english:
        assert entry.email.endswith("@example.org")
        assert "555 01" in (entry.phone or entry.hotline)
        assert entry.description.startswith("Demonstration entry.")


def test_consular_contacts_of_each_country_in_the_other_two():
    consulates = Organisation.objects.filter(
        locale__language_code="en", organisation_type="consulate"
    )
    pairs = set(consulates.values_list("represented_country", "country"))
    countries = {"HU", "BE", "NL"}
    assert pairs == {(a, b) for a in countries for b in countries if a != b}


def test_every_entry_is_translated_into_every_language():
    for entry in Organisation.objects.filter(locale__language_code="en"):
        languages = set(
            Organisation.objects.filter(translation_key=entry.translation_key).values_list(
                "locale__language_code", flat=True
            )
        )
        assert languages == {"en", "hu", "nl", "fr"}, entry.name
    hungarian = Organisation.objects.get(locale__language_code="hu", slug="open-line-hungary")
    assert hungarian.name == "Nyitott Vonal Magyarország"
    assert hungarian.phone == "" and hungarian.hotline == "+36 1 555 0118"


@pytest.mark.smoke
def test_second_run_changes_nothing():
    before = (Organisation.objects.count(), Page.objects.count())
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    assert (Organisation.objects.count(), Page.objects.count()) == before
    assert "Referral demo ready (0 new directory entries, 0 new English pages)" in output.getvalue()
