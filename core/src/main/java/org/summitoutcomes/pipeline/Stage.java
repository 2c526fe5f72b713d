package org.summitoutcomes.pipeline;

import java.util.Set;
import org.summitoutcomes.model.Document;

/**
 * One step of the pipeline. A stage declares what it needs and what it adds; {@link Pipeline#of} checks the
 * chain when the pipeline is built. Stages do no file I/O and return a new document.
 */
public interface Stage {
    String name();

    Set<Feature> requires();

    Set<Feature> provides();

    Document apply(Document document);
}
