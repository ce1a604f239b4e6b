"""The referral pathways of the demo: steps per country, put together for each direction.

Pure data, no Django imports. A cross-border pathway is the national mechanism of the
country where the victim is identified, the contact between the two contact points, and
the reception in the victim's country; so the steps are written once per country and
composed in `compose()`. Facts are written generally where the detail varies, and cite
the legal instruments. Contacts name directory roles (see directory.py), resolved per
country by the seed: "here" is where the victim is, "home" the victim's country.
"""

from home.demo.text import T

COUNTRIES = ("HU", "BE", "NL")

SITUATION_INTROS = {
    "return": T(
        en="The victim wants to go home. A return is voluntary, prepared on both sides and "
        "safe; it does not take away the victim's rights in the criminal proceedings.",
        hu="Az áldozat haza szeretne térni. A hazatérés önkéntes, mindkét oldalon előkészített "
        "és biztonságos; nem veszi el az áldozat büntetőeljárásbeli jogait.",
        nl="Het slachtoffer wil naar huis. Een terugkeer is vrijwillig, aan beide kanten "
        "voorbereid en veilig; het slachtoffer behoudt zijn rechten in de strafprocedure.",
        fr="La victime souhaite rentrer chez elle. Le retour est volontaire, préparé des deux "
        "côtés et sûr ; la victime conserve ses droits dans la procédure pénale.",
    ),
    "stay": T(
        en="The victim stays in the country where they were identified, recovers and may "
        "cooperate with the authorities against the offenders.",
        hu="Az áldozat abban az országban marad, ahol azonosították, felépül, és "
        "együttműködhet a hatóságokkal az elkövetők ellen.",
        nl="Het slachtoffer blijft in het land waar het werd geïdentificeerd, herstelt en kan "
        "met de autoriteiten samenwerken tegen de daders.",
        fr="La victime reste dans le pays où elle a été identifiée, se rétablit et peut "
        "coopérer avec les autorités contre les auteurs.",
    ),
    "child": T(
        en="The victim is under 18, or may be. The child's protection comes first: a guardian "
        "takes part in every decision, and every step is taken in the child's best interests.",
        hu="Az áldozat 18 év alatti, vagy az lehet. A gyermek védelme az első: minden döntésben "
        "részt vesz a gyám, és minden lépés a gyermek mindenek felett álló érdekét szolgálja.",
        nl="Het slachtoffer is jonger dan 18, of is dat mogelijk. De bescherming van het kind "
        "gaat voor: een voogd neemt deel aan elke beslissing en elke stap dient het belang van "
        "het kind.",
        fr="La victime a moins de 18 ans, ou pourrait les avoir. La protection de l'enfant passe "
        "avant tout : un tuteur participe à chaque décision et chaque étape sert l'intérêt "
        "supérieur de l'enfant.",
    ),
}

# -- steps of each country --------------------------------------------------------------------

IDENTIFY = {
    "HU": {
        "title": T(
            en="Recognise the signs and identify the victim",
            hu="A jelek felismerése és az áldozat azonosítása",
            nl="Signalen herkennen en het slachtoffer identificeren",
            fr="Reconnaître les signes et identifier la victime",
        ),
        "actor": T(
            en="Any identifying body: police, victim support, family and child welfare services, "
            "health care, consular staff, the national crisis line (OKIT)",
            hu="Bármely azonosításra jogosult szerv: rendőrség, áldozatsegítés, család- és "
            "gyermekjóléti szolgálat, egészségügy, konzuli tisztviselők, az Országos "
            "Kríziskezelő és Információs Telefonszolgálat (OKIT)",
            nl="Elke instantie die mag identificeren: politie, slachtofferhulp, gezins- en "
            "kinderwelzijnsdiensten, gezondheidszorg, consulair personeel, de nationale "
            "crisislijn (OKIT)",
            fr="Tout organisme habilité à identifier : police, aide aux victimes, services "
            "d'aide à la famille et à l'enfance, santé, agents consulaires, la ligne de crise "
            "nationale (OKIT)",
        ),
        "action": T(
            en="Talk to the person alone, in a safe place and in a language they understand. "
            "With their consent, fill in the identification data sheet and contact the victim "
            "support service or OKIT, who arrange shelter and support.",
            hu="Beszéljen a személlyel négyszemközt, biztonságos helyen, általa értett nyelven. "
            "Beleegyezésével töltse ki az azonosító adatlapot, és vegye fel a kapcsolatot az "
            "áldozatsegítő szolgálattal vagy az OKIT-tal, amely elhelyezést és támogatást "
            "szervez.",
            nl="Spreek de persoon alleen, op een veilige plek en in een taal die hij of zij "
            "begrijpt. Vul met toestemming het identificatieformulier in en neem contact op met "
            "de slachtofferhulp of met OKIT, die opvang en steun regelen.",
            fr="Parlez à la personne seule, dans un lieu sûr et dans une langue qu'elle comprend. "
            "Avec son accord, remplissez la fiche d'identification et contactez le service "
            "d'aide aux victimes ou l'OKIT, qui organisent l'hébergement et le soutien.",
        ),
        "legal": T(
            en="Government Decree 354/2012 (XII. 13.) on the identification of victims of "
            "trafficking; Directive 2011/36/EU, Art. 11(4); CETS 197, Art. 10",
            hu="Az emberkereskedelem áldozatainak azonosítási rendjéről szóló 354/2012. "
            "(XII. 13.) Korm. rendelet; 2011/36/EU irányelv 11. cikk (4) bek.; CETS 197, 10. cikk",
            nl="Regeringsbesluit 354/2012 (XII. 13.) over de identificatie van slachtoffers van "
            "mensenhandel; Richtlijn 2011/36/EU, art. 11, lid 4; CETS 197, art. 10",
            fr="Décret gouvernemental 354/2012 (XII. 13.) sur l'identification des victimes de la "
            "traite ; directive 2011/36/UE, art. 11, § 4 ; STCE 197, art. 10",
        ),
        "time": T(
            en="As soon as there are signs; at once if the person is in danger",
            hu="Amint jelek mutatkoznak; azonnal, ha a személy veszélyben van",
            nl="Zodra er signalen zijn; meteen als de persoon in gevaar is",
            fr="Dès les premiers signes ; immédiatement si la personne est en danger",
        ),
        "documents": T(
            en="The identification data sheet of the Decree; an identity document if there is "
            "one (its absence must not delay help)",
            hu="A rendelet szerinti azonosító adatlap; személyazonosító okmány, ha van (hiánya "
            "nem késleltetheti a segítséget)",
            nl="Het identificatieformulier van het besluit; een identiteitsbewijs als dat er is "
            "(het ontbreken ervan mag de hulp niet vertragen)",
            fr="La fiche d'identification du décret ; une pièce d'identité s'il y en a une (son "
            "absence ne doit pas retarder l'aide)",
        ),
        "contacts": [("police", "here"), ("contact-point", "here"), ("hotline", "here")],
    },
    "BE": {
        "title": T(
            en="Detect the signs and refer to a specialised centre",
            hu="A jelek észlelése és továbbirányítás szakosodott központba",
            nl="Signalen opsporen en doorverwijzen naar een gespecialiseerd centrum",
            fr="Détecter les signes et orienter vers un centre spécialisé",
        ),
        "actor": T(
            en="Police, social inspection and any first-line service; one of the three recognised "
            "specialised centres (Payoke, PAG-ASA, Sürya)",
            hu="Rendőrség, szociális felügyelet és bármely első vonalbeli szolgálat; a három "
            "elismert szakosodott központ egyike (Payoke, PAG-ASA, Sürya)",
            nl="Politie, sociale inspectie en elke eerstelijnsdienst; een van de drie erkende "
            "gespecialiseerde centra (Payoke, PAG-ASA, Sürya)",
            fr="Police, inspection sociale et tout service de première ligne ; l'un des trois "
            "centres spécialisés reconnus (Payoke, PAG-ASA, Sürya)",
        ),
        "action": T(
            en="Whoever sees signs of trafficking informs the police or the social inspection. "
            "They inform the prosecutor's reference magistrate and refer the person to a "
            "specialised centre, which explains the victim procedure in the person's language.",
            hu="Aki emberkereskedelemre utaló jelet lát, értesíti a rendőrséget vagy a szociális "
            "felügyeletet. Ők értesítik az ügyészség referens ügyészét, és a személyt szakosodott "
            "központba irányítják, amely a személy nyelvén elmagyarázza az áldozati eljárást.",
            nl="Wie signalen van mensenhandel ziet, verwittigt de politie of de sociale "
            "inspectie. Zij verwittigen de referentiemagistraat van het parket en verwijzen de "
            "persoon door naar een gespecialiseerd centrum, dat de slachtofferprocedure in de "
            "taal van de persoon uitlegt.",
            fr="Quiconque voit des signes de traite avertit la police ou l'inspection sociale. "
            "Celles-ci informent le magistrat de référence du parquet et orientent la personne "
            "vers un centre spécialisé, qui lui explique la procédure victime dans sa langue.",
        ),
        "legal": T(
            en="Circular of 23 December 2016 on multidisciplinary cooperation regarding victims "
            "of trafficking (the Belgian national referral mechanism); CETS 197, Art. 10",
            hu="A 2016. december 23-i körlevél az emberkereskedelem áldozataival kapcsolatos "
            "multidiszciplináris együttműködésről (a belga nemzeti továbbirányítási mechanizmus); "
            "CETS 197, 10. cikk",
            nl="Omzendbrief van 23 december 2016 inzake de multidisciplinaire samenwerking met "
            "betrekking tot de slachtoffers van mensenhandel (het Belgische nationale "
            "verwijzingsmechanisme); CETS 197, art. 10",
            fr="Circulaire du 23 décembre 2016 relative à la coopération multidisciplinaire "
            "concernant les victimes de la traite (le mécanisme national d'orientation belge) ; "
            "STCE 197, art. 10",
        ),
        "time": T(
            en="At once on detection",
            hu="Az észleléskor azonnal",
            nl="Meteen bij de signalering",
            fr="Dès la détection",
        ),
        "documents": T(
            en="None is needed to be referred",
            hu="A továbbirányításhoz nincs szükség iratra",
            nl="Voor de doorverwijzing is geen document nodig",
            fr="Aucun document n'est nécessaire pour l'orientation",
        ),
        "contacts": [("police", "here"), ("specialised-centre", "here"), ("contact-point", "here")],
    },
    "NL": {
        "title": T(
            en="Recognise the signs and report to the coordination centre",
            hu="A jelek felismerése és bejelentés a koordinációs központnak",
            nl="Signalen herkennen en melden bij het coördinatiecentrum",
            fr="Reconnaître les signes et signaler au centre de coordination",
        ),
        "actor": T(
            en="Police, Royal Netherlands Marechaussee, Netherlands Labour Authority, care "
            "workers; CoMensha, the national coordination centre",
            hu="Rendőrség, a Királyi Holland Csendőrség (Marechaussee), a holland munkaügyi "
            "hatóság, segítő szakemberek; a CoMensha nemzeti koordinációs központ",
            nl="Politie, Koninklijke Marechaussee, Nederlandse Arbeidsinspectie, hulpverleners; "
            "CoMensha, het landelijk coördinatiecentrum",
            fr="Police, Maréchaussée royale, Autorité néerlandaise du travail, travailleurs "
            "sociaux ; CoMensha, le centre national de coordination",
        ),
        "action": T(
            en="Refer the person to the police or to care coordination. The police offer the "
            "reflection period at the slightest indication of trafficking. Every possible victim "
            "is reported to CoMensha, which registers them and coordinates shelter and care.",
            hu="Irányítsa a személyt a rendőrséghez vagy az ellátás koordinációjához. A "
            "rendőrség már az emberkereskedelem legcsekélyebb jelére felajánlja a gondolkodási "
            "időt. Minden lehetséges áldozatot bejelentenek a CoMenshának, amely nyilvántartja "
            "őket, és összehangolja az elhelyezést és az ellátást.",
            nl="Verwijs de persoon door naar de politie of de zorgcoördinatie. De politie biedt "
            "de bedenktijd aan bij de geringste aanwijzing van mensenhandel. Elk mogelijk "
            "slachtoffer wordt gemeld bij CoMensha, dat registreert en opvang en zorg coördineert.",
            fr="Orientez la personne vers la police ou la coordination des soins. La police "
            "propose le délai de réflexion au moindre indice de traite. Toute victime possible "
            "est signalée à CoMensha, qui l'enregistre et coordonne l'hébergement et les soins.",
        ),
        "legal": T(
            en="Aliens Act 2000, Section 8(k); Aliens Circular 2000, Chapter B8/3; CETS 197, "
            "Art. 10",
            hu="2000. évi holland idegenrendészeti törvény (Vreemdelingenwet 2000) 8. cikk k) "
            "pont; 2000. évi idegenrendészeti körlevél, B8/3. fejezet; CETS 197, 10. cikk",
            nl="Vreemdelingenwet 2000, art. 8, onder k; Vreemdelingencirculaire 2000, "
            "hoofdstuk B8/3; CETS 197, art. 10",
            fr="Loi néerlandaise de 2000 sur les étrangers, art. 8, k ; circulaire sur les "
            "étrangers 2000, chapitre B8/3 ; STCE 197, art. 10",
        ),
        "time": T(
            en="At once on detection",
            hu="Az észleléskor azonnal",
            nl="Meteen bij de signalering",
            fr="Dès la détection",
        ),
        "documents": T(
            en="None is needed to be referred",
            hu="A továbbirányításhoz nincs szükség iratra",
            nl="Voor de doorverwijzing is geen document nodig",
            fr="Aucun document n'est nécessaire pour l'orientation",
        ),
        "contacts": [
            ("police", "here"),
            ("contact-point", "here"),
            ("labour-inspectorate", "here"),
        ],
    },
}

