"""Forms of the forum: applying for an account, vetting, and writing posts with the
personal-data check and urgent cross-border questions."""

import datetime
import re
import uuid
from pathlib import Path

from allauth.account.forms import SignupForm
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.forms.models import modelformset_factory
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.forms import PostForm, TopicForm
from machina.apps.forum_conversation.forum_attachments.forms import (
    AttachmentForm,
    BaseAttachmentFormset,
)
from machina.apps.forum_conversation.forum_attachments.models import Attachment

from home.choices import Country
from home.uploads import content_matches_extension

from . import pii
from .choices import OrganisationType
from .models import ExpertApplication

APPLICATION_FIELDS = [
    "full_name",
    "organisation",
    "organisation_type",
    "country",
    "position",
    "phone",
    "reason",
    "language",
]
PHONE = re.compile(r"^\+?[0-9 ()./-]{6,30}$")


def clean_phone_number(value):
    value = " ".join(value.split())
    digits = sum(char.isdigit() for char in value)
    if not PHONE.match(value) or not 7 <= digits <= 15:
        raise forms.ValidationError(
            _("Enter a phone number with 7 to 15 digits, for example +32 2 123 45 67."),
            code="phone",
        )
    return value


class ApplicationFieldsMixin:
    """Field order, labels and checks shared by the sign-up and the edit form."""

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data["phone"])

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())


class ApplicationSignupForm(ApplicationFieldsMixin, SignupForm):
    """allauth's sign-up form (e-mail, forum name, password) plus the application."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"), choices=[("", "—"), *OrganisationType.choices]
    )
    country = forms.ChoiceField(
        label=_("Country where you work"), choices=[("", "—"), *Country.choices]
    )
    position = forms.CharField(label=_("Position"), max_length=150)
    phone = forms.CharField(
        label=_("Professional phone number"),
        max_length=40,
        help_text=_("A number at your organisation where a moderator can check your role."),
        widget=forms.TextInput(attrs={"autocomplete": "work tel", "inputmode": "tel"}),
    )
    reason = forms.CharField(
        label=_("Why you need access"),
        max_length=2000,
        help_text=_("Your work with victims or cases of trafficking, in a few sentences."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    language = forms.ChoiceField(
        label=_("Language for e-mails from the forum"), choices=settings.LANGUAGES
    )
    accept_rules = forms.BooleanField(
        label=_(
            "I accept the forum rules. In particular, I will never post anything that could "
            "identify a victim: names, contact details, document numbers, dates of birth, "
            "addresses or photos."
        ),
        error_messages={"required": _("You can only join the forum if you accept its rules.")},
    )

    field_order = [
        "email",
        "username",
        "password1",
        "password2",
        *APPLICATION_FIELDS,
        "accept_rules",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Forum name")
        self.fields["username"].help_text = _(
            "Shown to other members beside your posts. Letters, digits and @ . + - _ only."
        )
        self.fields["email"].label = _("Work e-mail address")
        self.fields["email"].help_text = _(
            "Your address at your organisation: we send a link to confirm it."
        )
        for name in ("username", "email", "password1", "password2"):
            self.fields[name].widget.attrs.pop("placeholder", None)
        if not self.is_bound:
            language = (get_language() or "en")[:2]
            self.fields["language"].initial = (
                language if language in dict(settings.LANGUAGES) else "en"
            )

    def save(self, request):
        user = super().save(request)
        ExpertApplication.objects.create(
            user=user,
            rules_accepted_at=timezone.now(),
            **{name: self.cleaned_data[name] for name in APPLICATION_FIELDS},
        )
        return user


class ApplicationForm(ApplicationFieldsMixin, forms.ModelForm):
    """A pending (or rejected) applicant corrects or completes their application."""

    class Meta:
        model = ExpertApplication
        fields = APPLICATION_FIELDS
        widgets = {
            "reason": forms.Textarea(attrs={"rows": 5}),
            "phone": forms.TextInput(attrs={"autocomplete": "work tel", "inputmode": "tel"}),
        }


class DecisionForm(forms.Form):
    """A moderator's decision on an application."""

    APPROVE, REJECT, REVOKE = "approve", "reject", "revoke"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (APPROVE, _("Approve")),
            (REJECT, _("Reject")),
            (REVOKE, _("Revoke access")),
        ],
        widget=forms.RadioSelect,
    )
    verified_organisation_type = forms.ChoiceField(
        label=_("Verified type of organisation"),
        choices=[("", "—"), *OrganisationType.choices],
        required=False,
        help_text=_("Shown as a badge on the member's posts. Required to approve."),
    )
    verified_country = forms.ChoiceField(
        label=_("Verified country"),
        choices=[("", "—"), *Country.choices],
        required=False,
        help_text=_("Shown as a badge on the member's posts. Required to approve."),
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Sent to the applicant with the decision, and kept in the history. "
            "Required to reject or revoke."
        ),
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        allowed = [self.REVOKE] if application.is_approved else [self.APPROVE, self.REJECT]
        self.fields["decision"].choices = [
            choice for choice in self.fields["decision"].choices if choice[0] in allowed
        ]
        if len(allowed) == 1:
            self.fields["decision"].initial = allowed[0]
        self.fields["verified_organisation_type"].initial = (
            application.verified_organisation_type or application.organisation_type
        )
        self.fields["verified_country"].initial = (
            application.verified_country or application.country
        )

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == self.APPROVE:
            for name in ("verified_organisation_type", "verified_country"):
                if not cleaned.get(name):
                    self.add_error(name, _("Set this to approve the application."))
        elif decision in (self.REJECT, self.REVOKE) and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say why, for the applicant and for the history."))
        return cleaned


