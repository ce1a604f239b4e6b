"""Forum fixtures: members of every kind, on the demo forums seeded for the session."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from forum.models import ExpertApplication


def make_user(name, status=None, groups=(), country="BE", language="en"):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "A-long-pass-phrase-1")
    if status:
        ExpertApplication.objects.create(
            user=user,
            full_name=f"{name.title()} Person",
            organisation="An organisation",
            organisation_type="police",
            country=country,
            position="Inspector",
            phone="+32 2 123 45 67",
            reason="Casework.",
            language=language,
            rules_accepted_at=timezone.now(),
            status=status,
            verified_organisation_type="police" if status == "approved" else "",
            verified_country=country if status == "approved" else "",
        )
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def expert(db):
    return make_user("expert", "approved", ["Experts"])


@pytest.fixture
def moderator(db):
    return make_user("moderator", "approved", ["Experts", "Moderators"], country="HU")


@pytest.fixture
def pending(db):
    return make_user("pending", "pending")


@pytest.fixture
def rejected(db):
    return make_user("rejected", "rejected")


@pytest.fixture
def forums(db):
    return {forum.slug: forum for forum in Forum.objects.all()}


@pytest.fixture
def topic(forums, expert):
    topic = Topic.objects.create(
        forum=forums["general"],
        poster=expert,
        subject="A test topic",
        type=0,
        status=0,
        approved=True,
    )
    Post.objects.create(
        topic=topic, poster=expert, subject="A test topic", content="Hello **all**", approved=True
    )
    return topic


@pytest.fixture
def private_topic(forums, moderator):
    topic = Topic.objects.create(
        forum=forums["moderators"],
        poster=moderator,
        subject="Moderators only",
        type=0,
        status=0,
        approved=True,
    )
    Post.objects.create(
        topic=topic, poster=moderator, subject="Moderators only", content="Secret", approved=True
    )
    return topic
