package io.github.geoclaims.validation.internal;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.CorpusProblem;
import io.github.geoclaims.validation.constraints.ResolvedAcrossDocuments;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ResolvedAcrossDocuments}: reports the problems the corpus found when it resolved its references. */
public final class ResolvedAcrossDocumentsValidator
    implements ConstraintValidator<ResolvedAcrossDocuments, ClaimCorpus> {

  /** Creates the validator; Jakarta Validation calls this. */
  public ResolvedAcrossDocumentsValidator() {}

  @Override
  public boolean isValid(ClaimCorpus corpus, ConstraintValidatorContext context) {
    if (corpus == null) {
      return true;
    }
    ConstraintReport report = new ConstraintReport(context);
    for (CorpusProblem problem : corpus.problems()) {
      report.add(problem.code(), problem.path(), problem.message());
    }
    return report.isValid();
  }
}
