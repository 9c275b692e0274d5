/**
 * The Spark SQL side of the model: each model type as a struct derived from the metamodel
 * ({@link io.github.geoclaims.spark.schema.ModelStruct}), the tables of a corpus with their explicit columns
 * ({@link io.github.geoclaims.spark.schema.ClaimTable}), and the rows of one document.
 */
package io.github.geoclaims.spark.schema;
