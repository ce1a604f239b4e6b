"""Demo content of the events section, in English, Hungarian, Dutch and French.

Pure data. Speakers are roles, never real people's names. Rich-text paragraphs may contain
only <b> and <i>; other strings are plain text. Times are wall-clock times of the event's
zone. Session tuples: (start, end, type, title, room, speaker keys, description).
"""

from home.demo.text import T

# ---------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------

ORG_HU_MINISTRY = T(
    en="Ministry of Interior of Hungary",
    hu="Belügyminisztérium",
    nl="Ministerie van Binnenlandse Zaken van Hongarije",
    fr="Ministère de l'Intérieur de Hongrie",
)
ORG_NL_MINISTRY = T(
    en="Ministry of Security and Justice of the Netherlands",
    hu="Holland Biztonsági és Igazságügyi Minisztérium",
    nl="Ministerie van Veiligheid en Justitie",
    fr="Ministère de la Sécurité et de la Justice des Pays-Bas",
)
ORG_PAYOKE = T(en="Payoke", hu="Payoke", nl="Payoke", fr="Payoke")
ORG_PROJECT_TEAM = T(
    en="RAVOT-EUR project team",
    hu="A RAVOT-EUR projektcsapata",
    nl="Projectteam van RAVOT-EUR",
    fr="Équipe du projet RAVOT-EUR",
)

SPEAKERS = [
    {
        "key": "hu-ministry",
        "name": T(
            en="Representative of the Ministry of Interior, Hungary",
            hu="A Belügyminisztérium képviselője",
            nl="Vertegenwoordiger van het Ministerie van Binnenlandse Zaken, Hongarije",
            fr="Représentant du ministère de l'Intérieur, Hongrie",
        ),
        "organisation": ORG_HU_MINISTRY,
        "country": "HU",
        "bio": T(
            en="Leads RAVOT-EUR for the lead partner and coordinates the work of the three "
            "partners.",
            hu="A vezető partner részéről irányítja a RAVOT-EUR projektet, és összehangolja a "
            "három partner munkáját.",
            nl="Leidt RAVOT-EUR namens de hoofdpartner en coördineert het werk van de drie "
            "partners.",
            fr="Dirige RAVOT-EUR pour le chef de file et coordonne le travail des trois "
            "partenaires.",
        ),
    },
    {
        "key": "nl-ministry",
        "name": T(
            en="Representative of the Ministry of Security and Justice, the Netherlands",
            hu="A holland Biztonsági és Igazságügyi Minisztérium képviselője",
            nl="Vertegenwoordiger van het Ministerie van Veiligheid en Justitie",
            fr="Représentant du ministère de la Sécurité et de la Justice, Pays-Bas",
        ),
        "organisation": ORG_NL_MINISTRY,
        "country": "NL",
        "bio": T(
            en="Works on the Dutch policy against trafficking in human beings and on "
            "cooperation with other member states.",
            hu="Az emberkereskedelem elleni holland szakpolitikán és a többi tagállammal "
            "folytatott együttműködésen dolgozik.",
            nl="Werkt aan het Nederlandse beleid tegen mensenhandel en aan de samenwerking met "
            "andere lidstaten.",
            fr="Travaille sur la politique néerlandaise de lutte contre la traite des êtres "
            "humains et sur la coopération avec les autres États membres.",
        ),
    },
    {
        "key": "payoke",
        "name": T(
            en="Representative of Payoke, Antwerp",
            hu="A Payoke (Antwerpen) képviselője",
            nl="Vertegenwoordiger van Payoke, Antwerpen",
            fr="Représentant de Payoke, Anvers",
        ),
        "organisation": ORG_PAYOKE,
        "country": "BE",
        "bio": T(
            en="Works with victims of trafficking in human beings at Payoke, one of the three "
            "specialised centres for victims recognised in Belgium.",
            hu="Az emberkereskedelem áldozataival foglalkozik a Payoke-nál, amely a Belgiumban "
            "elismert három szakosított áldozatsegítő központ egyike.",
            nl="Werkt met slachtoffers van mensenhandel bij Payoke, een van de drie erkende "
            "gespecialiseerde opvangcentra in België.",
            fr="Travaille auprès des victimes de la traite des êtres humains chez Payoke, l'un "
            "des trois centres spécialisés reconnus en Belgique.",
        ),
    },
    {
        "key": "hu-police",
        "name": T(
            en="Representative of the National Police, Hungary",
            hu="Az Országos Rendőr-főkapitányság képviselője",
            nl="Vertegenwoordiger van de Nationale Politie, Hongarije",
            fr="Représentant de la Police nationale, Hongrie",
        ),
        "organisation": T(
            en="Hungarian National Police",
            hu="Országos Rendőr-főkapitányság",
            nl="Hongaarse Nationale Politie",
            fr="Police nationale hongroise",
        ),
        "country": "HU",
        "bio": T(
            en="Investigates cases of trafficking in human beings and cooperates with police "
            "forces in other member states.",
            hu="Emberkereskedelmi ügyekben nyomoz, és együttműködik más tagállamok rendőrségeivel.",
            nl="Onderzoekt zaken van mensenhandel en werkt samen met politiediensten in andere "
            "lidstaten.",
            fr="Enquête sur des affaires de traite des êtres humains et coopère avec les services "
            "de police d'autres États membres.",
        ),
    },
    {
        "key": "nl-police",
        "name": T(
            en="Representative of the National Police, the Netherlands",
            hu="A holland Nemzeti Rendőrség képviselője",
            nl="Vertegenwoordiger van de Nationale Politie",
            fr="Représentant de la Police nationale, Pays-Bas",
        ),
        "organisation": T(
            en="Dutch National Police",
            hu="Holland Nemzeti Rendőrség",
            nl="Nationale Politie",
            fr="Police nationale néerlandaise",
        ),
        "country": "NL",
        "bio": T(
            en="Specialises in identifying victims of trafficking during police checks and "
            "investigations.",
            hu="A rendőrségi ellenőrzések és nyomozások során az emberkereskedelem áldozatainak "
            "azonosítására szakosodott.",
            nl="Gespecialiseerd in het herkennen van slachtoffers van mensenhandel bij "
            "politiecontroles en onderzoeken.",
            fr="Spécialisé dans l'identification des victimes de la traite lors des contrôles et "
            "des enquêtes de police.",
        ),
    },
    {
        "key": "be-prosecutor",
        "name": T(
            en="Representative of a Belgian public prosecutor's office",
            hu="Egy belga ügyészség képviselője",
            nl="Vertegenwoordiger van een Belgisch parket",
            fr="Représentant d'un parquet belge",
        ),
        "organisation": None,
        "country": "BE",
        "bio": T(
            en="Prosecutes cases of trafficking in human beings and works with the specialised "
            "centres on the protection of victims who give evidence.",
            hu="Emberkereskedelmi ügyekben jár el vádlóként, és a szakosított központokkal együtt "
            "dolgozik a tanúvallomást tevő áldozatok védelmén.",
            nl="Vervolgt zaken van mensenhandel en werkt met de gespecialiseerde centra aan de "
            "bescherming van slachtoffers die een verklaring afleggen.",
            fr="Poursuit des affaires de traite des êtres humains et travaille avec les centres "
            "spécialisés à la protection des victimes qui témoignent.",
        ),
    },
    {
        "key": "hu-victim-support",
        "name": T(
            en="Representative of a Hungarian victim support service",
            hu="Egy magyarországi áldozatsegítő szolgálat képviselője",
            nl="Vertegenwoordiger van een Hongaarse organisatie voor slachtofferhulp",
            fr="Représentant d'un service hongrois d'aide aux victimes",
        ),
        "organisation": None,
        "country": "HU",
        "bio": T(
            en="Supports victims of trafficking who return to Hungary, from the first contact to "
            "their reintegration.",
            hu="Az első kapcsolatfelvételtől a társadalmi beilleszkedésig segíti a Magyarországra "
            "hazatérő emberkereskedelmi áldozatokat.",
            nl="Begeleidt slachtoffers van mensenhandel die naar Hongarije terugkeren, van het "
            "eerste contact tot hun re-integratie.",
            fr="Accompagne les victimes de la traite qui rentrent en Hongrie, du premier contact "
            "jusqu'à leur réinsertion.",
        ),
    },
    {
        "key": "nl-shelter",
        "name": T(
            en="Representative of a Dutch shelter for victims of trafficking",
            hu="Egy hollandiai emberkereskedelmi áldozatokat befogadó szálló képviselője",
            nl="Vertegenwoordiger van een Nederlandse opvang voor slachtoffers van mensenhandel",
            fr="Représentant d'un foyer néerlandais pour victimes de la traite",
        ),
        "organisation": None,
        "country": "NL",
        "bio": T(
            en="Provides shelter and care for victims of trafficking in human beings in the "
            "Netherlands.",
            hu="Szállást és ellátást biztosít az emberkereskedelem áldozatainak Hollandiában.",
            nl="Biedt opvang en zorg aan slachtoffers van mensenhandel in Nederland.",
            fr="Offre hébergement et accompagnement aux victimes de la traite des êtres humains "
            "aux Pays-Bas.",
        ),
    },
    {
        "key": "hu-labour",
        "name": T(
            en="Representative of the labour inspectorate, Hungary",
            hu="A magyar munkaügyi felügyelet képviselője",
            nl="Vertegenwoordiger van de arbeidsinspectie, Hongarije",
            fr="Représentant de l'inspection du travail, Hongrie",
        ),
        "organisation": None,
        "country": "HU",
        "bio": T(
            en="Checks working conditions and refers possible victims of labour exploitation to "
            "the police and to victim support.",
            hu="Ellenőrzi a munkakörülményeket, és a munkacélú kizsákmányolás lehetséges "
            "áldozatait a rendőrséghez és az áldozatsegítéshez irányítja.",
            nl="Controleert arbeidsomstandigheden en verwijst mogelijke slachtoffers van "
            "arbeidsuitbuiting door naar de politie en de slachtofferhulp.",
            fr="Contrôle les conditions de travail et oriente les victimes présumées "
            "d'exploitation par le travail vers la police et l'aide aux victimes.",
        ),
    },
    {
        "key": "consular",
        "name": T(
            en="Representative of the consular service, Hungary",
            hu="A magyar konzuli szolgálat képviselője",
            nl="Vertegenwoordiger van de Hongaarse consulaire dienst",
            fr="Représentant du service consulaire, Hongrie",
        ),
        "organisation": None,
        "country": "HU",
        "bio": T(
            en="Assists Hungarian citizens abroad, including victims of trafficking who wish to "
            "return home.",
            hu="Segíti a külföldön tartózkodó magyar állampolgárokat, köztük a hazatérni kívánó "
            "emberkereskedelmi áldozatokat.",
            nl="Helpt Hongaarse burgers in het buitenland, onder wie slachtoffers van "
            "mensenhandel die naar huis willen terugkeren.",
            fr="Assiste les ressortissants hongrois à l'étranger, notamment les victimes de la "
            "traite qui souhaitent rentrer chez elles.",
        ),
    },
    {
        "key": "eu-commission",
        "name": T(
            en="Representative of the European Commission",
            hu="Az Európai Bizottság képviselője",
            nl="Vertegenwoordiger van de Europese Commissie",
            fr="Représentant de la Commission européenne",
        ),
        "organisation": T(
            en="European Commission",
            hu="Európai Bizottság",
            nl="Europese Commissie",
            fr="Commission européenne",
        ),
        "country": "",
        "bio": T(
            en="Follows the implementation of the European Union's policy against trafficking in "
            "human beings in the member states.",
            hu="A tagállamokban követi az Európai Unió emberkereskedelem elleni politikájának "
            "végrehajtását.",
            nl="Volgt de uitvoering van het beleid van de Europese Unie tegen mensenhandel in de "
            "lidstaten.",
            fr="Suit la mise en œuvre dans les États membres de la politique de l'Union "
            "européenne contre la traite des êtres humains.",
        ),
    },
    {
        "key": "moderator",
        "name": T(
            en="Moderator from the project team",
            hu="Moderátor a projektcsapatból",
            nl="Moderator uit het projectteam",
            fr="Modérateur de l'équipe du projet",
        ),
        "organisation": ORG_PROJECT_TEAM,
        "country": "",
        "bio": T(
            en="A member of the RAVOT-EUR project team who chairs the discussions.",
            hu="A RAVOT-EUR projektcsapatának tagja, aki a beszélgetéseket vezeti.",
            nl="Lid van het projectteam van RAVOT-EUR dat de discussies leidt.",
            fr="Membre de l'équipe du projet RAVOT-EUR qui anime les débats.",
        ),
    },
]

