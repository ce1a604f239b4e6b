"""The forum's demo: the forums, demo experts with verified badges, a pending applicant,
and discussions in several languages (invented and anonymised: no real case, person or
organisation). Every step skips what exists: running it twice changes nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from ..access import EXPERTS, MODERATORS
from ..choices import ApplicationStatus
from ..models import ExpertApplication, UrgentQuestion
from ..structure import FORUMS, MODERATORS_FORUM_SLUG
from .content import APPLICANT, TOPICS
from .content import EXPERTS as DEMO_EXPERTS


def seed_demo(stdout):
    forums = ensure_forums()
    users = {spec["username"]: ensure_expert(spec) for spec in DEMO_EXPERTS}
    ensure_expert(APPLICANT)
    created = sum(ensure_topic(forums, users, spec) for spec in TOPICS)
    stdout.write(f"Forum demo ready ({created} new topics).")


def ensure_forums():
    by_slug = {}
    previous = None
    for spec in FORUMS:
        forum = Forum.objects.filter(slug=spec["slug"], parent__isnull=True).first()
        if forum is None:
            forum = Forum.objects.create(name=spec["name"], type=Forum.FORUM_POST)
        by_slug[spec["slug"]] = forum
        previous = forum
    moderators = by_slug[MODERATORS_FORUM_SLUG]
    last = Forum.objects.filter(parent__isnull=True).order_by("-tree_id").first()
    if last is not None and last.pk != moderators.pk and previous is not None:
        moderators.move_to(last, "right")  # the moderators' forum comes last in the list
    return by_slug


def ensure_expert(spec):
    User = get_user_model()
    user = User.objects.filter(username=spec["username"]).first()
    if user is None:
        user = User.objects.create_user(spec["username"], spec["email"])
        user.set_unusable_password()  # demo people cannot log in
        user.save()
    if not hasattr(user, "expert_application"):
        approved = spec.get("status", "approved") == "approved"
        ExpertApplication.objects.create(
            user=user,
            full_name=spec["full_name"],
            organisation=spec["organisation"],
            organisation_type=spec["organisation_type"],
            country=spec["country"],
            position=spec["position"],
            phone=spec["phone"],
            reason=spec["reason"],
            language=spec["language"],
            rules_accepted_at=timezone.now(),
            status=ApplicationStatus.APPROVED if approved else ApplicationStatus.PENDING,
            verified_organisation_type=spec["organisation_type"] if approved else "",
            verified_country=spec["country"] if approved else "",
        )
        if approved:
            user.groups.add(Group.objects.get(name=EXPERTS))
        if spec.get("moderator"):
            user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def ensure_topic(forums, users, spec):
    forum = forums[spec["forum"]]
    if Topic.objects.filter(forum=forum, subject=spec["subject"]).exists():
        return 0
    author = users[spec["author"]]
    topic = Topic.objects.create(
        forum=forum,
        poster=author,
        subject=spec["subject"],
        type=Topic.TOPIC_POST,
        status=Topic.TOPIC_UNLOCKED,
        approved=True,
    )
    Post.objects.create(
        topic=topic, poster=author, subject=spec["subject"], content=spec["text"], approved=True
    )
    for reply in spec.get("replies", []):
        Post.objects.create(
            topic=topic,
            poster=users[reply["author"]],
            subject=f"Re: {spec['subject']}",
            content=reply["text"],
            approved=True,
        )
    if "urgent" in spec:
        UrgentQuestion.objects.create(
            topic=topic,
            respond_by=timezone.localdate() + datetime.timedelta(days=spec["urgent"]["days"]),
            countries=spec["urgent"]["countries"],
        )
    return 1
