package io.github.geoclaims.interop.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.VerificationStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTableTest {

  @Test
  void everyStandardStatusIsExportedAsARatingThatImportsAsItself() {
    assertThat(VerificationStatus.standardValues()).allSatisfy(status ->
        assertThat(VerdictTable.statusOf(VerdictTable.ratingOf(status).orElseThrow())).isEqualTo(status));
  }

  @Test
  void anExtensionStatusHasNoRatingOfItsOwn() {
    assertThat(VerdictTable.ratingOf(VerdictTable.UNMAPPED)).isEmpty();
    assertThat(VerdictTable.ratingOf(VerificationStatus.of("x-pending-review"))).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" imports as {1}")
  @CsvSource({
      "True, confirmed", "False, refuted", "Misleading, misleading", "Unproven, unverified",
      "Mostly true, misleading", "Half-True, misleading", "Mostly False, misleading", "Missing context, misleading",
      "Pants on Fire!, refuted", "  FALSE.  , refuted", "Faux, refuted", "Falso, refuted", "Vrai, confirmed",
      "Engañoso, misleading", "Irreführend, misleading", "Unverifiable, unverifiable", "Disputed, disputed"})
  void commonRatingsImportByTheTableWhateverTheirCaseSpacingOrClosingPunctuation(String rating, String status) {
    assertThat(VerdictTable.statusOf(rating)).isEqualTo(VerificationStatus.of(status));
  }

  @Test
  void aRatingInNoRowMapsToTheDocumentedExtensionStatus() {
    assertThat(VerdictTable.statusOf("Cherry-picked")).isEqualTo(VerdictTable.UNMAPPED);
    assertThat(VerdictTable.UNMAPPED.value()).isEqualTo("x-claimreview-rating");
    assertThat(VerdictTable.UNMAPPED.isExtension()).isTrue();
  }

  @Test
  void docsInteropListsEveryRatingTheImporterMaps() throws IOException {
    String docs = Files.readString(Path.of("../docs/interop.md"));

    assertThat(VerdictTable.importRows()).allSatisfy((rating, status) ->
        assertThat(docs).as(rating).containsIgnoringCase("`" + rating + "`"));
  }
}
