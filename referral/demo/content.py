"""The referral pages of the demo: directory, pathways, comparison, get help, contact.

Pure data, no Django imports. The comparison cites the instruments each answer was
checked against; where a detail was not certain it is stated generally and the instrument
is named instead of a figure.
"""

import datetime

from home.demo.text import T

#: When the comparison's answers were checked against their sources for the demo.
CHECKED_ON = datetime.date(2026, 12, 4)

DIRECTORY = {
    "slug": T("directory", "szervezetek", "organisaties", "repertoire"),
    "title": T(
        en="Directory of organisations",
        hu="Szervezetek címjegyzéke",
        nl="Overzicht van organisaties",
        fr="Répertoire des organisations",
    ),
    "summary": T(
        en="Whom to call in Hungary, Belgium and the Netherlands: contact points, shelters, "
        "police, labour inspectors, prosecutors, consulates, hotlines and legal aid.",
        hu="Kit hívjon Magyarországon, Belgiumban és Hollandiában: kapcsolattartó pontok, "
        "menedékházak, rendőrség, munkaügyi felügyelők, ügyészek, konzulátusok, segélyvonalak "
        "és jogi segítség.",
        nl="Wie u belt in Hongarije, België en Nederland: contactpunten, opvang, politie, "
        "arbeidsinspecteurs, officieren van justitie, consulaten, hulplijnen en rechtshulp.",
        fr="Qui appeler en Hongrie, en Belgique et aux Pays-Bas : points de contact, foyers, "
        "police, inspecteurs du travail, parquets, consulats, lignes d'écoute et aide juridique.",
    ),
    "intro": T(
        en="Filter by country, type, service, target group and language. Each entry says when "
        "its details were last verified. The entries of this demonstration are fictional.",
        hu="Szűrjön ország, típus, szolgáltatás, célcsoport és nyelv szerint. Minden bejegyzésnél "
        "látható, mikor ellenőrizték utoljára az adatait. A bemutató bejegyzései kitaláltak.",
        nl="Filter op land, soort, dienst, doelgroep en taal. Bij elke vermelding staat wanneer de "
        "gegevens het laatst zijn gecontroleerd. De vermeldingen van deze demonstratie zijn "
        "fictief.",
        fr="Filtrez par pays, type, service, public et langue. Chaque fiche indique quand ses "
        "coordonnées ont été vérifiées pour la dernière fois. Les fiches de cette démonstration "
        "sont fictives.",
    ),
}

PATHWAYS = {
    "slug": T(
        "referral-pathways",
        "tovabbiranyitasi-utak",
        "doorverwijzingsroutes",
        "parcours-d-orientation",
    ),
    "title": T(
        en="Referral pathways",
        hu="Továbbirányítási utak",
        nl="Doorverwijzingsroutes",
        fr="Parcours d'orientation",
    ),
    "summary": T(
        en="Step by step, who does what when a victim is identified in one country and comes "
        "from another, and how each national mechanism works.",
        hu="Lépésről lépésre: ki mit tesz, ha az áldozatot az egyik országban azonosítják, de egy "
        "másikból származik, és hogyan működnek a nemzeti mechanizmusok.",
        nl="Stap voor stap: wie doet wat als een slachtoffer in het ene land wordt "
        "geïdentificeerd en uit een ander land komt, en hoe elk nationaal mechanisme werkt.",
        fr="Étape par étape : qui fait quoi lorsqu'une victime est identifiée dans un pays et "
        "vient d'un autre, et comment fonctionne chaque mécanisme national.",
    ),
    "intro": T(
        en="Answer the finder's questions to get the steps and the people to call in both "
        "countries, or open a pathway from the lists below.",
        hu="Válaszoljon a kereső kérdéseire, és megkapja a lépéseket és a hívható szakembereket "
        "mindkét országban, vagy nyisson meg egy utat az alábbi listákból.",
        nl="Beantwoord de vragen van de zoekhulp voor de stappen en de mensen die u in beide "
        "landen kunt bellen, of open een route uit de lijsten hieronder.",
        fr="Répondez aux questions de l'outil pour obtenir les étapes et les personnes à appeler "
        "dans les deux pays, ou ouvrez un parcours dans les listes ci-dessous.",
    ),
}

COMPARISON = {
    "slug": T("comparison", "osszehasonlitas", "vergelijking", "comparaison"),
    "title": T(
        en="The three countries side by side",
        hu="A három ország összehasonlítása",
        nl="De drie landen naast elkaar",
        fr="Les trois pays côte à côte",
    ),
    "summary": T(
        en="Identification, reflection period, residence, shelter, legal aid, compensation and "
        "return in Hungary, Belgium and the Netherlands, each with its source.",
        hu="Azonosítás, gondolkodási idő, tartózkodás, elhelyezés, jogi segítség, kártérítés és "
        "hazatérés Magyarországon, Belgiumban és Hollandiában, forrásmegjelöléssel.",
        nl="Identificatie, bedenktijd, verblijf, opvang, rechtsbijstand, schadevergoeding en "
        "terugkeer in Hongarije, België en Nederland, elk met bron.",
        fr="Identification, délai de réflexion, séjour, hébergement, aide juridique, "
        "indemnisation et retour en Hongrie, en Belgique et aux Pays-Bas, chacun avec sa source.",
    ),
    "intro": T(
        en="The rules that matter when a victim crosses a border. All three countries are bound "
        "by Directive 2011/36/EU and the Council of Europe Convention on Action against "
        "Trafficking in Human Beings (CETS 197); the details differ.",
        hu="Azok a szabályok, amelyek akkor számítanak, amikor az áldozat átlépi a határt. "
        "Mindhárom "
        "országot köti a 2011/36/EU irányelv és az Európa Tanács emberkereskedelem elleni "
        "egyezménye (CETS 197); a részletek eltérnek.",
        nl="De regels die ertoe doen als een slachtoffer een grens oversteekt. Alle drie de landen "
        "zijn gebonden aan Richtlijn 2011/36/EU en het Verdrag van de Raad van Europa inzake "
        "bestrijding van mensenhandel (CETS 197); de details verschillen.",
        fr="Les règles qui comptent quand une victime franchit une frontière. Les trois pays sont "
        "liés par la directive 2011/36/UE et la Convention du Conseil de l'Europe sur la lutte "
        "contre la traite des êtres humains (STCE 197) ; les détails diffèrent.",
    ),
}

