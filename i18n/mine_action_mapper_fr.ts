<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApplyStylesAlgorithm</name>
    <message>
        <location filename="../processing/apply_styles.py" line="27"/>
        <source>Apply mine action styles</source>
        <translation>Appliquer les styles d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="32"/>
        <source>Gives each layer the mine action map style of the table it matches: hazards, land release activities, survey points, EO finds, site points, access routes or tasks. A layer matches by its table or layer name, or else by its fields (for example hazard_id, hazard_class and status on a polygon layer), so layers exported from IMSMA with the same field names are styled as well. Only the style changes: the data and the attribute forms are left as they are. The log lists the style each layer received and the layers that matched no table.</source>
        <translation>Donne à chaque couche le style cartographique d'action contre les mines de la table à laquelle elle correspond : zones dangereuses, activités de remise à disposition des terres, points de levé, découvertes d'engins explosifs, points du site, itinéraires d'accès ou tâches. Une couche correspond à une table par son nom de table ou de couche, ou à défaut par ses champs (par exemple hazard_id, hazard_class et status sur une couche de polygones) : les couches exportées d'IMSMA avec les mêmes noms de champs reçoivent donc aussi un style. Seul le style change : les données et les formulaires d'attributs restent tels quels. Le journal indique le style reçu par chaque couche et les couches qui ne correspondent à aucune table.</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="43"/>
        <source>Layers to style</source>
        <translation>Couches à styliser</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="46"/>
        <source>Styled layers</source>
        <translation>Couches stylisées</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="48"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="58"/>
        <source>{layer}: matches no mine action table, left unchanged</source>
        <translation>{layer} : ne correspond à aucune table d'action contre les mines, laissée inchangée</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="64"/>
        <source>{layer}: styled as {table}</source>
        <translation>{layer} : style de {table} appliqué</translation>
    </message>
