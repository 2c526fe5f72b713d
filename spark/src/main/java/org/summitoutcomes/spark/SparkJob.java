package org.summitoutcomes.spark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.summitoutcomes.batch.InputProcessor;
import org.summitoutcomes.batch.InputResult;
import org.summitoutcomes.consolidate.Consolidator;
import org.summitoutcomes.consolidate.Outcome;
import org.summitoutcomes.consolidate.RecordRow;
import org.summitoutcomes.consolidate.RecordRows;
import org.summitoutcomes.export.OutcomeFiles;
import org.summitoutcomes.export.OutcomeJson;
import org.summitoutcomes.export.OutcomeTable;
import org.summitoutcomes.model.EventCoding;
import org.summitoutcomes.export.CsvTables;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.ingest.InputReader;
import org.summitoutcomes.ingest.Manifest;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.SummitOutcomes;
import scala.Tuple2;

/**
 * The extract pipeline on Apache Spark. Inputs (a folder or any Hadoop path of .txt/.html/.jsonl files, with
 * the folder's manifest.csv) are read as bytes, run through the same ingestion and pipeline as {@code extract}
 * ({@link InputProcessor#process}) inside {@code mapPartitions}, with one pipeline per executor JVM (the static
 * holder in {@link SummitOutcomes}), and written as:
 * <pre>
 *   OUT/documents.jsonl/part-*   the records, JSON Lines, sorted by id
 *   OUT/entities.csv/part-*      OUT/relations.csv/part-*   RFC 4180 with a header row, columns as extract's
 *   OUT/errors.jsonl/part-*      inputs that were skipped: file, stage, message
 *   OUT/outcomes.jsonl/part-*    OUT/outcomes.csv/part-*   the outcomes, as extract's (records grouped by a groupBy on
 *                                the blocking key, {@link Consolidator}); records carry their outcome id and codes
 *   OUT/parquet/{entities,relations,errors}   the same tables as Parquet, with an explicit schema
 * </pre>
 * A bad document never fails the job: it becomes a row of the errors table.
 */
public final class SparkJob {
    /** What one input became: a record (json and its table rows) or a failure. */
    record Processed(String origin, String id, String json, List<Object[]> entities, List<Object[]> relations,
                     String stage, String message, List<RecordRow> rows) implements Serializable {}

