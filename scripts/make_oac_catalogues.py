#!/usr/bin/env python3
"""Write the ONS Output Area Classification catalogues (2011 and 2021) to resources/catalogues/.

    python scripts/make_oac_catalogues.py

The codes and English names are the ONS's (Open Government Licence); the
French names, the colours and the short descriptions of supergroups and
groups were written for Place Insight in its own words (CC0). Colours:
each supergroup has a hue; its groups and subgroups are lighter and darker
shades of it, so a map at any level reads at a glance.
"""

from __future__ import annotations

import colorsys
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "catalogues"

LEVELS = [
    {"id": "supergroup", "name": {"en": "Supergroup", "fr": "Super-groupe"},
     "plural": {"en": "supergroups", "fr": "super-groupes"}},
    {"id": "group", "name": {"en": "Group", "fr": "Groupe"}, "plural": {"en": "groups", "fr": "groupes"}},
    {"id": "subgroup", "name": {"en": "Subgroup", "fr": "Sous-groupe"},
     "plural": {"en": "subgroups", "fr": "sous-groupes"}},
]

# code: (English name, French name[, English description, French description])
OAC2011_SUPERGROUPS = {
    "1": ("Rural Residents", "Résidents ruraux",
          "Villages, farms and small settlements: older, mostly home-owning households, with long car journeys "
          "and many people working in farming or from home.",
          "Villages, fermes et petits hameaux : ménages plutôt âgés, souvent propriétaires, de longs trajets en "
          "voiture et beaucoup de personnes travaillant dans l'agriculture ou à domicile."),
    "2": ("Cosmopolitans", "Cosmopolites",
          "Dense city-centre areas of young adults, many students and people born abroad, living in flats, "
          "often renting privately.",
          "Quartiers denses des centres-villes : jeunes adultes, nombreux étudiants et personnes nées à l'étranger, "
          "en appartement, souvent locataires du privé."),
    "3": ("Ethnicity Central", "Quartiers centraux multiethniques",
          "Inner areas of the largest cities, above all London, with a very mixed population, young adults and "
          "crowded rented flats.",
          "Quartiers centraux des plus grandes villes, Londres surtout : population très diverse, jeunes adultes, "
          "appartements loués et souvent surpeuplés."),
    "4": ("Multicultural Metropolitans", "Métropolitains multiculturels",
          "Terraced streets around city centres where families of many origins live, with more children and more "
          "renting than average.",
          "Rues de maisons mitoyennes autour des centres-villes où vivent des familles de nombreuses origines, "
          "avec plus d'enfants et plus de locataires que la moyenne."),
    "5": ("Urbanites", "Citadins",
          "Settled town and city neighbourhoods of flats and smaller houses, with professionals, families and "
          "active retired people.",
          "Quartiers urbains installés, appartements et petites maisons : cadres, familles et retraités actifs."),
    "6": ("Suburbanites", "Résidents de banlieue",
          "Owner-occupied detached and semi-detached houses on the edge of towns, with families and older "
          "couples in steady work or retirement.",
          "Maisons individuelles ou jumelées en périphérie des villes, souvent en propriété : familles et couples "
          "plus âgés, en emploi stable ou à la retraite."),
    "7": ("Constrained City Dwellers", "Citadins aux ressources limitées",
          "Denser urban areas, often social housing and flats, where lower incomes, unemployment and poor health "
          "are more common.",
          "Zones urbaines denses, souvent logement social et appartements, où revenus modestes, chômage et "
          "mauvaise santé sont plus fréquents."),
    "8": ("Hard-Pressed Living", "Vie sous pression",
          "Terraced and semi-detached streets of former industrial towns, with routine jobs, lower qualifications "
          "and money worries.",
          "Rues de maisons mitoyennes ou jumelées des anciennes villes industrielles : emplois d'exécution, peu "
          "de diplômes et soucis d'argent."),
}

