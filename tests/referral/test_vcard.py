"""The vCard download: valid vCard 4.0 that an independent parser reads back."""

import pytest
import vobject

from referral.vcard import MAX_LINE_OCTETS, escape_text, fold

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tricky(db):
    return OrganisationFactory(
        name="Árvíztűrő; Tükörfúrógép, Egyesület\\Alapítvány",
        organisation_type="shelter",
        country="HU",
        city="Pécs",
        region="Baranya",
        street_address="Minta utca 1., II. emelet",
        postal_code="7621",
        description="Line one; with a comma, a backslash \\ and\na second line. " * 3,
        opening_hours="Day and night",
        phone="+36 1 555 0150",
        hotline="+36 1 555 0151",
        email="tricky@example.org",
        website="https://example.org/tricky/",
        languages=["hu", "rom", "en"],
    )


def download(client, directory, entry):
    response = client.get(f"{directory.url}{entry.slug}/vcard/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{entry.slug}.vcf"'
    return response.content.decode("utf-8")


def test_vcard_parses_with_every_field(client, directory, tricky):
    text = download(client, directory, tricky)
    card = vobject.readOne(text)

    assert card.version.value == "4.0"
    assert card.fn.value == tricky.name
    assert [tel.value for tel in card.contents["tel"]] == ["tel:+3615550150", "tel:+3615550151"]
    assert card.email.value == "tricky@example.org"
    assert card.url.value == "https://example.org/tricky/"
    address = card.adr.value
    assert address.street == "Minta utca 1., II. emelet"
    assert address.city == "Pécs"
    assert address.region == "Baranya"
    assert address.code == "7621"
    assert address.country == "Hungary"
    assert card.note.value == f"{tricky.description}\n{tricky.opening_hours}"
    assert [lang.value for lang in card.contents["lang"]] == ["hu", "rom", "en"]
    assert card.source.value.endswith(f"/{tricky.slug}/vcard/")


def test_vcard_lines_end_in_crlf_and_are_folded_at_75_octets(client, directory, tricky):
    raw = download(client, directory, tricky).encode("utf-8")
    assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert raw.endswith(b"END:VCARD\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)  # no bare newlines inside a line
    assert all(len(line) <= MAX_LINE_OCTETS for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long note was folded
    for line in lines:
        line.decode("utf-8")  # no line ends inside a multi-byte character


def test_escaping_and_folding_helpers():
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    folded = fold("NOTE:" + "é" * 80)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= MAX_LINE_OCTETS for piece in pieces)
    assert "".join(piece[1:] if i else piece for i, piece in enumerate(pieces)) == (
        "NOTE:" + "é" * 80
    )


def test_entry_without_address_has_no_adr(client, directory):
    entry = OrganisationFactory(street_address="", city="", phone="", hotline="")
    card = vobject.readOne(download(client, directory, entry))
    assert "adr" not in card.contents
    assert "tel" not in card.contents
