package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.KnownTerm;
import io.github.geoclaims.validation.constraints.NotBlankIfPresent;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A directed relation between two claims: one supports, contradicts, denies, restates, responds to, overstates or
 * elaborates the other. The target may be a claim of another document ({@link #getTargetDocument()}).
 *
 * <pre>{@code
 * ClaimRelation headline = ClaimRelation.builder()
 *     .from("headline-deal-finalised").kind(RelationKind.OVERSTATES).to("talks-on-arms-deal")
 *     .note("The body reports talks, not a finalised deal.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractClaimRelation {

  /** Returns the identifier of the claim the relation starts from, in this document. */
  @Identifier(refersTo = Claim.class)
  public abstract String getFrom();

  /** Returns how the first claim relates to the second. */
  @KnownTerm
  public abstract RelationKind getKind();

  /** Returns the identifier of the target claim, in this document unless {@link #getTargetDocument()} is set. */
  @Identifier
  public abstract String getTo();

  /** Returns the identifier of the document holding the target claim, when it is not this one. */
  public abstract Optional<@Identifier String> getTargetDocument();

  /** Returns a remark explaining the relation. */
  public abstract Optional<@NotBlankIfPresent String> getNote();

  /**
   * Returns {@code true} if the target claim is in the document with this id: the relation names no target
   * document, or names this one.
   *
   * <pre>{@code
   * boolean local = relation.isTargetIn(document.getId());
   * }</pre>
   *
   * @param documentId the id of the document holding the relation
   * @return whether {@link #getTo()} names a claim of that document
   */
  public final boolean isTargetIn(String documentId) {
    return getTargetDocument().isEmpty() || getTargetDocument().get().equals(documentId);
  }
}
