"""What people type into search boxes, made safe to store and to query with."""

import unicodedata


def plain_words(text, limit):
    """The words of `text`, at most `limit` characters: control characters become spaces
    (PostgreSQL refuses a NUL byte in any text it is sent), runs of spaces one space."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return " ".join(text.split())[:limit]
