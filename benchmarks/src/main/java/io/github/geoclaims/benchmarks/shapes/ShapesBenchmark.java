package io.github.geoclaims.benchmarks.shapes;

import io.github.geoclaims.benchmarks.Facades;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.shapes.DocumentShape;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A validating read ({@code readLenient(bytes)} on the Jackson 2 backend, {@link Facades}: structure, every rule,
 * the problems placed) of each {@link DocumentShape} at {@code size} elements. {@code benchmarks/run --shapes} runs it at 5,000 and 20,000
 * and prints the time per element at both sizes ({@link ShapesReport}): a rule that is superlinear along a shape's
 * dimension shows as a time per element that grows with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ShapesBenchmark {

  /** The shape, as a {@link DocumentShape} constant's name. */
  @Param({"PLAIN", "PLAIN_WITH_ONE_PROBLEM", "SUPPORTS_CHAIN", "FAN_IN", "FAN_OUT", "CONTRADICTED_CLAIM",
      "RELAY_CHAIN", "SHARED_ATTRIBUTION_ID", "COLLIDING_CLAIM_IDS", "QUOTES_IN_LONG_TEXT", "CITATIONS_IN_LONG_TEXT",
      "WIDE_GROUP", "MANY_PARTICIPANTS", "MANY_PROBLEMS"})
  public String shape;

  /** The number of elements along the shape's dimension. */
  @Param({"5000", "20000"})
  public int size;

  private byte[] json;

  /** Writes the shape's document once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    ClaimDocument document = DocumentShape.valueOf(shape).generate(size);
    json = GeoClaimsJson.standard().write(document).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads and validates the document; the result holds its problems, if the shape is an invalid one. */
  @Benchmark
  public ReadResult<ClaimDocument> read() {
    return Facades.JACKSON2.readLenient(json);
  }
}
