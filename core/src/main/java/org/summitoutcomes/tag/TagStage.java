package org.summitoutcomes.tag;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.lexicon.Gazetteer;
import org.summitoutcomes.lexicon.Summits;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.nlp.Annotations;
import org.summitoutcomes.nlp.CoreSentences;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Stage;
import org.summitoutcomes.rules.PatternRules;

/**
 * Tags entity mentions: gazetteers (countries, demonyms before state words, leaders, organizations,
 * locations, canonical names), TokensRegex rules (centers, mechanisms, documents, initiatives,
 * organizations, leaders in context, money, quantities, date ranges) and CoreNLP's 3-class NER with
 * SUTime (people, other places and organizations, dates). Overlaps are resolved, spans trimmed to the
 * guidelines, values normalized, and surnames resolved to full names within the article.
 */
public final class TagStage implements Stage {
    /** {@code lexicons/state-words.txt} */
    private final java.util.Set<String> stateWords;
    /** {@code lexicons/leading-trim.txt} */
    private final java.util.Set<String> leadingTrim;
    /** {@code lexicons/trailing-trim.txt} */
    private final java.util.Set<String> trailingTrim;
    /** {@code lexicons/not-entities.txt} */
    private final java.util.Set<String> notEntities;
    private static final Set<String> NAME_TYPES = Set.of("CENTER", "MECHANISM", "DOCUMENT", "INITIATIVE");


    private final AmountNormalizer amounts;
    private final Lexicons lexicons;
    private final CountryContext countryContext;
    private final NumericTriggers numericTriggers;
    private final Tenses tenses;
    private final MoneyGrammar moneyGrammar;
    private final DateGrammar dateGrammar;
    private final NameNormalizer names;
    /** role word → its kind, {@code lexicons/roles.tsv} */
    private final Map<String, String> roles;
    private final Supplier<StanfordCoreNLP> ner;
    private final Supplier<StanfordCoreNLP> plainNer;
    private final PatternRules rules;

    /**
     * @param ner the 3-class CRF with the numeric classifiers and SUTime, run on sentences that may hold a
     *     number or a date ({@link NumericTriggers})
     * @param plainNer the same CRF alone, for the other sentences
     */
    public TagStage(Supplier<StanfordCoreNLP> ner, Supplier<StanfordCoreNLP> plainNer) {
        this(ner, plainNer, AmountNormalizer.standard());
    }

    /** {@code amounts}: how MONEY and QUANTITY mentions are normalized (currencies, scales, qualifiers). */
    public TagStage(Supplier<StanfordCoreNLP> ner, Supplier<StanfordCoreNLP> plainNer, AmountNormalizer amounts) {
        this(ner, plainNer, amounts, Lexicons.standard());
    }

    /**
     * @param lexicons the gazetteers, the summit table, the country-ambiguity and role tables and the trim and
     *     state word lists the stage reads ({@link Lexicons#standard()}: the bundled files)
     * @throws org.summitoutcomes.lexicon.DataFileException ({@code path:line: what is wrong}) on a bad row
     */
    public TagStage(Supplier<StanfordCoreNLP> ner, Supplier<StanfordCoreNLP> plainNer, AmountNormalizer amounts, Lexicons lexicons) {
        this.amounts = amounts;
        this.ner = ner;
        this.plainNer = plainNer;
        this.lexicons = lexicons;
        this.stateWords = lexicons.words("lexicons/state-words.txt");
        this.leadingTrim = lexicons.words("lexicons/leading-trim.txt");
        this.trailingTrim = lexicons.words("lexicons/trailing-trim.txt");
        this.notEntities = lexicons.words("lexicons/not-entities.txt");
        this.rules = new PatternRules(lexicons.name("rules/entities.rules"), lexicons.text("rules/entities.rules"));
        this.countryContext = CountryContext.of(lexicons);
        this.numericTriggers = NumericTriggers.of(lexicons);
        this.tenses = Tenses.of(lexicons);
        this.moneyGrammar = MoneyGrammar.of(lexicons);
        this.dateGrammar = DateGrammar.of(lexicons);
        this.names = NameNormalizer.of(lexicons);
        Map<String, String> r = new HashMap<>();
        lexicons.each("lexicons/roles.tsv", row -> r.put(row[0], row[1]));
        this.roles = Map.copyOf(r);
        lexicons.gazetteers();
    }

