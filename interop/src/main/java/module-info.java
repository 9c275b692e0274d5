/**
 * The formats other tools read: schema.org {@code ClaimReview} ({@code io.github.geoclaims.interop.claimreview}),
 * W3C Web Annotation ({@code io.github.geoclaims.interop.webannotation}) and STIX 2.1
 * ({@code io.github.geoclaims.interop.stix}), with the loss report they share ({@code io.github.geoclaims.interop}).
 * The JSON plumbing is internal.
 */
module io.github.geoclaims.interop {
  requires transitive io.github.geoclaims.json;
  requires com.fasterxml.jackson.databind;

  exports io.github.geoclaims.interop;
  exports io.github.geoclaims.interop.claimreview;
  exports io.github.geoclaims.interop.webannotation;
  exports io.github.geoclaims.interop.stix;
}
