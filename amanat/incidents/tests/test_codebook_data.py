"""The taxonomy is data: a versioned file, loaded into tables, driving forms and labels."""

from __future__ import annotations

import copy
import itertools
import re

import pytest

from amanat.core.time import today
from amanat.incidents import codebook
from amanat.incidents.models import Code, Codebook, Incident
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db

# The codes of design/taxonomy.md, which version 1 must hold exactly.
STAGES = ["stage1", "stage2", "stage3"]
TACTICS = [
    "threat_to_family",
    "family_contact_control",
    "informant_recruitment",
    "bribery_inducement",
    "silencing_demand",
    "direct_threat",
    "online_harassment",
    "hacking_spyware",
    "surveillance",
    "impersonation",
    "passport_consular_denial",
    "interpol_abuse",
    "extradition_request",
    "bounty_or_warrant",
    "detention",
    "deportation",
    "rendition",
    "assault",
    "assassination",
]
NOT_UYGHUR = {"\u0647", "\u06cc", "\u06a9", "\u0629"}  # Arabic/Persian look-alikes
UYGHUR_VOWELS = "اەوۇۆۈېى"


@pytest.fixture
def v1() -> dict:
    return codebook.read_file("1")


def test_version_1_is_a_valid_codebook_file(v1) -> None:
    assert codebook.problems(v1) == []
    assert [e["code"] for e in v1["fields"]["stage"]] == STAGES
    assert [e["code"] for e in v1["fields"]["tactic"]] == TACTICS
    assert codebook.released_versions() == ["1"]


def test_the_migration_loaded_version_1_into_the_tables(v1) -> None:
    book = Codebook.objects.get(version="1")
    for field, entries in v1["fields"].items():
        rows = list(Code.objects.filter(codebook=book, field=field).order_by("position"))
        assert [(r.code, r.family, r.labels) for r in rows] == [
            (e["code"], e.get("family", ""), e["labels"]) for e in entries
        ]


def test_stages_and_tactics_are_labelled_in_every_interface_language(v1) -> None:
    for field in ("stage", "tactic", "tactic_family"):
        for entry in v1["fields"][field]:
            assert set(entry["labels"]) == {"en", "ug", "tr", "zh-hans"}, entry["code"]


def test_uyghur_labels_are_written_in_uyghur_letters(v1) -> None:
    labels = [
        e["labels"]["ug"]
        for entries in v1["fields"].values()
        for e in entries
        if "ug" in e["labels"]
    ]
    for label in labels:
        assert re.search(r"[\u0620-\u06FF]", label), label
        assert not NOT_UYGHUR & set(label), label
        for word in re.findall(r"[\u0600-\u06FF]+", label):
            assert word[0] not in UYGHUR_VOWELS, word
            assert not any(
                a in UYGHUR_VOWELS and b in UYGHUR_VOWELS for a, b in itertools.pairwise(word)
            ), word


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["fields"]["tactic"][0]["labels"].pop("ug"), "threat_to_family: no ug label"),
        (lambda d: d["fields"]["tactic"][0].pop("family"), "only tactics have a family"),
        (lambda d: d["fields"]["tactic"][0].update(family="magic"), "unknown family magic"),
        (lambda d: d["fields"]["source_kind"].pop(0), "required code hotline_report missing"),
        (lambda d: d["fields"]["stage"].append(d["fields"]["stage"][0]), "duplicate codes"),
        (lambda d: d["fields"]["channel"][0].update(code="not a code"), "bad code"),
        (lambda d: d["fields"].pop("community"), "missing field community"),
    ],
)
def test_a_broken_codebook_file_is_refused(v1, change, problem) -> None:
    broken = copy.deepcopy(v1)
    change(broken)
    assert any(problem in found for found in codebook.problems(broken))
    with pytest.raises(ValueError, match="codebook file is invalid"):
        codebook.load_rows(broken, Codebook, Code, today())


def test_the_form_shows_labels_in_the_active_language() -> None:
    from django.utils import translation

    from amanat.incidents.forms import IncidentForm

    expected = {
        "en": "Threats to family at home",
        "tr": "Ülkedeki aileye tehdit",
        "ug": "يۇرتتىكى ئائىلىگە تەھدىت",
        "zh-hans": "威胁国内家人",
    }
    for language, label in expected.items():
        with translation.override(language):
            form = IncidentForm(book=codebook.current())
            assert label in form.as_div(), language


def test_a_new_codebook_version_changes_the_choices_without_code_changes(v1, org_a) -> None:
    client = staff_client(org_a.analyst)
    old = created_pk(post(client, "/staff/incidents/new/", incident_data()))
    v2 = copy.deepcopy(v1)
    v2["version"] = "2"
    v2["fields"]["tactic"].append(
        {
            "code": "transnational_kidnap_plot",
            "family": "direct",
            "labels": {
                "en": "Kidnap plot",
                "ug": "ئادەم ئوغرىلاش",
                "tr": "Kaçırma planı",
                "zh-hans": "绑架阴谋",
            },
        }
    )
    v2["fields"]["tactic"][0]["labels"]["en"] = "Family at home threatened"
    codebook.load_rows(v2, Codebook, Code, today())

    assert "transnational_kidnap_plot" in client.get("/staff/incidents/new/").content.decode()
    new = created_pk(
        post(client, "/staff/incidents/new/", incident_data(tactics=["transnational_kidnap_plot"]))
    )
    assert Incident.objects.get(pk=new).codebook.version == "2"
    assert Incident.objects.get(pk=old).codebook.version == "1"
    # The old incident keeps the meaning it was coded with.
    assert (
        "Threats to family at home" in client.get(f"/staff/incidents/{iid(old)}/").content.decode()
    )


def test_an_emptied_database_gets_the_released_codebook_back() -> None:
    Codebook.objects.all().delete()
    assert codebook.current().version == "1"
    assert Code.objects.filter(field="tactic").count() == len(TACTICS)
