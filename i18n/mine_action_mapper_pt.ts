<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ApplyStylesAlgorithm</name>
    <message>
        <location filename="../processing/apply_styles.py" line="27"/>
        <source>Apply mine action styles</source>
        <translation>Aplicar estilos de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="32"/>
        <source>Gives each layer the mine action map style of the table it matches: hazards, land release activities, survey points, EO finds, site points, access routes or tasks. A layer matches by its table or layer name, or else by its fields (for example hazard_id, hazard_class and status on a polygon layer), so layers exported from IMSMA with the same field names are styled as well. Only the style changes: the data and the attribute forms are left as they are. The log lists the style each layer received and the layers that matched no table.</source>
        <translation>Dá a cada camada o estilo de mapa de ação contra minas da tabela a que corresponde: áreas perigosas, atividades de libertação de terras, pontos de levantamento, achados de EE, pontos do local, vias de acesso ou tarefas. Uma camada corresponde a uma tabela pelo nome da tabela ou da camada, ou então pelos seus campos (por exemplo hazard_id, hazard_class e status numa camada de polígonos), pelo que as camadas exportadas do IMSMA com os mesmos nomes de campo também recebem estilo. Só o estilo muda: os dados e os formulários de atributos ficam como estão. O registo indica o estilo que cada camada recebeu e as camadas que não corresponderam a nenhuma tabela.</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="43"/>
        <source>Layers to style</source>
        <translation>Camadas a estilizar</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="46"/>
        <source>Styled layers</source>
        <translation>Camadas estilizadas</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="48"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../processing/apply_styles.py" line="58"/>
        <source>{layer}: matches no mine action table, left unchanged</source>
        <translation>{layer}: não corresponde a nenhuma tabela de ação contra minas; fica sem alterações</translation>
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
        <translation>Ponto {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="47"/>
        <source>unknown bearing unit &quot;{unit}&quot; (expected one of {units})</source>
        <translation>unidade de azimute desconhecida «{unit}» (esperada uma de {units})</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="59"/>
        <source>bearing &quot;{value}&quot;: minutes must be less than 60</source>
        <translation>azimute «{value}»: os minutos devem ser menos de 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="61"/>
        <source>bearing &quot;{value}&quot;: seconds must be less than 60</source>
        <translation>azimute «{value}»: os segundos devem ser menos de 60</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="63"/>
        <source>bearing &quot;{value}&quot;: only the last part of a degrees-minutes-seconds value may have decimals</source>
        <translation>azimute «{value}»: só a última parte de um valor em graus, minutos e segundos pode ter decimais</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="98"/>
        <source>the bearing is missing</source>
        <translation>falta o azimute</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="131"/>
        <source>bearing &quot;{value}&quot; is not a number</source>
        <translation>o azimute «{value}» não é um número</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="108"/>
        <source>bearing &quot;{value}&quot; is marked {marked}, but the north reference is {reference}</source>
        <translation>o azimute «{value}» está marcado como {marked}, mas a referência de norte é {reference}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="118"/>
        <source>bearing &quot;{value}&quot;: quadrant bearings must be written in degrees, not {unit}</source>
        <translation>azimute «{value}»: os azimutes por quadrante devem ser escritos em graus, não em {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="122"/>
        <source>bearing &quot;{value}&quot; is negative</source>
        <translation>o azimute «{value}» é negativo</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="128"/>
        <source>cannot read bearing &quot;{value}&quot; as {unit}</source>
        <translation>não é possível ler o azimute «{value}» em {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="133"/>
        <source>bearing &quot;{value}&quot; is out of range: it must be at least 0 and less than {circle:g} {unit}</source>
        <translation>o azimute «{value}» está fora do intervalo: deve ser pelo menos 0 e menor que {circle:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="142"/>
        <source>cannot read the angle of quadrant bearing &quot;{value}&quot;</source>
        <translation>não é possível ler o ângulo do azimute por quadrante «{value}»</translation>
    </message>
    <message>
        <location filename="../core/bearings.py" line="145"/>
        <source>quadrant bearing &quot;{value}&quot;: the angle must not exceed 90°</source>
        <translation>azimute por quadrante «{value}»: o ângulo não pode exceder 90°</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/check_database.py" line="22"/>
        <source>Check mine action database</source>
        <translation>Verificar a base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="25"/>
        <source>Finds the data problems to fix before reporting: GICHD geocheck&apos;s rules (invalid polygons with GEOS&apos;s reason, too few or repeated vertices, repeated parts, duplicate points and record IDs, long segments, overlapping parts) and the plugin&apos;s own (stated against computed areas, activities and finds outside the hazards, dates, broken hazard links, overlapping hazards, missing hazard fields, survey closures, codes not in the lookup lists).

Outputs: one point per problem with its rule, severity, table, feature, field, message and a fix hint; the areas of overlaps and of activities outside the hazards; a summary per rule. The database is only read. The rules: docs/quality.md.</source>
        <translation>Encontra os problemas de dados a corrigir antes de relatar: as regras do geocheck do GICHD (polígonos inválidos com o motivo dado pelo GEOS, vértices a menos ou repetidos, partes repetidas, pontos e identificadores de registo duplicados, segmentos longos, partes que se sobrepõem) e as do complemento (área declarada contra área calculada, atividades e achados fora das áreas perigosas, datas, ligações a áreas perigosas inexistentes, áreas perigosas que se sobrepõem, campos em falta nas áreas perigosas, fecho dos levantamentos, códigos que não estão nas listas de valores).

Resultados: um ponto por problema com a sua regra, gravidade, tabela, elemento, campo, uma mensagem e uma sugestão de correção; as áreas das sobreposições e das atividades fora das áreas perigosas; um resumo por regra. A base de dados é apenas lida. As regras: docs/quality.md.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Longest segment between vertices (m)</source>
        <translation>Segmento mais longo entre vértices (m)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest overlap of parts (% of the smaller)</source>
        <translation>Maior sobreposição entre partes (% da menor)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="40"/>
        <source>Largest stated area difference (%)</source>
        <translation>Maior diferença da área declarada (%)</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="49"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="51"/>
        <source>Problem areas</source>
        <translation>Áreas dos problemas</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="53"/>
        <source>Problems per rule</source>
        <translation>Problemas por regra</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="62"/>
        <source>Reading the database</source>
        <translation>A ler a base de dados</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="78"/>
        <source>Cannot write the output {output}.</source>
        <translation>Não é possível escrever o resultado {output}.</translation>
    </message>
    <message>
        <location filename="../processing/check_database.py" line="82"/>
        <source>{count} problems, {must_fix} to fix</source>
        <translation>{count} problemas, {must_fix} a corrigir</translation>
    </message>
</context>
<context>
    <name>ComputeLandReleaseAlgorithm</name>
    <message>
        <location filename="../processing/compute_land_release.py" line="21"/>
        <source>Compute land release</source>
        <translation>Calcular a libertação de terras</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="25"/>
        <source>Replays the land release activities (non-technical survey, technical survey, clearance) over the hazardous areas in date order, as IMAS 07.11 counts them: every square metre released is counted once, by the method that released it first.

Outputs: the remaining hazardous land per hazard and class (SHA, CHA); the released land per hazard and activity, tagged with its outcome, date and area; the ledger of each hazard in m² (original, cancelled, reduced with and without technical asset, cleared, remaining); the history of changes; and the quality flags (overlaps, activities outside hazards or older than the hazard record, slivers, repaired geometries).

Codes are read through the lookup lists of the database the hazards come from (or the lookups table given), so a programme's own classes and outcomes count as the built-in code they behave as. Areas are ground areas on the WGS 84 ellipsoid. The inputs are not modified.</source>
        <translation>Reproduz as atividades de libertação de terras (pesquisa não técnica, pesquisa técnica, desminagem) sobre as áreas perigosas por ordem de data, tal como a IMAS 07.11 as conta: cada metro quadrado libertado é contado uma só vez, pelo método que o libertou primeiro.

Resultados: a terra perigosa remanescente por área perigosa e classe (ASP, APC); a terra libertada por área perigosa e atividade, com o seu resultado, data e superfície; o balanço de cada área perigosa em m² (original, cancelada, reduzida com e sem meio técnico, desminada, remanescente); o histórico de alterações; e os alertas de qualidade (sobreposições, atividades fora das áreas perigosas ou anteriores ao registo da área perigosa, fragmentos residuais, geometrias reparadas).

Os códigos são lidos através das listas de valores da base de dados de onde vêm as áreas perigosas (ou da tabela de listas indicada), pelo que as classes e os resultados próprios de um programa contam como o código integrado a que equivalem. As superfícies são superfícies no terreno sobre o elipsoide WGS 84. Os dados de entrada não são alterados.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="44"/>
        <source>Hazardous areas</source>
        <translation>Áreas perigosas</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="47"/>
        <source>Land release activities</source>
        <translation>Atividades de libertação de terras</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="51"/>
        <source>Lookup lists (default: the hazards&apos; database)</source>
        <translation>Listas de valores (por omissão: a base de dados das áreas perigosas)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="54"/>
        <source>Smallest piece released (m²)</source>
        <translation>Menor fragmento libertado (m²)</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="59"/>
        <source>Remaining hazardous land</source>
        <translation>Terra perigosa remanescente</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="62"/>
        <source>Released land</source>
        <translation>Terra libertada</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="64"/>
        <source>Land release ledger</source>
        <translation>Balanço da libertação de terras</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="66"/>
        <source>Release history</source>
        <translation>Histórico de libertação</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="68"/>
        <source>Quality flags</source>
        <translation>Alertas de qualidade</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="77"/>
        <source>The input layers cannot be read.</source>
        <translation>Não é possível ler as camadas de entrada.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="88"/>
        <source>Reading hazards and activities</source>
        <translation>A ler áreas perigosas e atividades</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="99"/>
        <source>{hazards} hazards, {activities} activities</source>
        <translation>{hazards} áreas perigosas, {activities} atividades</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="106"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="123"/>
        <source>Cannot write the output {output}.</source>
        <translation>Não é possível escrever o resultado {output}.</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="128"/>
        <source>Released {released:.1f} m², remaining {remaining:.1f} m², {flags} quality flags</source>
        <translation>Libertados {released:.1f} m², remanescentes {remaining:.1f} m², {flags} alertas de qualidade</translation>
    </message>
    <message>
        <location filename="../processing/compute_land_release.py" line="95"/>
        <source>{count} activities await the national centre&apos;s review and release no land until approved: {ids}</source>
        <translation>{count} atividades aguardam a revisão do centro nacional e não libertam terras até serem aprovadas: {ids}</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../core/coordinates.py" line="62"/>
        <source>Point {point}: {problem}</source>
        <translation>Ponto {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="69"/>
        <source>position &quot;{value}&quot;: latitude {lat} is outside -90..90</source>
        <translation>posição «{value}»: a latitude {lat} está fora de -90..90</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="72"/>
        <source>position &quot;{value}&quot;: longitude {lon} is outside -180..180</source>
        <translation>posição «{value}»: a longitude {lon} está fora de -180..180</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="116"/>
        <source>latitude {lat} is outside the UTM area (80°S to 84°N)</source>
        <translation>a latitude {lat} está fora da área UTM (80°S a 84°N)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="151"/>
        <source>UTM &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>UTM «{value}»: a zona {zone} não existe (1 a 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="154"/>
        <source>UTM &quot;{value}&quot;: easting must be 100000 to 900000 m and northing 0 to 10000000 m</source>
        <translation>UTM «{value}»: a coordenada este deve estar entre 100000 e 900000 m e a norte entre 0 e 10000000 m</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="162"/>
        <source>UTM &quot;{value}&quot;: band {band} covers latitudes {south:g}° to {north:g}° but this northing lies at {lat:.3f}°. Check the northing, or write the hemisphere as &quot;{zone} north&quot; or &quot;{zone} south&quot;</source>
        <translation>UTM «{value}»: a banda {band} abrange as latitudes de {south:g}° a {north:g}°, mas esta coordenada norte situa-se a {lat:.3f}°. Verifique a coordenada norte, ou escreva o hemisfério como «{zone} north» ou «{zone} south»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="179"/>
        <source>MGRS precision must be 0 to 8 digits, not {precision}</source>
        <translation>a precisão MGRS deve ser de 0 a 8 algarismos, não {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="222"/>
        <source>MGRS &quot;{value}&quot;: the easting and northing must have the same number of digits (at most 8 each)</source>
        <translation>MGRS «{value}»: as coordenadas este e norte devem ter o mesmo número de algarismos (no máximo 8 cada)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="225"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} does not exist (1 to 60)</source>
        <translation>MGRS «{value}»: a zona {zone} não existe (1 a 60)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="228"/>
        <source>MGRS &quot;{value}&quot;: square column letter {letter} is not used in zone {zone}</source>
        <translation>MGRS «{value}»: a letra de coluna do quadrado {letter} não é usada na zona {zone}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="305"/>
        <source>cannot read MGRS reference &quot;{value}&quot;</source>
        <translation>não é possível ler a referência MGRS «{value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="264"/>
        <source>MGRS &quot;{value}&quot;: zone {zone} is not used in latitude band {band} (Svalbard uses zones 31, 33, 35 and 37); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: a zona {zone} não é usada na banda de latitude {band} (Svalbard usa as zonas 31, 33, 35 e 37); verifique o número da zona e a letra da banda</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="286"/>
        <source>MGRS &quot;{value}&quot;: square {square} does not lie in latitude band {band}; check the band letter</source>
        <translation>MGRS «{value}»: o quadrado {square} não fica na banda de latitude {band}; verifique a letra da banda</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="292"/>
        <source>MGRS &quot;{value}&quot;: in latitude band {band}, square {square} lies at longitude {lon:.2f}°, outside zone {zone} ({west:g}° to {east:g}°); check the zone number and the band letter</source>
        <translation>MGRS «{value}»: na banda de latitude {band}, o quadrado {square} fica na longitude {lon:.2f}°, fora da zona {zone} ({west:g}° a {east:g}°); verifique o número da zona e a letra da banda</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="309"/>
        <source>MGRS &quot;{value}&quot; has only {digits} digits per axis; it cannot be lengthened to {precision}</source>
        <translation>MGRS «{value}» só tem {digits} algarismos por eixo; não pode ser alongada para {precision}</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="332"/>
        <source>position &quot;{value}&quot;: use either a minus sign or a hemisphere letter, not both</source>
        <translation>posição «{value}»: use um sinal menos ou uma letra de hemisfério, não ambos</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="337"/>
        <source>position &quot;{value}&quot;: cannot read &quot;{part}&quot; as degrees, minutes and seconds</source>
        <translation>posição «{value}»: não é possível ler «{part}» como graus, minutos e segundos</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="353"/>
        <source>position &quot;{value}&quot; looks like a UTM easting and northing without their zone: write the UTM zone and band first, e.g. &quot;12U {value}&quot;</source>
        <translation>a posição «{value}» parece uma coordenada este e norte UTM sem a sua zona: escreva primeiro a zona e a banda UTM, p. ex. «12U {value}»</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="362"/>
        <source>position &quot;{value}&quot;: give one latitude (N/S) and one longitude (E/W), or no hemisphere letters at all (latitude first)</source>
        <translation>posição «{value}»: indique uma latitude (N/S) e uma longitude (E/W), ou nenhuma letra de hemisfério (latitude primeiro)</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="395"/>
        <source>the position is missing</source>
        <translation>falta a posição</translation>
    </message>
    <message>
        <location filename="../core/coordinates.py" line="403"/>
        <source>cannot read position &quot;{value}&quot;: expected latitude/longitude, UTM (zone, band, easting, northing) or MGRS</source>
        <translation>não é possível ler a posição «{value}»: esperava-se latitude/longitude, UTM (zona, banda, este, norte) ou MGRS</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/create_database.py" line="25"/>
        <source>Create mine action database</source>
        <translation>Criar base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="48"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="51"/>
        <source>Coordinate reference system</source>
        <translation>Sistema de referência de coordenadas</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="55"/>
        <source>Overwrite an existing file</source>
        <translation>Substituir um ficheiro existente</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="57"/>
        <source>Open the database in the current project</source>
        <translation>Abrir a base de dados no projeto atual</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="83"/>
        <source>Created {path}</source>
        <translation>Criado {path}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>Language of the database</source>
        <translation>Idioma da base de dados</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="59"/>
        <source>The language QGIS runs in</source>
        <translation>O idioma em que o QGIS funciona</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="29"/>
        <source>Creates a GeoPackage holding the mine action data model: hazardous areas, survey points, land release activities, explosive ordnance finds, tasks, site points, access routes, the release history and the programme's lookup lists. Each layer carries its attribute form and map style as its default style, so the file opens ready to edit in QGIS and QField, with or without this plugin.

GICHD recommends storing WGS 84 (EPSG:4326); areas are always computed on the ellipsoid whatever the CRS.

The lookup lists, forms and legends are written in the language chosen (by default the one QGIS runs in), which also becomes the language its task orders and overview are printed in (Settings › Options › Mine Action). A language with English prints both.

For a national database shared by several editors, choose a PostgreSQL connection and a new (or empty) schema instead of a file: the same tables are created there in one transaction, with the styles in public.layer_styles and a row version that refuses conflicting saves.</source>
        <translation>Cria um GeoPackage com o modelo de dados de ação contra minas: áreas perigosas, pontos de levantamento, atividades de libertação de terras, achados de engenhos explosivos, tarefas, pontos do local, vias de acesso, o histórico de libertação e as listas de valores do programa. Cada camada leva o seu formulário de atributos e o seu estilo de mapa como estilo predefinido, pelo que o ficheiro abre pronto a editar no QGIS e no QField, com ou sem este complemento.

O GICHD recomenda guardar em WGS 84 (EPSG:4326); as superfícies são sempre calculadas sobre o elipsoide, seja qual for o SRC.

As listas de valores, os formulários e as legendas são escritos no idioma escolhido (por omissão, o do QGIS), que passa também a ser o idioma em que são impressas as suas ordens de tarefa e a sua visão geral (Configurações › Opções › Ação contra minas). Um idioma acompanhado do inglês imprime os dois.

Para uma base de dados nacional editada por vários utilizadores, escolha uma ligação PostgreSQL e um esquema novo (ou vazio) em vez de um ficheiro: as mesmas tabelas são aí criadas numa única transação, com os estilos em public.layer_styles e uma versão de linha que recusa gravações em conflito.</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="62"/>
        <source>Schema (new or empty)</source>
        <translation>Esquema (novo ou vazio)</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="72"/>
        <source>Created {database}</source>
        <translation>Base de dados criada: {database}</translation>
    </message>
    <message>
        <location filename="../processing/create_database.py" line="77"/>
        <source>Give the GeoPackage file to create, or a PostgreSQL connection and a schema.</source>
        <translation>Indique o ficheiro GeoPackage a criar, ou uma ligação PostgreSQL e um esquema.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../core/schema.py" line="103"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="105"/>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="115"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created at</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Created by</source>
        <translation>Criado por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="152"/>
        <source>Remarks</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="161"/>
        <source>Must be zero or more</source>
        <translation>Deve ser zero ou mais</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Area (m²)</source>
        <translation>Superfície (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazardous areas</source>
        <translation>Áreas perigosas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Hazard ID</source>
        <translation>ID da área perigosa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Confirmed part of hazard</source>
        <translation>Parte confirmada da área perigosa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Local name</source>
        <translation>Nome local</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Contamination</source>
        <translation>Contaminação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Main evidence</source>
        <translation>Indício principal</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Date of information</source>
        <translation>Data da informação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey date</source>
        <translation>Data do levantamento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Reporting organisation</source>
        <translation>Organização informante</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Nearest locality</source>
        <translation>Localidade mais próxima</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Blocked land use</source>
        <translation>Uso da terra bloqueado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Clearance depth (cm)</source>
        <translation>Profundidade de desminagem (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Original area (m²)</source>
        <translation>Superfície original (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Suspected and confirmed hazardous areas.</source>
        <translation>Áreas suspeitas perigosas e áreas perigosas confirmadas.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Hazard</source>
        <translation>Área perigosa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Location and land</source>
        <translation>Localização e terreno</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Areas and remarks</source>
        <translation>Superfícies e observações</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Survey points</source>
        <translation>Pontos de levantamento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point number</source>
        <translation>Número do ponto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point type</source>
        <translation>Tipo de ponto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>From point</source>
        <translation>A partir do ponto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing</source>
        <translation>Azimute</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing must be at least 0 and less than a full circle</source>
        <translation>O azimute deve ser pelo menos 0 e menor que uma volta completa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing as recorded</source>
        <translation>Azimute tal como registado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing unit</source>
        <translation>Unidade do azimute</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>North reference</source>
        <translation>Referência de norte</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination applied (°, east +)</source>
        <translation>Declinação aplicada (°, este +)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Declination must be between -180 and 180 degrees</source>
        <translation>A declinação deve estar entre -180 e 180 graus</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope angle (°)</source>
        <translation>Ângulo de inclinação (°)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Slope must be between -90 and 90 degrees</source>
        <translation>A inclinação deve estar entre -90 e 90 graus</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Distance (m)</source>
        <translation>Distância (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Coordinates as entered</source>
        <translation>Coordenadas tal como introduzidas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position fixed by</source>
        <translation>Posição obtida por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Benchmarks, reference and turning points with their bearing and distance from an earlier point, as recorded in the field.</source>
        <translation>Marcos, pontos de referência e pontos de inflexão com o seu azimute e distância a partir de um ponto anterior, tal como registados no terreno.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Bearing and distance</source>
        <translation>Azimute e distância</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="263"/>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Land release activities</source>
        <translation>Atividades de libertação de terras</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Activity ID</source>
        <translation>ID da atividade</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Task ID</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Technical asset used</source>
        <translation>Meio técnico utilizado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The end date cannot be before the start date</source>
        <translation>A data de fim não pode ser anterior à data de início</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Areas cancelled, reduced, cleared or confirmed by an activity.</source>
        <translation>Áreas canceladas, reduzidas, desminadas ou confirmadas por uma atividade.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team and area</source>
        <translation>Equipa e superfície</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance finds</source>
        <translation>Achados de engenhos explosivos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find ID</source>
        <translation>ID do achado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>EO category</source>
        <translation>Categoria de EE</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Model / description</source>
        <translation>Modelo / descrição</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Quantity must be at least 1</source>
        <translation>A quantidade deve ser pelo menos 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Find date</source>
        <translation>Data do achado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Destroyed</source>
        <translation>Destruído</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Depth (cm)</source>
        <translation>Profundidade (cm)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="370"/>
        <source>Explosive ordnance found, by category.</source>
        <translation>Engenhos explosivos encontrados, por categoria.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Task type</source>
        <translation>Tipo de tarefa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issue date</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Planned start</source>
        <translation>Início previsto</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Due date</source>
        <translation>Data-limite</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>The due date cannot be before the start date</source>
        <translation>A data-limite não pode ser anterior à data de início</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Issuing authority</source>
        <translation>Autoridade emissora</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Version must be at least 1</source>
        <translation>A versão deve ser pelo menos 1</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="439"/>
        <source>Work orders given to survey and clearance teams.</source>
        <translation>Ordens de trabalho dadas às equipas de pesquisa e desminagem.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site points</source>
        <translation>Pontos do local</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Site type</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Radio call sign</source>
        <translation>Indicativo de rádio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="471"/>
        <source>Helicopter landing sites, medical points, control points and demolition sites for a task.</source>
        <translation>Locais de aterragem de helicóptero, postos médicos, pontos de controlo e locais de demolição de uma tarefa.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access routes</source>
        <translation>Vias de acesso</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Route type</source>
        <translation>Tipo de via</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="487"/>
        <source>Access and casualty evacuation routes.</source>
        <translation>Vias de acesso e de evacuação de feridos.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Release history</source>
        <translation>Histórico de libertação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event date</source>
        <translation>Data do evento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class before</source>
        <translation>Classe anterior</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Class after</source>
        <translation>Classe posterior</translation>
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
        <translation>Registado em</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Recorded by</source>
        <translation>Registado por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="500"/>
        <source>Every change of a hazard&apos;s area, class or status, with its cause.</source>
        <translation>Cada alteração da superfície, da classe ou do estado de uma área perigosa, com a sua causa.</translation>
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
        <translation>Ordem</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="531"/>
        <source>The programme&apos;s own names for every list; base_code ties an entry to the built-in meaning the plugin computes with.</source>
        <translation>Os nomes próprios do programa para cada lista; base_code liga uma entrada ao significado integrado com que o complemento calcula.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema information</source>
        <translation>Informação do esquema</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="547"/>
        <source>Schema version and creation details.</source>
        <translation>Versão do esquema e dados de criação.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Review status</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed by</source>
        <translation>Revisto por</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>Reviewed at</source>
        <translation>Revisto em</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="141"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: women</source>
        <translation>Beneficiários previstos: mulheres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: girls</source>
        <translation>Beneficiários previstos: meninas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: boys</source>
        <translation>Beneficiários previstos: meninos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: men</source>
        <translation>Beneficiários previstos: homens</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="187"/>
        <source>Expected beneficiaries: persons with disabilities</source>
        <translation>Beneficiários previstos: pessoas com deficiência</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: women</source>
        <translation>Beneficiários: mulheres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: girls</source>
        <translation>Beneficiários: meninas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: boys</source>
        <translation>Beneficiários: meninos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: men</source>
        <translation>Beneficiários: homens</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="194"/>
        <source>Beneficiaries: persons with disabilities</source>
        <translation>Beneficiários: pessoas com deficiência</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="206"/>
        <source>Expected beneficiaries</source>
        <translation>Beneficiários previstos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: women</source>
        <translation>Equipa: mulheres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Team: men</source>
        <translation>Equipa: homens</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover date</source>
        <translation>Data de entrega</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>The handover cannot be before the end of the activity</source>
        <translation>A entrega não pode ser anterior ao fim da atividade</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="320"/>
        <source>Handover and beneficiaries</source>
        <translation>Entrega e beneficiários</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="397"/>
        <source>Killed: women</source>
        <translation>Mortos: mulheres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="398"/>
        <source>Killed: men</source>
        <translation>Mortos: homens</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="399"/>
        <source>Killed: girls</source>
        <translation>Mortos: meninas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="400"/>
        <source>Killed: boys</source>
        <translation>Mortos: meninos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="401"/>
        <source>Killed: sex or age unknown</source>
        <translation>Mortos: sexo ou idade desconhecidos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="402"/>
        <source>Injured: women</source>
        <translation>Feridos: mulheres</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="403"/>
        <source>Injured: men</source>
        <translation>Feridos: homens</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="404"/>
        <source>Injured: girls</source>
        <translation>Feridos: meninas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="405"/>
        <source>Injured: boys</source>
        <translation>Feridos: meninos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="406"/>
        <source>Injured: sex or age unknown</source>
        <translation>Feridos: sexo ou idade desconhecidos</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents</source>
        <translation>Acidentes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident ID</source>
        <translation>ID do acidente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident date</source>
        <translation>Data do acidente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Device category</source>
        <translation>Categoria do engenho</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>What the casualties were doing</source>
        <translation>O que as vítimas estavam a fazer</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accidents with explosive ordnance: where, when, the device and the killed and injured by sex and age group. No names or personal details: a mapping tool, not a victim register.</source>
        <translation>Acidentes com engenhos explosivos (EE): onde, quando, o engenho e os mortos e feridos por sexo e faixa etária. Sem nomes nem dados pessoais: uma ferramenta de cartografia, não um registo de vítimas.</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Accident</source>
        <translation>Acidente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="409"/>
        <source>Casualties</source>
        <translation>Vítimas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../store/database.py" line="36"/>
        <source>Table &apos;{table}&apos; cannot be read from {path}.</source>
        <translation>Não é possível ler a tabela «{table}» de {path}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="83"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} já existe. Escolha outro ficheiro ou permita a substituição.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="101"/>
        <source>{path} is a folder. Give the name of the GeoPackage file to create, for example {example}.</source>
        <translation>{path} é uma pasta. Indique o nome do ficheiro GeoPackage a criar, por exemplo {example}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="110"/>
        <source>Cannot write {path}: permission denied ({error}). Choose a folder you may write to.</source>
        <translation>Não é possível escrever {path}: permissão negada ({error}). Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="115"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>Não é possível escrever {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database.py" line="135"/>
        <source>Cannot create a GeoPackage at {path}.</source>
        <translation>Não é possível criar um GeoPackage em {path}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="465"/>
        <source>Creating table {table}</source>
        <translation>A criar a tabela {table}</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="189"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>Não é possível escrever na tabela {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="401"/>
        <source>Mine Action Mapper default style</source>
        <translation>Estilo predefinido do Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="385"/>
        <source>Cannot store the style of {table}: {error}</source>
        <translation>Não é possível guardar o estilo de {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="56"/>
        <source>{path} is damaged or is not a GeoPackage ({detail}). Restore it from a backup copy.</source>
        <translation>{path} está danificado ou não é um GeoPackage ({detail}). Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="75"/>
        <source>No mine action database was given.</source>
        <translation>Não foi indicada nenhuma base de dados de ação contra minas.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="78"/>
        <source>{path} is a folder, not a mine action database (a .gpkg file).</source>
        <translation>{path} é uma pasta, não uma base de dados de ação contra minas (um ficheiro .gpkg).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="82"/>
        <source>{path} does not exist.</source>
        <translation>{path} não existe.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="88"/>
        <source>{path} cannot be read: {error}.</source>
        <translation>Não é possível ler {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="92"/>
        <source>it does not start as an SQLite file</source>
        <translation>não começa como um ficheiro SQLite</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="106"/>
        <source>{path} is a GeoPackage but not a mine action database (it has no schema_info table). Create one with &apos;Create mine action database&apos; and import these records into it.</source>
        <translation>{path} é um GeoPackage mas não uma base de dados de ação contra minas (não tem tabela schema_info). Crie uma com «Criar base de dados de ação contra minas» e importe para ela estes registos.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="119"/>
        <source>{path} is not a mine action database (no schema version).</source>
        <translation>{path} não é uma base de dados de ação contra minas (não tem versão de esquema).</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="125"/>
        <source>The schema version of {path} is &apos;{value}&apos;, not a number: the file was damaged or edited by hand. Restore it from a backup copy.</source>
        <translation>A versão do esquema de {path} é «{value}», que não é um número: o ficheiro foi danificado ou editado à mão. Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="133"/>
        <source>{path} is locked by another program (a QGIS session with unsaved edits, a database browser, a synchronisation tool). Save or close it there and run again; nothing was written.</source>
        <translation>{path} está bloqueado por outro programa (uma sessão do QGIS com edições por guardar, um navegador de bases de dados, uma ferramenta de sincronização). Guarde-o ou feche-o aí e execute de novo; nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="152"/>
        <source>{path} is read-only: you may not write to it. Ask for write permission or work on a copy.</source>
        <translation>{path} é só de leitura: não pode escrever nele. Peça permissão de escrita ou trabalhe sobre uma cópia.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="177"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}): it is opened read-only. Update the plugin to edit it.</source>
        <translation>{path} foi criado por uma versão mais recente do Mine Action Mapper (esquema {version}): é aberto só de leitura. Atualize o complemento para o editar.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="182"/>
        <source>{path} is from an older version of the plugin (schema {version}): read-only until you upgrade it. Every record is kept.</source>
        <translation>{path} é de uma versão anterior do complemento (esquema {version}): só de leitura até o migrar. Todos os registos são mantidos.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="187"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}): it is opened read-only. Run &apos;Upgrade mine action database&apos; to edit it; every record is kept.</source>
        <translation>{path} foi criado por uma versão anterior do Mine Action Mapper (esquema {version}): é aberto só de leitura. Execute «Migrar base de dados de ação contra minas» para o editar; todos os registos são mantidos.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="201"/>
        <source>{path} was made by a newer version of Mine Action Mapper (schema {version}; this plugin knows schema {known} and older). Update the plugin to use it.</source>
        <translation>{path} foi criado por uma versão mais recente do Mine Action Mapper (esquema {version}; este complemento conhece o esquema {known} e anteriores). Atualize o complemento para o usar.</translation>
    </message>
    <message>
        <location filename="../store/database_state.py" line="208"/>
        <source>{path} was made by an older version of Mine Action Mapper (schema {version}). Run &apos;Upgrade mine action database&apos; on it first; it keeps every record.</source>
        <translation>{path} foi criado por uma versão anterior do Mine Action Mapper (esquema {version}). Execute primeiro «Migrar base de dados de ação contra minas» sobre ele; todos os registos são mantidos.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="21"/>
        <source>Or: PostgreSQL connection</source>
        <translation>Ou: ligação PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="24"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="59"/>
        <source>Give the mine action database: a GeoPackage file, or a PostgreSQL connection and a schema.</source>
        <translation>Indique a base de dados de ação contra minas: um ficheiro GeoPackage, ou uma ligação PostgreSQL e um esquema.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="112"/>
        <source>{database}: the server refused the user name or password ({error}). Check the QGIS connection&apos;s credentials.</source>
        <translation>{database}: o servidor recusou o nome de utilizador ou a palavra-passe ({error}). Verifique as credenciais da ligação do QGIS.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="118"/>
        <source>{database}: the PostgreSQL server cannot be reached ({error}). Is it running, and are the host and port right?</source>
        <translation>{database}: não é possível contactar o servidor PostgreSQL ({error}). Está em funcionamento, e a máquina e a porta estão corretas?</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="122"/>
        <source>{database}: cannot connect ({error}).</source>
        <translation>{database}: não é possível estabelecer a ligação ({error}).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="146"/>
        <source>{database}: there is no such schema in the database. Check the schema name, or create the database with &apos;Create mine action database&apos;.</source>
        <translation>{database}: esse esquema não existe na base de dados. Verifique o nome do esquema, ou crie a base de dados com «Criar base de dados de ação contra minas».</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="151"/>
        <source>{database} is not a mine action database (it has no schema_info table).</source>
        <translation>{database}: não é uma base de dados de ação contra minas (não tem tabela schema_info).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="161"/>
        <source>{database} is not a mine action database (no schema version).</source>
        <translation>{database}: não é uma base de dados de ação contra minas (não tem versão de esquema).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="167"/>
        <source>The schema version of {database} is &apos;{value}&apos;, not a number: it was edited by hand.</source>
        <translation>{database}: a versão do esquema é «{value}», que não é um número: foi editada à mão.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="304"/>
        <source>{database} already exists and is not empty: nothing was changed. Choose another schema name (nothing is ever dropped).</source>
        <translation>{database}: o esquema já existe e não está vazio; nada foi alterado. Escolha outro nome de esquema (nunca se elimina nada).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="311"/>
        <source>{database} already exists and holds functions: nothing was changed. Choose another schema name.</source>
        <translation>{database}: o esquema já existe e contém funções; nada foi alterado. Escolha outro nome de esquema.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="321"/>
        <source>{database}: the PostGIS extension is not installed in this database. Ask its administrator to run CREATE EXTENSION postgis; nothing was changed.</source>
        <translation>{database}: a extensão PostGIS não está instalada nesta base de dados. Peça ao seu administrador que execute CREATE EXTENSION postgis; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="330"/>
        <source>A PostGIS mine action database needs an EPSG coordinate reference system, not {crs}.</source>
        <translation>Uma base de dados de ação contra minas em PostGIS precisa de um sistema de referência de coordenadas EPSG, não {crs}.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="475"/>
        <source>{database} was not created: {error}. Nothing was written.</source>
        <translation>{database}: a base de dados não foi criada ({error}). Nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="72"/>
        <source>connection &apos;{connection}&apos;, schema &apos;{schema}&apos;</source>
        <translation>ligação «{connection}», esquema «{schema}»</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="132"/>
        <source>Give the schema of the mine action database on connection &apos;{connection}&apos;.</source>
        <translation>Indique o esquema da base de dados de ação contra minas na ligação «{connection}».</translation>
    </message>
    <message>
        <location filename="../store/reference.py" line="143"/>
        <source>There is no PostgreSQL connection named '{connection}' in QGIS (known: {known}). Add it in the Browser (PostgreSQL › New Connection).</source>
        <translation>Não existe no QGIS nenhuma ligação PostgreSQL chamada «{connection}» (conhecidas: {known}). Adicione-a no Navegador (PostgreSQL › Nova Ligação).</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="184"/>
        <source>{database}: the role you log in with may not do this ({error}). Ask the database&apos;s administrator for the privilege; nothing was changed.</source>
        <translation>{database}: a função com que iniciou sessão não pode fazer isto ({error}). Peça o privilégio ao administrador da base de dados; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="196"/>
        <source>schema {schema}</source>
        <translation>o esquema {schema}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="202"/>
        <source>table {table}</source>
        <translation>a tabela {table}</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="209"/>
        <source>sequence {sequence} (the new records&apos; {key})</source>
        <translation>a sequência {sequence} (o {key} dos novos registos)</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="228"/>
        <source>{database}: the role &apos;{role}&apos; lacks the {privilege} privilege on {object}, which this needs. Ask the database&apos;s administrator to grant it; nothing was changed.</source>
        <translation>{database}: a função '{role}' não tem o privilégio {privilege} sobre {object}, de que isto precisa. Peça ao administrador da base de dados que o conceda; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="521"/>
        <source>{database} claims schema version {version}, which no PostGIS database had: it was edited by hand.</source>
        <translation>{database} indica a versão de esquema {version}, que nenhuma base de dados PostGIS teve: foi editada à mão.</translation>
    </message>
    <message>
        <location filename="../store/postgis.py" line="573"/>
        <source>{database} was not upgraded: {error}. Nothing was changed.</source>
        <translation>{database} não foi atualizada: {error}. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="28"/>
        <source>The database does not support transactions; nothing was written.</source>
        <translation>A base de dados não suporta transações; nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="33"/>
        <source>Cannot start a transaction: {error}</source>
        <translation>Não é possível iniciar uma transação: {error}</translation>
    </message>
    <message>
        <location filename="../store/transaction.py" line="39"/>
        <source>Cannot commit the changes: {error}. Nothing was written.</source>
        <translation>Não é possível confirmar as alterações: {error}. Nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../processing/database_choice.py" line="35"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
</context>
<context>
    <name>Declination</name>
    <message>
        <location filename="../core/declination.py" line="60"/>
        <source>cannot read survey date &quot;{value}&quot;</source>
        <translation>não é possível ler a data do levantamento «{value}»</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="88"/>
        <source>manual declination {value} must be between -180 and 180 degrees</source>
        <translation>a declinação manual {value} deve estar entre -180 e 180 graus</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="93"/>
        <source>magnetic bearings need the survey date to compute the declination, or a declination entered by hand</source>
        <translation>os azimutes magnéticos precisam da data do levantamento para calcular a declinação, ou de uma declinação introduzida à mão</translation>
    </message>
    <message>
        <location filename="../core/declination.py" line="99"/>
        <source>no World Magnetic Model covers the survey date {date} (models cover {first} to {last}): enter the declination at the survey date by hand</source>
        <translation>nenhum Modelo Magnético Mundial cobre a data do levantamento {date} (os modelos cobrem de {first} a {last}): introduza à mão a declinação na data do levantamento</translation>
    </message>
</context>
<context>
    <name>DeclinationAtPointsAlgorithm</name>
    <message>
        <location filename="../processing/declination_at_points.py" line="26"/>
        <source>Magnetic declination at points</source>
        <translation>Declinação magnética nos pontos</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="30"/>
        <source>Adds to every point the magnetic declination (degrees, east positive: true bearing = magnetic bearing + declination) at its date, from the World Magnetic Model valid for that date (WMM2010, WMM2015v2, WMM2020 or WMM2025, 2010 to 2029), the model used, and the grid (meridian) convergence (grid bearing = true bearing - convergence) of the chosen grid, by default the point&apos;s own UTM zone.

Date: the date field when it has a value, otherwise the fixed date. A point without a date, or with a date no model covers, keeps an empty declination and is named in the log. The input is not modified.</source>
        <translation>Acrescenta a cada ponto a declinação magnética (graus, este positivo: azimute geográfico = azimute magnético + declinação) na sua data, segundo o Modelo Magnético Mundial válido nessa data (WMM2010, WMM2015v2, WMM2020 ou WMM2025, de 2010 a 2029), o modelo usado e a convergência de meridianos da quadrícula (azimute de quadrícula = azimute geográfico - convergência) da quadrícula escolhida, por omissão a zona UTM do próprio ponto.

Data: o campo de data quando tem valor; caso contrário, a data fixa. Um ponto sem data, ou com uma data que nenhum modelo cobre, fica com a declinação vazia e é indicado no registo. Os dados de entrada não são alterados.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="44"/>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="47"/>
        <source>Date field</source>
        <translation>Campo de data</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="49"/>
        <source>Date (when the field is empty)</source>
        <translation>Data (quando o campo está vazio)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="52"/>
        <source>Grid for the convergence (empty: each point&apos;s UTM zone)</source>
        <translation>Quadrícula para a convergência (vazio: a zona UTM de cada ponto)</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="55"/>
        <source>Points with declination</source>
        <translation>Pontos com declinação</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="66"/>
        <source>The points layer {layer} has no CRS, so its positions are unknown: set its CRS and run again.</source>
        <translation>A camada de pontos {layer} não tem SRC, pelo que as suas posições são desconhecidas: defina o seu SRC e execute de novo.</translation>
    </message>
    <message>
        <location filename="../processing/declination_at_points.py" line="97"/>
        <source>Feature {fid}: {problem}</source>
        <translation>Elemento {fid}: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportFieldFormsAlgorithm</name>
    <message>
        <location filename="../processing/export_field_forms.py" line="20"/>
        <source>Export field forms (XLSForm)</source>
        <translation>Exportar formulários de campo (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="23"/>
        <source>Writes the field forms of a mine action database as XLSForm workbooks, for KoBoToolbox, ODK Central and Survey123 Connect: a non-technical survey / hazard report (with the benchmark and a repeat of survey points), a technical survey / clearance progress and completion report (with the perimeter and a repeat of EO finds) and an EO spot report.

The select lists are the database&apos;s own active lookup entries; questions keep the data model&apos;s field names, required fields and checks (bearing range per unit, distances of zero or more, no future dates). Labels are written in every language chosen (default: the database&apos;s language and English); the first is the forms&apos; default language.</source>
        <translation>Escreve os formulários de campo de uma base de dados de ação contra minas como livros XLSForm, para KoBoToolbox, ODK Central e Survey123 Connect: um relatório de pesquisa não técnica / de área perigosa (com o marco (BM) e uma repetição de pontos de levantamento), um relatório de progresso e conclusão de pesquisa técnica / desminagem (com o perímetro e uma repetição de achados de EE) e um relatório pontual de EE.

As listas de escolha são as entradas ativas das listas da própria base de dados; as perguntas mantêm os nomes de campo, os campos obrigatórios e as verificações do modelo de dados (intervalo do azimute por unidade, distâncias de zero ou mais, nenhuma data futura). As etiquetas são escritas em cada língua escolhida (por omissão: a língua da base de dados e o inglês); a primeira é a língua predefinida dos formulários.</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="36"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="40"/>
        <source>Label languages (empty: the database&apos;s language and English)</source>
        <translation>Línguas das etiquetas (vazio: a língua da base de dados e o inglês)</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="45"/>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="47"/>
        <source>Forms written</source>
        <translation>Formulários escritos</translation>
    </message>
    <message>
        <location filename="../processing/export_field_forms.py" line="48"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Ficheiros escritos (separados por ponto e vírgula)</translation>
    </message>
</context>
<context>
    <name>ExportNationalReportAlgorithm</name>
    <message>
        <location filename="../processing/export_national_report.py" line="33"/>
        <source>Export national report</source>
        <translation>Exportar o relatório nacional</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="36"/>
        <source>Prints the national mine action report of a reporting year as a PDF (A4 portrait): a national summary (hazardous areas remaining, SHA and CHA, land released by method, explosive ordnance found and destroyed), the Article 7 tables of the Anti-Personnel Mine Ban Convention (mined areas remaining by region, number and m²; areas released in the year by cancellation, reduction and clearance) and their equivalent for cluster munition remnants under the Convention on Cluster Munitions, and charts: land released per year by method, remaining area by region and, when a completion date is given, progress against it.

The figures are those of Land release statistics: every m² counted once, by the method that released it first. The reporting period is the calendar year, up to the as-of date (default: 31 December of the year, or today if that is earlier). The database is not modified.</source>
        <translation>Imprime o relatório nacional de ação contra minas de um ano em PDF (A4 vertical): um resumo nacional (áreas perigosas remanescentes, ASP e APC, terras libertadas por método, engenhos explosivos encontrados e destruídos), as tabelas do artigo 7.º da Convenção sobre a proibição de minas antipessoal (áreas minadas remanescentes por região, número e m²; áreas libertadas no ano por cancelamento, redução e desminagem) e o seu equivalente para os restos de munições de dispersão ao abrigo da Convenção sobre munições de dispersão, e gráficos: terras libertadas por ano e método, área remanescente por região e, se for indicada uma data de conclusão, o progresso até ela.

Os números são os das estatísticas de libertação de terras: cada m² conta uma vez, pelo método que o libertou primeiro. O período do relatório é o ano civil, até à data de referência (por omissão: 31 de dezembro do ano, ou hoje se for anterior). A base de dados não é alterada.</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="54"/>
        <source>Reporting year</source>
        <translation>Ano do relatório</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="57"/>
        <source>As-of date of the remaining areas (default: the end of the year)</source>
        <translation>Data de referência das áreas remanescentes (por omissão: o fim do ano)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="61"/>
        <source>The database&apos;s language</source>
        <translation>O idioma da base de dados</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="64"/>
        <source>Issuing authority</source>
        <translation>Autoridade emissora</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="67"/>
        <source>Completion target date (optional: the progress chart)</source>
        <translation>Data-alvo de conclusão (opcional: o gráfico de progresso)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="73"/>
        <source>Remaining area targeted at that date (m²)</source>
        <translation>Área remanescente prevista nessa data (m²)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>National report PDF</source>
        <translation>Relatório nacional em PDF</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_national_report.py" line="104"/>
        <source>Reading the statistics of {year} at {as_of}</source>
        <translation>Leitura das estatísticas de {year} a {as_of}</translation>
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
        <translation>Exportar mapa nacional de situação</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="24"/>
        <source>Prints an A3 landscape overview of the programme: hazardous areas by class and land release activities by outcome, with tables of the number and ground area of hazards by class and status and of the area of activities by outcome (ellipsoidal square metres, computed from the geometries).</source>
        <translation>Imprime uma visão geral do programa em A3 horizontal: as áreas perigosas por classe e as atividades de libertação de terras por resultado, com tabelas do número e da superfície no terreno das áreas perigosas por classe e estado e da superfície das atividades por resultado (metros quadrados elipsoidais, calculados a partir das geometrias).</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Autoridade emissora</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>Overview PDF</source>
        <translation>PDF da visão geral</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>Overview PNG image</source>
        <translation>Imagem PNG da visão geral</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="39"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../processing/export_overview.py" line="35"/>
        <source>The database&apos;s language</source>
        <translation>O idioma da base de dados</translation>
    </message>
</context>
<context>
    <name>ExportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/export_records.py" line="24"/>
        <source>Export records through a field mapping profile</source>
        <translation>Exportar registos através de um perfil de correspondência de campos</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="27"/>
        <source>Writes the records of one table (hazards, land release activities or EO finds) in the shape of another system, as a field mapping profile describes it: the source&apos;s field names, its codes for ours, its CRS, and each record&apos;s external ID in the source&apos;s ID field (e.g. IMSMA Core&apos;s imsma_id), so that records imported through the profile go back with their identity. A code with no source code is named and nothing is written. A shapefile output keeps field names of at most 10 characters: a profile with longer names is refused rather than truncated (docs/field-mapping.md).</source>
        <translation>Escreve os registos de uma tabela (áreas perigosas, atividades de libertação de terras ou achados de engenhos explosivos (EE)) na forma de outro sistema, tal como um perfil de correspondência de campos a descreve: os nomes de campo da origem, os seus códigos para os nossos, o seu SRC e o ID externo de cada registo no campo de ID da origem (p. ex. imsma_id do IMSMA Core), para que os registos importados através do perfil regressem com a sua identidade. Um código sem código de origem é indicado e nada é escrito. Uma saída shapefile mantém nomes de campo com 10 caracteres no máximo: um perfil com nomes mais longos é recusado em vez de truncado (docs/field-mapping.md).</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="40"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="45"/>
        <source>Exported records</source>
        <translation>Registos exportados</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="47"/>
        <source>Records exported</source>
        <translation>Registos exportados</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="69"/>
        <source>The records could not be written: {error}</source>
        <translation>Não foi possível escrever os registos: {error}</translation>
    </message>
    <message>
        <location filename="../processing/export_records.py" line="71"/>
        <source>{count} records of {table} exported through profile {profile}</source>
        <translation>{count} registos de {table} exportados através do perfil {profile}</translation>
    </message>
</context>
<context>
    <name>ExportTaskOrdersAlgorithm</name>
    <message>
        <location filename="../processing/export_task_orders.py" line="29"/>
        <source>Export task orders</source>
        <translation>Exportar ordens de tarefa</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="34"/>
        <source>Prints a field task order for each task (all tasks, or only the selected ones): the task area with its turning points, the benchmark, access and casualty evacuation routes, helicopter landing site and medical points on a map with a UTM grid in the task&apos;s zone, a location inset, scale bar, north arrow and a declination diagram (true, grid and magnetic north at the task&apos;s planned start), the table of bearings, distances and coordinates, and the task&apos;s details.

Writes one PDF per task into the folder, or one PDF for all tasks, and optionally a PNG image of each.</source>
        <translation>Imprime uma ordem de tarefa de campo para cada tarefa (todas as tarefas, ou só as selecionadas): a área da tarefa com os seus pontos de inflexão, o marco, as vias de acesso e de evacuação de feridos, o local de aterragem de helicóptero e os postos médicos num mapa com quadrícula UTM na zona da tarefa, um mapa de localização, escala gráfica, seta do norte e um diagrama de declinação (norte geográfico, norte da quadrícula e norte magnético no início previsto da tarefa), a tabela de azimutes, distâncias e coordenadas, e os detalhes da tarefa.

Escreve um PDF por tarefa na pasta, ou um PDF para todas as tarefas, e opcionalmente uma imagem PNG de cada uma.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="47"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
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
        <translation>Um PDF para todas as tarefas</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="60"/>
        <source>Also write PNG images</source>
        <translation>Escrever também imagens PNG</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="64"/>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="66"/>
        <source>Task orders written</source>
        <translation>Ordens de tarefa escritas</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="67"/>
        <source>Files written (separated by semicolons)</source>
        <translation>Ficheiros escritos (separados por ponto e vírgula)</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="74"/>
        <source>The tasks layer cannot be read.</source>
        <translation>Não é possível ler a camada de tarefas.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="85"/>
        <source>The tasks layer has no field &apos;task_id&apos;.</source>
        <translation>A camada de tarefas não tem o campo «task_id».</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="89"/>
        <source>{count} task orders to print</source>
        <translation>{count} ordens de tarefa a imprimir</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="95"/>
        <source>Cancelled: no task order was written.</source>
        <translation>Cancelado: não foi escrita nenhuma ordem de tarefa.</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="62"/>
        <source>The database&apos;s language</source>
        <translation>O idioma da base de dados</translation>
    </message>
    <message>
        <location filename="../processing/export_task_orders.py" line="50"/>
        <source>Mine action database (default: the tasks&apos; database)</source>
        <translation>Base de dados de ação contra minas (por omissão: a das tarefas)</translation>
    </message>
</context>
<context>
    <name>FieldCopy</name>
    <message>
        <location filename="../store/field_copy.py" line="146"/>
        <source>No hazard has the region &apos;{region}&apos; (regions in the database: {known}).</source>
        <translation>Nenhuma área perigosa tem a região «{region}» (regiões da base de dados: {known}).</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="154"/>
        <source>There is no task &apos;{task}&apos; in the database.</source>
        <translation>Não existe nenhuma tarefa «{task}» na base de dados.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="209"/>
        <source>The field copy {path} would replace the database it is made from. Choose another file.</source>
        <translation>A cópia de campo {path} substituiria a base de dados de onde é feita. Escolha outro ficheiro.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="242"/>
        <source>{table}: {count} records copied</source>
        <translation>{table}: {count} registos copiados</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="266"/>
        <source>Give either a region or a task for the field copy, not both and not neither.</source>
        <translation>Indique uma região ou uma tarefa para a cópia de campo, não ambas nem nenhuma.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="272"/>
        <source>{path} already exists. Choose another file or allow overwriting.</source>
        <translation>{path} já existe. Escolha outro ficheiro ou permita a substituição.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="276"/>
        <source>{path} is a mine action database, not a field copy: it is never overwritten. Choose another file for the field copy.</source>
        <translation>{path} é uma base de dados de ação contra minas, não uma cópia de campo: nunca é substituída. Escolha outro ficheiro para a cópia de campo.</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="347"/>
        <source>{path} is a mine action database but not a field copy (it has no record of its base). Only a copy written by &apos;Make field copy&apos; can be submitted; bring other records in with &apos;Import records&apos;.</source>
        <translation>{path} é uma base de dados de ação contra minas mas não uma cópia de campo (não guarda registo da sua base). Só uma cópia escrita por «Criar cópia de campo» pode ser submetida; traga outros registos com «Importar registos».</translation>
    </message>
    <message>
        <location filename="../store/field_copy.py" line="357"/>
        <source>{path} was made by a newer version of Mine Action Mapper (field copy format {version}; this plugin knows {known}). Update the plugin to submit it.</source>
        <translation>{path} foi criada por uma versão mais recente do Mine Action Mapper (formato de cópia de campo {version}; este plugin conhece o {known}). Atualize o plugin para a submeter.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="105"/>
        <source>{copy} is a field copy of another database ({source}, copied {copied}), not of {database}: nothing was submitted. Submit it to the database it was made from.</source>
        <translation>{copy} é uma cópia de campo de outra base de dados ({source}, copiada em {copied}), não de {database}: nada foi submetido. Submeta-a à base de dados de onde foi feita.</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="144"/>
        <source>deleted in the field copy; kept in the database (a field copy never deletes: delete it there if it must go)</source>
        <translation>eliminado na cópia de campo; mantido na base de dados (uma cópia de campo nunca elimina: elimine-o lá se tiver de desaparecer)</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="168"/>
        <source>added in the field copy and already in the database with other values</source>
        <translation>adicionado na cópia de campo e já presente na base de dados com outros valores</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="175"/>
        <source>changed in the field copy but deleted in the database since the copy was made; not applied</source>
        <translation>alterado na cópia de campo mas eliminado na base de dados desde que a cópia foi feita; não aplicado</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="184"/>
        <source>changed in the field copy and in the database since the copy was made; not applied</source>
        <translation>alterado na cópia de campo e na base de dados desde que a cópia foi feita; não aplicado</translation>
    </message>
    <message>
        <location filename="../store/field_submit.py" line="255"/>
        <source>Table {table} refused the submission: {error}. Nothing was written.</source>
        <translation>A tabela {table} recusou a submissão: {error}. Nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>FieldForms</name>
    <message>
        <location filename="../core/field_forms.py" line="162"/>
        <source>At most {length} characters</source>
        <translation>No máximo {length} caracteres</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="197"/>
        <source>The date cannot be in the future</source>
        <translation>A data não pode ser futura</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="208"/>
        <source>Benchmark position</source>
        <translation>Posição do marco (BM)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="210"/>
        <source>Benchmark description</source>
        <translation>Descrição do marco (BM)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="212"/>
        <source>Survey points</source>
        <translation>Pontos de levantamento</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="217"/>
        <source>Give the bearing, or the bearing as recorded</source>
        <translation>Indique o azimute, ou o azimute tal como registado</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="223"/>
        <source>Slope measured?</source>
        <translation>Declive medido?</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="229"/>
        <source>GPS position (optional)</source>
        <translation>Posição GPS (opcional)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="238"/>
        <source>Photos</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="288"/>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="241"/>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="270"/>
        <source>Non-technical survey / hazard report</source>
        <translation>Pesquisa não técnica / relatório de área perigosa</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="286"/>
        <source>Position of the find</source>
        <translation>Posição do achado</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="332"/>
        <source>Perimeter recorded as</source>
        <translation>Perímetro registado como</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="334"/>
        <source>Perimeter</source>
        <translation>Perímetro</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="337"/>
        <source>EO finds</source>
        <translation>Achados de EE</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="341"/>
        <source>Technical survey / clearance progress and completion report</source>
        <translation>Relatório de progresso e conclusão de pesquisa técnica / desminagem</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="352"/>
        <source>EO spot report</source>
        <translation>Relatório pontual de EE</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="362"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Drawn or walked with GPS (geoshape)</source>
        <translation>Desenhado ou percorrido com GPS (geoshape)</translation>
    </message>
    <message>
        <location filename="../core/field_forms.py" line="364"/>
        <source>Survey points (bearings and distances)</source>
        <translation>Pontos de levantamento (azimutes e distâncias)</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="21"/>
        <source>The plugin has no translation into &apos;{code}&apos;. Choose among: {codes}.</source>
        <translation>O complemento não tem tradução para «{code}». Escolha entre: {codes}.</translation>
    </message>
    <message>
        <location filename="../store/field_forms_io.py" line="61"/>
        <source>The folder {folder} cannot be written: {error}. Choose another output folder.</source>
        <translation>Não é possível escrever na pasta {folder}: {error}. Escolha outra pasta de saída.</translation>
    </message>
</context>
<context>
    <name>FieldSubmissions</name>
    <message>
        <location filename="../core/field_submissions.py" line="146"/>
        <source>Geopoint &apos;{name}&apos; reads &apos;{text}&apos;, not &apos;latitude longitude altitude accuracy&apos;</source>
        <translation>O ponto geográfico «{name}» contém «{text}», e não «latitude longitude altitude precisão»</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="131"/>
        <source>Geopoint &apos;{name}&apos; has no readable latitude and longitude: {lat}, {lon}</source>
        <translation>O ponto geográfico «{name}» não tem latitude e longitude legíveis: {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="243"/>
        <source>A submission has no instance UUID (_uuid, meta-instanceID)</source>
        <translation>Uma submissão não tem UUID de instância (_uuid, meta-instanceID)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="249"/>
        <source>Submission {uuid}: its instance ID is not a UUID</source>
        <translation>Submissão {uuid}: o seu identificador de instância não é um UUID</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="278"/>
        <source>Submission {uuid}: the benchmark position is missing</source>
        <translation>Submissão {uuid}: falta a posição do marco (BM)</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="71"/>
        <source>{path} cannot be read as a KoBoToolbox XLSX export.</source>
        <translation>{path} não pode ser lido como uma exportação XLSX do KoBoToolbox.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="91"/>
        <source>{path} cannot be read as an ODK Central CSV export: {error}</source>
        <translation>{path} não pode ser lido como uma exportação CSV do ODK Central: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="243"/>
        <source>The records could not be written: {error}</source>
        <translation>Não foi possível escrever os registos: {error}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="218"/>
        <source>The export holds none of {names}: is it an ODK Central export of a field form?</source>
        <translation>A exportação não contém nenhum de {names}: é uma exportação do ODK Central de um formulário de campo?</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="254"/>
        <source>Submission {uuid}: the {field} is missing</source>
        <translation>Submissão {uuid}: falta o campo {field}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="321"/>
        <source>Submission {uuid}: the perimeter is recorded as &apos;{method}&apos;, neither {drawn} nor {walked}</source>
        <translation>Submissão {uuid}: o perímetro está registado como «{method}», nem {drawn} nem {walked}</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="337"/>
        <source>Submission {uuid}: the perimeter has {count} corners; a drawn perimeter needs at least three</source>
        <translation>Submissão {uuid}: o perímetro tem {count} vértices; um perímetro desenhado precisa de pelo menos três</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="371"/>
        <source>Submission {uuid}: find {find} has no position (a find is a point of the EO finds layer)</source>
        <translation>Submissão {uuid}: o achado {find} não tem posição (um achado é um ponto da camada de achados de EE)</translation>
    </message>
    <message>
        <location filename="../core/field_submissions.py" line="416"/>
        <source>The Survey123 export holds no layer named after a field form ({forms}); its layers: {layers}</source>
        <translation>A exportação do Survey123 não contém nenhuma camada com o nome de um formulário de campo ({forms}); as suas camadas: {layers}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="170"/>
        <source>{path} cannot be read as a Survey123 export (file geodatabase or CSV): {error}</source>
        <translation>{path} não pode ser lido como uma exportação do Survey123 (geodatabase de ficheiros ou CSV): {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="195"/>
        <source>{path} cannot be read as a zip file: {error}</source>
        <translation>{path} não pode ser lido como um ficheiro zip: {error}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="207"/>
        <source>{path} is not a field export this import reads: a KoBoToolbox XLSX, an ODK Central CSV zip, or a Survey123 file geodatabase or CSV zip.</source>
        <translation>{path} não é uma exportação de campo que esta importação leia: um XLSX do KoBoToolbox, um zip CSV do ODK Central, ou uma geodatabase de ficheiros ou um zip CSV do Survey123.</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="427"/>
        <source>Photos not in the export (download its media too): {names}</source>
        <translation>Fotos em falta na exportação (descarregue também os seus ficheiros multimédia): {names}</translation>
    </message>
    <message>
        <location filename="../store/field_submissions_io.py" line="432"/>
        <source>Submission {uuid} ({record}) was not imported: {problem}</source>
        <translation>A submissão {uuid} ({record}) não foi importada: {problem}</translation>
    </message>
</context>
<context>
    <name>HazardPolygonsFromSurveyAlgorithm</name>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="30"/>
        <source>Hazard polygons from survey table</source>
        <translation>Polígonos de áreas perigosas a partir da tabela de levantamento</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="34"/>
        <source>Computes a hazard polygon for every hazard in a survey table: the benchmark position (coord_entered: lat/lon, UTM or MGRS) and each point&apos;s bearing and distance from an earlier point, as recorded in the field (the survey_points fields: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). The table may be a CSV file, a spreadsheet or a database table, and may hold many hazards.

Magnetic bearings get the World Magnetic Model declination at the survey date, unless the table records a declination. Grid bearings refer to the grid chosen here, by default the UTM zone of each hazard&apos;s benchmark.

Closure: the end point re-observes the start point; the misclosure and the relative precision 1:N are checked against the programme tolerance (0 switches a limit off), and a leg longer than the longest leg accepted is refused. These default to the programme settings (Settings &gt; Options &gt; Mine Action; built in: 1:200, no limit in metres, 2000 m legs); a value left at its default takes the setting of the database the survey table belongs to. The compass (Bowditch) rule distributes the misclosure only when asked and only when the traverse is within tolerance. With the automatic closing convention, a table without an end point (such as a radial survey) is closed on its start point without a misclosure.

Plausibility: a leg longer than the longest leg accepted (default 2,000 m horizontal; never more than 100 km) is refused, and a benchmark more than 100 km from the table&apos;s other benchmarks is reported as a warning (a wrong MGRS band or a swapped sign).

Outputs: the hazard polygons (area on the WGS 84 ellipsoid), the computed survey points and a closure report with one row per hazard. A hazard whose table has an error is reported by hazard, point and field, and skipped; the others are computed. When no hazard can be computed the algorithm fails. Every input is read and computed before any output is written, and the input is never modified.</source>
        <translation>Calcula um polígono para cada área perigosa de uma tabela de levantamento: a posição do marco (coord_entered: lat/lon, UTM ou MGRS) e o azimute e a distância de cada ponto a partir de um ponto anterior, tal como registados no terreno (os campos de survey_points: hazard_id, point_no, point_type, from_point, bearing, bearing_unit, north_reference, distance_m, slope_deg, declination_deg, survey_date). A tabela pode ser um ficheiro CSV, uma folha de cálculo ou uma tabela de base de dados, e pode conter muitas áreas perigosas.

Os azimutes magnéticos recebem a declinação do Modelo Magnético Mundial na data do levantamento, exceto se a tabela registar uma declinação. Os azimutes de quadrícula referem-se à quadrícula aqui escolhida, por omissão a zona UTM do marco de cada área perigosa.

Fecho: o ponto final volta a observar o ponto de partida; o erro de fecho e a precisão relativa 1:N são comparados com a tolerância do programa (0 desativa um limite), e um troço mais longo do que o troço máximo aceite é recusado. Estes valores são por omissão os das configurações do programa (Configurações &gt; Opções &gt; Ação contra minas; valores integrados: 1:200, sem limite em metros, troços de 2000 m); um valor deixado no seu valor por omissão toma a configuração da base de dados a que pertence a tabela de levantamento. A regra da bússola (Bowditch) compensa o erro de fecho só quando pedido e só quando a poligonal está dentro da tolerância. Com a convenção de fecho automática, uma tabela sem ponto final (como um levantamento radial) é fechada no seu ponto de partida sem erro de fecho.

Plausibilidade: um troço mais longo do que o troço máximo aceite (por omissão 2000 m na horizontal; nunca mais de 100 km) é recusado, e um marco a mais de 100 km dos outros marcos da tabela é assinalado com um aviso (uma banda MGRS errada ou um sinal trocado).

Resultados: os polígonos das áreas perigosas (superfície sobre o elipsoide WGS 84), os pontos de levantamento calculados e um relatório de fecho com uma linha por área perigosa. Uma área perigosa cuja tabela tem um erro é assinalada por área perigosa, ponto e campo, e ignorada; as outras são calculadas. Quando nenhuma área perigosa pode ser calculada, o algoritmo falha. Todos os dados de entrada são lidos e calculados antes de qualquer resultado ser escrito, e os dados de entrada nunca são alterados.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="74"/>
        <source>Survey table (survey points of one or more hazards)</source>
        <translation>Tabela de levantamento (pontos de levantamento de uma ou mais áreas perigosas)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="77"/>
        <source>Tolerance: largest misclosure in metres (0: no limit)</source>
        <translation>Tolerância: maior erro de fecho em metros (0: sem limite)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="81"/>
        <source>Tolerance: smallest relative precision 1:N (0: no limit)</source>
        <translation>Tolerância: menor precisão relativa 1:N (0: sem limite)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="84"/>
        <source>Longest leg accepted (m)</source>
        <translation>Troço máximo aceite (m)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="88"/>
        <source>Distribute the misclosure (compass rule) when within tolerance</source>
        <translation>Compensar o erro de fecho (regra da bússola) quando dentro da tolerância</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="91"/>
        <source>Grid of grid bearings (empty: the benchmark&apos;s UTM zone)</source>
        <translation>Quadrícula dos azimutes de quadrícula (vazio: a zona UTM do marco)</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Closing convention</source>
        <translation>Convenção de fecho</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>Automatic: close on the start point when the table has an end point</source>
        <translation>Automática: fechar no ponto de partida quando a tabela tem um ponto final</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The end point re-observes the start point</source>
        <translation>O ponto final volta a observar o ponto de partida</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="94"/>
        <source>The closing side was not measured</source>
        <translation>O lado de fecho não foi medido</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="100"/>
        <source>Hazard polygons</source>
        <translation>Polígonos de áreas perigosas</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="102"/>
        <source>Computed survey points</source>
        <translation>Pontos de levantamento calculados</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="105"/>
        <source>Closure report</source>
        <translation>Relatório de fecho</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="107"/>
        <source>Hazards computed</source>
        <translation>Áreas perigosas calculadas</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="108"/>
        <source>Hazards skipped</source>
        <translation>Áreas perigosas ignoradas</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="126"/>
        <source>The survey table has no column {names}: columns must carry the survey point field names</source>
        <translation>A tabela de levantamento não tem a coluna {names}: as colunas devem ter os nomes de campo dos pontos de levantamento</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="144"/>
        <source>Set a tolerance (metres or 1:N) before asking for the misclosure to be distributed.</source>
        <translation>Defina uma tolerância (metros ou 1:N) antes de pedir a compensação do erro de fecho.</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="177"/>
        <source>None of the {count} hazards could be computed; first error: {error}</source>
        <translation>Nenhuma das {count} áreas perigosas pôde ser calculada; primeiro erro: {error}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="190"/>
        <source>The benchmark lies {distance:,.0f} km from the other hazards&apos; benchmarks (more than {limit:,.0f} km): check its coordinates (MGRS band, hemisphere, sign).</source>
        <translation>O marco está a {distance:,.0f} km dos marcos das outras áreas perigosas (mais de {limit:,.0f} km): verifique as suas coordenadas (banda MGRS, hemisfério, sinal).</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="219"/>
        <source>Hazard {hazard}: {warning}</source>
        <translation>Área perigosa {hazard}: {warning}</translation>
    </message>
    <message>
        <location filename="../processing/hazard_polygons_from_survey.py" line="221"/>
        <source>{computed} hazards computed, {failed} skipped</source>
        <translation>{computed} áreas perigosas calculadas, {failed} ignoradas</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/record_checks.py" line="68"/>
        <source>The numbers look like latitude and longitude in the wrong order: longitude (east-west) must come first.</source>
        <translation>Os números parecem latitude e longitude pela ordem errada: a longitude (este-oeste) deve vir primeiro.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="72"/>
        <source>The numbers look like UTM metres (easting 500000-ish, northing up to 10,000,000): set the layer&apos;s CRS, e.g. EPSG:326xx (north) or EPSG:327xx (south) for UTM zone xx.</source>
        <translation>Os números parecem metros UTM (este por volta de 500000, norte até 10 000 000): defina o SRC da camada, p. ex. EPSG:326xx (norte) ou EPSG:327xx (sul) para a zona UTM xx.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="77"/>
        <source>The numbers look like projected metres (UTM, a national grid or Web Mercator EPSG:3857): set the layer&apos;s CRS to the one they were measured in.</source>
        <translation>Os números parecem metros projetados (UTM, uma quadrícula nacional ou Web Mercator EPSG:3857): defina como SRC da camada aquele em que foram medidos.</translation>
    </message>
    <message>
        <location filename="../core/record_checks.py" line="81"/>
        <source>The numbers are too large for any usual CRS: check the coordinate columns.</source>
        <translation>Os números são demasiado grandes para qualquer SRC habitual: verifique as colunas de coordenadas.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="47"/>
        <source>Row {row}, field &apos;{field}&apos;: {problem}</source>
        <translation>Linha {row}, campo «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="60"/>
        <source>&apos;{value}&apos; holds characters that could not be read: the file was read in the wrong text encoding. Give its encoding (ENCODING, e.g. windows-1252) and import again.</source>
        <translation>«{value}» contém caracteres que não puderam ser lidos: o ficheiro foi lido com a codificação de texto errada. Indique a sua codificação (ENCODING, p. ex. windows-1252) e importe de novo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="93"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD</source>
        <translation>«{value}» não é uma data escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="95"/>
        <source>&apos;{value}&apos; is not a valid {kind}</source>
        <translation>«{value}» não é um valor {kind} válido</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>string</source>
        <translation>de texto</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>integer</source>
        <translation>inteiro</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>date</source>
        <translation>de data</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>datetime</source>
        <translation>de data e hora</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="103"/>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="131"/>
        <source>Column &apos;{column}&apos; is not a field of {table}; did you mean &apos;{field}&apos;? It was not imported.</source>
        <translation>A coluna «{column}» não é um campo de {table}; queria dizer «{field}»? Não foi importada.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="136"/>
        <source>Column &apos;{column}&apos; is not a field of {table}. It was not imported.</source>
        <translation>A coluna «{column}» não é um campo de {table}. Não foi importada.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="144"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none; their column &apos;{column}&apos; looks like a misspelling of it: rename that column and import again.</source>
        <translation>A tabela {table} precisa da coluna «{field}» e os registos não a têm; a sua coluna «{column}» parece um erro de escrita dela: mude o nome dessa coluna e importe de novo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="150"/>
        <source>Table {table} needs the column &apos;{field}&apos; and the records have none: add it, with a value in every row, and import again.</source>
        <translation>A tabela {table} precisa da coluna «{field}» e os registos não a têm: acrescente-a, com um valor em cada linha, e importe de novo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="184"/>
        <source>a value is required: fill in this cell</source>
        <translation>é obrigatório um valor: preencha esta célula</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="188"/>
        <source>&apos;{value}&apos; is not a code of the list &apos;{list}&apos; (its codes: {codes})</source>
        <translation>«{value}» não é um código da lista «{list}» (os seus códigos: {codes})</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="195"/>
        <source>{value} is in the future: check the year (only planned dates may lie ahead)</source>
        <translation>{value} está no futuro: verifique o ano (só as datas previstas podem ser posteriores)</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="228"/>
        <source>the value {value} is refused: {rule}</source>
        <translation>o valor {value} é recusado: {rule}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="251"/>
        <source>a {found} geometry cannot be stored in table {table}, which holds {expected} geometries</source>
        <translation>uma geometria {found} não pode ser guardada na tabela {table}, que contém geometrias {expected}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="264"/>
        <source>the coordinates ({x}, {y}) are not a longitude and latitude once transformed from {crs} to WGS 84 (longitude within ±180°, latitude within ±90°). {hint}</source>
        <translation>as coordenadas ({x}, {y}) não são uma longitude e uma latitude depois de transformadas de {crs} para WGS 84 (longitude dentro de ±180°, latitude dentro de ±90°). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="279"/>
        <source>&apos;{wkt}&apos; is not a readable geometry (WKT); correct it or empty the cell</source>
        <translation>«{wkt}» não é uma geometria legível (WKT); corrija-a ou esvazie a célula</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="283"/>
        <source>the column holds a geometry but the records were read without geometries: load the file with its geometry column</source>
        <translation>a coluna contém uma geometria mas os registos foram lidos sem geometrias: carregue o ficheiro com a sua coluna de geometria</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="292"/>
        <source>the records have coordinates but no coordinate reference system (CRS), so their position is unknown. Set the layer&apos;s CRS, or give the CRS of the records when the layer has none (SOURCE_CRS). {hint}</source>
        <translation>os registos têm coordenadas mas nenhum sistema de referência de coordenadas (SRC), pelo que a sua posição é desconhecida. Defina o SRC da camada, ou indique o SRC dos registos quando a camada não tem nenhum (SOURCE_CRS). {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="298"/>
        <source>the coordinates ({x}, {y}) look like longitude and latitude in degrees, but the records&apos; CRS {crs} is projected (metres): set the CRS to the one they are in, e.g. EPSG:4326 (WGS 84).</source>
        <translation>as coordenadas ({x}, {y}) parecem longitude e latitude em graus, mas o SRC dos registos, {crs}, é projetado (metros): defina o SRC em que estão, p. ex. EPSG:4326 (WGS 84).</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="312"/>
        <source>the coordinates ({x}, {y}) cannot be transformed from {crs} to WGS 84. {hint}</source>
        <translation>as coordenadas ({x}, {y}) não podem ser transformadas de {crs} para WGS 84. {hint}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="364"/>
        <source>the row has no geometry, and table {table} needs one: give it coordinates, or a layer of geometries matched by {key}</source>
        <translation>a linha não tem geometria e a tabela {table} precisa de uma: dê-lhe coordenadas, ou uma camada de geometrias associada por {key}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="371"/>
        <source>the geometry is not valid ({reason}): correct it and import again</source>
        <translation>a geometria não é válida ({reason}): corrija-a e importe de novo</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="430"/>
        <source>&apos;{value}&apos; is already in table {table}: these records were probably imported before. Remove the rows already in the table from the records and import again.</source>
        <translation>«{value}» já está na tabela {table}: provavelmente estes registos já foram importados. Retire dos registos as linhas que já estão na tabela e importe de novo.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="435"/>
        <source>&apos;{value}&apos; is also in row {other}: each row needs its own value</source>
        <translation>«{value}» também está na linha {other}: cada linha precisa do seu próprio valor</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="473"/>
        <source>Nothing was imported from {source} into {table}. {problem}</source>
        <translation>Nada foi importado de {source} para {table}. {problem}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="466"/>
        <source>Table {table} cannot be edited.</source>
        <translation>Não é possível editar a tabela {table}.</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="476"/>
        <source>Nothing was written to {table}: {errors}</source>
        <translation>Nada foi escrito em {table}: {errors}</translation>
    </message>
    <message>
        <location filename="../store/importer.py" line="503"/>
        <source>{path} cannot be read as CSV.</source>
        <translation>Não é possível ler {path} como CSV.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="64"/>
        <source>&apos;{encoding}&apos; is not a text encoding name; use e.g. UTF-8, windows-1252 or ISO-8859-1.</source>
        <translation>«{encoding}» não é um nome de codificação de texto; use p. ex. UTF-8, windows-1252 ou ISO-8859-1.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="70"/>
        <source>{path} is not {encoding} text (line {line}, byte {offset}): give the file&apos;s own encoding.</source>
        <translation>{path} não é texto {encoding} (linha {line}, byte {offset}): indique a codificação do próprio ficheiro.</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="82"/>
        <source>{path} is not UTF-8 text (line {line}); it was read as {encoding}. If accented letters look wrong, give the file&apos;s encoding (ENCODING).</source>
        <translation>{path} não é texto UTF-8 (linha {line}); foi lido como {encoding}. Se as letras acentuadas parecerem erradas, indique a codificação do ficheiro (ENCODING).</translation>
    </message>
    <message>
        <location filename="../store/record_sources.py" line="121"/>
        <source>{count} rows of {path} have coordinates QGIS could not read, and its delimited text reader left them out. Nothing was imported: correct them, or give the file path itself as the records so that the rows are named.</source>
        <translation>{count} linhas de {path} têm coordenadas que o QGIS não conseguiu ler, e o seu leitor de texto delimitado deixou-as de fora. Nada foi importado: corrija-as, ou indique como registos o caminho do próprio ficheiro para que as linhas sejam identificadas.</translation>
    </message>
</context>
<context>
    <name>ImportFieldSubmissionsAlgorithm</name>
    <message>
        <location filename="../processing/import_field_submissions.py" line="20"/>
        <source>Import field submissions</source>
        <translation>Importar submissões de campo</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="45"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="53"/>
        <source>Submission report</source>
        <translation>Relatório das submissões</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="55"/>
        <source>Submissions imported</source>
        <translation>Submissões importadas</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="56"/>
        <source>Submissions rejected</source>
        <translation>Submissões rejeitadas</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="57"/>
        <source>Submissions already imported</source>
        <translation>Submissões já importadas</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="80"/>
        <source>{accepted} submissions imported, {rejected} rejected, {skipped} already imported</source>
        <translation>{accepted} submissões importadas, {rejected} rejeitadas, {skipped} já importadas</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="42"/>
        <source>Field export (KoBoToolbox XLSX, ODK Central CSV zip, Survey123 file geodatabase or CSV zip)</source>
        <translation>Exportação de campo (XLSX do KoBoToolbox, zip CSV do ODK Central, geodatabase de ficheiros ou zip CSV do Survey123)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="49"/>
        <source>Folder for the photos (default: beside a GeoPackage, its name followed by _photos)</source>
        <translation>Pasta das fotos (por omissão: junto a um GeoPackage, o seu nome seguido de _photos)</translation>
    </message>
    <message>
        <location filename="../processing/import_field_submissions.py" line="23"/>
        <source>Imports the submissions of a field form (Export field forms) from a KoBoToolbox XLSX export or an ODK Central CSV zip. A hazard report&apos;s survey points go through the traverse engine into a hazard polygon, with its closure figures. An activity report&apos;s perimeter, drawn or walked as survey points, becomes the activity, with its EO finds; an EO spot report becomes a find. Every record is checked as Import records checks it. Activities, finds and survey points come in submitted, for the national centre&apos;s review: only approved activities release land.

Photos named by a submission are kept with its record, in a folder named after the record&apos;s UUID, under the photos folder and the table: from an ODK Central zip&apos;s media folder, or from a media or attachments folder beside the export. A Survey123 file geodatabase or CSV zip is read too.

Each submission is written in a transaction of its own: a rejected one is named, with its field, in the report, and the others still go in. A submission is known by its instance UUID (its record&apos;s UUID), so importing it again, from either export, changes nothing.</source>
        <translation>Importa as submissões de um formulário de campo (Exportar formulários de campo) a partir de uma exportação XLSX do KoBoToolbox ou de um zip CSV do ODK Central. Os pontos de levantamento de um relatório de área perigosa passam pelo motor de poligonal para dar o polígono da área perigosa, com os seus valores de fecho. O perímetro de um relatório de atividade, desenhado ou percorrido como pontos de levantamento, torna-se a atividade, com os seus achados de EE; um relatório pontual de EE torna-se um achado. Cada registo é verificado como Importar registos o verifica. As atividades, os achados e os pontos de levantamento entram submetidos, para a revisão do centro nacional: só as atividades aprovadas libertam terras.

As fotos indicadas por uma submissão são guardadas com o seu registo, numa pasta com o nome do UUID do registo, sob a pasta das fotos e a tabela: a partir da pasta media de um zip do ODK Central, ou de uma pasta media ou attachments junto à exportação. Também é lida uma geodatabase de ficheiros ou um zip CSV do Survey123.

Cada submissão é escrita numa transação própria: uma rejeitada é indicada, com o seu campo, no relatório, e as outras entram na mesma. Uma submissão é reconhecida pelo seu UUID de instância (o UUID do seu registo), pelo que importá-la de novo, de qualquer das exportações, não muda nada.</translation>
    </message>
</context>
<context>
    <name>ImportQFieldChangesAlgorithm</name>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="15"/>
        <source>Import QField changes</source>
        <translation>Importar alterações do QField</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="18"/>
        <source>Brings back into the mine action database what a team added, changed or deleted in QField in a package written by &apos;Package for QField&apos; (give the package folder, its project or its GeoPackage, copied back whole from the device). Records are matched by uuid, as &apos;Submit field copy&apos; does:

- a record added in QField (it has a new uuid) is inserted;
- a record changed in QField (values or geometry) is updated, unless it was also changed in the database since the package was made: then it is a conflict, reported field by field with both values and not applied;
- a record deleted in QField is reported and kept: the field never deletes from the national database (delete it there if it must go);
- every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.

Everything is written in one transaction; importing the same package again changes nothing.</source>
        <translation>Devolve à base de dados de ação contra minas o que uma equipa adicionou, alterou ou eliminou no QField num pacote escrito por «Empacotar para o QField» (indique a pasta do pacote, o seu projeto ou o seu GeoPackage, copiada inteira de volta do dispositivo). Os registos são emparelhados por uuid, como faz «Submeter cópia de campo»:

- um registo adicionado no QField (tem um uuid novo) é inserido;
- um registo alterado no QField (valores ou geometria) é atualizado, a menos que também tenha sido alterado na base de dados desde que o pacote foi feito: então é um conflito, reportado campo a campo com ambos os valores e não aplicado;
- um registo eliminado no QField é reportado e mantido: o terreno nunca elimina nada da base de dados nacional (elimine-o lá se tiver de desaparecer);
- cada registo adicionado ou alterado passa as verificações de «Importar registos»; o que falha é rejeitado, com o nome do seu campo, e os outros entram.

Tudo é escrito numa só transação; importar de novo o mesmo pacote não altera nada.</translation>
    </message>
    <message>
        <location filename="../processing/import_qfield_changes.py" line="35"/>
        <source>QField package folder (or its project or GeoPackage)</source>
        <translation>Pasta do pacote QField (ou o seu projeto ou o seu GeoPackage)</translation>
    </message>
</context>
<context>
    <name>ImportRecordsAlgorithm</name>
    <message>
        <location filename="../processing/import_records.py" line="31"/>
        <source>Import records into mine action database</source>
        <translation>Importar registos para a base de dados de ação contra minas</translation>
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
        <translation>Acrescenta as linhas de uma tabela ou camada (CSV, folha de cálculo, exportação do IMSMA) a uma tabela de uma base de dados de ação contra minas. As colunas são associadas pelo nome do campo. Cada linha é verificada primeiro e, se alguma estiver errada, o erro indica a linha (1 é a primeira linha depois do cabeçalho) e o campo, e nada é escrito:
- colunas e valores obrigatórios: os campos-chave, os campos que o modelo de dados exige e os que a libertação de terras precisa (áreas perigosas: hazard_id, hazard_class, status, date_of_information; atividades: activity_id, activity_type, outcome, end_date) devem ser colunas com um valor em cada linha, mesmo quando os formulários preencheriam um valor por omissão. Uma coluna que não é um campo é assinalada com um aviso, com o campo a que se assemelha, e não é importada;
- os códigos, face às listas de valores da base de dados; os números e as datas; nenhuma data depois de amanhã, exceto as datas previstas (datas de início e limite das tarefas);
- as regras do modelo de dados, tal como os formulários as aplicam: profundidades, distâncias e superfícies não negativas, uma data de fim não anterior à sua data de início, um azimute dentro da volta da sua unidade (360°, 400 grados, 6400 ou 6000 milésimos) ...;
- os ID: uma chave (hazard_id, activity_id ...), um uuid ou, para os pontos de levantamento, um hazard_id e point_no repetidos ou já presentes na tabela são recusados. Reimportar linhas é recusado em vez de ignorado: uma importação executada duas vezes por engano não deve acrescentar duplicados, e uma reimportação parcial deixaria por saber que linhas eram novas;
- as geometrias: legíveis, do tipo da tabela, em longitude/latitude depois de transformadas para WGS 84 (o erro diz com que se parecem os números, p. ex. metros UTM numa camada lon/lat, ou graus numa projetada). Todas as tabelas exceto a de pontos de levantamento precisam de uma geometria em cada linha. Os registos sem SRC (um CSV, um shapefile sem .prj) são recusados, exceto se o seu SRC for indicado;
- a codificação do texto: um ficheiro de texto que não é UTF-8 é lido como windows-1252 com um aviso, exceto se a sua codificação for indicada.

As linhas sem geometria podem recebê-la de uma segunda camada (por exemplo, polígonos de áreas perigosas calculados a partir de poligonais de levantamento), associada pelo campo de ID da tabela. As superfícies são calculadas sobre o elipsoide.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="75"/>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="77"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="82"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="87"/>
        <source>Geometries for rows without one (matched by ID)</source>
        <translation>Geometrias para as linhas sem geometria (associadas por ID)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="90"/>
        <source>CRS of the records when the layer has none</source>
        <translation>SRC dos registos quando a camada não tem nenhum</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="93"/>
        <source>Text encoding of a CSV file (empty: UTF-8, or windows-1252 with a warning)</source>
        <translation>Codificação de texto de um ficheiro CSV (vazio: UTF-8, ou windows-1252 com um aviso)</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="98"/>
        <source>Rows imported</source>
        <translation>Linhas importadas</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="118"/>
        <source>The records have their own CRS, {crs}; the CRS given for records without one was not used. Change the layer&apos;s CRS if it is wrong.</source>
        <translation>Os registos têm o seu próprio SRC, {crs}; o SRC indicado para registos sem SRC não foi usado. Mude o SRC da camada se estiver errado.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="126"/>
        <source>The layer of geometries {layer} has no CRS, so its positions are unknown: set its CRS and import again.</source>
        <translation>A camada de geometrias {layer} não tem SRC, pelo que as suas posições são desconhecidas: defina o seu SRC e importe de novo.</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="144"/>
        <source>{count} rows imported into {table}</source>
        <translation>{count} linhas importadas para {table}</translation>
    </message>
    <message>
        <location filename="../processing/import_records.py" line="68"/>
        <source>A field mapping profile (a JSON file, or one shipped with the plugin: IMSMA Core-style layers, an operator&apos;s shapefile) reads another system&apos;s layer: its field names, its codes and its CRS become ours, and its own ID is kept in external_id (docs/field-mapping.md).</source>
        <translation>Um perfil de correspondência de campos (um ficheiro JSON, ou um dos incluídos no complemento: camadas ao estilo do IMSMA Core, o shapefile de um operador) lê a camada de outro sistema: os seus nomes de campo, os seus códigos e o seu SRC passam a ser os nossos, e o seu próprio ID é mantido em external_id (docs/field-mapping.md).</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../core/land_release.py" line="214"/>
        <source>{feature}: &apos;{value}&apos; in field {field} is not a date (YYYY-MM-DD).</source>
        <translation>{feature}: «{value}» no campo {field} não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="219"/>
        <source>{feature}: the date in field {field} is missing.</source>
        <translation>{feature}: falta a data no campo {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="68"/>
        <source>{feature}: unknown code &apos;{value}&apos; in field {field} (expected one of {codes}).</source>
        <translation>{feature}: código desconhecido «{value}» no campo {field} (esperado um de {codes}).</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="251"/>
        <source>{feature}: the geometry is missing or empty.</source>
        <translation>{feature}: a geometria falta ou está vazia.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="261"/>
        <source>A {what} has no identifier.</source>
        <translation>Um registo ({what}) não tem identificador.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="98"/>
        <source>{feature}: the identifier is used twice.</source>
        <translation>{feature}: o identificador é usado duas vezes.</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="310"/>
        <source>{feature}: outcome &apos;{outcome}&apos; in field outcome is not possible for activity type &apos;{activity_type}&apos;.</source>
        <translation>{feature}: o resultado «{outcome}» no campo outcome não é possível para o tipo de atividade «{activity_type}».</translation>
    </message>
    <message>
        <location filename="../core/land_release.py" line="319"/>
        <source>{feature}: hazard &apos;{hazard}&apos; in field hazard_id does not exist.</source>
        <translation>{feature}: a área perigosa «{hazard}» do campo hazard_id não existe.</translation>
    </message>
    <message>
        <location filename="../core/land_release_plan.py" line="224"/>
        <source>Confirmed part of {hazard}, re-registered from the land release history on {date}.</source>
        <translation>Parte confirmada de {hazard}, registada de novo a partir do histórico de libertação de terras em {date}.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="32"/>
        <source>The activity lies outside every hazard it may act on.</source>
        <translation>A atividade fica fora de todas as áreas perigosas sobre as quais pode atuar.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="34"/>
        <source>Part of the activity covers land already released by an earlier activity; it is counted once, by the earlier method.</source>
        <translation>Parte da atividade cobre terra já libertada por uma atividade anterior; é contada uma só vez, pelo método anterior.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="37"/>
        <source>The activity ended before the hazard&apos;s date of information and does not change the hazard.</source>
        <translation>A atividade terminou antes da data da informação da área perigosa e não altera a área perigosa.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="40"/>
        <source>A sliver smaller than the tolerance was dropped.</source>
        <translation>Foi eliminado um fragmento residual menor do que a tolerância.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="42"/>
        <source>The geometry was invalid and has been repaired.</source>
        <translation>A geometria era inválida e foi reparada.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="44"/>
        <source>The hazard overlaps an earlier hazard record; the overlap is counted in the earlier hazard only.</source>
        <translation>A área perigosa sobrepõe-se a um registo de área perigosa anterior; a sobreposição é contada só na área perigosa anterior.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="47"/>
        <source>The activity ends in the future (a mistyped year?); it was not applied. Correct its end date and compute again.</source>
        <translation>A atividade termina no futuro (um ano mal escrito?); não foi aplicada. Corrija a sua data de fim e calcule de novo.</translation>
    </message>
    <message>
        <location filename="../core/release_qa.py" line="50"/>
        <source>The hazard&apos;s date of information is in the future (a mistyped year?); activities that ended before it do not change the hazard.</source>
        <translation>A data da informação da área perigosa está no futuro (um ano mal escrito?); as atividades que terminaram antes dela não alteram a área perigosa.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="48"/>
        <source>feature {fid}</source>
        <translation>elemento {fid}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="56"/>
        <source>The layer {layer} has no field {field}.</source>
        <translation>A camada {layer} não tem o campo {field}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="160"/>
        <source>{feature}: field {field} is empty.</source>
        <translation>{feature}: o campo {field} está vazio.</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="104"/>
        <source>{feature}: the hazard has no geometry, so its land is unknown (only a closed hazard may have none). Give it its polygon (draw it, import it or compute it from its survey table).</source>
        <translation>{feature}: a área perigosa não tem geometria, pelo que a sua terra é desconhecida (só uma área perigosa fechada pode não ter geometria). Dê-lhe o seu polígono (desenhe-o, importe-o ou calcule-o a partir da sua tabela de levantamento).</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="285"/>
        <source>Cannot write to table {table}: {error}</source>
        <translation>Não é possível escrever na tabela {table}: {error}</translation>
    </message>
    <message>
        <location filename="../store/land_release_io.py" line="331"/>
        <source>Table {table} cannot be edited.</source>
        <translation>Não é possível editar a tabela {table}.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="83"/>
        <source>{database}: cannot lock the hazards to update: {error}. Nothing was written.</source>
        <translation>{database}: não é possível bloquear as áreas perigosas a atualizar: {error}. Nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../store/land_release_update.py" line="94"/>
        <source>{database}: hazard {hazard} was changed by another editor since the update read it (version {read}, now {now}); nothing was written. Run the update again.</source>
        <translation>{database}: a área perigosa {hazard} foi alterada por outro editor desde que a atualização a leu (versão {read}, agora {now}); nada foi escrito. Execute a atualização de novo.</translation>
    </message>
</context>
<context>
    <name>LandReleaseDock</name>
    <message>
        <location filename="../ui/panels.py" line="21"/>
        <source>Land release</source>
        <translation>Libertação de terras</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="90"/>
        <source>Hazard</source>
        <translation>Área perigosa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="92"/>
        <source>From map selection</source>
        <translation>A partir da seleção no mapa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="101"/>
        <source>Activities, by end date</source>
        <translation>Atividades, por data de fim</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="107"/>
        <source>Register an activity</source>
        <translation>Registar uma atividade</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="109"/>
        <source>Draw on map</source>
        <translation>Desenhar no mapa</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="111"/>
        <source>Left click adds a corner, right click finishes, Esc abandons.</source>
        <translation>O clique esquerdo acrescenta um vértice, o clique direito termina, Esc abandona.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="114"/>
        <source>Area</source>
        <translation>Superfície</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="119"/>
        <source>Use selected</source>
        <translation>Usar a seleção</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="122"/>
        <source>or from layer</source>
        <translation>ou a partir da camada</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="442"/>
        <source>No area yet</source>
        <translation>Ainda sem superfície</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="126"/>
        <source>Activity ID</source>
        <translation>ID da atividade</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="129"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="131"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="135"/>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="137"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="139"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="141"/>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="143"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="220"/>
        <source>Select a hazard on the map first.</source>
        <translation>Selecione primeiro uma área perigosa no mapa.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="231"/>
        <source>Open a mine action database to see its hazards.</source>
        <translation>Abra uma base de dados de ação contra minas para ver as suas áreas perigosas.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="240"/>
        <source>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</source>
        <translation>{date}  {activity}: {type}, {outcome}, {area}, {organisation}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="250"/>
        <source>{entry} (not applied yet)</source>
        <translation>{entry} (ainda não aplicada)</translation>
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
        <translation>Reduzida (meio técnico)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="268"/>
        <source>Reduced (no technical asset)</source>
        <translation>Reduzida (sem meio técnico)</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="269"/>
        <source>Cleared</source>
        <translation>Desminada</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="270"/>
        <source>Remaining SHA</source>
        <translation>ASP remanescente</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="271"/>
        <source>Remaining CHA</source>
        <translation>APC remanescente</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="335"/>
        <source>Select one polygon in the chosen layer first.</source>
        <translation>Selecione primeiro um polígono na camada escolhida.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="345"/>
        <source>Area drawn: {area}</source>
        <translation>Superfície desenhada: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="392"/>
        <source>Remaining after this activity: &lt;b&gt;{after}&lt;/b&gt; (now {before})</source>
        <translation>Remanescente após esta atividade: &lt;b&gt;{after}&lt;/b&gt; (agora {before})</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="395"/>
        <source>Released: {area}</source>
        <translation>Libertada: {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="397"/>
        <source>Confirmed (becomes CHA): {area}</source>
        <translation>Confirmada (passa a APC): {area}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="432"/>
        <source>Register activity {activity}</source>
        <translation>Registar a atividade {activity}</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="439"/>
        <source>Activity {activity} registered; save the layer edits to store it.</source>
        <translation>Atividade {activity} registada; guarde as edições da camada para a armazenar.</translation>
    </message>
    <message>
        <location filename="../ui/land_release_dock.py" line="247"/>
        <source>{entry} ({review}: releases no land until approved)</source>
        <translation>{entry} ({review}: não liberta terras até ser aprovada)</translation>
    </message>
</context>
<context>
    <name>LandReleaseStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/land_release_statistics.py" line="21"/>
        <source>Land released</source>
        <translation>Terras libertadas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="23"/>
        <source>Remaining at period end</source>
        <translation>Remanescente no fim do período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="25"/>
        <source>Remaining at the as-of date</source>
        <translation>Remanescente na data de referência</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="27"/>
        <source>Explosive ordnance found and destroyed</source>
        <translation>Engenhos explosivos encontrados e destruídos</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="29"/>
        <source>Consistency check</source>
        <translation>Verificação de coerência</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="39"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="40"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="41"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="42"/>
        <source>Contamination type</source>
        <translation>Tipo de contaminação</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="44"/>
        <source>Hazard class</source>
        <translation>Classe de área perigosa</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="47"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="48"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="49"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="50"/>
        <source>The whole period</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="66"/>
        <source>Land release statistics</source>
        <translation>Estatísticas de libertação de terras</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="69"/>
        <source>Tables of land release per reporting period and group, as national plans, donor reports and Article 7 reports need them: land cancelled, reduced with and without technical asset and cleared; remaining suspected (SHA) and confirmed (CHA) areas, number and m², at the end of each period and at the as-of date; explosive ordnance found and destroyed by category; and a consistency row per period (remaining at start - released + newly recorded + reclassified = remaining at end).

Every m² is counted once, by the method that released it first: the figures come from the release history and, for activities not applied yet, from the land release engine (what Update mine action database would write). Released land is grouped by the organisation of the activity and the class it left; remaining land by the hazard's reporting organisation and class.

Periods: from the start date (default: 1 January of the first record's year) to the end date (default: the as-of date, itself today by default), split by year, quarter or month. The tables are layers without geometry, and optionally one XLSX workbook with one sheet per table. The database is not modified.</source>
        <translation>Tabelas de libertação de terras por período de relatório e grupo, como as pedem os planos nacionais, os relatórios aos doadores e os relatórios do artigo 7: terras canceladas, reduzidas com e sem meio técnico e desminadas; áreas suspeitas perigosas (ASP) e áreas perigosas confirmadas (APC) remanescentes, em número e m², no fim de cada período e na data de referência; engenhos explosivos encontrados e destruídos por categoria; e uma linha de coerência por período (remanescente no início - libertada + registada no período + reclassificada = remanescente no fim).

Cada m² é contado uma só vez, pelo método que primeiro o libertou: os números vêm do histórico de libertação e, para as atividades ainda não aplicadas, do motor de libertação de terras (o que «Atualizar base de dados de ação contra minas» escreveria). As terras libertadas são agrupadas pela organização da atividade e pela classe que deixaram; as terras remanescentes pela organização declarante da área perigosa e pela sua classe.

Períodos: da data de início (por omissão: 1 de janeiro do ano do primeiro registo) até à data de fim (por omissão: a data de referência, que por omissão é hoje), divididos por ano, trimestre ou mês. As tabelas são camadas sem geometria e, opcionalmente, um livro XLSX com uma folha por tabela. A base de dados não é modificada.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="98"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period start</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="102"/>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="106"/>
        <source>Split the period by</source>
        <translation>Dividir o período por</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="110"/>
        <source>As-of date (default: today)</source>
        <translation>Data de referência (por omissão: hoje)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="113"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="117"/>
        <source>Smallest piece released (m²)</source>
        <translation>Menor fragmento libertado (m²)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Statistics workbook</source>
        <translation>Livro de estatísticas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="124"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Livros do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="144"/>
        <source>Reading the database and replaying the activities not applied yet</source>
        <translation>A ler a base de dados e a repetir as atividades ainda não aplicadas</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="152"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="159"/>
        <source>The period end ({end}) is before its start ({start}).</source>
        <translation>O fim do período ({end}) é anterior ao seu início ({start}).</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="178"/>
        <source>Cannot write the output {output}.</source>
        <translation>Não é possível escrever o resultado {output}.</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="189"/>
        <source>{periods} periods from {start} to {end}: {released:.1f} m² released; consistency rows balance within {worst:.3f} m²</source>
        <translation>{periods} períodos de {start} a {end}: {released:.1f} m² libertados; as linhas de coerência equilibram-se com uma margem de {worst:.3f} m²</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="31"/>
        <source>Beneficiaries by sex, age and disability</source>
        <translation>Beneficiários por sexo, idade e deficiência</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="33"/>
        <source>Team composition by sex</source>
        <translation>Composição das equipas por sexo</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="35"/>
        <source>Casualties by sex and age group</source>
        <translation>Vítimas por sexo e faixa etária</translation>
    </message>
    <message>
        <location filename="../processing/land_release_statistics.py" line="88"/>
        <source>People, from the approved records: beneficiaries of the land handed over (women, girls, boys, men; persons with disabilities, also counted in those four), the composition of the teams by sex, and the killed and injured of accidents by sex and age group. Each row gives the people counted, how many records gave the figure and how many did not record it: a figure not recorded is never read as zero.</source>
        <translation>As pessoas, a partir dos registos aprovados: beneficiários das terras entregues (mulheres, meninas, meninos, homens; pessoas com deficiência, também contadas nesses quatro grupos), a composição das equipas por sexo, e os mortos e feridos dos acidentes por sexo e faixa etária. Cada linha dá as pessoas contadas, quantos registos deram o número e quantos não o registaram: um número não registado nunca é lido como zero.</translation>
    </message>
</context>
<context>
    <name>MakeFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/make_field_copy.py" line="22"/>
        <source>Make field copy</source>
        <translation>Criar cópia de campo</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="25"/>
        <source>Writes a GeoPackage for a team working offline: the hazards of one region (or one task, its hazards and their confirmed parts) with their survey points, land release activities, EO finds, tasks, site points and access routes, and the lookup lists and settings whole. It has the same forms and styles as the database, so it opens ready to edit in QGIS and QField.

The copy records what each record was when it was copied (the table field_copy_base), so that &apos;Submit field copy&apos; can send back what was added or changed and tell apart what was changed in the database meanwhile. The database is only read.</source>
        <translation>Escreve um GeoPackage para uma equipa que trabalha sem ligação: as áreas perigosas de uma região (ou de uma tarefa, as suas áreas perigosas e as suas partes confirmadas) com os seus pontos de levantamento, atividades de libertação de terras, achados de engenhos explosivos, tarefas, pontos do local e vias de acesso, e as listas de valores e as definições completas. Tem os mesmos formulários e estilos que a base de dados, por isso abre pronta a editar no QGIS e no QField.

A cópia guarda o que era cada registo quando foi copiado (a tabela field_copy_base), para que «Submeter cópia de campo» devolva o que foi adicionado ou alterado e distinga o que foi alterado entretanto na base de dados. A base de dados é apenas lida.</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="38"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="42"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Região (a região das áreas perigosas)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="44"/>
        <source>Or: task ID</source>
        <translation>Ou: ID da tarefa</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>Field copy</source>
        <translation>Cópia de campo</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="46"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="48"/>
        <source>Overwrite an existing file</source>
        <translation>Substituir um ficheiro existente</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="50"/>
        <source>Records copied</source>
        <translation>Registos copiados</translation>
    </message>
    <message>
        <location filename="../processing/make_field_copy.py" line="63"/>
        <source>{count} records copied into {path}</source>
        <translation>{count} registos copiados para {path}</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../store/migrate.py" line="247"/>
        <source>{count} re-registered confirmed parts were linked to their hazard (parent_hazard_id).</source>
        <translation>{count} partes confirmadas registadas de novo foram ligadas à sua área perigosa (parent_hazard_id).</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../processing/algorithm.py" line="27"/>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="28"/>
        <source>Survey</source>
        <translation>Levantamento</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="29"/>
        <source>Land release</source>
        <translation>Libertação de terras</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="30"/>
        <source>Cartography</source>
        <translation>Cartografia</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="96"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: não foi escrito nenhum resultado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="31"/>
        <source>Reporting</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../processing/algorithm.py" line="32"/>
        <source>Field data</source>
        <translation>Dados de campo</translation>
    </message>
</context>
<context>
    <name>MineActionMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="91"/>
        <source>Mine Action</source>
        <translation>Ação contra minas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Create mine action database…</source>
        <translation>Criar base de dados de ação contra minas…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>Open mine action database…</source>
        <translation>Abrir base de dados de ação contra minas…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="184"/>
        <source>Mine Action Mapper needs these Python packages: {packages}. Install them into the Python that QGIS uses (for example with pip, or the OSGeo4W installer on Windows), then restart QGIS.</source>
        <translation>O Mine Action Mapper precisa destes pacotes Python: {packages}. Instale-os no Python que o QGIS usa (por exemplo com o pip, ou com o instalador OSGeo4W no Windows) e reinicie o QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="230"/>
        <source>Mine Action Mapper</source>
        <translation>Mine Action Mapper</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="199"/>
        <source>Open mine action database</source>
        <translation>Abrir base de dados de ação contra minas</translation>
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
        <translation>Abrir a base de dados nacional (PostGIS)…</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsFactory</name>
    <message>
        <location filename="../ui/options_page.py" line="239"/>
        <source>Mine Action</source>
        <translation>Ação contra minas</translation>
    </message>
</context>
<context>
    <name>MineActionOptionsPage</name>
    <message>
        <location filename="../ui/options_page.py" line="182"/>
        <source>Your defaults</source>
        <translation>Os seus valores por omissão</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="184"/>
        <source>Used for databases that have no value of their own, and for work outside a database.</source>
        <translation>Usados nas bases de dados que não têm valor próprio, e no trabalho fora de uma base de dados.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="197"/>
        <source>This database: {name}</source>
        <translation>Esta base de dados: {name}</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="201"/>
        <source>Ticked values are stored in the database and travel with it; they win over your defaults.</source>
        <translation>Os valores assinalados são guardados na base de dados e acompanham-na; prevalecem sobre os seus valores por omissão.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="225"/>
        <source>Mine Action settings</source>
        <translation>Configurações de ação contra minas</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../processing/provider.py" line="17"/>
        <source>Mine Action</source>
        <translation>Ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Mine Action Mapper: humanitarian mine action tools</source>
        <translation>Mine Action Mapper: ferramentas de ação humanitária contra minas</translation>
    </message>
</context>
<context>
    <name>NationalReport</name>
    <message>
        <location filename="../core/report_charts.py" line="39"/>
        <source>The national report&apos;s charts need the Python package matplotlib, which is not installed in the Python QGIS runs: install python3-matplotlib (Debian, Ubuntu) or matplotlib (OSGeo4W shell: python -m pip install matplotlib).</source>
        <translation>Os gráficos do relatório nacional precisam do pacote Python matplotlib, que não está instalado no Python usado pelo QGIS: instale python3-matplotlib (Debian, Ubuntu) ou matplotlib (consola OSGeo4W: python -m pip install matplotlib).</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="240"/>
        <source>(no region)</source>
        <translation>(sem região)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="241"/>
        <source>(no category)</source>
        <translation>(sem categoria)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="243"/>
        <source>Land cancelled (non-technical survey)</source>
        <translation>Terras canceladas (pesquisa não técnica)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="244"/>
        <source>Land reduced with technical asset</source>
        <translation>Terras reduzidas com meio técnico</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="245"/>
        <source>Land reduced without technical asset</source>
        <translation>Terras reduzidas sem meio técnico</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="246"/>
        <source>Land cleared</source>
        <translation>Terras desminadas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="250"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="251"/>
        <source>Reduced (technical asset)</source>
        <translation>Reduzidas (meio técnico)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="252"/>
        <source>Reduced (no technical asset)</source>
        <translation>Reduzidas (sem meio técnico)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="253"/>
        <source>Cleared</source>
        <translation>Desminadas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="256"/>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>Reduzidas (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Cleared (m²)</source>
        <translation>Desminadas (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="266"/>
        <source>Total released (m²)</source>
        <translation>Total libertada (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="282"/>
        <source>No such area is known or suspected at the as-of date.</source>
        <translation>Nenhuma área deste tipo é conhecida ou suspeita na data de referência.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="284"/>
        <source>No land was released in the reporting period.</source>
        <translation>Nenhuma terra foi libertada no período do relatório.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="287"/>
        <source>National summary</source>
        <translation>Resumo nacional</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="288"/>
        <source>Anti-Personnel Mine Ban Convention, Article 7</source>
        <translation>Convenção sobre a proibição de minas antipessoal, artigo 7.º</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="289"/>
        <source>Convention on Cluster Munitions, Article 7</source>
        <translation>Convenção sobre munições de dispersão, artigo 7.º</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Hazardous areas, land release and explosive ordnance (all contamination)</source>
        <translation>Áreas perigosas, libertação de terras e engenhos explosivos (toda a contaminação)</translation>
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
        <translation>Área (m²)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Explosive ordnance found and destroyed in the period, by category</source>
        <translation>Engenhos explosivos encontrados e destruídos no período, por categoria</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Destroyed</source>
        <translation>Destruídos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No explosive ordnance was found in the reporting period.</source>
        <translation>Nenhum engenho explosivo foi encontrado no período do relatório.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas remaining, by region (anti-personnel mines and mixed contamination)</source>
        <translation>Áreas minadas remanescentes, por região (minas antipessoal e contaminação mista)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Mined areas released in the period, by region and method</source>
        <translation>Áreas minadas libertadas no período, por região e método</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Areas contaminated by cluster munition remnants, by region</source>
        <translation>Áreas contaminadas por restos de munições de dispersão, por região</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Cluster munition contaminated areas released in the period, by region and method</source>
        <translation>Áreas contaminadas por munições de dispersão libertadas no período, por região e método</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="381"/>
        <source>The as-of date {as_of} is before the reporting year {year} starts: give an as-of date on or after {start}.</source>
        <translation>A data de referência {as_of} é anterior ao início do ano do relatório {year}: indique uma data de referência igual ou posterior a {start}.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="55"/>
        <source>NATIONAL MINE ACTION REPORT</source>
        <translation>RELATÓRIO NACIONAL DE AÇÃO CONTRA MINAS</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="56"/>
        <source>Article 7 transparency reports: Anti-Personnel Mine Ban Convention and Convention on Cluster Munitions</source>
        <translation>Relatórios de transparência do artigo 7.º: Convenção sobre a proibição de minas antipessoal e Convenção sobre munições de dispersão</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="59"/>
        <source>Issuing authority</source>
        <translation>Autoridade emissora</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="60"/>
        <source>The national mine action authority</source>
        <translation>A autoridade nacional de ação contra minas</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="62"/>
        <source>Reporting period</source>
        <translation>Período do relatório</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="63"/>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="64"/>
        <source>Remaining areas as of</source>
        <translation>Áreas remanescentes em</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="65"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="66"/>
        <source>Date of issue</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="67"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="68"/>
        <source>Areas are ground areas on the WGS 84 ellipsoid, in square metres (m²). Every square metre released is counted once, by the method that released it first (cancellation by non-technical survey, reduction by technical survey, clearance), from the land release history.</source>
        <translation>As áreas são áreas no terreno sobre o elipsoide WGS 84, em metros quadrados (m²). Cada metro quadrado libertado conta uma vez, pelo método que o libertou primeiro (cancelamento por pesquisa não técnica, redução por pesquisa técnica, desminagem), segundo o histórico de libertação de terras.</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="73"/>
        <source>Land released per year, by method (m²)</source>
        <translation>Terras libertadas por ano, por método (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="75"/>
        <source>Remaining hazardous area by region at {date} (m²)</source>
        <translation>Área perigosa remanescente por região em {date} (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="77"/>
        <source>Suspected (SHA)</source>
        <translation>Suspeitas (ASP)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="78"/>
        <source>Confirmed (CHA)</source>
        <translation>Confirmadas (APC)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="79"/>
        <source>Progress: hazardous area remaining at the end of each year, and the path to the target of {date} (m²)</source>
        <translation>Progresso: área perigosa remanescente no fim de cada ano e trajetória até à meta de {date} (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="82"/>
        <source>Remaining</source>
        <translation>Remanescente</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="83"/>
        <source>Path to the target</source>
        <translation>Trajetória até à meta</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="84"/>
        <source>Certified correct by the issuing authority</source>
        <translation>Certificado conforme pela autoridade emissora</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="86"/>
        <source>Name, title and signature</source>
        <translation>Nome, cargo e assinatura</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="87"/>
        <source>Date and seal</source>
        <translation>Data e carimbo</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="88"/>
        <source>National mine action report {period}</source>
        <translation>Relatório nacional de ação contra minas {period}</translation>
    </message>
    <message>
        <location filename="../layouts/national_report.py" line="90"/>
        <source>Issued on {date}. Source: {source}.</source>
        <translation>Emitido em {date}. Fonte: {source}.</translation>
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
        <translation>Não foi possível escrever o relatório nacional ({error}).</translation>
    </message>
    <message>
        <location filename="../layouts/national_report_data.py" line="46"/>
        <source>No hazard is recorded on or before {end}: the database has nothing to report for {year}. Choose a later reporting year.</source>
        <translation>Nenhuma área perigosa está registada em {end} ou antes: a base de dados não tem nada a relatar para {year}. Escolha um ano de relatório posterior.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="189"/>
        <source>Hazardous areas remaining</source>
        <translation>Áreas perigosas remanescentes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="190"/>
        <source>of which suspected hazardous areas (SHA)</source>
        <translation>das quais áreas suspeitas perigosas (ASP)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="191"/>
        <source>of which confirmed hazardous areas (CHA)</source>
        <translation>das quais áreas perigosas confirmadas (APC)</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="192"/>
        <source>Hazardous areas newly recorded in the period</source>
        <translation>Áreas perigosas registadas pela primeira vez no período</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="198"/>
        <source>Land released in the period</source>
        <translation>Terras libertadas no período</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="199"/>
        <source>Land released since records began</source>
        <translation>Terras libertadas desde o início dos registos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="201"/>
        <source>Explosive ordnance items found in the period</source>
        <translation>Engenhos explosivos encontrados no período</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="203"/>
        <source>Explosive ordnance items destroyed in the period</source>
        <translation>Engenhos explosivos destruídos no período</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="348"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="274"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="275"/>
        <source>Girls</source>
        <translation>Raparigas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="276"/>
        <source>Boys</source>
        <translation>Rapazes</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="277"/>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="278"/>
        <source>Persons with disabilities</source>
        <translation>Pessoas com deficiência</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="280"/>
        <source>Sex and age not known</source>
        <translation>Sexo e idade desconhecidos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="290"/>
        <source>People: beneficiaries and casualties</source>
        <translation>Pessoas: beneficiários e vítimas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries of the land handed over in the period, by sex and age</source>
        <translation>Beneficiários das terras entregues no período, por sexo e idade</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Beneficiaries</source>
        <translation>Beneficiários</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records with the count</source>
        <translation>Registos com o número</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Records without the count</source>
        <translation>Registos sem o número</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No beneficiaries were recorded in the reporting period.</source>
        <translation>Não foram registados beneficiários no período do relatório.</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties of explosive ordnance accidents in the period, by sex and age</source>
        <translation>Vítimas de acidentes com engenhos explosivos no período, por sexo e idade</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Casualties</source>
        <translation>Vítimas</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed</source>
        <translation>Mortos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured</source>
        <translation>Feridos</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Killed: not recorded</source>
        <translation>Mortos: não registado</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>Injured: not recorded</source>
        <translation>Feridos: não registado</translation>
    </message>
    <message>
        <location filename="../core/report_tables.py" line="293"/>
        <source>No casualty was recorded in the reporting period.</source>
        <translation>Não foi registada nenhuma vítima no período do relatório.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/open_database.py" line="17"/>
        <source>Open mine action database</source>
        <translation>Abrir base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="27"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="30"/>
        <source>Layer group</source>
        <translation>Grupo de camadas</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="35"/>
        <source>Schema version {version}</source>
        <translation>Versão do esquema {version}</translation>
    </message>
    <message>
        <location filename="../processing/open_database.py" line="21"/>
        <source>Adds every layer of a mine action database to the current project, in one group, with their styles and attribute forms: a GeoPackage file, or a schema on a PostgreSQL connection.</source>
        <translation>Acrescenta todas as camadas de uma base de dados de ação contra minas ao projeto atual, num único grupo, com os seus estilos e formulários de atributos: um ficheiro GeoPackage, ou um esquema de uma ligação PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../processing/outputs.py" line="84"/>
        <source>The output &apos;{output}&apos; ({path}) is a mine action database: writing it would destroy the database. Choose another file for the output.</source>
        <translation>O resultado «{output}» ({path}) é uma base de dados de ação contra minas: escrevê-lo destruiria a base de dados. Escolha outro ficheiro para o resultado.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="90"/>
        <source>The output &apos;{output}&apos; ({path}) is the file the input &apos;{input}&apos; reads: writing it would destroy that data. Choose another file for the output.</source>
        <translation>O resultado «{output}» ({path}) é o ficheiro que a entrada «{input}» lê: escrevê-lo destruiria esses dados. Escolha outro ficheiro para o resultado.</translation>
    </message>
    <message>
        <location filename="../processing/outputs.py" line="119"/>
        <source>The output &apos;{output}&apos; ({path}) cannot be written: {error}. Choose another file or folder for the output.</source>
        <translation>Não é possível escrever o resultado «{output}» ({path}): {error}. Escolha outro ficheiro ou outra pasta para o resultado.</translation>
    </message>
    <message>
        <location filename="../store/workbook.py" line="18"/>
        <source>The workbook {path} cannot be written: {error}</source>
        <translation>Não é possível escrever o livro {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../layouts/layout_overview.py" line="88"/>
        <source>All hazards</source>
        <translation>Todas as áreas perigosas</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="99"/>
        <source>Released (cancelled, reduced, cleared)</source>
        <translation>Libertadas (canceladas, reduzidas, desminadas)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="135"/>
        <source>The database has no hazard or activity with a geometry to map.</source>
        <translation>A base de dados não tem nenhuma área perigosa nem atividade com geometria para cartografar.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="158"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="162"/>
        <source>NATIONAL MINE ACTION OVERVIEW</source>
        <translation>VISÃO NACIONAL DA AÇÃO CONTRA MINAS</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="163"/>
        <source>Hazardous areas by class and land release activities by outcome, as recorded on {date}. Scale 1:{scale}.</source>
        <translation>Áreas perigosas por classe e atividades de libertação de terras por resultado, tal como registadas em {date}. Escala 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="167"/>
        <source>Hazardous areas by class and status</source>
        <translation>Áreas perigosas por classe e estado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Hazards</source>
        <translation>Áreas perigosas</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="169"/>
        <source>Area (m²)</source>
        <translation>Superfície (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="173"/>
        <source>Land release activities by outcome</source>
        <translation>Atividades de libertação de terras por resultado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="175"/>
        <source>Land, counted once (m²)</source>
        <translation>Terra, contada uma vez (m²)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>Map: {crs_name} ({crs}), datum WGS 84; graticule in degrees and minutes of latitude and longitude. Areas are ground areas on the WGS 84 ellipsoid. Source: {database}. Issued by {authority} on {date}.</source>
        <translation>Mapa: {crs_name} ({crs}), datum WGS 84; retícula em graus e minutos de latitude e longitude. As superfícies são superfícies no terreno sobre o elipsoide WGS 84. Fonte: {database}. Emitido por {authority} em {date}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="179"/>
        <source>the national mine action authority</source>
        <translation>a autoridade nacional de ação contra minas</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="187"/>
        <source>Planning overview only: not for navigation or for entering any area. Hazard boundaries are approximate and unrecorded contamination may exist anywhere. Hazardous areas are what remains; land released is counted once, by the method that released it first.</source>
        <translation>Apenas para planeamento: não serve para navegação nem para entrar em qualquer área. Os limites das áreas perigosas são aproximados e pode existir contaminação não registada em qualquer lugar. As áreas perigosas são o que resta; a terra libertada é contada uma só vez, pelo método que a libertou primeiro.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_overview.py" line="235"/>
        <source>The overview could not be written ({error}).</source>
        <translation>Não foi possível escrever a visão geral ({error}).</translation>
    </message>
</context>
<context>
    <name>PackageForQFieldAlgorithm</name>
    <message>
        <location filename="../processing/package_for_qfield.py" line="24"/>
        <source>Package for QField</source>
        <translation>Empacotar para o QField</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="27"/>
        <source>Writes a folder to copy to a device with QField: a QGIS project (saved with relative paths) around a field copy of one region or one task, as &apos;Make field copy&apos; writes it, with the database&apos;s forms and styles, the relations between the tables, the map opening on the package&apos;s records (no basemap), and the task order PDF of each task.

The project uses only QGIS itself: QField opens it without this plugin. Bring the team&apos;s work back with &apos;Import QField changes&apos;. The database is only read; the folder appears only when complete, and an existing package is replaced only when overwriting is allowed.</source>
        <translation>Escreve uma pasta para copiar para um dispositivo com o QField: um projeto QGIS (guardado com caminhos relativos) em torno de uma cópia de campo de uma região ou de uma tarefa, tal como «Criar cópia de campo» a escreve, com os formulários e os estilos da base de dados, as relações entre as tabelas, o mapa aberto sobre os registos do pacote (sem mapa de fundo) e a ordem de tarefa em PDF de cada tarefa.

O projeto usa apenas o próprio QGIS: o QField abre-o sem este plugin. Traga de volta o trabalho da equipa com «Importar alterações do QField». A base de dados é apenas lida; a pasta só aparece completa, e um pacote existente só é substituído se a substituição for permitida.</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="40"/>
        <source>Region (the hazards&apos; region)</source>
        <translation>Região (a região das áreas perigosas)</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="42"/>
        <source>Or: task ID</source>
        <translation>Ou: ID da tarefa</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="44"/>
        <source>Package folder</source>
        <translation>Pasta do pacote</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="46"/>
        <source>Replace an existing package</source>
        <translation>Substituir um pacote existente</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="48"/>
        <source>QGIS project</source>
        <translation>Projeto QGIS</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="49"/>
        <source>Records copied</source>
        <translation>Registos copiados</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="50"/>
        <source>Task orders printed</source>
        <translation>Ordens de tarefa impressas</translation>
    </message>
    <message>
        <location filename="../processing/package_for_qfield.py" line="66"/>
        <source>{records} records and {orders} task orders packaged in {folder}</source>
        <translation>{records} registos e {orders} ordens de tarefa empacotados em {folder}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/field_mapping.py" line="34"/>
        <source>Field mapping profile {profile}: {problem}</source>
        <translation>Perfil de correspondência de campos {profile}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="92"/>
        <source>Row {row}, field &apos;{source}&apos;: profile {profile} has no code of ours for the value &apos;{value}&apos; (it maps: {codes}). Add it to the profile&apos;s &quot;values&quot; for {field} and import again.</source>
        <translation>Linha {row}, campo '{source}': o perfil {profile} não tem nenhum código nosso para o valor '{value}' (faz corresponder: {codes}). Acrescente-o aos &quot;values&quot; do perfil para {field} e importe de novo.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="110"/>
        <source>Record {record}, field &apos;{field}&apos;: profile {profile} has none of the source&apos;s codes for our code &apos;{value}&apos;. Add one to the profile&apos;s &quot;values&quot; for {field} and export again.</source>
        <translation>Registo {record}, campo '{field}': o perfil {profile} não tem nenhum código da origem para o nosso código '{value}'. Acrescente um aos &quot;values&quot; do perfil para {field} e exporte de novo.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="129"/>
        <source>it has no mapping for table {table} (it maps: {tables}).</source>
        <translation>não tem correspondência para a tabela {table} (faz corresponder: {tables}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="137"/>
        <source>&quot;{where}&quot; must be a JSON object of names.</source>
        <translation>&quot;{where}&quot; tem de ser um objeto JSON de nomes.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="145"/>
        <source>&quot;{where}&quot;: the value of &apos;{key}&apos; must be a name (text).</source>
        <translation>&quot;{where}&quot;: o valor de '{key}' tem de ser um nome (texto).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="153"/>
        <source>&apos;{table}&apos; is not a table of the data model.</source>
        <translation>'{table}' não é uma tabela do modelo de dados.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="164"/>
        <source>&quot;{where}&quot; must name a source field.</source>
        <translation>&quot;{where}&quot; tem de nomear um campo da origem.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="169"/>
        <source>table {table}: &apos;{field}&apos; (for the source field &apos;{source}&apos;) is not a field of {table}; its fields: {fields}.</source>
        <translation>tabela {table}: '{field}' (para o campo de origem '{source}') não é um campo de {table}; os seus campos: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="174"/>
        <source>table {table}: the source fields &apos;{first}&apos; and &apos;{second}&apos; both map to {field}; keep one.</source>
        <translation>tabela {table}: os campos de origem '{first}' e '{second}' correspondem ambos a {field}; mantenha um.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="181"/>
        <source>table {table} has no external ID field, so &quot;external_id&quot; cannot be given for it.</source>
        <translation>a tabela {table} não tem campo de ID externo, pelo que &quot;external_id&quot; não pode ser dado para ela.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="185"/>
        <source>table {table}: &quot;external_id&quot; names &apos;{source}&apos; but &quot;fields&quot; maps &apos;{other}&apos; to external_id; keep one.</source>
        <translation>tabela {table}: &quot;external_id&quot; nomeia '{source}' mas &quot;fields&quot; faz corresponder '{other}' a external_id; mantenha um.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="191"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, which is not a list field of {table}.</source>
        <translation>tabela {table}: &quot;values&quot; tem códigos para '{field}', que não é um campo de lista de {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="195"/>
        <source>table {table}: &quot;values&quot; has codes for &apos;{field}&apos;, but no source field maps to it.</source>
        <translation>tabela {table}: &quot;values&quot; tem códigos para '{field}', mas nenhum campo de origem lhe corresponde.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="201"/>
        <source>table {table}: the constant &apos;{field}&apos; is not a field of {table}.</source>
        <translation>tabela {table}: a constante '{field}' não é um campo de {table}.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="205"/>
        <source>table {table}: &apos;{field}&apos; is both a constant and mapped from &apos;{source}&apos;; keep one.</source>
        <translation>tabela {table}: '{field}' é ao mesmo tempo uma constante e a correspondência de '{source}'; mantenha um.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="212"/>
        <source>the source field name &apos;{source}&apos; is longer than the profile&apos;s limit of {limit} characters.</source>
        <translation>o nome de campo de origem '{source}' excede o limite do perfil de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="225"/>
        <source>it is not a field mapping profile of version {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</source>
        <translation>não é um perfil de correspondência de campos da versão {version} (&quot;format&quot;: &quot;{format}&quot;, &quot;version&quot;: {version}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="230"/>
        <source>&quot;crs&quot; must name the source&apos;s coordinate reference system, e.g. &quot;EPSG:4326&quot;.</source>
        <translation>&quot;crs&quot; tem de nomear o sistema de referência de coordenadas da origem, p. ex. &quot;EPSG:4326&quot;.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="235"/>
        <source>&quot;max_name_length&quot; must be a whole number of characters.</source>
        <translation>&quot;max_name_length&quot; tem de ser um número inteiro de caracteres.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="239"/>
        <source>&quot;tables&quot; maps no table.</source>
        <translation>&quot;tables&quot; não faz corresponder nenhuma tabela.</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="252"/>
        <source>it cannot be read ({error}).</source>
        <translation>não pode ser lido ({error}).</translation>
    </message>
    <message>
        <location filename="../core/field_mapping.py" line="255"/>
        <source>it is not valid JSON ({error}).</source>
        <translation>não é JSON válido ({error}).</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="16"/>
        <source>Field mapping profile (JSON file)</source>
        <translation>Perfil de correspondência de campos (ficheiro JSON)</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="19"/>
        <source>Or: a field mapping profile shipped with the plugin</source>
        <translation>Ou: um perfil de correspondência de campos incluído no complemento</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="34"/>
        <source>Give either a field mapping profile file or a bundled profile, not both.</source>
        <translation>Indique um ficheiro de perfil de correspondência de campos ou um perfil incluído, não ambos.</translation>
    </message>
    <message>
        <location filename="../processing/profile_choice.py" line="41"/>
        <source>Give the field mapping profile: a JSON file, or one of the bundled profiles.</source>
        <translation>Indique o perfil de correspondência de campos: um ficheiro JSON, ou um dos perfis incluídos.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="29"/>
        <source>Field mapping profile {profile}: &quot;crs&quot; &apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>Perfil de correspondência de campos {profile}: o &quot;crs&quot; '{crs}' não é um sistema de referência de coordenadas que o QGIS conheça.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="43"/>
        <source>Nothing was imported from {source}: its CRS is {own}, but field mapping profile {profile} says the source is in {crs}. Use the profile made for these records, or correct its &quot;crs&quot;.</source>
        <translation>Nada foi importado de {source}: o seu SRC é {own}, mas o perfil de correspondência de campos {profile} diz que a origem está em {crs}. Use o perfil feito para estes registos, ou corrija o seu &quot;crs&quot;.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="56"/>
        <source>Nothing was imported from {source}: field mapping profile {profile} maps the field &apos;{field}&apos;, which the records do not have (their fields: {fields}).</source>
        <translation>Nada foi importado de {source}: o perfil de correspondência de campos {profile} faz corresponder o campo '{field}', que os registos não têm (os seus campos: {fields}).</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="65"/>
        <source>Fields of {source} that profile {profile} does not map were not imported: {fields}.</source>
        <translation>Os campos de {source} que o perfil {profile} não faz corresponder não foram importados: {fields}.</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="130"/>
        <source>(Field &apos;{field}&apos; of the records, through profile {profile}.)</source>
        <translation>(Campo '{field}' dos registos, através do perfil {profile}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="133"/>
        <source>(Profile {profile} maps no field of the records to {field}.)</source>
        <translation>(O perfil {profile} não faz corresponder nenhum campo dos registos a {field}.)</translation>
    </message>
    <message>
        <location filename="../store/mapped_records.py" line="175"/>
        <source>A shapefile keeps field names of at most {limit} characters, and profile {profile} writes &apos;{field}&apos;: export to a GeoPackage, or use a profile with shorter names.</source>
        <translation>Um shapefile mantém nomes de campo com {limit} caracteres no máximo, e o perfil {profile} escreve '{field}': exporte para um GeoPackage, ou use um perfil com nomes mais curtos.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../styles/project.py" line="20"/>
        <source>Mine action: {name}</source>
        <translation>Ação contra minas: {name}</translation>
    </message>
</context>
<context>
    <name>QFieldPackage</name>
    <message>
        <location filename="../layouts/qfield_package.py" line="59"/>
        <source>Mine action field package: {name}</source>
        <translation>Pacote de campo de ação contra minas: {name}</translation>
    </message>
    <message>
        <location filename="../layouts/qfield_package.py" line="75"/>
        <source>Cancelled: no package was written.</source>
        <translation>Cancelado: nenhum pacote foi escrito.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="41"/>
        <source>The package folder {folder} holds the database it is made from. Choose another folder.</source>
        <translation>A pasta do pacote {folder} contém a base de dados de onde é feito. Escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="47"/>
        <source>{folder} exists and is not a QField package: it is never replaced. Choose a new or empty folder.</source>
        <translation>{folder} existe e não é um pacote QField: nunca é substituído. Escolha uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="51"/>
        <source>{folder} already holds a QField package. Choose another folder or allow overwriting.</source>
        <translation>{folder} já contém um pacote QField. Escolha outra pasta ou permita a substituição.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="85"/>
        <source>{path} is not a QField package written by &apos;Package for QField&apos; (it has no {manifest}). Give the package&apos;s folder, its project or its GeoPackage.</source>
        <translation>{path} não é um pacote QField escrito por «Empacotar para o QField» (não tem {manifest}). Indique a pasta do pacote, o seu projeto ou o seu GeoPackage.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="95"/>
        <source>The package description {manifest} cannot be read: {error}</source>
        <translation>Não é possível ler a descrição do pacote {manifest}: {error}</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="99"/>
        <source>{path} was made by a newer version of Mine Action Mapper (package format {version}; this plugin knows {known}). Update the plugin to import it.</source>
        <translation>{path} foi feito por uma versão mais recente do Mine Action Mapper (formato de pacote {version}; este plugin conhece {known}). Atualize o plugin para o importar.</translation>
    </message>
    <message>
        <location filename="../store/qfield_package.py" line="116"/>
        <source>The package {path} has lost its GeoPackage {name}: copy the whole package folder back from the device.</source>
        <translation>O pacote {path} perdeu o seu GeoPackage {name}: copie de volta a pasta inteira do pacote a partir do dispositivo.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="52"/>
        <source>The project {path} could not be written: {error}</source>
        <translation>Não foi possível escrever o projeto {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="100"/>
        <source>{child} of the {parent}</source>
        <translation>{child} de: {parent}</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="106"/>
        <source>The relation {relation} is not valid: a table or field of the field copy is missing.</source>
        <translation>A relação {relation} não é válida: falta uma tabela ou um campo da cópia de campo.</translation>
    </message>
    <message>
        <location filename="../styles/qfield_project.py" line="115"/>
        <source>Related records</source>
        <translation>Registos relacionados</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../core/quality/check.py" line="44"/>
        <source>The record cannot be checked: {error}</source>
        <translation>O registo não pode ser verificado: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>No geometry: {reason}</source>
        <translation>Sem geometria: {reason}</translation>
    </message>
    <message>
        <location filename="../core/quality/check.py" line="73"/>
        <source>the geometry is empty</source>
        <translation>a geometria está vazia</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="44"/>
        <source>The activity overlaps no hazard.</source>
        <translation>A atividade não se sobrepõe a nenhuma área perigosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="55"/>
        <source>The find lies in no hazard and no activity.</source>
        <translation>O achado não está em nenhuma área perigosa nem em nenhuma atividade.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="80"/>
        <source>Overlaps hazard {other} by {area:.1f} m².</source>
        <translation>Sobrepõe-se à área perigosa {other} em {area:.1f} m².</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="23"/>
        <source>the boundary crosses itself</source>
        <translation>o contorno cruza-se a si próprio</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="24"/>
        <source>a ring touches itself</source>
        <translation>um anel toca-se a si próprio</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="25"/>
        <source>too few points</source>
        <translation>pontos a menos</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="27"/>
        <source>a hole lies outside the polygon</source>
        <translation>um buraco está fora do polígono</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="28"/>
        <source>a hole lies inside another hole</source>
        <translation>um buraco está dentro de outro buraco</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="29"/>
        <source>holes cut the polygon in pieces</source>
        <translation>os buracos cortam o polígono em pedaços</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="31"/>
        <source>a part lies inside another part</source>
        <translation>uma parte está dentro de outra parte</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="32"/>
        <source>a ring is repeated</source>
        <translation>um anel está repetido</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="33"/>
        <source>a coordinate is not a number</source>
        <translation>uma coordenada não é um número</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="34"/>
        <source>a ring is not closed</source>
        <translation>um anel não está fechado</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="116"/>
        <source>Part {part}, ring {ring}: {count} distinct vertices.</source>
        <translation>Parte {part}, anel {ring}: {count} vértices distintos.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="123"/>
        <source>Part {part}, ring {ring}: the vertex {x:.7f} {y:.7f} appears {count} times.</source>
        <translation>Parte {part}, anel {ring}: o vértice {x:.7f} {y:.7f} aparece {count} vezes.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="129"/>
        <source>Part {part}, ring {ring}: a segment of {length:.0f} m (limit {limit:.0f} m).</source>
        <translation>Parte {part}, anel {ring}: um segmento de {length:.0f} m (limite {limit:.0f} m).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="143"/>
        <source>Part {part}: {reason}.</source>
        <translation>Parte {part}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="161"/>
        <source>Part {part} repeats part {other}.</source>
        <translation>A parte {part} repete a parte {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="171"/>
        <source>Parts {part} and {other} overlap by {area:.1f} m² ({percent:.1f} % of the smaller).</source>
        <translation>As partes {part} e {other} sobrepõem-se em {area:.1f} m² ({percent:.1f} % da menor).</translation>
    </message>
    <message>
        <location filename="../core/quality/geometry.py" line="195"/>
        <source>Same position as {other}.</source>
        <translation>Mesma posição que {other}.</translation>
    </message>
    <message>
        <location filename="../core/quality/links.py" line="16"/>
        <source>No hazard has the ID &apos;{hazard}&apos;.</source>
        <translation>Nenhuma área perigosa tem o identificador «{hazard}».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="29"/>
        <source>&apos;{value}&apos; repeats the ID &apos;{other}&apos; of feature {fid}.</source>
        <translation>«{value}» repete o identificador «{other}» do elemento {fid}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="41"/>
        <source>The field &apos;{field}&apos; is empty.</source>
        <translation>O campo «{field}» está vazio.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="55"/>
        <source>&apos;{code}&apos; is not in the lookup list &apos;{vocabulary}&apos;.</source>
        <translation>«{code}» não está na lista de valores «{vocabulary}».</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="72"/>
        <source>Stated {stated:.1f} m², computed {computed:.1f} m² ({percent:+.1f} %).</source>
        <translation>Declarada {stated:.1f} m², calculada {computed:.1f} m² ({percent:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="93"/>
        <source>Ends {end}, starts {start}.</source>
        <translation>Termina em {end}, começa em {start}.</translation>
    </message>
    <message>
        <location filename="../core/quality/records.py" line="100"/>
        <source>Ends {end}; hazard {hazard} is dated {recorded}.</source>
        <translation>Termina em {end}; a área perigosa {hazard} tem a data {recorded}.</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="21"/>
        <source>a vertex repeating the one before it</source>
        <translation>um vértice que repete o anterior</translation>
    </message>
    <message>
        <location filename="../core/quality/repair.py" line="22"/>
        <source>the last two vertices repeating the first two</source>
        <translation>os dois últimos vértices que repetem os dois primeiros</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="16"/>
        <source>must fix</source>
        <translation>a corrigir</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="17"/>
        <source>advisory</source>
        <translation>a rever</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Invalid polygon</source>
        <translation>Polígono inválido</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Redraw the boundary at the location so that it does not cross or touch itself.</source>
        <translation>Volte a desenhar o contorno nesse local para que não se cruze nem se toque.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Polygon with fewer than 3 vertices</source>
        <translation>Polígono com menos de 3 vértices</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the part or digitise it again from the survey record.</source>
        <translation>Apague a parte ou digitalize-a de novo a partir do registo do levantamento.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate polygon in a record</source>
        <translation>Polígono duplicado num registo</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated part of the multipart polygon.</source>
        <translation>Apague a parte repetida do polígono múltiplo.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate vertex in a polygon</source>
        <translation>Vértice duplicado num polígono</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Remove the repeated vertex, or run Repair geometries when the ring ends by repeating its first two vertices.</source>
        <translation>Retire o vértice repetido, ou execute Reparar geometrias quando o anel termina a repetir os seus dois primeiros vértices.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate single point</source>
        <translation>Ponto único duplicado</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Delete the repeated record or correct its position.</source>
        <translation>Apague o registo repetido ou corrija a sua posição.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Missing or unreadable geometry</source>
        <translation>Geometria em falta ou ilegível</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Digitise the geometry again from the field record.</source>
        <translation>Digitalize de novo a geometria a partir do registo de campo.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Consecutive vertices far apart</source>
        <translation>Vértices consecutivos muito afastados</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the vertices at both ends of the segment: a mistyped coordinate makes a long spike.</source>
        <translation>Verifique os vértices nas duas pontas do segmento: uma coordenada mal escrita faz um pico longo.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Parts of a multipart polygon overlap</source>
        <translation>As partes de um polígono múltiplo sobrepõem-se</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Merge the overlapping parts or redraw their common boundary.</source>
        <translation>Junte as partes que se sobrepõem ou volte a desenhar o seu limite comum.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Duplicate record ID</source>
        <translation>Identificador de registo duplicado</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Give one of the records a new ID (or merge the two records); remove spaces around IDs.</source>
        <translation>Dê um novo identificador a um dos registos (ou junte os dois registos); retire os espaços à volta dos identificadores.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazard without date of information, status or class</source>
        <translation>Área perigosa sem data da informação, estado ou classe</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Fill in the missing field from the hazard&apos;s report.</source>
        <translation>Preencha o campo em falta a partir do relatório da área perigosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Code not in the lookup lists</source>
        <translation>Código que não está nas listas de valores</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Choose a code from the list, or add the code to the lookup lists with the built-in code it behaves as.</source>
        <translation>Escolha um código da lista, ou acrescente o código às listas de valores com o código integrado cujo comportamento tem.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Stated area differs from the computed area</source>
        <translation>A área declarada difere da área calculada</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the polygon or the stated area; the plugin computes ground areas on the WGS 84 ellipsoid.</source>
        <translation>Corrija o polígono ou a área declarada; o complemento calcula áreas de terreno no elipsoide WGS 84.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ended before its hazard&apos;s date of information</source>
        <translation>Atividade terminada antes da data da informação da sua área perigosa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the activity&apos;s dates or the hazard&apos;s date of information.</source>
        <translation>Corrija as datas da atividade ou a data da informação da área perigosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity ends before it starts</source>
        <translation>A atividade termina antes de começar</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the start or end date.</source>
        <translation>Corrija a data de início ou de fim.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Linked to a hazard that does not exist</source>
        <translation>Ligado a uma área perigosa que não existe</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Correct the hazard ID, or clear it when the record belongs to no hazard.</source>
        <translation>Corrija o identificador da área perigosa, ou apague-o se o registo não pertence a nenhuma área perigosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Activity outside every hazard</source>
        <translation>Atividade fora de qualquer área perigosa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the activity&apos;s polygon and CRS, or record the hazard it worked on.</source>
        <translation>Verifique o polígono e o SRC da atividade, ou registe a área perigosa onde se trabalhou.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Find outside every hazard and activity</source>
        <translation>Achado fora de qualquer área perigosa e de qualquer atividade</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the find&apos;s position; a find outside known hazards is evidence of a new hazard.</source>
        <translation>Verifique a posição do achado; um achado fora das áreas perigosas conhecidas é indício de uma nova área perigosa.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Hazards overlap</source>
        <translation>Áreas perigosas que se sobrepõem</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Cut the overlap out of one of the hazards, or merge the two records.</source>
        <translation>Recorte a sobreposição de uma das áreas perigosas, ou junte os dois registos.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Survey does not close within the programme tolerance</source>
        <translation>O levantamento não fecha dentro da tolerância do programa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the bearings and distances of the survey table against the field sheet.</source>
        <translation>Compare os azimutes e as distâncias da tabela de levantamento com a folha de campo.</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="27"/>
        <source>The survey cannot be computed: {error}</source>
        <translation>O levantamento não pode ser calculado: {error}</translation>
    </message>
    <message>
        <location filename="../core/quality/survey.py" line="35"/>
        <source>Misclosure {misclosure:.2f} m, precision {precision}.</source>
        <translation>Erro de fecho {misclosure:.2f} m, precisão {precision}.</translation>
    </message>
    <message>
        <location filename="../core/quality/coverage.py" line="64"/>
        <source>The accident lies in no recorded hazard.</source>
        <translation>O acidente não está em nenhuma área perigosa registada.</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Accident outside every hazard</source>
        <translation>Acidente fora de qualquer área perigosa</translation>
    </message>
    <message>
        <location filename="../core/quality/rules.py" line="42"/>
        <source>Check the accident&apos;s position; an accident at a known location is direct evidence: survey the place and record the hazard.</source>
        <translation>Verifique a posição do acidente; um acidente num local conhecido é um indício direto: levante o local e registe a área perigosa.</translation>
    </message>
</context>
<context>
    <name>RepairGeometriesAlgorithm</name>
    <message>
        <location filename="../processing/repair_geometries.py" line="17"/>
        <source>Repair geometries</source>
        <translation>Reparar geometrias</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="20"/>
        <source>Applies only the safe fixes of GICHD geocheck&apos;s toolbox to a copy of a polygon layer: a vertex repeating the one before it (the closing vertex repeating the first included) and a ring&apos;s last two vertices repeating its first two are removed. Neither changes an area. Other problems are left for Check mine action database to report. The input is not modified; the log has one point per vertex removed.</source>
        <translation>Aplica a uma cópia de uma camada de polígonos apenas as correções seguras da caixa de ferramentas geocheck do GICHD: são retirados um vértice que repete o anterior (incluindo o vértice de fecho que repete o primeiro) e os dois últimos vértices de um anel que repetem os seus dois primeiros. Nenhuma altera uma área. Os outros problemas ficam para Verificar a base de dados de ação contra minas. A entrada não é modificada; o registo tem um ponto por vértice retirado.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="29"/>
        <source>Polygon layer</source>
        <translation>Camada de polígonos</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="31"/>
        <source>Repaired layer</source>
        <translation>Camada reparada</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="33"/>
        <source>Repair log</source>
        <translation>Registo das reparações</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="62"/>
        <source>Feature {fid}: the geometry cannot be read ({error}); copied unchanged.</source>
        <translation>Elemento {fid}: a geometria não pode ser lida ({error}); copiada sem alterações.</translation>
    </message>
    <message>
        <location filename="../processing/repair_geometries.py" line="78"/>
        <source>{changed} features repaired, {removed} vertices removed</source>
        <translation>{changed} elementos reparados, {removed} vértices retirados</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../store/roles.py" line="44"/>
        <source>{database}: the role name {role} would be longer than PostgreSQL&apos;s {limit} bytes. Roles are named after the schema: use a schema with a shorter name.</source>
        <translation>{database}: o nome de função {role} excederia os {limit} bytes do PostgreSQL. As funções têm o nome do esquema: use um esquema com um nome mais curto.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="79"/>
        <source>Unknown group &apos;{group}&apos; (expected one of {groups}).</source>
        <translation>Grupo desconhecido «{group}» (esperado um de {groups}).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="85"/>
        <source>{database}: there is no login role &apos;{login}&apos; on the server. Create it first (createuser --pwprompt {login}), then add it to a group.</source>
        <translation>{database}: não existe a função de início de sessão «{login}» no servidor. Crie-a primeiro (createuser --pwprompt {login}) e depois adicione-a a um grupo.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="90"/>
        <source>The operator login &apos;{login}&apos; needs the organisation it submits for (as its records name it in their organisation field).</source>
        <translation>O início de sessão de operador «{login}» precisa da organização pela qual submete (tal como os seus registos a escrevem no campo organização).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="119"/>
        <source>{database}: the roles were not set up: {error}. Nothing was changed (run this as a superuser, or as a role with CREATEROLE that owns the schema).</source>
        <translation>{database}: as funções não foram configuradas: {error}. Nada foi alterado (execute como superutilizador, ou com uma função com CREATEROLE proprietária do esquema).</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="147"/>
        <source>{table} {record}: it belongs to organisation {owner}, not to yours ({own}). An operator changes only its own organisation&apos;s records; nothing was saved.</source>
        <translation>{table} {record}: pertence à organização {owner}, não à sua ({own}). Um operador só altera os registos da sua própria organização; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="154"/>
        <source>{table} {record}: approved by the national centre, so an operator cannot delete it; nothing was saved.</source>
        <translation>{table} {record}: aprovado pelo centro nacional, por isso um operador não o pode apagar; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="160"/>
        <source>{table} {record}: only a national editor approves or returns a record; nothing was saved.</source>
        <translation>{table} {record}: só um editor nacional aprova ou devolve um registo; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="165"/>
        <source>{table}: the database refused the record: an operator adds and changes only records of its own organisation (the organisation its login is a member of), and they stay submitted until the national centre reviews them. Nothing was saved.</source>
        <translation>{table}: a base de dados recusou o registo: um operador só adiciona e altera registos da sua própria organização (aquela de que o seu início de sessão é membro), e ficam submetidos até o centro nacional os rever. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../store/roles.py" line="172"/>
        <source>{table}: your login may not make this change (the database refused it: permission denied). Ask the national administrator for the role you need; nothing was saved.</source>
        <translation>{table}: o seu início de sessão não pode fazer esta alteração (a base de dados recusou-a: permissão negada). Peça ao administrador nacional a função de que precisa; nada foi guardado.</translation>
    </message>
</context>
<context>
    <name>SaveRefusals</name>
    <message>
        <location filename="../ui/save_refusals.py" line="51"/>
        <source>its records</source>
        <translation>os seus registos</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="53"/>
        <source>{layer}: {records} changed by another editor since you opened it. Nothing of your change to it was saved: your edits are still in the layer. Discard them (Roll Back), and make your change again on what is now stored.</source>
        <translation>{layer}: {records} foi alterado por outro editor desde que o abriu. Nada da sua alteração foi guardado: as suas edições continuam na camada. Descarte-as (Reverter) e faça a sua alteração de novo sobre o que está agora guardado.</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="61"/>
        <source>{layer}: {records} not saved. {reason}</source>
        <translation>{layer}: {records} não guardado. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/save_refusals.py" line="104"/>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
</context>
<context>
    <name>SetUpRolesAlgorithm</name>
    <message>
        <location filename="../processing/setup_roles.py" line="22"/>
        <source>Set up national database roles</source>
        <translation>Configurar as funções da base de dados nacional</translation>
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
        <translation>Cria as funções de uma base de dados nacional de ação contra minas em PostgreSQL, com o nome do seu esquema, numa só transação; executá-lo de novo não altera nada:
- &lt;schema&gt;_admin, administrador nacional: é proprietário do esquema (atualizações, listas de valores, membros das organizações);
- &lt;schema&gt;_editor, editor nacional: todos os registos, e a revisão das submissões dos operadores;
- &lt;schema&gt;_operator, editor de operador: adiciona e altera apenas as atividades, achados de EE, pontos de levantamento e pontos de local da sua própria organização, que ficam submetidos até um editor nacional os aprovar; lê tudo;
- &lt;schema&gt;_viewer: lê tudo.

A segurança ao nível das linhas e um gatilho impõem-no a qualquer cliente. Só as atividades aprovadas libertam terras.

Opcionalmente adiciona uma função de início de sessão existente a um grupo; o início de sessão de um operador indica também a sua organização, tal como os seus registos a escrevem. Execute-o como superutilizador, ou com uma função com CREATEROLE proprietária do esquema. O SQL que executa é store/sql/roles.sql, preenchido com os nomes do esquema; pode ser guardado num ficheiro para o psql.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="45"/>
        <source>PostgreSQL connection</source>
        <translation>Ligação PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="47"/>
        <source>Schema of the mine action database</source>
        <translation>Esquema da base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="49"/>
        <source>Add this login role (optional)</source>
        <translation>Adicionar esta função de início de sessão (opcional)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="51"/>
        <source>to the group</source>
        <translation>ao grupo</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="56"/>
        <source>Organisation of an operator&apos;s login</source>
        <translation>Organização do início de sessão de um operador</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>Save the SQL run as</source>
        <translation>Guardar o SQL executado como</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="59"/>
        <source>SQL script (*.sql)</source>
        <translation>Script SQL (*.sql)</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="62"/>
        <source>Group roles</source>
        <translation>Funções de grupo</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="68"/>
        <source>Choose the PostgreSQL connection and the schema of the mine action database.</source>
        <translation>Escolha a ligação PostgreSQL e o esquema da base de dados de ação contra minas.</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="75"/>
        <source>Group roles of {database}: {roles}</source>
        <translation>Funções de grupo de {database}: {roles}</translation>
    </message>
    <message>
        <location filename="../processing/setup_roles.py" line="78"/>
        <source>{login} is a member of {role}.</source>
        <translation>{login} é membro de {role}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings.py" line="28"/>
        <source>Smallest relative precision 1:N</source>
        <translation>Menor precisão relativa 1:N</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="29"/>
        <source>Largest misclosure (m)</source>
        <translation>Maior erro de fecho (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="30"/>
        <source>Longest traverse leg accepted (m)</source>
        <translation>Troço máximo aceite da poligonal (m)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="31"/>
        <source>Smallest piece released (m²)</source>
        <translation>Menor fragmento libertado (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="32"/>
        <source>Issuing authority</source>
        <translation>Autoridade emissora</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="33"/>
        <source>Task order paper</source>
        <translation>Papel da ordem de tarefa</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="68"/>
        <source>it must be text</source>
        <translation>deve ser texto</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="70"/>
        <source>it must be one of {papers}</source>
        <translation>deve ser um de {papers}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="110"/>
        <source>Setting &quot;{setting}&quot; ({key}): &quot;{value}&quot; is not accepted: {reason}.</source>
        <translation>Configuração «{setting}» ({key}): «{value}» não é aceite: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number greater than {minimum}</source>
        <translation>deve ser um número maior que {minimum}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="120"/>
        <source>it must be a number, {minimum} or more</source>
        <translation>deve ser um número, {minimum} ou mais</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="140"/>
        <source>it must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="84"/>
        <source>{source} is not a mine action database: its settings cannot be stored.</source>
        <translation>{source} não é uma base de dados de ação contra minas: as suas configurações não podem ser guardadas.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="89"/>
        <source>Unknown setting {key}.</source>
        <translation>Configuração desconhecida {key}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="97"/>
        <source>The settings of {path} cannot be edited.</source>
        <translation>Não é possível editar as configurações de {path}.</translation>
    </message>
    <message>
        <location filename="../store/settings_store.py" line="113"/>
        <source>The settings of {path} were not saved: {error}</source>
        <translation>As configurações de {path} não foram guardadas: {error}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="34"/>
        <source>Language of task orders and the overview</source>
        <translation>Idioma das ordens de tarefa e da visão geral</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="80"/>
        <source>it must be a language code such as en or fr, or two joined by + to print both (uk+en)</source>
        <translation>deve ser um código de idioma como en ou fr, ou dois unidos por + para imprimir ambos (uk+en)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="35"/>
        <source>Completion target date (YYYY-MM-DD)</source>
        <translation>Data-alvo de conclusão (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="36"/>
        <source>Hazardous area that may remain at the completion date (m²)</source>
        <translation>Área de áreas perigosas que pode restar na data de conclusão (m²)</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="76"/>
        <source>it must be a date written YYYY-MM-DD, or empty</source>
        <translation>deve ser uma data escrita AAAA-MM-DD, ou vazio</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/options_page.py" line="49"/>
        <source>own value</source>
        <translation>valor próprio</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="51"/>
        <source>Keep this value in the database; unticked, the user&apos;s default applies.</source>
        <translation>Guardar este valor na base de dados; sem visto, aplica-se o valor por omissão do utilizador.</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="69"/>
        <source>no 1:N limit</source>
        <translation>sem limite 1:N</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="77"/>
        <source>no metre limit</source>
        <translation>sem limite em metros</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="90"/>
        <source>e.g. National Mine Action Centre</source>
        <translation>p. ex. Centro Nacional de Ação contra Minas</translation>
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
        <translation>O idioma em que o QGIS funciona</translation>
    </message>
    <message>
        <location filename="../ui/options_page.py" line="93"/>
        <source>no target (e.g. 2030-12-31)</source>
        <translation>sem meta (p. ex. 2030-12-31)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/land_release_stats.py" line="121"/>
        <source>The reporting period must end on or after the day it starts.</source>
        <translation>O período de relatório deve terminar no dia em que começa ou depois.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="41"/>
        <source>Release history row {fid}: hazard {hazard} (field hazard_id) is not in the hazards table.</source>
        <translation>Linha {fid} do histórico de libertação: a área perigosa {hazard} (campo hazard_id) não está na tabela de áreas perigosas.</translation>
    </message>
    <message>
        <location filename="../store/statistics_io.py" line="203"/>
        <source>Cannot write the sheet {sheet} of {path}: {error}</source>
        <translation>Não é possível escrever a folha {sheet} de {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SubmitFieldCopyAlgorithm</name>
    <message>
        <location filename="../processing/submit_field_copy.py" line="24"/>
        <source>Submit field copy</source>
        <translation>Submeter cópia de campo</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="27"/>
        <source>Sends back to the mine action database what was added or changed in a field copy made by &apos;Make field copy&apos;, record by record (matched by uuid).

- A record changed in the copy and also in the database since the copy was made is a conflict: it is reported (table, record, field, both values) and not applied.
- Every added or changed record passes the checks of &apos;Import records&apos;; one that fails is rejected, named with its field, and the others go in.
- A record deleted in the copy is reported and kept in the database.
- Everything is written in one transaction; on PostGIS each update names the row version it makes.

Submitting the same copy again changes nothing. The report lists every record inserted, updated, in conflict, rejected or deleted in the copy.</source>
        <translation>Devolve à base de dados de ação contra minas o que foi adicionado ou alterado numa cópia de campo feita por «Criar cópia de campo», registo a registo (emparelhados por uuid).

- Um registo alterado na cópia e também na base de dados desde que a cópia foi feita é um conflito: é reportado (tabela, registo, campo, ambos os valores) e não é aplicado.
- Cada registo adicionado ou alterado passa as verificações de «Importar registos»; o que falha é rejeitado, com o nome do seu campo, e os outros entram.
- Um registo eliminado na cópia é reportado e mantido na base de dados.
- Tudo é escrito numa só transação; no PostGIS cada atualização indica a versão de linha que cria.

Submeter de novo a mesma cópia não altera nada. O relatório lista cada registo inserido, atualizado, em conflito, rejeitado ou eliminado na cópia.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="61"/>
        <source>Field copy</source>
        <translation>Cópia de campo</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="45"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="49"/>
        <source>Submission report</source>
        <translation>Relatório da submissão</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records inserted</source>
        <translation>Registos inseridos</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records updated</source>
        <translation>Registos atualizados</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records in conflict</source>
        <translation>Registos em conflito</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="52"/>
        <source>Records rejected</source>
        <translation>Registos rejeitados</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="78"/>
        <source>{outcome}: {table} {record} {field} {message}</source>
        <translation>{outcome}: {table} {record} {field} {message}</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="92"/>
        <source>{inserted} inserted, {updated} updated, {conflicts} in conflict (not applied), {rejected} rejected.</source>
        <translation>{inserted} inseridos, {updated} atualizados, {conflicts} em conflito (não aplicados), {rejected} rejeitados.</translation>
    </message>
    <message>
        <location filename="../processing/submit_field_copy.py" line="104"/>
        <source>Cannot write the output {output}.</source>
        <translation>Não é possível escrever o resultado {output}.</translation>
    </message>
</context>
<context>
    <name>SurveyRecords</name>
    <message>
        <location filename="../core/survey_records.py" line="112"/>
        <source>Hazard {hazard}, point {point}, field &apos;{field}&apos;: {problem}</source>
        <translation>Área perigosa {hazard}, ponto {point}, campo «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="122"/>
        <source>Hazard {hazard}, field &apos;{field}&apos;: {problem}</source>
        <translation>Área perigosa {hazard}, campo «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="125"/>
        <source>Hazard {hazard}: {problem}</source>
        <translation>Área perigosa {hazard}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="146"/>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="147"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="148"/>
        <source>&quot;{value}&quot; is not {kind}</source>
        <translation>«{value}» não é {kind}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="159"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="188"/>
        <source>the hazard ID is missing</source>
        <translation>falta o ID da área perigosa</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="196"/>
        <source>the point number is missing</source>
        <translation>falta o número do ponto</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="200"/>
        <source>the point type is missing</source>
        <translation>falta o tipo de ponto</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="211"/>
        <source>the table has more than one benchmark</source>
        <translation>a tabela tem mais de um marco</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="227"/>
        <source>the from-point is missing</source>
        <translation>falta o ponto de origem</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="231"/>
        <source>the distance is missing</source>
        <translation>falta a distância</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="236"/>
        <source>the table has no benchmark row</source>
        <translation>a tabela não tem nenhuma linha de marco</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="245"/>
        <source>{date} differs from the table&apos;s survey date {first}</source>
        <translation>{date} difere da data do levantamento da tabela, {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="250"/>
        <source>{value} differs from the table&apos;s declination {first}</source>
        <translation>{value} difere da declinação da tabela, {first}</translation>
    </message>
    <message>
        <location filename="../core/survey_records.py" line="269"/>
        <source>Point {point}: the bearing as recorded &quot;{text}&quot; differs from the bearing {bearing}; the bearing was used.</source>
        <translation>Ponto {point}: o azimute tal como registado, «{text}», difere do azimute {bearing}; foi usado o azimute.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="40"/>
        <source>Hazard {hazard} already exists: load it to change its survey, or choose another hazard ID</source>
        <translation>A área perigosa {hazard} já existe: carregue-a para alterar o seu levantamento, ou escolha outro ID de área perigosa</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="45"/>
        <source>Layer {layer} cannot be edited.</source>
        <translation>Não é possível editar a camada {layer}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="50"/>
        <source>Survey of hazard {hazard}</source>
        <translation>Levantamento da área perigosa {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="67"/>
        <source>Hazard {hazard} could not be written.</source>
        <translation>Não foi possível escrever a área perigosa {hazard}.</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="71"/>
        <source>Survey points of hazard {hazard}</source>
        <translation>Pontos de levantamento da área perigosa {hazard}</translation>
    </message>
    <message>
        <location filename="../store/survey_io.py" line="85"/>
        <source>The survey points of hazard {hazard} could not be written.</source>
        <translation>Não foi possível escrever os pontos de levantamento da área perigosa {hazard}.</translation>
    </message>
</context>
<context>
    <name>SurveyTableFromPolygonsAlgorithm</name>
    <message>
        <location filename="../core/benchmark.py" line="56"/>
        <source>a survey table needs a single polygon; this hazard has none or several parts</source>
        <translation>uma tabela de levantamento precisa de um único polígono; esta área perigosa não tem nenhuma parte ou tem várias</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="39"/>
        <source>Survey table from hazard polygons</source>
        <translation>Tabela de levantamento a partir de polígonos de áreas perigosas</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="43"/>
        <source>Writes the bearing-and-distance table a field team would walk for each hazard polygon: benchmark to start point, then round the perimeter back to the start point (the end point). Each row has the magnetic bearing at the survey date (World Magnetic Model, or the declination given here), the true and grid bearings (grid: the benchmark&apos;s UTM zone), the geodesic distance, and the point in MGRS, UTM and latitude/longitude.

Benchmark: the point of the benchmark layer with the same hazard ID. The start point is then the polygon corner nearest to it. A hazard without a benchmark gets one placed the chosen distance outside its first corner, on the line from the polygon&apos;s centre through that corner.

Survey date: the date field when it has a value, otherwise the fixed date. The output uses the survey point field names, so it can be fed back into &quot;Hazard polygons from survey table&quot;. Multi-part polygons and polygons with holes are skipped with an error.</source>
        <translation>Escreve a tabela de azimutes e distâncias que uma equipa de campo percorreria para cada polígono de área perigosa: do marco ao ponto de partida, depois à volta do perímetro até regressar ao ponto de partida (o ponto final). Cada linha tem o azimute magnético na data do levantamento (Modelo Magnético Mundial, ou a declinação aqui indicada), o azimute geográfico e o azimute de quadrícula (quadrícula: a zona UTM do marco), a distância geodésica e o ponto em MGRS, UTM e latitude/longitude.

Marco: o ponto da camada de marcos com o mesmo ID de área perigosa. O ponto de partida é então o vértice do polígono mais próximo dele. Uma área perigosa sem marco recebe um colocado à distância escolhida fora do seu primeiro vértice, na linha que vai do centro do polígono a esse vértice.

Data do levantamento: o campo de data quando tem valor; caso contrário, a data fixa. O resultado usa os nomes de campo dos pontos de levantamento, pelo que pode ser reutilizado em «Polígonos de áreas perigosas a partir da tabela de levantamento». Os polígonos multiparte e os polígonos com buracos são ignorados com um erro.</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="62"/>
        <source>Hazard polygons</source>
        <translation>Polígonos de áreas perigosas</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="65"/>
        <source>Hazard ID field</source>
        <translation>Campo de ID da área perigosa</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="68"/>
        <source>Benchmarks (points with the hazard ID)</source>
        <translation>Marcos (pontos com o ID da área perigosa)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="71"/>
        <source>Hazard ID field of the benchmarks</source>
        <translation>Campo de ID da área perigosa dos marcos</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="74"/>
        <source>Distance of a placed benchmark from the first corner (m)</source>
        <translation>Distância de um marco colocado a partir do primeiro vértice (m)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="77"/>
        <source>Survey date field</source>
        <translation>Campo da data do levantamento</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="79"/>
        <source>Survey date (when the field is empty)</source>
        <translation>Data do levantamento (quando o campo está vazio)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="82"/>
        <source>Declination to use instead of the model (°, east +)</source>
        <translation>Declinação a usar em vez do modelo (°, este +)</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="86"/>
        <source>Unit of the bearing column</source>
        <translation>Unidade da coluna de azimute</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="90"/>
        <source>Survey table</source>
        <translation>Tabela de levantamento</translation>
    </message>
    <message>
        <location filename="../processing/survey_table_from_polygons.py" line="101"/>
        <source>The hazard polygons have no field {name}.</source>
        <translation>Os polígonos de áreas perigosas não têm o campo {name}.</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../styles/symbology.py" line="43"/>
        <source>Hazardous areas (1:50,000 and larger)</source>
        <translation>Áreas perigosas (1:50 000 e maiores)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="44"/>
        <source>Class (fill)</source>
        <translation>Classe (preenchimento)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="45"/>
        <source>Status (outline)</source>
        <translation>Estado (contorno)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="46"/>
        <source>Hazard markers (smaller than 1:50,000)</source>
        <translation>Marcadores de áreas perigosas (menores que 1:50 000)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="47"/>
        <source>Other class</source>
        <translation>Outra classe</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="48"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="49"/>
        <source>Survey points (1:25,000 and larger)</source>
        <translation>Pontos de levantamento (1:25 000 e maiores)</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="105"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>Não é possível ler o estilo {path}: {error}</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="150"/>
        <source>The map style {path} is missing from the plugin.</source>
        <translation>Falta no complemento o estilo de mapa {path}.</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="50"/>
        <source>Awaiting the national centre&apos;s review</source>
        <translation>A aguardar a revisão do centro nacional</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="51"/>
        <source>Accident: people killed</source>
        <translation>Acidente: pessoas mortas</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="52"/>
        <source>Accident: people injured</source>
        <translation>Acidente: pessoas feridas</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="53"/>
        <source>Accident: no casualty recorded</source>
        <translation>Acidente: nenhuma vítima registada</translation>
    </message>
</context>
<context>
    <name>TaskOrder</name>
    <message>
        <location filename="../layouts/task_order.py" line="109"/>
        <source>Task {task} is not in the tasks table.</source>
        <translation>A tarefa {task} não está na tabela de tarefas.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="130"/>
        <source>Task {task} has no area: draw the task polygon first.</source>
        <translation>A tarefa {task} não tem área: desenhe primeiro o polígono da tarefa.</translation>
    </message>
    <message>
        <location filename="../core/task_order_data.py" line="134"/>
        <source>Task {task}: hazard &apos;{hazard}&apos; in field hazard_id is not in the hazards table.</source>
        <translation>Tarefa {task}: a área perigosa «{hazard}» do campo hazard_id não está na tabela de áreas perigosas.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="155"/>
        <source>Turning points</source>
        <translation>Pontos de inflexão</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="158"/>
        <source>Benchmark</source>
        <translation>Marco</translation>
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
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Magnetic bearing</source>
        <translation>Azimute magnético</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Grid bearing</source>
        <translation>Azimute de quadrícula</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="246"/>
        <source>Distance (m)</source>
        <translation>Distância (m)</translation>
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
        <translation>Declinação magnética: {angle}° {side} ({mils} milésimos)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="285"/>
        <source>Grid convergence: {angle}° {side}</source>
        <translation>Convergência de meridianos: {angle}° {side}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="287"/>
        <source>Grid–magnetic angle: {angle}° {side} ({mils} mils)</source>
        <translation>Ângulo quadrícula–magnético: {angle}° {side} ({mils} milésimos)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing − {angle}°</source>
        <translation>Azimute magnético = azimute de quadrícula − {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="289"/>
        <source>Magnetic bearing = grid bearing + {angle}°</source>
        <translation>Azimute magnético = azimute de quadrícula + {angle}°</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>At the benchmark on {date} ({model}).</source>
        <translation>No marco em {date} ({model}).</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="292"/>
        <source>entered by hand</source>
        <translation>introduzida à mão</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="295"/>
        <source>GN grid north (map up), TN true north, MN magnetic north.</source>
        <translation>NQ norte da quadrícula (topo do mapa), NG norte geográfico, NM norte magnético.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="298"/>
        <source>Diagram not to scale: angles drawn ×{factor}.</source>
        <translation>Diagrama sem escala: ângulos desenhados ×{factor}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="377"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="422"/>
        <source>FIELD TASK ORDER</source>
        <translation>ORDEM DE TAREFA DE CAMPO</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="426"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="427"/>
        <source>Scale 1:{scale}</source>
        <translation>Escala 1:{scale}</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="430"/>
        <source>Grid: UTM zone {zone}{hemisphere} ({crs}), {interval} m squares. Grid labels give the MGRS digits in 100 km square {squares}: kilometres, then metres in small figures.</source>
        <translation>Quadrícula: zona UTM {zone}{hemisphere} ({crs}), quadrados de {interval} m. Etiquetas: algarismos MGRS do quadrado de 100 km {squares}; quilómetros, e metros em algarismos pequenos.</translation>
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
        <translation>Norte e declinação</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="459"/>
        <source>Map and grid: {crs_name} ({crs}), datum WGS 84. Bearings in degrees from the point before; distances horizontal, in metres. Issued by {authority} on {date}, version {version}.</source>
        <translation>Mapa e quadrícula: {crs_name} ({crs}), datum WGS 84. Azimutes em graus a partir do ponto anterior; distâncias horizontais, em metros. Emitido por {authority} em {date}, versão {version}.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="467"/>
        <source>SAFETY: this map supports the task briefing and does not replace the marking on the ground, the site survey or the national mine action standards. Boundaries and positions are approximate; contamination may lie outside them. Enter only cleared or marked safe lanes.</source>
        <translation>SEGURANÇA: este mapa apoia a instrução da tarefa e não substitui a marcação no terreno, o reconhecimento do local nem as normas nacionais de ação contra minas. Os limites e as posições são aproximados; pode haver contaminação fora deles. Entre apenas em corredores seguros desminados ou marcados.</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="495"/>
        <source>Turning points of the task area: bearing and distance from the point before, starting at the benchmark</source>
        <translation>Pontos de inflexão da área da tarefa: azimute e distância a partir do ponto anterior, começando no marco</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="498"/>
        <source>Turning points of the task area: bearing and distance from the point before (no surveyed benchmark: starts at the control point)</source>
        <translation>Pontos de inflexão da área da tarefa: azimute e distância a partir do ponto anterior (sem marco levantado: começa no ponto de controlo)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="503"/>
        <source>Turning points of the task area: bearing and distance from the point before (no benchmark recorded: starts at point 1)</source>
        <translation>Pontos de inflexão da área da tarefa: azimute e distância a partir do ponto anterior (sem marco registado: começa no ponto 1)</translation>
    </message>
    <message>
        <location filename="../layouts/layout_fill.py" line="527"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="72"/>
        <source>Unknown paper size &apos;{paper}&apos; (expected one of {papers}).</source>
        <translation>Tamanho de papel desconhecido «{paper}» (esperado um de {papers}).</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="128"/>
        <source>Task {task}: {problem}</source>
        <translation>Tarefa {task}: {problem}</translation>
    </message>
    <message>
        <location filename="../layouts/task_order.py" line="249"/>
        <source>The task order could not be written: {error}</source>
        <translation>Não foi possível escrever a ordem de tarefa: {error}</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../core/traverse.py" line="134"/>
        <source>Point {point}: {problem}</source>
        <translation>Ponto {point}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="152"/>
        <source>the leg is {length:,.1f} m long (horizontal), more than the longest leg accepted ({limit:,.0f} m): check the distance, or raise the programme&apos;s limit</source>
        <translation>o troço mede {length:,.1f} m (na horizontal), mais do que o troço máximo aceite ({limit:,.0f} m): verifique a distância, ou aumente o limite do programa</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="157"/>
        <source>the leg is {length:,.1f} m long (horizontal): a traverse is computed round its benchmark, for legs up to {limit:,.0f} m</source>
        <translation>o troço mede {length:,.1f} m (na horizontal): uma poligonal é calculada à volta do seu marco, para troços até {limit:,.0f} m</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="167"/>
        <source>point number {number} is used more than once</source>
        <translation>o número de ponto {number} é usado mais de uma vez</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="170"/>
        <source>&quot;{value}&quot; is not a point type a leg can have</source>
        <translation>«{value}» não é um tipo de ponto que um troço possa ter</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="173"/>
        <source>it is measured from point {number}, which is not the benchmark or an earlier point</source>
        <translation>é medido a partir do ponto {number}, que não é o marco nem um ponto anterior</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="177"/>
        <source>unknown north reference &quot;{value}&quot;</source>
        <translation>referência de norte desconhecida «{value}»</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="181"/>
        <source>distance &quot;{value}&quot; must be a number of metres, more than 0</source>
        <translation>a distância «{value}» deve ser um número de metros maior que 0</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="185"/>
        <source>slope &quot;{value}&quot; must be between -90 and 90 degrees</source>
        <translation>a inclinação «{value}» deve estar entre -90 e 90 graus</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="191"/>
        <source>the perimeter must begin with a start point</source>
        <translation>o perímetro deve começar com um ponto de partida</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="195"/>
        <source>a perimeter has only one start point</source>
        <translation>um perímetro só tem um ponto de partida</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="198"/>
        <source>the end point must be the last perimeter point</source>
        <translation>o ponto final deve ser o último ponto do perímetro</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="201"/>
        <source>the perimeter has no end point: record the last leg, back to the start point, as the end point, or state that the closing side was not measured</source>
        <translation>o perímetro não tem ponto final: registe o último troço, de volta ao ponto de partida, como ponto final, ou indique que o lado de fecho não foi medido</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="244"/>
        <source>set a misclosure tolerance before asking for the traverse to be adjusted</source>
        <translation>defina uma tolerância de erro de fecho antes de pedir a compensação da poligonal</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="247"/>
        <source>the closing side was not measured, so there is no misclosure to adjust</source>
        <translation>o lado de fecho não foi medido, pelo que não há erro de fecho a compensar</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="267"/>
        <source>a grid bearing needs the map projection (grid) it refers to</source>
        <translation>um azimute de quadrícula precisa da projeção cartográfica (quadrícula) a que se refere</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="298"/>
        <source>the end point {end} was not surveyed through the start point {start}, so the compass rule cannot distribute the misclosure</source>
        <translation>o ponto final {end} não foi levantado passando pelo ponto de partida {start}, pelo que a regra da bússola não pode compensar o erro de fecho</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="304"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance: the traverse was not adjusted.</source>
        <translation>O erro de fecho de {misclosure:.2f} m (1:{precision:.0f}) está fora da tolerância: a poligonal não foi compensada.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="309"/>
        <source>The misclosure of {misclosure:.2f} m (1:{precision:.0f}) is outside the tolerance.</source>
        <translation>O erro de fecho de {misclosure:.2f} m (1:{precision:.0f}) está fora da tolerância.</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="335"/>
        <source>a perimeter needs at least three distinct points, this one has {count}</source>
        <translation>um perímetro precisa de pelo menos três pontos distintos; este tem {count}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="389"/>
        <source>the perimeter crosses itself: the side from point {a} to point {b} meets the side from point {c} to point {d}</source>
        <translation>o perímetro cruza-se a si próprio: o lado do ponto {a} ao ponto {b} interseta o lado do ponto {c} ao ponto {d}</translation>
    </message>
    <message>
        <location filename="../core/traverse.py" line="470"/>
        <source>a survey table needs a single polygon without holes</source>
        <translation>uma tabela de levantamento precisa de um único polígono sem buracos</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../ui/traverse_dock.py" line="230"/>
        <source>Survey traverse</source>
        <translation>Poligonal de levantamento</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="252"/>
        <source>e.g. HA-0123</source>
        <translation>p. ex. HA-0123</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="253"/>
        <source>Hazard ID</source>
        <translation>ID da área perigosa</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="256"/>
        <source>lat, lon  ·  UTM  ·  MGRS</source>
        <translation>lat, lon  ·  UTM  ·  MGRS</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="257"/>
        <source>Benchmark position: latitude/longitude (50.0643, -108.8345 or 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) or MGRS (12U XA 56470 45022)</source>
        <translation>Posição do marco: latitude/longitude (50.0643, -108.8345 ou 50°03'51&quot;N 108°50'04&quot;W), UTM (12U 658973 5548526) ou MGRS (12U XA 56470 45022)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="261"/>
        <source>Pick</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="262"/>
        <source>Click the benchmark on the map</source>
        <translation>Clique no marco no mapa</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="266"/>
        <source>Benchmark</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="278"/>
        <source>Manual declination</source>
        <translation>Declinação manual</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="286"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="288"/>
        <source>North</source>
        <translation>Norte</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="290"/>
        <source>Survey date</source>
        <translation>Data do levantamento</translation>
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
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Bearing</source>
        <translation>Azimute</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Distance m</source>
        <translation>Distância m</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="301"/>
        <source>Slope °</source>
        <translation>Inclinação °</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="304"/>
        <source>Enter moves to the next cell and adds rows; Ctrl+V pastes rows copied from a spreadsheet. Type: s start, t turning, i intermediate, e end (the start point observed again), r reference, v evidence, u usage.</source>
        <translation>Enter passa à célula seguinte e acrescenta linhas; Ctrl+V cola linhas copiadas de uma folha de cálculo. Tipo: s partida (start), t inflexão (turning), i intermédio, e final (end: o ponto de partida observado de novo), r referência, v indício (evidence), u uso (usage).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="310"/>
        <source>Add leg</source>
        <translation>Acrescentar troço</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="311"/>
        <source>Remove legs</source>
        <translation>Remover troços</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="312"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="319"/>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="323"/>
        <source>no 1:N limit</source>
        <translation>sem limite 1:N</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="328"/>
        <source>no metre limit</source>
        <translation>sem limite em metros</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="329"/>
        <source>Adjust (compass rule)</source>
        <translation>Compensar (regra da bússola)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="331"/>
        <source>Distribute the misclosure over the legs when it is within tolerance</source>
        <translation>Distribuir o erro de fecho pelos troços quando dentro da tolerância</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="339"/>
        <source>Closure</source>
        <translation>Fecho</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Misclosure</source>
        <translation>Erro de fecho</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="346"/>
        <source>Area</source>
        <translation>Superfície</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="362"/>
        <source>Load hazard</source>
        <translation>Carregar área perigosa</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="363"/>
        <source>Load the survey points of the hazard ID above from the project&apos;s mine action database, to correct and save again</source>
        <translation>Carregar os pontos de levantamento do ID de área perigosa acima a partir da base de dados de ação contra minas do projeto, para corrigir e guardar de novo</translation>
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
        <translation>(nova área perigosa)</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="494"/>
        <source>Enter the benchmark, then the legs.</source>
        <translation>Introduza o marco e depois os troços.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="520"/>
        <source>Model declination: enter the benchmark</source>
        <translation>Declinação do modelo: introduza o marco</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="525"/>
        <source>No World Magnetic Model covers this date: enter the declination by hand</source>
        <translation>Nenhum Modelo Magnético Mundial cobre esta data: introduza a declinação à mão</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="528"/>
        <source>Model declination: {value}° E ({model})</source>
        <translation>Declinação do modelo: {value}° E ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="529"/>
        <source>Model declination: {value}° W ({model})</source>
        <translation>Declinação do modelo: {value}° O ({model})</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="544"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="545"/>
        <source>FAIL</source>
        <translation>NÃO CONFORME</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="546"/>
        <source>not closed</source>
        <translation>não fechada</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="549"/>
        <source>PASS, adjusted</source>
        <translation>CONFORME, compensada</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="565"/>
        <source>Open a mine action database in the project first (its hazards and survey_points layers).</source>
        <translation>Abra primeiro uma base de dados de ação contra minas no projeto (as suas camadas de áreas perigosas e survey_points).</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="577"/>
        <source>Enter a hazard ID before saving.</source>
        <translation>Introduza um ID de área perigosa antes de guardar.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="591"/>
        <source>Hazard {hazard} written to the edit buffer: review its form, then save the layer edits.</source>
        <translation>Área perigosa {hazard} escrita na memória de edição: reveja o seu formulário e depois guarde as edições da camada.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="601"/>
        <source>Enter the ID of the hazard to load.</source>
        <translation>Introduza o ID da área perigosa a carregar.</translation>
    </message>
    <message>
        <location filename="../ui/traverse_dock.py" line="608"/>
        <source>Hazard {hazard} has no survey points.</source>
        <translation>A área perigosa {hazard} não tem pontos de levantamento.</translation>
    </message>
</context>
<context>
    <name>UpdateDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/update_database.py" line="29"/>
        <source>Update mine action database</source>
        <translation>Atualizar base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="53"/>
        <source>Smallest piece released (m²)</source>
        <translation>Menor fragmento libertado (m²)</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="57"/>
        <source>Hazards updated</source>
        <translation>Áreas perigosas atualizadas</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="58"/>
        <source>Hazards added</source>
        <translation>Áreas perigosas acrescentadas</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="59"/>
        <source>Release history rows added</source>
        <translation>Linhas acrescentadas ao histórico de libertação</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="78"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="80"/>
        <source>{code} (hazard {hazard}, activity {activity}): {message}</source>
        <translation>{code} (área perigosa {hazard}, atividade {activity}): {message}</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="87"/>
        <source>Nothing to update: every activity is already in the release history.</source>
        <translation>Nada a atualizar: todas as atividades já estão no histórico de libertação.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="92"/>
        <source>{updated} hazards updated, {added} added, {rows} history rows written.</source>
        <translation>{updated} áreas perigosas atualizadas, {added} acrescentadas, {rows} linhas de histórico escritas.</translation>
    </message>
    <message>
        <location filename="../processing/update_database.py" line="32"/>
        <source>Applies the land release activities of a mine action database to its hazardous areas: each hazard&apos;s geometry becomes its remaining land, with its area, status and date of information, and every change is added to the release history.

When part of a suspected area (SHA) has been confirmed, the SHA record keeps the suspected part and the confirmed part is re-registered as a confirmed area (CHA) whose ID is the SHA&apos;s ID followed by -CHA.

Only activities without release history rows are applied, so running the update again changes nothing. All changes are written in one transaction: if anything fails, the database is left exactly as it was.

The database is a GeoPackage file, or a schema on a PostgreSQL connection. The hazards it changes are locked until the update ends; a hazard another editor saved since the update read it stops the update, naming the hazard, and nothing is written. An activity that ended before a hazard&apos;s date of information never changes it.</source>
        <translation>Aplica as atividades de libertação de terras de uma base de dados de ação contra minas às suas áreas perigosas: a geometria de cada área perigosa passa a ser a sua terra remanescente, com a sua superfície, estado e data da informação, e cada alteração é acrescentada ao histórico de libertação.

Quando parte de uma área suspeita perigosa (ASP) foi confirmada, o registo da ASP mantém a parte suspeita e a parte confirmada é registada de novo como área perigosa confirmada (APC) cujo ID é o ID da ASP seguido de -CHA.

Só são aplicadas as atividades sem linhas no histórico de libertação, pelo que executar de novo a atualização não altera nada. Todas as alterações são escritas numa única transação: se algo falhar, a base de dados fica exatamente como estava.

A base de dados é um ficheiro GeoPackage, ou um esquema numa ligação PostgreSQL. As áreas perigosas que altera ficam bloqueadas até ao fim da atualização; uma área perigosa que outro editor tenha gravado desde que a atualização a leu interrompe a atualização, que a nomeia, e nada é escrito. Uma atividade terminada antes da data da informação de uma área perigosa nunca a altera.</translation>
    </message>
</context>
<context>
    <name>UpgradeDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/upgrade_database.py" line="24"/>
        <source>Upgrade mine action database</source>
        <translation>Migrar base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="43"/>
        <source>Mine action database</source>
        <translation>Base de dados de ação contra minas</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="47"/>
        <source>Schema version before</source>
        <translation>Versão do esquema antes</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="48"/>
        <source>Schema version after</source>
        <translation>Versão do esquema depois</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="59"/>
        <source>The stored forms and styles were saved.</source>
        <translation>Os formulários e estilos armazenados foram guardados.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="61"/>
        <source>The database is already at schema version {version}; its records were not changed.</source>
        <translation>A base de dados já está na versão de esquema {version}; os seus registos não foram alterados.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="65"/>
        <source>Upgraded from schema version {before} to {after}.</source>
        <translation>Migrada da versão de esquema {before} para a {after}.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_database.py" line="27"/>
        <source>Brings a mine action database made by an earlier version of the plugin up to the current data model, in place: a GeoPackage file, or a schema on a PostgreSQL connection. Every record is kept. All changes are made in one transaction: if anything fails, or the process is stopped, the database is left exactly as it was. The stored forms and styles are then refreshed (on PostgreSQL, in the same transaction).

From 0.1.0: re-registered confirmed parts of a suspected area (&lt;id&gt;-CHA records) get an explicit link to their hazard, parent_hazard_id, instead of being recognised by their ID.

To schema 3: activities, finds, survey and site points get their review status (what was stored counts as approved), reviewer and review date.

A database that is already current is left unchanged.</source>
        <translation>Leva uma base de dados de ação contra minas criada por uma versão anterior do complemento ao modelo de dados atual, no próprio lugar: um ficheiro GeoPackage, ou um esquema numa ligação PostgreSQL. Todos os registos são mantidos. Todas as alterações são feitas numa única transação: se algo falhar, ou o processo for interrompido, a base de dados fica exatamente como estava. Os formulários e estilos guardados são depois renovados (no PostgreSQL, na mesma transação).

Desde 0.1.0: as partes confirmadas registadas de novo de uma área suspeita perigosa (registos &lt;id&gt;-CHA) recebem uma ligação explícita à sua área perigosa, parent_hazard_id, em vez de serem reconhecidas pelo seu ID.

Para o esquema 3: as atividades, achados, pontos de levantamento e pontos de local recebem o seu estado de revisão (o que estava guardado conta como aprovado), o seu revisor e a sua data de revisão.

Uma base de dados que já está atualizada fica sem alterações.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Hazard class</source>
        <translation>Classe de área perigosa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Suspected Hazardous Area (SHA)</source>
        <translation>Área suspeita perigosa (ASP)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="65"/>
        <source>Confirmed Hazardous Area (CHA)</source>
        <translation>Área perigosa confirmada (APC)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Hazard status</source>
        <translation>Estado da área perigosa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Worked on</source>
        <translation>Em intervenção</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="71"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Land release activity</source>
        <translation>Atividade de libertação de terras</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Non-technical survey</source>
        <translation>Pesquisa não técnica</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Technical survey</source>
        <translation>Pesquisa técnica</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="78"/>
        <source>Clearance</source>
        <translation>Desminagem</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Land release outcome</source>
        <translation>Resultado da libertação de terras</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Cancelada (pesquisa não técnica)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced with technical asset</source>
        <translation>Reduzida com meio técnico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Reduced without technical asset</source>
        <translation>Reduzida sem meio técnico</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Cleared</source>
        <translation>Desminada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="85"/>
        <source>Confirmed (SHA part becomes CHA)</source>
        <translation>Confirmada (a parte de ASP passa a APC)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Contamination</source>
        <translation>Contaminação</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-personnel mines</source>
        <translation>Minas antipessoal</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Anti-vehicle mines</source>
        <translation>Minas anticarro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Cluster munitions</source>
        <translation>Munições de dispersão</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Engenhos não explodidos (UXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Engenhos explosivos abandonados (AXO)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>Engenhos explosivos improvisados (EEI)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="105"/>
        <source>Mixed contamination</source>
        <translation>Contaminação mista</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Evidence</source>
        <translation>Indício</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: visual observation of explosive ordnance</source>
        <translation>Direto: observação visual de engenhos explosivos</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: accident at a known location</source>
        <translation>Direto: acidente em local conhecido</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: reliable records</source>
        <translation>Direto: registos fiáveis</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: hazard marking</source>
        <translation>Direto: sinalização de perigo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Direct: detonations</source>
        <translation>Direto: detonações</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: old survey</source>
        <translation>Indireto: pesquisa antiga</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: former front line</source>
        <translation>Indireto: antiga linha da frente</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: accident at an unknown location</source>
        <translation>Indireto: acidente em local desconhecido</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: unreliable records</source>
        <translation>Indireto: registos pouco fiáveis</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: productive land not in use</source>
        <translation>Indireto: terra produtiva sem uso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="116"/>
        <source>Indirect: verbal report</source>
        <translation>Indireto: relato verbal</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Survey point type</source>
        <translation>Tipo de ponto de levantamento</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Reference point</source>
        <translation>Ponto de referência</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Benchmark</source>
        <translation>Marco (BM)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Start point</source>
        <translation>Ponto de partida</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Turning point</source>
        <translation>Ponto de inflexão</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Intermediate point</source>
        <translation>Ponto intermédio</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>End point</source>
        <translation>Ponto final</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Evidence point</source>
        <translation>Ponto de indício</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="135"/>
        <source>Usage point</source>
        <translation>Ponto de uso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Explosive ordnance category</source>
        <translation>Categoria de engenho explosivo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-personnel mine</source>
        <translation>Mina antipessoal</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Anti-vehicle mine</source>
        <translation>Mina anticarro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Submunition</source>
        <translation>Submunição</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Projectile</source>
        <translation>Projétil</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Mortar bomb</source>
        <translation>Granada de morteiro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Grenade</source>
        <translation>Granada</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Rocket</source>
        <translation>Foguete</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Aircraft bomb</source>
        <translation>Bomba de aviação</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Improvised explosive device</source>
        <translation>Engenho explosivo improvisado</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Small arms ammunition</source>
        <translation>Munições de armas ligeiras</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="150"/>
        <source>Other unexploded ordnance</source>
        <translation>Outros engenhos não explodidos</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Site point type</source>
        <translation>Tipo de ponto do local</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Helicopter landing site (HLS)</source>
        <translation>Local de aterragem de helicóptero (HLS)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Medical facility</source>
        <translation>Unidade de saúde</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Paramedic post</source>
        <translation>Posto de primeiros socorros</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Control point</source>
        <translation>Ponto de controlo</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="165"/>
        <source>Demolition site</source>
        <translation>Local de demolição</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Bearing unit</source>
        <translation>Unidade do azimute</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Degrees</source>
        <translation>Graus</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Grads (400 per circle)</source>
        <translation>Grados (400 por volta)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>NATO mils (6400 per circle)</source>
        <translation>Milésimos OTAN (6400 por volta)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="174"/>
        <source>Warsaw Pact mils (6000 per circle)</source>
        <translation>Milésimos do Pacto de Varsóvia (6000 por volta)</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="185"/>
        <source>North reference</source>
        <translation>Referência de norte</translation>
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
        <translation>Norte da quadrícula</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Position fixed by</source>
        <translation>Posição obtida por</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>GPS / GNSS</source>
        <translation>GPS / GNSS</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Bearing and distance</source>
        <translation>Azimute e distância</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Read from a map</source>
        <translation>Lida num mapa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="192"/>
        <source>Digitised on screen</source>
        <translation>Digitalizada no ecrã</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Task status</source>
        <translation>Estado da tarefa</translation>
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
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Suspended</source>
        <translation>Suspensa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="200"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Task priority</source>
        <translation>Prioridade da tarefa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="209"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Route type</source>
        <translation>Tipo de via</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Access route</source>
        <translation>Via de acesso</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Casualty evacuation route</source>
        <translation>Via de evacuação de feridos</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="216"/>
        <source>Safe lane</source>
        <translation>Corredor seguro</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Review status</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Submitted, awaiting review</source>
        <translation>Submetido, a aguardar revisão</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="241"/>
        <source>Returned to the operator</source>
        <translation>Devolvido ao operador</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>What the casualties were doing</source>
        <translation>O que as vítimas estavam a fazer</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Farming</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Herding animals</source>
        <translation>Pastoreio</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting wood, food or water</source>
        <translation>Recolha de lenha, alimentos ou água</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Collecting or handling scrap metal</source>
        <translation>Recolha ou manuseamento de sucata</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Travelling</source>
        <translation>Deslocação</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Playing</source>
        <translation>Brincadeira</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Handling or tampering with a device</source>
        <translation>Manuseamento de um engenho</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Demining</source>
        <translation>Desminagem</translation>
    </message>
    <message>
        <location filename="../core/vocabulary.py" line="225"/>
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
</context>
</TS>
