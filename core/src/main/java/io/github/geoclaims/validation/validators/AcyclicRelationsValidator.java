package io.github.geoclaims.validation.validators;

import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.AcyclicRelations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates {@link AcyclicRelations}. Symmetric kinds ({@code contradicts}, {@code same-proposition}) and
 * {@code denies} (two claims may deny each other) may form cycles; the directed kinds may not.
 */
public final class AcyclicRelationsValidator implements ConstraintValidator<AcyclicRelations, Object> {

  private static final Set<RelationKind> DIRECTED = Set.of(
      RelationKind.SUPPORTS, RelationKind.RESPONDS_TO, RelationKind.OVERSTATES, RelationKind.ELABORATES);

  /** Creates the validator; Jakarta Validation calls this. */
  public AcyclicRelationsValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (!(value instanceof ClaimDocument document)) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    List<ClaimRelation> relations = document.getRelations();
    Map<String, List<Integer>> outgoing = new HashMap<>();
    for (int i = 0; i < relations.size(); i++) {
      ClaimRelation relation = relations.get(i);
      if (!relation.isTargetIn(document.getId())) {
        continue;
      }
      if (relation.getFrom().equals(relation.getTo())) {
        report.add(ViolationCode.RELATION_CYCLE, "relations[" + i + "].to",
            "claim " + ConstraintReport.quoted(relation.getFrom()) + " cannot relate to itself");
      } else if (DIRECTED.contains(relation.getKind())) {
        outgoing.computeIfAbsent(relation.getFrom(), k -> new ArrayList<>()).add(i);
      }
    }
    Set<Integer> reported = new HashSet<>();
    for (int i = 0; i < relations.size(); i++) {
      if (outgoing.getOrDefault(relations.get(i).getFrom(), List.of()).contains(i)
          && leadsBack(relations, outgoing, i) && reported.add(i)) {
        report.add(ViolationCode.RELATION_CYCLE, "relations[" + i + "]", "following "
            + relations.get(i).getKind() + " relations from " + ConstraintReport.quoted(relations.get(i).getFrom())
            + " leads back to it; supports, responds-to, overstates and elaborates must not form a cycle");
      }
    }
    return report.isValid();
  }

  /** Returns whether following directed relations from relation {@code start}'s target reaches its origin. */
  private static boolean leadsBack(List<ClaimRelation> relations, Map<String, List<Integer>> outgoing, int start) {
    String origin = relations.get(start).getFrom();
    Deque<String> pending = new ArrayDeque<>(List.of(relations.get(start).getTo()));
    Set<String> visited = new HashSet<>();
    while (!pending.isEmpty()) {
      String claim = pending.pop();
      if (claim.equals(origin)) {
        return true;
      }
      if (visited.add(claim)) {
        for (int next : outgoing.getOrDefault(claim, List.of())) {
          pending.push(relations.get(next).getTo());
        }
      }
    }
    return false;
  }
}
