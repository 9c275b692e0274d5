package io.github.geoclaims.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Value semantics, immutability and null-hostility of every model type. */
class ModelContractsTest {

  /** The generated immutable model types. */
  static final List<Class<?>> IMMUTABLE_TYPES = List.of(Actor.class, AdmiraltyRating.class, Attribution.class,
      Citation.class, Claim.class, ClaimDocument.class, ClaimRelation.class, Evidence.class, Participant.class,
      Quantity.class, Role.class, Source.class, TextAnchor.class, TimeSpec.class, VerificationAssessment.class);

  /** The open vocabularies. */
  static final List<Class<? extends Term>> VOCABULARIES = List.of(ActorKind.class, AttributionMode.class,
      EventKind.class, Modality.class, ParticipantRole.class, RelationKind.class, SourceKind.class, Stance.class,
      VerificationStatus.class);

  static Stream<Class<?>> immutableTypes() {
    return IMMUTABLE_TYPES.stream();
  }

  static Stream<Class<? extends Term>> vocabularies() {
    return VOCABULARIES.stream();
  }

  /** Every public type of the model package a user can hold an instance of. */
  static Stream<Class<?>> publicModelTypes() {
    return Stream.concat(Stream.concat(IMMUTABLE_TYPES.stream(), VOCABULARIES.stream()),
        Stream.of(TimePoint.class, Term.class));
  }

  @ParameterizedTest
  @MethodSource("immutableTypes")
  void comparesGeneratedTypesByValue(Class<?> type) {
    EqualsVerifier.forClass(type)
        .withPrefabValues(ActorKind.class, ActorKind.STATE, ActorKind.PERSON)
        .withPrefabValues(AttributionMode.class, AttributionMode.PARAPHRASE, AttributionMode.AUTHORIAL)
        .withPrefabValues(EventKind.class, EventKind.MEETING, EventKind.VISIT)
        .withPrefabValues(Modality.class, Modality.ALLEGED, Modality.ASSERTED)
        .withPrefabValues(ParticipantRole.class, ParticipantRole.AGENT, ParticipantRole.TARGET)
        .withPrefabValues(RelationKind.class, RelationKind.SUPPORTS, RelationKind.DENIES)
        .withPrefabValues(SourceKind.class, SourceKind.OPINION, SourceKind.IMAGERY)
        .withPrefabValues(Stance.class, Stance.ASSERTS, Stance.DENIES)
        .withPrefabValues(VerificationStatus.class, VerificationStatus.CONFIRMED, VerificationStatus.REFUTED)
        .withPrefabValues(TimePoint.class, TimePoint.parse("2022"), TimePoint.parse("2023-08"))
        .suppress(Warning.NULL_FIELDS) // builders never let null into a field
        .suppress(Warning.BIGDECIMAL_EQUALITY) // a quantity keeps the number as written: 5 and 5.0 differ
        .verify();
  }

