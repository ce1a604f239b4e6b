"""The demo manual: parts and chapters.

Pure data. Titles, introductions, headings and indicator lists are given in the four
languages (T); the running text of the chapters is English, and stays English in the
translations until translators take it on in wagtail-localize. In text,
`[[key|words]]` marks words as the glossary term `key` (see glossary.py), and
<b>, <i> are the only markup.
"""

from datetime import date

from home.demo.text import T

REVIEWED = date(2015, 11, 30)

INDEX = {
    "slug": T(en="manual", hu="kezikonyv", nl="handleiding", fr="manuel"),
    "title": T(
        en="Training manual",
        hu="Képzési kézikönyv",
        nl="Trainingshandleiding",
        fr="Manuel de formation",
    ),
    "summary": T(
        en="How to identify, assist and refer victims of trafficking in human beings between "
        "Hungary, Belgium and the Netherlands.",
        hu="Hogyan azonosítsuk, segítsük és irányítsuk tovább az emberkereskedelem áldozatait "
        "Magyarország, Belgium és Hollandia között.",
        nl="Hoe slachtoffers van mensenhandel tussen Hongarije, België en Nederland te "
        "identificeren, bij te staan en door te verwijzen.",
        fr="Comment identifier, assister et orienter les victimes de la traite des êtres "
        "humains entre la Hongrie, la Belgique et les Pays-Bas.",
    ),
    "intro": T(
        en="This manual is written for the professionals who meet victims of trafficking "
        "first: police officers, labour inspectors, social workers, health staff, consular "
        "officials and the staff of assisting organisations. It follows a victim's path from "
        "the first signs of exploitation to safe return or a new start, and explains how "
        "partners in three countries hand over a case without losing the person.",
        hu="Ez a kézikönyv azoknak a szakembereknek szól, akik elsőként találkoznak az "
        "emberkereskedelem áldozataival: rendőröknek, munkaügyi ellenőröknek, szociális "
        "munkásoknak, egészségügyi dolgozóknak, konzuli tisztviselőknek és a segítő "
        "szervezetek munkatársainak. Végigköveti az áldozat útját a kizsákmányolás első "
        "jeleitől a biztonságos hazatérésig vagy az új kezdetig, és bemutatja, hogyan adhatják "
        "át egymásnak az ügyet három ország partnerei úgy, hogy az érintett ne maradjon "
        "magára.",
        nl="Deze handleiding is geschreven voor de professionals die slachtoffers van "
        "mensenhandel als eersten tegenkomen: politieagenten, arbeidsinspecteurs, "
        "maatschappelijk werkers, medisch personeel, consulaire medewerkers en medewerkers "
        "van hulporganisaties. Zij volgt de weg van een slachtoffer van de eerste signalen van "
        "uitbuiting tot een veilige terugkeer of een nieuwe start, en legt uit hoe partners in "
        "drie landen een zaak aan elkaar overdragen zonder de persoon uit het oog te "
        "verliezen.",
        fr="Ce manuel s'adresse aux professionnels qui rencontrent les premiers les victimes de "
        "la traite : policiers, inspecteurs du travail, travailleurs sociaux, personnel de "
        "santé, agents consulaires et personnel des organisations d'assistance. Il suit le "
        "parcours de la victime, des premiers signes d'exploitation jusqu'au retour en "
        "sécurité ou à un nouveau départ, et explique comment des partenaires de trois pays "
        "se transmettent un dossier sans perdre la personne de vue.",
    ),
}

GLOSSARY_PAGE = {
    "slug": T(en="glossary", hu="fogalomtar", nl="woordenlijst", fr="glossaire"),
    "title": T(en="Glossary", hu="Fogalomtár", nl="Woordenlijst", fr="Glossaire"),
    "intro": T(
        en="The terms used in this manual, with their definitions. The same terms are used in "
        "all four language versions, so that professionals from different countries can be "
        "sure they mean the same thing.",
        hu="A kézikönyvben használt fogalmak és meghatározásaik. Mind a négy nyelvi változat "
        "ugyanezeket a fogalmakat használja, hogy a különböző országok szakemberei biztosak "
        "lehessenek abban, hogy ugyanarról beszélnek.",
        nl="De begrippen die in deze handleiding worden gebruikt, met hun definities. Alle vier "
        "de taalversies gebruiken dezelfde begrippen, zodat professionals uit verschillende "
        "landen zeker weten dat zij hetzelfde bedoelen.",
        fr="Les termes employés dans ce manuel, avec leur définition. Les quatre versions "
        "linguistiques utilisent les mêmes termes, afin que les professionnels de pays "
        "différents soient sûrs de parler de la même chose.",
    ),
}


def _indicator(en, hu, nl, fr):
    return T(en=en, hu=hu, nl=nl, fr=fr)


GENERAL_INDICATORS = [
    _indicator(
        "Does not have their own identity or travel documents; someone else keeps them",
        "Nincsenek nála a saját személyazonosító vagy úti okmányai; azokat más tartja magánál",
        "Heeft de eigen identiteits- of reisdocumenten niet; iemand anders bewaart ze",
        "N'a pas ses propres papiers d'identité ou de voyage ; quelqu'un d'autre les garde",
    ),
    _indicator(
        "Cannot move freely, or is always accompanied by someone who speaks for them",
        "Nem mozoghat szabadon, vagy mindig elkíséri valaki, aki helyette beszél",
        "Kan zich niet vrij bewegen of wordt steeds begeleid door iemand die het woord voor "
        "hem of haar doet",
        "Ne peut pas se déplacer librement ou est toujours accompagné(e) d'une personne qui "
        "parle à sa place",
    ),
    _indicator(
        "Owes a debt to the people who arranged the journey, the work or the housing",
        "Tartozik azoknak, akik az utazást, a munkát vagy a szállást intézték",
        "Heeft een schuld bij degenen die de reis, het werk of de huisvesting hebben geregeld",
        "A une dette envers ceux qui ont organisé le voyage, le travail ou le logement",
    ),
    _indicator(
        "Shows signs of fear, anxiety or injuries and avoids explaining them",
        "Félelem, szorongás vagy sérülések jeleit mutatja, és kerüli ezek magyarázatát",
        "Vertoont tekenen van angst, spanning of verwondingen en vermijdt uitleg daarover",
        "Montre des signes de peur, d'anxiété ou des blessures et évite de les expliquer",
    ),
    _indicator(
        "Does not know the address where they live or work, or the language of the country",
        "Nem ismeri lakó- vagy munkahelye címét, illetve az ország nyelvét",
        "Kent het adres van de woon- of werkplek niet, of de taal van het land",
        "Ne connaît pas l'adresse de son logement ou de son lieu de travail, ni la langue du pays",
    ),
    _indicator(
        "Has been told that the authorities will arrest or deport them if they ask for help",
        "Azt mondták neki, hogy a hatóságok letartóztatják vagy kiutasítják, ha segítséget kér",
        "Heeft te horen gekregen dat de autoriteiten hem of haar zullen oppakken of uitzetten "
        "bij een hulpvraag",
        "S'est entendu dire que les autorités l'arrêteront ou l'expulseront s'il ou elle "
        "demande de l'aide",
    ),
]

