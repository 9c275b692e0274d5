package io.github.geoclaims.spark.corpus;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import io.github.geoclaims.corpus.Opposition;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.spark.ClaimTables;
import io.github.geoclaims.spark.schema.ClaimTable;
import io.github.geoclaims.spark.schema.DocumentRows;
import io.github.geoclaims.spark.schema.Keys;
import io.github.geoclaims.spark.schema.ModelStruct;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The corpus questions of {@link io.github.geoclaims.corpus.ClaimCorpus}, answered over {@link ClaimTables} by Spark,
 * with the same rules: every claim's independent origins (affirming attributions followed through relays within and
 * across documents, echo chains collapsed, a communication counted once), its appearances and first appearance, and
 * the denials and contradictions it meets across documents. Claims joined by {@code same-proposition} relations are
 * one claim, as there. The corpus order (of equal dates, and of undated appearances) is the order of the documents'
 * files, then lines.
 *
 * <p>Each answer is a dataset with a row per claim identifier (per claim and appearance, per claim and opposition),
 * computed when used; the relays across documents and the groups of claims are resolved once, on first use.
 *
 * <pre>{@code
 * SparkCorpus corpus = SparkCorpus.of(GeoClaimsSpark.read(spark, "articles/"));
 * corpus.origins().orderBy(desc("origin_count")).show(20, false);
 * corpus.firstAppearances().filter("claim_id = 'nk-shipped-1000-containers-to-russia'").show();
 * }</pre>
 */
public final class SparkCorpus {

  /** The claim a row answers for. */
  public static final String CLAIM_ID = Keys.CLAIM_ID;
  /** A claim's independent origins: an array of {@link ClaimTable#ORIGIN} structs, sorted. */
  public static final String ORIGINS = "origins";
  /** How many independent origins back a claim. */
  public static final String ORIGIN_COUNT = "origin_count";
  /** The identifier of the claim that appears, which a same-proposition relation may join to the claim asked. */
  public static final String APPEARANCE_CLAIM_ID = "appearance_claim_id";
  /** The identifier of the claim an opposition goes against. */
  public static final String AGAINST_CLAIM_ID = "against_claim_id";
  /** The JSON Pointer of an opposition's attribution or relation in its document. */
  public static final String POINTER = "pointer";
  /** What goes against a claim, in the words of {@link Opposition#description()}. */
  public static final String DESCRIPTION = "description";

  private static final List<String> DENYING = List.of(Stance.DENIES.value(), Stance.DISPUTES.value(),
      Stance.DISMISSES.value());
  private static final String GROUP = PropositionGroups.GROUP;

  private final ClaimTables tables;
  private Dataset<Row> claims;
  private Dataset<Row> relays;

  private SparkCorpus(ClaimTables tables) {
    this.tables = tables;
  }

  /**
   * Returns the corpus of some tables.
   *
   * @param tables the tables, as read or read back
   * @return the corpus
   */
  public static SparkCorpus of(ClaimTables tables) {
    return new SparkCorpus(tables);
  }

  /**
   * Returns every claim appearance with the group of claims it belongs to and the place of its document in the corpus
   * order: {@code document_id, position, claim_id, earliest, earliest_day, file, line, group_label}. Resolved once.
   */
  private Dataset<Row> claims() {
    if (claims == null) {
      Dataset<Row> relations = tables.table(ClaimTable.RELATIONS);
      Dataset<Row> groups = PropositionGroups.of(relations
          .filter(col("kind").equalTo(RelationKind.SAME_PROPOSITION.value()))
          .select(col("from").as("a"), col("to").as("b")));
      Dataset<Row> documents = tables.table(ClaimTable.DOCUMENTS).select(Keys.DOCUMENT_ID, Keys.FILE, Keys.LINE);
      Dataset<Row> appearances = tables.table(ClaimTable.CLAIMS)
          .select(col(Keys.DOCUMENT_ID), col(Keys.POSITION), col(ModelStruct.ID).as(CLAIM_ID), col(Keys.EARLIEST),
              col(Keys.EARLIEST_DAY))
          .join(documents, Keys.DOCUMENT_ID);
      claims = appearances.join(groups, appearances.col(CLAIM_ID).equalTo(groups.col(PropositionGroups.CLAIM)),
              "left")
          .withColumn(GROUP, coalesce(col(GROUP), col(CLAIM_ID))).drop(PropositionGroups.CLAIM)
          .localCheckpoint();
    }
    return claims;
  }