OAC2011_GROUPS = {
    "1a": ("Farming Communities", "Communautés agricoles",
           "Remote farming areas where agriculture is a main employer and households are spread out.",
           "Campagnes isolées où l'agriculture est un employeur majeur et où l'habitat est dispersé."),
    "1b": ("Rural Tenants", "Locataires ruraux",
           "Rural households that rent, including social housing in villages and small towns.",
           "Ménages ruraux locataires, y compris en logement social, dans les villages et petites villes."),
    "1c": ("Ageing Rural Dwellers", "Ruraux vieillissants",
           "Countryside areas with many retired people, often in detached homes they own.",
           "Zones rurales comptant beaucoup de retraités, souvent propriétaires de maisons individuelles."),
    "2a": ("Students Around Campus", "Étudiants autour du campus",
           "Halls and shared houses next to universities, dominated by full-time students.",
           "Résidences et colocations proches des universités, où dominent les étudiants à plein temps."),
    "2b": ("Inner-City Students", "Étudiants des centres-villes",
           "Central flats shared by students and young workers, many of them from abroad.",
           "Appartements du centre partagés par des étudiants et de jeunes actifs, souvent venus de l'étranger."),
    "2c": ("Comfortable Cosmopolitans", "Cosmopolites aisés",
           "Mixed central neighbourhoods of well-qualified young adults and couples, often born abroad.",
           "Quartiers centraux mixtes de jeunes adultes et couples diplômés, souvent nés à l'étranger."),
    "2d": ("Aspiring and Affluent", "Ambitieux et aisés",
           "Well-paid young professionals in city flats, with few children and high qualifications.",
           "Jeunes cadres bien payés en appartement en ville, peu d'enfants et diplômes élevés."),
    "3a": ("Ethnic Family Life", "Vie familiale multiethnique",
           "Families of many origins, often renting social or private housing in large cities.",
           "Familles de nombreuses origines, souvent locataires du social ou du privé dans les grandes villes."),
    "3b": ("Endeavouring Ethnic Mix", "Mixité ethnique persévérante",
           "Diverse areas where people work hard in service jobs, many renting flats.",
           "Quartiers divers où l'on travaille dur dans les services, souvent locataire d'un appartement."),
    "3c": ("Ethnic Dynamics", "Dynamiques multiethniques",
           "Diverse, crowded neighbourhoods with more unemployment and social renting.",
           "Quartiers divers et denses, avec davantage de chômage et de logement social."),
    "3d": ("Aspirational Techies", "Techniciens ambitieux",
           "Young, qualified workers, many from Europe, in technical and professional jobs.",
           "Jeunes actifs qualifiés, souvent européens, dans des métiers techniques et qualifiés."),
    "4a": ("Rented Family Living", "Familles locataires",
           "Families with young children renting, often in social housing, in multicultural areas.",
           "Familles avec de jeunes enfants, locataires, souvent en logement social, dans des quartiers "
           "multiculturels."),
    "4b": ("Challenged Asian Terraces", "Maisons mitoyennes asiatiques en difficulté",
           "Terraced streets with large families of South Asian origin and lower incomes.",
           "Rues de maisons mitoyennes où vivent des familles nombreuses d'origine sud-asiatique aux revenus "
           "modestes."),
    "4c": ("Asian Traits", "Traits asiatiques",
           "Areas with many households of Asian origin, more often owning their home and in work.",
           "Quartiers comptant beaucoup de ménages d'origine asiatique, plus souvent propriétaires et en emploi."),
    "5a": ("Urban Professionals and Families", "Cadres et familles urbains",
           "Town neighbourhoods of working professionals and young families in houses and flats.",
           "Quartiers urbains de cadres actifs et de jeunes familles, en maisons et appartements."),
    "5b": ("Ageing Urban Living", "Vie urbaine vieillissante",
           "Older people in towns, in flats or small houses, some in retirement housing.",
           "Personnes âgées en ville, en appartement ou petite maison, certaines en résidence pour seniors."),
    "6a": ("Suburban Achievers", "Réussite en banlieue",
           "Comfortable suburbs of detached homes, owner-occupied, with good qualifications.",
           "Banlieues confortables de maisons individuelles, en propriété, avec de bons diplômes."),
    "6b": ("Semi-Detached Suburbia", "Banlieue de maisons jumelées",
           "Semi-detached suburbs of working families and older couples who own their home.",
           "Banlieues de maisons jumelées : familles actives et couples plus âgés propriétaires."),
    "7a": ("Challenged Diversity", "Diversité en difficulté",
           "Mixed, often newer communities facing low incomes and crowded housing.",
           "Communautés mélangées, souvent récentes, confrontées à des revenus faibles et au surpeuplement."),
    "7b": ("Constrained Flat Dwellers", "Habitants d'appartements aux moyens limités",
           "Flats, many socially rented, with single people, lone parents and fewer in work.",
           "Appartements, souvent sociaux : personnes seules, parents isolés et moins de personnes en emploi."),
    "7c": ("White Communities", "Communautés blanches",
           "Largely white British estates with social renting and lower qualifications.",
           "Cités à population surtout blanche britannique, logement social et peu de diplômes."),
    "7d": ("Ageing City Dwellers", "Citadins vieillissants",
           "Older people in urban flats and bungalows, often renting, some in care homes.",
           "Personnes âgées en appartement ou plain-pied en ville, souvent locataires, parfois en maison de "
           "retraite."),
    "8a": ("Industrious Communities", "Communautés laborieuses",
           "Working communities in former industrial towns, owning or renting terraced homes.",
           "Communautés actives des anciennes villes industrielles, propriétaires ou locataires de maisons "
           "mitoyennes."),
    "8b": ("Challenged Terraced Workers", "Ouvriers des maisons mitoyennes en difficulté",
           "Terraced streets with manual work, low pay and poorer health.",
           "Rues de maisons mitoyennes : travail manuel, bas salaires et santé plus fragile."),
    "8c": ("Hard-Pressed Ageing Workers", "Travailleurs vieillissants sous pression",
           "Older workers and retired people in industrial towns with modest means.",
           "Travailleurs âgés et retraités des villes industrielles, aux moyens modestes."),
    "8d": ("Migration and Churn", "Migrations et renouvellement",
           "Areas where people move in and out often, with private renting and newer arrivals.",
           "Quartiers où l'on emménage et déménage souvent, location privée et nouveaux arrivants."),
}

