from django.urls import path

from . import views

# The page is inside the language prefix (site/urls.py); the APIs are not.
page_urlpatterns = [path("search/", views.search_page, name="search")]
api_urlpatterns = [
    path("api/search/", views.search_api, name="search_api"),
    path("api/search/suggest/", views.suggest_api, name="search_suggest"),
]
