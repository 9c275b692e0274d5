package io.github.geoclaims.spark;

import org.apache.spark.sql.SparkSession;

/**
 * geoclaims on Apache Spark: documents read and validated in parallel into explicit tables ({@link ClaimTables}),
 * and the corpus questions of {@link io.github.geoclaims.corpus.ClaimCorpus} answered over them
 * ({@link io.github.geoclaims.spark.corpus.SparkCorpus}).
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * ClaimTables tables = GeoClaimsSpark.read(spark, OnInvalid.CONTINUE, "articles/", "feeds/2026-11.jsonl");
 * tables.errors().show(false);
 * SparkCorpus.of(tables).origins().orderBy(desc("origin_count")).show();
 * }</pre>
 */
public final class GeoClaimsSpark {

  private GeoClaimsSpark() {}

  /**
   * Reads documents and fails if any is invalid: see {@link DocumentReader#read(String...)}.
   *
   * @param spark the session
   * @param paths files and folders of documents
   * @return the tables of the documents
   * @throws InvalidDocumentsException if a document is invalid, naming the invalid ones
   */
  public static ClaimTables read(SparkSession spark, String... paths) {
    return reader(spark).read(paths);
  }

  /**
   * Reads documents, failing on an invalid one or leaving it out with its problems in {@link ClaimTables#errors()}:
   * see {@link DocumentReader#read(String...)}.
   *
   * @param spark the session
   * @param onInvalid what to do with an invalid document
   * @param paths files and folders of documents
   * @return the tables of the valid documents
   * @throws InvalidDocumentsException with {@link OnInvalid#FAIL}, if a document is invalid
   */
  public static ClaimTables read(SparkSession spark, OnInvalid onInvalid, String... paths) {
    return reader(spark).onInvalid(onInvalid).read(paths);
  }

  /**
   * Returns a reader with more options: what to do with invalid documents, how many partitions to read into.
   *
   * @param spark the session
   * @return a reader that fails on invalid documents and lets Spark choose the partitions
   */
  public static DocumentReader reader(SparkSession spark) {
    return new DocumentReader(spark);
  }
}
