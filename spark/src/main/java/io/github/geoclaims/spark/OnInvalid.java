package io.github.geoclaims.spark;

/**
 * What reading does when an input document is invalid.
 *
 * <pre>{@code
 * ClaimTables tables = GeoClaimsSpark.read(spark, OnInvalid.CONTINUE, "articles/");
 * tables.errors().show();
 * }</pre>
 */
public enum OnInvalid {
  /** Throw {@link InvalidDocumentsException}, naming the invalid documents, once all inputs are read. */
  FAIL,
  /** Leave the invalid documents out of the tables and keep every problem of them in {@link ClaimTables#errors()}. */
  CONTINUE
}
