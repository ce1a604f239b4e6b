"""allauth, adapted to the forum: where people land after logging in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from .access import is_member


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Members go to the forum, applicants to the state of their application (a
        `next` address, when there is one, is honoured by allauth before this)."""
        if is_member(request.user):
            return reverse("forum:index")
        return reverse("expert_forum:account")