  /** The claim identifiers with their groups, each once. */
  private Dataset<Row> claimGroups() {
    return claims().select(CLAIM_ID, GROUP).distinct();
  }

  /**
   * Returns the relays across documents, resolved: one row per attribution chain that ends, in its document, by
   * relaying an attribution of another document, with {@code node_document}, {@code node_claim},
   * {@code node_attribution} (the chain's last attribution in its document) and {@code resolved_origin}, the origin
   * the chain ends at across documents ({@link ClaimTable#ORIGIN}; null for none: a restatement, or a cycle).
   *
   * @return the relays
   */
  public Dataset<Row> relays() {
    if (relays == null) {
      relays = RelayResolution.of(tables.table(ClaimTable.ATTRIBUTIONS));
    }
    return relays;
  }

  /**
   * Returns the independent origins of every claim across the corpus, as
   * {@link io.github.geoclaims.corpus.ClaimCorpus#independentOrigins} counts them: {@value #CLAIM_ID},
   * {@value #ORIGINS} (sorted by kind, then reference) and {@value #ORIGIN_COUNT}; a claim nothing backs has none.
   *
   * @return one row per claim identifier
   */
  public Dataset<Row> origins() {
    Dataset<Row> backing = tables.table(ClaimTable.ATTRIBUTIONS).filter(col(Keys.BACKS));
    Dataset<Row> resolved = relays();
    Dataset<Row> counted = backing.join(resolved, backing.col(Keys.DOCUMENT_ID).equalTo(
                resolved.col(RelayResolution.NODE_DOCUMENT))
            .and(backing.col(Keys.CLAIM_ID).equalTo(resolved.col(RelayResolution.NODE_CLAIM)))
            .and(element_at(backing.col(Keys.CHAIN), -1).equalTo(resolved.col(RelayResolution.NODE_ATTRIBUTION))),
            "left")
        .select(col(Keys.CLAIM_ID).as("backed_claim"), when(col(Keys.RELAYED_ELSEWHERE).isNull(), col(Keys.ORIGIN))
            .otherwise(col(RelayResolution.RESOLVED)).as(Keys.ORIGIN))
        .filter(col(Keys.ORIGIN).isNotNull());
    Dataset<Row> groups = claimGroups();
    Dataset<Row> byGroup = counted.join(groups, counted.col("backed_claim").equalTo(groups.col(CLAIM_ID)))
        .groupBy(GROUP).agg(array_sort(collect_set(col(Keys.ORIGIN))).as(ORIGINS));
    return groups.join(byGroup, GROUP, "left")
        .select(col(CLAIM_ID), coalesce(col(ORIGINS), emptyOrigins()).as(ORIGINS))
        .withColumn(ORIGIN_COUNT, size(col(ORIGINS)));
  }

  private static Column emptyOrigins() {
    return array().cast(DataTypes.createArrayType(ClaimTable.ORIGIN, false));
  }

  /**
   * Returns every appearance of every claim, as {@link io.github.geoclaims.corpus.ClaimCorpus#appearancesOf} finds
   * them: {@value #CLAIM_ID}, then the appearance's {@code document_id}, {@value #APPEARANCE_CLAIM_ID},
   * {@code position} (in its document's claims), {@code earliest} and {@code earliest_day}, and the corpus order's
   * {@code file} and {@code line}.
   *
   * @return one row per claim identifier and appearance
   */
  public Dataset<Row> appearances() {
    Dataset<Row> appearances = claims().withColumnRenamed(CLAIM_ID, APPEARANCE_CLAIM_ID);
    return claimGroups().join(appearances, GROUP).drop(GROUP);
  }

  /**
   * Returns the first appearance of every claim, as {@link io.github.geoclaims.corpus.ClaimCorpus#firstAppearance}
   * finds it: the earliest by its first day; of equal days, and when none is dated, the first in corpus order. The
   * columns of {@link #appearances()}.
   *
   * @return one row per claim identifier
   */
  public Dataset<Row> firstAppearances() {
    Dataset<Row> first = claims()
        .withColumn("rank", row_number().over(Window.partitionBy(GROUP).orderBy(col(Keys.EARLIEST_DAY).asc_nulls_last(),
            col(Keys.FILE), col(Keys.LINE).asc_nulls_first(), col(Keys.POSITION))))
        .filter(col("rank").equalTo(1)).drop("rank")
        .withColumnRenamed(CLAIM_ID, APPEARANCE_CLAIM_ID);
    return claimGroups().join(first, GROUP).drop(GROUP);
  }