PROTECT = {
    "HU": {
        "title": T(
            en="Safety, shelter and support",
            hu="Biztonság, elhelyezés és támogatás",
            nl="Veiligheid, opvang en steun",
            fr="Sécurité, hébergement et soutien",
        ),
        "actor": T(
            en="Victim support services; shelters for victims of trafficking (placement through "
            "OKIT)",
            hu="Áldozatsegítő szolgálatok; az emberkereskedelem áldozatainak menedékházai "
            "(elhelyezés az OKIT-on keresztül)",
            nl="Slachtofferhulpdiensten; opvanghuizen voor slachtoffers van mensenhandel "
            "(plaatsing via OKIT)",
            fr="Services d'aide aux victimes ; foyers pour victimes de la traite (placement par "
            "l'OKIT)",
        ),
        "action": T(
            en="Offer safe accommodation, health care, psychological and legal help, and "
            "information in a language the victim understands. Support does not depend on "
            "cooperation with the authorities.",
            hu="Biztonságos szállást, egészségügyi ellátást, pszichológiai és jogi segítséget, "
            "valamint az áldozat által értett nyelvű tájékoztatást kell felajánlani. A támogatás "
            "nem függ a hatóságokkal való együttműködéstől.",
            nl="Bied veilige opvang, medische zorg, psychologische en juridische hulp en "
            "informatie in een taal die het slachtoffer begrijpt. De steun hangt niet af van "
            "samenwerking met de autoriteiten.",
            fr="Proposer un hébergement sûr, des soins, une aide psychologique et juridique et "
            "des informations dans une langue que la victime comprend. L'aide ne dépend pas de "
            "la coopération avec les autorités.",
        ),
        "legal": T(
            en="Act CXXXV of 2005 on crime victim support and state compensation; Directive "
            "2011/36/EU, Art. 11(3); CETS 197, Art. 12",
            hu="A bűncselekmények áldozatainak segítéséről és az állami kárenyhítésről szóló "
            "2005. évi CXXXV. törvény; 2011/36/EU irányelv 11. cikk (3) bek.; CETS 197, 12. cikk",
            nl="Wet CXXXV van 2005 over hulp aan slachtoffers van misdrijven en "
            "staatsschadevergoeding; Richtlijn 2011/36/EU, art. 11, lid 3; CETS 197, art. 12",
            fr="Loi CXXXV de 2005 sur l'aide aux victimes d'infractions et l'indemnisation par "
            "l'État ; directive 2011/36/UE, art. 11, § 3 ; STCE 197, art. 12",
        ),
        "time": T(
            en="From the first contact",
            hu="Az első kapcsolatfelvételtől",
            nl="Vanaf het eerste contact",
            fr="Dès le premier contact",
        ),
        "documents": T(
            en="None for emergency shelter",
            hu="Sürgősségi elhelyezéshez nem kell irat",
            nl="Geen voor noodopvang",
            fr="Aucun pour un hébergement d'urgence",
        ),
        "contacts": [("contact-point", "here"), ("shelter-women", "here"), ("shelter-men", "here")],
    },
    "BE": {
        "title": T(
            en="Reflection period and support by the specialised centre",
            hu="Gondolkodási idő és a szakosodott központ támogatása",
            nl="Reflectieperiode en begeleiding door het gespecialiseerd centrum",
            fr="Période de réflexion et accompagnement par le centre spécialisé",
        ),
        "actor": T(
            en="The specialised centre; the Immigration Office",
            hu="A szakosodott központ; a Bevándorlási Hivatal",
            nl="Het gespecialiseerd centrum; de Dienst Vreemdelingenzaken",
            fr="Le centre spécialisé ; l'Office des étrangers",
        ),
        "action": T(
            en="The centre offers shelter or outpatient support. A victim without another right "
            "of residence receives an Annex 15 document valid for 45 days, to recover, escape "
            "the offenders' influence and decide whether to make statements or to go home.",
            hu="A központ elhelyezést vagy ambuláns támogatást nyújt. Az az áldozat, akinek nincs "
            "más tartózkodási joga, 45 napig érvényes 15. számú mellékletet kap, hogy felépüljön, "
            "kikerüljön az elkövetők befolyása alól, és eldöntse, tesz-e vallomást, vagy "
            "hazatér.",
            nl="Het centrum biedt opvang of ambulante begeleiding. Een slachtoffer zonder ander "
            "verblijfsrecht krijgt een bijlage 15 die 45 dagen geldig is, om te herstellen, aan "
            "de invloed van de daders te ontsnappen en te beslissen of het verklaringen aflegt "
            "of naar huis gaat.",
            fr="Le centre propose un hébergement ou un accompagnement ambulatoire. Une victime "
            "sans autre droit de séjour reçoit une annexe 15 valable 45 jours, pour se rétablir, "
            "échapper à l'influence des auteurs et décider de faire des déclarations ou de "
            "rentrer chez elle.",
        ),
        "legal": T(
            en="Aliens Act of 15 December 1980, Art. 61/2 §2 (amended by the Law of 15 March "
            "2017); Directive 2004/81/EC, Art. 6",
            hu="Az 1980. december 15-i belga idegenrendészeti törvény 61/2. cikk 2. § (a 2017. "
            "március 15-i törvénnyel módosítva); 2004/81/EK irányelv 6. cikk",
            nl="Vreemdelingenwet van 15 december 1980, art. 61/2, § 2 (gewijzigd bij de wet van "
            "15 maart 2017); Richtlijn 2004/81/EG, art. 6",
            fr="Loi du 15 décembre 1980 sur les étrangers, art. 61/2, § 2 (modifiée par la loi du "
            "15 mars 2017) ; directive 2004/81/CE, art. 6",
        ),
        "time": T(
            en="45 days",
            hu="45 nap",
            nl="45 dagen",
            fr="45 jours",
        ),
        "documents": T(
            en="The centre applies for the document to the Immigration Office",
            hu="Az iratot a központ kéri a Bevándorlási Hivataltól",
            nl="Het centrum vraagt het document aan bij de Dienst Vreemdelingenzaken",
            fr="Le centre demande le document à l'Office des étrangers",
        ),
        "contacts": [("specialised-centre", "here"), ("contact-point", "here")],
    },
    "NL": {
        "title": T(
            en="Reflection period, shelter and care",
            hu="Gondolkodási idő, elhelyezés és ellátás",
            nl="Bedenktijd, opvang en zorg",
            fr="Délai de réflexion, hébergement et soins",
        ),
        "actor": T(
            en="Police, Immigration and Naturalisation Service (IND), CoMensha, specialised "
            "shelters",
            hu="Rendőrség, a holland Bevándorlási és Honosítási Szolgálat (IND), CoMensha, "
            "szakosodott menedékházak",
            nl="Politie, Immigratie- en Naturalisatiedienst (IND), CoMensha, gespecialiseerde "
            "opvang",
            fr="Police, Service de l'immigration et de la naturalisation (IND), CoMensha, foyers "
            "spécialisés",
        ),
        "action": T(
            en="A possible victim without lawful residence gets a reflection period of up to "
            "three months to decide whether to report; departure is suspended and shelter, care "
            "and legal aid are arranged. EU citizens, such as Hungarian victims, stay lawfully "
            "under free movement rules and can be offered shelter and care through the same "
            "coordination.",
            hu="A jogszerű tartózkodás nélküli lehetséges áldozat legfeljebb háromhónapos "
            "gondolkodási időt kap annak eldöntésére, hogy feljelentést tesz-e; kiutazását "
            "felfüggesztik, elhelyezéséről, ellátásáról és jogi segítségéről gondoskodnak. Az "
            "uniós polgárok, például a magyar áldozatok, a szabad mozgás szabályai alapján "
            "jogszerűen tartózkodnak, és ugyanezen koordináció útján kaphatnak elhelyezést és "
            "ellátást.",
            nl="Een mogelijk slachtoffer zonder rechtmatig verblijf krijgt een bedenktijd van "
            "maximaal drie maanden om te beslissen of het aangifte doet; het vertrek wordt "
            "opgeschort en opvang, zorg en rechtsbijstand worden geregeld. EU-burgers, zoals "
            "Hongaarse slachtoffers, verblijven rechtmatig op grond van het vrij verkeer en "
            "kunnen via dezelfde coördinatie opvang en zorg krijgen.",
            fr="Une victime possible sans séjour régulier reçoit un délai de réflexion de trois "
            "mois au plus pour décider de porter plainte ; son départ est suspendu et "
            "l'hébergement, les soins et l'aide juridique sont organisés. Les citoyens de l'UE, "
            "comme les victimes hongroises, séjournent régulièrement en vertu de la libre "
            "circulation et peuvent recevoir hébergement et soins par la même coordination.",
        ),
        "legal": T(
            en="Aliens Act 2000, Section 8(k); Aliens Circular 2000, B8/3; Directive 2004/81/EC, "
            "Art. 6",
            hu="Vreemdelingenwet 2000, 8. cikk k) pont; Vreemdelingencirculaire 2000, B8/3; "
            "2004/81/EK irányelv 6. cikk",
            nl="Vreemdelingenwet 2000, art. 8, onder k; Vreemdelingencirculaire 2000, B8/3; "
            "Richtlijn 2004/81/EG, art. 6",
            fr="Loi néerlandaise de 2000 sur les étrangers, art. 8, k ; circulaire sur les "
            "étrangers 2000, B8/3 ; directive 2004/81/CE, art. 6",
        ),
        "time": T(
            en="Up to 3 months",
            hu="Legfeljebb 3 hónap",
            nl="Maximaal 3 maanden",
            fr="Jusqu'à 3 mois",
        ),
        "documents": T(
            en="An identity document where there is one",
            hu="Személyazonosító okmány, ha van",
            nl="Een identiteitsbewijs als dat er is",
            fr="Une pièce d'identité s'il y en a une",
        ),
        "contacts": [("contact-point", "here"), ("shelter-women", "here"), ("shelter-men", "here")],
    },
}

