from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExpertForumConfig(AppConfig):
    """The closed forum for vetted experts, on django-machina and django-allauth."""

    name = "forum"
    label = "expert_forum"  # machina's forum app already has the label `forum`
    verbose_name = _("Expert forum")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.permissions import register_restricted_kind
        from search.registry import register

        from . import permission_checker, receivers  # noqa: F401

        permission_checker.install()
        from .models import IndexedPost
        from .search import readable_forum_filter

        register(IndexedPost)
        register_restricted_kind("forum", readable_forum_filter)
