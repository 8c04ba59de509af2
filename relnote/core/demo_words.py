"""The words the demo notebook is made of: a freelancer's contacts in France and in English-speaking
places. People's names, organisations and cities come from both; the prose is in the notebook's one
language. `{name}`, `{org}`, `{city}`, `{topic}` and `{other}` are filled in by `relnote.core.demo`."""

import re
from functools import lru_cache

FRENCH = "fr"
ENGLISH = "en"
LANGUAGES = (FRENCH, ENGLISH)

# "de" + "le"/"les" contract, and "de" drops its e before a vowel: "nouvelles de Les Ateliers du Rhône"
# reads "nouvelles des Ateliers du Rhône", "de un recrutement" reads "d'un recrutement".
_FRENCH_JOINS = (
    (re.compile(r"\b([Dd])e [Ll]es "), r"\1es "), (re.compile(r"\b([Dd])e [Ll]e "), r"\1u "),
    (re.compile(r"\bà [Ll]es "), "aux "), (re.compile(r"\bà [Ll]e "), "au "),
    (re.compile(r"\b([Dd])e (?=[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ])"), r"\1’"),
)


def fill(template: str, language: str, **values: str) -> str:
    """The template with its values, the French joined up as French is written."""
    text = template.format(**values)
    if language != FRENCH or ("de " not in text and "à " not in text):
        return text
    return _joined_up(text)


@lru_cache(maxsize=1 << 16)  # a million French moments are made of a few thousand sentences
def _joined_up(text: str) -> str:
    for pattern, joined in _FRENCH_JOINS:
        text = pattern.sub(joined, text)
    return text


FIRST_NAMES = {
    FRENCH: (
        "Hélène", "Amélie", "Camille", "Chloé", "Élodie", "Léa", "Manon", "Inès", "Zoé", "Aurélie",
        "Céline", "Mathilde", "Juliette", "Noémie", "Anaïs", "Margaux", "Solène", "Bérénice", "Cécile",
        "Agnès", "François", "Jérôme", "Théo", "Noé", "Loïc", "Benoît", "Mathéo", "Grégoire", "Rémi",
        "Hervé", "Stéphane", "Frédéric", "Julien", "Mathieu", "Antoine", "Clément", "Étienne", "Maël",
        "Yannick", "Gaëtan",
    ),
    ENGLISH: (
        "Emma", "Olivia", "Charlotte", "Amelia", "Grace", "Sophie", "Hannah", "Chloe", "Lucy", "Ella",
        "Isla", "Freya", "Megan", "Rachel", "Sarah", "Holly", "Abigail", "Naomi", "Priya", "Aisha",
        "James", "Oliver", "Harry", "Jack", "George", "Noah", "Thomas", "William", "Samuel", "Daniel",
        "Joseph", "Alexander", "Benjamin", "Liam", "Owen", "Ethan", "Rohan", "Kwame", "Patrick", "Sean",
    ),
}

LAST_NAMES = {
    FRENCH: (
        "Dupont", "Lefèvre", "Moreau", "Girard", "Lambert", "Bonnet", "Fontaine", "Rousseau", "Mercier",
        "Chevalier", "Garnier", "Faure", "André", "Leroy", "Roussel", "Gauthier", "Perrin", "Morel",
        "Masson", "Marchand", "Duval", "Denis", "Lemaire", "Brunet", "Blanchard", "Guérin", "Boyer",
        "Caron", "Renaud", "Barbier", "Arnaud", "Picard", "Noël", "Lacroix", "Benoît", "Besnard",
        "Bélanger", "Côté", "Gagné", "Pelletier",
    ),
    ENGLISH: (
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
        "Clarke", "Patel", "Khan", "O'Brien", "Murphy", "Kelly", "Campbell", "Stewart", "MacDonald",
        "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Harris",
        "Mensah", "Okafor",
    ),
}

ORGANISATIONS = {
    FRENCH: (
        "Atelier Lumière", "Studio Gabarit", "Boulangerie Fontaine", "Maison Perrin", "Cabinet Moreau Conseil",
        "La Fabrique à Projets", "Coopérative Les Tisserands", "Agence Bel Air", "Mairie de Villeurbanne",
        "Librairie du Square", "Éditions du Levant", "Théâtre des Célestins", "Les Ateliers du Rhône",
        "Clinique Vétérinaire des Brotteaux", "Domaine Girard", "Crèche Les Petits Pas", "CCI Lyon Métropole",
        "Café Mokxa", "Biocoop Croix-Rousse", "Association Entreprendre au Féminin", "École de Design Nantes",
        "Groupe Ressources Humaines Rhône", "Compagnie Bleu Nuit", "Hôtel Le Méridien", "Fromagerie Masson",
    ),
    ENGLISH: (
        "Northwind Design", "Bright Path Coaching", "Harbour Lights Photography", "Greenleaf Bakery",
        "Kestrel Consulting", "The Copper Kettle", "Blue Door Studio", "Oakridge Primary School",
        "Riverside Dental", "Hillcrest Architects", "Maple & Finch", "Lighthouse Charity Trust",
        "Fox Lane Books", "Ironbridge Media", "Summit Wellness", "Cobalt Labs", "Willow Tree Nursery",
        "Brick Lane Coffee", "Stonegate Legal", "Evergreen Events",
    ),
}

