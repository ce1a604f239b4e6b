"""Demo content of the RAVOT-EUR website, in English, Hungarian, Dutch and French.

Pure data: no Django imports. Rich-text paragraphs and list items may contain only
<b> and <i>; every other string is plain text. Page references use the "key" of a
page in STANDARD_PAGES.
"""

from datetime import date

from .text import T

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    # The home page's slug never shows in a URL, but siblings under the tree root need
    # distinct ones.
    "slug": T(en="home", hu="kezdolap", nl="startpagina", fr="accueil"),
    "title": T(
        en="Together against trafficking in human beings",
        hu="Együtt az emberkereskedelem ellen",
        nl="Samen tegen mensenhandel",
        fr="Ensemble contre la traite des êtres humains",
    ),
    "summary": T(
        en="RAVOT-EUR connects professionals in Hungary, Belgium and the Netherlands who "
        "identify, assist and refer victims of trafficking in human beings across borders.",
        hu="A RAVOT-EUR összeköti azokat a magyarországi, belgiumi és hollandiai szakembereket, "
        "akik az emberkereskedelem áldozatait azonosítják, segítik és határokon átnyúlóan "
        "továbbirányítják.",
        nl="RAVOT-EUR brengt professionals in Hongarije, België en Nederland samen die "
        "slachtoffers van mensenhandel identificeren, bijstaan en over de grenzen heen "
        "doorverwijzen.",
        fr="RAVOT-EUR met en relation les professionnels de Hongrie, de Belgique et des Pays-Bas "
        "qui identifient, assistent et orientent par-delà les frontières les victimes de la "
        "traite des êtres humains.",
    ),
    "intro": [
        T(
            en="<i>Referral of and assistance for victims of human trafficking in Europe</i> "
            "(RAVOT-EUR) was a project of the Ministry of Interior of Hungary, the Ministry of "
            "Security and Justice of the Netherlands and the Belgian organisation Payoke, "
            "co-funded by the European Union. Its aim: that a victim identified in one country is "
            "not lost from sight on the way to safety in another.",
            hu="<i>Az emberkereskedelem áldozatainak továbbirányítása és segítése Európában</i> "
            "(RAVOT-EUR) a Belügyminisztérium, a holland Biztonsági és Igazságügyi Minisztérium "
            "és a belga Payoke szervezet közös, az Európai Unió által társfinanszírozott "
            "projektje volt. Célja az volt, hogy az egyik országban azonosított áldozat ne "
            "maradjon magára, amíg egy másik országban biztonságba nem kerül.",
            nl="<i>Doorverwijzing van en bijstand aan slachtoffers van mensenhandel in Europa</i> "
            "(RAVOT-EUR) was een door de Europese Unie medegefinancierd project van het Hongaarse "
            "Ministerie van Binnenlandse Zaken, het Nederlandse Ministerie van Veiligheid en "
            "Justitie en de Belgische organisatie Payoke. Het doel: een slachtoffer dat in het "
            "ene land wordt geïdentificeerd, mag op weg naar veiligheid in een ander land niet "
            "uit beeld raken.",
            fr="Cofinancé par l'Union européenne, le projet <i>Orientation et assistance des "
            "victimes de la traite des êtres humains en Europe</i> (RAVOT-EUR) a réuni le "
            "ministère de l'Intérieur de Hongrie, le ministère de la Sécurité et de la Justice "
            "des Pays-Bas et l'organisation belge Payoke. Son objectif : qu'une victime "
            "identifiée dans un pays ne soit pas perdue de vue sur le chemin de la sécurité dans "
            "un autre.",
        ),
        T(
            en="This platform carries the project's work forward: a training manual on "
            "identification, assistance and referral, reports on our conferences and workshops, a "
            "directory of organisations and a closed forum where vetted professionals can consult "
            "each other.",
            hu="Ez a platform viszi tovább a projekt munkáját: itt érhető el az "
            "áldozatazonosításról, az áldozatsegítésről és a továbbirányításról szóló képzési "
            "kézikönyv, itt olvashatók a konferenciáinkról és szakmai műhelyeinkről szóló "
            "beszámolók, itt található a szervezetek címjegyzéke, valamint egy zárt fórum, ahol "
            "az ellenőrzött szakemberek konzultálhatnak egymással.",
            nl="Dit platform zet het werk van het project voort: een trainingshandleiding over "
            "identificatie, bijstand en doorverwijzing, verslagen van onze conferenties en "
            "workshops, een overzicht van organisaties en een besloten forum waar gescreende "
            "professionals elkaar kunnen raadplegen.",
            fr="Cette plateforme prolonge le travail du projet : un manuel de formation sur "
            "l'identification, l'assistance et l'orientation des victimes, les comptes rendus de "
            "nos conférences et ateliers, un répertoire d'organisations et un forum fermé où des "
            "professionnels dont le profil a été vérifié peuvent se consulter.",
        ),
    ],
}

# ---------------------------------------------------------------------------
# About the project and its partner pages
# ---------------------------------------------------------------------------

_PARTNER_HU_MINISTRY = {
    "key": "partner-hu-ministry",
    "slug": T(
        en="ministry-of-interior-hungary",
        hu="belugyminiszterium",
        nl="ministerie-van-binnenlandse-zaken-hongarije",
        fr="ministere-de-l-interieur-hongrie",
    ),
    "title": T(
        en="Ministry of Interior of Hungary",
        hu="Belügyminisztérium",
        nl="Ministerie van Binnenlandse Zaken van Hongarije",
        fr="Ministère de l'Intérieur de Hongrie",
    ),
    "summary": T(
        en="The lead partner of RAVOT-EUR and the home of Hungary's national coordinator against "
        "trafficking in human beings.",
        hu="A RAVOT-EUR vezető partnere; a minisztériumban működik az emberkereskedelem elleni "
        "küzdelemért felelős nemzeti koordinátor is.",
        nl="De hoofdpartner van RAVOT-EUR; binnen het ministerie is ook de Hongaarse nationale "
        "coördinator voor de bestrijding van mensenhandel ondergebracht.",
        fr="Chef de file de RAVOT-EUR, le ministère accueille aussi le coordinateur national "
        "hongrois de la lutte contre la traite des êtres humains.",
    ),
    "intro": T(
        en="The Ministry of Interior of Hungary initiated RAVOT-EUR, led it from start to finish "
        "and coordinated the work of the partners.",
        hu="A RAVOT-EUR projektet a Belügyminisztérium kezdeményezte, a kezdetektől a lezárásig "
        "vezette, és összehangolta a partnerek munkáját.",
        nl="Het Hongaarse Ministerie van Binnenlandse Zaken nam het initiatief tot RAVOT-EUR, "
        "leidde het project van begin tot eind en coördineerde het werk van de partners.",
        fr="Le ministère de l'Intérieur de Hongrie est à l'origine de RAVOT-EUR : il a dirigé le "
        "projet du début à la fin et coordonné le travail des partenaires.",
    ),
    "show_in_menus": True,
    "body": [
        (
            "heading",
            T(
                en="Role in the fight against trafficking",
                hu="Szerepe az emberkereskedelem elleni küzdelemben",
                nl="Rol in de bestrijding van mensenhandel",
                fr="Rôle dans la lutte contre la traite",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="The Ministry of Interior is responsible in Hungary for public order and "
                    "internal security, and the police operate under its direction. The national "
                    "coordinator against trafficking in human beings also works within the "
                    "ministry. The coordinator leads the national coordination mechanism, which "
                    "brings together ministries, law enforcement bodies, other authorities and "
                    "civil society organisations, and represents Hungary in European and "
                    "international cooperation against trafficking.",
                    hu="Magyarországon a Belügyminisztérium felel a közrendért és a "
                    "belbiztonságért, irányítása alatt működik a rendőrség is. A minisztériumban "
                    "dolgozik az emberkereskedelem elleni küzdelemért felelős nemzeti "
                    "koordinátor, aki a nemzeti koordinációs mechanizmust vezeti: ez fogja össze "
                    "a minisztériumokat, a bűnüldöző szerveket, más hatóságokat és a civil "
                    "szervezeteket. A nemzeti koordinátor képviseli Magyarországot az "
                    "emberkereskedelem elleni európai és nemzetközi együttműködésben is.",
                    nl="Het Ministerie van Binnenlandse Zaken is in Hongarije verantwoordelijk "
                    "voor de openbare orde en de binnenlandse veiligheid; ook de politie valt "
                    "onder het ministerie. Binnen het ministerie werkt eveneens de nationale "
                    "coördinator voor de bestrijding van mensenhandel. Die leidt het nationale "
                    "coördinatiemechanisme, waarin ministeries, rechtshandhavingsinstanties, "
                    "andere overheidsdiensten en maatschappelijke organisaties samenkomen, en "
                    "vertegenwoordigt Hongarije in de Europese en internationale samenwerking "
                    "tegen mensenhandel.",
                    fr="En Hongrie, le ministère de l'Intérieur est responsable de l'ordre public "
                    "et de la sécurité intérieure ; la police relève de son autorité. Le "
                    "coordinateur national de la lutte contre la traite des êtres humains exerce "
                    "également ses fonctions au sein du ministère. Il dirige le mécanisme "
                    "national de coordination, qui réunit les ministères, les services "
                    "répressifs, d'autres autorités et des organisations de la société civile, et "
                    "représente la Hongrie dans la coopération européenne et internationale "
                    "contre la traite.",
                ),
                T(
                    en="Hungary is primarily a country of origin of victims of trafficking, many "
                    "of whom are exploited in other member states of the European Union. For the "
                    "ministry, effective cooperation with destination countries is therefore a "
                    "condition for protecting Hungarian citizens and for bringing offenders to "
                    "justice.",
                    hu="Magyarország elsősorban az emberkereskedelem áldozatainak származási "
                    "országa; az áldozatok közül sokakat az Európai Unió más tagállamaiban "
                    "zsákmányolnak ki. A minisztérium számára ezért a célországokkal folytatott "
                    "hatékony együttműködés a magyar állampolgárok védelmének és az elkövetők "
                    "felelősségre vonásának feltétele.",
                    nl="Hongarije is in de eerste plaats een land van herkomst van slachtoffers "
                    "van mensenhandel, van wie velen in andere lidstaten van de Europese Unie "
                    "worden uitgebuit. Voor het ministerie is een goede samenwerking met de "
                    "bestemmingslanden daarom een voorwaarde om Hongaarse burgers te beschermen "
                    "en daders te berechten.",
                    fr="La Hongrie est avant tout un pays d'origine des victimes de la traite, "
                    "dont beaucoup sont exploitées dans d'autres États membres de l'Union "
                    "européenne. Pour le ministère, une coopération efficace avec les pays de "
                    "destination est donc une condition pour protéger les ressortissants hongrois "
                    "et traduire les auteurs en justice.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Role in the project",
                hu="Szerepe a projektben",
                nl="Rol in het project",
                fr="Rôle dans le projet",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="As lead partner, the ministry initiated the project, managed it and "
                    "reported to the European Commission. It hosted the kick-off conference at "
                    "its premises in Budapest in June 2014. Its particular concern was what "
                    "happens when a Hungarian victim is identified abroad: how the information "
                    "reaches the right people in Hungary, how a safe return is prepared, and who "
                    "takes over the support once the victim is home.",
                    hu="Vezető partnerként a minisztérium kezdeményezte és irányította a "
                    "projektet, és beszámolt róla az Európai Bizottságnak. 2014 júniusában "
                    "budapesti épületében adott otthont a nyitókonferenciának. Különösen azzal "
                    "foglalkozott, mi történik, ha egy magyar áldozatot külföldön azonosítanak: "
                    "hogyan jut el az információ a megfelelő magyarországi szakemberekhez, hogyan "
                    "készítik elő a biztonságos hazatérést, és ki veszi át az áldozat "
                    "támogatását, miután hazaérkezett.",
                    nl="Als hoofdpartner nam het ministerie het initiatief tot het project, "
                    "beheerde het en legde verantwoording af aan de Europese Commissie. In juni "
                    "2014 vond de startconferentie plaats in het ministerie in Boedapest. Het "
                    "ministerie richtte zich vooral op wat er gebeurt als een Hongaars "
                    "slachtoffer in het buitenland wordt geïdentificeerd: hoe de informatie de "
                    "juiste mensen in Hongarije bereikt, hoe een veilige terugkeer wordt "
                    "voorbereid en wie de begeleiding overneemt zodra het slachtoffer thuis is.",
                    fr="En tant que chef de file, le ministère a lancé et géré le projet et en a "
                    "rendu compte à la Commission européenne. Il a accueilli la conférence de "
                    "lancement dans ses locaux à Budapest en juin 2014. Il s'est attaché en "
                    "particulier à ce qui se passe lorsqu'une victime hongroise est identifiée à "
                    "l'étranger : comment l'information parvient aux bonnes personnes en Hongrie, "
                    "comment un retour sûr est préparé et qui prend le relais de l'accompagnement "
                    "une fois la victime rentrée.",
                ),
            ],
        ),
    ],
}

_PARTNER_NL_MINISTRY = {
    "key": "partner-nl-ministry",
    "slug": T(
        en="ministry-of-security-and-justice-netherlands",
        hu="holland-biztonsagi-es-igazsagugyi-miniszterium",
        nl="ministerie-van-veiligheid-en-justitie",
        fr="ministere-de-la-securite-et-de-la-justice-pays-bas",
    ),
    "title": T(
        en="Ministry of Security and Justice of the Netherlands",
        hu="Holland Biztonsági és Igazságügyi Minisztérium",
        nl="Ministerie van Veiligheid en Justitie",
        fr="Ministère de la Sécurité et de la Justice des Pays-Bas",
    ),
    "summary": T(
        en="Partner in RAVOT-EUR; at the time of the project it was responsible in the "
        "Netherlands for the police, criminal justice policy and immigration.",
        hu="A RAVOT-EUR partnere; a projekt idején Hollandiában a rendőrségért, a "
        "büntetőpolitikáért és a bevándorlásügyért felelt.",
        nl="Partner in RAVOT-EUR; in de projectperiode in Nederland verantwoordelijk voor de "
        "politie, het strafrechtelijk beleid en het vreemdelingenbeleid.",
        fr="Partenaire de RAVOT-EUR ; à l'époque du projet, le ministère était chargé aux "
        "Pays-Bas de la police, de la politique pénale et de l'immigration.",
    ),
    "intro": T(
        en="The Dutch ministry brought to the project the experience of a destination country "
        "with a long-standing, comprehensive approach to trafficking in human beings.",
        hu="A holland minisztérium egy olyan célország tapasztalatait hozta a projektbe, amely "
        "régóta átfogó megközelítéssel lép fel az emberkereskedelem ellen.",
        nl="Het Nederlandse ministerie bracht de ervaring in van een bestemmingsland dat al lange "
        "tijd een brede, integrale aanpak van mensenhandel kent.",
        fr="Le ministère néerlandais a apporté au projet l'expérience d'un pays de destination "
        "doté de longue date d'une approche globale de la lutte contre la traite des êtres "
        "humains.",
    ),
    "show_in_menus": True,
    "body": [
        (
            "heading",
            T(
                en="Role in the fight against trafficking",
                hu="Szerepe az emberkereskedelem elleni küzdelemben",
                nl="Rol in de bestrijding van mensenhandel",
                fr="Rôle dans la lutte contre la traite",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="During the project, the Ministry of Security and Justice was responsible "
                    "for the police, for criminal justice policy and for immigration. It "
                    "therefore played a central part in the Dutch approach to trafficking, which "
                    "combines criminal investigation and prosecution with the protection of "
                    "victims and with cooperation between authorities, municipalities and civil "
                    "society.",
                    hu="A projekt idején a Biztonsági és Igazságügyi Minisztérium felelt a "
                    "rendőrségért, a büntetőpolitikáért és a bevándorlásügyért. Ezért központi "
                    "szerepet játszott az emberkereskedelem elleni holland fellépésben, amely a "
                    "nyomozást és a büntetőeljárást az áldozatok védelmével, valamint a "
                    "hatóságok, az önkormányzatok és a civil társadalom együttműködésével ötvözi.",
                    nl="Tijdens het project was het Ministerie van Veiligheid en Justitie "
                    "verantwoordelijk voor de politie, het strafrechtelijk beleid en het "
                    "vreemdelingenbeleid. Het speelde daardoor een centrale rol in de Nederlandse "
                    "aanpak van mensenhandel, die opsporing en vervolging combineert met "
                    "bescherming van slachtoffers en samenwerking tussen overheidsdiensten, "
                    "gemeenten en maatschappelijke organisaties.",
                    fr="Pendant le projet, le ministère de la Sécurité et de la Justice était "
                    "chargé de la police, de la politique pénale et de l'immigration. Il occupait "
                    "donc une place centrale dans l'approche néerlandaise de la traite, qui "
                    "associe enquêtes et poursuites, protection des victimes et coopération entre "
                    "autorités, communes et société civile.",
                ),
                T(
                    en="Foreign nationals who may be victims of trafficking can be offered a "
                    "reflection period in the Netherlands, during which they can recover and "
                    "decide whether to report the crime and cooperate with the criminal "
                    "investigation. An independent National Rapporteur reports on the nature and "
                    "extent of trafficking in human beings and on the effects of the policy "
                    "against it.",
                    hu="Hollandiában az emberkereskedelem feltételezett külföldi áldozatai "
                    "gondolkodási időt kaphatnak, amely alatt felépülhetnek, és eldönthetik, "
                    "feljelentést tesznek-e, és együttműködnek-e a nyomozó hatóságokkal. Egy "
                    "független nemzeti jelentéstevő vizsgálja és ismerteti az emberkereskedelem "
                    "jellegét és kiterjedését, valamint az ellene irányuló szakpolitika hatásait.",
                    nl="Buitenlandse mogelijke slachtoffers van mensenhandel kunnen in Nederland "
                    "een bedenktijd krijgen, waarin zij tot rust kunnen komen en kunnen beslissen "
                    "of zij aangifte doen en meewerken aan het strafrechtelijk onderzoek. Een "
                    "onafhankelijke Nationaal Rapporteur rapporteert over de aard en omvang van "
                    "mensenhandel en over de effecten van het beleid.",
                    fr="Aux Pays-Bas, les ressortissants étrangers susceptibles d'être victimes "
                    "de la traite peuvent bénéficier d'un délai de réflexion pendant lequel ils "
                    "peuvent se rétablir et décider s'ils portent plainte et coopèrent à "
                    "l'enquête pénale. Un rapporteur national indépendant rend compte de la "
                    "nature et de l'ampleur de la traite des êtres humains ainsi que des effets "
                    "de la politique menée pour la combattre.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Role in the project",
                hu="Szerepe a projektben",
                nl="Rol in het project",
                fr="Rôle dans le projet",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="Within RAVOT-EUR, the ministry shared Dutch practice in the "
                    "identification, protection and return of victims, and helped connect Dutch "
                    "authorities and organisations with their counterparts in Hungary and "
                    "Belgium. One of the project's three professional workshops took place in The "
                    "Hague.",
                    hu="A RAVOT-EUR keretében a minisztérium megosztotta az áldozatok "
                    "azonosításával, védelmével és hazatérésével kapcsolatos holland gyakorlatot, "
                    "és segített kapcsolatot teremteni a holland hatóságok és szervezetek, "
                    "valamint magyarországi és belgiumi partnereik között. A projekt három "
                    "szakmai műhelyének egyikét Hágában tartották.",
                    nl="Binnen RAVOT-EUR deelde het ministerie de Nederlandse praktijk op het "
                    "gebied van identificatie, bescherming en terugkeer van slachtoffers en hielp "
                    "het Nederlandse instanties en organisaties in contact te brengen met hun "
                    "tegenhangers in Hongarije en België. Een van de drie workshops voor "
                    "professionals vond plaats in Den Haag.",
                    fr="Dans le cadre de RAVOT-EUR, le ministère a partagé la pratique "
                    "néerlandaise en matière d'identification, de protection et de retour des "
                    "victimes, et a contribué à mettre en relation les autorités et organisations "
                    "néerlandaises avec leurs homologues en Hongrie et en Belgique. L'un des "
                    "trois ateliers professionnels du projet s'est tenu à La Haye.",
                ),
                T(
                    en="<i>Since 2017 the ministry has been called the Ministry of Justice and "
                    "Security.</i>",
                    hu="<i>A minisztérium 2017 óta Igazságügyi és Biztonsági Minisztérium néven "
                    "működik.</i>",
                    nl="<i>Sinds 2017 heet het ministerie Ministerie van Justitie en "
                    "Veiligheid.</i>",
                    fr="<i>Depuis 2017, le ministère porte le nom de ministère de la Justice et "
                    "de la Sécurité.</i>",
                ),
            ],
        ),
    ],
}

