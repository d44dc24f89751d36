"""Syria: e06 Ariha market strike 2019-11-04 (5 docs incl. a round-up and a back-reference),
e07 Ariha strike 2019-11-08 (same town 4 days later), e08 Kafr Nabl shelling and e09 Kafr Nabl
airstrike on the same day (different event types), e10 Kafr Nabuda clash (round-up only),
e11 Jarablus car bomb (3 docs, three different perpetrators), e12 Turkish drone strike near
Qamishli (3 docs incl. Turkish acknowledgement)."""

from build import D, I

DOCS = [
    # ---------------------------------------------------------------- e06 Ariha, 2019-11-04 (Mon)
    D("mg-sy-01", "ar", "2019-11-04", "Syrian Observatory for Human Rights (statement)",
      '''المرصد السوري لحقوق الإنسان
ارتفع إلى 8 عدد المدنيين الذين استشهدوا جراء الغارات الجوية التي نفذتها طائرات حربية روسية صباح اليوم على سوق مدينة أريحا في ريف إدلب الجنوبي، وهم 3 أطفال وسيدتان و3 رجال، فيما أصيب أكثر من 15 آخرين بجراح متفاوتة، ولا يزال عدد الشهداء مرشحا للارتفاع لوجود جرحى بحالات خطرة.
وكانت الطائرات الروسية قد استهدفت السوق بـ4 غارات متتالية عند نحو الساعة 10:30 صباحا، وهو وقت ذروة الحركة في المدينة.
ووثق المرصد السوري منذ مطلع الشهر الجاري استشهاد 37 مدنيا جراء القصف الجوي والبري على منطقة "خفض التصعيد".''',
      [I("e06", "airstrike", "2019-11-04", "ariha", "أريحا", "Russian forces", "civilians",
         (8, 8), (15, None), ["Syrian Observatory for Human Rights"],
         "ارتفع إلى 8 عدد المدنيين الذين استشهدوا جراء الغارات الجوية التي نفذتها طائرات حربية روسية صباح اليوم على سوق مدينة أريحا في ريف إدلب الجنوبي، وهم 3 أطفال وسيدتان و3 رجال، فيما أصيب أكثر من 15 آخرين")],
      "e06 (SOHR): '3 أطفال وسيدتان و3 رجال' = 8, the same 8; 'أكثر من 15' -> 15/null. The 4 raids on one market are one incident; 10:30 is a time; 37 since the start of the month is a period total."),

    D("mg-sy-02", "ar", "2019-11-05", "Syrian opposition news site",
      '''إدلب – خاص
قال الدفاع المدني السوري (الخوذ البيضاء) إن تسعة مدنيين بينهم ثلاثة أطفال قتلوا أمس الاثنين، بغارات لطائرات النظام السوري الحربية استهدفت السوق الشعبي في مدينة أريحا جنوبي إدلب، وأصيب 17 آخرون بينهم متطوع في الدفاع المدني.
وأوضح الدفاع المدني في بيان على صفحته أن فرقه عملت لساعات على انتشال الضحايا من تحت أنقاض المحال التي دمرها القصف، مشيرا الى أن المنطقة تعرضت في اليوم ذاته لأكثر من 40 غارة جوية.''',
      [I("e06", "airstrike", "2019-11-04", "ariha", "أريحا", "Syrian government forces", "civilians",
         (9, 9), (17, 17), ["Syrian Civil Defence"],
         "تسعة مدنيين بينهم ثلاثة أطفال قتلوا أمس الاثنين، بغارات لطائرات النظام السوري الحربية استهدفت السوق الشعبي في مدينة أريحا جنوبي إدلب، وأصيب 17 آخرون")],
      "e06, contested perpetrator: the White Helmets blame government jets, SOHR (mg-sy-01) Russian jets. 'أمس الاثنين' -> 2019-11-04. 'أكثر من 40 غارة' over the area that day is a vague total, not another incident."),

    D("mg-sy-03", "en", "2019-11-05", "international wire",
      """Air strikes on market in southern Idlib kill at least eight
BEIRUT (wire) - Air strikes hit a busy market in a town in the south of Syria's Idlib province on Monday, killing at least eight civilians including three children, a war monitor and rescue workers said.
The Britain-based Syrian Observatory for Human Rights said Russian jets carried out the raids, while the White Helmets rescue service put the death toll at nine.
Moscow and Damascus deny targeting civilians and say they are fighting jihadists in the last big rebel-held region of Syria.""",
      [I("e06", "airstrike", "2019-11-04", "idlib_prov", "Idlib", "Russian forces", "civilians",
         (8, 9), (None, None), ["Syrian Observatory for Human Rights", "Syrian Civil Defence"],
         "Air strikes hit a busy market in a town in the south of Syria's Idlib province on Monday, killing at least eight civilians including three children")],
      "e06 at coarse granularity: the town is not named, only 'the south of Syria's Idlib province' (place = Idlib province, no point). 'at least eight' and 'nine' -> 8/9. The headline repeats the lede; the denial is not an incident."),

    D("mg-sy-04", "ar", "2019-11-04", "Syrian opposition site daily round-up",
      '''حصاد اليوم في الشمال السوري
إدلب – شبكة شام – واصلت قوات الأسد وحليفها الروسي اليوم الاثنين التصعيد العسكري على ريفي إدلب الجنوبي وحماة الشمالي، وسط حركة نزوح للأهالي نحو المخيمات الحدودية.
ففي ريف إدلب الجنوبي، استهدفت طائرات حربية روسية سوق مدينة أريحا بعدة غارات جوية، ما أدى الى سقوط 7 شهداء مدنيين وعشرات الجرحى، بحسب مراسلنا.
وفي السياق، قصفت قوات الأسد براجمات الصواريخ الأحياء السكنية في مدينة كفرنبل، ما أدى الى استشهاد امرأة واصابة ثلاثة مدنيين آخرين.
أما في ريف حماة الشمالي، فقد دارت اشتباكات عنيفة بين قوات الأسد وفصائل غرفة عمليات "الفتح المبين" على محور كفرنبودة، إثر محاولة تقدم لقوات الأسد، قتل خلالها 6 عناصر من قوات الأسد و4 من الفصائل، بحسب مصادر عسكرية.
وبلغ عدد الغارات الجوية على المنطقة خلال يوم اليوم أكثر من 40 غارة، بحسب المراصد.''',
      [I("e06", "airstrike", "2019-11-04", "ariha", "أريحا", "Russian forces", "civilians",
         (7, 7), (20, None), [],
         "استهدفت طائرات حربية روسية سوق مدينة أريحا بعدة غارات جوية، ما أدى الى سقوط 7 شهداء مدنيين وعشرات الجرحى"),
       I("e08", "shelling", "2019-11-04", "kafrnabl", "كفرنبل", "Syrian government forces", "civilians",
         (1, 1), (3, 3), [],
         "قصفت قوات الأسد براجمات الصواريخ الأحياء السكنية في مدينة كفرنبل، ما أدى الى استشهاد امرأة واصابة ثلاثة مدنيين آخرين"),
       I("e10", "armed_clash", "2019-11-04", "kafrnabuda", "كفرنبودة", "Syrian government forces", "military",
         (10, 10), (None, None), ["security sources"],
         "دارت اشتباكات عنيفة بين قوات الأسد وفصائل غرفة عمليات \"الفتح المبين\" على محور كفرنبودة، إثر محاولة تقدم لقوات الأسد، قتل خلالها 6 عناصر من قوات الأسد و4 من الفصائل")],
      "Round-up with three incidents, each its own event: the Ariha market strike (e06, 7 killed here; 'عشرات' -> 20), rocket fire on Kafr Nabl (e08, a shelling, not the Kafr Nabl airstrike e09 of the same day) and a clash at Kafr Nabuda (e10, 6+4 = 10 fighters; government forces advanced -> perpetrator). 'بحسب مراسلنا' is the outlet's own voice ([]); 'مصادر عسكرية' mapped to security sources. 'أكثر من 40 غارة' is a day total."),

    # ---------------------------------------------------------------- e07 Ariha, 2019-11-08 (Fri)
    D("mg-sy-05", "ar", "2019-11-08", "Syrian opposition news site",
      '''أريحا – استشهد خمسة مدنيين من عائلة واحدة، بينهم طفلان، اليوم الجمعة، جراء غارة جوية نفذها الطيران الحربي الروسي على منزلهم في الحي الشمالي لمدينة أريحا بريف إدلب الجنوبي، بحسب ما أفادت مصادر محلية.
وقالت المصادر إن الغارة وقعت بعيد صلاة الجمعة، وإن فرق الدفاع المدني انتشلت الجثث من تحت الأنقاض بعد نحو ثلاث ساعات من البحث.
وكانت مدينة أريحا قد شهدت يوم الاثنين الماضي مجزرة في السوق الشعبي راح ضحيتها ثمانية مدنيين بغارات روسية، ما دفع مئات العائلات إلى النزوح نحو الشمال.''',
      [I("e07", "airstrike", "2019-11-08", "ariha", "أريحا", "Russian forces", "civilians",
         (5, 5), (None, None), ["local sources"],
         "استشهد خمسة مدنيين من عائلة واحدة، بينهم طفلان، اليوم الجمعة، جراء غارة جوية نفذها الطيران الحربي الروسي على منزلهم في الحي الشمالي لمدينة أريحا"),
       I("e06", "airstrike", "2019-11-04", "ariha", "أريحا", "Russian forces", "civilians",
         (8, 8), (None, None), [],
         "وكانت مدينة أريحا قد شهدت يوم الاثنين الماضي مجزرة في السوق الشعبي راح ضحيتها ثمانية مدنيين بغارات روسية")],
      "Same town, different days: the Friday strike (e07) must not merge with Monday's market strike (e06), which this report recalls in its last paragraph ('يوم الاثنين الماضي' against Friday 2019-11-08 -> 2019-11-04; that mention belongs to e06). 'ثلاث ساعات' is not a count; 'مئات العائلات' displaced are not casualties."),

    D("mg-sy-06", "en", "2019-11-09", "international wire",
      """BEIRUT (wire) - Five members of one family, two of them children, were killed when an air strike hit their home in the town of Ariha in Syria's Idlib province on Friday, the Syrian Civil Defence said.
The Syrian Observatory for Human Rights said Russian aircraft carried out the raid shortly after midday prayers. It was the second deadly attack on Ariha in a week.
A Russian-backed government offensive has pushed hundreds of thousands of people toward the Turkish border since April.""",
      [I("e07", "airstrike", "2019-11-08", "ariha", "Ariha", "Russian forces", "civilians",
         (5, 5), (None, None), ["Syrian Civil Defence", "Syrian Observatory for Human Rights"],
         "Five members of one family, two of them children, were killed when an air strike hit their home in the town of Ariha in Syria's Idlib province on Friday")],
      "e07 in English: 'Friday' with published Saturday 9 Nov -> 2019-11-08. 'the second deadly attack on Ariha in a week' names no date or toll (not an incident); hundreds of thousands displaced since April is a period statement."),

    # ---------------------------------------------------------------- e08 + e09 Kafr Nabl, 2019-11-04
    D("mg-sy-07", "ar", "2019-11-05", "Syrian opposition newspaper site",
      '''كفرنبل – عنب بلدي
شهدت مدينة كفرنبل في ريف إدلب الجنوبي أمس، الاثنين 4 من تشرين الثاني، قصفا جويا وبريا متزامنا، إذ شنت طائرة حربية روسية غارتين على محيط المشفى الجراحي في المدينة، ما أدى إلى إصابة أربعة مدنيين بينهم متطوع في الدفاع المدني، وخروج المشفى عن الخدمة مؤقتا.
وبعد ساعات، استهدفت قوات النظام المتمركزة في ريف حماة الشمالي الأحياء الجنوبية للمدينة بعشرات القذائف الصاروخية، ما أسفر عن مقتل امرأة وإصابة ثلاثة آخرين، بحسب ما أفاد مراسل عنب بلدي.
وتعد كفرنبل من أكثر مدن ريف إدلب الجنوبي تعرضا للقصف، إذ خرج منها أكثر من 80% من سكانها منذ أيار الماضي.''',
      [I("e09", "airstrike", "2019-11-04", "kafrnabl", "كفرنبل", "Russian forces", "civilians",
         (None, None), (4, 4), [],
         "شهدت مدينة كفرنبل في ريف إدلب الجنوبي أمس، الاثنين 4 من تشرين الثاني، قصفا جويا وبريا متزامنا، إذ شنت طائرة حربية روسية غارتين على محيط المشفى الجراحي في المدينة، ما أدى إلى إصابة أربعة مدنيين بينهم متطوع في الدفاع المدني"),
       I("e08", "shelling", "2019-11-04", "kafrnabl", "كفرنبل", "Syrian government forces", "civilians",
         (1, 1), (3, 3), [],
         "استهدفت قوات النظام المتمركزة في ريف حماة الشمالي الأحياء الجنوبية للمدينة بعشرات القذائف الصاروخية، ما أسفر عن مقتل امرأة وإصابة ثلاثة آخرين")],
      "Two events in one town on one day: a Russian airstrike near the hospital (e09) and government rocket fire on the southern quarters (e08) are different event types and must stay apart. Date given explicitly (أمس، الاثنين 4 من تشرين الثاني). e08's victims: a woman named -> civilians. 'عشرات القذائف' are shells, not casualties; 80% is not a count."),

    D("mg-sy-08", "en", "2019-11-05", "humanitarian news site",
      """Russian warplanes struck near a surgical hospital in Kafranbel, in southern Idlib, on Monday, wounding four civilians including a rescue volunteer and forcing the facility to suspend its services, a medical charity that supports the hospital said.
The charity said two missiles landed within 50 metres of the building, shattering windows and damaging its generator. It is the fourth health facility in southern Idlib to be hit since October, it added.""",
      [I("e09", "airstrike", "2019-11-04", "kafrnabl", "Kafranbel", "Russian forces", "civilians",
         (None, None), (4, 4), ["medical sources"],
         "Russian warplanes struck near a surgical hospital in Kafranbel, in southern Idlib, on Monday, wounding four civilians including a rescue volunteer")],
      "e09 in English (spelling Kafranbel). 'Monday' against Tuesday 5 Nov -> 2019-11-04. 'two missiles', '50 metres' and 'the fourth health facility ... since October' are not counts/incidents."),

    # ---------------------------------------------------------------- e11 Jarablus, 2021-06-20 (Sun)
    D("mg-sy-09", "ar", "2021-06-20", "local news site (northern Aleppo)",
      '''جرابلس – مراسلنا
قتل ستة مدنيين وأصيب أكثر من عشرين آخرين، اليوم الأحد، بانفجار سيارة مفخخة في شارع السوق وسط مدينة جرابلس بريف حلب الشرقي، بحسب ما أفاد مراسلنا.
وأوضح المراسل أن السيارة كانت مركونة قرب محل لبيع الخضار، وأن الانفجار وقع قرابة الساعة 11 قبل الظهر، ما أدى إلى أضرار كبيرة في المحلات والمنازل المجاورة.
ولم تتبن أي جهة التفجير حتى ساعة إعداد هذا الخبر، وهو الثالث من نوعه في المدينة منذ بداية العام.''',
      [I("e11", "ied_or_mine", "2021-06-20", "jarablus", "جرابلس", None, "civilians",
         (6, 6), (20, None), [],
         "قتل ستة مدنيين وأصيب أكثر من عشرين آخرين، اليوم الأحد، بانفجار سيارة مفخخة في شارع السوق وسط مدينة جرابلس")],
      "e11, first report: parked car bomb (ied_or_mine, as in dev/); unclaimed -> perpetrator null; 'أكثر من عشرين' -> 20/null. 11 o'clock and 'الثالث ... منذ بداية العام' are not counts/incidents."),

    D("mg-sy-10", "en", "2021-06-21", "Turkish English-language news site",
      """ANKARA - Turkey's Defence Ministry on Monday blamed the YPG/PKK for a car bomb that killed eight civilians in the Syrian border town of Jarablus on Sunday.
"The PKK/YPG terror organisation once again targeted innocent civilians in Jarablus," the ministry said on Twitter, adding that 19 people were wounded. Local officials in the town had earlier put the death toll at six.
Jarablus has been controlled by Turkish-backed Syrian rebels since Ankara's Euphrates Shield operation in 2016.""",
      [I("e11", "ied_or_mine", "2021-06-20", "jarablus", "Jarablus", "PKK", "civilians",
         (6, 8), (19, 19), ["Turkish forces", "local sources"],
         "blamed the YPG/PKK for a car bomb that killed eight civilians in the Syrian border town of Jarablus on Sunday")],
      "e11, second version: the Turkish defence ministry blames the PKK/YPG (perpetrator PKK; the ministry has no registry entry of its own, mapped to Turkish forces as claimant). Toll 8 from the ministry and 6 from local officials -> 6/8. 2016 is a year."),

    D("mg-sy-11", "ar", "2021-06-21", "Syrian National Army-affiliated news site",
      '''اتهم الجيش الوطني السوري ميليشيا "قسد" بالوقوف وراء التفجير الإرهابي الذي هز مدينة جرابلس شمال شرقي حلب أمس، وأسفر عن استشهاد سبعة مدنيين بينهم طفلان، وإصابة آخرين.
وقال المكتب الإعلامي للفيلق الثاني في بيان إن "التحقيقات الأولية تشير إلى أن السيارة المفخخة دخلت من مناطق سيطرة قسد في منبج"، متوعدا بـ"رد حازم".''',
      [I("e11", "ied_or_mine", "2021-06-20", "jarablus", "جرابلس", "Syrian Democratic Forces", "civilians",
         (7, 7), (None, None), ["Syrian National Army"],
         "التفجير الإرهابي الذي هز مدينة جرابلس شمال شرقي حلب أمس، وأسفر عن استشهاد سبعة مدنيين بينهم طفلان، وإصابة آخرين")],
      "e11, third version: the SNA blames the SDF ('قسد'); 'أمس' against 2021-06-21 -> 2021-06-20; 7 killed; wounded unnumbered -> null. The vow of a response is not an incident; Manbij is where the car came from, not the place of the event."),

    # ---------------------------------------------------------------- e12 near Qamishli, 2022-11-23 (Wed)
    D("mg-sy-12", "ar", "2022-11-23", "SDF media centre statement",
      '''المركز الإعلامي لقوات سوريا الديمقراطية
في تمام الساعة 10:30 من صباح اليوم الأربعاء، استهدفت طائرة مسيرة تابعة لجيش الاحتلال التركي سيارة عسكرية لقواتنا على الطريق الواصل بين مدينتي القامشلي وعامودا، ما أدى إلى استشهاد ثلاثة من مقاتلينا.
إن هذه الهجمات التي تتصاعد منذ 20 تشرين الثاني تهدف إلى ضرب الاستقرار في المنطقة، ونحتفظ بحقنا المشروع في الرد.''',
      [I("e12", "drone_strike", "2022-11-23", "qamishli", "القامشلي", "Turkish forces", "military",
         (3, 3), (None, None), [],
         "استهدفت طائرة مسيرة تابعة لجيش الاحتلال التركي سيارة عسكرية لقواتنا على الطريق الواصل بين مدينتي القامشلي وعامودا، ما أدى إلى استشهاد ثلاثة من مقاتلينا")],
      "e12 from the SDF itself (author's voice, claimed_by []): on the Qamishli–Amuda road (place: Qamishli, the nearer named town). 10:30 and '20 تشرين الثاني' are not counts; the campaign since 20 November is not an incident."),

    D("mg-sy-13", "en", "2022-11-24", "international wire",
      """A Turkish drone strike killed three fighters of the U.S.-backed Syrian Democratic Forces in a vehicle west of Qamishli on Wednesday, the SDF said, as Ankara pressed on with air attacks across northern Syria.
Turkey's defence ministry said separately that its forces had "neutralised" militants in the area, without giving details. Turkey regards the SDF's main component, the YPG, as a terrorist group.""",
      [I("e12", "drone_strike", "2022-11-23", "qamishli", "Qamishli", "Turkish forces", "military",
         (3, 3), (None, None), ["Syrian Democratic Forces", "Turkish forces"],
         "A Turkish drone strike killed three fighters of the U.S.-backed Syrian Democratic Forces in a vehicle west of Qamishli on Wednesday")],
      "e12 in English: 'west of Qamishli' -> Qamishli; 'Wednesday' with published Thursday -> 2022-11-23. The ministry's 'neutralised' claim refers to the same strike (no number)."),

    D("mg-sy-14", "ar", "2022-11-24", "Turkish state agency (Arabic service)",
      '''أنقرة/ الأناضول
أعلنت وزارة الدفاع التركية، الخميس، مقتل 4 إرهابيين من تنظيم "بي كا كا/ واي بي جي" في غارة جوية نفذتها مسيرة تركية أمس قرب مدينة القامشلي شمال شرقي سوريا.
وقالت الوزارة في بيان إن الإرهابيين كانوا يستعدون لشن هجوم على مناطق عملية "نبع السلام"، مؤكدة استمرار العمليات "حتى القضاء على آخر إرهابي".''',
      [I("e12", "drone_strike", "2022-11-23", "qamishli", "القامشلي", "Turkish forces", "military",
         (4, 4), (None, None), ["Turkish forces"],
         "مقتل 4 إرهابيين من تنظيم \"بي كا كا/ واي بي جي\" في غارة جوية نفذتها مسيرة تركية أمس قرب مدينة القامشلي")],
      "e12 acknowledged by the attacker: the Turkish ministry claims 4 killed (SDF says 3). 'أمس' against Thursday 2022-11-24 -> 2022-11-23."),
]
