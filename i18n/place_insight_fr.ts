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
            <source>(no service)</source>
            <translation>(sans service)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>(ratings of {code})</source>
            <translation>(notes de {code})</translation>
        </message>
        <message>
            <source>0 (the default): link chosen answers closer than √(2A/(πN)), the radius of a circle that would hold two of the N chosen answers on average if they were spread at random over the study area A. Random answers then form only small groups, while an area where they are about three times as dense joins up into one cluster: areas of a square kilometre or so, the size analysts look for. The log gives the distance. A probability p instead gives CrimeStat's threshold, the mean random nearest-neighbour distance 0.5·√(A/N) plus t(p, N−1) standard errors 0.26136·√A/N (0.05 in CrimeStat): it links only pairs closer than random ones and finds fragments of such areas.</source>
            <translation>0 (par défaut) : relier les réponses retenues plus proches que √(2A/(πN)), le rayon d’un cercle qui contiendrait en moyenne deux des N réponses retenues si elles étaient réparties au hasard sur la surface d’étude A. Des réponses au hasard ne forment alors que de petits groupes, tandis qu’une zone où elles sont environ trois fois plus denses se réunit en un seul cluster : des zones d’un kilomètre carré environ, la taille que recherchent les analystes. Le journal donne la distance. Une probabilité p donne à la place le seuil de CrimeStat, la distance moyenne au plus proche voisin attendue au hasard 0,5·√(A/N) plus t(p, N−1) erreurs types 0,26136·√A/N (0,05 dans CrimeStat) : il ne relie que les paires plus proches que des paires au hasard et trouve des fragments de telles zones.</translation>
        </message>
        <message>
            <source>0: the default bandwidth (see Bandwidth).</source>
            <translation>0 : la largeur de bande par défaut (voir Largeur de bande).</translation>
        </message>
        <message>
            <source>1: first-order clusters only. 2 or more: as CrimeStat, the mean centres of the clusters of one order are clustered again into clusters of the next order, with the threshold distance recomputed from the number of clusters (same study area and rule); a higher-order cluster joins at least two clusters of the order below, and its polygon outlines all their points. Stops earlier when fewer than two clusters remain or the threshold is not positive.</source>
            <translation>1 : clusters de premier ordre seulement. 2 ou plus : comme dans CrimeStat, les centres moyens des clusters d’un ordre sont regroupés à leur tour en clusters de l’ordre suivant, avec la distance seuil recalculée d’après le nombre de clusters (même surface d’étude et même règle) ; un cluster d’ordre supérieur réunit au moins deux clusters de l’ordre inférieur, et son polygone entoure tous leurs points. S’arrête plus tôt quand il reste moins de deux clusters ou que la distance seuil n’est pas positive.</translation>
        </message>
        <message>
            <source>: {ratio} times as often ({low}–{high}; {test} test, p {p}).</source>
            <translation> : {ratio} fois plus souvent ({low}–{high} ; test {test}, p {p}).</translation>
        </message>
        <message>
            <source>; covered within {cutoff} {unit} {before} → {after}</source>
            <translation> ; demande couverte à moins de {cutoff} {unit} : {before} → {after}</translation>
        </message>
        <message>
            <source>; {actual} of them are in {target} today.</source>
            <translation> ; {actual} d’entre eux figurent aujourd’hui dans {target}.</translation>
        </message>
        <message>
            <source>A catalogue shipped with the plugin (hierarchy, names, colours, pen portraits). In qgis_process and Python its id also works (e.g. demo, oac2011).</source>
            <translation>Un catalogue fourni avec l’extension (hiérarchie, noms, couleurs, portraits). Dans qgis_process et en Python, son identifiant convient aussi (par exemple demo, oac2011).</translation>
        </message>
        <message>
            <source>A category field of the target</source>
            <translation>Un champ de catégorie de la cible</translation>
        </message>
        <message>
            <source>A cell size of {cell} gives a grid of {n} cells over these points, more than {limit}. Choose a larger cell size.</source>
            <translation>Une taille de cellule de {cell} donne une grille de {n} cellules sur ces points, plus que {limit}. Choisissez une taille de cellule plus grande.</translation>
        </message>
        <message>
            <source>A contact costs more than zero: {channels} cannot be used. Leave out a channel whose cost you do not know.</source>
            <translation>Un contact coûte plus que zéro : {channels} ne peut pas être utilisé. Laissez de côté un canal dont vous ne connaissez pas le coût.</translation>
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
            <source>A segment's expected share preferring a channel = the weight of its rating ÷ the sum of the weights of its ratings of every channel of the kind. A zone's share is the mean of its segments' shares, weighted by their {what}.</source>
            <translation>Part attendue d’un segment préférant un canal = le poids de sa note ÷ la somme des poids de ses notes de tous les canaux du même type. La part d’une zone est la moyenne des parts de ses segments, pondérée par leurs {what}.</translation>
        </message>
        <message>
            <source>A table (written with a segment field): a first row for everybody (code NULL), then one row per segment: count, today_mean and plan_mean (weighted mean travel cost to the nearest open site), mean_change, today_within and plan_within (count within the cut-off), within_change, the same as % of the segment (today_within_pct, plan_within_pct, within_pct_change) and low_numbers. The today columns are NULL without current sites.</source>
            <translation>Une table (écrite avec un champ de segment) : une première ligne pour tout le monde (code NULL), puis une ligne par segment : effectif, today_mean et plan_mean (coût de déplacement moyen pondéré jusqu’au site ouvert le plus proche), mean_change, today_within et plan_within (effectif en deçà du seuil), within_change, les mêmes en % du segment (today_within_pct, plan_within_pct, within_pct_change) et low_numbers. Les colonnes today sont NULL sans sites actuels.</translation>
        </message>
        <message>
            <source>A table (written with a segment field): for all facilities (facility_id NULL) and for the units nearest to each facility, per band (kind within), beyond the threshold (kind beyond) and with no facility (kind unreachable), one row per segment (for a single facility, per segment it serves): count, share (% of the group), base_count, base_share, index, reach (% of the segment in the group: the share of the segment within the band or beyond), low_numbers, rank and key.</source>
            <translation>Une table (écrite avec un champ de segment) : pour tous les équipements (facility_id NULL) et pour les unités les plus proches de chaque équipement, par tranche (kind within), au-delà du seuil (kind beyond) et sans équipement (kind unreachable), une ligne par segment (pour un seul équipement, par segment qu’il dessert) : effectif, share (% du groupe), base_count, base_share, index, reach (% du segment dans le groupe : la part du segment dans la tranche ou au-delà), low_numbers, rank et key.</translation>
        </message>
        <message>
            <source>A table (written with a segment field): for all facilities together (facility_id NULL) per band one row per segment of the base, and per facility and band one row per segment living there: count, share (% of the band), base_count and base_share (% of the whole base), index (share ÷ base share × 100), reach (% of the segment within the band), low_numbers, rank and key (the largest segments making up 75%).</source>
            <translation>Une table (écrite avec un champ de segment) : pour tous les équipements ensemble (facility_id NULL), par tranche, une ligne par segment de la base, et par équipement et tranche une ligne par segment qui y habite : effectif, share (% de la tranche), base_count et base_share (% de toute la base), index (part ÷ part dans la base × 100), reach (% du segment dans la tranche), low_numbers, rank et key (les plus grands segments formant 75 %).</translation>
        </message>
        <message>
            <source>A table of contacts: one row per service (or per service and channel), e.g. from the contact centre's records. Services are ranked by what the shift saves.</source>
            <translation>Une table des contacts : une ligne par service (ou par service et canal), par exemple tirée des enregistrements du centre de contact. Les services sont classés selon l’économie du report.</translation>
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
            <source>A take-up to aim at in every segment of the market, e.g. 80; empty: none.</source>
            <translation>Un taux d’adhésion visé dans chaque segment du marché, par ex. 80 ; vide : aucun.</translation>
        </message>
        <message>
            <source>A test is significant when its adjusted p-value is below this; intervals are at 1 − this confidence.</source>
            <translation>Un test est significatif quand sa p-valeur ajustée est inférieure à ce seuil ; les intervalles sont au niveau de confiance 1 − ce seuil.</translation>
        </message>
        <message>
            <source>A verdict per cluster in plain words.</source>
            <translation>Un verdict par cluster, en clair.</translation>
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
            <source>Access and channels by customer type</source>
            <translation>Accès et canaux par type de public</translation>
        </message>
        <message>
            <source>Access by segment</source>
            <translation>Accès par segment</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>Adjustment for many tests</source>
            <translation>Ajustement pour tests multiples</translation>
        </message>
        <message>
            <source>Against the rest: every category with all others together. Two categories: the first with the second.</source>
            <translation>Contre le reste : chaque catégorie contre toutes les autres réunies. Deux catégories : la première contre la seconde.</translation>
        </message>
        <message>
            <source>Against {base} · catalogue: {catalogue} · level: {level}</source>
            <translation>Par rapport à {base} · catalogue : {catalogue} · niveau : {level}</translation>
        </message>
        <message>
            <source>Algorithm id {id}; the parameters are given by the names shown beside them.</source>
            <translation>Identifiant de l’algorithme {id} ; les paramètres se donnent par les noms indiqués à côté d’eux.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>All contacts, when they are known only in total (0: none); shared between the zones by their residents.</source>
            <translation>Tous les contacts, quand on ne les connaît qu’au total (0 : aucun) ; répartis entre les zones selon leurs habitants.</translation>
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
            <source>Allowing for the search: the clusters were drawn where the answers were most extreme, so tests meant for areas fixed in advance would find "significant" clusters in data with nothing in them. The finder was run again, with the same settings, on {n} simulated data sets of each kind: the answers shuffled among the responses (for the share), and the responses placed again at postcode units in proportion to their {basis} (for the return rate); seed {seed}. A cluster's adjusted p-value is the share of simulations in which some cluster was at least as extreme (never less than its exact p-value); the verdicts rest on the adjusted p-values, both are shown.</source>
            <translation>Prise en compte de la recherche : les clusters ont été tracés là où les réponses étaient les plus extrêmes, si bien que des tests prévus pour des zones fixées à l’avance trouveraient des clusters « significatifs » dans des données où il n’y a rien. L’outil de recherche a été relancé, avec les mêmes réglages, sur {n} jeux de données simulés de chaque sorte : les réponses mélangées entre les répondants (pour la part), et les réponses replacées sur les unités postales en proportion de leurs {basis} (pour le taux de retour) ; graine {seed}. La valeur p ajustée d’un cluster est la part des simulations où un cluster au moins aussi extrême a été trouvé (jamais moins que sa valeur p exacte) ; les verdicts reposent sur les valeurs p ajustées, les deux sont affichées.</translation>
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
            <source>An HTML report: the result in words, the target market, the zones of most potential and the list.</source>
            <translation>Un rapport HTML : le résultat en mots, le marché cible, les zones au plus fort potentiel et la liste.</translation>
        </message>
        <message>
            <source>An HTML report: the tests in words, small multiples of the index, the cross-tabulation, the campaign.</source>
            <translation>Un rapport HTML : les tests en mots, les petits multiples de l’indice, le tableau croisé, la campagne.</translation>
        </message>
        <message>
            <source>Another QGIS is installing packages into this profile right now. Wait until it has finished, then restart QGIS.</source>
            <translation>Un autre QGIS installe en ce moment des paquets dans ce profil. Attendez qu'il ait fini, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Answer field</source>
            <translation>Champ de la réponse</translation>
        </message>
        <message>
            <source>Answers and incidents against the district</source>
            <translation>Réponses et incidents par rapport au territoire</translation>
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
            <source>Applies a segment profile to places. The target market is a set of segments: chosen, the profile's market at a coverage, or the segments whose index is above a threshold. For every zone (wards, catchments, or roads buffered by a distance) it gives the base count in the target market, its share, density per km² and index; the target records there today; the count expected at each segment's take-up across the whole base (the profile's penetration) or at a benchmark rate you give; the potential (expected − today) and a rank by potential. The target list holds the base units (postcodes…) of the target market in the chosen zones, largest potential first, with small counts suppressed when asked. The report says it in words: how many are in the target market, how many are in the target today, how many more could be reached.</source>
            <translation>Applique un profil de segments aux territoires. Le marché cible est un ensemble de segments : choisis, le marché du profil pour une couverture donnée, ou les segments dont l’indice dépasse un seuil. Pour chaque zone (quartiers, zones de desserte, ou routes entourées d’une zone tampon) il donne l’effectif de base du marché cible, sa part, sa densité au km² et son indice ; les enregistrements cibles présents aujourd’hui ; l’effectif attendu au taux d’adhésion de chaque segment sur toute la base (la pénétration du profil) ou à un taux de référence que vous fixez ; le potentiel (attendu − aujourd’hui) et un rang selon le potentiel. La liste cible contient les unités de base (codes postaux…) du marché cible dans les zones choisies, du plus fort potentiel au plus faible, avec les petits effectifs masqués sur demande. Le rapport le dit en mots : combien sont dans le marché cible, combien sont dans la cible aujourd’hui, combien de plus pourraient être atteints.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Area (%)</source>
            <translation>Zone (%)</translation>
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
            <source>Area each chosen site reaches</source>
            <translation>Zone atteinte par chaque site choisi</translation>
        </message>
        <message>
            <source>Area within reach</source>
            <translation>Zone à portée</translation>
        </message>
        <message>
            <source>Areas to compare (two authorities, wards…): split by zone. Records in no zone form the category (none).</source>
            <translation>Territoires à comparer (deux collectivités, des quartiers…) : répartition par zone. Les enregistrements hors de toute zone forment la catégorie (aucune).</translation>
        </message>
        <message>
            <source>At each segment's take-up across the whole base, {expected} would be expected: {more} more already are.</source>
            <translation>Au taux d’adhésion de chaque segment sur toute la base, {expected} seraient attendus : {more} de plus le sont déjà.</translation>
        </message>
        <message>
            <source>At each segment's take-up across the whole base, {expected} would be expected: {more} more could be reached.</source>
            <translation>Au taux d’adhésion de chaque segment sur toute la base, {expected} seraient attendus : {more} de plus pourraient être atteints.</translation>
        </message>
        <message>
            <source>At least two chosen answers are needed to find clusters.</source>
            <translation>Il faut au moins deux réponses retenues pour trouver des clusters.</translation>
        </message>
        <message>
            <source>At least two located base units are needed for a demand surface.</source>
            <translation>Il faut au moins deux unités de base localisées pour une surface de demande.</translation>
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
            <source>At the benchmark</source>
            <translation>Au taux de référence</translation>
        </message>
        <message>
            <source>At the benchmark rate − today (NULL without).</source>
            <translation>Au taux de référence − aujourd’hui (NULL sans taux de référence).</translation>
        </message>
        <message>
            <source>At the benchmark rate, {expected} would be: {more} fewer than today.</source>
            <translation>Au taux de référence, ils seraient {expected} : {more} de moins qu’aujourd’hui.</translation>
        </message>
        <message>
            <source>At the benchmark rate, {expected} would be: {more} more.</source>
            <translation>Au taux de référence, ils seraient {expected} : {more} de plus.</translation>
        </message>
        <message>
            <source>At the benchmark: the market's base count × the benchmark rate − the target records there today: how many more would take up at that rate. Zones and units are ranked by it.</source>
            <translation>Au taux de référence : l’effectif de base du marché × le taux de référence − les enregistrements cibles présents aujourd’hui : combien de plus adhéreraient à ce taux. Les zones et les unités sont classées selon ce potentiel.</translation>
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
            <source>Base count of the market in the listed zones.</source>
            <translation>Effectif de base du marché dans les zones listées.</translation>
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
            <source>Base points count wholly in every zone containing them; base polygons are shared between zones in proportion to the part of their area inside each. Target records count at the base unit they were placed at.</source>
            <translation>Les points de base comptent entièrement dans chaque zone qui les contient ; les polygones de base sont répartis entre les zones au prorata de la part de leur surface dans chacune. Les enregistrements cibles comptent dans l’unité de base où ils ont été placés.</translation>
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
            <source>Base units with a segment code: points (households, postcodes), counted in every zone containing them, or polygons (output areas), shared by area.</source>
            <translation>Unités de base avec un code de segment : points (ménages, codes postaux), comptés dans chaque zone qui les contient, ou polygones (îlots), répartis selon la surface.</translation>
        </message>
        <message>
            <source>Base units within this distance of a line zone (a road) belong to it. Not used for polygons.</source>
            <translation>Les unités de base à moins de cette distance d’une zone linéaire (une route) lui appartiennent. Sans effet pour les polygones.</translation>
        </message>
        <message>
            <source>Below average</source>
            <translation>En dessous de la moyenne</translation>
        </message>
        <message>
            <source>Benchmark %</source>
            <translation>Référence %</translation>
        </message>
        <message>
            <source>Benchmark rate (%)</source>
            <translation>Taux de référence (%)</translation>
        </message>
        <message>
            <source>Benchmark rates are take-ups in % from 0 to 100: {rates} cannot be.</source>
            <translation>Les taux de référence sont des taux d’adhésion en % de 0 à 100 : {rates} est impossible.</translation>
        </message>
        <message>
            <source>Benchmark rates per segment</source>
            <translation>Taux de référence par segment</translation>
        </message>
        <message>
            <source>Benjamini–Hochberg (false discovery rate)</source>
            <translation>Benjamini–Hochberg (taux de fausses découvertes)</translation>
        </message>
        <message>
            <source>Benjamini–Hochberg (the expected share of false findings stays below α)</source>
            <translation>Benjamini–Hochberg (la part attendue de fausses découvertes reste sous α)</translation>
        </message>
        <message>
            <source>Best served: {segments}.</source>
            <translation>Les mieux desservis : {segments}.</translation>
        </message>
        <message>
            <source>Best ways to reach them</source>
            <translation>Meilleurs moyens de les joindre</translation>
        </message>
        <message>
            <source>Beyond {threshold} min (%)</source>
            <translation>Au-delà de {threshold} min (%)</translation>
        </message>
        <message>
            <source>Beyond {threshold} min of every facility: {share}% of everybody.</source>
            <translation>Au-delà de {threshold} min de tout équipement : {share} % de l’ensemble.</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Borne</translation>
        </message>
        <message>
            <source>Buffer around line zones (metres)</source>
            <translation>Zone tampon autour des zones linéaires (mètres)</translation>
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
            <source>Builds a routable walk, cycle and drive network from roads (OSM, Open Roads…): speeds, one-way streets, islands.</source>
            <translation>Construit un réseau routable à pied, à vélo et en voiture à partir des routes (OSM, Open Roads…) : vitesses, sens uniques, îlots.</translation>
        </message>
        <message>
            <source>Campaign — hypothesis: the targeted and the other group respond at the same rate. Response rates with exact Clopper–Pearson intervals; ratio of the rates with Katz's log interval; z-test of two proportions, or Fisher's exact test with small counts; the per-segment ratios' p-values adjusted as above. Each contact counts 1.</source>
            <translation>Campagne — hypothèse : le groupe ciblé et l’autre groupe répondent au même taux. Taux de réponse avec intervalles exacts de Clopper–Pearson ; rapport des taux avec l’intervalle logarithmique de Katz ; test z de deux proportions, ou test exact de Fisher pour les petits effectifs ; p-valeurs des rapports par segment ajustées comme ci-dessus. Chaque contact compte pour 1.</translation>
        </message>
        <message>
            <source>Campaign: response by segment</source>
            <translation>Campagne : réponse par segment</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelled by the user: no output was written.</source>
            <translation>Annulé par l’utilisateur : aucune sortie n’a été écrite.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was installed.</source>
            <translation>Annulé : rien n'a été installé.</translation>
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
            <source>Catalogue files: the JSON and CSV formats</source>
            <translation>Fichiers de catalogue : les formats JSON et CSV</translation>
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
            <source>Catchments by customer type</source>
            <translation>Zones de desserte par type de public</translation>
        </message>
        <message>
            <source>Catchments report by segment</source>
            <translation>Rapport des zones de desserte par segment</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Categories that differ</source>
            <translation>Catégories qui diffèrent</translation>
        </message>
        <message>
            <source>Categories whose spread over the segments differs significantly.</source>
            <translation>Catégories dont la répartition entre les segments diffère significativement.</translation>
        </message>
        <message>
            <source>Category field</source>
            <translation>Champ de catégorie</translation>
        </message>
        <message>
            <source>Category field: one category per value (NULL values form the category (none), reported). Layer: the target and each further layer. Zone: the zone containing the record (or its base unit).</source>
            <translation>Champ de catégorie : une catégorie par valeur (les valeurs NULL forment la catégorie (aucune), signalée). Couche : la cible et chaque couche supplémentaire. Zone : la zone qui contient l’enregistrement (ou son unité de base).</translation>
        </message>
        <message>
            <source>Cell size of the surface. 0: a fifth of the radius.</source>
            <translation>Taille des cellules de la surface. 0 : un cinquième du rayon.</translation>
        </message>
        <message>
            <source>Change ({unit})</source>
            <translation>Évolution ({unit})</translation>
        </message>
        <message>
            <source>Change within the cut-off</source>
            <translation>Évolution en deçà du seuil</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Channel demand</source>
            <translation>Demande par canal</translation>
        </message>
        <message>
            <source>Channel demand and shift</source>
            <translation>Demande par canal et report de canal</translation>
        </message>
        <message>
            <source>Channel demand by catchment</source>
            <translation>Demande par canal par zone de desserte</translation>
        </message>
        <message>
            <source>Channel demand report</source>
            <translation>Rapport de demande par canal</translation>
        </message>
        <message>
            <source>Channel field</source>
            <translation>Champ du canal</translation>
        </message>
        <message>
            <source>Channel of the surface</source>
            <translation>Canal de la surface</translation>
        </message>
        <message>
            <source>Channel shift</source>
            <translation>Report de canal</translation>
        </message>
        <message>
            <source>Channel shift by service</source>
            <translation>Report de canal par service</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>Checks each cluster of survey answers against the district. Return rate: exact one-sided binomial test on the responses, conditional on the district's total, with the cluster's share of the district's households (or of its postcode units when no household field is given) as the probability; the cluster is verified when its return rate is not significantly greater than the district's. Share of chosen answers: exact one-sided binomial test against the district's share. Incidents: rate ratio per household (or per km²) against the district with an exact Clopper–Pearson confidence interval (conditional binomial), and the overlap with incident clusters. Clusters found by 'Find survey clusters' in the same answers were drawn where the answers are most extreme, so these exact tests, meant for areas fixed in advance, would find clusters in answers with nothing in them: the search is then simulated (answers shuffled among the responses; responses placed again at postcode units in proportion to households), the same finder run again on each simulated data set, and each cluster compared with the most extreme cluster of every simulation. The adjusted p-values are reported beside the exact ones and decide the verdicts. Disparity: 'fear without crime' when the cluster is verified (return rate ordinary), the answers are significantly concentrated and incidents are not elevated; 'crime without fear' when incidents are elevated and the answers are not. Results on fewer than 30 responses are flagged. With a segmented base layer, it also names the dominant segments living in each cluster (the largest ones making 75% of it, at most five) with their share and index against the whole base. The HTML report explains every verdict in plain words.</source>
            <translation>Compare chaque cluster de réponses à l’enquête avec le territoire. Taux de retour : test binomial exact unilatéral sur les réponses, conditionnel au total du territoire, avec pour probabilité la part des ménages du territoire située dans le cluster (ou de ses unités postales si aucun champ de ménages n’est donné) ; le cluster est vérifié quand son taux de retour n’est pas significativement supérieur à celui du territoire. Part des réponses retenues : test binomial exact unilatéral par rapport à la part du territoire. Incidents : rapport de taux par ménage (ou par km²) par rapport au territoire, avec un intervalle de confiance exact de Clopper–Pearson (binomiale conditionnelle), et le recouvrement avec les clusters d’incidents. Les clusters trouvés par « Trouver des clusters d’enquête » dans les mêmes réponses ont été tracés là où les réponses sont les plus extrêmes, si bien que ces tests exacts, prévus pour des zones fixées à l’avance, trouveraient des clusters dans des réponses où il n’y a rien : la recherche est alors simulée (réponses mélangées entre les répondants ; réponses replacées sur les unités postales en proportion des ménages), le même outil de recherche relancé sur chaque jeu simulé, et chaque cluster comparé au cluster le plus extrême de chaque simulation. Les valeurs p ajustées sont données à côté des valeurs exactes et décident des verdicts. Disparité : « peur sans délinquance » quand le cluster est vérifié (taux de retour ordinaire), que les réponses y sont significativement concentrées et que les incidents n’y sont pas élevés ; « délinquance sans peur » quand les incidents sont élevés et les réponses non. Les résultats reposant sur moins de 30 réponses sont signalés. Avec une couche de base segmentée, l’algorithme nomme aussi les segments dominants qui vivent dans chaque cluster (les plus grands, qui en font ensemble 75 %, cinq au plus) avec leur part et leur indice par rapport à toute la base. Le rapport HTML explique chaque verdict en termes simples.</translation>
        </message>
        <message>
            <source>Checks survey clusters against the district: response rate, answers, crime, residents.</source>
            <translation>Vérifie les clusters d’enquête par rapport au territoire : taux de réponse, réponses, délinquance, habitants.</translation>
        </message>
        <message>
            <source>Choices: {choices}</source>
            <translation>Choix : {choices}</translation>
        </message>
        <message>
            <source>Choose a classification catalogue and level.</source>
            <translation>Choisissez un catalogue de classification et un niveau.</translation>
        </message>
        <message>
            <source>Choose a layer and the field that holds its segment codes.</source>
            <translation>Choisissez une couche et le champ qui contient ses codes de segment.</translation>
        </message>
        <message>
            <source>Choose a road network: a line layer or Build network's edges in '{layer}', or a network file in '{file}'.</source>
            <translation>Choisissez un réseau routier : une couche de lignes ou les tronçons de Construire le réseau dans « {layer} », ou un fichier de réseau dans « {file} ».</translation>
        </message>
        <message>
            <source>Choose a road network: a line layer or a network file.</source>
            <translation>Choisissez un réseau routier : une couche de lignes ou un fichier de réseau.</translation>
        </message>
        <message>
            <source>Choose the base key field that the target's key {field} joins.</source>
            <translation>Choisissez le champ clé de la base auquel se joint la clé {field} de la cible.</translation>
        </message>
        <message>
            <source>Choose the base layer whose segment field breaks the catchments down.</source>
            <translation>Choisissez la couche de base dont le champ de segment ventile les zones de desserte.</translation>
        </message>
        <message>
            <source>Choose the category field of the target, or split the target another way.</source>
            <translation>Choisissez le champ de catégorie de la cible, ou répartissez la cible autrement.</translation>
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
            <source>Choose the zones to split the target by.</source>
            <translation>Choisissez les zones selon lesquelles répartir la cible.</translation>
        </message>
        <message>
            <source>Choose the {parameter}: the chosen way of placing target records needs it.</source>
            <translation>Choisissez le paramètre « {parameter} » : la manière choisie de placer les enregistrements cibles en a besoin.</translation>
        </message>
        <message>
            <source>Chooses N of the candidate sites so that demand travels least, and draws what each one reaches.</source>
            <translation>Choisit N sites candidats pour que la demande se déplace le moins possible, et dessine ce que chacun atteint.</translation>
        </message>
        <message>
            <source>Chooses where to deliver a service among candidate sites, for the demand of a point or polygon layer (polygons by centroid): minimise the weighted travel cost with p sites (p-median, optionally with site capacities), maximise the demand covered within a cut-off with p sites (maximal covering), find the fewest sites that cover all demand within the cut-off (set covering) or minimise the longest travel cost with p sites (p-center). Travel cost is the travel time along a road network (walk, cycle or drive, through the same engine and session cache as the catchments), or the straight-line distance in a projected CRS, in metres or in minutes at a chosen speed; the report says which. The exact solver is a mixed-integer programme solved by HiGHS; the heuristic (greedy start, vertex substitution, seeded perturbations; for capacities, a Lagrangian heuristic) handles large problems and reports a proven bound and gap. Compare the result with today's sites in the HTML report; with the demand's segment field, the report and a table say, for each segment of a classification, how its mean travel cost and its share within the cut-off change from today's sites to the plan, and name the customer types that gain and lose.</source>
            <translation>Choisit où offrir un service parmi des sites candidats, pour la demande d’une couche de points ou de polygones (polygones par leur centroïde) : minimiser le coût de déplacement pondéré avec p sites (p-médian, éventuellement avec des capacités), maximiser la demande couverte en deçà d’un seuil avec p sites (couverture maximale), trouver le moins de sites couvrant toute la demande en deçà du seuil (couverture d’ensemble) ou minimiser le plus long déplacement avec p sites (p-centre). Le coût de déplacement est le temps de trajet sur un réseau routier (à pied, à vélo ou en voiture, par le même moteur et le même cache de session que les zones de desserte), ou la distance à vol d’oiseau dans un SCR projeté, en mètres ou en minutes à une vitesse choisie ; le rapport précise lequel. Le solveur exact est un programme linéaire en nombres entiers résolu par HiGHS ; l’heuristique (départ glouton, substitution de sommets, perturbations à graine ; pour les capacités, une heuristique lagrangienne) traite les grands problèmes et donne une borne prouvée et l’écart. Comparez le résultat aux sites actuels dans le rapport HTML ; avec le champ de segment de la demande, le rapport et une table indiquent, pour chaque segment d’une classification, comment son coût de déplacement moyen et sa part en deçà du seuil évoluent des sites actuels au plan, et nomment les types de public qui y gagnent et qui y perdent.</translation>
        </message>
        <message>
            <source>Chooses where to put N service points (location-allocation: p-median, covering, p-center).</source>
            <translation>Choisit où implanter N points de service (localisation-affectation : p-médian, couverture, p-centre).</translation>
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
            <source>Chosen sites</source>
            <translation>Sites choisis</translation>
        </message>
        <message>
            <source>Classification catalogue</source>
            <translation>Catalogue de classification</translation>
        </message>
        <message>
            <source>Clients, payers, users…: the portrait then shows the area's potential for them.</source>
            <translation>Clients, payeurs, usagers… : le portrait montre alors le potentiel du territoire pour eux.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
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
            <source>Cluster polygons: cluster_id, method, order (1; 2, 3… for nearest-neighbour clusters of clusters; always 1 for the other methods, so that 'order = 1' selects the base clusters of any method), chosen (chosen answers inside), responses (all records inside), share, area_km2, density (chosen answers per km²), members (cells, units or points that make the cluster; clusters of the order below for higher orders), peak_density (density methods), max_z (Gi*), search (this run's settings, for 'Verify survey clusters' to run the same search on simulated data). Grid methods give merged cells; point methods an alpha shape (convex hull when it is empty) with a margin.</source>
            <translation>Polygones des clusters : cluster_id, method, order (1 ; 2, 3… pour les clusters de clusters par plus proche voisin ; toujours 1 pour les autres méthodes, de sorte que « order = 1 » sélectionne les clusters de base quelle que soit la méthode), chosen (réponses retenues à l’intérieur), responses (tous les enregistrements à l’intérieur), share, area_km2, density (réponses retenues par km²), members (cellules, unités ou points qui forment le cluster ; clusters de l’ordre inférieur pour les ordres supérieurs), peak_density (méthodes de densité), max_z (Gi*), search (les réglages de cette exécution, pour que « Vérifier les clusters d’enquête » relance la même recherche sur des données simulées). Les méthodes sur grille donnent des cellules fusionnées ; les méthodes sur points une forme alpha (enveloppe convexe si elle est vide) avec une marge.</translation>
        </message>
        <message>
            <source>Cluster {id} contains no postcode unit, so its return rate cannot be checked.</source>
            <translation>Le cluster {id} ne contient aucune unité postale : son taux de retour ne peut pas être contrôlé.</translation>
        </message>
        <message>
            <source>Cluster {id}: return rate high (not verified). Its {n} responses from {postcodes} postcode units ({rate} {unit}, district {district}) are significantly more than the district's return rate would give ({ratio} times, {p}), so it may simply be where more people answered the survey.</source>
            <translation>Le cluster {id} : taux de retour élevé (non vérifié). Ses {n} réponses venant de {postcodes} unités postales ({rate} {unit}, territoire {district}) sont significativement plus nombreuses que ne le donnerait le taux de retour du territoire ({ratio} fois, {p}) ; il se peut donc simplement que davantage de personnes y aient répondu à l’enquête.</translation>
        </message>
        <message>
            <source>Cluster {id}: return rate ordinary (verified). Its {n} responses from {postcodes} postcode units ({rate} {unit}, district {district}) are not significantly more than the district's return rate would give ({ratio} times, {p}).</source>
            <translation>Le cluster {id} : taux de retour ordinaire (vérifié). Ses {n} réponses venant de {postcodes} unités postales ({rate} {unit}, territoire {district}) ne sont pas significativement plus nombreuses que ne le donnerait le taux de retour du territoire ({ratio} fois, {p}).</translation>
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
            <source>Clusters of chosen answers</source>
            <translation>Clusters de réponses retenues</translation>
        </message>
        <message>
            <source>Clusters of fear without crime</source>
            <translation>Clusters de peur sans délinquance</translation>
        </message>
        <message>
            <source>Clusters of significantly concentrated answers</source>
            <translation>Clusters de réponses significativement concentrées</translation>
        </message>
        <message>
            <source>Clusters with fewer chosen answers are dropped (every method).</source>
            <translation>Les clusters ayant moins de réponses retenues sont écartés (toutes les méthodes).</translation>
        </message>
        <message>
            <source>Coarsest level of the catalogue</source>
            <translation>Niveau le plus large du catalogue</translation>
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
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Compare profiles</source>
            <translation>Comparer des profils</translation>
        </message>
        <message>
            <source>Compared profiles</source>
            <translation>Profils comparés</translation>
        </message>
        <message>
            <source>Compared profiles: {target}</source>
            <translation>Profils comparés : {target}</translation>
        </message>
        <message>
            <source>Compares a target (clients, respondents, claimants…) with a base (households, postcodes, output areas) segment by segment at a chosen level of a classification: counts, shares, index = target % ÷ base % × 100, rank, penetration per 1,000, a two-sided exact binomial test against the base share, low-number flags, cumulative shares and the target market (the fewest segments, largest first, covering the chosen share of the target). Run it twice to compare against households and against population. Target records that match no segment are counted and listed by key in the log and the report.</source>
            <translation>Compare une cible (usagers, répondants, allocataires…) à une base (ménages, codes postaux, zones de recensement), segment par segment, à un niveau choisi d’une classification : effectifs, parts, indice = % cible ÷ % base × 100, rang, taux de pénétration pour 1 000, test binomial exact bilatéral par rapport à la part dans la base, signalement des petits effectifs, parts cumulées et marché cible (le moins de segments possible, des plus grands aux plus petits, couvrant la part choisie de la cible). Lancez-le deux fois pour comparer aux ménages puis à la population. Les enregistrements cibles qui ne trouvent aucun segment sont comptés et listés par clé dans le journal et le rapport.</translation>
        </message>
        <message>
            <source>Comparison report</source>
            <translation>Rapport de comparaison</translation>
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
            <source>Contact volumes are given without costs per contact: no channel-shift scenario is made.</source>
            <translation>Des volumes de contacts sont donnés sans coût par contact : aucun scénario de report de canal n’est calculé.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts field</source>
            <translation>Champ des contacts</translation>
        </message>
        <message>
            <source>Contacts from each zone (a year, a month…). Empty: the total below (or of the services table) is shared between the zones in proportion to their residents.</source>
            <translation>Les contacts venus de chaque zone (sur un an, un mois…). Vide : le total ci-dessous (ou celui de la table des services) est réparti entre les zones au prorata de leurs habitants.</translation>
        </message>
        <message>
            <source>Contacts in total</source>
            <translation>Contacts au total</translation>
        </message>
        <message>
            <source>Contacts moved</source>
            <translation>Contacts reportés</translation>
        </message>
        <message>
            <source>Contacts of each row. Empty: each row is one contact.</source>
            <translation>Les contacts de chaque ligne. Vide : chaque ligne est un contact.</translation>
        </message>
        <message>
            <source>Contacts per service</source>
            <translation>Contacts par service</translation>
        </message>
        <message>
            <source>Contacts per zone field</source>
            <translation>Champ des contacts par zone</translation>
        </message>
        <message>
            <source>Contacts that move to a cheaper channel in the scenario.</source>
            <translation>Les contacts qui passent à un canal moins cher dans le scénario.</translation>
        </message>
        <message>
            <source>Contacts through channels without a cost are left out of the costs: {channels}.</source>
            <translation>Les contacts par des canaux sans coût sont exclus des coûts : {channels}.</translation>
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
            <source>Copy the portrait as plain text to the clipboard.</source>
            <translation>Copier le portrait en texte brut dans le presse-papiers.</translation>
        </message>
        <message>
            <source>Cost of today's contacts (0 without a scenario).</source>
            <translation>Le coût des contacts actuels (0 sans scénario).</translation>
        </message>
        <message>
            <source>Cost per contact</source>
            <translation>Coût par contact</translation>
        </message>
        <message>
            <source>Cost per contact by channel</source>
            <translation>Coût par contact et par canal</translation>
        </message>
        <message>
            <source>Cost per contact: {costs}. A contact made today through a channel by someone who prefers a cheaper one moves to it with a probability of {realised}% (the share of preference realised); today's channel and the preferred one are taken as independent, and no contact moves to a dearer channel.</source>
            <translation>Coût par contact : {costs}. Un contact passé aujourd’hui par un canal par quelqu’un qui en préfère un moins cher y passe avec une probabilité de {realised} % (la part de préférence réalisée) ; le canal actuel et le canal préféré sont supposés indépendants, et aucun contact ne passe à un canal plus cher.</translation>
        </message>
        <message>
            <source>Cost today</source>
            <translation>Coût actuel</translation>
        </message>
        <message>
            <source>Costs per contact are given without contact volumes: no channel-shift scenario is made.</source>
            <translation>Des coûts par contact sont donnés sans volumes de contacts : aucun scénario de report de canal n’est calculé.</translation>
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
            <source>Count field of the segments</source>
            <translation>Champ d’effectif des segments</translation>
        </message>
        <message>
            <source>Count fields</source>
            <translation>Champs à additionner</translation>
        </message>
        <message>
            <source>Counts as placed, before suppression: keep this table on your desk.</source>
            <translation>Effectifs tels que placés, avant masquage : ne diffusez pas ce tableau.</translation>
        </message>
        <message>
            <source>Counts below this are flagged as low numbers.</source>
            <translation>Les effectifs inférieurs à ce seuil sont signalés comme petits effectifs.</translation>
        </message>
        <message>
            <source>Coverage cut-off</source>
            <translation>Seuil de couverture</translation>
        </message>
        <message>
            <source>Crime and anti-social behaviour</source>
            <translation>Délinquance et incivilités</translation>
        </message>
        <message>
            <source>Crime without fear</source>
            <translation>Délinquance sans peur</translation>
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
            <source>Cross-tabulation: segments by category</source>
            <translation>Tableau croisé : segments par catégorie</translation>
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
            <source>Customer types: who gains and who loses</source>
            <translation>Types de public : qui gagne et qui perd</translation>
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
            <source>Cycle island (cut off from the main network)</source>
            <translation>Îlot vélo (coupé du réseau principal)</translation>
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
            <source>Demand surface</source>
            <translation>Surface de demande</translation>
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
            <source>Density above a percentile: percentile</source>
            <translation>Densité au-dessus d’un centile : centile</translation>
        </message>
        <message>
            <source>Density method: cells whose density of chosen answers exceeds this percentile of the densities over the surveyed area form clusters.</source>
            <translation>Méthode de densité : les cellules dont la densité de réponses retenues dépasse ce centile des densités de la zone enquêtée forment des clusters.</translation>
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
            <source>Disparity: fear without crime when the cluster is verified, the chosen answers are significantly concentrated and incidents are not elevated; crime without fear when incidents are elevated and the answers are not. Where the answers are concentrated but the return rate is not shown to be ordinary, fear and crime are not compared.</source>
            <translation>Disparité : peur sans délinquance quand le cluster est vérifié, que les réponses retenues y sont significativement concentrées et que les incidents n’y sont pas élevés ; délinquance sans peur quand les incidents sont élevés et les réponses non. Là où les réponses sont concentrées mais où le taux de retour n’est pas établi comme ordinaire, peur et délinquance ne sont pas comparées.</translation>
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
            <source>Distribution test — hypothesis: the category's records are spread over the segments in the same proportions as {versus}'s. Pearson's chi-square test of the 2 × k table; where its approximation is doubtful (an expected count below 1, or more than a fifth below 5) a Monte Carlo p-value: the share of up to {n} tables drawn at random with the same margins whose chi-square is at least the observed one (stopped early once 20 are).</source>
            <translation>Test de répartition — hypothèse : les enregistrements de la catégorie se répartissent entre les segments dans les mêmes proportions que ceux de {versus}. Test du khi-deux de Pearson sur le tableau 2 × k ; quand son approximation est douteuse (un effectif attendu inférieur à 1, ou plus d’un cinquième inférieurs à 5), une p-valeur de Monte-Carlo : la part de tableaux tirés au hasard avec les mêmes marges (jusqu’à {n}) dont le khi-deux atteint au moins celui observé (arrêt anticipé dès que 20 l’atteignent).</translation>
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
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <source>Draw a polygon on the map: click its corners, right-click to finish.</source>
            <translation>Dessiner un polygone sur la carte : cliquez sur ses sommets, clic droit pour terminer.</translation>
        </message>
        <message>
            <source>Draw a rectangle on the map: press, drag and release.</source>
            <translation>Dessiner un rectangle sur la carte : appuyez, faites glisser puis relâchez.</translation>
        </message>
        <message>
            <source>Draw an area on the map (polygon or rectangle).</source>
            <translation>Dessinez une zone sur la carte (polygone ou rectangle).</translation>
        </message>
        <message>
            <source>Drawn area</source>
            <translation>Zone dessinée</translation>
        </message>
        <message>
            <source>Draws the areas reachable from each facility within time bands (for example 5, 10 and 15 minutes) by walking, cycling or driving along the road network, and counts the households or population of a base layer inside each. The network is searched with a bounded multi-source Dijkstra from the exact point where each facility meets the road; roads that are only partly reached are cut where the time runs out. Bands are cumulative: the 10-minute area contains the 5-minute one. With the base's segment field, it also writes who lives within each band by segment of a classification (count, share, index against the whole base, key groups), for each facility and for all facilities together, with a report.</source>
            <translation>Dessine les zones atteignables depuis chaque équipement dans des tranches de temps (par exemple 5, 10 et 15 minutes) à pied, à vélo ou en voiture sur le réseau routier, et compte les ménages ou la population d’une couche de base dans chacune. Le réseau est parcouru par un Dijkstra multi-source borné depuis le point exact où chaque équipement rejoint la route ; les routes atteintes en partie sont coupées là où le temps s’épuise. Les tranches sont cumulatives : la zone de 10 minutes contient celle de 5 minutes. Avec le champ de segment de la base, il écrit aussi qui habite dans chaque tranche, par segment d’une classification (effectif, part, indice par rapport à toute la base, groupes clés), pour chaque équipement et pour tous les équipements ensemble, avec un rapport.</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Voiture</translation>
        </message>
        <message>
            <source>Drive island (cut off from the main network)</source>
            <translation>Îlot voiture (coupé du réseau principal)</translation>
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
            <source>Each category against the rest</source>
            <translation>Chaque catégorie contre le reste</translation>
        </message>
        <message>
            <source>Each demand unit to the site serving it.</source>
            <translation>Chaque unité de demande vers le site qui la sert.</translation>
        </message>
        <message>
            <source>Each demand unit's nearest facility by travel time, and the share of demand within time bands.</source>
            <translation>L’équipement le plus proche de chaque unité de demande en temps de trajet, et la part de la demande par tranche de temps.</translation>
        </message>
        <message>
            <source>Each demand unit's travel cost to its nearest open site, weighted by its count; units that reach no site count as beyond the cut-off and are left out of the means.</source>
            <translation>Le coût de déplacement de chaque unité de demande jusqu’au site ouvert le plus proche, pondéré par son effectif ; les unités qui n’atteignent aucun site comptent au-delà du seuil et sont exclues des moyennes.</translation>
        </message>
        <message>
            <source>Each facility within {band} min</source>
            <translation>Chaque équipement à moins de {band} min</translation>
        </message>
        <message>
            <source>Each point is the best solution found for that number of sites.</source>
            <translation>Chaque point est la meilleure solution trouvée pour ce nombre de sites.</translation>
        </message>
        <message>
            <source>Each segment within the bands</source>
            <translation>Chaque segment dans les tranches</translation>
        </message>
        <message>
            <source>Each segment's residents are shared between the channels in proportion to a weight of the channel's rating: Low to High weigh {weights}.</source>
            <translation>Les habitants de chaque segment sont répartis entre les canaux au prorata d’un poids de la note du canal : de Faible à Élevé, les poids sont {weights}.</translation>
        </message>
        <message>
            <source>Each segment's share within every band and beyond the threshold against everybody, the segments most often beyond named, and who lives within the largest band.</source>
            <translation>La part de chaque segment dans chaque tranche et au-delà du seuil, comparée à l’ensemble, les segments le plus souvent au-delà nommés, et qui habite dans la plus grande tranche.</translation>
        </message>
        <message>
            <source>Each step up the scale doubles the weight (a multinomial logit with the rating as utility, β = ln 2).</source>
            <translation>Chaque échelon de l’échelle double le poids (un logit multinomial avec la note pour utilité, β = ln 2).</translation>
        </message>
        <message>
            <source>Each unit counts at its nearest facility by travel time. Bands are cumulative (within 10 min includes within 5). Beyond: farther than the threshold from every facility, or reaching none.</source>
            <translation>Chaque unité compte à son équipement le plus proche en temps de trajet. Les tranches sont cumulatives (moins de 10 min inclut moins de 5). Au-delà : plus loin que le seuil de tout équipement, ou n’en atteignant aucun.</translation>
        </message>
        <message>
            <source>Estimates how the residents of each zone prefer to be served and informed, from the zone's segment mix and the catalogue's channel ratings, and ranks the zones by expected face-to-face demand. The model: a segment's residents are shared between the channels of a kind (service, information) in proportion to a weight of each channel's rating — by default 1, 2, 4, 8 and 16 from Low to High, each step doubling the weight; a zone's share is the mean of its segments' shares weighted by their counts. Segments without ratings take their parent's (stated) or are left out (named). A surface shows where residents preferring a chosen channel live (kernel density over the base units). With costs per contact and contact volumes (per zone, per service or in total) it prices today's contacts and a channel-shift scenario: a contact made through a channel by someone who prefers a cheaper one moves with the chance you give; the report ranks zones and services by the saving.</source>
            <translation>Estime comment les habitants de chaque zone préfèrent être servis et informés, à partir de la composition par segment de la zone et des notes de canaux du catalogue, et classe les zones selon la demande attendue de face-à-face. Le modèle : les habitants d’un segment sont répartis entre les canaux d’un même type (service, information) au prorata d’un poids de la note de chaque canal — par défaut 1, 2, 4, 8 et 16 de Faible à Élevé, chaque échelon doublant le poids ; la part d’une zone est la moyenne des parts de ses segments pondérée par leurs effectifs. Les segments sans notes prennent celles de leur parent (c’est indiqué) ou sont exclus (nommés). Une surface montre où vivent les habitants qui préfèrent un canal choisi (densité par noyau sur les unités de base). Avec des coûts par contact et des volumes de contacts (par zone, par service ou au total), il chiffre les contacts actuels et un scénario de report de canal : un contact passé par un canal par quelqu’un qui en préfère un moins cher y passe avec la probabilité que vous donnez ; le rapport classe les zones et les services selon l’économie.</translation>
        </message>
        <message>
            <source>Every Python package Place Insight needs is installed.</source>
            <translation>Tous les paquets Python dont Place Insight a besoin sont installés.</translation>
        </message>
        <message>
            <source>Every answered record of {layer} gives the same answer ({value}): shares of chosen answers cannot differ between places, so the share tests and the share method tell nothing.</source>
            <translation>Tous les enregistrements renseignés de {layer} donnent la même réponse ({value}) : la part des réponses retenues ne peut pas varier d’un endroit à l’autre, les tests de part et la méthode de part n’apprennent donc rien.</translation>
        </message>
        <message>
            <source>Every catchment with the residents expected to prefer each channel.</source>
            <translation>Chaque zone de desserte avec les habitants qui devraient préférer chaque canal.</translation>
        </message>
        <message>
            <source>Every demand weight is zero: there is no demand to serve. Check the weight field.</source>
            <translation>Tous les poids de demande sont nuls : il n’y a aucune demande à servir. Vérifiez le champ de poids.</translation>
        </message>
        <message>
            <source>Every facility's area within each band, with counts.</source>
            <translation>La zone de chaque équipement dans chaque tranche, avec les effectifs.</translation>
        </message>
        <message>
            <source>Every package Place Insight needs is installed.</source>
            <translation>Tous les paquets dont Place Insight a besoin sont installés.</translation>
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
            <source>Every response with its answer: points, or a table with a postcode.</source>
            <translation>Chaque réponse avec sa réponse choisie : points, ou table avec un code postal.</translation>
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
            <source>Every zone with its market, take-up and potential.</source>
            <translation>Chaque zone avec son marché, son taux d’adhésion et son potentiel.</translation>
        </message>
        <message>
            <source>Everybody</source>
            <translation>Ensemble</translation>
        </message>
        <message>
            <source>Everybody, each with a segment code (points or polygons).</source>
            <translation>Tout le monde, chacun avec un code de segment (points ou polygones).</translation>
        </message>
        <message>
            <source>Everybody: households, postcodes or output areas with a segment code; points or polygons to be counted in the zones (a table without geometry only without zones).</source>
            <translation>Toute la population : ménages, codes postaux ou îlots avec un code de segment ; des points ou des polygones à compter dans les zones (une table sans géométrie seulement sans zones).</translation>
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
            <source>Example models</source>
            <translation>Modèles d’exemple</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendus</translation>
        </message>
        <message>
            <source>Expected at each segment's take-up, in the listed zones.</source>
            <translation>Attendus au taux d’adhésion de chaque segment, dans les zones listées.</translation>
        </message>
        <message>
            <source>Expected channel demand</source>
            <translation>Demande attendue par canal</translation>
        </message>
        <message>
            <source>Expected count at the benchmark rate (the target records have no location).</source>
            <translation>Effectif attendu au taux de référence (les enregistrements cibles n’ont pas de localisation).</translation>
        </message>
        <message>
            <source>Expected demand for face-to-face, telephone and web service in each zone, and what a shift could save.</source>
            <translation>Demande attendue de service en face-à-face, par téléphone et sur le web dans chaque zone, et ce qu’un report ferait économiser.</translation>
        </message>
        <message>
            <source>Expected face-to-face demand</source>
            <translation>Demande attendue de face-à-face</translation>
        </message>
        <message>
            <source>Expected residents per km² preferring the chosen channel (quartic kernel density).</source>
            <translation>Habitants attendus par km² préférant le canal choisi (densité par noyau quartique).</translation>
        </message>
        <message>
            <source>Expected share (%)</source>
            <translation>Part attendue (%)</translation>
        </message>
        <message>
            <source>Expected share preferring each service channel (rating out of 5)</source>
            <translation>Part attendue préférant chaque canal de service (note sur 5)</translation>
        </message>
        <message>
            <source>Expected shares of residents preferring each channel, from the segments' channel ratings.</source>
            <translation>Parts attendues des habitants préférant chaque canal, d’après les notes de canaux des segments.</translation>
        </message>
        <message>
            <source>Expected target count at each segment's take-up (the target records have no location).</source>
            <translation>Effectif cible attendu au taux d’adhésion de chaque segment (les enregistrements cibles n’ont pas de localisation).</translation>
        </message>
        <message>
            <source>Expected − today, in the listed zones.</source>
            <translation>Attendus − aujourd’hui, dans les zones listées.</translation>
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
            <source>Export the portrait as a PDF document.</source>
            <translation>Exporter le portrait en document PDF.</translation>
        </message>
        <message>
            <source>Export the portrait as a web page (HTML) with its charts.</source>
            <translation>Exporter le portrait en page web (HTML) avec ses graphiques.</translation>
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
            <source>Facility</source>
            <translation>Équipement</translation>
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
            <source>Fear and crime</source>
            <translation>Peur et délinquance</translation>
        </message>
        <message>
            <source>Fear and crime agree: both the answers and incidents are elevated.</source>
            <translation>Peur et délinquance concordent : les réponses comme les incidents sont élevés.</translation>
        </message>
        <message>
            <source>Fear and crime are not compared here: the answers are concentrated, but in a cluster whose return rate is not shown to be ordinary.</source>
            <translation>Peur et délinquance ne sont pas comparées ici : les réponses sont concentrées, mais dans un cluster dont le taux de retour n’est pas établi comme ordinaire.</translation>
        </message>
        <message>
            <source>Fear of crime clusters, verified against crime</source>
            <translation>Clusters de sentiment d’insécurité, vérifiés par la délinquance</translation>
        </message>
        <message>
            <source>Fear without crime</source>
            <translation>Peur sans délinquance</translation>
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
            <source>Finder settings</source>
            <translation>Réglages de la recherche</translation>
        </message>
        <message>
            <source>Finds hotspots of chosen survey answers or incidents: kernel density, Getis-Ord Gi* or CrimeStat clusters.</source>
            <translation>Trouve les points chauds de réponses choisies ou d’incidents : densité de noyau, Gi* de Getis-Ord ou clusters CrimeStat.</translation>
        </message>
        <message>
            <source>Finds where chosen answers of a residents' survey (e.g. 'Very unsafe' or 'Fairly unsafe') cluster, or where incidents cluster when no answer field is given. Records are points, or a table keyed by postcode placed at the postcode units. Methods: kernel density on a grid, with clusters where the density of chosen answers exceeds a percentile, or where their kernel-smoothed share of all responses is high; Getis-Ord Gi* on grid cells or postcode units with a false-discovery-rate correction; nearest-neighbour hierarchical clustering as in CrimeStat. Settings left empty are chosen from the data. Distances are in a projected CRS (a local UTM zone for a geographic CRS). Clusters found here are not yet verified: run 'Verify survey clusters' to check that they are not just where more people answered, and that the answers are concentrated even allowing for the search (each cluster carries this run's settings in its field 'search', from which the verification runs the same search on simulated answers).</source>
            <translation>Trouve où se regroupent les réponses retenues d’une enquête auprès des habitants (par ex. « Très peu sûr » ou « Plutôt peu sûr »), ou où se regroupent les incidents si aucun champ de réponse n’est donné. Les enregistrements sont des points, ou une table indexée par code postal placée sur les unités postales. Méthodes : densité par noyau sur une grille, avec des clusters là où la densité des réponses retenues dépasse un centile, ou là où leur part lissée par noyau parmi toutes les réponses est élevée ; Gi* de Getis-Ord sur des cellules de grille ou des unités postales, avec correction du taux de fausses découvertes ; regroupement hiérarchique par plus proche voisin comme dans CrimeStat. Les réglages laissés vides sont choisis d’après les données. Les distances sont calculées dans un SCR projeté (une zone UTM locale pour un SCR géographique). Les clusters trouvés ici ne sont pas encore vérifiés : lancez « Vérifier les clusters d’enquête » pour contrôler qu’ils ne correspondent pas simplement aux endroits où plus de gens ont répondu, et que les réponses y sont concentrées même en tenant compte de la recherche (chaque cluster porte les réglages de cette exécution dans son champ « search », d’après lesquels la vérification relance la même recherche sur des réponses simulées).</translation>
        </message>
        <message>
            <source>Finds where residents feel unsafe, checks each cluster against the district and against crime.</source>
            <translation>Trouve où les habitants ne se sentent pas en sécurité, vérifie chaque cluster par rapport au territoire et à la délinquance.</translation>
        </message>
        <message>
            <source>Finds, for every demand unit (household, postcode, output area, client), the facility it can reach soonest along the road network, with the time and distance, and whether it lies beyond a threshold. It sums the demand within each time band, and for each facility the demand-weighted centre of the units it serves: a centre far from the facility shows that demand centres elsewhere. With the demand's segment field, it also gives the share of each segment of a classification within each band and beyond the threshold, for all facilities and for each, with a report naming the segments most often beyond.</source>
            <translation>Trouve, pour chaque unité de demande (ménage, code postal, îlot, usager), l’équipement qu’elle atteint le plus vite par le réseau routier, avec le temps et la distance, et indique si elle se trouve au-delà d’un seuil. Il additionne la demande dans chaque tranche de temps et, pour chaque équipement, calcule le centre pondéré par la demande des unités qu’il dessert : un centre éloigné de l’équipement montre que la demande se concentre ailleurs. Avec le champ de segment de la demande, il donne aussi la part de chaque segment d’une classification dans chaque tranche et au-delà du seuil, pour tous les équipements et pour chacun, avec un rapport qui nomme les segments le plus souvent au-delà.</translation>
        </message>
        <message>
            <source>Finest level of the catalogue</source>
            <translation>Niveau le plus fin du catalogue</translation>
        </message>
        <message>
            <source>First category</source>
            <translation>Première catégorie</translation>
        </message>
        <message>
            <source>For a table (or points) keyed by postcode: the field holding the postcode. Each record is placed at its postcode unit (case and spaces ignored); records whose postcode matches no unit are counted and listed in the log. Leave empty to use the records' own point geometry.</source>
            <translation>Pour une table (ou des points) indexée par code postal : le champ du code postal. Chaque enregistrement est placé sur son unité postale (sans tenir compte de la casse ni des espaces) ; les enregistrements dont le code postal ne correspond à aucune unité sont comptés et listés dans le journal. Laissez vide pour utiliser la géométrie ponctuelle des enregistrements.</translation>
        </message>
        <message>
            <source>For a table: the postcode of each response. Empty: the responses' own points.</source>
            <translation>Pour une table : le code postal de chaque réponse. Vide : les points des réponses eux-mêmes.</translation>
        </message>
        <message>
            <source>For each band, who lives within it of any facility, by segment, with the key groups marked and the over- and under-represented segments named; and each facility's key groups.</source>
            <translation>Pour chaque tranche, qui y habite autour de l’un des équipements, par segment, avec les groupes clés marqués et les segments surreprésentés et sous-représentés nommés ; et les groupes clés de chaque équipement.</translation>
        </message>
        <message>
            <source>For each zone of a polygon layer (wards, catchments, clusters) gives the segment mix of the base units inside it: the total base count, the share of every segment of the chosen level (one field per segment, named by its code, in %), the dominant and second segments, the index of the dominant segment against the whole base (its share in the zone ÷ its share of the base × 100) and the diversity (Shannon entropy of the shares divided by its maximum: 0 = one segment, 1 = all segments equally). Base points are assigned by point in polygon (a point inside overlapping zones counts in each); base polygons are shared between zones in proportion to the part of their area inside each zone. The output is styled by dominant segment with the catalogue's colours.</source>
            <translation>Pour chaque zone d’une couche de polygones (quartiers, zones de desserte, agrégats), donne la composition par segment des unités de base qu’elle contient : l’effectif total, la part de chaque segment du niveau choisi (un champ par segment, nommé par son code, en %), les segments dominant et second, l’indice du segment dominant par rapport à toute la base (sa part dans la zone ÷ sa part dans la base × 100) et la diversité (entropie de Shannon des parts divisée par son maximum : 0 = un seul segment, 1 = tous les segments à parts égales). Les points de base sont affectés par point dans polygone (un point situé dans des zones qui se chevauchent compte dans chacune) ; les polygones de base sont répartis entre les zones au prorata de la part de leur surface dans chaque zone. La couche produite est symbolisée par segment dominant avec les couleurs du catalogue.</translation>
        </message>
        <message>
            <source>For lists leaving your desk: target counts from 1 to below this number are hidden in the target list with the potential and take-up they could be worked out from (and the next smallest when only one is). 0: no suppression.</source>
            <translation>Pour les listes diffusées : les effectifs cibles de 1 jusqu’à ce nombre (exclu) sont masqués dans la liste cible, avec le potentiel et le taux d’adhésion qui permettraient de les retrouver (et le plus petit suivant quand un seul l’est). 0 : aucun masquage.</translation>
        </message>
        <message>
            <source>For outputs leaving your desk: target counts from 1 to below this number are hidden in the table and the report (with the next smallest when only one is). 0: no suppression.</source>
            <translation>Pour les résultats diffusés hors de votre service : les effectifs cibles de 1 jusqu’à ce nombre (exclu) sont masqués dans le tableau et le rapport (avec le plus petit suivant quand un seul l’est). 0 : aucun masquage.</translation>
        </message>
        <message>
            <source>For tables leaving your desk: counts from 1 to below this number are hidden with the figures they could be worked out from (and the next smallest of the category when only one is). 0: no suppression.</source>
            <translation>Pour les tableaux diffusés : les effectifs de 1 jusqu’à ce nombre (exclu) sont masqués avec les valeurs qui permettraient de les retrouver (et le plus petit suivant de la catégorie quand un seul l’est). 0 : aucun masquage.</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>From Python and qgis_process</source>
            <translation>Depuis Python et qgis_process</translation>
        </message>
        <message>
            <source>From profile to action</source>
            <translation>Du profil à l’action</translation>
        </message>
        <message>
            <source>Further layers with the same fields (another service, another authority); each layer is a category when split by layer.</source>
            <translation>Couches supplémentaires avec les mêmes champs (un autre service, une autre collectivité) ; chaque couche est une catégorie dans la répartition par couche.</translation>
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
            <source>Gi* needs at least three units.</source>
            <translation>Gi* a besoin d’au moins trois unités.</translation>
        </message>
        <message>
            <source>Gi* neighbourhood: units within the distance band, or the k nearest; weights are binary and include the unit itself. Units exactly on the band count as neighbours (distances are compared with a relative tolerance of one part in a billion, so rounding never decides and a moved copy of the data gives the same clusters). With k nearest, every unit tied with the k-th nearest counts too, so a unit may have more than k neighbours (grid cells often do); the log says how many.</source>
            <translation>Voisinage de Gi* : les unités situées dans la bande de distance, ou les k plus proches ; les poids sont binaires et incluent l’unité elle-même. Les unités situées exactement sur la bande sont voisines (les distances sont comparées avec une tolérance relative d’un milliardième, si bien que l’arrondi ne décide jamais et qu’une copie déplacée des données donne les mêmes clusters). Avec les k plus proches, toute unité à égalité avec la k-ième compte aussi : une unité peut donc avoir plus de k voisines (c’est souvent le cas des cellules de grille) ; le journal indique combien.</translation>
        </message>
        <message>
            <source>Gi* on the share of chosen answers needs an answer field and the answer values that count.</source>
            <translation>Gi* sur la part des réponses retenues a besoin d’un champ de réponse et des valeurs de réponse retenues.</translation>
        </message>
        <message>
            <source>Gi*: distance band (0: from the data)</source>
            <translation>Gi* : bande de distance (0 : d’après les données)</translation>
        </message>
        <message>
            <source>Gi*: false discovery rate</source>
            <translation>Gi* : taux de fausses découvertes</translation>
        </message>
        <message>
            <source>Gi*: neighbours</source>
            <translation>Gi* : voisins</translation>
        </message>
        <message>
            <source>Gi*: number of neighbours</source>
            <translation>Gi* : nombre de voisins</translation>
        </message>
        <message>
            <source>Gi*: value</source>
            <translation>Gi* : valeur</translation>
        </message>
        <message>
            <source>Give at least one time band in minutes, e.g. 5,10,15.</source>
            <translation>Donnez au moins une tranche de temps en minutes, par exemple 5,10,15.</translation>
        </message>
        <message>
            <source>Give five rating weights, from Low to High (e.g. 1,2,4,8,16); {n} were given.</source>
            <translation>Donnez cinq poids de notes, de Faible à Élevé (par ex. 1,2,4,8,16) ; {n} ont été donnés.</translation>
        </message>
        <message>
            <source>Give the answer values of the field {field} that count, separated by ';'. The field contains: {values}.</source>
            <translation>Indiquez les valeurs du champ {field} à retenir, séparées par « ; ». Le champ contient : {values}.</translation>
        </message>
        <message>
            <source>Give the cost per contact of at least two channels: contacts move between channels.</source>
            <translation>Donnez le coût par contact d’au moins deux canaux : les contacts passent d’un canal à l’autre.</translation>
        </message>
        <message>
            <source>Give today's sites to see which customer types gain and lose with the plan.</source>
            <translation>Donnez les sites actuels pour voir quels types de public gagnent et perdent avec le plan.</translation>
        </message>
        <message>
            <source>Give today's split of contacts by channel (e.g. internet=30, telephone=45, face_to_face=25), or a channel field in the services table: the saving depends on which channels contacts use today.</source>
            <translation>Donnez la répartition actuelle des contacts par canal (par ex. internet=30, telephone=45, face_to_face=25), ou un champ de canal dans la table des services : l’économie dépend des canaux que les contacts utilisent aujourd’hui.</translation>
        </message>
        <message>
            <source>Gives the segment mix of each zone (ward, catchment, cluster): shares, dominant segment, index, diversity.</source>
            <translation>Donne la composition par segment de chaque zone (quartier, zone de desserte, cluster) : parts, segment dominant, indice, diversité.</translation>
        </message>
        <message>
            <source>Grid cell size of the density and Gi* grid methods. 0: a fifth of the kernel radius.</source>
            <translation>Taille des cellules de la grille des méthodes de densité et de Gi* sur grille. 0 : un cinquième du rayon du noyau.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
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
            <source>HTML…</source>
            <translation>HTML…</translation>
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
            <source>High share of chosen answers: minimum responses within the kernel radius</source>
            <translation>Part élevée de réponses retenues : minimum de réponses dans le rayon du noyau</translation>
        </message>
        <message>
            <source>High share of chosen answers: share multiple</source>
            <translation>Part élevée de réponses retenues : multiple de la part</translation>
        </message>
        <message>
            <source>Highest order of nearest-neighbour clusters: {value} is not allowed; give a whole number of at least 1 (1: first-order clusters only).</source>
            <translation>Ordre le plus élevé des clusters par plus proche voisin : {value} n’est pas admis ; donnez un nombre entier d’au moins 1 (1 : clusters de premier ordre seulement).</translation>
        </message>
        <message>
            <source>Holm (family-wise error rate)</source>
            <translation>Holm (risque d’erreur global)</translation>
        </message>
        <message>
            <source>Holm's step-down method (the chance of any false finding stays below α)</source>
            <translation>la méthode descendante de Holm (la probabilité de toute fausse découverte reste sous α)</translation>
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
            <source>Households or population of each unit; empty: each unit counts 1.</source>
            <translation>Ménages ou population de chaque unité ; vide : chaque unité compte pour 1.</translation>
        </message>
        <message>
            <source>Households or postcodes</source>
            <translation>Ménages ou codes postaux</translation>
        </message>
        <message>
            <source>Households per postcode unit. Empty: every postcode unit counts as one (responses per postcode).</source>
            <translation>Ménages par unité postale. Vide : chaque unité postale compte pour un (réponses par code postal).</translation>
        </message>
        <message>
            <source>Households per postcode; empty: every postcode counts one.</source>
            <translation>Ménages par code postal ; vide : chaque code postal compte pour un.</translation>
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
            <source>How clusters are found (see the summary above). The settings of each method are among the advanced parameters, named after their method; settings left at 0 are chosen from the data.</source>
            <translation>Comment les clusters sont trouvés (voir le résumé ci-dessus). Les réglages de chaque méthode sont parmi les paramètres avancés, nommés d’après leur méthode ; les réglages laissés à 0 sont choisis d’après les données.</translation>
        </message>
        <message>
            <source>How contacts reach you today, as channel=share (or volume) separated by commas, e.g. internet=30, telephone=45, face_to_face=25; only channels with a cost. Needed unless the services table has a channel field (its overall split is used then).</source>
            <translation>Comment les contacts vous parviennent aujourd’hui, sous la forme canal=part (ou volume) séparés par des virgules, par ex. internet=30, telephone=45, face_to_face=25 ; seulement des canaux avec un coût. Nécessaire sauf si la table des services a un champ de canal (sa répartition d’ensemble sert alors).</translation>
        </message>
        <message>
            <source>How far either side of a reached road the catchment extends (buffer method); homes set back from the road within this distance count as inside.</source>
            <translation>Distance de part et d’autre d’une route atteinte jusqu’où s’étend la zone (méthode du tampon) ; les logements en retrait de la route à moins de cette distance comptent comme à l’intérieur.</translation>
        </message>
        <message>
            <source>How many clusters are verified, with the answers concentrated and incidents not elevated.</source>
            <translation>Combien de clusters sont vérifiés, avec des réponses concentrées et des incidents non élevés.</translation>
        </message>
        <message>
            <source>How many clusters are verified: their return rate is ordinary (not significantly higher).</source>
            <translation>Combien de clusters sont vérifiés : leur taux de retour est ordinaire (pas significativement plus élevé).</translation>
        </message>
        <message>
            <source>How many clusters have the chosen answers significantly concentrated (after allowing for the search).</source>
            <translation>Combien de clusters ont des réponses retenues significativement concentrées (compte tenu de la recherche).</translation>
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
            <source>How many sites to open, required sites included.</source>
            <translation>Combien de sites ouvrir, sites obligatoires compris.</translation>
        </message>
        <message>
            <source>How many times the search is simulated for each test when the clusters were found in the same answers (they carry the finder's settings in their field 'search', or the settings are given below): 99 by default, 999 for publication (adjusted p-values then go down to 0.001). 0: take the clusters as areas fixed in advance (exact tests only), as for clusters drawn by hand before looking at the answers. The simulations use every idle core.</source>
            <translation>Combien de fois la recherche est simulée pour chaque test quand les clusters ont été trouvés dans les mêmes réponses (ils portent les réglages de la recherche dans leur champ « search », ou ces réglages sont donnés ci-dessous) : 99 par défaut, 999 pour une publication (les valeurs p ajustées descendent alors jusqu’à 0,001). 0 : traiter les clusters comme des zones fixées à l’avance (tests exacts seulement), comme des clusters tracés à la main avant de regarder les réponses. Les simulations utilisent tous les cœurs libres.</translation>
        </message>
        <message>
            <source>How much demand each feature carries; empty: 1 each.</source>
            <translation>La demande portée par chaque entité ; vide : 1 chacune.</translation>
        </message>
        <message>
            <source>How much each record counts (e.g. number of visits). Empty: each record counts 1. Numbers stored as text are read as numbers; other text, NULL or negative values are refused.</source>
            <translation>Le poids de chaque enregistrement (par ex. nombre de visites). Vide : chaque enregistrement compte pour 1. Les nombres stockés comme texte sont lus comme des nombres ; tout autre texte, les valeurs NULL ou négatives sont refusés.</translation>
        </message>
        <message>
            <source>How p-values are adjusted for the number of tests of the table.</source>
            <translation>Comment les p-valeurs sont ajustées au nombre de tests du tableau.</translation>
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
            <source>How the clusters were found, as 'Find survey clusters' writes it in its field 'search' (e.g. method=nnh;threshold=150). Empty: read from the clusters' field 'search'; without it the clusters are taken as fixed in advance. Give it to allow for the search of clusters whose layer lost the field.</source>
            <translation>Comment les clusters ont été trouvés, tel que « Trouver des clusters d’enquête » l’écrit dans son champ « search » (par ex. method=nnh;threshold=150). Vide : lu dans le champ « search » des clusters ; sans lui, les clusters sont traités comme fixés à l’avance. À donner pour tenir compte de la recherche quand la couche des clusters a perdu ce champ.</translation>
        </message>
        <message>
            <source>How the whole base prefers to be served and informed</source>
            <translation>Comment l’ensemble de la base préfère être servi et informé</translation>
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
            <source>If {text} means one number, write {point} with a point; in a list separated by semicolons a comma is a decimal comma (5;7,5;10).</source>
            <translation>Si {text} est un seul nombre, écrivez {point} avec un point ; dans une liste séparée par des points-virgules, la virgule est une virgule décimale (5;7,5;10).</translation>
        </message>
        <message>
            <source>In incident clusters</source>
            <translation>Dans des clusters d’incidents</translation>
        </message>
        <message>
            <source>In the base</source>
            <translation>Dans la base</translation>
        </message>
        <message>
            <source>In the target</source>
            <translation>Dans la cible</translation>
        </message>
        <message>
            <source>In the target market</source>
            <translation>Dans le marché cible</translation>
        </message>
        <message>
            <source>In the target today</source>
            <translation>Dans la cible aujourd’hui</translation>
        </message>
        <message>
            <source>Incident clusters</source>
            <translation>Clusters d’incidents</translation>
        </message>
        <message>
            <source>Incident points.</source>
            <translation>Points des incidents.</translation>
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
            <source>Increasing minutes, each more than zero, separated by commas (5,10,15) or by semicolons, between which a comma is a decimal comma (5;7,5;10).</source>
            <translation>Des minutes croissantes, toutes supérieures à zéro, séparées par des virgules (5,10,15) ou par des points-virgules, entre lesquels la virgule est une virgule décimale (5;7,5;10).</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Indice</translation>
        </message>
        <message>
            <source>Index = target % ÷ base % × 100 (no index where the base count is 0); penetration = target per 1,000 base; rank by target count (ties share the best rank).</source>
            <translation>Indice = % cible ÷ % base × 100 (pas d’indice quand l’effectif de base est nul) ; pénétration = cible pour 1 000 de base ; rang selon l’effectif cible (les ex æquo partagent le meilleur rang).</translation>
        </message>
        <message>
            <source>Index = target % ÷ base % × 100; the dashed line marks 100 (as many as the base share predicts). Blue: over-represented; orange: under-represented; * significant at the {alpha} level; hatched: fewer than {k} in the target or the base.</source>
            <translation>Indice = % cible ÷ % base × 100 ; la ligne pointillée marque 100 (autant que le prévoit la part dans la base). Bleu : surreprésenté ; orange : sous-représenté ; * significatif au seuil de {alpha} ; hachuré : moins de {k} dans la cible ou la base.</translation>
        </message>
        <message>
            <source>Index = the category's share of a segment ÷ the segment's share of the base × 100.</source>
            <translation>Indice = part d’un segment dans la catégorie ÷ part du segment dans la base × 100.</translation>
        </message>
        <message>
            <source>Index = the category's share ÷ the base share × 100; the dashed line marks 100. Blue: over-represented; orange: under-represented; * the segment's share differs significantly from {versus}; hatched: low numbers.</source>
            <translation>Indice = part dans la catégorie ÷ part dans la base × 100 ; la ligne pointillée marque 100. Bleu : surreprésenté ; orange : sous-représenté ; * la part du segment diffère significativement de {versus} ; hachuré : petits effectifs.</translation>
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
            <source>Index by {level} in each category</source>
            <translation>Indice par {level} dans chaque catégorie</translation>
        </message>
        <message>
            <source>Index threshold</source>
            <translation>Seuil d’indice</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Information channels</source>
            <translation>Canaux d’information</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Install missing Python packages</source>
            <translation>Installer les paquets Python manquants</translation>
        </message>
        <message>
            <source>Install missing Python packages…</source>
            <translation>Installer les paquets Python manquants…</translation>
        </message>
        <message>
            <source>Install them with the menu Place Insight › Install missing Python packages…, then restart QGIS.</source>
            <translation>Installez-les avec le menu Place Insight › Installer les paquets Python manquants…, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <source>Installed {packages} into {folder}. Restart QGIS to use them.</source>
            <translation>{packages} installés dans {folder}. Redémarrez QGIS pour les utiliser.</translation>
        </message>
        <message>
            <source>Installing…</source>
            <translation>Installation…</translation>
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
            <source>Kernel density and Gi* on grid cells: cell size (0: from the data)</source>
            <translation>Densité par noyau et Gi* sur cellules de grille : taille de cellule (0 : d’après les données)</translation>
        </message>
        <message>
            <source>Kernel density: bandwidth (0: from the data)</source>
            <translation>Densité par noyau : largeur de bande (0 : d’après les données)</translation>
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
            <source>Kernel density: kernel</source>
            <translation>Densité par noyau : noyau</translation>
        </message>
        <message>
            <source>Kernel radius of the surface. 0: from the spread of the base units.</source>
            <translation>Rayon du noyau de la surface. 0 : d’après la dispersion des unités de base.</translation>
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
            <source>Key group</source>
            <translation>Groupe clé</translation>
        </message>
        <message>
            <source>Key groups (share)</source>
            <translation>Groupes clés (part)</translation>
        </message>
        <message>
            <source>Key groups: {segments}.</source>
            <translation>Groupes clés : {segments}.</translation>
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
            <source>Layer (each layer is a category)</source>
            <translation>Couche (chaque couche est une catégorie)</translation>
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
            <source>Lines buffered by {m} m.</source>
            <translation>Lignes entourées d’une zone tampon de {m} m.</translation>
        </message>
        <message>
            <source>List the units of the top zones</source>
            <translation>Lister les unités des premières zones</translation>
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
            <source>Location plan</source>
            <translation>Plan d’implantation</translation>
        </message>
        <message>
            <source>Location plan report</source>
            <translation>Rapport du plan d’implantation</translation>
        </message>
        <message>
            <source>Location planning</source>
            <translation>Implantation des services</translation>
        </message>
        <message>
            <source>Long form, one row per category and segment (row_type segment or unclassified) and a total row per category: category, code, name, target_count, target_pct, base_count, base_pct, index, versus, versus_count, versus_pct, difference (percentage points), statistic and df (chi-square, total rows), p_value, p_adjusted, significant, test, low_numbers, suppressed; with a response field also responders, response_rate, rate_low, rate_high, rate_ratio, ratio_low, ratio_high, ratio_p, ratio_p_adjusted, ratio_significant, ratio_test.</source>
            <translation>Format long, une ligne par catégorie et segment (row_type segment ou unclassified) et une ligne de total par catégorie : category, code, name, target_count, target_pct, base_count, base_pct, index, versus, versus_count, versus_pct, difference (points de pourcentage), statistic et df (khi-deux, lignes de total), p_value, p_adjusted, significant, test, low_numbers, suppressed ; avec un champ de réponse aussi responders, response_rate, rate_low, rate_high, rate_ratio, ratio_low, ratio_high, ratio_p, ratio_p_adjusted, ratio_significant, ratio_test.</translation>
        </message>
        <message>
            <source>Longest ({unit})</source>
            <translation>Plus long ({unit})</translation>
        </message>
        <message>
            <source>Longest journey</source>
            <translation>Plus long trajet</translation>
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
            <source>Lower bound of its interval.</source>
            <translation>Borne inférieure de son intervalle.</translation>
        </message>
        <message>
            <source>Magazines</source>
            <translation>Magazines</translation>
        </message>
        <message>
            <source>Main network</source>
            <translation>Réseau principal</translation>
        </message>
        <message>
            <source>Market %</source>
            <translation>Marché %</translation>
        </message>
        <message>
            <source>Market % = the target market's share of a zone's base; index = that share ÷ the market's share of the whole base × 100; density = target-market count per km² of the zone; rank by potential, largest first.</source>
            <translation>Marché % = part du marché cible dans la base d’une zone ; indice = cette part ÷ la part du marché dans toute la base × 100 ; densité = effectif du marché cible par km² de la zone ; rang selon le potentiel, du plus fort au plus faible.</translation>
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
            <source>Mean today ({unit})</source>
            <translation>Moyenne actuelle ({unit})</translation>
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
            <source>Mean with the plan ({unit})</source>
            <translation>Moyenne avec le plan ({unit})</translation>
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
            <source>Method and output fields: &lt;a href="{url}"&gt;help page&lt;/a&gt;.</source>
            <translation>Méthode et champs des sorties : &lt;a href="{url}"&gt;page d’aide&lt;/a&gt;.</translation>
        </message>
        <message>
            <source>Method, advanced parameters, output fields: &lt;a href="{url}"&gt;help page&lt;/a&gt;.</source>
            <translation>Méthode, paramètres avancés, champs des sorties : &lt;a href="{url}"&gt;page d’aide&lt;/a&gt;.</translation>
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
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Minutes, e.g. 5,10,15.</source>
            <translation>Minutes, par ex. 5,10,15.</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Monte Carlo tables</source>
            <translation>Tableaux de Monte-Carlo</translation>
        </message>
        <message>
            <source>More targets (same fields)</source>
            <translation>Autres cibles (mêmes champs)</translation>
        </message>
        <message>
            <source>More than {minutes} minutes</source>
            <translation>Plus de {minutes} minutes</translation>
        </message>
        <message>
            <source>Most often beyond: {segments}.</source>
            <translation>Le plus souvent au-delà : {segments}.</translation>
        </message>
        <message>
            <source>Most tables drawn for a Monte Carlo p-value where counts are small (0: always the chi-square approximation).</source>
            <translation>Nombre maximal de tableaux tirés pour une p-valeur de Monte-Carlo quand les effectifs sont petits (0 : toujours l’approximation du khi-deux).</translation>
        </message>
        <message>
            <source>Moving contacts to the cheaper channels residents prefer ({realised}% of preference realised) shifts {moved} of {contacts} contacts and saves {saving} of {today} ({share}%).</source>
            <translation>Faire passer les contacts aux canaux moins chers que préfèrent les habitants ({realised} % de la préférence réalisée) reporte {moved} des {contacts} contacts et économise {saving} sur {today} ({share} %).</translation>
        </message>
        <message>
            <source>Moving the packages into place…</source>
            <translation>Mise en place des paquets…</translation>
        </message>
        <message>
            <source>Name the first and the second category (the targeted group and the other one); the categories are: {names}.</source>
            <translation>Nommez la première et la seconde catégorie (le groupe ciblé et l’autre) ; les catégories sont : {names}.</translation>
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
            <source>Names the service of each row.</source>
            <translation>Nomme le service de chaque ligne.</translation>
        </message>
        <message>
            <source>Names the sites in the report and the legend.</source>
            <translation>Nomme les sites dans le rapport et la légende.</translation>
        </message>
        <message>
            <source>Names the sites in the report.</source>
            <translation>Nomme les sites dans le rapport.</translation>
        </message>
        <message>
            <source>Names the zones in the report and in the target list. Empty: feature ids.</source>
            <translation>Nomme les zones dans le rapport et dans la liste cible. Vide : les identifiants des entités.</translation>
        </message>
        <message>
            <source>Names the zones in the report and the list.</source>
            <translation>Nomme les zones dans le rapport et la liste.</translation>
        </message>
        <message>
            <source>Names the zones in the report. Empty: the feature id.</source>
            <translation>Nomme les zones dans le rapport. Vide : l’identifiant de l’entité.</translation>
        </message>
        <message>
            <source>Names the zones' categories. Empty: feature ids.</source>
            <translation>Nomme les catégories des zones. Vide : les identifiants des entités.</translation>
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
            <source>Nearest facility by customer type</source>
            <translation>Équipement le plus proche par type de public</translation>
        </message>
        <message>
            <source>Nearest facility report by segment</source>
            <translation>Rapport de l’équipement le plus proche par segment</translation>
        </message>
        <message>
            <source>Nearest-neighbour clustering: {n} points, area {area} km², mean random nearest-neighbour distance {mean}, threshold distance {threshold}.</source>
            <translation>Regroupement par plus proche voisin : {n} points, surface {area} km², distance moyenne aléatoire au plus proche voisin {mean}, distance seuil {threshold}.</translation>
        </message>
        <message>
            <source>Nearest-neighbour clustering: {n} points, area {area} km², threshold distance {threshold}: the radius of a circle that would hold {k} chosen answers on average if they were spread at random, so that random answers form only small groups while areas where they are about three times as dense join up (give a probability for CrimeStat's shorter threshold, or a fixed distance).</source>
            <translation>Regroupement par plus proche voisin : {n} points, surface {area} km², distance seuil {threshold} : le rayon d’un cercle qui contiendrait en moyenne {k} réponses retenues si elles étaient réparties au hasard, de sorte que des réponses au hasard ne forment que de petits groupes tandis que des zones où elles sont environ trois fois plus denses se réunissent (donnez une probabilité pour le seuil plus court de CrimeStat, ou une distance fixe).</translation>
        </message>
        <message>
            <source>Nearest-neighbour hierarchical clustering (CrimeStat)</source>
            <translation>Regroupement hiérarchique par plus proche voisin (CrimeStat)</translation>
        </message>
        <message>
            <source>Nearest-neighbour: fixed threshold distance (0: from the probability)</source>
            <translation>Plus proche voisin : distance seuil fixe (0 : d’après la probabilité)</translation>
        </message>
        <message>
            <source>Nearest-neighbour: highest order of clusters</source>
            <translation>Plus proche voisin : ordre le plus élevé des clusters</translation>
        </message>
        <message>
            <source>Nearest-neighbour: probability (0: areas of the usual size)</source>
            <translation>Plus proche voisin : probabilité (0 : zones de la taille habituelle)</translation>
        </message>
        <message>
            <source>Nearest-neighbour: study area in km² (0: bounding rectangle)</source>
            <translation>Plus proche voisin : surface d’étude en km² (0 : rectangle englobant)</translation>
        </message>
        <message>
            <source>Neither fear nor crime elevated</source>
            <translation>Ni peur ni délinquance élevées</translation>
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
            <source>No customer type gains or loses noticeably with the plan.</source>
            <translation>Aucun type de public ne gagne ni ne perd sensiblement avec le plan.</translation>
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
            <source>No facility (%)</source>
            <translation>Aucun équipement (%)</translation>
        </message>
        <message>
            <source>No facility within reach</source>
            <translation>Aucun équipement à portée</translation>
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
            <source>No segment field is chosen: the outputs by segment are not written.</source>
            <translation>Aucun champ de segment n’est choisi : les sorties par segment ne sont pas écrites.</translation>
        </message>
        <message>
            <source>No significant difference between {first} and {second} in their spread over the segments.</source>
            <translation>Pas de différence significative entre {first} et {second} dans leur répartition entre les segments.</translation>
        </message>
        <message>
            <source>No unit of {base} lies inside it, so who lives here is not known.</source>
            <translation>Aucune unité de {base} ne s’y trouve : on ne sait donc pas qui y vit.</translation>
        </message>
        <message>
            <source>No zone of {zones} contains a unit of the base {base}: check that they overlap.</source>
            <translation>Aucune zone de {zones} ne contient d’unité de la base {base} : vérifiez qu’elles se recouvrent.</translation>
        </message>
        <message>
            <source>None of the answer values {wanted} occurs in the field {field} of {layer}. The field contains: {values}.</source>
            <translation>Aucune des valeurs de réponse {wanted} n’apparaît dans le champ {field} de {layer}. Le champ contient : {values}.</translation>
        </message>
        <message>
            <source>None of the segment codes of {layer} (field {field}) is in the catalogue {catalogue}; the codes found are {examples}. Choose the catalogue these codes come from (or your own catalogue file), or the field that holds the segment codes.</source>
            <translation>Aucun des codes de segment de {layer} (champ {field}) ne figure dans le catalogue {catalogue} ; les codes trouvés sont {examples}. Choisissez le catalogue dont viennent ces codes (ou votre propre fichier de catalogue), ou le champ qui contient les codes de segment.</translation>
        </message>
        <message>
            <source>None of the {n} postcodes of {layer} matches a postcode unit of {units}. Check that the two postcode fields hold the same kind of codes.</source>
            <translation>Aucun des {n} codes postaux de {layer} ne correspond à une unité postale de {units}. Vérifiez que les deux champs de code postal contiennent le même type de codes.</translation>
        </message>
        <message>
            <source>Not assessed (no incident data, or answers concentrated in a cluster not verified)</source>
            <translation>Non évalué (pas de données d’incidents, ou réponses concentrées dans un cluster non vérifié)</translation>
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
            <source>Not present: {segments}.</source>
            <translation>Absents : {segments}.</translation>
        </message>
        <message>
            <source>Not proven optimal: the solver found no bound on the best possible value, so how close this choice is cannot be said.</source>
            <translation>Optimalité non prouvée : le solveur n’a trouvé aucune borne de la meilleure valeur possible ; on ne peut donc pas dire à quel point ce choix en est proche.</translation>
        </message>
        <message>
            <source>Not proven optimal: the solver stopped at its time limit. This choice is at most {gap} from the best possible; a longer time limit may find a better one or prove this one best.</source>
            <translation>Optimalité non prouvée : le solveur s’est arrêté à son temps limite. Ce choix est à au plus {gap} du meilleur possible ; un temps limite plus long peut en trouver un meilleur ou prouver que celui-ci est le meilleur.</translation>
        </message>
        <message>
            <source>Not proven optimal: this choice, found by the heuristic, is at most {gap} from the best possible. The exact solver may close the gap.</source>
            <translation>Optimalité non prouvée : ce choix, trouvé par l’heuristique, est à au plus {gap} du meilleur possible. Le solveur exact peut réduire l’écart.</translation>
        </message>
        <message>
            <source>Not tested (no postcode unit inside)</source>
            <translation>Non testé (aucune unité postale à l’intérieur)</translation>
        </message>
        <message>
            <source>Not verified: more responses than the district</source>
            <translation>Non vérifié : plus de réponses que sur le territoire</translation>
        </message>
        <message>
            <source>Number of categories.</source>
            <translation>Nombre de catégories.</translation>
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
            <source>Number of service points</source>
            <translation>Nombre de points de service</translation>
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
            <source>Objective value</source>
            <translation>Valeur de l’objectif</translation>
        </message>
        <message>
            <source>Of the segment (%)</source>
            <translation>Du segment (%)</translation>
        </message>
        <message>
            <source>Offices, libraries, clinics…</source>
            <translation>Accueils, bibliothèques, centres de santé…</translation>
        </message>
        <message>
            <source>One line per demand unit to the site serving it, with the weight, share, travel cost and whether it is within the cut-off.</source>
            <translation>Une ligne par unité de demande vers le site qui la sert, avec le poids, la part, le coût de déplacement et si elle est sous le seuil.</translation>
        </message>
        <message>
            <source>One line per edge, in the network layer's CRS: source feature id, the nodes it joins, road class, length (m), minutes to travel it walking, cycling and driving (NULL where the mode may not use it), drive speed (km/h), the directions drivers and cyclists may take (both, forward, backward), and the island of each mode (0 = the main network). Given as the road network of the other accessibility and location algorithms, these edges are read as built.</source>
            <translation>Une ligne par tronçon, dans le SCR de la couche du réseau : identifiant de l’entité source, les nœuds qu’il relie, classe de route, longueur (m), minutes pour le parcourir à pied, à vélo et en voiture (NULL là où le mode ne peut pas l’emprunter), vitesse en voiture (km/h), les sens permis aux voitures et aux vélos (both, forward, backward), et l’îlot de chaque mode (0 = le réseau principal). Donnés comme réseau routier aux autres algorithmes d’accessibilité et de localisation, ces tronçons sont lus tels qu’ils ont été construits.</translation>
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
            <source>One row per base unit of the target market in the listed zones, largest potential first: list_rank, unit_key, zone, code, name, base_count, market_density, actual, expected, potential, take_up, benchmark_expected, benchmark_potential, segment_index (the profile's index) and suppressed.</source>
            <translation>Une ligne par unité de base du marché cible dans les zones listées, du plus fort potentiel au plus faible : list_rank, unit_key, zone, code, name, base_count, market_density, actual, expected, potential, take_up, benchmark_expected, benchmark_potential, segment_index (l’indice du profil) et suppressed.</translation>
        </message>
        <message>
            <source>One row per segment (code, name, target count and %, base count and %, index, rank, penetration, p_value, significant, low_numbers, cumulative_pct, target_market, suppressed), a row Unclassified when some codes are unknown, and a total row; row_type tells them apart.</source>
            <translation>Une ligne par segment (code, nom, effectif et % cible, effectif et % base, indice, rang, pénétration, p_value, significant, low_numbers, cumulative_pct, target_market, suppressed), une ligne « Non classé » quand des codes sont inconnus, et une ligne de total ; row_type les distingue.</translation>
        </message>
        <message>
            <source>One row per segment: households within reach and in all, shares, index, target market.</source>
            <translation>Une ligne par segment : ménages à portée et au total, parts, indice, marché cible.</translation>
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
            <source>Only {n} category holds placed target records ({names}): there is nothing to compare.</source>
            <translation>Seulement {n} catégorie contient des enregistrements cibles placés ({names}) : il n’y a rien à comparer.</translation>
        </message>
        <message>
            <source>Only {n} chosen answer: at least two are needed to find clusters.</source>
            <translation>Seulement {n} réponse retenue : il en faut au moins deux pour trouver des clusters.</translation>
        </message>
        <message>
            <source>Only {n} chosen answers: at least two are needed to find clusters.</source>
            <translation>Seulement {n} réponses retenues : il en faut au moins deux pour trouver des clusters.</translation>
        </message>
        <message>
            <source>Only {n} response: treat these results with caution.</source>
            <translation>Seulement {n} réponse : interprétez ces résultats avec prudence.</translation>
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
            <translation>Clusters d’incidents facultatifs (par ex. « Trouver des clusters d’enquête » lancé sur les incidents) : la part de la surface de chaque cluster qui s’y trouve est indiquée ; sans points d’incidents, 10 % ou plus compte comme une délinquance élevée.</translation>
        </message>
        <message>
            <source>Optional polygons (or their selected features): only base units and target records inside count. Target records joined by key are inside when their base unit is.</source>
            <translation>Polygones facultatifs (ou leurs entités sélectionnées) : seules les unités de base et les enregistrements cibles situés à l’intérieur comptent. Un enregistrement cible joint par clé est à l’intérieur quand son unité de base l’est.</translation>
        </message>
        <message>
            <source>Optional polygons (wards, a 15-minute catchment…) or lines (roads, streets), or their selected features. Empty: the whole base, and the list of every unit of the target market.</source>
            <translation>Polygones facultatifs (quartiers, une zone de desserte à 15 minutes…) ou lignes (routes, rues), ou leurs entités sélectionnées. Vide : toute la base, et la liste de toutes les unités du marché cible.</translation>
        </message>
        <message>
            <source>Optional rates in % per segment, e.g. J=80; L=75 (they override the overall rate for those segments).</source>
            <translation>Taux facultatifs en % par segment, par exemple J=80; L=75 (ils remplacent le taux général pour ces segments).</translation>
        </message>
        <message>
            <source>Optional take-up to aim at for every segment of the market, in % (e.g. 80 for direct debit): the potential at that rate is given too, and zones are ranked by it. From 0 to 100.</source>
            <translation>Taux d’adhésion visé, facultatif, pour chaque segment du marché, en % (par exemple 80 pour le prélèvement automatique) : le potentiel à ce taux est aussi donné, et les zones sont classées selon lui. De 0 à 100.</translation>
        </message>
        <message>
            <source>Optional: base units with a segment code, to show who lives in each cluster: points (households, postcodes) count in every cluster containing them, polygons (output areas) by the share of their area inside it. Shares and indices are against the whole layer.</source>
            <translation>Facultatif : des unités de base portant un code de segment, pour montrer qui vit dans chaque cluster. Les points (ménages, codes postaux) comptent dans chaque cluster qui les contient, les polygones (zones de recensement) au prorata de la part de leur surface qui s’y trouve. Parts et indices sont calculés par rapport à toute la couche.</translation>
        </message>
        <message>
            <source>Optional: only postcode units, responses and incidents inside it make the district. Empty: every postcode unit; the district's area is then the convex hull of the postcode units. For clusters found by 'Find survey clusters', the district must hold the responses it searched (the search is simulated over the district's responses); the run is refused otherwise.</source>
            <translation>Facultatif : seules les unités postales, réponses et incidents situés à l’intérieur forment le territoire. Vide : toutes les unités postales ; la surface du territoire est alors l’enveloppe convexe des unités postales. Pour des clusters trouvés par « Trouver des clusters d’enquête », le territoire doit contenir les réponses qu’elle a parcourues (la recherche est simulée sur les réponses du territoire) ; sinon l’exécution est refusée.</translation>
        </message>
        <message>
            <source>Or: network file (saved by Build network, or OpenStreetMap)</source>
            <translation>Ou : fichier de réseau (enregistré par Construire le réseau, ou OpenStreetMap)</translation>
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
            <source>Other roads</source>
            <translation>Autres routes</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Over-represented: {segments}.</source>
            <translation>Surreprésentés : {segments}.</translation>
        </message>
        <message>
            <source>Overrides of the class speeds, e.g. residential=32, service=15 (or residential=32,5; service=15).</source>
            <translation>Remplacements des vitesses par classe, par exemple residential=32, service=15 (ou residential=32,5; service=15).</translation>
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
            <source>PDF…</source>
            <translation>PDF…</translation>
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
            <translation>Pour 1 000 de base</translation>
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
            <source>Per-segment test — hypothesis: the segment's share of the category equals its share of {versus}. Two-sided z-test of two proportions, or Fisher's exact test where an expected count is below 5.</source>
            <translation>Test par segment — hypothèse : la part du segment dans la catégorie est égale à sa part dans {versus}. Test z bilatéral de deux proportions, ou test exact de Fisher quand un effectif attendu est inférieur à 5.</translation>
        </message>
        <message>
            <source>Place Insight</source>
            <translation>Place Insight</translation>
        </message>
        <message>
            <source>Place Insight installs Python packages into {folder}, in your QGIS profile, but it cannot write there ({error}). Ask your IT team to make the profile folder writable, or to install the packages for QGIS's Python.</source>
            <translation>Place Insight installe les paquets Python dans {folder}, dans votre profil QGIS, mais ne peut pas y écrire ({error}). Demandez à votre service informatique de rendre le dossier du profil accessible en écriture, ou d'installer les paquets pour le Python de QGIS.</translation>
        </message>
        <message>
            <source>Place Insight needs Python packages that are missing or too old. {packages}. {advice}</source>
            <translation>Place Insight a besoin de paquets Python manquants ou trop anciens. {packages}. {advice}</translation>
        </message>
        <message>
            <source>Place Insight needs these Python packages:</source>
            <translation>Place Insight a besoin de ces paquets Python :</translation>
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
            <source>Polygon</source>
            <translation>Polygone</translation>
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
            <source>Polygons to describe (wards, catchments, neighbourhoods…); their attributes are kept.</source>
            <translation>Polygones à décrire (quartiers, zones de desserte, voisinages…) ; leurs attributs sont conservés.</translation>
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
            <source>Portraits cover</source>
            <translation>Les portraits couvrent</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Postcode field</source>
            <translation>Champ du code postal</translation>
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
            <source>Postcode field of the responses</source>
            <translation>Champ du code postal des réponses</translation>
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
            <source>Potential</source>
            <translation>Potentiel</translation>
        </message>
        <message>
            <source>Potential = expected at each segment's take-up − in the target today; zones below 0 have no bar.</source>
            <translation>Potentiel = attendus au taux d’adhésion de chaque segment − dans la cible aujourd’hui ; les zones sous 0 n’ont pas de barre.</translation>
        </message>
        <message>
            <source>Potential at the benchmark</source>
            <translation>Potentiel au taux de référence</translation>
        </message>
        <message>
            <source>Potential at the benchmark rate = expected at the benchmark rate − in the target today; zones below 0 have no bar.</source>
            <translation>Potentiel au taux de référence = attendus au taux de référence − dans la cible aujourd’hui ; les zones sous 0 n’ont pas de barre.</translation>
        </message>
        <message>
            <source>Potential for {target}</source>
            <translation>Potentiel pour {target}</translation>
        </message>
        <message>
            <source>Prefer face to face</source>
            <translation>Préfèrent le face-à-face</translation>
        </message>
        <message>
            <source>Preferences count only between the channels with a cost: residents who prefer {others} are shared among them in proportion to their preferences for them.</source>
            <translation>Les préférences ne comptent qu’entre les canaux ayant un coût : les habitants qui préfèrent {others} sont répartis entre eux au prorata de leurs préférences pour eux.</translation>
        </message>
        <message>
            <source>Preparing pip…</source>
            <translation>Préparation de pip…</translation>
        </message>
        <message>
            <source>Profile of the people within reach</source>
            <translation>Profil des habitants à portée</translation>
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
            <source>Profiles a target (clients, respondents…) against a base by geodemographic segment: index, target market.</source>
            <translation>Profile une cible (usagers, répondants…) par rapport à une base, par segment géodémographique : indice, marché cible.</translation>
        </message>
        <message>
            <source>Profiles a target, then finds the zones and postcodes of its market and how many more could be reached.</source>
            <translation>Profile une cible, puis trouve les zones et codes postaux de son marché et combien de plus pourraient être atteints.</translation>
        </message>
        <message>
            <source>Profiles by segment the households within a travel time of the sites, against all households.</source>
            <translation>Profile par segment les ménages à un temps de trajet donné des sites, par rapport à tous les ménages.</translation>
        </message>
        <message>
            <source>Profiles several targets side by side against one base, with tests of difference; evaluates campaigns.</source>
            <translation>Profile plusieurs cibles côte à côte par rapport à une base, avec des tests de différence ; évalue des campagnes.</translation>
        </message>
        <message>
            <source>Profiles several targets side by side against one base: one target split by a category field (service, channel, borrower category, month…), several layers, or the zones the records lie in. The table has one row per category and segment with counts, shares and indices, and per category a total row. Each category is compared with the rest (or two chosen categories with each other). Distribution test — hypothesis: the category's records are spread over the segments like the rest's; Pearson's chi-square, or a Monte Carlo p-value over tables with the same margins where counts are small. Per-segment test — hypothesis: the segment's share is the same in both; two-proportion z-test, or Fisher's exact test with small counts. p-values are adjusted for the number of tests (Holm or Benjamini–Hochberg). With a response field it evaluates a campaign — hypothesis: targeted and not targeted contacts respond at the same rate: response rates with exact intervals, their ratio with Katz's interval and its test, and the share of responders from the target segments.</source>
            <translation>Profile plusieurs cibles côte à côte par rapport à une même base : une cible répartie selon un champ de catégorie (service, canal, catégorie d’emprunteur, mois…), plusieurs couches, ou les zones où se trouvent les enregistrements. Le tableau a une ligne par catégorie et segment avec effectifs, parts et indices, et une ligne de total par catégorie. Chaque catégorie est comparée au reste (ou deux catégories choisies entre elles). Test de répartition — hypothèse : les enregistrements de la catégorie se répartissent entre les segments comme ceux du reste ; khi-deux de Pearson, ou p-valeur de Monte-Carlo sur des tableaux de mêmes marges quand les effectifs sont petits. Test par segment — hypothèse : la part du segment est la même des deux côtés ; test z de deux proportions, ou test exact de Fisher pour les petits effectifs. Les p-valeurs sont ajustées au nombre de tests (Holm ou Benjamini–Hochberg). Avec un champ de réponse, il évalue une campagne — hypothèse : les contacts ciblés et non ciblés répondent au même taux : taux de réponse avec intervalles exacts, leur rapport avec l’intervalle de Katz et son test, et la part des répondants issus des segments cibles.</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <source>QGIS's Python has no pip to install packages with. On Debian or Ubuntu install the system package python3-pip; on Windows run the OSGeo4W installer again and choose python3-pip.</source>
            <translation>Le Python de QGIS n'a pas pip pour installer des paquets. Sous Debian ou Ubuntu, installez le paquet système python3-pip ; sous Windows, relancez l'installateur OSGeo4W et choisissez python3-pip.</translation>
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
            <source>Rate ratio</source>
            <translation>Rapport des taux</translation>
        </message>
        <message>
            <source>Rate ratio p-value</source>
            <translation>p-valeur du rapport des taux</translation>
        </message>
        <message>
            <source>Rate ratio, lower bound</source>
            <translation>Rapport des taux, borne inférieure</translation>
        </message>
        <message>
            <source>Rate ratio, upper bound</source>
            <translation>Rapport des taux, borne supérieure</translation>
        </message>
        <message>
            <source>Rating weights (Low to High)</source>
            <translation>Poids des notes (de Faible à Élevé)</translation>
        </message>
        <message>
            <source>Rating weights must be zero or more, and at least one more than zero; {weights} cannot be used.</source>
            <translation>Les poids des notes doivent être positifs ou nuls, et l’un au moins supérieur à zéro ; {weights} ne peuvent pas être utilisés.</translation>
        </message>
        <message>
            <source>Rating weights must not decrease from Low to High; {weights} do.</source>
            <translation>Les poids des notes ne doivent pas décroître de Faible à Élevé ; {weights} décroissent.</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Rapport</translation>
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
            <source>Rectangle</source>
            <translation>Rectangle</translation>
        </message>
        <message>
            <source>Relative gap between objective and bound (0 = optimal).</source>
            <translation>Écart relatif entre l’objectif et la borne (0 = optimal).</translation>
        </message>
        <message>
            <source>Report a problem</source>
            <translation>Signaler un problème</translation>
        </message>
        <message>
            <source>Report by segment</source>
            <translation>Rapport par segment</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Imposé</translation>
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
            <source>Residents of the whole base expected to prefer face-to-face service.</source>
            <translation>Habitants de toute la base qui devraient préférer le service en face-à-face.</translation>
        </message>
        <message>
            <source>Residents per km² preferring {channel}</source>
            <translation>Habitants par km² préférant {channel}</translation>
        </message>
        <message>
            <source>Responders</source>
            <translation>Répondants</translation>
        </message>
        <message>
            <source>Responders from the target segments (%)</source>
            <translation>Répondants issus des segments cibles (%)</translation>
        </message>
        <message>
            <source>Responders from the target segments {codes}: {targeted}% of the targeted group's, {others}% of the other group's, {all}% of all.</source>
            <translation>Répondants issus des segments cibles {codes} : {targeted} % de ceux du groupe ciblé, {others} % de ceux de l’autre groupe, {all} % de l’ensemble.</translation>
        </message>
        <message>
            <source>Response %</source>
            <translation>Réponse %</translation>
        </message>
        <message>
            <source>Response field (campaign)</source>
            <translation>Champ de réponse (campagne)</translation>
        </message>
        <message>
            <source>Response rate of the targeted ÷ the other group (campaign).</source>
            <translation>Taux de réponse du groupe ciblé ÷ celui de l’autre groupe (campagne).</translation>
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
            <source>Return rate ordinary (verified)</source>
            <translation>Taux de retour ordinaire (vérifié)</translation>
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
            <source>Road network</source>
            <translation>Réseau routier</translation>
        </message>
        <message>
            <source>Road network: lines, or Build network's edges (needed unless a network file is given)</source>
            <translation>Réseau routier : lignes, ou tronçons de Construire le réseau (nécessaire sauf si un fichier de réseau est indiqué)</translation>
        </message>
        <message>
            <source>Road-class speeds of</source>
            <translation>Vitesses par classe de route du pays</translation>
        </message>
        <message>
            <source>Roads and paths as lines (OpenStreetMap, Open Roads, your own).</source>
            <translation>Routes et chemins sous forme de lignes (OpenStreetMap, Open Roads, le vôtre).</translation>
        </message>
        <message>
            <source>Roads and paths as lines: OpenStreetMap through GDAL (highway, maxspeed, oneway… as fields or in other_tags), Ordnance Survey Open Roads, or your own network. Lines are joined where they share a vertex. The edges written by Build network are read as built, with their speeds, directions and junctions, so in a model Build network's Network edges link here and the network settings are not needed; a layer with their road_class, drive_kmh and drive_direction fields only is built from its lines with those fields. The built network is kept for the QGIS session, so later runs on the same unchanged layer with the same options do not rebuild it.</source>
            <translation>Routes et chemins sous forme de lignes : OpenStreetMap via GDAL (highway, maxspeed, oneway… en champs ou dans other_tags), Ordnance Survey Open Roads, ou votre propre réseau. Les lignes sont raccordées là où elles partagent un sommet. Les tronçons écrits par Construire le réseau sont lus tels qu’ils ont été construits, avec leurs vitesses, leurs sens et leurs jonctions : dans un modèle, reliez ici les Tronçons du réseau de Construire le réseau, sans réglages de réseau. Une couche qui n’a que leurs champs road_class, drive_kmh et drive_direction est construite à partir de ses lignes avec ces champs. Le réseau construit est conservé pendant la session QGIS : les exécutions suivantes sur la même couche inchangée, avec les mêmes options, ne le reconstruisent pas.</translation>
        </message>
        <message>
            <source>Rows of the table.</source>
            <translation>Lignes de la table.</translation>
        </message>
        <message>
            <source>Rows of the target list.</source>
            <translation>Lignes de la liste cible.</translation>
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
            <source>Saving</source>
            <translation>Économie</translation>
        </message>
        <message>
            <source>Saving (%)</source>
            <translation>Économie (%)</translation>
        </message>
        <message>
            <source>Search simulated {n} times (seed {seed}): {parts}.</source>
            <translation>Recherche simulée {n} fois (graine {seed}) : {parts}.</translation>
        </message>
        <message>
            <source>Search terms: {terms}</source>
            <translation>Termes de recherche : {terms}</translation>
        </message>
        <message>
            <source>Second category</source>
            <translation>Seconde catégorie</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Secondes</translation>
        </message>
        <message>
            <source>See also</source>
            <translation>Voir aussi</translation>
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
            <source>Segments with an index above the threshold</source>
            <translation>Segments d’indice supérieur au seuil</translation>
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
            <source>Serves {demand}</source>
            <translation>Dessert {demand}</translation>
        </message>
        <message>
            <source>Serves {low} to {high}</source>
            <translation>Dessert de {low} à {high}</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Service channels</source>
            <translation>Canaux de service</translation>
        </message>
        <message>
            <source>Service field</source>
            <translation>Champ du service</translation>
        </message>
        <message>
            <source>Service, channel, borrower category, arrears marker, month… (split by category field).</source>
            <translation>Service, canal, catégorie d’emprunteur, indicateur d’impayé, mois… (répartition par champ de catégorie).</translation>
        </message>
        <message>
            <source>Services ranked by saving</source>
            <translation>Services classés par économie</translation>
        </message>
        <message>
            <source>Set covering has no number of sites to vary: no curve is drawn.</source>
            <translation>La couverture d’ensemble n’a pas de nombre de sites à faire varier : aucune courbe n’est tracée.</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Part (%)</translation>
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
            <source>Share of all responders.</source>
            <translation>Part de l’ensemble des répondants.</translation>
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
            <source>Share of preference realised (%)</source>
            <translation>Part de la préférence réalisée (%)</translation>
        </message>
        <message>
            <source>Share of the area (%)</source>
            <translation>Part de la zone (%)</translation>
        </message>
        <message>
            <source>Share of the base (%)</source>
            <translation>Part dans la base (%)</translation>
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
            <source>Share: the segment's part of the people within the band. Index: that share against the segment's share of the whole base (100 = as many as expected). Of the segment: the part of the segment's whole base within the band. Key groups: the largest segments that together make up 75% of the band (at most five). Small numbers (below 5) make shares unreliable.</source>
            <translation>Part : la part du segment parmi les personnes de la tranche. Indice : cette part rapportée à la part du segment dans toute la base (100 = autant qu’attendu). Du segment : la part de toute la base du segment qui se trouve dans la tranche. Groupes clés : les plus grands segments formant ensemble 75 % de la tranche (cinq au plus). Les petits effectifs (moins de 5) rendent les parts peu fiables.</translation>
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
            <source>Significantly concentrated</source>
            <translation>Significativement concentrées</translation>
        </message>
        <message>
            <source>Significantly fewer in {segments}.</source>
            <translation>Significativement moins en {segments}.</translation>
        </message>
        <message>
            <source>Significantly more in {segments}.</source>
            <translation>Significativement plus en {segments}.</translation>
        </message>
        <message>
            <source>Simulations of the search</source>
            <translation>Simulations de la recherche</translation>
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
            <source>Sites needed to cover the demand</source>
            <translation>Sites nécessaires pour couvrir la demande</translation>
        </message>
        <message>
            <source>Sites required to stay open (kept in every choice): {names}.</source>
            <translation>Sites qui doivent rester ouverts (gardés dans tout choix) : {names}.</translation>
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
            <source>Sites where this is 1, true or yes stay open.</source>
            <translation>Les sites où ce champ vaut 1, true ou yes restent ouverts.</translation>
        </message>
        <message>
            <source>Snapping tolerance (m)</source>
            <translation>Tolérance d’accrochage (m)</translation>
        </message>
        <message>
            <source>Solved to proven optimality: no other choice of {p} sites covers more demand.</source>
            <translation>Optimum prouvé : aucun autre choix de {p} sites ne couvre davantage de demande.</translation>
        </message>
        <message>
            <source>Solved to proven optimality: no other choice of {p} sites gives a lower total travel cost.</source>
            <translation>Optimum prouvé : aucun autre choix de {p} sites ne donne un coût de déplacement total plus faible.</translation>
        </message>
        <message>
            <source>Solved to proven optimality: no other choice of {p} sites gives a shorter longest journey.</source>
            <translation>Optimum prouvé : aucun autre choix de {p} sites ne donne un plus long trajet plus court.</translation>
        </message>
        <message>
            <source>Solved to proven optimality: no smaller set of sites covers all the demand that can be covered.</source>
            <translation>Optimum prouvé : aucun ensemble plus petit de sites ne couvre toute la demande qui peut l’être.</translation>
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
            <source>Split the target by</source>
            <translation>Répartir la cible par</translation>
        </message>
        <message>
            <source>Splitting by layer needs at least two target layers: add layers to 'More targets (same fields)'.</source>
            <translation>La répartition par couche demande au moins deux couches cibles : ajoutez des couches à « Autres cibles (mêmes champs) ».</translation>
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
            <source>Surface cell size (m)</source>
            <translation>Taille des cellules de la surface (m)</translation>
        </message>
        <message>
            <source>Surface radius (m)</source>
            <translation>Rayon de la surface (m)</translation>
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
            <source>Take-up %</source>
            <translation>Adhésion %</translation>
        </message>
        <message>
            <source>Take-up of a segment = its target records ÷ its base count over the whole base (the profile's penetration). Expected = the market's base count × its segment's take-up; potential = expected − the target records there today: positive where fewer take up than the whole base predicts. Over the whole base the potentials add up to 0.</source>
            <translation>Taux d’adhésion d’un segment = ses enregistrements cibles ÷ son effectif de base sur toute la base (la pénétration du profil). Attendus = effectif de base du marché × taux d’adhésion de son segment ; potentiel = attendus − enregistrements cibles présents aujourd’hui : positif là où l’adhésion est plus faible que ne le prédit l’ensemble de la base. Sur toute la base, les potentiels s’annulent.</translation>
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
            <source>Target (optional)</source>
            <translation>Cible (facultative)</translation>
        </message>
        <message>
            <source>Target areas</source>
            <translation>Zones cibles</translation>
        </message>
        <message>
            <source>Target areas and potential</source>
            <translation>Zones cibles et potentiel</translation>
        </message>
        <message>
            <source>Target areas and potential: {target}</source>
            <translation>Zones cibles et potentiel : {target}</translation>
        </message>
        <message>
            <source>Target counts from 1 to below the suppression threshold are hidden in the target list, with the potential and take-up they could be worked out from (and the next smallest count when only one would be hidden).</source>
            <translation>Les effectifs cibles de 1 jusqu’au seuil de masquage (exclu) sont masqués dans la liste cible, avec le potentiel et le taux d’adhésion qui permettraient de les retrouver (et le plus petit effectif suivant quand un seul le serait).</translation>
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
            <source>Target list</source>
            <translation>Liste cible</translation>
        </message>
        <message>
            <source>Target market</source>
            <translation>Marché cible</translation>
        </message>
        <message>
            <source>Target market covers</source>
            <translation>Le marché cible couvre</translation>
        </message>
        <message>
            <source>Target market: {codes} — the fewest {levels}, largest first, holding at least {coverage} of the target ({share} in fact).</source>
            <translation>Marché cible : {codes} — le moins de {levels} possible, des plus grands aux plus petits, réunissant au moins {coverage} de la cible ({share} en réalité).</translation>
        </message>
        <message>
            <source>Target records</source>
            <translation>Enregistrements cibles</translation>
        </message>
        <message>
            <source>Target records of the market in the listed zones.</source>
            <translation>Enregistrements cibles du marché dans les zones listées.</translation>
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
            <source>Target segments (campaign)</source>
            <translation>Segments cibles (campagne)</translation>
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
            <source>Target-market segments</source>
            <translation>Segments du marché cible</translation>
        </message>
        <message>
            <source>Targeting report</source>
            <translation>Rapport de ciblage</translation>
        </message>
        <message>
            <source>Technical details</source>
            <translation>Détails techniques</translation>
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
            <source>The Python interpreter of this QGIS installation was not found, so packages cannot be installed from QGIS. Install {packages} for QGIS's Python as the README explains.</source>
            <translation>L'interpréteur Python de cette installation de QGIS est introuvable : les paquets ne peuvent pas être installés depuis QGIS. Installez {packages} pour le Python de QGIS comme l'explique le README.</translation>
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
            <source>The answer values that count, separated by ';' (e.g. Very unsafe;Fairly unsafe) or by ','; an answer of the field that holds a comma (Yes, often) is kept whole. Case and surrounding spaces are ignored. A value that does not occur in the field is reported.</source>
            <translation>Les valeurs de réponse retenues, séparées par « ; » (par ex. Very unsafe;Fairly unsafe) ou par « , » ; une réponse du champ qui contient une virgule (Oui, souvent) est gardée entière. La casse et les espaces autour sont ignorés. Une valeur absente du champ est signalée.</translation>
        </message>
        <message>
            <source>The answers that make a cluster, separated by ';'.</source>
            <translation>Les réponses qui forment un cluster, séparées par « ; ».</translation>
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
            <source>The area within the minutes of any site.</source>
            <translation>La zone à moins de ces minutes d’un site.</translation>
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
            <source>The base {layer} has no geometry, so it cannot be counted in zones.</source>
            <translation>La base {layer} n’a pas de géométrie : elle ne peut pas être comptée dans des zones.</translation>
        </message>
        <message>
            <source>The base's postcode or area code, joined to the target key. A key found on several base units is reported; their counts are summed in the base.</source>
            <translation>Le code postal ou le code de zone de la base, joint à la clé de la cible. Une clé présente sur plusieurs unités de base est signalée ; leurs effectifs sont additionnés dans la base.</translation>
        </message>
        <message>
            <source>The benchmark rate '{part}' cannot be read: write code=rate in %, e.g. J=80, L=75.</source>
            <translation>Le taux de référence « {part} » est illisible : écrivez code=taux en %, par exemple J=80, L=75.</translation>
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
            <source>The catalogue does not rate the service channel {channels}: give costs only for {rated}.</source>
            <translation>Le catalogue ne note pas le canal de service {channels} : donnez des coûts seulement pour {rated}.</translation>
        </message>
        <message>
            <source>The catalogue does not rate the {level} level's {kind} channels for {n} segments: they take the ratings of their {parent} ({examples}).</source>
            <translation>Le catalogue ne note pas les canaux de {kind} au niveau {level} pour {n} segments : ils prennent les notes de leur {parent} ({examples}).</translation>
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
            <source>The catalogue rates no segment's {channel}: choose another channel.</source>
            <translation>Le catalogue ne note le canal {channel} pour aucun segment : choisissez un autre canal.</translation>
        </message>
        <message>
            <source>The catalogue {catalogue} has no level {level}; its levels are: {levels}.</source>
            <translation>Le catalogue {catalogue} n’a pas de niveau {level} ; ses niveaux sont : {levels}.</translation>
        </message>
        <message>
            <source>The catalogue {catalogue} is not installed with this version of Place Insight: choose another catalogue or give a catalogue file.</source>
            <translation>Le catalogue {catalogue} n’est pas installé avec cette version de Place Insight : choisissez un autre catalogue ou indiquez un fichier de catalogue.</translation>
        </message>
        <message>
            <source>The catalogue {catalogue} rates no {kind} channel for its {level} (nor their parents): channel demand needs a catalogue with channel ratings, such as the demo catalogue or your own file.</source>
            <translation>Le catalogue {catalogue} ne note aucun canal de {kind} pour ses {level} (ni leurs parents) : la demande par canal demande un catalogue avec des notes de canaux, comme le catalogue de démonstration ou votre propre fichier.</translation>
        </message>
        <message>
            <source>The catchment of each chosen site within the minutes.</source>
            <translation>La zone de desserte de chaque site choisi dans ces minutes.</translation>
        </message>
        <message>
            <source>The catchments ranked by face-to-face demand.</source>
            <translation>Les zones de desserte classées par demande de face-à-face.</translation>
        </message>
        <message>
            <source>The cell size must be greater than 0.</source>
            <translation>La taille de cellule doit être supérieure à 0.</translation>
        </message>
        <message>
            <source>The channel model</source>
            <translation>Le modèle des canaux</translation>
        </message>
        <message>
            <source>The channel model: the weight of each rating from Low (1) to High (5). 1,2,4,8,16 doubles at each step; 1,2,3,4,5 makes preference proportional to the rating; 0,0,1,1,1 counts only channels rated Average or better. Stated in the report.</source>
            <translation>Le modèle des canaux : le poids de chaque note de Faible (1) à Élevé (5). 1,2,4,8,16 double à chaque échelon ; 1,2,3,4,5 rend la préférence proportionnelle à la note ; 0,0,1,1,1 ne compte que les canaux notés Moyen ou mieux. Indiqué dans le rapport.</translation>
        </message>
        <message>
            <source>The channel of each row (internet, web, telephone, phone, face_to_face, f2f…): gives each service's split today. Empty: rows are totals, split as today's split below.</source>
            <translation>Le canal de chaque ligne (internet, web, telephone, phone, face_to_face, f2f…) : donne la répartition actuelle de chaque service. Vide : les lignes sont des totaux, répartis selon la répartition actuelle ci-dessous.</translation>
        </message>
        <message>
            <source>The chosen sites, sized by the demand they serve.</source>
            <translation>Les sites choisis, dimensionnés selon la demande qu’ils servent.</translation>
        </message>
        <message>
            <source>The chosen sites, the comparison with today's sites, the objective, bound and gap, and the objective curve.</source>
            <translation>Les sites retenus, la comparaison avec les sites actuels, l’objectif, la borne et l’écart, et la courbe de l’objectif.</translation>
        </message>
        <message>
            <source>The chosen sites, the demand each serves, the share within the minutes.</source>
            <translation>Les sites choisis, la demande que chacun sert, la part à moins de ces minutes.</translation>
        </message>
        <message>
            <source>The clusters are taken as areas fixed in advance: exact tests only, which are valid only for areas chosen before looking at the answers.</source>
            <translation>Les clusters sont traités comme des zones fixées à l’avance : tests exacts seulement, valables seulement pour des zones choisies avant de regarder les réponses.</translation>
        </message>
        <message>
            <source>The clusters carry {n} different finder settings; the search is simulated with the first: {text}.</source>
            <translation>Les clusters portent {n} réglages de recherche différents ; la recherche est simulée avec le premier : {text}.</translation>
        </message>
        <message>
            <source>The clusters of {layer} were found by a search of {n} responses, but {m} responses of {responses} lie in the district: simulating the search over other responses than the finder saw would give wrong adjusted p-values. Verify over the area the finder searched (the same district boundary, or none if it searched every response), or run 'Find survey clusters' again on the responses of the district only; or set the simulations of the search to 0 to take the clusters as areas fixed in advance.</source>
            <translation>Les clusters de {layer} ont été trouvés par une recherche parmi {n} réponses, mais {m} réponses de {responses} se trouvent dans le territoire : simuler la recherche sur d’autres réponses que celles qu’elle a vues donnerait des valeurs p ajustées fausses. Vérifiez sur la zone parcourue par la recherche (le même contour de territoire, ou aucun si elle a parcouru toutes les réponses), ou relancez « Trouver des clusters d’enquête » sur les seules réponses du territoire ; ou mettez à 0 les simulations de la recherche pour traiter les clusters comme des zones fixées à l’avance.</translation>
        </message>
        <message>
            <source>The clusters were found by a search ({text}): it is simulated {n} times for each test.</source>
            <translation>Les clusters ont été trouvés par une recherche ({text}) : elle est simulée {n} fois pour chaque test.</translation>
        </message>
        <message>
            <source>The clusters were taken as areas fixed in advance (drawn by hand, or the search was not simulated): the exact tests below hold only for areas chosen before looking at the answers. For clusters found by 'Find survey clusters' in the same answers, let the verification allow for the search.</source>
            <translation>Les clusters ont été traités comme des zones fixées à l’avance (tracées à la main, ou recherche non simulée) : les tests exacts ci-dessous ne valent que pour des zones choisies avant de regarder les réponses. Pour des clusters trouvés par « Trouver des clusters d’enquête » dans les mêmes réponses, laissez la vérification tenir compte de la recherche.</translation>
        </message>
        <message>
            <source>The clusters with their fields and: postcodes, households, responses, return_rate (responses given as points count with their nearest postcode unit, as the households do), district_return_rate, return_ratio, return_p (exact), return_p_search (allowing for the search; NULL when it was not simulated), verified (return rate ordinary, by the adjusted p-value when there is one); chosen, share, district_share, share_ratio, share_p (exact), share_p_search, share_high (answers significantly concentrated, by the adjusted p-value when there is one); incidents, incident_rate, district_incident_rate (per 1,000 households or per km²), incident_ratio, ratio_low, ratio_high (95% interval), incident_p, incident_overlap, incident_clusters, incidents_high; disparity, low_numbers; with a segmented base dominant_segments (codes, largest first), dominant_names, dominant_share (%) and dominant_index of the first; verdict. Input fields with the same names are replaced.</source>
            <translation>Les clusters avec leurs champs et : postcodes, households, responses, return_rate (les réponses données comme points comptent avec leur unité postale la plus proche, comme les ménages), district_return_rate, return_ratio, return_p (exacte), return_p_search (compte tenu de la recherche ; NULL si elle n’a pas été simulée), verified (taux de retour ordinaire, d’après la valeur p ajustée s’il y en a une) ; chosen, share, district_share, share_ratio, share_p (exacte), share_p_search, share_high (réponses significativement concentrées, d’après la valeur p ajustée s’il y en a une) ; incidents, incident_rate, district_incident_rate (pour 1 000 ménages ou par km²), incident_ratio, ratio_low, ratio_high (intervalle à 95 %), incident_p, incident_overlap, incident_clusters, incidents_high ; disparity, low_numbers ; avec une base segmentée, dominant_segments (codes, du plus grand au plus petit), dominant_names, dominant_share (%) et dominant_index du premier ; verdict. Les champs d’entrée de même nom sont remplacés.</translation>
        </message>
        <message>
            <source>The codes {codes} of {what} are not in the catalogue {catalogue}; its {levels} are: {known}.</source>
            <translation>Les codes {codes} {what} ne sont pas dans le catalogue {catalogue} ; ses {levels} sont : {known}.</translation>
        </message>
        <message>
            <source>The codes {codes} of {what} are of a coarser level than {level}: give codes of that level.</source>
            <translation>Les codes {codes} {what} sont d’un niveau plus grossier que {level} : donnez des codes de ce niveau.</translation>
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
            <source>The example model {file} could not be read.</source>
            <translation>Le modèle d’exemple {file} n’a pas pu être lu.</translation>
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
            <source>The field with each response's answer.</source>
            <translation>Le champ qui contient la réponse de chaque répondant.</translation>
        </message>
        <message>
            <source>The field {field} of {layer} holds text that is not a number in {n} features (e.g. {examples}, features {ids}); choose a numeric field or correct those values.</source>
            <translation>Le champ {field} de {layer} contient du texte qui n’est pas un nombre dans {n} entités (p. ex. {examples}, entités {ids}) ; choisissez un champ numérique ou corrigez ces valeurs.</translation>
        </message>
        <message>
            <source>The first and the second category are the same: {name}.</source>
            <translation>La première et la seconde catégorie sont la même : {name}.</translation>
        </message>
        <message>
            <source>The folder {folder} for the output {output} could not be made: {error}</source>
            <translation>Le dossier {folder} de la sortie {output} n’a pas pu être créé : {error}</translation>
        </message>
        <message>
            <source>The group {group} has no contact: a campaign is evaluated against both groups.</source>
            <translation>Le groupe {group} n’a aucun contact : une campagne s’évalue sur les deux groupes.</translation>
        </message>
        <message>
            <source>The highest order of nearest-neighbour clusters must be at least 1 (1: first-order clusters only), not {order}.</source>
            <translation>L’ordre le plus élevé des clusters par plus proche voisin doit être au moins 1 (1 : clusters de premier ordre seulement), et non {order}.</translation>
        </message>
        <message>
            <source>The key groups of each band in words.</source>
            <translation>Les groupes clés de chaque tranche, en toutes lettres.</translation>
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
            <source>The layer {layer} has the fields of Build network's edges but cannot be read as built: {error} Its lines are joined where they meet, with road_class, drive_kmh and drive_direction as road class, speed and direction.</source>
            <translation>La couche {layer} a les champs des tronçons de Construire le réseau mais ne peut pas être lue telle qu’elle a été construite : {error} Ses lignes sont raccordées là où elles se rejoignent, avec road_class, drive_kmh et drive_direction comme classe de route, vitesse et sens.</translation>
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
            <source>The level of the breakdown, e.g. group; empty: the coarsest.</source>
            <translation>Le niveau de la ventilation, par ex. group ; vide : le plus agrégé.</translation>
        </message>
        <message>
            <source>The level to profile at, e.g. group; empty: the coarsest.</source>
            <translation>Le niveau du profil, par ex. group ; vide : le plus agrégé.</translation>
        </message>
        <message>
            <source>The level to report at (for example Group or Type; Supergroup, Group or Subgroup). Codes at a finer level roll up through the catalogue. A level the chosen catalogue does not have is refused with the list of its levels. In qgis_process and Python the level's id or its name in any language also works, as does any level id of your own catalogue file.</source>
            <translation>Le niveau des résultats (par exemple Groupe ou Type ; Super-groupe, Groupe ou Sous-groupe). Les codes d’un niveau plus fin sont regroupés selon le catalogue. Un niveau que le catalogue choisi n’a pas est refusé, avec la liste de ses niveaux. Dans qgis_process et en Python, l’identifiant du niveau ou son nom dans n’importe quelle langue convient aussi, de même que tout identifiant de niveau de votre propre fichier de catalogue.</translation>
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
            <source>The network was built already, with its own speeds and directions, so these settings are not used: {settings}.</source>
            <translation>Le réseau est déjà construit, avec ses propres vitesses et sens ; ces réglages ne sont donc pas utilisés : {settings}.</translation>
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
            <source>The number of simulations must be at least 1.</source>
            <translation>Le nombre de simulations doit être au moins 1.</translation>
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
            <source>The package index could not be reached: check the internet connection (or the proxy settings for pip) and try again. Nothing was installed.</source>
            <translation>L'index des paquets est injoignable : vérifiez la connexion internet (ou les réglages de proxy de pip) et réessayez. Rien n'a été installé.</translation>
        </message>
        <message>
            <source>The package index has no version of the packages for this Python. Nothing was installed; see the log below.</source>
            <translation>L'index des paquets n'a aucune version des paquets pour ce Python. Rien n'a été installé ; voir le journal ci-dessous.</translation>
        </message>
        <message>
            <source>The package index refused the download (HTTP 403 or 401). A proxy or your organisation's package mirror may need settings for pip (pip.ini or pip.conf): ask your IT team. Nothing was installed.</source>
            <translation>L'index des paquets a refusé le téléchargement (HTTP 403 ou 401). Un proxy ou le miroir de paquets de votre organisation demande peut-être des réglages pour pip (pip.ini ou pip.conf) : demandez à votre service informatique. Rien n'a été installé.</translation>
        </message>
        <message>
            <source>The packages could not be moved into {folder} ({error}). Restart QGIS and try again.</source>
            <translation>Les paquets n'ont pas pu être placés dans {folder} ({error}). Redémarrez QGIS et réessayez.</translation>
        </message>
        <message>
            <source>The percentile must be between 0 and 100.</source>
            <translation>Le centile doit être compris entre 0 et 100.</translation>
        </message>
        <message>
            <source>The plan brings {n} more {what} of {segment} within {cutoff} {unit} ({before}% → {after}% of them).</source>
            <translation>Le plan amène {n} {what} de plus du segment {segment} en deçà de {cutoff} {unit} ({before} % → {after} % d’entre eux).</translation>
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
            <source>The postcode (or area code) of each base unit, joined to the target key.</source>
            <translation>Le code postal (ou code de zone) de chaque unité de base, rapproché de la clé de la cible.</translation>
        </message>
        <message>
            <source>The postcode (or area code) of each target record.</source>
            <translation>Le code postal (ou code de zone) de chaque enregistrement cible.</translation>
        </message>
        <message>
            <source>The postcode of each postcode point.</source>
            <translation>Le code postal de chaque point postal.</translation>
        </message>
        <message>
            <source>The postcode points of the district.</source>
            <translation>Les points postaux du territoire.</translation>
        </message>
        <message>
            <source>The postcode units of the district (points): return rates are responses per household or per postcode unit.</source>
            <translation>Les unités postales du territoire (points) : les taux de retour sont des réponses par ménage ou par unité postale.</translation>
        </message>
        <message>
            <source>The postcodes of the market in the three zones of most potential, small counts hidden.</source>
            <translation>Les codes postaux du marché dans les trois zones de plus fort potentiel, petits effectifs masqués.</translation>
        </message>
        <message>
            <source>The probability must be between 0 and 1.</source>
            <translation>La probabilité doit être comprise entre 0 et 1.</translation>
        </message>
        <message>
            <source>The profile as a report with its index chart.</source>
            <translation>Le profil sous forme de rapport, avec son graphique des indices.</translation>
        </message>
        <message>
            <source>The profile's market (the fewest segments covering the coverage)</source>
            <translation>Le marché du profil (le moins de segments atteignant la couverture)</translation>
        </message>
        <message>
            <source>The proposal</source>
            <translation>La proposition</translation>
        </message>
        <message>
            <source>The radius of the demand surface must be more than zero.</source>
            <translation>Le rayon de la surface de demande doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>The reached roads, cut exactly where time runs out: one multi-line per facility and band (as QGIS's service area writes one per start point) with facility id and name, band, length reached (km) and number of road pieces; or, with the option above, one line per road piece with the earliest and latest arrival (minutes) and length (m).</source>
            <translation>Les routes atteintes, coupées exactement là où le temps s’épuise : une multiligne par équipement et par tranche (comme la zone de desserte de QGIS en écrit une par point de départ), avec l’identifiant et le nom de l’équipement, la tranche, la longueur atteinte (km) et le nombre de tronçons ; ou, avec l’option ci-dessus, une ligne par tronçon de route avec la première et la dernière arrivée (minutes) et la longueur (m).</translation>
        </message>
        <message>
            <source>The records are weighted: counts are not whole numbers, so no exact or Monte Carlo test applies.</source>
            <translation>Les enregistrements sont pondérés : les effectifs ne sont pas entiers, aucun test exact ou de Monte-Carlo ne s’applique.</translation>
        </message>
        <message>
            <source>The records of {layer} are placed by their postcode ({field}): choose the postcode units layer and its postcode field.</source>
            <translation>Les enregistrements de {layer} sont placés d’après leur code postal ({field}) : choisissez la couche des unités postales et son champ de code postal.</translation>
        </message>
        <message>
            <source>The records to compare: clients, contacts, borrowers, claimants, a campaign's contacts…</source>
            <translation>Les enregistrements à comparer : clients, contacts, emprunteurs, allocataires, les contacts d’une campagne…</translation>
        </message>
        <message>
            <source>The records to profile: points, polygons or a table without geometry.</source>
            <translation>Les enregistrements à profiler : points, polygones ou table sans géométrie.</translation>
        </message>
        <message>
            <source>The records whose take-up is applied to places: clients, direct-debit payers, users…</source>
            <translation>Les enregistrements dont l’adhésion est appliquée aux territoires : clients, payeurs par prélèvement, usagers…</translation>
        </message>
        <message>
            <source>The report's one-sentence summary.</source>
            <translation>La phrase qui résume le rapport.</translation>
        </message>
        <message>
            <source>The report's summary in words.</source>
            <translation>La synthèse du rapport en mots.</translation>
        </message>
        <message>
            <source>The required flags must have one value per candidate site.</source>
            <translation>Les indicateurs « obligatoire » doivent avoir une valeur par site candidat.</translation>
        </message>
        <message>
            <source>The response field {field} of {layer} holds {examples}: use 1/0, yes/no or true/false.</source>
            <translation>Le champ de réponse {field} de {layer} contient {examples} : utilisez 1/0, oui/non ou vrai/faux.</translation>
        </message>
        <message>
            <source>The result in words, the market, the zones.</source>
            <translation>Le résultat en toutes lettres, le marché, les zones.</translation>
        </message>
        <message>
            <source>The same rows as straight lines from origin to destination, in the origins' CRS.</source>
            <translation>Les mêmes lignes sous forme de segments droits de l’origine à la destination, dans le SCR des origines.</translation>
        </message>
        <message>
            <source>The same seed gives the same simulations, hence the same adjusted p-values.</source>
            <translation>La même graine donne les mêmes simulations, donc les mêmes valeurs p ajustées.</translation>
        </message>
        <message>
            <source>The scenario: the chance that a contact made today through a channel by someone who prefers a cheaper one moves to it (100: every such contact moves).</source>
            <translation>Le scénario : la probabilité qu’un contact passé aujourd’hui par un canal par quelqu’un qui en préfère un moins cher y passe (100 : tous ces contacts passent).</translation>
        </message>
        <message>
            <source>The search cannot be simulated without responses and households.</source>
            <translation>La recherche ne peut pas être simulée sans réponses ni ménages.</translation>
        </message>
        <message>
            <source>The search setting {name} has an unreadable value {value}.</source>
            <translation>Le réglage de recherche {name} a une valeur illisible {value}.</translation>
        </message>
        <message>
            <source>The segment code of each base feature (any level at or below the chosen one): gives the table and report by segment. Unknown codes count as Unclassified. Empty: no breakdown by segment.</source>
            <translation>Le code de segment de chaque entité de la base (à tout niveau égal ou plus fin que celui choisi) : donne la table et le rapport par segment. Les codes inconnus comptent comme Non classé. Vide : pas de ventilation par segment.</translation>
        </message>
        <message>
            <source>The segment code of each base unit (any level at or below the chosen one). Segments without channel ratings at that level take their parent's ratings.</source>
            <translation>Le code de segment de chaque unité de base (à tout niveau égal ou plus fin que celui choisi). Les segments sans notes de canaux à ce niveau prennent les notes de leur parent.</translation>
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
            <source>The segment code of each base unit.</source>
            <translation>Le code de segment de chaque unité de base.</translation>
        </message>
        <message>
            <source>The segment code of each base unit. Codes the catalogue does not know are counted as Unclassified.</source>
            <translation>Le code de segment de chaque unité de base. Les codes que le catalogue ne connaît pas sont comptés dans « Non classé ».</translation>
        </message>
        <message>
            <source>The segment code of each demand unit (any level at or below the chosen one), counted by the demand weight: gives the access by segment today and with the plan. Unknown codes count as Unclassified. Empty: no breakdown by segment.</source>
            <translation>Le code de segment de chaque unité de demande (à tout niveau égal ou plus fin que celui choisi), compté selon le poids de la demande : donne l’accès par segment aujourd’hui et avec le plan. Les codes inconnus comptent comme Non classé. Vide : pas de ventilation par segment.</translation>
        </message>
        <message>
            <source>The segment code of each demand unit (any level at or below the chosen one), counted by the demand weight: gives the table and report by segment. Unknown codes count as Unclassified. Empty: no breakdown by segment.</source>
            <translation>Le code de segment de chaque unité de demande (à tout niveau égal ou plus fin que celui choisi), compté selon le poids de la demande : donne la table et le rapport par segment. Les codes inconnus comptent comme Non classé. Vide : pas de ventilation par segment.</translation>
        </message>
        <message>
            <source>The segment code of each unit.</source>
            <translation>Le code de segment de chaque unité.</translation>
        </message>
        <message>
            <source>The segments listed below</source>
            <translation>Les segments indiqués ci-dessous</translation>
        </message>
        <message>
            <source>The segments the campaign aimed at, e.g. J, L: the report gives the share of responders from them.</source>
            <translation>Les segments visés par la campagne, par exemple J, L : le rapport donne la part des répondants qui en sont issus.</translation>
        </message>
        <message>
            <source>The service channel whose expected demand the surface maps.</source>
            <translation>Le canal de service dont la surface cartographie la demande attendue.</translation>
        </message>
        <message>
            <source>The services table names channels that are not service channels: {values}; use {channels}.</source>
            <translation>La table des services nomme des canaux qui ne sont pas des canaux de service : {values} ; utilisez {channels}.</translation>
        </message>
        <message>
            <source>The share method compares chosen answers with all responses: give an answer field and the answer values that count.</source>
            <translation>La méthode de part compare les réponses retenues à l’ensemble des réponses : indiquez un champ de réponse et les valeurs de réponse retenues.</translation>
        </message>
        <message>
            <source>The share of preference realised must be between 0 and 100%.</source>
            <translation>La part de la préférence réalisée doit être comprise entre 0 et 100 %.</translation>
        </message>
        <message>
            <source>The share of {n} segment rests on small numbers (shown in grey).</source>
            <translation>La part de {n} segment repose sur de petits effectifs (en gris).</translation>
        </message>
        <message>
            <source>The significance level must be between 0 and 1.</source>
            <translation>Le seuil de signification doit être compris entre 0 et 1.</translation>
        </message>
        <message>
            <source>The sites to reach (offices, libraries, clinics…).</source>
            <translation>Les sites à atteindre (bureaux, bibliothèques, centres de santé…).</translation>
        </message>
        <message>
            <source>The snapping tolerance must be zero or a positive number of metres.</source>
            <translation>La tolérance d’accrochage doit être nulle ou un nombre positif de mètres.</translation>
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
            <source>The summary gives the demand and its share within each of these times: minutes separated by commas (5,10,15) or by semicolons, between which a comma is a decimal comma (5;7,5;10).</source>
            <translation>Le résumé donne la demande et sa part en deçà de chacun de ces temps : des minutes séparées par des virgules (5,10,15) ou par des points-virgules, entre lesquels la virgule est une virgule décimale (5;7,5;10).</translation>
        </message>
        <message>
            <source>The survey clusters with their tests, disparity and verdict, styled by both.</source>
            <translation>Les clusters d’enquête avec leurs tests, leur disparité et leur verdict, symbolisés selon les deux.</translation>
        </message>
        <message>
            <source>The target is empty: no target record could be placed in a segment.</source>
            <translation>La cible est vide : aucun enregistrement cible n’a pu être placé dans un segment.</translation>
        </message>
        <message>
            <source>The target list holds the units of this many zones of highest potential. 0: every zone.</source>
            <translation>La liste cible contient les unités de ce nombre de zones au plus fort potentiel. 0 : toutes les zones.</translation>
        </message>
        <message>
            <source>The target market</source>
            <translation>Le marché cible</translation>
        </message>
        <message>
            <source>The target market is empty: give the codes of its {levels}.</source>
            <translation>Le marché cible est vide : donnez les codes de ses {levels}.</translation>
        </message>
        <message>
            <source>The target market is empty: no target record could be placed in a segment.</source>
            <translation>Le marché cible est vide : aucun enregistrement cible n’a pu être placé dans un segment.</translation>
        </message>
        <message>
            <source>The target market is empty: no {level} has an index above {threshold} (the highest is {best} for {code}). Lower the threshold.</source>
            <translation>Le marché cible est vide : aucun {level} n’a un indice supérieur à {threshold} (le plus élevé est {best}, pour {code}). Abaissez le seuil.</translation>
        </message>
        <message>
            <source>The target market is the smallest set of segments, largest first, holding this share of the target.</source>
            <translation>Le marché cible est le plus petit ensemble de segments, des plus grands aux plus petits, réunissant cette part de la cible.</translation>
        </message>
        <message>
            <source>The target market's {levels} {codes} have no benchmark rate: give one for each, or an overall rate.</source>
            <translation>Les {levels} {codes} du marché cible n’ont pas de taux de référence : donnez-en un pour chacun, ou un taux général.</translation>
        </message>
        <message>
            <source>The target market: the fewest segments, largest first, holding this share of the target.</source>
            <translation>Le marché cible : le moins de segments possible, des plus grands aux plus petits, réunissant cette part de la cible.</translation>
        </message>
        <message>
            <source>The target records carry a segment code but no location, so they cannot be counted in zones or units: only the market and the expected counts are given.</source>
            <translation>Les enregistrements cibles portent un code de segment mais pas de localisation : ils ne peuvent être comptés ni dans les zones ni dans les unités ; seuls le marché et les effectifs attendus sont donnés.</translation>
        </message>
        <message>
            <source>The target {layer} has no geometry, so the area cannot restrict it; join it to the base by key instead.</source>
            <translation>La cible {layer} n’a pas de géométrie : la zone ne peut pas la restreindre ; joignez-la plutôt à la base par une clé.</translation>
        </message>
        <message>
            <source>The target {layer} has no geometry: choose its key field.</source>
            <translation>La cible {layer} n’a pas de géométrie : choisissez son champ clé.</translation>
        </message>
        <message>
            <source>The target {layer} has no records.</source>
            <translation>La cible {layer} ne contient aucun enregistrement.</translation>
        </message>
        <message>
            <source>The target's postcode or key. Empty: target points are placed by location.</source>
            <translation>Le code postal ou la clé de la cible. Vide : les points cibles sont placés selon leur localisation.</translation>
        </message>
        <message>
            <source>The target's segment code (any level at or below the chosen one). Used with 'Segment field of the target'.</source>
            <translation>Le code de segment de la cible (de n’importe quel niveau égal ou plus fin que celui choisi). Utilisé avec « Champ segment de la cible ».</translation>
        </message>
        <message>
            <source>The tests in words</source>
            <translation>Les tests en mots</translation>
        </message>
        <message>
            <source>The three zones of highest potential.</source>
            <translation>Les trois zones de plus fort potentiel.</translation>
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
            <source>The time bands {text} are read as {first} and {second} minutes.</source>
            <translation>Les tranches de temps {text} sont lues comme {first} et {second} minutes.</translation>
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
            <source>The travel time that counts as covered; also the catchment drawn around each chosen site.</source>
            <translation>Le temps de trajet qui compte comme couvert ; aussi la zone de desserte dessinée autour de chaque site choisi.</translation>
        </message>
        <message>
            <source>The travel time that counts as within reach.</source>
            <translation>Le temps de trajet qui compte comme à portée.</translation>
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
            <source>The zones layer {layer} has no features.</source>
            <translation>La couche de zones {layer} n’a aucune entité.</translation>
        </message>
        <message>
            <source>The zones with base_count, market_count, market_share (%), market_density (per km²), actual, market_actual (target records in the market's segments), take_up (%), expected, potential, benchmark_expected and benchmark_potential (with a benchmark), market_index, rank (by potential) and low_numbers; styled by potential. Only with zones.</source>
            <translation>Les zones avec base_count, market_count, market_share (%), market_density (au km²), actual, market_actual (enregistrements cibles des segments du marché), take_up (%), expected, potential, benchmark_expected et benchmark_potential (avec un taux de référence), market_index, rank (selon le potentiel) et low_numbers ; symbolisées selon le potentiel. Seulement avec des zones.</translation>
        </message>
        <message>
            <source>The zones with base_total, one share field per segment (%), dominant, dominant_name, dominant_share, second, second_name, second_share, dominant_index and diversity; styled by dominant segment with a legend in your language.</source>
            <translation>Les zones avec base_total, un champ de part par segment (%), dominant, dominant_name, dominant_share, second, second_name, second_share, dominant_index et diversity ; symbolisées par segment dominant avec une légende dans votre langue.</translation>
        </message>
        <message>
            <source>The zones with base_total, rated_pct (% of residents whose segment has ratings), per service channel the expected residents preferring it (service_&lt;channel&gt;) and their share (service_&lt;channel&gt;_pct), per information channel the share (info_&lt;channel&gt;_pct), face_to_face_rank (1 = most face-to-face demand); with a scenario contacts, today_cost, moved, saving and saving_rank.</source>
            <translation>Les zones avec base_total, rated_pct (% des habitants dont le segment a des notes), par canal de service les habitants attendus qui le préfèrent (service_&lt;canal&gt;) et leur part (service_&lt;canal&gt;_pct), par canal d’information la part (info_&lt;canal&gt;_pct), face_to_face_rank (1 = la plus forte demande de face-à-face) ; avec un scénario, contacts, today_cost, moved, saving et saving_rank.</translation>
        </message>
        <message>
            <source>The zones {layer} are lines: give a buffer distance in metres (e.g. 50) so that the base units along them can be counted.</source>
            <translation>Les zones {layer} sont des lignes : donnez une distance de zone tampon en mètres (par exemple 50) pour compter les unités de base qui les longent.</translation>
        </message>
        <message>
            <source>The zones' contacts are the total of {total} shared between them in proportion to their residents.</source>
            <translation>Les contacts des zones sont le total de {total} réparti entre elles au prorata de leurs habitants.</translation>
        </message>
        <message>
            <source>The {n} largest categories are drawn; the table holds them all.</source>
            <translation>Les {n} plus grandes catégories sont dessinées ; le tableau les contient toutes.</translation>
        </message>
        <message>
            <source>The {n} sites below serve {weight} {what}: mean travel cost {mean} {unit}, longest {longest} {unit}.</source>
            <translation>Les {n} sites ci-dessous servent {weight} {what} : déplacement moyen {mean} {unit}, le plus long {longest} {unit}.</translation>
        </message>
        <message>
            <source>The {n} zones with most face-to-face demand of {total}; the output layer has them all.</source>
            <translation>Les {n} zones de plus forte demande de face-à-face sur {total} ; la couche de sortie les contient toutes.</translation>
        </message>
        <message>
            <source>The {shown} zones of highest potential out of {n}; the zones output holds them all.</source>
            <translation>Les {shown} zones au plus fort potentiel sur {n} ; la couche des zones les contient toutes.</translation>
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
            <source>There is no category {name}; the categories are: {names}.</source>
            <translation>Il n’y a pas de catégorie {name} ; les catégories sont : {names}.</translation>
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
            <source>They are downloaded from the Python Package Index with pip and installed for QGIS only, into {folder}. numpy and the other packages of QGIS are kept as they are.</source>
            <translation>Ils sont téléchargés depuis le Python Package Index avec pip et installés pour QGIS seulement, dans {folder}. numpy et les autres paquets de QGIS restent tels quels.</translation>
        </message>
        <message>
            <source>Three steps: Catchments draws the area within the chosen minutes of the sites along the roads (one polygon for all sites); Extract by location keeps the households, postcodes or output areas inside it; Segment profile compares them with all of them, segment by segment (share, index, target market). The profile table answers who lives within reach and who is under-represented. To change a step, open the file resources/models/who_lives_within.model3 of the plugin's folder in the graphical modeller and save it under another name.</source>
            <translation>Trois étapes : Zones de desserte dessine la zone à moins des minutes choisies des sites par les routes (un polygone pour tous les sites) ; Extraire par localisation garde les ménages, codes postaux ou îlots qui s’y trouvent ; Profil par segment les compare à l’ensemble, segment par segment (part, indice, marché cible). La table du profil dit qui habite à portée et qui est sous-représenté. Pour changer une étape, ouvrez le fichier resources/models/who_lives_within.model3 du dossier de l’extension dans le modeleur graphique et enregistrez-le sous un autre nom.</translation>
        </message>
        <message>
            <source>Three steps: Find survey clusters finds where the chosen answers (for example Very unsafe and Fairly unsafe) cluster; the same algorithm finds where incidents cluster; Verify survey clusters checks each survey cluster: is its response rate no higher than the district's (so the cluster is not just where more people answered), are the chosen answers more frequent, are incidents more frequent, and so is it fear without crime, fear and crime, or neither. The report explains each verdict in plain words. To change a method or add the segments living in each cluster, open the file resources/models/fear_of_crime.model3 of the plugin's folder in the graphical modeller.</source>
            <translation>Trois étapes : Trouver des clusters d’enquête trouve où se regroupent les réponses retenues (par exemple Very unsafe et Fairly unsafe) ; le même algorithme trouve où se regroupent les incidents ; Vérifier les clusters d’enquête examine chaque cluster : son taux de réponse n’est-il pas plus élevé que celui du territoire (le cluster n’est alors pas seulement là où plus de gens ont répondu), les réponses retenues y sont-elles plus fréquentes, les incidents aussi, et s’agit-il donc de peur sans délinquance, de peur et délinquance, ou de ni l’une ni l’autre. Le rapport explique chaque verdict en clair. Pour changer une méthode ou ajouter les segments qui habitent chaque cluster, ouvrez le fichier resources/models/fear_of_crime.model3 du dossier de l’extension dans le modeleur graphique.</translation>
        </message>
        <message>
            <source>Three steps: Segment profile compares the target (clients, direct-debit payers…), joined to the base by postcode, with everybody; Target areas and potential applies each segment's take-up to the zones (wards, a catchment, roads): how many of the target market live there, how many are in the target today, how many more could be reached (at a benchmark rate if you give one), and lists the postcodes of the three zones of most potential with small counts hidden; an extraction keeps those three zones. To change the number of zones or the market, open the file resources/models/from_profile_to_action.model3 of the plugin's folder in the graphical modeller and save it under another name.</source>
            <translation>Trois étapes : Profil par segment compare la cible (usagers, payeurs par prélèvement…), rapprochée de la base par code postal, à l’ensemble ; Zones cibles et potentiel applique le taux d’adhésion de chaque segment aux zones (quartiers, une zone de desserte, des routes) : combien du marché cible y habitent, combien sont dans la cible aujourd’hui, combien de plus pourraient être atteints (au taux de référence si vous en donnez un), et liste les codes postaux des trois zones de plus fort potentiel en masquant les petits effectifs ; une extraction garde ces trois zones. Pour changer le nombre de zones ou le marché, ouvrez le fichier resources/models/from_profile_to_action.model3 du dossier de l’extension dans le modeleur graphique et enregistrez-le sous un autre nom.</translation>
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
            <source>Today's split of contacts</source>
            <translation>Répartition actuelle des contacts</translation>
        </message>
        <message>
            <source>Today's split of contacts by channel</source>
            <translation>Répartition actuelle des contacts par canal</translation>
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
            <source>Total distance of the demand</source>
            <translation>Distance totale parcourue par la demande</translation>
        </message>
        <message>
            <source>Total travel time of the demand</source>
            <translation>Temps de trajet total de la demande</translation>
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
            <source>Travel times and distances from every origin to every destination along the road network (OD matrix).</source>
            <translation>Temps de trajet et distances de chaque origine à chaque destination sur le réseau routier (matrice OD).</translation>
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
            <source>Two chosen categories</source>
            <translation>Deux catégories choisies</translation>
        </message>
        <message>
            <source>Two steps: Catchments draws the area within each time band of every facility along the roads and breaks down who lives there by segment (count, share, index against the whole base, key groups: the Sheerness table); Channel demand and shift estimates, for the people inside every catchment, how many would prefer face-to-face, telephone or web service, from the catalogue's channel ratings. To add a channel-shift scenario with your costs per contact, open the file resources/models/access_and_channels_by_customer_type.model3 of the plugin's folder in the graphical modeller and save it under another name.</source>
            <translation>Deux étapes : Zones de desserte dessine la zone de chaque tranche de temps de chaque équipement par les routes et ventile par segment qui y habite (effectif, part, indice par rapport à toute la base, groupes clés : la table de Sheerness) ; Demande par canal et report de canal estime, pour les habitants de chaque zone de desserte, combien préféreraient un service en face-à-face, par téléphone ou sur le web, d’après les notes de canaux du catalogue. Pour ajouter un scénario de report de canal avec vos coûts par contact, ouvrez le fichier resources/models/access_and_channels_by_customer_type.model3 du dossier de l’extension dans le modeleur graphique et enregistrez-le sous un autre nom.</translation>
        </message>
        <message>
            <source>Two steps: Optimise service locations chooses N of the candidate sites (required ones included) so that the demand's total travel time along the roads is smallest (p-median), and allocates each demand unit to its site; Catchments draws the area each chosen site reaches within the minutes. The location plan report gives the demand each site serves and the share within the minutes. To compare with today's sites or maximise the demand covered instead, open the file resources/models/service_points.model3 of the plugin's folder in the graphical modeller.</source>
            <translation>Deux étapes : Optimiser l’implantation des services choisit N sites candidats (sites obligatoires compris) pour que le temps de trajet total de la demande par les routes soit le plus petit (p-médian), et affecte chaque unité de demande à son site ; Zones de desserte dessine la zone que chaque site choisi atteint dans ces minutes. Le rapport du plan d’implantation donne la demande que chaque site sert et la part à moins de ces minutes. Pour comparer avec les sites actuels ou maximiser plutôt la demande couverte, ouvrez le fichier resources/models/service_points.model3 du dossier de l’extension dans le modeleur graphique.</translation>
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
            <source>Under-represented: {segments}.</source>
            <translation>Sous-représentés : {segments}.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
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
            <source>Units listed</source>
            <translation>Unités listées</translation>
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
            <source>Unknown search setting {name} in {text}.</source>
            <translation>Réglage de recherche inconnu {name} dans {text}.</translation>
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
            <source>Upper bound of its interval.</source>
            <translation>Borne supérieure de son intervalle.</translation>
        </message>
        <message>
            <source>Used instead of the line layer: a network saved by Build network (.npz; in a model, link Build network's Save the network to a file here), which holds its speeds and directions so the network settings are not needed; an OpenStreetMap XML file (.osm) read with osmnx, which also imputes missing drive speeds from the mean speed of each road class; or an OpenStreetMap PBF file (.osm.pbf) whose lines are read through GDAL, as when it is added as a layer.</source>
            <translation>Utilisé à la place de la couche de lignes : un réseau enregistré par Construire le réseau (.npz ; dans un modèle, reliez ici Enregistrer le réseau dans un fichier de Construire le réseau), qui contient ses vitesses et ses sens, sans réglages de réseau ; un fichier XML OpenStreetMap (.osm) lu avec osmnx, qui estime aussi les vitesses manquantes à partir de la vitesse moyenne de chaque classe de route ; ou un fichier PBF OpenStreetMap (.osm.pbf) dont les lignes sont lues par GDAL, comme lorsqu’il est ajouté en couche.</translation>
        </message>
        <message>
            <source>Values for traffic against the direction the line is drawn (OSM: -1), separated by commas or semicolons.</source>
            <translation>Valeurs pour une circulation dans le sens inverse du tracé de la ligne (OSM : -1), séparées par des virgules ou des points-virgules.</translation>
        </message>
        <message>
            <source>Values for two-way traffic, separated by commas or semicolons.</source>
            <translation>Valeurs pour une circulation à double sens, séparées par des virgules ou des points-virgules.</translation>
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
            <source>Values of the direction field for traffic in the direction the line is drawn, separated by commas or semicolons.</source>
            <translation>Valeurs du champ de sens pour une circulation dans le sens du tracé de la ligne, séparées par des virgules ou des points-virgules.</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
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
            <source>Verified clusters</source>
            <translation>Clusters vérifiés</translation>
        </message>
        <message>
            <source>Verified clusters (count)</source>
            <translation>Clusters vérifiés (nombre)</translation>
        </message>
        <message>
            <source>Verified: response rate not above the district's</source>
            <translation>Vérifié : taux de réponse pas plus élevé que sur le territoire</translation>
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
            <source>Walk island (cut off from the main network)</source>
            <translation>Îlot piéton (coupé du réseau principal)</translation>
        </message>
        <message>
            <source>Walk, cycle or drive catchments (isochrones, service areas) around facilities, with the people inside.</source>
            <translation>Zones de desserte à pied, à vélo ou en voiture (isochrones) autour des équipements, avec la population qu’elles contiennent.</translation>
        </message>
        <message>
            <source>Walk, cycle or drive.</source>
            <translation>À pied, à vélo ou en voiture.</translation>
        </message>
        <message>
            <source>Walking speed (km/h)</source>
            <translation>Vitesse à pied (km/h)</translation>
        </message>
        <message>
            <source>Wards, a catchment, or roads (lines, 50 m either side).</source>
            <translation>Quartiers, une zone de desserte ou des routes (lignes, 50 m de part et d’autre).</translation>
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
            <source>What each base feature counts in the table by segment (households, population…). Empty: 1 each.</source>
            <translation>Ce que compte chaque entité de la base dans la table par segment (ménages, population…). Vide : 1 chacune.</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Ce que fait l’algorithme</translation>
        </message>
        <message>
            <source>What the best set of sites achieves.</source>
            <translation>Ce que le meilleur ensemble de sites doit atteindre.</translation>
        </message>
        <message>
            <source>What the scenario saves.</source>
            <translation>Ce que le scénario économise.</translation>
        </message>
        <message>
            <source>Where a profile's target market lives, how many more could be reached, and the list to reach them.</source>
            <translation>Où vit le marché cible d’un profil, combien de plus pourraient être atteints, et la liste pour les atteindre.</translation>
        </message>
        <message>
            <source>Where demand comes from: households, postcodes, clients (points or polygons).</source>
            <translation>D’où vient la demande : ménages, codes postaux, usagers (points ou polygones).</translation>
        </message>
        <message>
            <source>Where demand comes from: points, or polygons (their centroid is used).</source>
            <translation>D’où vient la demande : des points, ou des polygones (leur centroïde est utilisé).</translation>
        </message>
        <message>
            <source>Where face-to-face demand is, the zones ranked, how the whole base prefers to be served and informed, the channel model with every segment's shares, and the scenario with zones and services ranked by saving.</source>
            <translation>Où se trouve la demande de face-à-face, les zones classées, comment l’ensemble de la base préfère être servi et informé, le modèle des canaux avec les parts de chaque segment, et le scénario avec les zones et les services classés par économie.</translation>
        </message>
        <message>
            <source>Where incidents cluster.</source>
            <translation>Où se regroupent les incidents.</translation>
        </message>
        <message>
            <source>Where the chosen answers cluster.</source>
            <translation>Où se regroupent les réponses retenues.</translation>
        </message>
        <message>
            <source>Where to put N service points</source>
            <translation>Où implanter N points de service</translation>
        </message>
        <message>
            <source>Whether each contact responded (1/0, yes/no, true/false; NULL counts as no response). Given: the first and second categories are the targeted and the other group, and the campaign is evaluated.</source>
            <translation>Si chaque contact a répondu (1/0, oui/non, vrai/faux ; NULL compte comme absence de réponse). Renseigné : la première et la seconde catégorie sont le groupe ciblé et l’autre groupe, et la campagne est évaluée.</translation>
        </message>
        <message>
            <source>Whether numbers in the speed field are km/h or miles per hour.</source>
            <translation>Indique si les nombres du champ de vitesse sont en km/h ou en miles par heure.</translation>
        </message>
        <message>
            <source>Which segments make the target market; Unclassified never does.</source>
            <translation>Les segments qui forment le marché cible ; « Non classé » n’en fait jamais partie.</translation>
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
            <translation>Qui vit là : les unités de {base} situées dans chaque cluster ({counted}), par {level} du catalogue {catalogue}. Les segments dominants sont les plus grands, qui font ensemble 75 % du cluster (cinq au plus) ; indice = part du segment dans le cluster ÷ sa part dans l’ensemble de {base} × 100 (100 : comme dans toute la base).</translation>
        </message>
        <message>
            <source>Who lives within 15 minutes of a site</source>
            <translation>Qui habite à 15 minutes d’un site</translation>
        </message>
        <message>
            <source>Who lives within each band, by segment: count, share, index, key groups.</source>
            <translation>Qui habite dans chaque tranche, par segment : effectif, part, indice, groupes clés.</translation>
        </message>
        <message>
            <source>Who lives within each catchment band by segment, and how they would prefer to be served.</source>
            <translation>Qui habite dans chaque tranche des zones de desserte, par segment, et comment ils préféreraient être servis.</translation>
        </message>
        <message>
            <source>Who lives within {band} min of a facility</source>
            <translation>Qui habite à moins de {band} min d’un équipement</translation>
        </message>
        <message>
            <source>Whole base (%)</source>
            <translation>Toute la base (%)</translation>
        </message>
        <message>
            <source>With a segment field, records that have a location are also counted at the base unit they lie in (or nearest); without a location only the market and the expected counts are given.</source>
            <translation>Avec un champ de segment, les enregistrements localisés sont aussi comptés dans l’unité de base où ils se trouvent (ou la plus proche) ; sans localisation, seuls le marché et les effectifs attendus sont donnés.</translation>
        </message>
        <message>
            <source>With a services table and costs: per service its contacts, today_cost, moved, saving, after_cost, saving_pct, saving_rank, and today's and the scenario's contacts per channel.</source>
            <translation>Avec une table des services et des coûts : par service ses contacts, today_cost, moved, saving, after_cost, saving_pct, saving_rank, et les contacts actuels et du scénario par canal.</translation>
        </message>
        <message>
            <source>With location and a base of points: how far the nearest base point may be.</source>
            <translation>Avec la localisation et une base de points : la distance maximale du point de base le plus proche.</translation>
        </message>
        <message>
            <source>With the index: segments whose profile index (target % ÷ base % × 100) is above this.</source>
            <translation>Avec l’indice : les segments dont l’indice du profil (cible % ÷ base % × 100) dépasse ce seuil.</translation>
        </message>
        <message>
            <source>With the listed segments: their codes, e.g. J, L, H (finer codes roll up to the level).</source>
            <translation>Avec les segments indiqués : leurs codes, par exemple J, L, H (les codes plus fins remontent au niveau).</translation>
        </message>
        <message>
            <source>With the profile's market: the fewest segments, largest first, holding this share of the target.</source>
            <translation>Avec le marché du profil : le moins de segments possible, des plus grands aux plus petits, réunissant cette part de la cible.</translation>
        </message>
        <message>
            <source>With two categories, and for a campaign: the first (the targeted group), as written in the data.</source>
            <translation>Avec deux catégories, et pour une campagne : la première (le groupe ciblé), telle qu’écrite dans les données.</translation>
        </message>
        <message>
            <source>With two categories, and for a campaign: the second (the group not targeted).</source>
            <translation>Avec deux catégories, et pour une campagne : la seconde (le groupe non ciblé).</translation>
        </message>
        <message>
            <source>Within the cut-off (%)</source>
            <translation>Sous le seuil (%)</translation>
        </message>
        <message>
            <source>Within the cut-off today (%)</source>
            <translation>En deçà du seuil aujourd’hui (%)</translation>
        </message>
        <message>
            <source>Within the cut-off with the plan (%)</source>
            <translation>En deçà du seuil avec le plan (%)</translation>
        </message>
        <message>
            <source>Within {band} min</source>
            <translation>À moins de {band} min</translation>
        </message>
        <message>
            <source>Within {band} min (%)</source>
            <translation>À moins de {band} min (%)</translation>
        </message>
        <message>
            <source>Within {band} min ({mode}) of a facility</source>
            <translation>À moins de {band} min ({mode}) d’un équipement</translation>
        </message>
        <message>
            <source>Within {band} min of a facility</source>
            <translation>À moins de {band} min d’un équipement</translation>
        </message>
        <message>
            <source>Within {minutes} minutes</source>
            <translation>À moins de {minutes} minutes</translation>
        </message>
        <message>
            <source>Write the own road-class speeds as class=km/h separated by commas, e.g. residential=32; '{item}' is not.</source>
            <translation>Écrivez les vitesses propres par classe sous la forme classe=km/h séparées par des virgules, par exemple residential=32 ; « {item} » ne l’est pas.</translation>
        </message>
        <message>
            <source>Write the rating weights as five numbers from Low to High, e.g. 1,2,4,8,16; '{text}' is not.</source>
            <translation>Écrivez les poids des notes sous la forme de cinq nombres de Faible à Élevé, par ex. 1,2,4,8,16 ; '{text}' ne l’est pas.</translation>
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
            <source>Writes a geodemographic classification (Mosaic, ACORN, OAC…) as a table: segments, names, colours, channels.</source>
            <translation>Écrit une classification géodémographique (Mosaic, ACORN, OAC…) sous forme de table : segments, noms, couleurs, canaux.</translation>
        </message>
        <message>
            <source>You may not write in the folder {folder}: choose another place for the output {output}.</source>
            <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre emplacement pour la sortie {output}.</translation>
        </message>
        <message>
            <source>Your cost of one contact through each service channel, as channel=cost separated by commas, e.g. Maidstone's internet=0.32, telephone=1.86, face_to_face=9.66 (pounds per contact). Channels: internet (web), telephone (phone), mobile, post, face_to_face (f2f). Costs must be more than zero; leave out a channel whose cost you do not know. Empty: no channel-shift scenario. The share of preference realised, today's split of contacts and contacts in total are advanced parameters.</source>
            <translation>Votre coût d’un contact par chaque canal de service, sous la forme canal=coût séparés par des virgules, par ex. ceux de Maidstone internet=0.32, telephone=1.86, face_to_face=9.66 (livres par contact). Canaux : internet (web), telephone (téléphone), mobile, post (courrier), face_to_face (face à face). Les coûts doivent être supérieurs à zéro ; laissez de côté un canal dont vous ne connaissez pas le coût. Vide : pas de scénario de report de canal. La part de la préférence réalisée, la répartition actuelle des contacts et les contacts au total sont des paramètres avancés.</translation>
        </message>
        <message>
            <source>Your own catalogue (JSON or CSV, the format is described in the help page), for example for a licensed classification. When given, it is used instead of the catalogue chosen in the list.</source>
            <translation>Votre propre catalogue (JSON ou CSV, le format est décrit dans la page d’aide), par exemple pour une classification sous licence. S’il est indiqué, il remplace le catalogue choisi dans la liste.</translation>
        </message>
        <message>
            <source>Your own classification (JSON or CSV); empty: the catalogue the profile chooses by default.</source>
            <translation>Votre propre classification (JSON ou CSV) ; vide : le catalogue que le profil choisit par défaut.</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Zone name field</source>
            <translation>Champ du nom de zone</translation>
        </message>
        <message>
            <source>Zone the records lie in</source>
            <translation>Zone où se trouvent les enregistrements</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <source>Zones of highest potential</source>
            <translation>Zones de plus fort potentiel</translation>
        </message>
        <message>
            <source>Zones of most potential</source>
            <translation>Zones au plus fort potentiel</translation>
        </message>
        <message>
            <source>Zones ranked by expected face-to-face demand</source>
            <translation>Zones classées selon la demande attendue de face-à-face</translation>
        </message>
        <message>
            <source>Zones ranked by saving</source>
            <translation>Zones classées par économie</translation>
        </message>
        <message>
            <source>Zones that contain no base unit.</source>
            <translation>Zones qui ne contiennent aucune unité de base.</translation>
        </message>
        <message>
            <source>Zones with fewer target-market units or target records than this are flagged as low numbers.</source>
            <translation>Les zones comptant moins d’unités du marché cible ou d’enregistrements cibles que ce seuil sont signalées comme petits effectifs.</translation>
        </message>
        <message>
            <source>Zones without base</source>
            <translation>Zones sans base</translation>
        </message>
        <message>
            <source>a campaign</source>
            <translation>une campagne</translation>
        </message>
        <message>
            <source>a file the other algorithms read without rebuilding</source>
            <translation>un fichier que les autres algorithmes lisent sans reconstruire</translation>
        </message>
        <message>
            <source>a take-up to aim at</source>
            <translation>un taux d’adhésion visé</translation>
        </message>
        <message>
            <source>access by segment</source>
            <translation>accès par segment</translation>
        </message>
        <message>
            <source>advanced</source>
            <translation>avancé</translation>
        </message>
        <message>
            <source>against the rest, or two</source>
            <translation>contre le reste, ou deux</translation>
        </message>
        <message>
            <source>all records</source>
            <translation>tous les enregistrements</translation>
        </message>
        <message>
            <source>allowing for the search that found the clusters</source>
            <translation>en tenant compte de la recherche qui a trouvé les clusters</translation>
        </message>
        <message>
            <source>answers permuted</source>
            <translation>réponses permutées</translation>
        </message>
        <message>
            <source>arrays for every computation; it comes with QGIS</source>
            <translation>les tableaux de tous les calculs ; il est fourni avec QGIS</translation>
        </message>
        <message>
            <source>as the placement needs</source>
            <translation>selon le placement</translation>
        </message>
        <message>
            <source>base features</source>
            <translation>entités de la base</translation>
        </message>
        <message>
            <source>base units</source>
            <translation>unités de base</translation>
        </message>
        <message>
            <source>before verification</source>
            <translation>avant vérification</translation>
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
            <source>cluster polygons with their counts</source>
            <translation>polygones des clusters avec leurs effectifs</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>clusters</translation>
        </message>
        <message>
            <source>comparison with today</source>
            <translation>comparaison avec l’existant</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
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
            <source>cut where time runs out</source>
            <translation>coupées où le temps s’épuise</translation>
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
            <source>demand to its site</source>
            <translation>la demande vers son site</translation>
        </message>
        <message>
            <source>demand units</source>
            <translation>unités de demande</translation>
        </message>
        <message>
            <source>demand within each band</source>
            <translation>demande par tranche</translation>
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
            <source>e.g. Very unsafe;Fairly unsafe</source>
            <translation>p. ex. Very unsafe;Fairly unsafe</translation>
        </message>
        <message>
            <source>e.g. group; empty: the coarsest</source>
            <translation>p. ex. group ; vide : le plus agrégé</translation>
        </message>
        <message>
            <source>each method's threshold</source>
            <translation>le seuil de chaque méthode</translation>
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
            <source>each unit's facility and minutes</source>
            <translation>équipement et minutes de chaque unité</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>every level, or only the chosen one</source>
            <translation>tous les niveaux, ou le seul choisi</translation>
        </message>
        <message>
            <source>everybody, with segment codes</source>
            <translation>tout le monde, avec son segment</translation>
        </message>
        <message>
            <source>exact mixed-integer programme (HiGHS)</source>
            <translation>programme linéaire en nombres entiers exact (HiGHS)</translation>
        </message>
        <message>
            <source>exact or heuristic</source>
            <translation>exact ou heuristique</translation>
        </message>
        <message>
            <source>farther points are skipped</source>
            <translation>les points plus éloignés sont ignorés</translation>
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
            <source>few</source>
            <translation>peu</translation>
        </message>
        <message>
            <source>fewer, nearer pairs</source>
            <translation>moins de paires, les plus proches</translation>
        </message>
        <message>
            <source>headline, chart, table</source>
            <translation>résumé, graphique, tableau</translation>
        </message>
        <message>
            <source>heuristic (greedy start and interchange) with a proven bound</source>
            <translation>heuristique (départ glouton et échanges) avec une borne prouvée</translation>
        </message>
        <message>
            <source>heuristic solution with a proven bound</source>
            <translation>solution heuristique avec une borne prouvée</translation>
        </message>
        <message>
            <source>heuristic with a proven bound, then the exact solver (HiGHS) on the sites the bound could not rule out</source>
            <translation>heuristique avec une borne prouvée, puis solveur exact (HiGHS) sur les sites que la borne n’a pas pu écarter</translation>
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
            <source>households, postcodes or clients</source>
            <translation>ménages, codes postaux ou usagers</translation>
        </message>
        <message>
            <source>how clusters are found</source>
            <translation>comment trouver les clusters</translation>
        </message>
        <message>
            <source>how demand travels</source>
            <translation>comment la demande se déplace</translation>
        </message>
        <message>
            <source>how they match</source>
            <translation>comment ils se rapprochent</translation>
        </message>
        <message>
            <source>how they would prefer to be served</source>
            <translation>comment ils préféreraient être servis</translation>
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
            <source>joining roads that cross without a shared vertex</source>
            <translation>relier les routes qui se croisent sans sommet commun</translation>
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
            <source>kernel density of the chosen answers</source>
            <translation>densité de noyau des réponses choisies</translation>
        </message>
        <message>
            <source>km/h</source>
            <translation>km/h</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>couche</translation>
        </message>
        <message>
            <source>long table, report</source>
            <translation>tableau long, rapport</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>mètres</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>minutes and metres per pair</source>
            <translation>minutes et mètres par paire</translation>
        </message>
        <message>
            <source>minutes flagged, and summed</source>
            <translation>minutes signalées, et cumulées</translation>
        </message>
        <message>
            <source>minutes, e.g. 5,10,15</source>
            <translation>minutes, p. ex. 5,10,15</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
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
            <source>numpy comes with QGIS: install a QGIS release that has numpy {minimum} or newer.</source>
            <translation>numpy est fourni avec QGIS : installez une version de QGIS qui a numpy {minimum} ou plus récent.</translation>
        </message>
        <message>
            <source>of every test</source>
            <translation>de chaque test</translation>
        </message>
        <message>
            <source>one line per edge with minutes per mode</source>
            <translation>une ligne par tronçon, minutes par mode</translation>
        </message>
        <message>
            <source>one polygon per band</source>
            <translation>un polygone par tranche</translation>
        </message>
        <message>
            <source>one row per segment</source>
            <translation>une ligne par segment</translation>
        </message>
        <message>
            <source>only target records and base units inside {area} ({n} target records lie outside)</source>
            <translation>seuls les enregistrements cibles et les unités de base situés dans {area} ({n} enregistrements cibles sont à l’extérieur)</translation>
        </message>
        <message>
            <source>only what lies inside counts</source>
            <translation>seul ce qui est à l’intérieur compte</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>optional comparison area</source>
            <translation>zone de comparaison facultative</translation>
        </message>
        <message>
            <source>optional crime data</source>
            <translation>données de délinquance facultatives</translation>
        </message>
        <message>
            <source>optional: who lives there</source>
            <translation>facultatif : qui y habite</translation>
        </message>
        <message>
            <source>order {order}: {n} cluster, threshold distance {threshold}</source>
            <translation>ordre {order} : {n} cluster, distance seuil {threshold}</translation>
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
            <source>overall</source>
            <translation>général</translation>
        </message>
        <message>
            <source>p (return)</source>
            <translation>p (retour)</translation>
        </message>
        <message>
            <source>p (return, allowing for the search)</source>
            <translation>p (retour, compte tenu de la recherche)</translation>
        </message>
        <message>
            <source>p (share)</source>
            <translation>p (part)</translation>
        </message>
        <message>
            <source>p (share, allowing for the search)</source>
            <translation>p (part, compte tenu de la recherche)</translation>
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
            <source>p-value of the test of equal response rates.</source>
            <translation>p-valeur du test d’égalité des taux de réponse.</translation>
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
            <source>p-values adjusted for the number of tests by {correction}; significant when the adjusted p-value is below {alpha}.</source>
            <translation>p-valeurs ajustées au nombre de tests par {correction} ; significatif quand la p-valeur ajustée est inférieure à {alpha}.</translation>
        </message>
        <message>
            <source>parts cut off from the main network</source>
            <translation>parties isolées du réseau principal</translation>
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
            <source>per facility and band, with counts</source>
            <translation>par équipement et tranche, avec les effectifs</translation>
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
            <source>pip failed (exit code {code}). Nothing was installed into {folder}; see the log below.</source>
            <translation>pip a échoué (code de sortie {code}). Rien n'a été installé dans {folder} ; voir le journal ci-dessous.</translation>
        </message>
        <message>
            <source>pip found no versions of the packages that work with the numpy and other packages QGIS has. Nothing was installed; see the log below.</source>
            <translation>pip n'a trouvé aucune version des paquets compatible avec le numpy et les autres paquets de QGIS. Rien n'a été installé ; voir le journal ci-dessous.</translation>
        </message>
        <message>
            <source>pip left no site-packages folder</source>
            <translation>pip n'a laissé aucun dossier site-packages</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>points, or a table with postcodes</source>
            <translation>points, ou table avec codes postaux</translation>
        </message>
        <message>
            <source>points, with an id field</source>
            <translation>points, avec un champ identifiant</translation>
        </message>
        <message>
            <source>polygons to verify</source>
            <translation>polygones à vérifier</translation>
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
            <source>ranked zones and scenario</source>
            <translation>zones classées et scénario</translation>
        </message>
        <message>
            <source>reading OpenStreetMap XML files</source>
            <translation>lire les fichiers XML OpenStreetMap</translation>
        </message>
        <message>
            <source>reading OpenStreetMap XML files, with osmnx</source>
            <translation>lire les fichiers XML OpenStreetMap, avec osmnx</translation>
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
            <source>responses placed again by households</source>
            <translation>réponses replacées selon les ménages</translation>
        </message>
        <message>
            <source>road buffer or concave hull</source>
            <translation>tampon des routes ou enveloppe concave</translation>
        </message>
        <message>
            <source>roads piece by piece</source>
            <translation>routes morceau par morceau</translation>
        </message>
        <message>
            <source>roads, or a saved network</source>
            <translation>routes, ou réseau enregistré</translation>
        </message>
        <message>
            <source>saving per service</source>
            <translation>économie par service</translation>
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
            <source>shipped, or your own</source>
            <translation>fourni, ou le vôtre</translation>
        </message>
        <message>
            <source>sites that could host it</source>
            <translation>sites pouvant l’accueillir</translation>
        </message>
        <message>
            <source>smaller clusters are dropped</source>
            <translation>les plus petits clusters sont écartés</translation>
        </message>
        <message>
            <source>statistical tests, travel-time searches and location planning</source>
            <translation>les tests statistiques, les recherches de temps de trajet et la planification des implantations</translation>
        </message>
        <message>
            <source>stopped at the time limit</source>
            <translation>arrêté au temps limite</translation>
        </message>
        <message>
            <source>straight line or network</source>
            <translation>vol d’oiseau ou réseau</translation>
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
            <source>test, small numbers, target market</source>
            <translation>test, petits effectifs, marché cible</translation>
        </message>
        <message>
            <source>tests and verdict per cluster</source>
            <translation>tests et verdict par cluster</translation>
        </message>
        <message>
            <source>the area within reach</source>
            <translation>la zone à portée</translation>
        </message>
        <message>
            <source>the benchmark rates</source>
            <translation>des taux de référence</translation>
        </message>
        <message>
            <source>the categories</source>
            <translation>les catégories</translation>
        </message>
        <message>
            <source>the channel-shift scenario</source>
            <translation>le scénario de report de canal</translation>
        </message>
        <message>
            <source>the chosen {levels}</source>
            <translation>les {levels} choisis</translation>
        </message>
        <message>
            <source>the classification</source>
            <translation>la classification</translation>
        </message>
        <message>
            <source>the district's area</source>
            <translation>la surface du territoire</translation>
        </message>
        <message>
            <source>the fewest {levels} holding {coverage}% of the target</source>
            <translation>le moins de {levels} possible réunissant {coverage} % de la cible</translation>
        </message>
        <message>
            <source>the field {field}</source>
            <translation>le champ {field}</translation>
        </message>
        <message>
            <source>the field {field} ({total} in all)</source>
            <translation>le champ {field} ({total} au total)</translation>
        </message>
        <message>
            <source>the other category</source>
            <translation>l’autre catégorie</translation>
        </message>
        <message>
            <source>the plan</source>
            <translation>le plan</translation>
        </message>
        <message>
            <source>the polygons to describe</source>
            <translation>les polygones à décrire</translation>
        </message>
        <message>
            <source>the rest</source>
            <translation>le reste</translation>
        </message>
        <message>
            <source>the roads (line layer), or an OSM file</source>
            <translation>les routes (couche de lignes), ou un fichier OSM</translation>
        </message>
        <message>
            <source>the same pairs as straight lines</source>
            <translation>les mêmes paires en lignes droites</translation>
        </message>
        <message>
            <source>the survey and the answers that count</source>
            <translation>l’enquête et les réponses retenues</translation>
        </message>
        <message>
            <source>the tables of every algorithm and of the pen portraits</source>
            <translation>les tables de tous les algorithmes et des portraits</translation>
        </message>
        <message>
            <source>the target market</source>
            <translation>du marché cible</translation>
        </message>
        <message>
            <source>the target segments</source>
            <translation>des segments cibles</translation>
        </message>
        <message>
            <source>the zones of {zones}</source>
            <translation>les zones de {zones}</translation>
        </message>
        <message>
            <source>the zones to describe</source>
            <translation>les zones à décrire</translation>
        </message>
        <message>
            <source>the zones with their mix, styled by dominant segment</source>
            <translation>les zones et leur composition, par segment dominant</translation>
        </message>
        <message>
            <source>the {levels} with an index above {threshold}</source>
            <translation>les {levels} d’indice supérieur à {threshold}</translation>
        </message>
        <message>
            <source>today's, to compare</source>
            <translation>l’existant, pour comparer</translation>
        </message>
        <message>
            <source>units with a segment code and a count</source>
            <translation>unités avec un code de segment et un effectif</translation>
        </message>
        <message>
            <source>verdicts in plain words</source>
            <translation>verdicts en clair</translation>
        </message>
        <message>
            <source>verdicts on the map and in words</source>
            <translation>verdicts sur la carte et en mots</translation>
        </message>
        <message>
            <source>version {found} is too old, {minimum} or newer is needed</source>
            <translation>la version {found} est trop ancienne, il faut {minimum} ou plus récent</translation>
        </message>
        <message>
            <source>walk, cycle or drive</source>
            <translation>à pied, à vélo ou en voiture</translation>
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
            <source>what each site reaches</source>
            <translation>ce que chaque site atteint</translation>
        </message>
        <message>
            <source>what to achieve, how many sites</source>
            <translation>quel objectif, combien de sites</translation>
        </message>
        <message>
            <source>what to compare, and how</source>
            <translation>quoi comparer, comment</translation>
        </message>
        <message>
            <source>what to count inside</source>
            <translation>ce qu’il faut compter à l’intérieur</translation>
        </message>
        <message>
            <source>what to profile, and how</source>
            <translation>quoi profiler, comment</translation>
        </message>
        <message>
            <source>what within reach means</source>
            <translation>ce que « à portée » veut dire</translation>
        </message>
        <message>
            <source>where catchments start</source>
            <translation>d’où partent les zones</translation>
        </message>
        <message>
            <source>where demand is, how much</source>
            <translation>où est la demande, combien</translation>
        </message>
        <message>
            <source>where demand travels to</source>
            <translation>où se rend la demande</translation>
        </message>
        <message>
            <source>where each facility's demand centres</source>
            <translation>où se centre la demande de chaque équipement</translation>
        </message>
        <message>
            <source>where face-to-face (or another channel's) demand is</source>
            <translation>où se trouve la demande de face-à-face (ou d’un autre canal)</translation>
        </message>
        <message>
            <source>where postcodes are</source>
            <translation>où sont les codes postaux</translation>
        </message>
        <message>
            <source>where postcodes are, how many households</source>
            <translation>où sont les codes postaux, combien de ménages</translation>
        </message>
        <message>
            <source>where to act, and whom to contact</source>
            <translation>où agir, et qui contacter</translation>
        </message>
        <message>
            <source>where to look</source>
            <translation>où chercher</translation>
        </message>
        <message>
            <source>where, and which zones to list</source>
            <translation>où, et quelles zones lister</translation>
        </message>
        <message>
            <source>which segments</source>
            <translation>quels segments</translation>
        </message>
        <message>
            <source>which sites, how many</source>
            <translation>quels sites, combien</translation>
        </message>
        <message>
            <source>who is within reach, by segment</source>
            <translation>qui est à portée, par segment</translation>
        </message>
        <message>
            <source>who lives there</source>
            <translation>qui y habite</translation>
        </message>
        <message>
            <source>who lives there, by segment</source>
            <translation>qui y habite, par segment</translation>
        </message>
        <message>
            <source>who lives within reach, by segment</source>
            <translation>qui habite à portée, par segment</translation>
        </message>
        <message>
            <source>who takes up the service</source>
            <translation>qui adhère au service</translation>
        </message>
        <message>
            <source>who the target is</source>
            <translation>qui est la cible</translation>
        </message>
        <message>
            <source>whose take-up</source>
            <translation>l’adhésion de qui</translation>
        </message>
        <message>
            <source>with the demand served</source>
            <translation>avec la demande servie</translation>
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
            <source>zones ranked by face-to-face demand</source>
            <translation>zones classées par demande de face-à-face</translation>
        </message>
        <message>
            <source>zones, list, report</source>
            <translation>zones, liste, rapport</translation>
        </message>
        <message>
            <source>{actual} of them are in {target} today; at each segment's take-up across the whole base {expected} would be: {more} more could be reached.</source>
            <translation>{actual} d’entre eux figurent aujourd’hui dans {target} ; au taux d’adhésion de chaque segment sur toute la base, ils seraient {expected} : {more} de plus pourraient être atteints.</translation>
        </message>
        <message>
            <source>{actual} of them are in {target} today; at each segment's take-up across the whole base {expected} would be: {more} more than that already are.</source>
            <translation>{actual} d’entre eux figurent aujourd’hui dans {target} ; au taux d’adhésion de chaque segment sur toute la base, ils seraient {expected} : {more} de plus y figurent déjà.</translation>
        </message>
        <message>
            <source>{algorithm} stopped on an unexpected error ({error}). No output was written. Please report it with the inputs that caused it; the details are in the Log Messages panel (Place Insight tab).</source>
            <translation>{algorithm} s’est arrêté sur une erreur inattendue ({error}). Aucune sortie n’a été écrite. Merci de la signaler avec les données qui l’ont provoquée ; le détail figure dans le panneau Journal des messages (onglet Place Insight).</translation>
        </message>
        <message>
            <source>{catalogue} (not installed)</source>
            <translation>{catalogue} (non installé)</translation>
        </message>
        <message>
            <source>{category} against {versus}: no significant difference in the spread over the segments (chi-square {statistic}, {df} degrees of freedom, p {p}, adjusted p {adjusted}; {test}).</source>
            <translation>{category} contre {versus} : pas de différence significative de répartition entre les segments (khi-deux {statistic}, {df} degrés de liberté, p {p}, p ajustée {adjusted} ; {test}).</translation>
        </message>
        <message>
            <source>{category} against {versus}: the spreads over the segments differ (chi-square {statistic}, {df} degrees of freedom, p {p}, adjusted p {adjusted}; {test}).</source>
            <translation>{category} contre {versus} : les répartitions entre les segments diffèrent (khi-deux {statistic}, {df} degrés de liberté, p {p}, p ajustée {adjusted} ; {test}).</translation>
        </message>
        <message>
            <source>{category} has fewer than 2 placed records: it is in the table but not tested.</source>
            <translation>{category} a moins de 2 enregistrements placés : elle figure dans le tableau mais n’est pas testée.</translation>
        </message>
        <message>
            <source>{channel} (%)</source>
            <translation>{channel} (%)</translation>
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
            <source>{codes}: {description}; {market} {counted} ({share}% of the base).</source>
            <translation>{codes} : {description} ; {market} {counted} ({share} % de la base).</translation>
        </message>
        <message>
            <source>{code} (row {row})</source>
            <translation>{code} (ligne {row})</translation>
        </message>
        <message>
            <source>{code} ({share}% against {versus}%)</source>
            <translation>{code} ({share} % contre {versus} %)</translation>
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
            <source>{count} {what} of Unclassified segments are left out of the channel shares.</source>
            <translation>{count} {what} de segments Non classé sont exclus des parts par canal.</translation>
        </message>
        <message>
            <source>{density} per km²</source>
            <translation>{density} par km²</translation>
        </message>
        <message>
            <source>{exact} for an area fixed in advance, {adjusted} allowing for the search</source>
            <translation>{exact} pour une zone fixée à l’avance, {adjusted} compte tenu de la recherche</translation>
        </message>
        <message>
            <source>{first} and {second} differ in their spread over the segments.</source>
            <translation>{first} et {second} diffèrent dans leur répartition entre les segments.</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} et {last}</translation>
        </message>
        <message>
            <source>{items}; {item}</source>
            <translation>{items} ; {item}</translation>
        </message>
        <message>
            <source>{joined} crossings without a shared vertex were joined; {kept} on bridges, tunnels or other layers were kept apart.</source>
            <translation>{joined} croisements sans sommet partagé ont été raccordés ; {kept} sur des ponts, des tunnels ou d’autres niveaux sont restés séparés.</translation>
        </message>
        <message>
            <source>{k} nearest neighbours, with every unit tied with the {k}th ({n} units have more)</source>
            <translation>{k} plus proches voisins, avec toute unité à égalité avec la {k}e ({n} unités en ont davantage)</translation>
        </message>
        <message>
            <source>{labels}: {note}</source>
            <translation>{labels} : {note}</translation>
        </message>
        <message>
            <source>{label}: the finder found clusters in {k} of {n} simulations ({mean} a simulation on average)</source>
            <translation>{label} : la recherche a trouvé des clusters dans {k} simulations sur {n} ({mean} par simulation en moyenne)</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <source>{layer} holds the edges of Build network: the network is read as built, with their junctions, speeds and directions.</source>
            <translation>{layer} contient les tronçons de Construire le réseau : le réseau est lu tel qu’il a été construit, avec leurs jonctions, leurs vitesses et leurs sens.</translation>
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
            <source>{layer}: {units} units, {total} {counted} in all.</source>
            <translation>{layer} : {units} unités, {total} {counted} au total.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>De {low} à {high}</translation>
        </message>
        <message>
            <source>{low} to {high} chosen answers per km²</source>
            <translation>De {low} à {high} réponses choisies par km²</translation>
        </message>
        <message>
            <source>{low} to {high} minutes</source>
            <translation>De {low} à {high} minutes</translation>
        </message>
        <message>
            <source>{market} {counted} are in the target market ({codes})</source>
            <translation>{market} {counted} font partie du marché cible ({codes})</translation>
        </message>
        <message>
            <source>{market} {counted} in the zone of {zones} are in the target market ({codes})</source>
            <translation>{market} {counted} dans la zone de {zones} font partie du marché cible ({codes})</translation>
        </message>
        <message>
            <source>{market} {counted} in {n} zones of {zones} are in the target market ({codes})</source>
            <translation>{market} {counted} dans {n} zones de {zones} font partie du marché cible ({codes})</translation>
        </message>
        <message>
            <source>{market} {counted} of the area are in the target market of {target} ({codes}): {share}% of the area, index {index}.</source>
            <translation>{market} {counted} du territoire font partie du marché cible de {target} ({codes}) : {share} % du territoire, indice {index}.</translation>
        </message>
        <message>
            <source>{name} ({state}): {purpose}</source>
            <translation>{name} ({state}) : {purpose}</translation>
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
            <source>{n} base units of the target market, largest potential first; the first {shown}:</source>
            <translation>{n} unités de base du marché cible, du plus fort potentiel au plus faible ; les {shown} premières :</translation>
        </message>
        <message>
            <source>{n} by {split}: {names}.</source>
            <translation>{n} selon {split} : {names}.</translation>
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
            <source>{n} cluster checked, as an area fixed in advance. Return rate ordinary (verified): {v}. {answers} significantly concentrated: {c}. Fear without crime (verified, concentrated, incidents not elevated): {f}.</source>
            <translation>{n} cluster contrôlé, comme zone fixée à l’avance. Taux de retour ordinaire (vérifié) : {v}. {answers} significativement concentrées : {c}. Peur sans délinquance (vérifié, concentrées, incidents non élevés) : {f}.</translation>
        </message>
        <message>
            <source>{n} cluster checked. Return rate ordinary (verified): {v}. {answers} significantly concentrated (after allowing for the search): {c}. Fear without crime (verified, concentrated, incidents not elevated): {f}.</source>
            <translation>{n} cluster contrôlé. Taux de retour ordinaire (vérifié) : {v}. {answers} significativement concentrées (compte tenu de la recherche) : {c}. Peur sans délinquance (vérifié, concentrées, incidents non élevés) : {f}.</translation>
        </message>
        <message>
            <source>{n} cluster contains no postcode unit, so its return rate cannot be tested: {ids}.</source>
            <translation>{n} cluster ne contient aucune unité postale, son taux de retour ne peut donc pas être testé : {ids}.</translation>
        </message>
        <message>
            <source>{n} cluster contains no unit of {base}, so its dominant segments are NULL: {ids}.</source>
            <translation>{n} cluster ne contient aucune unité de {base} ; ses segments dominants sont donc NULL ({ids}).</translation>
        </message>
        <message>
            <source>{n} cluster has fewer than {k} responses; its results rest on small numbers: {ids}.</source>
            <translation>{n} cluster a moins de {k} réponses ; ses résultats reposent sur de petits effectifs : {ids}.</translation>
        </message>
        <message>
            <source>{n} cluster.</source>
            <translation>{n} cluster.</translation>
        </message>
        <message>
            <source>{n} clusters checked, as areas fixed in advance. Return rate ordinary (verified): {v}. {answers} significantly concentrated: {c}. Fear without crime (verified, concentrated, incidents not elevated): {f}.</source>
            <translation>{n} clusters contrôlés, comme zones fixées à l’avance. Taux de retour ordinaire (vérifié) : {v}. {answers} significativement concentrées : {c}. Peur sans délinquance (vérifié, concentrées, incidents non élevés) : {f}.</translation>
        </message>
        <message>
            <source>{n} clusters checked. Return rate ordinary (verified): {v}. {answers} significantly concentrated (after allowing for the search): {c}. Fear without crime (verified, concentrated, incidents not elevated): {f}.</source>
            <translation>{n} clusters contrôlés. Taux de retour ordinaire (vérifié) : {v}. {answers} significativement concentrées (compte tenu de la recherche) : {c}. Peur sans délinquance (vérifié, concentrées, incidents non élevés) : {f}.</translation>
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
            <source>{n} contacts of {layer} have no value in the field {field}; they are counted as not responding.</source>
            <translation>{n} contacts de {layer} n’ont pas de valeur dans le champ {field} ; ils sont comptés comme sans réponse.</translation>
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
            <source>{n} edges have a value in {field} that is not a number (features {examples}).</source>
            <translation>{n} tronçons ont dans {field} une valeur qui n’est pas un nombre (entités {examples}).</translation>
        </message>
        <message>
            <source>{n} edges have no node number in {field} (features {examples}).</source>
            <translation>{n} tronçons n’ont pas de numéro de nœud dans {field} (entités {examples}).</translation>
        </message>
        <message>
            <source>{n} edges have several lines or no geometry (features {examples}): each edge must be one line.</source>
            <translation>{n} tronçons ont plusieurs lignes ou aucune géométrie (entités {examples}) : chaque tronçon doit être une seule ligne.</translation>
        </message>
        <message>
            <source>{n} facilities are farther from the network than the snapping tolerance (or have no location) and have no catchment: {examples}.</source>
            <translation>{n} équipements sont plus éloignés du réseau que la tolérance d’accrochage (ou n’ont pas de position) et n’ont pas de zone de desserte : {examples}.</translation>
        </message>
        <message>
            <source>{n} facilities have no value (NULL) in their id field (facilities {examples}, counted in the layer's order). The table by segment gives the rows of all facilities together an empty id, so every facility needs one: fill them in, or choose no id field to use the feature ids.</source>
            <translation>{n} équipements n'ont pas de valeur (NULL) dans leur champ d'identifiant (équipements {examples}, comptés dans l'ordre de la couche). La table par segment donne un identifiant vide aux lignes de l'ensemble des équipements : chaque équipement doit donc en avoir un. Renseignez-les, ou ne choisissez aucun champ d'identifiant pour utiliser les identifiants des entités.</translation>
        </message>
        <message>
            <source>{n} facilities lie on a part of the network not connected to the rest (an island); their catchments stop at its edge: {examples}.</source>
            <translation>{n} équipements se trouvent sur une partie du réseau non reliée au reste (un îlot) ; leurs zones de desserte s’arrêtent à sa limite : {examples}.</translation>
        </message>
        <message>
            <source>{n} facility is farther from the network than the snapping tolerance (or has no location) and has no catchment: {examples}.</source>
            <translation>{n} équipement est plus éloigné du réseau que la tolérance d’accrochage (ou n’a pas de position) et n’a pas de zone de desserte : {examples}.</translation>
        </message>
        <message>
            <source>{n} facility lies on a part of the network not connected to the rest (an island); its catchments stop at its edge: {examples}.</source>
            <translation>{n} équipement se trouve sur une partie du réseau non reliée au reste (un îlot) ; ses zones de desserte s’arrêtent à sa limite : {examples}.</translation>
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
            <source>{n} fewer {what} of {segment} are within {cutoff} {unit} ({before}% → {after}% of them).</source>
            <translation>{n} {what} de moins du segment {segment} sont en deçà de {cutoff} {unit} ({before} % → {after} % d’entre eux).</translation>
        </message>
        <message>
            <source>{n} keys appear on several units of {layer} (e.g. {examples}); their counts are summed in the base and a target record takes the largest unit's segment.</source>
            <translation>{n} clés figurent sur plusieurs unités de {layer} (par ex. {examples}) ; leurs effectifs sont additionnés dans la base et un enregistrement cible prend le segment de l’unité la plus grande.</translation>
        </message>
        <message>
            <source>{n} line end was joined to a vertex within the join tolerance.</source>
            <translation>{n} extrémité de ligne a été raccordée à un sommet dans la tolérance de raccordement.</translation>
        </message>
        <message>
            <source>{n} line ends were joined to a vertex within the join tolerance.</source>
            <translation>{n} extrémités de ligne ont été raccordées à un sommet dans la tolérance de raccordement.</translation>
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
            <source>{n} more categories are tested in the table ({differ} of all {tested} differ significantly).</source>
            <translation>{n} autres catégories sont testées dans le tableau ({differ} des {tested} diffèrent significativement).</translation>
        </message>
        <message>
            <source>{n} of those keys carry different segments (e.g. {examples}).</source>
            <translation>{n} de ces clés portent des segments différents (par ex. {examples}).</translation>
        </message>
        <message>
            <source>{n} of {tested} categories differ significantly from the rest in their spread over the segments.</source>
            <translation>{n} catégories sur {tested} diffèrent significativement du reste dans leur répartition entre les segments.</translation>
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
            <source>{n} of {total} {what} ({share}%) are expected to prefer face-to-face service; most live in {zones}.</source>
            <translation>{n} des {total} {what} ({share} %) devraient préférer le service en face-à-face ; la plupart vivent à {zones}.</translation>
        </message>
        <message>
            <source>{n} of {total} {what} lie outside the district and are left out.</source>
            <translation>{n} {what} sur {total} se trouvent hors du territoire ; on n’en tient pas compte.</translation>
        </message>
        <message>
            <source>{n} origin–destination pair is beyond the cut-off of {minutes} minutes (NULL time).</source>
            <translation>{n} paire origine–destination est au-delà du seuil de {minutes} minutes (temps NULL).</translation>
        </message>
        <message>
            <source>{n} origin–destination pair is not connected by the network (NULL time).</source>
            <translation>{n} paire origine–destination n’est pas reliée par le réseau (temps NULL).</translation>
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
            <source>{n} records lie in no zone of {zones}; they form the category {none}.</source>
            <translation>{n} enregistrements ne sont dans aucune zone de {zones} ; ils forment la catégorie {none}.</translation>
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
            <source>{n} records of {layer} have no value in the field {field}; they form the category {none}.</source>
            <translation>{n} enregistrements de {layer} n’ont pas de valeur dans le champ {field} ; ils forment la catégorie {none}.</translation>
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
            <source>{n} segment code of the area is not in the catalogue and counts as Unclassified: {codes}.</source>
            <translation>{n} code de segment de la zone ne figure pas dans le catalogue et compte comme « Non classé » : {codes}.</translation>
        </message>
        <message>
            <source>{n} segment codes of the area are not in the catalogue and count as Unclassified: {codes}.</source>
            <translation>{n} codes de segment de la zone ne figurent pas dans le catalogue et comptent comme « Non classé » : {codes}.</translation>
        </message>
        <message>
            <source>{n} segments have no complete ratings of {kind} channels and are left out of the channel shares: {segments}; they hold {count} {what} ({share}% of the base).</source>
            <translation>{n} segments n’ont pas de notes complètes des canaux de {kind} et sont exclus des parts par canal : {segments} ; ils comptent {count} {what} ({share} % de la base).</translation>
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
            <source>{n} units of the list have their target counts suppressed.</source>
            <translation>{n} unités de la liste ont leur effectif cible masqué.</translation>
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
            <source>{n} zones contain no base unit ({examples}); their figures are NULL.</source>
            <translation>{n} zones ne contiennent aucune unité de base ({examples}) ; leurs valeurs sont NULL.</translation>
        </message>
        <message>
            <source>{n} zones have contacts but no base units with ratings, so no preference to shift them by: {zones}. Their {count} contacts are costed today but none moves.</source>
            <translation>{n} zones ont des contacts mais aucune unité de base notée, donc aucune préférence pour les reporter : {zones}. Leurs {count} contacts sont chiffrés aujourd’hui mais aucun ne change de canal.</translation>
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
            <source>{parameter}: '{value}' is not one of the choices. Give one of: {choices}.</source>
            <translation>{parameter} : « {value} » ne fait pas partie des choix. Indiquez l’un de ceux-ci : {choices}.</translation>
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
            <source>{profile}: {edges} usable edges, {km} km, all connected.</source>
            <translation>{profile} : {edges} tronçons utilisables, {km} km, tous reliés.</translation>
        </message>
        <message>
            <source>{profile}: {edges} usable edges, {km} km, in {islands} parts not connected to each other.</source>
            <translation>{profile} : {edges} tronçons utilisables, {km} km, en {islands} parties non reliées entre elles.</translation>
        </message>
        <message>
            <source>{profile}: {km} km of the network lie on {islands} island not connected to the main network; points snapped there reach only their island.</source>
            <translation>{profile} : {km} km du réseau se trouvent sur {islands} îlot non relié au réseau principal ; les points accrochés là n’atteignent que leur îlot.</translation>
        </message>
        <message>
            <source>{profile}: {km} km of the network lie on {islands} islands not connected to the main network; points snapped there reach only their island.</source>
            <translation>{profile} : {km} km du réseau se trouvent sur {islands} îlots non reliés au réseau principal ; les points accrochés là n’atteignent que leur îlot.</translation>
        </message>
        <message>
            <source>{program} could not be started: packages cannot be installed from QGIS.</source>
            <translation>{program} n'a pas pu être lancé : les paquets ne peuvent pas être installés depuis QGIS.</translation>
        </message>
        <message>
            <source>{rate} per 1,000 households</source>
            <translation>{rate} pour 1 000 ménages</translation>
        </message>
        <message>
            <source>{rate} per 1,000 postcode units</source>
            <translation>{rate} pour 1 000 unités postales</translation>
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
            <source>{segment} lose {change} {unit} on average ({before} → {after} {unit}).</source>
            <translation>{segment} perdent {change} {unit} en moyenne ({before} → {after} {unit}).</translation>
        </message>
        <message>
            <source>{segment} save {change} {unit} on average ({before} → {after} {unit}).</source>
            <translation>{segment} gagnent {change} {unit} en moyenne ({before} → {after} {unit}).</translation>
        </message>
        <message>
            <source>{segment}: {share}% ({n} {what})</source>
            <translation>{segment} : {share} % ({n} {what})</translation>
        </message>
        <message>
            <source>{share} of its area lies in incident clusters{ids}.</source>
            <translation>{share} de sa surface se trouve dans des clusters d’incidents{ids}.</translation>
        </message>
        <message>
            <source>{share} of its responses are {answers}, against {district} in the district ({p}): significant for an area fixed in advance, but not after allowing for the search, since searches of answers with nothing in them draw clusters as extreme as often as that.</source>
            <translation>{share} de ses réponses sont {answers}, contre {district} dans le territoire ({p}) : significatif pour une zone fixée à l’avance, mais pas compte tenu de la recherche, car des recherches dans des réponses où il n’y a rien tracent aussi souvent des clusters aussi extrêmes.</translation>
        </message>
        <message>
            <source>{share} of its responses are {answers}, against {district} in the district ({p}): these answers are concentrated here.</source>
            <translation>{share} de ses réponses sont {answers}, contre {district} dans le territoire ({p}) : ces réponses se concentrent ici.</translation>
        </message>
        <message>
            <source>{share} of its responses are {answers}, against {district} in the district ({p}): these answers are significantly concentrated here, after allowing for the search that drew the cluster.</source>
            <translation>{share} de ses réponses sont {answers}, contre {district} dans le territoire ({p}) : ces réponses sont significativement concentrées ici, compte tenu de la recherche qui a tracé le cluster.</translation>
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
            <source>{share} of the demand is within {cutoff} {unit}.</source>
            <translation>{share} de la demande se trouve à moins de {cutoff} {unit}.</translation>
        </message>
        <message>
            <source>{share} of the demand is within {minutes} minutes of a facility.</source>
            <translation>{share} de la demande se trouve à moins de {minutes} minutes d’un équipement.</translation>
        </message>
        <message>
            <source>{share} of the target lies in {n} of {total} {levels}: {codes}.</source>
            <translation>{share} de la cible se trouve dans {n} des {total} {levels} : {codes}.</translation>
        </message>
        <message>
            <source>{share}% of the responders ({low}–{high}%) came from the target segments {codes}.</source>
            <translation>{share} % des répondants ({low}–{high} %) sont issus des segments cibles {codes}.</translation>
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
            <source>{targeted} responded at {rate}% ({level}% CI {low}–{high}%), {others} at {other_rate}% ({other_low}–{other_high}%)</source>
            <translation>{targeted} a répondu à {rate} % (IC à {level} % {low}–{high} %), {others} à {other_rate} % ({other_low}–{other_high} %)</translation>
        </message>
        <message>
            <source>{total} {count} in {units} base unit ({level} level of {catalogue}).</source>
            <translation>{total} {count} dans {units} unité de base (niveau {level} de {catalogue}).</translation>
        </message>
        <message>
            <source>{total} {count} in {units} base units ({level} level of {catalogue}).</source>
            <translation>{total} {count} dans {units} unités de base (niveau {level} de {catalogue}).</translation>
        </message>
        <message>
            <source>{value} {unit} × {weight}</source>
            <translation>{value} {unit} × {weight}</translation>
        </message>
        <message>
            <source>{value} {weight} ({share})</source>
            <translation>{value} {weight} ({share})</translation>
        </message>
        <message>
            <source>{what}: '{name}' is not a service channel; use {channels}.</source>
            <translation>{what} : '{name}' n’est pas un canal de service ; utilisez {channels}.</translation>
        </message>
        <message>
            <source>{what}: shares must be zero or more and not all zero.</source>
            <translation>{what} : les parts doivent être positives ou nulles et pas toutes nulles.</translation>
        </message>
        <message>
            <source>{what}: the channel {channel} is given twice.</source>
            <translation>{what} : le canal {channel} est donné deux fois.</translation>
        </message>
        <message>
            <source>{what}: write each channel as channel=number, e.g. internet=0.32; '{item}' is not.</source>
            <translation>{what} : écrivez chaque canal sous la forme canal=nombre, par ex. internet=0.32 ; '{item}' ne l’est pas.</translation>
        </message>
        <message>
            <source>{what}: {outside} has no cost per contact; give its cost or leave it out.</source>
            <translation>{what} : {outside} n’a pas de coût par contact ; donnez son coût ou laissez-le de côté.</translation>
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
            <source>{where}: {n} {what}, {share}% of the base.</source>
            <translation>{where} : {n} {what}, {share} % de la base.</translation>
        </message>
        <message>
            <source>{zones}: {n} zones, {with_base} of them with base units; {listed} listed.</source>
            <translation>{zones} : {n} zones, dont {with_base} avec des unités de base ; {listed} listées.</translation>
        </message>
        <message>
            <source>“{answer}”</source>
            <translation>« {answer} »</translation>
        </message>
        <message>
            <source>… and {n} more keys (all of them are in the log)</source>
            <translation>… et {n} autres clés (toutes figurent dans le journal)</translation>
        </message>
    </context>
</TS>
