<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApplyStylesAlgorithm</name>
    <message>
        <location filename="../processing/apply_styles.py" line="27"/>
        <source>Apply mine action styles</source>
        <translation>تطبيق أنماط الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="32"/>
        <source>Gives each layer the mine action map style of the table it matches: hazards, land release activities, survey points, EO finds, site points, access routes or tasks. A layer matches by its table or layer name, or else by its fields (for example hazard_id, hazard_class and status on a polygon layer), so layers exported from IMSMA with the same field names are styled as well. Only the style changes: the data and the attribute forms are left as they are. The log lists the style each layer received and the layers that matched no table.</source>
        <translation>يمنح كل طبقة نمط خريطة الأعمال المتعلقة بالألغام الخاص بالجدول الذي تطابقه: المناطق الخطرة، أنشطة تحرير الأراضي، نقاط المسح، اكتشافات الذخائر المتفجرة، نقاط الموقع، طرق الوصول أو المهام. تطابق الطبقة جدولًا باسم جدولها أو اسم الطبقة، وإلا فبحقولها (مثلًا hazard_id وhazard_class وstatus في طبقة مضلعات)، فتُنسَّق كذلك الطبقات المصدَّرة من IMSMA بأسماء الحقول نفسها. لا يتغير إلا النمط: تبقى البيانات ونماذج السمات على حالها. يسرد السجل النمط الذي تلقته كل طبقة والطبقات التي لم تطابق أي جدول.</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="43"/>
        <source>Layers to style</source>
        <translation>الطبقات المراد تنسيقها</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="46"/>
        <source>Styled layers</source>
        <translation>الطبقات المنسَّقة</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="48"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="58"/>
        <source>{layer}: matches no mine action table, left unchanged</source>
        <translation>{layer}: لا تطابق أي جدول من جداول الأعمال المتعلقة بالألغام، تُركت دون تغيير</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="64"/>
        <source>{layer}: styled as {table}</source>
        <translation>{layer}: نُسِّقت بنمط {table}</translation>
    </message>
