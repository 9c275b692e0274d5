package io.github.geoclaims.examples.cli;

import io.github.geoclaims.interop.claimreview.ClaimReviewImporter;
import io.github.geoclaims.interop.webannotation.WebAnnotationImporter;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.model.ClaimDocument;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code geoclaims import --from claimreview|web-annotation [--document DOC] FILE}: reads another format into a
 * valid geoclaims document on standard output.
 *
 * <pre>{@code
 * geoclaims import --from claimreview reviews.jsonld > claims.json
 * geoclaims import --from web-annotation --document claims.json annotations.json > anchored.json
 * }</pre>
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads schema.org ClaimReviews (one, an array, or an @graph) into a new geoclaims document, or W3C Web"
          + " Annotations on the sources of a geoclaims document (--document) into the quotes of its attributions,"
          + " and writes the document on standard output.",
      "The result is valid: input that cannot become a valid document is not imported, and each of its problems is"
          + " printed on standard error as validate prints them: FILE: POINTER: message [code].",
      "The mapping of each format is in docs/interop.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_INVALID,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Option(names = "--from", required = true, paramLabel = "FORMAT",
      description = "The format: claimreview or web-annotation.")
  String format;

  @Option(names = "--document", paramLabel = "DOC",
      description = "web-annotation only, and required there: the geoclaims document whose sources the annotations"
          + " target; the output is this document with the annotated quotes set.")
  String document;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The input in that format; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    boolean annotations = switch (format) {
      case "claimreview" -> false;
      case "web-annotation" -> true;
      default -> throw new CliException(GeoClaimsCli.USAGE, "unknown format '" + format
          + "'; expected claimreview or web-annotation");
    };
    if (annotations == (document == null)) {
      throw new CliException(GeoClaimsCli.USAGE, annotations
          ? "--from web-annotation needs --document DOC, the document whose sources the annotations target"
          : "--document is for --from web-annotation only");
    }
    Optional<ClaimDocument> annotated = Optional.empty();
    if (annotations) {
      annotated = OneInput.resolve(document, cli, "import").document();
      if (annotated.isEmpty()) {
        return GeoClaimsCli.INVALID;
      }
    }
    OneInput input = OneInput.resolve(file, cli, "import");
    Optional<String> text = input.text();
    if (text.isEmpty()) {
      return GeoClaimsCli.INVALID;
    }
    ClaimDocument imported;
    try {
      imported = annotations
          ? new WebAnnotationImporter().read(text.get(), annotated.get())
          : new ClaimReviewImporter().read(text.get());
    } catch (GeoClaimsJsonException e) {
      input.printProblems(e.getProblems());
      return GeoClaimsCli.INVALID;
    }
    PrintWriter out = cli.spec.commandLine().getOut();
    out.print(GeoClaimsJson.standard().write(imported));
    out.flush();
    return GeoClaimsCli.OK;
  }
}
