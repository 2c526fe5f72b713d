"""Small helper for writing gold records by hand (gold/GUIDELINES.md).

Each gold/annotation/<id>.py lists the annotations of one article as data: entity surfaces with their type and
normalized value (every occurrence outside excluded ranges is annotated unless limited to a context), and
relations with the words that locate their evidence sentence. This module computes code-point offsets
(Python string indices), checks them, and writes gold/<id>.json. It never reads extractor output.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r"[\w]", re.UNICODE)


class Gold:
    def __init__(self, doc_id, title=None, published=None, source=None, dateline=None):
        self.id = doc_id
        with open(os.path.join(ROOT, "corpus", doc_id + ".txt"), encoding="utf-8") as f:
            self.text = f.read()
        self.meta = dict(title=title, published=published, source=source, dateline=dateline, url=None)
        self.ents = []  # dicts with start, end
        self.rels = []
        self.excluded = []

    # ----------------------------------------------------------------------------------------- ranges
    def exclude_from(self, marker):
        """Excludes from the first occurrence of marker to the end of the text (site boilerplate)."""
        i = self.text.index(marker)
        self.excluded.append((i, len(self.text)))

    def exclude_line(self, marker):
        """Excludes the line holding marker (metadata lines)."""
        i = self.text.index(marker)
        a = self.text.rfind("\n", 0, i) + 1
        b = self.text.find("\n", i)
        self.excluded.append((a, len(self.text) if b < 0 else b))

    def exclude_span(self, marker):
        i = self.text.index(marker)
        self.excluded.append((i, i + len(marker)))

    def _free(self, a, b):
        for (x, y) in self.excluded:
            if a < y and x < b:
                return False
        for e in self.ents:
            if a < e["end"] and e["start"] < b:
                return False
        return True

    def _bounded(self, a, b):
        before = self.text[a - 1] if a > 0 else " "
        after = self.text[b] if b < len(self.text) else " "
        return not WORD.match(before) and not WORD.match(after)

    # ----------------------------------------------------------------------------------------- entities
    def ent(self, typ, surface, norm, ctx=None, n=None, **attrs):
        """Annotates surface (every free, word-bounded occurrence; only inside occurrences of ctx when given;
        only the n-th such occurrences when n is a list of 0-based indices). Returns the number annotated."""
        spans = []
        if ctx is None:
            starts = [m.start() for m in re.finditer(re.escape(surface), self.text)]
        else:
            assert surface in ctx, (surface, ctx)
            off = ctx.index(surface)
            starts = [m.start() + off for m in re.finditer(re.escape(ctx), self.text)]
        for a in starts:
            b = a + len(surface)
            if self._bounded(a, b) and self._free(a, b):
                spans.append((a, b))
        if n is not None:
            spans = [s for i, s in enumerate(spans) if i in n]
        assert spans, "no free occurrence of %r (ctx %r) in %s" % (surface, ctx, self.id)
        for (a, b) in spans:
            assert self.text[a:b] == surface
            e = dict(type=typ, text=surface, start=a, end=b, normalized=norm)
            e.update(attrs)
            self.ents.append(e)
        return len(spans)

    # ----------------------------------------------------------------------------------------- relations
    def sentence(self, anchor, occurrence=0):
        """The span of the sentence (or list item without its marker) that holds anchor."""
        starts = [m.start() for m in re.finditer(re.escape(anchor), self.text)]
        i = starts[occurrence]
        ls = self.text.rfind("\n", 0, i) + 1
        le = self.text.find("\n", i)
        le = len(self.text) if le < 0 else le
        line = self.text[ls:le]
        m = re.match(r"\s*(?:[•●▪\-–]\s+|\d+[.、)]\s*|[IVX]+\.\s+)?", line)
        a = ls + (m.end() if m else 0)
        b = le
        # sentence boundaries inside the line: ., !, ? (then an optional closing quote) followed by a space
        cuts = [a]
        for mm in re.finditer(r"[.!?][”\"’']?\s+(?=[“\"A-Z0-9])", line):
            cut = ls + mm.end()
            if a < cut < b:
                cuts.append(cut)
        cuts.append(b)
        for x, y in zip(cuts, cuts[1:]):
            if x <= i < y:
                seg = self.text[x:y]
                return (x, x + len(seg.rstrip()))
        raise AssertionError(anchor)

    def rel(self, typ, action, obj, anchor, parties, modality=None, obj_entity=None, date=None, place=None,
            speaker=None, occurrence=0, through=None, cut=None):
        """A relation; evidence is the sentence holding anchor (extended to the sentence holding `through`;
        ended before `cut`, for a sign-off on the same line)."""
        a, b = self.sentence(anchor, occurrence)
        if through is not None:
            b = self.sentence(through)[1]
        if cut is not None and cut in self.text[a:b]:
            b = a + self.text[a:b].index(cut)
        assert (typ == "COMMITMENT") == (modality is not None), (typ, modality, obj)
        self.rels.append(dict(type=typ, action=action, modality=modality, parties=sorted(set(parties)), object=obj,
                              obj_entity=obj_entity, date=date, place=place, speaker=speaker, start=a, end=b))

    # ----------------------------------------------------------------------------------------- output
    def write(self):
        ents = sorted(self.ents, key=lambda e: (e["start"], e["end"]))
        for x, y in zip(ents, ents[1:]):
            assert x["end"] <= y["start"], ("overlap", x, y)
        out_ents = []
        for i, e in enumerate(ents):
            d = {"id": "E%d" % (i + 1)}
            d.update(e)
            e["id"] = d["id"]
            assert self.text[e["start"]:e["end"]] == e["text"]
            out_ents.append(d)
        rels = sorted(self.rels, key=lambda r: (r["start"], r["end"]))
        out_rels = []
        for i, r in enumerate(rels):
            oe = None
            if r["obj_entity"] is not None:
                cands = [e for e in ents if e["text"] == r["obj_entity"] and r["start"] <= e["start"] and e["end"] <= r["end"]]
                assert cands, ("object entity not in evidence", r)
                oe = cands[0]["id"]
            out_rels.append({
                "id": "R%d" % (i + 1), "type": r["type"], "action": r["action"], "modality": r["modality"],
                "parties": r["parties"], "object": r["object"], "object_entity": oe, "date": r["date"],
                "place": r["place"], "speaker": r["speaker"],
                "evidence": {"start": r["start"], "end": r["end"], "text": self.text[r["start"]:r["end"]]},
                "confidence": 1.0, "rule": "gold"})
        rec = {"id": self.id}
        rec.update(self.meta)
        rec["text"] = self.text
        rec["entities"] = out_ents
        rec["relations"] = out_rels
        rec["warnings"] = []
        path = os.path.join(ROOT, "gold", self.id + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d entities, %d relations" % (self.id, len(out_ents), len(out_rels)))


SMALL = set("a an and as at but by for from in into of on or the to via with between".split())


def title_case(name):
    """The guidelines' normalized form of a name: no leading article or quotes, straight apostrophes, closed-up
    spaced dashes, every word capitalized (each part of a hyphenated word) except small words after the first."""
    s = name.replace("’", "'").replace("“", "").replace("”", "").replace('"', "")
    s = re.sub(r"\s+[–—-]\s+", "-", s)
    s = re.sub(r"^(the|a|an)\s+", "", s, flags=re.I)
    words = s.split()
    out = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in SMALL:
            out.append(w.lower())
        else:
            out.append("-".join(p if p.isupper() else p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)
