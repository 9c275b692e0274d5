package io.github.geoclaims.validation.internal;

import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.RELATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.TO;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.AcyclicRelations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Validates {@link AcyclicRelations}. Symmetric kinds ({@code contradicts}, {@code same-proposition}) and
 * {@code denies} (two claims may deny each other) may form cycles; the directed kinds may not. Every directed
 * relation on a cycle is reported, in document order; they are found in one pass over the relations
 * ({@link RelationCycles}).
 */
public final class AcyclicRelationsValidator implements ConstraintValidator<AcyclicRelations, Object> {

  /** Creates the validator; Jakarta Validation calls this. */
  public AcyclicRelationsValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    List<ClaimRelation> relations = document.getRelations();
    for (int i = 0; i < relations.size(); i++) {
      ClaimRelation relation = relations.get(i);
      if (relation.isTargetIn(document.getId()) && relation.getFrom().equals(relation.getTo())) {
        report.add(ViolationCode.RELATION_CYCLE, RELATIONS + "[" + i + "]." + TO,
            "claim " + ConstraintReport.quoted(relation.getFrom()) + " cannot relate to itself");
      }
    }
    RelationCycles cycles = RelationCycles.of(document);
    for (int i = 0; i < relations.size(); i++) {
      if (cycles.isOnCycle(i)) {
        report.add(ViolationCode.RELATION_CYCLE, RELATIONS + "[" + i + "]", "following "
            + relations.get(i).getKind() + " relations from " + ConstraintReport.quoted(relations.get(i).getFrom())
            + " leads back to it; supports, responds-to, overstates and elaborates must not form a cycle");
      }
    }
    return report.isValid();
  }
}
