<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApplyStylesAlgorithm</name>
    <message>
        <location filename="../processing/apply_styles.py" line="27"/>
        <source>Apply mine action styles</source>
        <translation>Применить стили противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="32"/>
        <source>Gives each layer the mine action map style of the table it matches: hazards, land release activities, survey points, EO finds, site points, access routes or tasks. A layer matches by its table or layer name, or else by its fields (for example hazard_id, hazard_class and status on a polygon layer), so layers exported from IMSMA with the same field names are styled as well. Only the style changes: the data and the attribute forms are left as they are. The log lists the style each layer received and the layers that matched no table.</source>
        <translation>Назначает каждому слою картографический стиль противоминной деятельности той таблицы, которой он соответствует: опасные районы, операции по высвобождению земель, точки съемки, находки ВОП, точки участка, маршруты доступа или задания. Слой соответствует таблице по имени таблицы или слоя, а иначе — по своим полям (например, hazard_id, hazard_class и status в полигональном слое), поэтому слои, экспортированные из IMSMA с теми же именами полей, также получают стиль. Меняется только стиль: данные и формы атрибутов остаются без изменений. В журнале указаны стиль, полученный каждым слоем, и слои, не соответствующие ни одной таблице.</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="43"/>
        <source>Layers to style</source>
        <translation>Слои для применения стиля</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="46"/>
        <source>Styled layers</source>
        <translation>Слои со стилем</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="48"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="58"/>
        <source>{layer}: matches no mine action table, left unchanged</source>
        <translation>{layer}: не соответствует ни одной таблице противоминной деятельности, оставлен без изменений</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="64"/>
        <source>{layer}: styled as {table}</source>
        <translation>{layer}: применен стиль {table}</translation>
    </message>