_THB_HU = "https://thb.kormany.hu/accessibility/this-is-how-the-legislation-on-victims-of-trafficking-in-human-beings-has-changed"
_CIRCULAR_BE = "https://etaamb.openjustice.be/nl/omzendbrief-van-23-december-2016_n2017030090.html"
_ANNEX15_BE = "https://emnbelgium.be/fr/nouvelles/nouveau-document-de-sejour-temporaire-pour-victimes-potentielles-de-la-traite-en-belgique"
_WEGWIJZER_NL = "https://english.wegwijzermensenhandel.nl/Protection/Residence_status/index.aspx"

# Each row: topic, then (text, source, source address) for Hungary, Belgium, the Netherlands.
# Sources are cited by their own titles, the same in every language.
COMPARISON_ROWS = [
    {
        "topic": T(
            en="Who may identify a victim",
            hu="Ki azonosíthat áldozatot",
            nl="Wie mag een slachtoffer identificeren",
            fr="Qui peut identifier une victime",
        ),
        "HU": (
            T(
                en="The bodies listed in the identification decree, among them the police, victim "
                "support, family and child welfare services, health care, consular staff and the "
                "national crisis line (OKIT). They fill in a data sheet with the person's consent.",
                hu="Az azonosítási rendeletben felsorolt szervek, köztük a rendőrség, az "
                "áldozatsegítés, a család- és gyermekjóléti szolgálatok, az egészségügy, a konzuli "
                "tisztviselők és az OKIT. A személy beleegyezésével adatlapot töltenek ki.",
                nl="De instanties die het identificatiebesluit opsomt, waaronder politie, "
                "slachtofferhulp, gezins- en kinderwelzijnsdiensten, gezondheidszorg, consulair "
                "personeel en de nationale crisislijn (OKIT). Zij vullen met toestemming van de "
                "persoon een formulier in.",
                fr="Les organismes énumérés par le décret sur l'identification, dont la police, "
                "l'aide aux victimes, les services d'aide à la famille et à l'enfance, la santé, "
                "les agents consulaires et la ligne de crise nationale (OKIT). Ils remplissent une "
                "fiche avec l'accord de la personne.",
            ),
            "354/2012. (XII. 13.) Korm. rendelet",
            _THB_HU,
        ),
        "BE": (
            T(
                en="Police and social inspection services detect victims and refer them to one of "
                "the three recognised specialised centres; the prosecutor decides on the victim "
                "status in the proceedings.",
                hu="A rendőrség és a szociális felügyeletek észlelik az áldozatokat, és a három "
                "elismert szakosodott központ egyikébe irányítják őket; az eljárásbeli áldozati "
                "státuszról az ügyész dönt.",
                nl="Politie en sociale inspectiediensten sporen slachtoffers op en verwijzen hen "
                "door naar een van de drie erkende gespecialiseerde centra; het parket beslist "
                "over het slachtofferstatuut in de procedure.",
                fr="La police et les services d'inspection sociale détectent les victimes et les "
                "orientent vers l'un des trois centres spécialisés reconnus ; le parquet décide "
                "du statut de victime dans la procédure.",
            ),
            "Omzendbrief van 23 december 2016 / Circulaire du 23 décembre 2016",
            _CIRCULAR_BE,
        ),
        "NL": (
            T(
                en="Police, the Royal Netherlands Marechaussee and the Labour Authority; the "
                "police "
                "offer the reflection period at the slightest indication of trafficking. CoMensha "
                "registers every possible victim and coordinates care.",
                hu="A rendőrség, a Királyi Holland Csendőrség és a munkaügyi hatóság; a rendőrség "
                "már a legcsekélyebb jelre felajánlja a gondolkodási időt. A CoMensha minden "
                "lehetséges áldozatot nyilvántart, és összehangolja az ellátást.",
                nl="Politie, Koninklijke Marechaussee en Arbeidsinspectie; de politie biedt de "
                "bedenktijd aan bij de geringste aanwijzing van mensenhandel. CoMensha registreert "
                "elk mogelijk slachtoffer en coördineert de zorg.",
                fr="La police, la Maréchaussée royale et l'Autorité du travail ; la police propose "
                "le délai de réflexion au moindre indice de traite. CoMensha enregistre toute "
                "victime possible et coordonne les soins.",
            ),
            "Vreemdelingencirculaire 2000, B8/3",
            _WEGWIJZER_NL,
        ),
    },
    {
        "topic": T(
            en="Reflection and recovery period",
            hu="Gondolkodási és felépülési idő",
            nl="Bedenktijd en hersteltijd",
            fr="Délai de rétablissement et de réflexion",
        ),
        "HU": (
            T(
                en="Hungarian and other EU citizens need none to stay. For victims from outside "
                "the EU the rules are in the 2023 act on third-country nationals; the Council of "
                "Europe Convention requires at least 30 days.",
                hu="A magyar és más uniós polgároknak nincs rá szükségük a maradáshoz. Az Unión "
                "kívüli áldozatokra a harmadik országbeli állampolgárokról szóló 2023-as törvény "
                "vonatkozik; az Európa Tanács egyezménye legalább 30 napot ír elő.",
                nl="Hongaarse en andere EU-burgers hebben die niet nodig om te blijven. Voor "
                "slachtoffers van buiten de EU staan de regels in de wet van 2023 over "
                "derdelanders; het Verdrag van de Raad van Europa vraagt minstens 30 dagen.",
                fr="Les citoyens hongrois et de l'UE n'en ont pas besoin pour rester. Pour les "
                "victimes hors UE, les règles figurent dans la loi de 2023 sur les ressortissants "
                "de pays tiers ; la Convention du Conseil de l'Europe exige au moins 30 jours.",
            ),
            "2023. évi XC. törvény; 35/2024. (II. 29.) Korm. rendelet; CETS 197, Art. 13",
            "",
        ),
        "BE": (
            T(
                en="45 days, with a temporary residence document (Annex 15) since 20 May 2017, to "
                "recover and decide whether to make statements.",
                hu="45 nap, 2017. május 20. óta ideiglenes tartózkodási irattal (15. számú "
                "melléklet), a felépüléshez és annak eldöntéséhez, hogy tesz-e vallomást.",
                nl="45 dagen, sinds 20 mei 2017 met een tijdelijk verblijfsdocument (bijlage 15), "
                "om te herstellen en te beslissen of het slachtoffer verklaringen aflegt.",
                fr="45 jours, avec un document de séjour temporaire (annexe 15) depuis le 20 mai "
                "2017, pour se rétablir et décider de faire ou non des déclarations.",
            ),
            "Loi du 15 décembre 1980 / Wet van 15 december 1980, art. 61/2, § 2",
            _ANNEX15_BE,
        ),
        "NL": (
            T(
                en="Up to three months for a possible victim without lawful residence; "
                "departure is "
                "suspended during that time.",
                hu="Legfeljebb három hónap a jogszerű tartózkodás nélküli lehetséges áldozatnak; "
                "ezalatt a kiutazását felfüggesztik.",
                nl="Maximaal drie maanden voor een mogelijk slachtoffer zonder rechtmatig "
                "verblijf; het vertrek wordt in die tijd opgeschort.",
                fr="Jusqu'à trois mois pour une victime possible sans séjour régulier ; son départ "
                "est suspendu pendant ce temps.",
            ),
            "Vreemdelingenwet 2000, art. 8, onder k",
            _WEGWIJZER_NL,
        ),
    },
    {
        "topic": T(
            en="Residence options",
            hu="Tartózkodási lehetőségek",
            nl="Verblijfsmogelijkheden",
            fr="Possibilités de séjour",
        ),
        "HU": (
            T(
                en="A victim from outside the EU may obtain a residence permit as a victim of "
                "trafficking, with accommodation, health care and financial aid. EU citizens "
                "reside under free movement rules.",
                hu="Az Unión kívüli áldozat emberkereskedelem áldozataként tartózkodási engedélyt "
                "kaphat, elhelyezéssel, egészségügyi ellátással és anyagi támogatással. Az uniós "
                "polgárok a szabad mozgás szabályai szerint tartózkodnak.",
                nl="Een slachtoffer van buiten de EU kan een verblijfsvergunning als slachtoffer "
                "van mensenhandel krijgen, met opvang, zorg en financiële steun. EU-burgers "
                "verblijven op grond van het vrij verkeer.",
                fr="Une victime hors UE peut obtenir un titre de séjour de victime de la traite, "
                "avec hébergement, soins et aide financière. Les citoyens de l'UE séjournent en "
                "vertu de la libre circulation.",
            ),
            "2023. évi XC. törvény; 35/2024. (II. 29.) Korm. rendelet",
            "",
        ),
        "BE": (
            T(
                en="After statements: a three-month document, then six-month renewable permits "
                "while the case lasts; an indefinite permit after a conviction or when the "
                "prosecutor retains trafficking.",
                hu="Vallomás után: háromhónapos irat, majd az ügy idejére hathavonta megújítható "
                "engedély; elítélés után, vagy ha az ügyész fenntartja az emberkereskedelmet, "
                "határozatlan idejű engedély.",
                nl="Na verklaringen: een document van drie maanden, daarna verlengbare "
                "vergunningen van zes maanden zolang de zaak loopt; een vergunning van onbeperkte "
                "duur na een veroordeling of als het parket mensenhandel weerhoudt.",
                fr="Après des déclarations : un document de trois mois, puis des titres de six "
                "mois renouvelables tant que dure l'affaire ; un titre illimité après une "
                "condamnation ou si le parquet retient la traite.",
            ),
            "Loi du 15 décembre 1980 / Wet van 15 december 1980, art. 61/3 à 61/5",
            "",
        ),
        "NL": (
            T(
                en="A temporary permit for the length of the criminal proceedings for victims who "
                "report or cooperate (or cannot, for medical reasons or because of threats); "
                "afterwards, continued residence on humanitarian grounds may be requested.",
                hu="Ideiglenes engedély a büntetőeljárás idejére a feljelentést tevő vagy "
                "együttműködő áldozatnak (illetve annak, aki egészségi ok vagy fenyegetés miatt "
                "nem tud); utána humanitárius alapon kérhető a további tartózkodás.",
                nl="Een tijdelijke vergunning voor de duur van de strafprocedure voor slachtoffers "
                "die aangifte doen of meewerken (of dat om medische redenen of door bedreiging "
                "niet kunnen); daarna kan voortgezet verblijf op humanitaire gronden worden "
                "aangevraagd.",
                fr="Un titre temporaire pour la durée de la procédure pénale pour les victimes qui "
                "portent plainte ou coopèrent (ou ne le peuvent pas pour raisons médicales ou à "
                "cause de menaces) ; ensuite, la prolongation du séjour pour motifs humanitaires "
                "peut être demandée.",
            ),
            "Vreemdelingenbesluit 2000, art. 3.48, lid 1, onder b",
            _WEGWIJZER_NL,
        ),
    },
    {
        "topic": T(en="Shelter", hu="Elhelyezés", nl="Opvang", fr="Hébergement"),
        "HU": (
            T(
                en="Shelters and halfway houses for victims of trafficking, with placement through "
                "the national crisis line (OKIT). Since the 2021 amendment the decree no longer "
                "limits the stay to 90 + 90 days.",
                hu="Az emberkereskedelem áldozatainak menedékházai és félutas házai, elhelyezés az "
                "OKIT-on keresztül. A 2021-es módosítás óta a rendelet már nem korlátozza az "
                "ellátást 90 + 90 napra.",
                nl="Opvanghuizen en doorstroomwoningen voor slachtoffers van mensenhandel, met "
                "plaatsing via de nationale crisislijn (OKIT). Sinds de wijziging van 2021 beperkt "
                "het besluit het verblijf niet meer tot 90 + 90 dagen.",
                fr="Foyers et logements de transition pour victimes de la traite, avec placement "
                "par la ligne de crise nationale (OKIT). Depuis la modification de 2021, le décret "
                "ne limite plus le séjour à 90 + 90 jours.",
            ),
            "354/2012. (XII. 13.) Korm. rendelet (2021)",
            _THB_HU,
        ),
        "BE": (
            T(
                en="The three recognised specialised centres (Payoke in Antwerp, PAG-ASA in "
                "Brussels, Sürya in Liège) offer shelter or outpatient support; their "
                "assistance is "
                "part of the victim procedure.",
                hu="A három elismert szakosodott központ (Payoke Antwerpenben, PAG-ASA "
                "Brüsszelben, Sürya Liège-ben) elhelyezést vagy ambuláns támogatást nyújt; "
                "segítségük az áldozati eljárás része.",
                nl="De drie erkende gespecialiseerde centra (Payoke in Antwerpen, PAG-ASA in "
                "Brussel, Sürya in Luik) bieden opvang of ambulante begeleiding; hun begeleiding "
                "maakt deel uit van de slachtofferprocedure.",
                fr="Les trois centres spécialisés reconnus (Payoke à Anvers, PAG-ASA à Bruxelles, "
                "Sürya à Liège) offrent un hébergement ou un accompagnement ambulatoire ; leur "
                "accompagnement fait partie de la procédure victime.",
            ),
            "Omzendbrief van 23 december 2016 / Circulaire du 23 décembre 2016",
            _CIRCULAR_BE,
        ),
        "NL": (
            T(
                en="Shelter coordinated by CoMensha, including dedicated shelters for victims of "
                "trafficking and protected shelter for unaccompanied children at risk.",
                hu="A CoMensha által koordinált elhelyezés, köztük az emberkereskedelem "
                "áldozatainak külön menedékhelyei és a veszélyeztetett, kísérő nélküli "
                "gyermekek védett elhelyezése.",
                nl="Opvang gecoördineerd door CoMensha, waaronder categorale opvang voor "
                "slachtoffers van mensenhandel en beschermde opvang voor kwetsbare alleenstaande "
                "minderjarigen.",
                fr="Un hébergement coordonné par CoMensha, dont des foyers dédiés aux victimes de "
                "la traite et un hébergement protégé pour les enfants non accompagnés à risque.",
            ),
            "Wegwijzer Mensenhandel",
            _WEGWIJZER_NL,
        ),
    },
    {
        "topic": T(en="Legal aid", hu="Jogi segítség", nl="Rechtsbijstand", fr="Aide juridique"),
        "HU": (
            T(
                en="Free legal aid through the state legal aid service for those who qualify; "
                "victim support services give legal information and help victims assert their "
                "rights.",
                hu="Ingyenes jogi segítség az állami jogi segítségnyújtó szolgálaton keresztül a "
                "jogosultaknak; az áldozatsegítő szolgálatok jogi tájékoztatást adnak, és segítik "
                "az áldozatokat jogaik érvényesítésében.",
                nl="Gratis rechtsbijstand via de staatsrechtshulp voor wie daarvoor in aanmerking "
                "komt; slachtofferhulpdiensten geven juridische informatie en helpen slachtoffers "
                "hun rechten te doen gelden.",
                fr="Aide juridique gratuite par le service public d'aide juridique pour les "
                "personnes éligibles ; les services d'aide aux victimes informent et aident les "
                "victimes à faire valoir leurs droits.",
            ),
            "2003. évi LXXX. törvény; 2005. évi CXXXV. törvény",
            "",
        ),
        "BE": (
            T(
                en="The specialised centre arranges a lawyer; second-line legal aid is free or "
                "partly free for people with limited means.",
                hu="A szakosodott központ ügyvédet szerez; a másodlagos jogi segítség a "
                "korlátozott "
                "anyagi lehetőségekkel rendelkezőknek ingyenes vagy részben ingyenes.",
                nl="Het gespecialiseerd centrum regelt een advocaat; juridische "
                "tweedelijnsbijstand "
                "is gratis of gedeeltelijk gratis voor mensen met weinig middelen.",
                fr="Le centre spécialisé fait appel à un avocat ; l'aide juridique de deuxième "
                "ligne est totalement ou partiellement gratuite pour les personnes aux moyens "
                "limités.",
            ),
            "Code judiciaire / Gerechtelijk Wetboek, art. 508/1 et suivants",
            "",
        ),
        "NL": (
            T(
                en="Victims of trafficking can get a lawyer through the subsidised legal aid "
                "system for the criminal case and for residence matters.",
                hu="Az emberkereskedelem áldozatai a támogatott jogi segítségnyújtás rendszerén "
                "keresztül kaphatnak ügyvédet a büntetőügyhöz és a tartózkodási ügyekhez.",
                nl="Slachtoffers van mensenhandel kunnen via het stelsel van gesubsidieerde "
                "rechtsbijstand een advocaat krijgen voor de strafzaak en voor verblijfszaken.",
                fr="Les victimes de la traite peuvent obtenir un avocat par le système d'aide "
                "juridique subventionnée, pour l'affaire pénale et pour les questions de séjour.",
            ),
            "Wet op de rechtsbijstand; Richtlijn 2011/36/EU, art. 12",
            "",
        ),
    },
    {
        "topic": T(en="Compensation", hu="Kártérítés", nl="Schadevergoeding", fr="Indemnisation"),
        "HU": (
            T(
                en="Compensation from the offender as a civil claim in the criminal proceedings; "
                "state compensation for victims of intentional violent crimes who meet the "
                "conditions.",
                hu="Kártérítés az elkövetőtől polgári jogi igényként a büntetőeljárásban; állami "
                "kárenyhítés a szándékos, személy elleni erőszakos bűncselekmények feltételeknek "
                "megfelelő áldozatainak.",
                nl="Schadevergoeding van de dader als civiele vordering in de strafprocedure; "
                "staatsschadevergoeding voor slachtoffers van opzettelijke geweldsmisdrijven die "
                "aan de voorwaarden voldoen.",
                fr="Indemnisation par l'auteur en se constituant partie civile dans la procédure "
                "pénale ; indemnisation par l'État pour les victimes d'infractions violentes "
                "intentionnelles qui remplissent les conditions.",
            ),
            "2005. évi CXXXV. törvény; 2017. évi XC. törvény",
            "",
        ),
        "BE": (
            T(
                en="Compensation from the offender as a civil party in the criminal case; "
                "financial aid from the commission for victims of intentional acts of violence "
                "when the offender cannot pay.",
                hu="Kártérítés az elkövetőtől sértettként polgári félként a büntetőügyben; anyagi "
                "segítség a szándékos erőszakos cselekmények áldozatainak bizottságától, ha az "
                "elkövető nem tud fizetni.",
                nl="Schadevergoeding van de dader als burgerlijke partij in de strafzaak; "
                "financiële hulp van de Commissie voor financiële hulp aan slachtoffers van "
                "opzettelijke gewelddaden als de dader niet kan betalen.",
                fr="Indemnisation par l'auteur en tant que partie civile dans l'affaire pénale ; "
                "aide financière de la Commission pour l'aide aux victimes d'actes "
                "intentionnels de "
                "violence lorsque l'auteur ne peut pas payer.",
            ),
            "Loi du 1er août 1985 / Wet van 1 augustus 1985, art. 28 et suivants",
            "",
        ),
        "NL": (
            T(
                en="Compensation from the offender through the criminal court as an injured party; "
                "the Violent Offences Compensation Fund for victims of violent crimes.",
                hu="Kártérítés az elkövetőtől a büntetőbíróság útján, sértettként; az erőszakos "
                "bűncselekmények kárenyhítési alapja (Schadefonds Geweldsmisdrijven) az erőszakos "
                "bűncselekmények áldozatainak.",
                nl="Schadevergoeding van de dader via de strafrechter als benadeelde partij; het "
                "Schadefonds Geweldsmisdrijven voor slachtoffers van geweldsmisdrijven.",
                fr="Indemnisation par l'auteur devant le juge pénal en tant que partie lésée ; le "
                "Fonds d'indemnisation des infractions violentes (Schadefonds Geweldsmisdrijven) "
                "pour les victimes de violences.",
            ),
            "Wetboek van Strafvordering, art. 51f; Wet schadefonds geweldsmisdrijven",
            "",
        ),
    },
    {
        "topic": T(
            en="Assisted return",
            hu="Támogatott hazatérés",
            nl="Begeleide terugkeer",
            fr="Retour assisté",
        ),
        "HU": (
            T(
                en="Hungarian victims abroad get consular help with travel documents and the "
                "journey; the national contact point and civil organisations arrange reception "
                "and reintegration at home.",
                hu="A külföldön tartózkodó magyar áldozatok konzuli segítséget kapnak az úti "
                "okmányhoz és az utazáshoz; a nemzeti kapcsolattartó pont és civil szervezetek "
                "szervezik a fogadást és a visszailleszkedést itthon.",
                nl="Hongaarse slachtoffers in het buitenland krijgen consulaire hulp bij "
                "reisdocumenten en de reis; het nationale contactpunt en maatschappelijke "
                "organisaties regelen de opvang en re-integratie thuis.",
                fr="Les victimes hongroises à l'étranger reçoivent une aide consulaire pour les "
                "documents de voyage et le voyage ; le point de contact national et des "
                "associations organisent l'accueil et la réintégration au pays.",
            ),
            "2001. évi XLVI. törvény; 354/2012. (XII. 13.) Korm. rendelet",
            "",
        ),
        "BE": (
            T(
                en="The specialised centres prepare a voluntary return with the victim, the return "
                "programmes and the country of origin; the return must be safe.",
                hu="A szakosodott központok az áldozattal, a hazatérési programokkal és a "
                "származási országgal együtt készítik elő az önkéntes hazatérést; a hazatérésnek "
                "biztonságosnak kell lennie.",
                nl="De gespecialiseerde centra bereiden een vrijwillige terugkeer voor met het "
                "slachtoffer, de terugkeerprogramma's en het land van herkomst; de terugkeer moet "
                "veilig zijn.",
                fr="Les centres spécialisés préparent un retour volontaire avec la victime, les "
                "programmes de retour et le pays d'origine ; le retour doit être sûr.",
            ),
            "Circulaire du 23 décembre 2016; CETS 197, Art. 16",
            _CIRCULAR_BE,
        ),
        "NL": (
            T(
                en="Return organisations support a voluntary return and reintegration; for EU "
                "citizens the consulate and the home country's referral mechanism are involved.",
                hu="Hazatérést segítő szervezetek támogatják az önkéntes hazatérést és a "
                "visszailleszkedést; uniós polgárok esetében a konzulátus és a hazai "
                "továbbirányítási mechanizmus is részt vesz.",
                nl="Terugkeerorganisaties ondersteunen een vrijwillige terugkeer en re-integratie; "
                "bij EU-burgers zijn het consulaat en het verwijzingsmechanisme van het "
                "thuisland betrokken.",
                fr="Des organisations de retour soutiennent un retour volontaire et la "
                "réintégration ; pour les citoyens de l'UE, le consulat et le mécanisme "
                "d'orientation du pays d'origine interviennent.",
            ),
            "CETS 197, Art. 16; Directive 2011/36/EU, Art. 11",
            "",
        ),
    },
]

