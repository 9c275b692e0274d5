package io.github.geoclaims.spark.corpus;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.github.geoclaims.model.Origin;
import io.github.geoclaims.spark.schema.DocumentRows;
import io.github.geoclaims.spark.schema.Keys;
import io.github.geoclaims.spark.schema.ModelStruct;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The relays between documents, resolved by the rules of {@link io.github.geoclaims.corpus.ClaimCorpus}: every
 * attribution chain that ends, in its document, by relaying an attribution of another document (a node), followed
 * across documents to where it ends. A node's relay names an attribution of the same claim in another document; that
 * attribution's chain ends there at an origin (the node ends there), at no origin (a restatement), or at another
 * node. A relay the corpus cannot resolve ends at itself as an origin ({@code attribution-elsewhere}); a chain that
 * comes back to itself ends at no origin.
 *
 * <p>Distributed by pointer jumping: every node first points at the next node (or ends), then each round a node
 * takes over the pointer of the node it points at, so a chain of n nodes is resolved in about log2(n) rounds of one
 * join each. Nodes still pending after as many rounds as there are nodes' bits are on a cycle.
 */
final class RelayResolution {

  static final String NODE_DOCUMENT = "node_document";
  static final String NODE_CLAIM = "node_claim";
  static final String NODE_ATTRIBUTION = "node_attribution";
  static final String RESOLVED = "resolved_origin";
  private static final String DONE = "done";
  private static final String NEXT_DOCUMENT = "next_document";
  private static final String NEXT_ATTRIBUTION = "next_attribution";

  private RelayResolution() {}

  /**
   * Resolves the relays of a table of attributions.
   *
   * @param attributions the attributions table
   * @return one row per node: {@value #NODE_DOCUMENT}, {@value #NODE_CLAIM}, {@value #NODE_ATTRIBUTION} (the chain's
   *     last attribution in its document) and {@value #RESOLVED} (the origin, or null for none)
   */
  static Dataset<Row> of(Dataset<Row> attributions) {
    Column end = element_at(col(Keys.CHAIN), -1);
    Dataset<Row> nodes = attributions.filter(col(Keys.RELAYED_ELSEWHERE).isNotNull())
        .select(col(Keys.DOCUMENT_ID).as(NODE_DOCUMENT), col(Keys.CLAIM_ID).as(NODE_CLAIM),
            end.as(NODE_ATTRIBUTION), col(Keys.RELAYED_ELSEWHERE).as("relay"))
        .distinct();
    Dataset<Row> targets = attributions.select(col(Keys.DOCUMENT_ID).as("t_document"),
        col(Keys.CLAIM_ID).as("t_claim"), col(ModelStruct.ID).as("t_attribution"), end.as("t_end"),
        col(Keys.ORIGIN).as("t_origin"), col(Keys.RELAYED_ELSEWHERE).as("t_relay"));
    Dataset<Row> first = nodes.join(targets, col("t_document").equalTo(expr("substring_index(relay, '/', 1)"))
        .and(col("t_claim").equalTo(col(NODE_CLAIM)))
        .and(col("t_attribution").equalTo(expr("substring(relay, instr(relay, '/') + 1)"))), "left");
    Column unresolved = col("t_document").isNull();
    Column ends = unresolved.or(col("t_relay").isNull());
    Dataset<Row> state = first.select(col(NODE_DOCUMENT), col(NODE_CLAIM), col(NODE_ATTRIBUTION),
        ends.as(DONE),
        when(unresolved, struct(lit(DocumentRows.kindName(Origin.Kind.ATTRIBUTION_ELSEWHERE)).as(Keys.KIND),
            col("relay").as(Keys.REFERENCE))).when(ends, col("t_origin")).as(RESOLVED),
        when(not(ends), col("t_document")).as(NEXT_DOCUMENT),
        when(not(ends), col("t_end")).as(NEXT_ATTRIBUTION)).localCheckpoint();
    long size = state.count();
    int rounds = 64 - Long.numberOfLeadingZeros(size) + 1;
    for (int round = 0; round < rounds && state.filter(not(col(DONE))).limit(1).count() > 0; round++) {
      state = jump(state);
    }
    return state.select(col(NODE_DOCUMENT), col(NODE_CLAIM), col(NODE_ATTRIBUTION),
        when(col(DONE), col(RESOLVED)).as(RESOLVED));
  }

  /** One round: each pending node takes over the end, or the pointer, of the node it points at. */
  private static Dataset<Row> jump(Dataset<Row> state) {
    Dataset<Row> s = state.alias("s");
    Dataset<Row> t = state.alias("t");
    Dataset<Row> joined = s.join(t, col("s." + NEXT_DOCUMENT).equalTo(col("t." + NODE_DOCUMENT))
        .and(col("s." + NODE_CLAIM).equalTo(col("t." + NODE_CLAIM)))
        .and(col("s." + NEXT_ATTRIBUTION).equalTo(col("t." + NODE_ATTRIBUTION))), "left");
    Column ahead = coalesce(col("t." + DONE), lit(false));
    Column pending = not(col("s." + DONE)).and(not(ahead));
    return joined.select(col("s." + NODE_DOCUMENT).as(NODE_DOCUMENT), col("s." + NODE_CLAIM).as(NODE_CLAIM),
        col("s." + NODE_ATTRIBUTION).as(NODE_ATTRIBUTION),
        col("s." + DONE).or(ahead).as(DONE),
        when(col("s." + DONE), col("s." + RESOLVED)).when(ahead, col("t." + RESOLVED)).as(RESOLVED),
        when(pending, col("t." + NEXT_DOCUMENT)).as(NEXT_DOCUMENT),
        when(pending, col("t." + NEXT_ATTRIBUTION)).as(NEXT_ATTRIBUTION)).localCheckpoint();
  }
}
