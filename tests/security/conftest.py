"""Accounts of every kind the access rules tell apart, on the demo seeded for the session."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.forum.conftest import make_user

ACCOUNTS = ["anonymous", "pending", "expert", "organiser", "editor", "moderator"]


def make_account(kind):
    """A user of the given kind (None for anonymous); editors and organisers are staff of
    the Wagtail admin only, never forum members."""
    if kind == "anonymous":
        return None
    existing = get_user_model().objects.filter(username=kind).first()
    if existing is not None:
        return existing
    if kind == "pending":
        return make_user("pending", "pending")
    if kind == "expert":
        return make_user("expert", "approved", ["Experts"])
    if kind == "moderator":
        return make_user("moderator", "approved", ["Experts", "Moderators"], country="HU")
    groups = {"organiser": "Event organisers", "editor": "Editors"}
    user = make_user(kind)
    user.groups.add(Group.objects.get(name=groups[kind]))
    return user


@pytest.fixture
def login(client, db):
    """Logs the test client in as an account of the given kind and returns the user."""

    def login_as(kind):
        user = make_account(kind)
        if user is not None:
            client.force_login(user)
        return user

    return login_as


@pytest.fixture(params=["database", "engine"])
def search_backend(request):
    """Each search test on the database backend and on the engine (under `make test`)."""
    request.getfixturevalue("database_search" if request.param == "database" else "engine")
    return request.param