    @Override public String name() { return "tag"; }
    @Override public Set<Feature> requires() { return EnumSet.of(Feature.SEGMENTS); }
    @Override public Set<Feature> provides() { return EnumSet.of(Feature.ENTITIES); }

    @Override
    public Document apply(Document doc) {
        String refDate = referenceDate(doc);
        List<Segment> segments = doc.segments();
        List<List<CoreLabel>> labels = new ArrayList<>();
        List<CoreMap> sentences = prepare(doc, refDate, labels);

        List<Candidate> candidates = new ArrayList<>();
        List<Segment> tagged = new ArrayList<>();
        for (int si = 0; si < segments.size(); si++) {
            List<CoreLabel> toks = labels.get(si);
            gazetteer(si, toks, candidates);
            for (PatternRules.Hit h : rules.apply(sentences.get(si))) {
                Candidate c = new Candidate(si, h.from(), h.to(), h.type(), null, Map.of(), h.rule(), 2, priorityOf(h));
                if (h.type().equals("LEADER") && h.rule().startsWith("leader-")) c = leaderInContext(c, toks);
                if (h.type().equals("QUANTITY")) c = withSpaceGroupedNumber(c, toks);
                if (c != null) candidates.add(c);
            }
            money(doc, segments.get(si), si, toks, candidates);
            dates(doc, segments.get(si), si, toks, refDate, candidates);
            statistical(si, toks, candidates);
            List<Token> withNer = new ArrayList<>();
            List<Token> old = segments.get(si).tokens();
            for (int i = 0; i < old.size(); i++) {
                CoreLabel l = toks.get(i);
                withNer.add(old.get(i).withNer(l.ner(), l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            tagged.add(segments.get(si).withTokens(withNer));
        }
        List<Candidate> chosen = resolve(candidates);
        List<Mention> mentions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Candidate c : chosen) {
            Mention m = toMention(c, labels.get(c.segment()), doc, warnings);
            if (m != null) mentions.add(m);
        }
        mentions = withinDocument(mentions, refDate);
        mentions = NameReMentions.add(mentions, doc);
        mentions.sort(Comparator.comparing(Mention::span));
        List<Mention> numbered = new ArrayList<>();
        for (Mention m : mentions) numbered.add(m.withId("E" + (numbered.size() + 1)));
        Document out = doc.withSegments(tagged).withMentions(numbered);
        out = out.withAnnotations(CoreSentences.tagged(labels, out));
        if (refDate == null) out = out.withWarning("no publication date: relative dates were not resolved");
        for (String w : warnings) out = out.withWarning(w);
        return out;
    }

    /** Builds CoreNLP labels for every segment, runs NER, and marks gazetteer matches on the labels. */
    private List<CoreMap> prepare(Document doc, String refDate, List<List<CoreLabel>> labels) {
        List<List<CoreLabel>> numeric = new ArrayList<>();
        List<List<CoreLabel>> plain = new ArrayList<>();
        for (Segment s : doc.segments()) {
            List<CoreLabel> l = Annotations.labels(s, labels.size());
            labels.add(l);
            (numericTriggers.mayHoldNumericExpression(l) ? numeric : plain).add(l);
        }
        String text = doc.text().value();
        if (!numeric.isEmpty()) ner.get().annotate(Annotations.document(text, numeric, refDate));
        if (!plain.isEmpty()) plainNer.get().annotate(Annotations.document(text, plain, refDate));
        return Annotations.document(text, labels, refDate).get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Ids of the pattern rules that match anywhere in a segmented document (for the rule-example test). */
    public Set<String> firedRules(Document segmented) {
        List<List<CoreLabel>> labels = new ArrayList<>();
        List<CoreMap> sentences = prepare(segmented, referenceDate(segmented), labels);
        Set<String> fired = new java.util.TreeSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            gazetteer(si, labels.get(si), new ArrayList<>());
            for (PatternRules.Hit h : rules.apply(sentences.get(si))) fired.add(h.rule());
        }
        return fired;
    }

    private String refDateOf(Document doc) {
        String r = referenceDate(doc);
        return r != null && r.matches("\\d{4}-\\d{2}-\\d{2}") ? r : null;
    }

    /** The publication date, else the last day of the summit the article reports. */
    String referenceDate(Document doc) {
        if (doc.metadata().published() != null) return doc.metadata().published();
        Summits.Summit main = lexicons.summits().main(doc.text().value(), null);
        return main == null ? null : main.lastDay();
    }

    private int priorityOf(PatternRules.Hit h) {
        return switch (h.type()) {
            case "DATE", "MONEY" -> 9;
            case "LEADER" -> 8;
            default -> 5;
        };
    }

    private void gazetteer(int si, List<CoreLabel> toks, List<Candidate> out) {
        List<String> words = toks.stream().map(CoreLabel::word).toList();
        List<Gazetteer.Match> matches = lexicons.gazetteers().gazetteer().matches(words);
        Map<Integer, Integer> demonymEnds = new java.util.HashMap<>();
        for (Gazetteer.Match m : matches) if (m.entries().get(0).type().equals("DEMONYM")) demonymEnds.put(m.from(), m.to());
        for (Gazetteer.Match m : matches) {
            Gazetteer.Entry e = m.entries().get(0);
            for (int i = m.from(); i < m.to(); i++) toks.get(i).set(TagKeys.GazType.class, e.type());
            switch (e.type()) {
                case "DEMONYM" -> {
                    int end = coordinatedDemonymsEnd(words, m.to(), demonymEnds);
                    if (end < toks.size() && stateWords.contains(toks.get(end).word().toLowerCase(Locale.ROOT))) {
                        out.add(new Candidate(si, m.from(), m.to(), "COUNTRY", e.normalized(), e.attributes(), e.source(), 2, 4));
                    }
                }
                case "SURNAME" -> {
                    String w = toks.get(m.from()).word();
                    if (Character.isUpperCase(w.codePointAt(0)) && !DateNormalizer.isCalendarWord(w)) {
                        out.add(new Candidate(si, m.from(), m.to(), "LEADER", null, Map.of(), e.source(), 2, 3, true));
                    }
                }
                case "COUNTRY" -> {
                    switch (countryContext.read(words, m.from(), m.to(), lexicons.gazetteers().cityCountries(), e.normalized())) {
                        case COUNTRY -> out.add(new Candidate(si, m.from(), m.to(), "COUNTRY", e.normalized(), e.attributes(), e.source(), 2, 4));
                        case PERSON -> out.add(new Candidate(si, m.from(), personEnd(words, m.to()), "PERSON", null, Map.of(), "country-given-name", 2, 4));
                        case NONE -> { for (int i = m.from(); i < m.to(); i++) toks.get(i).remove(TagKeys.GazType.class); }
                    }
                }
                default -> out.add(new Candidate(si, m.from(), m.to(), e.type(), e.normalized(), e.attributes(), e.source(), 2, 4));
            }
        }
    }

    /**
     * Where a run of demonyms joined by "and", "or" or commas ends, from the end of the first one ("Chinese | and
     * Cambodian sides", "Indian, Japanese and Australian leaders"): each demonym of the run stands before the
     * state word after it. The first one's own end when no other demonym follows.
     */
    private static int coordinatedDemonymsEnd(List<String> words, int end, Map<Integer, Integer> demonymEnds) {
        int j = end;
        while (j < words.size() && (words.get(j).equals(",") || words.get(j).equalsIgnoreCase("and") || words.get(j).equalsIgnoreCase("or"))) {
            int k = j + 1;
            if (k < words.size() && words.get(k).equalsIgnoreCase("and")) k++; // ", and"
            Integer next = demonymEnds.get(k);
            if (next == null) break;
            j = next;
            end = next;
        }
        return end;
    }

    /** MONEY candidates from the amount grammar over the segment's text, with the states it names for ambiguous symbols. */
    private void money(Document doc, Segment seg, int si, List<CoreLabel> toks, List<Candidate> out) {
        if (toks.isEmpty()) return;
        String segText = doc.cover(seg.span());
        int base = seg.span().start();
        List<MoneyGrammar.StateAt> states = new ArrayList<>();
        List<String> words = toks.stream().map(CoreLabel::word).toList();
        for (Gazetteer.Match m : lexicons.gazetteers().gazetteer().matches(words)) {
            Gazetteer.Entry e = m.entries().get(0);
            if (e.type().equals("COUNTRY") || e.type().equals("DEMONYM")) {
                int cp = toks.get(m.from()).beginPosition() - base;
                if (cp >= 0 && cp <= segText.codePointCount(0, segText.length())) states.add(new MoneyGrammar.StateAt(segText.offsetByCodePoints(0, cp), e.normalized()));
            }
        }
        for (MoneyGrammar.Hit h : moneyGrammar.find(segText, states)) {
            int[] range = tokenRange(toks, base + segText.codePointCount(0, h.start()), base + segText.codePointCount(0, h.end()));
            if (range == null) continue;
            int from = range[0], to = range[1];
            Map<String, String> attrs = h.overflow() ? Map.of("overflow", "true") : Map.of();
            out.add(new Candidate(si, from, to, "MONEY", h.normalized(), attrs, "money-grammar", 2, 9));
        }
    }

    /** The tokens {@code [from, to)} that a code-point span {@code [startCp, endCp)} overlaps, or null when none. */
    private int[] tokenRange(List<CoreLabel> toks, int startCp, int endCp) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (from < 0 && toks.get(i).endPosition() > startCp) from = i;
            if (toks.get(i).beginPosition() < endCp) to = i + 1;
        }
        return from < 0 || to <= from ? null : new int[] {from, to};
    }