OAC2011_SUBGROUPS = {
    "1a1": ("Rural Workers and Families", "Travailleurs et familles rurales"),
    "1a2": ("Established Farming Communities", "Communautés agricoles établies"),
    "1a3": ("Agricultural Communities", "Communautés d'agriculteurs"),
    "1a4": ("Older Farming Communities", "Communautés agricoles âgées"),
    "1b1": ("Rural Life", "Vie rurale"),
    "1b2": ("Rural White-Collar Workers", "Employés de bureau ruraux"),
    "1b3": ("Ageing Rural Flat Tenants", "Locataires ruraux âgés en appartement"),
    "1c1": ("Rural Employment and Retirees", "Emploi rural et retraités"),
    "1c2": ("Renting Rural Retirement", "Retraités ruraux locataires"),
    "1c3": ("Detached Rural Retirement", "Retraités ruraux en maison individuelle"),
    "2a1": ("Student Communal Living", "Résidences étudiantes"),
    "2a2": ("Student Digs", "Logements d'étudiants"),
    "2a3": ("Students and Professionals", "Étudiants et jeunes cadres"),
    "2b1": ("Students and Commuters", "Étudiants et navetteurs"),
    "2b2": ("Multicultural Student Neighbourhoods", "Quartiers étudiants multiculturels"),
    "2c1": ("Migrant Families", "Familles immigrées"),
    "2c2": ("Migrant Commuters", "Navetteurs immigrés"),
    "2c3": ("Professional Service Cosmopolitans", "Cosmopolites des services qualifiés"),
    "2d1": ("Urban Cultural Mix", "Mélange culturel urbain"),
    "2d2": ("Highly-Qualified Quaternary Workers", "Travailleurs très qualifiés du quaternaire"),
    "2d3": ("EU White-Collar Workers", "Employés de bureau européens"),
    "3a1": ("Established Renting Families", "Familles locataires installées"),
    "3a2": ("Young Families and Students", "Jeunes familles et étudiants"),
    "3b1": ("Striving Service Workers", "Employés des services persévérants"),
    "3b2": ("Bangladeshi Mixed Employment", "Emplois variés, communauté bangladaise"),
    "3b3": ("Multi-Ethnic Professional Service Workers", "Employés qualifiés des services, multiethniques"),
    "3c1": ("Constrained Neighbourhoods", "Quartiers aux ressources limitées"),
    "3c2": ("Constrained Commuters", "Navetteurs aux ressources limitées"),
    "3d1": ("New EU Tech Workers", "Techniciens des nouveaux pays de l'UE"),
    "3d2": ("Established Tech Workers", "Techniciens installés"),
    "3d3": ("Old EU Tech Workers", "Techniciens des anciens pays de l'UE"),
    "4a1": ("Social Renting Young Families", "Jeunes familles en logement social"),
    "4a2": ("Private Renting New Arrivals", "Nouveaux arrivants locataires du privé"),
    "4a3": ("Commuters with Young Families", "Navetteurs avec jeunes enfants"),
    "4b1": ("Asian Terraces and Flats", "Maisons mitoyennes et appartements asiatiques"),
    "4b2": ("Pakistani Communities", "Communautés pakistanaises"),
    "4c1": ("Achieving Minorities", "Minorités en réussite"),
    "4c2": ("Multicultural New Arrivals", "Nouveaux arrivants multiculturels"),
    "4c3": ("Inner City Ethnic Mix", "Mixité ethnique des quartiers centraux"),
    "5a1": ("White Professionals", "Cadres blancs"),
    "5a2": ("Multi-Ethnic Professionals with Families", "Cadres multiethniques avec enfants"),
    "5a3": ("Families in Terraces and Flats", "Familles en maisons mitoyennes et appartements"),
    "5b1": ("Delayed Retirement", "Retraite retardée"),
    "5b2": ("Communal Retirement", "Retraite en résidence collective"),
    "5b3": ("Self-Sufficient Retirement", "Retraite autonome"),
    "6a1": ("Indian Tech Achievers", "Techniciens d'origine indienne en réussite"),
    "6a2": ("Comfortable Suburbia", "Banlieue confortable"),
    "6a3": ("Detached Retirement Living", "Retraite en maison individuelle"),
    "6a4": ("Ageing in Suburbia", "Vieillir en banlieue"),
    "6b1": ("Multi-Ethnic Suburbia", "Banlieue multiethnique"),
    "6b2": ("White Suburban Communities", "Communautés blanches de banlieue"),
    "6b3": ("Semi-Detached Ageing", "Vieillir en maison jumelée"),
    "6b4": ("Older Workers and Retirement", "Travailleurs âgés et retraités"),
    "7a1": ("Transitional Eastern European Neighbourhoods", "Quartiers de transition d'Europe de l'Est"),
    "7a2": ("Hampered Aspiration", "Aspirations entravées"),
    "7a3": ("Multi-Ethnic Hardship", "Difficultés multiethniques"),
    "7b1": ("Eastern European Communities", "Communautés d'Europe de l'Est"),
    "7b2": ("Deprived Neighbourhoods", "Quartiers défavorisés"),
    "7b3": ("Endeavouring Flat Dwellers", "Habitants d'appartements persévérants"),
    "7c1": ("Challenged Transitionaries", "Populations de passage en difficulté"),
    "7c2": ("Constrained Young Families", "Jeunes familles aux moyens limités"),
    "7c3": ("Outer City Hardship", "Difficultés en périphérie urbaine"),
    "7d1": ("Ageing Communities and Families", "Communautés vieillissantes et familles"),
    "7d2": ("Retired Independent City Dwellers", "Citadins retraités autonomes"),
    "7d3": ("Retired Communal City Dwellers", "Citadins retraités en résidence collective"),
    "7d4": ("Retired City Hardship", "Retraités urbains en difficulté"),
    "8a1": ("Industrious Transitions", "Transitions laborieuses"),
    "8a2": ("Industrious Hardship", "Difficultés laborieuses"),
    "8b1": ("Deprived Blue-Collar Terraces", "Maisons mitoyennes ouvrières défavorisées"),
    "8b2": ("Hard-Pressed Rented Terraces", "Maisons mitoyennes louées sous pression"),
    "8c1": ("Ageing Industrious Workers", "Travailleurs de l'industrie vieillissants"),
    "8c2": ("Ageing Rural Industry Workers", "Ouvriers ruraux vieillissants"),
    "8c3": ("Renting Hard-Pressed Workers", "Travailleurs locataires sous pression"),
    "8d1": ("Young Hard-Pressed Families", "Jeunes familles sous pression"),
    "8d2": ("Hard-Pressed Ethnic Mix", "Mixité ethnique sous pression"),
    "8d3": ("Hard-Pressed European Settlers", "Européens installés sous pression"),
}

