/**
 * schema.org {@code ClaimReview}, as fact-checkers publish it and search engines read it: one review per
 * verification assessment out ({@link io.github.geoclaims.interop.claimreview.ClaimReviewExporter}), and the shapes
 * found in the wild in ({@link io.github.geoclaims.interop.claimreview.ClaimReviewImporter}), with one table of
 * verdicts between them ({@link io.github.geoclaims.interop.claimreview.VerdictTable}). {@code docs/interop.md}
 * tables the mapping property by property.
 */
package io.github.geoclaims.interop.claimreview;
