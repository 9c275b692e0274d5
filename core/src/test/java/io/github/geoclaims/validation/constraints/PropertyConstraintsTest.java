package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.article;
import static io.github.geoclaims.model.SampleDocuments.document;
import static io.github.geoclaims.model.SampleDocuments.northKorea;
import static io.github.geoclaims.model.SampleDocuments.russiaDismisses;
import static io.github.geoclaims.model.SampleDocuments.shipped;
import static io.github.geoclaims.model.SampleDocuments.whiteHouseSays;
import static io.github.geoclaims.model.SampleDocuments.withAssessments;
import static io.github.geoclaims.model.SampleDocuments.withAttributions;
import static io.github.geoclaims.model.SampleDocuments.withClaim;
import static io.github.geoclaims.model.SampleDocuments.withExtraActor;
import static io.github.geoclaims.model.SampleDocuments.withNorthKorea;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints on single values: one accepting and one rejecting test per rule, with code and path. */
class PropertyConstraintsTest {

  private static VerificationAssessment assessment() {
    return VerificationAssessment.builder().status(VerificationStatus.UNVERIFIED).rationale("Not yet checked.")
        .build();
  }

  @Nested
  class IdentifierRule {

    @ParameterizedTest
    @ValueSource(strings = {"a", "Q", "7", "doc.2024_v1:part-2", "A-b.c_d:e"})
    void acceptsLettersDigitsAndDotUnderscoreColonHyphen(String id) {
      assertValid(document().withId(id));
    }

