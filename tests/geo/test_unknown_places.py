"""Places the gazetteer lacks: a name after a cue word ("قرية X", "منطقة X", "جبل X") is the event's
place, named as written, in the document's country (or that of the known place it is said to lie
in), with no coordinates; a dual cue ("قريتي X وY") names two places, two incidents. Sentences
written for these tests; the village names are invented so that no gazetteer holds them."""

from __future__ import annotations

from typing import Any

import pytest
from testkit import check_output

from rasid.geo.match import find_places, is_unknown
from rasid.pipeline import extract_text
from rasid.text.normalize import normalize_str


def incidents(text: str) -> list[dict[str, Any]]:
    return extract_text(text, published="2015-08-01")["incidents"]


def unknown_names(text: str) -> list[str]:
    norm = normalize_str(text)
    return [norm[p.core_start : p.end] for p in find_places(norm) if is_unknown(p.best)]


def test_a_village_the_gazetteer_lacks_is_the_place_with_its_province_and_no_pin(validator) -> None:
    text = "قصفت طائرات التحالف أمس مواقع للحوثيين في قرية الزعفرانة بمحافظة مأرب، ما أدى إلى مقتل ثلاثة مسلحين."
    out = extract_text(text, published="2015-08-01")
    check_output(out, text, validator)
    [inc] = out["incidents"]
    place = inc["place"]
    assert place["name"] == "الزعفرانة" and place["text"] == "الزعفرانة"
    assert (place["country"], place["admin1"]) == ("YE", "Marib")
    assert place["lat"] is None and place["lon"] is None
    assert place["gazetteer_id"] == "text:YE:" + normalize_str("الزعفرانة")
    # the known place the text puts it in, where a map may show it approximately
    assert place["within"]["name"] == "Marib" and place["within"]["lat"] is not None
    assert inc["killed"]["min"] == 3


def test_a_mountain_keeps_its_cue_and_takes_the_documents_country() -> None:
    [inc] = incidents("اندلعت اشتباكات عنيفة مساء أمس في جبل القرين بين قوات الجيش السوري ومسلحي داعش.")
    assert inc["place"]["name"] == "جبل القرين"
    assert inc["place"]["country"] == "SY"


def test_two_word_names_and_the_known_place_inside_them() -> None:
    # "بني X", "سبع X": a head word opens a two-word name; a town of another country inside it is none
    assert unknown_names("دارت مواجهات في منطقة بني قحزان شمال صنعاء") == ["بني قحزان"]
    assert unknown_names("انفجرت عبوة في ناحية أبي صيدا بقضاء المقدادية") == [normalize_str("أبي صيدا")]
    [inc] = incidents("انفجرت عبوة ناسفة بسيارة مدنية في ناحية أبي صيدا بقضاء المقدادية أمس، ما أدى إلى مقتل مدنيين اثنين.")
    assert inc["place"]["country"] == "IQ"


@pytest.mark.parametrize("text", [
    "سقطت قذائف على المنطقة الشرقية من المدينة أمس.",  # a definite cue: an adjective follows
    "أعلنت مديرية التربية تعطيل المدارس بعد القصف الذي طال المدينة أمس.",  # a directorate, not a district
    "قصفت المدفعية منطقة عسكرية مغلقة أمس.",  # a kind of area
    "قصفت الطائرات منطقة سيطرة الحوثيين أمس.",  # whose area
    "شن الطيران غارات على منطقة الشرق الأوسط كلها.",  # a region of maps
])
def test_cue_words_before_common_words_make_no_place(text: str) -> None:
    assert unknown_names(text) == []


def test_half_a_name_is_no_name() -> None:
    # "حوض الوقف": the second word alone is a word ("الوقف"), so the name is both words, never "حوض"
    assert unknown_names("هاجم مسلحون نقطة للجيش في منطقة حوض الوقف ليلا") == [normalize_str("حوض الوقف")]


def test_a_dual_cue_makes_two_incidents_and_leaves_the_joint_toll_to_neither() -> None:
    got = incidents("قتل عشرون مسلحا في اشتباكات بمنطقتي الحريشة والمعتصم شرق مدينة الرمادي أمس.")
    assert [i["place"]["name"] for i in got] == ["الحريشة", "المعتصم"]
    assert all(i["killed"]["min"] is None for i in got)
    assert all(i["event_type"] == "armed_clash" for i in got)


def test_a_dual_cue_after_a_known_place_names_the_second() -> None:
    got = incidents("سقطت عشرات القذائف الصاروخية على بلدتي الفوعة وكفرطرمة في ريف إدلب اليوم.")
    assert len(got) == 2 and got[1]["place"]["name"] == "كفرطرمة"


