/**
 * The validators behind the constraints of {@code io.github.geoclaims.validation.constraints}. Public only because
 * Jakarta Validation instantiates them; use the constraints, not these classes.
 */
package io.github.geoclaims.validation.validators;
