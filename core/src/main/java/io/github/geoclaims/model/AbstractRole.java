package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.Identifier;
import io.github.geoclaims.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person holds or held: "spokesperson" of the National Security Council, "former vice chairman" of
 * the Joint Chiefs of Staff.
 *
 * <pre>{@code
 * Role role = Role.builder().title("vice chairman of the Joint Chiefs of Staff")
 *     .organisation("us-joint-chiefs-of-staff").former(true).build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRole {

  /** Returns the title as the text gives it, without "former". */
  @NotBlank
  public abstract String getTitle();

  /** Returns the identifier of the actor the role is held in, when the text names it. */
  public abstract Optional<@Identifier(refersTo = Actor.class) String> getOrganisation();

  /** Returns {@code true} if the person no longer holds the role ("former", "ret."). */
  @Value.Default
  public boolean isFormer() {
    return false;
  }
}
