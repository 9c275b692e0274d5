/**
 * geoclaims on Apache Spark: {@link io.github.geoclaims.spark.GeoClaimsSpark} reads documents in parallel, validated
 * on the executors, into {@link io.github.geoclaims.spark.ClaimTables}, with the errors of invalid documents beside
 * them. Class path only (automatic module name {@code io.github.geoclaims.spark}).
 */
package io.github.geoclaims.spark;
