package io.github.geoclaims.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, as Jackson 3 modules report it (read from the jar at build time).
 *
 * <pre>{@code
 * Version version = PackageVersion.VERSION;   // 0.1.0-SNAPSHOT
 * }</pre>
 */
public final class PackageVersion implements Versioned {

  /** The version of geoclaims-jackson3. */
  public static final Version VERSION = load();

  /** Creates the versioned object Jackson's conventions ask for; prefer {@link #VERSION}. */
  public PackageVersion() {}

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("geoclaims-jackson3.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version", "0.0.0"),
        properties.getProperty("groupId", "io.github.geoclaims"),
        properties.getProperty("artifactId", "geoclaims-jackson3"));
  }

  /**
   * Returns {@link #VERSION}.
   *
   * <pre>{@code
   * new PackageVersion().version();
   * }</pre>
   */
  @Override
  public Version version() {
    return VERSION;
  }
}
