"""The demo glossary: core terms of the field in English, Hungarian, Dutch and French.

Pure data. Each term has a language-neutral key (the English slug), which the demo
chapters use to mark terms (`[[key|text]]`) and `related` uses to link terms.
"""

from home.demo.text import T

D2011 = T(
    en="Directive 2011/36/EU",
    hu="2011/36/EU irányelv",
    nl="Richtlijn 2011/36/EU",
    fr="Directive 2011/36/UE",
)
COE = T(
    en="Council of Europe Convention on Action against Trafficking in Human Beings",
    hu="Az Európa Tanács emberkereskedelem elleni fellépésről szóló egyezménye",
    nl="Verdrag van de Raad van Europa inzake bestrijding van mensenhandel",
    fr="Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains",
)


def _article(document, number):
    return T(
        en=f"{document.en}, Article {number}",
        hu=f"{document.hu}, {number}. cikk",
        nl=f"{document.nl}, artikel {number}",
        fr=f"{document.fr}, article {number}",
    )


TERMS = [
    {
        "key": "trafficking-in-human-beings",
        "term": T(
            en="trafficking in human beings",
            hu="emberkereskedelem",
            nl="mensenhandel",
            fr="traite des êtres humains",
        ),
        "abbreviations": T(en="THB", hu="THB", nl="THB", fr="TEH"),
        "definition": T(
            en="The recruitment, transport, transfer, harbouring or receipt of persons, by "
            "means such as threats, force, deception or the abuse of a position of "
            "vulnerability, for the purpose of exploitation. For a child, the means do not "
            "need to be proven.",
            hu="Személyek toborzása, szállítása, átadása, elszállásolása vagy átvétele "
            "fenyegetéssel, erőszakkal, megtévesztéssel, kiszolgáltatott helyzettel való "
            "visszaéléssel vagy hasonló eszközzel, kizsákmányolás céljából. Gyermek "
            "esetében az eszközöket nem kell bizonyítani.",
            nl="Het werven, vervoeren, overbrengen, huisvesten of opnemen van personen door "
            "middel van bijvoorbeeld dreiging, geweld, misleiding of misbruik van een "
            "kwetsbare positie, met het oog op uitbuiting. Bij een kind hoeven de middelen "
            "niet te worden bewezen.",
            fr="Le recrutement, le transport, le transfert, l'hébergement ou l'accueil de "
            "personnes, par des moyens tels que la menace, la force, la tromperie ou l'abus "
            "d'une position de vulnérabilité, à des fins d'exploitation. Pour un enfant, "
            "les moyens ne doivent pas être prouvés.",
        ),
        "source": _article(D2011, 2),
        "related": ["exploitation", "position-of-vulnerability", "smuggling-of-migrants"],
    },
    {
        "key": "victim-of-trafficking",
        "term": T(
            en="victim of trafficking",
            hu="emberkereskedelem áldozata",
            nl="slachtoffer van mensenhandel",
            fr="victime de la traite",
        ),
        "definition": T(
            en="A person who has been subjected to trafficking in human beings. A victim's "
            "rights to assistance do not depend on a criminal conviction of the offenders.",
            hu="Olyan személy, aki emberkereskedelem tárgya volt. Az áldozatot megillető "
            "segítség nem függ attól, hogy az elkövetőket elítélik-e.",
            nl="Een persoon die het slachtoffer is geworden van mensenhandel. Het recht op "
            "bijstand hangt niet af van een strafrechtelijke veroordeling van de daders.",
            fr="Personne qui a fait l'objet de la traite des êtres humains. Ses droits à "
            "l'assistance ne dépendent pas d'une condamnation pénale des auteurs.",
        ),
        "related": ["presumed-victim", "victim-identification"],
    },
    {
        "key": "presumed-victim",
        "term": T(
            en="presumed victim",
            hu="feltételezett áldozat",
            nl="vermoedelijk slachtoffer",
            fr="victime présumée",
        ),
        "synonyms": T(
            en="potential victim",
            hu="lehetséges áldozat",
            nl="mogelijk slachtoffer",
            fr="victime potentielle",
        ),
        "definition": T(
            en="A person about whom there are reasonable grounds to believe that they are a "
            "victim of trafficking, before identification is complete. A presumed victim "
            "is already entitled to assistance and must not be removed from the country.",
            hu="Olyan személy, akiről alapos okkal feltételezhető, hogy emberkereskedelem "
            "áldozata, de azonosítása még nem zárult le. A feltételezett áldozatot már "
            "megilleti a segítség, és nem lehet kiutasítani az országból.",
            nl="Een persoon over wie redelijke gronden bestaan om aan te nemen dat hij of zij "
            "slachtoffer is van mensenhandel, voordat de identificatie is afgerond. Een "
            "vermoedelijk slachtoffer heeft al recht op bijstand en mag niet worden "
            "uitgezet.",
            fr="Personne dont on a des motifs raisonnables de croire qu'elle est victime de la "
            "traite, avant la fin de son identification. Une victime présumée a déjà droit "
            "à l'assistance et ne peut pas être éloignée du territoire.",
        ),
        "source": _article(COE, 10),
        "related": ["victim-identification", "reflection-and-recovery-period"],
    },
    {
        "key": "victim-identification",
        "term": T(
            en="victim identification",
            hu="áldozatazonosítás",
            nl="identificatie van slachtoffers",
            fr="identification des victimes",
        ),
        "definition": T(
            en="The process by which a person is recognised as a presumed or confirmed victim "
            "of trafficking, so that they can be referred to protection and assistance. "
            "Identification is a task of trained authorities working with specialised "
            "organisations.",
            hu="Az a folyamat, amelynek során egy személyt az emberkereskedelem feltételezett "
            "vagy megerősített áldozataként ismernek fel, hogy védelemhez és segítséghez "
            "juthasson. Az azonosítás képzett hatóságok feladata, szakosodott "
            "szervezetekkel együttműködve.",
            nl="Het proces waarin een persoon wordt herkend als vermoedelijk of bevestigd "
            "slachtoffer van mensenhandel, zodat hij of zij kan worden doorverwezen naar "
            "bescherming en hulp. Identificatie is een taak van opgeleide autoriteiten in "
            "samenwerking met gespecialiseerde organisaties.",
            fr="Processus par lequel une personne est reconnue comme victime présumée ou "
            "avérée de la traite, afin d'être orientée vers une protection et une "
            "assistance. L'identification incombe à des autorités formées, en coopération "
            "avec des organisations spécialisées.",
        ),
        "source": _article(COE, 10),
        "related": ["indicator", "first-line-professional"],
    },
    {
        "key": "indicator",
        "term": T(
            en="indicator of trafficking",
            hu="emberkereskedelemre utaló jel",
            nl="signaal van mensenhandel",
            fr="indicateur de traite",
        ),
        "synonyms": T(en="indicator", hu="indikátor", nl="indicator", fr="signal"),
        "definition": T(
            en="A sign that a person may be a victim of trafficking. One indicator alone "
            "proves nothing; several together are a reason to look further and to refer the "
            "person.",
            hu="Olyan jel, amely arra utal, hogy egy személy emberkereskedelem áldozata "
            "lehet. Egyetlen jel önmagában semmit sem bizonyít, több jel együtt azonban ok "
            "a további vizsgálatra és a továbbirányításra.",
            nl="Een aanwijzing dat iemand slachtoffer van mensenhandel kan zijn. Eén signaal "
            "alleen bewijst niets; meerdere signalen samen zijn een reden om verder te "
            "kijken en door te verwijzen.",
            fr="Signe qu'une personne peut être victime de la traite. Un indicateur isolé ne "
            "prouve rien ; plusieurs indicateurs réunis justifient un examen plus poussé et "
            "une orientation.",
        ),
        "related": ["victim-identification"],
    },
    {
        "key": "first-line-professional",
        "term": T(
            en="first-line professional",
            hu="első vonalbeli szakember",
            nl="eerstelijnsprofessional",
            fr="professionnel de première ligne",
        ),
        "definition": T(
            en="A professional likely to meet victims in their daily work, such as police "
            "officers, labour inspectors, border guards, social and health workers, "
            "teachers and consular staff.",
            hu="Olyan szakember, aki napi munkája során találkozhat áldozatokkal, például "
            "rendőr, munkaügyi ellenőr, határrendész, szociális vagy egészségügyi "
            "dolgozó, pedagógus vagy konzuli munkatárs.",
            nl="Een professional die in het dagelijks werk slachtoffers kan tegenkomen, "
            "zoals politieagenten, arbeidsinspecteurs, grenswachters, sociale en medische "
            "hulpverleners, leraren en consulaire medewerkers.",
            fr="Professionnel susceptible de rencontrer des victimes dans son travail "
            "quotidien : policiers, inspecteurs du travail, garde-frontières, travailleurs "
            "sociaux et de santé, enseignants ou agents consulaires.",
        ),
        "related": ["indicator", "referral"],
    },
    {
        "key": "reflection-and-recovery-period",
        "term": T(
            en="recovery and reflection period",
            hu="felépülési és gondolkodási idő",
            nl="bedenktijd",
            fr="délai de rétablissement et de réflexion",
        ),
        "synonyms": T(
            en="reflection period",
            hu="gondolkodási idő",
            nl="reflectieperiode",
            fr="délai de réflexion",
        ),
        "definition": T(
            en="A period of at least 30 days in which a presumed victim may stay in the "
            "country, recover and escape the influence of the offenders, and decide whether "
            "to cooperate with the authorities. No expulsion order may be enforced during "
            "it.",
            hu="Legalább 30 napos időszak, amely alatt a feltételezett áldozat az országban "
            "maradhat, felépülhet, kikerülhet az elkövetők befolyása alól, és eldöntheti, "
            "együttműködik-e a hatóságokkal. Ez idő alatt kiutasító határozat nem "
            "hajtható végre.",
            nl="Een periode van ten minste dertig dagen waarin een vermoedelijk slachtoffer "
            "in het land mag blijven, kan herstellen, aan de invloed van de daders kan "
            "ontsnappen en kan beslissen of hij of zij met de autoriteiten samenwerkt. "
            "Tijdens die periode mag geen verwijderingsmaatregel worden uitgevoerd.",
            fr="Délai d'au moins 30 jours pendant lequel une victime présumée peut séjourner "
            "dans le pays, se rétablir, se soustraire à l'influence des auteurs et décider "
            "de coopérer ou non avec les autorités. Aucune mesure d'éloignement ne peut être "
            "exécutée pendant ce délai.",
        ),
        "source": _article(COE, 13),
        "related": ["residence-permit-for-victims", "presumed-victim"],
    },
    {
        "key": "referral",
        "term": T(
            en="referral",
            hu="továbbirányítás",
            nl="doorverwijzing",
            fr="orientation",
        ),
        "definition": T(
            en="Passing a presumed victim, with their informed consent, to the organisation "
            "or authority that can give the protection and assistance they need, and "
            "making sure that they arrive there.",
            hu="A feltételezett áldozat átirányítása – tájékoztatáson alapuló "
            "beleegyezésével – ahhoz a szervezethez vagy hatósághoz, amely a szükséges "
            "védelmet és segítséget nyújtani tudja, annak biztosításával, hogy oda el is "
            "jusson.",
            nl="Het met geïnformeerde toestemming overdragen van een vermoedelijk "
            "slachtoffer aan de organisatie of autoriteit die de nodige bescherming en hulp "
            "kan bieden, en ervoor zorgen dat hij of zij daar ook aankomt.",
            fr="Le fait de confier une victime présumée, avec son consentement éclairé, à "
            "l'organisation ou à l'autorité qui peut lui apporter la protection et "
            "l'assistance nécessaires, en s'assurant qu'elle y parvienne.",
        ),
        "related": ["national-referral-mechanism", "transnational-referral-mechanism"],
    },
    {
        "key": "national-referral-mechanism",
        "term": T(
            en="national referral mechanism",
            hu="nemzeti továbbirányítási mechanizmus",
            nl="nationaal verwijzingsmechanisme",
            fr="mécanisme national d'orientation",
        ),
        "abbreviations": T(en="NRM", hu="NRM", nl="NRM", fr="MNO"),
        "definition": T(
            en="The framework through which a state fulfils its obligations to protect and "
            "assist victims, by coordinating the work of authorities and civil society "
            "organisations in a strategic partnership.",
            hu="Az a keret, amelyen keresztül az állam teljesíti az áldozatok védelmére és "
            "segítésére vonatkozó kötelezettségeit, a hatóságok és a civil szervezetek "
            "munkáját stratégiai partnerségben összehangolva.",
            nl="Het kader waarbinnen een staat zijn verplichtingen nakomt om slachtoffers te "
            "beschermen en bij te staan, door het werk van overheidsinstanties en "
            "maatschappelijke organisaties in een strategisch partnerschap te coördineren.",
            fr="Cadre par lequel un État remplit ses obligations de protection et "
            "d'assistance des victimes, en coordonnant l'action des autorités et des "
            "organisations de la société civile dans un partenariat stratégique.",
        ),
        "related": ["transnational-referral-mechanism", "referral"],
    },
    {
        "key": "transnational-referral-mechanism",
        "term": T(
            en="transnational referral mechanism",
            hu="transznacionális továbbirányítási mechanizmus",
            nl="transnationaal verwijzingsmechanisme",
            fr="mécanisme transnational d'orientation",
        ),
        "abbreviations": T(en="TRM", hu="TRM", nl="TRM", fr="MTO"),
        "definition": T(
            en="Cooperation arrangements that link the national referral mechanisms of "
            "countries of origin, transit and destination, so that a victim receives "
            "continuous assistance from identification to return or settlement.",
            hu="Olyan együttműködési megállapodások, amelyek összekapcsolják a származási, "
            "tranzit- és célországok nemzeti továbbirányítási mechanizmusait, hogy az "
            "áldozat az azonosítástól a hazatérésig vagy a letelepedésig folyamatos "
            "segítséget kapjon.",
            nl="Samenwerkingsafspraken die de nationale verwijzingsmechanismen van landen "
            "van herkomst, doorreis en bestemming met elkaar verbinden, zodat een "
            "slachtoffer van identificatie tot terugkeer of vestiging ononderbroken hulp "
            "krijgt.",
            fr="Dispositifs de coopération qui relient les mécanismes nationaux d'orientation "
            "des pays d'origine, de transit et de destination, afin que la victime bénéficie "
            "d'une assistance continue de l'identification jusqu'au retour ou à "
            "l'installation.",
        ),
        "related": ["national-referral-mechanism", "safe-return"],
    },
    {
        "key": "exploitation",
        "term": T(en="exploitation", hu="kizsákmányolás", nl="uitbuiting", fr="exploitation"),
        "definition": T(
            en="The purpose of trafficking. It includes at a minimum the exploitation of the "
            "prostitution of others or other sexual exploitation, forced labour or "
            "services, begging, slavery and practices similar to slavery, servitude, the "
            "exploitation of criminal activities and the removal of organs.",
            hu="Az emberkereskedelem célja. Legalább a mások prostitúciójának vagy más "
            "szexuális kizsákmányolásnak, a kényszermunkának vagy kényszerszolgáltatásnak, "
            "a koldulásnak, a rabszolgaságnak és a rabszolgasághoz hasonló gyakorlatoknak, "
            "a szolgaságnak, a bűncselekmények elkövetésére való kihasználásnak és a "
            "szervkivételnek a kizsákmányolását foglalja magában.",
            nl="Het doel van mensenhandel. Het omvat ten minste de uitbuiting van prostitutie "
            "van anderen of andere vormen van seksuele uitbuiting, gedwongen arbeid of "
            "diensten, bedelarij, slavernij en met slavernij vergelijkbare praktijken, "
            "dienstbaarheid, de uitbuiting van strafbare activiteiten en de verwijdering "
            "van organen.",
            fr="Le but de la traite. Elle comprend au minimum l'exploitation de la "
            "prostitution d'autrui ou d'autres formes d'exploitation sexuelle, le travail "
            "ou les services forcés, la mendicité, l'esclavage ou les pratiques analogues, "
            "la servitude, l'exploitation d'activités criminelles et le prélèvement "
            "d'organes.",
        ),
        "source": _article(D2011, 2),
        "related": ["labour-exploitation", "sexual-exploitation", "forced-criminality"],
    },
    {
        "key": "labour-exploitation",
        "term": T(
            en="labour exploitation",
            hu="munkaerő-kizsákmányolás",
            nl="arbeidsuitbuiting",
            fr="exploitation par le travail",
        ),
        "synonyms": T(
            en="exploitation of labour",
            hu="munkáltatással összefüggő kizsákmányolás",
            nl="uitbuiting in de arbeid",
            fr="exploitation économique",
        ),
        "definition": T(
            en="Making a person work under conditions contrary to human dignity, for example "
            "without or for very little pay, for excessive hours, in unsafe conditions or "
            "under threat, often in agriculture, construction, cleaning, catering, "
            "transport or domestic work.",
            hu="Egy személy emberi méltósággal összeegyeztethetetlen körülmények közötti "
            "dolgoztatása, például bér nélkül vagy igen alacsony bérért, túlzott "
            "munkaidőben, veszélyes körülmények között vagy fenyegetés alatt – gyakran a "
            "mezőgazdaságban, az építőiparban, a takarításban, a vendéglátásban, a "
            "szállítmányozásban vagy háztartási munkában.",
            nl="Iemand laten werken onder omstandigheden die in strijd zijn met de "
            "menselijke waardigheid, bijvoorbeeld zonder of voor zeer weinig loon, te lange "
            "werkdagen, onveilige omstandigheden of onder dreiging, vaak in de land- en "
            "tuinbouw, de bouw, de schoonmaak, de horeca, het transport of het "
            "huishoudelijk werk.",
            fr="Faire travailler une personne dans des conditions contraires à la dignité "
            "humaine, par exemple sans salaire ou pour un salaire dérisoire, avec des "
            "horaires excessifs, dans des conditions dangereuses ou sous la menace, souvent "
            "dans l'agriculture, la construction, le nettoyage, l'horeca, le transport ou "
            "le travail domestique.",
        ),
        "related": ["forced-labour", "debt-bondage"],
    },
    {
        "key": "sexual-exploitation",
        "term": T(
            en="sexual exploitation",
            hu="szexuális kizsákmányolás",
            nl="seksuele uitbuiting",
            fr="exploitation sexuelle",
        ),
        "definition": T(
            en="Profiting from the prostitution of another person or from other sexual acts "
            "that the person is made to perform, through coercion, deception or the abuse "
            "of their vulnerability.",
            hu="Haszonszerzés egy másik személy prostitúciójából vagy más szexuális "
            "cselekményekből, amelyekre az érintettet kényszerítéssel, megtévesztéssel "
            "vagy kiszolgáltatottságával visszaélve veszik rá.",
            nl="Profiteren van de prostitutie van een ander of van andere seksuele "
            "handelingen die iemand door dwang, misleiding of misbruik van diens "
            "kwetsbaarheid moet verrichten.",
            fr="Tirer profit de la prostitution d'autrui ou d'autres actes sexuels qu'une "
            "personne est amenée à accomplir par la contrainte, la tromperie ou l'abus de sa "
            "vulnérabilité.",
        ),
        "related": ["exploitation", "loverboy-method"],
    },
    {
        "key": "forced-criminality",
        "term": T(
            en="forced criminality",
            hu="bűncselekmény elkövetésére kényszerítés",
            nl="gedwongen criminaliteit",
            fr="criminalité forcée",
        ),
        "synonyms": T(
            en="exploitation of criminal activities",
            hu="bűncselekmények elkövetésére való kihasználás",
            nl="criminele uitbuiting",
            fr="exploitation d'activités criminelles",
        ),
        "definition": T(
            en="Making a person commit offences for the benefit of others, such as "
            "pickpocketing, shoplifting, drug cultivation or dealing, or benefit fraud. The "
            "victim risks being treated as an offender.",
            hu="Egy személy rákényszerítése arra, hogy mások javára bűncselekményeket "
            "kövessen el, például zsebtolvajlást, bolti lopást, kábítószer-termesztést vagy "
            "-terjesztést, illetve szociális ellátásokkal kapcsolatos csalást. Az áldozatot "
            "fenyegeti, hogy elkövetőként kezelik.",
            nl="Iemand dwingen strafbare feiten te plegen ten behoeve van anderen, zoals "
            "zakkenrollen, winkeldiefstal, hennepteelt of drugshandel, of uitkeringsfraude. "
            "Het slachtoffer loopt het risico als dader te worden behandeld.",
            fr="Contraindre une personne à commettre des infractions au profit d'autrui : vol "
            "à la tire, vol à l'étalage, culture ou trafic de stupéfiants, fraude aux "
            "prestations sociales. La victime risque d'être traitée comme un auteur.",
        ),
        "related": ["non-punishment-principle", "forced-begging"],
    },
    {
        "key": "forced-begging",
        "term": T(
            en="forced begging",
            hu="kényszerkoldultatás",
            nl="gedwongen bedelarij",
            fr="mendicité forcée",
        ),
        "definition": T(
            en="A form of forced labour or services in which a person, often a child, an "
            "older person or a person with a disability, is made to beg and hand over the "
            "money.",
            hu="A kényszermunka vagy kényszerszolgáltatás egyik formája, amelyben egy "
            "személyt – gyakran gyermeket, idős vagy fogyatékossággal élő embert – "
            "koldulásra kényszerítenek, és a pénzt el kell adnia.",
            nl="Een vorm van gedwongen arbeid of dienstverlening waarbij iemand, vaak een "
            "kind, een oudere of een persoon met een beperking, moet bedelen en het geld "
            "moet afstaan.",
            fr="Forme de travail ou de services forcés dans laquelle une personne, souvent un "
            "enfant, une personne âgée ou handicapée, est contrainte de mendier et de "
            "remettre l'argent.",
        ),
        "related": ["forced-criminality", "forced-labour"],
    },
    {
        "key": "forced-labour",
        "term": T(en="forced labour", hu="kényszermunka", nl="dwangarbeid", fr="travail forcé"),
        "definition": T(
            en="All work or service exacted from a person under the menace of a penalty and "
            "for which the person has not offered themselves voluntarily.",
            hu="Minden olyan munka vagy szolgáltatás, amelyet valakitől valamilyen büntetés "
            "kilátásba helyezésével követelnek, és amelyre az illető nem önként "
            "jelentkezett.",
            nl="Elke arbeid of dienst die van een persoon wordt geëist onder bedreiging met "
            "een straf en waarvoor die persoon zich niet vrijwillig heeft aangeboden.",
            fr="Tout travail ou service exigé d'une personne sous la menace d'une peine "
            "quelconque et pour lequel elle ne s'est pas offerte de plein gré.",
        ),
        "source": T(
            en="ILO Forced Labour Convention, 1930 (No. 29), Article 2",
            hu="ILO kényszermunkáról szóló egyezménye, 1930 (29. sz.), 2. cikk",
            nl="IAO-Verdrag inzake de gedwongen arbeid, 1930 (nr. 29), artikel 2",
            fr="Convention de l'OIT sur le travail forcé, 1930 (n° 29), article 2",
        ),
        "related": ["labour-exploitation", "debt-bondage"],
    },
    {
        "key": "debt-bondage",
        "term": T(
            en="debt bondage",
            hu="adósrabszolgaság",
            nl="schuldslavernij",
            fr="servitude pour dettes",
        ),
        "definition": T(
            en="Control over a person through a debt, often for travel, housing or "
            "recruitment fees, that keeps growing and can never be paid off by the work "
            "the person does.",
            hu="Egy személy adósság útján történő ellenőrzése: az adósság – gyakran az utazás, "
            "a szállás vagy a közvetítés költsége – egyre nő, és az érintett munkájával "
            "sosem törleszthető.",
            nl="Controle over een persoon door middel van een schuld, vaak voor reis, "
            "huisvesting of bemiddeling, die blijft groeien en met het werk dat de persoon "
            "verricht nooit kan worden afgelost.",
            fr="Emprise exercée sur une personne au moyen d'une dette, souvent liée au voyage, "
            "au logement ou au recrutement, qui ne cesse d'augmenter et que le travail "
            "fourni ne permet jamais de rembourser.",
        ),
        "related": ["forced-labour", "labour-exploitation"],
    },
    {
        "key": "non-punishment-principle",
        "term": T(
            en="non-punishment principle",
            hu="a büntetés mellőzésének elve",
            nl="non-punishmentbeginsel",
            fr="principe de non-sanction",
        ),
        "definition": T(
            en="The principle that victims should not be prosecuted or punished for offences "
            "they were compelled to commit as a direct consequence of being trafficked, "
            "such as using false documents or working illegally.",
            hu="Az az elv, hogy az áldozatokat ne vonják büntetőeljárás alá és ne "
            "büntessék meg olyan bűncselekményekért, amelyek elkövetésére az "
            "emberkereskedelem közvetlen következményeként kényszerültek, például hamis "
            "okmány használatáért vagy engedély nélküli munkavégzésért.",
            nl="Het beginsel dat slachtoffers niet worden vervolgd of bestraft voor "
            "strafbare feiten die zij als rechtstreeks gevolg van mensenhandel moesten "
            "plegen, zoals het gebruik van valse documenten of illegale arbeid.",
            fr="Principe selon lequel les victimes ne doivent pas être poursuivies ni "
            "sanctionnées pour les infractions qu'elles ont été contraintes de commettre en "
            "conséquence directe de la traite, comme l'usage de faux documents ou le travail "
            "illégal.",
        ),
        "source": _article(D2011, 8),
        "related": ["forced-criminality", "victim-of-trafficking"],
    },
    {
        "key": "safe-return",
        "term": T(
            en="safe return",
            hu="biztonságos hazatérés",
            nl="veilige terugkeer",
            fr="retour en sécurité",
        ),
        "definition": T(
            en="A return to the country of origin that is voluntary, prepared with a risk "
            "assessment, and arranged with an assisting organisation that receives the "
            "person on arrival.",
            hu="Önkéntes, kockázatértékeléssel előkészített hazatérés a származási országba, "
            "amelyet egy segítő szervezettel egyeztetnek, és amely az érintettet "
            "megérkezésekor fogadja.",
            nl="Een vrijwillige terugkeer naar het land van herkomst, voorbereid met een "
            "risicotaxatie en geregeld met een hulporganisatie die de persoon bij aankomst "
            "opvangt.",
            fr="Retour volontaire dans le pays d'origine, préparé par une évaluation des "
            "risques et organisé avec une organisation d'assistance qui accueille la "
            "personne à son arrivée.",
        ),
        "source": _article(COE, 16),
        "related": ["risk-assessment", "reintegration", "assisted-voluntary-return"],
    },
    {
        "key": "reintegration",
        "term": T(
            en="reintegration",
            hu="reintegráció",
            nl="re-integratie",
            fr="réinsertion",
        ),
        "synonyms": T(
            en="social inclusion",
            hu="társadalmi visszailleszkedés",
            nl="maatschappelijke re-integratie",
            fr="réintégration",
        ),
        "definition": T(
            en="The process of recovery and of social and economic inclusion after "
            "trafficking: safe housing, health care, education or work, and a network of "
            "support, in the country of origin or elsewhere.",
            hu="Az emberkereskedelem utáni felépülés, valamint a társadalmi és gazdasági "
            "beilleszkedés folyamata: biztonságos lakhatás, egészségügyi ellátás, oktatás "
            "vagy munka és támogató kapcsolatrendszer a származási országban vagy máshol.",
            nl="Het proces van herstel en van sociale en economische inclusie na "
            "mensenhandel: veilige huisvesting, gezondheidszorg, onderwijs of werk en een "
            "steunend netwerk, in het land van herkomst of elders.",
            fr="Processus de rétablissement et d'inclusion sociale et économique après la "
            "traite : logement sûr, soins de santé, formation ou emploi et réseau de "
            "soutien, dans le pays d'origine ou ailleurs.",
        ),
        "related": ["safe-return", "case-management"],
    },
    {
        "key": "residence-permit-for-victims",
        "term": T(
            en="residence permit for victims",
            hu="az áldozatoknak kiadott tartózkodási engedély",
            nl="verblijfsvergunning voor slachtoffers",
            fr="titre de séjour pour les victimes",
        ),
        "definition": T(
            en="A renewable permit that allows a victim who is not a citizen of the European "
            "Union to stay, because their stay is necessary for the criminal proceedings or "
            "because of their personal situation.",
            hu="Megújítható engedély, amely lehetővé teszi, hogy az Európai Unió "
            "polgárságával nem rendelkező áldozat az országban maradjon, mert jelenléte a "
            "büntetőeljáráshoz szükséges, vagy mert személyes helyzete ezt indokolja.",
            nl="Een verlengbare vergunning waarmee een slachtoffer dat geen burger van de "
            "Europese Unie is, mag blijven omdat zijn of haar verblijf nodig is voor de "
            "strafprocedure of vanwege de persoonlijke situatie.",
            fr="Titre renouvelable qui permet à une victime non ressortissante de l'Union "
            "européenne de séjourner dans le pays, parce que sa présence est nécessaire à "
            "la procédure pénale ou en raison de sa situation personnelle.",
        ),
        "source": T(
            en="Directive 2004/81/EC; Council of Europe Convention, Article 14",
            hu="2004/81/EK irányelv; az Európa Tanács egyezménye, 14. cikk",
            nl="Richtlijn 2004/81/EG; Verdrag van de Raad van Europa, artikel 14",
            fr="Directive 2004/81/CE ; Convention du Conseil de l'Europe, article 14",
        ),
        "related": ["reflection-and-recovery-period"],
    },
    {
        "key": "assisted-voluntary-return",
        "term": T(
            en="assisted voluntary return",
            hu="támogatott önkéntes hazatérés",
            nl="ondersteunde vrijwillige terugkeer",
            fr="retour volontaire assisté",
        ),
        "abbreviations": T(en="AVR", hu="AVR", nl="AVR", fr="RVA"),
        "definition": T(
            en="Administrative, logistical and financial support for a person who chooses to "
            "return to their country of origin, often including help with reintegration.",
            hu="Adminisztratív, logisztikai és pénzügyi támogatás annak, aki a származási "
            "országába való visszatérést választja, gyakran a reintegráció segítésével "
            "együtt.",
            nl="Administratieve, logistieke en financiële ondersteuning voor iemand die "
            "ervoor kiest naar het land van herkomst terug te keren, vaak met hulp bij de "
            "re-integratie.",
            fr="Soutien administratif, logistique et financier apporté à une personne qui "
            "choisit de retourner dans son pays d'origine, souvent accompagné d'une aide à la "
            "réinsertion.",
        ),
        "related": ["safe-return"],
    },
    {
        "key": "risk-assessment",
        "term": T(
            en="risk assessment",
            hu="kockázatértékelés",
            nl="risicotaxatie",
            fr="évaluation des risques",
        ),
        "definition": T(
            en="An assessment, made with the victim and repeated as circumstances change, of "
            "the dangers they face from the offenders, their family or community, and of "
            "the risk of being trafficked again.",
            hu="Az áldozattal közösen elvégzett és a körülmények változásakor megismételt "
            "felmérés arról, milyen veszély fenyegeti az elkövetők, a család vagy a közösség "
            "részéről, és mekkora az újbóli áldozattá válás kockázata.",
            nl="Een beoordeling, samen met het slachtoffer gemaakt en herhaald wanneer de "
            "omstandigheden veranderen, van de gevaren van de kant van daders, familie of "
            "gemeenschap, en van het risico opnieuw slachtoffer te worden.",
            fr="Évaluation, réalisée avec la victime et renouvelée quand la situation change, "
            "des dangers que représentent les auteurs, la famille ou la communauté, et du "
            "risque d'être à nouveau victime de la traite.",
        ),
        "related": ["safe-return", "re-trafficking"],
    },
    {
        "key": "re-trafficking",
        "term": T(
            en="re-trafficking",
            hu="ismételt áldozattá válás",
            nl="herhaald slachtofferschap",
            fr="nouvelle victimisation par la traite",
        ),
        "definition": T(
            en="A person who has left a situation of trafficking becoming a victim again, "
            "often because the causes of their vulnerability were not addressed.",
            hu="Amikor az emberkereskedelemből kikerült személy ismét áldozattá válik, "
            "gyakran azért, mert kiszolgáltatottságának okait nem kezelték.",
            nl="Wanneer iemand die aan mensenhandel is ontsnapt opnieuw slachtoffer wordt, "
            "vaak omdat de oorzaken van zijn of haar kwetsbaarheid niet zijn aangepakt.",
            fr="Situation d'une personne sortie de la traite qui en redevient victime, souvent "
            "parce que les causes de sa vulnérabilité n'ont pas été traitées.",
        ),
        "related": ["risk-assessment", "reintegration"],
    },
    {
        "key": "informed-consent",
        "term": T(
            en="informed consent",
            hu="tájékoztatáson alapuló beleegyezés",
            nl="geïnformeerde toestemming",
            fr="consentement éclairé",
        ),
        "definition": T(
            en="Agreement given freely by a person who has understood, in a language they "
            "know, what is proposed, what it means for them and what their alternatives "
            "are. It can be withdrawn at any time.",
            hu="Olyan személy szabad akaratából adott hozzájárulása, aki egy általa értett "
            "nyelven megértette, mit javasolnak neki, ez mit jelent számára, és milyen "
            "lehetőségei vannak. A beleegyezés bármikor visszavonható.",
            nl="Toestemming die vrij wordt gegeven door iemand die in een taal die hij of zij "
            "begrijpt, heeft begrepen wat wordt voorgesteld, wat dat voor hem of haar "
            "betekent en welke alternatieven er zijn. Zij kan altijd worden ingetrokken.",
            fr="Accord donné librement par une personne qui a compris, dans une langue qu'elle "
            "connaît, ce qui est proposé, ce que cela implique pour elle et quelles sont ses "
            "options. Il peut être retiré à tout moment.",
        ),
        "related": ["referral"],
    },
    {
        "key": "interpreter",
        "term": T(en="interpreter", hu="tolmács", nl="tolk", fr="interprète"),
        "definition": T(
            en="A qualified person who renders spoken or signed communication faithfully and "
            "impartially between languages. An interpreter for a victim must be independent "
            "of the offenders and of the victim's community.",
            hu="Képzett személy, aki a szóbeli vagy jelnyelvi közlést hűen és pártatlanul "
            "közvetíti a nyelvek között. Az áldozat mellett dolgozó tolmács nem állhat "
            "kapcsolatban az elkövetőkkel és az áldozat közösségével.",
            nl="Een gekwalificeerde persoon die gesproken of gebarentaal getrouw en "
            "onpartijdig tussen talen overbrengt. Een tolk voor een slachtoffer moet "
            "onafhankelijk zijn van de daders en van de gemeenschap van het slachtoffer.",
            fr="Personne qualifiée qui restitue fidèlement et impartialement une "
            "communication orale ou signée d'une langue à l'autre. L'interprète d'une "
            "victime doit être indépendant des auteurs et de la communauté de la victime.",
        ),
        "related": ["cultural-mediator"],
    },
    {
        "key": "cultural-mediator",
        "term": T(
            en="cultural mediator",
            hu="kulturális mediátor",
            nl="culturele bemiddelaar",
            fr="médiateur culturel",
        ),
        "definition": T(
            en="A person who helps professionals and a victim understand each other across "
            "cultural differences. Unlike an interpreter, a mediator may explain context, "
            "but must not speak for the victim.",
            hu="Olyan személy, aki segít a szakembereknek és az áldozatnak a kulturális "
            "különbségeken át megérteni egymást. A tolmáccsal ellentétben a mediátor "
            "magyarázhatja a hátteret, de nem beszélhet az áldozat helyett.",
            nl="Iemand die professionals en een slachtoffer helpt elkaar over culturele "
            "verschillen heen te begrijpen. Anders dan een tolk mag een bemiddelaar context "
            "uitleggen, maar niet namens het slachtoffer spreken.",
            fr="Personne qui aide les professionnels et la victime à se comprendre malgré les "
            "différences culturelles. À la différence d'un interprète, le médiateur peut "
            "expliquer le contexte, mais ne doit pas parler à la place de la victime.",
        ),
        "related": ["interpreter"],
    },
    {
        "key": "shelter",
        "term": T(
            en="specialised shelter",
            hu="speciális szálláshely",
            nl="gespecialiseerde opvang",
            fr="centre d'accueil spécialisé",
        ),
        "synonyms": T(
            en="safe house", hu="védett szálláshely", nl="beschermde opvang", fr="maison d'accueil"
        ),
        "definition": T(
            en="Safe, appropriate accommodation for victims of trafficking, at a confidential "
            "address, with staff who offer psychological, medical, legal and practical "
            "support.",
            hu="Az emberkereskedelem áldozatainak biztonságos és megfelelő elhelyezése "
            "titkos címen, ahol a munkatársak pszichológiai, orvosi, jogi és gyakorlati "
            "támogatást nyújtanak.",
            nl="Veilige, passende huisvesting voor slachtoffers van mensenhandel op een "
            "geheim adres, met medewerkers die psychologische, medische, juridische en "
            "praktische steun bieden.",
            fr="Hébergement sûr et adapté pour les victimes de la traite, à une adresse "
            "confidentielle, avec un personnel qui apporte un soutien psychologique, "
            "médical, juridique et pratique.",
        ),
        "source": _article(COE, 12),
        "related": ["case-management"],
    },
    {
        "key": "case-management",
        "term": T(
            en="case management",
            hu="esetkezelés",
            nl="casemanagement",
            fr="gestion de cas",
        ),
        "definition": T(
            en="Planning and coordinating all the assistance a victim receives through one "
            "responsible professional, so that the victim does not have to tell their story "
            "again to every service.",
            hu="Az áldozatnak nyújtott valamennyi segítség megtervezése és összehangolása "
            "egyetlen felelős szakemberen keresztül, hogy az áldozatnak ne kelljen minden "
            "szolgálatnál újra elmondania a történetét.",
            nl="Het plannen en coördineren van alle hulp die een slachtoffer krijgt via één "
            "verantwoordelijke professional, zodat het slachtoffer zijn of haar verhaal niet "
            "bij elke dienst opnieuw hoeft te vertellen.",
            fr="Planification et coordination de toute l'assistance reçue par une victime par "
            "un seul professionnel responsable, afin qu'elle n'ait pas à raconter son "
            "histoire à chaque service.",
        ),
        "related": ["secondary-victimisation", "multi-agency-cooperation"],
    },
    {
        "key": "child-victim",
        "term": T(
            en="child victim",
            hu="gyermekáldozat",
            nl="minderjarig slachtoffer",
            fr="enfant victime",
        ),
        "definition": T(
            en="A victim under 18 years of age. Where age is uncertain and there are reasons "
            "to believe that the person is a child, they are presumed to be a child and "
            "receive immediate protection.",
            hu="18 év alatti áldozat. Ha az életkor bizonytalan, de okkal feltételezhető, "
            "hogy az érintett gyermek, gyermeknek kell tekinteni, és azonnali védelemben "
            "kell részesíteni.",
            nl="Een slachtoffer jonger dan 18 jaar. Als de leeftijd onzeker is en er redenen "
            "zijn om aan te nemen dat het om een kind gaat, wordt de persoon als kind "
            "beschouwd en krijgt hij of zij onmiddellijk bescherming.",
            fr="Victime âgée de moins de 18 ans. Lorsque l'âge est incertain et qu'il y a des "
            "raisons de croire qu'il s'agit d'un enfant, la personne est présumée mineure et "
            "bénéficie immédiatement d'une protection.",
        ),
        "source": _article(D2011, 13),
        "related": ["guardian", "unaccompanied-minor"],
    },
    {
        "key": "guardian",
        "term": T(en="guardian", hu="gyám", nl="voogd", fr="tuteur"),
        "definition": T(
            en="A person appointed to represent and protect the interests of an "
            "unaccompanied child, including in decisions about assistance, residence, "
            "proceedings and return.",
            hu="A kísérő nélküli gyermek érdekeinek képviseletére és védelmére kirendelt "
            "személy, többek között a segítésről, a tartózkodásról, az eljárásokról és a "
            "hazatérésről szóló döntésekben.",
            nl="Een persoon die wordt aangewezen om de belangen van een alleenstaand kind te "
            "vertegenwoordigen en te beschermen, ook bij beslissingen over hulp, verblijf, "
            "procedures en terugkeer.",
            fr="Personne désignée pour représenter et protéger les intérêts d'un enfant non "
            "accompagné, notamment dans les décisions relatives à l'assistance, au séjour, "
            "aux procédures et au retour.",
        ),
        "related": ["child-victim", "unaccompanied-minor"],
    },
    {
        "key": "unaccompanied-minor",
        "term": T(
            en="unaccompanied minor",
            hu="kísérő nélküli kiskorú",
            nl="alleenstaande minderjarige",
            fr="mineur non accompagné",
        ),
        "definition": T(
            en="A child who is outside their country of origin without a parent or another "
            "adult responsible for them by law or custom.",
            hu="Olyan gyermek, aki a származási országán kívül tartózkodik szülő vagy más, "
            "jog vagy szokás alapján érte felelős felnőtt nélkül.",
            nl="Een kind dat buiten het land van herkomst verblijft zonder ouder of andere "
            "volwassene die volgens de wet of het gebruik voor hem of haar verantwoordelijk "
            "is.",
            fr="Enfant qui se trouve hors de son pays d'origine sans parent ni autre adulte "
            "qui en soit responsable de par la loi ou la coutume.",
        ),
        "related": ["guardian", "child-victim"],
    },
    {
        "key": "national-rapporteur",
        "term": T(
            en="national rapporteur",
            hu="nemzeti jelentéstevő",
            nl="nationaal rapporteur",
            fr="rapporteur national",
        ),
        "definition": T(
            en="An independent body or equivalent mechanism that monitors trafficking and "
            "the effects of anti-trafficking measures in a country, gathers statistics and "
            "reports on them.",
            hu="Független szerv vagy azzal egyenértékű mechanizmus, amely figyelemmel kíséri "
            "az emberkereskedelmet és az ellene hozott intézkedések hatását, adatokat gyűjt "
            "és jelentést készít.",
            nl="Een onafhankelijk orgaan of gelijkwaardig mechanisme dat mensenhandel en de "
            "effecten van het beleid daartegen in een land volgt, cijfers verzamelt en "
            "daarover rapporteert.",
            fr="Organe indépendant ou mécanisme équivalent qui suit la traite et les effets "
            "des mesures de lutte dans un pays, recueille des statistiques et en rend "
            "compte.",
        ),
        "source": _article(D2011, 19),
        "related": ["national-coordinator"],
    },
    {
        "key": "national-coordinator",
        "term": T(
            en="national coordinator",
            hu="nemzeti koordinátor",
            nl="nationaal coördinator",
            fr="coordinateur national",
        ),
        "definition": T(
            en="The official who coordinates a country's policy against trafficking and the "
            "work of the authorities and organisations involved, and represents it in "
            "international cooperation.",
            hu="Az a tisztviselő, aki összehangolja az ország emberkereskedelem elleni "
            "politikáját és az érintett hatóságok és szervezetek munkáját, és képviseli az "
            "országot a nemzetközi együttműködésben.",
            nl="De functionaris die het beleid van een land tegen mensenhandel en het werk van "
            "de betrokken autoriteiten en organisaties coördineert en het land "
            "vertegenwoordigt in de internationale samenwerking.",
            fr="Responsable qui coordonne la politique d'un pays contre la traite ainsi que "
            "l'action des autorités et organisations concernées, et le représente dans la "
            "coopération internationale.",
        ),
        "related": ["national-rapporteur", "national-referral-mechanism"],
    },
    {
        "key": "recruitment",
        "term": T(en="recruitment", hu="toborzás", nl="werving", fr="recrutement"),
        "definition": T(
            en="The first act of trafficking: finding and engaging a person, often through "
            "false offers of work, study or marriage, through acquaintances or online.",
            hu="Az emberkereskedelem első cselekménye: egy személy felkutatása és "
            "megnyerése, gyakran hamis munka-, tanulási vagy házassági ajánlatokkal, "
            "ismerősökön keresztül vagy az interneten.",
            nl="De eerste handeling van mensenhandel: iemand vinden en binden, vaak met valse "
            "aanbiedingen van werk, studie of huwelijk, via kennissen of online.",
            fr="Premier acte de la traite : repérer et engager une personne, souvent par de "
            "fausses offres d'emploi, d'études ou de mariage, par des connaissances ou en "
            "ligne.",
        ),
        "related": ["trafficking-in-human-beings", "loverboy-method"],
    },
    {
        "key": "loverboy-method",
        "term": T(
            en="lover boy method",
            hu="loverboy-módszer",
            nl="loverboymethode",
            fr="méthode du loverboy",
        ),
        "definition": T(
            en="A recruitment method in which the offender starts a romantic relationship "
            "with the victim, makes them emotionally dependent and then pushes them into "
            "prostitution.",
            hu="Olyan toborzási módszer, amelyben az elkövető szerelmi kapcsolatot kezd az "
            "áldozattal, érzelmileg függővé teszi, majd prostitúcióba kényszeríti.",
            nl="Een wervingsmethode waarbij de dader een liefdesrelatie met het slachtoffer "
            "aangaat, het emotioneel afhankelijk maakt en het vervolgens tot prostitutie "
            "dwingt.",
            fr="Méthode de recrutement dans laquelle l'auteur noue une relation amoureuse "
            "avec la victime, la rend dépendante affectivement puis la pousse à la "
            "prostitution.",
        ),
        "related": ["recruitment", "sexual-exploitation"],
    },
    {
        "key": "position-of-vulnerability",
        "term": T(
            en="position of vulnerability",
            hu="kiszolgáltatott helyzet",
            nl="kwetsbare positie",
            fr="position de vulnérabilité",
        ),
        "definition": T(
            en="A situation in which the person concerned has no real or acceptable "
            "alternative but to submit to the abuse involved, for example because of "
            "poverty, debt, illness, irregular status or dependence.",
            hu="Olyan helyzet, amelyben az érintettnek nincs valós vagy elfogadható "
            "választása, mint alávetni magát a visszaélésnek, például szegénység, "
            "adósság, betegség, rendezetlen jogállás vagy függőség miatt.",
            nl="Een situatie waarin de betrokkene geen echte of aanvaardbare andere keuze "
            "heeft dan zich aan het misbruik te onderwerpen, bijvoorbeeld door armoede, "
            "schulden, ziekte, onrechtmatig verblijf of afhankelijkheid.",
            fr="Situation dans laquelle la personne concernée n'a pas d'autre choix réel ou "
            "acceptable que de se soumettre à l'abus, par exemple en raison de la pauvreté, "
            "de dettes, d'une maladie, d'un séjour irrégulier ou d'une dépendance.",
        ),
        "source": _article(D2011, 2),
        "related": ["trafficking-in-human-beings"],
    },
    {
        "key": "smuggling-of-migrants",
        "term": T(
            en="smuggling of migrants",
            hu="embercsempészés",
            nl="mensensmokkel",
            fr="trafic de migrants",
        ),
        "definition": T(
            en="Helping a person to enter a country irregularly for a financial or other "
            "material benefit. Unlike trafficking, it requires no exploitation, but a "
            "smuggled person may become a victim of trafficking.",
            hu="Egy személy szabálytalan belépésének elősegítése valamely országba anyagi "
            "vagy más haszon érdekében. Az emberkereskedelemmel szemben nem feltétele a "
            "kizsákmányolás, de a becsempészett személy emberkereskedelem áldozatává "
            "válhat.",
            nl="Iemand helpen een land onrechtmatig binnen te komen voor financieel of ander "
            "materieel voordeel. Anders dan bij mensenhandel is geen uitbuiting vereist, "
            "maar een gesmokkelde persoon kan slachtoffer van mensenhandel worden.",
            fr="Fait d'aider une personne à entrer irrégulièrement dans un pays pour en tirer "
            "un avantage financier ou matériel. Contrairement à la traite, aucune "
            "exploitation n'est requise, mais une personne ayant fait l'objet d'un trafic "
            "peut devenir victime de la traite.",
        ),
        "related": ["trafficking-in-human-beings"],
    },
    {
        "key": "secondary-victimisation",
        "term": T(
            en="secondary victimisation",
            hu="másodlagos viktimizáció",
            nl="secundaire victimisatie",
            fr="victimisation secondaire",
        ),
        "definition": T(
            en="Further harm caused to a victim not by the offence but by the way institutions "
            "and professionals treat them, for example through repeated interviews, "
            "disbelief or contact with the offender.",
            hu="Az áldozatot ért további sérelem, amelyet nem a bűncselekmény, hanem az "
            "intézmények és szakemberek bánásmódja okoz, például ismételt meghallgatások, "
            "hitetlenkedés vagy az elkövetővel való találkozás.",
            nl="Verdere schade die een slachtoffer niet door het misdrijf, maar door de "
            "manier waarop instanties en professionals met hem of haar omgaan wordt "
            "toegebracht, bijvoorbeeld door herhaalde verhoren, ongeloof of contact met de "
            "dader.",
            fr="Préjudice supplémentaire causé à la victime non par l'infraction, mais par la "
            "manière dont les institutions et les professionnels la traitent, par exemple "
            "des auditions répétées, l'incrédulité ou le contact avec l'auteur.",
        ),
        "source": T(
            en="Directive 2012/29/EU, Article 18",
            hu="2012/29/EU irányelv, 18. cikk",
            nl="Richtlijn 2012/29/EU, artikel 18",
            fr="Directive 2012/29/UE, article 18",
        ),
        "related": ["case-management", "trauma-informed-approach"],
    },
    {
        "key": "trauma-informed-approach",
        "term": T(
            en="trauma-informed approach",
            hu="traumatudatos megközelítés",
            nl="traumasensitieve benadering",
            fr="approche tenant compte des traumatismes",
        ),
        "definition": T(
            en="Working in a way that takes into account how trauma affects memory, trust and "
            "behaviour: giving safety, choice and control to the victim and not reading "
            "inconsistencies as lies.",
            hu="Olyan munkamód, amely figyelembe veszi, hogyan hat a trauma az emlékezetre, a "
            "bizalomra és a viselkedésre: biztonságot, választási lehetőséget és "
            "kontrollt ad az áldozatnak, és az ellentmondásokat nem tekinti hazugságnak.",
            nl="Werken op een manier die rekening houdt met de invloed van trauma op "
            "geheugen, vertrouwen en gedrag: het slachtoffer veiligheid, keuze en controle "
            "bieden en tegenstrijdigheden niet als leugens opvatten.",
            fr="Manière de travailler qui tient compte des effets du traumatisme sur la "
            "mémoire, la confiance et le comportement : offrir sécurité, choix et maîtrise à "
            "la victime et ne pas interpréter les incohérences comme des mensonges.",
        ),
        "related": ["secondary-victimisation", "interpreter"],
    },
    {
        "key": "compensation",
        "term": T(en="compensation", hu="kártalanítás", nl="schadevergoeding", fr="indemnisation"),
        "definition": T(
            en="Payment to a victim for the harm suffered, from the offender through the "
            "criminal or civil proceedings or, where the law provides, from a state fund "
            "for victims of violent crime.",
            hu="Az áldozatnak az elszenvedett kárért járó juttatás, amelyet az elkövető fizet "
            "a büntető- vagy polgári eljárás eredményeként, vagy – ha a jogszabály "
            "lehetővé teszi – az állam nyújt az erőszakos bűncselekmények áldozatainak.",
            nl="Een vergoeding aan een slachtoffer voor de geleden schade, door de dader via "
            "de straf- of civiele procedure of, waar de wet daarin voorziet, uit een "
            "staatsfonds voor slachtoffers van geweldsmisdrijven.",
            fr="Réparation du préjudice subi par la victime, versée par l'auteur à l'issue de "
            "la procédure pénale ou civile ou, lorsque la loi le prévoit, par un fonds public "
            "pour les victimes d'actes intentionnels de violence.",
        ),
        "source": _article(D2011, 17),
        "related": ["victim-of-trafficking"],
    },
    {
        "key": "victim-support-service",
        "term": T(
            en="victim support service",
            hu="áldozatsegítő szolgálat",
            nl="slachtofferhulp",
            fr="service d'aide aux victimes",
        ),
        "definition": T(
            en="A service, public or non-governmental, that gives victims of crime "
            "information, emotional and practical support and help with their rights, "
            "free of charge and confidentially.",
            hu="Állami vagy civil szolgálat, amely a bűncselekmények áldozatainak "
            "ingyenesen és bizalmasan nyújt tájékoztatást, érzelmi és gyakorlati "
            "támogatást, valamint segítséget jogaik érvényesítéséhez.",
            nl="Een publieke of niet-gouvernementele dienst die slachtoffers van misdrijven "
            "kosteloos en vertrouwelijk informatie, emotionele en praktische steun en hulp "
            "bij hun rechten biedt.",
            fr="Service public ou non gouvernemental qui apporte gratuitement et en toute "
            "confidentialité aux victimes d'infractions des informations, un soutien moral "
            "et pratique et une aide pour faire valoir leurs droits.",
        ),
        "source": T(
            en="Directive 2012/29/EU, Article 8",
            hu="2012/29/EU irányelv, 8. cikk",
            nl="Richtlijn 2012/29/EU, artikel 8",
            fr="Directive 2012/29/UE, article 8",
        ),
        "related": ["case-management"],
    },
    {
        "key": "multi-agency-cooperation",
        "term": T(
            en="multi-agency cooperation",
            hu="ágazatközi együttműködés",
            nl="multidisciplinaire samenwerking",
            fr="coopération pluridisciplinaire",
        ),
        "definition": T(
            en="Structured cooperation between police, prosecution, labour inspection, "
            "immigration, social, health and child protection services and NGOs, with "
            "agreed roles, contact points and rules for sharing information.",
            hu="A rendőrség, az ügyészség, a munkaügyi ellenőrzés, az idegenrendészet, a "
            "szociális, egészségügyi és gyermekvédelmi szolgálatok és a civil szervezetek "
            "szervezett együttműködése, egyeztetett szerepekkel, kapcsolattartókkal és "
            "információmegosztási szabályokkal.",
            nl="Gestructureerde samenwerking tussen politie, openbaar ministerie, "
            "arbeidsinspectie, vreemdelingendiensten, sociale, medische en "
            "jeugdbeschermingsdiensten en ngo's, met afgesproken rollen, contactpersonen en "
            "regels voor informatie-uitwisseling.",
            fr="Coopération structurée entre police, parquet, inspection du travail, services "
            "de l'immigration, services sociaux, de santé et de protection de l'enfance et "
            "ONG, avec des rôles, des points de contact et des règles d'échange "
            "d'informations convenus.",
        ),
        "related": ["national-referral-mechanism", "case-management"],
    },
    {
        "key": "removal-of-organs",
        "term": T(
            en="trafficking for the removal of organs",
            hu="szervkivétel céljából elkövetett emberkereskedelem",
            nl="mensenhandel met het oog op orgaanverwijdering",
            fr="traite aux fins de prélèvement d'organes",
        ),
        "definition": T(
            en="Trafficking in which a person is recruited or transported so that one of "
            "their organs, most often a kidney, can be removed and sold.",
            hu="Olyan emberkereskedelem, amelyben egy személyt azért toboroznak vagy "
            "szállítanak, hogy valamely szervét – leggyakrabban a veséjét – eltávolítsák és "
            "eladják.",
            nl="Mensenhandel waarbij iemand wordt geworven of vervoerd om een van zijn of "
            "haar organen, meestal een nier, te laten verwijderen en te verkopen.",
            fr="Traite dans laquelle une personne est recrutée ou transportée afin que l'un "
            "de ses organes, le plus souvent un rein, soit prélevé et vendu.",
        ),
        "related": ["exploitation"],
    },
    {
        "key": "country-of-origin",
        "term": T(
            en="country of origin",
            hu="származási ország",
            nl="land van herkomst",
            fr="pays d'origine",
        ),
        "definition": T(
            en="The country of which the victim is a national or where they lived before "
            "being trafficked; the countries they passed through are transit countries and "
            "the country of exploitation is the destination country.",
            hu="Az az ország, amelynek az áldozat állampolgára, vagy ahol az "
            "emberkereskedelem előtt élt; az útközben érintett országok a tranzitországok, "
            "a kizsákmányolás helye a célország.",
            nl="Het land waarvan het slachtoffer onderdaan is of waar hij of zij woonde "
            "voordat de mensenhandel begon; landen waar het slachtoffer doorheen reisde "
            "zijn doorreislanden, het land van uitbuiting is het bestemmingsland.",
            fr="Pays dont la victime a la nationalité ou où elle vivait avant la traite ; les "
            "pays traversés sont les pays de transit et le pays d'exploitation est le pays "
            "de destination.",
        ),
        "related": ["transnational-referral-mechanism", "safe-return"],
    },
]