CITIES = {
    FRENCH: ("Lyon", "Paris", "Nantes", "Bordeaux", "Lille", "Grenoble", "Montpellier", "Rennes",
             "Annecy", "Villeurbanne", "Bruxelles", "Genève", "Montréal", "Québec"),
    ENGLISH: ("London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Glasgow", "Dublin", "Cardiff",
              "Brighton", "Toronto", "Vancouver", "Melbourne"),
}

# The prose below (roles, stories, journal, follow-ups, tags) is in the notebook's one language. Each
# moment's summary and each gratitude follows a word the window already shows ("E-mail — …",
# "Gratitude — …"), so none of them repeats it.

ROLES = {
    FRENCH: (  # the same words for a woman and for a man
        "Gérant(e)", "Responsable marketing", "Responsable RH", "Responsable de projet", "Photographe",
        "Graphiste", "Chargé(e) de communication", "Comptable", "Architecte", "Libraire", "Consultant(e)",
        "Journaliste", "Enseignant(e)", "Coach", "Juriste", "Designer", "Scénographe",
    ),
    ENGLISH: (
        "Founder", "Managing director", "Marketing lead", "Head of people", "Project manager",
        "Photographer", "Designer", "Communications officer", "Creative director", "Accountant",
        "Architect", "Bookseller", "Consultant", "Developer", "Teacher", "Coach", "Office manager",
    ),
}

WHERE_WE_MET = {
    FRENCH: ("Petit-déjeuner du coworking", "Salon des indépendants", "Meetup UX", "Afterwork de la CCI",
             "Mariage de Julie", "Formation à la prise de parole", "Marché de Noël", "Conférence Mix-IT",
             "Atelier d’écriture", "Club de course du dimanche"),
    ENGLISH: ("Coworking breakfast", "Freelancers’ fair", "UX meetup", "Chamber of commerce mixer",
              "A friend’s wedding", "Public speaking workshop", "Christmas market",
              "Design conference", "Writing workshop", "Sunday running club"),
}

HOW_WE_MET = {
    FRENCH: ("On s’est assis à la même table", "Une question après mon intervention",
             "Un message après avoir vu mon portfolio", "On attendait le même train"),
    ENGLISH: ("We sat at the same table", "Asked me a question after my talk",
              "Wrote after seeing my portfolio", "We were waiting for the same train"),
}

# Beside "Introduced by: Hélène", how the introduction went, without naming her again.
HOW_WE_WERE_INTRODUCED = {
    FRENCH: ("Un e-mail pour nous présenter l’un à l’autre", "Un déjeuner où nous étions tous deux invités"),
    ENGLISH: ("An e-mail introducing us to each other", "A lunch we were both invited to"),
}

TOPICS = {
    FRENCH: ("son nouveau site", "la refonte de leur identité visuelle", "un atelier d’équipe",
             "la séance photo du catalogue", "leur levée de fonds", "un recrutement difficile",
             "leur déménagement d’atelier", "leur podcast", "la saison des mariages", "un livre blanc"),
    ENGLISH: ("their new website", "the rebrand", "a team workshop", "the catalogue photos",
              "their funding round", "a hard hire", "moving the studio", "their podcast",
              "wedding season", "a white paper"),
}

WHAT_MATTERS = {
    FRENCH: ("Trouver du temps pour sa famille", "Faire grandir l’équipe sans perdre l’esprit du début",
             "La reconnaissance de son métier", "Réussir {topic}", "Travailler avec des gens du quartier"),
    ENGLISH: ("Making time for family", "Growing the team without losing its spirit",
              "Being recognised for their craft", "Getting {topic} right", "Working with local people"),
}

HOW_I_COULD_HELP = {
    FRENCH: ("Lui présenter un bon comptable", "Partager mes contacts presse", "Relire {topic}",
             "Lui envoyer l’article sur la tarification", "Proposer un atelier découverte"),
    ENGLISH: ("Introduce a good accountant", "Share my press contacts", "Read through {topic}",
              "Send the article on pricing", "Offer a discovery session"),
}

PERSON_NOTES = {
    FRENCH: ("Préfère les appels le matin.", "Ne mange pas de viande, adore les cafés de spécialité.",
             "Deux enfants, fan de trail.", "Va droit au but, apprécie les propositions chiffrées.",
             "Parle aussi espagnol.", "Ne pas appeler le vendredi."),
    ENGLISH: ("Prefers calls in the morning.", "Vegetarian, loves specialty coffee.",
              "Two kids, keen trail runner.", "Very direct, likes proposals with numbers.",
              "Also speaks Spanish.", "Don’t call on Fridays."),
}

