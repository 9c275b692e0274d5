package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.geoclaims.json.ClaimStreamReader;
import io.github.geoclaims.json.ClaimStreamWriter;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.GeoClaimsJsonException;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.json.ReadResult;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.testing.DocumentGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming: {@link ClaimStreamReader} and {@link ClaimStreamWriter} against the whole-document codec. */
class ClaimStreamTest {

  private final GeoClaimsJson json = GeoClaimsJson.standard();

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Streams a document through read-validate-write and returns the bytes written. */
  private String copy(ClaimStreamReader reader) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (reader; ClaimStreamWriter writer = json.claimWriter(out)) {
      writer.writeHeader(reader.header());
      while (reader.hasNext()) {
        writer.writeClaim(reader.next());
      }
      reader.relations().forEach(writer::writeRelation);
      reader.trailingExtensions().forEach(writer::writeExtension);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<JsonProblem> thrown(Runnable action) {
    List<JsonProblem> problems = new ArrayList<>();
    assertThatThrownBy(action::run).isInstanceOfSatisfying(GeoClaimsJsonException.class,
        e -> problems.addAll(e.getProblems()));
    return problems;
  }

  private static List<Claim> drain(ClaimStreamReader reader) {
    List<Claim> claims = new ArrayList<>();
    reader.forEachRemaining(claims::add);
    return claims;
  }

  // ---------------------------------------------------------------- round trips

  @Test
  void streamingACanonicalDocumentThroughReadValidateWriteReproducesItsBytes() {
    List<ClaimDocument> documents = new ArrayList<>(List.of(TestDocuments.full(), TestDocuments.sample(),
        ClaimDocument.builder().id("empty").build()));
    for (long seed = 0; seed < 60; seed++) {
      documents.add(new DocumentGenerator(seed).validDocument());
    }
    for (ClaimDocument document : documents) {
      String text = json.write(document);
      assertThat(copy(json.claimReader(bytes(text)))).as(document.getId()).isEqualTo(text);
    }
  }

  @Test
  void theReaderYieldsTheDocumentsPartsInOrder() {
    ClaimDocument full = TestDocuments.full();
    try (ClaimStreamReader reader = json.claimReader(bytes(json.write(full)))) {
      assertThat(reader.header().getId()).isEqualTo("full");
      assertThat(reader.header().getTitle()).contains("Every property");
      assertThat(reader.header().getActors()).isEqualTo(full.getActors());
      assertThat(reader.header().getSources()).isEqualTo(full.getSources());
      assertThat(reader.header().getClaims()).isEmpty();
      assertThatThrownBy(reader::relations).isInstanceOf(IllegalStateException.class);
      assertThat(drain(reader)).isEqualTo(full.getClaims());
      assertThat(reader.claimCount()).isEqualTo(2);
      assertThat(reader.relations()).isEqualTo(full.getRelations());
      assertThat(reader.trailingExtensions()).isEqualTo(full.getExtensions());
      assertThat(reader.problems()).isEmpty();
    }
  }

  @Test
  void theWriterWritesAWholeDocumentAsHeaderByteForByteAsWrite() {
    ClaimDocument full = TestDocuments.full();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ClaimStreamWriter writer = json.claimWriter(out)) {
      writer.writeHeader(full);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(full));
  }

  @Test
  void piecesWrittenOneByOneEqualTheWholeDocumentWritten() {
    ClaimDocument full = TestDocuments.full();
    ClaimDocument header = ClaimDocument.builder().from(full).claims(List.of()).relations(List.of())
        .extensions(java.util.Map.of()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ClaimStreamWriter writer = json.claimWriter(out)) {
      writer.writeHeader(header);
      full.getClaims().forEach(writer::writeClaim);
      full.getRelations().forEach(writer::writeRelation);
      full.getExtensions().forEach(writer::writeExtension);
      assertThat(writer.claimCount()).isEqualTo(2);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(full));
  }