def test_a_road_between_two_towns_is_one_event() -> None:
    got = incidents("استهدف مسلحون سيارة للشرطة على الطريق الواصل بين مدينتي جاسم ونوى أمس، ما أدى إلى مقتل شرطي.")
    assert len(got) == 1 and got[0]["killed"]["min"] == 1


def test_a_retelling_at_an_unknown_place_joins_the_event_told_before() -> None:
    got = incidents("قتل جنديان بانفجار عبوة ناسفة قرب ناحية الرياض في قضاء الحويجة أمس. وقال مصدر أمني إن العبوة "
                    "انفجرت أثناء مرور الدورية، مشيرا إلى أن المنطقة تشهد نشاطا لخلايا التنظيم في وادي الصفيرة.")
    assert len(got) == 1 and got[0]["killed"]["min"] == 2


@pytest.mark.parametrize("text, name, country", [
    ("A farmer was killed on Monday when his tractor hit a land mine in the village of Tell Hamdun, Aleppo "
     "Governorate.", "Tell Hamdun", "SY"),
    ("Israeli airstrikes killed four people in the Nahr Zaytun camp near Tyre on Monday.", "Nahr Zaytun", "LB"),
    ("An airstrike killed nine al-Shabaab fighters in Dhagah Cadde, Middle Shabelle, on Monday.", "Dhagah Cadde", "SO"),
])
def test_english_names_the_gazetteer_lacks(text: str, name: str, country: str) -> None:
    [inc] = incidents(text)
    assert (inc["place"]["name"], inc["place"]["country"], inc["place"]["lat"]) == (name, country, None)


def test_capitalised_words_that_name_no_place() -> None:
    # a sentence's first word before a cue word, a title: no place
    got = incidents("The market was hit by two shells in Kabkabiya on Thursday, killing three traders.")
    assert [i["place"]["name"] for i in got] == ["Kabkabiyah"]


def test_a_nationality_after_a_name_picks_its_country() -> None:
    # the gazetteer's Hadar is in Iraq; "السورية" says this one is Syria's (and the gazetteer lacks it)
    [inc] = incidents("قتل شخصان أمس حين أصاب صاروخ طائرة مسيرة دراجة نارية في قرية الحضر السورية قرب خط الفصل.")
    assert (inc["place"]["name"], inc["place"]["country"], inc["place"]["lat"]) == ("الحضر", "SY", None)
    # ... and of a name several countries share, that country's entry
    [inc] = incidents("قتل ثلاثة جنود أتراك في انفجار عبوة ناسفة في مدينة سروج التركية أمس.")
    assert inc["place"]["country"] == "TR"


def test_a_known_word_inside_a_two_word_name_is_no_place_of_its_own() -> None:
    # "تل" alone is a town the gazetteer knows; "بلدة تل الزعرور" is another place, which it lacks
    assert unknown_names("دارت اشتباكات عنيفة في محيط بلدة تل الزعرور بريف الرقة الشمالي") == [normalize_str("تل الزعرور")]
    # ... but a known town before a descriptor stays that town
    assert unknown_names("سقطت قذائف على مدينة نيالا الكبير أمس") == []


def test_a_nationality_or_an_agency_is_no_place() -> None:
    got = incidents("وقال الجيش الباكستاني إن القوات الهندية فتحت النار أمس على قرى حدودية، ما أدى إلى مقتل مدنيين اثنين.")
    assert all((i["place"] or {}).get("name") != "Al Hindiyah" for i in got)


def test_a_surname_after_a_given_name_is_no_town() -> None:
    got = incidents("Colonel Salem al-Mansouri, a commander, is killed as a bomb explodes under his car in Benghazi.")
    assert [i["place"]["name"] for i in got] == ["Benghazi"]
    assert [i["place"]["name"] for i in incidents("An airstrike hits a house near Al-Khader, killing two.")] == ["Al Khadir"]


def test_a_country_named_right_after_an_english_name_is_its_country() -> None:
    # the gazetteer's Hadar is Iraq's; "in Syria's Quneitra province" says this one is Syria's
    [inc] = incidents("Two fighters died on Wednesday when a drone hit their pickup outside the village of Hadar in "
                      "Syria's Quneitra province.")
    assert (inc["place"]["country"], inc["place"]["lat"]) == ("SY", None)


def test_an_english_name_before_a_country() -> None:
    [inc] = incidents("A soldier is killed in a shooting against peacekeepers in Ain Zawrak, southern Lebanon, on Monday.")
    assert (inc["place"]["name"], inc["place"]["country"], inc["place"]["lat"]) == ("Ain Zawrak", "LB", None)


