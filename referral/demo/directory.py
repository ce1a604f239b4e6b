"""Demonstration entries of the directory, in English, Hungarian, Dutch and French.

Pure data, no Django imports. Every organisation here is FICTIONAL, and so is every
telephone number (the reserved-looking 555 01xx ranges), e-mail address (example.org)
and street address: they show how the directory works and are marked as demonstration
data on the site. Consular contacts name the role (an embassy's consular section), not
real contact details. The only real number on the site is the emergency number 112.
"""

from home.demo.text import T

# -- places ------------------------------------------------------------------------------

CITIES = {
    "budapest": (
        T("Budapest", "Budapest", "Boedapest", "Budapest"),
        T("Budapest", "Budapest", "Boedapest", "Budapest"),
    ),
    "debrecen": (
        T("Debrecen", "Debrecen", "Debrecen", "Debrecen"),
        T("Hajdú-Bihar", "Hajdú-Bihar", "Hajdú-Bihar", "Hajdú-Bihar"),
    ),
    "miskolc": (
        T("Miskolc", "Miskolc", "Miskolc", "Miskolc"),
        T(
            "Borsod-Abaúj-Zemplén",
            "Borsod-Abaúj-Zemplén",
            "Borsod-Abaúj-Zemplén",
            "Borsod-Abaúj-Zemplén",
        ),
    ),
    "pecs": (T("Pécs", "Pécs", "Pécs", "Pécs"), T("Baranya", "Baranya", "Baranya", "Baranya")),
    "brussels": (
        T("Brussels", "Brüsszel", "Brussel", "Bruxelles"),
        T(
            "Brussels-Capital Region",
            "Brüsszel fővárosi régió",
            "Brussels Hoofdstedelijk Gewest",
            "Région de Bruxelles-Capitale",
        ),
    ),
    "antwerp": (
        T("Antwerp", "Antwerpen", "Antwerpen", "Anvers"),
        T("Flanders", "Flandria", "Vlaanderen", "Flandre"),
    ),
    "ghent": (
        T("Ghent", "Gent", "Gent", "Gand"),
        T("Flanders", "Flandria", "Vlaanderen", "Flandre"),
    ),
    "liege": (
        T("Liège", "Liège", "Luik", "Liège"),
        T("Wallonia", "Vallónia", "Wallonië", "Wallonie"),
    ),
    "amsterdam": (
        T("Amsterdam", "Amszterdam", "Amsterdam", "Amsterdam"),
        T("North Holland", "Észak-Holland", "Noord-Holland", "Hollande-Septentrionale"),
    ),
    "the-hague": (
        T("The Hague", "Hága", "Den Haag", "La Haye"),
        T("South Holland", "Dél-Holland", "Zuid-Holland", "Hollande-Méridionale"),
    ),
    "rotterdam": (
        T("Rotterdam", "Rotterdam", "Rotterdam", "Rotterdam"),
        T("South Holland", "Dél-Holland", "Zuid-Holland", "Hollande-Méridionale"),
    ),
    "utrecht": (
        T("Utrecht", "Utrecht", "Utrecht", "Utrecht"),
        T("Utrecht", "Utrecht", "Utrecht", "Utrecht"),
    ),
    "amersfoort": (
        T("Amersfoort", "Amersfoort", "Amersfoort", "Amersfoort"),
        T("Utrecht", "Utrecht", "Utrecht", "Utrecht"),
    ),
}

# -- what each kind of organisation does (a demo entry's description) -------------------------

_DEMO = T(
    en="Demonstration entry. ",
    hu="Bemutató bejegyzés. ",
    nl="Demonstratievermelding. ",
    fr="Fiche de démonstration. ",
)


def _describe(text):
    """The description of a demo entry, starting with the demonstration notice."""
    return T(*(_DEMO[code] + text[code] for code in ("en", "hu", "nl", "fr")))


