package io.github.geoclaims.testing;

import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.Extensible;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.validation.GeoClaimsValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator's promises: its documents break no rule, whichever validator checks them; a seed always gives the
 * same document; the size knobs are honoured; every optional property of the model occurs.
 */
class DocumentGeneratorTest {

  private static ValidatorFactory factory;
  private static Validator plainValidator;

  @BeforeAll
  static void buildPlainFactory() {
    factory = Validation.buildDefaultValidatorFactory();
    plainValidator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validDocumentsBreakNoRuleOfTheLibrarysValidator(long seed) {
    forSeed(seed, generator -> assertThat(GeoClaimsValidator.shared().validate(generator.validDocument())).isEmpty());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validDocumentsBreakNoConstraintOfAPlainJakartaValidator(long seed) {
    forSeed(seed, generator -> assertThat(plainValidator.validate(generator.validDocument())).isEmpty());
  }

  static Stream<DocumentShape> largeShapes() {
    return Stream.of(DocumentShape.ofClaims(1), DocumentShape.ofClaims(10), DocumentShape.ofClaims(1_000),
        new DocumentShape(300, 2, 1, 12, 600, 5, true), new DocumentShape(50, 400, 80, 1, 0, 20_000, false));
  }

  @ParameterizedTest
  @MethodSource("largeShapes")
  void largeDocumentsBreakNoRuleOfEitherValidator(DocumentShape shape) {
    ClaimDocument document = new DocumentGenerator(20261123L).validDocument(shape);

    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
    assertThat(plainValidator.validate(document)).isEmpty();
  }

  @Test
  void aBenchmarkSizedDocumentOfAHundredThousandClaimsBreaksNoRule() {
    ClaimDocument document = new DocumentGenerator(20261123L).validDocument(DocumentShape.ofClaims(100_000));

    assertThat(document.getClaims()).hasSize(100_000);
    assertThat(GeoClaimsValidator.shared().validate(document)).isEmpty();
  }

  @Test
  void theSameSeedGivesAnEqualDocument() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(new DocumentGenerator(seed).validDocument()).isEqualTo(new DocumentGenerator(seed).validDocument());
      assertThat(new DocumentGenerator(seed).arbitraryDocument())
          .isEqualTo(new DocumentGenerator(seed).arbitraryDocument());
    }
    DocumentShape shape = DocumentShape.ofClaims(500);
    assertThat(new DocumentGenerator(7L).validDocument(shape))
        .isEqualTo(new DocumentGenerator(7L).validDocument(shape));
  }

  @Test
  void differentSeedsGiveDifferentDocuments() {
    List<ClaimDocument> documents = new ArrayList<>();
    for (long seed = 0; seed < 50; seed++) {
      documents.add(new DocumentGenerator(seed).validDocument());
    }
    assertThat(documents).doesNotHaveDuplicates();
    DocumentShape shape = DocumentShape.ofClaims(500);
    assertThat(new DocumentGenerator(7L).validDocument(shape))
        .isNotEqualTo(new DocumentGenerator(8L).validDocument(shape));
  }

