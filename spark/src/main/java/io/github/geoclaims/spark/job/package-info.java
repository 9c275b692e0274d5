/**
 * The runnable {@code origins} job, for {@code java -jar} and {@code spark-submit}.
 */
package io.github.geoclaims.spark.job;
