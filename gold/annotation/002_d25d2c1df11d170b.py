"""Gold for 002 (nCa: the list of outcomes of the first Central Asia-China Summit, Xi'an, 18-19 May 2023).
Trailing sign-off "///nCa, May 20, 2023" is metadata (guidelines 1.1). Lists: heading I under "a number of
agreements … were reached" -> AGREEMENT reach, the six; II "initiated by the Chinese side" -> COMMITMENT initiate
decided, CHN; III documents -> AGREEMENT sign/adopt, the six (guidelines 3.6). Dates and places: the summit's."""
import re
from goldlib import Gold, title_case

g = Gold("002_d25d2c1df11d170b", published="2023-05-20", source="nCa")
g.exclude_span("///nCa, May 20, 2023")
T = g.text
SIX = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"]
SUMMIT = dict(date="2023-05-18/2023-05-19", place="Xi'an")
NAMES = {"DOCUMENT", "CENTER", "MECHANISM", "INITIATIVE"}

# --- III. documents (longest names first)
docs = [
    ("Xi’an Declaration of the Summit", "Xi'an Declaration", "adopt"),
    ("Memorandum of Understanding on industrial and investment cooperation", None, "sign"),
    ("Memorandum of Understanding on strengthening trade and economic cooperation", None, "sign"),
    ("Memorandum of Understanding between the states of Central Asia and China on cooperation in the field of digital trade", None, "sign"),
    ("Memorandum of Understanding to promote the development of cooperation in the field of infrastructure and engineering construction", None, "sign"),
    ("Memorandum of Understanding on the establishment of a mechanism for the meeting of ministers of agriculture", None, "sign"),
    ("Regulations on the work of the mechanism of the meeting of the heads of customs services", None, "adopt"),
    ("Memorandum of Understanding on technical cooperation in the field of import and export of animal and plant quarantine between the competent authorities", None, "sign"),
    ("Memorandum of Understanding on cooperation in the establishment of the Business Council", None, "sign"),
]
for surface, norm, _ in docs:
    g.ent("DOCUMENT", surface, norm or title_case(surface))
g.ent("DOCUMENT", "Strategy for the New Economic Dialogue", "Strategy for the New Economic Dialogue")
g.ent("DOCUMENT", "Joint Anti-Drug Action Plan", "Joint Anti-Drug Action Plan")
g.ent("DOCUMENT", "Roadmap for the development of regional cooperation", "Roadmap for the Development of Regional Cooperation")

# --- II. mechanisms and platforms
mechs = ["mechanism of the meetings of the Ministers of Foreign Affairs", "Mechanism of the meeting of ministers of economy and trade",
         "mechanism of meetings at the level of ministers in charge of industrial and investment cooperation",
         "Mechanism of meetings of ministers of agriculture", "Mechanism for cooperation in emergency situations",
         "Mechanism of meetings of ministers of transport", "Mechanism of the meeting of ministers of education",
         "mechanism of energy cooperation", "Mechanism of meetings of heads of customs services", "Dialogue of political parties",
         "Network of cooperation of national administrative academies", "Regional Cooperation Forum",
         "Forum of industrial and investment cooperation", "Forum of think tanks",
         "Dialogue mechanism on cooperation in the field of electronic commerce", "Forum of news agencies"]
for m in mechs:
    g.ent("MECHANISM", m, title_case(m))
g.ent("MECHANISM", "Cooperation Forum", "Cooperation Forum", ctx="13. Cooperation Forum")
g.ent("MECHANISM", "Dialogue and cooperation in the field of electronic commerce", title_case("Dialogue and cooperation in the field of electronic commerce"))
g.ent("CENTER", "Business Council", "Business Council")
g.ent("CENTER", "Health Industry Alliance", "Health Industry Alliance")
g.ent("CENTER", "Secretariat", "Secretariat")
g.ent("CENTER", "Data Bank of priority green investment projects", "Data Bank of Priority Green Investment Projects")
g.ent("CENTER", "Lu Ban Workshops", "Luban Workshop")