    /** DATE candidates from the date grammar over the segment's text, resolved by the tense of their clause. */
    private void dates(Document doc, Segment seg, int si, List<CoreLabel> toks, String refDate, List<Candidate> out) {
        if (toks.isEmpty()) return;
        String segText = doc.cover(seg.span());
        int base = seg.span().start();
        java.util.function.IntFunction<DateGrammar.Tense> tenseAt = ch -> {
            int cp = base + segText.codePointCount(0, ch);
            int idx = 0;
            while (idx + 1 < toks.size() && toks.get(idx).endPosition() <= cp) idx++;
            return tenses.at(toks, idx);
        };
        for (DateGrammar.Hit h : dateGrammar.find(segText, refDate, tenseAt)) {
            int[] range = tokenRange(toks, base + segText.codePointCount(0, h.start()), base + segText.codePointCount(0, h.end()));
            if (range == null) continue;
            int from = range[0], to = range[1];
            Map<String, String> attrs = h.precision() == null ? Map.of() : Map.of("precision", h.precision());
            out.add(new Candidate(si, from, to, "DATE", h.value(), attrs, "grammar-date", 2, 9));
        }
    }

    /**
     * A quantity whose number is grouped by spaces or no-break spaces ("16 400 trips" split into "16" and "400") starts
     * at the number's first group.
     */
    private Candidate withSpaceGroupedNumber(Candidate c, List<CoreLabel> toks) {
        int from = c.from();
        while (from > 0 && toks.get(from).word().matches("\\d{3}([.,]\\d+)?") && toks.get(from - 1).word().matches("\\d{1,3}")
                && toks.get(from).beginPosition() - toks.get(from - 1).endPosition() == 1) {
            from--;
        }
        return from == c.from() ? c : c.withRange(from, c.to());
    }

