"""Sudan: e28 El Fasher market shelling 2024-05-11 (5 docs: contested, toll rises, round-up),
e29 Nyala airstrike the same day (4 docs incl. army acknowledgement), e31 El Obeid shelling
(round-up only; same party and day as e28, hundreds of km apart), e33 El Fasher shelling four days
later (same town, different day), e30 Tamboul attack (2 docs)."""

from build import D, I

DOCS = [
    # ---------------------------------------------------------------- e28 El Fasher, 2024-05-11 (Sat)
    D("mg-sd-01", "ar", "2024-05-11", "Sudan Doctors Network statement",
      '''شبكة أطباء السودان
قتل 15 مدنيا بينهم 3 أطفال وأصيب 29 آخرون، صباح اليوم السبت، جراء قصف مدفعي عشوائي نفذته قوات الدعم السريع على السوق الكبير بمدينة الفاشر، عاصمة ولاية شمال دارفور.
وتدين الشبكة استمرار استهداف الأسواق والأحياء السكنية ومراكز إيواء النازحين في المدينة المحاصرة منذ أكثر من شهر، وتطالب المجتمع الدولي بالضغط على قيادة الدعم السريع لوقف هذه الانتهاكات.''',
      [I("e28", "shelling", "2024-05-11", "fasher", "الفاشر", "Rapid Support Forces", "civilians",
         (15, 15), (29, 29), [],
         "قتل 15 مدنيا بينهم 3 أطفال وأصيب 29 آخرون، صباح اليوم السبت، جراء قصف مدفعي عشوائي نفذته قوات الدعم السريع على السوق الكبير بمدينة الفاشر")],
      "e28 from the Sudan Doctors Network (author's voice). The siege 'منذ أكثر من شهر' is a period statement."),

    D("mg-sd-02", "ar", "2024-05-11", "RSF statement (official account)",
      '''بيان من قوات الدعم السريع
تنفي قوات الدعم السريع بشكل قاطع الاتهامات التي تروج لها أبواق الفلول، وتؤكد أن القصف الذي طال سوق الفاشر صباح اليوم نفذته مدفعية الجيش والمليشيات المتحالفة معه من داخل مقر الفرقة السادسة مشاة، ما أدى إلى مقتل وجرح العشرات من المواطنين الأبرياء.
إن قواتنا ملتزمة بحماية المدنيين وتطالب بتحقيق دولي مستقل.''',
      [I("e28", "shelling", "2024-05-11", "fasher", "الفاشر", "Sudanese Armed Forces", "civilians",
         (None, None), (None, None), [],
         "القصف الذي طال سوق الفاشر صباح اليوم نفذته مدفعية الجيش والمليشيات المتحالفة معه من داخل مقر الفرقة السادسة مشاة، ما أدى إلى مقتل وجرح العشرات من المواطنين الأبرياء",
         koi=(20, None))],
      "e28, contested: the RSF blames the army's artillery for the same shelling of the market. 'مقتل وجرح العشرات' -> killed_or_injured 20/null; 'الفرقة السادسة' is a unit number."),

    D("mg-sd-03", "en", "2024-05-12", "international wire",
      """Shelling of El Fasher market kills at least 15
PORT SUDAN (wire) - Artillery shells crashed into the main market of El Fasher, the capital of Sudan's North Darfur state, on Saturday morning, killing at least 15 civilians, according to a local doctors' group, which blamed the Rapid Support Forces.
The RSF denied responsibility and said the army's guns had fired the shells. El Fasher, home to more than 1.5 million people, is the army's last major foothold in Darfur.""",
      [I("e28", "shelling", "2024-05-11", "fasher", "El Fasher", "Rapid Support Forces", "civilians",
         (15, None), (None, None), ["Sudan Doctors Network"],
         "Artillery shells crashed into the main market of El Fasher, the capital of Sudan's North Darfur state, on Saturday morning, killing at least 15 civilians")],
      "e28 in English with both accusations; the lede follows the doctors' group (perpetrator RSF). '1.5 million people' is a population."),

    D("mg-sd-04", "ar", "2024-05-12", "Sudanese news site",
      '''الفاشر – ارتفعت حصيلة ضحايا القصف المدفعي الذي نفذته قوات الدعم السريع على السوق الكبير بالفاشر أمس إلى 23 قتيلا وأكثر من 40 جريحا، بحسب ما أعلنته وزارة الصحة بولاية شمال دارفور اليوم الأحد.
وقالت الوزارة إن المستشفى السعودي، وهو المستشفى الوحيد الذي ما زال يعمل في المدينة، يعاني نقصا حادا في الأدوية والكوادر.''',
      [I("e28", "shelling", "2024-05-11", "fasher", "الفاشر", "Rapid Support Forces", "unknown",
         (23, 23), (40, None), ["Sudanese Ministry of Health"],
         "ارتفعت حصيلة ضحايا القصف المدفعي الذي نفذته قوات الدعم السريع على السوق الكبير بالفاشر أمس إلى 23 قتيلا وأكثر من 40 جريحا")],
      "e28, toll rises the next day: 23 killed, 'أكثر من 40' -> 40/null; 'أمس' against Sunday 2024-05-12 -> 2024-05-11. The victims are not described here (unknown). The state health ministry mapped to Sudanese Ministry of Health. Place: 'بالفاشر' (clitic ب dropped in place.text)."),

    # ---------------------------------------------------------------- e29 Nyala, 2024-05-11 (Sat)
    D("mg-sd-05", "ar", "2024-05-11", "RSF statement (official account)",
      '''طيران الفلول يرتكب مجزرة جديدة في نيالا
قصف طيران جيش الحركة الإسلامية ظهر اليوم السبت حي الجير السكني بمدينة نيالا، ما أدى إلى استشهاد 9 مواطنين بينهم 4 نساء وطفلان، وإصابة 13 آخرين، وتدمير عدد من المنازل.
إن استهداف المدنيين العزل بالطيران يؤكد أن الفلول لا يأبهون بأرواح السودانيين.''',
      [I("e29", "airstrike", "2024-05-11", "nyala", "نيالا", "Sudanese Armed Forces", "civilians",
         (9, 9), (13, 13), [],
         "قصف طيران جيش الحركة الإسلامية ظهر اليوم السبت حي الجير السكني بمدينة نيالا، ما أدى إلى استشهاد 9 مواطنين بينهم 4 نساء وطفلان، وإصابة 13 آخرين")],
      "e29 from the RSF: 'طيران جيش الحركة الإسلامية' / 'الفلول' are its names for the army (Sudanese Armed Forces). The 4 women and 2 children are among the 9 (not added). Same day as e28 but ~190 km away: a different event."),

    D("mg-sd-06", "en", "2024-05-12", "international wire",
      """NAIROBI (wire) - Warplanes believed to belong to the Sudanese army struck a residential neighbourhood in Nyala, the RSF-held capital of South Darfur, on Saturday, killing at least seven people, residents said.
The army, which has repeatedly bombed Nyala since the RSF took control of the city in October, did not comment.""",
      [I("e29", "airstrike", "2024-05-11", "nyala", "Nyala", "Sudanese Armed Forces", "unknown",
         (7, None), (None, None), ["residents"],
         "Warplanes believed to belong to the Sudanese army struck a residential neighbourhood in Nyala, the RSF-held capital of South Darfur, on Saturday, killing at least seven people")],
      "e29 in English: 'at least seven' -> 7/null; 'people' -> unknown. 'since ... October' is a period statement."),

    D("mg-sd-07", "ar", "2024-05-11", "Sudanese Armed Forces spokesman statement",
      '''القوات المسلحة السودانية – مكتب الناطق الرسمي
نفذت قواتنا الجوية اليوم ضربات دقيقة استهدفت تجمعات ومخازن أسلحة وذخائر لمليشيا الدعم السريع المتمردة في مدينة نيالا، وكبدتها خسائر فادحة في الأرواح والعتاد.
وتؤكد القوات المسلحة أنها تلتزم في عملياتها بقواعد الاشتباك والقانون الدولي الإنساني.''',
      [I("e29", "airstrike", "2024-05-11", "nyala", "نيالا", "Sudanese Armed Forces", "military",
         (None, None), (None, None), [],
         "نفذت قواتنا الجوية اليوم ضربات دقيقة استهدفت تجمعات ومخازن أسلحة وذخائر لمليشيا الدعم السريع المتمردة في مدينة نيالا")],
      "e29 acknowledged by the army in its own voice: it struck RSF gatherings in Nyala today (victims as it describes them: military; 'خسائر فادحة في الأرواح' has no number -> null)."),

    # ---------------------------------------------------------------- round-up, published 2024-05-12 (Sun)
    D("mg-sd-08", "ar", "2024-05-12", "Sudanese news site daily round-up",
      '''السودان: يوم دام في دارفور وكردفان
الخرطوم – سودان تربيون – شهدت ولايات دارفور وكردفان أمس السبت تصعيدا عسكريا واسعا خلف عشرات القتلى والجرحى.
ففي الفاشر، قتل 18 شخصا على الأقل وأصيب العشرات جراء قصف مدفعي لقوات الدعم السريع استهدف السوق الكبير وسط المدينة، بحسب مصادر طبية.
وفي نيالا، قال شهود عيان إن الطيران الحربي التابع للجيش قصف حي الجير السكني، ما أسفر عن مقتل ثمانية مدنيين بينهم نساء وأطفال.
وفي شمال كردفان، أصيب أربعة مدنيين بقصف مدفعي شنته قوات الدعم السريع على الأحياء الشمالية لمدينة الأبيض، وفقا لمصدر محلي.
ويأتي هذا التصعيد في ظل تعثر مفاوضات جدة وتحذيرات أممية من مجاعة وشيكة.''',
      [I("e28", "shelling", "2024-05-11", "fasher", "الفاشر", "Rapid Support Forces", "unknown",
         (18, None), (20, None), ["medical sources"],
         "ففي الفاشر، قتل 18 شخصا على الأقل وأصيب العشرات جراء قصف مدفعي لقوات الدعم السريع استهدف السوق الكبير وسط المدينة"),
       I("e29", "airstrike", "2024-05-11", "nyala", "نيالا", "Sudanese Armed Forces", "civilians",
         (8, 8), (None, None), ["witnesses"],
         "وفي نيالا، قال شهود عيان إن الطيران الحربي التابع للجيش قصف حي الجير السكني، ما أسفر عن مقتل ثمانية مدنيين بينهم نساء وأطفال"),
       I("e31", "shelling", "2024-05-11", "obeid", "الأبيض", "Rapid Support Forces", "civilians",
         (None, None), (4, 4), ["local sources"],
         "أصيب أربعة مدنيين بقصف مدفعي شنته قوات الدعم السريع على الأحياء الشمالية لمدينة الأبيض")],
      "Round-up of one day (أمس السبت -> 2024-05-11): El Fasher shelling (e28), Nyala airstrike (e29) and El Obeid shelling (e31, single report). e28 and e31 are the same party and type on the same day but ~560 km apart: must not merge. The lede's 'عشرات القتلى والجرحى' sums the incidents; 'العشرات' wounded in El Fasher -> 20/null. In e29 the place of the evidence is the neighbourhood; place = Nyala (named in 'وفي نيالا' just before)."),

    # ---------------------------------------------------------------- e33 El Fasher, 2024-05-15 (Wed)
    D("mg-sd-09", "ar", "2024-05-15", "Sudanese news site",
      '''الفاشر – قتل ستة مدنيين بينهم طفلان وأصيب 11 آخرون، اليوم الأربعاء، إثر سقوط قذائف مدفعية أطلقتها قوات الدعم السريع على حي أبو شوك ومعسكر النازحين المجاور له شمالي مدينة الفاشر، بحسب لجان مقاومة الفاشر.
وأوضحت اللجان أن القصف هو الأعنف منذ سقوط قذائف على السوق الكبير يوم السبت الماضي، وأن العشرات من الأسر نزحت من الحي نحو جنوب المدينة.''',
      [I("e33", "shelling", "2024-05-15", "fasher", "الفاشر", "Rapid Support Forces", "civilians",
         (6, 6), (11, 11), ["activists"],
         "قتل ستة مدنيين بينهم طفلان وأصيب 11 آخرون، اليوم الأربعاء، إثر سقوط قذائف مدفعية أطلقتها قوات الدعم السريع على حي أبو شوك ومعسكر النازحين المجاور له شمالي مدينة الفاشر"),
       I("e28", "shelling", "2024-05-11", "fasher", "الفاشر", None, "unknown",
         (None, None), (None, None), ["activists"],
         "سقوط قذائف على السوق الكبير يوم السبت الماضي")],
      "Same town, four days after e28: a different event (e33). The back-reference to the market shelling 'يوم السبت الماضي' (against Wednesday 2024-05-15 -> 2024-05-11) is a dated mention of e28 and is annotated as such (no toll, no actor named in it -> null); it must merge into e28, not into e33. Resistance committees -> activists. Abu Shouk is a camp/neighbourhood in north El Fasher: place = El Fasher."),

    # ---------------------------------------------------------------- e30 Tamboul, 2024-10-27 (Sun)
    D("mg-sd-10", "ar", "2024-10-28", "Sudanese news site",
      '''ود مدني – قالت لجان مقاومة مدينة تمبول بولاية الجزيرة إن قوات الدعم السريع اقتحمت المدينة أمس الأحد وقتلت 27 مدنيا على الأقل، بينهم نساء وكبار سن، ونهبت المنازل والمحال التجارية وأضرمت النار في السوق.
وأضافت اللجان في بيان أن عشرات الجرحى لم يتمكنوا من الوصول إلى المستشفيات بسبب انتشار عناصر الدعم السريع في الطرق، وأن مئات الأسر فرت سيرا على الأقدام نحو رفاعة.
ويأتي الهجوم ضمن حملة انتقامية تشنها الدعم السريع على مدن وقرى شرق الجزيرة منذ انشقاق أحد قادتها وانضمامه إلى الجيش.''',
      [I("e30", "massacre", "2024-10-27", "tamboul", "تمبول", "Rapid Support Forces", "civilians",
         (27, None), (20, None), ["activists"],
         "لجان مقاومة مدينة تمبول بولاية الجزيرة إن قوات الدعم السريع اقتحمت المدينة أمس الأحد وقتلت 27 مدنيا على الأقل، بينهم نساء وكبار سن، ونهبت المنازل والمحال التجارية وأضرمت النار في السوق")],
      "e30: 'أمس الأحد' against Monday 2024-10-28 -> 2024-10-27; 'عشرات الجرحى' -> 20/null; hundreds of families fleeing are not casualties; the campaign across east Gezira is not an incident. Place: Tamboul (named at the start of the sentence; 'المدينة' in the evidence)."),

    D("mg-sd-11", "en", "2024-10-28", "international wire",
      """PORT SUDAN (wire) - Fighters from the paramilitary Rapid Support Forces stormed the town of Tamboul in Sudan's Gezira state on Sunday, killing at least 30 civilians and looting homes and shops, the Sudan Doctors Network said on Monday.
The attack was the latest in a wave of assaults on towns and villages in eastern Gezira since a senior RSF commander defected to the army this month. The RSF did not respond to a request for comment.""",
      [I("e30", "massacre", "2024-10-27", "tamboul", "Tamboul", "Rapid Support Forces", "civilians",
         (30, None), (None, None), ["Sudan Doctors Network"],
         "Fighters from the paramilitary Rapid Support Forces stormed the town of Tamboul in Sudan's Gezira state on Sunday, killing at least 30 civilians and looting homes and shops")],
      "e30 in English: 'at least 30' (27 in mg-sd-10)."),
]