LABOUR_INDICATORS = [
    _indicator(
        "Works very long hours, with few or no days off",
        "Nagyon hosszú ideig dolgozik, kevés vagy semmi szabadnappal",
        "Werkt zeer lange dagen, met weinig of geen vrije dagen",
        "Travaille de très longues heures, avec peu ou pas de jours de repos",
    ),
    _indicator(
        "Receives no wages, far less than agreed, or has most of the pay deducted for housing, "
        "transport or 'fees'",
        "Nem kap bért, a megállapodottnál jóval kevesebbet kap, vagy bérének nagy részét "
        "levonják a szállásért, az utazásért vagy „díjak” címén",
        "Krijgt geen loon, veel minder dan afgesproken, of het grootste deel wordt ingehouden "
        "voor huisvesting, vervoer of 'kosten'",
        "Ne reçoit pas de salaire, beaucoup moins que convenu, ou voit la plus grande partie "
        "retenue pour le logement, le transport ou des « frais »",
    ),
    _indicator(
        "Lives at the workplace or in overcrowded housing provided by the employer",
        "A munkahelyén vagy a munkáltató által biztosított zsúfolt szálláson lakik",
        "Woont op de werkplek of in overvolle huisvesting van de werkgever",
        "Vit sur le lieu de travail ou dans un logement surpeuplé fourni par l'employeur",
    ),
    _indicator(
        "Has no contract, or signed a contract in a language they do not understand",
        "Nincs munkaszerződése, vagy olyan nyelven írt alá szerződést, amelyet nem ért",
        "Heeft geen contract, of heeft een contract getekend in een taal die hij of zij niet "
        "begrijpt",
        "N'a pas de contrat ou a signé un contrat dans une langue qu'il ou elle ne comprend pas",
    ),
    _indicator(
        "Lacks protective equipment or training for dangerous work",
        "Veszélyes munkát végez védőfelszerelés vagy betanítás nélkül",
        "Heeft geen beschermingsmiddelen of opleiding voor gevaarlijk werk",
        "Ne dispose ni d'équipement de protection ni de formation pour un travail dangereux",
    ),
    _indicator(
        "Is transported to and from work by the employer or an intermediary, often in groups",
        "A munkáltató vagy egy közvetítő szállítja munkába és vissza, gyakran csoportosan",
        "Wordt door de werkgever of een tussenpersoon van en naar het werk vervoerd, vaak in "
        "groepen",
        "Est conduit(e) au travail et ramené(e) par l'employeur ou un intermédiaire, souvent "
        "en groupe",
    ),
]

SEXUAL_INDICATORS = [
    _indicator(
        "Hands over most or all of the money earned to someone else",
        "A megkeresett pénz nagy részét vagy egészét másnak adja át",
        "Staat het grootste deel of al het verdiende geld af aan iemand anders",
        "Remet la plus grande partie ou la totalité de l'argent gagné à quelqu'un d'autre",
    ),
    _indicator(
        "Cannot refuse clients or particular practices, or must work while ill or pregnant",
        "Nem utasíthat vissza ügyfeleket vagy bizonyos szexuális gyakorlatokat, vagy betegen, "
        "terhesen is dolgoznia kell",
        "Kan klanten of bepaalde handelingen niet weigeren, of moet ziek of zwanger werken",
        "Ne peut refuser ni clients ni certaines pratiques, ou doit travailler malade ou enceinte",
    ),
    _indicator(
        "Is moved frequently between cities, clubs or countries",
        "Gyakran költöztetik városok, klubok vagy országok között",
        "Wordt vaak verplaatst tussen steden, clubs of landen",
        "Est fréquemment déplacé(e) d'une ville, d'un club ou d'un pays à l'autre",
    ),
    _indicator(
        "Advertisements for their services are placed and answered by someone else",
        "A szolgáltatásairól szóló hirdetéseket valaki más adja fel és kezeli",
        "Advertenties voor de diensten worden door iemand anders geplaatst en beantwoord",
        "Les annonces pour ses services sont publiées et gérées par quelqu'un d'autre",
    ),
    _indicator(
        "Is in a relationship with a partner who arranges and controls the work",
        "Olyan partnerrel él kapcsolatban, aki szervezi és ellenőrzi a munkáját",
        "Heeft een relatie met een partner die het werk regelt en controleert",
        "Vit une relation avec un partenaire qui organise et contrôle son activité",
    ),
]

CRIMINALITY_INDICATORS = [
    _indicator(
        "Commits petty offences, such as pickpocketing or shoplifting, in a group directed by "
        "adults",
        "Felnőttek által irányított csoportban kisebb bűncselekményeket, például zsebtolvajlást "
        "vagy bolti lopást követ el",
        "Pleegt kleine delicten, zoals zakkenrollen of winkeldiefstal, in een groep die door "
        "volwassenen wordt aangestuurd",
        "Commet de petits délits, comme le vol à la tire ou à l'étalage, au sein d'un groupe "
        "dirigé par des adultes",
    ),
    _indicator(
        "Is found looking after a cannabis plantation, often locked in and living on site",
        "Kannabiszültetvény gondozása közben találják, gyakran bezárva, a helyszínen lakva",
        "Wordt aangetroffen bij het verzorgen van een hennepkwekerij, vaak opgesloten en "
        "wonend op de locatie",
        "Est trouvé(e) en train de s'occuper d'une plantation de cannabis, souvent enfermé(e) "
        "et logé(e) sur place",
    ),
    _indicator(
        "Must hand over the proceeds and meet a daily quota",
        "Át kell adnia a bevételt, és napi „normát” kell teljesítenie",
        "Moet de opbrengst afstaan en een dagelijks quotum halen",
        "Doit remettre le produit de ses actes et atteindre un quota quotidien",
    ),
    _indicator(
        "Bank accounts, loans or benefits have been opened in their name and are used by others",
        "Nevére bankszámlát, kölcsönt vagy ellátást nyitottak, amelyet mások használnak",
        "Op zijn of haar naam zijn bankrekeningen, leningen of uitkeringen aangevraagd die "
        "door anderen worden gebruikt",
        "Des comptes bancaires, des prêts ou des prestations ont été ouverts à son nom et sont "
        "utilisés par d'autres",
    ),
]

CHILD_INDICATORS = [
    _indicator(
        "Travels without a parent or with an adult who is not their legal guardian",
        "Szülő nélkül, vagy olyan felnőttel utazik, aki nem a törvényes képviselője",
        "Reist zonder ouder of met een volwassene die niet de wettelijke vertegenwoordiger is",
        "Voyage sans parent ou avec un adulte qui n'est pas son représentant légal",
    ),
    _indicator(
        "Does not go to school, or has gone missing from care",
        "Nem jár iskolába, vagy eltűnt a gyermekvédelmi gondoskodásból",
        "Gaat niet naar school of is verdwenen uit de jeugdzorg",
        "Ne va pas à l'école ou a disparu d'un lieu de placement",
    ),
    _indicator(
        "Has more money, clothes or telephones than their situation explains",
        "Több pénze, ruhája vagy telefonja van, mint amit helyzete indokol",
        "Heeft meer geld, kleding of telefoons dan de situatie verklaart",
        "Possède plus d'argent, de vêtements ou de téléphones que sa situation ne l'explique",
    ),
    _indicator(
        "Is begging, selling goods or working in the street at night",
        "Éjszaka az utcán koldul, árusít vagy dolgozik",
        "Bedelt, verkoopt spullen of werkt 's nachts op straat",
        "Mendie, vend des objets ou travaille dans la rue la nuit",
    ),
    _indicator(
        "Has an older 'boyfriend' or 'girlfriend' who gives presents and isolates them from "
        "family and friends",
        "Van egy idősebb „barátja” vagy „barátnője”, aki ajándékokkal halmozza el, és "
        "elszigeteli a családjától és barátaitól",
        "Heeft een oudere 'vriend' of 'vriendin' die cadeaus geeft en hem of haar isoleert van "
        "familie en vrienden",
        "A un « petit ami » ou une « petite amie » plus âgé(e) qui lui fait des cadeaux et "
        "l'isole de sa famille et de ses amis",
    ),
]


