package io.github.geoclaims.validation.internal;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.CorpusProblem;
import io.github.geoclaims.validation.constraints.ResolvedAcrossDocuments;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ResolvedAcrossDocuments}: reports the problems the corpus found when it resolved its references, at
 * {@code documents[i]} (the document's position in the corpus) followed by the path in the document.
 */
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
      String inDocument = problem.pathInDocument();
      report.add(problem.code(), "documents[" + corpus.documentIds().indexOf(problem.document()) + "]"
          + (inDocument.isEmpty() ? "" : "." + inDocument), "in document '" + problem.document() + "': "
          + problem.message());
    }
    return report.isValid();
  }
}
