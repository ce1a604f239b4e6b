"""The relevance set: queries in the four languages and the page each must find.

A page is named by its English slug, a glossary term by `glossary:` and its English
slug; any language version counts (search shows the group of translations once). Kinds of query:
- exact: the words as they appear;
- inflected: another grammatical form than the text's;
- diacritics: typed without accents;
- typo: one or two letters wrong;
- cross-language: a term whose page exists in another language only, or is worded
  differently there (met through the glossary).
"""

RELEVANCE_SET = [
    # (kind, language, query, English slug of the page to find)
    ("exact", "en", "transnational referral mechanism", "transnational-referral-mechanism"),
    ("exact", "en", "accessibility statement", "accessibility"),
    ("exact", "en", "kick-off conference", "kick-off-conference-in-budapest"),
    ("exact", "hu", "adatvédelem", "privacy"),
    ("exact", "nl", "Payoke", "payoke"),
    ("exact", "fr", "protection des données", "privacy"),
    ("exact", "nl", "toegankelijkheidsverklaring", "accessibility"),
    ("exact", "fr", "conférence de clôture", "closing-conference-in-budapest"),
    ("inflected", "hu", "nyitókonferenciáján", "kick-off-conference-in-budapest"),
    ("inflected", "hu", "szakembereknek szóló", "for-professionals"),
    ("inflected", "nl", "verwijsmechanismen", "transnational-referral-mechanism"),
    ("inflected", "fr", "conférences de clôture", "closing-conference-in-budapest"),
    ("inflected", "en", "professional workshops", "first-professional-workshop-and-study-visit"),
    ("inflected", "en", "launching the project", "ravot-eur-project-launched"),
    ("diacritics", "hu", "adatvedelem", "privacy"),
    ("diacritics", "hu", "nyitokonferencia", "kick-off-conference-in-budapest"),
    ("diacritics", "fr", "conference de cloture", "closing-conference-in-budapest"),
    (
        "diacritics",
        "fr",
        "mecanisme transnational d'orientation",
        "transnational-referral-mechanism",
    ),
    ("diacritics", "hu", "akadalymentessegi nyilatkozat", "accessibility"),
    ("typo", "en", "acessibility statement", "accessibility"),
    ("typo", "en", "transnatonal referal mechanism", "transnational-referral-mechanism"),
    ("typo", "nl", "gegevensbeschermming", "privacy"),
    ("typo", "fr", "manuel de formaton", "training-manual-available-in-four-languages"),
    ("typo", "hu", "zárókonferncia", "closing-conference-in-budapest"),
    # the training manual, its glossary and the events
    ("exact", "en", "identifying child victims", "child-victims"),
    ("exact", "nl", "bedenktijd en verblijfsrecht", "reflection-period-and-residence"),
    ("exact", "fr", "retour en sécurité et réinsertion", "safe-return-and-reintegration"),
    ("exact", "hu", "adósrabszolgaság", "glossary:debt-bondage"),
    ("exact", "en", "study visit Antwerp", "study-visit-belgium-2014"),
    ("inflected", "hu", "gyermekáldozatokat", "child-victims"),
    ("inflected", "fr", "les interprètes", "first-contact-and-interviews"),
    ("inflected", "nl", "slachtofferhulp", "study-visit-hungary-2014"),
    ("inflected", "en", "identified children", "child-victims"),
    ("diacritics", "hu", "tolmacs segitsegevel", "first-contact-and-interviews"),
    ("diacritics", "fr", "delai de reflexion", "reflection-period-and-residence"),
    ("diacritics", "hu", "biztonsagos hazateres", "safe-return-and-reintegration"),
    ("typo", "en", "reintegraton", "safe-return-and-reintegration"),
    ("typo", "fr", "hébergment", "assistance-and-shelter"),
    ("typo", "nl", "schuldslavenij", "glossary:debt-bondage"),
    ("cross-language", "hu", "mensenhandel", "glossary:trafficking-in-human-beings"),
    ("cross-language", "nl", "emberkereskedelem", "glossary:trafficking-in-human-beings"),
    ("cross-language", "en", "traite des êtres humains", "glossary:trafficking-in-human-beings"),
    ("cross-language", "fr", "THB", "glossary:trafficking-in-human-beings"),
    ("cross-language", "nl", "debt bondage", "glossary:debt-bondage"),
    ("cross-language", "en", "schuldslavernij", "glossary:debt-bondage"),
    ("cross-language", "hu", "reflection period", "reflection-period-and-residence"),
    ("cross-language", "fr", "gondolkodási idő", "reflection-period-and-residence"),
    ("cross-language", "en", "tolmács", "first-contact-and-interviews"),
    ("cross-language", "nl", "non-punishment principle", "glossary:non-punishment-principle"),
]