# ---------------------------------------------------------------------------
# The events index
# ---------------------------------------------------------------------------

INDEX = {
    "slug": T(en="events", hu="esemenyek", nl="evenementen", fr="evenements"),
    "title": T(en="Events", hu="Események", nl="Evenementen", fr="Événements"),
    "summary": T(
        en="Conferences, workshops and study visits of RAVOT-EUR: the programme beforehand, the "
        "reports and materials afterwards.",
        hu="A RAVOT-EUR konferenciái, szakmai műhelyei és tanulmányútjai: előtte a program, "
        "utána a beszámolók és az anyagok.",
        nl="Conferenties, workshops en studiebezoeken van RAVOT-EUR: vooraf het programma, "
        "achteraf de verslagen en het materiaal.",
        fr="Conférences, ateliers et visites d'étude de RAVOT-EUR : le programme avant, les "
        "comptes rendus et les documents après.",
    ),
    "intro": T(
        en="RAVOT-EUR brings professionals from Hungary, Belgium and the Netherlands together in "
        "person. Here you find what is coming up and, for past events, the agenda, the report "
        "and the materials.",
        hu="A RAVOT-EUR személyesen is összehozza a magyarországi, belgiumi és hollandiai "
        "szakembereket. Itt találja a közelgő eseményeket, a már lezajlottaknál pedig a "
        "programot, a beszámolót és az anyagokat.",
        nl="RAVOT-EUR brengt professionals uit Hongarije, België en Nederland ook persoonlijk "
        "samen. Hier vindt u wat er op het programma staat en, voor eerdere evenementen, de "
        "agenda, het verslag en het materiaal.",
        fr="RAVOT-EUR réunit en personne des professionnels de Hongrie, de Belgique et des "
        "Pays-Bas. Vous trouverez ici les événements à venir et, pour les événements passés, le "
        "programme, le compte rendu et les documents.",
    ),
}

# ---------------------------------------------------------------------------
# Shared pieces of agendas and venues
# ---------------------------------------------------------------------------

BUDAPEST = T(en="Budapest", hu="Budapest", nl="Boedapest", fr="Budapest")
BRUSSELS = T(en="Brussels", hu="Brüsszel", nl="Brussel", fr="Bruxelles")
ANTWERP = T(en="Antwerp", hu="Antwerpen", nl="Antwerpen", fr="Anvers")
THE_HAGUE = T(en="The Hague", hu="Hága", nl="Den Haag", fr="La Haye")
AMSTERDAM = T(en="Amsterdam", hu="Amszterdam", nl="Amsterdam", fr="Amsterdam")
MINISTRY_ADDRESS = "József Attila utca 2–4.\n1051 Budapest"

REGISTRATION_COFFEE = T(
    en="Registration and coffee",
    hu="Regisztráció és kávé",
    nl="Registratie en koffie",
    fr="Accueil et café",
)
WELCOME = T(
    en="Welcome and opening",
    hu="Köszöntő és megnyitó",
    nl="Welkom en opening",
    fr="Accueil et ouverture",
)
WELCOME_INTRODUCTIONS = T(
    en="Welcome and introductions",
    hu="Köszöntés és bemutatkozás",
    nl="Welkom en kennismaking",
    fr="Accueil et tour de table",
)
COFFEE = T(en="Coffee break", hu="Kávészünet", nl="Koffiepauze", fr="Pause-café")
LUNCH = T(en="Lunch", hu="Ebéd", nl="Lunch", fr="Déjeuner")
CLOSING = T(
    en="Closing remarks",
    hu="Zárszó",
    nl="Slotwoord",
    fr="Mot de clôture",
)
PLENARY = T(en="Plenary hall", hu="Nagyterem", nl="Plenaire zaal", fr="Salle plénière")
CONFERENCE_ROOM = T(
    en="Conference room", hu="Konferenciaterem", nl="Conferentiezaal", fr="Salle de conférence"
)
FOYER = T(en="Foyer", hu="Előtér", nl="Foyer", fr="Foyer")
GROUP_ROOMS = T(
    en="Rooms 1 to 3",
    hu="1–3. terem",
    nl="Zalen 1 tot 3",
    fr="Salles 1 à 3",
)
HOST_HU = ORG_HU_MINISTRY
HOST_NL = ORG_NL_MINISTRY
HOST_PAYOKE = ORG_PAYOKE

INTERPRETATION_EN_HU = T(
    en="Simultaneous interpretation between English and Hungarian",
    hu="Szinkrontolmácsolás angol és magyar nyelv között",
    nl="Simultaanvertaling Engels-Hongaars",
    fr="Interprétation simultanée entre l'anglais et le hongrois",
)
INTERPRETATION_CONSECUTIVE_HU = T(
    en="Consecutive interpretation into Hungarian",
    hu="Konszekutív tolmácsolás magyar nyelvre",
    nl="Consecutieve vertaling naar het Hongaars",
    fr="Interprétation consécutive vers le hongrois",
)
INVITATION_DETAILS = T(
    en="Participation is by invitation of the partners. Professionals who would like to take "
    "part in a future event can write to the project team.",
    hu="A részvétel a partnerek meghívására történik. A későbbi eseményeken részt venni kívánó "
    "szakemberek a projektcsapatnak írhatnak.",
    nl="Deelname is op uitnodiging van de partners. Professionals die aan een volgend evenement "
    "willen deelnemen, kunnen het projectteam schrijven.",
    fr="La participation se fait sur invitation des partenaires. Les professionnels qui "
    "souhaitent participer à un prochain événement peuvent écrire à l'équipe du projet.",
)
CONFIDENTIAL_ADDRESS = T(
    en="The address is not published, to protect the people who live there.",
    hu="A címet a lakók védelmében nem tesszük közzé.",
    nl="Het adres wordt niet gepubliceerd, ter bescherming van de bewoners.",
    fr="L'adresse n'est pas publiée, afin de protéger les personnes qui y vivent.",
)

# ---------------------------------------------------------------------------
# Documents (files made by the seed, in the "Events" collection)
# ---------------------------------------------------------------------------

DOCUMENTS = {
    "kick-off-programme": "RAVOT-EUR kick-off conference, Budapest, 17 June 2014: programme",
    "project-presentation": "RAVOT-EUR: aims, partners and work plan (slides)",
    "workshop-1-summary": "First professional workshop, Budapest: summary",
    "indicators-checklist": "Indicators of trafficking in human beings: checklist",
    "study-visit-hu-notes": "Study visit in Hungary: notes",
    "workshop-2-summary": "Second professional workshop, Brussels: summary",
    "study-visit-be-notes": "Study visit in Belgium: notes",
    "workshop-3-summary": "Third professional workshop, The Hague: summary",
    "trm-draft-slides": "Draft transnational referral mechanism (slides)",
    "study-visit-nl-notes": "Study visit in the Netherlands: notes",
    "closing-programme": "RAVOT-EUR closing conference, Budapest, 20 January 2016: programme",
    "closing-conclusions": "RAVOT-EUR closing conference: conclusions",
    "results-slides": "Two years of RAVOT-EUR: results (slides)",
}

SUMMARY_TITLE = T(
    en="Summary of the discussions",
    hu="A megbeszélések összefoglalója",
    nl="Samenvatting van de besprekingen",
    fr="Synthèse des discussions",
)
PROGRAMME_TITLE = T(en="Programme", hu="Program", nl="Programma", fr="Programme")
NOTES_TITLE = T(
    en="Notes of the visit",
    hu="Feljegyzések a látogatásról",
    nl="Aantekeningen van het bezoek",
    fr="Notes de la visite",
)

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

