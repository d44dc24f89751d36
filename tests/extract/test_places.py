"""Which place an event takes: the clause's own, a detail or a scene-setting sentence's, the
dateline city's only as a last resort (CONTRACT.md: place). Arabic and English side by side."""

from __future__ import annotations

import pytest

from rasid.pipeline import extract_text


def places(text: str, published: str | None = "2024-03-05") -> list[str | None]:
    return [(i["place"] or {}).get("name") for i in extract_text(text, published=published)["incidents"]]


@pytest.mark.parametrize("text, name", [
    # a claim of responsibility names the event's place after the speaker ("في بيان ...")
    ("أعلن حزب الله في بيان مساء الأحد استهداف مستوطنة المطلة بالصواريخ الموجهة وتحقيق إصابات مباشرة.", "Metula"),
    # the place of the shells, not of the activists who speak after the comma
    ("قصفت المدفعية مواقع لداعش في قضاء تلعفر مساء الاثنين، وتحدث ناشطون عن مقتل سبعة من عناصر التنظيم.", "Tall ‘Afar"),
    # where the attacking troops are stationed is a reference point
    ("قصفت قطعات الجيش المتمركزة قرب بيجي مواقع للمسلحين في قضاء الشرقاط مساء الأحد، ما أدى الى مقتل ستة منهم.", "Ash Sharqat"),
    ("Army units stationed near Tikrit shelled militant positions in the town of Shirqat on Monday, killing six fighters.",
     "Ash Sharqat"),
    # the district, not the governorate named after it as context
    ("Two farmers were killed on Monday when a landmine exploded near their village in Hays district, Hodeidah "
     "governorate, local sources said.", "Hays"),
    # "بين" of a clash is "between", not a verb of saying: the district is the event's, not a speaker's
    ("ففي مأرب، اندلعت مواجهات عنيفة ليل الأحد بين قوات الجيش الوطني ومسلحي جماعة الحوثي في مديرية صرواح غربي "
     "المحافظة، أسفرت عن سقوط 9 قتلى من الطرفين.", "Suq Sirwah"),
])
def test_place_of_the_event(text: str, name: str) -> None:
    assert places(text) == [name]


@pytest.mark.parametrize("text, name", [
    # the reporter's city does not beat a governorate the clause names
    ("ADEN (Reuters) — Gunmen attacked a checkpoint of government forces in Abyan province on Sunday, killing three soldiers.",
     "Abyan"),
    ("عدن – «خاص»\nهاجم مسلحون نقطة تفتيش للقوات الحكومية في محافظة أبين يوم الأحد ما أدى الى مقتل ثلاثة جنود.", "Abyan"),
])
def test_dateline_does_not_beat_a_named_province(text: str, name: str) -> None:
    assert places(text) == [name]


@pytest.mark.parametrize("text, name", [
    # a definite detail sentence refines the place of the event told before
    ("ADEN (Reuters) — Gunmen attacked a checkpoint of government forces in Abyan province on Sunday, killing three "
     "soldiers. The night attack targeted a position near the town of Lawdar.", "Lawdar"),
    # a toll update names the event by another place its first telling gave
    ("قتل ثلاثة من عناصر الشرطة بانفجار عبوة ناسفة قرب ناحية سليمان بيك في قضاء طوزخورماتو ليل الأحد.\n"
     "وأعلنت قيادة الشرطة في بيان صدر مساء الاثنين ارتفاع عدد شهداء تفجير طوزخورماتو إلى أربعة.", "Sulaiman Bek"),
])
def test_detail_joins_its_event(text: str, name: str) -> None:
    assert places(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Israeli troops spotted a Hezbollah cell inside a building near Aitaroun. Minutes later, an aircraft struck "
     "the building, killing two fighters.", "Aitaroun"),
    ("تحصنت مجموعة من المقاومين داخل منزل قرب بلدة عيترون. وبعد دقائق أغارت طائرة حربية على المنزل "
     "ما أدى الى استشهاد اثنين.", "Aitaroun"),
])
def test_scene_setting_sentence_gives_the_place(text: str, name: str) -> None:
    assert places(text) == [name]