MOMENT_SUMMARIES = {
    FRENCH: {
        "met": ("Par hasard à {city}", "Au salon, échange rapide sur {topic}"),
        "coffee": ("Au Mokxa, on a parlé de {topic}", "Déjeuner\u00a0: nouvelles de {org}"),
        "call": ("Au sujet de {topic}", "Point rapide, à rappeler dans un mois"),
        "video": ("Présentation de {topic}", "Avec l’équipe de {org}"),
        "email": ("Devis pour {topic}", "Réponse à sa question sur {topic}"),
        "message": ("Félicitations pour son nouveau poste", "Petit mot après son post sur {topic}"),
        "event": ("Vu(e) à l’afterwork de {city}", "Soirée de lancement chez {org}"),
        "help_given": ("Je lui ai trouvé un contact pour {topic}", "Relu sa proposition pour {topic}"),
        "help_received": ("M’a recommandé(e) auprès de {org}", "Conseils précieux sur {topic}"),
        "introduction": ("Tous deux travaillent sur {topic}", "Pour qu’ils parlent de {topic}"),
        "other": ("Carte de vœux envoyée", "Envoyé un livre sur {topic}"),
    },
    ENGLISH: {
        "met": ("Bumped into them in {city}", "At the fair, quick chat about {topic}"),
        "coffee": ("At Brick Lane, talked about {topic}", "Lunch: news from {org}"),
        "call": ("About {topic}", "Catch-up, ring again in a month"),
        "video": ("Walked through {topic}", "With the {org} team"),
        "email": ("Quote for {topic}", "Answered their question about {topic}"),
        "message": ("Congratulations on the new job", "A note after their post about {topic}"),
        "event": ("Saw them at the {city} mixer", "Launch evening at {org}"),
        "help_given": ("Found them someone for {topic}", "Read through their pitch for {topic}"),
        "help_received": ("Recommended me to {org}", "Great advice on {topic}"),
        "introduction": ("They both work on {topic}", "So they can talk about {topic}"),
        "other": ("Sent a holiday card", "Posted them a book about {topic}"),
    },
}

MOMENT_NOTES = {
    FRENCH: ("Très bonne énergie, à suivre.", "Budget serré cette année, revenir en septembre.",
             "Intéressé(e) par un atelier pour son équipe.", "Penser à envoyer les photos."),
    ENGLISH: ("Great energy, keep in touch.", "Tight budget this year, come back in September.",
              "Interested in a workshop for their team.", "Remember to send the photos."),
}

GRATITUDES = {
    FRENCH: ("L’accueil chaleureux de {name}", "Le soleil sur la terrasse ce midi",
             "Un client qui a payé en avance", "{name} m’a recommandée sans que je demande",
             "Une belle séance photo", "Le fou rire avec {name} au café", "Une journée sans réunion"),
    ENGLISH: ("{name}’s warm welcome", "Sunshine on the terrace at lunch",
              "A client who paid early", "{name} recommended me without being asked",
              "A lovely photo session", "Laughing with {name} over coffee", "A day without meetings"),
}

REFLECTIONS = {
    FRENCH: ("J’ai trop parlé de moi aujourd’hui, écouter davantage.",
             "Les rencontres du coworking donnent plus que les salons.",
             "Garder le vendredi pour relancer les gens qui m’attendent."),
    ENGLISH: ("Talked too much about myself today; listen more.",
              "Coworking breakfasts give more than trade fairs.",
              "Keep Fridays for getting back to people who expect to hear from me."),
}

FOLLOW_UP_REASONS = {
    FRENCH: ("Envoyer le devis pour {topic}", "Prendre des nouvelles de {topic}",
             "La remercier pour la recommandation", "Partager l’article promis", "Proposer un café"),
    ENGLISH: ("Send the quote for {topic}", "Ask how {topic} went", "Thank them for the referral",
              "Share the article I promised", "Suggest a coffee"),
}

# (name, keep-in-touch days); the first two go to clients and to partners.
TAGS = {
    FRENCH: (
        ("Clients", 30), ("Partenaires", 60), ("Anciens collègues", 90), ("Photographes", None),
        ("Meetup UX", None), ("Coworking", None), ("Famille", 14), ("Podcast", None), ("Lyon", None),
        ("Londres", None), ("Mentors", 45), ("Presse", None), ("Fournisseurs", None), ("Designers", None),
        ("Saison des mariages", None), ("Anciens élèves", 120),
    ),
    ENGLISH: (
        ("Clients", 30), ("Partners", 60), ("Former colleagues", 90), ("Photographers", None),
        ("UX meetup", None), ("Coworking", None), ("Family", 14), ("Podcast", None), ("Lyon", None),
        ("London", None), ("Mentors", 45), ("Press", None), ("Suppliers", None), ("Designers", None),
        ("Wedding season", None), ("Alumni", 120),
    ),
}

DOMAINS = ("gmail.com", "outlook.com", "orange.fr", "free.fr", "proton.me", "yahoo.co.uk")
