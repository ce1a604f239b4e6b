"""Strings of machina that its own catalogues lack in our languages (it has no `nl`
catalogue, only `nl_NL`, which Django does not pick for `nl`). Listed here so that
makemessages puts them in the forum's catalogue, which is found first."""

from django.utils.translation import gettext_noop

MACHINA_STRINGS = [
    gettext_noop("Subject"),
    gettext_noop("Message"),
    gettext_noop("Lock topic"),
    gettext_noop("Post topic as"),
    gettext_noop("Default topic"),
    gettext_noop("Sticky"),
    gettext_noop("Announce"),
    gettext_noop("Update reason"),
    gettext_noop("File"),
    gettext_noop("Select a destination forum"),
    gettext_noop("This message has been posted successfully."),
    gettext_noop("This message has been edited successfully."),
    gettext_noop("This message has been deleted successfully."),
    gettext_noop("There are some errors in the attachments you submitted."),
    gettext_noop("This message will be validated before appearing on the forum."),
    gettext_noop("You subscribed to this topic successfully."),
    gettext_noop("You unsubscribed from this topic successfully."),
    gettext_noop("This topic has been locked successfully."),
    gettext_noop("This topic has been unlocked successfully."),
    gettext_noop("This topic has been deleted successfully."),
    gettext_noop("This topic has been moved successfully."),
    gettext_noop("This topic type has been changed successfully."),
    gettext_noop("This post has been approved successfully."),
    gettext_noop("This post has been disapproved successfully."),
    gettext_noop("Forums have been marked read."),
    gettext_noop("Topics have been marked read."),
]
