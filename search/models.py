from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .text import plain_words

QUERY_MAX_LENGTH = 200


class QueryStat(models.Model):
    """How often a query was searched for in one language on one day, and whether it
    found anything: the editors' view of what readers look for."""

    day = models.DateField(default=timezone.localdate, verbose_name=_("day"))
    language = models.CharField(
        max_length=8, choices=settings.LANGUAGES, verbose_name=_("language")
    )
    query = models.CharField(max_length=QUERY_MAX_LENGTH, verbose_name=_("query"))
    searches = models.PositiveIntegerField(default=0, verbose_name=_("searches"))
    searches_without_results = models.PositiveIntegerField(
        default=0, verbose_name=_("searches without results")
    )

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query"], name="one_stat_a_day")
        ]
        indexes = [models.Index(fields=["language", "day"])]
        permissions = [("view_search_report", _("Can see what readers search for"))]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.day})"

    @classmethod
    def record(cls, query, language, found):
        query = plain_words(query.casefold(), QUERY_MAX_LENGTH)
        if not query:
            return
        stat, _created = cls.objects.get_or_create(
            day=timezone.localdate(), language=language, query=query
        )
        cls.objects.filter(pk=stat.pk).update(
            searches=F("searches") + 1,
            searches_without_results=F("searches_without_results") + (0 if found else 1),
        )


class PendingIndexUpdate(models.Model):
    """An object the search engine missed while it was unreachable; `search_catch_up`
    (or a full `search_reindex`) replays these."""

    INDEX, DELETE = "index", "delete"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    language = models.CharField(max_length=8, blank=True)
    action = models.CharField(max_length=8, choices=[(INDEX, _("index")), (DELETE, _("delete"))])
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_pending_update")
        ]

    def __str__(self):
        return f"{self.action} {self.content_type} {self.object_id}"

    @classmethod
    def remember(cls, obj, action):
        cls.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
            defaults={
                "action": action,
                "language": getattr(getattr(obj, "locale", None), "language_code", ""),
            },
        )
