<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PlaceInsight</name>
        <message>
            <source>&amp;Place Insight</source>
            <translation>&amp;Place Insight</translation>
        </message>
        <message>
            <source>(no fields)</source>
            <translation>(aucun champ)</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(sans clé)</translation>
        </message>
        <message>
            <source>A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits).</source>
            <translation>Un catalogue fourni avec l’extension (hiérarchie, noms, couleurs, portraits).</translation>
        </message>
        <message>
            <source>A segment is significant when the p-value of its test is below this level.</source>
            <translation>Un segment est significatif quand la p-valeur de son test est inférieure à ce seuil.</translation>
        </message>
        <message>
            <source>A table without geometry, one row per segment, names in the user's language.</source>
            <translation>Une table sans géométrie, une ligne par segment, noms dans la langue de l’utilisateur.</translation>
        </message>
        <message>
            <source>About Place Insight</source>
            <translation>À propos de Place Insight</translation>
        </message>
        <message>
            <source>About Place Insight…</source>
            <translation>À propos de Place Insight…</translation>
        </message>
        <message>
            <source>Above average</source>
            <translation>Au-dessus de la moyenne</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>Against {base} · catalogue: {catalogue} · level: {level}</source>
            <translation>Par rapport à {base} · catalogue : {catalogue} · niveau : {level}</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Tous les niveaux</translation>
        </message>
        <message>
            <source>An HTML report: headline, index bar chart, the table, and the unmatched target records.</source>
            <translation>Un rapport HTML : phrase de synthèse, histogramme des indices, le tableau et les enregistrements cibles non appariés.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Area composition</source>
            <translation>Composition des zones</translation>
        </message>
        <message>
            <source>Area composition by segment</source>
            <translation>Composition des zones par segment</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Base %</source>
            <translation>Base %</translation>
        </message>
        <message>
            <source>Base count (e.g. households) outside all zones.</source>
            <translation>Effectif de base (par ex. ménages) situé hors de toutes les zones.</translation>
        </message>
        <message>
            <source>Base count field</source>
            <translation>Champ d’effectif de la base</translation>
        </message>
        <message>
            <source>Base key field</source>
            <translation>Champ clé de la base</translation>
        </message>
        <message>
            <source>Base layer</source>
            <translation>Couche de base</translation>
        </message>
        <message>
            <source>Base outside every zone</source>
            <translation>Base hors de toute zone</translation>
        </message>
        <message>
            <source>Base segment field</source>
            <translation>Champ segment de la base</translation>
        </message>
        <message>
            <source>Base units with a segment code: points (households, postcodes), assigned by point in polygon, or polygons (output areas), assigned by area share.</source>
            <translation>Unités de base portant un code de segment : des points (ménages, codes postaux), affectés par point dans polygone, ou des polygones (zones de recensement), répartis au prorata de la surface.</translation>
        </message>
        <message>
            <source>Below average</source>
            <translation>En dessous de la moyenne</translation>
        </message>
        <message>
            <source>Cancelled by the user: no output was written.</source>
            <translation>Annulé par l’utilisateur : aucune sortie n’a été écrite.</translation>
        </message>
        <message>
            <source>Cannot read the catalogue file {path}: {error}</source>
            <translation>Impossible de lire le fichier de catalogue {path} : {error}</translation>
        </message>
        <message>
            <source>Catalogue file (overrides the list)</source>
            <translation>Fichier de catalogue (remplace la liste)</translation>
        </message>
        <message>
            <source>Catalogue table</source>
            <translation>Table du catalogue</translation>
        </message>
        <message>
            <source>Catalogues (*.json *.csv)</source>
            <translation>Catalogues (*.json *.csv)</translation>
        </message>
        <message>
            <source>Choose a classification catalogue or give a catalogue file.</source>
            <translation>Choisissez un catalogue de classification ou indiquez un fichier de catalogue.</translation>
        </message>
        <message>
            <source>Choose the {parameter}: the chosen way of placing target records needs it.</source>
            <translation>Choisissez le paramètre « {parameter} » : la manière choisie de placer les enregistrements cibles en a besoin.</translation>
        </message>
        <message>
            <source>Classification catalogue</source>
            <translation>Catalogue de classification</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Codes of a finer level roll up through the catalogue; codes it does not know are counted as Unclassified, which never joins the target market.</source>
            <translation>Les codes d’un niveau plus fin sont agrégés selon la hiérarchie du catalogue ; les codes qu’il ne connaît pas sont comptés dans « Non classé », qui n’entre jamais dans le marché cible.</translation>
        </message>
        <message>
            <source>Compares a target (clients, respondents, claimants…) with a base (households, postcodes, output areas) segment by segment at a chosen level of a classification: counts, shares, index = target % ÷ base % × 100, rank, penetration per 1,000, a two-sided exact binomial test against the base share, low-number flags, cumulative shares and the target market (the fewest segments, largest first, covering the chosen share of the target). Run it twice to compare against households and against population. Target records that match no segment are counted and listed by key in the log and the report.</source>
            <translation>Compare une cible (usagers, répondants, allocataires…) à une base (ménages, codes postaux, zones de recensement), segment par segment, à un niveau choisi d’une classification : effectifs, parts, indice = % cible ÷ % base × 100, rang, taux de pénétration pour 1 000, test binomial exact bilatéral par rapport à la part dans la base, signalement des petits effectifs, parts cumulées et marché cible (le moins de segments possible, des plus grands aux plus petits, couvrant la part choisie de la cible). Lancez-le deux fois pour comparer aux ménages puis à la population. Les enregistrements cibles qui ne trouvent aucun segment sont comptés et listés par clé dans le journal et le rapport.</translation>
        </message>
        <message>
            <source>Could not write feature {row} of the output: {error}</source>
            <translation>Impossible d’écrire l’entité {row} de la sortie : {error}</translation>
        </message>
        <message>
            <source>Cumulative %</source>
            <translation>% cumulé</translation>
        </message>
        <message>
            <source>Customer insight for councils, police, health and fire services: segment profiles, walk and drive-time catchments, service location planning, survey cluster verification and pen portraits of any area.</source>
            <translation>Connaissance des usagers pour les collectivités, la police, la santé et les pompiers : profils par segment, zones de desserte à pied et en voiture, choix de l’implantation des services, vérification des agrégats d’enquête et portraits de tout territoire.</translation>
        </message>
        <message>
            <source>Everybody: households, postcodes or output areas, each with a segment code.</source>
            <translation>L’ensemble de la population : ménages, codes postaux ou zones de recensement, chacun avec un code de segment.</translation>
        </message>
        <message>
            <source>Export classification catalogue</source>
            <translation>Exporter le catalogue de classification</translation>
        </message>
        <message>
            <source>Export the segments of every level; untick to export only the chosen level.</source>
            <translation>Exporter les segments de tous les niveaux ; décochez pour n’exporter que le niveau choisi.</translation>
        </message>
        <message>
            <source>Face to face</source>
            <translation>Face à face</translation>
        </message>
        <message>
            <source>Find the algorithms in the Processing Toolbox under Place Insight.</source>
            <translation>Les algorithmes se trouvent dans la boîte à outils de traitements, sous Place Insight.</translation>
        </message>
        <message>
            <source>For each zone of a polygon layer (wards, catchments, clusters) gives the segment mix of the base units inside it: the total base count, the share of every segment of the chosen level (one field per segment, named by its code, in %), the dominant and second segments, the index of the dominant segment against the whole base (its share in the zone ÷ its share of the base × 100) and the diversity (Shannon entropy of the shares divided by its maximum: 0 = one segment, 1 = all segments equally). Base points are assigned by point in polygon (a point inside overlapping zones counts in each); base polygons are shared between zones in proportion to the part of their area inside each zone. The output is styled by dominant segment with the catalogue's colours.</source>
            <translation>Pour chaque zone d’une couche de polygones (quartiers, zones de desserte, agrégats), donne la composition par segment des unités de base qu’elle contient : l’effectif total, la part de chaque segment du niveau choisi (un champ par segment, nommé par son code, en %), les segments dominant et second, l’indice du segment dominant par rapport à toute la base (sa part dans la zone ÷ sa part dans la base × 100) et la diversité (entropie de Shannon des parts divisée par son maximum : 0 = un seul segment, 1 = tous les segments à parts égales). Les points de base sont affectés par point dans polygone (un point situé dans des zones qui se chevauchent compte dans chacune) ; les polygones de base sont répartis entre les zones au prorata de la part de leur surface dans chaque zone. La couche produite est symbolisée par segment dominant avec les couleurs du catalogue.</translation>
        </message>
        <message>
            <source>For outputs leaving your desk: target counts from 1 to below this number are hidden in the table and the report (with the next smallest when only one is). 0: no suppression.</source>
            <translation>Pour les résultats diffusés hors de votre service : les effectifs cibles de 1 jusqu’à ce nombre (exclu) sont masqués dans le tableau et le rapport (avec le plus petit suivant quand un seul l’est). 0 : aucun masquage.</translation>
        </message>
        <message>
            <source>Generated by Place Insight on {date}.</source>
            <translation>Produit par Place Insight le {date}.</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>Fichiers HTML (*.html)</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Phrase de synthèse</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Home page</source>
            <translation>Page d’accueil</translation>
        </message>
        <message>
            <source>Households, population… of each base unit. Empty: each unit counts 1.</source>
            <translation>Ménages, population… de chaque unité de base. Vide : chaque unité compte pour 1.</translation>
        </message>
        <message>
            <source>Households, population… of each base unit. Empty: each unit counts 1. The report says which count was used.</source>
            <translation>Ménages, population… de chaque unité de base. Vide : chaque unité compte pour 1. Le rapport indique l’effectif utilisé.</translation>
        </message>
        <message>
            <source>How many rows the table has.</source>
            <translation>Le nombre de lignes de la table.</translation>
        </message>
        <message>
            <source>How many segments it holds.</source>
            <translation>Le nombre de segments qu’il comprend.</translation>
        </message>
        <message>
            <source>How much each record counts (e.g. number of visits). Empty: each record counts 1. Numbers stored as text are read as numbers; other text, NULL or negative values are refused.</source>
            <translation>Le poids de chaque enregistrement (par ex. nombre de visites). Vide : chaque enregistrement compte pour 1. Les nombres stockés comme texte sont lus comme des nombres ; tout autre texte, les valeurs NULL ou négatives sont refusés.</translation>
        </message>
        <message>
            <source>How target records find their segment</source>
            <translation>Comment les enregistrements cibles trouvent leur segment</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Indice</translation>
        </message>
        <message>
            <source>Index = target % ÷ base % × 100 (no index where the base count is 0); penetration = target per 1,000 base; rank by target count (ties share the best rank).</source>
            <translation>Indice = % cible ÷ % base × 100 (pas d’indice quand l’effectif de base est nul) ; pénétration = cible pour 1 000 de base ; rang selon l’effectif cible (les ex æquo partagent le meilleur rang).</translation>
        </message>
        <message>
            <source>Index = target % ÷ base % × 100; the dashed line marks 100 (as many as the base share predicts). Blue: over-represented; orange: under-represented; * significant at the {alpha} level; hatched: fewer than {k} in the target or the base.</source>
            <translation>Indice = % cible ÷ % base × 100 ; la ligne pointillée marque 100 (autant que le prévoit la part dans la base). Bleu : surreprésenté ; orange : sous-représenté ; * significatif au seuil de {alpha} ; hachuré : moins de {k} dans la cible ou la base.</translation>
        </message>
        <message>
            <source>Index by {level}</source>
            <translation>Indice par {level}</translation>
        </message>
        <message>
            <source>Interactive TV</source>
            <translation>Télévision interactive</translation>
        </message>
        <message>
            <source>Internet</source>
            <translation>Internet</translation>
        </message>
        <message>
            <source>Key joined to the base (postcode, area code)</source>
            <translation>Clé jointe à la base (code postal, code de zone)</translation>
        </message>
        <message>
            <source>Keys are postcodes</source>
            <translation>Les clés sont des codes postaux</translation>
        </message>
        <message>
            <source>Level of the classification</source>
            <translation>Niveau de la classification</translation>
        </message>
        <message>
            <source>Licence: GNU General Public License version 2 or later.</source>
            <translation>Licence : GNU General Public License version 2 ou ultérieure.</translation>
        </message>
        <message>
            <source>Local papers</source>
            <translation>Presse locale</translation>
        </message>
        <message>
            <source>Location (inside a base polygon, or nearest base point within the tolerance)</source>
            <translation>Localisation (dans un polygone de la base, ou point de base le plus proche dans la tolérance)</translation>
        </message>
        <message>
            <source>Location planning</source>
            <translation>Implantation des services</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Low numbers</source>
            <translation>Petits effectifs</translation>
        </message>
        <message>
            <source>Low numbers: fewer than {k} in the target or in the base; read those rows with care.</source>
            <translation>Petits effectifs : moins de {k} dans la cible ou dans la base ; lisez ces lignes avec prudence.</translation>
        </message>
        <message>
            <source>Low-number threshold</source>
            <translation>Seuil des petits effectifs</translation>
        </message>
        <message>
            <source>Magazines</source>
            <translation>Magazines</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>National papers</source>
            <translation>Presse nationale</translation>
        </message>
        <message>
            <source>Not enough memory for this run. Try a smaller area or fewer inputs.</source>
            <translation>Mémoire insuffisante pour ce traitement. Essayez une zone plus petite ou moins de données en entrée.</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Nombre de segments</translation>
        </message>
        <message>
            <source>Number of zones written.</source>
            <translation>Nombre de zones écrites.</translation>
        </message>
        <message>
            <source>One row per segment (code, name, target count and %, base count and %, index, rank, penetration, p_value, significant, low_numbers, cumulative_pct, target_market, suppressed), a row Unclassified when some codes are unknown, and a total row; row_type tells them apart.</source>
            <translation>Une ligne par segment (code, nom, effectif et % cible, effectif et % base, indice, rang, pénétration, p_value, significant, low_numbers, cumulative_pct, target_market, suppressed), une ligne « Non classé » quand des codes sont inconnus, et une ligne de total ; row_type les distingue.</translation>
        </message>
        <message>
            <source>Optional polygons (or their selected features): only base units and target records inside count. Target records joined by key are inside when their base unit is.</source>
            <translation>Polygones facultatifs (ou leurs entités sélectionnées) : seules les unités de base et les enregistrements cibles situés à l’intérieur comptent. Un enregistrement cible joint par clé est à l’intérieur quand son unité de base l’est.</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Per 1,000 base</source>
            <translation>Pour 1 000 de base</translation>
        </message>
        <message>
            <source>Place Insight</source>
            <translation>Place Insight</translation>
        </message>
        <message>
            <source>Place Insight needs the Python packages {packages}, which are not installed. Install them with: {command} (on Windows, in the OSGeo4W Shell), then restart QGIS.</source>
            <translation>Place Insight a besoin des paquets Python {packages}, qui ne sont pas installés. Installez-les avec : {command} (sous Windows, dans l’OSGeo4W Shell), puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Place Insight: customer insight for public services</source>
            <translation>Place Insight : connaissance des usagers pour les services publics</translation>
        </message>
        <message>
            <source>Placing target records by location needs geometries in both the target and the base; use a segment field or a key instead.</source>
            <translation>Placer les enregistrements cibles par localisation demande des géométries dans la cible et dans la base ; utilisez plutôt un champ segment ou une clé.</translation>
        </message>
        <message>
            <source>Polygons to describe (wards, catchments, clusters…), or their selected features. Their attributes are kept; a field whose name the composition uses gets the suffix _zone.</source>
            <translation>Polygones à décrire (quartiers, zones de desserte, agrégats…), ou leurs entités sélectionnées. Leurs attributs sont conservés ; un champ dont la composition utilise déjà le nom reçoit le suffixe _zone.</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Postcode or area code of each target record, used to join to the base; also names unmatched records in the log and the report.</source>
            <translation>Code postal ou code de zone de chaque enregistrement cible, utilisé pour la jointure avec la base ; nomme aussi les enregistrements non appariés dans le journal et le rapport.</translation>
        </message>
        <message>
            <source>Profile report</source>
            <translation>Rapport de profil</translation>
        </message>
        <message>
            <source>Profile table</source>
            <translation>Tableau du profil</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Records in the target layer.</source>
            <translation>Enregistrements de la couche cible.</translation>
        </message>
        <message>
            <source>Records placed in a segment (inside the area).</source>
            <translation>Enregistrements placés dans un segment (dans la zone).</translation>
        </message>
        <message>
            <source>Records that matched no segment.</source>
            <translation>Enregistrements qui n’ont trouvé aucun segment.</translation>
        </message>
        <message>
            <source>Report a problem</source>
            <translation>Signaler un problème</translation>
        </message>
        <message>
            <source>Restrict to area</source>
            <translation>Restreindre à une zone</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Segment field of the target</source>
            <translation>Champ segment de la cible</translation>
        </message>
        <message>
            <source>Segment field: the target carries its own code. Key: the target key is looked up in the base key field. Location: a target point takes the segment of the base polygon it falls in, or of the nearest base point within the tolerance; polygons use their point on surface.</source>
            <translation>Champ segment : la cible porte son propre code. Clé : la clé de la cible est recherchée dans le champ clé de la base. Localisation : un point cible prend le segment du polygone de base où il tombe, ou du point de base le plus proche dans la tolérance ; les polygones utilisent leur point sur la surface.</translation>
        </message>
        <message>
            <source>Segment profile</source>
            <translation>Profil par segment</translation>
        </message>
        <message>
            <source>Segment profile (target against base)</source>
            <translation>Profil par segment (cible par rapport à la base)</translation>
        </message>
        <message>
            <source>Segment profile of {target}</source>
            <translation>Profil par segment de {target}</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Segments in the target market</source>
            <translation>Segments du marché cible</translation>
        </message>
        <message>
            <source>Segments with fewer target records or base units than this are flagged as low numbers.</source>
            <translation>Les segments comptant moins d’enregistrements cibles ou d’unités de base que ce nombre sont signalés comme petits effectifs.</translation>
        </message>
        <message>
            <source>Significance level</source>
            <translation>Seuil de signification</translation>
        </message>
        <message>
            <source>Significant</source>
            <translation>Significatif</translation>
        </message>
        <message>
            <source>Suppress target counts below</source>
            <translation>Masquer les effectifs cibles inférieurs à</translation>
        </message>
        <message>
            <source>Suppressed segments have no bar.</source>
            <translation>Les segments masqués n’ont pas de barre.</translation>
        </message>
        <message>
            <source>Survey and hotspots</source>
            <translation>Enquêtes et points chauds</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Target %</source>
            <translation>Cible %</translation>
        </message>
        <message>
            <source>Target counts from 1 to below {k} are suppressed (with the next smallest when only one would be, so that it cannot be worked out from the total).</source>
            <translation>Les effectifs cibles de 1 à moins de {k} sont masqués (avec le plus petit suivant quand un seul le serait, pour qu’on ne puisse pas le déduire du total).</translation>
        </message>
        <message>
            <source>Target key field</source>
            <translation>Champ clé de la cible</translation>
        </message>
        <message>
            <source>Target layer or table</source>
            <translation>Couche ou table cible</translation>
        </message>
        <message>
            <source>Target market</source>
            <translation>Marché cible</translation>
        </message>
        <message>
            <source>Target market: {codes} — the fewest {levels}, largest first, holding at least {coverage}% of the target ({share}% in fact).</source>
            <translation>Marché cible : {codes} — le moins de {levels} possible, des plus grands aux plus petits, réunissant au moins {coverage} % de la cible ({share} % en réalité).</translation>
        </message>
        <message>
            <source>Target records</source>
            <translation>Enregistrements cibles</translation>
        </message>
        <message>
            <source>Target records placed</source>
            <translation>Enregistrements cibles placés</translation>
        </message>
        <message>
            <source>Target records that matched no segment</source>
            <translation>Enregistrements cibles sans segment</translation>
        </message>
        <message>
            <source>Target segment field</source>
            <translation>Champ segment de la cible</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Poids de la cible</translation>
        </message>
        <message>
            <source>Target weight field</source>
            <translation>Champ de poids de la cible</translation>
        </message>
        <message>
            <source>Target-market coverage (%)</source>
            <translation>Couverture du marché cible (%)</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>The area contains no base unit of {base}: check that they overlap.</source>
            <translation>La zone ne contient aucune unité de base de {base} : vérifiez qu’elles se superposent.</translation>
        </message>
        <message>
            <source>The base is empty: its counts add up to 0.</source>
            <translation>La base est vide : la somme de ses effectifs est nulle.</translation>
        </message>
        <message>
            <source>The base's postcode or area code, joined to the target key. A key found on several base units is reported; their counts are summed in the base.</source>
            <translation>Le code postal ou le code de zone de la base, joint à la clé de la cible. Une clé présente sur plusieurs unités de base est signalée ; leurs effectifs sont additionnés dans la base.</translation>
        </message>
        <message>
            <source>The catalogue file {path} is not UTF-8 text (line {line}). Save it as UTF-8 and try again.</source>
            <translation>Le fichier de catalogue {path} n’est pas un texte UTF-8 (ligne {line}). Enregistrez-le en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <source>The catalogue file {path} is not valid JSON (line {line}, column {column}): {error}</source>
            <translation>Le fichier de catalogue {path} n’est pas un JSON valide (ligne {line}, colonne {column}) : {error}</translation>
        </message>
        <message>
            <source>The catalogue {catalogue} has no level {level}; its levels are: {levels}.</source>
            <translation>Le catalogue {catalogue} n’a pas de niveau {level} ; ses niveaux sont : {levels}.</translation>
        </message>
        <message>
            <source>The field {field} of {layer} holds text in {n} records (e.g. {examples}); choose a numeric field.</source>
            <translation>Le champ {field} de {layer} contient du texte dans {n} enregistrements (par ex. {examples}) ; choisissez un champ numérique.</translation>
        </message>
        <message>
            <source>The layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>La couche {layer} n’a pas de champ {field}. Choisissez parmi : {fields}.</translation>
        </message>
        <message>
            <source>The level to report at, by its id (e.g. group, type; supergroup, group, subgroup). Codes at a finer level roll up through the catalogue. Empty: the coarsest level.</source>
            <translation>Le niveau auquel présenter les résultats, par son identifiant (par ex. group, type ; supergroup, group, subgroup). Les codes d’un niveau plus fin sont agrégés selon la hiérarchie du catalogue. Vide : le niveau le plus agrégé.</translation>
        </message>
        <message>
            <source>The records to profile: points, polygons or a table without geometry.</source>
            <translation>Les enregistrements à profiler : points, polygones ou table sans géométrie.</translation>
        </message>
        <message>
            <source>The report's one-sentence summary.</source>
            <translation>La phrase qui résume le rapport.</translation>
        </message>
        <message>
            <source>The segment code of each base unit (any level at or below the chosen one). Unknown codes are counted as Unclassified (field unclassified).</source>
            <translation>Le code de segment de chaque unité de base (de n’importe quel niveau égal ou plus fin que celui choisi). Les codes inconnus sont comptés dans « Non classé » (champ unclassified).</translation>
        </message>
        <message>
            <source>The segment code of each base unit. Codes the catalogue does not know are counted as Unclassified.</source>
            <translation>Le code de segment de chaque unité de base. Les codes que le catalogue ne connaît pas sont comptés dans « Non classé ».</translation>
        </message>
        <message>
            <source>The target is empty: no target record could be placed in a segment.</source>
            <translation>La cible est vide : aucun enregistrement cible n’a pu être placé dans un segment.</translation>
        </message>
        <message>
            <source>The target market is the smallest set of segments, largest first, holding this share of the target.</source>
            <translation>Le marché cible est le plus petit ensemble de segments, des plus grands aux plus petits, réunissant cette part de la cible.</translation>
        </message>
        <message>
            <source>The target {layer} has no geometry, so the area cannot restrict it; join it to the base by key instead.</source>
            <translation>La cible {layer} n’a pas de géométrie : la zone ne peut pas la restreindre ; joignez-la plutôt à la base par une clé.</translation>
        </message>
        <message>
            <source>The target {layer} has no records.</source>
            <translation>La cible {layer} ne contient aucun enregistrement.</translation>
        </message>
        <message>
            <source>The target's segment code (any level at or below the chosen one). Used with 'Segment field of the target'.</source>
            <translation>Le code de segment de la cible (de n’importe quel niveau égal ou plus fin que celui choisi). Utilisé avec « Champ segment de la cible ».</translation>
        </message>
        <message>
            <source>The zone field {old} is written as {new} (the composition uses that name).</source>
            <translation>Le champ de zone {old} est écrit sous le nom {new} (la composition utilise ce nom).</translation>
        </message>
        <message>
            <source>The zones with base_total, one share field per segment (%), dominant, dominant_name, dominant_share, second, second_name, second_share, dominant_index and diversity; styled by dominant segment with a legend in your language.</source>
            <translation>Les zones avec base_total, un champ de part par segment (%), dominant, dominant_name, dominant_share, second, second_name, second_share, dominant_index et diversity ; symbolisées par segment dominant avec une légende dans votre langue.</translation>
        </message>
        <message>
            <source>Ticked: keys are compared ignoring case and every space ("GU11 1AA" = "gu111aa"). Unticked: only case and surrounding spaces are ignored.</source>
            <translation>Coché : les clés sont comparées sans tenir compte de la casse ni d’aucun espace (« GU11 1AA » = « gu111aa »). Décoché : seuls la casse et les espaces en début et en fin sont ignorés.</translation>
        </message>
        <message>
            <source>Tolerance for the nearest base point (metres)</source>
            <translation>Tolérance pour le point de base le plus proche (mètres)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Non classé</translation>
        </message>
        <message>
            <source>Unmatched target records</source>
            <translation>Enregistrements cibles non appariés</translation>
        </message>
        <message>
            <source>With location and a base of points: how far the nearest base point may be.</source>
            <translation>Avec la localisation et une base de points : la distance maximale du point de base le plus proche.</translation>
        </message>
        <message>
            <source>Writes a classification catalogue as a table: one row per segment with its level, code, parent, names in English and French, colour, description, key features and the ratings of its information and service channels (1 = low … 5 = high). Join it to your own layers to label or style them.</source>
            <translation>Écrit un catalogue de classification sous forme de table : une ligne par segment avec son niveau, son code, son parent, ses noms en anglais et en français, sa couleur, sa description, ses traits marquants et les notes de ses canaux d’information et de service (1 = faible … 5 = élevé). Joignez-la à vos couches pour les étiqueter ou les symboliser.</translation>
        </message>
        <message>
            <source>Your own catalogue (JSON or CSV, see docs/catalogues.md), for example for a licensed classification. When given, it is used instead of the catalogue chosen in the list.</source>
            <translation>Votre propre catalogue (JSON ou CSV, voir docs/catalogues.md), par exemple pour une classification sous licence. S’il est indiqué, il remplace le catalogue choisi dans la liste.</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <source>Zones that contain no base unit.</source>
            <translation>Zones qui ne contiennent aucune unité de base.</translation>
        </message>
        <message>
            <source>Zones without base</source>
            <translation>Zones sans base</translation>
        </message>
        <message>
            <source>by its key {key} joined to {base_key} of the base</source>
            <translation>par sa clé {key} jointe à {base_key} de la base</translation>
        </message>
        <message>
            <source>by its segment field {field}</source>
            <translation>par son champ segment {field}</translation>
        </message>
        <message>
            <source>by location, at the nearest base point within {metres} m</source>
            <translation>par localisation, au point de base le plus proche à moins de {metres} m</translation>
        </message>
        <message>
            <source>by location, inside a base polygon</source>
            <translation>par localisation, dans un polygone de la base</translation>
        </message>
        <message>
            <source>counted by the field {field}</source>
            <translation>comptées selon le champ {field}</translation>
        </message>
        <message>
            <source>each record counts 1</source>
            <translation>chaque enregistrement compte pour 1</translation>
        </message>
        <message>
            <source>each unit counts 1</source>
            <translation>chaque unité compte pour 1</translation>
        </message>
        <message>
            <source>feature {fid}</source>
            <translation>entité {fid}</translation>
        </message>
        <message>
            <source>only target records and base units inside {area} ({n} target records lie outside)</source>
            <translation>seuls les enregistrements cibles et les unités de base situés dans {area} ({n} enregistrements cibles sont à l’extérieur)</translation>
        </message>
        <message>
            <source>p-value</source>
            <translation>p-valeur</translation>
        </message>
        <message>
            <source>p-value: the target counts are weighted and not whole numbers, so the exact binomial test does not apply; the normal approximation of the same test is used; significant when p &lt; {alpha}.</source>
            <translation>p-valeur : les effectifs cibles sont pondérés et non entiers, le test binomial exact ne s’applique donc pas ; l’approximation normale du même test est utilisée ; significatif quand p &lt; {alpha}.</translation>
        </message>
        <message>
            <source>p-value: two-sided exact binomial test of each target count against the base share (scipy.stats.binomtest); significant when p &lt; {alpha}.</source>
            <translation>p-valeur : test binomial exact bilatéral de chaque effectif cible par rapport à la part dans la base (scipy.stats.binomtest) ; significatif quand p &lt; {alpha}.</translation>
        </message>
        <message>
            <source>suppressed</source>
            <translation>masqué</translation>
        </message>
        <message>
            <source>the field {field} ({total} in all)</source>
            <translation>le champ {field} ({total} au total)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{codes} have the same target count as {last}, the last segment of the target market; the market keeps the segment that comes first in the catalogue.</source>
            <translation>{codes} ont le même effectif cible que {last}, le dernier segment du marché cible ; le marché garde le segment qui vient en premier dans le catalogue.</translation>
        </message>
        <message>
            <source>{code} (row {row})</source>
            <translation>{code} (ligne {row})</translation>
        </message>
        <message>
            <source>{count} of the base ({units} units wholly) lie outside every zone and are not counted.</source>
            <translation>{count} de la base ({units} unités entièrement) se trouvent hors de toute zone et ne sont pas comptés.</translation>
        </message>
        <message>
            <source>{layer}: {records} records; {placed} placed in a segment {placement}; {unmatched} matched no segment.</source>
            <translation>{layer} : {records} enregistrements ; {placed} placés dans un segment {placement} ; {unmatched} sans segment.</translation>
        </message>
        <message>
            <source>{layer}: {units} units, {count}; {total} in all.</source>
            <translation>{layer} : {units} unités, {count} ; {total} au total.</translation>
        </message>
        <message>
            <source>{n} keys appear on several units of {layer} (e.g. {examples}); their counts are summed in the base and a target record takes the largest unit's segment.</source>
            <translation>{n} clés figurent sur plusieurs unités de {layer} (par ex. {examples}) ; leurs effectifs sont additionnés dans la base et un enregistrement cible prend le segment de l’unité la plus grande.</translation>
        </message>
        <message>
            <source>{n} of those keys carry different segments (e.g. {examples}).</source>
            <translation>{n} de ces clés portent des segments différents (par ex. {examples}).</translation>
        </message>
        <message>
            <source>{n} of {total} target records matched no segment; their keys (number of records): {keys}</source>
            <translation>{n} des {total} enregistrements cibles n’ont trouvé aucun segment ; leurs clés (nombre d’enregistrements) : {keys}</translation>
        </message>
        <message>
            <source>{n} records of {layer} have a negative value in the field {field} (e.g. {examples}); counts and weights cannot be negative.</source>
            <translation>{n} enregistrements de {layer} ont une valeur négative dans le champ {field} (par ex. {examples}) ; effectifs et poids ne peuvent pas être négatifs.</translation>
        </message>
        <message>
            <source>{n} records of {layer} have codes of the level {found} in the field {field} (e.g. {examples}); they cannot be broken down to the level {level}. Choose the level {found} (or a coarser one), or a field with finer codes.</source>
            <translation>{n} enregistrements de {layer} ont des codes du niveau {found} dans le champ {field} (par ex. {examples}) ; ils ne peuvent pas être détaillés au niveau {level}. Choisissez le niveau {found} (ou un niveau plus agrégé), ou un champ aux codes plus fins.</translation>
        </message>
        <message>
            <source>{n} records of {layer} have no segment code in the field {field}; they are counted as Unclassified.</source>
            <translation>{n} enregistrements de {layer} n’ont pas de code de segment dans le champ {field} ; ils sont comptés dans « Non classé ».</translation>
        </message>
        <message>
            <source>{n} records of {layer} have no value in the field {field} (e.g. {examples}); fill them in or filter them out.</source>
            <translation>{n} enregistrements de {layer} n’ont pas de valeur dans le champ {field} (par ex. {examples}) ; complétez-les ou filtrez-les.</translation>
        </message>
        <message>
            <source>{n} records of {layer} have segment codes that are not in the catalogue {catalogue} (field {field}: {examples}); they are counted as Unclassified.</source>
            <translation>{n} enregistrements de {layer} ont des codes de segment absents du catalogue {catalogue} (champ {field} : {examples}) ; ils sont comptés dans « Non classé ».</translation>
        </message>
        <message>
            <source>{n} records, {keys} distinct keys (number of records in brackets):</source>
            <translation>{n} enregistrements, {keys} clés distinctes (nombre d’enregistrements entre parenthèses) :</translation>
        </message>
        <message>
            <source>{n} segments of the catalogue {catalogue}.</source>
            <translation>{n} segments du catalogue {catalogue}.</translation>
        </message>
        <message>
            <source>{n} target records and {units} base units lie outside the area and are left out.</source>
            <translation>{n} enregistrements cibles et {units} unités de base se trouvent hors de la zone et sont écartés.</translation>
        </message>
        <message>
            <source>{n} zones contain no base unit (features {examples}); their shares are NULL.</source>
            <translation>{n} zones ne contiennent aucune unité de base (entités {examples}) ; leurs parts sont NULL.</translation>
        </message>
        <message>
            <source>{share}% of the target lies in {n} of {total} {levels}: {codes}.</source>
            <translation>{share} % de la cible se trouve dans {n} des {total} {levels} : {codes}.</translation>
        </message>
        <message>
            <source>{shown} and {n} more</source>
            <translation>{shown} et {n} autres</translation>
        </message>
        <message>
            <source>{source}, row {row} ({code})</source>
            <translation>{source}, ligne {row} ({code})</translation>
        </message>
        <message>
            <source>{source}, row {row} ({code}): its parent {parent} is not a code of the file.</source>
            <translation>{source}, ligne {row} ({code}) : son parent {parent} n’est pas un code du fichier.</translation>
        </message>
        <message>
            <source>{source}, row {row} ({code}): its parents go round in a circle.</source>
            <translation>{source}, ligne {row} ({code}) : ses parents forment une boucle.</translation>
        </message>
        <message>
            <source>{source}, row {row} ({code}): the level {level} is named {name!r} here but {other!r} above.</source>
            <translation>{source}, ligne {row} ({code}) : le niveau {level} s’appelle {name!r} ici mais {other!r} plus haut.</translation>
        </message>
        <message>
            <source>{source}, row {row} ({code}): the level {level} is {depth} step(s) below the top here but {other} on row {first}; all segments of a level must hang at the same depth.</source>
            <translation>{source}, ligne {row} ({code}) : le niveau {level} se trouve ici {depth} cran(s) sous le sommet, mais {other} à la ligne {first} ; tous les segments d’un niveau doivent être à la même profondeur.</translation>
        </message>
        <message>
            <source>{source}, row {row}: the code {code} is already used on row {first}.</source>
            <translation>{source}, ligne {row} : le code {code} est déjà utilisé à la ligne {first}.</translation>
        </message>
        <message>
            <source>{source}, row {row}: the row has {found} values but the header has {expected} columns (a text containing the separator must be in double quotes).</source>
            <translation>{source}, ligne {row} : la ligne a {found} valeurs mais l’en-tête a {expected} colonnes (un texte contenant le séparateur doit être entre guillemets doubles).</translation>
        </message>
        <message>
            <source>{source}, row {row}: the segment has no code.</source>
            <translation>{source}, ligne {row} : le segment n’a pas de code.</translation>
        </message>
        <message>
            <source>{source}, segment {row}</source>
            <translation>{source}, segment {row}</translation>
        </message>
        <message>
            <source>{source}, segment {row} ({code})</source>
            <translation>{source}, segment {row} ({code})</translation>
        </message>
        <message>
            <source>{source}, segment {row} ({code}): a segment of the coarsest level has no parent.</source>
            <translation>{source}, segment {row} ({code}) : un segment du niveau le plus agrégé n’a pas de parent.</translation>
        </message>
        <message>
            <source>{source}, segment {row} ({code}): its parent {parent} is at level {found}, expected {expected}.</source>
            <translation>{source}, segment {row} ({code}) : son parent {parent} est au niveau {found}, niveau attendu : {expected}.</translation>
        </message>
        <message>
            <source>{source}, segment {row}: the code {code} is used twice.</source>
            <translation>{source}, segment {row} : le code {code} est utilisé deux fois.</translation>
        </message>
        <message>
            <source>{source}: a catalogue must be a JSON object.</source>
            <translation>{source} : un catalogue doit être un objet JSON.</translation>
        </message>
        <message>
            <source>{source}: level {level} is listed twice.</source>
            <translation>{source} : le niveau {level} figure deux fois.</translation>
        </message>
        <message>
            <source>{source}: level {number} has no id.</source>
            <translation>{source} : le niveau {number} n’a pas d’identifiant.</translation>
        </message>
        <message>
            <source>{source}: the catalogue lists no levels.</source>
            <translation>{source} : le catalogue ne définit aucun niveau.</translation>
        </message>
        <message>
            <source>{source}: the catalogue lists no segments.</source>
            <translation>{source} : le catalogue ne définit aucun segment.</translation>
        </message>
        <message>
            <source>{source}: the column(s) {columns} are missing; a CSV catalogue needs at least: {required}.</source>
            <translation>{source} : colonne(s) manquante(s) : {columns} ; un catalogue CSV demande au moins : {required}.</translation>
        </message>
        <message>
            <source>{source}: the file is empty.</source>
            <translation>{source} : le fichier est vide.</translation>
        </message>
        <message>
            <source>{source}: the levels {first} and {second} sit at the same depth of the hierarchy; give each level its own depth.</source>
            <translation>{source} : les niveaux {first} et {second} sont à la même profondeur de la hiérarchie ; donnez à chaque niveau sa propre profondeur.</translation>
        </message>
        <message>
            <source>{source}: unknown catalogue format {found!r}; expected {expected!r}.</source>
            <translation>{source} : format de catalogue inconnu {found!r} ; attendu : {expected!r}.</translation>
        </message>
        <message>
            <source>{source}: unknown or repeated column(s) {columns}. The columns of a CSV catalogue are: {known}.</source>
            <translation>{source} : colonne(s) inconnue(s) ou répétée(s) : {columns}. Les colonnes d’un catalogue CSV sont : {known}.</translation>
        </message>
        <message>
            <source>{source}: {n} segments have a missing or unknown parent: {examples}.</source>
            <translation>{source} : {n} segments ont un parent absent ou inconnu : {examples}.</translation>
        </message>
        <message>
            <source>{where}: a segment must be an object.</source>
            <translation>{where} : un segment doit être un objet.</translation>
        </message>
        <message>
            <source>{where}: channel ratings must map a channel to a rating.</source>
            <translation>{where} : les notes des canaux doivent associer une note à chaque canal.</translation>
        </message>
        <message>
            <source>{where}: key_features must map a language to a list.</source>
            <translation>{where} : key_features doit associer une liste à chaque langue.</translation>
        </message>
        <message>
            <source>{where}: the colour {colour!r} is not of the form #RRGGBB.</source>
            <translation>{where} : la couleur {colour!r} n’est pas de la forme #RRVVBB.</translation>
        </message>
        <message>
            <source>{where}: the column level is empty.</source>
            <translation>{where} : la colonne level est vide.</translation>
        </message>
        <message>
            <source>{where}: the rating in column {column} is {rating!r}; ratings are whole numbers from 1 (low) to 5 (high).</source>
            <translation>{where} : la note de la colonne {column} vaut {rating!r} ; les notes sont des nombres entiers de 1 (faible) à 5 (élevé).</translation>
        </message>
        <message>
            <source>{where}: the rating of {channel} is {rating!r}; ratings are whole numbers from 1 (low) to 5 (high).</source>
            <translation>{where} : la note de {channel} est {rating!r} ; les notes sont des entiers de 1 (faible) à 5 (élevé).</translation>
        </message>
        <message>
            <source>{where}: the segment has no English name (column name_en).</source>
            <translation>{where} : le segment n’a pas de nom anglais (colonne name_en).</translation>
        </message>
        <message>
            <source>{where}: the segment has no code.</source>
            <translation>{where} : le segment n’a pas de code.</translation>
        </message>
        <message>
            <source>{where}: the segment has no name.</source>
            <translation>{where} : le segment n’a pas de nom.</translation>
        </message>
        <message>
            <source>{where}: unknown channel {channel!r}; known channels: {known}.</source>
            <translation>{where} : canal inconnu {channel!r} ; canaux connus : {known}.</translation>
        </message>
        <message>
            <source>{where}: unknown level {level!r}; the catalogue's levels are: {levels}.</source>
            <translation>{where} : niveau inconnu {level!r} ; les niveaux du catalogue sont : {levels}.</translation>
        </message>
        <message>
            <source>… and {n} more keys (all of them are in the log)</source>
            <translation>… et {n} autres clés (toutes figurent dans le journal)</translation>
        </message>
    </context>
</TS>