def _h(en, hu, nl, fr):
    return ("heading", T(en=en, hu=hu, nl=nl, fr=fr))


CHAPTER_IDENTIFICATION = {
    "slug": T(
        en="identifying-victims",
        hu="aldozatok-azonositasa",
        nl="slachtoffers-herkennen",
        fr="identifier-les-victimes",
    ),
    "title": T(
        en="Identifying victims",
        hu="Az áldozatok azonosítása",
        nl="Slachtoffers herkennen",
        fr="Identifier les victimes",
    ),
    "intro": T(
        en="Most victims of trafficking do not introduce themselves as victims. This chapter "
        "explains who may identify a victim, which signs should make a professional look "
        "further, and what to do when those signs are there.",
        hu="Az emberkereskedelem áldozatai többnyire nem mutatkoznak be áldozatként. Ez a "
        "fejezet bemutatja, ki azonosíthat áldozatot, milyen jelek esetén kell a szakembernek "
        "alaposabban utánajárnia, és mi a teendő, ha ezek a jelek fennállnak.",
        nl="De meeste slachtoffers van mensenhandel stellen zich niet voor als slachtoffer. "
        "Dit hoofdstuk legt uit wie een slachtoffer kan identificeren, welke signalen een "
        "professional moeten aanzetten tot verder kijken en wat te doen als die signalen er "
        "zijn.",
        fr="La plupart des victimes de la traite ne se présentent pas comme victimes. Ce "
        "chapitre explique qui peut identifier une victime, quels signes doivent inciter un "
        "professionnel à approfondir et que faire lorsque ces signes sont présents.",
    ),
    "body": [
        _h(
            "Why identification matters",
            "Miért fontos az azonosítás?",
            "Waarom identificatie belangrijk is",
            "Pourquoi l'identification est importante",
        ),
        (
            "text",
            [
                "Every right that a victim has, from shelter and medical care to a "
                "[[reflection-and-recovery-period|reflection period]] and protection from "
                "prosecution, depends on someone recognising that the person may be a "
                "[[victim-of-trafficking|victim of trafficking]]. A person who is not "
                "identified is usually treated as an irregular migrant, an offender or a "
                "difficult client, and returns to the people who exploit them.",
                "[[victim-identification|Identification]] is not an investigation and does "
                "not require proof. It is enough that there are reasonable grounds to believe "
                "that the person is a victim: from that moment they are a "
                "[[presumed-victim|presumed victim]] and must be referred to assistance.",
            ],
        ),
        _h(
            "Who can identify a victim",
            "Ki azonosíthat áldozatot?",
            "Wie een slachtoffer kan identificeren",
            "Qui peut identifier une victime",
        ),
        (
            "text",
            [
                "Formal identification is done by the authorities each country designates, "
                "but the first signs are usually noticed by a [[first-line-professional|"
                "first-line professional]]: a labour inspector on a building site, a nurse in "
                "an emergency department, a teacher, a border guard or a consular officer "
                "who issues an emergency travel document.",
            ],
        ),
        (
            "list",
            [
                "In Hungary, a government decree lists the bodies that must identify victims, "
                "among them the police, the immigration authority, consular services, child "
                "protection and family support services, and the victim support service.",
                "In Belgium, identification is done by the police and the labour inspection "
                "services, who refer presumed victims to one of the three specialised "
                "centres.",
                "In the Netherlands, the police, the Royal Netherlands Marechaussee and the "
                "Labour Inspectorate identify victims; any professional can report a presumed "
                "victim to the national coordination centre, CoMensha.",
            ],
        ),
        (
            "indicators",
            {
                "title": T(
                    en="General indicators",
                    hu="Általános jelek",
                    nl="Algemene signalen",
                    fr="Indicateurs généraux",
                ),
                "intro": T(
                    en="No single indicator proves trafficking, and a victim may show none of "
                    "them. Tick what you observe and look at the whole picture.",
                    hu="Egyetlen jel sem bizonyítja önmagában az emberkereskedelmet, és "
                    "előfordulhat, hogy az áldozaton egyik jel sem látszik. Jelölje be, amit "
                    "tapasztal, és nézze a teljes képet.",
                    nl="Geen enkel signaal bewijst mensenhandel, en een slachtoffer kan ook "
                    "geen enkel signaal vertonen. Vink aan wat u waarneemt en kijk naar het "
                    "geheel.",
                    fr="Aucun indicateur ne prouve à lui seul la traite, et une victime peut "
                    "n'en présenter aucun. Cochez ce que vous observez et considérez "
                    "l'ensemble de la situation.",
                ),
                "groups": [("general", GENERAL_INDICATORS)],
            },
        ),
        (
            "indicators",
            {
                "title": T(
                    en="Indicators by form of exploitation",
                    hu="Jelek a kizsákmányolás formája szerint",
                    nl="Signalen per vorm van uitbuiting",
                    fr="Indicateurs selon la forme d'exploitation",
                ),
                "intro": T(
                    en="These signs point to a particular form of exploitation. One person "
                    "may be exploited in more than one way.",
                    hu="Ezek a jelek a kizsákmányolás egy-egy formájára utalnak. Ugyanazt a "
                    "személyt többféleképpen is kizsákmányolhatják.",
                    nl="Deze signalen wijzen op een bepaalde vorm van uitbuiting. Eén persoon "
                    "kan op meer dan één manier worden uitgebuit.",
                    fr="Ces signes orientent vers une forme particulière d'exploitation. Une "
                    "même personne peut être exploitée de plusieurs manières.",
                ),
                "groups": [
                    ("labour", LABOUR_INDICATORS),
                    ("sexual", SEXUAL_INDICATORS),
                    ("criminality", CRIMINALITY_INDICATORS),
                ],
            },
        ),
        (
            "warning",
            {
                "title": "Do not confront the suspected exploiter",
                "text": [
                    "Never ask about exploitation in front of the person who accompanies the "
                    "presumed victim, and do not let that person interpret. Find a reason to "
                    "speak to the presumed victim alone, and think about their safety after "
                    "the conversation before you think about evidence."
                ],
            },
        ),
        _h(
            "When you see the signs",
            "Ha észleli a jeleket",
            "Als u de signalen ziet",
            "Lorsque vous constatez les signes",
        ),
        (
            "list",
            [
                "Make sure the person is safe now, and call the emergency number 112 if they "
                "are in immediate danger.",
                "Offer a private conversation with a qualified [[interpreter|interpreter]] who "
                "has no link to the person's community.",
                "Explain, in words the person understands, what help is available and that "
                "accepting it does not oblige them to report to the police.",
                "With the person's [[informed-consent|informed consent]], contact the "
                "organisation responsible for [[referral|referral]] in your country, and "
                "record what you observed, not what you concluded.",
            ],
        ),
        (
            "tip",
            {
                "title": "Ask about work, not about trafficking",
                "text": [
                    "Questions such as 'Can you leave your job if you want to?', 'Who keeps "
                    "your passport?' or 'How much of what you earn do you keep?' tell you "
                    "more than asking whether someone is a victim, a word many victims "
                    "reject."
                ],
            },
        ),
    ],
    "sections": [
        {
            "slug": T(
                en="child-victims",
                hu="gyermekaldozatok",
                nl="minderjarige-slachtoffers",
                fr="enfants-victimes",
            ),
            "title": T(
                en="Identifying child victims",
                hu="A gyermekáldozatok azonosítása",
                nl="Minderjarige slachtoffers herkennen",
                fr="Identifier les enfants victimes",
            ),
            "intro": T(
                en="Children are trafficked for sexual exploitation, forced begging, forced "
                "criminality and labour. For a child, consent is irrelevant and no coercion "
                "needs to be shown: exploitation is enough.",
                hu="A gyermekeket szexuális kizsákmányolás, kényszerkoldultatás, "
                "bűncselekmények elkövetésére kényszerítés és munka céljából is "
                "áldozattá teszik. Gyermek esetében a beleegyezés nem számít, és "
                "kényszerítést sem kell bizonyítani: elég a kizsákmányolás.",
                nl="Kinderen worden verhandeld voor seksuele uitbuiting, gedwongen bedelarij, "
                "gedwongen criminaliteit en arbeid. Bij een kind doet toestemming niet ter "
                "zake en hoeft geen dwang te worden aangetoond: uitbuiting is voldoende.",
                fr="Les enfants sont victimes de la traite à des fins d'exploitation "
                "sexuelle, de mendicité forcée, de criminalité forcée et de travail. Pour un "
                "enfant, le consentement est indifférent et aucune contrainte ne doit être "
                "démontrée : l'exploitation suffit.",
            ),
            "body": [
                (
                    "indicators",
                    {
                        "title": T(
                            en="Indicators concerning children",
                            hu="Gyermekekre vonatkozó jelek",
                            nl="Signalen bij kinderen",
                            fr="Indicateurs concernant les enfants",
                        ),
                        "intro": T(
                            en="Use these together with the general indicators. If you are "
                            "unsure whether the person is under 18, treat them as a child.",
                            hu="Ezeket az általános jelekkel együtt használja. Ha nem biztos "
                            "abban, hogy az érintett 18 év alatti-e, kezelje gyermekként.",
                            nl="Gebruik deze samen met de algemene signalen. Twijfelt u of de "
                            "persoon jonger is dan 18, behandel hem of haar dan als kind.",
                            fr="Utilisez-les avec les indicateurs généraux. En cas de doute "
                            "sur l'âge de la personne, traitez-la comme un enfant.",
                        ),
                        "groups": [("child", CHILD_INDICATORS)],
                    },
                ),
                _h(
                    "What is different with children",
                    "Miben más a gyermekek esete?",
                    "Wat anders is bij kinderen",
                    "Ce qui change avec les enfants",
                ),
                (
                    "text",
                    [
                        "A [[child-victim|child victim]] must be protected immediately, "
                        "before their age or identity is established. Child protection "
                        "services take the lead, and an [[unaccompanied-minor|unaccompanied "
                        "child]] is given a [[guardian|guardian]] without delay.",
                        "Children exploited in crime are often arrested before anyone asks "
                        "who sends them out. Ask who takes the money, where the child sleeps "
                        "and who brought them into the country.",
                    ],
                ),
                (
                    "warning",
                    {
                        "title": "Family members may be involved",
                        "text": [
                            "Do not return a child to the person who claims to be a parent or "
                            "relative until child protection services have checked the "
                            "relationship and assessed the risk."
                        ],
                    },
                ),
            ],
        },
    ],
}