_PARTNER_BE_PAYOKE = {
    "key": "partner-be-payoke",
    "slug": T(en="payoke", hu="payoke", nl="payoke", fr="payoke"),
    "title": T(
        en="Payoke (Belgium)",
        hu="Payoke (Belgium)",
        nl="Payoke (België)",
        fr="Payoke (Belgique)",
    ),
    "summary": T(
        en="A non-governmental organisation in Antwerp that shelters and assists victims of "
        "trafficking in human beings.",
        hu="Antwerpeni civil szervezet, amely szállást és segítséget nyújt az emberkereskedelem "
        "áldozatainak.",
        nl="Een niet-gouvernementele organisatie in Antwerpen die slachtoffers van mensenhandel "
        "opvangt en begeleidt.",
        fr="Organisation non gouvernementale anversoise qui héberge et accompagne les victimes de "
        "la traite des êtres humains.",
    ),
    "intro": T(
        en="Payoke brought to RAVOT-EUR the daily experience of an organisation that works "
        "directly with victims.",
        hu="A Payoke a közvetlenül az áldozatokkal dolgozó szervezetek mindennapi tapasztalatát "
        "hozta a projektbe.",
        nl="Payoke bracht in RAVOT-EUR de dagelijkse ervaring in van een organisatie die "
        "rechtstreeks met slachtoffers werkt.",
        fr="Payoke a apporté à RAVOT-EUR l'expérience quotidienne d'une organisation qui "
        "travaille directement avec les victimes.",
    ),
    "show_in_menus": True,
    "body": [
        (
            "heading",
            T(
                en="Role in the fight against trafficking",
                hu="Szerepe az emberkereskedelem elleni küzdelemben",
                nl="Rol in de bestrijding van mensenhandel",
                fr="Rôle dans la lutte contre la traite",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="Payoke is a non-profit organisation (<i>vzw</i>) based in Antwerp. It is "
                    "one of the specialised centres recognised by the Belgian authorities for the "
                    "reception and assistance of victims of trafficking in human beings. It "
                    "offers victims shelter and psychosocial, administrative and legal support, "
                    "and accompanies them through the procedures that give them access to "
                    "protection and, where the conditions are met, to a right of residence in "
                    "Belgium.",
                    hu="A Payoke antwerpeni székhelyű nonprofit egyesület (<i>vzw</i>). A belga "
                    "hatóságok által az emberkereskedelem áldozatainak befogadására és segítésére "
                    "elismert szakosodott központok egyike. Szállást, valamint pszichoszociális, "
                    "ügyintézési és jogi támogatást nyújt az áldozatoknak, és végigkíséri őket "
                    "azokon az eljárásokon, amelyek révén védelemhez, illetve – ha a feltételek "
                    "teljesülnek – belgiumi tartózkodási joghoz juthatnak.",
                    nl="Payoke is een vereniging zonder winstoogmerk (<i>vzw</i>) met zetel in "
                    "Antwerpen. Het is een van de door de Belgische overheid erkende "
                    "gespecialiseerde centra voor de opvang en begeleiding van slachtoffers van "
                    "mensenhandel. Payoke biedt slachtoffers opvang en psychosociale, "
                    "administratieve en juridische ondersteuning en begeleidt hen in de "
                    "procedures die toegang geven tot bescherming en, als aan de voorwaarden is "
                    "voldaan, tot een verblijfsrecht in België.",
                    fr="Payoke est une association sans but lucratif (<i>vzw</i>, soit asbl) "
                    "établie à Anvers. C'est l'un des centres spécialisés reconnus par les "
                    "autorités belges pour l'accueil et l'accompagnement des victimes de la "
                    "traite des êtres humains. Elle offre aux victimes un hébergement ainsi qu'un "
                    "soutien psychosocial, administratif et juridique, et les accompagne dans les "
                    "procédures qui leur ouvrent l'accès à une protection et, si les conditions "
                    "sont remplies, à un droit de séjour en Belgique.",
                ),
                T(
                    en="Under the Belgian system, a victim who breaks off contact with the "
                    "presumed exploiters, cooperates with the judicial authorities and accepts "
                    "the guidance of a specialised centre can obtain a residence document. "
                    "Specialised centres such as Payoke are therefore an essential link between "
                    "the victim on one side and the police and judiciary on the other.",
                    hu="A belga rendszerben az az áldozat, aki megszakítja a kapcsolatot a "
                    "feltételezett kizsákmányolóival, együttműködik az igazságügyi hatóságokkal, "
                    "és elfogadja egy szakosodott központ segítségét, tartózkodási engedélyt "
                    "kaphat. A Payoke-hoz hasonló szakosodott központok ezért nélkülözhetetlen "
                    "kapcsot jelentenek az áldozat, illetve a rendőrség és az igazságszolgáltatás "
                    "között.",
                    nl="In het Belgische systeem kan een slachtoffer dat het contact met de "
                    "vermoedelijke uitbuiters verbreekt, meewerkt met de gerechtelijke "
                    "autoriteiten en zich laat begeleiden door een gespecialiseerd centrum, een "
                    "verblijfsdocument krijgen. Gespecialiseerde centra zoals Payoke vormen "
                    "daardoor een onmisbare schakel tussen het slachtoffer enerzijds en politie "
                    "en justitie anderzijds.",
                    fr="Dans le système belge, une victime qui rompt tout contact avec ses "
                    "exploiteurs présumés, coopère avec les autorités judiciaires et accepte "
                    "l'accompagnement d'un centre spécialisé peut obtenir un titre de séjour. Les "
                    "centres spécialisés comme Payoke constituent donc un maillon essentiel entre "
                    "la victime, d'une part, et la police et la justice, d'autre part.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Role in the project",
                hu="Szerepe a projektben",
                nl="Rol in het project",
                fr="Rôle dans le projet",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="In RAVOT-EUR, Payoke contributed its practical knowledge of assisting "
                    "victims and of preparing a safe return for those who wish to go home. "
                    "Because Belgium is one of the two countries where Hungarian victims are most "
                    "often identified, cooperation between Payoke and Hungarian authorities and "
                    "organisations lies at the heart of the referral mechanism that the project "
                    "developed. One of the project's professional workshops was held in Brussels.",
                    hu="A projektben a Payoke az áldozatsegítésben és a hazatérni kívánó "
                    "áldozatok biztonságos hazatérésének előkészítésében szerzett gyakorlati "
                    "tudását osztotta meg. Mivel Belgium egyike annak a két országnak, ahol a "
                    "magyar áldozatokat a leggyakrabban azonosítják, a Payoke és a magyar "
                    "hatóságok, illetve szervezetek együttműködése a projektben kidolgozott "
                    "áldozatirányítási mechanizmus középpontjában áll. A projekt egyik szakmai "
                    "műhelyét Brüsszelben tartották.",
                    nl="In RAVOT-EUR deelde Payoke zijn praktijkkennis over de begeleiding van "
                    "slachtoffers en over de voorbereiding van een veilige terugkeer voor wie "
                    "naar huis wil. Omdat België een van de twee landen is waar Hongaarse "
                    "slachtoffers het vaakst worden geïdentificeerd, staat de samenwerking tussen "
                    "Payoke en Hongaarse instanties en organisaties centraal in het "
                    "verwijsmechanisme dat het project heeft ontwikkeld. Een van de workshops "
                    "voor professionals vond plaats in Brussel.",
                    fr="Dans RAVOT-EUR, Payoke a apporté sa connaissance pratique de "
                    "l'accompagnement des victimes et de la préparation d'un retour sûr pour "
                    "celles qui souhaitent rentrer chez elles. La Belgique étant l'un des deux "
                    "pays où les victimes hongroises sont le plus souvent identifiées, la "
                    "coopération entre Payoke et les autorités et organisations hongroises est au "
                    "cœur du mécanisme d'orientation élaboré par le projet. L'un des ateliers "
                    "professionnels du projet s'est tenu à Bruxelles.",
                ),
            ],
        ),
    ],
}

