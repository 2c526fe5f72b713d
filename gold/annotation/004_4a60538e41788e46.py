"""Gold for 004 (Global Times report via PRNewswire, published 2025-06-17, a Tuesday). Metadata line and dateline
are not annotated (guidelines 1.1). Bilateral meetings on the sidelines of the summit: place Astana, date only
where the text gives it (guidelines 3.5)."""
from goldlib import Gold

g = Gold("004_4a60538e41788e46", published="2025-06-17", source="PRNewswire", dateline="BEIJING")
g.exclude_span(" date 2025-06-17 BEIJING, June 17, 2025 /PRNewswire/ --")
SIX = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"]
XI = dict(country="CHN", role="president")

g.ent("DOCUMENT", "treaty of permanent good-neighborliness and friendly cooperation", "Treaty of Permanent Good-Neighborliness and Friendly Cooperation")
g.ent("DOCUMENT", "permanent good-neighborliness and friendly cooperation treaty", "Treaty of Permanent Good-Neighborliness and Friendly Cooperation")
for c in ["poverty reduction cooperation center", "education exchange cooperation center", "desertification control cooperation center",
          "trade facilitation cooperation platform"]:
    name = "China-Central Asia " + c
    g.ent("CENTER", name, "China-Central Asia " + " ".join(w.capitalize() for w in c.split()))
