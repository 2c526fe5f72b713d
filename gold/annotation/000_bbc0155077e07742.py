"""Gold for 000 (summit Q&A article). No publication date: relative dates resolve against the summit it reports
(second China-Central Asia Summit, Astana, 2025-06-17), guidelines section 2 DATE."""
from goldlib import Gold

g = Gold("000_bbc0155077e07742", title="Qa Expert on Key Outcomes of 2nd China central Asia Summit part I")
g.exclude_from("Leave a Reply")
SIX = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"]
FIVE = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
SUMMIT = dict(date="2025-06-17", place="Astana")

# names first (longest first), so that nested names are not annotated separately
for c in ["China-Central Asia Poverty Reduction Cooperation Center", "China-Central Asia Education Exchange Cooperation Center",
          "China-Central Asia Desertification Control Cooperation Center", "China-Central Asia Trade Facilitation Cooperation Platform"]:
    g.ent("CENTER", c, c)
g.ent("INITIATIVE", "China-Central Asia Talent Development Scholarship", "China-Central Asia Talent Development Scholarship")
g.ent("ORGANIZATION", "Research Center for Russia, Eastern Europe, and Central Asian Countries",
      "Research Center for Russia, Eastern Europe, and Central Asian Countries")
g.ent("ORGANIZATION", "Liaoning University", "Liaoning University")
g.ent("DOCUMENT", "Treaty of Permanent Good-Neighborliness and Friendly Cooperation", "Treaty of Permanent Good-Neighborliness and Friendly Cooperation")
g.ent("DOCUMENT", "Astana Declaration", "Astana Declaration")
g.ent("MECHANISM", "China central Asia Summit", "China-Central Asia Summit")
g.ent("MECHANISM", "China-Central Asia Summit", "China-Central Asia Summit")
g.ent("PERSON", "Cui Zheng", "Cui Zheng")
g.ent("PERSON", "Cui", "Cui Zheng")
g.ent("DATE", "Tuesday", "2025-06-17")
g.ent("DATE", "last year", "2024")
g.ent("QUANTITY", "110 outcomes", "110 outcomes")
g.ent("QUANTITY", "719,000 people", "719000 people", qualifier="more than")
g.ent("LOCATION", "Astana", "Astana")
g.ent("LOCATION", "Central Asia", "Central Asia")   # in "China-Central Asia relations", "China-Central Asia Spirit"
g.ent("COUNTRY", "Kazakhstan", "KAZ")
g.ent("COUNTRY", "Uzbekistan", "UZB")
g.ent("COUNTRY", "China", "CHN")

# relations
g.rel("AGREEMENT", "sign", "Treaty of Permanent Good-Neighborliness and Friendly Cooperation", "Among the landmark agreements",
      SIX, obj_entity="Treaty of Permanent Good-Neighborliness and Friendly Cooperation", **SUMMIT)
g.rel("AGREEMENT", "adopt", "Astana Declaration", "Among the landmark agreements", SIX, obj_entity="Astana Declaration", **SUMMIT)
for c in ["China-Central Asia Poverty Reduction Cooperation Center", "China-Central Asia Education Exchange Cooperation Center",
          "China-Central Asia Desertification Control Cooperation Center", "China-Central Asia Trade Facilitation Cooperation Platform"]:
    g.rel("COMMITMENT", "establish", c, c, SIX, modality="decided", obj_entity=c, **SUMMIT)
g.rel("COMMITMENT", "promote", "promote trade diversification", "with all six countries committing", SIX, modality="pledged", **SUMMIT)
g.rel("COMMITMENT", "streamline", "streamline procedures", "with all six countries committing", SIX, modality="pledged", **SUMMIT)
g.rel("COMMITMENT", "upgrade", "upgrade investment agreements", "The goal is to upgrade", SIX, modality="planned", **SUMMIT)
g.rel("COMMITMENT", "enhance", "enhance cooperation in sectors like green minerals and artificial intelligence", "The goal is to upgrade",
      SIX, modality="planned", **SUMMIT)
g.rel("COMMITMENT", "strengthen", "strengthen cooperation in resource development and utilization", "the nations plan to strengthen",
      SIX, modality="planned", **SUMMIT)
g.rel("COMMITMENT", "explore", "explore geological surveys and green mining within each country’s legal framework",
      "ll jointly explore geological surveys", SIX, modality="pledged", speaker="Cui Zheng", **SUMMIT)
g.rel("COMMITMENT", "join", "join international cooperation on AI capacity building", "China welcomes Central Asian countries",
      FIVE, modality="proposed", **SUMMIT)
g.write()