_ABOUT = {
    "key": "about",
    "slug": T(en="about", hu="a-projektrol", nl="over-het-project", fr="a-propos"),
    "title": T(
        en="About the project",
        hu="A projektről",
        nl="Over het project",
        fr="À propos du projet",
    ),
    "summary": T(
        en="RAVOT-EUR (2014–2016) brought together Hungary, Belgium and the Netherlands to "
        "improve the cross-border referral and assistance of victims of trafficking in human "
        "beings.",
        hu="A RAVOT-EUR (2014–2016) Magyarország, Belgium és Hollandia együttműködésével az "
        "emberkereskedelem áldozatainak határokon átnyúló továbbirányítását és segítését kívánta "
        "javítani.",
        nl="In RAVOT-EUR (2014–2016) werkten Hongarije, België en Nederland samen aan een betere "
        "grensoverschrijdende doorverwijzing van en bijstand aan slachtoffers van mensenhandel.",
        fr="RAVOT-EUR (2014–2016) a réuni la Hongrie, la Belgique et les Pays-Bas pour améliorer "
        "l'orientation et l'assistance transfrontalières des victimes de la traite des êtres "
        "humains.",
    ),
    "intro": T(
        en="From February 2014 to January 2016, the Ministry of Interior of Hungary, the Ministry "
        "of Security and Justice of the Netherlands and Payoke in Belgium worked together so that "
        "victims of trafficking identified abroad can return home safely and rebuild their lives.",
        hu="2014 februárjától 2016 januárjáig a Belügyminisztérium, a holland Biztonsági és "
        "Igazságügyi Minisztérium és a belgiumi Payoke közösen dolgozott azon, hogy az "
        "emberkereskedelem külföldön azonosított áldozatai biztonságban hazatérhessenek, és új "
        "életet kezdhessenek.",
        nl="Van februari 2014 tot januari 2016 werkten het Hongaarse Ministerie van Binnenlandse "
        "Zaken, het Nederlandse Ministerie van Veiligheid en Justitie en Payoke in België samen, "
        "zodat slachtoffers van mensenhandel die in het buitenland worden geïdentificeerd, veilig "
        "naar huis kunnen terugkeren en hun leven weer kunnen opbouwen.",
        fr="De février 2014 à janvier 2016, le ministère de l'Intérieur de Hongrie, le ministère "
        "de la Sécurité et de la Justice des Pays-Bas et Payoke, en Belgique, ont uni leurs "
        "efforts pour que les victimes de la traite identifiées à l'étranger puissent rentrer "
        "chez elles en toute sécurité et reconstruire leur vie.",
    ),
    "show_in_menus": True,
    "body": [
        ("heading", T(en="Background", hu="A projekt háttere", nl="Achtergrond", fr="Contexte")),
        (
            "paragraph",
            [
                T(
                    en="Hungarian citizens fall victim to sexual and labour exploitation in "
                    "several member states of the European Union. Belgium and the Netherlands are "
                    "the two destination countries where Hungarian victims are most often found. "
                    "When a victim is identified there, authorities and organisations in the "
                    "destination country and in Hungary have to work together: on the victim's "
                    "safety, on a return if the victim wishes it, on support after arrival and on "
                    "the criminal proceedings against the offenders. Such cooperation works best "
                    "when it rests on agreed procedures and on professionals who know and trust "
                    "each other.",
                    hu="Magyar állampolgárok az Európai Unió több tagállamában is szexuális "
                    "kizsákmányolás és munkaerő-kizsákmányolás áldozatává válnak. A célországok "
                    "közül a magyar áldozatokat Belgiumban és Hollandiában azonosítják a "
                    "leggyakrabban. Ilyenkor a célország és Magyarország hatóságainak és "
                    "szervezeteinek együtt kell működniük az áldozat biztonsága, a – kívánsága "
                    "szerinti – hazatérése, a hazaérkezés utáni támogatása és az elkövetők elleni "
                    "büntetőeljárás érdekében. Ez az együttműködés akkor a leghatékonyabb, ha "
                    "egyeztetett eljárásokra és egymást ismerő, egymásban megbízó szakemberekre "
                    "épül.",
                    nl="Hongaarse burgers worden in verschillende lidstaten van de Europese Unie "
                    "slachtoffer van seksuele uitbuiting en arbeidsuitbuiting. België en "
                    "Nederland zijn de twee bestemmingslanden waar Hongaarse slachtoffers het "
                    "vaakst worden aangetroffen. Wordt daar een slachtoffer geïdentificeerd, dan "
                    "moeten autoriteiten en organisaties in het bestemmingsland en in Hongarije "
                    "samenwerken: voor de veiligheid van het slachtoffer, voor een terugkeer als "
                    "het slachtoffer dat wenst, voor begeleiding na aankomst en voor de strafzaak "
                    "tegen de daders. Die samenwerking werkt het best als ze steunt op "
                    "afgesproken procedures en op professionals die elkaar kennen en vertrouwen.",
                    fr="Des ressortissants hongrois sont victimes d'exploitation sexuelle et "
                    "d'exploitation par le travail dans plusieurs États membres de l'Union "
                    "européenne. La Belgique et les Pays-Bas sont les deux pays de destination où "
                    "les victimes hongroises sont le plus souvent identifiées. Lorsqu'une victime "
                    "y est identifiée, les autorités et les organisations du pays de destination "
                    "et de la Hongrie doivent coopérer : pour la sécurité de la victime, pour son "
                    "retour si elle le souhaite, pour son accompagnement après l'arrivée et pour "
                    "la procédure pénale contre les auteurs. Cette coopération fonctionne le "
                    "mieux lorsqu'elle repose sur des procédures convenues et sur des "
                    "professionnels qui se connaissent et se font confiance.",
                ),
                T(
                    en="The project's official title is <i>Referral of and assistance for victims "
                    "of human trafficking in Europe</i>, abbreviated RAVOT-EUR. It was carried "
                    "out under grant agreement HOME/2012/ISEC/AG/4000004405 with the European "
                    "Commission.",
                    hu="A projekt hivatalos angol címe <i>Referral of and assistance for victims "
                    "of human trafficking in Europe</i>, rövidítve RAVOT-EUR, magyarul <i>Az "
                    "emberkereskedelem áldozatainak továbbirányítása és segítése Európában</i>. A "
                    "projekt az Európai Bizottsággal kötött HOME/2012/ISEC/AG/4000004405 számú "
                    "támogatási megállapodás keretében valósult meg.",
                    nl="De officiële Engelse titel van het project is <i>Referral of and "
                    "assistance for victims of human trafficking in Europe</i>, afgekort "
                    "RAVOT-EUR, in het Nederlands <i>Doorverwijzing van en bijstand aan "
                    "slachtoffers van mensenhandel in Europa</i>. Het project werd uitgevoerd op "
                    "grond van subsidieovereenkomst HOME/2012/ISEC/AG/4000004405 met de Europese "
                    "Commissie.",
                    fr="Le titre officiel du projet, en anglais, est <i>Referral of and "
                    "assistance for victims of human trafficking in Europe</i>, abrégé en "
                    "RAVOT-EUR, soit en français <i>Orientation et assistance des victimes de la "
                    "traite des êtres humains en Europe</i>. Le projet a été mis en œuvre dans le "
                    "cadre de la convention de subvention HOME/2012/ISEC/AG/4000004405 conclue "
                    "avec la Commission européenne.",
                ),
            ],
        ),
        ("heading", T(en="Aims", hu="Célok", nl="Doelstellingen", fr="Objectifs")),
        (
            "list",
            [
                T(
                    en="Help victims of sexual and labour exploitation to <b>return safely</b> "
                    "and to <b>reintegrate</b> into society.",
                    hu="A szexuális kizsákmányolás és a munkaerő-kizsákmányolás áldozatainak "
                    "segítése a <b>biztonságos hazatérésben</b> és a <b>társadalmi "
                    "visszailleszkedésben</b>.",
                    nl="Slachtoffers van seksuele uitbuiting en arbeidsuitbuiting helpen bij een "
                    "<b>veilige terugkeer</b> en bij hun <b>sociale re-integratie</b>.",
                    fr="Aider les victimes d'exploitation sexuelle et d'exploitation par le "
                    "travail à <b>rentrer en toute sécurité</b> et à <b>se réinsérer</b> dans la "
                    "société.",
                ),
                T(
                    en="Develop a <b>transnational referral mechanism</b> between Hungary, "
                    "Belgium and the Netherlands.",
                    hu="<b>Transznacionális áldozatirányítási mechanizmus</b> kidolgozása "
                    "Magyarország, Belgium és Hollandia között.",
                    nl="Een <b>transnationaal verwijsmechanisme</b> ontwikkelen tussen Hongarije, "
                    "België en Nederland.",
                    fr="Élaborer un <b>mécanisme transnational d'orientation</b> entre la "
                    "Hongrie, la Belgique et les Pays-Bas.",
                ),
                T(
                    en="Set up an <b>online platform</b> and a <b>training manual</b> on victim "
                    "identification, assistance and referral, for professional and academic use.",
                    hu="<b>Online platform</b> és <b>képzési kézikönyv</b> létrehozása az "
                    "áldozatazonosításról, az áldozatsegítésről és a továbbirányításról, szakmai "
                    "és tudományos célú felhasználásra.",
                    nl="Een <b>online platform</b> en een <b>trainingshandleiding</b> opzetten "
                    "over de identificatie van, bijstand aan en doorverwijzing van slachtoffers, "
                    "voor professioneel en academisch gebruik.",
                    fr="Créer une <b>plateforme en ligne</b> et un <b>manuel de formation</b> sur "
                    "l'identification, l'assistance et l'orientation des victimes, à usage "
                    "professionnel et académique.",
                ),
                T(
                    en="Build <b>trust and networks</b> among professionals in non-governmental "
                    "organisations and public authorities.",
                    hu="A <b>bizalom és a szakmai kapcsolatok</b> erősítése a civil szervezetek "
                    "és a hatóságok szakemberei között.",
                    nl="<b>Vertrouwen en netwerken</b> opbouwen tussen professionals van "
                    "niet-gouvernementele organisaties en overheidsinstanties.",
                    fr="Instaurer la <b>confiance</b> et développer les <b>réseaux</b> entre les "
                    "professionnels des organisations non gouvernementales et des autorités "
                    "publiques.",
                ),
            ],
        ),
        ("heading", T(en="Partners", hu="Partnerek", nl="Partners", fr="Partenaires")),
        (
            "paragraph",
            [
                T(
                    en="The project was initiated and led by the <b>Ministry of Interior of "
                    "Hungary</b>. Its partners were the <b>Ministry of Security and Justice of "
                    "the Netherlands</b> and <b>Payoke vzw</b>, a non-governmental organisation "
                    "in Antwerp that shelters and assists victims of trafficking in Belgium. The "
                    "partnership thus brought together the country of origin and the two main "
                    "destination countries, as well as public authorities and civil society.",
                    hu="A projektet a <b>Belügyminisztérium</b> kezdeményezte és vezette. "
                    "Partnerei a <b>holland Biztonsági és Igazságügyi Minisztérium</b> és a "
                    "<b>Payoke vzw</b> voltak; ez utóbbi antwerpeni civil szervezet, amely "
                    "Belgiumban szállást és segítséget nyújt az emberkereskedelem áldozatainak. "
                    "Az együttműködés így egyszerre fogta össze a származási országot és a két "
                    "legfontosabb célországot, valamint az állami hatóságokat és a civil "
                    "társadalmat.",
                    nl="Het project werd geïnitieerd en geleid door het <b>Hongaarse Ministerie "
                    "van Binnenlandse Zaken</b>. Partners waren het <b>Nederlandse Ministerie van "
                    "Veiligheid en Justitie</b> en <b>Payoke vzw</b>, een niet-gouvernementele "
                    "organisatie in Antwerpen die in België slachtoffers van mensenhandel opvangt "
                    "en begeleidt. Zo bracht het partnerschap het land van herkomst en de twee "
                    "belangrijkste bestemmingslanden samen, en tegelijk de overheid en het "
                    "maatschappelijk middenveld.",
                    fr="Le projet a été lancé et coordonné par le <b>ministère de l'Intérieur de "
                    "Hongrie</b>. Ses partenaires étaient le <b>ministère de la Sécurité et de la "
                    "Justice des Pays-Bas</b> et <b>Payoke vzw</b>, une organisation non "
                    "gouvernementale d'Anvers qui héberge et accompagne des victimes de la traite "
                    "en Belgique. Le partenariat réunissait ainsi le pays d'origine et les deux "
                    "principaux pays de destination, de même que les pouvoirs publics et la "
                    "société civile.",
                ),
            ],
        ),
        (
            "quote",
            {
                "text": T(
                    en="A referral only works when the professional on the other side of the "
                    "border is someone you know and trust.",
                    hu="A továbbirányítás csak akkor működik, ha a határ túloldalán olyan "
                    "szakember vár, akit ismerünk, és akiben megbízunk.",
                    nl="Een doorverwijzing werkt pas echt als de professional aan de andere kant "
                    "van de grens iemand is die je kent en vertrouwt.",
                    fr="Une orientation ne fonctionne vraiment que si le professionnel de l'autre "
                    "côté de la frontière est quelqu'un que l'on connaît et en qui l'on a "
                    "confiance.",
                ),
                "attribution": T(
                    en="Project team",
                    hu="A projektcsapat",
                    nl="Projectteam",
                    fr="L'équipe du projet",
                ),
                "role": T(en="RAVOT-EUR", hu="RAVOT-EUR", nl="RAVOT-EUR", fr="RAVOT-EUR"),
            },
        ),
        (
            "heading",
            T(
                en="Duration and budget",
                hu="Időtartam és költségvetés",
                nl="Looptijd en budget",
                fr="Durée et budget",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="The project ran for 24 months, from 1 February 2014 to 31 January 2016. "
                    "It was co-funded by the European Union's programme <i>Prevention of and "
                    "Fight against Crime</i> (ISEC) under its 2012 call for action grants. The EU "
                    "contribution covered 90% of the total budget.",
                    hu="A projekt 24 hónapig, 2014. február 1-jétől 2016. január 31-ig tartott. "
                    "Az Európai Unió <i>A bűnmegelőzés és a bűnözés elleni küzdelem</i> (ISEC) "
                    "programja társfinanszírozta, a tevékenységekre irányuló támogatásokra kiírt "
                    "2012. évi pályázati felhívás keretében. Az uniós hozzájárulás a teljes "
                    "költségvetés 90%-át fedezte.",
                    nl="Het project liep 24 maanden, van 1 februari 2014 tot en met 31 januari "
                    "2016. Het werd medegefinancierd door het programma <i>Preventie en "
                    "bestrijding van criminaliteit</i> (ISEC) van de Europese Unie, in het kader "
                    "van de oproep van 2012 voor actiesubsidies. De bijdrage van de EU dekte 90% "
                    "van het totale budget.",
                    fr="Le projet s'est déroulé sur 24 mois, du 1er février 2014 au 31 janvier "
                    "2016. Il a été cofinancé par le programme de l'Union européenne <i>Prévenir "
                    "et combattre la criminalité</i> (ISEC), dans le cadre de l'appel à "
                    "propositions 2012 pour des subventions à l'action. La contribution de l'UE a "
                    "couvert 90\u00a0% du budget total.",
                ),
            ],
        ),
        (
            "table",
            {
                "caption": T(
                    en="Project budget",
                    hu="A projekt költségvetése",
                    nl="Projectbudget",
                    fr="Budget du projet",
                ),
                "header": [
                    T(en="Item", hu="Tétel", nl="Post", fr="Poste"),
                    T(en="Amount", hu="Összeg", nl="Bedrag", fr="Montant"),
                    T(en="Share", hu="Arány", nl="Aandeel", fr="Part"),
                ],
                "rows": [
                    [
                        T(
                            en="Total budget",
                            hu="Teljes költségvetés",
                            nl="Totaal budget",
                            fr="Budget total",
                        ),
                        T(
                            en="EUR 346,069",
                            hu="346\u00a0069 euró",
                            nl="€\u00a0346.069",
                            fr="346\u00a0069 euros",
                        ),
                        T(en="100%", hu="100%", nl="100%", fr="100\u00a0%"),
                    ],
                    [
                        T(
                            en="EU contribution (ISEC programme)",
                            hu="Uniós hozzájárulás (ISEC program)",
                            nl="Bijdrage van de EU (ISEC-programma)",
                            fr="Contribution de l'UE (programme ISEC)",
                        ),
                        T(
                            en="EUR 311,462",
                            hu="311\u00a0462 euró",
                            nl="€\u00a0311.462",
                            fr="311\u00a0462 euros",
                        ),
                        T(en="90%", hu="90%", nl="90%", fr="90\u00a0%"),
                    ],
                    [
                        T(en="Co-financing", hu="Önrész", nl="Cofinanciering", fr="Cofinancement"),
                        T(
                            en="EUR 34,607",
                            hu="34\u00a0607 euró",
                            nl="€\u00a034.607",
                            fr="34\u00a0607 euros",
                        ),
                        T(en="10%", hu="10%", nl="10%", fr="10\u00a0%"),
                    ],
                ],
            },
        ),
        ("heading", T(en="Activities", hu="Tevékenységek", nl="Activiteiten", fr="Activités")),
        (
            "list",
            [
                T(
                    en="A <b>kick-off conference</b> on 17 June 2014 at the Ministry of Interior "
                    "in Budapest.",
                    hu="<b>Nyitókonferencia</b> 2014. június 17-én a Belügyminisztériumban, "
                    "Budapesten.",
                    nl="Een <b>startconferentie</b> op 17 juni 2014 bij het Ministerie van "
                    "Binnenlandse Zaken in Boedapest.",
                    fr="Une <b>conférence de lancement</b> le 17 juin 2014 au ministère de "
                    "l'Intérieur, à Budapest.",
                ),
                T(
                    en="<b>Three professional workshops</b>, in Budapest, Brussels and The Hague.",
                    hu="<b>Három szakmai műhely</b> Budapesten, Brüsszelben és Hágában.",
                    nl="<b>Drie workshops voor professionals</b>, in Boedapest, Brussel en Den "
                    "Haag.",
                    fr="<b>Trois ateliers professionnels</b>, à Budapest, Bruxelles et La Haye.",
                ),
                T(
                    en="<b>Study visits</b> in Hungary, Belgium and the Netherlands.",
                    hu="<b>Tanulmányutak</b> Magyarországon, Belgiumban és Hollandiában.",
                    nl="<b>Studiebezoeken</b> in Hongarije, België en Nederland.",
                    fr="Des <b>visites d'étude</b> en Hongrie, en Belgique et aux Pays-Bas.",
                ),
                T(
                    en="Development of the <b>online platform</b> and of the <b>training "
                    "manual</b>, available in English, Hungarian, Dutch and French.",
                    hu="Az <b>online platform</b> és a <b>képzési kézikönyv</b> kidolgozása; a "
                    "kézikönyv angol, magyar, holland és francia nyelven érhető el.",
                    nl="De ontwikkeling van het <b>online platform</b> en van de "
                    "<b>trainingshandleiding</b>, die beschikbaar is in het Engels, Hongaars, "
                    "Nederlands en Frans.",
                    fr="L'élaboration de la <b>plateforme en ligne</b> et du <b>manuel de "
                    "formation</b>, disponible en anglais, en hongrois, en néerlandais et en "
                    "français.",
                ),
                T(
                    en="A <b>closing conference</b> in Budapest in January 2016.",
                    hu="<b>Zárókonferencia</b> Budapesten, 2016 januárjában.",
                    nl="Een <b>slotconferentie</b> in Boedapest in januari 2016.",
                    fr="Une <b>conférence de clôture</b> à Budapest en janvier 2016.",
                ),
            ],
        ),
        (
            "call_to_action",
            {
                "title": T(
                    en="How does a transnational referral mechanism work?",
                    hu="Hogyan működik a transznacionális áldozatirányítási mechanizmus?",
                    nl="Hoe werkt een transnationaal verwijsmechanisme?",
                    fr="Comment fonctionne un mécanisme transnational d'orientation ?",
                ),
                "text": T(
                    en="From screening and identification to return, social inclusion and court "
                    "proceedings: see how victims are referred between countries and who does "
                    "what.",
                    hu="Az első szűréstől és az azonosítástól a hazatérésen és a társadalmi "
                    "beilleszkedésen át a bírósági eljárásig: ismerje meg, hogyan irányítják "
                    "tovább az áldozatokat egyik országból a másikba, és kinek mi a feladata.",
                    nl="Van screening en identificatie tot terugkeer, sociale inclusie en "
                    "gerechtelijke procedures: lees hoe slachtoffers tussen landen worden "
                    "doorverwezen en wie wat doet.",
                    fr="Du repérage et de l'identification jusqu'au retour, à l'inclusion sociale "
                    "et aux procédures judiciaires : découvrez comment les victimes sont "
                    "orientées d'un pays à l'autre et qui fait quoi.",
                ),
                "button_label": T(
                    en="Read about the mechanism",
                    hu="Tovább a mechanizmus leírásához",
                    nl="Lees meer over het mechanisme",
                    fr="En savoir plus sur le mécanisme",
                ),
                "page": "trm",
            },
        ),
        (
            "accordion",
            {
                "title": T(
                    en="Frequently asked questions",
                    hu="Gyakran ismételt kérdések",
                    nl="Veelgestelde vragen",
                    fr="Questions fréquentes",
                ),
                "items": [
                    (
                        T(
                            en="What is a transnational referral mechanism?",
                            hu="Mi az a transznacionális áldozatirányítási mechanizmus?",
                            nl="Wat is een transnationaal verwijsmechanisme?",
                            fr="Qu'est-ce qu'un mécanisme transnational d'orientation ?",
                        ),
                        [
                            T(
                                en="It is an agreement between authorities and organisations in "
                                "different countries on how to assist, and where necessary "
                                "transfer, identified or presumed victims of trafficking across "
                                "borders. It links every stage of the referral process, from "
                                "screening and identification to return, social inclusion and "
                                "legal proceedings, and builds on the <b>national referral "
                                "mechanism</b> of each country.",
                                hu="Különböző országok hatóságai és szervezetei közötti "
                                "megállapodás arról, hogyan segítsék – és szükség esetén hogyan "
                                "juttassák el egyik országból a másikba – az emberkereskedelem "
                                "azonosított vagy feltételezett áldozatait. Összekapcsolja a "
                                "továbbirányítás valamennyi szakaszát a szűréstől és az "
                                "azonosítástól a hazatérésen és a társadalmi beilleszkedésen át a "
                                "jogi eljárásokig, és az egyes országok <b>nemzeti "
                                "áldozatirányítási mechanizmusára</b> épül.",
                                nl="Het is een afspraak tussen autoriteiten en organisaties in "
                                "verschillende landen over de grensoverschrijdende bijstand aan – "
                                "en zo nodig overdracht van – geïdentificeerde of vermoedelijke "
                                "slachtoffers van mensenhandel. Het verbindt alle fasen van de "
                                "doorverwijzing, van screening en identificatie tot terugkeer, "
                                "sociale inclusie en juridische procedures, en bouwt voort op het "
                                "<b>nationale verwijsmechanisme</b> van elk land.",
                                fr="Il s'agit d'un accord entre autorités et organisations de "
                                "différents pays sur la manière d'assister par-delà les "
                                "frontières – et, si nécessaire, de transférer – les victimes "
                                "identifiées ou présumées de la traite. Il relie toutes les "
                                "étapes de l'orientation, du repérage et de l'identification "
                                "jusqu'au retour, à l'inclusion sociale et aux procédures "
                                "judiciaires, et s'appuie sur le <b>mécanisme national "
                                "d'orientation</b> de chaque pays.",
                            ),
                        ],
                    ),
                    (
                        T(
                            en="Who can use this platform?",
                            hu="Kik használhatják a platformot?",
                            nl="Wie kan dit platform gebruiken?",
                            fr="Qui peut utiliser cette plateforme ?",
                        ),
                        [
                            T(
                                en="Everyone can read the public pages, the news and the training "
                                "manual: practitioners, trainers, students, researchers and "
                                "anyone interested in the subject. The expert forum is reserved "
                                "for professionals who work on trafficking in human beings.",
                                hu="A nyilvános oldalakat, a híreket és a képzési kézikönyvet "
                                "bárki olvashatja: gyakorló szakemberek, oktatók, hallgatók, "
                                "kutatók és mindenki, akit a téma érdekel. A szakértői fórum az "
                                "emberkereskedelem elleni küzdelemben dolgozó szakemberek számára "
                                "van fenntartva.",
                                nl="Iedereen kan de openbare pagina's, het nieuws en de "
                                "trainingshandleiding lezen: professionals, trainers, studenten, "
                                "onderzoekers en iedereen die in het onderwerp geïnteresseerd is. "
                                "Het expertforum is voorbehouden aan professionals die "
                                "beroepsmatig met mensenhandel te maken hebben.",
                                fr="Tout le monde peut consulter les pages publiques, les "
                                "actualités et le manuel de formation : praticiens, formateurs, "
                                "étudiants, chercheurs et toute personne intéressée par le sujet. "
                                "Le forum d'experts est réservé aux professionnels qui "
                                "travaillent sur la traite des êtres humains.",
                            ),
                        ],
                    ),
                    (
                        T(
                            en="Is the forum public?",
                            hu="Nyilvános a fórum?",
                            nl="Is het forum openbaar?",
                            fr="Le forum est-il public ?",
                        ),
                        [
                            T(
                                en="No. Only professionals whose application has been checked and "
                                "approved by the moderators can read and post in the forum, for "
                                "example staff of NGOs, police forces, labour inspectorates, "
                                "prosecution services and consulates. Forum content is not "
                                "visible to the public or to search engines.",
                                hu="Nem. A fórumot csak azok a szakemberek olvashatják és "
                                "használhatják, akiknek a jelentkezését a moderátorok "
                                "ellenőrizték és jóváhagyták, például civil szervezetek, a "
                                "rendőrség, a munkaügyi felügyelet, az ügyészség és a "
                                "konzulátusok munkatársai. A fórum tartalma sem a nyilvánosság, "
                                "sem a keresőmotorok számára nem látható.",
                                nl="Nee. Alleen professionals van wie de aanvraag door de "
                                "moderatoren is gecontroleerd en goedgekeurd, kunnen het forum "
                                "lezen en er berichten plaatsen, bijvoorbeeld medewerkers van "
                                "ngo's, politie, arbeidsinspectie, openbaar ministerie en "
                                "consulaten. De inhoud van het forum is niet zichtbaar voor het "
                                "publiek of voor zoekmachines.",
                                fr="Non. Seuls les professionnels dont la demande a été vérifiée "
                                "et acceptée par les modérateurs peuvent lire le forum et y "
                                "publier, par exemple des membres du personnel d'ONG, de la "
                                "police, de l'inspection du travail, du ministère public et des "
                                "consulats. Le contenu du forum n'est visible ni du public ni des "
                                "moteurs de recherche.",
                            ),
                        ],
                    ),
                    (
                        T(
                            en="In which languages is the platform available?",
                            hu="Milyen nyelveken érhető el a platform?",
                            nl="In welke talen is het platform beschikbaar?",
                            fr="Dans quelles langues la plateforme est-elle disponible ?",
                        ),
                        [
                            T(
                                en="The website is available in English, Hungarian, Dutch and "
                                "French, and so is the training manual. Forum posts appear in the "
                                "language in which their author wrote them.",
                                hu="A honlap angol, magyar, holland és francia nyelven érhető el, "
                                "csakúgy, mint a képzési kézikönyv. A fórumbejegyzések azon a "
                                "nyelven jelennek meg, amelyen a szerzőjük írta őket.",
                                nl="De website is beschikbaar in het Engels, Hongaars, Nederlands "
                                "en Frans, net als de trainingshandleiding. Berichten op het "
                                "forum verschijnen in de taal waarin de auteur ze heeft "
                                "geschreven.",
                                fr="Le site est disponible en anglais, en hongrois, en "
                                "néerlandais et en français, tout comme le manuel de formation. "
                                "Les messages du forum sont publiés dans la langue dans laquelle "
                                "leur auteur les a rédigés.",
                            ),
                        ],
                    ),
                    (
                        T(
                            en="I am a victim, or I know someone who may be. Where can I get help?",
                            hu="Áldozat vagyok, vagy ismerek valakit, aki az lehet. Hol kaphatok "
                            "segítséget?",
                            nl="Ik ben slachtoffer, of ik ken iemand die dat misschien is. Waar "
                            "vind ik hulp?",
                            fr="Je suis victime, ou je connais quelqu'un qui pourrait l'être. Où "
                            "trouver de l'aide ?",
                        ),
                        [
                            T(
                                en="If you or someone else is in immediate danger, call the "
                                "<b>European emergency number 112</b>. The call is free and the "
                                "number works in every country of the European Union.",
                                hu="Ha Ön vagy más közvetlen veszélyben van, hívja a <b>112-es "
                                "egységes európai segélyhívó számot</b>. A hívás ingyenes, és a "
                                "szám az Európai Unió minden országában működik.",
                                nl="Bent u of is iemand anders in acuut gevaar, bel dan het "
                                "<b>Europese alarmnummer 112</b>. Bellen is gratis en het nummer "
                                "werkt in alle landen van de Europese Unie.",
                                fr="Si vous-même ou une autre personne êtes en danger immédiat, "
                                "appelez le <b>numéro d'urgence européen 112</b>. L'appel est "
                                "gratuit et le numéro fonctionne dans tous les pays de l'Union "
                                "européenne.",
                            ),
                            T(
                                en="This website cannot provide direct assistance. The police or "
                                "a specialised victim support organisation in the country where "
                                "you are can advise you on the next steps; in Belgium, our "
                                "partner Payoke assists victims of trafficking. Our page on the "
                                "transnational referral mechanism explains which services help "
                                "victims and how.",
                                hu="Ez a honlap közvetlen segítséget nem tud nyújtani. A "
                                "következő lépésekről annak az országnak a rendőrsége vagy egy "
                                "áldozatsegítésre szakosodott szervezete tud tanácsot adni, ahol "
                                "éppen tartózkodik; Belgiumban partnerünk, a Payoke segíti az "
                                "emberkereskedelem áldozatait. A transznacionális "
                                "áldozatirányítási mechanizmusról szóló oldalunk bemutatja, mely "
                                "szolgálatok és hogyan segítik az áldozatokat.",
                                nl="Via deze website kunnen wij geen rechtstreekse hulp bieden. "
                                "De politie of een gespecialiseerde organisatie voor "
                                "slachtofferhulp in het land waar u zich bevindt, kan u over de "
                                "volgende stappen adviseren; in België staat onze partner Payoke "
                                "slachtoffers van mensenhandel bij. Op onze pagina over het "
                                "transnationale verwijsmechanisme leest u welke diensten "
                                "slachtoffers helpen en hoe.",
                                fr="Ce site ne peut pas apporter d'aide directe. La police ou une "
                                "organisation spécialisée dans l'aide aux victimes du pays où "
                                "vous vous trouvez peut vous conseiller sur les démarches à "
                                "suivre ; en Belgique, notre partenaire Payoke accompagne les "
                                "victimes de la traite. Notre page sur le mécanisme transnational "
                                "d'orientation explique quels services aident les victimes et de "
                                "quelle manière.",
                            ),
                        ],
                    ),
                ],
            },
        ),
    ],
    "children": [_PARTNER_HU_MINISTRY, _PARTNER_NL_MINISTRY, _PARTNER_BE_PAYOKE],
}

