/**
 * What the three formats share: an {@link io.github.geoclaims.interop.Export} is one JSON value in the target format
 * together with its {@link io.github.geoclaims.interop.LossReport}, which counts the items exported and names each
 * item skipped and why. The mappings themselves are tabled in {@code docs/interop.md}.
 */
package io.github.geoclaims.interop;
