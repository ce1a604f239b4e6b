"""Factories for pages and snippets of the home app, built on wagtail-factories."""

import datetime

import factory
import wagtail_factories

from home.models import NewsIndexPage, NewsPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "An introduction."

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    summary = "What happened."
    date = factory.Sequence(lambda n: datetime.date(2015, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsPage
