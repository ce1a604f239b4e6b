"""machina's permission checker, with forum-specific permissions kept to their own forum.

machina 1.3 computes the permissions of a list of forums in one pass, and narrows the
user's global grants inside its loop over the forums: a forum where the user's group is
denied a permission (the moderators' forum, for experts) also takes that permission away
from every forum after it in the list. A forum an administrator adds after the moderators'
forum would then be invisible to experts.

Forums with permissions of their own for this user are therefore computed one at a time;
all the others, which only the global permissions govern, together. The number of such
forums is set by the permission set-up (not by how many forums a page lists), so the
number of queries stays constant.
"""

from collections import OrderedDict

from django.db.models import Q
from machina.apps.forum_permission import handler
from machina.apps.forum_permission.checker import (
    ForumPermissionChecker as MachinaForumPermissionChecker,
)
from machina.apps.forum_permission.models import GroupForumPermission, UserForumPermission


class ForumPermissionChecker(MachinaForumPermissionChecker):
    def get_perms_for_forumlist(self, forums, perm_codenames=None):
        forums = list(forums)
        if self.user.is_anonymous or len(forums) < 2:
            return super().get_perms_for_forumlist(forums, perm_codenames)
        special = self._forums_with_own_permissions(forums)
        if not special:
            return super().get_perms_for_forumlist(forums, perm_codenames)

        perms = {}
        ordinary = [forum for forum in forums if forum.pk not in special]
        if ordinary:
            perms.update(super().get_perms_for_forumlist(ordinary, perm_codenames))
        for forum in forums:
            if forum.pk in special:
                perms.update(super().get_perms_for_forumlist([forum], perm_codenames))
        return OrderedDict((forum, perms[forum]) for forum in forums)

    def _forums_with_own_permissions(self, forums):
        ids = [forum.pk for forum in forums]
        groups = GroupForumPermission.objects.filter(
            forum_id__in=ids, group__in=self.user.groups.all()
        ).values_list("forum_id", flat=True)
        users = UserForumPermission.objects.filter(
            Q(user=self.user) | Q(authenticated_user=True), forum_id__in=ids
        ).values_list("forum_id", flat=True)
        return set(groups.union(users))


def install():
    """machina's handler builds its checkers from this module-level name: every handler
    (the request's, the forms', the search's) then uses the corrected checker."""
    handler.ForumPermissionChecker = ForumPermissionChecker