OAC2021_SUPERGROUPS = {
    "1": ("Retired Professionals", "Cadres retraités",
          "Older, well-off households, many retired from skilled jobs, in spacious homes in villages, small "
          "towns and the edges of suburbs.",
          "Ménages plus âgés et aisés, souvent retraités de métiers qualifiés, dans des logements spacieux de "
          "villages, de petites villes ou de lisière de banlieue."),
    "2": ("Suburbanites and Peri-Urbanites", "Banlieusards et périurbains",
          "Suburbs, small towns and accessible countryside: settled households, many owning their home, a mix of "
          "families and older people.",
          "Banlieues, petites villes et campagne accessible : ménages installés, souvent propriétaires, familles "
          "et personnes âgées mêlées."),
    "3": ("Multicultural and Educated Urbanites", "Citadins multiculturels et diplômés",
          "Central city areas of young, highly qualified adults of many origins, students and graduates, mostly "
          "renting flats.",
          "Quartiers centraux de jeunes adultes très diplômés et d'origines variées, étudiants et jeunes "
          "diplômés, surtout locataires d'appartements."),
    "4": ("Low-Skilled Migrant and Student Communities", "Communautés d'immigrés peu qualifiés et d'étudiants",
          "Urban areas with recent migrants and students, crowded private renting and jobs in routine services.",
          "Zones urbaines d'immigrés récents et d'étudiants : location privée surpeuplée et emplois d'exécution "
          "dans les services."),
    "5": ("Ethnically Diverse Suburban Professionals", "Cadres de banlieue d'origines diverses",
          "Outer suburbs of working families and professionals of many origins, most owning their home.",
          "Banlieues extérieures de familles actives et de cadres d'origines diverses, pour la plupart "
          "propriétaires."),
    "6": ("Baseline UK", "Royaume-Uni moyen",
          "Areas close to the national average on most measures, from starter-home estates to older coastal and "
          "industrial towns.",
          "Zones proches de la moyenne nationale sur la plupart des indicateurs, des lotissements de primo-"
          "accédants aux anciennes villes littorales ou industrielles."),
    "7": ("Semi- and Un-Skilled Workforce", "Main-d'œuvre peu ou pas qualifiée",
          "Towns with many people in manual and routine jobs, terraced housing and modest incomes.",
          "Villes où beaucoup occupent des emplois manuels ou d'exécution : maisons mitoyennes et revenus "
          "modestes."),
    "8": ("Legacy Communities", "Communautés héritées",
          "Estates and flats shaped by past industry and social housing, with retired people, routine jobs and "
          "more hardship.",
          "Cités et immeubles marqués par l'industrie d'hier et le logement social : retraités, emplois "
          "d'exécution et difficultés plus fréquentes."),
}