g.ent("ORGANIZATION", "Shanghai Academy of Global Governance and Area Studies", "Shanghai Academy of Global Governance and Area Studies")
g.ent("ORGANIZATION", "Shanghai Cooperation Organization", "SCO")
g.ent("ORGANIZATION", "SCO", "SCO")
g.ent("ORGANIZATION", "Global Times", "Global Times")
g.ent("ORGANIZATION", "Xinhua", "Xinhua")
g.ent("ORGANIZATION", "World Trade Organization", "WTO")
g.ent("ORGANIZATION", "Kyrgyz State University", "Kyrgyz State University")
g.ent("ORGANIZATION", "Center for Belt and Road Studies", "Center for Belt and Road Studies")
g.ent("MECHANISM", "China-Central Asia cooperation mechanism", "China-Central Asia Mechanism")
g.ent("MECHANISM", "China-Central Asia Summit", "China-Central Asia Summit")
g.ent("INITIATIVE", "China-Kyrgyzstan-Uzbekistan railway", "China-Kyrgyzstan-Uzbekistan Railway")
g.ent("INITIATIVE", "Silk Road Economic Belt", "Silk Road Economic Belt")
g.ent("INITIATIVE", "Belt and Road", "Belt and Road Initiative")
g.ent("INITIATIVE", "BRI", "Belt and Road Initiative")
g.ent("LOCATION", "Xi'an", "Xi'an")
g.ent("LEADER", "Xi Jinping", "Xi Jinping", **XI)
g.ent("LEADER", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", country="KAZ", role="president")
g.ent("LEADER", "Sadyr Japarov", "Sadyr Japarov", country="KGZ", role="president")
g.ent("LEADER", "Japarov", "Sadyr Japarov", country="KGZ", role="president")
g.ent("LEADER", "Emomali Rahmon", "Emomali Rahmon", country="TJK", role="president")
g.ent("LEADER", "Rahmon", "Emomali Rahmon", country="TJK", role="president")
g.ent("LEADER", "Serdar Berdimuhamedov", "Serdar Berdimuhamedov", country="TKM", role="president")
g.ent("LEADER", "Berdimuhamedov", "Serdar Berdimuhamedov", country="TKM", role="president")
g.ent("LEADER", "Shavkat Mirziyoyev", "Shavkat Mirziyoyev", country="UZB", role="president")
g.ent("LEADER", "Mirziyoyev", "Shavkat Mirziyoyev", country="UZB", role="president")
g.ent("LEADER", "Djoomart Otorbaev", "Djoomart Otorbaev", country="KGZ", role="prime minister")
g.ent("LEADER", "Otorbaev", "Djoomart Otorbaev", country="KGZ", role="prime minister")
g.ent("LEADER", "Xi", "Xi Jinping", **XI)
g.ent("PERSON", "Yang Cheng", "Yang Cheng")
g.ent("PERSON", "Yang", "Yang Cheng")
g.ent("PERSON", "Guo Jiakun", "Guo Jiakun")
g.ent("PERSON", "Rashid Yusupov", "Rashid Yusupov")
g.ent("PERSON", "Aygul Rahimova", "Aygul Rahimova")
g.ent("DATE", "Tuesday", "2025-06-17")
g.ent("DATE", "Monday", "2025-06-16")
g.ent("DATE", "two years ago", "2023")
g.ent("DATE", "2024", "2024")
g.ent("DATE", "2014", "2014")
g.ent("MONEY", "$94.8 billion", "USD 94800000000")
g.ent("QUANTITY", "30 years", "30 years", qualifier="nearly")
g.ent("LOCATION", "Astana", "Astana")
g.ent("LOCATION", "Middle East", "Middle East")
g.ent("LOCATION", "Shanghai", "Shanghai", ctx="Shanghai Spirit")
g.ent("LOCATION", "Central Asia", "Central Asia")
for dem, iso in [("Chinese", "CHN"), ("Kazakh", "KAZ"), ("Kyrgyz", "KGZ"), ("Tajik", "TJK"), ("Turkmen", "TKM"), ("Uzbek", "UZB")]:
    g.ent("COUNTRY", dem, iso, ctx=dem + " President")
g.ent("COUNTRY", "Chinese", "CHN", ctx="the Chinese side")
g.ent("COUNTRY", "Chinese", "CHN", ctx="Chinese Foreign Ministry")
g.ent("COUNTRY", "Kazakh", "KAZ", ctx="Kazakh capital")
for c, iso in [("Kazakhstan", "KAZ"), ("Kyrgyzstan", "KGZ"), ("Tajikistan", "TJK"), ("Turkmenistan", "TKM"), ("Uzbekistan", "UZB"), ("China", "CHN")]:
    g.ent("COUNTRY", c, iso)

SUMMIT = dict(date="2025-06-17", place="Astana")
for c in ["poverty reduction cooperation center", "education exchange cooperation center", "desertification control cooperation center",
          "trade facilitation cooperation platform"]:
    name = "China-Central Asia " + c
    g.rel("COMMITMENT", "establish", "establish the " + name, "Chinese side has decided to establish", ["CHN"], modality="decided",
          obj_entity=name, speaker="Xi Jinping", through="these institutions include", **SUMMIT)
g.rel("AGREEMENT", "sign", "treaty of permanent good-neighborliness and friendly cooperation", "on Tuesday signed the treaty", SIX,
      obj_entity="treaty of permanent good-neighborliness and friendly cooperation", **SUMMIT)
g.rel("AGREEMENT", "agree", "hold the top-level gathering every two years alternately in China and Central Asia",
      "where leaders agreed to hold", SIX, date="2023-05-18/2023-05-19", place="Xi'an")
SIDE = dict(place="Astana", speaker="Xi Jinping")
g.rel("COMMITMENT", "scale up", "scale up trade and investment", "urging the two countries", ["CHN", "KGZ"], modality="proposed", date=None, **SIDE)
g.rel("COMMITMENT", "expand", "expand cooperation in emerging sectors", "urging the two countries", ["CHN", "KGZ"], modality="proposed", date=None, **SIDE)
g.rel("COMMITMENT", "expand", "expand the scale of bilateral trade and investment", "called on China and Tajikistan", ["CHN", "TJK"],
      modality="proposed", date="2025-06-17", **SIDE)
for o, a in [("scale up natural gas cooperation", "scale up"), ("expand cooperation in non-resource fields", "expand"),
             ("optimize trade structure", "optimize")]:
    g.rel("COMMITMENT", a, o, "Xi urged China and Turkmenistan", ["CHN", "TKM"], modality="proposed", date=None, **SIDE)
for o, a in [("accelerate the establishment of cultural centers in each other's countries", "accelerate"),
             ("promote people-to-people connectivity", "promote")]:
    g.rel("COMMITMENT", a, o, "He called on the two sides", ["CHN", "TKM"], modality="proposed", date=None, **SIDE)
g.rel("COMMITMENT", "introduce", "introduce more measures for trade liberalization and facilitation", "called on China and Uzbekistan",
      ["CHN", "UZB"], modality="proposed", date=None, **SIDE)
g.rel("COMMITMENT", "work", "work with Kazakhstan to contribute more to regional and world peace and development with stability and "
      "positive energy of bilateral ties", "China stands ready to work", ["CHN"], modality="pledged", date="2025-06-16", **SIDE)
g.rel("AGREEMENT", "sign", "memorandum of understanding with China regarding the Silk Road Economic Belt", "first country to sign a memorandum",
      ["CHN", "TJK"], date="2014", place=None)
g.write()