WAGES = {
    "title": T(
        en="Unpaid wages and labour rights",
        hu="Elmaradt bér és munkajogok",
        nl="Achterstallig loon en arbeidsrechten",
        fr="Salaires impayés et droits du travail",
    ),
    "actor": T(
        en="Labour inspectorate; a lawyer or legal aid service",
        hu="Munkaügyi felügyelet; ügyvéd vagy jogsegélyszolgálat",
        nl="Arbeidsinspectie; een advocaat of rechtshulpdienst",
        fr="Inspection du travail ; un avocat ou un service d'aide juridique",
    ),
    "action": T(
        en="The inspectorate records the hours worked and the pay due. A lawyer can claim the "
        "unpaid wages and compensation from the employer, also after the victim has gone home.",
        hu="A felügyelet rögzíti a ledolgozott órákat és a járó bért. Ügyvéd követelheti a "
        "munkáltatótól az elmaradt bért és a kártérítést, az áldozat hazatérése után is.",
        nl="De inspectie legt de gewerkte uren en het verschuldigde loon vast. Een advocaat kan "
        "het achterstallige loon en schadevergoeding van de werkgever eisen, ook nadat het "
        "slachtoffer naar huis is gegaan.",
        fr="L'inspection consigne les heures travaillées et le salaire dû. Un avocat peut "
        "réclamer à l'employeur les salaires impayés et une indemnisation, y compris après le "
        "retour de la victime.",
    ),
    "legal": T(
        en="National labour law; Directive 2011/36/EU, Art. 17; CETS 197, Art. 15",
        hu="Nemzeti munkajog; 2011/36/EU irányelv 17. cikk; CETS 197, 15. cikk",
        nl="Nationaal arbeidsrecht; Richtlijn 2011/36/EU, art. 17; CETS 197, art. 15",
        fr="Droit national du travail ; directive 2011/36/UE, art. 17 ; STCE 197, art. 15",
    ),
    "time": T(
        en="Before the victim leaves, while evidence can still be gathered",
        hu="Az áldozat távozása előtt, amíg a bizonyítékok még beszerezhetők",
        nl="Voordat het slachtoffer vertrekt, zolang bewijs nog te verzamelen is",
        fr="Avant le départ de la victime, tant que les preuves peuvent être réunies",
    ),
    "documents": T(
        en="Anything that shows the work: messages, photos, pay slips, addresses, names",
        hu="Bármi, ami a munkát igazolja: üzenetek, fényképek, bérjegyzékek, címek, nevek",
        nl="Alles wat het werk aantoont: berichten, foto's, loonstroken, adressen, namen",
        fr="Tout ce qui prouve le travail : messages, photos, fiches de paie, adresses, noms",
    ),
    "forms": ["labour"],
    "contacts": [("labour-inspectorate", "here"), ("legal-aid", "here")],
}

