from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve as serve_static_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from forum.urls import urlpatterns as forum_urlpatterns
from search.urls import api_urlpatterns as search_api_urlpatterns
from search.urls import page_urlpatterns as search_page_urlpatterns

from . import views

# Outside the language prefix: the admin, documents and machine-read files.
urlpatterns = [
    # Both admins log in through allauth, which asks for the second factor.
    path("django-admin/login/", views.login_through_accounts),
    path("django-admin/", admin.site.urls),
    path("admin/login/", views.login_through_accounts),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_xml, name="sitemap"),
    *search_api_urlpatterns,
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        # Forum attachments live under MEDIA_ROOT too, but only the forum serves them.
        re_path(rf"^{media_prefix}forum-private/", views.page_not_found, {"exception": None}),
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            serve_static_file,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

# Everything a reader sees carries its language: /en/, /hu/, /nl/, /fr/.
# Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    *search_page_urlpatterns,
    *forum_urlpatterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "ravot.views.page_not_found"
handler500 = "ravot.views.server_error"
