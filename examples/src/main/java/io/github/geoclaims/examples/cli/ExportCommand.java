package io.github.geoclaims.examples.cli;

import io.github.geoclaims.interop.Export;
import io.github.geoclaims.interop.claimreview.ClaimReviewExporter;
import io.github.geoclaims.interop.stix.StixExporter;
import io.github.geoclaims.interop.webannotation.WebAnnotationExporter;
import io.github.geoclaims.model.ClaimDocument;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code geoclaims export --to claimreview|web-annotation|stix [--base-url URL] FILE}: one document in a format
 * other tools read, as one JSON value on standard output, with the loss report on standard error.
 *
 * <pre>{@code
 * geoclaims export --to stix claims.json > bundle.json
 * STIX 2.1: 112 exported, 1 skipped
 *   skipped sources/white-house-images: a STIX report must refer to at least one object, ...
 * }</pre>
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a geoclaims document in a format other tools read, as one JSON value on standard output:"
          + " an array of schema.org ClaimReviews (one per assessment), an array of W3C Web Annotations (one per"
          + " quoted attribution) or one STIX 2.1 bundle. The same document always gives the same bytes.",
      "Prints the loss report on standard error: how many items were exported, and each item skipped and why.",
      "An invalid document is not exported: its problems are printed on standard error, as validate prints them.",
      "The mapping of each format is in docs/interop.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "The format: claimreview, web-annotation or stix.")
  String format;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "ClaimReview only: the URL that, followed by the claim id, is the url of a review whose assessor"
          + " published no source with a URL. Without it, such a review is skipped.")
  String baseUrl;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The geoclaims document; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    Exporter exporter = exporter();
    OneInput input = OneInput.resolve(file, cli, "export");
    Optional<ClaimDocument> document = input.document();
    if (document.isEmpty()) {
      return GeoClaimsCli.INVALID;
    }
    Export export = exporter.export(document.get());
    PrintWriter out = cli.spec.commandLine().getOut();
    out.print(export.json());
    out.flush();
    PrintWriter err = cli.spec.commandLine().getErr();
    export.report().lines().forEach(err::println);
    err.flush();
    return GeoClaimsCli.OK;
  }

  /** An exporter of one format. */
  private interface Exporter {
    Export export(ClaimDocument document);
  }

  private Exporter exporter() {
    if (baseUrl != null && !format.equals("claimreview")) {
      throw new CliException(GeoClaimsCli.USAGE, "--base-url is for --to claimreview only");
    }
    return switch (format) {
      case "claimreview" -> baseUrl == null
          ? new ClaimReviewExporter()::export
          : new ClaimReviewExporter(checkedBaseUrl())::export;
      case "web-annotation" -> new WebAnnotationExporter()::export;
      case "stix" -> new StixExporter()::export;
      default -> throw new CliException(GeoClaimsCli.USAGE, "unknown format '" + format
          + "'; expected claimreview, web-annotation or stix");
    };
  }

  private String checkedBaseUrl() {
    try {
      URI uri = new URI(baseUrl);
      if (uri.isAbsolute() && uri.getHost() != null
          && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        return baseUrl;
      }
    } catch (URISyntaxException e) {
      // reported below, as for any other URL that is not absolute http(s)
    }
    throw new CliException(GeoClaimsCli.USAGE, "--base-url must be an absolute http or https URL, but was '"
        + baseUrl + "'");
  }
}
