"""A check of forum posts for data that could identify a victim.

`find_personal_data(text)` returns what looks like an e-mail address, a phone number (in
international or Hungarian, Belgian or Dutch national formats), an IBAN or Hungarian
bank account number, a passport, identity card or personal number, a date of birth, a
street address or a licence plate, with where it is in the text. Nothing is altered: the
author sees the findings highlighted and edits the post or confirms it.

The patterns prefer missing nothing that has the *shape* of such data, and keep ordinary
professional prose quiet by asking for context where a shape alone is common (a date is
only a date of birth next to words like "born", a nine-digit group only a document number
next to "passport" or "TAJ"). tests/forum/pii_corpus.py holds examples of both kinds and
tests/forum/test_pii.py reports recall and false-positive rate on them.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

KINDS = {
    "email": _("e-mail address"),
    "phone": _("phone number"),
    "bank_account": _("bank account number (IBAN)"),
    "document": _("passport, ID card or personal number"),
    "date_of_birth": _("date of birth"),
    "address": _("street address"),
    "licence_plate": _("licence plate"),
}

UPPER = "A-ZÁÉÍÓÖŐÚÜŰÀÂÈÊËÎÏÔÛÇ"
LOWER = "a-záéíóöőúüűàâèêëîïôûç"
WORD = f"[{UPPER}{LOWER}'’-]"
SEP = r"[ \u00a0./-]"

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")

# +36 30 123 4567, 0036-1-234-5678, +32 (0)470 12 34 56, +31 6 12345678
PHONE_INTERNATIONAL = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .\u00a0/-]?\(0\))?(?:[ .\u00a0/-]?\d){6,13}(?!\d)"
)
# Hungarian: 06 30 123 4567, 06-1-234-5678, (06 30) 123-4567, 06/20/123-45-67
# Belgian: 0470 12 34 56, 0470/12.34.56, 02 123 45 67
# Dutch: 06-12345678, 06 1234 5678, 020-1234567, 010 123 45 67
PHONE_NATIONAL = re.compile(r"(?<![\w/.,-])\(?0[1-9]\d{0,2}\)?(?:[ .\u00a0/-]?\d){6,9}(?![\w/-])")
# IBAN: two letters, two check digits, up to 30 letters or digits (in groups of four).
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30}\b")
# Hungarian bank account: 8-8 or 8-8-8 digits.
HU_ACCOUNT = re.compile(r"\b\d{8}-\d{8}(?:-\d{8})?\b")

# Shapes of document numbers that prose almost never has.
DOCUMENT_STRONG = re.compile(
    r"\b(?:"
    r"[A-Z]{2}\d{7}"  # Hungarian (and many other) passports: AB1234567
    r"|\d{6}[A-Z]{2}"  # Hungarian identity card: 123456AB
    r"|[A-NP-Z]{2}[A-NP-Z0-9]{6}\d"  # Dutch passport and identity card: NW1K2L3M4
    r"|\d{3}-\d{7}-\d{2}"  # Belgian identity card: 592-1234567-89
    r"|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}"  # Belgian national register number
    r"|\d-\d{6}-\d{4}"  # Hungarian personal identification number
    r")\b"
)
# Shapes that need a word like "passport" or "TAJ" before them.
DOCUMENT_WEAK = re.compile(r"\b(?:[A-Z0-9]{6,12}|\d{3}[ -]\d{3}[ -]\d{3}|\d{9,12})\b")
DOCUMENT_CONTEXT = re.compile(
    r"(?i)(?:passport|pass\b|identity card|id card|id[- ]?number|id no|document n|"
    r"personal number|social security|national number|national register|"
    r"útlevél|útlevel|személyi|igazolvány|taj\b|adóazonosító|"
    r"paspoort|identiteitskaart|id-kaart|bsn|burgerservicenummer|rijksregister|"
    r"passeport|carte d'identité|carte d’identité|numéro national|registre national|"
    r"document|n°|nr\.?|no\.|szám)"
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "január|február|március|április|május|június|július|augusztus|szeptember|október|"
    "november|december|"
    "januari|februari|maart|mei|juni|juli|augustus|oktober|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
DATE = re.compile(
    r"(?i)\b(?:"
    r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}[./-] ?(?:0?[1-9]|1[0-2])[./-] ?(?:0?[1-9]|[12]\d|3[01])\.?"
    rf"|(?:0?[1-9]|[12]\d|3[01])\.? (?:{MONTHS})\.? (?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}\.? (?:{MONTHS})\.? (?:0?[1-9]|[12]\d|3[01])\.?"
    rf"|(?:{MONTHS}) (?:0?[1-9]|[12]\d|3[01]),? (?:19|20)\d{{2}}"
    r"|(?:19|20)\d{2}"
    r")(?!\w)"
)
BIRTH_CONTEXT = re.compile(
    r"(?i)(?:\bborn\b|\bdob\b|d\.o\.b|date of birth|birth ?date|birthday|"
    r"szület|\bszül\b|\bszül\.|geboren|\bgeb\.|geboortedatum|"
    r"\bnée?\b|\bnés\b|date de naissance|naissance)"
)
HU_STREET = r"utca|u\.|út|útja|tér|tere|körút|krt\.|sor|köz|fasor|sétány|rakpart|dűlő|liget|park"
ADDRESS = re.compile(
    r"(?:"
    # Hungarian: Kossuth Lajos utca 12., Fő u. 3/B, Váci út 45
    rf"\b[{UPPER}]{WORD}*(?: [{UPPER}]?{WORD}+){{0,3}} (?:{HU_STREET}) \d{{1,4}}(?:/?[A-Za-z])?\b"
    # Dutch and Flemish: Dorpsstraat 5, Keizersgracht 123-II, Meir 12 bus 3
    rf"|\b[{UPPER}]{WORD}*(?:straat|laan|weg|gracht|plein|kade|singel|dijk|steenweg|dreef|"
    rf"lei|hof|pad|baan|markt|veld|wal) \d{{1,4}}(?:[ -]?[A-Za-z]{{1,2}}\b)?"
    # French and Brussels: 12 rue Neuve, rue de la Loi 16, Avenue Louise 54
    rf"|\b\d{{1,4}}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|boulevard|bd|chaussée|place|quai|"
    rf"allée|impasse|chemin|square) (?:de la |de l'|de l’|du |des |de |d'|d’)?[{UPPER}]{WORD}+"
    rf"|\b(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Pp]lace|[Qq]uai|[Aa]llée|[Ii]mpasse|"
    rf"[Cc]hemin|[Ss]quare) (?:de la |de l'|de l’|du |des |de |d'|d’)?[{UPPER}]{WORD}+"
    rf"(?: [{UPPER}]{WORD}+){{0,3}},? \d{{1,4}}\b"
    # English: 221 Baker Street, 12 High St.
    rf"|\b\d{{1,5}} (?:[{UPPER}][a-z]+ ){{1,3}}(?:Street|St\.|Road|Rd\.|Avenue|Lane|Drive|"
    rf"Square|Close|Crescent|Way)\b"
    r")"
)
LICENCE_PLATE = re.compile(
    r"(?<![\w-])(?:"
    r"[A-Z]{3}-\d{3}"  # Hungarian until 2022: ABC-123
    r"|[A-Z]{2} ?[A-Z]{2}-\d{3}"  # Hungarian since 2022: AA BB-123
    r"|\d-[A-Z]{3}-\d{3}"  # Belgian: 1-ABC-234
    r"|[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}"  # Dutch side codes: 12-ABC-3, XX-99-XX
    r")(?![\w-])"
)
NOT_PLATES = {"EUR", "HUF", "USD", "GBP", "CHF", "ISO", "COM", "SWD", "NRM", "TRM"}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self):
        return KINDS[self.kind]


def _digits(text):
    return sum(char.isdigit() for char in text)


def iban_is_valid(candidate):
    compact = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _context_before(text, start, pattern, width=40):
    return bool(pattern.search(text[max(0, start - width) : start]))


def _emails(text):
    for match in EMAIL.finditer(text):
        yield Finding("email", match.start(), match.end(), match.group())


def _phones(text):
    for match in PHONE_INTERNATIONAL.finditer(text):
        if 8 <= _digits(match.group()) <= 15:
            yield Finding("phone", match.start(), match.end(), match.group())
    for match in PHONE_NATIONAL.finditer(text):
        value = match.group()
        if 9 <= _digits(value) <= 11 and not DATE.fullmatch(value):
            yield Finding("phone", match.start(), match.end(), value)


def _bank_accounts(text):
    for match in IBAN.finditer(text):
        if iban_is_valid(match.group()):
            yield Finding("bank_account", match.start(), match.end(), match.group())
    for match in HU_ACCOUNT.finditer(text):
        yield Finding("bank_account", match.start(), match.end(), match.group())


def _documents(text):
    for match in DOCUMENT_STRONG.finditer(text):
        yield Finding("document", match.start(), match.end(), match.group())
    for match in DOCUMENT_WEAK.finditer(text):
        value = match.group()
        if _digits(value) < 5:
            continue
        if _context_before(text, match.start(), DOCUMENT_CONTEXT, width=30):
            yield Finding("document", match.start(), match.end(), value)


def _dates_of_birth(text):
    for match in DATE.finditer(text):
        if _context_before(text, match.start(), BIRTH_CONTEXT, width=45):
            yield Finding("date_of_birth", match.start(), match.end(), match.group())


def _addresses(text):
    for match in ADDRESS.finditer(text):
        yield Finding("address", match.start(), match.end(), match.group())


def _licence_plates(text):
    for match in LICENCE_PLATE.finditer(text):
        value = match.group()
        compact = value.replace("-", "").replace(" ", "")
        has_letters = any(char.isalpha() for char in compact)
        has_digits = any(char.isdigit() for char in compact)
        if not (has_letters and has_digits) or not 6 <= len(compact) <= 7:
            continue
        if value[:3] in NOT_PLATES:
            continue
        yield Finding("licence_plate", match.start(), match.end(), value)


DETECTORS = (
    _emails,
    _bank_accounts,
    _documents,
    _phones,
    _dates_of_birth,
    _addresses,
    _licence_plates,
)


def find_personal_data(text):
    """The likely personal data in `text`, in order, without overlaps (the earlier
    detector wins: an IBAN is not also reported as a phone number)."""
    found = []
    taken = []
    for detector in DETECTORS:
        for finding in detector(text or ""):
            if any(finding.start < end and start < finding.end for start, end in taken):
                continue
            taken.append((finding.start, finding.end))
            found.append(finding)
    return sorted(found, key=lambda finding: finding.start)


def kinds_of(findings):
    return sorted({finding.kind for finding in findings})


def highlight(text, findings):
    """`text` escaped, with each finding in a <mark> that names its kind."""
    pieces, position = [], 0
    for finding in findings:
        pieces.append(escape(text[position : finding.start]))
        pieces.append(
            f'<mark class="pii-mark" title="{escape(finding.label)}">'
            f"{escape(text[finding.start : finding.end])}"
            f'<span class="visually-hidden"> ({escape(finding.label)})</span></mark>'
        )
        position = finding.end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
