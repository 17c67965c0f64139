<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApplyStylesAlgorithm</name>
    <message>
        <location filename="../processing/apply_styles.py" line="27"/>
        <source>Apply mine action styles</source>
        <translation>Aplicar estilos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="32"/>
        <source>Gives each layer the mine action map style of the table it matches: hazards, land release activities, survey points, EO finds, site points, access routes or tasks. A layer matches by its table or layer name, or else by its fields (for example hazard_id, hazard_class and status on a polygon layer), so layers exported from IMSMA with the same field names are styled as well. Only the style changes: the data and the attribute forms are left as they are. The log lists the style each layer received and the layers that matched no table.</source>
        <translation>Da a cada capa el estilo de mapa de acción contra minas de la tabla a la que corresponde: áreas peligrosas, actividades de liberación de tierras, puntos de levantamiento, hallazgos de AE, puntos del sitio, rutas de acceso o tareas. Una capa corresponde a una tabla por el nombre de la tabla o de la capa, o si no por sus campos (por ejemplo hazard_id, hazard_class y status en una capa de polígonos), de modo que las capas exportadas de IMSMA con los mismos nombres de campo también reciben estilo. Solo cambia el estilo: los datos y los formularios de atributos no se modifican. El registro indica el estilo que recibió cada capa y las capas que no corresponden a ninguna tabla.</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="43"/>
        <source>Layers to style</source>
        <translation>Capas a las que aplicar estilo</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="46"/>
        <source>Styled layers</source>
        <translation>Capas con estilo</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="48"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="58"/>
        <source>{layer}: matches no mine action table, left unchanged</source>
        <translation>{layer}: no corresponde a ninguna tabla de acción contra minas; se deja sin cambios</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="64"/>
        <source>{layer}: styled as {table}</source>
        <translation>{layer}: estilo de {table}</translation>
    </message>
