package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.geoclaims.json.schema.GeoClaimsSchema;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

  @Test
  void printsTheSchemaThatGeoClaimsJacksonShips() throws Exception {
    Cli.Run run = Cli.run("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(GeoClaimsSchema.text());
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertThat(schema.path("$schema").asText()).isEqualTo(GeoClaimsSchema.DIALECT);
    assertThat(schema.path("$id").asText()).isEqualTo(GeoClaimsSchema.ID);
  }

  @Test
  void takesNoArguments() {
    Cli.Run run = Cli.run("schema", "extra");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 1: 'extra'");
  }
}
