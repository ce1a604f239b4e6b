"""E-mails of the forum, each in its recipient's language: decisions on applications,
new replies and topics for subscribers, urgent cross-border questions, and new
applications for the moderators. Each subscription e-mail carries a one-click
unsubscribe link (and the List-Unsubscribe headers of RFC 8058)."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .access import EXPERTS, MODERATORS

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "forum.unsubscribe"


def language_of(user):
    application = getattr(user, "expert_application", None)
    codes = dict(settings.LANGUAGES)
    if application is not None and application.language in codes:
        return application.language
    return settings.LANGUAGE_CODE


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL + path


def unsubscribe_token(user, kind, object_id):
    return signing.dumps({"u": user.pk, "k": kind, "o": object_id}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    """(user id, kind, object id) from a token, or None if it was tampered with."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=None)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("k") not in ("topic", "forum"):
        return None
    return data.get("u"), data["k"], data.get("o")


def send(user, template, context, unsubscribe=None):
    """Renders `expert_forum/email/<template>_subject.txt` and `_message.txt` in the
    user's language and sends them."""
    language = language_of(user)
    with translation.override(language):
        context = {**context, "user": user, "language": language}
        headers = {}
        if unsubscribe is not None:
            path = reverse("expert_forum:unsubscribe", args=[unsubscribe])
            context["unsubscribe_url"] = absolute(path)
            headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        subject = render_to_string(f"expert_forum/email/{template}_subject.txt", context)
        body = render_to_string(f"expert_forum/email/{template}_message.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[user.email],
        headers=headers,
    )
    message.send()


def send_decision(application, decision):
    user = application.user
    with translation.override(language_of(user)):
        login_url = absolute(reverse("account_login"))
    send(
        user,
        "decision",
        {
            "application": application,
            "decision": decision,
            "kind": decision.kind,
            "login_url": login_url,
        },
    )


def notify_moderators_of_application(application):
    User = get_user_model()
    moderators = User.objects.filter(groups__name=MODERATORS, is_active=True).distinct()
    for moderator in moderators:
        if moderator.email:
            send(
                moderator,
                "new_application",
                {
                    "application": application,
                    "review_url": absolute(reverse("forum_vetting:detail", args=[application.pk])),
                },
            )


def topic_url(topic):
    return absolute(
        reverse(
            "forum_conversation:topic",
            kwargs={
                "forum_slug": topic.forum.slug,
                "forum_pk": topic.forum_id,
                "slug": topic.slug,
                "pk": topic.pk,
            },
        )
    )


def notify_subscribers(post, new_topic=False):
    """A new approved post: its topic's subscribers and its forum's subscribers are told,
    except its author and anyone who may no longer read the forum."""
    from machina.apps.forum_permission.handler import PermissionHandler

    from .access import is_member
    from .models import ForumSubscription

    topic = post.topic
    recipients = {}
    for user in topic.subscribers.select_related("expert_application"):
        recipients[user.pk] = (user, "topic", topic.pk)
    subscriptions = ForumSubscription.objects.filter(forum_id=topic.forum_id).select_related(
        "user", "user__expert_application"
    )
    for subscription in subscriptions:
        recipients.setdefault(subscription.user_id, (subscription.user, "forum", topic.forum_id))
    handler = PermissionHandler()
    sent = 0
    for user, kind, object_id in recipients.values():
        if user.pk == post.poster_id or not user.email:
            continue
        if not is_member(user) or not handler.can_read_forum(topic.forum, user):
            continue
        with translation.override(language_of(user)):
            url = f"{topic_url(topic)}?post={post.pk}#{post.pk}"
        send(
            user,
            "new_topic" if new_topic else "new_post",
            {"post": post, "topic": topic, "forum": topic.forum, "url": url, "kind": kind},
            unsubscribe=unsubscribe_token(user, kind, object_id),
        )
        sent += 1
    return sent


def alert_countries(urgency):
    """An urgent cross-border question: members working in the countries concerned (by
    their verified country) and subscribers of those countries' forums are alerted."""
    from machina.apps.forum_permission.handler import PermissionHandler

    from .access import is_member
    from .structure import country_forum_ids

    topic = urgency.topic
    User = get_user_model()
    by_country = User.objects.filter(
        groups__name__in=[EXPERTS, MODERATORS],
        is_active=True,
        expert_application__verified_country__in=urgency.countries,
    )
    by_subscription = User.objects.filter(
        forum_subscriptions__forum_id__in=country_forum_ids(urgency.countries)
    )
    users = (
        (
            User.objects.filter(pk__in=by_country.values("pk"))
            | User.objects.filter(pk__in=by_subscription.values("pk"))
        )
        .select_related("expert_application")
        .distinct()
    )
    handler = PermissionHandler()
    sent = 0
    for user in users:
        if user.pk == topic.poster_id or not user.email:
            continue
        if not is_member(user) or not handler.can_read_forum(topic.forum, user):
            continue
        with translation.override(language_of(user)):
            url = topic_url(topic)
        send(
            user,
            "urgent_question",
            {"topic": topic, "urgency": urgency, "url": url},
        )
        sent += 1
    return sent
