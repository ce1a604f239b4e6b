"""How a query meets a glossary name: whole words, Hungarian suffixes, no accents needed."""

from search.glossary import _mentions, fold


def test_fold():
    assert fold("Traite des Êtres-Humains") == "traite des etres humains"


def test_mentions_whole_words_and_suffixed_forms():
    assert _mentions(fold("az emberkereskedelemről szóló törvény").split(), ["emberkereskedelem"])
    assert _mentions(
        fold("traite des etres humains").split(), fold("traite des êtres humains").split()
    )
    assert not _mentions(["thbx"], ["thb"])  # short names only as whole words
    assert _mentions(["thb"], ["thb"])
    assert not _mentions(["traite"], fold("traite des êtres humains").split())
