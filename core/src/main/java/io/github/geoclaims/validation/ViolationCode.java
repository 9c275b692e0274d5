package io.github.geoclaims.validation;

import io.github.geoclaims.validation.constraints.Attributed;
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
import io.github.geoclaims.validation.constraints.Reference;
import io.github.geoclaims.validation.constraints.SourceReliability;
import io.github.geoclaims.validation.constraints.WikidataId;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stable, machine-readable codes of validation violations. The {@link #code()} strings are part of the public
 * contract: they never change meaning, and new ones are only added.
 *
 * <p>Jakarta's own {@code @NotBlank}, {@code @NotEmpty}, {@code @Positive} and {@code @PositiveOrZero}, which the model
 * used before it had its own, keep their codes, for the constraints of a user's types validated through
 * {@link GeoClaimsValidator#using}.
 */
public enum ViolationCode {
  /** A required text, or an optional text that is present, is empty or only whitespace. */
  VALUE_BLANK("value.blank", NotBlank.class, NotBlankIfPresent.class, jakarta.validation.constraints.NotBlank.class),
  /** A required text or collection is empty. */
  VALUE_EMPTY("value.empty", NotEmpty.class, jakarta.validation.constraints.NotEmpty.class),
  /** A number that must be positive is not. */
  VALUE_NOT_POSITIVE("value.not-positive", Positive.class, jakarta.validation.constraints.Positive.class),
  /** A number that must not be negative is. */
  VALUE_NEGATIVE("value.negative", PositiveOrZero.class, jakarta.validation.constraints.PositiveOrZero.class),
  /** An identifier or reference is not well-formed. */
  IDENTIFIER_MALFORMED("identifier.malformed", Identifier.class, Reference.class),
  /** Two objects of the same kind in one document share an identifier. */
  IDENTIFIER_DUPLICATE("identifier.duplicate"),
  /** A reference names nothing of the right kind in the document. */
  REFERENCE_UNRESOLVED("reference.unresolved"),
  /** A vocabulary value is neither standard nor an {@code x-} extension. */
  TERM_UNKNOWN("term.unknown", KnownTerm.class),
  /** An extension property's name does not start with {@code x-}. */
  EXTENSION_NAME_MALFORMED("extension.name-malformed", ExtensionName.class),
  /** A URL is not an absolute http(s) URL. */
  URL_INVALID("url.invalid", HttpUrl.class),
  /** A language tag is not a well-formed BCP 47 tag. */
  LANGUAGE_INVALID("language.invalid", LanguageTag.class),
  /** A country code is not an ISO 3166-1 alpha-2 code. */
  COUNTRY_INVALID("country.invalid", CountryCode.class),
  /** A Wikidata identifier is not {@code Q} followed by digits. */
  WIKIDATA_ID_INVALID("wikidata-id.invalid", WikidataId.class),
  /** A probability is outside [0, 1]. */
  PROBABILITY_OUT_OF_RANGE("probability.out-of-range", Probability.class),
  /** An Admiralty source-reliability grade is not A to F. */
  ADMIRALTY_RELIABILITY_INVALID("admiralty.reliability-invalid", SourceReliability.class),
  /** An Admiralty information-credibility grade is not 1 to 6. */
  ADMIRALTY_CREDIBILITY_INVALID("admiralty.credibility-invalid", InformationCredibility.class),
  /** A claim has no attribution. */
  CLAIM_UNATTRIBUTED("claim.unattributed", Attributed.class),
  /** A time specification is empty: no point, no interval, no expression. */
  TIME_EMPTY("time.empty"),
  /** A time specification has both a point and an interval. */
  TIME_AMBIGUOUS("time.ambiguous"),
  /** An interval starts after it ends. */
  TIME_INTERVAL_REVERSED("time.interval-reversed"),
  /** A statement is dated after the publication of the source that reports it. */
  TIME_STATEMENT_AFTER_PUBLICATION("time.statement-after-publication"),
  /** A quantity has neither a value nor a bound. */
  QUANTITY_EMPTY("quantity.empty"),
  /** A quantity has a value together with bounds, or two bounds on the same side. */
  QUANTITY_CONFLICTING("quantity.conflicting"),
  /** A quantity's lower bound is above its upper bound. */
  QUANTITY_BOUNDS_REVERSED("quantity.bounds-reversed"),
  /** An anchor's start is not before its end. */
  ANCHOR_RANGE_INVALID("anchor.range-invalid"),
  /** An anchor's offsets span a different number of code points than its text has. */
  ANCHOR_LENGTH_MISMATCH("anchor.length-mismatch"),
  /** An anchor's offsets lie beyond the end of its source's text. */
  ANCHOR_OUT_OF_RANGE("anchor.out-of-range"),
  /** The source's text at an anchor's offsets is not the anchor's text. */
  ANCHOR_TEXT_MISMATCH("anchor.text-mismatch"),
  /** The source's text before an anchor is not its prefix. */
  ANCHOR_PREFIX_MISMATCH("anchor.prefix-mismatch"),
  /** The source's text after an anchor is not its suffix. */
  ANCHOR_SUFFIX_MISMATCH("anchor.suffix-mismatch"),
  /** A confirmed or refuted verdict names no evidence. */
  VERIFICATION_EVIDENCE_MISSING("verification.evidence-missing"),
  /** A claim is assessed as corroborated with fewer than two independent origins. */
  VERIFICATION_CORROBORATION_INSUFFICIENT("verification.corroboration-insufficient"),
  /** A group lists more members than its stated member count, or a non-group lists members. */
  GROUP_INCONSISTENT("group.inconsistent"),
  /** Following {@code relayedFrom} links returns to an attribution already visited. */
  CHAIN_CYCLE("chain.cycle"),
  /** A reference to another document of a corpus names a document, or something in it, that the corpus lacks. */
  CORPUS_REFERENCE_UNRESOLVED("corpus.reference-unresolved"),
  /** Following {@code relayedFrom} links across the documents of a corpus returns to an attribution already visited. */
  CORPUS_CHAIN_CYCLE("corpus.chain-cycle"),
  /** Two documents of a corpus share an identifier. */
  CORPUS_DOCUMENT_DUPLICATE("corpus.document-duplicate"),
  /** Directed claim relations form a cycle, or a claim relates to itself. */
  RELATION_CYCLE("relation.cycle"),
  /** A constraint outside this library was violated (a user's own constraint). */
  OTHER("other");

  private final String code;
  private final List<Class<? extends Annotation>> constraints;

  @SafeVarargs
  ViolationCode(String code, Class<? extends Annotation>... constraints) {
    this.code = code;
    this.constraints = List.of(constraints);
  }

  /** Returns the stable code, such as {@code anchor.text-mismatch}. */
  public String code() {
    return code;
  }

  /**
   * Returns the code reported for every violation of a constraint that has exactly one code.
   *
   * @param constraint the constraint annotation type
   * @return the code, or empty if the constraint reports several codes (or is not this library's)
   */
  static Optional<ViolationCode> forConstraint(Class<? extends Annotation> constraint) {
    return Arrays.stream(values()).filter(value -> value.constraints.contains(constraint)).findFirst();
  }

  /**
   * Returns the violation code with the given stable code string.
   *
   * @param code the code, such as {@code reference.unresolved}
   * @return the violation code, or empty if there is none
   */
  public static Optional<ViolationCode> fromCode(String code) {
    return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
  }
}
