package io.github.geoclaims.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.benchmarks.plain.PlainJson;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.validation.GeoClaimsValidator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentGeneratorTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 10, 1_000})
  void generatedDocumentsAreValid(int claims) {
    ClaimDocument document = DocumentGenerator.generate(claims);

    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
    assertThat(document.getClaims()).hasSize(claims);
  }

  @Test
  void otherSeedsGiveValidDocumentsToo() {
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(GeoClaimsValidator.shared().validate(DocumentGenerator.generate(200, seed))).isEmpty();
    }
  }

  @Test
  void theSameSeedGivesTheSameDocument() {
    ClaimDocument first = DocumentGenerator.generate(500, 7L);
    ClaimDocument second = DocumentGenerator.generate(500, 7L);

    assertThat(second).isEqualTo(first);
    assertThat(GeoClaimsJson.standard().write(second)).isEqualTo(GeoClaimsJson.standard().write(first));
    assertThat(DocumentGenerator.generate(500, 8L)).isNotEqualTo(first);
  }

  @Test
  void documentsHaveTheShapeTheBenchmarksPromise() {
    ClaimDocument document = DocumentGenerator.generate(1_000);

    assertThat(document.getActors()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(document.getActors()).anyMatch(actor -> !actor.getAliases().isEmpty());
    assertThat(document.getActors()).anyMatch(actor -> actor.getCountryCode().isPresent());
    assertThat(document.getSources()).hasSize(100)
        .allMatch(source -> source.getText().isPresent());
    assertThat(document.getSources()).filteredOn(source -> source.getText().orElseThrow().length() >= 2_000)
        .hasSizeGreaterThan(80);
    assertThat(document.getClaims()).allMatch(claim -> claim.getAttributions().size() >= 1
        && claim.getAttributions().size() <= 5 && !claim.getParticipants().isEmpty());
    assertThat(document.getClaims()).anyMatch(claim -> claim.getAttributions().size() == 5);
    assertThat(document.getClaims()).anyMatch(claim -> !claim.getQuantities().isEmpty());
    assertThat(document.getClaims()).anyMatch(claim -> claim.getTime().isPresent());
    assertThat(document.getClaims().stream().flatMap(c -> c.getAttributions().stream()))
        .anyMatch(a -> a.getRelayedFrom().isPresent())
        .filteredOn(a -> a.getQuote().isPresent()).hasSizeGreaterThan(1_000);
    assertThat(document.getRelations()).hasSize(200);
    for (Claim claim : document.getClaims()) {
      for (Attribution attribution : claim.getAttributions()) {
        attribution.getQuote().ifPresent(quote -> assertThat(document.findSource(attribution.getSource())
            .orElseThrow().getText().orElseThrow()).contains(quote.getExact()));
      }
    }
  }

  @Test
  void canonicalJsonReadsBackToTheSameDocument() {
    ClaimDocument document = DocumentGenerator.generate(300);
    String json = GeoClaimsJson.standard().write(document);

    assertThat(GeoClaimsJson.standard().read(json)).isEqualTo(document);
  }

  @Test
  void plainRecordsHaveTheSameShape() {
    byte[] json = GeoClaimsJson.standard().write(DocumentGenerator.generate(300)).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PlainJson.write(PlainJson.read(json), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
  }
}
