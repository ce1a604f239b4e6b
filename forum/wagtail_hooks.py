from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_vetting_urls():
    patterns = [
        path("", admin_views.ApplicationListView.as_view(), name="index"),
        path("<int:pk>/", admin_views.ApplicationDetailView.as_view(), name="detail"),
    ]
    return [path("forum-applications/", include((patterns, "forum_vetting")))]


class VettingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_vetting_menu_item():
    return VettingMenuItem(
        _("Forum applications"),
        reverse("forum_vetting:index"),
        icon_name="group",
        order=250,
    )
