package org.summitoutcomes.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.summitoutcomes.consolidate.Outcome;

/** {@code outcomes.csv}: one row per outcome (RFC 4180, UTF-8, header row; README: the data dictionary). */
public final class OutcomeTable {
    public static final List<String> COLUMNS = List.of("outcome_id", "type", "action", "modality", "plover_type", "plover_mode",
            "cameo", "object", "parties", "party_types", "recipients", "date", "date_precision", "first_reported", "mentions",
            "sources", "articles", "unresolved", "documents", "records");

    private OutcomeTable() {}

    /** The values of an outcome's row, in {@link #COLUMNS} order; lists space-separated. */
    public static List<Object> row(Outcome o) {
        return Arrays.asList(o.outcomeId(), o.type(), o.action(), o.modality(), o.ploverType(), o.ploverMode(), o.cameo(), o.object(),
                String.join(" ", o.parties()), String.join(" ", o.partyTypes()), String.join(" ", o.recipients()), o.date(),
                o.datePrecision(), o.firstReported(), o.mentions(), o.sources(), o.articles(), o.unresolved(),
                String.join(" ", o.documents()), String.join(" ", o.records()));
    }

    /** Writes the header and one row per outcome; the writer is flushed, not closed. */
    public static void write(Writer out, List<Outcome> outcomes) throws IOException {
        CSVFormat f = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setHeader(COLUMNS.toArray(String[]::new)).build();
        CSVPrinter p = new CSVPrinter(out, f);
        for (Outcome o : outcomes) p.printRecord(row(o).stream().map(CsvTables::neutralized).toList());
        p.flush();
    }
}