COOPERATE = {
    "HU": {
        "title": T(
            en="Cooperation with the authorities",
            hu="Együttműködés a hatóságokkal",
            nl="Samenwerking met de autoriteiten",
            fr="Coopération avec les autorités",
        ),
        "actor": T(
            en="Police and prosecutor; victim support service; the aliens policing authority for "
            "victims from outside the EU",
            hu="Rendőrség és ügyészség; áldozatsegítő szolgálat; az Európai Unión kívülről "
            "érkezett áldozatok esetében az idegenrendészeti hatóság",
            nl="Politie en openbaar ministerie; slachtofferhulp; voor slachtoffers van buiten de "
            "EU de vreemdelingenpolitie",
            fr="Police et parquet ; service d'aide aux victimes ; pour les victimes hors UE, "
            "l'autorité de police des étrangers",
        ),
        "action": T(
            en="If the victim decides to make a complaint or give evidence, the authority "
            "assesses their special protection needs and can order protective measures. A "
            "victim who is not an EU citizen may obtain a residence permit as a victim of "
            "trafficking.",
            hu="Ha az áldozat feljelentést tesz vagy vallomást tesz, a hatóság megvizsgálja "
            "különleges bánásmódot igénylő helyzetét, és védelmi intézkedést rendelhet el. Az "
            "az áldozat, aki nem uniós polgár, emberkereskedelem áldozataként tartózkodási "
            "engedélyt kaphat.",
            nl="Als het slachtoffer besluit aangifte te doen of te getuigen, beoordeelt de "
            "autoriteit zijn bijzondere beschermingsbehoeften en kan zij beschermingsmaatregelen "
            "treffen. Een slachtoffer dat geen EU-burger is, kan een verblijfsvergunning als "
            "slachtoffer van mensenhandel krijgen.",
            fr="Si la victime décide de porter plainte ou de témoigner, l'autorité évalue ses "
            "besoins particuliers de protection et peut ordonner des mesures de protection. Une "
            "victime qui n'est pas citoyenne de l'UE peut obtenir un titre de séjour en tant que "
            "victime de la traite.",
        ),
        "legal": T(
            en="Act XC of 2017 on criminal procedure; Act XC of 2023 on the entry and residence "
            "of third-country nationals; Directive 2011/36/EU, Art. 12; Directive 2004/81/EC",
            hu="A büntetőeljárásról szóló 2017. évi XC. törvény; a harmadik országbeli "
            "állampolgárok beutazásáról és tartózkodásáról szóló 2023. évi XC. törvény; "
            "2011/36/EU irányelv 12. cikk; 2004/81/EK irányelv",
            nl="Wet XC van 2017 op de strafvordering; Wet XC van 2023 over binnenkomst en verblijf "
            "van derdelanders; Richtlijn 2011/36/EU, art. 12; Richtlijn 2004/81/EG",
            fr="Loi XC de 2017 sur la procédure pénale ; loi XC de 2023 sur l'entrée et le séjour "
            "des ressortissants de pays tiers ; directive 2011/36/UE, art. 12 ; directive "
            "2004/81/CE",
        ),
        "time": T(
            en="No deadline to decide; protection for as long as it is needed",
            hu="A döntésre nincs határidő; védelem, ameddig szükséges",
            nl="Geen termijn om te beslissen; bescherming zolang als nodig",
            fr="Pas de délai pour décider ; protection aussi longtemps que nécessaire",
        ),
        "documents": T(
            en="An identity document where there is one",
            hu="Személyazonosító okmány, ha van",
            nl="Een identiteitsbewijs als dat er is",
            fr="Une pièce d'identité s'il y en a une",
        ),
        "contacts": [("police", "here"), ("prosecution", "here"), ("legal-aid", "here")],
    },
    "BE": {
        "title": T(
            en="Statements, victim status and residence",
            hu="Vallomás, áldozati státusz és tartózkodás",
            nl="Verklaringen, slachtofferstatuut en verblijf",
            fr="Déclarations, statut de victime et séjour",
        ),
        "actor": T(
            en="Police, the prosecutor's reference magistrate, the specialised centre, the "
            "Immigration Office",
            hu="Rendőrség, az ügyészség referens ügyésze, a szakosodott központ, a Bevándorlási "
            "Hivatal",
            nl="Politie, referentiemagistraat van het parket, het gespecialiseerd centrum, de "
            "Dienst Vreemdelingenzaken",
            fr="Police, magistrat de référence du parquet, centre spécialisé, Office des étrangers",
        ),
        "action": T(
            en="A victim who makes statements against the offenders receives a three-month "
            "residence document, then six-month renewable permits while the case lasts, if they "
            "keep the centre's support and break off contact with the offenders. After a "
            "conviction, or when the prosecutor retains trafficking, an indefinite permit may "
            "follow. EU citizens also have rights under free movement rules; the centre advises "
            "which route suits them.",
            hu="Az elkövetők ellen vallomást tevő áldozat háromhónapos tartózkodási iratot, majd "
            "az ügy idejére hathavonta megújítható engedélyt kap, ha továbbra is igénybe veszi a "
            "központ támogatását, és megszakítja a kapcsolatot az elkövetőkkel. Elítélés után, "
            "vagy ha az ügyész az emberkereskedelem vádját fenntartja, határozatlan idejű "
            "engedély követheti. Az uniós polgárokat a szabad mozgás szabályai szerinti jogok is "
            "megilletik; a központ tanácsot ad, melyik út előnyösebb.",
            nl="Een slachtoffer dat verklaringen aflegt tegen de daders, krijgt een "
            "verblijfsdocument van drie maanden en daarna verlengbare vergunningen van zes "
            "maanden zolang de zaak loopt, als het de begeleiding van het centrum aanvaardt en "
            "elk contact met de daders verbreekt. Na een veroordeling, of als het parket "
            "mensenhandel weerhoudt, kan een vergunning van onbeperkte duur volgen. EU-burgers "
            "hebben ook rechten op grond van het vrij verkeer; het centrum adviseert welke weg "
            "het beste past.",
            fr="La victime qui fait des déclarations contre les auteurs reçoit un document de "
            "séjour de trois mois, puis des titres de six mois renouvelables tant que l'affaire "
            "dure, si elle accepte l'accompagnement du centre et rompt tout contact avec les "
            "auteurs. Après une condamnation, ou si le parquet retient la traite, un titre "
            "illimité peut suivre. Les citoyens de l'UE ont aussi des droits au titre de la "
            "libre circulation ; le centre conseille la voie la plus adaptée.",
        ),
        "legal": T(
            en="Aliens Act of 15 December 1980, Art. 61/3 to 61/5; Circular of 23 December 2016",
            hu="Az 1980. december 15-i idegenrendészeti törvény 61/3–61/5. cikke; a 2016. "
            "december 23-i körlevél",
            nl="Vreemdelingenwet van 15 december 1980, art. 61/3 tot 61/5; omzendbrief van "
            "23 december 2016",
            fr="Loi du 15 décembre 1980, art. 61/3 à 61/5 ; circulaire du 23 décembre 2016",
        ),
        "time": T(
            en="3 months, then renewable periods of 6 months",
            hu="3 hónap, majd 6 hónapos megújítható időszakok",
            nl="3 maanden, daarna verlengbare periodes van 6 maanden",
            fr="3 mois, puis des périodes renouvelables de 6 mois",
        ),
        "documents": T(
            en="The statements made to the police; the specialised centre's certificates",
            hu="A rendőrségen tett vallomás; a szakosodott központ igazolásai",
            nl="De verklaringen bij de politie; de attesten van het gespecialiseerd centrum",
            fr="Les déclarations faites à la police ; les attestations du centre spécialisé",
        ),
        "contacts": [("prosecution", "here"), ("police", "here"), ("specialised-centre", "here")],
    },
    "NL": {
        "title": T(
            en="Report and residence during the proceedings",
            hu="Feljelentés és tartózkodás az eljárás alatt",
            nl="Aangifte en verblijf tijdens de procedure",
            fr="Plainte et séjour pendant la procédure",
        ),
        "actor": T(
            en="Police, Public Prosecution Service, Immigration and Naturalisation Service (IND)",
            hu="Rendőrség, ügyészség, a holland Bevándorlási és Honosítási Szolgálat (IND)",
            nl="Politie, Openbaar Ministerie, Immigratie- en Naturalisatiedienst (IND)",
            fr="Police, ministère public, Service de l'immigration et de la naturalisation (IND)",
        ),
        "action": T(
            en="A victim who reports or otherwise cooperates in the investigation can receive a "
            "temporary residence permit for the length of the investigation and the trial. When "
            "the proceedings end, they may apply for continued residence on humanitarian "
            "grounds.",
            hu="A feljelentést tevő vagy a nyomozásban más módon együttműködő áldozat a nyomozás "
            "és a tárgyalás idejére ideiglenes tartózkodási engedélyt kaphat. Az eljárás végén "
            "humanitárius alapon kérheti a további tartózkodást.",
            nl="Een slachtoffer dat aangifte doet of op een andere manier meewerkt aan het "
            "onderzoek, kan een tijdelijke verblijfsvergunning krijgen voor de duur van het "
            "onderzoek en het proces. Na afloop van de procedure kan het voortgezet verblijf op "
            "humanitaire gronden aanvragen.",
            fr="La victime qui porte plainte ou coopère autrement à l'enquête peut recevoir un "
            "titre de séjour temporaire pour la durée de l'enquête et du procès. À la fin de la "
            "procédure, elle peut demander la prolongation de son séjour pour motifs "
            "humanitaires.",
        ),
        "legal": T(
            en="Aliens Decree 2000, Art. 3.48(1)(b); Aliens Circular 2000, B8/3",
            hu="Vreemdelingenbesluit 2000, 3.48. cikk (1) bek. b) pont; Vreemdelingencirculaire "
            "2000, B8/3",
            nl="Vreemdelingenbesluit 2000, art. 3.48, eerste lid, onder b; "
            "Vreemdelingencirculaire 2000, B8/3",
            fr="Décret néerlandais de 2000 sur les étrangers, art. 3.48, § 1er, b ; circulaire "
            "sur les étrangers 2000, B8/3",
        ),
        "time": T(
            en="For the length of the criminal proceedings",
            hu="A büntetőeljárás idejére",
            nl="Voor de duur van de strafprocedure",
            fr="Pour la durée de la procédure pénale",
        ),
        "documents": T(
            en="The police record of the report or cooperation",
            hu="A feljelentésről vagy együttműködésről készült rendőrségi jegyzőkönyv",
            nl="Het proces-verbaal van de aangifte of medewerking",
            fr="Le procès-verbal de la plainte ou de la coopération",
        ),
        "contacts": [("police", "here"), ("prosecution", "here"), ("legal-aid", "here")],
    },
}

