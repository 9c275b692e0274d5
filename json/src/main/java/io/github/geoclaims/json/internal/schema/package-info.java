/** Internal: the generator of the JSON Schema, from the metamodel, run by the build. */
package io.github.geoclaims.json.internal.schema;