CHAPTER_FIRST_CONTACT = {
    "slug": T(
        en="first-contact-and-interviews",
        hu="elso-kapcsolatfelvetel-es-meghallgatas",
        nl="eerste-contact-en-gesprekken",
        fr="premier-contact-et-entretiens",
    ),
    "title": T(
        en="First contact and interviewing with interpreters",
        hu="Első kapcsolatfelvétel és meghallgatás tolmács segítségével",
        nl="Eerste contact en gesprekken met tolken",
        fr="Premier contact et entretiens avec interprète",
    ),
    "intro": T(
        en="The first conversation decides whether a victim accepts help. This chapter covers "
        "how to prepare it, how to work with an interpreter, and how to ask questions without "
        "harming the person or a later criminal case.",
        hu="Az első beszélgetésen múlik, hogy az áldozat elfogadja-e a segítséget. Ez a fejezet "
        "azt mutatja be, hogyan készüljünk fel rá, hogyan dolgozzunk tolmáccsal, és hogyan "
        "kérdezzünk úgy, hogy ne ártsunk sem az érintettnek, sem egy későbbi "
        "büntetőeljárásnak.",
        nl="Het eerste gesprek bepaalt of een slachtoffer hulp aanvaardt. Dit hoofdstuk gaat "
        "over de voorbereiding ervan, over het werken met een tolk en over vragen stellen "
        "zonder de persoon of een latere strafzaak te schaden.",
        fr="Le premier entretien détermine si la victime accepte de l'aide. Ce chapitre "
        "explique comment le préparer, comment travailler avec un interprète et comment poser "
        "des questions sans nuire à la personne ni à une future procédure pénale.",
    ),
    "body": [
        _h(
            "Before the conversation",
            "A beszélgetés előtt",
            "Voor het gesprek",
            "Avant l'entretien",
        ),
        (
            "list",
            [
                "Choose a quiet room where the person cannot be overheard and can see the door.",
                "Ask which language the person prefers, and whether they would rather speak "
                "with a woman or a man.",
                "Book a professional interpreter; never use the person's employer, partner, "
                "fellow workers or children.",
                "Plan enough time, breaks, something to drink and, if needed, a meal.",
            ],
        ),
        _h(
            "Working with an interpreter",
            "Munka tolmáccsal",
            "Werken met een tolk",
            "Travailler avec un interprète",
        ),
        (
            "text",
            [
                "Brief the [[interpreter|interpreter]] beforehand about the subject, without "
                "details that identify the person, and check that they do not know the "
                "person or their community. Ask the interpreter to translate everything in "
                "the first person and to tell you when a word has no equivalent.",
                "Speak to the person, not to the interpreter, in short sentences. Where "
                "cultural misunderstandings are likely, a [[cultural-mediator|cultural "
                "mediator]] can help both sides, but the mediator does not take decisions "
                "or speak for the victim.",
            ],
        ),
        (
            "tip",
            {
                "title": "Remote interpreting",
                "text": [
                    "If no interpreter is available in person, telephone or video "
                    "interpreting is better than a volunteer from the person's circle. Test "
                    "the connection first and make sure no one else is in the "
                    "interpreter's room."
                ],
            },
        ),
        _h(
            "Asking questions",
            "Kérdezés",
            "Vragen stellen",
            "Poser des questions",
        ),
        (
            "text",
            [
                "Take a [[trauma-informed-approach|trauma-informed approach]]: trauma affects "
                "memory, so victims may tell their story in fragments, contradict themselves "
                "or leave out what shames them most. This is not a sign of lying. Let the "
                "person set the pace, explain why you ask each question, and do not press "
                "for details that are not needed for the decision at hand.",
                "If a criminal case is possible, avoid leading questions and record answers "
                "in the person's own words. Every additional interview increases the risk "
                "of [[secondary-victimisation|secondary victimisation]], so agree with the "
                "police and prosecution who asks what, and when.",
            ],
        ),
        (
            "case",
            {
                "title": "A worker who said he was fine",
                "country": "BE",
                "text": [
                    "During a labour inspection at a car wash, an inspector spoke to a young "
                    "man who said that he was happy with his job. The owner translated. The "
                    "inspector returned two days later with an interpreter and spoke to the "
                    "man alone: he had worked seven days a week for months, slept in a room "
                    "behind the car wash and had never been paid, because he still owed the "
                    "cost of his journey."
                ],
                "questions": [
                    "What should the inspector have done differently during the first visit?",
                    "Which indicators were present, and which could only be seen later?",
                    "Who should the inspector contact next, and with what information?",
                ],
                "source": "Composite case prepared for training; it describes no real person.",
            },
        ),
    ],
}