_DEPART_LEGAL = T(
    en="Directive 2011/36/EU, Art. 11; CETS 197, Art. 16 (return with due regard for the "
    "person's rights, safety and dignity)",
    hu="2011/36/EU irányelv 11. cikk; CETS 197, 16. cikk (hazatérés a személy jogainak, "
    "biztonságának és méltóságának kellő figyelembevételével)",
    nl="Richtlijn 2011/36/EU, art. 11; CETS 197, art. 16 (terugkeer met inachtneming van de "
    "rechten, de veiligheid en de waardigheid van de persoon)",
    fr="Directive 2011/36/UE, art. 11 ; STCE 197, art. 16 (retour dans le respect des droits, de "
    "la sécurité et de la dignité de la personne)",
)
_DEPART_TIME = T(
    en="Only once the risk assessment is done and reception at home is confirmed",
    hu="Csak a kockázatértékelés után, és ha az otthoni fogadás megerősítést nyert",
    nl="Pas als de risicoanalyse klaar is en de opvang thuis bevestigd is",
    fr="Seulement une fois l'évaluation des risques faite et l'accueil au pays confirmé",
)
_DEPART_DOCUMENTS = T(
    en="Passport or emergency travel document; the victim's written consent; the risk assessment",
    hu="Útlevél vagy ideiglenes úti okmány; az áldozat írásbeli beleegyezése; a kockázatértékelés",
    nl="Paspoort of nooddocument; de schriftelijke toestemming van het slachtoffer; de "
    "risicoanalyse",
    fr="Passeport ou document de voyage d'urgence ; le consentement écrit de la victime ; "
    "l'évaluation des risques",
)

DEPART = {
    code: {
        "title": T(
            en="Prepare the journey home",
            hu="A hazautazás előkészítése",
            nl="De reis naar huis voorbereiden",
            fr="Préparer le voyage de retour",
        ),
        "actor": actor,
        "action": action,
        "legal": _DEPART_LEGAL,
        "time": _DEPART_TIME,
        "documents": _DEPART_DOCUMENTS,
        "contacts": [("return-agency", "here"), ("consulate", "here", "home")],
    }
    for code, actor, action in (
        (
            "HU",
            T(
                en="The Hungarian contact point, the victim's consulate and the return "
                "organisation",
                hu="A magyar kapcsolattartó pont, az áldozat konzulátusa és a hazatérést szervező "
                "szervezet",
                nl="Het Hongaarse contactpunt, het consulaat van het slachtoffer en de "
                "terugkeerorganisatie",
                fr="Le point de contact hongrois, le consulat de la victime et l'organisation de "
                "retour",
            ),
            T(
                en="With the victim's informed consent, make a risk assessment, obtain travel "
                "documents from the victim's consulate and book the journey, with an escort if "
                "needed.",
                hu="Az áldozat tájékozott beleegyezésével készüljön kockázatértékelés, a "
                "konzulátus állítsa ki az úti okmányt, és foglalják le az utazást, szükség "
                "esetén kísérővel.",
                nl="Maak met de geïnformeerde toestemming van het slachtoffer een risicoanalyse, "
                "vraag reisdocumenten aan bij het consulaat en boek de reis, zo nodig met "
                "begeleiding.",
                fr="Avec le consentement éclairé de la victime, faire une évaluation des risques, "
                "obtenir les documents de voyage auprès de son consulat et réserver le voyage, "
                "accompagné si nécessaire.",
            ),
        ),
        (
            "BE",
            T(
                en="The specialised centre, the return service and the victim's consulate",
                hu="A szakosodott központ, a hazatérési szolgálat és az áldozat konzulátusa",
                nl="Het gespecialiseerd centrum, de terugkeerdienst en het consulaat van het "
                "slachtoffer",
                fr="Le centre spécialisé, le service de retour et le consulat de la victime",
            ),
            T(
                en="The centre prepares the return with the victim: a risk assessment, travel "
                "documents from the consulate and the journey with the return service. It "
                "informs the Immigration Office if the victim holds a document of the victim "
                "procedure.",
                hu="A központ az áldozattal együtt készíti elő a hazatérést: kockázatértékelés, "
                "úti okmány a konzulátustól és az utazás a hazatérési szolgálattal. Értesíti a "
                "Bevándorlási Hivatalt, ha az áldozatnak az áldozati eljárás szerinti irata van.",
                nl="Het centrum bereidt de terugkeer samen met het slachtoffer voor: een "
                "risicoanalyse, reisdocumenten van het consulaat en de reis met de "
                "terugkeerdienst. Het verwittigt de Dienst Vreemdelingenzaken als het "
                "slachtoffer een document van de slachtofferprocedure heeft.",
                fr="Le centre prépare le retour avec la victime : évaluation des risques, "
                "documents de voyage du consulat et voyage avec le service de retour. Il informe "
                "l'Office des étrangers si la victime détient un document de la procédure "
                "victime.",
            ),
        ),
        (
            "NL",
            T(
                en="CoMensha or the shelter, the return organisation and the victim's consulate",
                hu="A CoMensha vagy a menedékház, a hazatérést szervező szervezet és az áldozat "
                "konzulátusa",
                nl="CoMensha of de opvang, de terugkeerorganisatie en het consulaat van het "
                "slachtoffer",
                fr="CoMensha ou le foyer, l'organisation de retour et le consulat de la victime",
            ),
            T(
                en="The shelter prepares the return with the victim: a risk assessment, travel "
                "documents from the consulate and the journey with the return organisation, "
                "which can also support reintegration.",
                hu="A menedékház az áldozattal együtt készíti elő a hazatérést: "
                "kockázatértékelés, úti okmány a konzulátustól és az utazás a hazatérést "
                "szervező szervezettel, amely a visszailleszkedést is támogathatja.",
                nl="De opvang bereidt de terugkeer samen met het slachtoffer voor: een "
                "risicoanalyse, reisdocumenten van het consulaat en de reis met de "
                "terugkeerorganisatie, die ook re-integratie kan ondersteunen.",
                fr="Le foyer prépare le retour avec la victime : évaluation des risques, "
                "documents de voyage du consulat et voyage avec l'organisation de retour, qui "
                "peut aussi soutenir la réintégration.",
            ),
        ),
    )
}