</context>
<context>
    <name>Bearings</name>
    <message>
        <location filename="../core/bearings.py" line="40"/>
        <source>Point {point}: {problem}</source>
        <translation>Точка {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="47"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation>неизвестная единица азимута «{unit}» (ожидается одна из {units})</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="59"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation>азимут «{value}»: минуты должны быть меньше 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="61"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation>азимут «{value}»: секунды должны быть меньше 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="63"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation>азимут «{value}»: только последняя часть значения в градусах, минутах и секундах может иметь десятичные знаки</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="98"/>
        <source>the bearing is missing</source>
        <translation>азимут не указан</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="131"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation>азимут «{value}» не является числом</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="108"/>
        <source>bearing &quot;{value}&quot; is marked {marked}, but the north reference is {reference}</source>
        <translation>азимут «{value}» помечен как {marked}, но направление севера — {reference}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="118"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation>азимут «{value}»: румбовые азимуты записываются в градусах, а не в {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="122"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation>азимут «{value}» отрицательный</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="128"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation>не удается прочитать азимут «{value}» в {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="133"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation>азимут «{value}» вне допустимого диапазона: он должен быть не меньше 0 и меньше {circle:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="142"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation>не удается прочитать угол румбового азимута «{value}»</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="145"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation>румбовый азимут «{value}»: угол не может превышать 90°</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/check_database.py" line="22"/>
        <source>Check mine action database</source>
        <translation>Проверить базу данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="25"/>
        <source>Finds the data problems to fix before reporting: GICHD geocheck&apos;s rules (invalid polygons with GEOS&apos;s reason, too few or repeated vertices, repeated parts, duplicate points and record IDs, long segments, overlapping parts) and the plugin&apos;s own (stated against computed areas, activities and finds outside the hazards, dates, broken hazard links, overlapping hazards, missing hazard fields, survey closures, codes not in the lookup lists).

Outputs: one point per problem with its rule, severity, table, feature, field, message and a fix hint; the areas of overlaps and of activities outside the hazards; a summary per rule. The database is only read. The rules: docs/quality.md.</source>
        <translation>Находит проблемы данных, которые нужно исправить перед отчетом: правила geocheck GICHD (недействительные полигоны с причиной от GEOS, слишком мало или повторяющиеся вершины, повторяющиеся части, дублирующиеся точки и идентификаторы записей, длинные отрезки, перекрывающиеся части) и собственные правила модуля (заявленная площадь против вычисленной, операции и находки вне опасных районов, даты, ссылки на несуществующие опасные районы, перекрывающиеся опасные районы, незаполненные поля опасных районов, замыкание съемок, коды, которых нет в справочниках кодов).

Результаты: одна точка на проблему с ее правилом, важностью, таблицей, объектом, полем, сообщением и советом по исправлению; площади перекрытий и операций вне опасных районов; сводка по правилам. База данных только читается. Правила: docs/quality.md.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Longest segment between vertices (m)</source>
        <translation>Самый длинный отрезок между вершинами (м)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest overlap of parts (% of the smaller)</source>
        <translation>Наибольшее перекрытие частей (% меньшей)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest stated area difference (%)</source>
        <translation>Наибольшая разница заявленной площади (%)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="49"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="51"/>
        <source>Problem areas</source>
        <translation>Площади проблем</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="53"/>
        <source>Problems per rule</source>
        <translation>Проблемы по правилам</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="62"/>
        <source>Reading the database</source>
        <translation>Чтение базы данных</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="78"/>
        <source>Cannot write the output {output}.</source>
        <translation>Не удается записать результат {output}.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="82"/>
        <source>{count} problems, {must_fix} to fix</source>
        <translation>Проблем: {count}, исправить: {must_fix}</translation>
    </message>
</context>
<context>
    <name>ComputeLandReleaseAlgorithm</name>
    <message>
        <location filename="../processing/compute_land_release.py" line="21"/>
        <source>Compute land release</source>
        <translation>Рассчитать высвобождение земель</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="25"/>
        <source>Replays the land release activities (non-technical survey, technical survey, clearance) over the hazardous areas in date order, as IMAS 07.11 counts them: every square metre released is counted once, by the method that released it first.

Outputs: the remaining hazardous land per hazard and class (SHA, CHA); the released land per hazard and activity, tagged with its outcome, date and area; the ledger of each hazard in m² (original, cancelled, reduced with and without technical asset, cleared, remaining); the history of changes; and the quality flags (overlaps, activities outside hazards or older than the hazard record, slivers, repaired geometries).

Codes are read through the lookup lists of the database the hazards come from (or the lookups table given), so a programme's own classes and outcomes count as the built-in code they behave as. Areas are ground areas on the WGS 84 ellipsoid. The inputs are not modified.</source>
        <translation>Воспроизводит операции по высвобождению земель (нетехническое обследование, техническое обследование, очистка) на опасных районах в порядке дат, как их учитывает IMAS 07.11: каждый высвобожденный квадратный метр учитывается один раз — по методу, которым он был высвобожден первым.

Результаты: остаток опасных земель по опасному району и классу (ПОР, ПдОР); высвобожденные земли по опасному району и операции, с результатом, датой и площадью; баланс площадей каждого опасного района в м² (исходная, аннулированная, сокращенная с техническим средством и без него, очищенная, остаток); история изменений; и отметки качества (перекрытия, операции вне опасных районов или более ранние, чем запись опасного района, мелкие остатки, исправленные геометрии).

Коды читаются через справочники кодов базы данных, из которой взяты опасные районы (или через указанную таблицу справочников), поэтому собственные классы и результаты программы учитываются как встроенный код, которому они соответствуют. Площади — это площади на поверхности эллипсоида WGS 84. Входные данные не изменяются.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="44"/>
        <source>Hazardous areas</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="47"/>
        <source>Land release activities</source>
        <translation>Операции по высвобождению земель</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="51"/>
        <source>Lookup lists (default: the hazards&apos; database)</source>
        <translation>Справочники кодов (по умолчанию: база данных опасных районов)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="54"/>
        <source>Smallest piece released (m²)</source>
        <translation>Наименьший высвобождаемый участок (м²)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="59"/>
        <source>Remaining hazardous land</source>
        <translation>Остаток опасных земель</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="62"/>
        <source>Released land</source>
        <translation>Высвобожденные земли</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="64"/>
        <source>Land release ledger</source>
        <translation>Баланс площадей высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="66"/>
        <source>Release history</source>
        <translation>История высвобождения</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="68"/>
        <source>Quality flags</source>
        <translation>Отметки качества</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="77"/>
        <source>The input layers cannot be read.</source>
        <translation>Не удается прочитать входные слои.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="88"/>
        <source>Reading hazards and activities</source>
        <translation>Чтение опасных районов и операций</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="99"/>
        <source>{hazards} hazards, {activities} activities</source>
        <translation>Опасных районов: {hazards}, операций: {activities}</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="106"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="123"/>
        <source>Cannot write the output {output}.</source>
        <translation>Не удается записать результат {output}.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="128"/>
        <source>Released {released:.1f} m², remaining {remaining:.1f} m², {flags} quality flags</source>
        <translation>Высвобождено {released:.1f} м², остаток {remaining:.1f} м², отметок качества: {flags}</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="95"/>
        <source>{count} activities await the national centre&apos;s review and release no land until approved: {ids}</source>
        <translation>{count} операций по высвобождению земель ожидают проверки национальным центром и не высвобождают земель до утверждения: {ids}</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="62"/>
        <source>Point {point}: {problem}</source>
        <translation>Точка {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="69"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation>положение «{value}»: широта {lat} вне диапазона -90..90</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="72"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation>положение «{value}»: долгота {lon} вне диапазона -180..180</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="116"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation>широта {lat} вне зоны UTM (от 80° ю. ш. до 84° с. ш.)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="151"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>UTM «{value}»: зоны {zone} не существует (от 1 до 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="154"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation>UTM «{value}»: восточное смещение должно быть от 100000 до 900000 м, а северное — от 0 до 10000000 м</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="162"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation>UTM «{value}»: полоса {band} охватывает широты от {south:g}° до {north:g}°, но это северное смещение соответствует {lat:.3f}°. Проверьте северное смещение или запишите полушарие как «{zone} north» или «{zone} south»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="179"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation>точность MGRS должна составлять от 0 до 8 цифр, а не {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="222"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation>MGRS «{value}»: восточное и северное смещения должны иметь одинаковое количество цифр (не более 8 каждое)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="225"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>MGRS «{value}»: зоны {zone} не существует (от 1 до 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="228"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation>MGRS «{value}»: буква столбца квадрата {letter} не используется в зоне {zone}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="305"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation>не удается прочитать обозначение MGRS «{value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="264"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} is not used in latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: зона {zone} не используется в полосе широты {band} (на Шпицбергене используются зоны 31, 33, 35 и 37); проверьте номер зоны и букву полосы</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="286"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}; check the band letter</source>
        <translation>MGRS «{value}»: квадрат {square} не лежит в полосе широты {band}; проверьте букву полосы</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="292"/>
        <source>MGRS &quot;{value}&quot;: in latitude band {band}, square {square} lies at longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: в полосе широты {band} квадрат {square} лежит на долготе {lon:.2f}°, вне зоны {zone} (от {west:g}° до {east:g}°); проверьте номер зоны и букву полосы</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="309"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation>MGRS «{value}» содержит только {digits} цифр на ось; его нельзя удлинить до {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="332"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation>положение «{value}»: используйте либо знак минус, либо букву полушария, но не то и другое одновременно</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="337"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation>положение «{value}»: не удается прочитать «{part}» как градусы, минуты и секунды</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="353"/>
        <source>position &quot;{value}&quot; looks like a UTM easting and northing without their zone: write the UTM zone and band first, e.g. &quot;12U {value}&quot;</source>
        <translation>положение «{value}» похоже на восточное и северное смещения UTM без зоны: сначала запишите зону и полосу UTM, например «12U {value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="362"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation>положение «{value}»: укажите одну широту (N/S) и одну долготу (E/W) или не указывайте буквы полушарий вовсе (сначала широта)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="395"/>
        <source>the position is missing</source>
        <translation>положение не указано</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="403"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation>не удается прочитать положение «{value}»: ожидается широта/долгота, UTM (зона, полоса, восточное смещение, северное смещение) или MGRS</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="25"/>
        <source>Create mine action database</source>
        <translation>Создать базу данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="51"/>
        <source>Coordinate reference system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="55"/>
        <source>Overwrite an existing file</source>
        <translation>Перезаписать существующий файл</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="57"/>
        <source>Open the database in the current project</source>
        <translation>Открыть базу данных в текущем проекте</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="83"/>
        <source>Created {path}</source>
        <translation>Создан {path}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>Language of the database</source>
        <translation>Язык базы данных</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>The language QGIS runs in</source>
        <translation>Язык, на котором работает QGIS</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="29"/>
        <source>Creates a GeoPackage holding the mine action data model: hazardous areas, survey points, land release activities, explosive ordnance finds, tasks, site points, access routes, the release history and the programme's lookup lists. Each layer carries its attribute form and map style as its default style, so the file opens ready to edit in QGIS and QField, with or without this plugin.

GICHD recommends storing WGS 84 (EPSG:4326); areas are always computed on the ellipsoid whatever the CRS.

The lookup lists, forms and legends are written in the language chosen (by default the one QGIS runs in), which also becomes the language its task orders and overview are printed in (Settings › Options › Mine Action). A language with English prints both.

For a national database shared by several editors, choose a PostgreSQL connection and a new (or empty) schema instead of a file: the same tables are created there in one transaction, with the styles in public.layer_styles and a row version that refuses conflicting saves.</source>
        <translation>Создает GeoPackage с моделью данных противоминной деятельности: опасные районы, точки съемки, операции по высвобождению земель, находки взрывоопасных предметов, задания, точки участка, маршруты доступа, история высвобождения и справочники кодов программы. Каждый слой содержит свою форму атрибутов и картографический стиль в качестве стиля по умолчанию, поэтому файл открывается готовым к редактированию в QGIS и QField — с этим модулем или без него.

GICHD рекомендует хранить данные в WGS 84 (EPSG:4326); площади всегда вычисляются на эллипсоиде, независимо от системы координат.

Справочники кодов, формы и условные обозначения записываются на выбранном языке (по умолчанию — на языке QGIS), который становится также языком печати нарядов-заданий и обзорной карты этой базы данных (Настройки › Параметры › Противоминная деятельность). Если выбран язык вместе с английским, печатаются оба.

Для национальной базы данных, которую редактируют несколько пользователей, выберите вместо файла соединение PostgreSQL и новую (или пустую) схему: те же таблицы создаются там одной транзакцией, со стилями в public.layer_styles и версией строки, которая отклоняет конфликтующие сохранения.</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="62"/>
        <source>Schema (new or empty)</source>
        <translation>Схема (новая или пустая)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="72"/>
        <source>Created {database}</source>
        <translation>Создано: {database}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="77"/>
        <source>Give the GeoPackage file to create, or a PostgreSQL connection and a schema.</source>
        <translation>Укажите создаваемый файл GeoPackage или соединение PostgreSQL и схему.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="103"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="105"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="115"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created at</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created by</source>
        <translation>Автор записи</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="161"/>
        <source>Must be zero or more</source>
        <translation>Должно быть не меньше нуля</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Area (m²)</source>
        <translation>Площадь (м²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazardous areas</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Hazard ID</source>
        <translation>ID опасного района</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Confirmed part of hazard</source>
        <translation>Подтвержденная часть опасного района</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Contamination</source>
        <translation>Загрязнение</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Main evidence</source>
        <translation>Основной признак</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Date of information</source>
        <translation>Дата получения информации</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey date</source>
        <translation>Дата съемки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Reporting organisation</source>
        <translation>Организация, представившая отчет</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Nearest locality</source>
        <translation>Ближайший населенный пункт</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Blocked land use</source>
        <translation>Заблокированное землепользование</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Clearance depth (cm)</source>
        <translation>Глубина очистки (см)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Original area (m²)</source>
        <translation>Исходная площадь (м²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation>Подозреваемые и подтвержденные опасные районы.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazard</source>
        <translation>Опасный район</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Location and land</source>
        <translation>Местоположение и землепользование</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Areas and remarks</source>
        <translation>Площади и примечания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey points</source>
        <translation>Точки съемки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point number</source>
        <translation>Номер точки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point type</source>
        <translation>Тип точки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>From point</source>
        <translation>От точки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation>Азимут должен быть не меньше 0 и меньше полного круга</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing as recorded</source>
        <translation>Азимут в записи</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>North reference</source>
        <translation>Направление севера</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination applied (°, east +)</source>
        <translation>Примененное склонение (°, восток +)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation>Склонение должно быть от -180 до 180 градусов</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope angle (°)</source>
        <translation>Угол наклона (°)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation>Наклон должен быть от -90 до 90 градусов</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Coordinates as entered</source>
        <translation>Координаты в введенном виде</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position fixed by</source>
        <translation>Способ определения положения</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation>Реперы, опорные и поворотные точки с азимутом и расстоянием от предыдущей точки, как записано в поле.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing and distance</source>
        <translation>Азимут и расстояние</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Land release activities</source>
        <translation>Операции по высвобождению земель</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Activity ID</source>
        <translation>ID операции</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Task ID</source>
        <translation>ID задания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Activity</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Technical asset used</source>
        <translation>Примененное техническое средство</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The end date cannot be before the start date</source>
        <translation>Дата окончания не может быть раньше даты начала</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation>Участки, аннулированные, сокращенные, очищенные или подтвержденные операцией.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team and area</source>
        <translation>Группа и площадь</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance finds</source>
        <translation>Находки взрывоопасных предметов</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find ID</source>
        <translation>ID находки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>EO category</source>
        <translation>Категория ВОП</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Model / description</source>
        <translation>Модель / описание</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity must be at least 1</source>
        <translation>Количество должно быть не меньше 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find date</source>
        <translation>Дата находки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Destroyed</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Depth (cm)</source>
        <translation>Глубина (см)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance found, by category.</source>
        <translation>Найденные взрывоопасные предметы по категориям.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Task type</source>
        <translation>Тип задания</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Due date</source>
        <translation>Срок выполнения</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>The due date cannot be before the start date</source>
        <translation>Срок выполнения не может быть раньше даты начала</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issuing authority</source>
        <translation>Выдающий орган</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version must be at least 1</source>
        <translation>Версия должна быть не меньше 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation>Наряды на работы, выданные группам обследования и очистки.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site points</source>
        <translation>Точки участка</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site type</source>
        <translation>Тип точки участка</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Radio call sign</source>
        <translation>Радиопозывной</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation>Вертолетные площадки, медицинские пункты, контрольные пункты и места уничтожения для задания.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access routes</source>
        <translation>Маршруты доступа</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Route type</source>
        <translation>Тип маршрута</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access and casualty evacuation routes.</source>
        <translation>Маршруты доступа и маршруты медицинской эвакуации.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Release history</source>
        <translation>История высвобождения</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class before</source>
        <translation>Класс до</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class after</source>
        <translation>Класс после</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status before</source>
        <translation>Статус до</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status after</source>
        <translation>Статус после</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded at</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation>Каждое изменение площади, класса или статуса опасного района с его причиной.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Lookup lists</source>
        <translation>Справочники кодов</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>List</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Behaves as</source>
        <translation>Действует как</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation>Собственные названия программы для каждого справочника; base_code связывает запись со встроенным значением, с которым вычисляет модуль.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema information</source>
        <translation>Сведения о схеме</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema version and creation details.</source>
        <translation>Версия схемы и сведения о создании.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Review status</source>
        <translation>Статус проверки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed at</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="141"/>
        <source>External ID</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: women</source>
        <translation>Ожидаемые бенефициары: женщины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: girls</source>
        <translation>Ожидаемые бенефициары: девочки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: boys</source>
        <translation>Ожидаемые бенефициары: мальчики</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: men</source>
        <translation>Ожидаемые бенефициары: мужчины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: persons with disabilities</source>
        <translation>Ожидаемые бенефициары: лица с инвалидностью</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: women</source>
        <translation>Бенефициары: женщины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: girls</source>
        <translation>Бенефициары: девочки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: boys</source>
        <translation>Бенефициары: мальчики</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: men</source>
        <translation>Бенефициары: мужчины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: persons with disabilities</source>
        <translation>Бенефициары: лица с инвалидностью</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Expected beneficiaries</source>
        <translation>Ожидаемые бенефициары</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: women</source>
        <translation>Группа: женщины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: men</source>
        <translation>Группа: мужчины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover date</source>
        <translation>Дата передачи</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The handover cannot be before the end of the activity</source>
        <translation>Передача не может быть раньше окончания операции по высвобождению земель</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover and beneficiaries</source>
        <translation>Передача и бенефициары</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="397"/>
        <source>Killed: women</source>
        <translation>Погибли: женщины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Killed: men</source>
        <translation>Погибли: мужчины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="399"/>
        <source>Killed: girls</source>
        <translation>Погибли: девочки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="400"/>
        <source>Killed: boys</source>
        <translation>Погибли: мальчики</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="401"/>
        <source>Killed: sex or age unknown</source>
        <translation>Погибли: пол или возраст неизвестны</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="402"/>
        <source>Injured: women</source>
        <translation>Ранены: женщины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="403"/>
        <source>Injured: men</source>
        <translation>Ранены: мужчины</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="404"/>
        <source>Injured: girls</source>
        <translation>Ранены: девочки</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="405"/>
        <source>Injured: boys</source>
        <translation>Ранены: мальчики</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="406"/>
        <source>Injured: sex or age unknown</source>
        <translation>Ранены: пол или возраст неизвестны</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents</source>
        <translation>Несчастные случаи</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident ID</source>
        <translation>Идентификатор несчастного случая</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident date</source>
        <translation>Дата несчастного случая</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Device category</source>
        <translation>Категория устройства</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>What the casualties were doing</source>
        <translation>Чем были заняты пострадавшие</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents with explosive ordnance: where, when, the device and the killed and injured by sex and age group. No names or personal details: a mapping tool, not a victim register.</source>
        <translation>Несчастные случаи со взрывоопасными предметами (ВОП): где, когда, устройство, погибшие и раненые по полу и возрастной группе. Без имен и персональных данных: инструмент картографирования, а не реестр пострадавших.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident</source>
        <translation>Несчастный случай</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Casualties</source>
        <translation>Пострадавшие</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="36"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation>Не удается прочитать таблицу «{table}» из {path}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="83"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} уже существует. Выберите другой файл или разрешите перезапись.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="101"/>
        <source>{path} is a folder. Give the name of the GeoPackage file to create, for example {example}.</source>
        <translation>{path} — это папка. Укажите имя создаваемого файла GeoPackage, например {example}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="110"/>
        <source>Cannot write {path}: permission denied ({error}). Choose a folder you may write to.</source>
        <translation>Не удается записать {path}: доступ запрещен ({error}). Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="115"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>Не удается записать {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="135"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation>Не удается создать GeoPackage по пути {path}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="465"/>
        <source>Creating table {table}</source>
        <translation>Создание таблицы {table}</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="189"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>Не удается записать в таблицу {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="401"/>
        <source>Mine Action Mapper default style</source>
        <translation>Стиль Mine Action Mapper по умолчанию</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="385"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation>Не удается сохранить стиль {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="56"/>
        <source>{path} is damaged or is not a GeoPackage ({detail}). Restore it from a backup copy.</source>
        <translation>{path} поврежден или не является GeoPackage ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="75"/>
        <source>No mine action database was given.</source>
        <translation>Не указана база данных противоминной деятельности.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="78"/>
        <source>{path} is a folder, not a mine action database (a .gpkg file).</source>
        <translation>{path} — это папка, а не база данных противоминной деятельности (файл .gpkg).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="82"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="88"/>
        <source>{path} cannot be read: {error}.</source>
        <translation>Не удается прочитать {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="92"/>
        <source>it does not start as an SQLite file</source>
        <translation>его начало не соответствует файлу SQLite</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="106"/>
        <source>{path} is a GeoPackage but not a mine action database (it has no schema_info table). Create one with &apos;Create mine action database&apos; and import these records into it.</source>
        <translation>{path} — это GeoPackage, но не база данных противоминной деятельности (в нем нет таблицы schema_info). Создайте ее командой «Создать базу данных противоминной деятельности» и импортируйте в нее эти записи.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="119"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation>{path} не является базой данных противоминной деятельности (нет версии схемы).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="125"/>
        <source>The schema version of {path} is &apos;{value}&apos;, not a number: the file was damaged or edited by hand. Restore it from a backup copy.</source>
        <translation>Версия схемы {path} — «{value}», а не число: файл поврежден или отредактирован вручную. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="133"/>
        <source>{path} is locked by another program (a QGIS session with unsaved edits, a database browser, a synchronisation tool). Save or close it there and run again; nothing was written.</source>
        <translation>{path} заблокирован другой программой (сеанс QGIS с несохраненными изменениями, просмотрщик баз данных, средство синхронизации). Сохраните или закройте его там и запустите снова; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="152"/>
        <source>{path} is read-only: you may not write to it. Ask for write permission or work on a copy.</source>
        <translation>{path} доступен только для чтения: у вас нет права записи в него. Запросите разрешение на запись или работайте с копией.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="177"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}): it is opened read-only. Update the plugin to edit it.</source>
        <translation>{path} создан более новой версией Mine Action Mapper (схема {version}): он открыт только для чтения. Обновите модуль, чтобы редактировать его.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="182"/>
        <source>{path} is from an older version of the plugin (schema {version}): read-only until you upgrade it. Every record is kept.</source>
        <translation>{path} создан более старой версией модуля (схема {version}): только для чтения, пока вы не обновите его. Все записи сохраняются.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="187"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}): it is opened read-only. Run &apos;Upgrade mine action database&apos; to edit it; every record is kept.</source>
        <translation>{path} создан более старой версией Mine Action Mapper (схема {version}): он открыт только для чтения. Запустите «Обновить схему базы данных противоминной деятельности», чтобы редактировать его; все записи сохраняются.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="201"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}; this plugin knows schema {known} and older). Update the plugin to use it.</source>
        <translation>{path} создан более новой версией Mine Action Mapper (схема {version}; этот модуль знает схему {known} и более старые). Обновите модуль, чтобы использовать его.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="208"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}). Run &apos;Upgrade mine action database&apos; on it first; it keeps every record.</source>
        <translation>{path} создан более старой версией Mine Action Mapper (схема {version}). Сначала запустите для него «Обновить схему базы данных противоминной деятельности»; все записи сохраняются.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="21"/>
        <source>Or: PostgreSQL connection</source>
        <translation>Или: соединение PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="24"/>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="59"/>
        <source>Give the mine action database: a GeoPackage file, or a PostgreSQL connection and a schema.</source>
        <translation>Укажите базу данных противоминной деятельности: файл GeoPackage или соединение PostgreSQL и схему.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="112"/>
        <source>{database}: the server refused the user name or password ({error}). Check the QGIS connection&apos;s credentials.</source>
        <translation>{database}: сервер отклонил имя пользователя или пароль ({error}). Проверьте учетные данные соединения QGIS.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="118"/>
        <source>{database}: the PostgreSQL server cannot be reached ({error}). Is it running, and are the host and port right?</source>
        <translation>{database}: сервер PostgreSQL недоступен ({error}). Запущен ли он и правильно ли указаны узел и порт?</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="122"/>
        <source>{database}: cannot connect ({error}).</source>
        <translation>{database}: не удается установить соединение ({error}).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="146"/>
        <source>{database}: there is no such schema in the database. Check the schema name, or create the database with &apos;Create mine action database&apos;.</source>
        <translation>{database}: такой схемы в базе данных нет. Проверьте имя схемы или создайте базу данных командой «Создать базу данных противоминной деятельности».</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="151"/>
        <source>{database} is not a mine action database (it has no schema_info table).</source>
        <translation>{database}: это не база данных противоминной деятельности (нет таблицы schema_info).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="161"/>
        <source>{database} is not a mine action database (no schema version).</source>
        <translation>{database}: это не база данных противоминной деятельности (нет версии схемы).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="167"/>
        <source>The schema version of {database} is &apos;{value}&apos;, not a number: it was edited by hand.</source>
        <translation>{database}: версия схемы — «{value}», а не число: ее изменили вручную.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="304"/>
        <source>{database} already exists and is not empty: nothing was changed. Choose another schema name (nothing is ever dropped).</source>
        <translation>{database}: схема уже существует и не пуста — ничего не изменено. Выберите другое имя схемы (ничего никогда не удаляется).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="311"/>
        <source>{database} already exists and holds functions: nothing was changed. Choose another schema name.</source>
        <translation>{database}: схема уже существует и содержит функции — ничего не изменено. Выберите другое имя схемы.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="321"/>
        <source>{database}: the PostGIS extension is not installed in this database. Ask its administrator to run CREATE EXTENSION postgis; nothing was changed.</source>
        <translation>{database}: расширение PostGIS не установлено в этой базе данных. Попросите ее администратора выполнить CREATE EXTENSION postgis; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="330"/>
        <source>A PostGIS mine action database needs an EPSG coordinate reference system, not {crs}.</source>
        <translation>Базе данных противоминной деятельности в PostGIS нужна система координат EPSG, а не {crs}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="475"/>
        <source>{database} was not created: {error}. Nothing was written.</source>
        <translation>{database}: база данных не создана ({error}). Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="72"/>
        <source>connection &apos;{connection}&apos;, schema &apos;{schema}&apos;</source>
        <translation>соединение «{connection}», схема «{schema}»</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="132"/>
        <source>Give the schema of the mine action database on connection &apos;{connection}&apos;.</source>
        <translation>Укажите схему базы данных противоминной деятельности в соединении «{connection}».</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="143"/>
        <source>There is no PostgreSQL connection named '{connection}' in QGIS (known: {known}). Add it in the Browser (PostgreSQL › New Connection).</source>
        <translation>В QGIS нет соединения PostgreSQL с именем «{connection}» (известные: {known}). Добавьте его на панели «Браузер» (PostgreSQL › Создать соединение).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="184"/>
        <source>{database}: the role you log in with may not do this ({error}). Ask the database&apos;s administrator for the privilege; nothing was changed.</source>
        <translation>{database}: роль, с которой вы вошли, не может этого делать ({error}). Попросите привилегию у администратора базы данных; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="196"/>
        <source>schema {schema}</source>
        <translation>схема {schema}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="202"/>
        <source>table {table}</source>
        <translation>таблица {table}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="209"/>
        <source>sequence {sequence} (the new records&apos; {key})</source>
        <translation>последовательность {sequence} ({key} новых записей)</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="228"/>
        <source>{database}: the role &apos;{role}&apos; lacks the {privilege} privilege on {object}, which this needs. Ask the database&apos;s administrator to grant it; nothing was changed.</source>
        <translation>{database}: у роли «{role}» нет привилегии {privilege} на {object}, нужной для этого. Попросите администратора базы данных предоставить ее; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="521"/>
        <source>{database} claims schema version {version}, which no PostGIS database had: it was edited by hand.</source>
        <translation>{database} указывает версию схемы {version}, которой не было ни у одной базы данных PostGIS: она изменена вручную.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="573"/>
        <source>{database} was not upgraded: {error}. Nothing was changed.</source>
        <translation>{database} не обновлена: {error}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="28"/>
        <source>The database does not support transactions; nothing was written.</source>
        <translation>База данных не поддерживает транзакции; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="33"/>
        <source>Cannot start a transaction: {error}</source>
        <translation>Не удается начать транзакцию: {error}</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="39"/>
        <source>Cannot commit the changes: {error}. Nothing was written.</source>
        <translation>Не удалось сохранить изменения: {error}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="35"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="60"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation>не удается прочитать дату съемки «{value}»</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="88"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation>склонение, введенное вручную ({value}), должно быть от -180 до 180 градусов</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="93"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation>для магнитных азимутов нужна дата съемки, чтобы вычислить склонение, или склонение, введенное вручную</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="99"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation>ни одна Мировая магнитная модель (WMM) не охватывает дату съемки {date} (модели охватывают период с {first} по {last}): введите склонение на дату съемки вручную</translation>
    </message>
</context>
<context>
    <name>DeclinationAtPointsAlgorithm</name>
    <message>
        <location filename="../processing/declination_at_points.py" line="26"/>
        <source>Magnetic declination at points</source>
        <translation>Магнитное склонение в точках</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="30"/>
        <source>Adds to every point the magnetic declination (degrees, east positive: true bearing = magnetic bearing + declination) at its date, from the World Magnetic Model valid for that date (WMM2010, WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and the grid (meridian) convergence (grid bearing = true bearing - convergence) of the chosen grid, by default the point&apos;s own UTM zone.

Date: the date field when it has a value, otherwise the fixed date. A point without a date, or with a date no model covers, keeps an empty declination and is named in the log. The input is not modified.</source>
        <translation>Добавляет к каждой точке магнитное склонение (градусы, восток положительный: истинный азимут = магнитный азимут + склонение) на ее дату по Мировой магнитной модели, действующей на эту дату (WMM2010, WMM2015v2, WMM2020 или WMM2025, с 2010 по 2029 год), использованную модель, а также сближение меридианов (дирекционный угол = истинный азимут − сближение) для выбранной сетки, по умолчанию — собственной зоны UTM точки.

Дата: поле даты, если оно заполнено, иначе фиксированная дата. Точка без даты или с датой, которую не охватывает ни одна модель, остается с пустым склонением и указывается в журнале. Входные данные не изменяются.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="44"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="47"/>
        <source>Date field</source>
        <translation>Поле даты</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="49"/>
        <source>Date (when the field is empty)</source>
        <translation>Дата (если поле пустое)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="52"/>
        <source>Grid for the convergence (empty: each point&apos;s UTM zone)</source>
        <translation>Сетка для сближения меридианов (пусто: зона UTM каждой точки)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="55"/>
        <source>Points with declination</source>
        <translation>Точки со склонением</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="66"/>
        <source>The points layer {layer} has no CRS, so its positions are unknown: set its CRS and run again.</source>
        <translation>Слой точек {layer} не имеет системы координат, поэтому положения его точек неизвестны: задайте систему координат и запустите снова.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="97"/>
        <source>Feature {fid}: {problem}</source>
        <translation>Объект {fid}: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportFieldFormsAlgorithm</name>
    <message>
        <location filename="../processing/export_field_forms.py" line="20"/>
        <source>Export field forms (XLSForm)</source>
        <translation>Экспортировать полевые формы (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="23"/>
        <source>Writes the field forms of a mine action database as XLSForm workbooks, for KoBoToolbox, ODK Central and Survey123 Connect: a non-technical survey / hazard report (with the benchmark and a repeat of survey points), a technical survey / clearance progress and completion report (with the perimeter and a repeat of EO finds) and an EO spot report.

The select lists are the database&apos;s own active lookup entries; questions keep the data model&apos;s field names, required fields and checks (bearing range per unit, distances of zero or more, no future dates). Labels are written in every language chosen (default: the database&apos;s language and English); the first is the forms&apos; default language.</source>
        <translation>Записывает полевые формы базы данных противоминной деятельности в виде книг XLSForm для KoBoToolbox, ODK Central и Survey123 Connect: отчет нетехнического обследования / об опасном районе (с репером и повторяющейся группой точек съемки), отчет о ходе и завершении технического обследования / очистки (с периметром и повторяющейся группой находок ВОП) и донесение о ВОП.

Списки выбора — это активные записи справочников самой базы данных; вопросы сохраняют имена полей, обязательные поля и проверки модели данных (диапазон азимута для каждой единицы, расстояния ноль или больше, без будущих дат). Подписи записываются на каждом выбранном языке (по умолчанию: язык базы данных и английский); первый из них — язык форм по умолчанию.</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="36"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="40"/>
        <source>Label languages (empty: the database&apos;s language and English)</source>
        <translation>Языки подписей (пусто: язык базы данных и английский)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="45"/>
        <source>Output folder</source>
        <translation>Выходная папка</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="47"/>
        <source>Forms written</source>
        <translation>Записано форм</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="48"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Записанные файлы (через точку с запятой)</translation>
    </message>
</context>
<context>
    <name>ExportNationalReportAlgorithm</name>
    <message>
        <location filename="../processing/export_national_report.py" line="33"/>
        <source>Export national report</source>
        <translation>Экспортировать национальный отчёт</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="36"/>
        <source>Prints the national mine action report of a reporting year as a PDF (A4 portrait): a national summary (hazardous areas remaining, SHA and CHA, land released by method, explosive ordnance found and destroyed), the Article 7 tables of the Anti-Personnel Mine Ban Convention (mined areas remaining by region, number and m²; areas released in the year by cancellation, reduction and clearance) and their equivalent for cluster munition remnants under the Convention on Cluster Munitions, and charts: land released per year by method, remaining area by region and, when a completion date is given, progress against it.

The figures are those of Land release statistics: every m² counted once, by the method that released it first. The reporting period is the calendar year, up to the as-of date (default: 31 December of the year, or today if that is earlier). The database is not modified.</source>
        <translation>Печатает национальный отчёт о противоминной деятельности за год в PDF (A4, книжная ориентация): национальную сводку (остаток опасных районов, ПОР и ПдОР, высвобожденные земли по методам, обнаруженные и уничтоженные взрывоопасные предметы), таблицы статьи 7 Конвенции о запрещении противопехотных мин (остаток заминированных районов по регионам, количество и м²; районы, высвобожденные за год аннулированием, сокращением и очисткой) и их аналог для остатков кассетных боеприпасов по Конвенции по кассетным боеприпасам, а также диаграммы: высвобожденные земли по годам и методам, остаток площади по регионам и, если задана дата завершения, ход работ к ней.

Цифры — те же, что в статистике высвобождения земель: каждый м² учтён один раз, по методу, которым он высвобожден первым. Отчётный период — календарный год до указанной даты (по умолчанию: 31 декабря года или сегодня, если раньше). База данных не изменяется.</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="54"/>
        <source>Reporting year</source>
        <translation>Отчётный год</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="57"/>
        <source>As-of date of the remaining areas (default: the end of the year)</source>
        <translation>Дата, на которую указан остаток районов (по умолчанию: конец года)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>The database&apos;s language</source>
        <translation>Язык базы данных</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="64"/>
        <source>Issuing authority</source>
        <translation>Выдающий орган</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="67"/>
        <source>Completion target date (optional: the progress chart)</source>
        <translation>Целевая дата завершения (необязательно: график хода работ)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="73"/>
        <source>Remaining area targeted at that date (m²)</source>
        <translation>Целевой остаток площади на эту дату (м²)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>National report PDF</source>
        <translation>Национальный отчёт PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="104"/>
        <source>Reading the statistics of {year} at {as_of}</source>
        <translation>Чтение статистики за {year} на {as_of}</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="115"/>
        <source>{pages} pages written</source>
        <translation>Записано страниц: {pages}</translation>
    </message>
</context>
<context>
    <name>ExportOverviewAlgorithm</name>
    <message>
        <location filename="../processing/export_overview.py" line="19"/>
        <source>Export national overview map</source>
        <translation>Экспортировать национальную обзорную карту</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="24"/>
        <source>Prints an A3 landscape overview of the programme: hazardous areas by class and land release activities by outcome, with tables of the number and ground area of hazards by class and status and of the area of activities by outcome (ellipsoidal square metres, computed from the geometries).</source>
        <translation>Печатает обзорную карту программы формата A3 (альбомная ориентация): опасные районы по классу и операции по высвобождению земель по результату, с таблицами количества и площади опасных районов по классу и статусу и площади операций по результату (квадратные метры на эллипсоиде, вычисленные по геометриям).</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Выдающий орган</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>Overview PDF</source>
        <translation>Обзорная карта PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>Overview PNG image</source>
        <translation>Обзорная карта, изображение PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>The database&apos;s language</source>
        <translation>Язык базы данных</translation>
    </message>
</context>
<context>
    <name>ExportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/export_records.py" line="24"/>
        <source>Export records through a field mapping profile</source>
        <translation>Экспортировать записи по профилю соответствия полей</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="27"/>
        <source>Writes the records of one table (hazards, land release activities or EO finds) in the shape of another system, as a field mapping profile describes it: the source&apos;s field names, its codes for ours, its CRS, and each record&apos;s external ID in the source&apos;s ID field (e.g. IMSMA Core&apos;s imsma_id), so that records imported through the profile go back with their identity. A code with no source code is named and nothing is written. A shapefile output keeps field names of at most 10 characters: a profile with longer names is refused rather than truncated (docs/field-mapping.md).</source>
        <translation>Записывает записи одной таблицы (опасные районы, операции по высвобождению земель или находки взрывоопасных предметов (ВОП)) в форме другой системы, как её описывает профиль соответствия полей: имена полей источника, его коды для наших, его систему координат и внешний идентификатор каждой записи в поле идентификатора источника (например, imsma_id в IMSMA Core), чтобы записи, импортированные по профилю, возвращались со своей идентичностью. Код без кода источника называется, и ничего не записывается. Выходной shapefile хранит имена полей не длиннее 10 символов: профиль с более длинными именами отклоняется, а не обрезается (docs/field-mapping.md).</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="40"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="45"/>
        <source>Exported records</source>
        <translation>Экспортированные записи</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="47"/>
        <source>Records exported</source>
        <translation>Экспортировано записей</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="69"/>
        <source>The records could not be written: {error}</source>
        <translation>Не удалось записать записи: {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="71"/>
        <source>{count} records of {table} exported through profile {profile}</source>
        <translation>{count} записей таблицы {table} экспортировано по профилю {profile}</translation>
    </message>
</context>
<context>
    <name>ExportTaskOrdersAlgorithm</name>
    <message>
        <location filename="../processing/export_task_orders.py" line="29"/>
        <source>Export task orders</source>
        <translation>Экспортировать наряды-задания</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="34"/>
        <source>Prints a field task order for each task (all tasks, or only the selected ones): the task area with its turning points, the benchmark, access and casualty evacuation routes, helicopter landing site and medical points on a map with a UTM grid in the task&apos;s zone, a location inset, scale bar, north arrow and a declination diagram (true, grid and magnetic north at the task&apos;s planned start), the table of bearings, distances and coordinates, and the task&apos;s details.

Writes one PDF per task into the folder, or one PDF for all tasks, and optionally a PNG image of each.</source>
        <translation>Печатает полевой наряд-задание для каждого задания (всех или только выбранных): участок задания с поворотными точками, репер, маршруты доступа и маршруты медицинской эвакуации, вертолетную площадку и медицинские пункты на карте с сеткой UTM в зоне задания, врезку местоположения, линейный масштаб, стрелку севера и схему склонения (истинный север, север координатной сетки и магнитный север на плановое начало задания), таблицу азимутов, расстояний и координат, а также сведения о задании.

Записывает в папку один PDF на задание или один PDF для всех заданий, а также, при желании, изображение PNG каждого.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="47"/>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A3 landscape</source>
        <translation>A3, альбомная</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="58"/>
        <source>One PDF for all tasks</source>
        <translation>Один PDF для всех заданий</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="60"/>
        <source>Also write PNG images</source>
        <translation>Также записать изображения PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="64"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="66"/>
        <source>Task orders written</source>
        <translation>Записано нарядов-заданий</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="67"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Записанные файлы (через точку с запятой)</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="74"/>
        <source>The tasks layer cannot be read.</source>
        <translation>Не удается прочитать слой заданий.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="85"/>
        <source>The tasks layer has no field &apos;task_id&apos;.</source>
        <translation>Слой заданий не имеет поля «task_id».</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="89"/>
        <source>{count} task orders to print</source>
        <translation>Нарядов-заданий к печати: {count}</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="95"/>
        <source>Cancelled: no task order was written.</source>
        <translation>Отменено: ни один наряд-задание не записан.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>The database&apos;s language</source>
        <translation>Язык базы данных</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="50"/>
        <source>Mine action database (default: the tasks&apos; database)</source>
        <translation>База данных противоминной деятельности (по умолчанию: база данных заданий)</translation>
    </message>
</context>
<context>
    <name>FieldCopy</name>
    <message>
        <location filename="../store/field_copy.py" line="146"/>
        <source>No hazard has the region &apos;{region}&apos; (regions in the database: {known}).</source>
        <translation>Ни один опасный район не имеет области «{region}» (области в базе данных: {known}).</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="154"/>
        <source>There is no task &apos;{task}&apos; in the database.</source>
        <translation>В базе данных нет задания «{task}».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="209"/>
        <source>The field copy {path} would replace the database it is made from. Choose another file.</source>
        <translation>Полевая копия {path} заменила бы базу данных, из которой она сделана. Выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="242"/>
        <source>{table}: {count} records copied</source>
        <translation>{table}: скопировано записей: {count}</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="266"/>
        <source>Give either a region or a task for the field copy, not both and not neither.</source>
        <translation>Укажите для полевой копии либо область, либо задание — не оба и не ни одного.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="272"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} уже существует. Выберите другой файл или разрешите перезапись.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="276"/>
        <source>{path} is a mine action database, not a field copy: it is never overwritten. Choose another file for the field copy.</source>
        <translation>{path} — база данных противоминной деятельности, а не полевая копия: она никогда не перезаписывается. Выберите другой файл для полевой копии.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="347"/>
        <source>{path} is a mine action database but not a field copy (it has no record of its base). Only a copy written by &apos;Make field copy&apos; can be submitted; bring other records in with &apos;Import records&apos;.</source>
        <translation>{path} — база данных противоминной деятельности, но не полевая копия (в ней нет записи о её базе). Отправить можно только копию, записанную алгоритмом «Создать полевую копию»; другие записи добавьте через «Импортировать записи».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="357"/>
        <source>{path} was made by a newer version of Mine Action Mapper (field copy format {version}; this plugin knows {known}). Update the plugin to submit it.</source>
        <translation>{path} создана более новой версией Mine Action Mapper (формат полевой копии {version}; этот плагин знает {known}). Обновите плагин, чтобы её отправить.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="105"/>
        <source>{copy} is a field copy of another database ({source}, copied {copied}), not of {database}: nothing was submitted. Submit it to the database it was made from.</source>
        <translation>{copy} — полевая копия другой базы данных ({source}, скопирована {copied}), а не {database}: ничего не отправлено. Отправьте её в базу данных, из которой она сделана.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="144"/>
        <source>deleted in the field copy; kept in the database (a field copy never deletes: delete it there if it must go)</source>
        <translation>удалено в полевой копии; сохранено в базе данных (полевая копия никогда не удаляет: удалите запись там, если она должна исчезнуть)</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="168"/>
        <source>added in the field copy and already in the database with other values</source>
        <translation>добавлено в полевой копии, а в базе данных уже есть с другими значениями</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="175"/>
        <source>changed in the field copy but deleted in the database since the copy was made; not applied</source>
        <translation>изменено в полевой копии, но удалено в базе данных после копирования; не применено</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="184"/>
        <source>changed in the field copy and in the database since the copy was made; not applied</source>
        <translation>изменено в полевой копии и в базе данных после копирования; не применено</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="255"/>
        <source>Table {table} refused the submission: {error}. Nothing was written.</source>
        <translation>Таблица {table} отклонила отправку: {error}. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>FieldForms</name>
    <message>
        <location filename="../core/field_forms.py" line="162"/>
        <source>At most {length} characters</source>
        <translation>Не более {length} символов</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="197"/>
        <source>The date cannot be in the future</source>
        <translation>Дата не может быть в будущем</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="208"/>
        <source>Benchmark position</source>
        <translation>Положение репера</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="210"/>
        <source>Benchmark description</source>
        <translation>Описание репера</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="212"/>
        <source>Survey points</source>
        <translation>Точки съемки</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="217"/>
        <source>Give the bearing, or the bearing as recorded</source>
        <translation>Укажите азимут или азимут в записи</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="223"/>
        <source>Slope measured?</source>
        <translation>Наклон измерен?</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="229"/>
        <source>GPS position (optional)</source>
        <translation>Положение по GPS (необязательно)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="238"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="288"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="241"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="270"/>
        <source>Non-technical survey / hazard report</source>
        <translation>Нетехническое обследование / отчет об опасном районе</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="286"/>
        <source>Position of the find</source>
        <translation>Положение находки</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="332"/>
        <source>Perimeter recorded as</source>
        <translation>Периметр записан как</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="334"/>
        <source>Perimeter</source>
        <translation>Периметр</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="337"/>
        <source>EO finds</source>
        <translation>Находки ВОП</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="341"/>
        <source>Technical survey / clearance progress and completion report</source>
        <translation>Отчет о ходе и завершении технического обследования / очистки</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="352"/>
        <source>EO spot report</source>
        <translation>Донесение о ВОП</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Drawn or walked with GPS (geoshape)</source>
        <translation>Нарисован или пройден с GPS (geoshape)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Survey points (bearings and distances)</source>
        <translation>Точки съемки (азимуты и расстояния)</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="21"/>
        <source>The plugin has no translation into &apos;{code}&apos;. Choose among: {codes}.</source>
        <translation>У модуля нет перевода на язык «{code}». Выберите из: {codes}.</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="61"/>
        <source>The folder {folder} cannot be written: {error}. Choose another output folder.</source>
        <translation>Невозможно записать в папку {folder}: {error}. Выберите другую выходную папку.</translation>
    </message>
</context>
<context>
    <name>FieldSubmissions</name>
    <message>
        <location filename="../core/field_submissions.py" line="146"/>
        <source>Geopoint &apos;{name}&apos; reads &apos;{text}&apos;, not &apos;latitude longitude altitude accuracy&apos;</source>
        <translation>Геоточка «{name}» содержит «{text}», а не «широта долгота высота точность»</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="131"/>
        <source>Geopoint &apos;{name}&apos; has no readable latitude and longitude: {lat}, {lon}</source>
        <translation>У геоточки «{name}» нет читаемых широты и долготы: {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="243"/>
        <source>A submission has no instance UUID (_uuid, meta-instanceID)</source>
        <translation>У отправки нет UUID экземпляра (_uuid, meta-instanceID)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="249"/>
        <source>Submission {uuid}: its instance ID is not a UUID</source>
        <translation>Отправка {uuid}: ее идентификатор экземпляра не является UUID</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="278"/>
        <source>Submission {uuid}: the benchmark position is missing</source>
        <translation>Отправка {uuid}: отсутствует положение репера</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="71"/>
        <source>{path} cannot be read as a KoBoToolbox XLSX export.</source>
        <translation>{path} не удается прочитать как экспорт XLSX из KoBoToolbox.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="91"/>
        <source>{path} cannot be read as an ODK Central CSV export: {error}</source>
        <translation>{path} не удается прочитать как экспорт CSV из ODK Central: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="243"/>
        <source>The records could not be written: {error}</source>
        <translation>Не удалось записать записи: {error}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="218"/>
        <source>The export holds none of {names}: is it an ODK Central export of a field form?</source>
        <translation>Экспорт не содержит ни одного из {names}: это экспорт полевой формы из ODK Central?</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="254"/>
        <source>Submission {uuid}: the {field} is missing</source>
        <translation>Отправка {uuid}: отсутствует поле {field}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="321"/>
        <source>Submission {uuid}: the perimeter is recorded as &apos;{method}&apos;, neither {drawn} nor {walked}</source>
        <translation>Отправка {uuid}: периметр записан как «{method}», а не {drawn} или {walked}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="337"/>
        <source>Submission {uuid}: the perimeter has {count} corners; a drawn perimeter needs at least three</source>
        <translation>Отправка {uuid}: у периметра {count} вершин; нарисованному периметру нужно не меньше трех</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="371"/>
        <source>Submission {uuid}: find {find} has no position (a find is a point of the EO finds layer)</source>
        <translation>Отправка {uuid}: у находки {find} нет положения (находка — это точка слоя находок ВОП)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="416"/>
        <source>The Survey123 export holds no layer named after a field form ({forms}); its layers: {layers}</source>
        <translation>Экспорт Survey123 не содержит слоя с именем полевой формы ({forms}); его слои: {layers}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="170"/>
        <source>{path} cannot be read as a Survey123 export (file geodatabase or CSV): {error}</source>
        <translation>{path} не удается прочитать как экспорт Survey123 (файловая база геоданных или CSV): {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="195"/>
        <source>{path} cannot be read as a zip file: {error}</source>
        <translation>{path} не удается прочитать как zip-файл: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="207"/>
        <source>{path} is not a field export this import reads: a KoBoToolbox XLSX, an ODK Central CSV zip, or a Survey123 file geodatabase or CSV zip.</source>
        <translation>{path} не является полевым экспортом, который читает этот импорт: XLSX из KoBoToolbox, zip-архив CSV из ODK Central или файловая база геоданных либо zip-архив CSV из Survey123.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="427"/>
        <source>Photos not in the export (download its media too): {names}</source>
        <translation>Фото, которых нет в экспорте (загрузите также его медиафайлы): {names}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="432"/>
        <source>Submission {uuid} ({record}) was not imported: {problem}</source>
        <translation>Отправка {uuid} ({record}) не импортирована: {problem}</translation>
    </message>
</context>
<context>
    <name>HazardPolygonsFromSurveyAlgorithm</name>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="30"/>
        <source>Hazard polygons from survey table</source>
        <translation>Полигоны опасных районов из таблицы съемки</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="34"/>
        <source>Computes a hazard polygon for every hazard in a survey table: the benchmark position (coord_entered: lat/lon, UTM or MGRS) and each point&apos;s bearing and distance from an earlier point, as recorded in the field (the survey_points fields: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). The table may be a CSV file, a spreadsheet or a database table, and may hold many hazards.

Magnetic bearings get the World Magnetic Model declination at the survey date, unless the table records a declination. Grid bearings refer to the grid chosen here, by default the UTM zone of each hazard&apos;s benchmark.

Closure: the end point re-observes the start point; the misclosure and the relative precision 1:N are checked against the programme tolerance (0 switches a limit off), and a leg longer than the longest leg accepted is refused. These default to the programme settings (Settings &gt; Options &gt; Mine Action; built in: 1:200, no limit in metres, 2000 m legs); a value left at its default takes the setting of the database the survey table belongs to. The compass (Bowditch) rule distributes the misclosure only when asked and only when the traverse is within tolerance. With the automatic closing convention, a table without an end point (such as a radial survey) is closed on its start point without a misclosure.

Plausibility: a leg longer than the longest leg accepted (default 2,000 m horizontal; never more than 100 km) is refused, and a benchmark more than 100 km from the table&apos;s other benchmarks is reported as a warning (a wrong MGRS band or a swapped sign).

Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the computed survey points and a closure report with one row per hazard. A hazard whose table has an error is reported by hazard, point and field, and skipped; the others are computed. When no hazard can be computed the algorithm fails. Every input is read and computed before any output is written, and the input is never modified.</source>
        <translation>Вычисляет полигон опасного района для каждого опасного района в таблице съемки: положение репера (coord_entered: широта/долгота, UTM или MGRS) и азимут и расстояние каждой точки от предыдущей точки, как записано в поле (поля survey_points: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). Таблица может быть файлом CSV, электронной таблицей или таблицей базы данных и содержать много опасных районов.

Магнитные азимуты получают склонение по Мировой магнитной модели на дату съемки, если в таблице не записано склонение. Дирекционные углы относятся к выбранной здесь сетке, по умолчанию — к зоне UTM репера каждого опасного района.

Замыкание: конечная точка — повторное наблюдение начальной точки; невязка и относительная точность 1:N проверяются на соответствие допуску программы (0 отключает ограничение), а сторона хода длиннее наибольшей допустимой отклоняется. По умолчанию используются настройки программы (Настройки &gt; Параметры &gt; Противоминная деятельность; встроенные: 1:200, без ограничения в метрах, стороны до 2000 м); значение, оставленное по умолчанию, берет настройку базы данных, к которой относится таблица съемки. Правило компаса (Боудича) распределяет невязку только по запросу и только если ход в пределах допуска. При автоматическом способе замыкания таблица без конечной точки (например, радиальная съемка) замыкается на начальной точке без невязки.

Правдоподобие: сторона хода длиннее наибольшей допустимой (по умолчанию 2 000 м по горизонтали; никогда не более 100 км) отклоняется, а репер, удаленный более чем на 100 км от других реперов таблицы, указывается как предупреждение (неверная полоса MGRS или перепутанный знак).

Результаты: полигоны опасных районов (площадь на эллипсоиде WGS 84), вычисленные точки съемки и отчет о замыкании с одной строкой на опасный район. Опасный район, в таблице которого есть ошибка, указывается с указанием опасного района, точки и поля и пропускается; остальные вычисляются. Если ни один опасный район не удается вычислить, алгоритм завершается с ошибкой. Все входные данные читаются и вычисляются до записи какого-либо результата, а входные данные никогда не изменяются.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="74"/>
        <source>Survey table (survey points of one or more hazards)</source>
        <translation>Таблица съемки (точки съемки одного или нескольких опасных районов)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="77"/>
        <source>Tolerance: largest misclosure in metres (0: no limit)</source>
        <translation>Допуск: наибольшая невязка в метрах (0: без ограничения)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="81"/>
        <source>Tolerance: smallest relative precision 1:N (0: no limit)</source>
        <translation>Допуск: наименьшая относительная точность 1:N (0: без ограничения)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="84"/>
        <source>Longest leg accepted (m)</source>
        <translation>Наибольшая допустимая сторона хода (м)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="88"/>
        <source>Distribute the misclosure (compass rule) when within tolerance</source>
        <translation>Распределить невязку (правило компаса), если она в пределах допуска</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="91"/>
        <source>Grid of grid bearings (empty: the benchmark&apos;s UTM zone)</source>
        <translation>Сетка для дирекционных углов (пусто: зона UTM репера)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Closing convention</source>
        <translation>Способ замыкания</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Automatic: close on the start point when the table has an end point</source>
        <translation>Автоматически: замкнуть на начальной точке, если в таблице есть конечная точка</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The end point re-observes the start point</source>
        <translation>Конечная точка — повторное наблюдение начальной точки</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The closing side was not measured</source>
        <translation>Замыкающая сторона не измерена</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="100"/>
        <source>Hazard polygons</source>
        <translation>Полигоны опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="102"/>
        <source>Computed survey points</source>
        <translation>Вычисленные точки съемки</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="105"/>
        <source>Closure report</source>
        <translation>Отчет о замыкании</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="107"/>
        <source>Hazards computed</source>
        <translation>Вычислено опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="108"/>
        <source>Hazards skipped</source>
        <translation>Пропущено опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="126"/>
        <source>The survey table has no column {names}: columns must carry the survey point field names</source>
        <translation>В таблице съемки нет столбца {names}: столбцы должны иметь имена полей точек съемки</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="144"/>
        <source>Set a tolerance (metres or 1:N) before asking for the misclosure to be distributed.</source>
        <translation>Задайте допуск (метры или 1:N), прежде чем требовать распределения невязки.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="177"/>
        <source>None of the {count} hazards could be computed; first error: {error}</source>
        <translation>Ни один из опасных районов ({count}) не удалось вычислить; первая ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="190"/>
        <source>The benchmark lies {distance:,.0f} km from the other hazards&apos; benchmarks (more than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).</source>
        <translation>Репер находится в {distance:,.0f} км от реперов других опасных районов (более {limit:,.0f} км): проверьте его координаты (полоса MGRS, полушарие, знак).</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="219"/>
        <source>Hazard {hazard}: {warning}</source>
        <translation>Опасный район {hazard}: {warning}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="221"/>
        <source>{computed} hazards computed, {failed} skipped</source>
        <translation>Опасных районов вычислено: {computed}, пропущено: {failed}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/record_checks.py" line="68"/>
        <source>The numbers look like latitude and longitude in the wrong order: longitude (east-west) must come first.</source>
        <translation>Числа похожи на широту и долготу в неправильном порядке: долгота (восток-запад) должна идти первой.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="72"/>
        <source>The numbers look like UTM metres (easting 500000-ish, northing up to 10,000,000): set the layer&apos;s CRS, e.g. EPSG:326xx (north) or EPSG:327xx (south) for UTM zone xx.</source>
        <translation>Числа похожи на метры UTM (восточное смещение около 500000, северное — до 10 000 000): задайте систему координат слоя, например EPSG:326xx (север) или EPSG:327xx (юг) для зоны UTM xx.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="77"/>
        <source>The numbers look like projected metres (UTM, a national grid or Web Mercator EPSG:3857): set the layer&apos;s CRS to the one they were measured in.</source>
        <translation>Числа похожи на метры проекции (UTM, национальная система координат или Web Mercator EPSG:3857): задайте слою ту систему координат, в которой они измерены.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="81"/>
        <source>The numbers are too large for any usual CRS: check the coordinate columns.</source>
        <translation>Числа слишком велики для любой обычной системы координат: проверьте столбцы координат.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="47"/>
        <source>Row {row}, field &apos;{field}&apos;: {problem}</source>
        <translation>Строка {row}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="60"/>
        <source>&apos;{value}&apos; holds characters that could not be read: the file was read in the wrong text encoding. Give its encoding (ENCODING, e.g. windows-1252) and import again.</source>
        <translation>«{value}» содержит символы, которые не удалось прочитать: файл прочитан в неправильной кодировке текста. Укажите его кодировку (ENCODING, например windows-1252) и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="93"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD</source>
        <translation>«{value}» не является датой в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="95"/>
        <source>&apos;{value}&apos; is not a valid {kind}</source>
        <translation>«{value}» не является допустимым значением типа «{kind}»</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>real</source>
        <translation>вещественное число</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>datetime</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="131"/>
        <source>Column &apos;{column}&apos; is not a field of {table}; did you mean &apos;{field}&apos;? It was not imported.</source>
        <translation>Столбец «{column}» не является полем таблицы {table}; возможно, вы имели в виду «{field}»? Он не импортирован.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="136"/>
        <source>Column &apos;{column}&apos; is not a field of {table}. It was not imported.</source>
        <translation>Столбец «{column}» не является полем таблицы {table}. Он не импортирован.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="144"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none; their column &apos;{column}&apos; looks like a misspelling of it: rename that column and import again.</source>
        <translation>Таблице {table} нужен столбец «{field}», а в записях его нет; их столбец «{column}» похож на его название с опечаткой: переименуйте этот столбец и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="150"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none: add it, with a value in every row, and import again.</source>
        <translation>Таблице {table} нужен столбец «{field}», а в записях его нет: добавьте его, со значением в каждой строке, и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="184"/>
        <source>a value is required: fill in this cell</source>
        <translation>требуется значение: заполните эту ячейку</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="188"/>
        <source>&apos;{value}&apos; is not a code of the list &apos;{list}&apos; (its codes: {codes})</source>
        <translation>«{value}» не является кодом справочника «{list}» (его коды: {codes})</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="195"/>
        <source>{value} is in the future: check the year (only planned dates may lie ahead)</source>
        <translation>{value} — дата в будущем: проверьте год (только плановые даты могут быть впереди)</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="228"/>
        <source>the value {value} is refused: {rule}</source>
        <translation>значение {value} отклонено: {rule}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="251"/>
        <source>a {found} geometry cannot be stored in table {table}, which holds {expected} geometries</source>
        <translation>геометрию типа {found} нельзя сохранить в таблице {table}, которая содержит геометрии типа {expected}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="264"/>
        <source>the coordinates ({x}, {y}) are not a longitude and latitude once transformed from {crs} to WGS 84 (longitude within ±180°, latitude within ±90°). {hint}</source>
        <translation>координаты ({x}, {y}) после преобразования из {crs} в WGS 84 не являются долготой и широтой (долгота в пределах ±180°, широта в пределах ±90°). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="279"/>
        <source>&apos;{wkt}&apos; is not a readable geometry (WKT); correct it or empty the cell</source>
        <translation>«{wkt}» не является читаемой геометрией (WKT); исправьте ее или очистите ячейку</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="283"/>
        <source>the column holds a geometry but the records were read without geometries: load the file with its geometry column</source>
        <translation>столбец содержит геометрию, но записи прочитаны без геометрий: загрузите файл вместе со столбцом геометрии</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="292"/>
        <source>the records have coordinates but no coordinate reference system (CRS), so their position is unknown. Set the layer&apos;s CRS, or give the CRS of the records when the layer has none (SOURCE_CRS). {hint}</source>
        <translation>у записей есть координаты, но нет системы координат, поэтому их положение неизвестно. Задайте систему координат слоя или укажите систему координат записей, если у слоя ее нет (SOURCE_CRS). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="298"/>
        <source>the coordinates ({x}, {y}) look like longitude and latitude in degrees, but the records&apos; CRS {crs} is projected (metres): set the CRS to the one they are in, e.g. EPSG:4326 (WGS 84).</source>
        <translation>координаты ({x}, {y}) похожи на долготу и широту в градусах, но система координат записей {crs} проекционная (метры): задайте ту систему координат, в которой они записаны, например EPSG:4326 (WGS 84).</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="312"/>
        <source>the coordinates ({x}, {y}) cannot be transformed from {crs} to WGS 84. {hint}</source>
        <translation>координаты ({x}, {y}) нельзя преобразовать из {crs} в WGS 84. {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="364"/>
        <source>the row has no geometry, and table {table} needs one: give it coordinates, or a layer of geometries matched by {key}</source>
        <translation>в строке нет геометрии, а таблице {table} она нужна: укажите координаты или слой геометрий, сопоставленных по {key}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="371"/>
        <source>the geometry is not valid ({reason}): correct it and import again</source>
        <translation>геометрия недействительна ({reason}): исправьте ее и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="430"/>
        <source>&apos;{value}&apos; is already in table {table}: these records were probably imported before. Remove the rows already in the table from the records and import again.</source>
        <translation>«{value}» уже есть в таблице {table}: эти записи, вероятно, уже импортированы ранее. Удалите из записей строки, которые уже есть в таблице, и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="435"/>
        <source>&apos;{value}&apos; is also in row {other}: each row needs its own value</source>
        <translation>«{value}» также есть в строке {other}: каждой строке нужно собственное значение</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="473"/>
        <source>Nothing was imported from {source} into {table}. {problem}</source>
        <translation>Из {source} в таблицу {table} ничего не импортировано. {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="466"/>
        <source>Table {table} cannot be edited.</source>
        <translation>Таблицу {table} нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="476"/>
        <source>Nothing was written to {table}: {errors}</source>
        <translation>В таблицу {table} ничего не записано: {errors}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="503"/>
        <source>{path} cannot be read as CSV.</source>
        <translation>Не удается прочитать {path} как CSV.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="64"/>
        <source>&apos;{encoding}&apos; is not a text encoding name; use e.g. UTF-8, windows-1252 or ISO-8859-1.</source>
        <translation>«{encoding}» не является названием кодировки текста; используйте, например, UTF-8, windows-1252 или ISO-8859-1.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="70"/>
        <source>{path} is not {encoding} text (line {line}, byte {offset}): give the file&apos;s own encoding.</source>
        <translation>{path} не является текстом в кодировке {encoding} (строка {line}, байт {offset}): укажите собственную кодировку файла.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="82"/>
        <source>{path} is not UTF-8 text (line {line}); it was read as {encoding}. If accented letters look wrong, give the file&apos;s encoding (ENCODING).</source>
        <translation>{path} не является текстом UTF-8 (строка {line}); он прочитан как {encoding}. Если буквы с диакритическими знаками выглядят неправильно, укажите кодировку файла (ENCODING).</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="121"/>
        <source>{count} rows of {path} have coordinates QGIS could not read, and its delimited text reader left them out. Nothing was imported: correct them, or give the file path itself as the records so that the rows are named.</source>
        <translation>Строк файла {path} с координатами, которые QGIS не смог прочитать: {count}; средство чтения текстовых файлов с разделителями их пропустило. Ничего не импортировано: исправьте их или укажите в качестве записей сам путь к файлу, чтобы эти строки были названы.</translation>
    </message>
</context>
<context>
    <name>ImportFieldSubmissionsAlgorithm</name>
    <message>
        <location filename="../processing/import_field_submissions.py" line="20"/>
        <source>Import field submissions</source>
        <translation>Импортировать полевые отправки</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="45"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="53"/>
        <source>Submission report</source>
        <translation>Отчет об отправках</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="55"/>
        <source>Submissions imported</source>
        <translation>Импортировано отправок</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="56"/>
        <source>Submissions rejected</source>
        <translation>Отклонено отправок</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="57"/>
        <source>Submissions already imported</source>
        <translation>Уже импортировано отправок</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="80"/>
        <source>{accepted} submissions imported, {rejected} rejected, {skipped} already imported</source>
        <translation>Импортировано отправок: {accepted}, отклонено: {rejected}, уже импортировано: {skipped}</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="42"/>
        <source>Field export (KoBoToolbox XLSX, ODK Central CSV zip, Survey123 file geodatabase or CSV zip)</source>
        <translation>Полевой экспорт (XLSX из KoBoToolbox, zip-архив CSV из ODK Central, файловая база геоданных или zip-архив CSV из Survey123)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="49"/>
        <source>Folder for the photos (default: beside a GeoPackage, its name followed by _photos)</source>
        <translation>Папка для фото (по умолчанию: рядом с GeoPackage, его имя с _photos)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="23"/>
        <source>Imports the submissions of a field form (Export field forms) from a KoBoToolbox XLSX export or an ODK Central CSV zip. A hazard report&apos;s survey points go through the traverse engine into a hazard polygon, with its closure figures. An activity report&apos;s perimeter, drawn or walked as survey points, becomes the activity, with its EO finds; an EO spot report becomes a find. Every record is checked as Import records checks it. Activities, finds and survey points come in submitted, for the national centre&apos;s review: only approved activities release land.

Photos named by a submission are kept with its record, in a folder named after the record&apos;s UUID, under the photos folder and the table: from an ODK Central zip&apos;s media folder, or from a media or attachments folder beside the export. A Survey123 file geodatabase or CSV zip is read too.

Each submission is written in a transaction of its own: a rejected one is named, with its field, in the report, and the others still go in. A submission is known by its instance UUID (its record&apos;s UUID), so importing it again, from either export, changes nothing.</source>
        <translation>Импортирует отправки полевой формы (Экспортировать полевые формы) из экспорта XLSX из KoBoToolbox или zip-архива CSV из ODK Central. Точки съемки отчета об опасном районе проходят через движок хода и дают полигон опасного района с показателями невязки. Периметр отчета об операции, нарисованный или пройденный точками съемки, становится операцией по высвобождению земель вместе с ее находками ВОП; донесение о ВОП становится находкой. Каждая запись проверяется так же, как ее проверяет Импорт записей. Операции, находки и точки съемки поступают отправленными, на проверку национального центра: только утвержденные операции высвобождают землю.

Фото, названные отправкой, хранятся вместе с ее записью, в папке с именем UUID записи, в папке фото и таблицы: из папки media zip-архива ODK Central или из папки media либо attachments рядом с экспортом. Также читается файловая база геоданных или zip-архив CSV из Survey123.

Каждая отправка записывается в отдельной транзакции: отклоненная отправка названа в отчете вместе с полем, а остальные все равно импортируются. Отправка распознается по UUID экземпляра (UUID ее записи), поэтому повторный импорт из любого экспорта ничего не меняет.</translation>
    </message>
</context>
<context>
    <name>ImportQFieldChangesAlgorithm</name>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="15"/>
        <source>Import QField changes</source>
        <translation>Импортировать изменения из QField</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="18"/>
        <source>Brings back into the mine action database what a team added, changed or deleted in QField in a package written by &apos;Package for QField&apos; (give the package folder, its project or its GeoPackage, copied back whole from the device). Records are matched by uuid, as &apos;Submit field copy&apos; does:

- a record added in QField (it has a new uuid) is inserted;
- a record changed in QField (values or geometry) is updated, unless it was also changed in the database since the package was made: then it is a conflict, reported field by field with both values and not applied;
- a record deleted in QField is reported and kept: the field never deletes from the national database (delete it there if it must go);
- every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.

Everything is written in one transaction; importing the same package again changes nothing.</source>
        <translation>Возвращает в базу данных противоминной деятельности то, что команда добавила, изменила или удалила в QField в пакете, созданном алгоритмом «Создать пакет для QField» (укажите папку пакета, его проект или его GeoPackage, скопированные с устройства целиком). Записи сопоставляются по uuid, как это делает «Отправить полевую копию»:

- запись, добавленная в QField (у неё новый uuid), вставляется;
- запись, изменённая в QField (значения или геометрия), обновляется, если она не была изменена и в базе данных после создания пакета: тогда это конфликт, о котором сообщается поле за полем с обоими значениями, и он не применяется;
- о записи, удалённой в QField, сообщается, и она остаётся: полевые данные никогда ничего не удаляют из национальной базы данных (удалите её там, если она должна исчезнуть);
- каждая добавленная или изменённая запись проходит проверки «Импортировать записи»; не прошедшая их отклоняется с названием поля, а остальные записываются.

Всё записывается в одной транзакции; повторный импорт того же пакета ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="35"/>
        <source>QField package folder (or its project or GeoPackage)</source>
        <translation>Папка пакета QField (или его проект или GeoPackage)</translation>
    </message>
</context>
<context>
    <name>ImportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/import_records.py" line="31"/>
        <source>Import records into mine action database</source>
        <translation>Импортировать записи в базу данных противоминной деятельности</translation>
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
        <translation>Добавляет строки таблицы или слоя (CSV, электронная таблица, экспорт из IMSMA) в одну таблицу базы данных противоминной деятельности. Столбцы сопоставляются по имени поля. Сначала проверяется каждая строка, и если какая-либо строка ошибочна, сообщение об ошибке называет строку (1 — первая строка после заголовка) и поле, и ничего не записывается:
- обязательные столбцы и значения: ключевые поля, поля, которых требует модель данных, и поля, нужные для высвобождения земель (опасные районы: hazard_id, hazard_class, status, date_of_information; операции: activity_id, activity_type, outcome, end_date), должны быть столбцами со значением в каждой строке, даже если формы подставили бы значение по умолчанию. Столбец, не являющийся полем, указывается как предупреждение, вместе с полем, на которое он похож, и не импортируется;
- коды проверяются по справочникам кодов базы данных; числа и даты; никаких дат позже завтрашнего дня, кроме плановых дат (даты начала и сроки выполнения заданий);
- правила модели данных, как их применяют формы: глубины, расстояния и площади не отрицательные, дата окончания не раньше даты начала, азимут в пределах круга своей единицы (360°, 400 град, 6400 или 6000 тысячных) …;
- ID: ключ (hazard_id, activity_id …), uuid или, для точек съемки, пара hazard_id и point_no, которая повторяется или уже есть в таблице, отклоняется. Повторный импорт строк отклоняется, а не пропускается: импорт, по ошибке запущенный дважды, не должен добавлять дубликаты, а частичный повторный импорт оставил бы неясным, какие строки новые;
- геометрии: читаемые, типа таблицы, долгота/широта после преобразования в WGS 84 (сообщение об ошибке поясняет, на что похожи числа, например на метры UTM в слое долготы/широты или на градусы в проекционном слое). Каждой таблице, кроме точек съемки, нужна геометрия в каждой строке. Записи без системы координат (CSV, shapefile без .prj) отклоняются, если их система координат не указана;
- кодировка текста: текстовый файл не в UTF-8 читается как windows-1252 с предупреждением, если его кодировка не указана.

Строки без геометрии могут получить ее из второго слоя (например, полигонов опасных районов, вычисленных по ходам съемки), сопоставленного по полю ID таблицы. Площади вычисляются на эллипсоиде.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="75"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="77"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="82"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="87"/>
        <source>Geometries for rows without one (matched by ID)</source>
        <translation>Геометрии для строк без геометрии (сопоставление по ID)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="90"/>
        <source>CRS of the records when the layer has none</source>
        <translation>Система координат записей, если у слоя ее нет</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="93"/>
        <source>Text encoding of a CSV file (empty: UTF-8, or windows-1252 with a warning)</source>
        <translation>Кодировка текста файла CSV (пусто: UTF-8 или windows-1252 с предупреждением)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="98"/>
        <source>Rows imported</source>
        <translation>Импортировано строк</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="118"/>
        <source>The records have their own CRS, {crs}; the CRS given for records without one was not used. Change the layer&apos;s CRS if it is wrong.</source>
        <translation>У записей есть собственная система координат, {crs}; система координат, указанная для записей без нее, не использована. Измените систему координат слоя, если она неверна.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="126"/>
        <source>The layer of geometries {layer} has no CRS, so its positions are unknown: set its CRS and import again.</source>
        <translation>Слой геометрий {layer} не имеет системы координат, поэтому его положения неизвестны: задайте систему координат и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="144"/>
        <source>{count} rows imported into {table}</source>
        <translation>В таблицу {table} импортировано строк: {count}</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="68"/>
        <source>A field mapping profile (a JSON file, or one shipped with the plugin: IMSMA Core-style layers, an operator&apos;s shapefile) reads another system&apos;s layer: its field names, its codes and its CRS become ours, and its own ID is kept in external_id (docs/field-mapping.md).</source>
        <translation>Профиль соответствия полей (файл JSON или один из поставляемых с модулем: слои в стиле IMSMA Core, shapefile оператора) читает слой другой системы: его имена полей, коды и система координат становятся нашими, а его собственный идентификатор сохраняется в external_id (docs/field-mapping.md).</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="214"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation>{feature}: «{value}» в поле {field} не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="219"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation>{feature}: дата в поле {field} не указана.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="68"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation>{feature}: неизвестный код «{value}» в поле {field} (ожидается один из {codes}).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="251"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation>{feature}: геометрия отсутствует или пуста.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="261"/>
        <source>A {what} has no identifier.</source>
        <translation>Запись ({what}) не имеет идентификатора.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="98"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation>{feature}: идентификатор использован дважды.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="310"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation>{feature}: результат «{outcome}» в поле outcome невозможен для типа операции «{activity_type}».</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="319"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation>{feature}: опасного района «{hazard}» из поля hazard_id не существует.</translation>
    </message>
    <message>
        <location filename="../core/land_release_plan.py" line="224"/>
        <source>Confirmed part of {hazard}, re-registered from the land release history on {date}.</source>
        <translation>Подтвержденная часть {hazard}, повторно зарегистрированная по истории высвобождения земель {date}.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation>Операция лежит вне всех опасных районов, на которые она может действовать.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="34"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation>Часть операции охватывает землю, уже высвобожденную предыдущей операцией; она учтена один раз — по предыдущему методу.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation>Операция завершена до даты получения информации об опасном районе и не изменяет опасный район.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="40"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation>Мелкий остаток меньше допуска отброшен.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="42"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation>Геометрия была недействительной и исправлена.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="44"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation>Опасный район перекрывает предыдущую запись опасного района; перекрытие учтено только в предыдущем опасном районе.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="47"/>
        <source>The activity ends in the future (a mistyped year?); it was not applied. Correct its end date and compute again.</source>
        <translation>Операция заканчивается в будущем (опечатка в годе?); она не применена. Исправьте дату окончания и рассчитайте снова.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="50"/>
        <source>The hazard&apos;s date of information is in the future (a mistyped year?); activities that ended before it do not change the hazard.</source>
        <translation>Дата получения информации об опасном районе в будущем (опечатка в годе?); операции, завершенные до нее, не изменяют опасный район.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="48"/>
        <source>feature {fid}</source>
        <translation>объект {fid}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="56"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>Слой {layer} не имеет поля {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="160"/>
        <source>{feature}: field {field} is empty.</source>
        <translation>{feature}: поле {field} пустое.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="104"/>
        <source>{feature}: the hazard has no geometry, so its land is unknown (only a closed hazard may have none). Give it its polygon (draw it, import it or compute it from its survey table).</source>
        <translation>{feature}: у опасного района нет геометрии, поэтому его земля неизвестна (только закрытый опасный район может ее не иметь). Задайте его полигон (нарисуйте, импортируйте или вычислите по его таблице съемки).</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="285"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>Не удается записать в таблицу {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="331"/>
        <source>Table {table} cannot be edited.</source>
        <translation>Таблицу {table} нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="83"/>
        <source>{database}: cannot lock the hazards to update: {error}. Nothing was written.</source>
        <translation>{database}: не удается заблокировать опасные районы для актуализации: {error}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="94"/>
        <source>{database}: hazard {hazard} was changed by another editor since the update read it (version {read}, now {now}); nothing was written. Run the update again.</source>
        <translation>{database}: опасный район {hazard} изменен другим редактором после того, как актуализация его прочитала (версия {read}, теперь {now}); ничего не записано. Запустите актуализацию еще раз.</translation>
    </message>
</context>
<context>
    <name>LandReleaseDock</name>
    <message>
        <location filename="../ui/panels.py" line="21"/>
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="90"/>
        <source>Hazard</source>
        <translation>Опасный район</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="92"/>
        <source>From map selection</source>
        <translation>Из выбранного на карте</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="101"/>
        <source>Activities, by end date</source>
        <translation>Операции по дате окончания</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="107"/>
        <source>Register an activity</source>
        <translation>Зарегистрировать операцию</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="109"/>
        <source>Draw on map</source>
        <translation>Нарисовать на карте</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="111"/>
        <source>Left click adds a corner, right click finishes, Esc abandons.</source>
        <translation>Щелчок левой кнопкой добавляет вершину, правой — завершает, Esc — отменяет.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="114"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="119"/>
        <source>Use selected</source>
        <translation>Использовать выбранное</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="122"/>
        <source>or from layer</source>
        <translation>или из слоя</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="442"/>
        <source>No area yet</source>
        <translation>Площади пока нет</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="126"/>
        <source>Activity ID</source>
        <translation>ID операции</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="129"/>
        <source>Activity</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="131"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="135"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="139"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="141"/>
        <source>Commit</source>
        <translation>Зафиксировать</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="143"/>
        <source>Undo</source>
        <translation>Отменить действие</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="220"/>
        <source>Select a hazard on the map first.</source>
        <translation>Сначала выберите опасный район на карте.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="231"/>
        <source>Open a mine action database to see its hazards.</source>
        <translation>Откройте базу данных противоминной деятельности, чтобы увидеть ее опасные районы.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="240"/>
        <source>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</source>
        <translation>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="250"/>
        <source>{entry} (not applied yet)</source>
        <translation>{entry} (еще не применено)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="265"/>
        <source>Original</source>
        <translation>Исходная</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="266"/>
        <source>Cancelled</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="267"/>
        <source>Reduced (technical asset)</source>
        <translation>Сокращено (техническое средство)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="268"/>
        <source>Reduced (no technical asset)</source>
        <translation>Сокращено (без технического средства)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="269"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="270"/>
        <source>Remaining SHA</source>
        <translation>Остаток ПОР</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="271"/>
        <source>Remaining CHA</source>
        <translation>Остаток ПдОР</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="335"/>
        <source>Select one polygon in the chosen layer first.</source>
        <translation>Сначала выберите один полигон в выбранном слое.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="345"/>
        <source>Area drawn: {area}</source>
        <translation>Нарисованная площадь: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="392"/>
        <source>Remaining after this activity: &lt;b&gt;{after}&lt;/b&gt; (now {before})</source>
        <translation>Остаток после этой операции: &lt;b&gt;{after}&lt;/b&gt; (сейчас {before})</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="395"/>
        <source>Released: {area}</source>
        <translation>Высвобождено: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="397"/>
        <source>Confirmed (becomes CHA): {area}</source>
        <translation>Подтверждено (становится ПдОР): {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="432"/>
        <source>Register activity {activity}</source>
        <translation>Зарегистрировать операцию {activity}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="439"/>
        <source>Activity {activity} registered; save the layer edits to store it.</source>
        <translation>Операция {activity} зарегистрирована; сохраните изменения слоя, чтобы записать ее.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="247"/>
        <source>{entry} ({review}: releases no land until approved)</source>
        <translation>{entry} ({review}: не высвобождает земель до утверждения)</translation>
    </message>
</context>
<context>
    <name>LandReleaseStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/land_release_statistics.py" line="21"/>
        <source>Land released</source>
        <translation>Высвобожденные земли</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="23"/>
        <source>Remaining at period end</source>
        <translation>Остаток на конец периода</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="25"/>
        <source>Remaining at the as-of date</source>
        <translation>Остаток на отчетную дату</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="27"/>
        <source>Explosive ordnance found and destroyed</source>
        <translation>Найденные и уничтоженные взрывоопасные предметы</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="29"/>
        <source>Consistency check</source>
        <translation>Проверка согласованности</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="39"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="40"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="41"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="42"/>
        <source>Contamination type</source>
        <translation>Тип загрязнения</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="44"/>
        <source>Hazard class</source>
        <translation>Класс опасного района</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="47"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="48"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="49"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="50"/>
        <source>The whole period</source>
        <translation>Весь период</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="66"/>
        <source>Land release statistics</source>
        <translation>Статистика высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="69"/>
        <source>Tables of land release per reporting period and group, as national plans, donor reports and Article 7 reports need them: land cancelled, reduced with and without technical asset and cleared; remaining suspected (SHA) and confirmed (CHA) areas, number and m², at the end of each period and at the as-of date; explosive ordnance found and destroyed by category; and a consistency row per period (remaining at start - released + newly recorded + reclassified = remaining at end).

Every m² is counted once, by the method that released it first: the figures come from the release history and, for activities not applied yet, from the land release engine (what Update mine action database would write). Released land is grouped by the organisation of the activity and the class it left; remaining land by the hazard's reporting organisation and class.

Periods: from the start date (default: 1 January of the first record's year) to the end date (default: the as-of date, itself today by default), split by year, quarter or month. The tables are layers without geometry, and optionally one XLSX workbook with one sheet per table. The database is not modified.</source>
        <translation>Таблицы высвобождения земель по отчетным периодам и группам, как их требуют национальные планы, отчеты донорам и отчеты по статье 7: аннулированные земли, сокращенные с техническим средством и без него и очищенные; остаток подозреваемых опасных районов (ПОР) и подтвержденных опасных районов (ПдОР), число и м², на конец каждого периода и на отчетную дату; найденные и уничтоженные взрывоопасные предметы (ВОП) по категориям; и строка согласованности для каждого периода (остаток на начало - высвобождено + вновь зарегистрировано + переклассифицировано = остаток на конец).

Каждый м² учитывается один раз, по методу, которым он был высвобожден первым: данные берутся из истории высвобождения, а для еще не примененных операций — из механизма высвобождения земель (то, что записало бы «Актуализировать базу данных противоминной деятельности»). Высвобожденные земли группируются по организации операции и классу, из которого они высвобождены; остаток — по отчитывающейся организации опасного района и его классу.

Периоды: от даты начала (по умолчанию: 1 января года первой записи) до даты окончания (по умолчанию: отчетная дата, которая по умолчанию сегодняшняя), с разбивкой по годам, кварталам или месяцам. Таблицы — слои без геометрии и, по желанию, одна книга XLSX с листом на каждую таблицу. База данных не изменяется.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="98"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="106"/>
        <source>Split the period by</source>
        <translation>Разбить период по</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="110"/>
        <source>As-of date (default: today)</source>
        <translation>Отчетная дата (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="113"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="117"/>
        <source>Smallest piece released (m²)</source>
        <translation>Наименьший высвобождаемый участок (м²)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Statistics workbook</source>
        <translation>Книга статистики</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="144"/>
        <source>Reading the database and replaying the activities not applied yet</source>
        <translation>Чтение базы данных и повторное применение еще не примененных операций</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="152"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="159"/>
        <source>The period end ({end}) is before its start ({start}).</source>
        <translation>Конец периода ({end}) раньше его начала ({start}).</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="178"/>
        <source>Cannot write the output {output}.</source>
        <translation>Не удается записать результат {output}.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="189"/>
        <source>{periods} periods from {start} to {end}: {released:.1f} m² released; consistency rows balance within {worst:.3f} m²</source>
        <translation>{periods} периодов с {start} по {end}: высвобождено {released:.1f} м²; строки согласованности сходятся с точностью {worst:.3f} м²</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="31"/>
        <source>Beneficiaries by sex, age and disability</source>
        <translation>Бенефициары по полу, возрасту и инвалидности</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="33"/>
        <source>Team composition by sex</source>
        <translation>Состав групп по полу</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="35"/>
        <source>Casualties by sex and age group</source>
        <translation>Пострадавшие по полу и возрастной группе</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="88"/>
        <source>People, from the approved records: beneficiaries of the land handed over (women, girls, boys, men; persons with disabilities, also counted in those four), the composition of the teams by sex, and the killed and injured of accidents by sex and age group. Each row gives the people counted, how many records gave the figure and how many did not record it: a figure not recorded is never read as zero.</source>
        <translation>Люди, по утвержденным записям: бенефициары переданных земель (женщины, девочки, мальчики, мужчины; лица с инвалидностью, учтенные также в этих четырех группах), состав групп по полу, а также погибшие и раненые в несчастных случаях по полу и возрастной группе. Каждая строка дает число людей, число записей с этим показателем и число записей без него: незаписанный показатель никогда не читается как ноль.</translation>
    </message>
</context>
<context>
    <name>MakeFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/make_field_copy.py" line="22"/>
        <source>Make field copy</source>
        <translation>Создать полевую копию</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="25"/>
        <source>Writes a GeoPackage for a team working offline: the hazards of one region (or one task, its hazards and their confirmed parts) with their survey points, land release activities, EO finds, tasks, site points and access routes, and the lookup lists and settings whole. It has the same forms and styles as the database, so it opens ready to edit in QGIS and QField.

The copy records what each record was when it was copied (the table field_copy_base), so that &apos;Submit field copy&apos; can send back what was added or changed and tell apart what was changed in the database meanwhile. The database is only read.</source>
        <translation>Записывает GeoPackage для группы, работающей без сети: опасные районы одной области (или одного задания, его опасные районы и их подтверждённые части) с их точками съемки, операциями по высвобождению земель, находками взрывоопасных предметов, заданиями, точками участка и маршрутами доступа, а также справочники кодов и настройки целиком. У него те же формы и стили, что и у базы данных, поэтому он открывается готовым к редактированию в QGIS и QField.

Копия хранит, какой была каждая запись при копировании (таблица field_copy_base), чтобы «Отправить полевую копию» вернула то, что добавлено или изменено, и отличила то, что тем временем изменили в базе данных. База данных только читается.</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="38"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="42"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Область (область опасных районов)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="44"/>
        <source>Or: task ID</source>
        <translation>Или: ID задания</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>Field copy</source>
        <translation>Полевая копия</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="48"/>
        <source>Overwrite an existing file</source>
        <translation>Перезаписать существующий файл</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="50"/>
        <source>Records copied</source>
        <translation>Скопировано записей</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="63"/>
        <source>{count} records copied into {path}</source>
        <translation>{count} записей скопировано в {path}</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../store/migrate.py" line="247"/>
        <source>{count} re-registered confirmed parts were linked to their hazard (parent_hazard_id).</source>
        <translation>Подтвержденных частей, повторно зарегистрированных и связанных со своим опасным районом (parent_hazard_id): {count}.</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="27"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="28"/>
        <source>Survey</source>
        <translation>Съемка</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="29"/>
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="30"/>
        <source>Cartography</source>
        <translation>Картография</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="96"/>
        <source>Cancelled: no output was written.</source>
        <translation>Отменено: ни один результат не записан.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="31"/>
        <source>Reporting</source>
        <translation>Отчетность</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="32"/>
        <source>Field data</source>
        <translation>Полевые данные</translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>Mine Action</source>
        <translation>Противоминная деятельность</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Create mine action database…</source>
        <translation>Создать базу данных противоминной деятельности…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open mine action database…</source>
        <translation>Открыть базу данных противоминной деятельности…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="184"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation>Для Mine Action Mapper нужны следующие пакеты Python: {packages}. Установите их в Python, который использует QGIS (например, с помощью pip или установщика OSGeo4W в Windows), и перезапустите QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="230"/>
        <source>Mine Action Mapper</source>
        <translation>Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>Open mine action database</source>
        <translation>Открыть базу данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="227"/>
        <source>Upgrade…</source>
        <translation>Обновить схему…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97"/>
        <source>Open national database (PostGIS)…</source>
        <translation>Открыть национальную базу данных (PostGIS)…</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsFactory</name>
    <message>
        <location filename="../ui/options_page.py" line="239"/>
        <source>Mine Action</source>
        <translation>Противоминная деятельность</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsPage</name>
    <message>
        <location filename="../ui/options_page.py" line="182"/>
        <source>Your defaults</source>
        <translation>Ваши значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="184"/>
        <source>Used for databases that have no value of their own, and for work outside a database.</source>
        <translation>Используются для баз данных, у которых нет собственных значений, и для работы вне базы данных.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="197"/>
        <source>This database: {name}</source>
        <translation>Эта база данных: {name}</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="201"/>
        <source>Ticked values are stored in the database and travel with it; they win over your defaults.</source>
        <translation>Отмеченные значения хранятся в базе данных и переносятся вместе с ней; они имеют приоритет над вашими значениями по умолчанию.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="225"/>
        <source>Mine Action settings</source>
        <translation>Настройки противоминной деятельности</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../processing/provider.py" line="17"/>
        <source>Mine Action</source>
        <translation>Противоминная деятельность</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Mine Action Mapper: humanitarian mine action tools</source>
        <translation>Mine Action Mapper: средства гуманитарной противоминной деятельности</translation>
    </message>
</context>
<context>
    <name>NationalReport</name>
    <message>
        <location filename="../core/report_charts.py" line="39"/>
        <source>The national report&apos;s charts need the Python package matplotlib, which is not installed in the Python QGIS runs: install python3-matplotlib (Debian, Ubuntu) or matplotlib (OSGeo4W shell: python -m pip install matplotlib).</source>
        <translation>Для диаграмм национального отчёта нужен пакет Python matplotlib, который не установлен в Python, используемом QGIS: установите python3-matplotlib (Debian, Ubuntu) или matplotlib (оболочка OSGeo4W: python -m pip install matplotlib).</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="240"/>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="241"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="243"/>
        <source>Land cancelled (non-technical survey)</source>
        <translation>Аннулированные земли (нетехническое обследование)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="244"/>
        <source>Land reduced with technical asset</source>
        <translation>Сокращенные земли с техническим средством</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="245"/>
        <source>Land reduced without technical asset</source>
        <translation>Сокращенные земли без технического средства</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="246"/>
        <source>Land cleared</source>
        <translation>Очищенные земли</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="250"/>
        <source>Cancelled</source>
        <translation>Аннулированные</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="251"/>
        <source>Reduced (technical asset)</source>
        <translation>Сокращенные (техническое средство)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="252"/>
        <source>Reduced (no technical asset)</source>
        <translation>Сокращенные (без технического средства)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="253"/>
        <source>Cleared</source>
        <translation>Очищенные</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="256"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (number)</source>
        <translation>ПОР (количество)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (m²)</source>
        <translation>ПОР (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (number)</source>
        <translation>ПдОР (количество)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (m²)</source>
        <translation>ПдОР (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (number)</source>
        <translation>Всего (количество)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (m²)</source>
        <translation>Всего (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cancelled (m²)</source>
        <translation>Аннулированные (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Reduced (m²)</source>
        <translation>Сокращенные (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cleared (m²)</source>
        <translation>Очищенные (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Total released (m²)</source>
        <translation>Всего высвобождено (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="282"/>
        <source>No such area is known or suspected at the as-of date.</source>
        <translation>На указанную дату таких районов не известно и не подозревается.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="284"/>
        <source>No land was released in the reporting period.</source>
        <translation>В отчётном периоде земли не высвобождались.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="287"/>
        <source>National summary</source>
        <translation>Национальная сводка</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="288"/>
        <source>Anti-Personnel Mine Ban Convention, Article 7</source>
        <translation>Конвенция о запрещении противопехотных мин, статья 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="289"/>
        <source>Convention on Cluster Munitions, Article 7</source>
        <translation>Конвенция по кассетным боеприпасам, статья 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Hazardous areas, land release and explosive ordnance (all contamination)</source>
        <translation>Опасные районы, высвобождение земель и взрывоопасные предметы (всё загрязнение)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Area (m²)</source>
        <translation>Площадь (м²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Explosive ordnance found and destroyed in the period, by category</source>
        <translation>Взрывоопасные предметы, обнаруженные и уничтоженные за период, по категориям</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Destroyed</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No explosive ordnance was found in the reporting period.</source>
        <translation>В отчётном периоде взрывоопасные предметы не обнаружены.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas remaining, by region (anti-personnel mines and mixed contamination)</source>
        <translation>Остаток заминированных районов по регионам (противопехотные мины и смешанное загрязнение)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas released in the period, by region and method</source>
        <translation>Заминированные районы, высвобожденные за период, по регионам и методам</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Areas contaminated by cluster munition remnants, by region</source>
        <translation>Районы, загрязнённые остатками кассетных боеприпасов, по регионам</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Cluster munition contaminated areas released in the period, by region and method</source>
        <translation>Районы, загрязнённые кассетными боеприпасами, высвобожденные за период, по регионам и методам</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="381"/>
        <source>The as-of date {as_of} is before the reporting year {year} starts: give an as-of date on or after {start}.</source>
        <translation>Дата {as_of} предшествует началу отчётного года {year}: укажите дату не ранее {start}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="55"/>
        <source>NATIONAL MINE ACTION REPORT</source>
        <translation>НАЦИОНАЛЬНЫЙ ОТЧЁТ О ПРОТИВОМИННОЙ ДЕЯТЕЛЬНОСТИ</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="56"/>
        <source>Article 7 transparency reports: Anti-Personnel Mine Ban Convention and Convention on Cluster Munitions</source>
        <translation>Доклады о мерах транспарентности по статье 7: Конвенция о запрещении противопехотных мин и Конвенция по кассетным боеприпасам</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="59"/>
        <source>Issuing authority</source>
        <translation>Выдающий орган</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="60"/>
        <source>The national mine action authority</source>
        <translation>Национальный орган по противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="62"/>
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="63"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="64"/>
        <source>Remaining areas as of</source>
        <translation>Остаток районов на</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="65"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="66"/>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="67"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="68"/>
        <source>Areas are ground areas on the WGS 84 ellipsoid, in square metres (m²). Every square metre released is counted once, by the method that released it first (cancellation by non-technical survey, reduction by technical survey, clearance), from the land release history.</source>
        <translation>Площади — это площади на местности на эллипсоиде WGS 84, в квадратных метрах (м²). Каждый высвобожденный квадратный метр учтён один раз — по методу, которым он высвобожден первым (аннулирование нетехническим обследованием, сокращение техническим обследованием, очистка), по истории высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="73"/>
        <source>Land released per year, by method (m²)</source>
        <translation>Высвобожденные земли по годам, по методам (м²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="75"/>
        <source>Remaining hazardous area by region at {date} (m²)</source>
        <translation>Остаток опасных районов по регионам на {date} (м²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="77"/>
        <source>Suspected (SHA)</source>
        <translation>Подозреваемые (ПОР)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Подтвержденные (ПдОР)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="79"/>
        <source>Progress: hazardous area remaining at the end of each year, and the path to the target of {date} (m²)</source>
        <translation>Ход работ: остаток опасных районов на конец каждого года и путь к цели {date} (м²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="82"/>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="83"/>
        <source>Path to the target</source>
        <translation>Путь к цели</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="84"/>
        <source>Certified correct by the issuing authority</source>
        <translation>Верность удостоверена выдающим органом</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="86"/>
        <source>Name, title and signature</source>
        <translation>Имя, должность и подпись</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="87"/>
        <source>Date and seal</source>
        <translation>Дата и печать</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="88"/>
        <source>National mine action report {period}</source>
        <translation>Национальный отчёт о противоминной деятельности {period}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="90"/>
        <source>Issued on {date}. Source: {source}.</source>
        <translation>Выдано {date}. Источник: {source}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="91"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="92"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="93"/>
        <source>The national report could not be written ({error}).</source>
        <translation>Не удалось записать национальный отчёт ({error}).</translation>
    </message>
    <message>
        <location filename="../layouts/national_report_data.py" line="46"/>
        <source>No hazard is recorded on or before {end}: the database has nothing to report for {year}. Choose a later reporting year.</source>
        <translation>Ни один опасный район не зарегистрирован по {end} включительно: в базе данных нет данных для отчёта за {year}. Выберите более поздний отчётный год.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="189"/>
        <source>Hazardous areas remaining</source>
        <translation>Остаток опасных районов</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="190"/>
        <source>of which suspected hazardous areas (SHA)</source>
        <translation>из них подозреваемые опасные районы (ПОР)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="191"/>
        <source>of which confirmed hazardous areas (CHA)</source>
        <translation>из них подтвержденные опасные районы (ПдОР)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="192"/>
        <source>Hazardous areas newly recorded in the period</source>
        <translation>Опасные районы, впервые зарегистрированные за период</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="198"/>
        <source>Land released in the period</source>
        <translation>Земли, высвобожденные за период</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="199"/>
        <source>Land released since records began</source>
        <translation>Земли, высвобожденные с начала учёта</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="201"/>
        <source>Explosive ordnance items found in the period</source>
        <translation>Взрывоопасные предметы, обнаруженные за период</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="203"/>
        <source>Explosive ordnance items destroyed in the period</source>
        <translation>Взрывоопасные предметы, уничтоженные за период</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="348"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="274"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="275"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="276"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="277"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="278"/>
        <source>Persons with disabilities</source>
        <translation>Лица с инвалидностью</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="280"/>
        <source>Sex and age not known</source>
        <translation>Пол и возраст неизвестны</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="290"/>
        <source>People: beneficiaries and casualties</source>
        <translation>Люди: бенефициары и пострадавшие</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries of the land handed over in the period, by sex and age</source>
        <translation>Бенефициары земель, переданных за период, по полу и возрасту</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records with the count</source>
        <translation>Записи с числом</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records without the count</source>
        <translation>Записи без числа</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No beneficiaries were recorded in the reporting period.</source>
        <translation>За отчётный период бенефициары не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties of explosive ordnance accidents in the period, by sex and age</source>
        <translation>Пострадавшие в результате несчастных случаев со взрывоопасными предметами за период, по полу и возрасту</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed</source>
        <translation>Погибли</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured</source>
        <translation>Ранены</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed: not recorded</source>
        <translation>Погибли: не зарегистрировано</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured: not recorded</source>
        <translation>Ранены: не зарегистрировано</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No casualty was recorded in the reporting period.</source>
        <translation>За отчётный период пострадавшие не зарегистрированы.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/open_database.py" line="17"/>
        <source>Open mine action database</source>
        <translation>Открыть базу данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="30"/>
        <source>Layer group</source>
        <translation>Группа слоев</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="35"/>
        <source>Schema version {version}</source>
        <translation>Версия схемы {version}</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="21"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms: a GeoPackage file, or a schema on a PostgreSQL connection.</source>
        <translation>Добавляет все слои базы данных противоминной деятельности в текущий проект одной группой, с их стилями и формами атрибутов: файл GeoPackage или схему соединения PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../processing/outputs.py" line="84"/>
        <source>The output &apos;{output}&apos; ({path}) is a mine action database: writing it would destroy the database. Choose another file for the output.</source>
        <translation>Результат «{output}» ({path}) — это база данных противоминной деятельности: его запись уничтожила бы базу данных. Выберите другой файл для результата.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="90"/>
        <source>The output &apos;{output}&apos; ({path}) is the file the input &apos;{input}&apos; reads: writing it would destroy that data. Choose another file for the output.</source>
        <translation>Результат «{output}» ({path}) — это файл, который читает входной параметр «{input}»: его запись уничтожила бы эти данные. Выберите другой файл для результата.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="119"/>
        <source>The output &apos;{output}&apos; ({path}) cannot be written: {error}. Choose another file or folder for the output.</source>
        <translation>Результат «{output}» ({path}) не удается записать: {error}. Выберите другой файл или папку для результата.</translation>
    </message>
    <message>
        <location filename="../store/workbook.py" line="18"/>
        <source>The workbook {path} cannot be written: {error}</source>
        <translation>Невозможно записать книгу {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../layouts/layout_overview.py" line="88"/>
        <source>All hazards</source>
        <translation>Все опасные районы</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="99"/>
        <source>Released (cancelled, reduced, cleared)</source>
        <translation>Высвобождено (аннулировано, сокращено, очищено)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="135"/>
        <source>The database has no hazard or activity with a geometry to map.</source>
        <translation>В базе данных нет ни одного опасного района или операции с геометрией для отображения на карте.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="158"/>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="162"/>
        <source>NATIONAL MINE ACTION OVERVIEW</source>
        <translation>НАЦИОНАЛЬНЫЙ ОБЗОР ПРОТИВОМИННОЙ ДЕЯТЕЛЬНОСТИ</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="163"/>
        <source>Hazardous areas by class and land release activities by outcome, as recorded on {date}. Scale 1:{scale}.</source>
        <translation>Опасные районы по классу и операции по высвобождению земель по результату по состоянию на {date}. Масштаб 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="167"/>
        <source>Hazardous areas by class and status</source>
        <translation>Опасные районы по классу и статусу</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Area (m²)</source>
        <translation>Площадь (м²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="173"/>
        <source>Land release activities by outcome</source>
        <translation>Операции по высвобождению земель по результату</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Activities</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Land, counted once (m²)</source>
        <translation>Земля, учтенная один раз (м²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and minutes of latitude and longitude. Areas are ground areas on the WGS 84 ellipsoid. Source: {database}. Issued by {authority} on {date}.</source>
        <translation>Карта: {crs_name} ({crs}), датум WGS 84; градусная сетка в градусах и минутах широты и долготы. Площади — это площади на поверхности эллипсоида WGS 84. Источник: {database}. Выдано: {authority}, {date}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>the national mine action authority</source>
        <translation>национальный орган по противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="187"/>
        <source>Planning overview only: not for navigation or for entering any area. Hazard boundaries are approximate and unrecorded contamination may exist anywhere. Hazardous areas are what remains; land released is counted once, by the method that released it first.</source>
        <translation>Только для планирования: не для навигации и не для входа на какой-либо участок. Границы опасных районов приблизительны, а незарегистрированное загрязнение может быть где угодно. Опасные районы — это остаток; высвобожденная земля учтена один раз — по методу, которым она была высвобождена первой.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="235"/>
        <source>The overview could not be written ({error}).</source>
        <translation>Не удается записать обзорную карту ({error}).</translation>
    </message>
</context>
<context>
    <name>PackageForQFieldAlgorithm</name>
    <message>
        <location filename="../processing/package_for_qfield.py" line="24"/>
        <source>Package for QField</source>
        <translation>Создать пакет для QField</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="27"/>
        <source>Writes a folder to copy to a device with QField: a QGIS project (saved with relative paths) around a field copy of one region or one task, as &apos;Make field copy&apos; writes it, with the database&apos;s forms and styles, the relations between the tables, the map opening on the package&apos;s records (no basemap), and the task order PDF of each task.

The project uses only QGIS itself: QField opens it without this plugin. Bring the team&apos;s work back with &apos;Import QField changes&apos;. The database is only read; the folder appears only when complete, and an existing package is replaced only when overwriting is allowed.</source>
        <translation>Записывает папку для копирования на устройство с QField: проект QGIS (сохранённый с относительными путями) вокруг полевой копии одной области или одного задания, такой, как её записывает «Создать полевую копию», с формами и стилями базы данных, связями между таблицами, картой, открывающейся на записях пакета (без базовой карты), и наряд-заданием в PDF для каждого задания.

Проект использует только сам QGIS: QField открывает его без этого модуля. Верните работу команды алгоритмом «Импортировать изменения из QField». База данных только читается; папка появляется только целиком, а существующий пакет заменяется, только если замена разрешена.</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="40"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Область (область опасных районов)</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="42"/>
        <source>Or: task ID</source>
        <translation>Или: ID задания</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="44"/>
        <source>Package folder</source>
        <translation>Папка пакета</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="46"/>
        <source>Replace an existing package</source>
        <translation>Заменить существующий пакет</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="48"/>
        <source>QGIS project</source>
        <translation>Проект QGIS</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="49"/>
        <source>Records copied</source>
        <translation>Скопировано записей</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="50"/>
        <source>Task orders printed</source>
        <translation>Напечатано нарядов-заданий</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="66"/>
        <source>{records} records and {orders} task orders packaged in {folder}</source>
        <translation>В {folder} упаковано записей: {records}, нарядов-заданий: {orders}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/field_mapping.py" line="34"/>
        <source>Field mapping profile {profile}: {problem}</source>
        <translation>Профиль соответствия полей {profile}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="92"/>
        <source>Row {row}, field &apos;{source}&apos;: profile {profile} has no code of ours for the value &apos;{value}&apos; (it maps: {codes}). Add it to the profile&apos;s &quot;values&quot; for {field} and import again.</source>
        <translation>Строка {row}, поле '{source}': в профиле {profile} нет нашего кода для значения '{value}' (он сопоставляет: {codes}). Добавьте его в &quot;values&quot; профиля для {field} и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="110"/>
        <source>Record {record}, field &apos;{field}&apos;: profile {profile} has none of the source&apos;s codes for our code &apos;{value}&apos;. Add one to the profile&apos;s &quot;values&quot; for {field} and export again.</source>
        <translation>Запись {record}, поле '{field}': в профиле {profile} нет кода источника для нашего кода '{value}'. Добавьте его в &quot;values&quot; профиля для {field} и экспортируйте снова.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="129"/>
        <source>it has no mapping for table {table} (it maps: {tables}).</source>
        <translation>в нём нет соответствия для таблицы {table} (он сопоставляет: {tables}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="137"/>
        <source>&quot;{where}&quot; must be a JSON object of names.</source>
        <translation>&quot;{where}&quot; должен быть объектом JSON с именами.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="145"/>
        <source>&quot;{where}&quot;: the value of &apos;{key}&apos; must be a name (text).</source>
        <translation>&quot;{where}&quot;: значение '{key}' должно быть именем (текстом).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="153"/>
        <source>&apos;{table}&apos; is not a table of the data model.</source>
        <translation>'{table}' не является таблицей модели данных.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="164"/>
        <source>&quot;{where}&quot; must name a source field.</source>
        <translation>&quot;{where}&quot; должен называть поле источника.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="169"/>
        <source>table {table}: &apos;{field}&apos; (for the source field &apos;{source}&apos;) is not a field of {table}; its fields: {fields}.</source>
        <translation>таблица {table}: '{field}' (для поля источника '{source}') не является полем {table}; её поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="174"/>
        <source>table {table}: the source fields &apos;{first}&apos; and &apos;{second}&apos; both map to {field}; keep one.</source>
        <translation>таблица {table}: поля источника '{first}' и '{second}' оба сопоставлены с {field}; оставьте одно.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="181"/>
        <source>table {table} has no external ID field, so &quot;external_id&quot; cannot be given for it.</source>
        <translation>в таблице {table} нет поля внешнего идентификатора, поэтому &quot;external_id&quot; для неё задать нельзя.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="185"/>
        <source>table {table}: &quot;external_id&quot; names &apos;{source}&apos; but &quot;fields&quot; maps &apos;{other}&apos; to external_id; keep one.</source>
        <translation>таблица {table}: &quot;external_id&quot; называет '{source}', но &quot;fields&quot; сопоставляет '{other}' с external_id; оставьте одно.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="191"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, which is not a list field of {table}.</source>
        <translation>таблица {table}: в &quot;values&quot; есть коды для '{field}', которое не является полем со списком в {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="195"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, but no source field maps to it.</source>
        <translation>таблица {table}: в &quot;values&quot; есть коды для '{field}', но ни одно поле источника с ним не сопоставлено.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="201"/>
        <source>table {table}: the constant &apos;{field}&apos; is not a field of {table}.</source>
        <translation>таблица {table}: константа '{field}' не является полем {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="205"/>
        <source>table {table}: &apos;{field}&apos; is both a constant and mapped from &apos;{source}&apos;; keep one.</source>
        <translation>таблица {table}: '{field}' одновременно константа и соответствие для '{source}'; оставьте одно.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="212"/>
        <source>the source field name &apos;{source}&apos; is longer than the profile&apos;s limit of {limit} characters.</source>
        <translation>имя поля источника '{source}' длиннее ограничения профиля в {limit} символов.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="225"/>
        <source>it is not a field mapping profile of version {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</source>
        <translation>это не профиль соответствия полей версии {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="230"/>
        <source>&quot;crs&quot; must name the source&apos;s coordinate reference system, e.g. &quot;EPSG:4326&quot;.</source>
        <translation>&quot;crs&quot; должен называть систему координат источника, например &quot;EPSG:4326&quot;.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="235"/>
        <source>&quot;max_name_length&quot; must be a whole number of characters.</source>
        <translation>&quot;max_name_length&quot; должно быть целым числом символов.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="239"/>
        <source>&quot;tables&quot; maps no table.</source>
        <translation>&quot;tables&quot; не сопоставляет ни одной таблицы.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="252"/>
        <source>it cannot be read ({error}).</source>
        <translation>его невозможно прочитать ({error}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="255"/>
        <source>it is not valid JSON ({error}).</source>
        <translation>это некорректный JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="16"/>
        <source>Field mapping profile (JSON file)</source>
        <translation>Профиль соответствия полей (файл JSON)</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="19"/>
        <source>Or: a field mapping profile shipped with the plugin</source>
        <translation>Или: профиль соответствия полей, поставляемый с модулем</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="34"/>
        <source>Give either a field mapping profile file or a bundled profile, not both.</source>
        <translation>Укажите либо файл профиля соответствия полей, либо встроенный профиль, но не оба.</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="41"/>
        <source>Give the field mapping profile: a JSON file, or one of the bundled profiles.</source>
        <translation>Укажите профиль соответствия полей: файл JSON или один из встроенных профилей.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="29"/>
        <source>Field mapping profile {profile}: &quot;crs&quot; &apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>Профиль соответствия полей {profile}: &quot;crs&quot; '{crs}' не является системой координат, известной QGIS.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="43"/>
        <source>Nothing was imported from {source}: its CRS is {own}, but field mapping profile {profile} says the source is in {crs}. Use the profile made for these records, or correct its &quot;crs&quot;.</source>
        <translation>Ничего не импортировано из {source}: его система координат {own}, но профиль соответствия полей {profile} говорит, что источник в {crs}. Используйте профиль, созданный для этих записей, или исправьте его &quot;crs&quot;.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="56"/>
        <source>Nothing was imported from {source}: field mapping profile {profile} maps the field &apos;{field}&apos;, which the records do not have (their fields: {fields}).</source>
        <translation>Ничего не импортировано из {source}: профиль соответствия полей {profile} сопоставляет поле '{field}', которого в записях нет (их поля: {fields}).</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="65"/>
        <source>Fields of {source} that profile {profile} does not map were not imported: {fields}.</source>
        <translation>Поля {source}, которые профиль {profile} не сопоставляет, не импортированы: {fields}.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="130"/>
        <source>(Field &apos;{field}&apos; of the records, through profile {profile}.)</source>
        <translation>(Поле '{field}' записей, по профилю {profile}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="133"/>
        <source>(Profile {profile} maps no field of the records to {field}.)</source>
        <translation>(Профиль {profile} не сопоставляет с {field} ни одного поля записей.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="175"/>
        <source>A shapefile keeps field names of at most {limit} characters, and profile {profile} writes &apos;{field}&apos;: export to a GeoPackage, or use a profile with shorter names.</source>
        <translation>Shapefile хранит имена полей не длиннее {limit} символов, а профиль {profile} записывает '{field}': экспортируйте в GeoPackage или используйте профиль с более короткими именами.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../styles/project.py" line="20"/>
        <source>Mine action: {name}</source>
        <translation>Противоминная деятельность: {name}</translation>
    </message>
</context>
<context>
    <name>QFieldPackage</name>
    <message>
        <location filename="../layouts/qfield_package.py" line="59"/>
        <source>Mine action field package: {name}</source>
        <translation>Полевой пакет противоминной деятельности: {name}</translation>
    </message>
    <message>
        <location filename="../layouts/qfield_package.py" line="75"/>
        <source>Cancelled: no package was written.</source>
        <translation>Отменено: ни один пакет не записан.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="41"/>
        <source>The package folder {folder} holds the database it is made from. Choose another folder.</source>
        <translation>Папка пакета {folder} содержит базу данных, из которой он создаётся. Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="47"/>
        <source>{folder} exists and is not a QField package: it is never replaced. Choose a new or empty folder.</source>
        <translation>{folder} существует и не является пакетом QField: она никогда не заменяется. Выберите новую или пустую папку.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="51"/>
        <source>{folder} already holds a QField package. Choose another folder or allow overwriting.</source>
        <translation>{folder} уже содержит пакет QField. Выберите другую папку или разрешите перезапись.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="85"/>
        <source>{path} is not a QField package written by &apos;Package for QField&apos; (it has no {manifest}). Give the package&apos;s folder, its project or its GeoPackage.</source>
        <translation>{path} не является пакетом QField, созданным алгоритмом «Создать пакет для QField» (в нём нет {manifest}). Укажите папку пакета, его проект или его GeoPackage.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="95"/>
        <source>The package description {manifest} cannot be read: {error}</source>
        <translation>Не удается прочитать описание пакета {manifest}: {error}</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="99"/>
        <source>{path} was made by a newer version of Mine Action Mapper (package format {version}; this plugin knows {known}). Update the plugin to import it.</source>
        <translation>{path} создан более новой версией Mine Action Mapper (формат пакета {version}; этот модуль знает {known}). Обновите модуль, чтобы импортировать его.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="116"/>
        <source>The package {path} has lost its GeoPackage {name}: copy the whole package folder back from the device.</source>
        <translation>Пакет {path} потерял свой GeoPackage {name}: скопируйте с устройства всю папку пакета.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="52"/>
        <source>The project {path} could not be written: {error}</source>
        <translation>Не удалось записать проект {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="100"/>
        <source>{child} of the {parent}</source>
        <translation>{child} — {parent}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="106"/>
        <source>The relation {relation} is not valid: a table or field of the field copy is missing.</source>
        <translation>Связь {relation} недействительна: отсутствует таблица или поле полевой копии.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="115"/>
        <source>Related records</source>
        <translation>Связанные записи</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../core/quality/check.py" line="44"/>
        <source>The record cannot be checked: {error}</source>
        <translation>Запись невозможно проверить: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>No geometry: {reason}</source>
        <translation>Нет геометрии: {reason}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>the geometry is empty</source>
        <translation>геометрия пуста</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="44"/>
        <source>The activity overlaps no hazard.</source>
        <translation>Операция не перекрывает ни одного опасного района.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="55"/>
        <source>The find lies in no hazard and no activity.</source>
        <translation>Находка не лежит ни в одном опасном районе и ни в одной операции.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="80"/>
        <source>Overlaps hazard {other} by {area:.1f} m².</source>
        <translation>Перекрывает опасный район {other} на {area:.1f} м².</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="23"/>
        <source>the boundary crosses itself</source>
        <translation>граница пересекает саму себя</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="24"/>
        <source>a ring touches itself</source>
        <translation>кольцо касается самого себя</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="25"/>
        <source>too few points</source>
        <translation>слишком мало точек</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="27"/>
        <source>a hole lies outside the polygon</source>
        <translation>отверстие лежит вне полигона</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="28"/>
        <source>a hole lies inside another hole</source>
        <translation>отверстие лежит внутри другого отверстия</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="29"/>
        <source>holes cut the polygon in pieces</source>
        <translation>отверстия разрезают полигон на куски</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="31"/>
        <source>a part lies inside another part</source>
        <translation>часть лежит внутри другой части</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="32"/>
        <source>a ring is repeated</source>
        <translation>кольцо повторяется</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="33"/>
        <source>a coordinate is not a number</source>
        <translation>координата не является числом</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="34"/>
        <source>a ring is not closed</source>
        <translation>кольцо не замкнуто</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="116"/>
        <source>Part {part}, ring {ring}: {count} distinct vertices.</source>
        <translation>Часть {part}, кольцо {ring}: различных вершин — {count}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="123"/>
        <source>Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} appears {count} times.</source>
        <translation>Часть {part}, кольцо {ring}: вершина {x:.7f} {y:.7f} встречается {count} раза.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="129"/>
        <source>Part {part}, ring {ring}: a segment of {length:.0f} m (limit {limit:.0f} m).</source>
        <translation>Часть {part}, кольцо {ring}: отрезок {length:.0f} м (предел {limit:.0f} м).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="143"/>
        <source>Part {part}: {reason}.</source>
        <translation>Часть {part}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="161"/>
        <source>Part {part} repeats part {other}.</source>
        <translation>Часть {part} повторяет часть {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="171"/>
        <source>Parts {part} and {other} overlap by {area:.1f} m² ({percent:.1f} % of the smaller).</source>
        <translation>Части {part} и {other} перекрываются на {area:.1f} м² ({percent:.1f} % меньшей).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="195"/>
        <source>Same position as {other}.</source>
        <translation>То же место, что и {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/links.py" line="16"/>
        <source>No hazard has the ID &apos;{hazard}&apos;.</source>
        <translation>Ни один опасный район не имеет идентификатора «{hazard}».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="29"/>
        <source>&apos;{value}&apos; repeats the ID &apos;{other}&apos; of feature {fid}.</source>
        <translation>«{value}» повторяет идентификатор «{other}» объекта {fid}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="41"/>
        <source>The field &apos;{field}&apos; is empty.</source>
        <translation>Поле «{field}» пусто.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="55"/>
        <source>&apos;{code}&apos; is not in the lookup list &apos;{vocabulary}&apos;.</source>
        <translation>«{code}» нет в справочнике кодов «{vocabulary}».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="72"/>
        <source>Stated {stated:.1f} m², computed {computed:.1f} m² ({percent:+.1f} %).</source>
        <translation>Заявлено {stated:.1f} м², вычислено {computed:.1f} м² ({percent:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="93"/>
        <source>Ends {end}, starts {start}.</source>
        <translation>Заканчивается {end}, начинается {start}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="100"/>
        <source>Ends {end}; hazard {hazard} is dated {recorded}.</source>
        <translation>Заканчивается {end}; опасный район {hazard} датирован {recorded}.</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="21"/>
        <source>a vertex repeating the one before it</source>
        <translation>вершина, повторяющая предыдущую</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="22"/>
        <source>the last two vertices repeating the first two</source>
        <translation>две последние вершины, повторяющие две первые</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="16"/>
        <source>must fix</source>
        <translation>исправить</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="17"/>
        <source>advisory</source>
        <translation>к сведению</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Invalid polygon</source>
        <translation>Недействительный полигон</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Redraw the boundary at the location so that it does not cross or touch itself.</source>
        <translation>Перерисуйте границу в этом месте так, чтобы она не пересекала и не касалась самой себя.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Polygon with fewer than 3 vertices</source>
        <translation>Полигон менее чем с 3 вершинами</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the part or digitise it again from the survey record.</source>
        <translation>Удалите часть или оцифруйте ее заново по записи съемки.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate polygon in a record</source>
        <translation>Дублирующийся полигон в записи</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated part of the multipart polygon.</source>
        <translation>Удалите повторяющуюся часть составного полигона.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate vertex in a polygon</source>
        <translation>Дублирующаяся вершина в полигоне</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Remove the repeated vertex, or run Repair geometries when the ring ends by repeating its first two vertices.</source>
        <translation>Удалите повторяющуюся вершину или запустите «Исправить геометрии», когда кольцо заканчивается повтором двух первых вершин.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate single point</source>
        <translation>Дублирующаяся отдельная точка</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated record or correct its position.</source>
        <translation>Удалите повторяющуюся запись или исправьте ее положение.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Missing or unreadable geometry</source>
        <translation>Геометрия отсутствует или не читается</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Digitise the geometry again from the field record.</source>
        <translation>Оцифруйте геометрию заново по полевой записи.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Consecutive vertices far apart</source>
        <translation>Соседние вершины слишком далеко друг от друга</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the vertices at both ends of the segment: a mistyped coordinate makes a long spike.</source>
        <translation>Проверьте вершины на обоих концах отрезка: ошибочно введенная координата дает длинный шип.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Parts of a multipart polygon overlap</source>
        <translation>Части составного полигона перекрываются</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Merge the overlapping parts or redraw their common boundary.</source>
        <translation>Объедините перекрывающиеся части или перерисуйте их общую границу.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate record ID</source>
        <translation>Дублирующийся идентификатор записи</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Give one of the records a new ID (or merge the two records); remove spaces around IDs.</source>
        <translation>Дайте одной из записей новый идентификатор (или объедините записи); уберите пробелы вокруг идентификаторов.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazard without date of information, status or class</source>
        <translation>Опасный район без даты получения информации, статуса или класса</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Fill in the missing field from the hazard&apos;s report.</source>
        <translation>Заполните недостающее поле по отчету об опасном районе.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Code not in the lookup lists</source>
        <translation>Кода нет в справочниках кодов</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Choose a code from the list, or add the code to the lookup lists with the built-in code it behaves as.</source>
        <translation>Выберите код из списка или добавьте код в справочники кодов со встроенным кодом, как который он себя ведет.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Stated area differs from the computed area</source>
        <translation>Заявленная площадь отличается от вычисленной</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the polygon or the stated area; the plugin computes ground areas on the WGS 84 ellipsoid.</source>
        <translation>Исправьте полигон или заявленную площадь; модуль вычисляет площади на местности на эллипсоиде WGS 84.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ended before its hazard&apos;s date of information</source>
        <translation>Операция закончилась до даты получения информации ее опасного района</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the activity&apos;s dates or the hazard&apos;s date of information.</source>
        <translation>Исправьте даты операции или дату получения информации опасного района.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ends before it starts</source>
        <translation>Операция заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the start or end date.</source>
        <translation>Исправьте дату начала или окончания.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Linked to a hazard that does not exist</source>
        <translation>Связано с опасным районом, которого не существует</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the hazard ID, or clear it when the record belongs to no hazard.</source>
        <translation>Исправьте идентификатор опасного района или очистите его, если запись не относится ни к одному опасному району.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity outside every hazard</source>
        <translation>Операция вне всех опасных районов</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the activity&apos;s polygon and CRS, or record the hazard it worked on.</source>
        <translation>Проверьте полигон и СК операции или укажите опасный район, в котором она проводилась.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Find outside every hazard and activity</source>
        <translation>Находка вне всех опасных районов и операций</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the find&apos;s position; a find outside known hazards is evidence of a new hazard.</source>
        <translation>Проверьте положение находки; находка вне известных опасных районов — признак нового опасного района.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazards overlap</source>
        <translation>Опасные районы перекрываются</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Cut the overlap out of one of the hazards, or merge the two records.</source>
        <translation>Вырежьте перекрытие из одного из опасных районов или объедините две записи.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Survey does not close within the programme tolerance</source>
        <translation>Съемка не замыкается в пределах допуска программы</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the bearings and distances of the survey table against the field sheet.</source>
        <translation>Сверьте азимуты и расстояния таблицы съемки с полевым листом.</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="27"/>
        <source>The survey cannot be computed: {error}</source>
        <translation>Съемку невозможно вычислить: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="35"/>
        <source>Misclosure {misclosure:.2f} m, precision {precision}.</source>
        <translation>Невязка {misclosure:.2f} м, точность {precision}.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="64"/>
        <source>The accident lies in no recorded hazard.</source>
        <translation>Несчастный случай не находится ни в одном зарегистрированном опасном районе.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Accident outside every hazard</source>
        <translation>Несчастный случай вне всех опасных районов</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the accident&apos;s position; an accident at a known location is direct evidence: survey the place and record the hazard.</source>
        <translation>Проверьте место несчастного случая; несчастный случай в известном месте является прямым признаком: обследуйте место и зарегистрируйте опасный район.</translation>
    </message>
</context>
<context>
    <name>RepairGeometriesAlgorithm</name>
    <message>
        <location filename="../processing/repair_geometries.py" line="17"/>
        <source>Repair geometries</source>
        <translation>Исправить геометрии</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="20"/>
        <source>Applies only the safe fixes of GICHD geocheck&apos;s toolbox to a copy of a polygon layer: a vertex repeating the one before it (the closing vertex repeating the first included) and a ring&apos;s last two vertices repeating its first two are removed. Neither changes an area. Other problems are left for Check mine action database to report. The input is not modified; the log has one point per vertex removed.</source>
        <translation>Применяет к копии полигонального слоя только безопасные исправления из набора инструментов geocheck GICHD: удаляются вершина, повторяющая предыдущую (в том числе замыкающая вершина, повторяющая первую), и две последние вершины кольца, повторяющие две первые. Ни одно не меняет площадь. Остальные проблемы остаются для «Проверить базу данных противоминной деятельности». Входные данные не изменяются; в журнале одна точка на каждую удаленную вершину.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="29"/>
        <source>Polygon layer</source>
        <translation>Полигональный слой</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="31"/>
        <source>Repaired layer</source>
        <translation>Исправленный слой</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="33"/>
        <source>Repair log</source>
        <translation>Журнал исправлений</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="62"/>
        <source>Feature {fid}: the geometry cannot be read ({error}); copied unchanged.</source>
        <translation>Объект {fid}: геометрию невозможно прочитать ({error}); скопировано без изменений.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="78"/>
        <source>{changed} features repaired, {removed} vertices removed</source>
        <translation>Исправлено объектов: {changed}, удалено вершин: {removed}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../store/roles.py" line="44"/>
        <source>{database}: the role name {role} would be longer than PostgreSQL&apos;s {limit} bytes. Roles are named after the schema: use a schema with a shorter name.</source>
        <translation>{database}: имя роли {role} было бы длиннее {limit} байт, допустимых в PostgreSQL. Роли называются по схеме: используйте схему с более коротким именем.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="79"/>
        <source>Unknown group &apos;{group}&apos; (expected one of {groups}).</source>
        <translation>Неизвестная группа «{group}» (ожидалась одна из {groups}).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="85"/>
        <source>{database}: there is no login role &apos;{login}&apos; on the server. Create it first (createuser --pwprompt {login}), then add it to a group.</source>
        <translation>{database}: на сервере нет роли входа «{login}». Сначала создайте её (createuser --pwprompt {login}), затем добавьте в группу.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="90"/>
        <source>The operator login &apos;{login}&apos; needs the organisation it submits for (as its records name it in their organisation field).</source>
        <translation>Вход оператора «{login}» должен указывать организацию, от имени которой он подает данные (так, как её записывают его записи в поле организации).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="119"/>
        <source>{database}: the roles were not set up: {error}. Nothing was changed (run this as a superuser, or as a role with CREATEROLE that owns the schema).</source>
        <translation>{database}: роли не настроены: {error}. Ничего не изменено (запустите это как суперпользователь или с ролью CREATEROLE, владеющей схемой).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="147"/>
        <source>{table} {record}: it belongs to organisation {owner}, not to yours ({own}). An operator changes only its own organisation&apos;s records; nothing was saved.</source>
        <translation>{table} {record}: принадлежит организации {owner}, а не вашей ({own}). Оператор изменяет только записи своей организации; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="154"/>
        <source>{table} {record}: approved by the national centre, so an operator cannot delete it; nothing was saved.</source>
        <translation>{table} {record}: утверждено национальным центром, поэтому оператор не может его удалить; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="160"/>
        <source>{table} {record}: only a national editor approves or returns a record; nothing was saved.</source>
        <translation>{table} {record}: только национальный редактор утверждает или возвращает запись; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="165"/>
        <source>{table}: the database refused the record: an operator adds and changes only records of its own organisation (the organisation its login is a member of), and they stay submitted until the national centre reviews them. Nothing was saved.</source>
        <translation>{table}: база данных отклонила запись: оператор добавляет и изменяет только записи своей организации (той, членом которой является его вход), и они остаются поданными, пока их не проверит национальный центр. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="172"/>
        <source>{table}: your login may not make this change (the database refused it: permission denied). Ask the national administrator for the role you need; nothing was saved.</source>
        <translation>{table}: ваш вход не может сделать это изменение (база данных отклонила его: доступ запрещен). Попросите национального администратора о нужной вам роли; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>SaveRefusals</name>
    <message>
        <location filename="../ui/save_refusals.py" line="51"/>
        <source>its records</source>
        <translation>его записи</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="53"/>
        <source>{layer}: {records} changed by another editor since you opened it. Nothing of your change to it was saved: your edits are still in the layer. Discard them (Roll Back), and make your change again on what is now stored.</source>
        <translation>{layer}: {records} изменен другим редактором после того, как вы это открыли. Ничего из вашего изменения не сохранено: ваши правки все еще в слое. Отмените их (Откатить) и внесите изменение еще раз в то, что сохранено сейчас.</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="61"/>
        <source>{layer}: {records} not saved. {reason}</source>
        <translation>{layer}: {records} не сохранено. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="104"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>SetUpRolesAlgorithm</name>
    <message>
        <location filename="../processing/setup_roles.py" line="22"/>
        <source>Set up national database roles</source>
        <translation>Настроить роли национальной базы данных</translation>
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
        <translation>Создает роли национальной базы данных противоминной деятельности в PostgreSQL, названные по её схеме, в одной транзакции; повторный запуск ничего не меняет:
- &lt;schema&gt;_admin, национальный администратор: владеет схемой (обновления, списки значений, члены организаций);
- &lt;schema&gt;_editor, национальный редактор: все записи и проверка поданных операторами данных;
- &lt;schema&gt;_operator, редактор оператора: добавляет и изменяет только операции по высвобождению земель, находки ВОП, точки съемки и точки участка своей организации, которые остаются поданными, пока их не утвердит национальный редактор; читает всё;
- &lt;schema&gt;_viewer: читает всё.

Защита на уровне строк и триггер обеспечивают это для любого клиента. Только утвержденные операции по высвобождению земель высвобождают земли.

При желании добавляет существующую роль входа в одну группу; вход оператора также указывает его организацию, так, как её записывают его записи. Запускайте как суперпользователь или с ролью CREATEROLE, владеющей схемой. Выполняемый SQL — store/sql/roles.sql, заполненный именами схемы; его можно сохранить в файл для psql.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="45"/>
        <source>PostgreSQL connection</source>
        <translation>Подключение PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="47"/>
        <source>Schema of the mine action database</source>
        <translation>Схема базы данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="49"/>
        <source>Add this login role (optional)</source>
        <translation>Добавить эту роль входа (необязательно)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="51"/>
        <source>to the group</source>
        <translation>в группу</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="56"/>
        <source>Organisation of an operator&apos;s login</source>
        <translation>Организация входа оператора</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>Save the SQL run as</source>
        <translation>Сохранить выполненный SQL как</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>SQL script (*.sql)</source>
        <translation>Сценарий SQL (*.sql)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="62"/>
        <source>Group roles</source>
        <translation>Групповые роли</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="68"/>
        <source>Choose the PostgreSQL connection and the schema of the mine action database.</source>
        <translation>Выберите подключение PostgreSQL и схему базы данных противоминной деятельности.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="75"/>
        <source>Group roles of {database}: {roles}</source>
        <translation>Групповые роли {database}: {roles}</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="78"/>
        <source>{login} is a member of {role}.</source>
        <translation>{login} является членом {role}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="28"/>
        <source>Smallest relative precision 1:N</source>
        <translation>Наименьшая относительная точность 1:N</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="29"/>
        <source>Largest misclosure (m)</source>
        <translation>Наибольшая невязка (м)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="30"/>
        <source>Longest traverse leg accepted (m)</source>
        <translation>Наибольшая допустимая сторона хода (м)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="31"/>
        <source>Smallest piece released (m²)</source>
        <translation>Наименьший высвобождаемый участок (м²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Выдающий орган</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="33"/>
        <source>Task order paper</source>
        <translation>Бумага наряда-задания</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="68"/>
        <source>it must be text</source>
        <translation>это должен быть текст</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="70"/>
        <source>it must be one of {papers}</source>
        <translation>это должно быть одно из: {papers}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="110"/>
        <source>Setting &quot;{setting}&quot; ({key}): &quot;{value}&quot; is not accepted: {reason}.</source>
        <translation>Параметр «{setting}» ({key}): значение «{value}» не принято: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number greater than {minimum}</source>
        <translation>это должно быть число больше {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number, {minimum} or more</source>
        <translation>это должно быть число не меньше {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="140"/>
        <source>it must be a number</source>
        <translation>это должно быть число</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="84"/>
        <source>{source} is not a mine action database: its settings cannot be stored.</source>
        <translation>{source} не является базой данных противоминной деятельности: ее настройки нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="89"/>
        <source>Unknown setting {key}.</source>
        <translation>Неизвестный параметр {key}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="97"/>
        <source>The settings of {path} cannot be edited.</source>
        <translation>Настройки {path} нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="113"/>
        <source>The settings of {path} were not saved: {error}</source>
        <translation>Настройки {path} не сохранены: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="34"/>
        <source>Language of task orders and the overview</source>
        <translation>Язык нарядов-заданий и обзорной карты</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="80"/>
        <source>it must be a language code such as en or fr, or two joined by + to print both (uk+en)</source>
        <translation>это должен быть код языка, например en или fr, или два кода, соединенные знаком +, для печати на обоих языках (uk+en)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="35"/>
        <source>Completion target date (YYYY-MM-DD)</source>
        <translation>Целевая дата завершения (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="36"/>
        <source>Hazardous area that may remain at the completion date (m²)</source>
        <translation>Площадь опасных районов, которая может остаться на дату завершения (м²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="76"/>
        <source>it must be a date written YYYY-MM-DD, or empty</source>
        <translation>это должна быть дата в виде ГГГГ-ММ-ДД или пустое значение</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/options_page.py" line="49"/>
        <source>own value</source>
        <translation>собственное значение</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="51"/>
        <source>Keep this value in the database; unticked, the user&apos;s default applies.</source>
        <translation>Хранить это значение в базе данных; если не отмечено, действует значение пользователя по умолчанию.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="69"/>
        <source>no 1:N limit</source>
        <translation>без ограничения 1:N</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="77"/>
        <source>no metre limit</source>
        <translation>без ограничения в метрах</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="90"/>
        <source>e.g. National Mine Action Centre</source>
        <translation>например, Национальный центр по противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A3 landscape</source>
        <translation>A3, альбомная</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="101"/>
        <source>The language QGIS runs in</source>
        <translation>Язык, на котором работает QGIS</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="93"/>
        <source>no target (e.g. 2030-12-31)</source>
        <translation>без цели (напр. 2030-12-31)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/land_release_stats.py" line="121"/>
        <source>The reporting period must end on or after the day it starts.</source>
        <translation>Отчетный период должен заканчиваться в день своего начала или позже.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="41"/>
        <source>Release history row {fid}: hazard {hazard} (field hazard_id) is not in the hazards table.</source>
        <translation>Строка {fid} истории высвобождения: опасного района {hazard} (поле hazard_id) нет в таблице опасных районов.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="203"/>
        <source>Cannot write the sheet {sheet} of {path}: {error}</source>
        <translation>Не удалось записать лист {sheet} файла {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SubmitFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/submit_field_copy.py" line="24"/>
        <source>Submit field copy</source>
        <translation>Отправить полевую копию</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="27"/>
        <source>Sends back to the mine action database what was added or changed in a field copy made by &apos;Make field copy&apos;, record by record (matched by uuid).

- A record changed in the copy and also in the database since the copy was made is a conflict: it is reported (table, record, field, both values) and not applied.
- Every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.
- A record deleted in the copy is reported and kept in the database.
- Everything is written in one transaction; on PostGIS each update names the row version it makes.

Submitting the same copy again changes nothing. The report lists every record inserted, updated, in conflict, rejected or deleted in the copy.</source>
        <translation>Возвращает в базу данных противоминной деятельности то, что добавлено или изменено в полевой копии, созданной алгоритмом «Создать полевую копию», запись за записью (сопоставлены по uuid).

- Запись, изменённая и в копии, и в базе данных после копирования, — это конфликт: о ней сообщается (таблица, запись, поле, оба значения), и она не применяется.
- Каждая добавленная или изменённая запись проходит проверки «Импортировать записи»; не прошедшая их отклоняется с названием поля, а остальные записываются.
- О записи, удалённой в копии, сообщается, и она остаётся в базе данных.
- Всё записывается в одной транзакции; в PostGIS каждое обновление указывает версию строки, которую оно создаёт.

Повторная отправка той же копии ничего не меняет. Отчёт перечисляет каждую запись: вставленную, обновлённую, в конфликте, отклонённую или удалённую в копии.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="61"/>
        <source>Field copy</source>
        <translation>Полевая копия</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="45"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="49"/>
        <source>Submission report</source>
        <translation>Отчёт об отправке</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records inserted</source>
        <translation>Вставлено записей</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records updated</source>
        <translation>Обновлено записей</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records in conflict</source>
        <translation>Записей в конфликте</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records rejected</source>
        <translation>Отклонено записей</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="78"/>
        <source>{outcome}: {table} {record} {field} {message}</source>
        <translation>{outcome}: {table} {record} {field} {message}</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="92"/>
        <source>{inserted} inserted, {updated} updated, {conflicts} in conflict (not applied), {rejected} rejected.</source>
        <translation>Вставлено: {inserted}, обновлено: {updated}, в конфликте (не применено): {conflicts}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="104"/>
        <source>Cannot write the output {output}.</source>
        <translation>Не удается записать результат {output}.</translation>
    </message>
</context>
<context>
    <name>SurveyRecords</name>
    <message>
        <location filename="../core/survey_records.py" line="112"/>
        <source>Hazard {hazard}, point {point}, field &apos;{field}&apos;: {problem}</source>
        <translation>Опасный район {hazard}, точка {point}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="122"/>
        <source>Hazard {hazard}, field &apos;{field}&apos;: {problem}</source>
        <translation>Опасный район {hazard}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="125"/>
        <source>Hazard {hazard}: {problem}</source>
        <translation>Опасный район {hazard}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="146"/>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="147"/>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="148"/>
        <source>&quot;{value}&quot; is not {kind}</source>
        <translation>«{value}» не является {kind}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="159"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>the hazard ID is missing</source>
        <translation>не указан ID опасного района</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="196"/>
        <source>the point number is missing</source>
        <translation>не указан номер точки</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="200"/>
        <source>the point type is missing</source>
        <translation>не указан тип точки</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="211"/>
        <source>the table has more than one benchmark</source>
        <translation>в таблице больше одного репера</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="227"/>
        <source>the from-point is missing</source>
        <translation>не указана точка, от которой выполнено измерение</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="231"/>
        <source>the distance is missing</source>
        <translation>не указано расстояние</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="236"/>
        <source>the table has no benchmark row</source>
        <translation>в таблице нет строки репера</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="245"/>
        <source>{date} differs from the table&apos;s survey date {first}</source>
        <translation>{date} отличается от даты съемки таблицы {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="250"/>
        <source>{value} differs from the table&apos;s declination {first}</source>
        <translation>{value} отличается от склонения таблицы {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="269"/>
        <source>Point {point}: the bearing as recorded &quot;{text}&quot; differs from the bearing {bearing}; the bearing was used.</source>
        <translation>Точка {point}: азимут в записи «{text}» отличается от азимута {bearing}; использован азимут.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="40"/>
        <source>Hazard {hazard} already exists: load it to change its survey, or choose another hazard ID</source>
        <translation>Опасный район {hazard} уже существует: загрузите его, чтобы изменить его съемку, или выберите другой ID опасного района</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="45"/>
        <source>Layer {layer} cannot be edited.</source>
        <translation>Слой {layer} нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="50"/>
        <source>Survey of hazard {hazard}</source>
        <translation>Съемка опасного района {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="67"/>
        <source>Hazard {hazard} could not be written.</source>
        <translation>Не удалось записать опасный район {hazard}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="71"/>
        <source>Survey points of hazard {hazard}</source>
        <translation>Точки съемки опасного района {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="85"/>
        <source>The survey points of hazard {hazard} could not be written.</source>
        <translation>Не удалось записать точки съемки опасного района {hazard}.</translation>
    </message>
</context>
<context>
    <name>SurveyTableFromPolygonsAlgorithm</name>
    <message>
        <location filename="../core/benchmark.py" line="56"/>
        <source>a survey table needs a single polygon; this hazard has none or several parts</source>
        <translation>таблице съемки нужен один полигон; у этого опасного района нет частей или их несколько</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="39"/>
        <source>Survey table from hazard polygons</source>
        <translation>Таблица съемки из полигонов опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="43"/>
        <source>Writes the bearing-and-distance table a field team would walk for each hazard polygon: benchmark to start point, then round the perimeter back to the start point (the end point). Each row has the magnetic bearing at the survey date (World Magnetic Model, or the declination given here), the true and grid bearings (grid: the benchmark&apos;s UTM zone), the geodesic distance, and the point in MGRS, UTM and latitude/longitude.

Benchmark: the point of the benchmark layer with the same hazard ID. The start point is then the polygon corner nearest to it. A hazard without a benchmark gets one placed the chosen distance outside its first corner, on the line from the polygon&apos;s centre through that corner.

Survey date: the date field when it has a value, otherwise the fixed date. The output uses the survey point field names, so it can be fed back into &quot;Hazard polygons from survey table&quot;. Multi-part polygons and polygons with holes are skipped with an error.</source>
        <translation>Записывает таблицу азимутов и расстояний, которую полевая группа прошла бы для каждого полигона опасного района: от репера до начальной точки, затем по периметру обратно к начальной точке (конечная точка). Каждая строка содержит магнитный азимут на дату съемки (по Мировой магнитной модели или по указанному здесь склонению), истинный азимут и дирекционный угол (сетка: зона UTM репера), геодезическое расстояние и точку в MGRS, UTM и широте/долготе.

Репер: точка слоя реперов с тем же ID опасного района. Начальная точка — ближайшая к нему вершина полигона. Опасный район без репера получает репер, размещенный на выбранном расстоянии за его первой вершиной, на линии от центра полигона через эту вершину.

Дата съемки: поле даты, если оно заполнено, иначе фиксированная дата. Результат использует имена полей точек съемки, поэтому его можно снова подать на вход алгоритма «Полигоны опасных районов из таблицы съемки». Многочастные полигоны и полигоны с дырами пропускаются с ошибкой.</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="62"/>
        <source>Hazard polygons</source>
        <translation>Полигоны опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="65"/>
        <source>Hazard ID field</source>
        <translation>Поле ID опасного района</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="68"/>
        <source>Benchmarks (points with the hazard ID)</source>
        <translation>Реперы (точки с ID опасного района)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="71"/>
        <source>Hazard ID field of the benchmarks</source>
        <translation>Поле ID опасного района в слое реперов</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="74"/>
        <source>Distance of a placed benchmark from the first corner (m)</source>
        <translation>Расстояние размещенного репера от первой вершины (м)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="77"/>
        <source>Survey date field</source>
        <translation>Поле даты съемки</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="79"/>
        <source>Survey date (when the field is empty)</source>
        <translation>Дата съемки (если поле пустое)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="82"/>
        <source>Declination to use instead of the model (°, east +)</source>
        <translation>Склонение вместо модели (°, восток +)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="86"/>
        <source>Unit of the bearing column</source>
        <translation>Единица столбца азимутов</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="90"/>
        <source>Survey table</source>
        <translation>Таблица съемки</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="101"/>
        <source>The hazard polygons have no field {name}.</source>
        <translation>У полигонов опасных районов нет поля {name}.</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../styles/symbology.py" line="43"/>
        <source>Hazardous areas (1:50,000 and larger)</source>
        <translation>Опасные районы (1:50 000 и крупнее)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="44"/>
        <source>Class (fill)</source>
        <translation>Класс (заливка)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="45"/>
        <source>Status (outline)</source>
        <translation>Статус (контур)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="46"/>
        <source>Hazard markers (smaller than 1:50,000)</source>
        <translation>Значки опасных районов (мельче 1:50 000)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="47"/>
        <source>Other class</source>
        <translation>Другой класс</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="48"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="49"/>
        <source>Survey points (1:25,000 and larger)</source>
        <translation>Точки съемки (1:25 000 и крупнее)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="105"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>Не удается прочитать стиль {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="150"/>
        <source>The map style {path} is missing from the plugin.</source>
        <translation>Картографический стиль {path} отсутствует в модуле.</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="50"/>
        <source>Awaiting the national centre&apos;s review</source>
        <translation>Ожидает проверки национальным центром</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="51"/>
        <source>Accident: people killed</source>
        <translation>Несчастный случай: есть погибшие</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="52"/>
        <source>Accident: people injured</source>
        <translation>Несчастный случай: есть раненые</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="53"/>
        <source>Accident: no casualty recorded</source>
        <translation>Несчастный случай: пострадавших не зарегистрировано</translation>
    </message>
</context>
<context>
    <name>TaskOrder</name>
    <message>
        <location filename="../layouts/task_order.py" line="109"/>
        <source>Task {task} is not in the tasks table.</source>
        <translation>Задания {task} нет в таблице заданий.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="130"/>
        <source>Task {task} has no area: draw the task polygon first.</source>
        <translation>У задания {task} нет участка: сначала нарисуйте полигон задания.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="134"/>
        <source>Task {task}: hazard &apos;{hazard}&apos; in field hazard_id is not in the hazards table.</source>
        <translation>Задание {task}: опасного района «{hazard}» из поля hazard_id нет в таблице опасных районов.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="155"/>
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="158"/>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="180"/>
        <source>BM</source>
        <translation>Рп</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="242"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Magnetic bearing</source>
        <translation>Магнитный азимут</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Grid bearing</source>
        <translation>Дирекционный угол</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
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
        <translation>Широта / долгота (WGS 84)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>east</source>
        <translation>вост.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>west</source>
        <translation>зап.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="282"/>
        <source>Magnetic declination: {angle}° {side} ({mils} mils)</source>
        <translation>Магнитное склонение: {angle}° {side} ({mils} тысячных)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="285"/>
        <source>Grid convergence: {angle}° {side}</source>
        <translation>Сближение меридианов: {angle}° {side}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Grid–magnetic angle: {angle}° {side} ({mils} mils)</source>
        <translation>Поправка направления: {angle}° {side} ({mils} тысячных)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing − {angle}°</source>
        <translation>Магнитный азимут = дирекционный угол − {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing + {angle}°</source>
        <translation>Магнитный азимут = дирекционный угол + {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>At the benchmark on {date} ({model}).</source>
        <translation>На репере по состоянию на {date} ({model}).</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="295"/>
        <source>GN grid north (map up), TN true north, MN magnetic north.</source>
        <translation>СС — север координатной сетки (верх карты), ИС — истинный север, МС — магнитный север.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="298"/>
        <source>Diagram not to scale: angles drawn ×{factor}.</source>
        <translation>Схема не в масштабе: углы изображены ×{factor}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="377"/>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="422"/>
        <source>FIELD TASK ORDER</source>
        <translation>ПОЛЕВОЙ НАРЯД-ЗАДАНИЕ</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="426"/>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>Scale 1:{scale}</source>
        <translation>Масштаб 1:{scale}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid labels give the MGRS digits in 100 km square {squares}: kilometres, then metres in small figures.</source>
        <translation>Сетка: зона UTM {zone}{hemisphere} ({crs}), квадраты {interval} м. Подписи сетки дают цифры MGRS в 100-километровом квадрате {squares}: километры, затем метры мелкими цифрами.</translation>
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
        <translation>СС</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>TN</source>
        <translation>ИС</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>MN</source>
        <translation>МС</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="447"/>
        <source>North and declination</source>
        <translation>Север и склонение</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="459"/>
        <source>Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees from the point before; distances horizontal, in metres. Issued by {authority} on {date}, version {version}.</source>
        <translation>Карта и сетка: {crs_name} ({crs}), датум WGS 84. Азимуты в градусах от предыдущей точки; расстояния горизонтальные, в метрах. Выдано: {authority}, {date}, версия {version}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="467"/>
        <source>SAFETY: this map supports the task briefing and does not replace the marking on the ground, the site survey or the national mine action standards. Boundaries and positions are approximate; contamination may lie outside them. Enter only cleared or marked safe lanes.</source>
        <translation>БЕЗОПАСНОСТЬ: эта карта помогает при инструктаже по заданию и не заменяет обозначение на местности, обследование участка или национальные стандарты противоминной деятельности. Границы и положения приблизительны; загрязнение может находиться и за их пределами. Передвигайтесь только по очищенным или обозначенным безопасным проходам.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="495"/>
        <source>Turning points of the task area: bearing and distance from the point before, starting at the benchmark</source>
        <translation>Поворотные точки участка задания: азимут и расстояние от предыдущей точки, начиная от репера</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="498"/>
        <source>Turning points of the task area: bearing and distance from the point before (no surveyed benchmark: starts at the control point)</source>
        <translation>Поворотные точки участка задания: азимут и расстояние от предыдущей точки (репер не снят: начиная от контрольной точки)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="503"/>
        <source>Turning points of the task area: bearing and distance from the point before (no benchmark recorded: starts at point 1)</source>
        <translation>Поворотные точки участка задания: азимут и расстояние от предыдущей точки (репер не записан: начиная от точки 1)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="527"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="72"/>
        <source>Unknown paper size &apos;{paper}&apos; (expected one of {papers}).</source>
        <translation>Неизвестный формат бумаги «{paper}» (ожидается один из {papers}).</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="128"/>
        <source>Task {task}: {problem}</source>
        <translation>Задание {task}: {problem}</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="249"/>
        <source>The task order could not be written: {error}</source>
        <translation>Не удалось записать наряд-задание: {error}</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="134"/>
        <source>Point {point}: {problem}</source>
        <translation>Точка {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="152"/>
        <source>the leg is {length:,.1f} m long (horizontal), more than the longest leg accepted ({limit:,.0f} m): check the distance, or raise the programme&apos;s limit</source>
        <translation>длина стороны хода {length:,.1f} м (по горизонтали), больше наибольшей допустимой стороны хода ({limit:,.0f} м): проверьте расстояние или увеличьте ограничение программы</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="157"/>
        <source>the leg is {length:,.1f} m long (horizontal): a traverse is computed round its benchmark, for legs up to {limit:,.0f} m</source>
        <translation>длина стороны хода {length:,.1f} м (по горизонтали): ход вычисляется вокруг своего репера для сторон до {limit:,.0f} м</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="167"/>
        <source>point number {number} is used more than once</source>
        <translation>номер точки {number} использован более одного раза</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="170"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation>«{value}» не является типом точки, который может иметь сторона хода</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="173"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation>она измерена от точки {number}, которая не является репером или предыдущей точкой</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation>неизвестное направление севера «{value}»</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="181"/>
        <source>distance &quot;{value}&quot; must be a number of metres, more than 0</source>
        <translation>расстояние «{value}» должно быть числом метров больше 0</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="185"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation>наклон «{value}» должен быть от -90 до 90 градусов</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="191"/>
        <source>the perimeter must begin with a start point</source>
        <translation>периметр должен начинаться с начальной точки</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="195"/>
        <source>a perimeter has only one start point</source>
        <translation>у периметра только одна начальная точка</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="198"/>
        <source>the end point must be the last perimeter point</source>
        <translation>конечная точка должна быть последней точкой периметра</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="201"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation>у периметра нет конечной точки: запишите последнюю сторону хода, обратно к начальной точке, как конечную точку или укажите, что замыкающая сторона не измерена</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="244"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation>задайте допуск невязки, прежде чем требовать уравнивания хода</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="247"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation>замыкающая сторона не измерена, поэтому нет невязки для уравнивания</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="267"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation>для дирекционного угла нужна картографическая проекция (сетка), к которой он относится</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="298"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation>конечная точка {end} не снята через начальную точку {start}, поэтому правило компаса не может распределить невязку</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="304"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation>Невязка {misclosure:.2f} м (1:{precision:.0f}) превышает допуск: ход не уравнен.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="309"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation>Невязка {misclosure:.2f} м (1:{precision:.0f}) превышает допуск.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="335"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation>периметру нужно не менее трех различных точек, а у этого их {count}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="389"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation>периметр пересекает сам себя: сторона от точки {a} до точки {b} пересекает сторону от точки {c} до точки {d}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="470"/>
        <source>a survey table needs a single polygon without holes</source>
        <translation>таблице съемки нужен один полигон без дыр</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../ui/traverse_dock.py" line="230"/>
        <source>Survey traverse</source>
        <translation>Ход съемки</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="252"/>
        <source>e.g. HA-0123</source>
        <translation>например, HA-0123</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="253"/>
        <source>Hazard ID</source>
        <translation>ID опасного района</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="256"/>
        <source>lat, lon  ·  UTM  ·  MGRS</source>
        <translation>шир., долг.  ·  UTM  ·  MGRS</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="257"/>
        <source>Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)</source>
        <translation>Положение репера: широта/долгота (50.0643, -108.8345 или 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) или MGRS (12U XA 56470 45022)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="261"/>
        <source>Pick</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="262"/>
        <source>Click the benchmark on the map</source>
        <translation>Щелкните репер на карте</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="266"/>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="278"/>
        <source>Manual declination</source>
        <translation>Склонение, введенное вручную</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="286"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="288"/>
        <source>North</source>
        <translation>Север</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="290"/>
        <source>Survey date</source>
        <translation>Дата съемки</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>No</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Distance m</source>
        <translation>Расстояние, м</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Slope °</source>
        <translation>Наклон, °</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="304"/>
        <source>Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a spreadsheet. Type: s start, t turning, i intermediate, e end (the start point observed again), r reference, v evidence, u usage.</source>
        <translation>Enter переходит к следующей ячейке и добавляет строки; Ctrl+V вставляет строки, скопированные из электронной таблицы. Тип: s — начальная точка, t — поворотная, i — промежуточная, e — конечная (повторное наблюдение начальной точки), r — опорная точка, v — точка признака, u — точка использования.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="310"/>
        <source>Add leg</source>
        <translation>Добавить сторону</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="311"/>
        <source>Remove legs</source>
        <translation>Удалить стороны</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="312"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="319"/>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="323"/>
        <source>no 1:N limit</source>
        <translation>без ограничения 1:N</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="328"/>
        <source>no metre limit</source>
        <translation>без ограничения в метрах</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="329"/>
        <source>Adjust (compass rule)</source>
        <translation>Уравнять (правило компаса)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="331"/>
        <source>Distribute the misclosure over the legs when it is within tolerance</source>
        <translation>Распределить невязку по сторонам хода, если она в пределах допуска</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="339"/>
        <source>Closure</source>
        <translation>Замыкание</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Misclosure</source>
        <translation>Невязка</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="362"/>
        <source>Load hazard</source>
        <translation>Загрузить опасный район</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="363"/>
        <source>Load the survey points of the hazard ID above from the project&apos;s mine action database, to correct and save again</source>
        <translation>Загрузить точки съемки опасного района с указанным выше ID из базы данных противоминной деятельности проекта, чтобы исправить и сохранить снова</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="366"/>
        <source>Save as SHA</source>
        <translation>Сохранить как ПОР</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="367"/>
        <source>Save as CHA</source>
        <translation>Сохранить как ПдОР</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="481"/>
        <source>(new hazard)</source>
        <translation>(новый опасный район)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="494"/>
        <source>Enter the benchmark, then the legs.</source>
        <translation>Введите репер, затем стороны хода.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="520"/>
        <source>Model declination: enter the benchmark</source>
        <translation>Склонение по модели: введите репер</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="525"/>
        <source>No World Magnetic Model covers this date: enter the declination by hand</source>
        <translation>Ни одна Мировая магнитная модель не охватывает эту дату: введите склонение вручную</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="528"/>
        <source>Model declination: {value}° E ({model})</source>
        <translation>Склонение по модели: {value}° вост. ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="529"/>
        <source>Model declination: {value}° W ({model})</source>
        <translation>Склонение по модели: {value}° зап. ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="544"/>
        <source>PASS</source>
        <translation>ДОПУСТИМО</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="545"/>
        <source>FAIL</source>
        <translation>НЕДОПУСТИМО</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="546"/>
        <source>not closed</source>
        <translation>не замкнут</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="549"/>
        <source>PASS, adjusted</source>
        <translation>ДОПУСТИМО, уравнено</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="565"/>
        <source>Open a mine action database in the project first (its hazards and survey_points layers).</source>
        <translation>Сначала откройте в проекте базу данных противоминной деятельности (ее слои hazards и survey_points).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="577"/>
        <source>Enter a hazard ID before saving.</source>
        <translation>Перед сохранением введите ID опасного района.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="591"/>
        <source>Hazard {hazard} written to the edit buffer: review its form, then save the layer edits.</source>
        <translation>Опасный район {hazard} записан в буфер редактирования: проверьте его форму, а затем сохраните изменения слоя.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="601"/>
        <source>Enter the ID of the hazard to load.</source>
        <translation>Введите ID опасного района, который нужно загрузить.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="608"/>
        <source>Hazard {hazard} has no survey points.</source>
        <translation>У опасного района {hazard} нет точек съемки.</translation>
    </message>
</context>
<context>
    <name>UpdateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/update_database.py" line="29"/>
        <source>Update mine action database</source>
        <translation>Актуализировать базу данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="53"/>
        <source>Smallest piece released (m²)</source>
        <translation>Наименьший высвобождаемый участок (м²)</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="57"/>
        <source>Hazards updated</source>
        <translation>Актуализировано опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="58"/>
        <source>Hazards added</source>
        <translation>Добавлено опасных районов</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="59"/>
        <source>Release history rows added</source>
        <translation>Добавлено строк истории высвобождения</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="78"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="80"/>
        <source>{code} (hazard {hazard}, activity {activity}): {message}</source>
        <translation>{code} (опасный район {hazard}, операция {activity}): {message}</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="87"/>
        <source>Nothing to update: every activity is already in the release history.</source>
        <translation>Нечего актуализировать: каждая операция уже есть в истории высвобождения.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="92"/>
        <source>{updated} hazards updated, {added} added, {rows} history rows written.</source>
        <translation>Опасных районов актуализировано: {updated}, добавлено: {added}, записано строк истории: {rows}.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="32"/>
        <source>Applies the land release activities of a mine action database to its hazardous areas: each hazard&apos;s geometry becomes its remaining land, with its area, status and date of information, and every change is added to the release history.

When part of a suspected area (SHA) has been confirmed, the SHA record keeps the suspected part and the confirmed part is re-registered as a confirmed area (CHA) whose ID is the SHA&apos;s ID followed by -CHA.

Only activities without release history rows are applied, so running the update again changes nothing. All changes are written in one transaction: if anything fails, the database is left exactly as it was.

The database is a GeoPackage file, or a schema on a PostgreSQL connection. The hazards it changes are locked until the update ends; a hazard another editor saved since the update read it stops the update, naming the hazard, and nothing is written. An activity that ended before a hazard&apos;s date of information never changes it.</source>
        <translation>Применяет операции по высвобождению земель базы данных противоминной деятельности к ее опасным районам: геометрия каждого опасного района становится его остатком, с площадью, статусом и датой получения информации, а каждое изменение добавляется в историю высвобождения.

Если часть подозреваемого района (ПОР) подтверждена, запись ПОР сохраняет подозреваемую часть, а подтвержденная часть повторно регистрируется как подтвержденный район (ПдОР), ID которого — это ID ПОР с суффиксом -CHA.

Применяются только операции без строк в истории высвобождения, поэтому повторный запуск актуализации ничего не меняет. Все изменения записываются одной транзакцией: если что-либо не удается, база данных остается точно такой, какой была.

База данных — это файл GeoPackage или схема на соединении PostgreSQL. Опасные районы, которые она изменяет, заблокированы до конца актуализации; опасный район, который другой редактор сохранил после того, как актуализация его прочитала, останавливает актуализацию, которая его называет, и ничего не записывается. Операция, завершившаяся до даты получения информации опасного района, никогда его не изменяет.</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/upgrade_database.py" line="24"/>
        <source>Upgrade mine action database</source>
        <translation>Обновить схему базы данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="43"/>
        <source>Mine action database</source>
        <translation>База данных противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="47"/>
        <source>Schema version before</source>
        <translation>Версия схемы до</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="48"/>
        <source>Schema version after</source>
        <translation>Версия схемы после</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="59"/>
        <source>The stored forms and styles were saved.</source>
        <translation>Сохраненные формы и стили записаны.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="61"/>
        <source>The database is already at schema version {version}; its records were not changed.</source>
        <translation>База данных уже имеет версию схемы {version}; ее записи не изменены.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="65"/>
        <source>Upgraded from schema version {before} to {after}.</source>
        <translation>Схема обновлена с версии {before} до {after}.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="27"/>
        <source>Brings a mine action database made by an earlier version of the plugin up to the current data model, in place: a GeoPackage file, or a schema on a PostgreSQL connection. Every record is kept. All changes are made in one transaction: if anything fails, or the process is stopped, the database is left exactly as it was. The stored forms and styles are then refreshed (on PostgreSQL, in the same transaction).

From 0.1.0: re-registered confirmed parts of a suspected area (&lt;id&gt;-CHA records) get an explicit link to their hazard, parent_hazard_id, instead of being recognised by their ID.

To schema 3: activities, finds, survey and site points get their review status (what was stored counts as approved), reviewer and review date.

A database that is already current is left unchanged.</source>
        <translation>Приводит базу данных противоминной деятельности, созданную предыдущей версией модуля, к текущей модели данных на месте: файл GeoPackage или схему на соединении PostgreSQL. Все записи сохраняются. Все изменения выполняются одной транзакцией: если что-либо не удается или процесс остановлен, база данных остается точно такой, какой была. Затем сохраненные формы и стили обновляются (в PostgreSQL — в той же транзакции).

Начиная с 0.1.0: повторно зарегистрированные подтвержденные части подозреваемого района (записи &lt;id&gt;-CHA) получают явную связь со своим опасным районом, parent_hazard_id, вместо распознавания по их ID.

К схеме 3: операции, находки, точки обследования и точки объекта получают статус проверки (сохраненное считается утвержденным), проверившего и дату проверки.

База данных, которая уже имеет текущую версию, остается без изменений.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Hazard class</source>
        <translation>Класс опасного района</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Suspected Hazardous Area (SHA)</source>
        <translation>Подозреваемый опасный район (ПОР)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Confirmed Hazardous Area (CHA)</source>
        <translation>Подтвержденный опасный район (ПдОР)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Hazard status</source>
        <translation>Статус опасного района</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Worked on</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Land release activity</source>
        <translation>Операция по высвобождению земель</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Non-technical survey</source>
        <translation>Нетехническое обследование</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Technical survey</source>
        <translation>Техническое обследование</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Clearance</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Land release outcome</source>
        <translation>Результат высвобождения земель</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Аннулировано (нетехническое обследование)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced with technical asset</source>
        <translation>Сокращено с техническим средством</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced without technical asset</source>
        <translation>Сокращено без технического средства</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Confirmed (SHA part becomes CHA)</source>
        <translation>Подтверждено (часть ПОР становится ПдОР)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Contamination</source>
        <translation>Загрязнение</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-personnel mines</source>
        <translation>Противопехотные мины</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-vehicle mines</source>
        <translation>Противотранспортные мины</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Cluster munitions</source>
        <translation>Кассетные боеприпасы</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Неразорвавшиеся боеприпасы (НРБ)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Оставленные взрывоопасные предметы (AXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>Самодельные взрывные устройства (СВУ)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Mixed contamination</source>
        <translation>Смешанное загрязнение</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Evidence</source>
        <translation>Признак</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: visual observation of explosive ordnance</source>
        <translation>Прямой признак: визуальное наблюдение ВОП</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: accident at a known location</source>
        <translation>Прямой признак: подрыв в известном месте</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: reliable records</source>
        <translation>Прямой признак: достоверные записи</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: hazard marking</source>
        <translation>Прямой признак: обозначение опасности</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: detonations</source>
        <translation>Прямой признак: взрывы</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: old survey</source>
        <translation>Косвенный признак: давнее обследование</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: former front line</source>
        <translation>Косвенный признак: бывшая линия фронта</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: accident at an unknown location</source>
        <translation>Косвенный признак: подрыв в неизвестном месте</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: unreliable records</source>
        <translation>Косвенный признак: недостоверные записи</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: productive land not in use</source>
        <translation>Косвенный признак: продуктивная земля не используется</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: verbal report</source>
        <translation>Косвенный признак: устное сообщение</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Survey point type</source>
        <translation>Тип точки съемки</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Reference point</source>
        <translation>Опорная точка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Start point</source>
        <translation>Начальная точка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Turning point</source>
        <translation>Поворотная точка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Intermediate point</source>
        <translation>Промежуточная точка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>End point</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Evidence point</source>
        <translation>Точка признака</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Usage point</source>
        <translation>Точка использования</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Explosive ordnance category</source>
        <translation>Категория взрывоопасных предметов</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-personnel mine</source>
        <translation>Противопехотная мина</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-vehicle mine</source>
        <translation>Противотранспортная мина</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Submunition</source>
        <translation>Кассетный суббоеприпас</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Projectile</source>
        <translation>Снаряд</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Mortar bomb</source>
        <translation>Минометная мина</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Grenade</source>
        <translation>Граната</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Rocket</source>
        <translation>Реактивный снаряд</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Aircraft bomb</source>
        <translation>Авиабомба</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Improvised explosive device</source>
        <translation>Самодельное взрывное устройство</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Small arms ammunition</source>
        <translation>Боеприпасы к стрелковому оружию</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Other unexploded ordnance</source>
        <translation>Другие неразорвавшиеся боеприпасы</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Site point type</source>
        <translation>Тип точки участка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Helicopter landing site (HLS)</source>
        <translation>Вертолетная площадка</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Medical facility</source>
        <translation>Медицинское учреждение</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Paramedic post</source>
        <translation>Фельдшерский пост</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Control point</source>
        <translation>Контрольный пункт</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Demolition site</source>
        <translation>Место уничтожения</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Degrees</source>
        <translation>Градусы</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Grads (400 per circle)</source>
        <translation>Грады (400 на круг)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>NATO mils (6400 per circle)</source>
        <translation>Тысячные НАТО (6400 на круг)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Warsaw Pact mils (6000 per circle)</source>
        <translation>Тысячные Варшавского договора (6000 на круг)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>North reference</source>
        <translation>Направление севера</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Magnetic north</source>
        <translation>Магнитный север</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>True north</source>
        <translation>Истинный север</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Grid north</source>
        <translation>Север координатной сетки</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Position fixed by</source>
        <translation>Способ определения положения</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>GPS / GNSS</source>
        <translation>GPS / GNSS</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Bearing and distance</source>
        <translation>Азимут и расстояние</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Read from a map</source>
        <translation>Считано с карты</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Digitised on screen</source>
        <translation>Оцифровано на экране</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Task status</source>
        <translation>Статус задания</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Task priority</source>
        <translation>Приоритет задания</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Route type</source>
        <translation>Тип маршрута</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Access route</source>
        <translation>Маршрут доступа</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Casualty evacuation route</source>
        <translation>Маршрут медицинской эвакуации</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Safe lane</source>
        <translation>Безопасный проход</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Review status</source>
        <translation>Статус проверки</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Submitted, awaiting review</source>
        <translation>Подано, ожидает проверки</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Returned to the operator</source>
        <translation>Возвращено оператору</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>What the casualties were doing</source>
        <translation>Чем были заняты пострадавшие</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Farming</source>
        <translation>Сельхозработы</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Herding animals</source>
        <translation>Выпас скота</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting wood, food or water</source>
        <translation>Сбор дров, пищи или воды</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting or handling scrap metal</source>
        <translation>Сбор металлолома или обращение с ним</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Travelling</source>
        <translation>Передвижение</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Playing</source>
        <translation>Игра</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Handling or tampering with a device</source>
        <translation>Обращение с устройством</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Demining</source>
        <translation>Разминирование</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
</context>
</TS>