OAC2021_GROUPS = {
    "1a": ("Spacious Rural Living", "Vie rurale spacieuse",
           "Large homes in the countryside, with people approaching or in retirement.",
           "Grandes maisons à la campagne, habitants proches de la retraite ou retraités."),
    "1b": ("Small Town Suburbia", "Banlieues de petites villes",
           "Settled suburbs of small towns, owner-occupied, with working and retired couples.",
           "Banlieues installées des petites villes, en propriété : couples actifs et retraités."),
    "1c": ("Established Mature Families", "Familles mûres installées",
           "Comfortable families with older children in large suburban homes.",
           "Familles aisées aux enfants plus âgés dans de grandes maisons de banlieue."),
    "2a": ("Inner Suburbs and Small Town Living", "Proches banlieues et petites villes",
           "Inner suburbs and small towns with families, terraces and semis, owning or renting.",
           "Proches banlieues et petites villes : familles, maisons mitoyennes ou jumelées, en propriété ou en "
           "location."),
    "2b": ("Rural Amenity", "Agrément rural",
           "Villages and countryside within reach of towns, with an older population.",
           "Villages et campagne proches des villes, population plutôt âgée."),
    "2c": ("Ageing Communities", "Communautés vieillissantes",
           "Places where many residents are old, some in retirement or care homes.",
           "Lieux où beaucoup d'habitants sont âgés, certains en résidence pour seniors ou en maison de retraite."),
    "3a": ("Student Living and Professional Footholds", "Vie étudiante et premiers pas professionnels",
           "Students and young graduates starting careers in central rented flats.",
           "Étudiants et jeunes diplômés en début de carrière, locataires d'appartements du centre."),
    "3b": ("Ethnically Diverse Young Families", "Jeunes familles d'origines diverses",
           "Young families of many origins in city neighbourhoods, often renting.",
           "Jeunes familles d'origines variées dans les quartiers urbains, souvent locataires."),
    "3c": ("Diverse Educated Urban Singles", "Célibataires urbains diplômés et divers",
           "Single, well-qualified adults of many origins living close to city centres.",
           "Adultes seuls, diplômés et d'origines variées, vivant près des centres-villes."),
    "4a": ("Ethnically Diverse Families in Less Connected Locations",
           "Familles d'origines diverses dans des lieux moins desservis",
           "Diverse families in areas further from transport and services, with service and student jobs.",
           "Familles diverses dans des zones plus éloignées des transports et des services, emplois de service "
           "et étudiants."),
    "4b": ("Established Multi-Ethnic Communities", "Communautés multiethniques établies",
           "Long-standing multi-ethnic neighbourhoods with migrant families and routine service work.",
           "Quartiers multiethniques anciens : familles immigrées et emplois d'exécution dans les services."),
    "4c": ("Challenged Multicultural Communities and Students", "Communautés multiculturelles en difficulté et étudiants",
           "Multicultural areas with students and newer arrivals, crowded homes and low incomes.",
           "Quartiers multiculturels avec étudiants et nouveaux arrivants, logements surpeuplés et faibles revenus."),
    "5a": ("Outer Suburbs", "Banlieues extérieures",
           "Outer suburbs of owner-occupied homes with families and empty nesters of many origins.",
           "Banlieues extérieures de propriétaires : familles et parents aux enfants partis, d'origines variées."),
    "5b": ("Suburban Professionals", "Cadres de banlieue",
           "Professionals of many origins in established suburbs and terraces.",
           "Cadres d'origines variées dans des banlieues et rues de maisons mitoyennes établies."),
    "6a": ("Challenged Communities", "Communautés en difficulté",
           "Starter homes and flats with young families and modest incomes.",
           "Premiers logements et appartements : jeunes familles aux revenus modestes."),
    "6b": ("Legacy Industrial and Coastal Communities", "Communautés industrielles et littorales héritées",
           "Older industrial and seaside towns with retired people, terraces and some European workers.",
           "Anciennes villes industrielles et balnéaires : retraités, maisons mitoyennes et quelques travailleurs "
           "européens."),
    "6c": ("Multicultural Inner Suburbs", "Proches banlieues multiculturelles",
           "Inner suburbs with renting families and people moving in and out.",
           "Proches banlieues de familles locataires, où l'on emménage et déménage souvent."),
    "7a": ("Established but Challenged", "Installés mais en difficulté",
           "Long-settled urban communities with an industrial past and an ageing population.",
           "Communautés urbaines anciennes au passé industriel et à la population vieillissante."),
    "7b": ("Young Families in Industrial Towns", "Jeunes familles des villes industrielles",
           "Young families in the terraces of industrial towns, in manual and routine work.",
           "Jeunes familles dans les maisons mitoyennes des villes industrielles, en emplois manuels ou "
           "d'exécution."),
    "8a": ("Routine Occupations or Retirement", "Emplois d'exécution ou retraite",
           "Flats and retirement housing with routine workers and older residents.",
           "Appartements et résidences pour seniors : employés d'exécution et habitants âgés."),
    "8b": ("Legacy and Demographically Mixed Communities", "Communautés héritées et démographiquement mixtes",
           "Social-housing estates with families, young renters and pockets of retired people.",
           "Cités de logement social : familles, jeunes locataires et îlots de retraités."),
}