_ARRIVE_TITLE = T(
    en="Reception and reintegration at home",
    hu="Fogadás és visszailleszkedés otthon",
    nl="Opvang en re-integratie thuis",
    fr="Accueil et réintégration au pays",
)
_ARRIVE_ACTION = T(
    en="Someone the victim knows by name meets them on arrival and takes them to a safe place. "
    "Shelter, victim support, health care and a reintegration plan (housing, work, training) "
    "are offered. The victim decides with the contact point what is shared with the police.",
    hu="Érkezéskor valaki, akit az áldozat név szerint ismer, fogadja, és biztonságos helyre "
    "kíséri. Elhelyezést, áldozatsegítést, egészségügyi ellátást és visszailleszkedési tervet "
    "(lakhatás, munka, képzés) ajánlanak fel. Az áldozat a kapcsolattartó ponttal együtt dönti "
    "el, mit osztanak meg a rendőrséggel.",
    nl="Iemand die het slachtoffer bij naam kent, haalt het op bij aankomst en brengt het naar "
    "een veilige plek. Opvang, slachtofferhulp, zorg en een re-integratieplan (huisvesting, "
    "werk, opleiding) worden aangeboden. Het slachtoffer beslist samen met het contactpunt wat "
    "met de politie wordt gedeeld.",
    fr="Une personne que la victime connaît de nom l'accueille à l'arrivée et l'accompagne en "
    "lieu sûr. Hébergement, aide aux victimes, soins et plan de réintégration (logement, "
    "travail, formation) lui sont proposés. La victime décide avec le point de contact de ce "
    "qui est communiqué à la police.",
)
_ARRIVE_TIME = T(
    en="Arranged before departure; the first meeting on the day of arrival",
    hu="Indulás előtt megszervezve; az első találkozás az érkezés napján",
    nl="Geregeld vóór vertrek; de eerste ontmoeting op de dag van aankomst",
    fr="Organisé avant le départ ; la première rencontre le jour de l'arrivée",
)
_ARRIVE_DOCUMENTS = T(
    en="Identity document or the emergency travel document issued abroad",
    hu="Személyazonosító okmány vagy a külföldön kiállított ideiglenes úti okmány",
    nl="Identiteitsbewijs of het in het buitenland afgegeven nooddocument",
    fr="Pièce d'identité ou document de voyage d'urgence délivré à l'étranger",
)

ARRIVE = {
    code: {
        "title": _ARRIVE_TITLE,
        "actor": actor,
        "action": _ARRIVE_ACTION,
        "legal": legal,
        "time": _ARRIVE_TIME,
        "documents": _ARRIVE_DOCUMENTS,
        "contacts": [
            ("contact-point", "home"),
            ("reintegration", "home"),
            ("return-agency", "home"),
        ],
    }
    for code, actor, legal in (
        (
            "HU",
            T(
                en="The Hungarian contact point, victim support services and reintegration "
                "organisations",
                hu="A magyar kapcsolattartó pont, az áldozatsegítő szolgálatok és a "
                "visszailleszkedést segítő szervezetek",
                nl="Het Hongaarse contactpunt, slachtofferhulpdiensten en "
                "re-integratieorganisaties",
                fr="Le point de contact hongrois, les services d'aide aux victimes et les "
                "organisations de réintégration",
            ),
            T(
                en="Government Decree 354/2012 (XII. 13.); Act CXXXV of 2005; Directive "
                "2011/36/EU, Art. 11",
                hu="354/2012. (XII. 13.) Korm. rendelet; 2005. évi CXXXV. törvény; 2011/36/EU "
                "irányelv 11. cikk",
                nl="Regeringsbesluit 354/2012 (XII. 13.); Wet CXXXV van 2005; Richtlijn "
                "2011/36/EU, art. 11",
                fr="Décret gouvernemental 354/2012 (XII. 13.) ; loi CXXXV de 2005 ; directive "
                "2011/36/UE, art. 11",
            ),
        ),
        (
            "BE",
            T(
                en="The Belgian contact point, a specialised centre and victim support services",
                hu="A belga kapcsolattartó pont, egy szakosodott központ és az áldozatsegítő "
                "szolgálatok",
                nl="Het Belgische contactpunt, een gespecialiseerd centrum en "
                "slachtofferhulpdiensten",
                fr="Le point de contact belge, un centre spécialisé et les services d'aide aux "
                "victimes",
            ),
            T(
                en="Circular of 23 December 2016; Directive 2011/36/EU, Art. 11",
                hu="A 2016. december 23-i körlevél; 2011/36/EU irányelv 11. cikk",
                nl="Omzendbrief van 23 december 2016; Richtlijn 2011/36/EU, art. 11",
                fr="Circulaire du 23 décembre 2016 ; directive 2011/36/UE, art. 11",
            ),
        ),
        (
            "NL",
            T(
                en="The Dutch contact point (CoMensha's coordination), shelters and municipal care",
                hu="A holland kapcsolattartó pont (a CoMensha koordinációja), menedékházak és "
                "önkormányzati ellátás",
                nl="Het Nederlandse contactpunt (coördinatie door CoMensha), opvang en "
                "gemeentelijke zorg",
                fr="Le point de contact néerlandais (coordination de CoMensha), foyers et aide "
                "municipale",
            ),
            T(
                en="Directive 2011/36/EU, Art. 11; CETS 197, Art. 12",
                hu="2011/36/EU irányelv 11. cikk; CETS 197, 12. cikk",
                nl="Richtlijn 2011/36/EU, art. 11; CETS 197, art. 12",
                fr="Directive 2011/36/UE, art. 11 ; STCE 197, art. 12",
            ),
        ),
    )
}

_CHILD_TIME = T(en="At once", hu="Azonnal", nl="Onmiddellijk", fr="Immédiatement")
_CHILD_DOCUMENTS = T(
    en="None; an uncertain age is no reason to wait",
    hu="Nincs szükség iratra; a bizonytalan életkor nem ok a várakozásra",
    nl="Geen; een onzekere leeftijd is geen reden om te wachten",
    fr="Aucun ; un âge incertain n'est pas une raison d'attendre",
)