# -- posts ----------------------------------------------------------------------------


def personal_data_digest(subject, content):
    """Ties an author's confirmation to the exact text they were shown."""
    return salted_hmac("forum.personal-data", f"{subject}\x00{content}").hexdigest()


class PersonalDataCheckMixin:
    """Stops a post that looks like it holds personal data until its author edits it or
    confirms it for exactly this text. Nothing is changed in the text."""

    confirm_field = "confirm_personal_data"

    def add_personal_data_field(self):
        self.fields[self.confirm_field] = forms.CharField(required=False, max_length=64)
        if "content" in self.fields:
            limit = settings.FORUM_POST_MAX_LENGTH
            self.fields["content"].validators.append(MaxLengthValidator(limit))
            self.fields["content"].widget.attrs["maxlength"] = limit
        self.personal_data = []
        self.confirmed_personal_data = []
        self.personal_data_digest = ""

    def check_personal_data(self, cleaned):
        subject = cleaned.get("subject") or ""
        content = cleaned.get("content") or ""
        subject_findings = pii.find_personal_data(subject)
        content_findings = pii.find_personal_data(content)
        findings = subject_findings + content_findings
        if not findings:
            return
        digest = personal_data_digest(subject, content)
        if cleaned.get(self.confirm_field) == digest:
            self.confirmed_personal_data = findings
            return
        self.personal_data = findings
        self.personal_data_digest = digest
        self.highlighted_subject = pii.highlight(subject, subject_findings)
        self.highlighted_content = pii.highlight(content, content_findings)
        self.personal_data_kinds = [pii.KINDS[kind] for kind in pii.kinds_of(findings)]
        raise forms.ValidationError(
            _(
                "This post may contain personal data. Check the highlighted passages: "
                "remove anything that could identify a victim, or confirm that the post "
                "may be published as it is."
            ),
            code="personal_data",
        )


