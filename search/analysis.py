"""Text analysis of each language's index: the same on Elasticsearch and OpenSearch."""

NEUTRAL = "any"  # documents and other content without one language

# Per language: its stop words, its stemmer (applied in order) and any extra filters
# that must run before lower-casing. Hungarian gets the light stemmer twice: once
# leaves `áldozat`/`áldozatainak` apart, twice brings every form to one stem.
LANGUAGES = {
    "en": {"stopwords": "_english_", "stemmers": ["possessive_english", "english"]},
    "hu": {"stopwords": "_hungarian_", "stemmers": ["light_hungarian", "light_hungarian"]},
    "nl": {"stopwords": "_dutch_", "stemmers": ["dutch"]},
    "fr": {"stopwords": "_french_", "stemmers": ["light_french"], "before": ["french_elision"]},
}

FRENCH_ELISION = {
    "type": "elision",
    "articles_case": True,
    "articles": [
        "l",
        "m",
        "t",
        "qu",
        "n",
        "s",
        "j",
        "d",
        "c",
        "jusqu",
        "quoiqu",
        "lorsqu",
        "puisqu",
    ],
}


def language_analyzer(language):
    """Filters for one language: elision, lower case, stop words, stems, then folding, so
    that stemmers see the real spelling and queries typed without accents still match."""
    config = LANGUAGES[language]
    return {
        "type": "custom",
        "tokenizer": "standard",
        "filter": [
            *config.get("before", []),
            "lowercase",
            f"{language}_stop",
            *(f"{language}_stem_{position}" for position in range(len(config["stemmers"]))),
            "asciifolding",
        ],
    }


def index_settings(language):
    """The analysis settings of one index; `default` applies to every text field."""
    filters = {"french_elision": FRENCH_ELISION}
    analyzers = {
        "folded": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        },
    }
    if language == NEUTRAL:
        analyzers["default"] = analyzers["folded"]
    else:
        config = LANGUAGES[language]
        filters[f"{language}_stop"] = {"type": "stop", "stopwords": config["stopwords"]}
        for position, stemmer in enumerate(config["stemmers"]):
            filters[f"{language}_stem_{position}"] = {"type": "stemmer", "language": stemmer}
        analyzers["default"] = language_analyzer(language)
    return {"settings": {"analysis": {"filter": filters, "analyzer": analyzers}}}
