"""Addresses of forum objects, for code outside the views."""

from django.urls import reverse


def topic_path(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum_id,
            "slug": topic.slug,
            "pk": topic.pk,
        },
    )


def post_url(post):
    return f"{topic_path(post.topic)}?post={post.pk}#{post.pk}"
