package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.SampleDocuments;
import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.VerificationStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  private static final String REVIEW = """
      {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks.example/1",
       "claimReviewed": "North Korea shipped containers to Russia.", "datePublished": "2024-02",
       "author": {"@type": "Organization", "name": "Fact Desk"},
       "reviewRating": {"@type": "Rating", "alternateName": "False"},
       "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "John Kirby"}}}
      """;

  @TempDir Path directory;

  @Test
  void aClaimReviewBecomesAValidDocumentOnStandardOutput() {
    Path file = SampleDocuments.write(REVIEW, directory, "review.json");

    Cli.Run run = Cli.run("import", "--from", "claimreview", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    ClaimDocument document = GeoClaimsJson.standard().read(run.out());
    assertThat(document.getClaims().get(0).getAssessments().get(0).getStatus()).isEqualTo(VerificationStatus.REFUTED);
  }

  @Test
  void badInputIsOneProblemLinePerProblemOnStandardErrorWithExitCode1() {
    Path file = SampleDocuments.write(REVIEW.replace("{\"@type\": \"Rating\", \"alternateName\": \"False\"}", "7"),
        directory, "review.json");

    Cli.Run run = Cli.run("import", "--from", "claimreview", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().satisfies(line -> {
      assertThat(line).matches(String.format(ValidateCommandTest.PROBLEM_LINE, Pattern.quote(file.toString())));
      assertThat(line).isEqualTo(file + ": /reviewRating: Expected a Rating object but was a number [json.type]");
    });
  }

  @Test
  void inputThatIsNotUtf8IsAnEncodingProblem() {
    Cli.Run run = Cli.withInput(new byte[] {'[', (byte) 0xC3, ']'}, "import", "--from", "claimreview", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("[json.encoding]");
  }

  @Test
  void webAnnotationsAreReadOntoTheSourcesOfTheGivenDocument() {
    ClaimDocument first = SampleDocuments.first();
    Path document = SampleDocuments.write(first, directory);
    Path annotations = directory.resolve("annotations.json");
    Cli.Run export = Cli.run("export", "--to", "web-annotation", document.toString());
    SampleDocuments.write(export.out(), directory, "annotations.json");

    Cli.Run run = Cli.run("import", "--from", "web-annotation", "--document", document.toString(),
        annotations.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(anchors(GeoClaimsJson.standard().read(run.out()))).isEqualTo(anchors(first)).isNotEmpty();
  }

  /** Each quote as exact text and code-point offsets (an import adds the prefix and suffix the annotation states). */
  private static List<String> anchors(ClaimDocument document) {
    return document.getClaims().stream().flatMap(claim -> claim.getAttributions().stream())
        .flatMap(attribution -> attribution.getQuote().stream())
        .map(quote -> quote.getExact() + "@" + quote.getStart() + "-" + quote.getEnd())
        .toList();
  }

  @Test
  void webAnnotationWithoutDocumentIsAUsageError() {
    Path file = SampleDocuments.write("[]", directory, "annotations.json");

    Cli.Run run = Cli.run("import", "--from", "web-annotation", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("needs --document");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Run run = Cli.withInput("[]".getBytes(StandardCharsets.UTF_8), "import", "--from", "stix", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format 'stix'; expected claimreview or web-annotation");
  }
}
