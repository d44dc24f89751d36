"""Yemen: round-up 2018-09-19 with e13 Zabid, e14 Bayt al-Faqih (36 km apart, same party, same
day) and e15 Haydan (single); e13 also in 3 more docs (incl. coalition acknowledgement); e16 Marib
missile (4 docs: toll rises, Houthi acknowledgement); e17 Mudiyah IED (2 docs).
Libya: e18 Ain Zara strike (3 docs, LNA acknowledgement), e19 Abu Salim shelling (3 docs,
contested), e20 Gharyan drone strike (2 docs)."""

from build import D, I

DOCS = [
    # ---------------------------------------------------------------- Yemen round-up, 2018-09-19 (Wed)
    D("mg-ye-01", "ar", "2018-09-19", "Houthi-run news agency (Saba, Sanaa)",
      '''الحديدة - سبأ
ارتكب طيران العدوان السعودي الأمريكي اليوم مجزرة جديدة بحق المدنيين في مديرية زبيد بمحافظة الحديدة، راح ضحيتها سبعة شهداء من أسرة واحدة بينهم أربعة أطفال.
وأوضح مصدر محلي لـ(سبأ) أن طيران العدوان شن غارة على منزل المواطن علي محمد في قرية المتينة بمديرية زبيد ما أدى إلى تدميره واستشهاد سبعة من أفراد الأسرة وإصابة اثنين آخرين.
وفي مديرية بيت الفقيه استشهد ثلاثة مزارعين وأصيب خمسة آخرون في غارتين لطيران العدوان استهدفتا سيارة محملة بالخضار على الخط العام.
وفي محافظة صعدة شن طيران العدوان أربع غارات على مديرية حيدان، ما أدى إلى تضرر ممتلكات المواطنين.
وكان طيران العدوان قد شن خلال الـ24 ساعة الماضية 31 غارة على محافظات الحديدة وصعدة وحجة.''',
      [I("e13", "airstrike", "2018-09-19", "zabid", "زبيد", "Saudi-led coalition", "civilians",
         (7, 7), (2, 2), ["local sources"],
         "طيران العدوان شن غارة على منزل المواطن علي محمد في قرية المتينة بمديرية زبيد ما أدى إلى تدميره واستشهاد سبعة من أفراد الأسرة وإصابة اثنين آخرين"),
       I("e14", "airstrike", "2018-09-19", "baytfaqih", "بيت الفقيه", "Saudi-led coalition", "civilians",
         (3, 3), (5, 5), [],
         "وفي مديرية بيت الفقيه استشهد ثلاثة مزارعين وأصيب خمسة آخرون في غارتين لطيران العدوان استهدفتا سيارة محملة بالخضار"),
       I("e15", "airstrike", "2018-09-19", "haydan", "حيدان", "Saudi-led coalition", "unknown",
         (None, None), (None, None), [],
         "شن طيران العدوان أربع غارات على مديرية حيدان")],
      "Houthi round-up: three coalition strikes the same day in three places, each its own event. Zabid (e13) and Bayt al-Faqih (e14) are about 36 km apart: same party, same day, must NOT merge. The lede's 'مجزرة ... سبعة شهداء' is the Zabid incident again. Haydan (e15) harmed property only (counts null; four raids are one incident). 31 raids in 24 hours is a period total. The village name (قرية المتينة) is kept in the text; place is the district town Zabid."),

    D("mg-ye-02", "ar", "2018-09-20", "Houthi satellite channel site (al-Masirah style)",
      '''بيت الفقيه – المسيرة نت
استشهد ثلاثة مواطنين وجرح ستة آخرون، أمس الأربعاء، في غارتين لطيران العدوان الأمريكي السعودي استهدفتا سيارة محملة بالخضار على الخط العام في منطقة المنصورية بمديرية بيت الفقيه.
وأفاد مراسل المسيرة بأن الشهداء مزارعون كانوا في طريقهم إلى سوق المديرية، وأن الغارة الثانية استهدفت المسعفين الذين هرعوا لانتشال الضحايا.''',
      [I("e14", "airstrike", "2018-09-19", "baytfaqih", "بيت الفقيه", "Saudi-led coalition", "civilians",
         (3, 3), (6, 6), [],
         "استشهد ثلاثة مواطنين وجرح ستة آخرون، أمس الأربعاء، في غارتين لطيران العدوان الأمريكي السعودي استهدفتا سيارة محملة بالخضار على الخط العام في منطقة المنصورية بمديرية بيت الفقيه")],
      "e14 again, another Houthi outlet, a day later: 'أمس الأربعاء' -> 2018-09-19; 6 wounded (5 in mg-ye-01). Farmers and paramedics -> civilians. The two raids on one vehicle are one incident."),

    D("mg-ye-03", "en", "2018-09-20", "international wire",
      """Saudi-led air strike kills family in Yemen's Hodeidah province
ADEN (wire) - An air strike hit a house in the Zabid district of Yemen's Hodeidah province on Wednesday, killing at least seven members of one family, including four children, residents and medics said.
A local health official later put the death toll at nine. The Saudi-led coalition, which has been fighting the Iran-aligned Houthi movement since March 2015, did not immediately comment.
The Red Sea province has seen intense fighting since June, when coalition-backed forces launched an offensive on the port city of Hodeidah.""",
      [I("e13", "airstrike", "2018-09-19", "zabid", "Zabid", "Saudi-led coalition", "civilians",
         (7, 9), (None, None), ["residents", "medical sources"],
         "An air strike hit a house in the Zabid district of Yemen's Hodeidah province on Wednesday, killing at least seven members of one family, including four children")],
      "e13 in English: 'at least seven' and 'nine' -> 7/9; the headline attributes the strike to the coalition (perpetrator), the body says only 'an air strike'. March 2015 / June are dates, not events."),

    D("mg-ye-04", "ar", "2018-09-20", "Saudi state news agency (coalition spokesman statement)",
      '''الرياض - واس
صرح المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن بأن قوات التحالف نفذت يوم أمس الأربعاء عملية استهداف جوي لتجمع لعناصر الميليشيا الحوثية الإرهابية في مديرية زبيد بمحافظة الحديدة، مؤكدا أن الاستهداف تم وفق القانون الدولي الإنساني وقواعده العرفية.
وأوضح أن ما تروج له الميليشيا عبر وسائل إعلامها عن سقوط ضحايا مدنيين في العملية سيتم إحالته إلى الفريق المشترك لتقييم الحوادث للتحقق منه.''',
      [I("e13", "airstrike", "2018-09-19", "zabid", "زبيد", "Saudi-led coalition", "military",
         (None, None), (None, None), ["Saudi-led coalition"],
         "قوات التحالف نفذت يوم أمس الأربعاء عملية استهداف جوي لتجمع لعناصر الميليشيا الحوثية الإرهابية في مديرية زبيد بمحافظة الحديدة")],
      "e13 acknowledged by the accused party: the coalition says it struck a Houthi gathering in Zabid on Wednesday (victims as it describes them: military; no count). The reported civilian casualties are referred for assessment, not stated."),

    D("mg-ye-05", "ar", "2018-09-19", "independent Yemeni news site",
      '''الحديدة – خاص
قالت مصادر محلية في مديرية زبيد جنوبي الحديدة إن ثمانية مدنيين بينهم نساء وأطفال قتلوا، ظهر اليوم، في غارة جوية استهدفت منزلا في إحدى قرى المديرية، واتهمت المصادر طيران التحالف بشن الغارة.
وأضافت المصادر أن المنطقة لا تضم أي مواقع عسكرية، وأن أقرب خط تماس يبعد عنها أكثر من 20 كيلومترا.''',
      [I("e13", "airstrike", "2018-09-19", "zabid", "زبيد", "Saudi-led coalition", "civilians",
         (8, 8), (None, None), ["local sources"],
         "مديرية زبيد جنوبي الحديدة إن ثمانية مدنيين بينهم نساء وأطفال قتلوا، ظهر اليوم، في غارة جوية استهدفت منزلا في إحدى قرى المديرية")],
      "e13 from a third outlet with a third figure (8). The village is not named: place is the district town Zabid ('مديرية زبيد' just before the evidence). '20 كيلومترا' is a distance."),

    # ---------------------------------------------------------------- e16 Marib, 2021-10-03 (Sun)
    D("mg-ye-06", "ar", "2021-10-03", "Yemeni government news agency (Saba, Aden)",
      '''مأرب - سبأ
قتل ستة مدنيين بينهم طفلان وأصيب 11 آخرون، مساء اليوم الأحد، جراء سقوط صاروخ باليستي أطلقته مليشيا الحوثي الانقلابية المدعومة من إيران على حي سكني وسط مدينة مأرب.
وأوضح مصدر طبي في مستشفى هيئة مأرب العام أن المستشفى استقبل جثث الضحايا والجرحى، بينهم حالات حرجة.
ويأتي هذا الاستهداف في سياق التصعيد الحوثي المستمر على المحافظة منذ فبراير الماضي، والذي تسبب في نزوح آلاف الأسر.''',
      [I("e16", "shelling", "2021-10-03", "marib", "مأرب", "Houthis", "civilians",
         (6, 6), (11, 11), ["medical sources"],
         "قتل ستة مدنيين بينهم طفلان وأصيب 11 آخرون، مساء اليوم الأحد، جراء سقوط صاروخ باليستي أطلقته مليشيا الحوثي الانقلابية المدعومة من إيران على حي سكني وسط مدينة مأرب")],
      "e16: ballistic missile fired from the ground -> shelling. 'آلاف الأسر' displaced since February is a period statement."),

    D("mg-ye-07", "ar", "2021-10-04", "Houthi satellite channel site (armed forces statement)",
      '''صنعاء – المسيرة نت
أعلن المتحدث الرسمي باسم القوات المسلحة أن القوة الصاروخية استهدفت مساء أمس الأحد بصاروخ باليستي تجمعا لقيادات وعناصر المرتزقة في مدينة مأرب، محققة إصابة دقيقة أسفرت عن مصرع وإصابة العشرات.
وأكد المتحدث أن "العمليات ستستمر حتى تحرير كامل تراب الوطن من الغزاة والمحتلين".''',
      [I("e16", "shelling", "2021-10-03", "marib", "مأرب", "Houthis", "military",
         (None, None), (None, None), ["Houthis"],
         "القوة الصاروخية استهدفت مساء أمس الأحد بصاروخ باليستي تجمعا لقيادات وعناصر المرتزقة في مدينة مأرب، محققة إصابة دقيقة أسفرت عن مصرع وإصابة العشرات",
         koi=(20, None))],
      "e16 acknowledged by the attacker: the Houthis say they fired the missile at a gathering of 'mercenaries' (victims as they describe them: military). 'مصرع وإصابة العشرات' counts killed and wounded together -> killed_or_injured 20/null, killed and injured null."),

    D("mg-ye-08", "en", "2021-10-04", "international wire",
      """MARIB, Yemen (wire) - A ballistic missile fired by Yemen's Houthi movement slammed into a residential district of Marib city on Sunday evening, killing at least six civilians, among them two children, and wounding 11, medics said.
The Houthis said they had targeted a gathering of military commanders. The group has been pressing an offensive since February to seize Marib, the government's last stronghold in the north.""",
      [I("e16", "shelling", "2021-10-03", "marib", "Marib", "Houthis", "civilians",
         (6, None), (11, 11), ["medical sources", "Houthis"],
         "A ballistic missile fired by Yemen's Houthi movement slammed into a residential district of Marib city on Sunday evening, killing at least six civilians")],
      "e16 in English: 'Sunday evening' against Monday 4 Oct -> 2021-10-03; 'at least six' -> 6/null."),

    D("mg-ye-09", "ar", "2021-10-04", "Yemeni news site (Marib)",
      '''ارتفاع ضحايا الصاروخ الحوثي على مأرب إلى 9 قتلى
مأرب – ارتفعت حصيلة ضحايا الصاروخ الباليستي الذي أطلقته ميليشيا الحوثي على حي سكني وسط مدينة مأرب مساء أمس الأحد، إلى تسعة قتلى بينهم ثلاثة أطفال، بعد أن كانت ستة، وذلك إثر وفاة ثلاثة من الجرحى متأثرين بجراحهم، بحسب مكتب الصحة العامة والسكان في المحافظة.
وأشار المكتب إلى أن ثمانية جرحى ما زالوا يتلقون العلاج، بينهم اثنان في العناية المركزة.''',
      [I("e16", "shelling", "2021-10-03", "marib", "مأرب", "Houthis", "civilians",
         (6, 9), (None, None), ["Yemeni Ministry of Health"],
         "ارتفعت حصيلة ضحايا الصاروخ الباليستي الذي أطلقته ميليشيا الحوثي على حي سكني وسط مدينة مأرب مساء أمس الأحد، إلى تسعة قتلى بينهم ثلاثة أطفال، بعد أن كانت ستة")],
      "e16 toll rises the next day: 6 then 9 -> 6/9; the three who died are part of the nine; eight still in hospital is not a new injured count (injured null). Health office of the province mapped to Yemeni Ministry of Health."),

    # ---------------------------------------------------------------- e17 Mudiyah, 2022-09-06 (Tue)
    D("mg-ye-10", "ar", "2022-09-06", "Southern Transitional Council media",
      '''أبين – عدن المستقلة
استشهد أربعة من أبطال القوات المسلحة الجنوبية وأصيب ثلاثة آخرون، اليوم الثلاثاء، جراء انفجار عبوة ناسفة زرعتها عناصر تنظيم القاعدة الإرهابي استهدفت طقما عسكريا في مديرية مودية بمحافظة أبين.
ويأتي الهجوم بعد أسبوعين من إطلاق القوات الجنوبية عملية "سهام الشرق" لتطهير المحافظة من عناصر التنظيم.''',
      [I("e17", "ied_or_mine", "2022-09-06", "mudiyah", "مودية", "AQAP", "military",
         (4, 4), (3, 3), [],
         "استشهد أربعة من أبطال القوات المسلحة الجنوبية وأصيب ثلاثة آخرون، اليوم الثلاثاء، جراء انفجار عبوة ناسفة زرعتها عناصر تنظيم القاعدة الإرهابي استهدفت طقما عسكريا في مديرية مودية")],
      "e17 from STC media (author's voice). 'أسبوعين' is a duration."),

    D("mg-ye-11", "en", "2022-09-07", "international wire",
      """ADEN (wire) - Suspected al-Qaeda militants killed four southern separatist soldiers with a roadside bomb in the Mudiyah district of Abyan province on Tuesday, two security officials said, adding that two others were wounded.
The blast struck a patrol vehicle on a mountain road east of Mudiyah town. Forces loyal to the Southern Transitional Council launched an offensive against al-Qaeda in the Arabian Peninsula in Abyan last month.""",
      [I("e17", "ied_or_mine", "2022-09-06", "mudiyah", "Mudiyah", "AQAP", "military",
         (4, 4), (2, 2), ["security sources"],
         "Suspected al-Qaeda militants killed four southern separatist soldiers with a roadside bomb in the Mudiyah district of Abyan province on Tuesday")],
      "e17 in English: a different wounded figure (2, against 3 in mg-ye-10). 'two security officials' is not a count."),

    # ---------------------------------------------------------------- e18 Ain Zara, 2019-10-14 (Mon)
    D("mg-ly-01", "ar", "2019-10-14", "GNA operation media office (Burkan al-Ghadab)",
      '''المكتب الإعلامي لعملية بركان الغضب
طيران مجرم الحرب حفتر يستهدف منزلا في منطقة عين زارة جنوب العاصمة طرابلس ظهر اليوم الاثنين، ما أسفر عن استشهاد ثلاثة مدنيين بينهم طفل وإصابة أربعة آخرين بجروح متفاوتة.
ويأتي هذا الاستهداف ضمن سلسلة جرائم ترتكبها ميليشيات حفتر بحق المدنيين منذ الرابع من أبريل الماضي.''',
      [I("e18", "airstrike", "2019-10-14", "ainzara", "عين زارة", "Libyan National Army", "civilians",
         (3, 3), (4, 4), [],
         "طيران مجرم الحرب حفتر يستهدف منزلا في منطقة عين زارة جنوب العاصمة طرابلس ظهر اليوم الاثنين، ما أسفر عن استشهاد ثلاثة مدنيين بينهم طفل وإصابة أربعة آخرين")],
      "e18 from the GNA operation's media office (author's voice). 'الرابع من أبريل' is the start of a campaign, not an incident."),

    D("mg-ly-02", "ar", "2019-10-14", "LNA operations room media centre",
      '''المركز الإعلامي لغرفة عمليات الكرامة
سلاح الجو التابع للقيادة العامة يدك تمركزات للميليشيات الإرهابية في محور عين زارة جنوب طرابلس، ويدمر آليتين مسلحتين ويقضي على عدد من عناصرها.
وأكد مصدر عسكري أن الضربات جاءت بعد رصد تحركات للميليشيات باتجاه مواقع قواتنا المسلحة ظهر اليوم.''',
      [I("e18", "airstrike", "2019-10-14", "ainzara", "عين زارة", "Libyan National Army", "military",
         (2, None), (None, None), ["Libyan National Army"],
         "سلاح الجو التابع للقيادة العامة يدك تمركزات للميليشيات الإرهابية في محور عين زارة جنوب طرابلس، ويدمر آليتين مسلحتين ويقضي على عدد من عناصرها")],
      "e18 acknowledged by the LNA, which describes the target as militia positions: 'عدد من' -> 2/null, victims military. 'آليتين' are vehicles."),

    D("mg-ly-03", "en", "2019-10-15", "international wire",
      """TRIPOLI (wire) - Three civilians, including a child, were killed and five wounded when an air strike hit a house in Tripoli's southern Ain Zara district on Monday, the health ministry of the internationally recognised government said.
The Libyan National Army of eastern commander Khalifa Haftar said its jets had targeted militia positions in the area. The LNA has been trying to take the capital since April.""",
      [I("e18", "airstrike", "2019-10-14", "ainzara", "Ain Zara", "Libyan National Army", "civilians",
         (3, 3), (5, 5), ["Libyan Ministry of Health", "Libyan National Army"],
         "Three civilians, including a child, were killed and five wounded when an air strike hit a house in Tripoli's southern Ain Zara district on Monday")],
      "e18 in English: 'Monday' against Tuesday 15 Oct -> 2019-10-14; 5 wounded (4 in mg-ly-01). The LNA statement names itself as the striker (perpetrator)."),

    # ---------------------------------------------------------------- e19 Abu Salim, 2019-12-10 (Tue)
    D("mg-ly-04", "ar", "2019-12-10", "Libyan news site (Tripoli)",
      '''طرابلس – سقطت عدة قذائف صاروخية من نوع غراد، مساء اليوم الثلاثاء، على أحياء سكنية في منطقة أبو سليم بالعاصمة طرابلس، ما أدى إلى مقتل امرأتين وإصابة سبعة مدنيين بينهم ثلاثة أطفال، وفق ما أعلنه جهاز الإسعاف والطوارئ.
وحملت حكومة الوفاق الوطني قوات حفتر مسؤولية القصف، معتبرة إياه "جريمة حرب مكتملة الأركان"، ودعت بعثة الأمم المتحدة إلى تحديد الجهة التي تقف وراءه.''',
      [I("e19", "shelling", "2019-12-10", "abusalim", "أبو سليم", "Libyan National Army", "civilians",
         (2, 2), (7, 7), ["medical sources", "Government of National Accord forces"],
         "سقطت عدة قذائف صاروخية من نوع غراد، مساء اليوم الثلاثاء، على أحياء سكنية في منطقة أبو سليم بالعاصمة طرابلس، ما أدى إلى مقتل امرأتين وإصابة سبعة مدنيين")],
      "e19: the GNA blames Haftar's LNA (perpetrator); ambulance service -> medical sources. 'عدة قذائف' counts shells, not people."),

    D("mg-ly-05", "ar", "2019-12-11", "pro-LNA news site",
      '''بنغازي – اتهمت القيادة العامة للقوات المسلحة الليبية ميليشيات الوفاق بقصف أحياء أبو سليم بالعاصمة طرابلس بصواريخ الغراد مساء أمس، في محاولة لإلصاق التهمة بالجيش الوطني وتأليب الرأي العام الدولي ضده.
وقال الناطق باسم القيادة العامة في مؤتمر صحفي إن القصف أدى إلى مقتل ثلاثة مدنيين، مؤكدا أن وحدات الجيش لا تتمركز في مواقع تسمح لها بإصابة تلك الأحياء.''',
      [I("e19", "shelling", "2019-12-10", "abusalim", "أبو سليم", "Government of National Accord forces", "civilians",
         (3, 3), (None, None), ["Libyan National Army"],
         "اتهمت القيادة العامة للقوات المسلحة الليبية ميليشيات الوفاق بقصف أحياء أبو سليم بالعاصمة طرابلس بصواريخ الغراد مساء أمس")],
      "e19, contested: the LNA blames GNA militias for the same Grad fire ('مساء أمس' -> 2019-12-10) and gives 3 killed. Its denial of its own role is not a separate incident."),

    D("mg-ly-06", "en", "2019-12-11", "international wire",
      """TRIPOLI (wire) - Rockets slammed into homes in Tripoli's Abu Salim district on Tuesday evening, killing two women and wounding seven people including three children, medics said.
The UN-backed government blamed Haftar's forces. The LNA denied responsibility and accused armed groups allied to Tripoli of firing the rockets to discredit it.""",
      [I("e19", "shelling", "2019-12-10", "abusalim", "Abu Salim", "Libyan National Army", "civilians",
         (2, 2), (7, 7), ["medical sources", "Government of National Accord forces"],
         "Rockets slammed into homes in Tripoli's Abu Salim district on Tuesday evening, killing two women and wounding seven people including three children")],
      "e19 in English with both accusations; the lede follows the government's blame (perpetrator LNA, the other side's version would be contested_by)."),

    # ---------------------------------------------------------------- e20 Gharyan, 2019-06-19 (Wed)
    D("mg-ly-07", "ar", "2019-06-19", "LNA-aligned news site",
      '''غريان – استهدف الطيران المسير التركي التابع لميليشيات الوفاق، عصر اليوم الأربعاء، شاحنة مدنية محملة بالمواد الغذائية عند البوابة الشمالية لمدينة غريان، ما أدى إلى مقتل السائق ومساعده واحتراق الشاحنة بالكامل.
وقال مصدر عسكري بالقيادة العامة إن "هذا الاستهداف الجبان يؤكد إفلاس الميليشيات"، مشيرا إلى أن المدينة تعرضت لأكثر من 10 ضربات جوية خلال الأسبوع الجاري.''',
      [I("e20", "drone_strike", "2019-06-19", "gharyan", "غريان", "Government of National Accord forces", "civilians",
         (2, 2), (None, None), [],
         "استهدف الطيران المسير التركي التابع لميليشيات الوفاق، عصر اليوم الأربعاء، شاحنة مدنية محملة بالمواد الغذائية عند البوابة الشمالية لمدينة غريان، ما أدى إلى مقتل السائق ومساعده")],
      "e20: 'السائق ومساعده' = 2 killed (a civilian truck -> civilians); 'Turkish drones of the GNA militias' -> GNA forces. 'أكثر من 10 ضربات' in a week is a period statement."),

    D("mg-ly-08", "en", "2019-06-20", "international wire",
      """BENGHAZI (wire) - A drone strike hit a truck carrying food supplies on the northern edge of Gharyan on Wednesday, killing its two occupants, according to the Libyan National Army, which blamed Turkish-made drones operated by forces allied to the Tripoli government.
There was no immediate comment from the Government of National Accord. Gharyan, about 80 km south of Tripoli, is the LNA's main forward base for its offensive on the capital.""",
      [I("e20", "drone_strike", "2019-06-19", "gharyan", "Gharyan", "Government of National Accord forces", "unknown",
         (2, 2), (None, None), ["Libyan National Army"],
         "A drone strike hit a truck carrying food supplies on the northern edge of Gharyan on Wednesday, killing its two occupants")],
      "e20 in English: 'Wednesday' against Thursday 20 June -> 2019-06-19; '80 km' is a distance. 'its two occupants' are not said to be civilians here -> victims unknown (mg-ly-07 says a civilian truck)."),
]