  /**
   * Returns what goes against every claim across the corpus, as
   * {@link io.github.geoclaims.corpus.ClaimCorpus#oppositionsOf} finds it: attributions that deny, dispute or dismiss
   * the claim (or a claim of its group), and {@code contradicts} and {@code denies} relations from or to it, in any
   * document. Columns {@value #CLAIM_ID}, {@code document_id}, {@value #POINTER}, {@value #AGAINST_CLAIM_ID} and
   * {@value #DESCRIPTION}, as the fields of an {@link Opposition}.
   *
   * @return one row per claim identifier and opposition
   */
  public Dataset<Row> oppositions() {
    Dataset<Row> groups = claimGroups();
    Dataset<Row> denials = tables.table(ClaimTable.ATTRIBUTIONS)
        .filter(col("stance").isin(DENYING.toArray()))
        .select(col(Keys.DOCUMENT_ID), concat(lit("/claims/"), col(Keys.CLAIM_POSITION), lit("/attributions/"),
                col(Keys.POSITION)).as(POINTER), col(Keys.CLAIM_ID).as(AGAINST_CLAIM_ID),
            concat(col("claimant"), lit(" "), col("stance")).as(DESCRIPTION));
    Dataset<Row> againstGroups = denials.join(groups, denials.col(AGAINST_CLAIM_ID).equalTo(groups.col(CLAIM_ID)))
        .select(col(GROUP), col(Keys.DOCUMENT_ID), col(POINTER), col(AGAINST_CLAIM_ID), col(DESCRIPTION));
    Dataset<Row> opposing = tables.table(ClaimTable.RELATIONS)
        .filter(col("kind").isin(RelationKind.CONTRADICTS.value(), RelationKind.DENIES.value()));
    Dataset<Row> ends = opposing
        .join(groups.select(col(CLAIM_ID).as("f_claim"), col(GROUP).as("from_group")),
            col("from").equalTo(col("f_claim")), "left")
        .join(groups.select(col(CLAIM_ID).as("t_claim"), col(GROUP).as("to_group")),
            col("to").equalTo(col("t_claim")), "left")
        .withColumn("from_group", coalesce(col("from_group"), col("from")))
        .withColumn("to_group", coalesce(col("to_group"), col("to")))
        .withColumn(POINTER, concat(lit("/relations/"), col(Keys.POSITION)))
        .withColumn(DESCRIPTION, concat(col("from"), lit(" "), col("kind"), lit(" "), col("to"),
            when(coalesce(col("target_document"), col(Keys.DOCUMENT_ID)).equalTo(col(Keys.DOCUMENT_ID)), lit(""))
                .otherwise(concat(lit(" (in "), col("target_document"), lit(")")))));
    Dataset<Row> relationGroups = ends
        .select(col("from_group").as(GROUP), col(Keys.DOCUMENT_ID), col(POINTER), col("from").as(AGAINST_CLAIM_ID),
            col(DESCRIPTION))
        .union(ends.filter(col("to_group").notEqual(col("from_group")))
            .select(col("to_group").as(GROUP), col(Keys.DOCUMENT_ID), col(POINTER), col("to").as(AGAINST_CLAIM_ID),
                col(DESCRIPTION)));
    return groups.join(againstGroups.union(relationGroups), GROUP).drop(GROUP);
  }

  /**
   * Returns an origin of a row of {@link #origins()}'s {@value #ORIGINS}.
   *
   * @param origin a struct of {@link ClaimTable#ORIGIN}
   * @return the origin
   */
  public static Origin originOf(Row origin) {
    return Origin.of(DocumentRows.kindOf(origin.getAs(Keys.KIND)), origin.getAs(Keys.REFERENCE));
  }

  /**
   * Returns the opposition of a row of {@link #oppositions()}.
   *
   * @param row the row
   * @return the opposition
   */
  public static Opposition oppositionOf(Row row) {
    return new Opposition(row.getAs(Keys.DOCUMENT_ID), row.getAs(POINTER), row.getAs(AGAINST_CLAIM_ID),
        row.getAs(DESCRIPTION));
  }
}