    /** The end of a person's name that starts with a given name: the capitalized words that follow it. */
    private int personEnd(List<String> words, int from) {
        int to = from;
        while (to < words.size() && to - from < 3 && Character.isUpperCase(words.get(to).codePointAt(0))) to++;
        return to;
    }

    private void statistical(int si, List<CoreLabel> toks, List<Candidate> out) {
        int i = 0;
        while (i < toks.size()) {
            String label = toks.get(i).ner();
            String value = toks.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int j = i + 1;
            while (j < toks.size() && label != null && label.equals(toks.get(j).ner())
                    && java.util.Objects.equals(value, toks.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) j++;
            if (label != null) {
                switch (label) {
                    case "PERSON", "LOCATION", "ORGANIZATION" -> {
                        String surface = String.join(" ", toks.subList(i, j).stream().map(CoreLabel::word).toList());
                        if (!notEntities.contains(surface)) out.add(new Candidate(si, i, j, label, null, Map.of(), "corenlp-ner", 1, 1));
                    }
                    case "DATE" -> out.add(new Candidate(si, i, j, "DATE", value, Map.of(), "sutime", 1, 1));
                    // "Monday night": SUTime's TIME with a calendar day is the DATE of that day
                    case "TIME" -> {
                        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) out.add(new Candidate(si, i, j, "DATE", value, Map.of(), "sutime", 1, 1));
                    }
                    default -> { }
                }
            }
            i = j;
        }
    }

