"""Gold for 003 (People's Daily report via PRNewswire). Dateline "BEIJING, June 18, 2025 /PRNewswire/ --" is
metadata (guidelines 1.1). The Xi'an Declaration is dated by its sentence ("In May 2023", guidelines 3.5); Xi's
proposals were made at the inaugural summit (Xi'an, 18-19 May 2023); the general statements of stance get null."""
from goldlib import Gold

g = Gold("003_5d633cfe301a66b9", published="2025-06-18", source="PRNewswire", dateline="BEIJING")
g.exclude_span("BEIJING, June 18, 2025 /PRNewswire/ --")
SIX = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"]
FIRST = dict(date="2023-05-18/2023-05-19", place="Xi'an")

g.ent("ORGANIZATION", "Conference on Interaction and Confidence Building Measures in Asia", "CICA")
g.ent("ORGANIZATION", "Shanghai Cooperation Organization", "SCO")
g.ent("ORGANIZATION", "United Nations", "UN")
g.ent("ORGANIZATION", "BRICS", "BRICS")
g.ent("ORGANIZATION", "People's Daily", "People's Daily")
g.ent("MECHANISM", "China-Central Asia Summit", "China-Central Asia Summit")
g.ent("MECHANISM", "China-Central Asia mechanism", "China-Central Asia Mechanism")
g.ent("INITIATIVE", "Trans-Caspian International Transport Corridor", "Trans-Caspian International Transport Route")
g.ent("INITIATIVE", "China-Kyrgyzstan-Uzbekistan railway", "China-Kyrgyzstan-Uzbekistan Railway")
g.ent("INITIATIVE", "Belt and Road", "Belt and Road Initiative")
g.ent("DOCUMENT", "Xi'an Declaration", "Xi'an Declaration")
g.ent("LEADER", "Xi Jinping", "Xi Jinping", country="CHN", role="president")
g.ent("COUNTRY", "Chinese", "CHN", ctx="Chinese President")
g.ent("DATE", "five years ago", "2020")
g.ent("DATE", "January 2022", "2022-01")
g.ent("DATE", "May 2023", "2023-05")
g.ent("DATE", "2024", "2024")
g.ent("DATE", "this year", "2025")
g.ent("MONEY", "$94.8 billion", "USD 94800000000")
g.ent("MONEY", "$30 billion", "USD 30000000000", qualifier="more than")
g.ent("LOCATION", "Xi'an", "Xi'an")
g.ent("LOCATION", "Yangling", "Yangling")
g.ent("LOCATION", "Central Asia", "Central Asia")
g.ent("LOCATION", "Europe", "Europe")
g.ent("COUNTRY", "Kazakhstan", "KAZ")
g.ent("COUNTRY", "Uzbekistan", "UZB")
g.ent("COUNTRY", "China", "CHN")

g.rel("AGREEMENT", "sign", "Xi'an Declaration", "jointly signed the Xi'an Declaration", SIX, obj_entity="Xi'an Declaration",
      date="2023-05", place="Xi'an")
g.rel("COMMITMENT", "propose", "\"four principles\" for building a China-Central Asia community with a shared future",
      "put forward the \"four principles\"", ["CHN"], modality="proposed", **FIRST)
g.rel("COMMITMENT", "propose", "\"eight proposals\" for advancing cooperation", "put forward the \"four principles\"", ["CHN"],
      modality="proposed", **FIRST)
NONE = dict(date=None, place=None)
g.rel("COMMITMENT", "uphold", "upholding the multilateral trading system", "remain committed to upholding", SIX, modality="pledged", **NONE)
g.rel("COMMITMENT", "build", "building an open world economy", "remain committed to upholding", SIX, modality="pledged", **NONE)
g.rel("COMMITMENT", "promote", "promoting a universally beneficial, inclusive economic globalization", "remain committed to upholding",
      SIX, modality="pledged", **NONE)
g.write()