CHAPTER_ASSISTANCE = {
    "slug": T(
        en="assistance-and-shelter",
        hu="segitsegnyujtas-es-elhelyezes",
        nl="bijstand-en-opvang",
        fr="assistance-et-hebergement",
    ),
    "title": T(
        en="Assistance and shelter",
        hu="Segítségnyújtás és elhelyezés",
        nl="Bijstand en opvang",
        fr="Assistance et hébergement",
    ),
    "intro": T(
        en="Victims are entitled to assistance as soon as there are reasonable grounds to "
        "believe that they have been trafficked, whether or not they cooperate with the "
        "authorities. This chapter describes what that assistance must include and how "
        "shelters work.",
        hu="Az áldozatokat a segítség attól a pillanattól megilleti, hogy alapos okkal "
        "feltételezhető, hogy emberkereskedelem áldozatai lettek, akár együttműködnek a "
        "hatóságokkal, akár nem. Ez a fejezet azt mutatja be, mit kell tartalmaznia a "
        "segítségnek, és hogyan működnek a szálláshelyek.",
        nl="Slachtoffers hebben recht op bijstand zodra er redelijke gronden zijn om aan te "
        "nemen dat zij het slachtoffer zijn van mensenhandel, of zij nu met de autoriteiten "
        "samenwerken of niet. Dit hoofdstuk beschrijft wat die bijstand moet omvatten en hoe "
        "de opvang werkt.",
        fr="Les victimes ont droit à une assistance dès qu'il existe des motifs raisonnables de "
        "croire qu'elles ont fait l'objet de la traite, qu'elles coopèrent ou non avec les "
        "autorités. Ce chapitre décrit le contenu de cette assistance et le fonctionnement "
        "des centres d'accueil.",
    ),
    "body": [
        _h(
            "What assistance includes",
            "Mit foglal magában a segítségnyújtás?",
            "Wat bijstand inhoudt",
            "Ce que comprend l'assistance",
        ),
        (
            "list",
            [
                "Safe and appropriate accommodation.",
                "Material support, emergency medical treatment and psychological help.",
                "Information on rights and procedures, in a language the victim understands.",
                "Translation and interpretation, and legal advice and representation.",
                "For children, access to education.",
            ],
        ),
        (
            "legal",
            {
                "jurisdiction": "COE",
                "act": "Council of Europe Convention on Action against Trafficking in Human "
                "Beings (CETS No. 197)",
                "article": "Article 12",
                "summary": "Lists the minimum assistance to victims and requires that it is "
                "not made conditional on the victim's willingness to act as a witness.",
                "url": "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail"
                "&treatynum=197",
            },
        ),
        (
            "legal",
            {
                "jurisdiction": "EU",
                "act": "Directive 2011/36/EU on preventing and combating trafficking in human "
                "beings and protecting its victims",
                "article": "Article 11",
                "summary": "Member states must provide assistance and support from the moment "
                "there are reasonable grounds for believing that a person has been "
                "trafficked, and not make it conditional on cooperation in the criminal "
                "investigation.",
                "url": "https://eur-lex.europa.eu/eli/dir/2011/36/oj",
            },
        ),
        _h(
            "Shelter",
            "Elhelyezés",
            "Opvang",
            "Hébergement",
        ),
        (
            "text",
            [
                "A [[shelter|specialised shelter]] keeps its address confidential and has "
                "rules that protect residents, for example on the use of telephones during "
                "the first weeks. Those rules must be explained, and residents must remain "
                "free to leave: a shelter that locks people in repeats the control they "
                "escaped.",
                "Good assistance is organised as [[case-management|case management]]: one "
                "professional plans the support with the victim and coordinates medical, "
                "legal and social services, so that the victim does not have to tell their "
                "story again to every service.",
            ],
        ),
        (
            "table",
            {
                "caption": T(
                    en="Who provides specialised shelter",
                    hu="Ki nyújt speciális elhelyezést?",
                    nl="Wie gespecialiseerde opvang biedt",
                    fr="Qui assure l'hébergement spécialisé",
                ),
                "header": ["Country", "Specialised shelter for adult victims"],
                "rows": [
                    [
                        "Hungary",
                        "Shelters run by NGOs under the state-funded victim support and crisis "
                        "management system, reached through the national crisis line",
                    ],
                    [
                        "Belgium",
                        "Three recognised specialised centres: Payoke (Antwerp), Pag-Asa "
                        "(Brussels) and Sürya (Liège)",
                    ],
                    [
                        "Netherlands",
                        "Categorical shelters for victims during the reflection period, and "
                        "other shelters coordinated through CoMensha",
                    ],
                ],
            },
        ),
        (
            "contact",
            {
                "name": "Payoke",
                "jurisdiction": "BE",
                "description": "Specialised centre for victims of trafficking in Antwerp: "
                "shelter, guidance and legal support.",
                "url": "https://www.payoke.be",
            },
        ),
        (
            "contact",
            {
                "name": "Pag-Asa",
                "jurisdiction": "BE",
                "description": "Specialised centre for victims of trafficking in Brussels.",
                "url": "https://www.pag-asa.be",
            },
        ),
        (
            "contact",
            {
                "name": "CoMensha",
                "jurisdiction": "NL",
                "description": "National coordination centre against trafficking in human "
                "beings: registration of presumed victims and placement in shelters.",
                "url": "https://www.comensha.nl",
            },
        ),
    ],
}