OAC2021_SUBGROUPS = {
    "1a1": ("Pre-Retirement Spacious Living", "Vie spacieuse avant la retraite"),
    "1a2": ("Retirement Spacious Living", "Vie spacieuse à la retraite"),
    "1b1": ("Younger Established Suburban Communities", "Communautés suburbaines établies plus jeunes"),
    "1b2": ("Older Established Suburban Communities", "Communautés suburbaines établies plus âgées"),
    "1c1": ("Affluent Mature Families", "Familles mûres aisées"),
    "1c2": ("Burgeoning Mature Families", "Familles mûres en essor"),
    "2a1": ("Younger Suburban Family Renters", "Jeunes familles locataires en banlieue"),
    "2a2": ("Settled Owner-Occupied Suburbs", "Banlieues stables de propriétaires"),
    "2a3": ("Terraced Communities", "Communautés de maisons mitoyennes"),
    "2b1": ("Ageing Rural Communities", "Communautés rurales vieillissantes"),
    "2b2": ("Rural Mix", "Mixité rurale"),
    "2c1": ("Communal Retirement Living", "Retraite en résidence collective"),
    "2c2": ("Ageing Independent Living", "Vieillesse autonome"),
    "3a1": ("University Centric", "Autour de l'université"),
    "3a2": ("Professional Progression", "Progression professionnelle"),
    "3a3": ("Urbanite Mix", "Mélange citadin"),
    "3a4": ("Affluent Graduate Living", "Jeunes diplômés aisés"),
    "3b1": ("Private Rental Ethnic Minority Families", "Familles de minorités ethniques locataires du privé"),
    "3b2": ("Young Ethnic Minority Families", "Jeunes familles de minorités ethniques"),
    "3c1": ("Centrally Located Professionals", "Cadres du centre-ville"),
    "3c2": ("Career Progression", "Évolution de carrière"),
    "4a1": ("Semi-Detached, Service Workers and Students", "Maisons jumelées, employés des services et étudiants"),
    "4a2": ("City Service Workers", "Employés des services urbains"),
    "4a3": ("Multi-Child Young Families", "Jeunes familles nombreuses"),
    "4b1": ("Migrant Families", "Familles immigrées"),
    "4b2": ("European Skilled Workforce", "Main-d'œuvre qualifiée européenne"),
    "4b3": ("Inner Suburb Ethnic Group Mix", "Mixité ethnique des proches banlieues"),
    "4b4": ("Ethnic Minority Routine Service Workers", "Employés d'exécution des services issus de minorités"),
    "4c1": ("African and Asian Influences", "Influences africaines et asiatiques"),
    "4c2": ("European and Asian Heritage", "Héritage européen et asiatique"),
    "5a1": ("Outer Suburb Asian Mix", "Mixité asiatique des banlieues extérieures"),
    "5a2": ("Suburban Empty Nesters", "Parents de banlieue aux enfants partis"),
    "5a3": ("Young Suburban Families", "Jeunes familles de banlieue"),
    "5b1": ("Families in Multi-Ethnic Terraces", "Familles en maisons mitoyennes multiethniques"),
    "5b2": ("Established Multi-Ethnic Suburbs", "Banlieues multiethniques établies"),
    "6a1": ("Suburban Housing Starters", "Primo-accédants de banlieue"),
    "6a2": ("Semi Detached Strivers", "Ménages persévérants en maisons jumelées"),
    "6a3": ("Younger Ethnic Minority Families in Flats", "Jeunes familles de minorités ethniques en appartement"),
    "6b1": ("Retired Seniors", "Seniors retraités"),
    "6b2": ("Traditional Terraces", "Maisons mitoyennes traditionnelles"),
    "6b3": ("EU Singles", "Célibataires européens"),
    "6c1": ("Transient Communities", "Communautés de passage"),
    "6c2": ("Semi-Detached Family Renters", "Familles locataires en maisons jumelées"),
    "7a1": ("Ageing Established Urban Communities", "Communautés urbaines établies vieillissantes"),
    "7a2": ("Industry Associations", "Attaches industrielles"),
    "7b1": ("Terraces in Transitional Towns", "Maisons mitoyennes des villes en transition"),
    "7b2": ("Families and Later Life", "Familles et grand âge"),
    "8a1": ("Retirement Residences", "Résidences de retraite"),
    "8a2": ("Flats and Routine Occupations", "Appartements et emplois d'exécution"),
    "8b1": ("Challenged Families", "Familles en difficulté"),
    "8b2": ("Retirement Pockets", "Îlots de retraités"),
    "8b3": ("Young Family Flat Renters", "Jeunes familles locataires en appartement"),
}

