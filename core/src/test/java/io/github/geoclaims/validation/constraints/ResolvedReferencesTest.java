package io.github.geoclaims.validation.constraints;

import static io.github.geoclaims.model.SampleDocuments.rich;
import static io.github.geoclaims.validation.ValidationAssertions.assertOnlyViolation;
import static io.github.geoclaims.validation.ValidationAssertions.assertValid;
import static io.github.geoclaims.validation.ValidationAssertions.assertViolations;
import static io.github.geoclaims.validation.ValidationAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of reference, resolving in {@link io.github.geoclaims.model.SampleDocuments#rich()}, broken one at a time. */
class ResolvedReferencesTest {

  private static final String GHOST = "ghost";

  private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }

  private static ClaimDocument actor(ClaimDocument d, int i, UnaryOperator<Actor> change) {
    return d.withActors(replace(d.getActors(), i, change));
  }

  private static ClaimDocument source(ClaimDocument d, int i, UnaryOperator<Source> change) {
    return d.withSources(replace(d.getSources(), i, change));
  }

  private static ClaimDocument claim(ClaimDocument d, int i, UnaryOperator<Claim> change) {
    return d.withClaims(replace(d.getClaims(), i, change));
  }

  private static ClaimDocument attribution(ClaimDocument d, int a, UnaryOperator<Attribution> change) {
    return claim(d, 0, c -> c.withAttributions(replace(c.getAttributions(), a, change)));
  }

  private static ClaimDocument assessment(ClaimDocument d, int v, UnaryOperator<VerificationAssessment> change) {
    return claim(d, 0, c -> c.withAssessments(replace(c.getAssessments(), v, change)));
  }

  private static ClaimDocument relation(ClaimDocument d, int r, UnaryOperator<ClaimRelation> change) {
    return d.withRelations(replace(d.getRelations(), r, change));
  }

  static Stream<Arguments> brokenReferences() {
    return Stream.of(
        Arguments.of("group member", (UnaryOperator<ClaimDocument>) d ->
            actor(d, 5, a -> a.withMembers("white-house", GHOST)), "actors[5].members[1]"),
        Arguments.of("role organisation", (UnaryOperator<ClaimDocument>) d ->
            actor(d, 3, a -> a.withRoles(Role.builder().title("spokesperson").organisation(GHOST).build())),
            "actors[3].roles[0].organisation"),
        Arguments.of("publisher", (UnaryOperator<ClaimDocument>) d ->
            source(d, 1, s -> s.withPublisher(GHOST)), "sources[1].publisher"),
        Arguments.of("author", (UnaryOperator<ClaimDocument>) d ->
            source(d, 0, s -> s.withAuthors("john-kirby", GHOST)), "sources[0].authors[1]"),
        Arguments.of("attachedTo", (UnaryOperator<ClaimDocument>) d ->
            source(d, 2, s -> s.withAttachedTo(GHOST)), "sources[2].attachedTo"),
        Arguments.of("citation source", (UnaryOperator<ClaimDocument>) d ->
            source(d, 0, s -> s.withCitations(s.getCitations().get(0).withSource(GHOST))),
            "sources[0].citations[0].source"),
        Arguments.of("participant", (UnaryOperator<ClaimDocument>) d ->
            claim(d, 0, c -> c.withParticipants(Participant.of("north-korea", ParticipantRole.AGENT),
                Participant.of(GHOST, ParticipantRole.RECIPIENT))), "claims[0].participants[1].actor"),
        Arguments.of("claimant", (UnaryOperator<ClaimDocument>) d ->
            attribution(d, 2, a -> a.withClaimant(GHOST)), "claims[0].attributions[2].claimant"),
        Arguments.of("attribution source", (UnaryOperator<ClaimDocument>) d ->
            attribution(d, 1, a -> a.withSource(GHOST)), "claims[0].attributions[1].source"),
        Arguments.of("assessor", (UnaryOperator<ClaimDocument>) d ->
            assessment(d, 1, v -> v.withAssessor(GHOST)), "claims[0].assessments[1].assessor"),
        Arguments.of("evidence source", (UnaryOperator<ClaimDocument>) d ->
            assessment(d, 1, v -> v.withEvidence(Evidence.builder().description("Images").source(GHOST).build())),
            "claims[0].assessments[1].evidence[0].source"),
        Arguments.of("relation from", (UnaryOperator<ClaimDocument>) d ->
            relation(d, 0, r -> r.withFrom(GHOST)), "relations[0].from"),
        Arguments.of("relation to", (UnaryOperator<ClaimDocument>) d ->
            relation(d, 0, r -> r.withTo(GHOST)), "relations[0].to"),
        Arguments.of("relation from, target in another document", (UnaryOperator<ClaimDocument>) d ->
            relation(d, 1, r -> r.withFrom(GHOST)), "relations[1].from"),
        Arguments.of("relation to, target document is this document", (UnaryOperator<ClaimDocument>) d ->
            relation(d, 1, r -> r.withTargetDocument("rich")), "relations[1].to"));
  }

  @Test
  void acceptsDocumentInWhichEveryKindOfReferenceResolves() {
    assertValid(rich());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenReferences")
  void rejectsReferenceThatNamesNothingInTheDocument(String kind, UnaryOperator<ClaimDocument> breakIt,
      String path) {
    assertOnlyViolation(breakIt.apply(rich()), ViolationCode.REFERENCE_UNRESOLVED, path);
  }

  @Test
  void doesNotResolveRelationTargetInAnotherDocumentLocally() {
    assertThat(rich().getRelations().get(1).getTargetDocument()).contains("other-document");
    assertValid(relation(rich(), 1, r -> r.withTo("no-such-claim-here")));
  }

  @Test
  void resolvesEachReferenceOnlyAgainstObjectsOfItsKind() {
    ClaimDocument document = attribution(rich(), 0, a -> a.withClaimant("article").withSource("white-house"));
    var violations = assertViolations(document);
    violations.containsExactly(
        violation(ViolationCode.REFERENCE_UNRESOLVED, "claims[0].attributions[0].claimant"),
        violation(ViolationCode.REFERENCE_UNRESOLVED, "claims[0].attributions[0].source"));
  }

  @Test
  void namesTheKindOfObjectInTheMessage() {
    var violation = assertOnlyViolation(source(rich(), 1, s -> s.withPublisher(GHOST)),
        ViolationCode.REFERENCE_UNRESOLVED, "sources[1].publisher");
    assertThat(violation.message()).isEqualTo("'ghost' does not name any actor in this document");
  }
}
