"""Content images: responsive renditions (srcset and sizes) with width and height, so a phone
loads a small file and the layout does not jump while images arrive (item 5 of the weight
budget). The browser audit checks the same on the demo pages; the demo has no uploaded
images, so these tests render the templates with one."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.images.tests.utils import get_test_image_file

from home.blocks import ImageWithCaptionBlock

ROOT = Path(settings.BASE_DIR)
# The apps' own templates (site/, home/, manual/, ...), the overridden Wagtail and machina ones too.
APP_TEMPLATES = list(ROOT.glob("*/templates/**/*.html"))


@pytest.fixture
def image(db, settings, tmp_path):
    from wagtail.images import get_image_model

    settings.MEDIA_ROOT = tmp_path
    return get_image_model().objects.create(
        title="Shelter",
        file=get_test_image_file(size=(1600, 1200)),
        description="A shelter's common room",
    )


def rendered_img(block, value):
    return BeautifulSoup(block.render(block.to_python(value)), "html.parser").img


def test_an_image_block_offers_renditions_with_their_size(image):
    img = rendered_img(ImageWithCaptionBlock(), {"image": image.pk, "alt_text": ""})
    candidates = [candidate.split() for candidate in img["srcset"].split(",")]
    assert [width for _url, width in candidates] == ["600w", "1200w"]
    assert img["sizes"]
    assert (img["width"], img["height"]) == ("600", "450")
    assert img["alt"] == "A shelter's common room"
    assert img["loading"] == "lazy"


def test_a_decorative_image_has_an_empty_alt(image):
    value = {"image": image.pk, "alt_text": "Ignored", "decorative": True}
    assert rendered_img(ImageWithCaptionBlock(), value)["alt"] == ""


def test_templates_use_responsive_renditions_only():
    single = [
        str(path.relative_to(ROOT))
        for path in APP_TEMPLATES
        if "{% image " in path.read_text(encoding="utf-8")
    ]
    assert APP_TEMPLATES and not single, f"one rendition for every screen: {single}"
