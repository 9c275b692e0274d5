package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.Actor.MEMBERS;
import static io.github.geoclaims.model.meta.PropertyNames.Actor.ROLES;
import static io.github.geoclaims.model.meta.PropertyNames.Attribution.CLAIMANT;
import static io.github.geoclaims.model.meta.PropertyNames.Attribution.COMMUNICATION;
import static io.github.geoclaims.model.meta.PropertyNames.Attribution.RELAYED_FROM;
import static io.github.geoclaims.model.meta.PropertyNames.Claim.ASSESSMENTS;
import static io.github.geoclaims.model.meta.PropertyNames.Claim.PARTICIPANTS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.ACTORS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.CLAIMS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.COMMUNICATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.RELATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.SOURCES;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.FROM;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.TO;
import static io.github.geoclaims.model.meta.PropertyNames.Communication.ISSUER;
import static io.github.geoclaims.model.meta.PropertyNames.Communication.PUBLISHED_IN;
import static io.github.geoclaims.model.meta.PropertyNames.Participant.ACTOR;
import static io.github.geoclaims.model.meta.PropertyNames.Role.ORGANISATION;
import static io.github.geoclaims.model.meta.PropertyNames.Source.ATTACHED_TO;
import static io.github.geoclaims.model.meta.PropertyNames.Source.AUTHORS;
import static io.github.geoclaims.model.meta.PropertyNames.Source.CITATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.Source.PUBLISHER;
import static io.github.geoclaims.model.meta.PropertyNames.VerificationAssessment.ASSESSOR;
import static io.github.geoclaims.model.meta.PropertyNames.VerificationAssessment.EVIDENCE;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.QualifiedId;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.meta.PropertyNames;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ResolvedReferences;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Supplier;

