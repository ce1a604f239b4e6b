"""A piece of demo text in the site's four languages."""

from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    en: str
    hu: str
    nl: str
    fr: str

    def __getitem__(self, language_code):
        return getattr(self, language_code)
