"""The events demo: speakers, documents, the events index and its events in four languages.

English content is created and published first, then translated through wagtail-localize
(home.demo.translation). Every step finds what exists by a stable key (a slug, a name, a
document title) and skips it, so a second run changes nothing. The one upcoming event is
dated relative to the day of the first run; once that day has passed, a later run moves
it (in every language) to the same distance ahead again, so the demo always has one.
"""

import datetime
import zoneinfo

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from home.demo import content as home_content
from home.demo.translation import Catalogue
from home.models import HomePage, StandardPage
from ravot_events.models import EventIndexPage, EventPage, Speaker

from . import content


def _local(zone, text):
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(
        tzinfo=zoneinfo.ZoneInfo(zone)
    )


def _time(text):
    return datetime.datetime.strptime(text, "%H:%M").time()


def _pdf(title, lines):
    """A one-page PDF with a title and a few lines (the demo's stand-in documents)."""

    def text(value):
        value = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return value.encode("cp1252", errors="replace")

    body = b"BT /F1 16 Tf 56 780 Td (" + text(title) + b") Tj /F1 11 Tf"
    for line in lines:
        body += b" 0 -22 Td (" + text(line) + b") Tj"
    body += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
    ]
    output = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    output += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    output += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    output += f"startxref\n{xref}\n%%EOF\n".encode()
    return output


def _home_spec(key, specs=None):
    for spec in specs if specs is not None else home_content.STANDARD_PAGES:
        if spec.get("key") == key:
            return spec
        found = _home_spec(key, spec.get("children", []))
        if found:
            return found
    return None


