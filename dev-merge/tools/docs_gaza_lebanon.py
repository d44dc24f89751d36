"""Gaza: e21 Deir al-Balah house strike (4 docs: rising toll, 'yesterday', Israeli military
acknowledgement dated overnight), e22 Khan Yunis airstrike and e23 Khan Yunis shelling on the
same day (different event types), e24 Nuseirat drone strike 2025 (2 docs).
Lebanon: e25 Nabatieh and e26 Baalbek strikes on the same day (~90 km apart, same party),
e27 Bint Jbeil drone strike (2 docs)."""

from build import D, I

DOCS = [
    # ---------------------------------------------------------------- e21 Deir al-Balah, 2024-08-17 (Sat)
    D("mg-gz-01", "ar", "2024-08-17", "wire (Anadolu-style, Arabic)",
      '''دير البلح/ الأناضول
استشهد 10 فلسطينيين، بينهم 4 أطفال، فجر اليوم السبت، إثر غارة إسرائيلية استهدفت منزلا لعائلة أبو حطب في مدينة دير البلح وسط قطاع غزة، وفق مصدر طبي في مستشفى شهداء الأقصى.
وقال المصدر للأناضول إن "جثامين الشهداء وصلت إلى المستشفى، فيما لا يزال عدد من المفقودين تحت الأنقاض".
ويأتي ذلك في وقت تكتظ فيه دير البلح بمئات آلاف النازحين الذين لجأوا إليها من شمال القطاع ورفح.''',
      [I("e21", "airstrike", "2024-08-17", "deirbalah", "دير البلح", "Israeli forces", "civilians",
         (10, 10), (None, None), ["medical sources"],
         "استشهد 10 فلسطينيين، بينهم 4 أطفال، فجر اليوم السبت، إثر غارة إسرائيلية استهدفت منزلا لعائلة أبو حطب في مدينة دير البلح")],
      "e21, first report: 'فجر اليوم السبت' -> 2024-08-17. 'عدد من المفقودين' are missing, not killed; hundreds of thousands displaced are not casualties."),

    D("mg-gz-02", "ar", "2024-08-18", "Gaza Ministry of Health statement",
      '''وزارة الصحة – غزة
ارتفاع عدد شهداء مجزرة الغارة الإسرائيلية على منزل عائلة أبو حطب في مدينة دير البلح فجر أمس إلى 14 شهيدا بعد انتشال جثامين جديدة من تحت الأنقاض، غالبيتهم من الأطفال والنساء.
الاحتلال الإسرائيلي يرتكب 3 مجازر ضد العائلات في قطاع غزة وصل منها للمستشفيات 51 شهيدا و112 إصابة خلال الـ24 ساعة الماضية.
ارتفاع حصيلة العدوان الإسرائيلي إلى 40,074 شهيدا و92,537 إصابة منذ السابع من أكتوبر 2023.''',
      [I("e21", "airstrike", "2024-08-17", "deirbalah", "دير البلح", "Israeli forces", "civilians",
         (14, 14), (None, None), ["Gaza Ministry of Health"],
         "ارتفاع عدد شهداء مجزرة الغارة الإسرائيلية على منزل عائلة أبو حطب في مدينة دير البلح فجر أمس إلى 14 شهيدا")],
      "e21, toll rises a day later: 14 ('فجر أمس' against 2024-08-18 -> 2024-08-17). 24-hour and cumulative figures are period totals."),

    D("mg-gz-03", "en", "2024-08-18", "English-language daily (Gulf)",
      """An Israeli air strike on a house in Deir al-Balah in the central Gaza Strip killed at least 12 Palestinians, including four children, early yesterday, health officials said, as mediators prepared for another round of ceasefire talks.
Relatives said the Abu Hatab family had taken in displaced relatives from Rafah. Civil defence crews were still searching the rubble for missing people hours after the strike.""",
      [I("e21", "airstrike", "2024-08-17", "deirbalah", "Deir al-Balah", "Israeli forces", "civilians",
         (12, None), (None, None), ["medical sources"],
         "An Israeli air strike on a house in Deir al-Balah in the central Gaza Strip killed at least 12 Palestinians, including four children, early yesterday")],
      "e21 in English: 'early yesterday' against 2024-08-18 -> 2024-08-17; 'at least 12' -> 12/null ('health officials' -> medical sources)."),

    D("mg-gz-04", "en", "2024-08-17", "Israeli military statement (press release)",
      """Overnight, IAF aircraft struck a Hamas terrorist who was operating from a structure in the area of Deir al-Balah in central Gaza. The terrorist was planning to carry out attacks against IDF troops operating in the area.
Prior to the strike, numerous steps were taken to mitigate the risk of harming civilians, including the use of precise munitions, aerial surveillance and additional intelligence.
In addition, over the past day, IDF troops continued operating in the area of Khan Yunis and eliminated approximately 20 terrorists.""",
      [I("e21", "airstrike", "2024-08-16", "deirbalah", "Deir al-Balah", "Israeli forces", "military",
         (None, None), (None, None), [],
         "Overnight, IAF aircraft struck a Hamas terrorist who was operating from a structure in the area of Deir al-Balah in central Gaza")],
      "e21 acknowledged by the attacker, in its own voice. 'Overnight' in a release of 17 August takes the night's start (contract): 2024-08-16, one day before the other reports' dawn date, still the same event (merging must allow ±1 day). No casualty figure; the target as described is a fighter (military). 'approximately 20 terrorists' over the past day in Khan Yunis is a period statement without time or precise place (not an incident)."),

    # ---------------------------------------------------------------- e22 + e23 Khan Yunis, 2024-06-25 (Tue)
    D("mg-gz-05", "ar", "2024-06-25", "Palestinian news agency (WAFA-style)",
      '''خان يونس/ وفا- استشهد ثمانية مواطنين، بينهم طفلان، وأصيب آخرون، مساء اليوم الثلاثاء، في غارة لطائرات الاحتلال الإسرائيلي على منزل وسط مدينة خان يونس جنوب قطاع غزة، وفق مصادر طبية.
وفي وقت سابق اليوم، استشهدت سيدة وأصيب خمسة مواطنين جراء قصف مدفعي إسرائيلي استهدف المنطقة الشرقية لمدينة خان يونس.
وتواصل قوات الاحتلال عدوانها على قطاع غزة لليوم الـ263 على التوالي.''',
      [I("e22", "airstrike", "2024-06-25", "khanyunis", "خان يونس", "Israeli forces", "civilians",
         (8, 8), (None, None), ["medical sources"],
         "استشهد ثمانية مواطنين، بينهم طفلان، وأصيب آخرون، مساء اليوم الثلاثاء، في غارة لطائرات الاحتلال الإسرائيلي على منزل وسط مدينة خان يونس"),
       I("e23", "shelling", "2024-06-25", "khanyunis", "خان يونس", "Israeli forces", "civilians",
         (1, 1), (5, 5), [],
         "استشهدت سيدة وأصيب خمسة مواطنين جراء قصف مدفعي إسرائيلي استهدف المنطقة الشرقية لمدينة خان يونس")],
      "Two events in one town on one day by one party: an airstrike on a house in the evening (e22) and artillery fire on the east of the city earlier (e23). Different event types: must not merge. 'أصيب آخرون' -> injured null. 'اليوم الـ263' is a day count."),

    D("mg-gz-06", "en", "2024-06-26", "international wire",
      """Israeli air strike kills nine in Khan Younis
CAIRO (wire) - An Israeli air strike on a family home in the centre of Khan Younis in the southern Gaza Strip on Tuesday evening killed nine people, among them two children, medics at Nasser Hospital said.
The Israeli military said it was looking into the report. Gaza's health ministry says more than 37,600 Palestinians have been killed in the enclave since October.""",
      [I("e22", "airstrike", "2024-06-25", "khanyunis", "Khan Younis", "Israeli forces", "civilians",
         (9, 9), (None, None), ["medical sources"],
         "An Israeli air strike on a family home in the centre of Khan Younis in the southern Gaza Strip on Tuesday evening killed nine people, among them two children")],
      "e22 in English with a different toll (9). The ministry's cumulative toll since October is a period total."),

    D("mg-gz-07", "ar", "2024-06-25", "Palestinian Red Crescent statement",
      '''جمعية الهلال الأحمر الفلسطيني
نقلت طواقمنا ظهر اليوم جثمان شهيدة وخمسة مصابين إثر قصف مدفعي إسرائيلي على منطقة قيزان النجار شرقي خان يونس، إلى المستشفى الميداني التابع للجمعية في منطقة المواصي.''',
      [I("e23", "shelling", "2024-06-25", "khanyunis", "خان يونس", "Israeli forces", "civilians",
         (1, 1), (5, 5), [],
         "نقلت طواقمنا ظهر اليوم جثمان شهيدة وخمسة مصابين إثر قصف مدفعي إسرائيلي على منطقة قيزان النجار شرقي خان يونس")],
      "e23 only, from the PRCS (author's voice). Place: east Khan Yunis (the area قيزان النجار is inside the city's southern/eastern quarters); al-Mawasi is where the wounded were taken, not the place of the event. A woman killed -> civilians."),

    D("mg-gz-08", "ar", "2024-06-26", "Palestinian news site",
      '''خان يونس – ارتفع عدد شهداء الغارة الإسرائيلية التي استهدفت منزلا لعائلة شعث وسط مدينة خان يونس مساء أمس الثلاثاء إلى 11 شهيدا، بينهم ثلاثة أطفال، وفق مصادر طبية في مجمع ناصر الطبي.
وأوضحت المصادر أن اثنين من الجرحى توفيا خلال الليل، فيما انتشلت طواقم الدفاع المدني جثة من تحت الأنقاض صباح اليوم.''',
      [I("e22", "airstrike", "2024-06-25", "khanyunis", "خان يونس", "Israeli forces", "civilians",
         (11, 11), (None, None), ["medical sources"],
         "ارتفع عدد شهداء الغارة الإسرائيلية التي استهدفت منزلا لعائلة شعث وسط مدينة خان يونس مساء أمس الثلاثاء إلى 11 شهيدا")],
      "e22, toll rises a day later (11). 'مساء أمس الثلاثاء' -> 2024-06-25. The two who died and the body recovered are part of the 11."),

    # ---------------------------------------------------------------- e24 Nuseirat, 2025-04-12 (Sat)
    D("mg-gz-09", "ar", "2025-04-12", "Palestinian news site",
      '''النصيرات – استشهد شابان، صباح اليوم السبت، جراء استهدافهما بصاروخ أطلقته طائرة مسيرة إسرائيلية في مخيم النصيرات وسط قطاع غزة.
وأفاد شهود عيان بأن المسيرة استهدفت الشابين أثناء سيرهما قرب مفترق أبو صرار، وأن جثمانيهما نقلا إلى مستشفى العودة في المخيم.''',
      [I("e24", "drone_strike", "2025-04-12", "nuseirat", "مخيم النصيرات", "Israeli forces", "unknown",
         (2, 2), (None, None), ["witnesses"],
         "استشهد شابان، صباح اليوم السبت، جراء استهدافهما بصاروخ أطلقته طائرة مسيرة إسرائيلية في مخيم النصيرات")],
      "e24: 'شابان' (two young men) are not said to be civilians or fighters -> victims unknown. The witnesses describe the same strike."),

    D("mg-gz-10", "en", "2025-04-13", "English-language news site",
      """An Israeli drone strike killed two men in the Nuseirat refugee camp in central Gaza yesterday morning, according to the civil defence service.
The Israeli military did not comment on the strike. Medics at al-Awda Hospital said the bodies of both men arrived with severe shrapnel wounds.""",
      [I("e24", "drone_strike", "2025-04-12", "nuseirat", "Nuseirat", "Israeli forces", "unknown",
         (2, 2), (None, None), ["civil defence"],
         "An Israeli drone strike killed two men in the Nuseirat refugee camp in central Gaza yesterday morning")],
      "e24 in English: 'yesterday morning' against 2025-04-13 -> 2025-04-12."),

    # ---------------------------------------------------------------- e25 Nabatieh + e26 Baalbek, 2024-10-29 (Tue)
    D("mg-lb-01", "ar", "2024-10-29", "Lebanese National News Agency",
      '''النبطية – الوطنية
شن الطيران الحربي المعادي عند الخامسة من فجر اليوم غارة على مبنى سكني من ثلاث طبقات في حي البياض في مدينة النبطية، ما أدى إلى سقوط خمسة شهداء بينهم امرأتان وعدد من الجرحى، نقلوا إلى مستشفيات المنطقة.
وعملت فرق الدفاع المدني والهيئة الصحية على رفع الأنقاض بحثا عن مفقودين، وسط تحليق مكثف للطيران المسير في أجواء المدينة.''',
      [I("e25", "airstrike", "2024-10-29", "nabatieh", "النبطية", "Israeli forces", "civilians",
         (5, 5), (2, None), [],
         "شن الطيران الحربي المعادي عند الخامسة من فجر اليوم غارة على مبنى سكني من ثلاث طبقات في حي البياض في مدينة النبطية، ما أدى إلى سقوط خمسة شهداء بينهم امرأتان وعدد من الجرحى")],
      "e25, first report: 'الطيران الحربي المعادي' is Lebanese official wording for Israeli jets. 'عدد من الجرحى' -> 2/null. 'الخامسة' and 'ثلاث طبقات' are not counts."),

    D("mg-lb-02", "ar", "2024-10-30", "Lebanese Ministry of Public Health statement",
      '''أعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة في بيان، أن الغارة التي شنها العدو الإسرائيلي فجر أمس على مدينة النبطية أدت في حصيلة نهائية إلى استشهاد سبعة أشخاص بينهم امرأتان وإصابة 14 بجروح.
كما أدت الغارة الإسرائيلية على مدينة بعلبك ظهر أمس إلى استشهاد أربعة أشخاص وإصابة تسعة آخرين.
وبذلك ترتفع الحصيلة الإجمالية للعدوان الإسرائيلي منذ بدايته إلى 2,792 شهيدا و12,772 جريحا.''',
      [I("e25", "airstrike", "2024-10-29", "nabatieh", "النبطية", "Israeli forces", "civilians",
         (7, 7), (14, 14), ["Lebanese Ministry of Health"],
         "الغارة التي شنها العدو الإسرائيلي فجر أمس على مدينة النبطية أدت في حصيلة نهائية إلى استشهاد سبعة أشخاص بينهم امرأتان وإصابة 14 بجروح"),
       I("e26", "airstrike", "2024-10-29", "baalbek", "بعلبك", "Israeli forces", "unknown",
         (4, 4), (9, 9), ["Lebanese Ministry of Health"],
         "أدت الغارة الإسرائيلية على مدينة بعلبك ظهر أمس إلى استشهاد أربعة أشخاص وإصابة تسعة آخرين")],
      "Ministry statement with two events of the same day and party ~90 km apart (Nabatieh e25, Baalbek e26): must not merge with each other. Final toll for e25: 7 and 14. 'أشخاص' in Baalbek -> unknown. The cumulative totals are not incidents."),

    D("mg-lb-03", "en", "2024-10-29", "international wire",
      """Israeli strikes on Nabatieh and Baalbek kill at least 10
BEIRUT (wire) - Israeli air strikes on the southern city of Nabatieh and on Baalbek in the eastern Bekaa Valley killed at least 10 people on Tuesday, Lebanese authorities said.
A dawn strike flattened a residential building in Nabatieh, killing six people, including two women, according to the state news agency.
In Baalbek, a strike on an apartment near the city's Roman ruins killed four people, the health ministry said. The Israeli military said it had struck Hezbollah targets in both areas, without giving details.""",
      [I("e25", "airstrike", "2024-10-29", "nabatieh", "Nabatieh", "Israeli forces", "civilians",
         (6, 6), (None, None), ["press reports"],
         "A dawn strike flattened a residential building in Nabatieh, killing six people, including two women"),
       I("e26", "airstrike", "2024-10-29", "baalbek", "Baalbek", "Israeli forces", "unknown",
         (4, 4), (None, None), ["Lebanese Ministry of Health"],
         "In Baalbek, a strike on an apartment near the city's Roman ruins killed four people")],
      "Two events in one wire: the headline 'at least 10' sums them (not an incident). Nabatieh (e25, 6 per the state news agency -> press reports) and Baalbek (e26). The Israeli military's statement acknowledges both strikes (perpetrator stays Israeli forces)."),

    D("mg-lb-04", "ar", "2024-10-29", "Lebanese satellite channel site (al-Manar style)",
      '''بعلبك – استشهد أربعة مواطنين وأصيب ثمانية آخرون، ظهر اليوم الثلاثاء، في غارة نفذها الطيران الحربي الصهيوني على شقة سكنية في محيط القلعة الأثرية في مدينة بعلبك.
وأفاد مراسلنا بأن الغارة أحدثت دمارا كبيرا في المبنى والمباني المجاورة، وأن سيارات الإسعاف عملت على نقل الجرحى إلى مستشفى دار الأمل الجامعي.''',
      [I("e26", "airstrike", "2024-10-29", "baalbek", "بعلبك", "Israeli forces", "civilians",
         (4, 4), (8, 8), [],
         "استشهد أربعة مواطنين وأصيب ثمانية آخرون، ظهر اليوم الثلاثاء، في غارة نفذها الطيران الحربي الصهيوني على شقة سكنية في محيط القلعة الأثرية في مدينة بعلبك")],
      "e26 from a partisan outlet: 8 wounded (9 per the ministry). 'مواطنين' (citizens) -> civilians, as in dev/ (the ministry's 'أشخاص' and the wire's 'people' stay unknown)."),

    # ---------------------------------------------------------------- e27 Bint Jbeil, 2024-07-05 (Fri)
    D("mg-lb-05", "ar", "2024-07-05", "Lebanese National News Agency",
      '''بنت جبيل – الوطنية
استهدفت مسيرة اسرائيلية معادية بعد ظهر اليوم، سيارة من نوع "رابيد" على الطريق العام في مدينة بنت جبيل، ما أدى الى استشهاد شخص كان بداخلها.
ونعت "المقاومة الإسلامية" لاحقا أحد عناصرها الذي استشهد "على طريق القدس"، من دون أن تحدد مكان استشهاده.''',
      [I("e27", "drone_strike", "2024-07-05", "bintjbeil", "بنت جبيل", "Israeli forces", "unknown",
         (1, 1), (None, None), [],
         "استهدفت مسيرة اسرائيلية معادية بعد ظهر اليوم، سيارة من نوع \"رابيد\" على الطريق العام في مدينة بنت جبيل، ما أدى الى استشهاد شخص كان بداخلها")],
      "e27: one 'شخص' killed; Hezbollah's obituary does not say where its member died, so the victim is not identified as a fighter -> unknown."),

    D("mg-lb-06", "en", "2024-07-06", "English-language Lebanese daily",
      """An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil yesterday killed one person, whom security sources identified as a Hezbollah fighter.
The Israeli army said its aircraft had "eliminated a Hezbollah terrorist" in the area of Bint Jbeil, describing him as responsible for launching rockets toward northern Israel.""",
      [I("e27", "drone_strike", "2024-07-05", "bintjbeil", "Bint Jbeil", "Israeli forces", "military",
         (1, 1), (None, None), ["security sources", "Israeli forces"],
         "An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil yesterday killed one person, whom security sources identified as a Hezbollah fighter")],
      "e27 in English: 'yesterday' against 2024-07-06 -> 2024-07-05; a Hezbollah fighter -> military. The Israeli army's statement acknowledges the same strike."),
]
