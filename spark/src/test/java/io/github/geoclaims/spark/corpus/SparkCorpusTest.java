package io.github.geoclaims.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.spark.ClaimTables;
import io.github.geoclaims.spark.GeoClaimsSpark;
import io.github.geoclaims.spark.LocalSpark;
import io.github.geoclaims.spark.OnInvalid;
import io.github.geoclaims.spark.schema.ClaimTable;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark answers the corpus questions as {@link ClaimCorpus} does: on the five fixtures, and on a generated corpus of
 * more than 20,000 claims over many documents that relay each other; and the same with one partition and with four
 * (on a smaller generated corpus, to keep the module's test time within bounds on two cores).
 */
class SparkCorpusTest {

  private static final int DOCUMENTS = 100;
  private static final int CLAIMS_EACH = 205;

  private static SparkSession spark;
  private static List<ClaimDocument> generated;
  private static List<ClaimDocument> small;

  @TempDir
  static Path directory;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    generated = GeneratedCorpus.of(DOCUMENTS, CLAIMS_EACH);
    LocalSpark.writeFiles(directory.resolve("fixtures"), Fixtures.loadAll());
    LocalSpark.writeFiles(directory.resolve("generated"), generated);
    small = GeneratedCorpus.of(24, 40);
    LocalSpark.writeFiles(directory.resolve("small"), small);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static ClaimTables read(String folder, int partitions) {
    return GeoClaimsSpark.reader(spark).onInvalid(OnInvalid.FAIL).partitions(partitions)
        .read(directory.resolve(folder).toString());
  }

  @Test
  void answersAsClaimCorpusOnTheFiveFixtures() {
    CorpusAnswers expected = CorpusAnswers.of(ClaimCorpus.of(Fixtures.loadAll()));

    CorpusAnswers answers = CorpusAnswers.of(SparkCorpus.of(read("fixtures", 2)));

    assertThat(expected.oppositions()).as("the fixtures deny and contradict claims").isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @Test
  void answersAsClaimCorpusOnAGeneratedCorpusWhoseDocumentsRelayEachOther() {
    ClaimCorpus corpus = ClaimCorpus.of(generated);
    CorpusAnswers expected = CorpusAnswers.of(corpus);
    SparkCorpus sparkCorpus = SparkCorpus.of(read("generated", 2));

    CorpusAnswers answers = CorpusAnswers.of(sparkCorpus);

    assertThat(corpus.appearanceCount()).isGreaterThanOrEqualTo(20_000);
    assertThat(corpus.documentIds()).hasSize(DOCUMENTS);
    assertThat(sparkCorpus.relays().filter("resolved_origin.kind <> 'attribution-elsewhere'").count())
        .as("relays resolved across documents to an origin there").isPositive();
    assertThat(answers.origins()).isEqualTo(expected.origins());
    assertThat(answers.first()).isEqualTo(expected.first());
    assertThat(answers.appearances()).isEqualTo(expected.appearances());
    assertThat(answers.oppositions()).isEqualTo(expected.oppositions());
  }

  @Test
  void answersTheSameWithOnePartitionAndWithFourAsClaimCorpusDoes() {
    spark.conf().set("spark.sql.shuffle.partitions", "1");
    ClaimTables one = read("small", 1);
    CorpusAnswers withOne = CorpusAnswers.of(SparkCorpus.of(one));
    spark.conf().set("spark.sql.shuffle.partitions", "4");
    ClaimTables four = read("small", 4);
    CorpusAnswers withFour = CorpusAnswers.of(SparkCorpus.of(four));
    spark.conf().set("spark.sql.shuffle.partitions", "2");

    assertThat(one.table(ClaimTable.CLAIMS).rdd().getNumPartitions()).isEqualTo(1);
    assertThat(four.table(ClaimTable.CLAIMS).rdd().getNumPartitions()).isEqualTo(4);
    assertThat(withOne).isEqualTo(CorpusAnswers.of(ClaimCorpus.of(small)));
    assertThat(withFour).isEqualTo(withOne);
  }
}
