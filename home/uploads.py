"""Uploads whose content must match their extension: a file called .pdf that holds a web
page or a program is refused, whatever a browser or a reader's computer would make of it."""

from pathlib import Path

ZIP = [b"PK\x03\x04", b"PK\x05\x06"]  # Office and OpenDocument files are zip archives
SIGNATURES = {
    "pdf": [b"%PDF-"],
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
    "rtf": [b"{\\rtf"],
    "docx": ZIP,
    "pptx": ZIP,
    "xlsx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "zip": ZIP,
}
TEXT_EXTENSIONS = {"txt", "csv"}


def extension_of(upload):
    return Path(upload.name).suffix.lower().lstrip(".")


def content_matches_extension(upload):
    """Whether the file starts as files of its type do (text: holds no NUL byte)."""
    extension = extension_of(upload)
    head = upload.read(1024)
    upload.seek(0)
    if extension in TEXT_EXTENSIONS:
        return b"\x00" not in head
    signatures = SIGNATURES.get(extension)
    return signatures is None or any(head.startswith(signature) for signature in signatures)