  @Test
  void filesAreReadAndWrittenAndTheClaimsAreAStream(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.json");
    Path out = dir.resolve("out.json");
    json.write(TestDocuments.full(), in);
    try (ClaimStreamReader reader = json.claimReader(in); ClaimStreamWriter writer = json.claimWriter(out)) {
      writer.writeHeader(reader.header());
      reader.forEachRemaining(writer::writeClaim);
      reader.relations().forEach(writer::writeRelation);
      reader.trailingExtensions().forEach(writer::writeExtension);
    }
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(in));
    try (Stream<Claim> claims = json.claimReader(in).claims()) {
      assertThat(claims.map(Claim::getId)).containsExactly("shipped", "denied");
    }
    try (ClaimStreamReader lenient = json.lenientClaimReader(in)) {
      assertThat(drain(lenient)).hasSize(2);
      assertThat(lenient.problems()).isEmpty();
    }
  }

  // ---------------------------------------------------------------- problems, as the whole-document read reports them

  /** The full document with a second claim that breaks rules, given by replacing text in the first claim's copy. */
  private String withBadSecondClaim(String target, String replacement) {
    ClaimDocument full = TestDocuments.full();
    String text = json.write(full);
    String denied = "\"id\": \"denied\"";
    int start = text.lastIndexOf("{", text.indexOf(denied));
    int end = text.indexOf("\n    }", start) + 6;
    String claim = text.substring(start, end);
    assertThat(claim).contains(target);
    return text.substring(0, start) + claim.replace(target, replacement) + text.substring(end);
  }

  /**
   * The problems of the claims: a streaming read stops at the first claim that cannot be read, so it does not
   * report the follow-on problems of the relations to it that a whole-document read adds.
   */
  private static List<JsonProblem> claimProblems(List<JsonProblem> problems) {
    return problems.stream().filter(problem -> problem.pointer().startsWith("/claims/")).toList();
  }

  @Test
  void aStrictReaderReturnsTheValidClaimsThenThrowsTheProblemsOfTheBadOneAsReadDoes() {
    String text = withBadSecondClaim("\"eventKind\": \"arms-transfer\"", "\"eventKind\": \"arms-deal\"");
    List<JsonProblem> expected = Problems.of(text);
    assertThat(expected).extracting(JsonProblem::pointer).containsExactly("/claims/1/eventKind");
    try (ClaimStreamReader reader = json.claimReader(bytes(text))) {
      assertThat(reader.next().getId()).isEqualTo("shipped");
      assertThat(thrown(reader::hasNext)).isEqualTo(expected);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void structuralProblemsInsideAClaimHaveTheirDocumentPointerInPointerAndMessage() {
    String text = withBadSecondClaim("\"id\": \"denied\"", "\"id\": 5, \"colour\": \"red\"");
    List<JsonProblem> expected = claimProblems(Problems.of(text));
    try (ClaimStreamReader reader = json.claimReader(bytes(text))) {
      reader.next();
      List<JsonProblem> problems = thrown(reader::next);
      assertThat(problems).isEqualTo(expected);
      assertThat(problems.get(0).message()).contains("at /claims/1/id");
      assertThat(problems).extracting(JsonProblem::pointer).containsExactly("/claims/1/id", "/claims/1/colour");
    }
    String missing = withBadSecondClaim("\"proposition\": \"Russia received no munitions.\",", "");
    List<JsonProblem> problems = thrown(() -> drain(json.claimReader(bytes(missing))));
    assertThat(problems).isEqualTo(claimProblems(Problems.of(missing)));
    assertThat(problems.get(0).message()).contains("of Claim at /claims/1");
  }

  @Test
  void aClaimWhoseOnlyAttributionCannotBeBuiltIsReportedOnceAsTheWholeDocumentReadDoes() {
    String text = withBadSecondClaim("\"claimant\": \"russia\"", "\"claimant\": 42");
    List<JsonProblem> problems = thrown(() -> drain(json.claimReader(bytes(text))));
    assertThat(problems).isEqualTo(claimProblems(Problems.of(text)));
    assertThat(problems).extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(tuple("json.type", "/claims/1/attributions/0/claimant"));
  }

  @Test
  void quotesAreCheckedAgainstTheHeadersSourceTexts() {
    String text = withBadSecondClaim("\"exact\": \"Moscow dismissed the claim.\"",
        "\"exact\": \"Moscow dismissed the CLAIM.\"");
    List<JsonProblem> problems = thrown(() -> drain(json.claimReader(bytes(text))));
    assertThat(problems).isEqualTo(Problems.of(text));
    assertThat(problems).extracting(JsonProblem::code).containsExactly("anchor.text-mismatch");
    assertThat(problems.get(0).pointer()).isEqualTo("/claims/1/attributions/0/quote/exact");
    int[] at = Problems.locate(text, "\"Moscow dismissed the CLAIM.\"");
    assertThat(problems.get(0).line()).isEqualTo(at[0]);
    assertThat(problems.get(0).column()).isEqualTo(at[1]);
  }

  @Test
  void claimAndAttributionIdsAreUniqueAcrossTheStream() {
    String duplicateClaim = withBadSecondClaim("\"id\": \"denied\"", "\"id\": \"shipped\"");
    List<JsonProblem> problems = thrown(() -> drain(json.claimReader(bytes(duplicateClaim))));
    assertThat(problems).extracting(JsonProblem::code, JsonProblem::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("identifier.duplicate", "/claims/1/id"));
    assertThat(problems.get(0).message()).contains("already used at claims[0]");
    String duplicateAttribution = withBadSecondClaim("\"id\": \"a-russia-2\"", "\"id\": \"a-kirby\"");
    List<JsonProblem> attribution = thrown(() -> drain(json.claimReader(bytes(duplicateAttribution))));
    assertThat(attribution).isEqualTo(Problems.of(duplicateAttribution));
    assertThat(attribution.get(0).message()).contains("already used at claims[0].attributions[1]");
  }

  @Test
  void unresolvedReferencesSayTheStreamResolvesAgainstTheHeader() {
    String text = withBadSecondClaim("\"claimant\": \"russia\"", "\"claimant\": \"moscow\"");
    List<JsonProblem> problems = thrown(() -> drain(json.claimReader(bytes(text))));
    assertThat(problems).extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("reference.unresolved",
            "/claims/1/attributions/0/claimant"));
    assertThat(problems.get(0).message()).contains("'moscow' does not name any actor")
        .contains("come before \"claims\"");
  }

  @Test
  void relationsAreCheckedAfterTheLastClaimAgainstEveryClaimId() {
    ClaimDocument document = ClaimDocument.builder().from(TestDocuments.full())
        .addRelation(ClaimRelation.builder().from("denied").kind(RelationKind.SUPPORTS).to("nowhere").build())
        .build();
    String text = json.write(document);
    List<JsonProblem> expected = Problems.of(text);
    try (ClaimStreamReader reader = json.claimReader(bytes(text))) {
      reader.next();
      reader.next();
      assertThat(thrown(reader::hasNext)).isEqualTo(expected);
    }
    try (ClaimStreamReader lenient = json.lenientClaimReader(bytes(text))) {
      assertThat(drain(lenient)).hasSize(2);
      assertThat(lenient.relations()).hasSize(3);
      assertThat(lenient.problems()).isEqualTo(expected);
    }
  }

  @Test
  void aLenientReaderReturnsClaimsThatBreakRulesAndCollectsTheProblemsAsReadLenientDoes() {
    String text = withBadSecondClaim("\"eventKind\": \"arms-transfer\"",
        "\"eventKind\": \"arms-deal\", \"colour\": \"red\"");
    ReadResult<ClaimDocument> whole = json.readLenient(text);
    try (ClaimStreamReader reader = json.lenientClaimReader(bytes(text))) {
      List<Claim> claims = drain(reader);
      assertThat(claims).isEqualTo(whole.document().getClaims());
      assertThat(claims.get(1).getExtensions()).containsEntry("colour", "\"red\"");
      assertThat(reader.problems()).isEqualTo(whole.problems());
    }
    String broken = withBadSecondClaim("\"id\": \"denied\"", "\"id\": 5");
    assertThat(thrown(() -> drain(json.lenientClaimReader(bytes(broken)))))
        .isEqualTo(claimProblems(Problems.of(broken)));
  }

  @Test
  void headerProblemsAreReportedWhenTheReaderOpens() {
    String text = json.write(TestDocuments.full()).replace("\"kind\": \"state\"", "\"kind\": \"nation\"");
    assertThat(thrown(() -> json.claimReader(bytes(text)))).isEqualTo(Problems.of(text));
  }

  // ---------------------------------------------------------------- documents a stream cannot read

  @Test
  void actorsOrSourcesAfterTheClaimsAreAClearErrorThatPointsToTheNormalRead() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"late\", \"claims\": [],\n"
        + " \"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\"}]}";
    assertThat(json.read(text).getActors()).hasSize(1);
    List<JsonProblem> problems = thrown(() -> drain(json.claimReader(bytes(text))));
    assertThat(problems).hasSize(1);
    JsonProblem problem = problems.get(0);
    assertThat(problem.code()).isEqualTo("json.stream-order");
    assertThat(problem.pointer()).isEqualTo("/actors");
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).contains("'actors' comes after 'claims'").contains("GeoClaimsJson.read");
  }

  @Test
  void relationsBeforeTheClaimsAreAClearError() {
    String text = "{\"schemaVersion\": \"1.0\", \"id\": \"early\", \"relations\": [], \"claims\": []}";
    List<JsonProblem> problems = thrown(() -> json.claimReader(bytes(text)));
    assertThat(problems).extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.stream-order", "/relations"));
  }

  @Test
  void malformedDocumentsFailWithTheirStructuralProblem() {
    String sample = Problems.sample();
    assertThat(thrown(() -> json.claimReader(bytes(sample.replace("\"claims\": [", "\"claims\": {\"x\": [")))))
        .extracting(JsonProblem::code).contains("json.type");
    String trailing = sample + "{}";
    assertThat(thrown(() -> drain(json.claimReader(bytes(trailing)))))
        .extracting(JsonProblem::code).containsExactly("json.trailing-content");
    String truncated = sample.substring(0, sample.indexOf("\"attributions\""));
    assertThat(thrown(() -> drain(json.claimReader(bytes(truncated)))))
        .extracting(JsonProblem::code).containsExactly("json.syntax");
    String unknownTopLevel = sample.substring(0, sample.length() - 2) + ",\n  \"generator\": 1\n}\n";
    assertThat(thrown(() -> drain(json.claimReader(bytes(unknownTopLevel)))))
        .isEqualTo(Problems.of(unknownTopLevel));
  }

  @Test
  void locationTrackingHoldsOneClaimAtATime() {
    ClaimDocument.Builder builder = ClaimDocument.builder().from(TestDocuments.sample()).claims(List.of());
    Claim claim = TestDocuments.sample().getClaims().get(0);
    for (int i = 0; i < 2000; i++) {
      builder.addClaim(Claim.builder().from(claim).id("c" + i).attributions(List.of(
          io.github.geoclaims.model.Attribution.builder().from(claim.getAttributions().get(0)).id("a" + i)
              .build())).build());
    }
    try (ClaimStreamReader reader = json.claimReader(bytes(json.write(builder.build())))) {
      assertThat(drain(reader)).hasSize(2000);
      assertThat(reader.maxLocationsHeld()).isBetween(1, 40);
    }
  }

  @Test
  void theWriterEnforcesTheOrderOfTheParts() {
    ClaimStreamWriter writer = json.claimWriter(new ByteArrayOutputStream());
    Claim claim = TestDocuments.sample().getClaims().get(0);
    assertThatThrownBy(() -> writer.writeClaim(claim)).isInstanceOf(IllegalStateException.class);
    writer.writeHeader(TestDocuments.sample());
    assertThatThrownBy(() -> writer.writeHeader(TestDocuments.sample())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> writer.writeExtension("claims", "[]")).isInstanceOf(IllegalArgumentException.class);
    writer.writeRelation(ClaimRelation.builder().from("shipped").kind(RelationKind.SUPPORTS).to("x")
        .targetDocument("other").build());
    assertThatThrownBy(() -> writer.writeClaim(claim)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the relations");
    writer.close();
    writer.close();
  }
}