EVENTS = [
    # -- kick-off conference ---------------------------------------------------------
    {
        "key": "kick-off-conference",
        "slug": T(
            en="kick-off-conference-budapest-2014",
            hu="nyitokonferencia-budapest-2014",
            nl="startconferentie-boedapest-2014",
            fr="conference-de-lancement-budapest-2014",
        ),
        "title": T(
            en="Kick-off conference",
            hu="Nyitókonferencia",
            nl="Startconferentie",
            fr="Conférence de lancement",
        ),
        "summary": T(
            en="The launch of RAVOT-EUR: partners and professionals from Hungary, Belgium and "
            "the Netherlands agree on how they will work together.",
            hu="A RAVOT-EUR indulása: a magyarországi, belgiumi és hollandiai partnerek és "
            "szakemberek megállapodnak a közös munka menetéről.",
            nl="De start van RAVOT-EUR: partners en professionals uit Hongarije, België en "
            "Nederland spreken af hoe ze gaan samenwerken.",
            fr="Le lancement de RAVOT-EUR : partenaires et professionnels de Hongrie, de Belgique "
            "et des Pays-Bas conviennent de leur manière de travailler ensemble.",
        ),
        "type": "conference",
        "tz": "Europe/Budapest",
        "start": "2014-06-17 09:30",
        "end": "2014-06-17 16:30",
        "venue_name": ORG_HU_MINISTRY,
        "venue_address": MINISTRY_ADDRESS,
        "city": BUDAPEST,
        "country": "HU",
        "host": HOST_HU,
        "languages": ["en", "hu"],
        "interpretation": INTERPRETATION_EN_HU,
        "registration": "invitation",
        "capacity": 80,
        "body": [
            T(
                en="The kick-off conference opens the two years of RAVOT-EUR. The partners "
                "present the aims of the project and its work plan, and professionals from "
                "authorities and non-governmental organisations of the three countries describe "
                "how they identify, assist and refer victims of trafficking today.",
                hu="A nyitókonferencia nyitja meg a RAVOT-EUR két évét. A partnerek bemutatják a "
                "projekt céljait és munkatervét, a három ország hatóságainak és civil "
                "szervezeteinek szakemberei pedig elmondják, hogyan azonosítják, segítik és "
                "irányítják tovább ma az emberkereskedelem áldozatait.",
                nl="De startconferentie opent de twee jaar van RAVOT-EUR. De partners stellen de "
                "doelen en het werkplan van het project voor, en professionals van "
                "overheidsinstanties en niet-gouvernementele organisaties uit de drie landen "
                "vertellen hoe zij slachtoffers van mensenhandel vandaag identificeren, bijstaan "
                "en doorverwijzen.",
                fr="La conférence de lancement ouvre les deux années de RAVOT-EUR. Les partenaires "
                "présentent les objectifs du projet et son programme de travail, et des "
                "professionnels d'autorités et d'organisations non gouvernementales des trois "
                "pays expliquent comment ils identifient, assistent et orientent aujourd'hui les "
                "victimes de la traite.",
            ),
        ],
        "agenda": [
            ("09:30", "10:00", "break", REGISTRATION_COFFEE, FOYER, [], None),
            ("10:00", "10:30", "talk", WELCOME, PLENARY, ["hu-ministry"], None),
            (
                "10:30",
                "11:15",
                "talk",
                T(
                    en="RAVOT-EUR: aims, partners and work plan",
                    hu="A RAVOT-EUR céljai, partnerei és munkaterve",
                    nl="RAVOT-EUR: doelen, partners en werkplan",
                    fr="RAVOT-EUR : objectifs, partenaires et programme de travail",
                ),
                PLENARY,
                ["hu-ministry", "nl-ministry", "payoke"],
                None,
            ),
            ("11:15", "11:30", "break", COFFEE, FOYER, [], None),
            (
                "11:30",
                "12:30",
                "panel",
                T(
                    en="Trafficking between Hungary, Belgium and the Netherlands: the picture "
                    "today",
                    hu="Emberkereskedelem Magyarország, Belgium és Hollandia között: a mai helyzet",
                    nl="Mensenhandel tussen Hongarije, België en Nederland: de huidige situatie",
                    fr="La traite entre la Hongrie, la Belgique et les Pays-Bas : la situation "
                    "actuelle",
                ),
                PLENARY,
                ["hu-police", "nl-police", "payoke"],
                None,
            ),
            ("12:30", "13:30", "break", LUNCH, FOYER, [], None),
            (
                "13:30",
                "15:00",
                "panel",
                T(
                    en="Assisting and referring victims: practice in the three countries",
                    hu="Az áldozatok segítése és továbbirányítása: a gyakorlat a három országban",
                    nl="Slachtoffers bijstaan en doorverwijzen: de praktijk in de drie landen",
                    fr="Assister et orienter les victimes : la pratique dans les trois pays",
                ),
                PLENARY,
                ["hu-victim-support", "nl-shelter", "payoke"],
                None,
            ),
            (
                "15:00",
                "16:00",
                "talk",
                T(
                    en="Safe return: what victims need on the way home",
                    hu="Biztonságos hazatérés: mire van szüksége az áldozatnak útban hazafelé",
                    nl="Veilige terugkeer: wat slachtoffers nodig hebben op weg naar huis",
                    fr="Un retour en sécurité : ce dont les victimes ont besoin sur le chemin du "
                    "retour",
                ),
                PLENARY,
                ["consular", "hu-victim-support"],
                None,
            ),
            ("16:00", "16:30", "talk", CLOSING, PLENARY, ["hu-ministry"], None),
        ],
        "outcomes": [
            T(
                en="Some eighty participants from the three countries agreed on the work plan of "
                "the project: three professional workshops, study visits in each country, a "
                "training manual and an online platform for professionals.",
                hu="A három ország mintegy nyolcvan résztvevője elfogadta a projekt munkatervét: "
                "három szakmai műhely, tanulmányutak mindhárom országban, egy képzési kézikönyv "
                "és egy online platform a szakemberek számára.",
                nl="Zo'n tachtig deelnemers uit de drie landen stemden in met het werkplan van het "
                "project: drie workshops voor professionals, studiebezoeken in elk land, een "
                "trainingshandleiding en een online platform voor professionals.",
                fr="Quelque quatre-vingts participants des trois pays ont approuvé le programme de "
                "travail du projet : trois ateliers professionnels, des visites d'étude dans "
                "chaque pays, un manuel de formation et une plateforme en ligne pour les "
                "professionnels.",
            ),
        ],
        "conclusions": [
            T(
                en="Victims are often lost from sight when they cross a border: the authority that "
                "identified them rarely knows who assists them next. Knowing one's counterparts "
                "by name was named as the first condition of a working referral.",
                hu="Az áldozatok gyakran szem elől vesznek, amikor átlépnek egy határt: az őket "
                "azonosító hatóság ritkán tudja, ki segíti őket ezután. A jól működő "
                "továbbirányítás első feltételének azt nevezték meg a résztvevők, hogy a "
                "szakemberek név szerint ismerjék egymást.",
                nl="Slachtoffers raken vaak uit beeld wanneer zij een grens oversteken: de "
                "instantie "
                "die hen heeft geïdentificeerd, weet zelden wie hen daarna bijstaat. Elkaar bij "
                "naam kennen werd genoemd als eerste voorwaarde voor een goede doorverwijzing.",
                fr="Les victimes sont souvent perdues de vue lorsqu'elles franchissent une "
                "frontière : l'autorité qui les a identifiées sait rarement qui les assiste "
                "ensuite. Connaître ses homologues par leur nom a été cité comme la première "
                "condition d'une orientation efficace.",
            ),
        ],
        "recommendations": [
            T(
                en="Name a contact point for cross-border cases in each partner organisation.",
                hu="Minden partnerszervezet jelöljön ki kapcsolattartót a határon átnyúló ügyekre.",
                nl="Wijs in elke partnerorganisatie een contactpersoon aan voor "
                "grensoverschrijdende "
                "zaken.",
                fr="Désigner dans chaque organisation partenaire un point de contact pour les "
                "affaires transfrontalières.",
            ),
            T(
                en="Describe the national referral mechanisms in one common format before the "
                "first workshop.",
                hu="Az első szakmai műhely előtt egységes formában kell leírni a nemzeti "
                "áldozatirányítási mechanizmusokat.",
                nl="Beschrijf de nationale verwijsmechanismen vóór de eerste workshop in één "
                "gemeenschappelijk format.",
                fr="Décrire les mécanismes nationaux d'orientation selon un format commun avant "
                "le premier atelier.",
            ),
        ],
        "materials": [
            ("kick-off-programme", PROGRAMME_TITLE, "handout", "en"),
            (
                "project-presentation",
                T(
                    en="Presentation of the project",
                    hu="A projekt bemutatása",
                    nl="Presentatie van het project",
                    fr="Présentation du projet",
                ),
                "slides",
                "en",
            ),
        ],
        "related": [("about", None)],
    },
    # -- first workshop, Budapest ---------------------------------------------------------
    {
        "key": "workshop-budapest",
        "slug": T(
            en="workshop-identifying-victims-budapest",
            hu="szakmai-muhely-aldozatazonositas-budapest",
            nl="workshop-slachtoffers-herkennen-boedapest",
            fr="atelier-identifier-les-victimes-budapest",
        ),
        "title": T(
            en="First professional workshop: identifying victims",
            hu="Első szakmai műhely: az áldozatok azonosítása",
            nl="Eerste workshop: slachtoffers herkennen",
            fr="Premier atelier professionnel : identifier les victimes",
        ),
        "summary": T(
            en="Police officers, labour inspectors and social workers compare the signs that "
            "lead them to recognise a victim of trafficking.",
            hu="Rendőrök, munkaügyi felügyelők és szociális munkások vetik össze, milyen jelek "
            "alapján ismerik fel az emberkereskedelem áldozatait.",
            nl="Politiemensen, arbeidsinspecteurs en maatschappelijk werkers vergelijken de "
            "signalen waaraan zij een slachtoffer van mensenhandel herkennen.",
            fr="Policiers, inspecteurs du travail et travailleurs sociaux comparent les signes "
            "qui leur permettent de reconnaître une victime de la traite.",
        ),
        "type": "workshop",
        "tz": "Europe/Budapest",
        "start": "2014-06-18 09:00",
        "end": "2014-06-18 13:00",
        "venue_name": ORG_HU_MINISTRY,
        "venue_address": MINISTRY_ADDRESS,
        "city": BUDAPEST,
        "country": "HU",
        "host": HOST_HU,
        "languages": ["en", "hu"],
        "interpretation": INTERPRETATION_EN_HU,
        "registration": "invitation",
        "capacity": 40,
        "body": [
            T(
                en="The first of the project's three workshops works on identification: which "
                "indicators professionals use in each country, and what they do when they "
                "suspect that a person is a victim.",
                hu="A projekt három szakmai műhelye közül az első az azonosítással foglalkozik: "
                "milyen jelzőket használnak a szakemberek az egyes országokban, és mit tesznek, "
                "ha azt gyanítják, hogy valaki áldozat.",
                nl="De eerste van de drie workshops van het project gaat over identificatie: welke "
                "indicatoren professionals in elk land gebruiken en wat zij doen wanneer zij "
                "vermoeden dat iemand slachtoffer is.",
                fr="Le premier des trois ateliers du projet porte sur l'identification : quels "
                "indicateurs les professionnels utilisent dans chaque pays, et ce qu'ils font "
                "lorsqu'ils soupçonnent qu'une personne est victime.",
            ),
        ],
        "agenda": [
            ("09:00", "09:15", "talk", WELCOME_INTRODUCTIONS, CONFERENCE_ROOM, ["moderator"], None),
            (
                "09:15",
                "10:15",
                "workshop",
                T(
                    en="Indicators of trafficking: what professionals look for",
                    hu="Az emberkereskedelem jelzői: mire figyelnek a szakemberek",
                    nl="Indicatoren van mensenhandel: waar professionals op letten",
                    fr="Les indicateurs de la traite : ce que recherchent les professionnels",
                ),
                CONFERENCE_ROOM,
                ["hu-police", "nl-police"],
                None,
            ),
            ("10:15", "10:30", "break", COFFEE, FOYER, [], None),
            (
                "10:30",
                "12:00",
                "workshop",
                T(
                    en="Case discussions in small groups",
                    hu="Esetmegbeszélések kiscsoportokban",
                    nl="Casusbesprekingen in kleine groepen",
                    fr="Études de cas en petits groupes",
                ),
                GROUP_ROOMS,
                ["moderator"],
                T(
                    en="Three anonymised cases, each discussed by a group that mixes countries and "
                    "professions.",
                    hu="Három anonimizált eset, mindegyiket vegyes – különböző országokból és "
                    "szakmákból érkező – csoport vitatja meg.",
                    nl="Drie geanonimiseerde casussen, elk besproken door een groep met deelnemers "
                    "uit verschillende landen en beroepen.",
                    fr="Trois cas anonymisés, chacun examiné par un groupe qui mêle pays et "
                    "professions.",
                ),
            ),
            (
                "12:00",
                "13:00",
                "panel",
                T(
                    en="What we learned: reports from the groups",
                    hu="Amit tanultunk: a csoportok beszámolói",
                    nl="Wat we hebben geleerd: verslagen van de groepen",
                    fr="Ce que nous avons appris : restitution des groupes",
                ),
                CONFERENCE_ROOM,
                ["moderator"],
                None,
            ),
        ],
        "outcomes": [
            T(
                en="The groups drew up a shared list of indicators, in four languages, that the "
                "partners use as the starting point of the identification chapter of the training "
                "manual.",
                hu="A csoportok négy nyelven közös jelzőlistát állítottak össze, amelyet a "
                "partnerek a képzési kézikönyv azonosításról szóló fejezetének kiindulópontjaként "
                "használnak.",
                nl="De groepen stelden een gemeenschappelijke lijst van indicatoren op, in vier "
                "talen, die de partners gebruiken als vertrekpunt voor het hoofdstuk over "
                "identificatie in de trainingshandleiding.",
                fr="Les groupes ont établi une liste commune d'indicateurs, en quatre langues, qui "
                "sert de point de départ au chapitre du manuel de formation consacré à "
                "l'identification.",
            ),
        ],
        "conclusions": [
            T(
                en="The indicators are much the same in the three countries; what differs is who "
                "may formally identify a victim and what follows from it.",
                hu="A jelzők a három országban nagyrészt azonosak; az különbözik, ki azonosíthat "
                "hivatalosan áldozatot, és milyen következményekkel jár ez.",
                nl="De indicatoren zijn in de drie landen grotendeels dezelfde; het verschil zit "
                "in wie een slachtoffer formeel mag identificeren en wat daaruit volgt.",
                fr="Les indicateurs sont à peu près les mêmes dans les trois pays ; ce qui "
                "diffère, "
                "c'est qui peut identifier formellement une victime et ce qui en découle.",
            ),
        ],
        "recommendations": [
            T(
                en="Use one checklist of indicators in all three countries.",
                hu="Mindhárom országban ugyanazt a jelzőlistát kell használni.",
                nl="Gebruik in alle drie de landen één checklist met indicatoren.",
                fr="Utiliser une seule liste d'indicateurs dans les trois pays.",
            ),
            T(
                en="Explain in the manual who may formally identify a victim in each country.",
                hu="A kézikönyv mutassa be, ki azonosíthat hivatalosan áldozatot az egyes "
                "országokban.",
                nl="Leg in de handleiding uit wie in elk land een slachtoffer formeel mag "
                "identificeren.",
                fr="Expliquer dans le manuel qui peut identifier formellement une victime dans "
                "chaque pays.",
            ),
        ],
        "materials": [
            ("workshop-1-summary", SUMMARY_TITLE, "report", "en"),
            (
                "indicators-checklist",
                T(
                    en="Checklist of indicators",
                    hu="Jelzőlista",
                    nl="Checklist met indicatoren",
                    fr="Liste des indicateurs",
                ),
                "handout",
                "en",
            ),
        ],
        "related": [
            (
                "trm",
                T(
                    en="The shared checklist of indicators",
                    hu="A közös jelzőlista",
                    nl="De gemeenschappelijke checklist met indicatoren",
                    fr="La liste commune d'indicateurs",
                ),
            )
        ],
    },
    # -- study visit, Hungary ---------------------------------------------------------------
    {
        "key": "study-visit-hungary",
        "slug": T(
            en="study-visit-hungary-2014",
            hu="tanulmanyut-magyarorszag-2014",
            nl="studiebezoek-hongarije-2014",
            fr="visite-d-etude-hongrie-2014",
        ),
        "title": T(
            en="Study visit in Hungary: victim support in Budapest",
            hu="Tanulmányút Magyarországon: áldozatsegítés Budapesten",
            nl="Studiebezoek in Hongarije: slachtofferhulp in Boedapest",
            fr="Visite d'étude en Hongrie : l'aide aux victimes à Budapest",
        ),
        "summary": T(
            en="Participants of the first workshop visit a Hungarian victim support service and "
            "hear how it works with the police.",
            hu="Az első szakmai műhely résztvevői felkeresnek egy magyarországi áldozatsegítő "
            "szolgálatot, és megismerik, hogyan működik együtt a rendőrséggel.",
            nl="De deelnemers aan de eerste workshop bezoeken een Hongaarse organisatie voor "
            "slachtofferhulp en horen hoe die met de politie samenwerkt.",
            fr="Les participants du premier atelier visitent un service hongrois d'aide aux "
            "victimes et découvrent comment il travaille avec la police.",
        ),
        "type": "study_visit",
        "tz": "Europe/Budapest",
        "start": "2014-06-18 14:30",
        "end": "2014-06-18 17:30",
        "venue_name": T(
            en="A victim support service in Budapest",
            hu="Egy budapesti áldozatsegítő szolgálat",
            nl="Een organisatie voor slachtofferhulp in Boedapest",
            fr="Un service d'aide aux victimes à Budapest",
        ),
        "venue_address": None,
        "city": BUDAPEST,
        "country": "HU",
        "host": HOST_HU,
        "languages": ["hu"],
        "interpretation": INTERPRETATION_EN_HU,
        "registration": "invitation",
        "capacity": 20,
        "body": [CONFIDENTIAL_ADDRESS],
        "agenda": [
            (
                "14:30",
                "15:30",
                "site_visit",
                T(
                    en="How a victim is received: from the first contact to the shelter",
                    hu="Hogyan fogadják az áldozatot: az első kapcsolatfelvételtől a szállásig",
                    nl="Hoe een slachtoffer wordt opgevangen: van het eerste contact tot de opvang",
                    fr="L'accueil d'une victime : du premier contact à l'hébergement",
                ),
                None,
                ["hu-victim-support"],
                None,
            ),
            (
                "15:30",
                "16:30",
                "site_visit",
                T(
                    en="Working with the police: one case from the first interview to the court",
                    hu="Együttműködés a rendőrséggel: egy ügy az első meghallgatástól a bíróságig",
                    nl="Samenwerken met de politie: één zaak van het eerste verhoor tot de "
                    "rechtbank",
                    fr="Travailler avec la police : une affaire, de la première audition au "
                    "tribunal",
                ),
                None,
                ["hu-police", "hu-victim-support"],
                None,
            ),
            (
                "16:30",
                "17:30",
                "panel",
                T(
                    en="Discussion with the host team",
                    hu="Beszélgetés a vendéglátó csapattal",
                    nl="Gesprek met het team van de gastorganisatie",
                    fr="Échange avec l'équipe d'accueil",
                ),
                None,
                ["moderator"],
                None,
            ),
        ],
        "outcomes": [
            T(
                en="The visitors saw how a victim is accompanied from the first contact to "
                "housing, counselling and legal help, and how the service and the police share "
                "information without putting the victim at risk.",
                hu="A látogatók megismerték, hogyan kíséri a szolgálat az áldozatot az első "
                "kapcsolatfelvételtől a szálláson, a tanácsadáson és a jogi segítségen át, és "
                "hogyan osztja meg az információkat a rendőrséggel úgy, hogy az áldozatot ne "
                "sodorja veszélybe.",
                nl="De bezoekers zagen hoe een slachtoffer wordt begeleid van het eerste contact "
                "tot huisvesting, begeleiding en juridische hulp, en hoe de organisatie en de "
                "politie informatie delen zonder het slachtoffer in gevaar te brengen.",
                fr="Les visiteurs ont vu comment une victime est accompagnée du premier contact "
                "jusqu'au logement, au soutien psychologique et à l'aide juridique, et comment le "
                "service et la police échangent des informations sans exposer la victime.",
            ),
        ],
        "conclusions": [
            T(
                en="A victim who returns to Hungary needs a named person waiting for them; the "
                "service asks its foreign partners to announce each return in advance.",
                hu="A Magyarországra hazatérő áldozatot egy név szerint ismert személynek kell "
                "várnia; a szolgálat ezért arra kéri külföldi partnereit, hogy minden hazatérést "
                "előre jelezzenek.",
                nl="Een slachtoffer dat naar Hongarije terugkeert, moet door een vaste persoon "
                "worden opgewacht; de organisatie vraagt haar buitenlandse partners elke "
                "terugkeer vooraf te melden.",
                fr="Une victime qui rentre en Hongrie doit être attendue par une personne "
                "identifiée ; le service demande à ses partenaires étrangers d'annoncer chaque "
                "retour à l'avance.",
            ),
        ],
        "recommendations": [
            T(
                en="Announce every return at least a week in advance to the receiving service.",
                hu="Minden hazatérést legalább egy héttel előre jelezni kell a fogadó "
                "szolgálatnak.",
                nl="Meld elke terugkeer ten minste een week vooraf bij de ontvangende organisatie.",
                fr="Annoncer chaque retour au service d'accueil au moins une semaine à l'avance.",
            ),
        ],
        "materials": [("study-visit-hu-notes", NOTES_TITLE, "report", "en")],
        "related": [("trm", None)],
    },
    # -- second workshop, Brussels -----------------------------------------------------------
    {
        "key": "workshop-brussels",
        "slug": T(
            en="workshop-assistance-and-protection-brussels",
            hu="szakmai-muhely-segitsegnyujtas-es-vedelem-brusszel",
            nl="workshop-bijstand-en-bescherming-brussel",
            fr="atelier-assistance-et-protection-bruxelles",
        ),
        "title": T(
            en="Second professional workshop: assistance and protection",
            hu="Második szakmai műhely: segítségnyújtás és védelem",
            nl="Tweede workshop: bijstand en bescherming",
            fr="Deuxième atelier professionnel : assistance et protection",
        ),
        "summary": T(
            en="How Belgium assists and protects victims, and how a victim can be referred from "
            "Belgium to Hungary safely.",
            hu="Hogyan segíti és védi Belgium az áldozatokat, és hogyan irányítható biztonságosan "
            "egy áldozat Belgiumból Magyarországra.",
            nl="Hoe België slachtoffers bijstaat en beschermt, en hoe een slachtoffer veilig van "
            "België naar Hongarije kan worden doorverwezen.",
            fr="Comment la Belgique assiste et protège les victimes, et comment orienter une "
            "victime de la Belgique vers la Hongrie en toute sécurité.",
        ),
        "type": "workshop",
        "tz": "Europe/Brussels",
        "start": "2014-11-18 09:00",
        "end": "2014-11-18 17:00",
        "venue_name": T(
            en="Meeting centre in central Brussels",
            hu="Tárgyalóközpont Brüsszel belvárosában",
            nl="Vergadercentrum in het centrum van Brussel",
            fr="Centre de réunion au centre de Bruxelles",
        ),
        "venue_address": None,
        "city": BRUSSELS,
        "country": "BE",
        "host": HOST_PAYOKE,
        "languages": ["en", "nl", "fr", "hu"],
        "interpretation": T(
            en="Simultaneous interpretation between English, Dutch, French and Hungarian",
            hu="Szinkrontolmácsolás angol, holland, francia és magyar nyelven",
            nl="Simultaanvertaling Engels, Nederlands, Frans en Hongaars",
            fr="Interprétation simultanée entre l'anglais, le néerlandais, le français et le "
            "hongrois",
        ),
        "registration": "invitation",
        "capacity": 45,
        "body": [
            T(
                en="Belgium gives victims who break with their exploiters and cooperate with the "
                "authorities protection, a residence permit and support from one of three "
                "specialised centres. The workshop looks at this model from the point of view of "
                "a Hungarian victim.",
                hu="Belgium védelmet, tartózkodási engedélyt és a három szakosított központ "
                "egyikének támogatását biztosítja azoknak az áldozatoknak, akik szakítanak "
                "kizsákmányolóikkal és együttműködnek a hatóságokkal. A szakmai műhely egy "
                "magyar áldozat szemszögéből vizsgálja ezt a modellt.",
                nl="België biedt slachtoffers die breken met hun uitbuiters en meewerken met de "
                "autoriteiten bescherming, een verblijfsvergunning en begeleiding door een van de "
                "drie gespecialiseerde centra. De workshop bekijkt dit model vanuit het oogpunt "
                "van een Hongaars slachtoffer.",
                fr="La Belgique offre aux victimes qui rompent avec leurs exploiteurs et coopèrent "
                "avec les autorités une protection, un titre de séjour et l'accompagnement de "
                "l'un des trois centres spécialisés. L'atelier examine ce modèle du point de vue "
                "d'une victime hongroise.",
            ),
        ],
        "agenda": [
            ("09:00", "09:30", "break", REGISTRATION_COFFEE, FOYER, [], None),
            ("09:30", "09:45", "talk", WELCOME, PLENARY, ["payoke"], None),
            (
                "09:45",
                "11:00",
                "panel",
                T(
                    en="The Belgian model: specialised centres, police and prosecution",
                    hu="A belga modell: szakosított központok, rendőrség és ügyészség",
                    nl="Het Belgische model: gespecialiseerde centra, politie en parket",
                    fr="Le modèle belge : centres spécialisés, police et parquet",
                ),
                PLENARY,
                ["payoke", "be-prosecutor"],
                None,
            ),
            ("11:00", "11:15", "break", COFFEE, FOYER, [], None),
            (
                "11:15",
                "12:30",
                "talk",
                T(
                    en="Protection and residence for victims who cooperate with the authorities",
                    hu="Védelem és tartózkodás a hatóságokkal együttműködő áldozatoknak",
                    nl="Bescherming en verblijf voor slachtoffers die met de autoriteiten "
                    "meewerken",
                    fr="Protection et séjour des victimes qui coopèrent avec les autorités",
                ),
                PLENARY,
                ["be-prosecutor", "nl-ministry"],
                None,
            ),
            ("12:30", "13:30", "break", LUNCH, FOYER, [], None),
            (
                "13:30",
                "15:30",
                "workshop",
                T(
                    en="Working groups: referring a victim from Belgium to Hungary",
                    hu="Munkacsoportok: egy áldozat továbbirányítása Belgiumból Magyarországra",
                    nl="Werkgroepen: een slachtoffer doorverwijzen van België naar Hongarije",
                    fr="Groupes de travail : orienter une victime de la Belgique vers la Hongrie",
                ),
                GROUP_ROOMS,
                ["moderator", "hu-victim-support"],
                None,
            ),
            (
                "15:30",
                "16:30",
                "panel",
                T(
                    en="Reports from the working groups",
                    hu="A munkacsoportok beszámolói",
                    nl="Verslagen van de werkgroepen",
                    fr="Restitution des groupes de travail",
                ),
                PLENARY,
                ["moderator"],
                None,
            ),
            ("16:30", "17:00", "talk", CLOSING, PLENARY, ["payoke"], None),
        ],
        "outcomes": [
            T(
                en="The working groups mapped every step of a referral from Belgium to Hungary, "
                "from the decision to return to the first week at home, and who is responsible "
                "for each step.",
                hu="A munkacsoportok feltérképezték a Belgiumból Magyarországra történő "
                "továbbirányítás minden lépését – a hazatérés elhatározásától az otthon töltött "
                "első hétig –, és azt, hogy ki felel az egyes lépésekért.",
                nl="De werkgroepen brachten elke stap van een doorverwijzing van België naar "
                "Hongarije in kaart, van het besluit om terug te keren tot de eerste week thuis, "
                "en wie voor elke stap verantwoordelijk is.",
                fr="Les groupes de travail ont décrit chaque étape d'une orientation de la "
                "Belgique vers la Hongrie, de la décision de rentrer à la première semaine au "
                "pays, ainsi que le responsable de chaque étape.",
            ),
        ],
        "conclusions": [
            T(
                en="A victim who goes home before the criminal case ends must still be able to "
                "give evidence; video hearings and travel support make this possible.",
                hu="A büntetőeljárás lezárulta előtt hazatérő áldozatnak továbbra is lehetőséget "
                "kell kapnia a tanúvallomásra; ezt a videós meghallgatás és az utazási támogatás "
                "teszi lehetővé.",
                nl="Een slachtoffer dat naar huis gaat voordat de strafzaak is afgerond, moet nog "
                "steeds een verklaring kunnen afleggen; verhoren via video en reisondersteuning "
                "maken dat mogelijk.",
                fr="Une victime qui rentre chez elle avant la fin de la procédure pénale doit "
                "pouvoir encore témoigner ; les auditions par vidéo et l'aide au déplacement le "
                "permettent.",
            ),
        ],
        "recommendations": [
            T(
                en="Agree on one form for the transfer of a victim's file, with the victim's "
                "consent.",
                hu="Egységes nyomtatványban kell megállapodni az áldozat aktájának átadására, az "
                "áldozat hozzájárulásával.",
                nl="Spreek één formulier af voor de overdracht van het dossier van een "
                "slachtoffer, met diens toestemming.",
                fr="Convenir d'un formulaire unique pour la transmission du dossier d'une "
                "victime, avec son consentement.",
            ),
            T(
                en="Offer video hearings to victims who have returned home.",
                hu="A hazatért áldozatoknak videós meghallgatást kell felajánlani.",
                nl="Bied slachtoffers die naar huis zijn teruggekeerd verhoren via video aan.",
                fr="Proposer des auditions par vidéo aux victimes rentrées chez elles.",
            ),
        ],
        "materials": [("workshop-2-summary", SUMMARY_TITLE, "report", "en")],
        "related": [("trm", None)],
    },
    # -- study visit, Belgium -----------------------------------------------------------------
    {
        "key": "study-visit-belgium",
        "slug": T(
            en="study-visit-belgium-2014",
            hu="tanulmanyut-belgium-2014",
            nl="studiebezoek-belgie-2014",
            fr="visite-d-etude-belgique-2014",
        ),
        "title": T(
            en="Study visit in Belgium: Payoke, Antwerp",
            hu="Tanulmányút Belgiumban: Payoke, Antwerpen",
            nl="Studiebezoek in België: Payoke, Antwerpen",
            fr="Visite d'étude en Belgique : Payoke, Anvers",
        ),
        "summary": T(
            en="A day with the team of Payoke, one of Belgium's specialised centres for victims "
            "of trafficking.",
            hu="Egy nap a Payoke csapatával, amely Belgium egyik szakosított áldozatsegítő "
            "központja.",
            nl="Een dag met het team van Payoke, een van de gespecialiseerde centra voor "
            "slachtoffers van mensenhandel in België.",
            fr="Une journée avec l'équipe de Payoke, l'un des centres spécialisés belges pour les "
            "victimes de la traite.",
        ),
        "type": "study_visit",
        "tz": "Europe/Brussels",
        "start": "2014-11-19 09:30",
        "end": "2014-11-19 15:00",
        "venue_name": ORG_PAYOKE,
        "venue_address": None,
        "city": ANTWERP,
        "country": "BE",
        "host": HOST_PAYOKE,
        "languages": ["en", "nl"],
        "interpretation": INTERPRETATION_CONSECUTIVE_HU,
        "registration": "invitation",
        "capacity": 20,
        "body": [],
        "agenda": [
            (
                "09:30",
                "10:30",
                "site_visit",
                T(
                    en="Payoke and the Belgian referral mechanism",
                    hu="A Payoke és a belga áldozatirányítási mechanizmus",
                    nl="Payoke en het Belgische verwijsmechanisme",
                    fr="Payoke et le mécanisme belge d'orientation",
                ),
                None,
                ["payoke"],
                None,
            ),
            (
                "10:30",
                "12:00",
                "site_visit",
                T(
                    en="Meeting the support team: guidance, housing and legal help",
                    hu="Találkozó a segítő csapattal: kísérés, szállás és jogi segítség",
                    nl="Kennismaking met het begeleidingsteam: begeleiding, huisvesting en "
                    "juridische hulp",
                    fr="Rencontre avec l'équipe d'accompagnement : suivi, logement et aide "
                    "juridique",
                ),
                None,
                ["payoke"],
                None,
            ),
            ("12:00", "13:00", "break", LUNCH, None, [], None),
            (
                "13:00",
                "15:00",
                "panel",
                T(
                    en="Exchange with the prosecution service",
                    hu="Eszmecsere az ügyészséggel",
                    nl="Uitwisseling met het parket",
                    fr="Échange avec le parquet",
                ),
                None,
                ["be-prosecutor", "payoke"],
                None,
            ),
        ],
        "outcomes": [
            T(
                en="The visitors learned how Payoke guides a victim through the protection "
                "procedure and how closely it works with the police and the prosecution.",
                hu="A látogatók megismerték, hogyan kíséri végig a Payoke az áldozatot a "
                "védelmi eljáráson, és milyen szorosan működik együtt a rendőrséggel és az "
                "ügyészséggel.",
                nl="De bezoekers leerden hoe Payoke een slachtoffer door de "
                "beschermingsprocedure begeleidt en hoe nauw het samenwerkt met politie en "
                "parket.",
                fr="Les visiteurs ont découvert comment Payoke accompagne une victime tout au long "
                "de la procédure de protection et à quel point il travaille étroitement avec la "
                "police et le parquet.",
            ),
        ],
        "conclusions": [
            T(
                en="Trust between the centre and the prosecution is what lets victims speak.",
                hu="A központ és az ügyészség közötti bizalom teszi lehetővé, hogy az áldozatok "
                "megszólaljanak.",
                nl="Vertrouwen tussen het centrum en het parket zorgt ervoor dat slachtoffers "
                "durven te praten.",
                fr="C'est la confiance entre le centre et le parquet qui permet aux victimes de "
                "parler.",
            ),
        ],
        "recommendations": [
            T(
                en="Invite prosecutors to the next study visits.",
                hu="A következő tanulmányutakra ügyészeket is meg kell hívni.",
                nl="Nodig officieren van justitie uit voor de volgende studiebezoeken.",
                fr="Inviter des magistrats du parquet aux prochaines visites d'étude.",
            ),
        ],
        "materials": [("study-visit-be-notes", NOTES_TITLE, "report", "en")],
        "related": [],
    },
    # -- third workshop, The Hague -----------------------------------------------------------
    {
        "key": "workshop-the-hague",
        "slug": T(
            en="workshop-referral-across-borders-the-hague",
            hu="szakmai-muhely-hatarokon-atnyulo-tovabbiranyitas-haga",
            nl="workshop-grensoverschrijdende-doorverwijzing-den-haag",
            fr="atelier-orientation-transfrontaliere-la-haye",
        ),
        "title": T(
            en="Third professional workshop: referral across borders",
            hu="Harmadik szakmai műhely: határokon átnyúló továbbirányítás",
            nl="Derde workshop: doorverwijzing over de grens",
            fr="Troisième atelier professionnel : l'orientation transfrontalière",
        ),
        "summary": T(
            en="The draft of the transnational referral mechanism is tested on real, anonymised "
            "cases by the professionals who will use it.",
            hu="A transznacionális áldozatirányítási mechanizmus tervezetét valós, anonimizált "
            "eseteken próbálják ki azok a szakemberek, akik majd alkalmazzák.",
            nl="Het ontwerp van het transnationale verwijsmechanisme wordt getoetst aan echte, "
            "geanonimiseerde zaken door de professionals die ermee gaan werken.",
            fr="Le projet de mécanisme transnational d'orientation est mis à l'épreuve sur des cas "
            "réels anonymisés par les professionnels qui l'utiliseront.",
        ),
        "type": "workshop",
        "tz": "Europe/Amsterdam",
        "start": "2015-04-21 09:00",
        "end": "2015-04-21 17:00",
        "venue_name": ORG_NL_MINISTRY,
        "venue_address": None,
        "city": THE_HAGUE,
        "country": "NL",
        "host": HOST_NL,
        "languages": ["en", "nl", "hu"],
        "interpretation": INTERPRETATION_EN_HU,
        "registration": "invitation",
        "capacity": 45,
        "body": [
            T(
                en="The third workshop brings the results of the first two together: the partners "
                "present a draft of the transnational referral mechanism, and the participants "
                "test it on three cases of sexual and labour exploitation.",
                hu="A harmadik szakmai műhely az első kettő eredményeit foglalja össze: a "
                "partnerek bemutatják a transznacionális áldozatirányítási mechanizmus "
                "tervezetét, a résztvevők pedig három, szexuális, illetve munkacélú "
                "kizsákmányolással kapcsolatos eseten próbálják ki.",
                nl="De derde workshop brengt de resultaten van de eerste twee samen: de partners "
                "presenteren een ontwerp van het transnationale verwijsmechanisme en de "
                "deelnemers toetsen het aan drie zaken van seksuele uitbuiting en "
                "arbeidsuitbuiting.",
                fr="Le troisième atelier réunit les résultats des deux premiers : les partenaires "
                "présentent un projet de mécanisme transnational d'orientation, que les "
                "participants mettent à l'épreuve sur trois cas d'exploitation sexuelle et "
                "d'exploitation par le travail.",
            ),
        ],
        "agenda": [
            ("09:00", "09:30", "break", REGISTRATION_COFFEE, FOYER, [], None),
            ("09:30", "09:45", "talk", WELCOME, CONFERENCE_ROOM, ["nl-ministry"], None),
            (
                "09:45",
                "11:00",
                "panel",
                T(
                    en="Referral in the Netherlands: coordination, police and shelters",
                    hu="Továbbirányítás Hollandiában: koordináció, rendőrség és szállások",
                    nl="Doorverwijzing in Nederland: coördinatie, politie en opvang",
                    fr="L'orientation aux Pays-Bas : coordination, police et foyers",
                ),
                CONFERENCE_ROOM,
                ["nl-ministry", "nl-police", "nl-shelter"],
                None,
            ),
            ("11:00", "11:15", "break", COFFEE, FOYER, [], None),
            (
                "11:15",
                "12:30",
                "talk",
                T(
                    en="The draft transnational referral mechanism",
                    hu="A transznacionális áldozatirányítási mechanizmus tervezete",
                    nl="Het ontwerp van het transnationale verwijsmechanisme",
                    fr="Le projet de mécanisme transnational d'orientation",
                ),
                CONFERENCE_ROOM,
                ["hu-ministry"],
                None,
            ),
            ("12:30", "13:30", "break", LUNCH, FOYER, [], None),
            (
                "13:30",
                "15:30",
                "workshop",
                T(
                    en="Working groups: testing the mechanism on three cases",
                    hu="Munkacsoportok: a mechanizmus próbája három eseten",
                    nl="Werkgroepen: het mechanisme getoetst aan drie zaken",
                    fr="Groupes de travail : le mécanisme à l'épreuve de trois cas",
                ),
                GROUP_ROOMS,
                ["moderator"],
                None,
            ),
            (
                "15:30",
                "16:30",
                "talk",
                T(
                    en="Labour exploitation: identifying victims outside the sex industry",
                    hu="Munkacélú kizsákmányolás: áldozatok azonosítása a szexiparon kívül",
                    nl="Arbeidsuitbuiting: slachtoffers herkennen buiten de seksindustrie",
                    fr="L'exploitation par le travail : identifier les victimes hors de "
                    "l'industrie du sexe",
                ),
                CONFERENCE_ROOM,
                ["hu-labour", "nl-police"],
                None,
            ),
            ("16:30", "17:00", "talk", CLOSING, CONFERENCE_ROOM, ["nl-ministry"], None),
        ],
        "outcomes": [
            T(
                en="The three working groups took the draft mechanism through three cases and "
                "returned some twenty comments, most of them on the first contact between the "
                "sending and the receiving country.",
                hu="A három munkacsoport három eseten vitte végig a mechanizmus tervezetét, és "
                "mintegy húsz észrevételt fogalmazott meg, többségüket a küldő és a fogadó ország "
                "közötti első kapcsolatfelvételről.",
                nl="De drie werkgroepen liepen het ontwerp aan de hand van drie zaken door en "
                "kwamen met zo'n twintig opmerkingen, de meeste over het eerste contact tussen "
                "het verzendende en het ontvangende land.",
                fr="Les trois groupes de travail ont appliqué le projet de mécanisme à trois "
                "cas et "
                "formulé une vingtaine d'observations, pour la plupart sur le premier contact "
                "entre le pays d'envoi et le pays d'accueil.",
            ),
        ],
        "conclusions": [
            T(
                en="The mechanism works when every step has one responsible organisation and a "
                "deadline; where it had neither, the cases stalled.",
                hu="A mechanizmus akkor működik, ha minden lépésnek egy felelős szervezete és "
                "határideje van; ahol egyik sem volt, az ügyek elakadtak.",
                nl="Het mechanisme werkt wanneer elke stap één verantwoordelijke organisatie en "
                "een termijn heeft; waar beide ontbraken, liepen de zaken vast.",
                fr="Le mécanisme fonctionne lorsque chaque étape a une organisation responsable et "
                "un délai ; là où ni l'un ni l'autre n'existait, les dossiers se sont enlisés.",
            ),
        ],
        "recommendations": [
            T(
                en="Give every step of the mechanism one responsible organisation and a deadline.",
                hu="A mechanizmus minden lépéséhez egy felelős szervezetet és határidőt kell "
                "rendelni.",
                nl="Geef elke stap van het mechanisme één verantwoordelijke organisatie en een "
                "termijn.",
                fr="Attribuer à chaque étape du mécanisme une organisation responsable et un "
                "délai.",
            ),
            T(
                en="Add labour exploitation to the indicators and to the training manual.",
                hu="A munkacélú kizsákmányolást fel kell venni a jelzők közé és a képzési "
                "kézikönyvbe.",
                nl="Neem arbeidsuitbuiting op in de indicatoren en in de trainingshandleiding.",
                fr="Intégrer l'exploitation par le travail aux indicateurs et au manuel de "
                "formation.",
            ),
        ],
        "materials": [
            ("workshop-3-summary", SUMMARY_TITLE, "report", "en"),
            (
                "trm-draft-slides",
                T(
                    en="The draft mechanism",
                    hu="A mechanizmus tervezete",
                    nl="Het ontwerpmechanisme",
                    fr="Le projet de mécanisme",
                ),
                "slides",
                "en",
            ),
        ],
        "related": [
            (
                "trm",
                T(
                    en="The steps and deadlines of the mechanism",
                    hu="A mechanizmus lépései és határidői",
                    nl="De stappen en termijnen van het mechanisme",
                    fr="Les étapes et délais du mécanisme",
                ),
            )
        ],
    },
    # -- study visit, the Netherlands ------------------------------------------------------
    {
        "key": "study-visit-netherlands",
        "slug": T(
            en="study-visit-netherlands-2015",
            hu="tanulmanyut-hollandia-2015",
            nl="studiebezoek-nederland-2015",
            fr="visite-d-etude-pays-bas-2015",
        ),
        "title": T(
            en="Study visit in the Netherlands: care and shelter in Amsterdam",
            hu="Tanulmányút Hollandiában: ellátás és szállás Amszterdamban",
            nl="Studiebezoek in Nederland: zorg en opvang in Amsterdam",
            fr="Visite d'étude aux Pays-Bas : accompagnement et hébergement à Amsterdam",
        ),
        "summary": T(
            en="The day after the workshop in The Hague, participants visit a shelter and meet "
            "the police in Amsterdam.",
            hu="A hágai szakmai műhely másnapján a résztvevők felkeresnek egy amszterdami "
            "szállást, és találkoznak a rendőrséggel.",
            nl="De dag na de workshop in Den Haag bezoeken de deelnemers een opvang en ontmoeten "
            "zij de politie in Amsterdam.",
            fr="Le lendemain de l'atelier de La Haye, les participants visitent un foyer et "
            "rencontrent la police à Amsterdam.",
        ),
        "type": "study_visit",
        "tz": "Europe/Amsterdam",
        "start": "2015-04-22 10:00",
        "end": "2015-04-22 16:00",
        "venue_name": T(
            en="A shelter for victims of trafficking in Amsterdam",
            hu="Egy amszterdami szállás emberkereskedelmi áldozatok számára",
            nl="Een opvang voor slachtoffers van mensenhandel in Amsterdam",
            fr="Un foyer pour victimes de la traite à Amsterdam",
        ),
        "venue_address": None,
        "city": AMSTERDAM,
        "country": "NL",
        "host": HOST_NL,
        "languages": ["en", "nl"],
        "interpretation": INTERPRETATION_CONSECUTIVE_HU,
        "registration": "invitation",
        "capacity": 20,
        "body": [CONFIDENTIAL_ADDRESS],
        "agenda": [
            (
                "10:00",
                "11:30",
                "site_visit",
                T(
                    en="Care and shelter for victims: a visit",
                    hu="Ellátás és szállás az áldozatoknak: látogatás",
                    nl="Zorg en opvang voor slachtoffers: een bezoek",
                    fr="Accompagnement et hébergement des victimes : une visite",
                ),
                None,
                ["nl-shelter"],
                None,
            ),
            (
                "11:30",
                "12:30",
                "site_visit",
                T(
                    en="Identification during police checks",
                    hu="Azonosítás rendőrségi ellenőrzések során",
                    nl="Identificatie bij politiecontroles",
                    fr="L'identification lors des contrôles de police",
                ),
                None,
                ["nl-police"],
                None,
            ),
            ("12:30", "13:30", "break", LUNCH, None, [], None),
            (
                "13:30",
                "16:00",
                "panel",
                T(
                    en="Return and reintegration in Hungary: working together",
                    hu="Hazatérés és beilleszkedés Magyarországon: közös munka",
                    nl="Terugkeer en re-integratie in Hongarije: samenwerken",
                    fr="Retour et réinsertion en Hongrie : travailler ensemble",
                ),
                None,
                ["nl-shelter", "consular", "hu-victim-support"],
                None,
            ),
        ],
        "outcomes": [
            T(
                en="Dutch and Hungarian professionals compared how they prepare a victim's return "
                "and agreed on what the shelter tells the receiving service before the journey.",
                hu="A holland és a magyar szakemberek összevetették, hogyan készítik fel az "
                "áldozatot a hazatérésre, és megállapodtak abban, mit közöl a szállás a fogadó "
                "szolgálattal az utazás előtt.",
                nl="Nederlandse en Hongaarse professionals vergeleken hoe zij de terugkeer van een "
                "slachtoffer voorbereiden en spraken af wat de opvang vóór de reis aan de "
                "ontvangende organisatie doorgeeft.",
                fr="Des professionnels néerlandais et hongrois ont comparé leur manière de "
                "préparer le retour d'une victime et se sont accordés sur ce que le foyer "
                "communique au service d'accueil avant le voyage.",
            ),
        ],
        "conclusions": [
            T(
                en="Returns go best when the victim has met the receiving service, at least by "
                "video, before leaving.",
                hu="A hazatérés akkor sikerül a legjobban, ha az áldozat indulás előtt – legalább "
                "videón – megismerkedik a fogadó szolgálattal.",
                nl="Een terugkeer verloopt het best wanneer het slachtoffer vóór vertrek kennis "
                "heeft gemaakt met de ontvangende organisatie, al is het via video.",
                fr="Les retours se passent le mieux lorsque la victime a rencontré le service "
                "d'accueil avant son départ, au moins par vidéo.",
            ),
        ],
        "recommendations": [
            T(
                en="Offer every returning victim a video call with the receiving service.",
                hu="Minden hazatérő áldozatnak videóhívást kell felajánlani a fogadó szolgálattal.",
                nl="Bied elk terugkerend slachtoffer een videogesprek met de ontvangende "
                "organisatie aan.",
                fr="Proposer à chaque victime qui rentre un appel vidéo avec le service d'accueil.",
            ),
        ],
        "materials": [("study-visit-nl-notes", NOTES_TITLE, "report", "en")],
        "related": [],
    },
    # -- closing conference ------------------------------------------------------------
    {
        "key": "closing-conference",
        "slug": T(
            en="closing-conference-budapest-2016",
            hu="zarokonferencia-budapest-2016",
            nl="slotconferentie-boedapest-2016",
            fr="conference-de-cloture-budapest-2016",
        ),
        "title": T(
            en="Closing conference: referral of victims across borders",
            hu="Zárókonferencia: az áldozatok határokon átnyúló továbbirányítása",
            nl="Slotconferentie: doorverwijzing van slachtoffers over de grens",
            fr="Conférence de clôture : l'orientation des victimes par-delà les frontières",
        ),
        "summary": T(
            en="Two years of RAVOT-EUR: the transnational referral mechanism, the training "
            "manual and the platform, and how the network goes on after the project.",
            hu="A RAVOT-EUR két éve: a transznacionális áldozatirányítási mechanizmus, a képzési "
            "kézikönyv és a platform, valamint a kapcsolati háló jövője a projekt után.",
            nl="Twee jaar RAVOT-EUR: het transnationale verwijsmechanisme, de "
            "trainingshandleiding en het platform, en hoe het netwerk na het project verdergaat.",
            fr="Deux ans de RAVOT-EUR : le mécanisme transnational d'orientation, le manuel de "
            "formation et la plateforme, et la suite du réseau après le projet.",
        ),
        "type": "conference",
        "tz": "Europe/Budapest",
        "start": "2016-01-20 08:30",
        "end": "2016-01-20 17:00",
        "venue_name": ORG_HU_MINISTRY,
        "venue_address": MINISTRY_ADDRESS,
        "city": BUDAPEST,
        "country": "HU",
        "host": HOST_HU,
        "languages": ["en", "hu", "nl"],
        "interpretation": T(
            en="Simultaneous interpretation between English, Hungarian and Dutch",
            hu="Szinkrontolmácsolás angol, magyar és holland nyelven",
            nl="Simultaanvertaling Engels, Hongaars en Nederlands",
            fr="Interprétation simultanée entre l'anglais, le hongrois et le néerlandais",
        ),
        "registration": "invitation",
        "capacity": 120,
        "body": [
            T(
                en="The closing conference presents what RAVOT-EUR leaves behind: a "
                "transnational referral mechanism between Hungary, Belgium and the Netherlands, "
                "a training manual in four languages, an online platform with an expert forum, "
                "and a network of professionals who know each other.",
                hu="A zárókonferencia bemutatja, mit hagy maga után a RAVOT-EUR: egy "
                "transznacionális áldozatirányítási mechanizmust Magyarország, Belgium és "
                "Hollandia között, egy négynyelvű képzési kézikönyvet, egy szakértői fórummal "
                "kiegészített online platformot, valamint az egymást ismerő szakemberek "
                "kapcsolati hálóját.",
                nl="De slotconferentie laat zien wat RAVOT-EUR nalaat: een transnationaal "
                "verwijsmechanisme tussen Hongarije, België en Nederland, een "
                "trainingshandleiding in vier talen, een online platform met een expertforum en "
                "een netwerk van professionals die elkaar kennen.",
                fr="La conférence de clôture présente ce que laisse RAVOT-EUR : un mécanisme "
                "transnational d'orientation entre la Hongrie, la Belgique et les Pays-Bas, un "
                "manuel de formation en quatre langues, une plateforme en ligne dotée d'un forum "
                "d'experts et un réseau de professionnels qui se connaissent.",
            ),
        ],
        "agenda": [
            ("08:30", "09:00", "break", REGISTRATION_COFFEE, FOYER, [], None),
            (
                "09:00",
                "09:30",
                "talk",
                WELCOME,
                PLENARY,
                ["hu-ministry", "nl-ministry", "payoke"],
                None,
            ),
            (
                "09:30",
                "10:00",
                "talk",
                T(
                    en="The European Union's approach to trafficking in human beings",
                    hu="Az Európai Unió megközelítése az emberkereskedelem terén",
                    nl="De aanpak van mensenhandel door de Europese Unie",
                    fr="L'approche de l'Union européenne en matière de traite des êtres humains",
                ),
                PLENARY,
                ["eu-commission"],
                None,
            ),
            (
                "10:00",
                "10:45",
                "talk",
                T(
                    en="Two years of RAVOT-EUR: results",
                    hu="A RAVOT-EUR két éve: eredmények",
                    nl="Twee jaar RAVOT-EUR: resultaten",
                    fr="Deux ans de RAVOT-EUR : résultats",
                ),
                PLENARY,
                ["hu-ministry"],
                None,
            ),
            ("10:45", "11:15", "break", COFFEE, FOYER, [], None),
            (
                "11:15",
                "12:30",
                "panel",
                T(
                    en="The transnational referral mechanism in practice",
                    hu="A transznacionális áldozatirányítási mechanizmus a gyakorlatban",
                    nl="Het transnationale verwijsmechanisme in de praktijk",
                    fr="Le mécanisme transnational d'orientation en pratique",
                ),
                PLENARY,
                ["hu-police", "nl-police", "payoke", "be-prosecutor"],
                T(
                    en="Police, prosecution and a specialised centre follow one anonymised case "
                    "through the three countries.",
                    hu="A rendőrség, az ügyészség és egy szakosított központ egy anonimizált ügyet "
                    "követ végig a három országon.",
                    nl="Politie, parket en een gespecialiseerd centrum volgen één "
                    "geanonimiseerde zaak door de drie landen.",
                    fr="La police, le parquet et un centre spécialisé suivent un cas anonymisé à "
                    "travers les trois pays.",
                ),
            ),
            ("12:30", "13:30", "break", LUNCH, FOYER, [], None),
            (
                "13:30",
                "14:15",
                "talk",
                T(
                    en="The training manual and the online platform",
                    hu="A képzési kézikönyv és az online platform",
                    nl="De trainingshandleiding en het online platform",
                    fr="Le manuel de formation et la plateforme en ligne",
                ),
                PLENARY,
                ["moderator"],
                None,
            ),
            (
                "14:15",
                "15:15",
                "panel",
                T(
                    en="Victims' voices: what helped and what did not",
                    hu="Az áldozatok hangja: mi segített és mi nem",
                    nl="De stem van slachtoffers: wat hielp en wat niet",
                    fr="La parole des victimes : ce qui a aidé et ce qui n'a pas aidé",
                ),
                PLENARY,
                ["hu-victim-support", "nl-shelter", "payoke"],
                T(
                    en="Experiences that victims agreed to share, told anonymously by the "
                    "professionals who assisted them.",
                    hu="Olyan tapasztalatok, amelyek megosztásához az áldozatok hozzájárultak, "
                    "az őket segítő szakemberek elbeszélésében, névtelenül.",
                    nl="Ervaringen die slachtoffers wilden delen, anoniem verteld door de "
                    "professionals die hen hebben bijgestaan.",
                    fr="Des expériences que des victimes ont accepté de partager, racontées "
                    "anonymement par les professionnels qui les ont accompagnées.",
                ),
            ),
            ("15:15", "15:30", "break", COFFEE, FOYER, [], None),
            (
                "15:30",
                "16:30",
                "panel",
                T(
                    en="After the project: keeping the network alive",
                    hu="A projekt után: hogyan maradjon élő a kapcsolati háló",
                    nl="Na het project: het netwerk levend houden",
                    fr="Après le projet : faire vivre le réseau",
                ),
                PLENARY,
                ["hu-ministry", "nl-ministry", "payoke", "consular"],
                None,
            ),
            (
                "16:30",
                "17:00",
                "talk",
                T(
                    en="Conclusions and closing",
                    hu="Következtetések és zárszó",
                    nl="Conclusies en afsluiting",
                    fr="Conclusions et clôture",
                ),
                PLENARY,
                ["hu-ministry"],
                None,
            ),
        ],
        "outcomes": [
            T(
                en="Over one hundred professionals from the three countries and from other member "
                "states heard the results of the project and discussed how the mechanism works "
                "in practice.",
                hu="A három országból és más tagállamokból érkezett több mint száz szakember "
                "ismerte meg a projekt eredményeit, és vitatta meg, hogyan működik a mechanizmus "
                "a gyakorlatban.",
                nl="Meer dan honderd professionals uit de drie landen en uit andere lidstaten "
                "hoorden de resultaten van het project en bespraken hoe het mechanisme in de "
                "praktijk werkt.",
                fr="Plus d'une centaine de professionnels des trois pays et d'autres États membres "
                "ont pris connaissance des résultats du projet et débattu du fonctionnement du "
                "mécanisme dans la pratique.",
            ),
            T(
                en="The partners presented the final training manual and opened the expert forum "
                "of the platform to vetted professionals.",
                hu="A partnerek bemutatták a képzési kézikönyv végleges változatát, és "
                "megnyitották "
                "a platform szakértői fórumát az ellenőrzött szakemberek előtt.",
                nl="De partners presenteerden de definitieve trainingshandleiding en openden het "
                "expertforum van het platform voor gescreende professionals.",
                fr="Les partenaires ont présenté la version définitive du manuel de formation et "
                "ouvert le forum d'experts de la plateforme aux professionnels dont le profil a "
                "été vérifié.",
            ),
        ],
        "conclusions": [
            T(
                en="Cross-border referral works when professionals know whom to call, act within "
                "agreed deadlines and keep the victim informed at every step. The mechanism and "
                "the network built by RAVOT-EUR make this possible; keeping them up to date is "
                "now the task of the partners.",
                hu="A határokon átnyúló továbbirányítás akkor működik, ha a szakemberek tudják, "
                "kit kell felhívniuk, betartják a közösen vállalt határidőket, és minden lépésről "
                "tájékoztatják az áldozatot. A RAVOT-EUR által kialakított mechanizmus és "
                "kapcsolati háló ezt lehetővé teszi; naprakészen tartásuk mostantól a partnerek "
                "feladata.",
                nl="Grensoverschrijdende doorverwijzing werkt wanneer professionals weten wie ze "
                "moeten bellen, afgesproken termijnen nakomen en het slachtoffer bij elke stap "
                "op de hoogte houden. Het mechanisme en het netwerk van RAVOT-EUR maken dat "
                "mogelijk; ze actueel houden is nu de taak van de partners.",
                fr="L'orientation transfrontalière fonctionne lorsque les professionnels savent "
                "qui appeler, respectent les délais convenus et informent la victime à chaque "
                "étape. Le mécanisme et le réseau construits par RAVOT-EUR le permettent ; les "
                "tenir à jour incombe désormais aux partenaires.",
            ),
        ],
        "recommendations": [
            T(
                en="Keep the list of contact points up to date and check it every six months.",
                hu="A kapcsolattartók listáját naprakészen kell tartani, és félévente felül kell "
                "vizsgálni.",
                nl="Houd de lijst met contactpersonen actueel en controleer haar elk half jaar.",
                fr="Tenir à jour la liste des points de contact et la vérifier tous les six mois.",
            ),
            T(
                en="Use the training manual in the basic training of police officers, labour "
                "inspectors and social workers.",
                hu="A képzési kézikönyvet be kell építeni a rendőrök, a munkaügyi felügyelők és a "
                "szociális munkások alapképzésébe.",
                nl="Gebruik de trainingshandleiding in de basisopleiding van politiemensen, "
                "arbeidsinspecteurs en maatschappelijk werkers.",
                fr="Utiliser le manuel de formation dans la formation initiale des policiers, des "
                "inspecteurs du travail et des travailleurs sociaux.",
            ),
            T(
                en="Extend the mechanism to other member states on the same routes.",
                hu="A mechanizmust ki kell terjeszteni az ugyanazokon az útvonalakon fekvő más "
                "tagállamokra is.",
                nl="Breid het mechanisme uit naar andere lidstaten op dezelfde routes.",
                fr="Étendre le mécanisme à d'autres États membres situés sur les mêmes routes.",
            ),
        ],
        "materials": [
            ("closing-programme", PROGRAMME_TITLE, "handout", "en"),
            (
                "closing-conclusions",
                T(
                    en="Conclusions of the conference",
                    hu="A konferencia következtetései",
                    nl="Conclusies van de conferentie",
                    fr="Conclusions de la conférence",
                ),
                "report",
                "en",
            ),
            (
                "results-slides",
                T(
                    en="Results of the project",
                    hu="A projekt eredményei",
                    nl="Resultaten van het project",
                    fr="Résultats du projet",
                ),
                "slides",
                "en",
            ),
        ],
        "related": [
            ("trm", None),
            ("get-involved", None),
        ],
    },
]

