"""Clauses that tell no event (CONTRACT.md section 7): seizures and defusals, the absence of fighting,
a war's running total, habitual clashes, a unit's sector. Arabic and English side by side."""

from __future__ import annotations

import pytest

from rasid.pipeline import extract_text


def incidents(text: str, published: str | None = "2024-04-15") -> list[dict]:
    return extract_text(text, published=published)["incidents"]


@pytest.mark.parametrize("text", [
    "أعلنت قيادة العمليات اليوم ضبط 7 عبوات ناسفة ومخبأ للأسلحة في صحراء البعاج دون تسجيل أي حادث.",
    "تمكنت مفارز الهندسة صباح اليوم من تفكيك عبوة ناسفة مزروعة على طريق في قضاء الطارمية.",
    "Army engineers defused two roadside bombs on the road outside Tarmiyah on Monday.",
    "The absence of large-scale fighting in Tripoli has been mistaken, in some capitals, for stability.",
    "The Secretary-General is alarmed by the continued fighting, which has killed at least 14,000 people in Sudan.",
    "Periodic clashes in Tripoli and Zawiya over checkpoints have become a feature of political life.",
    # a unit's sector is where it stands, not where the drones it downed were going: no place, no event
    "إلى ذلك، أسقطت وحدات من قواتنا المسلحة العاملة على اتجاه ريف إدلب الجنوبي ثلاث طائرات مسيرة قبل وصولها إلى أهدافها.",
])
def test_no_incident(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text", [
    # an abduction by gunmen is still an event
    "Gunmen abducted two aid workers in Ataq, the capital of Shabwa province, on Sunday.",
    "انفجرت عبوة ناسفة صباح اليوم بدورية للجيش في قضاء الطارمية ما أدى إلى إصابة جنديين.",
])
def test_still_an_incident(text: str) -> None:
    assert len(incidents(text)) == 1