def test_a_given_name_before_a_surname_is_no_town() -> None:
    # "Omar" and "Musa" are towns the gazetteer knows; here they open a street's and a man's names
    got = incidents("An airstrike on the Omar Al-Mokhtar street of Gaza City killed a mother and her son on Monday.")
    assert [i["place"]["name"] for i in got] == ["Omar Al-Mokhtar"]
    got = incidents("Hamas security chief Wael Musa Khaled was killed in an airstrike in Deir al-Balah on Monday.")
    assert [i["place"]["name"] for i in got] == ["Dayr al Balah"]


def test_an_english_quarter_named_after_its_town_is_located_by_it() -> None:
    [inc] = incidents("An airstrike hit the Ramadi al-Qadima neighbourhood of Ramadi on Monday, killing three civilians.")
    place = inc["place"]
    assert (place["name"], place["lat"], place["within"]["name"], place["admin1"]) == ("Ramadi al-Qadima", None, "Ramadi", "Anbar")


def test_a_known_name_abroad_said_to_lie_in_a_place_here_is_a_place_the_gazetteer_lacks() -> None:
    # the gazetteer's al-Hadr is in Iraq; "في ريف القنيطرة" puts this one in Syria's Quneitra
    [inc] = incidents("قتل عنصران أمس في غارة استهدفت سيارة في بلدة الحضر في ريف القنيطرة جنوبي سوريا.")
    p = inc["place"]
    assert (p["name"], p["country"], p["admin1"], p["lat"]) == ("الحضر", "SY", "Quneitra", None)
    [inc] = incidents("قتل عنصران أمس في غارة استهدفت سيارة في بلدة الحضر بالقرب من القنيطرة.")
    assert inc["place"]["country"] == "SY"
    # two names listed, or a route between them, say nothing of where the first lies
    got = incidents("قتل خمسة مدنيين أمس في غارات على الموصل والرقة.")
    assert got[0]["place"]["name"] == "Mosul"
    got = incidents("قتل خمسة مسلحين أمس في غارة على رتل كان متجها من الموصل الى الرقة.")
    assert all(i["place"]["country"] in ("IQ", "SY") and i["place"]["lat"] is not None for i in got)
    # a longer name whose first word is a town abroad is not that town: no Syrian "الكرك" made of it
    assert all(p.best.gid != "text:SY:الكرك" for p in find_places(normalize_str("قصف الطيران بلدة الكرك الشرقي بريف درعا")))


def test_two_governorates_and_two_places_a_dual_word_follows_are_two_incidents() -> None:
    got = incidents("اندلعت اشتباكات عنيفة فجر اليوم السبت في محافظتي مأرب والبيضاء بين القبائل ومسلحي الحوثي.")
    assert sorted(i["place"]["name"] for i in got) == sorted(["Ma'rib", "Al Bayda"])
    got = incidents("اندلعت اشتباكات عنيفة فجر اليوم السبت في منطقة الكرشة ووادي المحجر الواقعتين غرب مدينة تعز.")
    assert [i["place"]["name"] for i in got] == ["الكرشة", "وادي المحجر"]


def test_two_names_joined_by_and_do_not_place_one_inside_the_other() -> None:
    # "منطقتي X وY": X is not a place of Y's country because Y follows it (Libya's Zawiya here)
    ps = find_places(normalize_str("هاجم مسلحون ثكنات في منطقتي الكرامشة والزاوية غربي بلدة حديثة"))
    assert [p.best.country for p in ps if is_unknown(p.best)] == ["", "IQ"]


def test_each_place_of_a_list_of_three_is_an_incident() -> None:
    # CONTRACT.md section 7: one event at one place; a toll told for the whole list is no place's
    got = incidents("قصفت طائرات التحالف أمس مواقع للتنظيم في الرقة والحسكة ودير الزور، ما أدى إلى مقتل 30 مسلحا.")
    assert [(i["place"]["name"], i["killed"]["min"]) for i in got] == \
        [("Ar Raqqah", None), ("Al Hasakah", None), ("Deir ez-Zor", None)]
    got = incidents("Coalition jets struck Islamic State positions near Raqqa, Hasakah and Deir ez-Zor on Friday.")
    assert len(got) == 3
    # two places joined by "و" stay one event (often a place and the larger one, or a road between them)
    got = incidents("قصفت طائرات التحالف أمس مواقع للتنظيم في الرقة والحسكة.")
    assert len(got) == 1
