"""Invented demo people and discussions: no real case, person, organisation or number.
The texts speak of cases in general terms, as the forum's rules ask."""

EXPERTS = [
    {
        "username": "anna.hu.ngo",
        "email": "anna@ngo.example.hu",
        "full_name": "Demo Anna",
        "organisation": "Demo Victim Support Foundation",
        "organisation_type": "ngo",
        "country": "HU",
        "position": "Case manager",
        "phone": "+36 1 000 0000",
        "reason": "I coordinate shelter places for victims returning to Hungary.",
        "language": "hu",
    },
    {
        "username": "pieter.be.police",
        "email": "pieter@police.example.be",
        "full_name": "Demo Pieter",
        "organisation": "Demo Federal Police, trafficking unit",
        "organisation_type": "police",
        "country": "BE",
        "position": "Inspector",
        "phone": "+32 2 000 00 00",
        "reason": "I investigate labour exploitation cases with Hungarian victims.",
        "language": "nl",
    },
    {
        "username": "claire.be.social",
        "email": "claire@cpas.example.be",
        "full_name": "Demo Claire",
        "organisation": "Demo public social welfare centre",
        "organisation_type": "social",
        "country": "BE",
        "position": "Social worker",
        "phone": "+32 2 000 00 01",
        "reason": "I accompany victims in the Brussels region.",
        "language": "fr",
    },
    {
        "username": "sanne.nl.inspect",
        "email": "sanne@inspectie.example.nl",
        "full_name": "Demo Sanne",
        "organisation": "Demo Labour Inspectorate",
        "organisation_type": "labour",
        "country": "NL",
        "position": "Senior inspector",
        "phone": "+31 70 000 0000",
        "reason": "I inspect agencies that recruit seasonal workers from Central Europe.",
        "language": "nl",
    },
    {
        "username": "moderator.demo",
        "email": "moderator@ravot.example.eu",
        "full_name": "Demo Moderator",
        "organisation": "RAVOT-EUR project team",
        "organisation_type": "international",
        "country": "HU",
        "position": "Forum moderator",
        "phone": "+36 1 000 0001",
        "reason": "I moderate the expert forum.",
        "language": "en",
        "moderator": True,
    },
]

APPLICANT = {
    "username": "new.applicant",
    "email": "applicant@consulate.example.nl",
    "full_name": "Demo Applicant",
    "organisation": "Demo Consulate",
    "organisation_type": "consulate",
    "country": "NL",
    "position": "Consular officer",
    "phone": "+31 20 000 0000",
    "reason": "Our consulate meets nationals who may be victims and needs contacts abroad.",
    "language": "en",
    "status": "pending",
}

TOPICS = [
    {
        "forum": "transnational-referrals",
        "author": "pieter.be.police",
        "subject": "Safe return to Hungary: who takes over at the border?",
        "text": (
            "We identified a group of Hungarian workers in a construction case. Two of them "
            "want to go home. Which organisation in Hungary can receive them on arrival, and "
            "how much notice do you need?\n\n"
            "- the workers consent to the referral\n- travel is planned by bus"
        ),
        "replies": [
            {
                "author": "anna.hu.ngo",
                "text": (
                    "Köszönjük a megkeresést! A hazatérést követően az áldozatsegítő "
                    "szolgálat veszi át őket, legalább öt munkanappal előtte kérjük a "
                    "jelzést. A beleegyező nyilatkozatot kérjük csatolni."
                ),
            },
            {
                "author": "claire.be.social",
                "text": (
                    "De notre côté, le centre peut organiser l'accompagnement jusqu'au départ. "
                    "Pensez à vérifier que les documents de voyage sont prêts."
                ),
            },
        ],
        "urgent": {"days": 7, "countries": ["HU", "BE"]},
    },
    {
        "forum": "labour-exploitation",
        "author": "sanne.nl.inspect",
        "subject": "Signalen bij uitzendbureaus voor seizoenswerk",
        "text": (
            "Bij inspecties zien we steeds vaker dat huisvesting en werk via hetzelfde bureau "
            "lopen. Welke signalen gebruiken jullie om uitbuiting te herkennen?"
        ),
        "replies": [
            {
                "author": "pieter.be.police",
                "text": (
                    "Inhoudingen op het loon voor huur en vervoer zijn bij ons het sterkste "
                    "signaal, samen met paspoorten die door de werkgever worden bewaard."
                ),
            },
            {
                "author": "anna.hu.ngo",
                "text": (
                    "In our experience, workers rarely report themselves: outreach in their "
                    "language at the workplace makes the difference."
                ),
            },
        ],
    },
    {
        "forum": "general",
        "author": "moderator.demo",
        "subject": "Welcome: how we discuss cases here",
        "text": (
            "Welcome to the RAVOT-EUR expert forum. Describe cases in general terms: "
            "nationality, sector and region are enough. **Never** post names, contact "
            "details, document numbers, dates of birth, addresses or licence plates. The "
            "forum checks every post for such data before it is saved."
        ),
    },
    {
        "forum": "hungary",
        "author": "anna.hu.ngo",
        "subject": "Új menedékhelyek a kelet-magyarországi régióban",
        "text": (
            "Tavasztól két új menedékhely fogad áldozatokat a régióban. A beutalás a "
            "szokásos módon, a koordinációs mechanizmuson keresztül történik."
        ),
    },
    {
        "forum": "belgium",
        "author": "claire.be.social",
        "subject": "Statut de victime : délais de la procédure",
        "text": (
            "Les délais pour obtenir le statut de victime se sont allongés. Quelqu'un a-t-il "
            "des conseils pour accompagner les personnes pendant la période de réflexion ?"
        ),
    },
]
