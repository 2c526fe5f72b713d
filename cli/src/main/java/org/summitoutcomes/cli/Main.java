package org.summitoutcomes.cli;

import org.summitoutcomes.lexicon.DataFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point: {@code extract}, {@code evaluate}, {@code brat-export}, {@code brat-import}. */
@Command(name = "summit-outcomes", mixinStandardHelpOptions = true, version = "summit-outcomes 0.1.0",
        description = "Turns English news coverage of diplomatic summits into scored, citable outcome records.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "2:unknown command or option (usage and the reason on stderr)",
                "*:see each command's --help"},
        subcommands = {ExtractCommand.class, EvaluateCommand.class, BratExportCommand.class, BratImportCommand.class, BenchCommand.class, ReportCommand.class,
                LengthBenchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp", "warn");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // bind the logging provider now, on one thread: models loading in parallel would otherwise make SLF4J
        // print its "calls intercepted and replayed" notice on stderr
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new Main(), args);
    }

    /**
     * Runs a command object with the project's error handling: a bad command line, and a data file that cannot
     * be used ({@link DataFileException}, also when it surfaced while a class was loading), print one
     * {@code error:} line and give {@link ExitCodes#USAGE}; other failures give {@link ExitCodes#FAILURE}.
     */
    static int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command).setExitCodeExceptionMapper(e -> ExitCodes.FAILURE)
                .setParameterExceptionHandler((ex, a) -> {
                    ex.getCommandLine().usage(ex.getCommandLine().getErr());
                    String reason = ex instanceof CommandLine.UnmatchedArgumentException u
                            ? "unknown command or option: " + String.join(" ", u.getUnmatched()) : ex.getMessage();
                    ex.getCommandLine().getErr().println("error: " + reason.replaceAll("\\s+", " ").strip());
                    return ExitCodes.USAGE;
                }).setExecutionExceptionHandler((ex, c, parsed) -> {
                    DataFileException d = DataFileException.in(ex);
                    if (d == null) throw ex;
                    c.getErr().println("error: " + d.getMessage());
                    return ExitCodes.USAGE;
                });
        try {
            return cl.execute(args);
        } catch (LinkageError e) { // a static initializer that read a bad data file
            DataFileException d = DataFileException.in(e);
            if (d == null) throw e;
            cl.getErr().println("error: " + d.getMessage());
            cl.getErr().flush();
            return ExitCodes.USAGE;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
