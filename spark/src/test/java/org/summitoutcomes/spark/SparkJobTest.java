package org.summitoutcomes.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.SummitOutcomes;

/** The Spark job in local[2] against extract on the same input: same records, typed Parquet tables, bad files in the errors table. */
@Tag("e2e")
class SparkJobTest {
    @TempDir Path tmp;

    @Test
    void sameRecordsAsExtractAndABadFileInTheErrorsTable() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> s = Files.list(Fixtures.CORPUS)) {
            for (Path p : s.toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xc3, (byte) 0x28, 65, 66});
        Path cli = tmp.resolve("cli");
        new BatchRunner(SummitOutcomes.defaultPipeline(), 2, new PrintStream(new ByteArrayOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8), false).run(List.of(in), cli);

        Path out = tmp.resolve("spark");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            SparkJob.Summary s = SparkJob.run(spark, in.toString(), out.toString());
            List<String> expected = Files.readAllLines(cli.resolve("documents.jsonl"), StandardCharsets.UTF_8);
            List<String> actual = new ArrayList<>();
            for (Path p : partFiles(out.resolve("documents.jsonl"))) actual.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            assertEquals(expected, actual, "the same records, in the same (id) order");
            assertEquals(5, s.documents());
            assertEquals(1, s.failed());

            Dataset<Row> entities = spark.read().parquet(out.resolve("parquet/entities").toString());
            Dataset<Row> relations = spark.read().parquet(out.resolve("parquet/relations").toString());
            Dataset<Row> errors = spark.read().parquet(out.resolve("parquet/errors").toString());
            assertEquals(SparkJob.ENTITIES.simpleString(), entities.schema().asNullable().simpleString());
            assertEquals(SparkJob.RELATIONS.fieldNames().length, relations.schema().fieldNames().length);
            assertEquals(Files.readAllLines(cli.resolve("entities.csv")).size() - 1, entities.count());
            assertEquals(csvRecords(List.of(cli.resolve("relations.csv"))), csvRecords(partFiles(out.resolve("relations.csv"))),
                    "the same CSV rows");
            assertEquals(csvRecords(List.of(cli.resolve("entities.csv"))), csvRecords(partFiles(out.resolve("entities.csv"))),
                    "the same CSV rows");
            List<String> outcomes = new ArrayList<>();
            for (Path p : partFiles(out.resolve("outcomes.jsonl"))) outcomes.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            assertEquals(Files.readAllLines(cli.resolve("outcomes.jsonl"), StandardCharsets.UTF_8), outcomes, "the same outcomes and ids");
            assertEquals(csvRecords(List.of(cli.resolve("outcomes.csv"))), csvRecords(partFiles(out.resolve("outcomes.csv"))),
                    "the same outcome rows");
            List<Row> err = errors.collectAsList();
            assertEquals(1, err.size());
            assertTrue(err.get(0).getString(0).endsWith("broken.txt"));
            assertEquals("ingest", err.get(0).getString(1));
            assertTrue(err.get(0).getString(2).contains("UTF-8"));
        } finally {
            spark.stop();
        }
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    /** The records of CSV files with a header row, parsed (fields may hold line breaks), as a sorted set. */
    private static TreeSet<String> csvRecords(List<Path> files) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (Path f : files) {
            try (var parser = org.apache.commons.csv.CSVParser.parse(f, StandardCharsets.UTF_8,
                    org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
                for (var r : parser) out.add(String.join("\u0001", r.toList()));
            }
        }
        return out;
    }
}
