package io.github.geoclaims.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.json.GeoClaimsJson;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The README's Boot 3 recipe in a Boot 3.5 application, through MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class Boot3RecipeTest {

  private static final String FIXTURE = "000_6fa328a5eb9c16d3";

  @Autowired
  private MockMvc mvc;

  @Autowired
  private ObjectMapper mapper;

  static List<String> fixtures() {
    return Fixtures.ids();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void eachFixtureIsAcceptedAndEchoedUnchanged(String id) throws Exception {
    MvcResult result = send("application/json", Fixtures.json(id));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(GeoClaimsJson.standard().read(result.getResponse().getContentAsString()))
        .isEqualTo(Fixtures.load(id));
  }

  @Test
  void anUnresolvedReferenceIsA400WithThePointerOfTheReference() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/participants/0").put("actor", "nobody"));

    assertThat(problems(send("application/json", invalid), 400)).containsExactly(Map.of(
        "pointer", "/claims/0/participants/0/actor",
        "code", "reference.unresolved",
        "message", "'nobody' does not name any actor in this document"));
  }

  @Test
  void aQuoteThatIsNotTheSourceTextIsA400AtTheQuote() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/attributions/0/quote")
        .put("exact", "South Korea Arms Transfers to Russia"));

    assertThat(problems(send("application/json", invalid), 400)).containsExactly(Map.of(
        "pointer", "/claims/0/attributions/0/quote/exact",
        "code", "anchor.text-mismatch",
        "message", "the source text at 0-36 is 'North Korea Arms Transfers to Russia', not 'South Korea Arms"
            + " Transfers to Russia'; the exact text does not occur in the source text"));
  }

  @Test
  void anUnknownVocabularyTermIsA400AtTheTerm() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0/attributions/0").put("stance", "shouts"));

    assertThat(problems(send("application/json", invalid), 400)).containsExactly(Map.of(
        "pointer", "/claims/0/attributions/0/stance",
        "code", "term.unknown",
        "message", "'shouts' is not a standard stance; use a standard value or an extension value starting with"
            + " x- (lower-case words joined by hyphens)"));
  }

  @Test
  void aMissingRequiredPropertyIsA400AtTheObjectThatLacksIt() throws Exception {
    String invalid = edit(root -> object(root, "/claims/0").remove("proposition"));

    assertThat(problems(send("application/json", invalid), 400)).containsExactly(Map.of(
        "pointer", "/claims/0",
        "code", "json.required",
        "message", "Missing required property 'proposition' of Claim at /claims/0"));
  }

  @Test
  void aTruncatedDocumentIsA400WithThePointerWhereItEnds() throws Exception {
    String json = Fixtures.json(FIXTURE);
    String truncated = json.substring(0, json.indexOf("\"participants\""));

    assertThat(problems(send("application/json", truncated), 400)).singleElement().satisfies(truncation -> {
      assertThat(truncation).containsEntry("pointer", "/claims/0").containsEntry("code", "json.syntax");
      assertThat((String) truncation.get("message")).startsWith("Unexpected end of input");
    });
  }

  @Test
  void aWrongContentTypeIsA415ProblemDetail() throws Exception {
    MvcResult result = send("text/plain", Fixtures.json(FIXTURE));

    assertThat(result.getResponse().getStatus()).isEqualTo(415);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    assertThat(body(result)).containsEntry("title", "Unsupported Media Type").containsEntry("status", 415);
  }

  private MvcResult send(String contentType, String body) throws Exception {
    return mvc.perform(post("/documents").contentType(contentType).content(body)).andReturn();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> problems(MvcResult result, int status) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    Map<String, Object> problem = body(result);
    assertThat(problem).containsEntry("status", status).containsEntry("instance", "/documents");
    return (List<Map<String, Object>>) problem.get("problems");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> body(MvcResult result) throws Exception {
    return mapper.readValue(result.getResponse().getContentAsString(), Map.class);
  }

  private String edit(Consumer<JsonNode> change) throws Exception {
    JsonNode root = mapper.readTree(Fixtures.json(FIXTURE));
    change.accept(root);
    return mapper.writeValueAsString(root);
  }

  private static ObjectNode object(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }
}
