package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TimePoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoClaimsModuleTest {

  private final ObjectMapper plain = new ObjectMapper().registerModule(new GeoClaimsModule());

  @Test
  void findAndRegisterModulesFindsTheModuleThroughServiceLoader() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(GeoClaimsModule.class.getName());
    Claim claim = TestDocuments.full().getClaims().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(claim), Claim.class)).isEqualTo(claim);
  }

  @Test
  void theModuleSerialisesASingleClaimToTheSameJsonAsTheFacade() throws Exception {
    Claim claim = TestDocuments.full().getClaims().get(0);
    String canonical = GeoClaimsJson.standard().write(TestDocuments.full());
    String viaMapper = GeoClaimsModule.newMapper().writeValueAsString(claim);
    assertThat(canonical).contains(viaMapper.replace("\n", "\n    "));
    assertThat(plain.readValue(plain.writeValueAsString(claim), Claim.class)).isEqualTo(claim);
  }

  @Test
  void theModuleWritesAWholeDocumentExactlyAsTheFacadeWhenUsingTheCanonicalPrinter() throws Exception {
    ClaimDocument full = TestDocuments.full();
    String facade = GeoClaimsJson.standard().write(full);
    String mapper = GeoClaimsModule.newMapper().writeValueAsString(full) + "\n";
    assertThat(mapper).isEqualTo(facade);
    String custom = new ObjectMapper().registerModule(new GeoClaimsModule())
        .writer(GeoClaimsModule.canonicalPrettyPrinter()).writeValueAsString(full) + "\n";
    assertThat(custom).isEqualTo(facade);
    assertThat(plain.readValue(facade, ClaimDocument.class)).isEqualTo(full);
  }

  @Test
  void everyModelTypeRoundTripsThroughAPlainMapper() throws Exception {
    ClaimDocument full = TestDocuments.full();
    Claim claim = full.getClaims().get(0);
    List<Object> values = List.of(full.getActors().get(0), full.getActors().get(1).getRoles().get(0),
        full.getSources().get(0), full.getSources().get(0).getCitations().get(0),
        full.getSources().get(0).getCitations().get(0).getAnchor().get(), claim.getTime().get(),
        claim.getParticipants().get(0), claim.getQuantities().get(2), claim.getAttributions().get(1),
        claim.getAssessments().get(0), claim.getAssessments().get(0).getEvidence().get(0),
        claim.getAssessments().get(0).getAdmiraltyRating().get(), full.getRelations().get(1),
        TimePoint.parse("2023-08"), Stance.DECLINES_TO_COMMENT);
    for (Object value : values) {
      String json = plain.writeValueAsString(value);
      assertThat(plain.readValue(json, value.getClass())).as(json).isEqualTo(value);
    }
    assertThat(plain.writeValueAsString(Stance.DECLINES_TO_COMMENT)).isEqualTo("\"declines-to-comment\"");
    assertThat(plain.writeValueAsString(TimePoint.parse("2022"))).isEqualTo("\"2022\"");
  }

  @Test
  void modelTypesWorkInsideOtherDatabindTypes() throws Exception {
    Map<String, List<Actor>> byKind = Map.of("people", List.of(TestDocuments.full().getActors().get(1)));
    String json = plain.writeValueAsString(byKind);
    assertThat(plain.readValue(json, new TypeReference<Map<String, List<Actor>>>() {})).isEqualTo(byKind);
  }

  @Test
  void structuralProblemsBecomeAMappingExceptionCarryingEveryProblem() {
    String json = "{\"id\": 1, \"kind\": \"state\", \"colour\": \"red\"}";
    assertThatThrownBy(() -> plain.readValue(json, Actor.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(GeoClaimsJsonException.class)
        .satisfies(e -> assertThat(((GeoClaimsJsonException) e.getCause()).getProblems())
            .extracting(JsonProblem::code, JsonProblem::pointer)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("json.type", "/id"),
                org.assertj.core.groups.Tuple.tuple("json.unknown-property", "/colour"),
                org.assertj.core.groups.Tuple.tuple("json.required", "")));
  }

  @Test
  void theModuleReportsItsVersionAndName() {
    GeoClaimsModule module = new GeoClaimsModule();
    assertThat(module.getModuleName()).isEqualTo("GeoClaimsModule");
    assertThat(module.version().toString()).startsWith("0.1.0");
    assertThat(module.version().getArtifactId()).isEqualTo("geoclaims-jackson");
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
  }

  @Test
  void theFacadesMapperIsIndependentOfOtherMappers() throws Exception {
    ObjectMapper one = GeoClaimsModule.newMapper();
    one.disable(SerializationFeature.INDENT_OUTPUT);
    ObjectMapper two = GeoClaimsModule.newMapper();
    Actor actor = TestDocuments.full().getActors().get(2);
    assertThat(one.writeValueAsString(actor)).doesNotContain("\n");
    assertThat(two.writeValueAsString(actor)).contains("\n  \"id\": \"white-house\"");
  }
}