  @Test
  void comparesTimePointsByTheirText() {
    EqualsVerifier.forClass(TimePoint.class)
        .withOnlyTheseFields("text")
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void comparesTermsByVocabularyAndValue(Class<? extends Term> vocabulary) {
    EqualsVerifier.forClass(vocabulary)
        .usingGetClass()
        .withIgnoredFields("standard") // follows from the value: the vocabulary maps a token to one constant
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void returnsUnmodifiableCollections() {
    ClaimDocument document = SampleDocuments.rich();
    Actor kirby = document.getActors().get(3);
    Actor coalition = document.getActors().get(5);
    Source article = document.getSources().get(0);
    Claim claim = document.getClaims().get(0);
    List<Executable> mutations = List.of(
        () -> document.getActors().add(kirby),
        () -> document.getSources().clear(),
        () -> document.getClaims().remove(0),
        () -> document.getRelations().clear(),
        () -> document.getExtensions().put("x-a", "1"),
        () -> document.getActors().get(0).getAliases().add("DPRK"),
        () -> kirby.getRoles().clear(),
        () -> coalition.getMembers().add("russia"),
        () -> article.getAuthors().clear(),
        () -> article.getCitations().clear(),
        () -> claim.getParticipants().clear(),
        () -> claim.getQuantities().clear(),
        () -> claim.getAttributions().clear(),
        () -> claim.getAssessments().clear(),
        () -> claim.getAttributions().get(2).getHedges().clear(),
        () -> claim.getAssessments().get(1).getEvidence().clear());
    for (Executable mutation : mutations) {
      assertThatThrownBy(mutation::execute).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void buildersCopyTheCollectionsTheyAreGiven() {
    List<String> aliases = new ArrayList<>(List.of("Pyongyang"));
    Map<String, String> extensions = new LinkedHashMap<>(Map.of("x-batch", "7"));
    Actor actor = Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea").aliases(aliases)
        .extensions(extensions).build();
    aliases.add("DPRK");
    extensions.put("x-other", "8");
    assertThat(actor.getAliases()).containsExactly("Pyongyang");
    assertThat(actor.getExtensions()).containsOnlyKeys("x-batch");

    List<Attribution> attributions = new ArrayList<>(List.of(SampleDocuments.whiteHouseSays()));
    Claim claim = SampleDocuments.shipped().withAttributions(attributions);
    attributions.add(SampleDocuments.russiaDismisses());
    assertThat(claim.getAttributions()).hasSize(1);
  }

  @Test
  void buildersKeepInsertionOrderOfExtensions() {
    Actor actor = SampleDocuments.russia().withExtensions(Map.of()).withExtensions(
        new LinkedHashMap<>(Map.of())).withExtensions(linked("x-b", "1", "x-a", "2", "x-c", "3"));
    assertThat(actor.getExtensions().keySet()).containsExactly("x-b", "x-a", "x-c");
  }

  private static Map<String, String> linked(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void buildersAndWithersRejectNull() {
    List<Executable> nulls = List.of(
        () -> Actor.builder().id(null),
        () -> Actor.builder().addAlias((String) null),
        () -> Actor.builder().countryCode((String) null),
        () -> Actor.builder().putExtension("x-a", null),
        () -> Actor.builder().putExtension(null, "1"),
        () -> Source.builder().text((String) null),
        () -> Claim.builder().addAttribution((Attribution) null),
        () -> Claim.builder().attributions(Arrays.asList(SampleDocuments.whiteHouseSays(), null)),
        () -> ClaimDocument.builder().addActor((Actor) null),
        () -> Quantity.builder().value((BigDecimal) null),
        () -> TextAnchor.builder().exact(null),
        () -> TimeSpec.builder().at((TimePoint) null),
        () -> VerificationAssessment.builder().status(null),
        () -> SampleDocuments.northKorea().withName(null),
        () -> SampleDocuments.northKorea().withAliases((String) null),
        () -> SampleDocuments.article().withPublishedAt((TimePoint) null),
        () -> SampleDocuments.document().withId(null),
        () -> Participant.of(null, ParticipantRole.AGENT),
        () -> AdmiraltyRating.of(null, 1));
    for (Executable call : nulls) {
      assertThatNullPointerException().isThrownBy(call::execute);
    }
  }

  @Test
  void buildersRejectMissingRequiredAttributes() {
    assertThatIllegalStateException().isThrownBy(() -> Actor.builder().id("a").kind(ActorKind.STATE).build())
        .withMessageContaining("name");
    assertThatIllegalStateException().isThrownBy(() -> TextAnchor.builder().exact("a").start(0).build())
        .withMessageContaining("end");
  }

  @ParameterizedTest
  @MethodSource("publicModelTypes")
  void hasNoPublicSetters(Class<?> type) {
    List<String> setters = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().matches("set[A-Z].*") && m.getParameterCount() == 1)
        .map(Method::getName)
        .toList();
    assertThat(setters).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("publicModelTypes")
  void hasOnlyPrivateFinalStateBesidesLazyCaches(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (field.isSynthetic()) {
          continue; // added by coverage and mutation tools
        }
        if (Modifier.isStatic(modifiers)) {
          assertThat(Modifier.isFinal(modifiers)).as("static field %s.%s is final", c, field.getName()).isTrue();
        } else if (!Modifier.isTransient(modifiers)) {
          assertThat(Modifier.isPrivate(modifiers) && Modifier.isFinal(modifiers))
              .as("field %s.%s is private final", c.getSimpleName(), field.getName()).isTrue();
        } else {
          assertThat(Modifier.isPrivate(modifiers)).as("cache %s.%s is private", c, field.getName()).isTrue();
        }
      }
    }
    assertThat(Modifier.isFinal(type.getModifiers()) || type == Term.class).as("%s is final", type).isTrue();
  }

  @Test
  void returnsTheSameInstanceWhenNothingChanges() {
    Actor actor = SampleDocuments.northKorea();
    assertThat(actor.withName("North Korea")).isSameAs(actor);
    assertThat(Actor.copyOf(actor)).isSameAs(actor);
    assertThat(actor.withName("DPRK")).isNotEqualTo(actor).isNotSameAs(actor);
    assertThat(actor.withName("DPRK").withName("North Korea")).isEqualTo(actor).hasSameHashCodeAs(actor);
  }
}
