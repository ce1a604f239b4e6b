"""The editors' groups can do what the project says, and nothing more."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction, Page, WorkflowPage

from home.models import HomePage, StandardPage


def member_of(group_name):
    user = get_user_model().objects.create_user(f"{group_name.lower().replace(' ', '-')}-user")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def some_page(language_code="hu"):
    return StandardPage.objects.live().filter(locale__language_code=language_code).first()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group_name", "can_edit", "can_add", "can_publish", "can_unlock"),
    [
        ("Editors", True, True, False, False),
        ("Translators", True, True, False, False),
        ("Moderators", True, True, True, True),
        ("Event organisers", False, False, False, False),
    ],
)
def test_page_permissions_in_every_language(group_name, can_edit, can_add, can_publish, can_unlock):
    user = member_of(group_name)
    for language_code in ("en", "hu", "nl", "fr"):
        permissions = some_page(language_code).permissions_for_user(user)
        assert permissions.can_edit() is can_edit
        assert permissions.can_add_subpage() is can_add
        assert permissions.can_publish() is can_publish
        assert permissions.can_unlock() is can_unlock
        assert permissions.can_delete() is False


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group_name", "admin", "translate", "partners"),
    [
        ("Editors", True, True, True),
        ("Translators", True, True, False),
        ("Moderators", True, True, True),
        ("Event organisers", True, False, False),
    ],
)
def test_model_permissions(group_name, admin, translate, partners):
    user = member_of(group_name)
    assert user.has_perm("wagtailadmin.access_admin") is admin
    assert user.has_perm("wagtail_localize.submit_translation") is translate
    assert user.has_perm("home.add_partner") is partners
    assert user.has_perm("home.change_contactsettings") is (group_name == "Editors")


@pytest.mark.django_db
def test_media_permissions_by_collection():
    from wagtail.documents import get_permission_policy

    policy = get_permission_policy()
    events = Collection.objects.get(name="Events")
    manual = Collection.objects.get(name="Training manual")

    organiser = member_of("Event organisers")
    assert list(policy.collections_user_has_permission_for(organiser, "add")) == [events]

    editor = member_of("Editors")
    assert {events, manual} <= set(policy.collections_user_has_permission_for(editor, "add"))

    translator = member_of("Translators")
    assert not policy.collections_user_has_permission_for(translator, "add").exists()
    assert policy.collections_user_has_permission_for(translator, "choose").exists()


@pytest.mark.django_db
def test_internal_collection_is_for_editors_and_moderators_only():
    restriction = CollectionViewRestriction.objects.get(collection__name="Internal")
    assert restriction.restriction_type == "groups"
    assert set(restriction.groups.values_list("name", flat=True)) == {"Editors", "Moderators"}


@pytest.mark.django_db
def test_editors_submit_to_a_moderator_review_before_publishing(client):
    """The full journey: an editor submits, the page is in moderation, a moderator publishes."""
    root = Page.objects.get(depth=1)
    workflow = WorkflowPage.objects.get(page=root).workflow
    assert workflow.active
    [task] = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]

    editor = member_of("Editors")
    home = HomePage.objects.get(locale__language_code="en")
    assert home.get_workflow() == workflow
    page = StandardPage(title="Draft by an editor", slug="draft-by-an-editor", live=False)
    home.add_child(instance=page)
    page.save_revision(user=editor)
    state = workflow.start(page, editor)
    assert state.status == "in_progress"
    assert not StandardPage.objects.get(pk=page.pk).live

    moderator = member_of("Moderators")
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