</context>
<context>
    <name>Bearings</name>
    <message>
        <location filename="../core/bearings.py" line="40"/>
        <source>Point {point}: {problem}</source>
        <translation>Point {point} : {problem}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="47"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation>unité d'azimut « {unit} » inconnue (attendu : une de {units})</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="59"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation>azimut « {value} » : les minutes doivent être inférieures à 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="61"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation>azimut « {value} » : les secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="63"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation>azimut « {value} » : seule la dernière partie d'une valeur en degrés-minutes-secondes peut avoir des décimales</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="98"/>
        <source>the bearing is missing</source>
        <translation>l'azimut est manquant</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="131"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation>l'azimut « {value} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="118"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation>azimut « {value} » : les azimuts par quadrant doivent être écrits en degrés, pas en {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="122"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation>l'azimut « {value} » est négatif</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="128"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation>impossible de lire l'azimut « {value} » en {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="133"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation>l'azimut « {value} » est hors limites : il doit être supérieur ou égal à 0 et inférieur à {circle:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="142"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation>impossible de lire l'angle de l'azimut par quadrant « {value} »</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="145"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation>azimut par quadrant « {value} » : l'angle ne doit pas dépasser 90°</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="108"/>
        <source>bearing &quot;{value}&quot; is marked {marked}, but the north reference is {reference}</source>
        <translation>l'azimut « {value} » est marqué {marked}, mais la référence du nord est {reference}</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/check_database.py" line="22"/>
        <source>Check mine action database</source>
        <translation>Vérifier la base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="25"/>
        <source>Finds the data problems to fix before reporting: GICHD geocheck&apos;s rules (invalid polygons with GEOS&apos;s reason, too few or repeated vertices, repeated parts, duplicate points and record IDs, long segments, overlapping parts) and the plugin&apos;s own (stated against computed areas, activities and finds outside the hazards, dates, broken hazard links, overlapping hazards, missing hazard fields, survey closures, codes not in the lookup lists).

Outputs: one point per problem with its rule, severity, table, feature, field, message and a fix hint; the areas of overlaps and of activities outside the hazards; a summary per rule. The database is only read. The rules: docs/quality.md.</source>
        <translation>Trouve les problèmes de données à corriger avant un rapport : les règles de geocheck du GICHD (polygones invalides avec la raison donnée par GEOS, sommets trop peu nombreux ou répétés, parties répétées, points et identifiants d'enregistrement en double, segments longs, parties qui se chevauchent) et celles de l'extension (surface déclarée contre surface calculée, activités et découvertes hors des zones dangereuses, dates, liens vers des zones dangereuses inexistantes, zones dangereuses qui se chevauchent, champs manquants des zones dangereuses, fermeture des levés, codes absents des listes de codes).

Sorties : un point par problème avec sa règle, sa gravité, sa table, son entité, son champ, un message et un conseil de correction ; les surfaces des chevauchements et des activités hors des zones dangereuses ; un résumé par règle. La base de données est seulement lue. Les règles : docs/quality.md.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Longest segment between vertices (m)</source>
        <translation>Plus long segment entre sommets (m)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest overlap of parts (% of the smaller)</source>
        <translation>Plus grand chevauchement des parties (% de la plus petite)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest stated area difference (%)</source>
        <translation>Plus grand écart de surface déclarée (%)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="49"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="51"/>
        <source>Problem areas</source>
        <translation>Surfaces des problèmes</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="53"/>
        <source>Problems per rule</source>
        <translation>Problèmes par règle</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="62"/>
        <source>Reading the database</source>
        <translation>Lecture de la base de données</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="78"/>
        <source>Cannot write the output {output}.</source>
        <translation>Impossible d'écrire la sortie {output}.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="82"/>
        <source>{count} problems, {must_fix} to fix</source>
        <translation>{count} problèmes, dont {must_fix} à corriger</translation>
    </message>
</context>
<context>
    <name>ComputeLandReleaseAlgorithm</name>
    <message>
        <location filename="../processing/compute_land_release.py" line="21"/>
        <source>Compute land release</source>
        <translation>Calculer la remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="25"/>
        <source>Replays the land release activities (non-technical survey, technical survey, clearance) over the hazardous areas in date order, as IMAS 07.11 counts them: every square metre released is counted once, by the method that released it first.

Outputs: the remaining hazardous land per hazard and class (SHA, CHA); the released land per hazard and activity, tagged with its outcome, date and area; the ledger of each hazard in m² (original, cancelled, reduced with and without technical asset, cleared, remaining); the history of changes; and the quality flags (overlaps, activities outside hazards or older than the hazard record, slivers, repaired geometries).

Codes are read through the lookup lists of the database the hazards come from (or the lookups table given), so a programme's own classes and outcomes count as the built-in code they behave as. Areas are ground areas on the WGS 84 ellipsoid. The inputs are not modified.</source>
        <translation>Rejoue les activités de remise à disposition des terres (enquête non technique, enquête technique, dépollution) sur les zones dangereuses par ordre de date, selon les règles de comptage de l'IMAS 07.11 : chaque mètre carré remis à disposition est compté une seule fois, au titre de la méthode qui l'a remis à disposition en premier.

Sorties : les terres dangereuses restantes par zone dangereuse et par classe (ZSD, ZDC) ; les terres remises à disposition par zone dangereuse et par activité, avec leur résultat, leur date et leur superficie ; le bilan de chaque zone dangereuse en m² (initiale, annulée, réduite avec et sans moyen technique, dépolluée, restante) ; l'historique des modifications ; et les alertes qualité (chevauchements, activités hors des zones dangereuses ou antérieures à l'enregistrement de la zone, fragments, géométries réparées).

Les codes sont lus au moyen des listes de codes de la base de données d'où proviennent les zones dangereuses (ou de la table de listes de codes indiquée) : les classes et résultats propres à un programme comptent donc comme le code intégré auquel ils correspondent. Les superficies sont des superficies au sol sur l'ellipsoïde WGS 84. Les données d'entrée ne sont pas modifiées.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="44"/>
        <source>Hazardous areas</source>
        <translation>Zones dangereuses</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="47"/>
        <source>Land release activities</source>
        <translation>Activités de remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="51"/>
        <source>Lookup lists (default: the hazards&apos; database)</source>
        <translation>Listes de codes (par défaut : la base de données des zones dangereuses)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="54"/>
        <source>Smallest piece released (m²)</source>
        <translation>Plus petite parcelle remise à disposition (m²)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="59"/>
        <source>Remaining hazardous land</source>
        <translation>Terres dangereuses restantes</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="62"/>
        <source>Released land</source>
        <translation>Terres remises à disposition</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="64"/>
        <source>Land release ledger</source>
        <translation>Bilan de la remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="66"/>
        <source>Release history</source>
        <translation>Historique de remise à disposition</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="68"/>
        <source>Quality flags</source>
        <translation>Alertes qualité</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="77"/>
        <source>The input layers cannot be read.</source>
        <translation>Les couches d'entrée ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="88"/>
        <source>Reading hazards and activities</source>
        <translation>Lecture des zones dangereuses et des activités</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="99"/>
        <source>{hazards} hazards, {activities} activities</source>
        <translation>{hazards} zones dangereuses, {activities} activités</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="106"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="123"/>
        <source>Cannot write the output {output}.</source>
        <translation>Impossible d'écrire la sortie {output}.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="128"/>
        <source>Released {released:.1f} m², remaining {remaining:.1f} m², {flags} quality flags</source>
        <translation>Remis à disposition : {released:.1f} m², restant : {remaining:.1f} m², {flags} alertes qualité</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="95"/>
        <source>{count} activities await the national centre&apos;s review and release no land until approved: {ids}</source>
        <translation>{count} activités attendent l'examen du centre national et ne remettent aucune terre à disposition avant leur approbation : {ids}</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="62"/>
        <source>Point {point}: {problem}</source>
        <translation>Point {point} : {problem}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="69"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation>position « {value} » : la latitude {lat} est en dehors de -90..90</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="72"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation>position « {value} » : la longitude {lon} est en dehors de -180..180</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="116"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation>la latitude {lat} est en dehors de la zone couverte par l'UTM (80°S à 84°N)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="151"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>UTM « {value} » : le fuseau {zone} n'existe pas (1 à 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="154"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation>UTM « {value} » : l'abscisse (est) doit être comprise entre 100000 et 900000 m et l'ordonnée (nord) entre 0 et 10000000 m</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="162"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation>UTM « {value} » : la bande {band} couvre les latitudes de {south:g}° à {north:g}°, mais cette ordonnée (nord) se trouve à {lat:.3f}°. Vérifiez l'ordonnée, ou écrivez l'hémisphère sous la forme « {zone} north » ou « {zone} south »</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="179"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation>la précision MGRS doit être de 0 à 8 chiffres, et non {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="222"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation>MGRS « {value} » : l'abscisse et l'ordonnée doivent avoir le même nombre de chiffres (8 au plus chacune)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="225"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>MGRS « {value} » : le fuseau {zone} n'existe pas (1 à 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="228"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation>MGRS « {value} » : la lettre de colonne de carré {letter} n'est pas utilisée dans le fuseau {zone}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="305"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation>impossible de lire la référence MGRS « {value} »</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="309"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation>MGRS « {value} » n'a que {digits} chiffres par axe ; il ne peut pas être allongé à {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="332"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation>position « {value} » : utilisez soit un signe moins, soit une lettre d'hémisphère, mais pas les deux</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="337"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation>position « {value} » : impossible de lire « {part} » en degrés, minutes et secondes</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="362"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation>position « {value} » : indiquez une latitude (N/S) et une longitude (E/W), ou aucune lettre d'hémisphère (latitude en premier)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="395"/>
        <source>the position is missing</source>
        <translation>la position est manquante</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="403"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation>impossible de lire la position « {value} » : attendu latitude/longitude, UTM (fuseau, bande, abscisse, ordonnée) ou MGRS</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="264"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} is not used in latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); check the zone number and the band letter</source>
        <translation>MGRS « {value} » : le fuseau {zone} n'est pas utilisé dans la bande de latitude {band} (le Svalbard utilise les fuseaux 31, 33, 35 et 37) ; vérifiez le numéro du fuseau et la lettre de la bande</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="286"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}; check the band letter</source>
        <translation>MGRS « {value} » : le carré {square} ne se trouve pas dans la bande de latitude {band} ; vérifiez la lettre de la bande</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="292"/>
        <source>MGRS &quot;{value}&quot;: in latitude band {band}, square {square} lies at longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone number and the band letter</source>
        <translation>MGRS « {value} » : dans la bande de latitude {band}, le carré {square} se trouve à la longitude {lon:.2f}°, en dehors du fuseau {zone} ({west:g}° à {east:g}°) ; vérifiez le numéro du fuseau et la lettre de la bande</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="353"/>
        <source>position &quot;{value}&quot; looks like a UTM easting and northing without their zone: write the UTM zone and band first, e.g. &quot;12U {value}&quot;</source>
        <translation>la position « {value} » ressemble à une abscisse et une ordonnée UTM sans leur fuseau : écrivez d'abord le fuseau et la bande UTM, par exemple « 12U {value} »</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="25"/>
        <source>Create mine action database</source>
        <translation>Créer une base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="51"/>
        <source>Coordinate reference system</source>
        <translation>Système de coordonnées de référence</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="55"/>
        <source>Overwrite an existing file</source>
        <translation>Écraser un fichier existant</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="57"/>
        <source>Open the database in the current project</source>
        <translation>Ouvrir la base de données dans le projet en cours</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="83"/>
        <source>Created {path}</source>
        <translation>{path} créé</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>Language of the database</source>
        <translation>Langue de la base de données</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>The language QGIS runs in</source>
        <translation>La langue de QGIS</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="29"/>
        <source>Creates a GeoPackage holding the mine action data model: hazardous areas, survey points, land release activities, explosive ordnance finds, tasks, site points, access routes, the release history and the programme's lookup lists. Each layer carries its attribute form and map style as its default style, so the file opens ready to edit in QGIS and QField, with or without this plugin.

GICHD recommends storing WGS 84 (EPSG:4326); areas are always computed on the ellipsoid whatever the CRS.

The lookup lists, forms and legends are written in the language chosen (by default the one QGIS runs in), which also becomes the language its task orders and overview are printed in (Settings › Options › Mine Action). A language with English prints both.

For a national database shared by several editors, choose a PostgreSQL connection and a new (or empty) schema instead of a file: the same tables are created there in one transaction, with the styles in public.layer_styles and a row version that refuses conflicting saves.</source>
        <translation>Crée un GeoPackage contenant le modèle de données d'action contre les mines : zones dangereuses, points de levé, activités de remise à disposition des terres, découvertes d'engins explosifs, tâches, points du site, itinéraires d'accès, historique de remise à disposition et listes de codes du programme. Chaque couche porte son formulaire d'attributs et son style cartographique comme style par défaut : le fichier s'ouvre prêt à être édité dans QGIS et QField, avec ou sans cette extension.

Le GICHD recommande de stocker les données en WGS 84 (EPSG:4326) ; les superficies sont toujours calculées sur l'ellipsoïde, quel que soit le SCR.

Les listes de codes, les formulaires et les légendes sont écrits dans la langue choisie (par défaut celle de QGIS), qui devient aussi la langue d'impression de ses ordres de tâche et de sa vue d'ensemble (Préférences › Options › Action contre les mines). Une langue avec l'anglais imprime les deux.

Pour une base nationale partagée par plusieurs éditeurs, choisissez une connexion PostgreSQL et un schéma nouveau (ou vide) au lieu d'un fichier : les mêmes tables y sont créées en une seule transaction, avec les styles dans public.layer_styles et une version de ligne qui refuse les enregistrements en conflit.</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="62"/>
        <source>Schema (new or empty)</source>
        <translation>Schéma (nouveau ou vide)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="72"/>
        <source>Created {database}</source>
        <translation>{database} créée</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="77"/>
        <source>Give the GeoPackage file to create, or a PostgreSQL connection and a schema.</source>
        <translation>Indiquez le fichier GeoPackage à créer, ou une connexion PostgreSQL et un schéma.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="115"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="161"/>
        <source>Must be zero or more</source>
        <translation>Doit être supérieur ou égal à zéro</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazardous areas</source>
        <translation>Zones dangereuses</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Hazard ID</source>
        <translation>ID de la zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Contamination</source>
        <translation>Contamination</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Main evidence</source>
        <translation>Preuve principale</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Date of information</source>
        <translation>Date de l'information</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey date</source>
        <translation>Date du levé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Reporting organisation</source>
        <translation>Organisation déclarante</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Nearest locality</source>
        <translation>Localité la plus proche</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Blocked land use</source>
        <translation>Utilisation des terres bloquée</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Clearance depth (cm)</source>
        <translation>Profondeur de dépollution (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Original area (m²)</source>
        <translation>Superficie initiale (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation>Zones suspectées dangereuses et zones dangereuses confirmées.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey points</source>
        <translation>Points de levé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point number</source>
        <translation>Numéro du point</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point type</source>
        <translation>Type de point</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>From point</source>
        <translation>Depuis le point</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation>L'azimut doit être supérieur ou égal à 0 et inférieur à un tour complet</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing as recorded</source>
        <translation>Azimut tel que relevé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing unit</source>
        <translation>Unité d'azimut</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>North reference</source>
        <translation>Référence du nord</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination applied (°, east +)</source>
        <translation>Déclinaison appliquée (°, est +)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation>La déclinaison doit être comprise entre -180 et 180 degrés</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope angle (°)</source>
        <translation>Angle de pente (°)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation>La pente doit être comprise entre -90 et 90 degrés</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Coordinates as entered</source>
        <translation>Coordonnées telles que saisies</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position fixed by</source>
        <translation>Position déterminée par</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation>Repères, points de référence et points d'inflexion, avec leur azimut et leur distance depuis un point précédent, tels que relevés sur le terrain.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Land release activities</source>
        <translation>Activités de remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Activity ID</source>
        <translation>ID de l'activité</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Task ID</source>
        <translation>ID de la tâche</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Technical asset used</source>
        <translation>Moyen technique utilisé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The end date cannot be before the start date</source>
        <translation>La date de fin ne peut pas être antérieure à la date de début</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation>Zones annulées, réduites, dépolluées ou confirmées par une activité.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance finds</source>
        <translation>Découvertes d'engins explosifs</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find ID</source>
        <translation>ID de la découverte</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>EO category</source>
        <translation>Catégorie d'engin explosif</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Model / description</source>
        <translation>Modèle / description</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity must be at least 1</source>
        <translation>La quantité doit être au moins égale à 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find date</source>
        <translation>Date de la découverte</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Depth (cm)</source>
        <translation>Profondeur (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance found, by category.</source>
        <translation>Engins explosifs découverts, par catégorie.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issue date</source>
        <translation>Date d'émission</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Due date</source>
        <translation>Date d'échéance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>The due date cannot be before the start date</source>
        <translation>La date d'échéance ne peut pas être antérieure à la date de début</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issuing authority</source>
        <translation>Autorité émettrice</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version must be at least 1</source>
        <translation>La version doit être au moins égale à 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation>Ordres de travail donnés aux équipes d'enquête et de dépollution.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site points</source>
        <translation>Points du site</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site type</source>
        <translation>Type de point du site</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Radio call sign</source>
        <translation>Indicatif radio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation>Hélisurfaces, points médicaux, points de contrôle et sites de destruction d'une tâche.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access routes</source>
        <translation>Itinéraires d'accès</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Route type</source>
        <translation>Type d'itinéraire</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access and casualty evacuation routes.</source>
        <translation>Itinéraires d'accès et d'évacuation sanitaire.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Release history</source>
        <translation>Historique de remise à disposition</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event date</source>
        <translation>Date de l'événement</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class before</source>
        <translation>Classe avant</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class after</source>
        <translation>Classe après</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status before</source>
        <translation>Statut avant</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Status after</source>
        <translation>Statut après</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation>Chaque modification de la superficie, de la classe ou du statut d'une zone dangereuse, avec sa cause.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Lookup lists</source>
        <translation>Listes de codes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Behaves as</source>
        <translation>Se comporte comme</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation>Les noms propres au programme pour chaque liste ; base_code relie une entrée à la signification intégrée avec laquelle l'extension effectue ses calculs.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema information</source>
        <translation>Informations sur le schéma</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema version and creation details.</source>
        <translation>Version du schéma et détails de création.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="103"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="105"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazard</source>
        <translation>Zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Location and land</source>
        <translation>Localisation et terrain</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Areas and remarks</source>
        <translation>Superficies et remarques</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing and distance</source>
        <translation>Azimut et distance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team and area</source>
        <translation>Équipe et superficie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Confirmed part of hazard</source>
        <translation>Partie confirmée de la zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Review status</source>
        <translation>Statut d'examen</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed by</source>
        <translation>Examiné par</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed at</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="141"/>
        <source>External ID</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: women</source>
        <translation>Bénéficiaires attendus : femmes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: girls</source>
        <translation>Bénéficiaires attendus : filles</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: boys</source>
        <translation>Bénéficiaires attendus : garçons</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: men</source>
        <translation>Bénéficiaires attendus : hommes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: persons with disabilities</source>
        <translation>Bénéficiaires attendus : personnes handicapées</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: women</source>
        <translation>Bénéficiaires : femmes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: girls</source>
        <translation>Bénéficiaires : filles</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: boys</source>
        <translation>Bénéficiaires : garçons</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: men</source>
        <translation>Bénéficiaires : hommes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: persons with disabilities</source>
        <translation>Bénéficiaires : personnes handicapées</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Expected beneficiaries</source>
        <translation>Bénéficiaires attendus</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: women</source>
        <translation>Équipe : femmes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: men</source>
        <translation>Équipe : hommes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover date</source>
        <translation>Date de remise</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The handover cannot be before the end of the activity</source>
        <translation>La remise ne peut pas précéder la fin de l'activité</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover and beneficiaries</source>
        <translation>Remise et bénéficiaires</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="397"/>
        <source>Killed: women</source>
        <translation>Tués : femmes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Killed: men</source>
        <translation>Tués : hommes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="399"/>
        <source>Killed: girls</source>
        <translation>Tués : filles</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="400"/>
        <source>Killed: boys</source>
        <translation>Tués : garçons</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="401"/>
        <source>Killed: sex or age unknown</source>
        <translation>Tués : sexe ou âge inconnu</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="402"/>
        <source>Injured: women</source>
        <translation>Blessés : femmes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="403"/>
        <source>Injured: men</source>
        <translation>Blessés : hommes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="404"/>
        <source>Injured: girls</source>
        <translation>Blessés : filles</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="405"/>
        <source>Injured: boys</source>
        <translation>Blessés : garçons</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="406"/>
        <source>Injured: sex or age unknown</source>
        <translation>Blessés : sexe ou âge inconnu</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident ID</source>
        <translation>Identifiant de l'accident</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident date</source>
        <translation>Date de l'accident</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Device category</source>
        <translation>Catégorie d'engin</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>What the casualties were doing</source>
        <translation>Ce que faisaient les victimes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents with explosive ordnance: where, when, the device and the killed and injured by sex and age group. No names or personal details: a mapping tool, not a victim register.</source>
        <translation>Accidents dus à des engins explosifs (EE) : lieu, date, engin, tués et blessés par sexe et tranche d'âge. Ni noms ni données personnelles : un outil de cartographie, pas un registre des victimes.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="36"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation>La table '{table}' ne peut pas être lue dans {path}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="83"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} existe déjà. Choisissez un autre fichier ou autorisez l'écrasement.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="135"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation>Impossible de créer un GeoPackage à l'emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="465"/>
        <source>Creating table {table}</source>
        <translation>Création de la table {table}</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="189"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>Impossible d'écrire dans la table {table} : {error}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="401"/>
        <source>Mine Action Mapper default style</source>
        <translation>Style par défaut de Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="385"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation>Impossible d'enregistrer le style de {table} : {error}</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="119"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation>{path} n'est pas une base de données d'action contre les mines (pas de version de schéma).</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="101"/>
        <source>{path} is a folder. Give the name of the GeoPackage file to create, for example {example}.</source>
        <translation>{path} est un dossier. Indiquez le nom du fichier GeoPackage à créer, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="110"/>
        <source>Cannot write {path}: permission denied ({error}). Choose a folder you may write to.</source>
        <translation>Impossible d'écrire {path} : permission refusée ({error}). Choisissez un dossier dans lequel vous avez le droit d'écrire.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="115"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>Impossible d'écrire {path} : {error}.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="56"/>
        <source>{path} is damaged or is not a GeoPackage ({detail}). Restore it from a backup copy.</source>
        <translation>{path} est endommagé ou n'est pas un GeoPackage ({detail}). Restaurez-le à partir d'une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="75"/>
        <source>No mine action database was given.</source>
        <translation>Aucune base de données d'action contre les mines n'a été indiquée.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="78"/>
        <source>{path} is a folder, not a mine action database (a .gpkg file).</source>
        <translation>{path} est un dossier, et non une base de données d'action contre les mines (un fichier .gpkg).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="82"/>
        <source>{path} does not exist.</source>
        <translation>{path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="88"/>
        <source>{path} cannot be read: {error}.</source>
        <translation>{path} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="92"/>
        <source>it does not start as an SQLite file</source>
        <translation>son en-tête n'est pas celui d'un fichier SQLite</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="106"/>
        <source>{path} is a GeoPackage but not a mine action database (it has no schema_info table). Create one with &apos;Create mine action database&apos; and import these records into it.</source>
        <translation>{path} est un GeoPackage mais pas une base de données d'action contre les mines (il n'a pas de table schema_info). Créez-en une avec 'Créer une base de données d'action contre les mines' et importez-y ces enregistrements.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="125"/>
        <source>The schema version of {path} is &apos;{value}&apos;, not a number: the file was damaged or edited by hand. Restore it from a backup copy.</source>
        <translation>La version du schéma de {path} est '{value}', et non un nombre : le fichier a été endommagé ou modifié à la main. Restaurez-le à partir d'une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="133"/>
        <source>{path} is locked by another program (a QGIS session with unsaved edits, a database browser, a synchronisation tool). Save or close it there and run again; nothing was written.</source>
        <translation>{path} est verrouillé par un autre programme (une session QGIS avec des modifications non enregistrées, un navigateur de base de données, un outil de synchronisation). Enregistrez ou fermez-le dans ce programme, puis relancez ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="152"/>
        <source>{path} is read-only: you may not write to it. Ask for write permission or work on a copy.</source>
        <translation>{path} est en lecture seule : vous n'avez pas le droit d'y écrire. Demandez l'autorisation d'écriture ou travaillez sur une copie.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="177"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}): it is opened read-only. Update the plugin to edit it.</source>
        <translation>{path} a été créé par une version plus récente de Mine Action Mapper (schéma {version}) : il est ouvert en lecture seule. Mettez à jour l'extension pour le modifier.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="182"/>
        <source>{path} is from an older version of the plugin (schema {version}): read-only until you upgrade it. Every record is kept.</source>
        <translation>{path} provient d'une version antérieure de l'extension (schéma {version}) : lecture seule jusqu'à sa mise à niveau. Aucun enregistrement n'est perdu.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="187"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}): it is opened read-only. Run &apos;Upgrade mine action database&apos; to edit it; every record is kept.</source>
        <translation>{path} a été créé par une version plus ancienne de Mine Action Mapper (schéma {version}) : il est ouvert en lecture seule. Exécutez 'Mettre à niveau une base de données d'action contre les mines' pour le modifier ; tous les enregistrements sont conservés.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="201"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}; this plugin knows schema {known} and older). Update the plugin to use it.</source>
        <translation>{path} a été créé par une version plus récente de Mine Action Mapper (schéma {version} ; cette extension connaît le schéma {known} et les versions antérieures). Mettez à jour l'extension pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="208"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}). Run &apos;Upgrade mine action database&apos; on it first; it keeps every record.</source>
        <translation>{path} a été créé par une version plus ancienne de Mine Action Mapper (schéma {version}). Exécutez d'abord 'Mettre à niveau une base de données d'action contre les mines' sur ce fichier ; tous les enregistrements sont conservés.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="21"/>
        <source>Or: PostgreSQL connection</source>
        <translation>Ou : connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="24"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="59"/>
        <source>Give the mine action database: a GeoPackage file, or a PostgreSQL connection and a schema.</source>
        <translation>Indiquez la base de données d'action contre les mines : un fichier GeoPackage, ou une connexion PostgreSQL et un schéma.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="112"/>
        <source>{database}: the server refused the user name or password ({error}). Check the QGIS connection&apos;s credentials.</source>
        <translation>{database} : le serveur a refusé le nom d'utilisateur ou le mot de passe ({error}). Vérifiez les identifiants de la connexion QGIS.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="118"/>
        <source>{database}: the PostgreSQL server cannot be reached ({error}). Is it running, and are the host and port right?</source>
        <translation>{database} : le serveur PostgreSQL est injoignable ({error}). Est-il démarré, l'hôte et le port sont-ils corrects ?</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="122"/>
        <source>{database}: cannot connect ({error}).</source>
        <translation>{database} : connexion impossible ({error}).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="146"/>
        <source>{database}: there is no such schema in the database. Check the schema name, or create the database with &apos;Create mine action database&apos;.</source>
        <translation>{database} : ce schéma n'existe pas dans la base. Vérifiez le nom du schéma, ou créez la base avec « Créer une base de données d'action contre les mines ».</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="151"/>
        <source>{database} is not a mine action database (it has no schema_info table).</source>
        <translation>{database} n'est pas une base de données d'action contre les mines (elle n'a pas de table schema_info).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="161"/>
        <source>{database} is not a mine action database (no schema version).</source>
        <translation>{database} n'est pas une base de données d'action contre les mines (pas de version de schéma).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="167"/>
        <source>The schema version of {database} is &apos;{value}&apos;, not a number: it was edited by hand.</source>
        <translation>La version de schéma de {database} est « {value} », pas un nombre : elle a été modifiée à la main.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="304"/>
        <source>{database} already exists and is not empty: nothing was changed. Choose another schema name (nothing is ever dropped).</source>
        <translation>{database} existe déjà et n'est pas vide : rien n'a été modifié. Choisissez un autre nom de schéma (rien n'est jamais supprimé).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="311"/>
        <source>{database} already exists and holds functions: nothing was changed. Choose another schema name.</source>
        <translation>{database} existe déjà et contient des fonctions : rien n'a été modifié. Choisissez un autre nom de schéma.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="321"/>
        <source>{database}: the PostGIS extension is not installed in this database. Ask its administrator to run CREATE EXTENSION postgis; nothing was changed.</source>
        <translation>{database} : l'extension PostGIS n'est pas installée dans cette base. Demandez à son administrateur d'exécuter CREATE EXTENSION postgis ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="330"/>
        <source>A PostGIS mine action database needs an EPSG coordinate reference system, not {crs}.</source>
        <translation>Une base de données d'action contre les mines PostGIS demande un système de coordonnées EPSG, pas {crs}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="475"/>
        <source>{database} was not created: {error}. Nothing was written.</source>
        <translation>{database} n'a pas été créée : {error}. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="72"/>
        <source>connection &apos;{connection}&apos;, schema &apos;{schema}&apos;</source>
        <translation>connexion « {connection} », schéma « {schema} »</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="132"/>
        <source>Give the schema of the mine action database on connection &apos;{connection}&apos;.</source>
        <translation>Indiquez le schéma de la base de données d'action contre les mines sur la connexion « {connection} ».</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="143"/>
        <source>There is no PostgreSQL connection named '{connection}' in QGIS (known: {known}). Add it in the Browser (PostgreSQL › New Connection).</source>
        <translation>Aucune connexion PostgreSQL nommée « {connection} » dans QGIS (connues : {known}). Ajoutez-la dans l'Explorateur (PostgreSQL › Nouvelle connexion).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="184"/>
        <source>{database}: the role you log in with may not do this ({error}). Ask the database&apos;s administrator for the privilege; nothing was changed.</source>
        <translation>{database} : le rôle avec lequel vous êtes connecté n'a pas le droit de faire ceci ({error}). Demandez ce privilège à l'administrateur de la base de données ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="196"/>
        <source>schema {schema}</source>
        <translation>le schéma {schema}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="202"/>
        <source>table {table}</source>
        <translation>la table {table}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="209"/>
        <source>sequence {sequence} (the new records&apos; {key})</source>
        <translation>la séquence {sequence} (le {key} des nouveaux enregistrements)</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="228"/>
        <source>{database}: the role &apos;{role}&apos; lacks the {privilege} privilege on {object}, which this needs. Ask the database&apos;s administrator to grant it; nothing was changed.</source>
        <translation>{database} : le rôle « {role} » n'a pas le privilège {privilege} sur {object}, dont ceci a besoin. Demandez à l'administrateur de la base de données de l'accorder ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="521"/>
        <source>{database} claims schema version {version}, which no PostGIS database had: it was edited by hand.</source>
        <translation>{database} indique la version de schéma {version}, qu'aucune base de données PostGIS n'a jamais eue : elle a été modifiée à la main.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="573"/>
        <source>{database} was not upgraded: {error}. Nothing was changed.</source>
        <translation>{database} n'a pas été mise à niveau : {error}. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="28"/>
        <source>The database does not support transactions; nothing was written.</source>
        <translation>La base de données ne prend pas en charge les transactions ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="33"/>
        <source>Cannot start a transaction: {error}</source>
        <translation>Impossible de démarrer une transaction : {error}</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="39"/>
        <source>Cannot commit the changes: {error}. Nothing was written.</source>
        <translation>Impossible de valider les modifications : {error}. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="35"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="60"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation>impossible de lire la date du levé « {value} »</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="88"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation>la déclinaison saisie manuellement {value} doit être comprise entre -180 et 180 degrés</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="93"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation>les azimuts magnétiques nécessitent la date du levé pour calculer la déclinaison, ou une déclinaison saisie manuellement</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="99"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation>aucun modèle magnétique mondial (WMM) ne couvre la date du levé {date} (les modèles couvrent la période de {first} à {last}) : saisissez manuellement la déclinaison à la date du levé</translation>
    </message>
</context>
<context>
    <name>DeclinationAtPointsAlgorithm</name>
    <message>
        <location filename="../processing/declination_at_points.py" line="26"/>
        <source>Magnetic declination at points</source>
        <translation>Déclinaison magnétique aux points</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="30"/>
        <source>Adds to every point the magnetic declination (degrees, east positive: true bearing = magnetic bearing + declination) at its date, from the World Magnetic Model valid for that date (WMM2010, WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and the grid (meridian) convergence (grid bearing = true bearing - convergence) of the chosen grid, by default the point&apos;s own UTM zone.

Date: the date field when it has a value, otherwise the fixed date. A point without a date, or with a date no model covers, keeps an empty declination and is named in the log. The input is not modified.</source>
        <translation>Ajoute à chaque point la déclinaison magnétique (en degrés, positive vers l'est : azimut vrai = azimut magnétique + déclinaison) à sa date, d'après le modèle magnétique mondial (World Magnetic Model) valable à cette date (WMM2010, WMM2015v2, WMM2020 ou WMM2025, de 2010 à 2029), le modèle utilisé, et la convergence des méridiens (gisement = azimut vrai - convergence) du quadrillage choisi, par défaut le fuseau UTM propre au point.

Date : le champ de date lorsqu'il a une valeur, sinon la date fixe. Un point sans date, ou dont la date n'est couverte par aucun modèle, garde une déclinaison vide et est signalé dans le journal. La couche d'entrée n'est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="44"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="47"/>
        <source>Date field</source>
        <translation>Champ de date</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="49"/>
        <source>Date (when the field is empty)</source>
        <translation>Date (lorsque le champ est vide)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="52"/>
        <source>Grid for the convergence (empty: each point&apos;s UTM zone)</source>
        <translation>Quadrillage pour la convergence (vide : le fuseau UTM de chaque point)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="55"/>
        <source>Points with declination</source>
        <translation>Points avec déclinaison</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="97"/>
        <source>Feature {fid}: {problem}</source>
        <translation>Entité {fid} : {problem}</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="66"/>
        <source>The points layer {layer} has no CRS, so its positions are unknown: set its CRS and run again.</source>
        <translation>La couche de points {layer} n'a pas de SCR, ses positions sont donc inconnues : définissez son SCR et relancez.</translation>
    </message>
</context>
<context>
    <name>ExportFieldFormsAlgorithm</name>
    <message>
        <location filename="../processing/export_field_forms.py" line="20"/>
        <source>Export field forms (XLSForm)</source>
        <translation>Exporter les formulaires de terrain (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="23"/>
        <source>Writes the field forms of a mine action database as XLSForm workbooks, for KoBoToolbox, ODK Central and Survey123 Connect: a non-technical survey / hazard report (with the benchmark and a repeat of survey points), a technical survey / clearance progress and completion report (with the perimeter and a repeat of EO finds) and an EO spot report.

The select lists are the database&apos;s own active lookup entries; questions keep the data model&apos;s field names, required fields and checks (bearing range per unit, distances of zero or more, no future dates). Labels are written in every language chosen (default: the database&apos;s language and English); the first is the forms&apos; default language.</source>
        <translation>Écrit les formulaires de terrain d'une base de données d'action contre les mines sous forme de classeurs XLSForm, pour KoBoToolbox, ODK Central et Survey123 Connect : un rapport d'enquête non technique / de zone dangereuse (avec le repère et une répétition de points de levé), un rapport d'avancement et d'achèvement d'enquête technique / de dépollution (avec le périmètre et une répétition de découvertes d'engins explosifs) et un rapport ponctuel d'engin explosif.

Les listes de choix sont les entrées actives des listes de la base de données elle-même ; les questions gardent les noms de champs, les champs obligatoires et les contrôles du modèle de données (plage d'azimut par unité, distances nulles ou positives, pas de dates futures). Les libellés sont écrits dans chaque langue choisie (par défaut : la langue de la base de données et l'anglais) ; la première est la langue par défaut des formulaires.</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="36"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="40"/>
        <source>Label languages (empty: the database&apos;s language and English)</source>
        <translation>Langues des libellés (vide : la langue de la base de données et l'anglais)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="45"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="47"/>
        <source>Forms written</source>
        <translation>Formulaires écrits</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="48"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Fichiers écrits (séparés par des points-virgules)</translation>
    </message>
</context>
<context>
    <name>ExportNationalReportAlgorithm</name>
    <message>
        <location filename="../processing/export_national_report.py" line="33"/>
        <source>Export national report</source>
        <translation>Exporter le rapport national</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="36"/>
        <source>Prints the national mine action report of a reporting year as a PDF (A4 portrait): a national summary (hazardous areas remaining, SHA and CHA, land released by method, explosive ordnance found and destroyed), the Article 7 tables of the Anti-Personnel Mine Ban Convention (mined areas remaining by region, number and m²; areas released in the year by cancellation, reduction and clearance) and their equivalent for cluster munition remnants under the Convention on Cluster Munitions, and charts: land released per year by method, remaining area by region and, when a completion date is given, progress against it.

The figures are those of Land release statistics: every m² counted once, by the method that released it first. The reporting period is the calendar year, up to the as-of date (default: 31 December of the year, or today if that is earlier). The database is not modified.</source>
        <translation>Imprime le rapport national d'action contre les mines d'une année en PDF (A4 portrait) : une synthèse nationale (zones dangereuses restantes, ZSD et ZDC, terres remises à disposition par méthode, engins explosifs trouvés et détruits), les tableaux de l'article 7 de la Convention sur l'interdiction des mines antipersonnel (zones minées restantes par région, nombre et m² ; zones remises à disposition dans l'année par annulation, réduction et dépollution) et leur équivalent pour les restes d'armes à sous-munitions au titre de la Convention sur les armes à sous-munitions, et des graphiques : terres remises à disposition par année et par méthode, surface restante par région et, si une date d'achèvement est donnée, l'avancement vers celle-ci.

Les chiffres sont ceux des statistiques de remise à disposition des terres : chaque m² compté une fois, selon la méthode qui l'a remis à disposition en premier. La période du rapport est l'année civile, jusqu'à la date de situation (par défaut : le 31 décembre de l'année, ou aujourd'hui si c'est plus tôt). La base de données n'est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="54"/>
        <source>Reporting year</source>
        <translation>Année du rapport</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="57"/>
        <source>As-of date of the remaining areas (default: the end of the year)</source>
        <translation>Date de situation des zones restantes (par défaut : la fin de l'année)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>The database&apos;s language</source>
        <translation>La langue de la base de données</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="64"/>
        <source>Issuing authority</source>
        <translation>Autorité émettrice</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="67"/>
        <source>Completion target date (optional: the progress chart)</source>
        <translation>Date cible d'achèvement (facultatif : le graphique d'avancement)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="73"/>
        <source>Remaining area targeted at that date (m²)</source>
        <translation>Surface restante visée à cette date (m²)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>National report PDF</source>
        <translation>Rapport national PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="104"/>
        <source>Reading the statistics of {year} at {as_of}</source>
        <translation>Lecture des statistiques de {year} au {as_of}</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="115"/>
        <source>{pages} pages written</source>
        <translation>{pages} pages écrites</translation>
    </message>
</context>
<context>
    <name>ExportOverviewAlgorithm</name>
    <message>
        <location filename="../processing/export_overview.py" line="19"/>
        <source>Export national overview map</source>
        <translation>Exporter la carte de synthèse nationale</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="24"/>
        <source>Prints an A3 landscape overview of the programme: hazardous areas by class and land release activities by outcome, with tables of the number and ground area of hazards by class and status and of the area of activities by outcome (ellipsoidal square metres, computed from the geometries).</source>
        <translation>Imprime une carte de synthèse du programme au format A3 paysage : zones dangereuses par classe et activités de remise à disposition des terres par résultat, avec des tableaux du nombre et de la superficie au sol des zones dangereuses par classe et par statut, et de la superficie des activités par résultat (mètres carrés ellipsoïdaux, calculés à partir des géométries).</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Autorité émettrice</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>Overview PDF</source>
        <translation>PDF de la carte de synthèse</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>Overview PNG image</source>
        <translation>Image PNG de la carte de synthèse</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>The database&apos;s language</source>
        <translation>La langue de la base de données</translation>
    </message>
</context>
<context>
    <name>ExportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/export_records.py" line="24"/>
        <source>Export records through a field mapping profile</source>
        <translation>Exporter des enregistrements selon un profil de correspondance des champs</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="27"/>
        <source>Writes the records of one table (hazards, land release activities or EO finds) in the shape of another system, as a field mapping profile describes it: the source&apos;s field names, its codes for ours, its CRS, and each record&apos;s external ID in the source&apos;s ID field (e.g. IMSMA Core&apos;s imsma_id), so that records imported through the profile go back with their identity. A code with no source code is named and nothing is written. A shapefile output keeps field names of at most 10 characters: a profile with longer names is refused rather than truncated (docs/field-mapping.md).</source>
        <translation>Écrit les enregistrements d'une table (zones dangereuses, activités de remise à disposition des terres ou découvertes d'engins explosifs (EE)) dans la forme d'un autre système, telle qu'un profil de correspondance des champs la décrit : les noms de champs de la source, ses codes pour les nôtres, son SCR, et l'identifiant externe de chaque enregistrement dans le champ d'identifiant de la source (par exemple imsma_id d'IMSMA Core), afin que les enregistrements importés selon le profil repartent avec leur identité. Un code sans code source est signalé et rien n'est écrit. Une sortie shapefile garde des noms de champs d'au plus 10 caractères : un profil aux noms plus longs est refusé plutôt que tronqué (docs/field-mapping.md).</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="40"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="45"/>
        <source>Exported records</source>
        <translation>Enregistrements exportés</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="47"/>
        <source>Records exported</source>
        <translation>Enregistrements exportés</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="69"/>
        <source>The records could not be written: {error}</source>
        <translation>Les enregistrements n'ont pas pu être écrits : {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="71"/>
        <source>{count} records of {table} exported through profile {profile}</source>
        <translation>{count} enregistrements de {table} exportés selon le profil {profile}</translation>
    </message>
</context>
<context>
    <name>ExportTaskOrdersAlgorithm</name>
    <message>
        <location filename="../processing/export_task_orders.py" line="29"/>
        <source>Export task orders</source>
        <translation>Exporter les ordres de tâche</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="34"/>
        <source>Prints a field task order for each task (all tasks, or only the selected ones): the task area with its turning points, the benchmark, access and casualty evacuation routes, helicopter landing site and medical points on a map with a UTM grid in the task&apos;s zone, a location inset, scale bar, north arrow and a declination diagram (true, grid and magnetic north at the task&apos;s planned start), the table of bearings, distances and coordinates, and the task&apos;s details.

Writes one PDF per task into the folder, or one PDF for all tasks, and optionally a PNG image of each.</source>
        <translation>Imprime un ordre de tâche de terrain pour chaque tâche (toutes les tâches, ou seulement celles sélectionnées) : la zone de la tâche avec ses points d'inflexion, le repère, les itinéraires d'accès et d'évacuation sanitaire, l'hélisurface et les points médicaux sur une carte avec un quadrillage UTM dans le fuseau de la tâche, un carton de localisation, une échelle graphique, une flèche du nord et un diagramme de déclinaison (nord géographique, nord du quadrillage et nord magnétique à la date de début prévue de la tâche), le tableau des azimuts, distances et coordonnées, et les détails de la tâche.

Écrit un PDF par tâche dans le dossier, ou un seul PDF pour toutes les tâches, et, en option, une image PNG de chacune.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="47"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="54"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="58"/>
        <source>One PDF for all tasks</source>
        <translation>Un seul PDF pour toutes les tâches</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="60"/>
        <source>Also write PNG images</source>
        <translation>Écrire aussi des images PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="64"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="66"/>
        <source>Task orders written</source>
        <translation>Ordres de tâche écrits</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="67"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Fichiers écrits (séparés par des points-virgules)</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="74"/>
        <source>The tasks layer cannot be read.</source>
        <translation>La couche des tâches ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="85"/>
        <source>The tasks layer has no field &apos;task_id&apos;.</source>
        <translation>La couche des tâches n'a pas de champ 'task_id'.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="89"/>
        <source>{count} task orders to print</source>
        <translation>{count} ordres de tâche à imprimer</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="95"/>
        <source>Cancelled: no task order was written.</source>
        <translation>Annulé : aucun ordre de tâche n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>The database&apos;s language</source>
        <translation>La langue de la base de données</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="50"/>
        <source>Mine action database (default: the tasks&apos; database)</source>
        <translation>Base de données d'action contre les mines (par défaut : celle des tâches)</translation>
    </message>
</context>
<context>
    <name>FieldCopy</name>
    <message>
        <location filename="../store/field_copy.py" line="146"/>
        <source>No hazard has the region &apos;{region}&apos; (regions in the database: {known}).</source>
        <translation>Aucune zone dangereuse n'a la région « {region} » (régions de la base de données : {known}).</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="154"/>
        <source>There is no task &apos;{task}&apos; in the database.</source>
        <translation>La base de données ne contient aucune tâche « {task} ».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="209"/>
        <source>The field copy {path} would replace the database it is made from. Choose another file.</source>
        <translation>La copie de terrain {path} remplacerait la base de données dont elle est tirée. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="242"/>
        <source>{table}: {count} records copied</source>
        <translation>{table} : {count} enregistrements copiés</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="266"/>
        <source>Give either a region or a task for the field copy, not both and not neither.</source>
        <translation>Indiquez soit une région, soit une tâche pour la copie de terrain, pas les deux ni aucune.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="272"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} existe déjà. Choisissez un autre fichier ou autorisez l'écrasement.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="276"/>
        <source>{path} is a mine action database, not a field copy: it is never overwritten. Choose another file for the field copy.</source>
        <translation>{path} est une base de données d'action contre les mines, pas une copie de terrain : elle n'est jamais écrasée. Choisissez un autre fichier pour la copie de terrain.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="347"/>
        <source>{path} is a mine action database but not a field copy (it has no record of its base). Only a copy written by &apos;Make field copy&apos; can be submitted; bring other records in with &apos;Import records&apos;.</source>
        <translation>{path} est une base de données d'action contre les mines mais pas une copie de terrain (elle ne garde aucune trace de sa base). Seule une copie écrite par « Créer une copie de terrain » peut être soumise ; importez les autres enregistrements avec « Importer des enregistrements ».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="357"/>
        <source>{path} was made by a newer version of Mine Action Mapper (field copy format {version}; this plugin knows {known}). Update the plugin to submit it.</source>
        <translation>{path} a été créée par une version plus récente de Mine Action Mapper (format de copie de terrain {version} ; ce plugin connaît le format {known}). Mettez le plugin à jour pour la soumettre.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="105"/>
        <source>{copy} is a field copy of another database ({source}, copied {copied}), not of {database}: nothing was submitted. Submit it to the database it was made from.</source>
        <translation>{copy} est une copie de terrain d'une autre base de données ({source}, copiée le {copied}), pas de {database} : rien n'a été soumis. Soumettez-la à la base de données dont elle est tirée.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="144"/>
        <source>deleted in the field copy; kept in the database (a field copy never deletes: delete it there if it must go)</source>
        <translation>supprimé dans la copie de terrain ; conservé dans la base de données (une copie de terrain ne supprime jamais : supprimez-le là-bas s'il doit disparaître)</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="168"/>
        <source>added in the field copy and already in the database with other values</source>
        <translation>ajouté dans la copie de terrain et déjà présent dans la base de données avec d'autres valeurs</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="175"/>
        <source>changed in the field copy but deleted in the database since the copy was made; not applied</source>
        <translation>modifié dans la copie de terrain mais supprimé dans la base de données depuis la copie ; non appliqué</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="184"/>
        <source>changed in the field copy and in the database since the copy was made; not applied</source>
        <translation>modifié dans la copie de terrain et dans la base de données depuis la copie ; non appliqué</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="255"/>
        <source>Table {table} refused the submission: {error}. Nothing was written.</source>
        <translation>La table {table} a refusé la soumission : {error}. Rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>FieldForms</name>
    <message>
        <location filename="../core/field_forms.py" line="162"/>
        <source>At most {length} characters</source>
        <translation>Au plus {length} caractères</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="197"/>
        <source>The date cannot be in the future</source>
        <translation>La date ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="208"/>
        <source>Benchmark position</source>
        <translation>Position du repère</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="210"/>
        <source>Benchmark description</source>
        <translation>Description du repère</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="212"/>
        <source>Survey points</source>
        <translation>Points de levé</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="217"/>
        <source>Give the bearing, or the bearing as recorded</source>
        <translation>Indiquez l'azimut, ou l'azimut tel que relevé</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="223"/>
        <source>Slope measured?</source>
        <translation>Pente mesurée ?</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="229"/>
        <source>GPS position (optional)</source>
        <translation>Position GPS (facultative)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="238"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="288"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="241"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="270"/>
        <source>Non-technical survey / hazard report</source>
        <translation>Enquête non technique / rapport de zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="286"/>
        <source>Position of the find</source>
        <translation>Position de la découverte</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="332"/>
        <source>Perimeter recorded as</source>
        <translation>Périmètre relevé comme</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="334"/>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="337"/>
        <source>EO finds</source>
        <translation>Découvertes d'engins explosifs</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="341"/>
        <source>Technical survey / clearance progress and completion report</source>
        <translation>Rapport d'avancement et d'achèvement d'enquête technique / de dépollution</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="352"/>
        <source>EO spot report</source>
        <translation>Rapport ponctuel d'engin explosif</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Drawn or walked with GPS (geoshape)</source>
        <translation>Dessiné ou parcouru au GPS (geoshape)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Survey points (bearings and distances)</source>
        <translation>Points de levé (azimuts et distances)</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="21"/>
        <source>The plugin has no translation into &apos;{code}&apos;. Choose among: {codes}.</source>
        <translation>L'extension n'a pas de traduction en « {code} ». Choisissez parmi : {codes}.</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="61"/>
        <source>The folder {folder} cannot be written: {error}. Choose another output folder.</source>
        <translation>Impossible d'écrire dans le dossier {folder} : {error}. Choisissez un autre dossier de sortie.</translation>
    </message>
</context>
<context>
    <name>FieldSubmissions</name>
    <message>
        <location filename="../core/field_submissions.py" line="146"/>
        <source>Geopoint &apos;{name}&apos; reads &apos;{text}&apos;, not &apos;latitude longitude altitude accuracy&apos;</source>
        <translation>Le point géographique « {name} » contient « {text} », et non « latitude longitude altitude précision »</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="131"/>
        <source>Geopoint &apos;{name}&apos; has no readable latitude and longitude: {lat}, {lon}</source>
        <translation>Le point géographique « {name} » n'a pas de latitude et longitude lisibles : {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="243"/>
        <source>A submission has no instance UUID (_uuid, meta-instanceID)</source>
        <translation>Une soumission n'a pas d'UUID d'instance (_uuid, meta-instanceID)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="249"/>
        <source>Submission {uuid}: its instance ID is not a UUID</source>
        <translation>Soumission {uuid} : son identifiant d'instance n'est pas un UUID</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="278"/>
        <source>Submission {uuid}: the benchmark position is missing</source>
        <translation>Soumission {uuid} : la position du repère manque</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="71"/>
        <source>{path} cannot be read as a KoBoToolbox XLSX export.</source>
        <translation>{path} ne peut pas être lu comme un export XLSX de KoBoToolbox.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="91"/>
        <source>{path} cannot be read as an ODK Central CSV export: {error}</source>
        <translation>{path} ne peut pas être lu comme un export CSV d'ODK Central : {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="243"/>
        <source>The records could not be written: {error}</source>
        <translation>Les enregistrements n'ont pas pu être écrits : {error}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="218"/>
        <source>The export holds none of {names}: is it an ODK Central export of a field form?</source>
        <translation>L'export ne contient aucun de {names} : est-ce un export ODK Central d'un formulaire de terrain ?</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="254"/>
        <source>Submission {uuid}: the {field} is missing</source>
        <translation>Soumission {uuid} : le champ {field} manque</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="321"/>
        <source>Submission {uuid}: the perimeter is recorded as &apos;{method}&apos;, neither {drawn} nor {walked}</source>
        <translation>Soumission {uuid} : le périmètre est enregistré comme « {method} », ni {drawn} ni {walked}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="337"/>
        <source>Submission {uuid}: the perimeter has {count} corners; a drawn perimeter needs at least three</source>
        <translation>Soumission {uuid} : le périmètre a {count} sommets ; un périmètre dessiné en demande au moins trois</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="371"/>
        <source>Submission {uuid}: find {find} has no position (a find is a point of the EO finds layer)</source>
        <translation>Soumission {uuid} : la découverte {find} n'a pas de position (une découverte est un point de la couche des découvertes d'engins explosifs)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="416"/>
        <source>The Survey123 export holds no layer named after a field form ({forms}); its layers: {layers}</source>
        <translation>L'export Survey123 ne contient aucune couche portant le nom d'un formulaire de terrain ({forms}) ; ses couches : {layers}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="170"/>
        <source>{path} cannot be read as a Survey123 export (file geodatabase or CSV): {error}</source>
        <translation>{path} ne peut pas être lu comme un export Survey123 (géodatabase fichier ou CSV) : {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="195"/>
        <source>{path} cannot be read as a zip file: {error}</source>
        <translation>{path} ne peut pas être lu comme un fichier zip : {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="207"/>
        <source>{path} is not a field export this import reads: a KoBoToolbox XLSX, an ODK Central CSV zip, or a Survey123 file geodatabase or CSV zip.</source>
        <translation>{path} n'est pas un export de terrain que cet import lit : un XLSX de KoBoToolbox, un zip CSV d'ODK Central, ou une géodatabase fichier ou un zip CSV de Survey123.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="427"/>
        <source>Photos not in the export (download its media too): {names}</source>
        <translation>Photos absentes de l'export (téléchargez aussi ses médias) : {names}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="432"/>
        <source>Submission {uuid} ({record}) was not imported: {problem}</source>
        <translation>La soumission {uuid} ({record}) n'a pas été importée : {problem}</translation>
    </message>
</context>
<context>
    <name>HazardPolygonsFromSurveyAlgorithm</name>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="30"/>
        <source>Hazard polygons from survey table</source>
        <translation>Polygones de zones dangereuses à partir d'un tableau de levé</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="74"/>
        <source>Survey table (survey points of one or more hazards)</source>
        <translation>Tableau de levé (points de levé d'une ou plusieurs zones dangereuses)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="77"/>
        <source>Tolerance: largest misclosure in metres (0: no limit)</source>
        <translation>Tolérance : écart de fermeture maximal en mètres (0 : sans limite)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="81"/>
        <source>Tolerance: smallest relative precision 1:N (0: no limit)</source>
        <translation>Tolérance : précision relative minimale 1:N (0 : sans limite)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="88"/>
        <source>Distribute the misclosure (compass rule) when within tolerance</source>
        <translation>Répartir l'écart de fermeture (méthode de Bowditch) lorsqu'il respecte la tolérance</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="91"/>
        <source>Grid of grid bearings (empty: the benchmark&apos;s UTM zone)</source>
        <translation>Quadrillage des gisements (vide : le fuseau UTM du repère)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Closing convention</source>
        <translation>Convention de fermeture</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Automatic: close on the start point when the table has an end point</source>
        <translation>Automatique : fermer sur le point de départ lorsque le tableau a un point final</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The end point re-observes the start point</source>
        <translation>Le point final réobserve le point de départ</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The closing side was not measured</source>
        <translation>Le côté de fermeture n'a pas été mesuré</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="100"/>
        <source>Hazard polygons</source>
        <translation>Polygones des zones dangereuses</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="102"/>
        <source>Computed survey points</source>
        <translation>Points de levé calculés</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="105"/>
        <source>Closure report</source>
        <translation>Rapport de fermeture</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="107"/>
        <source>Hazards computed</source>
        <translation>Zones dangereuses calculées</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="108"/>
        <source>Hazards skipped</source>
        <translation>Zones dangereuses ignorées</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="126"/>
        <source>The survey table has no column {names}: columns must carry the survey point field names</source>
        <translation>Le tableau de levé n'a pas de colonne {names} : les colonnes doivent porter les noms des champs des points de levé</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="144"/>
        <source>Set a tolerance (metres or 1:N) before asking for the misclosure to be distributed.</source>
        <translation>Définissez une tolérance (en mètres ou 1:N) avant de demander la répartition de l'écart de fermeture.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="219"/>
        <source>Hazard {hazard}: {warning}</source>
        <translation>Zone dangereuse {hazard} : {warning}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="221"/>
        <source>{computed} hazards computed, {failed} skipped</source>
        <translation>{computed} zones dangereuses calculées, {failed} ignorées</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="34"/>
        <source>Computes a hazard polygon for every hazard in a survey table: the benchmark position (coord_entered: lat/lon, UTM or MGRS) and each point&apos;s bearing and distance from an earlier point, as recorded in the field (the survey_points fields: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). The table may be a CSV file, a spreadsheet or a database table, and may hold many hazards.

Magnetic bearings get the World Magnetic Model declination at the survey date, unless the table records a declination. Grid bearings refer to the grid chosen here, by default the UTM zone of each hazard&apos;s benchmark.

Closure: the end point re-observes the start point; the misclosure and the relative precision 1:N are checked against the programme tolerance (0 switches a limit off), and a leg longer than the longest leg accepted is refused. These default to the programme settings (Settings &gt; Options &gt; Mine Action; built in: 1:200, no limit in metres, 2000 m legs); a value left at its default takes the setting of the database the survey table belongs to. The compass (Bowditch) rule distributes the misclosure only when asked and only when the traverse is within tolerance. With the automatic closing convention, a table without an end point (such as a radial survey) is closed on its start point without a misclosure.

Plausibility: a leg longer than the longest leg accepted (default 2,000 m horizontal; never more than 100 km) is refused, and a benchmark more than 100 km from the table&apos;s other benchmarks is reported as a warning (a wrong MGRS band or a swapped sign).

Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the computed survey points and a closure report with one row per hazard. A hazard whose table has an error is reported by hazard, point and field, and skipped; the others are computed. When no hazard can be computed the algorithm fails. Every input is read and computed before any output is written, and the input is never modified.</source>
        <translation>Calcule un polygone pour chaque zone dangereuse d'un tableau de levé : la position du repère (coord_entered : lat/lon, UTM ou MGRS) et l'azimut et la distance de chaque point depuis un point précédent, tels que relevés sur le terrain (les champs de survey_points : hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). Le tableau peut être un fichier CSV, un tableur ou une table de base de données, et peut contenir de nombreuses zones dangereuses.

Les azimuts magnétiques reçoivent la déclinaison du modèle magnétique mondial (WMM) à la date du levé, sauf si le tableau indique une déclinaison. Les gisements se rapportent au quadrillage choisi ici, par défaut le fuseau UTM du repère de chaque zone dangereuse.

Fermeture : le point final réobserve le point de départ ; l'écart de fermeture et la précision relative 1:N sont comparés à la tolérance du programme (0 désactive une limite), et une visée plus longue que la longueur maximale de visée acceptée est refusée. Ces valeurs sont par défaut celles des paramètres du programme (Préférences &gt; Options &gt; Action contre les mines ; valeurs intégrées : 1:200, sans limite en mètres, visées de 2000 m) ; une valeur laissée à sa valeur par défaut prend le paramètre de la base de données à laquelle appartient le tableau de levé. La méthode de Bowditch (règle de la boussole) ne répartit l'écart de fermeture que sur demande et seulement lorsque le cheminement respecte la tolérance. Avec la convention de fermeture automatique, un tableau sans point final (comme un levé rayonnant) est fermé sur son point de départ sans écart de fermeture.

Plausibilité : une visée plus longue que la longueur maximale de visée acceptée (par défaut 2 000 m à l'horizontale ; jamais plus de 100 km) est refusée, et un repère situé à plus de 100 km des autres repères du tableau est signalé par un avertissement (bande MGRS erronée ou signe inversé).

Sorties : les polygones des zones dangereuses (superficie sur l'ellipsoïde WGS 84), les points de levé calculés et un rapport de fermeture avec une ligne par zone dangereuse. Une zone dangereuse dont le tableau contient une erreur est signalée par zone, point et champ, puis ignorée ; les autres sont calculées. Lorsqu'aucune zone dangereuse ne peut être calculée, l'algorithme échoue. Toutes les données d'entrée sont lues et calculées avant l'écriture de la moindre sortie, et les données d'entrée ne sont jamais modifiées.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="84"/>
        <source>Longest leg accepted (m)</source>
        <translation>Longueur maximale de visée acceptée (m)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="177"/>
        <source>None of the {count} hazards could be computed; first error: {error}</source>
        <translation>Aucune des {count} zones dangereuses n'a pu être calculée ; première erreur : {error}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="190"/>
        <source>The benchmark lies {distance:,.0f} km from the other hazards&apos; benchmarks (more than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).</source>
        <translation>Le repère se trouve à {distance:,.0f} km des repères des autres zones dangereuses (plus de {limit:,.0f} km) : vérifiez ses coordonnées (bande MGRS, hémisphère, signe).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../store/importer.py" line="47"/>
        <source>Row {row}, field &apos;{field}&apos;: {problem}</source>
        <translation>Ligne {row}, champ '{field}' : {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="95"/>
        <source>&apos;{value}&apos; is not a valid {kind}</source>
        <translation>'{value}' n'est pas une valeur valide de type {kind}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>real</source>
        <translation>réel</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>datetime</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="466"/>
        <source>Table {table} cannot be edited.</source>
        <translation>La table {table} ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="476"/>
        <source>Nothing was written to {table}: {errors}</source>
        <translation>Rien n'a été écrit dans {table} : {errors}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="503"/>
        <source>{path} cannot be read as CSV.</source>
        <translation>{path} ne peut pas être lu comme un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="68"/>
        <source>The numbers look like latitude and longitude in the wrong order: longitude (east-west) must come first.</source>
        <translation>Les nombres ressemblent à une latitude et une longitude dans le mauvais ordre : la longitude (est-ouest) doit venir en premier.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="72"/>
        <source>The numbers look like UTM metres (easting 500000-ish, northing up to 10,000,000): set the layer&apos;s CRS, e.g. EPSG:326xx (north) or EPSG:327xx (south) for UTM zone xx.</source>
        <translation>Les nombres ressemblent à des mètres UTM (abscisse (est) de l'ordre de 500000, ordonnée (nord) jusqu'à 10 000 000) : définissez le SCR de la couche, p. ex. EPSG:326xx (nord) ou EPSG:327xx (sud) pour le fuseau UTM xx.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="77"/>
        <source>The numbers look like projected metres (UTM, a national grid or Web Mercator EPSG:3857): set the layer&apos;s CRS to the one they were measured in.</source>
        <translation>Les nombres ressemblent à des mètres projetés (UTM, quadrillage national ou Web Mercator EPSG:3857) : définissez comme SCR de la couche celui dans lequel ils ont été mesurés.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="81"/>
        <source>The numbers are too large for any usual CRS: check the coordinate columns.</source>
        <translation>Les nombres sont trop grands pour tout SCR usuel : vérifiez les colonnes de coordonnées.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="60"/>
        <source>&apos;{value}&apos; holds characters that could not be read: the file was read in the wrong text encoding. Give its encoding (ENCODING, e.g. windows-1252) and import again.</source>
        <translation>'{value}' contient des caractères illisibles : le fichier a été lu avec un mauvais encodage de texte. Indiquez son encodage (ENCODING, p. ex. windows-1252) et relancez l'importation.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="93"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD</source>
        <translation>'{value}' n'est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="131"/>
        <source>Column &apos;{column}&apos; is not a field of {table}; did you mean &apos;{field}&apos;? It was not imported.</source>
        <translation>La colonne '{column}' n'est pas un champ de {table} ; vouliez-vous dire '{field}' ? Elle n'a pas été importée.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="136"/>
        <source>Column &apos;{column}&apos; is not a field of {table}. It was not imported.</source>
        <translation>La colonne '{column}' n'est pas un champ de {table}. Elle n'a pas été importée.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="144"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none; their column &apos;{column}&apos; looks like a misspelling of it: rename that column and import again.</source>
        <translation>La table {table} nécessite la colonne '{field}' et les enregistrements ne l'ont pas ; leur colonne '{column}' ressemble à une faute de frappe de ce nom : renommez cette colonne et relancez l'importation.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="150"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none: add it, with a value in every row, and import again.</source>
        <translation>La table {table} nécessite la colonne '{field}' et les enregistrements ne l'ont pas : ajoutez-la, avec une valeur dans chaque ligne, et relancez l'importation.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="184"/>
        <source>a value is required: fill in this cell</source>
        <translation>une valeur est obligatoire : remplissez cette cellule</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="188"/>
        <source>&apos;{value}&apos; is not a code of the list &apos;{list}&apos; (its codes: {codes})</source>
        <translation>'{value}' n'est pas un code de la liste '{list}' (ses codes : {codes})</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="195"/>
        <source>{value} is in the future: check the year (only planned dates may lie ahead)</source>
        <translation>{value} est dans le futur : vérifiez l'année (seules les dates prévues peuvent être dans le futur)</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="228"/>
        <source>the value {value} is refused: {rule}</source>
        <translation>la valeur {value} est refusée : {rule}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="251"/>
        <source>a {found} geometry cannot be stored in table {table}, which holds {expected} geometries</source>
        <translation>une géométrie {found} ne peut pas être enregistrée dans la table {table}, qui contient des géométries {expected}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="264"/>
        <source>the coordinates ({x}, {y}) are not a longitude and latitude once transformed from {crs} to WGS 84 (longitude within ±180°, latitude within ±90°). {hint}</source>
        <translation>les coordonnées ({x}, {y}) ne sont pas une longitude et une latitude une fois transformées de {crs} en WGS 84 (longitude comprise dans ±180°, latitude comprise dans ±90°). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="279"/>
        <source>&apos;{wkt}&apos; is not a readable geometry (WKT); correct it or empty the cell</source>
        <translation>'{wkt}' n'est pas une géométrie lisible (WKT) ; corrigez-la ou videz la cellule</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="283"/>
        <source>the column holds a geometry but the records were read without geometries: load the file with its geometry column</source>
        <translation>la colonne contient une géométrie, mais les enregistrements ont été lus sans géométries : chargez le fichier avec sa colonne de géométrie</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="298"/>
        <source>the coordinates ({x}, {y}) look like longitude and latitude in degrees, but the records&apos; CRS {crs} is projected (metres): set the CRS to the one they are in, e.g. EPSG:4326 (WGS 84).</source>
        <translation>les coordonnées ({x}, {y}) ressemblent à une longitude et une latitude en degrés, mais le SCR des enregistrements, {crs}, est projeté (en mètres) : définissez le SCR dans lequel elles sont exprimées, p. ex. EPSG:4326 (WGS 84).</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="312"/>
        <source>the coordinates ({x}, {y}) cannot be transformed from {crs} to WGS 84. {hint}</source>
        <translation>les coordonnées ({x}, {y}) ne peuvent pas être transformées de {crs} en WGS 84. {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="364"/>
        <source>the row has no geometry, and table {table} needs one: give it coordinates, or a layer of geometries matched by {key}</source>
        <translation>la ligne n'a pas de géométrie, et la table {table} en nécessite une : donnez-lui des coordonnées, ou fournissez une couche de géométries associées par {key}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="430"/>
        <source>&apos;{value}&apos; is already in table {table}: these records were probably imported before. Remove the rows already in the table from the records and import again.</source>
        <translation>'{value}' figure déjà dans la table {table} : ces enregistrements ont probablement déjà été importés. Retirez des enregistrements les lignes déjà présentes dans la table et relancez l'importation.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="435"/>
        <source>&apos;{value}&apos; is also in row {other}: each row needs its own value</source>
        <translation>'{value}' figure aussi à la ligne {other} : chaque ligne doit avoir sa propre valeur</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="473"/>
        <source>Nothing was imported from {source} into {table}. {problem}</source>
        <translation>Rien n'a été importé de {source} dans {table}. {problem}</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="64"/>
        <source>&apos;{encoding}&apos; is not a text encoding name; use e.g. UTF-8, windows-1252 or ISO-8859-1.</source>
        <translation>'{encoding}' n'est pas un nom d'encodage de texte ; utilisez p. ex. UTF-8, windows-1252 ou ISO-8859-1.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="70"/>
        <source>{path} is not {encoding} text (line {line}, byte {offset}): give the file&apos;s own encoding.</source>
        <translation>{path} n'est pas un texte en {encoding} (ligne {line}, octet {offset}) : indiquez l'encodage propre au fichier.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="82"/>
        <source>{path} is not UTF-8 text (line {line}); it was read as {encoding}. If accented letters look wrong, give the file&apos;s encoding (ENCODING).</source>
        <translation>{path} n'est pas un texte en UTF-8 (ligne {line}) ; il a été lu en {encoding}. Si les lettres accentuées s'affichent mal, indiquez l'encodage du fichier (ENCODING).</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="121"/>
        <source>{count} rows of {path} have coordinates QGIS could not read, and its delimited text reader left them out. Nothing was imported: correct them, or give the file path itself as the records so that the rows are named.</source>
        <translation>{count} lignes de {path} ont des coordonnées que QGIS n'a pas pu lire, et son lecteur de texte délimité les a écartées. Rien n'a été importé : corrigez-les, ou indiquez le chemin du fichier lui-même comme enregistrements, afin que les lignes en cause soient désignées.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="292"/>
        <source>the records have coordinates but no coordinate reference system (CRS), so their position is unknown. Set the layer&apos;s CRS, or give the CRS of the records when the layer has none (SOURCE_CRS). {hint}</source>
        <translation>les enregistrements ont des coordonnées mais pas de système de coordonnées de référence (SCR), leur position est donc inconnue. Définissez le SCR de la couche, ou indiquez le SCR des enregistrements quand la couche n'en a pas (SOURCE_CRS). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="371"/>
        <source>the geometry is not valid ({reason}): correct it and import again</source>
        <translation>la géométrie n'est pas valide ({reason}) : corrigez-la et importez de nouveau</translation>
    </message>
</context>
<context>
    <name>ImportFieldSubmissionsAlgorithm</name>
    <message>
        <location filename="../processing/import_field_submissions.py" line="20"/>
        <source>Import field submissions</source>
        <translation>Importer les soumissions de terrain</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="45"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="53"/>
        <source>Submission report</source>
        <translation>Rapport des soumissions</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="55"/>
        <source>Submissions imported</source>
        <translation>Soumissions importées</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="56"/>
        <source>Submissions rejected</source>
        <translation>Soumissions refusées</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="57"/>
        <source>Submissions already imported</source>
        <translation>Soumissions déjà importées</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="80"/>
        <source>{accepted} submissions imported, {rejected} rejected, {skipped} already imported</source>
        <translation>{accepted} soumissions importées, {rejected} refusées, {skipped} déjà importées</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="42"/>
        <source>Field export (KoBoToolbox XLSX, ODK Central CSV zip, Survey123 file geodatabase or CSV zip)</source>
        <translation>Export de terrain (XLSX de KoBoToolbox, zip CSV d'ODK Central, géodatabase fichier ou zip CSV de Survey123)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="49"/>
        <source>Folder for the photos (default: beside a GeoPackage, its name followed by _photos)</source>
        <translation>Dossier des photos (par défaut : à côté d'un GeoPackage, son nom suivi de _photos)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="23"/>
        <source>Imports the submissions of a field form (Export field forms) from a KoBoToolbox XLSX export or an ODK Central CSV zip. A hazard report&apos;s survey points go through the traverse engine into a hazard polygon, with its closure figures. An activity report&apos;s perimeter, drawn or walked as survey points, becomes the activity, with its EO finds; an EO spot report becomes a find. Every record is checked as Import records checks it. Activities, finds and survey points come in submitted, for the national centre&apos;s review: only approved activities release land.

Photos named by a submission are kept with its record, in a folder named after the record&apos;s UUID, under the photos folder and the table: from an ODK Central zip&apos;s media folder, or from a media or attachments folder beside the export. A Survey123 file geodatabase or CSV zip is read too.

Each submission is written in a transaction of its own: a rejected one is named, with its field, in the report, and the others still go in. A submission is known by its instance UUID (its record&apos;s UUID), so importing it again, from either export, changes nothing.</source>
        <translation>Importe les soumissions d'un formulaire de terrain (Exporter les formulaires de terrain) depuis un export XLSX de KoBoToolbox ou un zip CSV d'ODK Central. Les points de levé d'un rapport de zone dangereuse passent par le moteur de cheminement pour donner le polygone de la zone dangereuse, avec ses chiffres de fermeture. Le périmètre d'un rapport d'activité, dessiné ou parcouru en points de levé, devient l'activité, avec ses découvertes d'engins explosifs ; un rapport ponctuel d'engin explosif devient une découverte. Chaque enregistrement est contrôlé comme Importer des enregistrements le contrôle. Les activités, les découvertes et les points de levé arrivent soumis, pour l'examen du centre national : seules les activités approuvées remettent des terres à disposition.

Les photos nommées par une soumission sont gardées avec son enregistrement, dans un dossier au nom de l'UUID de l'enregistrement, sous le dossier des photos et la table : depuis le dossier media d'un zip d'ODK Central, ou depuis un dossier media ou attachments à côté de l'export. Une géodatabase fichier ou un zip CSV de Survey123 est lu aussi.

Chaque soumission est écrite dans une transaction qui lui est propre : une soumission refusée est nommée, avec son champ, dans le rapport, et les autres sont tout de même importées. Une soumission est reconnue par son UUID d'instance (l'UUID de son enregistrement) : l'importer à nouveau, depuis l'un ou l'autre export, ne change rien.</translation>
    </message>
</context>
<context>
    <name>ImportQFieldChangesAlgorithm</name>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="15"/>
        <source>Import QField changes</source>
        <translation>Importer les modifications QField</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="18"/>
        <source>Brings back into the mine action database what a team added, changed or deleted in QField in a package written by &apos;Package for QField&apos; (give the package folder, its project or its GeoPackage, copied back whole from the device). Records are matched by uuid, as &apos;Submit field copy&apos; does:

- a record added in QField (it has a new uuid) is inserted;
- a record changed in QField (values or geometry) is updated, unless it was also changed in the database since the package was made: then it is a conflict, reported field by field with both values and not applied;
- a record deleted in QField is reported and kept: the field never deletes from the national database (delete it there if it must go);
- every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.

Everything is written in one transaction; importing the same package again changes nothing.</source>
        <translation>Renvoie à la base de données d'action contre les mines ce qu'une équipe a ajouté, modifié ou supprimé dans QField dans un paquet écrit par « Empaqueter pour QField » (donnez le dossier du paquet, son projet ou son GeoPackage, recopié en entier depuis l'appareil). Les enregistrements sont associés par uuid, comme le fait « Soumettre une copie de terrain » :

- un enregistrement ajouté dans QField (il a un nouvel uuid) est inséré ;
- un enregistrement modifié dans QField (valeurs ou géométrie) est mis à jour, sauf s'il a aussi été modifié dans la base de données depuis la création du paquet : c'est alors un conflit, signalé champ par champ avec les deux valeurs et non appliqué ;
- un enregistrement supprimé dans QField est signalé et conservé : le terrain ne supprime jamais rien de la base de données nationale (supprimez-le là s'il doit disparaître) ;
- chaque enregistrement ajouté ou modifié passe les contrôles de « Importer des enregistrements » ; celui qui échoue est rejeté, avec le nom de son champ, et les autres sont écrits.

Tout est écrit en une seule transaction ; importer à nouveau le même paquet ne change rien.</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="35"/>
        <source>QField package folder (or its project or GeoPackage)</source>
        <translation>Dossier du paquet QField (ou son projet ou son GeoPackage)</translation>
    </message>
</context>
<context>
    <name>ImportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/import_records.py" line="31"/>
        <source>Import records into mine action database</source>
        <translation>Importer des enregistrements dans une base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="75"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="77"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="82"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="87"/>
        <source>Geometries for rows without one (matched by ID)</source>
        <translation>Géométries pour les lignes qui n'en ont pas (associées par identifiant)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="98"/>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="144"/>
        <source>{count} rows imported into {table}</source>
        <translation>{count} lignes importées dans {table}</translation>
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
        <translation>Ajoute les lignes d'une table ou d'une couche (CSV, tableur, export IMSMA) à une table d'une base de données d'action contre les mines. Les colonnes sont associées par nom de champ. Chaque ligne est d'abord vérifiée ; si une ligne est erronée, l'erreur indique la ligne (1 est la première ligne après l'en-tête) et le champ, et rien n'est écrit :
- colonnes et valeurs obligatoires : les champs clés, les champs exigés par le modèle de données et ceux dont la remise à disposition des terres a besoin (zones dangereuses : hazard_id, hazard_class, status, date_of_information ; activités : activity_id, activity_type, outcome, end_date) doivent être des colonnes avec une valeur dans chaque ligne, même lorsque les formulaires rempliraient une valeur par défaut. Une colonne qui n'est pas un champ est signalée par un avertissement, avec le champ auquel elle ressemble, et n'est pas importée ;
- codes par rapport aux listes de codes de la base de données ; nombres et dates ; aucune date postérieure à demain, sauf les dates prévues (dates de début et d'échéance des tâches) ;
- règles du modèle de données, telles que les formulaires les appliquent : profondeurs, distances et superficies non négatives, date de fin non antérieure à la date de début, azimut compris dans le tour complet de son unité (360°, 400 grades, 6400 ou 6000 millièmes) ... ;
- identifiants : une clé (hazard_id, activity_id ...), un uuid ou, pour les points de levé, un couple hazard_id et point_no répété ou déjà présent dans la table est refusé. La réimportation de lignes est refusée plutôt qu'ignorée : une importation lancée deux fois par erreur ne doit pas ajouter de doublons, et une réimportation partielle ne permettrait pas de savoir clairement quelles lignes sont nouvelles ;
- géométries : lisibles, du type de la table, en longitude/latitude une fois transformées en WGS 84 (l'erreur indique à quoi ressemblent les nombres, p. ex. des mètres UTM dans une couche en lon/lat, ou des degrés dans une couche projetée). Chaque table, sauf celle des points de levé, nécessite une géométrie dans chaque ligne. Les enregistrements sans SCR (un CSV, un shapefile sans .prj) sont refusés, sauf si leur SCR est indiqué ;
- encodage du texte : un fichier texte qui n'est pas en UTF-8 est lu en windows-1252 avec un avertissement, sauf si son encodage est indiqué.

Les lignes sans géométrie peuvent en recevoir une d'une seconde couche (par exemple des polygones de zones dangereuses calculés à partir de cheminements de levé), associée par le champ d'identifiant de la table. Les superficies sont calculées sur l'ellipsoïde.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="90"/>
        <source>CRS of the records when the layer has none</source>
        <translation>SCR des enregistrements lorsque la couche n'en a pas</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="93"/>
        <source>Text encoding of a CSV file (empty: UTF-8, or windows-1252 with a warning)</source>
        <translation>Encodage du texte d'un fichier CSV (vide : UTF-8, ou windows-1252 avec un avertissement)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="118"/>
        <source>The records have their own CRS, {crs}; the CRS given for records without one was not used. Change the layer&apos;s CRS if it is wrong.</source>
        <translation>Les enregistrements ont leur propre SCR, {crs} ; le SCR indiqué pour les enregistrements qui n'en ont pas n'a pas été utilisé. Modifiez le SCR de la couche s'il est erroné.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="126"/>
        <source>The layer of geometries {layer} has no CRS, so its positions are unknown: set its CRS and import again.</source>
        <translation>La couche de géométries {layer} n'a pas de SCR : ses positions sont donc inconnues. Définissez son SCR et relancez l'importation.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="68"/>
        <source>A field mapping profile (a JSON file, or one shipped with the plugin: IMSMA Core-style layers, an operator&apos;s shapefile) reads another system&apos;s layer: its field names, its codes and its CRS become ours, and its own ID is kept in external_id (docs/field-mapping.md).</source>
        <translation>Un profil de correspondance des champs (un fichier JSON, ou l'un de ceux fournis avec l'extension : couches de type IMSMA Core, shapefile d'un opérateur) lit la couche d'un autre système : ses noms de champs, ses codes et son SCR deviennent les nôtres, et son propre identifiant est conservé dans external_id (docs/field-mapping.md).</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="214"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation>{feature} : '{value}' dans le champ {field} n'est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="219"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation>{feature} : la date du champ {field} est manquante.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="68"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation>{feature} : code '{value}' inconnu dans le champ {field} (attendu : un de {codes}).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="251"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation>{feature} : la géométrie est manquante ou vide.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="261"/>
        <source>A {what} has no identifier.</source>
        <translation>Un enregistrement ({what}) n'a pas d'identifiant.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="98"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation>{feature} : l'identifiant est utilisé deux fois.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="310"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation>{feature} : le résultat '{outcome}' du champ outcome n'est pas possible pour le type d'activité '{activity_type}'.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="319"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation>{feature} : la zone dangereuse '{hazard}' du champ hazard_id n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation>L'activité se trouve en dehors de toutes les zones dangereuses sur lesquelles elle peut agir.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="34"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation>Une partie de l'activité couvre des terres déjà remises à disposition par une activité antérieure ; elle n'est comptée qu'une fois, au titre de la méthode antérieure.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation>L'activité s'est terminée avant la date de l'information de la zone dangereuse et ne modifie pas celle-ci.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="40"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation>Un fragment plus petit que la tolérance a été supprimé.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="42"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation>La géométrie n'était pas valide et a été réparée.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="44"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation>La zone dangereuse chevauche un enregistrement de zone dangereuse antérieur ; le chevauchement n'est compté que dans la zone antérieure.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="48"/>
        <source>feature {fid}</source>
        <translation>entité {fid}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="56"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>La couche {layer} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="160"/>
        <source>{feature}: field {field} is empty.</source>
        <translation>{feature} : le champ {field} est vide.</translation>
    </message>
    <message>
        <location filename="../core/land_release_plan.py" line="224"/>
        <source>Confirmed part of {hazard}, re-registered from the land release history on {date}.</source>
        <translation>Partie confirmée de {hazard}, réenregistrée à partir de l'historique de remise à disposition des terres le {date}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="285"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>Impossible d'écrire dans la table {table} : {error}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="331"/>
        <source>Table {table} cannot be edited.</source>
        <translation>La table {table} ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="47"/>
        <source>The activity ends in the future (a mistyped year?); it was not applied. Correct its end date and compute again.</source>
        <translation>L'activité se termine dans le futur (année mal saisie ?) ; elle n'a pas été appliquée. Corrigez sa date de fin et relancez le calcul.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="50"/>
        <source>The hazard&apos;s date of information is in the future (a mistyped year?); activities that ended before it do not change the hazard.</source>
        <translation>La date de l'information de la zone dangereuse est dans le futur (année mal saisie ?) ; les activités terminées avant cette date ne modifient pas la zone dangereuse.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="104"/>
        <source>{feature}: the hazard has no geometry, so its land is unknown (only a closed hazard may have none). Give it its polygon (draw it, import it or compute it from its survey table).</source>
        <translation>{feature} : la zone dangereuse n'a pas de géométrie, son terrain est donc inconnu (seule une zone dangereuse fermée peut en être dépourvue). Donnez-lui son polygone (dessinez-le, importez-le ou calculez-le à partir de son tableau de levé).</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="83"/>
        <source>{database}: cannot lock the hazards to update: {error}. Nothing was written.</source>
        <translation>{database} : impossible de verrouiller les zones dangereuses à mettre à jour : {error}. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="94"/>
        <source>{database}: hazard {hazard} was changed by another editor since the update read it (version {read}, now {now}); nothing was written. Run the update again.</source>
        <translation>{database} : la zone dangereuse {hazard} a été modifiée par un autre éditeur depuis que la mise à jour l'a lue (version {read}, maintenant {now}) ; rien n'a été écrit. Relancez la mise à jour.</translation>
    </message>
</context>
<context>
    <name>LandReleaseDock</name>
    <message>
        <location filename="../ui/panels.py" line="21"/>
        <source>Land release</source>
        <translation>Remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="90"/>
        <source>Hazard</source>
        <translation>Zone dangereuse</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="92"/>
        <source>From map selection</source>
        <translation>Depuis la sélection sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="101"/>
        <source>Activities, by end date</source>
        <translation>Activités, par date de fin</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="107"/>
        <source>Register an activity</source>
        <translation>Enregistrer une activité</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="109"/>
        <source>Draw on map</source>
        <translation>Dessiner sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="119"/>
        <source>Use selected</source>
        <translation>Utiliser la sélection</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="114"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="442"/>
        <source>No area yet</source>
        <translation>Pas encore de zone</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="126"/>
        <source>Activity ID</source>
        <translation>ID de l'activité</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="129"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="131"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="135"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="139"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="141"/>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="143"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="220"/>
        <source>Select a hazard on the map first.</source>
        <translation>Sélectionnez d'abord une zone dangereuse sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="231"/>
        <source>Open a mine action database to see its hazards.</source>
        <translation>Ouvrez une base de données d'action contre les mines pour voir ses zones dangereuses.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="240"/>
        <source>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</source>
        <translation>{date}  {activity} : {type}, {outcome}, {area}, {organisation}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="250"/>
        <source>{entry} (not applied yet)</source>
        <translation>{entry} (pas encore appliquée)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="265"/>
        <source>Original</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="266"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="267"/>
        <source>Reduced (technical asset)</source>
        <translation>Réduite (moyen technique)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="268"/>
        <source>Reduced (no technical asset)</source>
        <translation>Réduite (sans moyen technique)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="269"/>
        <source>Cleared</source>
        <translation>Dépolluée</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="270"/>
        <source>Remaining SHA</source>
        <translation>ZSD restante</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="271"/>
        <source>Remaining CHA</source>
        <translation>ZDC restante</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="335"/>
        <source>Select one polygon in the chosen layer first.</source>
        <translation>Sélectionnez d'abord un polygone dans la couche choisie.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="345"/>
        <source>Area drawn: {area}</source>
        <translation>Zone dessinée : {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="392"/>
        <source>Remaining after this activity: &lt;b&gt;{after}&lt;/b&gt; (now {before})</source>
        <translation>Superficie restante après cette activité : &lt;b&gt;{after}&lt;/b&gt; (actuellement {before})</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="395"/>
        <source>Released: {area}</source>
        <translation>Superficie remise à disposition : {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="397"/>
        <source>Confirmed (becomes CHA): {area}</source>
        <translation>Superficie confirmée (devient ZDC) : {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="432"/>
        <source>Register activity {activity}</source>
        <translation>Enregistrer l'activité {activity}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="439"/>
        <source>Activity {activity} registered; save the layer edits to store it.</source>
        <translation>Activité {activity} enregistrée ; enregistrez les modifications de la couche pour la conserver.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="111"/>
        <source>Left click adds a corner, right click finishes, Esc abandons.</source>
        <translation>Clic gauche : ajoute un sommet ; clic droit : termine ; Échap : abandonne.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="122"/>
        <source>or from layer</source>
        <translation>ou depuis la couche</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="247"/>
        <source>{entry} ({review}: releases no land until approved)</source>
        <translation>{entry} ({review} : aucune terre remise à disposition avant approbation)</translation>
    </message>
</context>
<context>
    <name>LandReleaseStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/land_release_statistics.py" line="21"/>
        <source>Land released</source>
        <translation>Terres remises à disposition</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="23"/>
        <source>Remaining at period end</source>
        <translation>Restant en fin de période</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="25"/>
        <source>Remaining at the as-of date</source>
        <translation>Restant à la date de référence</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="27"/>
        <source>Explosive ordnance found and destroyed</source>
        <translation>Engins explosifs trouvés et détruits</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="29"/>
        <source>Consistency check</source>
        <translation>Contrôle de cohérence</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="39"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="40"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="42"/>
        <source>Contamination type</source>
        <translation>Type de contamination</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="44"/>
        <source>Hazard class</source>
        <translation>Classe de zone dangereuse</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="47"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="48"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="49"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="50"/>
        <source>The whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="66"/>
        <source>Land release statistics</source>
        <translation>Statistiques de remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="69"/>
        <source>Tables of land release per reporting period and group, as national plans, donor reports and Article 7 reports need them: land cancelled, reduced with and without technical asset and cleared; remaining suspected (SHA) and confirmed (CHA) areas, number and m², at the end of each period and at the as-of date; explosive ordnance found and destroyed by category; and a consistency row per period (remaining at start - released + newly recorded + reclassified = remaining at end).

Every m² is counted once, by the method that released it first: the figures come from the release history and, for activities not applied yet, from the land release engine (what Update mine action database would write). Released land is grouped by the organisation of the activity and the class it left; remaining land by the hazard's reporting organisation and class.

Periods: from the start date (default: 1 January of the first record's year) to the end date (default: the as-of date, itself today by default), split by year, quarter or month. The tables are layers without geometry, and optionally one XLSX workbook with one sheet per table. The database is not modified.</source>
        <translation>Tableaux de la remise à disposition des terres par période de rapport et par groupe, tels que les plans nationaux, les rapports aux donateurs et les rapports au titre de l'article 7 les demandent : terres annulées, réduites avec et sans moyen technique et dépolluées ; zones suspectées dangereuses (ZSD) et zones dangereuses confirmées (ZDC) restantes, en nombre et en m², à la fin de chaque période et à la date de référence ; engins explosifs trouvés et détruits par catégorie ; et une ligne de cohérence par période (restant au début - remis à disposition + nouvellement enregistré + reclassé = restant à la fin).

Chaque m² est compté une seule fois, par la méthode qui l'a remis à disposition en premier : les chiffres viennent de l'historique de remise à disposition et, pour les activités pas encore appliquées, du moteur de remise à disposition des terres (ce qu'écrirait Mettre à jour une base de données d'action contre les mines). Les terres remises à disposition sont groupées par l'organisation de l'activité et la classe qu'elles ont quittée ; les terres restantes par l'organisation déclarante de la zone dangereuse et sa classe.

Périodes : de la date de début (par défaut : le 1er janvier de l'année du premier enregistrement) à la date de fin (par défaut : la date de référence, elle-même aujourd'hui par défaut), découpées par année, trimestre ou mois. Les tableaux sont des couches sans géométrie et, en option, un classeur XLSX avec une feuille par tableau. La base de données n'est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="98"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="106"/>
        <source>Split the period by</source>
        <translation>Découper la période par</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="110"/>
        <source>As-of date (default: today)</source>
        <translation>Date de référence (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="113"/>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="117"/>
        <source>Smallest piece released (m²)</source>
        <translation>Plus petite parcelle remise à disposition (m²)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Statistics workbook</source>
        <translation>Classeur de statistiques</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="144"/>
        <source>Reading the database and replaying the activities not applied yet</source>
        <translation>Lecture de la base de données et rejeu des activités pas encore appliquées</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="152"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="159"/>
        <source>The period end ({end}) is before its start ({start}).</source>
        <translation>La fin de la période ({end}) est antérieure à son début ({start}).</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="178"/>
        <source>Cannot write the output {output}.</source>
        <translation>Impossible d'écrire la sortie {output}.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="189"/>
        <source>{periods} periods from {start} to {end}: {released:.1f} m² released; consistency rows balance within {worst:.3f} m²</source>
        <translation>{periods} périodes du {start} au {end} : {released:.1f} m² remis à disposition ; les lignes de cohérence s'équilibrent à {worst:.3f} m² près</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="31"/>
        <source>Beneficiaries by sex, age and disability</source>
        <translation>Bénéficiaires par sexe, âge et handicap</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="33"/>
        <source>Team composition by sex</source>
        <translation>Composition des équipes par sexe</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="35"/>
        <source>Casualties by sex and age group</source>
        <translation>Victimes par sexe et tranche d'âge</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="88"/>
        <source>People, from the approved records: beneficiaries of the land handed over (women, girls, boys, men; persons with disabilities, also counted in those four), the composition of the teams by sex, and the killed and injured of accidents by sex and age group. Each row gives the people counted, how many records gave the figure and how many did not record it: a figure not recorded is never read as zero.</source>
        <translation>Les personnes, d'après les enregistrements approuvés : bénéficiaires des terres remises (femmes, filles, garçons, hommes ; personnes handicapées, également comptées dans ces quatre groupes), composition des équipes par sexe, et tués et blessés des accidents par sexe et tranche d'âge. Chaque ligne donne les personnes comptées, le nombre d'enregistrements qui donnent le chiffre et le nombre de ceux qui ne l'ont pas enregistré : un chiffre non enregistré n'est jamais lu comme zéro.</translation>
    </message>
</context>
<context>
    <name>MakeFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/make_field_copy.py" line="22"/>
        <source>Make field copy</source>
        <translation>Créer une copie de terrain</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="25"/>
        <source>Writes a GeoPackage for a team working offline: the hazards of one region (or one task, its hazards and their confirmed parts) with their survey points, land release activities, EO finds, tasks, site points and access routes, and the lookup lists and settings whole. It has the same forms and styles as the database, so it opens ready to edit in QGIS and QField.

The copy records what each record was when it was copied (the table field_copy_base), so that &apos;Submit field copy&apos; can send back what was added or changed and tell apart what was changed in the database meanwhile. The database is only read.</source>
        <translation>Écrit un GeoPackage pour une équipe qui travaille hors ligne : les zones dangereuses d'une région (ou d'une tâche, ses zones dangereuses et leurs parties confirmées) avec leurs points de levé, activités de remise à disposition des terres, découvertes d'engins explosifs, tâches, points du site et itinéraires d'accès, ainsi que les listes de codes et les paramètres en entier. Il a les mêmes formulaires et styles que la base de données ; il s'ouvre donc prêt à être modifié dans QGIS et QField.

La copie garde ce qu'était chaque enregistrement au moment de la copie (la table field_copy_base), afin que « Soumettre une copie de terrain » renvoie ce qui a été ajouté ou modifié et distingue ce qui a été modifié entre-temps dans la base de données. La base de données est seulement lue.</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="38"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="42"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Région (la région des zones dangereuses)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="44"/>
        <source>Or: task ID</source>
        <translation>Ou : ID de la tâche</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>Field copy</source>
        <translation>Copie de terrain</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="48"/>
        <source>Overwrite an existing file</source>
        <translation>Écraser un fichier existant</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="50"/>
        <source>Records copied</source>
        <translation>Enregistrements copiés</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="63"/>
        <source>{count} records copied into {path}</source>
        <translation>{count} enregistrements copiés dans {path}</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../store/migrate.py" line="247"/>
        <source>{count} re-registered confirmed parts were linked to their hazard (parent_hazard_id).</source>
        <translation>{count} parties confirmées réenregistrées ont été reliées à leur zone dangereuse (parent_hazard_id).</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="27"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="28"/>
        <source>Survey</source>
        <translation>Levé</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="29"/>
        <source>Land release</source>
        <translation>Remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="30"/>
        <source>Cartography</source>
        <translation>Cartographie</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="96"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="31"/>
        <source>Reporting</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="32"/>
        <source>Field data</source>
        <translation>Données de terrain</translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>Mine Action</source>
        <translation>Action contre les mines</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Create mine action database…</source>
        <translation>Créer une base de données d'action contre les mines…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open mine action database…</source>
        <translation>Ouvrir une base de données d'action contre les mines…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="184"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation>Mine Action Mapper a besoin des paquets Python suivants : {packages}. Installez-les dans le Python utilisé par QGIS (par exemple avec pip, ou avec l'installateur OSGeo4W sous Windows), puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="230"/>
        <source>Mine Action Mapper</source>
        <translation>Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>Open mine action database</source>
        <translation>Ouvrir une base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="227"/>
        <source>Upgrade…</source>
        <translation>Mettre à niveau…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97"/>
        <source>Open national database (PostGIS)…</source>
        <translation>Ouvrir la base de données nationale (PostGIS)…</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsFactory</name>
    <message>
        <location filename="../ui/options_page.py" line="239"/>
        <source>Mine Action</source>
        <translation>Action contre les mines</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsPage</name>
    <message>
        <location filename="../ui/options_page.py" line="182"/>
        <source>Your defaults</source>
        <translation>Vos valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="184"/>
        <source>Used for databases that have no value of their own, and for work outside a database.</source>
        <translation>Utilisées pour les bases de données qui n'ont pas de valeur propre, et pour le travail en dehors d'une base de données.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="197"/>
        <source>This database: {name}</source>
        <translation>Cette base de données : {name}</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="201"/>
        <source>Ticked values are stored in the database and travel with it; they win over your defaults.</source>
        <translation>Les valeurs cochées sont enregistrées dans la base de données et la suivent ; elles l'emportent sur vos valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="225"/>
        <source>Mine Action settings</source>
        <translation>Paramètres d'action contre les mines</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../processing/provider.py" line="17"/>
        <source>Mine Action</source>
        <translation>Action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Mine Action Mapper: humanitarian mine action tools</source>
        <translation>Mine Action Mapper : outils pour l'action humanitaire contre les mines</translation>
    </message>
</context>
<context>
    <name>NationalReport</name>
    <message>
        <location filename="../core/report_charts.py" line="39"/>
        <source>The national report&apos;s charts need the Python package matplotlib, which is not installed in the Python QGIS runs: install python3-matplotlib (Debian, Ubuntu) or matplotlib (OSGeo4W shell: python -m pip install matplotlib).</source>
        <translation>Les graphiques du rapport national nécessitent le paquet Python matplotlib, qui n'est pas installé dans le Python de QGIS : installez python3-matplotlib (Debian, Ubuntu) ou matplotlib (invite OSGeo4W : python -m pip install matplotlib).</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="240"/>
        <source>(no region)</source>
        <translation>(sans région)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="241"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="243"/>
        <source>Land cancelled (non-technical survey)</source>
        <translation>Terres annulées (enquête non technique)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="244"/>
        <source>Land reduced with technical asset</source>
        <translation>Terres réduites avec moyen technique</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="245"/>
        <source>Land reduced without technical asset</source>
        <translation>Terres réduites sans moyen technique</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="246"/>
        <source>Land cleared</source>
        <translation>Terres dépolluées</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="250"/>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="251"/>
        <source>Reduced (technical asset)</source>
        <translation>Réduites (moyen technique)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="252"/>
        <source>Reduced (no technical asset)</source>
        <translation>Réduites (sans moyen technique)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="253"/>
        <source>Cleared</source>
        <translation>Dépolluées</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="256"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (number)</source>
        <translation>ZSD (nombre)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>SHA (m²)</source>
        <translation>ZSD (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (number)</source>
        <translation>ZDC (nombre)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>CHA (m²)</source>
        <translation>ZDC (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (number)</source>
        <translation>Total (nombre)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="257"/>
        <source>Total (m²)</source>
        <translation>Total (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cancelled (m²)</source>
        <translation>Annulées (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Reduced (m²)</source>
        <translation>Réduites (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cleared (m²)</source>
        <translation>Dépolluées (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Total released (m²)</source>
        <translation>Total remis à disposition (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="282"/>
        <source>No such area is known or suspected at the as-of date.</source>
        <translation>Aucune zone de ce type n'est connue ni suspectée à la date de situation.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="284"/>
        <source>No land was released in the reporting period.</source>
        <translation>Aucune terre n'a été remise à disposition pendant la période du rapport.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="287"/>
        <source>National summary</source>
        <translation>Synthèse nationale</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="288"/>
        <source>Anti-Personnel Mine Ban Convention, Article 7</source>
        <translation>Convention sur l'interdiction des mines antipersonnel, article 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="289"/>
        <source>Convention on Cluster Munitions, Article 7</source>
        <translation>Convention sur les armes à sous-munitions, article 7</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Hazardous areas, land release and explosive ordnance (all contamination)</source>
        <translation>Zones dangereuses, remise à disposition des terres et engins explosifs (toute contamination)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Explosive ordnance found and destroyed in the period, by category</source>
        <translation>Engins explosifs trouvés et détruits pendant la période, par catégorie</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Destroyed</source>
        <translation>Détruits</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No explosive ordnance was found in the reporting period.</source>
        <translation>Aucun engin explosif n'a été trouvé pendant la période du rapport.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas remaining, by region (anti-personnel mines and mixed contamination)</source>
        <translation>Zones minées restantes, par région (mines antipersonnel et contamination mixte)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas released in the period, by region and method</source>
        <translation>Zones minées remises à disposition pendant la période, par région et par méthode</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Areas contaminated by cluster munition remnants, by region</source>
        <translation>Zones contaminées par des restes d'armes à sous-munitions, par région</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Cluster munition contaminated areas released in the period, by region and method</source>
        <translation>Zones contaminées par des armes à sous-munitions remises à disposition pendant la période, par région et par méthode</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="381"/>
        <source>The as-of date {as_of} is before the reporting year {year} starts: give an as-of date on or after {start}.</source>
        <translation>La date de situation {as_of} précède le début de l'année du rapport {year} : indiquez une date de situation au {start} ou après.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="55"/>
        <source>NATIONAL MINE ACTION REPORT</source>
        <translation>RAPPORT NATIONAL D'ACTION CONTRE LES MINES</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="56"/>
        <source>Article 7 transparency reports: Anti-Personnel Mine Ban Convention and Convention on Cluster Munitions</source>
        <translation>Rapports de transparence au titre de l'article 7 : Convention sur l'interdiction des mines antipersonnel et Convention sur les armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="59"/>
        <source>Issuing authority</source>
        <translation>Autorité émettrice</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="60"/>
        <source>The national mine action authority</source>
        <translation>L'autorité nationale d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="62"/>
        <source>Reporting period</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="63"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="64"/>
        <source>Remaining areas as of</source>
        <translation>Zones restantes au</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="65"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="66"/>
        <source>Date of issue</source>
        <translation>Date d'émission</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="67"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="68"/>
        <source>Areas are ground areas on the WGS 84 ellipsoid, in square metres (m²). Every square metre released is counted once, by the method that released it first (cancellation by non-technical survey, reduction by technical survey, clearance), from the land release history.</source>
        <translation>Les surfaces sont des surfaces au sol sur l'ellipsoïde WGS 84, en mètres carrés (m²). Chaque mètre carré remis à disposition est compté une fois, selon la méthode qui l'a remis à disposition en premier (annulation par enquête non technique, réduction par enquête technique, dépollution), d'après l'historique de remise à disposition des terres.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="73"/>
        <source>Land released per year, by method (m²)</source>
        <translation>Terres remises à disposition par année, par méthode (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="75"/>
        <source>Remaining hazardous area by region at {date} (m²)</source>
        <translation>Zones dangereuses restantes par région au {date} (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="77"/>
        <source>Suspected (SHA)</source>
        <translation>Suspectées (ZSD)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Confirmées (ZDC)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="79"/>
        <source>Progress: hazardous area remaining at the end of each year, and the path to the target of {date} (m²)</source>
        <translation>Avancement : zones dangereuses restantes à la fin de chaque année, et trajectoire vers l'objectif du {date} (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="82"/>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="83"/>
        <source>Path to the target</source>
        <translation>Trajectoire vers l'objectif</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="84"/>
        <source>Certified correct by the issuing authority</source>
        <translation>Certifié exact par l'autorité émettrice</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="86"/>
        <source>Name, title and signature</source>
        <translation>Nom, fonction et signature</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="87"/>
        <source>Date and seal</source>
        <translation>Date et cachet</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="88"/>
        <source>National mine action report {period}</source>
        <translation>Rapport national d'action contre les mines {period}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="90"/>
        <source>Issued on {date}. Source: {source}.</source>
        <translation>Émis le {date}. Source : {source}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="91"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="92"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="93"/>
        <source>The national report could not be written ({error}).</source>
        <translation>Le rapport national n'a pas pu être écrit ({error}).</translation>
    </message>
    <message>
        <location filename="../layouts/national_report_data.py" line="46"/>
        <source>No hazard is recorded on or before {end}: the database has nothing to report for {year}. Choose a later reporting year.</source>
        <translation>Aucune zone dangereuse n'est enregistrée au {end} ou avant : la base de données n'a rien à déclarer pour {year}. Choisissez une année de rapport plus tardive.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="189"/>
        <source>Hazardous areas remaining</source>
        <translation>Zones dangereuses restantes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="190"/>
        <source>of which suspected hazardous areas (SHA)</source>
        <translation>dont zones suspectées dangereuses (ZSD)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="191"/>
        <source>of which confirmed hazardous areas (CHA)</source>
        <translation>dont zones dangereuses confirmées (ZDC)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="192"/>
        <source>Hazardous areas newly recorded in the period</source>
        <translation>Zones dangereuses nouvellement enregistrées pendant la période</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="198"/>
        <source>Land released in the period</source>
        <translation>Terres remises à disposition pendant la période</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="199"/>
        <source>Land released since records began</source>
        <translation>Terres remises à disposition depuis le début des enregistrements</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="201"/>
        <source>Explosive ordnance items found in the period</source>
        <translation>Engins explosifs trouvés pendant la période</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="203"/>
        <source>Explosive ordnance items destroyed in the period</source>
        <translation>Engins explosifs détruits pendant la période</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="348"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="274"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="275"/>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="276"/>
        <source>Boys</source>
        <translation>Garçons</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="277"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="278"/>
        <source>Persons with disabilities</source>
        <translation>Personnes handicapées</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="280"/>
        <source>Sex and age not known</source>
        <translation>Sexe et âge inconnus</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="290"/>
        <source>People: beneficiaries and casualties</source>
        <translation>Personnes : bénéficiaires et victimes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries of the land handed over in the period, by sex and age</source>
        <translation>Bénéficiaires des terres remises pendant la période, par sexe et âge</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records with the count</source>
        <translation>Fiches avec le nombre</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records without the count</source>
        <translation>Fiches sans le nombre</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No beneficiaries were recorded in the reporting period.</source>
        <translation>Aucun bénéficiaire n'a été enregistré pendant la période de rapport.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties of explosive ordnance accidents in the period, by sex and age</source>
        <translation>Victimes d'accidents dus aux engins explosifs pendant la période, par sexe et âge</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed: not recorded</source>
        <translation>Tués : non enregistré</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured: not recorded</source>
        <translation>Blessés : non enregistré</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No casualty was recorded in the reporting period.</source>
        <translation>Aucune victime n'a été enregistrée pendant la période de rapport.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/open_database.py" line="17"/>
        <source>Open mine action database</source>
        <translation>Ouvrir une base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="30"/>
        <source>Layer group</source>
        <translation>Groupe de couches</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="35"/>
        <source>Schema version {version}</source>
        <translation>Version du schéma {version}</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="21"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms: a GeoPackage file, or a schema on a PostgreSQL connection.</source>
        <translation>Ajoute toutes les couches d'une base de données d'action contre les mines au projet en cours, dans un seul groupe, avec leurs styles et leurs formulaires d'attributs : un fichier GeoPackage, ou un schéma d'une connexion PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../processing/outputs.py" line="84"/>
        <source>The output &apos;{output}&apos; ({path}) is a mine action database: writing it would destroy the database. Choose another file for the output.</source>
        <translation>La sortie '{output}' ({path}) est une base de données d'action contre les mines : l'écrire détruirait la base de données. Choisissez un autre fichier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="90"/>
        <source>The output &apos;{output}&apos; ({path}) is the file the input &apos;{input}&apos; reads: writing it would destroy that data. Choose another file for the output.</source>
        <translation>La sortie '{output}' ({path}) est le fichier que lit l'entrée '{input}' : l'écrire détruirait ces données. Choisissez un autre fichier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="119"/>
        <source>The output &apos;{output}&apos; ({path}) cannot be written: {error}. Choose another file or folder for the output.</source>
        <translation>La sortie '{output}' ({path}) ne peut pas être écrite : {error}. Choisissez un autre fichier ou dossier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../store/workbook.py" line="18"/>
        <source>The workbook {path} cannot be written: {error}</source>
        <translation>Impossible d'écrire le classeur {path} : {error}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../layouts/layout_overview.py" line="88"/>
        <source>All hazards</source>
        <translation>Toutes les zones dangereuses</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="99"/>
        <source>Released (cancelled, reduced, cleared)</source>
        <translation>Remises à disposition (annulées, réduites, dépolluées)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="135"/>
        <source>The database has no hazard or activity with a geometry to map.</source>
        <translation>La base de données n'a aucune zone dangereuse ni activité avec une géométrie à cartographier.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="158"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="162"/>
        <source>NATIONAL MINE ACTION OVERVIEW</source>
        <translation>SYNTHÈSE NATIONALE DE L'ACTION CONTRE LES MINES</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="163"/>
        <source>Hazardous areas by class and land release activities by outcome, as recorded on {date}. Scale 1:{scale}.</source>
        <translation>Zones dangereuses par classe et activités de remise à disposition des terres par résultat, telles qu'enregistrées au {date}. Échelle 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="167"/>
        <source>Hazardous areas by class and status</source>
        <translation>Zones dangereuses par classe et par statut</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Hazards</source>
        <translation>Zones dangereuses</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="173"/>
        <source>Land release activities by outcome</source>
        <translation>Activités de remise à disposition des terres par résultat</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and minutes of latitude and longitude. Areas are ground areas on the WGS 84 ellipsoid. Source: {database}. Issued by {authority} on {date}.</source>
        <translation>Carte : {crs_name} ({crs}), système géodésique WGS 84 ; graticule en degrés et minutes de latitude et de longitude. Les superficies sont des superficies au sol sur l'ellipsoïde WGS 84. Source : {database}. Émise par {authority} le {date}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>the national mine action authority</source>
        <translation>l'autorité nationale de l'action contre les mines</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="235"/>
        <source>The overview could not be written ({error}).</source>
        <translation>La carte de synthèse n'a pas pu être écrite ({error}).</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Land, counted once (m²)</source>
        <translation>Terres, comptées une seule fois (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="187"/>
        <source>Planning overview only: not for navigation or for entering any area. Hazard boundaries are approximate and unrecorded contamination may exist anywhere. Hazardous areas are what remains; land released is counted once, by the method that released it first.</source>
        <translation>Carte de synthèse pour la planification uniquement : ne pas l'utiliser pour la navigation ni pour pénétrer dans une zone. Les limites des zones dangereuses sont approximatives et une contamination non enregistrée peut exister partout. Les zones dangereuses représentent ce qui reste ; les terres remises à disposition sont comptées une seule fois, au titre de la méthode qui les a remises à disposition en premier.</translation>
    </message>
</context>
<context>
    <name>PackageForQFieldAlgorithm</name>
    <message>
        <location filename="../processing/package_for_qfield.py" line="24"/>
        <source>Package for QField</source>
        <translation>Empaqueter pour QField</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="27"/>
        <source>Writes a folder to copy to a device with QField: a QGIS project (saved with relative paths) around a field copy of one region or one task, as &apos;Make field copy&apos; writes it, with the database&apos;s forms and styles, the relations between the tables, the map opening on the package&apos;s records (no basemap), and the task order PDF of each task.

The project uses only QGIS itself: QField opens it without this plugin. Bring the team&apos;s work back with &apos;Import QField changes&apos;. The database is only read; the folder appears only when complete, and an existing package is replaced only when overwriting is allowed.</source>
        <translation>Écrit un dossier à copier sur un appareil avec QField : un projet QGIS (enregistré avec des chemins relatifs) autour d'une copie de terrain d'une région ou d'une tâche, telle que « Créer une copie de terrain » l'écrit, avec les formulaires et les styles de la base de données, les relations entre les tables, la carte ouverte sur les enregistrements du paquet (sans fond de carte), et l'ordre de tâche en PDF de chaque tâche.

Le projet n'utilise que QGIS lui-même : QField l'ouvre sans cette extension. Rapportez le travail de l'équipe avec « Importer les modifications QField ». La base de données est seulement lue ; le dossier n'apparaît qu'une fois complet, et un paquet existant n'est remplacé que si le remplacement est autorisé.</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="40"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Région (la région des zones dangereuses)</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="42"/>
        <source>Or: task ID</source>
        <translation>Ou : ID de la tâche</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="44"/>
        <source>Package folder</source>
        <translation>Dossier du paquet</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="46"/>
        <source>Replace an existing package</source>
        <translation>Remplacer un paquet existant</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="48"/>
        <source>QGIS project</source>
        <translation>Projet QGIS</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="49"/>
        <source>Records copied</source>
        <translation>Enregistrements copiés</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="50"/>
        <source>Task orders printed</source>
        <translation>Ordres de tâche imprimés</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="66"/>
        <source>{records} records and {orders} task orders packaged in {folder}</source>
        <translation>{records} enregistrements et {orders} ordres de tâche empaquetés dans {folder}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/field_mapping.py" line="34"/>
        <source>Field mapping profile {profile}: {problem}</source>
        <translation>Profil de correspondance des champs {profile} : {problem}</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="92"/>
        <source>Row {row}, field &apos;{source}&apos;: profile {profile} has no code of ours for the value &apos;{value}&apos; (it maps: {codes}). Add it to the profile&apos;s &quot;values&quot; for {field} and import again.</source>
        <translation>Ligne {row}, champ '{source}' : le profil {profile} n'a aucun code à nous pour la valeur '{value}' (il fait correspondre : {codes}). Ajoutez-la aux « values » du profil pour {field} et importez de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="110"/>
        <source>Record {record}, field &apos;{field}&apos;: profile {profile} has none of the source&apos;s codes for our code &apos;{value}&apos;. Add one to the profile&apos;s &quot;values&quot; for {field} and export again.</source>
        <translation>Enregistrement {record}, champ '{field}' : le profil {profile} n'a aucun code de la source pour notre code '{value}'. Ajoutez-en un aux « values » du profil pour {field} et exportez de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="129"/>
        <source>it has no mapping for table {table} (it maps: {tables}).</source>
        <translation>il n'a aucune correspondance pour la table {table} (il fait correspondre : {tables}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="137"/>
        <source>&quot;{where}&quot; must be a JSON object of names.</source>
        <translation>« {where} » doit être un objet JSON de noms.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="145"/>
        <source>&quot;{where}&quot;: the value of &apos;{key}&apos; must be a name (text).</source>
        <translation>« {where} » : la valeur de '{key}' doit être un nom (texte).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="153"/>
        <source>&apos;{table}&apos; is not a table of the data model.</source>
        <translation>'{table}' n'est pas une table du modèle de données.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="164"/>
        <source>&quot;{where}&quot; must name a source field.</source>
        <translation>« {where} » doit nommer un champ de la source.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="169"/>
        <source>table {table}: &apos;{field}&apos; (for the source field &apos;{source}&apos;) is not a field of {table}; its fields: {fields}.</source>
        <translation>table {table} : '{field}' (pour le champ source '{source}') n'est pas un champ de {table} ; ses champs : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="174"/>
        <source>table {table}: the source fields &apos;{first}&apos; and &apos;{second}&apos; both map to {field}; keep one.</source>
        <translation>table {table} : les champs source '{first}' et '{second}' correspondent tous deux à {field} ; gardez-en un.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="181"/>
        <source>table {table} has no external ID field, so &quot;external_id&quot; cannot be given for it.</source>
        <translation>la table {table} n'a pas de champ d'identifiant externe, donc « external_id » ne peut pas être donné pour elle.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="185"/>
        <source>table {table}: &quot;external_id&quot; names &apos;{source}&apos; but &quot;fields&quot; maps &apos;{other}&apos; to external_id; keep one.</source>
        <translation>table {table} : « external_id » nomme '{source}' mais « fields » fait correspondre '{other}' à external_id ; gardez-en un.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="191"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, which is not a list field of {table}.</source>
        <translation>table {table} : « values » a des codes pour '{field}', qui n'est pas un champ à liste de {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="195"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, but no source field maps to it.</source>
        <translation>table {table} : « values » a des codes pour '{field}', mais aucun champ source n'y correspond.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="201"/>
        <source>table {table}: the constant &apos;{field}&apos; is not a field of {table}.</source>
        <translation>table {table} : la constante '{field}' n'est pas un champ de {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="205"/>
        <source>table {table}: &apos;{field}&apos; is both a constant and mapped from &apos;{source}&apos;; keep one.</source>
        <translation>table {table} : '{field}' est à la fois une constante et la correspondance de '{source}' ; gardez-en un.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="212"/>
        <source>the source field name &apos;{source}&apos; is longer than the profile&apos;s limit of {limit} characters.</source>
        <translation>le nom de champ source '{source}' dépasse la limite du profil de {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="225"/>
        <source>it is not a field mapping profile of version {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</source>
        <translation>ce n'est pas un profil de correspondance des champs de version {version} (« format » : « {format} », « version » : {version}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="230"/>
        <source>&quot;crs&quot; must name the source&apos;s coordinate reference system, e.g. &quot;EPSG:4326&quot;.</source>
        <translation>« crs » doit nommer le système de coordonnées de référence de la source, par exemple « EPSG:4326 ».</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="235"/>
        <source>&quot;max_name_length&quot; must be a whole number of characters.</source>
        <translation>« max_name_length » doit être un nombre entier de caractères.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="239"/>
        <source>&quot;tables&quot; maps no table.</source>
        <translation>« tables » ne fait correspondre aucune table.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="252"/>
        <source>it cannot be read ({error}).</source>
        <translation>il ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="255"/>
        <source>it is not valid JSON ({error}).</source>
        <translation>ce n'est pas du JSON valide ({error}).</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="16"/>
        <source>Field mapping profile (JSON file)</source>
        <translation>Profil de correspondance des champs (fichier JSON)</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="19"/>
        <source>Or: a field mapping profile shipped with the plugin</source>
        <translation>Ou : un profil de correspondance des champs fourni avec l'extension</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="34"/>
        <source>Give either a field mapping profile file or a bundled profile, not both.</source>
        <translation>Donnez soit un fichier de profil de correspondance des champs, soit un profil fourni, pas les deux.</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="41"/>
        <source>Give the field mapping profile: a JSON file, or one of the bundled profiles.</source>
        <translation>Donnez le profil de correspondance des champs : un fichier JSON, ou l'un des profils fournis.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="29"/>
        <source>Field mapping profile {profile}: &quot;crs&quot; &apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>Profil de correspondance des champs {profile} : le « crs » '{crs}' n'est pas un système de coordonnées de référence connu de QGIS.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="43"/>
        <source>Nothing was imported from {source}: its CRS is {own}, but field mapping profile {profile} says the source is in {crs}. Use the profile made for these records, or correct its &quot;crs&quot;.</source>
        <translation>Rien n'a été importé depuis {source} : son SCR est {own}, mais le profil de correspondance des champs {profile} indique que la source est en {crs}. Utilisez le profil fait pour ces enregistrements, ou corrigez son « crs ».</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="56"/>
        <source>Nothing was imported from {source}: field mapping profile {profile} maps the field &apos;{field}&apos;, which the records do not have (their fields: {fields}).</source>
        <translation>Rien n'a été importé depuis {source} : le profil de correspondance des champs {profile} fait correspondre le champ '{field}', que les enregistrements n'ont pas (leurs champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="65"/>
        <source>Fields of {source} that profile {profile} does not map were not imported: {fields}.</source>
        <translation>Les champs de {source} auxquels le profil {profile} ne fait rien correspondre n'ont pas été importés : {fields}.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="130"/>
        <source>(Field &apos;{field}&apos; of the records, through profile {profile}.)</source>
        <translation>(Champ '{field}' des enregistrements, selon le profil {profile}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="133"/>
        <source>(Profile {profile} maps no field of the records to {field}.)</source>
        <translation>(Le profil {profile} ne fait correspondre aucun champ des enregistrements à {field}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="175"/>
        <source>A shapefile keeps field names of at most {limit} characters, and profile {profile} writes &apos;{field}&apos;: export to a GeoPackage, or use a profile with shorter names.</source>
        <translation>Un shapefile garde des noms de champs d'au plus {limit} caractères, et le profil {profile} écrit '{field}' : exportez vers un GeoPackage, ou utilisez un profil aux noms plus courts.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../styles/project.py" line="20"/>
        <source>Mine action: {name}</source>
        <translation>Action contre les mines : {name}</translation>
    </message>
</context>
<context>
    <name>QFieldPackage</name>
    <message>
        <location filename="../layouts/qfield_package.py" line="59"/>
        <source>Mine action field package: {name}</source>
        <translation>Paquet de terrain d'action contre les mines : {name}</translation>
    </message>
    <message>
        <location filename="../layouts/qfield_package.py" line="75"/>
        <source>Cancelled: no package was written.</source>
        <translation>Annulé : aucun paquet n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="41"/>
        <source>The package folder {folder} holds the database it is made from. Choose another folder.</source>
        <translation>Le dossier du paquet {folder} contient la base de données dont il est issu. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="47"/>
        <source>{folder} exists and is not a QField package: it is never replaced. Choose a new or empty folder.</source>
        <translation>{folder} existe et n'est pas un paquet QField : il n'est jamais remplacé. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="51"/>
        <source>{folder} already holds a QField package. Choose another folder or allow overwriting.</source>
        <translation>{folder} contient déjà un paquet QField. Choisissez un autre dossier ou autorisez le remplacement.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="85"/>
        <source>{path} is not a QField package written by &apos;Package for QField&apos; (it has no {manifest}). Give the package&apos;s folder, its project or its GeoPackage.</source>
        <translation>{path} n'est pas un paquet QField écrit par « Empaqueter pour QField » (il n'a pas de {manifest}). Donnez le dossier du paquet, son projet ou son GeoPackage.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="95"/>
        <source>The package description {manifest} cannot be read: {error}</source>
        <translation>La description du paquet {manifest} ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="99"/>
        <source>{path} was made by a newer version of Mine Action Mapper (package format {version}; this plugin knows {known}). Update the plugin to import it.</source>
        <translation>{path} a été créé par une version plus récente de Mine Action Mapper (format de paquet {version} ; cette extension connaît {known}). Mettez l'extension à jour pour l'importer.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="116"/>
        <source>The package {path} has lost its GeoPackage {name}: copy the whole package folder back from the device.</source>
        <translation>Le paquet {path} a perdu son GeoPackage {name} : recopiez le dossier entier du paquet depuis l'appareil.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="52"/>
        <source>The project {path} could not be written: {error}</source>
        <translation>Le projet {path} n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="100"/>
        <source>{child} of the {parent}</source>
        <translation>{child} de : {parent}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="106"/>
        <source>The relation {relation} is not valid: a table or field of the field copy is missing.</source>
        <translation>La relation {relation} n'est pas valide : une table ou un champ de la copie de terrain manque.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="115"/>
        <source>Related records</source>
        <translation>Enregistrements liés</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../core/quality/check.py" line="44"/>
        <source>The record cannot be checked: {error}</source>
        <translation>L'enregistrement ne peut pas être vérifié : {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>No geometry: {reason}</source>
        <translation>Pas de géométrie : {reason}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>the geometry is empty</source>
        <translation>la géométrie est vide</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="44"/>
        <source>The activity overlaps no hazard.</source>
        <translation>L'activité ne chevauche aucune zone dangereuse.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="55"/>
        <source>The find lies in no hazard and no activity.</source>
        <translation>La découverte ne se trouve dans aucune zone dangereuse ni aucune activité.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="80"/>
        <source>Overlaps hazard {other} by {area:.1f} m².</source>
        <translation>Chevauche la zone dangereuse {other} sur {area:.1f} m².</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="23"/>
        <source>the boundary crosses itself</source>
        <translation>le contour se croise lui-même</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="24"/>
        <source>a ring touches itself</source>
        <translation>un anneau se touche lui-même</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="25"/>
        <source>too few points</source>
        <translation>trop peu de points</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="27"/>
        <source>a hole lies outside the polygon</source>
        <translation>un trou se trouve hors du polygone</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="28"/>
        <source>a hole lies inside another hole</source>
        <translation>un trou se trouve dans un autre trou</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="29"/>
        <source>holes cut the polygon in pieces</source>
        <translation>des trous coupent le polygone en morceaux</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="31"/>
        <source>a part lies inside another part</source>
        <translation>une partie se trouve dans une autre partie</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="32"/>
        <source>a ring is repeated</source>
        <translation>un anneau est répété</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="33"/>
        <source>a coordinate is not a number</source>
        <translation>une coordonnée n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="34"/>
        <source>a ring is not closed</source>
        <translation>un anneau n'est pas fermé</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="116"/>
        <source>Part {part}, ring {ring}: {count} distinct vertices.</source>
        <translation>Partie {part}, anneau {ring} : {count} sommets distincts.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="123"/>
        <source>Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} appears {count} times.</source>
        <translation>Partie {part}, anneau {ring} : le sommet {x:.7f} {y:.7f} apparaît {count} fois.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="129"/>
        <source>Part {part}, ring {ring}: a segment of {length:.0f} m (limit {limit:.0f} m).</source>
        <translation>Partie {part}, anneau {ring} : un segment de {length:.0f} m (limite {limit:.0f} m).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="143"/>
        <source>Part {part}: {reason}.</source>
        <translation>Partie {part} : {reason}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="161"/>
        <source>Part {part} repeats part {other}.</source>
        <translation>La partie {part} répète la partie {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="171"/>
        <source>Parts {part} and {other} overlap by {area:.1f} m² ({percent:.1f} % of the smaller).</source>
        <translation>Les parties {part} et {other} se chevauchent sur {area:.1f} m² ({percent:.1f} % de la plus petite).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="195"/>
        <source>Same position as {other}.</source>
        <translation>Même position que {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/links.py" line="16"/>
        <source>No hazard has the ID &apos;{hazard}&apos;.</source>
        <translation>Aucune zone dangereuse n'a l'identifiant « {hazard} ».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="29"/>
        <source>&apos;{value}&apos; repeats the ID &apos;{other}&apos; of feature {fid}.</source>
        <translation>« {value} » répète l'identifiant « {other} » de l'entité {fid}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="41"/>
        <source>The field &apos;{field}&apos; is empty.</source>
        <translation>Le champ « {field} » est vide.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="55"/>
        <source>&apos;{code}&apos; is not in the lookup list &apos;{vocabulary}&apos;.</source>
        <translation>« {code} » n'est pas dans la liste de codes « {vocabulary} ».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="72"/>
        <source>Stated {stated:.1f} m², computed {computed:.1f} m² ({percent:+.1f} %).</source>
        <translation>Déclarée {stated:.1f} m², calculée {computed:.1f} m² ({percent:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="93"/>
        <source>Ends {end}, starts {start}.</source>
        <translation>Se termine le {end}, commence le {start}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="100"/>
        <source>Ends {end}; hazard {hazard} is dated {recorded}.</source>
        <translation>Se termine le {end} ; la zone dangereuse {hazard} est datée du {recorded}.</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="21"/>
        <source>a vertex repeating the one before it</source>
        <translation>un sommet qui répète le précédent</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="22"/>
        <source>the last two vertices repeating the first two</source>
        <translation>les deux derniers sommets qui répètent les deux premiers</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="16"/>
        <source>must fix</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="17"/>
        <source>advisory</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Invalid polygon</source>
        <translation>Polygone invalide</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Redraw the boundary at the location so that it does not cross or touch itself.</source>
        <translation>Redessinez le contour à cet endroit pour qu'il ne se croise ni ne se touche.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Polygon with fewer than 3 vertices</source>
        <translation>Polygone de moins de 3 sommets</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the part or digitise it again from the survey record.</source>
        <translation>Supprimez la partie ou numérisez-la à nouveau d'après l'enregistrement du levé.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate polygon in a record</source>
        <translation>Polygone en double dans un enregistrement</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated part of the multipart polygon.</source>
        <translation>Supprimez la partie répétée du polygone multiple.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate vertex in a polygon</source>
        <translation>Sommet en double dans un polygone</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Remove the repeated vertex, or run Repair geometries when the ring ends by repeating its first two vertices.</source>
        <translation>Supprimez le sommet répété, ou lancez Réparer les géométries quand l'anneau se termine en répétant ses deux premiers sommets.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate single point</source>
        <translation>Point isolé en double</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated record or correct its position.</source>
        <translation>Supprimez l'enregistrement répété ou corrigez sa position.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Missing or unreadable geometry</source>
        <translation>Géométrie manquante ou illisible</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Digitise the geometry again from the field record.</source>
        <translation>Numérisez à nouveau la géométrie d'après le relevé de terrain.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Consecutive vertices far apart</source>
        <translation>Sommets consécutifs très éloignés</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the vertices at both ends of the segment: a mistyped coordinate makes a long spike.</source>
        <translation>Vérifiez les sommets aux deux bouts du segment : une coordonnée mal saisie fait une longue pointe.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Parts of a multipart polygon overlap</source>
        <translation>Les parties d'un polygone multiple se chevauchent</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Merge the overlapping parts or redraw their common boundary.</source>
        <translation>Fusionnez les parties qui se chevauchent ou redessinez leur limite commune.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate record ID</source>
        <translation>Identifiant d'enregistrement en double</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Give one of the records a new ID (or merge the two records); remove spaces around IDs.</source>
        <translation>Donnez un nouvel identifiant à l'un des enregistrements (ou fusionnez les deux) ; supprimez les espaces autour des identifiants.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazard without date of information, status or class</source>
        <translation>Zone dangereuse sans date de l'information, statut ou classe</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Fill in the missing field from the hazard&apos;s report.</source>
        <translation>Remplissez le champ manquant d'après le rapport de la zone dangereuse.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Code not in the lookup lists</source>
        <translation>Code absent des listes de codes</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Choose a code from the list, or add the code to the lookup lists with the built-in code it behaves as.</source>
        <translation>Choisissez un code de la liste, ou ajoutez le code aux listes de codes avec le code intégré dont il a le comportement.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Stated area differs from the computed area</source>
        <translation>La surface déclarée diffère de la surface calculée</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the polygon or the stated area; the plugin computes ground areas on the WGS 84 ellipsoid.</source>
        <translation>Corrigez le polygone ou la surface déclarée ; l'extension calcule les surfaces au sol sur l'ellipsoïde WGS 84.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ended before its hazard&apos;s date of information</source>
        <translation>Activité terminée avant la date de l'information de sa zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the activity&apos;s dates or the hazard&apos;s date of information.</source>
        <translation>Corrigez les dates de l'activité ou la date de l'information de la zone dangereuse.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ends before it starts</source>
        <translation>L'activité se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the start or end date.</source>
        <translation>Corrigez la date de début ou de fin.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Linked to a hazard that does not exist</source>
        <translation>Liée à une zone dangereuse qui n'existe pas</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the hazard ID, or clear it when the record belongs to no hazard.</source>
        <translation>Corrigez l'identifiant de la zone dangereuse, ou videz-le si l'enregistrement n'appartient à aucune zone dangereuse.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity outside every hazard</source>
        <translation>Activité hors de toute zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the activity&apos;s polygon and CRS, or record the hazard it worked on.</source>
        <translation>Vérifiez le polygone et le SCR de l'activité, ou indiquez la zone dangereuse où elle a eu lieu.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Find outside every hazard and activity</source>
        <translation>Découverte hors de toute zone dangereuse et de toute activité</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the find&apos;s position; a find outside known hazards is evidence of a new hazard.</source>
        <translation>Vérifiez la position de la découverte ; une découverte hors des zones dangereuses connues est une preuve d'une nouvelle zone dangereuse.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazards overlap</source>
        <translation>Des zones dangereuses se chevauchent</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Cut the overlap out of one of the hazards, or merge the two records.</source>
        <translation>Retirez le chevauchement de l'une des zones dangereuses, ou fusionnez les deux enregistrements.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Survey does not close within the programme tolerance</source>
        <translation>Le levé ne ferme pas dans la tolérance du programme</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the bearings and distances of the survey table against the field sheet.</source>
        <translation>Comparez les azimuts et les distances du tableau de levé à la fiche de terrain.</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="27"/>
        <source>The survey cannot be computed: {error}</source>
        <translation>Le levé ne peut pas être calculé : {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="35"/>
        <source>Misclosure {misclosure:.2f} m, precision {precision}.</source>
        <translation>Écart de fermeture {misclosure:.2f} m, précision {precision}.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="64"/>
        <source>The accident lies in no recorded hazard.</source>
        <translation>L'accident ne se trouve dans aucune zone dangereuse enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Accident outside every hazard</source>
        <translation>Accident hors de toute zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the accident&apos;s position; an accident at a known location is direct evidence: survey the place and record the hazard.</source>
        <translation>Vérifiez la position de l'accident ; un accident à un endroit connu est une preuve directe : levez le lieu et enregistrez la zone dangereuse.</translation>
    </message>
</context>
<context>
    <name>RepairGeometriesAlgorithm</name>
    <message>
        <location filename="../processing/repair_geometries.py" line="17"/>
        <source>Repair geometries</source>
        <translation>Réparer les géométries</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="20"/>
        <source>Applies only the safe fixes of GICHD geocheck&apos;s toolbox to a copy of a polygon layer: a vertex repeating the one before it (the closing vertex repeating the first included) and a ring&apos;s last two vertices repeating its first two are removed. Neither changes an area. Other problems are left for Check mine action database to report. The input is not modified; the log has one point per vertex removed.</source>
        <translation>Applique à une copie d'une couche de polygones seulement les corrections sûres de la boîte à outils geocheck du GICHD : un sommet qui répète le précédent (y compris le sommet de fermeture qui répète le premier) et les deux derniers sommets d'un anneau qui répètent ses deux premiers sont supprimés. Aucune ne change une surface. Les autres problèmes sont laissés à Vérifier la base de données d'action contre les mines. L'entrée n'est pas modifiée ; le journal a un point par sommet supprimé.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="29"/>
        <source>Polygon layer</source>
        <translation>Couche de polygones</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="31"/>
        <source>Repaired layer</source>
        <translation>Couche réparée</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="33"/>
        <source>Repair log</source>
        <translation>Journal des réparations</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="62"/>
        <source>Feature {fid}: the geometry cannot be read ({error}); copied unchanged.</source>
        <translation>Entité {fid} : la géométrie ne peut pas être lue ({error}) ; copiée sans changement.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="78"/>
        <source>{changed} features repaired, {removed} vertices removed</source>
        <translation>{changed} entités réparées, {removed} sommets supprimés</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../store/roles.py" line="44"/>
        <source>{database}: the role name {role} would be longer than PostgreSQL&apos;s {limit} bytes. Roles are named after the schema: use a schema with a shorter name.</source>
        <translation>{database} : le nom de rôle {role} dépasserait les {limit} octets de PostgreSQL. Les rôles portent le nom du schéma : utilisez un schéma au nom plus court.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="79"/>
        <source>Unknown group &apos;{group}&apos; (expected one of {groups}).</source>
        <translation>Groupe inconnu « {group} » (attendu : l'un de {groups}).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="85"/>
        <source>{database}: there is no login role &apos;{login}&apos; on the server. Create it first (createuser --pwprompt {login}), then add it to a group.</source>
        <translation>{database} : il n'existe pas de rôle de connexion « {login} » sur le serveur. Créez-le d'abord (createuser --pwprompt {login}), puis ajoutez-le à un groupe.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="90"/>
        <source>The operator login &apos;{login}&apos; needs the organisation it submits for (as its records name it in their organisation field).</source>
        <translation>La connexion d'opérateur « {login} » doit indiquer l'organisation pour laquelle elle soumet (telle que ses enregistrements l'écrivent dans leur champ organisation).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="119"/>
        <source>{database}: the roles were not set up: {error}. Nothing was changed (run this as a superuser, or as a role with CREATEROLE that owns the schema).</source>
        <translation>{database} : les rôles n'ont pas été mis en place : {error}. Rien n'a été modifié (lancez ceci en tant que superutilisateur, ou avec un rôle CREATEROLE propriétaire du schéma).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="147"/>
        <source>{table} {record}: it belongs to organisation {owner}, not to yours ({own}). An operator changes only its own organisation&apos;s records; nothing was saved.</source>
        <translation>{table} {record} : il appartient à l'organisation {owner}, pas à la vôtre ({own}). Un opérateur ne modifie que les enregistrements de sa propre organisation ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="154"/>
        <source>{table} {record}: approved by the national centre, so an operator cannot delete it; nothing was saved.</source>
        <translation>{table} {record} : approuvé par le centre national, un opérateur ne peut donc pas le supprimer ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="160"/>
        <source>{table} {record}: only a national editor approves or returns a record; nothing was saved.</source>
        <translation>{table} {record} : seul un éditeur national approuve ou renvoie un enregistrement ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="165"/>
        <source>{table}: the database refused the record: an operator adds and changes only records of its own organisation (the organisation its login is a member of), and they stay submitted until the national centre reviews them. Nothing was saved.</source>
        <translation>{table} : la base de données a refusé l'enregistrement : un opérateur n'ajoute et ne modifie que les enregistrements de sa propre organisation (celle dont sa connexion est membre), et ils restent soumis jusqu'à l'examen du centre national. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="172"/>
        <source>{table}: your login may not make this change (the database refused it: permission denied). Ask the national administrator for the role you need; nothing was saved.</source>
        <translation>{table} : votre connexion ne peut pas faire cette modification (la base de données l'a refusée : permission refusée). Demandez à l'administrateur national le rôle qu'il vous faut ; rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SaveRefusals</name>
    <message>
        <location filename="../ui/save_refusals.py" line="51"/>
        <source>its records</source>
        <translation>ses enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="53"/>
        <source>{layer}: {records} changed by another editor since you opened it. Nothing of your change to it was saved: your edits are still in the layer. Discard them (Roll Back), and make your change again on what is now stored.</source>
        <translation>{layer} : {records} modifié par un autre éditeur depuis que vous l'avez ouvert. Rien de votre modification n'a été enregistré : vos modifications sont toujours dans la couche. Annulez-les (Annuler les modifications), puis refaites votre modification sur ce qui est maintenant enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="61"/>
        <source>{layer}: {records} not saved. {reason}</source>
        <translation>{layer} : {records} non enregistré. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="104"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SetUpRolesAlgorithm</name>
    <message>
        <location filename="../processing/setup_roles.py" line="22"/>
        <source>Set up national database roles</source>
        <translation>Mettre en place les rôles de la base de données nationale</translation>
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
        <translation>Crée les rôles d'une base de données nationale d'action contre les mines sur PostgreSQL, nommés d'après son schéma, en une seule transaction ; la relancer ne change rien :
- &lt;schema&gt;_admin, administrateur national : propriétaire du schéma (mises à niveau, listes de référence, membres des organisations) ;
- &lt;schema&gt;_editor, éditeur national : tous les enregistrements, et l'examen des soumissions des opérateurs ;
- &lt;schema&gt;_operator, éditeur d'opérateur : ajoute et modifie uniquement les activités, découvertes d'engins explosifs, points de levé et points de site de sa propre organisation, qui restent soumis jusqu'à leur approbation par un éditeur national ; lit tout ;
- &lt;schema&gt;_viewer : lit tout.

La sécurité au niveau des lignes et un déclencheur l'imposent à tout client. Seules les activités approuvées remettent des terres à disposition.

En option, ajoute un rôle de connexion existant à un groupe ; la connexion d'un opérateur indique aussi son organisation, telle que ses enregistrements l'écrivent. Lancez-le en tant que superutilisateur, ou avec un rôle CREATEROLE propriétaire du schéma. Le SQL exécuté est store/sql/roles.sql, complété avec les noms du schéma ; il peut être enregistré dans un fichier pour psql.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="45"/>
        <source>PostgreSQL connection</source>
        <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="47"/>
        <source>Schema of the mine action database</source>
        <translation>Schéma de la base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="49"/>
        <source>Add this login role (optional)</source>
        <translation>Ajouter ce rôle de connexion (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="51"/>
        <source>to the group</source>
        <translation>au groupe</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="56"/>
        <source>Organisation of an operator&apos;s login</source>
        <translation>Organisation de la connexion d'un opérateur</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>Save the SQL run as</source>
        <translation>Enregistrer le SQL exécuté sous</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>SQL script (*.sql)</source>
        <translation>Script SQL (*.sql)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="62"/>
        <source>Group roles</source>
        <translation>Rôles de groupe</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="68"/>
        <source>Choose the PostgreSQL connection and the schema of the mine action database.</source>
        <translation>Choisissez la connexion PostgreSQL et le schéma de la base de données d'action contre les mines.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="75"/>
        <source>Group roles of {database}: {roles}</source>
        <translation>Rôles de groupe de {database} : {roles}</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="78"/>
        <source>{login} is a member of {role}.</source>
        <translation>{login} est membre de {role}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="28"/>
        <source>Smallest relative precision 1:N</source>
        <translation>Précision relative minimale 1:N</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="29"/>
        <source>Largest misclosure (m)</source>
        <translation>Écart de fermeture maximal (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="30"/>
        <source>Longest traverse leg accepted (m)</source>
        <translation>Longueur maximale acceptée d'une visée de cheminement (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="31"/>
        <source>Smallest piece released (m²)</source>
        <translation>Plus petite parcelle remise à disposition (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Autorité émettrice</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="33"/>
        <source>Task order paper</source>
        <translation>Papier des ordres de tâche</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="68"/>
        <source>it must be text</source>
        <translation>ce doit être du texte</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="70"/>
        <source>it must be one of {papers}</source>
        <translation>ce doit être l'une des valeurs suivantes : {papers}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="110"/>
        <source>Setting &quot;{setting}&quot; ({key}): &quot;{value}&quot; is not accepted: {reason}.</source>
        <translation>Paramètre « {setting} » ({key}) : « {value} » n'est pas accepté : {reason}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number greater than {minimum}</source>
        <translation>ce doit être un nombre supérieur à {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number, {minimum} or more</source>
        <translation>ce doit être un nombre supérieur ou égal à {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="140"/>
        <source>it must be a number</source>
        <translation>ce doit être un nombre</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="84"/>
        <source>{source} is not a mine action database: its settings cannot be stored.</source>
        <translation>{source} n'est pas une base de données d'action contre les mines : ses paramètres ne peuvent pas y être enregistrés.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="89"/>
        <source>Unknown setting {key}.</source>
        <translation>Paramètre {key} inconnu.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="97"/>
        <source>The settings of {path} cannot be edited.</source>
        <translation>Les paramètres de {path} ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="113"/>
        <source>The settings of {path} were not saved: {error}</source>
        <translation>Les paramètres de {path} n'ont pas été enregistrés : {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="34"/>
        <source>Language of task orders and the overview</source>
        <translation>Langue des ordres de tâche et de la vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="80"/>
        <source>it must be a language code such as en or fr, or two joined by + to print both (uk+en)</source>
        <translation>ce doit être un code de langue comme en ou fr, ou deux codes reliés par + pour imprimer les deux (uk+en)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="35"/>
        <source>Completion target date (YYYY-MM-DD)</source>
        <translation>Date cible d'achèvement (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="36"/>
        <source>Hazardous area that may remain at the completion date (m²)</source>
        <translation>Surface des zones dangereuses pouvant rester à la date d'achèvement (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="76"/>
        <source>it must be a date written YYYY-MM-DD, or empty</source>
        <translation>ce doit être une date écrite AAAA-MM-JJ, ou rien</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/options_page.py" line="49"/>
        <source>own value</source>
        <translation>valeur propre</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="51"/>
        <source>Keep this value in the database; unticked, the user&apos;s default applies.</source>
        <translation>Conserver cette valeur dans la base de données ; case décochée, la valeur par défaut de l'utilisateur s'applique.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="69"/>
        <source>no 1:N limit</source>
        <translation>pas de limite 1:N</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="77"/>
        <source>no metre limit</source>
        <translation>pas de limite en mètres</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="90"/>
        <source>e.g. National Mine Action Centre</source>
        <translation>p. ex. Centre national d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="96"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="101"/>
        <source>The language QGIS runs in</source>
        <translation>La langue de QGIS</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="93"/>
        <source>no target (e.g. 2030-12-31)</source>
        <translation>pas d'objectif (p. ex. 2030-12-31)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/land_release_stats.py" line="121"/>
        <source>The reporting period must end on or after the day it starts.</source>
        <translation>La période de rapport doit se terminer le jour de son début ou après.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="41"/>
        <source>Release history row {fid}: hazard {hazard} (field hazard_id) is not in the hazards table.</source>
        <translation>Ligne {fid} de l'historique de remise à disposition : la zone dangereuse {hazard} (champ hazard_id) n'est pas dans la table des zones dangereuses.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="203"/>
        <source>Cannot write the sheet {sheet} of {path}: {error}</source>
        <translation>Impossible d'écrire la feuille {sheet} de {path} : {error}</translation>
    </message>
</context>
<context>
    <name>SubmitFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/submit_field_copy.py" line="24"/>
        <source>Submit field copy</source>
        <translation>Soumettre une copie de terrain</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="27"/>
        <source>Sends back to the mine action database what was added or changed in a field copy made by &apos;Make field copy&apos;, record by record (matched by uuid).

- A record changed in the copy and also in the database since the copy was made is a conflict: it is reported (table, record, field, both values) and not applied.
- Every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.
- A record deleted in the copy is reported and kept in the database.
- Everything is written in one transaction; on PostGIS each update names the row version it makes.

Submitting the same copy again changes nothing. The report lists every record inserted, updated, in conflict, rejected or deleted in the copy.</source>
        <translation>Renvoie à la base de données d'action contre les mines ce qui a été ajouté ou modifié dans une copie de terrain créée par « Créer une copie de terrain », enregistrement par enregistrement (associés par uuid).

- Un enregistrement modifié dans la copie et aussi dans la base de données depuis la copie est un conflit : il est signalé (table, enregistrement, champ, les deux valeurs) et non appliqué.
- Chaque enregistrement ajouté ou modifié passe les contrôles de « Importer des enregistrements » ; celui qui échoue est rejeté, avec le nom de son champ, et les autres sont écrits.
- Un enregistrement supprimé dans la copie est signalé et conservé dans la base de données.
- Tout est écrit en une seule transaction ; sur PostGIS, chaque mise à jour indique la version de ligne qu'elle crée.

Soumettre à nouveau la même copie ne change rien. Le rapport liste chaque enregistrement inséré, mis à jour, en conflit, rejeté ou supprimé dans la copie.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="61"/>
        <source>Field copy</source>
        <translation>Copie de terrain</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="45"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="49"/>
        <source>Submission report</source>
        <translation>Rapport de soumission</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records inserted</source>
        <translation>Enregistrements insérés</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records updated</source>
        <translation>Enregistrements mis à jour</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records in conflict</source>
        <translation>Enregistrements en conflit</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records rejected</source>
        <translation>Enregistrements rejetés</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="78"/>
        <source>{outcome}: {table} {record} {field} {message}</source>
        <translation>{outcome} : {table} {record} {field} {message}</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="92"/>
        <source>{inserted} inserted, {updated} updated, {conflicts} in conflict (not applied), {rejected} rejected.</source>
        <translation>{inserted} insérés, {updated} mis à jour, {conflicts} en conflit (non appliqués), {rejected} rejetés.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="104"/>
        <source>Cannot write the output {output}.</source>
        <translation>Impossible d'écrire la sortie {output}.</translation>
    </message>
</context>
<context>
    <name>SurveyRecords</name>
    <message>
        <location filename="../core/survey_records.py" line="112"/>
        <source>Hazard {hazard}, point {point}, field &apos;{field}&apos;: {problem}</source>
        <translation>Zone dangereuse {hazard}, point {point}, champ '{field}' : {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="122"/>
        <source>Hazard {hazard}, field &apos;{field}&apos;: {problem}</source>
        <translation>Zone dangereuse {hazard}, champ '{field}' : {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="125"/>
        <source>Hazard {hazard}: {problem}</source>
        <translation>Zone dangereuse {hazard} : {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="146"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="147"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="148"/>
        <source>&quot;{value}&quot; is not {kind}</source>
        <translation>« {value} » n'est pas {kind}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="159"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>« {value} » n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>the hazard ID is missing</source>
        <translation>l'ID de la zone dangereuse est manquant</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="196"/>
        <source>the point number is missing</source>
        <translation>le numéro du point est manquant</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="200"/>
        <source>the point type is missing</source>
        <translation>le type de point est manquant</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="211"/>
        <source>the table has more than one benchmark</source>
        <translation>le tableau a plus d'un repère</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="227"/>
        <source>the from-point is missing</source>
        <translation>le point d'origine (from_point) est manquant</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="231"/>
        <source>the distance is missing</source>
        <translation>la distance est manquante</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="236"/>
        <source>the table has no benchmark row</source>
        <translation>le tableau n'a pas de ligne de repère</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="245"/>
        <source>{date} differs from the table&apos;s survey date {first}</source>
        <translation>{date} diffère de la date du levé du tableau, {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="250"/>
        <source>{value} differs from the table&apos;s declination {first}</source>
        <translation>{value} diffère de la déclinaison du tableau, {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="269"/>
        <source>Point {point}: the bearing as recorded &quot;{text}&quot; differs from the bearing {bearing}; the bearing was used.</source>
        <translation>Point {point} : l'azimut tel que relevé « {text} » diffère de l'azimut {bearing} ; c'est l'azimut qui a été utilisé.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="40"/>
        <source>Hazard {hazard} already exists: load it to change its survey, or choose another hazard ID</source>
        <translation>La zone dangereuse {hazard} existe déjà : chargez-la pour modifier son levé, ou choisissez un autre ID de zone dangereuse</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="45"/>
        <source>Layer {layer} cannot be edited.</source>
        <translation>La couche {layer} ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="50"/>
        <source>Survey of hazard {hazard}</source>
        <translation>Levé de la zone dangereuse {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="67"/>
        <source>Hazard {hazard} could not be written.</source>
        <translation>La zone dangereuse {hazard} n'a pas pu être écrite.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="71"/>
        <source>Survey points of hazard {hazard}</source>
        <translation>Points de levé de la zone dangereuse {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="85"/>
        <source>The survey points of hazard {hazard} could not be written.</source>
        <translation>Les points de levé de la zone dangereuse {hazard} n'ont pas pu être écrits.</translation>
    </message>
</context>
<context>
    <name>SurveyTableFromPolygonsAlgorithm</name>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="39"/>
        <source>Survey table from hazard polygons</source>
        <translation>Tableau de levé à partir des polygones de zones dangereuses</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="43"/>
        <source>Writes the bearing-and-distance table a field team would walk for each hazard polygon: benchmark to start point, then round the perimeter back to the start point (the end point). Each row has the magnetic bearing at the survey date (World Magnetic Model, or the declination given here), the true and grid bearings (grid: the benchmark&apos;s UTM zone), the geodesic distance, and the point in MGRS, UTM and latitude/longitude.

Benchmark: the point of the benchmark layer with the same hazard ID. The start point is then the polygon corner nearest to it. A hazard without a benchmark gets one placed the chosen distance outside its first corner, on the line from the polygon&apos;s centre through that corner.

Survey date: the date field when it has a value, otherwise the fixed date. The output uses the survey point field names, so it can be fed back into &quot;Hazard polygons from survey table&quot;. Multi-part polygons and polygons with holes are skipped with an error.</source>
        <translation>Écrit le tableau d'azimuts et de distances qu'une équipe de terrain parcourrait pour chaque polygone de zone dangereuse : du repère au point de départ, puis le long du périmètre jusqu'au retour au point de départ (le point final). Chaque ligne donne l'azimut magnétique à la date du levé (modèle magnétique mondial WMM, ou déclinaison indiquée ici), l'azimut vrai et le gisement (quadrillage : le fuseau UTM du repère), la distance géodésique, et le point en MGRS, en UTM et en latitude/longitude.

Repère : le point de la couche des repères ayant le même ID de zone dangereuse. Le point de départ est alors le sommet du polygone le plus proche de ce repère. Une zone dangereuse sans repère en reçoit un, placé à la distance choisie à l'extérieur de son premier sommet, sur la droite allant du centre du polygone à ce sommet.

Date du levé : le champ de date lorsqu'il a une valeur, sinon la date fixe. La sortie utilise les noms des champs des points de levé : elle peut donc être réutilisée dans « Polygones de zones dangereuses à partir d'un tableau de levé ». Les polygones multiparties et les polygones avec trous sont ignorés avec une erreur.</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="62"/>
        <source>Hazard polygons</source>
        <translation>Polygones des zones dangereuses</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="65"/>
        <source>Hazard ID field</source>
        <translation>Champ de l'ID de zone dangereuse</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="68"/>
        <source>Benchmarks (points with the hazard ID)</source>
        <translation>Repères (points portant l'ID de la zone dangereuse)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="71"/>
        <source>Hazard ID field of the benchmarks</source>
        <translation>Champ de l'ID de zone dangereuse des repères</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="74"/>
        <source>Distance of a placed benchmark from the first corner (m)</source>
        <translation>Distance d'un repère placé par rapport au premier sommet (m)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="77"/>
        <source>Survey date field</source>
        <translation>Champ de la date du levé</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="79"/>
        <source>Survey date (when the field is empty)</source>
        <translation>Date du levé (lorsque le champ est vide)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="82"/>
        <source>Declination to use instead of the model (°, east +)</source>
        <translation>Déclinaison à utiliser à la place du modèle (°, est +)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="86"/>
        <source>Unit of the bearing column</source>
        <translation>Unité de la colonne d'azimut</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="90"/>
        <source>Survey table</source>
        <translation>Tableau de levé</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="101"/>
        <source>The hazard polygons have no field {name}.</source>
        <translation>Les polygones des zones dangereuses n'ont pas de champ {name}.</translation>
    </message>
    <message>
        <location filename="../core/benchmark.py" line="56"/>
        <source>a survey table needs a single polygon; this hazard has none or several parts</source>
        <translation>un tableau de levé nécessite un polygone unique ; cette zone dangereuse n'a aucune partie ou en a plusieurs</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../styles/symbology.py" line="43"/>
        <source>Hazardous areas (1:50,000 and larger)</source>
        <translation>Zones dangereuses (échelle 1:50 000 et plus grande)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="44"/>
        <source>Class (fill)</source>
        <translation>Classe (remplissage)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="45"/>
        <source>Status (outline)</source>
        <translation>Statut (contour)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="46"/>
        <source>Hazard markers (smaller than 1:50,000)</source>
        <translation>Symboles ponctuels des zones dangereuses (échelle plus petite que 1:50 000)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="47"/>
        <source>Other class</source>
        <translation>Autre classe</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="48"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="49"/>
        <source>Survey points (1:25,000 and larger)</source>
        <translation>Points de levé (échelle 1:25 000 et plus grande)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="105"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>Le style {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="150"/>
        <source>The map style {path} is missing from the plugin.</source>
        <translation>Le style cartographique {path} est absent de l'extension.</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="50"/>
        <source>Awaiting the national centre&apos;s review</source>
        <translation>En attente de l'examen du centre national</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="51"/>
        <source>Accident: people killed</source>
        <translation>Accident : personnes tuées</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="52"/>
        <source>Accident: people injured</source>
        <translation>Accident : personnes blessées</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="53"/>
        <source>Accident: no casualty recorded</source>
        <translation>Accident : aucune victime enregistrée</translation>
    </message>
</context>
<context>
    <name>TaskOrder</name>
    <message>
        <location filename="../layouts/layout_fill.py" line="155"/>
        <source>Turning points</source>
        <translation>Points d'inflexion</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="158"/>
        <source>Benchmark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="180"/>
        <source>BM</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="242"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Magnetic bearing</source>
        <translation>Azimut magnétique</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Grid bearing</source>
        <translation>Gisement</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
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
        <translation>Latitude / longitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="271"/>
        <source>west</source>
        <translation>ouest</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="282"/>
        <source>Magnetic declination: {angle}° {side} ({mils} mils)</source>
        <translation>Déclinaison magnétique : {angle}° {side} ({mils} millièmes)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="285"/>
        <source>Grid convergence: {angle}° {side}</source>
        <translation>Convergence des méridiens : {angle}° {side}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Grid–magnetic angle: {angle}° {side} ({mils} mils)</source>
        <translation>Angle quadrillage–magnétique : {angle}° {side} ({mils} millièmes)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing − {angle}°</source>
        <translation>Azimut magnétique = gisement − {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing + {angle}°</source>
        <translation>Azimut magnétique = gisement + {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>At the benchmark on {date} ({model}).</source>
        <translation>Au repère, le {date} ({model}).</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>entered by hand</source>
        <translation>saisie manuellement</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="295"/>
        <source>GN grid north (map up), TN true north, MN magnetic north.</source>
        <translation>NQ nord du quadrillage (haut de la carte), NG nord géographique, NM nord magnétique.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="298"/>
        <source>Diagram not to scale: angles drawn ×{factor}.</source>
        <translation>Schéma non à l'échelle : angles dessinés ×{factor}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="377"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="422"/>
        <source>FIELD TASK ORDER</source>
        <translation>ORDRE DE TÂCHE DE TERRAIN</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="426"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>Scale 1:{scale}</source>
        <translation>Échelle 1:{scale}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid labels give the MGRS digits in 100 km square {squares}: kilometres, then metres in small figures.</source>
        <translation>Quadrillage : fuseau UTM {zone}{hemisphere} ({crs}), carrés de {interval} m. Les étiquettes du quadrillage donnent les chiffres MGRS dans le carré de 100 km {squares} : les kilomètres, puis les mètres en petits chiffres.</translation>
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
        <translation>NQ</translation>
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
        <translation>Nord et déclinaison</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="459"/>
        <source>Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees from the point before; distances horizontal, in metres. Issued by {authority} on {date}, version {version}.</source>
        <translation>Carte et quadrillage : {crs_name} ({crs}), système géodésique WGS 84. Azimuts en degrés depuis le point précédent ; distances horizontales, en mètres. Émis par {authority} le {date}, version {version}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="467"/>
        <source>SAFETY: this map supports the task briefing and does not replace the marking on the ground, the site survey or the national mine action standards. Boundaries and positions are approximate; contamination may lie outside them. Enter only cleared or marked safe lanes.</source>
        <translation>SÉCURITÉ : cette carte appuie le briefing de la tâche et ne remplace ni le marquage sur le terrain, ni la reconnaissance du site, ni les normes nationales de l'action contre les mines. Les limites et les positions sont approximatives ; la contamination peut s'étendre au-delà. N'empruntez que des couloirs dépollués ou des couloirs sécurisés balisés.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="495"/>
        <source>Turning points of the task area: bearing and distance from the point before, starting at the benchmark</source>
        <translation>Points d'inflexion de la zone de la tâche : azimut et distance depuis le point précédent, en partant du repère</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="498"/>
        <source>Turning points of the task area: bearing and distance from the point before (no surveyed benchmark: starts at the control point)</source>
        <translation>Points d'inflexion de la zone de la tâche : azimut et distance depuis le point précédent (aucun repère levé : départ au point de contrôle)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="503"/>
        <source>Turning points of the task area: bearing and distance from the point before (no benchmark recorded: starts at point 1)</source>
        <translation>Points d'inflexion de la zone de la tâche : azimut et distance depuis le point précédent (aucun repère enregistré : départ au point 1)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="527"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="109"/>
        <source>Task {task} is not in the tasks table.</source>
        <translation>La tâche {task} ne figure pas dans la table des tâches.</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="249"/>
        <source>The task order could not be written: {error}</source>
        <translation>L'ordre de tâche n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="130"/>
        <source>Task {task} has no area: draw the task polygon first.</source>
        <translation>La tâche {task} n'a pas de zone : dessinez d'abord le polygone de la tâche.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="134"/>
        <source>Task {task}: hazard &apos;{hazard}&apos; in field hazard_id is not in the hazards table.</source>
        <translation>Tâche {task} : la zone dangereuse '{hazard}' du champ hazard_id ne figure pas dans la table des zones dangereuses.</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="72"/>
        <source>Unknown paper size &apos;{paper}&apos; (expected one of {papers}).</source>
        <translation>Format de papier '{paper}' inconnu (attendu : un de {papers}).</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="128"/>
        <source>Task {task}: {problem}</source>
        <translation>Tâche {task} : {problem}</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="134"/>
        <source>Point {point}: {problem}</source>
        <translation>Point {point} : {problem}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="167"/>
        <source>point number {number} is used more than once</source>
        <translation>le numéro de point {number} est utilisé plus d'une fois</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="170"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation>« {value} » n'est pas un type de point possible pour une visée</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="173"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation>il est mesuré depuis le point {number}, qui n'est ni le repère ni un point précédent</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation>référence du nord « {value} » inconnue</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="185"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation>la pente « {value} » doit être comprise entre -90 et 90 degrés</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="191"/>
        <source>the perimeter must begin with a start point</source>
        <translation>le périmètre doit commencer par un point de départ</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="195"/>
        <source>a perimeter has only one start point</source>
        <translation>un périmètre n'a qu'un seul point de départ</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="198"/>
        <source>the end point must be the last perimeter point</source>
        <translation>le point final doit être le dernier point du périmètre</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="201"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation>le périmètre n'a pas de point final : enregistrez la dernière visée, de retour au point de départ, comme point final, ou indiquez que le côté de fermeture n'a pas été mesuré</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="244"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation>définissez une tolérance d'écart de fermeture avant de demander la compensation du cheminement</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="247"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation>le côté de fermeture n'a pas été mesuré : il n'y a donc aucun écart de fermeture à compenser</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="267"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation>un gisement nécessite la projection cartographique (quadrillage) à laquelle il se rapporte</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="298"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation>le point final {end} n'a pas été levé en passant par le point de départ {start} : la méthode de Bowditch ne peut donc pas répartir l'écart de fermeture</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="304"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation>L'écart de fermeture de {misclosure:.2f} m (1:{precision:.0f}) dépasse la tolérance : le cheminement n'a pas été compensé.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="309"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation>L'écart de fermeture de {misclosure:.2f} m (1:{precision:.0f}) dépasse la tolérance.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="335"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation>un périmètre nécessite au moins trois points distincts, celui-ci en a {count}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="389"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation>le périmètre se recoupe : le côté du point {a} au point {b} croise le côté du point {c} au point {d}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="470"/>
        <source>a survey table needs a single polygon without holes</source>
        <translation>un tableau de levé nécessite un polygone unique sans trou</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="152"/>
        <source>the leg is {length:,.1f} m long (horizontal), more than the longest leg accepted ({limit:,.0f} m): check the distance, or raise the programme&apos;s limit</source>
        <translation>la visée mesure {length:,.1f} m (à l'horizontale), plus que la longueur maximale de visée acceptée ({limit:,.0f} m) : vérifiez la distance, ou relevez la limite du programme</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="157"/>
        <source>the leg is {length:,.1f} m long (horizontal): a traverse is computed round its benchmark, for legs up to {limit:,.0f} m</source>
        <translation>la visée mesure {length:,.1f} m (à l'horizontale) : un cheminement est calculé autour de son repère, pour des visées de {limit:,.0f} m au plus</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="181"/>
        <source>distance &quot;{value}&quot; must be a number of metres, more than 0</source>
        <translation>la distance « {value} » doit être un nombre de mètres supérieur à 0</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../ui/traverse_dock.py" line="230"/>
        <source>Survey traverse</source>
        <translation>Cheminement de levé</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="252"/>
        <source>e.g. HA-0123</source>
        <translation>p. ex. HA-0123</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="253"/>
        <source>Hazard ID</source>
        <translation>ID de la zone dangereuse</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="256"/>
        <source>lat, lon  ·  UTM  ·  MGRS</source>
        <translation>lat, lon  ·  UTM  ·  MGRS</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="257"/>
        <source>Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)</source>
        <translation>Position du repère : latitude/longitude (50.0643, -108.8345 ou 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) ou MGRS (12U XA 56470 45022)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="261"/>
        <source>Pick</source>
        <translation>Pointer</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="262"/>
        <source>Click the benchmark on the map</source>
        <translation>Cliquez sur le repère sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="266"/>
        <source>Benchmark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="278"/>
        <source>Manual declination</source>
        <translation>Déclinaison manuelle</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="286"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="288"/>
        <source>North</source>
        <translation>Nord</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="290"/>
        <source>Survey date</source>
        <translation>Date du levé</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>No</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Distance m</source>
        <translation>Distance m</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Slope °</source>
        <translation>Pente °</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="304"/>
        <source>Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a spreadsheet. Type: s start, t turning, i intermediate, e end (the start point observed again), r reference, v evidence, u usage.</source>
        <translation>Entrée passe à la cellule suivante et ajoute des lignes ; Ctrl+V colle des lignes copiées depuis un tableur. Type : s départ (start), t inflexion (turning), i intermédiaire, e final (end : le point de départ observé à nouveau), r référence, v preuve (evidence), u utilisation (usage).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="310"/>
        <source>Add leg</source>
        <translation>Ajouter une visée</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="311"/>
        <source>Remove legs</source>
        <translation>Supprimer les visées</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="312"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="319"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="323"/>
        <source>no 1:N limit</source>
        <translation>pas de limite 1:N</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="328"/>
        <source>no metre limit</source>
        <translation>pas de limite en mètres</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="329"/>
        <source>Adjust (compass rule)</source>
        <translation>Compenser (méthode de Bowditch)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="331"/>
        <source>Distribute the misclosure over the legs when it is within tolerance</source>
        <translation>Répartir l'écart de fermeture sur les visées lorsqu'il respecte la tolérance</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="339"/>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Misclosure</source>
        <translation>Écart de fermeture</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="362"/>
        <source>Load hazard</source>
        <translation>Charger la zone dangereuse</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="363"/>
        <source>Load the survey points of the hazard ID above from the project&apos;s mine action database, to correct and save again</source>
        <translation>Charger les points de levé de l'ID de zone dangereuse ci-dessus depuis la base de données d'action contre les mines du projet, pour les corriger et les enregistrer à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="366"/>
        <source>Save as SHA</source>
        <translation>Enregistrer comme ZSD</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="367"/>
        <source>Save as CHA</source>
        <translation>Enregistrer comme ZDC</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="481"/>
        <source>(new hazard)</source>
        <translation>(nouvelle zone dangereuse)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="494"/>
        <source>Enter the benchmark, then the legs.</source>
        <translation>Saisissez le repère, puis les visées.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="520"/>
        <source>Model declination: enter the benchmark</source>
        <translation>Déclinaison du modèle : saisissez le repère</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="525"/>
        <source>No World Magnetic Model covers this date: enter the declination by hand</source>
        <translation>Aucun modèle magnétique mondial (WMM) ne couvre cette date : saisissez la déclinaison manuellement</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="544"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="545"/>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="546"/>
        <source>not closed</source>
        <translation>non fermé</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="549"/>
        <source>PASS, adjusted</source>
        <translation>CONFORME, compensé</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="565"/>
        <source>Open a mine action database in the project first (its hazards and survey_points layers).</source>
        <translation>Ouvrez d'abord une base de données d'action contre les mines dans le projet (ses couches hazards et survey_points).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="577"/>
        <source>Enter a hazard ID before saving.</source>
        <translation>Saisissez un ID de zone dangereuse avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="591"/>
        <source>Hazard {hazard} written to the edit buffer: review its form, then save the layer edits.</source>
        <translation>Zone dangereuse {hazard} écrite dans le tampon d'édition : vérifiez son formulaire, puis enregistrez les modifications de la couche.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="601"/>
        <source>Enter the ID of the hazard to load.</source>
        <translation>Saisissez l'ID de la zone dangereuse à charger.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="608"/>
        <source>Hazard {hazard} has no survey points.</source>
        <translation>La zone dangereuse {hazard} n'a pas de points de levé.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="528"/>
        <source>Model declination: {value}° E ({model})</source>
        <translation>Déclinaison du modèle : {value}° E ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="529"/>
        <source>Model declination: {value}° W ({model})</source>
        <translation>Déclinaison du modèle : {value}° O ({model})</translation>
    </message>
</context>
<context>
    <name>UpdateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/update_database.py" line="29"/>
        <source>Update mine action database</source>
        <translation>Mettre à jour une base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="53"/>
        <source>Smallest piece released (m²)</source>
        <translation>Plus petite parcelle remise à disposition (m²)</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="57"/>
        <source>Hazards updated</source>
        <translation>Zones dangereuses mises à jour</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="58"/>
        <source>Hazards added</source>
        <translation>Zones dangereuses ajoutées</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="59"/>
        <source>Release history rows added</source>
        <translation>Lignes d'historique de remise à disposition ajoutées</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="78"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="80"/>
        <source>{code} (hazard {hazard}, activity {activity}): {message}</source>
        <translation>{code} (zone dangereuse {hazard}, activité {activity}) : {message}</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="87"/>
        <source>Nothing to update: every activity is already in the release history.</source>
        <translation>Rien à mettre à jour : toutes les activités figurent déjà dans l'historique de remise à disposition.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="92"/>
        <source>{updated} hazards updated, {added} added, {rows} history rows written.</source>
        <translation>{updated} zones dangereuses mises à jour, {added} ajoutées, {rows} lignes d'historique écrites.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="32"/>
        <source>Applies the land release activities of a mine action database to its hazardous areas: each hazard&apos;s geometry becomes its remaining land, with its area, status and date of information, and every change is added to the release history.

When part of a suspected area (SHA) has been confirmed, the SHA record keeps the suspected part and the confirmed part is re-registered as a confirmed area (CHA) whose ID is the SHA&apos;s ID followed by -CHA.

Only activities without release history rows are applied, so running the update again changes nothing. All changes are written in one transaction: if anything fails, the database is left exactly as it was.

The database is a GeoPackage file, or a schema on a PostgreSQL connection. The hazards it changes are locked until the update ends; a hazard another editor saved since the update read it stops the update, naming the hazard, and nothing is written. An activity that ended before a hazard&apos;s date of information never changes it.</source>
        <translation>Applique les activités de remise à disposition des terres d'une base de données d'action contre les mines à ses zones dangereuses : la géométrie de chaque zone dangereuse devient ses terres restantes, avec sa superficie, son statut et sa date de l'information, et chaque modification est ajoutée à l'historique de remise à disposition.

Lorsqu'une partie d'une zone suspectée dangereuse (ZSD) a été confirmée, l'enregistrement de la ZSD conserve la partie suspectée et la partie confirmée est réenregistrée comme zone dangereuse confirmée (ZDC) dont l'ID est celui de la ZSD suivi de -CHA.

Seules les activités sans lignes d'historique de remise à disposition sont appliquées : relancer la mise à jour ne change donc rien. Toutes les modifications sont écrites en une seule transaction : en cas d'échec, la base de données reste exactement dans son état d'origine.

La base de données est un fichier GeoPackage, ou un schéma sur une connexion PostgreSQL. Les zones dangereuses qu'elle modifie sont verrouillées jusqu'à la fin de la mise à jour ; une zone dangereuse qu'un autre éditeur a enregistrée depuis que la mise à jour l'a lue arrête la mise à jour, qui la nomme, et rien n'est écrit. Une activité terminée avant la date de l'information d'une zone dangereuse ne la modifie jamais.</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/upgrade_database.py" line="24"/>
        <source>Upgrade mine action database</source>
        <translation>Mettre à niveau une base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="43"/>
        <source>Mine action database</source>
        <translation>Base de données d'action contre les mines</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="47"/>
        <source>Schema version before</source>
        <translation>Version du schéma avant</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="48"/>
        <source>Schema version after</source>
        <translation>Version du schéma après</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="59"/>
        <source>The stored forms and styles were saved.</source>
        <translation>Les formulaires et styles stockés ont été enregistrés.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="61"/>
        <source>The database is already at schema version {version}; its records were not changed.</source>
        <translation>La base de données est déjà à la version du schéma {version} ; ses enregistrements n'ont pas été modifiés.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="65"/>
        <source>Upgraded from schema version {before} to {after}.</source>
        <translation>Mise à niveau effectuée de la version du schéma {before} vers la version {after}.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="27"/>
        <source>Brings a mine action database made by an earlier version of the plugin up to the current data model, in place: a GeoPackage file, or a schema on a PostgreSQL connection. Every record is kept. All changes are made in one transaction: if anything fails, or the process is stopped, the database is left exactly as it was. The stored forms and styles are then refreshed (on PostgreSQL, in the same transaction).

From 0.1.0: re-registered confirmed parts of a suspected area (&lt;id&gt;-CHA records) get an explicit link to their hazard, parent_hazard_id, instead of being recognised by their ID.

To schema 3: activities, finds, survey and site points get their review status (what was stored counts as approved), reviewer and review date.

A database that is already current is left unchanged.</source>
        <translation>Met une base de données d'action contre les mines créée par une version antérieure de l'extension au niveau du modèle de données actuel, sur place : un fichier GeoPackage, ou un schéma sur une connexion PostgreSQL. Tous les enregistrements sont conservés. Toutes les modifications sont effectuées en une seule transaction : en cas d'échec, ou si le traitement est interrompu, la base de données reste exactement dans son état d'origine. Les formulaires et styles stockés sont ensuite actualisés (sur PostgreSQL, dans la même transaction).

Mise à niveau depuis la version 0.1.0 : les parties confirmées réenregistrées d'une zone suspectée dangereuse (enregistrements &lt;id&gt;-CHA) reçoivent un lien explicite vers leur zone dangereuse, parent_hazard_id, au lieu d'être reconnues par leur ID.

Vers le schéma 3 : les activités, découvertes, points de levé et points de site reçoivent leur statut de validation (ce qui était enregistré compte comme approuvé), leur validateur et leur date de validation.

Une base de données déjà à jour reste inchangée.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Hazard class</source>
        <translation>Classe de zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Suspected Hazardous Area (SHA)</source>
        <translation>Zone suspectée dangereuse (ZSD)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Confirmed Hazardous Area (CHA)</source>
        <translation>Zone dangereuse confirmée (ZDC)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Hazard status</source>
        <translation>Statut de la zone dangereuse</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Worked on</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Land release activity</source>
        <translation>Activité de remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Non-technical survey</source>
        <translation>Enquête non technique</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Technical survey</source>
        <translation>Enquête technique</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Clearance</source>
        <translation>Dépollution</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Land release outcome</source>
        <translation>Résultat de la remise à disposition des terres</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Annulée (enquête non technique)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced with technical asset</source>
        <translation>Réduite avec moyen technique</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced without technical asset</source>
        <translation>Réduite sans moyen technique</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cleared</source>
        <translation>Dépolluée</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Confirmed (SHA part becomes CHA)</source>
        <translation>Confirmée (la partie de ZSD devient ZDC)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Contamination</source>
        <translation>Contamination</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-personnel mines</source>
        <translation>Mines antipersonnel</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-vehicle mines</source>
        <translation>Mines antivéhicule</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Cluster munitions</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Munitions non explosées (UXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Munitions explosives abandonnées (AXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>Engins explosifs improvisés (EEI)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Mixed contamination</source>
        <translation>Contamination mixte</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: visual observation of explosive ordnance</source>
        <translation>Directe : observation visuelle d'engins explosifs</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: accident at a known location</source>
        <translation>Directe : accident en un lieu connu</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: reliable records</source>
        <translation>Directe : archives fiables</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: hazard marking</source>
        <translation>Directe : marquage de danger</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: detonations</source>
        <translation>Directe : détonations</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: old survey</source>
        <translation>Indirecte : ancienne enquête</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: former front line</source>
        <translation>Indirecte : ancienne ligne de front</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: accident at an unknown location</source>
        <translation>Indirecte : accident en un lieu inconnu</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: unreliable records</source>
        <translation>Indirecte : archives peu fiables</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: productive land not in use</source>
        <translation>Indirecte : terres productives inutilisées</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: verbal report</source>
        <translation>Indirecte : témoignage oral</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Survey point type</source>
        <translation>Type de point de levé</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Reference point</source>
        <translation>Point de référence</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Benchmark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Start point</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Turning point</source>
        <translation>Point d'inflexion</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Intermediate point</source>
        <translation>Point intermédiaire</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>End point</source>
        <translation>Point final</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Evidence point</source>
        <translation>Point de preuve</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Usage point</source>
        <translation>Point d'utilisation</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Explosive ordnance category</source>
        <translation>Catégorie d'engin explosif</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-personnel mine</source>
        <translation>Mine antipersonnel</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-vehicle mine</source>
        <translation>Mine antivéhicule</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Submunition</source>
        <translation>Sous-munition</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Projectile</source>
        <translation>Projectile</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Mortar bomb</source>
        <translation>Obus de mortier</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Grenade</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Rocket</source>
        <translation>Roquette</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Aircraft bomb</source>
        <translation>Bombe d'aviation</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Improvised explosive device</source>
        <translation>Engin explosif improvisé</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Small arms ammunition</source>
        <translation>Munitions d'armes légères et de petit calibre</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Other unexploded ordnance</source>
        <translation>Autres munitions non explosées</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Site point type</source>
        <translation>Type de point du site</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Helicopter landing site (HLS)</source>
        <translation>Hélisurface (HLS)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Medical facility</source>
        <translation>Structure médicale</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Paramedic post</source>
        <translation>Poste paramédical</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Control point</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Demolition site</source>
        <translation>Site de destruction</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Bearing unit</source>
        <translation>Unité d'azimut</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Degrees</source>
        <translation>Degrés</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Grads (400 per circle)</source>
        <translation>Grades (400 par tour)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>NATO mils (6400 per circle)</source>
        <translation>Millièmes OTAN (6400 par tour)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Warsaw Pact mils (6000 per circle)</source>
        <translation>Millièmes du Pacte de Varsovie (6000 par tour)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>North reference</source>
        <translation>Référence du nord</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Magnetic north</source>
        <translation>Nord magnétique</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>True north</source>
        <translation>Nord géographique</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Grid north</source>
        <translation>Nord du quadrillage</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Position fixed by</source>
        <translation>Position déterminée par</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>GPS / GNSS</source>
        <translation>GPS / GNSS</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Bearing and distance</source>
        <translation>Azimut et distance</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Read from a map</source>
        <translation>Lue sur une carte</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Digitised on screen</source>
        <translation>Numérisée à l'écran</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Task status</source>
        <translation>Statut de la tâche</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Task priority</source>
        <translation>Priorité de la tâche</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Route type</source>
        <translation>Type d'itinéraire</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Access route</source>
        <translation>Itinéraire d'accès</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Casualty evacuation route</source>
        <translation>Itinéraire d'évacuation sanitaire</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Safe lane</source>
        <translation>Couloir sécurisé</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Review status</source>
        <translation>Statut d'examen</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Submitted, awaiting review</source>
        <translation>Soumis, en attente d'examen</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Returned to the operator</source>
        <translation>Renvoyé à l'opérateur</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>What the casualties were doing</source>
        <translation>Ce que faisaient les victimes</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Farming</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Herding animals</source>
        <translation>Garde de troupeaux</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting wood, food or water</source>
        <translation>Collecte de bois, de nourriture ou d'eau</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting or handling scrap metal</source>
        <translation>Collecte ou manipulation de ferraille</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Travelling</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Playing</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Handling or tampering with a device</source>
        <translation>Manipulation d'un engin</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Demining</source>
        <translation>Déminage</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
</TS>
