"""vCard 4.0 (RFC 6350) for a directory entry, written by hand: a handful of properties
does not justify a dependency.

Text values are escaped (RFC 6350 §3.4: backslash, comma, semicolon, newline), lines
end in CRLF and are folded at 75 octets without splitting a UTF-8 character (§3.2).
"""

from django.utils import timezone

CRLF = "\r\n"
MAX_LINE_OCTETS = 75


def escape_text(value):
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def escape_component(value):
    """A component of a structured value (ADR, ORG): its own separators escaped."""
    return escape_text(value)


def fold(line):
    """Splits a content line into lines of at most 75 octets, each continuation starting
    with a space (which counts towards its 75)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_LINE_OCTETS if not out else MAX_LINE_OCTETS - 1
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return (CRLF + " ").join(out)


def tel_uri(number):
    digits = "".join(char for char in number if char.isdigit() or char == "+")
    return f"tel:{digits}"


def organisation_vcard(organisation, page_url=""):
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        f"FN:{escape_text(organisation.name)}",
        f"ORG:{escape_component(organisation.name)}",
    ]
    if organisation.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:{tel_uri(organisation.phone)}")
    if organisation.hotline and organisation.hotline != organisation.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=voice;PREF=1:{tel_uri(organisation.hotline)}")
    if organisation.email:
        lines.append(f"EMAIL;TYPE=work:{escape_text(organisation.email)}")
    if organisation.website:
        lines.append(f"URL:{organisation.website}")
    if organisation.street_address or organisation.city:
        components = [
            "",  # post office box
            "",  # extended address
            organisation.street_address,
            organisation.city,
            organisation.region,
            organisation.postal_code,
            str(organisation.get_country_display()),
        ]
        adr = ";".join(escape_component(part) for part in components)
        lines.append(f"ADR;TYPE=work:{adr}")
    note = [organisation.description]
    if organisation.opening_hours:
        note.append(organisation.opening_hours)
    note = "\n".join(part for part in note if part)
    if note:
        lines.append(f"NOTE:{escape_text(note)}")
    if page_url:
        lines.append(f"SOURCE:{page_url}vcard/")
    # LANG: the languages one can use with the organisation, first one preferred.
    for position, code in enumerate(organisation.languages, start=1):
        lines.append(f"LANG;PREF={min(position, 100)}:{code}")
    lines.append(f"REV:{timezone.now().strftime('%Y%m%dT%H%M%SZ')}")
    lines.append("END:VCARD")
    return "".join(fold(line) + CRLF for line in lines)
