package io.github.geoclaims.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.sum;

import io.github.geoclaims.spark.ClaimTables;
import io.github.geoclaims.spark.DocumentError;
import io.github.geoclaims.spark.GeoClaimsSpark;
import io.github.geoclaims.spark.OnInvalid;
import io.github.geoclaims.spark.corpus.SparkCorpus;
import io.github.geoclaims.spark.schema.ClaimTable;
import io.github.geoclaims.spark.schema.Keys;
import io.github.geoclaims.spark.schema.ModelStruct;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code origins} job: reads a folder of documents, counts every claim's independent origins across them, prints
 * the most-backed claims and the totals, and writes the tables and the answers as Parquet.
 *
 * <pre>
 * java -jar spark/target/geoclaims-spark.jar origins articles/ --out out/ [--master local[*]] [--top 10]
 * spark-submit --class io.github.geoclaims.spark.job.GeoClaimsSparkJob spark/target/geoclaims-spark.jar origins ...
 * </pre>
 *
 * <p>Exit status: 0 when every document was valid; 1 when some were not (each is named on standard error, and the
 * others are processed all the same); 2 when the job could not run (a mistake on the command line, a folder that
 * cannot be read or written), with a message and no stack trace.
 */
public final class GeoClaimsSparkJob {

  /** The folders written under OUT besides the tables': the answers. */
  static final List<String> ANSWERS = List.of("origins", "first_appearances", "oppositions");

  private GeoClaimsSparkJob() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args {@code origins DIR... --out OUT [--master URL] [--top N]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the job in this JVM. It uses the active Spark session if there is one (and leaves it running), and
   * otherwise starts one (on the master given, the one {@code spark-submit} configured, or {@code local[*]}) and
   * stops it at the end.
   *
   * @param args the command line
   * @param out where the table and totals are printed
   * @param err where invalid documents and failures are printed
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("geoclaims-spark: " + e.getMessage());
      err.println(JobArguments.USAGE);
      return 2;
    }
    quietLogging();
    boolean started = SparkSession.getActiveSession().isEmpty();
    SparkSession spark = session(arguments);
    try {
      return origins(spark, arguments, out, err);
    } catch (Exception e) {
      // Spark's Scala code throws checked exceptions (Hadoop's InvalidInputException for a missing folder) too.
      err.println("geoclaims-spark: " + firstLine(e));
      return 2;
    } finally {
      if (started) {
        spark.stop();
      }
    }
  }

  private static int origins(SparkSession spark, JobArguments arguments, PrintStream out, PrintStream err) {
    ClaimTables tables = GeoClaimsSpark.read(spark, OnInvalid.CONTINUE, arguments.input().toArray(String[]::new));
    SparkCorpus corpus = SparkCorpus.of(tables);
    Dataset<Row> origins = corpus.origins().persist();
    Dataset<Row> appearances = tables.table(ClaimTable.CLAIMS).groupBy(col(ModelStruct.ID).as(Keys.CLAIM_ID))
        .agg(count("*").as("appearances"));
    List<Row> top = origins.join(appearances, Keys.CLAIM_ID)
        .orderBy(desc(SparkCorpus.ORIGIN_COUNT), desc("appearances"), col(Keys.CLAIM_ID))
        .limit(arguments.top()).collectAsList();
    long documents = tables.table(ClaimTable.DOCUMENTS).count();
    long claims = tables.table(ClaimTable.CLAIMS).count();
    long distinct = origins.count();
    Row totalOrigins = origins.agg(sum(SparkCorpus.ORIGIN_COUNT)).first();
    List<DocumentError> errors = tables.errors().orderBy(Keys.FILE, Keys.LINE).collectAsList().stream()
        .map(DocumentError::of).toList();

    out.printf("Most-backed claims (top %d of %d)%n", top.size(), distinct);
    out.printf("%8s %12s  %s%n", "origins", "appearances", "claim");
    for (Row row : top) {
      out.printf("%8d %12d  %s%n", row.<Integer>getAs(SparkCorpus.ORIGIN_COUNT), row.<Long>getAs("appearances"),
          row.<String>getAs(Keys.CLAIM_ID));
    }
    out.println();
    out.println("documents: " + documents);
    out.println("claims: " + claims);
    out.println("distinct claims: " + distinct);
    out.println("independent origins: " + (totalOrigins.isNullAt(0) ? 0 : totalOrigins.getLong(0)));
    out.println("invalid documents: " + errors.stream().map(error -> error.file() + ":" + error.line()).distinct()
        .count());

    tables.writeParquet(arguments.out());
    origins.write().mode(SaveMode.Overwrite).parquet(arguments.out() + "/" + ANSWERS.get(0));
    corpus.firstAppearances().write().mode(SaveMode.Overwrite).parquet(arguments.out() + "/" + ANSWERS.get(1));
    corpus.oppositions().write().mode(SaveMode.Overwrite).parquet(arguments.out() + "/" + ANSWERS.get(2));
    out.println("written: " + arguments.out());

    errors.forEach(error -> err.println("invalid: " + error));
    return errors.isEmpty() ? 0 : 1;
  }

  private static SparkSession session(JobArguments arguments) {
    SparkSession.Builder builder = SparkSession.builder().appName("geoclaims origins")
        .config("spark.ui.showConsoleProgress", "false");
    if (arguments.master().isPresent()) {
      builder.master(arguments.master().get());
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }

  /** Spark's own logging down to warnings, unless the caller configured logging. */
  private static void quietLogging() {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "geoclaims-spark-job-log4j2.properties");
    }
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
