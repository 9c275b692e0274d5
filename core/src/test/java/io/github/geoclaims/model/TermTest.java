package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {

  /** Every vocabulary: its name, its standard values, and its {@code of} factory. */
  static Stream<Arguments> vocabularies() {
    return Stream.of(
        vocabulary("ActorKind", ActorKind.standardValues(), ActorKind::of),
        vocabulary("AttributionBasis", AttributionBasis.standardValues(), AttributionBasis::of),
        vocabulary("AttributionMode", AttributionMode.standardValues(), AttributionMode::of),
        vocabulary("CommunicationKind", CommunicationKind.standardValues(), CommunicationKind::of),
        vocabulary("EventKind", EventKind.standardValues(), EventKind::of),
        vocabulary("Modality", Modality.standardValues(), Modality::of),
        vocabulary("ParticipantRole", ParticipantRole.standardValues(), ParticipantRole::of),
        vocabulary("RelationKind", RelationKind.standardValues(), RelationKind::of),
        vocabulary("SourceKind", SourceKind.standardValues(), SourceKind::of),
        vocabulary("Stance", Stance.standardValues(), Stance::of),
        vocabulary("VerificationStatus", VerificationStatus.standardValues(), VerificationStatus::of));
  }

  private static Arguments vocabulary(String name, List<? extends Term> values, Function<String, Term> of) {
    return Arguments.of(name, values, of);
  }

  @Test
  void fixesTheStandardWireValuesOfEveryVocabulary() {
    assertThat(ActorKind.standardValues()).extracting(Term::value).containsExactly("state", "government-body",
        "international-organisation", "media-outlet", "organisation", "person", "group", "unnamed");
    assertThat(AttributionMode.standardValues()).extracting(Term::value).containsExactly("direct-quote",
        "paraphrase", "reported-speech", "anonymous-sourcing", "authorial");
    assertThat(EventKind.standardValues()).extracting(Term::value).containsExactly("arms-transfer",
        "military-cooperation", "negotiation", "agreement", "meeting", "visit", "statement", "condemnation",
        "sanction", "military-exercise", "weapons-test", "satellite-launch", "weapons-production",
        "legal-assessment", "analysis", "other");
    assertThat(Modality.standardValues()).extracting(Term::value).containsExactly("asserted", "reported",
        "alleged", "suspected", "assessed", "speculated", "conditional", "predicted");
    assertThat(ParticipantRole.standardValues()).extracting(Term::value).containsExactly("agent", "recipient",
        "target", "affected", "party", "mentioned");
    assertThat(RelationKind.standardValues()).extracting(Term::value).containsExactly("supports", "contradicts",
        "denies", "same-proposition", "responds-to", "overstates", "elaborates");
    assertThat(SourceKind.standardValues()).extracting(Term::value).containsExactly("news-article", "analysis",
        "opinion", "official-statement", "joint-statement", "press-release", "press-briefing", "wire-report",
        "social-post", "reader-comment", "intelligence-report", "government-report", "imagery", "other");
    assertThat(Stance.standardValues()).extracting(Term::value).containsExactly("asserts", "denies", "disputes",
        "dismisses", "declines-to-comment", "has-not-commented", "condemns", "expresses-concern", "supports",
        "acknowledges", "questions");
    assertThat(VerificationStatus.standardValues()).extracting(Term::value).containsExactly("unverified",
        "corroborated", "confirmed", "disputed", "refuted", "unverifiable", "misleading");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void returnsTheCanonicalConstantForEveryStandardToken(String name, List<? extends Term> values,
      Function<String, Term> of) {
    for (Term standard : values) {
      assertThat(of.apply(standard.value())).isSameAs(standard);
      assertThat(standard.isStandard()).isTrue();
      assertThat(standard.isKnown()).isTrue();
      assertThat(standard.isExtension()).isFalse();
      assertThat(standard.isWellFormed()).isTrue();
      assertThat(standard).hasToString(standard.value());
    }
  }

  /** A token one character away from a standard value, of its length, is not taken for it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void tellsApartTokensOfTheSameLength(String name, List<? extends Term> values, Function<String, Term> of) {
    for (Term standard : values) {
      String value = standard.value();
      for (int i = 0; i < value.length(); i++) {
        String near = value.substring(0, i) + (value.charAt(i) == 'q' ? 'z' : 'q') + value.substring(i + 1);
        assertThat(of.apply(near).isStandard()).as(near).isFalse();
        assertThat(of.apply(near).value()).isEqualTo(near);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void acceptsExtensionValuesAsKnownButNotStandard(String name, List<? extends Term> values,
      Function<String, Term> of) {
    Term extension = of.apply("x-leaked-memo");
    assertThat(extension.value()).isEqualTo("x-leaked-memo");
    assertThat(extension.isStandard()).isFalse();
    assertThat(extension.isExtension()).isTrue();
    assertThat(extension.isKnown()).isTrue();
    assertThat(extension).isEqualTo(of.apply("x-leaked-memo")).hasSameHashCodeAs(of.apply("x-leaked-memo"));
    assertThat(List.<Term>copyOf(values)).doesNotContain(extension);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void representsUnknownValuesWithoutAcceptingThem(String name, List<? extends Term> values,
      Function<String, Term> of) {
    Term unknown = of.apply("leaked-memo");
    assertThat(unknown.value()).isEqualTo("leaked-memo");
    assertThat(unknown.isWellFormed()).isTrue();
    assertThat(unknown.isStandard()).isFalse();
    assertThat(unknown.isExtension()).isFalse();
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown).isEqualTo(of.apply("leaked-memo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void rejectsNullToken(String name, List<? extends Term> values, Function<String, Term> of) {
    assertThatNullPointerException().isThrownBy(() -> of.apply(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-Leaked", "x-", "x--a", "x-a-", "x-a_b", "x-a b", "x-é"})
  void treatsMalformedExtensionValuesAsUnknown(String token) {
    Stance stance = Stance.of(token);
    assertThat(stance.isWellFormed()).isFalse();
    assertThat(stance.isExtension()).isFalse();
    assertThat(stance.isKnown()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "a1", "a-b", "abc-1-x2", "x-a"})
  void recognisesWellFormedTokens(String token) {
    assertThat(Modality.of(token).isWellFormed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "1a", "-a", "a-", "a--b", "a b", "a_b", " a", "a-b-", "a-B", "\u00e9", "a\u0660",
      "x-\uD83D\uDE80"})
  void recognisesMalformedTokens(String token) {
    assertThat(Modality.of(token).isWellFormed()).isFalse();
    assertThat(Modality.of(token).isKnown()).isFalse();
  }

  /** The check agrees with its grammar, written as a regular expression, on random short tokens. */
  @Test
  void acceptsExactlyTheTokensOfItsGrammar() {
    Pattern grammar = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    Random random = new Random(20261202);
    String alphabet = "ab09-Z_ \u00e9";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder token = new StringBuilder();
      for (int c = random.nextInt(7); c > 0; c--) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = token.toString();
      assertThat(Modality.of(candidate).isWellFormed()).as(candidate)
          .isEqualTo(grammar.matcher(candidate).matches());
    }
  }

  @Test
  void distinguishesEqualTokensOfDifferentVocabularies() {
    assertThat(RelationKind.SUPPORTS.value()).isEqualTo(Stance.SUPPORTS.value());
    assertThat((Object) RelationKind.SUPPORTS).isNotEqualTo(Stance.SUPPORTS);
    assertThat((Object) RelationKind.DENIES).isNotEqualTo(Stance.DENIES);
    assertThat((Object) EventKind.ANALYSIS).isNotEqualTo(SourceKind.ANALYSIS);
    assertThat((Object) EventKind.OTHER).isNotEqualTo(SourceKind.OTHER);
    assertThat((Object) Stance.of("x-a")).isNotEqualTo(Modality.of("x-a"));
    assertThat(Stance.ASSERTS).isNotEqualTo(null).isNotEqualTo("asserts");
  }

  @Test
  void returnsUnmodifiableStandardValues() {
    List<Stance> values = Stance.standardValues();
    assertThatThrownBy(() -> values.add(Stance.of("x-a"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Stance.standardValues()).hasSize(11);
  }
}
