"""The whole manual as PDF in each language: stored, linked, current, and readable."""

import io
import re
import time

import pytest
from pypdf import PdfReader

from manual import pdf as manual_pdf
from manual.models import ManualChapterPage, ManualPdf
from tests.conftest import LANGUAGES

from .conftest import chapters, first_chapter, manual_index


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_manual_pdf_exists_opens_and_holds_every_chapter(client, language_code):
    index = manual_index(language_code)
    record = ManualPdf.objects.get(index_page=index)  # built by the demo seed
    assert record.available and not record.stale

    response = client.get(index.url + "pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = b"".join(response.streaming_content)
    reader, text = pdf_text(content)
    chapter_pages = list(chapters(language_code))
    assert len(reader.pages) == record.page_count > len(chapter_pages)
    for chapter in chapter_pages:
        assert " ".join(chapter.title.split()) in text, chapter.title
    assert index.title in text
    assert reader.metadata.title == index.title


@pytest.mark.django_db
def test_index_links_the_pdf_with_size_and_date(get_page):
    index = manual_index("hu")
    record = ManualPdf.objects.get(index_page=index)
    html = get_page(index.url)
    box = html.find("section", class_="manual-download")
    link = box.find("a", href=index.url + "pdf/")
    assert link is not None
    meta = box.find(class_="manual-download__meta").get_text(" ", strip=True)
    assert "PDF" in meta and f"{record.page_count} " in meta
    assert "KB" in meta or "MB" in meta or "kB" in meta or "bájt" in meta


@pytest.mark.django_db
def test_pdf_has_contents_with_page_numbers_and_running_headers():
    index = manual_index("en")
    content, pages = manual_pdf.render_pdf(manual_pdf.manual_html(index))
    reader, _text = pdf_text(content)
    contents_page = " ".join(reader.pages[1].extract_text().split())
    assert contents_page.startswith("Training manual") or "Contents" in contents_page
    first = first_chapter("en")
    assert f"1 {first.title}" in contents_page
    # Chapter pages carry the manual's title and the chapter in the header, a number below.
    later = " ".join(reader.pages[4].extract_text().split())
    assert "Training manual" in later and f"5 / {pages}" in later


@pytest.mark.django_db
def test_publishing_a_chapter_makes_the_pdf_stale_and_the_download_rebuilds_it(client):
    index = manual_index("nl")
    chapter = first_chapter("nl")
    chapter.title = "Slachtoffers herkennen in de praktijk"
    chapter.save_revision().publish()
    record = ManualPdf.objects.get(index_page=index)
    assert record.stale

    response = client.get(index.url + "pdf/")

    content = b"".join(response.streaming_content)
    assert "Slachtoffers herkennen in de praktijk" in pdf_text(content)[1]
    record.refresh_from_db()
    assert not record.stale


@pytest.mark.django_db(transaction=False)
def test_publishing_rebuilds_in_the_background(settings, django_capture_on_commit_callbacks):
    """The editor's request only queues the build; a worker thread makes the PDF."""
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("the worker's own connection cannot read the in-memory test database")
    settings.MANUAL_PDF_BUILD = "background"
    index = manual_index("fr")
    before = ManualPdf.objects.get(index_page=index).built_at
    calls = []
    original = manual_pdf.build_manual_pdf
    manual_pdf.build_manual_pdf = lambda page: calls.append(page.pk)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            started = time.perf_counter()
            first_chapter("fr").save_revision().publish()
            publish_seconds = time.perf_counter() - started
        manual_pdf.wait_for_background_builds()
    finally:
        manual_pdf.build_manual_pdf = original
    assert calls == [index.pk]
    assert publish_seconds < 2
    assert ManualPdf.objects.get(index_page=index).built_at == before


def test_url_fetcher_reads_static_files_and_refuses_the_network():
    fetcher = manual_pdf.make_url_fetcher()
    response = fetcher.fetch(manual_pdf.BASE_URL + "static/img/logo.svg")
    assert response.read().startswith(b"<svg") or b"<svg" in response.read()
    for url in ("https://example.org/x.png", "http://127.0.0.1/secret", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    with pytest.raises(ValueError):
        fetcher.fetch(manual_pdf.BASE_URL + "static/../../etc/passwd")


@pytest.mark.django_db
def test_a_failing_pdf_build_gives_a_503_page_not_a_500(client, monkeypatch):
    def broken(html):
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(manual_pdf, "render_pdf", broken)
    chapter = first_chapter("hu")
    response = client.get(chapter.url + "pdf/")
    assert response.status_code == 503
    assert response["Retry-After"]
    assert chapter.title in response.content.decode()

    # The whole manual: a stale PDF is served as it was rather than nothing.
    index = manual_index("hu")
    ManualPdf.objects.filter(index_page=index).update(stale=True)
    response = client.get(index.url + "pdf/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.django_db
def test_pdf_html_has_unique_anchors_even_when_chapters_share_headings():
    index = manual_index("en")
    first = first_chapter("en")
    twin = ManualChapterPage(title="Twin", intro="x", body=list(first.body.raw_data))
    index.add_child(instance=twin)
    twin.save_revision().publish()
    html = manual_pdf.manual_html(index)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1][:5]
    # Every link of the contents and every glossary link points at an anchor in the file.
    for target in re.findall(r'href="#([^"]+)"', html):
        assert target in ids, target


@pytest.mark.django_db
def test_task_mode_enqueues_the_django_tasks_task(settings, django_capture_on_commit_callbacks):
    from django_tasks import task_backends

    settings.MANUAL_PDF_BUILD = "task"
    index = manual_index("hu")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first_chapter("hu").save_revision().publish()
    assert callbacks  # nothing runs before the publication is committed
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    # The default backend (immediate) has run it: the PDF is current again.
    assert type(task_backends["default"]).__name__ == "ImmediateBackend"
    assert not ManualPdf.objects.get(index_page=index).stale
