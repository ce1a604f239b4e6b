"""The forum's URLs: machina's (with our views where we adapt them, and without machina's
haystack search) under /<lang>/forum/, and our account pages under /<lang>/accounts/."""

from django.urls import include, path
from machina.apps.forum.urls import ForumURLPatternsFactory
from machina.apps.forum_conversation.forum_attachments.urls import (
    ForumAttachmentsURLPatternsFactory as AttachmentURLs,
)
from machina.apps.forum_conversation.urls import (
    BaseForumConversationURLPatternsFactory,
    ForumAttachmentsURLPatternsFactory,
    ForumPollsURLPatternsFactory,
)
from machina.apps.forum_feeds.urls import ForumFeedsURLPatternsFactory
from machina.apps.forum_member.urls import ForumMemberURLPatternsFactory
from machina.apps.forum_moderation.urls import ForumModerationURLPatternsFactory
from machina.apps.forum_tracking.urls import ForumTrackingURLPatternsFactory

from . import machina_views, views


class ForumURLs(ForumURLPatternsFactory):
    index_view = machina_views.ExpertIndexView
    forum_view = machina_views.ExpertForumView


class ExpertAttachmentURLs(AttachmentURLs):
    attachment_view = machina_views.ExpertAttachmentView


class ConversationURLs(
    BaseForumConversationURLPatternsFactory,
    ForumAttachmentsURLPatternsFactory,
    ForumPollsURLPatternsFactory,
):
    topic_view = machina_views.ExpertTopicView
    topic_create_view = machina_views.ExpertTopicCreateView
    topic_update_view = machina_views.ExpertTopicUpdateView
    post_create_view = machina_views.ExpertPostCreateView
    post_update_view = machina_views.ExpertPostUpdateView
    attachments_urlpatterns_factory = ExpertAttachmentURLs()


class MemberURLs(ForumMemberURLPatternsFactory):
    forum_profile_detail_view = machina_views.ExpertProfileDetailView
    user_posts_list = machina_views.ExpertUserPostsView

    def get_urlpatterns(self):
        patterns = [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"profile_update", "user_subscriptions"}
        ]
        return [
            path("profile/edit/", machina_views.profile_update_redirect, name="profile_update"),
            path("subscriptions/", views.subscriptions, name="user_subscriptions"),
            path("forum/<int:pk>/subscribe/", views.forum_subscribe, name="forum_subscribe"),
            path("forum/<int:pk>/unsubscribe/", views.forum_unsubscribe, name="forum_unsubscribe"),
            *patterns,
        ]


class ModerationURLs(ForumModerationURLPatternsFactory):
    def get_urlpatterns(self):
        return [
            path("personal-data/", views.personal_data_list, name="personal_data"),
            *super().get_urlpatterns(),
        ]


search_urlpatterns = ([path("", views.search, name="search")], "forum_search")

forum_urlpatterns = [
    path("", include(ForumURLs().urlpatterns)),
    path("", include(ConversationURLs().urlpatterns)),
    path("feeds/", include(ForumFeedsURLPatternsFactory().urlpatterns)),
    path("member/", include(MemberURLs().urlpatterns)),
    path("moderation/", include(ModerationURLs().urlpatterns)),
    path("search/", include(search_urlpatterns)),
    path("tracking/", include(ForumTrackingURLPatternsFactory().urlpatterns)),
]

account_urlpatterns = (
    [
        path("application/", views.account, name="account"),
        path("application/edit/", views.application_edit, name="application_edit"),
        path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    ],
    "expert_forum",
)

urlpatterns = [
    path("forum/", include(forum_urlpatterns)),
    path("accounts/", include(account_urlpatterns)),
    path("accounts/", include("allauth.urls")),
]
