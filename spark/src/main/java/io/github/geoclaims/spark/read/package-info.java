/**
 * Reading one input file on an executor: documents and JSON Lines into table rows, or into their problems.
 */
package io.github.geoclaims.spark.read;