# -- pathway pages ---------------------------------------------------------------------------

_ADJECTIVE = {
    "HU": T("Hungarian", "magyar", "Hongaars", "hongroise"),
    "BE": T("Belgian", "belga", "Belgisch", "belge"),
    "NL": T("Dutch", "holland", "Nederlands", "néerlandaise"),
}
_IN = {
    "HU": T("in Hungary", "Magyarországon", "in Hongarije", "en Hongrie"),
    "BE": T("in Belgium", "Belgiumban", "in België", "en Belgique"),
    "NL": T("in the Netherlands", "Hollandiában", "in Nederland", "aux Pays-Bas"),
}
_NAME = {
    "HU": T("Hungary", "Magyarország", "Hongarije", "Hongrie"),
    "BE": T("Belgium", "Belgium", "België", "Belgique"),
    "NL": T("the Netherlands", "Hollandia", "Nederland", "Pays-Bas"),
}
_SLUG_WORDS = {
    "HU": T("hungarian", "magyar", "hongaars", "hongroise"),
    "BE": T("belgian", "belga", "belgisch", "belge"),
    "NL": T("dutch", "holland", "nederlands", "neerlandaise"),
}
_SLUG_IN = {
    "HU": T("in-hungary", "magyarorszagon", "in-hongarije", "en-hongrie"),
    "BE": T("in-belgium", "belgiumban", "in-belgie", "en-belgique"),
    "NL": T("in-the-netherlands", "hollandiaban", "in-nederland", "aux-pays-bas"),
}
_SLUG_NAME = {
    "HU": T("hungary", "magyarorszag", "hongarije", "hongrie"),
    "BE": T("belgium", "belgium", "belgie", "belgique"),
    "NL": T("netherlands", "hollandia", "nederland", "pays-bas"),
}

