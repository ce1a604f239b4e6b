"""django-tasks tasks of the manual (used when MANUAL_PDF_BUILD = "task")."""

from django_tasks import task


@task()
def build_manual_pdf_task(index_id):
    from .models import ManualIndexPage
    from .pdf import build_manual_pdf

    index = ManualIndexPage.objects.filter(pk=index_id, live=True).first()
    if index is None:
        return None
    record = build_manual_pdf(index)
    return {"pages": record.page_count, "seconds": record.build_seconds}
