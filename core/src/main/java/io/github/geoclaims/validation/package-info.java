/**
 * Validation of model objects: {@link io.github.geoclaims.validation.GeoClaimsValidator} validates any model object
 * and returns every {@link io.github.geoclaims.validation.Violation} with a path, a stable
 * {@link io.github.geoclaims.validation.ViolationCode} and a message.
 *
 * <p>The rules themselves are Jakarta Validation constraints ({@code io.github.geoclaims.validation.constraints})
 * with their validators ({@code io.github.geoclaims.validation.internal}), so any Jakarta container enforces them.
 */
package io.github.geoclaims.validation;
