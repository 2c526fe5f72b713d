package org.summitoutcomes.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;

@Tag("unit")
class ActorsTest {
    /** A document of one sentence with its states, leaders and organizations tagged, and one record over it. */
    private static Document doc(String text, RelationType type, List<String> parties, String... tagged) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < tagged.length; i += 3) {
            int at = text.indexOf(tagged[i]);
            EntityType t = EntityType.valueOf(tagged[i + 1]);
            Map<String, String> attrs = t == EntityType.LEADER ? Map.of("country", tagged[i + 2]) : Map.of();
            ms.add(new Mention("E" + (i / 3 + 1), t, new Span(at, at + tagged[i].length()), tagged[i],
                    t == EntityType.LEADER ? tagged[i] : tagged[i + 2], attrs, "test"));
        }
        Relation r = new Relation("R1", type, "provide", type == RelationType.COMMITMENT ? Modality.PLEDGED : null, parties, "loans",
                null, null, null, null, new Span(0, text.length()), 1.0, "test");
        return Document.of("t", text, new Metadata(null, null, null, null, null)).withMentions(ms).withRelations(List.of(r));
    }

    @Test
    void partiesAreStatesLeadersOrOrganizations() {
        Document d = doc("Modi and the European Union agreed with Japan on the plan.", RelationType.AGREEMENT, List.of("IND", "EU", "JPN", "Mars"),
                "Modi", "LEADER", "IND", "European Union", "ORGANIZATION", "EU", "Japan", "COUNTRY", "JPN");
        Relation r = d.relations().get(0);
        // parties are sorted: EU, IND, JPN, Mars
        assertEquals(List.of("IGO", "LEADER", "STATE", "OTHER"), Actors.standard().partyTypes(d, r));
    }

    @Test
    void recipientsFollowACueWordAndContinueItsList() {
        Document d = doc("India will provide loans to Kazakhstan, Kyrgyzstan and Tajikistan, Japan said.", RelationType.COMMITMENT, List.of("IND"),
                "India", "COUNTRY", "IND", "Kazakhstan", "COUNTRY", "KAZ", "Kyrgyzstan", "COUNTRY", "KGZ", "Tajikistan", "COUNTRY", "TJK",
                "Japan", "COUNTRY", "JPN");
        assertEquals(List.of("KAZ", "KGZ", "TJK"), Actors.standard().recipients(d, d.relations().get(0)));
    }

    @Test
    void aGroupPhraseAfterACueNamesItsMembers() {
        Document d = doc("China will offer grants for the Central Asian states.", RelationType.COMMITMENT, List.of("CHN"),
                "China", "COUNTRY", "CHN");
        assertEquals(List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"), Actors.standard().recipients(d, d.relations().get(0)));
    }

    @Test
    void agreementsAndPartiesAreNeverRecipients() {
        Document d = doc("India will help Kazakhstan.", RelationType.AGREEMENT, List.of("IND", "KAZ"),
                "India", "COUNTRY", "IND", "Kazakhstan", "COUNTRY", "KAZ");
        assertEquals(List.of(), Actors.standard().recipients(d, d.relations().get(0)));
    }
}