ROLES = {
    "contact-point": _describe(
        T(
            en="The national contact point for transnational referrals: it receives "
            "referrals from the other countries, finds the right service and keeps both "
            "sides informed until the victim is safe.",
            hu="A határokon átnyúló továbbirányítás nemzeti kapcsolattartó pontja: fogadja a "
            "más országokból érkező megkereséseket, megtalálja a megfelelő szolgáltatást, és "
            "mindkét felet tájékoztatja, amíg az áldozat biztonságba nem kerül.",
            nl="Het nationale contactpunt voor grensoverschrijdende doorverwijzingen: het "
            "ontvangt doorverwijzingen uit de andere landen, zoekt de juiste dienst en houdt "
            "beide kanten op de hoogte tot het slachtoffer veilig is.",
            fr="Le point de contact national pour les orientations transnationales : il reçoit "
            "les orientations venant des autres pays, trouve le service adapté et informe les "
            "deux parties jusqu'à ce que la victime soit en sécurité.",
        )
    ),
    "shelter-women": _describe(
        T(
            en="Safe accommodation for women and their children, with social, medical and "
            "psychological support and help with the next steps. The address is confidential.",
            hu="Biztonságos elhelyezés nőknek és gyermekeiknek, szociális, egészségügyi és "
            "pszichológiai támogatással és segítséggel a további lépésekhez. A cím bizalmas.",
            nl="Veilige opvang voor vrouwen en hun kinderen, met sociale, medische en "
            "psychologische steun en hulp bij de volgende stappen. Het adres is geheim.",
            fr="Hébergement sûr pour les femmes et leurs enfants, avec un soutien social, "
            "médical et psychologique et une aide pour les étapes suivantes. L'adresse est "
            "confidentielle.",
        )
    ),
    "shelter-men": _describe(
        T(
            en="Safe accommodation for men, in particular victims of labour exploitation, with "
            "social and legal guidance. The address is confidential.",
            hu="Biztonságos elhelyezés férfiaknak, különösen a munkaerő-kizsákmányolás "
            "áldozatainak, szociális és jogi tanácsadással. A cím bizalmas.",
            nl="Veilige opvang voor mannen, vooral slachtoffers van arbeidsuitbuiting, met "
            "sociale en juridische begeleiding. Het adres is geheim.",
            fr="Hébergement sûr pour les hommes, en particulier les victimes d'exploitation par "
            "le travail, avec un accompagnement social et juridique. L'adresse est "
            "confidentielle.",
        )
    ),
    "specialised-centre": _describe(
        T(
            en="A specialised reception centre for victims of trafficking: shelter or "
            "outpatient support, legal and administrative guidance, and the application for "
            "the victim status.",
            hu="Az emberkereskedelem áldozatainak szakosodott befogadó központja: elhelyezés "
            "vagy ambuláns támogatás, jogi és ügyintézési segítség, valamint közreműködés az "
            "áldozati státusz kérelmezésében.",
            nl="Een gespecialiseerd opvangcentrum voor slachtoffers van mensenhandel: opvang of "
            "ambulante begeleiding, juridische en administratieve begeleiding en de aanvraag van "
            "het slachtofferstatuut.",
            fr="Un centre d'accueil spécialisé pour les victimes de la traite : hébergement ou "
            "accompagnement ambulatoire, guidance juridique et administrative, et demande du "
            "statut de victime.",
        )
    ),
    "police": _describe(
        T(
            en="The police unit specialised in trafficking in human beings: it identifies "
            "victims, takes complaints and protects victims and witnesses during the "
            "investigation.",
            hu="Az emberkereskedelemre szakosodott rendőri egység: azonosítja az áldozatokat, "
            "felveszi a feljelentéseket, és védi az áldozatokat és a tanúkat a nyomozás alatt.",
            nl="De politie-eenheid gespecialiseerd in mensenhandel: zij herkent slachtoffers, "
            "neemt aangiftes op en beschermt slachtoffers en getuigen tijdens het onderzoek.",
            fr="L'unité de police spécialisée dans la traite des êtres humains : elle identifie "
            "les victimes, reçoit les plaintes et protège les victimes et les témoins pendant "
            "l'enquête.",
        )
    ),
    "labour-inspectorate": _describe(
        T(
            en="Labour inspectors check workplaces, detect signs of labour exploitation and "
            "refer possible victims to the police and to assistance.",
            hu="A munkaügyi felügyelők ellenőrzik a munkahelyeket, felismerik a "
            "munkaerő-kizsákmányolás jeleit, és a lehetséges áldozatokat a rendőrséghez és a "
            "segítő szervezetekhez irányítják.",
            nl="Arbeidsinspecteurs controleren werkplekken, herkennen signalen van "
            "arbeidsuitbuiting en verwijzen mogelijke slachtoffers door naar de politie en de "
            "hulpverlening.",
            fr="Les inspecteurs du travail contrôlent les lieux de travail, repèrent les signes "
            "d'exploitation par le travail et orientent les victimes possibles vers la police et "
            "l'assistance.",
        )
    ),
    "prosecution": _describe(
        T(
            en="The prosecutors in charge of trafficking cases: they lead the criminal "
            "investigation and decide on the victim's role in the proceedings.",
            hu="Az emberkereskedelmi ügyekért felelős ügyészek: ők irányítják a büntetőeljárást, "
            "és döntenek az áldozat eljárásbeli szerepéről.",
            nl="De officieren van justitie die mensenhandelzaken behandelen: zij leiden het "
            "strafrechtelijk onderzoek en beslissen over de rol van het slachtoffer in de "
            "procedure.",
            fr="Les magistrats chargés des affaires de traite : ils dirigent l'enquête pénale et "
            "décident du rôle de la victime dans la procédure.",
        )
    ),
    "child-protection": _describe(
        T(
            en="Child protection: a guardian and safe care for children who are victims, and an "
            "assessment of the child's best interests before any decision on a return.",
            hu="Gyermekvédelem: gyám és biztonságos ellátás az áldozattá vált gyermekeknek, "
            "valamint a gyermek mindenek felett álló érdekének vizsgálata minden hazatérési "
            "döntés előtt.",
            nl="Kinderbescherming: een voogd en veilige zorg voor kinderen die slachtoffer zijn, "
            "en een beoordeling van het belang van het kind vóór elke beslissing over een "
            "terugkeer.",
            fr="Protection de l'enfance : un tuteur et une prise en charge sûre pour les enfants "
            "victimes, et une évaluation de l'intérêt supérieur de l'enfant avant toute décision "
            "de retour.",
        )
    ),
    "legal-aid": _describe(
        T(
            en="Free legal advice and representation for victims: criminal proceedings, "
            "residence, unpaid wages and compensation.",
            hu="Ingyenes jogi tanácsadás és képviselet az áldozatoknak: büntetőeljárás, "
            "tartózkodás, elmaradt bér és kártérítés.",
            nl="Gratis juridisch advies en bijstand voor slachtoffers: strafprocedure, verblijf, "
            "achterstallig loon en schadevergoeding.",
            fr="Conseil et représentation juridiques gratuits pour les victimes : procédure "
            "pénale, séjour, salaires impayés et indemnisation.",
        )
    ),
    "reintegration": _describe(
        T(
            en="Support after the return home: housing, training, work and counselling, "
            "arranged before the victim travels.",
            hu="Támogatás a hazatérés után: lakhatás, képzés, munka és tanácsadás, amelyet még "
            "az áldozat utazása előtt megszerveznek.",
            nl="Steun na de terugkeer naar huis: huisvesting, opleiding, werk en begeleiding, "
            "geregeld voordat het slachtoffer vertrekt.",
            fr="Un soutien après le retour : logement, formation, travail et accompagnement, "
            "organisés avant le départ de la victime.",
        )
    ),
    "return-agency": _describe(
        T(
            en="Organises a safe, voluntary return: travel documents, the journey with an "
            "escort if needed, reception on arrival and a reintegration plan.",
            hu="Biztonságos, önkéntes hazatérést szervez: úti okmányok, szükség esetén kísért "
            "utazás, fogadás érkezéskor és visszailleszkedési terv.",
            nl="Organiseert een veilige, vrijwillige terugkeer: reisdocumenten, de reis met "
            "begeleiding indien nodig, opvang bij aankomst en een re-integratieplan.",
            fr="Organise un retour sûr et volontaire : documents de voyage, voyage accompagné si "
            "nécessaire, accueil à l'arrivée et plan de réintégration.",
        )
    ),
    "hotline": _describe(
        T(
            en="A free, confidential helpline for victims and for anyone who is worried about "
            "someone: it listens, explains the options and arranges help.",
            hu="Ingyenes, bizalmas segélyvonal áldozatoknak és mindenkinek, aki aggódik "
            "valakiért: meghallgat, elmagyarázza a lehetőségeket, és megszervezi a segítséget.",
            nl="Een gratis, vertrouwelijke hulplijn voor slachtoffers en voor iedereen die zich "
            "zorgen maakt over iemand: zij luistert, legt de mogelijkheden uit en regelt hulp.",
            fr="Une ligne d'écoute gratuite et confidentielle pour les victimes et pour toute "
            "personne inquiète pour quelqu'un : elle écoute, explique les possibilités et "
            "organise l'aide.",
        )
    ),
    "consulate": _describe(
        T(
            en="The consular section assists its citizens abroad: emergency travel documents, "
            "contact with the family and the authorities at home, and help with a safe return.",
            hu="A konzuli osztály segíti a külföldön tartózkodó állampolgárokat: ideiglenes úti "
            "okmány, kapcsolattartás a családdal és az otthoni hatóságokkal, segítség a "
            "biztonságos hazatéréshez.",
            nl="De consulaire afdeling helpt haar burgers in het buitenland: nooddocumenten voor "
            "de reis, contact met de familie en de autoriteiten thuis, en hulp bij een veilige "
            "terugkeer.",
            fr="La section consulaire assiste ses ressortissants à l'étranger : documents de "
            "voyage d'urgence, contact avec la famille et les autorités du pays, et aide à un "
            "retour sûr.",
        )
    ),
}

