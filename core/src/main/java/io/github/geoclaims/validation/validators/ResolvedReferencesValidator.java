package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ResolvedReferences;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;

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
    checkClaims(check, document.getClaims());
    Attributions.forEach(document, (path, attribution) -> {
      check.actor(path + ".claimant", attribution.getClaimant());
      check.source(path + ".source", attribution.getSource());
    });
    List<ClaimRelation> relations = document.getRelations();
    for (int i = 0; i < relations.size(); i++) {
      ClaimRelation relation = relations.get(i);
      String path = "relations[" + i + "]";
      check.claim(path + ".from", relation.getFrom());
      if (relation.getTargetDocument().isEmpty()
          || relation.getTargetDocument().get().equals(document.getId())) {
        check.claim(path + ".to", relation.getTo());
      }
    }
    return check.report.isValid();
  }

  private static void checkActors(Check check, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      String path = "actors[" + i + "]";
      for (int m = 0; m < actor.getMembers().size(); m++) {
        check.actor(path + ".members[" + m + "]", actor.getMembers().get(m));
      }
      List<Role> roles = actor.getRoles();
      for (int r = 0; r < roles.size(); r++) {
        check.actor(path + ".roles[" + r + "].organisation", roles.get(r).getOrganisation());
      }
    }
  }

  private static void checkSources(Check check, List<Source> sources) {
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      String path = "sources[" + i + "]";
      check.actor(path + ".publisher", source.getPublisher());
      for (int a = 0; a < source.getAuthors().size(); a++) {
        check.actor(path + ".authors[" + a + "]", source.getAuthors().get(a));
      }
      check.source(path + ".attachedTo", source.getAttachedTo());
      List<Citation> citations = source.getCitations();
      for (int c = 0; c < citations.size(); c++) {
        check.source(path + ".citations[" + c + "].source", citations.get(c).getSource());
      }
    }
  }

  private static void checkClaims(Check check, List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String path = "claims[" + i + "]";
      for (int p = 0; p < claim.getParticipants().size(); p++) {
        check.actor(path + ".participants[" + p + "].actor", claim.getParticipants().get(p).getActor());
      }
      List<VerificationAssessment> assessments = claim.getAssessments();
      for (int v = 0; v < assessments.size(); v++) {
        VerificationAssessment assessment = assessments.get(v);
        check.actor(path + ".assessments[" + v + "].assessor", assessment.getAssessor());
        for (int e = 0; e < assessment.getEvidence().size(); e++) {
          check.source(path + ".assessments[" + v + "].evidence[" + e + "].source",
              assessment.getEvidence().get(e).getSource());
        }
      }
    }
  }

  /** Checks references of each kind against the document and reports those that do not resolve. */
  private static final class Check {
    private final ClaimDocument document;
    private final ConstraintReport report;

    Check(ClaimDocument document, ConstraintReport report) {
      this.document = document;
      this.report = report;
    }

    void actor(String path, Optional<String> id) {
      id.ifPresent(value -> actor(path, value));
    }

    void actor(String path, String id) {
      if (document.findActor(id).isEmpty()) {
        unresolved(path, id, "actor");
      }
    }

    void source(String path, Optional<String> id) {
      if (id.isPresent() && document.findSource(id.get()).isEmpty()) {
        unresolved(path, id.get(), "source");
      }
    }

    void source(String path, String id) {
      source(path, Optional.of(id));
    }

    void claim(String path, String id) {
      if (document.findClaim(id).isEmpty()) {
        unresolved(path, id, "claim");
      }
    }

    private void unresolved(String path, String id, String kind) {
      report.add(ViolationCode.REFERENCE_UNRESOLVED, path,
          ConstraintReport.quoted(id) + " does not name any " + kind + " in this document");
    }
  }
}
