package io.github.geoclaims.spring.boot;

import java.util.Objects;

/**
 * One problem of a request body, as listed in the {@code problems} member of a geoclaims problem detail: where
 * ({@link #pointer()}, a JSON Pointer into the request body), which rule ({@link #code()}, the stable code that
 * {@code GeoClaimsJson} and {@code GeoClaimsValidator} report) and what is wrong ({@link #message()}).
 *
 * <pre>{@code
 * {"pointer": "/claims/0/attributions/0/quote/exact", "code": "anchor.text-mismatch", "message": "..."}
 * }</pre>
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value in the request body, {@code ""} for the body
 * @param code the stable code, such as {@code json.type} or {@code reference.unresolved}
 * @param message what is wrong
 */
public record BodyProblem(String pointer, String code, String message) {

  /**
   * Creates a problem.
   *
   * @param pointer the JSON Pointer
   * @param code the code
   * @param message the message
   */
  public BodyProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
