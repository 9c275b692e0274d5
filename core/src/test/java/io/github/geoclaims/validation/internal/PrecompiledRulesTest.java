package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.SampleDocuments.rich;
import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.model.meta.ValueKind;
import io.github.geoclaims.testing.DocumentGenerator;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.AcyclicRelations;
import io.github.geoclaims.validation.constraints.Attributed;
import io.github.geoclaims.validation.constraints.ConsistentAnchor;
import io.github.geoclaims.validation.constraints.ConsistentAttributionChains;
import io.github.geoclaims.validation.constraints.ConsistentGroup;
import io.github.geoclaims.validation.constraints.ConsistentQuantity;
import io.github.geoclaims.validation.constraints.ConsistentTime;
import io.github.geoclaims.validation.constraints.CorroboratedByIndependentOrigins;
import io.github.geoclaims.validation.constraints.CountryCode;
import io.github.geoclaims.validation.constraints.ExtensionName;
import io.github.geoclaims.validation.constraints.HttpUrl;
import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.InformationCredibility;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.LanguageTag;
import io.github.geoclaims.validation.constraints.NotBlank;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import io.github.geoclaims.validation.constraints.NotEmpty;
import io.github.geoclaims.validation.constraints.Positive;
import io.github.geoclaims.validation.constraints.PositiveOrZero;
import io.github.geoclaims.validation.constraints.Probability;
import io.github.geoclaims.validation.constraints.QuotesMatchSourceText;
import io.github.geoclaims.validation.constraints.Reference;
import io.github.geoclaims.validation.constraints.ResolvedReferences;
import io.github.geoclaims.validation.constraints.SourceReliability;
import io.github.geoclaims.validation.constraints.StatementsNotAfterPublication;
import io.github.geoclaims.validation.constraints.UniqueIdentifiers;
import io.github.geoclaims.validation.constraints.VerdictHasEvidence;
import io.github.geoclaims.validation.constraints.WikidataId;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precompiled pass gives Hibernate Validator's verdict: on a broken value at every constraint site the model
 * declares, and on generated valid and damaged documents and their parts.
 *
 * <p>The sites are read from Hibernate Validator's metadata, and each one's breaking case is derived from its kind
 * of constraint: a property constraint is broken by the one {@link #BREAKING_VALUES breaking value} of its
 * annotation, set on an object of the property's type found in generated documents; a cascade ({@code @Valid}) by
 * such a value one level down; a constraint on a type as a whole by its {@link #RULE_BREAKS change of the sample
 * document}. So a new property with a known kind of constraint needs no case here, and a new kind of constraint
 * fails {@link #everyConstraintSiteTheModelDeclaresHasABreakingCase} until its breaking value or change is added.
 *
 * <p>Each case must break its site's rule and no other (but for the {@link #INSEPARABLE} sites), so that it fails
 * if the precompiled pass lacks that rule: another rule broken beside it would hide the gap. Of the ways to break a
 * site (every object of its type, every property one level down), the first that does is taken; a site that only
 * breaks alone by a change of its own has it in {@link #SITE_BREAKS}.
 */
class PrecompiledRulesTest {

  /** Hibernate Validator alone: {@link GeoClaimsValidator#using} never takes the precompiled path. */
  private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
  private static final GeoClaimsValidator REFERENCE = GeoClaimsValidator.using(HIBERNATE);

  /** Generated valid documents, in which the objects to break are found (seeds 0 to 199). */
  private static final List<ClaimDocument> GENERATED = LongStream.range(0, 200)
      .mapToObj(seed -> new DocumentGenerator(seed).validDocument()).toList();

  /** How many ways to break a site are tried, at most, for one that breaks its rule alone. */
  private static final int CANDIDATES = 50;

  /**
   * A change that breaks a rule.
   *
   * @param code the code Hibernate Validator reports for the rule
   * @param change the change
   * @param <T> what it changes
   */
  record Change<T>(ViolationCode code, UnaryOperator<T> change) {}

  /**
   * A value that breaks every property constraint of one kind, wherever it is declared.
   *
   * @param code the code Hibernate Validator reports for it
   * @param value the value for a property (one element, for a list's elements; the whole value otherwise)
   */
  record BreakingValue(ViolationCode code, Function<Property, Object> value) {}

  private static BreakingValue breaking(ViolationCode code, Object value) {
    return new BreakingValue(code, property -> value);
  }

  /** One breaking value per kind of property constraint, by its annotation. */
  static final Map<Class<? extends Annotation>, BreakingValue> BREAKING_VALUES = Map.ofEntries(
      Map.entry(NotBlank.class, breaking(ViolationCode.VALUE_BLANK, " \t ")),
      Map.entry(NotBlankIfPresent.class, breaking(ViolationCode.VALUE_BLANK, " ")),
      Map.entry(NotEmpty.class, breaking(ViolationCode.VALUE_EMPTY, "")),
      Map.entry(Identifier.class, breaking(ViolationCode.IDENTIFIER_MALFORMED, "not an id")),
      Map.entry(Reference.class, breaking(ViolationCode.IDENTIFIER_MALFORMED, "/not a reference")),
      Map.entry(HttpUrl.class, breaking(ViolationCode.URL_INVALID, "not a url")),
      Map.entry(CountryCode.class, breaking(ViolationCode.COUNTRY_INVALID, "kp")),
      Map.entry(WikidataId.class, breaking(ViolationCode.WIKIDATA_ID_INVALID, "Q0423")),
      Map.entry(LanguageTag.class, breaking(ViolationCode.LANGUAGE_INVALID, "english")),
      Map.entry(KnownTerm.class, new BreakingValue(ViolationCode.TERM_UNKNOWN, p -> p.term("no-such-term"))),
      Map.entry(Positive.class, breaking(ViolationCode.VALUE_NOT_POSITIVE, 0)),
      Map.entry(PositiveOrZero.class, breaking(ViolationCode.VALUE_NEGATIVE, -1)),
      Map.entry(Probability.class, breaking(ViolationCode.PROBABILITY_OUT_OF_RANGE, Double.NaN)),
      Map.entry(SourceReliability.class, breaking(ViolationCode.ADMIRALTY_RELIABILITY_INVALID, "G")),
      Map.entry(InformationCredibility.class, breaking(ViolationCode.ADMIRALTY_CREDIBILITY_INVALID, 7)),
      Map.entry(Attributed.class, breaking(ViolationCode.CLAIM_UNATTRIBUTED, List.of())),
      Map.entry(ExtensionName.class, breaking(ViolationCode.EXTENSION_NAME_MALFORMED, "collector")));

  /**
   * One change of {@link SampleDocuments#rich()} per constraint on a type as a whole, by its annotation. The sample
   * document has actors 0 north-korea, 1 white-house, 2 russia, 3 john-kirby, 4 outlet, 5 coalition; sources 0
   * article (with a citation), 1 briefing, 2 comment; claims 0 shipped (attributions 0 white house, 1 russia, 2
   * outlet relaying the white house; assessment 1 with evidence) and 1 denied.
   */
  static final Map<Class<? extends Annotation>, Change<ClaimDocument>> RULE_BREAKS = Map.ofEntries(
      Map.entry(AcyclicRelations.class, new Change<>(ViolationCode.RELATION_CYCLE,
          d -> d.withRelations(SampleDocuments.relation("shipped", RelationKind.SUPPORTS, "shipped")))),
      Map.entry(QuotesMatchSourceText.class, new Change<>(ViolationCode.ANCHOR_TEXT_MISMATCH,
          d -> attribution(d, 0, 0, a -> a.withQuote(TextAnchor.builder().exact("The Black House said").start(0)
              .end(20).build())))),
      Map.entry(ResolvedReferences.class, new Change<>(ViolationCode.REFERENCE_UNRESOLVED,
          d -> claim(d, 0, c -> c.withParticipants(Participant.of("nobody", ParticipantRole.AGENT))))),
      Map.entry(StatementsNotAfterPublication.class, new Change<>(ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION,
          d -> attribution(d, 0, 0, a -> a.withStatedAt(TimeSpec.at(TimePoint.parse("2024-01-01")))))),
      Map.entry(UniqueIdentifiers.class, new Change<>(ViolationCode.IDENTIFIER_DUPLICATE,
          d -> d.withActors(Stream.concat(d.getActors().stream(), Stream.of(d.getActors().get(2))).toList()))),
      Map.entry(ConsistentGroup.class, new Change<>(ViolationCode.GROUP_INCONSISTENT,
          d -> actor(d, 5, a -> a.withMemberCount(1)))),
      Map.entry(ConsistentAnchor.class, new Change<>(ViolationCode.ANCHOR_RANGE_INVALID,
          d -> citation(d, c -> c.withAnchor(TextAnchor.builder().exact("Russia.").start(9).end(2).build())))),
      Map.entry(ConsistentTime.class, new Change<>(ViolationCode.TIME_EMPTY,
          d -> claim(d, 0, c -> c.withTime(TimeSpec.builder().build())))),
      Map.entry(ConsistentAttributionChains.class, new Change<>(ViolationCode.CHAIN_CYCLE,
          d -> attribution(d, 0, 2, a -> a.withRelayedFrom("a-outlet")))),
      Map.entry(CorroboratedByIndependentOrigins.class, new Change<>(
          ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT,
          d -> claim(d, 1, c -> c.withAssessments(VerificationAssessment.builder()
              .status(VerificationStatus.CORROBORATED).rationale("Two sources.").build())))),
      Map.entry(ConsistentQuantity.class, new Change<>(ViolationCode.QUANTITY_EMPTY,
          d -> claim(d, 0, c -> c.withQuantities(Quantity.builder().unit("containers").build())))),
      Map.entry(VerdictHasEvidence.class, new Change<>(ViolationCode.VERIFICATION_EVIDENCE_MISSING,
          d -> assessment(d, 0, 1, v -> v.withEvidence()))));

  /**
   * Changes of an object of a site's type, which get the code of the site's breaking value, for the property sites
   * whose breaking value also breaks another rule, by site: a start of -1 alone would make the anchor's range one code point longer than its text
   * (@ConsistentAnchor), so the end moves with it.
   */
  static final Map<String, UnaryOperator<Object>> SITE_BREAKS = Map.of(
      "TextAnchor.start @PositiveOrZero", object -> {
        TextAnchor anchor = (TextAnchor) object;
        return anchor.withStart(-1).withEnd(anchor.getEnd() - anchor.getStart() - 1);
      });

  /** The sites that no change breaks without another rule, and why. */
  static final Map<String, String> INSEPARABLE = Map.of(
      "TextAnchor.end @PositiveOrZero", "a negative end is not after the start (@ConsistentAnchor) unless the start"
          + " is negative too",
      "TextAnchor.exact @NotEmpty", "an empty text spans no code point, and the start must be before the end"
          + " (@ConsistentAnchor)");

  /**
   * One place where the model declares a constraint, as Hibernate Validator reports it.
   *
   * @param type the model type
   * @param property the property's name; {@code null} for a constraint on the type as a whole
   * @param container {@code ""} for the property's value, {@code "[]"} for each element of a list, {@code "?"} for
   *     the value of an optional, {@code "<key>"} for each key of a map
   * @param constraint the constraint's annotation; {@code null} for a cascade ({@code @Valid})
   */
  record Site(ModelType<?> type, String property, String container, Class<? extends Annotation> constraint) {
    @Override
    public String toString() {
      return type.name() + (property == null ? "" : "." + property + container) + " "
          + (constraint == null ? "@Valid" : "@" + constraint.getSimpleName());
    }
  }

  /**
   * A model object broken at one constraint site.
   *
   * @param site the site
   * @param unbroken the object before the change, valid
   * @param broken the object after the change
   * @param part the object the site's rule judges: the broken object, or for a cascade the broken object in it
   * @param code the code Hibernate Validator reports for the site's constraint
   * @param path where below the object it reports it ({@code ""}: anywhere)
   */
  record Break(Site site, Object unbroken, Object broken, Object part, ViolationCode code, String path) {
    @Override
    public String toString() {
      return site.toString();
    }

    /**
     * Returns {@code true} if the violations are of the site's rule alone: below the site's path, and of its code;
     * for a cascade, of any code, but only those of the broken part itself (no rule of the object around it).
     */
    boolean isOfItsRuleAlone(List<Violation> violations) {
      boolean below = violations.stream().allMatch(violation -> violation.path().startsWith(path));
      return site.constraint() == null
          ? below && violations.size() == REFERENCE.validate(part).size()
          : below && violations.stream().allMatch(violation -> violation.code() == code);
    }
  }

  /** Every constraint site of the model, from Hibernate Validator's metadata, in the metamodel's type order. */
  static List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    for (ModelType<?> type : Metamodel.types()) {
      BeanDescriptor bean = HIBERNATE.getConstraintsForClass(type.javaType());
      bean.getConstraintDescriptors().forEach(c -> sites.add(new Site(type, null, "", annotationOf(c))));
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        String name = property.getPropertyName();
        property.getConstraintDescriptors().forEach(c -> sites.add(new Site(type, name, "", annotationOf(c))));
        if (property.isCascaded()) {
          sites.add(new Site(type, name, "", null));
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
          String in = element.getContainerClass() == List.class ? "[]"
              : element.getContainerClass() == Optional.class ? "?" : "<key>";
          element.getConstraintDescriptors().forEach(c -> sites.add(new Site(type, name, in, annotationOf(c))));
          if (element.isCascaded()) {
            sites.add(new Site(type, name, in, null));
          }
          assertThat(element.getConstrainedContainerElementTypes()).as("nested containers in %s.%s", type, name)
              .isEmpty();
        }
      }
    }
    return sites;
  }

  private static Class<? extends Annotation> annotationOf(ConstraintDescriptor<?> constraint) {
    return constraint.getAnnotation().annotationType();
  }

  /**
   * Returns the breaking case of a site, derived from its kind of constraint: of the ways to break it, the first
   * whose violations are of the site's rule alone, or else the first.
   *
   * @throws IllegalStateException if there is none, saying what to add
   */
  static Break breakAt(Site site) {
    if (site.property() == null) {
      Change<ClaimDocument> rule = RULE_BREAKS.get(site.constraint());
      if (rule == null) {
        throw new IllegalStateException(site + ": add to RULE_BREAKS a change of SampleDocuments.rich() that breaks @"
            + site.constraint().getSimpleName() + " alone");
      }
      ClaimDocument broken = rule.change().apply(rich());
      return new Break(site, rich(), broken, broken, rule.code(), "");
    }
    Function<Object, Stream<Break>> ways = waysToBreak(site);
    List<Break> candidates = objectsOf(site.type()).flatMap(ways).limit(CANDIDATES).toList();
    if (candidates.isEmpty()) {
      throw new IllegalStateException(site + ": no " + site.type() + " in the generated documents has a value there"
          + " to break; teach DocumentGenerator to make one");
    }
    return candidates.stream().filter(candidate -> candidate.isOfItsRuleAlone(REFERENCE.validate(candidate.broken())))
        .findFirst().orElse(candidates.get(0));
  }

  /** Returns the ways to break a property site in one object of its type. */
  private static Function<Object, Stream<Break>> waysToBreak(Site site) {
    Optional<Property> property = site.type().property(site.property());
    if (site.constraint() == null) {
      return cascadedBreaks(site, property.orElseThrow());
    }
    BreakingValue breaking = BREAKING_VALUES.get(site.constraint());
    if (breaking == null) {
      throw new IllegalStateException(site + ": add to BREAKING_VALUES a value that breaks every @"
          + site.constraint().getSimpleName() + ", with the code it gets");
    }
    UnaryOperator<Object> change = SITE_BREAKS.getOrDefault(site.toString(), breakingChange(site, property, breaking));
    return owner -> {
      Object broken = change.apply(owner);
      return Stream.of(new Break(site, owner, broken, broken, breaking.code(), site.property()));
    };
  }

  /** Returns the change that sets the breaking value at a property site: its value, or an extension's name. */
  private static UnaryOperator<Object> breakingChange(Site site, Optional<Property> property, BreakingValue breaking) {
    if (property.isPresent()) {
      Object value = breaking.value().apply(property.get());
      Object set = site.container().equals("[]") ? List.of(value) : value;
      return owner -> rebuilt(owner, builder -> property.get().set(builder, set));
    }
    assertThat(site.type().isExtensible()).as("%s: neither a property nor an extension name", site).isTrue();
    String name = (String) breaking.value().apply(null);
    return owner -> rebuilt(owner, builder -> site.type().putExtension(builder, name, "1"));
  }

  /**
   * Returns the ways to break a cascade: in the object's own value (its first element, for a list), each value
   * constraint of the nested type's properties that has a breaking value.
   */
  private static Function<Object, Stream<Break>> cascadedBreaks(Site site, Property cascade) {
    ModelType<?> nestedType = cascade.objectType().orElseThrow();
    List<Change<Object>> ways = new ArrayList<>();
    for (Property nested : nestedType.properties()) {
      for (Annotation constraint : nested.valueConstraints()) {
        BreakingValue breaking = BREAKING_VALUES.get(constraint.annotationType());
        if (breaking != null) {
          Object value = breaking.value().apply(nested);
          Object set = nested.cardinality() == Cardinality.LIST ? List.of(value) : value;
          ways.add(new Change<>(breaking.code(), element -> rebuilt(element, builder -> nested.set(builder, set))));
        }
      }
    }
    if (ways.isEmpty()) {
      throw new IllegalStateException(site + ": no property of " + nestedType + " has a value constraint in"
          + " BREAKING_VALUES to break the cascade with");
    }
    return owner -> {
      List<?> values = valuesOf(cascade.get(owner)).toList();
      return values.isEmpty() ? Stream.empty() : ways.stream().map(way -> {
        Object broken = way.change().apply(values.get(0));
        Object set = cascade.cardinality() == Cardinality.LIST
            ? Stream.concat(Stream.of(broken), values.stream().skip(1)).toList() : broken;
        return new Break(site, owner, rebuilt(owner, builder -> cascade.set(builder, set)), broken, way.code(),
            site.property());
      });
    };
  }

  /** Returns the objects of a type in the generated documents, in order. */
  private static Stream<Object> objectsOf(ModelType<?> type) {
    return GENERATED.stream().flatMap(PrecompiledRulesTest::objectsIn).filter(type.javaType()::isInstance);
  }

  /** Returns a model object and every model object in it, depth first. */
  private static Stream<Object> objectsIn(Object model) {
    return Stream.concat(Stream.of(model), Metamodel.forValue(model).orElseThrow().properties().stream()
        .filter(property -> property.kind() == ValueKind.OBJECT)
        .flatMap(property -> valuesOf(property.get(model)))
        .flatMap(PrecompiledRulesTest::objectsIn));
  }

  private static Stream<?> valuesOf(Object value) {
    return value instanceof List<?> list ? list.stream()
        : value instanceof Optional<?> optional ? optional.stream() : Stream.of(value);
  }

  /** Returns a copy of a model object, made through the metamodel, with one change made to its builder. */
  private static Object rebuilt(Object model, Consumer<Object> change) {
    ModelType<?> type = Metamodel.forValue(model).orElseThrow();
    Object builder = type.newBuilder();
    for (Property property : type.properties()) {
      Object value = property.get(model);
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(present -> property.set(builder, present));
      } else {
        property.set(builder, value);
      }
    }
    type.extensions(model).forEach((name, json) -> type.putExtension(builder, name, json));
    change.accept(builder);
    return type.build(builder);
  }

  static Stream<Break> breaks() {
    return sites().stream().map(PrecompiledRulesTest::breakAt);
  }

  @Test
  void everyConstraintSiteTheModelDeclaresHasABreakingCase() {
    List<String> missing = new ArrayList<>();
    for (Site site : sites()) {
      try {
        breakAt(site);
      } catch (IllegalStateException e) {
        missing.add(e.getMessage());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyBreakingValueAndChangeIsForAConstraintSiteTheModelDeclares() {
    List<Site> sites = sites();
    assertThat(sites).extracting(Site::constraint)
        .containsAll(BREAKING_VALUES.keySet()).containsAll(RULE_BREAKS.keySet());
    assertThat(sites).extracting(Site::toString)
        .containsAll(SITE_BREAKS.keySet()).containsAll(INSEPARABLE.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void everyConstraintSiteBrokenAloneIsInvalidBothWays(Break broken) {
    assertThat(REFERENCE.validate(broken.unbroken())).as("unbroken").isEmpty();
    List<Violation> violations = REFERENCE.validate(broken.broken());
    assertThat(violations).filteredOn(violation -> violation.path().startsWith(broken.path()))
        .extracting(Violation::code).contains(broken.code());
    if (!INSEPARABLE.containsKey(broken.site().toString())) {
      assertThat(broken.isOfItsRuleAlone(violations))
          .as("%s breaks another rule too, which would hide its absence from the precompiled pass: %s; add to"
              + " SITE_BREAKS a change that breaks it alone (or, if none can, the site to INSEPARABLE with the reason)",
              broken, violations).isTrue();
    }
    assertThat(PrecompiledRules.isValid(broken.broken())).isFalse();
    assertThat(GeoClaimsValidator.shared().validate(broken.broken())).isEqualTo(violations);
  }

  /** The reference sites whose form the scope's look-up decides within a document: {@link DocumentScope#resolvesEvery}. */
  static Stream<Site> lookedUpReferences() {
    return sites().stream().filter(site -> site.property() != null && site.constraint() == Identifier.class
        && site.type().property(site.property()).orElseThrow().valueConstraints().stream()
            .anyMatch(DocumentScope::resolvesEvery));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookedUpReferences")
  void everyReferenceTheScopeLooksUpIsStillCheckedWithinADocument(Site site) {
    Property property = site.type().property(site.property()).orElseThrow();
    Predicate<Object> hasValue = part -> site.type().javaType().isInstance(part)
        && valuesOf(property.get(part)).findAny().isPresent();
    ClaimDocument document = GENERATED.stream().filter(generated -> objectsIn(generated).anyMatch(hasValue))
        .findFirst().orElseThrow(() -> new IllegalStateException(site + ": no generated document has a value there"));
    Object owner = objectsIn(document).filter(hasValue).findFirst().orElseThrow();
    Object value = site.container().equals("[]") ? List.of("not an id") : "not an id";
    ClaimDocument broken = (ClaimDocument) replaced(document, owner, rebuilt(owner, b -> property.set(b, value)));

    assertThat(PrecompiledRules.isValid(document)).isTrue();
    assertThat(REFERENCE.validate(broken)).extracting(Violation::code).contains(ViolationCode.IDENTIFIER_MALFORMED);
    assertThat(PrecompiledRules.isValid(broken)).isFalse();
  }

  /** Returns a copy of a model object with one object in it, found by identity, replaced. */
  private static Object replaced(Object model, Object target, Object replacement) {
    if (model == target) {
      return replacement;
    }
    Map<Property, Object> changed = new LinkedHashMap<>();
    for (Property property : Metamodel.forValue(model).orElseThrow().properties()) {
      if (property.kind() != ValueKind.OBJECT) {
        continue;
      }
      Object value = property.get(model);
      List<?> values = valuesOf(value).toList();
      List<Object> copies = values.stream().map(nested -> replaced(nested, target, replacement)).toList();
      if (IntStream.range(0, values.size()).anyMatch(i -> copies.get(i) != values.get(i))) {
        changed.put(property, value instanceof List<?> ? copies : copies.get(0));
      }
    }
    return changed.isEmpty() ? model : rebuilt(model, builder -> changed.forEach((p, v) -> p.set(builder, v)));
  }

  @Test
  void theUnbrokenDocumentIsValidBothWays() {
    assertThat(REFERENCE.validate(rich())).isEmpty();
    assertThat(PrecompiledRules.isValid(rich())).isTrue();
  }

  static LongStream seeds() {
    return DocumentGenerator.seeds(1000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithHibernateValidatorOnGeneratedDocumentsAndTheirParts(long seed) {
    forSeed(seed, generator -> {
      ClaimDocument valid = generator.validDocument();
      assertThat(PrecompiledRules.isValid(valid)).as("valid document").isTrue();
      ClaimDocument arbitrary = generator.arbitraryDocument();
      for (Object model : parts(arbitrary)) {
        assertThat(PrecompiledRules.isValid(model)).as("%s", model)
            .isEqualTo(REFERENCE.validate(model).isEmpty());
      }
    });
  }

  /** The document and every model object in it. */
  private static List<Object> parts(ClaimDocument document) {
    List<Object> parts = new ArrayList<>(List.of(document));
    document.getActors().forEach(actor -> {
      parts.add(actor);
      parts.addAll(actor.getRoles());
    });
    document.getSources().forEach(source -> {
      parts.add(source);
      source.getCitations().forEach(citation -> {
        parts.add(citation);
        citation.getAnchor().ifPresent(parts::add);
      });
    });
    document.getClaims().forEach(claim -> {
      parts.add(claim);
      parts.addAll(claim.getParticipants());
      claim.getTime().ifPresent(parts::add);
      parts.addAll(claim.getQuantities());
      claim.getAttributions().forEach(attribution -> {
        parts.add(attribution);
        attribution.getStatedAt().ifPresent(parts::add);
        attribution.getQuote().ifPresent(parts::add);
      });
      claim.getAssessments().forEach(assessment -> {
        parts.add(assessment);
        parts.addAll(assessment.getEvidence());
        assessment.getAdmiraltyRating().ifPresent(parts::add);
      });
    });
    parts.addAll(document.getRelations());
    return parts;
  }

  /** Parts validated on their own, and the edges of the character rules, each decided as Hibernate Validator does. */
  static Stream<Object> partsOnTheirOwn() {
    TextAnchor atStart = TextAnchor.builder().exact("The").start(0).end(3).build();
    return Stream.of(
        Role.builder().title(" ").build(),
        Role.builder().title("spokesperson").organisation("white-house").build(),
        TimeSpec.expressed("\t"),
        TimeSpec.builder().start(TimePoint.parse("2024")).end(TimePoint.parse("2023")).build(),
        TimeSpec.at(TimePoint.parse("2023-10")),
        Evidence.builder().description("").build(),
        Evidence.builder().description("Satellite images").source("briefing").build(),
        AdmiraltyRating.of("G", 2),
        AdmiraltyRating.of("F", 6),
        atStart,
        atStart.withStart(-1),
        actor(rich(), 0, a -> a.withExtensions(Map.of("x-a", "1"))),
        actor(rich(), 0, a -> a.withExtensions(Map.of("x-", "1"))),
        actor(rich(), 0, a -> a.withId("id\u0080")),
        actor(rich(), 0, a -> a.withId("\u0080id")),
        actor(rich(), 0, a -> a.withExtensions(Map.of("x-a\u0080", "1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partsOnTheirOwn")
  void decidesEachPartOnItsOwnAsHibernateValidatorDoes(Object part) {
    assertThat(PrecompiledRules.isValid(part)).isEqualTo(REFERENCE.validate(part).isEmpty());
  }

  @Test
  void coversTheModelTypesOnly() {
    assertThat(Stream.of(rich(), rich().getActors().get(0), TimeSpec.expressed("now"))
        .allMatch(PrecompiledRules::covers)).isTrue();
    assertThat(PrecompiledRules.covers("a string")).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> PrecompiledRules.isValid("a string"));
  }

  @Test
  void notBlankCountsUnicodeSpacesAsBlankButNotBlankIfPresentOnlyAsciiOnes() {
    for (String text : List.of("\u2003", "\u001C", "\u00A0", "\u0001", "\u200B")) {
      ClaimDocument name = actor(rich(), 0, a -> a.withName(text));
      ClaimDocument note = claim(rich(), 0, c -> c.withNote(text));
      assertThat(PrecompiledRules.isValid(name)).as("name %h", text).isEqualTo(REFERENCE.validate(name).isEmpty());
      assertThat(PrecompiledRules.isValid(note)).as("note %h", text).isTrue()
          .isEqualTo(REFERENCE.validate(note).isEmpty());
    }
    assertThat(PrecompiledRules.isValid(actor(rich(), 0, a -> a.withName("\u2003")))).isFalse();
  }

  // ---------------------------------------------------------------- changing one part of a document

  private static ClaimDocument actor(ClaimDocument d, int index, UnaryOperator<Actor> change) {
    return d.withActors(replace(d.getActors(), index, change));
  }

  private static ClaimDocument source(ClaimDocument d, int index, UnaryOperator<Source> change) {
    return d.withSources(replace(d.getSources(), index, change));
  }

  private static ClaimDocument citation(ClaimDocument d, UnaryOperator<Citation> change) {
    return source(d, 0, s -> s.withCitations(replace(s.getCitations(), 0, change)));
  }

  private static ClaimDocument claim(ClaimDocument d, int index, UnaryOperator<Claim> change) {
    return d.withClaims(replace(d.getClaims(), index, change));
  }

  private static ClaimDocument attribution(ClaimDocument d, int claim, int index, UnaryOperator<Attribution> change) {
    return claim(d, claim, c -> c.withAttributions(replace(c.getAttributions(), index, change)));
  }

  private static ClaimDocument assessment(ClaimDocument d, int claim, int index,
      UnaryOperator<VerificationAssessment> change) {
    return claim(d, claim, c -> c.withAssessments(replace(c.getAssessments(), index, change)));
  }

  private static <T> List<T> replace(List<T> values, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(values);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }
}
