"""The forum's own data beside machina's: applications and their vetting, personal-data
flags on posts, urgent cross-border questions, forum subscriptions, and the search proxy
of machina's posts."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.models import Post
from modelsearch import index

from home.choices import Country

from .choices import ApplicationStatus, DecisionKind, OrganisationType


class ExpertApplication(models.Model):
    """A professional's application for forum access, and the outcome of its vetting.

    The organisation type and country shown on posts are the *verified* ones, set by the
    moderator who approves the application, never by the applicant."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="expert_application",
        verbose_name=_("account"),
    )
    full_name = models.CharField(_("full name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType.choices
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    position = models.CharField(_("position"), max_length=150)
    phone = models.CharField(
        _("professional phone number"),
        max_length=40,
        help_text=_("A number at your organisation where a moderator can check your role."),
    )
    reason = models.TextField(
        _("why you need access"),
        max_length=2000,
        help_text=_("Your work with victims or cases of trafficking, in a few sentences."),
    )
    rules_accepted_at = models.DateTimeField(_("forum rules accepted"))
    language = models.CharField(
        _("language for e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
        db_index=True,
    )
    verified_organisation_type = models.CharField(
        _("verified type of organisation"),
        max_length=20,
        choices=OrganisationType.choices,
        blank=True,
    )
    verified_country = models.CharField(
        _("verified country"), max_length=2, choices=Country.choices, blank=True
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("expert application")
        verbose_name_plural = _("expert applications")
        ordering = ["submitted_at"]
        permissions = [("vet_application", _("Can vet expert applications"))]

    def __str__(self):
        return f"{self.full_name} ({self.organisation})"

    @property
    def is_approved(self):
        return self.status == ApplicationStatus.APPROVED

    @property
    def is_pending(self):
        return self.status == ApplicationStatus.PENDING


class ApplicationDecision(models.Model):
    """One decision on an application: the history moderators see."""

    application = models.ForeignKey(
        ExpertApplication,
        on_delete=models.CASCADE,
        related_name="decisions",
        verbose_name=_("application"),
    )
    kind = models.CharField(_("decision"), max_length=10, choices=DecisionKind.choices)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), default=timezone.now)

    class Meta:
        verbose_name = _("decision on an application")
        verbose_name_plural = _("decisions on applications")
        ordering = ["-decided_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.application}"


class PersonalDataFlag(models.Model):
    """A post saved although the personal-data check found something: its author
    confirmed it, and moderators review it."""

    post = models.OneToOneField(
        Post,
        on_delete=models.CASCADE,
        related_name="personal_data_flag",
        verbose_name=_("post"),
    )
    kinds = models.JSONField(_("kinds of data found"), default=list)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("post with possible personal data")
        verbose_name_plural = _("posts with possible personal data")
        ordering = ["-confirmed_at"]

    def __str__(self):
        return f"{self.post_id}: {', '.join(self.kinds)}"


class UrgentQuestion(models.Model):
    """A topic marked as an urgent cross-border question, with a date to answer by."""

    topic = models.OneToOneField(
        "forum_conversation.Topic",
        on_delete=models.CASCADE,
        related_name="urgency",
        verbose_name=_("topic"),
    )
    respond_by = models.DateField(_("respond by"))
    countries = models.JSONField(_("countries concerned"), default=list)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    alerted = models.PositiveIntegerField(_("members alerted"), default=0)

    class Meta:
        verbose_name = _("urgent cross-border question")
        verbose_name_plural = _("urgent cross-border questions")
        ordering = ["respond_by"]

    def __str__(self):
        return f"{self.topic_id} by {self.respond_by}"

    @property
    def country_labels(self):
        labels = dict(Country.choices)
        return [labels[code] for code in self.countries if code in labels]

    @property
    def is_overdue(self):
        return self.respond_by < timezone.localdate()


class ForumSubscription(models.Model):
    """A member follows every new topic and reply in a forum (topics use machina's own
    subscribers)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="forum_subscriptions",
        verbose_name=_("member"),
    )
    forum = models.ForeignKey(
        "forum.Forum",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("forum"),
    )
    created_at = models.DateTimeField(_("subscribed"), default=timezone.now)

    class Meta:
        verbose_name = _("forum subscription")
        verbose_name_plural = _("forum subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "forum"], name="one_subscription_per_forum")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.forum_id}"


class IndexedPost(index.Indexed, Post):
    """machina's posts as the site's search indexes them: a restricted kind, filtered
    by forum (search.permissions asks forum.search who may read which forum)."""

    search_kind = "forum"

    search_fields = [
        index.SearchField("subject", boost=2),
        index.SearchField("search_text"),
        index.AutocompleteField("subject"),
        index.FilterField("search_kind"),
        index.FilterField("search_forum"),
        index.FilterField("translation_key"),
    ]

    class Meta:
        proxy = True
        verbose_name = _("forum post")
        verbose_name_plural = _("forum posts")

    def search_text(self):
        return self.content.raw or ""

    def search_forum(self):
        return self.topic.forum_id

    @property
    def translation_key(self):
        """A post stands alone in search results (it has no translations)."""
        return f"forum-post-{self.pk}"

    @property
    def search_result_title(self):
        return self.subject

    def search_result_text(self):
        return self.search_text()

    def search_result_url(self, request=None):
        from .urls_helpers import post_url

        return post_url(self)

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.filter(approved=True).select_related("topic", "topic__forum")

    @classmethod
    def search_public_queryset(cls, user):
        from .access import readable_forum_ids

        return cls.objects.filter(approved=True, topic__forum_id__in=readable_forum_ids(user))
