"""Which models public search covers, and how to show one of their objects.

Pages and documents are registered here; other apps register their searchable models
(glossary terms, directory entries, forum posts) in their AppConfig.ready() with
`register`. A registered model is shown through a few optional hooks:

- `search_result_url(request)` (default: `get_url(request)` for pages, `url` otherwise)
- `search_result_title` (default: `title`, then `str(obj)`)
- `search_result_text()` the plain text shown when the engine offers no snippet
  (default: `summary`, `description`, `intro`)
- the classmethod `search_public_queryset(user)`: what `user` may see (default: all
  objects, live and public ones for pages)
"""

from django.apps import apps
from wagtail.models import Page

_registered = []


def register(model):
    if model not in _registered:
        _registered.append(model)
    return model


def searchable_models():
    from wagtail.documents import get_document_model

    return [Page, get_document_model(), *_registered]


def model_for_label(label):
    """The registered model for an `app_label.ModelName` content type string, or None."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    for registered in searchable_models():
        if issubclass(model, registered):
            return model
    return None


def root_model_of(model):
    for registered in searchable_models():
        if issubclass(model, registered):
            return registered
    return None


def public_queryset(model, user):
    root = root_model_of(model) or model
    if issubclass(root, Page):
        return Page.objects.live().public().filter(alias_of__isnull=True)
    if hasattr(root, "search_public_queryset"):
        return root.search_public_queryset(user)
    return root.objects.all()


def result_url(obj, request):
    if hasattr(obj, "search_result_url"):
        return obj.search_result_url(request)
    if isinstance(obj, Page):
        return obj.get_url(request)
    return getattr(obj, "url", "")


def result_title(obj):
    return getattr(obj, "search_result_title", None) or getattr(obj, "title", None) or str(obj)


def result_text(obj):
    if hasattr(obj, "search_result_text"):
        return obj.search_result_text()
    for name in ("summary", "description", "intro"):
        value = getattr(obj, name, "")
        if isinstance(value, str) and value:
            return value
    return ""
