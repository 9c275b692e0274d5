/**
 * The model of sourced claims: immutable values built with {@code X.builder()}.
 *
 * <p>A {@link io.github.geoclaims.model.ClaimDocument} holds {@link io.github.geoclaims.model.Actor actors},
 * {@link io.github.geoclaims.model.Source sources} and {@link io.github.geoclaims.model.Claim claims}; each claim
 * carries the {@link io.github.geoclaims.model.Attribution attributions} that say who puts it forward, in which
 * source, how, and through whom, and the {@link io.github.geoclaims.model.VerificationAssessment assessments} of
 * how well it is verified. Objects refer to each other by identifier within their document.
 *
 * <p>Every rule is a Jakarta Validation constraint on the accessors; see {@code io.github.geoclaims.validation}.
 * Absent values are {@link java.util.Optional#empty()}, never {@code null}; collections are unmodifiable;
 * builders reject {@code null}.
 */
@ModelStyle
package io.github.geoclaims.model;
