#!/usr/bin/env python3
"""Write the ONS Output Area Classification catalogues (2011 and 2021) to resources/catalogues/.

    python scripts/make_oac_catalogues.py

The codes and English names are the ONS's (Open Government Licence); the
French names, the colours and the short descriptions of supergroups, groups
and subgroups were written for Place Insight in its own words (CC0): they
paraphrase what a segment's name and its parent imply about housing, age,
household type, work and tenure, and are not the ONS pen portraits. Colours:
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
    {
        "id": "supergroup",
        "name": {"en": "Supergroup", "fr": "Super-groupe"},
        "plural": {"en": "supergroups", "fr": "super-groupes"},
    },
    {"id": "group", "name": {"en": "Group", "fr": "Groupe"}, "plural": {"en": "groups", "fr": "groupes"}},
    {"id": "subgroup", "name": {"en": "Subgroup", "fr": "Sous-groupe"}, "plural": {"en": "subgroups", "fr": "sous-groupes"}},
]

# code: (English name, French name, English description, French description)
OAC2011_SUPERGROUPS = {
    "1": (
        "Rural Residents",
        "Résidents ruraux",
        "Villages, farms and small settlements: older, mostly home-owning households, with long car journeys "
        "and many people working in farming or from home.",
        "Villages, fermes et petits hameaux : ménages plutôt âgés, souvent propriétaires, de longs trajets en "
        "voiture et beaucoup de personnes travaillant dans l'agriculture ou à domicile.",
    ),
    "2": (
        "Cosmopolitans",
        "Cosmopolites",
        "Dense city-centre areas of young adults, many students and people born abroad, living in flats, "
        "often renting privately.",
        "Quartiers denses des centres-villes : jeunes adultes, nombreux étudiants et personnes nées à l'étranger, "
        "en appartement, souvent locataires du privé.",
    ),
    "3": (
        "Ethnicity Central",
        "Quartiers centraux multiethniques",
        "Inner areas of the largest cities, above all London, with a very mixed population, young adults and "
        "crowded rented flats.",
        "Quartiers centraux des plus grandes villes, Londres surtout : population très diverse, jeunes adultes, "
        "appartements loués et souvent surpeuplés.",
    ),
    "4": (
        "Multicultural Metropolitans",
        "Métropolitains multiculturels",
        "Terraced streets around city centres where families of many origins live, with more children and more "
        "renting than average.",
        "Rues de maisons mitoyennes autour des centres-villes où vivent des familles de nombreuses origines, "
        "avec plus d'enfants et plus de locataires que la moyenne.",
    ),
    "5": (
        "Urbanites",
        "Citadins",
        "Settled town and city neighbourhoods of flats and smaller houses, with professionals, families and "
        "active retired people.",
        "Quartiers urbains installés, appartements et petites maisons : cadres, familles et retraités actifs.",
    ),
    "6": (
        "Suburbanites",
        "Résidents de banlieue",
        "Owner-occupied detached and semi-detached houses on the edge of towns, with families and older "
        "couples in steady work or retirement.",
        "Maisons individuelles ou jumelées en périphérie des villes, souvent en propriété : familles et couples "
        "plus âgés, en emploi stable ou à la retraite.",
    ),
    "7": (
        "Constrained City Dwellers",
        "Citadins aux ressources limitées",
        "Denser urban areas, often social housing and flats, where lower incomes, unemployment and poor health are more common.",
        "Zones urbaines denses, souvent logement social et appartements, où revenus modestes, chômage et "
        "mauvaise santé sont plus fréquents.",
    ),
    "8": (
        "Hard-Pressed Living",
        "Vie sous pression",
        "Terraced and semi-detached streets of former industrial towns, with routine jobs, lower qualifications "
        "and money worries.",
        "Rues de maisons mitoyennes ou jumelées des anciennes villes industrielles : emplois d'exécution, peu "
        "de diplômes et soucis d'argent.",
    ),
}

OAC2011_GROUPS = {
    "1a": (
        "Farming Communities",
        "Communautés agricoles",
        "Remote farming areas where agriculture is a main employer and households are spread out.",
        "Campagnes isolées où l'agriculture est un employeur majeur et où l'habitat est dispersé.",
    ),
    "1b": (
        "Rural Tenants",
        "Locataires ruraux",
        "Rural households that rent, including social housing in villages and small towns.",
        "Ménages ruraux locataires, y compris en logement social, dans les villages et petites villes.",
    ),
    "1c": (
        "Ageing Rural Dwellers",
        "Ruraux vieillissants",
        "Countryside areas with many retired people, often in detached homes they own.",
        "Zones rurales comptant beaucoup de retraités, souvent propriétaires de maisons individuelles.",
    ),
    "2a": (
        "Students Around Campus",
        "Étudiants autour du campus",
        "Halls and shared houses next to universities, dominated by full-time students.",
        "Résidences et colocations proches des universités, où dominent les étudiants à plein temps.",
    ),
    "2b": (
        "Inner-City Students",
        "Étudiants des centres-villes",
        "Central flats shared by students and young workers, many of them from abroad.",
        "Appartements du centre partagés par des étudiants et de jeunes actifs, souvent venus de l'étranger.",
    ),
    "2c": (
        "Comfortable Cosmopolitans",
        "Cosmopolites aisés",
        "Mixed central neighbourhoods of well-qualified young adults and couples, often born abroad.",
        "Quartiers centraux mixtes de jeunes adultes et couples diplômés, souvent nés à l'étranger.",
    ),
    "2d": (
        "Aspiring and Affluent",
        "Ambitieux et aisés",
        "Well-paid young professionals in city flats, with few children and high qualifications.",
        "Jeunes cadres bien payés en appartement en ville, peu d'enfants et diplômes élevés.",
    ),
    "3a": (
        "Ethnic Family Life",
        "Vie familiale multiethnique",
        "Families of many origins, often renting social or private housing in large cities.",
        "Familles de nombreuses origines, souvent locataires du social ou du privé dans les grandes villes.",
    ),
    "3b": (
        "Endeavouring Ethnic Mix",
        "Mixité ethnique persévérante",
        "Diverse areas where people work hard in service jobs, many renting flats.",
        "Quartiers divers où l'on travaille dur dans les services, souvent locataire d'un appartement.",
    ),
    "3c": (
        "Ethnic Dynamics",
        "Dynamiques multiethniques",
        "Diverse, crowded neighbourhoods with more unemployment and social renting.",
        "Quartiers divers et denses, avec davantage de chômage et de logement social.",
    ),
    "3d": (
        "Aspirational Techies",
        "Techniciens ambitieux",
        "Young, qualified workers, many from Europe, in technical and professional jobs.",
        "Jeunes actifs qualifiés, souvent européens, dans des métiers techniques et qualifiés.",
    ),
    "4a": (
        "Rented Family Living",
        "Familles locataires",
        "Families with young children renting, often in social housing, in multicultural areas.",
        "Familles avec de jeunes enfants, locataires, souvent en logement social, dans des quartiers multiculturels.",
    ),
    "4b": (
        "Challenged Asian Terraces",
        "Maisons mitoyennes asiatiques en difficulté",
        "Terraced streets with large families of South Asian origin and lower incomes.",
        "Rues de maisons mitoyennes où vivent des familles nombreuses d'origine sud-asiatique aux revenus modestes.",
    ),
    "4c": (
        "Asian Traits",
        "Traits asiatiques",
        "Areas with many households of Asian origin, more often owning their home and in work.",
        "Quartiers comptant beaucoup de ménages d'origine asiatique, plus souvent propriétaires et en emploi.",
    ),
    "5a": (
        "Urban Professionals and Families",
        "Cadres et familles urbains",
        "Town neighbourhoods of working professionals and young families in houses and flats.",
        "Quartiers urbains de cadres actifs et de jeunes familles, en maisons et appartements.",
    ),
    "5b": (
        "Ageing Urban Living",
        "Vie urbaine vieillissante",
        "Older people in towns, in flats or small houses, some in retirement housing.",
        "Personnes âgées en ville, en appartement ou petite maison, certaines en résidence pour seniors.",
    ),
    "6a": (
        "Suburban Achievers",
        "Réussite en banlieue",
        "Comfortable suburbs of detached homes, owner-occupied, with good qualifications.",
        "Banlieues confortables de maisons individuelles, en propriété, avec de bons diplômes.",
    ),
    "6b": (
        "Semi-Detached Suburbia",
        "Banlieue de maisons jumelées",
        "Semi-detached suburbs of working families and older couples who own their home.",
        "Banlieues de maisons jumelées : familles actives et couples plus âgés propriétaires.",
    ),
    "7a": (
        "Challenged Diversity",
        "Diversité en difficulté",
        "Mixed, often newer communities facing low incomes and crowded housing.",
        "Communautés mélangées, souvent récentes, confrontées à des revenus faibles et au surpeuplement.",
    ),
    "7b": (
        "Constrained Flat Dwellers",
        "Habitants d'appartements aux moyens limités",
        "Flats, many socially rented, with single people, lone parents and fewer in work.",
        "Appartements, souvent sociaux : personnes seules, parents isolés et moins de personnes en emploi.",
    ),
    "7c": (
        "White Communities",
        "Communautés blanches",
        "Largely white British estates with social renting and lower qualifications.",
        "Cités à population surtout blanche britannique, logement social et peu de diplômes.",
    ),
    "7d": (
        "Ageing City Dwellers",
        "Citadins vieillissants",
        "Older people in urban flats and bungalows, often renting, some in care homes.",
        "Personnes âgées en appartement ou plain-pied en ville, souvent locataires, parfois en maison de retraite.",
    ),
    "8a": (
        "Industrious Communities",
        "Communautés laborieuses",
        "Working communities in former industrial towns, owning or renting terraced homes.",
        "Communautés actives des anciennes villes industrielles, propriétaires ou locataires de maisons mitoyennes.",
    ),
    "8b": (
        "Challenged Terraced Workers",
        "Ouvriers des maisons mitoyennes en difficulté",
        "Terraced streets with manual work, low pay and poorer health.",
        "Rues de maisons mitoyennes : travail manuel, bas salaires et santé plus fragile.",
    ),
    "8c": (
        "Hard-Pressed Ageing Workers",
        "Travailleurs vieillissants sous pression",
        "Older workers and retired people in industrial towns with modest means.",
        "Travailleurs âgés et retraités des villes industrielles, aux moyens modestes.",
    ),
    "8d": (
        "Migration and Churn",
        "Migrations et renouvellement",
        "Areas where people move in and out often, with private renting and newer arrivals.",
        "Quartiers où l'on emménage et déménage souvent, location privée et nouveaux arrivants.",
    ),
}

OAC2011_SUBGROUPS = {
    "1a1": (
        "Rural Workers and Families",
        "Travailleurs et familles rurales",
        "Working families in rural areas, mostly owning their home, with jobs in farming, trades and local services.",
        "Familles actives des campagnes, surtout propriétaires, qui "
        "travaillent dans l'agriculture, l'artisanat ou les services locaux.",
    ),
    "1a2": (
        "Established Farming Communities",
        "Communautés agricoles établies",
        "Long-settled farming households in detached homes, many self-employed and working where they live.",
        "Ménages agricoles installés de longue date en maisons individuelles, beaucoup d'indépendants travaillant sur place.",
    ),
    "1a3": (
        "Agricultural Communities",
        "Communautés d'agriculteurs",
        "Thinly populated countryside where a large share of workers are in agriculture, mostly couples who own their home.",
        "Campagne peu peuplée où une grande part des actifs travaille dans l'agriculture ; surtout des couples propriétaires.",
    ),
    "1a4": (
        "Older Farming Communities",
        "Communautés agricoles âgées",
        "Farming areas with an older population, many past working age but still living on or near the farm.",
        "Zones agricoles à la population âgée : beaucoup ont passé l'âge "
        "de travailler mais vivent encore sur l'exploitation ou tout près.",
    ),
    "1b1": (
        "Rural Life",
        "Vie rurale",
        "Villages and small towns mixing owners and tenants, families and couples in everyday local jobs.",
        "Villages et bourgs où se mêlent propriétaires et locataires, familles et couples aux emplois locaux ordinaires.",
    ),
    "1b2": (
        "Rural White-Collar Workers",
        "Employés de bureau ruraux",
        "Rural households in office and administrative jobs, often commuting to nearby towns, some of them renting.",
        "Ménages ruraux employés de bureau ou de l'administration, souvent "
        "navetteurs vers les villes voisines, certains locataires.",
    ),
    "1b3": (
        "Ageing Rural Flat Tenants",
        "Locataires ruraux âgés en appartement",
        "Older people renting flats in villages and small towns, often in social housing and living alone.",
        "Personnes âgées locataires d'un appartement dans les villages et bourgs, souvent en logement social et vivant seules.",
    ),
    "1c1": (
        "Rural Employment and Retirees",
        "Emploi rural et retraités",
        "Countryside where people still in work live alongside recently retired couples in houses they own.",
        "Campagnes où des actifs côtoient des couples jeunes retraités, propriétaires de leur maison.",
    ),
    "1c2": (
        "Renting Rural Retirement",
        "Retraités ruraux locataires",
        "Retired people renting in rural areas, including social and sheltered housing.",
        "Retraités locataires en milieu rural, y compris en logement social ou en résidence adaptée.",
    ),
    "1c3": (
        "Detached Rural Retirement",
        "Retraités ruraux en maison individuelle",
        "Retired couples owning detached houses or bungalows in quiet countryside.",
        "Couples retraités propriétaires de maisons individuelles ou de plain-pied dans une campagne tranquille.",
    ),
    "2a1": (
        "Student Communal Living",
        "Résidences étudiantes",
        "University halls of residence where almost everyone is a young full-time student.",
        "Résidences universitaires où presque tous les habitants sont de jeunes étudiants à plein temps.",
    ),
    "2a2": (
        "Student Digs",
        "Logements d'étudiants",
        "Terraced houses near campus let room by room to groups of students.",
        "Maisons mitoyennes proches du campus, louées à la chambre à des groupes d'étudiants.",
    ),
    "2a3": (
        "Students and Professionals",
        "Étudiants et jeunes cadres",
        "Rented flats and houses near universities shared by students and young graduates in their first jobs.",
        "Appartements et maisons loués près des universités, partagés "
        "par des étudiants et de jeunes diplômés à leur premier emploi.",
    ),
    "2b1": (
        "Students and Commuters",
        "Étudiants et navetteurs",
        "Central rented flats where students live alongside young workers who travel to jobs across the city.",
        "Appartements loués du centre où des étudiants vivent aux côtés "
        "de jeunes actifs qui traversent la ville pour travailler.",
    ),
    "2b2": (
        "Multicultural Student Neighbourhoods",
        "Quartiers étudiants multiculturels",
        "Inner-city areas where students of many nationalities share privately rented flats.",
        "Quartiers centraux où des étudiants de nombreuses nationalités partagent des appartements loués dans le privé.",
    ),
    "2c1": (
        "Migrant Families",
        "Familles immigrées",
        "Central neighbourhoods where families born abroad rent flats, with children and a mix of jobs.",
        "Quartiers centraux où des familles nées à l'étranger louent des appartements, avec des enfants et des emplois variés.",
    ),
    "2c2": (
        "Migrant Commuters",
        "Navetteurs immigrés",
        "Young adults born abroad, renting flats and travelling to work by public transport.",
        "Jeunes adultes nés à l'étranger, locataires d'appartements, qui vont au travail en transports en commun.",
    ),
    "2c3": (
        "Professional Service Cosmopolitans",
        "Cosmopolites des services qualifiés",
        "Well-qualified people of many origins in finance, law and other professional services, renting central flats.",
        "Personnes diplômées d'origines variées, dans la finance, le droit "
        "ou d'autres services qualifiés, locataires au centre-ville.",
    ),
    "2d1": (
        "Urban Cultural Mix",
        "Mélange culturel urbain",
        "Mixed central areas of young, qualified adults from many backgrounds, few children and mostly flats.",
        "Quartiers centraux mixtes de jeunes adultes diplômés d'horizons variés : peu d'enfants, surtout des appartements.",
    ),
    "2d2": (
        "Highly-Qualified Quaternary Workers",
        "Travailleurs très qualifiés du quaternaire",
        "Young graduates in knowledge jobs such as research, IT, media and consulting, living in city flats.",
        "Jeunes diplômés des métiers du savoir (recherche, informatique, médias, conseil), en appartement en ville.",
    ),
    "2d3": (
        "EU White-Collar Workers",
        "Employés de bureau européens",
        "Young office workers from other EU countries renting flats in well-off central areas.",
        "Jeunes employés de bureau venus d'autres pays de l'UE, locataires d'appartements dans des quartiers centraux aisés.",
    ),
    "3a1": (
        "Established Renting Families",
        "Familles locataires installées",
        "Long-settled families of many origins renting social or private homes in large cities.",
        "Familles d'origines variées installées de longue date, locataires du social ou du privé dans les grandes villes.",
    ),
    "3a2": (
        "Young Families and Students",
        "Jeunes familles et étudiants",
        "Diverse areas where young families with small children live near students, in rented flats.",
        "Quartiers divers où de jeunes familles avec de petits enfants vivent près d'étudiants, en appartements loués.",
    ),
    "3b1": (
        "Striving Service Workers",
        "Employés des services persévérants",
        "Diverse neighbourhoods of people working in shops, care and hospitality, many renting flats.",
        "Quartiers divers de personnes travaillant dans le commerce, le "
        "soin ou la restauration, souvent locataires d'un appartement.",
    ),
    "3b2": (
        "Bangladeshi Mixed Employment",
        "Emplois variés, communauté bangladaise",
        "Areas with a large Bangladeshi community, crowded family homes and a mix of jobs, often in social housing.",
        "Quartiers à forte communauté bangladaise : logements familiaux surpeuplés, emplois variés, souvent en logement social.",
    ),
    "3b3": (
        "Multi-Ethnic Professional Service Workers",
        "Employés qualifiés des services, multiethniques",
        "Residents of many origins in office and professional service jobs, renting or buying flats.",
        "Habitants d'origines variées dans des emplois de bureau ou de "
        "services qualifiés, locataires ou accédants en appartement.",
    ),
    "3c1": (
        "Constrained Neighbourhoods",
        "Quartiers aux ressources limitées",
        "Crowded, diverse inner areas with social renting, unemployment and low incomes.",
        "Quartiers centraux divers et surpeuplés : logement social, chômage et faibles revenus.",
    ),
    "3c2": (
        "Constrained Commuters",
        "Navetteurs aux ressources limitées",
        "Diverse areas of renters on modest pay who travel some distance to work by public transport.",
        "Quartiers divers de locataires aux salaires modestes qui font de longs trajets en transports en commun pour travailler.",
    ),
    "3d1": (
        "New EU Tech Workers",
        "Techniciens des nouveaux pays de l'UE",
        "Young workers from the newer EU member states in technical jobs, sharing privately rented flats.",
        "Jeunes actifs venus des nouveaux États membres de l'UE, dans des métiers techniques, en colocation dans le privé.",
    ),
    "3d2": (
        "Established Tech Workers",
        "Techniciens installés",
        "Settled, qualified workers in technical and IT jobs, many of them couples in owned or rented flats.",
        "Actifs qualifiés et installés des métiers techniques et informatiques, "
        "souvent en couple, propriétaires ou locataires d'un appartement.",
    ),
    "3d3": (
        "Old EU Tech Workers",
        "Techniciens des anciens pays de l'UE",
        "Qualified workers from western European countries in technical and professional jobs, renting in the city.",
        "Actifs qualifiés originaires d'Europe de l'Ouest, dans des métiers techniques et qualifiés, locataires en ville.",
    ),
    "4a1": (
        "Social Renting Young Families",
        "Jeunes familles en logement social",
        "Young families with small children in social housing, often lone parents, in multicultural areas.",
        "Jeunes familles avec de petits enfants en logement social, souvent monoparentales, dans des quartiers multiculturels.",
    ),
    "4a2": (
        "Private Renting New Arrivals",
        "Nouveaux arrivants locataires du privé",
        "Recently arrived families and young adults renting privately, often in crowded homes.",
        "Familles et jeunes adultes récemment arrivés, locataires du privé, souvent dans des logements surpeuplés.",
    ),
    "4a3": (
        "Commuters with Young Families",
        "Navetteurs avec jeunes enfants",
        "Working parents with young children who commute into the city, renting or buying terraced homes.",
        "Parents actifs avec de jeunes enfants qui font la navette vers la ville, locataires ou accédants en maison mitoyenne.",
    ),
    "4b1": (
        "Asian Terraces and Flats",
        "Maisons mitoyennes et appartements asiatiques",
        "Terraces and flats with large South Asian families, modest incomes and both owners and renters.",
        "Maisons mitoyennes et appartements : familles nombreuses d'origine "
        "sud-asiatique, revenus modestes, propriétaires comme locataires.",
    ),
    "4b2": (
        "Pakistani Communities",
        "Communautés pakistanaises",
        "Terraced streets with a large Pakistani community, big households, young children and many out of work.",
        "Rues de maisons mitoyennes à forte communauté pakistanaise : grands "
        "ménages, jeunes enfants et beaucoup de personnes sans emploi.",
    ),
    "4c1": (
        "Achieving Minorities",
        "Minorités en réussite",
        "Minority ethnic families doing well, owning their homes and in skilled or professional work.",
        "Familles issues de minorités qui réussissent, propriétaires de leur logement, dans des emplois qualifiés.",
    ),
    "4c2": (
        "Multicultural New Arrivals",
        "Nouveaux arrivants multiculturels",
        "Recent arrivals of many origins, often renting privately in crowded flats and houses.",
        "Nouveaux arrivants d'origines variées, souvent locataires du privé dans des appartements et maisons surpeuplés.",
    ),
    "4c3": (
        "Inner City Ethnic Mix",
        "Mixité ethnique des quartiers centraux",
        "Diverse inner-city streets of families and young adults, renting from both social and private landlords.",
        "Rues centrales diverses : familles et jeunes adultes, locataires du social comme du privé.",
    ),
    "5a1": (
        "White Professionals",
        "Cadres blancs",
        "Mostly white British professionals and managers owning town houses and flats.",
        "Cadres et dirigeants surtout blancs britanniques, propriétaires de maisons ou d'appartements en ville.",
    ),
    "5a2": (
        "Multi-Ethnic Professionals with Families",
        "Cadres multiethniques avec enfants",
        "Professional families of many origins with children, owning houses in town neighbourhoods.",
        "Familles de cadres d'origines variées avec enfants, propriétaires de maisons dans les quartiers urbains.",
    ),
    "5a3": (
        "Families in Terraces and Flats",
        "Familles en maisons mitoyennes et appartements",
        "Working families with children in terraced houses and flats, owning or renting.",
        "Familles actives avec enfants en maisons mitoyennes et appartements, propriétaires ou locataires.",
    ),
    "5b1": (
        "Delayed Retirement",
        "Retraite retardée",
        "Older town residents still working past the usual retirement age, owning their home.",
        "Citadins âgés qui travaillent encore au-delà de l'âge habituel de la retraite, propriétaires de leur logement.",
    ),
    "5b2": (
        "Communal Retirement",
        "Retraite en résidence collective",
        "Older people in care homes, sheltered housing and retirement flats in towns.",
        "Personnes âgées en maison de retraite, en résidence avec services ou en appartement pour seniors, en ville.",
    ),
    "5b3": (
        "Self-Sufficient Retirement",
        "Retraite autonome",
        "Retired people living independently in their own flats or small houses in town.",
        "Retraités vivant de façon autonome dans leur propre appartement ou petite maison en ville.",
    ),
    "6a1": (
        "Indian Tech Achievers",
        "Techniciens d'origine indienne en réussite",
        "Suburban families of Indian origin, often in IT and professional work, owning detached or semi-detached homes.",
        "Familles de banlieue d'origine indienne, souvent dans l'informatique ou "
        "des métiers qualifiés, propriétaires de maisons individuelles ou jumelées.",
    ),
    "6a2": (
        "Comfortable Suburbia",
        "Banlieue confortable",
        "Well-off families owning detached houses, with good qualifications and often two cars.",
        "Familles aisées propriétaires de maisons individuelles, bien diplômées et souvent équipées de deux voitures.",
    ),
    "6a3": (
        "Detached Retirement Living",
        "Retraite en maison individuelle",
        "Retired couples who own detached houses or bungalows in quiet suburbs.",
        "Couples retraités propriétaires de maisons individuelles ou de plain-pied dans des banlieues calmes.",
    ),
    "6a4": (
        "Ageing in Suburbia",
        "Vieillir en banlieue",
        "Suburbs where owners have grown older in the family home now that the children have left.",
        "Banlieues où les propriétaires ont vieilli dans la maison familiale, maintenant que les enfants sont partis.",
    ),
    "6b1": (
        "Multi-Ethnic Suburbia",
        "Banlieue multiethnique",
        "Semi-detached suburbs with working families of many origins, most owning their home.",
        "Banlieues de maisons jumelées où vivent des familles actives d'origines variées, pour la plupart propriétaires.",
    ),
    "6b2": (
        "White Suburban Communities",
        "Communautés blanches de banlieue",
        "Mostly white British suburbs of semi-detached homes, with working families in mid-level jobs.",
        "Banlieues surtout blanches britanniques de maisons jumelées : familles actives aux emplois intermédiaires.",
    ),
    "6b3": (
        "Semi-Detached Ageing",
        "Vieillir en maison jumelée",
        "Older couples who own semi-detached houses, many retired or close to retirement.",
        "Couples âgés propriétaires de maisons jumelées, beaucoup retraités ou proches de la retraite.",
    ),
    "6b4": (
        "Older Workers and Retirement",
        "Travailleurs âgés et retraités",
        "Suburbs of older workers and retired people owning modest houses.",
        "Banlieues de travailleurs âgés et de retraités, propriétaires de maisons modestes.",
    ),
    "7a1": (
        "Transitional Eastern European Neighbourhoods",
        "Quartiers de transition d'Europe de l'Est",
        "Areas where recent arrivals from Eastern Europe rent privately and move often.",
        "Quartiers où des arrivants récents d'Europe de l'Est louent dans le privé et déménagent souvent.",
    ),
    "7a2": (
        "Hampered Aspiration",
        "Aspirations entravées",
        "Diverse areas of young adults and families held back by low pay and crowded rented homes.",
        "Quartiers divers de jeunes adultes et de familles freinés par les bas salaires et des logements loués surpeuplés.",
    ),
    "7a3": (
        "Multi-Ethnic Hardship",
        "Difficultés multiethniques",
        "Multi-ethnic social-housing areas with unemployment, lone parents and crowding.",
        "Quartiers multiethniques de logement social : chômage, familles monoparentales et surpeuplement.",
    ),
    "7b1": (
        "Eastern European Communities",
        "Communautés d'Europe de l'Est",
        "Flats rented by people from Eastern Europe, many young and in manual or routine work.",
        "Appartements loués par des personnes venues d'Europe de l'Est, "
        "souvent jeunes et dans des emplois manuels ou d'exécution.",
    ),
    "7b2": (
        "Deprived Neighbourhoods",
        "Quartiers défavorisés",
        "Socially rented flats with high unemployment, poor health and few qualifications.",
        "Appartements en logement social : chômage élevé, santé fragile et peu de diplômes.",
    ),
    "7b3": (
        "Endeavouring Flat Dwellers",
        "Habitants d'appartements persévérants",
        "Flat dwellers on low incomes, many single people or lone parents, working in routine jobs.",
        "Habitants d'appartements aux faibles revenus, souvent seuls ou parents isolés, occupant des emplois d'exécution.",
    ),
    "7c1": (
        "Challenged Transitionaries",
        "Populations de passage en difficulté",
        "Estates of young single people and couples on low incomes who rent and move often.",
        "Cités de jeunes célibataires et de couples aux faibles revenus, locataires qui déménagent souvent.",
    ),
    "7c2": (
        "Constrained Young Families",
        "Jeunes familles aux moyens limités",
        "Young families, often lone parents, in social housing with little work and low income.",
        "Jeunes familles, souvent monoparentales, en logement social, avec peu de travail et de faibles revenus.",
    ),
    "7c3": (
        "Outer City Hardship",
        "Difficultés en périphérie urbaine",
        "Estates on the edge of cities with social renting, unemployment and poor health.",
        "Cités en périphérie urbaine : logement social, chômage et santé fragile.",
    ),
    "7d1": (
        "Ageing Communities and Families",
        "Communautés vieillissantes et familles",
        "Urban areas where older residents live alongside families, many in social housing.",
        "Quartiers urbains où des habitants âgés côtoient des familles, souvent locataires du logement social.",
    ),
    "7d2": (
        "Retired Independent City Dwellers",
        "Citadins retraités autonomes",
        "Retired people living alone in city flats and bungalows, still independent.",
        "Retraités vivant seuls en appartement ou en plain-pied en ville, encore autonomes.",
    ),
    "7d3": (
        "Retired Communal City Dwellers",
        "Citadins retraités en résidence collective",
        "Older people in city care homes and sheltered housing.",
        "Personnes âgées en maison de retraite ou en résidence avec services, en ville.",
    ),
    "7d4": (
        "Retired City Hardship",
        "Retraités urbains en difficulté",
        "Retired people renting social flats, often with long-term illness and low incomes.",
        "Retraités locataires d'appartements sociaux, souvent atteints de maladies chroniques et aux faibles revenus.",
    ),
    "8a1": (
        "Industrious Transitions",
        "Transitions laborieuses",
        "Former industrial towns where younger working households own or rent terraced homes.",
        "Anciennes villes industrielles où de jeunes ménages actifs possèdent ou louent des maisons mitoyennes.",
    ),
    "8a2": (
        "Industrious Hardship",
        "Difficultés laborieuses",
        "Working communities of terraced streets where manual jobs and low pay make life hard.",
        "Communautés actives de rues mitoyennes où emplois manuels et bas salaires rendent la vie difficile.",
    ),
    "8b1": (
        "Deprived Blue-Collar Terraces",
        "Maisons mitoyennes ouvrières défavorisées",
        "Terraced streets of manual workers with high unemployment and poor health.",
        "Rues de maisons mitoyennes ouvrières : chômage élevé et santé fragile.",
    ),
    "8b2": (
        "Hard-Pressed Rented Terraces",
        "Maisons mitoyennes louées sous pression",
        "Terraced houses rented from private or social landlords by low-paid workers and young families.",
        "Maisons mitoyennes louées dans le privé ou le social par des travailleurs mal payés et de jeunes familles.",
    ),
    "8c1": (
        "Ageing Industrious Workers",
        "Travailleurs de l'industrie vieillissants",
        "Older people in industrial towns, many near retirement after manual careers, owning their home.",
        "Personnes âgées des villes industrielles, souvent proches de la "
        "retraite après une carrière manuelle, propriétaires de leur maison.",
    ),
    "8c2": (
        "Ageing Rural Industry Workers",
        "Ouvriers ruraux vieillissants",
        "Older workers in small towns and villages with a mining or manufacturing past.",
        "Travailleurs âgés des bourgs et villages au passé minier ou manufacturier.",
    ),
    "8c3": (
        "Renting Hard-Pressed Workers",
        "Travailleurs locataires sous pression",
        "Older workers renting, often from social landlords, on low wages and with health problems.",
        "Travailleurs âgés locataires, souvent du logement social, aux bas salaires et à la santé fragile.",
    ),
    "8d1": (
        "Young Hard-Pressed Families",
        "Jeunes familles sous pression",
        "Young families renting privately on low incomes in areas where people move in and out often.",
        "Jeunes familles locataires du privé aux faibles revenus, dans des quartiers où l'on emménage et déménage souvent.",
    ),
    "8d2": (
        "Hard-Pressed Ethnic Mix",
        "Mixité ethnique sous pression",
        "Areas of mixed origins with private renting, frequent moves and routine jobs.",
        "Quartiers aux origines mêlées : location privée, déménagements fréquents et emplois d'exécution.",
    ),
    "8d3": (
        "Hard-Pressed European Settlers",
        "Européens installés sous pression",
        "Terraces where newcomers from elsewhere in Europe rent privately and work in manual jobs.",
        "Maisons mitoyennes où des nouveaux venus d'ailleurs en Europe louent dans le privé et occupent des emplois manuels.",
    ),
}

OAC2021_SUPERGROUPS = {
    "1": (
        "Retired Professionals",
        "Cadres retraités",
        "Older, well-off households, many retired from skilled jobs, in spacious homes in villages, small "
        "towns and the edges of suburbs.",
        "Ménages plus âgés et aisés, souvent retraités de métiers qualifiés, dans des logements spacieux de "
        "villages, de petites villes ou de lisière de banlieue.",
    ),
    "2": (
        "Suburbanites and Peri-Urbanites",
        "Banlieusards et périurbains",
        "Suburbs, small towns and accessible countryside: settled households, many owning their home, a mix of "
        "families and older people.",
        "Banlieues, petites villes et campagne accessible : ménages installés, souvent propriétaires, familles "
        "et personnes âgées mêlées.",
    ),
    "3": (
        "Multicultural and Educated Urbanites",
        "Citadins multiculturels et diplômés",
        "Central city areas of young, highly qualified adults of many origins, students and graduates, mostly renting flats.",
        "Quartiers centraux de jeunes adultes très diplômés et d'origines variées, étudiants et jeunes "
        "diplômés, surtout locataires d'appartements.",
    ),
    "4": (
        "Low-Skilled Migrant and Student Communities",
        "Communautés d'immigrés peu qualifiés et d'étudiants",
        "Urban areas with recent migrants and students, crowded private renting and jobs in routine services.",
        "Zones urbaines d'immigrés récents et d'étudiants : location privée surpeuplée et emplois d'exécution dans les services.",
    ),
    "5": (
        "Ethnically Diverse Suburban Professionals",
        "Cadres de banlieue d'origines diverses",
        "Outer suburbs of working families and professionals of many origins, most owning their home.",
        "Banlieues extérieures de familles actives et de cadres d'origines diverses, pour la plupart propriétaires.",
    ),
    "6": (
        "Baseline UK",
        "Royaume-Uni moyen",
        "Areas close to the national average on most measures, from starter-home estates to older coastal and industrial towns.",
        "Zones proches de la moyenne nationale sur la plupart des indicateurs, des lotissements de primo-"
        "accédants aux anciennes villes littorales ou industrielles.",
    ),
    "7": (
        "Semi- and Un-Skilled Workforce",
        "Main-d'œuvre peu ou pas qualifiée",
        "Towns with many people in manual and routine jobs, terraced housing and modest incomes.",
        "Villes où beaucoup occupent des emplois manuels ou d'exécution : maisons mitoyennes et revenus modestes.",
    ),
    "8": (
        "Legacy Communities",
        "Communautés héritées",
        "Estates and flats shaped by past industry and social housing, with retired people, routine jobs and more hardship.",
        "Cités et immeubles marqués par l'industrie d'hier et le logement social : retraités, emplois "
        "d'exécution et difficultés plus fréquentes.",
    ),
}

OAC2021_GROUPS = {
    "1a": (
        "Spacious Rural Living",
        "Vie rurale spacieuse",
        "Large homes in the countryside, with people approaching or in retirement.",
        "Grandes maisons à la campagne, habitants proches de la retraite ou retraités.",
    ),
    "1b": (
        "Small Town Suburbia",
        "Banlieues de petites villes",
        "Settled suburbs of small towns, owner-occupied, with working and retired couples.",
        "Banlieues installées des petites villes, en propriété : couples actifs et retraités.",
    ),
    "1c": (
        "Established Mature Families",
        "Familles mûres installées",
        "Comfortable families with older children in large suburban homes.",
        "Familles aisées aux enfants plus âgés dans de grandes maisons de banlieue.",
    ),
    "2a": (
        "Inner Suburbs and Small Town Living",
        "Proches banlieues et petites villes",
        "Inner suburbs and small towns with families, terraces and semis, owning or renting.",
        "Proches banlieues et petites villes : familles, maisons mitoyennes ou jumelées, en propriété ou en location.",
    ),
    "2b": (
        "Rural Amenity",
        "Agrément rural",
        "Villages and countryside within reach of towns, with an older population.",
        "Villages et campagne proches des villes, population plutôt âgée.",
    ),
    "2c": (
        "Ageing Communities",
        "Communautés vieillissantes",
        "Places where many residents are old, some in retirement or care homes.",
        "Lieux où beaucoup d'habitants sont âgés, certains en résidence pour seniors ou en maison de retraite.",
    ),
    "3a": (
        "Student Living and Professional Footholds",
        "Vie étudiante et premiers pas professionnels",
        "Students and young graduates starting careers in central rented flats.",
        "Étudiants et jeunes diplômés en début de carrière, locataires d'appartements du centre.",
    ),
    "3b": (
        "Ethnically Diverse Young Families",
        "Jeunes familles d'origines diverses",
        "Young families of many origins in city neighbourhoods, often renting.",
        "Jeunes familles d'origines variées dans les quartiers urbains, souvent locataires.",
    ),
    "3c": (
        "Diverse Educated Urban Singles",
        "Célibataires urbains diplômés et divers",
        "Single, well-qualified adults of many origins living close to city centres.",
        "Adultes seuls, diplômés et d'origines variées, vivant près des centres-villes.",
    ),
    "4a": (
        "Ethnically Diverse Families in Less Connected Locations",
        "Familles d'origines diverses dans des lieux moins desservis",
        "Diverse families in areas further from transport and services, with service and student jobs.",
        "Familles diverses dans des zones plus éloignées des transports et des services, emplois de service et étudiants.",
    ),
    "4b": (
        "Established Multi-Ethnic Communities",
        "Communautés multiethniques établies",
        "Long-standing multi-ethnic neighbourhoods with migrant families and routine service work.",
        "Quartiers multiethniques anciens : familles immigrées et emplois d'exécution dans les services.",
    ),
    "4c": (
        "Challenged Multicultural Communities and Students",
        "Communautés multiculturelles en difficulté et étudiants",
        "Multicultural areas with students and newer arrivals, crowded homes and low incomes.",
        "Quartiers multiculturels avec étudiants et nouveaux arrivants, logements surpeuplés et faibles revenus.",
    ),
    "5a": (
        "Outer Suburbs",
        "Banlieues extérieures",
        "Outer suburbs of owner-occupied homes with families and empty nesters of many origins.",
        "Banlieues extérieures de propriétaires : familles et parents aux enfants partis, d'origines variées.",
    ),
    "5b": (
        "Suburban Professionals",
        "Cadres de banlieue",
        "Professionals of many origins in established suburbs and terraces.",
        "Cadres d'origines variées dans des banlieues et rues de maisons mitoyennes établies.",
    ),
    "6a": (
        "Challenged Communities",
        "Communautés en difficulté",
        "Starter homes and flats with young families and modest incomes.",
        "Premiers logements et appartements : jeunes familles aux revenus modestes.",
    ),
    "6b": (
        "Legacy Industrial and Coastal Communities",
        "Communautés industrielles et littorales héritées",
        "Older industrial and seaside towns with retired people, terraces and some European workers.",
        "Anciennes villes industrielles et balnéaires : retraités, maisons mitoyennes et quelques travailleurs européens.",
    ),
    "6c": (
        "Multicultural Inner Suburbs",
        "Proches banlieues multiculturelles",
        "Inner suburbs with renting families and people moving in and out.",
        "Proches banlieues de familles locataires, où l'on emménage et déménage souvent.",
    ),
    "7a": (
        "Established but Challenged",
        "Installés mais en difficulté",
        "Long-settled urban communities with an industrial past and an ageing population.",
        "Communautés urbaines anciennes au passé industriel et à la population vieillissante.",
    ),
    "7b": (
        "Young Families in Industrial Towns",
        "Jeunes familles des villes industrielles",
        "Young families in the terraces of industrial towns, in manual and routine work.",
        "Jeunes familles dans les maisons mitoyennes des villes industrielles, en emplois manuels ou d'exécution.",
    ),
    "8a": (
        "Routine Occupations or Retirement",
        "Emplois d'exécution ou retraite",
        "Flats and retirement housing with routine workers and older residents.",
        "Appartements et résidences pour seniors : employés d'exécution et habitants âgés.",
    ),
    "8b": (
        "Legacy and Demographically Mixed Communities",
        "Communautés héritées et démographiquement mixtes",
        "Social-housing estates with families, young renters and pockets of retired people.",
        "Cités de logement social : familles, jeunes locataires et îlots de retraités.",
    ),
}

OAC2021_SUBGROUPS = {
    "1a1": (
        "Pre-Retirement Spacious Living",
        "Vie spacieuse avant la retraite",
        "Couples nearing retirement in large rural homes they own, many still in senior jobs.",
        "Couples proches de la retraite dans de grandes maisons rurales "
        "dont ils sont propriétaires, beaucoup encore à des postes élevés.",
    ),
    "1a2": (
        "Retirement Spacious Living",
        "Vie spacieuse à la retraite",
        "Retired couples in large owned homes in villages and the countryside.",
        "Couples retraités dans de grandes maisons en propriété, dans les villages et à la campagne.",
    ),
    "1b1": (
        "Younger Established Suburban Communities",
        "Communautés suburbaines établies plus jeunes",
        "Settled small-town suburbs of working couples and families, most owning their home.",
        "Banlieues installées de petites villes : couples actifs et familles, pour la plupart propriétaires.",
    ),
    "1b2": (
        "Older Established Suburban Communities",
        "Communautés suburbaines établies plus âgées",
        "Small-town suburbs of older owner-occupiers, many retired from skilled work.",
        "Banlieues de petites villes habitées par des propriétaires âgés, souvent retraités de métiers qualifiés.",
    ),
    "1c1": (
        "Affluent Mature Families",
        "Familles mûres aisées",
        "Well-off families with teenage or adult children in large owned suburban homes.",
        "Familles aisées avec adolescents ou jeunes adultes, dans de grandes maisons de banlieue en propriété.",
    ),
    "1c2": (
        "Burgeoning Mature Families",
        "Familles mûres en essor",
        "Growing families with school-age children in comfortable owned homes, parents in good jobs.",
        "Familles qui s'agrandissent, enfants scolarisés, dans des maisons confortables en propriété, parents bien placés.",
    ),
    "2a1": (
        "Younger Suburban Family Renters",
        "Jeunes familles locataires en banlieue",
        "Young families renting houses in inner suburbs and small towns.",
        "Jeunes familles locataires de maisons dans les proches banlieues et les petites villes.",
    ),
    "2a2": (
        "Settled Owner-Occupied Suburbs",
        "Banlieues stables de propriétaires",
        "Stable suburbs of owner-occupied semis with couples and families in steady work.",
        "Banlieues stables de maisons jumelées en propriété : couples et familles en emploi stable.",
    ),
    "2a3": (
        "Terraced Communities",
        "Communautés de maisons mitoyennes",
        "Terraced streets in small towns with working households, owning or renting.",
        "Rues de maisons mitoyennes de petites villes : ménages actifs, propriétaires ou locataires.",
    ),
    "2b1": (
        "Ageing Rural Communities",
        "Communautés rurales vieillissantes",
        "Villages with an older population, many of them retired couples owning their home.",
        "Villages à la population âgée, avec de nombreux couples retraités propriétaires.",
    ),
    "2b2": (
        "Rural Mix",
        "Mixité rurale",
        "Countryside near towns with all ages, families and retired people, mostly owners.",
        "Campagne proche des villes, tous âges confondus, familles et retraités, surtout propriétaires.",
    ),
    "2c1": (
        "Communal Retirement Living",
        "Retraite en résidence collective",
        "Care homes and retirement complexes where most residents are very old.",
        "Maisons de retraite et résidences pour seniors où la plupart des habitants sont très âgés.",
    ),
    "2c2": (
        "Ageing Independent Living",
        "Vieillesse autonome",
        "Older people living on their own in flats and bungalows, still independent.",
        "Personnes âgées vivant seules en appartement ou en plain-pied, encore autonomes.",
    ),
    "3a1": (
        "University Centric",
        "Autour de l'université",
        "Halls and shared houses around universities where students are the majority.",
        "Résidences et colocations autour des universités, où les étudiants sont majoritaires.",
    ),
    "3a2": (
        "Professional Progression",
        "Progression professionnelle",
        "Young graduates in their first professional jobs renting central flats.",
        "Jeunes diplômés à leurs premiers postes qualifiés, locataires d'appartements au centre.",
    ),
    "3a3": (
        "Urbanite Mix",
        "Mélange citadin",
        "Central areas mixing students, young workers and long-standing residents, mostly renting.",
        "Quartiers centraux mêlant étudiants, jeunes actifs et habitants de longue date, surtout locataires.",
    ),
    "3a4": (
        "Affluent Graduate Living",
        "Jeunes diplômés aisés",
        "Well-paid young graduates in modern city flats, with few children.",
        "Jeunes diplômés bien payés dans des appartements modernes en ville, avec peu d'enfants.",
    ),
    "3b1": (
        "Private Rental Ethnic Minority Families",
        "Familles de minorités ethniques locataires du privé",
        "Minority ethnic families with young children renting privately in city neighbourhoods.",
        "Familles issues de minorités ethniques avec de jeunes enfants, locataires du privé dans les quartiers urbains.",
    ),
    "3b2": (
        "Young Ethnic Minority Families",
        "Jeunes familles de minorités ethniques",
        "Young minority ethnic families in flats and terraces, often in social housing.",
        "Jeunes familles issues de minorités ethniques en appartement ou maison mitoyenne, souvent en logement social.",
    ),
    "3c1": (
        "Centrally Located Professionals",
        "Cadres du centre-ville",
        "Single professionals of many origins renting flats close to the city centre.",
        "Cadres célibataires d'origines variées, locataires d'appartements proches du centre-ville.",
    ),
    "3c2": (
        "Career Progression",
        "Évolution de carrière",
        "Qualified single adults building careers, renting in the inner city, some buying a first flat.",
        "Adultes seuls et diplômés qui bâtissent leur carrière, locataires "
        "en centre-ville, certains achetant un premier appartement.",
    ),
    "4a1": (
        "Semi-Detached, Service Workers and Students",
        "Maisons jumelées, employés des services et étudiants",
        "Semi-detached streets away from the centre with service workers, students and families of many origins.",
        "Rues de maisons jumelées à l'écart du centre : employés des services, étudiants et familles d'origines variées.",
    ),
    "4a2": (
        "City Service Workers",
        "Employés des services urbains",
        "Diverse households working in city shops, transport and care, renting flats and houses.",
        "Ménages d'origines diverses travaillant dans le commerce, les transports "
        "ou le soin en ville, locataires d'appartements ou de maisons.",
    ),
    "4a3": (
        "Multi-Child Young Families",
        "Jeunes familles nombreuses",
        "Young families with several children, often short of space in rented homes.",
        "Jeunes familles de plusieurs enfants, souvent à l'étroit dans des logements loués.",
    ),
    "4b1": (
        "Migrant Families",
        "Familles immigrées",
        "Families born abroad settled in multi-ethnic neighbourhoods, renting or buying terraced homes.",
        "Familles nées à l'étranger installées dans des quartiers multiethniques, locataires ou accédantes en maison mitoyenne.",
    ),
    "4b2": (
        "European Skilled Workforce",
        "Main-d'œuvre qualifiée européenne",
        "Skilled workers from other European countries renting privately in long-established diverse areas.",
        "Travailleurs qualifiés venus d'autres pays européens, locataires "
        "du privé dans des quartiers divers établis de longue date.",
    ),
    "4b3": (
        "Inner Suburb Ethnic Group Mix",
        "Mixité ethnique des proches banlieues",
        "Inner suburbs where several ethnic groups live side by side, families and young adults alike.",
        "Proches banlieues où plusieurs groupes ethniques vivent côte à côte, familles comme jeunes adultes.",
    ),
    "4b4": (
        "Ethnic Minority Routine Service Workers",
        "Employés d'exécution des services issus de minorités",
        "Minority ethnic residents in routine service jobs such as retail, cleaning and driving.",
        "Habitants issus de minorités ethniques dans des emplois d'exécution des services : commerce, nettoyage, conduite.",
    ),
    "4c1": (
        "African and Asian Influences",
        "Influences africaines et asiatiques",
        "Multicultural areas with many residents of African and Asian heritage, crowded homes and low incomes.",
        "Quartiers multiculturels comptant beaucoup d'habitants d'origine "
        "africaine et asiatique, logements surpeuplés et faibles revenus.",
    ),
    "4c2": (
        "European and Asian Heritage",
        "Héritage européen et asiatique",
        "Areas mixing European migrants, Asian-heritage families and students, mostly renting.",
        "Quartiers mêlant immigrés européens, familles d'origine asiatique et étudiants, surtout locataires.",
    ),
    "5a1": (
        "Outer Suburb Asian Mix",
        "Mixité asiatique des banlieues extérieures",
        "Outer suburbs with many owner-occupying families of Asian heritage.",
        "Banlieues extérieures comptant beaucoup de familles propriétaires d'origine asiatique.",
    ),
    "5a2": (
        "Suburban Empty Nesters",
        "Parents de banlieue aux enfants partis",
        "Owner-occupiers in outer suburbs whose children have left home.",
        "Propriétaires des banlieues extérieures dont les enfants ont quitté le foyer.",
    ),
    "5a3": (
        "Young Suburban Families",
        "Jeunes familles de banlieue",
        "Young families of many origins buying homes in the outer suburbs.",
        "Jeunes familles d'origines variées qui accèdent à la propriété en banlieue extérieure.",
    ),
    "5b1": (
        "Families in Multi-Ethnic Terraces",
        "Familles en maisons mitoyennes multiethniques",
        "Working families of many origins in terraced homes they own.",
        "Familles actives d'origines variées, propriétaires de maisons mitoyennes.",
    ),
    "5b2": (
        "Established Multi-Ethnic Suburbs",
        "Banlieues multiethniques établies",
        "Long-settled diverse suburbs with professionals and families owning semi-detached houses.",
        "Banlieues diverses installées de longue date : cadres et familles propriétaires de maisons jumelées.",
    ),
    "6a1": (
        "Suburban Housing Starters",
        "Primo-accédants de banlieue",
        "Young couples and families in their first homes on newer suburban estates.",
        "Jeunes couples et familles dans leur premier logement, sur des lotissements récents de banlieue.",
    ),
    "6a2": (
        "Semi Detached Strivers",
        "Ménages persévérants en maisons jumelées",
        "Families on modest incomes in semi-detached homes, working hard in routine jobs.",
        "Familles aux revenus modestes en maisons jumelées, qui travaillent dur dans des emplois d'exécution.",
    ),
    "6a3": (
        "Younger Ethnic Minority Families in Flats",
        "Jeunes familles de minorités ethniques en appartement",
        "Young minority ethnic families renting flats, often with small children.",
        "Jeunes familles issues de minorités ethniques, locataires d'appartements, souvent avec de petits enfants.",
    ),
    "6b1": (
        "Retired Seniors",
        "Seniors retraités",
        "Retired people in former industrial and seaside towns, owning bungalows and small houses.",
        "Retraités des anciennes villes industrielles et balnéaires, "
        "propriétaires de maisons de plain-pied ou de petites maisons.",
    ),
    "6b2": (
        "Traditional Terraces",
        "Maisons mitoyennes traditionnelles",
        "Old terraced streets of industrial towns with working households of all ages.",
        "Vieilles rues de maisons mitoyennes des villes industrielles : ménages actifs de tous âges.",
    ),
    "6b3": (
        "EU Singles",
        "Célibataires européens",
        "Single workers from other European countries renting privately in coastal and industrial towns.",
        "Travailleurs seuls venus d'autres pays européens, locataires du privé dans les villes littorales et industrielles.",
    ),
    "6c1": (
        "Transient Communities",
        "Communautés de passage",
        "Inner suburbs of private renters who move often, many of them young and single.",
        "Proches banlieues de locataires du privé qui déménagent souvent, beaucoup jeunes et seuls.",
    ),
    "6c2": (
        "Semi-Detached Family Renters",
        "Familles locataires en maisons jumelées",
        "Families renting semi-detached houses in mixed inner suburbs.",
        "Familles locataires de maisons jumelées dans des proches banlieues mixtes.",
    ),
    "7a1": (
        "Ageing Established Urban Communities",
        "Communautés urbaines établies vieillissantes",
        "Long-standing urban streets where residents have grown old in place, on modest incomes.",
        "Rues urbaines anciennes où les habitants ont vieilli sur place, avec des revenus modestes.",
    ),
    "7a2": (
        "Industry Associations",
        "Attaches industrielles",
        "Communities tied to manufacturing and other industrial work, in terraced and semi-detached homes.",
        "Communautés liées à l'industrie et aux métiers manufacturiers, en maisons mitoyennes ou jumelées.",
    ),
    "7b1": (
        "Terraces in Transitional Towns",
        "Maisons mitoyennes des villes en transition",
        "Terraced homes in towns changing after the decline of industry, with young families in routine work.",
        "Maisons mitoyennes de villes en mutation après le déclin de l'industrie : jeunes familles en emplois d'exécution.",
    ),
    "7b2": (
        "Families and Later Life",
        "Familles et grand âge",
        "Industrial-town streets where young families live alongside older residents, owning or renting.",
        "Rues de villes industrielles où de jeunes familles côtoient des habitants âgés, propriétaires ou locataires.",
    ),
    "8a1": (
        "Retirement Residences",
        "Résidences de retraite",
        "Sheltered housing and retirement flats, where many residents live alone.",
        "Résidences avec services et appartements pour seniors, où beaucoup d'habitants vivent seuls.",
    ),
    "8a2": (
        "Flats and Routine Occupations",
        "Appartements et emplois d'exécution",
        "Rented flats, often social, with single adults in routine and manual jobs.",
        "Appartements loués, souvent sociaux : adultes seuls dans des emplois d'exécution ou manuels.",
    ),
    "8b1": (
        "Challenged Families",
        "Familles en difficulté",
        "Social-housing estates where families face unemployment, lone parenthood and low incomes.",
        "Cités de logement social où les familles font face au chômage, à la monoparentalité et aux faibles revenus.",
    ),
    "8b2": (
        "Retirement Pockets",
        "Îlots de retraités",
        "Parts of estates where older people, often living alone, rent social homes.",
        "Secteurs de cités où des personnes âgées, souvent seules, louent un logement social.",
    ),
    "8b3": (
        "Young Family Flat Renters",
        "Jeunes familles locataires en appartement",
        "Young families with small children renting flats on estates, often from social landlords.",
        "Jeunes familles avec de petits enfants, locataires d'appartements dans les cités, souvent en logement social.",
    ),
}

# One hue (0–1) and saturation per supergroup.
OAC2011_HUES = {
    "1": (0.27, 0.55),
    "2": (0.78, 0.45),
    "3": (0.07, 0.75),
    "4": (0.98, 0.60),
    "5": (0.58, 0.55),
    "6": (0.13, 0.75),
    "7": (0.50, 0.35),
    "8": (0.04, 0.40),
}
OAC2021_HUES = {
    "1": (0.12, 0.40),
    "2": (0.30, 0.50),
    "3": (0.00, 0.70),
    "4": (0.88, 0.50),
    "5": (0.07, 0.75),
    "6": (0.14, 0.80),
    "7": (0.62, 0.60),
    "8": (0.78, 0.35),
}


def hex_colour(hue: float, lightness: float, saturation: float) -> str:
    r, g, b = colorsys.hls_to_rgb(hue % 1.0, lightness, saturation)
    return f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"


def spread(index: int, count: int, low: float, high: float) -> float:
    return (low + high) / 2 if count == 1 else low + (high - low) * index / (count - 1)


def segments(supergroups: dict, groups: dict, subgroups: dict, hues: dict) -> list[dict]:
    rows = []
    for code, (en, fr, desc_en, desc_fr) in supergroups.items():
        hue, saturation = hues[code]
        rows.append(
            {
                "code": code,
                "level": "supergroup",
                "parent": None,
                "name": {"en": en, "fr": fr},
                "colour": hex_colour(hue, 0.42, saturation),
                "description": {"en": desc_en, "fr": desc_fr},
            }
        )
    for code, (en, fr, desc_en, desc_fr) in groups.items():
        parent = code[:-1]
        hue, saturation = hues[parent]
        siblings = sorted(c for c in groups if c[:-1] == parent)
        lightness = spread(siblings.index(code), len(siblings), 0.30, 0.62)
        rows.append(
            {
                "code": code,
                "level": "group",
                "parent": parent,
                "name": {"en": en, "fr": fr},
                "colour": hex_colour(hue, lightness, saturation),
                "description": {"en": desc_en, "fr": desc_fr},
            }
        )
    for code, (en, fr, desc_en, desc_fr) in subgroups.items():
        parent = code[:-1]
        hue, saturation = hues[code[0]]
        groups_of_super = sorted(c for c in groups if c[:-1] == code[0])
        siblings = sorted(c for c in subgroups if c[:-1] == parent)
        lightness = spread(groups_of_super.index(parent), len(groups_of_super), 0.30, 0.62)
        shift = spread(siblings.index(code), len(siblings), -0.07, 0.07)
        rows.append(
            {
                "code": code,
                "level": "subgroup",
                "parent": parent,
                "name": {"en": en, "fr": fr},
                "colour": hex_colour(hue + shift / 3, min(0.85, lightness + shift), saturation),
                "description": {"en": desc_en, "fr": desc_fr},
            }
        )
    return rows


def write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(data['segments'])} segments")


def main() -> None:
    licence = (
        "Codes and English names: Open Government Licence v3.0 (contains National Statistics data © Crown "
        "copyright and database right). French names, colours and descriptions: written for Place Insight, "
        "CC0-1.0."
    )
    write(
        OUT / "oac2011.json",
        {
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
                "pas).",
            },
            "illustrative": False,
            "source": "Office for National Statistics and UCL, 2011 Area Classification for Output Areas (2011 OAC).",
            "licence": licence,
            "levels": LEVELS,
            "segments": segments(OAC2011_SUPERGROUPS, OAC2011_GROUPS, OAC2011_SUBGROUPS, OAC2011_HUES),
        },
    )
    write(
        OUT / "oac2021.json",
        {
            "format": "placeinsight-catalogue/1",
            "id": "oac2021",
            "name": {"en": "ONS Output Area Classification 2021", "fr": "Classification ONS des zones de recensement 2021"},
            "description": {
                "en": "The geodemographic classification of the 2021 Census output areas (ONS and UCL): 8 supergroups, "
                "21 groups and 52 subgroups. Codes and English names are the published ones; the short "
                "descriptions are our own summaries, not the official pen portraits. No channel ratings.",
                "fr": "La classification géodémographique des zones de recensement de 2021 (ONS et UCL) : 8 "
                "super-groupes, 21 groupes et 52 sous-groupes. Codes et noms anglais publiés ; les courtes "
                "descriptions sont nos propres résumés, pas les portraits officiels. Pas de notes de canaux.",
            },
            "illustrative": False,
            "source": "Office for National Statistics and UCL, 2021 Output Area Classification (2021 OAC).",
            "licence": licence,
            "levels": LEVELS,
            "segments": segments(OAC2021_SUPERGROUPS, OAC2021_GROUPS, OAC2021_SUBGROUPS, OAC2021_HUES),
        },
    )


if __name__ == "__main__":
    main()
