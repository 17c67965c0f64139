<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ApplyStylesAlgorithm</name>
    <message>
        <location filename="../processing/apply_styles.py" line="27"/>
        <source>Apply mine action styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="32"/>
        <source>Gives each layer the mine action map style of the table it matches: hazards, land release activities, survey points, EO finds, site points, access routes or tasks. A layer matches by its table or layer name, or else by its fields (for example hazard_id, hazard_class and status on a polygon layer), so layers exported from IMSMA with the same field names are styled as well. Only the style changes: the data and the attribute forms are left as they are. The log lists the style each layer received and the layers that matched no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="43"/>
        <source>Layers to style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="46"/>
        <source>Styled layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="48"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="58"/>
        <source>{layer}: matches no mine action table, left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="64"/>
        <source>{layer}: styled as {table}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bearings</name>
    <message>
        <location filename="../core/bearings.py" line="40"/>
        <source>Point {point}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="47"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="59"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="61"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="63"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="98"/>
        <source>the bearing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="131"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="108"/>
        <source>bearing &quot;{value}&quot; is marked {marked}, but the north reference is {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="118"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="122"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="128"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="133"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="142"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="145"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputeLandReleaseAlgorithm</name>
    <message>
        <location filename="../processing/compute_land_release.py" line="23"/>
        <source>Compute land release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="27"/>
        <source>Replays the land release activities (non-technical survey, technical survey, clearance) over the hazardous areas in date order, as IMAS 07.11 counts them: every square metre released is counted once, by the method that released it first.

Outputs: the remaining hazardous land per hazard and class (SHA, CHA); the released land per hazard and activity, tagged with its outcome, date and area; the ledger of each hazard in m² (original, cancelled, reduced with and without technical asset, cleared, remaining); the history of changes; and the quality flags (overlaps, activities outside hazards or older than the hazard record, slivers, repaired geometries).

Codes are read through the lookup lists of the database the hazards come from (or the lookups table given), so a programme's own classes and outcomes count as the built-in code they behave as. Areas are ground areas on the WGS 84 ellipsoid. The inputs are not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="46"/>
        <source>Hazardous areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="49"/>
        <source>Land release activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="52"/>
        <source>Lookup lists (default: the hazards&apos; database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="55"/>
        <source>Smallest piece released (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="60"/>
        <source>Remaining hazardous land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="63"/>
        <source>Released land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="65"/>
        <source>Land release ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="67"/>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="69"/>
        <source>Quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="76"/>
        <source>The input layers cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="87"/>
        <source>Reading hazards and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="91"/>
        <source>{hazards} hazards, {activities} activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="98"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="115"/>
        <source>Cannot write the output {output}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="120"/>
        <source>Released {released:.1f} m², remaining {remaining:.1f} m², {flags} quality flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="62"/>
        <source>Point {point}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="69"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="72"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="116"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="151"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="154"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="162"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="179"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="216"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="219"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="222"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="299"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="258"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} is not used in latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); check the zone number and the band letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="280"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}; check the band letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="286"/>
        <source>MGRS &quot;{value}&quot;: in latitude band {band}, square {square} lies at longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone number and the band letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="303"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="326"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="331"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="347"/>
        <source>position &quot;{value}&quot; looks like a UTM easting and northing without their zone: write the UTM zone and band first, e.g. &quot;12U {value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="356"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="389"/>
        <source>the position is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="397"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="21"/>
        <source>Create mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="25"/>
        <source>Creates a GeoPackage holding the mine action data model: hazardous areas, survey points, land release activities, explosive ordnance finds, tasks, site points, access routes, the release history and the programme&apos;s lookup lists. Each layer carries its attribute form and map style as its default style, so the file opens ready to edit in QGIS and QField, with or without this plugin.

GICHD recommends storing WGS 84 (EPSG:4326); areas are always computed on the ellipsoid whatever the CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="36"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="36"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="39"/>
        <source>Coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="43"/>
        <source>Overwrite an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="45"/>
        <source>Open the database in the current project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="55"/>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="81"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="92"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="97"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="97"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="97"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="106"/>
        <source>Must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Hazardous areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Hazard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Confirmed part of hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Main evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Date of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Reporting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Nearest locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Blocked land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Clearance depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Original area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Location and land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="111"/>
        <source>Areas and remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Point number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Point type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>From point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Bearing as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Bearing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>North reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Declination applied (°, east +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Slope angle (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Coordinates as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Position fixed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Bearing and distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="167"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Land release activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Activity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Technical asset used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>The end date cannot be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="224"/>
        <source>Team and area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Explosive ordnance finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Find ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>EO category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Model / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Find date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="264"/>
        <source>Explosive ordnance found, by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>The due date cannot be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Version must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="290"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Site points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Site type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Radio call sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Access routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Route type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Access and casualty evacuation routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Class before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Class after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="351"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>Lookup lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>Behaves as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="382"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Schema information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Schema version and creation details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="37"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="55"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="69"/>
        <source>{path} is a folder. Give the name of the GeoPackage file to create, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="78"/>
        <source>Cannot write {path}: permission denied ({error}). Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="83"/>
        <source>Cannot write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="92"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="108"/>
        <source>Creating table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="128"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="156"/>
        <source>Mine Action Mapper default style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="160"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="56"/>
        <source>{path} is damaged or is not a GeoPackage ({detail}). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="64"/>
        <source>No mine action database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="67"/>
        <source>{path} is a folder, not a mine action database (a .gpkg file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="71"/>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="77"/>
        <source>{path} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="81"/>
        <source>it does not start as an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="95"/>
        <source>{path} is a GeoPackage but not a mine action database (it has no schema_info table). Create one with &apos;Create mine action database&apos; and import these records into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="108"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="114"/>
        <source>The schema version of {path} is &apos;{value}&apos;, not a number: the file was damaged or edited by hand. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="122"/>
        <source>{path} is locked by another program (a QGIS session with unsaved edits, a database browser, a synchronisation tool). Save or close it there and run again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="141"/>
        <source>{path} is read-only: you may not write to it. Ask for write permission or work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="155"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}): it is opened read-only. Update the plugin to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="160"/>
        <source>{path} is from an older version of the plugin (schema {version}): read-only until you upgrade it. Every record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="165"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}): it is opened read-only. Run &apos;Upgrade mine action database&apos; to edit it; every record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="179"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}; this plugin knows schema {known} and older). Update the plugin to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="186"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}). Run &apos;Upgrade mine action database&apos; on it first; it keeps every record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="60"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="88"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="93"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="99"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclinationAtPointsAlgorithm</name>
    <message>
        <location filename="../processing/declination_at_points.py" line="28"/>
        <source>Magnetic declination at points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="32"/>
        <source>Adds to every point the magnetic declination (degrees, east positive: true bearing = magnetic bearing + declination) at its date, from the World Magnetic Model valid for that date (WMM2010, WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and the grid (meridian) convergence (grid bearing = true bearing - convergence) of the chosen grid, by default the point&apos;s own UTM zone.

Date: the date field when it has a value, otherwise the fixed date. A point without a date, or with a date no model covers, keeps an empty declination and is named in the log. The input is not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="46"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="49"/>
        <source>Date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="51"/>
        <source>Date (when the field is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="54"/>
        <source>Grid for the convergence (empty: each point&apos;s UTM zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="57"/>
        <source>Points with declination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="66"/>
        <source>The points layer {layer} has no CRS, so its positions are unknown: set its CRS and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="97"/>
        <source>Feature {fid}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOverviewAlgorithm</name>
    <message>
        <location filename="../processing/export_overview.py" line="18"/>
        <source>Export national overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="23"/>
        <source>Prints an A3 landscape overview of the programme: hazardous areas by class and land release activities by outcome, with tables of the number and ground area of hazards by class and status and of the area of activities by outcome (ellipsoidal square metres, computed from the geometries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="31"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="34"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>Overview PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>Overview PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTaskOrdersAlgorithm</name>
    <message>
        <location filename="../processing/export_task_orders.py" line="27"/>
        <source>Export task orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="32"/>
        <source>Prints a field task order for each task (all tasks, or only the selected ones): the task area with its turning points, the benchmark, access and casualty evacuation routes, helicopter landing site and medical points on a map with a UTM grid in the task&apos;s zone, a location inset, scale bar, north arrow and a declination diagram (true, grid and magnetic north at the task&apos;s planned start), the table of bearings, distances and coordinates, and the task&apos;s details.

Writes one PDF per task into the folder, or one PDF for all tasks, and optionally a PNG image of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="45"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="48"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="51"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="51"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="51"/>
        <source>A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="55"/>
        <source>One PDF for all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="57"/>
        <source>Also write PNG images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="59"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="61"/>
        <source>Task orders written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>Files written (separated by semicolons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="68"/>
        <source>The tasks layer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="78"/>
        <source>The tasks layer has no field &apos;task_id&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="82"/>
        <source>{count} task orders to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="87"/>
        <source>Cancelled: no task order was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardPolygonsFromSurveyAlgorithm</name>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="32"/>
        <source>Hazard polygons from survey table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="36"/>
        <source>Computes a hazard polygon for every hazard in a survey table: the benchmark position (coord_entered: lat/lon, UTM or MGRS) and each point&apos;s bearing and distance from an earlier point, as recorded in the field (the survey_points fields: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). The table may be a CSV file, a spreadsheet or a database table, and may hold many hazards.

Magnetic bearings get the World Magnetic Model declination at the survey date, unless the table records a declination. Grid bearings refer to the grid chosen here, by default the UTM zone of each hazard&apos;s benchmark.

Closure: the end point re-observes the start point; the misclosure and the relative precision 1:N are checked against the programme tolerance (0 switches a limit off), and a leg longer than the longest leg accepted is refused. These default to the programme settings (Settings &gt; Options &gt; Mine Action; built in: 1:200, no limit in metres, 2000 m legs); a value left at its default takes the setting of the database the survey table belongs to. The compass (Bowditch) rule distributes the misclosure only when asked and only when the traverse is within tolerance. With the automatic closing convention, a table without an end point (such as a radial survey) is closed on its start point without a misclosure.

Plausibility: a leg longer than the longest leg accepted (default 2,000 m horizontal; never more than 100 km) is refused, and a benchmark more than 100 km from the table&apos;s other benchmarks is reported as a warning (a wrong MGRS band or a swapped sign).

Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the computed survey points and a closure report with one row per hazard. A hazard whose table has an error is reported by hazard, point and field, and skipped; the others are computed. When no hazard can be computed the algorithm fails. Every input is read and computed before any output is written, and the input is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="76"/>
        <source>Survey table (survey points of one or more hazards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="79"/>
        <source>Tolerance: largest misclosure in metres (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="82"/>
        <source>Tolerance: smallest relative precision 1:N (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="85"/>
        <source>Longest leg accepted (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="88"/>
        <source>Distribute the misclosure (compass rule) when within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="91"/>
        <source>Grid of grid bearings (empty: the benchmark&apos;s UTM zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Closing convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Automatic: close on the start point when the table has an end point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The end point re-observes the start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The closing side was not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="100"/>
        <source>Hazard polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="102"/>
        <source>Computed survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="104"/>
        <source>Closure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="106"/>
        <source>Hazards computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="107"/>
        <source>Hazards skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="123"/>
        <source>The survey table has no column {names}: columns must carry the survey point field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="141"/>
        <source>Set a tolerance (metres or 1:N) before asking for the misclosure to be distributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="174"/>
        <source>None of the {count} hazards could be computed; first error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="186"/>
        <source>The benchmark lies {distance:,.0f} km from the other hazards&apos; benchmarks (more than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="214"/>
        <source>Hazard {hazard}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="216"/>
        <source>{computed} hazards computed, {failed} skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/record_checks.py" line="66"/>
        <source>The numbers look like latitude and longitude in the wrong order: longitude (east-west) must come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="70"/>
        <source>The numbers look like UTM metres (easting 500000-ish, northing up to 10,000,000): set the layer&apos;s CRS, e.g. EPSG:326xx (north) or EPSG:327xx (south) for UTM zone xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="75"/>
        <source>The numbers look like projected metres (UTM, a national grid or Web Mercator EPSG:3857): set the layer&apos;s CRS to the one they were measured in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="79"/>
        <source>The numbers are too large for any usual CRS: check the coordinate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="42"/>
        <source>Row {row}, field &apos;{field}&apos;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="55"/>
        <source>&apos;{value}&apos; holds characters that could not be read: the file was read in the wrong text encoding. Give its encoding (ENCODING, e.g. windows-1252) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="88"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="90"/>
        <source>&apos;{value}&apos; is not a valid {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="98"/>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="98"/>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="98"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="98"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="98"/>
        <source>datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="98"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="126"/>
        <source>Column &apos;{column}&apos; is not a field of {table}; did you mean &apos;{field}&apos;? It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="131"/>
        <source>Column &apos;{column}&apos; is not a field of {table}. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="139"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none; their column &apos;{column}&apos; looks like a misspelling of it: rename that column and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="145"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none: add it, with a value in every row, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="175"/>
        <source>a value is required: fill in this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="179"/>
        <source>&apos;{value}&apos; is not a code of the list &apos;{list}&apos; (its codes: {codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="186"/>
        <source>{value} is in the future: check the year (only planned dates may lie ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="219"/>
        <source>the value {value} is refused: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="242"/>
        <source>a {found} geometry cannot be stored in table {table}, which holds {expected} geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="255"/>
        <source>the coordinates ({x}, {y}) are not a longitude and latitude once transformed from {crs} to WGS 84 (longitude within ±180°, latitude within ±90°). {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="270"/>
        <source>&apos;{wkt}&apos; is not a readable geometry (WKT); correct it or empty the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="274"/>
        <source>the column holds a geometry but the records were read without geometries: load the file with its geometry column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="283"/>
        <source>the records have coordinates but no coordinate reference system (CRS), so their position is unknown. Set the layer&apos;s CRS, or give the CRS of the records when the layer has none (SOURCE_CRS). {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="289"/>
        <source>the coordinates ({x}, {y}) look like longitude and latitude in degrees, but the records&apos; CRS {crs} is projected (metres): set the CRS to the one they are in, e.g. EPSG:4326 (WGS 84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="303"/>
        <source>the coordinates ({x}, {y}) cannot be transformed from {crs} to WGS 84. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="350"/>
        <source>the row has no geometry, and table {table} needs one: give it coordinates, or a layer of geometries matched by {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="357"/>
        <source>the geometry is not valid ({reason}): correct it and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="386"/>
        <source>&apos;{value}&apos; is already in table {table}: these records were probably imported before. Remove the rows already in the table from the records and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="391"/>
        <source>&apos;{value}&apos; is also in row {other}: each row needs its own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="407"/>
        <source>Nothing was imported from {source} into {table}. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="414"/>
        <source>Table {table} cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="419"/>
        <source>Nothing was written to {table}: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="446"/>
        <source>{path} cannot be read as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="64"/>
        <source>&apos;{encoding}&apos; is not a text encoding name; use e.g. UTF-8, windows-1252 or ISO-8859-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="70"/>
        <source>{path} is not {encoding} text (line {line}, byte {offset}): give the file&apos;s own encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="82"/>
        <source>{path} is not UTF-8 text (line {line}); it was read as {encoding}. If accented letters look wrong, give the file&apos;s encoding (ENCODING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="121"/>
        <source>{count} rows of {path} have coordinates QGIS could not read, and its delimited text reader left them out. Nothing was imported: correct them, or give the file path itself as the records so that the rows are named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/import_records.py" line="30"/>
        <source>Import records into mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="34"/>
        <source>Adds the rows of a table or layer (CSV, spreadsheet, IMSMA export) to one table of a mine action database. Columns are matched by field name. Every row is checked first, and if any row is wrong the error names the row (1 is the first row after the header) and the field, and nothing is written:
- required columns and values: key fields, the fields the data model requires and those land release needs (hazards: hazard_id, hazard_class, status, date_of_information; activities: activity_id, activity_type, outcome, end_date) must be columns with a value in every row, even when forms would fill in a default. A column that is not a field is reported as a warning, with the field it resembles, and not imported;
- codes against the database's lookup lists; numbers and dates; no date after tomorrow except planned dates (task start and due dates);
- the data model's rules, as the forms apply them: depths, distances and areas not negative, an end date not before its start date, a bearing within its unit's circle (360°, 400 grads, 6400 or 6000 mils) ...;
- IDs: a key (hazard_id, activity_id ...), a uuid or, for survey points, a hazard_id and point_no that is repeated or already in the table is refused. Re-importing rows is refused rather than skipped: an import run twice by mistake must not add duplicates, and a partial re-import would leave it unclear which rows were new;
- geometries: readable, of the table's type, longitude/latitude once transformed to WGS 84 (the error says what the numbers look like, e.g. UTM metres in a lon/lat layer, or degrees in a projected one). Every table except survey points needs a geometry in every row. Records without a CRS (a CSV, a shapefile without .prj) are refused unless their CRS is given;
- text encoding: a text file that is not UTF-8 is read as windows-1252 with a warning, unless its encoding is given.

Rows without a geometry can take one from a second layer (for example hazard polygons computed from survey traverses), matched by the table's ID field. Areas are computed on the ellipsoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="70"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="72"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="76"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="81"/>
        <source>Geometries for rows without one (matched by ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="84"/>
        <source>CRS of the records when the layer has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="87"/>
        <source>Text encoding of a CSV file (empty: UTF-8, or windows-1252 with a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="91"/>
        <source>Rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="110"/>
        <source>The records have their own CRS, {crs}; the CRS given for records without one was not used. Change the layer&apos;s CRS if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="118"/>
        <source>The layer of geometries {layer} has no CRS, so its positions are unknown: set its CRS and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="130"/>
        <source>{count} rows imported into {table}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="213"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="218"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="66"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="241"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="251"/>
        <source>A {what} has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="96"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="300"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="309"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release_plan.py" line="219"/>
        <source>Confirmed part of {hazard}, re-registered from the land release history on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="34"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="40"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="42"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="44"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="47"/>
        <source>The activity ends in the future (a mistyped year?); it was not applied. Correct its end date and compute again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="50"/>
        <source>The hazard&apos;s date of information is in the future (a mistyped year?); activities that ended before it do not change the hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="46"/>
        <source>feature {fid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="54"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="145"/>
        <source>{feature}: field {field} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="102"/>
        <source>{feature}: the hazard has no geometry, so its land is unknown (only a closed hazard may have none). Give it its polygon (draw it, import it or compute it from its survey table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="266"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="307"/>
        <source>Table {table} cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="52"/>
        <source>The database does not support transactions; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="57"/>
        <source>Cannot start a transaction: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="63"/>
        <source>Cannot commit the changes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandReleaseDock</name>
    <message>
        <location filename="../ui/land_release_dock.py" line="167"/>
        <source>Land release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="92"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="94"/>
        <source>From map selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="103"/>
        <source>Activities, by end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="109"/>
        <source>Register an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="111"/>
        <source>Draw on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="113"/>
        <source>Left click adds a corner, right click finishes, Esc abandons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="116"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="121"/>
        <source>Use selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="124"/>
        <source>or from layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="419"/>
        <source>No area yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="128"/>
        <source>Activity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="131"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="133"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="137"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="139"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="141"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="143"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="145"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="209"/>
        <source>Select a hazard on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="220"/>
        <source>Open a mine action database to see its hazards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="229"/>
        <source>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="235"/>
        <source>{entry} (not applied yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="243"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="244"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="245"/>
        <source>Reduced (technical asset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="246"/>
        <source>Reduced (no technical asset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="247"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="248"/>
        <source>Remaining SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="249"/>
        <source>Remaining CHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="313"/>
        <source>Select one polygon in the chosen layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="323"/>
        <source>Area drawn: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="369"/>
        <source>Remaining after this activity: &lt;b&gt;{after}&lt;/b&gt; (now {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="372"/>
        <source>Released: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="374"/>
        <source>Confirmed (becomes CHA): {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="409"/>
        <source>Register activity {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="416"/>
        <source>Activity {activity} registered; save the layer edits to store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../store/migrate.py" line="148"/>
        <source>{count} re-registered confirmed parts were linked to their hazard (parent_hazard_id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="27"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="28"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="29"/>
        <source>Land release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="30"/>
        <source>Cartography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="94"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="90"/>
        <source>Mine Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>Create mine action database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="94"/>
        <source>Open mine action database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="139"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="176"/>
        <source>Mine Action Mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="154"/>
        <source>Open mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="154"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="173"/>
        <source>Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MineActionOptionsFactory</name>
    <message>
        <location filename="../ui/options_page.py" line="237"/>
        <source>Mine Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MineActionOptionsPage</name>
    <message>
        <location filename="../ui/options_page.py" line="182"/>
        <source>Your defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="184"/>
        <source>Used for databases that have no value of their own, and for work outside a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="196"/>
        <source>This database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="200"/>
        <source>Ticked values are stored in the database and travel with it; they win over your defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="224"/>
        <source>Mine Action settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../processing/provider.py" line="17"/>
        <source>Mine Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Mine Action Mapper: humanitarian mine action tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/open_database.py" line="16"/>
        <source>Open mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="20"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="25"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Layer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="32"/>
        <source>Schema version {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../processing/outputs.py" line="84"/>
        <source>The output &apos;{output}&apos; ({path}) is a mine action database: writing it would destroy the database. Choose another file for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="90"/>
        <source>The output &apos;{output}&apos; ({path}) is the file the input &apos;{input}&apos; reads: writing it would destroy that data. Choose another file for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="119"/>
        <source>The output &apos;{output}&apos; ({path}) cannot be written: {error}. Choose another file or folder for the output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../layouts/layout_overview.py" line="84"/>
        <source>All hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="95"/>
        <source>Released (cancelled, reduced, cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="120"/>
        <source>The database has no hazard or activity with a geometry to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="143"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="147"/>
        <source>NATIONAL MINE ACTION OVERVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="148"/>
        <source>Hazardous areas by class and land release activities by outcome, as recorded on {date}. Scale 1:{scale}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="152"/>
        <source>Hazardous areas by class and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="154"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="154"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="154"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="158"/>
        <source>Land release activities by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="160"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="160"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="160"/>
        <source>Land, counted once (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="164"/>
        <source>Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and minutes of latitude and longitude. Areas are ground areas on the WGS 84 ellipsoid. Source: {database}. Issued by {authority} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="164"/>
        <source>the national mine action authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="172"/>
        <source>Planning overview only: not for navigation or for entering any area. Hazard boundaries are approximate and unrecorded contamination may exist anywhere. Hazardous areas are what remains; land released is counted once, by the method that released it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="218"/>
        <source>The overview could not be written ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../styles/project.py" line="16"/>
        <source>Mine action: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="24"/>
        <source>Smallest relative precision 1:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="25"/>
        <source>Largest misclosure (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="26"/>
        <source>Longest traverse leg accepted (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="27"/>
        <source>Smallest piece released (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="28"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="29"/>
        <source>Task order paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="30"/>
        <source>Task order language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="58"/>
        <source>it must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="60"/>
        <source>it must be one of {papers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="63"/>
        <source>it must be a language code such as en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="92"/>
        <source>Setting &quot;{setting}&quot; ({key}): &quot;{value}&quot; is not accepted: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="102"/>
        <source>it must be a number greater than {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="102"/>
        <source>it must be a number, {minimum} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="122"/>
        <source>it must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="83"/>
        <source>{source} is not a mine action database: its settings cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="88"/>
        <source>Unknown setting {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="96"/>
        <source>The settings of {path} cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="112"/>
        <source>The settings of {path} were not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/options_page.py" line="58"/>
        <source>own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="60"/>
        <source>Keep this value in the database; unticked, the user&apos;s default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="78"/>
        <source>no 1:N limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="85"/>
        <source>no metre limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="94"/>
        <source>e.g. National Mine Action Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="97"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="97"/>
        <source>A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="102"/>
        <source>The language QGIS runs in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyRecords</name>
    <message>
        <location filename="../core/survey_records.py" line="112"/>
        <source>Hazard {hazard}, point {point}, field &apos;{field}&apos;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="122"/>
        <source>Hazard {hazard}, field &apos;{field}&apos;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="125"/>
        <source>Hazard {hazard}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="146"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="147"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="148"/>
        <source>&quot;{value}&quot; is not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="159"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>the hazard ID is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="196"/>
        <source>the point number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="200"/>
        <source>the point type is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="211"/>
        <source>the table has more than one benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="227"/>
        <source>the from-point is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="231"/>
        <source>the distance is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="236"/>
        <source>the table has no benchmark row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="245"/>
        <source>{date} differs from the table&apos;s survey date {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="250"/>
        <source>{value} differs from the table&apos;s declination {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="269"/>
        <source>Point {point}: the bearing as recorded &quot;{text}&quot; differs from the bearing {bearing}; the bearing was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="40"/>
        <source>Hazard {hazard} already exists: load it to change its survey, or choose another hazard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="45"/>
        <source>Layer {layer} cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="50"/>
        <source>Survey of hazard {hazard}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="67"/>
        <source>Hazard {hazard} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="71"/>
        <source>Survey points of hazard {hazard}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="85"/>
        <source>The survey points of hazard {hazard} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyTableFromPolygonsAlgorithm</name>
    <message>
        <location filename="../core/benchmark.py" line="56"/>
        <source>a survey table needs a single polygon; this hazard has none or several parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="41"/>
        <source>Survey table from hazard polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="45"/>
        <source>Writes the bearing-and-distance table a field team would walk for each hazard polygon: benchmark to start point, then round the perimeter back to the start point (the end point). Each row has the magnetic bearing at the survey date (World Magnetic Model, or the declination given here), the true and grid bearings (grid: the benchmark&apos;s UTM zone), the geodesic distance, and the point in MGRS, UTM and latitude/longitude.

Benchmark: the point of the benchmark layer with the same hazard ID. The start point is then the polygon corner nearest to it. A hazard without a benchmark gets one placed the chosen distance outside its first corner, on the line from the polygon&apos;s centre through that corner.

Survey date: the date field when it has a value, otherwise the fixed date. The output uses the survey point field names, so it can be fed back into &quot;Hazard polygons from survey table&quot;. Multi-part polygons and polygons with holes are skipped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="64"/>
        <source>Hazard polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="67"/>
        <source>Hazard ID field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="70"/>
        <source>Benchmarks (points with the hazard ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="73"/>
        <source>Hazard ID field of the benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="76"/>
        <source>Distance of a placed benchmark from the first corner (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="79"/>
        <source>Survey date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="81"/>
        <source>Survey date (when the field is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="84"/>
        <source>Declination to use instead of the model (°, east +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="88"/>
        <source>Unit of the bearing column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="92"/>
        <source>Survey table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="101"/>
        <source>The hazard polygons have no field {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../styles/symbology.py" line="42"/>
        <source>Hazardous areas (1:50,000 and larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="43"/>
        <source>Class (fill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="44"/>
        <source>Status (outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="45"/>
        <source>Hazard markers (smaller than 1:50,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="46"/>
        <source>Other class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="47"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="48"/>
        <source>Survey points (1:25,000 and larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="98"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="143"/>
        <source>The map style {path} is missing from the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskOrder</name>
    <message>
        <location filename="../layouts/task_order.py" line="102"/>
        <source>Task {task} is not in the tasks table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="130"/>
        <source>Task {task} has no area: draw the task polygon first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="134"/>
        <source>Task {task}: hazard &apos;{hazard}&apos; in field hazard_id is not in the hazards table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="153"/>
        <source>Turning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="156"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="178"/>
        <source>BM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="240"/>
        <source>{value}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>Magnetic bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>Grid bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>MGRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>UTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="244"/>
        <source>Latitude / longitude (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="269"/>
        <source>east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="269"/>
        <source>west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="280"/>
        <source>Magnetic declination: {angle}° {side} ({mils} mils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="283"/>
        <source>Grid convergence: {angle}° {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="285"/>
        <source>Grid–magnetic angle: {angle}° {side} ({mils} mils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Magnetic bearing = grid bearing − {angle}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Magnetic bearing = grid bearing + {angle}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="290"/>
        <source>At the benchmark on {date} ({model}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="290"/>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="293"/>
        <source>GN grid north (map up), TN true north, MN magnetic north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="296"/>
        <source>Diagram not to scale: angles drawn ×{factor}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="374"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="419"/>
        <source>FIELD TASK ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="423"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="424"/>
        <source>Scale 1:{scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid labels give the MGRS digits in 100 km square {squares}: kilometres, then metres in small figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="438"/>
        <source>GN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="438"/>
        <source>TN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="438"/>
        <source>MN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="444"/>
        <source>North and declination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="456"/>
        <source>Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees from the point before; distances horizontal, in metres. Issued by {authority} on {date}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="464"/>
        <source>SAFETY: this map supports the task briefing and does not replace the marking on the ground, the site survey or the national mine action standards. Boundaries and positions are approximate; contamination may lie outside them. Enter only cleared or marked safe lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="477"/>
        <source>Turning points of the task area: bearing and distance from the point before, starting at the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="480"/>
        <source>Turning points of the task area: bearing and distance from the point before (no surveyed benchmark: starts at the control point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="484"/>
        <source>Turning points of the task area: bearing and distance from the point before (no benchmark recorded: starts at point 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="508"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="72"/>
        <source>Unknown paper size &apos;{paper}&apos; (expected one of {papers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="110"/>
        <source>Task {task}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="231"/>
        <source>The task order could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="138"/>
        <source>Point {point}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="156"/>
        <source>the leg is {length:,.1f} m long (horizontal), more than the longest leg accepted ({limit:,.0f} m): check the distance, or raise the programme&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="161"/>
        <source>the leg is {length:,.1f} m long (horizontal): a traverse is computed round its benchmark, for legs up to {limit:,.0f} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="171"/>
        <source>point number {number} is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="174"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="181"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="185"/>
        <source>distance &quot;{value}&quot; must be a number of metres, more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="189"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="195"/>
        <source>the perimeter must begin with a start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="199"/>
        <source>a perimeter has only one start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="202"/>
        <source>the end point must be the last perimeter point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="205"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="238"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="241"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="261"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="292"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="298"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="303"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="330"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="374"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="460"/>
        <source>a survey table needs a single polygon without holes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../ui/traverse_dock.py" line="204"/>
        <source>Survey traverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="226"/>
        <source>e.g. HA-0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="227"/>
        <source>Hazard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="230"/>
        <source>lat, lon  ·  UTM  ·  MGRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="231"/>
        <source>Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="235"/>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="236"/>
        <source>Click the benchmark on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="240"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="252"/>
        <source>Manual declination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="260"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="262"/>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="264"/>
        <source>Survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="275"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="275"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="275"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="275"/>
        <source>Bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="275"/>
        <source>Distance m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="275"/>
        <source>Slope °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="278"/>
        <source>Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a spreadsheet. Type: s start, t turning, i intermediate, e end (the start point observed again), r reference, v evidence, u usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="284"/>
        <source>Add leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="285"/>
        <source>Remove legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="286"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="293"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="297"/>
        <source>no 1:N limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="302"/>
        <source>no metre limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="303"/>
        <source>Adjust (compass rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="305"/>
        <source>Distribute the misclosure over the legs when it is within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="313"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="320"/>
        <source>Misclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="320"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="320"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="336"/>
        <source>Load hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="337"/>
        <source>Load the survey points of the hazard ID above from the project&apos;s mine action database, to correct and save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="340"/>
        <source>Save as SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="341"/>
        <source>Save as CHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="454"/>
        <source>(new hazard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="467"/>
        <source>Enter the benchmark, then the legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="493"/>
        <source>Model declination: enter the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="498"/>
        <source>No World Magnetic Model covers this date: enter the declination by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="501"/>
        <source>Model declination: {value}° E ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="502"/>
        <source>Model declination: {value}° W ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="517"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="518"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="519"/>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="522"/>
        <source>PASS, adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="538"/>
        <source>Open a mine action database in the project first (its hazards and survey_points layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="550"/>
        <source>Enter a hazard ID before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="564"/>
        <source>Hazard {hazard} written to the edit buffer: review its form, then save the layer edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="574"/>
        <source>Enter the ID of the hazard to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="581"/>
        <source>Hazard {hazard} has no survey points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/update_database.py" line="30"/>
        <source>Update mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="35"/>
        <source>Applies the land release activities of a mine action database to its hazardous areas: each hazard&apos;s geometry becomes its remaining land, with its area, status and date of information, and every change is added to the release history.

When part of a suspected area (SHA) has been confirmed, the SHA record keeps the suspected part and the confirmed part is re-registered as a confirmed area (CHA) whose ID is the SHA&apos;s ID followed by -CHA.

Only activities without release history rows are applied, so running the update again changes nothing. All changes are written in one transaction: if anything fails, the database is left exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="51"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="54"/>
        <source>Smallest piece released (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="58"/>
        <source>Hazards updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="59"/>
        <source>Hazards added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="60"/>
        <source>Release history rows added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="77"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="79"/>
        <source>{code} (hazard {hazard}, activity {activity}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="86"/>
        <source>Nothing to update: every activity is already in the release history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="91"/>
        <source>{updated} hazards updated, {added} added, {rows} history rows written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/upgrade_database.py" line="22"/>
        <source>Upgrade mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="25"/>
        <source>Brings a mine action database made by an earlier version of the plugin up to the current data model, in place. Every record is kept. All changes are made in one transaction: if anything fails, or the process is stopped, the database is left exactly as it was. The stored forms and styles are then refreshed.

From 0.1.0: re-registered confirmed parts of a suspected area (&lt;id&gt;-CHA records) get an explicit link to their hazard, parent_hazard_id, instead of being recognised by their ID.

A database that is already current is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="37"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="40"/>
        <source>Schema version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="41"/>
        <source>Schema version after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="52"/>
        <source>The stored forms and styles were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="54"/>
        <source>The database is already at schema version {version}; its records were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="58"/>
        <source>Upgraded from schema version {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Hazard class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Suspected Hazardous Area (SHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Confirmed Hazardous Area (CHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Hazard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Land release activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Non-technical survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Technical survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Land release outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cancelled (non-technical survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced with technical asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced without technical asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Confirmed (SHA part becomes CHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-personnel mines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-vehicle mines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Cluster munitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Improvised explosive devices (IED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Mixed contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: visual observation of explosive ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: accident at a known location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: reliable records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: hazard marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: detonations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: old survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: former front line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: accident at an unknown location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: unreliable records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: productive land not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: verbal report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Survey point type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Reference point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Turning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Intermediate point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>End point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Evidence point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Usage point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Explosive ordnance category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-personnel mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-vehicle mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Submunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Projectile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Mortar bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Grenade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Rocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Aircraft bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Improvised explosive device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Small arms ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Other unexploded ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Site point type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Helicopter landing site (HLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Medical facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Paramedic post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Control point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Demolition site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Bearing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Grads (400 per circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>NATO mils (6400 per circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Warsaw Pact mils (6000 per circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>North reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Magnetic north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>True north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>Grid north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Position fixed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>GPS / GNSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Bearing and distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Read from a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Digitised on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Task status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Task priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Route type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Access route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Casualty evacuation route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Safe lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