    /** Keeps non-overlapping candidates: higher tier first, then longer, then higher priority, then earlier. */
    List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::tier).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::segment).thenComparingInt(Candidate::from));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(c))) kept.add(c);
        }
        return kept;
    }

    private Mention toMention(Candidate c, List<CoreLabel> toks, Document doc, List<String> warnings) {
        int from = c.from();
        int to = c.to();
        String type = c.type();
        Map<String, String> attrs = new HashMap<>(c.attributes());
        String normalized = c.normalized();

        if (c.rule().contains("quoted")) {
            int open = -1;
            int close = -1;
            for (int i = from; i < to; i++) {
                String w = toks.get(i).word();
                if (open < 0 && isQuote(w)) open = i;
                else if (open >= 0 && isQuote(w)) close = i;
            }
            if (open >= 0 && close > open + 1) {
                from = open + 1;
                to = close;
            }
        }
        boolean wholeName = c.rule().startsWith("gaz-") && lexicons.gazetteers().named(type, toks.subList(from, to).stream().map(CoreLabel::word).toList()) != null;
        while (from < to && !wholeName && leadingTrim.contains(toks.get(from).word()) && !type.equals("DATE") || from < to && type.equals("DATE")
                && (Set.of("on", "On", "in", "In", "the", "The", ",").contains(toks.get(from).word()) || toks.get(from).word().matches("\\d{1,2}:\\d{2}"))) from++;
        while (to > from && (trailingTrim.contains(toks.get(to - 1).word())
                || toks.get(to - 1).word().equals("format") && to - from > 2 && toks.get(to - 2).word().equals("the"))) to--;
        while (from < to && roles.containsKey(toks.get(from).word().toLowerCase(Locale.ROOT)) && !type.equals("DATE") && !NAME_TYPES.contains(type) && to - from > 1) from++;
        if (from >= to) return null;
        if (NAME_TYPES.contains(type) && Character.isLowerCase(toks.get(from).word().codePointAt(0)) && from > 0
                && toks.get(from - 1).word().matches("(?i)a|an|\\d+|two|three|four|five|six|several|many|some")
                && !(to - from >= 4 && toks.subList(from, to).stream().anyMatch(t -> t.word().matches("on|of|for")))) {
            return null; // "a memorandum", "two agreements"; but "a treaty on eternal good-neighborliness, friendship and cooperation" is named
        }
        Span span = new Span(toks.get(from).beginPosition(), toks.get(to - 1).endPosition());
        String text = doc.cover(span);
        List<String> words = toks.subList(from, to).stream().map(CoreLabel::word).toList();
        List<String> before = toks.subList(Math.max(0, from - 3), from).stream().map(CoreLabel::word).toList();
        switch (type) {
            case "MONEY" -> {
                if (normalized == null) normalized = amounts.money(words);
                if ("true".equals(c.attributes().get("overflow"))) warnings.add("amount too large to normalize, kept as written: " + text);
                String q = amounts.qualifier(before);
                if (q != null) attrs.put("qualifier", q);
            }
            case "QUANTITY" -> {
                normalized = amounts.quantity(words);
                String q = amounts.qualifier(before);
                if (q != null) attrs.put("qualifier", q);
            }
            case "DATE" -> {
                if (c.rule().equals("grammar-date")) {
                    normalized = c.normalized();
                } else {
                    normalized = c.rule().startsWith("date-") ? DateNormalizer.range(words) : DateNormalizer.fromSutime(c.normalized(), words);
                    String bare = refDateOf(doc) == null ? null : DateNormalizer.bare(words, java.time.LocalDate.parse(refDateOf(doc)), tenses.at(toks, from));
                    if (bare != null) normalized = bare;
                    if (normalized != null) attrs.put("precision", DateGrammar.precisionOf(normalized));
                }
                if (DateNormalizer.isPartOfName(toks.stream().map(CoreLabel::word).toList(), from, to,
                        refDateOf(doc) == null ? 0 : Integer.parseInt(refDateOf(doc).substring(0, 4)))
                        || DateNormalizer.isPageFurniture(toks.stream().map(CoreLabel::word).toList(), toks.stream().map(CoreLabel::tag).toList(), from, to)) {
                    return null;
                }
            }
            case "CENTER", "MECHANISM", "DOCUMENT", "INITIATIVE" -> {
                if (normalized == null) normalized = names.canonical(EntityType.valueOf(type), text);
            }
            case "ORGANIZATION", "LOCATION" -> {
                Gazetteer.Entry known = normalized == null ? lexicons.gazetteers().named(type, words) : null;
                if (known != null) normalized = known.normalized();
                if (normalized == null) normalized = text.replace('’', '\'').replaceAll("\\s+", " ");
            }
            case "PERSON" -> normalized = text.replaceAll("\\s+", " ");
            case "LEADER" -> {
                Gazetteer.Entry known = normalized == null ? lexicons.gazetteers().named("LEADER", words) : null;
                if (known != null) {
                    normalized = known.normalized();
                    known.attributes().forEach(attrs::putIfAbsent);
                } else if (normalized == null && lexicons.gazetteers().named("SURNAME", words) != null) {
                    // a bare surname: left without a name here, resolved to the full name within the article
                } else if (normalized == null && !c.surname()) {
                    normalized = text.replaceAll("\\s+", " ");
                }
            }
            default -> { }
        }
        if (type.equals("LEADER") && normalized != null) {
            attrs.keySet().retainAll(Set.of("country", "role"));
        } else if (!type.equals("LEADER")) {
            attrs.keySet().retainAll(Set.of("qualifier", "precision"));
        }
        if (normalized == null && !type.equals("LEADER")) return null;
        return new Mention(null, EntityType.valueOf(type), span, text, normalized, attrs, c.rule());
    }

    /**
     * A leader found by context ("Kyrgyz President X", "X, former prime minister of Y"): the candidate is cut
     * down to the person's name, with the country and role the context gives, so that the country words
     * around it stay free to be tagged themselves.
     */
    private Candidate leaderInContext(Candidate c, List<CoreLabel> toks) {
        Map<String, String> attrs = new HashMap<>();
        int nf = -1;
        int nt = -1;
        for (int i = c.from(); i < c.to(); i++) {
            boolean name = "PERSON".equals(toks.get(i).ner()) || "SURNAME".equals(toks.get(i).get(TagKeys.GazType.class))
                    || "LEADER".equals(toks.get(i).get(TagKeys.GazType.class));
            if (name && (nf < 0 || nt == i)) {
                if (nf < 0) nf = i;
                nt = i + 1;
            }
            String g = toks.get(i).get(TagKeys.GazType.class);
            if (("COUNTRY".equals(g) || "DEMONYM".equals(g)) && !attrs.containsKey("country")) attrs.put("country", countryAt(toks, i));
            String role = roleAt(toks, i);
            if (role != null && !attrs.containsKey("role")) attrs.put("role", role);
        }
        if (nf < 0) return null;
        attrs.values().removeIf(java.util.Objects::isNull);
        return new Candidate(c.segment(), nf, nt, "LEADER", null, attrs, c.rule(), c.tier(), c.priority());
    }

    private static boolean isQuote(String w) { return w.matches("“|”|\"|``|''|«|»"); }

    private String countryAt(List<CoreLabel> toks, int i) {
        List<String> words = List.of(toks.get(i).word());
        for (Gazetteer.Match m : lexicons.gazetteers().gazetteer().matches(words)) return m.entries().get(0).normalized();
        int j = i;
        while (j > 0 && "COUNTRY".equals(toks.get(j - 1).get(TagKeys.GazType.class))) j--;
        int k = i + 1;
        while (k < toks.size() && "COUNTRY".equals(toks.get(k).get(TagKeys.GazType.class))) k++;
        List<String> span = toks.subList(j, k).stream().map(CoreLabel::word).toList();
        for (Gazetteer.Match m : lexicons.gazetteers().gazetteer().matches(span)) return m.entries().get(0).normalized();
        return null;
    }

    private String roleAt(List<CoreLabel> toks, int i) {
        String w = toks.get(i).word().toLowerCase(Locale.ROOT);
        if (i + 1 < toks.size()) {
            String two = w + " " + toks.get(i + 1).word().toLowerCase(Locale.ROOT);
            if (roles.containsKey(two)) return roles.get(two);
        }
        return roles.get(w);
    }

    /**
     * Resolves names within the article: a leader's surname to the full name mentioned (or, failing that,
     * the gazetteer's leader in office at the reference date); a person's bare surname or given name to the
     * full name of a person or leader mentioned in the article.
     */
    List<Mention> withinDocument(List<Mention> mentions, String refDate) {
        Map<String, Mention> fullByPart = new HashMap<>();
        Set<String> fullLeaders = new HashSet<>();
        for (Mention m : mentions) {
            if ((m.type() == EntityType.LEADER || m.type() == EntityType.PERSON) && m.normalized() != null && m.normalized().contains(" ")) {
                if (m.type() == EntityType.LEADER) fullLeaders.add(m.normalized());
                for (String part : m.normalized().split("[ ]")) fullByPart.putIfAbsent(part, m);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.LEADER && m.normalized() == null) {
                Mention full = fullByPart.get(m.text());
                if (full != null && full.type() == EntityType.LEADER) {
                    out.add(m.withNormalized(full.normalized()).withAttributes(full.attributes()));
                    continue;
                }
                Gazetteer.Entry best = bestLeader(m.text(), refDate, fullLeaders);
                if (best != null) {
                    Map<String, String> a = new HashMap<>(best.attributes());
                    a.keySet().retainAll(Set.of("country", "role"));
                    out.add(m.withNormalized(best.normalized()).withAttributes(a));
                }
                continue;
            }
            if (m.type() == EntityType.PERSON && !m.text().contains(" ")) {
                Mention full = fullByPart.get(m.text());
                if (full != null) {
                    out.add(new Mention(null, full.type(), m.span(), m.text(), full.normalized(), full.attributes(), m.rule()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private Gazetteer.Entry bestLeader(String surname, String refDate, Set<String> inArticle) {
        List<Gazetteer.Match> ms = lexicons.gazetteers().gazetteer().matches(List.of(surname));
        if (ms.isEmpty()) return null;
        List<Gazetteer.Entry> entries = ms.get(0).entries().stream().filter(e -> e.type().equals("SURNAME")).toList();
        if (entries.isEmpty()) return null;
        for (Gazetteer.Entry e : entries) if (inArticle.contains(e.normalized())) return e;
        int year = refDate == null ? Integer.MAX_VALUE : Integer.parseInt(refDate.substring(0, 4));
        return entries.stream().max(Comparator.comparingInt((Gazetteer.Entry e) -> inOffice(e, year) ? 1 : 0)
                .thenComparing(e -> e.attributes().getOrDefault("term_end", "-").equals("-") ? "9999" : e.attributes().get("term_end"))).orElse(null);
    }

    private boolean inOffice(Gazetteer.Entry e, int year) {
        try {
            int start = Integer.parseInt(e.attributes().get("term_start").substring(0, 4));
            String end = e.attributes().get("term_end");
            int stop = end == null || end.equals("-") ? 9999 : Integer.parseInt(end.substring(0, 4));
            return start <= year && year <= stop;
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