/** Validates {@link ResolvedReferences}. */
public final class ResolvedReferencesValidator implements ConstraintValidator<ResolvedReferences, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ResolvedReferencesValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    Check check = new Check(document, new ConstraintReport(context));
    checkActors(check, document.getActors());
    checkSources(check, document.getSources());
    checkCommunications(check, document.getCommunications());
    checkClaims(check, document.getClaims());
    Attributions.forEach(document, (position, attribution) -> {
      check.actor(attribution.getClaimant(), () -> position.path() + "." + CLAIMANT);
      check.source(attribution.getSource(), () -> position.path() + "." + PropertyNames.Attribution.SOURCE);
      attribution.getCommunication()
          .ifPresent(reference -> check.communication(reference, () -> position.path() + "." + COMMUNICATION));
      attribution.getRelayedFrom()
          .ifPresent(reference -> check.notSelfQualified(reference, () -> position.path() + "." + RELAYED_FROM));
    });
    List<ClaimRelation> relations = document.getRelations();
    for (int i = 0; i < relations.size(); i++) {
      ClaimRelation relation = relations.get(i);
      int index = i;
      check.claim(relation.getFrom(), () -> RELATIONS + "[" + index + "]." + FROM);
      if (relation.isTargetIn(document.getId())) {
        check.claim(relation.getTo(), () -> RELATIONS + "[" + index + "]." + TO);
      }
    }
    return check.report.isValid();
  }

  private static void checkActors(Check check, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      String path = ACTORS + "[" + i + "]";
      for (int m = 0; m < actor.getMembers().size(); m++) {
        int member = m;
        check.actor(actor.getMembers().get(m), () -> path + "." + MEMBERS + "[" + member + "]");
      }
      List<Role> roles = actor.getRoles();
      for (int r = 0; r < roles.size(); r++) {
        int role = r;
        roles.get(r).getOrganisation()
            .ifPresent(id -> check.actor(id, () -> path + "." + ROLES + "[" + role + "]." + ORGANISATION));
      }
    }
  }

  private static void checkSources(Check check, List<Source> sources) {
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      String path = SOURCES + "[" + i + "]";
      source.getPublisher().ifPresent(id -> check.actor(id, () -> path + "." + PUBLISHER));
      for (int a = 0; a < source.getAuthors().size(); a++) {
        int author = a;
        check.actor(source.getAuthors().get(a), () -> path + "." + AUTHORS + "[" + author + "]");
      }
      source.getAttachedTo().ifPresent(id -> check.source(id, () -> path + "." + ATTACHED_TO));
      List<Citation> citations = source.getCitations();
      for (int c = 0; c < citations.size(); c++) {
        int citation = c;
        citations.get(c).getSource().ifPresent(id -> check.source(id,
            () -> path + "." + CITATIONS + "[" + citation + "]." + PropertyNames.Citation.SOURCE));
      }
    }
  }

  private static void checkCommunications(Check check, List<Communication> communications) {
    for (int i = 0; i < communications.size(); i++) {
      Communication communication = communications.get(i);
      String path = COMMUNICATIONS + "[" + i + "]";
      communication.getIssuer().ifPresent(id -> check.actor(id, () -> path + "." + ISSUER));
      communication.getPublishedIn().ifPresent(id -> check.source(id, () -> path + "." + PUBLISHED_IN));
    }
  }

  private static void checkClaims(Check check, List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      int index = i;
      for (int p = 0; p < claim.getParticipants().size(); p++) {
        int participant = p;
        check.actor(claim.getParticipants().get(p).getActor(),
            () -> CLAIMS + "[" + index + "]." + PARTICIPANTS + "[" + participant + "]." + ACTOR);
      }
      List<VerificationAssessment> assessments = claim.getAssessments();
      for (int v = 0; v < assessments.size(); v++) {
        VerificationAssessment assessment = assessments.get(v);
        int at = v;
        assessment.getAssessor().ifPresent(id -> check.actor(id,
            () -> CLAIMS + "[" + index + "]." + ASSESSMENTS + "[" + at + "]." + ASSESSOR));
        for (int e = 0; e < assessment.getEvidence().size(); e++) {
          int evidence = e;
          assessment.getEvidence().get(e).getSource().ifPresent(id -> check.source(id,
              () -> CLAIMS + "[" + index + "]." + ASSESSMENTS + "[" + at + "]." + EVIDENCE + "[" + evidence
                  + "]." + PropertyNames.Evidence.SOURCE));
        }
      }
    }
  }

  /** Looks identifiers up in the document and reports those that name nothing; paths are rendered on report. */
  private static final class Check {
    private final ClaimDocument document;
    private final ConstraintReport report;

    Check(ClaimDocument document, ConstraintReport report) {
      this.document = document;
      this.report = report;
    }

    void actor(String id, Supplier<String> path) {
      if (document.findActor(id).isEmpty()) {
        unresolved(path, id, "actor");
      }
    }

    void source(String id, Supplier<String> path) {
      if (document.findSource(id).isEmpty()) {
        unresolved(path, id, "source");
      }
    }

    /**
     * Checks a reference to a communication: a local one must name a communication of this document; a global one
     * names another document's, which only a corpus can resolve.
     */
    void communication(String reference, Supplier<String> path) {
      if (notSelfQualified(reference, path) && reference.indexOf(QualifiedId.SEPARATOR) < 0
          && document.findCommunication(reference).isEmpty()) {
        unresolved(path, reference, "communication");
      }
    }

    /**
     * Reports a global reference that names this document itself: within a document, a reference is the local
     * identifier. Returns {@code true} if the reference is not one.
     */
    boolean notSelfQualified(String reference, Supplier<String> path) {
      QualifiedId id = QualifiedId.parse(reference);
      if (id.getDocument().isPresent() && !id.isElsewhere(document.getId())) {
        report.add(ViolationCode.REFERENCE_UNRESOLVED, path.get(), ConstraintReport.quoted(reference)
            + " names this document; within a document write the local identifier "
            + ConstraintReport.quoted(id.getLocalId()));
        return false;
      }
      return true;
    }

    void claim(String id, Supplier<String> path) {
      if (document.findClaim(id).isEmpty()) {
        unresolved(path, id, "claim");
      }
    }

    private void unresolved(Supplier<String> path, String id, String kind) {
      report.add(ViolationCode.REFERENCE_UNRESOLVED, path.get(),
          ConstraintReport.quoted(id) + " does not name any " + kind + " in this document");
    }
  }
}
