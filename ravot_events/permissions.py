"""What the Event organisers group may do with pages: add, edit and publish under the
events index of every language, and nowhere else.

Wagtail attaches page permissions to pages, so each EventIndexPage carries them: a data
migration gives them to the indexes that exist, `signals.py` to every index created later
(a new language's index, made by translating or by hand).
"""

from django.contrib.auth.models import Group, Permission

ORGANISERS = "Event organisers"
ORGANISER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def grant_organisers(index_page):
    """Gives the organisers their page permissions on one events index (idempotent)."""
    from wagtail.models import GroupPagePermission

    group = Group.objects.filter(name=ORGANISERS).first()
    if group is None:
        return
    for codename in ORGANISER_PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=index_page.pk, permission=permission
        )
