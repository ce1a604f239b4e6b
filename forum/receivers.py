"""Keeps the search index of forum posts true, and tells moderators of applications."""

from allauth.account.signals import email_confirmed
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from machina.apps.forum_conversation.models import Post, Topic
from modelsearch.index import insert_or_update_object, remove_object


def _indexed(post_pk):
    from .models import IndexedPost

    return IndexedPost.objects.filter(pk=post_pk).select_related("topic").first()


@receiver(post_save, sender=Post)
def index_post(instance, **kwargs):
    post = _indexed(instance.pk)
    if post is None:
        return
    if post.approved:
        insert_or_update_object(post)
    else:
        remove_object(post)


@receiver(post_delete, sender=Post)
def unindex_post(instance, **kwargs):
    from .models import IndexedPost

    proxy = IndexedPost(pk=instance.pk)
    proxy.__dict__.update({k: v for k, v in instance.__dict__.items() if not k.startswith("_")})
    remove_object(proxy)


@receiver(pre_save, sender=Topic)
def remember_forum(instance, **kwargs):
    if instance.pk:
        instance._forum_before = (
            Topic.objects.filter(pk=instance.pk).values_list("forum_id", flat=True).first()
        )


@receiver(post_save, sender=Topic)
def reindex_moved_topic(instance, created, **kwargs):
    """A topic moved to another forum: its posts' forum filter changes."""
    before = getattr(instance, "_forum_before", None)
    if created or before is None or before == instance.forum_id:
        return
    from .models import IndexedPost

    for post in IndexedPost.get_indexed_objects().filter(topic=instance):
        insert_or_update_object(post)


@receiver(email_confirmed)
def tell_moderators(request, email_address, **kwargs):
    from .models import ExpertApplication
    from .notifications import notify_moderators_of_application

    application = ExpertApplication.objects.filter(
        user_id=email_address.user_id, status="pending"
    ).first()
    if application is not None:
        notify_moderators_of_application(application)