# One hue (0–1) and saturation per supergroup.
OAC2011_HUES = {"1": (0.27, 0.55), "2": (0.78, 0.45), "3": (0.07, 0.75), "4": (0.98, 0.60),
                "5": (0.58, 0.55), "6": (0.13, 0.75), "7": (0.50, 0.35), "8": (0.04, 0.40)}
OAC2021_HUES = {"1": (0.12, 0.40), "2": (0.30, 0.50), "3": (0.00, 0.70), "4": (0.88, 0.50),
                "5": (0.07, 0.75), "6": (0.14, 0.80), "7": (0.62, 0.60), "8": (0.78, 0.35)}


def hex_colour(hue: float, lightness: float, saturation: float) -> str:
    r, g, b = colorsys.hls_to_rgb(hue % 1.0, lightness, saturation)
    return f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"


def spread(index: int, count: int, low: float, high: float) -> float:
    return (low + high) / 2 if count == 1 else low + (high - low) * index / (count - 1)


def segments(supergroups: dict, groups: dict, subgroups: dict, hues: dict) -> list[dict]:
    rows = []
    for code, (en, fr, desc_en, desc_fr) in supergroups.items():
        hue, saturation = hues[code]
        rows.append({"code": code, "level": "supergroup", "parent": None, "name": {"en": en, "fr": fr},
                     "colour": hex_colour(hue, 0.42, saturation), "description": {"en": desc_en, "fr": desc_fr}})
    for code, (en, fr, desc_en, desc_fr) in groups.items():
        parent = code[:-1]
        hue, saturation = hues[parent]
        siblings = sorted(c for c in groups if c[:-1] == parent)
        lightness = spread(siblings.index(code), len(siblings), 0.30, 0.62)
        rows.append({"code": code, "level": "group", "parent": parent, "name": {"en": en, "fr": fr},
                     "colour": hex_colour(hue, lightness, saturation), "description": {"en": desc_en, "fr": desc_fr}})
    for code, (en, fr) in subgroups.items():
        parent = code[:-1]
        hue, saturation = hues[code[0]]
        groups_of_super = sorted(c for c in groups if c[:-1] == code[0])
        siblings = sorted(c for c in subgroups if c[:-1] == parent)
        lightness = spread(groups_of_super.index(parent), len(groups_of_super), 0.30, 0.62)
        shift = spread(siblings.index(code), len(siblings), -0.07, 0.07)
        rows.append({"code": code, "level": "subgroup", "parent": parent, "name": {"en": en, "fr": fr},
                     "colour": hex_colour(hue + shift / 3, min(0.85, lightness + shift), saturation)})
    return rows


