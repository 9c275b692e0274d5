/**
 * The corpus questions of {@link io.github.geoclaims.corpus.ClaimCorpus} answered over Spark tables, by the same
 * rules: {@link io.github.geoclaims.spark.corpus.SparkCorpus}.
 */
package io.github.geoclaims.spark.corpus;
