"""POST data of the event editor, for the admin tests."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def agenda_item(start, end, title, kind="talk", day=""):
    return (
        "session",
        {
            "date": day,
            "start_time": start,
            "end_time": end,
            "title": title,
            "session_type": kind,
            "description": "",
            "room": "",
            "speakers": {"count": 0},
        },
    )


def event_form(title, slug, start, end, time_zone="Europe/Brussels", agenda=(), action=None):
    data = {
        "title": title,
        "slug": slug,
        "summary": "",
        "body": streamfield([]),
        "event_type": "workshop",
        "time_zone": time_zone,
        "start": start,
        "end": end,
        "venue_name": "Test venue",
        "venue_address": "",
        "venue_city": "Brussels",
        "venue_country": "BE",
        "host": "Payoke",
        "host_url": "",
        "interpretation": "",
        "registration": "invitation",
        "registration_details": rich_text(""),
        "registration_url": "",
        "registration_email": "",
        "registration_deadline": "",
        "capacity": "",
        "agenda": streamfield(list(agenda)),
        "report_outcomes": rich_text(""),
        "report_conclusions": rich_text(""),
        "report_recommendations": rich_text(""),
        "report_photos": streamfield([]),
        "report_related_pages": streamfield([]),
        "materials": streamfield([]),
    }
    if action:
        data[f"action-{action}"] = action
    form_data = nested_form_data(data)
    form_data["working_languages"] = ["en", "nl"]  # several values of one field
    return form_data