def write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(data['segments'])} segments")


def main() -> None:
    licence = ("Codes and English names: Open Government Licence v3.0 (contains National Statistics data © Crown "
               "copyright and database right). French names, colours and descriptions: written for Place Insight, "
               "CC0-1.0.")
    write(OUT / "oac2011.json", {
        "format": "placeinsight-catalogue/1",
        "id": "oac2011",
        "name": {"en": "ONS Output Area Classification 2011", "fr": "Classification ONS des zones de recensement 2011"},
        "description": {
            "en": "The open geodemographic classification of the UK's 2011 Census output areas by the Office for "
                  "National Statistics and University College London: 8 supergroups, 26 groups and 76 subgroups. "
                  "Codes and English names are the ONS's; the short descriptions are our own summaries, not the "
                  "official pen portraits. No channel ratings (the classification has none).",
            "fr": "La classification géodémographique ouverte des zones de recensement (output areas) du Royaume-Uni "
                  "de 2011, par l'Office for National Statistics et l'University College London : 8 super-groupes, "
                  "26 groupes et 76 sous-groupes. Codes et noms anglais de l'ONS ; les courtes descriptions sont nos "
                  "propres résumés, pas les portraits officiels. Pas de notes de canaux (la classification n'en a "
                  "pas)."},
        "illustrative": False,
        "source": "Office for National Statistics and UCL, 2011 Area Classification for Output Areas (2011 OAC).",
        "licence": licence,
        "levels": LEVELS,
        "segments": segments(OAC2011_SUPERGROUPS, OAC2011_GROUPS, OAC2011_SUBGROUPS, OAC2011_HUES),
    })
    write(OUT / "oac2021.json", {
        "format": "placeinsight-catalogue/1",
        "id": "oac2021",
        "name": {"en": "ONS Output Area Classification 2021", "fr": "Classification ONS des zones de recensement 2021"},
        "description": {
            "en": "The geodemographic classification of the 2021 Census output areas (ONS and UCL): 8 supergroups, "
                  "21 groups and 52 subgroups. Codes and English names are the published ones; the short "
                  "descriptions are our own summaries, not the official pen portraits. No channel ratings.",
            "fr": "La classification géodémographique des zones de recensement de 2021 (ONS et UCL) : 8 "
                  "super-groupes, 21 groupes et 52 sous-groupes. Codes et noms anglais publiés ; les courtes "
                  "descriptions sont nos propres résumés, pas les portraits officiels. Pas de notes de canaux."},
        "illustrative": False,
        "source": "Office for National Statistics and UCL, 2021 Output Area Classification (2021 OAC).",
        "licence": licence,
        "levels": LEVELS,
        "segments": segments(OAC2021_SUPERGROUPS, OAC2021_GROUPS, OAC2021_SUBGROUPS, OAC2021_HUES),
    })


if __name__ == "__main__":
    main()
