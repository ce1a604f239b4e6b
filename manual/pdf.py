"""The manual as PDF, made with WeasyPrint: the whole manual per language, and one chapter.

The HTML is rendered from the same block templates as the pages, in the manual's
language, with a print stylesheet of its own (cover, table of contents with page
numbers, running headers, page numbers, glossary). WeasyPrint fetches nothing from
the network: images and other files come from the media storage and the static
files, and any other address is refused (see ManualUrlFetcher).
"""

import logging
import mimetypes
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import close_old_connections, connections, transaction
from django.http import FileResponse, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .richtext import GlossaryResolver, glossary_ids

logger = logging.getLogger(__name__)

# A made-up origin for the document: relative URLs resolve against it, and nothing
# under it exists on the network (.invalid is reserved for exactly that).
BASE_URL = "https://manual.pdf.invalid/"
STYLESHEET = "manual/css/manual-pdf.css"


def _weasyprint():
    # Imported on use: the site serves pages without WeasyPrint's native libraries.
    import weasyprint
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    return weasyprint, URLFetcher, URLFetcherResponse


def make_url_fetcher():
    """A WeasyPrint 70 URL fetcher that maps static and media URLs to files."""
    _module, URLFetcher, URLFetcherResponse = _weasyprint()

    class ManualUrlFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if not url.startswith(BASE_URL):
                raise ValueError(f"The manual's PDF fetches nothing from outside: {url}")
            path = unquote(urlsplit(url).path)
            content = read_local_file(path)
            if content is None:
                raise ValueError(f"No such static or media file: {path}")
            content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, content, {"Content-Type": content_type})

    return ManualUrlFetcher(allowed_protocols={"https", "data"}, timeout=5)


def read_local_file(path):
    """The bytes of a static or media file named by its URL path, or None."""
    static_url, media_url = settings.STATIC_URL, settings.MEDIA_URL
    if path.startswith(static_url):
        name = path[len(static_url) :]
        if ".." in Path(name).parts:
            return None
        found = finders.find(name)
        if not found and settings.STATIC_ROOT:
            candidate = Path(settings.STATIC_ROOT) / name
            found = str(candidate) if candidate.is_file() else None
        return Path(found).read_bytes() if found else None
    if path.startswith(media_url):
        name = path[len(media_url) :]
        if ".." in Path(name).parts or not default_storage.exists(name):
            return None
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    return None


def _stylesheet():
    weasyprint, _fetcher, _response = _weasyprint()
    return weasyprint.CSS(filename=finders.find(STYLESHEET))


def render_pdf(html):
    """(PDF bytes, page count) of an HTML document."""
    weasyprint, _fetcher, _response = _weasyprint()
    document = weasyprint.HTML(
        string=html, base_url=BASE_URL, url_fetcher=make_url_fetcher()
    ).render(stylesheets=[_stylesheet()])
    return document.write_pdf(), len(document.pages)


# -- the whole manual -----------------------------------------------------------------


def _chapter_parts(page, entry):
    """A chapter's blocks with anchors unique in the whole document."""
    items = []
    if not entry.is_part:
        items = [(item, f"p{page.pk}-{item.anchor}") for item in page.body_items]
    return {"entry": entry, "items": items}


def terms_used(chapter):
    """The glossary terms marked in a chapter, in its language, sorted as in the glossary."""
    from .models import GlossaryTerm
    from .models.glossary import sort_key
    from .richtext import localized_terms

    ids = glossary_ids(chapter.body)
    terms = localized_terms(list(GlossaryTerm.objects.filter(pk__in=ids)), chapter.locale)
    code = chapter.locale.language_code
    return sorted({term.pk: term for term in terms}.values(), key=lambda t: sort_key(t.term, code))


def manual_html(index):
    from .models import GlossaryTerm
    from .models.glossary import initial, sort_key

    code = index.locale.language_code
    with translation.override(code):
        outline = index.outline()
        glossary = index.glossary_page()
        terms = sorted(
            GlossaryTerm.objects.filter(locale_id=index.locale_id),
            key=lambda term: sort_key(term.term, code),
        )
        letters = {}
        for term in terms:
            letters.setdefault(initial(term.term, code), []).append(term)
        resolver = GlossaryResolver(code)
        for entry in outline.flat:
            if not entry.is_part:
                resolver.prefetch(glossary_ids(entry.page.body))
        return render_to_string(
            "manual/pdf/manual.html",
            {
                "manual": index,
                "outline": outline,
                "chapters": [_chapter_parts(entry.page, entry) for entry in outline.flat],
                "glossary_resolvers": {code: resolver},
                "glossary": glossary,
                "letter_groups": list(letters.items()),
                "generated": timezone.localdate(),
                "pdf": True,
                # Not {% static %}: the PDF reads the source file, which exists before
                # collectstatic has written a manifest.
                "static_url": settings.STATIC_URL,
            },
        )


def pdf_filename(index):
    return f"ravot-eur-manual-{index.locale.language_code}-v{slugify(index.version)}.pdf"


def build_manual_pdf(index):
    """Renders and stores the PDF of one language's manual; returns its ManualPdf."""
    from .models import ManualPdf

    started = time.perf_counter()
    content, page_count = render_pdf(manual_html(index))
    seconds = time.perf_counter() - started

    record, _created = ManualPdf.objects.get_or_create(index_page=index)
    old_name = record.file.name if record.file else ""
    record.file.save(pdf_filename(index), ContentFile(content), save=False)
    record.file_size = len(content)
    record.page_count = page_count
    record.build_seconds = round(seconds, 3)
    record.built_at = timezone.now()
    record.version = index.version
    record.stale = False
    record.save()
    if old_name and old_name != record.file.name:
        default_storage.delete(old_name)
    logger.info(
        "Manual PDF (%s): %s pages in %.2f s", index.locale.language_code, page_count, seconds
    )
    return record


