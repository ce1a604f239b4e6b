"""The manual's models: pages, glossary and the stored PDFs (one module each)."""

from .glossary import GlossaryPage, GlossaryTerm
from .pages import ManualChapterPage, ManualIndexPage, ManualPartPage
from .pdf import ManualPdf

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "ManualChapterPage",
    "ManualIndexPage",
    "ManualPartPage",
    "ManualPdf",
]