def test_scene_setting_stops_at_the_paragraph() -> None:
    text = ("Israeli troops spotted a Hezbollah cell inside a building near Aitaroun.\n\n"
            "Minutes later, an aircraft struck a car, killing two fighters.")
    assert places(text) == [None]


@pytest.mark.parametrize("text, name", [
    ("📍الفاشر | الأحد ٢٢ سبتمبر\nقصف مدفعي عنيف على سوق الخضار وحي الشرفة أدى الى مقتل ثلاثة مدنيين وإصابة سبعة.",
     "El Fasher"),
    ("KHARTOUM, Sudan (AP) — Shelling hit a crowded market on Sunday, killing five civilians, medics said.", "Khartoum"),
])
def test_dateline_city_for_a_part_of_the_city(text: str, name: str) -> None:
    assert places(text) == [name]


@pytest.mark.parametrize("text", [
    "قصف مدفعي عنيف على سوق الخضار وحي الشرفة أدى الى مقتل ثلاثة مدنيين وإصابة سبعة.",  # no dateline
    "الخرطوم – «خاص»\nقتل خمسة مدنيين في قصف مدفعي على منطقة مفتوحة يوم الأحد.",  # no part of a city
])
def test_no_dateline_city_without_cause(text: str) -> None:
    assert places(text) == [None]


@pytest.mark.parametrize("text", [
    # the only place is a reference point farther than the place tolerance: no place, not the town
    ("MOGADISHU, Somalia - U.S. Africa Command conducted an airstrike against al-Shabaab on Feb. 6, 2024, in a remote "
     "area approximately 40 km northeast of Kismayo. The airstrike killed four al-Shabaab fighters."),
    ("بنغازي | المرصد\nأعلن الجيش أن سلاح الجو نفذ ظهر اليوم ضربات جوية استهدفت تجمعات لعصابات مسلحة على بعد 40 "
     "كيلومترا جنوب شرقي القطرون، ما أسفر عن مقتل عدد من عناصرها.\nوقال عميد بلدية القطرون إن الوضع في المدينة هادئ، "
     "وإن الضربات وقعت في منطقة صحراوية بعيدة عن التجمعات السكنية."),
])
def test_a_far_reference_point_is_no_place(text: str) -> None:
    assert places(text) == [None]


@pytest.mark.parametrize("text, name", [
    ("مقديشو – الصومال الجديد\nقتل سبعة جنود وأصيب 11 آخرون صباح اليوم في هجوم انتحاري بسيارة مفخخة استهدف قاعدة "
     "عسكرية على بعد 10 كيلومترات شرقي مدينة بلدوين، حاضرة إقليم هيران وسط البلاد.", "Beledweyne"),
])
def test_a_near_reference_town_stands_in(text: str, name: str) -> None:
    assert places(text) == [name]


def test_a_bare_name_takes_the_document_country_entry() -> None:
    # "حي الحمدانية" in the lede and "دوار الحمدانية" in the body: one Aleppo quarter, one incident
    text = ("حلب-سانا\nارتقى شهيد وأصيب ٥ مواطنين جراء اعتداء الإرهابيين بالقذائف الصاروخية على حي الحمدانية السكني "
            "في مدينة حلب.\nوذكر مصدر في الشرطة أن الإرهابيين استهدفوا صباح اليوم بأربع قذائف صاروخية محيط دوار "
            "الحمدانية، ما أدى إلى ارتقاء شهيد وإصابة خمسة مواطنين.")
    assert places(text, "2024-02-08") == ["Al-Hamdaniya (Aleppo)"]


def test_in_addition_opens_another_event() -> None:
    # "إلى ذلك": a new item of a round-up; the drones downed near a unit's sector join no strike told before
    text = ("حلب-سانا\nارتقى شهيد وأصيب ٥ مواطنين صباح اليوم جراء اعتداء الإرهابيين بالقذائف الصاروخية على حي "
            "الحمدانية في مدينة حلب.\nإلى ذلك، أسقطت وحدات من قواتنا المسلحة العاملة على اتجاه ريف إدلب الجنوبي "
            "ثلاث طائرات مسيرة قبل وصولها إلى أهدافها.")
    assert [i["event_type"] for i in extract_text(text, published="2024-02-08")["incidents"]] == ["shelling"]
