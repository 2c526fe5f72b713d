package org.summitoutcomes.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.summitoutcomes.model.Document;

/** An ordered chain of stages whose requirements were checked when it was built. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) { this.stages = List.copyOf(stages); }

    /** Builds a pipeline, failing at once when a stage needs something no earlier stage provides. */
    public static Pipeline of(Stage... stages) {
        Set<Feature> available = EnumSet.of(Feature.TEXT);
        for (Stage stage : stages) {
            Set<Feature> missing = EnumSet.noneOf(Feature.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage '" + stage.name() + "' requires " + missing
                        + " but the stages before it provide only " + available);
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(List.of(stages));
    }

    public List<Stage> stages() { return stages; }

    /** Runs every stage; a failure is reported with the stage that raised it. */
    public Document run(Document document) {
        return run(stages, document);
    }

    /**
     * Runs the given stages in order (a part of a checked pipeline, such as the stages after metadata for one
     * section of a long document); a failure is reported with the stage that raised it. The engine structures
     * stages hand on to each other ({@link Document#annotations}) are dropped from the result, so that a batch
     * holding many documents holds none of them.
     */
    public static Document run(List<Stage> stages, Document document) {
        Document current = document;
        for (Stage stage : stages) {
            try {
                current = stage.apply(current);
            } catch (RuntimeException e) {
                throw new StageException(stage.name(), e);
            }
        }
        return current.withAnnotations(null);
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }
}
