package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.json.GeoClaimsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/geoclaims}, the launcher script that the build puts next to {@code geoclaims.jar} with the
 * class-data sharing archive {@code geoclaims.jsa}: with the archive, and from copies where the archive is missing or
 * does not fit the jar. The script is POSIX shell, so not on Windows. {@code JAVA_HOME} is this JVM, the one that
 * made the archive.
 */
@DisabledOnOs(OS.WINDOWS)
class GeoClaimsLauncherIT {

  private static final Path LAUNCHER = Path.of(System.getProperty("geoclaims.launcher", "target/geoclaims"));
  private static final Path ARCHIVE = LAUNCHER.resolveSibling("geoclaims.jsa");

  private static ProcessRun run(Path launcher, byte[] stdin, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Map<String, String> variables = new HashMap<>(Map.of("JAVA_HOME", System.getProperty("java.home")));
    variables.putAll(environment);
    return ProcessRun.of(command, variables, stdin);
  }

  /** Copies the launcher and the jar, keeping the launcher executable and the jar's time stamp. */
  private static Path copyLauncher(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.copy(LAUNCHER.resolveSibling("geoclaims.jar"), directory.resolve("geoclaims.jar"),
        StandardCopyOption.COPY_ATTRIBUTES);
    return Files.copy(LAUNCHER, directory.resolve("geoclaims"), StandardCopyOption.COPY_ATTRIBUTES);
  }

  @Test
  void loadsTheToolsClassesFromTheArchiveTheBuildMade() throws Exception {
    assumeTrue(Files.isRegularFile(ARCHIVE), "no geoclaims.jsa: this JVM could not make one (see the build log)");

    ProcessRun result = run(LAUNCHER, new byte[0], Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "--version");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("geoclaims " + VersionProvider.version())
        .contains(" io.github.geoclaims.examples.cli.GeoClaimsCli source: shared objects file (top)");
  }

  @Test
  void runsWithoutAnArchiveThroughALink(@TempDir Path directory) throws Exception {
    Path launcher = copyLauncher(directory.resolve("lib"));
    Path link = Files.createSymbolicLink(Files.createDirectory(directory.resolve("bin")).resolve("geoclaims"),
        Path.of("..", "lib", "geoclaims"));
    byte[] json = GeoClaimsJson.standard().write(SampleDocuments.first()).getBytes(StandardCharsets.UTF_8);

    ProcessRun result = run(link, json, Map.of(), "validate", "-");

    assertThat(launcher.resolveSibling("geoclaims.jsa")).doesNotExist();
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("<stdin>: valid" + System.lineSeparator());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void ignoresAnArchiveMadeForAnotherJarSilently(@TempDir Path directory) throws Exception {
    assumeTrue(Files.isRegularFile(ARCHIVE), "no geoclaims.jsa: this JVM could not make one (see the build log)");
    Path launcher = copyLauncher(directory);
    Files.copy(ARCHIVE, directory.resolve("geoclaims.jsa"));

    ProcessRun result = run(launcher, new byte[0], Map.of(), "--version");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().findFirst()).hasValue("geoclaims " + VersionProvider.version());
    assertThat(result.out().lines()).as("no class-data sharing notice")
        .allMatch(line -> line.startsWith("geoclaims"));
    assertThat(result.err()).isEmpty();
  }
}