CHAPTER_REFLECTION = {
    "slug": T(
        en="reflection-period-and-residence",
        hu="gondolkodasi-ido-es-tartozkodas",
        nl="bedenktijd-en-verblijf",
        fr="delai-de-reflexion-et-sejour",
    ),
    "title": T(
        en="The reflection period and residence rights",
        hu="A gondolkodási idő és a tartózkodási jog",
        nl="Bedenktijd en verblijfsrecht",
        fr="Le délai de réflexion et le droit de séjour",
    ),
    "intro": T(
        en="A victim who is not a citizen of the European Union needs a lawful stay in order "
        "to recover and to decide whether to cooperate with the authorities. This chapter sets "
        "out the common European rules; its sections describe how Hungary, Belgium and the "
        "Netherlands apply them.",
        hu="Az Európai Unió polgárságával nem rendelkező áldozatnak jogszerű tartózkodásra van "
        "szüksége ahhoz, hogy felépülhessen, és eldönthesse, együttműködik-e a hatóságokkal. "
        "Ez a fejezet a közös európai szabályokat ismerteti; alfejezetei bemutatják, hogyan "
        "alkalmazza ezeket Magyarország, Belgium és Hollandia.",
        nl="Een slachtoffer dat geen burger van de Europese Unie is, heeft rechtmatig verblijf "
        "nodig om te herstellen en te beslissen of het met de autoriteiten samenwerkt. Dit "
        "hoofdstuk zet de gemeenschappelijke Europese regels uiteen; de paragrafen beschrijven "
        "hoe Hongarije, België en Nederland ze toepassen.",
        fr="Une victime non ressortissante de l'Union européenne a besoin d'un séjour régulier "
        "pour se rétablir et décider de coopérer ou non avec les autorités. Ce chapitre expose "
        "les règles européennes communes ; ses sections décrivent leur application en Hongrie, "
        "en Belgique et aux Pays-Bas.",
    ),
    "body": [
        _h(
            "The common rules",
            "A közös szabályok",
            "De gemeenschappelijke regels",
            "Les règles communes",
        ),
        (
            "text",
            [
                "The Council of Europe Convention requires a [[reflection-and-recovery-period|"
                "recovery and reflection period]] of at least 30 days for presumed victims. "
                "During that period no expulsion order may be enforced, and the person is "
                "entitled to assistance. The period is not conditional on cooperation.",
                "After the reflection period, a [[residence-permit-for-victims|residence "
                "permit]] may be granted because the victim's stay is necessary for the "
                "investigation or criminal proceedings, or because of their personal "
                "situation. EU law (Directive 2004/81/EC) covers the first ground; states may "
                "be more generous.",
            ],
        ),
        (
            "legal",
            {
                "jurisdiction": "COE",
                "act": "Council of Europe Convention on Action against Trafficking in Human "
                "Beings (CETS No. 197)",
                "article": "Articles 13 and 14",
                "summary": "A recovery and reflection period of at least 30 days; a renewable "
                "residence permit when the victim's stay is necessary for their personal "
                "situation or for criminal proceedings.",
                "url": "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail"
                "&treatynum=197",
            },
        ),
        (
            "warning",
            {
                "title": "Citizens of the European Union",
                "text": [
                    "Many victims in Belgium and the Netherlands are Hungarian and other EU "
                    "citizens. They have a right of free movement and do not need a "
                    "reflection period to stay, but they need the same assistance. Make sure "
                    "an EU citizen is not left without support because the residence "
                    "procedure does not apply to them."
                ],
            },
        ),
    ],
    "sections": [
        {
            "slug": T(en="hungary", hu="magyarorszag", nl="hongarije", fr="hongrie"),
            "title": T(en="Hungary", hu="Magyarország", nl="Hongarije", fr="Hongrie"),
            "intro": T(
                en="Hungary is mainly a country of origin: most identified victims are "
                "Hungarian citizens, identified in Hungary or abroad. The rules on residence "
                "matter for the smaller number of third-country nationals.",
                hu="Magyarország elsősorban származási ország: az azonosított áldozatok "
                "többsége magyar állampolgár, akiket Magyarországon vagy külföldön "
                "azonosítanak. A tartózkodási szabályok a kisebb számú harmadik országbeli "
                "áldozat számára fontosak.",
                nl="Hongarije is vooral een land van herkomst: de meeste geïdentificeerde "
                "slachtoffers zijn Hongaarse burgers, geïdentificeerd in Hongarije of in het "
                "buitenland. De verblijfsregels zijn van belang voor het kleinere aantal "
                "onderdanen van derde landen.",
                fr="La Hongrie est surtout un pays d'origine : la plupart des victimes "
                "identifiées sont des ressortissants hongrois, identifiés en Hongrie ou à "
                "l'étranger. Les règles de séjour concernent le nombre plus restreint de "
                "ressortissants de pays tiers.",
            ),
            "body": [
                (
                    "text",
                    [
                        "Identified victims are referred to the victim support service, which "
                        "issues a certificate of victim status and arranges assistance, "
                        "including shelter through the national crisis management system.",
                        "A third-country national who is a presumed victim may receive a "
                        "certificate of temporary residence for a reflection period of 30 "
                        "days, and afterwards a residence permit if they cooperate with the "
                        "authorities.",
                    ],
                ),
                (
                    "legal",
                    {
                        "jurisdiction": "HU",
                        "act": "Act C of 2012 on the Criminal Code",
                        "article": "Section 192",
                        "summary": "Defines trafficking in human beings as a criminal offence.",
                        "url": "https://njt.hu/jogszabaly/2012-100-00-00",
                    },
                ),
                (
                    "legal",
                    {
                        "jurisdiction": "HU",
                        "act": "Government Decree 354/2012 (XII. 13.) on the identification "
                        "of victims of trafficking in human beings",
                        "article": "",
                        "summary": "Lists the bodies that must identify victims and sets out "
                        "the procedure and the referral to the victim support service.",
                        "url": "",
                    },
                ),
            ],
        },
        {
            "slug": T(en="belgium", hu="belgium", nl="belgie", fr="belgique"),
            "title": T(en="Belgium", hu="Belgium", nl="België", fr="Belgique"),
            "intro": T(
                en="Belgium links residence to three conditions: the victim is accompanied by "
                "a recognised specialised centre, breaks off contact with the suspected "
                "offenders, and cooperates with the judicial authorities.",
                hu="Belgium a tartózkodást három feltételhez köti: az áldozatot egy elismert "
                "szakosodott központ kíséri, megszakítja a kapcsolatot a feltételezett "
                "elkövetőkkel, és együttműködik az igazságügyi hatóságokkal.",
                nl="België verbindt het verblijf aan drie voorwaarden: het slachtoffer wordt "
                "begeleid door een erkend gespecialiseerd centrum, verbreekt het contact met "
                "de vermoedelijke daders en werkt mee met de gerechtelijke autoriteiten.",
                fr="La Belgique subordonne le séjour à trois conditions : la victime est "
                "accompagnée par un centre spécialisé reconnu, rompt les contacts avec les "
                "auteurs présumés et coopère avec les autorités judiciaires.",
            ),
            "body": [
                (
                    "list",
                    [
                        "Reflection period: an order to leave the territory valid for 45 "
                        "days, during which the person can recover and decide whether to "
                        "make statements or file a complaint.",
                        "Once the person has made statements or filed a complaint: a "
                        "certificate of registration valid for three months.",
                        "If the prosecutor confirms that the person is to be regarded as a "
                        "victim: a temporary residence permit of six months, renewable "
                        "while the proceedings last.",
                        "When the case leads to a conviction, or the prosecutor's charges "
                        "include trafficking: a permanent residence permit may be granted.",
                    ],
                ),
                (
                    "legal",
                    {
                        "jurisdiction": "BE",
                        "act": "Criminal Code",
                        "article": "Article 433quinquies",
                        "summary": "Defines trafficking in human beings, including "
                        "exploitation of criminal activities.",
                        "url": "",
                    },
                ),
                (
                    "legal",
                    {
                        "jurisdiction": "BE",
                        "act": "Law of 15 December 1980 on access to the territory, stay, "
                        "establishment and removal of foreign nationals",
                        "article": "Articles 61/2 to 61/5",
                        "summary": "The residence procedure for victims of trafficking.",
                        "url": "",
                    },
                ),
            ],
        },
        {
            "slug": T(en="netherlands", hu="hollandia", nl="nederland", fr="pays-bas"),
            "title": T(en="The Netherlands", hu="Hollandia", nl="Nederland", fr="Pays-Bas"),
            "intro": T(
                en="In the Netherlands, the police must offer a reflection period of up to "
                "three months at the slightest indication of trafficking, and a temporary "
                "residence permit follows when the victim reports the offence or cooperates "
                "with the investigation.",
                hu="Hollandiában a rendőrségnek az emberkereskedelem legcsekélyebb jele "
                "esetén is fel kell ajánlania a legfeljebb három hónapos gondolkodási időt; "
                "ideiglenes tartózkodási engedélyt az áldozat akkor kap, ha feljelentést tesz "
                "vagy együttműködik a nyomozásban.",
                nl="In Nederland moet de politie bij de geringste aanwijzing van mensenhandel "
                "een bedenktijd van maximaal drie maanden aanbieden; een tijdelijke "
                "verblijfsvergunning volgt wanneer het slachtoffer aangifte doet of "
                "meewerkt aan het onderzoek.",
                fr="Aux Pays-Bas, la police doit proposer un délai de réflexion de trois mois "
                "au maximum au moindre indice de traite ; un titre de séjour temporaire suit "
                "lorsque la victime porte plainte ou coopère à l'enquête.",
            ),
            "body": [
                (
                    "text",
                    [
                        "The rules are set out in chapter B8/3 of the Aliens Act "
                        "Implementation Guidelines (formerly the B9 regulation). During the "
                        "reflection period the victim can stay in a categorical shelter and "
                        "receives assistance; [[national-coordinator|coordination]] of shelter "
                        "places runs through CoMensha.",
                        "After the criminal proceedings, or after a number of years with a "
                        "temporary permit, a victim may apply for continued residence on "
                        "humanitarian grounds.",
                    ],
                ),
                (
                    "legal",
                    {
                        "jurisdiction": "NL",
                        "act": "Criminal Code (Wetboek van Strafrecht)",
                        "article": "Article 273f",
                        "summary": "Defines trafficking in human beings.",
                        "url": "",
                    },
                ),
            ],
        },
    ],
}