# --- initiatives, corridors, routes
g.ent("INITIATIVE", "“One Belt and One Road” Joint Construction Initiative", "Belt and Road Initiative")
g.ent("INITIATIVE", "Qingdao Initiative on Industrial and Investment Cooperation", "Qingdao Initiative on Industrial and Investment Cooperation")
g.ent("INITIATIVE", "Central Asia – China", "Central Asia-China", ctx="transport corridor “Central Asia – China”")
g.ent("INITIATIVE", "Central Asia – China", "Central Asia-China", ctx="tourist route “Central Asia – China”")
g.ent("INITIATIVE", "China-Kyrgyzstan-Uzbekistan railway", "China-Kyrgyzstan-Uzbekistan Railway")
g.ent("INITIATIVE", "China-Kyrgyzstan-Uzbekistan highway", "China-Kyrgyzstan-Uzbekistan Highway")
g.ent("INITIATIVE", "China-Tajikistan-Uzbekistan", "China-Tajikistan-Uzbekistan")
g.ent("INITIATIVE", "Western China-Western Europe", "Western China-Western Europe")
g.ent("INITIATIVE", "Turkmenistan – China", "Turkmenistan-China")
g.ent("INITIATIVE", "Cultural Silk Road", "Cultural Silk Road")
g.ent("INITIATIVE", "Silk Road of Health", "Silk Road of Health")
g.ent("INITIATIVE", "Year of Culture and Art of the Peoples of the Countries of Central Asia and China",
      "Year of Culture and Art of the Peoples of the Countries of Central Asia and China")
g.ent("INITIATIVE", "Youth Festival of Arts", "Youth Festival of Arts")
for i in ["Global Development Initiative", "Global Security Initiative", "Global Civilization Initiative"]:
    g.ent("INITIATIVE", i, i)

# --- summit, organizations, dates, places, countries
g.ent("MECHANISM", "Central Asia-China Summit", "China-Central Asia Summit")
g.ent("ORGANIZATION", "UN Office on Drugs and Crime", "UNODC")
g.ent("ORGANIZATION", "International Agency for Biological Safety", "International Agency for Biological Safety")
g.ent("ORGANIZATION", "UN", "UN")
g.ent("DATE", "May 18-19, 2023", "2023-05-18/2023-05-19")
g.ent("DATE", "2022-2025", "2022/2025")
g.ent("DATE", "2025", "2025", ctx="in 2025 in the Republic")
g.ent("LOCATION", "Xian", "Xi'an")
g.ent("LOCATION", "Shaanxi Province", "Shaanxi Province")
for loc in ["Aktau", "Kuryk", "Turkmenbashi", "Termez", "Southeast Asia", "Central Asia"]:
    g.ent("LOCATION", loc, loc)
g.ent("COUNTRY", "Republic of Kazakhstan", "KAZ")
g.ent("COUNTRY", "Chinese", "CHN", ctx="the Chinese side")
g.ent("COUNTRY", "China", "CHN")

# --- relations: list items under the three headings
def items(first_line_start, heading_next):
    a = T.index(first_line_start)
    b = T.index(heading_next) if heading_next else len(T)
    out = []
    for line in T[a:b].split("\n"):
        m = re.match(r"\s*(\d+)\.\s*(.*)$", line)
        if m:
            out.append(m.group(2))
    return out


def obj_of(item):
    body = item.split(" ///")[0].rstrip()
    return body[:-1] if body.endswith(".") else body


def named(item_text, anchor):
    a = T.index(anchor)
    b = a + len(item_text)
    for e in sorted(g.ents, key=lambda e: e["start"]):
        if e["type"] in NAMES and a <= e["start"] and e["end"] <= b:
            return e["text"]
    return None


for it in items("1. Creation of a mechanism for meetings", "II. Mechanisms and platforms"):
    anchor = it[:60]
    g.rel("AGREEMENT", "reach", obj_of(it), anchor, SIX, obj_entity=named(it, anchor), **SUMMIT)
for it in items("1. The mechanism of the meetings of the Ministers", "III. Multilateral documents"):
    anchor = it[:60]
    g.rel("COMMITMENT", "initiate", obj_of(it), anchor, ["CHN"], modality="decided", obj_entity=named(it, anchor), **SUMMIT)
actions = {surface[:40]: action for surface, _, action in docs}
for it in items("1. Xi’an Declaration of the Summit", None):
    anchor = it[:60]
    action = next(a for k, a in actions.items() if it.startswith(k))
    g.rel("AGREEMENT", action, obj_of(it), anchor, SIX, obj_entity=named(it, anchor), cut=" ///", **SUMMIT)
g.write()
