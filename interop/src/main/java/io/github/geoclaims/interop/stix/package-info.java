/**
 * STIX 2.1: one bundle per document ({@link io.github.geoclaims.interop.stix.StixExporter}), with identities for
 * actors, reports for sources, claims as the custom object {@code x-geoclaims-claim}, relationships for attributions
 * and claim relations, and opinions for assessments. Identifiers are UUIDv5 from a fixed namespace
 * ({@link io.github.geoclaims.interop.stix.NameBasedUuid}), so that the same document gives the same bytes.
 */
package io.github.geoclaims.interop.stix;
