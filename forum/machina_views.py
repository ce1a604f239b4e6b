"""machina's views, adapted: our forms (personal-data check, urgency, attachment limits),
queries without N+1 for badges and flags, notifications, and safe attachment downloads."""

import mimetypes
from pathlib import Path

from allauth.core import ratelimit
from django.contrib.auth import get_user_model
from django.db.models import Prefetch
from django.http import FileResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from machina.apps.forum.models import Forum
from machina.apps.forum.views import ForumView, IndexView
from machina.apps.forum.visibility import ForumVisibilityContentTree
from machina.apps.forum_conversation.forum_attachments.views import AttachmentView
from machina.apps.forum_conversation.views import (
    PostCreateView,
    PostUpdateView,
    TopicCreateView,
    TopicUpdateView,
    TopicView,
)
from machina.apps.forum_member.views import ForumProfileDetailView, UserPostsView

from .access import MEMBER_GROUPS
from .forms import ExpertAttachmentFormset, ExpertPostForm, ExpertTopicForm
from .models import ForumSubscription, PersonalDataFlag, UrgentQuestion
from .notifications import alert_countries, notify_subscribers

POSTER_RELATIONS = ("poster", "poster__expert_application", "updated_by", "personal_data_flag")


class ExpertIndexView(IndexView):
    def get_queryset(self):
        # Each forum's last post links to its topic: fetched with the forums, not per forum.
        forums = Forum.objects.select_related("last_post__topic__forum")
        return ForumVisibilityContentTree.from_forums(
            self.request.forum_permission_handler.forum_list_filter(forums, self.request.user)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        readable = self.request.forum_permission_handler.get_readable_forums(
            Forum.objects.all(), self.request.user
        )
        context["urgent_questions"] = (
            UrgentQuestion.objects.filter(topic__forum__in=readable, topic__approved=True)
            .select_related("topic", "topic__forum")
            .order_by("respond_by")[:10]
        )
        return context


class ExpertForumView(ForumView):
    def get_queryset(self):
        return super().get_queryset().select_related("urgency", "poster__expert_application")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["forum_subscribed"] = ForumSubscription.objects.filter(
            user=self.request.user, forum=self.get_forum()
        ).exists()
        return context


class ExpertTopicView(TopicView):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related(*POSTER_RELATIONS)
            .prefetch_related(Prefetch("attachments"))
        )

    def get_topic(self):
        if not hasattr(self, "topic"):
            super().get_topic()
            self.topic = (
                type(self.topic)
                .objects.select_related("forum", "urgency", "poster")
                .get(pk=self.topic.pk)
            )
        return self.topic

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_subscribed"] = (
            self.get_topic().subscribers.filter(pk=self.request.user.pk).exists()
        )
        context.pop("poll", None)  # polls are not offered
        return context


class PostWritingMixin:
    """What our forms add when a post is saved."""

    attachment_formset_class = ExpertAttachmentFormset

    new_topic = False

    def form_valid(self, post_form, attachment_formset, *args, **kwargs):
        created = post_form.instance.pk is None
        if not self.preview and not ratelimit.consume(
            self.request, action="forum_post", user=self.request.user
        ):
            # Shown with the form, so that nothing the author wrote is lost.
            post_form.add_error(
                None, _("You are posting too fast. Wait a minute and send your post again.")
            )
            return self.form_invalid(post_form, attachment_formset, *args, **kwargs)
        response = super().form_valid(post_form, attachment_formset, *args, **kwargs)
        if self.preview:
            return response
        post = self.forum_post
        self.record_personal_data(post_form, post)
        if hasattr(post_form, "cleaned_data") and "urgent" in post_form.fields:
            self.record_urgency(post_form, post)
        if created and post.approved:
            notify_subscribers(post, new_topic=self.new_topic)
        return response

    def record_personal_data(self, post_form, post):
        from . import pii

        confirmed = post_form.confirmed_personal_data
        if confirmed:
            PersonalDataFlag.objects.update_or_create(
                post=post,
                defaults={
                    "kinds": pii.kinds_of(confirmed),
                    "confirmed_by": self.request.user,
                    "reviewed_by": None,
                    "reviewed_at": None,
                },
            )
        else:
            PersonalDataFlag.objects.filter(post=post).delete()

    def record_urgency(self, post_form, post):
        data = post_form.cleaned_data
        topic = post.topic
        if not data.get("urgent"):
            UrgentQuestion.objects.filter(topic=topic).delete()
            return
        urgency, created = UrgentQuestion.objects.update_or_create(
            topic=topic,
            defaults={"respond_by": data["respond_by"], "countries": data["urgent_countries"]},
        )
        if created and topic.approved:
            urgency.alerted = alert_countries(urgency)
            urgency.save(update_fields=["alerted"])


class ExpertTopicCreateView(PostWritingMixin, TopicCreateView):
    post_form_class = ExpertTopicForm
    new_topic = True


class ExpertTopicUpdateView(PostWritingMixin, TopicUpdateView):
    post_form_class = ExpertTopicForm


class ExpertPostCreateView(PostWritingMixin, PostCreateView):
    post_form_class = ExpertPostForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["previous_posts"] = context["previous_posts"].select_related(
            "poster__expert_application"
        )
        return context


class ExpertPostUpdateView(PostWritingMixin, PostUpdateView):
    post_form_class = ExpertPostForm


class ExpertAttachmentView(AttachmentView):
    """Streams an attachment after machina's permission check, always as a download,
    with a content type from its extension, and never cached by shared caches."""

    def render_to_response(self, context, **response_kwargs):
        attachment = self.object
        extension = Path(attachment.file.name).suffix.lower()
        content_type = mimetypes.types_map.get(extension, "application/octet-stream")
        response = FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=f"attachment-{attachment.pk}{extension}",
            content_type=content_type,
        )
        response["Cache-Control"] = "private, no-store"
        response["Content-Security-Policy"] = "sandbox; default-src 'none'"
        response["X-Content-Type-Options"] = "nosniff"
        return response


def members():
    return get_user_model().objects.filter(groups__name__in=MEMBER_GROUPS).distinct()


class ExpertProfileDetailView(ForumProfileDetailView):
    """Profiles of members only (not of pending applicants, nor of staff accounts)."""

    def get_queryset(self):
        return members()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = getattr(self.object.user, "expert_application", None)
        return context


class ExpertUserPostsView(UserPostsView):
    @property
    def poster(self):
        from django.shortcuts import get_object_or_404

        if not hasattr(self, "_poster"):
            self._poster = get_object_or_404(members(), pk=self.kwargs[self.user_pk_url_kwarg])
        return self._poster

    def get_queryset(self):
        return super().get_queryset().select_related("poster__expert_application")


def profile_update_redirect(request):
    """Members edit their details on their account page."""
    return redirect("expert_forum:account")