def current_pdf(index):
    """The stored PDF, built now if it is missing or out of date."""
    from .models import ManualPdf

    record = ManualPdf.objects.filter(index_page=index).first()
    if (
        record is None
        or record.stale
        or not record.available
        or not default_storage.exists(record.file.name)
    ):
        record = build_manual_pdf(index)
    return record


def pdf_unavailable(request, page):
    """A 503 page when WeasyPrint fails (e.g. its libraries are missing), never a 500."""
    return TemplateResponse(
        request,
        "manual/pdf_unavailable.html",
        {"page": page, "self": page},
        status=503,
        headers={"Retry-After": "300"},
    )


def serve_manual_pdf(request, index):
    if request.method not in ("GET", "HEAD"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
    try:
        record = current_pdf(index)
    except Exception:
        # Serve the last PDF that was built, if any, rather than nothing.
        logger.exception("Building the manual PDF of page %s failed", index.pk)
        from .models import ManualPdf

        record = ManualPdf.objects.filter(index_page=index).first()
        if record is None or not record.available or not default_storage.exists(record.file.name):
            return pdf_unavailable(request, index)
    response = FileResponse(
        record.file.open("rb"),
        content_type="application/pdf",
        filename=pdf_filename(index),
    )
    response["Content-Disposition"] = f'inline; filename="{pdf_filename(index)}"'
    response["Cache-Control"] = "public, max-age=300"
    return response


# -- one chapter ----------------------------------------------------------------------


def chapter_html(chapter):
    code = chapter.locale.language_code
    with translation.override(code):
        terms = terms_used(chapter)
        return render_to_string(
            "manual/pdf/chapter.html",
            {
                "manual": chapter.manual_index,
                "chapter": chapter,
                "items": [(item, item.anchor) for item in chapter.body_items],
                "letter_groups": [("", terms)] if terms else [],
                "glossary_resolvers": {code: GlossaryResolver(code)},
                "glossary_title": _("Terms used in this chapter"),
                "entry": chapter.outline_entry,
                "generated": timezone.localdate(),
                "pdf": True,
            },
        )


def serve_chapter_pdf(request, chapter):
    """A chapter as PDF, made on request and kept in the cache until it is published again."""
    key = f"manual:chapter-pdf:{chapter.pk}:{chapter.latest_revision_id}:{chapter.number}"
    content = cache.get(key)
    if content is None:
        try:
            content, _pages = render_pdf(chapter_html(chapter))
        except Exception:
            logger.exception("Building the PDF of chapter %s failed", chapter.pk)
            return pdf_unavailable(request, chapter)
        cache.set(key, content, 24 * 3600)
    # ASCII only: a header cannot carry a Unicode slug as it is.
    filename = f"ravot-eur-manual-{chapter.locale.language_code}-{slugify(chapter.slug)}.pdf"
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=300"
    return response


# -- keeping the stored PDFs current ------------------------------------------------

_executor = None
_executor_lock = threading.Lock()
_pending = set()
_paused = threading.local()


@contextmanager
def builds_paused():
    """Publishing inside this block only marks PDFs stale (for imports and the demo
    seed, which publish many pages and build once at the end)."""
    _paused.depth = getattr(_paused, "depth", 0) + 1
    try:
        yield
    finally:
        _paused.depth -= 1


def mark_stale(index_id):
    from .models import ManualPdf

    ManualPdf.objects.filter(index_page_id=index_id).update(stale=True)


def schedule_build(index_id):
    """Rebuilds a manual's PDF after the current transaction, off the request path.

    MANUAL_PDF_BUILD decides how: "background" (the default) hands the build to a
    worker thread of this process, so publishing returns at once; "task" enqueues the
    django-tasks task for a task worker (when TASKS names a backend with workers);
    "off" leaves it to the next download, which builds a stale PDF before serving it.
    """
    mode = getattr(settings, "MANUAL_PDF_BUILD", "background")
    if mode == "off" or getattr(_paused, "depth", 0):
        return
    if mode == "task":
        from .tasks import build_manual_pdf_task

        transaction.on_commit(lambda: build_manual_pdf_task.enqueue(index_id))
        return
    transaction.on_commit(lambda: _submit(index_id))


def _submit(index_id):
    global _executor
    with _executor_lock:
        if index_id in _pending:
            return  # a build already waiting will see the latest content
        _pending.add(index_id)
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="manual-pdf")
    _executor.submit(_build_in_background, index_id)


def _build_in_background(index_id):
    from .models import ManualIndexPage

    with _executor_lock:
        _pending.discard(index_id)
    close_old_connections()
    try:
        index = ManualIndexPage.objects.filter(pk=index_id).first()
        if index is not None and index.live:
            build_manual_pdf(index)
    except Exception:  # a failed build leaves the PDF stale: the next download retries
        logger.exception("Building the manual PDF of page %s failed", index_id)
    finally:
        connections.close_all()  # this thread's own connections


def wait_for_background_builds():
    """Blocks until queued builds are done (for tests and management commands)."""
    if _executor is not None:
        _executor.submit(lambda: None).result()
