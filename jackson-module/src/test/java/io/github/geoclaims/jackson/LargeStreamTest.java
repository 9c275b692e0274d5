package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams 200,000 generated claims through read-validate-write in a separate JVM with a 128 MB heap: memory must
 * not grow with the document. The file (about 170 MB) is generated on the fly and deleted.
 */
class LargeStreamTest {

  static final int CLAIMS = 200_000;

  @Test
  void twoHundredThousandClaimsStreamThroughReadValidateWriteIn128MbOfHeap(@TempDir Path dir)
      throws IOException, InterruptedException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("out.txt");
    Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
        "-cp", classpath,
        LargeStreamMain.class.getName(), dir.toString(), Integer.toString(CLAIMS)))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println("LargeStreamTest: " + output.lines().filter(line -> line.startsWith("claims="))
        .findFirst().orElse(output));
    assertThat(finished).as("finished in time; output:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    assertThat(output).contains("claims=" + CLAIMS + " identical=true").doesNotContain("OutOfMemoryError");
    assertThat(dir.toFile().list((d, name) -> name.endsWith(".json"))).as("files deleted").isEmpty();
  }
}
