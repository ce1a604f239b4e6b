"""The forum's own pages: an applicant's status and application, a member's
subscriptions, unsubscribing from an e-mail, forum search and the moderators' list of
posts with possible personal data."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from search.text import plain_words

from .access import is_member, is_moderator, readable_forum_ids
from .choices import ApplicationStatus
from .forms import ApplicationForm
from .models import ForumSubscription, PersonalDataFlag
from .notifications import read_unsubscribe_token
from .structure import forum_label

MAX_QUERY_LENGTH = 200


@login_required
def account(request):
    """Where an applicant sees the state of their application, and a member their links."""
    application = getattr(request.user, "expert_application", None)
    decisions = application.decisions.all()[:1] if application else []
    return TemplateResponse(
        request,
        "expert_forum/account.html",
        {
            "application": application,
            "last_decision": decisions[0] if decisions else None,
            "member": is_member(request.user),
            "moderator": is_moderator(request.user),
        },
    )


EDITABLE = (ApplicationStatus.PENDING, ApplicationStatus.REJECTED)


@login_required
def application_edit(request):
    application = getattr(request.user, "expert_application", None)
    if application is None or application.status not in EDITABLE:
        raise Http404
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        application = form.save(commit=False)
        if application.status == ApplicationStatus.REJECTED:
            application.status = ApplicationStatus.PENDING
            application.submitted_at = timezone.now()
            messages.success(request, _("Your application has been sent for review again."))
        else:
            messages.success(request, _("Your application has been updated."))
        application.save()
        return redirect("expert_forum:account")
    return TemplateResponse(
        request, "expert_forum/application_form.html", {"form": form, "application": application}
    )


def subscriptions(request):
    """A member's topic and forum subscriptions (behind the forum gate)."""
    readable = readable_forum_ids(request.user, request.forum_permission_handler)
    topics = (
        request.user.topic_subscriptions.filter(forum_id__in=readable)
        .select_related("forum", "last_post", "last_post__poster")
        .order_by("-last_post_on")
    )
    forums = (
        ForumSubscription.objects.filter(user=request.user, forum_id__in=readable)
        .select_related("forum")
        .order_by("forum__tree_id", "forum__lft")
    )
    return TemplateResponse(
        request,
        "forum_member/subscription_topic_list.html",
        {"topics": topics, "forum_subscriptions": forums},
    )


def readable_forum(request, pk):
    forum = get_object_or_404(Forum, pk=pk)
    if not request.forum_permission_handler.can_read_forum(forum, request.user):
        raise Http404
    return forum


@require_POST
def forum_subscribe(request, pk):
    forum = readable_forum(request, pk)
    ForumSubscription.objects.get_or_create(user=request.user, forum=forum)
    messages.success(
        request,
        _("You will get an e-mail for each new post in “%(forum)s”.")
        % {"forum": forum_label(forum)},
    )
    return redirect("forum:forum", slug=forum.slug, pk=forum.pk)


@require_POST
def forum_unsubscribe(request, pk):
    forum = get_object_or_404(Forum, pk=pk)
    ForumSubscription.objects.filter(user=request.user, forum=forum).delete()
    messages.success(
        request,
        _("You will no longer get e-mails about “%(forum)s”.") % {"forum": forum_label(forum)},
    )
    if request.POST.get("next") == "subscriptions":
        return redirect("forum_member:user_subscriptions")
    return redirect("forum:forum", slug=forum.slug, pk=forum.pk)


@csrf_exempt  # the signed token is the authority (mail clients POST it: RFC 8058)
def unsubscribe(request, token):
    """One click from an e-mail: GET asks for confirmation (link scanners must not
    unsubscribe anyone), POST unsubscribes."""
    from django.contrib.auth import get_user_model

    data = read_unsubscribe_token(token)
    if data is None:
        return TemplateResponse(
            request, "expert_forum/unsubscribe.html", {"invalid": True}, status=400
        )
    user_id, kind, object_id = data
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return TemplateResponse(
            request, "expert_forum/unsubscribe.html", {"invalid": True}, status=400
        )
    if kind == "topic":
        target = Topic.objects.filter(pk=object_id).first()
    else:
        target = Forum.objects.filter(pk=object_id).first()
    done = False
    if request.method == "POST" and target is not None:
        if kind == "topic":
            target.subscribers.remove(user)
        else:
            ForumSubscription.objects.filter(user=user, forum=target).delete()
        done = True
    return TemplateResponse(
        request,
        "expert_forum/unsubscribe.html",
        {"kind": kind, "target": target, "done": done, "token": token},
    )


def search(request):
    """Forum search for members: the site's search engine when it is there (with the
    forums the member may read as a filter), the database otherwise."""
    query = plain_words(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    page_number = request.GET.get("page", "1")
    readable = readable_forum_ids(request.user, request.forum_permission_handler)
    results, degraded = [], False
    page_obj = None
    if query:
        from search.service import (
            RESULTS_PER_PAGE,
            SearchRequest,
            engine_backend,
            search_site,
        )

        backend = engine_backend()
        page = int(page_number) if page_number.isdigit() else 1
        if backend is not None and backend.is_available():
            outcome = search_site(
                SearchRequest(
                    query=query,
                    language=get_language(),
                    kinds=["forum"],
                    page=page,
                    user=request.user,
                    request=request,
                )
            )
            ids = [result.obj.pk for result in outcome.results]
            by_id = Post.objects.select_related(
                "topic", "topic__forum", "poster", "poster__expert_application"
            ).in_bulk(ids)
            results = [by_id[pk] for pk in ids if pk in by_id]
            page_obj = Paginator(range(outcome.total), RESULTS_PER_PAGE).get_page(outcome.page)
        else:
            degraded = backend is not None
            words = query.split()[:8]
            condition = Q()
            for word in words:
                condition &= Q(subject__icontains=word) | Q(content__icontains=word)
            posts = (
                Post.approved_objects.filter(condition, topic__forum_id__in=readable)
                .select_related("topic", "topic__forum", "poster", "poster__expert_application")
                .order_by("-created")
            )
            page_obj = Paginator(posts, RESULTS_PER_PAGE).get_page(page_number)
            results = list(page_obj.object_list)
    return TemplateResponse(
        request,
        "forum_search/search.html",
        {
            "query": query,
            "results": results,
            "page_obj": page_obj,
            "degraded": degraded,
            "encoded_query": urlencode({"q": query}),
        },
    )


def personal_data_list(request):
    """Moderators: the posts whose authors confirmed them despite the personal-data
    check, newest first, unreviewed ones on top."""
    if not is_moderator(request.user):
        raise PermissionDenied
    if request.method == "POST":
        flag = get_object_or_404(PersonalDataFlag, pk=request.POST.get("flag", ""))
        flag.reviewed_by = request.user
        flag.reviewed_at = timezone.now()
        flag.save(update_fields=["reviewed_by", "reviewed_at"])
        messages.success(request, _("The post is marked as reviewed."))
        return redirect("forum_moderation:personal_data")
    readable = readable_forum_ids(request.user, request.forum_permission_handler)
    flags = (
        PersonalDataFlag.objects.filter(post__topic__forum_id__in=readable)
        .select_related(
            "post",
            "post__topic",
            "post__topic__forum",
            "post__poster",
            "confirmed_by",
            "reviewed_by",
        )
        .order_by("reviewed_at", "-confirmed_at")
    )
    page_obj = Paginator(flags, 30).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "forum_moderation/personal_data_list.html", {"page_obj": page_obj}
    )


personal_data_list.requires_second_factor = True
