package io.github.geoclaims.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The metamodel describes exactly the model: every accessor, in order, with its kind, cardinality and constraints. */
class MetamodelTest {

  /** The abstract model types, found in the compiled classes: not through the metamodel, which they must match. */
  private static List<Class<?>> abstractModelTypes() {
    List<Class<?>> found = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.geoclaims.model")) {
      if (type.getPackageName().equals("io.github.geoclaims.model") && type.getSimpleName().startsWith("Abstract")
          && type.getModifiers().contains(JavaModifier.ABSTRACT)) {
        found.add(type.reflect());
      }
    }
    return found;
  }

  /** The accessors Immutables makes attributes of: public, non-final, non-static getX()/isX() declared in the type. */
  private static List<String> accessorsOf(Class<?> abstractType) {
    List<String> accessors = new ArrayList<>();
    for (Method method : abstractType.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers) && !Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers)
          && method.getParameterCount() == 0 && method.getName().matches("(get|is)[A-Z].*")) {
        accessors.add(method.getName());
      }
    }
    return accessors;
  }

  private static Property property(Class<?> type, String name) {
    return Metamodel.of(type).property(name).orElseThrow();
  }

  @Test
  void everyAccessorOfEveryAbstractModelTypeIsExactlyOneProperty() {
    List<Class<?>> abstractTypes = abstractModelTypes();
    assertThat(abstractTypes).hasSize(16);
    List<Class<?>> described = Metamodel.types().stream().<Class<?>>map(type -> type.javaType().getSuperclass())
        .toList();
    assertThat(described).containsExactlyInAnyOrderElementsOf(abstractTypes);
    for (ModelType<?> type : Metamodel.types()) {
      assertThat(type.properties()).extracting(Property::accessor).as(type.name())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(accessorsOf(type.javaType().getSuperclass()));
    }
  }

  @Test
  void listsTheDocumentFirstThenEachTypeWhereADocumentFirstRefersToIt() {
    assertThat(Metamodel.types()).extracting(ModelType::name).containsExactly("ClaimDocument", "Actor", "Role",
        "Source", "Citation", "TextAnchor", "Communication", "TimeSpec", "Claim", "Participant", "Quantity",
        "Attribution", "VerificationAssessment", "Evidence", "AdmiraltyRating", "ClaimRelation");
  }

  @Test
  void listsEveryPropertyNameOnceInTypeOrder() {
    List<String> all = new ArrayList<>();
    Metamodel.types().forEach(type -> type.properties().forEach(property -> all.add(property.name())));

    assertThat(Metamodel.propertyNames()).containsExactlyElementsOf(all.stream().distinct().toList())
        .startsWith("id", "title", "description", "actors").contains("claimant", "relayedFrom")
        .doesNotContain("schemaVersion");
    assertThat(all).hasSizeGreaterThan(Metamodel.propertyNames().size());
  }

  @Test
  void namesPropertiesAfterTheirAccessorsInDeclarationOrder() throws IOException {
    Pattern accessor = Pattern.compile(
        "(?m)^  public (?!final|static)(?:[^=;{(]|\\([^)]*\\))*?\\b((?:get|is)([A-Z]\\w*))\\(\\)");
    for (ModelType<?> type : Metamodel.types()) {
      String source = Files.readString(Path.of("src/main/java/io/github/geoclaims/model/Abstract" + type.name()
          + ".java"));
      List<String> declared = new ArrayList<>();
      Matcher matcher = accessor.matcher(source);
      while (matcher.find()) {
        declared.add(matcher.group(1));
      }
      assertThat(type.properties()).as(type.name()).extracting(Property::accessor).containsExactlyElementsOf(declared);
    }
    assertThat(Metamodel.of(Role.class).properties()).extracting(Property::name)
        .containsExactly("title", "organisation", "former");
  }

  @Test
  void describesCardinalityKindAndValueTypeOfEachProperty() {
    record Expected(Class<?> type, String name, Cardinality cardinality, ValueKind kind, Class<?> valueType) {}
    List<Expected> expected = List.of(
        new Expected(Actor.class, "id", Cardinality.REQUIRED, ValueKind.STRING, String.class),
        new Expected(Actor.class, "kind", Cardinality.REQUIRED, ValueKind.TERM, ActorKind.class),
        new Expected(Actor.class, "aliases", Cardinality.LIST, ValueKind.STRING, String.class),
        new Expected(Actor.class, "roles", Cardinality.LIST, ValueKind.OBJECT, Role.class),
        new Expected(Actor.class, "memberCount", Cardinality.OPTIONAL, ValueKind.INTEGER, Integer.class),
        new Expected(Role.class, "former", Cardinality.DEFAULTED, ValueKind.BOOLEAN, Boolean.class),
        new Expected(Source.class, "publishedAt", Cardinality.OPTIONAL, ValueKind.TIME_POINT, TimePoint.class),
        new Expected(Claim.class, "time", Cardinality.OPTIONAL, ValueKind.OBJECT, TimeSpec.class),
        new Expected(Quantity.class, "value", Cardinality.OPTIONAL, ValueKind.DECIMAL, BigDecimal.class),
        new Expected(TextAnchor.class, "start", Cardinality.REQUIRED, ValueKind.INTEGER, Integer.class),
        new Expected(VerificationAssessment.class, "confidence", Cardinality.OPTIONAL, ValueKind.DOUBLE,
            Double.class));
    for (Expected property : expected) {
      Property actual = property(property.type(), property.name());
      assertThat(actual.cardinality()).as("%s", actual).isEqualTo(property.cardinality());
      assertThat(actual.kind()).as("%s", actual).isEqualTo(property.kind());
      assertThat(actual.valueType()).as("%s", actual).isEqualTo(property.valueType());
    }
  }

  @Test
  void linksObjectPropertiesToTheirModelType() {
    assertThat(property(Actor.class, "roles").objectType()).contains(Metamodel.of(Role.class));
    assertThat(property(Actor.class, "name").objectType()).isEmpty();
    for (ModelType<?> type : Metamodel.types()) {
      for (Property property : type.properties()) {
        assertThat(property.objectType().isPresent()).as("%s", property)
            .isEqualTo(property.kind() == ValueKind.OBJECT);
      }
    }
  }

  @Test
  void takesDescriptionsFromTheFirstSentenceOfTheJavadoc() {
    assertThat(Metamodel.of(Role.class).description()).startsWith("A position a person holds or held:")
        .doesNotContain("{@code");
    assertThat(property(Actor.class, "id").description())
        .isEqualTo("Returns the identifier, unique among the document's actors, such as north-korea.");
    assertThat(property(Actor.class, "name").description()).isEqualTo("Returns the name the actor is best known by,"
        + " or a description for an unnamed actor (\"U.S. officials\").");
    assertThat(property(Actor.class, "identityCaveat").description()).isEqualTo("Returns, when present, why the text"
        + " gives no way to check this actor's existence or identity (an office no other record mentions, an unnamed"
        + " source, a pen name).");
  }

  @Test
  void readsConstraintsFromTheAccessorAndTheElementType() {
    assertThat(names(property(Actor.class, "name").constraints())).containsExactly("NotBlank");
    assertThat(names(property(Actor.class, "aliases").valueConstraints())).containsExactly("NotBlank");
    assertThat(names(property(Actor.class, "countryCode").constraints())).containsExactly("CountryCode");
    assertThat(names(property(Source.class, "publishedAt").constraints())).isEmpty();
    Property attributions = property(Claim.class, "attributions");
    assertThat(names(attributions.valueConstraints())).isEmpty();
    assertThat(names(attributions.containerConstraints())).containsExactly("Attributed");
    assertThat(names(attributions.constraints())).containsExactly("Attributed");
    assertThat(attributions.isCascaded()).isTrue();
    assertThat(property(Actor.class, "aliases").isCascaded()).isFalse();
    assertThat(names(Metamodel.of(Actor.class).constraints())).containsExactly("ConsistentGroup");
    assertThat(names(Metamodel.of(ClaimDocument.class).constraints())).containsExactly("UniqueIdentifiers",
        "ResolvedReferences", "QuotesMatchSourceText", "StatementsNotAfterPublication", "AcyclicRelations");
    assertThat(names(Metamodel.of(Participant.class).constraints())).isEmpty();
  }

  private static List<String> names(List<Annotation> annotations) {
    return annotations.stream().map(annotation -> annotation.annotationType().getSimpleName()).toList();
  }

  @Test
  void marksTheTypesThatCarryExtensions() {
    assertThat(Metamodel.types()).filteredOn(ModelType::isExtensible).extracting(ModelType::name)
        .containsExactly("ClaimDocument", "Actor", "Source", "Communication", "Claim", "Attribution");
    assertThat(Metamodel.types()).allSatisfy(type ->
        assertThat(type.property("extensions")).as(type.name()).isEmpty());
  }

  @Test
  void findsTheModelTypeOfAClassOrAValue() {
    assertThat(Metamodel.of(Actor.class).name()).isEqualTo("Actor");
    assertThat(Metamodel.of(Actor.class).javaType()).isEqualTo(Actor.class);
    assertThat(Metamodel.forValue(SampleDocuments.northKorea())).contains(Metamodel.of(Actor.class));
    assertThat(Metamodel.forValue("north-korea")).isEmpty();
    assertThat(Metamodel.forValue(null)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> Metamodel.of(String.class))
        .withMessageContaining("java.lang.String");
    assertThatIllegalArgumentException().isThrownBy(() -> Metamodel.of(Actor.Builder.class));
    assertThat(Metamodel.of(Actor.class).property("no-such-property")).isEmpty();
    assertThat(Metamodel.of(Actor.class)).hasToString("Actor");
    assertThat(property(Actor.class, "countryCode")).hasToString("Actor.countryCode");
  }

  @Test
  void buildsAnObjectPropertyByProperty() {
    ModelType<Actor> actors = Metamodel.of(Actor.class);
    Object builder = actors.newBuilder();
    property(Actor.class, "id").set(builder, "north-korea");
    Property kind = property(Actor.class, "kind");
    kind.set(builder, kind.term("state"));
    property(Actor.class, "name").set(builder, "North Korea");
    property(Actor.class, "aliases").add(builder, "Pyongyang");
    property(Actor.class, "aliases").add(builder, "DPRK");
    property(Actor.class, "countryCode").set(builder, "KP");
    property(Actor.class, "memberCount").set(builder, 3);
    actors.putExtension(builder, "x-batch", "7");
    Actor actor = actors.build(builder);
    assertThat(actor).isEqualTo(Actor.builder().id("north-korea").kind(ActorKind.STATE).name("North Korea")
        .addAlias("Pyongyang").addAlias("DPRK").countryCode("KP").memberCount(3).putExtension("x-batch", "7")
        .build());
    assertThat(property(Actor.class, "memberCount").get(actor)).isEqualTo(Optional.of(3));
    assertThat(actors.extensions(actor)).isEqualTo(Map.of("x-batch", "7"));
  }

  @Test
  void makesTermsOfItsVocabularyFromTokens() {
    assertThat(property(Actor.class, "kind").term("state")).isSameAs(ActorKind.STATE);
    assertThat(property(Participant.class, "role").term("x-buyer")).isEqualTo(ParticipantRole.of("x-buyer"));
    assertThatIllegalStateException().isThrownBy(() -> property(Actor.class, "name").term("state"))
        .withMessageContaining("Actor.name");
  }

  @Test
  void checksValuesUntilTheFirstThatFails() {
    Actor northKorea = SampleDocuments.northKorea();
    ModelType<Actor> actors = Metamodel.of(Actor.class);
    List<Object> met = new ArrayList<>();
    ValueCheck[] checks = new ValueCheck[actors.properties().size()];
    checks[0] = (value, context) -> met.add(value);
    checks[3] = (value, context) -> !met.add(value);
    checks[4] = (value, context) -> met.add(value);
    assertThat(actors.checkOf(checks, null).test(northKorea, null)).isFalse();
    assertThat(met).containsExactly("north-korea", "Pyongyang");
    assertThat(actors.checkOf(new ValueCheck[checks.length], (value, context) -> false).test(northKorea, null))
        .isFalse();
    assertThat(actors.checkOf(new ValueCheck[checks.length], null).test(northKorea, null)).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> actors.checkOf(new ValueCheck[2], null))
        .withMessage("Actor has " + actors.properties().size() + " properties, not 2");
  }

  @Test
  void addsOnlyToLists() {
    Object builder = Metamodel.of(Actor.class).newBuilder();
    assertThatIllegalStateException().isThrownBy(() -> property(Actor.class, "name").add(builder, "x"))
        .withMessageContaining("Actor.name");
  }

  @Test
  void putsExtensionsOnlyIntoExtensibleTypes() {
    ModelType<Role> roles = Metamodel.of(Role.class);
    assertThatIllegalStateException().isThrownBy(() -> roles.putExtension(roles.newBuilder(), "x-a", "1"))
        .withMessageContaining("Role");
    assertThat(roles.extensions(Role.builder().title("spokesperson").build())).isEmpty();
  }

  @Test
  void givesTheDefaultOfDefaultedPropertiesOnly() {
    assertThat(property(Role.class, "former").defaultValue()).contains(false);
    assertThat(property(Quantity.class, "approximate").defaultValue()).contains(false);
    assertThat(property(Role.class, "title").defaultValue()).isEmpty();
    for (ModelType<?> type : Metamodel.types()) {
      for (Property property : type.properties()) {
        assertThat(property.defaultValue().isPresent()).as("%s", property)
            .isEqualTo(property.cardinality() == Cardinality.DEFAULTED);
      }
    }
  }
}
