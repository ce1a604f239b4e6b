"""What readers search for, per language, for editors: the top queries and the ones that
found nothing, over the last 30 days."""

import datetime

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import get_language_info

from .models import QueryStat

REPORT_DAYS = 30
ROWS = 20


def query_report(days=REPORT_DAYS, rows=ROWS):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    recent = QueryStat.objects.filter(day__gte=since)
    report = []
    for code, _name in settings.LANGUAGES:
        in_language = recent.filter(language=code).values("query")
        top = in_language.annotate(searches=Sum("searches")).order_by("-searches", "query")[:rows]
        empty = (
            in_language.annotate(empty=Sum("searches_without_results"))
            .filter(empty__gt=0)
            .order_by("-empty", "query")[:rows]
        )
        report.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "top": list(top),
                "without_results": list(empty),
            }
        )
    return report
