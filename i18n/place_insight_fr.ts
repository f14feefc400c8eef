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
            <source>Author</source>
            <translation>Auteur</translation>
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
            <source>Classification catalogue</source>
            <translation>Catalogue de classification</translation>
        </message>
        <message>
            <source>Could not write feature {row} of the output: {error}</source>
            <translation>Impossible d’écrire l’entité {row} de la sortie : {error}</translation>
        </message>
        <message>
            <source>Customer insight for councils, police, health and fire services: segment profiles, walk and drive-time catchments, service location planning, survey cluster verification and pen portraits of any area.</source>
            <translation>Connaissance des usagers pour les collectivités, la police, la santé et les pompiers : profils par segment, zones de desserte à pied et en voiture, choix de l’implantation des services, vérification des agrégats d’enquête et portraits de tout territoire.</translation>
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
            <source>Generated by Place Insight on {date}.</source>
            <translation>Produit par Place Insight le {date}.</translation>
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
            <source>How many rows the table has.</source>
            <translation>Le nombre de lignes de la table.</translation>
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
            <source>Not enough memory for this run. Try a smaller area or fewer inputs.</source>
            <translation>Mémoire insuffisante pour ce traitement. Essayez une zone plus petite ou moins de données en entrée.</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Nombre de segments</translation>
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
            <source>Report a problem</source>
            <translation>Signaler un problème</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Segmentation</source>
            <translation>Segmentation</translation>
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
            <source>The layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>La couche {layer} n’a pas de champ {field}. Choisissez parmi : {fields}.</translation>
        </message>
        <message>
            <source>The level to report at, by its id (e.g. group, type; supergroup, group, subgroup). Codes at a finer level roll up through the catalogue. Empty: the coarsest level.</source>
            <translation>Le niveau auquel présenter les résultats, par son identifiant (par ex. group, type ; supergroup, group, subgroup). Les codes d’un niveau plus fin sont agrégés selon la hiérarchie du catalogue. Vide : le niveau le plus agrégé.</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Non classé</translation>
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
            <source>{code} (row {row})</source>
            <translation>{code} (ligne {row})</translation>
        </message>
        <message>
            <source>{n} segments of the catalogue {catalogue}.</source>
            <translation>{n} segments du catalogue {catalogue}.</translation>
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
