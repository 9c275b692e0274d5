package io.github.geoclaims.spark.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The claims that {@code same-proposition} relations join, in either direction and transitively, as
 * {@link io.github.geoclaims.corpus.ClaimCorpus} joins them: the connected components of the graph whose edges are
 * the relations, each labelled by its least claim identifier. The label spreads along the edges one step per round
 * until no label changes, so the rounds are as many as the longest shortest path in a group (a handful: articles
 * join a claim to another directly).
 */
final class PropositionGroups {

  /** The claim identifier column. */
  static final String CLAIM = "group_claim";
  /** The group label column: the least claim identifier of the group. */
  static final String GROUP = "group_label";

  private PropositionGroups() {}

  /**
   * Labels every claim that a {@code same-proposition} relation names; a claim no such relation names is a group of
   * its own (label it with its identifier).
   *
   * @param edges one row per relation, columns {@code a} and {@code b}: the claims it joins
   * @return one row per claim named, columns {@value #CLAIM} and {@value #GROUP}
   */
  static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col("a"), col("b")).union(edges.select(col("b"), col("a"))).distinct()
        .localCheckpoint();
    Dataset<Row> labels = both.select(col("a").as(CLAIM), least(col("a"), col("b")).as(GROUP))
        .groupBy(CLAIM).agg(min(GROUP).as(GROUP)).localCheckpoint();
    while (true) {
      Dataset<Row> spread = both.join(labels, both.col("a").equalTo(labels.col(CLAIM)))
          .select(both.col("b").as(CLAIM), labels.col(GROUP))
          .union(labels.select(CLAIM, GROUP))
          .groupBy(CLAIM).agg(min(GROUP).as(GROUP)).localCheckpoint();
      long changed = spread.join(labels.withColumnRenamed(GROUP, "before"), CLAIM)
          .filter(col(GROUP).notEqual(col("before"))).count();
      labels = spread;
      if (changed == 0) {
        return labels;
      }
    }
  }
}
