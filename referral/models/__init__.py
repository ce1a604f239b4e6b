"""The referral mechanism's models: one module per concern, re-exported here."""

from .directory import (
    VERIFICATION_INTERVAL,
    DirectoryIndexPage,
    Organisation,
    entries_for_locale,
    verification_cutoff,
)
from .help import ContactFormPage, GetHelpPage, no_trace
from .pathways import ComparisonPage, PathwayIndexPage, PathwayPage

__all__ = [
    "VERIFICATION_INTERVAL",
    "ComparisonPage",
    "ContactFormPage",
    "DirectoryIndexPage",
    "GetHelpPage",
    "Organisation",
    "PathwayIndexPage",
    "PathwayPage",
    "entries_for_locale",
    "no_trace",
    "verification_cutoff",
]
