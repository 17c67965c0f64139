<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Bearings</name>
    <message>
        <location filename="../core/bearings.py" line="29"/>
        <source>Point {point}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="36"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="48"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="50"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="52"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="66"/>
        <source>the bearing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="91"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="79"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="82"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="88"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="93"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="102"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="105"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="57"/>
        <source>Point {point}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="64"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="67"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="111"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="146"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="149"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="157"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="174"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="206"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="209"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="212"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="250"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="242"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="254"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="277"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="282"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="303"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="336"/>
        <source>the position is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="344"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="19"/>
        <source>Create mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="22"/>
        <source>Database</source>
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
        <location filename="../processing/create_database.py" line="42"/>
        <source>Overwrite an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="44"/>
        <source>Open the database in the current project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="53"/>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="64"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="69"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="69"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="69"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="78"/>
        <source>Must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Hazardous areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Hazard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Main evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Date of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Reporting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Nearest locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Blocked land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>Clearance depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Original area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="83"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Point number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Point type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>From point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Bearing as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Bearing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>North reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Declination applied (°, east +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Slope angle (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Coordinates as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Position fixed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="126"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>Land release activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Activity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="278"/>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>Technical asset used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>The end date cannot be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="172"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Explosive ordnance finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Find ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>EO category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Model / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Find date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="205"/>
        <source>Explosive ordnance found, by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>The due date cannot be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Version must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="231"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="262"/>
        <source>Site points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="262"/>
        <source>Site type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="278"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="262"/>
        <source>Radio call sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="262"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="278"/>
        <source>Access routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="278"/>
        <source>Route type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="278"/>
        <source>Access and casualty evacuation routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Class before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Class after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="291"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Lookup lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Behaves as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="322"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Schema information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="338"/>
        <source>Schema version and creation details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="35"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="53"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="71"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="93"/>
        <source>Creating table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="118"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="144"/>
        <source>Mine Action Mapper default style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="148"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../store/database.py" line="161"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="58"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="86"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="91"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="97"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="208"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="212"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="219"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="230"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="243"/>
        <source>A {what} has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="247"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="281"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="290"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="27"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="29"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="35"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="39"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="77"/>
        <source>Mine Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Create mine action database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="80"/>
        <source>Open mine action database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="135"/>
        <source>Mine Action Mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>Open mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
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
        <location filename="../processing/open_database.py" line="19"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="22"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Mine action database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="29"/>
        <source>Layer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="34"/>
        <source>Schema version {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../store/project.py" line="13"/>
        <source>Mine action: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="130"/>
        <source>Point {point}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="139"/>
        <source>point number {number} is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="142"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="145"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="149"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="153"/>
        <source>distance &quot;{value}&quot; must be a number of metres, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="157"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="162"/>
        <source>the perimeter must begin with a start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="166"/>
        <source>a perimeter has only one start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="169"/>
        <source>the end point must be the last perimeter point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="172"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="202"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="205"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="225"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="258"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="264"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="269"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="294"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="338"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="389"/>
        <source>a survey table needs a single polygon without holes</source>
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
