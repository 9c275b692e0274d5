package io.github.geoclaims.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TimePoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module: found by ServiceLoader, same JSON as the facade, strict reading, problems as causes. */
class GeoClaimsModule3Test {

  private final ClaimDocument full = GeoClaimsJson.standard().read(Corpus.full());

  @Test
  void findAndAddModulesFindsTheModuleThroughServiceLoader() {
    assertThat(MapperBuilder.findModules()).extracting(JacksonModule::getClass).contains(GeoClaimsModule3.class);
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("GeoClaimsModule3");
    Claim claim = full.getClaims().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(claim), Claim.class)).isEqualTo(claim);
  }

  @Test
  void everyModelValueRoundTripsThroughAPlainMapper() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new GeoClaimsModule3()).build();
    assertThat(mapper.readValue(mapper.writeValueAsBytes(full), ClaimDocument.class)).isEqualTo(full);
    for (Actor actor : full.getActors()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(actor), Actor.class)).isEqualTo(actor);
    }
    Quantity quantity = full.getClaims().get(0).getQuantities().get(2);
    assertThat(mapper.writeValueAsString(quantity))
        .isEqualTo("{\"unit\":\"tonnes\",\"minimum\":0.000001,\"maximum\":12345678901234567890.1230}");
    assertThat(mapper.writeValueAsString(TimePoint.parse("2023-08"))).isEqualTo("\"2023-08\"");
    assertThat(mapper.readValue("\"x-relays\"", Stance.class)).isEqualTo(Stance.of("x-relays"));
    List<Claim> claims = mapper.readValue(mapper.writeValueAsString(full.getClaims()), new TypeReference<>() {});
    assertThat(claims).isEqualTo(full.getClaims());
    Map<String, TimePoint> times = mapper.readValue("{\"a\": \"2024-01-09T14:30:00Z\"}", new TypeReference<>() {});
    assertThat(times).containsEntry("a", TimePoint.parse("2024-01-09T14:30:00Z"));
  }

  @Test
  void theFacadesMapperWritesTheCanonicalLayoutWithoutTheFinalNewline() {
    JsonMapper mapper = GeoClaimsModule3.newMapper();
    String canonical = GeoClaimsJson.standard().write(full);
    assertThat(mapper.writeValueAsString(full) + "\n").isEqualTo(canonical);
    assertThat(JsonMapper.builder().addModule(new GeoClaimsModule3()).build()
        .writer().with(GeoClaimsModule3.canonicalPrettyPrinter()).writeValueAsString(full))
        .isEqualTo(mapper.writeValueAsString(full));
    assertThat(mapper.readValue(canonical, ClaimDocument.class)).isEqualTo(full);
  }

  @Test
  void problemsAreADatabindExceptionCausedByGeoClaimsJsonException() {
    ObjectMapper mapper = GeoClaimsModule3.newMapper();
    String text = "{\"id\": 42, \"proposition\": \"p\", \"eventKind\": \"x-e\", \"colour\": 1}";
    assertThatThrownBy(() -> mapper.readValue(text, Claim.class)).isInstanceOfSatisfying(DatabindException.class,
        e -> assertThat(e.getCause()).isInstanceOfSatisfying(GeoClaimsJsonException.class,
            cause -> assertThat(cause.getProblems()).extracting(JsonProblem::code, JsonProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json.type", "/id"),
                    org.assertj.core.groups.Tuple.tuple("json.unknown-property", "/colour"))));
  }

  @Test
  void aBadTermOrTimeIsADatabindException() {
    ObjectMapper mapper = GeoClaimsModule3.newMapper();
    assertThatThrownBy(() -> mapper.readValue("\"2023-13\"", TimePoint.class))
        .isInstanceOf(DatabindException.class);
    assertThatThrownBy(() -> mapper.readValue("42", Stance.class)).isInstanceOf(DatabindException.class);
  }

  @Test
  void theMapperEnforcesTheFacadesLimitsAndRejectsTrailingTokens() {
    ObjectMapper mapper = GeoClaimsModule3.newMapper(GeoClaimsJson.builder().maxNestingDepth(12).build().limits());
    String deep = "{\"schemaVersion\": \"1.0\", \"id\": \"d\", \"x-deep\": " + "[".repeat(20) + "]".repeat(20) + "}";
    assertThatThrownBy(() -> mapper.readValue(deep, ClaimDocument.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("json.limit");
    assertThatThrownBy(() -> mapper.readValue("\"2023\" \"2024\"", TimePoint.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @Test
  void theModuleReportsItsNameAndVersion() {
    GeoClaimsModule3 module = new GeoClaimsModule3();
    assertThat(module.getModuleName()).isEqualTo("GeoClaimsModule3");
    assertThat(module.version().getArtifactId()).isEqualTo("geoclaims-jackson3");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.geoclaims");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
  }
}