CHAPTER_PROCEEDINGS = {
    "slug": T(
        en="victims-in-criminal-proceedings",
        hu="aldozatok-a-buntetoeljarasban",
        nl="slachtoffers-in-het-strafproces",
        fr="victimes-dans-la-procedure-penale",
    ),
    "title": T(
        en="Victims in criminal proceedings",
        hu="Áldozatok a büntetőeljárásban",
        nl="Slachtoffers in het strafproces",
        fr="Les victimes dans la procédure pénale",
    ),
    "intro": T(
        en="A victim's testimony is often the centre of a trafficking case, and giving it can "
        "be dangerous and painful. This chapter covers protection in proceedings, the "
        "non-punishment principle and compensation.",
        hu="Az emberkereskedelmi ügyekben gyakran az áldozat vallomása áll a középpontban, és "
        "ennek megtétele veszélyes és fájdalmas lehet. Ez a fejezet az eljárás során nyújtott "
        "védelemmel, a büntetés mellőzésének elvével és a kártalanítással foglalkozik.",
        nl="De verklaring van het slachtoffer staat vaak centraal in een mensenhandelzaak, en "
        "die afleggen kan gevaarlijk en pijnlijk zijn. Dit hoofdstuk gaat over bescherming in "
        "de procedure, het non-punishmentbeginsel en schadevergoeding.",
        fr="Le témoignage de la victime est souvent au cœur d'une affaire de traite, et le "
        "livrer peut être dangereux et douloureux. Ce chapitre traite de la protection au "
        "cours de la procédure, du principe de non-sanction et de l'indemnisation.",
    ),
    "body": [
        _h(
            "Protection during proceedings",
            "Védelem az eljárás során",
            "Bescherming tijdens de procedure",
            "Protection pendant la procédure",
        ),
        (
            "list",
            [
                "Interviews without unjustified delay, as few as possible, by trained "
                "professionals and, where possible, by the same person.",
                "Avoiding visual contact with the defendant, for example through video links "
                "or screens.",
                "No unnecessary questions about private life.",
                "Free legal counselling and representation.",
            ],
        ),
        (
            "text",
            [
                "Under the [[non-punishment-principle|non-punishment principle]], authorities "
                "can decide not to prosecute or punish victims for offences they were "
                "compelled to commit, such as using forged documents, working without a "
                "permit or, in cases of [[forced-criminality|forced criminality]], theft or "
                "drug offences. Raise it as early as possible: once a victim has a criminal "
                "record, it follows them.",
                "Victims have a right to claim [[compensation|compensation]] from the "
                "offenders, and the assets confiscated from offenders can be used for it. "
                "Legal representatives should prepare the claim from the start of the case.",
            ],
        ),
        (
            "legal",
            {
                "jurisdiction": "EU",
                "act": "Directive 2011/36/EU",
                "article": "Articles 8, 12 and 17",
                "summary": "Non-prosecution or non-application of penalties; protection of "
                "victims in criminal investigation and proceedings; access to compensation.",
                "url": "https://eur-lex.europa.eu/eli/dir/2011/36/oj",
            },
        ),
    ],
}

CHAPTER_RETURN = {
    "slug": T(
        en="safe-return-and-reintegration",
        hu="biztonsagos-hazateres-es-reintegracio",
        nl="veilige-terugkeer-en-re-integratie",
        fr="retour-en-securite-et-reinsertion",
    ),
    "title": T(
        en="Safe return and reintegration",
        hu="Biztonságos hazatérés és reintegráció",
        nl="Veilige terugkeer en re-integratie",
        fr="Retour en sécurité et réinsertion",
    ),
    "intro": T(
        en="Many victims want to go home, and many are afraid to. A return is safe only if it "
        "is voluntary, prepared with a risk assessment, and handed over to an organisation "
        "that will be there on arrival.",
        hu="Sok áldozat haza szeretne térni, és sokan félnek ettől. A hazatérés csak akkor "
        "biztonságos, ha önkéntes, kockázatértékeléssel készítik elő, és az ügyet olyan "
        "szervezet veszi át, amely az érkezéskor is ott lesz.",
        nl="Veel slachtoffers willen naar huis, en velen zijn daar bang voor. Een terugkeer is "
        "alleen veilig als die vrijwillig is, is voorbereid met een risicotaxatie en wordt "
        "overgedragen aan een organisatie die bij aankomst klaarstaat.",
        fr="Beaucoup de victimes veulent rentrer chez elles, et beaucoup le redoutent. Un "
        "retour n'est sûr que s'il est volontaire, préparé par une évaluation des risques et "
        "confié à une organisation présente à l'arrivée.",
    ),
    "body": [
        _h(
            "Preparing the return",
            "A hazatérés előkészítése",
            "De terugkeer voorbereiden",
            "Préparer le retour",
        ),
        (
            "list",
            [
                "Make a [[risk-assessment|risk assessment]] with the victim: who knows where "
                "they live, who is owed money, how the family will react.",
                "Obtain travel documents through the consulate of the country of origin, "
                "without passing information to anyone the victim has reason to fear.",
                "Agree with a receiving organisation on who meets the victim, where they will "
                "stay and who pays for what.",
                "Give the victim the receiving organisation's name and telephone number, and "
                "a way to contact you.",
            ],
        ),
        (
            "text",
            [
                "[[reintegration|Reintegration]] takes months or years: housing, treatment, "
                "school or training, debts, sometimes a new place to live away from the home "
                "community. Without it the risk of [[re-trafficking|re-trafficking]] is high, "
                "because the reasons the person left in the first place remain.",
            ],
        ),
        (
            "warning",
            {
                "title": "A return is not an expulsion",
                "text": [
                    "A victim must never be returned while the risk assessment is not done, "
                    "against their will, or to a situation where the offenders are waiting. "
                    "For a child, return must be in the child's best interests, decided with "
                    "the guardian."
                ],
            },
        ),
    ],
}