    @Test
    void acceptsIdentifierOf128Characters() {
      assertValid(document().withId("a".repeat(128)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not an id", "-starts-with-hyphen", ".dot", "ümlaut", "a/b", "a#b"})
    void rejectsMalformedIdentifier(String id) {
      assertOnlyViolation(document().withId(id), ViolationCode.IDENTIFIER_MALFORMED, "id");
    }

    @Test
    void rejectsIdentifierOf129Characters() {
      assertOnlyViolation(document().withId("a".repeat(129)), ViolationCode.IDENTIFIER_MALFORMED, "id");
    }

    @Test
    void rejectsMalformedReferenceAsMalformedAndUnresolved() {
      assertViolations(withAttributions(whiteHouseSays(), russiaDismisses().withClaimant("the kremlin")))
          .containsExactly(
              violation(ViolationCode.IDENTIFIER_MALFORMED, "claims[0].attributions[1].claimant"),
              violation(ViolationCode.REFERENCE_UNRESOLVED, "claims[0].attributions[1].claimant"));
    }
  }

  @Nested
  class WikidataIdRule {

    @ParameterizedTest
    @ValueSource(strings = {"Q1", "Q423", "Q1234567890"})
    void acceptsQFollowedByDigits(String id) {
      assertValid(withNorthKorea(northKorea().withWikidataId(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q", "Q0", "Q0423", "q423", "423", "P31", "Q42a"})
    void rejectsOtherWikidataIds(String id) {
      ClaimDocument document = withNorthKorea(northKorea().withWikidataId(id));
      assertOnlyViolation(document, ViolationCode.WIKIDATA_ID_INVALID, "actors[0].wikidataId");
    }
  }

  @Nested
  class ExtensionNameRule {

    @Test
    void acceptsExtensionNamesStartingWithX() {
      assertValid(document().withExtensions(java.util.Map.of("x-collector-batch", "\"b7\"", "x-A.1_b", "1")));
    }

    @Test
    void rejectsExtensionNameWithoutXPrefix() {
      assertOnlyViolation(document().withExtensions(java.util.Map.of("batch", "1")),
          ViolationCode.EXTENSION_NAME_MALFORMED, "extensions<K>[batch].<map key>");
    }

    @Test
    void rejectsBareXPrefixOnNestedObject() {
      ClaimDocument document = withAttributions(whiteHouseSays().withExtensions(java.util.Map.of("x-", "1")),
          russiaDismisses());
      assertOnlyViolation(document, ViolationCode.EXTENSION_NAME_MALFORMED,
          "claims[0].attributions[0].extensions<K>[x-].<map key>");
    }
  }

  @Nested
  class ProbabilityRule {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void acceptsProbabilityBetweenZeroAndOne(double confidence) {
      assertValid(withAssessments(assessment().withConfidence(confidence)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, 42})
    void rejectsProbabilityOutsideZeroToOne(double confidence) {
      assertOnlyViolation(withAssessments(assessment().withConfidence(confidence)),
          ViolationCode.PROBABILITY_OUT_OF_RANGE, "claims[0].assessments[0].confidence");
    }
  }

  @Nested
  class SourceReliabilityRule {

    @ParameterizedTest
    @ValueSource(strings = {"A", "C", "F"})
    void acceptsGradesAToF(String grade) {
      assertValid(withAssessments(assessment().withAdmiraltyRating(AdmiraltyRating.of(grade, 3))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"G", "a", "AB", "", "1"})
    void rejectsOtherGrades(String grade) {
      assertOnlyViolation(withAssessments(assessment().withAdmiraltyRating(AdmiraltyRating.of(grade, 3))),
          ViolationCode.ADMIRALTY_RELIABILITY_INVALID, "claims[0].assessments[0].admiraltyRating.sourceReliability");
    }
  }

  @Nested
  class InformationCredibilityRule {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6})
    void acceptsGradesOneToSix(int grade) {
      assertValid(withAssessments(assessment().withAdmiraltyRating(AdmiraltyRating.of("B", grade))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -1})
    void rejectsOtherGrades(int grade) {
      assertOnlyViolation(withAssessments(assessment().withAdmiraltyRating(AdmiraltyRating.of("B", grade))),
          ViolationCode.ADMIRALTY_CREDIBILITY_INVALID,
          "claims[0].assessments[0].admiraltyRating.informationCredibility");
    }
  }

  @Nested
  class AttributedRule {

    @Test
    void acceptsClaimWithOneAttribution() {
      assertValid(withAttributions(whiteHouseSays()));
    }

    @Test
    void rejectsClaimWithoutAttribution() {
      assertOnlyViolation(withAttributions(), ViolationCode.CLAIM_UNATTRIBUTED, "claims[0].attributions");
    }
  }

  @Nested
  class HttpUrlRule {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "https://xn--bcher-kva.example/x"})
    void acceptsAbsoluteHttpUrls(String url) {
      assertValid(document().withSources(article().withUrl(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a", "example.org/a", "/relative", "https://", "mailto:a@example.org",
        "http://exa mple.org", "file:///etc/passwd"})
    void rejectsOtherUrls(String url) {
      assertOnlyViolation(document().withSources(article().withUrl(url)), ViolationCode.URL_INVALID,
          "sources[0].url");
    }

    @Test
    void rejectsMalformedCitationUrl() {
      ClaimDocument document = document().withSources(article().withCitations(
          Citation.builder().title("Footnote").url("www.example.org").build()));
      assertOnlyViolation(document, ViolationCode.URL_INVALID, "sources[0].citations[0].url");
    }
  }

  @Nested
  class LanguageTagRule {

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "zh-Hant-TW", "ko", "fil", "de-CH-1996"})
    void acceptsBcp47TagsWithKnownLanguage(String tag) {
      assertValid(document().withSources(article().withLanguage(tag)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_US", "e", "xx", "english", "123", "en-", "x-private"})
    void rejectsMalformedOrUnknownTags(String tag) {
      assertOnlyViolation(document().withSources(article().withLanguage(tag)), ViolationCode.LANGUAGE_INVALID,
          "sources[0].language");
    }
  }

  @Nested
  class CountryCodeRule {

    @ParameterizedTest
    @ValueSource(strings = {"KP", "US", "XK"})
    void acceptsIsoAlpha2CodesAndKosovo(String code) {
      assertValid(withNorthKorea(northKorea().withCountryCode(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "kp", "PRK", "K", "", "XX"})
    void rejectsOtherCodes(String code) {
      assertOnlyViolation(withNorthKorea(northKorea().withCountryCode(code)), ViolationCode.COUNTRY_INVALID,
          "actors[0].countryCode");
    }
  }

  @Nested
  class KnownTermRule {

    @Test
    void acceptsStandardAndExtensionValues() {
      ClaimDocument document = document()
          .withActors(northKorea().withKind(ActorKind.of("x-proxy-force")), SampleDocuments.whiteHouse(),
              SampleDocuments.russia())
          .withClaims(shipped().withEventKind(EventKind.of("x-cyber-attack")));
      assertValid(document);
    }

    @Test
    void rejectsUnknownValuesOfEveryVocabulary() {
      ClaimDocument document = SampleDocuments.withClaims("a", "b")
          .withActors(northKorea().withKind(ActorKind.of("militia")), SampleDocuments.whiteHouse(),
              SampleDocuments.russia())
          .withSources(article().withKind(SourceKind.of("blog")))
          .withClaims(
              SampleDocuments.claim("a").withEventKind(EventKind.of("attack"))
                  .withParticipants(Participant.of("north-korea", ParticipantRole.of("victim")))
                  .withAttributions(whiteHouseSays().withMode(AttributionMode.of("rumour"))
                      .withStance(Stance.of("likes")).withModality(Modality.of("maybe")))
                  .withAssessments(assessment().withStatus(VerificationStatus.of("true"))),
              SampleDocuments.claim("b"))
          .withRelations(ClaimRelation.builder().from("a").kind(RelationKind.of("causes")).to("b").build());
      assertViolations(document).containsExactly(
          violation(ViolationCode.TERM_UNKNOWN, "actors[0].kind"),
          violation(ViolationCode.TERM_UNKNOWN, "claims[0].assessments[0].status"),
          violation(ViolationCode.TERM_UNKNOWN, "claims[0].attributions[0].modality"),
          violation(ViolationCode.TERM_UNKNOWN, "claims[0].attributions[0].mode"),
          violation(ViolationCode.TERM_UNKNOWN, "claims[0].attributions[0].stance"),
          violation(ViolationCode.TERM_UNKNOWN, "claims[0].eventKind"),
          violation(ViolationCode.TERM_UNKNOWN, "claims[0].participants[0].role"),
          violation(ViolationCode.TERM_UNKNOWN, "relations[0].kind"),
          violation(ViolationCode.TERM_UNKNOWN, "sources[0].kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-Proxy", "x-", "x--a", "x_a", "X-a"})
    void rejectsMalformedExtensionValues(String token) {
      Violation violation = assertOnlyViolation(withNorthKorea(northKorea().withKind(ActorKind.of(token))),
          ViolationCode.TERM_UNKNOWN, "actors[0].kind");
      assertThat(violation.message()).isEqualTo("'" + token + "' is not a standard actor kind; use a standard value"
          + " or an extension value starting with x- (lower-case words joined by hyphens)");
    }

    @Test
    void namesTheVocabularyInWordsInTheMessage() {
      Violation violation = assertOnlyViolation(
          withAssessments(assessment().withStatus(VerificationStatus.of("true"))), ViolationCode.TERM_UNKNOWN,
          "claims[0].assessments[0].status");
      assertThat(violation.message()).startsWith("'true' is not a standard verification status;");
    }
  }

  @Nested
  class NotBlankIfPresentRule {

    @Test
    void acceptsAbsentAndNonBlankOptionalText() {
      assertValid(document().withActors(northKorea().withDescription("A state\nin East Asia"),
          SampleDocuments.whiteHouse().withDescription("\n  x"), SampleDocuments.russia()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "\r\n"})
    void rejectsBlankOptionalText(String blank) {
      assertOnlyViolation(withNorthKorea(northKorea().withDescription(blank)), ViolationCode.VALUE_BLANK,
          "actors[0].description");
    }

    @Test
    void rejectsBlankNoteOnRelationAndTitleOnDocument() {
      ClaimDocument document = SampleDocuments.withClaims("a", "b").withTitle(" ")
          .withRelations(SampleDocuments.relation("a", RelationKind.SUPPORTS, "b").withNote(""));
      assertViolations(document).containsExactly(
          violation(ViolationCode.VALUE_BLANK, "relations[0].note"),
          violation(ViolationCode.VALUE_BLANK, "title"));
    }
  }

  @Nested
  class NotBlankRule {

    @Test
    void acceptsNonBlankRequiredText() {
      assertValid(withNorthKorea(northKorea().withName("N")));
    }

    @Test
    void rejectsBlankName() {
      assertOnlyViolation(withNorthKorea(northKorea().withName(" \t")), ViolationCode.VALUE_BLANK,
          "actors[0].name");
    }

    @Test
    void rejectsBlankAlias() {
      assertOnlyViolation(withNorthKorea(northKorea().withAliases("Pyongyang", "")), ViolationCode.VALUE_BLANK,
          "actors[0].aliases[1].<list element>");
    }

    @Test
    void rejectsBlankRationaleAndHedge() {
      assertViolations(withClaim(shipped().withAssessments(assessment().withRationale(" "))
          .withAttributions(whiteHouseSays().withHedges("reportedly", " "))))
          .containsExactly(
              violation(ViolationCode.VALUE_BLANK, "claims[0].assessments[0].rationale"),
              violation(ViolationCode.VALUE_BLANK, "claims[0].attributions[0].hedges[1].<list element>"));
    }
  }

  @Nested
  class NotEmptyRule {

    @Test
    void rejectsEmptyExactText() {
      TextAnchor anchor = TextAnchor.builder().exact("").start(0).end(1).build();
      assertViolations(anchor).containsExactly(
          violation(ViolationCode.ANCHOR_LENGTH_MISMATCH, "end"),
          violation(ViolationCode.VALUE_EMPTY, "exact"));
    }
  }

  @Nested
  class PositiveOrZeroRule {

    @Test
    void acceptsOffsetZero() {
      assertValid(TextAnchor.builder().exact("The").start(0).end(3).build());
    }

    @Test
    void rejectsNegativeStartWithoutFailingTheQuoteCheck() {
      // start -1, end 19: the span still has the exact text's 20 code points
      assertOnlyViolation(withAttributions(whiteHouseSays().withQuote(
              TextAnchor.builder().exact("The White House said").start(-1).end(19).build()), russiaDismisses()),
          ViolationCode.VALUE_NEGATIVE, "claims[0].attributions[0].quote.start");
    }

    @Test
    void rejectsNegativeOffsetsInCitationAnchor() {
      ClaimDocument document = document().withSources(article().withCitations(Citation.builder()
          .anchor(TextAnchor.builder().exact("The").start(-3).end(0).build()).build()));
      assertOnlyViolation(document, ViolationCode.VALUE_NEGATIVE, "sources[0].citations[0].anchor.start");
    }
  }

  @Nested
  class PositiveRule {

    @Test
    void acceptsPositiveMemberCount() {
      assertValid(withExtraActor(Actor.builder().id("g").kind(ActorKind.GROUP).name("47 countries").memberCount(1)
          .build()));
    }

    @Test
    void rejectsMemberCountZero() {
      assertOnlyViolation(withExtraActor(Actor.builder().id("g").kind(ActorKind.GROUP).name("47 countries")
          .memberCount(0).build()), ViolationCode.VALUE_NOT_POSITIVE, "actors[3].memberCount");
    }
  }
}
