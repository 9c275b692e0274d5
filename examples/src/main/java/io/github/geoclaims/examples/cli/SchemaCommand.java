package io.github.geoclaims.examples.cli;

import io.github.geoclaims.json.schema.GeoClaimsSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code geoclaims schema}: prints the JSON Schema of the wire format that geoclaims-jackson ships. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the geoclaims JSON format.",
      "It is the resource " + GeoClaimsSchema.RESOURCE_PATH + " of geoclaims-jackson.",
      "The schema checks structure, types and vocabularies; rules across objects (references, unique"
          + " identifiers, quotes) need 'geoclaims validate'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GeoClaimsCli.EXIT_CODE_OK,
      GeoClaimsCli.EXIT_CODE_USAGE,
      GeoClaimsCli.EXIT_CODE_INTERNAL
    })
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand GeoClaimsCli cli;

  @Override
  public Integer call() {
    String schema;
    try {
      schema = GeoClaimsSchema.text();
    } catch (IllegalStateException e) {
      throw new CliException(GeoClaimsCli.USAGE, "this build has no JSON Schema: geoclaims-json lacks the resource " + GeoClaimsSchema.RESOURCE_PATH);
    }
    PrintWriter out = cli.spec.commandLine().getOut();
    out.print(schema.endsWith("\n") ? schema : schema + "\n");
    out.flush();
    return GeoClaimsCli.OK;
  }
}