CHILD = {
    "HU": {
        "title": T(
            en="Child protection and a guardian",
            hu="Gyermekvédelem és gyám",
            nl="Kinderbescherming en een voogd",
            fr="Protection de l'enfance et tuteur",
        ),
        "actor": T(
            en="Child protection services and the guardianship authority; police",
            hu="Gyermekvédelmi szolgálatok és a gyámhatóság; rendőrség",
            nl="Kinderbeschermingsdiensten en de voogdijautoriteit; politie",
            fr="Services de protection de l'enfance et autorité de tutelle ; police",
        ),
        "action": T(
            en="The child is taken into protection at once, placed in safe care and given a "
            "guardian where the parents cannot act in the child's interest. The child is heard "
            "in a child-friendly way, with a trusted adult present.",
            hu="A gyermeket azonnal védelembe veszik, biztonságos ellátásba helyezik, és gyámot "
            "rendelnek ki, ha a szülők nem tudnak a gyermek érdekében eljárni. A gyermeket "
            "gyermekbarát módon, bizalmi felnőtt jelenlétében hallgatják meg.",
            nl="Het kind wordt meteen beschermd, in veilige zorg geplaatst en krijgt een voogd "
            "als de ouders niet in het belang van het kind kunnen handelen. Het kind wordt op "
            "een kindvriendelijke manier gehoord, met een vertrouwde volwassene erbij.",
            fr="L'enfant est immédiatement protégé, placé dans une structure sûre et reçoit un "
            "tuteur si les parents ne peuvent pas agir dans son intérêt. Il est entendu d'une "
            "manière adaptée aux enfants, en présence d'un adulte de confiance.",
        ),
        "legal": T(
            en="Act XXXI of 1997 on the protection of children; Directive 2011/36/EU, Art. 13 "
            "to 16",
            hu="A gyermekek védelméről és a gyámügyi igazgatásról szóló 1997. évi XXXI. törvény; "
            "2011/36/EU irányelv 13–16. cikk",
            nl="Wet XXXI van 1997 op de bescherming van kinderen; Richtlijn 2011/36/EU, art. 13 "
            "tot 16",
            fr="Loi XXXI de 1997 sur la protection des enfants ; directive 2011/36/UE, art. 13 "
            "à 16",
        ),
        "time": _CHILD_TIME,
        "documents": _CHILD_DOCUMENTS,
        "contacts": [("child-protection", "here"), ("police", "here")],
    },
    "BE": {
        "title": T(
            en="The Guardianship Service appoints a guardian",
            hu="A Gyámsági Szolgálat gyámot rendel ki",
            nl="De Dienst Voogdij stelt een voogd aan",
            fr="Le Service des Tutelles désigne un tuteur",
        ),
        "actor": T(
            en="The Guardianship Service of the Federal Public Service Justice; youth care; the "
            "specialised centre",
            hu="A Szövetségi Igazságügyi Szolgálat Gyámsági Szolgálata; ifjúságvédelem; a "
            "szakosodott központ",
            nl="De Dienst Voogdij van de FOD Justitie; jeugdhulp; het gespecialiseerd centrum",
            fr="Le Service des Tutelles du SPF Justice ; l'aide à la jeunesse ; le centre "
            "spécialisé",
        ),
        "action": T(
            en="The police inform the Guardianship Service at once about an unaccompanied foreign "
            "child. It appoints a guardian, who takes part in every decision. The child is "
            "placed in specialised care and a durable solution is sought in the child's best "
            "interests.",
            hu="A rendőrség azonnal értesíti a Gyámsági Szolgálatot a kísérő nélküli külföldi "
            "gyermekről. A szolgálat gyámot rendel ki, aki minden döntésben részt vesz. A "
            "gyermeket szakosodott ellátásba helyezik, és a gyermek mindenek felett álló "
            "érdekének megfelelő tartós megoldást keresnek.",
            nl="De politie verwittigt de Dienst Voogdij meteen over een niet-begeleide "
            "minderjarige vreemdeling. De dienst stelt een voogd aan, die aan elke beslissing "
            "deelneemt. Het kind wordt in gespecialiseerde opvang geplaatst en er wordt een "
            "duurzame oplossing gezocht in het belang van het kind.",
            fr="La police informe immédiatement le Service des Tutelles d'un mineur étranger non "
            "accompagné. Celui-ci désigne un tuteur, qui participe à chaque décision. L'enfant "
            "est placé dans une structure spécialisée et une solution durable est recherchée "
            "dans son intérêt supérieur.",
        ),
        "legal": T(
            en="Programme Law of 24 December 2002, Title XIII, Chapter 6 (guardianship of "
            "unaccompanied foreign minors); Directive 2011/36/EU, Art. 14 to 16",
            hu="A 2002. december 24-i programtörvény XIII. cím 6. fejezete (a kísérő nélküli "
            "külföldi kiskorúak gyámsága); 2011/36/EU irányelv 14–16. cikk",
            nl="Programmawet van 24 december 2002, titel XIII, hoofdstuk 6 (voogdij over niet-"
            "begeleide minderjarige vreemdelingen); Richtlijn 2011/36/EU, art. 14 tot 16",
            fr="Loi-programme du 24 décembre 2002, titre XIII, chapitre 6 (tutelle des mineurs "
            "étrangers non accompagnés) ; directive 2011/36/UE, art. 14 à 16",
        ),
        "time": _CHILD_TIME,
        "documents": _CHILD_DOCUMENTS,
        "contacts": [("child-protection", "here"), ("police", "here")],
    },
    "NL": {
        "title": T(
            en="Guardianship and protected shelter",
            hu="Gyámság és védett elhelyezés",
            nl="Voogdij en beschermde opvang",
            fr="Tutelle et hébergement protégé",
        ),
        "actor": T(
            en="Nidos (guardianship of unaccompanied children); youth care; police",
            hu="Nidos (a kísérő nélküli gyermekek gyámsága); ifjúsági ellátás; rendőrség",
            nl="Nidos (voogdij over alleenstaande minderjarigen); jeugdzorg; politie",
            fr="Nidos (tutelle des enfants non accompagnés) ; aide à la jeunesse ; police",
        ),
        "action": T(
            en="An unaccompanied foreign child who may be a victim is placed under the "
            "guardianship of Nidos and in protected shelter. Dutch children are helped through "
            "youth care and the child protection board.",
            hu="A kísérő nélküli külföldi gyermeket, aki áldozat lehet, a Nidos gyámsága alá és "
            "védett elhelyezésbe helyezik. A holland gyermekek az ifjúsági ellátás és a "
            "gyermekvédelmi tanács segítségét kapják.",
            nl="Een alleenstaande minderjarige vreemdeling die slachtoffer kan zijn, komt onder "
            "voogdij van Nidos en in de beschermde opvang. Nederlandse kinderen worden geholpen "
            "via de jeugdzorg en de Raad voor de Kinderbescherming.",
            fr="Un enfant étranger non accompagné qui pourrait être victime est placé sous la "
            "tutelle de Nidos et dans un hébergement protégé. Les enfants néerlandais sont aidés "
            "par l'aide à la jeunesse et le conseil de protection de l'enfance.",
        ),
        "legal": T(
            en="Dutch Civil Code, Book 1 (guardianship); Directive 2011/36/EU, Art. 14 to 16",
            hu="A holland polgári törvénykönyv 1. könyve (gyámság); 2011/36/EU irányelv 14–16. "
            "cikk",
            nl="Burgerlijk Wetboek, Boek 1 (voogdij); Richtlijn 2011/36/EU, art. 14 tot 16",
            fr="Code civil néerlandais, livre 1 (tutelle) ; directive 2011/36/UE, art. 14 à 16",
        ),
        "time": _CHILD_TIME,
        "documents": _CHILD_DOCUMENTS,
        "contacts": [("child-protection", "here"), ("police", "here")],
    },
}

# -- steps between the two countries ------------------------------------------------------

