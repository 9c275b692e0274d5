package io.github.geoclaims.spark.corpus;

import io.github.geoclaims.corpus.Appearance;
import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.Opposition;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.spark.schema.Keys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Every answer of a corpus for every claim, in one comparable value: from a {@link ClaimCorpus} or from a
 * {@link SparkCorpus}. Appearances are compared as sets (the two order them alike, but Spark's rows come in any
 * order); origins as sets, as {@link ClaimCorpus#independentOrigins} counts them.
 *
 * @param origins the independent origins of each claim
 * @param appearances the appearances of each claim: document, claim, position, earliest date
 * @param first the first appearance of each claim
 * @param oppositions what goes against each claim
 */
record CorpusAnswers(Map<String, Set<Origin>> origins, Map<String, Set<List<Object>>> appearances,
    Map<String, List<Object>> first, Map<String, Set<Opposition>> oppositions) {

  /** Asks a corpus every question about every claim. */
  static CorpusAnswers of(ClaimCorpus corpus) {
    CorpusAnswers answers = empty();
    for (String claim : corpus.claimIds()) {
      answers.origins.put(claim, Set.copyOf(corpus.independentOrigins(claim)));
      answers.appearances.put(claim, new HashSet<>(corpus.appearancesOf(claim).stream()
          .map(CorpusAnswers::appearance).toList()));
      answers.first.put(claim, appearance(corpus.firstAppearance(claim).orElseThrow()));
      List<Opposition> oppositions = corpus.oppositionsOf(claim);
      if (!oppositions.isEmpty()) {
        answers.oppositions.put(claim, Set.copyOf(oppositions));
      }
    }
    return answers;
  }

  /** Collects Spark's answers about every claim. */
  static CorpusAnswers of(SparkCorpus corpus) {
    CorpusAnswers answers = empty();
    for (Row row : corpus.origins().collectAsList()) {
      answers.origins.put(row.getAs(SparkCorpus.CLAIM_ID), Set.copyOf(row.<Row>getList(row.fieldIndex(
          SparkCorpus.ORIGINS)).stream().map(SparkCorpus::originOf).toList()));
    }
    for (Row row : corpus.appearances().collectAsList()) {
      answers.appearances.computeIfAbsent(row.getAs(SparkCorpus.CLAIM_ID), claim -> new HashSet<>())
          .add(appearance(row));
    }
    for (Row row : corpus.firstAppearances().collectAsList()) {
      answers.first.put(row.getAs(SparkCorpus.CLAIM_ID), appearance(row));
    }
    Map<String, Set<Opposition>> oppositions = new HashMap<>();
    for (Row row : corpus.oppositions().collectAsList()) {
      oppositions.computeIfAbsent(row.getAs(SparkCorpus.CLAIM_ID), claim -> new HashSet<>())
          .add(SparkCorpus.oppositionOf(row));
    }
    oppositions.forEach((claim, found) -> answers.oppositions.put(claim, Set.copyOf(found)));
    return answers;
  }

  private static CorpusAnswers empty() {
    return new CorpusAnswers(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  private static List<Object> appearance(Appearance appearance) {
    return List.of(appearance.getDocument(), appearance.getClaimId(), appearance.getIndex(),
        appearance.getEarliest().map(TimePoint::toString).orElse(""));
  }

  private static List<Object> appearance(Row row) {
    String earliest = row.getAs(Keys.EARLIEST);
    return List.of(row.getAs(Keys.DOCUMENT_ID), row.getAs(SparkCorpus.APPEARANCE_CLAIM_ID),
        row.<Integer>getAs(Keys.POSITION), earliest == null ? "" : earliest);
  }
}