  static Stream<DocumentShape> shapes() {
    return Stream.of(DocumentShape.ofClaims(1_000), DocumentShape.ofClaims(0),
        new DocumentShape(1, 1, 1, 1, 3, 1, true), new DocumentShape(7, 3, 2, 3, 5, 50, false),
        new DocumentShape(200, 10, 4, 8, 40, 700, true));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void everySizeKnobIsHonoured(DocumentShape shape) {
    ClaimDocument document = new DocumentGenerator(11L).validDocument(shape);

    assertThat(document.getClaims()).hasSize(shape.claims());
    assertThat(document.getActors()).hasSize(shape.actors());
    assertThat(document.getSources()).hasSize(shape.sources());
    assertThat(document.getRelations()).hasSize(shape.relations());
    assertThat(document.getClaims()).allSatisfy(claim -> assertThat(claim.getAttributions())
        .hasSizeBetween(1, shape.maxAttributionsPerClaim()));
    assertThat(document.getSources().get(0).getText()).isPresent();
    assertThat(document.getSources()).allSatisfy(source -> source.getText().ifPresent(text ->
        assertThat(text.codePointCount(0, text.length())).isEqualTo(shape.sourceTextLength())));
    List<Extensible> withExtensions = new ArrayList<>();
    ModelWalk.walk(document, (property, value) -> ModelWalk.forEachElement(value, element -> {
      if (element instanceof Extensible extensible && !extensible.getExtensions().isEmpty()) {
        withExtensions.add(extensible);
      }
    }));
    if (!shape.extensionProperties()) {
      assertThat(withExtensions).isEmpty();
      assertThat(document.getExtensions()).isEmpty();
    }
  }

  @Test
  void aThousandClaimsUseTheWholeRangeOfAttributionsAndMostlyQuoteTheirSources() {
    ClaimDocument document = new DocumentGenerator(20261123L).validDocument(DocumentShape.ofClaims(1_000));
    List<Attribution> attributions = document.getClaims().stream().flatMap(c -> c.getAttributions().stream()).toList();

    assertThat(document.getClaims()).anyMatch(claim -> claim.getAttributions().size() == 5);
    assertThat(attributions.size() / 1_000.0).isBetween(1.9, 2.5);
    assertThat(attributions).filteredOn(a -> a.getQuote().isPresent()).hasSizeGreaterThan(attributions.size() / 2);
    assertThat(document.getSources()).filteredOn(source -> source.getText().isPresent()).hasSizeGreaterThan(80);
  }

  @Test
  void everyOptionalPropertyOfEveryModelTypeOccursAcrossTwoHundredSeeds() {
    List<ModelWalk.Property> present = new ArrayList<>();
    seeds().forEach(seed -> ModelWalk.walk(new DocumentGenerator(seed).validDocument(), (property, value) -> {
      if (ModelWalk.isPresent(value) && !present.contains(property)) {
        present.add(property);
      }
    }));

    assertThat(ModelWalk.properties()).as("properties found by reflection").hasSizeGreaterThan(80);
    assertThat(ModelWalk.properties()).as("properties never set by the generator").isSubsetOf(present);
  }

  @Test
  void everyStandardTermOfEveryVocabularyAnExtensionTermAndEveryTimePrecisionOccurAcrossTwoHundredSeeds()
      throws ReflectiveOperationException {
    Map<Class<?>, Set<Object>> seen = new HashMap<>();
    seeds().forEach(seed -> ModelWalk.walk(new DocumentGenerator(seed).validDocument(), (property, value) ->
        ModelWalk.forEachElement(value, element -> seen.computeIfAbsent(element.getClass(), k -> new HashSet<>())
            .add(element))));

    List<Class<?>> vocabularies = ModelWalk.properties().stream()
        .<Class<?>>map(property -> ModelWalk.elementType(property.accessor().getGenericReturnType()))
        .filter(type -> Term.class.isAssignableFrom(type) || type.isEnum()).distinct().toList();
    assertThat(vocabularies).hasSizeGreaterThan(9);
    for (Class<?> vocabulary : vocabularies) {
      Set<Object> terms = seen.getOrDefault(vocabulary, Set.of());
      if (vocabulary.isEnum()) {
        assertThat(terms).as(vocabulary.getSimpleName()).containsAll(List.of(vocabulary.getEnumConstants()));
      } else {
        assertThat(terms).as(vocabulary.getSimpleName())
            .containsAll((List<?>) vocabulary.getMethod("standardValues").invoke(null))
            .anyMatch(term -> ((Term) term).isExtension());
      }
    }
  }

  @Test
  void quotesAndCitationAnchorsStartAfterACharacterOutsideTheBasicMultilingualPlane() {
    List<String> misplaced = new ArrayList<>();
    int anchors = 0;
    for (long seed = 0; seed < 200; seed++) {
      ClaimDocument document = new DocumentGenerator(seed).validDocument();
      for (Source source : document.getSources()) {
        for (var citation : source.getCitations()) {
          if (citation.getAnchor().isPresent()) {
            anchors++;
            checkAfterSupplementary(source.getText().orElseThrow(), citation.getAnchor().get(), misplaced);
          }
        }
      }
      for (Claim claim : document.getClaims()) {
        for (Attribution attribution : claim.getAttributions()) {
          if (attribution.getQuote().isPresent()) {
            anchors++;
            String text = document.findSource(attribution.getSource()).flatMap(Source::getText).orElseThrow();
            checkAfterSupplementary(text, attribution.getQuote().get(), misplaced);
          }
        }
      }
    }
    assertThat(anchors).isGreaterThan(500);
    assertThat(misplaced).isEmpty();
  }

  /** Records the anchor unless its code-point offset differs from its UTF-16 index (a one-code-point text aside). */
  private static void checkAfterSupplementary(String text, TextAnchor anchor, List<String> misplaced) {
    boolean wholeOneCodePointText = anchor.getStart() == 0 && text.codePointCount(0, text.length()) == 1;
    if (!wholeOneCodePointText && text.offsetByCodePoints(0, anchor.getStart()) == anchor.getStart()) {
      misplaced.add(anchor + " in " + text);
    }
  }

  @Test
  void aDocumentWithNoDamageIsTheValidDocumentOfItsSeed() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(new DocumentGenerator(seed).damagedDocument(0)).isEqualTo(new DocumentGenerator(seed).validDocument());
    }
  }

  @Test
  void damageBreaksARuleInMostDocuments() {
    long broken = seeds().filter(seed -> !GeoClaimsValidator.shared()
        .validate(new DocumentGenerator(seed).damagedDocument(3)).isEmpty()).count();

    assertThat(broken).as("documents with three kinds of damage that break a rule, of 200").isGreaterThan(150);
  }

  @Test
  void textsHaveOneToEightyCodePointsAndStartOutsideTheBasicMultilingualPlane() {
    for (long seed = 0; seed < 200; seed++) {
      String text = new DocumentGenerator(seed).text();
      assertThat(text.codePointCount(0, text.length())).isBetween(1, 80);
      assertThat(Character.isSupplementaryCodePoint(text.codePointAt(0))).as(text).isTrue();
    }
  }

  @Test
  void aPropertyThatFailsNamesItsSeed() {
    assertThatThrownBy(() -> forSeed(42L, generator -> assertThat(generator.seed()).isZero()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Property failed for seed 42 (reproduce with new DocumentGenerator(42L) or"
            + " -Dgeoclaims.seed.base=42)");
  }
}
