package io.github.geoclaims.json;

import io.github.geoclaims.json.internal.read.ViolationPaths;
import io.github.geoclaims.validation.Violation;
import java.util.Objects;

/**
 * The JSON Pointer (RFC 6901) of the value that a core violation names, the same pointer that
 * {@code GeoClaimsJson} gives the problem when it reads that document. Use it to report a violation found by
 * {@code GeoClaimsValidator} or by a container's Jakarta validator (Spring's {@code @Valid}, for example) in the
 * wire format's terms rather than as a Java property path.
 *
 * <p>Indexes become segments, container nodes ({@code <list element>}, {@code <map key>}) add nothing, an extension
 * ({@code extensions<K>[x-batch]}) is the property {@code x-batch} of the same object, since extensions are written
 * inline, and {@code ~} and {@code /} in names are escaped.
 *
 * <pre>{@code
 * for (Violation violation : GeoClaimsValidator.shared().validate(document)) {
 *   String pointer = JsonPointers.of(violation);   // /claims/0/attributions/1/quote/exact
 * }
 * }</pre>
 */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * Returns the JSON Pointer of a violation's value.
   *
   * <pre>{@code
   * JsonPointers.of(violation);   // "/claims/3/attributions/0/quote", or "" for the document itself
   * }</pre>
   *
   * @param violation the violation
   * @return the pointer, {@code ""} for the validated object itself
   */
  public static String of(Violation violation) {
    return ofPath(Objects.requireNonNull(violation, "violation").path());
  }

  /**
   * Returns the JSON Pointer of a core property path, as {@link Violation#path()} and Jakarta Validation's
   * {@code ConstraintViolation.getPropertyPath().toString()} render it.
   *
   * <pre>{@code
   * JsonPointers.ofPath("claims[0].attributions[1].quote.exact");   // "/claims/0/attributions/1/quote/exact"
   * }</pre>
   *
   * @param path the property path, {@code ""} for the validated object itself
   * @return the pointer
   */
  public static String ofPath(String path) {
    return ViolationPaths.toPointer(Objects.requireNonNull(path, "path"));
  }
}