class EventsDemo:
    def __init__(self, stdout):
        self.stdout = stdout
        self.catalogue = Catalogue()
        self.locale = Locale.get_default()
        self.new_events = 0

    def run(self):
        # No transaction around the run, as in home's seed: wagtail-localize publishes a
        # translation when its transaction commits.
        home = HomePage.objects.get(depth=2, locale=self.locale)
        speakers = {spec["key"]: self.seed_speaker(spec) for spec in content.SPEAKERS}
        documents = {
            key: self.seed_document(key, title) for key, title in content.DOCUMENTS.items()
        }
        index = self.seed_index(home)
        for spec in content.EVENTS:
            self.seed_event(index, spec, speakers, documents)
        self.seed_upcoming(index, speakers)

        # Speakers first: the agendas of the translated pages point at translated speakers.
        for speaker in speakers.values():
            self.catalogue.translate_instance(speaker)
        self.catalogue.translate_instance(index)
        for page in EventPage.objects.child_of(index).order_by("path"):
            self.catalogue.translate_instance(page)
        self.stdout.write(f"Events demo ready ({self.new_events} new English events).")

    # -- speakers and documents -----------------------------------------------------

    def seed_speaker(self, spec):
        add = self.catalogue.add
        fields = {
            "name": add(spec["name"]),
            "organisation": add(spec["organisation"]) if spec["organisation"] else "",
            "bio": add(spec["bio"]),
            "country": spec["country"],
        }
        speaker = Speaker.objects.filter(locale=self.locale, name=fields["name"]).first()
        if speaker is None:
            speaker = Speaker.objects.create(locale=self.locale, **fields)
        return speaker

    def seed_document(self, key, title):
        Document = get_document_model()
        collection = Collection.objects.get(name="Events")
        document = Document.objects.filter(title=title, collection=collection).first()
        if document is None:
            lines = [
                "RAVOT-EUR: Referral of and assistance for victims of human trafficking in Europe",
                "Demo document of the RAVOT-EUR platform.",
            ]
            document = Document(title=title, collection=collection)
            document.file.save(f"{key}.pdf", ContentFile(_pdf(title, lines)), save=False)
            document.save()
        return document

    # -- pages ----------------------------------------------------------------------

    def seed_index(self, home):
        spec = content.INDEX
        add = self.catalogue.add
        slug, title = add(spec["slug"]), add(spec["title"])
        summary, intro = add(spec["summary"]), add(spec["intro"])
        index = EventIndexPage.objects.child_of(home).filter(slug=slug).first()
        if index is None:
            index = EventIndexPage(
                title=title, slug=slug, summary=summary, intro=intro, show_in_menus=True
            )
            home.add_child(instance=index)
            index.save_revision().publish()
        return index

    def session(self, item, speakers):
        start, end, kind, title, room, speaker_keys, description = item
        add = self.catalogue.add
        return (
            "session",
            {
                "date": None,
                "start_time": _time(start),
                "end_time": _time(end) if end else None,
                "title": add(title),
                "session_type": kind,
                "description": add(description) if description else "",
                "room": add(room) if room else "",
                "speakers": [speakers[key] for key in speaker_keys],
            },
        )

    def common_fields(self, spec, speakers):
        add = self.catalogue.add
        paragraphs = self.catalogue.paragraphs
        return {
            "title": add(spec["title"]),
            "slug": add(spec["slug"]),
            "summary": add(spec["summary"]),
            "event_type": spec["type"],
            "time_zone": spec["tz"],
            "host": add(spec["host"]),
            "working_languages": spec["languages"],
            "interpretation": add(spec["interpretation"]) if spec.get("interpretation") else "",
            "registration": spec["registration"],
            "capacity": spec.get("capacity"),
            "body": [("paragraph", paragraphs([text])) for text in spec.get("body", [])],
            "agenda": [self.session(item, speakers) for item in spec["agenda"]],
        }

    def seed_event(self, index, spec, speakers, documents):
        add = self.catalogue.add
        paragraphs = self.catalogue.paragraphs
        fields = self.common_fields(spec, speakers)
        fields.update(
            start=_local(spec["tz"], spec["start"]),
            end=_local(spec["tz"], spec["end"]),
            venue_name=add(spec["venue_name"]),
            venue_address=add(spec["venue_address"]) if spec["venue_address"] else "",
            venue_city=add(spec["city"]),
            venue_country=spec["country"],
            registration_details=paragraphs([content.INVITATION_DETAILS]),
            report_outcomes=paragraphs(spec["outcomes"]),
            report_conclusions=paragraphs(spec["conclusions"]),
            report_recommendations=f"<ul>{paragraphs(spec['recommendations'], tag='li')}</ul>",
            materials=[
                (
                    "material",
                    {
                        "document": documents[key],
                        "title": add(title),
                        "kind": kind,
                        "language": language,
                        "description": "",
                    },
                )
                for key, title, kind, language in spec["materials"]
            ],
            report_related_pages=self.related_pages(spec.get("related", [])),
        )
        self.find_or_create(index, fields)

    def related_pages(self, items):
        blocks = []
        for key, note in items:
            home_spec = _home_spec(key)
            note = self.catalogue.add(note) if note else ""
            if home_spec is None:
                continue
            page = StandardPage.objects.filter(
                locale=self.locale, slug=home_spec["slug"].en
            ).first()
            if page is not None:
                blocks.append(("page", {"page": page, "note": note}))
        return blocks

    def seed_upcoming(self, index, speakers):
        spec = content.UPCOMING
        zone = zoneinfo.ZoneInfo(spec["tz"])
        day = timezone.now().astimezone(zone).date() + datetime.timedelta(days=spec["days_ahead"])
        start, end, deadline = self.upcoming_times(spec, day)
        fields = self.common_fields(spec, speakers)
        fields.update(
            start=start,
            end=end,
            online=True,
            registration_deadline=deadline,
            registration_details=self.catalogue.paragraphs(spec["registration_details"]),
        )
        page = self.find_or_create(index, fields)
        if page.end < timezone.now():
            # Its day has passed since the first run: move it (every language) ahead again.
            for version in page.get_translations(inclusive=True).specific():
                version.start, version.end, version.registration_deadline = start, end, deadline
                version.save_revision().publish()

    @staticmethod
    def upcoming_times(spec, day):
        zone = zoneinfo.ZoneInfo(spec["tz"])
        start = datetime.datetime.combine(day, _time(spec["start_time"]), tzinfo=zone)
        end = datetime.datetime.combine(day, _time(spec["end_time"]), tzinfo=zone)
        deadline_day = day - datetime.timedelta(days=spec["deadline_days_before"])
        deadline = datetime.datetime.combine(deadline_day, datetime.time(17), tzinfo=zone)
        return start, end, deadline

    def find_or_create(self, index, fields):
        page = EventPage.objects.child_of(index).filter(slug=fields["slug"]).first()
        if page is None:
            page = EventPage(**fields)
            index.add_child(instance=page)
            page.save_revision().publish()
            self.new_events += 1
        return page


def seed_demo(stdout):
    EventsDemo(stdout).run()