_CROSS_INTRO = T(
    en="The steps follow the national referral mechanism of the country where the victim was "
    "identified; for a return, the contact points of both countries work together. Every step "
    "needs the victim's informed consent, except what the law requires to protect a child.",
    hu="A lépések annak az országnak a nemzeti továbbirányítási mechanizmusát követik, ahol az "
    "áldozatot azonosították; hazatérés esetén a két ország kapcsolattartó pontja együttműködik. "
    "Minden lépéshez az áldozat tájékozott beleegyezése kell, kivéve, amit a törvény a gyermek "
    "védelmében előír.",
    nl="De stappen volgen het nationale verwijzingsmechanisme van het land waar het slachtoffer "
    "werd geïdentificeerd; bij een terugkeer werken de contactpunten van beide landen samen. Elke "
    "stap vraagt de geïnformeerde toestemming van het slachtoffer, behalve wat de wet voorschrijft "
    "om een kind te beschermen.",
    fr="Les étapes suivent le mécanisme national d'orientation du pays où la victime a été "
    "identifiée ; pour un retour, les points de contact des deux pays travaillent ensemble. Chaque "
    "étape requiert le consentement éclairé de la victime, sauf ce que la loi impose pour protéger "
    "un enfant.",
)
_NATIONAL_INTRO = T(
    en="The steps of the national referral mechanism. Help does not depend on the victim's "
    "cooperation with the authorities (Directive 2011/36/EU, Art. 11(3)).",
    hu="A nemzeti továbbirányítási mechanizmus lépései. A segítség nem függ attól, hogy az "
    "áldozat együttműködik-e a hatóságokkal (2011/36/EU irányelv 11. cikk (3) bek.).",
    nl="De stappen van het nationale verwijzingsmechanisme. De hulp hangt niet af van de "
    "samenwerking van het slachtoffer met de autoriteiten (Richtlijn 2011/36/EU, art. 11, lid 3).",
    fr="Les étapes du mécanisme national d'orientation. L'aide ne dépend pas de la coopération "
    "de la victime avec les autorités (directive 2011/36/UE, art. 11, § 3).",
)


