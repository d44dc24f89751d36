"""Iraq: e01 Khalis market bombing (4 docs), e02 al-Qaim strike (3, contested + coalition
acknowledgement), round-up 2021-03-16 with e03 (Tuz Khurmatu IED), e04 (Tarmiyah attack, single)
and e05 (rockets on Balad air base), e32 Fallujah 2014 (single)."""

from build import D, I

DOCS = [
    # ---------------------------------------------------------------- e01 Khalis, 2016-07-18 (Mon)
    D("mg-iq-01", "ar", "2016-07-18", "Iraqi satellite channel news site (Baghdad)",
      '''ديالى/ السومرية نيوز
أفاد مصدر أمني في محافظة ديالى، اليوم الاثنين، بمقتل 12 شخصا على الأقل واصابة 30 اخرين بتفجير انتحاري بسيارة مفخخة استهدف سوقا شعبيا وسط قضاء الخالص (15 كم شمال غربي بعقوبة).
وقال المصدر في حديث لـ السومرية نيوز، إن "انتحاريا يقود سيارة نوع كيا محملة بكميات كبيرة من المتفجرات فجر نفسه عند مدخل السوق المكتظ بالمتبضعين في ساعات الذروة"، مبينا أن "الانفجار أدى الى احتراق عدد من المحال التجارية و7 سيارات مدنية".
واضاف المصدر أن "القوات الامنية فرضت طوقا امنيا حول مكان الحادث ونقلت الجثث الى دائرة الطب العدلي"، لافتا الى أن "حصيلة الضحايا مرشحة للارتفاع بسبب خطورة بعض الاصابات".
ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الان.''',
      [I("e01", "suicide_bombing", "2016-07-18", "khalis", "الخالص", None, "civilians",
         (12, None), (30, 30), ["security sources"],
         "بمقتل 12 شخصا على الأقل واصابة 30 اخرين بتفجير انتحاري بسيارة مفخخة استهدف سوقا شعبيا وسط قضاء الخالص")],
      "First report of e01: 'at least 12' -> 12/null; shoppers named -> civilians; nobody claimed it yet -> perpetrator null. '15 كم' and '7 سيارات' are not counts."),

    D("mg-iq-02", "ar", "2016-07-19", "Iraqi news agency site (Baghdad)",
      '''ارتفاع حصيلة تفجير سوق الخالص الى 17 قتيلا و"داعش" يتبنى
بغداد – المدى برس
كشف مصدر طبي في مستشفى بعقوبة العام، اليوم الثلاثاء، عن ارتفاع حصيلة ضحايا التفجير الانتحاري الذي ضرب سوقا شعبية في قضاء الخالص بمحافظة ديالى أمس الى 17 قتيلا و41 جريحا، بعد أن كانت الحصيلة الاولية 12 قتيلا.
واوضح المصدر ان "ثلاثة من الجرحى فارقوا الحياة خلال الليل، فيما توفي اثنان اخران صباح اليوم بينهم امرأة"، مشيرا الى ان "ستة من الجرحى ما زالوا في حالة حرجة".
في غضون ذلك، تبنى تنظيم داعش الهجوم في بيان تناقلته حسابات مؤيدة له على مواقع التواصل الاجتماعي، زاعما انه استهدف "تجمعا للحشد"، فيما أكد مجلس محافظة ديالى أن جميع الضحايا من المدنيين المتسوقين.
وأعلن محافظ ديالى الحداد في المحافظة ثلاثة أيام.''',
      [I("e01", "suicide_bombing", "2016-07-18", "khalis", "الخالص", "ISIS", "civilians",
         (12, 17), (41, 41), ["medical sources", "ISIS"],
         "ارتفاع حصيلة ضحايا التفجير الانتحاري الذي ضرب سوقا شعبية في قضاء الخالص بمحافظة ديالى أمس الى 17 قتيلا و41 جريحا")],
      "Toll rises a day later (e01): 'أمس' against 2016-07-19 -> 2016-07-18; the earlier 12 and the new 17 -> 12/17. ISIS claimed it (perpetrator ISIS, and ISIS among claimed_by as in dev/ mx-c-010). The headline repeats the toll (same incident); 'ثلاثة'/'اثنان' who died overnight are part of the 17; 'ثلاثة أيام' of mourning is not a count."),

    D("mg-iq-03", "en", "2016-07-19", "international wire",
      """BAQUBA, Iraq, July 19 (wire) - A suicide bomber drove a car packed with explosives into a crowded market in the Iraqi town of Khalis on Monday, killing 15 people and wounding dozens, police and hospital sources said.
The blast, about 60 km (37 miles) north of Baghdad, set fire to shops and several cars parked near the market entrance. Islamic State claimed responsibility in a statement circulated online, saying it had targeted Shi'ite militiamen.
Diyala province, which borders Iran, was largely retaken from the militants in early 2015 but has since seen a string of bombings blamed on sleeper cells.""",
      [I("e01", "suicide_bombing", "2016-07-18", "khalis", "Khalis", "ISIS", "civilians",
         (15, 15), (24, None), ["security sources", "medical sources", "ISIS"],
         "A suicide bomber drove a car packed with explosives into a crowded market in the Iraqi town of Khalis on Monday, killing 15 people and wounding dozens")],
      "English wire for e01: 'Monday' with published Tuesday 19 July -> 2016-07-18; 'dozens' in English -> 24; a crowded market -> civilians. '60 km (37 miles)' and 'early 2015' are not counts."),

    D("mg-iq-04", "ar", "2016-07-20", "local news aggregator (Diyala)",
      '''الخالص/ نبأ – ارتفعت حصيلة ضحايا التفجير الانتحاري الذي تبناه تنظيم داعش في سوق قضاء الخالص يوم الاثنين الماضي الى 21 قتيلا بينهم اربعة اطفال وثلاث نساء، وفق ما افاد مصدر في دائرة صحة ديالى.
واوضح المصدر ان "جريحين توفيا فجر اليوم الاربعاء في مستشفى بعقوبة التعليمي، فيما نقل اربعة جرحى الى مستشفيات بغداد لخطورة حالتهم".
وشيع اهالي الخالص امس الضحايا وسط اجراءات امنية مشددة.''',
      [I("e01", "suicide_bombing", "2016-07-18", "khalis", "الخالص", "ISIS", "civilians",
         (21, 21), (None, None), ["medical sources", "ISIS"],
         "ارتفعت حصيلة ضحايا التفجير الانتحاري الذي تبناه تنظيم داعش في سوق قضاء الخالص يوم الاثنين الماضي الى 21 قتيلا")],
      "Two days later (e01): 'يوم الاثنين الماضي' against Wednesday 2016-07-20 -> 2016-07-18; toll 21 (children and women named among them: part of the 21, not added). The funeral 'امس' is not an incident."),

    # ---------------------------------------------------------------- e02 al-Qaim, 2017-09-14 (Thu)
    D("mg-iq-05", "ar", "2017-09-14", "Anbar local news site",
      '''الانبار/ الرمادي نيوز – قال مصدر محلي في قضاء القائم غربي الانبار، اليوم الخميس، ان تسعة مدنيين بينهم اربعة اطفال قتلوا بقصف جوي لطيران التحالف الدولي استهدف منزلا وسط القضاء الخاضع لسيطرة تنظيم داعش.
واضاف المصدر ان "الطائرات قصفت المنزل بصاروخين عند الساعة الثانية فجرا ما ادى الى انهياره بالكامل على ساكنيه وهم من عائلة واحدة نازحة من مدينة عنه"، مشيرا الى ان "الاهالي انتشلوا الجثث بوسائل بدائية بسبب منع التنظيم فرق الانقاذ من الوصول".
وتشهد مناطق غرب الانبار منذ اسابيع غارات مكثفة تمهيدا لعمليات تحرير عنه وراوه والقائم.''',
      [I("e02", "airstrike", "2017-09-14", "qaim", "القائم", "US-led coalition", "civilians",
         (9, 9), (None, None), ["local sources"],
         "قضاء القائم غربي الانبار، اليوم الخميس، ان تسعة مدنيين بينهم اربعة اطفال قتلوا بقصف جوي لطيران التحالف الدولي استهدف منزلا وسط القضاء")],
      "e02, first report: 2 a.m. today -> 2017-09-14; the coalition is blamed. 'بصاروخين' and 'الساعة الثانية' are not counts; the weeks of strikes is a period statement."),

    D("mg-iq-06", "ar", "2017-09-15", "opposition news site (Anbar/Amman)",
      '''القائم – خاص
اتهم ناشطون وشهود عيان من قضاء القائم طائرات تابعة للقوة الجوية العراقية بقصف منزل مدني في القضاء فجر أمس الخميس، ما أسفر عن مقتل 11 شخصا من عائلة واحدة بينهم نساء وأطفال.
وقال أحد الشهود، طالبا عدم الكشف عن اسمه: "شاهدنا طائرتين من نوع سوخوي تحلقان على ارتفاع منخفض قبل القصف بدقائق، وهذه الطائرات لا يملكها التحالف".
ولم يصدر عن وزارة الدفاع العراقية أي تعليق، فيما نفت مصادر عسكرية في قيادة عمليات الجزيرة تنفيذ أي طلعات جوية فوق القائم خلال اليومين الماضيين.''',
      [I("e02", "airstrike", "2017-09-14", "qaim", "القائم", "Iraqi army", "civilians",
         (11, 11), (None, None), ["activists", "witnesses"],
         "اتهم ناشطون وشهود عيان من قضاء القائم طائرات تابعة للقوة الجوية العراقية بقصف منزل مدني في القضاء فجر أمس الخميس، ما أسفر عن مقتل 11 شخصا من عائلة واحدة بينهم نساء وأطفال")],
      "e02, contested: this source blames the Iraqi air force (Iraqi army) where mg-iq-05 blames the coalition; same house, same night, different toll (11). 'فجر أمس الخميس' -> 2017-09-14. The military denial of sorties is not an incident. 'طائرتين' is not a count of victims."),

    D("mg-iq-07", "en", "2017-09-16", "international wire (coalition statement)",
      """The U.S.-led coalition said on Friday its aircraft struck an Islamic State headquarters in the Iraqi border town of al-Qaim on Thursday, after local activists accused it of killing a family in an air raid there.
"Coalition aircraft conducted a precision strike against an ISIS command and control node in al-Qaim on Sept. 14," the coalition said in a written statement, adding that it was aware of reports of civilian casualties and had referred them to its civilian casualty cell for assessment.
Al-Qaim, on the Euphrates near the Syrian border, is one of the last Iraqi towns held by the militants.""",
      [I("e02", "airstrike", "2017-09-14", "qaim", "al-Qaim", "US-led coalition", "unknown",
         (None, None), (None, None), ["US-led coalition"],
         "Coalition aircraft conducted a precision strike against an ISIS command and control node in al-Qaim on Sept. 14")],
      "e02, acknowledgement by the accused party: the coalition says its aircraft struck in al-Qaim on 14 September. No casualty figure is given (killed null; victims unknown: a target named, casualties only 'reported'). The lede's 'on Thursday' and the quote are one incident."),

    # ---------------------------------------------------------------- round-up 2021-03-16 (Tue)
    D("mg-iq-08", "ar", "2021-03-16", "Iraqi news site daily security round-up",
      '''حصاد أمني: عبوة في طوزخورماتو وهجوم لداعش شمالي بغداد وصواريخ على قاعدة بلد
بغداد/ شفق نيوز- شهدت عدة محافظات عراقية خلال الساعات الـ24 الماضية سلسلة حوادث أمنية متفرقة، أسفرت عن مقتل واصابة عدد من المنتسبين.
ففي محافظة صلاح الدين، قتل اثنان من عناصر الحشد الشعبي واصيب ثالث بانفجار عبوة ناسفة استهدفت عجلتهم على الطريق الرابط بين قضاء طوزخورماتو وناحية سليمان بيك مساء أمس الاثنين، بحسب مصدر في الحشد.
وفي العاصمة بغداد، أفاد مصدر أمني بأن ثلاثة جنود من الجيش العراقي قتلوا واصيب اثنان آخران بهجوم شنه مسلحون من داعش على نقطة تفتيش في منطقة الطارمية شمالي العاصمة ليلة أمس، مبينا ان الاشتباك استمر قرابة نصف ساعة قبل انسحاب المهاجمين نحو البساتين.
الى ذلك، سقطت ثلاثة صواريخ كاتيوشا فجر اليوم الثلاثاء على قاعدة بلد الجوية في محافظة صلاح الدين، دون ان تسفر عن خسائر بشرية، وفقا لخلية الاعلام الامني.
يذكر ان الطارمية والمناطق المحيطة بطوزخورماتو تشهد نشاطا متزايدا لخلايا التنظيم منذ مطلع العام الحالي.''',
      [I("e03", "ied_or_mine", "2021-03-15", "tuz", "طوزخورماتو", None, "military",
         (2, 2), (1, 1), ["Popular Mobilization Forces"],
         "قتل اثنان من عناصر الحشد الشعبي واصيب ثالث بانفجار عبوة ناسفة استهدفت عجلتهم على الطريق الرابط بين قضاء طوزخورماتو وناحية سليمان بيك مساء أمس الاثنين"),
       I("e04", "armed_clash", "2021-03-15", "tarmiyah", "الطارمية", "ISIS", "military",
         (3, 3), (2, 2), ["security sources"],
         "ثلاثة جنود من الجيش العراقي قتلوا واصيب اثنان آخران بهجوم شنه مسلحون من داعش على نقطة تفتيش في منطقة الطارمية شمالي العاصمة ليلة أمس"),
       I("e05", "shelling", "2021-03-16", "balad_ab", "قاعدة بلد الجوية", None, "unknown",
         (0, 0), (0, 0), ["Security Media Cell"],
         "سقطت ثلاثة صواريخ كاتيوشا فجر اليوم الثلاثاء على قاعدة بلد الجوية في محافظة صلاح الدين، دون ان تسفر عن خسائر بشرية")],
      "Daily round-up: three incidents in three places, each a different event (e03, e04, e05). The headline and the 24-hour summary are not incidents. 'ليلة أمس' -> night's start 2021-03-15. The PMF source ('مصدر في الحشد') is the claimant of e03. Rockets with no casualties: 0/0. 'الـ24' hours, 'ثلاثة صواريخ' and 'نصف ساعة' are not counts."),

    D("mg-iq-09", "en", "2021-03-16", "regional English-language news site",
      """Two members of Iraq's Popular Mobilisation Forces were killed and a third was wounded when a roadside bomb struck their vehicle near Tuz Khurmatu late on Monday, a PMF official said.
The blast hit a pickup truck on the road between Tuz Khurmatu and Sulaiman Bek, an area in Salahuddin province where Islamic State remnants still move through the Hamrin hills.
No group claimed responsibility. Security forces launched a search of nearby villages on Tuesday morning.""",
      [I("e03", "ied_or_mine", "2021-03-15", "tuz", "Tuz Khurmatu", None, "military",
         (2, 2), (1, 1), ["Popular Mobilization Forces"],
         "Two members of Iraq's Popular Mobilisation Forces were killed and a third was wounded when a roadside bomb struck their vehicle near Tuz Khurmatu late on Monday")],
      "English report of e03: 'late on Monday' with published Tuesday -> 2021-03-15; unclaimed -> perpetrator null; the search is not an incident."),

    D("mg-iq-10", "ar", "2021-03-16", "Security Media Cell statement (via Iraqi News Agency)",
      '''بغداد/ واع
أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، سقوط ثلاثة صواريخ نوع كاتيوشا داخل قاعدة بلد الجوية.
وقالت الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، إنه "في الساعة 04:10 من فجر اليوم سقطت ثلاثة صواريخ نوع كاتيوشا داخل قاعدة بلد الجوية في محافظة صلاح الدين، ولم تسفر عن أي خسائر بالأرواح، فيما تضررت إحدى الساحات".
وأضاف البيان أن "القوات الأمنية عثرت على منصة الإطلاق في منطقة زراعية على بعد 7 كم من القاعدة"، مؤكدا أن "التحقيق جار لمعرفة الجهة التي تقف وراء هذا العمل".''',
      [I("e05", "shelling", "2021-03-16", "balad_ab", "قاعدة بلد الجوية", None, "unknown",
         (0, None), (None, None), ["Security Media Cell"],
         "في الساعة 04:10 من فجر اليوم سقطت ثلاثة صواريخ نوع كاتيوشا داخل قاعدة بلد الجوية في محافظة صلاح الدين، ولم تسفر عن أي خسائر بالأرواح")],
      "e05 from the Security Media Cell itself: 'لم تسفر عن أي خسائر بالأرواح' says no one was killed (killed 0; injuries not stated -> null). The lede and the quoted statement are one incident. 04:10 and 7 km are not counts; launcher site is not the place of the event. Unknown attacker -> perpetrator null."),

    # ---------------------------------------------------------------- e32 Fallujah, 2014-06-02 (Mon), single
    D("mg-iq-11", "ar", "2014-06-03", "Iraqi opposition satellite channel site",
      '''الفلوجة – مراسلنا
قتل سبعة مدنيين بينهم ثلاثة أطفال وامرأة وأصيب 18 آخرون، أمس الاثنين، بقصف بالبراميل المتفجرة ألقتها مروحيات الجيش الحكومي على أحياء سكنية وسط مدينة الفلوجة، بحسب مصدر في مستشفى الفلوجة العام.
وقال المصدر إن "المستشفى استقبل الجثث والجرحى وأغلبهم من النساء والأطفال"، مضيفا أن "القصف طال أيضا محيط المستشفى للمرة الثالثة خلال الشهر الماضي".
وتشهد الفلوجة منذ مطلع كانون الثاني/يناير 2014 اشتباكات بين القوات الحكومية ومسلحي العشائر وتنظيم "الدولة الإسلامية في العراق والشام".''',
      [I("e32", "airstrike", "2014-06-02", "fallujah", "الفلوجة", "Iraqi army", "civilians",
         (7, 7), (18, 18), ["medical sources"],
         "قتل سبعة مدنيين بينهم ثلاثة أطفال وامرأة وأصيب 18 آخرون، أمس الاثنين، بقصف بالبراميل المتفجرة ألقتها مروحيات الجيش الحكومي على أحياء سكنية وسط مدينة الفلوجة")],
      "Single-report event (e32), 2014: barrel bombs from army helicopters -> airstrike by the Iraqi army; 'أمس الاثنين' -> 2014-06-02. Place: Fallujah. 'للمرة الثالثة' and 'كانون الثاني 2014' are not counts/events."),
]
