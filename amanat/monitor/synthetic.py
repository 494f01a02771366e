"""Synthetic news for the monitor benchmark (`bench/monitor.py`) and scale tests: stories with
planted exact duplicates, edited syndicated copies (near-duplicates) and rewrites (same facts,
other sentences, other order).
Every article is built from templated sentences filled from a vocabulary; what makes two
articles "the same story" is known by construction, so grouping can be scored pairwise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from amanat.monitor import synthetic_languages

_FIRST_TEXT = """
Abdurehim Adil Ahmet Alim Arslan Aygul Aziz Bahtiyar Dilnur Dolkun Ekber Erkin Ferhat
Gulbahar Gulnar Halmurat Ilham Iminjan Jevlan Kamil Kerim Mahmut Memet Merdan Mihrigul
Mukaddes Nurgul Nurmemet Omer Parhat Qelbinur Rahile Rizwan Rukiye Sadir Sayragul
Serikzhan Tahir Tenzin Tursun Ugur Ulugbek Yasin Yusuf Zumret Zulpiye Abdulla Dawa
Pema Lobsang Dorje Nima Sonam Tashi Kalsang Nasrin Reza Leila Dariush Shirin Arman
Timur Aidos Bakhyt Daulet Ermek Gulzhan Kairat Marat Nurlan Saule Zhanar
"""
FIRST = _FIRST_TEXT.split()
_LAST_TEXT = """
Abdulla Ablimit Adil Ahmet Ayup Barat Bekri Dawut Emet Eziz Hasan Hoshur Idris Imin
Jalil Kadir Kurban Memet Mamut Nasir Niyaz Obul Osman Qadir Rahman Rozi Sabit Salih
Semet Tohti Tursun Usman Yasin Yusup Zunun Dolkar Gyatso Tsering Wangmo Namgyal
Rahimi Karimi Hosseini Tehrani Nurlanuly Bekov Serikbay Tokayev Amanov Zhakupova
Ismail Bilal Kamal Rashid Saeed Sultan Tahir Umar Zaman Haji Musa Noor Raza Aziz
Ghani Hamid Javid Latif Majid Nabi Qasim Rauf Shakir Wahid Yaqub Zahir
"""
LAST = _LAST_TEXT.split()
HOSTS = [("Istanbul", "Turkey"), ("Ankara", "Turkey"), ("Kayseri", "Turkey"),
         ("Amsterdam", "the Netherlands"), ("The Hague", "the Netherlands"),
         ("Munich", "Germany"), ("Berlin", "Germany"), ("Almaty", "Kazakhstan"),
         ("Astana", "Kazakhstan"), ("Bishkek", "Kyrgyzstan"), ("Dubai", "the UAE"),
         ("Casablanca", "Morocco"), ("Stockholm", "Sweden"), ("Oslo", "Norway"),
         ("Toronto", "Canada"), ("Vancouver", "Canada"), ("Washington", "the United States"),
         ("New York", "the United States"), ("Adelaide", "Australia"), ("Sydney", "Australia"),
         ("Melbourne", "Australia"), ("Bangkok", "Thailand"), ("London", "the UK"),
         ("Paris", "France"), ("Brussels", "Belgium"), ("Cairo", "Egypt")]  # fmt: skip
HOMES = ["Hotan", "Kashgar", "Urumqi", "Ghulja", "Aksu", "Karakax", "Lhasa", "Shanghai"]
RELATIVES = ["father", "mother", "brother", "sister", "two brothers", "parents", "uncle", "son"]
OUTLETS = ["Daily Monitor", "Asia Wire", "Diaspora News", "Rights Bulletin", "Evening Post",
           "Central Asia Today", "Global Observer", "The Courier", "Weekly Review"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip

# Sentence types, each with several wordings; slots in braces. A rewrite picks other wordings.
TEMPLATES: dict[str, list[str]] = {
    "lead": [
        "{name}, a {age}-year-old {job} living in {city}, says police in {home} detained his "
        "{rel} on {date} after he spoke at a protest.",
        "Police in {home} took the {rel} of {name} into custody on {date}, the {age}-year-old "
        "{job} from {city} told reporters.",
        "A {job} based in {city}, {name} ({age}), says officers in {home} held his {rel} "
        "from {date} because of his activism.",
        "On {date}, according to {name}, security officials in {home} detained his {rel}; "
        "the {age}-year-old {job} has lived in {city} for years.",
    ],
    "call": [
        "An officer called {first} on WeChat {n1} days later and told him to stop attending "
        "demonstrations in {country}.",
        "{n1} days after the arrest, a caller from the {home} police asked {first} to delete "
        "his videos and stay silent.",
        "Within {n1} days {first} received a message demanding that he quit the campaign he "
        "leads in {country}.",
        "{first} said a police officer phoned him {n1} days on and warned him to end his "
        "protests in {city}.",
    ],
    "spy": [
        "The officer also asked {first} to report on {n2} members of a community group in "
        "{city} and offered him money.",
        "He was offered payment if he would pass on the names of {n2} people who attend "
        "meetings in {city}.",
        "{first} was told his {rel} would be freed if he informed on the {n2} activists he "
        "works with.",
        "Officials wanted {first} to spy on {n2} fellow {community}s in {country} in return "
        "for cash.",
    ],
    "passport": [
        "When his passport expired in {month} {year}, the consulate in {city} refused to renew "
        "it and told him to go back.",
        "The consulate declined to renew his passport in {month} {year} and told him to return "
        "home first.",
        "In {month} {year} consular staff in {city} rejected his passport renewal.",
    ],
    "detain": [
        "{first} himself was detained by police in {city} for {n1} days in {month} {year} at "
        "the request of the authorities.",
        "Local police in {city} held {first} in an immigration detention centre for {n1} days "
        "in {month} {year}.",
        "In {month} {year} he was arrested in {city} and kept in custody for {n1} days.",
    ],
    "context": [
        "Rights groups say at least {n3} {community}s in {country} have reported similar "
        "pressure since {year}.",
        "According to {outlet_ref}, {n3} similar cases have been recorded in {country} since "
        "{year}.",
        "Campaigners counted {n3} such cases among {community}s abroad since {year}.",
    ],
    "response": [
        "The embassy did not respond to a request for comment.",
        "The consulate in {city} declined to comment on the case.",
        "Officials did not reply to questions sent by {outlet_ref}.",
        "No comment was received from the embassy by the time of publication.",
    ],
}
NEGATIVE: dict[str, list[str]] = {
    "lead": [
        "A {community} restaurant run by {name} opened in {city} on {date}, drawing {n3} guests.",
        "{name}, a {age}-year-old musician, performed at a festival in {city} on {date}.",
        "A trade delegation led by {name} visited {city} on {date} to discuss {n2} projects.",
        "{name} opened a bakery in {city} on {date} with {n2} employees.",
    ],
    "body": [
        "The event in {country} attracted {n3} visitors over {n1} days.",
        "Organisers said {n3} people had registered, up from {n2} last year.",
        "Tickets for the {n1} shows in {city} sold out within hours.",
        "The company plans {n2} new shops across {country} by {year}.",
    ],
    "close": [
        "The next edition is planned for {month} {year}.",
        "Local officials welcomed the initiative in {city}.",
        "{first} said he hoped to return to {city} soon.",
    ],
}
JOBS = ["teacher", "student", "doctor", "engineer", "shopkeeper", "poet", "nurse", "driver",
        "researcher", "imam", "journalist", "chef"]  # fmt: skip
COMMUNITIES = ["Uyghur", "Kazakh", "Tibetan", "Kyrgyz"]
_TACTIC_TYPES = ["call", "spy", "passport", "detain"]


@dataclass
class Story:
    slots: dict[str, str]
    kinds: list[str]
    negative: bool
    choice: dict[str, int] = field(default_factory=dict)
    language: str = "en"


def _slots(rng: random.Random) -> dict[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    city, country = rng.choice(HOSTS)
    year = rng.randint(2012, 2025)
    month = rng.randrange(12)
    return {
        "first": first, "name": f"{first} {last}", "age": str(rng.randint(19, 78)),
        "job": rng.choice(JOBS), "city": city, "country": country,
        "home": rng.choice(HOMES), "rel": rng.choice(RELATIVES),
        "date": f"{rng.randint(1, 28)} {MONTHS[month]} {year}", "month": MONTHS[month],
        "year": str(year), "n1": str(rng.randint(2, 19)), "n2": str(rng.randint(3, 60)),
        "n3": str(rng.randint(61, 4000)), "community": rng.choice(COMMUNITIES),
        "outlet_ref": rng.choice(OUTLETS),
    }  # fmt: skip


def new_story(rng: random.Random, language: str = "en") -> Story:
    negative = rng.random() < 0.2
    if negative:
        kinds = ["lead", "body", "body", "close"]
    else:
        tactics = rng.sample(_TACTIC_TYPES, rng.randint(1, 3))
        kinds = ["lead", *tactics, "context", "response"]
    if language == "en":
        return Story(_slots(rng), kinds, negative)
    facts = synthetic_languages.slots(language, rng, OUTLETS)
    return Story(facts, kinds, negative, language=language)


def _table(story: Story) -> dict[str, list[str]]:
    if story.language == "en":
        return NEGATIVE if story.negative else TEMPLATES
    return synthetic_languages.table(story.language, story.negative)


def render(story: Story, rng: random.Random, *, rewrite: bool = False) -> str:
    """The story as an article; a rewrite takes other wordings, drops or reorders sentences."""
    table = _table(story)
    sentences = []
    for position, kind in enumerate(story.kinds):
        options = table[kind]
        key = f"{kind}{position}"
        if key not in story.choice:
            story.choice[key] = rng.randrange(len(options))
        index = story.choice[key]
        if rewrite:
            index = (index + rng.randrange(1, len(options))) % len(options)
        sentences.append(options[index].format(**story.slots))
    if rewrite:
        body = sentences[1:]
        rng.shuffle(body)
        if len(body) > 3:
            body.pop(rng.randrange(len(body)))
        sentences = [sentences[0], *body]
    title = f"{story.slots['name']} in {story.slots['city']}"
    if story.language != "en":
        title = synthetic_languages.FRAMES[story.language][0].format(**story.slots)
    return title + "\n\n" + "\n\n".join(sentences) + "\n"


_ENGLISH_FRAME = (
    "",
    "This article first appeared in {outlet}.",
    [("said", "stated"), ("police", "the police"), ("days", "days later")],
)


def near_duplicate(text: str, rng: random.Random, language: str = "en") -> str:
    """A syndicated copy: a credit line, another headline, a word or two edited."""
    frame = _ENGLISH_FRAME if language == "en" else synthetic_languages.FRAMES[language]
    _title, credit, edits = frame
    lines = text.split("\n")
    lines[0] = f"{lines[0]} ({rng.choice(OUTLETS)})"
    body = "\n".join(lines)
    for old, new in edits:
        if old in body and rng.random() < 0.5:
            body = body.replace(old, new, 1)
    return body + "\n" + credit.format(outlet=rng.choice(OUTLETS)) + "\n"


def generate(
    count: int, seed: int = 7, *, multilingual: bool = False
) -> tuple[list[str], list[int], dict[str, int]]:
    """``count`` articles, the story of each, and how many copies of each kind were planted.
    English only, or ``multilingual``: each story in one of the six languages the monitor
    reads, in the proportions of the labelled corpora (``synthetic_languages.WEIGHTS``)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, no secrets
    languages, weights = zip(*synthetic_languages.WEIGHTS.items(), strict=True)
    texts: list[str] = []
    stories: list[int] = []
    planted = {"original": 0, "exact": 0, "near_duplicate": 0, "rewrite": 0}
    story_id = 0
    while len(texts) < count:
        language = rng.choices(languages, weights)[0] if multilingual else "en"
        story = new_story(rng, language)
        original = render(story, rng)
        texts.append(original)
        stories.append(story_id)
        planted["original"] += 1
        extras = rng.choices([0, 1, 2, 3], weights=[50, 25, 15, 10])[0]
        for _ in range(extras):
            if len(texts) >= count:
                break
            kind = rng.choices(["exact", "near_duplicate", "rewrite"], weights=[2, 3, 5])[0]
            if kind == "exact":
                texts.append(original)
            elif kind == "near_duplicate":
                texts.append(near_duplicate(original, rng, language))
            else:
                texts.append(render(story, rng, rewrite=True))
            stories.append(story_id)
            planted[kind] += 1
        story_id += 1
    return texts, stories, planted
