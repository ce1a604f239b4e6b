"""The personal-data check on its corpus (recall and false-positive rate are printed:
run `.venv/bin/python -m pytest tests/forum/test_pii.py -q -s`), and in the post form."""

import pytest
from django.urls import reverse

from forum import pii
from forum.models import PersonalDataFlag

from .pii_corpus import NEGATIVES, POSITIVES
from .test_journey import NO_FILES

MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05


def test_corpus_recall_and_false_positive_rate():
    caught = [
        kind for kind, text in POSITIVES if kind in pii.kinds_of(pii.find_personal_data(text))
    ]
    flagged = [text for text in NEGATIVES if pii.find_personal_data(text)]
    recall = len(caught) / len(POSITIVES)
    false_positive_rate = len(flagged) / len(NEGATIVES)
    print(
        f"\nPII checker: recall {recall:.1%} ({len(caught)}/{len(POSITIVES)}), "
        f"false positives {false_positive_rate:.1%} ({len(flagged)}/{len(NEGATIVES)})"
    )
    assert recall >= MIN_RECALL
    assert false_positive_rate <= MAX_FALSE_POSITIVE_RATE, flagged


def test_highlight_escapes_and_marks():
    text = "<b>call</b> +36 30 123 4567"
    html = pii.highlight(text, pii.find_personal_data(text))
    assert "&lt;b&gt;" in html and '<mark class="pii-mark"' in html


@pytest.mark.django_db
def test_post_with_a_phone_number_is_caught_before_it_is_saved(client, expert, topic):
    client.force_login(expert)
    forum = topic.forum
    url = reverse(
        "forum_conversation:post_create", args=[forum.slug, forum.pk, topic.slug, topic.pk]
    )
    text = "Her number is +36 30 123 4567, please call."
    data = {"subject": "Re: number", "content": text, **NO_FILES}
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<mark class="pii-mark"' in html and "+36 30 123 4567" in html
    assert text in html  # nothing the author typed is lost
    assert not topic.posts.filter(content=text).exists()
    # confirming with a changed text does not count
    digest = response.context["post_form"].personal_data_digest
    response = client.post(
        url, {**data, "content": text + " Thanks", "confirm_personal_data": digest}
    )
    assert response.status_code == 200
    # confirming the exact text saves it unchanged and flags it for moderators
    response = client.post(url, {**data, "confirm_personal_data": digest})
    assert response.status_code == 302
    post = topic.posts.get(content=text)
    assert PersonalDataFlag.objects.get(post=post).kinds == ["phone"]


@pytest.mark.django_db
def test_moderators_list_confirmed_posts(client, moderator, expert, topic):
    post = topic.first_post
    PersonalDataFlag.objects.create(post=post, kinds=["email"], confirmed_by=expert)
    client.force_login(moderator)
    html = client.get(reverse("forum_moderation:personal_data")).content.decode()
    assert "A test topic" in html
    flag = PersonalDataFlag.objects.get(post=post)
    client.post(reverse("forum_moderation:personal_data"), {"flag": flag.pk})
    flag.refresh_from_db()
    assert flag.reviewed_by == moderator