# ---------------------------------------------------------------------------
# The upcoming event: dated relative to the day the demo is seeded
# ---------------------------------------------------------------------------

UPCOMING = {
    "key": "online-refresher",
    "slug": T(
        en="online-refresher-referral-across-borders",
        hu="online-ismetlo-kepzes-hatarokon-atnyulo-tovabbiranyitas",
        nl="online-opfriscursus-grensoverschrijdende-doorverwijzing",
        fr="remise-a-niveau-en-ligne-orientation-transfrontaliere",
    ),
    "title": T(
        en="Online refresher: referring victims across borders",
        hu="Online ismétlő képzés: az áldozatok határokon átnyúló továbbirányítása",
        nl="Online opfriscursus: slachtoffers over de grens doorverwijzen",
        fr="Remise à niveau en ligne : orienter les victimes par-delà les frontières",
    ),
    "summary": T(
        en="A two-hour webinar for professionals who identify, assist or refer victims: the "
        "steps of the transnational referral mechanism and questions from practice.",
        hu="Kétórás webinárium az áldozatokat azonosító, segítő vagy továbbirányító "
        "szakembereknek: a transznacionális áldozatirányítási mechanizmus lépései és "
        "gyakorlati kérdések.",
        nl="Een webinar van twee uur voor professionals die slachtoffers identificeren, bijstaan "
        "of doorverwijzen: de stappen van het transnationale verwijsmechanisme en vragen uit de "
        "praktijk.",
        fr="Un webinaire de deux heures pour les professionnels qui identifient, assistent ou "
        "orientent des victimes : les étapes du mécanisme transnational d'orientation et des "
        "questions de terrain.",
    ),
    "type": "webinar",
    "tz": "Europe/Brussels",
    "days_ahead": 45,
    "start_time": "10:00",
    "end_time": "12:00",
    "host": ORG_PROJECT_TEAM,
    "languages": ["en"],
    "registration": "open",
    "deadline_days_before": 3,
    "capacity": 100,
    "registration_details": [
        T(
            en="Open to professionals who identify, assist or refer victims of trafficking. "
            "Write to the project team at the address at the bottom of this page; you will "
            "receive the link to the online meeting the day before.",
            hu="Az emberkereskedelem áldozatait azonosító, segítő vagy továbbirányító szakemberek "
            "jelentkezését várjuk. Írjon a projektcsapatnak az oldal alján található címre; az "
            "online megbeszélés linkjét az előző napon küldjük el.",
            nl="Open voor professionals die slachtoffers van mensenhandel identificeren, bijstaan "
            "of doorverwijzen. Schrijf het projectteam op het adres onderaan deze pagina; u "
            "ontvangt de link naar de online bijeenkomst de dag ervoor.",
            fr="Ouvert aux professionnels qui identifient, assistent ou orientent des victimes de "
            "la traite. Écrivez à l'équipe du projet à l'adresse figurant au bas de cette page ; "
            "vous recevrez le lien de la réunion en ligne la veille.",
        ),
    ],
    "body": [
        T(
            en="The referral of victims between Hungary, Belgium and the Netherlands depends on "
            "professionals who know the steps and each other. This "
            "webinar goes through the mechanism step by step and leaves most of the time for "
            "your questions.",
            hu="Az áldozatok továbbirányítása Magyarország, Belgium és Hollandia között azokon a "
            "szakembereken múlik, akik ismerik a lépéseket és egymást. A "
            "webinárium lépésről lépésre végigveszi a mechanizmust, és az idő nagy részét az Ön "
            "kérdéseinek szenteli.",
            nl="De doorverwijzing van slachtoffers tussen Hongarije, België en Nederland hangt af "
            "van professionals die de stappen en elkaar kennen. Dit "
            "webinar loopt het mechanisme stap voor stap door en laat de meeste tijd over voor "
            "uw vragen.",
            fr="L'orientation des victimes entre la Hongrie, la Belgique et les Pays-Bas dépend de "
            "professionnels qui connaissent les étapes et se "
            "connaissent entre eux. Ce webinaire parcourt le mécanisme étape par étape et laisse "
            "l'essentiel du temps à vos questions.",
        ),
    ],
    "agenda": [
        ("10:00", "10:10", "talk", WELCOME, None, ["moderator"], None),
        (
            "10:10",
            "11:00",
            "talk",
            T(
                en="The mechanism step by step",
                hu="A mechanizmus lépésről lépésre",
                nl="Het mechanisme stap voor stap",
                fr="Le mécanisme étape par étape",
            ),
            None,
            ["moderator"],
            None,
        ),
        (
            "11:00",
            "11:50",
            "panel",
            T(
                en="Questions from practice",
                hu="Kérdések a gyakorlatból",
                nl="Vragen uit de praktijk",
                fr="Questions de terrain",
            ),
            None,
            ["payoke", "hu-victim-support"],
            None,
        ),
        ("11:50", "12:00", "talk", CLOSING, None, ["moderator"], None),
    ],
}
