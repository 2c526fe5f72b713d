"""Gold for 001 (MENAFN - GetNews commentary on the second summit). The leading "date … MENAFN - GetNews)" is
metadata (guidelines 1.1). Forward-looking statements of the Looking Ahead section are not tied to a summit or
date: date and place null (guidelines 3.5)."""
from goldlib import Gold

g = Gold("001_97bada1a2a823313", published="2025-06-18", source="MENAFN - GetNews")
g.exclude_span(" date 2025-06-18 MENAFN - GetNews)")
SIX = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"]

g.ent("MECHANISM", "China-Central Asia Summit", "China-Central Asia Summit")
g.ent("MECHANISM", "China-Central Asia mechanism", "China-Central Asia Mechanism")
g.ent("INITIATIVE", "Belt and Road Initiative", "Belt and Road Initiative")
g.ent("INITIATIVE", "China-Kazakhstan gas pipeline", "China-Kazakhstan Gas Pipeline")
g.ent("INITIATIVE", "China Tourism Year", "China Tourism Year")
g.ent("INITIATIVE", "Uzbekistan Tourism Year", "Uzbekistan Tourism Year")
g.ent("CENTER", "Confucius Institutes", "Confucius Institute")
g.ent("CENTER", "Luban Workshops", "Luban Workshop")
g.ent("MONEY", "$94.8 billion", "USD 94800000000")
g.ent("QUANTITY", "16,400 trains", "16400 trains")
g.ent("QUANTITY", "14%", "14 %")
g.ent("DATE", "2024", "2024")
g.ent("LOCATION", "Astana", "Astana")
g.ent("LOCATION", "Silk Road", "Silk Road")
g.ent("LOCATION", "Central Asia", "Central Asia")
g.ent("LOCATION", "Xinjiang", "Xinjiang")
g.ent("LOCATION", "Middle East", "Middle East")
g.ent("LOCATION", "Europe", "Europe")
g.ent("COUNTRY", "Kazakhstan", "KAZ")
g.ent("COUNTRY", "China", "CHN")

NO_DATE = dict(date=None, place=None)
g.rel("AGREEMENT", "sign", "cooperation documents for the Belt and Road Initiative", "signing cooperation documents", SIX, **NO_DATE)
g.rel("COMMITMENT", "maintain", "maintain regional peace and stability", "they strive to maintain", SIX, modality="planned", **NO_DATE)
g.rel("COMMITMENT", "promote", "promote the development of multilateralism", "both sides will jointly promote", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "participate", "participate in the reform and construction of the global governance system",
      "both sides will jointly promote", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "advocate", "advocate for an open, inclusive, fair, and just international order", "they will advocate", SIX,
      modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "address", "address non-traditional security threats such as terrorism, extremism, and transnational crime",
      "they will jointly address", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "promote", "promote green development", "they will promote green development", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "enhance", "enhance ecological protection and environmental governance cooperation",
      "they will promote green development", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "push", "push for coordinated economic development and environmental protection",
      "they will promote green development", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "work", "work hand in hand", "will continue to work hand in hand", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "deepen", "deepen all-round cooperation", "will continue to work hand in hand", SIX, modality="pledged", **NO_DATE)
g.rel("COMMITMENT", "build", "build a closer China-Central Asia community with a shared future", "will continue to work hand in hand",
      SIX, modality="pledged", **NO_DATE)
g.write()