def _join(*parts):
    """A T from per-language pieces (each a T or a plain string used in every language)."""
    codes = ("en", "hu", "nl", "fr")
    return T(*("".join(p[c] if isinstance(p, T) else p for p in parts) for c in codes))


def pathway_page(here, home):
    """Slug, title, summary and intro of the pathway for a victim from `home` found in `here`."""
    if here == home:
        return {
            "slug": _join(
                T(
                    "national-mechanism-",
                    "nemzeti-mechanizmus-",
                    "nationaal-mechanisme-",
                    "mecanisme-national-",
                ),
                _SLUG_NAME[here],
            ),
            "title": T(
                en=f"National referral mechanism: {_NAME[here].en}",
                hu=f"Nemzeti továbbirányítási mechanizmus: {_NAME[here].hu}",
                nl=f"Nationaal verwijzingsmechanisme: {_NAME[here].nl}",
                fr=f"Mécanisme national d'orientation : {_NAME[here].fr}",
            ),
            "summary": T(
                en=f"How victims of trafficking are identified, protected and supported "
                f"{_IN[here].en}, step by step.",
                hu=f"Hogyan azonosítják, védik és támogatják az emberkereskedelem áldozatait "
                f"{_IN[here].hu}, lépésről lépésre.",
                nl=f"Hoe slachtoffers van mensenhandel {_IN[here].nl} worden geïdentificeerd, "
                f"beschermd en ondersteund, stap voor stap.",
                fr=f"L'identification, la protection et le soutien des victimes de la traite "
                f"{_IN[here].fr}, étape par étape.",
            ),
            "intro": _NATIONAL_INTRO,
        }
    adjective, where = _ADJECTIVE[home], _IN[here]
    return {
        "slug": T(
            en=f"{_SLUG_WORDS[home].en}-victim-{_SLUG_IN[here].en}",
            hu=f"{_SLUG_WORDS[home].hu}-aldozat-{_SLUG_IN[here].hu}",
            nl=f"{_SLUG_WORDS[home].nl}-slachtoffer-{_SLUG_IN[here].nl}",
            fr=f"victime-{_SLUG_WORDS[home].fr}-{_SLUG_IN[here].fr}",
        ),
        "title": T(
            en=f"{adjective.en} victim identified {where.en}",
            hu=f"{where.hu} azonosított {adjective.hu} áldozat",
            nl=f"{adjective.nl} slachtoffer geïdentificeerd {where.nl}",
            fr=f"Victime {adjective.fr} identifiée {where.fr}",
        ),
        "summary": T(
            en=f"Who does what when a {adjective.en} victim is identified {where.en}: a return "
            f"home, a stay with cooperation, and a child victim.",
            hu=f"Ki mit tesz, ha {where.hu} {adjective.hu} áldozatot azonosítanak: hazatérés, "
            f"maradás és együttműködés, gyermek áldozat.",
            nl=f"Wie doet wat als een {adjective.nl} slachtoffer {where.nl} wordt "
            f"geïdentificeerd: terugkeer naar huis, blijven en meewerken, en een kind als "
            f"slachtoffer.",
            fr=f"Qui fait quoi lorsqu'une victime {adjective.fr} est identifiée {where.fr} : "
            f"retour au pays, séjour avec coopération, enfant victime.",
        ),
        "intro": _CROSS_INTRO,
    }