HOURS = {
    "office": T(
        en="Monday to Friday, 9:00 to 17:00",
        hu="Hétfőtől péntekig 9 és 17 óra között",
        nl="Maandag tot vrijdag, 9.00 tot 17.00 uur",
        fr="Du lundi au vendredi, de 9 h à 17 h",
    ),
    "always": T(
        en="Day and night, every day",
        hu="Éjjel-nappal, minden nap",
        nl="Dag en nacht, elke dag",
        fr="Jour et nuit, tous les jours",
    ),
    "consular": T(
        en="Consular hours on weekdays; an emergency line outside them",
        hu="Konzuli fogadóórák hétköznap; azokon kívül ügyeleti vonal",
        nl="Consulaire openingstijden op werkdagen; daarbuiten een noodnummer",
        fr="Heures consulaires en semaine ; en dehors, une ligne d'urgence",
    ),
}

# -- the entries --------------------------------------------------------------------------
# key: a stable identifier (the English slug); name: T; role: ROLES key; the rest as the
# model's fields. Telephone numbers: +36 1 555 01xx, +32 2 555 01xx, +31 20 555 01xx.

ORGANISATIONS = [
    # Hungary
    {
        "name": T(
            "Hungarian Referral Coordination Desk",
            "Magyar Továbbirányítási Koordinációs Pont",
            "Hongaars Coördinatiepunt voor Doorverwijzing",
            "Bureau hongrois de coordination des orientations",
        ),
        "type": "hotline",
        "role": "contact-point",
        "country": "HU",
        "city": "budapest",
        "services": ["identification", "safe_return", "hotline", "interpretation"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["hu", "en", "de", "rom"],
        "phone": "+36 1 555 0100",
        "hotline": "+36 1 555 0101",
        "email": "referral-hu@example.org",
        "street": "Minta utca 1.",
        "postcode": "1051",
        "hours": "always",
        "open_24_7": True,
        "contact_point": True,
        "verified_days_ago": 40,
    },
    {
        "name": T(
            "Lighthouse Shelter for Women",
            "Világítótorony Női Menedékház",
            "Vuurtoren Opvanghuis voor Vrouwen",
            "Foyer Le Phare pour femmes",
        ),
        "type": "shelter",
        "role": "shelter-women",
        "country": "HU",
        "city": "budapest",
        "services": ["shelter", "medical", "psychological", "reintegration"],
        "groups": ["women", "sexual", "labour"],
        "languages": ["hu", "en"],
        "phone": "+36 1 555 0110",
        "email": "lighthouse@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 120,
    },
    {
        "name": T(
            "Eastern Plains Shelter for Men",
            "Alföldi Férfi Menedékház",
            "Opvanghuis voor Mannen Oost-Hongarije",
            "Foyer pour hommes de la Grande Plaine",
        ),
        "type": "shelter",
        "role": "shelter-men",
        "country": "HU",
        "city": "debrecen",
        "services": ["shelter", "psychological", "reintegration"],
        "groups": ["men", "labour"],
        "languages": ["hu", "rom"],
        "phone": "+36 1 555 0111",
        "email": "plains@example.org",
        "hours": "office",
        "verified_days_ago": 420,
    },
    {
        "name": T(
            "Child Protection Service of Miskolc (demo)",
            "Miskolci Gyermekvédelmi Szolgálat (bemutató)",
            "Kinderbeschermingsdienst Miskolc (demo)",
            "Service de protection de l'enfance de Miskolc (démo)",
        ),
        "type": "child_protection",
        "role": "child-protection",
        "country": "HU",
        "city": "miskolc",
        "services": ["shelter", "psychological", "reintegration"],
        "groups": ["children"],
        "languages": ["hu", "rom"],
        "phone": "+36 1 555 0112",
        "email": "children-miskolc@example.org",
        "street": "Példa tér 3.",
        "postcode": "3525",
        "hours": "office",
        "verified_days_ago": 90,
    },
    {
        "name": T(
            "Anti-Trafficking Police Unit Budapest (demo)",
            "Budapesti Emberkereskedelem Elleni Rendőri Egység (bemutató)",
            "Politie-eenheid Mensenhandel Boedapest (demo)",
            "Unité de police anti-traite de Budapest (démo)",
        ),
        "type": "police",
        "role": "police",
        "country": "HU",
        "city": "budapest",
        "services": ["identification"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["hu", "en"],
        "phone": "+36 1 555 0113",
        "email": "police-unit-hu@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 200,
    },
    {
        "name": T(
            "Labour Inspection Office Budapest (demo)",
            "Budapesti Munkafelügyeleti Iroda (bemutató)",
            "Arbeidsinspectie Boedapest (demo)",
            "Bureau d'inspection du travail de Budapest (démo)",
        ),
        "type": "labour_inspectorate",
        "role": "labour-inspectorate",
        "country": "HU",
        "city": "budapest",
        "services": ["identification"],
        "groups": ["labour"],
        "languages": ["hu"],
        "phone": "+36 1 555 0114",
        "email": "inspection-hu@example.org",
        "street": "Próba utca 12.",
        "postcode": "1082",
        "hours": "office",
        "verified_days_ago": 500,
    },
    {
        "name": T(
            "Metropolitan Prosecution Office, trafficking desk (demo)",
            "Fővárosi Ügyészség, emberkereskedelmi referens (bemutató)",
            "Parket Boedapest, afdeling mensenhandel (demo)",
            "Parquet de Budapest, cellule traite (démo)",
        ),
        "type": "prosecution",
        "role": "prosecution",
        "country": "HU",
        "city": "budapest",
        "services": [],
        "groups": ["labour", "sexual", "criminal"],
        "languages": ["hu"],
        "phone": "+36 1 555 0115",
        "email": "prosecution-hu@example.org",
        "hours": "office",
        "verified_days_ago": 150,
    },
    {
        "name": T(
            "Justice for All Legal Clinic",
            "Igazságot Mindenkinek Jogi Klinika",
            "Juridische Kliniek Recht voor Iedereen",
            "Clinique juridique Justice pour tous",
        ),
        "type": "legal_aid",
        "role": "legal-aid",
        "country": "HU",
        "city": "budapest",
        "services": ["legal_aid", "interpretation"],
        "groups": ["women", "men", "labour", "sexual"],
        "languages": ["hu", "en", "ro"],
        "phone": "+36 1 555 0116",
        "email": "legal-clinic@example.org",
        "street": "Minta körút 20.",
        "postcode": "1072",
        "hours": "office",
        "verified_days_ago": 60,
    },
    {
        "name": T(
            "New Start Reintegration Association",
            "Új Kezdet Visszailleszkedési Egyesület",
            "Vereniging Nieuwe Start voor Re-integratie",
            "Association Nouveau Départ pour la réintégration",
        ),
        "type": "ngo",
        "role": "reintegration",
        "country": "HU",
        "city": "pecs",
        "services": ["reintegration", "psychological", "safe_return"],
        "groups": ["women", "men", "labour", "sexual"],
        "languages": ["hu", "de"],
        "phone": "+36 1 555 0117",
        "email": "newstart@example.org",
        "hours": "office",
        "verified_days_ago": 30,
    },
    {
        "name": T(
            "Open Line Hungary",
            "Nyitott Vonal Magyarország",
            "Open Lijn Hongarije",
            "Ligne ouverte Hongrie",
        ),
        "type": "hotline",
        "role": "hotline",
        "country": "HU",
        "city": "budapest",
        "services": ["hotline", "interpretation"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["hu", "en", "ro", "uk"],
        "hotline": "+36 1 555 0118",
        "email": "openline@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 20,
    },
    {
        "name": T(
            "Safe Journey Return Office Budapest",
            "Biztonságos Út Hazatérési Iroda, Budapest",
            "Terugkeerbureau Veilige Reis Boedapest",
            "Bureau de retour Voyage sûr, Budapest",
        ),
        "type": "return_agency",
        "role": "return-agency",
        "country": "HU",
        "city": "budapest",
        "services": ["safe_return", "reintegration"],
        "groups": ["women", "men", "children"],
        "languages": ["hu", "en", "vi", "zh"],
        "phone": "+36 1 555 0119",
        "email": "return-hu@example.org",
        "hours": "office",
        "verified_days_ago": 75,
    },
    {
        "name": T(
            "Consular section of Belgium in Budapest (demo)",
            "Belgium budapesti konzuli osztálya (bemutató)",
            "Consulaire afdeling van België in Boedapest (demo)",
            "Section consulaire de Belgique à Budapest (démo)",
        ),
        "type": "consulate",
        "role": "consulate",
        "country": "HU",
        "represented": "BE",
        "city": "budapest",
        "services": ["safe_return"],
        "groups": [],
        "languages": ["nl", "fr", "en"],
        "phone": "+36 1 555 0120",
        "email": "consular-be-hu@example.org",
        "hours": "consular",
        "verified_days_ago": 100,
    },
    {
        "name": T(
            "Consular section of the Netherlands in Budapest (demo)",
            "Hollandia budapesti konzuli osztálya (bemutató)",
            "Consulaire afdeling van Nederland in Boedapest (demo)",
            "Section consulaire des Pays-Bas à Budapest (démo)",
        ),
        "type": "consulate",
        "role": "consulate",
        "country": "HU",
        "represented": "NL",
        "city": "budapest",
        "services": ["safe_return"],
        "groups": [],
        "languages": ["nl", "en"],
        "phone": "+36 1 555 0121",
        "email": "consular-nl-hu@example.org",
        "hours": "consular",
        "verified_days_ago": 100,
    },
    # Belgium
    {
        "name": T(
            "Belgian Referral Coordination Desk",
            "Belga Továbbirányítási Koordinációs Pont",
            "Belgisch Coördinatiepunt voor Doorverwijzing",
            "Bureau belge de coordination des orientations",
        ),
        "type": "ngo",
        "role": "contact-point",
        "country": "BE",
        "city": "brussels",
        "services": ["identification", "safe_return", "hotline", "interpretation"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["nl", "fr", "en", "hu"],
        "phone": "+32 2 555 0100",
        "hotline": "+32 2 555 0101",
        "email": "referral-be@example.org",
        "street": "Voorbeeldstraat 1 / Rue de l'Exemple 1",
        "postcode": "1000",
        "hours": "always",
        "open_24_7": True,
        "contact_point": True,
        "verified_days_ago": 45,
    },
    {
        "name": T(
            "Harbour Specialised Reception Centre (Antwerp)",
            "Kikötő Szakosodott Befogadó Központ (Antwerpen)",
            "Gespecialiseerd Opvangcentrum De Haven (Antwerpen)",
            "Centre d'accueil spécialisé Le Port (Anvers)",
        ),
        "type": "shelter",
        "role": "specialised-centre",
        "country": "BE",
        "city": "antwerp",
        "services": ["shelter", "legal_aid", "psychological", "identification", "safe_return"],
        "groups": ["women", "men", "labour", "sexual", "criminal"],
        "languages": ["nl", "en", "hu", "ro"],
        "phone": "+32 2 555 0110",
        "hotline": "+32 2 555 0111",
        "email": "harbour@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 80,
    },
    {
        "name": T(
            "Bridge Specialised Reception Centre (Brussels)",
            "Híd Szakosodott Befogadó Központ (Brüsszel)",
            "Gespecialiseerd Opvangcentrum De Brug (Brussel)",
            "Centre d'accueil spécialisé Le Pont (Bruxelles)",
        ),
        "type": "shelter",
        "role": "specialised-centre",
        "country": "BE",
        "city": "brussels",
        "services": ["shelter", "legal_aid", "psychological", "identification"],
        "groups": ["women", "men", "labour", "sexual"],
        "languages": ["fr", "nl", "en", "bg"],
        "phone": "+32 2 555 0112",
        "email": "bridge@example.org",
        "hours": "office",
        "verified_days_ago": 380,
    },
    {
        "name": T(
            "Dawn Specialised Reception Centre (Liège)",
            "Hajnal Szakosodott Befogadó Központ (Liège)",
            "Gespecialiseerd Opvangcentrum Dageraad (Luik)",
            "Centre d'accueil spécialisé L'Aube (Liège)",
        ),
        "type": "shelter",
        "role": "specialised-centre",
        "country": "BE",
        "city": "liege",
        "services": ["shelter", "legal_aid", "psychological", "medical"],
        "groups": ["women", "men", "sexual", "labour"],
        "languages": ["fr", "en", "ar"],
        "phone": "+32 2 555 0113",
        "email": "dawn@example.org",
        "hours": "office",
        "verified_days_ago": 110,
    },
    {
        "name": T(
            "Federal Police, human trafficking unit (demo)",
            "Szövetségi rendőrség, emberkereskedelmi egység (bemutató)",
            "Federale politie, cel mensenhandel (demo)",
            "Police fédérale, cellule traite des êtres humains (démo)",
        ),
        "type": "police",
        "role": "police",
        "country": "BE",
        "city": "brussels",
        "services": ["identification"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["nl", "fr", "en"],
        "phone": "+32 2 555 0114",
        "email": "police-be@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 160,
    },
    {
        "name": T(
            "Social Inspection Ghent (demo)",
            "Genti Szociális Felügyelet (bemutató)",
            "Sociale Inspectie Gent (demo)",
            "Inspection sociale de Gand (démo)",
        ),
        "type": "labour_inspectorate",
        "role": "labour-inspectorate",
        "country": "BE",
        "city": "ghent",
        "services": ["identification"],
        "groups": ["labour"],
        "languages": ["nl", "en"],
        "phone": "+32 2 555 0115",
        "email": "inspection-be@example.org",
        "street": "Voorbeeldlaan 5",
        "postcode": "9000",
        "hours": "office",
        "verified_days_ago": 250,
    },
    {
        "name": T(
            "Antwerp Prosecutor's Office, reference magistrate (demo)",
            "Antwerpeni ügyészség, referens ügyész (bemutató)",
            "Parket Antwerpen, referentiemagistraat (demo)",
            "Parquet d'Anvers, magistrat de référence (démo)",
        ),
        "type": "prosecution",
        "role": "prosecution",
        "country": "BE",
        "city": "antwerp",
        "services": [],
        "groups": ["labour", "sexual", "criminal"],
        "languages": ["nl", "fr"],
        "phone": "+32 2 555 0116",
        "email": "prosecution-be@example.org",
        "hours": "office",
        "verified_days_ago": 140,
    },
    {
        "name": T(
            "Guardianship for Children Brussels (demo)",
            "Gyermekgyámság Brüsszel (bemutató)",
            "Voogdij voor Kinderen Brussel (demo)",
            "Tutelle des enfants Bruxelles (démo)",
        ),
        "type": "child_protection",
        "role": "child-protection",
        "country": "BE",
        "city": "brussels",
        "services": ["shelter", "legal_aid", "psychological"],
        "groups": ["children"],
        "languages": ["fr", "nl", "en"],
        "phone": "+32 2 555 0117",
        "email": "guardianship-be@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 70,
    },
    {
        "name": T(
            "Open Road Return Service Brussels",
            "Nyitott Út Hazatérési Szolgálat, Brüsszel",
            "Terugkeerdienst Open Weg Brussel",
            "Service de retour Route ouverte, Bruxelles",
        ),
        "type": "return_agency",
        "role": "return-agency",
        "country": "BE",
        "city": "brussels",
        "services": ["safe_return", "reintegration"],
        "groups": ["women", "men", "children"],
        "languages": ["fr", "nl", "en", "ro", "bg"],
        "phone": "+32 2 555 0118",
        "email": "return-be@example.org",
        "hours": "office",
        "verified_days_ago": 55,
    },
    {
        "name": T(
            "Consular section of Hungary in Brussels (demo)",
            "Magyarország brüsszeli konzuli osztálya (bemutató)",
            "Consulaire afdeling van Hongarije in Brussel (demo)",
            "Section consulaire de Hongrie à Bruxelles (démo)",
        ),
        "type": "consulate",
        "role": "consulate",
        "country": "BE",
        "represented": "HU",
        "city": "brussels",
        "services": ["safe_return"],
        "groups": [],
        "languages": ["hu", "en", "fr"],
        "phone": "+32 2 555 0119",
        "email": "consular-hu-be@example.org",
        "hours": "consular",
        "verified_days_ago": 95,
    },
    {
        "name": T(
            "Consular section of the Netherlands in Brussels (demo)",
            "Hollandia brüsszeli konzuli osztálya (bemutató)",
            "Consulaire afdeling van Nederland in Brussel (demo)",
            "Section consulaire des Pays-Bas à Bruxelles (démo)",
        ),
        "type": "consulate",
        "role": "consulate",
        "country": "BE",
        "represented": "NL",
        "city": "brussels",
        "services": ["safe_return"],
        "groups": [],
        "languages": ["nl", "en", "fr"],
        "phone": "+32 2 555 0120",
        "email": "consular-nl-be@example.org",
        "hours": "consular",
        "verified_days_ago": 95,
    },
    {
        "name": T(
            "Listening Line Belgium",
            "Meghallgató Vonal Belgium",
            "Luisterlijn België",
            "Ligne d'écoute Belgique",
        ),
        "type": "hotline",
        "role": "hotline",
        "country": "BE",
        "city": "brussels",
        "services": ["hotline", "interpretation"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["nl", "fr", "en", "hu"],
        "hotline": "+32 2 555 0121",
        "email": "listening-line@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 25,
    },
    # The Netherlands
    {
        "name": T(
            "Dutch Referral Coordination Desk",
            "Holland Továbbirányítási Koordinációs Pont",
            "Nederlands Coördinatiepunt voor Doorverwijzing",
            "Bureau néerlandais de coordination des orientations",
        ),
        "type": "ngo",
        "role": "contact-point",
        "country": "NL",
        "city": "amersfoort",
        "services": ["identification", "shelter", "safe_return", "hotline"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["nl", "en", "hu", "pl"],
        "phone": "+31 20 555 0100",
        "hotline": "+31 20 555 0101",
        "email": "referral-nl@example.org",
        "street": "Voorbeeldweg 1",
        "postcode": "3811",
        "hours": "always",
        "open_24_7": True,
        "contact_point": True,
        "verified_days_ago": 35,
    },
    {
        "name": T(
            "Canal House Shelter for Women",
            "Csatornaház Női Menedékház",
            "Opvanghuis De Gracht voor Vrouwen",
            "Foyer La Maison du Canal pour femmes",
        ),
        "type": "shelter",
        "role": "shelter-women",
        "country": "NL",
        "city": "amsterdam",
        "services": ["shelter", "medical", "psychological"],
        "groups": ["women", "sexual", "criminal"],
        "languages": ["nl", "en", "hu", "bg", "ro"],
        "phone": "+31 20 555 0110",
        "email": "canalhouse@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 130,
    },
    {
        "name": T(
            "Harbour Front Shelter for Men",
            "Kikötőparti Férfi Menedékház",
            "Opvanghuis De Kade voor Mannen",
            "Foyer Le Quai pour hommes",
        ),
        "type": "shelter",
        "role": "shelter-men",
        "country": "NL",
        "city": "rotterdam",
        "services": ["shelter", "legal_aid", "psychological"],
        "groups": ["men", "labour"],
        "languages": ["nl", "en", "pl", "hu"],
        "phone": "+31 20 555 0111",
        "email": "harbourfront@example.org",
        "hours": "office",
        "verified_days_ago": 400,
    },
    {
        "name": T(
            "Police, aliens, identification and trafficking unit (demo)",
            "Rendőrség, idegenrendészeti, azonosítási és emberkereskedelmi egység (bemutató)",
            "Politie, afdeling vreemdelingen, identificatie en mensenhandel (demo)",
            "Police, unité étrangers, identification et traite (démo)",
        ),
        "type": "police",
        "role": "police",
        "country": "NL",
        "city": "the-hague",
        "services": ["identification"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["nl", "en"],
        "phone": "+31 20 555 0112",
        "email": "police-nl@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 180,
    },
    {
        "name": T(
            "Labour Inspectorate Utrecht (demo)",
            "Utrechti Munkaügyi Felügyelet (bemutató)",
            "Arbeidsinspectie Utrecht (demo)",
            "Inspection du travail d'Utrecht (démo)",
        ),
        "type": "labour_inspectorate",
        "role": "labour-inspectorate",
        "country": "NL",
        "city": "utrecht",
        "services": ["identification"],
        "groups": ["labour"],
        "languages": ["nl", "en", "pl"],
        "phone": "+31 20 555 0113",
        "email": "inspection-nl@example.org",
        "street": "Voorbeeldplein 8",
        "postcode": "3511",
        "hours": "office",
        "verified_days_ago": 90,
    },
    {
        "name": T(
            "Public Prosecution Service Rotterdam, trafficking desk (demo)",
            "Rotterdami ügyészség, emberkereskedelmi részleg (bemutató)",
            "Openbaar Ministerie Rotterdam, team mensenhandel (demo)",
            "Ministère public de Rotterdam, cellule traite (démo)",
        ),
        "type": "prosecution",
        "role": "prosecution",
        "country": "NL",
        "city": "rotterdam",
        "services": [],
        "groups": ["labour", "sexual", "criminal"],
        "languages": ["nl", "en"],
        "phone": "+31 20 555 0114",
        "email": "prosecution-nl@example.org",
        "hours": "office",
        "verified_days_ago": 210,
    },
    {
        "name": T(
            "Guardianship Foundation for Children Utrecht (demo)",
            "Utrechti Gyermekgyámsági Alapítvány (bemutató)",
            "Stichting Voogdij voor Kinderen Utrecht (demo)",
            "Fondation de tutelle des enfants d'Utrecht (démo)",
        ),
        "type": "child_protection",
        "role": "child-protection",
        "country": "NL",
        "city": "utrecht",
        "services": ["shelter", "psychological"],
        "groups": ["children"],
        "languages": ["nl", "en", "ar", "ti"],
        "phone": "+31 20 555 0115",
        "email": "guardianship-nl@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 65,
    },
    {
        "name": T(
            "Amsterdam Victims' Law Centre",
            "Amszterdami Áldozatsegítő Jogi Központ",
            "Amsterdams Juridisch Centrum voor Slachtoffers",
            "Centre juridique d'Amsterdam pour les victimes",
        ),
        "type": "legal_aid",
        "role": "legal-aid",
        "country": "NL",
        "city": "amsterdam",
        "services": ["legal_aid", "interpretation"],
        "groups": ["women", "men", "labour", "sexual", "criminal"],
        "languages": ["nl", "en", "es", "pt"],
        "phone": "+31 20 555 0116",
        "email": "lawcentre@example.org",
        "street": "Voorbeeldgracht 14",
        "postcode": "1015",
        "hours": "office",
        "verified_days_ago": 50,
    },
    {
        "name": T(
            "Homeward Return Support The Hague",
            "Hazafelé Hazatérési Segítség, Hága",
            "Terugkeersteun Huiswaarts Den Haag",
            "Soutien au retour Vers chez soi, La Haye",
        ),
        "type": "return_agency",
        "role": "return-agency",
        "country": "NL",
        "city": "the-hague",
        "services": ["safe_return", "reintegration"],
        "groups": ["women", "men", "children"],
        "languages": ["nl", "en", "hu", "ro", "bg", "pl"],
        "phone": "+31 20 555 0117",
        "email": "return-nl@example.org",
        "hours": "office",
        "verified_days_ago": 85,
    },
    {
        "name": T(
            "Consular section of Hungary in The Hague (demo)",
            "Magyarország hágai konzuli osztálya (bemutató)",
            "Consulaire afdeling van Hongarije in Den Haag (demo)",
            "Section consulaire de Hongrie à La Haye (démo)",
        ),
        "type": "consulate",
        "role": "consulate",
        "country": "NL",
        "represented": "HU",
        "city": "the-hague",
        "services": ["safe_return"],
        "groups": [],
        "languages": ["hu", "en", "nl"],
        "phone": "+31 20 555 0118",
        "email": "consular-hu-nl@example.org",
        "hours": "consular",
        "verified_days_ago": 95,
    },
    {
        "name": T(
            "Consular section of Belgium in The Hague (demo)",
            "Belgium hágai konzuli osztálya (bemutató)",
            "Consulaire afdeling van België in Den Haag (demo)",
            "Section consulaire de Belgique à La Haye (démo)",
        ),
        "type": "consulate",
        "role": "consulate",
        "country": "NL",
        "represented": "BE",
        "city": "the-hague",
        "services": ["safe_return"],
        "groups": [],
        "languages": ["nl", "fr", "en"],
        "phone": "+31 20 555 0119",
        "email": "consular-be-nl@example.org",
        "hours": "consular",
        "verified_days_ago": 95,
    },
    {
        "name": T(
            "Signal Line Netherlands",
            "Jelzővonal Hollandia",
            "Signaallijn Nederland",
            "Ligne Signal Pays-Bas",
        ),
        "type": "hotline",
        "role": "hotline",
        "country": "NL",
        "city": "utrecht",
        "services": ["hotline", "interpretation"],
        "groups": ["women", "men", "children", "labour", "sexual", "criminal"],
        "languages": ["nl", "en", "hu", "pl", "bg", "ro"],
        "hotline": "+31 20 555 0120",
        "email": "signal-line@example.org",
        "hours": "always",
        "open_24_7": True,
        "verified_days_ago": 15,
    },
]
