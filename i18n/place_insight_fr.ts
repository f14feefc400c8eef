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
            <source>A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits).</source>
            <translation>Un catalogue fourni avec l’extension (hiérarchie, noms, couleurs, portraits).</translation>
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
            <source>All levels</source>
            <translation>Tous les niveaux</translation>
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
            <source>Bands for the summary (minutes)</source>
            <translation>Tranches du résumé (minutes)</translation>
        </message>
        <message>
            <source>Base layer to count</source>
            <translation>Couche de base à dénombrer</translation>
        </message>
        <message>
            <source>Below average</source>
            <translation>En dessous de la moyenne</translation>
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
            <source>Catchments</source>
            <translation>Zones de desserte</translation>
        </message>
        <message>
            <source>Catchments (walk, cycle and drive times)</source>
            <translation>Zones de desserte (temps à pied, à vélo et en voiture)</translation>
        </message>
        <message>
            <source>Choose a classification catalogue or give a catalogue file.</source>
            <translation>Choisissez un catalogue de classification ou indiquez un fichier de catalogue.</translation>
        </message>
        <message>
            <source>Choose a road network: a line layer or a network file.</source>
            <translation>Choisissez un réseau routier : une couche de lignes ou un fichier de réseau.</translation>
        </message>
        <message>
            <source>Classification catalogue</source>
            <translation>Catalogue de classification</translation>
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
            <source>Concave hull</source>
            <translation>Enveloppe concave</translation>
        </message>
        <message>
            <source>Concave hull: longest triangle side (m)</source>
            <translation>Enveloppe concave : plus long côté de triangle (m)</translation>
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
            <source>Could not read the OSM file {path}: {error}</source>
            <translation>Impossible de lire le fichier OSM {path} : {error}</translation>
        </message>
        <message>
            <source>Could not write feature {row} of the output: {error}</source>
            <translation>Impossible d’écrire l’entité {row} de la sortie : {error}</translation>
        </message>
        <message>
            <source>Count fields</source>
            <translation>Champs à additionner</translation>
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
            <source>Default drive speeds by road class. United Kingdom: motorway 70 mph, trunk 60, primary 40, secondary, tertiary and unclassified 30, residential 25, service 10. France: autoroute 130 km/h, trunk 110, primary and secondary 80, tertiary 70, unclassified 50, residential 30, service 20.</source>
            <translation>Vitesses en voiture par défaut selon la classe de route. Royaume-Uni : autoroute 70 mph, voie express 60, primaire 40, secondaire, tertiaire et non classée 30, résidentielle 25, desserte 10. France : autoroute 130 km/h, voie express 110, primaire et secondaire 80, tertiaire 70, non classée 50, résidentielle 30, desserte 20.</translation>
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
            <source>Demand id field</source>
            <translation>Champ identifiant de la demande</translation>
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
            <source>Destination id field</source>
            <translation>Champ identifiant de destination</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <source>Dissolve facilities per band</source>
            <translation>Fusionner les équipements par tranche</translation>
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
            <source>Find the algorithms in the Processing Toolbox under Place Insight.</source>
            <translation>Les algorithmes se trouvent dans la boîte à outils de traitements, sous Place Insight.</translation>
        </message>
        <message>
            <source>Finds, for every demand unit (household, postcode, output area, client), the facility it can reach soonest along the road network, with the time and distance, and whether it lies beyond a threshold. It sums the demand within each time band, and for each facility the demand-weighted centre of the units it serves: a centre far from the facility shows that demand centres elsewhere.</source>
            <translation>Trouve, pour chaque unité de demande (ménage, code postal, îlot, usager), l’équipement qu’elle atteint le plus vite par le réseau routier, avec le temps et la distance, et indique si elle se trouve au-delà d’un seuil. Il additionne la demande dans chaque tranche de temps et, pour chaque équipement, calcule le centre pondéré par la demande des unités qu’il dessert : un centre éloigné de l’équipement montre que la demande se concentre ailleurs.</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Generated by Place Insight on {date}.</source>
            <translation>Produit par Place Insight le {date}.</translation>
        </message>
        <message>
            <source>Give at least one time band in minutes, e.g. 5,10,15.</source>
            <translation>Donnez au moins une tranche de temps en minutes, par exemple 5,10,15.</translation>
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
            <source>Households, population or clients of each unit; empty: every unit counts 1. Empty values count 0.</source>
            <translation>Ménages, population ou usagers de chaque unité ; vide : chaque unité compte pour 1. Les valeurs vides comptent pour 0.</translation>
        </message>
        <message>
            <source>Households, postcodes or output areas whose counts are summed inside each catchment (by their point, or the centroid of lines and polygons).</source>
            <translation>Ménages, codes postaux ou îlots dont les effectifs sont additionnés dans chaque zone de desserte (par leur point, ou le centroïde des lignes et polygones).</translation>
        </message>
        <message>
            <source>How far either side of a reached road the catchment extends (buffer method); homes set back from the road within this distance count as inside.</source>
            <translation>Distance de part et d’autre d’une route atteinte jusqu’où s’étend la zone (méthode du tampon) ; les logements en retrait de la route à moins de cette distance comptent comme à l’intérieur.</translation>
        </message>
        <message>
            <source>How many rows the table has.</source>
            <translation>Le nombre de lignes de la table.</translation>
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
            <source>Increasing minutes separated by commas, each more than zero.</source>
            <translation>Des minutes croissantes séparées par des virgules, toutes supérieures à zéro.</translation>
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
            <source>Larger values give smoother, fuller hulls; smaller values follow the roads more closely.</source>
            <translation>Des valeurs plus grandes donnent des enveloppes plus lisses et pleines ; des valeurs plus petites suivent les routes de plus près.</translation>
        </message>
        <message>
            <source>Leave out pairs farther apart than this; 0: no cut-off. A cut-off makes large matrices faster.</source>
            <translation>Omettre les paires plus éloignées que cela ; 0 : aucun seuil. Un seuil accélère les grandes matrices.</translation>
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
            <source>Location planning</source>
            <translation>Implantation des services</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Magazines</source>
            <translation>Magazines</translation>
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
            <source>Nearest destinations per origin</source>
            <translation>Destinations les plus proches par origine</translation>
        </message>
        <message>
            <source>Nearest facility</source>
            <translation>Équipement le plus proche</translation>
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
            <source>Network: {nodes} nodes, {edges} edges from {features} lines.</source>
            <translation>Réseau : {nodes} nœuds, {edges} tronçons issus de {features} lignes.</translation>
        </message>
        <message>
            <source>Networks (*.npz *.osm *.xml)</source>
            <translation>Réseaux (*.npz *.osm *.xml)</translation>
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
            <source>Numeric fields to sum (households, population…); the number of base features is always counted. Empty values count as zero.</source>
            <translation>Champs numériques à additionner (ménages, population…) ; le nombre d’entités de base est toujours compté. Les valeurs vides comptent pour zéro.</translation>
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
            <source>One point per facility at the demand-weighted centre of the units it serves: facility id and name, demand units, weight, mean and maximum minutes, and the distance (m) from the facility.</source>
            <translation>Un point par équipement au centre, pondéré par la demande, des unités qu’il dessert : identifiant et nom de l’équipement, unités de demande, poids, minutes moyennes et maximales, et distance (m) à l’équipement.</translation>
        </message>
        <message>
            <source>One polygon per band for all facilities together (areas within the band of any facility) instead of one per facility and band.</source>
            <translation>Un polygone par tranche pour l’ensemble des équipements (zones dans la tranche d’au moins un équipement) au lieu d’un par équipement et par tranche.</translation>
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
            <source>OpenStreetMap highway values (motorway, primary, residential, footway…) or Open Roads classes (A Road, B Road…). Empty: the field highway when the layer has one; otherwise every line is a road open to all modes. Lines with an empty class are left out.</source>
            <translation>Valeurs highway d’OpenStreetMap (motorway, primary, residential, footway…) ou classes d’Open Roads (A Road, B Road…). Vide : le champ highway si la couche en a un ; sinon chaque ligne est une route ouverte à tous les modes. Les lignes sans classe sont écartées.</translation>
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
            <source>Post</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Reached roads</source>
            <translation>Routes atteintes</translation>
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
            <source>Report a problem</source>
            <translation>Signaler un problème</translation>
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
            <source>Segmentation</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Share (0–1) of the demand weight within the threshold.</source>
            <translation>Part (0–1) du poids de la demande en deçà du seuil.</translation>
        </message>
        <message>
            <source>Share within the threshold</source>
            <translation>Part en deçà du seuil</translation>
        </message>
        <message>
            <source>Snapping tolerance (m)</source>
            <translation>Tolérance d’accrochage (m)</translation>
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
            <source>Straight lines</source>
            <translation>Lignes droites</translation>
        </message>
        <message>
            <source>Survey and hotspots</source>
            <translation>Enquêtes et points chauds</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Téléphone</translation>
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
            <source>The cut-off must be more than zero minutes.</source>
            <translation>Le seuil de coupure doit être supérieur à zéro minute.</translation>
        </message>
        <message>
            <source>The demand units with their geometry: demand id, weight, nearest facility id and name, minutes, metres, beyond (true/false) and snapped (false when too far from the network). Minutes and facility are NULL where no facility can be reached.</source>
            <translation>Les unités de demande avec leur géométrie : identifiant, poids, identifiant et nom de l’équipement le plus proche, minutes, mètres, beyond (au-delà du seuil : vrai/faux) et snapped (faux si trop loin du réseau). Les minutes et l’équipement sont NULL là où aucun équipement n’est atteignable.</translation>
        </message>
        <message>
            <source>The facilities demand travels to, in any CRS.</source>
            <translation>Les équipements vers lesquels la demande se déplace, dans n’importe quel SCR.</translation>
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
            <source>The reached parts of roads per facility and band, cut where time runs out, with the earliest and latest arrival (minutes) and length (m).</source>
            <translation>Les parties de routes atteintes par équipement et par tranche, coupées là où le temps s’épuise, avec l’arrivée la plus tôt et la plus tardive (minutes) et la longueur (m).</translation>
        </message>
        <message>
            <source>The same rows as straight lines from origin to destination, in the origins' CRS.</source>
            <translation>Les mêmes lignes sous forme de segments droits de l’origine à la destination, dans le SCR des origines.</translation>
        </message>
        <message>
            <source>The snapping tolerance must be zero or a positive number of metres.</source>
            <translation>La tolérance d’accrochage doit être nulle ou un nombre positif de mètres.</translation>
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
            <source>The summary gives the demand and its share within each of these times.</source>
            <translation>Le résumé donne la demande et sa part en deçà de chacun de ces temps.</translation>
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
            <source>There are no facilities to measure travel times to.</source>
            <translation>Il n’y a aucun équipement vers lequel mesurer des temps de trajet.</translation>
        </message>
        <message>
            <source>Threshold (minutes)</source>
            <translation>Seuil (minutes)</translation>
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
            <source>Unclassified</source>
            <translation>Non classé</translation>
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
            <source>Unknown country {country} for road-class speeds; use one of: {known}.</source>
            <translation>Pays {country} inconnu pour les vitesses par classe de route ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unknown travel profile {name}; use one of: {known}.</source>
            <translation>Mode de déplacement {name} inconnu ; utilisez l’un de : {known}.</translation>
        </message>
        <message>
            <source>Unreachable pairs</source>
            <translation>Paires inaccessibles</translation>
        </message>
        <message>
            <source>Untick where cyclists may ride both ways on one-way streets.</source>
            <translation>Décochez là où les cyclistes peuvent circuler dans les deux sens des rues à sens unique.</translation>
        </message>
        <message>
            <source>Used instead of the line layer: a network saved by Build network (.npz), or an OpenStreetMap XML file (.osm) read with osmnx, which also imputes missing drive speeds from the mean speed of each road class.</source>
            <translation>Utilisé à la place de la couche de lignes : un réseau enregistré par Construire le réseau (.npz), ou un fichier XML OpenStreetMap (.osm) lu avec osmnx, qui estime aussi les vitesses manquantes à partir de la vitesse moyenne de chaque classe de route.</translation>
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
            <source>Whether numbers in the speed field are km/h or miles per hour.</source>
            <translation>Indique si les nombres du champ de vitesse sont en km/h ou en miles par heure.</translation>
        </message>
        <message>
            <source>Which way traffic may use each line. Empty: the field oneway when the layer has one (roundabouts are one-way too). Values are compared trimmed and in lower case with the three lists below; other values are taken as two-way and reported.</source>
            <translation>Sens dans lequel la circulation peut emprunter chaque ligne. Vide : le champ oneway si la couche en a un (les giratoires sont aussi à sens unique). Les valeurs sont comparées, sans espaces superflus et en minuscules, aux trois listes ci-dessous ; les autres valeurs sont traitées comme double sens et signalées.</translation>
        </message>
        <message>
            <source>Write the own road-class speeds as class=km/h separated by commas, e.g. residential=32; '{item}' is not.</source>
            <translation>Écrivez les vitesses propres par classe sous la forme classe=km/h séparées par des virgules, par exemple residential=32 ; « {item} » ne l’est pas.</translation>
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
            <source>Your own catalogue (JSON, see docs/catalogues.md), for example for a licensed classification. When given, it is used instead of the catalogue chosen in the list.</source>
            <translation>Votre propre catalogue (JSON, voir docs/catalogues.md), par exemple pour une classification sous licence. S’il est indiqué, il remplace le catalogue choisi dans la liste.</translation>
        </message>
        <message>
            <source>destinations</source>
            <translation>destinations</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>km/h</source>
            <translation>km/h</translation>
        </message>
        <message>
            <source>mph</source>
            <translation>mph</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>non numérique</translation>
        </message>
        <message>
            <source>origins</source>
            <translation>origines</translation>
        </message>
        <message>
            <source>zero or negative</source>
            <translation>nulle ou négative</translation>
        </message>
        <message>
            <source>{code} (row {row})</source>
            <translation>{code} (ligne {row})</translation>
        </message>
        <message>
            <source>{joined} crossings without a shared vertex were joined; {kept} on bridges, tunnels or other layers were kept apart.</source>
            <translation>{joined} croisements sans sommet partagé ont été raccordés ; {kept} sur des ponts, des tunnels ou d’autres niveaux sont restés séparés.</translation>
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
            <source>{n} origin–destination pairs are beyond the cut-off of {minutes} minutes (NULL times).</source>
            <translation>{n} paires origine–destination sont au-delà du seuil de {minutes} minutes (temps NULL).</translation>
        </message>
        <message>
            <source>{n} origin–destination pairs are not connected by the network (NULL times).</source>
            <translation>{n} paires origine–destination ne sont pas reliées par le réseau (temps NULL).</translation>
        </message>
        <message>
            <source>{n} segments of the catalogue {catalogue}.</source>
            <translation>{n} segments du catalogue {catalogue}.</translation>
        </message>
        <message>
            <source>{n} vertices of the network have no valid coordinates.</source>
            <translation>{n} sommets du réseau n’ont pas de coordonnées valides.</translation>
        </message>
        <message>
            <source>{n} {what} are farther from the network than the snapping tolerance and were skipped: {examples}.</source>
            <translation>{n} {what} sont plus éloignées du réseau que la tolérance d’accrochage et ont été ignorées : {examples}.</translation>
        </message>
        <message>
            <source>{path} is not a network file saved by Place Insight ({error}).</source>
            <translation>{path} n’est pas un fichier de réseau enregistré par Place Insight ({error}).</translation>
        </message>
        <message>
            <source>{path} is not a network file saved by Place Insight.</source>
            <translation>{path} n’est pas un fichier de réseau enregistré par Place Insight.</translation>
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
            <source>{share} of the demand is within {minutes} minutes of a facility.</source>
            <translation>{share} de la demande se trouve à moins de {minutes} minutes d’un équipement.</translation>
        </message>
        <message>
            <source>{shown} and {n} more</source>
            <translation>{shown} et {n} autres</translation>
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
            <source>{source}: unknown catalogue format {found!r}; expected {expected!r}.</source>
            <translation>{source} : format de catalogue inconnu {found!r} ; attendu : {expected!r}.</translation>
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
            <source>{where}: the rating of {channel} is {rating!r}; ratings are whole numbers from 1 (low) to 5 (high).</source>
            <translation>{where} : la note de {channel} est {rating!r} ; les notes sont des entiers de 1 (faible) à 5 (élevé).</translation>
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
    </context>
</TS>