</context>
<context>
    <name>Bearings</name>
    <message>
        <location filename="../core/bearings.py" line="40"/>
        <source>Point {point}: {problem}</source>
        <translation>Punto {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="47"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation>unidad de azimut desconocida «{unit}» (se esperaba una de {units})</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="59"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation>azimut «{value}»: los minutos deben ser menos de 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="61"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation>azimut «{value}»: los segundos deben ser menos de 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="63"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation>azimut «{value}»: solo la última parte de un valor en grados, minutos y segundos puede tener decimales</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="98"/>
        <source>the bearing is missing</source>
        <translation>falta el azimut</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="131"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation>el azimut «{value}» no es un número</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="108"/>
        <source>bearing &quot;{value}&quot; is marked {marked}, but the north reference is {reference}</source>
        <translation>el azimut «{value}» está marcado como {marked}, pero la referencia de norte es {reference}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="118"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation>azimut «{value}»: los azimutes por cuadrante deben escribirse en grados, no en {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="122"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation>el azimut «{value}» es negativo</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="128"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation>no se puede leer el azimut «{value}» en {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="133"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation>el azimut «{value}» está fuera de rango: debe ser al menos 0 y menor que {circle:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="142"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation>no se puede leer el ángulo del azimut por cuadrante «{value}»</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="145"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation>azimut por cuadrante «{value}»: el ángulo no debe superar 90°</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/check_database.py" line="22"/>
        <source>Check mine action database</source>
        <translation>Comprobar la base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="25"/>
        <source>Finds the data problems to fix before reporting: GICHD geocheck&apos;s rules (invalid polygons with GEOS&apos;s reason, too few or repeated vertices, repeated parts, duplicate points and record IDs, long segments, overlapping parts) and the plugin&apos;s own (stated against computed areas, activities and finds outside the hazards, dates, broken hazard links, overlapping hazards, missing hazard fields, survey closures, codes not in the lookup lists).

Outputs: one point per problem with its rule, severity, table, feature, field, message and a fix hint; the areas of overlaps and of activities outside the hazards; a summary per rule. The database is only read. The rules: docs/quality.md.</source>
        <translation>Encuentra los problemas de datos que hay que corregir antes de informar: las reglas de geocheck del GICHD (polígonos no válidos con el motivo que da GEOS, vértices demasiado pocos o repetidos, partes repetidas, puntos e identificadores de registro duplicados, segmentos largos, partes que se solapan) y las del complemento (área declarada frente a área calculada, actividades y hallazgos fuera de las áreas peligrosas, fechas, enlaces a áreas peligrosas inexistentes, áreas peligrosas que se solapan, campos que faltan en las áreas peligrosas, cierre de los levantamientos, códigos que no están en las listas de valores).

Resultados: un punto por problema con su regla, gravedad, tabla, entidad, campo, un mensaje y una indicación para corregirlo; las áreas de los solapes y de las actividades fuera de las áreas peligrosas; un resumen por regla. La base de datos solo se lee. Las reglas: docs/quality.md.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Longest segment between vertices (m)</source>
        <translation>Segmento más largo entre vértices (m)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest overlap of parts (% of the smaller)</source>
        <translation>Mayor solape entre partes (% de la menor)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest stated area difference (%)</source>
        <translation>Mayor diferencia del área declarada (%)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="49"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="51"/>
        <source>Problem areas</source>
        <translation>Áreas de los problemas</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="53"/>
        <source>Problems per rule</source>
        <translation>Problemas por regla</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="62"/>
        <source>Reading the database</source>
        <translation>Leyendo la base de datos</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="78"/>
        <source>Cannot write the output {output}.</source>
        <translation>No se puede escribir el resultado {output}.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="82"/>
        <source>{count} problems, {must_fix} to fix</source>
        <translation>{count} problemas, {must_fix} por corregir</translation>
    </message>
</context>
<context>
    <name>ComputeLandReleaseAlgorithm</name>
    <message>
        <location filename="../processing/compute_land_release.py" line="21"/>
        <source>Compute land release</source>
        <translation>Calcular la liberación de tierras</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="25"/>
        <source>Replays the land release activities (non-technical survey, technical survey, clearance) over the hazardous areas in date order, as IMAS 07.11 counts them: every square metre released is counted once, by the method that released it first.

Outputs: the remaining hazardous land per hazard and class (SHA, CHA); the released land per hazard and activity, tagged with its outcome, date and area; the ledger of each hazard in m² (original, cancelled, reduced with and without technical asset, cleared, remaining); the history of changes; and the quality flags (overlaps, activities outside hazards or older than the hazard record, slivers, repaired geometries).

Codes are read through the lookup lists of the database the hazards come from (or the lookups table given), so a programme's own classes and outcomes count as the built-in code they behave as. Areas are ground areas on the WGS 84 ellipsoid. The inputs are not modified.</source>
        <translation>Reproduce las actividades de liberación de tierras (estudio no técnico, estudio técnico, despeje) sobre las áreas peligrosas por orden de fecha, tal como las cuenta la IMAS 07.11: cada metro cuadrado liberado se cuenta una sola vez, por el método que lo liberó primero.

Resultados: las tierras peligrosas restantes por área peligrosa y clase (ASP, APC); las tierras liberadas por área peligrosa y actividad, con su resultado, fecha y superficie; el balance de cada área peligrosa en m² (original, cancelada, reducida con y sin medio técnico, despejada, restante); el historial de cambios; y los avisos de calidad (solapamientos, actividades fuera de las áreas peligrosas o anteriores al registro del área peligrosa, fragmentos residuales, geometrías reparadas).

Los códigos se leen a través de las listas de valores de la base de datos de la que proceden las áreas peligrosas (o de la tabla de listas indicada), de modo que las clases y resultados propios de un programa cuentan como el código integrado al que equivalen. Las superficies son superficies sobre el terreno en el elipsoide WGS 84. Los datos de entrada no se modifican.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="44"/>
        <source>Hazardous areas</source>
        <translation>Áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="47"/>
        <source>Land release activities</source>
        <translation>Actividades de liberación de tierras</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="51"/>
        <source>Lookup lists (default: the hazards&apos; database)</source>
        <translation>Listas de valores (por defecto: la base de datos de las áreas peligrosas)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="54"/>
        <source>Smallest piece released (m²)</source>
        <translation>Fragmento liberado más pequeño (m²)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="59"/>
        <source>Remaining hazardous land</source>
        <translation>Tierras peligrosas restantes</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="62"/>
        <source>Released land</source>
        <translation>Tierras liberadas</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="64"/>
        <source>Land release ledger</source>
        <translation>Balance de liberación de tierras</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="66"/>
        <source>Release history</source>
        <translation>Historial de liberación</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="68"/>
        <source>Quality flags</source>
        <translation>Avisos de calidad</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="77"/>
        <source>The input layers cannot be read.</source>
        <translation>No se pueden leer las capas de entrada.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="88"/>
        <source>Reading hazards and activities</source>
        <translation>Leyendo áreas peligrosas y actividades</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="99"/>
        <source>{hazards} hazards, {activities} activities</source>
        <translation>{hazards} áreas peligrosas, {activities} actividades</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="106"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="123"/>
        <source>Cannot write the output {output}.</source>
        <translation>No se puede escribir el resultado {output}.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="128"/>
        <source>Released {released:.1f} m², remaining {remaining:.1f} m², {flags} quality flags</source>
        <translation>Liberados {released:.1f} m², restantes {remaining:.1f} m², {flags} avisos de calidad</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="95"/>
        <source>{count} activities await the national centre&apos;s review and release no land until approved: {ids}</source>
        <translation>{count} actividades esperan la revisión del centro nacional y no liberan tierras hasta su aprobación: {ids}</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="62"/>
        <source>Point {point}: {problem}</source>
        <translation>Punto {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="69"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation>posición «{value}»: la latitud {lat} está fuera de -90..90</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="72"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation>posición «{value}»: la longitud {lon} está fuera de -180..180</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="116"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation>la latitud {lat} está fuera del área UTM (80°S a 84°N)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="151"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>UTM «{value}»: la zona {zone} no existe (1 a 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="154"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation>UTM «{value}»: el este debe estar entre 100000 y 900000 m y el norte entre 0 y 10000000 m</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="162"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation>UTM «{value}»: la banda {band} abarca las latitudes de {south:g}° a {north:g}°, pero este norte se sitúa en {lat:.3f}°. Compruebe el norte, o escriba el hemisferio como «{zone} north» o «{zone} south»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="179"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation>la precisión MGRS debe ser de 0 a 8 dígitos, no {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="222"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation>MGRS «{value}»: el este y el norte deben tener el mismo número de dígitos (como máximo 8 cada uno)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="225"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>MGRS «{value}»: la zona {zone} no existe (1 a 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="228"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation>MGRS «{value}»: la letra de columna del cuadrado {letter} no se usa en la zona {zone}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="305"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation>no se puede leer la referencia MGRS «{value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="264"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} is not used in latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: la zona {zone} no se usa en la banda de latitud {band} (Svalbard usa las zonas 31, 33, 35 y 37); compruebe el número de zona y la letra de banda</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="286"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}; check the band letter</source>
        <translation>MGRS «{value}»: el cuadrado {square} no está en la banda de latitud {band}; compruebe la letra de banda</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="292"/>
        <source>MGRS &quot;{value}&quot;: in latitude band {band}, square {square} lies at longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: en la banda de latitud {band}, el cuadrado {square} está en la longitud {lon:.2f}°, fuera de la zona {zone} ({west:g}° a {east:g}°); compruebe el número de zona y la letra de banda</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="309"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation>MGRS «{value}» solo tiene {digits} dígitos por eje; no se puede alargar a {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="332"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation>posición «{value}»: use un signo menos o una letra de hemisferio, no ambos</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="337"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation>posición «{value}»: no se puede leer «{part}» como grados, minutos y segundos</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="353"/>
        <source>position &quot;{value}&quot; looks like a UTM easting and northing without their zone: write the UTM zone and band first, e.g. &quot;12U {value}&quot;</source>
        <translation>la posición «{value}» parece un este y un norte UTM sin su zona: escriba primero la zona y la banda UTM, p. ej. «12U {value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="362"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation>posición «{value}»: indique una latitud (N/S) y una longitud (E/W), o ninguna letra de hemisferio (latitud primero)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="395"/>
        <source>the position is missing</source>
        <translation>falta la posición</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="403"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation>no se puede leer la posición «{value}»: se esperaba latitud/longitud, UTM (zona, banda, este, norte) o MGRS</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="25"/>
        <source>Create mine action database</source>
        <translation>Crear base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="51"/>
        <source>Coordinate reference system</source>
        <translation>Sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="55"/>
        <source>Overwrite an existing file</source>
        <translation>Sobrescribir un archivo existente</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="57"/>
        <source>Open the database in the current project</source>
        <translation>Abrir la base de datos en el proyecto actual</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="83"/>
        <source>Created {path}</source>
        <translation>Creado {path}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>Language of the database</source>
        <translation>Idioma de la base de datos</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>The language QGIS runs in</source>
        <translation>El idioma en el que funciona QGIS</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="29"/>
        <source>Creates a GeoPackage holding the mine action data model: hazardous areas, survey points, land release activities, explosive ordnance finds, tasks, site points, access routes, the release history and the programme's lookup lists. Each layer carries its attribute form and map style as its default style, so the file opens ready to edit in QGIS and QField, with or without this plugin.

GICHD recommends storing WGS 84 (EPSG:4326); areas are always computed on the ellipsoid whatever the CRS.

The lookup lists, forms and legends are written in the language chosen (by default the one QGIS runs in), which also becomes the language its task orders and overview are printed in (Settings › Options › Mine Action). A language with English prints both.

For a national database shared by several editors, choose a PostgreSQL connection and a new (or empty) schema instead of a file: the same tables are created there in one transaction, with the styles in public.layer_styles and a row version that refuses conflicting saves.</source>
        <translation>Crea un GeoPackage con el modelo de datos de acción contra minas: áreas peligrosas, puntos de levantamiento, actividades de liberación de tierras, hallazgos de artefactos explosivos, tareas, puntos del sitio, rutas de acceso, el historial de liberación y las listas de valores del programa. Cada capa lleva su formulario de atributos y su estilo de mapa como estilo predeterminado, de modo que el archivo se abre listo para editar en QGIS y QField, con o sin este complemento.

El GICHD recomienda almacenar en WGS 84 (EPSG:4326); las superficies se calculan siempre en el elipsoide, sea cual sea el SRC.

Las listas de valores, los formularios y las leyendas se escriben en el idioma elegido (por defecto, el de QGIS), que pasa a ser también el idioma en el que se imprimen sus órdenes de tarea y su vista general (Configuración › Opciones › Acción contra minas). Un idioma acompañado del inglés imprime ambos.

Para una base de datos nacional que editan varios usuarios, elija una conexión PostgreSQL y un esquema nuevo (o vacío) en lugar de un archivo: allí se crean las mismas tablas en una sola transacción, con los estilos en public.layer_styles y una versión de fila que rechaza los guardados en conflicto.</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="62"/>
        <source>Schema (new or empty)</source>
        <translation>Esquema (nuevo o vacío)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="72"/>
        <source>Created {database}</source>
        <translation>Base de datos creada: {database}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="77"/>
        <source>Give the GeoPackage file to create, or a PostgreSQL connection and a schema.</source>
        <translation>Indique el archivo GeoPackage que se va a crear, o una conexión PostgreSQL y un esquema.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="103"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="105"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="115"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created at</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="161"/>
        <source>Must be zero or more</source>
        <translation>Debe ser cero o más</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazardous areas</source>
        <translation>Áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Hazard ID</source>
        <translation>ID del área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Confirmed part of hazard</source>
        <translation>Parte confirmada del área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Local name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Contamination</source>
        <translation>Contaminación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Main evidence</source>
        <translation>Evidencia principal</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Date of information</source>
        <translation>Fecha de la información</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey date</source>
        <translation>Fecha del levantamiento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Reporting organisation</source>
        <translation>Organización informante</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Nearest locality</source>
        <translation>Localidad más cercana</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Blocked land use</source>
        <translation>Uso del suelo bloqueado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Clearance depth (cm)</source>
        <translation>Profundidad de despeje (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Original area (m²)</source>
        <translation>Superficie original (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation>Áreas sospechosas de peligro y áreas peligrosas confirmadas.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazard</source>
        <translation>Área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Location and land</source>
        <translation>Ubicación y terreno</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Areas and remarks</source>
        <translation>Superficies y observaciones</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey points</source>
        <translation>Puntos de levantamiento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point number</source>
        <translation>Número de punto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point type</source>
        <translation>Tipo de punto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>From point</source>
        <translation>Desde el punto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation>El azimut debe ser al menos 0 y menor que una vuelta completa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing as recorded</source>
        <translation>Azimut tal como se registró</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing unit</source>
        <translation>Unidad de azimut</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>North reference</source>
        <translation>Referencia de norte</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination applied (°, east +)</source>
        <translation>Declinación aplicada (°, este +)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation>La declinación debe estar entre -180 y 180 grados</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope angle (°)</source>
        <translation>Ángulo de pendiente (°)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation>La pendiente debe estar entre -90 y 90 grados</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Distance (m)</source>
        <translation>Distancia (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Coordinates as entered</source>
        <translation>Coordenadas tal como se introdujeron</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position fixed by</source>
        <translation>Posición obtenida por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation>Mojones, puntos de referencia y puntos de giro con su azimut y distancia desde un punto anterior, tal como se registraron en el terreno.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing and distance</source>
        <translation>Azimut y distancia</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Land release activities</source>
        <translation>Actividades de liberación de tierras</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Activity ID</source>
        <translation>ID de la actividad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Task ID</source>
        <translation>ID de la tarea</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Technical asset used</source>
        <translation>Medio técnico utilizado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The end date cannot be before the start date</source>
        <translation>La fecha de fin no puede ser anterior a la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation>Áreas canceladas, reducidas, despejadas o confirmadas por una actividad.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team and area</source>
        <translation>Equipo y superficie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance finds</source>
        <translation>Hallazgos de artefactos explosivos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find ID</source>
        <translation>ID del hallazgo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>EO category</source>
        <translation>Categoría de AE</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Model / description</source>
        <translation>Modelo / descripción</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity must be at least 1</source>
        <translation>La cantidad debe ser al menos 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find date</source>
        <translation>Fecha del hallazgo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Destroyed</source>
        <translation>Destruido</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Depth (cm)</source>
        <translation>Profundidad (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance found, by category.</source>
        <translation>Artefactos explosivos encontrados, por categoría.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Task type</source>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>The due date cannot be before the start date</source>
        <translation>La fecha límite no puede ser anterior a la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version must be at least 1</source>
        <translation>La versión debe ser al menos 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation>Órdenes de trabajo dadas a los equipos de estudio y despeje.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site points</source>
        <translation>Puntos del sitio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site type</source>
        <translation>Tipo de sitio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Radio call sign</source>
        <translation>Indicativo de radio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation>Helipuertos, puntos médicos, puntos de control y sitios de demolición de una tarea.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access routes</source>
        <translation>Rutas de acceso</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Route type</source>
        <translation>Tipo de ruta</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access and casualty evacuation routes.</source>
        <translation>Rutas de acceso y de evacuación de heridos.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Release history</source>
        <translation>Historial de liberación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class before</source>
        <translation>Clase anterior</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class after</source>
        <translation>Clase posterior</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status before</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status after</source>
        <translation>Estado posterior</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation>Cada cambio de la superficie, la clase o el estado de un área peligrosa, con su causa.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Lookup lists</source>
        <translation>Listas de valores</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Behaves as</source>
        <translation>Equivale a</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation>Los nombres propios del programa para cada lista; base_code vincula una entrada al significado integrado con el que calcula el complemento.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema information</source>
        <translation>Información del esquema</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema version and creation details.</source>
        <translation>Versión del esquema y datos de creación.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed at</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="141"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: women</source>
        <translation>Beneficiarios previstos: mujeres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: girls</source>
        <translation>Beneficiarios previstos: niñas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: boys</source>
        <translation>Beneficiarios previstos: niños</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: men</source>
        <translation>Beneficiarios previstos: hombres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: persons with disabilities</source>
        <translation>Beneficiarios previstos: personas con discapacidad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: women</source>
        <translation>Beneficiarios: mujeres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: girls</source>
        <translation>Beneficiarios: niñas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: boys</source>
        <translation>Beneficiarios: niños</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: men</source>
        <translation>Beneficiarios: hombres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: persons with disabilities</source>
        <translation>Beneficiarios: personas con discapacidad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Expected beneficiaries</source>
        <translation>Beneficiarios previstos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: women</source>
        <translation>Equipo: mujeres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: men</source>
        <translation>Equipo: hombres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The handover cannot be before the end of the activity</source>
        <translation>La entrega no puede ser anterior al final de la actividad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover and beneficiaries</source>
        <translation>Entrega y beneficiarios</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="397"/>
        <source>Killed: women</source>
        <translation>Muertos: mujeres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Killed: men</source>
        <translation>Muertos: hombres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="399"/>
        <source>Killed: girls</source>
        <translation>Muertos: niñas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="400"/>
        <source>Killed: boys</source>
        <translation>Muertos: niños</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="401"/>
        <source>Killed: sex or age unknown</source>
        <translation>Muertos: sexo o edad desconocidos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="402"/>
        <source>Injured: women</source>
        <translation>Heridos: mujeres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="403"/>
        <source>Injured: men</source>
        <translation>Heridos: hombres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="404"/>
        <source>Injured: girls</source>
        <translation>Heridos: niñas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="405"/>
        <source>Injured: boys</source>
        <translation>Heridos: niños</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="406"/>
        <source>Injured: sex or age unknown</source>
        <translation>Heridos: sexo o edad desconocidos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents</source>
        <translation>Accidentes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident ID</source>
        <translation>ID del accidente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident date</source>
        <translation>Fecha del accidente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Device category</source>
        <translation>Categoría del artefacto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>What the casualties were doing</source>
        <translation>Qué hacían las víctimas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents with explosive ordnance: where, when, the device and the killed and injured by sex and age group. No names or personal details: a mapping tool, not a victim register.</source>
        <translation>Accidentes con artefactos explosivos (AE): dónde, cuándo, el artefacto y los muertos y heridos por sexo y grupo de edad. Sin nombres ni datos personales: una herramienta de cartografía, no un registro de víctimas.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident</source>
        <translation>Accidente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Casualties</source>
        <translation>Víctimas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="36"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation>No se puede leer la tabla «{table}» de {path}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="83"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} ya existe. Elija otro archivo o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="101"/>
        <source>{path} is a folder. Give the name of the GeoPackage file to create, for example {example}.</source>
        <translation>{path} es una carpeta. Indique el nombre del archivo GeoPackage que se va a crear, por ejemplo {example}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="110"/>
        <source>Cannot write {path}: permission denied ({error}). Choose a folder you may write to.</source>
        <translation>No se puede escribir {path}: permiso denegado ({error}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="115"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>No se puede escribir {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="135"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation>No se puede crear un GeoPackage en {path}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="465"/>
        <source>Creating table {table}</source>
        <translation>Creando la tabla {table}</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="189"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>No se puede escribir en la tabla {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="401"/>
        <source>Mine Action Mapper default style</source>
        <translation>Estilo predeterminado de Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="385"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation>No se puede guardar el estilo de {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="56"/>
        <source>{path} is damaged or is not a GeoPackage ({detail}). Restore it from a backup copy.</source>
        <translation>{path} está dañado o no es un GeoPackage ({detail}). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="75"/>
        <source>No mine action database was given.</source>
        <translation>No se indicó ninguna base de datos de acción contra minas.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="78"/>
        <source>{path} is a folder, not a mine action database (a .gpkg file).</source>
        <translation>{path} es una carpeta, no una base de datos de acción contra minas (un archivo .gpkg).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="82"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="88"/>
        <source>{path} cannot be read: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="92"/>
        <source>it does not start as an SQLite file</source>
        <translation>no empieza como un archivo SQLite</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="106"/>
        <source>{path} is a GeoPackage but not a mine action database (it has no schema_info table). Create one with &apos;Create mine action database&apos; and import these records into it.</source>
        <translation>{path} es un GeoPackage pero no una base de datos de acción contra minas (no tiene tabla schema_info). Cree una con «Crear base de datos de acción contra minas» e importe en ella estos registros.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="119"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation>{path} no es una base de datos de acción contra minas (no tiene versión de esquema).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="125"/>
        <source>The schema version of {path} is &apos;{value}&apos;, not a number: the file was damaged or edited by hand. Restore it from a backup copy.</source>
        <translation>La versión del esquema de {path} es «{value}», que no es un número: el archivo se dañó o se editó a mano. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="133"/>
        <source>{path} is locked by another program (a QGIS session with unsaved edits, a database browser, a synchronisation tool). Save or close it there and run again; nothing was written.</source>
        <translation>{path} está bloqueado por otro programa (una sesión de QGIS con ediciones sin guardar, un navegador de bases de datos, una herramienta de sincronización). Guárdelo o ciérrelo allí y vuelva a ejecutar; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="152"/>
        <source>{path} is read-only: you may not write to it. Ask for write permission or work on a copy.</source>
        <translation>{path} es de solo lectura: no puede escribir en él. Solicite permiso de escritura o trabaje sobre una copia.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="177"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}): it is opened read-only. Update the plugin to edit it.</source>
        <translation>{path} se creó con una versión más reciente de Mine Action Mapper (esquema {version}): se abre en solo lectura. Actualice el complemento para editarlo.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="182"/>
        <source>{path} is from an older version of the plugin (schema {version}): read-only until you upgrade it. Every record is kept.</source>
        <translation>{path} es de una versión anterior del complemento (esquema {version}): de solo lectura hasta que lo migre. Se conservan todos los registros.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="187"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}): it is opened read-only. Run &apos;Upgrade mine action database&apos; to edit it; every record is kept.</source>
        <translation>{path} se creó con una versión anterior de Mine Action Mapper (esquema {version}): se abre en solo lectura. Ejecute «Migrar base de datos de acción contra minas» para editarlo; se conservan todos los registros.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="201"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}; this plugin knows schema {known} and older). Update the plugin to use it.</source>
        <translation>{path} se creó con una versión más reciente de Mine Action Mapper (esquema {version}; este complemento conoce el esquema {known} y anteriores). Actualice el complemento para usarlo.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="208"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}). Run &apos;Upgrade mine action database&apos; on it first; it keeps every record.</source>
        <translation>{path} se creó con una versión anterior de Mine Action Mapper (esquema {version}). Ejecute primero «Migrar base de datos de acción contra minas» sobre él; se conservan todos los registros.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="21"/>
        <source>Or: PostgreSQL connection</source>
        <translation>O bien: conexión PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="24"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="59"/>
        <source>Give the mine action database: a GeoPackage file, or a PostgreSQL connection and a schema.</source>
        <translation>Indique la base de datos de acción contra minas: un archivo GeoPackage, o una conexión PostgreSQL y un esquema.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="112"/>
        <source>{database}: the server refused the user name or password ({error}). Check the QGIS connection&apos;s credentials.</source>
        <translation>{database}: el servidor rechazó el nombre de usuario o la contraseña ({error}). Compruebe las credenciales de la conexión de QGIS.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="118"/>
        <source>{database}: the PostgreSQL server cannot be reached ({error}). Is it running, and are the host and port right?</source>
        <translation>{database}: no se puede acceder al servidor PostgreSQL ({error}). ¿Está en funcionamiento y son correctos el host y el puerto?</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="122"/>
        <source>{database}: cannot connect ({error}).</source>
        <translation>{database}: no se puede conectar ({error}).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="146"/>
        <source>{database}: there is no such schema in the database. Check the schema name, or create the database with &apos;Create mine action database&apos;.</source>
        <translation>{database}: ese esquema no existe en la base de datos. Compruebe el nombre del esquema, o cree la base de datos con «Crear base de datos de acción contra minas».</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="151"/>
        <source>{database} is not a mine action database (it has no schema_info table).</source>
        <translation>{database}: no es una base de datos de acción contra minas (no tiene tabla schema_info).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="161"/>
        <source>{database} is not a mine action database (no schema version).</source>
        <translation>{database}: no es una base de datos de acción contra minas (no tiene versión de esquema).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="167"/>
        <source>The schema version of {database} is &apos;{value}&apos;, not a number: it was edited by hand.</source>
        <translation>{database}: la versión del esquema es «{value}», que no es un número: se editó a mano.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="304"/>
        <source>{database} already exists and is not empty: nothing was changed. Choose another schema name (nothing is ever dropped).</source>
        <translation>{database}: el esquema ya existe y no está vacío; no se modificó nada. Elija otro nombre de esquema (nunca se elimina nada).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="311"/>
        <source>{database} already exists and holds functions: nothing was changed. Choose another schema name.</source>
        <translation>{database}: el esquema ya existe y contiene funciones; no se modificó nada. Elija otro nombre de esquema.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="321"/>
        <source>{database}: the PostGIS extension is not installed in this database. Ask its administrator to run CREATE EXTENSION postgis; nothing was changed.</source>
        <translation>{database}: la extensión PostGIS no está instalada en esta base de datos. Pida a su administrador que ejecute CREATE EXTENSION postgis; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="330"/>
        <source>A PostGIS mine action database needs an EPSG coordinate reference system, not {crs}.</source>
        <translation>Una base de datos de acción contra minas en PostGIS necesita un sistema de referencia de coordenadas EPSG, no {crs}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="475"/>
        <source>{database} was not created: {error}. Nothing was written.</source>
        <translation>{database}: la base de datos no se creó ({error}). No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="72"/>
        <source>connection &apos;{connection}&apos;, schema &apos;{schema}&apos;</source>
        <translation>conexión «{connection}», esquema «{schema}»</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="132"/>
        <source>Give the schema of the mine action database on connection &apos;{connection}&apos;.</source>
        <translation>Indique el esquema de la base de datos de acción contra minas en la conexión «{connection}».</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="143"/>
        <source>There is no PostgreSQL connection named '{connection}' in QGIS (known: {known}). Add it in the Browser (PostgreSQL › New Connection).</source>
        <translation>No hay ninguna conexión PostgreSQL llamada «{connection}» en QGIS (conocidas: {known}). Añádala en el Navegador (PostgreSQL › Conexión nueva).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="184"/>
        <source>{database}: the role you log in with may not do this ({error}). Ask the database&apos;s administrator for the privilege; nothing was changed.</source>
        <translation>{database}: el rol con el que ha iniciado sesión no puede hacer esto ({error}). Pida el privilegio al administrador de la base de datos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="196"/>
        <source>schema {schema}</source>
        <translation>el esquema {schema}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="202"/>
        <source>table {table}</source>
        <translation>la tabla {table}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="209"/>
        <source>sequence {sequence} (the new records&apos; {key})</source>
        <translation>la secuencia {sequence} (el {key} de los registros nuevos)</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="228"/>
        <source>{database}: the role &apos;{role}&apos; lacks the {privilege} privilege on {object}, which this needs. Ask the database&apos;s administrator to grant it; nothing was changed.</source>
        <translation>{database}: el rol '{role}' no tiene el privilegio {privilege} sobre {object}, que esto necesita. Pida al administrador de la base de datos que lo conceda; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="521"/>
        <source>{database} claims schema version {version}, which no PostGIS database had: it was edited by hand.</source>
        <translation>{database} indica la versión de esquema {version}, que ninguna base de datos PostGIS ha tenido: se ha editado a mano.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="573"/>
        <source>{database} was not upgraded: {error}. Nothing was changed.</source>
        <translation>{database} no se ha actualizado: {error}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="28"/>
        <source>The database does not support transactions; nothing was written.</source>
        <translation>La base de datos no admite transacciones; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="33"/>
        <source>Cannot start a transaction: {error}</source>
        <translation>No se puede iniciar una transacción: {error}</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="39"/>
        <source>Cannot commit the changes: {error}. Nothing was written.</source>
        <translation>No se pueden confirmar los cambios: {error}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="35"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="60"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation>no se puede leer la fecha del levantamiento «{value}»</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="88"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation>la declinación manual {value} debe estar entre -180 y 180 grados</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="93"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation>los azimutes magnéticos necesitan la fecha del levantamiento para calcular la declinación, o una declinación introducida a mano</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="99"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation>ningún Modelo Magnético Mundial cubre la fecha del levantamiento {date} (los modelos cubren de {first} a {last}): introduzca a mano la declinación en la fecha del levantamiento</translation>
    </message>
</context>
<context>
    <name>DeclinationAtPointsAlgorithm</name>
    <message>
        <location filename="../processing/declination_at_points.py" line="26"/>
        <source>Magnetic declination at points</source>
        <translation>Declinación magnética en puntos</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="30"/>
        <source>Adds to every point the magnetic declination (degrees, east positive: true bearing = magnetic bearing + declination) at its date, from the World Magnetic Model valid for that date (WMM2010, WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and the grid (meridian) convergence (grid bearing = true bearing - convergence) of the chosen grid, by default the point&apos;s own UTM zone.

Date: the date field when it has a value, otherwise the fixed date. A point without a date, or with a date no model covers, keeps an empty declination and is named in the log. The input is not modified.</source>
        <translation>Añade a cada punto la declinación magnética (grados, este positivo: azimut geográfico = azimut magnético + declinación) en su fecha, según el Modelo Magnético Mundial vigente en esa fecha (WMM2010, WMM2015v2, WMM2020 o WMM2025, de 2010 a 2029), el modelo usado y la convergencia de cuadrícula (de meridianos) (azimut de cuadrícula = azimut geográfico - convergencia) de la cuadrícula elegida, por defecto la zona UTM del propio punto.

Fecha: el campo de fecha cuando tiene valor; si no, la fecha fija. Un punto sin fecha, o con una fecha que ningún modelo cubre, queda con la declinación vacía y se nombra en el registro. Los datos de entrada no se modifican.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="44"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="47"/>
        <source>Date field</source>
        <translation>Campo de fecha</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="49"/>
        <source>Date (when the field is empty)</source>
        <translation>Fecha (cuando el campo está vacío)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="52"/>
        <source>Grid for the convergence (empty: each point&apos;s UTM zone)</source>
        <translation>Cuadrícula para la convergencia (vacío: la zona UTM de cada punto)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="55"/>
        <source>Points with declination</source>
        <translation>Puntos con declinación</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="66"/>
        <source>The points layer {layer} has no CRS, so its positions are unknown: set its CRS and run again.</source>
        <translation>La capa de puntos {layer} no tiene SRC, por lo que sus posiciones son desconocidas: defina su SRC y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="97"/>
        <source>Feature {fid}: {problem}</source>
        <translation>Objeto {fid}: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportFieldFormsAlgorithm</name>
    <message>
        <location filename="../processing/export_field_forms.py" line="20"/>
        <source>Export field forms (XLSForm)</source>
        <translation>Exportar formularios de campo (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="23"/>
        <source>Writes the field forms of a mine action database as XLSForm workbooks, for KoBoToolbox, ODK Central and Survey123 Connect: a non-technical survey / hazard report (with the benchmark and a repeat of survey points), a technical survey / clearance progress and completion report (with the perimeter and a repeat of EO finds) and an EO spot report.

The select lists are the database&apos;s own active lookup entries; questions keep the data model&apos;s field names, required fields and checks (bearing range per unit, distances of zero or more, no future dates). Labels are written in every language chosen (default: the database&apos;s language and English); the first is the forms&apos; default language.</source>
        <translation>Escribe los formularios de campo de una base de datos de acción contra minas como libros XLSForm, para KoBoToolbox, ODK Central y Survey123 Connect: un informe de estudio no técnico / de área peligrosa (con el mojón (BM) y una repetición de puntos de levantamiento), un informe de avance y finalización de estudio técnico / despeje (con el perímetro y una repetición de hallazgos de AE) y un informe puntual de AE.

Las listas de selección son las entradas activas de las listas de la propia base de datos; las preguntas conservan los nombres de campo, los campos obligatorios y las comprobaciones del modelo de datos (rango del azimut por unidad, distancias de cero o más, ninguna fecha futura). Las etiquetas se escriben en cada idioma elegido (por defecto: el idioma de la base de datos y el inglés); el primero es el idioma predeterminado de los formularios.</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="36"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="40"/>
        <source>Label languages (empty: the database&apos;s language and English)</source>
        <translation>Idiomas de las etiquetas (vacío: el idioma de la base de datos y el inglés)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="45"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="47"/>
        <source>Forms written</source>
        <translation>Formularios escritos</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="48"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Archivos escritos (separados por punto y coma)</translation>
    </message>
</context>
<context>
    <name>ExportNationalReportAlgorithm</name>
    <message>
        <location filename="../processing/export_national_report.py" line="33"/>
        <source>Export national report</source>
        <translation>Exportar el informe nacional</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="36"/>
        <source>Prints the national mine action report of a reporting year as a PDF (A4 portrait): a national summary (hazardous areas remaining, SHA and CHA, land released by method, explosive ordnance found and destroyed), the Article 7 tables of the Anti-Personnel Mine Ban Convention (mined areas remaining by region, number and m²; areas released in the year by cancellation, reduction and clearance) and their equivalent for cluster munition remnants under the Convention on Cluster Munitions, and charts: land released per year by method, remaining area by region and, when a completion date is given, progress against it.

The figures are those of Land release statistics: every m² counted once, by the method that released it first. The reporting period is the calendar year, up to the as-of date (default: 31 December of the year, or today if that is earlier). The database is not modified.</source>
        <translation>Imprime el informe nacional de acción contra minas de un año en PDF (A4 vertical): un resumen nacional (áreas peligrosas restantes, ASP y APC, tierras liberadas por método, artefactos explosivos encontrados y destruidos), las tablas del artículo 7 de la Convención sobre la prohibición de las minas antipersonal (áreas minadas restantes por región, número y m²; áreas liberadas en el año por cancelación, reducción y despeje) y su equivalente para los restos de municiones en racimo según la Convención sobre municiones en racimo, y gráficos: tierras liberadas por año y método, superficie restante por región y, si se indica una fecha de finalización, el avance hacia ella.

Las cifras son las de las estadísticas de liberación de tierras: cada m² contado una vez, por el método que lo liberó primero. El periodo del informe es el año civil, hasta la fecha de referencia (por defecto: el 31 de diciembre del año, o hoy si es anterior). La base de datos no se modifica.</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="54"/>
        <source>Reporting year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="57"/>
        <source>As-of date of the remaining areas (default: the end of the year)</source>
        <translation>Fecha de referencia de las áreas restantes (por defecto: el final del año)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>The database&apos;s language</source>
        <translation>El idioma de la base de datos</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="64"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="67"/>
        <source>Completion target date (optional: the progress chart)</source>
        <translation>Fecha objetivo de finalización (opcional: el gráfico de avance)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="73"/>
        <source>Remaining area targeted at that date (m²)</source>
        <translation>Superficie restante prevista en esa fecha (m²)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>National report PDF</source>
        <translation>Informe nacional en PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="104"/>
        <source>Reading the statistics of {year} at {as_of}</source>
        <translation>Lectura de las estadísticas de {year} al {as_of}</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="115"/>
        <source>{pages} pages written</source>
        <translation>{pages} páginas escritas</translation>
    </message>
</context>
<context>
    <name>ExportOverviewAlgorithm</name>
    <message>
        <location filename="../processing/export_overview.py" line="19"/>
        <source>Export national overview map</source>
        <translation>Exportar mapa nacional de situación</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="24"/>
        <source>Prints an A3 landscape overview of the programme: hazardous areas by class and land release activities by outcome, with tables of the number and ground area of hazards by class and status and of the area of activities by outcome (ellipsoidal square metres, computed from the geometries).</source>
        <translation>Imprime una vista general del programa en A3 horizontal: las áreas peligrosas por clase y las actividades de liberación de tierras por resultado, con tablas del número y la superficie sobre el terreno de las áreas peligrosas por clase y estado y de la superficie de las actividades por resultado (metros cuadrados elipsoidales, calculados a partir de las geometrías).</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>Overview PDF</source>
        <translation>PDF de la vista general</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>Overview PNG image</source>
        <translation>Imagen PNG de la vista general</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>The database&apos;s language</source>
        <translation>El idioma de la base de datos</translation>
    </message>
</context>
<context>
    <name>ExportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/export_records.py" line="24"/>
        <source>Export records through a field mapping profile</source>
        <translation>Exportar registros mediante un perfil de correspondencia de campos</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="27"/>
        <source>Writes the records of one table (hazards, land release activities or EO finds) in the shape of another system, as a field mapping profile describes it: the source&apos;s field names, its codes for ours, its CRS, and each record&apos;s external ID in the source&apos;s ID field (e.g. IMSMA Core&apos;s imsma_id), so that records imported through the profile go back with their identity. A code with no source code is named and nothing is written. A shapefile output keeps field names of at most 10 characters: a profile with longer names is refused rather than truncated (docs/field-mapping.md).</source>
        <translation>Escribe los registros de una tabla (áreas peligrosas, actividades de liberación de tierras o hallazgos de artefactos explosivos (AE)) con la forma de otro sistema, tal como la describe un perfil de correspondencia de campos: los nombres de campo de la fuente, sus códigos para los nuestros, su SRC y el ID externo de cada registro en el campo de ID de la fuente (p. ej. imsma_id de IMSMA Core), para que los registros importados mediante el perfil vuelvan con su identidad. Un código sin código de la fuente se indica y no se escribe nada. Una salida shapefile conserva nombres de campo de 10 caracteres como máximo: un perfil con nombres más largos se rechaza en lugar de truncarse (docs/field-mapping.md).</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="40"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="45"/>
        <source>Exported records</source>
        <translation>Registros exportados</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="47"/>
        <source>Records exported</source>
        <translation>Registros exportados</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="69"/>
        <source>The records could not be written: {error}</source>
        <translation>No se pudieron escribir los registros: {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="71"/>
        <source>{count} records of {table} exported through profile {profile}</source>
        <translation>{count} registros de {table} exportados mediante el perfil {profile}</translation>
    </message>
</context>
<context>
    <name>ExportTaskOrdersAlgorithm</name>
    <message>
        <location filename="../processing/export_task_orders.py" line="29"/>
        <source>Export task orders</source>
        <translation>Exportar órdenes de tarea</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="34"/>
        <source>Prints a field task order for each task (all tasks, or only the selected ones): the task area with its turning points, the benchmark, access and casualty evacuation routes, helicopter landing site and medical points on a map with a UTM grid in the task&apos;s zone, a location inset, scale bar, north arrow and a declination diagram (true, grid and magnetic north at the task&apos;s planned start), the table of bearings, distances and coordinates, and the task&apos;s details.

Writes one PDF per task into the folder, or one PDF for all tasks, and optionally a PNG image of each.</source>
        <translation>Imprime una orden de tarea de campo para cada tarea (todas las tareas o solo las seleccionadas): el área de la tarea con sus puntos de giro, el mojón, las rutas de acceso y de evacuación de heridos, el helipuerto y los puntos médicos en un mapa con cuadrícula UTM en la zona de la tarea, un mapa de ubicación, escala gráfica, flecha de norte y un diagrama de declinación (norte geográfico, norte de cuadrícula y norte magnético en el inicio previsto de la tarea), la tabla de azimutes, distancias y coordenadas, y los detalles de la tarea.

Escribe un PDF por tarea en la carpeta, o un PDF para todas las tareas y, opcionalmente, una imagen PNG de cada una.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="47"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A4 portrait</source>
        <translation>A4 vertical</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A3 landscape</source>
        <translation>A3 horizontal</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="58"/>
        <source>One PDF for all tasks</source>
        <translation>Un PDF para todas las tareas</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="60"/>
        <source>Also write PNG images</source>
        <translation>Escribir también imágenes PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="64"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="66"/>
        <source>Task orders written</source>
        <translation>Órdenes de tarea escritas</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="67"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Archivos escritos (separados por punto y coma)</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="74"/>
        <source>The tasks layer cannot be read.</source>
        <translation>No se puede leer la capa de tareas.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="85"/>
        <source>The tasks layer has no field &apos;task_id&apos;.</source>
        <translation>La capa de tareas no tiene el campo «task_id».</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="89"/>
        <source>{count} task orders to print</source>
        <translation>{count} órdenes de tarea que imprimir</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="95"/>
        <source>Cancelled: no task order was written.</source>
        <translation>Cancelado: no se escribió ninguna orden de tarea.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>The database&apos;s language</source>
        <translation>El idioma de la base de datos</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="50"/>
        <source>Mine action database (default: the tasks&apos; database)</source>
        <translation>Base de datos de acción contra minas (por defecto: la de las tareas)</translation>
    </message>
</context>
<context>
    <name>FieldCopy</name>
    <message>
        <location filename="../store/field_copy.py" line="146"/>
        <source>No hazard has the region &apos;{region}&apos; (regions in the database: {known}).</source>
        <translation>Ninguna área peligrosa tiene la región «{region}» (regiones de la base de datos: {known}).</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="154"/>
        <source>There is no task &apos;{task}&apos; in the database.</source>
        <translation>No hay ninguna tarea «{task}» en la base de datos.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="209"/>
        <source>The field copy {path} would replace the database it is made from. Choose another file.</source>
        <translation>La copia de campo {path} reemplazaría la base de datos de la que se hace. Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="242"/>
        <source>{table}: {count} records copied</source>
        <translation>{table}: {count} registros copiados</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="266"/>
        <source>Give either a region or a task for the field copy, not both and not neither.</source>
        <translation>Indique una región o una tarea para la copia de campo, no ambas ni ninguna.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="272"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} ya existe. Elija otro archivo o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="276"/>
        <source>{path} is a mine action database, not a field copy: it is never overwritten. Choose another file for the field copy.</source>
        <translation>{path} es una base de datos de acción contra minas, no una copia de campo: nunca se sobrescribe. Elija otro archivo para la copia de campo.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="347"/>
        <source>{path} is a mine action database but not a field copy (it has no record of its base). Only a copy written by &apos;Make field copy&apos; can be submitted; bring other records in with &apos;Import records&apos;.</source>
        <translation>{path} es una base de datos de acción contra minas pero no una copia de campo (no guarda registro de su base). Solo se puede enviar una copia escrita por «Crear copia de campo»; incorpore otros registros con «Importar registros».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="357"/>
        <source>{path} was made by a newer version of Mine Action Mapper (field copy format {version}; this plugin knows {known}). Update the plugin to submit it.</source>
        <translation>{path} fue creada por una versión más reciente de Mine Action Mapper (formato de copia de campo {version}; este complemento conoce el {known}). Actualice el complemento para enviarla.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="105"/>
        <source>{copy} is a field copy of another database ({source}, copied {copied}), not of {database}: nothing was submitted. Submit it to the database it was made from.</source>
        <translation>{copy} es una copia de campo de otra base de datos ({source}, copiada el {copied}), no de {database}: no se envió nada. Envíela a la base de datos de la que se hizo.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="144"/>
        <source>deleted in the field copy; kept in the database (a field copy never deletes: delete it there if it must go)</source>
        <translation>eliminado en la copia de campo; se conserva en la base de datos (una copia de campo nunca elimina: elimínelo allí si debe desaparecer)</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="168"/>
        <source>added in the field copy and already in the database with other values</source>
        <translation>añadido en la copia de campo y ya presente en la base de datos con otros valores</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="175"/>
        <source>changed in the field copy but deleted in the database since the copy was made; not applied</source>
        <translation>modificado en la copia de campo pero eliminado en la base de datos desde que se hizo la copia; no aplicado</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="184"/>
        <source>changed in the field copy and in the database since the copy was made; not applied</source>
        <translation>modificado en la copia de campo y en la base de datos desde que se hizo la copia; no aplicado</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="255"/>
        <source>Table {table} refused the submission: {error}. Nothing was written.</source>
        <translation>La tabla {table} rechazó el envío: {error}. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FieldForms</name>
    <message>
        <location filename="../core/field_forms.py" line="162"/>
        <source>At most {length} characters</source>
        <translation>Como máximo {length} caracteres</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="197"/>
        <source>The date cannot be in the future</source>
        <translation>La fecha no puede ser futura</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="208"/>
        <source>Benchmark position</source>
        <translation>Posición del mojón (BM)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="210"/>
        <source>Benchmark description</source>
        <translation>Descripción del mojón (BM)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="212"/>
        <source>Survey points</source>
        <translation>Puntos de levantamiento</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="217"/>
        <source>Give the bearing, or the bearing as recorded</source>
        <translation>Indique el azimut, o el azimut tal como se anotó</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="223"/>
        <source>Slope measured?</source>
        <translation>¿Pendiente medida?</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="229"/>
        <source>GPS position (optional)</source>
        <translation>Posición GPS (opcional)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="238"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="288"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="241"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="270"/>
        <source>Non-technical survey / hazard report</source>
        <translation>Estudio no técnico / informe de área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="286"/>
        <source>Position of the find</source>
        <translation>Posición del hallazgo</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="332"/>
        <source>Perimeter recorded as</source>
        <translation>Perímetro registrado como</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="334"/>
        <source>Perimeter</source>
        <translation>Perímetro</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="337"/>
        <source>EO finds</source>
        <translation>Hallazgos de AE</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="341"/>
        <source>Technical survey / clearance progress and completion report</source>
        <translation>Informe de avance y finalización de estudio técnico / despeje</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="352"/>
        <source>EO spot report</source>
        <translation>Informe puntual de AE</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Drawn or walked with GPS (geoshape)</source>
        <translation>Dibujado o recorrido con GPS (geoshape)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Survey points (bearings and distances)</source>
        <translation>Puntos de levantamiento (azimuts y distancias)</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="21"/>
        <source>The plugin has no translation into &apos;{code}&apos;. Choose among: {codes}.</source>
        <translation>El complemento no tiene traducción al «{code}». Elija entre: {codes}.</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="61"/>
        <source>The folder {folder} cannot be written: {error}. Choose another output folder.</source>
        <translation>No se puede escribir en la carpeta {folder}: {error}. Elija otra carpeta de salida.</translation>
    </message>
</context>
<context>
    <name>FieldSubmissions</name>
    <message>
        <location filename="../core/field_submissions.py" line="146"/>
        <source>Geopoint &apos;{name}&apos; reads &apos;{text}&apos;, not &apos;latitude longitude altitude accuracy&apos;</source>
        <translation>El punto geográfico «{name}» contiene «{text}», no «latitud longitud altitud precisión»</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="131"/>
        <source>Geopoint &apos;{name}&apos; has no readable latitude and longitude: {lat}, {lon}</source>
        <translation>El punto geográfico «{name}» no tiene latitud y longitud legibles: {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="243"/>
        <source>A submission has no instance UUID (_uuid, meta-instanceID)</source>
        <translation>Un envío no tiene UUID de instancia (_uuid, meta-instanceID)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="249"/>
        <source>Submission {uuid}: its instance ID is not a UUID</source>
        <translation>Envío {uuid}: su identificador de instancia no es un UUID</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="278"/>
        <source>Submission {uuid}: the benchmark position is missing</source>
        <translation>Envío {uuid}: falta la posición del mojón (BM)</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="71"/>
        <source>{path} cannot be read as a KoBoToolbox XLSX export.</source>
        <translation>{path} no se puede leer como una exportación XLSX de KoBoToolbox.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="91"/>
        <source>{path} cannot be read as an ODK Central CSV export: {error}</source>
        <translation>{path} no se puede leer como una exportación CSV de ODK Central: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="243"/>
        <source>The records could not be written: {error}</source>
        <translation>No se pudieron escribir los registros: {error}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="218"/>
        <source>The export holds none of {names}: is it an ODK Central export of a field form?</source>
        <translation>La exportación no contiene ninguno de {names}: ¿es una exportación de ODK Central de un formulario de campo?</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="254"/>
        <source>Submission {uuid}: the {field} is missing</source>
        <translation>Envío {uuid}: falta el campo {field}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="321"/>
        <source>Submission {uuid}: the perimeter is recorded as &apos;{method}&apos;, neither {drawn} nor {walked}</source>
        <translation>Envío {uuid}: el perímetro está registrado como «{method}», ni {drawn} ni {walked}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="337"/>
        <source>Submission {uuid}: the perimeter has {count} corners; a drawn perimeter needs at least three</source>
        <translation>Envío {uuid}: el perímetro tiene {count} vértices; un perímetro dibujado necesita al menos tres</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="371"/>
        <source>Submission {uuid}: find {find} has no position (a find is a point of the EO finds layer)</source>
        <translation>Envío {uuid}: el hallazgo {find} no tiene posición (un hallazgo es un punto de la capa de hallazgos de AE)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="416"/>
        <source>The Survey123 export holds no layer named after a field form ({forms}); its layers: {layers}</source>
        <translation>La exportación de Survey123 no contiene ninguna capa con el nombre de un formulario de campo ({forms}); sus capas: {layers}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="170"/>
        <source>{path} cannot be read as a Survey123 export (file geodatabase or CSV): {error}</source>
        <translation>{path} no se puede leer como una exportación de Survey123 (geodatabase de archivos o CSV): {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="195"/>
        <source>{path} cannot be read as a zip file: {error}</source>
        <translation>{path} no se puede leer como un archivo zip: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="207"/>
        <source>{path} is not a field export this import reads: a KoBoToolbox XLSX, an ODK Central CSV zip, or a Survey123 file geodatabase or CSV zip.</source>
        <translation>{path} no es una exportación de campo que esta importación lea: un XLSX de KoBoToolbox, un zip CSV de ODK Central, o una geodatabase de archivos o un zip CSV de Survey123.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="427"/>
        <source>Photos not in the export (download its media too): {names}</source>
        <translation>Fotos que faltan en la exportación (descargue también sus medios): {names}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="432"/>
        <source>Submission {uuid} ({record}) was not imported: {problem}</source>
        <translation>El envío {uuid} ({record}) no se importó: {problem}</translation>
    </message>
</context>
<context>
    <name>HazardPolygonsFromSurveyAlgorithm</name>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="30"/>
        <source>Hazard polygons from survey table</source>
        <translation>Polígonos de áreas peligrosas desde la tabla de levantamiento</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="34"/>
        <source>Computes a hazard polygon for every hazard in a survey table: the benchmark position (coord_entered: lat/lon, UTM or MGRS) and each point&apos;s bearing and distance from an earlier point, as recorded in the field (the survey_points fields: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). The table may be a CSV file, a spreadsheet or a database table, and may hold many hazards.

Magnetic bearings get the World Magnetic Model declination at the survey date, unless the table records a declination. Grid bearings refer to the grid chosen here, by default the UTM zone of each hazard&apos;s benchmark.

Closure: the end point re-observes the start point; the misclosure and the relative precision 1:N are checked against the programme tolerance (0 switches a limit off), and a leg longer than the longest leg accepted is refused. These default to the programme settings (Settings &gt; Options &gt; Mine Action; built in: 1:200, no limit in metres, 2000 m legs); a value left at its default takes the setting of the database the survey table belongs to. The compass (Bowditch) rule distributes the misclosure only when asked and only when the traverse is within tolerance. With the automatic closing convention, a table without an end point (such as a radial survey) is closed on its start point without a misclosure.

Plausibility: a leg longer than the longest leg accepted (default 2,000 m horizontal; never more than 100 km) is refused, and a benchmark more than 100 km from the table&apos;s other benchmarks is reported as a warning (a wrong MGRS band or a swapped sign).

Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the computed survey points and a closure report with one row per hazard. A hazard whose table has an error is reported by hazard, point and field, and skipped; the others are computed. When no hazard can be computed the algorithm fails. Every input is read and computed before any output is written, and the input is never modified.</source>
        <translation>Calcula un polígono para cada área peligrosa de una tabla de levantamiento: la posición del mojón (coord_entered: lat/lon, UTM o MGRS) y el azimut y la distancia de cada punto desde un punto anterior, tal como se registraron en el terreno (los campos de survey_points: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). La tabla puede ser un archivo CSV, una hoja de cálculo o una tabla de base de datos, y puede contener muchas áreas peligrosas.

Los azimutes magnéticos reciben la declinación del Modelo Magnético Mundial en la fecha del levantamiento, salvo que la tabla registre una declinación. Los azimutes de cuadrícula se refieren a la cuadrícula elegida aquí, por defecto la zona UTM del mojón de cada área peligrosa.

Cierre: el punto final vuelve a observar el punto de inicio; el error de cierre y la precisión relativa 1:N se comparan con la tolerancia del programa (0 desactiva un límite), y se rechaza un tramo más largo que el tramo máximo aceptado. Estos valores toman por defecto la configuración del programa (Configuración &gt; Opciones &gt; Acción contra minas; valores integrados: 1:200, sin límite en metros, tramos de 2000 m); un valor dejado en su valor por defecto toma la configuración de la base de datos a la que pertenece la tabla de levantamiento. La regla de la brújula (Bowditch) compensa el error de cierre solo cuando se pide y solo cuando la poligonal está dentro de la tolerancia. Con la convención de cierre automática, una tabla sin punto final (como un levantamiento radial) se cierra en su punto de inicio sin error de cierre.

Verosimilitud: se rechaza un tramo más largo que el tramo máximo aceptado (por defecto 2000 m en horizontal; nunca más de 100 km), y un mojón a más de 100 km de los demás mojones de la tabla se señala con una advertencia (una banda MGRS errónea o un signo invertido).

Resultados: los polígonos de las áreas peligrosas (superficie en el elipsoide WGS 84), los puntos de levantamiento calculados y un informe de cierre con una fila por área peligrosa. Un área peligrosa cuya tabla tiene un error se señala por área peligrosa, punto y campo, y se omite; las demás se calculan. Cuando no se puede calcular ningún área peligrosa, el algoritmo falla. Todos los datos de entrada se leen y se calculan antes de escribir ningún resultado, y los datos de entrada nunca se modifican.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="74"/>
        <source>Survey table (survey points of one or more hazards)</source>
        <translation>Tabla de levantamiento (puntos de levantamiento de una o más áreas peligrosas)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="77"/>
        <source>Tolerance: largest misclosure in metres (0: no limit)</source>
        <translation>Tolerancia: error de cierre máximo en metros (0: sin límite)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="81"/>
        <source>Tolerance: smallest relative precision 1:N (0: no limit)</source>
        <translation>Tolerancia: precisión relativa mínima 1:N (0: sin límite)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="84"/>
        <source>Longest leg accepted (m)</source>
        <translation>Tramo máximo aceptado (m)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="88"/>
        <source>Distribute the misclosure (compass rule) when within tolerance</source>
        <translation>Compensar el error de cierre (regla de la brújula) cuando está dentro de la tolerancia</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="91"/>
        <source>Grid of grid bearings (empty: the benchmark&apos;s UTM zone)</source>
        <translation>Cuadrícula de los azimutes de cuadrícula (vacío: la zona UTM del mojón)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Closing convention</source>
        <translation>Convención de cierre</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Automatic: close on the start point when the table has an end point</source>
        <translation>Automática: cerrar en el punto de inicio cuando la tabla tiene un punto final</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The end point re-observes the start point</source>
        <translation>El punto final vuelve a observar el punto de inicio</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The closing side was not measured</source>
        <translation>El lado de cierre no se midió</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="100"/>
        <source>Hazard polygons</source>
        <translation>Polígonos de áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="102"/>
        <source>Computed survey points</source>
        <translation>Puntos de levantamiento calculados</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="105"/>
        <source>Closure report</source>
        <translation>Informe de cierre</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="107"/>
        <source>Hazards computed</source>
        <translation>Áreas peligrosas calculadas</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="108"/>
        <source>Hazards skipped</source>
        <translation>Áreas peligrosas omitidas</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="126"/>
        <source>The survey table has no column {names}: columns must carry the survey point field names</source>
        <translation>La tabla de levantamiento no tiene la columna {names}: las columnas deben llevar los nombres de campo de los puntos de levantamiento</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="144"/>
        <source>Set a tolerance (metres or 1:N) before asking for the misclosure to be distributed.</source>
        <translation>Defina una tolerancia (metros o 1:N) antes de pedir que se compense el error de cierre.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="177"/>
        <source>None of the {count} hazards could be computed; first error: {error}</source>
        <translation>No se pudo calcular ninguna de las {count} áreas peligrosas; primer error: {error}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="190"/>
        <source>The benchmark lies {distance:,.0f} km from the other hazards&apos; benchmarks (more than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).</source>
        <translation>El mojón está a {distance:,.0f} km de los mojones de las demás áreas peligrosas (más de {limit:,.0f} km): compruebe sus coordenadas (banda MGRS, hemisferio, signo).</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="219"/>
        <source>Hazard {hazard}: {warning}</source>
        <translation>Área peligrosa {hazard}: {warning}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="221"/>
        <source>{computed} hazards computed, {failed} skipped</source>
        <translation>{computed} áreas peligrosas calculadas, {failed} omitidas</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/record_checks.py" line="68"/>
        <source>The numbers look like latitude and longitude in the wrong order: longitude (east-west) must come first.</source>
        <translation>Los números parecen latitud y longitud en el orden equivocado: la longitud (este-oeste) debe ir primero.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="72"/>
        <source>The numbers look like UTM metres (easting 500000-ish, northing up to 10,000,000): set the layer&apos;s CRS, e.g. EPSG:326xx (north) or EPSG:327xx (south) for UTM zone xx.</source>
        <translation>Los números parecen metros UTM (este en torno a 500000, norte hasta 10 000 000): defina el SRC de la capa, p. ej. EPSG:326xx (norte) o EPSG:327xx (sur) para la zona UTM xx.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="77"/>
        <source>The numbers look like projected metres (UTM, a national grid or Web Mercator EPSG:3857): set the layer&apos;s CRS to the one they were measured in.</source>
        <translation>Los números parecen metros proyectados (UTM, una cuadrícula nacional o Web Mercator EPSG:3857): defina como SRC de la capa aquel en el que se midieron.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="81"/>
        <source>The numbers are too large for any usual CRS: check the coordinate columns.</source>
        <translation>Los números son demasiado grandes para cualquier SRC habitual: compruebe las columnas de coordenadas.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="47"/>
        <source>Row {row}, field &apos;{field}&apos;: {problem}</source>
        <translation>Fila {row}, campo «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="60"/>
        <source>&apos;{value}&apos; holds characters that could not be read: the file was read in the wrong text encoding. Give its encoding (ENCODING, e.g. windows-1252) and import again.</source>
        <translation>«{value}» contiene caracteres que no se pudieron leer: el archivo se leyó con una codificación de texto equivocada. Indique su codificación (ENCODING, p. ej. windows-1252) e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="93"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD</source>
        <translation>«{value}» no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="95"/>
        <source>&apos;{value}&apos; is not a valid {kind}</source>
        <translation>«{value}» no es un valor {kind} válido</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>string</source>
        <translation>de texto</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>date</source>
        <translation>de fecha</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>datetime</source>
        <translation>de fecha y hora</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="131"/>
        <source>Column &apos;{column}&apos; is not a field of {table}; did you mean &apos;{field}&apos;? It was not imported.</source>
        <translation>La columna «{column}» no es un campo de {table}; ¿quiso decir «{field}»? No se importó.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="136"/>
        <source>Column &apos;{column}&apos; is not a field of {table}. It was not imported.</source>
        <translation>La columna «{column}» no es un campo de {table}. No se importó.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="144"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none; their column &apos;{column}&apos; looks like a misspelling of it: rename that column and import again.</source>
        <translation>La tabla {table} necesita la columna «{field}» y los registros no la tienen; su columna «{column}» parece una errata de ella: cambie el nombre de esa columna e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="150"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none: add it, with a value in every row, and import again.</source>
        <translation>La tabla {table} necesita la columna «{field}» y los registros no la tienen: añádala, con un valor en cada fila, e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="184"/>
        <source>a value is required: fill in this cell</source>
        <translation>se requiere un valor: rellene esta celda</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="188"/>
        <source>&apos;{value}&apos; is not a code of the list &apos;{list}&apos; (its codes: {codes})</source>
        <translation>«{value}» no es un código de la lista «{list}» (sus códigos: {codes})</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="195"/>
        <source>{value} is in the future: check the year (only planned dates may lie ahead)</source>
        <translation>{value} está en el futuro: compruebe el año (solo las fechas previstas pueden ser posteriores)</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="228"/>
        <source>the value {value} is refused: {rule}</source>
        <translation>se rechaza el valor {value}: {rule}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="251"/>
        <source>a {found} geometry cannot be stored in table {table}, which holds {expected} geometries</source>
        <translation>una geometría {found} no se puede guardar en la tabla {table}, que contiene geometrías {expected}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="264"/>
        <source>the coordinates ({x}, {y}) are not a longitude and latitude once transformed from {crs} to WGS 84 (longitude within ±180°, latitude within ±90°). {hint}</source>
        <translation>las coordenadas ({x}, {y}) no son una longitud y una latitud una vez transformadas de {crs} a WGS 84 (longitud dentro de ±180°, latitud dentro de ±90°). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="279"/>
        <source>&apos;{wkt}&apos; is not a readable geometry (WKT); correct it or empty the cell</source>
        <translation>«{wkt}» no es una geometría legible (WKT); corríjala o vacíe la celda</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="283"/>
        <source>the column holds a geometry but the records were read without geometries: load the file with its geometry column</source>
        <translation>la columna contiene una geometría pero los registros se leyeron sin geometrías: cargue el archivo con su columna de geometría</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="292"/>
        <source>the records have coordinates but no coordinate reference system (CRS), so their position is unknown. Set the layer&apos;s CRS, or give the CRS of the records when the layer has none (SOURCE_CRS). {hint}</source>
        <translation>los registros tienen coordenadas pero ningún sistema de referencia de coordenadas (SRC), por lo que su posición es desconocida. Defina el SRC de la capa, o indique el SRC de los registros cuando la capa no lo tenga (SOURCE_CRS). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="298"/>
        <source>the coordinates ({x}, {y}) look like longitude and latitude in degrees, but the records&apos; CRS {crs} is projected (metres): set the CRS to the one they are in, e.g. EPSG:4326 (WGS 84).</source>
        <translation>las coordenadas ({x}, {y}) parecen longitud y latitud en grados, pero el SRC de los registros, {crs}, es proyectado (metros): defina el SRC en el que están, p. ej. EPSG:4326 (WGS 84).</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="312"/>
        <source>the coordinates ({x}, {y}) cannot be transformed from {crs} to WGS 84. {hint}</source>
        <translation>las coordenadas ({x}, {y}) no se pueden transformar de {crs} a WGS 84. {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="364"/>
        <source>the row has no geometry, and table {table} needs one: give it coordinates, or a layer of geometries matched by {key}</source>
        <translation>la fila no tiene geometría y la tabla {table} la necesita: dele coordenadas, o una capa de geometrías vinculada por {key}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="371"/>
        <source>the geometry is not valid ({reason}): correct it and import again</source>
        <translation>la geometría no es válida ({reason}): corríjala e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="430"/>
        <source>&apos;{value}&apos; is already in table {table}: these records were probably imported before. Remove the rows already in the table from the records and import again.</source>
        <translation>«{value}» ya está en la tabla {table}: probablemente estos registros se importaron antes. Quite de los registros las filas que ya están en la tabla e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="435"/>
        <source>&apos;{value}&apos; is also in row {other}: each row needs its own value</source>
        <translation>«{value}» también está en la fila {other}: cada fila necesita su propio valor</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="473"/>
        <source>Nothing was imported from {source} into {table}. {problem}</source>
        <translation>No se importó nada de {source} en {table}. {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="466"/>
        <source>Table {table} cannot be edited.</source>
        <translation>No se puede editar la tabla {table}.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="476"/>
        <source>Nothing was written to {table}: {errors}</source>
        <translation>No se escribió nada en {table}: {errors}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="503"/>
        <source>{path} cannot be read as CSV.</source>
        <translation>No se puede leer {path} como CSV.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="64"/>
        <source>&apos;{encoding}&apos; is not a text encoding name; use e.g. UTF-8, windows-1252 or ISO-8859-1.</source>
        <translation>«{encoding}» no es un nombre de codificación de texto; use p. ej. UTF-8, windows-1252 o ISO-8859-1.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="70"/>
        <source>{path} is not {encoding} text (line {line}, byte {offset}): give the file&apos;s own encoding.</source>
        <translation>{path} no es texto {encoding} (línea {line}, byte {offset}): indique la codificación propia del archivo.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="82"/>
        <source>{path} is not UTF-8 text (line {line}); it was read as {encoding}. If accented letters look wrong, give the file&apos;s encoding (ENCODING).</source>
        <translation>{path} no es texto UTF-8 (línea {line}); se leyó como {encoding}. Si las letras acentuadas se ven mal, indique la codificación del archivo (ENCODING).</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="121"/>
        <source>{count} rows of {path} have coordinates QGIS could not read, and its delimited text reader left them out. Nothing was imported: correct them, or give the file path itself as the records so that the rows are named.</source>
        <translation>{count} filas de {path} tienen coordenadas que QGIS no pudo leer, y su lector de texto delimitado las omitió. No se importó nada: corríjalas, o indique como registros la ruta del propio archivo para que se nombren las filas.</translation>
    </message>
</context>
<context>
    <name>ImportFieldSubmissionsAlgorithm</name>
    <message>
        <location filename="../processing/import_field_submissions.py" line="20"/>
        <source>Import field submissions</source>
        <translation>Importar envíos de campo</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="45"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="53"/>
        <source>Submission report</source>
        <translation>Informe de envíos</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="55"/>
        <source>Submissions imported</source>
        <translation>Envíos importados</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="56"/>
        <source>Submissions rejected</source>
        <translation>Envíos rechazados</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="57"/>
        <source>Submissions already imported</source>
        <translation>Envíos ya importados</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="80"/>
        <source>{accepted} submissions imported, {rejected} rejected, {skipped} already imported</source>
        <translation>{accepted} envíos importados, {rejected} rechazados, {skipped} ya importados</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="42"/>
        <source>Field export (KoBoToolbox XLSX, ODK Central CSV zip, Survey123 file geodatabase or CSV zip)</source>
        <translation>Exportación de campo (XLSX de KoBoToolbox, zip CSV de ODK Central, geodatabase de archivos o zip CSV de Survey123)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="49"/>
        <source>Folder for the photos (default: beside a GeoPackage, its name followed by _photos)</source>
        <translation>Carpeta de las fotos (por defecto: junto a un GeoPackage, su nombre seguido de _photos)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="23"/>
        <source>Imports the submissions of a field form (Export field forms) from a KoBoToolbox XLSX export or an ODK Central CSV zip. A hazard report&apos;s survey points go through the traverse engine into a hazard polygon, with its closure figures. An activity report&apos;s perimeter, drawn or walked as survey points, becomes the activity, with its EO finds; an EO spot report becomes a find. Every record is checked as Import records checks it. Activities, finds and survey points come in submitted, for the national centre&apos;s review: only approved activities release land.

Photos named by a submission are kept with its record, in a folder named after the record&apos;s UUID, under the photos folder and the table: from an ODK Central zip&apos;s media folder, or from a media or attachments folder beside the export. A Survey123 file geodatabase or CSV zip is read too.

Each submission is written in a transaction of its own: a rejected one is named, with its field, in the report, and the others still go in. A submission is known by its instance UUID (its record&apos;s UUID), so importing it again, from either export, changes nothing.</source>
        <translation>Importa los envíos de un formulario de campo (Exportar formularios de campo) desde una exportación XLSX de KoBoToolbox o un zip CSV de ODK Central. Los puntos de levantamiento de un informe de área peligrosa pasan por el motor de poligonal para dar el polígono del área peligrosa, con sus cifras de cierre. El perímetro de un informe de actividad, dibujado o recorrido como puntos de levantamiento, se convierte en la actividad, con sus hallazgos de AE; un informe puntual de AE se convierte en un hallazgo. Cada registro se comprueba como lo comprueba Importar registros. Las actividades, los hallazgos y los puntos de levantamiento llegan enviados, para la revisión del centro nacional: solo las actividades aprobadas liberan tierras.

Las fotos que nombra un envío se guardan con su registro, en una carpeta con el nombre del UUID del registro, bajo la carpeta de fotos y la tabla: desde la carpeta media de un zip de ODK Central, o desde una carpeta media o attachments junto a la exportación. También se lee una geodatabase de archivos o un zip CSV de Survey123.

Cada envío se escribe en una transacción propia: uno rechazado se nombra, con su campo, en el informe, y los demás se importan igualmente. Un envío se reconoce por su UUID de instancia (el UUID de su registro), así que importarlo de nuevo, desde cualquiera de las exportaciones, no cambia nada.</translation>
    </message>
</context>
<context>
    <name>ImportQFieldChangesAlgorithm</name>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="15"/>
        <source>Import QField changes</source>
        <translation>Importar cambios de QField</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="18"/>
        <source>Brings back into the mine action database what a team added, changed or deleted in QField in a package written by &apos;Package for QField&apos; (give the package folder, its project or its GeoPackage, copied back whole from the device). Records are matched by uuid, as &apos;Submit field copy&apos; does:

- a record added in QField (it has a new uuid) is inserted;
- a record changed in QField (values or geometry) is updated, unless it was also changed in the database since the package was made: then it is a conflict, reported field by field with both values and not applied;
- a record deleted in QField is reported and kept: the field never deletes from the national database (delete it there if it must go);
- every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.

Everything is written in one transaction; importing the same package again changes nothing.</source>
        <translation>Devuelve a la base de datos de acción contra minas lo que un equipo añadió, modificó o eliminó en QField en un paquete escrito por «Empaquetar para QField» (indique la carpeta del paquete, su proyecto o su GeoPackage, copiada entera de vuelta desde el dispositivo). Los registros se emparejan por uuid, como hace «Enviar copia de campo»:

- un registro añadido en QField (tiene un uuid nuevo) se inserta;
- un registro modificado en QField (valores o geometría) se actualiza, salvo que también se haya modificado en la base de datos desde que se hizo el paquete: entonces es un conflicto, que se informa campo por campo con ambos valores y no se aplica;
- un registro eliminado en QField se informa y se conserva: el terreno nunca elimina nada de la base de datos nacional (elimínelo allí si debe desaparecer);
- todo registro añadido o modificado pasa los controles de «Importar registros»; el que falla se rechaza, con el nombre de su campo, y los demás entran.

Todo se escribe en una sola transacción; importar de nuevo el mismo paquete no cambia nada.</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="35"/>
        <source>QField package folder (or its project or GeoPackage)</source>
        <translation>Carpeta del paquete QField (o su proyecto o su GeoPackage)</translation>
    </message>
</context>
<context>
    <name>ImportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/import_records.py" line="31"/>
        <source>Import records into mine action database</source>
        <translation>Importar registros en la base de datos de acción contra minas</translation>
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
        <translation>Añade las filas de una tabla o capa (CSV, hoja de cálculo, exportación de IMSMA) a una tabla de una base de datos de acción contra minas. Las columnas se vinculan por nombre de campo. Primero se comprueba cada fila y, si alguna es errónea, el error indica la fila (1 es la primera fila tras el encabezado) y el campo, y no se escribe nada:
- columnas y valores obligatorios: los campos clave, los campos que exige el modelo de datos y los que necesita la liberación de tierras (áreas peligrosas: hazard_id, hazard_class, status, date_of_information; actividades: activity_id, activity_type, outcome, end_date) deben ser columnas con un valor en cada fila, aunque los formularios rellenarían un valor por defecto. Una columna que no es un campo se señala con una advertencia, con el campo al que se parece, y no se importa;
- los códigos, contra las listas de valores de la base de datos; los números y las fechas; ninguna fecha posterior a mañana salvo las fechas previstas (fechas de inicio y límite de las tareas);
- las reglas del modelo de datos, tal como las aplican los formularios: profundidades, distancias y superficies no negativas, una fecha de fin no anterior a su fecha de inicio, un azimut dentro de la vuelta de su unidad (360°, 400 gonios, 6400 o 6000 milésimas) ...;
- los ID: se rechaza una clave (hazard_id, activity_id ...), un uuid o, para los puntos de levantamiento, un hazard_id y point_no repetidos o que ya están en la tabla. Volver a importar filas se rechaza en lugar de omitirse: una importación ejecutada dos veces por error no debe añadir duplicados, y una reimportación parcial dejaría sin saber qué filas eran nuevas;
- las geometrías: legibles, del tipo de la tabla, en longitud/latitud una vez transformadas a WGS 84 (el error dice a qué se parecen los números, p. ej. metros UTM en una capa lon/lat, o grados en una proyectada). Todas las tablas excepto la de puntos de levantamiento necesitan una geometría en cada fila. Los registros sin SRC (un CSV, un shapefile sin .prj) se rechazan salvo que se indique su SRC;
- la codificación del texto: un archivo de texto que no es UTF-8 se lee como windows-1252 con una advertencia, salvo que se indique su codificación.

Las filas sin geometría pueden tomarla de una segunda capa (por ejemplo, polígonos de áreas peligrosas calculados a partir de poligonales de levantamiento), vinculada por el campo ID de la tabla. Las superficies se calculan en el elipsoide.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="75"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="77"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="82"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="87"/>
        <source>Geometries for rows without one (matched by ID)</source>
        <translation>Geometrías para las filas que no tienen (vinculadas por ID)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="90"/>
        <source>CRS of the records when the layer has none</source>
        <translation>SRC de los registros cuando la capa no tiene</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="93"/>
        <source>Text encoding of a CSV file (empty: UTF-8, or windows-1252 with a warning)</source>
        <translation>Codificación de texto de un archivo CSV (vacío: UTF-8, o windows-1252 con una advertencia)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="98"/>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="118"/>
        <source>The records have their own CRS, {crs}; the CRS given for records without one was not used. Change the layer&apos;s CRS if it is wrong.</source>
        <translation>Los registros tienen su propio SRC, {crs}; no se usó el SRC indicado para los registros que no lo tienen. Cambie el SRC de la capa si es erróneo.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="126"/>
        <source>The layer of geometries {layer} has no CRS, so its positions are unknown: set its CRS and import again.</source>
        <translation>La capa de geometrías {layer} no tiene SRC, por lo que sus posiciones son desconocidas: defina su SRC e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="144"/>
        <source>{count} rows imported into {table}</source>
        <translation>{count} filas importadas en {table}</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="68"/>
        <source>A field mapping profile (a JSON file, or one shipped with the plugin: IMSMA Core-style layers, an operator&apos;s shapefile) reads another system&apos;s layer: its field names, its codes and its CRS become ours, and its own ID is kept in external_id (docs/field-mapping.md).</source>
        <translation>Un perfil de correspondencia de campos (un archivo JSON, o uno de los que trae el complemento: capas al estilo de IMSMA Core, el shapefile de un operador) lee la capa de otro sistema: sus nombres de campo, sus códigos y su SRC pasan a ser los nuestros, y su propio ID se conserva en external_id (docs/field-mapping.md).</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="214"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation>{feature}: «{value}» en el campo {field} no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="219"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation>{feature}: falta la fecha en el campo {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="68"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation>{feature}: código desconocido «{value}» en el campo {field} (se esperaba uno de {codes}).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="251"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation>{feature}: la geometría falta o está vacía.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="261"/>
        <source>A {what} has no identifier.</source>
        <translation>Un registro ({what}) no tiene identificador.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="98"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation>{feature}: el identificador se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="310"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation>{feature}: el resultado «{outcome}» en el campo outcome no es posible para el tipo de actividad «{activity_type}».</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="319"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation>{feature}: el área peligrosa «{hazard}» del campo hazard_id no existe.</translation>
    </message>
    <message>
        <location filename="../core/land_release_plan.py" line="224"/>
        <source>Confirmed part of {hazard}, re-registered from the land release history on {date}.</source>
        <translation>Parte confirmada de {hazard}, registrada de nuevo a partir del historial de liberación de tierras el {date}.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation>La actividad está fuera de todas las áreas peligrosas sobre las que puede actuar.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="34"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation>Parte de la actividad cubre tierras ya liberadas por una actividad anterior; se cuenta una sola vez, por el método anterior.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation>La actividad terminó antes de la fecha de la información del área peligrosa y no cambia el área peligrosa.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="40"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation>Se descartó un fragmento residual menor que la tolerancia.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="42"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation>La geometría no era válida y se ha reparado.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="44"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation>El área peligrosa se solapa con un registro de área peligrosa anterior; el solapamiento se cuenta solo en el área peligrosa anterior.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="47"/>
        <source>The activity ends in the future (a mistyped year?); it was not applied. Correct its end date and compute again.</source>
        <translation>La actividad termina en el futuro (¿un año mal escrito?); no se aplicó. Corrija su fecha de fin y calcule de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="50"/>
        <source>The hazard&apos;s date of information is in the future (a mistyped year?); activities that ended before it do not change the hazard.</source>
        <translation>La fecha de la información del área peligrosa está en el futuro (¿un año mal escrito?); las actividades que terminaron antes no cambian el área peligrosa.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="48"/>
        <source>feature {fid}</source>
        <translation>objeto {fid}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="56"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>La capa {layer} no tiene el campo {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="160"/>
        <source>{feature}: field {field} is empty.</source>
        <translation>{feature}: el campo {field} está vacío.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="104"/>
        <source>{feature}: the hazard has no geometry, so its land is unknown (only a closed hazard may have none). Give it its polygon (draw it, import it or compute it from its survey table).</source>
        <translation>{feature}: el área peligrosa no tiene geometría, por lo que sus tierras son desconocidas (solo un área peligrosa cerrada puede no tenerla). Dele su polígono (dibújelo, impórtelo o calcúlelo a partir de su tabla de levantamiento).</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="285"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>No se puede escribir en la tabla {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="331"/>
        <source>Table {table} cannot be edited.</source>
        <translation>No se puede editar la tabla {table}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="83"/>
        <source>{database}: cannot lock the hazards to update: {error}. Nothing was written.</source>
        <translation>{database}: no se pueden bloquear las áreas peligrosas que se van a actualizar: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="94"/>
        <source>{database}: hazard {hazard} was changed by another editor since the update read it (version {read}, now {now}); nothing was written. Run the update again.</source>
        <translation>{database}: otro editor ha cambiado el área peligrosa {hazard} desde que la actualización la leyó (versión {read}, ahora {now}); no se ha escrito nada. Vuelva a ejecutar la actualización.</translation>
    </message>
</context>
<context>
    <name>LandReleaseDock</name>
    <message>
        <location filename="../ui/panels.py" line="21"/>
        <source>Land release</source>
        <translation>Liberación de tierras</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="90"/>
        <source>Hazard</source>
        <translation>Área peligrosa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="92"/>
        <source>From map selection</source>
        <translation>Desde la selección del mapa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="101"/>
        <source>Activities, by end date</source>
        <translation>Actividades, por fecha de fin</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="107"/>
        <source>Register an activity</source>
        <translation>Registrar una actividad</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="109"/>
        <source>Draw on map</source>
        <translation>Dibujar en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="111"/>
        <source>Left click adds a corner, right click finishes, Esc abandons.</source>
        <translation>Clic izquierdo añade un vértice, clic derecho termina, Esc abandona.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="114"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="119"/>
        <source>Use selected</source>
        <translation>Usar la selección</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="122"/>
        <source>or from layer</source>
        <translation>o desde la capa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="442"/>
        <source>No area yet</source>
        <translation>Aún sin superficie</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="126"/>
        <source>Activity ID</source>
        <translation>ID de la actividad</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="129"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="131"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="135"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="139"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="141"/>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="143"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="220"/>
        <source>Select a hazard on the map first.</source>
        <translation>Seleccione primero un área peligrosa en el mapa.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="231"/>
        <source>Open a mine action database to see its hazards.</source>
        <translation>Abra una base de datos de acción contra minas para ver sus áreas peligrosas.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="240"/>
        <source>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</source>
        <translation>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="250"/>
        <source>{entry} (not applied yet)</source>
        <translation>{entry} (aún no aplicada)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="265"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="266"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="267"/>
        <source>Reduced (technical asset)</source>
        <translation>Reducida (medio técnico)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="268"/>
        <source>Reduced (no technical asset)</source>
        <translation>Reducida (sin medio técnico)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="269"/>
        <source>Cleared</source>
        <translation>Despejada</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="270"/>
        <source>Remaining SHA</source>
        <translation>ASP restante</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="271"/>
        <source>Remaining CHA</source>
        <translation>APC restante</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="335"/>
        <source>Select one polygon in the chosen layer first.</source>
        <translation>Seleccione primero un polígono en la capa elegida.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="345"/>
        <source>Area drawn: {area}</source>
        <translation>Superficie dibujada: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="392"/>
        <source>Remaining after this activity: &lt;b&gt;{after}&lt;/b&gt; (now {before})</source>
        <translation>Restante tras esta actividad: &lt;b&gt;{after}&lt;/b&gt; (ahora {before})</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="395"/>
        <source>Released: {area}</source>
        <translation>Liberada: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="397"/>
        <source>Confirmed (becomes CHA): {area}</source>
        <translation>Confirmada (pasa a APC): {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="432"/>
        <source>Register activity {activity}</source>
        <translation>Registrar la actividad {activity}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="439"/>
        <source>Activity {activity} registered; save the layer edits to store it.</source>
        <translation>Actividad {activity} registrada; guarde las ediciones de la capa para almacenarla.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="247"/>
        <source>{entry} ({review}: releases no land until approved)</source>
        <translation>{entry} ({review}: no libera tierras hasta su aprobación)</translation>
    </message>
</context>
<context>
    <name>LandReleaseStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/land_release_statistics.py" line="21"/>
        <source>Land released</source>
        <translation>Tierras liberadas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="23"/>
        <source>Remaining at period end</source>
        <translation>Restante al final del período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="25"/>
        <source>Remaining at the as-of date</source>
        <translation>Restante en la fecha de referencia</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="27"/>
        <source>Explosive ordnance found and destroyed</source>
        <translation>Artefactos explosivos encontrados y destruidos</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="29"/>
        <source>Consistency check</source>
        <translation>Control de coherencia</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="39"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="40"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="41"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="42"/>
        <source>Contamination type</source>
        <translation>Tipo de contaminación</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="44"/>
        <source>Hazard class</source>
        <translation>Clase de área peligrosa</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="47"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="48"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="49"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="50"/>
        <source>The whole period</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="66"/>
        <source>Land release statistics</source>
        <translation>Estadísticas de liberación de tierras</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="69"/>
        <source>Tables of land release per reporting period and group, as national plans, donor reports and Article 7 reports need them: land cancelled, reduced with and without technical asset and cleared; remaining suspected (SHA) and confirmed (CHA) areas, number and m², at the end of each period and at the as-of date; explosive ordnance found and destroyed by category; and a consistency row per period (remaining at start - released + newly recorded + reclassified = remaining at end).

Every m² is counted once, by the method that released it first: the figures come from the release history and, for activities not applied yet, from the land release engine (what Update mine action database would write). Released land is grouped by the organisation of the activity and the class it left; remaining land by the hazard's reporting organisation and class.

Periods: from the start date (default: 1 January of the first record's year) to the end date (default: the as-of date, itself today by default), split by year, quarter or month. The tables are layers without geometry, and optionally one XLSX workbook with one sheet per table. The database is not modified.</source>
        <translation>Tablas de liberación de tierras por período de informe y grupo, tal como las piden los planes nacionales, los informes a donantes y los informes del artículo 7: tierras canceladas, reducidas con y sin medio técnico y despejadas; áreas sospechosas de peligro (ASP) y áreas peligrosas confirmadas (APC) restantes, en número y m², al final de cada período y en la fecha de referencia; artefactos explosivos encontrados y destruidos por categoría; y una fila de coherencia por período (restante al inicio - liberada + registrada en el período + reclasificada = restante al final).

Cada m² se cuenta una sola vez, por el método que lo liberó primero: las cifras vienen del historial de liberación y, para las actividades aún no aplicadas, del motor de liberación de tierras (lo que escribiría Actualizar base de datos de acción contra minas). Las tierras liberadas se agrupan por la organización de la actividad y la clase que dejaron; las tierras restantes por la organización informante del área peligrosa y su clase.

Períodos: desde la fecha de inicio (por defecto: el 1 de enero del año del primer registro) hasta la fecha de fin (por defecto: la fecha de referencia, que por defecto es hoy), divididos por año, trimestre o mes. Las tablas son capas sin geometría y, opcionalmente, un libro XLSX con una hoja por tabla. La base de datos no se modifica.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="98"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="106"/>
        <source>Split the period by</source>
        <translation>Dividir el período por</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="110"/>
        <source>As-of date (default: today)</source>
        <translation>Fecha de referencia (por defecto: hoy)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="113"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="117"/>
        <source>Smallest piece released (m²)</source>
        <translation>Fragmento liberado más pequeño (m²)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Statistics workbook</source>
        <translation>Libro de estadísticas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="144"/>
        <source>Reading the database and replaying the activities not applied yet</source>
        <translation>Leyendo la base de datos y reproduciendo las actividades aún no aplicadas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="152"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="159"/>
        <source>The period end ({end}) is before its start ({start}).</source>
        <translation>El fin del período ({end}) es anterior a su inicio ({start}).</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="178"/>
        <source>Cannot write the output {output}.</source>
        <translation>No se puede escribir el resultado {output}.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="189"/>
        <source>{periods} periods from {start} to {end}: {released:.1f} m² released; consistency rows balance within {worst:.3f} m²</source>
        <translation>{periods} períodos del {start} al {end}: {released:.1f} m² liberados; las filas de coherencia cuadran con un margen de {worst:.3f} m²</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="31"/>
        <source>Beneficiaries by sex, age and disability</source>
        <translation>Beneficiarios por sexo, edad y discapacidad</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="33"/>
        <source>Team composition by sex</source>
        <translation>Composición de los equipos por sexo</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="35"/>
        <source>Casualties by sex and age group</source>
        <translation>Víctimas por sexo y grupo de edad</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="88"/>
        <source>People, from the approved records: beneficiaries of the land handed over (women, girls, boys, men; persons with disabilities, also counted in those four), the composition of the teams by sex, and the killed and injured of accidents by sex and age group. Each row gives the people counted, how many records gave the figure and how many did not record it: a figure not recorded is never read as zero.</source>
        <translation>Las personas, según los registros aprobados: beneficiarios de la tierra entregada (mujeres, niñas, niños, hombres; personas con discapacidad, contadas también en esos cuatro grupos), la composición de los equipos por sexo, y los muertos y heridos de los accidentes por sexo y grupo de edad. Cada fila da las personas contadas, cuántos registros dieron la cifra y cuántos no la registraron: una cifra no registrada nunca se lee como cero.</translation>
    </message>
</context>
<context>
    <name>MakeFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/make_field_copy.py" line="22"/>
        <source>Make field copy</source>
        <translation>Crear copia de campo</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="25"/>
        <source>Writes a GeoPackage for a team working offline: the hazards of one region (or one task, its hazards and their confirmed parts) with their survey points, land release activities, EO finds, tasks, site points and access routes, and the lookup lists and settings whole. It has the same forms and styles as the database, so it opens ready to edit in QGIS and QField.

The copy records what each record was when it was copied (the table field_copy_base), so that &apos;Submit field copy&apos; can send back what was added or changed and tell apart what was changed in the database meanwhile. The database is only read.</source>
        <translation>Escribe un GeoPackage para un equipo que trabaja sin conexión: las áreas peligrosas de una región (o de una tarea, sus áreas peligrosas y sus partes confirmadas) con sus puntos de levantamiento, actividades de liberación de tierras, hallazgos de artefactos explosivos, tareas, puntos del sitio y rutas de acceso, y las listas de valores y la configuración completas. Tiene los mismos formularios y estilos que la base de datos, así que se abre lista para editar en QGIS y QField.

La copia guarda cómo era cada registro cuando se copió (la tabla field_copy_base), para que «Enviar copia de campo» devuelva lo que se añadió o modificó y distinga lo que se modificó mientras tanto en la base de datos. La base de datos solo se lee.</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="38"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="42"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Región (la región de las áreas peligrosas)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="44"/>
        <source>Or: task ID</source>
        <translation>O bien: ID de la tarea</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>Field copy</source>
        <translation>Copia de campo</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="48"/>
        <source>Overwrite an existing file</source>
        <translation>Sobrescribir un archivo existente</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="50"/>
        <source>Records copied</source>
        <translation>Registros copiados</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="63"/>
        <source>{count} records copied into {path}</source>
        <translation>{count} registros copiados en {path}</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../store/migrate.py" line="247"/>
        <source>{count} re-registered confirmed parts were linked to their hazard (parent_hazard_id).</source>
        <translation>{count} partes confirmadas registradas de nuevo se vincularon a su área peligrosa (parent_hazard_id).</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="27"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="28"/>
        <source>Survey</source>
        <translation>Levantamiento</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="29"/>
        <source>Land release</source>
        <translation>Liberación de tierras</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="30"/>
        <source>Cartography</source>
        <translation>Cartografía</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="96"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se escribió ningún resultado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="31"/>
        <source>Reporting</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="32"/>
        <source>Field data</source>
        <translation>Datos de campo</translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>Mine Action</source>
        <translation>Acción contra minas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Create mine action database…</source>
        <translation>Crear base de datos de acción contra minas…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open mine action database…</source>
        <translation>Abrir base de datos de acción contra minas…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="184"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation>Mine Action Mapper necesita estos paquetes de Python: {packages}. Instálelos en el Python que usa QGIS (por ejemplo con pip, o con el instalador OSGeo4W en Windows) y reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="230"/>
        <source>Mine Action Mapper</source>
        <translation>Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>Open mine action database</source>
        <translation>Abrir base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="227"/>
        <source>Upgrade…</source>
        <translation>Migrar…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97"/>
        <source>Open national database (PostGIS)…</source>
        <translation>Abrir la base de datos nacional (PostGIS)…</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsFactory</name>
    <message>
        <location filename="../ui/options_page.py" line="239"/>
        <source>Mine Action</source>
        <translation>Acción contra minas</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsPage</name>
    <message>
        <location filename="../ui/options_page.py" line="182"/>
        <source>Your defaults</source>
        <translation>Sus valores por defecto</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="184"/>
        <source>Used for databases that have no value of their own, and for work outside a database.</source>
        <translation>Se usan para las bases de datos que no tienen valor propio, y para el trabajo fuera de una base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="197"/>
        <source>This database: {name}</source>
        <translation>Esta base de datos: {name}</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="201"/>
        <source>Ticked values are stored in the database and travel with it; they win over your defaults.</source>
        <translation>Los valores marcados se guardan en la base de datos y viajan con ella; prevalecen sobre sus valores por defecto.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="225"/>
        <source>Mine Action settings</source>
        <translation>Configuración de acción contra minas</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../processing/provider.py" line="17"/>
        <source>Mine Action</source>
        <translation>Acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Mine Action Mapper: humanitarian mine action tools</source>
        <translation>Mine Action Mapper: herramientas de acción humanitaria contra minas</translation>
    </message>
</context>
<context>
    <name>NationalReport</name>
    <message>
        <location filename="../core/report_charts.py" line="39"/>
        <source>The national report&apos;s charts need the Python package matplotlib, which is not installed in the Python QGIS runs: install python3-matplotlib (Debian, Ubuntu) or matplotlib (OSGeo4W shell: python -m pip install matplotlib).</source>
        <translation>Los gráficos del informe nacional necesitan el paquete de Python matplotlib, que no está instalado en el Python que usa QGIS: instale python3-matplotlib (Debian, Ubuntu) o matplotlib (consola OSGeo4W: python -m pip install matplotlib).</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="240"/>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="241"/>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="243"/>
        <source>Land cancelled (non-technical survey)</source>
        <translation>Tierras canceladas (estudio no técnico)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="244"/>
        <source>Land reduced with technical asset</source>
        <translation>Tierras reducidas con medio técnico</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="245"/>
        <source>Land reduced without technical asset</source>
        <translation>Tierras reducidas sin medio técnico</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="246"/>
        <source>Land cleared</source>
        <translation>Tierras despejadas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="250"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="251"/>
        <source>Reduced (technical asset)</source>
        <translation>Reducidas (medio técnico)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="252"/>
        <source>Reduced (no technical asset)</source>
        <translation>Reducidas (sin medio técnico)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="253"/>
        <source>Cleared</source>
        <translation>Despejadas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="256"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (number)</source>
        <translation>ASP (número)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (m²)</source>
        <translation>ASP (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (number)</source>
        <translation>APC (número)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (m²)</source>
        <translation>APC (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (number)</source>
        <translation>Total (número)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (m²)</source>
        <translation>Total (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cancelled (m²)</source>
        <translation>Canceladas (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Reduced (m²)</source>
        <translation>Reducidas (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cleared (m²)</source>
        <translation>Despejadas (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Total released (m²)</source>
        <translation>Total liberada (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="282"/>
        <source>No such area is known or suspected at the as-of date.</source>
        <translation>No se conoce ni se sospecha ninguna área de este tipo en la fecha de referencia.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="284"/>
        <source>No land was released in the reporting period.</source>
        <translation>Ninguna tierra fue liberada en el periodo del informe.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="287"/>
        <source>National summary</source>
        <translation>Resumen nacional</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="288"/>
        <source>Anti-Personnel Mine Ban Convention, Article 7</source>
        <translation>Convención sobre la prohibición de las minas antipersonal, artículo 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="289"/>
        <source>Convention on Cluster Munitions, Article 7</source>
        <translation>Convención sobre municiones en racimo, artículo 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Hazardous areas, land release and explosive ordnance (all contamination)</source>
        <translation>Áreas peligrosas, liberación de tierras y artefactos explosivos (toda la contaminación)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Explosive ordnance found and destroyed in the period, by category</source>
        <translation>Artefactos explosivos encontrados y destruidos en el periodo, por categoría</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Destroyed</source>
        <translation>Destruidos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No explosive ordnance was found in the reporting period.</source>
        <translation>No se encontró ningún artefacto explosivo en el periodo del informe.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas remaining, by region (anti-personnel mines and mixed contamination)</source>
        <translation>Áreas minadas restantes, por región (minas antipersonal y contaminación mixta)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas released in the period, by region and method</source>
        <translation>Áreas minadas liberadas en el periodo, por región y método</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Areas contaminated by cluster munition remnants, by region</source>
        <translation>Áreas contaminadas por restos de municiones en racimo, por región</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Cluster munition contaminated areas released in the period, by region and method</source>
        <translation>Áreas contaminadas por municiones en racimo liberadas en el periodo, por región y método</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="381"/>
        <source>The as-of date {as_of} is before the reporting year {year} starts: give an as-of date on or after {start}.</source>
        <translation>La fecha de referencia {as_of} es anterior al inicio del año del informe {year}: indique una fecha de referencia igual o posterior al {start}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="55"/>
        <source>NATIONAL MINE ACTION REPORT</source>
        <translation>INFORME NACIONAL DE ACCIÓN CONTRA MINAS</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="56"/>
        <source>Article 7 transparency reports: Anti-Personnel Mine Ban Convention and Convention on Cluster Munitions</source>
        <translation>Informes de transparencia del artículo 7: Convención sobre la prohibición de las minas antipersonal y Convención sobre municiones en racimo</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="59"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="60"/>
        <source>The national mine action authority</source>
        <translation>La autoridad nacional de acción contra minas</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="62"/>
        <source>Reporting period</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="63"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="64"/>
        <source>Remaining areas as of</source>
        <translation>Áreas restantes al</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="65"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="66"/>
        <source>Date of issue</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="67"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="68"/>
        <source>Areas are ground areas on the WGS 84 ellipsoid, in square metres (m²). Every square metre released is counted once, by the method that released it first (cancellation by non-technical survey, reduction by technical survey, clearance), from the land release history.</source>
        <translation>Las superficies son superficies sobre el terreno en el elipsoide WGS 84, en metros cuadrados (m²). Cada metro cuadrado liberado se cuenta una vez, por el método que lo liberó primero (cancelación por estudio no técnico, reducción por estudio técnico, despeje), según el historial de liberación de tierras.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="73"/>
        <source>Land released per year, by method (m²)</source>
        <translation>Tierras liberadas por año, por método (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="75"/>
        <source>Remaining hazardous area by region at {date} (m²)</source>
        <translation>Áreas peligrosas restantes por región al {date} (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="77"/>
        <source>Suspected (SHA)</source>
        <translation>Sospechosas (ASP)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Confirmadas (APC)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="79"/>
        <source>Progress: hazardous area remaining at the end of each year, and the path to the target of {date} (m²)</source>
        <translation>Avance: áreas peligrosas restantes al final de cada año y trayectoria hacia el objetivo del {date} (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="82"/>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="83"/>
        <source>Path to the target</source>
        <translation>Trayectoria hacia el objetivo</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="84"/>
        <source>Certified correct by the issuing authority</source>
        <translation>Certificado conforme por la autoridad emisora</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="86"/>
        <source>Name, title and signature</source>
        <translation>Nombre, cargo y firma</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="87"/>
        <source>Date and seal</source>
        <translation>Fecha y sello</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="88"/>
        <source>National mine action report {period}</source>
        <translation>Informe nacional de acción contra minas {period}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="90"/>
        <source>Issued on {date}. Source: {source}.</source>
        <translation>Emitido el {date}. Fuente: {source}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="91"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="92"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="93"/>
        <source>The national report could not be written ({error}).</source>
        <translation>No se pudo escribir el informe nacional ({error}).</translation>
    </message>
    <message>
        <location filename="../layouts/national_report_data.py" line="46"/>
        <source>No hazard is recorded on or before {end}: the database has nothing to report for {year}. Choose a later reporting year.</source>
        <translation>No hay ningún área peligrosa registrada el {end} o antes: la base de datos no tiene nada que informar para {year}. Elija un año de informe posterior.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="189"/>
        <source>Hazardous areas remaining</source>
        <translation>Áreas peligrosas restantes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="190"/>
        <source>of which suspected hazardous areas (SHA)</source>
        <translation>de las cuales áreas sospechosas de peligro (ASP)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="191"/>
        <source>of which confirmed hazardous areas (CHA)</source>
        <translation>de las cuales áreas peligrosas confirmadas (APC)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="192"/>
        <source>Hazardous areas newly recorded in the period</source>
        <translation>Áreas peligrosas registradas por primera vez en el periodo</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="198"/>
        <source>Land released in the period</source>
        <translation>Tierras liberadas en el periodo</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="199"/>
        <source>Land released since records began</source>
        <translation>Tierras liberadas desde el inicio de los registros</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="201"/>
        <source>Explosive ordnance items found in the period</source>
        <translation>Artefactos explosivos encontrados en el periodo</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="203"/>
        <source>Explosive ordnance items destroyed in the period</source>
        <translation>Artefactos explosivos destruidos en el periodo</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="348"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="274"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="275"/>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="276"/>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="277"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="278"/>
        <source>Persons with disabilities</source>
        <translation>Personas con discapacidad</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="280"/>
        <source>Sex and age not known</source>
        <translation>Sexo y edad desconocidos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="290"/>
        <source>People: beneficiaries and casualties</source>
        <translation>Personas: beneficiarios y víctimas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries of the land handed over in the period, by sex and age</source>
        <translation>Beneficiarios de las tierras entregadas en el período, por sexo y edad</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records with the count</source>
        <translation>Registros con el número</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records without the count</source>
        <translation>Registros sin el número</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No beneficiaries were recorded in the reporting period.</source>
        <translation>No se registraron beneficiarios en el período del informe.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties of explosive ordnance accidents in the period, by sex and age</source>
        <translation>Víctimas de accidentes con artefactos explosivos en el período, por sexo y edad</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed</source>
        <translation>Muertos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured</source>
        <translation>Heridos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed: not recorded</source>
        <translation>Muertos: no registrado</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured: not recorded</source>
        <translation>Heridos: no registrado</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No casualty was recorded in the reporting period.</source>
        <translation>No se registró ninguna víctima en el período del informe.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/open_database.py" line="17"/>
        <source>Open mine action database</source>
        <translation>Abrir base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="30"/>
        <source>Layer group</source>
        <translation>Grupo de capas</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="35"/>
        <source>Schema version {version}</source>
        <translation>Versión del esquema {version}</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="21"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms: a GeoPackage file, or a schema on a PostgreSQL connection.</source>
        <translation>Añade todas las capas de una base de datos de acción contra minas al proyecto actual, en un solo grupo, con sus estilos y formularios de atributos: un archivo GeoPackage, o un esquema de una conexión PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../processing/outputs.py" line="84"/>
        <source>The output &apos;{output}&apos; ({path}) is a mine action database: writing it would destroy the database. Choose another file for the output.</source>
        <translation>El resultado «{output}» ({path}) es una base de datos de acción contra minas: escribirlo destruiría la base de datos. Elija otro archivo para el resultado.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="90"/>
        <source>The output &apos;{output}&apos; ({path}) is the file the input &apos;{input}&apos; reads: writing it would destroy that data. Choose another file for the output.</source>
        <translation>El resultado «{output}» ({path}) es el archivo que lee la entrada «{input}»: escribirlo destruiría esos datos. Elija otro archivo para el resultado.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="119"/>
        <source>The output &apos;{output}&apos; ({path}) cannot be written: {error}. Choose another file or folder for the output.</source>
        <translation>No se puede escribir el resultado «{output}» ({path}): {error}. Elija otro archivo u otra carpeta para el resultado.</translation>
    </message>
    <message>
        <location filename="../store/workbook.py" line="18"/>
        <source>The workbook {path} cannot be written: {error}</source>
        <translation>No se puede escribir el libro {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../layouts/layout_overview.py" line="88"/>
        <source>All hazards</source>
        <translation>Todas las áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="99"/>
        <source>Released (cancelled, reduced, cleared)</source>
        <translation>Liberadas (canceladas, reducidas, despejadas)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="135"/>
        <source>The database has no hazard or activity with a geometry to map.</source>
        <translation>La base de datos no tiene ningún área peligrosa ni actividad con geometría que cartografiar.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="158"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="162"/>
        <source>NATIONAL MINE ACTION OVERVIEW</source>
        <translation>VISTA NACIONAL DE ACCIÓN CONTRA MINAS</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="163"/>
        <source>Hazardous areas by class and land release activities by outcome, as recorded on {date}. Scale 1:{scale}.</source>
        <translation>Áreas peligrosas por clase y actividades de liberación de tierras por resultado, según lo registrado el {date}. Escala 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="167"/>
        <source>Hazardous areas by class and status</source>
        <translation>Áreas peligrosas por clase y estado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Hazards</source>
        <translation>Áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="173"/>
        <source>Land release activities by outcome</source>
        <translation>Actividades de liberación de tierras por resultado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Land, counted once (m²)</source>
        <translation>Tierras, contadas una vez (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and minutes of latitude and longitude. Areas are ground areas on the WGS 84 ellipsoid. Source: {database}. Issued by {authority} on {date}.</source>
        <translation>Mapa: {crs_name} ({crs}), datum WGS 84; retícula en grados y minutos de latitud y longitud. Las superficies son superficies sobre el terreno en el elipsoide WGS 84. Fuente: {database}. Emitido por {authority} el {date}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>the national mine action authority</source>
        <translation>la autoridad nacional de acción contra minas</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="187"/>
        <source>Planning overview only: not for navigation or for entering any area. Hazard boundaries are approximate and unrecorded contamination may exist anywhere. Hazardous areas are what remains; land released is counted once, by the method that released it first.</source>
        <translation>Solo para planificación: no sirve para navegar ni para entrar en ninguna área. Los límites de las áreas peligrosas son aproximados y puede haber contaminación no registrada en cualquier lugar. Las áreas peligrosas son lo que queda; las tierras liberadas se cuentan una sola vez, por el método que las liberó primero.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="235"/>
        <source>The overview could not be written ({error}).</source>
        <translation>No se pudo escribir la vista general ({error}).</translation>
    </message>
</context>
<context>
    <name>PackageForQFieldAlgorithm</name>
    <message>
        <location filename="../processing/package_for_qfield.py" line="24"/>
        <source>Package for QField</source>
        <translation>Empaquetar para QField</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="27"/>
        <source>Writes a folder to copy to a device with QField: a QGIS project (saved with relative paths) around a field copy of one region or one task, as &apos;Make field copy&apos; writes it, with the database&apos;s forms and styles, the relations between the tables, the map opening on the package&apos;s records (no basemap), and the task order PDF of each task.

The project uses only QGIS itself: QField opens it without this plugin. Bring the team&apos;s work back with &apos;Import QField changes&apos;. The database is only read; the folder appears only when complete, and an existing package is replaced only when overwriting is allowed.</source>
        <translation>Escribe una carpeta para copiar a un dispositivo con QField: un proyecto de QGIS (guardado con rutas relativas) en torno a una copia de campo de una región o de una tarea, tal como la escribe «Crear copia de campo», con los formularios y los estilos de la base de datos, las relaciones entre las tablas, el mapa abierto sobre los registros del paquete (sin mapa base) y la orden de tarea en PDF de cada tarea.

El proyecto solo usa QGIS: QField lo abre sin este complemento. Traiga de vuelta el trabajo del equipo con «Importar cambios de QField». La base de datos solo se lee; la carpeta solo aparece completa, y un paquete existente solo se reemplaza si se permite reemplazarlo.</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="40"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Región (la región de las áreas peligrosas)</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="42"/>
        <source>Or: task ID</source>
        <translation>O bien: ID de la tarea</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="44"/>
        <source>Package folder</source>
        <translation>Carpeta del paquete</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="46"/>
        <source>Replace an existing package</source>
        <translation>Reemplazar un paquete existente</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="48"/>
        <source>QGIS project</source>
        <translation>Proyecto de QGIS</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="49"/>
        <source>Records copied</source>
        <translation>Registros copiados</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="50"/>
        <source>Task orders printed</source>
        <translation>Órdenes de tarea impresas</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="66"/>
        <source>{records} records and {orders} task orders packaged in {folder}</source>
        <translation>{records} registros y {orders} órdenes de tarea empaquetados en {folder}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/field_mapping.py" line="34"/>
        <source>Field mapping profile {profile}: {problem}</source>
        <translation>Perfil de correspondencia de campos {profile}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="92"/>
        <source>Row {row}, field &apos;{source}&apos;: profile {profile} has no code of ours for the value &apos;{value}&apos; (it maps: {codes}). Add it to the profile&apos;s &quot;values&quot; for {field} and import again.</source>
        <translation>Fila {row}, campo '{source}': el perfil {profile} no tiene ningún código nuestro para el valor '{value}' (hace corresponder: {codes}). Añádalo a los &quot;values&quot; del perfil para {field} e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="110"/>
        <source>Record {record}, field &apos;{field}&apos;: profile {profile} has none of the source&apos;s codes for our code &apos;{value}&apos;. Add one to the profile&apos;s &quot;values&quot; for {field} and export again.</source>
        <translation>Registro {record}, campo '{field}': el perfil {profile} no tiene ningún código de la fuente para nuestro código '{value}'. Añada uno a los &quot;values&quot; del perfil para {field} y exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="129"/>
        <source>it has no mapping for table {table} (it maps: {tables}).</source>
        <translation>no tiene correspondencia para la tabla {table} (hace corresponder: {tables}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="137"/>
        <source>&quot;{where}&quot; must be a JSON object of names.</source>
        <translation>&quot;{where}&quot; debe ser un objeto JSON de nombres.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="145"/>
        <source>&quot;{where}&quot;: the value of &apos;{key}&apos; must be a name (text).</source>
        <translation>&quot;{where}&quot;: el valor de '{key}' debe ser un nombre (texto).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="153"/>
        <source>&apos;{table}&apos; is not a table of the data model.</source>
        <translation>'{table}' no es una tabla del modelo de datos.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="164"/>
        <source>&quot;{where}&quot; must name a source field.</source>
        <translation>&quot;{where}&quot; debe nombrar un campo de la fuente.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="169"/>
        <source>table {table}: &apos;{field}&apos; (for the source field &apos;{source}&apos;) is not a field of {table}; its fields: {fields}.</source>
        <translation>tabla {table}: '{field}' (para el campo de la fuente '{source}') no es un campo de {table}; sus campos: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="174"/>
        <source>table {table}: the source fields &apos;{first}&apos; and &apos;{second}&apos; both map to {field}; keep one.</source>
        <translation>tabla {table}: los campos de la fuente '{first}' y '{second}' corresponden ambos a {field}; conserve uno.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="181"/>
        <source>table {table} has no external ID field, so &quot;external_id&quot; cannot be given for it.</source>
        <translation>la tabla {table} no tiene campo de ID externo, así que no se le puede dar &quot;external_id&quot;.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="185"/>
        <source>table {table}: &quot;external_id&quot; names &apos;{source}&apos; but &quot;fields&quot; maps &apos;{other}&apos; to external_id; keep one.</source>
        <translation>tabla {table}: &quot;external_id&quot; nombra '{source}' pero &quot;fields&quot; hace corresponder '{other}' a external_id; conserve uno.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="191"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, which is not a list field of {table}.</source>
        <translation>tabla {table}: &quot;values&quot; tiene códigos para '{field}', que no es un campo de lista de {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="195"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, but no source field maps to it.</source>
        <translation>tabla {table}: &quot;values&quot; tiene códigos para '{field}', pero ningún campo de la fuente corresponde a él.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="201"/>
        <source>table {table}: the constant &apos;{field}&apos; is not a field of {table}.</source>
        <translation>tabla {table}: la constante '{field}' no es un campo de {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="205"/>
        <source>table {table}: &apos;{field}&apos; is both a constant and mapped from &apos;{source}&apos;; keep one.</source>
        <translation>tabla {table}: '{field}' es a la vez una constante y la correspondencia de '{source}'; conserve uno.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="212"/>
        <source>the source field name &apos;{source}&apos; is longer than the profile&apos;s limit of {limit} characters.</source>
        <translation>el nombre de campo de la fuente '{source}' supera el límite del perfil de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="225"/>
        <source>it is not a field mapping profile of version {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</source>
        <translation>no es un perfil de correspondencia de campos de la versión {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="230"/>
        <source>&quot;crs&quot; must name the source&apos;s coordinate reference system, e.g. &quot;EPSG:4326&quot;.</source>
        <translation>&quot;crs&quot; debe nombrar el sistema de referencia de coordenadas de la fuente, p. ej. &quot;EPSG:4326&quot;.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="235"/>
        <source>&quot;max_name_length&quot; must be a whole number of characters.</source>
        <translation>&quot;max_name_length&quot; debe ser un número entero de caracteres.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="239"/>
        <source>&quot;tables&quot; maps no table.</source>
        <translation>&quot;tables&quot; no hace corresponder ninguna tabla.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="252"/>
        <source>it cannot be read ({error}).</source>
        <translation>no se puede leer ({error}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="255"/>
        <source>it is not valid JSON ({error}).</source>
        <translation>no es JSON válido ({error}).</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="16"/>
        <source>Field mapping profile (JSON file)</source>
        <translation>Perfil de correspondencia de campos (archivo JSON)</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="19"/>
        <source>Or: a field mapping profile shipped with the plugin</source>
        <translation>O: un perfil de correspondencia de campos incluido en el complemento</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="34"/>
        <source>Give either a field mapping profile file or a bundled profile, not both.</source>
        <translation>Indique un archivo de perfil de correspondencia de campos o un perfil incluido, no ambos.</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="41"/>
        <source>Give the field mapping profile: a JSON file, or one of the bundled profiles.</source>
        <translation>Indique el perfil de correspondencia de campos: un archivo JSON, o uno de los perfiles incluidos.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="29"/>
        <source>Field mapping profile {profile}: &quot;crs&quot; &apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>Perfil de correspondencia de campos {profile}: el &quot;crs&quot; '{crs}' no es un sistema de referencia de coordenadas que QGIS conozca.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="43"/>
        <source>Nothing was imported from {source}: its CRS is {own}, but field mapping profile {profile} says the source is in {crs}. Use the profile made for these records, or correct its &quot;crs&quot;.</source>
        <translation>No se importó nada de {source}: su SRC es {own}, pero el perfil de correspondencia de campos {profile} dice que la fuente está en {crs}. Use el perfil hecho para estos registros, o corrija su &quot;crs&quot;.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="56"/>
        <source>Nothing was imported from {source}: field mapping profile {profile} maps the field &apos;{field}&apos;, which the records do not have (their fields: {fields}).</source>
        <translation>No se importó nada de {source}: el perfil de correspondencia de campos {profile} hace corresponder el campo '{field}', que los registros no tienen (sus campos: {fields}).</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="65"/>
        <source>Fields of {source} that profile {profile} does not map were not imported: {fields}.</source>
        <translation>Los campos de {source} que el perfil {profile} no hace corresponder no se importaron: {fields}.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="130"/>
        <source>(Field &apos;{field}&apos; of the records, through profile {profile}.)</source>
        <translation>(Campo '{field}' de los registros, mediante el perfil {profile}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="133"/>
        <source>(Profile {profile} maps no field of the records to {field}.)</source>
        <translation>(El perfil {profile} no hace corresponder ningún campo de los registros a {field}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="175"/>
        <source>A shapefile keeps field names of at most {limit} characters, and profile {profile} writes &apos;{field}&apos;: export to a GeoPackage, or use a profile with shorter names.</source>
        <translation>Un shapefile conserva nombres de campo de {limit} caracteres como máximo, y el perfil {profile} escribe '{field}': exporte a un GeoPackage, o use un perfil con nombres más cortos.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../styles/project.py" line="20"/>
        <source>Mine action: {name}</source>
        <translation>Acción contra minas: {name}</translation>
    </message>
</context>
<context>
    <name>QFieldPackage</name>
    <message>
        <location filename="../layouts/qfield_package.py" line="59"/>
        <source>Mine action field package: {name}</source>
        <translation>Paquete de campo de acción contra minas: {name}</translation>
    </message>
    <message>
        <location filename="../layouts/qfield_package.py" line="75"/>
        <source>Cancelled: no package was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="41"/>
        <source>The package folder {folder} holds the database it is made from. Choose another folder.</source>
        <translation>La carpeta del paquete {folder} contiene la base de datos de la que se hace. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="47"/>
        <source>{folder} exists and is not a QField package: it is never replaced. Choose a new or empty folder.</source>
        <translation>{folder} existe y no es un paquete QField: nunca se reemplaza. Elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="51"/>
        <source>{folder} already holds a QField package. Choose another folder or allow overwriting.</source>
        <translation>{folder} ya contiene un paquete QField. Elija otra carpeta o permita sobrescribir.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="85"/>
        <source>{path} is not a QField package written by &apos;Package for QField&apos; (it has no {manifest}). Give the package&apos;s folder, its project or its GeoPackage.</source>
        <translation>{path} no es un paquete QField escrito por «Empaquetar para QField» (no tiene {manifest}). Indique la carpeta del paquete, su proyecto o su GeoPackage.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="95"/>
        <source>The package description {manifest} cannot be read: {error}</source>
        <translation>No se puede leer la descripción del paquete {manifest}: {error}</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="99"/>
        <source>{path} was made by a newer version of Mine Action Mapper (package format {version}; this plugin knows {known}). Update the plugin to import it.</source>
        <translation>{path} se hizo con una versión más reciente de Mine Action Mapper (formato de paquete {version}; este complemento conoce {known}). Actualice el complemento para importarlo.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="116"/>
        <source>The package {path} has lost its GeoPackage {name}: copy the whole package folder back from the device.</source>
        <translation>El paquete {path} ha perdido su GeoPackage {name}: copie de vuelta la carpeta entera del paquete desde el dispositivo.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="52"/>
        <source>The project {path} could not be written: {error}</source>
        <translation>No se pudo escribir el proyecto {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="100"/>
        <source>{child} of the {parent}</source>
        <translation>{child} de: {parent}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="106"/>
        <source>The relation {relation} is not valid: a table or field of the field copy is missing.</source>
        <translation>La relación {relation} no es válida: falta una tabla o un campo de la copia de campo.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="115"/>
        <source>Related records</source>
        <translation>Registros relacionados</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../core/quality/check.py" line="44"/>
        <source>The record cannot be checked: {error}</source>
        <translation>El registro no se puede comprobar: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>No geometry: {reason}</source>
        <translation>Sin geometría: {reason}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>the geometry is empty</source>
        <translation>la geometría está vacía</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="44"/>
        <source>The activity overlaps no hazard.</source>
        <translation>La actividad no se solapa con ninguna área peligrosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="55"/>
        <source>The find lies in no hazard and no activity.</source>
        <translation>El hallazgo no está en ninguna área peligrosa ni en ninguna actividad.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="80"/>
        <source>Overlaps hazard {other} by {area:.1f} m².</source>
        <translation>Se solapa con el área peligrosa {other} en {area:.1f} m².</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="23"/>
        <source>the boundary crosses itself</source>
        <translation>el contorno se cruza consigo mismo</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="24"/>
        <source>a ring touches itself</source>
        <translation>un anillo se toca a sí mismo</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="25"/>
        <source>too few points</source>
        <translation>demasiado pocos puntos</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="27"/>
        <source>a hole lies outside the polygon</source>
        <translation>un hueco está fuera del polígono</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="28"/>
        <source>a hole lies inside another hole</source>
        <translation>un hueco está dentro de otro hueco</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="29"/>
        <source>holes cut the polygon in pieces</source>
        <translation>los huecos dividen el polígono en pedazos</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="31"/>
        <source>a part lies inside another part</source>
        <translation>una parte está dentro de otra parte</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="32"/>
        <source>a ring is repeated</source>
        <translation>un anillo está repetido</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="33"/>
        <source>a coordinate is not a number</source>
        <translation>una coordenada no es un número</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="34"/>
        <source>a ring is not closed</source>
        <translation>un anillo no está cerrado</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="116"/>
        <source>Part {part}, ring {ring}: {count} distinct vertices.</source>
        <translation>Parte {part}, anillo {ring}: {count} vértices distintos.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="123"/>
        <source>Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} appears {count} times.</source>
        <translation>Parte {part}, anillo {ring}: el vértice {x:.7f} {y:.7f} aparece {count} veces.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="129"/>
        <source>Part {part}, ring {ring}: a segment of {length:.0f} m (limit {limit:.0f} m).</source>
        <translation>Parte {part}, anillo {ring}: un segmento de {length:.0f} m (límite {limit:.0f} m).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="143"/>
        <source>Part {part}: {reason}.</source>
        <translation>Parte {part}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="161"/>
        <source>Part {part} repeats part {other}.</source>
        <translation>La parte {part} repite la parte {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="171"/>
        <source>Parts {part} and {other} overlap by {area:.1f} m² ({percent:.1f} % of the smaller).</source>
        <translation>Las partes {part} y {other} se solapan en {area:.1f} m² ({percent:.1f} % de la menor).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="195"/>
        <source>Same position as {other}.</source>
        <translation>Misma posición que {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/links.py" line="16"/>
        <source>No hazard has the ID &apos;{hazard}&apos;.</source>
        <translation>Ningún área peligrosa tiene el identificador «{hazard}».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="29"/>
        <source>&apos;{value}&apos; repeats the ID &apos;{other}&apos; of feature {fid}.</source>
        <translation>«{value}» repite el identificador «{other}» de la entidad {fid}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="41"/>
        <source>The field &apos;{field}&apos; is empty.</source>
        <translation>El campo «{field}» está vacío.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="55"/>
        <source>&apos;{code}&apos; is not in the lookup list &apos;{vocabulary}&apos;.</source>
        <translation>«{code}» no está en la lista de valores «{vocabulary}».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="72"/>
        <source>Stated {stated:.1f} m², computed {computed:.1f} m² ({percent:+.1f} %).</source>
        <translation>Declarada {stated:.1f} m², calculada {computed:.1f} m² ({percent:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="93"/>
        <source>Ends {end}, starts {start}.</source>
        <translation>Termina el {end}, empieza el {start}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="100"/>
        <source>Ends {end}; hazard {hazard} is dated {recorded}.</source>
        <translation>Termina el {end}; el área peligrosa {hazard} tiene fecha {recorded}.</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="21"/>
        <source>a vertex repeating the one before it</source>
        <translation>un vértice que repite el anterior</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="22"/>
        <source>the last two vertices repeating the first two</source>
        <translation>los dos últimos vértices que repiten los dos primeros</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="16"/>
        <source>must fix</source>
        <translation>por corregir</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="17"/>
        <source>advisory</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Invalid polygon</source>
        <translation>Polígono no válido</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Redraw the boundary at the location so that it does not cross or touch itself.</source>
        <translation>Vuelva a dibujar el contorno en ese lugar para que no se cruce ni se toque.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Polygon with fewer than 3 vertices</source>
        <translation>Polígono con menos de 3 vértices</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the part or digitise it again from the survey record.</source>
        <translation>Elimine la parte o digitalícela de nuevo a partir del registro del levantamiento.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate polygon in a record</source>
        <translation>Polígono duplicado en un registro</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated part of the multipart polygon.</source>
        <translation>Elimine la parte repetida del polígono múltiple.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate vertex in a polygon</source>
        <translation>Vértice duplicado en un polígono</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Remove the repeated vertex, or run Repair geometries when the ring ends by repeating its first two vertices.</source>
        <translation>Quite el vértice repetido, o ejecute Reparar geometrías cuando el anillo termina repitiendo sus dos primeros vértices.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate single point</source>
        <translation>Punto único duplicado</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated record or correct its position.</source>
        <translation>Elimine el registro repetido o corrija su posición.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Missing or unreadable geometry</source>
        <translation>Geometría ausente o ilegible</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Digitise the geometry again from the field record.</source>
        <translation>Digitalice de nuevo la geometría a partir del registro de campo.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Consecutive vertices far apart</source>
        <translation>Vértices consecutivos muy alejados</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the vertices at both ends of the segment: a mistyped coordinate makes a long spike.</source>
        <translation>Revise los vértices en ambos extremos del segmento: una coordenada mal escrita produce un pico largo.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Parts of a multipart polygon overlap</source>
        <translation>Las partes de un polígono múltiple se solapan</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Merge the overlapping parts or redraw their common boundary.</source>
        <translation>Una las partes que se solapan o vuelva a dibujar su límite común.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate record ID</source>
        <translation>Identificador de registro duplicado</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Give one of the records a new ID (or merge the two records); remove spaces around IDs.</source>
        <translation>Dé un nuevo identificador a uno de los registros (o una los dos registros); quite los espacios alrededor de los identificadores.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazard without date of information, status or class</source>
        <translation>Área peligrosa sin fecha de la información, estado o clase</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Fill in the missing field from the hazard&apos;s report.</source>
        <translation>Complete el campo que falta a partir del informe del área peligrosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Code not in the lookup lists</source>
        <translation>Código que no está en las listas de valores</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Choose a code from the list, or add the code to the lookup lists with the built-in code it behaves as.</source>
        <translation>Elija un código de la lista, o añada el código a las listas de valores con el código integrado cuyo comportamiento tiene.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Stated area differs from the computed area</source>
        <translation>El área declarada difiere del área calculada</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the polygon or the stated area; the plugin computes ground areas on the WGS 84 ellipsoid.</source>
        <translation>Corrija el polígono o el área declarada; el complemento calcula áreas de terreno sobre el elipsoide WGS 84.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ended before its hazard&apos;s date of information</source>
        <translation>Actividad terminada antes de la fecha de la información de su área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the activity&apos;s dates or the hazard&apos;s date of information.</source>
        <translation>Corrija las fechas de la actividad o la fecha de la información del área peligrosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ends before it starts</source>
        <translation>La actividad termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the start or end date.</source>
        <translation>Corrija la fecha de inicio o de fin.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Linked to a hazard that does not exist</source>
        <translation>Vinculado a un área peligrosa que no existe</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the hazard ID, or clear it when the record belongs to no hazard.</source>
        <translation>Corrija el identificador del área peligrosa, o bórrelo si el registro no pertenece a ningún área peligrosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity outside every hazard</source>
        <translation>Actividad fuera de toda área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the activity&apos;s polygon and CRS, or record the hazard it worked on.</source>
        <translation>Revise el polígono y el SRC de la actividad, o registre el área peligrosa en la que se trabajó.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Find outside every hazard and activity</source>
        <translation>Hallazgo fuera de toda área peligrosa y de toda actividad</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the find&apos;s position; a find outside known hazards is evidence of a new hazard.</source>
        <translation>Revise la posición del hallazgo; un hallazgo fuera de las áreas peligrosas conocidas es evidencia de una nueva área peligrosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazards overlap</source>
        <translation>Áreas peligrosas que se solapan</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Cut the overlap out of one of the hazards, or merge the two records.</source>
        <translation>Recorte el solape de una de las áreas peligrosas, o una los dos registros.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Survey does not close within the programme tolerance</source>
        <translation>El levantamiento no cierra dentro de la tolerancia del programa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the bearings and distances of the survey table against the field sheet.</source>
        <translation>Compare los azimuts y las distancias de la tabla de levantamiento con la hoja de campo.</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="27"/>
        <source>The survey cannot be computed: {error}</source>
        <translation>El levantamiento no se puede calcular: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="35"/>
        <source>Misclosure {misclosure:.2f} m, precision {precision}.</source>
        <translation>Error de cierre {misclosure:.2f} m, precisión {precision}.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="64"/>
        <source>The accident lies in no recorded hazard.</source>
        <translation>El accidente no está en ninguna área peligrosa registrada.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Accident outside every hazard</source>
        <translation>Accidente fuera de toda área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the accident&apos;s position; an accident at a known location is direct evidence: survey the place and record the hazard.</source>
        <translation>Compruebe la posición del accidente; un accidente en un lugar conocido es una evidencia directa: levante el lugar y registre el área peligrosa.</translation>
    </message>
</context>
<context>
    <name>RepairGeometriesAlgorithm</name>
    <message>
        <location filename="../processing/repair_geometries.py" line="17"/>
        <source>Repair geometries</source>
        <translation>Reparar geometrías</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="20"/>
        <source>Applies only the safe fixes of GICHD geocheck&apos;s toolbox to a copy of a polygon layer: a vertex repeating the one before it (the closing vertex repeating the first included) and a ring&apos;s last two vertices repeating its first two are removed. Neither changes an area. Other problems are left for Check mine action database to report. The input is not modified; the log has one point per vertex removed.</source>
        <translation>Aplica a una copia de una capa de polígonos solo las correcciones seguras de la caja de herramientas geocheck del GICHD: se quitan un vértice que repite el anterior (incluido el vértice de cierre que repite el primero) y los dos últimos vértices de un anillo que repiten sus dos primeros. Ninguna cambia un área. Los demás problemas quedan para Comprobar la base de datos de acción contra minas. La entrada no se modifica; el registro tiene un punto por vértice quitado.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="29"/>
        <source>Polygon layer</source>
        <translation>Capa de polígonos</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="31"/>
        <source>Repaired layer</source>
        <translation>Capa reparada</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="33"/>
        <source>Repair log</source>
        <translation>Registro de reparaciones</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="62"/>
        <source>Feature {fid}: the geometry cannot be read ({error}); copied unchanged.</source>
        <translation>Entidad {fid}: la geometría no se puede leer ({error}); se copia sin cambios.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="78"/>
        <source>{changed} features repaired, {removed} vertices removed</source>
        <translation>{changed} entidades reparadas, {removed} vértices quitados</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../store/roles.py" line="44"/>
        <source>{database}: the role name {role} would be longer than PostgreSQL&apos;s {limit} bytes. Roles are named after the schema: use a schema with a shorter name.</source>
        <translation>{database}: el nombre de rol {role} superaría los {limit} bytes de PostgreSQL. Los roles llevan el nombre del esquema: use un esquema con un nombre más corto.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="79"/>
        <source>Unknown group &apos;{group}&apos; (expected one of {groups}).</source>
        <translation>Grupo desconocido «{group}» (se esperaba uno de {groups}).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="85"/>
        <source>{database}: there is no login role &apos;{login}&apos; on the server. Create it first (createuser --pwprompt {login}), then add it to a group.</source>
        <translation>{database}: no existe el rol de inicio de sesión «{login}» en el servidor. Créelo primero (createuser --pwprompt {login}) y luego añádalo a un grupo.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="90"/>
        <source>The operator login &apos;{login}&apos; needs the organisation it submits for (as its records name it in their organisation field).</source>
        <translation>El inicio de sesión de operador «{login}» necesita la organización para la que envía (tal como sus registros la escriben en su campo organización).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="119"/>
        <source>{database}: the roles were not set up: {error}. Nothing was changed (run this as a superuser, or as a role with CREATEROLE that owns the schema).</source>
        <translation>{database}: no se configuraron los roles: {error}. No se cambió nada (ejecútelo como superusuario, o con un rol con CREATEROLE propietario del esquema).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="147"/>
        <source>{table} {record}: it belongs to organisation {owner}, not to yours ({own}). An operator changes only its own organisation&apos;s records; nothing was saved.</source>
        <translation>{table} {record}: pertenece a la organización {owner}, no a la suya ({own}). Un operador solo cambia los registros de su propia organización; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="154"/>
        <source>{table} {record}: approved by the national centre, so an operator cannot delete it; nothing was saved.</source>
        <translation>{table} {record}: aprobado por el centro nacional, así que un operador no puede borrarlo; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="160"/>
        <source>{table} {record}: only a national editor approves or returns a record; nothing was saved.</source>
        <translation>{table} {record}: solo un editor nacional aprueba o devuelve un registro; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="165"/>
        <source>{table}: the database refused the record: an operator adds and changes only records of its own organisation (the organisation its login is a member of), and they stay submitted until the national centre reviews them. Nothing was saved.</source>
        <translation>{table}: la base de datos rechazó el registro: un operador solo añade y cambia registros de su propia organización (aquella de la que su inicio de sesión es miembro), y quedan enviados hasta que el centro nacional los revise. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="172"/>
        <source>{table}: your login may not make this change (the database refused it: permission denied). Ask the national administrator for the role you need; nothing was saved.</source>
        <translation>{table}: su inicio de sesión no puede hacer este cambio (la base de datos lo rechazó: permiso denegado). Pida al administrador nacional el rol que necesita; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>SaveRefusals</name>
    <message>
        <location filename="../ui/save_refusals.py" line="51"/>
        <source>its records</source>
        <translation>sus registros</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="53"/>
        <source>{layer}: {records} changed by another editor since you opened it. Nothing of your change to it was saved: your edits are still in the layer. Discard them (Roll Back), and make your change again on what is now stored.</source>
        <translation>{layer}: otro editor ha cambiado {records} desde que lo abrió. No se ha guardado nada de su cambio: sus ediciones siguen en la capa. Descártelas (Deshacer cambios) y vuelva a hacer su cambio sobre lo que está guardado ahora.</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="61"/>
        <source>{layer}: {records} not saved. {reason}</source>
        <translation>{layer}: {records} no guardado. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="104"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>SetUpRolesAlgorithm</name>
    <message>
        <location filename="../processing/setup_roles.py" line="22"/>
        <source>Set up national database roles</source>
        <translation>Configurar los roles de la base de datos nacional</translation>
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
        <translation>Crea los roles de una base de datos nacional de acción contra minas en PostgreSQL, con el nombre de su esquema, en una sola transacción; ejecutarlo de nuevo no cambia nada:
- &lt;schema&gt;_admin, administrador nacional: es propietario del esquema (actualizaciones, listas de valores, miembros de organizaciones);
- &lt;schema&gt;_editor, editor nacional: todos los registros, y la revisión de los envíos de los operadores;
- &lt;schema&gt;_operator, editor de operador: añade y cambia solo las actividades, hallazgos de AE, puntos de levantamiento y puntos de sitio de su propia organización, que quedan enviados hasta que un editor nacional los aprueba; lee todo;
- &lt;schema&gt;_viewer: lee todo.

La seguridad a nivel de fila y un disparador lo imponen a cualquier cliente. Solo las actividades aprobadas liberan tierras.

Opcionalmente añade un rol de inicio de sesión existente a un grupo; el inicio de sesión de un operador también indica su organización, tal como la escriben sus registros. Ejecútelo como superusuario, o con un rol con CREATEROLE propietario del esquema. El SQL que ejecuta es store/sql/roles.sql, completado con los nombres del esquema; puede guardarse en un archivo para psql.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="45"/>
        <source>PostgreSQL connection</source>
        <translation>Conexión PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="47"/>
        <source>Schema of the mine action database</source>
        <translation>Esquema de la base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="49"/>
        <source>Add this login role (optional)</source>
        <translation>Añadir este rol de inicio de sesión (opcional)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="51"/>
        <source>to the group</source>
        <translation>al grupo</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="56"/>
        <source>Organisation of an operator&apos;s login</source>
        <translation>Organización del inicio de sesión de un operador</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>Save the SQL run as</source>
        <translation>Guardar el SQL ejecutado como</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>SQL script (*.sql)</source>
        <translation>Script SQL (*.sql)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="62"/>
        <source>Group roles</source>
        <translation>Roles de grupo</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="68"/>
        <source>Choose the PostgreSQL connection and the schema of the mine action database.</source>
        <translation>Elija la conexión PostgreSQL y el esquema de la base de datos de acción contra minas.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="75"/>
        <source>Group roles of {database}: {roles}</source>
        <translation>Roles de grupo de {database}: {roles}</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="78"/>
        <source>{login} is a member of {role}.</source>
        <translation>{login} es miembro de {role}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="28"/>
        <source>Smallest relative precision 1:N</source>
        <translation>Precisión relativa mínima 1:N</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="29"/>
        <source>Largest misclosure (m)</source>
        <translation>Error de cierre máximo (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="30"/>
        <source>Longest traverse leg accepted (m)</source>
        <translation>Tramo máximo aceptado de la poligonal (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="31"/>
        <source>Smallest piece released (m²)</source>
        <translation>Fragmento liberado más pequeño (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="33"/>
        <source>Task order paper</source>
        <translation>Papel de la orden de tarea</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="68"/>
        <source>it must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="70"/>
        <source>it must be one of {papers}</source>
        <translation>debe ser uno de {papers}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="110"/>
        <source>Setting &quot;{setting}&quot; ({key}): &quot;{value}&quot; is not accepted: {reason}.</source>
        <translation>Configuración «{setting}» ({key}): no se acepta «{value}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number greater than {minimum}</source>
        <translation>debe ser un número mayor que {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number, {minimum} or more</source>
        <translation>debe ser un número, {minimum} o más</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="140"/>
        <source>it must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="84"/>
        <source>{source} is not a mine action database: its settings cannot be stored.</source>
        <translation>{source} no es una base de datos de acción contra minas: no se puede guardar su configuración.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="89"/>
        <source>Unknown setting {key}.</source>
        <translation>Configuración desconocida {key}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="97"/>
        <source>The settings of {path} cannot be edited.</source>
        <translation>No se puede editar la configuración de {path}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="113"/>
        <source>The settings of {path} were not saved: {error}</source>
        <translation>No se guardó la configuración de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="34"/>
        <source>Language of task orders and the overview</source>
        <translation>Idioma de las órdenes de tarea y de la vista general</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="80"/>
        <source>it must be a language code such as en or fr, or two joined by + to print both (uk+en)</source>
        <translation>debe ser un código de idioma como en o fr, o dos unidos por + para imprimir ambos (uk+en)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="35"/>
        <source>Completion target date (YYYY-MM-DD)</source>
        <translation>Fecha objetivo de finalización (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="36"/>
        <source>Hazardous area that may remain at the completion date (m²)</source>
        <translation>Superficie de áreas peligrosas que puede quedar en la fecha de finalización (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="76"/>
        <source>it must be a date written YYYY-MM-DD, or empty</source>
        <translation>debe ser una fecha escrita AAAA-MM-DD, o vacío</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/options_page.py" line="49"/>
        <source>own value</source>
        <translation>valor propio</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="51"/>
        <source>Keep this value in the database; unticked, the user&apos;s default applies.</source>
        <translation>Guardar este valor en la base de datos; sin marcar, se aplica el valor por defecto del usuario.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="69"/>
        <source>no 1:N limit</source>
        <translation>sin límite 1:N</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="77"/>
        <source>no metre limit</source>
        <translation>sin límite en metros</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="90"/>
        <source>e.g. National Mine Action Centre</source>
        <translation>p. ej. Centro Nacional de Acción contra Minas</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A4 portrait</source>
        <translation>A4 vertical</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A3 landscape</source>
        <translation>A3 horizontal</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="101"/>
        <source>The language QGIS runs in</source>
        <translation>El idioma en el que funciona QGIS</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="93"/>
        <source>no target (e.g. 2030-12-31)</source>
        <translation>sin objetivo (p. ej. 2030-12-31)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/land_release_stats.py" line="121"/>
        <source>The reporting period must end on or after the day it starts.</source>
        <translation>El período de informe debe terminar el mismo día de su inicio o después.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="41"/>
        <source>Release history row {fid}: hazard {hazard} (field hazard_id) is not in the hazards table.</source>
        <translation>Fila {fid} del historial de liberación: el área peligrosa {hazard} (campo hazard_id) no está en la tabla de áreas peligrosas.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="203"/>
        <source>Cannot write the sheet {sheet} of {path}: {error}</source>
        <translation>No se puede escribir la hoja {sheet} de {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SubmitFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/submit_field_copy.py" line="24"/>
        <source>Submit field copy</source>
        <translation>Enviar copia de campo</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="27"/>
        <source>Sends back to the mine action database what was added or changed in a field copy made by &apos;Make field copy&apos;, record by record (matched by uuid).

- A record changed in the copy and also in the database since the copy was made is a conflict: it is reported (table, record, field, both values) and not applied.
- Every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.
- A record deleted in the copy is reported and kept in the database.
- Everything is written in one transaction; on PostGIS each update names the row version it makes.

Submitting the same copy again changes nothing. The report lists every record inserted, updated, in conflict, rejected or deleted in the copy.</source>
        <translation>Devuelve a la base de datos de acción contra minas lo que se añadió o modificó en una copia de campo hecha con «Crear copia de campo», registro por registro (emparejados por uuid).

- Un registro modificado en la copia y también en la base de datos desde que se hizo la copia es un conflicto: se informa (tabla, registro, campo, ambos valores) y no se aplica.
- Todo registro añadido o modificado pasa los controles de «Importar registros»; el que falla se rechaza, con el nombre de su campo, y los demás entran.
- Un registro eliminado en la copia se informa y se conserva en la base de datos.
- Todo se escribe en una sola transacción; en PostGIS cada actualización indica la versión de fila que crea.

Enviar de nuevo la misma copia no cambia nada. El informe enumera cada registro insertado, actualizado, en conflicto, rechazado o eliminado en la copia.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="61"/>
        <source>Field copy</source>
        <translation>Copia de campo</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="45"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="49"/>
        <source>Submission report</source>
        <translation>Informe del envío</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records inserted</source>
        <translation>Registros insertados</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records updated</source>
        <translation>Registros actualizados</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records in conflict</source>
        <translation>Registros en conflicto</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records rejected</source>
        <translation>Registros rechazados</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="78"/>
        <source>{outcome}: {table} {record} {field} {message}</source>
        <translation>{outcome}: {table} {record} {field} {message}</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="92"/>
        <source>{inserted} inserted, {updated} updated, {conflicts} in conflict (not applied), {rejected} rejected.</source>
        <translation>{inserted} insertados, {updated} actualizados, {conflicts} en conflicto (no aplicados), {rejected} rechazados.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="104"/>
        <source>Cannot write the output {output}.</source>
        <translation>No se puede escribir el resultado {output}.</translation>
    </message>
</context>
<context>
    <name>SurveyRecords</name>
    <message>
        <location filename="../core/survey_records.py" line="112"/>
        <source>Hazard {hazard}, point {point}, field &apos;{field}&apos;: {problem}</source>
        <translation>Área peligrosa {hazard}, punto {point}, campo «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="122"/>
        <source>Hazard {hazard}, field &apos;{field}&apos;: {problem}</source>
        <translation>Área peligrosa {hazard}, campo «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="125"/>
        <source>Hazard {hazard}: {problem}</source>
        <translation>Área peligrosa {hazard}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="146"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="147"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="148"/>
        <source>&quot;{value}&quot; is not {kind}</source>
        <translation>«{value}» no es {kind}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="159"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>the hazard ID is missing</source>
        <translation>falta el ID del área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="196"/>
        <source>the point number is missing</source>
        <translation>falta el número de punto</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="200"/>
        <source>the point type is missing</source>
        <translation>falta el tipo de punto</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="211"/>
        <source>the table has more than one benchmark</source>
        <translation>la tabla tiene más de un mojón</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="227"/>
        <source>the from-point is missing</source>
        <translation>falta el punto de origen</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="231"/>
        <source>the distance is missing</source>
        <translation>falta la distancia</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="236"/>
        <source>the table has no benchmark row</source>
        <translation>la tabla no tiene ninguna fila de mojón</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="245"/>
        <source>{date} differs from the table&apos;s survey date {first}</source>
        <translation>{date} difiere de la fecha del levantamiento de la tabla, {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="250"/>
        <source>{value} differs from the table&apos;s declination {first}</source>
        <translation>{value} difiere de la declinación de la tabla, {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="269"/>
        <source>Point {point}: the bearing as recorded &quot;{text}&quot; differs from the bearing {bearing}; the bearing was used.</source>
        <translation>Punto {point}: el azimut tal como se registró, «{text}», difiere del azimut {bearing}; se usó el azimut.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="40"/>
        <source>Hazard {hazard} already exists: load it to change its survey, or choose another hazard ID</source>
        <translation>El área peligrosa {hazard} ya existe: cárguela para cambiar su levantamiento, o elija otro ID de área peligrosa</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="45"/>
        <source>Layer {layer} cannot be edited.</source>
        <translation>No se puede editar la capa {layer}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="50"/>
        <source>Survey of hazard {hazard}</source>
        <translation>Levantamiento del área peligrosa {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="67"/>
        <source>Hazard {hazard} could not be written.</source>
        <translation>No se pudo escribir el área peligrosa {hazard}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="71"/>
        <source>Survey points of hazard {hazard}</source>
        <translation>Puntos de levantamiento del área peligrosa {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="85"/>
        <source>The survey points of hazard {hazard} could not be written.</source>
        <translation>No se pudieron escribir los puntos de levantamiento del área peligrosa {hazard}.</translation>
    </message>
</context>
<context>
    <name>SurveyTableFromPolygonsAlgorithm</name>
    <message>
        <location filename="../core/benchmark.py" line="56"/>
        <source>a survey table needs a single polygon; this hazard has none or several parts</source>
        <translation>una tabla de levantamiento necesita un único polígono; esta área peligrosa no tiene ninguna parte o tiene varias</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="39"/>
        <source>Survey table from hazard polygons</source>
        <translation>Tabla de levantamiento desde polígonos de áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="43"/>
        <source>Writes the bearing-and-distance table a field team would walk for each hazard polygon: benchmark to start point, then round the perimeter back to the start point (the end point). Each row has the magnetic bearing at the survey date (World Magnetic Model, or the declination given here), the true and grid bearings (grid: the benchmark&apos;s UTM zone), the geodesic distance, and the point in MGRS, UTM and latitude/longitude.

Benchmark: the point of the benchmark layer with the same hazard ID. The start point is then the polygon corner nearest to it. A hazard without a benchmark gets one placed the chosen distance outside its first corner, on the line from the polygon&apos;s centre through that corner.

Survey date: the date field when it has a value, otherwise the fixed date. The output uses the survey point field names, so it can be fed back into &quot;Hazard polygons from survey table&quot;. Multi-part polygons and polygons with holes are skipped with an error.</source>
        <translation>Escribe la tabla de azimutes y distancias que recorrería un equipo de campo para cada polígono de área peligrosa: del mojón al punto de inicio y luego alrededor del perímetro hasta volver al punto de inicio (el punto final). Cada fila tiene el azimut magnético en la fecha del levantamiento (Modelo Magnético Mundial, o la declinación indicada aquí), el azimut geográfico y el azimut de cuadrícula (cuadrícula: la zona UTM del mojón), la distancia geodésica y el punto en MGRS, UTM y latitud/longitud.

Mojón: el punto de la capa de mojones con el mismo ID de área peligrosa. El punto de inicio es entonces el vértice del polígono más cercano a él. Un área peligrosa sin mojón recibe uno colocado a la distancia elegida fuera de su primer vértice, en la línea que va del centro del polígono a ese vértice.

Fecha del levantamiento: el campo de fecha cuando tiene valor; si no, la fecha fija. El resultado usa los nombres de campo de los puntos de levantamiento, de modo que puede volver a usarse en «Polígonos de áreas peligrosas desde la tabla de levantamiento». Los polígonos multiparte y los polígonos con huecos se omiten con un error.</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="62"/>
        <source>Hazard polygons</source>
        <translation>Polígonos de áreas peligrosas</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="65"/>
        <source>Hazard ID field</source>
        <translation>Campo de ID del área peligrosa</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="68"/>
        <source>Benchmarks (points with the hazard ID)</source>
        <translation>Mojones (puntos con el ID del área peligrosa)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="71"/>
        <source>Hazard ID field of the benchmarks</source>
        <translation>Campo de ID del área peligrosa de los mojones</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="74"/>
        <source>Distance of a placed benchmark from the first corner (m)</source>
        <translation>Distancia de un mojón colocado desde el primer vértice (m)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="77"/>
        <source>Survey date field</source>
        <translation>Campo de fecha del levantamiento</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="79"/>
        <source>Survey date (when the field is empty)</source>
        <translation>Fecha del levantamiento (cuando el campo está vacío)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="82"/>
        <source>Declination to use instead of the model (°, east +)</source>
        <translation>Declinación que usar en lugar del modelo (°, este +)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="86"/>
        <source>Unit of the bearing column</source>
        <translation>Unidad de la columna de azimut</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="90"/>
        <source>Survey table</source>
        <translation>Tabla de levantamiento</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="101"/>
        <source>The hazard polygons have no field {name}.</source>
        <translation>Los polígonos de áreas peligrosas no tienen el campo {name}.</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../styles/symbology.py" line="43"/>
        <source>Hazardous areas (1:50,000 and larger)</source>
        <translation>Áreas peligrosas (1:50 000 y mayores)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="44"/>
        <source>Class (fill)</source>
        <translation>Clase (relleno)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="45"/>
        <source>Status (outline)</source>
        <translation>Estado (contorno)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="46"/>
        <source>Hazard markers (smaller than 1:50,000)</source>
        <translation>Marcadores de áreas peligrosas (menores que 1:50 000)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="47"/>
        <source>Other class</source>
        <translation>Otra clase</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="48"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="49"/>
        <source>Survey points (1:25,000 and larger)</source>
        <translation>Puntos de levantamiento (1:25 000 y mayores)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="105"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>No se puede leer el estilo {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="150"/>
        <source>The map style {path} is missing from the plugin.</source>
        <translation>Falta en el complemento el estilo de mapa {path}.</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="50"/>
        <source>Awaiting the national centre&apos;s review</source>
        <translation>En espera de la revisión del centro nacional</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="51"/>
        <source>Accident: people killed</source>
        <translation>Accidente: personas muertas</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="52"/>
        <source>Accident: people injured</source>
        <translation>Accidente: personas heridas</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="53"/>
        <source>Accident: no casualty recorded</source>
        <translation>Accidente: ninguna víctima registrada</translation>
    </message>
</context>
<context>
    <name>TaskOrder</name>
    <message>
        <location filename="../layouts/task_order.py" line="109"/>
        <source>Task {task} is not in the tasks table.</source>
        <translation>La tarea {task} no está en la tabla de tareas.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="130"/>
        <source>Task {task} has no area: draw the task polygon first.</source>
        <translation>La tarea {task} no tiene área: dibuje primero el polígono de la tarea.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="134"/>
        <source>Task {task}: hazard &apos;{hazard}&apos; in field hazard_id is not in the hazards table.</source>
        <translation>Tarea {task}: el área peligrosa «{hazard}» del campo hazard_id no está en la tabla de áreas peligrosas.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="155"/>
        <source>Turning points</source>
        <translation>Puntos de giro</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="158"/>
        <source>Benchmark</source>
        <translation>Mojón</translation>
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
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Magnetic bearing</source>
        <translation>Azimut magnético</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Grid bearing</source>
        <translation>Azimut de cuadrícula</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Distance (m)</source>
        <translation>Distancia (m)</translation>
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
        <translation>Latitud / longitud (WGS 84)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>east</source>
        <translation>este</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>west</source>
        <translation>oeste</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="282"/>
        <source>Magnetic declination: {angle}° {side} ({mils} mils)</source>
        <translation>Declinación magnética: {angle}° {side} ({mils} milésimas)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="285"/>
        <source>Grid convergence: {angle}° {side}</source>
        <translation>Convergencia de cuadrícula: {angle}° {side}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Grid–magnetic angle: {angle}° {side} ({mils} mils)</source>
        <translation>Ángulo cuadrícula–magnético: {angle}° {side} ({mils} milésimas)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing − {angle}°</source>
        <translation>Azimut magnético = azimut de cuadrícula − {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing + {angle}°</source>
        <translation>Azimut magnético = azimut de cuadrícula + {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>At the benchmark on {date} ({model}).</source>
        <translation>En el mojón el {date} ({model}).</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>entered by hand</source>
        <translation>introducida a mano</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="295"/>
        <source>GN grid north (map up), TN true north, MN magnetic north.</source>
        <translation>NC norte de cuadrícula (arriba en el mapa), NG norte geográfico, NM norte magnético.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="298"/>
        <source>Diagram not to scale: angles drawn ×{factor}.</source>
        <translation>Diagrama sin escala: ángulos dibujados ×{factor}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="377"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="422"/>
        <source>FIELD TASK ORDER</source>
        <translation>ORDEN DE TAREA DE CAMPO</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="426"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>Scale 1:{scale}</source>
        <translation>Escala 1:{scale}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid labels give the MGRS digits in 100 km square {squares}: kilometres, then metres in small figures.</source>
        <translation>Cuadrícula: zona UTM {zone}{hemisphere} ({crs}), cuadrados de {interval} m. Etiquetas: dígitos MGRS del cuadrado de 100 km {squares}; kilómetros, y metros en cifras pequeñas.</translation>
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
        <translation>NC</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>TN</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="441"/>
        <source>MN</source>
        <translation>NM</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="447"/>
        <source>North and declination</source>
        <translation>Norte y declinación</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="459"/>
        <source>Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees from the point before; distances horizontal, in metres. Issued by {authority} on {date}, version {version}.</source>
        <translation>Mapa y cuadrícula: {crs_name} ({crs}), datum WGS 84. Azimutes en grados desde el punto anterior; distancias horizontales, en metros. Emitido por {authority} el {date}, versión {version}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="467"/>
        <source>SAFETY: this map supports the task briefing and does not replace the marking on the ground, the site survey or the national mine action standards. Boundaries and positions are approximate; contamination may lie outside them. Enter only cleared or marked safe lanes.</source>
        <translation>SEGURIDAD: este mapa apoya la instrucción de la tarea y no sustituye al marcaje sobre el terreno, al reconocimiento del sitio ni a los estándares nacionales de acción contra minas. Los límites y las posiciones son aproximados; puede haber contaminación fuera de ellos. Entre solo en carriles seguros despejados o marcados.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="495"/>
        <source>Turning points of the task area: bearing and distance from the point before, starting at the benchmark</source>
        <translation>Puntos de giro del área de la tarea: azimut y distancia desde el punto anterior, empezando en el mojón</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="498"/>
        <source>Turning points of the task area: bearing and distance from the point before (no surveyed benchmark: starts at the control point)</source>
        <translation>Puntos de giro del área de la tarea: azimut y distancia desde el punto anterior (sin mojón levantado: empieza en el punto de control)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="503"/>
        <source>Turning points of the task area: bearing and distance from the point before (no benchmark recorded: starts at point 1)</source>
        <translation>Puntos de giro del área de la tarea: azimut y distancia desde el punto anterior (sin mojón registrado: empieza en el punto 1)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="527"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="72"/>
        <source>Unknown paper size &apos;{paper}&apos; (expected one of {papers}).</source>
        <translation>Tamaño de papel desconocido «{paper}» (se esperaba uno de {papers}).</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="128"/>
        <source>Task {task}: {problem}</source>
        <translation>Tarea {task}: {problem}</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="249"/>
        <source>The task order could not be written: {error}</source>
        <translation>No se pudo escribir la orden de tarea: {error}</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="134"/>
        <source>Point {point}: {problem}</source>
        <translation>Punto {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="152"/>
        <source>the leg is {length:,.1f} m long (horizontal), more than the longest leg accepted ({limit:,.0f} m): check the distance, or raise the programme&apos;s limit</source>
        <translation>el tramo mide {length:,.1f} m (en horizontal), más que el tramo máximo aceptado ({limit:,.0f} m): compruebe la distancia, o aumente el límite del programa</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="157"/>
        <source>the leg is {length:,.1f} m long (horizontal): a traverse is computed round its benchmark, for legs up to {limit:,.0f} m</source>
        <translation>el tramo mide {length:,.1f} m (en horizontal): una poligonal se calcula alrededor de su mojón, para tramos de hasta {limit:,.0f} m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="167"/>
        <source>point number {number} is used more than once</source>
        <translation>el número de punto {number} se usa más de una vez</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="170"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation>«{value}» no es un tipo de punto que pueda tener un tramo</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="173"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation>se mide desde el punto {number}, que no es el mojón ni un punto anterior</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation>referencia de norte desconocida «{value}»</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="181"/>
        <source>distance &quot;{value}&quot; must be a number of metres, more than 0</source>
        <translation>la distancia «{value}» debe ser un número de metros mayor que 0</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="185"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation>la pendiente «{value}» debe estar entre -90 y 90 grados</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="191"/>
        <source>the perimeter must begin with a start point</source>
        <translation>el perímetro debe empezar con un punto de inicio</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="195"/>
        <source>a perimeter has only one start point</source>
        <translation>un perímetro tiene un solo punto de inicio</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="198"/>
        <source>the end point must be the last perimeter point</source>
        <translation>el punto final debe ser el último punto del perímetro</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="201"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation>el perímetro no tiene punto final: registre el último tramo, de vuelta al punto de inicio, como punto final, o indique que el lado de cierre no se midió</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="244"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation>defina una tolerancia de error de cierre antes de pedir que se compense la poligonal</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="247"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation>el lado de cierre no se midió, por lo que no hay error de cierre que compensar</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="267"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation>un azimut de cuadrícula necesita la proyección cartográfica (cuadrícula) a la que se refiere</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="298"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation>el punto final {end} no se levantó pasando por el punto de inicio {start}, por lo que la regla de la brújula no puede compensar el error de cierre</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="304"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation>El error de cierre de {misclosure:.2f} m (1:{precision:.0f}) está fuera de la tolerancia: la poligonal no se compensó.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="309"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation>El error de cierre de {misclosure:.2f} m (1:{precision:.0f}) está fuera de la tolerancia.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="335"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation>un perímetro necesita al menos tres puntos distintos; este tiene {count}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="389"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation>el perímetro se cruza consigo mismo: el lado del punto {a} al punto {b} corta el lado del punto {c} al punto {d}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="470"/>
        <source>a survey table needs a single polygon without holes</source>
        <translation>una tabla de levantamiento necesita un único polígono sin huecos</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../ui/traverse_dock.py" line="230"/>
        <source>Survey traverse</source>
        <translation>Poligonal de levantamiento</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="252"/>
        <source>e.g. HA-0123</source>
        <translation>p. ej. HA-0123</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="253"/>
        <source>Hazard ID</source>
        <translation>ID del área peligrosa</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="256"/>
        <source>lat, lon  ·  UTM  ·  MGRS</source>
        <translation>lat, lon  ·  UTM  ·  MGRS</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="257"/>
        <source>Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)</source>
        <translation>Posición del mojón: latitud/longitud (50.0643, -108.8345 o 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) o MGRS (12U XA 56470 45022)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="261"/>
        <source>Pick</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="262"/>
        <source>Click the benchmark on the map</source>
        <translation>Haga clic en el mojón en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="266"/>
        <source>Benchmark</source>
        <translation>Mojón</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="278"/>
        <source>Manual declination</source>
        <translation>Declinación manual</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="286"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="288"/>
        <source>North</source>
        <translation>Norte</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="290"/>
        <source>Survey date</source>
        <translation>Fecha del levantamiento</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>No</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Distance m</source>
        <translation>Distancia m</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Slope °</source>
        <translation>Pendiente °</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="304"/>
        <source>Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a spreadsheet. Type: s start, t turning, i intermediate, e end (the start point observed again), r reference, v evidence, u usage.</source>
        <translation>Intro pasa a la celda siguiente y añade filas; Ctrl+V pega filas copiadas de una hoja de cálculo. Tipo: s inicio (start), t giro (turning), i intermedio, e final (end: el punto de inicio observado de nuevo), r referencia, v evidencia, u uso (usage).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="310"/>
        <source>Add leg</source>
        <translation>Añadir tramo</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="311"/>
        <source>Remove legs</source>
        <translation>Quitar tramos</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="312"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="319"/>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="323"/>
        <source>no 1:N limit</source>
        <translation>sin límite 1:N</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="328"/>
        <source>no metre limit</source>
        <translation>sin límite en metros</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="329"/>
        <source>Adjust (compass rule)</source>
        <translation>Compensar (regla de la brújula)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="331"/>
        <source>Distribute the misclosure over the legs when it is within tolerance</source>
        <translation>Repartir el error de cierre entre los tramos cuando está dentro de la tolerancia</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="339"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Misclosure</source>
        <translation>Error de cierre</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="362"/>
        <source>Load hazard</source>
        <translation>Cargar área peligrosa</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="363"/>
        <source>Load the survey points of the hazard ID above from the project&apos;s mine action database, to correct and save again</source>
        <translation>Cargar los puntos de levantamiento del ID de área peligrosa indicado arriba desde la base de datos de acción contra minas del proyecto, para corregirlos y guardarlos de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="366"/>
        <source>Save as SHA</source>
        <translation>Guardar como ASP</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="367"/>
        <source>Save as CHA</source>
        <translation>Guardar como APC</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="481"/>
        <source>(new hazard)</source>
        <translation>(nueva área peligrosa)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="494"/>
        <source>Enter the benchmark, then the legs.</source>
        <translation>Introduzca el mojón y luego los tramos.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="520"/>
        <source>Model declination: enter the benchmark</source>
        <translation>Declinación del modelo: introduzca el mojón</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="525"/>
        <source>No World Magnetic Model covers this date: enter the declination by hand</source>
        <translation>Ningún Modelo Magnético Mundial cubre esta fecha: introduzca la declinación a mano</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="528"/>
        <source>Model declination: {value}° E ({model})</source>
        <translation>Declinación del modelo: {value}° E ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="529"/>
        <source>Model declination: {value}° W ({model})</source>
        <translation>Declinación del modelo: {value}° O ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="544"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="545"/>
        <source>FAIL</source>
        <translation>NO CONFORME</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="546"/>
        <source>not closed</source>
        <translation>sin cerrar</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="549"/>
        <source>PASS, adjusted</source>
        <translation>CONFORME, compensada</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="565"/>
        <source>Open a mine action database in the project first (its hazards and survey_points layers).</source>
        <translation>Abra primero una base de datos de acción contra minas en el proyecto (sus capas de áreas peligrosas y survey_points).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="577"/>
        <source>Enter a hazard ID before saving.</source>
        <translation>Introduzca un ID de área peligrosa antes de guardar.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="591"/>
        <source>Hazard {hazard} written to the edit buffer: review its form, then save the layer edits.</source>
        <translation>Área peligrosa {hazard} escrita en el búfer de edición: revise su formulario y luego guarde las ediciones de la capa.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="601"/>
        <source>Enter the ID of the hazard to load.</source>
        <translation>Introduzca el ID del área peligrosa que cargar.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="608"/>
        <source>Hazard {hazard} has no survey points.</source>
        <translation>El área peligrosa {hazard} no tiene puntos de levantamiento.</translation>
    </message>
</context>
<context>
    <name>UpdateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/update_database.py" line="29"/>
        <source>Update mine action database</source>
        <translation>Actualizar base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="53"/>
        <source>Smallest piece released (m²)</source>
        <translation>Fragmento liberado más pequeño (m²)</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="57"/>
        <source>Hazards updated</source>
        <translation>Áreas peligrosas actualizadas</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="58"/>
        <source>Hazards added</source>
        <translation>Áreas peligrosas añadidas</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="59"/>
        <source>Release history rows added</source>
        <translation>Filas añadidas al historial de liberación</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="78"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="80"/>
        <source>{code} (hazard {hazard}, activity {activity}): {message}</source>
        <translation>{code} (área peligrosa {hazard}, actividad {activity}): {message}</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="87"/>
        <source>Nothing to update: every activity is already in the release history.</source>
        <translation>Nada que actualizar: todas las actividades ya están en el historial de liberación.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="92"/>
        <source>{updated} hazards updated, {added} added, {rows} history rows written.</source>
        <translation>{updated} áreas peligrosas actualizadas, {added} añadidas, {rows} filas de historial escritas.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="32"/>
        <source>Applies the land release activities of a mine action database to its hazardous areas: each hazard&apos;s geometry becomes its remaining land, with its area, status and date of information, and every change is added to the release history.

When part of a suspected area (SHA) has been confirmed, the SHA record keeps the suspected part and the confirmed part is re-registered as a confirmed area (CHA) whose ID is the SHA&apos;s ID followed by -CHA.

Only activities without release history rows are applied, so running the update again changes nothing. All changes are written in one transaction: if anything fails, the database is left exactly as it was.

The database is a GeoPackage file, or a schema on a PostgreSQL connection. The hazards it changes are locked until the update ends; a hazard another editor saved since the update read it stops the update, naming the hazard, and nothing is written. An activity that ended before a hazard&apos;s date of information never changes it.</source>
        <translation>Aplica las actividades de liberación de tierras de una base de datos de acción contra minas a sus áreas peligrosas: la geometría de cada área peligrosa pasa a ser sus tierras restantes, con su superficie, estado y fecha de la información, y cada cambio se añade al historial de liberación.

Cuando se ha confirmado una parte de un área sospechosa de peligro (ASP), el registro de la ASP conserva la parte sospechosa y la parte confirmada se registra de nuevo como área peligrosa confirmada (APC) cuyo ID es el ID de la ASP seguido de -CHA.

Solo se aplican las actividades sin filas en el historial de liberación, de modo que volver a ejecutar la actualización no cambia nada. Todos los cambios se escriben en una sola transacción: si algo falla, la base de datos queda exactamente como estaba.

La base de datos es un archivo GeoPackage, o un esquema en una conexión PostgreSQL. Las áreas peligrosas que cambia quedan bloqueadas hasta que termina la actualización; un área peligrosa que otro editor haya guardado desde que la actualización la leyó detiene la actualización, que la nombra, y no se escribe nada. Una actividad terminada antes de la fecha de la información de un área peligrosa nunca la cambia.</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/upgrade_database.py" line="24"/>
        <source>Upgrade mine action database</source>
        <translation>Migrar base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="43"/>
        <source>Mine action database</source>
        <translation>Base de datos de acción contra minas</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="47"/>
        <source>Schema version before</source>
        <translation>Versión del esquema antes</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="48"/>
        <source>Schema version after</source>
        <translation>Versión del esquema después</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="59"/>
        <source>The stored forms and styles were saved.</source>
        <translation>Se guardaron los formularios y estilos almacenados.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="61"/>
        <source>The database is already at schema version {version}; its records were not changed.</source>
        <translation>La base de datos ya está en la versión de esquema {version}; sus registros no se modificaron.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="65"/>
        <source>Upgraded from schema version {before} to {after}.</source>
        <translation>Migrada de la versión de esquema {before} a la {after}.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="27"/>
        <source>Brings a mine action database made by an earlier version of the plugin up to the current data model, in place: a GeoPackage file, or a schema on a PostgreSQL connection. Every record is kept. All changes are made in one transaction: if anything fails, or the process is stopped, the database is left exactly as it was. The stored forms and styles are then refreshed (on PostgreSQL, in the same transaction).

From 0.1.0: re-registered confirmed parts of a suspected area (&lt;id&gt;-CHA records) get an explicit link to their hazard, parent_hazard_id, instead of being recognised by their ID.

To schema 3: activities, finds, survey and site points get their review status (what was stored counts as approved), reviewer and review date.

A database that is already current is left unchanged.</source>
        <translation>Lleva una base de datos de acción contra minas creada con una versión anterior del complemento al modelo de datos actual, en el mismo lugar: un archivo GeoPackage, o un esquema en una conexión PostgreSQL. Se conservan todos los registros. Todos los cambios se hacen en una sola transacción: si algo falla, o se detiene el proceso, la base de datos queda exactamente como estaba. Después se renuevan los formularios y estilos guardados (en PostgreSQL, en la misma transacción).

Desde 0.1.0: las partes confirmadas registradas de nuevo de un área sospechosa de peligro (registros &lt;id&gt;-CHA) reciben un vínculo explícito a su área peligrosa, parent_hazard_id, en lugar de reconocerse por su ID.

Al esquema 3: las actividades, hallazgos, puntos de levantamiento y puntos de sitio reciben su estado de revisión (lo guardado cuenta como aprobado), su revisor y su fecha de revisión.

Una base de datos que ya está al día no se modifica.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Hazard class</source>
        <translation>Clase de área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Suspected Hazardous Area (SHA)</source>
        <translation>Área sospechosa de peligro (ASP)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Confirmed Hazardous Area (CHA)</source>
        <translation>Área peligrosa confirmada (APC)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Hazard status</source>
        <translation>Estado del área peligrosa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Worked on</source>
        <translation>En intervención</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Land release activity</source>
        <translation>Actividad de liberación de tierras</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Non-technical survey</source>
        <translation>Estudio no técnico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Technical survey</source>
        <translation>Estudio técnico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Clearance</source>
        <translation>Despeje</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Land release outcome</source>
        <translation>Resultado de liberación de tierras</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Cancelada (estudio no técnico)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced with technical asset</source>
        <translation>Reducida con medio técnico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced without technical asset</source>
        <translation>Reducida sin medio técnico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cleared</source>
        <translation>Despejada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Confirmed (SHA part becomes CHA)</source>
        <translation>Confirmada (la parte de ASP pasa a APC)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Contamination</source>
        <translation>Contaminación</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-personnel mines</source>
        <translation>Minas antipersonal</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-vehicle mines</source>
        <translation>Minas antivehículo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Cluster munitions</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Munición sin explotar (MUSE)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Artefactos explosivos abandonados (AXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>Artefactos explosivos improvisados (AEI)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Mixed contamination</source>
        <translation>Contaminación mixta</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: visual observation of explosive ordnance</source>
        <translation>Directa: observación visual de artefactos explosivos</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: accident at a known location</source>
        <translation>Directa: accidente en un lugar conocido</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: reliable records</source>
        <translation>Directa: registros fiables</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: hazard marking</source>
        <translation>Directa: señalización de peligro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: detonations</source>
        <translation>Directa: detonaciones</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: old survey</source>
        <translation>Indirecta: estudio antiguo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: former front line</source>
        <translation>Indirecta: antigua línea del frente</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: accident at an unknown location</source>
        <translation>Indirecta: accidente en un lugar desconocido</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: unreliable records</source>
        <translation>Indirecta: registros poco fiables</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: productive land not in use</source>
        <translation>Indirecta: tierra productiva sin uso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: verbal report</source>
        <translation>Indirecta: informe verbal</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Survey point type</source>
        <translation>Tipo de punto de levantamiento</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Reference point</source>
        <translation>Punto de referencia</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Benchmark</source>
        <translation>Mojón (BM)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Start point</source>
        <translation>Punto de inicio</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Turning point</source>
        <translation>Punto de giro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Intermediate point</source>
        <translation>Punto intermedio</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>End point</source>
        <translation>Punto final</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Evidence point</source>
        <translation>Punto de evidencia</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Usage point</source>
        <translation>Punto de uso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Explosive ordnance category</source>
        <translation>Categoría de artefacto explosivo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-personnel mine</source>
        <translation>Mina antipersonal</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-vehicle mine</source>
        <translation>Mina antivehículo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Submunition</source>
        <translation>Submunición</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Projectile</source>
        <translation>Proyectil</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Mortar bomb</source>
        <translation>Granada de mortero</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Grenade</source>
        <translation>Granada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Rocket</source>
        <translation>Cohete</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Aircraft bomb</source>
        <translation>Bomba de aviación</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Improvised explosive device</source>
        <translation>Artefacto explosivo improvisado</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Small arms ammunition</source>
        <translation>Munición de armas pequeñas</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Other unexploded ordnance</source>
        <translation>Otras municiones sin explotar</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Site point type</source>
        <translation>Tipo de punto del sitio</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Helicopter landing site (HLS)</source>
        <translation>Helipuerto (HLS)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Medical facility</source>
        <translation>Instalación médica</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Paramedic post</source>
        <translation>Puesto de primeros auxilios</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Control point</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Demolition site</source>
        <translation>Sitio de demolición</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Bearing unit</source>
        <translation>Unidad de azimut</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Degrees</source>
        <translation>Grados</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Grads (400 per circle)</source>
        <translation>Gonios (400 por vuelta)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>NATO mils (6400 per circle)</source>
        <translation>Milésimas OTAN (6400 por vuelta)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Warsaw Pact mils (6000 per circle)</source>
        <translation>Milésimas del Pacto de Varsovia (6000 por vuelta)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>North reference</source>
        <translation>Referencia de norte</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Magnetic north</source>
        <translation>Norte magnético</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>True north</source>
        <translation>Norte geográfico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Grid north</source>
        <translation>Norte de cuadrícula</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Position fixed by</source>
        <translation>Posición obtenida por</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>GPS / GNSS</source>
        <translation>GPS / GNSS</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Bearing and distance</source>
        <translation>Azimut y distancia</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Read from a map</source>
        <translation>Leída en un mapa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Digitised on screen</source>
        <translation>Digitalizada en pantalla</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Task status</source>
        <translation>Estado de la tarea</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Task priority</source>
        <translation>Prioridad de la tarea</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Route type</source>
        <translation>Tipo de ruta</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Access route</source>
        <translation>Ruta de acceso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Casualty evacuation route</source>
        <translation>Ruta de evacuación de heridos</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Safe lane</source>
        <translation>Carril seguro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Submitted, awaiting review</source>
        <translation>Enviado, en espera de revisión</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Returned to the operator</source>
        <translation>Devuelto al operador</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>What the casualties were doing</source>
        <translation>Qué hacían las víctimas</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Farming</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Herding animals</source>
        <translation>Pastoreo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting wood, food or water</source>
        <translation>Recogida de leña, alimentos o agua</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting or handling scrap metal</source>
        <translation>Recogida o manipulación de chatarra</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Travelling</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Playing</source>
        <translation>Juego</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Handling or tampering with a device</source>
        <translation>Manipulación de un artefacto</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Demining</source>
        <translation>Desminado</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
</TS>