# -- get help ----------------------------------------------------------------------------

GET_HELP = {
    "slug": T("get-help", "segitseg", "hulp", "aide"),
    "title": T(
        en="Get help",
        hu="Kérjen segítséget",
        nl="Hulp krijgen",
        fr="Obtenir de l'aide",
    ),
    "summary": T(
        en="If someone forces you to work, takes your money or your papers, or does not let you "
        "go, you can get help. It is free and confidential.",
        hu="Ha valaki dolgozni kényszerít, elveszi a pénzét vagy az iratait, vagy nem engedi el, "
        "kérhet segítséget. A segítség ingyenes és bizalmas.",
        nl="Als iemand u dwingt te werken, uw geld of uw papieren afpakt, of u niet laat gaan, "
        "kunt u hulp krijgen. Die hulp is gratis en vertrouwelijk.",
        fr="Si quelqu'un vous force à travailler, prend votre argent ou vos papiers, ou ne vous "
        "laisse pas partir, vous pouvez obtenir de l'aide. Elle est gratuite et confidentielle.",
    ),
    "intro": T(
        en="If someone forces you to work, takes your money or your papers, or does not let you "
        "go, you can get help. You do not need papers, and you do not need to speak the "
        "language.",
        hu="Ha valaki dolgozni kényszerít, elveszi a pénzét vagy az iratait, vagy nem engedi el, "
        "kérhet segítséget. Nem kellenek hozzá iratok, és nem kell beszélnie az ország nyelvét.",
        nl="Als iemand u dwingt te werken, uw geld of uw papieren afpakt, of u niet laat gaan, "
        "kunt u hulp krijgen. U hebt daarvoor geen papieren nodig en u hoeft de taal niet te "
        "spreken.",
        fr="Si quelqu'un vous force à travailler, prend votre argent ou vos papiers, ou ne vous "
        "laisse pas partir, vous pouvez obtenir de l'aide. Vous n'avez pas besoin de papiers, ni "
        "de parler la langue du pays.",
    ),
    "body": [
        (
            "heading",
            T(
                en="What happens when you call",
                hu="Mi történik, ha telefonál",
                nl="Wat er gebeurt als u belt",
                fr="Ce qui se passe quand vous appelez",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="Someone listens to you. You do not have to say your name. They ask what "
                    "happened and what you need now: a safe place to sleep, a doctor, someone "
                    "who speaks your language.",
                    hu="Valaki meghallgatja. Nem kell megmondania a nevét. Megkérdezik, mi "
                    "történt, és mire van most szüksége: biztonságos szállásra, orvosra, valakire, "
                    "aki beszéli a nyelvét.",
                    nl="Iemand luistert naar u. U hoeft uw naam niet te zeggen. Ze vragen wat er "
                    "is gebeurd en wat u nu nodig hebt: een veilige slaapplek, een dokter, iemand "
                    "die uw taal spreekt.",
                    fr="Quelqu'un vous écoute. Vous n'êtes pas obligé de dire votre nom. On vous "
                    "demande ce qui s'est passé et ce dont vous avez besoin maintenant : un "
                    "endroit sûr pour dormir, un médecin, quelqu'un qui parle votre langue.",
                ),
                T(
                    en="You decide what happens next. Nobody will make you go to the police.",
                    hu="Ön dönti el, mi történjen ezután. Senki sem kényszeríti, hogy a "
                    "rendőrséghez menjen.",
                    nl="U beslist wat er daarna gebeurt. Niemand dwingt u naar de politie te gaan.",
                    fr="C'est vous qui décidez de la suite. Personne ne vous obligera à aller à la "
                    "police.",
                ),
            ],
        ),
        (
            "heading",
            T(en="Your rights", hu="Az Ön jogai", nl="Uw rechten", fr="Vos droits"),
        ),
        (
            "list",
            [
                T(
                    en="You have the right to help, even without papers.",
                    hu="Joga van segítséghez, iratok nélkül is.",
                    nl="U hebt recht op hulp, ook zonder papieren.",
                    fr="Vous avez droit à de l'aide, même sans papiers.",
                ),
                T(
                    en="You have the right to an interpreter.",
                    hu="Joga van tolmácshoz.",
                    nl="U hebt recht op een tolk.",
                    fr="Vous avez droit à un interprète.",
                ),
                T(
                    en="You can have time to rest and think before you decide anything.",
                    hu="Kaphat időt a pihenésre és a gondolkodásra, mielőtt bármiről döntene.",
                    nl="U kunt tijd krijgen om te rusten en na te denken voordat u iets beslist.",
                    fr="Vous pouvez avoir du temps pour vous reposer et réfléchir avant de "
                    "décider quoi que ce soit.",
                ),
                T(
                    en="You may get money for the work you were not paid for and for the harm "
                    "done to you.",
                    hu="Pénzt kaphat a ki nem fizetett munkáért és az Önt ért kárért.",
                    nl="U kunt geld krijgen voor het werk dat niet werd betaald en voor de schade "
                    "die u is aangedaan.",
                    fr="Vous pouvez recevoir de l'argent pour le travail non payé et pour le tort "
                    "qu'on vous a fait.",
                ),
                T(
                    en="If you want to go home, people can help you travel safely.",
                    hu="Ha haza szeretne menni, segítenek, hogy biztonságban utazhasson.",
                    nl="Als u naar huis wilt, kunnen mensen u helpen veilig te reizen.",
                    fr="Si vous voulez rentrer chez vous, on peut vous aider à voyager en "
                    "sécurité.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Help is free and confidential",
                hu="A segítség ingyenes és bizalmas",
                nl="Hulp is gratis en vertrouwelijk",
                fr="L'aide est gratuite et confidentielle",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="Helplines and shelters do not ask you for money. They do not share what "
                    "you tell them without your agreement, except to protect a child or someone "
                    "in danger.",
                    hu="A segélyvonalak és a menedékházak nem kérnek Öntől pénzt. Amit elmond, "
                    "azt az Ön beleegyezése nélkül nem adják tovább, kivéve, ha egy gyermeket "
                    "vagy valakit, aki veszélyben van, meg kell védeni.",
                    nl="Hulplijnen en opvanghuizen vragen u geen geld. Wat u vertelt, delen ze "
                    "niet zonder uw toestemming, behalve om een kind of iemand in gevaar te "
                    "beschermen.",
                    fr="Les lignes d'écoute et les foyers ne vous demandent pas d'argent. Ils ne "
                    "partagent pas ce que vous leur dites sans votre accord, sauf pour protéger "
                    "un enfant ou une personne en danger.",
                ),
            ],
        ),
    ],
}

