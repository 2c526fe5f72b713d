package org.summitoutcomes.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitoutcomes.export.Brat;
import org.summitoutcomes.export.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brat-export RECORDS --to DIR}: writes any record set as brat standoff for correction in brat or INCEpTION. */
@Command(name = "brat-export", mixinStandardHelpOptions = true,
        description = "Write records (a gold folder or a documents.jsonl) as brat standoff that opens in brat and INCEpTION as it is: ID.txt, ID.ann (relations as events with editable arguments), ID.meta.json, annotation.conf, visual.conf, tools.conf.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:internal error",
                "2:bad command line, or unreadable records or output folder"})
public final class BratExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RECORDS", description = "Gold folder (*.json) or documents.jsonl.")
    Path records;

    @Option(names = "--to", required = true, description = "Folder to write the brat files to.")
    Path to;

    @Override
    public Integer call() {
        try {
            var docs = RecordFiles.read(records);
            Brat.write(docs, to);
            System.err.println(docs.size() + " documents written to " + to);
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("error: " + ErrorLines.of(e));
            return ExitCodes.USAGE;
        }
    }
}