    /** What the job wrote. */
    public record Summary(long documents, long entities, long relations, long failed) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "%d documents, %d entities, %d relations, %d skipped", documents, entities, relations, failed);
        }
    }

    private static final Set<String> INTS = Set.of("start", "end", "evidence_start", "evidence_end", "mentions", "sources", "articles");
    static final StructType ENTITIES = schema(CsvTables.ENTITY_COLUMNS);
    static final StructType RELATIONS = schema(concat(CsvTables.RELATION_COLUMNS, OutcomeFiles.CODING_COLUMNS));
    static final StructType OUTCOMES = schema(OutcomeTable.COLUMNS);
    static final StructType ERRORS = schema(List.of("file", "stage", "message"));

    private SparkJob() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkJob IN OUT   (the master comes from spark-submit, else local[*])");
            System.exit(2);
        }
        SparkSession.Builder b = SparkSession.builder().appName("summit-outcomes");
        if (System.getProperty("spark.master") == null) b.master("local[*]");
        try (SparkSession spark = b.getOrCreate()) {
            long t0 = System.nanoTime();
            Summary s = run(spark, args[0], args[1]);
            System.err.printf(java.util.Locale.ROOT, "%s, %.1f s%n", s.line(), (System.nanoTime() - t0) / 1e9);
        }
    }

    public static Summary run(SparkSession spark, String in, String out) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Manifest> manifest = jsc.broadcast(manifest(spark, in));
        JavaRDD<Processed> processed = jsc.binaryFiles(in)
                .filter(f -> InputReader.isArticleFile(Path.of(fileName(f._1()))))
                .mapPartitions(files -> process(files, manifest.value()))
                .cache();

        JavaRDD<Processed> docs = processed.filter(p -> p.json() != null);
        // consolidation as extract does it: blocks by type and object key (a groupBy), clusters within each block
        // where it lives, then near-identical clusters joined and outcome ids made on the driver
        List<Consolidator.Cluster> clusters = docs.flatMap(p -> p.rows().iterator())
                .groupBy(Consolidator::blockKey)
                .flatMap(b -> Consolidator.standard().clusterBlock(list(b._2())).iterator())
                .collect();
        List<Outcome> outcomes = Consolidator.standard().finish(clusters);
        Map<String, EventCoding> codingMap = new HashMap<>(OutcomeFiles.codings(
                clusters.stream().flatMap(c -> c.members().stream()).toList(), outcomes));
        Broadcast<Map<String, EventCoding>> coding = jsc.broadcast(codingMap);
        docs.sortBy(Processed::id, true, Math.max(1, docs.getNumPartitions())).map(p -> OutcomeFiles.annotateLine(p.json(), coding.value()))
                .saveAsTextFile(out + "/documents.jsonl");
        jsc.parallelize(outcomes.stream().map(OutcomeJson::toLine).toList(), 1).saveAsTextFile(out + "/outcomes.jsonl");
        csv(spark.createDataFrame(outcomes.stream().map(SparkJob::outcomeRow).map(SparkJob::neutralized).toList(), OUTCOMES),
                out + "/outcomes.csv");
        Dataset<Row> entities = spark.createDataFrame(docs.flatMap(p -> rows(p.entities())), ENTITIES);
        Dataset<Row> relations = spark.createDataFrame(docs.flatMap(p -> rows(coded(p.relations(), coding.value()))), RELATIONS);
        Dataset<Row> errors = spark.createDataFrame(processed.filter(p -> p.json() == null)
                .map(p -> RowFactory.create(p.origin(), p.stage(), p.message())), ERRORS);
        csv(spark.createDataFrame(docs.flatMap(p -> rows(p.entities())).map(SparkJob::neutralized), ENTITIES), out + "/entities.csv");
        csv(spark.createDataFrame(docs.flatMap(p -> rows(coded(p.relations(), coding.value()))).map(SparkJob::neutralized), RELATIONS),
                out + "/relations.csv");
        errors.coalesce(1).write().mode(SaveMode.Overwrite).json(out + "/errors.jsonl");
        entities.write().mode(SaveMode.Overwrite).parquet(out + "/parquet/entities");
        relations.write().mode(SaveMode.Overwrite).parquet(out + "/parquet/relations");
        errors.write().mode(SaveMode.Overwrite).parquet(out + "/parquet/errors");
        Summary s = new Summary(docs.count(), entities.count(), relations.count(), errors.count());
        processed.unpersist();
        return s;
    }

    private static Iterator<Processed> process(Iterator<Tuple2<String, PortableDataStream>> files, Manifest manifest) {
        InputReader reader = new InputReader();
        List<Processed> out = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> f = files.next();
            String origin = f._1().replaceFirst("^file:", "");
            List<InputResult> outcomes;
            try {
                outcomes = InputProcessor.process(SummitOutcomes.defaultPipeline(), reader.read(origin, fileName(f._1()), f._2().toArray(), manifest));
            } catch (RuntimeException e) {
                outcomes = List.of(new InputResult.Skipped(origin, String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
            }
            for (InputResult o : outcomes) {
                Document d = o instanceof InputResult.Processed p ? p.document() : null;
                out.add(d == null ? new Processed(o.origin(), null, null, List.of(), List.of(), o.stage(), o.message(), List.of())
                        : new Processed(o.origin(), d.id(), RecordCodec.toLine(d), arrays(CsvTables.entityRows(d)),
                                arrays(CsvTables.relationRows(d)), null, null, RecordRows.standard().of(d)));
            }
        }
        return out.iterator();
    }

    private static Manifest manifest(SparkSession spark, String in) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in, Manifest.FILE_NAME);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) return Manifest.NONE;
        try (Reader r = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8)) {
            Manifest m = Manifest.parse(r, p.toString());
            m.problems().forEach(w -> System.err.println("warning: " + w));
            return m;
        }
    }

    private static void csv(Dataset<Row> table, String path) {
        // RFC 4180 quoting; records end with LF (Spark's writer would turn line breaks inside values into its
        // line separator), so the records, not the bytes, equal extract's
        table.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").option("quote", "\"").option("escape", "\"")
                .csv(path);
    }

    /** Relation rows with the coding columns of their record appended ({@link OutcomeFiles#CODING_COLUMNS}). */
    private static List<Object[]> coded(List<Object[]> relations, Map<String, EventCoding> coding) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : relations) {
            EventCoding c = coding.get(r[0] + "#" + r[1]);
            List<Object> row = new ArrayList<>(Arrays.asList(r));
            if (c == null) {
                for (int i = 0; i < OutcomeFiles.CODING_COLUMNS.size(); i++) row.add(null);
            } else {
                row.addAll(Arrays.asList(c.outcomeId(), c.action(), c.ploverType(), c.ploverMode(), c.cameo(),
                        String.join(" ", c.partyTypes()), String.join(" ", c.recipients())));
            }
            out.add(row.toArray());
        }
        return out;
    }

    private static Row outcomeRow(Outcome o) {
        return RowFactory.create(OutcomeTable.row(o).stream().map(v -> v instanceof Boolean b ? b.toString() : v).toArray());
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> out = new ArrayList<>();
        values.forEach(out::add);
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String fileName(String path) { return path.substring(path.lastIndexOf('/') + 1); }

    private static List<Object[]> arrays(List<List<Object>> rows) {
        List<Object[]> out = new ArrayList<>();
        for (List<Object> r : rows) out.add(r.toArray());
        return out;
    }

    /**
     * A row for the CSV tables: every cell through {@link CsvTables#neutralized} (a leading apostrophe before a
     * cell a spreadsheet would run as a formula), as extract writes them; Parquet and JSON keep the values.
     */
    private static Row neutralized(Row r) {
        Object[] v = new Object[r.length()];
        for (int i = 0; i < v.length; i++) v[i] = CsvTables.neutralized(r.get(i));
        return RowFactory.create(v);
    }

    private static Iterator<Row> rows(List<Object[]> values) {
        List<Row> out = new ArrayList<>();
        for (Object[] v : values) out.add(RowFactory.create(v));
        return out.iterator();
    }

    private static StructType schema(List<String> columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            DataType t = INTS.contains(c) ? DataTypes.IntegerType : c.equals("confidence") ? DataTypes.DoubleType : DataTypes.StringType;
            fields.add(DataTypes.createStructField(c, t, !INTS.contains(c) && !c.equals("doc_id")));
        }
        return DataTypes.createStructType(fields);
    }
}
