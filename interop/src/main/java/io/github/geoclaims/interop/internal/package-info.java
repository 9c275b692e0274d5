/**
 * The JSON plumbing the three formats share: Jackson 2 configured once for deterministic output
 * ({@link io.github.geoclaims.interop.internal.JsonText}) and typed reading that collects problems in the style of
 * {@code geoclaims validate} ({@link io.github.geoclaims.interop.internal.JsonInput}). Not exported.
 */
package io.github.geoclaims.interop.internal;
