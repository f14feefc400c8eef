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
            <source>; covered within {cutoff} {unit} {before} % → {after} %</source>
            <translation> ; demande couverte à moins de {cutoff} {unit} : {before} % → {after} %</translation>
        </message>
        <message>
            <source>A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits).</source>
            <translation>Un catalogue fourni avec l’extension (hiérarchie, noms, couleurs, portraits).</translation>
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
            <source>All levels</source>
            <translation>Tous les niveaux</translation>
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
            <source>Below average</source>
            <translation>En dessous de la moyenne</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Borne</translation>
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
            <source>Capacitated location has no heuristic: the exact solver is used.</source>
            <translation>La localisation avec capacités n’a pas d’heuristique : le solveur exact est utilisé.</translation>
        </message>
        <message>
            <source>Capacitated location is solved exactly only, and {pairs} demand–site pairs are more than the {limit} it can hold: aggregate the demand (for example to output areas) or leave the capacity field empty.</source>
            <translation>La localisation avec capacités n’est résolue que de façon exacte, et {pairs} paires demande–site dépassent les {limit} qu’elle peut traiter : agrégez la demande (par exemple par îlot statistique) ou laissez le champ de capacité vide.</translation>
        </message>
        <message>
            <source>Capacity field</source>
            <translation>Champ de capacité</translation>
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
            <source>Chooses where to deliver a service among candidate sites, for the demand of a point or polygon layer (polygons by centroid): minimise the weighted travel cost with p sites (p-median, optionally with site capacities), maximise the demand covered within a cut-off with p sites (maximal covering), find the fewest sites that cover all demand within the cut-off (set covering) or minimise the longest travel cost with p sites (p-center). Travel cost is the straight-line distance in a projected CRS, in metres or in minutes at a chosen speed. The exact solver is a mixed-integer programme solved by HiGHS; the heuristic (greedy start, vertex substitution, seeded perturbations) handles large problems and reports a proven bound and gap. Compare the result with today's sites in the HTML report.</source>
            <translation>Choisit où offrir un service parmi des sites candidats, pour la demande d’une couche de points ou de polygones (polygones par leur centroïde) : minimiser le coût de déplacement pondéré avec p sites (p-médian, éventuellement avec des capacités), maximiser la demande couverte sous un seuil avec p sites (couverture maximale), trouver le moins de sites couvrant toute la demande sous le seuil (couverture d’ensemble) ou minimiser le plus long déplacement avec p sites (p-centre). Le coût est la distance à vol d’oiseau dans un SCR projeté, en mètres ou en minutes à une vitesse choisie. Le solveur exact est un programme linéaire en nombres entiers résolu par HiGHS ; l’heuristique (départ glouton, substitution de sommets, perturbations à graine) traite les grands problèmes et donne une borne prouvée et l’écart. Le rapport HTML compare le résultat aux sites actuels.</translation>
        </message>
        <message>
            <source>Classification catalogue</source>
            <translation>Catalogue de classification</translation>
        </message>
        <message>
            <source>Could not write feature {row} of the output: {error}</source>
            <translation>Impossible d’écrire l’entité {row} de la sortie : {error}</translation>
        </message>
        <message>
            <source>Coverage cut-off</source>
            <translation>Seuil de couverture</translation>
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
            <source>Demand</source>
            <translation>Demande</translation>
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
            <source>Demand weight field</source>
            <translation>Champ de poids de la demande</translation>
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
            <source>Each point is the best solution found for that number of sites.</source>
            <translation>Chaque point est la meilleure solution trouvée pour ce nombre de sites.</translation>
        </message>
        <message>
            <source>Every demand weight is zero: there is no demand to serve. Check the weight field.</source>
            <translation>Tous les poids de demande sont nuls : il n’y a aucune demande à servir. Vérifiez le champ de poids.</translation>
        </message>
        <message>
            <source>Exact (HiGHS mixed-integer programme)</source>
            <translation>Exact (programme en nombres entiers, HiGHS)</translation>
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
            <source>Gap</source>
            <translation>Écart</translation>
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
            <source>Heuristic (interchange with a proven bound)</source>
            <translation>Heuristique (échanges, avec une borne prouvée)</translation>
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
            <source>Households, contacts or claimants per feature. NULL or negative weights are refused with the feature ids. Empty: every feature weighs 1.</source>
            <translation>Ménages, contacts ou allocataires par entité. Les poids NULL ou négatifs sont refusés, avec les identifiants des entités. Vide : chaque entité pèse 1.</translation>
        </message>
        <message>
            <source>How many rows the table has.</source>
            <translation>Le nombre de lignes de la table.</translation>
        </message>
        <message>
            <source>How many sites to open, required sites included (not used by set covering).</source>
            <translation>Nombre de sites à ouvrir, sites obligatoires compris (inutilisé par la couverture d’ensemble).</translation>
        </message>
        <message>
            <source>Identifies the sites in the outputs. Empty: the feature id.</source>
            <translation>Identifie les sites dans les résultats. Vide : l’identifiant de l’entité.</translation>
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
            <source>Lagrangian fixing left {k} of {m} candidate sites for the exact solver.</source>
            <translation>La fixation lagrangienne a laissé {k} des {m} sites candidats au solveur exact.</translation>
        </message>
        <message>
            <source>Largest demand weight a site can serve (p-median only; demand may then be split between sites). NULL: no limit.</source>
            <translation>Poids de demande maximal qu’un site peut servir (p-médian seulement ; la demande peut alors être partagée entre sites). NULL : sans limite.</translation>
        </message>
        <message>
            <source>Largest travel cost that counts as covered, in the unit of the travel cost (minutes or metres). Needed by maximal and set covering; reported by the others (0: none).</source>
            <translation>Coût de déplacement maximal considéré comme couvert, dans l’unité du coût (minutes ou mètres). Nécessaire aux couvertures maximale et d’ensemble ; indiqué pour les autres (0 : aucun).</translation>
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
            <source>Mobile</source>
            <translation>Mobile</translation>
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
            <source>No choice of sites satisfies the constraints (the solver proved it infeasible). Raise p or the capacities, or mark fewer sites as required.</source>
            <translation>Aucun choix de sites ne respecte les contraintes (le solveur a prouvé le problème irréalisable). Augmentez p ou les capacités, ou rendez moins de sites obligatoires.</translation>
        </message>
        <message>
            <source>No choice of {p} sites can serve all the demand within their capacities (some demand can reach only sites that are too small). Raise p or the capacities, or leave the capacity field empty.</source>
            <translation>Aucun choix de {p} sites ne peut servir toute la demande dans leurs capacités (une partie de la demande n’atteint que des sites trop petits). Augmentez p ou les capacités, ou laissez le champ de capacité vide.</translation>
        </message>
        <message>
            <source>No demand unit with a positive weight can reach a candidate site.</source>
            <translation>Aucune unité de demande de poids positif n’atteint un site candidat.</translation>
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
            <source>One point per chosen site: rank (1 = serves the most demand), demand served, number of demand units, mean and longest travel cost, demand within the cut-off and its share.</source>
            <translation>Un point par site retenu : rang (1 = sert la plus grande demande), demande servie, nombre d’unités de demande, déplacement moyen et le plus long, demande sous le seuil et sa part.</translation>
        </message>
        <message>
            <source>Optimise service locations</source>
            <translation>Optimiser l’implantation des services</translation>
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
            <source>Post</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposition</translation>
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
            <source>SMS</source>
            <translation>SMS</translation>
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
            <source>Segmentation</source>
            <translation>Segmentation</translation>
        </message>
        <message>
            <source>Selected sites</source>
            <translation>Sites retenus</translation>
        </message>
        <message>
            <source>Set covering has no number of sites to vary: no curve is drawn.</source>
            <translation>La couverture d’ensemble n’a pas de nombre de sites à faire varier : aucune courbe n’est tracée.</translation>
        </message>
        <message>
            <source>Share of demand covered</source>
            <translation>Part de la demande couverte</translation>
        </message>
        <message>
            <source>Share of the demand within the cut-off of a chosen site.</source>
            <translation>Part de la demande sous le seuil d’un site retenu.</translation>
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
            <source>Solution</source>
            <translation>Solution</translation>
        </message>
        <message>
            <source>Solver</source>
            <translation>Solveur</translation>
        </message>
        <message>
            <source>Some demand cannot reach any of the chosen sites; the objective counts the demand that can, and no bound is proven.</source>
            <translation>Une partie de la demande n’atteint aucun des sites retenus ; l’objectif ne compte que la demande qui les atteint, et aucune borne n’est prouvée.</translation>
        </message>
        <message>
            <source>Speed (km/h)</source>
            <translation>Vitesse (km/h)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Straight-line distance (metres)</source>
            <translation>Distance à vol d’oiseau (mètres)</translation>
        </message>
        <message>
            <source>Straight-line distance in a projected CRS, kept in metres or turned into minutes at the speed below.</source>
            <translation>Distance à vol d’oiseau dans un SCR projeté, gardée en mètres ou convertie en minutes à la vitesse ci-dessous.</translation>
        </message>
        <message>
            <source>Straight-line travel time (minutes)</source>
            <translation>Temps de trajet à vol d’oiseau (minutes)</translation>
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
            <source>The catalogue {catalogue} has no level {level}; its levels are: {levels}.</source>
            <translation>Le catalogue {catalogue} n’a pas de niveau {level} ; ses niveaux sont : {levels}.</translation>
        </message>
        <message>
            <source>The chosen sites, the comparison with today's sites, the objective, bound and gap, and the objective curve.</source>
            <translation>Les sites retenus, la comparaison avec les sites actuels, l’objectif, la borne et l’écart, et la courbe de l’objectif.</translation>
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
            <source>The layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>La couche {layer} n’a pas de champ {field}. Choisissez parmi : {fields}.</translation>
        </message>
        <message>
            <source>The level to report at, by its id (e.g. group, type; supergroup, group, subgroup). Codes at a finer level roll up through the catalogue. Empty: the coarsest level.</source>
            <translation>Le niveau auquel présenter les résultats, par son identifiant (par ex. group, type ; supergroup, group, subgroup). Les codes d’un niveau plus fin sont agrégés selon la hiérarchie du catalogue. Vide : le niveau le plus agrégé.</translation>
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
            <source>The required flags must have one value per candidate site.</source>
            <translation>Les indicateurs « obligatoire » doivent avoir une valeur par site candidat.</translation>
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
            <source>The time limit must be a positive number of seconds (got {value}).</source>
            <translation>Le temps limite doit être un nombre positif de secondes (reçu : {value}).</translation>
        </message>
        <message>
            <source>The travel speed must be a positive number of km/h (got {speed}).</source>
            <translation>La vitesse doit être un nombre positif de km/h (reçu : {speed}).</translation>
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
            <source>Total weighted cost</source>
            <translation>Coût pondéré total</translation>
        </message>
        <message>
            <source>Travel cost</source>
            <translation>Coût de déplacement</translation>
        </message>
        <message>
            <source>Turns straight-line distance into minutes: about 4.8 for walking, 30 for driving in town (the default), 50 for rural driving.</source>
            <translation>Convertit la distance à vol d’oiseau en minutes : environ 4,8 à pied, 30 en voiture en ville (par défaut), 50 en voiture à la campagne.</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Non classé</translation>
        </message>
        <message>
            <source>Unknown cost unit {unit}; use minutes or metres.</source>
            <translation>Unité de coût inconnue {unit} ; utilisez minutes ou mètres.</translation>
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
            <source>Upper bound</source>
            <translation>Borne supérieure</translation>
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
            <source>What the best set of sites achieves.</source>
            <translation>Ce que le meilleur ensemble de sites doit atteindre.</translation>
        </message>
        <message>
            <source>Where demand comes from: points, or polygons (their centroid is used).</source>
            <translation>D’où vient la demande : des points, ou des polygones (leur centroïde est utilisé).</translation>
        </message>
        <message>
            <source>Within the cut-off (%)</source>
            <translation>Sous le seuil (%)</translation>
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
            <source>candidate sites</source>
            <translation>sites candidats</translation>
        </message>
        <message>
            <source>current sites</source>
            <translation>sites actuels</translation>
        </message>
        <message>
            <source>demand</source>
            <translation>demande</translation>
        </message>
        <message>
            <source>heuristic solution with a proven bound</source>
            <translation>solution heuristique avec une borne prouvée</translation>
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
            <source>p = {p} sites are asked for but there are only {m} distinct candidate sites: lower p or add candidates.</source>
            <translation>p = {p} sites sont demandés mais il n’y a que {m} sites candidats distincts : réduisez p ou ajoutez des candidats.</translation>
        </message>
        <message>
            <source>proven optimal</source>
            <translation>optimum prouvé</translation>
        </message>
        <message>
            <source>stopped at the time limit</source>
            <translation>arrêté au temps limite</translation>
        </message>
        <message>
            <source>{code} (row {row})</source>
            <translation>{code} (ligne {row})</translation>
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
            <source>{n} demand units have no weight (NULL): {ids}. Give them a weight or remove them.</source>
            <translation>{n} unités de demande n’ont pas de poids (NULL) : {ids}. Donnez-leur un poids ou retirez-les.</translation>
        </message>
        <message>
            <source>{n} duplicate candidate sites were left out.</source>
            <translation>{n} sites candidats en double ont été écartés.</translation>
        </message>
        <message>
            <source>{n} segments of the catalogue {catalogue}.</source>
            <translation>{n} segments du catalogue {catalogue}.</translation>
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
            <source>{r} sites are required to stay open but p = {p}: raise p to at least {r} or mark fewer sites as required.</source>
            <translation>{r} sites doivent rester ouverts mais p = {p} : portez p à au moins {r} ou rendez moins de sites obligatoires.</translation>
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