CONTACT = {
    "slug": T("contact", "kapcsolat", "contact", "contact"),
    "title": T(en="Contact us", hu="Kapcsolat", nl="Contact", fr="Nous contacter"),
    "summary": T(
        en="A question for the referral contact points of Hungary, Belgium or the Netherlands.",
        hu="Kérdés Magyarország, Belgium vagy Hollandia továbbirányítási kapcsolattartó pontjához.",
        nl="Een vraag voor de doorverwijzingscontactpunten van Hongarije, België of Nederland.",
        fr="Une question pour les points de contact d'orientation de Hongrie, de Belgique ou des "
        "Pays-Bas.",
    ),
    "intro": T(
        en="For professionals and the public. Choose the country your message is about: it goes "
        "to that country's referral contact point. In an emergency, call 112.",
        hu="Szakembereknek és a nagyközönségnek. Válassza ki, melyik országról szól az üzenete: "
        "az annak az országnak a továbbirányítási kapcsolattartó pontjához kerül. Vészhelyzetben "
        "hívja a 112-t.",
        nl="Voor professionals en het publiek. Kies over welk land uw bericht gaat: het gaat naar "
        "het doorverwijzingscontactpunt van dat land. Bel in een noodgeval 112.",
        fr="Pour les professionnels et le public. Choisissez le pays que concerne votre message : "
        "il est envoyé au point de contact d'orientation de ce pays. En cas d'urgence, appelez le "
        "112.",
    ),
    "thank_you": T(
        en="Thank you. Your message has been sent to the contact point; they will answer you by "
        "e-mail.",
        hu="Köszönjük. Üzenetét elküldtük a kapcsolattartó pontnak; e-mailben válaszolnak Önnek.",
        nl="Dank u. Uw bericht is naar het contactpunt gestuurd; u krijgt per e-mail antwoord.",
        fr="Merci. Votre message a été envoyé au point de contact, qui vous répondra par courriel.",
    ),
}
