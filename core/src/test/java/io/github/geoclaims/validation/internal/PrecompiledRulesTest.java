package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.SampleDocuments.rich;
import static io.github.geoclaims.testing.DocumentGenerator.forSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionBasis;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.CommunicationKind;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.SampleDocuments;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.testing.DocumentGenerator;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import io.github.geoclaims.validation.ViolationCode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precompiled pass gives Hibernate Validator's verdict: on a broken value at every constraint site the model
 * declares (the list is read from Hibernate Validator's metadata, so a new constraint needs a case here), and on
 * generated valid and damaged documents and their parts.
 */
class PrecompiledRulesTest {

  /** Hibernate Validator alone: {@link GeoClaimsValidator#using} never takes the precompiled path. */
  private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
  private static final GeoClaimsValidator REFERENCE = GeoClaimsValidator.using(HIBERNATE);

  /** One way to break {@link io.github.geoclaims.model.SampleDocuments#rich()} at one constraint site. */
  record Break(String site, ViolationCode code, UnaryOperator<ClaimDocument> change) {
    @Override
    public String toString() {
      return site;
    }
  }

  static List<Break> breaks() {
    List<Break> b = new ArrayList<>();
    // ClaimDocument (actors 0 north-korea, 1 white-house, 2 russia, 3 john-kirby, 4 outlet, 5 coalition)
    b.add(new Break("ClaimDocument @AcyclicRelations", ViolationCode.RELATION_CYCLE,
        d -> d.withRelations(SampleDocuments.relation("shipped", RelationKind.SUPPORTS, "shipped"))));
    b.add(new Break("ClaimDocument @QuotesMatchSourceText", ViolationCode.ANCHOR_TEXT_MISMATCH,
        d -> attribution(d, 0, 0, a -> a.withQuote(TextAnchor.builder().exact("The Black House said").start(0)
            .end(20).build()))));
    b.add(new Break("ClaimDocument @ResolvedReferences", ViolationCode.REFERENCE_UNRESOLVED,
        d -> claim(d, 0, c -> c.withParticipants(Participant.of("nobody", ParticipantRole.AGENT)))));
    b.add(new Break("ClaimDocument @StatementsNotAfterPublication", ViolationCode.TIME_STATEMENT_AFTER_PUBLICATION,
        d -> attribution(d, 0, 0, a -> a.withStatedAt(TimeSpec.at(TimePoint.parse("2024-01-01"))))));
    b.add(new Break("ClaimDocument @UniqueIdentifiers", ViolationCode.IDENTIFIER_DUPLICATE,
        d -> actor(d, 2, a -> a.withId("north-korea"))));
    b.add(new Break("ClaimDocument.actors[] @Valid", ViolationCode.VALUE_BLANK,
        d -> actor(d, 1, a -> a.withName(" "))));
    b.add(new Break("ClaimDocument.claims[] @Valid", ViolationCode.VALUE_BLANK,
        d -> claim(d, 1, c -> c.withProposition(""))));
    b.add(new Break("ClaimDocument.communications[] @Valid", ViolationCode.TERM_UNKNOWN,
        d -> communication(d, c -> c.withKind(CommunicationKind.of("speech")))));
    b.add(new Break("ClaimDocument.description? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> d.withDescription(" \t")));
    b.add(new Break("ClaimDocument.extensions<key> @ExtensionName", ViolationCode.EXTENSION_NAME_MALFORMED,
        d -> d.withExtensions(Map.of("collector", "1"))));
    b.add(new Break("ClaimDocument.id @Identifier", ViolationCode.IDENTIFIER_MALFORMED, d -> d.withId("rich doc")));
    b.add(new Break("ClaimDocument.relations[] @Valid", ViolationCode.IDENTIFIER_MALFORMED,
        d -> relation(d, 1, r -> r.withTo("nk arms"))));
    b.add(new Break("ClaimDocument.sources[] @Valid", ViolationCode.TERM_UNKNOWN,
        d -> source(d, 1, s -> s.withKind(SourceKind.of("tweet")))));
    b.add(new Break("ClaimDocument.title? @NotBlankIfPresent", ViolationCode.VALUE_BLANK, d -> d.withTitle("\n")));
    // Actor, Role
    b.add(new Break("Actor @ConsistentGroup", ViolationCode.GROUP_INCONSISTENT,
        d -> actor(d, 5, a -> a.withMemberCount(1))));
    b.add(new Break("Actor.aliases[] @NotBlank", ViolationCode.VALUE_BLANK,
        d -> actor(d, 0, a -> a.withAliases("Pyongyang", "\u2003"))));
    b.add(new Break("Actor.countryCode? @CountryCode", ViolationCode.COUNTRY_INVALID,
        d -> actor(d, 0, a -> a.withCountryCode("kp"))));
    b.add(new Break("Actor.description? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> actor(d, 0, a -> a.withDescription("\r\n"))));
    b.add(new Break("Actor.extensions<key> @ExtensionName", ViolationCode.EXTENSION_NAME_MALFORMED,
        d -> actor(d, 0, a -> a.withExtensions(Map.of("x-", "1")))));
    b.add(new Break("Actor.id @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> actor(d, 4, a -> a.withId("-outlet"))));
    b.add(new Break("Actor.identityCaveat? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> actor(d, 0, a -> a.withIdentityCaveat("\u000B"))));
    b.add(new Break("Actor.kind @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> actor(d, 0, a -> a.withKind(ActorKind.of("kingdom")))));
    b.add(new Break("Actor.memberCount? @Positive", ViolationCode.VALUE_NOT_POSITIVE,
        d -> actor(d, 5, a -> a.withMemberCount(0).withMembers())));
    b.add(new Break("Actor.members[] @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> actor(d, 5, a -> a.withMembers("white-house", "north korea"))));
    b.add(new Break("Actor.name @NotBlank", ViolationCode.VALUE_BLANK, d -> actor(d, 0, a -> a.withName(" \t "))));
    b.add(new Break("Actor.roles[] @Valid", ViolationCode.VALUE_BLANK,
        d -> actor(d, 3, a -> a.withRoles(Role.builder().title(" ").build()))));
    b.add(new Break("Actor.wikidataId? @WikidataId", ViolationCode.WIKIDATA_ID_INVALID,
        d -> actor(d, 0, a -> a.withWikidataId("Q0423"))));
    b.add(new Break("Role.organisation? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> actor(d, 3, a -> a.withRoles(Role.builder().title("spokesperson").organisation("white house")
            .build()))));
    b.add(new Break("Role.title @NotBlank", ViolationCode.VALUE_BLANK,
        d -> actor(d, 3, a -> a.withRoles(Role.builder().title("").build()))));
    // Source, Citation (source 0 article with a citation, 1 briefing, 2 comment)
    b.add(new Break("Source.attachedTo? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> source(d, 2, s -> s.withAttachedTo("article/1"))));
    b.add(new Break("Source.authors[] @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> source(d, 0, s -> s.withAuthors("john-kirby", ""))));
    b.add(new Break("Source.citations[] @Valid", ViolationCode.URL_INVALID,
        d -> citation(d, c -> c.withUrl("ftp://example.org/briefing"))));
    b.add(new Break("Source.description? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> source(d, 2, s -> s.withDescription(" "))));
    b.add(new Break("Source.extensions<key> @ExtensionName", ViolationCode.EXTENSION_NAME_MALFORMED,
        d -> source(d, 0, s -> s.withExtensions(Map.of("x-a b", "1")))));
    b.add(new Break("Source.id @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> source(d, 1, s -> s.withId("a".repeat(129)))));
    b.add(new Break("Source.kind @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> source(d, 1, s -> s.withKind(SourceKind.of("News-Article")))));
    b.add(new Break("Source.language? @LanguageTag", ViolationCode.LANGUAGE_INVALID,
        d -> source(d, 0, s -> s.withLanguage("english"))));
    b.add(new Break("Source.publisher? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> source(d, 0, s -> s.withPublisher("the outlet"))));
    b.add(new Break("Source.title? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> source(d, 0, s -> s.withTitle("\f"))));
    b.add(new Break("Source.url? @HttpUrl", ViolationCode.URL_INVALID,
        d -> source(d, 0, s -> s.withUrl("https:///no-host"))));
    b.add(new Break("Citation.anchor? @Valid", ViolationCode.VALUE_NEGATIVE,
        d -> citation(d, c -> c.withAnchor(TextAnchor.builder().exact("Russia.").start(-1).end(6).build()))));
    b.add(new Break("Citation.marker? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> citation(d, c -> c.withMarker(" "))));
    b.add(new Break("Citation.note? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> citation(d, c -> c.withNote(""))));
    b.add(new Break("Citation.source? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> citation(d, c -> c.withSource("briefing#1"))));
    b.add(new Break("Citation.title? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> citation(d, c -> c.withTitle("\t"))));
    b.add(new Break("Citation.url? @HttpUrl", ViolationCode.URL_INVALID,
        d -> citation(d, c -> c.withUrl("example.org/briefing"))));
    // Communication (one press briefing, added to the document)
    b.add(new Break("Communication.description? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> communication(d, c -> c.withDescription(" "))));
    b.add(new Break("Communication.extensions<key> @ExtensionName", ViolationCode.EXTENSION_NAME_MALFORMED,
        d -> communication(d, c -> c.withExtensions(Map.of("briefing", "1")))));
    b.add(new Break("Communication.id @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> communication(d, c -> c.withId("the briefing"))));
    b.add(new Break("Communication.issuedAt? @Valid", ViolationCode.VALUE_BLANK,
        d -> communication(d, c -> c.withIssuedAt(TimeSpec.expressed("\t")))));
    b.add(new Break("Communication.issuer? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> communication(d, c -> c.withIssuer("white house"))));
    b.add(new Break("Communication.kind @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> communication(d, c -> c.withKind(CommunicationKind.of("Press-Briefing")))));
    b.add(new Break("Communication.publishedIn? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> communication(d, c -> c.withPublishedIn("article/2"))));
    // TextAnchor, TimeSpec
    b.add(new Break("TextAnchor @ConsistentAnchor", ViolationCode.ANCHOR_RANGE_INVALID,
        d -> citation(d, c -> c.withAnchor(TextAnchor.builder().exact("Russia.").start(9).end(2).build()))));
    b.add(new Break("TextAnchor.end @PositiveOrZero", ViolationCode.VALUE_NEGATIVE,
        d -> citation(d, c -> c.withAnchor(TextAnchor.builder().exact("Russia.").start(0).end(-7).build()))));
    b.add(new Break("TextAnchor.exact @NotEmpty", ViolationCode.VALUE_EMPTY,
        d -> citation(d, c -> c.withAnchor(TextAnchor.builder().exact("").start(0).end(0).build()))));
    b.add(new Break("TextAnchor.start @PositiveOrZero", ViolationCode.VALUE_NEGATIVE,
        d -> attribution(d, 0, 0, a -> a.withQuote(TextAnchor.builder().exact("The").start(-3).end(0).build()))));
    b.add(new Break("TimeSpec @ConsistentTime", ViolationCode.TIME_EMPTY,
        d -> claim(d, 0, c -> c.withTime(TimeSpec.builder().build()))));
    b.add(new Break("TimeSpec.expression? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withTime(TimeSpec.expressed(" ")))));
    // Claim, Participant, Quantity (claim 0 shipped, 1 denied)
    b.add(new Break("Claim @ConsistentAttributionChains", ViolationCode.CHAIN_CYCLE,
        d -> attribution(d, 0, 2, a -> a.withRelayedFrom("a-outlet"))));
    b.add(new Break("Claim @CorroboratedByIndependentOrigins", ViolationCode.VERIFICATION_CORROBORATION_INSUFFICIENT,
        d -> claim(d, 1, c -> c.withAssessments(VerificationAssessment.builder()
            .status(VerificationStatus.CORROBORATED).rationale("Two sources.").build()))));
    b.add(new Break("Claim.assessments[] @Valid", ViolationCode.VALUE_BLANK,
        d -> assessment(d, 0, 0, v -> v.withRationale(" "))));
    b.add(new Break("Claim.attributions @Attributed", ViolationCode.CLAIM_UNATTRIBUTED,
        d -> claim(d, 1, c -> c.withAttributions())));
    b.add(new Break("Claim.attributions[] @Valid", ViolationCode.TERM_UNKNOWN,
        d -> attribution(d, 1, 0, a -> a.withStance(Stance.of("shrugs")))));
    b.add(new Break("Claim.eventKind @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> claim(d, 0, c -> c.withEventKind(EventKind.of("x-")))));
    b.add(new Break("Claim.extensions<key> @ExtensionName", ViolationCode.EXTENSION_NAME_MALFORMED,
        d -> claim(d, 0, c -> c.withExtensions(Map.of("X-batch", "1")))));
    b.add(new Break("Claim.id @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> claim(d, 1, c -> c.withId("dénied"))));
    b.add(new Break("Claim.location? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withLocation("  "))));
    b.add(new Break("Claim.note? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withNote(" "))));
    b.add(new Break("Claim.participants[] @Valid", ViolationCode.TERM_UNKNOWN,
        d -> claim(d, 0, c -> c.withParticipants(Participant.of("russia", ParticipantRole.of("buyer"))))));
    b.add(new Break("Claim.proposition @NotBlank", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withProposition(" \u001F "))));
    b.add(new Break("Claim.quantities[] @Valid", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withQuantities(Quantity.builder().unit(" ").value(java.math.BigDecimal.ONE)
            .build()))));
    b.add(new Break("Claim.time? @Valid", ViolationCode.TIME_INTERVAL_REVERSED,
        d -> claim(d, 0, c -> c.withTime(TimeSpec.builder().start(TimePoint.parse("2023-10"))
            .end(TimePoint.parse("2023-09")).build()))));
    b.add(new Break("Participant.actor @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> claim(d, 0, c -> c.withParticipants(Participant.of("north_korea!", ParticipantRole.AGENT)))));
    b.add(new Break("Participant.role @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> claim(d, 0, c -> c.withParticipants(Participant.of("russia", ParticipantRole.of("x-Buyer"))))));
    b.add(new Break("Quantity @ConsistentQuantity", ViolationCode.QUANTITY_EMPTY,
        d -> claim(d, 0, c -> c.withQuantities(Quantity.builder().unit("containers").build()))));
    b.add(new Break("Quantity.text? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withQuantities(c.getQuantities().get(0).withText("\n")))));
    b.add(new Break("Quantity.unit @NotBlank", ViolationCode.VALUE_BLANK,
        d -> claim(d, 0, c -> c.withQuantities(c.getQuantities().get(0).withUnit("")))));
    // Attribution (claim 0: 0 white house, 1 russia, 2 outlet relaying the white house)
    b.add(new Break("Attribution.claimant @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> attribution(d, 0, 1, a -> a.withClaimant("the kremlin"))));
    b.add(new Break("Attribution.extensions<key> @ExtensionName", ViolationCode.EXTENSION_NAME_MALFORMED,
        d -> attribution(d, 0, 1, a -> a.withExtensions(Map.of("x-batch/1", "1")))));
    b.add(new Break("Attribution.hedges[] @NotBlank", ViolationCode.VALUE_BLANK,
        d -> attribution(d, 0, 2, a -> a.withHedges(" "))));
    b.add(new Break("Attribution.id @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> attribution(d, 1, 0, a -> a.withId(":denial"))));
    b.add(new Break("Attribution.modality @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> attribution(d, 0, 1, a -> a.withModality(Modality.of("rumoured")))));
    b.add(new Break("Attribution.mode @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> attribution(d, 0, 1, a -> a.withMode(AttributionMode.of("tweet")))));
    b.add(new Break("Attribution.note? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> attribution(d, 0, 1, a -> a.withNote(" "))));
    b.add(new Break("Attribution.quote? @Valid", ViolationCode.ANCHOR_RANGE_INVALID,
        d -> attribution(d, 0, 1, a -> a.withQuote(TextAnchor.builder().exact("Moscow").start(90).end(80)
            .build()))));
    b.add(new Break("Attribution.relayedFrom? @Reference", ViolationCode.IDENTIFIER_MALFORMED,
        d -> attribution(d, 0, 2, a -> a.withRelayedFrom("other-document/a/white-house"))));
    b.add(new Break("Attribution.communication? @Reference", ViolationCode.IDENTIFIER_MALFORMED,
        d -> attribution(d, 0, 1, a -> a.withCommunication("/briefing"))));
    b.add(new Break("Attribution.basis? @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> attribution(d, 0, 2, a -> a.withBasis(AttributionBasis.of("hearsay")))));
    b.add(new Break("Attribution.source @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> attribution(d, 0, 1, a -> a.withSource("the article"))));
    b.add(new Break("Attribution.stance @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> attribution(d, 0, 1, a -> a.withStance(Stance.of("denies-strongly")))));
    b.add(new Break("Attribution.statedAt? @Valid", ViolationCode.TIME_AMBIGUOUS,
        d -> attribution(d, 0, 1, a -> a.withStatedAt(TimeSpec.builder().at(TimePoint.parse("2023-10-12"))
            .start(TimePoint.parse("2023-10-11")).build()))));
    // VerificationAssessment, Evidence, AdmiraltyRating (claim 0: assessment 1 has evidence, confidence, rating)
    b.add(new Break("VerificationAssessment @VerdictHasEvidence", ViolationCode.VERIFICATION_EVIDENCE_MISSING,
        d -> assessment(d, 0, 1, v -> v.withEvidence())));
    b.add(new Break("VerificationAssessment.admiraltyRating? @Valid", ViolationCode.ADMIRALTY_RELIABILITY_INVALID,
        d -> assessment(d, 0, 1, v -> v.withAdmiraltyRating(AdmiraltyRating.of("b", 2)))));
    b.add(new Break("VerificationAssessment.assessor? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> assessment(d, 0, 0, v -> v.withAssessor("the outlet"))));
    b.add(new Break("VerificationAssessment.confidence? @Probability", ViolationCode.PROBABILITY_OUT_OF_RANGE,
        d -> assessment(d, 0, 1, v -> v.withConfidence(Double.NaN))));
    b.add(new Break("VerificationAssessment.evidence[] @Valid", ViolationCode.VALUE_BLANK,
        d -> assessment(d, 0, 1, v -> v.withEvidence(Evidence.builder().description("\t").build()))));
    b.add(new Break("VerificationAssessment.rationale @NotBlank", ViolationCode.VALUE_BLANK,
        d -> assessment(d, 0, 1, v -> v.withRationale("   "))));
    b.add(new Break("VerificationAssessment.status @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> assessment(d, 0, 0, v -> v.withStatus(VerificationStatus.of("probable")))));
    b.add(new Break("Evidence.description @NotBlank", ViolationCode.VALUE_BLANK,
        d -> assessment(d, 0, 1, v -> v.withEvidence(Evidence.builder().description("").source("briefing")
            .build()))));
    b.add(new Break("Evidence.source? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> assessment(d, 0, 1, v -> v.withEvidence(Evidence.builder().description("Imagery").source("brief ing")
            .build()))));
    b.add(new Break("AdmiraltyRating.informationCredibility @InformationCredibility",
        ViolationCode.ADMIRALTY_CREDIBILITY_INVALID,
        d -> assessment(d, 0, 1, v -> v.withAdmiraltyRating(AdmiraltyRating.of("B", 7)))));
    b.add(new Break("AdmiraltyRating.sourceReliability @SourceReliability", ViolationCode.ADMIRALTY_RELIABILITY_INVALID,
        d -> assessment(d, 0, 1, v -> v.withAdmiraltyRating(AdmiraltyRating.of("AB", 2)))));
    // ClaimRelation (0 denied denies shipped, 1 shipped same-proposition as another document's claim)
    b.add(new Break("ClaimRelation.from @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> relation(d, 0, r -> r.withFrom("denied?"))));
    b.add(new Break("ClaimRelation.kind @KnownTerm", ViolationCode.TERM_UNKNOWN,
        d -> relation(d, 0, r -> r.withKind(RelationKind.of("refutes")))));
    b.add(new Break("ClaimRelation.note? @NotBlankIfPresent", ViolationCode.VALUE_BLANK,
        d -> relation(d, 0, r -> r.withNote(" "))));
    b.add(new Break("ClaimRelation.targetDocument? @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> relation(d, 1, r -> r.withTargetDocument("other document"))));
    b.add(new Break("ClaimRelation.to @Identifier", ViolationCode.IDENTIFIER_MALFORMED,
        d -> relation(d, 0, r -> r.withTo(""))));
    return b;
  }

  @Test
  void everyConstraintTheModelDeclaresHasABreakingCase() {
    TreeSet<String> sites = new TreeSet<>();
    for (ModelType<?> modelType : Metamodel.types()) {
      Class<?> type = modelType.javaType();
      BeanDescriptor bean = HIBERNATE.getConstraintsForClass(type);
      String name = type.getSimpleName();
      bean.getConstraintDescriptors().forEach(c -> sites.add(name + " " + annotation(c)));
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        String at = name + "." + property.getPropertyName();
        property.getConstraintDescriptors().forEach(c -> sites.add(at + " " + annotation(c)));
        if (property.isCascaded()) {
          sites.add(at + " @Valid");
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
          String in = at + (element.getContainerClass() == List.class ? "[]"
              : element.getContainerClass() == Optional.class ? "?" : "<key>");
          element.getConstraintDescriptors().forEach(c -> sites.add(in + " " + annotation(c)));
          if (element.isCascaded()) {
            sites.add(in + " @Valid");
          }
          assertThat(element.getConstrainedContainerElementTypes()).as("nested containers in " + in).isEmpty();
        }
      }
    }
    assertThat(breaks()).extracting(Break::site).containsExactlyInAnyOrderElementsOf(sites);
  }

  private static String annotation(ConstraintDescriptor<?> constraint) {
    return "@" + constraint.getAnnotation().annotationType().getSimpleName();
  }

  @Test
  void theUnbrokenDocumentIsValidBothWays() {
    assertThat(REFERENCE.validate(rich())).isEmpty();
    assertThat(PrecompiledRules.isValid(rich())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void aBrokenValueAtEveryConstraintSiteIsInvalidBothWays(Break broken) {
    ClaimDocument document = broken.change().apply(rich());
    assertThat(REFERENCE.validate(document)).extracting(Violation::code).contains(broken.code());
    assertThat(PrecompiledRules.isValid(document)).isFalse();
    assertThat(GeoClaimsValidator.shared().validate(document)).isEqualTo(REFERENCE.validate(document));
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

  /** The document with one press briefing, changed. */
  private static ClaimDocument communication(ClaimDocument d, UnaryOperator<Communication> change) {
    return d.withCommunications(change.apply(
        Communication.builder().id("briefing-remarks").kind(CommunicationKind.PRESS_BRIEFING).build()));
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

  private static ClaimDocument relation(ClaimDocument d, int index, UnaryOperator<ClaimRelation> change) {
    return d.withRelations(replace(d.getRelations(), index, change));
  }

  private static <T> List<T> replace(List<T> values, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(values);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }
}