</context>
<context>
    <name>Bearings</name>
    <message>
        <location filename="../core/bearings.py" line="40"/>
        <source>Point {point}: {problem}</source>
        <translation>النقطة {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="47"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation>وحدة سمت غير معروفة «{unit}» (المتوقع إحدى الوحدات {units})</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="59"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation>السمت «{value}»: يجب أن تكون الدقائق أقل من 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="61"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation>السمت «{value}»: يجب أن تكون الثواني أقل من 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="63"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation>السمت «{value}»: لا يجوز أن يحمل كسورًا عشرية إلا الجزء الأخير من قيمة الدرجات والدقائق والثواني</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="98"/>
        <source>the bearing is missing</source>
        <translation>السمت مفقود</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="131"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation>السمت «{value}» ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="108"/>
        <source>bearing &quot;{value}&quot; is marked {marked}, but the north reference is {reference}</source>
        <translation>السمت «{value}» موسوم بـ {marked}، لكن مرجع الشمال هو {reference}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="118"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation>السمت «{value}»: يجب كتابة السموت الربعية بالدرجات، لا بـ {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="122"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation>السمت «{value}» سالب</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="128"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation>تعذّرت قراءة السمت «{value}» بوحدة {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="133"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation>السمت «{value}» خارج النطاق: يجب ألا يقل عن 0 وأن يكون أقل من {circle:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="142"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation>تعذّرت قراءة زاوية السمت الربعي «{value}»</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="145"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation>السمت الربعي «{value}»: يجب ألا تتجاوز الزاوية 90°</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/check_database.py" line="22"/>
        <source>Check mine action database</source>
        <translation>فحص قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="25"/>
        <source>Finds the data problems to fix before reporting: GICHD geocheck&apos;s rules (invalid polygons with GEOS&apos;s reason, too few or repeated vertices, repeated parts, duplicate points and record IDs, long segments, overlapping parts) and the plugin&apos;s own (stated against computed areas, activities and finds outside the hazards, dates, broken hazard links, overlapping hazards, missing hazard fields, survey closures, codes not in the lookup lists).

Outputs: one point per problem with its rule, severity, table, feature, field, message and a fix hint; the areas of overlaps and of activities outside the hazards; a summary per rule. The database is only read. The rules: docs/quality.md.</source>
        <translation>يجد مشكلات البيانات الواجب تصحيحها قبل إعداد التقارير: قواعد geocheck من GICHD (المضلعات غير الصالحة مع السبب الذي يذكره GEOS، والرؤوس القليلة جدًا أو المكررة، والأجزاء المكررة، والنقاط ومعرّفات السجلات المكررة، والقطع الطويلة، والأجزاء المتداخلة) وقواعد الإضافة نفسها (المساحة المعلنة مقابل المساحة المحسوبة، والأنشطة والاكتشافات خارج المناطق الخطرة، والتواريخ، والروابط إلى مناطق خطرة غير موجودة، والمناطق الخطرة المتداخلة، والحقول الناقصة في المناطق الخطرة، وإغلاق المسوحات، والرموز غير الموجودة في قوائم البحث).

المُخرَجات: نقطة لكل مشكلة مع قاعدتها وشدتها وجدولها ومعلمها وحقلها ورسالة ونصيحة للتصحيح؛ ومساحات التداخلات والأنشطة خارج المناطق الخطرة؛ وملخص لكل قاعدة. تُقرأ قاعدة البيانات فقط. القواعد: docs/quality.md.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Longest segment between vertices (m)</source>
        <translation>أطول قطعة بين رأسين (م)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest overlap of parts (% of the smaller)</source>
        <translation>أكبر تداخل بين الأجزاء (% من الأصغر)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest stated area difference (%)</source>
        <translation>أكبر فرق في المساحة المعلنة (%)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="49"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="51"/>
        <source>Problem areas</source>
        <translation>مساحات المشكلات</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="53"/>
        <source>Problems per rule</source>
        <translation>المشكلات حسب القاعدة</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="62"/>
        <source>Reading the database</source>
        <translation>قراءة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="78"/>
        <source>Cannot write the output {output}.</source>
        <translation>تتعذّر كتابة المُخرَج {output}.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="82"/>
        <source>{count} problems, {must_fix} to fix</source>
        <translation>{count} مشكلة، منها {must_fix} واجبة التصحيح</translation>
    </message>
</context>
<context>
    <name>ComputeLandReleaseAlgorithm</name>
    <message>
        <location filename="../processing/compute_land_release.py" line="21"/>
        <source>Compute land release</source>
        <translation>حساب تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="25"/>
        <source>Replays the land release activities (non-technical survey, technical survey, clearance) over the hazardous areas in date order, as IMAS 07.11 counts them: every square metre released is counted once, by the method that released it first.

Outputs: the remaining hazardous land per hazard and class (SHA, CHA); the released land per hazard and activity, tagged with its outcome, date and area; the ledger of each hazard in m² (original, cancelled, reduced with and without technical asset, cleared, remaining); the history of changes; and the quality flags (overlaps, activities outside hazards or older than the hazard record, slivers, repaired geometries).

Codes are read through the lookup lists of the database the hazards come from (or the lookups table given), so a programme's own classes and outcomes count as the built-in code they behave as. Areas are ground areas on the WGS 84 ellipsoid. The inputs are not modified.</source>
        <translation>يعيد تطبيق أنشطة تحرير الأراضي (المسح غير التقني، المسح التقني، التطهير) على المناطق الخطرة بترتيب تواريخها، كما يحسبها المعيار IMAS 07.11: يُحسب كل متر مربع محرَّر مرة واحدة، بالطريقة التي حرّرته أولًا.

المخرجات: الأراضي الخطرة المتبقية لكل منطقة خطرة وفئة (SHA، CHA)؛ الأراضي المحرَّرة لكل منطقة خطرة ونشاط، موسومة بنتيجتها وتاريخها ومساحتها؛ كشف المساحات لكل منطقة خطرة بوحدة m² (الأصلية، الملغاة، المخفَّضة بوسائل تقنية ودونها، المطهَّرة، المتبقية)؛ سجل التغييرات؛ وتنبيهات الجودة (التداخلات، الأنشطة الواقعة خارج المناطق الخطرة أو الأقدم من سجل المنطقة الخطرة، الشرائح الرفيعة، الأشكال الهندسية المُصلَحة).

تُقرأ الرموز عبر قوائم البحث في قاعدة البيانات التي تأتي منها المناطق الخطرة (أو جدول البحث المحدد)، فتُحسب فئات البرنامج ونتائجه الخاصة كالرمز المدمج الذي تتصرف مثله. المساحات مساحات أرضية على إهليلج WGS 84. لا تُعدَّل المدخلات.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="44"/>
        <source>Hazardous areas</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="47"/>
        <source>Land release activities</source>
        <translation>أنشطة تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="51"/>
        <source>Lookup lists (default: the hazards&apos; database)</source>
        <translation>قوائم البحث (الافتراضي: قاعدة بيانات المناطق الخطرة)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="54"/>
        <source>Smallest piece released (m²)</source>
        <translation>أصغر جزء محرَّر (m²)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="59"/>
        <source>Remaining hazardous land</source>
        <translation>الأراضي الخطرة المتبقية</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="62"/>
        <source>Released land</source>
        <translation>الأراضي المحرَّرة</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="64"/>
        <source>Land release ledger</source>
        <translation>كشف مساحات تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="66"/>
        <source>Release history</source>
        <translation>سجل التحرير</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="68"/>
        <source>Quality flags</source>
        <translation>تنبيهات الجودة</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="77"/>
        <source>The input layers cannot be read.</source>
        <translation>تتعذّر قراءة طبقات الإدخال.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="88"/>
        <source>Reading hazards and activities</source>
        <translation>قراءة المناطق الخطرة والأنشطة</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="99"/>
        <source>{hazards} hazards, {activities} activities</source>
        <translation>المناطق الخطرة: {hazards}، الأنشطة: {activities}</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="106"/>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="123"/>
        <source>Cannot write the output {output}.</source>
        <translation>تتعذّر كتابة المُخرَج {output}.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="128"/>
        <source>Released {released:.1f} m², remaining {remaining:.1f} m², {flags} quality flags</source>
        <translation>المحرَّر {released:.1f} m²، المتبقي {remaining:.1f} m²، تنبيهات الجودة: {flags}</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="95"/>
        <source>{count} activities await the national centre&apos;s review and release no land until approved: {ids}</source>
        <translation>{count} نشاطًا بانتظار مراجعة المركز الوطني ولا تحرر أي أرض حتى تُعتمد: {ids}</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="62"/>
        <source>Point {point}: {problem}</source>
        <translation>النقطة {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="69"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation>الموقع «{value}»: خط العرض {lat} خارج النطاق -90..90</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="72"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation>الموقع «{value}»: خط الطول {lon} خارج النطاق -180..180</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="116"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation>خط العرض {lat} خارج نطاق UTM (من 80°S إلى 84°N)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="151"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>UTM «{value}»: المنطقة {zone} غير موجودة (من 1 إلى 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="154"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation>UTM «{value}»: يجب أن يكون الإحداثي الشرقي من 100000 إلى 900000 m والإحداثي الشمالي من 0 إلى 10000000 m</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="162"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation>UTM «{value}»: النطاق {band} يغطي خطوط العرض من {south:g}° إلى {north:g}° لكن هذا الإحداثي الشمالي يقع عند {lat:.3f}°. تحقّق من الإحداثي الشمالي، أو اكتب نصف الكرة «{zone} north» أو «{zone} south»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="179"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation>يجب أن تكون دقة MGRS من 0 إلى 8 أرقام، لا {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="222"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation>MGRS «{value}»: يجب أن يكون للإحداثيين الشرقي والشمالي العدد نفسه من الأرقام (8 على الأكثر لكل منهما)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="225"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>MGRS «{value}»: المنطقة {zone} غير موجودة (من 1 إلى 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="228"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation>MGRS «{value}»: حرف عمود المربع {letter} غير مستخدم في المنطقة {zone}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="305"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation>تتعذّر قراءة مرجع MGRS «{value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="264"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} is not used in latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: المنطقة {zone} غير مستخدمة في نطاق العرض {band} (تستخدم سفالبارد المناطق 31 و33 و35 و37)؛ تحقّق من رقم المنطقة وحرف النطاق</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="286"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}; check the band letter</source>
        <translation>MGRS «{value}»: المربع {square} لا يقع في نطاق العرض {band}؛ تحقّق من حرف النطاق</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="292"/>
        <source>MGRS &quot;{value}&quot;: in latitude band {band}, square {square} lies at longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: في نطاق العرض {band}، يقع المربع {square} عند خط الطول {lon:.2f}°، خارج المنطقة {zone} (من {west:g}° إلى {east:g}°)؛ تحقّق من رقم المنطقة وحرف النطاق</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="309"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation>MGRS «{value}» عدد أرقامه لكل محور {digits} فقط؛ لا يمكن إطالته إلى {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="332"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation>الموقع «{value}»: استخدم إما إشارة الناقص وإما حرف نصف الكرة، لا كليهما</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="337"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation>الموقع «{value}»: تتعذّر قراءة «{part}» درجاتٍ ودقائق وثوانيَ</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="353"/>
        <source>position &quot;{value}&quot; looks like a UTM easting and northing without their zone: write the UTM zone and band first, e.g. &quot;12U {value}&quot;</source>
        <translation>الموقع «{value}» يبدو إحداثيين شرقيًا وشماليًا بنظام UTM دون منطقتهما: اكتب منطقة UTM ونطاقها أولًا، مثلًا «12U {value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="362"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation>الموقع «{value}»: أعطِ خط عرض واحدًا (N/S) وخط طول واحدًا (E/W)، أو لا تكتب أحرف نصف الكرة إطلاقًا (خط العرض أولًا)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="395"/>
        <source>the position is missing</source>
        <translation>الموقع مفقود</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="403"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation>تتعذّر قراءة الموقع «{value}»: المتوقع خط عرض/خط طول، أو UTM (المنطقة، النطاق، الإحداثي الشرقي، الإحداثي الشمالي) أو MGRS</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="25"/>
        <source>Create mine action database</source>
        <translation>إنشاء قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="51"/>
        <source>Coordinate reference system</source>
        <translation>نظام الإحداثيات المرجعي</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="55"/>
        <source>Overwrite an existing file</source>
        <translation>الكتابة فوق ملف موجود</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="57"/>
        <source>Open the database in the current project</source>
        <translation>فتح قاعدة البيانات في المشروع الحالي</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="83"/>
        <source>Created {path}</source>
        <translation>أُنشئ {path}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>Language of the database</source>
        <translation>لغة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>The language QGIS runs in</source>
        <translation>اللغة التي يعمل بها QGIS</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="29"/>
        <source>Creates a GeoPackage holding the mine action data model: hazardous areas, survey points, land release activities, explosive ordnance finds, tasks, site points, access routes, the release history and the programme's lookup lists. Each layer carries its attribute form and map style as its default style, so the file opens ready to edit in QGIS and QField, with or without this plugin.

GICHD recommends storing WGS 84 (EPSG:4326); areas are always computed on the ellipsoid whatever the CRS.

The lookup lists, forms and legends are written in the language chosen (by default the one QGIS runs in), which also becomes the language its task orders and overview are printed in (Settings › Options › Mine Action). A language with English prints both.

For a national database shared by several editors, choose a PostgreSQL connection and a new (or empty) schema instead of a file: the same tables are created there in one transaction, with the styles in public.layer_styles and a row version that refuses conflicting saves.</source>
        <translation>ينشئ ملف GeoPackage يضم نموذج بيانات الأعمال المتعلقة بالألغام: المناطق الخطرة، نقاط المسح، أنشطة تحرير الأراضي، اكتشافات الذخائر المتفجرة، المهام، نقاط الموقع، طرق الوصول، سجل التحرير وقوائم البحث الخاصة بالبرنامج. تحمل كل طبقة نموذج سماتها ونمط خريطتها نمطًا افتراضيًا، فيُفتح الملف جاهزًا للتعديل في QGIS وQField، بهذه الإضافة أو بدونها.

يوصي مركز جنيف الدولي لإزالة الألغام للأغراض الإنسانية (GICHD) بالتخزين بنظام WGS 84 (EPSG:4326)؛ وتُحسب المساحات دائمًا على الإهليلج أيًّا كان نظام الإحداثيات المرجعي.

تُكتب قوائم البحث والنماذج ومفاتيح الخرائط باللغة المختارة (افتراضيًا لغة QGIS)، وهي تصبح كذلك لغة طباعة أوامر المهام والخريطة العامة لقاعدة البيانات هذه (الإعدادات › الخيارات › الأعمال المتعلقة بالألغام). واللغة المقرونة بالإنجليزية تطبع اللغتين معًا.

لقاعدة بيانات وطنية يحرّرها عدة مستخدمين، اختر اتصال PostgreSQL ومخططًا جديدًا (أو فارغًا) بدلًا من ملف: تُنشأ الجداول نفسها هناك في معاملة واحدة، مع الأنماط في public.layer_styles ورقم إصدار لكل صف يرفض عمليات الحفظ المتعارضة.</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="62"/>
        <source>Schema (new or empty)</source>
        <translation>المخطط (جديد أو فارغ)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="72"/>
        <source>Created {database}</source>
        <translation>أُنشئت قاعدة البيانات: {database}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="77"/>
        <source>Give the GeoPackage file to create, or a PostgreSQL connection and a schema.</source>
        <translation>أعطِ ملف GeoPackage المراد إنشاؤه، أو اتصال PostgreSQL ومخططًا.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="103"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="105"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="115"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created at</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="161"/>
        <source>Must be zero or more</source>
        <translation>يجب أن تكون صفرًا أو أكثر</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Area (m²)</source>
        <translation>المساحة (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazardous areas</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Hazard ID</source>
        <translation>معرّف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Confirmed part of hazard</source>
        <translation>جزء مؤكد من المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Contamination</source>
        <translation>التلوث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Main evidence</source>
        <translation>الدليل الرئيسي</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Date of information</source>
        <translation>تاريخ المعلومات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey date</source>
        <translation>تاريخ المسح</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Reporting organisation</source>
        <translation>المنظمة المُبلِّغة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Region</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Nearest locality</source>
        <translation>أقرب تجمع سكني</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Blocked land use</source>
        <translation>استخدام الأراضي المعطَّل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Clearance depth (cm)</source>
        <translation>عمق التطهير (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Original area (m²)</source>
        <translation>المساحة الأصلية (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation>المناطق الخطرة المشتبه بها والمؤكدة.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Location and land</source>
        <translation>الموقع والأرض</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Areas and remarks</source>
        <translation>المساحات والملاحظات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey points</source>
        <translation>نقاط المسح</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point number</source>
        <translation>رقم النقطة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point type</source>
        <translation>نوع النقطة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>From point</source>
        <translation>من النقطة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing</source>
        <translation>السمت</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation>يجب ألا يقل السمت عن 0 وأن يكون أقل من دائرة كاملة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing as recorded</source>
        <translation>السمت كما سُجِّل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing unit</source>
        <translation>وحدة السمت</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>North reference</source>
        <translation>مرجع الشمال</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination applied (°, east +)</source>
        <translation>الانحراف المغناطيسي المطبَّق (°، الشرق +)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation>يجب أن يكون الانحراف المغناطيسي بين -180 و180 درجة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope angle (°)</source>
        <translation>زاوية الميل (°)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation>يجب أن يكون الميل بين -90 و90 درجة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Distance (m)</source>
        <translation>المسافة (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Coordinates as entered</source>
        <translation>الإحداثيات كما أُدخلت</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position fixed by</source>
        <translation>طريقة تحديد الموقع</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation>العلامات الثابتة والنقاط المرجعية ونقاط الانعطاف مع سمتها ومسافتها من نقطة سابقة، كما سُجِّلت في الميدان.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing and distance</source>
        <translation>السمت والمسافة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Land release activities</source>
        <translation>أنشطة تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Activity ID</source>
        <translation>معرّف النشاط</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Task ID</source>
        <translation>معرّف المهمة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Technical asset used</source>
        <translation>الوسائل التقنية المستخدمة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The end date cannot be before the start date</source>
        <translation>لا يمكن أن يسبق تاريخ الانتهاء تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation>المساحات الملغاة أو المخفَّضة أو المطهَّرة أو المؤكدة بنشاط ما.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team and area</source>
        <translation>الفريق والمساحة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance finds</source>
        <translation>اكتشافات الذخائر المتفجرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find ID</source>
        <translation>معرّف الاكتشاف</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>EO category</source>
        <translation>فئة الذخائر المتفجرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Model / description</source>
        <translation>الطراز / الوصف</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity must be at least 1</source>
        <translation>يجب ألا تقل الكمية عن 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find date</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Destroyed</source>
        <translation>مُتلَف</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Depth (cm)</source>
        <translation>العمق (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance found, by category.</source>
        <translation>الذخائر المتفجرة المكتشفة، حسب الفئة.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Task type</source>
        <translation>نوع المهمة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issue date</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Planned start</source>
        <translation>البدء المخطط</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>The due date cannot be before the start date</source>
        <translation>لا يمكن أن يسبق تاريخ الاستحقاق تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issuing authority</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version must be at least 1</source>
        <translation>يجب ألا يقل الإصدار عن 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation>أوامر العمل الصادرة إلى فرق المسح والتطهير.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site points</source>
        <translation>نقاط الموقع</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site type</source>
        <translation>نوع الموقع</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Radio call sign</source>
        <translation>رمز النداء اللاسلكي</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation>مواقع هبوط المروحيات والنقاط الطبية ونقاط السيطرة ومواقع الإتلاف الخاصة بمهمة.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access routes</source>
        <translation>طرق الوصول</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Route type</source>
        <translation>نوع الطريق</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access and casualty evacuation routes.</source>
        <translation>طرق الوصول وطرق إخلاء المصابين.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Release history</source>
        <translation>سجل التحرير</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class before</source>
        <translation>الفئة قبل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class after</source>
        <translation>الفئة بعد</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status before</source>
        <translation>الحالة قبل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status after</source>
        <translation>الحالة بعد</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded at</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation>كل تغيير في مساحة المنطقة الخطرة أو فئتها أو حالتها، مع سببه.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Lookup lists</source>
        <translation>قوائم البحث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Behaves as</source>
        <translation>يتصرف مثل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation>أسماء البرنامج الخاصة لكل قائمة؛ يربط base_code كل إدخال بالمعنى المدمج الذي تحسب به الإضافة.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema information</source>
        <translation>معلومات المخطط</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema version and creation details.</source>
        <translation>إصدار المخطط وتفاصيل الإنشاء.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed by</source>
        <translation>روجع من قبل</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed at</source>
        <translation>روجع في</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="141"/>
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: women</source>
        <translation>المستفيدون المتوقعون: نساء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: girls</source>
        <translation>المستفيدون المتوقعون: فتيات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: boys</source>
        <translation>المستفيدون المتوقعون: فتيان</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: men</source>
        <translation>المستفيدون المتوقعون: رجال</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: persons with disabilities</source>
        <translation>المستفيدون المتوقعون: الأشخاص ذوو الإعاقة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: women</source>
        <translation>المستفيدون: نساء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: girls</source>
        <translation>المستفيدون: فتيات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: boys</source>
        <translation>المستفيدون: فتيان</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: men</source>
        <translation>المستفيدون: رجال</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: persons with disabilities</source>
        <translation>المستفيدون: الأشخاص ذوو الإعاقة</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Expected beneficiaries</source>
        <translation>المستفيدون المتوقعون</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: women</source>
        <translation>الفريق: نساء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: men</source>
        <translation>الفريق: رجال</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover date</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The handover cannot be before the end of the activity</source>
        <translation>لا يمكن أن يسبق التسليم نهاية النشاط</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover and beneficiaries</source>
        <translation>التسليم والمستفيدون</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="397"/>
        <source>Killed: women</source>
        <translation>قتلى: نساء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Killed: men</source>
        <translation>قتلى: رجال</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="399"/>
        <source>Killed: girls</source>
        <translation>قتلى: فتيات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="400"/>
        <source>Killed: boys</source>
        <translation>قتلى: فتيان</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="401"/>
        <source>Killed: sex or age unknown</source>
        <translation>قتلى: الجنس أو العمر غير معروف</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="402"/>
        <source>Injured: women</source>
        <translation>جرحى: نساء</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="403"/>
        <source>Injured: men</source>
        <translation>جرحى: رجال</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="404"/>
        <source>Injured: girls</source>
        <translation>جرحى: فتيات</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="405"/>
        <source>Injured: boys</source>
        <translation>جرحى: فتيان</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="406"/>
        <source>Injured: sex or age unknown</source>
        <translation>جرحى: الجنس أو العمر غير معروف</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident ID</source>
        <translation>معرّف الحادث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident date</source>
        <translation>تاريخ الحادث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Device category</source>
        <translation>فئة الجهاز</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>What the casualties were doing</source>
        <translation>ما كان الضحايا يفعلونه</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents with explosive ordnance: where, when, the device and the killed and injured by sex and age group. No names or personal details: a mapping tool, not a victim register.</source>
        <translation>حوادث الذخائر المتفجرة (EO): المكان والزمان والجهاز والقتلى والجرحى حسب الجنس والفئة العمرية. لا أسماء ولا بيانات شخصية: أداة لرسم الخرائط، وليست سجلًا للضحايا.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Casualties</source>
        <translation>الضحايا</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="36"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation>يتعذّر قراءة الجدول «{table}» من {path}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="83"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} موجود مسبقًا. اختر ملفًا آخر أو اسمح بالكتابة فوقه.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="101"/>
        <source>{path} is a folder. Give the name of the GeoPackage file to create, for example {example}.</source>
        <translation>{path} مجلد. أعطِ اسم ملف GeoPackage المراد إنشاؤه، مثلًا {example}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="110"/>
        <source>Cannot write {path}: permission denied ({error}). Choose a folder you may write to.</source>
        <translation>تتعذّر الكتابة في {path}: الإذن مرفوض ({error}). اختر مجلدًا يُسمح لك بالكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="115"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>تتعذّر الكتابة في {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="135"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation>يتعذّر إنشاء ملف GeoPackage في {path}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="465"/>
        <source>Creating table {table}</source>
        <translation>إنشاء الجدول {table}</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="189"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>تتعذّر الكتابة في الجدول {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="401"/>
        <source>Mine Action Mapper default style</source>
        <translation>النمط الافتراضي لـ Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="385"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation>يتعذّر حفظ نمط {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="56"/>
        <source>{path} is damaged or is not a GeoPackage ({detail}). Restore it from a backup copy.</source>
        <translation>{path} تالف أو ليس ملف GeoPackage ({detail}). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="75"/>
        <source>No mine action database was given.</source>
        <translation>لم تُحدَّد قاعدة بيانات للأعمال المتعلقة بالألغام.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="78"/>
        <source>{path} is a folder, not a mine action database (a .gpkg file).</source>
        <translation>{path} مجلد، وليس قاعدة بيانات للأعمال المتعلقة بالألغام (ملف .gpkg).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="82"/>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="88"/>
        <source>{path} cannot be read: {error}.</source>
        <translation>تتعذّر قراءة {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="92"/>
        <source>it does not start as an SQLite file</source>
        <translation>لا يبدأ بترويسة ملف SQLite</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="106"/>
        <source>{path} is a GeoPackage but not a mine action database (it has no schema_info table). Create one with &apos;Create mine action database&apos; and import these records into it.</source>
        <translation>{path} ملف GeoPackage لكنه ليس قاعدة بيانات للأعمال المتعلقة بالألغام (لا يحوي الجدول schema_info). أنشئ قاعدة بيانات بالأداة «إنشاء قاعدة بيانات الأعمال المتعلقة بالألغام» واستورد هذه السجلات إليها.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="119"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation>{path} ليس قاعدة بيانات للأعمال المتعلقة بالألغام (لا يوجد إصدار للمخطط).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="125"/>
        <source>The schema version of {path} is &apos;{value}&apos;, not a number: the file was damaged or edited by hand. Restore it from a backup copy.</source>
        <translation>إصدار مخطط {path} هو «{value}»، وليس رقمًا: الملف تالف أو عُدِّل يدويًا. استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="133"/>
        <source>{path} is locked by another program (a QGIS session with unsaved edits, a database browser, a synchronisation tool). Save or close it there and run again; nothing was written.</source>
        <translation>{path} مقفل من برنامج آخر (جلسة QGIS فيها تعديلات غير محفوظة، أو متصفح قواعد بيانات، أو أداة مزامنة). احفظه أو أغلقه هناك ثم أعد التشغيل؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="152"/>
        <source>{path} is read-only: you may not write to it. Ask for write permission or work on a copy.</source>
        <translation>{path} للقراءة فقط: لا يُسمح لك بالكتابة فيه. اطلب إذن الكتابة أو اعمل على نسخة.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="177"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}): it is opened read-only. Update the plugin to edit it.</source>
        <translation>{path} أُنشئ بإصدار أحدث من Mine Action Mapper (المخطط {version}): فُتح للقراءة فقط. حدِّث الإضافة لتعديله.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="182"/>
        <source>{path} is from an older version of the plugin (schema {version}): read-only until you upgrade it. Every record is kept.</source>
        <translation>{path} من إصدار أقدم من الإضافة (المخطط {version}): للقراءة فقط حتى ترقّيه. يُحتفظ بكل سجل.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="187"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}): it is opened read-only. Run &apos;Upgrade mine action database&apos; to edit it; every record is kept.</source>
        <translation>{path} أُنشئ بإصدار أقدم من Mine Action Mapper (المخطط {version}): فُتح للقراءة فقط. شغّل «ترقية قاعدة بيانات الأعمال المتعلقة بالألغام» لتعديله؛ يُحتفظ بكل سجل.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="201"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}; this plugin knows schema {known} and older). Update the plugin to use it.</source>
        <translation>{path} أُنشئ بإصدار أحدث من Mine Action Mapper (المخطط {version}؛ تعرف هذه الإضافة المخطط {known} وما قبله). حدِّث الإضافة لاستخدامه.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="208"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}). Run &apos;Upgrade mine action database&apos; on it first; it keeps every record.</source>
        <translation>{path} أُنشئ بإصدار أقدم من Mine Action Mapper (المخطط {version}). شغّل عليه «ترقية قاعدة بيانات الأعمال المتعلقة بالألغام» أولًا؛ فهي تحتفظ بكل سجل.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="21"/>
        <source>Or: PostgreSQL connection</source>
        <translation>أو: اتصال PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="24"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="59"/>
        <source>Give the mine action database: a GeoPackage file, or a PostgreSQL connection and a schema.</source>
        <translation>أعطِ قاعدة بيانات الأعمال المتعلقة بالألغام: ملف GeoPackage، أو اتصال PostgreSQL ومخططًا.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="112"/>
        <source>{database}: the server refused the user name or password ({error}). Check the QGIS connection&apos;s credentials.</source>
        <translation>{database}: رفض الخادم اسم المستخدم أو كلمة المرور ({error}). تحقّق من بيانات اعتماد اتصال QGIS.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="118"/>
        <source>{database}: the PostgreSQL server cannot be reached ({error}). Is it running, and are the host and port right?</source>
        <translation>{database}: يتعذّر الوصول إلى خادم PostgreSQL ({error}). هل هو قيد التشغيل، وهل المضيف والمنفذ صحيحان؟</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="122"/>
        <source>{database}: cannot connect ({error}).</source>
        <translation>{database}: يتعذّر الاتصال ({error}).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="146"/>
        <source>{database}: there is no such schema in the database. Check the schema name, or create the database with &apos;Create mine action database&apos;.</source>
        <translation>{database}: هذا المخطط غير موجود في قاعدة البيانات. تحقّق من اسم المخطط، أو أنشئ قاعدة البيانات بالأداة «إنشاء قاعدة بيانات الأعمال المتعلقة بالألغام».</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="151"/>
        <source>{database} is not a mine action database (it has no schema_info table).</source>
        <translation>{database}: هذه ليست قاعدة بيانات للأعمال المتعلقة بالألغام (لا تحوي الجدول schema_info).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="161"/>
        <source>{database} is not a mine action database (no schema version).</source>
        <translation>{database}: هذه ليست قاعدة بيانات للأعمال المتعلقة بالألغام (لا يوجد إصدار للمخطط).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="167"/>
        <source>The schema version of {database} is &apos;{value}&apos;, not a number: it was edited by hand.</source>
        <translation>{database}: إصدار المخطط هو «{value}»، وليس رقمًا: عُدِّل يدويًا.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="304"/>
        <source>{database} already exists and is not empty: nothing was changed. Choose another schema name (nothing is ever dropped).</source>
        <translation>{database}: المخطط موجود مسبقًا وليس فارغًا: لم يُغيَّر شيء. اختر اسم مخطط آخر (لا يُحذف شيء أبدًا).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="311"/>
        <source>{database} already exists and holds functions: nothing was changed. Choose another schema name.</source>
        <translation>{database}: المخطط موجود مسبقًا ويحوي دوالّ: لم يُغيَّر شيء. اختر اسم مخطط آخر.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="321"/>
        <source>{database}: the PostGIS extension is not installed in this database. Ask its administrator to run CREATE EXTENSION postgis; nothing was changed.</source>
        <translation>{database}: امتداد PostGIS غير مثبَّت في قاعدة البيانات هذه. اطلب من مسؤولها تنفيذ CREATE EXTENSION postgis؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="330"/>
        <source>A PostGIS mine action database needs an EPSG coordinate reference system, not {crs}.</source>
        <translation>تحتاج قاعدة بيانات الأعمال المتعلقة بالألغام في PostGIS إلى نظام إحداثيات مرجعي من EPSG، لا {crs}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="475"/>
        <source>{database} was not created: {error}. Nothing was written.</source>
        <translation>{database}: لم تُنشأ قاعدة البيانات ({error}). لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="72"/>
        <source>connection &apos;{connection}&apos;, schema &apos;{schema}&apos;</source>
        <translation>الاتصال «{connection}»، المخطط «{schema}»</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="132"/>
        <source>Give the schema of the mine action database on connection &apos;{connection}&apos;.</source>
        <translation>أعطِ مخطط قاعدة بيانات الأعمال المتعلقة بالألغام على الاتصال «{connection}».</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="143"/>
        <source>There is no PostgreSQL connection named '{connection}' in QGIS (known: {known}). Add it in the Browser (PostgreSQL › New Connection).</source>
        <translation>لا يوجد في QGIS اتصال PostgreSQL باسم «{connection}» (الاتصالات المعروفة: {known}). أضفه في المتصفح (PostgreSQL › اتصال جديد).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="184"/>
        <source>{database}: the role you log in with may not do this ({error}). Ask the database&apos;s administrator for the privilege; nothing was changed.</source>
        <translation>{database}: الدور الذي سجّلت الدخول به لا يحق له فعل هذا ({error}). اطلب الصلاحية من مسؤول قاعدة البيانات؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="196"/>
        <source>schema {schema}</source>
        <translation>المخطط {schema}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="202"/>
        <source>table {table}</source>
        <translation>الجدول {table}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="209"/>
        <source>sequence {sequence} (the new records&apos; {key})</source>
        <translation>التسلسل {sequence} ({key} السجلات الجديدة)</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="228"/>
        <source>{database}: the role &apos;{role}&apos; lacks the {privilege} privilege on {object}, which this needs. Ask the database&apos;s administrator to grant it; nothing was changed.</source>
        <translation>{database}: الدور '{role}' لا يملك الصلاحية {privilege} على {object}، وهي لازمة لهذا. اطلب من مسؤول قاعدة البيانات منحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="521"/>
        <source>{database} claims schema version {version}, which no PostGIS database had: it was edited by hand.</source>
        <translation>{database} تذكر إصدار المخطط {version}، ولم يكن لأي قاعدة بيانات PostGIS هذا الإصدار: عُدّلت يدويًا.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="573"/>
        <source>{database} was not upgraded: {error}. Nothing was changed.</source>
        <translation>لم تُرقَّ {database}: {error}. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="28"/>
        <source>The database does not support transactions; nothing was written.</source>
        <translation>قاعدة البيانات لا تدعم المعاملات؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="33"/>
        <source>Cannot start a transaction: {error}</source>
        <translation>يتعذّر بدء معاملة: {error}</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="39"/>
        <source>Cannot commit the changes: {error}. Nothing was written.</source>
        <translation>تعذّر تثبيت التغييرات: {error}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="35"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="60"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation>تتعذّر قراءة تاريخ المسح «{value}»</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="88"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation>يجب أن يكون الانحراف المغناطيسي اليدوي {value} بين -180 و180 درجة</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="93"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation>تحتاج السموت المغناطيسية إلى تاريخ المسح لحساب الانحراف المغناطيسي، أو إلى انحراف مُدخَل يدويًا</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="99"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation>لا يغطي أي نموذج مغناطيسي عالمي (World Magnetic Model) تاريخ المسح {date} (تغطي النماذج من {first} إلى {last}): أدخل الانحراف المغناطيسي في تاريخ المسح يدويًا</translation>
    </message>
</context>
<context>
    <name>DeclinationAtPointsAlgorithm</name>
    <message>
        <location filename="../processing/declination_at_points.py" line="26"/>
        <source>Magnetic declination at points</source>
        <translation>الانحراف المغناطيسي عند النقاط</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="30"/>
        <source>Adds to every point the magnetic declination (degrees, east positive: true bearing = magnetic bearing + declination) at its date, from the World Magnetic Model valid for that date (WMM2010, WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and the grid (meridian) convergence (grid bearing = true bearing - convergence) of the chosen grid, by default the point&apos;s own UTM zone.

Date: the date field when it has a value, otherwise the fixed date. A point without a date, or with a date no model covers, keeps an empty declination and is named in the log. The input is not modified.</source>
        <translation>يضيف إلى كل نقطة الانحراف المغناطيسي (بالدرجات، الشرق موجب: السمت الحقيقي = السمت المغناطيسي + الانحراف المغناطيسي) في تاريخها، من النموذج المغناطيسي العالمي الساري في ذلك التاريخ (WMM2010 أو WMM2015v2 أو WMM2020 أو WMM2025، من 2010 إلى 2029)، والنموذج المستخدم، وتقارب الشبكة (تقارب خطوط الطول) (السمت الشبكي = السمت الحقيقي - التقارب) للشبكة المختارة، وافتراضيًا منطقة UTM الخاصة بالنقطة.

التاريخ: حقل التاريخ حين تكون له قيمة، وإلا فالتاريخ الثابت. النقطة التي لا تاريخ لها، أو التي لا يغطي تاريخها أي نموذج، يبقى انحرافها المغناطيسي فارغًا ويُذكر اسمها في السجل. لا يُعدَّل الإدخال.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="44"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="47"/>
        <source>Date field</source>
        <translation>حقل التاريخ</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="49"/>
        <source>Date (when the field is empty)</source>
        <translation>التاريخ (حين يكون الحقل فارغًا)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="52"/>
        <source>Grid for the convergence (empty: each point&apos;s UTM zone)</source>
        <translation>شبكة التقارب (فارغ: منطقة UTM لكل نقطة)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="55"/>
        <source>Points with declination</source>
        <translation>النقاط مع الانحراف المغناطيسي</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="66"/>
        <source>The points layer {layer} has no CRS, so its positions are unknown: set its CRS and run again.</source>
        <translation>طبقة النقاط {layer} بلا نظام إحداثيات مرجعي، فمواقعها مجهولة: حدِّد نظام إحداثياتها المرجعي وأعد التشغيل.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="97"/>
        <source>Feature {fid}: {problem}</source>
        <translation>المعلم {fid}: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportFieldFormsAlgorithm</name>
    <message>
        <location filename="../processing/export_field_forms.py" line="20"/>
        <source>Export field forms (XLSForm)</source>
        <translation>تصدير النماذج الميدانية (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="23"/>
        <source>Writes the field forms of a mine action database as XLSForm workbooks, for KoBoToolbox, ODK Central and Survey123 Connect: a non-technical survey / hazard report (with the benchmark and a repeat of survey points), a technical survey / clearance progress and completion report (with the perimeter and a repeat of EO finds) and an EO spot report.

The select lists are the database&apos;s own active lookup entries; questions keep the data model&apos;s field names, required fields and checks (bearing range per unit, distances of zero or more, no future dates). Labels are written in every language chosen (default: the database&apos;s language and English); the first is the forms&apos; default language.</source>
        <translation>يكتب النماذج الميدانية لقاعدة بيانات الأعمال المتعلقة بالألغام كمصنفات XLSForm لـ KoBoToolbox وODK Central وSurvey123 Connect: تقرير المسح غير التقني / تقرير المنطقة الخطرة (مع العلامة الثابتة (BM) ومجموعة متكررة من نقاط المسح)، وتقرير تقدم وإنجاز المسح التقني / التطهير (مع المحيط ومجموعة متكررة من اكتشافات الذخائر المتفجرة (EO))، وتقرير فوري عن الذخائر المتفجرة (EO).

قوائم الاختيار هي الإدخالات النشطة في قوائم قاعدة البيانات نفسها؛ وتحتفظ الأسئلة بأسماء الحقول والحقول الإلزامية وفحوص نموذج البيانات (نطاق السمت لكل وحدة، ومسافات صفرية أو أكبر، ولا تواريخ في المستقبل). تُكتب التسميات بكل لغة مختارة (افتراضيًا: لغة قاعدة البيانات والإنجليزية)؛ والأولى هي اللغة الافتراضية للنماذج.</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="36"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="40"/>
        <source>Label languages (empty: the database&apos;s language and English)</source>
        <translation>لغات التسميات (فارغ: لغة قاعدة البيانات والإنجليزية)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="45"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="47"/>
        <source>Forms written</source>
        <translation>النماذج المكتوبة</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="48"/>
        <source>Files written (separated by semicolons)</source>
        <translation>الملفات المكتوبة (مفصولة بفواصل منقوطة)</translation>
    </message>
</context>
<context>
    <name>ExportNationalReportAlgorithm</name>
    <message>
        <location filename="../processing/export_national_report.py" line="33"/>
        <source>Export national report</source>
        <translation>تصدير التقرير الوطني</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="36"/>
        <source>Prints the national mine action report of a reporting year as a PDF (A4 portrait): a national summary (hazardous areas remaining, SHA and CHA, land released by method, explosive ordnance found and destroyed), the Article 7 tables of the Anti-Personnel Mine Ban Convention (mined areas remaining by region, number and m²; areas released in the year by cancellation, reduction and clearance) and their equivalent for cluster munition remnants under the Convention on Cluster Munitions, and charts: land released per year by method, remaining area by region and, when a completion date is given, progress against it.

The figures are those of Land release statistics: every m² counted once, by the method that released it first. The reporting period is the calendar year, up to the as-of date (default: 31 December of the year, or today if that is earlier). The database is not modified.</source>
        <translation>يطبع التقرير الوطني للأعمال المتعلقة بالألغام لسنة ما بصيغة PDF (A4 عمودي): ملخصًا وطنيًا (المناطق الخطرة المتبقية، المشتبه بها (SHA) والمؤكدة (CHA)، الأراضي المحرَّرة حسب الطريقة، الذخائر المتفجرة التي عُثر عليها ودُمّرت)، وجداول المادة 7 من اتفاقية حظر الألغام المضادة للأفراد (المناطق الملغومة المتبقية حسب المنطقة، العدد والمساحة بالمتر المربع؛ المناطق المحرَّرة في السنة بالإلغاء والتخفيض والتطهير) وما يقابلها لمخلفات الذخائر العنقودية بموجب اتفاقية الذخائر العنقودية، ومخططات: الأراضي المحرَّرة سنويًا حسب الطريقة، والمساحة المتبقية حسب المنطقة، والتقدم نحو تاريخ الإنجاز إن حُدِّد.

الأرقام هي أرقام إحصاءات تحرير الأراضي: يُحتسب كل م² مرة واحدة، بالطريقة التي حرّرته أولًا. فترة التقرير هي السنة الميلادية حتى تاريخ الاحتساب (الافتراضي: 31 ديسمبر من السنة، أو اليوم إن كان أسبق). لا تُعدَّل قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="54"/>
        <source>Reporting year</source>
        <translation>سنة التقرير</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="57"/>
        <source>As-of date of the remaining areas (default: the end of the year)</source>
        <translation>تاريخ احتساب المناطق المتبقية (الافتراضي: نهاية السنة)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>The database&apos;s language</source>
        <translation>لغة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="64"/>
        <source>Issuing authority</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="67"/>
        <source>Completion target date (optional: the progress chart)</source>
        <translation>التاريخ المستهدف للإنجاز (اختياري: مخطط التقدم)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="73"/>
        <source>Remaining area targeted at that date (m²)</source>
        <translation>المساحة المتبقية المستهدفة في ذلك التاريخ (م²)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>National report PDF</source>
        <translation>التقرير الوطني بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="104"/>
        <source>Reading the statistics of {year} at {as_of}</source>
        <translation>قراءة إحصاءات سنة {year} حتى {as_of}</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="115"/>
        <source>{pages} pages written</source>
        <translation>كُتبت {pages} صفحات</translation>
    </message>
</context>
<context>
    <name>ExportOverviewAlgorithm</name>
    <message>
        <location filename="../processing/export_overview.py" line="19"/>
        <source>Export national overview map</source>
        <translation>تصدير الخريطة الوطنية العامة</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="24"/>
        <source>Prints an A3 landscape overview of the programme: hazardous areas by class and land release activities by outcome, with tables of the number and ground area of hazards by class and status and of the area of activities by outcome (ellipsoidal square metres, computed from the geometries).</source>
        <translation>يطبع خريطة عامة للبرنامج بحجم A3 أفقي: المناطق الخطرة حسب الفئة وأنشطة تحرير الأراضي حسب النتيجة، مع جداول بعدد المناطق الخطرة ومساحتها الأرضية حسب الفئة والحالة، وبمساحة الأنشطة حسب النتيجة (أمتار مربعة على الإهليلج، محسوبة من الأشكال الهندسية).</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="32"/>
        <source>Issuing authority</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>Overview PDF</source>
        <translation>الخريطة العامة PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>Overview PNG image</source>
        <translation>صورة PNG للخريطة العامة</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>The database&apos;s language</source>
        <translation>لغة قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>ExportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/export_records.py" line="24"/>
        <source>Export records through a field mapping profile</source>
        <translation>تصدير السجلات عبر ملف تعريف لمطابقة الحقول</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="27"/>
        <source>Writes the records of one table (hazards, land release activities or EO finds) in the shape of another system, as a field mapping profile describes it: the source&apos;s field names, its codes for ours, its CRS, and each record&apos;s external ID in the source&apos;s ID field (e.g. IMSMA Core&apos;s imsma_id), so that records imported through the profile go back with their identity. A code with no source code is named and nothing is written. A shapefile output keeps field names of at most 10 characters: a profile with longer names is refused rather than truncated (docs/field-mapping.md).</source>
        <translation>يكتب سجلات جدول واحد (المناطق الخطرة أو أنشطة تحرير الأراضي أو اكتشافات الذخائر المتفجرة (EO)) بشكل نظام آخر كما يصفه ملف تعريف لمطابقة الحقول: أسماء حقول المصدر، ورموزه المقابلة لرموزنا، ونظام إحداثياته، والمعرّف الخارجي لكل سجل في حقل المعرّف لدى المصدر (مثل imsma_id في IMSMA Core)، لكي تعود السجلات المستوردة عبر الملف بهويتها. يُذكر كل رمز لا يقابله رمز في المصدر ولا يُكتب شيء. يحتفظ ملف shapefile الناتج بأسماء حقول لا تتجاوز 10 أحرف: يُرفض ملف التعريف ذو الأسماء الأطول بدلاً من اقتطاعها (docs/field-mapping.md).</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="40"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="45"/>
        <source>Exported records</source>
        <translation>السجلات المصدَّرة</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="47"/>
        <source>Records exported</source>
        <translation>عدد السجلات المصدَّرة</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="69"/>
        <source>The records could not be written: {error}</source>
        <translation>تعذّرت كتابة السجلات: {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="71"/>
        <source>{count} records of {table} exported through profile {profile}</source>
        <translation>صُدِّر {count} سجلاً من {table} عبر ملف التعريف {profile}</translation>
    </message>
</context>
<context>
    <name>ExportTaskOrdersAlgorithm</name>
    <message>
        <location filename="../processing/export_task_orders.py" line="29"/>
        <source>Export task orders</source>
        <translation>تصدير أوامر المهام</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="34"/>
        <source>Prints a field task order for each task (all tasks, or only the selected ones): the task area with its turning points, the benchmark, access and casualty evacuation routes, helicopter landing site and medical points on a map with a UTM grid in the task&apos;s zone, a location inset, scale bar, north arrow and a declination diagram (true, grid and magnetic north at the task&apos;s planned start), the table of bearings, distances and coordinates, and the task&apos;s details.

Writes one PDF per task into the folder, or one PDF for all tasks, and optionally a PNG image of each.</source>
        <translation>يطبع أمر مهمة ميدانيًا لكل مهمة (جميع المهام، أو المحددة منها فقط): منطقة المهمة مع نقاط الانعطاف، العلامة الثابتة، طرق الوصول وطرق إخلاء المصابين، موقع هبوط المروحيات والنقاط الطبية على خريطة بشبكة UTM في منطقة المهمة، وخريطة موقع مصغّرة، ومقياس رسم خطي، وسهم الشمال، ومخطط الانحراف المغناطيسي (الشمال الحقيقي وشمال الشبكة والشمال المغناطيسي في تاريخ البدء المخطط للمهمة)، وجدول السموت والمسافات والإحداثيات، وتفاصيل المهمة.

يكتب ملف PDF لكل مهمة في المجلد، أو ملف PDF واحدًا لجميع المهام، واختياريًا صورة PNG لكل منها.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="47"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A3 landscape</source>
        <translation>A3 أفقي</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="58"/>
        <source>One PDF for all tasks</source>
        <translation>ملف PDF واحد لجميع المهام</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="60"/>
        <source>Also write PNG images</source>
        <translation>كتابة صور PNG أيضًا</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="64"/>
        <source>Output folder</source>
        <translation>مجلد المخرجات</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="66"/>
        <source>Task orders written</source>
        <translation>أوامر المهام المكتوبة</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="67"/>
        <source>Files written (separated by semicolons)</source>
        <translation>الملفات المكتوبة (مفصولة بفواصل منقوطة)</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="74"/>
        <source>The tasks layer cannot be read.</source>
        <translation>تتعذّر قراءة طبقة المهام.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="85"/>
        <source>The tasks layer has no field &apos;task_id&apos;.</source>
        <translation>طبقة المهام لا تحوي الحقل «task_id».</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="89"/>
        <source>{count} task orders to print</source>
        <translation>أوامر المهام المراد طباعتها: {count}</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="95"/>
        <source>Cancelled: no task order was written.</source>
        <translation>أُلغيت العملية: لم يُكتب أي أمر مهمة.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>The database&apos;s language</source>
        <translation>لغة قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="50"/>
        <source>Mine action database (default: the tasks&apos; database)</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام (افتراضيًا: قاعدة بيانات المهام)</translation>
    </message>
</context>
<context>
    <name>FieldCopy</name>
    <message>
        <location filename="../store/field_copy.py" line="146"/>
        <source>No hazard has the region &apos;{region}&apos; (regions in the database: {known}).</source>
        <translation>لا توجد منطقة خطرة في المنطقة الإدارية «{region}» (المناطق الإدارية في قاعدة البيانات: {known}).</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="154"/>
        <source>There is no task &apos;{task}&apos; in the database.</source>
        <translation>لا توجد مهمة «{task}» في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="209"/>
        <source>The field copy {path} would replace the database it is made from. Choose another file.</source>
        <translation>النسخة الميدانية {path} ستحلّ محلّ قاعدة البيانات المأخوذة منها. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="242"/>
        <source>{table}: {count} records copied</source>
        <translation>{table}: نُسخ {count} سجلًا</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="266"/>
        <source>Give either a region or a task for the field copy, not both and not neither.</source>
        <translation>حدّد للنسخة الميدانية إما منطقة إدارية وإما مهمة، لا كليهما ولا أيًّا منهما.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="272"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} موجود مسبقًا. اختر ملفًا آخر أو اسمح بالكتابة فوقه.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="276"/>
        <source>{path} is a mine action database, not a field copy: it is never overwritten. Choose another file for the field copy.</source>
        <translation>{path} قاعدة بيانات للأعمال المتعلقة بالألغام وليست نسخة ميدانية: لا يُكتب فوقها أبدًا. اختر ملفًا آخر للنسخة الميدانية.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="347"/>
        <source>{path} is a mine action database but not a field copy (it has no record of its base). Only a copy written by &apos;Make field copy&apos; can be submitted; bring other records in with &apos;Import records&apos;.</source>
        <translation>{path} قاعدة بيانات للأعمال المتعلقة بالألغام لكنها ليست نسخة ميدانية (لا تحفظ سجلًا لأساسها). لا يمكن إرسال إلا نسخة كتبتها «إنشاء نسخة ميدانية»؛ أدخل السجلات الأخرى باستخدام «استيراد سجلات».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="357"/>
        <source>{path} was made by a newer version of Mine Action Mapper (field copy format {version}; this plugin knows {known}). Update the plugin to submit it.</source>
        <translation>{path} أنشأها إصدار أحدث من Mine Action Mapper (تنسيق النسخة الميدانية {version}؛ تعرف هذه الإضافة {known}). حدّث الإضافة لإرسالها.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="105"/>
        <source>{copy} is a field copy of another database ({source}, copied {copied}), not of {database}: nothing was submitted. Submit it to the database it was made from.</source>
        <translation>{copy} نسخة ميدانية من قاعدة بيانات أخرى ({source}، نُسخت في {copied})، وليست من {database}: لم يُرسل شيء. أرسلها إلى قاعدة البيانات المأخوذة منها.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="144"/>
        <source>deleted in the field copy; kept in the database (a field copy never deletes: delete it there if it must go)</source>
        <translation>حُذف في النسخة الميدانية؛ وأُبقي في قاعدة البيانات (النسخة الميدانية لا تحذف أبدًا: احذفه هناك إن وجب حذفه)</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="168"/>
        <source>added in the field copy and already in the database with other values</source>
        <translation>أُضيف في النسخة الميدانية وهو موجود في قاعدة البيانات بقيم أخرى</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="175"/>
        <source>changed in the field copy but deleted in the database since the copy was made; not applied</source>
        <translation>عُدّل في النسخة الميدانية لكنه حُذف من قاعدة البيانات بعد النسخ؛ لم يُطبّق</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="184"/>
        <source>changed in the field copy and in the database since the copy was made; not applied</source>
        <translation>عُدّل في النسخة الميدانية وفي قاعدة البيانات بعد النسخ؛ لم يُطبّق</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="255"/>
        <source>Table {table} refused the submission: {error}. Nothing was written.</source>
        <translation>رفض الجدول {table} الإرسال: {error}. لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>FieldForms</name>
    <message>
        <location filename="../core/field_forms.py" line="162"/>
        <source>At most {length} characters</source>
        <translation>{length} حرفًا على الأكثر</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="197"/>
        <source>The date cannot be in the future</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="208"/>
        <source>Benchmark position</source>
        <translation>موقع العلامة الثابتة (BM)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="210"/>
        <source>Benchmark description</source>
        <translation>وصف العلامة الثابتة (BM)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="212"/>
        <source>Survey points</source>
        <translation>نقاط المسح</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="217"/>
        <source>Give the bearing, or the bearing as recorded</source>
        <translation>أدخل السمت، أو السمت كما سُجِّل</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="223"/>
        <source>Slope measured?</source>
        <translation>هل قيس الميل؟</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="229"/>
        <source>GPS position (optional)</source>
        <translation>موقع GPS (اختياري)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="238"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="288"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="241"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="270"/>
        <source>Non-technical survey / hazard report</source>
        <translation>المسح غير التقني / تقرير المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="286"/>
        <source>Position of the find</source>
        <translation>موقع الاكتشاف</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="332"/>
        <source>Perimeter recorded as</source>
        <translation>سُجِّل المحيط بصفته</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="334"/>
        <source>Perimeter</source>
        <translation>المحيط</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="337"/>
        <source>EO finds</source>
        <translation>اكتشافات الذخائر المتفجرة (EO)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="341"/>
        <source>Technical survey / clearance progress and completion report</source>
        <translation>تقرير تقدم وإنجاز المسح التقني / التطهير</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="352"/>
        <source>EO spot report</source>
        <translation>تقرير فوري عن الذخائر المتفجرة (EO)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Drawn or walked with GPS (geoshape)</source>
        <translation>مرسوم أو مُتتبَّع بنظام GPS (geoshape)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Survey points (bearings and distances)</source>
        <translation>نقاط المسح (السموت والمسافات)</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="21"/>
        <source>The plugin has no translation into &apos;{code}&apos;. Choose among: {codes}.</source>
        <translation>لا تتوفر في الإضافة ترجمة إلى '{code}'. اختر من بين: {codes}.</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="61"/>
        <source>The folder {folder} cannot be written: {error}. Choose another output folder.</source>
        <translation>تتعذر الكتابة في المجلد {folder}: {error}. اختر مجلد إخراج آخر.</translation>
    </message>
</context>
<context>
    <name>FieldSubmissions</name>
    <message>
        <location filename="../core/field_submissions.py" line="146"/>
        <source>Geopoint &apos;{name}&apos; reads &apos;{text}&apos;, not &apos;latitude longitude altitude accuracy&apos;</source>
        <translation>النقطة الجغرافية '{name}' تحتوي على '{text}'، وليس 'خط العرض خط الطول الارتفاع الدقة'</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="131"/>
        <source>Geopoint &apos;{name}&apos; has no readable latitude and longitude: {lat}, {lon}</source>
        <translation>النقطة الجغرافية '{name}' ليس لها خط عرض وخط طول مقروءان: {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="243"/>
        <source>A submission has no instance UUID (_uuid, meta-instanceID)</source>
        <translation>أحد الإرسالات ليس له معرّف UUID للنسخة (_uuid, meta-instanceID)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="249"/>
        <source>Submission {uuid}: its instance ID is not a UUID</source>
        <translation>الإرسال {uuid}: معرّف النسخة ليس UUID</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="278"/>
        <source>Submission {uuid}: the benchmark position is missing</source>
        <translation>الإرسال {uuid}: موقع العلامة الثابتة (BM) مفقود</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="71"/>
        <source>{path} cannot be read as a KoBoToolbox XLSX export.</source>
        <translation>لا يمكن قراءة {path} كتصدير XLSX من KoBoToolbox.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="91"/>
        <source>{path} cannot be read as an ODK Central CSV export: {error}</source>
        <translation>لا يمكن قراءة {path} كتصدير CSV من ODK Central: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="243"/>
        <source>The records could not be written: {error}</source>
        <translation>تعذرت كتابة السجلات: {error}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="218"/>
        <source>The export holds none of {names}: is it an ODK Central export of a field form?</source>
        <translation>لا يحتوي التصدير على أي من {names}: هل هو تصدير من ODK Central لنموذج ميداني؟</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="254"/>
        <source>Submission {uuid}: the {field} is missing</source>
        <translation>الإرسال {uuid}: الحقل {field} مفقود</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="321"/>
        <source>Submission {uuid}: the perimeter is recorded as &apos;{method}&apos;, neither {drawn} nor {walked}</source>
        <translation>الإرسال {uuid}: المحيط مسجَّل على أنه '{method}'، وليس {drawn} ولا {walked}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="337"/>
        <source>Submission {uuid}: the perimeter has {count} corners; a drawn perimeter needs at least three</source>
        <translation>الإرسال {uuid}: للمحيط {count} رؤوس؛ يحتاج المحيط المرسوم إلى ثلاثة على الأقل</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="371"/>
        <source>Submission {uuid}: find {find} has no position (a find is a point of the EO finds layer)</source>
        <translation>الإرسال {uuid}: الاكتشاف {find} بلا موقع (الاكتشاف نقطة في طبقة اكتشافات الذخائر المتفجرة (EO))</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="416"/>
        <source>The Survey123 export holds no layer named after a field form ({forms}); its layers: {layers}</source>
        <translation>لا يحتوي تصدير Survey123 على طبقة باسم نموذج ميداني ({forms})؛ طبقاته: {layers}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="170"/>
        <source>{path} cannot be read as a Survey123 export (file geodatabase or CSV): {error}</source>
        <translation>لا يمكن قراءة {path} كتصدير من Survey123 (قاعدة بيانات جغرافية ملفية أو CSV): {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="195"/>
        <source>{path} cannot be read as a zip file: {error}</source>
        <translation>لا يمكن قراءة {path} كملف zip: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="207"/>
        <source>{path} is not a field export this import reads: a KoBoToolbox XLSX, an ODK Central CSV zip, or a Survey123 file geodatabase or CSV zip.</source>
        <translation>{path} ليس تصديرًا ميدانيًا يقرؤه هذا الاستيراد: ملف XLSX من KoBoToolbox، أو ملف zip بصيغة CSV من ODK Central، أو قاعدة بيانات جغرافية ملفية أو ملف zip بصيغة CSV من Survey123.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="427"/>
        <source>Photos not in the export (download its media too): {names}</source>
        <translation>صور غير موجودة في التصدير (نزّل وسائطه أيضًا): {names}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="432"/>
        <source>Submission {uuid} ({record}) was not imported: {problem}</source>
        <translation>لم يُستورد الإرسال {uuid} ({record}): {problem}</translation>
    </message>
</context>
<context>
    <name>HazardPolygonsFromSurveyAlgorithm</name>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="30"/>
        <source>Hazard polygons from survey table</source>
        <translation>مضلعات المناطق الخطرة من جدول المسح</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="34"/>
        <source>Computes a hazard polygon for every hazard in a survey table: the benchmark position (coord_entered: lat/lon, UTM or MGRS) and each point&apos;s bearing and distance from an earlier point, as recorded in the field (the survey_points fields: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). The table may be a CSV file, a spreadsheet or a database table, and may hold many hazards.

Magnetic bearings get the World Magnetic Model declination at the survey date, unless the table records a declination. Grid bearings refer to the grid chosen here, by default the UTM zone of each hazard&apos;s benchmark.

Closure: the end point re-observes the start point; the misclosure and the relative precision 1:N are checked against the programme tolerance (0 switches a limit off), and a leg longer than the longest leg accepted is refused. These default to the programme settings (Settings &gt; Options &gt; Mine Action; built in: 1:200, no limit in metres, 2000 m legs); a value left at its default takes the setting of the database the survey table belongs to. The compass (Bowditch) rule distributes the misclosure only when asked and only when the traverse is within tolerance. With the automatic closing convention, a table without an end point (such as a radial survey) is closed on its start point without a misclosure.

Plausibility: a leg longer than the longest leg accepted (default 2,000 m horizontal; never more than 100 km) is refused, and a benchmark more than 100 km from the table&apos;s other benchmarks is reported as a warning (a wrong MGRS band or a swapped sign).

Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the computed survey points and a closure report with one row per hazard. A hazard whose table has an error is reported by hazard, point and field, and skipped; the others are computed. When no hazard can be computed the algorithm fails. Every input is read and computed before any output is written, and the input is never modified.</source>
        <translation>يحسب مضلعًا لكل منطقة خطرة في جدول المسح: موقع العلامة الثابتة (coord_entered: خط العرض/خط الطول أو UTM أو MGRS) وسمت كل نقطة ومسافتها من نقطة سابقة، كما سُجِّلت في الميدان (حقول survey_points: hazard_id، point_no، point_type، from_point، bearing، bearing_unit، north_reference، distance_m، slope_deg، declination_deg، survey_date). يمكن أن يكون الجدول ملف CSV أو جدول بيانات أو جدولًا في قاعدة بيانات، وأن يضم مناطق خطرة عديدة.

تحصل السموت المغناطيسية على الانحراف المغناطيسي من النموذج المغناطيسي العالمي في تاريخ المسح، ما لم يسجّل الجدول انحرافًا مغناطيسيًا. تشير السموت الشبكية إلى الشبكة المختارة هنا، وافتراضيًا منطقة UTM للعلامة الثابتة لكل منطقة خطرة.

الإغلاق: تعيد نقطة النهاية رصد نقطة البداية؛ ويُقارن خطأ الإغلاق والدقة النسبية 1:N بتفاوت البرنامج المسموح (القيمة 0 تُلغي الحد)، ويُرفض كل ضلع أطول من أطول ضلع مقبول. تأخذ هذه القيم افتراضيًا إعدادات البرنامج (الإعدادات &gt; الخيارات &gt; الأعمال المتعلقة بالألغام؛ المدمجة: 1:200، بلا حد بالأمتار، أضلاع 2000 m)؛ والقيمة المتروكة على افتراضيها تأخذ إعداد قاعدة البيانات التي ينتمي إليها جدول المسح. لا توزّع قاعدة البوصلة (بوديتش) خطأ الإغلاق إلا عند الطلب وحين يكون الترافرس ضمن التفاوت المسموح. ومع اصطلاح الإغلاق التلقائي، يُغلق الجدول الذي لا نقطة نهاية فيه (كالمسح الشعاعي) على نقطة البداية دون خطأ إغلاق.

المعقولية: يُرفض كل ضلع أطول من أطول ضلع مقبول (افتراضيًا 2,000 m أفقيًا؛ ولا يزيد أبدًا عن 100 km)، ويُبلَّغ بتحذير عن كل علامة ثابتة تبعد أكثر من 100 km عن العلامات الثابتة الأخرى في الجدول (نطاق MGRS خاطئ أو إشارة معكوسة).

المخرجات: مضلعات المناطق الخطرة (المساحة على إهليلج WGS 84)، ونقاط المسح المحسوبة، وتقرير إغلاق بصف واحد لكل منطقة خطرة. المنطقة الخطرة التي في جدولها خطأ يُبلَّغ عنها حسب المنطقة الخطرة والنقطة والحقل، وتُتخطّى؛ وتُحسب الأخرى. وحين يتعذّر حساب أي منطقة خطرة تفشل الخوارزمية. يُقرأ كل إدخال ويُحسب قبل كتابة أي مُخرَج، ولا يُعدَّل الإدخال أبدًا.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="74"/>
        <source>Survey table (survey points of one or more hazards)</source>
        <translation>جدول المسح (نقاط المسح لمنطقة خطرة واحدة أو أكثر)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="77"/>
        <source>Tolerance: largest misclosure in metres (0: no limit)</source>
        <translation>التفاوت المسموح: أكبر خطأ إغلاق بالأمتار (0: بلا حد)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="81"/>
        <source>Tolerance: smallest relative precision 1:N (0: no limit)</source>
        <translation>التفاوت المسموح: أصغر دقة نسبية 1:N (0: بلا حد)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="84"/>
        <source>Longest leg accepted (m)</source>
        <translation>أطول ضلع مقبول (m)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="88"/>
        <source>Distribute the misclosure (compass rule) when within tolerance</source>
        <translation>توزيع خطأ الإغلاق (قاعدة البوصلة) حين يكون ضمن التفاوت المسموح</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="91"/>
        <source>Grid of grid bearings (empty: the benchmark&apos;s UTM zone)</source>
        <translation>شبكة السموت الشبكية (فارغ: منطقة UTM للعلامة الثابتة)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Closing convention</source>
        <translation>اصطلاح الإغلاق</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Automatic: close on the start point when the table has an end point</source>
        <translation>تلقائي: الإغلاق على نقطة البداية حين يحوي الجدول نقطة نهاية</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The end point re-observes the start point</source>
        <translation>تعيد نقطة النهاية رصد نقطة البداية</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The closing side was not measured</source>
        <translation>لم يُقَس ضلع الإغلاق</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="100"/>
        <source>Hazard polygons</source>
        <translation>مضلعات المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="102"/>
        <source>Computed survey points</source>
        <translation>نقاط المسح المحسوبة</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="105"/>
        <source>Closure report</source>
        <translation>تقرير الإغلاق</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="107"/>
        <source>Hazards computed</source>
        <translation>المناطق الخطرة المحسوبة</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="108"/>
        <source>Hazards skipped</source>
        <translation>المناطق الخطرة المتخطّاة</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="126"/>
        <source>The survey table has no column {names}: columns must carry the survey point field names</source>
        <translation>جدول المسح لا يحوي العمود {names}: يجب أن تحمل الأعمدة أسماء حقول نقاط المسح</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="144"/>
        <source>Set a tolerance (metres or 1:N) before asking for the misclosure to be distributed.</source>
        <translation>حدِّد تفاوتًا مسموحًا (بالأمتار أو 1:N) قبل طلب توزيع خطأ الإغلاق.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="177"/>
        <source>None of the {count} hazards could be computed; first error: {error}</source>
        <translation>تعذّر حساب أي منطقة خطرة من أصل {count}؛ الخطأ الأول: {error}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="190"/>
        <source>The benchmark lies {distance:,.0f} km from the other hazards&apos; benchmarks (more than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).</source>
        <translation>تبعد العلامة الثابتة {distance:,.0f} km عن العلامات الثابتة للمناطق الخطرة الأخرى (أكثر من {limit:,.0f} km): تحقّق من إحداثياتها (نطاق MGRS، نصف الكرة، الإشارة).</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="219"/>
        <source>Hazard {hazard}: {warning}</source>
        <translation>المنطقة الخطرة {hazard}: {warning}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="221"/>
        <source>{computed} hazards computed, {failed} skipped</source>
        <translation>المناطق الخطرة المحسوبة: {computed}، المتخطّاة: {failed}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/record_checks.py" line="68"/>
        <source>The numbers look like latitude and longitude in the wrong order: longitude (east-west) must come first.</source>
        <translation>تبدو الأرقام خط عرض وخط طول بترتيب خاطئ: يجب أن يأتي خط الطول (شرق-غرب) أولًا.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="72"/>
        <source>The numbers look like UTM metres (easting 500000-ish, northing up to 10,000,000): set the layer&apos;s CRS, e.g. EPSG:326xx (north) or EPSG:327xx (south) for UTM zone xx.</source>
        <translation>تبدو الأرقام أمتار UTM (إحداثي شرقي نحو 500000، وإحداثي شمالي حتى 10,000,000): حدِّد نظام الإحداثيات المرجعي للطبقة، مثلًا EPSG:326xx (الشمال) أو EPSG:327xx (الجنوب) لمنطقة UTM رقم xx.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="77"/>
        <source>The numbers look like projected metres (UTM, a national grid or Web Mercator EPSG:3857): set the layer&apos;s CRS to the one they were measured in.</source>
        <translation>تبدو الأرقام أمتارًا مُسقَطة (UTM، أو شبكة وطنية أو Web Mercator EPSG:3857): اضبط نظام الإحداثيات المرجعي للطبقة على النظام الذي قيست به.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="81"/>
        <source>The numbers are too large for any usual CRS: check the coordinate columns.</source>
        <translation>الأرقام أكبر من أن تناسب أي نظام إحداثيات مرجعي معتاد: تحقّق من أعمدة الإحداثيات.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="47"/>
        <source>Row {row}, field &apos;{field}&apos;: {problem}</source>
        <translation>الصف {row}، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="60"/>
        <source>&apos;{value}&apos; holds characters that could not be read: the file was read in the wrong text encoding. Give its encoding (ENCODING, e.g. windows-1252) and import again.</source>
        <translation>«{value}» يحوي محارف تعذّرت قراءتها: قُرئ الملف بترميز نصي خاطئ. حدِّد ترميزه (ENCODING، مثلًا windows-1252) وأعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="93"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD</source>
        <translation>«{value}» ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="95"/>
        <source>&apos;{value}&apos; is not a valid {kind}</source>
        <translation>«{value}» ليس قيمة صالحة من نوع {kind}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>string</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>integer</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>real</source>
        <translation>عدد حقيقي</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>datetime</source>
        <translation>تاريخ ووقت</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="131"/>
        <source>Column &apos;{column}&apos; is not a field of {table}; did you mean &apos;{field}&apos;? It was not imported.</source>
        <translation>العمود «{column}» ليس حقلًا في {table}؛ هل تقصد «{field}»؟ لم يُستورد.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="136"/>
        <source>Column &apos;{column}&apos; is not a field of {table}. It was not imported.</source>
        <translation>العمود «{column}» ليس حقلًا في {table}. لم يُستورد.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="144"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none; their column &apos;{column}&apos; looks like a misspelling of it: rename that column and import again.</source>
        <translation>يحتاج الجدول {table} إلى العمود «{field}» والسجلات لا تحويه؛ ويبدو عمودها «{column}» خطأً إملائيًا فيه: أعد تسمية ذلك العمود وأعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="150"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none: add it, with a value in every row, and import again.</source>
        <translation>يحتاج الجدول {table} إلى العمود «{field}» والسجلات لا تحويه: أضفه، بقيمة في كل صف، وأعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="184"/>
        <source>a value is required: fill in this cell</source>
        <translation>القيمة مطلوبة: املأ هذه الخلية</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="188"/>
        <source>&apos;{value}&apos; is not a code of the list &apos;{list}&apos; (its codes: {codes})</source>
        <translation>«{value}» ليس رمزًا في القائمة «{list}» (رموزها: {codes})</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="195"/>
        <source>{value} is in the future: check the year (only planned dates may lie ahead)</source>
        <translation>{value} في المستقبل: تحقّق من السنة (لا يجوز أن تقع في المستقبل إلا التواريخ المخططة)</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="228"/>
        <source>the value {value} is refused: {rule}</source>
        <translation>القيمة {value} مرفوضة: {rule}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="251"/>
        <source>a {found} geometry cannot be stored in table {table}, which holds {expected} geometries</source>
        <translation>لا يمكن تخزين شكل هندسي من نوع {found} في الجدول {table}، الذي يضم أشكالًا هندسية من نوع {expected}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="264"/>
        <source>the coordinates ({x}, {y}) are not a longitude and latitude once transformed from {crs} to WGS 84 (longitude within ±180°, latitude within ±90°). {hint}</source>
        <translation>الإحداثيات ({x}، {y}) ليست خط طول وخط عرض بعد تحويلها من {crs} إلى WGS 84 (خط الطول ضمن ±180°، وخط العرض ضمن ±90°). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="279"/>
        <source>&apos;{wkt}&apos; is not a readable geometry (WKT); correct it or empty the cell</source>
        <translation>«{wkt}» ليس شكلًا هندسيًا مقروءًا (WKT)؛ صحّحه أو أفرغ الخلية</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="283"/>
        <source>the column holds a geometry but the records were read without geometries: load the file with its geometry column</source>
        <translation>يحوي العمود شكلًا هندسيًا لكن السجلات قُرئت دون أشكال هندسية: حمّل الملف مع عمود الشكل الهندسي</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="292"/>
        <source>the records have coordinates but no coordinate reference system (CRS), so their position is unknown. Set the layer&apos;s CRS, or give the CRS of the records when the layer has none (SOURCE_CRS). {hint}</source>
        <translation>للسجلات إحداثيات لكن بلا نظام إحداثيات مرجعي (CRS)، فموقعها مجهول. حدِّد نظام الإحداثيات المرجعي للطبقة، أو أعطِ نظام الإحداثيات المرجعي للسجلات حين لا يكون للطبقة نظام (SOURCE_CRS). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="298"/>
        <source>the coordinates ({x}, {y}) look like longitude and latitude in degrees, but the records&apos; CRS {crs} is projected (metres): set the CRS to the one they are in, e.g. EPSG:4326 (WGS 84).</source>
        <translation>الإحداثيات ({x}، {y}) تبدو خط طول وخط عرض بالدرجات، لكن نظام الإحداثيات المرجعي للسجلات {crs} مُسقَط (بالأمتار): اضبط نظام الإحداثيات المرجعي على النظام الذي هي فيه، مثلًا EPSG:4326 (WGS 84).</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="312"/>
        <source>the coordinates ({x}, {y}) cannot be transformed from {crs} to WGS 84. {hint}</source>
        <translation>يتعذّر تحويل الإحداثيات ({x}، {y}) من {crs} إلى WGS 84. {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="364"/>
        <source>the row has no geometry, and table {table} needs one: give it coordinates, or a layer of geometries matched by {key}</source>
        <translation>الصف بلا شكل هندسي، والجدول {table} يحتاج إلى شكل: أعطه إحداثيات، أو طبقة أشكال هندسية مطابَقة حسب {key}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="371"/>
        <source>the geometry is not valid ({reason}): correct it and import again</source>
        <translation>الشكل الهندسي غير صالح ({reason}): صحّحه وأعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="430"/>
        <source>&apos;{value}&apos; is already in table {table}: these records were probably imported before. Remove the rows already in the table from the records and import again.</source>
        <translation>«{value}» موجود مسبقًا في الجدول {table}: يُرجَّح أن هذه السجلات استوردت من قبل. احذف من السجلات الصفوف الموجودة في الجدول وأعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="435"/>
        <source>&apos;{value}&apos; is also in row {other}: each row needs its own value</source>
        <translation>«{value}» موجود أيضًا في الصف {other}: يحتاج كل صف إلى قيمته الخاصة</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="473"/>
        <source>Nothing was imported from {source} into {table}. {problem}</source>
        <translation>لم يُستورد شيء من {source} إلى {table}. {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="466"/>
        <source>Table {table} cannot be edited.</source>
        <translation>لا يمكن تعديل الجدول {table}.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="476"/>
        <source>Nothing was written to {table}: {errors}</source>
        <translation>لم يُكتب شيء في {table}: {errors}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="503"/>
        <source>{path} cannot be read as CSV.</source>
        <translation>تتعذّر قراءة {path} بصيغة CSV.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="64"/>
        <source>&apos;{encoding}&apos; is not a text encoding name; use e.g. UTF-8, windows-1252 or ISO-8859-1.</source>
        <translation>«{encoding}» ليس اسم ترميز نصي؛ استخدم مثلًا UTF-8 أو windows-1252 أو ISO-8859-1.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="70"/>
        <source>{path} is not {encoding} text (line {line}, byte {offset}): give the file&apos;s own encoding.</source>
        <translation>{path} ليس نصًّا بترميز {encoding} (السطر {line}، البايت {offset}): حدِّد ترميز الملف الفعلي.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="82"/>
        <source>{path} is not UTF-8 text (line {line}); it was read as {encoding}. If accented letters look wrong, give the file&apos;s encoding (ENCODING).</source>
        <translation>{path} ليس نصًّا بترميز UTF-8 (السطر {line})؛ قُرئ بترميز {encoding}. إذا ظهرت الحروف المُشكَّلة أو الخاصة خاطئة، فحدِّد ترميز الملف (ENCODING).</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="121"/>
        <source>{count} rows of {path} have coordinates QGIS could not read, and its delimited text reader left them out. Nothing was imported: correct them, or give the file path itself as the records so that the rows are named.</source>
        <translation>في {path} صفوف عددها {count} فيها إحداثيات لم يستطع QGIS قراءتها، فأسقطها قارئ النصوص المحدَّدة. لم يُستورد شيء: صحّحها، أو أعطِ مسار الملف نفسه بوصفه السجلات لتُذكر الصفوف بأرقامها.</translation>
    </message>
</context>
<context>
    <name>ImportFieldSubmissionsAlgorithm</name>
    <message>
        <location filename="../processing/import_field_submissions.py" line="20"/>
        <source>Import field submissions</source>
        <translation>استيراد الإرسالات الميدانية</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="45"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="53"/>
        <source>Submission report</source>
        <translation>تقرير الإرسالات</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="55"/>
        <source>Submissions imported</source>
        <translation>الإرسالات المستوردة</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="56"/>
        <source>Submissions rejected</source>
        <translation>الإرسالات المرفوضة</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="57"/>
        <source>Submissions already imported</source>
        <translation>الإرسالات المستوردة سابقًا</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="80"/>
        <source>{accepted} submissions imported, {rejected} rejected, {skipped} already imported</source>
        <translation>استُورد {accepted} من الإرسالات، ورُفض {rejected}، وسبق استيراد {skipped}</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="42"/>
        <source>Field export (KoBoToolbox XLSX, ODK Central CSV zip, Survey123 file geodatabase or CSV zip)</source>
        <translation>تصدير ميداني (XLSX من KoBoToolbox، أو zip بصيغة CSV من ODK Central، أو قاعدة بيانات جغرافية ملفية أو zip بصيغة CSV من Survey123)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="49"/>
        <source>Folder for the photos (default: beside a GeoPackage, its name followed by _photos)</source>
        <translation>مجلد الصور (افتراضيًا: بجانب ملف GeoPackage، باسمه متبوعًا بـ _photos)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="23"/>
        <source>Imports the submissions of a field form (Export field forms) from a KoBoToolbox XLSX export or an ODK Central CSV zip. A hazard report&apos;s survey points go through the traverse engine into a hazard polygon, with its closure figures. An activity report&apos;s perimeter, drawn or walked as survey points, becomes the activity, with its EO finds; an EO spot report becomes a find. Every record is checked as Import records checks it. Activities, finds and survey points come in submitted, for the national centre&apos;s review: only approved activities release land.

Photos named by a submission are kept with its record, in a folder named after the record&apos;s UUID, under the photos folder and the table: from an ODK Central zip&apos;s media folder, or from a media or attachments folder beside the export. A Survey123 file geodatabase or CSV zip is read too.

Each submission is written in a transaction of its own: a rejected one is named, with its field, in the report, and the others still go in. A submission is known by its instance UUID (its record&apos;s UUID), so importing it again, from either export, changes nothing.</source>
        <translation>يستورد إرسالات نموذج ميداني (تصدير النماذج الميدانية) من تصدير XLSX من KoBoToolbox أو ملف zip بصيغة CSV من ODK Central. تمر نقاط المسح في تقرير المنطقة الخطرة عبر محرك الترافرس لتعطي مضلع المنطقة الخطرة مع أرقام الإغلاق. يصبح محيط تقرير النشاط، مرسومًا أو مقطوعًا كنقاط مسح، هو النشاط مع اكتشافات الذخائر المتفجرة (EO) الخاصة به؛ ويصبح التقرير الفوري عن الذخائر المتفجرة (EO) اكتشافًا. يُفحص كل سجل كما يفحصه استيراد السجلات. تصل الأنشطة والاكتشافات ونقاط المسح بحالة مقدَّم، لمراجعة المركز الوطني: لا تفرج عن الأراضي إلا الأنشطة المعتمدة.

تُحفظ الصور التي يسمّيها الإرسال مع سجله، في مجلد باسم معرّف UUID للسجل، تحت مجلد الصور والجدول: من مجلد media في ملف zip من ODK Central، أو من مجلد media أو attachments بجانب التصدير. وتُقرأ أيضًا قاعدة بيانات جغرافية ملفية أو ملف zip بصيغة CSV من Survey123.

يُكتب كل إرسال في معاملة خاصة به: يُذكر الإرسال المرفوض مع حقله في التقرير، وتُستورد الإرسالات الأخرى رغم ذلك. يُعرف الإرسال بمعرّف UUID للنسخة (معرّف UUID لسجله)، لذا فإن استيراده مرة أخرى، من أي من التصديرات، لا يغير شيئًا.</translation>
    </message>
</context>
<context>
    <name>ImportQFieldChangesAlgorithm</name>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="15"/>
        <source>Import QField changes</source>
        <translation>استيراد تعديلات QField</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="18"/>
        <source>Brings back into the mine action database what a team added, changed or deleted in QField in a package written by &apos;Package for QField&apos; (give the package folder, its project or its GeoPackage, copied back whole from the device). Records are matched by uuid, as &apos;Submit field copy&apos; does:

- a record added in QField (it has a new uuid) is inserted;
- a record changed in QField (values or geometry) is updated, unless it was also changed in the database since the package was made: then it is a conflict, reported field by field with both values and not applied;
- a record deleted in QField is reported and kept: the field never deletes from the national database (delete it there if it must go);
- every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.

Everything is written in one transaction; importing the same package again changes nothing.</source>
        <translation>يعيد إلى قاعدة بيانات الأعمال المتعلقة بالألغام ما أضافه فريق أو عدّله أو حذفه في QField ضمن حزمة كتبتها «إنشاء حزمة QField» (حدّد مجلد الحزمة أو مشروعها أو ملف GeoPackage الخاص بها، منسوخًا كاملًا من الجهاز). تُطابَق السجلات بحسب uuid كما تفعل «إرسال نسخة ميدانية»:

- السجل المضاف في QField (له uuid جديد) يُدرج؛
- السجل المعدّل في QField (القيم أو الشكل الهندسي) يُحدَّث، إلا إذا عُدّل أيضًا في قاعدة البيانات بعد إنشاء الحزمة: فهو عندئذ تعارض يُبلَّغ عنه حقلًا حقلًا مع القيمتين ولا يُطبّق؛
- السجل المحذوف في QField يُبلَّغ عنه ويُبقى: الميدان لا يحذف أبدًا شيئًا من قاعدة البيانات الوطنية (احذفه هناك إن وجب حذفه)؛
- يمرّ كل سجل مضاف أو معدّل بفحوص «استيراد سجلات»؛ ويُرفض ما يفشل مع ذكر حقله، وتدخل السجلات الأخرى.

يُكتب كل شيء في معاملة واحدة؛ واستيراد الحزمة نفسها مرة أخرى لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="35"/>
        <source>QField package folder (or its project or GeoPackage)</source>
        <translation>مجلد حزمة QField (أو مشروعها أو ملف GeoPackage الخاص بها)</translation>
    </message>
</context>
<context>
    <name>ImportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/import_records.py" line="31"/>
        <source>Import records into mine action database</source>
        <translation>استيراد سجلات إلى قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="35"/>
        <source>Adds the rows of a table or layer (CSV, spreadsheet, IMSMA export) to one table of a mine action database. Columns are matched by field name. Every row is checked first, and if any row is wrong the error names the row (1 is the first row after the header) and the field, and nothing is written:
- required columns and values: key fields, the fields the data model requires and those land release needs (hazards: hazard_id, hazard_class, status, date_of_information; activities: activity_id, activity_type, outcome, end_date) must be columns with a value in every row, even when forms would fill in a default. A column that is not a field is reported as a warning, with the field it resembles, and not imported;
- codes against the database's lookup lists; numbers and dates; no date after tomorrow except planned dates (task start and due dates);
- the data model's rules, as the forms apply them: depths, distances and areas not negative, an end date not before its start date, a bearing within its unit's circle (360°, 400 grads, 6400 or 6000 mils) ...;
- IDs: a key (hazard_id, activity_id ...), a uuid or, for survey points, a hazard_id and point_no that is repeated or already in the table is refused. Re-importing rows is refused rather than skipped: an import run twice by mistake must not add duplicates, and a partial re-import would leave it unclear which rows were new;
- geometries: readable, of the table's type, longitude/latitude once transformed to WGS 84 (the error says what the numbers look like, e.g. UTM metres in a lon/lat layer, or degrees in a projected one). Every table except survey points needs a geometry in every row. Records without a CRS (a CSV, a shapefile without .prj) are refused unless their CRS is given;
- text encoding: a text file that is not UTF-8 is read as windows-1252 with a warning, unless its encoding is given.

Rows without a geometry can take one from a second layer (for example hazard polygons computed from survey traverses), matched by the table's ID field. Areas are computed on the ellipsoid.</source>
        <translation>يضيف صفوف جدول أو طبقة (CSV، جدول بيانات، تصدير من IMSMA) إلى جدول واحد من قاعدة بيانات الأعمال المتعلقة بالألغام. تُطابَق الأعمدة حسب اسم الحقل. يُفحص كل صف أولًا، فإن كان أي صف خاطئًا ذكر الخطأ الصف (1 هو أول صف بعد الترويسة) والحقل، ولا يُكتب شيء:
- الأعمدة والقيم المطلوبة: حقول المفاتيح، والحقول التي يشترطها نموذج البيانات وتلك التي يحتاجها تحرير الأراضي (المناطق الخطرة: hazard_id، hazard_class، status، date_of_information؛ الأنشطة: activity_id، activity_type، outcome، end_date) يجب أن تكون أعمدة بقيمة في كل صف، حتى حين تملأ النماذج قيمة افتراضية. العمود الذي ليس حقلًا يُبلَّغ عنه بتحذير، مع الحقل الذي يشبهه، ولا يُستورد؛
- الرموز مقابل قوائم البحث في قاعدة البيانات؛ الأرقام والتواريخ؛ لا تاريخ بعد الغد إلا التواريخ المخططة (تاريخا بدء المهمة واستحقاقها)؛
- قواعد نموذج البيانات، كما تطبقها النماذج: الأعماق والمسافات والمساحات غير سالبة، وتاريخ انتهاء لا يسبق تاريخ البدء، وسمت ضمن دائرة وحدته (360°، 400 غراد، 6400 أو 6000 mils)...؛
- المعرّفات: يُرفض المفتاح (hazard_id، activity_id...) أو uuid أو، لنقاط المسح، hazard_id وpoint_no المكرَّر أو الموجود مسبقًا في الجدول. تُرفض إعادة استيراد الصفوف بدل تخطّيها: يجب ألا يضيف استيراد شُغِّل مرتين خطأً نسخًا مكررة، والاستيراد الجزئي المتكرر يجعل الصفوف الجديدة غير واضحة؛
- الأشكال الهندسية: مقروءة، من نوع الجدول، خط طول/خط عرض بعد تحويلها إلى WGS 84 (يذكر الخطأ ما تبدو عليه الأرقام، مثلًا أمتار UTM في طبقة lon/lat، أو درجات في طبقة مُسقَطة). يحتاج كل جدول عدا نقاط المسح إلى شكل هندسي في كل صف. تُرفض السجلات التي بلا نظام إحداثيات مرجعي (CSV، أو shapefile بلا ملف .prj) ما لم يُحدَّد نظامها؛
- الترميز النصي: الملف النصي الذي ليس UTF-8 يُقرأ بترميز windows-1252 مع تحذير، ما لم يُحدَّد ترميزه.

يمكن للصفوف التي بلا شكل هندسي أن تأخذه من طبقة ثانية (مثلًا مضلعات المناطق الخطرة المحسوبة من ترافرسات المسح)، مطابَقةً حسب حقل المعرّف في الجدول. تُحسب المساحات على الإهليلج.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="75"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="77"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="82"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="87"/>
        <source>Geometries for rows without one (matched by ID)</source>
        <translation>أشكال هندسية للصفوف التي لا شكل لها (مطابَقة حسب المعرّف)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="90"/>
        <source>CRS of the records when the layer has none</source>
        <translation>نظام الإحداثيات المرجعي للسجلات حين لا يكون للطبقة نظام</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="93"/>
        <source>Text encoding of a CSV file (empty: UTF-8, or windows-1252 with a warning)</source>
        <translation>الترميز النصي لملف CSV (فارغ: UTF-8، أو windows-1252 مع تحذير)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="98"/>
        <source>Rows imported</source>
        <translation>الصفوف المستوردة</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="118"/>
        <source>The records have their own CRS, {crs}; the CRS given for records without one was not used. Change the layer&apos;s CRS if it is wrong.</source>
        <translation>للسجلات نظام إحداثيات مرجعي خاص بها، {crs}؛ لم يُستخدم النظام المحدَّد للسجلات التي بلا نظام. غيِّر نظام الإحداثيات المرجعي للطبقة إن كان خاطئًا.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="126"/>
        <source>The layer of geometries {layer} has no CRS, so its positions are unknown: set its CRS and import again.</source>
        <translation>طبقة الأشكال الهندسية {layer} بلا نظام إحداثيات مرجعي، فمواقعها مجهولة: حدِّد نظام إحداثياتها المرجعي وأعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="144"/>
        <source>{count} rows imported into {table}</source>
        <translation>الصفوف المستوردة إلى {table}: {count}</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="68"/>
        <source>A field mapping profile (a JSON file, or one shipped with the plugin: IMSMA Core-style layers, an operator&apos;s shapefile) reads another system&apos;s layer: its field names, its codes and its CRS become ours, and its own ID is kept in external_id (docs/field-mapping.md).</source>
        <translation>ملف تعريف لمطابقة الحقول (ملف JSON، أو أحد الملفات المرفقة بالإضافة: طبقات على نمط IMSMA Core، ملف shapefile لمشغّل) يقرأ طبقة نظام آخر: تصبح أسماء حقولها ورموزها ونظام إحداثياتها أسماءنا ورموزنا ونظامنا، ويُحفظ معرّفها الخاص في external_id ‏(docs/field-mapping.md).</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="214"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation>{feature}: «{value}» في الحقل {field} ليس تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="219"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation>{feature}: التاريخ في الحقل {field} مفقود.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="68"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation>{feature}: رمز غير معروف «{value}» في الحقل {field} (المتوقع أحد الرموز {codes}).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="251"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation>{feature}: الشكل الهندسي مفقود أو فارغ.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="261"/>
        <source>A {what} has no identifier.</source>
        <translation>عنصر من نوع {what} بلا معرّف.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="98"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation>{feature}: المعرّف مستخدم مرتين.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="310"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation>{feature}: النتيجة «{outcome}» في الحقل outcome غير ممكنة لنوع النشاط «{activity_type}».</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="319"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation>{feature}: المنطقة الخطرة «{hazard}» في الحقل hazard_id غير موجودة.</translation>
    </message>
    <message>
        <location filename="../core/land_release_plan.py" line="224"/>
        <source>Confirmed part of {hazard}, re-registered from the land release history on {date}.</source>
        <translation>جزء مؤكد من {hazard}، أُعيد تسجيله من سجل تحرير الأراضي في {date}.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation>يقع النشاط خارج كل منطقة خطرة يمكن أن يؤثر فيها.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="34"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation>جزء من النشاط يغطي أرضًا حرّرها نشاط سابق؛ يُحسب مرة واحدة، بالطريقة السابقة.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation>انتهى النشاط قبل تاريخ المعلومات للمنطقة الخطرة ولا يغيّر المنطقة الخطرة.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="40"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation>أُسقطت شريحة رفيعة أصغر من التفاوت المسموح.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="42"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation>كان الشكل الهندسي غير صالح وقد أُصلح.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="44"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation>تتداخل المنطقة الخطرة مع سجل منطقة خطرة سابق؛ يُحسب التداخل في المنطقة الخطرة السابقة فقط.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="47"/>
        <source>The activity ends in the future (a mistyped year?); it was not applied. Correct its end date and compute again.</source>
        <translation>ينتهي النشاط في المستقبل (خطأ في كتابة السنة؟)؛ لم يُطبَّق. صحّح تاريخ انتهائه وأعد الحساب.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="50"/>
        <source>The hazard&apos;s date of information is in the future (a mistyped year?); activities that ended before it do not change the hazard.</source>
        <translation>تاريخ المعلومات للمنطقة الخطرة في المستقبل (خطأ في كتابة السنة؟)؛ الأنشطة التي انتهت قبله لا تغيّر المنطقة الخطرة.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="48"/>
        <source>feature {fid}</source>
        <translation>المعلم {fid}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="56"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>الطبقة {layer} لا تحوي الحقل {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="160"/>
        <source>{feature}: field {field} is empty.</source>
        <translation>{feature}: الحقل {field} فارغ.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="104"/>
        <source>{feature}: the hazard has no geometry, so its land is unknown (only a closed hazard may have none). Give it its polygon (draw it, import it or compute it from its survey table).</source>
        <translation>{feature}: المنطقة الخطرة بلا شكل هندسي، فأرضها مجهولة (لا يجوز ذلك إلا لمنطقة خطرة مغلقة). أعطها مضلعها (ارسمه أو استورده أو احسبه من جدول المسح الخاص بها).</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="285"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>تتعذّر الكتابة في الجدول {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="331"/>
        <source>Table {table} cannot be edited.</source>
        <translation>لا يمكن تعديل الجدول {table}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="83"/>
        <source>{database}: cannot lock the hazards to update: {error}. Nothing was written.</source>
        <translation>{database}: تعذّر قفل المناطق الخطرة المراد تحديثها: {error}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="94"/>
        <source>{database}: hazard {hazard} was changed by another editor since the update read it (version {read}, now {now}); nothing was written. Run the update again.</source>
        <translation>{database}: غيّر محرر آخر المنطقة الخطرة {hazard} منذ أن قرأها التحديث (الإصدار {read}، والآن {now})؛ لم يُكتب شيء. شغّل التحديث مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>LandReleaseDock</name>
    <message>
        <location filename="../ui/panels.py" line="21"/>
        <source>Land release</source>
        <translation>تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="90"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="92"/>
        <source>From map selection</source>
        <translation>من التحديد على الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="101"/>
        <source>Activities, by end date</source>
        <translation>الأنشطة، حسب تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="107"/>
        <source>Register an activity</source>
        <translation>تسجيل نشاط</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="109"/>
        <source>Draw on map</source>
        <translation>الرسم على الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="111"/>
        <source>Left click adds a corner, right click finishes, Esc abandons.</source>
        <translation>النقر الأيسر يضيف رأسًا، والنقر الأيمن ينهي، وEsc يتخلّى عن الرسم.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="114"/>
        <source>Area</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="119"/>
        <source>Use selected</source>
        <translation>استخدام المحدَّد</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="122"/>
        <source>or from layer</source>
        <translation>أو من طبقة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="442"/>
        <source>No area yet</source>
        <translation>لا مساحة بعد</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="126"/>
        <source>Activity ID</source>
        <translation>معرّف النشاط</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="129"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="131"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="135"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="139"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="141"/>
        <source>Commit</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="143"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="220"/>
        <source>Select a hazard on the map first.</source>
        <translation>حدِّد منطقة خطرة على الخريطة أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="231"/>
        <source>Open a mine action database to see its hazards.</source>
        <translation>افتح قاعدة بيانات للأعمال المتعلقة بالألغام لرؤية مناطقها الخطرة.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="240"/>
        <source>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</source>
        <translation>{date}  {activity}: {type}، {outcome}، {area}، {organisation}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="250"/>
        <source>{entry} (not applied yet)</source>
        <translation>{entry} (لم يُطبَّق بعد)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="265"/>
        <source>Original</source>
        <translation>الأصلية</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="266"/>
        <source>Cancelled</source>
        <translation>الملغاة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="267"/>
        <source>Reduced (technical asset)</source>
        <translation>المخفَّضة (بوسائل تقنية)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="268"/>
        <source>Reduced (no technical asset)</source>
        <translation>المخفَّضة (بلا وسائل تقنية)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="269"/>
        <source>Cleared</source>
        <translation>المطهَّرة</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="270"/>
        <source>Remaining SHA</source>
        <translation>SHA المتبقية</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="271"/>
        <source>Remaining CHA</source>
        <translation>CHA المتبقية</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="335"/>
        <source>Select one polygon in the chosen layer first.</source>
        <translation>حدِّد مضلعًا واحدًا في الطبقة المختارة أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="345"/>
        <source>Area drawn: {area}</source>
        <translation>المساحة المرسومة: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="392"/>
        <source>Remaining after this activity: &lt;b&gt;{after}&lt;/b&gt; (now {before})</source>
        <translation>المتبقي بعد هذا النشاط: &lt;b&gt;{after}&lt;/b&gt; (حاليًا {before})</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="395"/>
        <source>Released: {area}</source>
        <translation>المحرَّر: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="397"/>
        <source>Confirmed (becomes CHA): {area}</source>
        <translation>المؤكد (يصبح CHA): {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="432"/>
        <source>Register activity {activity}</source>
        <translation>تسجيل النشاط {activity}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="439"/>
        <source>Activity {activity} registered; save the layer edits to store it.</source>
        <translation>سُجِّل النشاط {activity}؛ احفظ تعديلات الطبقة لتخزينه.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="247"/>
        <source>{entry} ({review}: releases no land until approved)</source>
        <translation>{entry} ({review}: لا يحرر أي أرض حتى يُعتمد)</translation>
    </message>
</context>
<context>
    <name>LandReleaseStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/land_release_statistics.py" line="21"/>
        <source>Land released</source>
        <translation>الأراضي المحرَّرة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="23"/>
        <source>Remaining at period end</source>
        <translation>المتبقية في نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="25"/>
        <source>Remaining at the as-of date</source>
        <translation>المتبقية في التاريخ المرجعي</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="27"/>
        <source>Explosive ordnance found and destroyed</source>
        <translation>الذخائر المتفجرة المعثور عليها والمدمَّرة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="29"/>
        <source>Consistency check</source>
        <translation>فحص الاتساق</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="39"/>
        <source>Region</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="40"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="41"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="42"/>
        <source>Contamination type</source>
        <translation>نوع التلوث</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="44"/>
        <source>Hazard class</source>
        <translation>فئة المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="47"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="48"/>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="49"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="50"/>
        <source>The whole period</source>
        <translation>الفترة كلها</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="66"/>
        <source>Land release statistics</source>
        <translation>إحصاءات تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="69"/>
        <source>Tables of land release per reporting period and group, as national plans, donor reports and Article 7 reports need them: land cancelled, reduced with and without technical asset and cleared; remaining suspected (SHA) and confirmed (CHA) areas, number and m², at the end of each period and at the as-of date; explosive ordnance found and destroyed by category; and a consistency row per period (remaining at start - released + newly recorded + reclassified = remaining at end).

Every m² is counted once, by the method that released it first: the figures come from the release history and, for activities not applied yet, from the land release engine (what Update mine action database would write). Released land is grouped by the organisation of the activity and the class it left; remaining land by the hazard's reporting organisation and class.

Periods: from the start date (default: 1 January of the first record's year) to the end date (default: the as-of date, itself today by default), split by year, quarter or month. The tables are layers without geometry, and optionally one XLSX workbook with one sheet per table. The database is not modified.</source>
        <translation>جداول تحرير الأراضي حسب فترة الإبلاغ والمجموعة، كما تطلبها الخطط الوطنية وتقارير المانحين وتقارير المادة 7: الأراضي الملغاة (إلغاء)، والمخفَّضة (تخفيض) بوسائل تقنية وبدونها، والمطهَّرة (تطهير)؛ والمناطق الخطرة المشتبه بها (SHA) والمناطق الخطرة المؤكدة (CHA) المتبقية، عددًا وبالمتر المربع، في نهاية كل فترة وفي التاريخ المرجعي؛ والذخائر المتفجرة (EO) المعثور عليها والمدمَّرة حسب الفئة؛ وصف اتساق لكل فترة (المتبقية في البداية - المحرَّرة + المسجَّلة حديثًا + المعاد تصنيفها = المتبقية في النهاية).

يُحسب كل متر مربع مرة واحدة، بالطريقة التي حرَّرته أولًا: تأتي الأرقام من سجل التحرير، وبالنسبة للأنشطة التي لم تُطبَّق بعد، من محرك تحرير الأراضي (ما كان سيكتبه «تحديث قاعدة بيانات الأعمال المتعلقة بالألغام»). تُجمَّع الأراضي المحرَّرة حسب منظمة النشاط والفئة التي خرجت منها؛ والأراضي المتبقية حسب المنظمة المبلِّغة عن المنطقة الخطرة وفئتها.

الفترات: من تاريخ البداية (افتراضيًا: 1 يناير من سنة أول سجل) إلى تاريخ النهاية (افتراضيًا: التاريخ المرجعي، وهو اليوم افتراضيًا)، مقسَّمة حسب السنة أو الربع أو الشهر. الجداول طبقات بلا هندسة، ومعها اختياريًا مصنَّف XLSX واحد بورقة لكل جدول. لا تُعدَّل قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="98"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="106"/>
        <source>Split the period by</source>
        <translation>تقسيم الفترة حسب</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="110"/>
        <source>As-of date (default: today)</source>
        <translation>التاريخ المرجعي (افتراضيًا: اليوم)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="113"/>
        <source>Group by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="117"/>
        <source>Smallest piece released (m²)</source>
        <translation>أصغر جزء محرَّر (m²)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Statistics workbook</source>
        <translation>مصنَّف الإحصاءات</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنَّفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="144"/>
        <source>Reading the database and replaying the activities not applied yet</source>
        <translation>قراءة قاعدة البيانات وإعادة تطبيق الأنشطة التي لم تُطبَّق بعد</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="152"/>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="159"/>
        <source>The period end ({end}) is before its start ({start}).</source>
        <translation>نهاية الفترة ({end}) قبل بدايتها ({start}).</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="178"/>
        <source>Cannot write the output {output}.</source>
        <translation>تتعذّر كتابة المُخرَج {output}.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="189"/>
        <source>{periods} periods from {start} to {end}: {released:.1f} m² released; consistency rows balance within {worst:.3f} m²</source>
        <translation>{periods} فترات من {start} إلى {end}: {released:.1f} م² محرَّرة؛ صفوف الاتساق متوازنة في حدود {worst:.3f} م²</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="31"/>
        <source>Beneficiaries by sex, age and disability</source>
        <translation>المستفيدون حسب الجنس والعمر والإعاقة</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="33"/>
        <source>Team composition by sex</source>
        <translation>تكوين الفرق حسب الجنس</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="35"/>
        <source>Casualties by sex and age group</source>
        <translation>الضحايا حسب الجنس والفئة العمرية</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="88"/>
        <source>People, from the approved records: beneficiaries of the land handed over (women, girls, boys, men; persons with disabilities, also counted in those four), the composition of the teams by sex, and the killed and injured of accidents by sex and age group. Each row gives the people counted, how many records gave the figure and how many did not record it: a figure not recorded is never read as zero.</source>
        <translation>الأشخاص، من السجلات المعتمدة: المستفيدون من الأراضي المسلَّمة (نساء، فتيات، فتيان، رجال؛ والأشخاص ذوو الإعاقة، المحسوبون أيضًا ضمن هذه الفئات الأربع)، وتكوين الفرق حسب الجنس، وقتلى الحوادث وجرحاها حسب الجنس والفئة العمرية. يعطي كل صف عدد الأشخاص المحسوبين، وعدد السجلات التي ذكرت الرقم، وعدد السجلات التي لم تسجله: الرقم غير المسجل لا يُقرأ صفرًا أبدًا.</translation>
    </message>
</context>
<context>
    <name>MakeFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/make_field_copy.py" line="22"/>
        <source>Make field copy</source>
        <translation>إنشاء نسخة ميدانية</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="25"/>
        <source>Writes a GeoPackage for a team working offline: the hazards of one region (or one task, its hazards and their confirmed parts) with their survey points, land release activities, EO finds, tasks, site points and access routes, and the lookup lists and settings whole. It has the same forms and styles as the database, so it opens ready to edit in QGIS and QField.

The copy records what each record was when it was copied (the table field_copy_base), so that &apos;Submit field copy&apos; can send back what was added or changed and tell apart what was changed in the database meanwhile. The database is only read.</source>
        <translation>يكتب ملف GeoPackage لفريق يعمل دون اتصال: المناطق الخطرة في منطقة إدارية واحدة (أو في مهمة واحدة، مع مناطقها الخطرة وأجزائها المؤكدة) مع نقاط المسح وأنشطة تحرير الأراضي واكتشافات الذخائر المتفجرة والمهام ونقاط الموقع وطرق الوصول، وقوائم البحث والإعدادات كاملة. له النماذج والأنماط نفسها التي لقاعدة البيانات، فيُفتح جاهزًا للتحرير في QGIS وQField.

تحفظ النسخة ما كان عليه كل سجل عند النسخ (الجدول field_copy_base)، لكي تعيد «إرسال النسخة الميدانية» ما أُضيف أو عُدّل وتميّز ما عُدّل في قاعدة البيانات في الأثناء. قاعدة البيانات تُقرأ فقط.</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="38"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="42"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>المنطقة الإدارية (منطقة المناطق الخطرة)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="44"/>
        <source>Or: task ID</source>
        <translation>أو: معرّف المهمة</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>Field copy</source>
        <translation>النسخة الميدانية</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="48"/>
        <source>Overwrite an existing file</source>
        <translation>الكتابة فوق ملف موجود</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="50"/>
        <source>Records copied</source>
        <translation>السجلات المنسوخة</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="63"/>
        <source>{count} records copied into {path}</source>
        <translation>نُسخ {count} سجلًا إلى {path}</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../store/migrate.py" line="247"/>
        <source>{count} re-registered confirmed parts were linked to their hazard (parent_hazard_id).</source>
        <translation>رُبط {count} من الأجزاء المؤكدة المعاد تسجيلها بمنطقتها الخطرة (parent_hazard_id).</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="27"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="28"/>
        <source>Survey</source>
        <translation>المسح</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="29"/>
        <source>Land release</source>
        <translation>تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="30"/>
        <source>Cartography</source>
        <translation>رسم الخرائط</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="96"/>
        <source>Cancelled: no output was written.</source>
        <translation>أُلغيت العملية: لم يُكتب أي مُخرَج.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="31"/>
        <source>Reporting</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="32"/>
        <source>Field data</source>
        <translation>البيانات الميدانية</translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>Mine Action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Create mine action database…</source>
        <translation>إنشاء قاعدة بيانات الأعمال المتعلقة بالألغام…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open mine action database…</source>
        <translation>فتح قاعدة بيانات الأعمال المتعلقة بالألغام…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="184"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation>يحتاج Mine Action Mapper إلى حزم Python التالية: {packages}. ثبّتها في Python الذي يستخدمه QGIS (مثلًا بواسطة pip، أو مثبّت OSGeo4W على Windows)، ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="230"/>
        <source>Mine Action Mapper</source>
        <translation>Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>Open mine action database</source>
        <translation>فتح قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="227"/>
        <source>Upgrade…</source>
        <translation>ترقية…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97"/>
        <source>Open national database (PostGIS)…</source>
        <translation>فتح قاعدة البيانات الوطنية (PostGIS)…</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsFactory</name>
    <message>
        <location filename="../ui/options_page.py" line="239"/>
        <source>Mine Action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsPage</name>
    <message>
        <location filename="../ui/options_page.py" line="182"/>
        <source>Your defaults</source>
        <translation>قيمك الافتراضية</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="184"/>
        <source>Used for databases that have no value of their own, and for work outside a database.</source>
        <translation>تُستخدم لقواعد البيانات التي لا قيمة خاصة لها، وللعمل خارج قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="197"/>
        <source>This database: {name}</source>
        <translation>قاعدة البيانات هذه: {name}</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="201"/>
        <source>Ticked values are stored in the database and travel with it; they win over your defaults.</source>
        <translation>القيم المؤشَّر عليها تُخزَّن في قاعدة البيانات وتنتقل معها؛ وتتقدّم على قيمك الافتراضية.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="225"/>
        <source>Mine Action settings</source>
        <translation>إعدادات الأعمال المتعلقة بالألغام</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../processing/provider.py" line="17"/>
        <source>Mine Action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Mine Action Mapper: humanitarian mine action tools</source>
        <translation>Mine Action Mapper: أدوات الأعمال الإنسانية المتعلقة بالألغام</translation>
    </message>
</context>
<context>
    <name>NationalReport</name>
    <message>
        <location filename="../core/report_charts.py" line="39"/>
        <source>The national report&apos;s charts need the Python package matplotlib, which is not installed in the Python QGIS runs: install python3-matplotlib (Debian, Ubuntu) or matplotlib (OSGeo4W shell: python -m pip install matplotlib).</source>
        <translation>تحتاج مخططات التقرير الوطني إلى حزمة Python المسماة matplotlib، وهي غير مثبّتة في Python الذي يعمل به QGIS: ثبّت python3-matplotlib (Debian وUbuntu) أو matplotlib (في سطر أوامر OSGeo4W: python -m pip install matplotlib).</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="240"/>
        <source>(no region)</source>
        <translation>(بلا منطقة)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="241"/>
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="243"/>
        <source>Land cancelled (non-technical survey)</source>
        <translation>أراضٍ ملغاة (المسح غير التقني)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="244"/>
        <source>Land reduced with technical asset</source>
        <translation>أراضٍ مخفَّضة باستخدام وسائل تقنية</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="245"/>
        <source>Land reduced without technical asset</source>
        <translation>أراضٍ مخفَّضة دون وسائل تقنية</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="246"/>
        <source>Land cleared</source>
        <translation>أراضٍ مطهَّرة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="250"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="251"/>
        <source>Reduced (technical asset)</source>
        <translation>مخفَّضة (وسائل تقنية)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="252"/>
        <source>Reduced (no technical asset)</source>
        <translation>مخفَّضة (دون وسائل تقنية)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="253"/>
        <source>Cleared</source>
        <translation>مطهَّرة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="256"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (number)</source>
        <translation>SHA (العدد)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (m²)</source>
        <translation>SHA (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (number)</source>
        <translation>CHA (العدد)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (m²)</source>
        <translation>CHA (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (number)</source>
        <translation>المجموع (العدد)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (m²)</source>
        <translation>المجموع (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cancelled (m²)</source>
        <translation>ملغاة (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Reduced (m²)</source>
        <translation>مخفَّضة (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cleared (m²)</source>
        <translation>مطهَّرة (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Total released (m²)</source>
        <translation>مجموع المحرَّر (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="282"/>
        <source>No such area is known or suspected at the as-of date.</source>
        <translation>لا توجد منطقة من هذا النوع معروفة أو مشتبه بها في تاريخ الاحتساب.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="284"/>
        <source>No land was released in the reporting period.</source>
        <translation>لم تُحرَّر أي أراضٍ خلال فترة التقرير.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="287"/>
        <source>National summary</source>
        <translation>الملخص الوطني</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="288"/>
        <source>Anti-Personnel Mine Ban Convention, Article 7</source>
        <translation>اتفاقية حظر الألغام المضادة للأفراد، المادة 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="289"/>
        <source>Convention on Cluster Munitions, Article 7</source>
        <translation>اتفاقية الذخائر العنقودية، المادة 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Hazardous areas, land release and explosive ordnance (all contamination)</source>
        <translation>المناطق الخطرة وتحرير الأراضي والذخائر المتفجرة (كل أنواع التلوث)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Area (m²)</source>
        <translation>المساحة (م²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Explosive ordnance found and destroyed in the period, by category</source>
        <translation>الذخائر المتفجرة التي عُثر عليها ودُمّرت خلال الفترة، حسب الفئة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Found</source>
        <translation>عُثر عليها</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Destroyed</source>
        <translation>دُمّرت</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No explosive ordnance was found in the reporting period.</source>
        <translation>لم يُعثر على أي ذخائر متفجرة خلال فترة التقرير.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas remaining, by region (anti-personnel mines and mixed contamination)</source>
        <translation>المناطق الملغومة المتبقية حسب المنطقة (الألغام المضادة للأفراد والتلوث المختلط)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas released in the period, by region and method</source>
        <translation>المناطق الملغومة المحرَّرة خلال الفترة حسب المنطقة والطريقة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Areas contaminated by cluster munition remnants, by region</source>
        <translation>المناطق الملوثة بمخلفات الذخائر العنقودية حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Cluster munition contaminated areas released in the period, by region and method</source>
        <translation>المناطق الملوثة بالذخائر العنقودية المحرَّرة خلال الفترة حسب المنطقة والطريقة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="381"/>
        <source>The as-of date {as_of} is before the reporting year {year} starts: give an as-of date on or after {start}.</source>
        <translation>تاريخ الاحتساب {as_of} يسبق بداية سنة التقرير {year}: أدخل تاريخ احتساب في {start} أو بعده.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="55"/>
        <source>NATIONAL MINE ACTION REPORT</source>
        <translation>التقرير الوطني للأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="56"/>
        <source>Article 7 transparency reports: Anti-Personnel Mine Ban Convention and Convention on Cluster Munitions</source>
        <translation>تقارير الشفافية بموجب المادة 7: اتفاقية حظر الألغام المضادة للأفراد واتفاقية الذخائر العنقودية</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="59"/>
        <source>Issuing authority</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="60"/>
        <source>The national mine action authority</source>
        <translation>الهيئة الوطنية للأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="62"/>
        <source>Reporting period</source>
        <translation>فترة التقرير</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="63"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="64"/>
        <source>Remaining areas as of</source>
        <translation>المناطق المتبقية حتى</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="65"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="66"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="67"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="68"/>
        <source>Areas are ground areas on the WGS 84 ellipsoid, in square metres (m²). Every square metre released is counted once, by the method that released it first (cancellation by non-technical survey, reduction by technical survey, clearance), from the land release history.</source>
        <translation>المساحات مساحات أرضية على المجسم الإهليلجي WGS 84 بالمتر المربع (م²). يُحتسب كل متر مربع محرَّر مرة واحدة، بالطريقة التي حرّرته أولًا (الإلغاء بالمسح غير التقني، أو التخفيض بالمسح التقني، أو التطهير)، وفق سجل تحرير الأراضي.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="73"/>
        <source>Land released per year, by method (m²)</source>
        <translation>الأراضي المحرَّرة سنويًا حسب الطريقة (م²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="75"/>
        <source>Remaining hazardous area by region at {date} (m²)</source>
        <translation>المناطق الخطرة المتبقية حسب المنطقة حتى {date} (م²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="77"/>
        <source>Suspected (SHA)</source>
        <translation>مشتبه بها (SHA)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>مؤكدة (CHA)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="79"/>
        <source>Progress: hazardous area remaining at the end of each year, and the path to the target of {date} (m²)</source>
        <translation>التقدم: المناطق الخطرة المتبقية في نهاية كل سنة والمسار نحو هدف {date} (م²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="82"/>
        <source>Remaining</source>
        <translation>المتبقية</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="83"/>
        <source>Path to the target</source>
        <translation>المسار نحو الهدف</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="84"/>
        <source>Certified correct by the issuing authority</source>
        <translation>مصدَّق على صحته من الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="86"/>
        <source>Name, title and signature</source>
        <translation>الاسم والصفة والتوقيع</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="87"/>
        <source>Date and seal</source>
        <translation>التاريخ والختم</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="88"/>
        <source>National mine action report {period}</source>
        <translation>التقرير الوطني للأعمال المتعلقة بالألغام {period}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="90"/>
        <source>Issued on {date}. Source: {source}.</source>
        <translation>صدر في {date}. المصدر: {source}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="91"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="92"/>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="93"/>
        <source>The national report could not be written ({error}).</source>
        <translation>تعذّرت كتابة التقرير الوطني ({error}).</translation>
    </message>
    <message>
        <location filename="../layouts/national_report_data.py" line="46"/>
        <source>No hazard is recorded on or before {end}: the database has nothing to report for {year}. Choose a later reporting year.</source>
        <translation>لا توجد منطقة خطرة مسجلة في {end} أو قبله: ليس لدى قاعدة البيانات ما تبلّغ عنه لسنة {year}. اختر سنة تقرير لاحقة.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="189"/>
        <source>Hazardous areas remaining</source>
        <translation>المناطق الخطرة المتبقية</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="190"/>
        <source>of which suspected hazardous areas (SHA)</source>
        <translation>منها مناطق خطرة مشتبه بها (SHA)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="191"/>
        <source>of which confirmed hazardous areas (CHA)</source>
        <translation>منها مناطق خطرة مؤكدة (CHA)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="192"/>
        <source>Hazardous areas newly recorded in the period</source>
        <translation>المناطق الخطرة المسجلة حديثًا خلال الفترة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="198"/>
        <source>Land released in the period</source>
        <translation>الأراضي المحرَّرة خلال الفترة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="199"/>
        <source>Land released since records began</source>
        <translation>الأراضي المحرَّرة منذ بدء السجلات</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="201"/>
        <source>Explosive ordnance items found in the period</source>
        <translation>الذخائر المتفجرة التي عُثر عليها خلال الفترة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="203"/>
        <source>Explosive ordnance items destroyed in the period</source>
        <translation>الذخائر المتفجرة التي دُمّرت خلال الفترة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="348"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="274"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="275"/>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="276"/>
        <source>Boys</source>
        <translation>الفتيان</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="277"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="278"/>
        <source>Persons with disabilities</source>
        <translation>الأشخاص ذوو الإعاقة</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="280"/>
        <source>Sex and age not known</source>
        <translation>الجنس والعمر غير معروفين</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="290"/>
        <source>People: beneficiaries and casualties</source>
        <translation>الأشخاص: المستفيدون والضحايا</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries of the land handed over in the period, by sex and age</source>
        <translation>المستفيدون من الأراضي المسلَّمة خلال الفترة، حسب الجنس والعمر</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records with the count</source>
        <translation>السجلات التي فيها العدد</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records without the count</source>
        <translation>السجلات التي ليس فيها العدد</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No beneficiaries were recorded in the reporting period.</source>
        <translation>لم يُسجَّل أي مستفيد خلال فترة التقرير.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties of explosive ordnance accidents in the period, by sex and age</source>
        <translation>ضحايا حوادث الذخائر المتفجرة خلال الفترة، حسب الجنس والعمر</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed: not recorded</source>
        <translation>القتلى: غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured: not recorded</source>
        <translation>الجرحى: غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No casualty was recorded in the reporting period.</source>
        <translation>لم تُسجَّل أي ضحية خلال فترة التقرير.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/open_database.py" line="17"/>
        <source>Open mine action database</source>
        <translation>فتح قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="30"/>
        <source>Layer group</source>
        <translation>مجموعة الطبقات</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="35"/>
        <source>Schema version {version}</source>
        <translation>إصدار المخطط {version}</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="21"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms: a GeoPackage file, or a schema on a PostgreSQL connection.</source>
        <translation>يضيف كل طبقات قاعدة بيانات للأعمال المتعلقة بالألغام إلى المشروع الحالي، في مجموعة واحدة، مع أنماطها ونماذج سماتها: ملف GeoPackage، أو مخطط على اتصال PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../processing/outputs.py" line="84"/>
        <source>The output &apos;{output}&apos; ({path}) is a mine action database: writing it would destroy the database. Choose another file for the output.</source>
        <translation>المُخرَج «{output}» ({path}) قاعدة بيانات للأعمال المتعلقة بالألغام: الكتابة فيه تُتلف قاعدة البيانات. اختر ملفًا آخر للمُخرَج.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="90"/>
        <source>The output &apos;{output}&apos; ({path}) is the file the input &apos;{input}&apos; reads: writing it would destroy that data. Choose another file for the output.</source>
        <translation>المُخرَج «{output}» ({path}) هو الملف الذي يقرؤه الإدخال «{input}»: الكتابة فيه تُتلف تلك البيانات. اختر ملفًا آخر للمُخرَج.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="119"/>
        <source>The output &apos;{output}&apos; ({path}) cannot be written: {error}. Choose another file or folder for the output.</source>
        <translation>تتعذّر كتابة المُخرَج «{output}» ({path}): {error}. اختر ملفًا أو مجلدًا آخر للمُخرَج.</translation>
    </message>
    <message>
        <location filename="../store/workbook.py" line="18"/>
        <source>The workbook {path} cannot be written: {error}</source>
        <translation>تتعذر كتابة المصنف {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../layouts/layout_overview.py" line="88"/>
        <source>All hazards</source>
        <translation>كل المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="99"/>
        <source>Released (cancelled, reduced, cleared)</source>
        <translation>المحرَّرة (الملغاة، المخفَّضة، المطهَّرة)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="135"/>
        <source>The database has no hazard or activity with a geometry to map.</source>
        <translation>لا تحوي قاعدة البيانات أي منطقة خطرة أو نشاط بشكل هندسي يمكن رسمه على الخريطة.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="158"/>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="162"/>
        <source>NATIONAL MINE ACTION OVERVIEW</source>
        <translation>الخريطة الوطنية العامة للأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="163"/>
        <source>Hazardous areas by class and land release activities by outcome, as recorded on {date}. Scale 1:{scale}.</source>
        <translation>المناطق الخطرة حسب الفئة وأنشطة تحرير الأراضي حسب النتيجة، كما سُجِّلت في {date}. المقياس 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="167"/>
        <source>Hazardous areas by class and status</source>
        <translation>المناطق الخطرة حسب الفئة والحالة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Hazards</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Area (m²)</source>
        <translation>المساحة (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="173"/>
        <source>Land release activities by outcome</source>
        <translation>أنشطة تحرير الأراضي حسب النتيجة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Land, counted once (m²)</source>
        <translation>الأرض، محسوبة مرة واحدة (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and minutes of latitude and longitude. Areas are ground areas on the WGS 84 ellipsoid. Source: {database}. Issued by {authority} on {date}.</source>
        <translation>الخريطة: {crs_name} ({crs})، المرجع الجيوديسي WGS 84؛ شبكة الإحداثيات الجغرافية بدرجات ودقائق خطوط العرض والطول. المساحات مساحات أرضية على إهليلج WGS 84. المصدر: {database}. صادرة عن {authority} في {date}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>the national mine action authority</source>
        <translation>السلطة الوطنية للأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="187"/>
        <source>Planning overview only: not for navigation or for entering any area. Hazard boundaries are approximate and unrecorded contamination may exist anywhere. Hazardous areas are what remains; land released is counted once, by the method that released it first.</source>
        <translation>خريطة عامة للتخطيط فقط: لا تصلح للملاحة ولا لدخول أي منطقة. حدود المناطق الخطرة تقريبية وقد يوجد تلوث غير مسجَّل في أي مكان. المناطق الخطرة هي ما يتبقّى؛ والأرض المحرَّرة تُحسب مرة واحدة، بالطريقة التي حرّرتها أولًا.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="235"/>
        <source>The overview could not be written ({error}).</source>
        <translation>تعذّرت كتابة الخريطة العامة ({error}).</translation>
    </message>
</context>
<context>
    <name>PackageForQFieldAlgorithm</name>
    <message>
        <location filename="../processing/package_for_qfield.py" line="24"/>
        <source>Package for QField</source>
        <translation>إنشاء حزمة QField</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="27"/>
        <source>Writes a folder to copy to a device with QField: a QGIS project (saved with relative paths) around a field copy of one region or one task, as &apos;Make field copy&apos; writes it, with the database&apos;s forms and styles, the relations between the tables, the map opening on the package&apos;s records (no basemap), and the task order PDF of each task.

The project uses only QGIS itself: QField opens it without this plugin. Bring the team&apos;s work back with &apos;Import QField changes&apos;. The database is only read; the folder appears only when complete, and an existing package is replaced only when overwriting is allowed.</source>
        <translation>يكتب مجلدًا يُنسخ إلى جهاز عليه QField: مشروع QGIS (محفوظ بمسارات نسبية) حول نسخة ميدانية لمنطقة إدارية واحدة أو مهمة واحدة كما تكتبها «إنشاء نسخة ميدانية»، مع نماذج قاعدة البيانات وأنماطها، والعلاقات بين الجداول، والخريطة مفتوحة على سجلات الحزمة (دون خريطة أساس)، وأمر المهمة بصيغة PDF لكل مهمة.

لا يستخدم المشروع إلا QGIS نفسه: يفتحه QField دون هذه الإضافة. أعد عمل الفريق بواسطة «استيراد تعديلات QField». تُقرأ قاعدة البيانات فقط؛ ولا يظهر المجلد إلا كاملًا، ولا تُستبدل حزمة موجودة إلا إذا سُمح بالاستبدال.</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="40"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>المنطقة الإدارية (منطقة المناطق الخطرة)</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="42"/>
        <source>Or: task ID</source>
        <translation>أو: معرّف المهمة</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="44"/>
        <source>Package folder</source>
        <translation>مجلد الحزمة</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="46"/>
        <source>Replace an existing package</source>
        <translation>استبدال حزمة موجودة</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="48"/>
        <source>QGIS project</source>
        <translation>مشروع QGIS</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="49"/>
        <source>Records copied</source>
        <translation>السجلات المنسوخة</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="50"/>
        <source>Task orders printed</source>
        <translation>أوامر المهمة المطبوعة</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="66"/>
        <source>{records} records and {orders} task orders packaged in {folder}</source>
        <translation>حُزم {records} سجلًا و{orders} من أوامر المهمة في {folder}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/field_mapping.py" line="34"/>
        <source>Field mapping profile {profile}: {problem}</source>
        <translation>ملف تعريف مطابقة الحقول {profile}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="92"/>
        <source>Row {row}, field &apos;{source}&apos;: profile {profile} has no code of ours for the value &apos;{value}&apos; (it maps: {codes}). Add it to the profile&apos;s &quot;values&quot; for {field} and import again.</source>
        <translation>الصف {row}، الحقل '{source}': ليس في ملف التعريف {profile} رمز لدينا يقابل القيمة '{value}' (يطابق: {codes}). أضفها إلى &quot;values&quot; في ملف التعريف للحقل {field} ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="110"/>
        <source>Record {record}, field &apos;{field}&apos;: profile {profile} has none of the source&apos;s codes for our code &apos;{value}&apos;. Add one to the profile&apos;s &quot;values&quot; for {field} and export again.</source>
        <translation>السجل {record}، الحقل '{field}': ليس في ملف التعريف {profile} أي رمز من رموز المصدر يقابل رمزنا '{value}'. أضف رمزاً إلى &quot;values&quot; في ملف التعريف للحقل {field} ثم أعد التصدير.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="129"/>
        <source>it has no mapping for table {table} (it maps: {tables}).</source>
        <translation>لا يحتوي على مطابقة للجدول {table} (يطابق: {tables}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="137"/>
        <source>&quot;{where}&quot; must be a JSON object of names.</source>
        <translation>يجب أن يكون &quot;{where}&quot; كائن JSON من الأسماء.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="145"/>
        <source>&quot;{where}&quot;: the value of &apos;{key}&apos; must be a name (text).</source>
        <translation>&quot;{where}&quot;: يجب أن تكون قيمة '{key}' اسماً (نصاً).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="153"/>
        <source>&apos;{table}&apos; is not a table of the data model.</source>
        <translation>'{table}' ليس جدولاً في نموذج البيانات.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="164"/>
        <source>&quot;{where}&quot; must name a source field.</source>
        <translation>يجب أن يسمّي &quot;{where}&quot; حقلاً من حقول المصدر.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="169"/>
        <source>table {table}: &apos;{field}&apos; (for the source field &apos;{source}&apos;) is not a field of {table}; its fields: {fields}.</source>
        <translation>الجدول {table}: '{field}' (لحقل المصدر '{source}') ليس حقلاً في {table}؛ حقوله: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="174"/>
        <source>table {table}: the source fields &apos;{first}&apos; and &apos;{second}&apos; both map to {field}; keep one.</source>
        <translation>الجدول {table}: حقلا المصدر '{first}' و'{second}' يطابقان كلاهما {field}؛ احتفظ بواحد.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="181"/>
        <source>table {table} has no external ID field, so &quot;external_id&quot; cannot be given for it.</source>
        <translation>ليس في الجدول {table} حقل للمعرّف الخارجي، لذا لا يمكن إعطاء &quot;external_id&quot; له.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="185"/>
        <source>table {table}: &quot;external_id&quot; names &apos;{source}&apos; but &quot;fields&quot; maps &apos;{other}&apos; to external_id; keep one.</source>
        <translation>الجدول {table}: يسمّي &quot;external_id&quot; الحقل '{source}' لكن &quot;fields&quot; يطابق '{other}' مع external_id؛ احتفظ بواحد.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="191"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, which is not a list field of {table}.</source>
        <translation>الجدول {table}: في &quot;values&quot; رموز للحقل '{field}'، وهو ليس حقل قائمة في {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="195"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, but no source field maps to it.</source>
        <translation>الجدول {table}: في &quot;values&quot; رموز للحقل '{field}'، لكن لا يطابقه أي حقل من حقول المصدر.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="201"/>
        <source>table {table}: the constant &apos;{field}&apos; is not a field of {table}.</source>
        <translation>الجدول {table}: الثابت '{field}' ليس حقلاً في {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="205"/>
        <source>table {table}: &apos;{field}&apos; is both a constant and mapped from &apos;{source}&apos;; keep one.</source>
        <translation>الجدول {table}: '{field}' ثابت ومطابَق من '{source}' في آن واحد؛ احتفظ بواحد.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="212"/>
        <source>the source field name &apos;{source}&apos; is longer than the profile&apos;s limit of {limit} characters.</source>
        <translation>اسم حقل المصدر '{source}' أطول من حدّ ملف التعريف البالغ {limit} حرفاً.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="225"/>
        <source>it is not a field mapping profile of version {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</source>
        <translation>ليس ملف تعريف لمطابقة الحقول من الإصدار {version} (&quot;format&quot;: &quot;{format}&quot;، &quot;version&quot;: {version}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="230"/>
        <source>&quot;crs&quot; must name the source&apos;s coordinate reference system, e.g. &quot;EPSG:4326&quot;.</source>
        <translation>يجب أن يسمّي &quot;crs&quot; نظام الإحداثيات المرجعي للمصدر، مثل &quot;EPSG:4326&quot;.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="235"/>
        <source>&quot;max_name_length&quot; must be a whole number of characters.</source>
        <translation>يجب أن يكون &quot;max_name_length&quot; عدداً صحيحاً من الأحرف.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="239"/>
        <source>&quot;tables&quot; maps no table.</source>
        <translation>لا يطابق &quot;tables&quot; أي جدول.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="252"/>
        <source>it cannot be read ({error}).</source>
        <translation>تتعذّر قراءته ({error}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="255"/>
        <source>it is not valid JSON ({error}).</source>
        <translation>ليس JSON صالحاً ({error}).</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="16"/>
        <source>Field mapping profile (JSON file)</source>
        <translation>ملف تعريف مطابقة الحقول (ملف JSON)</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="19"/>
        <source>Or: a field mapping profile shipped with the plugin</source>
        <translation>أو: ملف تعريف لمطابقة الحقول مرفق بالإضافة</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="34"/>
        <source>Give either a field mapping profile file or a bundled profile, not both.</source>
        <translation>أعطِ إما ملف تعريف لمطابقة الحقول وإما ملف تعريف مرفقاً، لا كليهما.</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="41"/>
        <source>Give the field mapping profile: a JSON file, or one of the bundled profiles.</source>
        <translation>أعطِ ملف تعريف مطابقة الحقول: ملف JSON، أو أحد ملفات التعريف المرفقة.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="29"/>
        <source>Field mapping profile {profile}: &quot;crs&quot; &apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>ملف تعريف مطابقة الحقول {profile}: &quot;crs&quot; '{crs}' ليس نظام إحداثيات مرجعياً يعرفه QGIS.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="43"/>
        <source>Nothing was imported from {source}: its CRS is {own}, but field mapping profile {profile} says the source is in {crs}. Use the profile made for these records, or correct its &quot;crs&quot;.</source>
        <translation>لم يُستورد شيء من {source}: نظام إحداثياته {own}، لكن ملف تعريف مطابقة الحقول {profile} يقول إن المصدر بنظام {crs}. استخدم ملف التعريف المعدّ لهذه السجلات، أو صحّح &quot;crs&quot; فيه.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="56"/>
        <source>Nothing was imported from {source}: field mapping profile {profile} maps the field &apos;{field}&apos;, which the records do not have (their fields: {fields}).</source>
        <translation>لم يُستورد شيء من {source}: يطابق ملف تعريف مطابقة الحقول {profile} الحقل '{field}'، وهو غير موجود في السجلات (حقولها: {fields}).</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="65"/>
        <source>Fields of {source} that profile {profile} does not map were not imported: {fields}.</source>
        <translation>لم تُستورد حقول {source} التي لا يطابقها ملف التعريف {profile}: {fields}.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="130"/>
        <source>(Field &apos;{field}&apos; of the records, through profile {profile}.)</source>
        <translation>(الحقل '{field}' من السجلات، عبر ملف التعريف {profile}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="133"/>
        <source>(Profile {profile} maps no field of the records to {field}.)</source>
        <translation>(لا يطابق ملف التعريف {profile} أي حقل من حقول السجلات مع {field}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="175"/>
        <source>A shapefile keeps field names of at most {limit} characters, and profile {profile} writes &apos;{field}&apos;: export to a GeoPackage, or use a profile with shorter names.</source>
        <translation>يحتفظ ملف shapefile بأسماء حقول لا تتجاوز {limit} أحرف، وملف التعريف {profile} يكتب '{field}': صدّر إلى GeoPackage، أو استخدم ملف تعريف بأسماء أقصر.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../styles/project.py" line="20"/>
        <source>Mine action: {name}</source>
        <translation>الأعمال المتعلقة بالألغام: {name}</translation>
    </message>
</context>
<context>
    <name>QFieldPackage</name>
    <message>
        <location filename="../layouts/qfield_package.py" line="59"/>
        <source>Mine action field package: {name}</source>
        <translation>حزمة ميدانية للأعمال المتعلقة بالألغام: {name}</translation>
    </message>
    <message>
        <location filename="../layouts/qfield_package.py" line="75"/>
        <source>Cancelled: no package was written.</source>
        <translation>أُلغي: لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="41"/>
        <source>The package folder {folder} holds the database it is made from. Choose another folder.</source>
        <translation>يحتوي مجلد الحزمة {folder} على قاعدة البيانات التي تُنشأ منها. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="47"/>
        <source>{folder} exists and is not a QField package: it is never replaced. Choose a new or empty folder.</source>
        <translation>{folder} موجود وليس حزمة QField: لا يُستبدل أبدًا. اختر مجلدًا جديدًا أو فارغًا.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="51"/>
        <source>{folder} already holds a QField package. Choose another folder or allow overwriting.</source>
        <translation>يحتوي {folder} بالفعل على حزمة QField. اختر مجلدًا آخر أو اسمح بالكتابة فوقها.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="85"/>
        <source>{path} is not a QField package written by &apos;Package for QField&apos; (it has no {manifest}). Give the package&apos;s folder, its project or its GeoPackage.</source>
        <translation>{path} ليس حزمة QField كتبتها «إنشاء حزمة QField» (ليس فيه {manifest}). حدّد مجلد الحزمة أو مشروعها أو ملف GeoPackage الخاص بها.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="95"/>
        <source>The package description {manifest} cannot be read: {error}</source>
        <translation>تتعذّر قراءة وصف الحزمة {manifest}: {error}</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="99"/>
        <source>{path} was made by a newer version of Mine Action Mapper (package format {version}; this plugin knows {known}). Update the plugin to import it.</source>
        <translation>أُنشئ {path} بإصدار أحدث من Mine Action Mapper (تنسيق الحزمة {version}؛ تعرف هذه الإضافة {known}). حدّث الإضافة لاستيراده.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="116"/>
        <source>The package {path} has lost its GeoPackage {name}: copy the whole package folder back from the device.</source>
        <translation>فقدت الحزمة {path} ملف GeoPackage الخاص بها {name}: انسخ مجلد الحزمة كاملًا من الجهاز.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="52"/>
        <source>The project {path} could not be written: {error}</source>
        <translation>تعذّرت كتابة المشروع {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="100"/>
        <source>{child} of the {parent}</source>
        <translation>{child} — {parent}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="106"/>
        <source>The relation {relation} is not valid: a table or field of the field copy is missing.</source>
        <translation>العلاقة {relation} غير صالحة: ينقص جدول أو حقل من النسخة الميدانية.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="115"/>
        <source>Related records</source>
        <translation>السجلات المرتبطة</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../core/quality/check.py" line="44"/>
        <source>The record cannot be checked: {error}</source>
        <translation>يتعذّر فحص السجل: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>No geometry: {reason}</source>
        <translation>لا توجد هندسة: {reason}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>the geometry is empty</source>
        <translation>الهندسة فارغة</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="44"/>
        <source>The activity overlaps no hazard.</source>
        <translation>لا يتداخل النشاط مع أي منطقة خطرة.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="55"/>
        <source>The find lies in no hazard and no activity.</source>
        <translation>لا يقع الاكتشاف في أي منطقة خطرة ولا في أي نشاط.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="80"/>
        <source>Overlaps hazard {other} by {area:.1f} m².</source>
        <translation>يتداخل مع المنطقة الخطرة {other} بمساحة {area:.1f} م².</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="23"/>
        <source>the boundary crosses itself</source>
        <translation>الحدّ يقطع نفسه</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="24"/>
        <source>a ring touches itself</source>
        <translation>حلقة تلمس نفسها</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="25"/>
        <source>too few points</source>
        <translation>نقاط قليلة جدًا</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="27"/>
        <source>a hole lies outside the polygon</source>
        <translation>ثقب يقع خارج المضلع</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="28"/>
        <source>a hole lies inside another hole</source>
        <translation>ثقب يقع داخل ثقب آخر</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="29"/>
        <source>holes cut the polygon in pieces</source>
        <translation>الثقوب تقطع المضلع إلى قطع</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="31"/>
        <source>a part lies inside another part</source>
        <translation>جزء يقع داخل جزء آخر</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="32"/>
        <source>a ring is repeated</source>
        <translation>حلقة مكررة</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="33"/>
        <source>a coordinate is not a number</source>
        <translation>إحداثية ليست رقمًا</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="34"/>
        <source>a ring is not closed</source>
        <translation>حلقة غير مغلقة</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="116"/>
        <source>Part {part}, ring {ring}: {count} distinct vertices.</source>
        <translation>الجزء {part}، الحلقة {ring}: {count} رؤوس مختلفة.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="123"/>
        <source>Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} appears {count} times.</source>
        <translation>الجزء {part}، الحلقة {ring}: الرأس {x:.7f} {y:.7f} يظهر {count} مرات.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="129"/>
        <source>Part {part}, ring {ring}: a segment of {length:.0f} m (limit {limit:.0f} m).</source>
        <translation>الجزء {part}، الحلقة {ring}: قطعة طولها {length:.0f} م (الحد {limit:.0f} م).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="143"/>
        <source>Part {part}: {reason}.</source>
        <translation>الجزء {part}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="161"/>
        <source>Part {part} repeats part {other}.</source>
        <translation>الجزء {part} يكرر الجزء {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="171"/>
        <source>Parts {part} and {other} overlap by {area:.1f} m² ({percent:.1f} % of the smaller).</source>
        <translation>الجزآن {part} و{other} يتداخلان بمساحة {area:.1f} م² ({percent:.1f} % من الأصغر).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="195"/>
        <source>Same position as {other}.</source>
        <translation>الموضع نفسه مثل {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/links.py" line="16"/>
        <source>No hazard has the ID &apos;{hazard}&apos;.</source>
        <translation>لا توجد منطقة خطرة بالمعرّف '{hazard}'.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="29"/>
        <source>&apos;{value}&apos; repeats the ID &apos;{other}&apos; of feature {fid}.</source>
        <translation>'{value}' يكرر المعرّف '{other}' للمعلم {fid}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="41"/>
        <source>The field &apos;{field}&apos; is empty.</source>
        <translation>الحقل '{field}' فارغ.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="55"/>
        <source>&apos;{code}&apos; is not in the lookup list &apos;{vocabulary}&apos;.</source>
        <translation>'{code}' ليس في قائمة البحث '{vocabulary}'.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="72"/>
        <source>Stated {stated:.1f} m², computed {computed:.1f} m² ({percent:+.1f} %).</source>
        <translation>المعلنة {stated:.1f} م²، المحسوبة {computed:.1f} م² ({percent:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="93"/>
        <source>Ends {end}, starts {start}.</source>
        <translation>ينتهي في {end}، ويبدأ في {start}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="100"/>
        <source>Ends {end}; hazard {hazard} is dated {recorded}.</source>
        <translation>ينتهي في {end}؛ والمنطقة الخطرة {hazard} مؤرخة في {recorded}.</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="21"/>
        <source>a vertex repeating the one before it</source>
        <translation>رأس يكرر الرأس الذي قبله</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="22"/>
        <source>the last two vertices repeating the first two</source>
        <translation>آخر رأسين يكرران أول رأسين</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="16"/>
        <source>must fix</source>
        <translation>واجب التصحيح</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="17"/>
        <source>advisory</source>
        <translation>للاطلاع</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Invalid polygon</source>
        <translation>مضلع غير صالح</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Redraw the boundary at the location so that it does not cross or touch itself.</source>
        <translation>أعد رسم الحد في هذا الموضع بحيث لا يقطع نفسه ولا يلمسها.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Polygon with fewer than 3 vertices</source>
        <translation>مضلع بأقل من 3 رؤوس</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the part or digitise it again from the survey record.</source>
        <translation>احذف الجزء أو رقمنه من جديد من سجل المسح.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate polygon in a record</source>
        <translation>مضلع مكرر في سجل</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated part of the multipart polygon.</source>
        <translation>احذف الجزء المكرر من المضلع متعدد الأجزاء.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate vertex in a polygon</source>
        <translation>رأس مكرر في مضلع</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Remove the repeated vertex, or run Repair geometries when the ring ends by repeating its first two vertices.</source>
        <translation>أزل الرأس المكرر، أو شغّل إصلاح الهندسات عندما تنتهي الحلقة بتكرار أول رأسين فيها.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate single point</source>
        <translation>نقطة مفردة مكررة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated record or correct its position.</source>
        <translation>احذف السجل المكرر أو صحّح موضعه.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Missing or unreadable geometry</source>
        <translation>هندسة مفقودة أو غير مقروءة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Digitise the geometry again from the field record.</source>
        <translation>رقمن الهندسة من جديد من السجل الميداني.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Consecutive vertices far apart</source>
        <translation>رأسان متتاليان متباعدان جدًا</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the vertices at both ends of the segment: a mistyped coordinate makes a long spike.</source>
        <translation>تحقق من الرأسين في طرفي القطعة: إحداثية مكتوبة خطأ تصنع نتوءًا طويلًا.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Parts of a multipart polygon overlap</source>
        <translation>أجزاء مضلع متعدد الأجزاء متداخلة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Merge the overlapping parts or redraw their common boundary.</source>
        <translation>ادمج الأجزاء المتداخلة أو أعد رسم حدها المشترك.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate record ID</source>
        <translation>معرّف سجل مكرر</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Give one of the records a new ID (or merge the two records); remove spaces around IDs.</source>
        <translation>أعطِ أحد السجلين معرّفًا جديدًا (أو ادمج السجلين)؛ وأزل المسافات حول المعرّفات.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazard without date of information, status or class</source>
        <translation>منطقة خطرة بلا تاريخ المعلومات أو الحالة أو الفئة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Fill in the missing field from the hazard&apos;s report.</source>
        <translation>املأ الحقل الناقص من تقرير المنطقة الخطرة.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Code not in the lookup lists</source>
        <translation>رمز غير موجود في قوائم البحث</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Choose a code from the list, or add the code to the lookup lists with the built-in code it behaves as.</source>
        <translation>اختر رمزًا من القائمة، أو أضف الرمز إلى قوائم البحث مع الرمز المدمج الذي يتصرف مثله.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Stated area differs from the computed area</source>
        <translation>المساحة المعلنة تختلف عن المساحة المحسوبة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the polygon or the stated area; the plugin computes ground areas on the WGS 84 ellipsoid.</source>
        <translation>صحّح المضلع أو المساحة المعلنة؛ تحسب الإضافة مساحات الأرض على مجسم WGS 84.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ended before its hazard&apos;s date of information</source>
        <translation>نشاط انتهى قبل تاريخ المعلومات لمنطقته الخطرة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the activity&apos;s dates or the hazard&apos;s date of information.</source>
        <translation>صحّح تواريخ النشاط أو تاريخ المعلومات للمنطقة الخطرة.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ends before it starts</source>
        <translation>نشاط ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the start or end date.</source>
        <translation>صحّح تاريخ البدء أو الانتهاء.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Linked to a hazard that does not exist</source>
        <translation>مرتبط بمنطقة خطرة غير موجودة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the hazard ID, or clear it when the record belongs to no hazard.</source>
        <translation>صحّح معرّف المنطقة الخطرة، أو امسحه إذا كان السجل لا ينتمي إلى أي منطقة خطرة.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity outside every hazard</source>
        <translation>نشاط خارج كل المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the activity&apos;s polygon and CRS, or record the hazard it worked on.</source>
        <translation>تحقق من مضلع النشاط ونظام إحداثياته، أو سجّل المنطقة الخطرة التي عمل فيها.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Find outside every hazard and activity</source>
        <translation>اكتشاف خارج كل المناطق الخطرة والأنشطة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the find&apos;s position; a find outside known hazards is evidence of a new hazard.</source>
        <translation>تحقق من موضع الاكتشاف؛ الاكتشاف خارج المناطق الخطرة المعروفة دليل على منطقة خطرة جديدة.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazards overlap</source>
        <translation>مناطق خطرة متداخلة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Cut the overlap out of one of the hazards, or merge the two records.</source>
        <translation>اقطع التداخل من إحدى المناطق الخطرة المتداخلة، أو ادمج السجلين.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Survey does not close within the programme tolerance</source>
        <translation>المسح لا يُغلق ضمن تفاوت البرنامج</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the bearings and distances of the survey table against the field sheet.</source>
        <translation>قارن سموت ومسافات جدول المسح بالورقة الميدانية.</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="27"/>
        <source>The survey cannot be computed: {error}</source>
        <translation>يتعذّر حساب المسح: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="35"/>
        <source>Misclosure {misclosure:.2f} m, precision {precision}.</source>
        <translation>خطأ الإغلاق {misclosure:.2f} م، الدقة {precision}.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="64"/>
        <source>The accident lies in no recorded hazard.</source>
        <translation>لا يقع الحادث في أي منطقة خطرة مسجلة.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Accident outside every hazard</source>
        <translation>حادث خارج كل منطقة خطرة</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the accident&apos;s position; an accident at a known location is direct evidence: survey the place and record the hazard.</source>
        <translation>تحقق من موقع الحادث؛ فالحادث في موقع معروف دليل مباشر: امسح المكان وسجّل المنطقة الخطرة.</translation>
    </message>
</context>
<context>
    <name>RepairGeometriesAlgorithm</name>
    <message>
        <location filename="../processing/repair_geometries.py" line="17"/>
        <source>Repair geometries</source>
        <translation>إصلاح الهندسات</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="20"/>
        <source>Applies only the safe fixes of GICHD geocheck&apos;s toolbox to a copy of a polygon layer: a vertex repeating the one before it (the closing vertex repeating the first included) and a ring&apos;s last two vertices repeating its first two are removed. Neither changes an area. Other problems are left for Check mine action database to report. The input is not modified; the log has one point per vertex removed.</source>
        <translation>يطبّق على نسخة من طبقة مضلعات الإصلاحات الآمنة فقط من صندوق أدوات geocheck من GICHD: يُزال رأس يكرر الرأس الذي قبله (بما في ذلك رأس الإغلاق الذي يكرر الأول) وآخر رأسين في حلقة يكرران أول رأسين فيها. لا يغيّر أيٌّ منهما مساحة. تُترك المشكلات الأخرى لأداة فحص قاعدة بيانات الأعمال المتعلقة بالألغام. لا تُعدَّل المدخلات؛ وفي السجل نقطة لكل رأس أُزيل.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="29"/>
        <source>Polygon layer</source>
        <translation>طبقة مضلعات</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="31"/>
        <source>Repaired layer</source>
        <translation>الطبقة المُصلَحة</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="33"/>
        <source>Repair log</source>
        <translation>سجل الإصلاحات</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="62"/>
        <source>Feature {fid}: the geometry cannot be read ({error}); copied unchanged.</source>
        <translation>المعلم {fid}: تتعذّر قراءة الهندسة ({error})؛ نُسخ دون تغيير.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="78"/>
        <source>{changed} features repaired, {removed} vertices removed</source>
        <translation>أُصلح {changed} معلمًا، وأُزيل {removed} رأسًا</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../store/roles.py" line="44"/>
        <source>{database}: the role name {role} would be longer than PostgreSQL&apos;s {limit} bytes. Roles are named after the schema: use a schema with a shorter name.</source>
        <translation>{database}: اسم الدور {role} سيتجاوز {limit} بايت المسموح بها في PostgreSQL. تُسمّى الأدوار باسم المخطط: استخدم مخططًا باسم أقصر.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="79"/>
        <source>Unknown group &apos;{group}&apos; (expected one of {groups}).</source>
        <translation>مجموعة غير معروفة '{group}' (المتوقع إحدى: {groups}).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="85"/>
        <source>{database}: there is no login role &apos;{login}&apos; on the server. Create it first (createuser --pwprompt {login}), then add it to a group.</source>
        <translation>{database}: لا يوجد دور دخول '{login}' على الخادم. أنشئه أولًا (createuser --pwprompt {login})، ثم أضفه إلى مجموعة.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="90"/>
        <source>The operator login &apos;{login}&apos; needs the organisation it submits for (as its records name it in their organisation field).</source>
        <translation>يحتاج دخول المشغّل '{login}' إلى المنظمة التي يقدّم باسمها (كما تكتبها سجلاته في حقل المنظمة).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="119"/>
        <source>{database}: the roles were not set up: {error}. Nothing was changed (run this as a superuser, or as a role with CREATEROLE that owns the schema).</source>
        <translation>{database}: لم تُعدّ الأدوار: {error}. لم يتغير شيء (شغّل هذا كمستخدم أعلى، أو بدور لديه CREATEROLE ويملك المخطط).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="147"/>
        <source>{table} {record}: it belongs to organisation {owner}, not to yours ({own}). An operator changes only its own organisation&apos;s records; nothing was saved.</source>
        <translation>{table} {record}: يعود إلى المنظمة {owner}، لا إلى منظمتك ({own}). لا يغيّر المشغّل إلا سجلات المنظمة التي يتبعها؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="154"/>
        <source>{table} {record}: approved by the national centre, so an operator cannot delete it; nothing was saved.</source>
        <translation>{table} {record}: اعتمده المركز الوطني، لذا لا يستطيع المشغّل حذفه؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="160"/>
        <source>{table} {record}: only a national editor approves or returns a record; nothing was saved.</source>
        <translation>{table} {record}: لا يعتمد السجل أو يعيده إلا محرر وطني؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="165"/>
        <source>{table}: the database refused the record: an operator adds and changes only records of its own organisation (the organisation its login is a member of), and they stay submitted until the national centre reviews them. Nothing was saved.</source>
        <translation>{table}: رفضت قاعدة البيانات السجل: لا يضيف المشغّل ولا يغيّر إلا سجلات المنظمة التي يتبعها (المنظمة التي دخوله عضو فيها)، وتبقى مقدَّمة حتى يراجعها المركز الوطني. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="172"/>
        <source>{table}: your login may not make this change (the database refused it: permission denied). Ask the national administrator for the role you need; nothing was saved.</source>
        <translation>{table}: لا يستطيع دخولك إجراء هذا التغيير (رفضته قاعدة البيانات: الإذن مرفوض). اطلب من المسؤول الوطني الدور الذي تحتاجه؛ لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>SaveRefusals</name>
    <message>
        <location filename="../ui/save_refusals.py" line="51"/>
        <source>its records</source>
        <translation>سجلاتها</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="53"/>
        <source>{layer}: {records} changed by another editor since you opened it. Nothing of your change to it was saved: your edits are still in the layer. Discard them (Roll Back), and make your change again on what is now stored.</source>
        <translation>{layer}: غيّر محرر آخر {records} منذ أن فتحته. لم يُحفظ شيء من تغييرك: ما زالت تعديلاتك في الطبقة. تجاهلها (تراجع) ثم أعد تغييرك على ما هو محفوظ الآن.</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="61"/>
        <source>{layer}: {records} not saved. {reason}</source>
        <translation>{layer}: لم يُحفظ {records}. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="104"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>SetUpRolesAlgorithm</name>
    <message>
        <location filename="../processing/setup_roles.py" line="22"/>
        <source>Set up national database roles</source>
        <translation>إعداد أدوار قاعدة البيانات الوطنية</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="25"/>
        <source>Creates the roles of a national mine action database on PostgreSQL, named after its schema, in one transaction; running it again changes nothing:
- &lt;schema&gt;_admin, national administrator: owns the schema (upgrades, lookups, organisation members);
- &lt;schema&gt;_editor, national editor: every record, and the review of operators&apos; submissions;
- &lt;schema&gt;_operator, operator editor: adds and changes only its own organisation&apos;s activities, EO finds, survey points and site points, which stay submitted until a national editor approves them; reads everything;
- &lt;schema&gt;_viewer: reads everything.

Row-level security and a trigger enforce it for any client. Only approved activities release land.

Optionally it adds an existing login role to one group; an operator&apos;s login also names its organisation, as its records write it. Run it as a superuser, or as a role with CREATEROLE that owns the schema. The SQL it runs is store/sql/roles.sql, filled with the schema&apos;s names; it can be saved to a file for psql.</source>
        <translation>ينشئ أدوار قاعدة بيانات وطنية للأعمال المتعلقة بالألغام على PostgreSQL، مسمّاة باسم مخططها، في معاملة واحدة؛ وتشغيله مرة أخرى لا يغيّر شيئًا:
- &lt;schema&gt;_admin، المسؤول الوطني: يملك المخطط (الترقيات، قوائم القيم، أعضاء المنظمات)؛
- &lt;schema&gt;_editor، المحرر الوطني: كل السجلات، ومراجعة ما يقدّمه المشغّلون؛
- &lt;schema&gt;_operator، محرر المشغّل: يضيف ويغيّر فقط النشاطات واكتشافات الذخائر المتفجرة ونقاط المسح ونقاط الموقع الخاصة بالمنظمة التي يتبعها، وتبقى مقدَّمة حتى يعتمدها محرر وطني؛ ويقرأ كل شيء؛
- &lt;schema&gt;_viewer: يقرأ كل شيء.

يفرض ذلك أمان مستوى الصفوف ومشغّل قاعدة بيانات على أي عميل. لا تحرر الأرض إلا النشاطات المعتمدة.

اختياريًا يضيف دور دخول موجودًا إلى مجموعة واحدة؛ ويحدد دخول المشغّل أيضًا المنظمة التي يتبعها، كما تكتبها سجلاته. شغّله كمستخدم أعلى، أو بدور لديه CREATEROLE ويملك المخطط. الـ SQL الذي يشغّله هو store/sql/roles.sql، مملوءًا بأسماء المخطط؛ ويمكن حفظه في ملف لـ psql.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="45"/>
        <source>PostgreSQL connection</source>
        <translation>اتصال PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="47"/>
        <source>Schema of the mine action database</source>
        <translation>مخطط قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="49"/>
        <source>Add this login role (optional)</source>
        <translation>أضف دور الدخول هذا (اختياري)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="51"/>
        <source>to the group</source>
        <translation>إلى المجموعة</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="56"/>
        <source>Organisation of an operator&apos;s login</source>
        <translation>منظمة دخول المشغّل</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>Save the SQL run as</source>
        <translation>احفظ الـ SQL المنفَّذ باسم</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>SQL script (*.sql)</source>
        <translation>نص SQL (*.sql)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="62"/>
        <source>Group roles</source>
        <translation>أدوار المجموعات</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="68"/>
        <source>Choose the PostgreSQL connection and the schema of the mine action database.</source>
        <translation>اختر اتصال PostgreSQL ومخطط قاعدة بيانات الأعمال المتعلقة بالألغام.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="75"/>
        <source>Group roles of {database}: {roles}</source>
        <translation>أدوار المجموعات في {database}: {roles}</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="78"/>
        <source>{login} is a member of {role}.</source>
        <translation>{login} عضو في {role}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="28"/>
        <source>Smallest relative precision 1:N</source>
        <translation>أصغر دقة نسبية 1:N</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="29"/>
        <source>Largest misclosure (m)</source>
        <translation>أكبر خطأ إغلاق (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="30"/>
        <source>Longest traverse leg accepted (m)</source>
        <translation>أطول ضلع ترافرس مقبول (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="31"/>
        <source>Smallest piece released (m²)</source>
        <translation>أصغر جزء محرَّر (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="32"/>
        <source>Issuing authority</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="33"/>
        <source>Task order paper</source>
        <translation>ورق أمر المهمة</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="68"/>
        <source>it must be text</source>
        <translation>يجب أن تكون نصًّا</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="70"/>
        <source>it must be one of {papers}</source>
        <translation>يجب أن تكون إحدى القيم {papers}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="110"/>
        <source>Setting &quot;{setting}&quot; ({key}): &quot;{value}&quot; is not accepted: {reason}.</source>
        <translation>الإعداد «{setting}» ({key}): القيمة «{value}» غير مقبولة: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number greater than {minimum}</source>
        <translation>يجب أن تكون رقمًا أكبر من {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number, {minimum} or more</source>
        <translation>يجب أن تكون رقمًا، {minimum} أو أكثر</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="140"/>
        <source>it must be a number</source>
        <translation>يجب أن تكون رقمًا</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="84"/>
        <source>{source} is not a mine action database: its settings cannot be stored.</source>
        <translation>{source} ليس قاعدة بيانات للأعمال المتعلقة بالألغام: لا يمكن تخزين إعداداتها.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="89"/>
        <source>Unknown setting {key}.</source>
        <translation>إعداد غير معروف {key}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="97"/>
        <source>The settings of {path} cannot be edited.</source>
        <translation>لا يمكن تعديل إعدادات {path}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="113"/>
        <source>The settings of {path} were not saved: {error}</source>
        <translation>لم تُحفظ إعدادات {path}: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="34"/>
        <source>Language of task orders and the overview</source>
        <translation>لغة أوامر المهام والخريطة العامة</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="80"/>
        <source>it must be a language code such as en or fr, or two joined by + to print both (uk+en)</source>
        <translation>يجب أن تكون رمز لغة مثل en أو fr، أو رمزين يصل بينهما + لطباعة اللغتين معًا (uk+en)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="35"/>
        <source>Completion target date (YYYY-MM-DD)</source>
        <translation>التاريخ المستهدف للإنجاز (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="36"/>
        <source>Hazardous area that may remain at the completion date (m²)</source>
        <translation>مساحة المناطق الخطرة التي قد تبقى في تاريخ الإنجاز (م²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="76"/>
        <source>it must be a date written YYYY-MM-DD, or empty</source>
        <translation>يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD، أو فارغًا</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/options_page.py" line="49"/>
        <source>own value</source>
        <translation>قيمة خاصة</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="51"/>
        <source>Keep this value in the database; unticked, the user&apos;s default applies.</source>
        <translation>احتفظ بهذه القيمة في قاعدة البيانات؛ وإن لم يُؤشَّر عليها تُطبَّق القيمة الافتراضية للمستخدم.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="69"/>
        <source>no 1:N limit</source>
        <translation>بلا حد 1:N</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="77"/>
        <source>no metre limit</source>
        <translation>بلا حد بالأمتار</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="90"/>
        <source>e.g. National Mine Action Centre</source>
        <translation>مثلًا المركز الوطني للأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A3 landscape</source>
        <translation>A3 أفقي</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="101"/>
        <source>The language QGIS runs in</source>
        <translation>اللغة التي يعمل بها QGIS</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="93"/>
        <source>no target (e.g. 2030-12-31)</source>
        <translation>بلا هدف (مثلًا 2030-12-31)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/land_release_stats.py" line="121"/>
        <source>The reporting period must end on or after the day it starts.</source>
        <translation>يجب أن تنتهي فترة الإبلاغ في يوم بدايتها أو بعده.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="41"/>
        <source>Release history row {fid}: hazard {hazard} (field hazard_id) is not in the hazards table.</source>
        <translation>الصف {fid} من سجل التحرير: المنطقة الخطرة {hazard} (الحقل hazard_id) غير موجودة في جدول المناطق الخطرة.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="203"/>
        <source>Cannot write the sheet {sheet} of {path}: {error}</source>
        <translation>تعذّرت كتابة الورقة {sheet} من {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SubmitFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/submit_field_copy.py" line="24"/>
        <source>Submit field copy</source>
        <translation>إرسال النسخة الميدانية</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="27"/>
        <source>Sends back to the mine action database what was added or changed in a field copy made by &apos;Make field copy&apos;, record by record (matched by uuid).

- A record changed in the copy and also in the database since the copy was made is a conflict: it is reported (table, record, field, both values) and not applied.
- Every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.
- A record deleted in the copy is reported and kept in the database.
- Everything is written in one transaction; on PostGIS each update names the row version it makes.

Submitting the same copy again changes nothing. The report lists every record inserted, updated, in conflict, rejected or deleted in the copy.</source>
        <translation>يعيد إلى قاعدة بيانات الأعمال المتعلقة بالألغام ما أُضيف أو عُدّل في نسخة ميدانية أنشأتها «إنشاء نسخة ميدانية»، سجلًا سجلًا (مطابقة بحسب uuid).

- السجل المعدّل في النسخة وفي قاعدة البيانات أيضًا بعد النسخ تعارض: يُبلَّغ عنه (الجدول، السجل، الحقل، القيمتان) ولا يُطبّق.
- يمرّ كل سجل مضاف أو معدّل بفحوص «استيراد سجلات»؛ ويُرفض ما يفشل مع ذكر حقله، وتدخل السجلات الأخرى.
- السجل المحذوف في النسخة يُبلَّغ عنه ويُبقى في قاعدة البيانات.
- يُكتب كل شيء في معاملة واحدة؛ وفي PostGIS يذكر كل تحديث إصدار الصف الذي ينشئه.

إرسال النسخة نفسها مرة أخرى لا يغيّر شيئًا. يسرد التقرير كل سجل أُدرج أو حُدّث أو في تعارض أو رُفض أو حُذف في النسخة.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="61"/>
        <source>Field copy</source>
        <translation>النسخة الميدانية</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="45"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="49"/>
        <source>Submission report</source>
        <translation>تقرير الإرسال</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records inserted</source>
        <translation>السجلات المدرجة</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records updated</source>
        <translation>السجلات المحدّثة</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records in conflict</source>
        <translation>السجلات في تعارض</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records rejected</source>
        <translation>السجلات المرفوضة</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="78"/>
        <source>{outcome}: {table} {record} {field} {message}</source>
        <translation>{outcome}: {table} {record} {field} {message}</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="92"/>
        <source>{inserted} inserted, {updated} updated, {conflicts} in conflict (not applied), {rejected} rejected.</source>
        <translation>أُدرج {inserted}، وحُدّث {updated}، وفي تعارض {conflicts} (لم تُطبّق)، ورُفض {rejected}.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="104"/>
        <source>Cannot write the output {output}.</source>
        <translation>تتعذّر كتابة المُخرَج {output}.</translation>
    </message>
</context>
<context>
    <name>SurveyRecords</name>
    <message>
        <location filename="../core/survey_records.py" line="112"/>
        <source>Hazard {hazard}, point {point}, field &apos;{field}&apos;: {problem}</source>
        <translation>المنطقة الخطرة {hazard}، النقطة {point}، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="122"/>
        <source>Hazard {hazard}, field &apos;{field}&apos;: {problem}</source>
        <translation>المنطقة الخطرة {hazard}، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="125"/>
        <source>Hazard {hazard}: {problem}</source>
        <translation>المنطقة الخطرة {hazard}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="146"/>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="147"/>
        <source>a number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="148"/>
        <source>&quot;{value}&quot; is not {kind}</source>
        <translation>«{value}» ليس {kind}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="159"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>the hazard ID is missing</source>
        <translation>معرّف المنطقة الخطرة مفقود</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="196"/>
        <source>the point number is missing</source>
        <translation>رقم النقطة مفقود</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="200"/>
        <source>the point type is missing</source>
        <translation>نوع النقطة مفقود</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="211"/>
        <source>the table has more than one benchmark</source>
        <translation>يحوي الجدول أكثر من علامة ثابتة واحدة</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="227"/>
        <source>the from-point is missing</source>
        <translation>حقل «من النقطة» مفقود</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="231"/>
        <source>the distance is missing</source>
        <translation>المسافة مفقودة</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="236"/>
        <source>the table has no benchmark row</source>
        <translation>لا يحوي الجدول صف علامة ثابتة</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="245"/>
        <source>{date} differs from the table&apos;s survey date {first}</source>
        <translation>{date} يختلف عن تاريخ المسح في الجدول {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="250"/>
        <source>{value} differs from the table&apos;s declination {first}</source>
        <translation>{value} يختلف عن الانحراف المغناطيسي في الجدول {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="269"/>
        <source>Point {point}: the bearing as recorded &quot;{text}&quot; differs from the bearing {bearing}; the bearing was used.</source>
        <translation>النقطة {point}: السمت كما سُجِّل «{text}» يختلف عن السمت {bearing}؛ استُخدم السمت.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="40"/>
        <source>Hazard {hazard} already exists: load it to change its survey, or choose another hazard ID</source>
        <translation>المنطقة الخطرة {hazard} موجودة مسبقًا: حمّلها لتغيير مسحها، أو اختر معرّف منطقة خطرة آخر</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="45"/>
        <source>Layer {layer} cannot be edited.</source>
        <translation>لا يمكن تعديل الطبقة {layer}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="50"/>
        <source>Survey of hazard {hazard}</source>
        <translation>مسح المنطقة الخطرة {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="67"/>
        <source>Hazard {hazard} could not be written.</source>
        <translation>تعذّرت كتابة المنطقة الخطرة {hazard}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="71"/>
        <source>Survey points of hazard {hazard}</source>
        <translation>نقاط المسح للمنطقة الخطرة {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="85"/>
        <source>The survey points of hazard {hazard} could not be written.</source>
        <translation>تعذّرت كتابة نقاط المسح للمنطقة الخطرة {hazard}.</translation>
    </message>
</context>
<context>
    <name>SurveyTableFromPolygonsAlgorithm</name>
    <message>
        <location filename="../core/benchmark.py" line="56"/>
        <source>a survey table needs a single polygon; this hazard has none or several parts</source>
        <translation>يحتاج جدول المسح إلى مضلع واحد؛ وهذه المنطقة الخطرة بلا أجزاء أو بأجزاء عدة</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="39"/>
        <source>Survey table from hazard polygons</source>
        <translation>جدول المسح من مضلعات المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="43"/>
        <source>Writes the bearing-and-distance table a field team would walk for each hazard polygon: benchmark to start point, then round the perimeter back to the start point (the end point). Each row has the magnetic bearing at the survey date (World Magnetic Model, or the declination given here), the true and grid bearings (grid: the benchmark&apos;s UTM zone), the geodesic distance, and the point in MGRS, UTM and latitude/longitude.

Benchmark: the point of the benchmark layer with the same hazard ID. The start point is then the polygon corner nearest to it. A hazard without a benchmark gets one placed the chosen distance outside its first corner, on the line from the polygon&apos;s centre through that corner.

Survey date: the date field when it has a value, otherwise the fixed date. The output uses the survey point field names, so it can be fed back into &quot;Hazard polygons from survey table&quot;. Multi-part polygons and polygons with holes are skipped with an error.</source>
        <translation>يكتب جدول السموت والمسافات الذي يسيره فريق ميداني لكل مضلع منطقة خطرة: من العلامة الثابتة إلى نقطة البداية، ثم حول المحيط عودةً إلى نقطة البداية (نقطة النهاية). يحوي كل صف السمت المغناطيسي في تاريخ المسح (النموذج المغناطيسي العالمي، أو الانحراف المغناطيسي المعطى هنا)، والسمت الحقيقي والسمت الشبكي (الشبكة: منطقة UTM للعلامة الثابتة)، والمسافة الجيوديسية، والنقطة بصيغ MGRS وUTM وخط العرض/خط الطول.

العلامة الثابتة: نقطة طبقة العلامات الثابتة التي تحمل معرّف المنطقة الخطرة نفسه. وتكون نقطة البداية حينئذٍ رأس المضلع الأقرب إليها. والمنطقة الخطرة التي بلا علامة ثابتة توضع لها علامة ثابتة على المسافة المختارة خارج رأسها الأول، على الخط الممتد من مركز المضلع عبر ذلك الرأس.

تاريخ المسح: حقل التاريخ حين تكون له قيمة، وإلا فالتاريخ الثابت. يستخدم المُخرَج أسماء حقول نقاط المسح، فيمكن إعادته إلى «مضلعات المناطق الخطرة من جدول المسح». تُتخطّى المضلعات متعددة الأجزاء والمضلعات ذات الثقوب مع خطأ.</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="62"/>
        <source>Hazard polygons</source>
        <translation>مضلعات المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="65"/>
        <source>Hazard ID field</source>
        <translation>حقل معرّف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="68"/>
        <source>Benchmarks (points with the hazard ID)</source>
        <translation>العلامات الثابتة (نقاط تحمل معرّف المنطقة الخطرة)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="71"/>
        <source>Hazard ID field of the benchmarks</source>
        <translation>حقل معرّف المنطقة الخطرة في العلامات الثابتة</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="74"/>
        <source>Distance of a placed benchmark from the first corner (m)</source>
        <translation>مسافة العلامة الثابتة الموضوعة من الرأس الأول (m)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="77"/>
        <source>Survey date field</source>
        <translation>حقل تاريخ المسح</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="79"/>
        <source>Survey date (when the field is empty)</source>
        <translation>تاريخ المسح (حين يكون الحقل فارغًا)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="82"/>
        <source>Declination to use instead of the model (°, east +)</source>
        <translation>الانحراف المغناطيسي المستخدم بدل النموذج (°، الشرق +)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="86"/>
        <source>Unit of the bearing column</source>
        <translation>وحدة عمود السمت</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="90"/>
        <source>Survey table</source>
        <translation>جدول المسح</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="101"/>
        <source>The hazard polygons have no field {name}.</source>
        <translation>مضلعات المناطق الخطرة لا تحوي الحقل {name}.</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../styles/symbology.py" line="43"/>
        <source>Hazardous areas (1:50,000 and larger)</source>
        <translation>المناطق الخطرة (1:50,000 وأكبر)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="44"/>
        <source>Class (fill)</source>
        <translation>الفئة (التعبئة)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="45"/>
        <source>Status (outline)</source>
        <translation>الحالة (الحد الخارجي)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="46"/>
        <source>Hazard markers (smaller than 1:50,000)</source>
        <translation>رموز المناطق الخطرة (أصغر من 1:50,000)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="47"/>
        <source>Other class</source>
        <translation>فئة أخرى</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="48"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="49"/>
        <source>Survey points (1:25,000 and larger)</source>
        <translation>نقاط المسح (1:25,000 وأكبر)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="105"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>يتعذّر قراءة النمط {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="150"/>
        <source>The map style {path} is missing from the plugin.</source>
        <translation>نمط الخريطة {path} مفقود من الإضافة.</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="50"/>
        <source>Awaiting the national centre&apos;s review</source>
        <translation>بانتظار مراجعة المركز الوطني</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="51"/>
        <source>Accident: people killed</source>
        <translation>حادث: قتلى</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="52"/>
        <source>Accident: people injured</source>
        <translation>حادث: جرحى</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="53"/>
        <source>Accident: no casualty recorded</source>
        <translation>حادث: لم تُسجَّل أي إصابة</translation>
    </message>
</context>
<context>
    <name>TaskOrder</name>
    <message>
        <location filename="../layouts/task_order.py" line="109"/>
        <source>Task {task} is not in the tasks table.</source>
        <translation>المهمة {task} ليست في جدول المهام.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="130"/>
        <source>Task {task} has no area: draw the task polygon first.</source>
        <translation>المهمة {task} بلا مساحة: ارسم مضلع المهمة أولًا.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="134"/>
        <source>Task {task}: hazard &apos;{hazard}&apos; in field hazard_id is not in the hazards table.</source>
        <translation>المهمة {task}: المنطقة الخطرة «{hazard}» في الحقل hazard_id ليست في جدول المناطق الخطرة.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="155"/>
        <source>Turning points</source>
        <translation>نقاط الانعطاف</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="158"/>
        <source>Benchmark</source>
        <translation>العلامة الثابتة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="180"/>
        <source>BM</source>
        <translation>BM</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="242"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Magnetic bearing</source>
        <translation>السمت المغناطيسي</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Grid bearing</source>
        <translation>السمت الشبكي</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Distance (m)</source>
        <translation>المسافة (m)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Latitude / longitude (WGS 84)</source>
        <translation>خط العرض / خط الطول (WGS 84)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>east</source>
        <translation>شرقًا</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>west</source>
        <translation>غربًا</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="282"/>
        <source>Magnetic declination: {angle}° {side} ({mils} mils)</source>
        <translation>الانحراف المغناطيسي: {angle}° {side} ({mils} mils)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="285"/>
        <source>Grid convergence: {angle}° {side}</source>
        <translation>تقارب الشبكة: {angle}° {side}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Grid–magnetic angle: {angle}° {side} ({mils} mils)</source>
        <translation>الزاوية بين الشبكة والشمال المغناطيسي: {angle}° {side} ({mils} mils)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing − {angle}°</source>
        <translation>السمت المغناطيسي = السمت الشبكي − {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing + {angle}°</source>
        <translation>السمت المغناطيسي = السمت الشبكي + {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>At the benchmark on {date} ({model}).</source>
        <translation>عند العلامة الثابتة في {date} ({model}).</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>entered by hand</source>
        <translation>مُدخَل يدويًا</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="295"/>
        <source>GN grid north (map up), TN true north, MN magnetic north.</source>
        <translation>ش ش: شمال الشبكة (أعلى الخريطة)، ش ح: الشمال الحقيقي، ش م: الشمال المغناطيسي.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="298"/>
        <source>Diagram not to scale: angles drawn ×{factor}.</source>
        <translation>المخطط ليس بمقياس رسم: الزوايا مرسومة ×{factor}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="377"/>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="422"/>
        <source>FIELD TASK ORDER</source>
        <translation>أمر مهمة ميدانية</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="426"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>Scale 1:{scale}</source>
        <translation>المقياس 1:{scale}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid labels give the MGRS digits in 100 km square {squares}: kilometres, then metres in small figures.</source>
        <translation>الشبكة: منطقة UTM {zone}{hemisphere} ({crs})، مربعات {interval} m. تعطي تسميات الشبكة أرقام MGRS في المربع 100 km {squares}: الكيلومترات، ثم الأمتار بأرقام صغيرة.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>GN</source>
        <translation>ش ش</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>TN</source>
        <translation>ش ح</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>MN</source>
        <translation>ش م</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="447"/>
        <source>North and declination</source>
        <translation>الشمال والانحراف المغناطيسي</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="459"/>
        <source>Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees from the point before; distances horizontal, in metres. Issued by {authority} on {date}, version {version}.</source>
        <translation>الخريطة والشبكة: {crs_name} ({crs})، المرجع الجيوديسي WGS 84. السموت بالدرجات من النقطة السابقة؛ والمسافات أفقية، بالأمتار. صادرة عن {authority} في {date}، الإصدار {version}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="467"/>
        <source>SAFETY: this map supports the task briefing and does not replace the marking on the ground, the site survey or the national mine action standards. Boundaries and positions are approximate; contamination may lie outside them. Enter only cleared or marked safe lanes.</source>
        <translation>السلامة: تدعم هذه الخريطة إحاطة المهمة ولا تحل محل التعليم على الأرض، ولا مسح الموقع، ولا المعايير الوطنية للأعمال المتعلقة بالألغام. الحدود والمواقع تقريبية؛ وقد يقع التلوث خارجها. لا تدخل إلا الممرات الآمنة المطهَّرة أو المعلَّمة.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="495"/>
        <source>Turning points of the task area: bearing and distance from the point before, starting at the benchmark</source>
        <translation>نقاط انعطاف منطقة المهمة: السمت والمسافة من النقطة السابقة، بدءًا من العلامة الثابتة</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="498"/>
        <source>Turning points of the task area: bearing and distance from the point before (no surveyed benchmark: starts at the control point)</source>
        <translation>نقاط انعطاف منطقة المهمة: السمت والمسافة من النقطة السابقة (لا علامة ثابتة ممسوحة: البدء من نقطة السيطرة)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="503"/>
        <source>Turning points of the task area: bearing and distance from the point before (no benchmark recorded: starts at point 1)</source>
        <translation>نقاط انعطاف منطقة المهمة: السمت والمسافة من النقطة السابقة (لا علامة ثابتة مسجَّلة: البدء من النقطة 1)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="527"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="72"/>
        <source>Unknown paper size &apos;{paper}&apos; (expected one of {papers}).</source>
        <translation>حجم ورق غير معروف «{paper}» (المتوقع أحد الأحجام {papers}).</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="128"/>
        <source>Task {task}: {problem}</source>
        <translation>المهمة {task}: {problem}</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="249"/>
        <source>The task order could not be written: {error}</source>
        <translation>تعذّرت كتابة أمر المهمة: {error}</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="134"/>
        <source>Point {point}: {problem}</source>
        <translation>النقطة {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="152"/>
        <source>the leg is {length:,.1f} m long (horizontal), more than the longest leg accepted ({limit:,.0f} m): check the distance, or raise the programme&apos;s limit</source>
        <translation>طول الضلع {length:,.1f} m (أفقيًا)، أكثر من أطول ضلع مقبول ({limit:,.0f} m): تحقّق من المسافة، أو ارفع حد البرنامج</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="157"/>
        <source>the leg is {length:,.1f} m long (horizontal): a traverse is computed round its benchmark, for legs up to {limit:,.0f} m</source>
        <translation>طول الضلع {length:,.1f} m (أفقيًا): يُحسب الترافرس حول علامته الثابتة، لأضلاع حتى {limit:,.0f} m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="167"/>
        <source>point number {number} is used more than once</source>
        <translation>رقم النقطة {number} مستخدم أكثر من مرة</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="170"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation>«{value}» ليس نوع نقطة يمكن أن يكون لضلع</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="173"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation>قيست من النقطة {number}، وهي ليست العلامة الثابتة ولا نقطة سابقة</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation>مرجع شمال غير معروف «{value}»</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="181"/>
        <source>distance &quot;{value}&quot; must be a number of metres, more than 0</source>
        <translation>المسافة «{value}» يجب أن تكون عددًا من الأمتار، أكبر من 0</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="185"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation>الميل «{value}» يجب أن يكون بين -90 و90 درجة</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="191"/>
        <source>the perimeter must begin with a start point</source>
        <translation>يجب أن يبدأ المحيط بنقطة البداية</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="195"/>
        <source>a perimeter has only one start point</source>
        <translation>للمحيط نقطة بداية واحدة فقط</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="198"/>
        <source>the end point must be the last perimeter point</source>
        <translation>يجب أن تكون نقطة النهاية آخر نقطة في المحيط</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="201"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation>لا نقطة نهاية للمحيط: سجّل الضلع الأخير، عودةً إلى نقطة البداية، على أنه نقطة النهاية، أو اذكر أن ضلع الإغلاق لم يُقَس</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="244"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation>حدِّد تفاوتًا مسموحًا لخطأ الإغلاق قبل طلب ضبط الترافرس</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="247"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation>لم يُقَس ضلع الإغلاق، فلا يوجد خطأ إغلاق لضبطه</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="267"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation>يحتاج السمت الشبكي إلى إسقاط الخريطة (الشبكة) الذي يشير إليه</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="298"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation>لم تُمسح نقطة النهاية {end} عبر نقطة البداية {start}، فلا تستطيع قاعدة البوصلة توزيع خطأ الإغلاق</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="304"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation>خطأ الإغلاق {misclosure:.2f} m (1:{precision:.0f}) خارج التفاوت المسموح: لم يُضبط الترافرس.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="309"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation>خطأ الإغلاق {misclosure:.2f} m (1:{precision:.0f}) خارج التفاوت المسموح.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="335"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation>يحتاج المحيط إلى ثلاث نقاط متمايزة على الأقل، وعدد نقاط هذا المحيط {count}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="389"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation>يتقاطع المحيط مع نفسه: الضلع من النقطة {a} إلى النقطة {b} يلتقي بالضلع من النقطة {c} إلى النقطة {d}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="470"/>
        <source>a survey table needs a single polygon without holes</source>
        <translation>يحتاج جدول المسح إلى مضلع واحد بلا ثقوب</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../ui/traverse_dock.py" line="230"/>
        <source>Survey traverse</source>
        <translation>ترافرس المسح</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="252"/>
        <source>e.g. HA-0123</source>
        <translation>مثلًا HA-0123</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="253"/>
        <source>Hazard ID</source>
        <translation>معرّف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="256"/>
        <source>lat, lon  ·  UTM  ·  MGRS</source>
        <translation>خط العرض، خط الطول  ·  UTM  ·  MGRS</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="257"/>
        <source>Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)</source>
        <translation>موقع العلامة الثابتة: خط العرض/خط الطول (50.0643, -108.8345 أو 50°03'51&quot;N 108°50'04&quot;W)، أو UTM (12U 658973 5548526) أو MGRS (12U XA 56470 45022)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="261"/>
        <source>Pick</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="262"/>
        <source>Click the benchmark on the map</source>
        <translation>انقر العلامة الثابتة على الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="266"/>
        <source>Benchmark</source>
        <translation>العلامة الثابتة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="278"/>
        <source>Manual declination</source>
        <translation>الانحراف المغناطيسي اليدوي</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="286"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="288"/>
        <source>North</source>
        <translation>الشمال</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="290"/>
        <source>Survey date</source>
        <translation>تاريخ المسح</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>No</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Bearing</source>
        <translation>السمت</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Distance m</source>
        <translation>المسافة m</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Slope °</source>
        <translation>الميل °</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="304"/>
        <source>Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a spreadsheet. Type: s start, t turning, i intermediate, e end (the start point observed again), r reference, v evidence, u usage.</source>
        <translation>Enter ينتقل إلى الخلية التالية ويضيف صفوفًا؛ Ctrl+V يلصق صفوفًا منسوخة من جدول بيانات. النوع: s بداية، t انعطاف، i وسيطة، e نهاية (نقطة البداية مرصودة مجددًا)، r مرجعية، v دليل، u استخدام.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="310"/>
        <source>Add leg</source>
        <translation>إضافة ضلع</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="311"/>
        <source>Remove legs</source>
        <translation>حذف الأضلاع</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="312"/>
        <source>Clear</source>
        <translation>تفريغ الجدول</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="319"/>
        <source>Tolerance</source>
        <translation>التفاوت المسموح</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="323"/>
        <source>no 1:N limit</source>
        <translation>بلا حد 1:N</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="328"/>
        <source>no metre limit</source>
        <translation>بلا حد بالأمتار</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="329"/>
        <source>Adjust (compass rule)</source>
        <translation>ضبط (قاعدة البوصلة)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="331"/>
        <source>Distribute the misclosure over the legs when it is within tolerance</source>
        <translation>توزيع خطأ الإغلاق على الأضلاع حين يكون ضمن التفاوت المسموح</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="339"/>
        <source>Closure</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Misclosure</source>
        <translation>خطأ الإغلاق</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Area</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="362"/>
        <source>Load hazard</source>
        <translation>تحميل المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="363"/>
        <source>Load the survey points of the hazard ID above from the project&apos;s mine action database, to correct and save again</source>
        <translation>تحميل نقاط المسح للمنطقة الخطرة ذات المعرّف أعلاه من قاعدة بيانات الأعمال المتعلقة بالألغام في المشروع، لتصحيحها وحفظها مجددًا</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="366"/>
        <source>Save as SHA</source>
        <translation>حفظ كـ SHA</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="367"/>
        <source>Save as CHA</source>
        <translation>حفظ كـ CHA</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="481"/>
        <source>(new hazard)</source>
        <translation>(منطقة خطرة جديدة)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="494"/>
        <source>Enter the benchmark, then the legs.</source>
        <translation>أدخل العلامة الثابتة، ثم الأضلاع.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="520"/>
        <source>Model declination: enter the benchmark</source>
        <translation>الانحراف المغناطيسي من النموذج: أدخل العلامة الثابتة</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="525"/>
        <source>No World Magnetic Model covers this date: enter the declination by hand</source>
        <translation>لا يغطي أي نموذج مغناطيسي عالمي هذا التاريخ: أدخل الانحراف المغناطيسي يدويًا</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="528"/>
        <source>Model declination: {value}° E ({model})</source>
        <translation>الانحراف المغناطيسي من النموذج: {value}° شرقًا ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="529"/>
        <source>Model declination: {value}° W ({model})</source>
        <translation>الانحراف المغناطيسي من النموذج: {value}° غربًا ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="544"/>
        <source>PASS</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="545"/>
        <source>FAIL</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="546"/>
        <source>not closed</source>
        <translation>غير مغلق</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="549"/>
        <source>PASS, adjusted</source>
        <translation>مقبول، بعد الضبط</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="565"/>
        <source>Open a mine action database in the project first (its hazards and survey_points layers).</source>
        <translation>افتح أولًا قاعدة بيانات للأعمال المتعلقة بالألغام في المشروع (طبقتيها hazards وsurvey_points).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="577"/>
        <source>Enter a hazard ID before saving.</source>
        <translation>أدخل معرّف المنطقة الخطرة قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="591"/>
        <source>Hazard {hazard} written to the edit buffer: review its form, then save the layer edits.</source>
        <translation>كُتبت المنطقة الخطرة {hazard} في ذاكرة التعديل المؤقتة: راجع نموذجها، ثم احفظ تعديلات الطبقة.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="601"/>
        <source>Enter the ID of the hazard to load.</source>
        <translation>أدخل معرّف المنطقة الخطرة المراد تحميلها.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="608"/>
        <source>Hazard {hazard} has no survey points.</source>
        <translation>المنطقة الخطرة {hazard} بلا نقاط مسح.</translation>
    </message>
</context>
<context>
    <name>UpdateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/update_database.py" line="29"/>
        <source>Update mine action database</source>
        <translation>تحديث قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="53"/>
        <source>Smallest piece released (m²)</source>
        <translation>أصغر جزء محرَّر (m²)</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="57"/>
        <source>Hazards updated</source>
        <translation>المناطق الخطرة المحدَّثة</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="58"/>
        <source>Hazards added</source>
        <translation>المناطق الخطرة المضافة</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="59"/>
        <source>Release history rows added</source>
        <translation>صفوف سجل التحرير المضافة</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="78"/>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="80"/>
        <source>{code} (hazard {hazard}, activity {activity}): {message}</source>
        <translation>{code} (المنطقة الخطرة {hazard}، النشاط {activity}): {message}</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="87"/>
        <source>Nothing to update: every activity is already in the release history.</source>
        <translation>لا شيء لتحديثه: كل نشاط موجود مسبقًا في سجل التحرير.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="92"/>
        <source>{updated} hazards updated, {added} added, {rows} history rows written.</source>
        <translation>المناطق الخطرة المحدَّثة: {updated}، المضافة: {added}، صفوف السجل المكتوبة: {rows}.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="32"/>
        <source>Applies the land release activities of a mine action database to its hazardous areas: each hazard&apos;s geometry becomes its remaining land, with its area, status and date of information, and every change is added to the release history.

When part of a suspected area (SHA) has been confirmed, the SHA record keeps the suspected part and the confirmed part is re-registered as a confirmed area (CHA) whose ID is the SHA&apos;s ID followed by -CHA.

Only activities without release history rows are applied, so running the update again changes nothing. All changes are written in one transaction: if anything fails, the database is left exactly as it was.

The database is a GeoPackage file, or a schema on a PostgreSQL connection. The hazards it changes are locked until the update ends; a hazard another editor saved since the update read it stops the update, naming the hazard, and nothing is written. An activity that ended before a hazard&apos;s date of information never changes it.</source>
        <translation>يطبّق أنشطة تحرير الأراضي في قاعدة بيانات الأعمال المتعلقة بالألغام على مناطقها الخطرة: يصبح الشكل الهندسي لكل منطقة خطرة أرضَها المتبقية، مع مساحتها وحالتها وتاريخ المعلومات، ويُضاف كل تغيير إلى سجل التحرير.

حين يُؤكَّد جزء من منطقة مشتبه بها (SHA)، يحتفظ سجل SHA بالجزء المشتبه به ويُعاد تسجيل الجزء المؤكد منطقةً مؤكدة (CHA) معرّفها هو معرّف SHA متبوعًا بـ -CHA.

لا تُطبَّق إلا الأنشطة التي لا صفوف لها في سجل التحرير، فإعادة تشغيل التحديث لا تغيّر شيئًا. تُكتب كل التغييرات في معاملة واحدة: إن فشل أي شيء، تبقى قاعدة البيانات كما كانت تمامًا.

قاعدة البيانات ملف GeoPackage، أو مخطط على اتصال PostgreSQL. تُقفل المناطق الخطرة التي يغيّرها التحديث حتى ينتهي؛ وإن حفظ محرر آخر منطقة خطرة منذ أن قرأها التحديث توقف التحديث وسمّاها، ولا يُكتب شيء. النشاط الذي انتهى قبل تاريخ المعلومات لمنطقة خطرة لا يغيّرها أبدًا.</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/upgrade_database.py" line="24"/>
        <source>Upgrade mine action database</source>
        <translation>ترقية قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="43"/>
        <source>Mine action database</source>
        <translation>قاعدة بيانات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="47"/>
        <source>Schema version before</source>
        <translation>إصدار المخطط قبل</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="48"/>
        <source>Schema version after</source>
        <translation>إصدار المخطط بعد</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="59"/>
        <source>The stored forms and styles were saved.</source>
        <translation>حُفظت النماذج والأنماط المخزَّنة.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="61"/>
        <source>The database is already at schema version {version}; its records were not changed.</source>
        <translation>قاعدة البيانات في إصدار المخطط {version} أصلًا؛ لم تتغيّر سجلاتها.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="65"/>
        <source>Upgraded from schema version {before} to {after}.</source>
        <translation>رُقِّيت من إصدار المخطط {before} إلى {after}.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="27"/>
        <source>Brings a mine action database made by an earlier version of the plugin up to the current data model, in place: a GeoPackage file, or a schema on a PostgreSQL connection. Every record is kept. All changes are made in one transaction: if anything fails, or the process is stopped, the database is left exactly as it was. The stored forms and styles are then refreshed (on PostgreSQL, in the same transaction).

From 0.1.0: re-registered confirmed parts of a suspected area (&lt;id&gt;-CHA records) get an explicit link to their hazard, parent_hazard_id, instead of being recognised by their ID.

To schema 3: activities, finds, survey and site points get their review status (what was stored counts as approved), reviewer and review date.

A database that is already current is left unchanged.</source>
        <translation>يرقّي قاعدة بيانات للأعمال المتعلقة بالألغام أُنشئت بإصدار سابق من الإضافة إلى نموذج البيانات الحالي، في مكانها: ملف GeoPackage، أو مخطط على اتصال PostgreSQL. يُحتفظ بكل سجل. تُجرى كل التغييرات في معاملة واحدة: إن فشل أي شيء، أو أُوقفت العملية، تبقى قاعدة البيانات كما كانت تمامًا. ثم تُحدَّث النماذج والأنماط المخزَّنة (في PostgreSQL، في المعاملة نفسها).

من 0.1.0: تحصل الأجزاء المؤكدة المعاد تسجيلها من منطقة مشتبه بها (سجلات &lt;id&gt;-CHA) على رابط صريح بمنطقتها الخطرة، parent_hazard_id، بدل التعرّف عليها من معرّفها.

إلى المخطط 3: تحصل الأنشطة والمكتشفات ونقاط المسح ونقاط الموقع على حالة مراجعتها (ما كان مخزَّنًا يُعدّ معتمدًا) ومراجعها وتاريخ مراجعتها.

قاعدة البيانات المحدَّثة أصلًا تُترك دون تغيير.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Hazard class</source>
        <translation>فئة المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Suspected Hazardous Area (SHA)</source>
        <translation>منطقة خطرة مشتبه بها (SHA)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Confirmed Hazardous Area (CHA)</source>
        <translation>منطقة خطرة مؤكدة (CHA)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Hazard status</source>
        <translation>حالة المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Worked on</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Land release activity</source>
        <translation>نشاط تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Non-technical survey</source>
        <translation>المسح غير التقني</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Technical survey</source>
        <translation>المسح التقني</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Clearance</source>
        <translation>التطهير</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Land release outcome</source>
        <translation>نتيجة تحرير الأراضي</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>ملغاة (المسح غير التقني)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced with technical asset</source>
        <translation>مخفَّضة بوسائل تقنية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced without technical asset</source>
        <translation>مخفَّضة بلا وسائل تقنية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cleared</source>
        <translation>مطهَّرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Confirmed (SHA part becomes CHA)</source>
        <translation>مؤكدة (يصبح جزء SHA منطقة CHA)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Contamination</source>
        <translation>التلوث</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-personnel mines</source>
        <translation>ألغام مضادة للأفراد</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-vehicle mines</source>
        <translation>ألغام مضادة للمركبات</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Cluster munitions</source>
        <translation>ذخائر عنقودية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>ذخائر غير منفجرة (UXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>ذخائر متفجرة متروكة (AXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>عبوات ناسفة مرتجلة (IED)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Mixed contamination</source>
        <translation>تلوث مختلط</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: visual observation of explosive ordnance</source>
        <translation>مباشر: مشاهدة عيانية لذخائر متفجرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: accident at a known location</source>
        <translation>مباشر: حادث في موقع معروف</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: reliable records</source>
        <translation>مباشر: سجلات موثوقة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: hazard marking</source>
        <translation>مباشر: علامات تحديد الخطر</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: detonations</source>
        <translation>مباشر: تفجيرات</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: old survey</source>
        <translation>غير مباشر: مسح قديم</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: former front line</source>
        <translation>غير مباشر: خط جبهة سابق</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: accident at an unknown location</source>
        <translation>غير مباشر: حادث في موقع غير معروف</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: unreliable records</source>
        <translation>غير مباشر: سجلات غير موثوقة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: productive land not in use</source>
        <translation>غير مباشر: أرض منتجة غير مستغلة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: verbal report</source>
        <translation>غير مباشر: بلاغ شفهي</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Survey point type</source>
        <translation>نوع نقطة المسح</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Reference point</source>
        <translation>نقطة مرجعية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Benchmark</source>
        <translation>العلامة الثابتة (BM)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Start point</source>
        <translation>نقطة البداية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Turning point</source>
        <translation>نقطة انعطاف</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Intermediate point</source>
        <translation>نقطة وسيطة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>End point</source>
        <translation>نقطة النهاية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Evidence point</source>
        <translation>نقطة دليل</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Usage point</source>
        <translation>نقطة استخدام</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Explosive ordnance category</source>
        <translation>فئة الذخائر المتفجرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-personnel mine</source>
        <translation>لغم مضاد للأفراد</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-vehicle mine</source>
        <translation>لغم مضاد للمركبات</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Submunition</source>
        <translation>ذخيرة صغيرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Projectile</source>
        <translation>مقذوف</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Mortar bomb</source>
        <translation>قذيفة هاون</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Grenade</source>
        <translation>قنبلة يدوية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Rocket</source>
        <translation>صاروخ</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Aircraft bomb</source>
        <translation>قنبلة جوية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Improvised explosive device</source>
        <translation>عبوة ناسفة مرتجلة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Small arms ammunition</source>
        <translation>ذخائر الأسلحة الصغيرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Other unexploded ordnance</source>
        <translation>ذخائر أخرى غير منفجرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Site point type</source>
        <translation>نوع نقطة الموقع</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Helicopter landing site (HLS)</source>
        <translation>موقع هبوط المروحيات (HLS)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Medical facility</source>
        <translation>منشأة طبية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Paramedic post</source>
        <translation>نقطة إسعاف</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Control point</source>
        <translation>نقطة السيطرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Demolition site</source>
        <translation>موقع الإتلاف</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Bearing unit</source>
        <translation>وحدة السمت</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Degrees</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Grads (400 per circle)</source>
        <translation>غراد (400 في الدائرة)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>NATO mils (6400 per circle)</source>
        <translation>mils حلف الناتو (6400 في الدائرة)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Warsaw Pact mils (6000 per circle)</source>
        <translation>mils حلف وارسو (6000 في الدائرة)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>North reference</source>
        <translation>مرجع الشمال</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Magnetic north</source>
        <translation>الشمال المغناطيسي</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>True north</source>
        <translation>الشمال الحقيقي</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Grid north</source>
        <translation>شمال الشبكة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Position fixed by</source>
        <translation>طريقة تحديد الموقع</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>GPS / GNSS</source>
        <translation>GPS / GNSS</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Bearing and distance</source>
        <translation>السمت والمسافة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Read from a map</source>
        <translation>مقروء من خريطة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Digitised on screen</source>
        <translation>مرقمَن على الشاشة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Task status</source>
        <translation>حالة المهمة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Suspended</source>
        <translation>معلَّقة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Completed</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Task priority</source>
        <translation>أولوية المهمة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Route type</source>
        <translation>نوع الطريق</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Access route</source>
        <translation>طريق الوصول</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Casualty evacuation route</source>
        <translation>طريق إخلاء المصابين</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Safe lane</source>
        <translation>الممر الآمن</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Submitted, awaiting review</source>
        <translation>مقدَّم، بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Returned to the operator</source>
        <translation>أُعيد إلى المشغّل</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>What the casualties were doing</source>
        <translation>ما كان الضحايا يفعلونه</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Farming</source>
        <translation>الزراعة</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Herding animals</source>
        <translation>رعي الماشية</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting wood, food or water</source>
        <translation>جمع الحطب أو الطعام أو الماء</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting or handling scrap metal</source>
        <translation>جمع الخردة المعدنية أو التعامل معها</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Travelling</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Playing</source>
        <translation>اللعب</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Handling or tampering with a device</source>
        <translation>العبث بجهاز أو التعامل معه</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Demining</source>
        <translation>إزالة الألغام</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
</context>
</TS>
