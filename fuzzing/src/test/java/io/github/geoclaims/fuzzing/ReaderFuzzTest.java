package io.github.geoclaims.fuzzing;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary bytes into {@code GeoClaimsJson.read} and {@code readLenient}. The only acceptable outcomes are a valid
 * document (which writes, re-reads equal and re-writes identically) or a {@code GeoClaimsJsonException}; for
 * {@code readLenient} also a {@code ReadResult}. Any other throwable, an input that takes longer than the timeout, a
 * {@code StackOverflowError} or an {@code OutOfMemoryError} is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (a normal build) it runs over the seed corpus in
 * {@code src/test/resources/io/github/geoclaims/fuzzing/ReaderFuzzTestInputs/readArbitraryBytes}; see
 * CONTRIBUTING.md for fuzzing.
 */
class ReaderFuzzTest {

  /** The per-input timeout: Jazzer passes it to libFuzzer as {@code -timeout}; JUnit applies it in regression mode. */
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryFile(resourcePath = "/io/github/geoclaims/fuzzing/geoclaims.dict")
  @FuzzTest(maxDuration = "30s")
  void readArbitraryBytes(byte[] input) {
    Oracle.checkRead(input);
  }
}
