package io.github.geoclaims.model.meta;

/**
 * A test of one value: of a property, for {@link ModelType#checkOf(ValueCheck[], ValueCheck)} (a single value, the
 * present value of an optional, or one element of a list), or of a model object, as {@code checkOf} returns.
 *
 * <pre>{@code
 * ValueCheck notBlank = (value, context) -> !((String) value).isBlank();
 * }</pre>
 */
@FunctionalInterface
public interface ValueCheck {

  /**
   * Tests one value.
   *
   * @param value the value, never {@code null}; primitives boxed
   * @param context what the caller of the check passed, as it is
   * @return {@code true} if the value passes; {@code false} stops the test of the object
   */
  boolean test(Object value, Object context);
}