# ---------------------------------------------------------------------------
# The transnational referral mechanism
# ---------------------------------------------------------------------------

_TRM = {
    "key": "trm",
    "slug": T(
        en="transnational-referral-mechanism",
        hu="transznacionalis-aldozatiranyitasi-mechanizmus",
        nl="transnationaal-verwijsmechanisme",
        fr="mecanisme-transnational-d-orientation",
    ),
    "title": T(
        en="The transnational referral mechanism",
        hu="A transznacionális áldozatirányítási mechanizmus",
        nl="Het transnationale verwijsmechanisme",
        fr="Le mécanisme transnational d'orientation",
    ),
    "summary": T(
        en="What a transnational referral mechanism is, how it builds on national referral "
        "mechanisms, and who does what when a victim is referred between Hungary, Belgium and the "
        "Netherlands.",
        hu="Mit jelent a transznacionális áldozatirányítási mechanizmus, hogyan épül a nemzeti "
        "mechanizmusokra, és kinek mi a feladata, amikor egy áldozatot Magyarország, Belgium és "
        "Hollandia között irányítanak tovább.",
        nl="Wat een transnationaal verwijsmechanisme is, hoe het voortbouwt op nationale "
        "verwijsmechanismen en wie wat doet als een slachtoffer tussen Hongarije, België en "
        "Nederland wordt doorverwezen.",
        fr="Ce qu'est un mécanisme transnational d'orientation, comment il s'appuie sur les "
        "mécanismes nationaux et qui fait quoi lorsqu'une victime est orientée entre la Hongrie, "
        "la Belgique et les Pays-Bas.",
    ),
    "intro": T(
        en="When a victim of trafficking is identified in one country but comes from another, "
        "assistance has to cross the border with them. A transnational referral mechanism makes "
        "sure that it does.",
        hu="Ha az emberkereskedelem áldozatát nem abban az országban azonosítják, ahonnan "
        "származik, a segítségnek vele együtt kell átlépnie a határt. A transznacionális "
        "áldozatirányítási mechanizmus ezt hivatott biztosítani.",
        nl="Wordt een slachtoffer van mensenhandel in het ene land geïdentificeerd terwijl het "
        "uit een ander land komt, dan moet de hulp mee over de grens. Een transnationaal "
        "verwijsmechanisme zorgt daarvoor.",
        fr="Lorsqu'une victime de la traite est identifiée dans un pays alors qu'elle vient d'un "
        "autre, l'assistance doit franchir la frontière avec elle. C'est ce que garantit un "
        "mécanisme transnational d'orientation.",
    ),
    "show_in_menus": True,
    "body": [
        (
            "heading",
            T(
                en="National referral mechanisms",
                hu="Nemzeti áldozatirányítási mechanizmusok",
                nl="Nationale verwijsmechanismen",
                fr="Les mécanismes nationaux d'orientation",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="Many countries have a <b>national referral mechanism</b> (NRM): a "
                    "framework in which public authorities and civil society organisations work "
                    "together to identify presumed victims of trafficking, protect their rights "
                    "and refer them to the help they need. An NRM sets out who does what, which "
                    "procedures apply and how information is shared, so that what happens to a "
                    "victim does not depend on chance or on the goodwill of individuals.",
                    hu="Számos ország rendelkezik <b>nemzeti áldozatirányítási mechanizmussal</b> "
                    "(<i>National Referral Mechanism</i>, NRM). Ez olyan együttműködési keret, "
                    "amelyben az állami hatóságok és a civil szervezetek közösen azonosítják az "
                    "emberkereskedelem feltételezett áldozatait, védik jogaikat, és eljuttatják "
                    "őket a számukra szükséges segítséghez. A mechanizmus rögzíti, kinek mi a "
                    "feladata, milyen eljárások érvényesek, és hogyan áramlik az információ, hogy "
                    "az áldozat sorsa ne a véletlenen vagy egyes emberek jóindulatán múljon.",
                    nl="Veel landen hebben een <b>nationaal verwijsmechanisme</b> (<i>National "
                    "Referral Mechanism</i>, NRM): een kader waarin overheidsinstanties en "
                    "maatschappelijke organisaties samenwerken om vermoedelijke slachtoffers van "
                    "mensenhandel te identificeren, hun rechten te beschermen en hen door te "
                    "verwijzen naar de hulp die zij nodig hebben. Een NRM legt vast wie wat doet, "
                    "welke procedures gelden en hoe informatie wordt gedeeld, zodat wat er met "
                    "een slachtoffer gebeurt niet afhangt van toeval of van de goede wil van "
                    "individuen.",
                    fr="De nombreux pays disposent d'un <b>mécanisme national d'orientation</b> "
                    "(MNO) : un cadre dans lequel les autorités publiques et les organisations de "
                    "la société civile coopèrent pour identifier les victimes présumées de la "
                    "traite, protéger leurs droits et les orienter vers l'aide dont elles ont "
                    "besoin. Un MNO précise qui fait quoi, quelles procédures s'appliquent et "
                    "comment les informations sont partagées, afin que le sort d'une victime ne "
                    "dépende ni du hasard ni de la bonne volonté de quelques personnes.",
                ),
                T(
                    en="A national mechanism, however, stops at the border. Many victims are "
                    "exploited outside their country of origin, and their recovery does not end "
                    "when they leave the country where they were identified. Support that begins "
                    "in the destination country has to be prepared in the country of origin, and "
                    "continued there.",
                    hu="Egy nemzeti mechanizmus azonban az országhatárnál véget ér. Sok áldozatot "
                    "a származási országán kívül zsákmányolnak ki, és felépülésük nem ér véget "
                    "azzal, hogy elhagyják azt az országot, ahol azonosították őket. A "
                    "célországban megkezdett támogatást a származási országban elő kell "
                    "készíteni, és ott folytatni kell.",
                    nl="Een nationaal mechanisme houdt echter op bij de grens. Veel slachtoffers "
                    "worden buiten hun land van herkomst uitgebuit, en hun herstel is niet "
                    "voorbij wanneer zij het land verlaten waar zij werden geïdentificeerd. Hulp "
                    "die in het bestemmingsland begint, moet in het land van herkomst worden "
                    "voorbereid en daar worden voortgezet.",
                    fr="Or un mécanisme national s'arrête à la frontière. De nombreuses victimes "
                    "sont exploitées hors de leur pays d'origine, et leur rétablissement ne "
                    "s'achève pas lorsqu'elles quittent le pays où elles ont été identifiées. "
                    "L'accompagnement commencé dans le pays de destination doit être préparé dans "
                    "le pays d'origine, puis s'y poursuivre.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="What a transnational referral mechanism adds",
                hu="Mit tesz hozzá a transznacionális mechanizmus?",
                nl="Wat een transnationaal verwijsmechanisme toevoegt",
                fr="L'apport d'un mécanisme transnational d'orientation",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="A <b>transnational referral mechanism</b> (TRM) is a cooperative "
                    "arrangement between countries for the comprehensive, cross-border assistance "
                    "of identified or presumed victims and, where needed, their transfer from one "
                    "country to another. It connects the national mechanisms of the countries "
                    "involved so that each stage of the process is handed over properly: the "
                    "professional in the destination country knows whom to contact in the country "
                    "of origin, information is passed on with the victim's consent, and the "
                    "support started in one country continues in the other.",
                    hu="A <b>transznacionális áldozatirányítási mechanizmus</b> (<i>Transnational "
                    "Referral Mechanism</i>, TRM) országok közötti együttműködési megállapodás az "
                    "azonosított vagy feltételezett áldozatok átfogó, határokon átnyúló "
                    "segítésére, és szükség esetén arra, hogy egyik országból a másikba "
                    "kerüljenek. Összekapcsolja az érintett országok nemzeti mechanizmusait, hogy "
                    "a folyamat minden szakaszában rendben megtörténjen az átadás: a célországban "
                    "dolgozó szakember tudja, kihez fordulhat a származási országban, az "
                    "információ az áldozat hozzájárulásával jut el a partnerekhez, és az egyik "
                    "országban megkezdett támogatás a másikban folytatódik.",
                    nl="Een <b>transnationaal verwijsmechanisme</b> (<i>Transnational Referral "
                    "Mechanism</i>, TRM) is een samenwerkingsafspraak tussen landen over "
                    "integrale, grensoverschrijdende bijstand aan geïdentificeerde of "
                    "vermoedelijke slachtoffers en, waar nodig, hun overdracht van het ene land "
                    "naar het andere. Het verbindt de nationale mechanismen van de betrokken "
                    "landen, zodat elke fase van het proces zorgvuldig wordt overgedragen: de "
                    "professional in het bestemmingsland weet wie in het land van herkomst het "
                    "aanspreekpunt is, informatie wordt met toestemming van het slachtoffer "
                    "doorgegeven, en de hulp die in het ene land is begonnen, loopt in het andere "
                    "door.",
                    fr="Un <b>mécanisme transnational d'orientation</b> (MTO) est un accord de "
                    "coopération entre pays pour l'assistance globale et transfrontalière aux "
                    "victimes identifiées ou présumées et, le cas échéant, leur transfert d'un "
                    "pays à l'autre. Il relie les mécanismes nationaux des pays concernés afin "
                    "que chaque étape du processus soit correctement relayée : le professionnel "
                    "du pays de destination sait à qui s'adresser dans le pays d'origine, les "
                    "informations sont transmises avec le consentement de la victime et "
                    "l'accompagnement commencé dans un pays se poursuit dans l'autre.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="The stages of referral",
                hu="A továbbirányítás szakaszai",
                nl="De fasen van doorverwijzing",
                fr="Les étapes de l'orientation",
            ),
        ),
        (
            "list",
            [
                T(
                    en="<b>Screening</b>: recognising the signs that a person may be a victim of "
                    "trafficking.",
                    hu="<b>Szűrés</b>: azoknak a jeleknek a felismerése, amelyek arra utalnak, "
                    "hogy valaki az emberkereskedelem áldozata lehet.",
                    nl="<b>Screening</b>: de signalen herkennen dat iemand slachtoffer van "
                    "mensenhandel kan zijn.",
                    fr="<b>Repérage</b> : reconnaître les signes indiquant qu'une personne peut "
                    "être victime de la traite.",
                ),
                T(
                    en="<b>Identification</b>: establishing, under the applicable national "
                    "procedure, that the person is a presumed or identified victim.",
                    hu="<b>Azonosítás</b>: annak megállapítása az irányadó nemzeti eljárás "
                    "szerint, hogy az érintett feltételezett vagy azonosított áldozat.",
                    nl="<b>Identificatie</b>: volgens de geldende nationale procedure vaststellen "
                    "dat de persoon een vermoedelijk of geïdentificeerd slachtoffer is.",
                    fr="<b>Identification</b> : établir, selon la procédure nationale applicable, "
                    "que la personne est une victime présumée ou identifiée.",
                ),
                T(
                    en="<b>Assistance</b>: safe accommodation, medical and psychological care, "
                    "legal advice and information in a language the victim understands.",
                    hu="<b>Segítségnyújtás</b>: biztonságos szállás, orvosi és pszichológiai "
                    "ellátás, jogi tanácsadás és tájékoztatás az áldozat által értett nyelven.",
                    nl="<b>Bijstand</b>: veilige opvang, medische en psychologische zorg, "
                    "juridisch advies en informatie in een taal die het slachtoffer begrijpt.",
                    fr="<b>Assistance</b> : hébergement sûr, soins médicaux et psychologiques, "
                    "conseils juridiques et informations dans une langue que la victime comprend.",
                ),
                T(
                    en="<b>Voluntary assisted return</b>: if the victim chooses to go home, a "
                    "return prepared together with the services in the country of origin.",
                    hu="<b>Önkéntes, támogatott hazatérés</b>: ha az áldozat haza kíván térni, a "
                    "hazatérést a származási ország szolgálataival közösen készítik elő.",
                    nl="<b>Vrijwillige begeleide terugkeer</b>: als het slachtoffer naar huis "
                    "wil, wordt de terugkeer samen met de diensten in het land van herkomst "
                    "voorbereid.",
                    fr="<b>Retour volontaire assisté</b> : si la victime choisit de rentrer, son "
                    "retour est préparé avec les services du pays d'origine.",
                ),
                T(
                    en="<b>Social inclusion</b>: housing, education, training and work that allow "
                    "the person to rebuild their life, at home or in the destination country.",
                    hu="<b>Társadalmi beilleszkedés</b>: lakhatás, oktatás, képzés és munka, "
                    "amelyek révén az érintett újraépítheti az életét – otthon vagy a "
                    "célországban.",
                    nl="<b>Sociale inclusie</b>: huisvesting, onderwijs, opleiding en werk, zodat "
                    "de persoon zijn of haar leven weer kan opbouwen, thuis of in het "
                    "bestemmingsland.",
                    fr="<b>Inclusion sociale</b> : logement, éducation, formation et emploi, pour "
                    "permettre à la personne de reconstruire sa vie, dans son pays ou dans le "
                    "pays de destination.",
                ),
                T(
                    en="<b>Civil and criminal proceedings</b>: support for the victim as a "
                    "witness or injured party, and access to compensation.",
                    hu="<b>Polgári és büntetőeljárások</b>: az áldozat támogatása tanúként vagy "
                    "sértettként, valamint a kártérítéshez való hozzáférés biztosítása.",
                    nl="<b>Civiele en strafrechtelijke procedures</b>: ondersteuning van het "
                    "slachtoffer als getuige of benadeelde partij, en toegang tot "
                    "schadevergoeding.",
                    fr="<b>Procédures civiles et pénales</b> : soutien à la victime en tant que "
                    "témoin ou partie lésée, et accès à l'indemnisation.",
                ),
            ],
        ),
        (
            "paragraph",
            [
                T(
                    en="These stages do not always follow each other in a fixed order, and they "
                    "can take place in different countries. A victim may be identified in "
                    "Belgium, give evidence in a Belgian court and receive long-term support in "
                    "Hungary. The TRM is what holds these pieces together.",
                    hu="Ezek a szakaszok nem mindig kötött sorrendben követik egymást, és "
                    "különböző országokban is zajolhatnak. Előfordulhat, hogy egy áldozatot "
                    "Belgiumban azonosítanak, egy belga bíróság előtt tesz tanúvallomást, hosszú "
                    "távú támogatást pedig Magyarországon kap. A transznacionális mechanizmus "
                    "fogja össze ezeket az elemeket.",
                    nl="Deze fasen volgen niet altijd in een vaste volgorde op elkaar en kunnen "
                    "zich in verschillende landen afspelen. Een slachtoffer kan in België worden "
                    "geïdentificeerd, voor een Belgische rechtbank getuigen en langdurige "
                    "ondersteuning in Hongarije krijgen. Het TRM houdt al deze onderdelen bij "
                    "elkaar.",
                    fr="Ces étapes ne se succèdent pas toujours dans un ordre fixe et peuvent se "
                    "dérouler dans des pays différents. Une victime peut être identifiée en "
                    "Belgique, témoigner devant un tribunal belge et bénéficier d'un "
                    "accompagnement à long terme en Hongrie. Le MTO est ce qui relie tous ces "
                    "éléments.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Why Hungary, Belgium and the Netherlands",
                hu="Miért éppen Magyarország, Belgium és Hollandia?",
                nl="Waarom Hongarije, België en Nederland",
                fr="Pourquoi la Hongrie, la Belgique et les Pays-Bas",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="Hungarian citizens are exploited sexually and for their labour in several "
                    "European countries. Belgium and the Netherlands are the two destination "
                    "countries where Hungarian victims are most often found. A direct, practical "
                    "link between the three countries therefore helps many of the Hungarian "
                    "victims identified abroad. The three countries also bring different "
                    "experience to the table: Hungary as a country of origin, Belgium with its "
                    "system of specialised reception centres, and the Netherlands with its "
                    "long-standing multidisciplinary approach.",
                    hu="Magyar állampolgárokat több európai országban is kizsákmányolnak "
                    "szexuálisan és munkaerejük kihasználásával. A célországok közül a magyar "
                    "áldozatokat Belgiumban és Hollandiában azonosítják a leggyakrabban. A három "
                    "ország közötti közvetlen, gyakorlati kapcsolat ezért a külföldön azonosított "
                    "magyar áldozatok közül sokaknak segít. A három ország ráadásul eltérő "
                    "tapasztalatokat hoz: Magyarország származási országként, Belgium a "
                    "szakosodott befogadó központok rendszerével, Hollandia pedig régóta "
                    "alkalmazott multidiszciplináris megközelítésével.",
                    nl="Hongaarse burgers worden in verschillende Europese landen seksueel en in "
                    "de arbeid uitgebuit. België en Nederland zijn de twee bestemmingslanden waar "
                    "Hongaarse slachtoffers het vaakst worden aangetroffen. Een directe, "
                    "praktische verbinding tussen de drie landen helpt daarom veel van de "
                    "Hongaarse slachtoffers die in het buitenland worden geïdentificeerd. "
                    "Bovendien brengen de drie landen verschillende ervaring samen: Hongarije als "
                    "land van herkomst, België met zijn systeem van gespecialiseerde opvangcentra "
                    "en Nederland met zijn al lang bestaande multidisciplinaire aanpak.",
                    fr="Des ressortissants hongrois sont victimes d'exploitation sexuelle et "
                    "d'exploitation par le travail dans plusieurs pays européens. La Belgique et "
                    "les Pays-Bas sont les deux pays de destination où les victimes hongroises "
                    "sont le plus souvent identifiées. Un lien direct et concret entre les trois "
                    "pays profite donc à de nombreuses victimes hongroises identifiées à "
                    "l'étranger. Les trois pays réunissent en outre des expériences différentes : "
                    "la Hongrie en tant que pays d'origine, la Belgique avec son système de "
                    "centres d'accueil spécialisés et les Pays-Bas avec leur approche "
                    "pluridisciplinaire établie de longue date.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Who does what",
                hu="A szereplők és feladataik",
                nl="Wie doet wat",
                fr="Qui fait quoi",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="A referral succeeds only if everyone who may meet a victim knows their "
                    "part:",
                    hu="A továbbirányítás csak akkor lehet sikeres, ha mindenki, aki kapcsolatba "
                    "kerülhet egy áldozattal, tisztában van a saját szerepével:",
                    nl="Een doorverwijzing slaagt alleen als iedereen die een slachtoffer kan "
                    "tegenkomen, zijn rol kent:",
                    fr="Une orientation ne réussit que si chaque personne susceptible de "
                    "rencontrer une victime connaît son rôle :",
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    en="<b>First-line professionals</b>: social workers, health-care staff, "
                    "shelter workers, border guards and others who may be the first to notice "
                    "signs of exploitation and who know where to refer the person.",
                    hu="<b>Az első vonalban dolgozó szakemberek</b>: szociális munkások, "
                    "egészségügyi dolgozók, szállást nyújtó intézmények munkatársai, "
                    "határrendészek és mindazok, akik elsőként észlelhetik a kizsákmányolás "
                    "jeleit, és tudják, hová irányítsák tovább az érintettet.",
                    nl="<b>Eerstelijnsprofessionals</b>: maatschappelijk werkers, zorgverleners, "
                    "medewerkers van opvangvoorzieningen, grensbewakers en anderen die als "
                    "eersten signalen van uitbuiting kunnen opvangen en weten waarheen zij de "
                    "persoon kunnen doorverwijzen.",
                    fr="<b>Les professionnels de première ligne</b> : travailleurs sociaux, "
                    "personnel de santé, personnel des centres d'hébergement, garde-frontières et "
                    "tous ceux qui peuvent être les premiers à remarquer des signes "
                    "d'exploitation et savent vers qui orienter la personne.",
                ),
                T(
                    en="<b>Non-governmental organisations</b>, which provide shelter, counselling "
                    "and legal support and accompany victims throughout the process, often across "
                    "borders.",
                    hu="<b>A civil szervezetek</b>, amelyek szállást, tanácsadást és jogi "
                    "segítséget nyújtanak, és végigkísérik az áldozatokat a folyamaton, gyakran a "
                    "határokon át is.",
                    nl="<b>Niet-gouvernementele organisaties</b>, die opvang, counseling en "
                    "juridische ondersteuning bieden en slachtoffers gedurende het hele proces "
                    "begeleiden, vaak ook over de grens heen.",
                    fr="<b>Les organisations non gouvernementales</b>, qui offrent hébergement, "
                    "conseil et soutien juridique et accompagnent les victimes tout au long du "
                    "processus, souvent par-delà les frontières.",
                ),
                T(
                    en="<b>The police</b>, who identify and protect victims, investigate the "
                    "offenders and exchange information with their foreign counterparts.",
                    hu="<b>A rendőrség</b>, amely azonosítja és védi az áldozatokat, felderíti az "
                    "elkövetőket, és információt cserél a külföldi társszervekkel.",
                    nl="<b>De politie</b>, die slachtoffers identificeert en beschermt, de daders "
                    "opspoort en informatie uitwisselt met buitenlandse collega's.",
                    fr="<b>La police</b>, qui identifie et protège les victimes, enquête sur les "
                    "auteurs et échange des informations avec ses homologues étrangers.",
                ),
                T(
                    en="<b>Labour inspectors</b>, who may uncover labour exploitation during "
                    "workplace inspections.",
                    hu="<b>A munkaügyi felügyelők</b>, akik a munkahelyi ellenőrzések során "
                    "feltárhatják a munkaerő-kizsákmányolást.",
                    nl="<b>Arbeidsinspecteurs</b>, die bij inspecties op de werkplek "
                    "arbeidsuitbuiting aan het licht kunnen brengen.",
                    fr="<b>Les inspecteurs du travail</b>, qui peuvent mettre au jour des "
                    "situations d'exploitation par le travail lors des contrôles sur les lieux de "
                    "travail.",
                ),
                T(
                    en="<b>Consular staff</b>, who assist their nationals abroad with identity "
                    "documents and contacts with the authorities at home, and help prepare a safe "
                    "return.",
                    hu="<b>A konzuli munkatársak</b>, akik külföldön segítik saját "
                    "állampolgáraikat a személyazonosító okmányok ügyében és az otthoni "
                    "hatóságokkal való kapcsolattartásban, és közreműködnek a biztonságos "
                    "hazatérés előkészítésében.",
                    nl="<b>Consulair personeel</b>, dat eigen onderdanen in het buitenland helpt "
                    "met identiteitsdocumenten en contacten met de autoriteiten thuis, en "
                    "meewerkt aan de voorbereiding van een veilige terugkeer.",
                    fr="<b>Le personnel consulaire</b>, qui aide ses ressortissants à l'étranger "
                    "pour leurs documents d'identité et leurs contacts avec les autorités de leur "
                    "pays, et contribue à préparer un retour sûr.",
                ),
            ],
        ),
        (
            "paragraph",
            [
                T(
                    en="Prosecutors, judges, migration authorities and local social services also "
                    "have a part to play. The project's training manual is written for all of "
                    "them.",
                    hu="Szerepük van az ügyészeknek, a bíráknak, a migrációs hatóságoknak és a "
                    "helyi szociális szolgáltatóknak is. A projekt képzési kézikönyve "
                    "mindannyiuknak szól.",
                    nl="Ook het openbaar ministerie, rechters, migratiediensten en lokale sociale "
                    "diensten hebben een rol. De trainingshandleiding van het project is voor hen "
                    "allemaal geschreven.",
                    fr="Les procureurs, les juges, les autorités chargées des migrations et les "
                    "services sociaux locaux ont eux aussi un rôle à jouer. Le manuel de "
                    "formation du projet s'adresse à eux tous.",
                ),
            ],
        ),
        (
            "call_to_action",
            {
                "title": T(
                    en="Do you work in this field?",
                    hu="Ezen a területen dolgozik?",
                    nl="Werkt u op dit terrein?",
                    fr="Vous travaillez dans ce domaine ?",
                ),
                "text": T(
                    en="Use the training manual and the directory, and apply to join the expert "
                    "forum.",
                    hu="Használja a képzési kézikönyvet és a címjegyzéket, és jelentkezzen a "
                    "szakértői fórumra.",
                    nl="Gebruik de trainingshandleiding en het overzicht van organisaties, en "
                    "vraag toegang aan tot het expertforum.",
                    fr="Utilisez le manuel de formation et le répertoire, et demandez à rejoindre "
                    "le forum d'experts.",
                ),
                "button_label": T(
                    en="For professionals",
                    hu="Szakembereknek",
                    nl="Voor professionals",
                    fr="Pour les professionnels",
                ),
                "page": "get-involved",
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# For professionals
# ---------------------------------------------------------------------------

_GET_INVOLVED = {
    "key": "get-involved",
    "slug": T(
        en="for-professionals",
        hu="szakembereknek",
        nl="voor-professionals",
        fr="pour-les-professionnels",
    ),
    "title": T(
        en="For professionals",
        hu="Szakembereknek",
        nl="Voor professionals",
        fr="Pour les professionnels",
    ),
    "summary": T(
        en="How practitioners can use the platform: the training manual, events, the directory of "
        "organisations and the expert forum for vetted professionals.",
        hu="Hogyan használhatják a szakemberek a platformot: képzési kézikönyv, rendezvények, "
        "szervezeti címjegyzék és az ellenőrzött szakemberek számára fenntartott szakértői fórum.",
        nl="Hoe professionals het platform kunnen gebruiken: de trainingshandleiding, "
        "bijeenkomsten, het overzicht van organisaties en het expertforum voor gescreende "
        "professionals.",
        fr="Comment les praticiens peuvent utiliser la plateforme : le manuel de formation, les "
        "événements, le répertoire des organisations et le forum d'experts réservé aux "
        "professionnels vérifiés.",
    ),
    "intro": T(
        en="This platform is made for the people who identify, assist and refer victims of "
        "trafficking in their daily work, and for those who teach and research the subject.",
        hu="Ez a platform azoknak készült, akik mindennapi munkájuk során azonosítják, segítik és "
        "továbbirányítják az emberkereskedelem áldozatait, valamint azoknak, akik a témát "
        "oktatják és kutatják.",
        nl="Dit platform is bedoeld voor wie in het dagelijks werk slachtoffers van mensenhandel "
        "identificeert, bijstaat en doorverwijst, en voor wie over het onderwerp lesgeeft of "
        "onderzoek doet.",
        fr="Cette plateforme s'adresse à celles et ceux qui identifient, assistent et orientent "
        "les victimes de la traite dans leur travail quotidien, ainsi qu'à ceux qui enseignent ou "
        "étudient ce sujet.",
    ),
    "show_in_menus": True,
    "body": [
        (
            "heading",
            T(
                en="The training manual",
                hu="A képzési kézikönyv",
                nl="De trainingshandleiding",
                fr="Le manuel de formation",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="The training manual brings together what the partners learned during the "
                    "project about the identification of victims, their assistance and their "
                    "referral between Hungary, Belgium and the Netherlands. It is designed for "
                    "professional training as well as for academic use, and it is available in "
                    "English, Hungarian, Dutch and French. Trainers and lecturers can use it as "
                    "the basis for their own courses.",
                    hu="A képzési kézikönyv összefoglalja mindazt, amit a partnerek a projekt "
                    "során az áldozatok azonosításáról, segítéséről és Magyarország, Belgium és "
                    "Hollandia közötti továbbirányításáról megtanultak. Szakmai képzésekhez és "
                    "tudományos, oktatási célokra egyaránt készült, és angol, magyar, holland és "
                    "francia nyelven érhető el. Az oktatók saját kurzusaik alapjául is "
                    "használhatják.",
                    nl="De trainingshandleiding bundelt wat de partners tijdens het project "
                    "hebben geleerd over de identificatie van slachtoffers, de bijstand aan hen "
                    "en hun doorverwijzing tussen Hongarije, België en Nederland. Ze is bedoeld "
                    "voor professionele opleidingen en voor academisch gebruik, en is beschikbaar "
                    "in het Engels, Hongaars, Nederlands en Frans. Trainers en docenten kunnen "
                    "haar gebruiken als basis voor hun eigen cursussen.",
                    fr="Le manuel de formation rassemble les enseignements tirés par les "
                    "partenaires au cours du projet sur l'identification des victimes, leur "
                    "assistance et leur orientation entre la Hongrie, la Belgique et les "
                    "Pays-Bas. Conçu pour la formation professionnelle comme pour un usage "
                    "académique, il est disponible en anglais, en hongrois, en néerlandais et en "
                    "français. Les formateurs et les enseignants peuvent s'en servir comme base "
                    "pour leurs propres cours.",
                ),
            ],
        ),
        ("heading", T(en="Events", hu="Rendezvények", nl="Bijeenkomsten", fr="Événements")),
        (
            "paragraph",
            [
                T(
                    en="The project's conferences, workshops and study visits brought together "
                    "professionals from authorities and NGOs in the three countries. Reports on "
                    "these events are published in the news section of this website.",
                    hu="A projekt konferenciái, szakmai műhelyei és tanulmányútjai a három ország "
                    "hatóságainál és civil szervezeteinél dolgozó szakembereket hozták össze. Az "
                    "eseményekről szóló beszámolók a honlap Hírek rovatában olvashatók.",
                    nl="De conferenties, workshops en studiebezoeken van het project brachten "
                    "professionals van overheidsinstanties en ngo's uit de drie landen samen. "
                    "Verslagen van deze bijeenkomsten staan in de rubriek Nieuws van deze website.",
                    fr="Les conférences, ateliers et visites d'étude du projet ont réuni des "
                    "professionnels des autorités et des ONG des trois pays. Les comptes rendus "
                    "de ces événements sont publiés dans la rubrique Actualités de ce site.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="The directory",
                hu="A címjegyzék",
                nl="Het overzicht van organisaties",
                fr="Le répertoire",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="The directory lists the authorities and organisations in Hungary, Belgium "
                    "and the Netherlands that play a part in the identification, assistance and "
                    "referral of victims, with their field of work and how to reach them. It "
                    "helps you find the right counterpart on the other side of the border "
                    "quickly, whether you need a shelter place, legal advice or a contact at a "
                    "consulate.",
                    hu="A címjegyzék felsorolja azokat a magyarországi, belgiumi és hollandiai "
                    "hatóságokat és szervezeteket, amelyek részt vesznek az áldozatok "
                    "azonosításában, segítésében és továbbirányításában, tevékenységi "
                    "területükkel és elérhetőségükkel együtt. Segítségével gyorsan megtalálhatja "
                    "a megfelelő partnert a határ túloldalán, akár szálláshelyre, akár jogi "
                    "tanácsra, akár konzulátusi kapcsolattartóra van szüksége.",
                    nl="Het overzicht bevat de overheidsinstanties en organisaties in Hongarije, "
                    "België en Nederland die een rol spelen bij de identificatie, bijstand en "
                    "doorverwijzing van slachtoffers, met hun werkterrein en contactgegevens. Zo "
                    "vindt u snel de juiste tegenhanger aan de andere kant van de grens, of u nu "
                    "een opvangplaats, juridisch advies of een contactpersoon bij een consulaat "
                    "zoekt.",
                    fr="Le répertoire recense les autorités et organisations de Hongrie, de "
                    "Belgique et des Pays-Bas qui interviennent dans l'identification, "
                    "l'assistance et l'orientation des victimes, avec leur domaine d'activité et "
                    "leurs coordonnées. Il vous aide à trouver rapidement le bon interlocuteur de "
                    "l'autre côté de la frontière, que vous cherchiez une place d'hébergement, un "
                    "conseil juridique ou un contact dans un consulat.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="The expert forum",
                hu="A szakértői fórum",
                nl="Het expertforum",
                fr="Le forum d'experts",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="The forum is a closed space where professionals can ask their "
                    "counterparts for advice, share experience and discuss difficult situations "
                    "in general terms. It is open only to vetted professionals:",
                    hu="A fórum zárt felület, ahol a szakemberek tanácsot kérhetnek más "
                    "országokban dolgozó kollégáiktól, megoszthatják tapasztalataikat, és "
                    "általános formában megvitathatják a nehéz helyzeteket. Csak ellenőrzött "
                    "szakemberek férhetnek hozzá:",
                    nl="Het forum is een besloten omgeving waar professionals hun collega's om "
                    "advies kunnen vragen, ervaringen kunnen uitwisselen en lastige situaties in "
                    "algemene termen kunnen bespreken. Het is alleen toegankelijk voor gescreende "
                    "professionals:",
                    fr="Le forum est un espace fermé où les professionnels peuvent demander "
                    "conseil à leurs homologues, partager leur expérience et discuter de "
                    "situations difficiles en termes généraux. Il est réservé aux professionnels "
                    "dont le profil a été vérifié :",
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    en="<b>Apply for an account</b> with your professional e-mail address, and "
                    "tell us your organisation, your role and how your work relates to "
                    "trafficking in human beings.",
                    hu="<b>Igényeljen felhasználói fiókot</b> munkahelyi e-mail-címével, és adja "
                    "meg szervezetét, beosztását, valamint azt, hogyan kapcsolódik munkája az "
                    "emberkereskedelem elleni küzdelemhez.",
                    nl="<b>Vraag een account aan</b> met uw professionele e-mailadres en vermeld "
                    "uw organisatie, uw functie en hoe uw werk met mensenhandel te maken heeft.",
                    fr="<b>Demandez un compte</b> avec votre adresse électronique "
                    "professionnelle, en indiquant votre organisation, votre fonction et le lien "
                    "entre votre travail et la traite des êtres humains.",
                ),
                T(
                    en="<b>Vetting</b>: a moderator checks that you work in a relevant field, if "
                    "necessary by contacting your organisation.",
                    hu="<b>Ellenőrzés</b>: egy moderátor megvizsgálja, hogy valóban az érintett "
                    "szakterületen dolgozik-e; szükség esetén a szervezetével is felveszi a "
                    "kapcsolatot.",
                    nl="<b>Screening</b>: een moderator controleert of u in een relevant "
                    "vakgebied werkt en neemt zo nodig contact op met uw organisatie.",
                    fr="<b>Vérification</b> : un modérateur s'assure que vous travaillez dans un "
                    "domaine pertinent, au besoin en prenant contact avec votre organisation.",
                ),
                T(
                    en="<b>Access</b>: once your account is approved, you can read and post in "
                    "the forum. Moderators may suspend the accounts of members who break the "
                    "forum rules.",
                    hu="<b>Hozzáférés</b>: fiókja jóváhagyását követően olvashatja a fórumot, és "
                    "bejegyzéseket tehet közzé. A moderátorok felfüggeszthetik azoknak a tagoknak "
                    "a fiókját, akik megszegik a fórum szabályait.",
                    nl="<b>Toegang</b>: zodra uw account is goedgekeurd, kunt u het forum lezen "
                    "en berichten plaatsen. Moderatoren kunnen de accounts opschorten van leden "
                    "die de forumregels overtreden.",
                    fr="<b>Accès</b> : une fois votre compte approuvé, vous pouvez lire le forum "
                    "et y publier des messages. Les modérateurs peuvent suspendre le compte des "
                    "membres qui enfreignent les règles du forum.",
                ),
            ],
        ),
        (
            "paragraph",
            [
                T(
                    en="<b>Never post information that could identify a victim.</b> Do not give "
                    "names, photographs, dates of birth, addresses, case numbers or combinations "
                    "of details that point to one person. Describe the situation in general "
                    "terms. If a specific case has to be discussed, contact the organisation "
                    "concerned directly through the usual professional channels.",
                    hu="<b>Soha ne tegyen közzé olyan információt, amely alapján egy áldozat "
                    "azonosítható.</b> Ne adjon meg nevet, fényképet, születési dátumot, címet, "
                    "ügyszámot, sem olyan adatokat, amelyek együttesen egy konkrét személyre "
                    "utalnak. A helyzetet általánosságban írja le. Ha egy konkrét ügyet kell "
                    "megbeszélni, a szokásos szakmai csatornákon, közvetlenül vegye fel a "
                    "kapcsolatot az érintett szervezettel.",
                    nl="<b>Plaats nooit informatie waarmee een slachtoffer kan worden "
                    "geïdentificeerd.</b> Vermeld geen namen, foto's, geboortedata, adressen, "
                    "zaaknummers of combinaties van gegevens die naar één persoon verwijzen. "
                    "Beschrijf de situatie in algemene termen. Moet een concrete zaak besproken "
                    "worden, neem dan via de gebruikelijke professionele kanalen rechtstreeks "
                    "contact op met de betrokken organisatie.",
                    fr="<b>Ne publiez jamais d'informations permettant d'identifier une "
                    "victime.</b> N'indiquez ni nom, ni photo, ni date de naissance, ni adresse, "
                    "ni numéro de dossier, ni combinaison d'éléments renvoyant à une seule "
                    "personne. Décrivez la situation en termes généraux. Si un cas précis doit "
                    "être discuté, contactez directement l'organisation concernée par les canaux "
                    "professionnels habituels.",
                ),
            ],
        ),
        (
            "call_to_action",
            {
                "title": T(
                    en="New to RAVOT-EUR?",
                    hu="Most ismerkedik a projekttel?",
                    nl="Nieuw bij RAVOT-EUR?",
                    fr="Vous découvrez RAVOT-EUR ?",
                ),
                "text": T(
                    en="Read about the project's aims, partners, budget and activities.",
                    hu="Ismerje meg a projekt céljait, partnereit, költségvetését és "
                    "tevékenységeit.",
                    nl="Lees meer over de doelstellingen, de partners, het budget en de "
                    "activiteiten van het project.",
                    fr="Découvrez les objectifs, les partenaires, le budget et les activités du "
                    "projet.",
                ),
                "button_label": T(
                    en="About the project",
                    hu="A projektről",
                    nl="Over het project",
                    fr="À propos du projet",
                ),
                "page": "about",
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Privacy and data protection
# ---------------------------------------------------------------------------

_PRIVACY = {
    "key": "privacy",
    "slug": T(en="privacy", hu="adatvedelem", nl="privacy", fr="protection-des-donnees"),
    "title": T(
        en="Privacy and data protection",
        hu="Adatvédelmi tájékoztató",
        nl="Privacy en gegevensbescherming",
        fr="Vie privée et protection des données",
    ),
    "summary": T(
        en="How this website handles personal data: no trackers, as little data as possible, and "
        "your rights under the General Data Protection Regulation.",
        hu="Hogyan kezeli a honlap a személyes adatokat: nincsenek követőkódok, csak a "
        "feltétlenül szükséges adatokat kezeljük, és Önt megilletik az általános adatvédelmi "
        "rendelet szerinti jogok.",
        nl="Hoe deze website met persoonsgegevens omgaat: geen trackers, zo weinig mogelijk "
        "gegevens, en uw rechten volgens de Algemene Verordening Gegevensbescherming.",
        fr="Comment ce site traite les données à caractère personnel : aucun traceur, le moins de "
        "données possible, et vos droits au titre du règlement général sur la protection des "
        "données.",
    ),
    "intro": T(
        en="We collect as little personal data as possible. This notice explains what we collect, "
        "why, how long we keep it and what rights you have.",
        hu="A lehető legkevesebb személyes adatot gyűjtjük. Ez a tájékoztató bemutatja, milyen "
        "adatokat kezelünk, milyen célból, meddig őrizzük meg őket, és milyen jogok illetik meg "
        "Önt.",
        nl="Wij verzamelen zo weinig mogelijk persoonsgegevens. In deze verklaring leest u welke "
        "gegevens wij verzamelen, waarom, hoe lang wij ze bewaren en welke rechten u hebt.",
        fr="Nous collectons le moins de données personnelles possible. Cette notice explique ce "
        "que nous collectons, pourquoi, combien de temps nous le conservons et quels sont vos "
        "droits.",
    ),
    "show_in_menus": False,
    "body": [
        (
            "heading",
            T(
                en="Who is responsible",
                hu="Az adatkezelő",
                nl="Wie is verantwoordelijk",
                fr="Responsable du traitement",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="This website is run by the RAVOT-EUR project team at the Ministry of "
                    "Interior of Hungary. The ministry is the controller of the personal data "
                    "processed through the site. You can contact us at info@ravot-eur.eu or by "
                    "post at the address given in the contact details on this site.",
                    hu="A honlapot a Belügyminisztérium RAVOT-EUR projektcsapata üzemelteti. A "
                    "honlapon keresztül kezelt személyes adatok adatkezelője a "
                    "Belügyminisztérium. Elérhetőségünk: info@ravot-eur.eu, illetve postai úton a "
                    "honlapon feltüntetett címen.",
                    nl="Deze website wordt beheerd door het RAVOT-EUR-projectteam van het "
                    "Hongaarse Ministerie van Binnenlandse Zaken. Het ministerie is de "
                    "verwerkingsverantwoordelijke voor de persoonsgegevens die via de website "
                    "worden verwerkt. U kunt ons bereiken via info@ravot-eur.eu of per post op "
                    "het adres in de contactgegevens op deze website.",
                    fr="Ce site est géré par l'équipe du projet RAVOT-EUR au ministère de "
                    "l'Intérieur de Hongrie. Le ministère est responsable du traitement des "
                    "données à caractère personnel traitées par l'intermédiaire du site. Vous "
                    "pouvez nous écrire à info@ravot-eur.eu ou par courrier à l'adresse figurant "
                    "dans les coordonnées de ce site.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Visiting the website",
                hu="A honlap látogatása",
                nl="Bezoek aan de website",
                fr="Consultation du site",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="You can read all public pages without giving us any personal data. The "
                    "site uses no analytics, advertising or social media trackers, and it loads "
                    "no fonts, scripts, maps or videos from other servers, so no third party "
                    "learns about your visit.",
                    hu="A nyilvános oldalak mindegyike olvasható anélkül, hogy bármilyen "
                    "személyes adatot megadna. A honlap nem használ látogatottságmérő, hirdetési "
                    "vagy közösségimédia-követőkódokat, és nem tölt be betűtípusokat, "
                    "szkripteket, térképeket vagy videókat más szerverekről, így harmadik fél nem "
                    "szerez tudomást a látogatásáról.",
                    nl="U kunt alle openbare pagina's lezen zonder ons persoonsgegevens te "
                    "verstrekken. De website gebruikt geen analyse-, advertentie- of "
                    "socialemediatrackers en laadt geen lettertypen, scripts, kaarten of video's "
                    "van andere servers, zodat geen derde partij van uw bezoek op de hoogte raakt.",
                    fr="Vous pouvez consulter toutes les pages publiques sans nous communiquer la "
                    "moindre donnée personnelle. Le site n'utilise aucun traceur de mesure "
                    "d'audience, de publicité ou de réseaux sociaux et ne charge ni polices, ni "
                    "scripts, ni cartes, ni vidéos depuis d'autres serveurs : aucun tiers n'est "
                    "donc informé de votre visite.",
                ),
                T(
                    en="To deliver pages and protect the site against misuse, our web server "
                    "records technical data such as the IP address, the time of the request and "
                    "the page requested. These logs are used only for security purposes and are "
                    "deleted automatically after a short period.",
                    hu="Az oldalak kiszolgálásához és a honlap visszaélésekkel szembeni "
                    "védelméhez a webszerver technikai adatokat rögzít, például az IP-címet, a "
                    "kérés időpontját és a lekért oldalt. Ezeket a naplókat kizárólag biztonsági "
                    "célra használjuk, és rövid idő elteltével automatikusan töröljük.",
                    nl="Om pagina's te kunnen leveren en de website tegen misbruik te beschermen, "
                    "registreert onze webserver technische gegevens, zoals het IP-adres, het "
                    "tijdstip van het verzoek en de opgevraagde pagina. Deze logbestanden worden "
                    "alleen voor beveiligingsdoeleinden gebruikt en na korte tijd automatisch "
                    "verwijderd.",
                    fr="Pour afficher les pages et protéger le site contre les abus, notre "
                    "serveur web enregistre des données techniques telles que l'adresse IP, "
                    "l'heure de la requête et la page demandée. Ces journaux servent uniquement à "
                    "des fins de sécurité et sont supprimés automatiquement au bout d'une courte "
                    "période.",
                ),
                T(
                    en="The site sets only strictly necessary cookies: a security cookie that "
                    "protects forms and, if you sign in, a session cookie that keeps you signed "
                    "in. They are not used to follow you on other websites and do not require "
                    "your consent.",
                    hu="A honlap csak feltétlenül szükséges sütiket használ: egy biztonsági "
                    "sütit, amely az űrlapokat védi, valamint bejelentkezés esetén egy "
                    "munkamenet-sütit, amely bejelentkezve tartja Önt. Ezek nem szolgálnak arra, "
                    "hogy más honlapokon kövessék Önt, és használatukhoz nincs szükség a "
                    "hozzájárulására.",
                    nl="De website plaatst alleen strikt noodzakelijke cookies: een "
                    "beveiligingscookie die formulieren beschermt en, als u inlogt, een "
                    "sessiecookie die u ingelogd houdt. Ze worden niet gebruikt om u op andere "
                    "websites te volgen en vereisen geen toestemming.",
                    fr="Le site ne dépose que des cookies strictement nécessaires : un cookie de "
                    "sécurité qui protège les formulaires et, si vous vous connectez, un cookie "
                    "de session qui maintient votre connexion. Ils ne servent pas à vous suivre "
                    "sur d'autres sites et ne nécessitent pas votre consentement.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Applying for a forum account",
                hu="Jelentkezés a szakértői fórumra",
                nl="Een forumaccount aanvragen",
                fr="Demande de compte pour le forum",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="If you apply for access to the expert forum, we ask for:",
                    hu="Ha hozzáférést kér a szakértői fórumhoz, a következő adatokat kérjük:",
                    nl="Als u toegang tot het expertforum aanvraagt, vragen wij om:",
                    fr="Si vous demandez l'accès au forum d'experts, nous vous demandons :",
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    en="your name and professional e-mail address;",
                    hu="nevét és munkahelyi e-mail-címét;",
                    nl="uw naam en professionele e-mailadres;",
                    fr="vos nom et adresse électronique professionnelle ;",
                ),
                T(
                    en="your organisation, position and country;",
                    hu="szervezetét, beosztását és országát;",
                    nl="uw organisatie, functie en land;",
                    fr="votre organisation, votre fonction et votre pays ;",
                ),
                T(
                    en="a short description of your professional involvement in the fight against "
                    "trafficking in human beings.",
                    hu="rövid leírást arról, hogyan kapcsolódik szakmai munkája az "
                    "emberkereskedelem elleni küzdelemhez.",
                    nl="een korte beschrijving van uw professionele betrokkenheid bij de "
                    "bestrijding van mensenhandel.",
                    fr="une brève description de votre activité professionnelle dans la lutte "
                    "contre la traite des êtres humains.",
                ),
            ],
        ),
        (
            "paragraph",
            [
                T(
                    en="We use this information to check that you work in a relevant field, to "
                    "manage your account and to moderate the forum. The legal basis is the "
                    "performance of a task carried out in the public interest (Article 6(1)(e) "
                    "GDPR), namely supporting cooperation between professionals against "
                    "trafficking in human beings. We do not use the information for any other "
                    "purpose.",
                    hu="Ezeket az adatokat annak ellenőrzésére használjuk, hogy az érintett "
                    "szakterületen dolgozik-e, továbbá fiókja kezelésére és a fórum moderálására. "
                    "Az adatkezelés jogalapja közérdekű feladat végrehajtása (a GDPR 6. cikk (1) "
                    "bekezdés e) pontja), nevezetesen az emberkereskedelem ellen fellépő "
                    "szakemberek együttműködésének támogatása. Az adatokat más célra nem "
                    "használjuk fel.",
                    nl="Wij gebruiken deze gegevens om na te gaan of u in een relevant vakgebied "
                    "werkt, om uw account te beheren en om het forum te modereren. De rechtsgrond "
                    "is de vervulling van een taak van algemeen belang (artikel 6, lid 1, onder "
                    "e, AVG), te weten het ondersteunen van de samenwerking tussen professionals "
                    "in de strijd tegen mensenhandel. Wij gebruiken de gegevens niet voor andere "
                    "doeleinden.",
                    fr="Nous utilisons ces informations pour vérifier que vous travaillez dans un "
                    "domaine pertinent, pour gérer votre compte et pour modérer le forum. La base "
                    "juridique est l'exécution d'une mission d'intérêt public (article 6, "
                    "paragraphe 1, point e, du RGPD), à savoir le soutien à la coopération entre "
                    "professionnels dans la lutte contre la traite des êtres humains. Nous ne les "
                    "utilisons à aucune autre fin.",
                ),
                T(
                    en="Forum posts must never contain personal data about victims or other third "
                    "parties; moderators remove any such content.",
                    hu="A fórumbejegyzések soha nem tartalmazhatják áldozatok vagy más harmadik "
                    "személyek személyes adatait; a moderátorok az ilyen tartalmakat eltávolítják.",
                    nl="Berichten op het forum mogen nooit persoonsgegevens van slachtoffers of "
                    "andere derden bevatten; moderatoren verwijderen zulke inhoud.",
                    fr="Les messages du forum ne doivent jamais contenir de données personnelles "
                    "concernant des victimes ou d'autres tiers ; les modérateurs suppriment tout "
                    "contenu de ce type.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="How long we keep data",
                hu="Az adatok megőrzése",
                nl="Bewaartermijnen",
                fr="Durée de conservation",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="If your application is not approved, we delete it once the decision has "
                    "been taken. We keep the data of an approved account for as long as the "
                    "account exists. When the account is closed, at your request or by the "
                    "moderators, we delete your personal data; your earlier posts may remain in "
                    "the forum without your name, so that discussions stay readable, unless you "
                    "ask us to remove them.",
                    hu="Ha jelentkezését nem hagyjuk jóvá, a döntést követően töröljük. A "
                    "jóváhagyott fiókok adatait a fiók fennállásáig őrizzük meg. A fiók "
                    "megszüntetésekor – akár az Ön kérésére, akár a moderátorok döntése alapján – "
                    "személyes adatait töröljük; korábbi bejegyzései név nélkül a fórumon "
                    "maradhatnak, hogy a beszélgetések követhetők maradjanak, kivéve, ha kéri "
                    "eltávolításukat.",
                    nl="Wordt uw aanvraag niet goedgekeurd, dan verwijderen wij die zodra het "
                    "besluit is genomen. De gegevens van een goedgekeurd account bewaren wij "
                    "zolang het account bestaat. Wordt het account opgeheven, op uw verzoek of "
                    "door de moderatoren, dan verwijderen wij uw persoonsgegevens; uw eerdere "
                    "berichten kunnen zonder uw naam op het forum blijven staan, zodat discussies "
                    "leesbaar blijven, tenzij u ons vraagt ze te verwijderen.",
                    fr="Si votre demande n'est pas acceptée, nous la supprimons dès que la "
                    "décision est prise. Nous conservons les données d'un compte approuvé tant "
                    "que ce compte existe. Lorsque le compte est clôturé, à votre demande ou par "
                    "les modérateurs, nous supprimons vos données personnelles ; vos messages "
                    "antérieurs peuvent rester sur le forum sans votre nom, afin que les "
                    "discussions restent lisibles, sauf si vous nous demandez de les retirer.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Sharing and transfers",
                hu="Adattovábbítás",
                nl="Delen en doorgifte van gegevens",
                fr="Communication et transfert des données",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="We do not sell personal data or pass it on to third parties for their own "
                    "purposes, and we do not transfer it outside the European Union.",
                    hu="Személyes adatokat nem értékesítünk, harmadik félnek saját céljaira nem "
                    "adunk át, és az Európai Unión kívülre nem továbbítunk.",
                    nl="Wij verkopen geen persoonsgegevens, verstrekken ze niet aan derden voor "
                    "hun eigen doeleinden en geven ze niet door naar landen buiten de Europese "
                    "Unie.",
                    fr="Nous ne vendons pas de données personnelles, ne les communiquons pas à "
                    "des tiers pour leurs propres finalités et ne les transférons pas hors de "
                    "l'Union européenne.",
                ),
            ],
        ),
        ("heading", T(en="Your rights", hu="Az Ön jogai", nl="Uw rechten", fr="Vos droits")),
        (
            "paragraph",
            [
                T(
                    en="Under the General Data Protection Regulation (GDPR) you have the right to "
                    "access your personal data, to have it corrected or erased, to restrict or "
                    "object to its processing and, where applicable, to receive it in a portable "
                    "format. To exercise these rights, write to info@ravot-eur.eu. We will reply "
                    "within one month.",
                    hu="Az általános adatvédelmi rendelet (GDPR) alapján Ön jogosult hozzáférni "
                    "személyes adataihoz, kérheti azok helyesbítését vagy törlését, az "
                    "adatkezelés korlátozását, tiltakozhat az adatkezelés ellen, és – ahol ez "
                    "alkalmazható – kérheti adatai hordozható formában történő kiadását. E jogai "
                    "gyakorlásához írjon az info@ravot-eur.eu címre. Egy hónapon belül "
                    "válaszolunk.",
                    nl="Op grond van de Algemene Verordening Gegevensbescherming (AVG) hebt u "
                    "recht op inzage in uw persoonsgegevens, op rectificatie of wissing ervan, op "
                    "beperking van en bezwaar tegen de verwerking en, waar van toepassing, op "
                    "overdraagbaarheid van uw gegevens. Om deze rechten uit te oefenen, schrijft "
                    "u naar info@ravot-eur.eu. Wij antwoorden binnen een maand.",
                    fr="En vertu du règlement général sur la protection des données (RGPD), vous "
                    "avez le droit d'accéder à vos données personnelles, de les faire rectifier "
                    "ou effacer, de demander la limitation de leur traitement ou de vous y "
                    "opposer et, le cas échéant, de les recevoir dans un format portable. Pour "
                    "exercer ces droits, écrivez à info@ravot-eur.eu. Nous vous répondrons dans "
                    "un délai d'un mois.",
                ),
                T(
                    en="You also have the right to lodge a complaint with a supervisory "
                    "authority: in Hungary, the National Authority for Data Protection and "
                    "Freedom of Information (NAIH), or the data protection authority of the EU "
                    "country where you live or work.",
                    hu="Panaszt is tehet a felügyeleti hatóságnál: Magyarországon a Nemzeti "
                    "Adatvédelmi és Információszabadság Hatóságnál (NAIH), illetve annak az uniós "
                    "tagállamnak az adatvédelmi hatóságánál, ahol lakik vagy dolgozik.",
                    nl="U hebt ook het recht een klacht in te dienen bij een toezichthoudende "
                    "autoriteit: in Hongarije de Nationale Autoriteit voor Gegevensbescherming en "
                    "Vrijheid van Informatie (NAIH), of de gegevensbeschermingsautoriteit van het "
                    "EU-land waar u woont of werkt.",
                    fr="Vous avez également le droit d'introduire une réclamation auprès d'une "
                    "autorité de contrôle : en Hongrie, l'Autorité nationale pour la protection "
                    "des données et la liberté de l'information (NAIH), ou l'autorité de "
                    "protection des données du pays de l'UE où vous résidez ou travaillez.",
                ),
            ],
        ),
    ],
}

# ---------------------------------------------------------------------------
# Accessibility statement
# ---------------------------------------------------------------------------

_ACCESSIBILITY = {
    "key": "accessibility",
    "slug": T(
        en="accessibility",
        hu="akadalymentessegi-nyilatkozat",
        nl="toegankelijkheidsverklaring",
        fr="declaration-d-accessibilite",
    ),
    "title": T(
        en="Accessibility statement",
        hu="Akadálymentességi nyilatkozat",
        nl="Toegankelijkheidsverklaring",
        fr="Déclaration d'accessibilité",
    ),
    "summary": T(
        en="Our commitment to an accessible website, in line with WCAG 2.1 level AA and the EU "
        "Web Accessibility Directive, and how to report a problem.",
        hu="Vállalásunk az akadálymentes honlapért a WCAG 2.1 AA szintje és a webes "
        "akadálymentesítésről szóló uniós irányelv szerint, valamint tájékoztatás a problémák "
        "bejelentéséről.",
        nl="Onze inzet voor een toegankelijke website, in lijn met WCAG 2.1 niveau AA en de "
        "Europese richtlijn inzake de toegankelijkheid van websites, en hoe u een probleem meldt.",
        fr="Notre engagement en faveur d'un site accessible, conformément au niveau AA des WCAG "
        "2.1 et à la directive européenne sur l'accessibilité des sites web, et la manière de "
        "signaler un problème.",
    ),
    "intro": T(
        en="The RAVOT-EUR project team wants everyone, including people with disabilities, to be "
        "able to use this website.",
        hu="A RAVOT-EUR projektcsapata azt szeretné, hogy a honlapot mindenki használni tudja, a "
        "fogyatékossággal élő emberek is.",
        nl="Het RAVOT-EUR-projectteam wil dat iedereen deze website kan gebruiken, ook mensen met "
        "een beperking.",
        fr="L'équipe du projet RAVOT-EUR souhaite que chacun, y compris les personnes en "
        "situation de handicap, puisse utiliser ce site.",
    ),
    "show_in_menus": False,
    "body": [
        (
            "heading",
            T(
                en="Our standard",
                hu="Az alkalmazott szabvány",
                nl="Onze norm",
                fr="Notre référentiel",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="This statement applies to the website of the RAVOT-EUR project. We aim to "
                    "meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1, the "
                    "standard on which the requirements of Directive (EU) 2016/2102 on the "
                    "accessibility of the websites and mobile applications of public sector "
                    "bodies are based.",
                    hu="Ez a nyilatkozat a RAVOT-EUR projekt honlapjára vonatkozik. Célunk, hogy "
                    "a honlap megfeleljen a webes tartalmak akadálymentesítési irányelvei (WCAG) "
                    "2.1 szabvány AA szintjének, amelyre a közszférabeli szervezetek honlapjainak "
                    "és mobilalkalmazásainak akadálymentesítéséről szóló (EU) 2016/2102 irányelv "
                    "követelményei épülnek.",
                    nl="Deze verklaring geldt voor de website van het project RAVOT-EUR. Wij "
                    "streven ernaar te voldoen aan niveau AA van de Web Content Accessibility "
                    "Guidelines (WCAG) 2.1, de norm waarop de eisen van Richtlijn (EU) 2016/2102 "
                    "inzake de toegankelijkheid van de websites en mobiele applicaties van "
                    "overheidsinstanties zijn gebaseerd.",
                    fr="La présente déclaration s'applique au site du projet RAVOT-EUR. Nous "
                    "visons le niveau AA des Règles pour l'accessibilité des contenus web (WCAG) "
                    "2.1, norme sur laquelle reposent les exigences de la directive (UE) "
                    "2016/2102 relative à l'accessibilité des sites internet et des applications "
                    "mobiles des organismes du secteur public.",
                ),
                T(
                    en="In practice, this means that you should be able to:",
                    hu="Ez a gyakorlatban azt jelenti, hogy Ön:",
                    nl="In de praktijk betekent dit dat u:",
                    fr="Concrètement, vous devriez pouvoir :",
                ),
            ],
        ),
        (
            "list",
            [
                T(
                    en="move through the whole site using only a keyboard;",
                    hu="a teljes honlapot bejárhatja pusztán billentyűzettel;",
                    nl="de hele website met alleen een toetsenbord kunt gebruiken;",
                    fr="parcourir l'ensemble du site au clavier uniquement ;",
                ),
                T(
                    en="use the site with a screen reader and other assistive technologies;",
                    hu="a honlapot képernyőolvasóval és más segítő technológiákkal is "
                    "használhatja;",
                    nl="de website kunt gebruiken met een schermlezer en andere hulpmiddelen;",
                    fr="utiliser le site avec un lecteur d'écran et d'autres technologies "
                    "d'assistance ;",
                ),
                T(
                    en="enlarge text up to 200% without losing content or functions;",
                    hu="a szöveget 200%-ig nagyíthatja tartalom- és funkcióvesztés nélkül;",
                    nl="tekst tot 200% kunt vergroten zonder verlies van inhoud of functies;",
                    fr="agrandir le texte jusqu'à 200\u00a0% sans perte de contenu ni de "
                    "fonctionnalité ;",
                ),
                T(
                    en="read all text with sufficient contrast against its background;",
                    hu="minden szöveget a háttértől kellően elütő kontraszttal olvashat;",
                    nl="alle tekst kunt lezen met voldoende contrast ten opzichte van de "
                    "achtergrond;",
                    fr="lire tous les textes avec un contraste suffisant par rapport à "
                    "l'arrière-plan ;",
                ),
                T(
                    en="open the answers to frequently asked questions without JavaScript;",
                    hu="a gyakran ismételt kérdésekre adott válaszokat JavaScript nélkül is "
                    "megnyithatja;",
                    nl="de antwoorden op veelgestelde vragen ook zonder JavaScript kunt openen;",
                    fr="afficher les réponses aux questions fréquentes sans JavaScript ;",
                ),
                T(
                    en="read the site in English, Hungarian, Dutch or French.",
                    hu="a honlapot angol, magyar, holland vagy francia nyelven olvashatja.",
                    nl="de website in het Engels, Hongaars, Nederlands of Frans kunt lezen.",
                    fr="consulter le site en anglais, en hongrois, en néerlandais ou en français.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Known limitations",
                hu="Ismert korlátok",
                nl="Bekende beperkingen",
                fr="Limites connues",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="We check the site regularly and correct the problems we find. Some "
                    "documents published on the platform, in particular PDF files from project "
                    "events, may not be fully accessible. If you need a document in another "
                    "format, ask us and we will do our best to provide it.",
                    hu="A honlapot rendszeresen ellenőrizzük, és kijavítjuk a feltárt hibákat. A "
                    "platformon közzétett egyes dokumentumok, különösen a projekt rendezvényein "
                    "készült PDF-fájlok, nem feltétlenül teljesen akadálymentesek. Ha egy "
                    "dokumentumra más formátumban van szüksége, jelezze nekünk, és igyekszünk azt "
                    "rendelkezésére bocsátani.",
                    nl="Wij controleren de website regelmatig en verhelpen de problemen die wij "
                    "vinden. Sommige documenten op het platform, met name pdf-bestanden van "
                    "projectbijeenkomsten, zijn mogelijk niet volledig toegankelijk. Hebt u een "
                    "document in een andere vorm nodig, laat het ons dan weten; wij doen ons best "
                    "om het te leveren.",
                    fr="Nous vérifions régulièrement le site et corrigeons les problèmes "
                    "constatés. Certains documents publiés sur la plateforme, en particulier les "
                    "fichiers PDF issus des événements du projet, peuvent ne pas être entièrement "
                    "accessibles. Si vous avez besoin d'un document dans un autre format, "
                    "demandez-le-nous et nous ferons de notre mieux pour vous le fournir.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Report a problem",
                hu="Probléma bejelentése",
                nl="Een probleem melden",
                fr="Signaler un problème",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="If you come across a barrier on this website or need information in an "
                    "accessible format, please tell us. Write to info@ravot-eur.eu, giving the "
                    "address of the page and a short description of the problem. We will reply as "
                    "soon as possible and tell you how and when we will solve it.",
                    hu="Ha akadályba ütközik a honlapon, vagy akadálymentes formátumban van "
                    "szüksége valamilyen információra, kérjük, jelezze nekünk. Írjon az "
                    "info@ravot-eur.eu címre, és adja meg az érintett oldal címét, valamint a "
                    "probléma rövid leírását. A lehető leghamarabb válaszolunk, és tájékoztatjuk, "
                    "hogyan és mikor oldjuk meg a problémát.",
                    nl="Stuit u op een drempel op deze website of hebt u informatie in een "
                    "toegankelijke vorm nodig, laat het ons dan weten. Schrijf naar "
                    "info@ravot-eur.eu en vermeld het adres van de pagina en een korte "
                    "beschrijving van het probleem. Wij antwoorden zo snel mogelijk en laten u "
                    "weten hoe en wanneer wij het probleem oplossen.",
                    fr="Si vous rencontrez un obstacle sur ce site ou avez besoin d'informations "
                    "dans un format accessible, signalez-le-nous. Écrivez à info@ravot-eur.eu en "
                    "indiquant l'adresse de la page et une brève description du problème. Nous "
                    "vous répondrons dans les meilleurs délais et vous indiquerons comment et "
                    "quand nous résoudrons le problème.",
                ),
            ],
        ),
        (
            "heading",
            T(
                en="Enforcement procedure",
                hu="Jogérvényesítési eljárás",
                nl="Handhavingsprocedure",
                fr="Procédure de mise en œuvre",
            ),
        ),
        (
            "paragraph",
            [
                T(
                    en="If you are not satisfied with our reply, you can turn to the body "
                    "responsible in Hungary for monitoring and enforcing the accessibility "
                    "requirements of Directive (EU) 2016/2102.",
                    hu="Ha válaszunkkal nem elégedett, az (EU) 2016/2102 irányelv "
                    "akadálymentességi követelményeinek ellenőrzéséért és érvényesítéséért "
                    "Magyarországon felelős szervhez fordulhat.",
                    nl="Bent u niet tevreden met ons antwoord, dan kunt u zich wenden tot de "
                    "instantie die in Hongarije verantwoordelijk is voor het toezicht op en de "
                    "handhaving van de toegankelijkheidseisen van Richtlijn (EU) 2016/2102.",
                    fr="Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à "
                    "l'organisme chargé, en Hongrie, du contrôle et de l'application des "
                    "exigences d'accessibilité de la directive (UE) 2016/2102.",
                ),
            ],
        ),
    ],
}

STANDARD_PAGES = [_ABOUT, _TRM, _GET_INVOLVED, _PRIVACY, _ACCESSIBILITY]

# ---------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": T(en="news", hu="hirek", nl="nieuws", fr="actualites"),
    "title": T(en="News", hu="Hírek", nl="Nieuws", fr="Actualités"),
    "summary": T(
        en="News from the RAVOT-EUR project: conferences, workshops, study visits and "
        "publications.",
        hu="Hírek a RAVOT-EUR projektről: konferenciák, szakmai műhelyek, tanulmányutak és "
        "kiadványok.",
        nl="Nieuws over het project RAVOT-EUR: conferenties, workshops, studiebezoeken en "
        "publicaties.",
        fr="Actualités du projet RAVOT-EUR : conférences, ateliers, visites d'étude et "
        "publications.",
    ),
    "intro": T(
        en="Follow the milestones of RAVOT-EUR, from the launch of the project in February 2014 "
        "to its closing conference in Budapest in January 2016.",
        hu="Kövesse nyomon a RAVOT-EUR fontosabb állomásait a projekt 2014. februári indulásától "
        "a 2016. januári budapesti zárókonferenciáig.",
        nl="Volg de mijlpalen van RAVOT-EUR, van de start van het project in februari 2014 tot de "
        "slotconferentie in Boedapest in januari 2016.",
        fr="Suivez les grandes étapes de RAVOT-EUR, du lancement du projet en février 2014 à la "
        "conférence de clôture à Budapest en janvier 2016.",
    ),
}

NEWS = [
    {
        "key": "news-project-launch",
        "slug": T(
            en="ravot-eur-project-launched",
            hu="elindult-a-ravot-eur-projekt",
            nl="project-ravot-eur-van-start",
            fr="lancement-du-projet-ravot-eur",
        ),
        "title": T(
            en="RAVOT-EUR project launched",
            hu="Elindult a RAVOT-EUR projekt",
            nl="Project RAVOT-EUR van start",
            fr="Lancement du projet RAVOT-EUR",
        ),
        "date": date(2014, 2, 1),
        "summary": T(
            en="The Ministry of Interior of Hungary, the Dutch Ministry of Security and Justice "
            "and Payoke have started a two-year project to improve the referral of and assistance "
            "for victims of trafficking in human beings.",
            hu="A Belügyminisztérium, a holland Biztonsági és Igazságügyi Minisztérium és a "
            "Payoke kétéves projektet indított az emberkereskedelem áldozatainak jobb "
            "továbbirányítása és segítése érdekében.",
            nl="Het Hongaarse Ministerie van Binnenlandse Zaken, het Nederlandse Ministerie van "
            "Veiligheid en Justitie en Payoke zijn een tweejarig project gestart om de "
            "doorverwijzing van en bijstand aan slachtoffers van mensenhandel te verbeteren.",
            fr="Le ministère de l'Intérieur de Hongrie, le ministère néerlandais de la Sécurité "
            "et de la Justice et Payoke lancent un projet de deux ans pour améliorer "
            "l'orientation et l'assistance des victimes de la traite des êtres humains.",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        en="On 1 February 2014 the Ministry of Interior of Hungary, the Ministry "
                        "of Security and Justice of the Netherlands and Payoke vzw in Belgium "
                        "started work on <i>Referral of and assistance for victims of human "
                        "trafficking in Europe</i> (RAVOT-EUR). Over the next 24 months, the "
                        "three partners will work to improve cooperation between Hungary and the "
                        "two destination countries where Hungarian victims are most often found.",
                        hu="2014. február 1-jén a Belügyminisztérium, a holland Biztonsági és "
                        "Igazságügyi Minisztérium és a belgiumi Payoke vzw megkezdte <i>Az "
                        "emberkereskedelem áldozatainak továbbirányítása és segítése "
                        "Európában</i> (RAVOT-EUR) című projekt megvalósítását. A következő 24 "
                        "hónapban a három partner azon dolgozik, hogy javítsa az együttműködést "
                        "Magyarország és azon két célország között, ahol a magyar áldozatokat a "
                        "leggyakrabban azonosítják.",
                        nl="Op 1 februari 2014 zijn het Hongaarse Ministerie van Binnenlandse "
                        "Zaken, het Nederlandse Ministerie van Veiligheid en Justitie en Payoke "
                        "vzw in België begonnen aan het project <i>Doorverwijzing van en bijstand "
                        "aan slachtoffers van mensenhandel in Europa</i> (RAVOT-EUR). De komende "
                        "24 maanden werken de drie partners aan een betere samenwerking tussen "
                        "Hongarije en de twee bestemmingslanden waar Hongaarse slachtoffers het "
                        "vaakst worden aangetroffen.",
                        fr="Le 1er février 2014, le ministère de l'Intérieur de Hongrie, le "
                        "ministère de la Sécurité et de la Justice des Pays-Bas et Payoke vzw, en "
                        "Belgique, ont commencé à mettre en œuvre le projet <i>Orientation et "
                        "assistance des victimes de la traite des êtres humains en Europe</i> "
                        "(RAVOT-EUR). Pendant 24 mois, les trois partenaires s'attacheront à "
                        "améliorer la coopération entre la Hongrie et les deux pays de "
                        "destination où les victimes hongroises sont le plus souvent identifiées.",
                    ),
                    T(
                        en="The project is co-funded by the European Union's programme "
                        "<i>Prevention of and Fight against Crime</i> (ISEC). Of the total budget "
                        "of EUR 346,069, the EU contributes EUR 311,462.",
                        hu="A projektet az Európai Unió <i>A bűnmegelőzés és a bűnözés elleni "
                        "küzdelem</i> (ISEC) programja társfinanszírozza. A 346\u00a0069 eurós "
                        "teljes költségvetésből 311\u00a0462 eurót az Európai Unió biztosít.",
                        nl="Het project wordt medegefinancierd door het programma <i>Preventie en "
                        "bestrijding van criminaliteit</i> (ISEC) van de Europese Unie. Van het "
                        "totale budget van €\u00a0346.069 draagt de EU €\u00a0311.462 bij.",
                        fr="Le projet est cofinancé par le programme de l'Union européenne "
                        "<i>Prévenir et combattre la criminalité</i> (ISEC). Sur un budget total "
                        "de 346\u00a0069 euros, l'UE apporte 311\u00a0462 euros.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    en="What the project will do",
                    hu="A projekt tervezett tevékenységei",
                    nl="Wat het project gaat doen",
                    fr="Ce que prévoit le projet",
                ),
            ),
            (
                "list",
                [
                    T(
                        en="develop a <b>transnational referral mechanism</b> between Hungary, "
                        "Belgium and the Netherlands;",
                        hu="<b>transznacionális áldozatirányítási mechanizmus</b> kidolgozása "
                        "Magyarország, Belgium és Hollandia között;",
                        nl="een <b>transnationaal verwijsmechanisme</b> ontwikkelen tussen "
                        "Hongarije, België en Nederland;",
                        fr="élaborer un <b>mécanisme transnational d'orientation</b> entre la "
                        "Hongrie, la Belgique et les Pays-Bas ;",
                    ),
                    T(
                        en="help victims of sexual and labour exploitation to return safely and "
                        "to reintegrate into society;",
                        hu="a szexuális kizsákmányolás és a munkaerő-kizsákmányolás áldozatainak "
                        "segítése a biztonságos hazatérésben és a társadalmi visszailleszkedésben;",
                        nl="slachtoffers van seksuele uitbuiting en arbeidsuitbuiting helpen bij "
                        "een veilige terugkeer en re-integratie in de samenleving;",
                        fr="aider les victimes d'exploitation sexuelle et d'exploitation par le "
                        "travail à rentrer en sécurité et à se réinsérer dans la société ;",
                    ),
                    T(
                        en="organise a kick-off conference, three professional workshops, study "
                        "visits and a closing conference;",
                        hu="nyitókonferencia, három szakmai műhely, tanulmányutak és "
                        "zárókonferencia szervezése;",
                        nl="een startconferentie, drie workshops voor professionals, "
                        "studiebezoeken en een slotconferentie organiseren;",
                        fr="organiser une conférence de lancement, trois ateliers professionnels, "
                        "des visites d'étude et une conférence de clôture ;",
                    ),
                    T(
                        en="create an <b>online platform</b> and a <b>training manual</b> for "
                        "professional and academic use.",
                        hu="<b>online platform</b> és szakmai, illetve tudományos célokra "
                        "használható <b>képzési kézikönyv</b> létrehozása.",
                        nl="een <b>online platform</b> en een <b>trainingshandleiding</b> voor "
                        "professioneel en academisch gebruik ontwikkelen.",
                        fr="créer une <b>plateforme en ligne</b> et un <b>manuel de formation</b> "
                        "à usage professionnel et académique.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "news-kick-off-conference",
        "slug": T(
            en="kick-off-conference-in-budapest",
            hu="nyitokonferencia-budapesten",
            nl="startconferentie-in-boedapest",
            fr="conference-de-lancement-a-budapest",
        ),
        "title": T(
            en="Kick-off conference in Budapest",
            hu="Nyitókonferencia Budapesten",
            nl="Startconferentie in Boedapest",
            fr="Conférence de lancement à Budapest",
        ),
        "date": date(2014, 6, 17),
        "summary": T(
            en="Professionals from Hungary, Belgium and the Netherlands met at the Ministry of "
            "Interior in Budapest to launch the cooperation of RAVOT-EUR.",
            hu="Magyarországi, belgiumi és hollandiai szakemberek találkoztak a "
            "Belügyminisztériumban, hogy elindítsák a RAVOT-EUR keretében folyó együttműködést.",
            nl="Professionals uit Hongarije, België en Nederland kwamen bijeen bij het Ministerie "
            "van Binnenlandse Zaken in Boedapest om de samenwerking binnen RAVOT-EUR op gang te "
            "brengen.",
            fr="Des professionnels de Hongrie, de Belgique et des Pays-Bas se sont réunis au "
            "ministère de l'Intérieur à Budapest pour lancer la coopération au sein de RAVOT-EUR.",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        en="On 17 June 2014 the Ministry of Interior of Hungary hosted the "
                        "kick-off conference of RAVOT-EUR in Budapest. Representatives of "
                        "authorities and non-governmental organisations from Hungary, Belgium and "
                        "the Netherlands came together to discuss how the three countries can "
                        "work better together for victims of trafficking in human beings.",
                        hu="2014. június 17-én a Belügyminisztérium adott otthont Budapesten a "
                        "RAVOT-EUR nyitókonferenciájának. Magyarországi, belgiumi és hollandiai "
                        "hatóságok és civil szervezetek képviselői vitatták meg, hogyan működhet "
                        "együtt hatékonyabban a három ország az emberkereskedelem áldozatai "
                        "érdekében.",
                        nl="Op 17 juni 2014 vond bij het Hongaarse Ministerie van Binnenlandse "
                        "Zaken in Boedapest de startconferentie van RAVOT-EUR plaats. "
                        "Vertegenwoordigers van overheidsinstanties en niet-gouvernementele "
                        "organisaties uit Hongarije, België en Nederland bespraken hoe de drie "
                        "landen beter kunnen samenwerken ten behoeve van slachtoffers van "
                        "mensenhandel.",
                        fr="Le 17 juin 2014, le ministère de l'Intérieur de Hongrie a accueilli à "
                        "Budapest la conférence de lancement de RAVOT-EUR. Des représentants "
                        "d'autorités et d'organisations non gouvernementales de Hongrie, de "
                        "Belgique et des Pays-Bas ont examiné comment les trois pays peuvent "
                        "mieux coopérer au service des victimes de la traite des êtres humains.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    en="Main topics",
                    hu="Főbb témák",
                    nl="Belangrijkste onderwerpen",
                    fr="Principaux thèmes",
                ),
            ),
            (
                "list",
                [
                    T(
                        en="raising awareness of trafficking in human beings;",
                        hu="az emberkereskedelemmel kapcsolatos tudatosság növelése;",
                        nl="bewustmaking over mensenhandel;",
                        fr="la sensibilisation à la traite des êtres humains ;",
                    ),
                    T(
                        en="best practices in the assistance of victims;",
                        hu="bevált gyakorlatok az áldozatok segítésében;",
                        nl="goede praktijken bij de bijstand aan slachtoffers;",
                        fr="les bonnes pratiques en matière d'assistance aux victimes ;",
                    ),
                    T(
                        en="the referral of victims between countries;",
                        hu="az áldozatok országok közötti továbbirányítása;",
                        nl="de doorverwijzing van slachtoffers tussen landen;",
                        fr="l'orientation des victimes d'un pays à l'autre ;",
                    ),
                    T(
                        en="the safe return of victims to their country of origin.",
                        hu="az áldozatok biztonságos hazatérése származási országukba.",
                        nl="de veilige terugkeer van slachtoffers naar hun land van herkomst.",
                        fr="le retour en toute sécurité des victimes dans leur pays d'origine.",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        en="The conference also presented the work plan for the coming months: "
                        "three professional workshops in Budapest, Brussels and The Hague, study "
                        "visits in the three countries, and the development of the online "
                        "platform and the training manual.",
                        hu="A konferencián bemutatták a következő hónapok munkatervét is: három "
                        "szakmai műhelyt Budapesten, Brüsszelben és Hágában, tanulmányutakat a "
                        "három országban, valamint az online platform és a képzési kézikönyv "
                        "kidolgozását.",
                        nl="Tijdens de conferentie werd ook het werkplan voor de komende maanden "
                        "gepresenteerd: drie workshops voor professionals in Boedapest, Brussel "
                        "en Den Haag, studiebezoeken in de drie landen en de ontwikkeling van het "
                        "online platform en de trainingshandleiding.",
                        fr="La conférence a également présenté le programme de travail des mois "
                        "suivants : trois ateliers professionnels à Budapest, Bruxelles et La "
                        "Haye, des visites d'étude dans les trois pays et l'élaboration de la "
                        "plateforme en ligne et du manuel de formation.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "news-first-workshop",
        "slug": T(
            en="first-professional-workshop-and-study-visit",
            hu="elso-szakmai-muhely-es-tanulmanyut",
            nl="eerste-workshop-en-studiebezoek",
            fr="premier-atelier-professionnel-et-visite-d-etude",
        ),
        "title": T(
            en="First professional workshop and study visit",
            hu="Az első szakmai műhely és tanulmányút",
            nl="Eerste workshop en studiebezoek",
            fr="Premier atelier professionnel et visite d'étude",
        ),
        "date": date(2014, 6, 18),
        "summary": T(
            en="The day after the kick-off conference, the project held its first professional "
            "workshop, combined with a study visit.",
            hu="A nyitókonferenciát követő napon a projekt megtartotta első szakmai műhelyét, "
            "amelyhez tanulmányút is kapcsolódott.",
            nl="Een dag na de startconferentie hield het project zijn eerste workshop voor "
            "professionals, gecombineerd met een studiebezoek.",
            fr="Au lendemain de la conférence de lancement, le projet a tenu son premier atelier "
            "professionnel, associé à une visite d'étude.",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        en="On 18 June 2014, the day after the kick-off conference, the "
                        "professionals taking part in RAVOT-EUR met for the first of the "
                        "project's three professional workshops, combined with a study visit.",
                        hu="2014. június 18-án, a nyitókonferencia másnapján a projektben részt "
                        "vevő szakemberek a projekt három szakmai műhelye közül az elsőn "
                        "találkoztak, amelyhez tanulmányút is kapcsolódott.",
                        nl="Op 18 juni 2014, een dag na de startconferentie, kwamen de "
                        "professionals die aan RAVOT-EUR deelnemen bijeen voor de eerste van de "
                        "drie workshops van het project, gecombineerd met een studiebezoek.",
                        fr="Le 18 juin 2014, au lendemain de la conférence de lancement, les "
                        "professionnels participant à RAVOT-EUR se sont réunis pour le premier "
                        "des trois ateliers professionnels du projet, associé à une visite "
                        "d'étude.",
                    ),
                    T(
                        en="The workshops give practitioners from Hungary, Belgium and the "
                        "Netherlands the opportunity to learn how their counterparts work, to "
                        "discuss the practical obstacles they face in identifying, assisting and "
                        "referring victims, and to build the personal contacts on which "
                        "cross-border cooperation depends. The study visits complement them by "
                        "showing participants at first hand how the authorities and organisations "
                        "of the host country work.",
                        hu="A szakmai műhelyek lehetőséget adnak a magyarországi, belgiumi és "
                        "hollandiai szakembereknek arra, hogy megismerjék egymás munkamódszereit, "
                        "megvitassák az áldozatok azonosítása, segítése és továbbirányítása során "
                        "felmerülő gyakorlati nehézségeket, és kiépítsék azokat a személyes "
                        "kapcsolatokat, amelyeken a határokon átnyúló együttműködés alapul. A "
                        "tanulmányutak ezt egészítik ki: a résztvevők első kézből ismerhetik meg "
                        "a vendéglátó ország hatóságainak és szervezeteinek munkáját.",
                        nl="De workshops bieden professionals uit Hongarije, België en Nederland "
                        "de gelegenheid te zien hoe hun collega's werken, de praktische "
                        "knelpunten bij de identificatie, bijstand en doorverwijzing van "
                        "slachtoffers te bespreken en de persoonlijke contacten op te bouwen "
                        "waarop grensoverschrijdende samenwerking steunt. De studiebezoeken "
                        "vullen dit aan: de deelnemers zien met eigen ogen hoe de instanties en "
                        "organisaties in het gastland werken.",
                        fr="Les ateliers permettent aux praticiens de Hongrie, de Belgique et des "
                        "Pays-Bas de découvrir les méthodes de travail de leurs homologues, "
                        "d'aborder les obstacles concrets rencontrés dans l'identification, "
                        "l'assistance et l'orientation des victimes, et de nouer les contacts "
                        "personnels sur lesquels repose la coopération transfrontalière. Les "
                        "visites d'étude les complètent en montrant directement aux participants "
                        "le fonctionnement des autorités et organisations du pays d'accueil.",
                    ),
                    T(
                        en="The three workshops take place in Budapest, Brussels and The Hague, "
                        "and study visits are planned in all three countries.",
                        hu="A három szakmai műhely helyszíne Budapest, Brüsszel és Hága, "
                        "tanulmányutakra pedig mindhárom országban sor kerül.",
                        nl="De drie workshops vinden plaats in Boedapest, Brussel en Den Haag, en "
                        "in alle drie de landen staan studiebezoeken op het programma.",
                        fr="Les trois ateliers se tiennent à Budapest, à Bruxelles et à La Haye, "
                        "et des visites d'étude sont prévues dans chacun des trois pays.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "news-training-manual",
        "slug": T(
            en="training-manual-available-in-four-languages",
            hu="negy-nyelven-elerheto-a-kepzesi-kezikonyv",
            nl="trainingshandleiding-beschikbaar-in-vier-talen",
            fr="le-manuel-de-formation-disponible-en-quatre-langues",
        ),
        "title": T(
            en="Training manual available in four languages",
            hu="Négy nyelven elérhető a képzési kézikönyv",
            nl="Trainingshandleiding beschikbaar in vier talen",
            fr="Le manuel de formation disponible en quatre langues",
        ),
        "date": date(2015, 11, 30),
        "summary": T(
            en="The RAVOT-EUR training manual on identifying, assisting and referring victims of "
            "trafficking is now available in English, Hungarian, Dutch and French.",
            hu="Angol, magyar, holland és francia nyelven is elérhető a RAVOT-EUR képzési "
            "kézikönyve az emberkereskedelem áldozatainak azonosításáról, segítéséről és "
            "továbbirányításáról.",
            nl="De trainingshandleiding van RAVOT-EUR over de identificatie van, bijstand aan en "
            "doorverwijzing van slachtoffers van mensenhandel is nu beschikbaar in het Engels, "
            "Hongaars, Nederlands en Frans.",
            fr="Le manuel de formation de RAVOT-EUR sur l'identification, l'assistance et "
            "l'orientation des victimes de la traite est désormais disponible en anglais, en "
            "hongrois, en néerlandais et en français.",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        en="The training manual developed in RAVOT-EUR is now available on this "
                        "platform in English, Hungarian, Dutch and French. It brings together the "
                        "knowledge and experience exchanged by professionals from Hungary, "
                        "Belgium and the Netherlands at the project's conferences, workshops and "
                        "study visits.",
                        hu="A RAVOT-EUR keretében kidolgozott képzési kézikönyv mostantól angol, "
                        "magyar, holland és francia nyelven érhető el ezen a platformon. Összegzi "
                        "azokat az ismereteket és tapasztalatokat, amelyeket a magyarországi, "
                        "belgiumi és hollandiai szakemberek a projekt konferenciáin, szakmai "
                        "műhelyein és tanulmányútjain megosztottak egymással.",
                        nl="De trainingshandleiding die binnen RAVOT-EUR is ontwikkeld, is nu op "
                        "dit platform beschikbaar in het Engels, Hongaars, Nederlands en Frans. "
                        "Ze bundelt de kennis en ervaring die professionals uit Hongarije, België "
                        "en Nederland tijdens de conferenties, workshops en studiebezoeken van "
                        "het project hebben uitgewisseld.",
                        fr="Le manuel de formation élaboré dans le cadre de RAVOT-EUR est "
                        "désormais disponible sur cette plateforme en anglais, en hongrois, en "
                        "néerlandais et en français. Il rassemble les connaissances et "
                        "l'expérience échangées par des professionnels de Hongrie, de Belgique et "
                        "des Pays-Bas lors des conférences, ateliers et visites d'étude du projet.",
                    ),
                    T(
                        en="The manual is intended for professional training, for example of "
                        "police officers, labour inspectors, social workers, NGO staff and "
                        "consular staff, and for academic use in teaching and research.",
                        hu="A kézikönyv egyrészt szakmai képzésekhez készült – többek között "
                        "rendőrök, munkaügyi felügyelők, szociális munkások, civil szervezetek "
                        "munkatársai és konzuli tisztviselők számára –, másrészt oktatási és "
                        "kutatási célokra is használható.",
                        nl="De handleiding is bedoeld voor professionele opleidingen, "
                        "bijvoorbeeld van politiemensen, arbeidsinspecteurs, maatschappelijk "
                        "werkers, ngo-medewerkers en consulair personeel, en voor academisch "
                        "gebruik in onderwijs en onderzoek.",
                        fr="Le manuel est destiné à la formation professionnelle, notamment des "
                        "policiers, des inspecteurs du travail, des travailleurs sociaux, du "
                        "personnel des ONG et des agents consulaires, ainsi qu'à un usage "
                        "académique, dans l'enseignement et la recherche.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    en="What the manual covers",
                    hu="A kézikönyv témái",
                    nl="Wat de handleiding behandelt",
                    fr="Contenu du manuel",
                ),
            ),
            (
                "list",
                [
                    T(
                        en="recognising and identifying victims of sexual and labour exploitation;",
                        hu="a szexuális kizsákmányolás és a munkaerő-kizsákmányolás áldozatainak "
                        "felismerése és azonosítása;",
                        nl="het herkennen en identificeren van slachtoffers van seksuele "
                        "uitbuiting en arbeidsuitbuiting;",
                        fr="le repérage et l'identification des victimes d'exploitation sexuelle "
                        "et d'exploitation par le travail ;",
                    ),
                    T(
                        en="assistance to and protection of victims;",
                        hu="az áldozatok segítése és védelme;",
                        nl="bijstand aan en bescherming van slachtoffers;",
                        fr="l'assistance et la protection des victimes ;",
                    ),
                    T(
                        en="national and transnational referral mechanisms;",
                        hu="nemzeti és transznacionális áldozatirányítási mechanizmusok;",
                        nl="nationale en transnationale verwijsmechanismen;",
                        fr="les mécanismes nationaux et transnationaux d'orientation ;",
                    ),
                    T(
                        en="safe return and social reintegration.",
                        hu="biztonságos hazatérés és társadalmi visszailleszkedés.",
                        nl="veilige terugkeer en sociale re-integratie.",
                        fr="le retour en toute sécurité et la réinsertion sociale.",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        en="Professionals who want to discuss the manual with colleagues in other "
                        "countries can apply for access to the expert forum.",
                        hu="Azok a szakemberek, akik más országokban dolgozó kollégáikkal is "
                        "megvitatnák a kézikönyvet, hozzáférést kérhetnek a szakértői fórumhoz.",
                        nl="Professionals die de handleiding met collega's in andere landen "
                        "willen bespreken, kunnen toegang tot het expertforum aanvragen.",
                        fr="Les professionnels qui souhaitent discuter du manuel avec des "
                        "collègues d'autres pays peuvent demander l'accès au forum d'experts.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "news-closing-conference",
        "slug": T(
            en="closing-conference-in-budapest",
            hu="zarokonferencia-budapesten",
            nl="slotconferentie-in-boedapest",
            fr="conference-de-cloture-a-budapest",
        ),
        "title": T(
            en="Closing conference in Budapest",
            hu="Zárókonferencia Budapesten",
            nl="Slotconferentie in Boedapest",
            fr="Conférence de clôture à Budapest",
        ),
        "date": date(2016, 1, 20),
        "summary": T(
            en="Two years after its launch, RAVOT-EUR presented its results at a closing "
            "conference in Budapest.",
            hu="Két évvel indulása után a RAVOT-EUR budapesti zárókonferenciáján mutatta be "
            "eredményeit.",
            nl="Twee jaar na de start presenteerde RAVOT-EUR zijn resultaten op een "
            "slotconferentie in Boedapest.",
            fr="Deux ans après son lancement, RAVOT-EUR a présenté ses résultats lors d'une "
            "conférence de clôture à Budapest.",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        en="RAVOT-EUR held its closing conference in Budapest in January 2016. "
                        "Partners and professionals from Hungary, Belgium and the Netherlands "
                        "looked back on two years of cooperation and discussed how to keep it "
                        "going after the end of the project.",
                        hu="A RAVOT-EUR 2016 januárjában Budapesten tartotta zárókonferenciáját. "
                        "A magyarországi, belgiumi és hollandiai partnerek és szakemberek "
                        "áttekintették a kétéves együttműködést, és megvitatták, hogyan "
                        "folytatható a projekt lezárása után is.",
                        nl="RAVOT-EUR hield in januari 2016 zijn slotconferentie in Boedapest. "
                        "Partners en professionals uit Hongarije, België en Nederland blikten "
                        "terug op twee jaar samenwerking en bespraken hoe die na afloop van het "
                        "project kan worden voortgezet.",
                        fr="RAVOT-EUR a tenu sa conférence de clôture à Budapest en janvier 2016. "
                        "Les partenaires et des professionnels de Hongrie, de Belgique et des "
                        "Pays-Bas ont dressé le bilan de deux années de coopération et examiné "
                        "comment la poursuivre après la fin du projet.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    en="Results of the project",
                    hu="A projekt eredményei",
                    nl="Resultaten van het project",
                    fr="Résultats du projet",
                ),
            ),
            (
                "list",
                [
                    T(
                        en="a <b>transnational referral mechanism</b> between Hungary, Belgium "
                        "and the Netherlands, built on the national referral mechanisms of the "
                        "three countries;",
                        hu="a három ország nemzeti áldozatirányítási mechanizmusaira épülő "
                        "<b>transznacionális áldozatirányítási mechanizmus</b> Magyarország, "
                        "Belgium és Hollandia között;",
                        nl="een <b>transnationaal verwijsmechanisme</b> tussen Hongarije, België "
                        "en Nederland, gebouwd op de nationale verwijsmechanismen van de drie "
                        "landen;",
                        fr="un <b>mécanisme transnational d'orientation</b> entre la Hongrie, la "
                        "Belgique et les Pays-Bas, fondé sur les mécanismes nationaux "
                        "d'orientation des trois pays ;",
                    ),
                    T(
                        en="this <b>online platform</b>, with its directory of organisations and "
                        "its expert forum for vetted professionals;",
                        hu="ez az <b>online platform</b>, szervezeti címjegyzékével és az "
                        "ellenőrzött szakemberek számára fenntartott szakértői fórummal;",
                        nl="dit <b>online platform</b>, met het overzicht van organisaties en het "
                        "expertforum voor gescreende professionals;",
                        fr="cette <b>plateforme en ligne</b>, avec son répertoire d'organisations "
                        "et son forum d'experts réservé aux professionnels vérifiés ;",
                    ),
                    T(
                        en="the <b>training manual</b> in English, Hungarian, Dutch and French;",
                        hu="a <b>képzési kézikönyv</b> angol, magyar, holland és francia nyelven;",
                        nl="de <b>trainingshandleiding</b> in het Engels, Hongaars, Nederlands en "
                        "Frans;",
                        fr="le <b>manuel de formation</b> en anglais, en hongrois, en néerlandais "
                        "et en français ;",
                    ),
                    T(
                        en="a <b>network of professionals</b> from authorities and NGOs who have "
                        "met in person at the project's conferences, workshops and study visits.",
                        hu="a hatóságok és civil szervezetek szakembereinek <b>kapcsolati "
                        "hálója</b>, akik a projekt konferenciáin, szakmai műhelyein és "
                        "tanulmányútjain személyesen is megismerték egymást.",
                        nl="een <b>netwerk van professionals</b> van overheidsinstanties en ngo's "
                        "die elkaar op de conferenties, workshops en studiebezoeken van het "
                        "project persoonlijk hebben leren kennen.",
                        fr="un <b>réseau de professionnels</b> des autorités et des ONG qui se "
                        "sont rencontrés lors des conférences, ateliers et visites d'étude du "
                        "projet.",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        en="The project formally ends on 31 January 2016. The platform, the "
                        "training manual and the expert forum remain available, so that "
                        "professionals can continue to find and consult each other whenever a "
                        "victim needs help across borders.",
                        hu="A projekt hivatalosan 2016. január 31-én zárul. A platform, a képzési "
                        "kézikönyv és a szakértői fórum továbbra is elérhető marad, hogy a "
                        "szakemberek a jövőben is megtalálhassák egymást, és konzultálhassanak, "
                        "valahányszor egy áldozatnak határokon átnyúló segítségre van szüksége.",
                        nl="Het project loopt officieel af op 31 januari 2016. Het platform, de "
                        "trainingshandleiding en het expertforum blijven beschikbaar, zodat "
                        "professionals elkaar ook in de toekomst kunnen vinden en raadplegen "
                        "wanneer een slachtoffer over de grens hulp nodig heeft.",
                        fr="Le projet prend officiellement fin le 31 janvier 2016. La plateforme, "
                        "le manuel de formation et le forum d'experts restent accessibles, afin "
                        "que les professionnels puissent continuer à se trouver et à se consulter "
                        "chaque fois qu'une victime a besoin d'aide par-delà les frontières.",
                    ),
                ],
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Partners and contact
# ---------------------------------------------------------------------------

PARTNERS = [
    {
        "key": "partner-ministry-of-interior-hu",
        "name": T(
            en="Ministry of Interior of Hungary",
            hu="Belügyminisztérium",
            nl="Ministerie van Binnenlandse Zaken van Hongarije",
            fr="Ministère de l'Intérieur de Hongrie",
        ),
        "country": "HU",
        "role": "lead",
        "website": "https://kormany.hu/belugyminiszterium",
        "page": "partner-hu-ministry",
    },
    {
        "key": "partner-ministry-of-security-and-justice-nl",
        "name": T(
            en="Ministry of Security and Justice of the Netherlands",
            hu="Holland Biztonsági és Igazságügyi Minisztérium",
            nl="Ministerie van Veiligheid en Justitie",
            fr="Ministère de la Sécurité et de la Justice des Pays-Bas",
        ),
        "country": "NL",
        "role": "partner",
        "website": "https://www.government.nl/ministries/ministry-of-justice-and-security",
        "page": "partner-nl-ministry",
    },
    {
        "key": "partner-payoke-be",
        "name": T(en="Payoke vzw", hu="Payoke vzw", nl="Payoke vzw", fr="Payoke vzw"),
        "country": "BE",
        "role": "partner",
        "website": "https://www.payoke.be",
        "page": "partner-be-payoke",
    },
]

CONTACT = {
    "email": "info@ravot-eur.eu",
    "phone": "+36 1 441 1000",
    "address": "József Attila utca 2–4.\n1051 Budapest",
    "country": "HU",
    "grant_reference": "HOME/2012/ISEC/AG/4000004405",
}