LIAISE_RETURN = {
    "title": T(
        en="The two contact points agree on the return",
        hu="A két kapcsolattartó pont egyeztet a hazatérésről",
        nl="De twee contactpunten stemmen de terugkeer af",
        fr="Les deux points de contact s'accordent sur le retour",
    ),
    "actor": T(
        en="The referral contact points of both countries",
        hu="Mindkét ország továbbirányítási kapcsolattartó pontja",
        nl="De doorverwijzingscontactpunten van beide landen",
        fr="Les points de contact d'orientation des deux pays",
    ),
    "action": T(
        en="With the victim's consent, the contact point where the victim is sends the contact "
        "point of the victim's country what it needs to prepare the return: needs, risks, place "
        "and date. Personal data are shared only as far as needed, by a secure channel.",
        hu="Az áldozat beleegyezésével annak az országnak a kapcsolattartó pontja, ahol az "
        "áldozat tartózkodik, megküldi az áldozat országa kapcsolattartó pontjának, amire a "
        "hazatérés előkészítéséhez szüksége van: szükségletek, kockázatok, hely és időpont. "
        "Személyes adatot csak a szükséges mértékben, biztonságos csatornán osztanak meg.",
        nl="Met toestemming van het slachtoffer stuurt het contactpunt van het land waar het "
        "slachtoffer is, het contactpunt van het land van het slachtoffer wat nodig is om de "
        "terugkeer voor te bereiden: behoeften, risico's, plaats en datum. Persoonsgegevens "
        "worden alleen gedeeld voor zover nodig, via een beveiligd kanaal.",
        fr="Avec le consentement de la victime, le point de contact du pays où elle se trouve "
        "transmet au point de contact de son pays ce qu'il faut pour préparer le retour : "
        "besoins, risques, lieu et date. Les données personnelles ne sont partagées que dans la "
        "mesure nécessaire, par un canal sécurisé.",
    ),
    "legal": T(
        en="Regulation (EU) 2016/679 (GDPR), Art. 6 and 9; Directive 2011/36/EU, Art. 11",
        hu="(EU) 2016/679 rendelet (GDPR) 6. és 9. cikk; 2011/36/EU irányelv 11. cikk",
        nl="Verordening (EU) 2016/679 (AVG), art. 6 en 9; Richtlijn 2011/36/EU, art. 11",
        fr="Règlement (UE) 2016/679 (RGPD), art. 6 et 9 ; directive 2011/36/UE, art. 11",
    ),
    "time": T(
        en="As early as possible, before a travel date is set",
        hu="A lehető leghamarabb, még az utazás időpontjának kitűzése előtt",
        nl="Zo vroeg mogelijk, voordat een reisdatum wordt vastgelegd",
        fr="Le plus tôt possible, avant de fixer une date de voyage",
    ),
    "documents": T(
        en="The victim's written consent to share their data",
        hu="Az áldozat írásbeli hozzájárulása adatai megosztásához",
        nl="De schriftelijke toestemming van het slachtoffer om gegevens te delen",
        fr="Le consentement écrit de la victime au partage de ses données",
    ),
    "contacts": [("contact-point", "here"), ("contact-point", "home")],
}

LIAISE_STAY = {
    "title": T(
        en="Inform the victim's country, if the victim agrees",
        hu="Az áldozat országának tájékoztatása, ha az áldozat beleegyezik",
        nl="Het land van het slachtoffer informeren, als het slachtoffer instemt",
        fr="Informer le pays de la victime, si elle est d'accord",
    ),
    "actor": T(
        en="The referral contact points of both countries; the victim's consulate",
        hu="Mindkét ország továbbirányítási kapcsolattartó pontja; az áldozat konzulátusa",
        nl="De doorverwijzingscontactpunten van beide landen; het consulaat van het slachtoffer",
        fr="Les points de contact d'orientation des deux pays ; le consulat de la victime",
    ),
    "action": T(
        en="With the victim's consent, the contact point of the victim's country is told, so "
        "that family at home can be protected, documents replaced and support continued if the "
        "victim goes home later.",
        hu="Az áldozat beleegyezésével értesítik az áldozat országának kapcsolattartó pontját, "
        "hogy az otthon maradt család védelmet kaphasson, az iratokat pótolni lehessen, és a "
        "támogatás folytatódhasson, ha az áldozat később hazatér.",
        nl="Met toestemming van het slachtoffer wordt het contactpunt van het land van het "
        "slachtoffer ingelicht, zodat familie thuis beschermd kan worden, documenten vervangen "
        "kunnen worden en de steun kan doorlopen als het slachtoffer later naar huis gaat.",
        fr="Avec le consentement de la victime, le point de contact de son pays est informé, "
        "afin que la famille restée au pays puisse être protégée, les documents remplacés et le "
        "soutien poursuivi si la victime rentre plus tard.",
    ),
    "legal": T(
        en="Regulation (EU) 2016/679 (GDPR), Art. 6 and 9; CETS 197, Art. 12",
        hu="(EU) 2016/679 rendelet (GDPR) 6. és 9. cikk; CETS 197, 12. cikk",
        nl="Verordening (EU) 2016/679 (AVG), art. 6 en 9; CETS 197, art. 12",
        fr="Règlement (UE) 2016/679 (RGPD), art. 6 et 9 ; STCE 197, art. 12",
    ),
    "time": T(
        en="When the victim agrees",
        hu="Amikor az áldozat beleegyezik",
        nl="Wanneer het slachtoffer instemt",
        fr="Quand la victime est d'accord",
    ),
    "documents": T(
        en="The victim's written consent to share their data",
        hu="Az áldozat írásbeli hozzájárulása adatai megosztásához",
        nl="De schriftelijke toestemming van het slachtoffer om gegevens te delen",
        fr="Le consentement écrit de la victime au partage de ses données",
    ),
    "contacts": [("contact-point", "home"), ("consulate", "here", "home")],
}

CHILD_ACROSS = {
    "title": T(
        en="Best-interests assessment before any return",
        hu="A gyermek érdekének vizsgálata minden hazatérés előtt",
        nl="Beoordeling van het belang van het kind vóór elke terugkeer",
        fr="Évaluation de l'intérêt supérieur avant tout retour",
    ),
    "actor": T(
        en="The guardian and the child protection services of both countries, through the "
        "contact points",
        hu="A gyám és mindkét ország gyermekvédelmi szolgálata, a kapcsolattartó pontokon "
        "keresztül",
        nl="De voogd en de kinderbeschermingsdiensten van beide landen, via de contactpunten",
        fr="Le tuteur et les services de protection de l'enfance des deux pays, par les points "
        "de contact",
    ),
    "action": T(
        en="The child's family situation is assessed in the child's country by its child "
        "protection services. The child returns only if that is in their best interests, with "
        "an escort and with care arranged on arrival; otherwise a durable solution is found "
        "where the child is.",
        hu="A gyermek családi helyzetét a gyermek országának gyermekvédelmi szolgálata "
        "vizsgálja meg. A gyermek csak akkor tér haza, ha ez a mindenek felett álló érdekét "
        "szolgálja, kísérővel és megszervezett fogadással; ellenkező esetben ott keresnek "
        "tartós megoldást, ahol a gyermek van.",
        nl="De gezinssituatie van het kind wordt in het land van het kind door de "
        "kinderbescherming onderzocht. Het kind keert alleen terug als dat in zijn belang is, "
        "met begeleiding en met geregelde zorg bij aankomst; anders wordt een duurzame oplossing "
        "gezocht waar het kind is.",
        fr="La situation familiale de l'enfant est évaluée dans son pays par les services de "
        "protection de l'enfance. L'enfant ne rentre que si c'est dans son intérêt supérieur, "
        "accompagné et avec une prise en charge organisée à l'arrivée ; sinon, une solution "
        "durable est trouvée là où il se trouve.",
    ),
    "legal": T(
        en="Directive 2011/36/EU, Art. 14 and 16; CETS 197, Art. 16(7); UN Convention on the "
        "Rights of the Child, Art. 3",
        hu="2011/36/EU irányelv 14. és 16. cikk; CETS 197, 16. cikk (7) bek.; az ENSZ "
        "gyermekjogi egyezményének 3. cikke",
        nl="Richtlijn 2011/36/EU, art. 14 en 16; CETS 197, art. 16, lid 7; "
        "VN-Kinderrechtenverdrag, "
        "art. 3",
        fr="Directive 2011/36/UE, art. 14 et 16 ; STCE 197, art. 16, § 7 ; Convention des Nations "
        "unies relative aux droits de l'enfant, art. 3",
    ),
    "time": T(
        en="Before any decision on a return",
        hu="Minden hazatérési döntés előtt",
        nl="Vóór elke beslissing over een terugkeer",
        fr="Avant toute décision de retour",
    ),
    "documents": T(
        en="The guardian's consent; the family assessment of the child's country",
        hu="A gyám hozzájárulása; a gyermek országában készült családi környezettanulmány",
        nl="De toestemming van de voogd; het gezinsonderzoek van het land van het kind",
        fr="L'accord du tuteur ; l'évaluation familiale du pays de l'enfant",
    ),
    "contacts": [("child-protection", "here"), ("child-protection", "home")],
}


def compose(here, home):
    """The situations of the pathway for a victim from `home` identified in `here`."""
    if here == home:
        return {
            "return": [IDENTIFY[here], PROTECT[here], WAGES, ARRIVE[here]],
            "stay": [IDENTIFY[here], PROTECT[here], WAGES, COOPERATE[here]],
            "child": [IDENTIFY[here], CHILD[here]],
        }
    return {
        "return": [IDENTIFY[here], PROTECT[here], WAGES, LIAISE_RETURN, DEPART[here], ARRIVE[home]],
        "stay": [IDENTIFY[here], PROTECT[here], WAGES, COOPERATE[here], LIAISE_STAY],
        "child": [IDENTIFY[here], CHILD[here], CHILD_ACROSS],
    }
