package io.github.geoclaims.examples.cli;

import io.github.geoclaims.json.GeoClaimsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Prints {@code geoclaims VERSION} and the versions it runs with. The version comes from a resource filtered at
 * build time, or else from the jar's {@code Implementation-Version}.
 */
final class VersionProvider implements IVersionProvider {

  /** Returns this tool's version, such as {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("geoclaims-cli.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("${")) {
      version = VersionProvider.class.getPackage().getImplementationVersion();
    }
    return version == null ? "unknown" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "geoclaims " + version(),
      "geoclaims-json on " + GeoClaimsJson.standard().backend().name() + ", Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