class ExpertPostForm(PersonalDataCheckMixin, PostForm):
    """machina's post form with the personal-data check (signatures are not offered)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].widget.attrs.pop("placeholder", None)
        self.fields["content"].widget.attrs.pop("placeholder", None)
        self.fields["content"].help_text = _(
            "Markdown: **bold**, *italic*, lists with -, links as [text](https://…)."
        )
        self.fields["enable_signature"].widget = forms.HiddenInput()
        self.add_personal_data_field()

    def clean(self):
        cleaned = super().clean()
        self.check_personal_data(cleaned)
        return cleaned


URGENCY_MAX_DAYS = 90


class ExpertTopicForm(PersonalDataCheckMixin, TopicForm):
    """machina's topic form with the personal-data check and the urgent question."""

    urgent = forms.BooleanField(
        label=_("Urgent cross-border question"),
        required=False,
        help_text=_("Members working in the countries concerned are alerted by e-mail."),
    )
    respond_by = forms.DateField(
        label=_("Answer needed by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )
    urgent_countries = forms.MultipleChoiceField(
        label=_("Countries concerned"),
        required=False,
        choices=Country.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].widget.attrs.pop("placeholder", None)
        self.fields["content"].widget.attrs.pop("placeholder", None)
        self.fields["content"].help_text = _(
            "Markdown: **bold**, *italic*, lists with -, links as [text](https://…)."
        )
        self.fields["enable_signature"].widget = forms.HiddenInput()
        if len(list(self.fields["topic_type"].choices)) <= 1:
            del self.fields["topic_type"]
        topic = getattr(self.instance, "topic", None) if self.instance.pk else None
        urgency = getattr(topic, "urgency", None) if topic else None
        if urgency is not None:
            self.fields["urgent"].initial = True
            self.fields["respond_by"].initial = urgency.respond_by
            self.fields["urgent_countries"].initial = urgency.countries
        self.add_personal_data_field()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("urgent"):
            respond_by = cleaned.get("respond_by")
            today = timezone.localdate()
            if respond_by is None:
                self.add_error("respond_by", _("Give the date by which you need an answer."))
            elif not today <= respond_by <= today + datetime.timedelta(days=URGENCY_MAX_DAYS):
                self.add_error(
                    "respond_by",
                    _("Choose a date between today and %(days)s days from now.")
                    % {"days": URGENCY_MAX_DAYS},
                )
            if not cleaned.get("urgent_countries"):
                self.add_error("urgent_countries", _("Choose at least one country."))
        self.check_personal_data(cleaned)
        return cleaned


# -- attachments ----------------------------------------------------------------------


class ExpertAttachmentForm(AttachmentForm):
    """Only a few document and image types, of limited size, whose content matches
    their extension; stored under a random name (a file name can identify someone)."""

    class Meta(AttachmentForm.Meta):
        fields = ["file"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "size"):
            return upload
        if (
            getattr(upload, "_committed", True)
            and self.instance.pk
            and upload == self.instance.file
        ):
            return upload  # an attachment kept from before
        extension = Path(upload.name).suffix.lower().lstrip(".")
        allowed = settings.FORUM_ATTACHMENT_EXTENSIONS
        if extension not in allowed:
            raise forms.ValidationError(
                _("Files of this type cannot be attached. Allowed: %(types)s.")
                % {"types": ", ".join(allowed)},
                code="extension",
            )
        limit = settings.FORUM_ATTACHMENT_MAX_SIZE
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is too large: at most %(size)s MB.") % {"size": limit // (1024 * 1024)},
                code="size",
            )
        if not content_matches_extension(upload):
            raise forms.ValidationError(
                _("The file's content does not match its type."), code="content"
            )
        upload.name = f"{uuid.uuid4().hex}.{extension}"
        return upload


ExpertAttachmentFormset = modelformset_factory(
    Attachment,
    ExpertAttachmentForm,
    formset=BaseAttachmentFormset,
    can_delete=True,
    extra=1,
    max_num=settings.MACHINA_ATTACHMENT_MAX_FILES_PER_POST,
    validate_max=True,
)