CHAPTER_TRM = {
    "slug": T(
        en="transnational-referral",
        hu="transznacionalis-tovabbiranyitas",
        nl="transnationale-doorverwijzing",
        fr="orientation-transnationale",
    ),
    "title": T(
        en="Transnational referral",
        hu="Transznacionális továbbirányítás",
        nl="Transnationale doorverwijzing",
        fr="Orientation transnationale",
    ),
    "intro": T(
        en="When a victim is identified in one country and assisted or returned to another, the "
        "case crosses a border and so must the cooperation. This chapter describes how the "
        "RAVOT-EUR partners refer victims between Hungary, Belgium and the Netherlands.",
        hu="Ha az áldozatot az egyik országban azonosítják, és egy másikban segítik, illetve "
        "oda tér haza, az ügy átlépi a határt – és vele kell mennie az együttműködésnek is. Ez "
        "a fejezet bemutatja, hogyan irányítják tovább az áldozatokat a RAVOT-EUR partnerei "
        "Magyarország, Belgium és Hollandia között.",
        nl="Wanneer een slachtoffer in het ene land wordt geïdentificeerd en in een ander land "
        "wordt bijgestaan of daarheen terugkeert, gaat de zaak over de grens, en de "
        "samenwerking moet mee. Dit hoofdstuk beschrijft hoe de partners van RAVOT-EUR "
        "slachtoffers doorverwijzen tussen Hongarije, België en Nederland.",
        fr="Lorsqu'une victime est identifiée dans un pays puis assistée dans un autre ou y "
        "retourne, le dossier franchit une frontière et la coopération doit suivre. Ce "
        "chapitre décrit comment les partenaires de RAVOT-EUR orientent les victimes entre la "
        "Hongrie, la Belgique et les Pays-Bas.",
    ),
    "body": [
        (
            "text",
            [
                "A [[transnational-referral-mechanism|transnational referral mechanism]] "
                "links the [[national-referral-mechanism|national referral mechanisms]] of the "
                "countries involved. It does not replace them: each country keeps its own "
                "procedures, and the transnational part consists of agreed contact points, "
                "a common language for what is passed on, and rules for doing it safely.",
            ],
        ),
        _h(
            "The steps of a referral",
            "A továbbirányítás lépései",
            "De stappen van een doorverwijzing",
            "Les étapes d'une orientation",
        ),
        (
            "list",
            [
                "The organisation assisting the victim explains the possibility of a referral "
                "and obtains their informed consent, in writing, for each piece of "
                "information to be shared.",
                "It contacts the agreed contact point in the other country, shares only what "
                "is needed, and agrees who is responsible for the victim at each moment.",
                "The receiving organisation confirms what it can offer before the victim travels.",
                "Both organisations stay in touch until the handover is complete, and the "
                "sending organisation asks, with the victim's consent, how they are after "
                "arrival.",
            ],
        ),
        (
            "warning",
            {
                "title": "Personal data cross borders too",
                "text": [
                    "Information about a victim is sensitive personal data. Send it only "
                    "through agreed secure channels, never in open e-mail or messaging "
                    "groups, and never to anyone the victim has not agreed to."
                ],
            },
        ),
        (
            "case",
            {
                "title": "From a Belgian shelter back to Hungary",
                "country": "HU",
                "text": [
                    "A Hungarian woman was identified in Belgium after being exploited in "
                    "prostitution. After several weeks in a specialised centre she decided to "
                    "return. The Belgian centre contacted the Hungarian contact point, which "
                    "arranged a shelter place near her sister's town, and a social worker met "
                    "her at the airport. Her Belgian lawyer kept her informed of the criminal "
                    "case."
                ],
                "questions": [
                    "What did each organisation need to know, and what did it not need?",
                    "What could have gone wrong at the moment of arrival?",
                ],
                "source": "Composite case prepared for training; it describes no real person.",
            },
        ),
    ],
}

CHAPTER_COOPERATION = {
    "slug": T(
        en="cooperation-between-organisations",
        hu="szervezetek-kozotti-egyuttmukodes",
        nl="samenwerking-tussen-organisaties",
        fr="cooperation-entre-organisations",
    ),
    "title": T(
        en="Cooperation between organisations",
        hu="Együttműködés a szervezetek között",
        nl="Samenwerking tussen organisaties",
        fr="La coopération entre organisations",
    ),
    "intro": T(
        en="No single organisation can identify, protect, assist and return a victim on its "
        "own. This chapter describes what makes cooperation between authorities and NGOs, and "
        "between countries, work in practice.",
        hu="Egyetlen szervezet sem tudja egyedül azonosítani, védeni, segíteni és hazajuttatni "
        "az áldozatot. Ez a fejezet azt mutatja be, mitől működik a gyakorlatban a hatóságok "
        "és a civil szervezetek, illetve az országok közötti együttműködés.",
        nl="Geen enkele organisatie kan een slachtoffer alleen identificeren, beschermen, "
        "bijstaan en laten terugkeren. Dit hoofdstuk beschrijft wat de samenwerking tussen "
        "overheden en ngo's, en tussen landen, in de praktijk laat werken.",
        fr="Aucune organisation ne peut à elle seule identifier, protéger, assister et "
        "raccompagner une victime. Ce chapitre décrit ce qui fait fonctionner en pratique la "
        "coopération entre autorités et ONG, et entre pays.",
    ),
    "body": [
        (
            "text",
            [
                "[[multi-agency-cooperation|Multi-agency cooperation]] works when roles are "
                "clear and written down, when each organisation has a named contact person "
                "who can be reached, and when partners know each other before the first "
                "urgent case. Written agreements, such as cooperation protocols between the "
                "police and NGOs, help people who change jobs hand over what they know.",
                "Across borders, the same applies. The partners of RAVOT-EUR met in "
                "workshops and study visits so that a police officer in Budapest knows whom "
                "to call in Antwerp, and what that person can and cannot do.",
            ],
        ),
        (
            "tip",
            {
                "title": "Keep a contact list alive",
                "text": [
                    "Review your list of contact points every six months, and after each "
                    "case note what worked and what did not. A referral often fails on "
                    "something as simple as an outdated telephone number."
                ],
            },
        ),
        (
            "contact",
            {
                "name": "Missing children hotline",
                "jurisdiction": "EU",
                "description": "The European hotline number for missing children, answered in "
                "Hungary, Belgium and the Netherlands.",
                "phone": "116 000",
            },
        ),
    ],
}

PARTS = [
    {
        "slug": T(
            en="recognising-victims",
            hu="az-aldozatok-felismerese",
            nl="slachtoffers-herkennen-en-benaderen",
            fr="reconnaitre-les-victimes",
        ),
        "title": T(
            en="Recognising and approaching victims",
            hu="Az áldozatok felismerése és megközelítése",
            nl="Slachtoffers herkennen en benaderen",
            fr="Reconnaître et approcher les victimes",
        ),
        "intro": T(
            en="How to recognise a victim of trafficking and how to approach them safely.",
            hu="Hogyan ismerjük fel az emberkereskedelem áldozatát, és hogyan közelítsünk "
            "hozzá biztonságosan.",
            nl="Hoe u een slachtoffer van mensenhandel herkent en veilig benadert.",
            fr="Comment reconnaître une victime de la traite et l'approcher en toute sécurité.",
        ),
        "chapters": [CHAPTER_IDENTIFICATION, CHAPTER_FIRST_CONTACT],
    },
    {
        "slug": T(
            en="protection-and-assistance",
            hu="vedelem-es-segitsegnyujtas",
            nl="bescherming-en-bijstand",
            fr="protection-et-assistance",
        ),
        "title": T(
            en="Protection and assistance",
            hu="Védelem és segítségnyújtás",
            nl="Bescherming en bijstand",
            fr="Protection et assistance",
        ),
        "intro": T(
            en="What victims are entitled to in the three countries, and how it is provided.",
            hu="Mi illeti meg az áldozatokat a három országban, és hogyan kapják meg.",
            nl="Waar slachtoffers in de drie landen recht op hebben, en hoe zij het krijgen.",
            fr="Ce à quoi les victimes ont droit dans les trois pays, et comment elles le "
            "reçoivent.",
        ),
        "chapters": [CHAPTER_ASSISTANCE, CHAPTER_REFLECTION, CHAPTER_PROCEEDINGS],
    },
    {
        "slug": T(
            en="across-borders",
            hu="hatarokon-at",
            nl="over-de-grenzen-heen",
            fr="par-dela-les-frontieres",
        ),
        "title": T(
            en="Across borders",
            hu="Határokon át",
            nl="Over de grenzen heen",
            fr="Par-delà les frontières",
        ),
        "intro": T(
            en="Returning victims safely and referring them between countries.",
            hu="Az áldozatok biztonságos hazatérése és továbbirányítása az országok között.",
            nl="Slachtoffers veilig laten terugkeren en tussen landen doorverwijzen.",
            fr="Le retour en sécurité des victimes et leur orientation d'un pays à l'autre.",
        ),
        "chapters": [CHAPTER_RETURN, CHAPTER_TRM, CHAPTER_COOPERATION],
    },
]
