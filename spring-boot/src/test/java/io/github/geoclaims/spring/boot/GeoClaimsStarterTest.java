package io.github.geoclaims.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.spring.boot.testapp.DocumentsApplication;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** POSTs documents to a real Boot application through MockMvc, with nothing configured but the starter. */
@SpringBootTest(classes = DocumentsApplication.class)
@AutoConfigureMockMvc
class GeoClaimsStarterTest {

  private static final String FIXTURE = "000_6fa328a5eb9c16d3";

  @Autowired
  private MockMvc mvc;

  @Autowired
  private JsonMapper mapper;

  static List<String> fixtures() {
    return Fixtures.ids();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void eachFixtureIsAcceptedAndEchoedUnchanged(String id) throws Exception {
    MvcResult result = send("/documents", "application/json", Fixtures.json(id));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String echoed = result.getResponse().getContentAsString();
    assertThat(GeoClaimsJson.standard().read(echoed)).isEqualTo(Fixtures.load(id));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void eachFixtureIsSummarised(String id) throws Exception {
    MvcResult result = send("/summary", "application/json", Fixtures.json(id));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(result)).containsEntry("id", id)
        .containsEntry("claims", Fixtures.load(id).getClaims().size());
  }

  @Test
  void anUnresolvedReferenceIsA400WithThePointerOfTheReference() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/participants/0").put("actor", "nobody"));

    Map<String, Object> problem = problemOf(send("/documents", "application/json", invalid), 400);

    assertThat(problem).containsEntry("title", "Invalid ClaimDocument")
        .containsEntry("detail", "The ClaimDocument breaks 1 rule of the geoclaims model.")
        .containsEntry("instance", "/documents");
    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "/claims/0/participants/0/actor",
        "code", "reference.unresolved",
        "message", "'nobody' does not name any actor in this document"));
  }

  @Test
  void aQuoteThatIsNotTheSourceTextIsA400AtTheQuote() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/attributions/0/quote")
        .put("exact", "South Korea Arms Transfers to Russia"));

    Map<String, Object> problem = problemOf(send("/documents", "application/json", invalid), 400);

    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "/claims/0/attributions/0/quote/exact",
        "code", "anchor.text-mismatch",
        "message", "the source text at 0-36 is 'North Korea Arms Transfers to Russia', not 'South Korea Arms"
            + " Transfers to Russia'; the exact text does not occur in the source text"));
  }

  @Test
  void anUnknownVocabularyTermIsA400AtTheTerm() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/attributions/0").put("stance", "shouts"));

    Map<String, Object> problem = problemOf(send("/documents", "application/json", invalid), 400);

    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "/claims/0/attributions/0/stance",
        "code", "term.unknown",
        "message", "'shouts' is not a standard stance; use a standard value or an extension value starting with"
            + " x- (lower-case words joined by hyphens)"));
  }

  @Test
  void aMissingRequiredPropertyIsA400AtTheObjectThatLacksIt() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0").remove("proposition"));

    Map<String, Object> problem = problemOf(send("/documents", "application/json", invalid), 400);

    assertThat(problem).containsEntry("title", "Unreadable request body");
    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "/claims/0",
        "code", "json.required",
        "message", "Missing required property 'proposition' of Claim at /claims/0"));
  }

  @Test
  void aValueOfTheWrongTypeIsA400AtTheValue() throws Exception {
    String invalid = edit(root -> object(root, "/actors/0").put("kind", 42));

    Map<String, Object> problem = problemOf(send("/documents", "application/json", invalid), 400);

    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "/actors/0/kind",
        "code", "json.type",
        "message", "Expected a string but was a number at /actors/0/kind"));
  }

  @Test
  void aTruncatedDocumentIsA400WithThePointerWhereItEnds() throws Exception {
    String json = Fixtures.json(FIXTURE);
    String truncated = json.substring(0, json.indexOf("\"participants\""));

    Map<String, Object> problem = problemOf(send("/documents", "application/json", truncated), 400);

    assertThat(problems(problem)).singleElement().satisfies(truncation -> {
      assertThat(truncation).containsEntry("pointer", "/claims/0").containsEntry("code", "json.syntax");
      assertThat((String) truncation.get("message")).startsWith("Unexpected end of input");
    });
  }

  @Test
  void aWrongContentTypeIsA415ProblemDetail() throws Exception {
    Map<String, Object> problem = problemOf(send("/documents", "text/plain", Fixtures.json(FIXTURE)), 415);

    assertThat(problem).containsEntry("title", "Unsupported Media Type").containsEntry("instance", "/documents");
  }

  @Test
  void anEndpointWhoseBodyIsNoModelTypeKeepsSpringsAnswer() throws Exception {
    MvcResult result = send("/plain", "application/json", "{\"a\": ");

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).isNull();
  }

  @Test
  void bootsValidatorReportsWhatGeoClaimsValidatorReports() throws Exception {
    String invalid = edit(root -> {
      object(root, "/claims/0/participants/0").put("actor", "nobody");
      object(root, "/claims/1/attributions/0").put("stance", "shouts");
      object(root, "/claims/2/attributions/0/quote").put("start", 1);
    });
    List<Map<String, Object>> expected = GeoClaimsValidator.shared()
        .validate(GeoClaimsJson.builder().validate(false).build().read(invalid)).stream()
        .map(v -> Map.<String, Object>of("pointer", v.pointer(), "code", v.code().code(),
            "message", v.message()))
        .toList();

    Map<String, Object> problem = problemOf(send("/documents", "application/json", invalid), 400);

    assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
    assertThat(problems(problem)).containsExactlyElementsOf(expected);
    assertThat(problem).containsEntry("detail",
        "The ClaimDocument breaks " + expected.size() + " rules of the geoclaims model.");
  }

  @Test
  void anInvalidBodyIsA400ProblemDetailAlsoWhereSpringValidatesTheMethodsParameters() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/participants/0").put("actor", "nobody"));

    Map<String, Object> problem = problemOf(send("/checked", "application/json", invalid), 400);

    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "/claims/0/participants/0/actor",
        "code", "reference.unresolved",
        "message", "'nobody' does not name any actor in this document"));
  }

  @Test
  void aConstraintOnAnotherParameterIsLeftToSpring() throws Exception {
    MvcResult result = send("/checked?copies=0", "application/json", Fixtures.json(FIXTURE));

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).isNull();
  }

  @Test
  void anEmptyBodyIsA400AtTheRoot() throws Exception {
    Map<String, Object> problem = problemOf(send("/documents", "application/json", ""), 400);

    assertThat(problems(problem)).containsExactly(Map.of(
        "pointer", "",
        "code", "json.empty",
        "message", "The request body is empty: expected a JSON document"));
  }

  @Test
  void textThatIsNotJsonIsA400AtTheRoot() throws Exception {
    Map<String, Object> problem = problemOf(send("/documents", "application/json", "claims"), 400);

    assertThat(problems(problem)).singleElement().satisfies(syntax -> {
      assertThat(syntax).containsEntry("pointer", "").containsEntry("code", "json.syntax");
      assertThat((String) syntax.get("message")).startsWith("Malformed JSON: ");
    });
  }

  private MvcResult send(String path, String contentType, String body) throws Exception {
    return mvc.perform(post(path).contentType(contentType).content(body)).andReturn();
  }

  private Map<String, Object> problemOf(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    Map<String, Object> problem = body(result);
    assertThat(problem).containsEntry("status", status);
    return problem;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> body(MvcResult result) throws Exception {
    return mapper.readValue(result.getResponse().getContentAsString(), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> problems(Map<String, Object> problem) {
    return (List<Map<String, Object>>) problem.get("problems");
  }

  private String edit(Consumer<JsonNode> change) {
    JsonNode root = mapper.readTree(Fixtures.json(FIXTURE));
    change.accept(root);
    return mapper.writeValueAsString(root);
  }

  private static ObjectNode object(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }
}
