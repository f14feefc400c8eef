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
            <source>0: the default bandwidth (see Bandwidth).</source>
            <translation>0 : la largeur de bande par défaut (voir Largeur de bande).</translation>
        </message>
        <message>
            <source>1: first-order clusters only. 2 or more: as CrimeStat, the mean centres of the clusters of one order are clustered again into clusters of the next order, with the threshold distance recomputed from the number of clusters (same study area and probability); a higher-order cluster joins at least two clusters of the order below, and its polygon outlines all their points. Stops earlier when fewer than two clusters remain or the threshold is not positive.</source>
            <translation>1 : clusters de premier ordre seulement. 2 ou plus : comme dans CrimeStat, les centres moyens des clusters d’un ordre sont regroupés à leur tour en clusters de l’ordre suivant, avec la distance seuil recalculée d’après le nombre de clusters (même surface d’étude et même probabilité) ; un cluster d’ordre supérieur réunit au moins deux clusters de l’ordre inférieur, et son polygone entoure tous leurs points. S’arrête plus tôt quand il reste moins de deux clusters ou que la distance seuil n’est pas positive.</translation>
        </message>
        <message>
            <source>; covered within {cutoff} {unit} {before} % → {after} %</source>
            <translation> ; demande couverte à moins de {cutoff} {unit} : {before} % → {after} %</translation>
        </message>
        <message>
            <source>A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits).</source>
            <translation>Un catalogue fourni avec l’extension (hiérarchie, noms, couleurs, portraits).</translation>
        </message>
        <message>
            <source>A cell size of {cell} gives a grid of {n} cells over these points, more than {limit}. Choose a larger cell size.</source>
            <translation>Une taille de cellule de {cell} donne une grille de {n} cellules sur ces points, plus que {limit}. Choisissez une taille de cellule plus grande.</translation>
        </message>
        <message>
            <source>A file (.npz) that the catchment, matrix, nearest-facility and location-planning algorithms accept instead of the line layer.</source>
            <translation>Un fichier (.npz) que les algorithmes de zones de desserte, de matrice, d’équipement le plus proche et de localisation acceptent à la place de la couche de lignes.</translation>
        </message>
        <message>
            <source>A line end this close to a vertex of another line is joined to it (digitising gaps). 0: only exactly shared vertices join.</source>
            <translation>Une extrémité de ligne aussi proche d’un sommet d’une autre ligne y est raccordée (défauts de numérisation). 0 : seuls les sommets exactement partagés se raccordent.</translation>
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
            <source>A table: band (minutes), demand weight and share within it; a last row gives the demand that cannot reach any facility.</source>
            <translation>Une table : tranche (minutes), poids de la demande et part dans la tranche ; une dernière ligne donne la demande qui n’atteint aucun équipement.</translation>
        </message>
        <message>
            <source>A table: origin id, destination id, minutes, metres and rank (1 = nearest destination of the origin).</source>
            <translation>Une table : identifiant d’origine, identifiant de destination, minutes, mètres et rang (1 = destination la plus proche de l’origine).</translation>
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
            <source>All points are at the same place: there is no spread to find clusters in.</source>
            <translation>Tous les points sont au même endroit : il n’y a aucune dispersion dans laquelle chercher des clusters.</translation>
        </message>
        <message>
            <source>Allocation lines</source>
            <translation>Lignes d’affectation</translation>
        </message>
        <message>
            <source>Also solve for every p from 1 to this number and draw the objective against p in the report (0: no curve).</source>
            <translation>Résout aussi pour chaque p de 1 à ce nombre et trace l’objectif en fonction de p dans le rapport (0 : pas de courbe).</translation>
        </message>
        <message>
            <source>An HTML report: headline, index bar chart, the table, and the unmatched target records.</source>
            <translation>Un rapport HTML : phrase de synthèse, histogramme des indices, le tableau et les enregistrements cibles non appariés.</translation>
        </message>
        <message>
            <source>Answer field</source>
            <translation>Champ de la réponse</translation>
        </message>
        <message>
            <source>Answers that count</source>
            <translation>Réponses retenues</translation>
        </message>
        <message>
            <source>Answers that count are given, but no answer field: choose the field.</source>
            <translation>Des réponses retenues sont indiquées, mais aucun champ de réponse : choisissez le champ.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Area A of the nearest-neighbour threshold. 0: the bounding rectangle of all records.</source>
            <translation>Surface A du seuil du plus proche voisin. 0 : le rectangle englobant de tous les enregistrements.</translation>
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
            <source>At least two chosen answers are needed to find clusters.</source>
            <translation>Il faut au moins deux réponses retenues pour trouver des clusters.</translation>
        </message>
        <message>
            <source>At least two points are needed for nearest-neighbour clustering.</source>
            <translation>Il faut au moins deux points pour le regroupement par plus proche voisin.</translation>
        </message>
        <message>
            <source>At least two points are needed to choose a bandwidth from the data.</source>
            <translation>Il faut au moins deux points pour choisir une largeur de bande à partir des données.</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Automatic (by problem size)</source>
            <translation>Automatique (selon la taille du problème)</translation>
        </message>
        <message>
            <source>Automatic runs the heuristic and its bound, then the exact solver where the gap is open and the problem fits in memory.</source>
            <translation>Automatique lance l’heuristique et sa borne, puis le solveur exact si l’écart n’est pas refermé et que le problème tient en mémoire.</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Bands for the summary (minutes)</source>
            <translation>Tranches du résumé (minutes)</translation>
        </message>
        <message>
            <source>Bandwidth (0: from the data)</source>
            <translation>Largeur de bande (0 : d’après les données)</translation>
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
            <source>Base layer to count</source>
            <translation>Couche de base à dénombrer</translation>
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
            <source>Base units</source>
            <translation>Unités de base</translation>
        </message>
        <message>
            <source>Base units (1 each)</source>
            <translation>Unités de base (1 chacune)</translation>
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
            <source>Best ways to reach them</source>
            <translation>Meilleurs moyens de les joindre</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Borne</translation>
        </message>
        <message>
            <source>Buffer width (m)</source>
            <translation>Largeur du tampon (m)</translation>
        </message>
        <message>
            <source>Build network</source>
            <translation>Construire le réseau</translation>
        </message>
        <message>
            <source>Buildings that could host the service.</source>
            <translation>Bâtiments qui pourraient accueillir le service.</translation>
        </message>
        <message>
            <source>Cancelled by the user: no output was written.</source>
            <translation>Annulé par l’utilisateur : aucune sortie n’a été écrite.</translation>
        </message>
        <message>
            <source>Candidate sites</source>
            <translation>Sites candidats</translation>
        </message>
        <message>
            <source>Cannot read the catalogue file {path}: {error}</source>
            <translation>Impossible de lire le fichier de catalogue {path} : {error}</translation>
        </message>
        <message>
            <source>Capacitated heuristic: {sets} sets of sites priced by the transportation problem.</source>
            <translation>Heuristique avec capacités : {sets} ensembles de sites évalués par le problème de transport.</translation>
        </message>
        <message>
            <source>Capacity field</source>
            <translation>Champ de capacité</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Catalogue file</source>
            <translation>Fichier de catalogue</translation>
        </message>
        <message>
            <source>Catalogue file (overrides the list)</source>
            <translation>Fichier de catalogue (remplace la liste)</translation>
        </message>
        <message>
            <source>Catalogue file…</source>
            <translation>Fichier de catalogue…</translation>
        </message>
        <message>
            <source>Catalogue table</source>
            <translation>Table du catalogue</translation>
        </message>
        <message>
            <source>Catalogue: {catalogue}.</source>
            <translation>Catalogue : {catalogue}.</translation>
        </message>
        <message>
            <source>Catalogues (*.json *.csv)</source>
            <translation>Catalogues (*.json *.csv)</translation>
        </message>
        <message>
            <source>Catchments</source>
            <translation>Zones de desserte</translation>
        </message>
        <message>
            <source>Catchments (walk, cycle and drive times)</source>
            <translation>Zones de desserte (temps à pied, à vélo et en voiture)</translation>
        </message>
        <message>
            <source>Cell size (0: from the data)</source>
            <translation>Taille de cellule (0 : d’après les données)</translation>
        </message>
        <message>
            <source>Checks each cluster of survey answers against the district. Return rate: exact one-sided binomial test on the responses, conditional on the district's total, with the cluster's share of the district's households (or of its postcode units when no household field is given) as the probability; the cluster is verified when its return rate is not significantly greater than the district's. Share of chosen answers: exact one-sided binomial test against the district's share. Incidents: rate ratio per household (or per km²) against the district with an exact Clopper–Pearson confidence interval (conditional binomial), and the overlap with incident clusters. Disparity: 'fear without crime' when the answers are significantly elevated and incidents are not, 'crime without fear' the reverse. Results on fewer than 30 responses are flagged. With a segmented base layer, it also names the dominant segments living in each cluster (the largest ones making 75% of it, at most five) with their share and index against the whole base. The HTML report explains every verdict in plain words.</source>
            <translation>Compare chaque cluster de réponses à l’enquête avec le territoire. Taux de retour : test binomial exact unilatéral sur les réponses, conditionnel au total du territoire, avec pour probabilité la part des ménages du territoire située dans le cluster (ou de ses unités postales si aucun champ de ménages n’est donné) ; le cluster est vérifié quand son taux de retour n’est pas significativement supérieur à celui du territoire. Part des réponses retenues : test binomial exact unilatéral par rapport à la part du territoire. Incidents : rapport de taux par ménage (ou par km²) par rapport au territoire, avec un intervalle de confiance exact de Clopper–Pearson (binomiale conditionnelle), et le recouvrement avec les clusters d’incidents. Disparité : « peur sans délinquance » quand les réponses sont significativement élevées et les incidents non, « délinquance sans peur » dans le cas inverse. Les résultats reposant sur moins de 30 réponses sont signalés. Avec une couche de base segmentée, l’algorithme nomme aussi les segments dominants qui vivent dans chaque cluster (les plus grands, qui en font ensemble 75 %, cinq au plus) avec leur part et leur indice par rapport à toute la base. Le rapport HTML explique chaque verdict en termes simples.</translation>
        </message>
        <message>
            <source>Choose a classification catalogue and level.</source>
            <translation>Choisissez un catalogue de classification et un niveau.</translation>
        </message>
        <message>
            <source>Choose a classification catalogue or give a catalogue file.</source>
            <translation>Choisissez un catalogue de classification ou indiquez un fichier de catalogue.</translation>
        </message>
        <message>
            <source>Choose a layer and the field that holds its segment codes.</source>
            <translation>Choisissez une couche et le champ qui contient ses codes de segment.</translation>
        </message>
        <message>
            <source>Choose a road network: a line layer or a network file.</source>
            <translation>Choisissez un réseau routier : une couche de lignes ou un fichier de réseau.</translation>
        </message>
        <message>
            <source>Choose the field of {layer} that holds the segment codes.</source>
            <translation>Choisissez le champ de {layer} qui contient les codes de segment.</translation>
        </message>
        <message>
            <source>Choose the layer of base units (e.g. postcodes or output areas with a segment code); the project has none selected.</source>
            <translation>Choisissez la couche des unités de base (par ex. codes postaux ou îlots avec un code de segment) ; aucune n’est choisie dans le projet.</translation>
        </message>
        <message>
            <source>Choose the segment field of the base layer {layer} (the field with each unit's segment code), or leave the base layer empty.</source>
            <translation>Choisissez le champ segment de la couche de base {layer} (le champ qui porte le code de segment de chaque unité), ou laissez la couche de base vide.</translation>
        </message>
        <message>
            <source>Choose the {parameter}: the chosen way of placing target records needs it.</source>
            <translation>Choisissez le paramètre « {parameter} » : la manière choisie de placer les enregistrements cibles en a besoin.</translation>
        </message>
        <message>
            <source>Chooses where to deliver a service among candidate sites, for the demand of a point or polygon layer (polygons by centroid): minimise the weighted travel cost with p sites (p-median, optionally with site capacities), maximise the demand covered within a cut-off with p sites (maximal covering), find the fewest sites that cover all demand within the cut-off (set covering) or minimise the longest travel cost with p sites (p-center). Travel cost is the travel time along a road network (walk, cycle or drive, through the same engine and session cache as the catchments), or the straight-line distance in a projected CRS, in metres or in minutes at a chosen speed; the report says which. The exact solver is a mixed-integer programme solved by HiGHS; the heuristic (greedy start, vertex substitution, seeded perturbations; for capacities, a Lagrangian heuristic) handles large problems and reports a proven bound and gap. Compare the result with today's sites in the HTML report.</source>
            <translation>Choisit où offrir un service parmi des sites candidats, pour la demande d’une couche de points ou de polygones (polygones par leur centroïde) : minimiser le coût de déplacement pondéré avec p sites (p-médian, éventuellement avec des capacités), maximiser la demande couverte en deçà d’un seuil avec p sites (couverture maximale), trouver le moins de sites couvrant toute la demande en deçà du seuil (couverture d’ensemble) ou minimiser le plus long déplacement avec p sites (p-centre). Le coût de déplacement est le temps de trajet sur un réseau routier (à pied, à vélo ou en voiture, par le même moteur et le même cache de session que les zones de desserte), ou la distance à vol d’oiseau dans un SCR projeté, en mètres ou en minutes à une vitesse choisie ; le rapport précise lequel. Le solveur exact est un programme linéaire en nombres entiers résolu par HiGHS ; l’heuristique (départ glouton, substitution de sommets, perturbations à graine ; pour les capacités, une heuristique lagrangienne) traite les grands problèmes et donne une borne prouvée et l’écart. Comparez le résultat aux sites actuels dans le rapport HTML.</translation>
        </message>
        <message>
            <source>Chosen answers</source>
            <translation>Réponses retenues</translation>
        </message>
        <message>
            <source>Chosen answers per km²</source>
            <translation>Réponses retenues par km²</translation>
        </message>
        <message>
            <source>Chosen share</source>
            <translation>Part retenue</translation>
        </message>
        <message>
            <source>Classification catalogue</source>
            <translation>Catalogue de classification</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Cluster id field</source>
            <translation>Champ d’identifiant du cluster</translation>
        </message>
        <message>
            <source>Cluster polygons, from 'Find survey clusters' or drawn by hand. They may overlap (shared records count in each, with a warning).</source>
            <translation>Polygones des clusters, issus de « Trouver des clusters d’enquête » ou dessinés à la main. Ils peuvent se chevaucher (les enregistrements partagés comptent dans chacun, avec un avertissement).</translation>
        </message>
        <message>
            <source>Cluster polygons: cluster_id, method, order (1; 2, 3… for nearest-neighbour clusters of clusters; always 1 for the other methods, so that 'order = 1' selects the base clusters of any method), chosen (chosen answers inside), responses (all records inside), share, area_km2, density (chosen answers per km²), members (cells, units or points that make the cluster; clusters of the order below for higher orders), peak_density (density methods), max_z (Gi*). Grid methods give merged cells; point methods an alpha shape (convex hull when it is empty) with a margin.</source>
            <translation>Polygones des clusters : cluster_id, method, order (1 ; 2, 3… pour les clusters de clusters par plus proche voisin ; toujours 1 pour les autres méthodes, de sorte que « order = 1 » sélectionne les clusters de base quelle que soit la méthode), chosen (réponses retenues à l’intérieur), responses (tous les enregistrements à l’intérieur), share, area_km2, density (réponses retenues par km²), members (cellules, unités ou points qui forment le cluster ; clusters de l’ordre inférieur pour les ordres supérieurs), peak_density (méthodes de densité), max_z (Gi*). Les méthodes sur grille donnent des cellules fusionnées ; les méthodes sur points une forme alpha (enveloppe convexe si elle est vide) avec une marge.</translation>
        </message>
        <message>
            <source>Cluster {id} contains no postcode unit, so its return rate cannot be checked.</source>
            <translation>Le cluster {id} ne contient aucune unité postale : son taux de retour ne peut pas être contrôlé.</translation>
        </message>
        <message>
            <source>Cluster {id} is not verified: its {n} responses from {postcodes} postcode units ({rate} {unit}, district {district}) are significantly more than the district's return rate would give ({ratio} times, {p}), so it may simply be where more people answered the survey.</source>
            <translation>Le cluster {id} n’est pas vérifié : ses {n} réponses venant de {postcodes} unités postales ({rate} {unit}, territoire {district}) sont significativement plus nombreuses que ne le donnerait le taux de retour du territoire ({ratio} fois, {p}) ; il se peut donc simplement que davantage de personnes y aient répondu à l’enquête.</translation>
        </message>
        <message>
            <source>Cluster {id} is verified: its {n} responses from {postcodes} postcode units ({rate} {unit}, district {district}) are not significantly more than the district's return rate would give ({ratio} times, {p}).</source>
            <translation>Le cluster {id} est vérifié : ses {n} réponses venant de {postcodes} unités postales ({rate} {unit}, territoire {district}) ne sont pas significativement plus nombreuses que ne le donnerait le taux de retour du territoire ({ratio} fois, {p}).</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Clusters by order: {orders}.</source>
            <translation>Clusters par ordre : {orders}.</translation>
        </message>
        <message>
            <source>Clusters of fear without crime</source>
            <translation>Clusters de peur sans délinquance</translation>
        </message>
        <message>
            <source>Clusters with fewer chosen answers are dropped (every method).</source>
            <translation>Les clusters ayant moins de réponses retenues sont écartés (toutes les méthodes).</translation>
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
            <source>Comma-separated values for traffic against the direction the line is drawn (OSM: -1).</source>
            <translation>Valeurs séparées par des virgules pour une circulation dans le sens inverse du tracé de la ligne (OSM : -1).</translation>
        </message>
        <message>
            <source>Comma-separated values for two-way traffic.</source>
            <translation>Valeurs séparées par des virgules pour une circulation à double sens.</translation>
        </message>
        <message>
            <source>Comma-separated values of the direction field for traffic in the direction the line is drawn.</source>
            <translation>Valeurs du champ de sens, séparées par des virgules, pour une circulation dans le sens du tracé de la ligne.</translation>
        </message>
        <message>
            <source>Compares a target (clients, respondents, claimants…) with a base (households, postcodes, output areas) segment by segment at a chosen level of a classification: counts, shares, index = target % ÷ base % × 100, rank, penetration per 1,000, a two-sided exact binomial test against the base share, low-number flags, cumulative shares and the target market (the fewest segments, largest first, covering the chosen share of the target). Run it twice to compare against households and against population. Target records that match no segment are counted and listed by key in the log and the report.</source>
            <translation>Compare une cible (usagers, répondants, allocataires…) à une base (ménages, codes postaux, zones de recensement), segment par segment, à un niveau choisi d’une classification : effectifs, parts, indice = % cible ÷ % base × 100, rang, taux de pénétration pour 1 000, test binomial exact bilatéral par rapport à la part dans la base, signalement des petits effectifs, parts cumulées et marché cible (le moins de segments possible, des plus grands aux plus petits, couvrant la part choisie de la cible). Lancez-le deux fois pour comparer aux ménages puis à la population. Les enregistrements cibles qui ne trouvent aucun segment sont comptés et listés par clé dans le journal et le rapport.</translation>
        </message>
        <message>
            <source>Computing the portrait of {area}…</source>
            <translation>Calcul du portrait de {area}…</translation>
        </message>
        <message>
            <source>Concave hull</source>
            <translation>Enveloppe concave</translation>
        </message>
        <message>
            <source>Concave hull: longest triangle side (m)</source>
            <translation>Enveloppe concave : plus long côté de triangle (m)</translation>
        </message>
        <message>
            <source>Confidence interval</source>
            <translation>Intervalle de confiance</translation>
        </message>
        <message>
            <source>Connected parts of the drive network (1 = fully connected).</source>
            <translation>Parties connexes du réseau routier en voiture (1 = entièrement connexe).</translation>
        </message>
        <message>
            <source>Copied to the outputs and used in messages.</source>
            <translation>Copié dans les sorties et utilisé dans les messages.</translation>
        </message>
        <message>
            <source>Copied to the outputs.</source>
            <translation>Copié dans les sorties.</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copier le texte</translation>
        </message>
        <message>
            <source>Could not read the OSM file {path} ({error}): give a whole OpenStreetMap XML file (.osm), an OpenStreetMap PBF file (.osm.pbf) or a network saved by Build network.</source>
            <translation>Impossible de lire le fichier OSM {path} ({error}) : donnez un fichier OpenStreetMap XML complet (.osm), un fichier OpenStreetMap PBF (.osm.pbf) ou un réseau enregistré par Construire le réseau.</translation>
        </message>
        <message>
            <source>Could not write feature {row} of the output: {error}</source>
            <translation>Impossible d’écrire l’entité {row} de la sortie : {error}</translation>
        </message>
        <message>
            <source>Could not write the raster {path}: {error}. Check the free space and that you may write there.</source>
            <translation>Impossible d’écrire le raster {path} : {error}. Vérifiez l’espace libre et vos droits d’écriture à cet emplacement.</translation>
        </message>
        <message>
            <source>Could not write to {output}: {error}</source>
            <translation>Impossible d’écrire dans {output} : {error}</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Décompte</translation>
        </message>
        <message>
            <source>Count field</source>
            <translation>Champ de décompte</translation>
        </message>
        <message>
            <source>Count fields</source>
            <translation>Champs à additionner</translation>
        </message>
        <message>
            <source>Coverage cut-off</source>
            <translation>Seuil de couverture</translation>
        </message>
        <message>
            <source>Crime without fear: incidents are elevated while the answers are not.</source>
            <translation>Délinquance sans peur : les incidents sont élevés alors que les réponses ne le sont pas.</translation>
        </message>
        <message>
            <source>CrimeStat's fixed-distance option: link points closer than this instead. Clusters of higher orders then link cluster centres closer than the same distance, which first-order clusters seldom are: leave 0 to let the threshold grow with each order.</source>
            <translation>L’option « distance fixe » de CrimeStat : relier plutôt les points plus proches que cette distance. Les clusters des ordres supérieurs relient alors les centres de clusters plus proches que cette même distance, ce qui arrive rarement aux clusters de premier ordre : laissez 0 pour que le seuil s’élargisse à chaque ordre.</translation>
        </message>
        <message>
            <source>Cumulative %</source>
            <translation>% cumulé</translation>
        </message>
        <message>
            <source>Current sites</source>
            <translation>Sites actuels</translation>
        </message>
        <message>
            <source>Customer insight for councils, police, health and fire services: segment profiles, walk and drive-time catchments, service location planning, survey cluster verification and pen portraits of any area.</source>
            <translation>Connaissance des usagers pour les collectivités, la police, la santé et les pompiers : profils par segment, zones de desserte à pied et en voiture, choix de l’implantation des services, vérification des agrégats d’enquête et portraits de tout territoire.</translation>
        </message>
        <message>
            <source>Cut-off (minutes)</source>
            <translation>Seuil de coupure (minutes)</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Vélo</translation>
        </message>
        <message>
            <source>Cycling speed (km/h)</source>
            <translation>Vitesse à vélo (km/h)</translation>
        </message>
        <message>
            <source>Default drive speeds by road class. United Kingdom: motorway 70 mph, trunk 60, primary 40, secondary, tertiary and unclassified 30, residential 25, service 10. France: autoroute 130 km/h, trunk 110, primary and secondary 80, tertiary 70, unclassified 50, residential 30, service 20; IGN BD TOPO natures: type autoroutier 130, route à 2 chaussées 110, route à 1 chaussée 80, bretelle 70, route empierrée and rond-point 30 (chemins, sentiers and pistes cyclables are not driven; ferries are left out).</source>
            <translation>Vitesses en voiture par défaut selon la classe de route. Royaume-Uni : autoroute 70 mph, voie express 60, primaire 40, secondaire, tertiaire et non classée 30, résidentielle 25, desserte 10. France : autoroute 130 km/h, voie express 110, primaire et secondaire 80, tertiaire 70, non classée 50, résidentielle 30, desserte 20 ; natures de la BD TOPO de l’IGN : type autoroutier 130, route à 2 chaussées 110, route à 1 chaussée 80, bretelle 70, route empierrée et rond-point 30 (les chemins, sentiers et pistes cyclables ne sont pas empruntés en voiture ; les bacs sont écartés).</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Demande</translation>
        </message>
        <message>
            <source>Demand centres</source>
            <translation>Centres de la demande</translation>
        </message>
        <message>
            <source>Demand covered</source>
            <translation>Demande couverte</translation>
        </message>
        <message>
            <source>Demand id field</source>
            <translation>Champ identifiant de la demande</translation>
        </message>
        <message>
            <source>Demand served</source>
            <translation>Demande servie</translation>
        </message>
        <message>
            <source>Demand units</source>
            <translation>Unités de demande</translation>
        </message>
        <message>
            <source>Demand units farther than this from every facility are flagged beyond (so are unreachable ones).</source>
            <translation>Les unités de demande plus éloignées que cela de tout équipement sont signalées au-delà (de même que celles qui n’en atteignent aucun).</translation>
        </message>
        <message>
            <source>Demand units that reach no facility (or are off the network).</source>
            <translation>Unités de demande qui n’atteignent aucun équipement (ou sont hors du réseau).</translation>
        </message>
        <message>
            <source>Demand units with no facility</source>
            <translation>Unités de demande sans équipement</translation>
        </message>
        <message>
            <source>Demand units: points, or lines and polygons by their centroid, in any CRS.</source>
            <translation>Unités de demande : des points, ou des lignes et polygones par leur centroïde, dans n’importe quel SCR.</translation>
        </message>
        <message>
            <source>Demand weight field</source>
            <translation>Champ de poids de la demande</translation>
        </message>
        <message>
            <source>Demand with nearest facility</source>
            <translation>Demande et équipement le plus proche</translation>
        </message>
        <message>
            <source>Demand within bands</source>
            <translation>Demande par tranche</translation>
        </message>
        <message>
            <source>Demand within the cut-off (%)</source>
            <translation>Demande sous le seuil (%)</translation>
        </message>
        <message>
            <source>Demand within {cutoff} {unit}</source>
            <translation>Demande à moins de {cutoff} {unit}</translation>
        </message>
        <message>
            <source>Density method: cells whose density of chosen answers exceeds this percentile of the densities over the surveyed area form clusters.</source>
            <translation>Méthode de densité : les cellules dont la densité de réponses retenues dépasse ce centile des densités de la zone enquêtée forment des clusters.</translation>
        </message>
        <message>
            <source>Density percentile</source>
            <translation>Centile de densité</translation>
        </message>
        <message>
            <source>Density raster</source>
            <translation>Raster de densité</translation>
        </message>
        <message>
            <source>Destination id field</source>
            <translation>Champ identifiant de destination</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <source>Disparity</source>
            <translation>Disparité</translation>
        </message>
        <message>
            <source>Disparity: fear without crime when the chosen answers are significantly elevated and incidents are not; crime without fear the reverse.</source>
            <translation>Disparité : peur sans délinquance quand les réponses retenues sont significativement élevées et les incidents non ; délinquance sans peur dans le cas inverse.</translation>
        </message>
        <message>
            <source>Dissolve facilities per band</source>
            <translation>Fusionner les équipements par tranche</translation>
        </message>
        <message>
            <source>Distance band</source>
            <translation>Bande de distance</translation>
        </message>
        <message>
            <source>District boundary</source>
            <translation>Limite du territoire</translation>
        </message>
        <message>
            <source>Dominant segments</source>
            <translation>Segments dominants</translation>
        </message>
        <message>
            <source>Dominant segments cover</source>
            <translation>Les segments dominants couvrent</translation>
        </message>
        <message>
            <source>Draw an area on the map (polygon or rectangle).</source>
            <translation>Dessinez une zone sur la carte (polygone ou rectangle).</translation>
        </message>
        <message>
            <source>Draw polygon</source>
            <translation>Dessiner un polygone</translation>
        </message>
        <message>
            <source>Draw rectangle</source>
            <translation>Dessiner un rectangle</translation>
        </message>
        <message>
            <source>Drawn area</source>
            <translation>Zone dessinée</translation>
        </message>
        <message>
            <source>Draws the areas reachable from each facility within time bands (for example 5, 10 and 15 minutes) by walking, cycling or driving along the road network, and counts the households or population of a base layer inside each. The network is searched with a bounded multi-source Dijkstra from the exact point where each facility meets the road; roads that are only partly reached are cut where the time runs out. Bands are cumulative: the 10-minute area contains the 5-minute one.</source>
            <translation>Dessine les zones atteignables depuis chaque équipement dans des tranches de temps (par exemple 5, 10 et 15 minutes) à pied, à vélo ou en voiture sur le réseau routier, et compte les ménages ou la population d’une couche de base dans chacune. Le réseau est parcouru par un Dijkstra multi-source borné depuis le point exact où chaque équipement rejoint la route ; les routes atteintes en partie sont coupées là où le temps s’épuise. Les tranches sont cumulatives : la zone de 10 minutes contient celle de 5 minutes.</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Voiture</translation>
        </message>
        <message>
            <source>Drive speed field</source>
            <translation>Champ de vitesse en voiture</translation>
        </message>
        <message>
            <source>Drive speed of roads with neither speed, maxspeed nor a known class.</source>
            <translation>Vitesse en voiture des routes sans vitesse, sans maxspeed et sans classe connue.</translation>
        </message>
        <message>
            <source>Drive speed of unknown roads (km/h)</source>
            <translation>Vitesse en voiture des routes inconnues (km/h)</translation>
        </message>
        <message>
            <source>Each point is the best solution found for that number of sites.</source>
            <translation>Chaque point est la meilleure solution trouvée pour ce nombre de sites.</translation>
        </message>
        <message>
            <source>Every answered record of {layer} gives the same answer ({value}): shares of chosen answers cannot differ between places, so the share tests and the share method tell nothing.</source>
            <translation>Tous les enregistrements renseignés de {layer} donnent la même réponse ({value}) : la part des réponses retenues ne peut pas varier d’un endroit à l’autre, les tests de part et la méthode de part n’apprennent donc rien.</translation>
        </message>
        <message>
            <source>Every demand weight is zero: there is no demand to serve. Check the weight field.</source>
            <translation>Tous les poids de demande sont nuls : il n’y a aucune demande à servir. Vérifiez le champ de poids.</translation>
        </message>
        <message>
            <source>Every record must have coordinates.</source>
            <translation>Chaque enregistrement doit avoir des coordonnées.</translation>
        </message>
        <message>
            <source>Every response with its answer (points, or a table keyed by postcode).</source>
            <translation>Toutes les réponses avec leur réponse (points, ou table indexée par code postal).</translation>
        </message>
        <message>
            <source>Every unit has the same value ({value}): Gi* cannot find hot spots.</source>
            <translation>Toutes les unités ont la même valeur ({value}) : Gi* ne peut pas trouver de points chauds.</translation>
        </message>
        <message>
            <source>Every value of the field {field} of {layer} is zero or missing, so there is nothing to count: check that you chose the right field.</source>
            <translation>Toutes les valeurs du champ {field} de {layer} sont nulles ou absentes : il n’y a rien à compter. Vérifiez que vous avez choisi le bon champ.</translation>
        </message>
        <message>
            <source>Everybody: households, postcodes or output areas, each with a segment code.</source>
            <translation>L’ensemble de la population : ménages, codes postaux ou zones de recensement, chacun avec un code de segment.</translation>
        </message>
        <message>
            <source>Exact (HiGHS mixed-integer programme)</source>
            <translation>Exact (programme en nombres entiers, HiGHS)</translation>
        </message>
        <message>
            <source>Export HTML…</source>
            <translation>Exporter en HTML…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export classification catalogue</source>
            <translation>Exporter le catalogue de classification</translation>
        </message>
        <message>
            <source>Export the portrait</source>
            <translation>Exporter le portrait</translation>
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
            <source>Facilities</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Facilities farther from the network than the snapping tolerance, or without geometry.</source>
            <translation>Équipements plus éloignés du réseau que la tolérance d’accrochage, ou sans géométrie.</translation>
        </message>
        <message>
            <source>Facilities skipped</source>
            <translation>Équipements ignorés</translation>
        </message>
        <message>
            <source>Facility id field</source>
            <translation>Champ identifiant de l’équipement</translation>
        </message>
        <message>
            <source>Facility name field</source>
            <translation>Champ nom de l’équipement</translation>
        </message>
        <message>
            <source>Fear and crime agree: both the answers and incidents are elevated.</source>
            <translation>Peur et délinquance concordent : les réponses comme les incidents sont élevés.</translation>
        </message>
        <message>
            <source>Fear without crime: the answers are elevated while incidents are not, so reassurance and communication may help more than enforcement.</source>
            <translation>Peur sans délinquance : les réponses sont élevées alors que les incidents ne le sont pas ; rassurer et communiquer peut aider davantage que la répression.</translation>
        </message>
        <message>
            <source>Fewer than two clusters of order {order} ({n}): there is no order {higher}.</source>
            <translation>Moins de deux clusters d’ordre {order} ({n}) : il n’y a pas d’ordre {higher}.</translation>
        </message>
        <message>
            <source>Find survey clusters</source>
            <translation>Trouver des clusters d’enquête</translation>
        </message>
        <message>
            <source>Find the algorithms in the Processing Toolbox under Place Insight.</source>
            <translation>Les algorithmes se trouvent dans la boîte à outils de traitements, sous Place Insight.</translation>
        </message>
        <message>
            <source>Finds where chosen answers of a residents' survey (e.g. 'Very unsafe' or 'Fairly unsafe') cluster, or where incidents cluster when no answer field is given. Records are points, or a table keyed by postcode placed at the postcode units. Methods: kernel density on a grid, with clusters where the density of chosen answers exceeds a percentile, or where their kernel-smoothed share of all responses is high; Getis-Ord Gi* on grid cells or postcode units with a false-discovery-rate correction; nearest-neighbour hierarchical clustering as in CrimeStat. Settings left empty are chosen from the data. Distances are in a projected CRS (a local UTM zone for a geographic CRS). Clusters found here are not yet verified: run 'Verify survey clusters' to check that they are not just where more people answered.</source>
            <translation>Trouve où se regroupent les réponses retenues d’une enquête auprès des habitants (par ex. « Très peu sûr » ou « Plutôt peu sûr »), ou où se regroupent les incidents si aucun champ de réponse n’est donné. Les enregistrements sont des points, ou une table indexée par code postal placée sur les unités postales. Méthodes : densité par noyau sur une grille, avec des clusters là où la densité des réponses retenues dépasse un centile, ou là où leur part lissée par noyau parmi toutes les réponses est élevée ; Gi* de Getis-Ord sur des cellules de grille ou des unités postales, avec correction du taux de fausses découvertes ; regroupement hiérarchique par plus proche voisin comme dans CrimeStat. Les réglages laissés vides sont choisis d’après les données. Les distances sont calculées dans un SCR projeté (une zone UTM locale pour un SCR géographique). Les clusters trouvés ici ne sont pas encore vérifiés : lancez « Vérifier les clusters d’enquête » pour contrôler qu’ils ne correspondent pas simplement aux endroits où plus de gens ont répondu.</translation>
        </message>
        <message>
            <source>Finds, for every demand unit (household, postcode, output area, client), the facility it can reach soonest along the road network, with the time and distance, and whether it lies beyond a threshold. It sums the demand within each time band, and for each facility the demand-weighted centre of the units it serves: a centre far from the facility shows that demand centres elsewhere.</source>
            <translation>Trouve, pour chaque unité de demande (ménage, code postal, îlot, usager), l’équipement qu’elle atteint le plus vite par le réseau routier, avec le temps et la distance, et indique si elle se trouve au-delà d’un seuil. Il additionne la demande dans chaque tranche de temps et, pour chaque équipement, calcule le centre pondéré par la demande des unités qu’il dessert : un centre éloigné de l’équipement montre que la demande se concentre ailleurs.</translation>
        </message>
        <message>
            <source>Fixed threshold distance (0: from the probability)</source>
            <translation>Distance seuil fixe (0 : d’après la probabilité)</translation>
        </message>
        <message>
            <source>For a table (or points) keyed by postcode: the field holding the postcode. Each record is placed at its postcode unit (case and spaces ignored); records whose postcode matches no unit are counted and listed in the log. Leave empty to use the records' own point geometry.</source>
            <translation>Pour une table (ou des points) indexée par code postal : le champ du code postal. Chaque enregistrement est placé sur son unité postale (sans tenir compte de la casse ni des espaces) ; les enregistrements dont le code postal ne correspond à aucune unité sont comptés et listés dans le journal. Laissez vide pour utiliser la géométrie ponctuelle des enregistrements.</translation>
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
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>GDAL could not read the lines of the OpenStreetMap file {path}: check that the file is whole (try adding it to the project as a layer).</source>
            <translation>GDAL n’a pas pu lire les lignes du fichier OpenStreetMap {path} : vérifiez que le fichier est complet (essayez de l’ajouter au projet comme couche).</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Gaussian</source>
            <translation>Gaussien</translation>
        </message>
        <message>
            <source>Generated by Place Insight on {date}.</source>
            <translation>Produit par Place Insight le {date}.</translation>
        </message>
        <message>
            <source>Getis-Ord Gi* on grid cells</source>
            <translation>Gi* de Getis-Ord sur cellules de grille</translation>
        </message>
        <message>
            <source>Getis-Ord Gi* on postcode units or locations</source>
            <translation>Gi* de Getis-Ord sur unités postales ou emplacements</translation>
        </message>
        <message>
            <source>Getis-Ord Gi*: {units} units, {neighbourhood}, {hot} significant hot units.</source>
            <translation>Gi* de Getis-Ord : {units} unités, {neighbourhood}, {hot} unités chaudes significatives.</translation>
        </message>
        <message>
            <source>Gi* distance band (0: from the data)</source>
            <translation>Bande de distance de Gi* (0 : d’après les données)</translation>
        </message>
        <message>
            <source>Gi* false discovery rate</source>
            <translation>Taux de fausses découvertes de Gi*</translation>
        </message>
        <message>
            <source>Gi* needs at least three units.</source>
            <translation>Gi* a besoin d’au moins trois unités.</translation>
        </message>
        <message>
            <source>Gi* neighbourhood: units within the distance band, or the k nearest; weights are binary and include the unit itself.</source>
            <translation>Voisinage de Gi* : les unités dans la bande de distance, ou les k plus proches ; les poids sont binaires et incluent l’unité elle-même.</translation>
        </message>
        <message>
            <source>Gi* neighbours</source>
            <translation>Voisins de Gi*</translation>
        </message>
        <message>
            <source>Gi* number of neighbours</source>
            <translation>Nombre de voisins de Gi*</translation>
        </message>
        <message>
            <source>Gi* on the share of chosen answers needs an answer field and the answer values that count.</source>
            <translation>Gi* sur la part des réponses retenues a besoin d’un champ de réponse et des valeurs de réponse retenues.</translation>
        </message>
        <message>
            <source>Gi* value</source>
            <translation>Valeur de Gi*</translation>
        </message>
        <message>
            <source>Give at least one time band in minutes, e.g. 5,10,15.</source>
            <translation>Donnez au moins une tranche de temps en minutes, par exemple 5,10,15.</translation>
        </message>
        <message>
            <source>Give the answer values of the field {field} that count, separated by ';'. The field contains: {values}.</source>
            <translation>Indiquez les valeurs du champ {field} à retenir, séparées par « ; ». Le champ contient : {values}.</translation>
        </message>
        <message>
            <source>Grid cell size of the density and Gi* grid methods. 0: a fifth of the kernel radius.</source>
            <translation>Taille des cellules de la grille des méthodes de densité et de Gi* sur grille. 0 : un cinquième du rayon du noyau.</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
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
            <source>Heuristic (interchange with a proven bound)</source>
            <translation>Heuristique (échanges, avec une borne prouvée)</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Highest order of nearest-neighbour clusters</source>
            <translation>Ordre le plus élevé des clusters par plus proche voisin</translation>
        </message>
        <message>
            <source>Highest order of nearest-neighbour clusters: {value} is not allowed; give a whole number of at least 1 (1: first-order clusters only).</source>
            <translation>Ordre le plus élevé des clusters par plus proche voisin : {value} n’est pas admis ; donnez un nombre entier d’au moins 1 (1 : clusters de premier ordre seulement).</translation>
        </message>
        <message>
            <source>Home page</source>
            <translation>Page d’accueil</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Ménages</translation>
        </message>
        <message>
            <source>Households field</source>
            <translation>Champ des ménages</translation>
        </message>
        <message>
            <source>Households per postcode unit. Empty: every postcode unit counts as one (responses per postcode).</source>
            <translation>Ménages par unité postale. Vide : chaque unité postale compte pour un (réponses par code postal).</translation>
        </message>
        <message>
            <source>Households, contacts or claimants per feature. NULL, negative or text values are refused with the feature ids (numbers stored as text are read). Empty: every feature weighs 1.</source>
            <translation>Ménages, contacts ou allocataires par entité. Les valeurs NULL, négatives ou textuelles sont refusées avec les identifiants des entités (les nombres stockés comme texte sont lus). Vide : chaque entité pèse 1.</translation>
        </message>
        <message>
            <source>Households, population or clients of each unit; empty: every unit counts 1. NULL, negative or text values are refused with the feature ids (numbers stored as text are read).</source>
            <translation>Ménages, population ou clients de chaque unité ; vide : chaque unité compte 1. Les valeurs NULL, négatives ou textuelles sont refusées avec les identifiants des entités (les nombres stockés comme texte sont lus).</translation>
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
            <source>Households, postcodes or output areas whose counts are summed inside each catchment (by their point, or the centroid of lines and polygons).</source>
            <translation>Ménages, codes postaux ou îlots dont les effectifs sont additionnés dans chaque zone de desserte (par leur point, ou le centroïde des lignes et polygones).</translation>
        </message>
        <message>
            <source>How clusters are found (see the summary above).</source>
            <translation>Comment les clusters sont trouvés (voir le résumé ci-dessus).</translation>
        </message>
        <message>
            <source>How far either side of a reached road the catchment extends (buffer method); homes set back from the road within this distance count as inside.</source>
            <translation>Distance de part et d’autre d’une route atteinte jusqu’où s’étend la zone (méthode du tampon) ; les logements en retrait de la route à moins de cette distance comptent comme à l’intérieur.</translation>
        </message>
        <message>
            <source>How many clusters are verified.</source>
            <translation>Combien de clusters sont vérifiés.</translation>
        </message>
        <message>
            <source>How many clusters show fear without crime.</source>
            <translation>Combien de clusters montrent une peur sans délinquance.</translation>
        </message>
        <message>
            <source>How many clusters were found.</source>
            <translation>Combien de clusters ont été trouvés.</translation>
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
            <source>How many sites to open, required sites included (not used by set covering).</source>
            <translation>Nombre de sites à ouvrir, sites obligatoires compris (inutilisé par la couverture d’ensemble).</translation>
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
            <source>How the clusters were checked</source>
            <translation>Comment les clusters ont été contrôlés</translation>
        </message>
        <message>
            <source>Identifies each demand unit; empty: the feature id.</source>
            <translation>Identifie chaque unité de demande ; vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Identifies each facility in the outputs; empty: the feature id.</source>
            <translation>Identifie chaque équipement dans les sorties ; vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Identifies each facility; empty: the feature id.</source>
            <translation>Identifie chaque équipement ; vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Identifies each feature in the table; empty: the feature id.</source>
            <translation>Identifie chaque entité dans la table ; vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Identifies the sites in the outputs. Empty: the feature id.</source>
            <translation>Identifie les sites dans les résultats. Vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>In incident clusters</source>
            <translation>Dans des clusters d’incidents</translation>
        </message>
        <message>
            <source>Incident clusters</source>
            <translation>Clusters d’incidents</translation>
        </message>
        <message>
            <source>Incident rate</source>
            <translation>Taux d’incidents</translation>
        </message>
        <message>
            <source>Incident rate ratio</source>
            <translation>Rapport des taux d’incidents</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Incidents cannot be compared here (no exposure in the cluster or no incident in the district).</source>
            <translation>Les incidents ne peuvent pas être comparés ici (aucune exposition dans le cluster ou aucun incident dans le territoire).</translation>
        </message>
        <message>
            <source>Incidents per household (per postcode unit without a household field) or per km² of area.</source>
            <translation>Incidents par ménage (par unité postale sans champ de ménages) ou par km² de surface.</translation>
        </message>
        <message>
            <source>Incidents: rate ratio = the cluster's share of the district's incidents divided by its share of {exposure}, with an exact {confidence} confidence interval (Clopper–Pearson interval of the conditional binomial proportion) and a one-sided exact binomial test.</source>
            <translation>Incidents : rapport de taux = part des incidents du territoire située dans le cluster divisée par sa part de {exposure}, avec un intervalle de confiance exact à {confidence} (intervalle de Clopper–Pearson de la proportion binomiale conditionnelle) et un test binomial exact unilatéral.</translation>
        </message>
        <message>
            <source>Increasing minutes separated by commas, each more than zero.</source>
            <translation>Des minutes croissantes séparées par des virgules, toutes supérieures à zéro.</translation>
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
            <source>Index against the whole base (100 = as many as expected)</source>
            <translation>Indice par rapport à l’ensemble de la base (100 = autant qu’attendu)</translation>
        </message>
        <message>
            <source>Index by {level}</source>
            <translation>Indice par {level}</translation>
        </message>
        <message>
            <source>Information channels</source>
            <translation>Canaux d’information</translation>
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
            <source>Islands</source>
            <translation>Îlots de réseau</translation>
        </message>
        <message>
            <source>Its portraits are illustrative and describe no real people.</source>
            <translation>Ses portraits sont illustratifs et ne décrivent aucune personne réelle.</translation>
        </message>
        <message>
            <source>Its {n} incidents are {ratio} times the district's rate {per} ({confidence} CI {low}–{high}, {p}): not significantly higher.</source>
            <translation>Ses {n} incidents représentent {ratio} fois le taux du territoire {per} (IC à {confidence} {low}–{high}, {p}) : pas significativement plus élevé.</translation>
        </message>
        <message>
            <source>Its {n} incidents are {ratio} times the district's rate {per} ({confidence} CI {low}–{high}, {p}): significantly higher.</source>
            <translation>Ses {n} incidents représentent {ratio} fois le taux du territoire {per} (IC à {confidence} {low}–{high}, {p}) : significativement plus élevé.</translation>
        </message>
        <message>
            <source>Join line ends closer than (m)</source>
            <translation>Raccorder les extrémités de ligne à moins de (m)</translation>
        </message>
        <message>
            <source>Join lines that cross without a vertex</source>
            <translation>Raccorder les lignes qui se croisent sans sommet</translation>
        </message>
        <message>
            <source>Join lines where they cross even without a shared vertex (for networks drawn without nodes). Lines tagged as bridges or tunnels, or on different layers, are never joined.</source>
            <translation>Raccorde les lignes là où elles se croisent même sans sommet partagé (pour les réseaux dessinés sans nœuds). Les lignes marquées comme ponts ou tunnels, ou sur des niveaux différents, ne sont jamais raccordées.</translation>
        </message>
        <message>
            <source>Junctions and line ends.</source>
            <translation>Carrefours et extrémités de ligne.</translation>
        </message>
        <message>
            <source>Keep only this many nearest destinations of each origin; 0: all.</source>
            <translation>Ne garder que ce nombre de destinations les plus proches de chaque origine ; 0 : toutes.</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>Noyau</translation>
        </message>
        <message>
            <source>Kernel density: bandwidth {bandwidth}, cells of {cell}, threshold {threshold}.</source>
            <translation>Densité par noyau : largeur de bande {bandwidth}, cellules de {cell}, seuil {threshold}.</translation>
        </message>
        <message>
            <source>Kernel density: density above a percentile</source>
            <translation>Densité par noyau : densité au-dessus d’un centile</translation>
        </message>
        <message>
            <source>Kernel density: high share of chosen answers</source>
            <translation>Densité par noyau : part élevée de réponses retenues</translation>
        </message>
        <message>
            <source>Kernel shape for the density methods.</source>
            <translation>Forme du noyau des méthodes de densité.</translation>
        </message>
        <message>
            <source>Key features</source>
            <translation>Traits marquants</translation>
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
            <source>Lagrangian fixing left {k} of {m} candidate sites for the exact solver.</source>
            <translation>La fixation lagrangienne a laissé {k} des {m} sites candidats au solveur exact.</translation>
        </message>
        <message>
            <source>Larger values give smoother, fuller hulls; smaller values follow the roads more closely.</source>
            <translation>Des valeurs plus grandes donnent des enveloppes plus lisses et pleines ; des valeurs plus petites suivent les routes de plus près.</translation>
        </message>
        <message>
            <source>Largest demand weight a site can serve (p-median only; demand may then be split between sites). NULL: no limit; zero, negative or text values are refused.</source>
            <translation>Poids de demande maximal qu’un site peut servir (p-médian seulement ; la demande peut alors être répartie entre sites). NULL : pas de limite ; les valeurs nulles, négatives ou textuelles sont refusées.</translation>
        </message>
        <message>
            <source>Largest travel cost that counts as covered, in the unit of the travel cost (minutes or metres). Needed by maximal and set covering; reported by the others (0: none).</source>
            <translation>Coût de déplacement maximal considéré comme couvert, dans l’unité du coût (minutes ou mètres). Nécessaire aux couvertures maximale et d’ensemble ; indiqué pour les autres (0 : aucun).</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <source>Leave out pairs farther apart than this; 0: no cut-off. A cut-off makes large matrices faster.</source>
            <translation>Omettre les paires plus éloignées que cela ; 0 : aucun seuil. Un seuil accélère les grandes matrices.</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Level of every one-sided test.</source>
            <translation>Seuil de chaque test unilatéral.</translation>
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
            <source>Lines between junctions.</source>
            <translation>Lignes entre carrefours.</translation>
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
            <source>Longest ({unit})</source>
            <translation>Plus long ({unit})</translation>
        </message>
        <message>
            <source>Longest travel cost</source>
            <translation>Plus long déplacement</translation>
        </message>
        <message>
            <source>Longest travel cost ({unit})</source>
            <translation>Plus long déplacement ({unit})</translation>
        </message>
        <message>
            <source>Longest travel cost of any demand unit.</source>
            <translation>Plus long déplacement d’une unité de demande.</translation>
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
            <source>Lower bound</source>
            <translation>Borne inférieure</translation>
        </message>
        <message>
            <source>Magazines</source>
            <translation>Magazines</translation>
        </message>
        <message>
            <source>Maximise demand covered (maximal covering)</source>
            <translation>Maximiser la demande couverte (couverture maximale)</translation>
        </message>
        <message>
            <source>Mean cost ({unit})</source>
            <translation>Coût moyen ({unit})</translation>
        </message>
        <message>
            <source>Mean travel cost</source>
            <translation>Déplacement moyen</translation>
        </message>
        <message>
            <source>Mean travel cost ({unit})</source>
            <translation>Déplacement moyen ({unit})</translation>
        </message>
        <message>
            <source>Mean travel cost {before} → {after} {unit}; longest {long_before} → {long_after} {unit}</source>
            <translation>Déplacement moyen {before} → {after} {unit} ; plus long {long_before} → {long_after} {unit}</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Minimise the longest travel cost (p-center)</source>
            <translation>Minimiser le plus long déplacement (p-centre)</translation>
        </message>
        <message>
            <source>Minimise the number of sites covering all demand (set covering)</source>
            <translation>Minimiser le nombre de sites couvrant toute la demande (couverture d’ensemble)</translation>
        </message>
        <message>
            <source>Minimise weighted travel cost (p-median)</source>
            <translation>Minimiser le coût de déplacement pondéré (p-médian)</translation>
        </message>
        <message>
            <source>Minimum chosen answers per cluster</source>
            <translation>Minimum de réponses retenues par cluster</translation>
        </message>
        <message>
            <source>Minimum responses within the kernel radius</source>
            <translation>Minimum de réponses dans le rayon du noyau</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Names the clusters in the report; empty: cluster_id when present, else the feature id.</source>
            <translation>Nomme les clusters dans le rapport ; vide : cluster_id s’il existe, sinon l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Names the demand units in messages and on the allocation lines. Empty: the feature id.</source>
            <translation>Nomme les unités de demande dans les messages et sur les lignes d’affectation. Vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Names the sites in the report.</source>
            <translation>Nomme les sites dans le rapport.</translation>
        </message>
        <message>
            <source>National papers</source>
            <translation>Presse nationale</translation>
        </message>
        <message>
            <source>Nearest destinations per origin</source>
            <translation>Destinations les plus proches par origine</translation>
        </message>
        <message>
            <source>Nearest facility</source>
            <translation>Équipement le plus proche</translation>
        </message>
        <message>
            <source>Nearest-neighbour clustering: {n} points, area {area} km², mean random nearest-neighbour distance {mean}, threshold distance {threshold}.</source>
            <translation>Regroupement par plus proche voisin : {n} points, surface {area} km², distance moyenne aléatoire au plus proche voisin {mean}, distance seuil {threshold}.</translation>
        </message>
        <message>
            <source>Nearest-neighbour hierarchical clustering (CrimeStat)</source>
            <translation>Regroupement hiérarchique par plus proche voisin (CrimeStat)</translation>
        </message>
        <message>
            <source>Nearest-neighbour probability</source>
            <translation>Probabilité du plus proche voisin</translation>
        </message>
        <message>
            <source>Network edges</source>
            <translation>Tronçons du réseau</translation>
        </message>
        <message>
            <source>Network reused from this session (not rebuilt).</source>
            <translation>Réseau réutilisé depuis cette session (non reconstruit).</translation>
        </message>
        <message>
            <source>Network saved to {path}.</source>
            <translation>Réseau enregistré dans {path}.</translation>
        </message>
        <message>
            <source>Network travel costs need a road network: choose a line layer or a network file.</source>
            <translation>Les coûts sur le réseau demandent un réseau routier : choisissez une couche de lignes ou un fichier de réseau.</translation>
        </message>
        <message>
            <source>Network travel time (minutes)</source>
            <translation>Temps de trajet sur le réseau (minutes)</translation>
        </message>
        <message>
            <source>Network: {nodes} nodes, {edges} edges from {features} lines.</source>
            <translation>Réseau : {nodes} nœuds, {edges} tronçons issus de {features} lignes.</translation>
        </message>
        <message>
            <source>Networks (*.npz *.osm *.xml *.pbf)</source>
            <translation>Réseaux (*.npz *.osm *.xml *.pbf)</translation>
        </message>
        <message>
            <source>No candidate site is within {distance} m of the network: check that the sites and the network cover the same area, or raise the snapping tolerance.</source>
            <translation>Aucun site candidat n’est à moins de {distance} m du réseau : vérifiez que les sites et le réseau couvrent la même zone, ou augmentez la tolérance d’accrochage.</translation>
        </message>
        <message>
            <source>No choice of sites satisfies the constraints (the solver proved it infeasible). Raise p or the capacities, or mark fewer sites as required.</source>
            <translation>Aucun choix de sites ne respecte les contraintes (le solveur a prouvé le problème irréalisable). Augmentez p ou les capacités, ou rendez moins de sites obligatoires.</translation>
        </message>
        <message>
            <source>No choice of {p} sites can serve all the demand within their capacities (some demand can reach only sites that are too small). Raise p or the capacities, or leave the capacity field empty.</source>
            <translation>Aucun choix de {p} sites ne peut servir toute la demande dans leurs capacités (une partie de la demande n’atteint que des sites trop petits). Augmentez p ou les capacités, ou laissez le champ de capacité vide.</translation>
        </message>
        <message>
            <source>No choice of {p} sites that serves all the demand within their capacities was found within the time limit: give it more time, raise p or the capacities, or leave the capacity field empty.</source>
            <translation>Aucun choix de {p} sites servant toute la demande dans leurs capacités n’a été trouvé dans le temps imparti : accordez plus de temps, augmentez p ou les capacités, ou laissez vide le champ de capacité.</translation>
        </message>
        <message>
            <source>No demand unit is within the cut-off ({cutoff}) of any candidate site, so no choice of sites covers any demand: raise the cut-off (it is in the unit of the travel cost, minutes or metres).</source>
            <translation>Aucune unité de demande n’est à moins du seuil ({cutoff}) d’un site candidat : aucun choix de sites ne couvre la moindre demande. Relevez le seuil (il est dans l’unité du coût de déplacement, minutes ou mètres).</translation>
        </message>
        <message>
            <source>No demand unit is within {distance} m of the network: check that the demand and the network cover the same area, or raise the snapping tolerance.</source>
            <translation>Aucune unité de demande n’est à moins de {distance} m du réseau : vérifiez que la demande et le réseau couvrent la même zone, ou augmentez la tolérance d’accrochage.</translation>
        </message>
        <message>
            <source>No demand unit with a positive weight can reach a candidate site.</source>
            <translation>Aucune unité de demande de poids positif n’atteint un site candidat.</translation>
        </message>
        <message>
            <source>No feature of {layer} has a geometry.</source>
            <translation>Aucune entité de {layer} n’a de géométrie.</translation>
        </message>
        <message>
            <source>No incident data were given, so fear and crime cannot be compared.</source>
            <translation>Aucune donnée d’incidents n’a été fournie : peur et délinquance ne peuvent pas être comparées.</translation>
        </message>
        <message>
            <source>No response lies in the district: nothing can be verified.</source>
            <translation>Aucune réponse ne se trouve dans le territoire : rien ne peut être vérifié.</translation>
        </message>
        <message>
            <source>No response lies inside it.</source>
            <translation>Aucune réponse ne s’y trouve.</translation>
        </message>
        <message>
            <source>No unit of {base} lies inside it, so who lives here is not known.</source>
            <translation>Aucune unité de {base} ne s’y trouve : on ne sait donc pas qui y vit.</translation>
        </message>
        <message>
            <source>None of the answer values {wanted} occurs in the field {field} of {layer}. The field contains: {values}.</source>
            <translation>Aucune des valeurs de réponse {wanted} n’apparaît dans le champ {field} de {layer}. Le champ contient : {values}.</translation>
        </message>
        <message>
            <source>None of the {n} postcodes of {layer} matches a postcode unit of {units}. Check that the two postcode fields hold the same kind of codes.</source>
            <translation>Aucun des {n} codes postaux de {layer} ne correspond à une unité postale de {units}. Vérifiez que les deux champs de code postal contiennent le même type de codes.</translation>
        </message>
        <message>
            <source>Not enough memory for this run. Try a smaller area or fewer inputs.</source>
            <translation>Mémoire insuffisante pour ce traitement. Essayez une zone plus petite ou moins de données en entrée.</translation>
        </message>
        <message>
            <source>Not open to cars: {classes}.</source>
            <translation>Interdit aux voitures : {classes}.</translation>
        </message>
        <message>
            <source>Number of chosen answers</source>
            <translation>Nombre de réponses retenues</translation>
        </message>
        <message>
            <source>Number of clusters</source>
            <translation>Nombre de clusters</translation>
        </message>
        <message>
            <source>Number of drive islands</source>
            <translation>Nombre d’îlots du réseau en voiture</translation>
        </message>
        <message>
            <source>Number of edges</source>
            <translation>Nombre de tronçons</translation>
        </message>
        <message>
            <source>Number of nodes</source>
            <translation>Nombre de nœuds</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Nombre de segments</translation>
        </message>
        <message>
            <source>Number of sites</source>
            <translation>Nombre de sites</translation>
        </message>
        <message>
            <source>Number of sites (p)</source>
            <translation>Nombre de sites (p)</translation>
        </message>
        <message>
            <source>Number of sites chosen.</source>
            <translation>Nombre de sites retenus.</translation>
        </message>
        <message>
            <source>Number of zones written.</source>
            <translation>Nombre de zones écrites.</translation>
        </message>
        <message>
            <source>Numeric fields to sum (households, population…); the number of base features is always counted. Empty (NULL) values count as zero and are reported; negative values are refused.</source>
            <translation>Champs numériques à additionner (ménages, population…) ; le nombre d’entités de base est toujours compté. Les valeurs vides (NULL) comptent zéro et sont signalées ; les valeurs négatives sont refusées.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Objective against the number of sites</source>
            <translation>Objectif en fonction du nombre de sites</translation>
        </message>
        <message>
            <source>Objective curve up to p</source>
            <translation>Courbe de l’objectif jusqu’à p</translation>
        </message>
        <message>
            <source>One line per demand unit to the site serving it, with the weight, share, travel cost and whether it is within the cut-off.</source>
            <translation>Une ligne par unité de demande vers le site qui la sert, avec le poids, la part, le coût de déplacement et si elle est sous le seuil.</translation>
        </message>
        <message>
            <source>One line per edge, in the network layer's CRS: source feature id, road class, length (m), minutes to travel it walking, cycling and driving (NULL where the mode may not use it), drive speed (km/h) and direction (both, forward, backward), and the island of each mode (0 = the main network).</source>
            <translation>Une ligne par tronçon, dans le SCR de la couche du réseau : identifiant de l’entité source, classe de route, longueur (m), minutes pour le parcourir à pied, à vélo et en voiture (NULL là où le mode ne peut pas l’emprunter), vitesse (km/h) et sens en voiture (both, forward, backward), et l’îlot de chaque mode (0 = le réseau principal).</translation>
        </message>
        <message>
            <source>One multi-line per island of each mode: mode, island number (0 = main network), number of edges and length (km). Points on a small island only reach that island.</source>
            <translation>Une multiligne par îlot de chaque mode : mode, numéro d’îlot (0 = réseau principal), nombre de tronçons et longueur (km). Les points situés sur un petit îlot n’atteignent que cet îlot.</translation>
        </message>
        <message>
            <source>One point per chosen site: rank (1 = serves the most demand), demand served, number of demand units, mean and longest travel cost, demand within the cut-off and its share.</source>
            <translation>Un point par site retenu : rang (1 = sert la plus grande demande), demande servie, nombre d’unités de demande, déplacement moyen et le plus long, demande sous le seuil et sa part.</translation>
        </message>
        <message>
            <source>One point per facility at the demand-weighted centre of the units it serves: facility id and name, demand units, weight, mean and maximum minutes, and the distance (m) from the facility.</source>
            <translation>Un point par équipement au centre, pondéré par la demande, des unités qu’il dessert : identifiant et nom de l’équipement, unités de demande, poids, minutes moyennes et maximales, et distance (m) à l’équipement.</translation>
        </message>
        <message>
            <source>One polygon per band for all facilities together (areas within the band of any facility) instead of one per facility and band.</source>
            <translation>Un polygone par tranche pour l’ensemble des équipements (zones dans la tranche d’au moins un équipement) au lieu d’un par équipement et par tranche.</translation>
        </message>
        <message>
            <source>One row per segment (code, name, target count and %, base count and %, index, rank, penetration, p_value, significant, low_numbers, cumulative_pct, target_market, suppressed), a row Unclassified when some codes are unknown, and a total row; row_type tells them apart.</source>
            <translation>Une ligne par segment (code, nom, effectif et % cible, effectif et % base, indice, rang, pénétration, p_value, significant, low_numbers, cumulative_pct, target_market, suppressed), une ligne « Non classé » quand des codes sont inconnus, et une ligne de total ; row_type les distingue.</translation>
        </message>
        <message>
            <source>One-tailed probability of the threshold distance: mean random nearest-neighbour distance 0.5·√(A/N) plus t(p, N−1) standard errors 0.26136·√A/N.</source>
            <translation>Probabilité unilatérale de la distance seuil : distance moyenne aléatoire au plus proche voisin 0,5·√(A/N) plus t(p, N−1) erreurs types 0,26136·√A/N.</translation>
        </message>
        <message>
            <source>One-way / direction field</source>
            <translation>Champ de sens unique / de sens</translation>
        </message>
        <message>
            <source>One-way streets bind cyclists</source>
            <translation>Les sens uniques s’imposent aux cyclistes</translation>
        </message>
        <message>
            <source>Only {n} chosen answers: at least two are needed to find clusters.</source>
            <translation>Seulement {n} réponses retenues : il en faut au moins deux pour trouver des clusters.</translation>
        </message>
        <message>
            <source>Only {n} responses: treat these results with caution.</source>
            <translation>Seulement {n} réponses : interprétez ces résultats avec prudence.</translation>
        </message>
        <message>
            <source>OpenStreetMap highway values (motorway, primary, residential, footway…) or Open Roads classes (A Road, B Road…). Empty: the field highway when the layer has one; otherwise every line is a road open to all modes. Lines with an empty class are left out.</source>
            <translation>Valeurs highway d’OpenStreetMap (motorway, primary, residential, footway…) ou classes d’Open Roads (A Road, B Road…). Vide : le champ highway si la couche en a un ; sinon chaque ligne est une route ouverte à tous les modes. Les lignes sans classe sont écartées.</translation>
        </message>
        <message>
            <source>Optimise service locations</source>
            <translation>Optimiser l’implantation des services</translation>
        </message>
        <message>
            <source>Optional GeoTIFF of the kernel density of chosen answers per km².</source>
            <translation>GeoTIFF facultatif de la densité par noyau des réponses retenues par km².</translation>
        </message>
        <message>
            <source>Optional crime and anti-social-behaviour points, in any CRS.</source>
            <translation>Points facultatifs de délinquance et d’incivilités, dans n’importe quel SCR.</translation>
        </message>
        <message>
            <source>Optional incident clusters (e.g. 'Find survey clusters' run on incidents): the share of each cluster's area inside them is reported; without incident points, 10% or more counts as elevated crime.</source>
            <translation>Clusters d’incidents facultatifs (par ex. « Trouver des clusters d’enquête » lancé sur les incidents) : la part de la surface de chaque cluster qui s’y trouve est indiquée ; sans points d’incidents, 10 % ou plus compte comme une délinquance élevée.</translation>
        </message>
        <message>
            <source>Optional polygons (or their selected features): only base units and target records inside count. Target records joined by key are inside when their base unit is.</source>
            <translation>Polygones facultatifs (ou leurs entités sélectionnées) : seules les unités de base et les enregistrements cibles situés à l’intérieur comptent. Un enregistrement cible joint par clé est à l’intérieur quand son unité de base l’est.</translation>
        </message>
        <message>
            <source>Optional: base units with a segment code, to show who lives in each cluster: points (households, postcodes) count in every cluster containing them, polygons (output areas) by the share of their area inside it. Shares and indices are against the whole layer.</source>
            <translation>Facultatif : des unités de base portant un code de segment, pour montrer qui vit dans chaque cluster. Les points (ménages, codes postaux) comptent dans chaque cluster qui les contient, les polygones (zones de recensement) au prorata de la part de leur surface qui s’y trouve. Parts et indices sont calculés par rapport à toute la couche.</translation>
        </message>
        <message>
            <source>Optional: only postcode units, responses and incidents inside it make the district. Empty: every postcode unit; the district's area is then the convex hull of the postcode units.</source>
            <translation>Facultatif : seules les unités postales, réponses et incidents situés à l’intérieur forment le territoire. Vide : toutes les unités postales ; la surface du territoire est alors l’enveloppe convexe des unités postales.</translation>
        </message>
        <message>
            <source>Or: saved network or OSM file</source>
            <translation>Ou : réseau enregistré ou fichier OSM</translation>
        </message>
        <message>
            <source>Origin id field</source>
            <translation>Champ identifiant d’origine</translation>
        </message>
        <message>
            <source>Origins</source>
            <translation>Origines</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Overrides of the class speeds, e.g. residential=32, service=15.</source>
            <translation>Remplacements des vitesses par classe, par exemple residential=32, service=15.</translation>
        </message>
        <message>
            <source>Own road-class speeds (km/h)</source>
            <translation>Vitesses propres par classe de route (km/h)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Pairs of points on the network with no route between them.</source>
            <translation>Paires de points du réseau sans itinéraire entre eux.</translation>
        </message>
        <message>
            <source>Pairs with a time</source>
            <translation>Paires avec un temps</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Pen portrait</source>
            <translation>Portrait de territoire</translation>
        </message>
        <message>
            <source>Pen portrait: {area}</source>
            <translation>Portrait de territoire : {area}</translation>
        </message>
        <message>
            <source>Pen portraits</source>
            <translation>Portraits de territoire</translation>
        </message>
        <message>
            <source>Per 1,000 base</source>
            <translation>Pour 1 000 de base</translation>
        </message>
        <message>
            <source>Per household</source>
            <translation>Par ménage</translation>
        </message>
        <message>
            <source>Per km²</source>
            <translation>Par km²</translation>
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
            <source>Place Insight network (*.npz)</source>
            <translation>Réseau Place Insight (*.npz)</translation>
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
            <source>Points (or the centroids of lines and polygons), in any CRS.</source>
            <translation>Des points (ou les centroïdes de lignes et de polygones), dans n’importe quel SCR.</translation>
        </message>
        <message>
            <source>Points are moved to the nearest point of the nearest road the mode may use; points farther than this are reported and skipped. The walk from the point to the road is not timed.</source>
            <translation>Les points sont déplacés au point le plus proche de la route la plus proche que le mode peut emprunter ; les points plus éloignés que cela sont signalés et ignorés. Le trajet du point à la route n’est pas chronométré.</translation>
        </message>
        <message>
            <source>Points the catchments start from (offices, libraries, clinics…), in any CRS.</source>
            <translation>Points de départ des zones de desserte (bureaux, bibliothèques, centres de santé…), dans n’importe quel SCR.</translation>
        </message>
        <message>
            <source>Polygon method</source>
            <translation>Méthode des polygones</translation>
        </message>
        <message>
            <source>Polygons in the facilities' CRS: facility id and name, band (minutes), area (km²), length of road reached (km), number of base features and the sum of each count field inside.</source>
            <translation>Polygones dans le SCR des équipements : identifiant et nom de l’équipement, tranche (minutes), superficie (km²), longueur de route atteinte (km), nombre d’entités de base et somme de chaque champ à additionner à l’intérieur.</translation>
        </message>
        <message>
            <source>Polygons to describe (wards, catchments, clusters…), or their selected features. Their attributes are kept; a field whose name the composition uses gets the suffix _zone.</source>
            <translation>Polygones à décrire (quartiers, zones de desserte, agrégats…), ou leurs entités sélectionnées. Leurs attributs sont conservés ; un champ dont la composition utilise déjà le nom reçoit le suffixe _zone.</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Portraits are shown for the largest segments that together cover this share of the area (at most 5).</source>
            <translation>Les portraits sont montrés pour les plus grands segments qui couvrent ensemble cette part de la zone (5 au plus).</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Postcode field of the postcode units</source>
            <translation>Champ du code postal des unités postales</translation>
        </message>
        <message>
            <source>Postcode field of the records</source>
            <translation>Champ du code postal des enregistrements</translation>
        </message>
        <message>
            <source>Postcode or area code of each target record, used to join to the base; also names unmatched records in the log and the report.</source>
            <translation>Code postal ou code de zone de chaque enregistrement cible, utilisé pour la jointure avec la base ; nomme aussi les enregistrements non appariés dans le journal et le rapport.</translation>
        </message>
        <message>
            <source>Postcode unit points: where records keyed by postcode are placed, and the units of Gi* on postcode units (units without a response count as zero).</source>
            <translation>Points des unités postales : là où sont placés les enregistrements indexés par code postal, et les unités de Gi* sur unités postales (les unités sans réponse comptent pour zéro).</translation>
        </message>
        <message>
            <source>Postcode units</source>
            <translation>Unités postales</translation>
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
            <source>Proposed</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <source>Quartic</source>
            <translation>Quartique</translation>
        </message>
        <message>
            <source>Quartic: the kernel radius; Gaussian: its standard deviation. 0 uses the spatial form of Silverman's rule, 0.9·min(SD, √(1/ln 2)·Dm)·n^(-1/5) of the chosen answers (SD: standard distance, Dm: median distance from the mean centre; a Gaussian gets that radius ÷ √8, the same variance). It also sets the default Gi* distance band.</source>
            <translation>Quartique : le rayon du noyau ; gaussien : son écart type. 0 applique la forme spatiale de la règle de Silverman, 0,9·min(SD, √(1/ln 2)·Dm)·n^(-1/5) des réponses retenues (SD : distance type, Dm : distance médiane au centre moyen ; un noyau gaussien reçoit ce rayon ÷ √8, de même variance). Elle fixe aussi la bande de distance par défaut de Gi*.</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Reached roads</source>
            <translation>Routes atteintes</translation>
        </message>
        <message>
            <source>Reached roads: one feature per road piece</source>
            <translation>Routes atteintes : une entité par tronçon de route</translation>
        </message>
        <message>
            <source>Reached-network buffer</source>
            <translation>Tampon du réseau atteint</translation>
        </message>
        <message>
            <source>Reached-network buffer: the reached roads, cut at the exact point where time runs out, buffered by the width below. Concave hull: an alpha shape around the reached roads (Delaunay triangles with no side longer than the length below), which also covers blocks between reached roads.</source>
            <translation>Tampon du réseau atteint : les routes atteintes, coupées au point exact où le temps s’épuise, entourées d’un tampon de la largeur ci-dessous. Enveloppe concave : une forme alpha autour des routes atteintes (triangles de Delaunay sans côté plus long que la longueur ci-dessous), qui couvre aussi les îlots bâtis entre les routes atteintes.</translation>
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
            <source>Relative gap between objective and bound (0 = optimal).</source>
            <translation>Écart relatif entre l’objectif et la borne (0 = optimal).</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Report a problem</source>
            <translation>Signaler un problème</translation>
        </message>
        <message>
            <source>Required field</source>
            <translation>Champ « obligatoire »</translation>
        </message>
        <message>
            <source>Required sites are farther than {distance} m from the network and could serve nobody: {ids}. Check where they are, raise the snapping tolerance, or do not require them.</source>
            <translation>Des sites obligatoires sont à plus de {distance} m du réseau et ne pourraient servir personne : {ids}. Vérifiez leur position, augmentez la tolérance d’accrochage, ou ne les rendez pas obligatoires.</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Responses or incidents</source>
            <translation>Réponses ou incidents</translation>
        </message>
        <message>
            <source>Restrict to area</source>
            <translation>Restreindre à une zone</translation>
        </message>
        <message>
            <source>Return rate: exact one-sided binomial test. If every response of the district were equally likely to come from any of its {basis}, the number falling in a cluster would follow a binomial distribution with the cluster's share of the district's {basis}. A cluster is verified when its responses are not significantly more than that (p ≥ {alpha}).</source>
            <translation>Taux de retour : test binomial exact unilatéral. Si chaque réponse du territoire avait la même probabilité de venir de n’importe lequel de ses {basis}, le nombre de réponses tombant dans un cluster suivrait une loi binomiale de paramètre la part des {basis} du territoire située dans le cluster. Un cluster est vérifié quand ses réponses ne sont pas significativement plus nombreuses (p ≥ {alpha}).</translation>
        </message>
        <message>
            <source>Return ratio</source>
            <translation>Rapport de retour</translation>
        </message>
        <message>
            <source>Road class field</source>
            <translation>Champ de classe de route</translation>
        </message>
        <message>
            <source>Road network (line layer)</source>
            <translation>Réseau routier (couche de lignes)</translation>
        </message>
        <message>
            <source>Road-class speeds of</source>
            <translation>Vitesses par classe de route du pays</translation>
        </message>
        <message>
            <source>Roads and paths as lines: OpenStreetMap through GDAL (highway, maxspeed, oneway… as fields or in other_tags), Ordnance Survey Open Roads, or your own network. Lines are joined where they share a vertex. The built network is kept for the QGIS session, so later runs on the same unchanged layer with the same options do not rebuild it.</source>
            <translation>Routes et chemins sous forme de lignes : OpenStreetMap via GDAL (highway, maxspeed, oneway… en champs ou dans other_tags), Ordnance Survey Open Roads, ou votre propre réseau. Les lignes sont raccordées là où elles partagent un sommet. Le réseau construit est conservé pendant la session QGIS : les exécutions suivantes sur la même couche inchangée, avec les mêmes options, ne le reconstruisent pas.</translation>
        </message>
        <message>
            <source>Rows of the table.</source>
            <translation>Lignes de la table.</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Save the network to a file</source>
            <translation>Enregistrer le réseau dans un fichier</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Secondes</translation>
        </message>
        <message>
            <source>Seed of the heuristic's perturbations: the same seed gives the same result.</source>
            <translation>Graine des perturbations de l’heuristique : la même graine donne le même résultat.</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Segment field</source>
            <translation>Champ de segment</translation>
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
            <source>Segment mix against the whole base</source>
            <translation>Composition par segment comparée à l’ensemble de la base</translation>
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
            <source>Segmented base layer</source>
            <translation>Couche de base segmentée</translation>
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
            <source>Select one or more areas (wards, catchments, clusters) on a polygon layer, or draw an area.</source>
            <translation>Sélectionnez une ou plusieurs zones (quartiers, zones de desserte, agrégats) sur une couche de polygones, ou dessinez une zone.</translation>
        </message>
        <message>
            <source>Select one or more areas on {layer}, or draw an area.</source>
            <translation>Sélectionnez une ou plusieurs zones sur {layer}, ou dessinez une zone.</translation>
        </message>
        <message>
            <source>Selected areas</source>
            <translation>Zones sélectionnées</translation>
        </message>
        <message>
            <source>Selected sites</source>
            <translation>Sites retenus</translation>
        </message>
        <message>
            <source>Service channels</source>
            <translation>Canaux de service</translation>
        </message>
        <message>
            <source>Set covering has no number of sites to vary: no curve is drawn.</source>
            <translation>La couverture d’ensemble n’a pas de nombre de sites à faire varier : aucune courbe n’est tracée.</translation>
        </message>
        <message>
            <source>Share (0–1) of the demand weight within the threshold.</source>
            <translation>Part (0–1) du poids de la demande en deçà du seuil.</translation>
        </message>
        <message>
            <source>Share method: cells where the kernel-smoothed share of chosen answers is at least this multiple of the overall share form clusters.</source>
            <translation>Méthode de part : les cellules où la part lissée par noyau des réponses retenues vaut au moins ce multiple de la part globale forment des clusters.</translation>
        </message>
        <message>
            <source>Share method: cells with fewer responses within the kernel radius are ignored.</source>
            <translation>Méthode de part : les cellules ayant moins de réponses dans le rayon du noyau sont ignorées.</translation>
        </message>
        <message>
            <source>Share multiple</source>
            <translation>Multiple de la part</translation>
        </message>
        <message>
            <source>Share of chosen answers</source>
            <translation>Part des réponses retenues</translation>
        </message>
        <message>
            <source>Share of chosen answers (%)</source>
            <translation>Part des réponses retenues (%)</translation>
        </message>
        <message>
            <source>Share of chosen answers ({answers}): exact one-sided binomial test of the cluster's responses against the district's share (significant when p &lt; {alpha}).</source>
            <translation>Part des réponses retenues ({answers}) : test binomial exact unilatéral des réponses du cluster par rapport à la part du territoire (significatif quand p &lt; {alpha}).</translation>
        </message>
        <message>
            <source>Share of demand covered</source>
            <translation>Part de la demande couverte</translation>
        </message>
        <message>
            <source>Share of the area (%)</source>
            <translation>Part de la zone (%)</translation>
        </message>
        <message>
            <source>Share of the chosen answers in each cluster; the dashed line is the district's share. * significantly higher; hatched: fewer than {k} responses.</source>
            <translation>Part des réponses retenues dans chaque cluster ; la ligne pointillée est la part du territoire. * significativement plus élevée ; hachuré : moins de {k} réponses.</translation>
        </message>
        <message>
            <source>Share of the demand within the cut-off of a chosen site.</source>
            <translation>Part de la demande sous le seuil d’un site retenu.</translation>
        </message>
        <message>
            <source>Share within the threshold</source>
            <translation>Part en deçà du seuil</translation>
        </message>
        <message>
            <source>Shares of {n} segments rest on small numbers (shown in grey).</source>
            <translation>Les parts de {n} segments reposent sur de petits effectifs (en gris).</translation>
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
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Site capacities are used only by the p-median objective; they are ignored.</source>
            <translation>Les capacités des sites ne servent qu’à l’objectif p-médian ; elles sont ignorées.</translation>
        </message>
        <message>
            <source>Site id field</source>
            <translation>Champ identifiant du site</translation>
        </message>
        <message>
            <source>Site name field</source>
            <translation>Champ nom du site</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Sites selected</source>
            <translation>Sites retenus</translation>
        </message>
        <message>
            <source>Sites where this is 1, true or yes must stay open (for example offices the partners keep).</source>
            <translation>Les sites où ce champ vaut 1, true ou yes restent ouverts (par exemple les bureaux que les partenaires conservent).</translation>
        </message>
        <message>
            <source>Snapping tolerance (m)</source>
            <translation>Tolérance d’accrochage (m)</translation>
        </message>
        <message>
            <source>Solution</source>
            <translation>Solution</translation>
        </message>
        <message>
            <source>Solver</source>
            <translation>Solveur</translation>
        </message>
        <message>
            <source>Some clusters overlap and share postcode units or responses, which count in each of them: {pairs}.</source>
            <translation>Certains clusters se chevauchent et partagent des unités postales ou des réponses, qui comptent dans chacun d’eux : {pairs}.</translation>
        </message>
        <message>
            <source>Some demand cannot reach any of the chosen sites; the objective counts the demand that can, and no bound is proven.</source>
            <translation>Une partie de la demande n’atteint aucun des sites retenus ; l’objectif ne compte que la demande qui les atteint, et aucune borne n’est prouvée.</translation>
        </message>
        <message>
            <source>Some postcodes occur more than once in {layer}; records join the first: {examples}.</source>
            <translation>Certains codes postaux apparaissent plusieurs fois dans {layer} ; les enregistrements sont rattachés au premier : {examples}.</translation>
        </message>
        <message>
            <source>Speed (km/h)</source>
            <translation>Vitesse (km/h)</translation>
        </message>
        <message>
            <source>Speed of each road for driving. Where it is empty, zero, negative or not a number the speed comes from maxspeed (30 mph, 50 km/h, GB:nsl_single…), else from the road-class defaults; such lines are counted in the log.</source>
            <translation>Vitesse de chaque route en voiture. Là où elle est vide, nulle, négative ou non numérique, la vitesse vient de maxspeed (30 mph, 50 km/h, GB:nsl_single…), sinon des valeurs par défaut de la classe de route ; ces lignes sont comptées dans le journal.</translation>
        </message>
        <message>
            <source>Speed of the cycle mode.</source>
            <translation>Vitesse du mode vélo.</translation>
        </message>
        <message>
            <source>Speed of the walk mode.</source>
            <translation>Vitesse du mode piéton.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Straight lines</source>
            <translation>Lignes droites</translation>
        </message>
        <message>
            <source>Straight-line distance (metres)</source>
            <translation>Distance à vol d’oiseau (mètres)</translation>
        </message>
        <message>
            <source>Straight-line distance in a projected CRS, kept in metres or turned into minutes at the speed below; or the travel time along the road network below with the chosen travel mode. Pairs the network does not connect cannot be allocated; demand that reaches no candidate, and points farther from the network than the snapping tolerance, are reported by id and left out.</source>
            <translation>Distance à vol d’oiseau dans un SCR projeté, gardée en mètres ou convertie en minutes à la vitesse ci-dessous ; ou temps de trajet sur le réseau routier ci-dessous avec le mode de déplacement choisi. Les paires que le réseau ne relie pas ne peuvent pas être affectées ; la demande qui n’atteint aucun candidat, et les points plus éloignés du réseau que la tolérance d’accrochage, sont signalés par identifiant et écartés.</translation>
        </message>
        <message>
            <source>Straight-line travel time (minutes)</source>
            <translation>Temps de trajet à vol d’oiseau (minutes)</translation>
        </message>
        <message>
            <source>Study area in km² (0: bounding rectangle)</source>
            <translation>Surface d’étude en km² (0 : rectangle englobant)</translation>
        </message>
        <message>
            <source>Style by segment</source>
            <translation>Symboliser par segment</translation>
        </message>
        <message>
            <source>Style by segment…</source>
            <translation>Symboliser par segment…</translation>
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
            <source>Survey cluster verification</source>
            <translation>Vérification des clusters d’enquête</translation>
        </message>
        <message>
            <source>Survey clusters</source>
            <translation>Clusters d’enquête</translation>
        </message>
        <message>
            <source>Survey responses</source>
            <translation>Réponses à l’enquête</translation>
        </message>
        <message>
            <source>Survey responses (points, or a table keyed by postcode) or incidents (points).</source>
            <translation>Réponses à l’enquête (points, ou table indexée par code postal) ou incidents (points).</translation>
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
            <source>The HTML report: method, district figures, warnings, a table and a verdict per cluster.</source>
            <translation>Le rapport HTML : méthode, chiffres du territoire, avertissements, un tableau et un verdict par cluster.</translation>
        </message>
        <message>
            <source>The OSM file {path} does not exist.</source>
            <translation>Le fichier OSM {path} n’existe pas.</translation>
        </message>
        <message>
            <source>The OSM file {path} has no roads.</source>
            <translation>Le fichier OSM {path} ne contient aucune route.</translation>
        </message>
        <message>
            <source>The active layer {layer} is not a polygon layer: select areas on a polygon layer (wards, catchments, clusters) or draw an area.</source>
            <translation>La couche active {layer} n’est pas une couche de polygones : sélectionnez des zones sur une couche de polygones (quartiers, zones de desserte, agrégats) ou dessinez une zone.</translation>
        </message>
        <message>
            <source>The answer value {value} does not occur in the field {field} of {layer}: it counts for nothing. The field contains: {values}.</source>
            <translation>La valeur de réponse {value} n’apparaît pas dans le champ {field} de {layer} : elle ne compte pour rien. Le champ contient : {values}.</translation>
        </message>
        <message>
            <source>The answer values that count, separated by ';' (e.g. Very unsafe;Fairly unsafe); case and surrounding spaces are ignored. A value that does not occur in the field is reported.</source>
            <translation>Les valeurs de réponse retenues, séparées par « ; » (par ex. Very unsafe;Fairly unsafe) ; la casse et les espaces autour sont ignorés. Une valeur absente du champ est signalée.</translation>
        </message>
        <message>
            <source>The area contains no base unit of {base}: check that they overlap.</source>
            <translation>La zone ne contient aucune unité de base de {base} : vérifiez qu’elles se superposent.</translation>
        </message>
        <message>
            <source>The area contains no base unit: there is no one to describe.</source>
            <translation>La zone ne contient aucune unité de base : il n’y a personne à décrire.</translation>
        </message>
        <message>
            <source>The bandwidth must be greater than 0.</source>
            <translation>La largeur de bande doit être supérieure à 0.</translation>
        </message>
        <message>
            <source>The base is empty: its counts add up to 0.</source>
            <translation>La base est vide : la somme de ses effectifs est nulle.</translation>
        </message>
        <message>
            <source>The base layer was removed from the project: choose the layer of base units.</source>
            <translation>La couche de base a été retirée du projet : choisissez la couche des unités de base.</translation>
        </message>
        <message>
            <source>The base's postcode or area code, joined to the target key. A key found on several base units is reported; their counts are summed in the base.</source>
            <translation>Le code postal ou le code de zone de la base, joint à la clé de la cible. Une clé présente sur plusieurs unités de base est signalée ; leurs effectifs sont additionnés dans la base.</translation>
        </message>
        <message>
            <source>The best proven bound on the optimum.</source>
            <translation>La meilleure borne prouvée de l’optimum.</translation>
        </message>
        <message>
            <source>The capacities cannot serve the demand: the {p} largest possible sites hold {capacity} but the demand is {demand}. Raise p, raise the capacities, or leave the capacity field empty.</source>
            <translation>Les capacités ne peuvent pas servir la demande : les {p} plus grands sites possibles totalisent {capacity} mais la demande est de {demand}. Augmentez p ou les capacités, ou laissez le champ de capacité vide.</translation>
        </message>
        <message>
            <source>The capacities must have one value per candidate site.</source>
            <translation>Les capacités doivent avoir une valeur par site candidat.</translation>
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
            <source>The catalogue has no pen portrait for this segment.</source>
            <translation>Le catalogue n’a pas de portrait pour ce segment.</translation>
        </message>
        <message>
            <source>The catalogue has no pen portrait for: {segments}.</source>
            <translation>Le catalogue n’a pas de portrait pour : {segments}.</translation>
        </message>
        <message>
            <source>The catalogue {catalogue} has no level {level}; its levels are: {levels}.</source>
            <translation>Le catalogue {catalogue} n’a pas de niveau {level} ; ses niveaux sont : {levels}.</translation>
        </message>
        <message>
            <source>The cell size must be greater than 0.</source>
            <translation>La taille de cellule doit être supérieure à 0.</translation>
        </message>
        <message>
            <source>The chosen sites, the comparison with today's sites, the objective, bound and gap, and the objective curve.</source>
            <translation>Les sites retenus, la comparaison avec les sites actuels, l’objectif, la borne et l’écart, et la courbe de l’objectif.</translation>
        </message>
        <message>
            <source>The clusters with their fields and: postcodes, households, responses, return_rate, district_return_rate, return_ratio, return_p, verified; chosen, share, district_share, share_ratio, share_p, share_high; incidents, incident_rate, district_incident_rate (per 1,000 households or per km²), incident_ratio, ratio_low, ratio_high (95% interval), incident_p, incident_overlap, incident_clusters, incidents_high; disparity, low_numbers; with a segmented base dominant_segments (codes, largest first), dominant_names, dominant_share (%) and dominant_index of the first; verdict. Input fields with the same names are replaced.</source>
            <translation>Les clusters avec leurs champs et : postcodes, households, responses, return_rate, district_return_rate, return_ratio, return_p, verified ; chosen, share, district_share, share_ratio, share_p, share_high ; incidents, incident_rate, district_incident_rate (pour 1 000 ménages ou par km²), incident_ratio, ratio_low, ratio_high (intervalle à 95 %), incident_p, incident_overlap, incident_clusters, incidents_high ; disparity, low_numbers ; avec une base segmentée, dominant_segments (codes, du plus grand au plus petit), dominant_names, dominant_share (%) et dominant_index du premier ; verdict. Les champs d’entrée de même nom sont remplacés.</translation>
        </message>
        <message>
            <source>The cost matrix has missing values; use infinity for unreachable pairs.</source>
            <translation>La matrice des coûts a des valeurs manquantes ; utilisez l’infini pour les paires inaccessibles.</translation>
        </message>
        <message>
            <source>The cost matrix has negative travel costs.</source>
            <translation>La matrice des coûts contient des coûts négatifs.</translation>
        </message>
        <message>
            <source>The cost matrix must have one row per demand unit and one column per candidate site.</source>
            <translation>La matrice des coûts doit avoir une ligne par unité de demande et une colonne par site candidat.</translation>
        </message>
        <message>
            <source>The coverage cut-off must be a positive travel cost (got {value}).</source>
            <translation>Le seuil de couverture doit être un coût de déplacement positif (reçu : {value}).</translation>
        </message>
        <message>
            <source>The cut-off must be more than zero minutes.</source>
            <translation>Le seuil de coupure doit être supérieur à zéro minute.</translation>
        </message>
        <message>
            <source>The demand units with their geometry: demand id, weight, nearest facility id and name, minutes, metres, beyond (true/false) and snapped (false when too far from the network). Minutes and facility are NULL where no facility can be reached.</source>
            <translation>Les unités de demande avec leur géométrie : identifiant, poids, identifiant et nom de l’équipement le plus proche, minutes, mètres, beyond (au-delà du seuil : vrai/faux) et snapped (faux si trop loin du réseau). Les minutes et l’équipement sont NULL là où aucun équipement n’est atteignable.</translation>
        </message>
        <message>
            <source>The demand weights must be one finite number, zero or more, per demand point.</source>
            <translation>Les poids de demande doivent être un nombre fini, positif ou nul, par point de demande.</translation>
        </message>
        <message>
            <source>The district</source>
            <translation>Le territoire</translation>
        </message>
        <message>
            <source>The district has only {n} responses (fewer than {k}): the tests are computed, but they rest on small numbers and should be read with caution.</source>
            <translation>Le territoire n’a que {n} réponses (moins de {k}) : les tests sont calculés, mais ils reposent sur de petits effectifs et doivent être lus avec prudence.</translation>
        </message>
        <message>
            <source>The district layer {layer} has no polygon.</source>
            <translation>La couche de territoire {layer} n’a aucun polygone.</translation>
        </message>
        <message>
            <source>The district's postcode units have no households: nothing can be verified.</source>
            <translation>Les unités postales du territoire n’ont aucun ménage : rien ne peut être vérifié.</translation>
        </message>
        <message>
            <source>The exact capacitated solver would need {pairs} demand–site pairs, more than the {limit} it can solve: choose the automatic or heuristic solver, which report the gap to a proven bound.</source>
            <translation>Le solveur exact avec capacités aurait besoin de {pairs} paires demande–site, plus que les {limit} qu’il peut résoudre : choisissez le solveur automatique ou heuristique, qui donnent l’écart à une borne prouvée.</translation>
        </message>
        <message>
            <source>The exact solver found no solution within the time limit for this capacitated problem: give it more time, raise the capacities, or aggregate the demand.</source>
            <translation>Le solveur exact n’a trouvé aucune solution dans le temps imparti pour ce problème avec capacités : donnez-lui plus de temps, augmentez les capacités ou agrégez la demande.</translation>
        </message>
        <message>
            <source>The exact solver found no solution within the time limit; the heuristic's solution is reported with the solver's bound. Give it more time for a proven optimum.</source>
            <translation>Le solveur exact n’a trouvé aucune solution dans le temps imparti ; la solution de l’heuristique est donnée avec la borne du solveur. Donnez-lui plus de temps pour un optimum prouvé.</translation>
        </message>
        <message>
            <source>The exact solver would need {pairs} demand–site pairs, more than the {limit} it can hold in memory: choose the heuristic or automatic solver, or aggregate the demand.</source>
            <translation>Le solveur exact aurait besoin de {pairs} paires demande–site, plus que les {limit} qu’il peut tenir en mémoire : choisissez le solveur heuristique ou automatique, ou agrégez la demande.</translation>
        </message>
        <message>
            <source>The facilities demand travels to, in any CRS.</source>
            <translation>Les équipements vers lesquels la demande se déplace, dans n’importe quel SCR.</translation>
        </message>
        <message>
            <source>The field of the postcode units holding the postcode (needed when records are keyed by postcode).</source>
            <translation>Le champ des unités postales contenant le code postal (nécessaire quand les enregistrements sont indexés par code postal).</translation>
        </message>
        <message>
            <source>The field with each record's answer (e.g. feel_safe). Leave empty to count every record, for example for incidents.</source>
            <translation>Le champ contenant la réponse de chaque enregistrement (par ex. feel_safe). Laissez vide pour compter tous les enregistrements, par exemple pour des incidents.</translation>
        </message>
        <message>
            <source>The field {field} of {layer} holds text that is not a number in {n} features (e.g. {examples}, features {ids}); choose a numeric field or correct those values.</source>
            <translation>Le champ {field} de {layer} contient du texte qui n’est pas un nombre dans {n} entités (p. ex. {examples}, entités {ids}) ; choisissez un champ numérique ou corrigez ces valeurs.</translation>
        </message>
        <message>
            <source>The folder {folder} for the output {output} could not be made: {error}</source>
            <translation>Le dossier {folder} de la sortie {output} n’a pas pu être créé : {error}</translation>
        </message>
        <message>
            <source>The highest order of nearest-neighbour clusters must be at least 1 (1: first-order clusters only), not {order}.</source>
            <translation>L’ordre le plus élevé des clusters par plus proche voisin doit être au moins 1 (1 : clusters de premier ordre seulement), et non {order}.</translation>
        </message>
        <message>
            <source>The layer {layer} has no cluster polygon.</source>
            <translation>La couche {layer} n’a aucun polygone de cluster.</translation>
        </message>
        <message>
            <source>The layer {layer} has no coordinate reference system (CRS), so distances on it cannot be measured. Set its CRS in Layer Properties › Source (or with Processing's Assign projection) and run again.</source>
            <translation>La couche {layer} n’a pas de système de coordonnées de référence (SCR) : les distances n’y peuvent pas être mesurées. Définissez son SCR dans Propriétés de la couche › Source (ou avec l’outil de traitement Assigner une projection) puis relancez.</translation>
        </message>
        <message>
            <source>The layer {layer} has no features (or, with Selected features only, none is selected): give a layer with at least one feature.</source>
            <translation>La couche {layer} n’a aucune entité (ou, avec Entités sélectionnées uniquement, aucune n’est sélectionnée) : donnez une couche d’au moins une entité.</translation>
        </message>
        <message>
            <source>The layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>La couche {layer} n’a pas de champ {field}. Choisissez parmi : {fields}.</translation>
        </message>
        <message>
            <source>The layer {layer} has no field {field}: choose its segment and count fields.</source>
            <translation>La couche {layer} n’a pas de champ {field} : choisissez ses champs de segment et de décompte.</translation>
        </message>
        <message>
            <source>The layer {layer} has no point geometry: choose its postcode field and the postcode units layer.</source>
            <translation>La couche {layer} n’a pas de géométrie ponctuelle : choisissez son champ de code postal et la couche des unités postales.</translation>
        </message>
        <message>
            <source>The layer {layer} is in {crs}, a CRS in degrees, but its coordinates run to {x}, {y}, too large for longitude and latitude: they look like metres. Set the layer's true CRS in Layer Properties › Source (or with Processing's Assign projection) and run again.</source>
            <translation>La couche {layer} est en {crs}, un SCR en degrés, mais ses coordonnées vont jusqu’à {x}, {y}, trop grandes pour une longitude et une latitude : ce sont sans doute des mètres. Définissez le vrai SCR de la couche dans Propriétés de la couche › Source (ou avec l’outil de traitement Assigner une projection) puis relancez.</translation>
        </message>
        <message>
            <source>The layer {layer} is in {crs}, a CRS in metres or feet, but all its coordinates lie within a few units of longitude/latitude numbers: if they are degrees, set the layer's true CRS in Layer Properties › Source (or with Processing's Assign projection); distances are wrong otherwise.</source>
            <translation>La couche {layer} est en {crs}, un SCR en mètres ou en pieds, mais toutes ses coordonnées tiennent en quelques unités, comme des longitudes et latitudes : si ce sont des degrés, définissez le vrai SCR de la couche dans Propriétés de la couche › Source (ou avec l’outil de traitement Assigner une projection) ; sinon les distances sont fausses.</translation>
        </message>
        <message>
            <source>The level to report at, by its id (e.g. group, type; supergroup, group, subgroup). Codes at a finer level roll up through the catalogue. Empty: the coarsest level.</source>
            <translation>Le niveau auquel présenter les résultats, par son identifiant (par ex. group, type ; supergroup, group, subgroup). Les codes d’un niveau plus fin sont agrégés selon la hiérarchie du catalogue. Vide : le niveau le plus agrégé.</translation>
        </message>
        <message>
            <source>The network file {path} does not exist.</source>
            <translation>Le fichier de réseau {path} n’existe pas.</translation>
        </message>
        <message>
            <source>The network has no lines: give a line layer with at least one road.</source>
            <translation>Le réseau n’a aucune ligne : donnez une couche de lignes avec au moins une route.</translation>
        </message>
        <message>
            <source>The network has no usable edge: every line has zero length.</source>
            <translation>Le réseau n’a aucun tronçon utilisable : toutes les lignes sont de longueur nulle.</translation>
        </message>
        <message>
            <source>The network layer {layer} has no lines: choose a layer with roads.</source>
            <translation>La couche de réseau {layer} n’a aucune ligne : choisissez une couche contenant des routes.</translation>
        </message>
        <message>
            <source>The number of nearest destinations must be at least 1.</source>
            <translation>Le nombre de destinations les plus proches doit être au moins 1.</translation>
        </message>
        <message>
            <source>The number of neighbours must be between 1 and {n} (one less than the number of units).</source>
            <translation>Le nombre de voisins doit être compris entre 1 et {n} (un de moins que le nombre d’unités).</translation>
        </message>
        <message>
            <source>The number of sites p must be a whole number of at least 1 (got {p}).</source>
            <translation>Le nombre de sites p doit être un entier d’au moins 1 (reçu : {p}).</translation>
        </message>
        <message>
            <source>The objective-against-p curve needs an objective with p sites, not set covering.</source>
            <translation>La courbe de l’objectif en fonction de p demande un objectif à p sites, pas la couverture d’ensemble.</translation>
        </message>
        <message>
            <source>The output {output} cannot be written at {path}: {file} is a file, not a folder. Choose another place.</source>
            <translation>La sortie {output} ne peut pas être écrite à l’emplacement {path} : {file} est un fichier, pas un dossier. Choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>The output {output} cannot be written in the folder {folder}: {error}</source>
            <translation>La sortie {output} ne peut pas être écrite dans le dossier {folder} : {error}</translation>
        </message>
        <message>
            <source>The output {output} is to be written at {path}, which is a folder: give a file name.</source>
            <translation>La sortie {output} doit être écrite à l’emplacement {path}, qui est un dossier : donnez un nom de fichier.</translation>
        </message>
        <message>
            <source>The outputs could not all be written ({error}). Written: {written}.</source>
            <translation>Les sorties n’ont pas toutes pu être écrites ({error}). Écrites : {written}.</translation>
        </message>
        <message>
            <source>The percentile must be between 0 and 100.</source>
            <translation>Le centile doit être compris entre 0 et 100.</translation>
        </message>
        <message>
            <source>The portrait could not be computed.</source>
            <translation>Le portrait n’a pas pu être calculé.</translation>
        </message>
        <message>
            <source>The portrait could not be computed: {error}</source>
            <translation>Le portrait n’a pas pu être calculé : {error}</translation>
        </message>
        <message>
            <source>The postcode units of the district (points): return rates are responses per household or per postcode unit.</source>
            <translation>Les unités postales du territoire (points) : les taux de retour sont des réponses par ménage ou par unité postale.</translation>
        </message>
        <message>
            <source>The probability must be between 0 and 1.</source>
            <translation>La probabilité doit être comprise entre 0 et 1.</translation>
        </message>
        <message>
            <source>The reached roads, cut exactly where time runs out: one multi-line per facility and band (as QGIS's service area writes one per start point) with facility id and name, band, length reached (km) and number of road pieces; or, with the option above, one line per road piece with the earliest and latest arrival (minutes) and length (m).</source>
            <translation>Les routes atteintes, coupées exactement là où le temps s’épuise : une multiligne par équipement et par tranche (comme la zone de desserte de QGIS en écrit une par point de départ), avec l’identifiant et le nom de l’équipement, la tranche, la longueur atteinte (km) et le nombre de tronçons ; ou, avec l’option ci-dessus, une ligne par tronçon de route avec la première et la dernière arrivée (minutes) et la longueur (m).</translation>
        </message>
        <message>
            <source>The records of {layer} are placed by their postcode ({field}): choose the postcode units layer and its postcode field.</source>
            <translation>Les enregistrements de {layer} sont placés d’après leur code postal ({field}) : choisissez la couche des unités postales et son champ de code postal.</translation>
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
            <source>The required flags must have one value per candidate site.</source>
            <translation>Les indicateurs « obligatoire » doivent avoir une valeur par site candidat.</translation>
        </message>
        <message>
            <source>The same rows as straight lines from origin to destination, in the origins' CRS.</source>
            <translation>Les mêmes lignes sous forme de segments droits de l’origine à la destination, dans le SCR des origines.</translation>
        </message>
        <message>
            <source>The segment code of each base unit (any level at or below the chosen one). Unknown codes are counted as Unclassified (field unclassified).</source>
            <translation>Le code de segment de chaque unité de base (de n’importe quel niveau égal ou plus fin que celui choisi). Les codes inconnus sont comptés dans « Non classé » (champ unclassified).</translation>
        </message>
        <message>
            <source>The segment code of each base unit (any level at or below the chosen one); needed with a segmented base layer. Codes the catalogue does not know are counted as Unclassified and reported.</source>
            <translation>Le code de segment de chaque unité de base (de n’importe quel niveau égal ou plus fin que celui choisi) ; nécessaire avec une couche de base segmentée. Les codes que le catalogue ne connaît pas sont comptés dans « Non classé » et signalés.</translation>
        </message>
        <message>
            <source>The segment code of each base unit. Codes the catalogue does not know are counted as Unclassified.</source>
            <translation>Le code de segment de chaque unité de base. Les codes que le catalogue ne connaît pas sont comptés dans « Non classé ».</translation>
        </message>
        <message>
            <source>The share method compares chosen answers with all responses: give an answer field and the answer values that count.</source>
            <translation>La méthode de part compare les réponses retenues à l’ensemble des réponses : indiquez un champ de réponse et les valeurs de réponse retenues.</translation>
        </message>
        <message>
            <source>The significance level must be between 0 and 1.</source>
            <translation>Le seuil de signification doit être compris entre 0 et 1.</translation>
        </message>
        <message>
            <source>The snapping tolerance must be zero or a positive number of metres.</source>
            <translation>La tolérance d’accrochage doit être nulle ou un nombre positif de mètres.</translation>
        </message>
        <message>
            <source>The solution is within {gap} % of the best possible (the bound); more time may close the gap.</source>
            <translation>La solution est à moins de {gap} % du meilleur résultat possible (la borne) ; plus de temps peut réduire l’écart.</translation>
        </message>
        <message>
            <source>The solver stops here and reports its best solution, the bound and the gap.</source>
            <translation>Le solveur s’arrête ici et donne sa meilleure solution, la borne et l’écart.</translation>
        </message>
        <message>
            <source>The speed unit must be kmh or mph, not {unit}.</source>
            <translation>L’unité de vitesse doit être kmh ou mph, et non {unit}.</translation>
        </message>
        <message>
            <source>The speed {name} must be a positive number of km/h, not {value}.</source>
            <translation>La vitesse {name} doit être un nombre positif de km/h, et non {value}.</translation>
        </message>
        <message>
            <source>The study area must be greater than 0.</source>
            <translation>La surface d’étude doit être supérieure à 0.</translation>
        </message>
        <message>
            <source>The summary gives the demand and its share within each of these times.</source>
            <translation>Le résumé donne la demande et sa part en deçà de chacun de ces temps.</translation>
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
            <source>The threshold distance is not positive ({d}): choose a larger probability or study area.</source>
            <translation>La distance seuil n’est pas positive ({d}) : choisissez une probabilité ou une surface d’étude plus grande.</translation>
        </message>
        <message>
            <source>The threshold distance of order {order} is not positive ({d}) with only {n} clusters of order {lower}: choose a larger probability, or a fixed distance, to go higher.</source>
            <translation>La distance seuil de l’ordre {order} n’est pas positive ({d}) avec seulement {n} clusters d’ordre {lower} : choisissez une probabilité plus grande, ou une distance fixe, pour monter plus haut.</translation>
        </message>
        <message>
            <source>The threshold must be more than zero minutes.</source>
            <translation>Le seuil doit être supérieur à zéro minute.</translation>
        </message>
        <message>
            <source>The time bands '{text}' are not numbers; write them as minutes separated by commas, e.g. 5,10,15.</source>
            <translation>Les tranches de temps « {text} » ne sont pas des nombres ; écrivez-les en minutes séparées par des virgules, par exemple 5,10,15.</translation>
        </message>
        <message>
            <source>The time bands {bands} are not in increasing order; write them as {ordered}.</source>
            <translation>Les tranches de temps {bands} ne sont pas dans l’ordre croissant ; écrivez-les {ordered}.</translation>
        </message>
        <message>
            <source>The time bands {bands} repeat a value; give each band once.</source>
            <translation>Les tranches de temps {bands} répètent une valeur ; donnez chaque tranche une seule fois.</translation>
        </message>
        <message>
            <source>The time limit must be a positive number of seconds (got {value}).</source>
            <translation>Le temps limite doit être un nombre positif de secondes (reçu : {value}).</translation>
        </message>
        <message>
            <source>The travel speed must be a positive number of km/h (got {speed}).</source>
            <translation>La vitesse doit être un nombre positif de km/h (reçu : {speed}).</translation>
        </message>
        <message>
            <source>The units of {base} inside it have no segment the catalogue knows.</source>
            <translation>Les unités de {base} qui s’y trouvent n’ont aucun segment connu du catalogue.</translation>
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
            <source>There are no candidate sites with a location: the candidate layer is empty.</source>
            <translation>Aucun site candidat n’a de localisation : la couche des candidats est vide.</translation>
        </message>
        <message>
            <source>There are no candidate sites: the candidate layer is empty.</source>
            <translation>Il n’y a aucun site candidat : la couche des candidats est vide.</translation>
        </message>
        <message>
            <source>There are no facilities to measure travel times to.</source>
            <translation>Il n’y a aucun équipement vers lequel mesurer des temps de trajet.</translation>
        </message>
        <message>
            <source>There is no demand with a location: the demand layer is empty.</source>
            <translation>Aucune demande n’a de localisation : la couche de demande est vide.</translation>
        </message>
        <message>
            <source>There is no demand: the demand layer is empty.</source>
            <translation>Il n’y a aucune demande : la couche de demande est vide.</translation>
        </message>
        <message>
            <source>There must be one weight per demand unit ({n} rows).</source>
            <translation>Il faut un poids par unité de demande ({n} lignes).</translation>
        </message>
        <message>
            <source>Threshold (minutes)</source>
            <translation>Seuil (minutes)</translation>
        </message>
        <message>
            <source>Ticked: keys are compared ignoring case and every space ("GU11 1AA" = "gu111aa"). Unticked: only case and surrounding spaces are ignored.</source>
            <translation>Coché : les clés sont comparées sans tenir compte de la casse ni d’aucun espace (« GU11 1AA » = « gu111aa »). Décoché : seuls la casse et les espaces en début et en fin sont ignorés.</translation>
        </message>
        <message>
            <source>Time bands (minutes)</source>
            <translation>Tranches de temps (minutes)</translation>
        </message>
        <message>
            <source>Time bands must be more than zero minutes; {bands} cannot be used.</source>
            <translation>Les tranches de temps doivent dépasser zéro minute ; {bands} ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>Time limit (seconds)</source>
            <translation>Temps limite (secondes)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Today's sites and the proposal</source>
            <translation>Sites actuels et proposition</translation>
        </message>
        <message>
            <source>Today's sites, to compare the proposal with (mean and longest travel cost, share covered).</source>
            <translation>Les sites actuels, pour comparer la proposition (déplacement moyen et le plus long, part couverte).</translation>
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
            <source>Total weighted cost</source>
            <translation>Coût pondéré total</translation>
        </message>
        <message>
            <source>Travel cost</source>
            <translation>Coût de déplacement</translation>
        </message>
        <message>
            <source>Travel cost: {cost}.</source>
            <translation>Coût de déplacement : {cost}.</translation>
        </message>
        <message>
            <source>Travel mode</source>
            <translation>Mode de déplacement</translation>
        </message>
        <message>
            <source>Travel times (minutes) and distances (metres along the fastest route) from every origin to every destination by walking, cycling or driving on the road network. Searches run from the smaller side with scipy's Dijkstra, bounded by the cut-off, on every processor core for large matrices. Pairs with no route, or beyond the cut-off, are left out of the table and counted in the log (their time is unknown, not zero).</source>
            <translation>Temps de trajet (minutes) et distances (mètres le long de l’itinéraire le plus rapide) de chaque origine vers chaque destination, à pied, à vélo ou en voiture sur le réseau routier. Les recherches partent du côté le moins nombreux avec le Dijkstra de scipy, bornées par le seuil de coupure, sur tous les cœurs du processeur pour les grandes matrices. Les paires sans itinéraire, ou au-delà du seuil, sont omises de la table et comptées dans le journal (leur temps est inconnu, pas nul).</translation>
        </message>
        <message>
            <source>Travel-time matrix</source>
            <translation>Matrice des temps de trajet</translation>
        </message>
        <message>
            <source>Travel-time table</source>
            <translation>Table des temps de trajet</translation>
        </message>
        <message>
            <source>Turns a line layer (or an OpenStreetMap file) into a routable network for walking, cycling and driving: lines are split where they share a vertex, nearly touching ends are joined, speeds come from a speed field, maxspeed or road-class defaults, one-way streets are respected, and parts of the network not connected to the rest (islands) are found. The network is kept in memory for the QGIS session and can be saved to a file, so catchments, travel-time matrices and location planning reuse it without rebuilding.</source>
            <translation>Transforme une couche de lignes (ou un fichier OpenStreetMap) en réseau routable à pied, à vélo et en voiture : les lignes sont découpées là où elles partagent un sommet, les extrémités presque jointives sont raccordées, les vitesses viennent d’un champ de vitesse, de maxspeed ou des valeurs par classe de route, les sens uniques sont respectés, et les parties du réseau non reliées au reste (îlots) sont détectées. Le réseau est conservé en mémoire pendant la session QGIS et peut être enregistré dans un fichier : zones de desserte, matrices de temps de trajet et localisation le réutilisent sans le reconstruire.</translation>
        </message>
        <message>
            <source>Turns straight-line distance into minutes: about 4.8 for walking, 30 for driving in town (the default), 50 for rural driving. Not used with network travel time.</source>
            <translation>Convertit la distance à vol d’oiseau en minutes : environ 4,8 à pied, 30 en voiture en ville (par défaut), 50 en voiture à la campagne. Sans effet avec le temps de trajet sur le réseau.</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Non classé</translation>
        </message>
        <message>
            <source>Unclassified: {share}.</source>
            <translation>Non classé : {share}.</translation>
        </message>
        <message>
            <source>Unit of the speed field</source>
            <translation>Unité du champ de vitesse</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>Units with a positive z-score whose Benjamini–Hochberg adjusted one-sided p-value is at most this are hot; touching hot units form one cluster.</source>
            <translation>Les unités de score z positif dont la valeur p unilatérale ajustée par Benjamini–Hochberg ne dépasse pas ce seuil sont chaudes ; les unités chaudes contiguës forment un cluster.</translation>
        </message>
        <message>
            <source>Unknown Gi* value {value}.</source>
            <translation>Valeur de Gi* inconnue : {value}.</translation>
        </message>
        <message>
            <source>Unknown cost unit {unit}; use minutes or metres.</source>
            <translation>Unité de coût inconnue {unit} ; utilisez minutes ou mètres.</translation>
        </message>
        <message>
            <source>Unknown country {country} for road-class speeds; use one of: {known}.</source>
            <translation>Pays {country} inconnu pour les vitesses par classe de route ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unknown incident basis {basis}.</source>
            <translation>Base d’incidents inconnue : {basis}.</translation>
        </message>
        <message>
            <source>Unknown kernel {kernel}.</source>
            <translation>Noyau inconnu : {kernel}.</translation>
        </message>
        <message>
            <source>Unknown method {method}.</source>
            <translation>Méthode inconnue : {method}.</translation>
        </message>
        <message>
            <source>Unknown objective {name}; use one of: {known}.</source>
            <translation>Objectif inconnu {name} ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unknown solver {name}; use one of: {known}.</source>
            <translation>Solveur inconnu {name} ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unknown travel cost {method}; use one of: {known}.</source>
            <translation>Coût de déplacement inconnu {method} ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unknown travel profile {name}; use one of: {known}.</source>
            <translation>Mode de déplacement {name} inconnu ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unmatched target records</source>
            <translation>Enregistrements cibles non appariés</translation>
        </message>
        <message>
            <source>Unreachable pairs</source>
            <translation>Paires inaccessibles</translation>
        </message>
        <message>
            <source>Untick where cyclists may ride both ways on one-way streets. Ticked, OpenStreetMap's oneway:bicycle tag decides street by street (no: both ways for cyclists).</source>
            <translation>Décochez là où les cyclistes peuvent circuler dans les deux sens dans les rues à sens unique. Coché, la balise OpenStreetMap oneway:bicycle décide rue par rue (no : double sens cyclable).</translation>
        </message>
        <message>
            <source>Upper bound</source>
            <translation>Borne supérieure</translation>
        </message>
        <message>
            <source>Used instead of the line layer: a network saved by Build network (.npz), an OpenStreetMap XML file (.osm) read with osmnx, which also imputes missing drive speeds from the mean speed of each road class, or an OpenStreetMap PBF file (.osm.pbf) whose lines are read through GDAL, as when it is added as a layer.</source>
            <translation>Utilisé à la place de la couche de lignes : un réseau enregistré par Construire le réseau (.npz), un fichier OpenStreetMap XML (.osm) lu avec osmnx, qui complète aussi les vitesses en voiture manquantes par la vitesse moyenne de chaque classe de route, ou un fichier OpenStreetMap PBF (.osm.pbf) dont les lignes sont lues par GDAL, comme lorsqu’il est ajouté comme couche.</translation>
        </message>
        <message>
            <source>Values meaning one-way against the line</source>
            <translation>Valeurs signifiant sens unique à contresens de la ligne</translation>
        </message>
        <message>
            <source>Values meaning one-way along the line</source>
            <translation>Valeurs signifiant sens unique dans le sens de la ligne</translation>
        </message>
        <message>
            <source>Values meaning two-way</source>
            <translation>Valeurs signifiant double sens</translation>
        </message>
        <message>
            <source>Verdicts</source>
            <translation>Verdicts</translation>
        </message>
        <message>
            <source>Verification report</source>
            <translation>Rapport de vérification</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <source>Verified clusters</source>
            <translation>Clusters vérifiés</translation>
        </message>
        <message>
            <source>Verified clusters (count)</source>
            <translation>Clusters vérifiés (nombre)</translation>
        </message>
        <message>
            <source>Verify survey clusters</source>
            <translation>Vérifier les clusters d’enquête</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>À pied</translation>
        </message>
        <message>
            <source>Walk (no motorways or trunk roads; footpaths allowed; both directions), cycle (no motorways, footways or steps; one-way streets respected) or drive (roads only; one-way streets respected).</source>
            <translation>À pied (ni autoroutes ni voies express ; chemins piétons autorisés ; dans les deux sens), à vélo (ni autoroutes, ni trottoirs, ni escaliers ; sens uniques respectés) ou en voiture (routes seulement ; sens uniques respectés).</translation>
        </message>
        <message>
            <source>Walking speed (km/h)</source>
            <translation>Vitesse à pied (km/h)</translation>
        </message>
        <message>
            <source>Weighted cost, demand covered, number of sites or longest cost, by objective.</source>
            <translation>Coût pondéré, demande couverte, nombre de sites ou plus long déplacement, selon l’objectif.</translation>
        </message>
        <message>
            <source>Weighted mean travel cost.</source>
            <translation>Déplacement moyen pondéré.</translation>
        </message>
        <message>
            <source>What Gi* looks for hot spots of, per unit. The share uses only units with responses.</source>
            <translation>Ce dont Gi* cherche les points chauds, par unité. La part n’utilise que les unités ayant des réponses.</translation>
        </message>
        <message>
            <source>What the best set of sites achieves.</source>
            <translation>Ce que le meilleur ensemble de sites doit atteindre.</translation>
        </message>
        <message>
            <source>Where demand comes from: points, or polygons (their centroid is used).</source>
            <translation>D’où vient la demande : des points, ou des polygones (leur centroïde est utilisé).</translation>
        </message>
        <message>
            <source>Whether numbers in the speed field are km/h or miles per hour.</source>
            <translation>Indique si les nombres du champ de vitesse sont en km/h ou en miles par heure.</translation>
        </message>
        <message>
            <source>Which way traffic may use each line. Empty: the field oneway when the layer has one (roundabouts are one-way too). Values are compared trimmed and in lower case with the three lists below; other values are taken as two-way and reported.</source>
            <translation>Sens dans lequel la circulation peut emprunter chaque ligne. Vide : le champ oneway si la couche en a un (les giratoires sont aussi à sens unique). Les valeurs sont comparées, sans espaces superflus et en minuscules, aux trois listes ci-dessous ; les autres valeurs sont traitées comme double sens et signalées.</translation>
        </message>
        <message>
            <source>Who lives here</source>
            <translation>Qui vit ici</translation>
        </message>
        <message>
            <source>Who lives here: mostly {segments}.</source>
            <translation>Qui vit ici : surtout {segments}.</translation>
        </message>
        <message>
            <source>Who lives there: the units of {base} inside each cluster ({counted}), by {level} of the catalogue {catalogue}. The dominant segments are the largest ones that together make 75% of the cluster (at most five); index = the segment's share in the cluster ÷ its share in the whole of {base} × 100 (100: as in the whole base).</source>
            <translation>Qui vit là : les unités de {base} situées dans chaque cluster ({counted}), par {level} du catalogue {catalogue}. Les segments dominants sont les plus grands, qui font ensemble 75 % du cluster (cinq au plus) ; indice = part du segment dans le cluster ÷ sa part dans l’ensemble de {base} × 100 (100 : comme dans toute la base).</translation>
        </message>
        <message>
            <source>With location and a base of points: how far the nearest base point may be.</source>
            <translation>Avec la localisation et une base de points : la distance maximale du point de base le plus proche.</translation>
        </message>
        <message>
            <source>Within the cut-off (%)</source>
            <translation>Sous le seuil (%)</translation>
        </message>
        <message>
            <source>Write the own road-class speeds as class=km/h separated by commas, e.g. residential=32; '{item}' is not.</source>
            <translation>Écrivez les vitesses propres par classe sous la forme classe=km/h séparées par des virgules, par exemple residential=32 ; « {item} » ne l’est pas.</translation>
        </message>
        <message>
            <source>Write the reached roads as one line per road piece with its arrival times instead of one multi-line per facility and band.</source>
            <translation>Écrire les routes atteintes sous forme d’une ligne par tronçon de route avec ses heures d’arrivée, au lieu d’une multiligne par équipement et par tranche.</translation>
        </message>
        <message>
            <source>Write the time bands as minutes separated by commas, e.g. 5,10,15.</source>
            <translation>Écrivez les tranches de temps en minutes séparées par des virgules, par exemple 5,10,15.</translation>
        </message>
        <message>
            <source>Writes a classification catalogue as a table: one row per segment with its level, code, parent, names in English and French, colour, description, key features and the ratings of its information and service channels (1 = low … 5 = high). Join it to your own layers to label or style them.</source>
            <translation>Écrit un catalogue de classification sous forme de table : une ligne par segment avec son niveau, son code, son parent, ses noms en anglais et en français, sa couleur, sa description, ses traits marquants et les notes de ses canaux d’information et de service (1 = faible … 5 = élevé). Joignez-la à vos couches pour les étiqueter ou les symboliser.</translation>
        </message>
        <message>
            <source>You may not write in the folder {folder}: choose another place for the output {output}.</source>
            <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre emplacement pour la sortie {output}.</translation>
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
            <source>all records</source>
            <translation>tous les enregistrements</translation>
        </message>
        <message>
            <source>base units</source>
            <translation>unités de base</translation>
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
            <source>candidate sites</source>
            <translation>sites candidats</translation>
        </message>
        <message>
            <source>capacities</source>
            <translation>les capacités</translation>
        </message>
        <message>
            <source>counted by the field {field}</source>
            <translation>comptées selon le champ {field}</translation>
        </message>
        <message>
            <source>counts</source>
            <translation>les effectifs</translation>
        </message>
        <message>
            <source>crime without fear</source>
            <translation>délinquance sans peur</translation>
        </message>
        <message>
            <source>current sites</source>
            <translation>sites actuels</translation>
        </message>
        <message>
            <source>cycling</source>
            <translation>à vélo</translation>
        </message>
        <message>
            <source>demand</source>
            <translation>demande</translation>
        </message>
        <message>
            <source>demand units</source>
            <translation>unités de demande</translation>
        </message>
        <message>
            <source>destinations</source>
            <translation>destinations</translation>
        </message>
        <message>
            <source>distance band {d}</source>
            <translation>bande de distance {d}</translation>
        </message>
        <message>
            <source>drawn area</source>
            <translation>zone dessinée</translation>
        </message>
        <message>
            <source>driving</source>
            <translation>en voiture</translation>
        </message>
        <message>
            <source>each record counts 1</source>
            <translation>chaque enregistrement compte pour 1</translation>
        </message>
        <message>
            <source>each unit counting one</source>
            <translation>chaque unité comptant pour une</translation>
        </message>
        <message>
            <source>each unit counts 1</source>
            <translation>chaque unité compte pour 1</translation>
        </message>
        <message>
            <source>each unit weighted by its {field}</source>
            <translation>chaque unité pondérée par son champ {field}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>fear and crime</source>
            <translation>peur et délinquance</translation>
        </message>
        <message>
            <source>fear without crime</source>
            <translation>peur sans délinquance</translation>
        </message>
        <message>
            <source>feature {fid}</source>
            <translation>entité {fid}</translation>
        </message>
        <message>
            <source>heuristic solution with a proven bound</source>
            <translation>solution heuristique avec une borne prouvée</translation>
        </message>
        <message>
            <source>household counts</source>
            <translation>les nombres de ménages</translation>
        </message>
        <message>
            <source>households</source>
            <translation>ménages</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>incidents</translation>
        </message>
        <message>
            <source>index</source>
            <translation>indice</translation>
        </message>
        <message>
            <source>index {index}</source>
            <translation>indice {index}</translation>
        </message>
        <message>
            <source>information</source>
            <translation>information</translation>
        </message>
        <message>
            <source>k for k nearest neighbours.</source>
            <translation>k des k plus proches voisins.</translation>
        </message>
        <message>
            <source>k nearest neighbours</source>
            <translation>k plus proches voisins</translation>
        </message>
        <message>
            <source>km/h</source>
            <translation>km/h</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>mph</source>
            <translation>mph</translation>
        </message>
        <message>
            <source>neither</source>
            <translation>ni l’un ni l’autre</translation>
        </message>
        <message>
            <source>network distance along the fastest route, {mode} (metres)</source>
            <translation>distance sur le réseau par l’itinéraire le plus rapide, {mode} (mètres)</translation>
        </message>
        <message>
            <source>network travel time, {mode} (minutes)</source>
            <translation>temps de trajet sur le réseau, {mode} (minutes)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>non numérique</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>only target records and base units inside {area} ({n} target records lie outside)</source>
            <translation>seuls les enregistrements cibles et les unités de base situés dans {area} ({n} enregistrements cibles sont à l’extérieur)</translation>
        </message>
        <message>
            <source>order {order}: {n} clusters, threshold distance {threshold}</source>
            <translation>ordre {order} : {n} clusters, distance seuil {threshold}</translation>
        </message>
        <message>
            <source>origins</source>
            <translation>origines</translation>
        </message>
        <message>
            <source>p (return)</source>
            <translation>p (retour)</translation>
        </message>
        <message>
            <source>p (share)</source>
            <translation>p (part)</translation>
        </message>
        <message>
            <source>p = {p} sites are asked for but there are only {m} distinct candidate sites: lower p or add candidates.</source>
            <translation>p = {p} sites sont demandés mais il n’y a que {m} sites candidats distincts : réduisez p ou ajoutez des candidats.</translation>
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
            <source>people</source>
            <translation>habitants</translation>
        </message>
        <message>
            <source>per 100 households</source>
            <translation>pour 100 ménages</translation>
        </message>
        <message>
            <source>per household</source>
            <translation>par ménage</translation>
        </message>
        <message>
            <source>per km²</source>
            <translation>par km²</translation>
        </message>
        <message>
            <source>per postcode unit</source>
            <translation>par unité postale</translation>
        </message>
        <message>
            <source>postcode units</source>
            <translation>unités postales</translation>
        </message>
        <message>
            <source>proven optimal</source>
            <translation>optimum prouvé</translation>
        </message>
        <message>
            <source>records</source>
            <translation>enregistrements</translation>
        </message>
        <message>
            <source>responses</source>
            <translation>réponses</translation>
        </message>
        <message>
            <source>selected area</source>
            <translation>zone sélectionnée</translation>
        </message>
        <message>
            <source>service</source>
            <translation>service</translation>
        </message>
        <message>
            <source>stopped at the time limit</source>
            <translation>arrêté au temps limite</translation>
        </message>
        <message>
            <source>straight-line distance (metres)</source>
            <translation>distance à vol d’oiseau (mètres)</translation>
        </message>
        <message>
            <source>straight-line distance at {speed} km/h (minutes)</source>
            <translation>distance à vol d’oiseau à {speed} km/h (minutes)</translation>
        </message>
        <message>
            <source>suppressed</source>
            <translation>masqué</translation>
        </message>
        <message>
            <source>the district's area</source>
            <translation>la surface du territoire</translation>
        </message>
        <message>
            <source>the field {field} ({total} in all)</source>
            <translation>le champ {field} ({total} au total)</translation>
        </message>
        <message>
            <source>walking</source>
            <translation>à pied</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>les poids</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>zero or negative</source>
            <translation>nulle ou négative</translation>
        </message>
        <message>
            <source>{algorithm} stopped on an unexpected error ({error}). No output was written. Please report it with the inputs that caused it; the details are in the Log Messages panel (Place Insight tab).</source>
            <translation>{algorithm} s’est arrêté sur une erreur inattendue ({error}). Aucune sortie n’a été écrite. Merci de la signaler avec les données qui l’ont provoquée ; le détail figure dans le panneau Journal des messages (onglet Place Insight).</translation>
        </message>
        <message>
            <source>{channel} ({kind}, {rating})</source>
            <translation>{channel} ({kind}, {rating})</translation>
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
            <source>{code} {name} ({share}, index {index})</source>
            <translation>{code} {name} ({share}, indice {index})</translation>
        </message>
        <message>
            <source>{count} of the base ({units} units wholly) lie outside every zone and are not counted.</source>
            <translation>{count} de la base ({units} unités entièrement) se trouvent hors de toute zone et ne sont pas comptés.</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} et {last}</translation>
        </message>
        <message>
            <source>{joined} crossings without a shared vertex were joined; {kept} on bridges, tunnels or other layers were kept apart.</source>
            <translation>{joined} croisements sans sommet partagé ont été raccordés ; {kept} sur des ponts, des tunnels ou d’autres niveaux sont restés séparés.</translation>
        </message>
        <message>
            <source>{k} nearest neighbours</source>
            <translation>{k} plus proches voisins</translation>
        </message>
        <message>
            <source>{layer} is styled by {level} with the colours of {catalogue}.</source>
            <translation>{layer} est symbolisée par {level} avec les couleurs de {catalogue}.</translation>
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
            <source>{n} ({rate})</source>
            <translation>{n} ({rate})</translation>
        </message>
        <message>
            <source>{n} ({share} of responses)</source>
            <translation>{n} ({share} des réponses)</translation>
        </message>
        <message>
            <source>{n} candidate sites duplicate another (same place, same costs) and are left out: {pairs}.</source>
            <translation>{n} sites candidats en doublent un autre (même lieu, mêmes coûts) et sont écartés : {pairs}.</translation>
        </message>
        <message>
            <source>{n} candidate sites have a negative capacity: {ids}.</source>
            <translation>{n} sites candidats ont une capacité négative : {ids}.</translation>
        </message>
        <message>
            <source>{n} clusters checked: {v} verified (their return rate is not significantly higher than the district's); fear without crime in {f}.</source>
            <translation>{n} clusters contrôlés : {v} vérifiés (leur taux de retour n’est pas significativement plus élevé que celui du territoire) ; peur sans délinquance dans {f}.</translation>
        </message>
        <message>
            <source>{n} clusters contain no postcode unit, so their return rate cannot be tested: {ids}.</source>
            <translation>{n} clusters ne contiennent aucune unité postale, leur taux de retour ne peut donc pas être testé : {ids}.</translation>
        </message>
        <message>
            <source>{n} clusters contain no unit of {base}, so their dominant segments are NULL: {ids}.</source>
            <translation>{n} clusters ne contiennent aucune unité de {base} ; leurs segments dominants sont donc NULL ({ids}).</translation>
        </message>
        <message>
            <source>{n} clusters have fewer than {k} responses; their results rest on small numbers: {ids}.</source>
            <translation>{n} clusters ont moins de {k} réponses ; leurs résultats reposent sur de petits effectifs : {ids}.</translation>
        </message>
        <message>
            <source>{n} clusters.</source>
            <translation>{n} clusters.</translation>
        </message>
        <message>
            <source>{n} current sites are farther than the snapping tolerance from the network and are left out of the comparison: {ids}.</source>
            <translation>{n} sites actuels sont plus éloignés du réseau que la tolérance d’accrochage et restent hors de la comparaison : {ids}.</translation>
        </message>
        <message>
            <source>{n} demand units (weight {weight}) are beyond the cut-off of every candidate site, so no choice of sites covers them: {ids}.</source>
            <translation>{n} unités de demande (poids {weight}) sont au-delà du seuil de tous les sites candidats ; aucun choix de sites ne les couvre : {ids}.</translation>
        </message>
        <message>
            <source>{n} demand units (weight {weight}) cannot reach any candidate site and are left out: {ids}.</source>
            <translation>{n} unités de demande (poids {weight}) n’atteignent aucun site candidat et sont écartées : {ids}.</translation>
        </message>
        <message>
            <source>{n} demand units are beyond the cut-off of every candidate site: no choice of sites covers them.</source>
            <translation>{n} unités de demande sont au-delà du seuil de tous les sites candidats : aucun choix de sites ne les couvre.</translation>
        </message>
        <message>
            <source>{n} demand units cannot reach any candidate site and were left out.</source>
            <translation>{n} unités de demande n’atteignent aucun site candidat et ont été écartées.</translation>
        </message>
        <message>
            <source>{n} demand units have a negative weight: {ids}. Weights count people or contacts and cannot be negative.</source>
            <translation>{n} unités de demande ont un poids négatif : {ids}. Les poids comptent des personnes ou des contacts et ne peuvent pas être négatifs.</translation>
        </message>
        <message>
            <source>{n} demand units have an implausibly large weight (above {largest}): {ids}. Check the weights.</source>
            <translation>{n} unités de demande ont un poids invraisemblablement grand (au-delà de {largest}) : {ids}. Vérifiez les poids.</translation>
        </message>
        <message>
            <source>{n} demand units have no weight (NULL): {ids}. Give them a weight or remove them.</source>
            <translation>{n} unités de demande n’ont pas de poids (NULL) : {ids}. Donnez-leur un poids ou retirez-les.</translation>
        </message>
        <message>
            <source>{n} duplicate candidate sites were left out.</source>
            <translation>{n} sites candidats en double ont été écartés.</translation>
        </message>
        <message>
            <source>{n} facilities are farther from the network than the snapping tolerance (or have no location) and have no catchment: {examples}.</source>
            <translation>{n} équipements sont plus éloignés du réseau que la tolérance d’accrochage (ou n’ont pas de position) et n’ont pas de zone de desserte : {examples}.</translation>
        </message>
        <message>
            <source>{n} facilities lie on a part of the network not connected to the rest (an island); their catchments stop at its edge: {examples}.</source>
            <translation>{n} équipements se trouvent sur une partie du réseau non reliée au reste (un îlot) ; leurs zones de desserte s’arrêtent à sa limite : {examples}.</translation>
        </message>
        <message>
            <source>{n} features of the base layer have no geometry and are not counted.</source>
            <translation>{n} entités de la couche de base n’ont pas de géométrie et ne sont pas comptées.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have 0 in the field {field} (e.g. features {ids}): {what} must be more than zero; leave the value empty (NULL) for no limit, or remove those features.</source>
            <translation>{n} entités de {layer} ont 0 dans le champ {field} (p. ex. entités {ids}) : zéro n’est pas admis pour {what} ; laissez la valeur vide (NULL) pour ne pas fixer de limite, ou retirez ces entités.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have a negative value in the field {field} (e.g. features {ids}); {what} cannot be negative.</source>
            <translation>{n} entités de {layer} ont une valeur négative dans le champ {field} (p. ex. entités {ids}) ; une valeur négative n’a pas de sens pour {what}.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have an infinite or implausibly large value (above {largest}) in the field {field} (e.g. features {ids}); {what} must be ordinary numbers: check those values.</source>
            <translation>{n} entités de {layer} ont une valeur infinie ou invraisemblablement grande (au-delà de {largest}) dans le champ {field} (p. ex. entités {ids}) ; pour {what}, seuls des nombres ordinaires ont un sens : vérifiez ces valeurs.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have invalid polygons (crossing themselves, like a bow-tie) and were repaired before use (Make valid): features {examples}. Check them, or fix them with Fix geometries.</source>
            <translation>{n} entités de {layer} ont des polygones invalides (qui se croisent eux-mêmes, comme un nœud papillon) et ont été réparées avant usage (Rendre valide) : entités {examples}. Vérifiez-les, ou corrigez-les avec Réparer les géométries.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have no geometry (NULL or empty) and are left out: features {examples}.</source>
            <translation>{n} entités de {layer} n’ont pas de géométrie (NULL ou vide) et sont écartées : entités {examples}.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have no value (NULL) in the field {field} (e.g. features {ids}); fill them in or filter them out.</source>
            <translation>{n} entités de {layer} n’ont pas de valeur (NULL) dans le champ {field} (p. ex. entités {ids}) ; renseignez-les ou filtrez-les.</translation>
        </message>
        <message>
            <source>{n} features of {layer} have no value (NULL) in the field {field} and count as 0 (e.g. features {ids}).</source>
            <translation>{n} entités de {layer} n’ont pas de valeur (NULL) dans le champ {field} et comptent 0 (p. ex. entités {ids}).</translation>
        </message>
        <message>
            <source>{n} keys appear on several units of {layer} (e.g. {examples}); their counts are summed in the base and a target record takes the largest unit's segment.</source>
            <translation>{n} clés figurent sur plusieurs unités de {layer} (par ex. {examples}) ; leurs effectifs sont additionnés dans la base et un enregistrement cible prend le segment de l’unité la plus grande.</translation>
        </message>
        <message>
            <source>{n} line ends were joined to a vertex within the snapping tolerance.</source>
            <translation>{n} extrémités de ligne ont été raccordées à un sommet dans la tolérance.</translation>
        </message>
        <message>
            <source>{n} lines have a speed that is {kind}; their speed comes from maxspeed or the road class instead (features {examples}).</source>
            <translation>{n} lignes ont une vitesse {kind} ; leur vitesse vient plutôt de maxspeed ou de la classe de route (entités {examples}).</translation>
        </message>
        <message>
            <source>{n} lines have no road class and are left out of every profile.</source>
            <translation>{n} lignes n’ont pas de classe de route et sont écartées de tous les modes.</translation>
        </message>
        <message>
            <source>{n} lines have the direction value '{value}', which is not one of the configured spellings; they are taken as two-way (features {examples}).</source>
            <translation>{n} lignes ont la valeur de sens « {value} », qui ne fait pas partie des graphies configurées ; elles sont traitées comme double sens (entités {examples}).</translation>
        </message>
        <message>
            <source>{n} lines have zero length, or are shorter than the join tolerance, and are left out (features {examples}).</source>
            <translation>{n} lignes sont de longueur nulle, ou plus courtes que la tolérance de raccordement, et sont écartées (entités {examples}).</translation>
        </message>
        <message>
            <source>{n} lines of the network have no geometry and are left out.</source>
            <translation>{n} lignes du réseau n’ont pas de géométrie et sont écartées.</translation>
        </message>
        <message>
            <source>{n} lines repeat another line (the same vertices, in either direction) and are left out, so that no road counts twice (features {examples}).</source>
            <translation>{n} lignes répètent une autre ligne (les mêmes sommets, dans un sens ou dans l’autre) et sont écartées, pour qu’aucune route ne compte deux fois (entités {examples}).</translation>
        </message>
        <message>
            <source>{n} of those keys carry different segments (e.g. {examples}).</source>
            <translation>{n} de ces clés portent des segments différents (par ex. {examples}).</translation>
        </message>
        <message>
            <source>{n} of {total} features of {layer} have no geometry and are left out: {examples}.</source>
            <translation>{n} entités sur {total} de {layer} n’ont pas de géométrie et sont écartées : {examples}.</translation>
        </message>
        <message>
            <source>{n} of {total} records of {layer} have a postcode that matches no postcode unit of {units} and are left out: {examples}.</source>
            <translation>{n} enregistrements sur {total} de {layer} ont un code postal qui ne correspond à aucune unité postale de {units} et sont écartés : {examples}.</translation>
        </message>
        <message>
            <source>{n} of {total} records of {layer} have no answer in {field} and are left out.</source>
            <translation>{n} enregistrements sur {total} de {layer} n’ont pas de réponse dans {field} et sont écartés.</translation>
        </message>
        <message>
            <source>{n} of {total} target records matched no segment; their keys (number of records): {keys}</source>
            <translation>{n} des {total} enregistrements cibles n’ont trouvé aucun segment ; leurs clés (nombre d’enregistrements) : {keys}</translation>
        </message>
        <message>
            <source>{n} of {total} {what} lie outside the district and are left out.</source>
            <translation>{n} {what} sur {total} se trouvent hors du territoire ; on n’en tient pas compte.</translation>
        </message>
        <message>
            <source>{n} origin–destination pairs are beyond the cut-off of {minutes} minutes (NULL times).</source>
            <translation>{n} paires origine–destination sont au-delà du seuil de {minutes} minutes (temps NULL).</translation>
        </message>
        <message>
            <source>{n} origin–destination pairs are not connected by the network (NULL times).</source>
            <translation>{n} paires origine–destination ne sont pas reliées par le réseau (temps NULL).</translation>
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
            <source>{n} records of {layer} have segment codes that are not in the catalogue {catalogue} (field {field}: {examples}); they are counted as Unclassified.</source>
            <translation>{n} enregistrements de {layer} ont des codes de segment absents du catalogue {catalogue} (champ {field} : {examples}) ; ils sont comptés dans « Non classé ».</translation>
        </message>
        <message>
            <source>{n} records placed, {k} of them chosen answers ({label}).</source>
            <translation>{n} enregistrements placés, dont {k} réponses retenues ({label}).</translation>
        </message>
        <message>
            <source>{n} records, {keys} distinct keys (number of records in brackets):</source>
            <translation>{n} enregistrements, {keys} clés distinctes (nombre d’enregistrements entre parenthèses) :</translation>
        </message>
        <message>
            <source>{n} segment codes of the area are not in the catalogue and count as Unclassified: {codes}.</source>
            <translation>{n} codes de segment de la zone ne figurent pas dans le catalogue et comptent comme « Non classé » : {codes}.</translation>
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
            <source>{n} vertices of the network have no valid coordinates.</source>
            <translation>{n} sommets du réseau n’ont pas de coordonnées valides.</translation>
        </message>
        <message>
            <source>{n} zones contain no base unit (features {examples}); their shares are NULL.</source>
            <translation>{n} zones ne contiennent aucune unité de base (entités {examples}) ; leurs parts sont NULL.</translation>
        </message>
        <message>
            <source>{n} {what} are farther from the network than the snapping tolerance and were skipped: {examples}.</source>
            <translation>{n} {what} sont plus éloignées du réseau que la tolérance d’accrochage et ont été ignorées : {examples}.</translation>
        </message>
        <message>
            <source>{n} {what} are farther than {distance} m from the network and are left out: {ids}.</source>
            <translation>{n} {what} sont à plus de {distance} m du réseau et restent hors de l’analyse : {ids}.</translation>
        </message>
        <message>
            <source>{n} {what} features have no geometry and are left out: {ids}.</source>
            <translation>{n} entités ({what}) n’ont pas de géométrie et sont écartées : {ids}.</translation>
        </message>
        <message>
            <source>{n} {what} points have no coordinates (rows {rows}).</source>
            <translation>{n} points ({what}) n’ont pas de coordonnées (lignes {rows}).</translation>
        </message>
        <message>
            <source>{path} cannot be read as a network saved by Place Insight: the file is damaged or is another kind of file ({error}). Choose a network saved by Build network, or build the network again.</source>
            <translation>{path} ne peut pas être lu comme un réseau enregistré par Place Insight : le fichier est endommagé ou d’un autre type ({error}). Choisissez un réseau enregistré par Construire le réseau, ou construisez de nouveau le réseau.</translation>
        </message>
        <message>
            <source>{path} is not a network file saved by Place Insight: choose a network saved by Build network (.npz), an OpenStreetMap file, or a line layer.</source>
            <translation>{path} n’est pas un fichier de réseau enregistré par Place Insight : choisissez un réseau enregistré par Construire le réseau (.npz), un fichier OpenStreetMap ou une couche de lignes.</translation>
        </message>
        <message>
            <source>{path} is not a network file: give a network saved by Build network (.npz), an OpenStreetMap file (.osm, .osm.pbf), or leave the file empty and choose a line layer (a file GDAL reads can be added to the project as a layer first).</source>
            <translation>{path} n’est pas un fichier de réseau : donnez un réseau enregistré par Construire le réseau (.npz), un fichier OpenStreetMap (.osm, .osm.pbf), ou laissez le fichier vide et choisissez une couche de lignes (un fichier lisible par GDAL peut d’abord être ajouté au projet comme couche).</translation>
        </message>
        <message>
            <source>{profile}: {edges} usable edges, {km} km, {islands} islands.</source>
            <translation>{profile} : {edges} tronçons utilisables, {km} km, {islands} îlots.</translation>
        </message>
        <message>
            <source>{profile}: {n} edges ({km} km) lie on {islands} islands not connected to the main network; points snapped there reach only their island.</source>
            <translation>{profile} : {n} tronçons ({km} km) se trouvent sur {islands} îlots non reliés au réseau principal ; les points accrochés là n’atteignent que leur îlot.</translation>
        </message>
        <message>
            <source>{rate} per 1,000 households</source>
            <translation>{rate} pour 1 000 ménages</translation>
        </message>
        <message>
            <source>{rate} per 1,000 postcode units</source>
            <translation>{rate} pour 1 000 unités postales</translation>
        </message>
        <message>
            <source>{rate} per km²</source>
            <translation>{rate} par km²</translation>
        </message>
        <message>
            <source>{r} sites are required to stay open but p = {p}: raise p to at least {r} or mark fewer sites as required.</source>
            <translation>{r} sites doivent rester ouverts mais p = {p} : portez p à au moins {r} ou rendez moins de sites obligatoires.</translation>
        </message>
        <message>
            <source>{share} of its area lies in incident clusters{ids}.</source>
            <translation>{share} de sa surface se trouve dans des clusters d’incidents{ids}.</translation>
        </message>
        <message>
            <source>{share} of its responses are {answers}, against {district} in the district ({p}): these answers are concentrated here.</source>
            <translation>{share} de ses réponses sont {answers}, contre {district} dans le territoire ({p}) : ces réponses se concentrent ici.</translation>
        </message>
        <message>
            <source>{share} of its responses are {answers}, against {district} in the district; the difference is not significant ({p}).</source>
            <translation>{share} de ses réponses sont {answers}, contre {district} dans le territoire ; la différence n’est pas significative ({p}).</translation>
        </message>
        <message>
            <source>{share} of the area</source>
            <translation>{share} de la zone</translation>
        </message>
        <message>
            <source>{share} of the demand is within {minutes} minutes of a facility.</source>
            <translation>{share} de la demande se trouve à moins de {minutes} minutes d’un équipement.</translation>
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
            <source>{total} {count} in {units} base units ({level} level of {catalogue}).</source>
            <translation>{total} {count} dans {units} unités de base (niveau {level} de {catalogue}).</translation>
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
